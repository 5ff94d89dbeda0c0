// SPDX-License-Identifier: MIT
#include "media/facedetector.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLinearGradient>
#include <QPainter>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/qtconcurrentrun.h>

using namespace provena;

namespace {

// Photos with faces that Debian packages (opencv-doc, see packaging/install-deps.sh): the
// project ships only its own images, so the tests read these where the package puts them.
const QString kMessi = QStringLiteral("/usr/share/doc/opencv-doc/examples/data/messi5.jpg");
const QString kFourFaces = QStringLiteral("/usr/share/doc/opencv-doc/opencv4/html/facereg.jpg");
/** Messi's face in messi5.jpg (548×342), measured by eye on the photo. */
const QRectF kMessiFace(228, 95, 36, 36);

double iou(const QRectF &a, const QRectF &b)
{
    const QRectF overlap = a.intersected(b);
    const double inter = overlap.width() * overlap.height();
    const double uni = a.width() * a.height() + b.width() * b.height() - inter;
    return uni > 0 ? inter / uni : 0;
}

double bestIou(const QList<FaceSuggestion> &faces, const QRectF &truth)
{
    double best = 0;
    for (const FaceSuggestion &f : faces)
        best = std::max(best, iou(f.rect, truth));
    return best;
}

QByteArray describe(const QList<FaceSuggestion> &faces)
{
    QByteArray text;
    for (const FaceSuggestion &f : faces) {
        text += QByteArray::number(f.rect.x()) + ',' + QByteArray::number(f.rect.y()) + ' '
            + QByteArray::number(f.rect.width()) + 'x' + QByteArray::number(f.rect.height())
            + " votes " + QByteArray::number(f.votes) + "; ";
    }
    return text;
}

void requirePackagedPhoto(const QString &path)
{
    QVERIFY2(QFileInfo::exists(path),
             qPrintable(path
                        + QStringLiteral(" is missing: install opencv-doc "
                                         "(packaging/install-deps.sh)")));
}

QImage gradient(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient g(0, 0, width, height);
    g.setColorAt(0, QColor(20, 30, 60));
    g.setColorAt(1, QColor(240, 220, 190));
    painter.fillRect(image.rect(), g);
    return image;
}

} // namespace

class TestFaceDetector : public QObject
{
    Q_OBJECT

private slots:
    void findsTheFaceInAPackagedPhoto();
    void findsFourFacesInAGrid();
    void mapsFacesFoundReducedBackToFullPixels();
    void plainGradientHasNoFaces();
    void cancelFromProgressStops();
    void asyncReportsProgressAndResult();
    void asyncCancelDeliversNoResult();
    void corruptImageIsAnErrorNamingTheFile();
    void missingFileIsAnError();
    void missingCascadeSaysWhatToInstall();
};

void TestFaceDetector::findsTheFaceInAPackagedPhoto()
{
    requirePackagedPhoto(kMessi);
    const Result<FaceDetection> found = FaceDetector::detect(kMessi);
    QVERIFY2(found, qPrintable(found.error().toString()));
    QCOMPARE(found->imageSize, QSize(548, 342));
    QVERIFY2(bestIou(found->faces, kMessiFace) >= 0.5, describe(found->faces).constData());
    // The frontal and the mirrored profile detection of that face are merged into one.
    int onFace = 0;
    for (const FaceSuggestion &f : found->faces)
        onFace += iou(f.rect, kMessiFace) > 0.3 ? 1 : 0;
    QCOMPARE(onFace, 1);
}

void TestFaceDetector::findsFourFacesInAGrid()
{
    requirePackagedPhoto(kFourFaces);
    const Result<FaceDetection> found = FaceDetector::detect(kFourFaces);
    QVERIFY2(found, qPrintable(found.error().toString()));
    // 200×200: four portraits of 100×100, one per quadrant.
    for (int q = 0; q < 4; ++q) {
        const QRectF quadrant((q % 2) * 100, (q / 2) * 100, 100, 100);
        int inQuadrant = 0;
        for (const FaceSuggestion &f : found->faces)
            inQuadrant += quadrant.contains(f.rect.center()) ? 1 : 0;
        QVERIFY2(inQuadrant == 1, describe(found->faces).constData());
    }
}

void TestFaceDetector::mapsFacesFoundReducedBackToFullPixels()
{
    requirePackagedPhoto(kMessi);
    // 4× the photo: 2192×1368, more than kDetectionSide, so detection runs on a reduced decode.
    QImage photo(kMessi);
    QVERIFY(!photo.isNull());
    const QImage large
        = photo.scaled(photo.size() * 4, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    QVERIFY(std::max(large.width(), large.height()) > FaceDetector::kDetectionSide);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.png"));
    QVERIFY(large.save(path));

    const Result<FaceDetection> found = FaceDetector::detect(path);
    QVERIFY2(found, qPrintable(found.error().toString()));
    QCOMPARE(found->imageSize, QSize(2192, 1368));
    const QRectF face(kMessiFace.x() * 4, kMessiFace.y() * 4, kMessiFace.width() * 4,
                      kMessiFace.height() * 4);
    QVERIFY2(bestIou(found->faces, face) >= 0.5, describe(found->faces).constData());
}

void TestFaceDetector::plainGradientHasNoFaces()
{
    const Result<FaceDetection> inImage
        = FaceDetector::detectInImage(gradient(800, 600), QStringLiteral("gradient"));
    QVERIFY2(inImage, qPrintable(inImage.error().toString()));
    QVERIFY2(inImage->faces.isEmpty(), describe(inImage->faces).constData());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("gradient.jpg"));
    QVERIFY(gradient(2400, 1600).save(path, "JPEG", 90));
    const Result<FaceDetection> inFile = FaceDetector::detect(path);
    QVERIFY2(inFile, qPrintable(inFile.error().toString()));
    QCOMPARE(inFile->imageSize, QSize(2400, 1600));
    QVERIFY2(inFile->faces.isEmpty(), describe(inFile->faces).constData());
}

