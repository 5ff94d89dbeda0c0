// SPDX-License-Identifier: MIT
// Private to app/media: the table of functions the provena-opencv-codecs module exports
// (opencvcodecmodule.cpp) and app/media calls (opencvcodecs.cpp). Both sides link the same
// libopencv_core, so cv::Mat crosses as it is. No Qt here: the module links OpenCV only.
#pragma once

#include <opencv2/core/mat.hpp>

#include <string>
#include <vector>

namespace provena::detail {

/** Bumped whenever CodecApi changes; a module of another version is refused. */
inline constexpr int kCodecApiVersion = 1;

/** What the module exports (provena_codec_api). Both sides link the same libopencv_core. */
struct CodecApi
{
    int version;
    const char *providerVersion; ///< PROVENA_VERSION of the module's build
    /** cv::imdecode; exceptions (cv::Exception) pass through as from OpenCV itself. */
    cv::Mat (*decode)(const cv::Mat &buffer, int flags);
    /** cv::imencode. */
    bool (*encode)(const std::string &extension, const cv::Mat &image, std::vector<uchar> &out,
                   const std::vector<int> &params);
};

} // namespace provena::detail
