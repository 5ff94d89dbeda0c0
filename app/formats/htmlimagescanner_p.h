// SPDX-License-Identifier: MIT
#pragma once

#include "formats/sourcemap_p.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace provena::detail {

/** One <img> found in an HTML fragment. Positions are UTF-16 indexes into the fragment. */
struct HtmlImage
{
    QString src;
    QString title;
    MappedText alt; ///< the alt attribute, mapped onto the fragment
    MappedText figcaption; ///< text of a <figcaption> in the same <figure>, if any
    qsizetype start = 0; ///< the <img …> tag
    qsizetype end = 0;
};

/** What HtmlImageScanner::scan() found, and where it stopped looking. */
struct HtmlScan
{
    QList<HtmlImage> images;
    /** The first element nested deeper than HtmlImageScanner::kMaxDepth (UTF-16 index into the
     * fragment), whose content was not read; -1 when everything was read. */
    qsizetype tooDeepAt = -1;
    /** The fragment has more start tags than HtmlImageScanner::kMaxStartTags, so it was not
     * parsed at all; their count (0 when it was parsed). */
    qsizetype skippedStartTags = 0;
};

/** Finds <img> elements in an HTML fragment with gumbo (no regular expressions on HTML). */
class HtmlImageScanner
{
public:
    /** Elements nested deeper than this are not walked (the walk recurses, and gumbo nests as
     * deep as hostile input asks); the first one is reported in HtmlScan::tooDeepAt. */
    static constexpr int kMaxDepth = 400;
    /** gumbo 0.10 has no depth limit of its own: its time grows with the square of the nesting
     * (20,000 nested <div> take seconds) and deeply nested tables crash it. A fragment with more
     * start tags than this (an upper bound on its depth) is not given to gumbo; HtmlScan says so.
     */
    static constexpr qsizetype kMaxStartTags = 20000;

    static HtmlScan scan(QStringView fragment);
};

} // namespace provena::detail
