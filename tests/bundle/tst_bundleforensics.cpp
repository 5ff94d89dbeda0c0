// SPDX-License-Identifier: MIT
// Issue 13: forensic views in bundles (BundleExportOptions::forensicViews, `export --forensics`).
// Opt-in: without it no forensics/ entry exists. With it each image gets
// data/<article>/forensics/<image>-<view>.png at the displayed size (an EXIF-rotated photo
// included), listed in the manifest (the bag verifies) and named in the HTML and PDF report with
// the note that the views are aids. Copy-move is written as the photo with the outlines of the
// clone and its source, found where they were made.

#include "bundletestfixture.h"

#include "bundle/bagverifier.h"
#include "bundle/bundleexporter.h"
#include "media/forensicview.h"
#include "media/imagedecoder.h"
#include "media/imageforensics.h"

#include "../media/forensicsfixtures.h"

#include <QBuffer>
#include <QImageWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace provena::test;
using namespace Qt::Literals::StringLiterals;

namespace {

/** The text pdftotext extracts; empty (and the test fails) without poppler-utils. */
QString pdfText(const QByteArray &pdf, const QString &dir)
{
    const QString tool = QStandardPaths::findExecutable(u"pdftotext"_s);
    const QString path = dir + u"/report.pdf"_s;
    if (tool.isEmpty() || !writeFile(path, pdf))
        return {};
    QProcess process;
    process.start(tool, {u"-raw"_s, u"-enc"_s, u"UTF-8"_s, path, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput()).simplified();
}

/** Rotates a written JPEG's display a quarter turn: an APP1 Exif segment with Orientation 6. */
bool addOrientation6(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QByteArray jpeg = file.readAll();
    file.close();
    QByteArray tiff("II*\0", 4);
    tiff += QByteArray::fromHex("08000000010012010300010000000600000000000000");
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray segment = QByteArray::fromHex("ffe1");
    segment += char((payload.size() + 2) >> 8);
    segment += char((payload.size() + 2) & 0xff);
    jpeg.insert(2, segment + payload);
    return writeFile(path, jpeg);
}

} // namespace

class TestBundleForensics : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault();
    void viewsAreWrittenManifestedAndReported();
    void rotatedPhotoGetsDisplayedSize();
    void copyMoveOutlinesTheCloneInTheBundle();
};

void TestBundleForensics::offByDefault()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"story/story.md"_s);
    QCOMPARE(makeArticle(article, u"photo.jpg"_s, dir.filePath(u"story/photo.jpg"_s)), QString());
    BundleExportOptions options;
    options.date = QDate(2026, 1, 2);
    options.pdf = false;
    const QString zip = dir.filePath(u"b.zip"_s);
    const auto exported = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    for (const QString &entry : zipEntries(zip))
        QVERIFY2(!entry.contains(u"forensics"_s), qPrintable(entry));
    QVERIFY(!QString::fromUtf8(zipEntry(zip, u"b/data/story/report.html"_s))
                 .contains(u"Forensic views"_s));
}

void TestBundleForensics::viewsAreWrittenManifestedAndReported()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"story/story.md"_s);
    const QString photo = dir.filePath(u"story/photo.jpg"_s);
    QCOMPARE(makeArticle(article, u"photo.jpg"_s, photo), QString());
    BundleExportOptions options;
    options.date = QDate(2026, 1, 2);
    options.forensicViews = {ForensicView::Kind::ErrorLevel, ForensicView::Kind::NoiseResidual,
                             ForensicView::Kind::LuminanceGradient};
    const QString zip = dir.filePath(u"b.zip"_s);
    const auto exported = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    QVERIFY2(exported->warnings.isEmpty(), qPrintable(exported->warnings.join(u'\n')));

    const QStringList expected {u"story/forensics/photo-ela.png"_s,
                                u"story/forensics/photo-noise.png"_s,
                                u"story/forensics/photo-gradient.png"_s};
    QCOMPARE(exported->articles.first().forensicFiles.value(0), expected);
    const QStringList entries = zipEntries(zip);
    const QString manifest = QString::fromUtf8(zipEntry(zip, u"b/manifest-sha256.txt"_s));
    for (const QString &file : expected) {
        QVERIFY2(entries.contains(u"b/data/"_s + file), qPrintable(file));
        QVERIFY2(manifest.contains(u"  data/"_s + file), qPrintable(file));
        const QByteArray bytes = zipEntry(zip, u"b/data/"_s + file);
        QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
        const QImage view = QImage::fromData(bytes, "PNG");
        QCOMPARE(view.size(), QSize(640, 480));
    }
    // The ELA written is the one ImageForensics computes for the photo (not a blank picture).
    const QImage ela = QImage::fromData(zipEntry(zip, u"b/data/"_s + expected.at(0)), "PNG");
    const Result<QImage> decoded = ImageDecoder::decode(photo);
    QVERIFY(decoded);
    const Result<QImage> again = ImageForensics::errorLevel(decoded.value());
    QVERIFY(again);
    QCOMPARE(ela.convertToFormat(QImage::Format_RGB32),
             again->convertToFormat(QImage::Format_RGB32));
    QVERIFY(BagVerifier::verifyZip(zip).isValid());

    const QString html = QString::fromUtf8(zipEntry(zip, u"b/data/story/report.html"_s));
    QVERIFY(html.contains(u"Forensic views"_s));
    QVERIFY(html.contains(u"href=\"forensics/photo-ela.png\""_s));
    QVERIFY(html.contains(u"href=\"forensics/photo-gradient.png\""_s));
    QVERIFY(html.contains(u"they do not declare an image fake"_s));
    const QString pdf = pdfText(zipEntry(zip, u"b/data/story/report.pdf"_s), dir.path());
    QVERIFY2(pdf.contains(u"Forensic views"_s), qPrintable(pdf.right(400)));
    QVERIFY(pdf.contains(u"Noise residual"_s));
    // pdftotext breaks long lines where it likes: compare without the breaks' spaces.
    QVERIFY2(QString(pdf).remove(u' ').contains(u"forensics/photo-noise.png"_s),
             qPrintable(pdf.right(400)));
    QVERIFY(pdf.contains(u"they do not declare an image fake"_s));
}

