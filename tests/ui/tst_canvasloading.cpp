// SPDX-License-Identifier: MIT
// The canvas shows a large JPEG from a reduced decode first, in full-image scene units (a region
// drawn on the preview lands where it belongs), then the full image replaces the preview in
// place; a corrupt image and a decompression bomb show a message naming the file.
#include "core/document/articledocument.h"
#include "media/imageloadingservice.h"
#include "ui/canvas/canvaspane.h"
#include "ui/canvas/imageitem.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/missingimagewidget.h"
#include "ui/mainwindow/mainwindow.h"

#include "../media/exifthumbnailjpeg.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QLineF>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace provena;

namespace {

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xffffffffU;
    for (const char byte : bytes) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320U & (0U - (crc & 1U)));
    }
    return ~crc;
}

QByteArray pngChunk(const char *type, const QByteArray &data)
{
    QByteArray length(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), length.data());
    const QByteArray typed = QByteArray(type, 4) + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(typed), crc.data());
    return length + typed + crc;
}

/** 50000 × 50000 pixels announced by a file of a few hundred bytes. */
QByteArray bombPng()
{
    QByteArray ihdr(13, '\0');
    qToBigEndian<quint32>(50'000, ihdr.data());
    qToBigEndian<quint32>(50'000, ihdr.data() + 4);
    ihdr[8] = 8;
    ihdr[9] = 2;
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", ihdr)
        + pngChunk("IDAT", qCompress(QByteArray(4096, '\0'), 9).mid(4)) + pngChunk("IEND", {});
}

/** A noisy photo (its reduced decode takes a while) whose camera thumbnail is plain green. */
bool writeCameraPhoto(const QString &path)
{
    QImage photo(4800, 3200, QImage::Format_RGB32);
    quint32 state = 2463534242U;
    for (int y = 0; y < photo.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(photo.scanLine(y));
        for (int x = 0; x < photo.width(); ++x) {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            line[x] = qRgb(200 + int(state % 40), 30, 30 + int((state >> 8) % 40));
        }
    }
    QImage thumbnail(160, 107, QImage::Format_RGB32);
    thumbnail.fill(QColor(20, 200, 40));
    return writeFile(
        path, test::withExifThumbnail(test::jpegBytes(photo, 90), test::jpegBytes(thumbnail, 95)));
}

} // namespace

class TestCanvasLoading : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void largeJpegShowsPreviewThenFullResolution();
    void exifThumbnailIsTheFirstFrame();
    void withoutThumbnailSourceThePreviewComesFirst();
    void corruptImageShowsMessage();
    void bombIsRefusedWithMessage();

private:
    /** With `thumbnailSource` false the window's image service has no EXIF thumbnail source. */
    std::unique_ptr<MainWindow> openWindow(const QString &imageName, bool thumbnailSource = true);

    QTemporaryDir mDir;
    QString mLargeJpeg;
};

void TestCanvasLoading::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ProvenaTest"));
    // Per process, so parallel runs do not share settings or recovery files.
    QCoreApplication::setApplicationName(
        QStringLiteral("ProvenaCanvasLoadingTest-%1").arg(QCoreApplication::applicationPid()));
    QSettings().clear();
    QSettings().setValue(QStringLiteral("canvas/askLabelAfterDrawing"), false);
    QVERIFY(mDir.isValid());
    // 4800 × 3200: large enough that the canvas asks for a 1/2 or smaller DCT reduction first.
    QImage image(4800, 3200, QImage::Format_RGB32);
    image.fill(QColor(30, 60, 200));
    QPainter painter(&image);
    painter.fillRect(0, 0, 2400, 1600, QColor(220, 40, 40));
    painter.end();
    mLargeJpeg = mDir.filePath(QStringLiteral("large.jpg"));
    QImageWriter writer(mLargeJpeg, "jpeg");
    writer.setQuality(85);
    QVERIFY(writer.write(image));
}

void TestCanvasLoading::cleanupTestCase()
{
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).removeRecursively();
    QFile::remove(QSettings().fileName());
}

void TestCanvasLoading::init()
{
    QTest::failOnWarning(QRegularExpression(
        QStringLiteral("^(?!This plugin does not support propagateSizeHints\\(\\)$)")));
}

std::unique_ptr<MainWindow> TestCanvasLoading::openWindow(const QString &imageName,
                                                          bool thumbnailSource)
{
    const QString article = mDir.filePath(imageName + QStringLiteral(".md"));
    if (!writeFile(article,
                   QStringLiteral("# A photo\n\n![The photo. [NCNA]](%1)\n\nText.\n")
                       .arg(imageName)
                       .toUtf8()))
        return nullptr;
    auto w = std::make_unique<MainWindow>();
    w->setPromptHandler([](const Prompt &) { return QMessageBox::No; });
    w->resize(1300, 900);
    if (!thumbnailSource)
        w->imageService()->setEmbeddedThumbnailSource({});
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()) || !w->openArticle(article))
        return nullptr;
    return w;
}

