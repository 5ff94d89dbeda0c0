// SPDX-License-Identifier: MIT
#include "metadata/c2pascan_p.h"

#include <QtEndian>

namespace provena::detail {

namespace {

// A file with more headers than this before its image data is not one a camera or an editor
// wrote; stop rather than walk a crafted file's million empty segments.
constexpr int kMaxHeaders = 4096;

quint16 be16(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<quint16>(bytes.constData() + at);
}

quint32 be32(const QByteArray &bytes, qsizetype at)
{
    return qFromBigEndian<quint32>(bytes.constData() + at);
}

/**
 * An APP11 payload as ISO 19566-5 (JUMBF in JPEG) lays it out: "JP", a 2-byte box instance,
 * a 4-byte sequence number, then the superbox: length, "jumb", and its description box
 * ("jumd", a type UUID whose first four bytes are "c2pa" for a manifest store, a label "c2pa").
 */
bool isC2paJumbf(const QByteArray &bytes, qsizetype payload, qsizetype length)
{
    if (length < 16 || bytes.mid(payload, 2) != "JP")
        return false;
    const QByteArray head = bytes.mid(payload, qMin<qsizetype>(length, 64));
    return head.indexOf("jumb") == 12 && head.indexOf("c2pa") > 12;
}

C2paMarker scanJpeg(const QByteArray &bytes)
{
    qsizetype at = 2; // after SOI
    for (int headers = 0; headers < kMaxHeaders && at + 4 <= bytes.size(); ++headers) {
        if (quint8(bytes.at(at)) != 0xff)
            return {};
        const quint8 marker = quint8(bytes.at(at + 1));
        if (marker == 0xff) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xda || marker == 0xd9) // start of scan, end of image: no more headers
            return {};
        if (marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { // markers without length
            at += 2;
            continue;
        }
        const quint16 length = be16(bytes, at + 2);
        if (length < 2)
            return {};
        if (marker == 0xeb && isC2paJumbf(bytes, at + 4, qsizetype(length) - 2))
            return {true, QStringLiteral("JPEG APP11 segment at byte %1").arg(at)};
        at += 2 + length;
    }
    return {};
}

C2paMarker scanPng(const QByteArray &bytes)
{
    qsizetype at = 8; // after the signature
    for (int headers = 0; headers < kMaxHeaders && at + 8 <= bytes.size(); ++headers) {
        const quint32 length = be32(bytes, at);
        const QByteArray type = bytes.mid(at + 4, 4);
        if (type == "caBX")
            return {true, QStringLiteral("PNG caBX chunk at byte %1").arg(at)};
        if (type == "IEND" || length > quint32(bytes.size()))
            return {};
        at += 12 + qsizetype(length); // length, type, data, CRC
    }
    return {};
}

} // namespace

C2paMarker findC2paManifest(const QByteArray &bytes)
{
    if (bytes.startsWith("\xff\xd8"))
        return scanJpeg(bytes);
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return scanPng(bytes);
    return {};
}

} // namespace provena::detail
