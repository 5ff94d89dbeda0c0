// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes as a Provena sidecar. The reader must return a value or an
// Error, never crash; whatever it accepts must write back and re-read to the same model, and
// what was written must write back byte-identical.
// Build with clang and -DPROVENA_FUZZ=ON (see fuzz_articleparser.cpp for instrumenting the
// libraries too). Seeds: tests/fuzz/corpus/fuzz_sidecarreader (replayed by ctest as
// replay_fuzz_sidecarreader), or any *.provena.jsonld written by the tests or run-interop.sh.
#include "core/document/articledocument.h"
#include "formats/sidecarreader.h"
#include "formats/sidecarwriter.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    auto content = provena::SidecarReader::read(bytes, QStringLiteral("fuzz.provena.jsonld"));
    if (!content) {
        if (content.error().message.isEmpty())
            std::abort(); // every error must say something
        return 0;
    }
    // Accepted input: write it back and read again; the model must survive unchanged.
    provena::ArticleDocument doc;
    for (qsizetype i = 0; i < content->images.size(); ++i)
        doc.setImageRecord(int(i), content->images.at(i).record);
    doc.setSidecarExtra(content->extra);
    doc.resetAnnotations(content->regions, content->anchors);
    doc.setProvenance(content->provenance);
    const QByteArray written = provena::SidecarWriter::write(doc);
    auto again = provena::SidecarReader::read(written);
    if (!again) {
        std::fprintf(stderr, "accepted input did not survive a write and re-read: %s\n",
                     qPrintable(again.error().toString()));
        std::abort();
    }
    if (again->regions.size() != content->regions.size()
        || again->anchors.size() != content->anchors.size())
        std::abort();
    if (again->provenance != content->provenance) {
        std::fprintf(stderr, "the provenance record did not survive a write and re-read\n");
        std::abort();
    }
    // Writing is a fixed point after one round: what was written reads back and writes the same
    // bytes, unknown fields included (docs/sidecar-format.md, "Unknown fields").
    provena::ArticleDocument reloaded;
    for (qsizetype i = 0; i < again->images.size(); ++i)
        reloaded.setImageRecord(int(i), again->images.at(i).record);
    reloaded.setSidecarExtra(again->extra);
    reloaded.resetAnnotations(again->regions, again->anchors);
    reloaded.setProvenance(again->provenance);
    if (provena::SidecarWriter::write(reloaded) != written) {
        std::fprintf(stderr, "a written sidecar did not write back byte-identical\n");
        std::abort();
    }
    return 0;
}
