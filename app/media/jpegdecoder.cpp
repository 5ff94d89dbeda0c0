// SPDX-License-Identifier: MIT
#include "media/jpegdecoder_p.h"

#include "media/medialog_p.h"

#include <csetjmp>
#include <cstdio> // jpeglib.h needs FILE
#include <new>

#include <jpeglib.h>

namespace provena::detail {

namespace {

/** libjpeg reports fatal errors through error_exit, which must not return: we longjmp back to
 *  the function that called into libjpeg. Only trivially destructible objects live in the
 *  frames between (the rule that makes longjmp safe in C++), hence the C-style helpers. */
struct ErrorManager
{
    jpeg_error_mgr base;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

[[noreturn]] void onError(j_common_ptr info)
{
    auto *manager = reinterpret_cast<ErrorManager *>(info->err);
    (*info->err->format_message)(info, manager->message);
    std::longjmp(manager->jump, 1);
}

void onMessage(j_common_ptr info)
{
    char message[JMSG_LENGTH_MAX];
    (*info->err->format_message)(info, message);
    qCDebug(lcMedia) << "libjpeg:" << message;
}

struct Decoder
{
    jpeg_decompress_struct info;
    ErrorManager error;
    bool cmyk = false;
};

/** Header, settings, start. False (with error.message) when libjpeg gave up. */
bool start(Decoder *d, const QByteArray &bytes, int factor)
{
    if (setjmp(d->error.jump))
        return false;
    jpeg_mem_src(&d->info, reinterpret_cast<const unsigned char *>(bytes.constData()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&d->info, TRUE);
    d->info.scale_num = 1;
    d->info.scale_denom = static_cast<unsigned int>(factor);
    // As OpenCV: four components are CMYK (or YCCK, which libjpeg turns into CMYK), converted
    // below; everything else is asked for as BGR, which libjpeg-turbo writes directly.
    d->cmyk = d->info.num_components == 4;
    d->info.out_color_space = d->cmyk ? JCS_CMYK : JCS_EXT_BGR;
    d->info.out_color_components = d->cmyk ? 4 : 3;
    jpeg_start_decompress(&d->info);
    return true;
}

/** The CMYK samples of one row to BGR, with OpenCV's formula (Adobe's inverted CMYK). */
void cmykRowToBgr(const JSAMPLE *cmyk, unsigned char *bgr, JDIMENSION width)
{
    for (JDIMENSION x = 0; x < width; ++x, cmyk += 4, bgr += 3) {
        const int k = cmyk[3];
        bgr[2] = static_cast<unsigned char>(k - (((255 - cmyk[0]) * k) >> 8));
        bgr[1] = static_cast<unsigned char>(k - (((255 - cmyk[1]) * k) >> 8));
        bgr[0] = static_cast<unsigned char>(k - (((255 - cmyk[2]) * k) >> 8));
    }
}

/**
 * Every scanline into `pixels` (rows `stride` bytes apart), then the end of what was started: the
 * decompression, or in buffered-image mode (startFirstScans) the one output pass and the rest of
 * the input, which is not wanted. False when libjpeg gave up.
 */
bool readRows(Decoder *d, unsigned char *pixels, size_t stride)
{
    if (setjmp(d->error.jump))
        return false;
    JSAMPARRAY cmykRow = nullptr;
    if (d->cmyk)
        cmykRow = (*d->info.mem->alloc_sarray)(reinterpret_cast<j_common_ptr>(&d->info),
                                               JPOOL_IMAGE, d->info.output_width * 4, 1);
    while (d->info.output_scanline < d->info.output_height) {
        unsigned char *row = pixels + stride * d->info.output_scanline;
        if (d->cmyk) {
            jpeg_read_scanlines(&d->info, cmykRow, 1);
            cmykRowToBgr(cmykRow[0], row, d->info.output_width);
        } else {
            JSAMPROW rows[1] = {row};
            jpeg_read_scanlines(&d->info, rows, 1);
        }
    }
    if (d->info.buffered_image) {
        jpeg_finish_output(&d->info);
        jpeg_abort_decompress(&d->info);
    } else {
        jpeg_finish_decompress(&d->info);
    }
    return true;
}

/**
 * decodeJpegFirstScans' work between the header and the rows: buffered-image mode, input up to
 * the scan that gives every component its DC, then output of that state. `progressive` is false
 * (and nothing started) for a sequential file. False when libjpeg gave up.
 */
bool startFirstScans(Decoder *d, const QByteArray &bytes, bool *progressive)
{
    if (setjmp(d->error.jump))
        return false;
    jpeg_mem_src(&d->info, reinterpret_cast<const unsigned char *>(bytes.constData()),
                 static_cast<unsigned long>(bytes.size()));
    jpeg_read_header(&d->info, TRUE);
    *progressive = jpeg_has_multiple_scans(&d->info) && d->info.progressive_mode;
    if (!*progressive)
        return true;
    d->info.scale_num = 1;
    d->info.scale_denom = 8;
    d->cmyk = d->info.num_components == 4;
    d->info.out_color_space = d->cmyk ? JCS_CMYK : JCS_EXT_BGR;
    d->info.out_color_components = d->cmyk ? 4 : 3;
    d->info.buffered_image = TRUE;
    // Smoothing guesses the missing AC coefficients from neighbouring blocks, for every block:
    // most of the time of this frame, and nothing to a 1/8 output, whose IDCT takes the DC alone.
    d->info.do_block_smoothing = FALSE;
    jpeg_start_decompress(&d->info);
    const auto haveAllDc = [d] {
        for (int c = 0; c < d->info.num_components; ++c) {
            if (d->info.coef_bits[c][0] < 0)
                return false;
        }
        return true;
    };
    // coef_bits[c][0] is the DC's successive-approximation bit as of the scans begun so far
    // (-1: no DC data yet); checked when a scan is complete, so that scan is in the output.
    while (!jpeg_input_complete(&d->info)) {
        const int status = jpeg_consume_input(&d->info);
        if (status == JPEG_SUSPENDED || status == JPEG_REACHED_EOI)
            break;
        if (status == JPEG_SCAN_COMPLETED && haveAllDc())
            break;
    }
    jpeg_start_output(&d->info, d->info.input_scan_number);
    return true;
}

bool create(Decoder *d)
{
    d->info.err = jpeg_std_error(&d->error.base);
    d->error.base.error_exit = &onError;
    d->error.base.output_message = &onMessage;
    if (setjmp(d->error.jump))
        return false;
    jpeg_create_decompress(&d->info);
    return true;
}

} // namespace

bool looksLikeJpeg(const QByteArray &bytes)
{
    return bytes.size() >= 3 && uchar(bytes[0]) == 0xFF && uchar(bytes[1]) == 0xD8
        && uchar(bytes[2]) == 0xFF;
}

namespace {

/**
 * Creates a decoder, runs `begin` (start or startFirstScans: header, settings, start; false when
 * libjpeg gave up), and unless it left nothing to output (`*wanted` false) reads every row.
 * libjpeg's message goes to `error` on failure; the decoder is destroyed in every case.
 */
template<typename Begin> cv::Mat decodeWith(const Begin &begin, const char *stage, QString *error)
{
    Decoder d {};
    const auto fail = [&](const char *what) {
        if (error)
            *error = QStringLiteral("libjpeg: %1 (%2)")
                         .arg(QString::fromLocal8Bit(d.error.message), QLatin1String(what));
        jpeg_destroy_decompress(&d.info);
        return cv::Mat();
    };
    if (!create(&d))
        return fail("create");
    bool wanted = true;
    if (!begin(&d, &wanted))
        return fail(stage);
    cv::Mat bgr;
    if (wanted) {
        try {
            bgr.create(int(d.info.output_height), int(d.info.output_width), CV_8UC3);
        } catch (const std::exception &e) {
            qstrncpy(d.error.message, e.what(), sizeof d.error.message);
            return fail("allocation");
        }
        if (!readRows(&d, bgr.data, bgr.step[0]))
            return fail("scanlines");
    }
    jpeg_destroy_decompress(&d.info);
    return bgr;
}

} // namespace

cv::Mat decodeJpeg(const QByteArray &bytes, int factor, QString *error)
{
    if (factor != 1 && factor != 2 && factor != 4 && factor != 8)
        factor = 1;
    return decodeWith([&](Decoder *d, bool *) { return start(d, bytes, factor); }, "header", error);
}

cv::Mat decodeJpegFirstScans(const QByteArray &bytes, QString *error)
{
    return decodeWith(
        [&](Decoder *d, bool *progressive) { return startFirstScans(d, bytes, progressive); },
        "first scans", error);
}

} // namespace provena::detail
