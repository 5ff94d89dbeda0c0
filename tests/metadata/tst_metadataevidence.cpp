// SPDX-License-Identifier: MIT
// MetadataReader's provenance evidence: every field of the generated provenance image with its
// raw key and origin, the order of the items, the flags (C2PA, stripped, editing software), and
// hostile metadata that gives warnings and what could be read instead of a crash or a hang.
#include "metadata/editingsoftware_p.h"
#include "metadata/metadatareader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QTest>
#include <QtEndian>

using namespace provena;
using namespace Qt::Literals::StringLiterals;
using Field = MetadataEvidence::Field;
using Kind = MetadataEvidence::Flag::Kind;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(PROVENA_TEST_DATA "/images/") + QLatin1String(name);
}

QByteArray readFixture(const char *name)
{
    QFile file(fixture(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray be16(int value)
{
    QByteArray out(2, '\0');
    qToBigEndian<quint16>(quint16(value), out.data());
    return out;
}

QByteArray be32(quint32 value)
{
    QByteArray out(4, '\0');
    qToBigEndian<quint32>(value, out.data());
    return out;
}

/** One JPEG marker segment: FF marker, length (payload + 2), payload. */
QByteArray segment(int marker, const QByteArray &payload)
{
    return QByteArray("\xff") + char(marker) + be16(int(payload.size()) + 2) + payload;
}

/** A small real JPEG with `segments` inserted right after its SOI. */
QByteArray jpegWith(const QByteArray &segments)
{
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(QColor(90, 140, 200));
    QByteArray body;
    QBuffer buffer(&body);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG");
    return body.left(2) + segments + body.mid(2);
}

/** A big-endian TIFF header whose IFD0 is at byte 8, with `ifd` following it. */
QByteArray exifPayload(const QByteArray &ifd)
{
    return QByteArray("Exif\0\0", 6) + QByteArray("MM\0*", 4) + be32(8) + ifd;
}

/** One IFD entry: tag, type, count, value or offset. */
QByteArray ifdEntry(int tag, int type, quint32 count, const QByteArray &valueOrOffset)
{
    return be16(tag) + be16(type) + be32(count) + valueOrOffset.leftJustified(4, '\0', true);
}

QByteArray xmpPayload(const QByteArray &packet)
{
    return QByteArray("http://ns.adobe.com/xap/1.0/\0", 29) + packet;
}

QByteArray xmpPacket(const QByteArray &properties, const QByteArray &namespaces = {})
{
    return "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
           "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description "
           "rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/' "
           "xmlns:xmpMM='http://ns.adobe.com/xap/1.0/mm/' "
           "xmlns:stEvt='http://ns.adobe.com/xap/1.0/sType/ResourceEvent#' "
           "xmlns:exif='http://ns.adobe.com/exif/1.0/' "
        + namespaces + ">" + properties + "</rdf:Description></rdf:RDF></x:xmpmeta>";
}

QStringList valuesOf(const MetadataEvidence &evidence, Field field)
{
    QStringList out;
    for (const MetadataEvidence::Item &item : evidence.itemsOf(field))
        out.append(item.value);
    return out;
}

bool hasItem(const MetadataEvidence &evidence, Field field, const char *key, const QString &value,
             const char *origin)
{
    return evidence.items.contains(
        MetadataEvidence::Item {field, QLatin1String(key), value, QLatin1String(origin)});
}

QString dump(const MetadataEvidence &evidence)
{
    QStringList lines;
    for (const MetadataEvidence::Item &item : evidence.items)
        lines.append(MetadataEvidence::fieldName(item.field) + u' ' + item.key
                     + QLatin1String(" = ") + item.value + QLatin1String(" [") + item.origin
                     + u']');
    lines += evidence.warnings;
    return lines.join(u'\n');
}

} // namespace

class TestMetadataEvidence : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { MetadataReader::initialise(); }
    void everyFieldOfTheProvenanceImage();
    void itemsAreOrderedByFieldThenAuthority();
    void flagsOfTheProvenanceImage();
    void thumbnailBytesAreExposed();
    void strippedImageIsFlagged();
    void c2paManifestInJpegAndPng();
    void sidecarGpsIsConvertedAndSigned();
    void editorList_data();
    void editorList();
    void truncatedExifGivesWarningNotError();
    void truncatedXmpKeepsTheExif();
    void loopingIfdsEndQuickly();
    void giantCountIsSkippedWithWarning();
    void tenMegabyteXmpStringIsCut();
    void hugeHistoryIsBounded();
};

void TestMetadataEvidence::everyFieldOfTheProvenanceImage()
{
    const Result<ImageMetadata> read = MetadataReader::read(fixture("provenance.jpg"));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    const MetadataEvidence &e = read->evidence;
    const QString agency = QStringLiteral("© 2025 Example Photo Agency");
    const QString credit = QStringLiteral("KCNA via Example Photo Agency");
    const QString source = QStringLiteral("Korean Central News Agency");
    const QString photoshop = QStringLiteral("Adobe Photoshop 25.0 (Windows)");
    QVERIFY2(hasItem(e, Field::Creator, "Xmp.dc.creator", u"Kim Min-jun"_s, "xmp"),
             qPrintable(dump(e)));
    QVERIFY(hasItem(e, Field::Creator, "Iptc.Application2.Byline", u"Kim Min-jun"_s, "iptc"));
    QVERIFY(hasItem(e, Field::Creator, "Exif.Image.Artist", u"Kim Min-jun"_s, "exif"));
    QVERIFY(hasItem(e, Field::Credit, "Xmp.photoshop.Credit", credit, "xmp"));
    QVERIFY(hasItem(e, Field::Credit, "Iptc.Application2.Credit", credit, "iptc"));
    QVERIFY(hasItem(e, Field::Source, "Xmp.photoshop.Source", source, "xmp"));
    QVERIFY(hasItem(e, Field::Source, "Iptc.Application2.Source", source, "iptc"));
    QVERIFY(hasItem(e, Field::Caption, "Exif.Image.ImageDescription",
                    u"A crane at the harbour, Nampo"_s, "exif"));
    QVERIFY(hasItem(e, Field::Rights, "Xmp.dc.rights", agency, "xmp"));
    QVERIFY(hasItem(e, Field::Rights, "Iptc.Application2.Copyright", agency, "iptc"));
    QVERIFY(hasItem(e, Field::Rights, "Exif.Image.Copyright", agency, "exif"));
    QVERIFY(hasItem(e, Field::UsageTerms, "Xmp.xmpRights.UsageTerms",
                    u"Editorial use only. No sales."_s, "xmp"));
    QVERIFY(hasItem(e, Field::DateTimeOriginal, "Exif.Photo.DateTimeOriginal",
                    u"2025:08:13 10:42:00"_s, "exif"));
    QVERIFY(
        hasItem(e, Field::CreateDate, "Xmp.xmp.CreateDate", u"2025-08-13T10:42:00+09:00"_s, "xmp"));
    QVERIFY(hasItem(e, Field::CreateDate, "Exif.Photo.DateTimeDigitized", u"2025:08:13 10:42:00"_s,
                    "exif"));
    QVERIFY(
        hasItem(e, Field::ModifyDate, "Xmp.xmp.ModifyDate", u"2025-08-14T09:15:30+09:00"_s, "xmp"));
    QVERIFY(hasItem(e, Field::ModifyDate, "Exif.Image.DateTime", u"2025:08:14 09:15:30"_s, "exif"));
    QVERIFY(hasItem(e, Field::IptcDateCreated, "Iptc.Application2.DateCreated",
                    u"2025-08-13T10:42:00+09:00"_s, "iptc"));
    QCOMPARE(
        valuesOf(e, Field::HistoryEvent),
        QStringList({u"created 2025-08-13T10:42:00+09:00 Kestrel K-9 Firmware 1.02"_s,
                     u"saved 2025-08-14T09:15:30+09:00 Adobe Photoshop 25.0 (Windows) (/)"_s}));
    QCOMPARE(e.itemsOf(Field::HistoryEvent).at(1).key, u"Xmp.xmpMM.History[2]/stEvt:action"_s);
    QVERIFY(hasItem(e, Field::CameraMake, "Exif.Image.Make", u"Kestrel"_s, "exif"));
    QVERIFY(hasItem(e, Field::CameraModel, "Exif.Image.Model", u"K-9 Mark II"_s, "exif"));
    QVERIFY(hasItem(e, Field::CameraSerial, "Exif.Photo.BodySerialNumber", u"KS0012345"_s, "exif"));
    QVERIFY(
        hasItem(e, Field::LensModel, "Exif.Photo.LensModel", u"Kestrel 24-70mm F2.8"_s, "exif"));
    QVERIFY(hasItem(e, Field::Software, "Xmp.xmp.CreatorTool", photoshop, "xmp"));
    QVERIFY(hasItem(e, Field::Software, "Exif.Image.Software", photoshop, "exif"));
    QVERIFY(hasItem(e, Field::DocumentId, "Xmp.xmpMM.DocumentID",
                    u"xmp.did:5c1f0a3e-8d2b-4e7a-9f10-2a4b6c8d0e12"_s, "xmp"));
    QVERIFY(hasItem(e, Field::InstanceId, "Xmp.xmpMM.InstanceID",
                    u"xmp.iid:7e3a9b21-4c5d-4f6e-8a9b-0c1d2e3f4a5b"_s, "xmp"));
    QVERIFY(hasItem(e, Field::OriginalDocumentId, "Xmp.xmpMM.OriginalDocumentID",
                    u"xmp.did:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s, "xmp"));
    QVERIFY(hasItem(e, Field::DerivedFrom, "Xmp.xmpMM.DerivedFrom/stRef:documentID",
                    u"xmp.did:0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s, "xmp"));
    QVERIFY(hasItem(e, Field::DerivedFrom, "Xmp.xmpMM.DerivedFrom/stRef:instanceID",
                    u"xmp.iid:11111111-2222-4333-8444-555555555555"_s, "xmp"));
    // 38° 44′ 15″ N, 125° 24′ 28.08″ E, 12.5 m above sea level.
    QVERIFY(hasItem(e, Field::GpsLatitude, "Exif.GPSInfo.GPSLatitude", u"38.7375"_s, "exif"));
    QVERIFY(hasItem(e, Field::GpsLongitude, "Exif.GPSInfo.GPSLongitude", u"125.4078"_s, "exif"));
    QVERIFY(hasItem(e, Field::GpsAltitude, "Exif.GPSInfo.GPSAltitude", u"12.5"_s, "exif"));
    QVERIFY(hasItem(e, Field::DigitalSourceType, "Xmp.iptcExt.DigitalSourceType",
                    u"http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"_s, "xmp"));
    QVERIFY(hasItem(e, Field::City, "Iptc.Application2.City", u"Nampo"_s, "iptc"));
    QVERIFY(hasItem(e, Field::Country, "Iptc.Application2.CountryName", u"North Korea"_s, "iptc"));
    QVERIFY(hasItem(e, Field::LocationShown, "Xmp.iptcExt.LocationShown[1]",
                    u"West Sea Barrage, Nampo, North Korea"_s, "xmp"));
    QVERIFY2(e.warnings.isEmpty(), qPrintable(e.warnings.join(u'\n')));
    // Every field of the model is found in this image, except the headline it does not have.
    for (int f = 0; f <= int(Field::LocationShown); ++f) {
        if (Field(f) != Field::Headline)
            QVERIFY2(!e.itemsOf(Field(f)).isEmpty(),
                     qPrintable(MetadataEvidence::fieldName(Field(f))));
    }
}

void TestMetadataEvidence::itemsAreOrderedByFieldThenAuthority()
{
    const Result<ImageMetadata> read = MetadataReader::read(fixture("provenance.jpg"));
    QVERIFY(read);
    const QList<MetadataEvidence::Item> &items = read->evidence.items;
    const auto rank = [](const QString &origin) {
        return QStringList({u"xmp-sidecar"_s, u"xmp"_s, u"iptc"_s, u"exif"_s}).indexOf(origin);
    };
    for (qsizetype i = 1; i < items.size(); ++i) {
        QVERIFY(int(items.at(i - 1).field) <= int(items.at(i).field));
        if (items.at(i - 1).field == items.at(i).field)
            QVERIFY2(rank(items.at(i - 1).origin) <= rank(items.at(i).origin),
                     qPrintable(items.at(i).key));
        QVERIFY(rank(items.at(i).origin) >= 0);
    }
    QCOMPARE(read->evidence.itemsOf(Field::Creator).first().origin, u"xmp"_s);
    QCOMPARE(read->evidence.itemsOf(Field::Creator).last().origin, u"exif"_s);
}

void TestMetadataEvidence::flagsOfTheProvenanceImage()
{
    const Result<ImageMetadata> read = MetadataReader::read(fixture("provenance.jpg"));
    QVERIFY(read);
    const MetadataEvidence &e = read->evidence;
    QVERIFY(!e.hasFlag(Kind::MetadataStripped));
    QVERIFY(!e.hasFlag(Kind::C2paManifest));
    QVERIFY(!e.hasFlag(Kind::ThumbnailMismatch)); // needs pixels: ImageEvidence's
    // Photoshop is named three times (CreatorTool, Software, history); one flag per editor.
    QCOMPARE(e.flags.size(), 1);
    QCOMPARE(e.flags.first().kind, Kind::EditingSoftware);
    QCOMPARE(e.flags.first().key, u"Xmp.xmp.CreatorTool"_s);
    QVERIFY(e.flags.first().detail.contains(u"Adobe Photoshop"_s));
}

void TestMetadataEvidence::thumbnailBytesAreExposed()
{
    const Result<ImageMetadata> read = MetadataReader::read(fixture("provenance.jpg"));
    QVERIFY(read);
    QCOMPARE(read->exifThumbnailMimeType, u"image/jpeg"_s);
    QVERIFY(read->exifThumbnail.startsWith("\xff\xd8"));
    const QImage thumbnail = QImage::fromData(read->exifThumbnail);
    QCOMPARE(thumbnail.size(), QSize(160, 107));

    const Result<ImageMetadata> plain = MetadataReader::read(fixture("plain.png"));
    QVERIFY(plain);
    QVERIFY(plain->exifThumbnail.isEmpty());
    QVERIFY(plain->exifThumbnailMimeType.isEmpty());
}

void TestMetadataEvidence::strippedImageIsFlagged()
{
    const Result<ImageMetadata> read = MetadataReader::read(fixture("plain.png"));
    QVERIFY(read);
    QVERIFY(read->evidence.items.isEmpty());
    QVERIFY(read->evidence.hasFlag(Kind::MetadataStripped));
    QVERIFY(read->evidence.flags.first().detail.contains(u"no EXIF"_s));
}

void TestMetadataEvidence::c2paManifestInJpegAndPng()
{
    // An APP11 JUMBF box as C2PA writes it: "JP", instance, sequence, then the "jumb" superbox
    // whose "jumd" description carries the c2pa type UUID and the label "c2pa".
    const QByteArray jumd = be32(8 + 16 + 1 + 5) + "jumd" + QByteArray("c2pa")
        + QByteArray::fromHex("0011001080000"
                              "0aa00389b71")
        + char(3) + QByteArray("c2pa\0", 5);
    const QByteArray jumb = be32(8 + quint32(jumd.size())) + "jumb" + jumd;
    const QByteArray app11 = segment(0xeb, QByteArray("JP") + be16(1) + be32(1) + jumb);
    const Result<ImageMetadata> jpeg = MetadataReader::readBytes(jpegWith(app11), u"c2pa.jpg"_s);
    QVERIFY2(jpeg, qPrintable(jpeg ? QString() : jpeg.error().toString()));
    QVERIFY(jpeg->evidence.hasFlag(Kind::C2paManifest));
    QCOMPARE(jpeg->evidence.flags.first().kind, Kind::C2paManifest);
    QVERIFY(jpeg->evidence.flags.first().detail.contains(u"APP11"_s));

    // Another JUMBF box (not labelled c2pa) is no manifest.
    QByteArray other = app11;
    other.replace("c2pa", "abcd");
    const Result<ImageMetadata> notC2pa = MetadataReader::readBytes(jpegWith(other), u"x.jpg"_s);
    QVERIFY(notC2pa);
    QVERIFY(!notC2pa->evidence.hasFlag(Kind::C2paManifest));

    // PNG: a caBX chunk after IHDR.
    QByteArray png = readFixture("plain.png");
    QVERIFY(png.size() > 33);
    png.insert(33, be32(4) + "caBX" + "jumb" + be32(0));
    const Result<ImageMetadata> pngRead = MetadataReader::readBytes(png, u"c2pa.png"_s);
    QVERIFY2(pngRead, qPrintable(pngRead ? QString() : pngRead.error().toString()));
    QVERIFY(pngRead->evidence.hasFlag(Kind::C2paManifest));
    QVERIFY(pngRead->evidence.flags.first().detail.contains(u"caBX"_s));
}

void TestMetadataEvidence::sidecarGpsIsConvertedAndSigned()
{
    // XMP writes GPS as "DDD,MM.mmk"; Exiv2 converts it, the reference letter gives the sign.
    const QByteArray sidecar
        = xmpPacket("<exif:GPSLatitude>33,51.0S</exif:GPSLatitude>"
                    "<exif:GPSLongitude>151,12.6W</exif:GPSLongitude>"
                    "<dc:creator><rdf:Seq><rdf:li>Sidecar Person</rdf:li></rdf:Seq></dc:creator>");
    const Result<ImageMetadata> read = MetadataReader::readBytes(
        readFixture("provenance.jpg"), u"photo.jpg"_s, std::optional<QByteArray>(sidecar));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    const MetadataEvidence &e = read->evidence;
    QVERIFY2(hasItem(e, Field::GpsLatitude, "Xmp.exif.GPSLatitude", u"-33.85"_s, "xmp-sidecar"),
             qPrintable(dump(e)));
    QVERIFY(hasItem(e, Field::GpsLongitude, "Xmp.exif.GPSLongitude", u"-151.21"_s, "xmp-sidecar"));
    // The sidecar's value comes first, the embedded EXIF one still follows.
    QCOMPARE(e.itemsOf(Field::GpsLatitude).first().origin, u"xmp-sidecar"_s);
    QCOMPARE(e.itemsOf(Field::GpsLatitude).last().value, u"38.7375"_s);
    QCOMPARE(e.itemsOf(Field::Creator).first().value, u"Sidecar Person"_s);
}

void TestMetadataEvidence::editorList_data()
{
    QTest::addColumn<QString>("software");
    QTest::addColumn<QString>("editor");
    QTest::newRow("photoshop") << u"Adobe Photoshop CC 2019 (Macintosh)"_s << u"Adobe Photoshop"_s;
    QTest::newRow("lightroom") << u"Adobe Lightroom Classic 13.0"_s << u"Adobe Lightroom"_s;
    QTest::newRow("gimp") << u"GIMP 2.10.34"_s << u"GIMP"_s;
    QTest::newRow("paint.net") << u"Paint.NET v3.5.10"_s << u"Paint.NET"_s;
    QTest::newRow("capture one") << u"Capture One 23 Macintosh"_s << u"Capture One"_s;
    QTest::newRow("darktable") << u"darktable 4.6.0"_s << u"darktable"_s;
    QTest::newRow("snapseed") << u"Snapseed 2.0"_s << u"Snapseed"_s;
    QTest::newRow("firmware") << u"Kestrel K-9 Firmware 1.02"_s << QString();
    QTest::newRow("camera") << u"Ver.1.00"_s << QString();
    QTest::newRow("gimpy word") << u"Gimpel Imaging"_s << QString();
}

void TestMetadataEvidence::editorList()
{
    QFETCH(QString, software);
    QFETCH(QString, editor);
    QCOMPARE(detail::editorNamedIn(software), editor);
}

void TestMetadataEvidence::truncatedExifGivesWarningNotError()
{
    // SOI, then an APP1 (EXIF) segment that claims 16 KB but the file ends after a few bytes.
    const QByteArray bytes = QByteArray::fromHex("ffd8ffe14000457869660000") + QByteArray(8, 'x');
    const Result<ImageMetadata> read = MetadataReader::readBytes(bytes, u"damaged.jpg"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QVERIFY(read->fields.isEmpty());
    QVERIFY(!read->evidence.warnings.isEmpty());
    QVERIFY2(read->evidence.warnings.first().contains(u"damaged"_s),
             qPrintable(read->evidence.warnings.join(u'\n')));
}

void TestMetadataEvidence::truncatedXmpKeepsTheExif()
{
    const QByteArray ifd = be16(1) + ifdEntry(0x010f, 2, 4, "Abc") + be32(0);
    const QByteArray exif = segment(0xe1, exifPayload(ifd));
    // An XMP segment whose length runs past the end of the file.
    const QByteArray xmp = xmpPayload(xmpPacket("<dc:title>t</dc:title>"));
    QByteArray bytes
        = QByteArray("\xff\xd8", 2) + exif + QByteArray("\xff\xe1") + be16(0x4000) + xmp.left(40);
    const Result<ImageMetadata> read = MetadataReader::readBytes(bytes, u"cut.jpg"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QVERIFY2(hasItem(read->evidence, Field::CameraMake, "Exif.Image.Make", u"Abc"_s, "exif"),
             qPrintable(dump(read->evidence)));
    QVERIFY(!read->evidence.warnings.isEmpty());
    QVERIFY(!read->evidence.hasFlag(Kind::MetadataStripped));
}

void TestMetadataEvidence::loopingIfdsEndQuickly()
{
    // IFD0 at 8: Make, an Exif IFD pointer back to IFD0 itself, and a next-IFD pointer to itself.
    const QByteArray ifd
        = be16(2) + ifdEntry(0x010f, 2, 4, "Abc") + ifdEntry(0x8769, 4, 1, be32(8)) + be32(8);
    const Result<ImageMetadata> read
        = MetadataReader::readBytes(jpegWith(segment(0xe1, exifPayload(ifd))), u"loop.jpg"_s);
    // Whatever Exiv2 makes of it, it is a value (with what it could read) or an Error, quickly.
    if (read) {
        QVERIFY2(!read->evidence.warnings.isEmpty(), qPrintable(dump(read->evidence)));
        QVERIFY(valuesOf(read->evidence, Field::CameraMake).contains(u"Abc"_s));
    } else {
        QVERIFY(read.error().message.contains(u"loop.jpg"_s));
    }
}

void TestMetadataEvidence::giantCountIsSkippedWithWarning()
{
    // Make claims 2^31 characters at an offset far past the segment; Model is fine.
    const QByteArray ifd = be16(2) + ifdEntry(0x010f, 2, 0x7fffffff, be32(0x100))
        + ifdEntry(0x0110, 2, 4, "Xyz") + be32(0);
    const Result<ImageMetadata> read
        = MetadataReader::readBytes(jpegWith(segment(0xe1, exifPayload(ifd))), u"giant.jpg"_s);
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QVERIFY2(hasItem(read->evidence, Field::CameraModel, "Exif.Image.Model", u"Xyz"_s, "exif"),
             qPrintable(dump(read->evidence)));
    QVERIFY(valuesOf(read->evidence, Field::CameraMake).isEmpty());
    QVERIFY2(!read->evidence.warnings.isEmpty(), qPrintable(dump(read->evidence)));
}

void TestMetadataEvidence::tenMegabyteXmpStringIsCut()
{
    // A 10 MB description in a sidecar (a JPEG segment cannot hold more than 64 KB).
    const QByteArray huge(10 * 1024 * 1024, 'a');
    const QByteArray sidecar = xmpPacket("<dc:description><rdf:Alt><rdf:li xml:lang='x-default'>"
                                         + huge + "</rdf:li></rdf:Alt></dc:description>");
    QElapsedTimer timer;
    timer.start();
    const Result<ImageMetadata> read = MetadataReader::readBytes(
        readFixture("provenance.jpg"), u"big.jpg"_s, std::optional<QByteArray>(sidecar));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    qInfo("10 MB XMP description read in %lld ms", timer.elapsed());
    const MetadataEvidence::Item caption = read->evidence.itemsOf(Field::Caption).first();
    QCOMPARE(caption.origin, u"xmp-sidecar"_s);
    QVERIFY(caption.value.size() <= 4097);
    QVERIFY(caption.value.startsWith(u"aaaa"_s));
    QVERIFY2(read->evidence.warnings.join(u'\n').contains(u"Xmp.dc.description"_s),
             qPrintable(read->evidence.warnings.join(u'\n')));
    for (const MetadataField &field : read->fields)
        QVERIFY(field.value.size() <= 4097);
}

void TestMetadataEvidence::hugeHistoryIsBounded()
{
    QByteArray events;
    for (int i = 0; i < 1200; ++i)
        events += "<rdf:li rdf:parseType='Resource'><stEvt:action>saved</stEvt:action>"
                  "<stEvt:softwareAgent>GIMP 2.10</stEvt:softwareAgent></rdf:li>";
    const QByteArray sidecar
        = xmpPacket("<xmpMM:History><rdf:Seq>" + events + "</rdf:Seq></xmpMM:History>");
    const Result<ImageMetadata> read = MetadataReader::readBytes(
        readFixture("plain.png"), u"plain.png"_s, std::optional<QByteArray>(sidecar));
    QVERIFY2(read, qPrintable(read ? QString() : read.error().toString()));
    QCOMPARE(read->evidence.itemsOf(Field::HistoryEvent).size(), 500);
    QVERIFY(read->evidence.warnings.join(u'\n').contains(u"1200"_s));
    // GIMP in the history is an editor, flagged once.
    int editing = 0;
    for (const MetadataEvidence::Flag &flag : read->evidence.flags)
        editing += flag.kind == Kind::EditingSoftware ? 1 : 0;
    QCOMPARE(editing, 1);
}

QTEST_GUILESS_MAIN(TestMetadataEvidence)
#include "tst_metadataevidence.moc"
