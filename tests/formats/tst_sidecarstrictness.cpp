// SPDX-License-Identifier: MIT
// The sidecar reader refuses what Qt's JSON parser would silently resolve: duplicate keys (Qt
// keeps the last), strings over the documented 1 Mi limit anywhere (unknown keys included),
// nesting deeper than the documented limit. Each error names the JSON path, line and column.
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"
#include "sidecarfixtures.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <functional>

using namespace provena;
using namespace provena::testing;

namespace {

const QByteArray kMarker = "\"provena:marker\": 1";

QByteArray sample()
{
    ArticleDocument doc;
    fillSampleDocument(doc, QStringLiteral("/tmp/x/story.md"));
    return SidecarWriter::write(doc);
}

/** Index of the first item of `role` whose target has a single selector (a rectangle). */
int regionWithFragmentSelector()
{
    const QJsonArray items = QJsonDocument::fromJson(sample())
                                 .object()
                                 .value(QLatin1String("first"))
                                 .toObject()
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        if (item.value(QLatin1String("role")) == QLatin1String("region")
            && item.value(QLatin1String("target"))
                   .toObject()
                   .value(QLatin1String("selector"))
                   .isObject())
            return i;
    }
    return -1;
}

/** Index of the first item whose first body has a `value` (a note or a label). */
int itemWithBodyValue()
{
    const QJsonArray items = QJsonDocument::fromJson(sample())
                                 .object()
                                 .value(QLatin1String("first"))
                                 .toObject()
                                 .value(QLatin1String("items"))
                                 .toArray();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonArray bodies = items.at(i).toObject().value(QLatin1String("body")).toArray();
        if (!bodies.isEmpty() && bodies.at(0).toObject().contains(QLatin1String("value")))
            return i;
    }
    return -1;
}

/** The sample with a marker key added to the object `pick` chooses. */
QByteArray
withMarker(const std::function<QJsonObject &(QJsonObject &root, QJsonObject &item,
                                             QJsonObject &target, QJsonObject &selector)> &pick)
{
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    QJsonObject first = root.value(QLatin1String("first")).toObject();
    QJsonArray items = first.value(QLatin1String("items")).toArray();
    const int at = regionWithFragmentSelector(); // items are in id order, not the fixture's
    Q_ASSERT(at >= 0);
    QJsonObject item = items.at(at).toObject();
    QJsonObject target = item.value(QLatin1String("target")).toObject();
    QJsonObject selector = target.value(QLatin1String("selector")).toObject();
    pick(root, item, target, selector).insert(QStringLiteral("provena:marker"), 1);
    target.insert(QStringLiteral("selector"), selector);
    item.insert(QStringLiteral("target"), target);
    items[at] = item;
    first.insert(QStringLiteral("items"), items);
    root.insert(QStringLiteral("first"), first);
    const QByteArray bytes = QJsonDocument(root).toJson();
    Q_ASSERT(bytes.count(kMarker) == 1);
    return bytes;
}

QByteArray withNote(const QString &note)
{
    QJsonObject root = QJsonDocument::fromJson(sample()).object();
    QJsonObject first = root.value(QLatin1String("first")).toObject();
    QJsonArray items = first.value(QLatin1String("items")).toArray();
    const int at = itemWithBodyValue();
    Q_ASSERT(at >= 0);
    QJsonObject a = items.at(at).toObject();
    QJsonArray bodies = a.value(QLatin1String("body")).toArray();
    QJsonObject b = bodies.at(0).toObject();
    b.insert(QStringLiteral("value"), note);
    bodies[0] = b;
    a.insert(QStringLiteral("body"), bodies);
    items[at] = a;
    first.insert(QStringLiteral("items"), items);
    root.insert(QStringLiteral("first"), first);
    return QJsonDocument(root).toJson();
}

/** 1-based line and column of byte `offset` (ASCII before it in these fixtures). */
QPair<int, int> lineColumn(const QByteArray &bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    return {int(before.count('\n')) + 1, int(offset - (before.lastIndexOf('\n') + 1)) + 1};
}

} // namespace

