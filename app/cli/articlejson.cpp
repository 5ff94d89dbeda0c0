// SPDX-License-Identifier: MIT
#include "cli/articlejson.h"

#include "core/model/codepointindex.h"
#include "formats/datefinder.h"
#include "formats/releasefinder.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::Literals::StringLiterals;

namespace provena::cli {
namespace {

QJsonValue rangeJson(const TextRange &range)
{
    if (!range.isValid())
        return QJsonValue::Null;
    return QJsonObject {{u"start"_s, range.start}, {u"end"_s, range.end}};
}

QJsonValue stringOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonValue dateJson(const QDate &date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QString syntaxName(ImageRef::Syntax syntax)
{
    switch (syntax) {
    case ImageRef::Syntax::MarkdownInline:
        return u"markdown-inline"_s;
    case ImageRef::Syntax::MarkdownReference:
        return u"markdown-reference"_s;
    case ImageRef::Syntax::HtmlImg:
        return u"html-img"_s;
    case ImageRef::Syntax::BareUrl:
        return u"bare-url"_s;
    }
    return u"unknown"_s;
}

QString captionSourceName(ImageRef::CaptionSource source)
{
    switch (source) {
    case ImageRef::CaptionSource::None:
        break;
    case ImageRef::CaptionSource::Figcaption:
        return u"figcaption"_s;
    case ImageRef::CaptionSource::FollowingLine:
        return u"following-line"_s;
    case ImageRef::CaptionSource::Alt:
        return u"alt"_s;
    case ImageRef::CaptionSource::Title:
        return u"title"_s;
    }
    return {};
}

QString locationName(ImageRef::Location location)
{
    switch (location) {
    case ImageRef::Location::NotFound:
        return u"not-found"_s;
    case ImageRef::Location::Local:
        return u"local"_s;
    case ImageRef::Location::OutsideFolder:
        return u"outside"_s;
    }
    return u"unknown"_s;
}

QString escapeName(ImageRef::Escape escape)
{
    switch (escape) {
    case ImageRef::Escape::None:
        break;
    case ImageRef::Escape::ParentSegment:
        return u"parent-segment"_s;
    case ImageRef::Escape::AbsolutePath:
        return u"absolute-path"_s;
    case ImageRef::Escape::FileUrl:
        return u"file-url"_s;
    case ImageRef::Escape::EncodedSeparator:
        return u"encoded-separator"_s;
    case ImageRef::Escape::Symlink:
        return u"symlink"_s;
    }
    return {};
}

QJsonValue outsideJson(const ImageRef &image)
{
    if (image.location != ImageRef::Location::OutsideFolder)
        return QJsonValue::Null;
    return QJsonObject {{u"path"_s, image.outsidePath},
                        {u"via"_s, escapeName(image.escape)},
                        {u"read"_s, !image.localPath.isEmpty()}};
}

QJsonObject foundDateJson(const FoundDate &d)
{
    return QJsonObject {{u"date"_s, dateJson(d.date)},
                        {u"text"_s, d.text},
                        {u"range"_s, rangeJson(d.range)},
                        {u"yearSource"_s, DateFinder::yearSourceName(d.yearSource)}};
}

QJsonArray releasesJson(const QList<Release> &releases)
{
    QJsonArray out;
    for (const Release &r : releases) {
        out.append(QJsonObject {
            {u"agent"_s, r.agent},
            {u"agentAbbreviation"_s, stringOrNull(r.agentAbbreviation)},
            {u"agentRange"_s, rangeJson(r.agentRange)},
            {u"role"_s, ReleaseFinder::roleName(r.role)},
            {u"date"_s,
             r.date.text.isEmpty() ? QJsonValue(QJsonValue::Null) : foundDateJson(r.date)},
            {u"range"_s, rangeJson(r.range)},
        });
    }
    return out;
}

/** The context of the summary's texts for translators. */
class InspectSummary
{
    Q_DECLARE_TR_FUNCTIONS(InspectSummary)
};

} // namespace

QJsonObject articleToJson(const Article &article)
{
    const CodePointIndex index(article.text);

    QJsonObject head {
        {u"path"_s, article.path},
        {u"encoding"_s, article.encoding},
        {u"hadBom"_s, article.hadBom},
        {u"format"_s, article.format},
        {u"detectedFrom"_s, stringOrNull(article.formatDetectedFrom)},
        {u"length"_s, index.codePointCount()},
        {u"title"_s, stringOrNull(article.title)},
        {u"titleRange"_s, rangeJson(article.titleRange)},
        {u"date"_s, dateJson(article.date)},
        {u"dateRange"_s, rangeJson(article.dateRange)},
    };

    QJsonObject byline {
        {u"authors"_s, QJsonArray::fromStringList(article.byline.authors)},
        {u"emails"_s, QJsonArray::fromStringList(article.byline.emails)},
        {u"organisation"_s, stringOrNull(article.byline.organisation)},
        {u"range"_s, rangeJson(article.byline.range)},
    };

    QJsonArray paragraphs;
    for (qsizetype i = 0; i < article.paragraphs.size(); ++i) {
        const Paragraph &p = article.paragraphs.at(i);
        paragraphs.append(QJsonObject {{u"index"_s, i + 1},
                                       {u"range"_s, rangeJson(p.range)},
                                       {u"text"_s, index.slice(article.text, p.range)}});
    }

    QJsonArray images;
    for (qsizetype i = 0; i < article.images.size(); ++i) {
        const ImageRef &image = article.images.at(i);
        QJsonArray dates;
        for (const FoundDate &d : image.dates)
            dates.append(foundDateJson(d));
        images.append(QJsonObject {
            {u"index"_s, i + 1},
            {u"syntax"_s, syntaxName(image.syntax)},
            {u"url"_s, image.url},
            {u"localPath"_s, stringOrNull(image.localPath)},
            {u"location"_s, locationName(image.location)},
            {u"outside"_s, outsideJson(image)},
            {u"title"_s, stringOrNull(image.title)},
            {u"altText"_s, stringOrNull(image.altText)},
            {u"caption"_s, stringOrNull(image.caption)},
            {u"captionSource"_s, stringOrNull(captionSourceName(image.captionSource))},
            {u"captionRange"_s, rangeJson(image.captionRange)},
            {u"credit"_s, stringOrNull(image.credit)},
            {u"creditRange"_s, rangeJson(image.creditRange)},
            {u"sourceRange"_s, rangeJson(image.sourceRange)},
            {u"dates"_s, dates},
            {u"releases"_s, releasesJson(image.releases)},
        });
    }

    QJsonArray headings;
    for (const Heading &h : article.headings) {
        headings.append(QJsonObject {{u"level"_s, h.level},
                                     {u"range"_s, rangeJson(h.range)},
                                     {u"text"_s, index.slice(article.text, h.range)}});
    }

    QJsonArray warnings;
    for (const ParseWarning &w : article.warnings) {
        warnings.append(QJsonObject {{u"kind"_s, w.kind},
                                     {u"line"_s, w.line},
                                     {u"range"_s, rangeJson(w.range)},
                                     {u"message"_s, w.message}});
    }

    return QJsonObject {
        {u"schema"_s, u"provena-inspect/1"_s},
        {u"article"_s, head},
        {u"byline"_s, byline},
        {u"paragraphs"_s, paragraphs},
        {u"images"_s, images},
        {u"headings"_s, headings},
        {u"warnings"_s, warnings},
    };
}

QString articleSummary(const Article &article)
{
    QString out;
    const auto line = [&out](const QString &label, const QString &value) {
        out += u"  "_s + label.leftJustified(12) + value + u'\n';
    };
    out += article.path + u'\n';
    line(InspectSummary::tr("Format:"),
         article.format
             + (article.formatDetectedFrom == u"content"_s
                    ? InspectSummary::tr(" (from the content)")
                    : QString())
             + u", "_s + article.encoding
             + (article.hadBom ? InspectSummary::tr(" with BOM") : QString()));
    line(InspectSummary::tr("Title:"),
         article.title.isEmpty() ? InspectSummary::tr("(none)") : article.title);
    line(InspectSummary::tr("Date:"),
         article.date.isValid() ? article.date.toString(Qt::ISODate)
                                : InspectSummary::tr("(not stated)"));
    if (article.byline.isEmpty()) {
        line(InspectSummary::tr("Byline:"), InspectSummary::tr("(none)"));
    } else {
        QString by = article.byline.authors.join(u", "_s);
        if (!article.byline.emails.isEmpty())
            by += u" <"_s + article.byline.emails.join(u">, <"_s) + u'>';
        if (!article.byline.organisation.isEmpty())
            by += u" ("_s + article.byline.organisation + u')';
        line(InspectSummary::tr("Byline:"), by.trimmed());
    }
    line(InspectSummary::tr("Paragraphs:"), QString::number(article.paragraphs.size()));
    line(InspectSummary::tr("Images:"), QString::number(article.images.size()));
    for (const ParseWarning &w : article.warnings)
        line(InspectSummary::tr("Warning:"), w.message);
    for (qsizetype i = 0; i < article.images.size(); ++i) {
        const ImageRef &image = article.images.at(i);
        out += u"\n  ["_s + QString::number(i + 1) + u"] "_s + image.url + u'\n';
        const auto field = [&out](const QString &label, const QString &value) {
            out += u"      "_s + label.leftJustified(10) + value + u'\n';
        };
        if (image.location == ImageRef::Location::OutsideFolder)
            field(InspectSummary::tr("local:"),
                  (image.localPath.isEmpty()
                       ? InspectSummary::tr("(outside the article's folder, not read; "
                                            "--allow-outside reads it)")
                       : InspectSummary::tr("(outside the article's folder, read as allowed)")));
        else
            field(InspectSummary::tr("local:"),
                  image.localPath.isEmpty() ? InspectSummary::tr("(not found)") : image.localPath);
        if (image.location == ImageRef::Location::OutsideFolder)
            field(InspectSummary::tr("outside:"),
                  image.outsidePath + u" ("_s
                      + InspectSummary::tr("via %1").arg(escapeName(image.escape)) + u')');
        field(InspectSummary::tr("caption:"),
              image.caption.isEmpty() ? InspectSummary::tr("(none)") : image.caption);
        if (image.captionSource != ImageRef::CaptionSource::None)
            field(InspectSummary::tr("from:"), captionSourceName(image.captionSource));
        field(InspectSummary::tr("credit:"),
              image.credit.isEmpty() ? InspectSummary::tr("(none)") : image.credit);
        for (const FoundDate &d : image.dates) {
            const QString when = d.date.isValid() ? d.date.toString(Qt::ISODate)
                                                  : InspectSummary::tr("(year unknown)");
            field(
                InspectSummary::tr("date:"),
                when + u" \u201C"_s + d.text + u"\u201D, "_s
                    + InspectSummary::tr("year: %1").arg(DateFinder::yearSourceName(d.yearSource)));
        }
        for (const Release &r : image.releases) {
            QString who = r.agent;
            if (!r.agentAbbreviation.isEmpty())
                who += u" ("_s + r.agentAbbreviation + u')';
            if (r.date.date.isValid())
                who += u", "_s + r.date.date.toString(Qt::ISODate);
            field(InspectSummary::tr("release:"), ReleaseFinder::roleName(r.role) + u": "_s + who);
        }
    }
    return out;
}

} // namespace provena::cli
