// SPDX-License-Identifier: MIT
// ExifOrientation against QImage: each orientation is built as Exif describes it (turns and
// mirrors of the stored pixels), and every pixel's centre must land on the same colour.
#include "core/model/exiforientation.h"

#include <QImage>
#include <QTest>
#include <QTransform>

using namespace provena;

class TestExifOrientation : public QObject
{
    Q_OBJECT

private:
    static QImage stored()
    {
        QImage image(5, 3, QImage::Format_RGB32);
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, qRgb(x * 40, y * 80, 7));
        return image;
    }

    /** What a viewer shows for `orientation` (Exif 2.32, Table 6), built from QImage's own turns
     *  and mirrors rather than from the code under test. */
    static QImage displayed(const QImage &s, int orientation)
    {
        const QImage cw = s.transformed(QTransform().rotate(90));
        switch (orientation) {
        case 2:
            return s.mirrored(true, false);
        case 3:
            return s.mirrored(true, true);
        case 4:
            return s.mirrored(false, true);
        case 5:
            return cw.mirrored(true, false);
        case 6:
            return cw;
        case 7:
            return cw.mirrored(false, true);
        case 8:
            return s.transformed(QTransform().rotate(270));
        default:
            return s;
        }
    }

private Q_SLOTS:
    void pixelsLandOnTheirColour_data()
    {
        QTest::addColumn<int>("orientation");
        for (int o = 1; o <= 8; ++o)
            QTest::addRow("orientation %d", o) << o;
    }

    void pixelsLandOnTheirColour()
    {
        QFETCH(int, orientation);
        const QImage s = stored();
        const QImage d = displayed(s, orientation);
        const QSizeF storedSize = s.size();
        QCOMPARE(ExifOrientation::displayedSize(storedSize, orientation), QSizeF(d.size()));
        QCOMPARE(ExifOrientation::storedSize(d.size(), orientation), storedSize);
        for (int y = 0; y < s.height(); ++y) {
            for (int x = 0; x < s.width(); ++x) {
                const QPointF centre(x + 0.5, y + 0.5);
                const QPointF shown
                    = ExifOrientation::storedToDisplayed(centre, storedSize, orientation);
                const QPoint pixel(int(shown.x()), int(shown.y()));
                QVERIFY2(d.rect().contains(pixel),
                         qPrintable(QStringLiteral("%1,%2").arg(x).arg(y)));
                QCOMPARE(d.pixel(pixel), s.pixel(x, y));
                QCOMPARE(ExifOrientation::displayedToStored(shown, d.size(), orientation), centre);
            }
        }
    }

    void rectanglesStayNormalised()
    {
        const QSizeF displayedSize(300, 500); // a portrait photo stored 500×300 with orientation 6
        const RegionGeometry r = RegionGeometry::rectangle(QRectF(10, 20, 100, 50));
        const RegionGeometry s = ExifOrientation::displayedToStored(r, displayedSize, 6);
        QCOMPARE(s.shape(), RegionGeometry::Shape::Rectangle);
        // displayed (x, y) = stored (H − y, x) with H = 300: the box's stored x is its displayed y.
        QCOMPARE(s.boundingRect(), QRectF(20, 300 - 110, 50, 100));
        QCOMPARE(ExifOrientation::storedToDisplayed(s, QSizeF(500, 300), 6), r);

        const RegionGeometry poly
            = RegionGeometry::polygon(QPolygonF({QPointF(0, 0), QPointF(30, 0), QPointF(0, 40)}));
        for (int o = 1; o <= 8; ++o) {
            const RegionGeometry back = ExifOrientation::storedToDisplayed(
                ExifOrientation::displayedToStored(poly, displayedSize, o),
                ExifOrientation::storedSize(displayedSize, o), o);
            QCOMPARE(back, poly);
        }
    }

    void unknownValuesAreIdentity()
    {
        QVERIFY(!ExifOrientation::isValid(0));
        QVERIFY(!ExifOrientation::isValid(9));
        QCOMPARE(ExifOrientation::storedToDisplayed(QPointF(3, 4), QSizeF(10, 10), 0),
                 QPointF(3, 4));
        QCOMPARE(ExifOrientation::displayedToStored(QPointF(3, 4), QSizeF(10, 10), 42),
                 QPointF(3, 4));
    }
};

QTEST_GUILESS_MAIN(TestExifOrientation)
#include "tst_exiforientation.moc"
