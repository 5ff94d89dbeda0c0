// SPDX-License-Identifier: MIT
#include "media/outlinesnap.h"

#include <QPainter>
#include <QPainterPath>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;

namespace {

/** A light, textured background: noise plus faint stripes, as paper or a wall in a photo. */
QImage texturedBackground(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    QRandomGenerator random(13);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x) {
            const int stripe = ((x + y) / 12) % 2 == 0 ? 12 : 0;
            const int v = 190 + stripe + int(random.bounded(40));
            line[x] = qRgb(v, v - 8, v - 20);
        }
    }
    return image;
}

/** An irregular dark object: a disc with a bite out of it and a blob beside it. */
QPainterPath objectShape(double cx, double cy, double r)
{
    QPainterPath disc;
    disc.addEllipse(QPointF(cx, cy), r, r);
    QPainterPath bite;
    bite.addEllipse(QPointF(cx + r, cy - r * 0.6), r * 0.5, r * 0.5);
    QPainterPath lobe;
    lobe.addEllipse(QPointF(cx - r * 0.9, cy + r * 0.6), r * 0.45, r * 0.35);
    return disc.subtracted(bite).united(lobe);
}

QImage paintObject(QImage image, const QPainterPath &shape)
{
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(45, 40, 70));
    painter.drawPath(shape);
    return image;
}

QImage mask(const QSize &size, const QPainterPath &path)
{
    QImage m(size, QImage::Format_Grayscale8);
    m.fill(0);
    QPainter painter(&m);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawPath(path);
    return m;
}

double iou(const QSize &size, const QPainterPath &a, const QPainterPath &b)
{
    const QImage ma = mask(size, a);
    const QImage mb = mask(size, b);
    qint64 inter = 0;
    qint64 uni = 0;
    for (int y = 0; y < size.height(); ++y) {
        const uchar *la = ma.constScanLine(y);
        const uchar *lb = mb.constScanLine(y);
        for (int x = 0; x < size.width(); ++x) {
            const bool ia = la[x] > 127;
            const bool ib = lb[x] > 127;
            inter += ia && ib ? 1 : 0;
            uni += ia || ib ? 1 : 0;
        }
    }
    return uni > 0 ? double(inter) / double(uni) : 0;
}

QPainterPath pathOf(const QPolygonF &polygon)
{
    QPainterPath path;
    path.addPolygon(polygon);
    path.closeSubpath();
    return path;
}

} // namespace

class TestOutlineSnap : public QObject
{
    Q_OBJECT

private slots:
    void snapsToADarkShapeOnTexture();
    void snapsInALargeFileThroughAReducedDecode();
    void regionAtTheImageBorderStillSnaps();
    void uniformAreaHasNothingToSnapTo();
    void rectangleOutsideTheImageIsAnError();
    void missingFileIsAnError();
};

void TestOutlineSnap::snapsToADarkShapeOnTexture()
{
    const QPainterPath shape = objectShape(320, 240, 90);
    const QImage image = paintObject(texturedBackground(640, 480), shape);
    // The analyst's rough box: loose on every side.
    const QRectF drawn = shape.boundingRect().adjusted(-25, -18, 30, 22);
    const Result<QPolygonF> polygon = OutlineSnap::snapInImage(image, drawn, QStringLiteral("t"));
    QVERIFY2(polygon, qPrintable(polygon.error().toString()));
    QVERIFY(polygon->size() >= 3);
    const double overlap = iou(image.size(), pathOf(polygon.value()), shape);
    qInfo("IoU with the true shape: %.3f", overlap);
    QVERIFY2(overlap >= 0.8, QByteArray::number(overlap).constData());
    // Simplified: far fewer vertices than outline pixels.
    QVERIFY2(polygon->size() < 120, QByteArray::number(polygon->size()).constData());
}

void TestOutlineSnap::snapsInALargeFileThroughAReducedDecode()
{
    // 3200×2400: the rectangle (about 1,500 px) is worked on at kWorkSide, then mapped back.
    const QPainterPath shape = objectShape(1600, 1200, 560);
    const QImage image = paintObject(texturedBackground(3200, 2400), shape);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.jpg"));
    QVERIFY(image.save(path, "JPEG", 92));
    const QRectF drawn = shape.boundingRect().adjusted(-120, -90, 100, 140);
    const Result<QPolygonF> polygon = OutlineSnap::snap(path, drawn);
    QVERIFY2(polygon, qPrintable(polygon.error().toString()));
    const double overlap = iou(image.size(), pathOf(polygon.value()), shape);
    qInfo("IoU with the true shape: %.3f", overlap);
    QVERIFY2(overlap >= 0.8, QByteArray::number(overlap).constData());
    for (const QPointF &p : polygon.value())
        QVERIFY(QRectF(0, 0, 3200, 2400).contains(p));
}

void TestOutlineSnap::regionAtTheImageBorderStillSnaps()
{
    const QPainterPath shape = objectShape(150, 150, 80);
    const QImage image = paintObject(texturedBackground(420, 300), shape);
    // The box reaches the top and left edges of the image.
    const QRectF drawn(0, 0, 270, 260);
    const Result<QPolygonF> polygon = OutlineSnap::snapInImage(image, drawn, QStringLiteral("t"));
    QVERIFY2(polygon, qPrintable(polygon.error().toString()));
    const double overlap = iou(image.size(), pathOf(polygon.value()), shape);
    qInfo("IoU with the true shape: %.3f", overlap);
    QVERIFY2(overlap >= 0.8, QByteArray::number(overlap).constData());
}

void TestOutlineSnap::uniformAreaHasNothingToSnapTo()
{
    QImage image(400, 300, QImage::Format_RGB32);
    image.fill(QColor(200, 190, 180));
    const Result<QPolygonF> polygon
        = OutlineSnap::snapInImage(image, QRectF(100, 80, 150, 120), QStringLiteral("plain.png"));
    QVERIFY(!polygon);
    QVERIFY2(polygon.error().message.contains(QStringLiteral("plain.png")),
             qPrintable(polygon.error().message));
    QVERIFY(polygon.error().message.contains(QStringLiteral("No outline found")));
}

void TestOutlineSnap::rectangleOutsideTheImageIsAnError()
{
    const QImage image = texturedBackground(200, 200);
    const Result<QPolygonF> polygon
        = OutlineSnap::snapInImage(image, QRectF(300, 300, 50, 50), QStringLiteral("x.png"));
    QVERIFY(!polygon);
    QVERIFY(polygon.error().message.contains(QStringLiteral("x.png")));
}

void TestOutlineSnap::missingFileIsAnError()
{
    const Result<QPolygonF> polygon
        = OutlineSnap::snap(QStringLiteral("/nonexistent/gone.jpg"), QRectF(0, 0, 50, 50));
    QVERIFY(!polygon);
    QVERIFY(polygon.error().message.contains(QStringLiteral("gone.jpg")));
}

QTEST_GUILESS_MAIN(TestOutlineSnap)
#include "tst_outlinesnap.moc"
