// SPDX-License-Identifier: MIT
// PerceptualHash: the same picture at other sizes, qualities and with letterbox bars stays close;
// different pictures are far apart; bytes that are no image give an Error.
#include "media/perceptualhash.h"

#include <QBuffer>
#include <QPainter>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

/** A scene with large shapes: sky gradient, dark blocks, a bright disc. */
QImage scene(int width, int height)
{
    QImage image(640, 427, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 427);
    sky.setColorAt(0, QColor(0x9c, 0xc8, 0xf0));
    sky.setColorAt(1, QColor(0xf0, 0xe0, 0xc0));
    painter.fillRect(image.rect(), sky);
    painter.fillRect(40, 240, 140, 187, QColor(0x30, 0x3a, 0x48));
    painter.fillRect(220, 180, 110, 247, QColor(0x30, 0x3a, 0x48));
    painter.fillRect(380, 280, 220, 147, QColor(0x30, 0x3a, 0x48));
    painter.setBrush(QColor(0xff, 0xf4, 0xc0));
    painter.drawEllipse(QPoint(110, 90), 40, 40);
    painter.end();
    return image.scaled(width, height, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
}

QImage otherScene()
{
    QImage image(640, 427, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient dark(640, 427, 0, 0);
    dark.setColorAt(0, QColor(0xc0, 0x60, 0x30));
    dark.setColorAt(1, QColor(0x10, 0x18, 0x20));
    painter.fillRect(image.rect(), dark);
    painter.fillRect(60, 60, 240, 140, QColor(0xe8, 0xe8, 0xe8));
    painter.setBrush(QColor(0x20, 0x20, 0x20));
    painter.drawEllipse(QPoint(480, 300), 80, 80);
    return image;
}

QByteArray jpeg(const QImage &image, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return bytes;
}

} // namespace

class TestPerceptualHash : public QObject
{
    Q_OBJECT

private slots:
    void samePictureAtTwoSizesIsClose();
    void letterboxedThumbnailIsClose();
    void differentPicturesAreFar();
    void encodedImagesAndErrors();
    void mirroredHashIsTheHashOfTheFlippedImage();
};

void TestPerceptualHash::samePictureAtTwoSizesIsClose()
{
    const quint64 large = PerceptualHash::ofImage(scene(640, 427));
    const quint64 small = PerceptualHash::ofImage(scene(160, 107));
    QVERIFY(large != 0);
    const int d = PerceptualHash::distance(large, small);
    qInfo("same picture, 640x427 vs 160x107: distance %d", d);
    QVERIFY2(d <= 6, qPrintable(QString::number(d)));
    QCOMPARE(PerceptualHash::distance(large, large), 0);
}

void TestPerceptualHash::letterboxedThumbnailIsClose()
{
    // A 3:2 picture in a 4:3 thumbnail frame with black bars above and below, as cameras do.
    QImage frame(160, 120, QImage::Format_RGB32);
    frame.fill(Qt::black);
    QPainter(&frame).drawImage(0, 7, scene(160, 107));
    const int d = PerceptualHash::distance(PerceptualHash::ofImage(scene(640, 427)),
                                           PerceptualHash::ofImage(frame));
    qInfo("letterboxed thumbnail: distance %d", d);
    QVERIFY2(d <= 6, qPrintable(QString::number(d)));
}

void TestPerceptualHash::differentPicturesAreFar()
{
    const int d = PerceptualHash::distance(PerceptualHash::ofImage(scene(640, 427)),
                                           PerceptualHash::ofImage(otherScene()));
    qInfo("different pictures: distance %d", d);
    QVERIFY2(d > PerceptualHash::kDifferentAbove, qPrintable(QString::number(d)));
    QCOMPARE(PerceptualHash::ofImage(QImage()), quint64(0));
}

void TestPerceptualHash::encodedImagesAndErrors()
{
    const Result<quint64> good = PerceptualHash::ofEncoded(jpeg(scene(640, 427), 90), u"a.jpg"_s);
    const Result<quint64> poor = PerceptualHash::ofEncoded(jpeg(scene(200, 133), 40), u"b.jpg"_s);
    QVERIFY(good);
    QVERIFY(poor);
    QVERIFY(PerceptualHash::distance(good.value(), poor.value()) <= 6);
    const Result<quint64> bad
        = PerceptualHash::ofEncoded(QByteArray("not an image at all"), u"thumb.jpg"_s);
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(u"thumb.jpg"_s));
}

void TestPerceptualHash::mirroredHashIsTheHashOfTheFlippedImage()
{
    const QImage image = scene(640, 427);
    const QImage flipped = image.mirrored(true, false);
    // The flipped copy, re-encoded, is close to the mirrored hash and far from the plain one.
    const quint64 flippedJpeg = PerceptualHash::ofImage(QImage::fromData(jpeg(flipped, 60)));
    QVERIFY(PerceptualHash::distance(PerceptualHash::ofImageMirrored(image), flippedJpeg) <= 4);
    QVERIFY(PerceptualHash::distance(PerceptualHash::ofImage(image), flippedJpeg)
            > PerceptualHash::kDifferentAbove);
    QCOMPARE(PerceptualHash::ofImageMirrored(flipped), PerceptualHash::ofImage(image));
    QCOMPARE(PerceptualHash::ofImageMirrored(QImage()), quint64(0));
}

QTEST_MAIN(TestPerceptualHash)
#include "tst_perceptualhash.moc"
