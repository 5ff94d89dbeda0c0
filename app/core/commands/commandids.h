// SPDX-License-Identifier: MIT
#pragma once

namespace provena {

/** Every mergeable command's id, in one place (QUndoCommand::id()). */
enum CommandId : int {
    ChangeRegionGeometryId = 1,
    ChangeRegionsId = 2,
    ChangeTextAnchorId = 3,
};

} // namespace provena
