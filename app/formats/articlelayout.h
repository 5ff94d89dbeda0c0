// SPDX-License-Identifier: MIT
#pragma once

#include "core/model/article.h"
#include "core/model/textrange.h"

#include <QFlags>
#include <QList>
#include <QString>

namespace provena {

/**
 * The article as a reader sees it: display blocks in reading order, each made of inline runs
 * that know which span of Article::text they show. The readable text view renders these; the
 * source spans let selections and links map back to code points of the article exactly.
 *
 * What is shown: the title, sub-headings, paragraphs (one block per Article::paragraphs entry),
 * each image (as an Image block followed by its Caption and Credit blocks, verbatim slices of
 * captionRange and creditRange), the byline and the date line. Lines covered by none of these
 * (markup, reference definitions, HTML) are not shown. Markdown inline syntax is resolved with
 * md4c over the whole article (so reference links and the quote/list context are known) and
 * each block takes the text md4c reports inside its range; plain-text articles are shown
 * verbatim. A line break inside a block is shown as a space (or, in code and at a hard break,
 * as U+2028), mapped to the source span of the break.
 */
class ArticleLayout
{
public:
    enum class BlockKind {
        Title,
        Heading, ///< `level` is 1 to 6
        Paragraph,
        Quote, ///< a paragraph inside a block quote
        ListItem, ///< a paragraph inside a list item; `level` is the list depth (1 = outermost)
        Image, ///< one image; `imageIndex` says which; no runs
        Caption, ///< the caption of image `imageIndex`
        Credit, ///< the credit of image `imageIndex`
        Byline,
        Dateline,
        Code ///< a code block; lines are separated by U+2028
    };

    enum Style {
        Plain = 0x0,
        Emphasis = 0x1,
        Strong = 0x2,
        Code = 0x4, ///< inline code
        Link = 0x8, ///< `href` holds the target
        Strikethrough = 0x10
    };
    Q_DECLARE_FLAGS(Styles, Style)

    /** A piece of a block's text. */
    struct Run
    {
        QString text;
        /** The code points of Article::text this run shows. */
        TextRange source;
        /** `text` is exactly the source slice (never a CR LF inside); else it stands for it. */
        bool verbatim = true;
        Styles styles;
        QString href;
    };

    struct Block
    {
        BlockKind kind = BlockKind::Paragraph;
        int level = 0;
        int imageIndex = -1;
        /** The article span the block stands for (for an image, the whole image reference). */
        TextRange source;
        QList<Run> runs;

        /** The runs' text joined. */
        QString text() const;
    };

    /** The display blocks of `article`, in reading order. */
    static QList<Block> build(const Article &article);
};

Q_DECLARE_OPERATORS_FOR_FLAGS(ArticleLayout::Styles)

} // namespace provena
