// SPDX-License-Identifier: MIT
#include "core/model/regionvalidator.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "sidecarfixtures.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace provena;
using namespace provena::testing;

namespace {

SidecarContent readBack(const QByteArray &bytes)
{
    auto content = SidecarReader::read(bytes, QStringLiteral("story.md.provena.jsonld"));
    if (!content)
        qWarning("%s", qPrintable(content.error().toString()));
    return content ? content.value() : SidecarContent {};
}

/** A document loaded from `content` the way DocumentIO does, for write-back comparisons. */
void load(ArticleDocument &doc, const ArticleDocument &like, const SidecarContent &content)
{
    doc.setArticle(like.article());
    doc.setArticleSha256(like.articleSha256());
    for (qsizetype i = 0; i < content.images.size(); ++i)
        doc.setImageRecord(int(i), content.images.at(i).record);
    doc.setSidecarExtra(content.extra);
    LabelTaxonomy labels = doc.labels();
    labels.merge(content.labels);
    doc.setLabels(labels);
    doc.resetAnnotations(content.regions, content.anchors);
}

QJsonObject root(const QByteArray &bytes)
{
    return QJsonDocument::fromJson(bytes).object();
}

QJsonArray items(const QJsonObject &r)
{
    return r.value(QLatin1String("first")).toObject().value(QLatin1String("items")).toArray();
}

QByteArray sample()
{
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    return SidecarWriter::write(doc);
}

QByteArray edited(const QByteArray &bytes, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject r = root(bytes);
    edit(r);
    return QJsonDocument(r).toJson();
}

} // namespace

class TestSidecar : public QObject
{
    Q_OBJECT

private slots:
    void roundTripEveryShapeAndSelector();
    void selectorsFollowTheStandard();
    void codePointOffsetsWithHangulAndEmoji();
    void unknownFieldsArePreserved();
    void deterministic();
    void keysSortedLikeQJsonDocument();
    void linksAreSeparateAnnotations();
    void readsForeignV0Collection();
    void rejectsNewerSchema();
    void malformed_data();
    void malformed();
    void parseErrorHasLineAndColumn();
    void acceptedTimestampsSurviveRewrite_data();
    void acceptedTimestampsSurviveRewrite();
    void foreignShapeOutsideLimitsIsRefused();
    void pseudoKeysInAFileAreIgnored();
    void contentWritesBackByteIdentical_data();
    void contentWritesBackByteIdentical();
};

void TestSidecar::roundTripEveryShapeAndSelector()
{
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    const SidecarContent c = readBack(SidecarWriter::write(doc));
    QCOMPARE(c.schemaVersion, 2);
    QCOMPARE(c.regions.size(), doc.regions().size());
    for (qsizetype i = 0; i < c.regions.size(); ++i)
        QCOMPARE(c.regions.at(i), doc.regions().at(i));
    QCOMPARE(c.anchors, doc.anchors());
    QCOMPARE(c.articleSha256, doc.articleSha256());
    QCOMPARE(c.articleEncoding, QStringLiteral("UTF-8"));
    QCOMPARE(c.articleLocalPath, QStringLiteral("story.md"));
    QCOMPARE(c.images.size(), 2);
    QCOMPARE(c.images.at(0).iri, doc.article().images.at(0).url);
    QCOMPARE(c.images.at(0).record.pixelSize, QSize(1600, 1067));
    QCOMPARE(c.images.at(1).originalUrl, QStringLiteral("photos/local one.png"));
    QVERIFY(c.images.at(1).iri.startsWith(QLatin1String("ni:///sha-256;")));
    QVERIFY(c.labels.contains(QStringLiteral("person")));
}

