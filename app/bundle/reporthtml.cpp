// SPDX-License-Identifier: MIT
// The report's HTML page: head, header, the article text with its linked spans, the spans not
// in the text, footer. The image sections are in reporthtmlimage.cpp.
#include "bundle/reporthtml_p.h"

#include "core/document/articledocument.h"

#include <QFileInfo>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace provena::report {

namespace {

// The page asks browsers to load nothing but its own images and to run nothing at all.
const QString kContentSecurityPolicy
    = u"default-src 'none'; img-src 'self' file:; style-src 'unsafe-inline'; base-uri 'none'; "
      "form-action 'none'"_s;

const QString kBrowserStyle = uR"css(
:root { color-scheme: light; }
body { margin: 0 auto; max-width: 62rem; padding: 1.5rem; color: #1b1f24; background: #fff;
  font: 16px/1.55 "Noto Sans", "DejaVu Sans", "Noto Sans CJK KR", sans-serif; }
h1 { font-size: 1.8rem; line-height: 1.25; margin: 0 0 .6rem; }
h2 { font-size: 1.35rem; border-bottom: 2px solid #d0d7de; padding-bottom: .2rem; margin-top: 2.4rem; }
h3 { font-size: 1.12rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; margin-top: 1.2rem; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: 0; }
dl.meta dt { font-weight: 600; color: #3d4650; }
dl.meta dd { margin: 0; }
nav ol { columns: 2; padding-left: 1.2rem; }
.article-text { border-left: 3px solid #e3e7eb; padding-left: 1rem; }
.article-title { font-size: 1.2rem; font-weight: 700; }
.caption, .credit, .byline, .dateline { color: #3d4650; }
.credit, .byline, .dateline { font-size: .92rem; }
.image-ref a { font-size: .92rem; }
blockquote { margin: .5rem 0 .5rem 1.2rem; color: #3d4650; }
pre { white-space: pre-wrap; background: #f6f8fa; padding: .5rem; }
mark.anchor { background: #fff1a8; color: inherit; border-bottom: 2px solid #d4a500; padding: 0 .05em; }
mark.note-only { background: #dcecff; border-bottom-color: #4a7fc1; }
sup.refs { font-size: .7rem; margin-left: .1em; }
sup.refs a, .refs a { text-decoration: none; }
.photo { position: relative; width: 100%; height: 0; overflow: hidden; background: #eef1f4; }
.photo img, .photo svg { position: absolute; top: 0; left: 0; width: 100%; height: 100%; }
.photo img { image-orientation: from-image; object-fit: fill; }
figure { margin: 1rem 0; }
figcaption { margin-top: .4rem; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin: .4rem 0 1rem; }
th, td { border: 1px solid #c8ced4; padding: .3rem .45rem; text-align: left; vertical-align: top; }
th { background: #f0f3f6; }
td ul { margin: 0; padding-left: 1.1rem; }
.swatch { display: inline-block; width: .8em; height: .8em; border: 1px solid #8a939c; margin-right: .3em; vertical-align: -.05em; }
img.crop { max-width: 8rem; max-height: 8rem; display: block; }
ol.timeline { list-style: none; margin: .4rem 0 1rem .4rem; padding-left: 0; border-left: 3px solid #a9b4bf; }
ol.timeline > li { position: relative; padding: 0 0 .8rem 1.1rem; }
ol.timeline > li::before { content: ""; position: absolute; left: -.55rem; top: .45rem; width: .6rem; height: .6rem; border-radius: 50%; background: #fff; border: 2px solid #4a6fa5; }
.when { font-variant-numeric: tabular-nums; color: #3d4650; margin-right: .4rem; }
.verdict { font-size: 1.1rem; }
.muted { color: #59636e; }
.warn { color: #8a3a00; }
footer { margin-top: 3rem; font-size: .85rem; color: #59636e; }
@media print {
  @page { size: A4; margin: 15mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; background: #fff; }
  nav { display: none; }
  section.image { break-before: page; page-break-before: always; }
  figure, tr, li, .photo { break-inside: avoid; page-break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
  mark.anchor, th, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
)css"_s;

// QTextDocument understands a subset of CSS: no grid, no positioning, few selectors.
const QString kRichTextStyle = uR"css(
body { font-size: 10pt; color: #000000; }
h1 { font-size: 18pt; }
h2 { font-size: 14pt; margin-top: 16px; }
h3 { font-size: 12pt; margin-top: 12px; }
h4 { font-size: 10.5pt; margin-top: 10px; }
.article-title { font-size: 12pt; font-weight: bold; }
.caption, .credit, .byline, .dateline, .muted { color: #3d4650; }
.image-heading { page-break-before: always; }
th { background-color: #eef1f4; font-weight: bold; font-size: 8.5pt; }
td { font-size: 8.5pt; }
table { border-collapse: collapse; }
)css"_s;

QString anchorId(const TextAnchor &anchor)
{
    return u"anchor-"_s + anchor.id.toString(QUuid::WithoutBraces);
}

} // namespace

QString reportHtml(const ReportInput &input, const ReportContent &content, Target target,
                   const PdfResources &resources)
{
    return HtmlPage(input, content, target, resources).build();
}

HtmlPage::HtmlPage(const ReportInput &input, const ReportContent &content, Target target,
                   const PdfResources &resources)
    : mInput(input)
    , mContent(content)
    , mTarget(target)
    , mResources(resources)
    , mAgencies(AgencyDirectory::standard())
{
}

QString HtmlPage::build()
{
    mOut.clear();
    head();
    mOut += u"<body>\n"_s;
    header();
    if (forBrowser())
        contents();
    mOut += forBrowser() ? u"<main>\n"_s : QString();
    articleText();
    anchorsOutsideText();
    for (const ImageSection &section : mContent.images)
        imageSection(section);
    mOut += forBrowser() ? u"</main>\n"_s : QString();
    footer();
    mOut += u"</body>\n</html>\n"_s;
    return mOut;
}

QString HtmlPage::styleSheet() const
{
    return forBrowser() ? kBrowserStyle : kRichTextStyle;
}

QString HtmlPage::link(const QString &url, const QString &text) const
{
    const QString target = externalUrl(url);
    if (target.isEmpty())
        return escaped(text);
    return u"<a href=\"%1\" rel=\"noreferrer noopener\">%2</a>"_s.arg(escaped(target),
                                                                      escaped(text));
}

void HtmlPage::head()
{
    // The translation names its own language, so the page's lang follows the words it uses.
    const QString language = ReportWriter::tr("en", "BCP 47 code of this translation");
    mOut += u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n"_s.arg(
        escaped(language));
    if (forBrowser()) {
        mOut += u"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"_s;
        mOut += u"<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n"_s.arg(
            kContentSecurityPolicy);
        mOut += u"<meta name=\"referrer\" content=\"no-referrer\">\n"_s;
        mOut += u"<meta name=\"generator\" content=\"Provena %1\">\n"_s.arg(
            QStringLiteral(PROVENA_VERSION));
    }
    mOut += u"<title>%1</title>\n"_s.arg(
        escaped(ReportWriter::tr("%1 — Provena report").arg(mContent.title)));
    mOut += u"<style>"_s + styleSheet() + u"</style>\n</head>\n"_s;
}

void HtmlPage::header()
{
    const ArticleDocument &document = *mInput.document;
    const Article &article = document.article();
    mOut += forBrowser() ? u"<header>\n"_s : QString();
    mOut += u"<h1>%1</h1>\n"_s.arg(escaped(mContent.title));

    QList<QPair<QString, QString>> rows; // name, HTML
    const auto fileLink = [](const QString &path) {
        const QString url = relativeUrl(path);
        if (url.isEmpty())
            return escaped(path);
        return u"<a href=\"%1\">%2</a>"_s.arg(escaped(url), escaped(path));
    };
    if (!mInput.articleFile.isEmpty())
        rows.append({ReportWriter::tr("Article file"), fileLink(mInput.articleFile)});
    else if (!article.path.isEmpty())
        rows.append(
            {ReportWriter::tr("Article file"), escaped(QFileInfo(article.path).fileName())});
    if (!mInput.sidecarFile.isEmpty())
        rows.append({ReportWriter::tr("Annotations"), fileLink(mInput.sidecarFile)});
    if (!mInput.bundleName.isEmpty())
        rows.append({ReportWriter::tr("Bundle"), escaped(mInput.bundleName)});
    if (mInput.date.isValid())
        rows.append({ReportWriter::tr("Bundle date"), escaped(mInput.date.toString(Qt::ISODate))});
    if (article.date.isValid())
        rows.append(
            {ReportWriter::tr("Article date"), escaped(article.date.toString(Qt::ISODate))});
    QStringList byline = article.byline.authors;
    if (!article.byline.organisation.isEmpty())
        byline.append(article.byline.organisation);
    if (!byline.isEmpty())
        rows.append({ReportWriter::tr("Author(s)"), escaped(byline.join(u", "_s))});
    if (!article.byline.emails.isEmpty())
        rows.append({ReportWriter::tr("Contact"), escaped(article.byline.emails.join(u", "_s))});
    int linked = 0;
    for (const AnchorEntry &entry : mContent.anchors)
        linked += entry.regions.isEmpty() ? 0 : 1;
    rows.append({ReportWriter::tr("Annotations made"),
                 escaped(ReportWriter::tr("%n region(s)", nullptr, int(document.regions().size()))
                         + u", "_s + ReportWriter::tr("%n linked text span(s)", nullptr, linked))});

    if (forBrowser()) {
        mOut += u"<dl class=\"meta\">\n"_s;
        for (const auto &[name, html] : std::as_const(rows))
            mOut += u"<dt>%1</dt><dd>%2</dd>\n"_s.arg(escaped(name), html);
        mOut += u"</dl>\n</header>\n"_s;
    } else {
        mOut += u"<table cellspacing=\"0\" cellpadding=\"2\">\n"_s;
        for (const auto &[name, html] : std::as_const(rows))
            mOut += u"<tr><td><b>%1</b></td><td>%2</td></tr>\n"_s.arg(escaped(name), html);
        mOut += u"</table>\n"_s;
    }
}

void HtmlPage::contents()
{
    mOut += u"<nav aria-label=\"%1\"><ol>\n"_s.arg(escaped(ReportWriter::tr("Contents")));
    mOut += u"<li><a href=\"#article\">%1</a></li>\n"_s.arg(
        escaped(ReportWriter::tr("Article text")));
    if (!mContent.anchorsOutsideText().isEmpty())
        mOut += u"<li><a href=\"#spans-outside-text\">%1</a></li>\n"_s.arg(
            escaped(ReportWriter::tr("Linked spans not in the text")));
    for (const ImageSection &section : mContent.images)
        mOut += u"<li><a href=\"#image-%1\">%2</a></li>\n"_s.arg(section.imageIndex + 1)
                    .arg(escaped(imageTitle(section)));
    mOut += u"</ol></nav>\n"_s;
}

void HtmlPage::articleText()
{
    mOut += forBrowser() ? u"<section id=\"article\">\n"_s : QString();
    mOut += u"<h2>%1</h2>\n"_s.arg(escaped(ReportWriter::tr("Article text")));
    mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(
        escaped(ReportWriter::tr("Highlighted spans are linked to regions; the small numbers "
                                 "after them name the regions (see each image's table).")));
    // The article's own language is not recorded: lang="" says so instead of guessing.
    mOut += forBrowser() ? u"<div class=\"article-text\" lang=\"\">\n"_s : QString();
    for (int b = 0; b < mContent.blocks.size(); ++b)
        block(b);
    if (mContent.blocks.isEmpty())
        mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(
            escaped(ReportWriter::tr("The article has no text to show.")));
    mOut += forBrowser() ? u"</div>\n</section>\n"_s : QString();
}

void HtmlPage::block(int blockIndex)
{
    const TextBlock &textBlock = mContent.blocks.at(blockIndex);
    using Kind = ArticleLayout::BlockKind;
    if (textBlock.kind == Kind::Image) {
        const int number = textBlock.imageIndex + 1;
        const QString text = ReportWriter::tr("[Image %1, shown below]").arg(number);
        if (forBrowser())
            mOut += u"<p class=\"image-ref\"><a href=\"#image-%1\">%2</a></p>\n"_s.arg(number).arg(
                escaped(text));
        else
            mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(escaped(text));
        return;
    }
    QString open;
    QString close;
    switch (textBlock.kind) {
    case Kind::Title:
        open = u"<p class=\"article-title\">"_s;
        close = u"</p>"_s;
        break;
    case Kind::Heading: {
        const int level = std::clamp(textBlock.level + 2, 3, 6);
        open = u"<h%1>"_s.arg(level);
        close = u"</h%1>"_s.arg(level);
        break;
    }
    case Kind::Quote:
        open = u"<blockquote><p>"_s;
        close = u"</p></blockquote>"_s;
        break;
    case Kind::ListItem:
        open = u"<p class=\"list-item\" style=\"margin-left: %1em\">• "_s.arg(
            number(1.2 * std::max(1, textBlock.level)));
        close = u"</p>"_s;
        break;
    case Kind::Caption:
        open = u"<p class=\"caption\">"_s;
        close = u"</p>"_s;
        break;
    case Kind::Credit:
        open = u"<p class=\"credit\">"_s;
        close = u"</p>"_s;
        break;
    case Kind::Byline:
        open = u"<p class=\"byline\">"_s;
        close = u"</p>"_s;
        break;
    case Kind::Dateline:
        open = u"<p class=\"dateline\">"_s;
        close = u"</p>"_s;
        break;
    case Kind::Code:
        open = u"<pre>"_s;
        close = u"</pre>"_s;
        break;
    case Kind::Paragraph:
    case Kind::Image:
        open = u"<p>"_s;
        close = u"</p>"_s;
        break;
    }
    mOut += open;
    for (int p = 0; p < textBlock.pieces.size(); ++p)
        piece(blockIndex, p, textBlock.kind == Kind::Code);
    mOut += close + u'\n';
}

void HtmlPage::piece(int blockIndex, int pieceIndex, bool inCode)
{
    const TextPiece &textPiece = mContent.blocks.at(blockIndex).pieces.at(pieceIndex);
    QString close;
    for (const int a : textPiece.anchors) {
        const AnchorEntry &entry = mContent.anchors.at(a);
        const TextAnchor &anchor = *entry.anchor;
        const bool first = entry.firstBlock == blockIndex && entry.firstPiece == pieceIndex;
        const QString title = anchor.note.trimmed().isEmpty()
            ? QString()
            : u" title=\"%1\""_s.arg(escaped(anchor.note.trimmed()));
        if (forBrowser()) {
            const QString kind = entry.regions.isEmpty() ? u"anchor note-only"_s : u"anchor"_s;
            // The id goes on the first piece only; later pieces of the same span point to it.
            const QString id = first ? u"id=\"%1\""_s.arg(anchorId(anchor))
                                     : u"data-anchor=\"%1\""_s.arg(anchorId(anchor));
            mOut += u"<mark class=\"%1\" %2%3>"_s.arg(kind, id, title);
            close.prepend(u"</mark>"_s);
        } else {
            if (first)
                mOut += u"<a name=\"%1\"></a>"_s.arg(anchorId(anchor));
            mOut += u"<span style=\"background-color: %1\">"_s.arg(
                entry.regions.isEmpty() ? u"#dcecff"_s : u"#fff1a8"_s);
            close.prepend(u"</span>"_s);
        }
    }
    const ArticleLayout::Styles styles = textPiece.styles;
    QString styleClose;
    const auto style = [&](ArticleLayout::Style flag, const QString &tag) {
        if (styles.testFlag(flag)) {
            mOut += u'<' + tag + u'>';
            styleClose.prepend(u"</"_s + tag + u'>');
        }
    };
    const QString href
        = styles.testFlag(ArticleLayout::Link) ? externalUrl(textPiece.href) : QString();
    if (!href.isEmpty()) {
        mOut += u"<a href=\"%1\" rel=\"noreferrer noopener\">"_s.arg(escaped(href));
        styleClose.prepend(u"</a>"_s);
    }
    style(ArticleLayout::Strong, u"strong"_s);
    style(ArticleLayout::Emphasis, u"em"_s);
    style(ArticleLayout::Code, u"code"_s);
    style(ArticleLayout::Strikethrough, u"s"_s);

    QString text = escaped(textPiece.text);
    text.replace(QChar(0x2028), inCode ? u"\n"_s : u"<br>"_s);
    mOut += text + styleClose + close;

    for (const int a : textPiece.anchors) {
        const AnchorEntry &entry = mContent.anchors.at(a);
        if (entry.lastBlock == blockIndex && entry.lastPiece == pieceIndex)
            regionRefs(entry);
    }
}

void HtmlPage::regionRefs(const AnchorEntry &entry)
{
    if (entry.regions.isEmpty())
        return;
    QStringList refs;
    for (const QUuid &id : entry.regions) {
        const QString number = mContent.regionNumbers.value(id);
        if (forBrowser())
            refs.append(u"<a href=\"#region-row-%1\">%2</a>"_s.arg(
                id.toString(QUuid::WithoutBraces), escaped(number)));
        else
            refs.append(escaped(number));
    }
    mOut += u"<sup class=\"refs\">%1</sup>"_s.arg(refs.join(u", "_s));
}

void HtmlPage::anchorsOutsideText()
{
    const QList<int> outside = mContent.anchorsOutsideText();
    if (outside.isEmpty())
        return;
    mOut += forBrowser() ? u"<section id=\"spans-outside-text\">\n"_s : QString();
    mOut += u"<h2>%1</h2>\n"_s.arg(escaped(ReportWriter::tr("Linked spans not in the text")));
    mOut += u"<p class=\"muted\">%1</p>\n<ul>\n"_s.arg(escaped(ReportWriter::tr(
        "These spans could not be placed in the article's text as shown above: the text "
        "changed since they were made (orphaned), or they lie in markup a reader does not "
        "see. They are kept with their last known quote.")));
    for (const int a : outside) {
        const AnchorEntry &entry = mContent.anchors.at(a);
        const TextAnchor &anchor = *entry.anchor;
        QString status = anchorStatusTitle(anchor.status);
        if (status.isEmpty())
            status = ReportWriter::tr("not among the text a reader sees");
        mOut += forBrowser() ? u"<li id=\"%1\">"_s.arg(anchorId(anchor))
                             : u"<li><a name=\"%1\"></a>"_s.arg(anchorId(anchor));
        mOut += u"“%1”"_s.arg(escaped(anchor.exact));
        if (anchor.range.isValid())
            mOut += u" <span class=\"muted\">%1</span>"_s.arg(
                escaped(ReportWriter::tr("(code points %1–%2)")
                            .arg(anchor.range.start)
                            .arg(anchor.range.end)));
        mOut += u" — %1"_s.arg(escaped(status));
        if (!anchor.note.trimmed().isEmpty())
            mOut += u" — %1"_s.arg(escaped(anchor.note.trimmed()));
        regionRefs(entry);
        mOut += u"</li>\n"_s;
    }
    mOut += u"</ul>\n"_s;
    mOut += forBrowser() ? u"</section>\n"_s : QString();
}

void HtmlPage::footer()
{
    const QString sidecar = mInput.sidecarFile.isEmpty()
        ? QFileInfo(mInput.document->sidecarPath()).fileName()
        : mInput.sidecarFile;
    const QString text = sidecar.isEmpty()
        ? ReportWriter::tr("Made with Provena %1.").arg(QStringLiteral(PROVENA_VERSION))
        : ReportWriter::tr("Made with Provena %1 from the annotations in %2.")
              .arg(QStringLiteral(PROVENA_VERSION), sidecar);
    mOut += forBrowser() ? u"<footer><p>%1</p></footer>\n"_s.arg(escaped(text))
                         : u"<p class=\"muted\">%1</p>\n"_s.arg(escaped(text));
}

} // namespace provena::report
