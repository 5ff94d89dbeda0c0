// SPDX-License-Identifier: MIT
#include "media/medialog_p.h"

namespace provena {
// Quiet unless asked (QT_LOGGING_RULES="provena.media.debug=true"): provena-cli keeps its stderr
// for errors.
Q_LOGGING_CATEGORY(lcMedia, "provena.media", QtWarningMsg)
} // namespace provena
