// SPDX-License-Identifier: MIT
// Private to app/media.
#pragma once

#include <QByteArrayView>
#include <QList>
#include <QtGlobal>

#include <array>

namespace provena::detail {

enum class JpegEnd {
    Complete, ///< the marker structure reaches an EOI marker
    Truncated, ///< the data ends inside a segment or inside the entropy-coded scan
    Damaged, ///< a segment length is impossible (less than 2)
    NotJpeg ///< no SOI marker at the start
};

/**
 * Walks the JPEG marker structure (segment lengths, then the entropy-coded data of each scan)
 * to see whether the data reaches its end-of-image marker.
 *
 * libjpeg only warns about a premature end and pads the missing part with grey, so OpenCV
 * returns a half-grey picture without saying anything. Bytes after EOI (camera trailers,
 * appended motion-photo video) are ignored, which is why this cannot just look at the last two
 * bytes. Linear in the data size; a memchr over the scan data.
 */
JpegEnd scanJpegEnd(QByteArrayView data);

} // namespace provena::detail

namespace provena::detail {

/** One DQT table as stored: its slot (0–3), 8 or 16 bits, 64 values in zigzag order. */
struct JpegDqtTable
{
    int slot = 0;
    int precisionBits = 8;
    std::array<quint16, 64> zigzag {};
};

struct JpegDqtScan
{
    JpegEnd state = JpegEnd::NotJpeg; ///< Complete: the first scan (SOS) was reached
    QList<JpegDqtTable> tables; ///< in file order; a later table for a slot replaces the earlier
};

/**
 * Reads the quantisation tables (DQT segments) that precede the first scan. Stops at the first
 * SOS; 'state' is Truncated or Damaged when the data ends or breaks before it.
 */
JpegDqtScan scanJpegQuantizationTables(QByteArrayView data);

} // namespace provena::detail
