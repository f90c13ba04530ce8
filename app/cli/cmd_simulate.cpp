// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_simulate.h"

#include "app/cli/cliutil.h"
#include "app/cli/simulateoutput.h"
#include "core/simulation/linemodelbuilder.h"
#include "core/simulation/linemodelreader.h"
#include "core/simulation/summary.h"
#include "core/storage/projectfile.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <mutex>
#include <optional>

#include <unistd.h>

namespace taktflow::app::cli {

namespace sim = core::simulation;

namespace {

constexpr int kMaxSizingTotal = 1000;

// Called as SimulateCmdTr::tr() by name: lupdate does not follow type aliases to the context.
// In functions whose return type lupdate cannot resolve (core::..., sim::...) it loses the
// class as well: those call QCoreApplication::translate() with the context instead.
class SimulateCmdTr
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)
};

/** Reads flag values; the first bad one is reported with its name (exit 2, nothing run). */
class FlagReader
{
public:
    FlagReader(const QCommandLineParser &parser, CliIo &io)
        : mParser(parser)
        , mIo(io)
    {
    }

    bool failed() const { return mFailed; }

    /** The flag's number when set; bad (not a number, out of [minimum, maximum], not whole
     *  when whole): an error naming the flag. */
    std::optional<double> number(const QCommandLineOption &option, double minimum, double maximum, bool whole,
                                 bool minimumIncluded = true)
    {
        if (mFailed || !mParser.isSet(option))
            return std::nullopt;
        const QString text = mParser.value(option);
        bool ok = false;
        const double value = text.toDouble(&ok);
        const QString flag = QStringLiteral("--") + option.names().constFirst();
        if (!ok || !std::isfinite(value))
            return fail(SimulateCmdTr::tr("simulate: %1: \"%2\" is not a finite number").arg(flag, text));
        if (whole && std::floor(value) != value)
            return fail(SimulateCmdTr::tr("simulate: %1: %2 is not a whole number").arg(flag, text));
        if (value > maximum || value < minimum || (!minimumIncluded && value == minimum)) {
            return fail(SimulateCmdTr::tr("simulate: %1: %2 is outside the accepted range (%3 %4 to %5)")
                            .arg(flag, text, minimumIncluded ? SimulateCmdTr::tr("from") : SimulateCmdTr::tr("above"))
                            .arg(minimum, 0, 'g', 15)
                            .arg(maximum, 0, 'g', 15));
        }
        return value;
    }

    std::optional<std::uint64_t> seed(const QCommandLineOption &option)
    {
        if (mFailed || !mParser.isSet(option))
            return std::nullopt;
        bool ok = false;
        const std::uint64_t value = mParser.value(option).toULongLong(&ok);
        if (!ok)
            return fail(SimulateCmdTr::tr("simulate: --seed: \"%1\" is not a whole number from 0 to 2^64 - 1")
                            .arg(mParser.value(option)));
        return value;
    }

    std::nullopt_t fail(const QString &message)
    {
        if (!mFailed)
            mIo.err << message << '\n';
        mFailed = true;
        return std::nullopt;
    }

private:
    const QCommandLineParser &mParser;
    CliIo &mIo;
    bool mFailed = false;
};

struct SimulateRequest {
    QString path;
    QString variant;
    QString line;
    std::optional<double> durationS;
    std::optional<double> warmupS;
    std::optional<double> replications;
    std::optional<std::uint64_t> seed;
    std::optional<double> threads;
    bool json = false;
    bool apply = false;
    bool sizeBuffers = false;
    sim::BufferSizingGoal goal;
};

/** The model and settings to run, and for a project the file to store into. */
struct Input {
    sim::SimModel model;
    sim::ExperimentSettings settings;
    std::optional<core::Project> project;
    core::Variant *variant = nullptr;
    core::ProductionLine *line = nullptr;
};

