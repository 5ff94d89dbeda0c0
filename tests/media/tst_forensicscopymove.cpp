// SPDX-License-Identifier: MIT
// CopyMoveDetector on generated images: a cloned block is found where it is, and an untouched
// image gives nothing.
#include "forensicsfixtures.h"
#include "media/copymovedetector.h"

#include <QTest>

using namespace provena;
using namespace provena::testing;

namespace {

constexpr int kTolerance = 4; // pixels, on each edge

QString describe(const QList<CopyMoveMatch> &matches)
{
    QStringList parts;
    for (const CopyMoveMatch &match : matches)
        parts << QStringLiteral("(%1,%2 %3x%4) -> (%5,%6 %7x%8) support %9")
                     .arg(match.source.x())
                     .arg(match.source.y())
                     .arg(match.source.width())
                     .arg(match.source.height())
                     .arg(match.target.x())
                     .arg(match.target.y())
                     .arg(match.target.width())
                     .arg(match.target.height())
                     .arg(match.support);
    return parts.join(QStringLiteral("; "));
}

bool near(const QRect &found, const QRect &expected)
{
    return qAbs(found.left() - expected.left()) <= kTolerance
        && qAbs(found.top() - expected.top()) <= kTolerance
        && qAbs(found.right() - expected.right()) <= kTolerance
        && qAbs(found.bottom() - expected.bottom()) <= kTolerance;
}

QImage cloned(const QImage &image, const QRect &from, const QPoint &to)
{
    QImage result = image;
    QPainter painter(&result);
    painter.drawImage(to, image.copy(from));
    return result;
}

} // namespace

class TestForensicsCopyMove : public QObject
{
    Q_OBJECT

private slots:
    void findsAClonedBlock_data();
    void findsAClonedBlock();
    void findsAClonedBlockAfterAJpegSave();
    void untouchedImageGivesNothing();
    void reducedAnalysisMapsBackToFullSize();
    void drawMatchesOutlinesBothAreas();
    void nullImageIsAnError();
};

void TestForensicsCopyMove::findsAClonedBlock_data()
{
    QTest::addColumn<QRect>("from");
    QTest::addColumn<QPoint>("to");
    QTest::newRow("right and down") << QRect(60, 50, 120, 120) << QPoint(400, 260);
    QTest::newRow("left, off the 8-grid") << QRect(430, 70, 120, 120) << QPoint(93, 277);
    QTest::newRow("straight down") << QRect(250, 20, 120, 120) << QPoint(250, 300);
}

void TestForensicsCopyMove::findsAClonedBlock()
{
    QFETCH(QRect, from);
    QFETCH(QPoint, to);
    const QImage image = cloned(texturedImage(QSize(640, 480), 11), from, to);
    const Result<QList<CopyMoveMatch>> matches = CopyMoveDetector::detect(image);
    QVERIFY2(matches.ok(), qPrintable(matches.error().toString()));
    QVERIFY2(matches->size() == 1, qPrintable(describe(matches.value())));
    const CopyMoveMatch &match = matches->first();
    // Which of the two is called the source is not knowable from pixels: accept either way.
    const QRect target(to, from.size());
    const bool forward = near(match.source, from) && near(match.target, target);
    const bool backward = near(match.source, target) && near(match.target, from);
    QVERIFY2(forward || backward, qPrintable(describe(matches.value())));
    QVERIFY(match.support >= 8);
}

void TestForensicsCopyMove::findsAClonedBlockAfterAJpegSave()
{
    const QRect from(80, 300, 120, 120);
    const QPoint to(420, 60);
    const QImage image = jpegRoundTrip(cloned(texturedImage(QSize(640, 480), 5), from, to), 90);
    const Result<QList<CopyMoveMatch>> matches = CopyMoveDetector::detect(image);
    QVERIFY(matches.ok());
    QVERIFY2(matches->size() == 1, qPrintable(describe(matches.value())));
    const QRect target(to, from.size());
    const CopyMoveMatch &match = matches->first();
    QVERIFY2((near(match.source, from) && near(match.target, target))
                 || (near(match.source, target) && near(match.target, from)),
             qPrintable(describe(matches.value())));
}

void TestForensicsCopyMove::untouchedImageGivesNothing()
{
    for (const quint32 seed : {11u, 5u, 23u}) {
        const Result<QList<CopyMoveMatch>> matches
            = CopyMoveDetector::detect(texturedImage(QSize(640, 480), seed));
        QVERIFY(matches.ok());
        QVERIFY2(matches->isEmpty(), qPrintable(describe(matches.value())));
    }
}

void TestForensicsCopyMove::reducedAnalysisMapsBackToFullSize()
{
    // Analysed at half size (maxSide 640 of 1280): the rects still come back in full pixels.
    const QRect from(120, 100, 240, 240);
    const QPoint to(800, 500);
    const QImage image = cloned(texturedImage(QSize(1280, 960), 17), from, to);
    CopyMoveDetector::Options options;
    options.maxSide = 640;
    const Result<QList<CopyMoveMatch>> matches = CopyMoveDetector::detect(image, options);
    QVERIFY(matches.ok());
    QVERIFY2(matches->size() == 1, qPrintable(describe(matches.value())));
    const QRect target(to, from.size());
    const CopyMoveMatch &match = matches->first();
    const auto close = [](const QRect &a, const QRect &b) {
        return qAbs(a.left() - b.left()) <= 2 * kTolerance
            && qAbs(a.top() - b.top()) <= 2 * kTolerance
            && qAbs(a.right() - b.right()) <= 2 * kTolerance
            && qAbs(a.bottom() - b.bottom()) <= 2 * kTolerance;
    };
    QVERIFY2((close(match.source, from) && close(match.target, target))
                 || (close(match.source, target) && close(match.target, from)),
             qPrintable(describe(matches.value())));
}

void TestForensicsCopyMove::drawMatchesOutlinesBothAreas()
{
    QImage transparent(200, 100, QImage::Format_ARGB32_Premultiplied);
    transparent.fill(Qt::transparent);
    CopyMoveMatch match;
    match.source = QRect(10, 10, 50, 50);
    match.target = QRect(120, 30, 50, 50);
    const QImage drawn = CopyMoveDetector::drawMatches(transparent, {match});
    QCOMPARE(drawn.size(), transparent.size());
    QVERIFY(qAlpha(drawn.pixel(10, 30)) > 0); // source's left edge
    QVERIFY(qAlpha(drawn.pixel(120, 50)) > 0); // target's left edge
    QCOMPARE(qAlpha(drawn.pixel(30, 80)), 0); // outside both, off the joining line
}

void TestForensicsCopyMove::nullImageIsAnError()
{
    QVERIFY(!CopyMoveDetector::detect(QImage()).ok());
}

QTEST_MAIN(TestForensicsCopyMove)
#include "tst_forensicscopymove.moc"
