// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace provena {

/**
 * A half-open span [start, end) of the decoded article text, counted in Unicode code points
 * (what W3C TextPositionSelector uses), never in bytes or UTF-16 code units.
 * Convert with provena::CodePointIndex before indexing a QString.
 */
struct TextRange
{
    qint64 start = -1;
    qint64 end = -1;

    bool isValid() const { return start >= 0 && end >= start; }
    qint64 length() const { return isValid() ? end - start : 0; }
    bool contains(qint64 pos) const { return pos >= start && pos < end; }
    friend bool operator==(const TextRange &, const TextRange &) = default;
};

} // namespace provena