void TestSidecar::selectorsFollowTheStandard()
{
    const QJsonObject r = root(sample());
    QCOMPARE(r.value(QLatin1String("@context")).toArray().at(0).toString(),
             QStringLiteral("http://www.w3.org/ns/anno.jsonld"));
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &v : items(r))
        byId.insert(v.toObject().value(QLatin1String("id")).toString(), v.toObject());
    auto selectorOf = [&](int n) {
        return byId.value(QStringLiteral("urn:uuid:") + fixedUuid(n).toString(QUuid::WithoutBraces))
            .value(QLatin1String("target"))
            .toObject()
            .value(QLatin1String("selector"))
            .toObject();
    };
    QCOMPARE(selectorOf(1).value(QLatin1String("type")).toString(),
             QStringLiteral("FragmentSelector"));
    QCOMPARE(selectorOf(1).value(QLatin1String("value")).toString(),
             QStringLiteral("xywh=pixel:412,88,136,170"));
    QCOMPARE(selectorOf(1).value(QLatin1String("conformsTo")).toString(),
             QStringLiteral("http://www.w3.org/TR/media-frags/"));
    // Non-integer rectangle: the smallest whole-pixel box covering it.
    QCOMPARE(selectorOf(2).value(QLatin1String("value")).toString(),
             QStringLiteral("xywh=pixel:10,20,31,42"));
    QVERIFY(selectorOf(3)
                .value(QLatin1String("value"))
                .toString()
                .contains(
                    QLatin1String("<ellipse cx=\"125.5\" cy=\"212.75\" rx=\"25\" ry=\"12.75\"/>")));
    QVERIFY(selectorOf(4)
                .value(QLatin1String("value"))
                .toString()
                .contains(QLatin1String(
                    "viewBox=\"0 0 640 480\"><polygon points=\"1,2 30.5,4 28,40.125 3,35\"/>")));
    QVERIFY(selectorOf(5)
                .value(QLatin1String("value"))
                .toString()
                .contains(QLatin1String("<polyline")));
    QVERIFY(selectorOf(6)
                .value(QLatin1String("value"))
                .toString()
                .contains(QLatin1String("<circle cx=\"320.5\" cy=\"240.25\" r=\"1\"/>")));
    // Timestamps: UTC, Z, no fractions.
    for (const QJsonObject &o : std::as_const(byId)) {
        const QString created = o.value(QLatin1String("created")).toString();
        if (!created.isEmpty())
            QVERIFY2(
                QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"))
                    .match(created)
                    .hasMatch(),
                qPrintable(created));
    }
}

void TestSidecar::codePointOffsetsWithHangulAndEmoji()
{
    const QJsonObject r = root(sample());
    const QString text = sampleText();
    const QList<uint> ucs4 = text.toUcs4();
    int checked = 0;
    for (const QJsonValue &v : items(r)) {
        const QJsonObject target = v.toObject().value(QLatin1String("target")).toObject();
        const QJsonArray selectors = target.value(QLatin1String("selector")).toArray();
        if (selectors.size() != 2)
            continue;
        const qint64 start = selectors.at(0).toObject().value(QLatin1String("start")).toInteger();
        const qint64 end = selectors.at(0).toObject().value(QLatin1String("end")).toInteger();
        const QString exact = selectors.at(1).toObject().value(QLatin1String("exact")).toString();
        // Cut by code points, independently of CodePointIndex.
        const QList<uint> cut = ucs4.mid(start, end - start);
        QCOMPARE(QString::fromUcs4(reinterpret_cast<const char32_t *>(cut.constData()), cut.size()),
                 exact);
        ++checked;
    }
    QCOMPARE(checked, 4);
}

