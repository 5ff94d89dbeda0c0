// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/textrange.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace provena {

/**
 * Maps between UTF-16 indexes (what QString uses) and Unicode code point offsets (what the
 * sidecar and TextRange use) for one text. Building it is O(n); lookups are O(log k) where k is
 * the number of surrogate pairs, O(1) for text without any.
 */
class CodePointIndex
{
public:
    CodePointIndex() = default;
    explicit CodePointIndex(QStringView text);

    /** Code point offset of the UTF-16 index `utf16` (clamped to the text). */
    qint64 toCodePoint(qsizetype utf16) const;
    /** UTF-16 index of the code point offset `codePoint` (clamped to the text). */
    qsizetype toUtf16(qint64 codePoint) const;

    TextRange toCodePoints(qsizetype utf16Start, qsizetype utf16End) const
    {
        return {toCodePoint(utf16Start), toCodePoint(utf16End)};
    }
    qint64 codePointCount() const { return mCodePoints; }
    qsizetype utf16Length() const { return mUtf16Length; }

    /** The text of `range` cut out of `text` (which must be the text this index was built on). */
    QString slice(const QString &text, const TextRange &range) const;

private:
    // UTF-16 indexes of the low surrogate of every surrogate pair, ascending.
    QList<qsizetype> mLowSurrogates;
    qsizetype mUtf16Length = 0;
    qint64 mCodePoints = 0;
};

/** Number of code points in `text`. */
qint64 codePointLength(QStringView text);

} // namespace provena
