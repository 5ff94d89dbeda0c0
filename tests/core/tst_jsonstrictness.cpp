// SPDX-License-Identifier: MIT
// JsonStrictness alone: what it refuses (and where it says it is), what it lets through, and the
// label file reader that uses it.
#include "core/io/jsonstrictness.h"
#include "core/model/labeltaxonomy.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace provena;
using Kind = JsonStrictness::Problem::Kind;

Q_DECLARE_METATYPE(JsonStrictness::Problem::Kind)

class TestJsonStrictness : public QObject
{
    Q_OBJECT

private slots:
    void acceptsStrictJson_data();
    void acceptsStrictJson();
    void refuses_data();
    void refuses();
    void duplicateKeyNamesBothPlaces();
    void duplicateAmongManyKeysIsFound();
    void sameKeyInSiblingObjectsIsFine();
    void stringLimitCountsUtf16Units();
    void depthLimitIsExact();
    void syntaxErrorsUseQtsWording();
    void labelFileWithDuplicateKeyIsRefused();
};

void TestJsonStrictness::acceptsStrictJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("object") << QByteArray(R"({"a": 1, "b": [true, false, null], "c": {"d": "e"}})");
    QTest::newRow("empty containers") << QByteArray(R"({"a": {}, "b": [], "c": [{}, []]})");
    QTest::newRow("unicode escapes") << QByteArray(R"({"\u00e9t\u00e9": "\u4e2d\u6587 \u0041"})");
    QTest::newRow("surrogate pair") << QByteArray(R"({"emoji": "\ud83d\ude00", "raw": "😀"})");
    QTest::newRow("escaped keys that differ")
        << QByteArray(R"({"a\"b": 1, "a\\b": 2, "a/b": 3, "a\/c": 4})");
    QTest::newRow("big numbers") << QByteArray(
        R"([123456789012345678901234567890, -9223372036854775809, 1.7976931348623157e308, 5e-324])");
    QTest::newRow("Hangul keys") << QByteArray(R"({"한국": 1, "한글": 2})");
    QTest::newRow("top-level array") << QByteArray("[1, 2, 3]");
    QTest::newRow("top-level scalar") << QByteArray("\"just a string\"");
    QTest::newRow("whitespace") << QByteArray(" \r\n\t{ \"a\" :\n1 }\n");
}

void TestJsonStrictness::acceptsStrictJson()
{
    QFETCH(QByteArray, json);
    const auto problem = JsonStrictness::check(json, JsonLimits {});
    QVERIFY2(!problem, problem ? qPrintable(problem->description) : "");
}

void TestJsonStrictness::refuses_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::newRow("duplicate at top level") << QByteArray("{\"a\": 1,\n \"a\": 2}")
                                            << Kind::DuplicateKey << QStringLiteral("a") << 2 << 2;
    QTest::newRow("duplicate written with an escape")
        << QByteArray(R"({"ab": 1, "a\u0062": 2})") << Kind::DuplicateKey << QStringLiteral("ab")
        << 1 << 11;
    QTest::newRow("duplicate deep inside")
        << QByteArray("{\"items\": [{}, {\"body\": [{\"value\": \"x\",\n  \"value\": \"y\"}]}]}")
        << Kind::DuplicateKey << QStringLiteral("items[1].body[0].value") << 2 << 3;
    QTest::newRow("duplicate key that is no plain word")
        << QByteArray(R"({"o": {"a b": 1, "a b": 2}})") << Kind::DuplicateKey
        << QStringLiteral("o[\"a b\"]") << 1 << 18;
    QTest::newRow("unpaired high surrogate")
        << QByteArray(R"({"a": "\ud800"})") << Kind::Syntax << QStringLiteral("a") << 1 << 0;
    QTest::newRow("unpaired low surrogate")
        << QByteArray(R"(["\udc00"])") << Kind::Syntax << QString() << 1 << 0;
    QTest::newRow("number out of range")
        << QByteArray(R"({"n": 1e999999})") << Kind::Syntax << QStringLiteral("n") << 1 << 0;
    QTest::newRow("raw control character")
        << QByteArray("[\"a\tb\"]") << Kind::Syntax << QString() << 1 << 0;
    QTest::newRow("invalid UTF-8")
        << QByteArray("[\"a\xC3\x28\"]") << Kind::Syntax << QString() << 1 << 0;
    QTest::newRow("trailing comma")
        << QByteArray("{\"a\": 1,}") << Kind::Syntax << QString() << 1 << 0;
    QTest::newRow("empty") << QByteArray() << Kind::Syntax << QString() << 1 << 0;
}

