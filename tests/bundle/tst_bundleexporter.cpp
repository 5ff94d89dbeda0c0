// SPDX-License-Identifier: MIT
// BundleExporter: where each file goes (folder names, images inside and outside the article's
// folder, names that collide), the sidecar rewritten for the bundle, and whole exports: what the
// zip holds, byte-for-byte originals, bag-info, warnings, refusals, cancelling and determinism.
#include "bundle/bagverifier.h"
#include "bundle/bundleexporter.h"
#include "bundle/bundlelayout_p.h"
#include "bundletestfixture.h"
#include "formats/sidecarreader.h"

#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace provena::test;
using namespace Qt::Literals::StringLiterals;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

const QDate kDate(2026, 3, 14);

} // namespace

class TestBundleExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    // planning
    void folderNames_data();
    void folderNames();
    void staysInside_data();
    void staysInside();
    void imagePaths();
    void sidecarPathsRewritten();
    // exporting
    void exportsOneArticle();
    void bagInfoFromOptionsAndSettings();
    void imageOutsideGoesToExternal();
    void twoArticlesWithOneName();
    void sameInputsSameZip();
    void noRenderNoPdf();
    void missingImageIsAWarning();
    void unreadableSidecarRefuses();
    void unreadableArticleRefuses();
    void cancelledLeavesNoFile();
    void progressIsReported();

private:
    QString makeStory(const QString &folder, const QString &name = u"story.md"_s);

    std::unique_ptr<QTemporaryDir> mDir;
};

void TestBundleExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(
        u"ProvenaBundleTest-%1"_s.arg(QCoreApplication::applicationPid()));
}

void TestBundleExporter::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
    QSettings(QSettings::UserScope, QCoreApplication::organizationName()).clear();
}

QString TestBundleExporter::makeStory(const QString &folder, const QString &name)
{
    const QString article = mDir->filePath(folder + u'/' + name);
    const QString problem
        = makeArticle(article, u"photo.jpg"_s, mDir->filePath(folder + u"/photo.jpg"_s));
    if (!problem.isEmpty())
        qWarning("%s", qPrintable(problem));
    return problem.isEmpty() ? article : QString();
}

void TestBundleExporter::folderNames_data()
{
    QTest::addColumn<QStringList>("articles");
    QTest::addColumn<QStringList>("folders");
    QTest::newRow("one") << QStringList {u"/a/story.md"_s} << QStringList {u"story"_s};
    QTest::newRow("same stem, in input order")
        << QStringList {u"/a/story.md"_s, u"/b/story.txt"_s, u"/c/story.md"_s}
        << QStringList {u"story"_s, u"story-2"_s, u"story-3"_s};
    QTest::newRow("case differs only") << QStringList {u"/a/Story.md"_s, u"/b/story.md"_s}
                                       << QStringList {u"Story"_s, u"story-2"_s};
    QTest::newRow("the bag's own index.html")
        << QStringList {u"/a/index.html.md"_s} << QStringList {u"index.html-2"_s};
    QTest::newRow("two suffixes") << QStringList {u"/a/my.story.md"_s}
                                  << QStringList {u"my.story"_s};
}

void TestBundleExporter::folderNames()
{
    QFETCH(QStringList, articles);
    QFETCH(QStringList, folders);
    QCOMPARE(detail::bundleFolderNames(articles), folders);
}

void TestBundleExporter::staysInside_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("inside");
    QTest::newRow("file") << u"photo.jpg"_s << true;
    QTest::newRow("subfolder") << u"story_files/photo.jpg"_s << true;
    QTest::newRow("parent") << u"../photo.jpg"_s << false;
    QTest::newRow("parent inside") << u"a/../../photo.jpg"_s << false;
    QTest::newRow("absolute") << u"/etc/passwd"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("dot") << u"./photo.jpg"_s << false;
    QTest::newRow("double slash") << u"a//photo.jpg"_s << false;
}

void TestBundleExporter::staysInside()
{
    QFETCH(QString, path);
    QFETCH(bool, inside);
    QCOMPARE(detail::staysInside(path), inside);
}

