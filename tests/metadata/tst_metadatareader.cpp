// SPDX-License-Identifier: MIT
#include "metadata/metadatareader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <atomic>
#include <thread>
#include <vector>

using namespace provena;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name);
}

QString sampleCrane()
{
    return QStringLiteral(PROVENA_SOURCE_DIR "/resources/samples/ncna-harbour-crane.jpg");
}

const QString kCaption = QStringLiteral(
    "Premier Tal Orsen, center, and harbour director Vera Lind, left, inspect a new container "
    "crane at the Port of Elvhaven in this picture released by the Northern Coast News Agency "
    "(NCNA) on Aug. 13.");
const QString kDigitalCapture
    = QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture");

/**
 * A sidecar as exiftool writes one: note the "Iptc4xmpExt" prefix, which Exiv2 itself spells
 * "iptcExt". It is a fixture, so it is written as literal text rather than with Exiv2.
 */
const char kSidecar[] = R"(<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x='adobe:ns:meta/'>
<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>
 <rdf:Description rdf:about=''
  xmlns:Iptc4xmpExt='http://iptc.org/std/Iptc4xmpExt/2008-02-29/'
  xmlns:dc='http://purl.org/dc/elements/1.1/'
  xmlns:photoshop='http://ns.adobe.com/photoshop/1.0/'>
  <Iptc4xmpExt:DigitalSourceType>http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic</Iptc4xmpExt:DigitalSourceType>
  <dc:creator>
   <rdf:Seq>
    <rdf:li>Analyst One</rdf:li>
    <rdf:li>Analyst Two</rdf:li>
   </rdf:Seq>
  </dc:creator>
  <photoshop:Credit>Provena Verification Desk</photoshop:Credit>
 </rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>
)";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool copySample(const QTemporaryDir &dir, QString *copy)
{
    *copy = dir.filePath(QStringLiteral("photo.jpg"));
    return QFile::copy(sampleCrane(), *copy);
}

const MetadataField *findField(const ImageMetadata &metadata, const QString &key,
                               MetadataOrigin origin)
{
    for (const MetadataField &field : metadata.fields) {
        if (field.key == key && field.origin == origin)
            return &field;
    }
    return nullptr;
}

} // namespace

class TestMetadataReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsTheSampleImage();
    void listsEveryEntryInFileOrder();
    void prefersXmpThenIptcThenExif();
    void sidecarWinsAndIsRecorded();
    void sidecarPathConvention();
    void invalidSidecarIsAnError();
    void emptySidecarIsFineButHtmlIsNot();
    void textFileIsAnError();
    void damagedJpegGivesWarnings();
    void missingFileIsAnError();
    void readsConcurrently();
};

void TestMetadataReader::initTestCase()
{
    MetadataReader::initialise();
    MetadataReader::initialise(); // a second call must be harmless:
    // XMP (which needs the toolkit initialised once, with its lock) still parses, embedded and
    // from a sidecar.
    const Result<ImageMetadata> embedded = MetadataReader::read(sampleCrane());
    QVERIFY2(embedded, qPrintable(embedded.error().toString()));
    QCOMPARE(embedded->creators.origin, MetadataOrigin::Xmp);
    QCOMPARE(embedded->creators.values, QStringList {QStringLiteral("Ansel Korvik")});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString photo;
    QVERIFY(copySample(dir, &photo));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("photo.jpg.xmp")), QByteArray(kSidecar)));
    const Result<ImageMetadata> withSidecar = MetadataReader::read(photo);
    QVERIFY2(withSidecar, qPrintable(withSidecar.error().toString()));
    QCOMPARE(withSidecar->credit.text(), QStringLiteral("Provena Verification Desk"));
}

