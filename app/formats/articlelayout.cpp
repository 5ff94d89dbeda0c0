// SPDX-License-Identifier: MIT
#include "formats/articlelayout.h"

#include "core/model/codepointindex.h"
#include "formats/articleparser_p.h"
#include "formats/sourcemap_p.h"

#include <md4c.h>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena {
namespace {

using detail::decodeEntity;
using detail::Utf8OffsetMap;
using Styles = ArticleLayout::Styles;
using Kind = ArticleLayout::BlockKind;

constexpr QChar kLineSeparator(0x2028);

/** Text md4c reported, with where it stands in the article (UTF-16 indexes). */
struct Chunk
{
    enum class Break { None, Soft, Hard, CodeLine };

    qsizetype start = 0;
    qsizetype end = 0;
    QString text; ///< only when not verbatim
    bool verbatim = true;
    Break lineBreak = Break::None;
    Styles styles;
    QString href;
    int quoteDepth = 0;
    int listDepth = 0;
    bool inCodeBlock = false;
};

/** Every piece of text md4c reports for the article, with its inline styles and context. */
class InlineCollector
{
public:
    explicit InlineCollector(const QString &text)
        : mText(text)
        , mUtf8(text.toUtf8())
        , mMap(mUtf8)
    {
    }

    QList<Chunk> run()
    {
        MD_PARSER parser {};
        parser.abi_version = 0;
        // The parser's flags: a bare URL or "[jane@paper.example]" stays text as written.
        parser.flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
        parser.enter_block = [](MD_BLOCKTYPE t, void *, void *u) {
            static_cast<InlineCollector *>(u)->block(t, +1);
            return 0;
        };
        parser.leave_block = [](MD_BLOCKTYPE t, void *, void *u) {
            static_cast<InlineCollector *>(u)->block(t, -1);
            return 0;
        };
        parser.enter_span = [](MD_SPANTYPE t, void *d, void *u) {
            static_cast<InlineCollector *>(u)->span(t, d, +1);
            return 0;
        };
        parser.leave_span = [](MD_SPANTYPE t, void *, void *u) {
            static_cast<InlineCollector *>(u)->span(t, nullptr, -1);
            return 0;
        };
        parser.text = [](MD_TEXTTYPE t, const MD_CHAR *p, MD_SIZE n, void *u) {
            static_cast<InlineCollector *>(u)->addText(t, p, n);
            return 0;
        };
        md_parse(mUtf8.constData(), MD_SIZE(mUtf8.size()), &parser, this);
        spanBreaks();
        return std::move(mChunks);
    }

private:
    void block(MD_BLOCKTYPE t, int delta)
    {
        switch (t) {
        case MD_BLOCK_QUOTE:
            mQuote += delta;
            break;
        case MD_BLOCK_UL:
        case MD_BLOCK_OL:
            mList += delta;
            break;
        case MD_BLOCK_CODE:
            mCodeBlock += delta;
            break;
        case MD_BLOCK_HTML:
            mHtmlBlock += delta;
            break;
        default:
            break;
        }
    }

    QString attribute(const MD_ATTRIBUTE &a) const
    {
        QString out;
        if (!a.text || a.size == 0)
            return out;
        for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
            const MD_OFFSET from = a.substr_offsets[i];
            const QString piece
                = QString::fromUtf8(a.text + from, qsizetype(a.substr_offsets[i + 1] - from));
            out += a.substr_types[i] == MD_TEXT_ENTITY ? decodeEntity(piece) : piece;
        }
        return out;
    }

