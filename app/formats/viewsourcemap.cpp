// SPDX-License-Identifier: MIT
#include "formats/viewsourcemap.h"

#include <algorithm>
#include <limits>

namespace provena {

ViewSourceMap::ViewSourceMap(const QString &source)
    : mIndex(source)
{
}

ViewSourceMap ViewSourceMap::forSourceText(const QString &source)
{
    ViewSourceMap map(source);
    // One verbatim segment per stretch between the CRs of CR LF pairs; the LF stays in the view.
    qsizetype view = 0;
    qsizetype pieceStart = 0;
    const qsizetype n = source.size();
    for (qsizetype i = 0; i <= n; ++i) {
        const bool droppedCr = i + 1 < n && source.at(i) == u'\r' && source.at(i + 1) == u'\n';
        if (!droppedCr && i < n)
            continue;
        if (i > pieceStart)
            view += map.appendVerbatim(view, map.mIndex.toCodePoints(pieceStart, i));
        pieceStart = i + 1;
    }
    return map;
}

qsizetype ViewSourceMap::appendVerbatim(qsizetype viewStart, const TextRange &source)
{
    const qsizetype length = mIndex.toUtf16(source.end) - mIndex.toUtf16(source.start);
    if (length > 0)
        mSegments.append({viewStart, length, source.start, source.end, true});
    return length;
}

void ViewSourceMap::appendMapped(qsizetype viewStart, qsizetype viewLength, const TextRange &source)
{
    if (viewLength > 0)
        mSegments.append(
            {viewStart, viewLength, source.start, qMax(source.start, source.end), false});
}

qint64 ViewSourceMap::toSource(qsizetype view, bool asEnd) const
{
    if (mSegments.isEmpty())
        return 0;
    // The last segment starting at or before `view`.
    auto it = std::upper_bound(mSegments.cbegin(), mSegments.cend(), view,
                               [](qsizetype v, const Segment &s) { return v < s.viewStart; });
    if (it == mSegments.cbegin())
        return mSegments.first().sourceStart;
    --it;
    if (asEnd && it->viewStart == view && it != mSegments.cbegin()
        && std::prev(it)->viewStart + std::prev(it)->viewLength == view)
        return std::prev(it)->sourceEnd;
    const Segment &s = *it;
    if (view >= s.viewStart + s.viewLength)
        return s.sourceEnd; // between blocks: just after the segment
    if (!s.verbatim)
        return view == s.viewStart ? s.sourceStart : s.sourceEnd;
    return mIndex.toCodePoint(mIndex.toUtf16(s.sourceStart) + (view - s.viewStart));
}

TextRange ViewSourceMap::toSourceRange(qsizetype viewStart, qsizetype viewEnd) const
{
    const qint64 start = toSource(qMin(viewStart, viewEnd), false);
    return {start, qMax(start, toSource(qMax(viewStart, viewEnd), true))};
}

qsizetype ViewSourceMap::viewOffsetIn(const Segment &s, qint64 codePoint) const
{
    return mIndex.toUtf16(codePoint) - mIndex.toUtf16(s.sourceStart);
}

qsizetype ViewSourceMap::toView(qint64 codePoint, Snap snap) const
{
    if (mSegments.isEmpty())
        return 0;
    const Segment *mapped = nullptr;
    const Segment *endingHere = nullptr;
    const Segment *next = nullptr; // smallest sourceStart after the position
    const Segment *previous = nullptr; // largest sourceEnd at or before it
    for (const Segment &s : mSegments) {
        if (s.verbatim && s.sourceStart <= codePoint && codePoint < s.sourceEnd)
            return s.viewStart + viewOffsetIn(s, codePoint); // shown as it is: exact
        if (!s.verbatim && s.sourceStart <= codePoint && codePoint < s.sourceEnd && !mapped)
            mapped = &s;
        if (s.verbatim && s.sourceEnd == codePoint && !endingHere)
            endingHere = &s;
        if (s.sourceStart > codePoint && (!next || s.sourceStart < next->sourceStart))
            next = &s;
        if (s.sourceEnd <= codePoint && (!previous || s.sourceEnd > previous->sourceEnd))
            previous = &s;
    }
    if (endingHere) // just after shown text (a caption inside an image reference, say)
        return endingHere->viewStart + endingHere->viewLength;
    if (mapped) {
        // Inside an entity or an image: a range touching it takes all of it.
        if (codePoint == mapped->sourceStart || snap != Snap::Backward)
            return mapped->viewStart;
        return mapped->viewStart + mapped->viewLength;
    }
    // In markup that is not shown.
    if (!next)
        return previous->viewStart + previous->viewLength;
    if (!previous)
        return next->viewStart;
    switch (snap) {
    case Snap::Forward:
        return next->viewStart;
    case Snap::Backward:
        return previous->viewStart + previous->viewLength;
    case Snap::Nearest:
        break;
    }
    return codePoint - previous->sourceEnd < next->sourceStart - codePoint
        ? previous->viewStart + previous->viewLength
        : next->viewStart;
}

std::pair<qsizetype, qsizetype> ViewSourceMap::toView(const TextRange &range) const
{
    const qsizetype start = toView(range.start, Snap::Forward);
    return {start, qMax(start, toView(range.end, Snap::Backward))};
}

} // namespace provena