void TestMetadataReader::readsTheSampleImage()
{
    const Result<ImageMetadata> result = MetadataReader::read(sampleCrane());
    QVERIFY2(result, qPrintable(result.error().toString()));
    const ImageMetadata &m = result.value();

    QCOMPARE(m.creators.values, QStringList {QStringLiteral("Ansel Korvik")});
    QCOMPARE(m.creators.origin, MetadataOrigin::Xmp);
    QCOMPARE(m.creators.key, QStringLiteral("Xmp.dc.creator"));
    QCOMPARE(m.credit.text(), QStringLiteral("NCNA"));
    QCOMPARE(m.credit.key, QStringLiteral("Xmp.photoshop.Credit"));
    QCOMPARE(m.source.text(), QStringLiteral("Northern Coast News Agency"));
    QCOMPARE(m.caption.text(), kCaption);
    QCOMPARE(m.caption.origin, MetadataOrigin::Xmp);
    QCOMPARE(m.headline.text(), QStringLiteral("Premier inspects rebuilt harbour crane"));
    QCOMPARE(m.rights.text(), QStringLiteral("© 2025 Northern Coast News Agency"));
    QCOMPARE(m.dateCreated.text(), QStringLiteral("2025-08-13T10:42:00"));
    QCOMPARE(m.dateCreated.origin, MetadataOrigin::Xmp);
    QCOMPARE(m.dateCreatedValue(), QDateTime(QDate(2025, 8, 13), QTime(10, 42)));
    QCOMPARE(m.digitalSourceType.text(), kDigitalCapture);
    QCOMPARE(m.city.text(), QStringLiteral("Elvhaven"));
    QCOMPARE(m.country.text(), QStringLiteral("Northern Coast"));

    // Only EXIF has these in the sample, so they come from there.
    QCOMPARE(m.cameraMake.text(), QStringLiteral("Kestrel Optics"));
    QCOMPARE(m.cameraMake.origin, MetadataOrigin::Exif);
    QCOMPARE(m.cameraModel.text(), QStringLiteral("KX-7"));
    QCOMPARE(m.software.text(), QStringLiteral("Provena sample generator 1.0"));
    QCOMPARE(m.software.key, QStringLiteral("Exif.Image.Software"));
    QCOMPARE(m.orientationValue(), 1);

    QVERIFY(m.sidecarPath.isEmpty());
    QCOMPARE(m.imagePath, sampleCrane());
}

void TestMetadataReader::listsEveryEntryInFileOrder()
{
    const Result<ImageMetadata> result = MetadataReader::read(sampleCrane());
    QVERIFY(result);
    const QList<MetadataField> &fields = result->fields;
    QVERIFY(fields.size() >= 40); // 18 EXIF + 12 IPTC + 10 XMP in the sample

    const MetadataField *make
        = findField(result.value(), QStringLiteral("Exif.Image.Make"), MetadataOrigin::Exif);
    QVERIFY(make);
    QCOMPARE(make->group, QStringLiteral("Exif"));
    QCOMPARE(make->value, QStringLiteral("Kestrel Optics"));
    QCOMPARE(make->typeName, QStringLiteral("Ascii"));

    // EXIF values are shown interpreted, as `exiv2 -pa` does.
    const MetadataField *orientation
        = findField(result.value(), QStringLiteral("Exif.Image.Orientation"), MetadataOrigin::Exif);
    QVERIFY(orientation);
    QCOMPARE(orientation->value, QStringLiteral("top, left"));

    const MetadataField *credit = findField(
        result.value(), QStringLiteral("Iptc.Application2.Credit"), MetadataOrigin::Iptc);
    QVERIFY(credit);
    QCOMPARE(credit->group, QStringLiteral("Iptc"));
    QCOMPARE(credit->value, QStringLiteral("NCNA"));

    const MetadataField *rights
        = findField(result.value(), QStringLiteral("Xmp.dc.rights"), MetadataOrigin::Xmp);
    QVERIFY(rights);
    QCOMPARE(rights->value, QStringLiteral("© 2025 Northern Coast News Agency"));
    QCOMPARE(rights->typeName, QStringLiteral("LangAlt"));

    // Groups come in the order EXIF, IPTC, XMP and are never interleaved.
    QStringList groups;
    for (const MetadataField &field : fields) {
        if (groups.isEmpty() || groups.last() != field.group)
            groups << field.group;
    }
    QCOMPARE(groups,
             (QStringList {QStringLiteral("Exif"), QStringLiteral("Iptc"), QStringLiteral("Xmp")}));
}

