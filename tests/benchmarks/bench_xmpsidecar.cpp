// SPDX-License-Identifier: MIT
// Writing XMP sidecars (issue 11): one sidecar with 50 regions (rectangles and polygons, 10 of
// them people, also as MWG regions) and the IPTC provenance fields, for each of kFiles images,
// in-process through XmpSidecarWriter::write — against exiftool writing the same fields with the
// same struct syntax to kFiles new sidecars in batch mode: one `exiftool -@ ARGFILE` process with
// -execute between files, timed as a whole (start-up included: that is what a batch costs).
// Goal: Provena at least 4× faster per file. Exits non-zero when exiftool is missing, when either
// side fails, or when `exiftool -struct -j` does not read 50 ImageRegion items back from one
// file of each.
#include "metadata/metadatareader.h"
#include "metadata/xmpsidecar.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include "ratioreporter.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kFiles = 100;
constexpr int kRegions = 50;
constexpr int kPersons = 10;
constexpr int kProvenaIterations = 5;
constexpr int kExiftoolIterations = 3;
const QSize kImageSize(4000, 3000);

QString gDir;
bool gCheckFailed = false;

QString imagePath(const QString &folder, int i)
{
    return u"%1/photo%2.jpg"_s.arg(folder).arg(i, 3, 10, QLatin1Char('0'));
}

/** What both writers write: 50 regions, every other one a 6-vertex polygon, 10 people. */
provena::XmpSidecarContent benchmarkContent()
{
    using namespace provena;
    XmpSidecarContent c;
    c.displayedSize = kImageSize;
    c.orientation = 1;
    c.fields.creators = {u"Jane Roe"_s, u"Kim Lee"_s};
    c.fields.creditLine = u"KCNA via REUTERS"_s;
    c.fields.source = u"Korean Central News Agency"_s;
    c.fields.copyrightNotice = u"© 2025 KCNA"_s;
    c.fields.usageTerms = u"Editorial use only"_s;
    c.fields.caption = u"Premier Tal Orsen inspects the rebuilt harbour crane in Nampo"_s;
    c.fields.digitalSourceType = u"http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"_s;
    c.fields.dateCreated = u"2025-08-13"_s;
    for (int i = 0; i < kRegions; ++i) {
        XmpRegion r;
        r.id = QUuid::fromString(u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QLatin1Char('0')));
        const double x = 50 + (i % 10) * 380;
        const double y = 50 + (i / 10) * 560;
        if (i % 2 == 0)
            r.geometry = RegionGeometry::rectangle(QRectF(x, y, 300, 400));
        else
            r.geometry = RegionGeometry::polygon(QPolygonF({{x, y},
                                                            {x + 200, y + 10},
                                                            {x + 300, y + 150},
                                                            {x + 250, y + 400},
                                                            {x + 60, y + 380},
                                                            {x + 10, y + 200}}));
        r.isPerson = i % 2 == 0 && i / 2 < kPersons;
        r.labelId = r.isPerson ? u"person"_s : u"vehicle"_s;
        r.labelName = r.isPerson ? u"Person"_s : u"Vehicle"_s;
        r.name = r.isPerson ? u"Person %1"_s.arg(i) : u"Object %1"_s.arg(i);
        if (r.isPerson)
            c.fields.personsShown.append(r.name);
        c.regions.append(r);
    }
    return c;
}

QString iptcTypeFor(const provena::XmpRegion &r)
{
    return r.isPerson ? u"http://cv.iptc.org/newscodes/imageregiontype/human"_s
                      : u"http://cv.iptc.org/newscodes/imageregiontype/vehicle"_s;
}

