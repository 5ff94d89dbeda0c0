// SPDX-License-Identifier: MIT
#include "media/medialog_p.h"

namespace provena {
Q_LOGGING_CATEGORY(lcMedia, "provena.media")
} // namespace provena
