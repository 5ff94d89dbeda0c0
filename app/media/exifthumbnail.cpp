// SPDX-License-Identifier: MIT
#include "media/exifthumbnail_p.h"

#include <QtEndian>

namespace provena::detail {

namespace {

/** TIFF's byte order, from its "II" or "MM" header. */
struct TiffReader
{
    QByteArrayView tiff;
    bool littleEndian = true;

    bool has(qsizetype offset, qsizetype length) const
    {
        return offset >= 0 && length >= 0 && offset <= tiff.size() - length;
    }
    quint16 u16(qsizetype offset) const
    {
        const auto *p = reinterpret_cast<const uchar *>(tiff.data() + offset);
        return littleEndian ? qFromLittleEndian<quint16>(p) : qFromBigEndian<quint16>(p);
    }
    quint32 u32(qsizetype offset) const
    {
        const auto *p = reinterpret_cast<const uchar *>(tiff.data() + offset);
        return littleEndian ? qFromLittleEndian<quint32>(p) : qFromBigEndian<quint32>(p);
    }
};

/** The thumbnail inside the TIFF structure of an APP1 "Exif" segment. */
QByteArray thumbnailInTiff(QByteArrayView tiff)
{
    TiffReader r {tiff};
    if (!r.has(0, 8))
        return {};
    if (tiff.startsWith("MM"))
        r.littleEndian = false;
    else if (!tiff.startsWith("II"))
        return {};
    if (r.u16(2) != 42)
        return {};
    // IFD0 (the main image's tags), then the offset of the next IFD: IFD1, the thumbnail's.
    const qsizetype ifd0 = r.u32(4);
    if (!r.has(ifd0, 2))
        return {};
    const qsizetype afterIfd0 = ifd0 + 2 + qsizetype(r.u16(ifd0)) * 12;
    if (!r.has(afterIfd0, 4))
        return {};
    const qsizetype ifd1 = r.u32(afterIfd0);
    if (ifd1 == 0 || !r.has(ifd1, 2))
        return {};
    const int entries = r.u16(ifd1);
    qsizetype offset = -1;
    qsizetype length = -1;
    for (int i = 0; i < entries; ++i) {
        const qsizetype entry = ifd1 + 2 + qsizetype(i) * 12;
        if (!r.has(entry, 12))
            return {};
        const quint16 tag = r.u16(entry);
        const quint16 type = r.u16(entry + 2);
        // LONG (4) as the standard says; some writers use SHORT (3).
        const qsizetype value = type == 3 ? r.u16(entry + 8) : qsizetype(r.u32(entry + 8));
        if (tag == 0x0201)
            offset = value;
        else if (tag == 0x0202)
            length = value;
    }
    if (offset <= 0 || length < 4 || !r.has(offset, length))
        return {};
    const QByteArrayView thumbnail = tiff.sliced(offset, length);
    if (!thumbnail.startsWith("\xFF\xD8"))
        return {}; // an uncompressed (TIFF strip) thumbnail: rare, not worth a decoder
    return thumbnail.toByteArray();
}

} // namespace

QByteArray exifThumbnailBytes(QByteArrayView head)
{
    if (!head.startsWith("\xFF\xD8"))
        return {};
    qsizetype pos = 2;
    while (pos + 4 <= head.size()) {
        if (uchar(head.at(pos)) != 0xFF)
            return {};
        const uchar marker = uchar(head.at(pos + 1));
        if (marker == 0xFF) { // fill byte
            ++pos;
            continue;
        }
        // Start of scan or end of image: the metadata segments are all before it.
        if (marker == 0xDA || marker == 0xD9)
            return {};
        const qsizetype length = qFromBigEndian<quint16>(head.data() + pos + 2);
        if (length < 2 || pos + 2 + length > head.size())
            return {};
        const QByteArrayView body = head.sliced(pos + 4, length - 2);
        if (marker == 0xE1 && body.startsWith(QByteArrayView("Exif\0\0", 6))) {
            if (QByteArray thumbnail = thumbnailInTiff(body.sliced(6)); !thumbnail.isEmpty())
                return thumbnail;
        }
        pos += 2 + length;
    }
    return {};
}

} // namespace provena::detail
