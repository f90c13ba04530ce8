// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QString>

namespace taktflow::app {

/** Why a task may not go to a station; None when it may. */
enum class MoveRefusal { None, UnknownTask, Precedence, Overload, Zoning, StationType };

/** The verdict on one move, with a translated sentence that names the tasks involved. */
struct MoveCheck {
    MoveRefusal refusal = MoveRefusal::None;
    QString reason;
    bool allowed() const { return refusal == MoveRefusal::None; }
};

/**
 * May task `taskId` move to station `station` (0-based; -1 takes it out of every station)?
 * Checked in this order, the first broken rule refusing:
 * - station type: a task that needs a resource only goes to a station offering it; a manual
 *   task only to a manual station, an automated one to any (like the balancer's station kinds);
 * - precedence: every assigned predecessor sits at this station or an earlier one, every
 *   assigned successor at this station or a later one;
 * - zoning: tasks that must share a station stay together, tasks that must not stay apart,
 *   a task fixed to a station stays there;
 * - overload: the station's time with the task (automated time at a resource station,
 *   divided by replicas) stays within the takt time (not checked when taktTimeS <= 0).
 * Taking a task out of every station is always allowed.
 */
MoveCheck checkTaskMove(const core::ProductionLine &line, const QString &taskId, int station, double taktTimeS);

} // namespace taktflow::app
