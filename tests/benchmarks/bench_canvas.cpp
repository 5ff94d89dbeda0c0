// SPDX-License-Identifier: MIT
// The canvas with 5,000 regions on a 24-megapixel photo: rendering one viewport frame offscreen
// (goal: 16 ms) and opening the document into the scene, each against a baseline in the same run
// that has the same image and no regions. With that many regions on screen the outlines are drawn
// batched; the per-item path (each RegionItem paints itself, with its label tab and, when
// selected, its halo and fill) is used up to ImageView::kBatchThreshold (300) visible regions and
// is measured with 299 large regions (plus the image: 300 items), plain and all selected. Prints
// the ratios and each frame time beside its 16 ms goal at the end. A failed check (the wrong path
// taken) fails the process.
#include "core/commands/addremoveregions.h"
#include "core/document/articledocument.h"
#include "ui/canvas/imagescene.h"
#include "ui/canvas/imageview.h"
#include "ui/canvas/regionitem.h"

#include <QApplication>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QRandomGenerator>

#include "ratioreporter.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <memory>
#include <string>

namespace {

constexpr int kRegions = 5'000;
const QSize kImageSize(6000, 4000); // 24 megapixels
const QSize kViewportSize(1600, 1000);

const QImage &photo()
{
    static const QImage image = [] {
        QImage img(kImageSize, QImage::Format_RGB32);
        QPainter p(&img);
        QLinearGradient g(0, 0, kImageSize.width(), kImageSize.height());
        g.setColorAt(0, QColor(30, 60, 120));
        g.setColorAt(0.5, QColor(200, 180, 90));
        g.setColorAt(1, QColor(40, 120, 60));
        p.fillRect(img.rect(), g);
        p.setPen(Qt::white);
        for (int x = 0; x < kImageSize.width(); x += 250)
            p.drawLine(x, 0, kImageSize.width() - x, kImageSize.height());
        return img;
    }();
    return image;
}

QList<provena::Region> makeRegions()
{
    using namespace provena;
    static const QStringList labels {QStringLiteral("person"), QStringLiteral("vehicle"),
                                     QStringLiteral("text-sign"), QStringLiteral("flag-insignia")};
    QRandomGenerator rng(42);
    QList<Region> regions;
    for (int i = 0; i < kRegions; ++i) {
        Region r;
        r.id = QUuid::createUuid();
        const double x = rng.bounded(kImageSize.width() - 200);
        const double y = rng.bounded(kImageSize.height() - 200);
        const double w = 20 + rng.bounded(180);
        const double h = 20 + rng.bounded(180);
        switch (i % 4) {
        case 0:
            r.geometry = RegionGeometry::rectangle(QRectF(x, y, w, h));
            break;
        case 1:
            r.geometry = RegionGeometry::ellipse(QRectF(x, y, w, h));
            break;
        case 2:
            r.geometry = RegionGeometry::polygon(
                QPolygonF({QPointF(x, y), QPointF(x + w, y + h / 3), QPointF(x + w / 2, y + h),
                           QPointF(x, y + h / 2)}));
            break;
        default:
            r.geometry = RegionGeometry::point(QPointF(x, y));
            break;
        }
        r.label = labels.at(i % labels.size());
        regions.append(r);
    }
    return regions;
}

/**
 * As many regions as the per-item path takes: ImageView batches when more than kBatchThreshold
 * items are in view, and the image is one of them. Large enough that at fit zoom every one shows
 * its label tab (RegionItem::kLabelMinWidthPx on screen).
 */
constexpr int kPerItemRegions = provena::ImageView::kBatchThreshold - 1;

QList<provena::Region> makeLabelledRegions()
{
    using namespace provena;
    static const QStringList labels {QStringLiteral("person"), QStringLiteral("vehicle"),
                                     QStringLiteral("text-sign"), QStringLiteral("flag-insignia")};
    QRandomGenerator rng(7);
    QList<Region> regions;
    for (int i = 0; i < kPerItemRegions; ++i) {
        Region r;
        r.id = QUuid::createUuid();
        const double x = rng.bounded(kImageSize.width() - 500);
        const double y = 100 + rng.bounded(kImageSize.height() - 600);
        const double w = 260 + rng.bounded(200);
        const double h = 200 + rng.bounded(200);
        switch (i % 3) {
        case 0:
            r.geometry = RegionGeometry::rectangle(QRectF(x, y, w, h));
            break;
        case 1:
            r.geometry = RegionGeometry::ellipse(QRectF(x, y, w, h));
            break;
        default:
            r.geometry = RegionGeometry::polygon(
                QPolygonF({QPointF(x, y), QPointF(x + w, y + h / 3), QPointF(x + w / 2, y + h),
                           QPointF(x, y + h / 2)}));
            break;
        }
        r.label = labels.at(i % labels.size());
        regions.append(r);
    }
    return regions;
}

enum class Population { None, Many, PerItem };

std::unique_ptr<provena::ArticleDocument> makeDocument(Population population)
{
    auto doc = std::make_unique<provena::ArticleDocument>();
    provena::Article article;
    article.images = {provena::ImageRef()};
    doc->setArticle(article);
    if (population == Population::Many)
        doc->resetAnnotations(makeRegions(), {});
    else if (population == Population::PerItem)
        doc->resetAnnotations(makeLabelledRegions(), {});
    return doc;
}

std::unique_ptr<provena::ArticleDocument> makeDocument(bool withRegions)
{
    return makeDocument(withRegions ? Population::Many : Population::None);
}

/** A view on a populated scene, sized like a large canvas pane. */
struct Canvas
{
    explicit Canvas(bool withRegions)
        : Canvas(withRegions ? Population::Many : Population::None)
    {
    }
    explicit Canvas(Population population)
        : document(makeDocument(population))
    {
        scene.setDocument(document.get());
        scene.setImage(0, photo());
        view.resize(kViewportSize);
        view.show();
        QCoreApplication::processEvents();
        view.zoomToFit();
    }
    std::unique_ptr<provena::ArticleDocument> document;
    provena::ImageScene scene;
    provena::ImageView view {&scene};
};

void renderFrames(benchmark::State &state, bool withRegions, double zoom)
{
    Canvas canvas(withRegions);
    if (zoom > 0) {
        canvas.view.setZoom(zoom);
        canvas.view.centerOn(QPointF(kImageSize.width() / 2.0, kImageSize.height() / 2.0));
    }
    QImage frame(canvas.view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        // Through the viewport's paintEvent: the path every real frame takes.
        canvas.view.viewport()->render(&frame);
        benchmark::DoNotOptimize(frame.constBits());
    }
    // BENCH_CANVAS_SAVE=DIR keeps the last frame of each case, to check what was measured.
    if (const QString dir = qEnvironmentVariable("BENCH_CANVAS_SAVE"); !dir.isEmpty())
        frame.save(QStringLiteral("%1/frame-%2-%3.png").arg(dir).arg(withRegions).arg(zoom));
    state.counters["regions"] = withRegions ? kRegions : 0;
}

/** Frames at fit zoom through the per-item path, the regions plain or all selected. */
void renderItemFrames(benchmark::State &state, bool selected)
{
    Canvas canvas(Population::PerItem);
    if (selected) {
        QList<QUuid> ids;
        for (const provena::Region &r : canvas.document->regions())
            ids.append(r.id);
        canvas.scene.selectRegions(ids);
        if (canvas.scene.selectedRegionIds().size() != ids.size()) {
            state.SkipWithError("not every region could be selected");
            return;
        }
    }
    QImage frame(canvas.view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    for (auto _ : state) {
        canvas.view.viewport()->render(&frame);
        // The point of this case: every region painted itself, none was batched.
        if (canvas.scene.isBatching()) {
            state.SkipWithError("the regions were drawn batched, not one by one");
            break;
        }
    }
    const QRectF visible = canvas.view.mapToScene(canvas.view.viewport()->rect()).boundingRect();
    qsizetype shown = 0;
    for (const provena::RegionItem *item : canvas.scene.regionItems())
        shown += visible.intersects(item->sceneBoundingRect()) ? 1 : 0;
    if (shown != kPerItemRegions)
        state.SkipWithError("not every region was in view");
    if (const QString dir = qEnvironmentVariable("BENCH_CANVAS_SAVE"); !dir.isEmpty())
        frame.save(QStringLiteral("%1/frame-items-%2.png").arg(dir).arg(selected));
    state.counters["regions"] = double(shown);
}

void BM_RenderItems_Plain(benchmark::State &state)
{
    renderItemFrames(state, false);
}
void BM_RenderItems_Selected(benchmark::State &state)
{
    renderItemFrames(state, true);
}

void BM_RenderFit_Baseline(benchmark::State &state)
{
    renderFrames(state, false, 0);
}
void BM_RenderFit_Regions(benchmark::State &state)
{
    renderFrames(state, true, 0);
}
void BM_Render100_Baseline(benchmark::State &state)
{
    renderFrames(state, false, 1);
}
void BM_Render100_Regions(benchmark::State &state)
{
    renderFrames(state, true, 1);
}
void BM_Render800_Baseline(benchmark::State &state)
{
    renderFrames(state, false, 8);
}
void BM_Render800_Regions(benchmark::State &state)
{
    renderFrames(state, true, 8);
}

void openDocument(benchmark::State &state, bool withRegions)
{
    const QList<provena::Region> regions = withRegions ? makeRegions() : QList<provena::Region>();
    for (auto _ : state) {
        state.PauseTiming();
        auto document = makeDocument(false);
        state.ResumeTiming();
        // What opening does: the document gets its annotations, the scene its image and items.
        document->resetAnnotations(regions, {});
        provena::ImageScene scene;
        scene.setDocument(document.get());
        scene.setImage(0, photo());
        benchmark::DoNotOptimize(scene.regionItems().size());
        state.PauseTiming();
        scene.setDocument(nullptr);
        state.ResumeTiming();
    }
}

void BM_Open_Baseline(benchmark::State &state)
{
    openDocument(state, false);
}
void BM_Open_Regions(benchmark::State &state)
{
    openDocument(state, true);
}

BENCHMARK(BM_RenderFit_Baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderFit_Regions)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Render100_Baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Render100_Regions)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Render800_Baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Render800_Regions)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderItems_Plain)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RenderItems_Selected)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Open_Baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Open_Regions)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    std::printf("%d regions on a %dx%d image, viewport %dx%d\n", kRegions, kImageSize.width(),
                kImageSize.height(), kViewportSize.width(), kViewportSize.height());
    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    for (const char *name : {"RenderFit", "Render100", "Render800", "Open"}) {
        const std::string stem = std::string("BM_") + name;
        reporter.printRatio(std::string(name) + " regions/baseline", stem + "_Regions",
                            stem + "_Baseline", " ms");
    }
    reporter.printRatio("RenderItems plain/baseline", "BM_RenderItems_Plain",
                        "BM_RenderFit_Baseline", " ms");
    reporter.printRatio("RenderItems selected/baseline", "BM_RenderItems_Selected",
                        "BM_RenderFit_Baseline", " ms");
    constexpr double kFrameGoalMs = 16;
    for (const char *name : {"RenderFit_Regions", "Render100_Regions", "Render800_Regions",
                             "RenderItems_Plain", "RenderItems_Selected"})
        reporter.printGoal(std::string("frame ") + name, std::string("BM_") + name, kFrameGoalMs);
    benchmark::Shutdown();
    return reporter.exitCode();
}
