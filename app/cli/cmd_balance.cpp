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
#include <optional>

namespace taktflow::app::cli {

namespace {

// A class, not a free tr() helper, so that lupdate sees the same context as the runtime.
class BalanceCmdTr
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
        << ",\"threads\":" << r.threads
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
    out << BalanceCmdTr::tr("Problem: %1 (%2, %3 tasks)")
               .arg(salbp2 ? QStringLiteral("SALBP-2") : QStringLiteral("SALBP-1"), path)
               .arg(taskCount)
        << '\n';
    out << BalanceCmdTr::tr("Cycle time: %1").arg(cycleText) << '\n';
    out << BalanceCmdTr::tr("Stations: %1").arg(r.stationCount) << '\n';
    out << (salbp2 ? BalanceCmdTr::tr("Lower bound on the cycle time: %1").arg(formatTicks(r.lowerBound, ticksPerUnit))
                   : BalanceCmdTr::tr("Lower bound on the stations: %1").arg(r.lowerBound))
        << '\n';
    out << (r.optimal() ? BalanceCmdTr::tr("Proven optimal.") : BalanceCmdTr::tr("Not proven optimal (time limit)."))
        << '\n';
    out << BalanceCmdTr::tr("Solve time: %1 s").arg(seconds, 0, 'f', 3) << '\n';
    out << BalanceCmdTr::tr("Line efficiency: %1 %, balance delay: %2 %, smoothness index: %3")
               .arg(100.0 * m.efficiency, 0, 'f', 2)
               .arg(100.0 * m.balanceDelay, 0, 'f', 2)
               .arg(m.smoothnessIndex / double(ticksPerUnit), 0, 'f', 2)
        << '\n';
    for (std::size_t i = 0; i < r.stations.size(); ++i) {
        const core::BalancedStation &s = r.stations[i];
        QStringList tasks;
        for (const int t : s.tasks)
            tasks << QString::number(t + 1);
        out << BalanceCmdTr::tr("Station %1: load %2 (%3 %)%4: %5")
                   .arg(i + 1)
                   .arg(formatTicks(s.load, ticksPerUnit))
                   .arg(100.0 * m.perStation[i].utilisation, 0, 'f', 1)
                   .arg(s.replicas > 1 ? BalanceCmdTr::tr(", %1 parallel stations").arg(s.replicas) : QString())
                   .arg(tasks.join(QStringLiteral(" ")))
            << '\n';
    }
}

// The limit covers the whole run: leave room for reading, start-up and printing.
core::BalanceOptions optionsWithin(double timeLimitS, int threads)
{
    core::BalanceOptions options;
    options.timeLimitS = std::max(0.01, timeLimitS * 0.96 - 0.1);
    options.threads = threads; // 0: one per core, as the solver reads it
    return options;
}

// The exit code of a run that found no assignment, naming the input; empty when one was found.
std::optional<int> failureExit(const core::BalanceResult &result, const QString &path, CliIo &io)
{
    switch (result.status) {
    case core::BalanceStatus::Invalid: io.err << path << ": " << result.message << '\n'; return ExitBadInput;
    case core::BalanceStatus::Infeasible: io.err << path << ": " << result.message << '\n'; return ExitInfeasible;
    case core::BalanceStatus::Optimal:
    case core::BalanceStatus::Feasible: break;
    }
    return std::nullopt;
}

/** One balance run; variant, line and apply concern project input only. */
struct BalanceRequest {
    QString path;
    QString variant;
    QString line;
    bool salbp2 = false;
    int stations = 0;
    std::optional<QString> cycleText;
    double timeLimitS = 10.0;
    int threads = 0; // all cores
    bool parallel = false;
    bool apply = false;
    bool json = false;
};

/** Balances a production line of a project variant; with apply, stores the stations in the file. */
int balanceProjectLine(const BalanceRequest &request, CliIo &io)
{
    auto project = loadProject(request.path, io);
    if (!project)
        return ExitBadInput;
    core::Variant *variant = request.variant.isEmpty()
                                 ? (project->variants.empty() ? nullptr : &project->variants.front())
                                 : findVariantOrReport(*project, request.variant, request.path, io);
    if (!variant) {
        if (request.variant.isEmpty())
            io.err << BalanceCmdTr::tr("%1: the project has no variants").arg(request.path) << '\n';
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
        io.err << BalanceCmdTr::tr("%1: variant '%2' has no line %3").arg(request.path, variant->name, request.line)
               << '\n';
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
            io.err << BalanceCmdTr::tr(
                          "%1: line '%2' has no takt time (demand or available time missing); give --cycle-time")
                          .arg(request.path, line->name)
                   << '\n';
            return ExitBadInput;
        }
        cycle = core::toTicks(cycleS);
        cycleText = QString::number(cycleS, 'g', 15);
    }
    const core::BalanceOptions options = optionsWithin(request.timeLimitS, request.threads);
    const auto start = std::chrono::steady_clock::now();
    const core::BalanceResult result = request.salbp2
                                           ? core::solveSalbp2(lineProblem.problem, request.stations, options)
                                           : core::solveSalbp1(lineProblem.problem, cycle, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (const std::optional<int> failed = failureExit(result, request.path, io))
        return *failed;
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
            io.out << BalanceCmdTr::tr("Stored as the assignment of line '%1' in variant '%2'.")
                          .arg(line->name, variant->name)
                   << '\n';
    }
    return ExitOk;
}

