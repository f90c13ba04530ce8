// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/backgroundplan.h"
#include "core/model/flow.h"
#include "core/model/layoutitem.h"
#include "core/model/productionline.h"

#include <QString>

#include <optional>
#include <vector>

namespace taktflow::core {

/** How distances between items are measured for material flow. */
enum class DistanceMetric { Euclidean, Rectilinear, Aisle };
QString distanceMetricName(DistanceMetric metric);
std::optional<DistanceMetric> distanceMetricFromName(const QString &name);

/** One layout alternative: its own floor, items, lines and flows. */
struct Variant {
    QString id;
    QString name;
    QString notes;
    /** Floor rectangle from (0,0) to (floorWidthM, floorDepthM), used when no zone/wall outline. */
    double floorWidthM = 60.0;
    double floorDepthM = 40.0;
    DistanceMetric distanceMetric = DistanceMetric::Rectilinear;
    double minAisleWidthM = 3.0;
    /** Transport means used for flows that name none. */
    QString defaultTransportId;
    std::vector<LayoutItem> items;
    std::vector<ProductionLine> lines;
    std::vector<Product> products;
    std::vector<MaterialFlow> flows;
    /** The imported floor plan behind the items, if any. */
    std::optional<BackgroundPlan> background;

    const LayoutItem *findItem(const QString &itemId) const;
    LayoutItem *findItem(const QString &itemId);

    friend bool operator==(const Variant &, const Variant &) = default;
};

} // namespace taktflow::core
