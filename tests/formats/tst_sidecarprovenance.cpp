// SPDX-License-Identifier: MIT
// The provenance record in the sidecar (schema version 2): exact round trip, the PROV-O view,
// unknown fields, strict checks with JSON paths, and migration from version 1.
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "sidecarfixtures.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>

#include <functional>

using namespace provena;
using namespace provena::testing;
using namespace Qt::StringLiterals;

namespace {

const QString kPath = QStringLiteral("story.md.provena.jsonld");

QByteArray sampleWithProvenance()
{
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    doc.setProvenance(sampleProvenance());
    return SidecarWriter::write(doc);
}

QJsonObject root(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QJsonObject imageEntry(const QJsonObject &r, int index)
{
    return r.value(u"annotatedImages").toArray().at(index).toObject();
}

/** `bytes` with `edit` applied to the "provenance" object of image 1. */
QByteArray editedRecord(const QByteArray &bytes, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject r = root(bytes);
    QJsonArray images = r.value(u"annotatedImages").toArray();
    QJsonObject image = images.at(0).toObject();
    QJsonObject record = image.value(u"provenance").toObject();
    edit(record);
    image.insert(QStringLiteral("provenance"), record);
    images[0] = image;
    r.insert(QStringLiteral("annotatedImages"), images);
    return QJsonDocument(r).toJson();
}

/** Applies `edit` to element `index` of the array `key` of `o`. */
void editElement(QJsonObject &o, const char *key, int index,
                 const std::function<void(QJsonObject &)> &edit)
{
    QJsonArray list = o.value(QLatin1String(key)).toArray();
    QJsonObject element = list.at(index).toObject();
    edit(element);
    list[index] = element;
    o.insert(QLatin1String(key), list);
}

void editClaim(QJsonObject &record, int index, const std::function<void(QJsonObject &)> &edit)
{
    editElement(record, "claims", index, edit);
}

} // namespace

class TestSidecarProvenance : public QObject
{
    Q_OBJECT

private slots:
    void roundTripIsExactAndByteIdentical();
    void contextDeclaresProvAndThePermanentNamespace();
    void provViewFollowsTheAcceptedClaims();
    void provViewIsNotRead();
    void unknownFieldsSurvive();
    void unknownEvidenceKindIsKept();
    void datesInEveryRecordedForm();
    void malformed_data();
    void malformed();
    void versionOneFileReadsAndWritesAsVersionTwo();
    void documentedExampleIsWhatTheWriterWrites();
};

void TestSidecarProvenance::roundTripIsExactAndByteIdentical()
{
    const QByteArray bytes = sampleWithProvenance();
    const auto content = SidecarReader::read(bytes, kPath);
    QVERIFY2(content.ok(), qPrintable(content.error().toString()));
    QCOMPARE(content->schemaVersion, 2);
    QCOMPARE(content->provenance.size(), 2);
    const QList<ImageProvenance> expected = sampleProvenance();
    QCOMPARE(content->provenance.at(0).claims, expected.at(0).claims);
    QCOMPARE(content->provenance.at(0).recordedEvents, expected.at(0).recordedEvents);
    QVERIFY(content->provenance.at(0).pillars == expected.at(0).pillars);
    QCOMPARE(content->provenance.at(0).verdict, expected.at(0).verdict);
    QCOMPARE(content->provenance, expected);
    QCOMPARE(SidecarWriter::write(content.value()), bytes);
    QCOMPARE(sampleWithProvenance(), bytes); // deterministic: no clock, no random ids
}

void TestSidecarProvenance::contextDeclaresProvAndThePermanentNamespace()
{
    const QByteArray bytes = sampleWithProvenance();
    const QJsonObject context = root(bytes).value(u"@context").toArray().at(1).toObject();
    QCOMPARE(context.value(u"provena").toString(), QStringLiteral("https://w3id.org/provena/ns#"));
    QCOMPARE(context.value(u"prov").toString(), QStringLiteral("http://www.w3.org/ns/prov#"));
    QVERIFY(!bytes.contains("provena.example.org"));
    // Every key the record uses is a declared term, so safe-mode expansion keeps it.
    for (const char *term : {"provenance",
                             "claims",
                             "status",
                             "agent",
                             "evidence",
                             "verdict",
                             "pillars",
                             "recordedEvents",
                             "recordedAt",
                             "directoryId",
                             "abbreviations",
                             "kind",
                             "country",
                             "iri",
                             "date",
                             "url",
                             "metadataKey",
                             "metadataValue",
                             "note",
                             "reason",
                             "suggestionKey",
                             "recordedBy",
                             "fromClaim",
                             "details",
                             "pillar",
                             "assessedBy",
                             "assessedAt",
                             "rationale",
                             "decidedBy",
                             "decidedAt",
                             "ProvenanceClaim",
                             "prov:generatedAtTime"})
        QVERIFY2(context.contains(QLatin1String(term)), term);
}

void TestSidecarProvenance::provViewFollowsTheAcceptedClaims()
{
    const QJsonObject r = root(sampleWithProvenance());
    const QJsonObject first = imageEntry(r, 0);
    const QJsonArray attributed = first.value(u"prov:wasAttributedTo").toArray();
    QCOMPARE(attributed.size(), 1); // the rejected creator is not there
    const QJsonObject jane = attributed.at(0).toObject();
    QCOMPARE(jane.value(u"name").toString(), QStringLiteral("Jane Roe"));
    QCOMPARE(jane.value(u"type").toString(), QStringLiteral("prov:Person"));
    const QJsonObject principal = jane.value(u"prov:actedOnBehalfOf").toArray().at(0).toObject();
    QCOMPARE(principal.value(u"name").toString(), QStringLiteral("Korean Central News Agency"));
    QCOMPARE(principal.value(u"type").toString(), QStringLiteral("prov:Organization"));
    QCOMPARE(first.value(u"prov:generatedAtTime").toString(),
             QStringLiteral("2025-08-12T10:42:00Z"));
    const QJsonObject activity = first.value(u"prov:wasGeneratedBy").toObject();
    QCOMPARE(activity.value(u"type").toString(), QStringLiteral("prov:Activity"));
    QCOMPARE(activity.value(u"prov:endedAtTime").toString(),
             QStringLiteral("2025-08-12T10:42:00Z"));
    const QJsonObject released = first.value(u"prov:wasDerivedFrom").toArray().at(0).toObject();
    QCOMPARE(released.value(u"type").toString(), QStringLiteral("prov:Entity"));
    // "2025-08-13" is a date, not an xsd:dateTime: no generatedAtTime for the release.
    QVERIFY(!released.contains(u"prov:generatedAtTime"));
    // Created, released, distributed (disputed claims are events too), retrieved.
    const QJsonArray attributions = first.value(u"prov:qualifiedAttribution").toArray();
    QStringList roles;
    for (const QJsonValue &a : attributions)
        roles.append(a.toObject().value(u"prov:hadRole").toString());
    QCOMPARE(roles,
             QStringList({u"provena:created"_s, u"provena:released"_s, u"provena:distributed"_s,
                          u"provena:retrieved"_s}));
    QCOMPARE(attributions.at(2).toObject().value(u"prov:agent").toObject().value(u"id").toString(),
             QStringLiteral("https://agents.provena-sample.example/yonhap"));
    // A suggestion alone says nothing in PROV-O terms.
    const QJsonObject second = imageEntry(r, 1);
    QVERIFY(second.contains(u"provenance"));
    for (auto it = second.begin(); it != second.end(); ++it)
        QVERIFY2(!it.key().startsWith(u"prov:"), qPrintable(it.key()));
}

void TestSidecarProvenance::provViewIsNotRead()
{
    // Another tool edits the view: Provena reads the record and writes the view from it again.
    const QByteArray bytes = sampleWithProvenance();
    QJsonObject r = root(bytes);
    QJsonArray images = r.value(u"annotatedImages").toArray();
    QJsonObject image = images.at(0).toObject();
    image.insert(QStringLiteral("prov:wasAttributedTo"), QStringLiteral("someone else"));
    image.insert(QStringLiteral("prov:hadPrimarySource"), QStringLiteral("x"));
    images[0] = image;
    r.insert(QStringLiteral("annotatedImages"), images);
    const auto content = SidecarReader::read(QJsonDocument(r).toJson(), kPath);
    QVERIFY2(content.ok(), qPrintable(content.error().toString()));
    QVERIFY(content->images.at(0).record.extra.isEmpty());
    QCOMPARE(SidecarWriter::write(content.value()), bytes);
}

void TestSidecarProvenance::unknownFieldsSurvive()
{
    const QByteArray edited = editedRecord(sampleWithProvenance(), [](QJsonObject &record) {
        record.insert(QStringLiteral("provena:recordNote"), QStringLiteral("r"));
        editClaim(record, 1, [](QJsonObject &claim) {
            claim.insert(QStringLiteral("provena:weight"), 3);
            QJsonObject agent = claim.value(u"agent").toObject();
            agent.insert(QStringLiteral("provena:wikidataLabel"), QStringLiteral("a"));
            claim.insert(QStringLiteral("agent"), agent);
            editElement(claim, "evidence", 0,
                        [](QJsonObject &e) { e.insert(QStringLiteral("provena:paragraph"), 2); });
        });
        editElement(record, "pillars", 0,
                    [](QJsonObject &p) { p.insert(QStringLiteral("provena:checklist"), 1); });
        editElement(record, "recordedEvents", 0,
                    [](QJsonObject &e) { e.insert(QStringLiteral("provena:via"), u"proxy"_s); });
        QJsonObject verdict = record.value(u"verdict").toObject();
        verdict.insert(QStringLiteral("provena:reviewedBy"), QStringLiteral("Desk"));
        record.insert(QStringLiteral("verdict"), verdict);
    });
    const auto content = SidecarReader::read(edited, kPath);
    QVERIFY2(content.ok(), qPrintable(content.error().toString()));
    const ImageProvenance &record = content->provenance.at(0);
    QCOMPARE(record.extra.value(u"provena:recordNote").toString(), QStringLiteral("r"));
    QCOMPARE(record.claims.at(1).extra.value(u"provena:weight").toInt(), 3);
    QCOMPARE(record.claims.at(1).agent.name, QStringLiteral("Korean Central News Agency"));
    // Written back where it came from, byte for byte in the writer's layout.
    const QByteArray written = SidecarWriter::write(content.value());
    QCOMPARE(root(written), root(edited));
    QCOMPARE(SidecarWriter::write(SidecarReader::read(written).value()), written);
}

void TestSidecarProvenance::unknownEvidenceKindIsKept()
{
    // A newer Provena's evidence kind is kept and written back after the known ones; the file
    // still opens.
    const QJsonObject future {{QStringLiteral("kind"), QStringLiteral("c2pa-assertion")},
                              {QStringLiteral("label"), QStringLiteral("c2pa.actions")}};
    const QByteArray edited = editedRecord(sampleWithProvenance(), [&](QJsonObject &record) {
        editClaim(record, 0, [&](QJsonObject &claim) {
            QJsonArray evidence = claim.value(u"evidence").toArray();
            evidence.append(future);
            claim.insert(QStringLiteral("evidence"), evidence);
        });
    });
    const auto content = SidecarReader::read(edited, kPath);
    QVERIFY2(content.ok(), qPrintable(content.error().toString()));
    QCOMPARE(content->provenance.at(0).claims.at(0).evidence.size(), 1);
    QCOMPARE(root(SidecarWriter::write(content.value())), root(edited));
}

void TestSidecarProvenance::datesInEveryRecordedForm()
{
    const QStringList dates = {u"2025"_s,
                               u"2025-08"_s,
                               u"2025-08-13"_s,
                               u"2025-08-13T10:42:00Z"_s,
                               u"2025-08-13T10:42:00+09:00"_s,
                               u"2025-08-12/2025-08-13"_s,
                               u"2025-08/2025-08-13T10:00:00Z"_s,
                               u"2025-08-13T10:00:00+09:00/2025-08-13T02:00:00Z"_s,
                               u"2025-08-13T10:42:00.250Z"_s,
                               u"2025-08-13T10:42"_s,
                               u"2025-08-13/2025-08-13T10:00:00Z"_s};
    for (const QString &date : dates) {
        const QByteArray edited = editedRecord(sampleWithProvenance(), [&](QJsonObject &record) {
            editClaim(record, 1, [&](QJsonObject &c) { c.insert(QStringLiteral("date"), date); });
        });
        const auto content = SidecarReader::read(edited, kPath);
        QVERIFY2(content.ok(), qPrintable(date + u' ' + content.error().toString()));
        QCOMPARE(content->provenance.at(0).claims.at(1).date, date);
    }
}

void TestSidecarProvenance::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    const QByteArray good = sampleWithProvenance();
    auto claimEdit = [&](int index, const std::function<void(QJsonObject &)> &edit) {
        return editedRecord(good, [&](QJsonObject &r) { editClaim(r, index, edit); });
    };
    const QString claims = QStringLiteral("annotatedImages[0].provenance.claims");
    auto set = [](const char *key, QJsonValue v) {
        return [key, v](QJsonObject &o) {
            o.insert(QLatin1String(key), v);
        };
    };
    QTest::newRow("role name") << claimEdit(0, set("role", u"photographer"_s))
                               << claims + u"[0].role"_s;
    QTest::newRow("role case") << claimEdit(0, set("role", u"Creator"_s)) << claims + u"[0].role"_s;
    QTest::newRow("no role") << claimEdit(0, [](QJsonObject &o) { o.remove(u"role"_s); })
                             << claims + u"[0].role"_s;
    QTest::newRow("status") << claimEdit(2, set("status", u"maybe"_s)) << claims + u"[2].status"_s;
    QTest::newRow("agent kind") << claimEdit(1, [](QJsonObject &o) {
        QJsonObject a = o.value(u"agent").toObject();
        a.insert(QStringLiteral("kind"), QStringLiteral("spy"));
        o.insert(QStringLiteral("agent"), a);
    }) << claims + u"[1].agent.kind"_s;
    QTest::newRow("date") << claimEdit(1, set("date", u"13 August 2025"_s))
                          << claims + u"[1].date"_s;
    QTest::newRow("date 31 June") << claimEdit(1, set("date", u"2025-06-31"_s))
                                  << claims + u"[1].date"_s;
    QTest::newRow("range backwards")
        << claimEdit(4, set("date", u"2025-08-14/2025-08-13"_s)) << claims + u"[4].date"_s;
    QTest::newRow("range backwards in time")
        << claimEdit(4, set("date", u"2025-08-13T10:00:00+09:00/2025-08-13T00:30:00Z"_s))
        << claims + u"[4].date"_s;
    QTest::newRow("time 25:61") << claimEdit(1, set("date", u"2025-08-13T25:61:00"_s))
                                << claims + u"[1].date"_s;
    QTest::newRow("recordedAt") << claimEdit(0, set("recordedAt", u"yesterday"_s))
                                << claims + u"[0].recordedAt"_s;
    QTest::newRow("id") << claimEdit(0, set("id", u"claim-1"_s)) << claims + u"[0].id"_s;
    QTest::newRow("id twice") << claimEdit(
        1, set("id", u"urn:uuid:"_s + fixedUuid(501).toString(QUuid::WithoutBraces)))
                              << claims + u"[1].id"_s;
    QTest::newRow("span backwards") << claimEdit(1, [](QJsonObject &o) {
        editElement(o, "evidence", 0, [](QJsonObject &e) { e.insert(QStringLiteral("end"), 2); });
    }) << claims + u"[1].evidence[0].end"_s;
    QTest::newRow("evidence kind not text") << claimEdit(1, [](QJsonObject &o) {
        editElement(o, "evidence", 1, [](QJsonObject &e) { e.insert(QStringLiteral("kind"), 7); });
    }) << claims + u"[1].evidence[1].kind"_s;
    QTest::newRow("claims not array") << editedRecord(good, [](QJsonObject &r) {
        r.insert(QStringLiteral("claims"), QStringLiteral("none"));
    }) << QStringLiteral("annotatedImages[0].provenance.claims");
    QTest::newRow("confidence") << editedRecord(good, [](QJsonObject &r) {
        QJsonObject v = r.value(u"verdict").toObject();
        v.insert(QStringLiteral("confidence"), 1.5);
        r.insert(QStringLiteral("verdict"), v);
    }) << QStringLiteral("annotatedImages[0].provenance.verdict.confidence");
    QTest::newRow("verdict value") << editedRecord(good, [](QJsonObject &r) {
        QJsonObject v = r.value(u"verdict").toObject();
        v.insert(QStringLiteral("value"), QStringLiteral("true"));
        r.insert(QStringLiteral("verdict"), v);
    }) << QStringLiteral("annotatedImages[0].provenance.verdict.value");
    QTest::newRow("pillar twice") << editedRecord(good, [](QJsonObject &r) {
        editElement(r, "pillars", 1,
                    [](QJsonObject &p) { p.insert(QStringLiteral("pillar"), u"source"_s); });
    }) << QStringLiteral("annotatedImages[0].provenance.pillars[1].pillar");
    QTest::newRow("pillar status") << editedRecord(good, [](QJsonObject &r) {
        editElement(r, "pillars", 0,
                    [](QJsonObject &p) { p.insert(QStringLiteral("status"), u"ok"_s); });
    }) << QStringLiteral("annotatedImages[0].provenance.pillars[0].status");
    QTest::newRow("event role") << editedRecord(good, [](QJsonObject &r) {
        editElement(r, "recordedEvents", 0,
                    [](QJsonObject &e) { e.insert(QStringLiteral("role"), u"stolen"_s); });
    }) << QStringLiteral("annotatedImages[0].provenance.recordedEvents[0].role");
}