void TestSidecar::unknownFieldsArePreserved()
{
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    const QByteArray withUnknown = edited(SidecarWriter::write(doc), [](QJsonObject &r) {
        r.insert(QStringLiteral("x:collectionNote"), QStringLiteral("kept"));
        QJsonObject first = r.value(QLatin1String("first")).toObject();
        first.insert(QStringLiteral("x:pageNote"), 7);
        QJsonArray list = first.value(QLatin1String("items")).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            QJsonObject a = list.at(i).toObject();
            a.insert(QStringLiteral("x:annotationNote"), QJsonArray {1, 2, 3});
            QJsonObject target = a.value(QLatin1String("target")).toObject();
            if (a.value(QLatin1String("role")) != QLatin1String("link")) {
                target.insert(QStringLiteral("x:targetNote"), true);
                a.insert(QStringLiteral("target"), target);
                QJsonArray bodies = a.value(QLatin1String("body")).toArray();
                bodies.append(QJsonObject {{QStringLiteral("type"), QStringLiteral("TextualBody")},
                                           {QStringLiteral("purpose"), QStringLiteral("replying")},
                                           {QStringLiteral("value"), QStringLiteral("reply")}});
                a.insert(QStringLiteral("body"), bodies);
            }
            list[i] = a;
        }
        first.insert(QStringLiteral("items"), list);
        r.insert(QStringLiteral("first"), first);
        QJsonObject article = r.value(QLatin1String("annotatedArticle")).toObject();
        article.insert(QStringLiteral("x:articleNote"), QStringLiteral("a"));
        r.insert(QStringLiteral("annotatedArticle"), article);
        QJsonArray images = r.value(QLatin1String("annotatedImages")).toArray();
        QJsonObject image = images.at(0).toObject();
        image.insert(QStringLiteral("x:imageNote"), QStringLiteral("i"));
        images[0] = image;
        r.insert(QStringLiteral("annotatedImages"), images);
    });
    const QByteArray normalised = QJsonDocument(root(withUnknown)).toJson(QJsonDocument::Indented);
    const SidecarContent c = readBack(withUnknown);
    QVERIFY(!c.regions.isEmpty());
    QVERIFY(c.regions.at(0).extra.contains(QStringLiteral("x:annotationNote")));
    QCOMPARE(c.images.at(0).record.extra.value(QLatin1String("x:imageNote")).toString(),
             QStringLiteral("i"));
    ArticleDocument again;
    load(again, doc, c);
    const QByteArray rewritten = SidecarWriter::write(again);
    // Everything survives, link annotations included.
    const QJsonObject a = root(rewritten), b = root(normalised);
    if (a != b) {
        QFile fa(QDir::temp().filePath(QStringLiteral("sidecar-a.json")));
        QFile fb(QDir::temp().filePath(QStringLiteral("sidecar-b.json")));
        if (fa.open(QIODevice::WriteOnly) && fb.open(QIODevice::WriteOnly)) {
            fa.write(QJsonDocument(a).toJson());
            fb.write(QJsonDocument(b).toJson());
        }
    }
    QCOMPARE(QJsonDocument(a).toJson(), QJsonDocument(b).toJson());
}

void TestSidecar::deterministic()
{
    const QByteArray one = sample();
    const QByteArray two = sample();
    QCOMPARE(one, two);
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    ArticleDocument loaded;
    load(loaded, doc, readBack(one));
    QCOMPARE(SidecarWriter::write(loaded), one);
    QVERIFY(one.endsWith('\n'));
    QVERIFY(one.contains("\n    \"@context\""));
}

