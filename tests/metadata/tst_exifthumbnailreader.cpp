// SPDX-License-Identifier: MIT
#include "metadata/exifthumbnailreader.h"

#include "../media/exifthumbnailjpeg.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

using namespace provena;

namespace {

bool writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray solidJpeg(int width, int height, QRgb colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    return test::jpegBytes(image);
}

} // namespace

class TestExifThumbnailReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(mDir.isValid()); }
    void readsTheCamerasThumbnail();
    void fileWithoutThumbnailIsAnError();
    void corruptOrMissingFileIsAnErrorWithPath();
    void thumbnailOutsideItsSegmentIsNotRead();

private:
    QTemporaryDir mDir;
};

void TestExifThumbnailReader::readsTheCamerasThumbnail()
{
    const QByteArray thumbnail = solidJpeg(160, 120, qRgb(20, 200, 40));
    const QByteArray photo
        = test::withExifThumbnail(solidJpeg(600, 400, qRgb(200, 30, 30)), thumbnail, 6);
    // A non-ASCII name: Exiv2 never sees the path, the file is opened with Qt.
    const QString path = mDir.filePath(QStringLiteral("Kamera-Ü.jpg"));
    QVERIFY(writeBytes(path, photo));

    const Result<QByteArray> read = ExifThumbnailReader::read(path);
    QVERIFY2(read, qPrintable(read.error().toString()));
    // Exactly the bytes the camera stored, not the main image.
    QCOMPARE(read.value(), thumbnail);
    const Result<QByteArray> fromMemory = ExifThumbnailReader::readBytes(photo, path);
    QVERIFY2(fromMemory, qPrintable(fromMemory.error().toString()));
    QCOMPARE(fromMemory.value(), thumbnail);
}

void TestExifThumbnailReader::fileWithoutThumbnailIsAnError()
{
    const QString path = mDir.filePath(QStringLiteral("plain.jpg"));
    QVERIFY(writeBytes(path, solidJpeg(300, 200, qRgb(200, 30, 30))));
    Result<QByteArray> read = ExifThumbnailReader::read(path);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("“plain.jpg”")),
             qPrintable(read.error().message));
    QCOMPARE(read.error().path, path);

    QImage png(30, 20, QImage::Format_RGB32);
    png.fill(Qt::blue);
    const QString pngPath = mDir.filePath(QStringLiteral("plain.png"));
    QVERIFY(png.save(pngPath));
    read = ExifThumbnailReader::read(pngPath);
    QVERIFY(!read);
    QCOMPARE(read.error().path, pngPath);
}

void TestExifThumbnailReader::corruptOrMissingFileIsAnErrorWithPath()
{
    const QString corrupt = mDir.filePath(QStringLiteral("notes.jpg"));
    QVERIFY(writeBytes(corrupt, QByteArray("these are notes, not a photo\n").repeated(50)));
    Result<QByteArray> read = ExifThumbnailReader::read(corrupt);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("“notes.jpg”")),
             qPrintable(read.error().message));
    QVERIFY2(read.error().message.contains(QStringLiteral("damaged")),
             qPrintable(read.error().message));
    QCOMPARE(read.error().path, corrupt);
    QVERIFY(!read.error().detail.isEmpty()); // Exiv2's own words, for the log

    const QString empty = mDir.filePath(QStringLiteral("empty.jpg"));
    QVERIFY(writeBytes(empty, QByteArray()));
    read = ExifThumbnailReader::read(empty);
    QVERIFY(!read);
    QCOMPARE(read.error().path, empty);

    const QString missing = mDir.filePath(QStringLiteral("gone.jpg"));
    read = ExifThumbnailReader::read(missing);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(QStringLiteral("gone.jpg")),
             qPrintable(read.error().message));

    read = ExifThumbnailReader::read(mDir.path()); // a folder
    QVERIFY(!read);
}

void TestExifThumbnailReader::thumbnailOutsideItsSegmentIsNotRead()
{
    // IFD1's JPEGInterchangeFormat pointing far beyond the EXIF block: no thumbnail, no crash.
    QByteArray photo = test::withExifThumbnail(solidJpeg(300, 200, qRgb(200, 30, 30)),
                                               solidJpeg(160, 120, qRgb(20, 200, 40)));
    const qsizetype exif = photo.indexOf(QByteArray("Exif\0\0", 6));
    QVERIFY(exif > 0);
    const qsizetype offsetField = exif + 6 + 8 + 2 + 4 + 2 + 12 + 8; // IFD1's second entry's value
    QCOMPARE(qFromLittleEndian<quint16>(photo.constData() + offsetField - 8), quint16(0x0201));
    qToLittleEndian<quint32>(0x7fff0000U, photo.data() + offsetField);
    const QString path = mDir.filePath(QStringLiteral("bad-offset.jpg"));
    QVERIFY(writeBytes(path, photo));
    const Result<QByteArray> read = ExifThumbnailReader::read(path);
    QVERIFY(!read);
    QCOMPARE(read.error().path, path);
}

QTEST_GUILESS_MAIN(TestExifThumbnailReader)
#include "tst_exifthumbnailreader.moc"
