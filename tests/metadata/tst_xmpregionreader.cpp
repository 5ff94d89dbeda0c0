// SPDX-License-Identifier: MIT
// Regions other tools wrote into XMP, read as Provena shapes in displayed pixels. The sidecars
// and embedded packets are written here by exiftool (the struct syntax of
// shared/interop/standards.md §2.3 and §3); only what exiftool refuses to write (text where a
// number belongs, Provena's own namespace) is a literal packet.
#include "exiftoolrunner.h"
#include "metadata/metadatareader.h"
#include "metadata/xmpregionreader.h"
#include "metadata/xmpsidecar.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace provena;
using namespace Qt::Literals::StringLiterals;

namespace {

/** A JPEG stored 300 × 200 pixels (its EXIF orientation is set per test). */
QString storedImage()
{
    return QStringLiteral(PROVENA_TEST_DATA "/images/orientation6.jpg");
}

/** Runs exiftool quietly; the reason it failed, or empty. Missing exiftool fails the test. */
QString exiftool(const QStringList &arguments)
{
    return testing::runExiftool(QStringList {u"-q"_s, u"-m"_s} + arguments).error;
}

/** "photo.jpg" in `dir`, stored 300 × 200, with EXIF orientation `orientation`. */
QString makeImage(const QTemporaryDir &dir, int orientation, QString *problem)
{
    const QString path = dir.filePath(u"photo.jpg"_s);
    QFile::remove(path);
    if (!QFile::copy(storedImage(), path)) {
        *problem = u"could not copy the test image"_s;
        return {};
    }
    QFile(path).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    *problem = exiftool({u"-overwrite_original"_s, u"-Orientation#=%1"_s.arg(orientation), path});
    return path;
}

QString iptcRegion(const QString &boundary, const QString &rest = {})
{
    return u"{RegionBoundary={%1}%2}"_s.arg(boundary, rest.isEmpty() ? QString() : u","_s + rest);
}

/** A packet with the given rdf:Description body (namespaces declared). */
QByteArray packet(const QByteArray &body)
{
    return R"(<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>
<x:xmpmeta xmlns:x='adobe:ns:meta/'>
<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>
 <rdf:Description rdf:about=''
  xmlns:Iptc4xmpExt='http://iptc.org/std/Iptc4xmpExt/2008-02-29/'
  xmlns:mwg-rs='http://www.metadataworkinggroup.com/schemas/regions/'
  xmlns:stArea='http://ns.adobe.com/xmp/sType/Area#'
  xmlns:provena='https://w3id.org/provena/xmp/1.0/'>
)" + body
        + R"(
 </rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end='w'?>
)";
}

QByteArray iptcItems(const QByteArray &items)
{
    return "<Iptc4xmpExt:ImageRegion><rdf:Bag>" + items + "</rdf:Bag></Iptc4xmpExt:ImageRegion>";
}

bool near(const QRectF &a, const QRectF &b)
{
    constexpr double kTolerance = 1e-6;
    return qAbs(a.left() - b.left()) < kTolerance && qAbs(a.top() - b.top()) < kTolerance
        && qAbs(a.width() - b.width()) < kTolerance && qAbs(a.height() - b.height()) < kTolerance;
}

bool near(const QPolygonF &a, const QPolygonF &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (qAbs(a[i].x() - b[i].x()) > 1e-6 || qAbs(a[i].y() - b[i].y()) > 1e-6)
            return false;
    }
    return true;
}

QString describe(const QPolygonF &points)
{
    QStringList out;
    for (const QPointF &p : points)
        out.append(u"(%1, %2)"_s.arg(p.x()).arg(p.y()));
    return out.join(u' ');
}

} // namespace

class TestXmpRegionReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void digikamFaces();
    void appliedToOtherDimensionsWarns();
    void iptcShapesInPixelsAndRelative();
    void labelsAndNamesOfIptcRegions();
    void orientationTurnsStoredRegions_data();
    void orientationTurnsStoredRegions();
    void sidecarOrientationOnlyWithoutExif();
    void refusesWhatProvenaCannotTake_data();
    void refusesWhatProvenaCannotTake();
    void lightroomRotationIsRefused();
    void malformedSidecarIsAnError();
    void sidecarWinsOverEmbedded();
    void otherSidecarNameIsRead();
    void mwgRepeatingIptcIsListedOnce();
    void provenaFieldsAreRead();
    void imageWithoutRegions();
    void roundTripWithTheWriter_data();
    void roundTripWithTheWriter();

private:
    /** A fresh folder per test function: no sidecar of one test is seen by the next. */
    std::unique_ptr<QTemporaryDir> mTemp;
};

void TestXmpRegionReader::initTestCase()
{
    MetadataReader::initialise();
    const QString version = exiftool({u"-ver"_s});
    QVERIFY2(version.isEmpty(), qPrintable(version));
}

void TestXmpRegionReader::init()
{
    mTemp = std::make_unique<QTemporaryDir>();
    QVERIFY(mTemp->isValid());
}

