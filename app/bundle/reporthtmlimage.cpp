// SPDX-License-Identifier: MIT
// The report's image sections: the figure with its SVG overlay (or, for the PDF, the image with
// the regions drawn in), the table of regions, the provenance record and the key metadata.
#include "bundle/reporthtml_p.h"

#include "core/document/articledocument.h"
#include "core/i18n/language.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace provena::report {

namespace {

QString regionId(const Region &region)
{
    return region.id.toString(QUuid::WithoutBraces);
}

QString points(const QPolygonF &polygon)
{
    QStringList out;
    for (const QPointF &point : polygon)
        out.append(number(point.x()) + u',' + number(point.y()));
    return out.join(u' ');
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return number(value.toDouble());
    if (value.isBool())
        return value.toBool() ? u"true"_s : u"false"_s;
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

QString HtmlPage::labelName(const QString &labelId) const
{
    return mInput.document->labels().displayNameOf(labelId, ReportWriter::tr("(no label)"));
}

QString HtmlPage::agentName(const Agent &agent) const
{
    return mAgencies.displayName(agent, Language::current());
}

QString HtmlPage::colourOf(const QString &labelId) const
{
    return mInput.document->labels().colourFor(labelId).name(QColor::HexRgb);
}

QString HtmlPage::imageTitle(const ImageSection &section) const
{
    // Only a file the page can refer to is named (relativeUrl() refuses the others).
    QString name = relativeUrl(section.image.imageFile).isEmpty()
        ? QString()
        : QFileInfo(section.image.imageFile).fileName();
    if (name.isEmpty() && section.ref)
        name = QUrl(section.ref->url).fileName();
    const QString number = ReportWriter::tr("Image %1").arg(section.imageIndex + 1);
    return name.isEmpty() ? number : ReportWriter::tr("%1: %2").arg(number, name);
}

QString HtmlPage::stamp(const QString &who, const QDateTime &when)
{
    const QString time
        = when.isValid() ? when.toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s) : QString();
    if (!who.isEmpty() && !time.isEmpty())
        return ReportWriter::tr("%1, %2").arg(who, time);
    return who.isEmpty() ? time : who;
}

void HtmlPage::imageSection(const ImageSection &section)
{
    const int number = section.imageIndex + 1;
    if (forBrowser())
        mOut += u"<section class=\"image\" id=\"image-%1\">\n<h2>%2</h2>\n"_s.arg(number).arg(
            escaped(imageTitle(section)));
    else
        mOut += u"<h2 class=\"image-heading\"><a name=\"image-%1\"></a>%2</h2>\n"_s.arg(number).arg(
            escaped(imageTitle(section)));
    figure(section);
    mOut += u"<h3>%1</h3>\n"_s.arg(escaped(ReportWriter::tr("Regions")));
    regionTable(section);
    provenance(section);
    keyMetadata(section);
    forensicViews(section);
    mOut += forBrowser() ? u"</section>\n"_s : QString();
}

void HtmlPage::figure(const ImageSection &section)
{
    const QString src = relativeUrl(section.image.imageFile);
    const QString caption = section.ref ? section.ref->caption.trimmed() : QString();
    const QString alt = caption.isEmpty() ? imageTitle(section) : caption;
    const bool drawable = section.size.isValid() && !section.size.isEmpty();
    mOut += forBrowser() ? u"<figure>\n"_s : QString();
    if (forBrowser() && drawable) {
        // A box of the image's proportions: the photo and the overlay both fill it, so the
        // regions sit where they belong at any width.
        const double ratio = 100.0 * section.size.height() / section.size.width();
        mOut += u"<div class=\"photo\" style=\"padding-top: %1%\">\n"_s.arg(number(ratio));
        if (!src.isEmpty())
            mOut += u"<img src=\"%1\" alt=\"%2\" width=\"%3\" height=\"%4\">\n"_s.arg(
                escaped(src), escaped(alt), QString::number(section.size.width()),
                QString::number(section.size.height()));
        overlay(section);
        mOut += u"</div>\n"_s;
    } else if (forBrowser() && !src.isEmpty()) {
        // Nobody recorded the size and no region gives one: the photo alone, as it comes.
        mOut += u"<img src=\"%1\" alt=\"%2\" style=\"max-width: 100%\">\n"_s.arg(escaped(src),
                                                                                 escaped(alt));
    } else if (!forBrowser() && mResources.figureSizes.contains(section.imageIndex)) {
        const QSize size = mResources.figureSizes.value(section.imageIndex);
        mOut += u"<p><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n"_s.arg(
            imageResourceName(section.imageIndex), QString::number(size.width()),
            QString::number(size.height()));
    }

    mOut += forBrowser() ? u"<figcaption lang=\"\">\n"_s : QString();
    if (!caption.isEmpty())
        mOut += u"<p class=\"caption\">%1</p>\n"_s.arg(escaped(caption));
    if (section.ref && !section.ref->credit.trimmed().isEmpty())
        mOut += u"<p class=\"credit\">%1</p>\n"_s.arg(
            escaped(ReportWriter::tr("Credit: %1").arg(section.ref->credit.trimmed())));
    if (section.ref && !section.ref->url.isEmpty())
        mOut += u"<p class=\"muted\">%1 %2</p>\n"_s.arg(
            escaped(ReportWriter::tr("Referenced in the article as:")),
            link(section.ref->url, section.ref->url));
    if (!section.ref)
        mOut += u"<p class=\"warn\">%1</p>\n"_s.arg(escaped(ReportWriter::tr(
            "The article no longer references this image; what was recorded for it is kept.")));
    if (src.isEmpty())
        mOut += u"<p class=\"warn\">%1</p>\n"_s.arg(escaped(
            drawable ? ReportWriter::tr("The image file is not in the bundle: its regions are "
                                        "drawn on an empty frame.")
                     : ReportWriter::tr("The image file is not in the bundle.")));
    if (!forBrowser() && mResources.figureProblems.contains(section.imageIndex))
        mOut += u"<p class=\"warn\">%1</p>\n"_s.arg(
            escaped(ReportWriter::tr("The image could not be read for this PDF: %1")
                        .arg(mResources.figureProblems.value(section.imageIndex))));
    if (!section.sizeKnown && drawable)
        mOut += u"<p class=\"warn\">%1</p>\n"_s.arg(escaped(ReportWriter::tr(
            "The image's size is not recorded: the frame only spans its regions.")));
    const QString rendering = relativeUrl(section.image.renderingFile);
    if (forBrowser() && !rendering.isEmpty())
        mOut += u"<p><a href=\"%1\">%2</a></p>\n"_s.arg(
            escaped(rendering),
            escaped(ReportWriter::tr("The image with numbered regions and a legend")));
    mOut += forBrowser() ? u"</figcaption>\n</figure>\n"_s : QString();
}

void HtmlPage::overlay(const ImageSection &section)
{
    const int width = section.size.width();
    const int height = section.size.height();
    const double fontSize = std::max(10.0, std::max(width, height) / 45.0);
    mOut += u"<svg viewBox=\"0 0 %1 %2\" preserveAspectRatio=\"none\" role=\"img\" "
            "aria-label=\"%3\">\n"_s.arg(
                QString::number(width), QString::number(height),
                escaped(ReportWriter::tr("Regions on image %1").arg(section.imageIndex + 1)));
    for (const RegionEntry &entry : section.regions) {
        const Region &region = *entry.region;
        const QString colour = colourOf(region.label);
        QString caption = QString::number(entry.numberOnImage) + u' ' + labelName(region.label);
        if (!region.entity.name.isEmpty())
            caption += u" · "_s + region.entity.name;
        mOut += u"<g id=\"region-%1\" class=\"region\">\n<title>%2</title>\n"_s.arg(
            regionId(region),
            escaped(entry.number + u' ' + labelName(region.label)
                    + (region.note.isEmpty() ? QString() : u": "_s + region.note)));
        const QString paint
            = u"stroke=\"%1\" stroke-width=\"3\" vector-effect=\"non-scaling-stroke\""_s.arg(
                colour);
        const QString fill = u"fill=\"%1\" fill-opacity=\"0.15\""_s.arg(colour);
        const QRectF box = region.geometry.boundingRect();
        switch (region.geometry.shape()) {
        case RegionGeometry::Shape::Rectangle:
            mOut += u"<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" %5 %6/>\n"_s.arg(
                number(box.x()), number(box.y()), number(box.width()), number(box.height()), fill,
                paint);
            break;
        case RegionGeometry::Shape::Ellipse:
            mOut += u"<ellipse cx=\"%1\" cy=\"%2\" rx=\"%3\" ry=\"%4\" %5 %6/>\n"_s.arg(
                number(box.center().x()), number(box.center().y()), number(box.width() / 2),
                number(box.height() / 2), fill, paint);
            break;
        case RegionGeometry::Shape::Polygon:
            mOut += u"<polygon points=\"%1\" %2 %3/>\n"_s.arg(points(region.geometry.points()),
                                                              fill, paint);
            break;
        case RegionGeometry::Shape::Polyline:
            mOut += u"<polyline points=\"%1\" fill=\"none\" %2/>\n"_s.arg(
                points(region.geometry.points()), paint);
            break;
        case RegionGeometry::Shape::Point:
            mOut += u"<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\" %5/>\n"_s.arg(
                number(box.x()), number(box.y()), number(fontSize / 3), colour, paint);
            break;
        }
        // The label sits above the shape, or just inside its top when there is no room above.
        const double y
            = box.top() > fontSize * 1.2 ? box.top() - fontSize * 0.3 : box.top() + fontSize;
        mOut += u"<text x=\"%1\" y=\"%2\" font-size=\"%3\" "
                "font-family=\"Noto Sans, DejaVu Sans, Noto Sans CJK KR, sans-serif\" "
                "fill=\"%4\" stroke=\"#ffffff\" stroke-width=\"%5\" paint-order=\"stroke\">%6"
                "</text>\n</g>\n"_s.arg(number(box.left()), number(y), number(fontSize), colour,
                                        number(fontSize / 6), escaped(caption));
    }
    mOut += u"</svg>\n"_s;
}

