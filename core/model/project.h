// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/flow.h"
#include "core/model/variant.h"

#include <QString>

#include <map>
#include <vector>

namespace taktflow::core {

/** A user-defined cost figure of one variant (investment, rent ...), compared across variants. */
struct CostFigure {
    QString variantId;
    QString name;
    double value = 0.0;
    friend bool operator==(const CostFigure &, const CostFigure &) = default;
};

/** Project-wide settings that apply to every variant. */
struct ProjectSettings {
    /** Grid emission factor in kg CO2e per kWh. */
    double gridKgCo2ePerKwh = 0.4;
    /** Running hours of the plant per period, for energy. */
    double runningHoursPerPeriod = 8.0;
    friend bool operator==(const ProjectSettings &, const ProjectSettings &) = default;
};

/** A whole .taktflow file: settings, transport means and its layout variants. */
struct Project {
    QString name;
    QString author;
    int revision = 1;
    ProjectSettings settings;
    std::vector<TransportMeans> transports;
    std::vector<Variant> variants;
    /** Comparison weights per KPI key (e.g. "flow.transport_cost" -> 2.0). */
    std::map<QString, double> kpiWeights;
    std::vector<CostFigure> costFigures;

    const Variant *findVariant(const QString &nameOrId) const;
    Variant *findVariant(const QString &nameOrId);
    const TransportMeans *findTransport(const QString &transportId) const;

    friend bool operator==(const Project &, const Project &) = default;
};

} // namespace taktflow::core
