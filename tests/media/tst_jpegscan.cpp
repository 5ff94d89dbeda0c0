// SPDX-License-Identifier: MIT
// Tests a private helper of app/media directly: a wrong "truncated" verdict would reject good
// photos, so its edge cases deserve more than the end-to-end decoder test.
#include "media/jpegscan_p.h"

#include <QFile>
#include <QTest>

using namespace provena;
using namespace provena::detail;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QByteArray sample()
{
    return readFile(QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/ncna-harbour-crane.jpg"));
}

} // namespace

class TestJpegScan : public QObject
{
    Q_OBJECT

private slots:
    void completeFile();
    void everyShorterPrefixIsTruncated();
    void trailingDataAfterEoiIsIgnored();
    void stuffedBytesAndRestartMarkersAreNotMarkers();
    void notJpeg();
    void impossibleSegmentLength();
};

void TestJpegScan::completeFile()
{
    const QByteArray bytes = sample();
    QVERIFY(bytes.size() > 100'000);
    QCOMPARE(scanJpegEnd(bytes), JpegEnd::Complete);
}

void TestJpegScan::everyShorterPrefixIsTruncated()
{
    const QByteArray bytes = sample();
    // Cut inside APP1 (EXIF), inside the XMP segment, inside the scan, and just before EOI.
    for (const qsizetype cut : {qsizetype(4), qsizetype(40), qsizetype(3000), bytes.size() / 2,
                                bytes.size() - 2, bytes.size() - 1}) {
        QVERIFY2(scanJpegEnd(bytes.first(cut)) == JpegEnd::Truncated,
                 qPrintable(QStringLiteral("cut at %1").arg(cut)));
    }
}

void TestJpegScan::trailingDataAfterEoiIsIgnored()
{
    QByteArray bytes = sample();
    bytes += QByteArray(4096, '\x42');
    QCOMPARE(scanJpegEnd(bytes), JpegEnd::Complete);
}

void TestJpegScan::stuffedBytesAndRestartMarkersAreNotMarkers()
{
    // SOI, SOS with a 2-byte header, scan data with FF00 and RST3, then EOI.
    const QByteArray complete = QByteArray::fromHex("ffd8"
                                                    "ffda0002"
                                                    "12ff0034ffd356ff"
                                                    "ffd9");
    QCOMPARE(scanJpegEnd(complete), JpegEnd::Complete);
    const QByteArray cut = QByteArray::fromHex("ffd8"
                                               "ffda0002"
                                               "12ff0034ffd356");
    QCOMPARE(scanJpegEnd(cut), JpegEnd::Truncated);
}

void TestJpegScan::notJpeg()
{
    QCOMPARE(scanJpegEnd(QByteArray("GIF89a")), JpegEnd::NotJpeg);
    QCOMPARE(scanJpegEnd(QByteArray()), JpegEnd::NotJpeg);
}

void TestJpegScan::impossibleSegmentLength()
{
    QCOMPARE(scanJpegEnd(QByteArray::fromHex("ffd8ffe00001ffd9")), JpegEnd::Damaged);
}

QTEST_GUILESS_MAIN(TestJpegScan)
#include "tst_jpegscan.moc"