void TestMetadataReader::prefersXmpThenIptcThenExif()
{
    const Result<ImageMetadata> result = MetadataReader::read(fixture("conflicts.jpg"));
    QVERIFY2(result, qPrintable(result.error().toString()));
    const ImageMetadata &m = result.value();

    // In all three: XMP wins.
    QCOMPARE(m.creators.values, QStringList {QStringLiteral("Xmp Creator")});
    QCOMPARE(m.creators.origin, MetadataOrigin::Xmp);
    QCOMPARE(m.cameraMake.text(), QStringLiteral("Xmp Make"));
    // IPTC and XMP: XMP wins.
    QCOMPARE(m.headline.text(), QStringLiteral("Xmp headline"));
    // IPTC and EXIF: IPTC wins; date and time are joined; Latin-1 IIM is decoded as such.
    QCOMPARE(m.dateCreated.text(), QStringLiteral("2024-05-01T12:34:56+02:00"));
    QCOMPARE(m.dateCreated.origin, MetadataOrigin::Iptc);
    QCOMPARE(m.dateCreatedValue(),
             QDateTime(QDate(2024, 5, 1), QTime(12, 34, 56), QTimeZone(7200)));
    QCOMPARE(m.credit.text(), QStringLiteral("Iptc Crédit"));
    // EXIF only: EXIF.
    QCOMPARE(m.caption.text(), QStringLiteral("Exif description"));
    QCOMPARE(m.caption.origin, MetadataOrigin::Exif);
    QCOMPARE(m.rights.key, QStringLiteral("Exif.Image.Copyright"));
    // Nowhere.
    QVERIFY(m.digitalSourceType.isEmpty());
    QCOMPARE(m.digitalSourceType.origin, MetadataOrigin::None);
    QCOMPARE(m.orientationValue(), 0);

    // The losing values are still listed, including both repeated IPTC By-lines.
    int bylines = 0;
    for (const MetadataField &field : m.fields)
        bylines += field.key == QLatin1String("Iptc.Application2.Byline");
    QCOMPARE(bylines, 2);
}

void TestMetadataReader::sidecarWinsAndIsRecorded()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString photo;
    QVERIFY(copySample(dir, &photo));
    const QString sidecar = dir.filePath(QStringLiteral("photo.jpg.xmp"));
    QVERIFY(writeFile(sidecar, QByteArray(kSidecar)));

    const Result<ImageMetadata> result = MetadataReader::read(photo);
    QVERIFY2(result, qPrintable(result.error().toString()));
    const ImageMetadata &m = result.value();

    QCOMPARE(m.sidecarPath, sidecar);
    QCOMPARE(m.credit.text(), QStringLiteral("Provena Verification Desk"));
    QCOMPARE(m.credit.origin, MetadataOrigin::XmpSidecar);
    QCOMPARE(m.creators.values,
             (QStringList {QStringLiteral("Analyst One"), QStringLiteral("Analyst Two")}));
    QCOMPARE(m.creators.origin, MetadataOrigin::XmpSidecar);
    QCOMPARE(m.digitalSourceType.text(),
             QStringLiteral("http://cv.iptc.org/newscodes/digitalsourcetype/compositeSynthetic"));
    QCOMPARE(m.digitalSourceType.key, QStringLiteral("Xmp.iptcExt.DigitalSourceType"));
    QCOMPARE(m.digitalSourceType.origin, MetadataOrigin::XmpSidecar);
    // Not in the sidecar: still the image's own.
    QCOMPARE(m.caption.text(), kCaption);
    QCOMPARE(m.caption.origin, MetadataOrigin::Xmp);

    // Both credits are listed, each with its origin.
    const MetadataField *embedded
        = findField(m, QStringLiteral("Xmp.photoshop.Credit"), MetadataOrigin::Xmp);
    const MetadataField *fromSidecar
        = findField(m, QStringLiteral("Xmp.photoshop.Credit"), MetadataOrigin::XmpSidecar);
    QVERIFY(embedded && fromSidecar);
    QCOMPARE(embedded->value, QStringLiteral("NCNA"));
    QCOMPARE(fromSidecar->value, QStringLiteral("Provena Verification Desk"));
    QCOMPARE(fromSidecar->group, QStringLiteral("Xmp"));
}

