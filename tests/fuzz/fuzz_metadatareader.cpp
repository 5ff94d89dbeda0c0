// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes through MetadataReader::readBytes (Exiv2 behind our reader).
// The first byte chooses what the rest is: even, an image file (EXIF, IPTC and XMP parsed by
// Exiv2's image readers); odd, the XMP sidecar of a small valid PNG (Exiv2's XmpParser plus our
// "looks like XMP" check). The reader must return a value or an Error naming the input, never
// throw or crash; an accepted image must also answer its typed fields, and its provenance
// evidence (extracted by the same call) must be well formed: every item with a known field, a key,
// a value and a known origin, in field order; known flag kinds with a detail; bounded warnings,
// values and thumbnail.
// Build with clang and -DPROVENA_FUZZ=ON; run with tests/fuzz/run-campaign.sh. Seeds:
// tests/fuzz/corpus/fuzz_metadatareader (replayed by ctest as replay_fuzz_metadatareader).
#include "metadata/metadatareader.h"

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>

namespace {

// tests/data/images/plain.png (64x48, no metadata): the image a fuzzed sidecar belongs to.
constexpr unsigned char kPlainPng[] = {
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x30, 0x01, 0x03, 0x00, 0x00, 0x00, 0x9b, 0x85, 0xee,
    0x5c, 0x00, 0x00, 0x00, 0x06, 0x50, 0x4c, 0x54, 0x45, 0xff, 0x00, 0x00, 0x00, 0x00, 0xff, 0x6c,
    0xa1, 0xfd, 0x8e, 0x00, 0x00, 0x00, 0x13, 0x49, 0x44, 0x41, 0x54, 0x18, 0xd3, 0x63, 0x60, 0x00,
    0x82, 0xff, 0x40, 0xc0, 0x30, 0xca, 0x18, 0x0a, 0x0c, 0x00, 0xea, 0x81, 0xbf, 0x41, 0x95, 0xc5,
    0x2b, 0xeb, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};

const QString kName = QStringLiteral("fuzz.jpg");

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_metadatareader: %s\n", what);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Exiv2's warnings reach Qt's log; printing thousands a second would only slow the fuzzer.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    provena::MetadataReader::initialise();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const bool sidecarMode = (data[0] & 1) != 0;
    const QByteArray rest(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const QByteArray png = QByteArray::fromRawData(reinterpret_cast<const char *>(kPlainPng),
                                                   qsizetype(sizeof(kPlainPng)));
    const auto metadata = sidecarMode
        ? provena::MetadataReader::readBytes(png, kName, std::optional<QByteArray>(rest))
        : provena::MetadataReader::readBytes(rest, kName);
    if (!metadata) {
        if (metadata.error().message.isEmpty())
            fail("an error without a message");
        if (!metadata.error().path.startsWith(kName))
            fail("an error that does not name the image or its sidecar");
        return 0;
    }
    if (metadata->imagePath != kName)
        fail("imagePath is not the name given");
    if (sidecarMode != !metadata->sidecarPath.isEmpty())
        fail("sidecarPath does not say whether a sidecar was merged");
    for (const auto &field : metadata->fields) {
        if (field.key.isEmpty())
            fail("a field without a key");
    }
    const provena::MetadataEvidence &evidence = metadata->evidence;
    int previousField = 0;
    for (const auto &item : evidence.items) {
        const int field = int(item.field);
        if (provena::MetadataEvidence::fieldName(item.field).isEmpty())
            fail("an evidence item with an unknown field");
        if (field < previousField)
            fail("evidence items out of field order");
        previousField = field;
        if (item.key.isEmpty() || item.value.isEmpty())
            fail("an evidence item without a key or value");
        if (item.value.size() > 4097)
            fail("an evidence value longer than the cap");
        if (item.origin != QLatin1String("exif") && item.origin != QLatin1String("iptc")
            && item.origin != QLatin1String("xmp") && item.origin != QLatin1String("xmp-sidecar"))
            fail("an evidence item with an unknown origin");
    }
    for (const auto &flag : evidence.flags) {
        if (provena::MetadataEvidence::Flag::kindName(flag.kind).isEmpty() || flag.detail.isEmpty())
            fail("a flag of an unknown kind or without a detail");
    }
    if (evidence.warnings.size() > 4 * 1024)
        fail("an unbounded number of warnings");
    if (metadata->exifThumbnail.size() > provena::ImageMetadata::kMaxThumbnailBytes)
        fail("a thumbnail over the limit");
    // The typed readers parse the chosen texts (dates, orientation numbers) once more.
    (void)metadata->dateCreatedValue();
    const int orientation = metadata->orientationValue();
    if (orientation < 0 || orientation > 8)
        fail("orientation outside 0 (none) and 1-8");
    return 0;
}