// The command's options, in the order --help lists them.
struct BalanceCli {
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, BalanceCmdTr::tr("Shows this help.")};
    QCommandLineOption cycle{QStringLiteral("cycle-time"), BalanceCmdTr::tr("Cycle time C: find the fewest stations."),
                             QStringLiteral("C")};
    QCommandLineOption stations{QStringLiteral("stations"),
                                BalanceCmdTr::tr("Number of stations M: find the shortest cycle time."),
                                QStringLiteral("M")};
    QCommandLineOption limit{QStringLiteral("time-limit"), BalanceCmdTr::tr("Time limit in seconds (default 10)."),
                             QStringLiteral("S"), QStringLiteral("10")};
    QCommandLineOption threads{QStringLiteral("threads"),
                               BalanceCmdTr::tr("Threads for the exact SALBP-1 search (default: one per core)."),
                               QStringLiteral("T")};
    QCommandLineOption json{QStringLiteral("json"), BalanceCmdTr::tr("Prints the result as JSON.")};
    QCommandLineOption parallel{QStringLiteral("parallel"),
                                BalanceCmdTr::tr("Allows parallel stations for tasks longer than the cycle time.")};
    QCommandLineOption variant{QStringLiteral("variant"),
                               BalanceCmdTr::tr("Project input: the variant (default: the first)."),
                               QStringLiteral("NAME")};
    QCommandLineOption line{QStringLiteral("line"),
                            BalanceCmdTr::tr("Project input: the line id or name (default: the first)."),
                            QStringLiteral("LINE")};
    QCommandLineOption apply{QStringLiteral("apply"),
                             BalanceCmdTr::tr("Project input: store the result as the line's station assignment.")};
};

/**
 * The request the options make for input `path`: empty (after saying why) when --stations or
 * --cycle-time is not a valid number.
 */
std::optional<BalanceRequest> readRequest(const QCommandLineParser &parser, const BalanceCli &cli, const QString &path,
                                          double timeLimitS, CliIo &io)
{
    BalanceRequest request;
    request.path = path;
    request.variant = parser.value(cli.variant);
    request.line = parser.value(cli.line);
    request.timeLimitS = timeLimitS;
    request.parallel = parser.isSet(cli.parallel);
    request.apply = parser.isSet(cli.apply);
    request.json = parser.isSet(cli.json);
    request.salbp2 = parser.isSet(cli.stations);
    if (parser.isSet(cli.threads)) {
        request.threads = parser.value(cli.threads).toInt();
        if (request.threads <= 0) {
            io.err << BalanceCmdTr::tr("balance: --threads needs a positive whole number") << '\n';
            return std::nullopt;
        }
    }
    if (request.salbp2) {
        // toInt() gives 0 for what is not a whole number, which the check refuses too.
        request.stations = parser.value(cli.stations).toInt();
        if (request.stations <= 0) {
            io.err << BalanceCmdTr::tr("balance: --stations needs a positive whole number") << '\n';
            return std::nullopt;
        }
    }
    if (parser.isSet(cli.cycle)) {
        if (!parseCycle(parser.value(cli.cycle), 1000)) {
            io.err << BalanceCmdTr::tr("balance: --cycle-time needs a positive number") << '\n';
            return std::nullopt;
        }
        request.cycleText = parser.value(cli.cycle);
    }
    return request;
}

