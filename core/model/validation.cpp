// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <cmath>

namespace taktflow::core {

namespace {

class Checker
{
    Q_DECLARE_TR_FUNCTIONS(Validation)

public:
    std::vector<ModelProblem> problems;

    void add(const QString &object, const QString &message) { problems.push_back({object, message}); }

    void finite(const QString &object, const QString &field, double value)
    {
        if (!std::isfinite(value))
            add(object, tr("%1 is not a finite number").arg(field));
    }

    void nonNegative(const QString &object, const QString &field, double value)
    {
        finite(object, field, value);
        if (value < 0)
            add(object, tr("negative %1: %2").arg(field).arg(value));
    }

    void positive(const QString &object, const QString &field, double value)
    {
        finite(object, field, value);
        if (!(value > 0))
            add(object, tr("%1 must be greater than zero, is %2").arg(field).arg(value));
    }

    template<typename Container, typename IdOf>
    void uniqueIds(const QString &where, const QString &kind, const Container &container, IdOf idOf)
    {
        QSet<QString> seen;
        for (const auto &element : container) {
            const QString id = idOf(element);
            if (id.isEmpty())
                add(where, tr("%1 with an empty id").arg(kind));
            else if (seen.contains(id))
                add(where, tr("duplicate %1 id '%2'").arg(kind, id));
            seen.insert(id);
        }
    }

    void checkItem(const QString &where, const LayoutItem &item)
    {
        const QString object = where + tr(" / item '%1'").arg(item.id);
        finite(object, tr("x"), item.xM);
        finite(object, tr("y"), item.yM);
        finite(object, tr("rotation"), item.rotationDeg);
        positive(object, tr("width"), item.widthM);
        positive(object, tr("depth"), item.depthM);
        nonNegative(object, tr("height"), item.heightM);
        nonNegative(object, tr("power"), item.powerKw);
        nonNegative(object, tr("clearance"), item.clearanceM);
        if (!(item.automationLevel >= 0 && item.automationLevel <= 1))
            add(object, tr("automation level %1 is outside 0..1").arg(item.automationLevel));
        if (!item.outlineM.empty() && item.outlineM.size() < 3)
            add(object, tr("outline has %1 points, needs at least 3").arg(item.outlineM.size()));
        for (const auto &point : item.outlineM) {
            finite(object, tr("outline point"), point.xM);
            finite(object, tr("outline point"), point.yM);
        }
    }

