// SPDX-License-Identifier: MIT
// libFuzzer target: arbitrary bytes through ImageDecoder::decodeData (Qt's header readers, then
// OpenCV's or Qt's decoders) with the pixel guard at 4 megapixels, so a forged header cannot make
// the fuzzer allocate gigabytes and the guard itself is exercised. The decode options follow the
// input's length (size % 4), so one corpus covers full, truncated-accepting, reduced and
// preview decodes. An accepted image must be RGB32, within the limit and within maxSide.
// Build with clang and -DPROVENA_FUZZ=ON; run with tests/fuzz/run-campaign.sh. Seeds:
// tests/fuzz/corpus/fuzz_imagedecoder (replayed by ctest as replay_fuzz_imagedecoder).
#include "media/decodeoptions.h"
#include "media/imagedecoder.h"

#include <QByteArray>
#include <QImage>
#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

constexpr qint64 kMaxPixels = 4'000'000;

const QString kName = QStringLiteral("fuzz.img");

void fail(const char *what)
{
    std::fprintf(stderr, "fuzz_imagedecoder: %s\n", what);
    std::abort();
}

provena::DecodeOptions optionsFor(size_t size)
{
    provena::DecodeOptions options;
    options.maxPixels = kMaxPixels;
    switch (size % 4) {
    case 1:
        options.acceptTruncated = true;
        break;
    case 2:
        options.reduceFactor = 2;
        options.acceptTruncated = true;
        break;
    case 3:
        options.maxSide = 48; // the largest reduce factor, then an area resize
        break;
    default:
        break;
    }
    return options;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // libjpeg/libpng warnings reach Qt's log or OpenCV's; printing them would only slow the
    // fuzzer. OpenCV reads OPENCV_LOG_LEVEL on its first log call.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &) {});
    setenv("OPENCV_LOG_LEVEL", "SILENT", 0);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const provena::DecodeOptions options = optionsFor(size);
    const auto image = provena::ImageDecoder::decodeData(bytes, kName, options);
    if (!image) {
        if (image.error().message.isEmpty())
            fail("an error without a message");
        if (image.error().path != kName)
            fail("an error that does not name the image");
        return 0;
    }
    if (image->isNull() || image->format() != QImage::Format_RGB32)
        fail("an accepted image that is null or not RGB32");
    if (qint64(image->width()) * image->height() > kMaxPixels)
        fail("an image larger than the pixel limit was decoded");
    if (options.maxSide > 0 && std::max(image->width(), image->height()) > options.maxSide)
        fail("an image larger than maxSide was returned");
    return 0;
}
