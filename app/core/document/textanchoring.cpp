// SPDX-License-Identifier: MIT
#include "core/document/textanchoring.h"

#include "core/model/codepointindex.h"

#include <QUuid>

namespace provena {

TextAnchor makeTextAnchor(const QString &text, const CodePointIndex &index, const TextRange &range)
{
    TextAnchor anchor;
    anchor.id = QUuid::createUuid();
    anchor.range = range;
    anchor.exact = index.slice(text, range);
    anchor.prefix
        = index.slice(text, {qMax<qint64>(0, range.start - kAnchorContextLength), range.start});
    anchor.suffix = index.slice(
        text, {range.end, qMin(index.codePointCount(), range.end + kAnchorContextLength)});
    return anchor;
}

namespace {

// Punctuation that a selection's edge carries with it but a name or phrase does not.
bool isEdgePunctuation(QChar c)
{
    switch (c.category()) {
    case QChar::Punctuation_Open:
    case QChar::Punctuation_Close:
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Other: // . , ; : ! ? " ' …
    case QChar::Punctuation_Dash:
        return true;
    default:
        return false;
    }
}

// The closing partner of an opening bracket or quote, or a null QChar.
QChar closerFor(QChar open)
{
    static constexpr QStringView kOpen = u"([{“‘«「『\"'";
    static constexpr QStringView kClose = u")]}”’»」』\"'";
    const qsizetype i = kOpen.indexOf(open);
    return i < 0 ? QChar() : kClose[i];
}

QChar openerFor(QChar close)
{
    static constexpr QStringView kOpen = u"([{“‘«「『\"'";
    static constexpr QStringView kClose = u")]}”’»」』\"'";
    const qsizetype i = kClose.indexOf(close);
    return i < 0 ? QChar() : kOpen[i];
}

} // namespace

TextRange trimLinkRange(const QString &text, const CodePointIndex &index, const TextRange &range)
{
    if (!range.isValid())
        return range;
    qsizetype s = index.toUtf16(range.start);
    qsizetype e = index.toUtf16(range.end);
    const auto inside = [&](qsizetype from, qsizetype to) {
        return QStringView(text).mid(from, to - from);
    };
    bool changed = true;
    while (changed) {
        changed = false;
        while (s < e && text[s].isSpace())
            ++s;
        while (e > s && text[e - 1].isSpace())
            --e;
        if (e - s < 2 && !(e > s && isEdgePunctuation(text[s])))
            break;
        // A pair around the whole selection: “Vera Lind”, (KCNA).
        if (e - s >= 2 && !closerFor(text[s]).isNull() && text[e - 1] == closerFor(text[s])) {
            ++s;
            --e;
            changed = true;
            continue;
        }
        if (s < e && isEdgePunctuation(text[s])) {
            const QChar close = closerFor(text[s]);
            if (close.isNull() || !inside(s + 1, e).contains(close)) {
                ++s;
                changed = true;
            }
        }
        if (e > s && isEdgePunctuation(text[e - 1])) {
            const QChar last = text[e - 1];
            bool keep = false;
            if (last == u'.') {
                // "U.S." and "J.": the full stop belongs to the abbreviation.
                qsizetype w = e - 1;
                while (w > s && !text[w - 1].isSpace())
                    --w;
                const QStringView word = inside(w, e - 1);
                keep = word.contains(u'.') || (word.size() == 1 && word[0].isUpper());
            } else if (const QChar open = openerFor(last); !open.isNull()) {
                // A closing bracket or quote whose opening one is inside: "Agency (KCNA)".
                keep = open == last ? inside(s, e - 1).count(last) % 2 == 1
                                    : inside(s, e - 1).contains(open);
            }
            if (!keep) {
                --e;
                changed = true;
            }
        }
    }
    if (e <= s)
        return {range.start, range.start};
    return index.toCodePoints(s, e);
}

TextRange findOccurrence(const QString &text, const CodePointIndex &index, const QString &quote,
                         int occurrence)
{
    if (quote.isEmpty() || occurrence < 1)
        return {};
    qsizetype from = 0;
    for (int n = 1;; ++n) {
        const qsizetype at = text.indexOf(quote, from);
        if (at < 0)
            return {};
        if (n == occurrence)
            return index.toCodePoints(at, at + quote.size());
        from = at + 1;
    }
}

} // namespace provena