void TestJsonStrictness::refuses()
{
    QFETCH(QByteArray, json);
    QFETCH(Kind, kind);
    QFETCH(QString, path);
    QFETCH(int, line);
    QFETCH(int, column);
    const auto problem = JsonStrictness::check(json, JsonLimits {});
    QVERIFY(problem);
    QCOMPARE(problem->kind, kind);
    QVERIFY(!problem->description.isEmpty());
    if (!path.isEmpty())
        QCOMPARE(problem->jsonPath, path);
    QCOMPARE(problem->line, line);
    if (column > 0)
        QCOMPARE(problem->column, column);
    else
        QVERIFY(problem->column >= 1);
    // What Qt would have let through is explained in the strict parser's own words.
    QJsonParseError qtError;
    QJsonDocument::fromJson(json, &qtError);
    if (kind == Kind::Syntax && qtError.error == QJsonParseError::NoError)
        QVERIFY2(problem->description.startsWith(QLatin1String("this is not strict JSON: "))
                     && !problem->detail.isEmpty(),
                 qPrintable(problem->description));
}

void TestJsonStrictness::duplicateKeyNamesBothPlaces()
{
    const QByteArray json = "{\n  \"id\": 1,\n  \"name\": \"x\",\n  \"id\": 2\n}";
    const auto problem = JsonStrictness::check(json, JsonLimits {});
    QVERIFY(problem);
    QCOMPARE(problem->kind, Kind::DuplicateKey);
    QCOMPARE(problem->jsonPath, QStringLiteral("id"));
    QCOMPARE(problem->line, 4);
    QCOMPARE(problem->column, 3);
    QCOMPARE(json.mid(problem->offset, 4), QByteArray("\"id\""));
    QVERIFY2(problem->description.contains(QStringLiteral("“id”")),
             qPrintable(problem->description));
    QVERIFY2(problem->description.contains(QLatin1String("line 2, column 3")),
             qPrintable(problem->description));
    QCOMPARE(JsonStrictness::displayPath(QString()), QStringLiteral("the top level"));
}

void TestJsonStrictness::duplicateAmongManyKeysIsFound()
{
    // Past the keys searched in place: the hashed index must find it too.
    QByteArray json = "{";
    for (int i = 0; i < 100; ++i)
        json += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + ", ";
    json += "\"k57\": 0}";
    const auto problem = JsonStrictness::check(json, JsonLimits {});
    QVERIFY(problem);
    QCOMPARE(problem->kind, Kind::DuplicateKey);
    QCOMPARE(problem->jsonPath, QStringLiteral("k57"));
    QCOMPARE(json.mid(problem->offset, 5), QByteArray("\"k57\""));
    QVERIFY(!JsonStrictness::check(json.replace("\"k57\": 0}", "\"k100\": 0}"), JsonLimits {}));
}

void TestJsonStrictness::sameKeyInSiblingObjectsIsFine()
{
    const QByteArray json = R"([{"id": 1, "a": {"id": 2}}, {"id": 3, "a": {"id": 4}}, {"id": 5}])";
    QVERIFY(!JsonStrictness::check(json, JsonLimits {}));
}

