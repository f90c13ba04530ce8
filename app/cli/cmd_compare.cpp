// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_compare.h"

#include "app/cli/cliutil.h"
#include "app/cli/kpioptions.h"
#include "core/compare/comparison.h"
#include "core/simulation/linemodelbuilder.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

namespace taktflow::app::cli {

namespace {

// Called as CompareCmdTr::tr() by name: lupdate does not follow type aliases to the context.
class CompareCmdTr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString formatValue(const core::ComparisonRow &row, const std::optional<double> &value)
{
    if (!value)
        return QStringLiteral("-");
    return row.share ? QLocale::c().toString(*value * 100.0, 'f', 1) + QLatin1Char('%')
                     : QLocale::c().toString(*value, 'f', 2);
}

// Terminal columns of a text: Chinese characters and full-width forms take two.
qsizetype terminalWidth(const QString &text)
{
    qsizetype width = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool wide = (u >= 0x1100 && u <= 0x115f) || (u >= 0x2e80 && u <= 0xa4cf) ||
                          (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xf900 && u <= 0xfaff) ||
                          (u >= 0xfe30 && u <= 0xfe4f) || (u >= 0xff00 && u <= 0xff60) || (u >= 0xffe0 && u <= 0xffe6);
        width += wide ? 2 : 1;
    }
    return width;
}

/** Where the simulated rows come from: line, run settings and whether the result is stale. */
void printSimulationSources(QTextStream &out, const core::Comparison &comparison)
{
    bool stale = false;
    for (std::size_t v = 0; v < comparison.simulations.size(); ++v) {
        const core::VariantSimulation &simulation = comparison.simulations[v];
        if (!simulation.summary)
            continue;
        out << CompareCmdTr::tr("Simulated figures of '%1': line %2, %3")
                   .arg(comparison.variantNames.value(qsizetype(v)), simulation.lineName,
                        core::simulationRunDescription(*simulation.summary))
            << '\n';
        stale = stale || simulation.status == core::VariantSimulation::Status::Stale;
    }
    if (stale)
        out << CompareCmdTr::tr("! stale: the line or layout changed after the simulation run") << '\n';
}

void printTable(QTextStream &out, const core::Comparison &comparison)
{
    // As wide as the longest label: translated labels are often longer than the English ones.
    qsizetype labelWidth = 28;
    for (const auto &row : comparison.rows)
        labelWidth = std::max(labelWidth, terminalWidth(core::rowLabelWithUnit(row)) + 2);
    const int columnWidth = 34;
    out << QString().leftJustified(labelWidth);
    for (const QString &name : comparison.variantNames)
        out << name.left(columnWidth - 1).rightJustified(columnWidth);
    out << '\n';
    for (const auto &row : comparison.rows) {
        const QString label = core::rowLabelWithUnit(row);
        out << label << QString(labelWidth - terminalWidth(label), QLatin1Char(' '));
        const bool simulated = core::isSimulationKpi(row.key) && !comparison.simulations.empty();
        for (int v = 0; v < int(row.values.size()); ++v) {
            QString cell = formatValue(row, row.values[std::size_t(v)]);
            if (simulated && !row.values[std::size_t(v)])
                cell = CompareCmdTr::tr("not simulated");
            if (std::find(row.best.begin(), row.best.end(), v) != row.best.end())
                cell += QLatin1Char('*');
            const auto &delta = row.delta[std::size_t(v)];
            const auto &pct = row.deltaPercent[std::size_t(v)];
            if (v != comparison.baseline && delta) {
                cell += QStringLiteral(" (%1%2").arg(*delta >= 0 ? QStringLiteral("+") : QString(), formatValue(row, delta));
                if (pct)
                    cell += QStringLiteral(", %1%2%").arg(*pct >= 0 ? QStringLiteral("+") : QString(),
                                                         QLocale::c().toString(*pct, 'f', 1));
                cell += QLatin1Char(')');
            }
            if (simulated && comparison.simulations[std::size_t(v)].status == core::VariantSimulation::Status::Stale)
                cell += QLatin1Char('!');
            out << cell.rightJustified(columnWidth);
        }
        out << '\n';
    }
    out << '\n'
        << CompareCmdTr::tr("* best value; (+d, +x%) change against the baseline '%1'")
               .arg(comparison.variantNames.value(comparison.baseline))
        << '\n';
    printSimulationSources(out, comparison);
    if (comparison.defaultWeights)
        out << CompareCmdTr::tr(
                   "No KPI weights are set: ranking with equal weights over the %n KPI(s) that every variant has "
                   "and that have a better direction:",
                   nullptr, int(comparison.weightsUsed.size()))
            << '\n';
    else
        out << CompareCmdTr::tr("Ranking by weighted score:") << '\n';
    for (const auto &ranked : comparison.ranking)
        out << QStringLiteral("  %1. %2  %3").arg(ranked.rank).arg(ranked.variantName, QLocale::c().toString(ranked.score, 'f', 3))
            << '\n';
}

} // namespace

int runCompareCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CompareCmdTr::tr("Compare layout variants KPI by KPI, with deltas against a baseline and "
                         "a ranking by the project's KPI weights."));
    parser.addPositionalArgument(QStringLiteral("FILE"), CompareCmdTr::tr("The .taktflow project file."));
    const QCommandLineOption variantsOption(QStringLiteral("variants"),
                                            CompareCmdTr::tr("Comma-separated variant names (default: all)."),
                                            CompareCmdTr::tr("A,B,..."));
    const QCommandLineOption baselineOption(QStringLiteral("baseline"),
                                            CompareCmdTr::tr("Variant the deltas refer to (default: the first)."),
                                            CompareCmdTr::tr("NAME"));
    const QCommandLineOption metric = metricOption();
    const QCommandLineOption jsonOption(QStringLiteral("json"), CompareCmdTr::tr("Print JSON."));
    parser.addOptions({variantsOption, baselineOption, metric, jsonOption});
    if (auto stop = parseCommand(parser, args, io, 1, 1))
        return *stop;
    const auto options = kpiOptions(parser, metric, io);
    if (!options)
        return ExitUsage;

    const QString path = parser.positionalArguments().front();
    auto project = loadProject(path, io);
    if (!project)
        return ExitBadInput;

    std::vector<const core::Variant *> variants;
    if (parser.isSet(variantsOption)) {
        for (const QString &name : parser.value(variantsOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const core::Variant *variant = findVariantOrReport(*project, name.trimmed(), path, io);
            if (!variant)
                return ExitBadInput;
            variants.push_back(variant);
        }
    } else {
        for (const auto &variant : project->variants)
            variants.push_back(&variant);
    }
    if (variants.empty()) {
        io.err << CompareCmdTr::tr("%1: no variants to compare").arg(path) << '\n';
        return ExitBadInput;
    }
    int baseline = 0;
    if (parser.isSet(baselineOption)) {
        const core::Variant *base = findVariantOrReport(*project, parser.value(baselineOption), path, io);
        if (!base)
            return ExitBadInput;
        const auto it = std::find(variants.begin(), variants.end(), base);
        if (it == variants.end()) {
            io.err << CompareCmdTr::tr("%1: the baseline '%2' is not among the compared variants").arg(path, base->name)
                   << '\n';
            return ExitUsage;
        }
        baseline = int(it - variants.begin());
    }

    const core::Comparison comparison = core::compareProjectVariants(*project, variants, *options, baseline,
                                                                          core::simulation::simulationFingerprint);
    if (parser.isSet(jsonOption))
        io.out << QJsonDocument(core::comparisonToJson(comparison)).toJson(QJsonDocument::Indented);
    else
        printTable(io.out, comparison);
    return ExitOk;
}

} // namespace taktflow::app::cli
