// SPDX-License-Identifier: MIT
#include "formats/articleparser.h"

#include "core/model/codepointindex.h"
#include "formats/articleparser_p.h"
#include "formats/htmlimagescanner_p.h"
#include "formats/imageresolver.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace detail {

QStringView chunkText(const QString &text, const Chunk &c)
{
    return c.verbatim ? QStringView(text).mid(c.start, c.end - c.start) : QStringView(c.text);
}

void appendChunk(MappedText &out, const QString &text, const Chunk &c)
{
    if (c.verbatim)
        out.appendVerbatim(chunkText(text, c), c.start);
    else
        out.appendMapped(c.text, c.start, c.end);
}

void computeRange(const QString &text, Block &b, const QList<PendingImage> &images, bool markdown)
{
    qsizetype s = std::numeric_limits<qsizetype>::max();
    qsizetype e = -1;
    for (const Chunk &c : std::as_const(b.chunks)) {
        if (c.end > c.start) {
            s = qMin(s, c.start);
            e = qMax(e, c.end);
        }
    }
    for (int i : std::as_const(b.images)) {
        s = qMin(s, images[i].start);
        e = qMax(e, images[i].end);
    }
    if (e < 0)
        return;
    if (markdown) {
        // md4c reports text, not markup: take back the emphasis or link opening the block, and
        // run to the end of the last line so that closing markup and link targets are inside.
        while (s > 0 && QStringView(u"*_~`[<").contains(text[s - 1]))
            --s;
        qsizetype lineEnd = e;
        while (lineEnd < text.size() && text[lineEnd] != u'\n' && text[lineEnd] != u'\r')
            ++lineEnd;
        while (lineEnd > e && text[lineEnd - 1].isSpace())
            --lineEnd;
        e = lineEnd;
    }
    b.start = s;
    b.end = e;
}

QList<Line> linesOf(const QString &text, const Block &b, bool markdown)
{
    QList<Line> lines;
    if (b.start < 0)
        return lines;
    qsizetype pos = b.start;
    while (pos < b.end) {
        qsizetype lineEnd = pos;
        while (lineEnd < b.end && text[lineEnd] != u'\n' && text[lineEnd] != u'\r')
            ++lineEnd;
        qsizetype s = pos;
        qsizetype e = lineEnd;
        auto skippable = [&](QChar c) {
            return c.isSpace() || (markdown && (c == u'*' || c == u'_' || c == u'>'));
        };
        while (s < e && skippable(text[s]))
            ++s;
        while (e > s
               && (text[e - 1].isSpace()
                   || (markdown && (text[e - 1] == u'*' || text[e - 1] == u'_'))))
            --e;
        if (e > s)
            lines.append({s, e});
        pos = lineEnd;
        while (pos < b.end && (text[pos] == u'\n' || text[pos] == u'\r'))
            ++pos;
    }
    return lines;
}

qsizetype lineEndOf(const QString &text, qsizetype pos)
{
    while (pos < text.size() && text[pos] != u'\n' && text[pos] != u'\r')
        ++pos;
    return pos;
}

MappedText textOfChunks(const QString &text, const Block &b, qsizetype from, qsizetype to)
{
    MappedText out;
    for (const Chunk &c : b.chunks) {
        if (c.inImage || c.start < from || c.start >= to)
            continue;
        if (out.isEmpty() && !c.verbatim && c.text.trimmed().isEmpty())
            continue; // a soft break before the first line
        appendChunk(out, text, c);
    }
    return out;
}

} // namespace detail

namespace {

using namespace detail;

// Blocks come out of md4c when they close, so a list item's own text follows its nested
// blocks; put everything in reading order and renumber the images' block links.
void sortBlocks(const QString &text, Collected &c, bool markdown)
{
    for (Block &b : c.blocks)
        computeRange(text, b, c.images, markdown);
    QList<int> order(c.blocks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return c.blocks[x].start < c.blocks[y].start; });
    QList<Block> sorted;
    sorted.reserve(c.blocks.size());
    QList<int> newIndex(c.blocks.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order[i]] = i;
        sorted.append(std::move(c.blocks[order[i]]));
    }
    c.blocks = std::move(sorted);
    for (PendingImage &p : c.images)
        p.block = p.block >= 0 ? newIndex[p.block] : -1;
}