    void checkLine(const QString &where, const ProductionLine &line)
    {
        const QString object = where;
        nonNegative(object, tr("demand"), line.demandPerPeriod);
        nonNegative(object, tr("available time"), line.availableTimePerPeriodS);
        uniqueIds(object, tr("task"), line.tasks, [](const Task &t) { return t.id; });
        uniqueIds(object, tr("model"), line.models, [](const LineModel &m) { return m.id; });

        QSet<QString> taskIds;
        for (const auto &task : line.tasks)
            taskIds.insert(task.id);
        for (const auto &task : line.tasks) {
            const QString taskObject = object + tr(" / task '%1'").arg(task.id);
            nonNegative(taskObject, tr("time"), task.timeS);
            if (task.automatedTimeS >= 0 || !std::isfinite(task.automatedTimeS))
                nonNegative(taskObject, tr("automated time"), task.automatedTimeS);
            if (task.fixedStation < 0)
                add(taskObject, tr("fixed station %1 is not a station number").arg(task.fixedStation));
            for (const auto &[model, timeS] : task.modelTimesS)
                nonNegative(taskObject, tr("time for model '%1'").arg(model), timeS);
            for (const auto &predecessor : task.predecessors) {
                if (predecessor == task.id)
                    add(taskObject, tr("the task precedes itself"));
                else if (!taskIds.contains(predecessor))
                    add(taskObject, tr("predecessor '%1' does not exist").arg(predecessor));
            }
        }
        const QStringList cycle = findPrecedenceCycle(line.tasks);
        if (!cycle.isEmpty())
            add(object, tr("precedence cycle: %1").arg(cycle.join(QStringLiteral(" -> "))));

        for (const auto &rule : line.zoning) {
            for (const auto &id : {rule.taskA, rule.taskB}) {
                if (!taskIds.contains(id))
                    add(object, tr("zoning rule names missing task '%1'").arg(id));
            }
        }
        QSet<QString> assigned;
        for (std::size_t s = 0; s < line.stations.size(); ++s) {
            const auto &station = line.stations[s];
            const QString stationObject = object + tr(" / station %1").arg(s + 1);
            if (station.replicas < 1)
                add(stationObject, tr("replicas must be at least 1, is %1").arg(station.replicas));
            for (const auto &taskId : station.taskIds) {
                if (!taskIds.contains(taskId))
                    add(stationObject, tr("assigned task '%1' does not exist").arg(taskId));
                else if (assigned.contains(taskId))
                    add(stationObject, tr("task '%1' is assigned to more than one station").arg(taskId));
                assigned.insert(taskId);
            }
        }
    }
};

QString variantObject(const Variant &variant)
{
    return QCoreApplication::translate("Validation", "variant '%1'").arg(variant.name);
}

} // namespace

QStringList findPrecedenceCycle(const std::vector<Task> &tasks)
{
    QHash<QString, int> index;
    for (int i = 0; i < int(tasks.size()); ++i)
        index.insert(tasks[std::size_t(i)].id, i);

    // Iterative DFS over predecessor edges; a grey node reached again closes a cycle.
    enum class Mark : unsigned char { White, Grey, Black };
    std::vector<Mark> mark(tasks.size(), Mark::White);
    for (int root = 0; root < int(tasks.size()); ++root) {
        if (mark[std::size_t(root)] != Mark::White)
            continue;
        std::vector<std::pair<int, int>> stack{{root, 0}};
        mark[std::size_t(root)] = Mark::Grey;
        while (!stack.empty()) {
            auto &[node, next] = stack.back();
            const QStringList &preds = tasks[std::size_t(node)].predecessors;
            if (next >= preds.size()) {
                mark[std::size_t(node)] = Mark::Black;
                stack.pop_back();
                continue;
            }
            const int to = index.value(preds[next++], -1);
            if (to < 0)
                continue;
            if (mark[std::size_t(to)] == Mark::Grey) {
                QStringList cycle{tasks[std::size_t(to)].id};
                for (auto it = stack.rbegin(); it != stack.rend() && it->first != to; ++it)
                    cycle.prepend(tasks[std::size_t(it->first)].id);
                cycle.prepend(tasks[std::size_t(to)].id);
                return cycle;
            }
            if (mark[std::size_t(to)] == Mark::White) {
                mark[std::size_t(to)] = Mark::Grey;
                stack.emplace_back(to, 0);
            }
        }
    }
    return {};
}

std::vector<ModelProblem> validateLine(const ProductionLine &line, const QString &where)
{
    Checker checker;
    checker.checkLine(where, line);
    return checker.problems;
}

std::vector<ModelProblem> validateVariant(const Variant &variant, const Project &project)
{
    Checker checker;
    const QString where = variantObject(variant);
    checker.positive(where, Checker::tr("floor width"), variant.floorWidthM);
    checker.positive(where, Checker::tr("floor depth"), variant.floorDepthM);
    checker.nonNegative(where, Checker::tr("minimum aisle width"), variant.minAisleWidthM);
    if (const auto &plan = variant.background) {
        const QString object = where + Checker::tr(" / background plan");
        checker.positive(object, Checker::tr("scale"), plan->metresPerUnit);
        checker.finite(object, Checker::tr("origin x"), plan->originXM);
        checker.finite(object, Checker::tr("origin y"), plan->originYM);
        if (!(plan->opacity >= 0.0 && plan->opacity <= 1.0))
            checker.add(object, Checker::tr("opacity %1 is outside 0 to 1").arg(plan->opacity));
        if (plan->data.size() > kMaxBackgroundBytes)
            checker.add(object, Checker::tr("larger than %1 MiB").arg(kMaxBackgroundBytes / (1024 * 1024)));
    }
    checker.uniqueIds(where, Checker::tr("item"), variant.items, [](const LayoutItem &i) { return i.id; });
    checker.uniqueIds(where, Checker::tr("line"), variant.lines, [](const ProductionLine &l) { return l.id; });
    checker.uniqueIds(where, Checker::tr("product"), variant.products, [](const Product &p) { return p.id; });
    for (const auto &item : variant.items)
        checker.checkItem(where, item);
    for (const auto &line : variant.lines)
        checker.checkLine(where + Checker::tr(" / line '%1'").arg(line.id), line);

    auto knownTransport = [&](const QString &id) { return id.isEmpty() || project.findTransport(id); };
    if (!knownTransport(variant.defaultTransportId))
        checker.add(where, Checker::tr("default transport '%1' does not exist").arg(variant.defaultTransportId));
    for (const auto &product : variant.products) {
        const QString object = where + Checker::tr(" / product '%1'").arg(product.id);
        checker.nonNegative(object, Checker::tr("units per period"), product.unitsPerPeriod);
        for (const auto &step : product.routing) {
            if (!variant.findItem(step))
                checker.add(object, Checker::tr("routing step '%1' is not an item").arg(step));
        }
        if (!knownTransport(product.transportId))
            checker.add(object, Checker::tr("transport '%1' does not exist").arg(product.transportId));
    }
    for (std::size_t f = 0; f < variant.flows.size(); ++f) {
        const auto &flow = variant.flows[f];
        const QString object = where + Checker::tr(" / flow %1 -> %2").arg(flow.fromItem, flow.toItem);
        checker.nonNegative(object, Checker::tr("units per period"), flow.unitsPerPeriod);
        if (!variant.findItem(flow.fromItem))
            checker.add(object, Checker::tr("flow from missing item '%1'").arg(flow.fromItem));
        if (!variant.findItem(flow.toItem))
            checker.add(object, Checker::tr("flow to missing item '%1'").arg(flow.toItem));
        if (!knownTransport(flow.transportId))
            checker.add(object, Checker::tr("transport '%1' does not exist").arg(flow.transportId));
    }
    return checker.problems;
}

std::vector<ModelProblem> validateProject(const Project &project)
{
    Checker checker;
    const QString where = QCoreApplication::translate("Validation", "project");
    checker.uniqueIds(where, Checker::tr("variant"), project.variants, [](const Variant &v) { return v.id; });
    checker.uniqueIds(where, Checker::tr("transport"), project.transports,
                      [](const TransportMeans &t) { return t.id; });
    QSet<QString> names;
    for (const auto &variant : project.variants) {
        if (names.contains(variant.name))
            checker.add(where, Checker::tr("duplicate variant name '%1'").arg(variant.name));
        names.insert(variant.name);
    }
    for (const auto &means : project.transports) {
        const QString object = where + Checker::tr(" / transport '%1'").arg(means.id);
        checker.positive(object, Checker::tr("speed"), means.speedMps);
        checker.nonNegative(object, Checker::tr("cost per metre"), means.costPerM);
        checker.positive(object, Checker::tr("units per trip"), means.unitsPerTrip);
        checker.nonNegative(object, Checker::tr("energy per km"), means.energyKwhPerKm);
    }
    checker.nonNegative(where, Checker::tr("grid emission factor"), project.settings.gridKgCo2ePerKwh);
    checker.nonNegative(where, Checker::tr("running hours"), project.settings.runningHoursPerPeriod);
    for (const auto &variant : project.variants) {
        auto more = validateVariant(variant, project);
        checker.problems.insert(checker.problems.end(), more.begin(), more.end());
    }
    return checker.problems;
}

} // namespace taktflow::core
