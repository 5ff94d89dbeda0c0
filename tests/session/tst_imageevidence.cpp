// SPDX-License-Identifier: MIT
// ImageEvidence: the metadata evidence plus the thumbnail check. A thumbnail of another picture is
// flagged with its distance; a matching one (also when the image is stored turned) is not; a
// broken sidecar leaves the image's own evidence; only unreadable files are errors; a 24 MP JPEG
// stays fast.
#include "session/imageevidence.h"

#include "metadata/metadatareader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace provena;
using namespace Qt::Literals::StringLiterals;
using Kind = MetadataEvidence::Flag::Kind;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

const MetadataEvidence::Flag *flagOf(const MetadataEvidence &evidence, Kind kind)
{
    for (const MetadataEvidence::Flag &flag : evidence.flags) {
        if (flag.kind == kind)
            return &flag;
    }
    return nullptr;
}

/** The APPn segments of a JPEG (everything between SOI and the first other marker). */
QByteArray appSegments(const QByteArray &jpeg)
{
    qsizetype at = 2;
    while (at + 4 <= jpeg.size() && quint8(jpeg.at(at)) == 0xff
           && (quint8(jpeg.at(at + 1)) & 0xf0) == 0xe0)
        at += 2 + (quint8(jpeg.at(at + 2)) << 8 | quint8(jpeg.at(at + 3)));
    return jpeg.mid(2, at - 2);
}

} // namespace

class TestImageEvidence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { MetadataReader::initialise(); }
    void mismatchingThumbnailIsFlagged();
    void matchingThumbnailIsNot();
    void thumbnailOfATurnedImageIsTurnedToo();
    void brokenSidecarLeavesTheImagesEvidence();
    void unreadableFilesAreErrors();
    void largeJpegStaysFast();
};

void TestImageEvidence::mismatchingThumbnailIsFlagged()
{
    const Result<MetadataEvidence> evidence = ImageEvidence::read(fixture("provenance.jpg"));
    QVERIFY2(evidence, qPrintable(evidence ? QString() : evidence.error().toString()));
    const MetadataEvidence::Flag *flag = flagOf(evidence.value(), Kind::ThumbnailMismatch);
    QVERIFY(flag);
    QCOMPARE(flag->key, u"Exif.Thumbnail.JPEGInterchangeFormat"_s);
    QVERIFY2(flag->detail.contains(u"of 64 bits"_s), qPrintable(flag->detail));
    qInfo("%s", qPrintable(flag->detail));
    // The metadata evidence is all there too, flags in the order of their kinds.
    QVERIFY(evidence->hasFlag(Kind::EditingSoftware));
    QCOMPARE(evidence->flags.first().kind, Kind::ThumbnailMismatch);
    QVERIFY(!evidence->itemsOf(MetadataEvidence::Field::Credit).isEmpty());
    QVERIFY(evidence->warnings.isEmpty());
}

void TestImageEvidence::matchingThumbnailIsNot()
{
    const Result<MetadataEvidence> evidence
        = ImageEvidence::read(fixture("provenance-control.jpg"));
    QVERIFY(evidence);
    QVERIFY(!evidence->hasFlag(Kind::ThumbnailMismatch));
    QVERIFY(evidence->hasFlag(Kind::EditingSoftware));
    QVERIFY2(evidence->warnings.isEmpty(), qPrintable(evidence->warnings.join(u'\n')));
}

void TestImageEvidence::thumbnailOfATurnedImageIsTurnedToo()
{
    // Stored turned left with Orientation 6; the thumbnail shows the stored pixels.
    const Result<MetadataEvidence> evidence
        = ImageEvidence::read(fixture("provenance-rotated.jpg"));
    QVERIFY(evidence);
    QVERIFY(!evidence->hasFlag(Kind::ThumbnailMismatch));
}

void TestImageEvidence::brokenSidecarLeavesTheImagesEvidence()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString photo = dir.filePath(u"photo.jpg"_s);
    QVERIFY(QFile::copy(fixture("provenance.jpg"), photo));
    QVERIFY(writeFile(photo + u".xmp"_s, "<html><body>not xmp</body></html>"));
    const Result<MetadataEvidence> evidence = ImageEvidence::read(photo);
    QVERIFY2(evidence, qPrintable(evidence ? QString() : evidence.error().toString()));
    QVERIFY(!evidence->itemsOf(MetadataEvidence::Field::Creator).isEmpty());
    QVERIFY(evidence->hasFlag(Kind::ThumbnailMismatch));
    QVERIFY(!evidence->warnings.isEmpty());
    QVERIFY2(evidence->warnings.first().contains(u"photo.jpg.xmp"_s),
             qPrintable(evidence->warnings.first()));
}

void TestImageEvidence::unreadableFilesAreErrors()
{
    const Result<MetadataEvidence> missing = ImageEvidence::read(fixture("no-such-image.jpg"));
    QVERIFY(!missing);
    QVERIFY(missing.error().message.contains(u"no-such-image.jpg"_s));
    const Result<MetadataEvidence> text = ImageEvidence::read(fixture("not-an-image.jpg"));
    QVERIFY(!text);
    QVERIFY(text.error().message.contains(u"not-an-image.jpg"_s));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fifo = dir.filePath(u"pipe.jpg"_s);
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const Result<MetadataEvidence> pipe = ImageEvidence::read(fifo); // must not block
    QVERIFY(!pipe);
    QVERIFY2(pipe.error().message.contains(u"FIFO"_s), qPrintable(pipe.error().message));
}

void TestImageEvidence::largeJpegStaysFast()
{
    // 6000×4000 (24 MP) with the control image's metadata and thumbnail spliced in.
    QImage image(6000, 4000, QImage::Format_RGB32);
    QPainter painter(&image);
    QLinearGradient gradient(0, 0, 6000, 4000);
    gradient.setColorAt(0, Qt::darkBlue);
    gradient.setColorAt(1, Qt::yellow);
    painter.fillRect(image.rect(), gradient);
    painter.end();
    QByteArray encoded;
    QBuffer buffer(&encoded);
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(image.save(&buffer, "JPEG", 85));
    const QByteArray metadata = appSegments(readAll(fixture("provenance-control.jpg")));
    QVERIFY(metadata.size() > 1000);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"large.jpg"_s);
    QVERIFY(writeFile(path, encoded.left(2) + metadata + encoded.mid(2)));

    QElapsedTimer timer;
    timer.start();
    const Result<MetadataEvidence> evidence = ImageEvidence::read(path);
    const qint64 ms = timer.elapsed();
    QVERIFY2(evidence, qPrintable(evidence ? QString() : evidence.error().toString()));
    qInfo("24 MP JPEG (%lld bytes): evidence with thumbnail check in %lld ms",
          qint64(encoded.size()), ms);
    // The gradient is not the picture in the thumbnail: the check ran, on a reduced decode.
    QVERIFY(evidence->hasFlag(Kind::ThumbnailMismatch));
}

QTEST_MAIN(TestImageEvidence)
#include "tst_imageevidence.moc"