core::ProductionLine *findLine(core::Variant &variant, const QString &name, const QString &path, CliIo &io)
{
    if (variant.lines.empty()) {
        io.err << QCoreApplication::translate("SimulateCommand", "%1: variant '%2' has no production line to simulate")
                      .arg(path, variant.name)
               << '\n';
        return nullptr;
    }
    if (name.isEmpty())
        return &variant.lines.front();
    QStringList names;
    for (core::ProductionLine &line : variant.lines) {
        if (line.id == name || line.name == name)
            return &line;
        names << line.name;
    }
    io.err << QCoreApplication::translate("SimulateCommand", "%1: variant '%2' has no line named '%3' (lines: %4)")
                  .arg(path, variant.name, name, names.join(QStringLiteral(", ")))
           << '\n';
    return nullptr;
}

std::optional<Input> loadInput(const SimulateRequest &request, bool isProject, CliIo &io)
{
    Input input;
    if (!isProject) {
        sim::LineModelReadResult read = sim::readLineModelFile(request.path);
        if (!read.ok()) {
            io.err << read.error << '\n';
            return std::nullopt;
        }
        input.model = std::move(read.model);
        return input;
    }
    input.project = loadProject(request.path, io);
    if (!input.project)
        return std::nullopt;
    core::Project &project = *input.project;
    if (request.variant.isEmpty()) {
        if (project.variants.empty()) {
            io.err << SimulateCmdTr::tr("%1: the project has no variants").arg(request.path) << '\n';
            return std::nullopt;
        }
        input.variant = &project.variants.front();
    } else {
        input.variant = findVariantOrReport(project, request.variant, request.path, io);
    }
    if (!input.variant)
        return std::nullopt;
    input.line = findLine(*input.variant, request.line, request.path, io);
    if (!input.line)
        return std::nullopt;
    sim::BuiltModel built = sim::buildLineModel(project, *input.variant, *input.line);
    if (!built.ok()) {
        io.err << SimulateCmdTr::tr("%1: variant '%2', line '%3': %4")
                      .arg(request.path, input.variant->name, input.line->name, built.error)
               << '\n';
        return std::nullopt;
    }
    input.model = std::move(built.model);
    input.settings = built.settings;
    return input;
}

/** Progress goes to a terminal only: scripts reading stderr get just the diagnostics. */
sim::ProgressFn progressReporter()
{
    if (!isatty(STDERR_FILENO))
        return {};
    auto mutex = std::make_shared<std::mutex>();
    return [mutex](int done, int total) {
        const std::lock_guard lock(*mutex);
        // Carriage return: the line is rewritten in place on the terminal.
        const QByteArray text =
            '\r' +
            QCoreApplication::translate("SimulateCommand", "replication %1 of %2").arg(done).arg(total).toLocal8Bit();
        std::fputs(text.constData(), stderr);
        if (done == total)
            std::fputs("\n", stderr);
        std::fflush(stderr);
    };
}

bool save(const Input &input, const QString &path, CliIo &io)
{
    const core::FileResult saved = core::saveProject(*input.project, path);
    if (!saved)
        io.err << saved.message << '\n';
    return bool(saved);
}

int runSizing(const SimulateRequest &request, Input &input, CliIo &io)
{
    const auto start = std::chrono::steady_clock::now();
    const sim::BufferSizingResult sizing =
        sim::sizeBuffers(input.model, input.settings, request.goal, nullptr, progressReporter());
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (sizing.wipLimitReached) {
        io.err << request.path << ": " << sizing.message << '\n';
        return ExitBadInput;
    }
    const SimulationRun run{input.model, input.settings};
    io.out << QString::fromUtf8(QJsonDocument(sizingToJson(run, request.goal, sizing, seconds)).toJson());
    io.out.flush();
    if (!sizing.found) {
        io.err << request.path << ": "
               << (sizing.message.isEmpty() ? SimulateCmdTr::tr("no buffer allocation reaches the goal")
                                            : sizing.message)
               << '\n';
        return ExitInfeasible;
    }
    if (request.apply) {
        input.line->simulation.buffers = sizedBuffers(sizing.best.capacities);
        if (!save(input, request.path, io))
            return ExitBadInput;
        io.err << SimulateCmdTr::tr("Stored the buffers in line '%1' of variant '%2'.")
                      .arg(input.line->name, input.variant->name)
               << '\n';
    }
    return ExitOk;
}