    void span(MD_SPANTYPE t, void *detail, int delta)
    {
        switch (t) {
        case MD_SPAN_EM:
            mEm += delta;
            break;
        case MD_SPAN_STRONG:
            mStrong += delta;
            break;
        case MD_SPAN_CODE:
            mCodeSpan += delta;
            break;
        case MD_SPAN_DEL:
            mDel += delta;
            break;
        case MD_SPAN_IMG:
            mImage += delta;
            break;
        case MD_SPAN_A:
            if (delta > 0)
                mHrefs.append(attribute(static_cast<const MD_SPAN_A_DETAIL *>(detail)->href));
            else if (!mHrefs.isEmpty())
                mHrefs.removeLast();
            break;
        default:
            break;
        }
    }

    void addText(MD_TEXTTYPE t, const MD_CHAR *p, MD_SIZE size)
    {
        const char *base = mUtf8.constData();
        const bool inBuffer = p >= base && p + size <= base + mUtf8.size();
        Chunk c;
        c.start = c.end = mCursor;
        if (inBuffer) {
            c.start = mMap.toUtf16(p - base);
            c.end = mMap.toUtf16(p - base + size);
        }
        // Image alt text is shown as the caption under the image; raw HTML not at all.
        if (mImage > 0 || mHtmlBlock > 0 || t == MD_TEXT_HTML) {
            mCursor = qMax(mCursor, c.end);
            return;
        }
        switch (t) {
        case MD_TEXT_SOFTBR:
            c.verbatim = false;
            c.lineBreak = Chunk::Break::Soft;
            c.text = u" "_s;
            c.start = c.end = mCursor;
            break;
        case MD_TEXT_BR:
            c.verbatim = false;
            c.lineBreak = Chunk::Break::Hard;
            c.text = QString(kLineSeparator);
            c.start = c.end = mCursor;
            break;
        case MD_TEXT_NULLCHAR:
            c.verbatim = false;
            c.text = QString(QChar(0xFFFD));
            break;
        case MD_TEXT_ENTITY:
            c.verbatim = false;
            c.text = decodeEntity(QString::fromUtf8(p, qsizetype(size)));
            break;
        default:
            if (!inBuffer) {
                c.verbatim = false;
                const QString padding = QString::fromUtf8(p, qsizetype(size));
                if (mCodeBlock > 0 && padding == u"\n"_s) {
                    c.lineBreak = Chunk::Break::CodeLine;
                    c.text = QString(kLineSeparator);
                } else {
                    c.text = padding; // md4c's own (tab expansion, a line end in a code span)
                }
            }
            break;
        }
        c.styles = {};
        if (mEm > 0)
            c.styles |= ArticleLayout::Emphasis;
        if (mStrong > 0)
            c.styles |= ArticleLayout::Strong;
        if (mCodeSpan > 0)
            c.styles |= ArticleLayout::Code;
        if (mDel > 0)
            c.styles |= ArticleLayout::Strikethrough;
        if (!mHrefs.isEmpty()) {
            c.styles |= ArticleLayout::Link;
            c.href = mHrefs.last();
        }
        c.quoteDepth = mQuote;
        c.listDepth = mList;
        c.inCodeBlock = mCodeBlock > 0;
        mCursor = qMax(mCursor, c.end);
        mChunks.append(std::move(c));
    }

    /** A line break stands for the line end after it (and what precedes it on its line). */
    void spanBreaks()
    {
        for (qsizetype i = 0; i < mChunks.size(); ++i) {
            Chunk &c = mChunks[i];
            if (c.lineBreak == Chunk::Break::None)
                continue;
            qsizetype e = c.start;
            while (e < mText.size() && mText[e] != u'\n' && mText[e] != u'\r')
                ++e;
            if (e < mText.size() && mText[e] == u'\r')
                ++e;
            if (e < mText.size() && mText[e] == u'\n')
                ++e;
            if (i + 1 < mChunks.size() && mChunks[i + 1].start >= c.start)
                e = qMin(e, mChunks[i + 1].start);
            c.end = e;
        }
    }