void TestBundleForensics::rotatedPhotoGetsDisplayedSize()
{
    QTemporaryDir dir;
    const QString article = dir.filePath(u"story/story.md"_s);
    const QString photo = dir.filePath(u"story/photo.jpg"_s);
    QVERIFY(writePhoto(photo));
    QVERIFY(addOrientation6(photo));
    QCOMPARE(makeArticle(article, u"photo.jpg"_s, QString(), 1), QString());
    BundleExportOptions options;
    options.date = QDate(2026, 1, 2);
    options.pdf = false;
    options.forensicViews = {ForensicView::Kind::LuminanceGradient};
    const QString zip = dir.filePath(u"b.zip"_s);
    const auto exported = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    const QImage view
        = QImage::fromData(zipEntry(zip, u"b/data/story/forensics/photo-gradient.png"_s), "PNG");
    QCOMPARE(view.size(), QSize(480, 640)); // stored 640×480, shown turned a quarter
}

/** The bounding box of the pixels of `view` that are not `photo`'s and are near `colour`. */
static QRect outlineBox(const QImage &view, const QImage &photo, QColor colour)
{
    QRect box;
    for (int y = 0; y < view.height(); ++y) {
        for (int x = 0; x < view.width(); ++x) {
            const QColor pixel = view.pixelColor(x, y);
            if (pixel != photo.pixelColor(x, y) && qAbs(pixel.red() - colour.red()) < 40
                && qAbs(pixel.green() - colour.green()) < 40
                && qAbs(pixel.blue() - colour.blue()) < 40)
                box |= QRect(x, y, 1, 1);
        }
    }
    return box;
}

void TestBundleForensics::copyMoveOutlinesTheCloneInTheBundle()
{
    // A photo in which a 120-pixel block was cloned elsewhere (lossless, as an editor saves it).
    QTemporaryDir dir;
    const QString article = dir.filePath(u"story/story.md"_s);
    const QString photo = dir.filePath(u"story/photo.png"_s);
    QVERIFY(QDir().mkpath(dir.filePath(u"story"_s)));
    QImage image = testing::texturedImage(QSize(640, 480), 11);
    const QRect from(60, 50, 120, 120);
    const QPoint to(400, 260);
    {
        QPainter painter(&image);
        painter.drawImage(to, image.copy(from));
    }
    QVERIFY(image.save(photo));
    QCOMPARE(makeArticle(article, u"photo.png"_s, QString(), 0), QString());
    BundleExportOptions options;
    options.date = QDate(2026, 1, 2);
    options.pdf = false;
    options.forensicViews = {ForensicView::Kind::CopyMove};
    const QString zip = dir.filePath(u"b.zip"_s);
    const auto exported = BundleExporter::exportBundle({article}, zip, options);
    QVERIFY2(exported, qPrintable(exported ? QString() : exported.error().toString()));
    QVERIFY2(exported->warnings.isEmpty(), qPrintable(exported->warnings.join(u'\n')));

    const QString file = u"story/forensics/photo-copymove.png"_s;
    QCOMPARE(exported->articles.first().forensicFiles.value(0), QStringList {file});
    QVERIFY(
        QString::fromUtf8(zipEntry(zip, u"b/manifest-sha256.txt"_s)).contains(u"  data/"_s + file));
    const QImage view = QImage::fromData(zipEntry(zip, u"b/data/"_s + file), "PNG");
    QCOMPARE(view.size(), QSize(640, 480));
    // The photo with the outlines over it: the source in cyan, the clone in magenta.
    QCOMPARE(view.pixelColor(620, 20), image.pixelColor(620, 20));
    const QImage photoPixels = image.convertToFormat(QImage::Format_RGB32);
    const QImage viewPixels = view.convertToFormat(QImage::Format_RGB32);
    const QRect source = outlineBox(viewPixels, photoPixels, QColor(0, 220, 255));
    const QRect target = outlineBox(viewPixels, photoPixels, QColor(255, 0, 200));
    const QRect expectedTarget(to, from.size());
    const auto near = [](const QRect &a, const QRect &b) {
        return qAbs(a.left() - b.left()) <= 12 && qAbs(a.top() - b.top()) <= 12
            && qAbs(a.right() - b.right()) <= 12 && qAbs(a.bottom() - b.bottom()) <= 12;
    };
    // Either copy may be taken as the source; the two outlines cover both places.
    QVERIFY2((near(source, from) && near(target, expectedTarget))
                 || (near(source, expectedTarget) && near(target, from)),
             qPrintable(u"source %1,%2 %3x%4, target %5,%6 %7x%8"_s.arg(source.x())
                            .arg(source.y())
                            .arg(source.width())
                            .arg(source.height())
                            .arg(target.x())
                            .arg(target.y())
                            .arg(target.width())
                            .arg(target.height())));
    QVERIFY(BagVerifier::verifyZip(zip).isValid());
    const QString html = QString::fromUtf8(zipEntry(zip, u"b/data/story/report.html"_s));
    QVERIFY(html.contains(u"href=\"forensics/photo-copymove.png\""_s));
    QVERIFY(html.contains(u"Copy-move (clones)"_s));
}

QTEST_MAIN(TestBundleForensics)
#include "tst_bundleforensics.moc"
