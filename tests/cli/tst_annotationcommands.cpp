// SPDX-License-Identifier: MIT
// provena-cli region / link / validate, driven through QProcess on fixtures in a temporary dir.
#include "../cliprocess.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = provena::test::CliRun;

Run cli(const QStringList &args, const QByteArray &input = {})
{
    return provena::test::runCli(args, input);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QJsonArray listJson(const QString &article)
{
    const Run r = cli(
        {QStringLiteral("region"), QStringLiteral("list"), article, QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QJsonObject regionJson(const QJsonValue &image, const QString &shape,
                       std::initializer_list<QPointF> points, const QString &label)
{
    QJsonArray array;
    for (const QPointF &p : points)
        array.append(QJsonArray {p.x(), p.y()});
    return QJsonObject {{QStringLiteral("image"), image},
                        {QStringLiteral("shape"), shape},
                        {QStringLiteral("points"), array},
                        {QStringLiteral("label"), label}};
}

} // namespace

class TestAnnotationCommands : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addEveryShapeListAndRemove();
    void linkWithOccurrenceAndHangul();
    void usageErrors();
    void labelByIdOrName();
    void validateExitCodes();
    void brokenSidecarIsNeverWritten();
    void addWithEntityIdentifierAndConfidence();
    void addRefusesWhatTheReaderWouldRefuse();
    void setChangesOnlyWhatIsGiven();
    void setRefusesInvalidValues();
    void fromJsonAddsAllInOneSave();
    void fromJsonIsAllOrNothing();
    void fromJsonReadsStandardInput();
    void fromJsonRefusesDuplicateKeys();
    void listJsonRoundTripsThroughFromJson();
    void removeDropsTextOnlyItLinked();
    void validateKeepsPointsAndLinesInside();

private:
    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mSidecar;
};

void TestAnnotationCommands::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    for (const char *name : {"hangul-emoji.md", "photo.png"})
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/sidecar/") + QLatin1String(name),
                            mDir->filePath(QLatin1String(name))));
    mArticle = mDir->filePath(QStringLiteral("hangul-emoji.md"));
    mSidecar = mArticle + QStringLiteral(".provena.jsonld");
}