void TestBundleExporter::imagePaths()
{
    detail::BundleNameClaims claims;
    QVERIFY(claims.claim(u"story.md"_s));
    QCOMPARE(detail::bundleImagePath(u"/a"_s, u"/a/photo.jpg"_s, true, claims), u"photo.jpg"_s);
    QCOMPARE(detail::bundleImagePath(u"/a"_s, u"/a/story_files/p.png"_s, true, claims),
             u"story_files/p.png"_s);
    // A case variant of a taken name is taken: extracting it would collide elsewhere.
    QCOMPARE(detail::bundleImagePath(u"/a"_s, u"/a/Photo.jpg"_s, true, claims), u"Photo-2.jpg"_s);
    QCOMPARE(detail::bundleImagePath(u"/a"_s, u"/elsewhere/photo.jpg"_s, false, claims),
             u"external/photo.jpg"_s);
    QCOMPARE(detail::bundleImagePath(u"/a"_s, u"/other/photo.jpg"_s, false, claims),
             u"external/photo-2.jpg"_s);
    // Said to be inside, but the path leads out: it still goes to external/.
    QCOMPARE(detail::bundleImagePath(u"/a/b"_s, u"/a/x.jpg"_s, true, claims), u"external/x.jpg"_s);
    QCOMPARE(claims.claimUnique(u"photo.jpg.xmp"_s), u"photo.jpg.xmp"_s);
    QCOMPARE(claims.claimUnique(u"photo.jpg.xmp"_s), u"photo-2.jpg.xmp"_s);
    QVERIFY(claims.isTaken(u"STORY.MD"_s));
    QVERIFY(!claims.claim(u"Story.md"_s));
}

void TestBundleExporter::sidecarPathsRewritten()
{
    // The image lies beside the article's folder; allowed, so it is read.
    const QString article = mDir->filePath(u"story/story.md"_s);
    ReadOptions allow;
    allow.allowImagesOutsideFolder = true;
    QCOMPARE(makeArticle(article, u"../photo.jpg"_s, mDir->filePath(u"photo.jpg"_s), 2, u"Title"_s,
                         allow),
             QString());
    auto doc = DocumentIO::open(article, nullptr, allow);
    QVERIFY(doc);
    const QByteArray sidecar
        = detail::bundleSidecar(*doc.value(), QStringList {u"external/photo.jpg"_s});
    const Result<SidecarContent> read = SidecarReader::read(sidecar);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->images.size(), 1);
    QCOMPARE(read->images.at(0).localPath, u"external/photo.jpg"_s);
    QCOMPARE(read->images.at(0).record.sha256,
             QString::fromLatin1(QCryptographicHash::hash(readAll(mDir->filePath(u"photo.jpg"_s)),
                                                          QCryptographicHash::Sha256)
                                     .toHex()));
    QCOMPARE(read->regions.size(), 2);
    // An empty entry keeps what the document has.
    const Result<SidecarContent> kept
        = SidecarReader::read(detail::bundleSidecar(*doc.value(), QStringList {QString()}));
    QVERIFY(kept);
    QCOMPARE(kept->images.at(0).localPath, u"../photo.jpg"_s);
}

void TestBundleExporter::exportsOneArticle()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    const QString zip = mDir->filePath(u"out/crane-bundle.zip"_s);
    QVERIFY(QDir().mkpath(mDir->filePath(u"out"_s)));
    BundleExportOptions options;
    options.date = kDate;
    const Result<BundleExportSummary> exported
        = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    QCOMPARE(exported->bag.bagName, u"crane-bundle"_s);
    QVERIFY2(exported->warnings.isEmpty(), qPrintable(exported->warnings.join(u'\n')));
    QCOMPARE(exported->articles.size(), 1);
    const BundleArticleLayout &layout = exported->articles.at(0);
    QCOMPARE(layout.folder, u"story"_s);
    QCOMPARE(layout.articleFile, u"story/story.md"_s);
    QCOMPARE(layout.sidecarFile, u"story/story.md.provena.jsonld"_s);
    QCOMPARE(layout.imageFiles, QStringList {u"story/photo.jpg"_s});
    QCOMPARE(layout.xmpFiles, QStringList {u"story/photo.jpg.xmp"_s});
    QCOMPARE(layout.renderingFiles, QStringList {u"story/renderings/1-photo.jpg"_s});
    QCOMPARE(layout.cropFiles.size(), 2);
    QCOMPARE(layout.cocoFile, u"story/coco.json"_s);
    QCOMPARE(layout.reportFile, u"story/report.html"_s);
    QCOMPARE(layout.reportPdfFile, u"story/report.pdf"_s);

    const QStringList entries = zipEntries(zip);
    const QString data = u"crane-bundle/data/"_s;
    for (const QString &name :
         {u"crane-bundle/bagit.txt"_s, u"crane-bundle/bag-info.txt"_s,
          u"crane-bundle/manifest-sha256.txt"_s, u"crane-bundle/tagmanifest-sha256.txt"_s,
          data + layout.articleFile, data + layout.sidecarFile, data + u"story/photo.jpg"_s,
          data + u"story/photo.jpg.xmp"_s, data + u"story/renderings/1-photo.jpg"_s,
          data + u"story/crops/1-1.jpg"_s, data + u"story/crops/1-2.jpg"_s,
          data + u"story/coco.json"_s, data + u"story/report.html"_s, data + u"story/report.pdf"_s})
        QVERIFY2(entries.contains(name), qPrintable(name + u" not in "_s + entries.join(u' ')));
    QVERIFY2(!entries.contains(data + u"index.html"_s), "one article needs no index");
    for (const QString &name : entries)
        QVERIFY2(!name.contains(u".."_s) && !name.startsWith(u'/'), qPrintable(name));
    // Originals byte for byte.
    QCOMPARE(zipEntry(zip, data + u"story/story.md"_s), readAll(article));
    QCOMPARE(zipEntry(zip, data + u"story/photo.jpg"_s),
             readAll(mDir->filePath(u"in/photo.jpg"_s)));
    // The sidecar in the bundle reads back with both regions and the image where it is.
    const Result<SidecarContent> sidecar
        = SidecarReader::read(zipEntry(zip, data + layout.sidecarFile));
    QVERIFY2(sidecar, qPrintable(sidecar.error().toString()));
    QCOMPARE(sidecar->regions.size(), 2);
    QCOMPARE(sidecar->images.at(0).localPath, u"photo.jpg"_s);
    // Every checksum holds, as an independent reader of the bag sees it.
    const BagVerification bag = BagVerifier::verifyZip(zip);
    QVERIFY2(bag.isValid(), qPrintable(bag.problems.value(0).message));
    QCOMPARE(bag.payloadFiles, exported->bag.payloadFiles);
    // Nothing left beside the zip.
    QCOMPARE(QDir(mDir->filePath(u"out"_s))
                 .entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList {u"crane-bundle.zip"_s});
}

