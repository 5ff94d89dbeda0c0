// SPDX-License-Identifier: MIT
// Copied web text puts one paragraph on each line with no blank line between; Markdown (and the
// plain-text collector) would join such lines into one block. This stage splits them again,
// keeping hard-wrapped paragraphs joined. The rule is written down in docs/inspect-json.md.
#include "formats/articleparser_p.h"
#include "formats/bylineparser.h"
#include "formats/datefinder.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena::detail {
namespace {

// Nobody hard-wraps wider than this; a longer line is a paragraph of its own.
constexpr qsizetype kMaxWrappedLine = 100;

/** One source line of a block (or several, when an image's text runs over line ends). */
struct Unit
{
    qsizetype lineStart = 0;
    qsizetype lineEnd = 0;
    QList<Chunk> chunks;
    QList<int> images;
    bool imageOnly = false;
};

// A byline or a date line is a line of its own even inside hard-wrapped text.
bool standsAlone(QStringView line)
{
    if (DateFinder::findDateline(line))
        return true;
    const auto m = BylineParser::parse(line);
    return m && line.left(m->start).trimmed().isEmpty() && line.mid(m->end).trimmed().isEmpty();
}

bool endsSentence(QStringView line)
{
    static constexpr QStringView kEnds = u".!?:\"”’')]»。…！？";
    return !line.isEmpty() && kEnds.contains(line.back());
}

// The line as an analyst reads it for the wrap rule: without blanks and closing emphasis.
QStringView visibleLine(const QString &text, const Unit &u, bool markdown)
{
    qsizetype s = u.lineStart;
    qsizetype e = u.lineEnd;
    while (s < e && text[s].isSpace())
        ++s;
    while (e > s
           && (text[e - 1].isSpace() || (markdown && (text[e - 1] == u'*' || text[e - 1] == u'_'))))
        --e;
    return QStringView(text).mid(s, e - s);
}

QList<Unit> unitsOf(const QString &text, const Block &b, const QList<PendingImage> &images)
{
    QList<Unit> units;
    qsizetype pos = b.start;
    while (pos < b.end) {
        Unit u;
        u.lineStart = pos;
        u.lineEnd = qMin(lineEndOf(text, pos), b.end);
        units.append(u);
        pos = u.lineEnd;
        while (pos < b.end && (text[pos] == u'\n' || text[pos] == u'\r'))
            ++pos;
    }
    if (units.isEmpty())
        return units;
    // An image whose text runs over a line end keeps those lines together (b.images is sorted).
    QList<Unit> merged;
    qsizetype reach = -1;
    qsizetype next = 0;
    for (const Unit &u : std::as_const(units)) {
        if (!merged.isEmpty() && u.lineStart < reach)
            merged.last().lineEnd = u.lineEnd;
        else
            merged.append(u);
        while (next < b.images.size() && images[b.images[next]].start < merged.last().lineEnd)
            reach = qMax(reach, images[b.images[next++]].end);
    }
    units = std::move(merged);
    const auto unitOf = [&](qsizetype position) {
        const auto it
            = std::upper_bound(units.cbegin(), units.cend(), position,
                               [](qsizetype p, const Unit &u) { return p < u.lineStart; });
        return it == units.cbegin() ? qsizetype(0) : qsizetype(it - units.cbegin() - 1);
    };
    for (const Chunk &ch : b.chunks) {
        if (!ch.lineBreak)
            units[unitOf(ch.start)].chunks.append(ch);
    }
    for (int i : b.images)
        units[unitOf(images[i].start)].images.append(i);
    for (Unit &u : units) {
        u.imageOnly = !u.images.isEmpty()
            && std::all_of(u.chunks.cbegin(), u.chunks.cend(), [&](const Chunk &ch) {
                   if (ch.inImage)
                       return true;
                   const QStringView s = chunkText(text, ch);
                   if (std::all_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); }))
                       return true;
                   return std::any_of(u.images.cbegin(), u.images.cend(), [&](int i) {
                       return images[i].start <= ch.start && ch.start < images[i].end;
                   });
               });
    }
    units.removeIf([](const Unit &u) { return u.chunks.isEmpty() && u.images.isEmpty(); });
    return units;
}

