// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/common/generatedproject.h"

#include <cmath>
#include <random>

namespace taktflow::test {

core::Project generateProject(const GeneratedSizes &sizes)
{
    std::mt19937 random(sizes.seed);
    auto uniform = [&random](double low, double high) { return std::uniform_real_distribution<double>(low, high)(random); };

    core::Project project;
    project.name = QStringLiteral("Generated");
    project.author = QStringLiteral("generator");
    core::TransportMeans forklift;
    forklift.id = QStringLiteral("FL");
    forklift.name = QStringLiteral("Forklift");
    project.transports.push_back(forklift);

    core::Variant variant;
    variant.id = QStringLiteral("G1");
    variant.name = QStringLiteral("Generated");
    variant.defaultTransportId = forklift.id;
    // Bays of 6 m x 6 m; every row of bays is followed by a 4 m aisle.
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(sizes.items)))));
    const int rows = (sizes.items + columns - 1) / columns;
    variant.floorWidthM = columns * 6.0;
    variant.floorDepthM = rows * 10.0;
    for (int i = 0; i < sizes.items; ++i) {
        core::LayoutItem item;
        item.id = QStringLiteral("I%1").arg(i);
        item.name = QStringLiteral("Item %1").arg(i);
        item.type = i % 3 == 0 ? core::ItemType::Machine : core::ItemType::Workstation;
        item.xM = (i % columns) * 6.0 + 3.0;
        item.yM = (i / columns) * 10.0 + 3.0;
        item.widthM = uniform(2.0, 5.0);
        item.depthM = uniform(2.0, 5.0);
        item.rotationDeg = (i % 7 == 0) ? 90.0 : 0.0;
        item.heightM = uniform(1.0, 3.0);
        item.automationLevel = (i % 3 == 0) ? 1.0 : 0.0;
        item.powerKw = uniform(0.0, 20.0);
        variant.items.push_back(item);
    }
    for (int a = 0; a < sizes.aisles; ++a) {
        core::LayoutItem aisle;
        aisle.id = QStringLiteral("A%1").arg(a);
        aisle.name = QStringLiteral("Aisle %1").arg(a);
        aisle.type = core::ItemType::Aisle;
        const int row = a % std::max(1, rows);
        aisle.xM = variant.floorWidthM / 2;
        aisle.yM = row * 10.0 + 8.0;
        aisle.widthM = variant.floorWidthM;
        aisle.depthM = 4.0;
        aisle.heightM = 0.0;
        variant.items.push_back(aisle);
    }

    core::ProductionLine line;
    line.id = QStringLiteral("L1");
    line.name = QStringLiteral("Generated line");
    line.demandPerPeriod = 400;
    line.availableTimePerPeriodS = 28800;
    for (int t = 0; t < sizes.tasks; ++t) {
        core::Task task;
        task.id = QStringLiteral("T%1").arg(t + 1);
        task.name = QStringLiteral("Task %1").arg(t + 1);
        task.timeS = std::round(uniform(1.0, 60.0) * 10.0) / 10.0;
        task.automated = t % 4 == 0;
        // Predecessors only among earlier tasks keeps the graph acyclic.
        for (int back = 1; back <= 3 && t - back >= 0; ++back) {
            if (uniform(0.0, 1.0) < 0.4)
                task.predecessors << QStringLiteral("T%1").arg(t - back + 1);
        }
        line.tasks.push_back(task);
    }
    variant.lines.push_back(line);

    std::uniform_int_distribution<int> pick(0, std::max(0, sizes.items - 1));
    for (int f = 0; f < sizes.flows && sizes.items > 1; ++f) {
        core::MaterialFlow flow;
        flow.fromItem = QStringLiteral("I%1").arg(pick(random));
        do {
            flow.toItem = QStringLiteral("I%1").arg(pick(random));
        } while (flow.toItem == flow.fromItem);
        flow.unitsPerPeriod = std::round(uniform(1.0, 500.0));
        variant.flows.push_back(flow);
    }
    project.variants.push_back(variant);
    return project;
}

} // namespace taktflow::test