/** Balances a Scholl .IN2 or Otto .alb instance. */
int balanceSalbpFile(const BalanceRequest &request, CliIo &io)
{
    const core::SalbpReadResult read = core::readSalbpFile(request.path);
    if (!read) {
        io.err << read.errorMessage << '\n';
        return ExitBadInput;
    }
    const core::SalbpInstance &instance = *read.instance;
    core::BalanceProblem problem;
    problem.taskTimes = instance.taskTimes;
    problem.precedences = instance.precedences;
    problem.allowParallelStations = request.parallel;

    const core::BalanceOptions options = optionsWithin(request.timeLimitS, request.threads);
    const auto start = std::chrono::steady_clock::now();
    core::BalanceResult result;
    QString cycleText;
    if (request.salbp2) {
        result = core::solveSalbp2(problem, request.stations, options);
        cycleText = formatTicks(result.cycleTime, instance.ticksPerUnit);
    } else {
        std::int64_t cycle = 0;
        if (request.cycleText) {
            cycle = *parseCycle(*request.cycleText, instance.ticksPerUnit);
            cycleText = QString::number(request.cycleText->toDouble(), 'g', 15);
        } else if (instance.cycleTime) {
            cycle = *instance.cycleTime;
            cycleText = formatTicks(cycle, instance.ticksPerUnit);
        } else {
            io.err << BalanceCmdTr::tr("%1:1: the file has no <cycle time>; give --cycle-time").arg(request.path)
                   << '\n';
            return ExitBadInput;
        }
        result = core::solveSalbp1(problem, cycle, options);
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (const std::optional<int> failed = failureExit(result, request.path, io))
        return *failed;
    const int taskCount = int(problem.taskTimes.size());
    if (request.json)
        printJson(io.out, request.salbp2, taskCount, result, instance.ticksPerUnit, cycleText, seconds);
    else
        printText(io.out, request.salbp2, request.path, taskCount, result, instance.ticksPerUnit, cycleText, seconds);
    return ExitOk;
}

/** Checks the arguments of an instance file and balances it. */
int runOnSalbpFile(const QCommandLineParser &parser, const BalanceCli &cli, const QString &path,
                   const QString &suffix, double timeLimitS, CliIo &io)
{
    if (parser.isSet(cli.variant) || parser.isSet(cli.line) || parser.isSet(cli.apply)) {
        io.err << BalanceCmdTr::tr("balance: --variant, --line and --apply need a .taktflow project as INPUT") << '\n';
        return ExitUsage;
    }
    if (suffix != QStringLiteral("in2") && suffix != QStringLiteral("alb")) {
        io.err << BalanceCmdTr::tr("balance: %1: INPUT must be an .IN2, .alb or .taktflow file").arg(path) << '\n';
        return ExitUsage;
    }
    if (!parser.isSet(cli.stations) && !parser.isSet(cli.cycle) && suffix == QStringLiteral("in2")) {
        io.err << BalanceCmdTr::tr("balance: an .IN2 file has no cycle time; give --cycle-time or --stations") << '\n';
        return ExitUsage;
    }
    const std::optional<BalanceRequest> request = readRequest(parser, cli, path, timeLimitS, io);
    return request ? balanceSalbpFile(*request, io) : int(ExitUsage);
}

} // namespace

int runBalanceCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        BalanceCmdTr::tr("Balances an assembly line: the fewest stations for a cycle time (SALBP-1) "
                         "or the shortest cycle time for a number of stations (SALBP-2)."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 BalanceCmdTr::tr("Scholl .IN2 file, Otto et al. .alb file, or a .taktflow project."));
    const BalanceCli cli;
    parser.addOptions({cli.help, cli.cycle, cli.stations, cli.limit, cli.threads, cli.json, cli.parallel, cli.variant,
                       cli.line, cli.apply});
    if (!parser.parse(args)) {
        io.err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(cli.help)) {
        io.out << parser.helpText().replace(QCoreApplication::applicationFilePath(),
                                            QStringLiteral("taktflow-cli balance"));
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        io.err << BalanceCmdTr::tr("balance: expected exactly one INPUT file; see --help") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(cli.cycle) && parser.isSet(cli.stations)) {
        io.err << BalanceCmdTr::tr("balance: give either --cycle-time or --stations, not both") << '\n';
        return ExitUsage;
    }
    bool limitOk = false;
    const double timeLimitS = parser.value(cli.limit).toDouble(&limitOk);
    if (!limitOk || !(timeLimitS > 0.0)) {
        io.err << BalanceCmdTr::tr("balance: --time-limit needs a positive number of seconds") << '\n';
        return ExitUsage;
    }
    const QString path = positional.front();
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QStringLiteral("taktflow")) {
        const std::optional<BalanceRequest> request = readRequest(parser, cli, path, timeLimitS, io);
        return request ? balanceProjectLine(*request, io) : int(ExitUsage);
    }
    return runOnSalbpFile(parser, cli, path, suffix, timeLimitS, io);
}

} // namespace taktflow::app::cli
