// SPDX-License-Identifier: MIT
// Private to app/media: OpenCV's image codecs (cv::imdecode, cv::imencode) live in a module that
// is loaded on first use, not linked into the programs. libopencv_imgcodecs brings GDAL, GDCM,
// OpenEXR, libheif and ~150 further libraries whose loading and static initialisers cost about
// 120 ms before main() — a quarter of the time to show a photo (docs/imaging.md).
#pragma once

#include "core/io/result.h"
#include "media/opencvcodecapi_p.h"

namespace provena::detail {

/** The codec module, loaded once for the process (thread-safe; the first call pays the
 *  ~0.1 s). An Error names every place it looked when the module is missing or mismatched. */
Result<const CodecApi *> codecApi();

/** cv::imdecode through the module: OpenCV's empty Mat when it cannot decode, an Error when
 *  the module is missing. */
Result<cv::Mat> imdecode(const cv::Mat &buffer, int flags);

} // namespace provena::detail
