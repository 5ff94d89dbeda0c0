// SPDX-License-Identifier: MIT
// Plain text: blocks at blank lines, <img> tags found with gumbo.
#include "formats/articleparser_p.h"

using namespace Qt::Literals::StringLiterals;

namespace provena::detail {

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
                    Chunk {prevEnd, prevEnd, u" "_s, false, false, false, true});
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

} // namespace provena::detail