class TestSidecarStrictness : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsAccepted();
    void duplicateKeyIsRefused_data();
    void duplicateKeyIsRefused();
    void stringLimitIsExact();
    void longStringInAnUnknownKeyIsRefused();
    void depthLimitIsExact();
    void loneSurrogateIsRefused();
};

void TestSidecarStrictness::sampleIsAccepted()
{
    const auto c = SidecarReader::read(sample(), QStringLiteral("s.jsonld"));
    QVERIFY2(c, qPrintable(c.error().toString()));
}

void TestSidecarStrictness::duplicateKeyIsRefused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("path");
    QTest::addColumn<qsizetype>("secondAt");
    auto row = [](const char *name, const QByteArray &marked, const QByteArray &key,
                  const QByteArray &value, const QString &path) {
        // Keys are sorted: the marker ("provena:…") comes before the key it duplicates, so the
        // one reported (the second) is the file's own.
        const qsizetype marker = marked.indexOf(kMarker);
        const QByteArray bytes = QByteArray(marked).replace(kMarker, '"' + key + "\": " + value);
        QTest::newRow(name) << bytes << path << bytes.indexOf('"' + key + '"', marker + 1);
    };
    row("top level",
        withMarker([](QJsonObject &root, QJsonObject &, QJsonObject &,
                      QJsonObject &) -> QJsonObject & { return root; }),
        "schemaVersion", "1", QStringLiteral("schemaVersion"));
    row("inside an annotation",
        withMarker([](QJsonObject &, QJsonObject &item, QJsonObject &,
                      QJsonObject &) -> QJsonObject & { return item; }),
        "role", "\"region\"",
        QStringLiteral("first.items[%1].role").arg(regionWithFragmentSelector()));
    row("inside a selector",
        withMarker([](QJsonObject &, QJsonObject &, QJsonObject &,
                      QJsonObject &selector) -> QJsonObject & { return selector; }),
        "value", "\"xywh=pixel:0,0,1,1\"",
        QStringLiteral("first.items[%1].target.selector.value").arg(regionWithFragmentSelector()));
}

void TestSidecarStrictness::duplicateKeyIsRefused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, path);
    QFETCH(qsizetype, secondAt);
    QVERIFY(secondAt > 0);
    // Qt alone would read it, keeping one of the two values without a word.
    QJsonParseError qtError;
    QJsonDocument::fromJson(bytes, &qtError);
    QCOMPARE(qtError.error, QJsonParseError::NoError);

    const auto c = SidecarReader::read(bytes, QStringLiteral("story.md.provena.jsonld"));
    QVERIFY(!c);
    const Error &e = c.error();
    QCOMPARE(e.path, QStringLiteral("story.md.provena.jsonld"));
    QVERIFY2(e.message.contains(QStringLiteral("not valid at %1:").arg(path)),
             qPrintable(e.toString()));
    QVERIFY2(e.message.contains(QLatin1String("occurs twice")), qPrintable(e.toString()));
    QCOMPARE(e.detail, path);
    QCOMPARE(QPair(e.line, e.column), lineColumn(bytes, secondAt));
    // The message also says where the first one is.
    const QByteArray quotedKey = '"' + path.section(u'.', -1).toUtf8() + '"';
    const auto [firstLine, firstColumn]
        = lineColumn(bytes, bytes.lastIndexOf(quotedKey, secondAt - 1));
    QVERIFY2(
        e.message.contains(QStringLiteral("line %1, column %2").arg(firstLine).arg(firstColumn)),
        qPrintable(e.toString()));
    QVERIFY2(e.toString().startsWith(
                 QStringLiteral("story.md.provena.jsonld:%1:%2: ").arg(e.line).arg(e.column)),
             qPrintable(e.toString()));
}

