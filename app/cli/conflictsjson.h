// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QString>

namespace provena {
struct SidecarContent;
}

namespace provena::cli {

/**
 * The merge conflicts marked on the sidecar's collection, as `inspect --json` prints them under
 * `mergeConflicts` (docs/inspect-json.md).
 */
QJsonArray collectionConflictsJson(const SidecarContent &content);
/** The same for people, with the options `conflicts resolve` takes; empty when there are none. */
QString collectionConflictsText(const SidecarContent &content);

} // namespace provena::cli