void TestAnnotationCommands::addEveryShapeListAndRemove()
{
    const QList<QStringList> shapes = {
        {QStringLiteral("--rect"), QStringLiteral("1,2,10,20")},
        {QStringLiteral("--ellipse"), QStringLiteral("5,5,10.5,8")},
        {QStringLiteral("--polygon"), QStringLiteral("1,1,30,2,20,40")},
        {QStringLiteral("--polyline"), QStringLiteral("1,1,30,2")},
        {QStringLiteral("--point"), QStringLiteral("3.5,4")},
    };
    QStringList ids;
    for (const QStringList &shape : shapes) {
        const Run r = cli(QStringList {QStringLiteral("region"), QStringLiteral("add"), mArticle,
                                       QStringLiteral("--image"), QStringLiteral("1"),
                                       QStringLiteral("--label"), QStringLiteral("person"),
                                       QStringLiteral("--note"), QStringLiteral("메모 \U0001F600")}
                          + shape);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        ids << r.out.trimmed();
    }
    QVERIFY(QFile::exists(mSidecar));
    QVERIFY(QFile::exists(mSidecar + QLatin1Char('~')));
    Run list = cli(
        {QStringLiteral("region"), QStringLiteral("list"), mArticle, QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    const QJsonArray regions = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(regions.size(), 5);
    QStringList shapeNames;
    for (const QJsonValue &v : regions)
        shapeNames << v.toObject().value(QLatin1String("shape")).toString();
    QCOMPARE(shapeNames,
             QStringList({QStringLiteral("rectangle"), QStringLiteral("ellipse"),
                          QStringLiteral("polygon"), QStringLiteral("polyline"),
                          QStringLiteral("point")}));
    QCOMPARE(regions.at(0).toObject().value(QLatin1String("note")).toString(),
             QStringLiteral("메모 \U0001F600"));
    const Run removed
        = cli({QStringLiteral("region"), QStringLiteral("remove"), mArticle, ids.at(1)});
    QVERIFY2(removed.code == 0, qPrintable(removed.err));
    list = cli({QStringLiteral("region"), QStringLiteral("list"), mArticle});
    QCOMPARE(list.out.count(QLatin1Char('\n')), 4 * 2); // one line + its note line each
    QVERIFY(!list.out.contains(ids.at(1)));
}

void TestAnnotationCommands::linkWithOccurrenceAndHangul()
{
    const Run add
        = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle, QStringLiteral("--image"),
               QStringLiteral("1"), QStringLiteral("--rect"), QStringLiteral("0,0,5,5"),
               QStringLiteral("--label"), QStringLiteral("person"), QStringLiteral("--link"),
               QStringLiteral("김정은 위원장@2")});
    QVERIFY2(add.code == 0, qPrintable(add.err));
    const QString id = add.out.trimmed();
    const Run link = cli({QStringLiteral("link"), mArticle, id.left(8), QStringLiteral("--text"),
                          QStringLiteral("\U0001F600@2")});
    QVERIFY2(link.code == 0, qPrintable(link.err));
    // Code points, not UTF-16 units: compute the expected offset independently.
    const QString text = QString::fromUtf8(readAll(mArticle));
    const QList<uint> ucs4 = text.toUcs4();
    qsizetype second = -1;
    for (qsizetype i = 0, seen = 0; i < ucs4.size(); ++i) {
        if (ucs4.at(i) == 0x1F600 && ++seen == 2) {
            second = i;
            break;
        }
    }
    const QStringList parts = link.out.trimmed().split(u' ');
    QCOMPARE(parts.size(), 3);
    QCOMPARE(parts.at(1).toLongLong(), second);
    QCOMPARE(parts.at(2).toLongLong(), second + 1);
    const Run list = cli({QStringLiteral("region"), QStringLiteral("list"), mArticle});
    QVERIFY(list.out.contains(QStringLiteral("link: “김정은 위원장”")));
    QVERIFY(list.out.contains(QStringLiteral("link: “\U0001F600”")));
}

void TestAnnotationCommands::labelByIdOrName()
{
    for (const QString &label :
         {QStringLiteral("Flag or insignia"), QStringLiteral("flag OR insignia"),
          QStringLiteral("FLAG-INSIGNIA")}) {
        const Run r
            = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                   QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--point"),
                   QStringLiteral("3,4"), QStringLiteral("--label"), label});
        QVERIFY2(r.code == 0, qPrintable(label + QStringLiteral(": ") + r.err));
    }
    const Run list = cli(
        {QStringLiteral("region"), QStringLiteral("list"), mArticle, QStringLiteral("--json")});
    const QJsonArray regions = QJsonDocument::fromJson(list.out.toUtf8()).array();
    QCOMPARE(regions.size(), 3);
    for (const QJsonValue &v : regions)
        QCOMPARE(v.toObject().value(QLatin1String("label")).toString(),
                 QStringLiteral("flag-insignia"));
    // An unknown label lists ids and names.
    const Run bad = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                         QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--point"),
                         QStringLiteral("3,4"), QStringLiteral("--label"), QStringLiteral("Flag")});
    QCOMPARE(bad.code, 64);
    QVERIFY2(bad.err.contains(QStringLiteral("flag-insignia (“Flag or insignia”)")),
             qPrintable(bad.err));
}