void TestCanvasLoading::largeJpegShowsPreviewThenFullResolution()
{
    auto w = openWindow(QStringLiteral("large.jpg"));
    QVERIFY(w);
    CanvasPane *pane = w->canvasPane();
    ImageItem *item = w->imageScene()->imageItem();
    // openArticle() returned without decoding anything: the preview comes from the event loop.
    QVERIFY(!w->imageScene()->hasImage());
    QSignalSpy shownSpy(pane, &CanvasPane::imageShown);
    QVERIFY(shownSpy.wait(20000));

    // The preview: reduced pixels, full-image extent, the view fitted to the whole photo.
    QVERIFY(pane->isShowingPreview());
    QVERIFY(pane->isImageLoading());
    QVERIFY(pane->image().isNull());
    QCOMPARE(item->imageSize(), QSize(4800, 3200));
    const QSize pixels = item->pixelSize();
    QVERIFY2(pixels == QSize(2400, 1600) || pixels == QSize(1200, 800) || pixels == QSize(600, 400),
             qPrintable(QStringLiteral("%1x%2").arg(pixels.width()).arg(pixels.height())));
    QCOMPARE(w->imageScene()->imageSize(), QSizeF(4800, 3200));
    ImageView *view = w->imageView();
    QVERIFY(view->isVisible());
    // Fitted to the whole photo (4800 scene units wide), not to the preview's pixels.
    const double zoom = view->transform().m11();
    const QSize viewport = view->viewport()->size();
    QVERIFY2(4800 * zoom <= viewport.width() + 1 && 3200 * zoom <= viewport.height() + 1
                 && (4800 * zoom >= viewport.width() - 40 || 3200 * zoom >= viewport.height() - 40),
             qPrintable(QStringLiteral("zoom %1 in %2x%3")
                            .arg(zoom)
                            .arg(viewport.width())
                            .arg(viewport.height())));
    // At fit the preview has at least one pixel per screen pixel.
    QVERIFY(pixels.width() >= qMin(4800.0, 4800 * view->transform().m11()) - 1);

    // A rectangle drawn on the preview is in full-image pixels.
    QWidget *vp = view->viewport();
    w->action(QStringLiteral("toolRectangle"))->trigger();
    const QPoint from = vp->rect().center() - QPoint(60, 40);
    const QPoint to = vp->rect().center() + QPoint(60, 40);
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(vp, from + QPoint(30, 20));
    QTest::mouseMove(vp, to);
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, to);
    QCOMPARE(w->document()->regions().size(), 1);
    const QRectF drawn = w->document()->regions().first().geometry.boundingRect();
    const QRectF expected(view->mapToScene(from), view->mapToScene(to));
    const double tolerance = 2 / view->transform().m11(); // a screen pixel or two
    QVERIFY2(qAbs(drawn.left() - expected.left()) <= tolerance
                 && qAbs(drawn.right() - expected.right()) <= tolerance
                 && qAbs(drawn.top() - expected.top()) <= tolerance
                 && qAbs(drawn.bottom() - expected.bottom()) <= tolerance,
             qPrintable(QStringLiteral("%1,%2 %3x%4")
                            .arg(drawn.x())
                            .arg(drawn.y())
                            .arg(drawn.width())
                            .arg(drawn.height())));
    QVERIFY(drawn.center().x() > pixels.width()); // full-image units, not preview pixels
    // The analyst zooms in while the full image decodes.
    view->setZoom(0.2);
    const QTransform zoomed = view->transform();
    const QPointF centre = view->mapToScene(vp->rect().center());

    // Then the full image, in place: same zoom, the region kept, no second "shown".
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isImageLoading(), 30000);
    QVERIFY(!pane->isShowingPreview());
    QCOMPARE(item->pixelSize(), QSize(4800, 3200));
    QCOMPARE(pane->image().size(), QSize(4800, 3200));
    QCOMPARE(view->transform(), zoomed);
    // The same place stays in the middle (a screen pixel of rounding in the scroll bars).
    const QPointF centreAfter = view->mapToScene(vp->rect().center());
    QVERIFY2(QLineF(centreAfter, centre).length() <= 2 / 0.2,
             qPrintable(QStringLiteral("%1,%2").arg(centreAfter.x()).arg(centreAfter.y())));
    QCOMPARE(w->document()->regions().size(), 1);
    QCOMPARE(w->imageScene()->imageSize(), QSizeF(4800, 3200));
    QCOMPARE(shownSpy.size(), 1);
}