void TestBundleExporter::bagInfoFromOptionsAndSettings()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    BundleSettings::setSourceOrganization(u"Harbour Desk"_s);
    BundleSettings::setContactName(u"Vera Lind"_s);
    BundleSettings::setContactEmail(u"vera@example.org"_s);
    QCOMPARE(BundleSettings::contactName(), u"Vera Lind"_s);
    BundleExportOptions options;
    options.date = kDate;
    options.render = false;
    options.pdf = false;
    options.contactName = u"Tal Orsen"_s; // an option wins over the setting
    const QString zip = mDir->filePath(u"b.zip"_s);
    const Result<BundleExportSummary> exported
        = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    // Long values are folded (RFC 8493 §2.2.2): a continuation line starts with a space.
    const QString info
        = QString::fromUtf8(zipEntry(zip, u"b/bag-info.txt"_s)).replace(u"\n "_s, u" "_s);
    QVERIFY2(info.contains(u"Source-Organization: Harbour Desk"_s), qPrintable(info));
    QVERIFY2(info.contains(u"Contact-Name: Tal Orsen"_s), qPrintable(info));
    QVERIFY2(info.contains(u"Contact-Email: vera@example.org"_s), qPrintable(info));
    QVERIFY2(info.contains(u"External-Description: Provena bundle of 1 article"_s)
                 && info.contains(u"Premier inspects rebuilt harbour crane"_s),
             qPrintable(info));
    QVERIFY2(info.contains(u"Bagging-Date: 2026-03-14"_s), qPrintable(info));
    QVERIFY2(info.contains(u"Payload-Oxum: "_s), qPrintable(info));
}

void TestBundleExporter::imageOutsideGoesToExternal()
{
    const QString article = mDir->filePath(u"story/story.md"_s);
    ReadOptions allow;
    allow.allowImagesOutsideFolder = true;
    QCOMPARE(makeArticle(article, u"../shared/photo.jpg"_s, mDir->filePath(u"shared/photo.jpg"_s),
                         1, u"Title"_s, allow),
             QString());
    const QString zip = mDir->filePath(u"ext.zip"_s);
    BundleExportOptions options;
    options.date = kDate;
    options.pdf = false;
    // Not allowed: the image is left out, with a warning naming it.
    Result<BundleExportSummary> exported = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    QCOMPARE(exported->articles.at(0).imageFiles, QStringList {QString()});
    QVERIFY2(exported->warnings.join(u'\n').contains(u"../shared/photo.jpg"_s),
             qPrintable(exported->warnings.join(u'\n')));
    QVERIFY(!zipEntries(zip).join(u' ').contains(u"photo.jpg "_s));
    // Allowed: copied as external/photo.jpg, and the sidecar says so.
    QVERIFY(QFile::remove(zip));
    options.readOptions = allow;
    exported = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    QCOMPARE(exported->articles.at(0).imageFiles, QStringList {u"story/external/photo.jpg"_s});
    const QStringList entries = zipEntries(zip);
    QVERIFY(entries.contains(u"ext/data/story/external/photo.jpg"_s));
    QVERIFY(entries.contains(u"ext/data/story/external/photo.jpg.xmp"_s));
    for (const QString &name : entries)
        QVERIFY2(!name.contains(u".."_s), qPrintable(name));
    const Result<SidecarContent> sidecar
        = SidecarReader::read(zipEntry(zip, u"ext/data/story/story.md.provena.jsonld"_s));
    QVERIFY(sidecar);
    QCOMPARE(sidecar->images.at(0).localPath, u"external/photo.jpg"_s);
    QVERIFY2(exported->warnings.join(u'\n').contains(u"outside"_s),
             qPrintable(exported->warnings.join(u'\n')));
}

