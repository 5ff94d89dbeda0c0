// SPDX-License-Identifier: MIT
// provena-cli match and find-versions, run as a process on generated images: JSON fields, text,
// exit codes (0 same picture, 1 no match, 2 unreadable, 64 usage).
#include "clirunner.h"

#include "../media/texturedimage.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

using clitest::Run;
using clitest::runCli;

} // namespace

class TestMatchCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchCropJson();
    void matchText();
    void noMatchIsExitOne();
    void unreadableIsExitTwo();
    void usageErrors();
    void findVersionsJson();
    void findVersionsSuggest();

private:
    QString path(const QString &name) const { return mDir.filePath(name); }

    QTemporaryDir mDir;
};

void TestMatchCommand::initTestCase()
{
    QVERIFY(mDir.isValid());
    const QImage original = provena::testing::texturedImage(1200, 900, 21);
    QVERIFY(QDir().mkpath(path(u"archive/sub"_s)));
    QVERIFY(original.save(path(u"original.png"_s)));
    QVERIFY(original.copy(250, 150, 640, 480).save(path(u"archive/sub/crop.jpg"_s), nullptr, 90));
    QVERIFY(original.mirrored(true, false).save(path(u"archive/flipped.png"_s)));
    QVERIFY(provena::testing::texturedImage(1200, 900, 22).save(path(u"other.png"_s)));
    QFile article(path(u"archive/sub/story.md"_s));
    QVERIFY(article.open(QIODevice::WriteOnly));
    article.write("# Story\n\n![The premier at the quay. [NCNA]](crop.jpg)\n\nText.\n");
}

void TestMatchCommand::matchCropJson()
{
    const Run run = runCli(
        {u"match"_s, path(u"original.png"_s), path(u"archive/sub/crop.jpg"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"schema"_s).toString(), u"provena-match/1"_s);
    QCOMPARE(json.value(u"relation"_s).toString(), u"cropped"_s);
    QCOMPARE(json.value(u"samePicture"_s).toBool(), true);
    QCOMPARE(json.value(u"identical"_s).toBool(), false);
    QCOMPARE(json.value(u"a"_s).toObject().value(u"sha256"_s).toString().size(), 64);
    QCOMPARE(json.value(u"b"_s).toObject().value(u"width"_s).toInt(), 640);
    QCOMPARE(json.value(u"a"_s).toObject().value(u"dHash"_s).toString().size(), 16);
    const QJsonObject rect = json.value(u"cropRect"_s).toObject();
    QVERIFY2(qAbs(rect.value(u"x"_s).toDouble() - 250) <= 2
                 && qAbs(rect.value(u"y"_s).toDouble() - 150) <= 2
                 && qAbs(rect.value(u"width"_s).toDouble() - 640) <= 2
                 && qAbs(rect.value(u"height"_s).toDouble() - 480) <= 2,
             run.out.constData());
    QVERIFY(qAbs(json.value(u"scale"_s).toDouble() - 1.0) < 0.01);
    const QJsonArray transform = json.value(u"transform"_s).toArray();
    QCOMPARE(transform.size(), 3);
    QVERIFY(qAbs(transform.at(0).toArray().at(2).toDouble() - 250) <= 2); // x translation
    QVERIFY(json.value(u"inliers"_s).toInt() >= 15);
    QVERIFY(run.err.isEmpty());
}

void TestMatchCommand::matchText()
{
    const Run run = runCli({u"match"_s, path(u"original.png"_s), path(u"archive/flipped.png"_s)});
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"mirrored (mirrored): x 0.0, y 0.0, 1200.0 × 900.0 in A's pixels"_s)
                 || out.contains(u"mirrored (mirrored): x -0."_s),
             qPrintable(out));
    QVERIFY(out.contains(u"Perceptual hash distance: "_s));
    QVERIFY(out.contains(u"Transform (B to A, row-major):"_s));
}

void TestMatchCommand::noMatchIsExitOne()
{
    const Run json
        = runCli({u"match"_s, path(u"original.png"_s), path(u"other.png"_s), u"--json"_s});
    QCOMPARE(json.exitCode, 1);
    const QJsonObject object = QJsonDocument::fromJson(json.out).object();
    QCOMPARE(object.value(u"samePicture"_s).toBool(true), false);
    QVERIFY(object.value(u"distance"_s).toInt() > 12);
    QVERIFY(object.value(u"error"_s).toString().contains(u"do not show the same picture"_s));
    QVERIFY(!object.contains(u"cropRect"_s));
    QVERIFY(json.err.contains("do not show the same picture"));
}

void TestMatchCommand::unreadableIsExitTwo()
{
    QFile junk(path(u"junk.png"_s));
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("no image here");
    junk.close();
    const Run junkRun = runCli({u"match"_s, path(u"original.png"_s), path(u"junk.png"_s)});
    QCOMPARE(junkRun.exitCode, 2);
    QVERIFY(junkRun.err.contains("junk.png"));
    QVERIFY(junkRun.out.isEmpty());
    const Run missing = runCli({u"match"_s, path(u"missing.jpg"_s), path(u"original.png"_s)});
    QCOMPARE(missing.exitCode, 2);
    QVERIFY(missing.err.contains("missing.jpg"));
    const Run noFolder
        = runCli({u"find-versions"_s, path(u"original.png"_s), path(u"nowhere"_s), u"--json"_s});
    QCOMPARE(noFolder.exitCode, 2);
    QVERIFY(noFolder.err.contains("nowhere"));
}

