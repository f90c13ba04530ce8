// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/report/reportdata.h"

#include "core/automation/salbpbalance.h"
#include "core/flow/kpijson.h"
#include "core/flow/layoutanalysis.h"
#include "core/simulation/linemodelbuilder.h"

#include <QLocale>

namespace taktflow::app::render {

namespace {

core::KpiOptions kpiOptions(const ReportOptions &options)
{
    core::KpiOptions kpi;
    kpi.metric = options.metric;
    kpi.balance = core::exactBalance(2.0, options.stopToken);
    return kpi;
}

} // namespace

QString reportNumber(double value)
{
    // No thousands separators: the report's numbers read like the ones `kpi --json` prints.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    QString text = locale.toString(value, 'f', 4);
    const QChar point = locale.decimalPoint().front();
    if (text.contains(point)) {
        while (text.endsWith(QLatin1Char('0')))
            text.chop(1);
        if (text.endsWith(point))
            text.chop(1);
    }
    return text == QLatin1String("-0") ? QStringLiteral("0") : text;
}

ReportData buildReportData(const core::Project &project, const ReportOptions &options)
{
    ReportData data;
    data.project = &project;
    data.options = options;
    const core::KpiOptions kpi = kpiOptions(options);
    for (const QString &id : options.variantIds) {
        const core::Variant *variant = project.findVariant(id);
        if (!variant || options.stopToken.stop_requested())
            continue;
        const core::LayoutAnalysis analysis(project, *variant, kpi);
        ReportVariant entry;
        entry.variant = variant;
        entry.kpis = analysis.kpis();
        entry.kpiJson = core::kpisToJson(entry.kpis);
        entry.fromTo = analysis.flow().fromToCells();
        entry.findings = analysis.findings();
        entry.snapshot3d = options.snapshots3d.value(variant->id);
        entry.simulation = core::variantSimulation(project, *variant, core::simulation::simulationFingerprint);
        for (std::size_t l = 0; l < variant->lines.size(); ++l) {
            ReportLine line;
            line.line = &variant->lines[l];
            line.kpis = l < entry.kpis.lines.size() ? entry.kpis.lines[l] : core::LineKpis{};
            // The stations the figures were computed from, so chart, table and figures agree.
            line.stations = line.kpis.stations;
            if (const auto &result = variant->lines[l].lastSimulation)
                line.simulationStale = core::simulation::simulationFingerprint(project, *variant, variant->lines[l]) !=
                                       result->inputFingerprint;
            entry.lines.push_back(std::move(line));
        }
        data.variants.push_back(std::move(entry));
    }
    if (data.variants.size() > 1) {
        QStringList names;
        QStringList ids;
        std::vector<QJsonObject> objects;
        std::vector<core::VariantSimulation> simulations;
        for (const auto &v : data.variants) {
            names << v.variant->name;
            ids << v.variant->id;
            objects.push_back(v.kpiJson);
            simulations.push_back(v.simulation);
        }
        data.comparison =
            core::compareVariants(names, objects, project.costFigures, ids, project.kpiWeights, 0, simulations);
    }
    return data;
}

} // namespace taktflow::app::render
