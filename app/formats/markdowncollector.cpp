// SPDX-License-Identifier: MIT
// Markdown through md4c: blocks, text chunks with their article positions, and images.
#include "formats/articleparser_p.h"

#include <md4c.h>

using namespace Qt::Literals::StringLiterals;

namespace provena::detail {
namespace {

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
        parser.enter_block = [](MD_BLOCKTYPE t, void *d, void *u) {
            static_cast<MarkdownCollector *>(u)->enterBlock(t, d);
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

    void enterBlock(MD_BLOCKTYPE t, void *detail)
    {
        if (!isTextBlock(t))
            return;
        Block b;
        switch (t) {
        case MD_BLOCK_H:
            b.kind = BlockKind::Heading;
            b.level = int(static_cast<const MD_BLOCK_H_DETAIL *>(detail)->level);
            break;
        case MD_BLOCK_LI:
            b.kind = BlockKind::ListItem;
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
        default: // P
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
            c.lineBreak = true;
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

} // namespace

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

Collected collectMarkdown(const QString &text)
{
    return MarkdownCollector(text).run();
}

} // namespace provena::detail
