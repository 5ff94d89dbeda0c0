// SPDX-License-Identifier: MIT
// provena-cli regions import: labelme, COCO, VIA and XMP regions into an article's sidecar,
// driven through QProcess on the fixtures of tests/data/imports in a temporary dir.
#include "../cliprocess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

using Run = provena::test::CliRun;

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/imports/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonArray points(const QJsonObject &region)
{
    return region.value(QLatin1String("points")).toArray();
}

QJsonArray pair(double x, double y)
{
    return QJsonArray {x, y};
}

} // namespace

class TestRegionImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void labelmeImportReportsUnmappedAndRefused();
    void mapGivesLabels();
    void everythingImportedIsExitZero();
    void secondImportAddsNothing();
    void dryRunWritesNothing();
    void jsonOutput();
    void storedGridIsTurned();
    void cocoByImageId();
    void unreadableFilesAreExitTwo();
    void usageErrors();
    void regionsKeepsWhatRegionDoes();
    void fromXmpImportsDigikamFaces();

private:
    Run importRegions(const QStringList &args);
    QJsonArray listJson();

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mSidecar;
};

void TestRegionImportCommand::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    for (const char *name : {"provenance.jpg", "orientation6.jpg"})
        QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name),
                            mDir->filePath(QLatin1String(name))));
    mArticle = mDir->filePath(QStringLiteral("harbour.md"));
    QFile article(mArticle);
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write("# Harbour visit\n\n![Tal Orsen at the quay](provenance.jpg)\n\n"
                  "Premier Tal Orsen toured the terminal.\n\n![The crane](orientation6.jpg)\n");
    article.close();
    mSidecar = mArticle + QStringLiteral(".provena.jsonld");
}

Run TestRegionImportCommand::importRegions(const QStringList &args)
{
    return provena::test::runCli(
        QStringList {QStringLiteral("regions"), QStringLiteral("import"), mArticle} + args);
}

QJsonArray TestRegionImportCommand::listJson()
{
    const Run r = provena::test::runCli(
        {QStringLiteral("regions"), QStringLiteral("list"), mArticle, QStringLiteral("--json")});
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestRegionImportCommand::labelmeImportReportsUnmappedAndRefused()
{
    const Run r
        = importRegions({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
                         QStringLiteral("labelme"), fixture("labelme-provenance.json")});
    // Refused and unmapped shapes are findings; the rest is imported and saved.
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(QStringLiteral("imported 7 region(s) into image 1")),
             qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("already present: 0")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("unmapped labels"))
                 && r.out.contains(QStringLiteral("  car  2\n")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("--map LABEL=person"))
                 && r.out.contains(QStringLiteral("provena-cli labels")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("refused: 2")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("  shapes[7]: a labelme mask")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("  shapes[8]: "))
                 && r.out.contains(QStringLiteral("outside the image")),
             qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("warning: shapes[1], shapes[2] share group_id 1")),
             qPrintable(r.out));

    const QJsonArray regions = listJson();
    QCOMPARE(regions.size(), 7);
    const QJsonObject person = regions.at(0).toObject();
    QCOMPARE(person.value(QLatin1String("label")).toString(), QStringLiteral("person"));
    QCOMPARE(person.value(QLatin1String("shape")).toString(), QStringLiteral("rectangle"));
    QCOMPARE(points(person), QJsonArray({pair(100, 50), pair(220, 300)}));
    QCOMPARE(person.value(QLatin1String("note")).toString(),
             QStringLiteral("Tal Orsen at the quay"));
    // Unmapped: imported without a label.
    QCOMPARE(regions.at(1).toObject().value(QLatin1String("label")).toString(), QString());
    // "face" is a person, as MWG and digiKam call people.
    const QJsonObject face = regions.at(3).toObject();
    QCOMPARE(face.value(QLatin1String("label")).toString(), QStringLiteral("person"));
    QCOMPARE(face.value(QLatin1String("shape")).toString(), QStringLiteral("ellipse"));
    QCOMPARE(points(face), QJsonArray({pair(460, 60), pair(540, 140)}));
    QCOMPARE(regions.at(4).toObject().value(QLatin1String("label")).toString(),
             QStringLiteral("flag-insignia"));
}