void TestAnnotationCommands::usageErrors()
{
    auto add = [&](const QStringList &extra) {
        return cli(QStringList {QStringLiteral("region"), QStringLiteral("add"), mArticle} + extra);
    };
    Run r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--rect"),
                 QStringLiteral("1,1,2,2"), QStringLiteral("--label"), QStringLiteral("banana")});
    QCOMPARE(r.code, 64);
    QVERIFY(r.err.contains(QLatin1String("known labels")));
    QVERIFY(r.err.contains(QLatin1String("person")));
    r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--rect"),
             QStringLiteral("60,40,10,10"), QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(QLatin1String("image 1: the shape (60,40 to 70,50) lies outside")),
             qPrintable(r.err));
    QVERIFY(r.err.contains(QStringLiteral("64×48")));
    r = add({QStringLiteral("--image"), QStringLiteral("2"), QStringLiteral("--point"),
             QStringLiteral("1,1"), QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 64);
    r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--polygon"),
             QStringLiteral("1,1,2,2"), QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 64);
    r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--label"),
             QStringLiteral("person")});
    QCOMPARE(r.code, 64);
    r = add({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--point"),
             QStringLiteral("1,1"), QStringLiteral("--label"), QStringLiteral("person"),
             QStringLiteral("--link"), QStringLiteral("not in the text")});
    QCOMPARE(r.code, 64);
    QVERIFY(!QFile::exists(mSidecar));
    r = cli({QStringLiteral("region"), QStringLiteral("frobnicate")});
    QCOMPARE(r.code, 64);
    r = cli({QStringLiteral("region"), QStringLiteral("add"),
             mDir->filePath(QStringLiteral("missing.md")), QStringLiteral("--image"),
             QStringLiteral("1"), QStringLiteral("--point"), QStringLiteral("1,1"),
             QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 2);
}

void TestAnnotationCommands::validateExitCodes()
{
    Run r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 2); // no sidecar yet
    const Run add = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                         QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--point"),
                         QStringLiteral("1,1"), QStringLiteral("--label"), QStringLiteral("person"),
                         QStringLiteral("--link"), QStringLiteral("Premier Tal Orsen"),
                         QStringLiteral("--link"), QStringLiteral("크레인")});
    QCOMPARE(add.code, 0);
    r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("result: OK")));

    // Text inserted before: re-anchored, still 0, and validate writes nothing.
    QString text = QString::fromUtf8(readAll(mArticle));
    text.prepend(QStringLiteral("UPDATED 갱신\n\n"));
    {
        QFile f(mArticle);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }
    const QByteArray before = readAll(mSidecar);
    r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QLatin1String("re-anchored (moved")), qPrintable(r.out));
    QCOMPARE(readAll(mSidecar), before);

    // A quote removed: orphaned → 1.
    text.replace(QStringLiteral("크레인"), QStringLiteral("XYZ"));
    {
        QFile f(mArticle);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }
    r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QLatin1String("ORPHANED")));

    // Image content changed → 1.
    text.replace(QStringLiteral("XYZ"), QStringLiteral("크레인"));
    {
        QFile f(mArticle);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }
    QVERIFY(QFile::remove(mDir->filePath(QStringLiteral("photo.png"))));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.gif"),
                        mDir->filePath(QStringLiteral("photo.png"))));
    r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains(QLatin1String("IMAGE CHANGED")));
    QCOMPARE(readAll(mSidecar), before);
}

void TestAnnotationCommands::brokenSidecarIsNeverWritten()
{
    const QByteArray broken = "{\n  \"type\": \"AnnotationCollection\",\n  \"first\": [\n";
    {
        QFile f(mSidecar);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(broken);
    }
    Run r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String(".provena.jsonld:4:")), qPrintable(r.err));
    r = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle, QStringLiteral("--image"),
             QStringLiteral("1"), QStringLiteral("--point"), QStringLiteral("1,1"),
             QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(r.code, 2);
    QCOMPARE(readAll(mSidecar), broken);
    QVERIFY(!QFile::exists(mSidecar + QLatin1Char('~')));
}

