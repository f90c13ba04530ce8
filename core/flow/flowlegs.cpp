// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/flow/flowlegs.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace taktflow::core {

namespace {

LayoutFinding missingItem(const QString &itemId, const QString &where)
{
    LayoutFinding f;
    f.kind = FindingKind::MissingItem;
    f.itemIds = {itemId};
    f.message = QCoreApplication::translate("taktflow::core::FlowLegs", "%1 names item %2, which does not exist.")
                    .arg(where, itemId);
    return f;
}

} // namespace

CollectedFlows collectFlows(const Variant &variant)
{
    CollectedFlows out;
    QHash<QString, int> index;
    index.reserve(qsizetype(variant.items.size()));
    for (std::size_t i = 0; i < variant.items.size(); ++i)
        index.insert(variant.items[i].id, int(i));

    auto lookUp = [&](const QString &id, const QString &where) {
        const int found = index.value(id, -1);
        if (found < 0)
            out.findings.push_back(missingItem(id, where));
        return found;
    };
    auto add = [&](int from, int to, double units, const QString &transport, const QString &product) {
        if (from < 0 || to < 0 || from == to || units <= 0.0)
            return;
        out.legs.push_back({from, to, units, transport.isEmpty() ? variant.defaultTransportId : transport, product});
    };

    for (const auto &product : variant.products) {
        const QString where =
            QCoreApplication::translate("taktflow::core::FlowLegs", "Routing of product %1").arg(product.id);
        int previous = -1;
        for (const auto &step : product.routing) {
            const int current = lookUp(step, where);
            add(previous, current, product.unitsPerPeriod, product.transportId, product.id);
            previous = current;
        }
    }
    for (const auto &flow : variant.flows) {
        const QString where =
            QCoreApplication::translate("taktflow::core::FlowLegs", "Flow %1 -> %2").arg(flow.fromItem, flow.toItem);
        add(lookUp(flow.fromItem, where), lookUp(flow.toItem, where), flow.unitsPerPeriod, flow.transportId,
            flow.product);
    }
    return out;
}

FlowCounts countFlows(const Variant &variant)
{
    const CollectedFlows collected = collectFlows(variant);
    QSet<std::pair<int, int>> pairs;
    for (const FlowLeg &leg : collected.legs)
        pairs.insert({leg.fromIndex, leg.toIndex});
    FlowCounts counts;
    counts.itemPairs = int(pairs.size());
    for (const auto &product : variant.products) {
        for (qsizetype s = 1; s < product.routing.size(); ++s) {
            if (product.routing[s] != product.routing[s - 1]) {
                ++counts.routings;
                break;
            }
        }
    }
    counts.directFlows = int(variant.flows.size());
    return counts;
}

} // namespace taktflow::core
