// SPDX-License-Identifier: MIT
#pragma once

// Documents with every shape, links, notes, Hangul and emoji, shared by the sidecar tests,
// the crash-safety child and the benchmark.

#include "core/document/articledocument.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"

#include <QUuid>

namespace provena::testing {

inline QDateTime fixedTime(int seconds = 0)
{
    return QDateTime(QDate(2025, 8, 14), QTime(9, 0, seconds), Qt::UTC);
}

inline QUuid fixedUuid(int n)
{
    return QUuid::createUuidV5(QUuid(QStringLiteral("{00000000-0000-4000-8000-000000000000}")),
                               QString::number(n));
}

inline const QString &sampleText()
{
    static const QString text = QStringLiteral(
        "# Premier inspects rebuilt harbour crane\n\n"
        "\U0001F4F7 사진: 김정은 위원장이 항구를 방문했다. Premier Tal Orsen toured the rebuilt "
        "container terminal at the Port of Elvhaven \U0001F600 on Wednesday.\n\n"
        "Orsen was last seen in public on July 24, when he attended a naval parade.\n");
    return text;
}

/** An in-memory document: two images, one region of every shape, links and notes. */
inline void fillSampleDocument(ArticleDocument &doc, const QString &articlePath)
{
    Article article;
    article.path = articlePath;
    article.encoding = QStringLiteral("UTF-8");
    article.format = QStringLiteral("markdown");
    article.title = QStringLiteral("Premier inspects rebuilt harbour crane");
    article.text = sampleText();
    ImageRef a;
    a.url
        = QStringLiteral("https://images.provena-sample.example/2025/08/13/ncna-harbour-crane.jpg");
    ImageRef b;
    b.url = QStringLiteral("photos/local one.png");
    article.images = {a, b};
    doc.setArticle(article);
    doc.setArticleSha256(QStringLiteral("3f").repeated(32));
    ImageRecord ra;
    ra.sha256 = QStringLiteral("a1").repeated(32);
    ra.pixelSize = QSize(1600, 1067);
    ImageRecord rb;
    rb.sha256 = QStringLiteral("b2").repeated(32);
    rb.pixelSize = QSize(640, 480);
    doc.setImageRecord(0, ra);
    doc.setImageRecord(1, rb);

    const CodePointIndex index(article.text);
    QList<TextAnchor> anchors;
    const QStringList quotes
        = {QStringLiteral("김정은 위원장"), QStringLiteral("Tal Orsen"),
           QStringLiteral("Elvhaven \U0001F600 on"), QStringLiteral("naval parade")};
    for (int i = 0; i < quotes.size(); ++i) {
        TextAnchor t = makeTextAnchor(article.text, index,
                                      findOccurrence(article.text, index, quotes.at(i)));
        t.id = fixedUuid(100 + i);
        t.author = QStringLiteral("Analyst A");
        t.created = fixedTime(i);
        anchors.append(t);
    }
    anchors[3].note = QStringLiteral("Check the parade date — 7월 24일? \U0001F914");

    QList<Region> regions;
    auto add = [&](int n, int image, RegionGeometry g, const QString &label) {
        Region r;
        r.id = fixedUuid(n);
        r.imageIndex = image;
        r.geometry = std::move(g);
        r.label = label;
        r.author = QStringLiteral("Analyst A");
        r.created = fixedTime(10 + n);
        r.modified = fixedTime(20 + n);
        regions.append(r);
        return qsizetype(regions.size() - 1);
    };
    const qsizetype rect
        = add(1, 0, RegionGeometry::rectangle(QRectF(412, 88, 136, 170)), QStringLiteral("person"));
    regions[rect].entity
        = {QStringLiteral("Tal Orsen"), QStringLiteral("http://www.wikidata.org/entity/Q4115189")};
    regions[rect].note = QStringLiteral("Centre; 얼굴 partly occluded.");
    regions[rect].confidence = 0.9;
    regions[rect].links = {anchors[1].id, anchors[0].id};
    const qsizetype rectFrac
        = add(2, 0, RegionGeometry::rectangle(QRectF(10.25, 20.5, 30.125, 40.75)),
              QStringLiteral("vehicle"));
    regions[rectFrac].entity = {QStringLiteral("Crane"), {}};
    add(3, 0, RegionGeometry::ellipse(QRectF(100.5, 200, 50, 25.5)), QStringLiteral("person"));
    const qsizetype poly
        = add(4, 1, RegionGeometry::polygon(QPolygonF({{1, 2}, {30.5, 4}, {28, 40.125}, {3, 35}})),
              QStringLiteral("text-sign"));
    regions[poly].links = {anchors[2].id};
    add(5, 1, RegionGeometry::polyline(QPolygonF({{5, 5}, {50, 60}, {100, 5}})), {});
    const qsizetype point = add(6, 1, RegionGeometry::point(QPointF(320.5, 240.25)), {});
    regions[point].needsReview = true;
    doc.resetAnnotations(regions, anchors);
}

/**
 * A full provenance record for image 1 of fillSampleDocument (every claim role kind, status,
 * evidence kind, a recorded event, pillars and a verdict) and a small one for image 2: what the
 * round-trip, PROV-O and interop checks use.
 */
inline QList<ImageProvenance> sampleProvenance()
{
    Agent kcna;
    kcna.directoryId = QStringLiteral("kcna");
    kcna.name = QStringLiteral("Korean Central News Agency");
    kcna.abbreviations
        = {QStringLiteral("KCNA"), QStringLiteral("조선중앙통신"), QStringLiteral("ЦТАК")};
    kcna.kind = AgentKind::StateMedia;
    kcna.country = QStringLiteral("KP");
    Agent photographer;
    photographer.name = QStringLiteral("Jane Roe");
    photographer.kind = AgentKind::Person;
    Agent yonhap;
    yonhap.directoryId = QStringLiteral("yonhap");
    yonhap.name = QStringLiteral("Yonhap News Agency");
    yonhap.abbreviations = {QStringLiteral("Yonhap"), QStringLiteral("연합뉴스")};
    yonhap.kind = AgentKind::WireService;
    yonhap.country = QStringLiteral("KR");
    yonhap.iri = QStringLiteral("https://agents.provena-sample.example/yonhap");

    auto claim = [](int n, ClaimRole role, ClaimStatus status) {
        ProvenanceClaim c;
        c.id = fixedUuid(500 + n);
        c.role = role;
        c.status = status;
        c.recordedBy = QStringLiteral("Analyst A");
        c.recordedAt = fixedTime(30 + n);
        return c;
    };
    ImageProvenance first;
    ProvenanceClaim creator = claim(1, ClaimRole::Creator, ClaimStatus::Accepted);
    creator.agent = photographer;
    creator.evidence = {
        Evidence::metadataField(QStringLiteral("Exif.Image.Artist"), QStringLiteral("Jane Roe"))};
    ProvenanceClaim releaser = claim(2, ClaimRole::ReleasingAgency, ClaimStatus::Accepted);
    releaser.agent = kcna;
    releaser.date = QStringLiteral("2025-08-13");
    releaser.evidence = {Evidence::textSpan(TextRange {10, 17}, QStringLiteral("김정은 위원장")),
                         Evidence::link(QStringLiteral("http://www.kcna.kp/en/photo/1"))};
    releaser.reason = QStringLiteral("The caption says “(KCNA)”.");
    releaser.suggestionKey = QStringLiteral("caption:releasing-agency:kcna");
    ProvenanceClaim created = claim(3, ClaimRole::DateCreated, ClaimStatus::Accepted);
    created.date = QStringLiteral("2025-08-12T10:42:00Z");
    created.evidence = {Evidence::metadataField(QStringLiteral("Exif.Photo.DateTimeOriginal"),
                                                QStringLiteral("2025:08:12 10:42:00"))};
    ProvenanceClaim credit = claim(4, ClaimRole::CreditLine, ClaimStatus::Accepted);
    credit.value = QStringLiteral("KCNA via Yonhap \U0001F4F7");
    ProvenanceClaim distributor = claim(5, ClaimRole::Distributor, ClaimStatus::Disputed);
    distributor.agent = yonhap;
    distributor.date = QStringLiteral("2025-08-13/2025-08-14");
    distributor.url = QStringLiteral("https://en.yna.co.kr/view/PYH20250813");
    distributor.evidence = {Evidence::image(1, QStringLiteral("b2").repeated(32)),
                            Evidence::analystNote(QStringLiteral("Same frame, cropped."))};
    ProvenanceClaim rejected = claim(6, ClaimRole::Creator, ClaimStatus::Rejected);
    rejected.agent.name = QStringLiteral("Someone Else");
    rejected.suggestionKey = QStringLiteral("exif:creator:someone-else");
    first.claims = {creator, releaser, created, credit, distributor, rejected};
    CustodyEvent retrieved;
    retrieved.role = CustodyEvent::Role::Retrieved;
    retrieved.agent.name = QStringLiteral("Analyst A");
    retrieved.agent.kind = AgentKind::Person;
    retrieved.date = QStringLiteral("2025-08-14T08:00:00Z");
    retrieved.url = QStringLiteral("https://images.provena-sample.example/2025/08/13/x.jpg");
    retrieved.details = QJsonObject {{QStringLiteral("status"), 200},
                                     {QStringLiteral("contentType"), QStringLiteral("image/jpeg")}};
    first.recordedEvents = {retrieved};
    PillarAssessment &source = first.pillar(Pillar::Source);
    source.status = PillarAssessment::Status::Supports;
    source.note = QStringLiteral("KCNA distributes its own photos.");
    source.evidence = {Evidence::analystNote(QStringLiteral("Checked the KCNA site."))};
    source.assessedBy = QStringLiteral("Analyst A");
    source.assessedAt = fixedTime(50);
    PillarAssessment &date = first.pillar(Pillar::Date);
    date.status = PillarAssessment::Status::Inconclusive;
    first.verdict.value = Verdict::Value::Corroborated;
    first.verdict.rationale = QStringLiteral("Caption, metadata and the agency agree.");
    first.verdict.confidence = 0.75;
    first.verdict.decidedBy = QStringLiteral("Analyst A");
    first.verdict.decidedAt = fixedTime(55);

    ImageProvenance second;
    ProvenanceClaim dst = claim(7, ClaimRole::DigitalSourceType, ClaimStatus::Suggested);
    dst.value = QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture");
    second.claims = {dst};
    return {first, second};
}

} // namespace provena::testing
