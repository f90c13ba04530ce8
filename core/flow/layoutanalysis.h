// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/flow/variantkpis.h"

#include <QHash>

#include <vector>

namespace taktflow::core {

/**
 * The live analysis of one variant for the GUI: geometry checks (R-tree), aisle network with
 * cached shortest paths, flow legs with cached distances, and the KPIs. Construction runs the
 * full analysis; itemMoved() re-checks only what one item touches, fast enough to run on
 * every drag step. Line figures do not depend on positions and are computed once.
 */
class LayoutAnalysis
{
public:
    LayoutAnalysis(const Project &project, const Variant &variant, const KpiOptions &options = {});

    /** Replaces the item with the same id by `item`; unknown ids are ignored (returns false). */
    bool itemMoved(const LayoutItem &item);
    /** Same, by index into Variant::items. */
    void itemMoved(int index, const LayoutItem &item);

    /** Current KPIs (cheap: sums that the updates keep current). */
    VariantKpis kpis() const;
    /** Geometry findings followed by flow findings (unreachable, missing items). */
    std::vector<LayoutFinding> findings() const;

    const Variant &variant() const { return mVariant; }
    const GeometryChecker &geometry() const { return mGeometry; }
    const FlowAnalysis &flow() const { return mFlow; }
    int indexOf(const QString &itemId) const { return mIndex.value(itemId, -1); }

private:
    ProjectSettings mSettings;
    Variant mVariant;
    QHash<QString, int> mIndex;
    GeometryChecker mGeometry;
    FlowAnalysis mFlow;
    std::vector<LineKpis> mLines;
};

} // namespace taktflow::core