void TestXmpRegionReader::digikamFaces()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sidecar = image + u".xmp"_s;
    QFile::remove(sidecar);
    // What digiKam writes for tagged faces: MWG regions with AppliedToDimensions, and the same
    // faces as Microsoft's MP:RegionInfo, which Provena ignores.
    problem = exiftool(
        {u"-o"_s, sidecar,
         u"-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=300,H=200,Unit=pixel},RegionList=["
         "{Area={X=0.5,Y=0.4,W=0.2,H=0.3,Unit=normalized},Type=Face,Name=Vera Lind,"
         "Description=left of the crane},"
         "{Area={X=0.1,Y=0.15,W=0.1,H=0.1,Unit=normalized},Type=Face,Name=Tal Orsen}]}"_s,
         u"-XMP-MP:RegionInfoMP={Regions=[{PersonDisplayName=Vera Lind,"
         "Rectangle=0.4|, 0.25|, 0.2|, 0.3}]}"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->format, u"xmp-mwg"_s);
    QCOMPARE(read->sourcePath, sidecar);
    QVERIFY2(read->refused.isEmpty(), qPrintable(read->refused.join(u'\n')));
    QVERIFY2(read->warnings.isEmpty(), qPrintable(read->warnings.join(u'\n')));
    QCOMPARE(read->shapes.size(), 2);
    const ImportedShape &vera = read->shapes.at(0);
    QCOMPARE(vera.geometry.shape(), RegionGeometry::Shape::Rectangle);
    // Centre (150, 80), 60 × 60 pixels.
    QVERIFY2(near(vera.geometry.boundingRect(), QRectF(120, 50, 60, 60)),
             qPrintable(describe(vera.geometry.points())));
    QCOMPARE(vera.label, u"Face"_s);
    QCOMPARE(vera.name, u"Vera Lind"_s);
    QCOMPARE(vera.note, u"left of the crane"_s);
    QCOMPARE(vera.origin, u"RegionList[1] in photo.jpg.xmp"_s);
    QVERIFY(vera.provenaRegionId.isNull());
    QVERIFY(near(read->shapes.at(1).geometry.boundingRect(), QRectF(15, 20, 30, 20)));
    QCOMPARE(read->shapes.at(1).name, u"Tal Orsen"_s);
    QFile::remove(sidecar);
}

void TestXmpRegionReader::appliedToOtherDimensionsWarns()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sidecar = image + u".xmp"_s;
    QFile::remove(sidecar);
    // Tagged on the 3000 × 2000 original: the proportions still place it on this copy.
    problem = exiftool({u"-o"_s, sidecar,
                        u"-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=3000,H=2000,Unit=pixel},"
                        "RegionList=[{Area={X=0.5,Y=0.5,W=0.1,H=0.1,Unit=normalized},"
                        "Type=Pet}]}"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->shapes.size(), 1);
    QVERIFY(near(read->shapes.first().geometry.boundingRect(), QRectF(135, 90, 30, 20)));
    QCOMPARE(read->shapes.first().label, u"Pet"_s);
    QCOMPARE(read->warnings.size(), 1);
    QVERIFY2(read->warnings.first().contains(u"3000 × 2000"_s), qPrintable(read->warnings.first()));
    QVERIFY(read->warnings.first().contains(u"300 × 200"_s));
    QFile::remove(sidecar);
}

void TestXmpRegionReader::iptcShapesInPixelsAndRelative()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sidecar = image + u".xmp"_s;
    QFile::remove(sidecar);
    problem = exiftool(
        {u"-o"_s, sidecar,
         u"-XMP-iptcExt:ImageRegion="_s
             + iptcRegion(u"RbShape=rectangle,RbUnit=pixel,RbX=10,RbY=20,RbW=30,RbH=40"_s,
                          u"RId=px-rect"_s),
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(u"RbShape=rectangle,RbUnit=relative,RbX=0.1,RbY=0.25,RbW=0.5,RbH=0.5"_s),
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(u"RbShape=circle,RbUnit=pixel,RbX=100,RbY=50,RbRx=20"_s),
         // A relative radius is a proportion of the width: 0.1 × 300 = 30 pixels.
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(u"RbShape=circle,RbUnit=relative,RbX=0.5,RbY=0.5,RbRx=0.1"_s),
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(u"RbShape=polygon,RbUnit=relative,RbVertices=[{RbX=0.1,RbY=0.2},"
                          "{RbX=0.5,RbY=0.2},{RbX=0.3,RbY=0.6}]"_s),
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(u"RbShape=polygon,RbUnit=pixel,RbVertices=[{RbX=0,RbY=0},"
                          "{RbX=300,RbY=0},{RbX=300,RbY=200},{RbX=0,RbY=200}]"_s),
         // IPTC: a polygon of one vertex is a point, of two a line.
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(u"RbShape=polygon,RbUnit=pixel,RbVertices=[{RbX=7,RbY=8}]"_s),
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(u"RbShape=polygon,RbUnit=relative,RbVertices=[{RbX=0,RbY=0},"
                          "{RbX=1,RbY=1}]"_s)});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->format, u"xmp-iptc"_s);
    QVERIFY2(read->refused.isEmpty(), qPrintable(read->refused.join(u'\n')));
    QCOMPARE(read->shapes.size(), 8);
    using Shape = RegionGeometry::Shape;
    const QList<ImportedShape> &s = read->shapes;
    QCOMPARE(s[0].geometry.shape(), Shape::Rectangle);
    QVERIFY(near(s[0].geometry.boundingRect(), QRectF(10, 20, 30, 40)));
    QCOMPARE(s[0].origin, u"ImageRegion[1] in photo.jpg.xmp"_s);
    QVERIFY(near(s[1].geometry.boundingRect(), QRectF(30, 50, 150, 100)));
    QCOMPARE(s[2].geometry.shape(), Shape::Ellipse);
    QVERIFY(near(s[2].geometry.boundingRect(), QRectF(80, 30, 40, 40)));
    QCOMPARE(s[3].geometry.shape(), Shape::Ellipse);
    QVERIFY2(near(s[3].geometry.boundingRect(), QRectF(120, 70, 60, 60)),
             qPrintable(describe(s[3].geometry.points())));
    QCOMPARE(s[4].geometry.shape(), Shape::Polygon);
    QVERIFY2(near(s[4].geometry.points(), QPolygonF({{30, 40}, {150, 40}, {90, 120}})),
             qPrintable(describe(s[4].geometry.points())));
    QCOMPARE(s[5].geometry.shape(), Shape::Polygon);
    QVERIFY(near(s[5].geometry.points(), QPolygonF({{0, 0}, {300, 0}, {300, 200}, {0, 200}})));
    QCOMPARE(s[6].geometry.shape(), Shape::Point);
    QVERIFY(near(s[6].geometry.points(), QPolygonF({{7, 8}})));
    QCOMPARE(s[7].geometry.shape(), Shape::Polyline);
    QVERIFY(near(s[7].geometry.points(), QPolygonF({{0, 0}, {300, 200}})));
    // Inside the image: relative 1.0 lands exactly on the edge, not beyond it.
    for (const ImportedShape &shape : s) {
        const QRectF box = shape.geometry.boundingRect();
        QVERIFY2(box.left() >= 0 && box.top() >= 0 && box.right() <= 300 && box.bottom() <= 200,
                 qPrintable(shape.origin));
    }
    QFile::remove(sidecar);
}

