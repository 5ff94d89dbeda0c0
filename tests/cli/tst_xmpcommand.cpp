// SPDX-License-Identifier: MIT
// provena-cli xmp, and the XMP sidecars the editing commands write on save, driven through
// QProcess on an article in a temporary folder.
#include "../cliprocess.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using provena::test::CliRun;

namespace {

const QByteArray kArticle
    = "# Premier inspects rebuilt harbour crane\n\n"
      "![Premier Tal Orsen at the port.](photo.jpg)\n\n"
      "Premier Tal Orsen toured the rebuilt container terminal.\n\n"
      "![Cargo ships wait outside the port.](https://example.org/ships.jpg)\n";

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

/** The organisation-wide settings provena-cli reads (XmpSettings), under the test's config. */
QString sharedSettingsFile()
{
    return provena::test::cliConfigHome() + u"/Provena.conf"_s;
}

QJsonObject jsonOf(const CliRun &r)
{
    return QJsonDocument::fromJson(r.out.toUtf8()).object();
}

} // namespace

class TestXmpCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesThenReportsUnchanged();
    void dryRunWritesNothing();
    void remoteImageIsSkippedWithANote();
    void replaceExtensionNaming();
    void badArgumentsAreUsageErrors();
    void regionAddWritesTheSidecarOnSave();
    void regionAddWritesNoSidecarWhenTheSettingIsOff();

private:
    CliRun addPersonRegion();

    std::unique_ptr<QTemporaryDir> mDir;
    QString mArticle;
    QString mImage;
    QString mXmp;
};

void TestXmpCommand::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    mArticle = mDir->filePath(u"story.md"_s);
    mImage = mDir->filePath(u"photo.jpg"_s);
    mXmp = mImage + u".xmp"_s;
    QVERIFY(writeAll(mArticle, kArticle));
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/provenance.jpg"), mImage));
}

void TestXmpCommand::cleanup()
{
    QFile::remove(sharedSettingsFile());
}

CliRun TestXmpCommand::addPersonRegion()
{
    return provena::test::runCli({u"region"_s, u"add"_s, mArticle, u"--image"_s, u"1"_s,
                                  u"--rect"_s, u"10,20,30,40"_s, u"--label"_s, u"person"_s,
                                  u"--entity"_s, u"Tal Orsen"_s});
}

