// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace taktflow::app {

/** QUndoCommand::id() values of every command that merges; one list so ids never clash. */
enum class MergeId : int {
    None = -1,
    ItemPlacement = 1,
    ItemName,
    ItemType,
    ItemHeight,
    ItemAutomation,
    ItemPower,
    ItemClearance,
    ItemFixed,
    KpiWeight,
    Background,
    ItemOutline,
    LineSettings,
    SimTaskTime,
    SimStation,
    SimBuffer,
    SimSource,
    SimRun,
};

} // namespace taktflow::app