void TestMetadataReader::sidecarPathConvention()
{
    QCOMPARE(MetadataReader::sidecarPathFor(QStringLiteral("/a/photo.jpg")),
             QStringLiteral("/a/photo.jpg.xmp"));
}

void TestMetadataReader::invalidSidecarIsAnError()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString photo;
    QVERIFY(copySample(dir, &photo));
    const QString sidecar = dir.filePath(QStringLiteral("photo.jpg.xmp"));
    QVERIFY(writeFile(sidecar, QByteArray("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF broken")));

    const Result<ImageMetadata> result = MetadataReader::read(photo);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("“photo.jpg.xmp”")),
             qPrintable(result.error().message));
    QCOMPARE(result.error().path, sidecar);
    QVERIFY(!result.error().detail.isEmpty());
}

void TestMetadataReader::emptySidecarIsFineButHtmlIsNot()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString photo;
    QVERIFY(copySample(dir, &photo));
    const QString sidecar = dir.filePath(QStringLiteral("photo.jpg.xmp"));

    // A packet without properties: nothing to merge, but nothing wrong either.
    QVERIFY(writeFile(sidecar,
                      QByteArray("<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                                 "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'"
                                 "/></x:xmpmeta>")));
    const Result<ImageMetadata> empty = MetadataReader::read(photo);
    QVERIFY2(empty, qPrintable(empty.error().toString()));
    QCOMPARE(empty->sidecarPath, sidecar);
    QCOMPARE(empty->credit.text(), QStringLiteral("NCNA"));
    QCOMPARE(empty->credit.origin, MetadataOrigin::Xmp);

    // Well-formed XML that is not XMP (a web page saved under the sidecar's name).
    QVERIFY(writeFile(sidecar, QByteArray("<html><body>Not found</body></html>")));
    const Result<ImageMetadata> html = MetadataReader::read(photo);
    QVERIFY(!html);
    QCOMPARE(html.error().path, sidecar);
}

void TestMetadataReader::textFileIsAnError()
{
    const QString path = fixture("not-an-image.jpg");
    const Result<ImageMetadata> result = MetadataReader::read(path);
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(QStringLiteral("“not-an-image.jpg”")),
             qPrintable(result.error().message));
    QCOMPARE(result.error().path, path);
    // Exiv2's own words go into the detail.
    QVERIFY2(result.error().detail.contains(QStringLiteral("unknown image type")),
             qPrintable(result.error().detail));
}

void TestMetadataReader::damagedJpegGivesWarnings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("damaged.jpg"));
    // SOI, then an APP1 (EXIF) segment that claims 16 KB but the file ends after a few bytes.
    QVERIFY(writeFile(path, QByteArray::fromHex("ffd8ffe14000457869660000") + QByteArray(8, 'x')));

    // A JPEG with damaged metadata is still a JPEG: what came before the damage (nothing here)
    // and a warning with Exiv2's words, not an error.
    const Result<ImageMetadata> result = MetadataReader::read(path);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().toString()));
    QVERIFY(result->fields.isEmpty());
    QVERIFY(!result->evidence.warnings.isEmpty());
    QVERIFY2(result->evidence.warnings.first().contains(QStringLiteral("damaged")),
             qPrintable(result->evidence.warnings.first()));
}

void TestMetadataReader::missingFileIsAnError()
{
    const Result<ImageMetadata> result = MetadataReader::read(fixture("missing.jpg"));
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("“missing.jpg”")));
}

void TestMetadataReader::readsConcurrently()
{
    // The XMP toolkit inside Exiv2 is not thread-safe; initialise() installs its lock. Several
    // threads parsing embedded XMP and a sidecar at once must all get the same answer.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString photo;
    QVERIFY(copySample(dir, &photo));
    QVERIFY(writeFile(dir.filePath(QStringLiteral("photo.jpg.xmp")), QByteArray(kSidecar)));

    std::atomic<int> good = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 25; ++i) {
                const Result<ImageMetadata> result = MetadataReader::read(photo);
                if (result && result->credit.text() == QLatin1String("Provena Verification Desk")
                    && result->caption.text() == kCaption)
                    ++good;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(good.load(), 100);
}

QTEST_GUILESS_MAIN(TestMetadataReader)
#include "tst_metadatareader.moc"