void TestSidecar::keysSortedLikeQJsonDocument()
{
    // The layout Provena promises (sorted keys, four spaces per level, one value per line, a
    // final newline), checked on the text itself rather than by re-serialising it with Qt, which
    // would hold whatever the writer did. Unknown fields are placed like known ones.
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    QList<Region> regions = doc.regions();
    regions[0].extra.insert(QStringLiteral("aaa"), 1);
    regions[0].extra.insert(QStringLiteral("needsReviewX"), QJsonArray {QStringLiteral("\n\"")});
    regions[0].extra.insert(QStringLiteral("zzz"), QJsonObject {{QStringLiteral("b"), 2}});
    doc.resetAnnotations(regions, doc.anchors());
    doc.setSidecarExtra({{QStringLiteral("x:ext"), 1.5}, {QStringLiteral("@base"), QString()}});
    const QByteArray ours = SidecarWriter::write(doc);
    QVERIFY(ours.endsWith("}\n"));

    struct Level
    {
        bool object = false;
        QString lastKey;
    };
    QList<Level> open;
    int keys = 0;
    const QList<QByteArray> lines = ours.chopped(1).split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines.at(n));
        const QString where = QStringLiteral("line %1: %2").arg(n + 1).arg(line);
        qsizetype indent = 0;
        while (indent < line.size() && line.at(indent) == u' ')
            ++indent;
        const QString body = line.mid(indent);
        QVERIFY2(!body.isEmpty() && !body.endsWith(u' '), qPrintable(where));
        const bool closes = body.startsWith(u'}') || body.startsWith(u']');
        if (closes) {
            QVERIFY2(!open.isEmpty(), qPrintable(where));
            open.removeLast();
        }
        QVERIFY2(indent == 4 * open.size(), qPrintable(where));
        if (!closes && !open.isEmpty() && open.last().object) {
            // "key": value — the key is a JSON string; find its closing quote past escapes.
            QVERIFY2(body.startsWith(u'"'), qPrintable(where));
            qsizetype end = 1;
            while (end < body.size() && body.at(end) != u'"')
                end += body.at(end) == u'\\' ? 2 : 1;
            QVERIFY2(body.mid(end, 3) == QLatin1String("\": "), qPrintable(where));
            const QString key = body.mid(1, end - 1);
            QVERIFY2(
                open.last().lastKey.isNull() || open.last().lastKey < key,
                qPrintable(where + QStringLiteral(" (after \"%1\")").arg(open.last().lastKey)));
            open.last().lastKey = key;
            ++keys;
        }
        if (body.endsWith(u'{') || body.endsWith(u'['))
            open.append({body.endsWith(u'{'), QString()});
    }
    QVERIFY(open.isEmpty());
    QVERIFY(keys > 100);
    // The unknown fields are there, escaped as JSON requires, in key order among the known ones.
    const qsizetype aaa = ours.indexOf("\"aaa\": 1,");
    const qsizetype escaped = ours.indexOf("\"needsReviewX\": [\n");
    const qsizetype zzz = ours.indexOf("\"zzz\": {\n");
    QVERIFY(aaa > 0 && escaped > aaa && zzz > escaped);
    QVERIFY(ours.contains("\"\\n\\\"\"\n"));
    QVERIFY(ours.indexOf("\"@base\": \"\",") < ours.indexOf("\"@context\""));
}

void TestSidecar::linksAreSeparateAnnotations()
{
    const QJsonObject r = root(sample());
    int links = 0;
    for (const QJsonValue &v : items(r)) {
        const QJsonObject a = v.toObject();
        if (a.value(QLatin1String("motivation")) != QLatin1String("linking"))
            continue;
        ++links;
        QVERIFY(
            a.value(QLatin1String("body")).toObject().value(QLatin1String("selector")).isArray());
        QVERIFY(a.value(QLatin1String("target"))
                    .toObject()
                    .value(QLatin1String("selector"))
                    .isObject());
        QVERIFY(a.value(QLatin1String("linkedRegion"))
                    .toString()
                    .startsWith(QLatin1String("urn:uuid:")));
    }
    QCOMPARE(links, 3);
    // No `total`: a count every addition changes would conflict in a line-wise merge.
    QVERIFY(!r.contains(QLatin1String("total")));
}