void HtmlPage::headings(const QList<QPair<QString, int>> &columns)
{
    mOut += u"<thead><tr>"_s;
    for (const auto &[heading, percent] : columns) {
        // QTextDocument sizes columns by their content unless told; browsers do well alone.
        if (forBrowser())
            mOut += u"<th>%1</th>"_s.arg(escaped(heading));
        else
            mOut += u"<th width=\"%1%\">%2</th>"_s.arg(QString::number(percent), escaped(heading));
    }
    mOut += u"</tr></thead>\n<tbody>\n"_s;
}

void HtmlPage::regionTable(const ImageSection &section)
{
    if (section.regions.isEmpty()) {
        mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(
            escaped(ReportWriter::tr("No regions are marked on this image.")));
        return;
    }
    if (!forBrowser()) {
        regionParagraphs(section);
        return;
    }
    mOut += u"<table class=\"regions\">\n"_s;
    headings({{ReportWriter::tr("No."), 6},
              {ReportWriter::tr("Label"), 11},
              {ReportWriter::tr("Entity"), 13},
              {ReportWriter::tr("Note"), 16},
              {ReportWriter::tr("Geometry (pixels)"), 14},
              {ReportWriter::tr("Linked text"), 16},
              {ReportWriter::tr("Review"), 12},
              {ReportWriter::tr("Crop"), 12}});
    for (const RegionEntry &entry : section.regions) {
        const Region &region = *entry.region;
        mOut += u"<tr id=\"region-row-%1\">"_s.arg(regionId(region));
        mOut += u"<td>%1</td>"_s.arg(escaped(entry.number));
        mOut += u"<td><span class=\"swatch\" style=\"background: %1\"></span>%2</td>"_s.arg(
            colourOf(region.label), escaped(labelName(region.label)));
        QString entity = escaped(region.entity.name);
        if (!region.entity.identifier.isEmpty())
            entity += (entity.isEmpty() ? QString() : u"<br>"_s)
                + link(region.entity.identifier, region.entity.identifier);
        mOut += u"<td>%1</td>"_s.arg(entity);
        QString note = escaped(region.note);
        if (region.hasConfidence())
            note += (note.isEmpty() ? QString() : u"<br>"_s)
                + escaped(ReportWriter::tr("confidence %1 %")
                              .arg(number(std::round(region.confidence * 100))));
        const QString by
            = stamp(region.author, region.modified.isValid() ? region.modified : region.created);
        if (!by.isEmpty())
            note += (note.isEmpty() ? QString() : u"<br>"_s)
                + u"<span class=\"muted\">%1</span>"_s.arg(escaped(by));
        mOut += u"<td>%1</td>"_s.arg(note);
        mOut += u"<td>%1</td>"_s.arg(escaped(geometryText(region.geometry)));
        mOut += u"<td>"_s;
        linkedText(region);
        mOut += u"</td>"_s;
        mOut += u"<td>%1</td>"_s.arg(region.needsReview ? escaped(ReportWriter::tr(
                                         "Needs review: the image changed since it was marked"))
                                                        : QString());
        const QString crop = relativeUrl(section.image.cropFiles.value(region.id));
        if (!crop.isEmpty())
            mOut += u"<td><img class=\"crop\" src=\"%1\" alt=\"%2\"></td>"_s.arg(
                escaped(crop), escaped(ReportWriter::tr("Region %1").arg(entry.number)));
        else
            mOut += u"<td></td>"_s;
        mOut += u"</tr>\n"_s;
    }
    mOut += u"</tbody>\n</table>\n"_s;
}

