// SPDX-License-Identifier: MIT
// Which text is an image's caption, and what it says: credit, dates, who released the photo.
// Body text is never a caption: a line below an image must read as one.
#include "core/model/codepointindex.h"
#include "formats/articleparser_p.h"
#include "formats/creditsplitter.h"
#include "formats/datefinder.h"
#include "formats/releasefinder.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace provena::detail {
namespace {

constexpr qsizetype kMaxNextBlockCaption = 1000;

TextRange toRange(const CodePointIndex &index, std::pair<qsizetype, qsizetype> span)
{
    if (span.first < 0)
        return {};
    return index.toCodePoints(span.first, span.second);
}

bool isEmphasised(QStringView raw, bool markdown)
{
    raw = raw.trimmed();
    return markdown && raw.size() > 2 && (raw.front() == u'*' || raw.front() == u'_')
        && raw.back() == raw.front();
}

bool hasCaptionPrefix(QStringView s)
{
    static const QRegularExpression re(
        uR"(^\s*(?:photo\s*:|photo by\b|picture\s*:|caption\s*:|▲|△|사진\s*[:=]|фото\s*:))"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re.match(s).hasMatch();
}

/** A paragraph below an image reads as its caption when it says so in one of these ways. */
bool readsAsCaption(const MappedText &candidate, QStringView raw, bool markdown)
{
    const QString &t = candidate.text();
    return isEmphasised(raw, markdown) || hasCaptionPrefix(t)
        || CreditSplitter::split(t).hasCredit() || !ReleaseFinder::find(t).isEmpty();
}

/** Alt text or a title that describes the photo, not "photo", "image 2" or a file name. */
bool describesPhoto(QStringView s)
{
    static const QRegularExpression placeholder(
        uR"(^(?:photo|image|picture|img|pic|thumbnail|graphic|illustration|untitled|placeholder|사진|이미지|фото|изображение)[\s_-]*\d*$|^\S+\.(?:jpe?g|png|gif|webp|tiff?|bmp|svg)$|^https?://)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    s = s.trimmed();
    return !s.isEmpty() && !placeholder.match(s).hasMatch();
}

bool canBeCaptionBlock(const Block &b)
{
    return b.kind == BlockKind::Paragraph && b.images.isEmpty() && !b.isTitle && !b.metaOnly
        && !b.consumed && b.end > b.start && b.end - b.start <= kMaxNextBlockCaption;
}

struct Choice
{
    MappedText text;
    ImageRef::CaptionSource source = ImageRef::CaptionSource::None;
};

Choice chooseCaption(const QString &text, Collected &c, int bi, int k, bool markdown)
{
    Block &b = c.blocks[bi];
    const PendingImage &p = c.images[b.images[k]];
    const bool alone = (b.imageOnly || b.kind == BlockKind::Html) && k + 1 == b.images.size();
    Block *next = alone && bi + 1 < c.blocks.size() && canBeCaptionBlock(c.blocks[bi + 1])
        ? &c.blocks[bi + 1]
        : nullptr;
    const auto take = [&](Block &from) {
        from.consumed = true;
        return Choice {textOfChunks(text, from, from.start, from.end + 1),
                       ImageRef::CaptionSource::FollowingLine};
    };

    if (!p.figcaption.text().trimmed().isEmpty())
        return {p.figcaption, ImageRef::CaptionSource::Figcaption};
    // The line right below the image (no blank line between).
    if (next && next->continuesPrevious) {
        const MappedText candidate = textOfChunks(text, *next, next->start, next->end + 1);
        const QStringView raw = QStringView(text).mid(next->start, next->end - next->start);
        // In copied text, where body lines follow each other, a single line set apart from the
        // body by a blank line below it is the caption.
        const bool setApart = c.singleBreakBody && next->endsSourceBlock
            && !std::any_of(next->chunks.cbegin(), next->chunks.cend(),
                            [](const Chunk &ch) { return ch.lineBreak; });
        if (setApart || readsAsCaption(candidate, raw, markdown))
            return take(*next);
    }
    if (describesPhoto(p.alt.text()))
        return {p.alt, ImageRef::CaptionSource::Alt};
    if (describesPhoto(p.title)) {
        MappedText title;
        title.appendMapped(p.title, p.start, p.end);
        return {title, ImageRef::CaptionSource::Title};
    }
    // The next paragraph, after a blank line, when it reads as a caption.
    if (next && !next->continuesPrevious) {
        const MappedText candidate = textOfChunks(text, *next, next->start, next->end + 1);
        const QStringView raw = QStringView(text).mid(next->start, next->end - next->start);
        if (readsAsCaption(candidate, raw, markdown))
            return take(*next);
    }
    return {};
}

} // namespace

void assignCaptions(const QString &text, const CodePointIndex &index, Collected &c, bool markdown,
                    Article &article)
{
    for (int bi = 0; bi < c.blocks.size(); ++bi) {
        for (int k = 0; k < c.blocks[bi].images.size(); ++k) {
            const PendingImage &p = c.images[c.blocks[bi].images[k]];
            const Choice choice = chooseCaption(text, c, bi, k, markdown);
            const MappedText &caption = choice.text;

            ImageRef ref;
            ref.syntax = p.syntax;
            ref.url = p.url;
            ref.title = p.title;
            ref.altText = p.alt.text().trimmed();
            ref.sourceRange = index.toCodePoints(p.start, p.end);
            ref.captionSource = choice.source;
            CreditSplitter::Split split = CreditSplitter::split(caption.text());
            const QStringView captionText(caption.text());
            // Korean captions open with a marker ("▲ 김정은 …"): not part of the caption.
            while (split.captionStart < split.captionEnd
                   && (QStringView(u"▲△■□▶▷◆◇").contains(captionText[split.captionStart])
                       || captionText[split.captionStart].isSpace()))
                ++split.captionStart;
            const QStringView captionPart
                = captionText.mid(split.captionStart, split.captionEnd - split.captionStart);
            ref.caption = captionPart.toString().simplified();
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
            const DateFinder::UrlDate urlDate = DateFinder::dateFromUrl(p.url);
            for (const DateFinder::Match &m : DateFinder::find(captionPart)) {
                FoundDate d = DateFinder::resolve(m, captionPart, article.date, urlDate);
                d.range = toRange(
                    index,
                    caption.sourceSpan(split.captionStart + m.start, split.captionStart + m.end));
                ref.dates.append(d);
            }
            for (const ReleaseFinder::Match &m : ReleaseFinder::find(captionText, ref.credit)) {
                Release r;
                r.role = m.role;
                r.agent = m.agent;
                r.agentAbbreviation = m.abbreviation;
                r.agentRange = toRange(index, caption.sourceSpan(m.agentStart, m.agentEnd));
                r.range = toRange(index, caption.sourceSpan(m.start, m.end));
                if (m.date) {
                    r.date = DateFinder::resolve(*m.date, captionText, article.date, urlDate);
                    r.date.range = toRange(index, caption.sourceSpan(m.date->start, m.date->end));
                }
                ref.releases.append(r);
            }
            article.images.append(ref);
        }
    }
}

} // namespace provena::detail