void TestAnnotationCommands::addWithEntityIdentifierAndConfidence()
{
    const Run add
        = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle, QStringLiteral("--image"),
               QStringLiteral("1"), QStringLiteral("--rect"), QStringLiteral("1,2,10,20"),
               QStringLiteral("--label"), QStringLiteral("person"), QStringLiteral("--entity"),
               QStringLiteral("Tal Orsen"), QStringLiteral("--identifier"),
               QStringLiteral("http://www.wikidata.org/entity/Q42"), QStringLiteral("--confidence"),
               QStringLiteral("0.8")});
    QVERIFY2(add.code == 0, qPrintable(add.err));
    const QJsonArray regions = listJson(mArticle);
    QCOMPARE(regions.size(), 1);
    const QJsonObject r = regions.at(0).toObject();
    QCOMPARE(r.value(QLatin1String("id")).toString(), add.out.trimmed());
    QCOMPARE(r.value(QLatin1String("entity")).toString(), QStringLiteral("Tal Orsen"));
    QCOMPARE(r.value(QLatin1String("identifier")).toString(),
             QStringLiteral("http://www.wikidata.org/entity/Q42"));
    QCOMPARE(r.value(QLatin1String("confidence")).toDouble(), 0.8);
    const Run list = cli({QStringLiteral("region"), QStringLiteral("list"), mArticle});
    QVERIFY2(list.out.contains(
                 QStringLiteral("    entity: Tal Orsen <http://www.wikidata.org/entity/Q42>\n")),
             qPrintable(list.out));
    QVERIFY(list.out.contains(QStringLiteral("confidence 0.8")));
}

void TestAnnotationCommands::addRefusesWhatTheReaderWouldRefuse()
{
    const QStringList base
        = {QStringLiteral("region"),  QStringLiteral("add"),     mArticle,
           QStringLiteral("--image"), QStringLiteral("1"),       QStringLiteral("--point"),
           QStringLiteral("1,1"),     QStringLiteral("--label"), QStringLiteral("person")};
    Run r = cli(base + QStringList {QStringLiteral("--confidence"), QStringLiteral("2")});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(QLatin1String("from 0 to 1")), qPrintable(r.err));
    r = cli(base + QStringList {QStringLiteral("--identifier"), QStringLiteral("Q42")});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(QLatin1String("absolute IRI")), qPrintable(r.err));
    QVERIFY(!QFile::exists(mSidecar));
}

void TestAnnotationCommands::setChangesOnlyWhatIsGiven()
{
    const Run add
        = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle, QStringLiteral("--image"),
               QStringLiteral("1"), QStringLiteral("--rect"), QStringLiteral("1,2,10,20"),
               QStringLiteral("--label"), QStringLiteral("person"), QStringLiteral("--note"),
               QStringLiteral("keep"), QStringLiteral("--confidence"), QStringLiteral("0.5")});
    QCOMPARE(add.code, 0);
    const QString id = add.out.trimmed();
    Run set = cli({QStringLiteral("region"), QStringLiteral("set"), mArticle, id.left(8),
                   QStringLiteral("--label"), QStringLiteral("Vehicle"), QStringLiteral("--entity"),
                   QStringLiteral("Crane"), QStringLiteral("--identifier"),
                   QStringLiteral("http://www.wikidata.org/entity/Q178692")});
    QVERIFY2(set.code == 0, qPrintable(set.err));
    QCOMPARE(set.out.trimmed(), id);
    QJsonObject r = listJson(mArticle).at(0).toObject();
    QCOMPARE(r.value(QLatin1String("label")).toString(), QStringLiteral("vehicle"));
    QCOMPARE(r.value(QLatin1String("entity")).toString(), QStringLiteral("Crane"));
    QCOMPARE(r.value(QLatin1String("note")).toString(), QStringLiteral("keep"));
    QCOMPARE(r.value(QLatin1String("confidence")).toDouble(), 0.5);
    QCOMPARE(r.value(QLatin1String("points")).toArray(),
             (QJsonArray {QJsonArray {1, 2}, QJsonArray {11, 22}}));

    set = cli({QStringLiteral("region"), QStringLiteral("set"), mArticle, id,
               QStringLiteral("--geometry"), QStringLiteral("polyline=1,10,60,10"),
               QStringLiteral("--confidence"), QStringLiteral("none"), QStringLiteral("--note"),
               QString()});
    QVERIFY2(set.code == 0, qPrintable(set.err));
    r = listJson(mArticle).at(0).toObject();
    QCOMPARE(r.value(QLatin1String("shape")).toString(), QStringLiteral("polyline"));
    QCOMPARE(r.value(QLatin1String("points")).toArray(),
             (QJsonArray {QJsonArray {1, 10}, QJsonArray {60, 10}}));
    QVERIFY(r.value(QLatin1String("confidence")).isNull());
    QCOMPARE(r.value(QLatin1String("note")).toString(), QString());
    QCOMPARE(r.value(QLatin1String("label")).toString(), QStringLiteral("vehicle"));

    // The same values again: nothing to save.
    const QByteArray before = readAll(mSidecar);
    set = cli({QStringLiteral("region"), QStringLiteral("set"), mArticle, id,
               QStringLiteral("--label"), QStringLiteral("vehicle")});
    QCOMPARE(set.code, 0);
    QVERIFY(set.err.contains(QLatin1String("nothing changed")));
    QCOMPARE(readAll(mSidecar), before);
}