void HtmlPage::regionParagraphs(const ImageSection &section)
{
    // One paragraph per region, not a table: QTextDocument lays a 50-row table out in about
    // half a second when printing, paragraphs in a fraction of that (docs/bundles.md, Measured).
    for (const RegionEntry &entry : section.regions) {
        const Region &region = *entry.region;
        // The crop in a block of its own: drawn inline beside text, QTextDocument printed its
        // pixels differently on worker threads, and the PDF must not depend on the thread.
        if (mResources.cropSizes.contains(region.id))
            mOut
                += u"<p style=\"margin-top: 6px\"><img src=\"%1\" width=\"%2\" height=\"%3\"></p>\n"_s
                       .arg(cropResourceName(region.id),
                            QString::number(mResources.cropSizes.value(region.id).width()),
                            QString::number(mResources.cropSizes.value(region.id).height()));
        const bool cropAbove = mResources.cropSizes.contains(region.id);
        mOut += cropAbove ? u"<p>"_s : u"<p style=\"margin-top: 6px\">"_s;
        mOut += u"<b>%1</b> <span style=\"color: %2\">■</span> <b>%3</b>"_s.arg(
            escaped(entry.number), colourOf(region.label), escaped(labelName(region.label)));
        const auto field = [this](const QString &name, const QString &html) {
            if (!html.isEmpty())
                mOut += u"<br>%1: %2"_s.arg(escaped(name), html);
        };
        QString entity = escaped(region.entity.name);
        if (!region.entity.identifier.isEmpty())
            entity += (entity.isEmpty() ? QString() : u" "_s)
                + link(region.entity.identifier, region.entity.identifier);
        field(ReportWriter::tr("Entity"), entity);
        QString note = escaped(region.note);
        if (region.hasConfidence())
            note += (note.isEmpty() ? QString() : u"; "_s)
                + escaped(ReportWriter::tr("confidence %1 %")
                              .arg(number(std::round(region.confidence * 100))));
        const QString by
            = stamp(region.author, region.modified.isValid() ? region.modified : region.created);
        if (!by.isEmpty())
            note += (note.isEmpty() ? QString() : u"; "_s)
                + u"<span class=\"muted\">%1</span>"_s.arg(escaped(by));
        field(ReportWriter::tr("Note"), note);
        field(ReportWriter::tr("Geometry (pixels)"), escaped(geometryText(region.geometry)));
        const qsizetype before = mOut.size();
        linkedText(region);
        const QString linked = mOut.mid(before);
        mOut.truncate(before);
        field(ReportWriter::tr("Linked text"), linked);
        if (region.needsReview)
            mOut += u"<br><b>%1</b>"_s.arg(
                escaped(ReportWriter::tr("Needs review: the image changed since it was marked")));
        mOut += u"</p>\n"_s;
    }
}

