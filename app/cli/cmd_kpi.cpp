// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_kpi.h"

#include "app/cli/cliutil.h"
#include "app/cli/kpioptions.h"
#include "core/flow/kpijson.h"
#include "core/flow/layoutanalysis.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace taktflow::app::cli {

namespace {

// Called as KpiCmdTr::tr() by name: lupdate does not follow type aliases to the context.
class KpiCmdTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString fixed(double value, int decimals = 2)
{
    return QString::number(value, 'f', decimals);
}

void printText(QTextStream &out, const core::VariantKpis &k, const std::vector<core::LayoutFinding> *findings)
{
    out << KpiCmdTr::tr("Variant %1").arg(k.variantName) << '\n'
        << "  " << KpiCmdTr::tr("Takt time: %1 s").arg(fixed(k.taktTimeS)) << '\n'
        << "  "
        << KpiCmdTr::tr("Line: %1, cycle %2 s, efficiency %3 %, smoothness %4")
               .arg(KpiCmdTr::tr("%n station(s)", nullptr, k.line.stations), fixed(k.line.cycleTimeS),
                    fixed(k.line.lineEfficiency * 100.0, 1), fixed(k.line.smoothnessIndex))
        << '\n'
        << "  "
        << KpiCmdTr::tr("Flow (%1): %2 units, %3 units·m, cost %4, %5 transporter(s)")
               .arg(core::distanceMetricName(k.metric), fixed(k.flow.totalUnits, 0), fixed(k.flow.flowDistance, 0),
                    fixed(k.flow.transportCost))
               .arg(k.flow.transportersNeeded)
        << '\n'
        << "  "
        << KpiCmdTr::tr("Automation: work %1 %, stations %2 %, transport %3 %, %4 manual operator(s)")
               .arg(fixed(k.automation.workContentShare * 100.0, 1), fixed(k.automation.stationShare * 100.0, 1),
                    fixed(k.automation.transportShare * 100.0, 1))
               .arg(k.automation.manualOperators)
        << '\n'
        << "  "
        << KpiCmdTr::tr("Layout: %1, %2 overlap(s), %3 clearance violation(s), utilisation %4 %")
               .arg(KpiCmdTr::tr("%n item(s)", nullptr, k.layout.items))
               .arg(k.layout.overlaps)
               .arg(k.layout.clearanceViolations)
               .arg(fixed(k.layout.utilization * 100.0, 1))
        << '\n'
        << "  "
        << KpiCmdTr::tr("Energy: %1 kWh per period, %2 kg CO2e per unit")
               .arg(fixed(k.energy.kwhPerPeriod, 1), fixed(k.energy.kgCo2ePerUnit, 3))
        << '\n';
    if (findings) {
        for (const auto &f : *findings)
            out << "  - " << f.message << '\n';
    }
}

} // namespace

int runKpiCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(KpiCmdTr::tr("Compute the key figures of a project's layout variants."));
    parser.addPositionalArgument(QStringLiteral("FILE"), KpiCmdTr::tr("The .taktflow project file."));
    const QCommandLineOption variantOption(QStringLiteral("variant"), KpiCmdTr::tr("Only this variant (name or id)."),
                                           KpiCmdTr::tr("NAME"));
    const QCommandLineOption metric = metricOption();
    const QCommandLineOption findingsOption(QStringLiteral("findings"), KpiCmdTr::tr("Also list the layout findings."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), KpiCmdTr::tr("Print JSON."));
    parser.addOptions({variantOption, metric, findingsOption, jsonOption});
    if (auto stop = parseCommand(parser, args, io, 1, 1))
        return *stop;
    // The metric, and the SALBP-1 solver for lines without an assignment.
    const std::optional<core::KpiOptions> options = kpiOptions(parser, metric, io);
    if (!options)
        return ExitUsage;

    const QString path = parser.positionalArguments().front();
    auto project = loadProject(path, io);
    if (!project)
        return ExitBadInput;
    std::vector<const core::Variant *> variants;
    if (parser.isSet(variantOption)) {
        const core::Variant *variant = findVariantOrReport(*project, parser.value(variantOption), path, io);
        if (!variant)
            return ExitBadInput;
        variants.push_back(variant);
    } else {
        for (const auto &variant : project->variants)
            variants.push_back(&variant);
    }

    const bool json = parser.isSet(jsonOption);
    const bool withFindings = parser.isSet(findingsOption);
    QJsonArray array;
    bool infeasible = false;
    for (const core::Variant *variant : variants) {
        const core::LayoutAnalysis analysis(*project, *variant, *options);
        const core::VariantKpis kpis = analysis.kpis();
        for (const auto &line : kpis.lines) {
            if (line.infeasible) {
                io.err << KpiCmdTr::tr("%1: variant '%2', line '%3': no feasible station assignment at takt %4 s.")
                              .arg(path, kpis.variantName, line.lineName, fixed(line.taktTimeS))
                       << '\n';
                infeasible = true;
            }
        }
        const std::vector<core::LayoutFinding> findings =
            withFindings ? analysis.findings() : std::vector<core::LayoutFinding>{};
        if (json) {
            QJsonObject object = core::kpisToJson(kpis);
            if (withFindings)
                object.insert(QStringLiteral("findings"), core::findingsToJson(findings));
            array.append(object);
        } else {
            printText(io.out, kpis, withFindings ? &findings : nullptr);
        }
    }
    if (json) {
        // One variant (asked for, or the only one): an object; several: an array of objects.
        const QJsonDocument document =
            array.size() == 1 ? QJsonDocument(array.first().toObject()) : QJsonDocument(array);
        io.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
    }
    io.out.flush();
    return infeasible ? ExitInfeasible : ExitOk;
}

} // namespace taktflow::app::cli
