// SPDX-License-Identifier: MIT
// The provena-opencv-codecs module: OpenCV's image codecs behind a small table of functions,
// loaded by app/media on first use (opencvcodecs_p.h says why). The only file that links
// libopencv_imgcodecs.
#include "media/opencvcodecapi_p.h"

#include <opencv2/imgcodecs.hpp>

namespace {

cv::Mat decode(const cv::Mat &buffer, int flags)
{
    return cv::imdecode(buffer, flags);
}

bool encode(const std::string &extension, const cv::Mat &image, std::vector<uchar> &out,
            const std::vector<int> &params)
{
    return cv::imencode(extension, image, out, params);
}

const provena::detail::CodecApi kApi {provena::detail::kCodecApiVersion, PROVENA_VERSION, &decode,
                                      &encode};

} // namespace

extern "C" __attribute__((visibility("default"))) const provena::detail::CodecApi *
provena_codec_api()
{
    return &kApi;
}
