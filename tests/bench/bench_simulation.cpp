// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the simulation engine (figures in docs/benchmarks/simulation.md):
//  1. the event list at 10^5 pending events (4-ary heap against a binary std::priority_queue),
//  2. events and station operations per second on one core on a 20-station line (exponential
//     times, buffers of 3, failures on 5 stations), and the same model in SimPy 3,
//  3. 100 replications of an 8-hour shift of a 50-station line on 2 threads,
//  4. peak memory of a replication of 1 h against 100 h and 10,000 h simulated (in child
//     processes, so that each peak is its own).
// CPU seconds are printed beside wall seconds because the machine may be shared.
#include "core/simulation/eventqueue.h"
#include "core/simulation/experiment.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <queue>
#include <random>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace taktflow::core;
using namespace taktflow::core::simulation;

namespace {

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + 1e-9 * static_cast<double>(t.tv_nsec);
}

double wallSeconds()
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

// The line of tests/bench/simulation/simpy_line.py: keep both in step.
SimModel benchLine(int stations, double meanS, int buffer, std::vector<int> failing)
{
    SimModel m;
    for (int i = 0; i < stations; ++i) {
        SimStation s;
        s.name = QStringLiteral("S%1").arg(i + 1);
        s.taskTimesByModel = {{TimeDistribution::exponential(meanS)}};
        if (std::find(failing.begin(), failing.end(), i) != failing.end()) {
            s.failure.mode = FailureSpec::Mode::OperatingTime;
            s.failure.timeBetweenFailures = TimeDistribution::exponential(3600.0);
            s.failure.repair = TimeDistribution::exponential(300.0);
        }
        m.stations.push_back(s);
    }
    m.buffers.assign(static_cast<std::size_t>(stations - 1), buffer);
    return m;
}

SimModel twentyStations() { return benchLine(20, 60.0, 3, {2, 6, 10, 14, 18}); }

void benchEventQueue()
{
    // The hold model: pop the earliest event, push one at now + Exp(1), 10^5 pending.
    constexpr int kPending = 100000;
    constexpr int kHolds = 5000000;
    std::mt19937_64 random(7);
    std::exponential_distribution<double> gap(1.0);
    EventQueue q;
    q.reserve(kPending + 1);
    for (int i = 0; i < kPending; ++i)
        q.push(gap(random), static_cast<std::uint32_t>(i));
    double t0 = cpuSeconds();
    for (int i = 0; i < kHolds; ++i) {
        const EventQueue::Entry e = q.pop();
        q.push(e.timeS + gap(random), e.payload());
    }
    const double fourAry = (cpuSeconds() - t0) / kHolds * 1e9;
    // As the kernel does it: the follow-up event takes the slot of the one handed out.
    t0 = cpuSeconds();
    for (int i = 0; i < kHolds; ++i) {
        const EventQueue::Entry e = q.takeTop();
        q.push(e.timeS + gap(random), e.payload());
        q.finishTake();
    }
    const double fused = (cpuSeconds() - t0) / kHolds * 1e9;

    struct Item {
        double t;
        std::uint64_t seq;
        bool operator>(const Item &o) const { return t > o.t || (t == o.t && seq > o.seq); }
    };
    std::priority_queue<Item, std::vector<Item>, std::greater<>> binary;
    random.seed(7);
    std::uint64_t seq = 0;
    for (int i = 0; i < kPending; ++i)
        binary.push({gap(random), seq++});
    t0 = cpuSeconds();
    for (int i = 0; i < kHolds; ++i) {
        const Item e = binary.top();
        binary.pop();
        binary.push({e.t + gap(random), seq++});
    }
    const double binaryNs = (cpuSeconds() - t0) / kHolds * 1e9;
    std::printf("event list, 10^5 pending, hold (pop + push incl. one exponential draw):\n"
                "  4-ary heap, pop then push     %7.1f ns\n  4-ary heap, fused hold        %7.1f ns\n"
                "  std::priority_queue (binary)  %7.1f ns\n",
                fourAry, fused, binaryNs);
}

struct Speed {
    double eventsPerS = 0.0;
    double operationsPerS = 0.0;
    double throughputPerHour = 0.0;
};