void TestRegionImportCommand::mapGivesLabels()
{
    const Run r = importRegions(
        {QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
         QStringLiteral("coco"), fixture("coco-provenance.json"), QStringLiteral("--map"),
         QStringLiteral("CAR=Vehicle"), QStringLiteral("--map"), QStringLiteral("umbrella=other")});
    QCOMPARE(r.code, 1); // three annotations are refused
    QVERIFY2(r.out.contains(QStringLiteral("imported 3 region(s)")), qPrintable(r.describe()));
    QVERIFY2(!r.out.contains(QStringLiteral("unmapped")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("annotations[2] (id 1003): ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("annotations[3] (id 1004): ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("annotations[4] (id 1005): ")), qPrintable(r.out));
    const QJsonArray regions = listJson();
    QCOMPARE(regions.size(), 3);
    QStringList labels;
    for (const QJsonValue &v : regions)
        labels << v.toObject().value(QLatin1String("label")).toString();
    QCOMPARE(labels,
             QStringList(
                 {QStringLiteral("person"), QStringLiteral("vehicle"), QStringLiteral("other")}));
    QCOMPARE(regions.at(2).toObject().value(QLatin1String("confidence")).toDouble(), 0.87);
}

void TestRegionImportCommand::everythingImportedIsExitZero()
{
    const Run r
        = importRegions({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
                         QStringLiteral("via"), fixture("via-export.json")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("imported 3 region(s)")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QStringLiteral("refused")));
    const QJsonArray regions = listJson();
    QCOMPARE(regions.size(), 3);
    QCOMPARE(regions.at(1).toObject().value(QLatin1String("shape")).toString(),
             QStringLiteral("polygon"));
    QCOMPARE(points(regions.at(1).toObject()).size(), 4);
}

void TestRegionImportCommand::secondImportAddsNothing()
{
    const QStringList args
        = {QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
           QStringLiteral("via"), fixture("via2-project.json")};
    const Run first = importRegions(args);
    QCOMPARE(first.code, 1); // a rotated ellipse, an unmapped label
    QVERIFY2(first.out.contains(QStringLiteral("imported 7 region(s)")),
             qPrintable(first.describe()));
    const QByteArray sidecar = readAll(mSidecar);
    QVERIFY(!sidecar.isEmpty());

    const Run second = importRegions(args);
    QCOMPARE(second.code, 1); // the same refusal is still reported
    QVERIFY2(second.out.contains(QStringLiteral("imported 0 region(s)")),
             qPrintable(second.describe()));
    QVERIFY2(second.out.contains(QStringLiteral("already present: 7")), qPrintable(second.out));
    QCOMPARE(readAll(mSidecar), sidecar); // nothing to add: not even saved again
    QCOMPARE(listJson().size(), 7);
}

void TestRegionImportCommand::dryRunWritesNothing()
{
    const Run r = importRegions({QStringLiteral("--image"), QStringLiteral("1"),
                                 QStringLiteral("--format"), QStringLiteral("labelme"),
                                 fixture("labelme-provenance.json"), QStringLiteral("--dry-run")});
    QCOMPARE(r.code, 1); // the same findings as a real import
    QVERIFY2(r.out.contains(QStringLiteral("would import 7 region(s)")), qPrintable(r.describe()));
    QVERIFY(r.out.contains(QStringLiteral("shapes[7]")));
    QVERIFY(!QFile::exists(mSidecar));
    QVERIFY(!QFile::exists(mSidecar + QLatin1Char('~')));
    QCOMPARE(QDir(mDir->path()).entryList(QDir::Files).size(), 3); // article and two images
}

void TestRegionImportCommand::jsonOutput()
{
    const Run r = importRegions({QStringLiteral("--image"), QStringLiteral("1"),
                                 QStringLiteral("--format"), QStringLiteral("coco"),
                                 fixture("coco-provenance.json"), QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.describe()));
    QCOMPARE(root.value(QLatin1String("format")).toString(), QStringLiteral("coco"));
    QCOMPARE(root.value(QLatin1String("source")).toString(), fixture("coco-provenance.json"));
    QCOMPARE(root.value(QLatin1String("image")).toInt(), 1);
    QCOMPARE(root.value(QLatin1String("dryRun")).toBool(true), false);
    QCOMPARE(root.value(QLatin1String("alreadyPresent")).toInt(-1), 0);
    const QJsonArray imported = root.value(QLatin1String("imported")).toArray();
    QCOMPARE(imported.size(), 3);
    // The ids printed are the regions now in the sidecar.
    const QJsonArray listed = listJson();
    QCOMPARE(listed.size(), 3);
    for (qsizetype i = 0; i < imported.size(); ++i)
        QCOMPARE(imported.at(i).toObject().value(QLatin1String("id")),
                 listed.at(i).toObject().value(QLatin1String("id")));
    QCOMPARE(root.value(QLatin1String("unmappedLabels")).toObject(),
             QJsonObject({{QStringLiteral("car"), 1}, {QStringLiteral("umbrella"), 1}}));
    const QJsonArray refused = root.value(QLatin1String("refused")).toArray();
    QCOMPARE(refused.size(), 3);
    QVERIFY(refused.at(0).toString().startsWith(QStringLiteral("annotations[2] (id 1003): ")));
    QVERIFY(root.value(QLatin1String("warnings")).isArray());
}

void TestRegionImportCommand::storedGridIsTurned()
{
    const Run r
        = importRegions({QStringLiteral("--image"), QStringLiteral("2"), QStringLiteral("--format"),
                         QStringLiteral("labelme"), fixture("labelme-orientation6.json")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(
        r.out.contains(QStringLiteral("warning: imageWidth/imageHeight gives the image size as "
                                      "300×200")),
        qPrintable(r.out));
    const QJsonArray regions = listJson();
    QCOMPARE(regions.size(), 2);
    QCOMPARE(regions.at(0).toObject().value(QLatin1String("image")).toInt(), 2);
    QCOMPARE(points(regions.at(0).toObject()), QJsonArray({pair(130, 10), pair(180, 110)}));
    QCOMPARE(points(regions.at(1).toObject()), QJsonArray({pair(50, 250)}));
}

void TestRegionImportCommand::cocoByImageId()
{
    // Image 2 is orientation6.jpg; the file's image 397 is named provenance.jpg: said, imported.
    const Run r
        = importRegions({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
                         QStringLiteral("coco"), fixture("coco-orientation6.json"),
                         QStringLiteral("--coco-image-id"), QStringLiteral("7")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("names the image “orientation6.jpg”, not "
                                           "“provenance.jpg”")),
             qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("300×200")), qPrintable(r.out));
    QCOMPARE(listJson().size(), 1);

    const Run none
        = importRegions({QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
                         QStringLiteral("coco"), fixture("coco-orientation6.json")});
    QCOMPARE(none.code, 2);
    QVERIFY2(none.err.contains(QStringLiteral("no image whose file_name is “provenance.jpg”")),
             qPrintable(none.describe()));
    QVERIFY2(none.err.contains(QStringLiteral("id 7: orientation6.jpg")), qPrintable(none.err));
}

void TestRegionImportCommand::unreadableFilesAreExitTwo()
{
    const struct
    {
        const char *format;
        QString file;
        QString expected;
    } cases[] = {
        {"labelme", fixture("labelme-truncated.json"),
         fixture("labelme-truncated.json")
             + QStringLiteral(":5:1: The labelme file is not valid JSON")},
        {"via", fixture("via3-project.json"), QStringLiteral("VIA 3")},
        {"coco", fixture("labelme-provenance.json"), QStringLiteral("not a COCO file")},
        {"labelme", mDir->filePath(QStringLiteral("missing.json")), QStringLiteral("missing.json")},
        {"via", mDir->path(), QStringLiteral("folder")},
    };
    for (const auto &c : cases) {
        const Run r = importRegions({QStringLiteral("--image"), QStringLiteral("1"),
                                     QStringLiteral("--format"), QLatin1String(c.format), c.file});
        QVERIFY2(r.code == 2, qPrintable(c.file + QLatin1Char('\n') + r.describe()));
        QVERIFY2(r.err.contains(c.expected), qPrintable(r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("Nothing was imported.")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(!QFile::exists(mSidecar));
    }
}

void TestRegionImportCommand::usageErrors()
{
    const QString file = fixture("labelme-provenance.json");
    const QList<std::pair<QStringList, QString>> cases = {
        {{QStringLiteral("--format"), QStringLiteral("labelme"), file},
         QStringLiteral("--image N is required")},
        {{QStringLiteral("--image"), QStringLiteral("0"), QStringLiteral("--format"),
          QStringLiteral("labelme"), file},
         QStringLiteral("--image takes a number, from 1")},
        {{QStringLiteral("--image"), QStringLiteral("3"), QStringLiteral("--format"),
          QStringLiteral("labelme"), file},
         QStringLiteral("the article has 2 image(s)")},
        {{QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
          QStringLiteral("yolo"), file},
         QStringLiteral("unknown format “yolo”")},
        {{QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
          QStringLiteral("labelme")},
         QStringLiteral("needs the FILE")},
        {{QStringLiteral("--image"), QStringLiteral("1")},
         QStringLiteral("give either --from-xmp or --format")},
        {{QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--from-xmp"),
          QStringLiteral("--format"), QStringLiteral("labelme"), file},
         QStringLiteral("give either --from-xmp or --format")},
        {{QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--from-xmp"), file},
         QStringLiteral("takes no FILE")},
        {{QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
          QStringLiteral("labelme"), file, QStringLiteral("--map"), QStringLiteral("car")},
         QStringLiteral("--map takes FROM=TO")},
        {{QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
          QStringLiteral("labelme"), file, QStringLiteral("--map"), QStringLiteral("car=lorry")},
         QStringLiteral("unknown label “lorry”")},
        {{QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
          QStringLiteral("labelme"), file, QStringLiteral("--coco-image-id"), QStringLiteral("1")},
         QStringLiteral("--coco-image-id goes with --format coco")},
        {{QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--format"),
          QStringLiteral("coco"), file, QStringLiteral("--via-attribute"), QStringLiteral("type")},
         QStringLiteral("--via-attribute goes with --format via")},
    };
    for (const auto &[args, expected] : cases) {
        const Run r = importRegions(args);
        QVERIFY2(r.code == 64, qPrintable(args.join(u' ') + QLatin1Char('\n') + r.describe()));
        QVERIFY2(r.err.contains(QStringLiteral("provena-cli regions import: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(expected), qPrintable(args.join(u' ') + QLatin1Char('\n') + r.err));
        QVERIFY(!QFile::exists(mSidecar));
    }
}

void TestRegionImportCommand::regionsKeepsWhatRegionDoes()
{
    const Run help = provena::test::runCli({QStringLiteral("regions"), QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(QStringLiteral("provena-cli regions import ARTICLE --image N")),
             qPrintable(help.out));
    QVERIFY2(help.out.contains(QStringLiteral("provena-cli regions add ARTICLE --from-json FILE")),
             qPrintable(help.out));
    const Run topHelp = provena::test::runCli({QStringLiteral("--help")});
    QVERIFY2(topHelp.out.contains(QStringLiteral("regions")), qPrintable(topHelp.out));

    const Run add = provena::test::runCli({QStringLiteral("regions"), QStringLiteral("add"),
                                           mArticle, QStringLiteral("--image"), QStringLiteral("1"),
                                           QStringLiteral("--rect"), QStringLiteral("1,2,3,4"),
                                           QStringLiteral("--label"), QStringLiteral("person")});
    QVERIFY2(add.code == 0, qPrintable(add.describe()));
    const Run old = provena::test::runCli({QStringLiteral("region"), QStringLiteral("add"),
                                           mArticle, QStringLiteral("--image"), QStringLiteral("1"),
                                           QStringLiteral("--point"), QStringLiteral("5,6"),
                                           QStringLiteral("--label"), QStringLiteral("person")});
    QVERIFY2(old.code == 0, qPrintable(old.describe()));
    QCOMPARE(listJson().size(), 2);
    const Run remove = provena::test::runCli(
        {QStringLiteral("regions"), QStringLiteral("remove"), mArticle, add.out.trimmed()});
    QVERIFY2(remove.code == 0, qPrintable(remove.describe()));
    QCOMPARE(listJson().size(), 1);

    const Run unknown
        = provena::test::runCli({QStringLiteral("regions"), QStringLiteral("merge"), mArticle});
    QCOMPARE(unknown.code, 64);
    QVERIFY2(unknown.err.contains(QStringLiteral("unknown subcommand “merge”")),
             qPrintable(unknown.err));
    QVERIFY2(unknown.err.contains(QStringLiteral("regions import ARTICLE")),
             qPrintable(unknown.err));
    const Run missing = provena::test::runCli({QStringLiteral("regions")});
    QCOMPARE(missing.code, 64);
    QVERIFY2(missing.err.contains(QStringLiteral("missing subcommand")), qPrintable(missing.err));
}

void TestRegionImportCommand::fromXmpImportsDigikamFaces()
{
    // A face digiKam tagged: an MWG region (normalised, centre-based) in provenance.jpg.xmp.
    QVERIFY(QFile::copy(fixture("provenance.jpg.xmp"),
                        mDir->filePath(QStringLiteral("provenance.jpg.xmp"))));
    const Run r = importRegions(
        {QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--from-xmp")});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("imported 1 region(s)")), qPrintable(r.out));
    const QJsonArray regions = listJson();
    QCOMPARE(regions.size(), 1);
    const QJsonObject face = regions.at(0).toObject();
    QCOMPARE(face.value(QLatin1String("label")).toString(), QStringLiteral("person"));
    QCOMPARE(face.value(QLatin1String("entity")).toString(), QStringLiteral("Tal Orsen"));
    QCOMPARE(face.value(QLatin1String("shape")).toString(), QStringLiteral("rectangle"));
    // Centre (0.25, 0.5), size 0.1875 × 0.5 of 640×427.
    const QJsonArray corners = points(face);
    QCOMPARE(corners.size(), 2);
    QVERIFY(qFuzzyCompare(corners.at(0).toArray().at(0).toDouble(), 100.0));
    QVERIFY(qFuzzyCompare(corners.at(0).toArray().at(1).toDouble(), 106.75));
    QVERIFY(qFuzzyCompare(corners.at(1).toArray().at(0).toDouble(), 220.0));
    QVERIFY(qFuzzyCompare(corners.at(1).toArray().at(1).toDouble(), 320.25));

    const Run again = importRegions(
        {QStringLiteral("--image"), QStringLiteral("1"), QStringLiteral("--from-xmp")});
    QCOMPARE(again.code, 0);
    QVERIFY2(again.out.contains(QStringLiteral("already present: 1")), qPrintable(again.out));
}

QTEST_GUILESS_MAIN(TestRegionImportCommand)
#include "tst_regionimportcommand.moc"
