// SPDX-License-Identifier: MIT
#include "formats/articleparser.h"

#include "core/model/codepointindex.h"
#include "formats/bylineparser.h"
#include "formats/creditsplitter.h"
#include "formats/datefinder.h"
#include "formats/htmlimagescanner_p.h"
#include "formats/imageresolver.h"
#include "formats/sourcemap_p.h"

#include <QRegularExpression>

#include <md4c.h>

#include <algorithm>
#include <numeric>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

using detail::HtmlImageScanner;
using detail::MappedText;
using detail::Utf8OffsetMap;

// Only the first blocks can hold the byline and the date line; looking further finds quotes.
constexpr int kHeaderBlocks = 10;
constexpr int kSignOffBlocks = 5;
constexpr qsizetype kMaxTitleLength = 200;
constexpr qsizetype kMaxNextBlockCaption = 1000;

/** A piece of text as md4c (or the plain-text splitter) reported it. Positions are UTF-16. */
struct Chunk
{
    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< only for non-verbatim chunks (entities, soft breaks); else read the article
    bool verbatim = true;
    bool inImage = false;
    bool html = false;
};

enum class BlockKind { Paragraph, Heading, Html, Code, Other };

struct Block
{
    BlockKind kind = BlockKind::Paragraph;
    QList<Chunk> chunks;
    QList<int> images;
    qsizetype start = -1;
    qsizetype end = -1;
    bool isTitle = false;
    bool metaOnly = false;
    bool consumed = false;
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
};

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

