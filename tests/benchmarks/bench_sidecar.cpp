// SPDX-License-Identifier: MIT
// Sidecar save and load with 10,000 regions and 10,000 text links, against a baseline that only
// parses the same file with QJsonDocument::fromJson. Goal: under 100 ms each. Prints the ratios,
// and that of the strict pass alone (JsonStrictness, part of every load) against the baseline.
#include "core/document/articledocument.h"
#include "core/document/textanchoring.h"
#include "core/io/jsonstrictness.h"
#include "core/model/codepointindex.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"

#include <QJsonDocument>

#include "ratioreporter.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

namespace {

constexpr int kRegions = 10'000;

std::unique_ptr<provena::ArticleDocument> makeDocument()
{
    using namespace provena;
    auto doc = std::make_unique<ArticleDocument>();
    Article article;
    article.path = QStringLiteral("/tmp/bench/story.md");
    article.encoding = QStringLiteral("UTF-8");
    QString text;
    QList<qsizetype> starts;
    for (int i = 0; i < kRegions; ++i) {
        starts.append(text.size());
        text
            += QStringLiteral("Paragraph %1: Premier Tal Orsen 김정은 \U0001F600 toured the port. ")
                   .arg(i);
    }
    article.text = text;
    ImageRef image;
    image.url = QStringLiteral("https://images.example/2025/08/13/crane.jpg");
    article.images = {image};
    doc->setArticle(article);
    doc->setArticleSha256(QStringLiteral("3f").repeated(32));
    ImageRecord record;
    record.sha256 = QStringLiteral("a1").repeated(32);
    record.pixelSize = QSize(4000, 3000);
    doc->setImageRecord(0, record);
    const CodePointIndex index(text);
    QList<TextAnchor> anchors;
    QList<Region> regions;
    const QDateTime t(QDate(2025, 8, 14), QTime(9, 0), Qt::UTC);
    for (int i = 0; i < kRegions; ++i) {
        TextAnchor a = makeTextAnchor(
            text, index, findOccurrence(text, index, QStringLiteral("Paragraph %1:").arg(i)));
        a.created = t;
        a.author = QStringLiteral("Analyst A");
        anchors.append(a);
        Region r;
        r.id = QUuid::createUuid();
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
    doc->resetAnnotations(regions, anchors);
    return doc;
}

const provena::ArticleDocument &document()
{
    static const auto doc = makeDocument();
    return *doc;
}

const QByteArray &sidecar()
{
    static const QByteArray bytes = provena::SidecarWriter::write(document());
    return bytes;
}

void BM_BaselineFromJson(benchmark::State &state)
{
    for (auto _ : state) {
        const QJsonDocument d = QJsonDocument::fromJson(sidecar());
        if (!d.isObject()) {
            state.SkipWithError("the sidecar is not a JSON object");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * sidecar().size());
}

void BM_StrictCheck(benchmark::State &state)
{
    provena::JsonLimits limits;
    limits.maxDepth = provena::SidecarReader::kMaxNestingDepth;
    limits.maxStringLength = provena::SidecarReader::kMaxStringLength;
    for (auto _ : state) {
        const auto problem = provena::JsonStrictness::check(sidecar(), limits);
        if (problem) {
            state.SkipWithError(qPrintable(problem->description));
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * sidecar().size());
}

void BM_Save(benchmark::State &state)
{
    for (auto _ : state) {
        const QByteArray bytes = provena::SidecarWriter::write(document());
        if (bytes.size() != sidecar().size()) {
            state.SkipWithError("the writer's output changed size between two writes");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * sidecar().size());
}

void BM_Load(benchmark::State &state)
{
    for (auto _ : state) {
        const auto content = provena::SidecarReader::read(sidecar());
        // Never touch the value of a failed read: report it and stop measuring.
        if (!content) {
            state.SkipWithError(qPrintable(content.error().toString()));
            break;
        }
        if (content->regions.size() != kRegions || content->anchors.size() != kRegions) {
            state.SkipWithError("the sidecar read back with the wrong number of regions or links");
            break;
        }
        benchmark::DoNotOptimize(content->anchors.size());
    }
    state.SetBytesProcessed(state.iterations() * sidecar().size());
}

BENCHMARK(BM_BaselineFromJson)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_StrictCheck)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Save)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Load)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    std::printf("sidecar: %lld bytes, %d regions, %d text links\n",
                static_cast<long long>(sidecar().size()), kRegions, kRegions);
    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    for (const char *name : {"BM_StrictCheck", "BM_Save", "BM_Load"})
        reporter.printRatio(std::string(name) + "/fromJson", name, "BM_BaselineFromJson",
                            " ms; goal < 100 ms");
    benchmark::Shutdown();
    return reporter.exitCode();
}
