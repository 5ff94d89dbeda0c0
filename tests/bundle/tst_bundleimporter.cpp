// SPDX-License-Identifier: MIT
// BundleVerifier and BundleImporter: a bundle as exported verifies and opens with its
// annotations; tampered payloads, a changed image with consistent checksums, a sidecar without
// its article, an external image, a refused zip, and an import that leaves nothing behind.
#include "bundle/bundleexporter.h"
#include "bundle/bundleimporter.h"
#include "bundle/bundleverifier_p.h"
#include "bundletestfixture.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QRegularExpression>
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

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/** Every problem's kind, article ones included. */
QStringList kinds(const BundleVerification &v)
{
    QStringList out;
    for (const BagProblem &p : v.bag.problems)
        out.append(p.kind);
    for (const BundleArticleCheck &a : v.articles) {
        for (const BagProblem &p : a.problems)
            out.append(p.kind);
    }
    return out;
}

QString describe(const BundleVerification &v)
{
    QStringList lines {v.refusal};
    for (const BagProblem &p : v.bag.problems)
        lines.append(p.kind + u' ' + p.path + u' ' + p.message);
    for (const BundleArticleCheck &a : v.articles) {
        for (const BagProblem &p : a.problems)
            lines.append(p.kind + u' ' + p.path + u' ' + p.message);
    }
    return lines.join(u'\n');
}

} // namespace

class TestBundleImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void exportedBundleVerifies();
    void tamperedArticleIsNamed();
    void changedImageWithConsistentChecksums();
    void sidecarWithoutArticle();
    void externalImageVerifies();
    void notAZipIsRefused();
    void importOpensArticlesWithAnnotations();
    void importRefusesTamperedBundleAndLeavesNothing();
    void importDoesNotOverwrite();

private:
    /** Exports one article with two regions to `name`.zip; its path, or empty. */
    QString exportStory(const QString &name, const ReadOptions &options = {},
                        const QString &imageRef = u"photo.jpg"_s);
    /** Extracts `zip` under a fresh folder; the bag folder. */
    QString extract(const QString &zip);

    std::unique_ptr<QTemporaryDir> mDir;
};

void TestBundleImporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(
        u"ProvenaBundleImportTest-%1"_s.arg(QCoreApplication::applicationPid()));
}

void TestBundleImporter::init()
{
    mDir = std::make_unique<QTemporaryDir>();
    QVERIFY(mDir->isValid());
}

QString TestBundleImporter::exportStory(const QString &name, const ReadOptions &options,
                                        const QString &imageRef)
{
    const QString article = mDir->filePath(u"in/story/story.md"_s);
    const QString image = QDir::cleanPath(mDir->filePath(u"in/story/"_s + imageRef));
    if (const QString problem = makeArticle(article, imageRef, image, 2, u"Title"_s, options);
        !problem.isEmpty()) {
        qWarning("%s", qPrintable(problem));
        return {};
    }
    BundleExportOptions exportOptions;
    exportOptions.date = QDate(2026, 3, 14);
    exportOptions.pdf = false;
    exportOptions.readOptions = options;
    const QString zip = mDir->filePath(name + u".zip"_s);
    const Result<BundleExportSummary> exported
        = BundleExporter::exportBundle({article}, zip, exportOptions);
    if (!exported) {
        qWarning("%s", qPrintable(exported.error().toString()));
        return {};
    }
    return zip;
}

QString TestBundleImporter::extract(const QString &zip)
{
    const QString dest = mDir->filePath(u"x-"_s + QFileInfo(zip).completeBaseName());
    QDir().mkpath(dest);
    const Result<ExtractReport> extracted = SafeExtractor::extract(zip, dest);
    if (!extracted) {
        qWarning("%s", qPrintable(extracted.error().toString()));
        return {};
    }
    return extracted->rootDir;
}

void TestBundleImporter::exportedBundleVerifies()
{
    const QString zip = exportStory(u"good"_s);
    QVERIFY(!zip.isEmpty());
    const BundleVerification v = BundleVerifier::verify(zip);
    QVERIFY2(v.isValid(), qPrintable(describe(v)));
    QCOMPARE(v.problemCount(), 0);
    QCOMPARE(v.articles.size(), 1);
    QCOMPARE(v.articles.at(0).articleFile, u"data/story/story.md"_s);
    QVERIFY(v.bag.payloadFiles >= 7);
}