void TestBundleExporter::twoArticlesWithOneName()
{
    const QString a = makeStory(u"desk-a"_s);
    const QString b = makeStory(u"desk-b"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    const QString zip = mDir->filePath(u"two.zip"_s);
    BundleExportOptions options;
    options.date = kDate;
    options.render = false;
    options.pdf = false;
    const Result<BundleExportSummary> exported = BundleExporter::exportBundle({a, b}, zip, options);
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    QCOMPARE(exported->articles.at(0).folder, u"story"_s);
    QCOMPARE(exported->articles.at(1).folder, u"story-2"_s);
    QCOMPARE(exported->articles.at(1).articleFile, u"story-2/story.md"_s);
    const QStringList entries = zipEntries(zip);
    QVERIFY(entries.contains(u"two/data/story/story.md"_s));
    QVERIFY(entries.contains(u"two/data/story-2/story.md"_s));
    QVERIFY(entries.contains(u"two/data/index.html"_s));
    const QString index = QString::fromUtf8(zipEntry(zip, u"two/data/index.html"_s));
    QVERIFY2(index.contains(u"href=\"story/report.html\""_s)
                 && index.contains(u"href=\"story-2/report.html\""_s),
             qPrintable(index));
    QVERIFY(BagVerifier::verifyZip(zip).isValid());
}

void TestBundleExporter::sameInputsSameZip()
{
    const QString a = makeStory(u"desk-a"_s);
    const QString b = makeStory(u"desk-b"_s, u"other.md"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QVERIFY(QDir().mkpath(mDir->filePath(u"1"_s)) && QDir().mkpath(mDir->filePath(u"2"_s)));
    BundleExportOptions options;
    options.date = kDate;
    const QString first = mDir->filePath(u"1/same.zip"_s);
    const QString second = mDir->filePath(u"2/same.zip"_s);
    QVERIFY(BundleExporter::exportBundle({a, b}, first, options));
    options.threads = 1; // another order of work gives the same bytes
    QVERIFY(BundleExporter::exportBundle({a, b}, second, options));
    const QByteArray one = readAll(first);
    const QByteArray two = readAll(second);
    QVERIFY(one.size() > 1000);
    if (one != two) {
        // Name the entries that differ, for whoever has to fix it.
        QStringList differing;
        for (const QString &name : zipEntries(first)) {
            if (zipEntry(first, name) != zipEntry(second, name))
                differing.append(name);
        }
        QFAIL(qPrintable(u"the two zips differ in: "_s + differing.join(u", "_s)));
    }
}

void TestBundleExporter::noRenderNoPdf()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    const QString zip = mDir->filePath(u"plain.zip"_s);
    BundleExportOptions options;
    options.date = kDate;
    options.render = false;
    options.pdf = false;
    const Result<BundleExportSummary> exported
        = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    const QString entries = zipEntries(zip).join(u' ');
    QVERIFY2(!entries.contains(u"renderings/"_s) && !entries.contains(u"crops/"_s)
                 && !entries.contains(u"report.pdf"_s),
             qPrintable(entries));
    QVERIFY(entries.contains(u"plain/data/story/report.html"_s));
    QVERIFY(entries.contains(u"plain/data/story/coco.json"_s));
    QCOMPARE(exported->articles.at(0).renderingFiles, QStringList {QString()});
    QVERIFY(exported->articles.at(0).cropFiles.isEmpty());
    QVERIFY(exported->articles.at(0).reportPdfFile.isEmpty());
}

void TestBundleExporter::missingImageIsAWarning()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    QVERIFY(QFile::remove(mDir->filePath(u"in/photo.jpg"_s)));
    const QString zip = mDir->filePath(u"gone.zip"_s);
    BundleExportOptions options;
    options.date = kDate;
    options.pdf = false;
    const Result<BundleExportSummary> exported
        = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    const QString warnings = exported->warnings.join(u'\n');
    QVERIFY2(warnings.contains(u"story.md"_s) && warnings.contains(u"image 1"_s)
                 && warnings.contains(u"photo.jpg"_s),
             qPrintable(warnings));
    // The annotations are still there, in the sidecar.
    const Result<SidecarContent> sidecar
        = SidecarReader::read(zipEntry(zip, u"gone/data/story/story.md.provena.jsonld"_s));
    QVERIFY(sidecar);
    QCOMPARE(sidecar->regions.size(), 2);
    QVERIFY(!zipEntries(zip).contains(u"gone/data/story/photo.jpg"_s));
}