// Messages under the "ArticleParser" context; lupdate reads the context from the macro.
struct ArticleParserText
{
    Q_DECLARE_TR_FUNCTIONS(ArticleParser)
};

/** 1-based line of UTF-16 index `pos`: "\n", "\r\n" and a lone "\r" each end a line. */
int lineAt(const QString &text, qsizetype pos)
{
    int line = 1;
    for (qsizetype i = 0; i < pos && i < text.size(); ++i) {
        if (text[i] == u'\n'
            || (text[i] == u'\r' && (i + 1 >= text.size() || text[i + 1] != u'\n')))
            ++line;
    }
    return line;
}

// What the collectors could not read in full becomes a warning the analyst sees (inspect):
// an image inside it would otherwise vanish without a word.
void reportUnreadParts(const QString &text, const CodePointIndex &index, const Collected &c,
                       Article &article)
{
    QList<qsizetype> tooDeep = c.htmlTooDeep;
    std::sort(tooDeep.begin(), tooDeep.end());
    tooDeep.erase(std::unique(tooDeep.begin(), tooDeep.end()), tooDeep.end());
    for (const qsizetype pos : std::as_const(tooDeep)) {
        ParseWarning w;
        w.kind = u"html-too-deep"_s;
        w.line = lineAt(text, pos);
        w.range = index.toCodePoints(pos, pos);
        w.message = ArticleParserText::tr(
                        "HTML nested deeper than %1 levels at line %2: images and captions "
                        "inside it are not read")
                        .arg(HtmlImageScanner::kMaxDepth)
                        .arg(w.line);
        article.warnings.append(w);
    }
    for (const auto &[pos, tags] : c.htmlNotParsed) {
        ParseWarning w;
        w.kind = u"html-too-large"_s;
        w.line = lineAt(text, pos);
        w.range = index.toCodePoints(pos, pos);
        w.message = ArticleParserText::tr(
                        "HTML at line %1 has %2 tags, more than the %3 Provena parses in one "
                        "piece: images and captions inside it are not read")
                        .arg(w.line)
                        .arg(tags)
                        .arg(HtmlImageScanner::kMaxStartTags);
        article.warnings.append(w);
    }
}

} // namespace

Article ArticleParser::parse(const QString &text, const QString &format, const QString &articlePath,
                             const ReadOptions &options)
{
    Article article;
    article.path = articlePath;
    article.text = text;
    const bool markdown = format == u"markdown"_s;
    article.format = markdown ? u"markdown"_s : u"text"_s;
    article.encoding = u"UTF-8"_s;
    if (text.isEmpty())
        return article;

    Collected c = markdown ? collectMarkdown(text) : collectPlainText(text);
    sortBlocks(text, c, markdown);
    if (markdown)
        findHtmlImages(text, c);
    findBareUrlImages(text, c);
    for (Block &b : c.blocks) {
        std::sort(b.images.begin(), b.images.end(),
                  [&](int x, int y) { return c.images[x].start < c.images[y].start; });
    }
    splitLineParagraphs(text, c, markdown);
    const CodePointIndex index(text);
    findHeader(text, index, c, markdown, article);
    assignCaptions(text, index, c, markdown, article);
    for (ImageRef &ref : article.images)
        ImageResolver::resolveInto(ref, article.path, options);
    reportUnreadParts(text, index, c, article);

    // Paragraphs: body blocks only.
    for (const Block &b : std::as_const(c.blocks)) {
        const bool body = b.kind == BlockKind::Paragraph || b.kind == BlockKind::ListItem;
        if (body && !b.isTitle && !b.metaOnly && !b.consumed && !b.imageOnly && b.start >= 0
            && b.end > b.start)
            article.paragraphs.append(Paragraph {index.toCodePoints(b.start, b.end)});
    }
    return article;
}

} // namespace provena
