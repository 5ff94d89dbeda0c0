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
};

/** Finds <img> elements in an HTML fragment with gumbo (no regular expressions on HTML). */
class HtmlImageScanner
{
public:
    /** Elements nested deeper than this are not walked (the walk recurses, and gumbo nests as
     * deep as hostile input asks); the first one is reported in HtmlScan::tooDeepAt. */
    static constexpr int kMaxDepth = 400;

    static HtmlScan scan(QStringView fragment);
};

} // namespace provena::detail