void TestBundleImporter::tamperedArticleIsNamed()
{
    const QString zip = exportStory(u"good"_s);
    QVERIFY(!zip.isEmpty());
    const QString entry = u"good/data/story/story.md"_s;
    QByteArray text = zipEntry(zip, entry);
    QVERIFY(!text.isEmpty());
    text.replace("Tuesday", "Monday!");
    const QString tampered = mDir->filePath(u"good-tampered/good.zip"_s);
    QVERIFY(QDir().mkpath(QFileInfo(tampered).absolutePath()));
    QVERIFY(rewriteZip(zip, tampered, {{entry, text}}));
    const BundleVerification v = BundleVerifier::verify(tampered);
    QVERIFY(v.refusal.isEmpty());
    QVERIFY(!v.isValid());
    // The bag's checksum names the file; the sidecar check says the text is not its text.
    bool named = false;
    for (const BagProblem &p : v.bag.problems)
        named = named || p.path == u"data/story/story.md"_s;
    QVERIFY2(named, qPrintable(describe(v)));
    QVERIFY2(kinds(v).contains(u"article-changed"_s), qPrintable(describe(v)));
}

void TestBundleImporter::changedImageWithConsistentChecksums()
{
    const QString zip = exportStory(u"img"_s);
    QVERIFY(!zip.isEmpty());
    const QString bag = extract(zip);
    QVERIFY(!bag.isEmpty());
    // Another photo of the same size, with the manifests made to match: only the sidecar knows.
    const QString photo = bag + u"/data/story/photo.jpg"_s;
    QVERIFY(writePhoto(photo, QColor(160, 40, 40)));
    const QString manifest = bag + u"/manifest-sha256.txt"_s;
    QStringList lines = QString::fromUtf8(readAll(manifest)).split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : lines) {
        if (line.endsWith(u"  data/story/photo.jpg"_s))
            line = sha256Hex(readAll(photo)) + u"  data/story/photo.jpg"_s;
    }
    QVERIFY(writeFile(manifest, (lines.join(u'\n') + u'\n').toUtf8()));
    // Payload-Oxum and the tag manifest follow the change.
    qint64 bytes = 0;
    int files = 0;
    QDirIterator it(bag + u"/data"_s, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        bytes += QFileInfo(it.next()).size();
        ++files;
    }
    QString info = QString::fromUtf8(readAll(bag + u"/bag-info.txt"_s));
    info.replace(QRegularExpression(u"Payload-Oxum: [0-9.]+"_s),
                 u"Payload-Oxum: %1.%2"_s.arg(bytes).arg(files));
    QVERIFY(writeFile(bag + u"/bag-info.txt"_s, info.toUtf8()));
    QStringList tags = QString::fromUtf8(readAll(bag + u"/tagmanifest-sha256.txt"_s))
                           .split(u'\n', Qt::SkipEmptyParts);
    for (QString &line : tags) {
        const QString name = line.section(u"  "_s, 1);
        line = sha256Hex(readAll(bag + u'/' + name)) + u"  "_s + name;
    }
    QVERIFY(writeFile(bag + u"/tagmanifest-sha256.txt"_s, (tags.join(u'\n') + u'\n').toUtf8()));

    const BundleVerification v = detail::verifyExtractedBundle(bag);
    QVERIFY2(v.bag.isValid(), qPrintable(describe(v)));
    QCOMPARE(kinds(v), QStringList {u"image-changed"_s});
    QCOMPARE(v.articles.at(0).problems.at(0).path, u"data/story/photo.jpg"_s);
    QVERIFY(v.articles.at(0).problems.at(0).message.contains(u"image 1"_s));
}

void TestBundleImporter::sidecarWithoutArticle()
{
    const QString zip = exportStory(u"lonely"_s);
    QVERIFY(!zip.isEmpty());
    const QString bag = extract(zip);
    QVERIFY(!bag.isEmpty());
    QVERIFY(QFile::remove(bag + u"/data/story/story.md"_s));
    const BundleVerification v = detail::verifyExtractedBundle(bag);
    QVERIFY2(kinds(v).contains(u"article-missing"_s), qPrintable(describe(v)));
    QVERIFY(!v.bag.isValid()); // the manifest lists it
    QVERIFY(BundleImporter::findArticles(bag).isEmpty());
}