/** The same content as exiftool assignments, one argument per line, for one file. */
void writeExiftoolArguments(QTextStream &out, const provena::XmpSidecarContent &c,
                            const QString &sidecar)
{
    const provena::XmpImageFields &f = c.fields;
    for (const QString &creator : f.creators)
        out << "-XMP-dc:Creator=" << creator << '\n';
    out << "-XMP-photoshop:Credit=" << f.creditLine << '\n'
        << "-XMP-photoshop:Source=" << f.source << '\n'
        << "-XMP-dc:Rights=" << f.copyrightNotice << '\n'
        << "-XMP-xmpRights:UsageTerms=" << f.usageTerms << '\n'
        << "-XMP-dc:Description=" << f.caption << '\n'
        << "-XMP-iptcExt:DigitalSourceType=" << f.digitalSourceType << '\n'
        << "-XMP-photoshop:DateCreated=" << f.dateCreated << '\n'
        << "-XMP-tiff:Orientation#=" << c.orientation << '\n';
    for (const QString &person : f.personsShown)
        out << "-XMP-iptcExt:PersonInImage=" << person << '\n';
    QStringList mwg;
    for (const provena::XmpRegion &r : c.regions) {
        QString boundary;
        const QRectF box = r.geometry.boundingRect();
        if (r.geometry.shape() == provena::RegionGeometry::Shape::Rectangle) {
            boundary = u"RbShape=rectangle,RbUnit=pixel,RbX=%1,RbY=%2,RbW=%3,RbH=%4"_s.arg(box.x())
                           .arg(box.y())
                           .arg(box.width())
                           .arg(box.height());
        } else {
            QStringList vertices;
            for (const QPointF &p : r.geometry.points())
                vertices.append(u"{RbX=%1,RbY=%2}"_s.arg(p.x()).arg(p.y()));
            boundary = u"RbShape=polygon,RbUnit=pixel,RbVertices=[%1]"_s.arg(vertices.join(u','));
        }
        out << "-XMP-iptcExt:ImageRegion+={RegionBoundary={" << boundary
            << "},RId=" << r.id.toString(QUuid::WithoutBraces) << ",Name=" << r.name
            << ",RCtype=[{Identifier=[" << iptcTypeFor(r) << "],Name=" << r.labelName
            << "}],RRole=[{Identifier=[http://cv.iptc.org/newscodes/imageregionrole/subjectArea],"
               "Name=subject area}]}\n";
        if (r.isPerson)
            mwg.append(u"{Area={X=%1,Y=%2,W=%3,H=%4,Unit=normalized},Type=Face,Name=%5}"_s
                           .arg(box.center().x() / kImageSize.width())
                           .arg(box.center().y() / kImageSize.height())
                           .arg(box.width() / kImageSize.width())
                           .arg(box.height() / kImageSize.height())
                           .arg(r.name));
    }
    out << "-XMP-mwg-rs:RegionInfo={AppliedToDimensions={W=" << kImageSize.width()
        << ",H=" << kImageSize.height() << ",Unit=pixel},RegionList=[" << mwg.join(u',') << "]}\n"
        << sidecar << "\n-execute\n";
}

void removeSidecars(const QString &folder)
{
    for (const QString &name : QDir(folder).entryList({u"*.xmp"_s}, QDir::Files))
        QFile::remove(folder + u'/' + name);
}

void fail(benchmark::State &state, const std::string &why)
{
    gCheckFailed = true;
    state.SkipWithError(why.c_str());
}

void BM_ProvenaWrite(benchmark::State &state)
{
    const QString folder = gDir + u"/provena"_s;
    const provena::XmpSidecarContent content = benchmarkContent();
    for (auto _ : state) {
        state.PauseTiming();
        removeSidecars(folder);
        state.ResumeTiming();
        for (int i = 0; i < kFiles; ++i) {
            const auto written = provena::XmpSidecarWriter::write(imagePath(folder, i), content);
            if (!written) {
                fail(state, written.error().toString().toStdString());
                return;
            }
        }
    }
}

