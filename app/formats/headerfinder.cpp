// SPDX-License-Identifier: MIT
// The article's own data around its body: title, sub-headings, date line and byline.
#include "core/model/codepointindex.h"
#include "formats/articleparser_p.h"
#include "formats/bylineparser.h"
#include "formats/datefinder.h"

using namespace Qt::Literals::StringLiterals;

namespace provena::detail {
namespace {

// Only the first blocks can hold the byline and the date line; looking further finds quotes.
constexpr int kHeaderBlocks = 10;
// A byline at the end stands in the last few blocks (a sign-off, "BY NAME [email]").
constexpr int kSignOffBlocks = 5;
constexpr qsizetype kMaxTitleLength = 200;

bool isBodyCandidate(const Block &b)
{
    return b.kind == BlockKind::Paragraph && !b.isTitle && b.images.isEmpty();
}

/** The visible text of a heading or title block, trimmed, with its source span. */
std::pair<QString, TextRange> headingText(const QString &text, const CodePointIndex &index,
                                          const Block &b)
{
    MappedText t;
    for (const Chunk &ch : b.chunks) {
        if (!ch.inImage)
            appendChunk(t, text, ch);
    }
    const QString trimmed = t.text().trimmed();
    if (trimmed.isEmpty())
        return {};
    const qsizetype lead = t.text().indexOf(trimmed);
    const auto span = t.sourceSpan(lead, lead + trimmed.size());
    return {trimmed.simplified(),
            span.first < 0 ? TextRange {} : index.toCodePoints(span.first, span.second)};
}

// A plain first line that reads as a title: alone in its block, short, not a sentence, and not a
// byline, a date or an image.
bool plainTitle(const QString &text, const Collected &c, const Block &b)
{
    if (c.blocks.size() < 2 || b.kind != BlockKind::Paragraph || !b.images.isEmpty()
        || b.chunks.size() != 1)
        return false;
    const QStringView line = chunkText(text, b.chunks.first()).trimmed();
    return !line.isEmpty() && line.size() <= kMaxTitleLength && !BylineParser::parse(line)
        && !DateFinder::findDateline(line) && !isBareImageUrl(line)
        && !QStringView(u".!?。").contains(line.back());
}

void setByline(Byline &byline, const BylineParser::Match &m, const CodePointIndex &index,
               qsizetype lineStart)
{
    byline.authors = m.authors;
    byline.emails = m.emails;
    byline.organisation = m.organisation;
    byline.range = index.toCodePoints(lineStart + m.start, lineStart + m.end);
}

} // namespace

void findHeader(const QString &text, const CodePointIndex &index, Collected &c, bool markdown,
                Article &article)
{
    const QStringView view(text);

    // Title: the first heading; without headings, a plain first line that reads as one.
    bool haveTitle = false;
    for (Block &b : c.blocks) {
        if (b.kind != BlockKind::Heading)
            continue;
        auto [title, range] = headingText(text, index, b);
        if (title.isEmpty())
            continue;
        if (!haveTitle) {
            article.title = title;
            article.titleRange = range;
            b.isTitle = haveTitle = true;
        } else {
            article.headings.append(Heading {qBound(1, b.level, 6), range});
        }
    }
    if (!haveTitle && !c.blocks.isEmpty() && plainTitle(text, c, c.blocks.first())) {
        Block &b = c.blocks.first();
        auto [title, range] = headingText(text, index, b);
        article.title = title;
        article.titleRange = range;
        b.isTitle = true;
    }

    // Date line and byline, near the top.
    int seen = 0;
    for (Block &b : c.blocks) {
        if (seen >= kHeaderBlocks)
            break;
        if (!isBodyCandidate(b))
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
                    setByline(article.byline, *m, index, l.start);
                    meta = line.mid(m->end).trimmed().isEmpty()
                        && line.left(m->start).trimmed().isEmpty();
                }
            }
            allMeta = allMeta && meta;
        }
        b.metaOnly = allMeta && !lines.isEmpty();
    }

    // A byline on the last lines ("BY NAME [email]", a Korean sign-off "홍길동 기자 hong@…"): the
    // byline when none stood at the top, else it adds the e-mail of the same author. Either way
    // it is not body text.
    int tail = 0;
    for (qsizetype bi = c.blocks.size() - 1; bi >= 0 && tail < kSignOffBlocks; --bi) {
        Block &b = c.blocks[bi];
        if (!isBodyCandidate(b) || b.metaOnly || b.consumed)
            continue;
        ++tail;
        const QList<Line> lines = linesOf(text, b, markdown);
        if (lines.size() != 1)
            continue;
        const Line l = lines.first();
        const QStringView line = view.mid(l.start, l.end - l.start);
        const auto m = BylineParser::parse(line);
        if (!m || !line.left(m->start).trimmed().isEmpty() || !line.mid(m->end).trimmed().isEmpty())
            continue;
        Byline &byline = article.byline;
        if (byline.isEmpty()) {
            setByline(byline, *m, index, l.start);
        } else {
            const bool sameAuthor = byline.authors.isEmpty() || m->authors.isEmpty()
                || byline.authors.contains(m->authors.first());
            if (!sameAuthor)
                continue;
            if (byline.authors.isEmpty()) {
                byline.authors = m->authors;
                byline.range = index.toCodePoints(l.start + m->start, l.start + m->end);
            }
            for (const QString &e : m->emails) {
                if (!byline.emails.contains(e))
                    byline.emails.append(e);
            }
            if (byline.organisation.isEmpty())
                byline.organisation = m->organisation;
        }
        b.metaOnly = true;
        break;
    }
}

} // namespace provena::detail