void TestAnnotationCommands::setRefusesInvalidValues()
{
    const Run add
        = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle, QStringLiteral("--image"),
               QStringLiteral("1"), QStringLiteral("--point"), QStringLiteral("1,1"),
               QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(add.code, 0);
    const QString id = add.out.trimmed();
    const QByteArray before = readAll(mSidecar);
    const auto set = [&](const QStringList &extra) {
        return cli(QStringList {QStringLiteral("region"), QStringLiteral("set"), mArticle, id}
                   + extra);
    };
    const QList<QPair<QStringList, QString>> cases = {
        {{}, QStringLiteral("nothing to change")},
        {{QStringLiteral("--confidence"), QStringLiteral("1.5")}, QStringLiteral("from 0 to 1")},
        {{QStringLiteral("--label"), QStringLiteral("banana")}, QStringLiteral("unknown label")},
        {{QStringLiteral("--geometry"), QStringLiteral("rect=60,40,10,10")},
         QStringLiteral("lies outside the image, which is 64×48 pixels")},
        {{QStringLiteral("--geometry"), QStringLiteral("circle=1,2,3")},
         QStringLiteral("unknown shape")},
        {{QStringLiteral("--identifier"), QStringLiteral("not an iri")},
         QStringLiteral("absolute IRI")},
    };
    for (const auto &[extra, message] : cases) {
        const Run r = set(extra);
        QVERIFY2(r.code == 64, qPrintable(extra.join(u' ')));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
    const Run unknown
        = cli({QStringLiteral("region"), QStringLiteral("set"), mArticle,
               QStringLiteral("ffffffff"), QStringLiteral("--note"), QStringLiteral("x")});
    QCOMPARE(unknown.code, 64);
    QCOMPARE(readAll(mSidecar), before);
}

void TestAnnotationCommands::fromJsonAddsAllInOneSave()
{
    QJsonObject first
        = regionJson(1, QStringLiteral("rectangle"), {{1, 2}, {11, 22}}, QStringLiteral("person"));
    first.insert(QStringLiteral("entity"), QStringLiteral("Tal Orsen"));
    first.insert(QStringLiteral("identifier"),
                 QStringLiteral("http://www.wikidata.org/entity/Q42"));
    first.insert(QStringLiteral("confidence"), 0.75);
    first.insert(QStringLiteral("links"),
                 QJsonArray {QJsonObject {{QStringLiteral("text"), QStringLiteral("크레인")}}});
    QJsonObject second = regionJson(1, QStringLiteral("polygon"), {{1, 1}, {30, 2}, {20, 40}},
                                    QStringLiteral("Flag or insignia"));
    second.insert(QStringLiteral("note"), QStringLiteral("메모"));
    second.insert(QStringLiteral("links"),
                  QJsonArray {QJsonObject {{QStringLiteral("text"), QStringLiteral("크레인")}}});
    const QJsonObject third
        = regionJson(1, QStringLiteral("point"), {{64, 48}}, QStringLiteral("other"));
    const QString file = mDir->filePath(QStringLiteral("regions.json"));
    QVERIFY(writeAll(file, QJsonDocument(QJsonArray {first, second, third}).toJson()));

    const Run add = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                         QStringLiteral("--from-json"), file});
    QVERIFY2(add.code == 0, qPrintable(add.err));
    const QStringList ids = add.out.trimmed().split(u'\n');
    QCOMPARE(ids.size(), 3);
    // One save: the first save of the article, so there is no backup of an earlier version.
    QVERIFY(QFile::exists(mSidecar));
    QVERIFY(!QFile::exists(mSidecar + QLatin1Char('~')));
    const QJsonArray regions = listJson(mArticle);
    QCOMPARE(regions.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(regions.at(i).toObject().value(QLatin1String("id")).toString(), ids.at(i));
    const QJsonObject r0 = regions.at(0).toObject();
    QCOMPARE(r0.value(QLatin1String("identifier")).toString(),
             QStringLiteral("http://www.wikidata.org/entity/Q42"));
    QCOMPARE(r0.value(QLatin1String("confidence")).toDouble(), 0.75);
    QCOMPARE(regions.at(1).toObject().value(QLatin1String("label")).toString(),
             QStringLiteral("flag-insignia"));
    // Both link to the same span: one text anchor, shared.
    const QJsonObject l0 = r0.value(QLatin1String("links")).toArray().at(0).toObject();
    const QJsonObject l1
        = regions.at(1).toObject().value(QLatin1String("links")).toArray().at(0).toObject();
    QCOMPARE(l0.value(QLatin1String("text")).toString(), QStringLiteral("크레인"));
    QCOMPARE(l0.value(QLatin1String("anchor")), l1.value(QLatin1String("anchor")));
}