void BM_ExiftoolBatch(benchmark::State &state)
{
    const QString folder = gDir + u"/exiftool"_s;
    const QString argFile = gDir + u"/exiftool-args.txt"_s;
    {
        QFile file(argFile);
        if (!file.open(QIODevice::WriteOnly)) {
            fail(state, "cannot write the argument file");
            return;
        }
        QTextStream out(&file);
        const provena::XmpSidecarContent content = benchmarkContent();
        for (int i = 0; i < kFiles; ++i)
            writeExiftoolArguments(out, content, imagePath(folder, i) + u".xmp"_s);
    }
    for (auto _ : state) {
        state.PauseTiming();
        removeSidecars(folder);
        state.ResumeTiming();
        QProcess exiftool;
        exiftool.start(u"exiftool"_s, {u"-q"_s, u"-@"_s, argFile});
        if (!exiftool.waitForFinished(600'000) || exiftool.exitStatus() != QProcess::NormalExit
            || exiftool.exitCode() != 0) {
            fail(state,
                 "exiftool failed: " + exiftool.errorString().toStdString() + " "
                     + exiftool.readAllStandardError().toStdString());
            return;
        }
    }
}

BENCHMARK(BM_ProvenaWrite)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(kProvenaIterations)
    ->UseRealTime();
BENCHMARK(BM_ExiftoolBatch)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(kExiftoolIterations)
    ->UseRealTime();

/** How many ImageRegion items `exiftool -struct -j` reads from `sidecar`; -1 on failure. */
int regionsExiftoolReads(const QString &sidecar)
{
    QProcess exiftool;
    exiftool.start(u"exiftool"_s, {u"-struct"_s, u"-j"_s, u"-XMP-iptcExt:ImageRegion"_s, sidecar});
    if (!exiftool.waitForFinished(60'000) || exiftool.exitCode() != 0)
        return -1;
    const QJsonArray files = QJsonDocument::fromJson(exiftool.readAllStandardOutput()).array();
    return int(files.first().toObject().value(u"ImageRegion"_s).toArray().size());
}

bool sidecarsReadBack()
{
    bool ok = true;
    for (const char *side : {"provena", "exiftool"}) {
        const QString sidecar
            = imagePath(gDir + u'/' + QLatin1String(side), kFiles - 1) + u".xmp"_s;
        if (!QFile::exists(sidecar))
            continue; // that benchmark was filtered out (or failed, which is reported already)
        const int count = regionsExiftoolReads(sidecar);
        std::printf("check %s: exiftool -struct -j reads %d ImageRegion items from %s\n", side,
                    count, qPrintable(QDir(gDir).relativeFilePath(sidecar)));
        if (count != kRegions) {
            std::fprintf(stderr, "FAILED: %d ImageRegion items in %s, expected %d\n", count,
                         qPrintable(sidecar), kRegions);
            ok = false;
        }
    }
    return ok;
}

bool prepareImages(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    for (int i = 0; i < kFiles; ++i) {
        if (!QFile::copy(QStringLiteral(PROVENA_TEST_DATA "/images/provenance.jpg"),
                         imagePath(folder, i)))
            return false;
    }
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (QStandardPaths::findExecutable(u"exiftool"_s).isEmpty()) {
        std::fprintf(stderr, "FAILED: exiftool is not installed (packaging/install-deps.sh)\n");
        return 1;
    }
    provena::MetadataReader::initialise();
    QTemporaryDir dir;
    gDir = dir.path();
    if (!dir.isValid() || !prepareImages(gDir + u"/provena"_s)
        || !prepareImages(gDir + u"/exiftool"_s))
        return 1;
    std::printf("%d files, each: %d regions (%d people, also as MWG regions), IPTC fields\n",
                kFiles, kRegions, kPersons);
    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const auto name = [](const char *benchmark, int iterations) {
        return std::string(benchmark) + "/iterations:" + std::to_string(iterations) + "/real_time";
    };
    const std::string provena = name("BM_ProvenaWrite", kProvenaIterations);
    const std::string exiftool = name("BM_ExiftoolBatch", kExiftoolIterations);
    for (const auto &[label, benchmarkName] :
         {std::pair {"provena", provena}, std::pair {"exiftool", exiftool}}) {
        if (reporter.has(benchmarkName))
            std::printf("per file %s: %.3f ms\n", label,
                        reporter.times().at(benchmarkName).real / kFiles);
    }
    reporter.printRatio("exiftool/provena per file", exiftool, provena, " ms per batch; goal: ≥ 4");
    const bool readBack = sidecarsReadBack();
    benchmark::Shutdown();
    return readBack && !gCheckFailed && reporter.exitCode() == 0 ? 0 : 1;
}