Block blockOf(const Block &original, const QList<Unit> &units, qsizetype from, qsizetype to)
{
    Block nb;
    nb.kind = original.kind;
    nb.level = original.level;
    for (qsizetype k = from; k < to; ++k) {
        if (k > from) {
            const qsizetype at = nb.chunks.isEmpty() ? units[k].lineStart : nb.chunks.last().end;
            nb.chunks.append(Chunk {at, at, u" "_s, false, false, false, true});
        }
        nb.chunks.append(units[k].chunks);
        nb.images.append(units[k].images);
    }
    nb.imageOnly = to - from == 1 && units[from].imageOnly;
    return nb;
}

} // namespace

void splitLineParagraphs(const QString &text, Collected &c, bool markdown)
{
    QList<Block> out;
    out.reserve(c.blocks.size());
    for (Block &b : c.blocks) {
        const bool splittable
            = (b.kind == BlockKind::Paragraph || b.kind == BlockKind::ListItem) && b.start >= 0;
        const bool multiLine = std::any_of(b.chunks.cbegin(), b.chunks.cend(),
                                           [](const Chunk &ch) { return ch.lineBreak; });
        if (!splittable || (!multiLine && b.images.isEmpty())) {
            out.append(std::move(b));
            continue;
        }
        const QList<Unit> units = unitsOf(text, b, c.images);
        if (units.size() < 2) {
            b.imageOnly = units.size() == 1 && units.first().imageOnly;
            out.append(std::move(b));
            continue;
        }
        // Groups of units that stay one block: each image-only line alone; a run of text lines
        // together when hard-wrapped, else each line alone.
        QList<std::pair<qsizetype, qsizetype>> groups;
        qsizetype k = 0;
        while (k < units.size()) {
            if (units[k].imageOnly) {
                groups.append({k, k + 1});
                ++k;
                continue;
            }
            qsizetype end = k;
            while (end < units.size() && !units[end].imageOnly)
                ++end;
            // A line is full when the next line's first word would not have fitted on it
            // within the run's widest line: where a wrapper breaks. The run is hard-wrapped when
            // a full line stops mid-sentence; then full lines join the next, and a short line
            // (a title, a byline, a paragraph's last line) ends its paragraph.
            QList<bool> alone(end - k, false);
            qsizetype width = 0;
            qsizetype ordinary = 0;
            for (qsizetype i = k; i < end; ++i) {
                const QStringView line = visibleLine(text, units[i], markdown);
                alone[i - k] = standsAlone(line);
                if (!alone[i - k]) {
                    width = qMax(width, line.size());
                    ++ordinary;
                }
            }
            QList<bool> full(end - k, false);
            bool wrapped = false;
            for (qsizetype i = k; i + 1 < end; ++i) {
                if (alone[i - k] || alone[i + 1 - k])
                    continue;
                const QStringView line = visibleLine(text, units[i], markdown);
                const QStringView next = visibleLine(text, units[i + 1], markdown);
                qsizetype word = 0;
                while (word < next.size() && !next[word].isSpace())
                    ++word;
                full[i - k] = line.size() <= kMaxWrappedLine && line.size() + 1 + word > width;
                wrapped = wrapped || (full[i - k] && !endsSentence(line));
            }
            if (ordinary > 1 && !wrapped)
                c.singleBreakBody = true;
            qsizetype from = k;
            for (qsizetype i = k; i < end; ++i) {
                if (i + 1 == end || !wrapped || !full[i - k]) {
                    groups.append({from, i + 1});
                    from = i + 1;
                }
            }
            k = end;
        }
        for (qsizetype g = 0; g < groups.size(); ++g) {
            Block nb = blockOf(b, units, groups[g].first, groups[g].second);
            nb.continuesPrevious = g > 0 || b.continuesPrevious;
            nb.endsSourceBlock = g + 1 == groups.size() && b.endsSourceBlock;
            computeRange(text, nb, c.images, markdown);
            out.append(std::move(nb));
        }
    }
    c.blocks = std::move(out);
    for (int bi = 0; bi < c.blocks.size(); ++bi) {
        for (int i : std::as_const(c.blocks[bi].images))
            c.images[i].block = bi;
    }
}

} // namespace provena::detail
