// SPDX-License-Identifier: MIT
// The zero-copy bridge between QImage and cv::Mat: formats, strides and buffer lifetime.
#include "media/cvbridge_p.h"

#include <QTest>

using namespace provena::detail;

class TestCvBridge : public QObject
{
    Q_OBJECT

private slots:
    void imageKeepsMatBufferAlive();
    void roiKeepsItsStride();
    void wrongTypeGivesNullImage();
    void constMatViewSharesPixels();
};

void TestCvBridge::imageKeepsMatBufferAlive()
{
    QImage image;
    const uchar *matData = nullptr;
    {
        cv::Mat mat(3, 5, CV_8UC4, cv::Scalar(10, 20, 30, 255)); // B, G, R, A
        mat.at<cv::Vec4b>(2, 4) = cv::Vec4b(1, 2, 3, 255);
        matData = mat.data;
        image = imageFromBgraMat(mat);
    } // the Mat header is gone; its buffer must still be owned by the QImage
    QCOMPARE(image.size(), QSize(5, 3));
    QCOMPARE(image.format(), QImage::Format_RGB32);
    QCOMPARE(image.constBits(), matData); // no copy was made
    QCOMPARE(image.pixel(0, 0), qRgb(30, 20, 10));
    QCOMPARE(image.pixel(4, 2), qRgb(3, 2, 1));

    QImage copy = image;
    copy.setPixel(0, 0, qRgb(255, 255, 255)); // detaches: the shared buffer is not written
    QCOMPARE(image.pixel(0, 0), qRgb(30, 20, 10));
}

void TestCvBridge::roiKeepsItsStride()
{
    cv::Mat big(10, 10, CV_8UC4, cv::Scalar(0, 0, 0, 255));
    big.at<cv::Vec4b>(3, 4) = cv::Vec4b(0, 0, 200, 255);
    const cv::Mat roi = big(cv::Rect(4, 3, 3, 2));
    QVERIFY(!roi.isContinuous());
    const QImage image = imageFromBgraMat(roi);
    QCOMPARE(image.size(), QSize(3, 2));
    QCOMPARE(image.bytesPerLine(), qsizetype(10 * 4));
    QCOMPARE(image.pixel(0, 0), qRgb(200, 0, 0));
}

void TestCvBridge::wrongTypeGivesNullImage()
{
    QVERIFY(imageFromBgraMat(cv::Mat(4, 4, CV_8UC3)).isNull());
    QVERIFY(imageFromBgraMat(cv::Mat()).isNull());
}

void TestCvBridge::constMatViewSharesPixels()
{
    QImage image(7, 4, QImage::Format_ARGB32);
    image.fill(qRgba(1, 2, 3, 4));
    const cv::Mat view = constMatView(image);
    QCOMPARE(view.type(), CV_8UC4);
    QCOMPARE(view.cols, 7);
    QCOMPARE(view.rows, 4);
    QCOMPARE(static_cast<const void *>(view.data), static_cast<const void *>(image.constBits()));
    QCOMPARE(view.at<cv::Vec4b>(0, 0), cv::Vec4b(3, 2, 1, 4));
}

QTEST_GUILESS_MAIN(TestCvBridge)
#include "tst_cvbridge.moc"