void TestBundleImporter::externalImageVerifies()
{
    ReadOptions allow;
    allow.allowImagesOutsideFolder = true;
    const QString zip = exportStory(u"ext"_s, allow, u"../photos/photo.jpg"_s);
    QVERIFY(!zip.isEmpty());
    QVERIFY(zipEntries(zip).contains(u"ext/data/story/external/photo.jpg"_s));
    const BundleVerification v = BundleVerifier::verify(zip);
    QVERIFY2(v.isValid(), qPrintable(describe(v)));
    // Another file under the recorded name is not the image.
    const QString bag = extract(zip);
    QVERIFY(!bag.isEmpty());
    QVERIFY(writePhoto(bag + u"/data/story/external/photo.jpg"_s, Qt::green));
    const BundleVerification changed = detail::verifyExtractedBundle(bag);
    QVERIFY2(kinds(changed).contains(u"image-outside"_s), qPrintable(describe(changed)));
}

void TestBundleImporter::notAZipIsRefused()
{
    const QString zip = mDir->filePath(u"junk.zip"_s);
    QVERIFY(writeFile(zip, "this is not a zip file at all"));
    const BundleVerification v = BundleVerifier::verify(zip);
    QVERIFY(!v.refusal.isEmpty());
    QVERIFY(!v.isValid());
    const QString dest = mDir->filePath(u"junk-dest"_s);
    QVERIFY(QDir().mkpath(dest));
    QVERIFY(!BundleImporter::import(zip, dest));
    QCOMPARE(QDir(dest).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestBundleImporter::importOpensArticlesWithAnnotations()
{
    const QString zip = exportStory(u"open-me"_s);
    QVERIFY(!zip.isEmpty());
    const QString dest = mDir->filePath(u"dest"_s);
    QVERIFY(QDir().mkpath(dest));
    const Result<BundleImportReport> imported = BundleImporter::import(zip, dest);
    QVERIFY2(imported, qPrintable(imported.error().toString() + imported.error().detail));
    QCOMPARE(QFileInfo(imported->bagDir).absoluteFilePath(),
             QFileInfo(dest + u"/open-me"_s).absoluteFilePath());
    QCOMPARE(imported->articlePaths,
             QStringList {QFileInfo(dest + u"/open-me/data/story/story.md"_s).absoluteFilePath()});
    QVERIFY(imported->verification.isValid());
    OpenReport report;
    auto doc = DocumentIO::open(imported->articlePaths.at(0), &report);
    QVERIFY(doc);
    QVERIFY(report.sidecarFound);
    QVERIFY(report.isClean());
    QCOMPARE(doc.value()->regions().size(), 2);
    QCOMPARE(doc.value()->imageRecord(0).problem, ImageRecord::Problem::None);
}

void TestBundleImporter::importRefusesTamperedBundleAndLeavesNothing()
{
    const QString zip = exportStory(u"bad"_s);
    QVERIFY(!zip.isEmpty());
    const QString tampered = mDir->filePath(u"t/bad.zip"_s);
    QVERIFY(QDir().mkpath(mDir->filePath(u"t"_s)));
    QVERIFY(rewriteZip(zip, tampered, {{u"bad/data/story/photo.jpg"_s, "not the photo"}}));
    const QString dest = mDir->filePath(u"dest"_s);
    QVERIFY(QDir().mkpath(dest));
    const Result<BundleImportReport> imported = BundleImporter::import(tampered, dest);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.contains(u"bad.zip"_s), qPrintable(imported.error().message));
    QVERIFY2(imported.error().detail.contains(u"data/story/photo.jpg"_s),
             qPrintable(imported.error().detail));
    QCOMPARE(QDir(dest).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
             QStringList());
}

void TestBundleImporter::importDoesNotOverwrite()
{
    const QString zip = exportStory(u"twice"_s);
    QVERIFY(!zip.isEmpty());
    const QString dest = mDir->filePath(u"dest"_s);
    QVERIFY(QDir().mkpath(dest));
    QVERIFY(BundleImporter::import(zip, dest));
    const QString article = dest + u"/twice/data/story/story.md"_s;
    const QByteArray before = readAll(article);
    QVERIFY(!before.isEmpty());
    QVERIFY(!BundleImporter::import(zip, dest));
    QCOMPARE(readAll(article), before);
}

QTEST_MAIN(TestBundleImporter)
#include "tst_bundleimporter.moc"
