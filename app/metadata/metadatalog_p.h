// SPDX-License-Identifier: MIT
// Private to app/metadata.
#pragma once

#include <QLoggingCategory>

namespace provena {
Q_DECLARE_LOGGING_CATEGORY(lcMetadata)
} // namespace provena
