// SPDX-License-Identifier: MIT
// The pixel views of ImageForensics on generated images with known answers.
#include "forensicsfixtures.h"
#include "media/imageforensics.h"

#include <QTest>

using namespace provena;
using namespace provena::testing;

class TestForensics : public QObject
{
    Q_OBJECT

private slots:
    void elaShowsAPatchSavedAtAnotherQuality();
    void elaQualityAndAmplificationMatter();
    void elaOfANullImageIsAnError();
    void viewsKeepTheImageSize_data();
    void viewsKeepTheImageSize();
    void noiseResidualOfAFlatImageIsBlackAndOfSpeckleIsNot();
    void gradientOfAStepHasTheKnownValue();
    void histogramCountsEveryPixel();
    void cancelledBeforeTheWorkIsAnError();
};

void TestForensics::elaShowsAPatchSavedAtAnotherQuality()
{
    // The photo was saved at quality 60; a patch of the uncompressed original was pasted in
    // afterwards, so only the patch still holds the detail a save at 90 throws away.
    const QImage original = texturedImage(QSize(480, 360), 7);
    QImage photo = jpegRoundTrip(original, 60);
    const QRect patch(200, 120, 120, 120); // on the 8×8 grid, as a careless paste might not be
    {
        QPainter painter(&photo);
        painter.drawImage(patch.topLeft(), original.copy(patch));
    }
    const Result<QImage> ela = ImageForensics::errorLevel(photo, 90, 20);
    QVERIFY2(ela.ok(), qPrintable(ela.error().toString()));
    QCOMPARE(ela->size(), photo.size());
    const double inside = meanLevel(ela.value(), patch.adjusted(8, 8, -8, -8));
    const double outside = meanLevel(ela.value(), QRect(16, 16, 160, 320));
    QVERIFY2(inside > 1.5 * outside,
             qPrintable(QStringLiteral("patch %1, elsewhere %2").arg(inside).arg(outside)));
}

void TestForensics::elaQualityAndAmplificationMatter()
{
    const QImage photo = jpegRoundTrip(texturedImage(QSize(200, 160), 3), 80);
    const QRect all(QPoint(0, 0), photo.size());
    const double low = meanLevel(ImageForensics::errorLevel(photo, 50, 10).value(), all);
    const double high = meanLevel(ImageForensics::errorLevel(photo, 98, 10).value(), all);
    QVERIFY2(low > high, qPrintable(QStringLiteral("q50 %1, q98 %2").arg(low).arg(high)));
    const double amplified = meanLevel(ImageForensics::errorLevel(photo, 50, 20).value(), all);
    QVERIFY2(amplified > 1.5 * low,
             qPrintable(QStringLiteral("x10 %1, x20 %2").arg(low).arg(amplified)));
}

void TestForensics::elaOfANullImageIsAnError()
{
    const Result<QImage> ela = ImageForensics::errorLevel(QImage());
    QVERIFY(!ela.ok());
    QVERIFY(!ela.error().message.isEmpty());
    QVERIFY(!ImageForensics::noiseResidual(QImage()).ok());
    QVERIFY(!ImageForensics::luminanceGradient(QImage()).ok());
    QVERIFY(!ImageForensics::histogram(QImage()).ok());
}

void TestForensics::viewsKeepTheImageSize_data()
{
    QTest::addColumn<int>("view");
    QTest::addColumn<int>("format");
    QTest::newRow("ela rgb32") << 0 << int(QImage::Format_RGB32);
    QTest::newRow("noise argb32") << 1 << int(QImage::Format_ARGB32);
    QTest::newRow("gradient grey") << 2 << int(QImage::Format_Grayscale8);
    QTest::newRow("noise rgb888") << 1 << int(QImage::Format_RGB888);
}

void TestForensics::viewsKeepTheImageSize()
{
    QFETCH(int, view);
    QFETCH(int, format);
    const QImage image = texturedImage(QSize(203, 97), 1).convertToFormat(QImage::Format(format));
    const Result<QImage> result = view == 0 ? ImageForensics::errorLevel(image)
        : view == 1                         ? ImageForensics::noiseResidual(image)
                                            : ImageForensics::luminanceGradient(image);
    QVERIFY2(result.ok(), qPrintable(result.error().toString()));
    QCOMPARE(result->size(), QSize(203, 97));
    QCOMPARE(result->format(), QImage::Format_RGB32);
}

void TestForensics::noiseResidualOfAFlatImageIsBlackAndOfSpeckleIsNot()
{
    QImage flat(64, 64, QImage::Format_RGB32);
    flat.fill(QColor(90, 140, 200));
    const QImage residual = ImageForensics::noiseResidual(flat, 10).value();
    QCOMPARE(meanLevel(residual, residual.rect()), 0.0);

    // One bright pixel on grey: the median removes it, so the residual there is
    // |200 − 100| × 2 = 200, and 0 around it.
    QImage speckle(64, 64, QImage::Format_RGB32);
    speckle.fill(QColor(100, 100, 100));
    speckle.setPixel(30, 30, qRgb(200, 200, 200));
    const QImage speckleResidual = ImageForensics::noiseResidual(speckle, 2).value();
    QCOMPARE(speckleResidual.pixel(30, 30), qRgb(200, 200, 200));
    QCOMPARE(speckleResidual.pixel(31, 30), qRgb(0, 0, 0));
}

void TestForensics::gradientOfAStepHasTheKnownValue()
{
    // A vertical black/white step: the Sobel x response at the step is 4 × 255 (two columns
    // of weights 1, 2, 1), so magnitude / 4 = 255 next to the step and 0 far from it.
    QImage step(40, 20, QImage::Format_RGB32);
    step.fill(Qt::black);
    QPainter(&step).fillRect(20, 0, 20, 20, Qt::white);
    const Result<QImage> gradient = ImageForensics::luminanceGradient(step);
    QVERIFY(gradient.ok());
    QCOMPARE(qRed(gradient->pixel(19, 10)), 255);
    QCOMPARE(qRed(gradient->pixel(20, 10)), 255);
    QCOMPARE(qRed(gradient->pixel(5, 10)), 0);
    QCOMPARE(qRed(gradient->pixel(35, 10)), 0);
}

void TestForensics::histogramCountsEveryPixel()
{
    QImage image(10, 10, QImage::Format_RGB32);
    image.fill(qRgb(255, 0, 0));
    QPainter(&image).fillRect(0, 0, 10, 3, QColor(0, 0, 255));
    const Result<ImageHistogram> histogram = ImageForensics::histogram(image);
    QVERIFY(histogram.ok());
    QCOMPARE(histogram->pixels, 100);
    QCOMPARE(histogram->red.size(), 256);
    QCOMPARE(histogram->red.at(255), 70u);
    QCOMPARE(histogram->red.at(0), 30u);
    QCOMPARE(histogram->blue.at(255), 30u);
    QCOMPARE(histogram->green.at(0), 100u);
    // Rec. 601 luminance: red 0.299 × 255 ≈ 76, blue 0.114 × 255 ≈ 29.
    QCOMPARE(histogram->luminance.at(76), 70u);
    QCOMPARE(histogram->luminance.at(29), 30u);
}

void TestForensics::cancelledBeforeTheWorkIsAnError()
{
    const QImage image = texturedImage(QSize(64, 64), 2);
    const Result<QImage> ela = ImageForensics::errorLevel(image, 90, 20, [] { return true; });
    QVERIFY(!ela.ok());
    QCOMPARE(ela.error().message, ImageForensics::cancelledError().message);
}

QTEST_MAIN(TestForensics)
#include "tst_forensics.moc"