void TestMatchCommand::usageErrors()
{
    QCOMPARE(runCli({u"match"_s, path(u"original.png"_s)}).exitCode, 64);
    QCOMPARE(runCli({u"find-versions"_s, path(u"original.png"_s), path(u"archive"_s),
                     u"--feature-budget"_s, u"lots"_s})
                 .exitCode,
             64);
}

void TestMatchCommand::findVersionsJson()
{
    const Run run
        = runCli({u"find-versions"_s, path(u"original.png"_s), path(u"archive"_s), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(json.value(u"schema"_s).toString(), u"provena-versions/1"_s);
    const QJsonArray versions = json.value(u"versions"_s).toArray();
    QCOMPARE(versions.size(), 2);
    const QJsonObject flipped = versions.at(0).toObject();
    QCOMPARE(flipped.value(u"relativePath"_s).toString(), u"flipped.png"_s);
    QCOMPARE(flipped.value(u"relation"_s).toString(), u"mirrored"_s);
    QCOMPARE(flipped.value(u"mirrored"_s).toBool(), true);
    const QJsonObject crop = versions.at(1).toObject();
    QCOMPARE(crop.value(u"relativePath"_s).toString(), u"sub/crop.jpg"_s);
    QCOMPARE(crop.value(u"relation"_s).toString(), u"cropped"_s);
    QCOMPARE(crop.value(u"foundBy"_s).toString(), u"features"_s);
    QVERIFY(qAbs(crop.value(u"cropRect"_s).toObject().value(u"x"_s).toDouble() - 250) <= 2);
    const QJsonArray appearances = crop.value(u"appearances"_s).toArray();
    QCOMPARE(appearances.size(), 1);
    QCOMPARE(appearances.at(0).toObject().value(u"credit"_s).toString(), u"NCNA"_s);
    QCOMPARE(appearances.at(0).toObject().value(u"caption"_s).toString(),
             u"The premier at the quay."_s);
    QVERIFY(
        appearances.at(0).toObject().value(u"article"_s).toString().endsWith(u"sub/story.md"_s));
    const QJsonObject index = json.value(u"index"_s).toObject();
    QCOMPARE(index.value(u"hashed"_s).toInt(), 2);
    QVERIFY(QFile::exists(path(u"archive/.provena/versions-index.json"_s)));

    // Second run: nothing hashed again, the same versions.
    const Run again
        = runCli({u"find-versions"_s, path(u"original.png"_s), path(u"archive"_s), u"--json"_s});
    QCOMPARE(again.exitCode, 0);
    const QJsonObject second = QJsonDocument::fromJson(again.out).object();
    QCOMPARE(second.value(u"index"_s).toObject().value(u"hashed"_s).toInt(), 0);
    QCOMPARE(second.value(u"index"_s).toObject().value(u"reused"_s).toInt(), 2);
    QCOMPARE(second.value(u"versions"_s).toArray().size(), 2);

    const Run text = runCli({u"find-versions"_s, path(u"original.png"_s), path(u"archive"_s)});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"2 other version(s) under"_s) || out.contains(u"2 other versions"_s),
             qPrintable(out));
    QVERIFY(out.contains(u"credit: NCNA"_s));
}

void TestMatchCommand::findVersionsSuggest()
{
    // The crop appears in sub/story.md credited "NCNA": one republisher suggestion naming it,
    // with the crop's SHA-256 as evidence; the mirrored copy is in no article, so none.
    const Run run = runCli({u"find-versions"_s, path(u"original.png"_s), path(u"archive"_s),
                            u"--json"_s, u"--suggest"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(run.out).object();
    const QJsonArray suggestions = json.value(u"suggestions"_s).toArray();
    QCOMPARE(suggestions.size(), 1);
    const QJsonObject suggestion = suggestions.at(0).toObject();
    QCOMPARE(suggestion.value(u"origin"_s).toString(), u"versions"_s);
    const QJsonObject &claim = suggestion; // the claim's fields, with origin and conflicts
    QCOMPARE(claim.value(u"role"_s).toString(), u"republisher"_s);
    QCOMPARE(claim.value(u"status"_s).toString(), u"suggested"_s);
    const QString crop
        = json.value(u"versions"_s).toArray().at(1).toObject().value(u"sha256"_s).toString();
    QVERIFY(QJsonDocument(claim).toJson().contains(crop.toUtf8()));
    QVERIFY(QJsonDocument(claim).toJson().contains("NCNA"));

    // Without --suggest: no suggestions key. As text: the list, marked as not recorded.
    const Run plain
        = runCli({u"find-versions"_s, path(u"original.png"_s), path(u"archive"_s), u"--json"_s});
    QVERIFY(!QJsonDocument::fromJson(plain.out).object().contains(u"suggestions"_s));
    const Run text
        = runCli({u"find-versions"_s, path(u"original.png"_s), path(u"archive"_s), u"--suggest"_s});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY2(out.contains(u"Provenance suggestions (not recorded"_s), qPrintable(out));
    QVERIFY2(out.contains(u"from versions"_s), qPrintable(out));
}

QTEST_MAIN(TestMatchCommand)
#include "tst_matchcommand.moc"
