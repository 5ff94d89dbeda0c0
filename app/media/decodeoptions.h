// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace provena {

/** How ImageDecoder::decode() should decode one file. The defaults give the full image. */
struct DecodeOptions
{
    /** 200 megapixels: a 16-bit 200 MP image already needs about 1.6 GB once decoded. */
    static constexpr qint64 kDefaultMaxPixels = 200'000'000;
    /** The QSettings key of the analyst's pixel limit (an integer, pixels). */
    static constexpr const char *kMaxPixelsSettingsKey = "media/maxPixels";

    /**
     * The pixel limit in force: the QSettings value kMaxPixelsSettingsKey when it is a positive
     * integer, else kDefaultMaxPixels. The GUI and provena-cli both read it here (every
     * default-constructed DecodeOptions does), so the two refuse the same files.
     */
    static qint64 configuredMaxPixels();
    /**
     * Stores the pixel limit (0 or less: back to the default) in the organisation-wide settings
     * file that provena and provena-cli both fall back to, and drops a value this program kept
     * in its own file, which would hide it (Edit › Preferences…).
     */
    static void setConfiguredMaxPixels(qint64 pixels);

    /**
     * Refuse files whose header announces more pixels than this (stored width × height),
     * before any pixel memory is allocated. Applies even when a reduced decode is asked for,
     * because decoders other than JPEG decode the full image before shrinking it.
     */
    qint64 maxPixels = configuredMaxPixels();

    /**
     * Decode at 1/1, 1/2, 1/4 or 1/8 of the size. JPEG uses libjpeg's DCT scaling, which is
     * faster than a full decode (less than the pixel count suggests: entropy decoding remains).
     * Other values are rounded down to the nearest of 1, 2, 4, 8.
     */
    int reduceFactor = 1;

    /**
     * When > 0, the result's longer side is at most this many pixels: the largest reduce factor
     * that does not go below it is chosen (overriding a smaller reduceFactor), then the rest is
     * scaled with area averaging. Images already smaller are not enlarged.
     */
    int maxSide = 0;

    /**
     * A JPEG that ends before its end-of-image marker is an error by default. When true it
     * decodes what is there (libjpeg fills the missing part with grey), for forensic viewing.
     */
    bool acceptTruncated = false;

    /**
     * A coarse first frame of a progressive JPEG: only its first scans are read, up to the one
     * that completes every component's DC coefficients, and decoded at 1/8 (one pixel per 8 × 8
     * block, as a 1/8 decode gives, less the DC's last refinement bits). That is a small part of
     * the file, where decoding all of a progressive file even at 1/8 means reading every scan
     * (several times slower than a baseline file). Any other image is an error: this is for a
     * frame shown until the real one arrives (ImageLoadingService::kEmbeddedThumbnail).
     */
    bool firstScansOnly = false;
};

} // namespace provena
