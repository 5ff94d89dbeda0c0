// SPDX-License-Identifier: MIT
#pragma once

// One article for the report tests (tst_reportwriter, tst_reportbrowser): Hangul and Cyrillic
// text, two generated images, a region of every shape, links (one span linked twice, two
// overlapping spans, a span inside bold text, one in a caption, an orphaned one), a note-only
// span, a provenance record with accepted and rejected claims, evidence, a Retrieved custody
// event, five pillar assessments and a verdict. Ids and times are fixed, so two processes
// build the same document.

#include "bundle/reportwriter.h"
#include "core/document/articledocument.h"
#include "core/model/codepointindex.h"
#include "formats/articleparser.h"

#include <QColor>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonObject>
#include <QPainter>
#include <QString>
#include <QUuid>

#include <memory>

namespace provena::test {

/** The colour most of photo.jpg is painted in, so a screenshot can be checked for it. */
inline const QColor kPhotoColour(212, 194, 30);
/** The file name the second image has in the "bundle": a space and a '#' to be encoded. */
inline const QString kNightFile = QStringLiteral("night photo #2.png");
inline const QString kScriptText = QStringLiteral("<script>alert(1)</script>");

inline const QByteArray kReportArticle
    = "# Harbour crane: 평양 항구 и Москва\n\n"
      "By Vera Lind\n\n"
      "Aug. 14, 2025\n\n"
      "![Kim Jong Un inspects a crane in this picture released by the Korean Central News "
      "Agency (KCNA) on Aug. 13. [KCNA]](photo.jpg)\n\n"
      "김정은 국무위원장 visited the rebuilt harbour on Wednesday, state media said. "
      "Наблюдатели в Москве отметили **новый кран** at berth 7.\n\n"
      "The agency's [original story](https://example.org/kcna/story) named the harbour "
      "director.\n\n"
      "![Harbour at night. [Reuters]](night.png)\n\n"
      "A second crane stands idle, according to satellite images.\n";

inline QUuid fixedId(const char *name)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{6f1c0a52-8d1e-4b8e-9a55-0c3c4d2e7f10}")),
                               QString::fromLatin1(name));
}

inline QDateTime fixedTime(int minute)
{
    return QDateTime(QDate(2025, 8, 14), QTime(9, minute), Qt::UTC);
}

inline bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

/** photo.jpg (640×480, mostly kPhotoColour), "night photo #2.png" (320×200), a crop, and an
 *  XMP sidecar beside the photo naming its creator and credit. */
inline bool writeReportFiles(const QString &dir)
{
    QImage photo(640, 480, QImage::Format_RGB32);
    photo.fill(kPhotoColour);
    {
        QPainter painter(&photo);
        painter.fillRect(QRect(380, 280, 240, 200), QColor(40, 60, 90));
        painter.fillRect(QRect(0, 0, 640, 40), QColor(200, 220, 240));
    }
    QImage night(320, 200, QImage::Format_RGB32);
    night.fill(QColor(15, 20, 60));
    {
        QPainter painter(&night);
        for (int x = 10; x < 320; x += 40)
            painter.fillRect(QRect(x, 150, 12, 12), QColor(255, 230, 120));
    }
    const QByteArray sidecar
        = "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n"
          "<x:xmpmeta xmlns:x='adobe:ns:meta/'>\n"
          "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>\n"
          " <rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'\n"
          "  xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'>\n"
          "  <dc:creator><rdf:Seq><rdf:li>Analyst One</rdf:li></rdf:Seq></dc:creator>\n"
          "  <photoshop:Credit>KCNA via Yonhap</photoshop:Credit>\n"
          " </rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>\n";
    return QDir(dir).mkpath(QStringLiteral("crops"))
        && photo.save(dir + QStringLiteral("/photo.jpg"), "JPEG", 92)
        && night.save(dir + u'/' + kNightFile, "PNG")
        && photo.copy(100, 80, 200, 260).save(dir + QStringLiteral("/crops/r1.jpg"), "JPEG")
        && writeFile(dir + QStringLiteral("/photo.jpg.xmp"), sidecar)
        && writeFile(dir + QStringLiteral("/story.md"), kReportArticle);
}

/** The document and the ids the tests look for. */
struct ReportFixture
{
    std::unique_ptr<ArticleDocument> document;
    ReportInput input;
    QList<QUuid> regions; ///< r1 … r5
    QList<QUuid> anchors; ///< every anchor the report shows, the orphaned one last
    QUuid spanLinkedTwice; ///< "김정은 국무위원장", linked by r1 and r3
    QUuid overlappingSpan; ///< "국무위원장 visited"
    QUuid boldSpan; ///< "новый кран", bold in the article
    QUuid captionSpan; ///< "Korean Central News Agency", in the caption
    QUuid noteOnlySpan; ///< "satellite images", a note and no region
    QUuid orphanedSpan;
};