Speed benchKernel()
{
    const SimModel m = twentyStations();
    ExperimentSettings s;
    s.durationS = 1.0e8;
    s.replications = 1;
    s.threads = 1;
    const double c0 = cpuSeconds(), w0 = wallSeconds();
    const ExperimentResult r = runExperiment(m, s);
    const double cpu = cpuSeconds() - c0, wall = wallSeconds() - w0;
    Speed speed{static_cast<double>(r.events) / cpu, static_cast<double>(r.operations) / cpu, r.throughputPerHour.mean};
    std::printf("\n20-station line, exponential 60 s, buffers 3, failures on 5 stations, 1 thread, %.0e s simulated:\n"
                "  %llu events, %llu operations in %.2f CPU s (%.2f wall s)\n"
                "  %.2f million events per CPU second (%.2f per wall second)\n"
                "  %.2f million station operations per CPU second, throughput %.2f per hour\n",
                s.durationS, static_cast<unsigned long long>(r.events), static_cast<unsigned long long>(r.operations), cpu,
                wall, speed.eventsPerS / 1e6, static_cast<double>(r.events) / wall / 1e6, speed.operationsPerS / 1e6,
                speed.throughputPerHour);
    return speed;
}

void benchSimPy(const Speed &ours)
{
    const QString script = QStringLiteral(TAKTFLOW_SIMPY_SCRIPT);
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"), {script, QStringLiteral("1000000"), QStringLiteral("1")});
    if (!python.waitForFinished(600000) || python.exitCode() != 0) {
        std::printf("\nSimPy: could not run %s (%s)\n", qPrintable(script), python.readAllStandardError().constData());
        return;
    }
    const QJsonObject o = QJsonDocument::fromJson(python.readAllStandardOutput()).object();
    const double operations = o.value(QStringLiteral("operations")).toDouble();
    const double cpu = o.value(QStringLiteral("cpu_s")).toDouble();
    const double wall = o.value(QStringLiteral("wall_s")).toDouble();
    const double simpyPerS = operations / cpu;
    std::printf("\nSimPy 3 on the same line (tests/bench/simulation/simpy_line.py), 1e6 s simulated:\n"
                "  %.0f operations in %.2f CPU s (%.2f wall s): %.0f station operations per CPU second\n"
                "  throughput %.2f per hour (Taktflow %.2f)\n"
                "  Taktflow / SimPy: %.0fx station operations per CPU second\n",
                operations, cpu, wall, simpyPerS, o.value(QStringLiteral("throughput_per_hour")).toDouble(),
                ours.throughputPerHour, ours.operationsPerS / simpyPerS);
}

void benchShift()
{
    const SimModel m = benchLine(50, 30.0, 3, {5, 15, 25, 35, 45});
    ExperimentSettings s;
    s.durationS = 8 * 3600.0;
    s.replications = 100;
    s.threads = 2;
    const double c0 = cpuSeconds(), w0 = wallSeconds();
    const ExperimentResult r = runExperiment(m, s);
    std::printf("\n50-station line, 100 replications of an 8-hour shift, 2 threads:\n"
                "  %.3f wall s, %.3f CPU s, %llu events, throughput %.1f per hour [%.1f, %.1f]\n",
                wallSeconds() - w0, cpuSeconds() - c0, static_cast<unsigned long long>(r.events),
                r.throughputPerHour.mean, r.throughputPerHour.low, r.throughputPerHour.high);
}

long peakRssKb(double hours)
{
    const pid_t pid = fork();
    if (pid == 0) {
        ExperimentSettings s;
        s.durationS = hours * 3600.0;
        s.replications = 1;
        s.threads = 1;
        const ExperimentResult r = runExperiment(twentyStations(), s);
        _exit(r.replications == 1 ? 0 : 1);
    }
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    return usage.ru_maxrss;
}

void benchMemory()
{
    std::printf("\nPeak resident memory of one replication of the 20-station line (child process):\n");
    for (double hours : {1.0, 100.0, 10000.0})
        std::printf("  %6.0f h simulated: %ld kB\n", hours, peakRssKb(hours));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    benchEventQueue();
    const Speed ours = benchKernel();
    benchSimPy(ours);
    benchShift();
    benchMemory();
    return 0;
}
