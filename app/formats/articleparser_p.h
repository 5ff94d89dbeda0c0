// SPDX-License-Identifier: MIT
#pragma once

// The article parser's stages and the structures they hand each other. Each stage lives in its
// own file: collectors (Markdown, plain text) → image finder → paragraph splitter → header
// finder (title, headings, date, byline) → caption assigner; ArticleParser::parse runs them.

#include "core/model/article.h"
#include "core/model/codepointindex.h"
#include "formats/sourcemap_p.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <utility>

namespace provena::detail {

/** A piece of text as md4c (or the plain-text collector) reported it. Positions are UTF-16. */
struct Chunk
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< only for non-verbatim chunks (entities, soft breaks); else read the article
    bool verbatim = true;
    bool inImage = false;
    bool html = false;
    bool lineBreak = false; ///< a soft or hard line break between two lines of one block
};

enum class BlockKind { Paragraph, ListItem, Heading, Html, Code, Other };

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    int level = 0; ///< heading level
    QList<Chunk> chunks;
    QList<int> images; ///< indexes into Collected::images, in source order
    qsizetype start = -1;
    qsizetype end = -1;
    bool isTitle = false;
    bool metaOnly = false; ///< only byline and date lines
    bool consumed = false; ///< taken as an image's caption
    bool imageOnly = false; ///< nothing but images (and blanks)
    /** Split off the block above without a blank line between (copied text, image lines). */
    bool continuesPrevious = false;
    /** Followed by a blank line or the end of the text (not by a line of the same block). */
    bool endsSourceBlock = true;
};

struct PendingImage
{
    ImageRef::Syntax syntax = ImageRef::Syntax::MarkdownInline;
    QString url;
    QString title;
    MappedText alt;
    MappedText figcaption;
    qsizetype start = 0;
    qsizetype end = 0;
    int block = -1;
};

struct Collected
{
    QList<Block> blocks;
    QList<PendingImage> images;
    /** Body lines are paragraphs of their own (copied web text), not blank-line separated. */
    bool singleBreakBody = false;
    /** Where HTML nests deeper than HtmlImageScanner reads (UTF-16 indexes into the text). */
    QList<qsizetype> htmlTooDeep;
    /** HTML fragments not parsed at all (too many start tags): where, and how many tags. */
    QList<std::pair<qsizetype, qsizetype>> htmlNotParsed;
};

/** A line of a block. */
struct Line
{
    qsizetype start; ///< after leading blanks (and quote/emphasis markers in Markdown)
    qsizetype end; ///< before trailing blanks and emphasis markers
};

// Text helpers (articleparser.cpp).
QStringView chunkText(const QString &text, const Chunk &c);
void appendChunk(MappedText &out, const QString &text, const Chunk &c);
qsizetype lineEndOf(const QString &text, qsizetype pos);
QList<Line> linesOf(const QString &text, const Block &b, bool markdown);
/** The text of the block's chunks that start in [from, to), images' alt text left out. */
MappedText textOfChunks(const QString &text, const Block &b, qsizetype from, qsizetype to);
/** Sets b.start/b.end from its chunks and images (Markdown: markup at the edges included). */
void computeRange(const QString &text, Block &b, const QList<PendingImage> &images, bool markdown);

// Collectors (markdowncollector.cpp, plaintextcollector.cpp).
QString decodeEntity(QStringView entity);
Collected collectMarkdown(const QString &text);
Collected collectPlainText(const QString &text);

// Images besides Markdown's own (imagefinder.cpp).
bool containsImgTag(QStringView s);
void addHtmlImages(Collected &out, int blockIndex, QStringView fragment, qsizetype offset);
/** <img> in Markdown HTML blocks and inline HTML. */
void findHtmlImages(const QString &text, Collected &c);
/** Bare http(s) image URLs alone on a line. */
void findBareUrlImages(const QString &text, Collected &c);
bool isBareImageUrl(QStringView line);

// Paragraph splitter (paragraphsplitter.cpp).
/**
 * Splits blocks whose lines are paragraphs of their own (copied web text) and lines that hold
 * only images; hard-wrapped lines stay joined. Sets Collected::singleBreakBody.
 */
void splitLineParagraphs(const QString &text, Collected &c, bool markdown);

// Header finder (headerfinder.cpp): title, sub-headings, article date, byline.
void findHeader(const QString &text, const CodePointIndex &index, Collected &c, bool markdown,
                Article &article);

// Caption assigner (captionassigner.cpp): ImageRefs with captions, credits, dates, releases.
void assignCaptions(const QString &text, const CodePointIndex &index, Collected &c, bool markdown,
                    Article &article);

} // namespace provena::detail
