// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/codepointindex.h"
#include "core/model/textanchor.h"

#include <QString>

namespace provena {

/**
 * Finds text anchors again in a (possibly changed) article text. Pure: no document, no I/O.
 *
 * The steps, first success wins (docs/sidecar-format.md, "Re-anchoring"):
 *  1. Resolved: the recorded code point range still holds exactly the quote.
 *  2. Moved: the quote occurs elsewhere; among all occurrences the one whose surroundings agree
 *     longest with the recorded prefix and suffix wins, ties go to the one nearest the old start.
 *  3. Fuzzy: the substring of the text with the smallest edit distance to the quote
 *     (semi-global Levenshtein, i.e. Sellers' algorithm), accepted when
 *     similarity = 1 - distance / max(quote length, match length) >= kFuzzyThreshold.
 *     Skipped when quote length x text length exceeds kFuzzyCellLimit (cost bound).
 *  4. Orphaned: nothing found; the anchor keeps its last range and quote.
 *
 * Lengths and distances are in UTF-16 units internally; ranges are returned in code points and
 * never split a surrogate pair.
 */
class AnchorResolver
{
public:
    static constexpr double kFuzzyThreshold = 0.75;
    static constexpr qint64 kFuzzyCellLimit = 200'000'000;

    explicit AnchorResolver(QString text);

    struct Resolution
    {
        TextAnchor::Status status = TextAnchor::Status::Orphaned;
        TextRange range; ///< code points; the old range when Orphaned
        double similarity = 0; ///< 1 for Resolved and Moved
    };

    Resolution resolve(const TextAnchor &anchor) const;

    /**
     * `anchor` moved to where resolve() found it: range, status and similarity set, and for
     * Moved/Fuzzy the quote, prefix and suffix taken from the current text so the stored
     * selectors agree with it. Orphaned anchors keep their quote and range.
     */
    TextAnchor reanchored(const TextAnchor &anchor) const;

    const QString &text() const { return mText; }
    const CodePointIndex &index() const { return mIndex; }

private:
    TextRange findByContext(const TextAnchor &anchor) const;
    Resolution findFuzzy(const TextAnchor &anchor) const;

    QString mText;
    CodePointIndex mIndex;
};

} // namespace provena
