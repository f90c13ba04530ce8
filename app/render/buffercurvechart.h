// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/buffersizing.h"

#include <QRectF>

#include <optional>
#include <vector>

class QPainter;

namespace taktflow::app::render {

/**
 * The buffer sizing curve: the best throughput found (with its 95 % interval as whiskers)
 * against the total buffer capacity, the target throughput dashed, the chosen total marked.
 */
void paintBufferCurve(QPainter &painter, const QRectF &rect, const std::vector<core::simulation::BufferCandidate> &curve,
                      std::optional<double> targetPerHour, int chosenTotal);

} // namespace taktflow::app::render