QString decodeEntity(QStringView e)
{
    if (e.startsWith(u"&#") && e.endsWith(u';')) {
        const bool hex = e.size() > 3 && (e[2] == u'x' || e[2] == u'X');
        bool ok = false;
        const uint cp = e.mid(hex ? 3 : 2, e.size() - (hex ? 4 : 3)).toUInt(&ok, hex ? 16 : 10);
        if (!ok || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return QString(QChar(0xFFFD));
        const char32_t c = cp;
        return QString::fromUcs4(&c, 1);
    }
    static const struct
    {
        const char *name;
        char16_t value;
    } kNamed[]
        = {{"&amp;", u'&'},      {"&lt;", u'<'},      {"&gt;", u'>'},      {"&quot;", u'"'},
           {"&apos;", u'\''},    {"&nbsp;", 0x00A0},  {"&mdash;", 0x2014}, {"&ndash;", 0x2013},
           {"&hellip;", 0x2026}, {"&lsquo;", 0x2018}, {"&rsquo;", 0x2019}, {"&ldquo;", 0x201C},
           {"&rdquo;", 0x201D},  {"&copy;", 0x00A9},  {"&middot;", 0x00B7}};
    for (const auto &n : kNamed) {
        if (e == QLatin1String(n.name))
            return QString(QChar(n.value));
    }
    return e.toString();
}

/** Collects blocks, text chunks and images from md4c's callbacks. */
class MarkdownCollector
{
public:
    explicit MarkdownCollector(const QString &text)
        : mText(text)
        , mUtf8(text.toUtf8())
        , mMap(mUtf8)
    {
    }

    Collected run()
    {
        MD_PARSER parser {};
        parser.abi_version = 0;
        // No autolink extensions: a bare image URL must stay text so that we can see it alone
        // on its line, and "[jane@paper.example]" in a byline must stay as written.
        parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
        parser.enter_block = [](MD_BLOCKTYPE t, void *, void *u) {
            static_cast<MarkdownCollector *>(u)->enterBlock(t);
            return 0;
        };
        parser.leave_block = [](MD_BLOCKTYPE t, void *, void *u) {
            static_cast<MarkdownCollector *>(u)->leaveBlock(t);
            return 0;
        };
        parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) {
            static_cast<MarkdownCollector *>(u)->enterSpan(t, d);
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE t, void *, void *u) {
            static_cast<MarkdownCollector *>(u)->leaveSpan(t);
            return 0;
        };
        parser.text = [](MD_TEXTTYPE t, const MD_CHAR *p, MD_SIZE n, void *u) {
            static_cast<MarkdownCollector *>(u)->addText(t, p, n);
            return 0;
        };
        md_parse(mUtf8.constData(), MD_SIZE(mUtf8.size()), &parser, this);
        while (!mStack.isEmpty()) // only if md4c stopped early (out of memory)
            emitBlock(mStack.takeLast());
        return std::move(mOut);
    }

private:
    static bool isTextBlock(MD_BLOCKTYPE t)
    {
        switch (t) {
        case MD_BLOCK_P:
        case MD_BLOCK_LI:
        case MD_BLOCK_H:
        case MD_BLOCK_CODE:
        case MD_BLOCK_HTML:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            return true;
        default:
            return false;
        }
    }

    void enterBlock(MD_BLOCKTYPE t)
    {
        if (!isTextBlock(t))
            return;
        Block b;
        switch (t) {
        case MD_BLOCK_H:
            b.kind = BlockKind::Heading;
            break;
        case MD_BLOCK_CODE:
            b.kind = BlockKind::Code;
            break;
        case MD_BLOCK_HTML:
            b.kind = BlockKind::Html;
            break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
            b.kind = BlockKind::Other;
            break;
        default: // P, and the text of a tight list item
            b.kind = BlockKind::Paragraph;
            break;
        }
        mStack.append(b);
    }

    void leaveBlock(MD_BLOCKTYPE t)
    {
        if (isTextBlock(t) && !mStack.isEmpty())
            emitBlock(mStack.takeLast());
    }

    void emitBlock(Block b)
    {
        if (b.chunks.isEmpty() && b.images.isEmpty())
            return;
        const int index = int(mOut.blocks.size());
        for (int i : std::as_const(b.images))
            mOut.images[i].block = index;
        mOut.blocks.append(std::move(b));
    }

    QString attribute(const MD_ATTRIBUTE &a) const
    {
        QString out;
        if (!a.text || a.size == 0)
            return out;
        for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
            const MD_OFFSET from = a.substr_offsets[i];
            const MD_OFFSET to = a.substr_offsets[i + 1];
            const QString piece = QString::fromUtf8(a.text + from, qsizetype(to - from));
            switch (a.substr_types[i]) {
            case MD_TEXT_ENTITY:
                out += decodeEntity(piece);
                break;
            case MD_TEXT_NULLCHAR:
                out += QChar(0xFFFD);
                break;
            default:
                out += piece;
                break;
            }
        }
        return out;
    }

    void enterSpan(MD_SPANTYPE t, void *detail)
    {
        if (t != MD_SPAN_IMG || mImageDepth++ > 0)
            return;
        const auto *d = static_cast<const MD_SPAN_IMG_DETAIL *>(detail);
        mImage = PendingImage {};
        mImage.url = attribute(d->src).trimmed();
        mImage.title = attribute(d->title);
        // md4c does not say where the image starts. Everything between the last text we saw
        // and this image is markup, so the first "![" after that point is this image.
        const qsizetype start = mText.indexOf(u"!["_s, mCursor);
        mImage.start = start >= 0 ? start : mCursor;
        mAltEnd = mImage.start + 2;
    }

    void leaveSpan(MD_SPANTYPE t)
    {
        if (t != MD_SPAN_IMG || mImageDepth == 0 || --mImageDepth > 0)
            return;
        const qsizetype n = mText.size();
        qsizetype end = mText.indexOf(u']', mAltEnd);
        if (end < 0) {
            end = mAltEnd;
        } else if (++end < n && mText[end] == u'(') {
            end = closingParen(end);
            mImage.syntax = ImageRef::Syntax::MarkdownInline;
        } else {
            mImage.syntax = ImageRef::Syntax::MarkdownReference;
            if (end < n && mText[end] == u'[') {
                const qsizetype close = mText.indexOf(u']', end);
                end = close >= 0 ? close + 1 : end;
            }
        }
        mImage.end = qMin(end, n);
        mCursor = qMax(mCursor, mImage.end);
        if (mStack.isEmpty())
            return;
        mStack.last().images.append(int(mOut.images.size()));
        mOut.images.append(mImage);
    }

    // `open` is the index of "(" after "]": returns the index after the matching ")".
    qsizetype closingParen(qsizetype open) const
    {
        const qsizetype n = mText.size();
        int depth = 0;
        QChar quote;
        bool angle = false;
        for (qsizetype i = open + 1; i < n; ++i) {
            const QChar c = mText[i];
            if (c == u'\\') {
                ++i;
            } else if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (angle) {
                angle = c != u'>';
            } else if (c == u'<' && i == open + 1) {
                angle = true;
            } else if ((c == u'"' || c == u'\'') && mText[i - 1].isSpace()) {
                quote = c;
            } else if (c == u'(') {
                ++depth;
            } else if (c == u')') {
                if (depth-- == 0)
                    return i + 1;
            }
        }
        return n;
    }

    void addText(MD_TEXTTYPE t, const MD_CHAR *p, MD_SIZE size)
    {
        if (mStack.isEmpty())
            return;
        const char *base = mUtf8.constData();
        const bool inBuffer = p >= base && p + size <= base + mUtf8.size();
        Chunk c;
        c.start = c.end = mCursor;
        switch (t) {
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            c.verbatim = false;
            c.text = u" "_s;
            break;
        case MD_TEXT_NULLCHAR:
            c.verbatim = false;
            c.text = QString(QChar(0xFFFD));
            break;
        case MD_TEXT_ENTITY:
            c.verbatim = false;
            c.text = decodeEntity(QString::fromUtf8(p, qsizetype(size)));
            if (inBuffer) {
                c.start = mMap.toUtf16(p - base);
                c.end = mMap.toUtf16(p - base + size);
            }
            break;
        default:
            c.html = t == MD_TEXT_HTML;
            if (inBuffer) {
                c.start = mMap.toUtf16(p - base);
                c.end = mMap.toUtf16(p - base + size);
            } else { // md4c's own padding (tab expansion in code); not in the article as such
                c.verbatim = false;
                c.text = QString::fromUtf8(p, qsizetype(size));
            }
            break;
        }
        c.inImage = mImageDepth > 0;
        if (c.inImage) {
            appendChunk(mImage.alt, mText, c);
            mAltEnd = qMax(mAltEnd, c.end);
        }
        mCursor = qMax(mCursor, c.end);
        mStack.last().chunks.append(std::move(c));
    }

    const QString &mText;
    const QByteArray mUtf8;
    const Utf8OffsetMap mMap;
    QList<Block> mStack;
    Collected mOut;
    PendingImage mImage;
    int mImageDepth = 0;
    qsizetype mCursor = 0;
    qsizetype mAltEnd = 0;
};