void TestSidecarStrictness::stringLimitIsExact()
{
    const qsizetype limit = SidecarReader::kMaxStringLength;
    QCOMPARE(limit, qsizetype(1) << 20); // docs/sidecar-format.md: 1 Mi UTF-16 units
    const auto exact = SidecarReader::read(withNote(QString(limit, u'x')));
    QVERIFY2(exact, qPrintable(exact.error().toString()));
    // 1 Mi UTF-16 units written as 2 Mi UTF-8 bytes: still exactly the limit.
    const auto hangul = SidecarReader::read(withNote(QString(limit, u'한')));
    QVERIFY2(hangul, qPrintable(hangul.error().toString()));

    const QByteArray over = withNote(QString(limit + 1, u'x'));
    const auto refused = SidecarReader::read(over, QStringLiteral("s.jsonld"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(
                 QStringLiteral("first.items[%1].body[0].value:").arg(itemWithBodyValue())),
             qPrintable(refused.error().message.left(300)));
    const qsizetype at = over.indexOf(QByteArray(100, 'x')) - 1; // the opening quote
    QCOMPARE(QPair(refused.error().line, refused.error().column), lineColumn(over, at));
}

void TestSidecarStrictness::longStringInAnUnknownKeyIsRefused()
{
    // Unknown keys are kept and written back, so they are held to the same limit.
    const QByteArray bytes
        = withMarker([](QJsonObject &root, QJsonObject &, QJsonObject &,
                        QJsonObject &) -> QJsonObject & { return root; })
              .replace(kMarker,
                       "\"provena:extra\": \""
                           + QByteArray(SidecarReader::kMaxStringLength + 1, 'y') + '"');
    const auto c = SidecarReader::read(bytes, QStringLiteral("s.jsonld"));
    QVERIFY(!c);
    QVERIFY2(c.error().message.contains(QLatin1String("provena:extra:")),
             qPrintable(c.error().message.left(300)));
}

void TestSidecarStrictness::depthLimitIsExact()
{
    // The top-level object is level 1, so a kept unknown value may add 63 levels.
    const int depth = SidecarReader::kMaxNestingDepth;
    QCOMPARE(depth, 64); // docs/sidecar-format.md
    auto nested = [](int levels) {
        return withMarker([](QJsonObject &root, QJsonObject &, QJsonObject &,
                             QJsonObject &) -> QJsonObject & { return root; })
            .replace(kMarker,
                     "\"provena:deep\": " + QByteArray(levels, '[') + QByteArray(levels, ']'));
    };
    const auto fits = SidecarReader::read(nested(depth - 1));
    QVERIFY2(fits, qPrintable(fits.error().toString()));
    const QByteArray tooDeep = nested(depth);
    const auto refused = SidecarReader::read(tooDeep, QStringLiteral("s.jsonld"));
    QVERIFY(!refused);
    QString path = QStringLiteral("provena:deep");
    for (int i = 0; i < depth - 1; ++i)
        path += QStringLiteral("[0]");
    QVERIFY2(refused.error().message.contains(path + u':'), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QLatin1String("64")),
             qPrintable(refused.error().message));
    const qsizetype lastBracket = tooDeep.indexOf(QByteArray(depth, '[')) + depth - 1;
    QCOMPARE(QPair(refused.error().line, refused.error().column), lineColumn(tooDeep, lastBracket));
}

void TestSidecarStrictness::loneSurrogateIsRefused()
{
    const QByteArray bytes = withMarker([](QJsonObject &root, QJsonObject &, QJsonObject &,
                                           QJsonObject &) -> QJsonObject & {
                                 return root;
                             }).replace(kMarker, "\"provena:text\": \"\\ud800\"");
    const auto c = SidecarReader::read(bytes, QStringLiteral("s.jsonld"));
    QVERIFY(!c);
    QVERIFY2(c.error().message.contains(QLatin1String("not valid JSON")),
             qPrintable(c.error().toString()));
    QVERIFY(c.error().line > 1);
}

QTEST_GUILESS_MAIN(TestSidecarStrictness)
#include "tst_sidecarstrictness.moc"