inline TextAnchor anchorOn(const QString &text, const char *name, const QString &quote)
{
    TextAnchor anchor;
    anchor.id = fixedId(name);
    const qsizetype at = text.indexOf(quote);
    anchor.range = CodePointIndex(text).toCodePoints(at, at + quote.size());
    anchor.exact = quote;
    anchor.author = QStringLiteral("Analyst One");
    anchor.created = fixedTime(1);
    return anchor;
}

inline Region regionOn(int image, const char *name, RegionGeometry geometry, const QString &label,
                       QList<QUuid> links)
{
    Region region;
    region.id = fixedId(name);
    region.imageIndex = image;
    region.geometry = std::move(geometry);
    region.label = label;
    region.links = std::move(links);
    region.author = QStringLiteral("Analyst One");
    region.created = fixedTime(2);
    region.modified = fixedTime(3);
    return region;
}

inline ImageProvenance photoProvenance(const QString &text)
{
    ImageProvenance record;
    ProvenanceClaim creator;
    creator.id = fixedId("claim-creator");
    creator.role = ClaimRole::Creator;
    creator.agent.directoryId = QStringLiteral("kcna");
    creator.agent.name = QStringLiteral("Korean Central News Agency");
    creator.agent.abbreviations = {QStringLiteral("KCNA")};
    creator.agent.kind = AgentKind::StateMedia;
    creator.agent.country = QStringLiteral("KP");
    creator.date = QStringLiteral("2025-08-13");
    const qsizetype at = text.indexOf(QStringLiteral("Korean Central News Agency"));
    creator.evidence
        = {Evidence::textSpan(CodePointIndex(text).toCodePoints(at, at + 26),
                              QStringLiteral("Korean Central News Agency")),
           Evidence::metadataField(QStringLiteral("Exif.Image.Artist"), QStringLiteral("KCNA"))};
    creator.recordedBy = QStringLiteral("Analyst One");
    creator.recordedAt = fixedTime(4);
    ProvenanceClaim credit;
    credit.id = fixedId("claim-credit");
    credit.role = ClaimRole::CreditLine;
    credit.value = QStringLiteral("KCNA via Yonhap");
    credit.evidence = {Evidence::link(QStringLiteral("https://example.org/kcna/story"))};
    credit.recordedAt = fixedTime(5);
    ProvenanceClaim rejected;
    rejected.id = fixedId("claim-rejected");
    rejected.role = ClaimRole::Distributor;
    rejected.agent.name = QStringLiteral("Reuters");
    rejected.status = ClaimStatus::Rejected;
    rejected.evidence = {Evidence::analystNote(QStringLiteral("Not in Reuters' archive."))};
    record.claims = {creator, credit, rejected};

    CustodyEvent retrieved;
    retrieved.role = CustodyEvent::Role::Retrieved;
    retrieved.agent.name = QStringLiteral("Provena 0.1.0");
    retrieved.agent.kind = AgentKind::Software;
    retrieved.date = QStringLiteral("2025-08-14T08:30:00Z");
    retrieved.url = QStringLiteral("https://images.example.org/2025/08/13/photo.jpg");
    retrieved.details = QJsonObject {{QStringLiteral("status"), 200},
                                     {QStringLiteral("contentType"), QStringLiteral("image/jpeg")}};
    record.recordedEvents = {retrieved};

    const auto assess = [&](Pillar pillar, PillarAssessment::Status status, const char *note) {
        PillarAssessment &assessment = record.pillar(pillar);
        assessment.status = status;
        assessment.note = QString::fromUtf8(note);
        assessment.assessedBy = QStringLiteral("Analyst One");
        assessment.assessedAt = fixedTime(6);
    };
    assess(Pillar::Provenance, PillarAssessment::Status::Supports, "Same frame as KCNA's release.");
    assess(Pillar::Source, PillarAssessment::Status::Supports, "State media, first publisher.");
    assess(Pillar::Date, PillarAssessment::Status::Inconclusive, "Crane seen in June imagery.");
    assess(Pillar::Location, PillarAssessment::Status::Supports, "Berth 7 sign matches.");
    assess(Pillar::Motivation, PillarAssessment::Status::Contradicts, "Propaganda value: high.");
    record.pillar(Pillar::Date).evidence
        = {Evidence::analystNote(QStringLiteral("Sentinel-2, 2025-06-20"))};

    record.verdict.value = Verdict::Value::Corroborated;
    record.verdict.rationale = QStringLiteral("Matches the agency release — подтверждено.");
    record.verdict.confidence = 0.8;
    record.verdict.decidedBy = QStringLiteral("Analyst One");
    record.verdict.decidedAt = fixedTime(7);
    return record;
}

