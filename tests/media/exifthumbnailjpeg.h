// SPDX-License-Identifier: MIT
// Test helper (also used by tests/metadata/tst_exifthumbnailreader.cpp, tests/ui and
// tests/benchmarks/bench_firstpaint.cpp): JPEG files that carry an
// EXIF thumbnail, as camera photos do.
#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QImageWriter>
#include <QtEndian>

namespace provena::test {

/** `image` as a JPEG at `quality`, as Qt writes it (JFIF APP0 first). */
inline QByteArray jpegBytes(const QImage &image, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

/**
 * `jpeg` with an APP1 "Exif" segment (little-endian TIFF) after its APP0: IFD0 holds the
 * orientation (when not 0), IFD1 the thumbnail `thumbnailJpeg` (JPEGInterchangeFormat and
 * JPEGInterchangeFormatLength), as cameras write it.
 */
inline QByteArray withExifThumbnail(const QByteArray &jpeg, const QByteArray &thumbnailJpeg,
                                    int orientation = 0)
{
    QByteArray tiff("II\x2a\x00\x08\x00\x00\x00", 8);
    const auto u16 = [&tiff](quint16 v) {
        char b[2];
        qToLittleEndian<quint16>(v, b);
        tiff.append(b, 2);
    };
    const auto u32 = [&tiff](quint32 v) {
        char b[4];
        qToLittleEndian<quint32>(v, b);
        tiff.append(b, 4);
    };
    const auto entry = [&](quint16 tag, quint16 type, quint32 value) {
        u16(tag);
        u16(type);
        u32(1);
        if (type == 3) {
            u16(quint16(value));
            u16(0);
        } else {
            u32(value);
        }
    };
    const int ifd0Entries = orientation > 0 ? 1 : 0;
    u16(quint16(ifd0Entries));
    if (orientation > 0)
        entry(0x0112, 3, quint32(orientation));
    const quint32 ifd1 = 8 + 2 + 12 * ifd0Entries + 4;
    u32(ifd1);
    const quint32 thumbnailOffset = ifd1 + 2 + 3 * 12 + 4;
    u16(3);
    entry(0x0103, 3, 6); // JPEG compression
    entry(0x0201, 4, thumbnailOffset);
    entry(0x0202, 4, quint32(thumbnailJpeg.size()));
    u32(0);
    tiff.append(thumbnailJpeg);

    const QByteArray body = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1("\xFF\xE1", 2);
    char length[2];
    qToBigEndian<quint16>(quint16(body.size() + 2), length);
    app1.append(length, 2);
    app1.append(body);
    // After SOI and, when there is one, the JFIF APP0 segment.
    qsizetype at = 2;
    if (jpeg.size() > 6 && quint8(jpeg.at(2)) == 0xFF && quint8(jpeg.at(3)) == 0xE0)
        at = 4 + qFromBigEndian<quint16>(jpeg.constData() + 4);
    return jpeg.left(at) + app1 + jpeg.mid(at);
}

} // namespace provena::test