void TestBundleExporter::unreadableSidecarRefuses()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    QVERIFY(writeFile(article + u".provena.jsonld"_s, "{ not json"));
    const QString zip = mDir->filePath(u"broken.zip"_s);
    const Result<BundleExportSummary> exported = BundleExporter::exportBundle({article}, zip);
    QVERIFY(!exported);
    QVERIFY2(exported.error().message.contains(u"story.md"_s)
                 && exported.error().toString().contains(u"story.md.provena.jsonld"_s),
             qPrintable(exported.error().toString()));
    QVERIFY(!QFileInfo::exists(zip));
}

void TestBundleExporter::unreadableArticleRefuses()
{
    const QString zip = mDir->filePath(u"none.zip"_s);
    const Result<BundleExportSummary> exported
        = BundleExporter::exportBundle({mDir->filePath(u"nowhere.md"_s)}, zip);
    QVERIFY(!exported);
    QVERIFY2(exported.error().toString().contains(u"nowhere.md"_s),
             qPrintable(exported.error().toString()));
    QVERIFY(!QFileInfo::exists(zip));
    QVERIFY(!BundleExporter::exportBundle({}, zip));
}

void TestBundleExporter::cancelledLeavesNoFile()
{
    const QString article = makeStory(u"in"_s);
    QVERIFY(!article.isEmpty());
    const QString zip = mDir->filePath(u"cancelled.zip"_s);
    std::atomic_bool cancelled = true;
    const Result<BundleExportSummary> exported
        = BundleExporter::exportBundle({article}, zip, {}, &cancelled);
    QVERIFY(!exported);
    QVERIFY2(exported.error().message.contains(u"cancelled"_s),
             qPrintable(exported.error().message));
    QVERIFY(!QFileInfo::exists(zip));
    // Cancelled while writing: also nothing.
    std::atomic_bool late = false;
    const Result<BundleExportSummary> writing = BundleExporter::exportBundle(
        {article}, zip, {}, &late, [&late](const BundleExportProgress &p) {
            if (p.phase == BundleExportProgress::Phase::Writing)
                late = true;
        });
    QVERIFY(!writing);
    QVERIFY(!QFileInfo::exists(zip));
    QCOMPARE(QDir(mDir->path()).entryList({u"cancelled*"_s}, QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestBundleExporter::progressIsReported()
{
    const QString a = makeStory(u"desk-a"_s);
    const QString b = makeStory(u"desk-b"_s);
    QVERIFY(!a.isEmpty() && !b.isEmpty());
    QList<BundleExportProgress> seen;
    BundleExportOptions options;
    options.pdf = false;
    const Result<BundleExportSummary> exported
        = BundleExporter::exportBundle({a, b}, mDir->filePath(u"p.zip"_s), options, nullptr,
                                       [&seen](const BundleExportProgress &p) { seen.append(p); });
    QVERIFY2(exported, qPrintable(exported.error().toString()));
    QVERIFY(seen.size() >= 3);
    QCOMPARE(seen.first().phase, BundleExportProgress::Phase::Preparing);
    QCOMPARE(seen.first().articlesTotal, 2);
    QCOMPARE(seen.last().phase, BundleExportProgress::Phase::Done);
    QCOMPARE(seen.last().bytesDone, exported->bag.payloadBytes);
    // Today (UTC) when no date is given.
    const QString info
        = QString::fromUtf8(zipEntry(mDir->filePath(u"p.zip"_s), u"p/bag-info.txt"_s));
    QVERIFY2(info.contains(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate)),
             qPrintable(info));
}

QTEST_MAIN(TestBundleExporter)
#include "tst_bundleexporter.moc"