void TestXmpRegionReader::labelsAndNamesOfIptcRegions()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sidecar = image + u".xmp"_s;
    QFile::remove(sidecar);
    const QString box = u"RbShape=rectangle,RbUnit=pixel,RbX=1,RbY=2,RbW=3,RbH=4"_s;
    problem = exiftool(
        {u"-o"_s, sidecar,
         // The content type's name wins over the role's; Name over PersonInImage.
         u"-XMP-iptcExt:ImageRegion="_s
             + iptcRegion(box,
                          u"Name=Kim Jong-un,RCtype=[{Identifier=[http://cv.iptc.org/"
                          "newscodes/imageregiontype/human],Name=human}],RRole=[{Identifier="
                          "[http://cv.iptc.org/newscodes/imageregionrole/subjectArea],"
                          "Name=subject area}],PersonInImage=[Somebody Else]"_s),
         // A content type without a name: the identifier's code.
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(box,
                          u"RCtype=[{Identifier=[http://cv.iptc.org/newscodes/"
                          "imageregiontype/vehicle]}],PersonInImage=[Vera Lind]"_s),
         // Only a role.
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(box,
                          u"RRole=[{Identifier=[http://cv.iptc.org/newscodes/"
                          "imageregionrole/cropping],Name=cropping}]"_s)});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->shapes.size(), 3);
    QCOMPARE(read->shapes[0].label, u"human"_s);
    QCOMPARE(read->shapes[0].name, u"Kim Jong-un"_s);
    QCOMPARE(read->shapes[1].label, u"vehicle"_s);
    QCOMPARE(read->shapes[1].name, u"Vera Lind"_s);
    QCOMPARE(read->shapes[2].label, u"cropping"_s);
    QVERIFY(read->shapes[2].name.isEmpty());
    QFile::remove(sidecar);
}

void TestXmpRegionReader::orientationTurnsStoredRegions_data()
{
    QTest::addColumn<int>("orientation");
    QTest::addColumn<QRectF>("rectangle");
    QTest::addColumn<QPolygonF>("polygon");
    QTest::addColumn<QRectF>("face");
    // On the stored 300 × 200 grid: rectangle (10, 20)–(40, 60); polygon (0, 0), (60, 0),
    // (0, 20); an MWG face centred at (150, 50), 30 × 20.
    QTest::newRow("1") << 1 << QRectF(10, 20, 30, 40) << QPolygonF({{0, 0}, {60, 0}, {0, 20}})
                       << QRectF(135, 40, 30, 20);
    // 6: turned 90° clockwise to display, 200 × 300; stored (x, y) shows at (200 − y, x).
    QTest::newRow("6") << 6 << QRectF(140, 10, 40, 30) << QPolygonF({{200, 0}, {200, 60}, {180, 0}})
                       << QRectF(140, 135, 20, 30);
    // 8: turned 90° counter-clockwise, 200 × 300; stored (x, y) shows at (y, 300 − x).
    QTest::newRow("8") << 8 << QRectF(20, 260, 40, 30) << QPolygonF({{0, 300}, {0, 240}, {20, 300}})
                       << QRectF(40, 135, 20, 30);
}

