// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/layoutanalysis.h"

namespace taktflow::core {

LayoutAnalysis::LayoutAnalysis(const Project &project, const Variant &variant, const KpiOptions &options)
    : mSettings(project.settings)
    , mVariant(variant)
    , mGeometry(variant)
    , mFlow(project, variant, options.metric.value_or(variant.distanceMetric))
    , mLines(computeLineKpis(variant, options))
{
    for (std::size_t i = 0; i < mVariant.items.size(); ++i)
        mIndex.insert(mVariant.items[i].id, int(i));
}

bool LayoutAnalysis::itemMoved(const LayoutItem &item)
{
    const int index = indexOf(item.id);
    if (index < 0)
        return false;
    itemMoved(index, item);
    return true;
}

void LayoutAnalysis::itemMoved(int index, const LayoutItem &item)
{
    Q_ASSERT(index >= 0 && std::size_t(index) < mVariant.items.size());
    Q_ASSERT(mVariant.items[std::size_t(index)].id == item.id);
    mVariant.items[std::size_t(index)] = item;
    mGeometry.itemMoved(index, item);
    mFlow.itemMoved(index, item);
}

VariantKpis LayoutAnalysis::kpis() const
{
    return combineKpis(mSettings, mVariant, mLines, mFlow, mGeometry);
}

std::vector<LayoutFinding> LayoutAnalysis::findings() const
{
    std::vector<LayoutFinding> out = mGeometry.findings();
    std::vector<LayoutFinding> flow = mFlow.findings();
    out.insert(out.end(), std::make_move_iterator(flow.begin()), std::make_move_iterator(flow.end()));
    return out;
}

} // namespace taktflow::core
