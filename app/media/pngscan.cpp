// SPDX-License-Identifier: MIT
#include "media/pngscan_p.h"

#include <QIODevice>
#include <QtEndian>

namespace provena::detail {

PngOverrun scanPngChunks(QIODevice *device)
{
    static constexpr char kSignature[] = "\x89PNG\r\n\x1a\n";
    static constexpr qint64 kHeaderSize = 8; // length and type; the CRC follows the data
    const qint64 start = device->pos();
    const qint64 size = device->size() - start;
    PngOverrun overrun;
    if (device->peek(kHeaderSize) != QByteArray::fromRawData(kSignature, kHeaderSize))
        return overrun;
    for (qint64 at = kHeaderSize; at + kHeaderSize <= size;) {
        if (!device->seek(start + at))
            break;
        const QByteArray header = device->read(kHeaderSize);
        if (header.size() != kHeaderSize)
            break;
        const quint32 length = qFromBigEndian<quint32>(header.constData());
        const QByteArray type = header.mid(4);
        const qint64 remaining = size - at - kHeaderSize;
        if (type == "IDAT" || type == "IEND")
            break; // IDAT is streamed; text after it is read only once IDAT is whole
        if (qint64(length) + 4 > remaining) {
            overrun = {type, at, length, remaining};
            break;
        }
        at += kHeaderSize + qint64(length) + 4;
    }
    device->seek(start);
    return overrun;
}

} // namespace provena::detail
