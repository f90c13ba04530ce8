// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/cmd_qap.h"

#include "app/cli/cliutil.h"

#include "core/arrangement/qapsolver.h"
#include "core/io/qaplibreader.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cmath>

namespace taktflow::app::cli {

namespace {

// A class, not a free tr() helper, so that lupdate sees the same context as the runtime.
class QapCmdTr
{
    Q_DECLARE_TR_FUNCTIONS(QapCommand)
};

QString permutationText(const std::vector<int> &permutation, const QString &separator)
{
    QStringList parts;
    parts.reserve(qsizetype(permutation.size()));
    for (int slot : permutation)
        parts << QString::number(slot + 1);
    return parts.join(separator);
}

} // namespace

int runQapCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QapCmdTr::tr("Solves a quadratic assignment problem read from a QAPLIB .dat file (n, then the flow "
                     "matrix A, then the distance matrix B) and prints the cost and the 1-based permutation p "
                     "minimising sum A[i][j] * B[p(i)][p(j)]."));
    const QCommandLineOption timeOption(QStringLiteral("time-limit"),
                                        QapCmdTr::tr("Search time in seconds (default 10)."), QapCmdTr::tr("seconds"),
                                        QStringLiteral("10"));
    const QCommandLineOption seedOption(QStringLiteral("seed"), QapCmdTr::tr("Random seed (default 1)."),
                                        QapCmdTr::tr("n"), QStringLiteral("1"));
    const QCommandLineOption iterationsOption(
        QStringLiteral("iterations"),
        QapCmdTr::tr("Stop after this many tabu steps (0 = no limit); with a budget the result depends only on "
                     "the seed and the thread count."),
        QapCmdTr::tr("n"), QStringLiteral("0"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QapCmdTr::tr("Worker threads (default: up to 2)."), QapCmdTr::tr("n"),
                                           QStringLiteral("0"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QapCmdTr::tr("Prints one JSON object."));
    parser.addOptions({timeOption, seedOption, iterationsOption, threadsOption, jsonOption});
    parser.addPositionalArgument(QStringLiteral("file"), QapCmdTr::tr("The QAPLIB .dat file."));
    if (const std::optional<int> stop = parseCommand(parser, args, io, 1, 1)) {
        io.out.flush();
        io.err.flush();
        return *stop;
    }
    const QStringList files = parser.positionalArguments();

    bool ok = false;
    const double timeLimitS = parser.value(timeOption).toDouble(&ok);
    if (!ok || !std::isfinite(timeLimitS) || timeLimitS < 0) {
        io.err << QapCmdTr::tr("--time-limit needs a number of seconds >= 0, not \"%1\".").arg(parser.value(timeOption))
               << '\n';
        io.err.flush();
        return ExitUsage;
    }
    const qulonglong seed = parser.value(seedOption).toULongLong(&ok);
    if (!ok) {
        io.err << QapCmdTr::tr("--seed needs a non-negative integer, not \"%1\".").arg(parser.value(seedOption))
               << '\n';
        io.err.flush();
        return ExitUsage;
    }
    const qlonglong iterations = parser.value(iterationsOption).toLongLong(&ok);
    if (!ok || iterations < 0) {
        io.err << QapCmdTr::tr("--iterations needs an integer >= 0, not \"%1\".").arg(parser.value(iterationsOption))
               << '\n';
        io.err.flush();
        return ExitUsage;
    }
    const int threads = parser.value(threadsOption).toInt(&ok);
    if (!ok || threads < 0 || threads > 64) {
        io.err << QapCmdTr::tr("--threads needs an integer from 0 to 64, not \"%1\".").arg(parser.value(threadsOption))
               << '\n';
        io.err.flush();
        return ExitUsage;
    }
    if (timeLimitS == 0 && iterations == 0) {
        io.err << QapCmdTr::tr("Give a positive --time-limit or an --iterations budget.") << '\n';
        io.err.flush();
        return ExitUsage;
    }

    const core::QapLibReadResult read = core::readQapLibFile(files.first());
    if (!read.ok()) {
        io.err << read.error << '\n';
        io.err.flush();
        return ExitBadInput;
    }

    core::QapOptions options;
    options.timeLimitS = timeLimitS;
    options.seed = seed;
    options.maxIterations = iterations;
    options.threads = threads;
    const core::QapResult result = core::solveQap(read.problem, options);
    if (!result.error.isEmpty()) {
        io.err << files.first() << ":1: " << result.error << '\n';
        io.err.flush();
        return ExitBadInput;
    }
    if (result.permutation.size() != std::size_t(read.problem.n)) {
        io.err << QapCmdTr::tr("No assignment was found.") << '\n';
        io.err.flush();
        return ExitInfeasible;
    }

    if (parser.isSet(jsonOption)) {
        // Written by hand: QJsonValue holds numbers as doubles and would round large costs.
        io.out << "{\"n\":" << read.problem.n << ",\"cost\":" << qlonglong(result.cost) << ",\"permutation\":["
               << permutationText(result.permutation, QStringLiteral(",")) << "]}\n";
    } else {
        io.out << QapCmdTr::tr("n: %1").arg(read.problem.n) << '\n'
               << QapCmdTr::tr("cost: %1").arg(qlonglong(result.cost))
               << (result.provenOptimal ? QapCmdTr::tr(" (optimal)") : QString()) << '\n'
               << QapCmdTr::tr("permutation: %1").arg(permutationText(result.permutation, QStringLiteral(" "))) << '\n'
               << QapCmdTr::tr("iterations: %1, time: %2 s").arg(result.iterations).arg(result.seconds, 0, 'f', 2)
               << '\n';
    }
    io.out.flush();
    return ExitOk;
}

} // namespace taktflow::app::cli