int runSimulation(const SimulateRequest &request, Input &input, CliIo &io)
{
    const sim::ExperimentResult result = sim::runExperiment(input.model, input.settings, nullptr, progressReporter());
    if (result.wipLimitReached) {
        io.err << request.path << ": "
               << SimulateCmdTr::tr(
                      "the line piles up more than %1 parts: its releases outpace it, so an unlimited buffer "
                      "or the queue in front of the first station grows without end and no figure would "
                      "settle; limit a buffer or release fewer parts")
                      .arg(sim::kMaxWipParts)
               << '\n';
        return ExitBadInput;
    }
    const SimulationRun run{input.model, input.settings};
    if (request.json)
        io.out << QString::fromUtf8(QJsonDocument(experimentToJson(run, result)).toJson());
    else
        printExperimentText(io.out, run, result);
    io.out.flush();
    if (request.apply) {
        // The summary keeps the parameters the run used: the line's, with the flags' run settings.
        core::SimulationParameters used = input.line->simulation;
        used.run.durationS = input.settings.durationS;
        used.run.warmupS = input.settings.warmupS;
        used.run.replications = input.settings.replications;
        used.run.seed = input.settings.seed;
        input.line->lastSimulation =
            sim::summarize(result, used, sim::simulationFingerprint(*input.project, *input.variant, *input.line),
                           QDateTime::currentDateTimeUtc());
        if (!save(input, request.path, io))
            return ExitBadInput;
        // On stderr, so that --json output stays one document.
        io.err << SimulateCmdTr::tr("Stored the result in line '%1' of variant '%2'.")
                      .arg(input.line->name, input.variant->name)
               << '\n';
    }
    return ExitOk;
}

} // namespace

int runSimulateCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(SimulateCmdTr::tr(
        "Simulates a production line with variable times, failures and finite buffers (discrete-event "
        "simulation; see docs/simulation.md)."));
    parser.addPositionalArgument(QStringLiteral("INPUT"),
                                 SimulateCmdTr::tr("A .taktflow project or a line model .json file."));
    const auto valueOption = [](const char *name, const QString &help, const char *valueName) {
        return QCommandLineOption(QString::fromLatin1(name), help, QString::fromLatin1(valueName));
    };
    const QCommandLineOption variantOption =
        valueOption("variant", SimulateCmdTr::tr("Project input: the variant (default: the first)."), "NAME");
    const QCommandLineOption lineOption =
        valueOption("line", SimulateCmdTr::tr("Project input: the line id or name (default: the first)."), "NAME");
    const QCommandLineOption durationOption =
        valueOption("duration-s",
                    SimulateCmdTr::tr("Simulated seconds per replication after the warm-up (default: the project's run "
                                      "settings; for a .json one 8-hour shift, 28800)."),
                    "S");
    const QCommandLineOption warmupOption = valueOption(
        "warmup-s", SimulateCmdTr::tr("Warm-up in simulated seconds, not counted (default: the project's; 0)."), "S");
    const QCommandLineOption replicationsOption =
        valueOption("replications", SimulateCmdTr::tr("Independent replications (default: the project's; 10)."), "R");
    const QCommandLineOption seedOption =
        valueOption("seed", SimulateCmdTr::tr("Seed of the random streams (default: the project's; 1)."), "N");
    const QCommandLineOption threadsOption = valueOption(
        "threads", SimulateCmdTr::tr("Worker threads, 0 = all cores (default); the result does not depend on it."),
        "T");
    const QCommandLineOption jsonOption(QStringLiteral("json"), SimulateCmdTr::tr("Print the result as JSON."));
    const QCommandLineOption applyOption(
        QStringLiteral("apply"),
        SimulateCmdTr::tr("Project input: store the result (or the sized buffers) in the project's line."));
    const QCommandLineOption sizeOption(QStringLiteral("size-buffers"),
                                        SimulateCmdTr::tr("Search buffer capacities instead; prints JSON."));
    const QCommandLineOption targetOption =
        valueOption("target-per-hour",
                    SimulateCmdTr::tr("Buffer sizing: the smallest total capacity reaching this throughput."), "X");
    const QCommandLineOption totalOption = valueOption(
        "total-capacity", SimulateCmdTr::tr("Buffer sizing: the best throughput with this total capacity."), "N");
    const QCommandLineOption maxTotalOption = valueOption(
        "max-total", SimulateCmdTr::tr("Buffer sizing: the largest total capacity to try (default 100)."), "N");
    parser.addOptions({variantOption, lineOption, durationOption, warmupOption, replicationsOption, seedOption,
                       threadsOption, jsonOption, applyOption, sizeOption, targetOption, totalOption, maxTotalOption});
    if (auto stop = parseCommand(parser, args, io, 1, 1))
        return *stop;

    SimulateRequest request;
    request.path = parser.positionalArguments().front();
    request.variant = parser.value(variantOption);
    request.line = parser.value(lineOption);
    request.json = parser.isSet(jsonOption);
    request.apply = parser.isSet(applyOption);
    request.sizeBuffers = parser.isSet(sizeOption);
    const bool isProject =
        QFileInfo(request.path).suffix().compare(QLatin1String("taktflow"), Qt::CaseInsensitive) == 0;

    FlagReader flags(parser, io);
    request.durationS = flags.number(durationOption, 0.0, sim::kMaxSimulatedS, false, false);
    request.warmupS = flags.number(warmupOption, 0.0, sim::kMaxSimulatedS, false);
    request.replications = flags.number(replicationsOption, 1, sim::kMaxReplications, true);
    request.seed = flags.seed(seedOption);
    request.threads = flags.number(threadsOption, 0, 1024, true);
    const std::optional<double> target = flags.number(targetOption, 0.0, 1e9, false, false);
    // A search beyond a thousand buffer places would run for hours; no line needs that many.
    const std::optional<double> total = flags.number(totalOption, 0, kMaxSizingTotal, true);
    const std::optional<double> maxTotal = flags.number(maxTotalOption, 0, kMaxSizingTotal, true);
    if (!flags.failed() && !isProject && (request.apply || parser.isSet(variantOption) || parser.isSet(lineOption)))
        flags.fail(SimulateCmdTr::tr("simulate: %1: --apply, --variant and --line need a .taktflow project as INPUT")
                       .arg(request.path));
    if (!flags.failed() && request.sizeBuffers && bool(target) == bool(total))
        flags.fail(
            SimulateCmdTr::tr("simulate: --size-buffers needs exactly one of --target-per-hour and --total-capacity"));
    if (!flags.failed() && !request.sizeBuffers && (target || total || maxTotal))
        flags.fail(
            SimulateCmdTr::tr("simulate: --target-per-hour, --total-capacity and --max-total need --size-buffers"));
    if (flags.failed())
        return ExitBadInput;
    if (target)
        request.goal.targetPerHour = *target;
    if (total)
        request.goal.totalCapacity = int(*total);
    if (maxTotal)
        request.goal.maxTotal = int(*maxTotal);
    else if (total)
        request.goal.maxTotal = std::max(request.goal.maxTotal, int(*total));

    std::optional<Input> input = loadInput(request, isProject, io);
    if (!input)
        return ExitBadInput;
    sim::ExperimentSettings &settings = input->settings;
    if (request.durationS)
        settings.durationS = *request.durationS;
    if (request.warmupS)
        settings.warmupS = *request.warmupS;
    if (request.replications)
        settings.replications = int(*request.replications);
    if (request.seed)
        settings.seed = *request.seed;
    if (request.threads)
        settings.threads = int(*request.threads);
    if (const QString problem = sim::settingsProblem(settings); !problem.isEmpty()) {
        io.err << SimulateCmdTr::tr("simulate: %1: %2").arg(request.path, problem) << '\n';
        return ExitBadInput;
    }
    return request.sizeBuffers ? runSizing(request, *input, io) : runSimulation(request, *input, io);
}

} // namespace taktflow::app::cli