void TestCanvasLoading::exifThumbnailIsTheFirstFrame()
{
    // The window reads the thumbnail with Exiv2 (ExifThumbnailReader).
    QVERIFY(writeCameraPhoto(mDir.filePath(QStringLiteral("camera.jpg"))));
    auto w = openWindow(QStringLiteral("camera.jpg"));
    QVERIFY(w);
    CanvasPane *pane = w->canvasPane();
    ImageItem *item = w->imageScene()->imageItem();
    QSignalSpy shownSpy(pane, &CanvasPane::imageShown);
    QVERIFY(shownSpy.wait(20000));
    // The first frame: the thumbnail's pixels stretched over the full photo's extent.
    QVERIFY(pane->isShowingPreview());
    QCOMPARE(item->pixelSize(), QSize(160, 107));
    QCOMPARE(item->imageSize(), QSize(4800, 3200));
    QCOMPARE(w->imageScene()->imageSize(), QSizeF(4800, 3200));
    const QImage frame = w->imageView()->viewport()->grab().toImage();
    const QPoint middle = w->imageView()->mapFromScene(QPointF(2400, 1600));
    const QRgb shown = frame.pixel(middle);
    QVERIFY2(qGreen(shown) > 150 && qRed(shown) < 80, qPrintable(QColor(shown).name()));

    // Then the reduced decode and the full image replace it in place: shown once.
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isImageLoading(), 30000);
    QVERIFY(!pane->isShowingPreview());
    QCOMPARE(item->pixelSize(), QSize(4800, 3200));
    QCOMPARE(shownSpy.size(), 1);
}

void TestCanvasLoading::withoutThumbnailSourceThePreviewComesFirst()
{
    QVERIFY(writeCameraPhoto(mDir.filePath(QStringLiteral("camera-nosource.jpg"))));
    auto w = openWindow(QStringLiteral("camera-nosource.jpg"), false);
    QVERIFY(w);
    CanvasPane *pane = w->canvasPane();
    ImageItem *item = w->imageScene()->imageItem();
    QSignalSpy shownSpy(pane, &CanvasPane::imageShown);
    QVERIFY(shownSpy.wait(30000));
    // The first frame is the reduced decode, never the 160 × 107 thumbnail.
    QVERIFY(item->pixelSize().width() > 160);
    QCOMPARE(item->imageSize(), QSize(4800, 3200));
    const QRgb shown = w->imageView()->viewport()->grab().toImage().pixel(
        w->imageView()->mapFromScene(QPointF(2400, 1600)));
    QVERIFY2(qRed(shown) > 150 && qGreen(shown) < 80, qPrintable(QColor(shown).name()));
    QTRY_VERIFY_WITH_TIMEOUT(!pane->isImageLoading(), 30000);
    QCOMPARE(item->pixelSize(), QSize(4800, 3200));
    QCOMPARE(shownSpy.size(), 1);
}

void TestCanvasLoading::corruptImageShowsMessage()
{
    // The first 30% of a real JPEG: its header is fine, its data stops short.
    QFile whole(mLargeJpeg);
    QVERIFY(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    QVERIFY(writeFile(mDir.filePath(QStringLiteral("cut.jpg")), bytes.left(bytes.size() * 3 / 10)));

    auto w = openWindow(QStringLiteral("cut.jpg"));
    QVERIFY(w);
    auto *missing = w->findChild<MissingImageWidget *>();
    QVERIFY(missing);
    QTRY_VERIFY_WITH_TIMEOUT(!w->canvasPane()->isImageLoading(), 30000);
    QVERIFY(missing->isVisible());
    QVERIFY(!w->imageScene()->hasImage());
    const QString text = missing->problemText();
    QVERIFY2(text.contains(QStringLiteral("“cut.jpg”")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("incomplete")), qPrintable(text));
}

void TestCanvasLoading::bombIsRefusedWithMessage()
{
    QVERIFY(writeFile(mDir.filePath(QStringLiteral("bomb.png")), bombPng()));
    auto w = openWindow(QStringLiteral("bomb.png"));
    QVERIFY(w);
    auto *missing = w->findChild<MissingImageWidget *>();
    QVERIFY(missing);
    QTRY_VERIFY_WITH_TIMEOUT(!w->canvasPane()->isImageLoading(), 30000);
    QVERIFY(missing->isVisible());
    QVERIFY(!w->imageScene()->hasImage());
    const QString text = missing->problemText();
    QVERIFY2(text.contains(QStringLiteral("“bomb.png”")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("too large")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("50000 × 50000")), qPrintable(text));
}

QTEST_MAIN(TestCanvasLoading)
#include "tst_canvasloading.moc"
