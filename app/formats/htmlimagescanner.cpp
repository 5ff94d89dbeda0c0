// SPDX-License-Identifier: MIT
#include "formats/htmlimagescanner_p.h"

#include <gumbo.h>

#include <memory>

namespace provena::detail {
namespace {

struct Scan
{
    const QByteArray &utf8;
    const Utf8OffsetMap &map;
    HtmlScan found;
};

// gumbo reports positions as byte offsets into its input; an empty piece has no data pointer.
qsizetype byteOffsetOf(const Scan &scan, const char *p)
{
    return p ? qsizetype(p - scan.utf8.constData()) : -1;
}

void appendText(const Scan &scan, MappedText &out, const QString &decoded, const char *raw,
                size_t rawLength)
{
    const qsizetype b = byteOffsetOf(scan, raw);
    if (b < 0)
        return;
    const qsizetype start = scan.map.toUtf16(b);
    const qsizetype end = scan.map.toUtf16(b + qsizetype(rawLength));
    if (decoded.size() == end - start
        && QStringView(decoded) == QString::fromUtf8(raw, qsizetype(rawLength)))
        out.appendVerbatim(decoded, start);
    else
        out.appendMapped(decoded, start, end); // entities: the whole value stands for the span
}

/** Records where the walk stopped short: the first element too deep to read. */
void noteTooDeep(Scan &scan, const GumboNode *node)
{
    if (scan.found.tooDeepAt >= 0 || node->type != GUMBO_NODE_ELEMENT)
        return;
    qsizetype b = byteOffsetOf(scan, node->v.element.original_tag.data);
    for (const GumboNode *up = node->parent; b < 0 && up; up = up->parent) {
        if (up->type == GUMBO_NODE_ELEMENT) // a tag gumbo made up: where its parent starts
            b = byteOffsetOf(scan, up->v.element.original_tag.data);
    }
    scan.found.tooDeepAt = scan.map.toUtf16(qMax<qsizetype>(b, 0));
}

void collectText(Scan &scan, const GumboNode *node, MappedText &out, int depth = 0)
{
    if (depth > HtmlImageScanner::kMaxDepth) {
        noteTooDeep(scan, node);
        return;
    }
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE) {
        if (!out.isEmpty() && node->type == GUMBO_NODE_WHITESPACE)
            return;
        const GumboText &t = node->v.text;
        appendText(scan, out, QString::fromUtf8(t.text), t.original_text.data,
                   t.original_text.length);
        return;
    }
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        collectText(scan, static_cast<const GumboNode *>(children.data[i]), out, depth + 1);
}

void addImage(Scan &scan, const GumboNode *node)
{
    const GumboElement &e = node->v.element;
    HtmlImage image;
    const qsizetype tagStart = byteOffsetOf(scan, e.original_tag.data);
    if (tagStart < 0)
        return; // an <img> gumbo made up while fixing the tree, not one in the text
    image.start = scan.map.toUtf16(tagStart);
    image.end = scan.map.toUtf16(tagStart + qsizetype(e.original_tag.length));
    for (unsigned i = 0; i < e.attributes.length; ++i) {
        const auto *a = static_cast<const GumboAttribute *>(e.attributes.data[i]);
        const QLatin1String name(a->name);
        if (name == QLatin1String("src")) {
            image.src = QString::fromUtf8(a->value).trimmed();
        } else if (name == QLatin1String("title")) {
            image.title = QString::fromUtf8(a->value);
        } else if (name == QLatin1String("alt")) {
            const GumboStringPiece &raw = a->original_value;
            const char *data = raw.data;
            size_t length = raw.length;
            if (length >= 2 && (data[0] == '"' || data[0] == '\'') && data[length - 1] == data[0]) {
                ++data;
                length -= 2;
            }
            appendText(scan, image.alt, QString::fromUtf8(a->value), data, length);
        }
    }
    // <figure><img …><figcaption>…</figcaption></figure>
    const GumboNode *parent = node->parent;
    if (parent && parent->type == GUMBO_NODE_ELEMENT && parent->v.element.tag == GUMBO_TAG_FIGURE) {
        const GumboVector &siblings = parent->v.element.children;
        for (unsigned i = 0; i < siblings.length; ++i) {
            const auto *s = static_cast<const GumboNode *>(siblings.data[i]);
            if (s->type == GUMBO_NODE_ELEMENT && s->v.element.tag == GUMBO_TAG_FIGCAPTION) {
                collectText(scan, s, image.figcaption);
                break;
            }
        }
    }
    scan.found.images.append(image);
}

void walk(Scan &scan, const GumboNode *node, int depth)
{
    if (node->type != GUMBO_NODE_ELEMENT)
        return;
    if (depth > HtmlImageScanner::kMaxDepth) {
        noteTooDeep(scan, node);
        return;
    }
    if (node->v.element.tag == GUMBO_TAG_IMG)
        addImage(scan, node);
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i)
        walk(scan, static_cast<const GumboNode *>(children.data[i]), depth + 1);
}

} // namespace

namespace {

/** '<' followed by a letter: every start tag is one, so the count bounds the nesting depth. */
qsizetype countStartTags(QStringView fragment)
{
    qsizetype count = 0;
    for (qsizetype i = 0; i + 1 < fragment.size(); ++i) {
        if (fragment[i] == u'<' && fragment[i + 1].isLetter() && fragment[i + 1].unicode() < 0x80)
            ++count;
    }
    return count;
}

} // namespace

HtmlScan HtmlImageScanner::scan(QStringView fragment)
{
    if (const qsizetype tags = countStartTags(fragment); tags > kMaxStartTags) {
        HtmlScan skipped;
        skipped.skippedStartTags = tags;
        return skipped;
    }
    const QByteArray utf8 = fragment.toUtf8();
    const Utf8OffsetMap map(utf8);
    auto destroy = [](GumboOutput *o) {
        gumbo_destroy_output(&kGumboDefaultOptions, o);
    };
    std::unique_ptr<GumboOutput, decltype(destroy)> output(
        gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size())),
        destroy);
    Scan scan {utf8, map, {}};
    if (output && output->root)
        walk(scan, output->root, 0);
    return std::move(scan.found);
}

} // namespace provena::detail
