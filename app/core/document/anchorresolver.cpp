// SPDX-License-Identifier: MIT
#include "core/document/anchorresolver.h"

#include "core/document/textanchoring.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace provena {

namespace {

/** Number of equal characters at the end of `a` and `b`. */
qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

/** Number of equal characters at the start of `a` and `b`. */
qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

} // namespace

AnchorResolver::AnchorResolver(QString text)
    : mText(std::move(text))
    , mIndex(mText)
{
}

AnchorResolver::Resolution AnchorResolver::resolve(const TextAnchor &anchor) const
{
    const TextRange old = anchor.range;
    if (old.isValid() && old.end <= mIndex.codePointCount() && !anchor.exact.isEmpty()
        && mIndex.slice(mText, old) == anchor.exact)
        return {TextAnchor::Status::Resolved, old, 1.0};
    if (anchor.exact.isEmpty())
        return {TextAnchor::Status::Orphaned, old, 0.0};
    const TextRange moved = findByContext(anchor);
    if (moved.isValid())
        return {TextAnchor::Status::Moved, moved, 1.0};
    const Resolution fuzzy = findFuzzy(anchor);
    if (fuzzy.status == TextAnchor::Status::Fuzzy)
        return fuzzy;
    return {TextAnchor::Status::Orphaned, old, fuzzy.similarity};
}

TextRange AnchorResolver::findByContext(const TextAnchor &anchor) const
{
    const QStringView text(mText);
    const qsizetype oldStart = anchor.range.start >= 0 ? mIndex.toUtf16(anchor.range.start) : 0;
    qsizetype best = -1;
    qsizetype bestScore = -1;
    qsizetype bestDistance = std::numeric_limits<qsizetype>::max();
    for (qsizetype at = mText.indexOf(anchor.exact); at >= 0;
         at = mText.indexOf(anchor.exact, at + 1)) {
        const qsizetype end = at + anchor.exact.size();
        const qsizetype score = commonSuffix(text.left(at), anchor.prefix)
            + commonPrefix(text.mid(end), anchor.suffix);
        const qsizetype distance = qAbs(at - oldStart);
        if (score > bestScore || (score == bestScore && distance < bestDistance)) {
            best = at;
            bestScore = score;
            bestDistance = distance;
        }
    }
    if (best < 0)
        return {};
    return mIndex.toCodePoints(best, best + anchor.exact.size());
}

AnchorResolver::Resolution AnchorResolver::findFuzzy(const TextAnchor &anchor) const
{
    const QStringView quote(anchor.exact);
    const qsizetype m = quote.size();
    const qsizetype n = mText.size();
    if (m == 0 || n == 0 || qint64(m) * qint64(n) > kFuzzyCellLimit)
        return {TextAnchor::Status::Orphaned, anchor.range, 0.0};

    // Sellers: column-wise DP over the text where a match may start anywhere (row 0 is all zero).
    // cost[i] = edit distance of quote[0, i) against the best text substring ending at j;
    // start[i] = where that substring starts.
    std::vector<qsizetype> cost(m + 1), start(m + 1), prevCost(m + 1), prevStart(m + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        prevCost[i] = i;
        prevStart[i] = 0;
    }
    const qsizetype oldStart = anchor.range.start >= 0 ? mIndex.toUtf16(anchor.range.start) : 0;
    qsizetype bestStart = 0;
    qsizetype bestEnd = 0;
    double bestSimilarity = -1;
    const QChar *t = mText.constData();
    for (qsizetype j = 1; j <= n; ++j) {
        cost[0] = 0;
        start[0] = j;
        const QChar c = t[j - 1];
        for (qsizetype i = 1; i <= m; ++i) {
            qsizetype value = prevCost[i - 1] + (quote[i - 1] == c ? 0 : 1);
            qsizetype from = prevStart[i - 1];
            if (prevCost[i] + 1 < value) { // skip a text character
                value = prevCost[i] + 1;
                from = prevStart[i];
            }
            if (cost[i - 1] + 1 < value) { // skip a quote character
                value = cost[i - 1] + 1;
                from = start[i - 1];
            }
            cost[i] = value;
            start[i] = from;
        }
        const qsizetype length = j - start[m];
        const double similarity = 1.0 - double(cost[m]) / double(qMax(m, length));
        const bool better = similarity > bestSimilarity
            || (similarity == bestSimilarity
                && qAbs(start[m] - oldStart) < qAbs(bestStart - oldStart));
        if (better) {
            bestSimilarity = similarity;
            bestStart = start[m];
            bestEnd = j;
        }
        std::swap(cost, prevCost);
        std::swap(start, prevStart);
    }
    if (bestSimilarity < kFuzzyThreshold || bestEnd <= bestStart)
        return {TextAnchor::Status::Orphaned, anchor.range, qMax(0.0, bestSimilarity)};
    // Never split a surrogate pair.
    if (bestStart > 0 && mText.at(bestStart).isLowSurrogate())
        --bestStart;
    if (bestEnd < n && mText.at(bestEnd).isLowSurrogate())
        ++bestEnd;
    return {TextAnchor::Status::Fuzzy, mIndex.toCodePoints(bestStart, bestEnd), bestSimilarity};
}

TextAnchor AnchorResolver::reanchored(const TextAnchor &anchor) const
{
    const Resolution r = resolve(anchor);
    TextAnchor out = anchor;
    out.status = r.status;
    out.similarity = r.similarity;
    if (r.status == TextAnchor::Status::Moved || r.status == TextAnchor::Status::Fuzzy) {
        const TextAnchor fresh = makeTextAnchor(mText, mIndex, r.range);
        out.range = fresh.range;
        out.exact = fresh.exact;
        out.prefix = fresh.prefix;
        out.suffix = fresh.suffix;
    }
    return out;
}

} // namespace provena