void TestXmpCommand::writesThenReportsUnchanged()
{
    CliRun r = provena::test::runCli({u"xmp"_s, mArticle, u"--image"_s, u"1"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(mXmp + u": created"_s), qPrintable(r.describe()));
    QVERIFY(QFileInfo(mXmp).isFile());
    const QByteArray first = [this] {
        QFile f(mXmp);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    QVERIFY(!first.isEmpty());

    r = provena::test::runCli({u"xmp"_s, mArticle, u"--image"_s, u"1"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonObject root = jsonOf(r);
    QCOMPARE(root.value(u"schema"_s).toString(), u"provena-xmp/1"_s);
    QCOMPARE(root.value(u"naming"_s).toString(), u"keep-extension"_s);
    const QJsonArray images = root.value(u"images"_s).toArray();
    QCOMPARE(images.size(), 1);
    const QJsonObject image = images.first().toObject();
    QCOMPARE(image.value(u"image"_s).toInt(), 1);
    QCOMPARE(image.value(u"outcome"_s).toString(), u"unchanged"_s);
    QCOMPARE(image.value(u"sidecar"_s).toString(), mXmp);
    QCOMPARE(image.value(u"created"_s).toBool(), false);
    QFile f(mXmp);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), first);
}

void TestXmpCommand::dryRunWritesNothing()
{
    CliRun r = provena::test::runCli({u"xmp"_s, mArticle, u"--image"_s, u"1"_s, u"--dry-run"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(mXmp + u": would be created"_s), qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(mXmp));

    r = provena::test::runCli(
        {u"xmp"_s, mArticle, u"--image"_s, u"1"_s, u"--dry-run"_s, u"--json"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    const QJsonObject root = jsonOf(r);
    QCOMPARE(root.value(u"dryRun"_s).toBool(), true);
    const QJsonObject image = root.value(u"images"_s).toArray().first().toObject();
    QCOMPARE(image.value(u"outcome"_s).toString(), u"written"_s);
    QCOMPARE(image.value(u"created"_s).toBool(), true);
    QVERIFY(!QFileInfo::exists(mXmp));
    QCOMPARE(QDir(mDir->path()).entryList(QDir::Files | QDir::Hidden).size(), 2);
}

void TestXmpCommand::remoteImageIsSkippedWithANote()
{
    CliRun r = provena::test::runCli({u"xmp"_s, mArticle, u"--image"_s, u"2"_s});
    QVERIFY2(r.code == 1, qPrintable(r.describe())); // ExitFindings: nothing written for it
    QVERIFY2(r.out.contains(u"image 2: skipped"_s), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(u"“https://example.org/ships.jpg” is not fetched yet"_s),
             qPrintable(r.describe()));
    QVERIFY(!QFileInfo::exists(mXmp));

    r = provena::test::runCli({u"xmp"_s, mArticle, u"--json"_s});
    QVERIFY2(r.code == 1, qPrintable(r.describe()));
    const QJsonArray images = jsonOf(r).value(u"images"_s).toArray();
    QCOMPARE(images.size(), 2);
    QCOMPARE(images.at(0).toObject().value(u"outcome"_s).toString(), u"written"_s);
    const QJsonObject remote = images.at(1).toObject();
    QCOMPARE(remote.value(u"outcome"_s).toString(), u"skipped"_s);
    QCOMPARE(remote.value(u"url"_s).toString(), u"https://example.org/ships.jpg"_s);
    QCOMPARE(remote.value(u"notes"_s).toArray().size(), 1);
    QVERIFY(!remote.contains(u"sidecar"_s));
    QVERIFY(QFileInfo(mXmp).isFile());
}

void TestXmpCommand::replaceExtensionNaming()
{
    const CliRun r = provena::test::runCli(
        {u"xmp"_s, mArticle, u"--image"_s, u"1"_s, u"--naming"_s, u"replace-extension"_s});
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo(mDir->filePath(u"photo.xmp"_s)).isFile());
    QVERIFY(!QFileInfo::exists(mXmp));
}

void TestXmpCommand::badArgumentsAreUsageErrors()
{
    CliRun r = provena::test::runCli({u"xmp"_s, mArticle, u"--image"_s, u"3"_s});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(u"image 3 does not exist"_s), qPrintable(r.describe()));
    r = provena::test::runCli({u"xmp"_s, mArticle, u"--naming"_s, u"sideways"_s});
    QCOMPARE(r.code, 64);
    QVERIFY2(r.err.contains(u"“sideways”"_s), qPrintable(r.describe()));
    r = provena::test::runCli({u"xmp"_s, mDir->filePath(u"missing.md"_s)});
    QCOMPARE(r.code, 2);
    QVERIFY(!QFileInfo::exists(mXmp));
}

void TestXmpCommand::regionAddWritesTheSidecarOnSave()
{
    const CliRun r = addPersonRegion();
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY2(!r.err.contains(u"XMP"_s), qPrintable(r.describe()));
    QVERIFY(QFileInfo(mXmp).isFile());
    // The sidecar already holds what `xmp` would write.
    const CliRun again = provena::test::runCli({u"xmp"_s, mArticle, u"--image"_s, u"1"_s});
    QVERIFY2(again.code == 0, qPrintable(again.describe()));
    QVERIFY2(again.out.contains(mXmp + u": unchanged"_s), qPrintable(again.describe()));
    QVERIFY2(again.out.contains(u"1 region"_s), qPrintable(again.describe()));
}

void TestXmpCommand::regionAddWritesNoSidecarWhenTheSettingIsOff()
{
    QVERIFY(writeAll(sharedSettingsFile(), "[xmp]\nwriteOnSave=false\n"));
    const CliRun r = addPersonRegion();
    QVERIFY2(r.code == 0, qPrintable(r.describe()));
    QVERIFY(QFileInfo::exists(mArticle + u".provena.jsonld"_s));
    QVERIFY(!QFileInfo::exists(mXmp));
}

QTEST_GUILESS_MAIN(TestXmpCommand)
#include "tst_xmpcommand.moc"
