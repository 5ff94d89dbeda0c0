// SPDX-License-Identifier: MIT
// JpegQuantization: tables read back from files libjpeg wrote (through Qt and through OpenCV)
// give the quality they were written at and are recognised as IJG's; others are not.
#include "media/jpegquantization.h"
#include "media/jpegscan_p.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

using namespace provena;

namespace {

QImage gradientImage(bool grey)
{
    QImage image(64, 48, grey ? QImage::Format_Grayscale8 : QImage::Format_RGB32);
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            image.setPixel(x, y, grey ? qRgb(x * 4, x * 4, x * 4) : qRgb(x * 4, y * 5, 128));
    return image;
}

QByteArray qtJpeg(int quality, bool grey = false)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    gradientImage(grey).save(&buffer, "JPEG", quality);
    return bytes;
}

QByteArray openCvJpeg(int quality)
{
    cv::Mat mat(48, 64, CV_8UC3);
    cv::randu(mat, cv::Scalar::all(0), cv::Scalar::all(255));
    std::vector<uchar> bytes;
    cv::imencode(".jpg", mat, bytes, {cv::IMWRITE_JPEG_QUALITY, quality});
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()));
}

} // namespace

class TestForensicsJpegTables : public QObject
{
    Q_OBJECT

private slots:
    void libjpegQualitiesAreRecognised_data();
    void libjpegQualitiesAreRecognised();
    void greyscaleHasOneTable();
    void ijgTableAtFiftyIsAnnexK();
    void foreignTablesAreNotIjgButGetAnEstimate();
    void pngIsNotAJpeg();
    void truncatedBeforeTheTables();
    void readsFromAFileAndRefusesAMissingOne();
};

void TestForensicsJpegTables::libjpegQualitiesAreRecognised_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("quality");
    for (const int quality : {50, 75, 95}) {
        QTest::addRow("qt %d", quality) << qtJpeg(quality) << quality;
        QTest::addRow("opencv %d", quality) << openCvJpeg(quality) << quality;
    }
    QTest::addRow("qt 10") << qtJpeg(10) << 10;
    QTest::addRow("opencv 100") << openCvJpeg(100) << 100;
}

void TestForensicsJpegTables::libjpegQualitiesAreRecognised()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, quality);
    const JpegQuantization tables = JpegQuantization::fromData(bytes, QStringLiteral("a.jpg"));
    QVERIFY(tables.isJpeg);
    QCOMPARE(tables.tables.size(), 2);
    QCOMPARE(tables.tables.at(0).slot, 0);
    QCOMPARE(tables.tables.at(0).values.size(), 64);
    QVERIFY(tables.standardIjg);
    QVERIFY2(qAbs(tables.estimatedQuality - quality) <= 1,
             qPrintable(QString::number(tables.estimatedQuality)));
    QVERIFY(tables.note.contains(QStringLiteral("IJG")));
    QVERIFY(tables.note.contains(QString::number(tables.estimatedQuality)));
}

void TestForensicsJpegTables::greyscaleHasOneTable()
{
    const JpegQuantization tables
        = JpegQuantization::fromData(qtJpeg(80, true), QStringLiteral("grey.jpg"));
    QCOMPARE(tables.tables.size(), 1);
    QVERIFY(tables.standardIjg);
    QCOMPARE(tables.estimatedQuality, 80);
}

void TestForensicsJpegTables::ijgTableAtFiftyIsAnnexK()
{
    const QList<int> luma = JpegQuantization::ijgTable(0, 50);
    QCOMPARE(luma.size(), 64);
    QCOMPARE(luma.at(0), 16);
    QCOMPARE(luma.at(63), 99);
    QCOMPARE(luma.at(5), 40); // first row: 16 11 10 16 24 40 …
    QCOMPARE(JpegQuantization::ijgTable(1, 50).at(63), 99);
    QCOMPARE(JpegQuantization::ijgTable(0, 100).at(40), 1);
    QCOMPARE(JpegQuantization::ijgTable(0, 1).at(0), 255); // clamped to 8 bits
}

void TestForensicsJpegTables::foreignTablesAreNotIjgButGetAnEstimate()
{
    // A libjpeg file at quality 75 whose luminance table has one divisor changed, as an
    // encoder with tables of its own would write: no longer IJG, quality still near 75.
    QByteArray bytes = qtJpeg(75);
    const qsizetype dqt = bytes.indexOf(QByteArray("\xFF\xDB", 2));
    QVERIFY(dqt > 0);
    const qsizetype firstValue = dqt + 5; // marker, length (2), Pq/Tq
    bytes[firstValue + 10] = char(quint8(bytes.at(firstValue + 10)) + 3);
    const JpegQuantization tables = JpegQuantization::fromData(bytes, QStringLiteral("x.jpg"));
    QVERIFY(tables.isJpeg);
    QVERIFY(!tables.standardIjg);
    QVERIFY2(qAbs(tables.estimatedQuality - 75) <= 2,
             qPrintable(QString::number(tables.estimatedQuality)));
    QVERIFY(tables.note.contains(QStringLiteral("not the standard")));
}

void TestForensicsJpegTables::pngIsNotAJpeg()
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    gradientImage(false).save(&buffer, "PNG");
    const JpegQuantization tables = JpegQuantization::fromData(png, QStringLiteral("photo.png"));
    QVERIFY(!tables.isJpeg);
    QVERIFY(tables.tables.isEmpty());
    QCOMPARE(tables.estimatedQuality, -1);
    QVERIFY(tables.note.contains(QStringLiteral("“photo.png” is not a JPEG file")));
}

void TestForensicsJpegTables::truncatedBeforeTheTables()
{
    const QByteArray bytes = qtJpeg(75);
    const qsizetype dqt = bytes.indexOf(QByteArray("\xFF\xDB", 2));
    const JpegQuantization tables
        = JpegQuantization::fromData(bytes.left(dqt + 20), QStringLiteral("cut.jpg"));
    QVERIFY(tables.isJpeg);
    QVERIFY(tables.tables.isEmpty());
    QVERIFY(tables.note.contains(QStringLiteral("no quantisation table")));
    // Every prefix is answered without reading past the end (ASan would see it).
    for (qsizetype length = 0; length <= bytes.size(); length += 7)
        (void)detail::scanJpegQuantizationTables(QByteArrayView(bytes).first(length));
}

void TestForensicsJpegTables::readsFromAFileAndRefusesAMissingOne()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("q95.jpg")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(qtJpeg(95));
    file.close();
    const Result<JpegQuantization> read = JpegQuantization::read(file.fileName());
    QVERIFY(read.ok());
    QCOMPARE(read->estimatedQuality, 95);
    const Result<JpegQuantization> missing
        = JpegQuantization::read(dir.filePath(QStringLiteral("missing.jpg")));
    QVERIFY(!missing.ok());
    QVERIFY(!missing.error().message.isEmpty());
}

QTEST_MAIN(TestForensicsJpegTables)
#include "tst_forensicsjpegtables.moc"