    const QString &mText;
    const QByteArray mUtf8;
    const Utf8OffsetMap mMap;
    QList<Chunk> mChunks;
    QStringList mHrefs;
    qsizetype mCursor = 0;
    int mQuote = 0;
    int mList = 0;
    int mCodeBlock = 0;
    int mHtmlBlock = 0;
    int mEm = 0;
    int mStrong = 0;
    int mCodeSpan = 0;
    int mDel = 0;
    int mImage = 0;
};

class Builder
{
public:
    explicit Builder(const Article &article)
        : mText(article.text)
        , mIndex(article.text)
    {
        if (article.format == u"markdown"_s)
            mChunks = InlineCollector(mText).run();
        mMarkdown = article.format == u"markdown"_s;
    }

    qsizetype utf16(qint64 codePoint) const { return mIndex.toUtf16(codePoint); }

    /** The text of the source span [s, e) line by line; line ends become mapped spaces. */
    QList<ArticleLayout::Run> verbatimLines(qsizetype s, qsizetype e) const
    {
        QList<ArticleLayout::Run> runs;
        qsizetype pos = s;
        while (pos < e) {
            qsizetype lineEnd = pos;
            while (lineEnd < e && mText[lineEnd] != u'\n' && mText[lineEnd] != u'\r')
                ++lineEnd;
            if (lineEnd > pos) {
                if (!runs.isEmpty() && !runs.last().verbatim) // the break before this line
                    runs.last().source.end = mIndex.toCodePoint(pos);
                runs.append({mText.mid(pos, lineEnd - pos),
                             mIndex.toCodePoints(pos, lineEnd),
                             true,
                             {},
                             {}});
            }
            pos = lineEnd;
            while (pos < e && (mText[pos] == u'\n' || mText[pos] == u'\r'))
                ++pos;
            if (pos < e && !runs.isEmpty() && runs.last().verbatim)
                runs.append({u" "_s, mIndex.toCodePoints(lineEnd, pos), false, {}, {}});
        }
        return runs;
    }

    /** The Markdown text md4c reported inside [s, e); `first` is the first chunk taken. */
    QList<ArticleLayout::Run> markdownRuns(qsizetype s, qsizetype e, const Chunk **first) const
    {
        QList<ArticleLayout::Run> runs;
        *first = nullptr;
        auto it = std::lower_bound(mChunks.cbegin(), mChunks.cend(), s,
                                   [](const Chunk &c, qsizetype pos) { return c.start < pos; });
        for (; it != mChunks.cend() && it->start < e; ++it) {
            const Chunk &c = *it;
            if (c.lineBreak != Chunk::Break::None && runs.isEmpty())
                continue; // a break before the block's first line
            if (!*first)
                *first = &c;
            if (c.verbatim) {
                const qsizetype end = qMin(c.end, e);
                if (!runs.isEmpty()) {
                    ArticleLayout::Run &last = runs.last();
                    if (last.verbatim && last.styles == c.styles && last.href == c.href
                        && last.source.end == mIndex.toCodePoint(c.start)) {
                        last.text += QStringView(mText).mid(c.start, end - c.start);
                        last.source.end = mIndex.toCodePoint(end);
                        continue;
                    }
                }
                runs.append({mText.mid(c.start, end - c.start), mIndex.toCodePoints(c.start, end),
                             true, c.styles, c.href});
            } else {
                runs.append({c.text, mIndex.toCodePoints(c.start, qMin(c.end, qMax(e, c.start))),
                             false, c.styles, c.href});
            }
        }
        while (!runs.isEmpty() && !runs.last().verbatim && runs.last().text.trimmed().isEmpty())
            runs.removeLast(); // breaks after the last line
        return runs;
    }