void TestSidecarProvenance::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    const auto content = SidecarReader::read(bytes, kPath);
    QVERIFY(!content);
    QCOMPARE(content.error().path, kPath);
    QCOMPARE(content.error().detail, where);
    QVERIFY2(content.error().message.contains(where), qPrintable(content.error().message));
}

void TestSidecarProvenance::versionOneFileReadsAndWritesAsVersionTwo()
{
    // Written by Provena before the bump, with the placeholder namespace in its context.
    QFile file(QStringLiteral(PROVENA_TEST_DATA "/sidecar/v1-unknown-fields.provena.jsonld"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray v1 = file.readAll();
    QVERIFY(v1.contains("\"schemaVersion\": 1,"));
    QVERIFY(v1.contains("https://provena.example.org/ns/sidecar#"));
    const auto content = SidecarReader::read(v1, kPath);
    QVERIFY2(content.ok(), qPrintable(content.error().toString()));
    QCOMPARE(content->schemaVersion, 1);
    QCOMPARE(content->regions.size(), 2);
    QCOMPARE(content->anchors.size(), 2);
    for (const ImageProvenance &p : content->provenance)
        QVERIFY(p.isEmpty());

    const QByteArray v2 = SidecarWriter::write(content.value());
    QVERIFY(v2.contains("\"schemaVersion\": 2,"));
    QVERIFY(!v2.contains("https://provena.example.org/ns/sidecar#"));
    const auto again = SidecarReader::read(v2, kPath);
    QVERIFY2(again.ok(), qPrintable(again.error().toString()));
    QCOMPARE(again->schemaVersion, 2);
    // The same items; the file is in id order now, so items made in the same second may come
    // back in another order (docs/sidecar-format.md, "Structure").
    const auto byId = [](auto list) {
        std::sort(list.begin(), list.end(),
                  [](const auto &a, const auto &b) { return a.id.toString() < b.id.toString(); });
        return list;
    };
    QCOMPARE(byId(again->regions), byId(content->regions));
    QCOMPARE(byId(again->anchors), byId(content->anchors));
    // Only the version and the namespace changed; unknown fields are where they were.
    QJsonObject expected = root(v1);
    expected.insert(QStringLiteral("schemaVersion"), 2);
    QJsonArray context = expected.value(u"@context").toArray();
    QJsonObject terms = context.at(1).toObject();
    const QJsonObject now = root(v2).value(u"@context").toArray().at(1).toObject();
    for (auto it = now.begin(); it != now.end(); ++it)
        terms.insert(it.key(), it.value());
    context[1] = terms;
    expected.insert(QStringLiteral("@context"), context);
    expected.remove(QStringLiteral("total")); // no longer written
    // Items compared by id, their order being the writer's (id order).
    const auto itemsById = [](QJsonObject r) {
        QJsonObject first = r.value(u"first").toObject();
        const QJsonArray items = first.value(u"items").toArray();
        QList<QJsonValue> list(items.begin(), items.end());
        std::stable_sort(list.begin(), list.end(), [](const QJsonValue &a, const QJsonValue &b) {
            return a.toObject().value(u"id").toString() < b.toObject().value(u"id").toString();
        });
        QJsonArray sorted;
        for (const QJsonValue &v : list)
            sorted.append(v);
        first.insert(QStringLiteral("items"), sorted);
        r.insert(QStringLiteral("first"), first);
        return r;
    };
    QCOMPARE(itemsById(root(v2)), itemsById(expected));
}

void TestSidecarProvenance::documentedExampleIsWhatTheWriterWrites()
{
    QFile doc(QStringLiteral(PROVENA_SOURCE_DIR "/docs/sidecar-format.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(doc.readAll());
    const QString begin = QStringLiteral("<!-- provenance-example:begin -->\n```json\n");
    const qsizetype from = text.indexOf(begin);
    const qsizetype to = text.indexOf(QStringLiteral("```\n<!-- provenance-example:end -->"));
    QVERIFY(from >= 0 && to > from);
    const QString documented = text.mid(from + begin.size(), to - from - begin.size());

    // The "annotatedImages" member as the writer indents it inside the collection, one level
    // less.
    const QString written = QString::fromUtf8(sampleWithProvenance());
    const qsizetype start = written.indexOf(QStringLiteral("    \"annotatedImages\": ["));
    const qsizetype end = written.indexOf(QStringLiteral("\n    \"first\": {"));
    QVERIFY(start >= 0 && end > start);
    QStringList lines = written.mid(start, end - start + 1).split(u'\n');
    for (QString &line : lines)
        line.remove(0, 4);
    QCOMPARE(documented, lines.join(u'\n'));
}

QTEST_GUILESS_MAIN(TestSidecarProvenance)
#include "tst_sidecarprovenance.moc"
