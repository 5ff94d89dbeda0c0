// SPDX-License-Identifier: MIT
#include "core/model/codepointindex.h"

#include <algorithm>

namespace provena {

CodePointIndex::CodePointIndex(QStringView text)
    : mUtf16Length(text.size())
{
    for (qsizetype i = 1; i < text.size(); ++i) {
        if (text[i].isLowSurrogate() && text[i - 1].isHighSurrogate()) {
            mLowSurrogates.append(i);
            ++i;
        }
    }
    mCodePoints = mUtf16Length - mLowSurrogates.size();
}

qint64 CodePointIndex::toCodePoint(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, mUtf16Length);
    // Every low surrogate strictly before utf16 was one extra UTF-16 unit.
    const auto it = std::lower_bound(mLowSurrogates.cbegin(), mLowSurrogates.cend(), utf16);
    return utf16 - (it - mLowSurrogates.cbegin());
}

qsizetype CodePointIndex::toUtf16(qint64 codePoint) const
{
    codePoint = std::clamp<qint64>(codePoint, 0, mCodePoints);
    // Find the number k of pairs with (lowSurrogate - index) <= codePoint, i.e. pairs that
    // start before this code point; then utf16 = codePoint + k.
    qsizetype lo = 0, hi = mLowSurrogates.size();
    while (lo < hi) {
        const qsizetype mid = (lo + hi) / 2;
        // code point offset of the pair's high surrogate
        const qint64 pairCp = mLowSurrogates[mid] - 1 - mid;
        if (pairCp < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return qsizetype(codePoint) + lo;
}

QString CodePointIndex::slice(const QString &text, const TextRange &range) const
{
    if (!range.isValid())
        return {};
    const qsizetype s = toUtf16(range.start);
    const qsizetype e = toUtf16(range.end);
    return text.mid(s, e - s);
}

qint64 codePointLength(QStringView text)
{
    qint64 n = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

} // namespace provena