void TestJsonStrictness::stringLimitCountsUtf16Units()
{
    JsonLimits limits;
    limits.maxStringLength = 10;
    // 5 × U+1F600: 20 UTF-8 bytes, 10 UTF-16 units — exactly the limit.
    QVERIFY(!JsonStrictness::check("[\"😀😀😀😀😀\"]", limits));
    // 10 × 'é': 20 bytes, 10 units.
    QVERIFY(!JsonStrictness::check("[\"éééééééééé\"]", limits));
    const auto value = JsonStrictness::check("{\"a\": 1,\n \"b\": \"ééééééééééé\"}", limits);
    QVERIFY(value);
    QCOMPARE(value->kind, Kind::StringTooLong);
    QCOMPARE(value->jsonPath, QStringLiteral("b"));
    QCOMPARE(value->line, 2);
    QCOMPARE(value->column, 7);
    QVERIFY2(value->description.contains(QLatin1String("11")), qPrintable(value->description));
    // Keys count as strings.
    const auto key = JsonStrictness::check("{\"abcdefghijk\": 1}", limits);
    QVERIFY(key);
    QCOMPARE(key->kind, Kind::StringTooLong);
    QCOMPARE(key->column, 2);
    // Escapes count once decoded: \u0041 is one unit, not six.
    QVERIFY(!JsonStrictness::check(
        R"(["\u0041\u0041\u0041\u0041\u0041\u0041\u0041\u0041\u0041\u0041"])", limits));
}

void TestJsonStrictness::depthLimitIsExact()
{
    JsonLimits limits;
    limits.maxDepth = 5;
    QVERIFY(!JsonStrictness::check("[[[[{\"a\": 1}]]]]", limits));
    const auto array = JsonStrictness::check("[[[[[[1]]]]]]", limits);
    QVERIFY(array);
    QCOMPARE(array->kind, Kind::TooDeep);
    QCOMPARE(array->jsonPath, QStringLiteral("[0][0][0][0][0]"));
    QCOMPARE(array->offset, 5);
    const auto object = JsonStrictness::check("{\"a\": [{\"b\": [1, {\"c\": {}}]}]}", limits);
    QVERIFY(object);
    QCOMPARE(object->kind, Kind::TooDeep);
    QCOMPARE(object->jsonPath, QStringLiteral("a[0].b[1].c"));
    // Far deeper than Qt's own limit (1024): refused, quickly, without recursion.
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto tooDeep = JsonStrictness::check(deep, JsonLimits {});
    QVERIFY(tooDeep);
    QCOMPARE(tooDeep->kind, Kind::TooDeep);
    QCOMPARE(tooDeep->offset, JsonLimits {}.maxDepth);
}

void TestJsonStrictness::syntaxErrorsUseQtsWording()
{
    const QByteArray json = "{\n  \"a\": 1,\n  \"b\": ,\n}";
    const auto problem = JsonStrictness::check(json, JsonLimits {});
    QVERIFY(problem);
    QCOMPARE(problem->kind, Kind::Syntax);
    QJsonParseError qt;
    QJsonDocument::fromJson(json, &qt);
    QCOMPARE(problem->description, qt.errorString());
    QCOMPARE(problem->line, 3);
}

void TestJsonStrictness::labelFileWithDuplicateKeyIsRefused()
{
    const QByteArray good = R"({"schema": "provena-labels/1", "labels": [
        {"id": "boat", "name": "Boat", "colour": "#112233"}]})";
    QVERIFY(LabelTaxonomy::fromJson(good, QStringLiteral("labels.json")));
    QByteArray twice = good;
    twice.replace("\"name\": \"Boat\"", "\"name\": \"Boat\", \"name\": \"Ship\"");
    const auto refused = LabelTaxonomy::fromJson(twice, QStringLiteral("labels.json"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().path, QStringLiteral("labels.json"));
    QCOMPARE(refused.error().line, 2);
    QVERIFY2(refused.error().message.contains(QLatin1String("labels[0].name")),
             qPrintable(refused.error().toString()));
    QVERIFY2(refused.error().message.contains(QStringLiteral("“name”")),
             qPrintable(refused.error().toString()));
    // A label name of 64 Ki + 1 characters is refused; the limit itself is fine.
    QByteArray longName = good;
    longName.replace("\"Boat\"", '"' + QByteArray(64 * 1024 + 1, 'x') + '"');
    QVERIFY(!LabelTaxonomy::fromJson(longName));
    longName = good;
    longName.replace("\"Boat\"", '"' + QByteArray(64 * 1024, 'x') + '"');
    QVERIFY(LabelTaxonomy::fromJson(longName));
}

QTEST_GUILESS_MAIN(TestJsonStrictness)
#include "tst_jsonstrictness.moc"
