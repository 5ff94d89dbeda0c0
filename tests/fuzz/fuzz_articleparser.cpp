// SPDX-License-Identifier: MIT
// libFuzzer target: decode arbitrary bytes as an article file, parse the text as Markdown and as
// plain text, and lay it out for the readable view; every range must lie in the text and every
// verbatim run of the layout must equal its source slice. Build with clang and -DPROVENA_FUZZ=ON
// (which instruments the libraries too).
// Seeds: tests/fuzz/corpus/fuzz_articleparser (replayed by ctest as replay_fuzz_articleparser).
#include "core/model/codepointindex.h"
#include "formats/articlelayout.h"
#include "formats/articleparser.h"
#include "formats/articlereader.h"

#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;

namespace {

// Every range the parser reports must lie inside the text; a crash here is a parser bug.
void checkRange(const provena::TextRange &range, qint64 length)
{
    if (range.isValid() && range.end > length)
        std::abort();
}

void check(const provena::Article &article)
{
    const qint64 length = provena::codePointLength(article.text);
    checkRange(article.titleRange, length);
    checkRange(article.dateRange, length);
    checkRange(article.byline.range, length);
    for (const provena::Paragraph &p : article.paragraphs)
        checkRange(p.range, length);
    for (const provena::ImageRef &image : article.images) {
        checkRange(image.sourceRange, length);
        checkRange(image.captionRange, length);
        checkRange(image.creditRange, length);
        for (const provena::FoundDate &d : image.dates)
            checkRange(d.range, length);
        for (const provena::Release &r : image.releases) {
            checkRange(r.range, length);
            checkRange(r.agentRange, length);
            checkRange(r.date.range, length);
        }
    }
    for (const provena::Heading &h : article.headings)
        checkRange(h.range, length);
    // The readable view shows verbatim runs exactly as the source has them.
    const provena::CodePointIndex index(article.text);
    for (const provena::ArticleLayout::Block &block : provena::ArticleLayout::build(article)) {
        for (const provena::ArticleLayout::Run &run : block.runs) {
            checkRange(run.source, length);
            if (run.verbatim && run.source.isValid()
                && index.slice(article.text, run.source) != run.text)
                std::abort();
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const provena::Result<provena::DecodedText> decoded
        = provena::ArticleReader::decode(bytes, u"fuzz"_s);
    if (!decoded)
        return 0;
    check(provena::ArticleParser::parse(decoded->text, u"markdown"_s, QString()));
    check(provena::ArticleParser::parse(decoded->text, u"text"_s, QString()));
    const auto format = provena::ArticleReader::detectFormat(u"fuzz.txt"_s, decoded->text);
    if (format.format != u"markdown"_s && format.format != u"text"_s)
        std::abort();
    return 0;
}