void TestXmpRegionReader::orientationTurnsStoredRegions()
{
    QFETCH(int, orientation);
    QFETCH(QRectF, rectangle);
    QFETCH(QPolygonF, polygon);
    QFETCH(QRectF, face);
    QString problem;
    const QString image = makeImage(*mTemp, orientation, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sidecar = image + u".xmp"_s;
    QFile::remove(sidecar);
    problem = exiftool(
        {u"-o"_s, sidecar,
         u"-XMP-iptcExt:ImageRegion="_s
             + iptcRegion(u"RbShape=rectangle,RbUnit=pixel,RbX=10,RbY=20,RbW=30,RbH=40"_s),
         u"-XMP-iptcExt:ImageRegion+="_s
             + iptcRegion(u"RbShape=polygon,RbUnit=relative,RbVertices=[{RbX=0,RbY=0},"
                          "{RbX=0.2,RbY=0},{RbX=0,RbY=0.1}]"_s),
         u"-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=300,H=200,Unit=pixel},RegionList=["
         "{Area={X=0.5,Y=0.25,W=0.1,H=0.1,Unit=normalized},Type=Face,Name=Someone}]}"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QVERIFY2(read->warnings.isEmpty(), qPrintable(read->warnings.join(u'\n')));
    QCOMPARE(read->shapes.size(), 3);
    QVERIFY2(near(read->shapes[0].geometry.boundingRect(), rectangle),
             qPrintable(describe(read->shapes[0].geometry.points())));
    QCOMPARE(read->shapes[1].geometry.shape(), RegionGeometry::Shape::Polygon);
    QVERIFY2(near(read->shapes[1].geometry.points(), polygon),
             qPrintable(describe(read->shapes[1].geometry.points())));
    QVERIFY2(near(read->shapes[2].geometry.boundingRect(), face),
             qPrintable(describe(read->shapes[2].geometry.points())));
    QFile::remove(sidecar);
}

void TestXmpRegionReader::sidecarOrientationOnlyWithoutExif()
{
    // A PNG stored 64 × 48 without EXIF: the sidecar's tiff:Orientation 6 is the one its tool
    // (and Provena's writer) saw. Stored (4, 8)–(14, 28) shows at (48 − y, x): (20, 4)–(40, 14).
    const QString png = mTemp->filePath(u"plain.png"_s);
    QVERIFY(QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"), png));
    const QString region
        = iptcRegion(u"RbShape=rectangle,RbUnit=pixel,RbX=4,RbY=8,RbW=10,RbH=20"_s);
    QString problem = exiftool({u"-o"_s, png + u".xmp"_s, u"-XMP-tiff:Orientation#=6"_s,
                                u"-XMP-iptcExt:ImageRegion="_s + region});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Result<ShapeImport> fromSidecar = XmpRegionReader::read(png);
    QVERIFY2(fromSidecar, qPrintable(fromSidecar.error().toString()));
    QVERIFY2(fromSidecar->warnings.isEmpty(), qPrintable(fromSidecar->warnings.join(u'\n')));
    QCOMPARE(fromSidecar->shapes.size(), 1);
    QVERIFY2(near(fromSidecar->shapes.first().geometry.boundingRect(), QRectF(20, 4, 20, 10)),
             qPrintable(describe(fromSidecar->shapes.first().geometry.points())));

    // The image's own orientation wins over the sidecar's, and the disagreement is said.
    const QString image = makeImage(*mTemp, 6, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = exiftool({u"-o"_s, image + u".xmp"_s, u"-XMP-tiff:Orientation#=1"_s,
                        u"-XMP-iptcExt:ImageRegion="_s
                            + iptcRegion(u"RbShape=rectangle,RbUnit=pixel,RbX=10,RbY=20,RbW=30,"
                                         "RbH=40"_s)});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->shapes.size(), 1);
    QVERIFY(near(read->shapes.first().geometry.boundingRect(), QRectF(140, 10, 40, 30)));
    QCOMPARE(read->warnings.size(), 1);
    QVERIFY2(read->warnings.first().contains(u"photo.jpg.xmp gives the orientation as 1"_s),
             qPrintable(read->warnings.first()));
}

void TestXmpRegionReader::refusesWhatProvenaCannotTake_data()
{
    QTest::addColumn<QByteArray>("items");
    QTest::addColumn<QString>("expected");
    const auto boundary = [](const QByteArray &fields) {
        return "<rdf:li rdf:parseType='Resource'><Iptc4xmpExt:RegionBoundary "
               "rdf:parseType='Resource'>"
            + fields + "</Iptc4xmpExt:RegionBoundary></rdf:li>";
    };
    QTest::newRow("unknown shape")
        << boundary("<Iptc4xmpExt:rbShape>star</Iptc4xmpExt:rbShape>"
                    "<Iptc4xmpExt:rbUnit>pixel</Iptc4xmpExt:rbUnit>")
        << u"ImageRegion[1] in photo.jpg.xmp was not imported: its shape “star”"_s;
    QTest::newRow("unknown unit")
        << boundary("<Iptc4xmpExt:rbShape>rectangle</Iptc4xmpExt:rbShape>"
                    "<Iptc4xmpExt:rbUnit>inch</Iptc4xmpExt:rbUnit>")
        << u"ImageRegion[1] in photo.jpg.xmp was not imported: its unit “inch”"_s;
    QTest::newRow("missing height")
        << boundary("<Iptc4xmpExt:rbShape>rectangle</Iptc4xmpExt:rbShape>"
                    "<Iptc4xmpExt:rbUnit>pixel</Iptc4xmpExt:rbUnit><Iptc4xmpExt:rbX>1</"
                    "Iptc4xmpExt:rbX><Iptc4xmpExt:rbY>1</Iptc4xmpExt:rbY><Iptc4xmpExt:rbW>1</"
                    "Iptc4xmpExt:rbW>")
        << u"ImageRegion[1] in photo.jpg.xmp was not imported: rbH is missing."_s;
    QTest::newRow("not a number")
        << boundary("<Iptc4xmpExt:rbShape>circle</Iptc4xmpExt:rbShape>"
                    "<Iptc4xmpExt:rbUnit>pixel</Iptc4xmpExt:rbUnit><Iptc4xmpExt:rbX>ten</"
                    "Iptc4xmpExt:rbX><Iptc4xmpExt:rbY>1</Iptc4xmpExt:rbY><Iptc4xmpExt:rbRx>1</"
                    "Iptc4xmpExt:rbRx>")
        << u"ImageRegion[1] in photo.jpg.xmp was not imported: rbX is not a number (“ten”)."_s;
    QTest::newRow("infinite") << boundary(
        "<Iptc4xmpExt:rbShape>rectangle</Iptc4xmpExt:rbShape>"
        "<Iptc4xmpExt:rbUnit>relative</Iptc4xmpExt:rbUnit><Iptc4xmpExt:rbX>0</"
        "Iptc4xmpExt:rbX><Iptc4xmpExt:rbY>inf</Iptc4xmpExt:rbY><Iptc4xmpExt:rbW>1</"
        "Iptc4xmpExt:rbW><Iptc4xmpExt:rbH>1</Iptc4xmpExt:rbH>")
                              << u"rbY is not a finite number"_s;
    QTest::newRow("no boundary") << QByteArray("<rdf:li rdf:parseType='Resource'><Iptc4xmpExt:rId>"
                                               "r9</Iptc4xmpExt:rId></rdf:li>")
                                 << u"ImageRegion[1] in photo.jpg.xmp was not imported: it has "
                                    "no RegionBoundary."_s;
    QTest::newRow("polygon without vertices")
        << boundary("<Iptc4xmpExt:rbShape>polygon</Iptc4xmpExt:rbShape>"
                    "<Iptc4xmpExt:rbUnit>pixel</Iptc4xmpExt:rbUnit>")
        << u"the polygon has no rbVertices"_s;
}

void TestXmpRegionReader::refusesWhatProvenaCannotTake()
{
    QFETCH(QByteArray, items);
    QFETCH(QString, expected);
    // exiftool refuses to write these, so they are literal: a good rectangle after the bad one
    // shows that one refusal does not lose the rest.
    const QByteArray good = "<rdf:li rdf:parseType='Resource'><Iptc4xmpExt:RegionBoundary "
                            "rdf:parseType='Resource'><Iptc4xmpExt:rbShape>rectangle</"
                            "Iptc4xmpExt:rbShape><Iptc4xmpExt:rbUnit>pixel</Iptc4xmpExt:rbUnit>"
                            "<Iptc4xmpExt:rbX>1</Iptc4xmpExt:rbX><Iptc4xmpExt:rbY>2</"
                            "Iptc4xmpExt:rbY><Iptc4xmpExt:rbW>3</Iptc4xmpExt:rbW><Iptc4xmpExt:rbH>"
                            "4</Iptc4xmpExt:rbH></Iptc4xmpExt:RegionBoundary></rdf:li>";
    const Result<ShapeImport> read = XmpRegionReader::readPacket(
        packet(iptcItems(items + good)), QSize(300, 200), 1, mTemp->filePath(u"photo.jpg.xmp"_s));
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->refused.size(), 1);
    QVERIFY2(read->refused.first().contains(expected), qPrintable(read->refused.first()));
    QCOMPARE(read->shapes.size(), 1);
    QVERIFY(near(read->shapes.first().geometry.boundingRect(), QRectF(1, 2, 3, 4)));
    QCOMPARE(read->shapes.first().origin, u"ImageRegion[2] in photo.jpg.xmp"_s);
}

void TestXmpRegionReader::lightroomRotationIsRefused()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sidecar = image + u".xmp"_s;
    QFile::remove(sidecar);
    problem
        = exiftool({u"-o"_s, sidecar,
                    u"-XMP-mwg-rs:RegionInfo={RegionList=["
                    "{Area={X=0.5,Y=0.5,W=0.1,H=0.1,Unit=normalized},Type=Face,Rotation=0.25},"
                    "{Area={X=0.5,Y=0.5,W=0.1,H=0.1,Unit=normalized},Type=Face,Rotation=0}]}"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->shapes.size(), 1);
    QCOMPARE(read->shapes.first().origin, u"RegionList[2] in photo.jpg.xmp"_s);
    QCOMPARE(read->refused.size(), 1);
    QVERIFY2(read->refused.first().startsWith(u"RegionList[1] in photo.jpg.xmp was not imported: "
                                              "it is turned by 0.25"_s),
             qPrintable(read->refused.first()));
    QFile::remove(sidecar);
}

void TestXmpRegionReader::malformedSidecarIsAnError()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sidecar = image + u".xmp"_s;
    QVERIFY(testing::writeBytes(sidecar, "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF><broken"));
    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY(!read);
    QCOMPARE(read.error().path, sidecar);
    QVERIFY2(read.error().message.contains(u"photo.jpg.xmp"_s), qPrintable(read.error().message));
    QFile::remove(sidecar);

    // Not an image at all, and an image that is not there.
    const QString text = mTemp->filePath(u"notes.jpg"_s);
    QVERIFY(testing::writeBytes(text, "just some text, not a JPEG"));
    const Result<ShapeImport> notImage = XmpRegionReader::read(text);
    QVERIFY(!notImage);
    QCOMPARE(notImage.error().path, text);
    QVERIFY(!XmpRegionReader::read(mTemp->filePath(u"missing.jpg"_s)));
    QVERIFY(!XmpRegionReader::readPacket("<html><body>404</body></html>", QSize(300, 200), 1,
                                         u"page.xmp"_s));
}

void TestXmpRegionReader::sidecarWinsOverEmbedded()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sidecar = image + u".xmp"_s;
    QFile::remove(sidecar);
    const QString r1Old = iptcRegion(u"RbShape=rectangle,RbUnit=pixel,RbX=1,RbY=1,RbW=10,RbH=10"_s,
                                     u"RId=r1,Name=Old"_s);
    const QString r1New = iptcRegion(u"RbShape=rectangle,RbUnit=pixel,RbX=5,RbY=5,RbW=20,RbH=20"_s,
                                     u"RId=r1,Name=New"_s);
    const QString r2
        = iptcRegion(u"RbShape=circle,RbUnit=pixel,RbX=100,RbY=100,RbRx=10"_s, u"RId=r2"_s);
    const QString embeddedOnly
        = iptcRegion(u"RbShape=rectangle,RbUnit=pixel,RbX=200,RbY=100,RbW=5,RbH=5"_s);
    // Embedded in the JPEG: r1 (old), r2, and one without an id.
    problem = exiftool({u"-overwrite_original"_s, u"-XMP-iptcExt:ImageRegion="_s + r1Old,
                        u"-XMP-iptcExt:ImageRegion+="_s + r2,
                        u"-XMP-iptcExt:ImageRegion+="_s + embeddedOnly, image});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // The sidecar: r1 edited since, the same r2, and an exact copy of the third (listed once).
    problem = exiftool({u"-o"_s, sidecar, u"-XMP-iptcExt:ImageRegion="_s + r1New,
                        u"-XMP-iptcExt:ImageRegion+="_s + r2,
                        u"-XMP-iptcExt:ImageRegion+="_s + embeddedOnly});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QStringList origins;
    for (const ImportedShape &shape : read->shapes)
        origins.append(shape.origin);
    QCOMPARE(origins,
             QStringList({u"ImageRegion[3] in photo.jpg"_s, u"ImageRegion[1] in photo.jpg.xmp"_s,
                          u"ImageRegion[2] in photo.jpg.xmp"_s}));
    QCOMPARE(read->shapes[1].name, u"New"_s);
    QVERIFY(near(read->shapes[1].geometry.boundingRect(), QRectF(5, 5, 20, 20)));

    // Without the sidecar, the embedded regions alone.
    QFile::remove(sidecar);
    const Result<ShapeImport> embedded = XmpRegionReader::read(image);
    QVERIFY2(embedded, qPrintable(embedded.error().toString()));
    QCOMPARE(embedded->shapes.size(), 3);
    QCOMPARE(embedded->shapes[0].name, u"Old"_s);
    QCOMPARE(embedded->sourcePath, image);
}

void TestXmpRegionReader::otherSidecarNameIsRead()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString lightroomStyle = mTemp->filePath(u"photo.xmp"_s);
    problem
        = exiftool({u"-o"_s, lightroomStyle,
                    u"-XMP-iptcExt:ImageRegion="_s
                        + iptcRegion(u"RbShape=rectangle,RbUnit=pixel,RbX=1,RbY=2,RbW=3,RbH=4"_s)});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->sourcePath, lightroomStyle);
    QCOMPARE(read->shapes.size(), 1);

    // photo.jpg.xmp comes first when both exist.
    const QString digikamStyle = image + u".xmp"_s;
    problem = exiftool({u"-o"_s, digikamStyle,
                        u"-XMP-mwg-rs:RegionInfo={RegionList=[{Area={X=0.5,Y=0.5,W=0.1,H=0.1,"
                        "Unit=normalized},Type=Face}]}"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->sourcePath, digikamStyle);
    QCOMPARE(read->shapes.size(), 1);
    QCOMPARE(read->shapes.first().label, u"Face"_s);
    QFile::remove(digikamStyle);
    QFile::remove(lightroomStyle);
}

