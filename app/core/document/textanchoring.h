// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/textanchor.h"

#include <QString>

namespace provena {

class CodePointIndex;

/** How many code points of context a new anchor keeps on each side (TextQuoteSelector
 * prefix/suffix). */
inline constexpr int kAnchorContextLength = 32;

/** A new anchor over `range` of `text`, with its quote and context filled in. */
TextAnchor makeTextAnchor(const QString &text, const CodePointIndex &index, const TextRange &range);

/**
 * `range` without the blanks and punctuation a drag-selection picks up at its edges: "Kim
 * Jong-un " and "“Kim Jong-un,”" become "Kim Jong-un". Kept: a closing bracket or quote whose
 * opening one is inside ("Korean Central News Agency (KCNA)"), and the full stop of an
 * abbreviation ("U.S.", "J."). Returns an empty range at range.start when nothing is left.
 */
TextRange trimLinkRange(const QString &text, const CodePointIndex &index, const TextRange &range);

/**
 * Finds the `occurrence`-th (1-based) exact occurrence of `quote` in `text`; returns its code
 * point range, or an invalid range.
 */
TextRange findOccurrence(const QString &text, const CodePointIndex &index, const QString &quote,
                         int occurrence = 1);

} // namespace provena