void TestSidecar::readsForeignV0Collection()
{
    // A plain W3C collection (no schemaVersion, no Provena terms) as another tool writes it.
    const QByteArray v0 = R"({
      "@context": "http://www.w3.org/ns/anno.jsonld",
      "id": "urn:uuid:0e0e0e0e-0000-4000-8000-000000000001", "type": "AnnotationCollection",
      "annotatedImages": [{"id": "https://example.org/p.jpg", "type": "Image"}],
      "first": {"type": "AnnotationPage", "items": [
        {"id": "urn:uuid:0e0e0e0e-0000-4000-8000-000000000002", "type": "Annotation",
         "body": {"type": "TextualBody", "purpose": "tagging", "value": "person"},
         "target": {"source": "https://example.org/p.jpg",
                    "selector": {"type": "SvgSelector", "value": "<svg xmlns='http://www.w3.org/2000/svg'><polygon points='1,1 9,1 9,9'/></svg>"}}},
        {"id": "urn:uuid:0e0e0e0e-0000-4000-8000-000000000003", "type": "Annotation",
         "body": {"type": "TextualBody", "purpose": "tagging", "value": "Sea bird"},
         "target": {"source": "https://example.org/p.jpg",
                    "selector": {"type": "FragmentSelector", "value": "xywh=pixel:1,2,3,4"}}},
        {"id": "urn:uuid:0e0e0e0e-0000-4000-8000-000000000004", "type": "Annotation",
         "motivation": "commenting",
         "body": {"type": "TextualBody", "purpose": "commenting", "value": "hm"},
         "target": {"source": "urn:x", "selector": {"type": "TextQuoteSelector", "exact": "port"}}}
      ]}})";
    auto c = SidecarReader::read(v0);
    QVERIFY2(c.ok(), qPrintable(c.error().toString()));
    QCOMPARE(c->schemaVersion, 0);
    QCOMPARE(c->regions.size(), 2);
    QCOMPARE(c->regions.at(0).geometry.shape(), RegionGeometry::Shape::Polygon);
    QCOMPARE(c->regions.at(0).label, QStringLiteral("person"));
    QCOMPARE(c->regions.at(1).geometry.boundingRect(), QRectF(1, 2, 3, 4));
    // Another tool's free-text tag is not a Provena label id; the file still loads (the region
    // check the reader shares with the paste and the CLI leaves foreign tags as read).
    QCOMPARE(c->regions.at(1).label, QStringLiteral("Sea bird"));
    QVERIFY(!RegionValidator::problems(c->regions.at(1)).isEmpty());
    QCOMPARE(c->anchors.size(), 1);
    QCOMPARE(c->anchors.at(0).note, QStringLiteral("hm"));
}

void TestSidecar::rejectsNewerSchema()
{
    const QByteArray newer = edited(sample(), [](QJsonObject &r) {
        r.insert(QStringLiteral("schemaVersion"), SidecarReader::kSchemaVersion + 1);
    });
    auto c = SidecarReader::read(newer, QStringLiteral("s.jsonld"));
    QVERIFY(!c);
    QVERIFY(c.error().message.contains(QLatin1String("newer Provena")));
}