void HtmlPage::linkedText(const Region &region)
{
    QStringList items;
    for (const QUuid &id : region.links) {
        const TextAnchor *anchor = mInput.document->anchor(id);
        if (!anchor) {
            items.append(escaped(ReportWriter::tr("a text span that is no longer recorded")));
            continue;
        }
        QString item = escaped(u"“%1”"_s.arg(anchor->exact));
        if (forBrowser())
            item = u"<a href=\"#anchor-%1\">%2</a>"_s.arg(id.toString(QUuid::WithoutBraces), item);
        const QString status = anchorStatusTitle(anchor->status);
        if (!status.isEmpty())
            item += u" <span class=\"muted\">(%1)</span>"_s.arg(escaped(status));
        items.append(item);
    }
    mOut += items.join(u"<br>"_s);
}

void HtmlPage::provenance(const ImageSection &section)
{
    mOut += u"<h3>%1</h3>\n"_s.arg(escaped(ReportWriter::tr("Provenance")));
    const ImageProvenance &record = section.provenance;
    if (record.isEmpty()) {
        mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(escaped(
            ReportWriter::tr("Nothing is recorded yet about where this image comes from.")));
        return;
    }
    claims(record);
    custody(record);
    pillars(record);
    verdict(record.verdict);
}

void HtmlPage::evidenceList(const QList<Evidence> &evidence)
{
    if (evidence.isEmpty())
        return;
    mOut += u"<ul>"_s;
    for (const Evidence &item : evidence)
        mOut += u"<li>%1</li>"_s.arg(item.kind == Evidence::Kind::Url
                                         ? escaped(ReportWriter::tr("URL")) + u' '
                                             + link(item.url, item.url)
                                         : escaped(item.summary()));
    mOut += u"</ul>"_s;
}

