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