/** The fixture's document and report input over the files writeReportFiles() put in `dir`. */
inline ReportFixture buildReportFixture(const QString &dir)
{
    ReportFixture fixture;
    fixture.document = std::make_unique<ArticleDocument>();
    ArticleDocument &document = *fixture.document;
    Article article
        = ArticleParser::parse(QString::fromUtf8(kReportArticle), QStringLiteral("markdown"),
                               dir + QStringLiteral("/story.md"));
    if (article.images.size() > 1)
        article.images[1].caption = QStringLiteral("Harbour at night ") + kScriptText;
    const QString text = article.text;
    document.setArticle(article);
    document.setLabels(LabelTaxonomy::builtIn());

    TextAnchor twice = anchorOn(text, "a-twice", QStringLiteral("김정은 국무위원장"));
    TextAnchor overlapping = anchorOn(text, "a-overlap", QStringLiteral("국무위원장 visited"));
    TextAnchor bold = anchorOn(text, "a-bold", QStringLiteral("новый кран"));
    TextAnchor caption = anchorOn(text, "a-caption", QStringLiteral("Korean Central News Agency"));
    TextAnchor moscow = anchorOn(text, "a-moscow", QStringLiteral("Москве"));
    TextAnchor noteOnly = anchorOn(text, "a-note", QStringLiteral("satellite images"));
    noteOnly.note = QStringLiteral("Check Sentinel-2 <b>June</b>");
    TextAnchor orphaned;
    orphaned.id = fixedId("a-orphan");
    orphaned.exact = QStringLiteral("a sentence the agency removed");
    orphaned.status = TextAnchor::Status::Orphaned;

    Region r1 = regionOn(0, "r1", RegionGeometry::rectangle(QRectF(100, 80, 200, 260)),
                         QStringLiteral("person"), {twice.id, caption.id});
    r1.entity
        = {QStringLiteral("Kim Jong Un"), QStringLiteral("http://www.wikidata.org/entity/Q56226")};
    r1.note = kScriptText;
    r1.confidence = 0.9;
    Region r2 = regionOn(0, "r2", RegionGeometry::ellipse(QRectF(350, 100, 120, 90)),
                         QStringLiteral("building-place"), {moscow.id});
    r2.entity.name = QStringLiteral("Портовый кран");
    Region r3 = regionOn(0, "r3",
                         RegionGeometry::polygon(QPolygonF({QPointF(400, 300), QPointF(600, 320),
                                                            QPointF(560, 460), QPointF(420, 440)})),
                         QStringLiteral("vehicle"), {twice.id});
    r3.needsReview = true;
    Region r4 = regionOn(1, "r4",
                         RegionGeometry::polyline(
                             QPolygonF({QPointF(10, 150), QPointF(150, 120), QPointF(300, 160)})),
                         QStringLiteral("other"), {bold.id, orphaned.id});
    Region r5 = regionOn(1, "r5", RegionGeometry::point(QPointF(200, 60)),
                         QStringLiteral("text-sign"), {overlapping.id});
    document.resetAnnotations({r1, r2, r3, r4, r5},
                              {twice, overlapping, bold, caption, moscow, noteOnly, orphaned});
    document.setProvenance({photoProvenance(text)});

    fixture.regions = {r1.id, r2.id, r3.id, r4.id, r5.id};
    fixture.anchors
        = {twice.id, overlapping.id, bold.id, caption.id, moscow.id, noteOnly.id, orphaned.id};
    fixture.spanLinkedTwice = twice.id;
    fixture.overlappingSpan = overlapping.id;
    fixture.boldSpan = bold.id;
    fixture.captionSpan = caption.id;
    fixture.noteOnlySpan = noteOnly.id;
    fixture.orphanedSpan = orphaned.id;

    ReportInput &input = fixture.input;
    input.document = fixture.document.get();
    input.articleFile = QStringLiteral("story.md");
    input.sidecarFile = QStringLiteral("story.md.provena.jsonld");
    input.date = QDate(2025, 8, 14);
    input.bundleName = QStringLiteral("harbour-2025");
    ReportImage photo;
    photo.imageIndex = 0;
    photo.imageFile = QStringLiteral("photo.jpg");
    photo.cropFiles.insert(r1.id, QStringLiteral("crops/r1.jpg"));
    photo.size = QSize(640, 480);
    photo.pdfImageSource = dir + QStringLiteral("/photo.jpg");
    photo.metadata = ReportWriter::keyMetadata(photo.pdfImageSource);
    ReportImage night;
    night.imageIndex = 1;
    night.imageFile = kNightFile;
    night.size = QSize(320, 200);
    night.pdfImageSource = dir + u'/' + kNightFile;
    night.metadata = ReportWriter::keyMetadata(night.pdfImageSource);
    input.images = {photo, night};
    return fixture;
}

} // namespace provena::test