void HtmlPage::claims(const ImageProvenance &provenance)
{
    mOut += u"<h4>%1</h4>\n"_s.arg(escaped(ReportWriter::tr("Claims")));
    if (provenance.claims.isEmpty()) {
        mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(
            escaped(ReportWriter::tr("No claims are recorded.")));
        return;
    }
    mOut += forBrowser() ? u"<table class=\"claims\">\n"_s
                         : u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "width=\"100%\">\n"_s;
    headings({{ReportWriter::tr("Role"), 13},
              {ReportWriter::tr("Statement"), 25},
              {ReportWriter::tr("Date"), 11},
              {ReportWriter::tr("Status"), 10},
              {ReportWriter::tr("Evidence"), 26},
              {ReportWriter::tr("Recorded"), 15}});
    for (const ProvenanceClaim &claim : provenance.claims) {
        mOut += u"<tr><td>%1</td>"_s.arg(escaped(ProvenanceClaim::roleTitle(claim.role)));
        QString statement
            = escaped(ProvenanceClaim::isAgentRole(claim.role) && !claim.agent.isEmpty()
                          ? agentName(claim.agent)
                          : claim.statement());
        QStringList details;
        if (ProvenanceClaim::isAgentRole(claim.role)) {
            if (!claim.agent.abbreviations.isEmpty())
                details.append(claim.agent.abbreviations.join(u", "_s));
            if (!agentKindTitle(claim.agent.kind).isEmpty())
                details.append(agentKindTitle(claim.agent.kind));
            if (!claim.agent.country.isEmpty())
                details.append(claim.agent.country);
        }
        if (!details.isEmpty())
            statement
                += u" <span class=\"muted\">(%1)</span>"_s.arg(escaped(details.join(u", "_s)));
        if (!claim.url.isEmpty())
            statement += u"<br>"_s + link(claim.url, claim.url);
        mOut += u"<td>%1</td>"_s.arg(statement);
        mOut += u"<td>%1</td>"_s.arg(escaped(claim.date));
        mOut += u"<td>%1</td>"_s.arg(escaped(claimStatusTitle(claim.status)));
        mOut += u"<td>"_s;
        evidenceList(claim.evidence);
        mOut
            += u"</td><td>%1</td></tr>\n"_s.arg(escaped(stamp(claim.recordedBy, claim.recordedAt)));
    }
    mOut += u"</tbody>\n</table>\n"_s;
}

void HtmlPage::custody(const ImageProvenance &provenance)
{
    mOut += u"<h4>%1</h4>\n"_s.arg(escaped(ReportWriter::tr("Chain of custody")));
    const QList<CustodyEvent> chain = provenance.custodyChain();
    if (chain.isEmpty()) {
        mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(escaped(ReportWriter::tr(
            "No custody events: none of the accepted claims names who made or passed on the "
            "image.")));
        return;
    }
    mOut += forBrowser() ? u"<ol class=\"timeline\">\n"_s : u"<ol>\n"_s;
    for (const CustodyEvent &event : chain) {
        mOut += u"<li><span class=\"when\">%1</span> <strong>%2</strong>"_s.arg(
            escaped(event.date.isEmpty() ? ReportWriter::tr("date unknown") : event.date),
            escaped(CustodyEvent::roleTitle(event.role)));
        if (!event.agent.isEmpty()) {
            mOut += u" — "_s + escaped(agentName(event.agent));
            const QString kind = agentKindTitle(event.agent.kind);
            if (!kind.isEmpty())
                mOut += u" <span class=\"muted\">(%1)</span>"_s.arg(escaped(kind));
        }
        if (!event.url.isEmpty())
            mOut += u"<br>"_s + link(event.url, event.url);
        if (!event.details.isEmpty()) {
            QStringList facts;
            // QJsonObject keeps its keys sorted, so the order is stable.
            for (auto it = event.details.begin(); it != event.details.end(); ++it)
                facts.append(it.key() + u": "_s + jsonText(it.value()));
            mOut += u"<br><span class=\"muted\">%1</span>"_s.arg(escaped(facts.join(u"; "_s)));
        }
        evidenceList(event.evidence);
        mOut += u"</li>\n"_s;
    }
    mOut += u"</ol>\n"_s;
}

