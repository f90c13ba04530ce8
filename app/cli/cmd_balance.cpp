// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_balance.h"

#include "app/cli/cliutil.h"
#include "core/automation/assignmentmetrics.h"
#include "core/balance/lineproblem.h"
#include "core/balance/linemetrics.h"
#include "core/balance/salbp1.h"
#include "core/balance/salbp2.h"
#include "core/io/salbpreader.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <chrono>
#include <cmath>

namespace taktflow::app::cli {

namespace {

// A class, not a free tr() helper, so that lupdate sees the same context as the runtime.
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(BalanceCommand)
};

QString formatTicks(std::int64_t ticks, std::int64_t ticksPerUnit)
{
    if (ticksPerUnit == 1)
        return QString::number(ticks);
    return QString::number(double(ticks) / double(ticksPerUnit), 'f', 3);
}

// Task times are whole ticks, so any cycle between two grid points behaves like the lower one.
std::optional<std::int64_t> parseCycle(const QString &text, std::int64_t ticksPerUnit)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value > 0.0) || !std::isfinite(value) || value > 1e15)
        return std::nullopt;
    const auto ticks = std::int64_t(std::floor(value * double(ticksPerUnit) + 1e-9));
    if (ticks <= 0)
        return std::nullopt;
    return ticks;
}

void printJson(QTextStream &out, bool salbp2, int taskCount, const core::BalanceResult &r, std::int64_t ticksPerUnit,
               const QString &cycleText, double seconds, const QStringList &taskIds = {})
{
    QStringList stations;
    for (const core::BalancedStation &s : r.stations) {
        QStringList tasks;
        for (const int t : s.tasks)
            tasks << QString::number(t + 1);
        stations << QStringLiteral("[") + tasks.join(QStringLiteral(",")) + QStringLiteral("]");
    }
    out << "{\"problem\":\"" << (salbp2 ? "SALBP-2" : "SALBP-1") << "\""
        << ",\"n_tasks\":" << taskCount << ",\"cycle_time\":" << cycleText << ",\"stations\":" << r.stationCount
        << ",\"lower_bound\":" << (salbp2 ? formatTicks(r.lowerBound, ticksPerUnit) : QString::number(r.lowerBound))
        << ",\"optimal\":" << (r.optimal() ? "true" : "false") << ",\"seconds\":" << QString::number(seconds, 'f', 4)
        << ",\"assignment\":[" << stations.join(QStringLiteral(",")) << "]";
    if (!taskIds.isEmpty()) {
        // Project lines number their tasks by position; the ids say which task each number is.
        out << ",\"task_ids\":"
            << QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(taskIds)).toJson(QJsonDocument::Compact));
    }
    out << "}\n";
}

void printText(QTextStream &out, bool salbp2, const QString &path, int taskCount, const core::BalanceResult &r,
               std::int64_t ticksPerUnit, const QString &cycleText, double seconds)
{
    const core::LineMetrics m = core::computeLineMetrics(r.stations, r.cycleTime);
    out << Tr::tr("Problem: %1 (%2, %3 tasks)")
               .arg(salbp2 ? QStringLiteral("SALBP-2") : QStringLiteral("SALBP-1"), path)
               .arg(taskCount)
        << '\n';
    out << Tr::tr("Cycle time: %1").arg(cycleText) << '\n';
    out << Tr::tr("Stations: %1").arg(r.stationCount) << '\n';
    out << (salbp2 ? Tr::tr("Lower bound on the cycle time: %1").arg(formatTicks(r.lowerBound, ticksPerUnit))
                   : Tr::tr("Lower bound on the stations: %1").arg(r.lowerBound))
        << '\n';
    out << (r.optimal() ? Tr::tr("Proven optimal.") : Tr::tr("Not proven optimal (time limit).")) << '\n';
    out << Tr::tr("Solve time: %1 s").arg(seconds, 0, 'f', 3) << '\n';
    out << Tr::tr("Line efficiency: %1 %, balance delay: %2 %, smoothness index: %3")
               .arg(100.0 * m.efficiency, 0, 'f', 2)
               .arg(100.0 * m.balanceDelay, 0, 'f', 2)
               .arg(m.smoothnessIndex / double(ticksPerUnit), 0, 'f', 2)
        << '\n';
    for (std::size_t i = 0; i < r.stations.size(); ++i) {
        const core::BalancedStation &s = r.stations[i];
        QStringList tasks;
        for (const int t : s.tasks)
            tasks << QString::number(t + 1);
        out << Tr::tr("Station %1: load %2 (%3 %)%4: %5")
                   .arg(i + 1)
                   .arg(formatTicks(s.load, ticksPerUnit))
                   .arg(100.0 * m.perStation[i].utilisation, 0, 'f', 1)
                   .arg(s.replicas > 1 ? Tr::tr(", %1 parallel stations").arg(s.replicas) : QString())
                   .arg(tasks.join(QStringLiteral(" ")))
            << '\n';
    }
}