void TestFaceDetector::cancelFromProgressStops()
{
    requirePackagedPhoto(kMessi);
    QList<int> seen;
    const Result<FaceDetection> found = FaceDetector::detect(kMessi, [&seen](int percent) {
        seen.append(percent);
        return percent < 40; // cancel in the middle
    });
    QVERIFY(!found);
    QVERIFY2(FaceDetector::isCancelled(found.error()), qPrintable(found.error().toString()));
    QVERIFY(found.error().message.contains(QStringLiteral("messi5.jpg")));
    QVERIFY(!seen.isEmpty());
    QVERIFY(seen.last() >= 40 && seen.last() < 100);
    for (int i = 1; i < seen.size(); ++i)
        QVERIFY(seen.at(i) > seen.at(i - 1));

    // A real failure is not a cancel.
    const Result<FaceDetection> missing
        = FaceDetector::detect(QStringLiteral("/nonexistent/none.jpg"));
    QVERIFY(!missing);
    QVERIFY(!FaceDetector::isCancelled(missing.error()));
}

void TestFaceDetector::asyncReportsProgressAndResult()
{
    requirePackagedPhoto(kMessi);
    QFutureWatcher<Result<FaceDetection>> watcher;
    QList<int> progress;
    connect(&watcher, &QFutureWatcherBase::progressValueChanged, this,
            [&progress](int value) { progress.append(value); });
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(FaceDetector::detectAsync(kMessi));
    QVERIFY(finished.wait(60'000));
    QCOMPARE(watcher.future().resultCount(), 1);
    const Result<FaceDetection> found = watcher.result();
    QVERIFY2(found, qPrintable(found.error().toString()));
    QVERIFY(bestIou(found->faces, kMessiFace) >= 0.5);
    QCOMPARE(watcher.progressValue(), 100);
    QVERIFY(!progress.isEmpty());
}

void TestFaceDetector::asyncCancelDeliversNoResult()
{
    requirePackagedPhoto(kMessi);
    // Hold every worker of the global pool, so the detection is still queued when cancelled.
    QThreadPool *pool = QThreadPool::globalInstance();
    const int workers = pool->maxThreadCount();
    QSemaphore release;
    QSemaphore holding;
    QList<QFuture<void>> blockers;
    for (int i = 0; i < workers; ++i) {
        blockers.append(QtConcurrent::run([&] {
            holding.release();
            release.acquire();
        }));
    }
    holding.acquire(workers);

    QFuture<Result<FaceDetection>> future = FaceDetector::detectAsync(kMessi);
    future.cancel();
    release.release(workers);
    for (QFuture<void> &b : blockers)
        b.waitForFinished();
    future.waitForFinished();
    QVERIFY(future.isCanceled());
    QCOMPARE(future.resultCount(), 0);
}

void TestFaceDetector::corruptImageIsAnErrorNamingTheFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.jpg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray bytes("\xFF\xD8\xFF\xE0", 4);
    bytes += QByteArray(500, '\x5a');
    file.write(bytes);
    file.close();
    const Result<FaceDetection> found = FaceDetector::detect(path);
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QStringLiteral("broken.jpg")),
             qPrintable(found.error().message));
    QCOMPARE(found.error().path, path);
}

void TestFaceDetector::missingFileIsAnError()
{
    const Result<FaceDetection> found
        = FaceDetector::detect(QStringLiteral("/nonexistent/holiday.jpg"));
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QStringLiteral("holiday.jpg")),
             qPrintable(found.error().message));
}

void TestFaceDetector::missingCascadeSaysWhatToInstall()
{
    QTemporaryDir empty;
    qputenv(FaceDetector::kCascadeDirVariable, empty.path().toLocal8Bit());
    const auto restore = qScopeGuard([] { qunsetenv(FaceDetector::kCascadeDirVariable); });
    QCOMPARE(FaceDetector::cascadeSearchPath(), QStringList {empty.path()});
    const Result<FaceDetection> found
        = FaceDetector::detectInImage(gradient(200, 200), QStringLiteral("gradient"));
    QVERIFY(!found);
    QVERIFY2(found.error().message.contains(QStringLiteral("opencv-data")),
             qPrintable(found.error().message));
    QVERIFY(found.error().message.contains(QLatin1String(FaceDetector::kFrontalCascade)));
    QVERIFY(found.error().detail.contains(empty.path()));
}

QTEST_GUILESS_MAIN(TestFaceDetector)
#include "tst_facedetector.moc"
