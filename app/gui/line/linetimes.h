// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QString>

namespace taktflow::app {

/**
 * The line with each task's time set for one view of a mixed-model line: the model's own
 * time (modelTimesS, else timeS) for a model id, the demand-weighted time over all models for
 * an empty id. Lines without models come back unchanged. The yamazumi chart and the metrics
 * read station times through this, so they agree with what the balancer optimised.
 */
core::ProductionLine lineWithModelTimes(const core::ProductionLine &line, const QString &modelId = {});

} // namespace taktflow::app