    ArticleLayout::Block textBlock(Kind kind, int level, const TextRange &range) const
    {
        ArticleLayout::Block b;
        b.kind = kind;
        b.level = level;
        b.source = range;
        const qsizetype s = utf16(range.start);
        const qsizetype e = utf16(range.end);
        if (mMarkdown && kind != Kind::Caption && kind != Kind::Credit) {
            const Chunk *first = nullptr;
            b.runs = markdownRuns(s, e, &first);
            if (first && kind == Kind::Paragraph) {
                if (first->inCodeBlock) {
                    b.kind = Kind::Code;
                } else if (first->quoteDepth > 0) {
                    b.kind = Kind::Quote;
                } else if (first->listDepth > 0) {
                    b.kind = Kind::ListItem;
                    b.level = first->listDepth;
                }
            }
            if (!b.runs.isEmpty())
                return b;
        }
        b.runs = verbatimLines(s, e); // plain text, captions, or text md4c did not report
        return b;
    }

private:
    const QString &mText;
    CodePointIndex mIndex;
    QList<Chunk> mChunks;
    bool mMarkdown = false;
};

struct Item
{
    Kind kind;
    int level = 0;
    int image = -1;
    TextRange range; ///< what the item covers in the article
};

} // namespace

QString ArticleLayout::Block::text() const
{
    QString out;
    for (const Run &r : runs)
        out += r.text;
    return out;
}

QList<ArticleLayout::Block> ArticleLayout::build(const Article &article)
{
    QList<Item> items;
    auto add = [&items](Kind kind, const TextRange &range, int level = 0, int image = -1) {
        if (range.isValid() && (range.length() > 0 || kind == Kind::Image))
            items.append({kind, level, image, range});
    };
    add(Kind::Title, article.titleRange, 1);
    for (const Heading &h : article.headings)
        add(Kind::Heading, h.range, h.level);
    for (const Paragraph &p : article.paragraphs)
        add(Kind::Paragraph, p.range);
    add(Kind::Byline, article.byline.range);
    add(Kind::Dateline, article.dateRange);
    for (int i = 0; i < article.images.size(); ++i) {
        // An image covers its reference and its caption and credit, wherever they stand.
        const ImageRef &ref = article.images.at(i);
        TextRange span = ref.sourceRange;
        for (const TextRange &r : {ref.captionRange, ref.creditRange}) {
            if (!r.isValid())
                continue;
            span
                = span.isValid() ? TextRange {qMin(span.start, r.start), qMax(span.end, r.end)} : r;
        }
        if (span.isValid())
            add(Kind::Image, span, 0, i);
    }
    // Reading order; a container before what it contains.
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) {
        return a.range.start != b.range.start ? a.range.start < b.range.start
                                              : a.range.end > b.range.end;
    });

    const Builder builder(article);
    QList<Block> blocks;
    QList<TextRange> shown; // text items already shown: what lies inside them is not repeated
    for (const Item &item : std::as_const(items)) {
        if (item.kind == Kind::Image) {
            const ImageRef &ref = article.images.at(item.image);
            Block image;
            image.kind = Kind::Image;
            image.imageIndex = item.image;
            image.source = ref.sourceRange.isValid() ? ref.sourceRange : item.range;
            blocks.append(image);
            for (const auto &[kind, range] : {std::pair {Kind::Caption, ref.captionRange},
                                              std::pair {Kind::Credit, ref.creditRange}}) {
                if (!range.isValid() || range.length() == 0)
                    continue;
                Block b = builder.textBlock(kind, 0, range);
                b.imageIndex = item.image;
                if (!b.runs.isEmpty())
                    blocks.append(std::move(b));
            }
            shown.append(item.range);
            continue;
        }
        const bool inside = std::any_of(shown.cbegin(), shown.cend(), [&](const TextRange &r) {
            return r.start <= item.range.start && item.range.end <= r.end;
        });
        if (inside)
            continue; // e.g. a date inside the byline line, a caption taken from a paragraph
        Block b = builder.textBlock(item.kind, item.level, item.range);
        if (b.runs.isEmpty())
            continue;
        shown.append(item.range);
        blocks.append(std::move(b));
    }
    return blocks;
}

} // namespace provena