void TestSidecar::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("where");
    const QByteArray good = sample();
    auto item = [&](int index, const std::function<void(QJsonObject &)> &edit) {
        return edited(good, [&](QJsonObject &r) {
            QJsonObject first = r.value(QLatin1String("first")).toObject();
            QJsonArray list = first.value(QLatin1String("items")).toArray();
            QJsonObject a = list.at(index).toObject();
            edit(a);
            list[index] = a;
            first.insert(QStringLiteral("items"), list);
            r.insert(QStringLiteral("first"), first);
        });
    };
    // Items are in id order (anchors first): find the ones each row edits.
    const QJsonArray goodItems = items(root(good));
    const auto posOf = [&](const QUuid &id) {
        for (qsizetype i = 0; i < goodItems.size(); ++i) {
            if (goodItems.at(i).toObject().value(QLatin1String("id"))
                == QJsonValue(QStringLiteral("urn:uuid:") + id.toString(QUuid::WithoutBraces)))
                return int(i);
        }
        return -1;
    };
    const int region1 = posOf(fixedUuid(1)); // a rectangle, followed by its two links
    const int link = region1 + 1;
    const int notedAnchor = posOf(fixedUuid(103));
    const auto at = [](int index, const char *rest) {
        return QStringLiteral("first.items[%1].").arg(index) + QLatin1String(rest);
    };
    QTest::newRow("truncated") << good.left(good.size() / 2) << QString();
    QTest::newRow("wrong type: items") << edited(good, [](QJsonObject &r) {
        QJsonObject first = r.value(QLatin1String("first")).toObject();
        first.insert(QStringLiteral("items"), QStringLiteral("nope"));
        r.insert(QStringLiteral("first"), first);
    }) << QStringLiteral("first.items");
    QTest::newRow("wrong type: selector value") << item(region1, [](QJsonObject &a) {
        QJsonObject t = a.value(QLatin1String("target")).toObject();
        QJsonObject s = t.value(QLatin1String("selector")).toObject();
        s.insert(QStringLiteral("value"), 12);
        t.insert(QStringLiteral("selector"), s);
        a.insert(QStringLiteral("target"), t);
    }) << at(region1, "target.selector.value");
    QTest::newRow("wrong type: quote") << item(0, [](QJsonObject &a) {
        QJsonObject t = a.value(QLatin1String("target")).toObject();
        QJsonArray s = t.value(QLatin1String("selector")).toArray();
        QJsonObject q = s.at(1).toObject();
        q.insert(QStringLiteral("exact"), QJsonArray());
        s[1] = q;
        t.insert(QStringLiteral("selector"), s);
        a.insert(QStringLiteral("target"), t);
    }) << QStringLiteral("first.items[0].target.selector[1].exact");
    QTest::newRow("huge coordinate") << item(region1, [](QJsonObject &a) {
        QJsonObject t = a.value(QLatin1String("target")).toObject();
        QJsonObject g = t.value(QLatin1String("geometry")).toObject();
        g.insert(QStringLiteral("points"), QJsonArray {1, 2, 1e300, 4});
        t.insert(QStringLiteral("geometry"), g);
        a.insert(QStringLiteral("target"), t);
    }) << at(region1, "target.geometry.points[2]");
    QTest::newRow("huge number literal")
        << QByteArray(good).replace("\"pixelWidth\": 1600", "\"pixelWidth\": 1e999999")
        << QString();
    QTest::newRow("negative size") << edited(good, [](QJsonObject &r) {
        QJsonArray images = r.value(QLatin1String("annotatedImages")).toArray();
        QJsonObject i = images.at(1).toObject();
        i.insert(QStringLiteral("pixelWidth"), -640);
        images[1] = i;
        r.insert(QStringLiteral("annotatedImages"), images);
    }) << QStringLiteral("annotatedImages[1].pixelWidth");
    QTest::newRow("negative position") << item(1, [](QJsonObject &a) {
        QJsonObject t = a.value(QLatin1String("target")).toObject();
        QJsonArray s = t.value(QLatin1String("selector")).toArray();
        QJsonObject p = s.at(0).toObject();
        p.insert(QStringLiteral("start"), -3);
        s[0] = p;
        t.insert(QStringLiteral("selector"), s);
        a.insert(QStringLiteral("target"), t);
    }) << QStringLiteral("first.items[1].target.selector[0].start");
    QTest::newRow("10 MB note") << item(notedAnchor, [](QJsonObject &a) {
        QJsonArray bodies = a.value(QLatin1String("body")).toArray();
        QJsonObject b = bodies.at(0).toObject();
        b.insert(QStringLiteral("value"), QString(10 * 1024 * 1024, u'x'));
        bodies[0] = b;
        a.insert(QStringLiteral("body"), bodies);
    }) << at(notedAnchor, "body[0].value");
    QTest::newRow("duplicate id") << item(1, [&](QJsonObject &a) {
        a.insert(QStringLiteral("id"),
                 root(good)
                     .value(QLatin1String("first"))
                     .toObject()
                     .value(QLatin1String("items"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QLatin1String("id")));
    }) << QStringLiteral("first.items[1].id");
    QTest::newRow("bad timestamp") << item(region1, [](QJsonObject &a) {
        a.insert(QStringLiteral("created"), QStringLiteral("yesterday"));
    }) << at(region1, "created");
    QTest::newRow("link to nothing") << item(link, [](QJsonObject &a) {
        a.insert(QStringLiteral("linkedAnchor"),
                 QStringLiteral("urn:uuid:00000000-0000-4000-8000-00000000dead"));
    }) << at(link, "linkedAnchor");
    QTest::newRow("bad shape") << item(region1, [](QJsonObject &a) {
        QJsonObject t = a.value(QLatin1String("target")).toObject();
        QJsonObject g = t.value(QLatin1String("geometry")).toObject();
        g.insert(QStringLiteral("shape"), QStringLiteral("hexagon"));
        t.insert(QStringLiteral("geometry"), g);
        a.insert(QStringLiteral("target"), t);
    }) << at(region1, "target.geometry.shape");
    QTest::newRow("not an object") << QByteArray("[1, 2]") << QString();
}

