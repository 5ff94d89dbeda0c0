// SPDX-License-Identifier: MIT
// Private to app/media.
#pragma once

#include <QLoggingCategory>

namespace provena {
Q_DECLARE_LOGGING_CATEGORY(lcMedia)
} // namespace provena