void HtmlPage::pillars(const ImageProvenance &provenance)
{
    mOut += u"<h4>%1</h4>\n"_s.arg(escaped(ReportWriter::tr("Verification: the five pillars")));
    mOut += forBrowser() ? u"<table class=\"pillars\">\n"_s
                         : u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "width=\"100%\">\n"_s;
    headings({{ReportWriter::tr("Question"), 24},
              {ReportWriter::tr("Assessment"), 13},
              {ReportWriter::tr("Note"), 25},
              {ReportWriter::tr("Evidence"), 23},
              {ReportWriter::tr("Assessed"), 15}});
    for (int p = 0; p < kPillarCount; ++p) {
        const auto pillar = Pillar(p);
        const PillarAssessment &assessment = provenance.pillar(pillar);
        mOut += u"<tr><td>%1</td><td>%2</td><td>%3</td><td>"_s.arg(
            escaped(PillarAssessment::pillarTitle(pillar)),
            escaped(PillarAssessment::statusTitle(assessment.status)), escaped(assessment.note));
        evidenceList(assessment.evidence);
        mOut += u"</td><td>%1</td></tr>\n"_s.arg(
            escaped(stamp(assessment.assessedBy, assessment.assessedAt)));
    }
    mOut += u"</tbody>\n</table>\n"_s;
}

void HtmlPage::verdict(const Verdict &verdict)
{
    mOut += u"<h4>%1</h4>\n"_s.arg(escaped(ReportWriter::tr("Verdict")));
    if (!verdict.isDecided()) {
        mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(
            escaped(ReportWriter::tr("No verdict has been given.")));
        if (!verdict.rationale.isEmpty())
            mOut += u"<p>%1</p>\n"_s.arg(escaped(verdict.rationale));
        return;
    }
    QString line = u"<strong>%1</strong>"_s.arg(escaped(Verdict::valueTitle(verdict.value)));
    if (verdict.confidence >= 0)
        line += u" "_s
            + escaped(ReportWriter::tr("(confidence %1 %)")
                          .arg(number(std::round(verdict.confidence * 100))));
    mOut += u"<p class=\"verdict\">%1</p>\n"_s.arg(line);
    if (!verdict.rationale.isEmpty())
        mOut += u"<p>%1</p>\n"_s.arg(escaped(verdict.rationale));
    const QString by = stamp(verdict.decidedBy, verdict.decidedAt);
    if (!by.isEmpty())
        mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(
            escaped(ReportWriter::tr("Decided by %1").arg(by)));
}

void HtmlPage::keyMetadata(const ImageSection &section)
{
    mOut += u"<h3>%1</h3>\n"_s.arg(escaped(ReportWriter::tr("Key metadata")));
    if (section.image.metadata.isEmpty()) {
        mOut += u"<p class=\"muted\">%1</p>\n"_s.arg(escaped(
            section.image.imageFile.isEmpty()
                ? ReportWriter::tr("The image file is not in the bundle, so its metadata was "
                                   "not read.")
                : ReportWriter::tr("The image's metadata names no creator, credit, dates, "
                                   "camera or other key facts.")));
        return;
    }
    mOut += forBrowser() ? u"<table class=\"metadata\">\n<tbody>\n"_s
                         : u"<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" "
                           "width=\"100%\">\n<tbody>\n"_s;
    for (const auto &[name, value] : section.image.metadata)
        mOut += u"<tr><th>%1</th><td>%2</td></tr>\n"_s.arg(escaped(name), escaped(value));
    mOut += u"</tbody>\n</table>\n"_s;
}

} // namespace provena::report