struct ProjectBalanceRequest {
    QString path;
    QString variant;
    QString line;
    bool salbp2 = false;
    int stations = 0;
    std::optional<QString> cycleText;
    double timeLimitS = 10.0;
    bool parallel = false;
    bool apply = false;
    bool json = false;
};

/** Balances a production line of a project variant; with apply, stores the stations in the file. */
int balanceProjectLine(const ProjectBalanceRequest &request, CliIo &io)
{
    auto project = loadProject(request.path, io);
    if (!project)
        return ExitBadInput;
    core::Variant *variant = request.variant.isEmpty()
                                 ? (project->variants.empty() ? nullptr : &project->variants.front())
                                 : findVariantOrReport(*project, request.variant, request.path, io);
    if (!variant) {
        if (request.variant.isEmpty())
            io.err << Tr::tr("%1: the project has no variants").arg(request.path) << '\n';
        return ExitBadInput;
    }
    core::ProductionLine *line = nullptr;
    for (auto &candidate : variant->lines) {
        if (request.line.isEmpty() || candidate.id == request.line || candidate.name == request.line) {
            line = &candidate;
            break;
        }
    }
    if (!line) {
        io.err << Tr::tr("%1: variant '%2' has no line %3").arg(request.path, variant->name, request.line) << '\n';
        return ExitBadInput;
    }
    const core::LineProblemResult built = core::lineProblemFromLine(*line);
    if (!built) {
        io.err << request.path << ": " << built.errorMessage << '\n';
        return ExitBadInput;
    }
    core::LineProblem lineProblem = *built.lineProblem;
    lineProblem.problem.allowParallelStations = lineProblem.problem.allowParallelStations || request.parallel;
    const std::int64_t ticksPerSecond = 1000; // the 1 ms grid of model times
    std::int64_t cycle = 0;
    QString cycleText;
    if (!request.salbp2) {
        // Without --cycle-time the line is balanced at its takt time.
        const double cycleS = request.cycleText ? request.cycleText->toDouble() : core::taktTimeS(*line);
        if (!(cycleS > 0)) {
            io.err << Tr::tr("%1: line '%2' has no takt time (demand or available time missing); give --cycle-time")
                          .arg(request.path, line->name)
                   << '\n';
            return ExitBadInput;
        }
        cycle = core::toTicks(cycleS);
        cycleText = QString::number(cycleS, 'g', 15);
    }
    core::BalanceOptions options;
    options.timeLimitS = std::max(0.01, request.timeLimitS * 0.96 - 0.1);
    const auto start = std::chrono::steady_clock::now();
    const core::BalanceResult result = request.salbp2
                                           ? core::solveSalbp2(lineProblem.problem, request.stations, options)
                                           : core::solveSalbp1(lineProblem.problem, cycle, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    switch (result.status) {
    case core::BalanceStatus::Invalid: io.err << request.path << ": " << result.message << '\n'; return ExitBadInput;
    case core::BalanceStatus::Infeasible: io.err << request.path << ": " << result.message << '\n'; return ExitInfeasible;
    case core::BalanceStatus::Optimal:
    case core::BalanceStatus::Feasible: break;
    }
    if (request.salbp2)
        cycleText = formatTicks(result.cycleTime, ticksPerSecond);
    const int taskCount = int(lineProblem.problem.taskTimes.size());
    if (request.json)
        printJson(io.out, request.salbp2, taskCount, result, ticksPerSecond, cycleText, seconds, lineProblem.taskIds);
    else
        printText(io.out, request.salbp2, request.path, taskCount, result, ticksPerSecond, cycleText, seconds);
    if (request.apply) {
        std::vector<core::Station> stations = core::stationsFromResult(lineProblem, result);
        // Keep the floor places of the stations that existed before.
        for (std::size_t s = 0; s < stations.size() && s < line->stations.size(); ++s)
            stations[s].itemId = line->stations[s].itemId;
        line->stations = std::move(stations);
        const core::FileResult saved = core::saveProject(*project, request.path);
        if (!saved) {
            io.err << saved.message << '\n';
            return ExitBadInput;
        }
        if (!request.json)
            io.out << Tr::tr("Stored as the assignment of line '%1' in variant '%2'.").arg(line->name, variant->name)
                   << '\n';
    }
    return ExitOk;
}

} // namespace

int runBalanceCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(Tr::tr("Balances an assembly line: the fewest stations for a cycle time (SALBP-1) "
                                            "or the shortest cycle time for a number of stations (SALBP-2)."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 Tr::tr("Scholl .IN2 file, Otto et al. .alb file, or a .taktflow project."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, Tr::tr("Shows this help."));
    const QCommandLineOption cycleOption(QStringLiteral("cycle-time"),
                                         Tr::tr("Cycle time C: find the fewest stations."), QStringLiteral("C"));
    const QCommandLineOption stationsOption(
        QStringLiteral("stations"), Tr::tr("Number of stations M: find the shortest cycle time."), QStringLiteral("M"));
    const QCommandLineOption limitOption(QStringLiteral("time-limit"), Tr::tr("Time limit in seconds (default 10)."),
                                         QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), Tr::tr("Prints the result as JSON."));
    const QCommandLineOption parallelOption(QStringLiteral("parallel"),
                                            Tr::tr("Allows parallel stations for tasks longer than the cycle time."));
    const QCommandLineOption variantOption(
        QStringLiteral("variant"), Tr::tr("Project input: the variant (default: the first)."), QStringLiteral("NAME"));
    const QCommandLineOption lineOption(QStringLiteral("line"),
                                        Tr::tr("Project input: the line id or name (default: the first)."),
                                        QStringLiteral("LINE"));
    const QCommandLineOption applyOption(QStringLiteral("apply"),
                                         Tr::tr("Project input: store the result as the line's station assignment."));
    parser.addOptions({helpOption, cycleOption, stationsOption, limitOption, jsonOption, parallelOption, variantOption,
                       lineOption, applyOption});
    if (!parser.parse(args)) {
        io.err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(helpOption)) {
        io.out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                            QStringLiteral("taktflow-cli balance"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << Tr::tr("balance: expected exactly one INPUT file; see --help") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(cycleOption) && parser.isSet(stationsOption)) {
        io.err << Tr::tr("balance: give either --cycle-time or --stations, not both") << '\n';
        return ExitUsage;
    }
    bool limitOk = false;
    const double timeLimitS = parser.value(limitOption).toDouble(&limitOk);
    if (!limitOk || !(timeLimitS > 0.0)) {
        io.err << Tr::tr("balance: --time-limit needs a positive number of seconds") << '\n';
        return ExitUsage;
    }
    const QString path = positional.front();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("taktflow")) {
        ProjectBalanceRequest request;
        request.path = path;
        request.variant = parser.value(variantOption);
        request.line = parser.value(lineOption);
        request.salbp2 = parser.isSet(stationsOption);
        request.stations = parser.value(stationsOption).toInt();
        if (request.salbp2 && request.stations <= 0) {
            io.err << Tr::tr("balance: --stations needs a positive whole number") << '\n';
            return ExitUsage;
        }
        if (parser.isSet(cycleOption)) {
            if (!parseCycle(parser.value(cycleOption), 1000)) {
                io.err << Tr::tr("balance: --cycle-time needs a positive number") << '\n';
                return ExitUsage;
            }
            request.cycleText = parser.value(cycleOption);
        }
        request.timeLimitS = timeLimitS;
        request.parallel = parser.isSet(parallelOption);
        request.apply = parser.isSet(applyOption);
        request.json = parser.isSet(jsonOption);
        return balanceProjectLine(request, io);
    }
    if (parser.isSet(variantOption) || parser.isSet(lineOption) || parser.isSet(applyOption)) {
        io.err << Tr::tr("balance: --variant, --line and --apply need a .taktflow project as INPUT") << '\n';
        return ExitUsage;
    }
    if (suffix != QStringLiteral("in2") && suffix != QStringLiteral("alb")) {
        io.err << Tr::tr("balance: %1: INPUT must be an .IN2, .alb or .taktflow file").arg(path) << '\n';
        return ExitUsage;
    }
    const bool salbp2 = parser.isSet(stationsOption);
    if (!salbp2 && !parser.isSet(cycleOption) && suffix == QStringLiteral("in2")) {
        io.err << Tr::tr("balance: an .IN2 file has no cycle time; give --cycle-time or --stations") << '\n';
        return ExitUsage;
    }
    int stations = 0;
    if (salbp2) {
        bool ok = false;
        stations = parser.value(stationsOption).toInt(&ok);
        if (!ok || stations <= 0) {
            io.err << Tr::tr("balance: --stations needs a positive whole number") << '\n';
            return ExitUsage;
        }
    }
    if (parser.isSet(cycleOption) && !parseCycle(parser.value(cycleOption), 1000)) {
        io.err << Tr::tr("balance: --cycle-time needs a positive number") << '\n';
        return ExitUsage;
    }

    const core::SalbpReadResult read = core::readSalbpFile(path);
    if (!read) {
        io.err << read.errorMessage << '\n';
        return ExitBadInput;
    }
    const core::SalbpInstance &instance = *read.instance;
    core::BalanceProblem problem;
    problem.taskTimes = instance.taskTimes;
    problem.precedences = instance.precedences;
    problem.allowParallelStations = parser.isSet(parallelOption);

    core::BalanceOptions options;
    // The limit covers the whole run: leave room for reading, start-up and printing.
    options.timeLimitS = std::max(0.01, timeLimitS * 0.96 - 0.1);
    const auto start = std::chrono::steady_clock::now();
    core::BalanceResult result;
    QString cycleText;
    if (salbp2) {
        result = core::solveSalbp2(problem, stations, options);
        cycleText = formatTicks(result.cycleTime, instance.ticksPerUnit);
    } else {
        std::int64_t cycle = 0;
        if (parser.isSet(cycleOption)) {
            cycle = *parseCycle(parser.value(cycleOption), instance.ticksPerUnit);
            cycleText = QString::number(parser.value(cycleOption).toDouble(), 'g', 15);
        } else if (instance.cycleTime) {
            cycle = *instance.cycleTime;
            cycleText = formatTicks(cycle, instance.ticksPerUnit);
        } else {
            io.err << Tr::tr("%1:1: the file has no <cycle time>; give --cycle-time").arg(path) << '\n';
            return ExitBadInput;
        }
        result = core::solveSalbp1(problem, cycle, options);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    switch (result.status) {
    case core::BalanceStatus::Invalid: io.err << path << ": " << result.message << '\n'; return ExitBadInput;
    case core::BalanceStatus::Infeasible: io.err << path << ": " << result.message << '\n'; return ExitInfeasible;
    case core::BalanceStatus::Optimal:
    case core::BalanceStatus::Feasible: break;
    }
    if (parser.isSet(jsonOption))
        printJson(io.out, salbp2, int(problem.taskTimes.size()), result, instance.ticksPerUnit, cycleText, seconds);
    else
        printText(io.out, salbp2, path, int(problem.taskTimes.size()), result, instance.ticksPerUnit, cycleText,
                  seconds);
    return ExitOk;
}

} // namespace taktflow::app::cli
