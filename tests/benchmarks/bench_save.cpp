// SPDX-License-Identifier: MIT
// Saving must not freeze the window: with 10,000 regions and 10,000 text links, the UI thread
// only takes a snapshot (goal ≤ 16 ms, one frame), while serialising and writing run on a
// worker. Measures the UI-thread part of a save and of an autosave next to the full,
// synchronous save and autosave (the baselines, same run), and prints the ratios. Exits non-zero
// when the sidecar written does not read back with every region.
#include "core/commands/changeregionscommand.h"
#include "core/document/articledocument.h"
#include "core/document/textanchoring.h"
#include "core/model/codepointindex.h"
#include "formats/sidecarreader.h"
#include "session/documentio.h"
#include "session/documentsession.h"
#include "session/recoverymanager.h"

#include <QCoreApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "ratioreporter.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>

namespace {

constexpr int kRegions = 10'000;
// Fixed: the UI-thread cases time a fraction of each iteration, and Google Benchmark would
// otherwise run thousands of full writes (in paused time) to gather its minimum time.
constexpr int kIterations = 15;

provena::DocumentSession *gSession = nullptr;
bool gCheckFailed = false;

/** Writes an article of kRegions paragraphs, opens it and annotates every paragraph. */
bool openLargeDocument(provena::DocumentSession &session, const QString &dir)
{
    using namespace provena;
    QByteArray text = "# Port\n\n";
    for (int i = 0; i < kRegions; ++i)
        text += QStringLiteral(
                    "Paragraph %1: Premier Tal Orsen 김정은 \U0001F600 toured the port.\n\n")
                    .arg(i)
                    .toUtf8();
    text += "![The crane.](crane.jpg)\n";
    const QString article = dir + QStringLiteral("/story.md");
    QFile file(article);
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size())
        return false;
    file.close();
    if (!session.open(article)) {
        std::fprintf(stderr, "could not open the benchmark article\n");
        return false;
    }
    ArticleDocument &doc = *session.document();
    const QString &articleText = doc.article().text;
    const CodePointIndex index(articleText);
    const QDateTime t(QDate(2025, 8, 14), QTime(9, 0), Qt::UTC);
    QList<TextAnchor> anchors;
    QList<Region> regions;
    for (int i = 0; i < kRegions; ++i) {
        TextAnchor a = makeTextAnchor(
            articleText, index,
            findOccurrence(articleText, index, QStringLiteral("Paragraph %1:").arg(i)));
        a.created = t;
        a.author = QStringLiteral("Analyst A");
        anchors.append(a);
        Region r;
        r.id = QUuid::createUuid();
        r.imageIndex = 0;
        r.geometry = i % 2 ? RegionGeometry::rectangle(QRectF(i % 3000, i % 2000, 40.5, 30))
                           : RegionGeometry::polygon(QPolygonF(
                               {{1.5, 2}, {100, 4}, {90, 80.25}, {double(i % 1000), 50}}));
        r.label = QStringLiteral("person");
        r.note = QStringLiteral("Region %1").arg(i);
        r.author = QStringLiteral("Analyst A");
        r.created = t;
        r.modified = t;
        r.links = {a.id};
        regions.append(r);
    }
    doc.resetAnnotations(regions, anchors);
    return doc.regions().size() == kRegions;
}

/** Marks the run failed (the process exits non-zero) and stops this benchmark. */
void fail(benchmark::State &state, const char *why)
{
    gCheckFailed = true;
    state.SkipWithError(why);
}

/** One small edit, so every save has something to write (an unchanged save writes nothing). */
void edit(int iteration)
{
    provena::ArticleDocument *doc = gSession->document();
    doc->undoStack()->push(provena::ChangeRegionsCommand::setNote(
        doc, doc->regions().first().id, QStringLiteral("Edit %1").arg(iteration)));
}

void BM_FullSave(benchmark::State &state)
{
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        edit(++n);
        state.ResumeTiming();
        if (!gSession->save())
            fail(state, "save failed");
    }
}

void BM_SaveUiThread(benchmark::State &state)
{
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        edit(++n);
        state.ResumeTiming();
        if (!gSession->saveInBackground())
            fail(state, "save refused");
        state.PauseTiming();
        gSession->waitForSave(); // the worker's part, not the UI thread's
        if (gSession->document()->isModified())
            fail(state, "the document is still modified after its save");
        state.ResumeTiming();
    }
}

void BM_FullAutosave(benchmark::State &state)
{
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        edit(++n);
        state.ResumeTiming();
        if (!gSession->recovery()->writeNow())
            fail(state, "autosave failed");
    }
}

void BM_AutosaveUiThread(benchmark::State &state)
{
    int n = 0;
    for (auto _ : state) {
        state.PauseTiming();
        edit(++n);
        state.ResumeTiming();
        gSession->recovery()->writeInBackground();
        state.PauseTiming();
        gSession->recovery()->waitForWrite();
        state.ResumeTiming();
    }
}

BENCHMARK(BM_FullSave)->Unit(benchmark::kMillisecond)->Iterations(kIterations);
BENCHMARK(BM_SaveUiThread)->Unit(benchmark::kMillisecond)->Iterations(kIterations);
BENCHMARK(BM_FullAutosave)->Unit(benchmark::kMillisecond)->Iterations(kIterations);
BENCHMARK(BM_AutosaveUiThread)->Unit(benchmark::kMillisecond)->Iterations(kIterations);

/** The sidecar and the recovery file read back with every region. */
bool writtenFilesAreComplete()
{
    using namespace provena;
    bool ok = true;
    for (const QString &path : {gSession->document()->sidecarPath(),
                                RecoveryManager::recoveryPathFor(gSession->articlePath())}) {
        if (!QFile::exists(path))
            continue; // that benchmark was filtered out
        const auto content = SidecarReader::readFile(path);
        const qsizetype count = content ? content->regions.size() : -1;
        if (count != kRegions) {
            std::fprintf(stderr, "FAILED: %s reads back with %lld regions, expected %d\n",
                         qPrintable(path), static_cast<long long>(count), kRegions);
            ok = false;
        }
    }
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // recovery files go to a test location
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    QTemporaryDir dir;
    provena::DocumentSession session;
    gSession = &session;
    if (!dir.isValid() || !openLargeDocument(session, dir.path()))
        return 1;
    std::printf("document: %d regions, %d text links\n", kRegions, kRegions);
    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    // Google Benchmark names a benchmark with a fixed iteration count "NAME/iterations:N".
    const auto name = [](const char *benchmark) {
        return std::string(benchmark) + "/iterations:" + std::to_string(kIterations);
    };
    reporter.printRatio("save ui-thread/full", name("BM_SaveUiThread"), name("BM_FullSave"),
                        " ms; goal: ui-thread ≤ 16 ms");
    reporter.printRatio("autosave ui-thread/full", name("BM_AutosaveUiThread"),
                        name("BM_FullAutosave"), " ms; goal: ui-thread ≤ 16 ms");
    const bool complete = writtenFilesAreComplete();
    session.recovery()->discard();
    benchmark::Shutdown();
    gSession = nullptr;
    return complete && !gCheckFailed ? 0 : 1;
}