bool containsImgTag(QStringView s)
{
    return s.contains(u"<img"_s, Qt::CaseInsensitive);
}

void addHtmlImages(Collected &out, int blockIndex, QStringView fragment, qsizetype offset)
{
    for (detail::HtmlImage &h : HtmlImageScanner::scan(fragment)) {
        PendingImage p;
        p.syntax = ImageRef::Syntax::HtmlImg;
        p.url = h.src;
        p.title = h.title;
        p.alt = std::move(h.alt);
        p.alt.shift(offset);
        p.figcaption = std::move(h.figcaption);
        p.figcaption.shift(offset);
        p.start = h.start + offset;
        p.end = h.end + offset;
        p.block = blockIndex;
        out.blocks[blockIndex].images.append(int(out.images.size()));
        out.images.append(std::move(p));
    }
}

/** Plain text: blocks are runs of non-blank lines; one verbatim chunk per line. */
Collected collectPlainText(const QString &text)
{
    Collected out;
    const qsizetype n = text.size();
    qsizetype pos = 0;
    int open = -1;
    while (pos < n) {
        qsizetype lineEnd = pos;
        while (lineEnd < n && text[lineEnd] != u'\n' && text[lineEnd] != u'\r')
            ++lineEnd;
        qsizetype next = lineEnd;
        if (next < n && text[next] == u'\r')
            ++next;
        if (next < n && text[next] == u'\n' && (next == lineEnd || text[next - 1] == u'\r'))
            ++next;
        if (next == lineEnd) // a lone '\n' right at lineEnd was not consumed above
            ++next;
        qsizetype s = pos;
        qsizetype e = lineEnd;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (s == e) {
            open = -1;
        } else {
            if (open < 0) {
                open = int(out.blocks.size());
                out.blocks.append(Block {});
            } else {
                const qsizetype prevEnd = out.blocks[open].chunks.last().end;
                out.blocks[open].chunks.append(
                    Chunk {prevEnd, prevEnd, u" "_s, false, false, false});
            }
            out.blocks[open].chunks.append(Chunk {s, e, {}, true, false, false});
            const QStringView line = QStringView(text).mid(s, e - s);
            if (containsImgTag(line))
                addHtmlImages(out, open, line, s);
        }
        pos = next;
    }
    return out;
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

struct Line
{
    qsizetype start; ///< after leading blanks (and quote/emphasis markers in Markdown)
    qsizetype end; ///< before trailing blanks and emphasis markers
};

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

const QRegularExpression &bareImageUrl()
{
    static const QRegularExpression re(
        uR"(^<?(https?://[^\s<>"]+?\.(?:jpe?g|png|gif|webp|tiff?)(?:[?#][^\s<>"]*)?)>?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

void addBareUrlImages(const QString &text, Collected &c, bool markdown)
{
    for (int bi = 0; bi < c.blocks.size(); ++bi) {
        Block &b = c.blocks[bi];
        if (b.kind != BlockKind::Paragraph || b.start < 0)
            continue;
        qsizetype pos = b.start;
        while (pos < b.end) {
            qsizetype lineEnd = pos;
            while (lineEnd < b.end && text[lineEnd] != u'\n' && text[lineEnd] != u'\r')
                ++lineEnd;
            qsizetype s = pos;
            while (s < lineEnd && text[s].isSpace())
                ++s;
            // Cheap test first: most lines do not start like a URL.
            if (s + 8 < lineEnd && (text[s] == u'h' || text[s] == u'H' || text[s] == u'<')) {
                qsizetype e = lineEnd;
                while (e > s && text[e - 1].isSpace())
                    --e;
                const auto m = bareImageUrl().match(QStringView(text).mid(s, e - s));
                const bool insideImage
                    = std::any_of(b.images.cbegin(), b.images.cend(), [&](int i) {
                          return c.images[i].start <= s && s < c.images[i].end;
                      });
                if (m.hasMatch() && !insideImage) {
                    PendingImage p;
                    p.syntax = ImageRef::Syntax::BareUrl;
                    p.url = m.captured(1);
                    p.start = s;
                    p.end = e;
                    p.block = bi;
                    b.images.append(int(c.images.size()));
                    c.images.append(std::move(p));
                }
            }
            pos = lineEnd;
            while (pos < b.end && (text[pos] == u'\n' || text[pos] == u'\r'))
                ++pos;
        }
        std::sort(b.images.begin(), b.images.end(),
                  [&](int x, int y) { return c.images[x].start < c.images[y].start; });
    }
    Q_UNUSED(markdown);
}

qsizetype lineStartOf(const QString &text, qsizetype pos)
{
    while (pos > 0 && text[pos - 1] != u'\n' && text[pos - 1] != u'\r')
        --pos;
    return pos;
}

qsizetype lineEndOf(const QString &text, qsizetype pos)
{
    while (pos < text.size() && text[pos] != u'\n' && text[pos] != u'\r')
        ++pos;
    return pos;
}

bool blankBetween(const QString &text, qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!text[i].isSpace())
            return false;
    }
    return true;
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

bool hasVisibleText(const QString &text, const Chunk &c)
{
    const QStringView s = chunkText(text, c);
    return std::any_of(s.begin(), s.end(), [](QChar ch) { return !ch.isSpace(); });
}

TextRange toRange(const CodePointIndex &index, std::pair<qsizetype, qsizetype> span)
{
    if (span.first < 0)
        return {};
    return index.toCodePoints(span.first, span.second);
}

} // namespace

Article ArticleParser::parse(const QString &text, const QString &format, const QString &articlePath)
{
    Article article;
    article.path = articlePath;
    article.text = text;
    const bool markdown = format == u"markdown"_s;
    article.format = markdown ? u"markdown"_s : u"text"_s;
    article.encoding = u"UTF-8"_s;
    if (text.isEmpty())
        return article;

    Collected c = markdown ? MarkdownCollector(text).run() : collectPlainText(text);

    // Blocks come out of md4c when they close, so a list item's own text follows its nested
    // blocks; put everything in reading order and renumber the images' block links.
    for (Block &b : c.blocks)
        computeRange(text, b, c.images, markdown);
    QList<int> order(c.blocks.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int x, int y) { return c.blocks[x].start < c.blocks[y].start; });
    {
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

    if (markdown) {
        for (int bi = 0; bi < c.blocks.size(); ++bi) {
            Block &b = c.blocks[bi];
            if (b.kind == BlockKind::Html && b.end > b.start) {
                const QStringView fragment = QStringView(text).mid(b.start, b.end - b.start);
                if (containsImgTag(fragment))
                    addHtmlImages(c, bi, fragment, b.start);
            } else if (b.kind != BlockKind::Code) {
                const QList<Chunk> chunks = b.chunks;
                for (const Chunk &ch : chunks) {
                    if (ch.html && ch.verbatim && containsImgTag(chunkText(text, ch)))
                        addHtmlImages(c, bi, chunkText(text, ch), ch.start);
                }
            }
        }
    }
    addBareUrlImages(text, c, markdown);
    for (Block &b : c.blocks) {
        std::sort(b.images.begin(), b.images.end(),
                  [&](int x, int y) { return c.images[x].start < c.images[y].start; });
    }

    const CodePointIndex index(text);
    const QStringView view(text);

    // Title.
    for (Block &b : c.blocks) {
        if (markdown && b.kind != BlockKind::Heading)
            continue;
        if (!markdown) {
            const bool singleLine = b.chunks.size() == 1 && b.images.isEmpty();
            const QStringView line = singleLine ? chunkText(text, b.chunks.first()) : QStringView();
            const bool qualifies = singleLine && c.blocks.size() >= 2
                && line.size() <= kMaxTitleLength && !BylineParser::parse(line)
                && !DateFinder::findDateline(line) && !bareImageUrl().match(line).hasMatch()
                && !QStringView(u".!?。").contains(line.back());
            if (!qualifies)
                break; // only the first block can be a plain-text title
        }
        MappedText title;
        for (const Chunk &ch : std::as_const(b.chunks)) {
            if (!ch.inImage)
                appendChunk(title, text, ch);
        }
        const QString simplified = title.text().simplified();
        if (simplified.isEmpty())
            continue;
        const qsizetype lead = title.text().size() - title.text().trimmed().size() > 0
            ? title.text().indexOf(title.text().trimmed())
            : 0;
        article.title = simplified;
        article.titleRange
            = toRange(index, title.sourceSpan(lead, lead + title.text().trimmed().size()));
        b.isTitle = true;
        break;
    }

    // Date line and byline, near the top.
    int seen = 0;
    for (Block &b : c.blocks) {
        if (seen >= kHeaderBlocks)
            break;
        if (b.kind != BlockKind::Paragraph || b.isTitle || !b.images.isEmpty())
            continue;
        ++seen;
        bool allMeta = true;
        const QList<Line> lines = linesOf(text, b, markdown);
        for (const Line &l : lines) {
            const QStringView line = view.mid(l.start, l.end - l.start);
            bool meta = false;
            if (!article.date.isValid()) {
                if (const auto d = DateFinder::findDateline(line)) {
                    article.date = QDate(d->year, d->month, d->day);
                    article.dateRange = index.toCodePoints(l.start + d->start, l.start + d->end);
                    meta = true;
                }
            }
            if (!meta && article.byline.isEmpty()) {
                if (const auto m = BylineParser::parse(line)) {
                    article.byline.authors = m->authors;
                    article.byline.emails = m->emails;
                    article.byline.organisation = m->organisation;
                    article.byline.range = index.toCodePoints(l.start + m->start, l.start + m->end);
                    meta = line.mid(m->end).trimmed().isEmpty()
                        && line.left(m->start).trimmed().isEmpty();
                }
            }
            allMeta = allMeta && meta;
        }
        b.metaOnly = allMeta && !lines.isEmpty();
    }
    // Korean stories sign off at the end: "홍길동 기자 hong@yna.co.kr".
    if (article.byline.emails.isEmpty()) {
        int tail = 0;
        for (qsizetype bi = c.blocks.size() - 1; bi >= 0 && tail < kSignOffBlocks; --bi) {
            Block &b = c.blocks[bi];
            if (b.kind != BlockKind::Paragraph || b.isTitle || b.metaOnly)
                continue;
            ++tail;
            const QList<Line> lines = linesOf(text, b, markdown);
            if (lines.size() != 1)
                continue;
            const QStringView line
                = view.mid(lines.first().start, lines.first().end - lines.first().start);
            const auto m = BylineParser::parse(line);
            if (!m || m->emails.isEmpty())
                continue;
            const bool sameAuthors = article.byline.authors.isEmpty()
                || article.byline.authors.contains(m->authors.value(0));
            if (!sameAuthors)
                continue;
            if (article.byline.authors.isEmpty()) {
                article.byline.authors = m->authors;
                article.byline.range = index.toCodePoints(lines.first().start + m->start,
                                                          lines.first().start + m->end);
            }
            article.byline.emails.append(m->emails);
            if (article.byline.organisation.isEmpty())
                article.byline.organisation = m->organisation;
            b.metaOnly = true;
            break;
        }
    }

    // Images.
    for (int bi = 0; bi < c.blocks.size(); ++bi) {
        Block &b = c.blocks[bi];
        QList<std::pair<qsizetype, qsizetype>> captionSpans;
        for (int k = 0; k < b.images.size(); ++k) {
            PendingImage &p = c.images[b.images[k]];
            const qsizetype nextStart
                = k + 1 < b.images.size() ? c.images[b.images[k + 1]].start : b.end + 1;
            MappedText caption;
            // Lines right below an image that stands alone on its line.
            const qsizetype lineEnd = lineEndOf(text, p.end);
            if (p.syntax != ImageRef::Syntax::HtmlImg || b.kind != BlockKind::Html) {
                const bool alone = blankBetween(text, lineStartOf(text, p.start), p.start)
                    && blankBetween(text, p.end, lineEnd);
                if (alone && lineEnd < b.end) {
                    caption = textOfChunks(text, b, lineEnd, nextStart);
                    if (caption.text().trimmed().isEmpty())
                        caption = MappedText();
                    else
                        captionSpans.append({lineEnd, nextStart});
                }
            }
            if (caption.text().trimmed().isEmpty())
                caption = p.figcaption;
            if (caption.text().trimmed().isEmpty())
                caption = p.alt;
            if (caption.text().trimmed().isEmpty() && !p.title.trimmed().isEmpty()) {
                caption = MappedText();
                caption.appendMapped(p.title, p.start, p.end);
            }
            // The next paragraph, when this image ends its block and the paragraph reads as a
            // caption (it carries a credit, or it is all emphasis: "*Caption. [AP]*").
            if (caption.text().trimmed().isEmpty() && k + 1 == b.images.size()
                && bi + 1 < c.blocks.size()) {
                Block &next = c.blocks[bi + 1];
                const bool ordinary = next.kind == BlockKind::Paragraph && next.images.isEmpty()
                    && !next.isTitle && !next.metaOnly && next.end > next.start
                    && next.end - next.start <= kMaxNextBlockCaption;
                if (ordinary && blankBetween(text, p.end, lineEndOf(text, p.end))) {
                    const MappedText candidate = textOfChunks(text, next, next.start, next.end + 1);
                    const QStringView raw = view.mid(next.start, next.end - next.start);
                    const bool emphasised = markdown && raw.size() > 2
                        && (raw.front() == u'*' || raw.front() == u'_')
                        && raw.back() == raw.front();
                    if (emphasised || CreditSplitter::split(candidate.text()).hasCredit()) {
                        caption = candidate;
                        next.consumed = true;
                    }
                }
            }

            ImageRef ref;
            ref.syntax = p.syntax;
            ref.url = p.url;
            ref.title = p.title;
            ref.altText = p.alt.text().trimmed();
            ref.sourceRange = index.toCodePoints(p.start, p.end);
            const CreditSplitter::Split split = CreditSplitter::split(caption.text());
            const QStringView captionText = QStringView(caption.text());
            ref.caption = captionText.mid(split.captionStart, split.captionEnd - split.captionStart)
                              .toString()
                              .simplified();
            if (!ref.caption.isEmpty())
                ref.captionRange
                    = toRange(index, caption.sourceSpan(split.captionStart, split.captionEnd));
            if (split.hasCredit()) {
                ref.credit = captionText.mid(split.creditStart, split.creditEnd - split.creditStart)
                                 .toString()
                                 .simplified();
                ref.creditRange
                    = toRange(index, caption.sourceSpan(split.creditStart, split.creditEnd));
            }
            const QStringView captionPart
                = captionText.mid(split.captionStart, split.captionEnd - split.captionStart);
            const DateFinder::UrlDate urlDate = DateFinder::dateFromUrl(p.url);
            for (const DateFinder::Match &m : DateFinder::find(captionPart)) {
                FoundDate d = DateFinder::resolve(m, captionPart, article.date, urlDate);
                d.range = toRange(
                    index,
                    caption.sourceSpan(split.captionStart + m.start, split.captionStart + m.end));
                ref.dates.append(d);
            }
            ref.localPath = ImageResolver::resolve(p.url, articlePath);
            article.images.append(ref);
        }

        // Paragraphs: body blocks only.
        if (b.kind != BlockKind::Paragraph || b.isTitle || b.metaOnly || b.consumed || b.start < 0)
            continue;
        if (!b.images.isEmpty()) {
            const bool onlyImages
                = std::all_of(b.chunks.cbegin(), b.chunks.cend(), [&](const Chunk &ch) {
                      if (ch.inImage || !hasVisibleText(text, ch))
                          return true;
                      const bool inImage
                          = std::any_of(b.images.cbegin(), b.images.cend(), [&](int i) {
                                return c.images[i].start <= ch.start && ch.start < c.images[i].end;
                            });
                      const bool inCaption = std::any_of(
                          captionSpans.cbegin(), captionSpans.cend(), [&](const auto &s) {
                              return s.first <= ch.start && ch.start < s.second;
                          });
                      return inImage || inCaption;
                  });
            if (onlyImages)
                continue;
        }
        article.paragraphs.append(Paragraph {index.toCodePoints(b.start, b.end)});
    }
    return article;
}

} // namespace provena
