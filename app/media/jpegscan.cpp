// SPDX-License-Identifier: MIT
#include "media/jpegscan_p.h"

#include <cstring>

namespace provena::detail {

namespace {

constexpr unsigned char kMarkerPrefix = 0xFF;
constexpr unsigned char kSoi = 0xD8;
constexpr unsigned char kEoi = 0xD9;
constexpr unsigned char kSos = 0xDA;
constexpr unsigned char kTem = 0x01;

bool isRestart(unsigned char marker)
{
    return marker >= 0xD0 && marker <= 0xD7;
}

} // namespace

JpegEnd scanJpegEnd(QByteArrayView data)
{
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    if (size < 2 || bytes[0] != kMarkerPrefix || bytes[1] != kSoi)
        return JpegEnd::NotJpeg;

    qsizetype pos = 2;
    while (true) {
        // Between segments only markers should appear; libjpeg skips stray bytes with a
        // warning, so do the same rather than call the file damaged.
        while (pos < size && bytes[pos] != kMarkerPrefix)
            ++pos;
        while (pos < size && bytes[pos] == kMarkerPrefix) // fill bytes
            ++pos;
        if (pos >= size)
            return JpegEnd::Truncated;
        const unsigned char marker = bytes[pos++];
        if (marker == kEoi)
            return JpegEnd::Complete;
        if (marker == kSoi || marker == kTem || isRestart(marker) || marker == 0x00)
            continue;

        if (pos + 2 > size)
            return JpegEnd::Truncated;
        const int length = (bytes[pos] << 8) | bytes[pos + 1];
        if (length < 2)
            return JpegEnd::Damaged;
        pos += length;
        if (pos > size)
            return JpegEnd::Truncated;
        if (marker != kSos)
            continue;

        // Entropy-coded data: 0xFF is followed by 0x00 (stuffing), a restart marker or more
        // 0xFF fill bytes; anything else is the next marker (EOI, or DHT/SOS in progressive).
        while (true) {
            const void *hit = std::memchr(bytes + pos, kMarkerPrefix, size_t(size - pos));
            if (!hit)
                return JpegEnd::Truncated;
            pos = static_cast<const unsigned char *>(hit) - bytes;
            qsizetype next = pos + 1;
            while (next < size && bytes[next] == kMarkerPrefix)
                ++next;
            if (next >= size)
                return JpegEnd::Truncated;
            if (bytes[next] == 0x00 || isRestart(bytes[next])) {
                pos = next + 1;
                continue;
            }
            break; // pos is at the 0xFF of a real marker
        }
    }
}

} // namespace provena::detail

namespace provena::detail {

JpegDqtScan scanJpegQuantizationTables(QByteArrayView data)
{
    constexpr unsigned char kDqt = 0xDB;
    JpegDqtScan scan;
    const auto *bytes = reinterpret_cast<const unsigned char *>(data.data());
    const qsizetype size = data.size();
    if (size < 2 || bytes[0] != kMarkerPrefix || bytes[1] != kSoi)
        return scan;

    const auto replace = [&scan](const JpegDqtTable &table) {
        for (JpegDqtTable &existing : scan.tables) {
            if (existing.slot == table.slot) {
                existing = table;
                return;
            }
        }
        scan.tables.append(table);
    };
    qsizetype pos = 2;
    while (true) {
        while (pos < size && bytes[pos] != kMarkerPrefix)
            ++pos;
        while (pos < size && bytes[pos] == kMarkerPrefix)
            ++pos;
        if (pos >= size) {
            scan.state = JpegEnd::Truncated;
            return scan;
        }
        const unsigned char marker = bytes[pos++];
        if (marker == kSos) {
            scan.state = JpegEnd::Complete;
            return scan;
        }
        if (marker == kEoi) {
            scan.state = JpegEnd::Damaged; // an image with no scan
            return scan;
        }
        if (marker == kSoi || marker == kTem || isRestart(marker) || marker == 0x00)
            continue;
        if (pos + 2 > size) {
            scan.state = JpegEnd::Truncated;
            return scan;
        }
        const int length = (bytes[pos] << 8) | bytes[pos + 1];
        if (length < 2) {
            scan.state = JpegEnd::Damaged;
            return scan;
        }
        const qsizetype end = pos + length;
        if (end > size) {
            scan.state = JpegEnd::Truncated;
            return scan;
        }
        if (marker == kDqt) {
            // One segment may hold several tables: Pq/Tq byte, then 64 values of 1 or 2 bytes.
            qsizetype at = pos + 2;
            while (at < end) {
                JpegDqtTable table;
                table.precisionBits = (bytes[at] >> 4) == 0 ? 8 : 16;
                table.slot = bytes[at] & 0x0F;
                const int valueBytes = table.precisionBits / 8;
                ++at;
                if (table.slot > 3 || at + 64 * valueBytes > end) {
                    scan.state = JpegEnd::Damaged;
                    return scan;
                }
                for (int k = 0; k < 64; ++k) {
                    table.zigzag[size_t(k)]
                        = valueBytes == 1 ? bytes[at] : quint16((bytes[at] << 8) | bytes[at + 1]);
                    at += valueBytes;
                }
                replace(table);
            }
        }
        pos = end;
    }
}

} // namespace provena::detail