void TestSidecar::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, where);
    auto c = SidecarReader::read(bytes, QStringLiteral("story.md.provena.jsonld"));
    QVERIFY(!c);
    QCOMPARE(c.error().path, QStringLiteral("story.md.provena.jsonld"));
    QVERIFY(!c.error().message.isEmpty());
    if (!where.isEmpty())
        QVERIFY2(c.error().message.contains(where + u':'), qPrintable(c.error().toString()));
}

void TestSidecar::parseErrorHasLineAndColumn()
{
    const QByteArray bytes = "{\n  \"a\": 1,\n  \"한국\": ,\n}";
    auto c = SidecarReader::read(bytes, QStringLiteral("s.jsonld"));
    QVERIFY(!c);
    QCOMPARE(c.error().line, 3);
    QVERIFY(c.error().column >= 8 && c.error().column <= 10);
    QVERIFY(c.error().toString().startsWith(QLatin1String("s.jsonld:3:")));
}

void TestSidecar::acceptedTimestampsSurviveRewrite_data()
{
    // Found by fuzz_sidecarreader: QDateTime accepted "20-6-11-29T16:45:09Z" but the writer
    // could not write it back. Each row states what the reader must decide: the UTC time it
    // reads (whole seconds), or an invalid QDateTime for "refused".
    QTest::addColumn<QByteArray>("written");
    QTest::addColumn<QDateTime>("expected");
    const QDateTime refused;
    QTest::newRow("Provena's own form") << QByteArray("2025-08-14T09:00:21Z")
                                        << QDateTime(QDate(2025, 8, 14), QTime(9, 0, 21), Qt::UTC);
    QTest::newRow("offset and fraction")
        << QByteArray("2025-08-14T09:00:00.5+02:00")
        << QDateTime(QDate(2025, 8, 14), QTime(7, 0, 0, 500), Qt::UTC);
    QTest::newRow("no offset: local time") << QByteArray("2025-08-14T09:00:00")
                                           << QDateTime(QDate(2025, 8, 14), QTime(9, 0, 0)).toUTC();
    QTest::newRow("year 20, month 6, day 11-29") << QByteArray("20-6-11-29T16:45:09Z") << refused;
    QTest::newRow("year -1") << QByteArray("-0001-01-01T00:00:00Z") << refused;
    QTest::newRow("year 10000") << QByteArray("10000-01-01T00:00:00Z") << refused;
    QTest::newRow("not a date") << QByteArray("yesterday") << refused;
}

void TestSidecar::acceptedTimestampsSurviveRewrite()
{
    QFETCH(QByteArray, written);
    QFETCH(QDateTime, expected);
    const QByteArray good = sample();
    QByteArray bytes = good;
    bytes.replace("\"modified\": \"2025-08-14T09:00:21Z\"", "\"modified\": \"" + written + '"');
    QVERIFY(bytes.contains(written));
    auto c = SidecarReader::read(bytes);
    if (!expected.isValid()) {
        QVERIFY2(!c, qPrintable(c ? c->regions.at(0).modified.toString(Qt::ISODate) : QString()));
        QVERIFY2(c.error().message.contains(
                     QStringLiteral(".modified: “%1”").arg(QString::fromLatin1(written))),
                 qPrintable(c.error().message));
        return;
    }
    QVERIFY2(c.ok(), qPrintable(c.error().toString()));
    QCOMPARE(c->regions.at(0).modified, expected);
    QCOMPARE(c->regions.at(0).modified.timeSpec(), Qt::UTC);
    // Whatever the reader accepts, the writer writes back in a form the reader reads the same.
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    ArticleDocument loaded;
    load(loaded, doc, c.value());
    const QByteArray rewritten = SidecarWriter::write(loaded);
    QVERIFY(rewritten.contains(
        "\"modified\": \""
        + expected.toString(expected.time().msec() != 0 ? Qt::ISODateWithMs : Qt::ISODate)
              .toLatin1()
        + '"'));
    auto again = SidecarReader::read(rewritten);
    QVERIFY(again.ok());
    QCOMPARE(again->regions.at(0).modified, expected);
}

