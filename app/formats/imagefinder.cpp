// SPDX-License-Identifier: MIT
// Images besides Markdown's own: HTML <img> (through gumbo) and bare image URLs on their own line.
#include "formats/articleparser_p.h"
#include "formats/htmlimagescanner_p.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena::detail {

bool containsImgTag(QStringView s)
{
    return s.contains(u"<img"_s, Qt::CaseInsensitive);
}

void addHtmlImages(Collected &out, int blockIndex, QStringView fragment, qsizetype offset)
{
    HtmlScan scan = HtmlImageScanner::scan(fragment);
    if (scan.tooDeepAt >= 0)
        out.htmlTooDeep.append(scan.tooDeepAt + offset);
    if (scan.skippedStartTags > 0)
        out.htmlNotParsed.append({offset, scan.skippedStartTags});
    for (HtmlImage &h : scan.images) {
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

namespace {

const QRegularExpression &bareImageUrl()
{
    static const QRegularExpression re(
        uR"(^<?(https?://[^\s<>"]+?\.(?:jpe?g|png|gif|webp|tiff?)(?:[?#][^\s<>"]*)?)>?$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace

bool isBareImageUrl(QStringView line)
{
    return bareImageUrl().match(line).hasMatch();
}

void findHtmlImages(const QString &text, Collected &c)
{
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

void findBareUrlImages(const QString &text, Collected &c)
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
}

} // namespace provena::detail
