// SPDX-License-Identifier: MIT
// Exporting a bundle (issue 12): kArticles articles (default 50; PROVENA_BENCH_ARTICLES
// overrides), each with its own copy of one 24 MP JPEG (6000×4000, noisy so it weighs ~5.4 MB;
// each copy differs by a COM segment naming its article) and 50 regions in its sidecar —
// BundleExporter::exportBundle with renderings, crops and reports, and with --no-render,
// against `zip -r -0 -q` of the same input files, measured in the same run (goal: ≤ 3×).
// Every bundle made must verify (BagVerifier), else the benchmark fails. Then peak memory:
// `provena-cli export --no-pdf` of 10 and of all articles in child processes, max RSS from
// wait4() (goal: flat in the number of articles).
#include "bundle/bagverifier.h"
#include "bundle/bundleexporter.h"
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "session/documentio.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "ratioreporter.h"

#include <benchmark/benchmark.h>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

extern char **environ;

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kRegions = 50;
const QSize kPhotoSize(6000, 4000);

int gArticles = 50;
QString gDir; ///< the temporary folder: in/, out/
QStringList gArticlePaths;
qint64 gInputBytes = 0;
bool gCheckFailed = false;

void fail(benchmark::State &state, const std::string &why)
{
    gCheckFailed = true;
    state.SkipWithError(why.c_str());
}

/** A 24 MP photo-like JPEG: gradients and shapes under fine noise, ~5.4 MB at quality 85. */
QByteArray makePhoto()
{
    QImage image(kPhotoSize, QImage::Format_RGB32);
    QPainter p(&image);
    QLinearGradient sky(0, 0, 0, kPhotoSize.height());
    sky.setColorAt(0, QColor(90, 140, 200));
    sky.setColorAt(1, QColor(40, 60, 50));
    p.fillRect(image.rect(), sky);
    p.setBrush(QColor(200, 120, 40));
    for (int i = 0; i < 40; ++i)
        p.drawRect(150 * i, 2200 - 20 * i, 120, 800 + 20 * i);
    p.end();
    QRandomGenerator random(12); // the same photo every run
    for (int y = 0; y < image.height(); ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < image.width(); ++x) {
            const int n = int(random.bounded(24u)) - 12;
            const QRgb c = line[x];
            line[x] = qRgb(qBound(0, qRed(c) + n, 255), qBound(0, qGreen(c) + n, 255),
                           qBound(0, qBlue(c) + n, 255));
        }
    }
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return jpeg;
}