void TestAnnotationCommands::fromJsonIsAllOrNothing()
{
    const Run seed
        = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle, QStringLiteral("--image"),
               QStringLiteral("1"), QStringLiteral("--point"), QStringLiteral("1,1"),
               QStringLiteral("--label"), QStringLiteral("person")});
    QCOMPARE(seed.code, 0);
    const QByteArray before = readAll(mSidecar);
    const QJsonObject good
        = regionJson(1, QStringLiteral("point"), {{2, 2}}, QStringLiteral("person"));
    QJsonObject badConfidence = good;
    badConfidence.insert(QStringLiteral("confidence"), 2);
    const QJsonObject outside = regionJson(1, QStringLiteral("rectangle"), {{60, 40}, {70, 50}},
                                           QStringLiteral("person"));
    QJsonObject badLink = good;
    badLink.insert(QStringLiteral("links"),
                   QJsonArray {QJsonObject {{QStringLiteral("text"), QStringLiteral("nowhere")}}});
    const QJsonObject badImage
        = regionJson(7, QStringLiteral("point"), {{2, 2}}, QStringLiteral("person"));
    const QString file = mDir->filePath(QStringLiteral("regions.json"));
    QVERIFY(writeAll(
        file,
        QJsonDocument(QJsonArray {good, badConfidence, outside, badLink, badImage}).toJson()));
    Run r = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                 QStringLiteral("--from-json"), file});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    for (const QString &expected :
         {QStringLiteral("regions.json: [1]: confidence 2 is not between 0 and 1"),
          QStringLiteral("regions.json: [2]: image 1: the shape"),
          QStringLiteral("regions.json: [3]: links[0]: “nowhere”"),
          QStringLiteral("regions.json: [4]: image 7 does not exist")})
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
    QVERIFY(!r.err.contains(QLatin1String("regions.json: [0]")));
    QCOMPARE(readAll(mSidecar), before);

    QVERIFY(writeAll(file, "[{\"image\": 1,"));
    r = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
             QStringLiteral("--from-json"), file});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QLatin1String("regions.json:1:14: not valid JSON")), qPrintable(r.err));
    r = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
             QStringLiteral("--from-json"), file, QStringLiteral("--label"),
             QStringLiteral("person")});
    QCOMPARE(r.code, 64);
    QCOMPARE(readAll(mSidecar), before);
}