void TestXmpRegionReader::mwgRepeatingIptcIsListedOnce()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString sidecar = image + u".xmp"_s;
    QFile::remove(sidecar);
    // Photini writes a person in both vocabularies: IPTC relative rectangle (0.4, 0.3, 0.2, 0.2)
    // is the MWG area centred at (0.5, 0.4). A second MWG face at the same place with another
    // name is someone else.
    problem = exiftool(
        {u"-o"_s, sidecar,
         u"-XMP-iptcExt:ImageRegion="_s
             + iptcRegion(u"RbShape=rectangle,RbUnit=relative,RbX=0.4,RbY=0.3,RbW=0.2,RbH=0.2"_s,
                          u"Name=Vera Lind,RCtype=[{Name=human}]"_s),
         u"-XMP-mwg-rs:RegionInfo={RegionList=["
         "{Area={X=0.5,Y=0.4,W=0.2,H=0.2,Unit=normalized},Type=Face,Name=Vera Lind},"
         "{Area={X=0.5,Y=0.4,W=0.2,H=0.2,Unit=normalized},Type=Face,Name=Tal Orsen}]}"_s});
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QCOMPARE(read->shapes.size(), 2);
    QCOMPARE(read->shapes[0].origin, u"ImageRegion[1] in photo.jpg.xmp"_s);
    QCOMPARE(read->shapes[0].label, u"human"_s);
    QCOMPARE(read->shapes[1].origin, u"RegionList[2] in photo.jpg.xmp"_s);
    QCOMPARE(read->shapes[1].name, u"Tal Orsen"_s);
    QFile::remove(sidecar);
}

