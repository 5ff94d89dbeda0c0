// SPDX-License-Identifier: MIT
// The article text pane on a large copied article (one paragraph a line, 20,000 lines, 100
// images): the readable (rendered) view and the source view against a baseline that only puts
// the same text into a QPlainTextEdit, which is what showing an article cost before the
// readable view. Prints "ratio rendered/baseline" and "ratio source/baseline".
#include "core/document/articledocument.h"
#include "formats/articleparser.h"
#include "ui/text/articletextview.h"

#include "ratioreporter.h"

#include <QApplication>
#include <QPlainTextEdit>

#include <benchmark/benchmark.h>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kLines = 20000;
constexpr int kImageEvery = 200;
bool gCorrect = true;

const provena::Article &article()
{
    static const provena::Article parsed = [] {
        QString text;
        for (int i = 0; i < kLines; ++i) {
            if (i % kImageEvery == 0)
                text += u"![Workers repair the dam on Oct. 3, in this picture released by the "
                        "Korean Central News Agency (KCNA) on Oct. 4. [KCNA]]"
                        "(https://x.example/2025/10/p%1.jpg)\n"_s.arg(i);
            text += u"Line %1 of the copied story: *officials* said the dam held, 한국어 and "
                    "Кириллица, with 📸 emoji.\n"_s.arg(i);
        }
        return provena::ArticleParser::parse(text, u"markdown"_s, QString());
    }();
    return parsed;
}

void BM_Baseline(benchmark::State &state)
{
    QPlainTextEdit edit;
    for (auto _ : state)
        edit.setPlainText(article().text);
}

void showIn(benchmark::State &state, bool source)
{
    provena::ArticleDocument document;
    document.setArticle(article());
    provena::ArticleTextView view;
    view.setShowSource(source);
    for (auto _ : state) {
        view.setArticleDocument(nullptr);
        view.setArticleDocument(&document);
    }
    // Correctness: the rendered view shows every paragraph and no Markdown image syntax.
    const QString shown = view.toPlainText();
    const bool ok = source ? shown.contains(u"!["_s)
                           : !shown.contains(u"!["_s)
            && view.document()->blockCount() >= int(article().paragraphs.size());
    if (!ok) {
        gCorrect = false;
        state.SkipWithError("the view does not show the article as expected");
    }
}

void BM_Rendered(benchmark::State &state)
{
    showIn(state, false);
}

void BM_Source(benchmark::State &state)
{
    showIn(state, true);
}

BENCHMARK(BM_Baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Rendered)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Source)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    std::printf("%d lines, %lld paragraphs, %lld images\n", kLines,
                qlonglong(article().paragraphs.size()), qlonglong(article().images.size()));
    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatio("rendered/baseline", "BM_Rendered", "BM_Baseline", " ms");
    reporter.printRatio("source/baseline", "BM_Source", "BM_Baseline", " ms");
    benchmark::Shutdown();
    return gCorrect ? 0 : 1;
}