void TestAnnotationCommands::fromJsonRefusesDuplicateKeys()
{
    // Qt keeps the last "label" ("vehicle") without a word; the CLI refuses instead of guessing.
    const QByteArray json = "[\n  {\"image\": 1, \"shape\": \"point\", \"points\": [[2, 2]],\n"
                            "   \"label\": \"person\", \"label\": \"vehicle\"}\n]\n";
    const QString file = mDir->filePath(QStringLiteral("regions.json"));
    QVERIFY(writeAll(file, json));
    const Run r = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                       QStringLiteral("--from-json"), file});
    QCOMPARE(r.code, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QLatin1String("regions.json:3:23: not valid at [0].label: the key")),
             qPrintable(r.err));
    QVERIFY2(r.err.contains(QLatin1String("line 3, column 4")), qPrintable(r.err));
    QVERIFY(!QFile::exists(mSidecar));
    // The same list without the second "label" is added.
    QByteArray once = json;
    once.replace(", \"label\": \"vehicle\"", "");
    QVERIFY(writeAll(file, once));
    const Run ok = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                        QStringLiteral("--from-json"), file});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
}

void TestAnnotationCommands::fromJsonReadsStandardInput()
{
    const QJsonArray regions {
        regionJson(1, QStringLiteral("point"), {{2, 2}}, QStringLiteral("person")),
        regionJson(1, QStringLiteral("ellipse"), {{5, 5}, {15.5, 13}}, QStringLiteral("vehicle"))};
    const Run add = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                         QStringLiteral("--from-json"), QStringLiteral("-")},
                        QJsonDocument(regions).toJson());
    QVERIFY2(add.code == 0, qPrintable(add.err));
    QCOMPARE(add.out.trimmed().split(u'\n').size(), 2);
    const QJsonArray listed = listJson(mArticle);
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(1).toObject().value(QLatin1String("points")).toArray(),
             (QJsonArray {QJsonArray {5, 5}, QJsonArray {15.5, 13}}));
}