/** The photo with a COM segment naming `article` right after SOI: another file, same picture. */
QByteArray photoFor(const QByteArray &photo, int article)
{
    const QByteArray text = "Provena benchmark article " + QByteArray::number(article);
    const int length = int(text.size()) + 2;
    QByteArray segment("\xFF\xFE", 2);
    segment.append(char(length >> 8)).append(char(length & 0xFF)).append(text);
    return photo.left(2) + segment + photo.mid(2);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

/** Writes article `i` with its photo and a sidecar holding 50 regions; empty or why not. */
QString makeArticle(const QByteArray &photo, int i)
{
    const QString folder = u"%1/in/a%2"_s.arg(gDir).arg(i, 3, 10, QLatin1Char('0'));
    QDir().mkpath(folder);
    const QString article = folder + u"/story-%1.md"_s.arg(i);
    const QByteArray text = "# Harbour crane " + QByteArray::number(i)
        + "\n\n![Premier Tal Orsen at the port. [NCNA]](photo.jpg)\n\nPremier Tal Orsen toured "
          "the rebuilt container terminal.\n\nBy Vera Lind\n";
    if (!writeFile(folder + u"/photo.jpg"_s, photoFor(photo, i)) || !writeFile(article, text))
        return u"cannot write "_s + folder;
    auto doc = provena::DocumentIO::open(article);
    if (!doc)
        return doc.error().toString();
    QList<provena::Region> regions;
    for (int k = 0; k < kRegions; ++k) {
        provena::Region r;
        r.id = QUuid::createUuid();
        r.imageIndex = 0;
        const QRectF box(100 + (k % 10) * 580, 150 + (k / 10) * 760, 400, 520);
        r.geometry = provena::RegionGeometry::rectangle(box);
        r.label = k % 3 == 0 ? u"person"_s : u"vehicle"_s;
        r.entity.name = k % 3 == 0 ? u"Person %1"_s.arg(k) : QString();
        regions.append(r);
    }
    provena::AddRegionsCommand add(doc.value().get(), regions);
    add.redo();
    const provena::Status saved = provena::DocumentIO::save(*doc.value());
    if (!saved)
        return saved.error().toString();
    gArticlePaths.append(article);
    return {};
}

bool prepare()
{
    QElapsedTimer timer;
    timer.start();
    const QByteArray photo = makePhoto();
    std::printf("photo: %dx%d JPEG, %.1f MB (made in %.1f s)\n", kPhotoSize.width(),
                kPhotoSize.height(), double(photo.size()) / 1e6, double(timer.elapsed()) / 1e3);
    for (int i = 1; i <= gArticles; ++i) {
        if (const QString problem = makeArticle(photo, i); !problem.isEmpty()) {
            std::fprintf(stderr, "FAILED: %s\n", qPrintable(problem));
            return false;
        }
    }
    QDirIterator it(gDir + u"/in"_s, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        gInputBytes += QFileInfo(it.next()).size();
    std::printf("%d articles, each a 24 MP photo and %d regions: %.1f MB of input (made in "
                "%.1f s)\n",
                gArticles, kRegions, double(gInputBytes) / 1e6, double(timer.elapsed()) / 1e3);
    return QDir().mkpath(gDir + u"/out"_s);
}

void BM_ZipStore(benchmark::State &state)
{
    const QString zip = gDir + u"/out/baseline.zip"_s;
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(zip);
        state.ResumeTiming();
        QProcess process;
        process.setWorkingDirectory(gDir);
        process.start(u"zip"_s, {u"-r"_s, u"-0"_s, u"-q"_s, zip, u"in"_s});
        if (!process.waitForFinished(600'000) || process.exitStatus() != QProcess::NormalExit
            || process.exitCode() != 0) {
            fail(state, "zip failed: " + process.readAllStandardError().toStdString());
            return;
        }
    }
    state.counters["MB/s"] = benchmark::Counter(double(gInputBytes) / 1e6,
                                                benchmark::Counter::kIsIterationInvariantRate);
}

void exportBundle(benchmark::State &state, bool render)
{
    const QString zip = gDir + (render ? u"/out/render.zip"_s : u"/out/no-render.zip"_s);
    provena::BundleExportOptions options;
    options.date = QDate(2026, 3, 14);
    options.render = render;
    qint64 zipBytes = 0;
    for (auto _ : state) {
        state.PauseTiming();
        QFile::remove(zip);
        state.ResumeTiming();
        const auto exported = provena::BundleExporter::exportBundle(gArticlePaths, zip, options);
        if (!exported) {
            fail(state, exported.error().toString().toStdString());
            return;
        }
        zipBytes = exported->bag.zipBytes;
        if (!exported->warnings.isEmpty()) {
            fail(state, "unexpected warning: " + exported->warnings.first().toStdString());
            return;
        }
    }
    // The bag must hold: every checksum, Payload-Oxum, the tag manifest.
    const provena::BagVerification bag = provena::BagVerifier::verifyZip(zip);
    std::printf("check %s: %d payload files, %.1f MB zip, BagVerifier: %s\n",
                render ? "render" : "no-render", bag.payloadFiles, double(zipBytes) / 1e6,
                bag.isValid() ? "valid" : qPrintable(bag.problems.first().message));
    if (!bag.isValid())
        fail(state, "the bundle does not verify");
    state.counters["MB/s"] = benchmark::Counter(double(gInputBytes) / 1e6,
                                                benchmark::Counter::kIsIterationInvariantRate);
}

void BM_Export(benchmark::State &state)
{
    exportBundle(state, true);
}

void BM_ExportNoRender(benchmark::State &state)
{
    exportBundle(state, false);
}

BENCHMARK(BM_ZipStore)->Unit(benchmark::kMillisecond)->Iterations(2)->UseRealTime();
BENCHMARK(BM_Export)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();
BENCHMARK(BM_ExportNoRender)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

/** Runs `provena-cli export` of the first `count` articles; its max RSS in MB, or -1. */
double exportPeakMegabytes(int count)
{
    const QString zip = gDir + u"/out/rss-%1.zip"_s.arg(count);
    QFile::remove(zip);
    std::vector<std::string> args {PROVENA_CLI,       "export", "-o",
                                   zip.toStdString(), "--date", "2026-03-14"};
    for (int i = 0; i < count; ++i)
        args.push_back(gArticlePaths.at(i).toStdString());
    std::vector<char *> argv;
    for (std::string &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0);
    const int spawned = posix_spawn(&pid, PROVENA_CLI, &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return -1;
    int status = 0;
    rusage usage {};
    if (wait4(pid, &status, 0, &usage) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return -1;
    if (!provena::BagVerifier::verifyZip(zip).isValid())
        return -1;
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv)
{
    // Renderings and reports need fonts, so a QGuiApplication; offscreen needs no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ProvenaBundleBench"_s);
    QStandardPaths::setTestModeEnabled(true);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    if (const int n = qEnvironmentVariableIntValue("PROVENA_BENCH_ARTICLES"); n > 0)
        gArticles = n;
    if (QStandardPaths::findExecutable(u"zip"_s).isEmpty()) {
        std::fprintf(stderr, "FAILED: zip is not installed (packaging/install-deps.sh)\n");
        return 1;
    }
    QTemporaryDir dir;
    gDir = dir.path();
    if (!dir.isValid() || !prepare())
        return 1;

    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    const std::string zip = "BM_ZipStore/iterations:2/real_time";
    const std::string full = "BM_Export/iterations:1/real_time";
    const std::string noRender = "BM_ExportNoRender/iterations:1/real_time";
    reporter.printRatio("export/zip -0", full, zip, " ms; goal: ≤ 3");
    reporter.printRatio("export --no-render/zip -0", noRender, zip, " ms");

    bool memoryOk = true;
    const int small = qMin(10, gArticles);
    const double smallPeak = exportPeakMegabytes(small);
    const double largePeak = exportPeakMegabytes(gArticles);
    if (smallPeak < 0 || largePeak < 0) {
        std::fprintf(stderr, "FAILED: provena-cli export failed or its bundle did not verify\n");
        memoryOk = false;
    } else {
        std::printf("peak memory: provena-cli export of %d articles: %.0f MB, of %d articles: "
                    "%.0f MB\n",
                    small, smallPeak, gArticles, largePeak);
        std::printf("ratio peak memory %d/%d articles = %.2f (goal: flat, ~1)\n", gArticles, small,
                    largePeak / smallPeak);
    }
    benchmark::Shutdown();
    return memoryOk && !gCheckFailed && reporter.exitCode() == 0 ? 0 : 1;
}
