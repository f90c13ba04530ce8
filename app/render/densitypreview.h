// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"

#include <QColor>
#include <QRectF>

class QPainter;

namespace taktflow::app::render {

/** The density of a time distribution at timeS (per second); deterministic and empirical: 0. */
double distributionDensity(const core::TimeDistribution &distribution, double timeS);

/** The time axis a preview spans: from 0 to where nearly all of the probability lies. */
double densityAxisEndS(const core::TimeDistribution &distribution);

/**
 * A small picture of a task time's distribution: the density curve (a spike for a deterministic
 * time, a histogram of the samples of an empirical one), the mean marked, the axis in seconds.
 */
void paintDensityPreview(QPainter &painter, const QRectF &rect, const core::TimeDistribution &distribution,
                         const QColor &ink, const QColor &fill);

} // namespace taktflow::app::render