void TestSidecar::foreignShapeOutsideLimitsIsRefused()
{
    // Found by fuzz_sidecarreader: an SvgSelector (no "geometry") with a negative coordinate was
    // accepted, then its written "geometry" was refused on re-read.
    const QByteArray v0 = R"({
      "@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
      "annotatedImages": [{"id": "https://example.org/p.jpg", "type": "Image"}],
      "first": {"type": "AnnotationPage", "items": [
        {"id": "urn:uuid:0e0e0e0e-0000-4000-8000-000000000002", "type": "Annotation",
         "target": {"source": "https://example.org/p.jpg",
                    "selector": {"type": "SvgSelector", "value": "<svg><polygon points='1,-4.5 9,1 9,9'/></svg>"}}}
      ]}})";
    auto c = SidecarReader::read(v0);
    QVERIFY(!c);
    QVERIFY2(c.error().message.contains(QLatin1String("first.items[0].target.selector.value")),
             qPrintable(c.error().message));
}

void TestSidecar::pseudoKeysInAFileAreIgnored()
{
    // The keys that hold unknown parts in memory mean nothing in a file: a file cannot use them
    // to inject items or selectors into what is written back.
    const QByteArray bytes = edited(sample(), [](QJsonObject &r) {
        QJsonObject first = r.value(QLatin1String("first")).toObject();
        first.insert(QStringLiteral("provena:otherItems"), QJsonArray {1, 2});
        QJsonArray list = first.value(QLatin1String("items")).toArray();
        QJsonObject a = list.at(4).toObject();
        a.insert(QStringLiteral("provena:parts"),
                 QJsonObject {{QStringLiteral("target"),
                               QJsonObject {{QStringLiteral("provena:otherSelectors"),
                                             QJsonArray {QStringLiteral("junk")}}}}});
        a.insert(QStringLiteral("provena:newTerm"), QStringLiteral("kept"));
        list[4] = a;
        first.insert(QStringLiteral("items"), list);
        r.insert(QStringLiteral("first"), first);
    });
    const SidecarContent c = readBack(bytes);
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    QCOMPARE(c.regions.size(), doc.regions().size());
    ArticleDocument loaded;
    load(loaded, doc, c);
    const QJsonObject written = root(SidecarWriter::write(loaded));
    const QJsonObject region = items(written).at(4).toObject();
    QCOMPARE(region.value(u"provena:newTerm").toString(), QStringLiteral("kept"));
    QVERIFY(!region.contains(u"provena:parts"));
    QVERIFY(region.value(u"target").toObject().value(u"selector").isObject());
    QVERIFY(!written.value(u"first").toObject().contains(u"provena:otherItems"));
    QCOMPARE(items(written).size(), items(root(sample())).size());
}

void TestSidecar::contentWritesBackByteIdentical_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("sample") << sample();
    QFile fixture(QStringLiteral(PROVENA_TEST_DATA "/sidecar/unknown-fields.provena.jsonld"));
    QVERIFY(fixture.open(QIODevice::ReadOnly));
    QTest::newRow("unknown fields") << fixture.readAll();
}

void TestSidecar::contentWritesBackByteIdentical()
{
    // The writer takes what the reader returns: no document in between, nothing lost.
    QFETCH(QByteArray, bytes);
    const auto content = SidecarReader::read(bytes);
    QVERIFY2(content.ok(), qPrintable(content.error().toString()));
    QCOMPARE(SidecarWriter::write(content.value()), bytes);
}

QTEST_GUILESS_MAIN(TestSidecar)
#include "tst_sidecar.moc"
