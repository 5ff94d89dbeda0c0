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
