// SPDX-License-Identifier: MIT
// ArticleParser on a generated 5 MB Markdown article with 200 images, against a baseline that
// only decodes the same bytes and splits them into lines. Prints "ratio parse/baseline = X".
#include "formats/articleparser.h"
#include "formats/articlereader.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include "ratioreporter.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <map>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray &article()
{
    static const QByteArray bytes = [] {
        const QByteArray paragraph
            = u"ELVHAVEN — The harbour authority said on Thursday that the rebuilt crane, which "
              "analysts saw in satellite images in June, can lift *65 tonnes*. 항만 당국은 14일 "
              "이같이 밝혔다. Порт снова открыт.\n\n"_s.toUtf8();
        QByteArray out = "# Harbour crane\n\nBY MINA SEO [mina.seo@provena-sample.example]\n\nAug. "
                         "14, 2025\n\n";
        const qsizetype target = 5 * 1000 * 1000;
        const qsizetype perImage = target / 200;
        qsizetype nextImage = perImage;
        int images = 0;
        while (out.size() < target) {
            out += paragraph;
            if (out.size() >= nextImage && images < 200) {
                out += "![Premier Tal Orsen inspects a crane on Aug. 13. "
                       "[NCNA]](https://images.example/2025/08/13/crane-"
                    + QByteArray::number(++images) + ".jpg)\n\n";
                nextImage += perImage;
            }
        }
        return out;
    }();
    return bytes;
}

void BM_Baseline(benchmark::State &state)
{
    const QByteArray &bytes = article();
    for (auto _ : state) {
        const QString text = QString::fromUtf8(bytes);
        const QStringList lines = text.split(u'\n');
        if (lines.size() < 2) {
            state.SkipWithError("the article did not split into lines");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void BM_Parse(benchmark::State &state)
{
    const QByteArray &bytes = article();
    for (auto _ : state) {
        const QString text = QString::fromUtf8(bytes);
        const provena::Article a = provena::ArticleParser::parse(text, u"markdown"_s, QString());
        if (a.images.size() != 200 || a.paragraphs.isEmpty()) {
            state.SkipWithError("expected 200 images and some paragraphs");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

void BM_DecodeAndParse(benchmark::State &state)
{
    const QByteArray &bytes = article();
    for (auto _ : state) {
        const auto decoded = provena::ArticleReader::decode(bytes, u"bench.md"_s);
        if (!decoded) {
            state.SkipWithError(qPrintable(decoded.error().toString()));
            break;
        }
        const provena::Article a
            = provena::ArticleParser::parse(decoded->text, u"markdown"_s, QString());
        if (a.images.size() != 200) {
            state.SkipWithError("expected 200 images");
            break;
        }
    }
    state.SetBytesProcessed(state.iterations() * bytes.size());
}

BENCHMARK(BM_Baseline)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Parse)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_DecodeAndParse)->Unit(benchmark::kMillisecond);

} // namespace

int main(int argc, char **argv)
{
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    std::printf("article: %lld bytes, 200 images\n", static_cast<long long>(article().size()));
    provena::bench::RatioReporter reporter;
    benchmark::RunSpecifiedBenchmarks(&reporter);
    reporter.printRatio("parse/baseline", "BM_Parse", "BM_Baseline", " ms");
    reporter.printRatio("decode+parse/baseline", "BM_DecodeAndParse", "BM_Baseline", " ms");
    benchmark::Shutdown();
    return reporter.exitCode();
}