void TestXmpRegionReader::provenaFieldsAreRead()
{
    // Provena's namespace is unknown to exiftool: a literal packet as Provena's writer makes it.
    const QUuid id = QUuid::createUuid();
    const QByteArray uuid = id.toString(QUuid::WithoutBraces).toLatin1();
    const QByteArray items = "<rdf:li rdf:parseType='Resource'><Iptc4xmpExt:rId>" + uuid
        + "</Iptc4xmpExt:rId><provena:RegionId>" + uuid
        + "</provena:RegionId><provena:Label>vehicle</provena:Label>"
          // The writer names an unnamed region after its label: no entity name comes back.
          "<Iptc4xmpExt:Name><rdf:Alt><rdf:li xml:lang='x-default'>Vehicle</rdf:li></rdf:Alt>"
          "</Iptc4xmpExt:Name>"
          "<provena:Shape>ellipse</provena:Shape>"
          "<provena:Box rdf:parseType='Resource'><provena:X>10</provena:X><provena:Y>20</provena:Y>"
          "<provena:W>60</provena:W><provena:H>30</provena:H></provena:Box>"
          "<Iptc4xmpExt:RegionBoundary rdf:parseType='Resource'>"
          "<Iptc4xmpExt:rbShape>polygon</Iptc4xmpExt:rbShape><Iptc4xmpExt:rbUnit>pixel</"
          "Iptc4xmpExt:rbUnit><Iptc4xmpExt:rbVertices><rdf:Seq>"
          "<rdf:li rdf:parseType='Resource'><Iptc4xmpExt:rbX>70</Iptc4xmpExt:rbX>"
          "<Iptc4xmpExt:rbY>35</Iptc4xmpExt:rbY></rdf:li>"
          "<rdf:li rdf:parseType='Resource'><Iptc4xmpExt:rbX>40</Iptc4xmpExt:rbX>"
          "<Iptc4xmpExt:rbY>50</Iptc4xmpExt:rbY></rdf:li>"
          "<rdf:li rdf:parseType='Resource'><Iptc4xmpExt:rbX>10</Iptc4xmpExt:rbX>"
          "<Iptc4xmpExt:rbY>35</Iptc4xmpExt:rbY></rdf:li>"
          "</rdf:Seq></Iptc4xmpExt:rbVertices></Iptc4xmpExt:RegionBoundary>"
          "<Iptc4xmpExt:rCtype><rdf:Bag><rdf:li rdf:parseType='Resource'><Iptc4xmpExt:Name>"
          "<rdf:Alt><rdf:li xml:lang='x-default'>vehicle</rdf:li></rdf:Alt></Iptc4xmpExt:Name>"
          "</rdf:li></rdf:Bag></Iptc4xmpExt:rCtype></rdf:li>";
    const QByteArray mwg
        = "<mwg-rs:Regions rdf:parseType='Resource'><mwg-rs:RegionList><rdf:Bag>"
          "<rdf:li rdf:parseType='Resource'><mwg-rs:Area rdf:parseType='Resource'>"
          "<stArea:x>0.1333333</stArea:x><stArea:y>0.175</stArea:y><stArea:w>0.2</stArea:w>"
          "<stArea:h>0.15</stArea:h><stArea:unit>normalized</stArea:unit></mwg-rs:Area>"
          "<mwg-rs:Type>Face</mwg-rs:Type><mwg-rs:Extensions rdf:parseType='Resource'>"
          "<provena:RegionId>"
        + uuid
        + "</provena:RegionId></mwg-rs:Extensions></rdf:li></rdf:Bag></mwg-rs:RegionList>"
          "</mwg-rs:Regions>";
    // A region Provena wrote without a label stays without one: its role is not a label.
    const QByteArray unlabelled = "<rdf:li rdf:parseType='Resource'><provena:RegionId>"
        + QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1()
        + "</provena:RegionId><Iptc4xmpExt:rRole><rdf:Bag><rdf:li rdf:parseType='Resource'>"
          "<Iptc4xmpExt:Name><rdf:Alt><rdf:li xml:lang='x-default'>subject area</rdf:li>"
          "</rdf:Alt></Iptc4xmpExt:Name></rdf:li></rdf:Bag></Iptc4xmpExt:rRole>"
          "<Iptc4xmpExt:RegionBoundary rdf:parseType='Resource'><Iptc4xmpExt:rbShape>circle"
          "</Iptc4xmpExt:rbShape><Iptc4xmpExt:rbUnit>pixel</Iptc4xmpExt:rbUnit><Iptc4xmpExt:rbX>"
          "150</Iptc4xmpExt:rbX><Iptc4xmpExt:rbY>100</Iptc4xmpExt:rbY><Iptc4xmpExt:rbRx>10"
          "</Iptc4xmpExt:rbRx></Iptc4xmpExt:RegionBoundary></rdf:li>";
    const Result<ShapeImport> read = XmpRegionReader::readPacket(
        packet(iptcItems(items + unlabelled) + mwg), QSize(300, 200), 6, u"photo.jpg.xmp"_s);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QVERIFY2(read->refused.isEmpty(), qPrintable(read->refused.join(u'\n')));
    // The MWG item repeats the first IPTC one (same id, same box within a pixel): listed once.
    QCOMPARE(read->shapes.size(), 2);
    QVERIFY2(read->shapes.last().label.isEmpty(), qPrintable(read->shapes.last().label));
    QCOMPARE(read->shapes.last().geometry.shape(), RegionGeometry::Shape::Ellipse);
    const ImportedShape &shape = read->shapes.first();
    QCOMPARE(shape.provenaRegionId, id);
    QCOMPARE(shape.label, u"vehicle"_s);
    QVERIFY2(shape.name.isEmpty(), qPrintable(shape.name));
    // The exact ellipse, stored (10, 20)–(70, 50), turned by orientation 6 on a 200 × 300
    // display: (200 − y, x) gives (150, 10)–(180, 70).
    QCOMPARE(shape.geometry.shape(), RegionGeometry::Shape::Ellipse);
    QVERIFY2(near(shape.geometry.boundingRect(), QRectF(150, 10, 30, 60)),
             qPrintable(describe(shape.geometry.points())));
}

