// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"

#include <QString>

namespace taktflow::core::simulation {

/** The first reason the distribution cannot be sampled (negative, NaN, sd without a mean ...),
 *  or an empty string. */
QString distributionProblem(const TimeDistribution &distribution);

/** The distribution's mean in seconds (normal: of the distribution truncated at 0). */
double distributionMeanS(const TimeDistribution &distribution);

/** The same shape scaled by factor (mean and spread times factor), for per-model task times. */
TimeDistribution scaledDistribution(const TimeDistribution &distribution, double factor);

} // namespace taktflow::core::simulation
