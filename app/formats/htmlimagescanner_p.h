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

/** Finds <img> elements in an HTML fragment with gumbo (no regular expressions on HTML). */
class HtmlImageScanner
{
public:
    static QList<HtmlImage> scan(QStringView fragment);
};

} // namespace provena::detail
