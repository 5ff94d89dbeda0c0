// SPDX-License-Identifier: MIT
#include "metadata/metadatalog_p.h"

namespace provena {
Q_LOGGING_CATEGORY(lcMetadata, "provena.metadata")
} // namespace provena
