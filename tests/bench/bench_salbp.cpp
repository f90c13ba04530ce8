// SPDX-License-Identifier: GPL-3.0-or-later
// SALBP benchmark: runs `taktflow-cli balance --json` on every instance of a set as a whole
// process with a time limit, checks each answer independently (every task once, precedence,
// load <= cycle) against the known optima / best known bounds, and prints a table and a
// summary line. Figures go to docs/benchmarks/salbp.md.
//
//   bench_salbp DATASET_DIR TAKTFLOW_CLI [--set scholl1|scholl2|otto20|otto50|otto1000|heuristics]
//               [--limit N] [--every K] [--offset O] [--time-limit S] [--threads T] [--only REGEX]
//
// --every 13 takes rows 0, 13, 26, ... of the set; --offset 6 with it a disjoint sample (6, 19, ...).
#include "core/balance/heuristics.h"
#include "core/io/salbpreader.h"
#include "salbptable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <numeric>

using namespace taktflow::core;
using taktflow::bench::Instance;
using taktflow::bench::readTable;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

// Independent check of an assignment; returns the largest station load, or -1 if infeasible.
qint64 checkAnswer(const SalbpInstance &inst, const QJsonArray &assignment, qint64 cycle, QString &why)
{
    const int n = int(inst.taskTimes.size());
    std::vector<int> stationOf(std::size_t(n), -1);
    qint64 largest = 0;
    for (int s = 0; s < assignment.size(); ++s) {
        qint64 load = 0;
        for (const QJsonValue &v : assignment[s].toArray()) {
            const int t = v.toInt() - 1;
            if (t < 0 || t >= n || stationOf[std::size_t(t)] >= 0) {
                why = QStringLiteral("task %1 unknown or twice").arg(t + 1);
                return -1;
            }
            stationOf[std::size_t(t)] = s;
            load += inst.taskTimes[std::size_t(t)];
        }
        largest = std::max(largest, load);
    }
    if (std::any_of(stationOf.begin(), stationOf.end(), [](int s) { return s < 0; })) {
        why = QStringLiteral("a task is missing");
        return -1;
    }
    for (const auto &[a, b] : inst.precedences)
        if (stationOf[std::size_t(a)] > stationOf[std::size_t(b)]) {
            why = QStringLiteral("precedence %1,%2 broken").arg(a + 1).arg(b + 1);
            return -1;
        }
    if (cycle > 0 && largest > cycle) {
        why = QStringLiteral("load %1 > cycle %2").arg(largest).arg(cycle);
        return -1;
    }
    return largest;
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0.0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

int runHeuristics(const QString &dataset, int limit)
{
    // Live-feedback heuristics on the n = 1000 instances, in-process.
    const std::vector<Instance> rows = readTable(dataset + QStringLiteral("/otto/otto2013_salbp1_bounds.csv"),
                                                 dataset + QStringLiteral("/otto"), QStringLiteral("n=1000"), false);
    std::vector<double> rpwMs, followersMs, randomMs;
    double gapSum = 0.0;
    int count = 0;
    for (const Instance &in : rows) {
        if (limit > 0 && count >= limit)
            break;
        const SalbpReadResult read = readSalbpFile(in.file);
        if (!read)
            continue;
        BalanceProblem p;
        p.taskTimes = read.instance->taskTimes;
        p.precedences = read.instance->precedences;
        const auto time = [&](PriorityRule rule, std::vector<double> &into) {
            QElapsedTimer timer;
            timer.start();
            const BalanceResult r = balanceHeuristic(p, in.parameter, rule);
            into.push_back(double(timer.nsecsElapsed()) / 1e6);
            return r.stationCount;
        };
        const int rpw = time(PriorityRule::RankedPositionalWeight, rpwMs);
        time(PriorityRule::MostFollowers, followersMs);
        time(PriorityRule::RandomizedMultiPass, randomMs);
        gapSum += double(rpw - in.lower) / double(in.lower);
        ++count;
    }
    const auto line = [](const char *name, const std::vector<double> &v) {
        out() << QStringLiteral("%1: median %2 ms, max %3 ms\n")
                     .arg(QString::fromLatin1(name))
                     .arg(median(v), 0, 'f', 2)
                     .arg(v.empty() ? 0.0 : *std::max_element(v.begin(), v.end()), 0, 'f', 2);
    };
    line("ranked positional weight", rpwMs);
    line("most followers", followersMs);
    line("randomized multi-pass (40 passes)", randomMs);
    out() << QStringLiteral("SUMMARY set=heuristics instances=%1 rpw_mean_gap_to_lb=%2%\n")
                 .arg(count)
                 .arg(count ? 100.0 * gapSum / count : 0.0, 0, 'f', 2);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("DATASET_DIR"), QStringLiteral("shared/datasets/salbp"));
    parser.addPositionalArgument(QStringLiteral("CLI"), QStringLiteral("path to taktflow-cli"));
    const QCommandLineOption setOption(QStringLiteral("set"),
                                       QStringLiteral("scholl1, scholl2, otto20, otto50, otto1000 or heuristics"),
                                       QStringLiteral("SET"), QStringLiteral("scholl1"));
    const QCommandLineOption limitOption(QStringLiteral("limit"), QStringLiteral("at most N instances"),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption everyOption(QStringLiteral("every"), QStringLiteral("every K-th instance"),
                                         QStringLiteral("K"), QStringLiteral("1"));
    const QCommandLineOption timeOption(QStringLiteral("time-limit"), QStringLiteral("seconds per instance"),
                                        QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("only instances whose name matches REGEX (for re-running the hard ones)"),
        QStringLiteral("REGEX"));
    const QCommandLineOption offsetOption(QStringLiteral("offset"), QStringLiteral("start at row O (with --every)"),
                                          QStringLiteral("O"), QStringLiteral("0"));
    const QCommandLineOption threadsOption(QStringLiteral("threads"),
                                           QStringLiteral("passed to the CLI (default: its own, one per core)"),
                                           QStringLiteral("T"));
    parser.addOptions({setOption, limitOption, everyOption, offsetOption, timeOption, threadsOption, onlyOption});
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 2)
        parser.showHelp(1);
    const QString dataset = parser.positionalArguments()[0];
    const QString cli = parser.positionalArguments()[1];
    const QString set = parser.value(setOption);
    const int limit = parser.value(limitOption).toInt();
    const int every = std::max(1, parser.value(everyOption).toInt());
    const QString timeLimit = parser.value(timeOption);
    if (set == QStringLiteral("heuristics"))
        return runHeuristics(dataset, limit);

    const bool salbp2 = set == QStringLiteral("scholl2");
    std::vector<Instance> rows;
    if (set == QStringLiteral("scholl1"))
        rows = readTable(dataset + QStringLiteral("/scholl/salbp1_scholl_269.csv"), dataset + QStringLiteral("/scholl"),
                         {}, false);
    else if (salbp2)
        rows = readTable(dataset + QStringLiteral("/scholl/salbp2_scholl_302.csv"), dataset + QStringLiteral("/scholl"),
                         {}, true);
    else if (set.startsWith(QStringLiteral("otto")))
        rows = readTable(dataset + QStringLiteral("/otto/otto2013_salbp1_bounds.csv"),
                         dataset + QStringLiteral("/otto"), QStringLiteral("n=") + set.mid(4), false);
    if (parser.isSet(onlyOption)) {
        const QRegularExpression only(parser.value(onlyOption));
        std::erase_if(rows, [&](const Instance &in) { return !only.match(in.name).hasMatch(); });
    }
    if (rows.empty()) {
        std::fprintf(stderr, "no instances for set %s\n", qPrintable(set));
        return 1;
    }

    out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                 .arg(QStringLiteral("instance"), -28)
                 .arg(QStringLiteral("n"), 5)
                 .arg(salbp2 ? QStringLiteral("m") : QStringLiteral("c"), 6)
                 .arg(QStringLiteral("result"), 7)
                 .arg(QStringLiteral("known"), 13)
                 .arg(QStringLiteral("proven"), 6)
                 .arg(QStringLiteral("seconds"), 8)
                 .arg(QStringLiteral("check"));
    int total = 0, proven = 0, matched = 0, wrong = 0, failed = 0, withinBounds = 0, belowBestKnown = 0;
    double gapSum = 0.0;
    std::vector<double> seconds;
    for (std::size_t i = std::size_t(std::max(0, parser.value(offsetOption).toInt())); i < rows.size();
         i += std::size_t(every)) {
        if (limit > 0 && total >= limit)
            break;
        const Instance &in = rows[i];
        ++total;
        QStringList args{QStringLiteral("balance"), in.file, QStringLiteral("--json"), QStringLiteral("--time-limit"),
                         timeLimit};
        if (parser.isSet(threadsOption))
            args << QStringLiteral("--threads") << parser.value(threadsOption);
        if (salbp2)
            args << QStringLiteral("--stations") << QString::number(in.parameter);
        else
            args << QStringLiteral("--cycle-time") << QString::number(in.parameter);
        QProcess process;
        QElapsedTimer timer;
        timer.start();
        process.start(cli, args);
        process.waitForFinished(int(timeLimit.toDouble() * 1000) + 30000);
        const double s = double(timer.nsecsElapsed()) / 1e9;
        seconds.push_back(s);
        const QJsonObject o = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        QString check = QStringLiteral("ok");
        qint64 value = -1;
        bool isOptimal = false;
        const SalbpReadResult read = readSalbpFile(in.file);
        if (process.exitCode() != 0 || o.isEmpty() || !read) {
            check = QStringLiteral("ERROR exit %1").arg(process.exitCode());
            ++failed;
        } else {
            isOptimal = o.value(QStringLiteral("optimal")).toBool();
            const qint64 cycle = o.value(QStringLiteral("cycle_time")).toInteger();
            value = salbp2 ? cycle : o.value(QStringLiteral("stations")).toInteger();
            QString why;
            const qint64 largest =
                checkAnswer(*read.instance, o.value(QStringLiteral("assignment")).toArray(), cycle, why);
            const int stationsUsed = int(o.value(QStringLiteral("assignment")).toArray().size());
            if (largest < 0 || (salbp2 && (stationsUsed > in.parameter || largest != cycle)) ||
                (!salbp2 && stationsUsed != value)) {
                check = QStringLiteral("INFEASIBLE ") + why;
                ++failed;
            } else if (value < in.lower || (isOptimal && value > in.upper)) {
                check = QStringLiteral("WRONG");
                ++wrong;
            } else {
                if (isOptimal)
                    ++proven;
                if (value <= in.upper)
                    ++withinBounds;
                if (value < in.upper)
                    ++belowBestKnown;
                if (in.lower == in.upper && value == in.lower)
                    ++matched;
                gapSum += double(value - in.lower) / double(in.lower);
            }
        }
        const QString known =
            in.lower == in.upper ? QString::number(in.lower) : QStringLiteral("[%1,%2]").arg(in.lower).arg(in.upper);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                     .arg(in.name, -28)
                     .arg(in.taskCount, 5)
                     .arg(in.parameter, 6)
                     .arg(value, 7)
                     .arg(known, 13)
                     .arg(isOptimal ? QStringLiteral("yes") : QStringLiteral("no"), 6)
                     .arg(s, 8, 'f', 3)
                     .arg(check);
        out().flush();
    }
    const double mean =
        seconds.empty() ? 0.0 : std::accumulate(seconds.begin(), seconds.end(), 0.0) / double(seconds.size());
    out() << QStringLiteral("SUMMARY set=%1 instances=%2 proven=%3 matched_known_optimum=%4 within_best_known_ub=%5 "
                            "wrong=%6 failed=%7 mean_gap_to_best_lb=%8% median_s=%9 mean_s=%10 max_s=%11 "
                            "better_than_best_known_ub=%12\n")
                 .arg(set)
                 .arg(total)
                 .arg(proven)
                 .arg(matched)
                 .arg(withinBounds)
                 .arg(wrong)
                 .arg(failed)
                 .arg(total ? 100.0 * gapSum / total : 0.0, 0, 'f', 3)
                 .arg(median(seconds), 0, 'f', 3)
                 .arg(mean, 0, 'f', 3)
                 .arg(seconds.empty() ? 0.0 : *std::max_element(seconds.begin(), seconds.end()), 0, 'f', 3)
                 .arg(belowBestKnown);
    return wrong == 0 && failed == 0 ? 0 : 2;
}