void TestXmpRegionReader::imageWithoutRegions()
{
    QString problem;
    const QString image = makeImage(*mTemp, 1, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QVERIFY(read->shapes.isEmpty());
    QVERIFY(read->refused.isEmpty());
    QCOMPARE(read->sourcePath, image);
    // A PNG (no EXIF): its size comes from its header.
    const Result<ShapeImport> png
        = XmpRegionReader::read(QStringLiteral(PROVENA_TEST_DATA "/images/plain.png"));
    QVERIFY2(png, qPrintable(png.error().toString()));
    QVERIFY(png->shapes.isEmpty());
}

void TestXmpRegionReader::roundTripWithTheWriter_data()
{
    QTest::addColumn<int>("orientation");
    for (const int orientation : {1, 3, 6, 8})
        QTest::addRow("orientation %d", orientation) << orientation;
}

void TestXmpRegionReader::roundTripWithTheWriter()
{
    QFETCH(int, orientation);
    QString problem;
    const QString image = makeImage(*mTemp, orientation, &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QSize displayed = orientation >= 5 ? QSize(200, 300) : QSize(300, 200);

    // Every shape the writer writes, with odd coordinates, in the displayed image.
    XmpSidecarContent content;
    content.displayedSize = displayed;
    content.orientation = orientation;
    const auto region = [&](const RegionGeometry &geometry, const QString &label,
                            const QString &labelName, const QString &name = {}) {
        XmpRegion r;
        r.id = QUuid::createUuid();
        r.geometry = geometry;
        r.labelId = label;
        r.labelName = labelName;
        r.name = name;
        r.isPerson = label == QLatin1String("person");
        content.regions.append(r);
    };
    region(RegionGeometry::rectangle(QRectF(10.125, 20.5, 33.333, 41.25)), u"vehicle"_s,
           u"Vehicle"_s, u"Tu-204"_s);
    region(RegionGeometry::ellipse(QRectF(50.25, 60.75, 40.5, 40.5)), u"flag-insignia"_s,
           u"Flag or insignia"_s);
    region(RegionGeometry::ellipse(QRectF(100.5, 30.25, 60.125, 20.875)), u"other"_s, u"Other"_s);
    region(RegionGeometry::polygon(QPolygonF({{5.5, 5.25}, {90.75, 12}, {60, 80.125}, {7, 70}})),
           {}, {});
    region(RegionGeometry::point(QPointF(12.375, 150.625)), u"text-sign"_s, u"Text or sign"_s);
    region(RegionGeometry::rectangle(QRectF(120, 100, 30.5, 40.25)), u"person"_s, u"Person"_s,
           u"Vera Lind"_s);
    region(RegionGeometry::ellipse(QRectF(20, 180, 25, 35)), u"person"_s, u"Person"_s);

    const Result<XmpWriteReport> written = XmpSidecarWriter::write(image, content);
    QVERIFY2(written, qPrintable(written.error().toString()));
    QCOMPARE(written->regionsWritten, content.regions.size());
    QCOMPARE(written->personRegionsWritten, 2);

    const Result<ShapeImport> read = XmpRegionReader::read(image);
    QVERIFY2(read, qPrintable(read.error().toString()));
    QVERIFY2(read->refused.isEmpty(), qPrintable(read->refused.join(u'\n')));
    QVERIFY2(read->warnings.isEmpty(), qPrintable(read->warnings.join(u'\n')));
    // The MWG faces repeat their IPTC regions: each region comes back once.
    QCOMPARE(read->shapes.size(), content.regions.size());
    for (const XmpRegion &expected : std::as_const(content.regions)) {
        const auto found = std::find_if(
            read->shapes.cbegin(), read->shapes.cend(),
            [&](const ImportedShape &shape) { return shape.provenaRegionId == expected.id; });
        QVERIFY2(found != read->shapes.cend(), qPrintable(expected.id.toString()));
        const RegionGeometry &geometry = found->geometry;
        QCOMPARE(geometry.shape(), expected.geometry.shape());
        const QPolygonF got = geometry.points();
        const QPolygonF want = expected.geometry.points();
        QCOMPARE(got.size(), want.size());
        for (qsizetype i = 0; i < got.size(); ++i) {
            QVERIFY2(qAbs(got[i].x() - want[i].x()) < 0.01 && qAbs(got[i].y() - want[i].y()) < 0.01,
                     qPrintable(u"%1: %2 instead of %3"_s.arg(found->origin, describe(got),
                                                              describe(want))));
        }
        QCOMPARE(found->label, expected.labelId);
        QCOMPARE(found->name, expected.name);
    }
}

QTEST_GUILESS_MAIN(TestXmpRegionReader)
#include "tst_xmpregionreader.moc"