void TestAnnotationCommands::listJsonRoundTripsThroughFromJson()
{
    for (const QStringList &shape :
         {QStringList {QStringLiteral("--rect"), QStringLiteral("1,2,10,20"),
                       QStringLiteral("--entity"), QStringLiteral("Vera Lind"),
                       QStringLiteral("--confidence"), QStringLiteral("0.25")},
          QStringList {QStringLiteral("--polyline"), QStringLiteral("1,10,60,10"),
                       QStringLiteral("--link"), QStringLiteral("김정은 위원장@2"),
                       QStringLiteral("--note"), QStringLiteral("메모 \U0001F600")}}) {
        const Run add = cli(QStringList {QStringLiteral("region"), QStringLiteral("add"), mArticle,
                                         QStringLiteral("--image"), QStringLiteral("1"),
                                         QStringLiteral("--label"), QStringLiteral("person")}
                            + shape);
        QVERIFY2(add.code == 0, qPrintable(add.err));
    }
    const Run listed = cli(
        {QStringLiteral("region"), QStringLiteral("list"), mArticle, QStringLiteral("--json")});
    // A second copy of the article takes the listed regions as they are.
    QTemporaryDir other;
    QVERIFY(other.isValid());
    const QString copy = other.filePath(QStringLiteral("hangul-emoji.md"));
    QVERIFY(QFile::copy(mArticle, copy));
    QVERIFY(QFile::copy(mDir->filePath(QStringLiteral("photo.png")),
                        other.filePath(QStringLiteral("photo.png"))));
    const Run add = cli({QStringLiteral("region"), QStringLiteral("add"), copy,
                         QStringLiteral("--from-json"), QStringLiteral("-")},
                        listed.out.toUtf8());
    QVERIFY2(add.code == 0, qPrintable(add.err));
    const auto withoutIds = [](QJsonArray regions) {
        for (qsizetype i = 0; i < regions.size(); ++i) {
            QJsonObject r = regions.at(i).toObject();
            r.remove(QStringLiteral("id"));
            QJsonArray links = r.value(QLatin1String("links")).toArray();
            for (qsizetype j = 0; j < links.size(); ++j) {
                QJsonObject l = links.at(j).toObject();
                l.remove(QStringLiteral("anchor"));
                links[j] = l;
            }
            r.insert(QStringLiteral("links"), links);
            regions[i] = r;
        }
        return regions;
    };
    const QJsonArray original = QJsonDocument::fromJson(listed.out.toUtf8()).array();
    QCOMPARE(original.size(), 2);
    QCOMPARE(withoutIds(listJson(copy)), withoutIds(original));
}

void TestAnnotationCommands::removeDropsTextOnlyItLinked()
{
    const Run add = cli({QStringLiteral("region"), QStringLiteral("add"), mArticle,
                         QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--point"),
                         QStringLiteral("1,1"), QStringLiteral("--label"), QStringLiteral("person"),
                         QStringLiteral("--link"), QStringLiteral("크레인")});
    QCOMPARE(add.code, 0);
    Run validate = cli({QStringLiteral("validate"), mArticle});
    QVERIFY2(validate.out.contains(QLatin1String("regions: 1, text anchors: 1")),
             qPrintable(validate.out));
    const Run remove
        = cli({QStringLiteral("region"), QStringLiteral("remove"), mArticle, add.out.trimmed()});
    QCOMPARE(remove.code, 0);
    validate = cli({QStringLiteral("validate"), mArticle});
    QVERIFY2(validate.out.contains(QLatin1String("regions: 0, text anchors: 0")),
             qPrintable(validate.out));
}

void TestAnnotationCommands::validateKeepsPointsAndLinesInside()
{
    // Zero-area boxes: a point, a horizontal and a vertical line, all on the 64×48 image.
    for (const QStringList &shape :
         {QStringList {QStringLiteral("--point"), QStringLiteral("3.5,4")},
          QStringList {QStringLiteral("--polyline"), QStringLiteral("1,10,60,10")},
          QStringList {QStringLiteral("--polyline"), QStringLiteral("5,0,5,48")}}) {
        const Run add = cli(QStringList {QStringLiteral("region"), QStringLiteral("add"), mArticle,
                                         QStringLiteral("--image"), QStringLiteral("1"),
                                         QStringLiteral("--label"), QStringLiteral("person")}
                            + shape);
        QVERIFY2(add.code == 0, qPrintable(add.err));
    }
    Run r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.code, 0);
    QVERIFY2(!r.out.contains(QLatin1String("lies outside")), qPrintable(r.out));
    // A smaller image under the same name: the line at x = 60 no longer fits (the point does).
    QImage small(32, 48, QImage::Format_RGB32);
    small.fill(Qt::gray);
    QVERIFY(small.save(mDir->filePath(QStringLiteral("photo.png"))));
    r = cli({QStringLiteral("validate"), mArticle});
    QCOMPARE(r.out.count(QStringLiteral("lies outside image 1 (32×48)")), 1);
}

QTEST_GUILESS_MAIN(TestAnnotationCommands)
#include "tst_annotationcommands.moc"
