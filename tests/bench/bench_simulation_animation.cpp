// SPDX-License-Identifier: GPL-3.0-or-later
// Frame time of the simulation animation (issue 17: < 16 ms per frame): the sample's line and a
// generated 50-station line, each recorded by the engine (replication 0) and played at 1x, 100x
// and 1000x as the page's 60 Hz timer does: per frame the player moves 1/60 s x speed and the
// renderer draws into a 1600 x 900 image. Prints mean, p95 and max over 600 frames.
#include "app/render/animation/animationrenderer.h"
#include "core/model/sampleproject.h"
#include "core/simulation/experiment.h"
#include "core/simulation/linemodelbuilder.h"
#include "core/simulation/traceplayer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QThread>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace taktflow;
namespace render = taktflow::app::render;

namespace {

constexpr int kFrames = 600;
constexpr double kFrameS = 1.0 / 60.0;
const QSize kSize(1600, 900);

/** 50 machines in five rows of ten along four aisles, one station on each, exponential times
 *  around a 60 s takt and buffers of 3. */
core::Project fiftyStationProject()
{
    core::Project project = core::makeSampleProject();
    core::Variant &v = project.variants.front();
    v.items.clear();
    v.floorWidthM = 120;
    v.floorDepthM = 60;
    v.distanceMetric = core::DistanceMetric::Rectilinear;
    core::ProductionLine &line = v.lines.front();
    line.tasks.clear();
    line.stations.clear();
    line.simulation = {};
    for (int i = 0; i < 50; ++i) {
        core::LayoutItem item;
        item.id = QStringLiteral("M%1").arg(i + 1);
        item.name = QStringLiteral("Machine %1").arg(i + 1);
        const int row = i / 10, column = row % 2 ? 9 - i % 10 : i % 10; // serpentine
        item.xM = 8 + column * 11.0;
        item.yM = 6 + row * 11.0;
        item.widthM = 4;
        item.depthM = 3;
        v.items.push_back(item);
        core::Task task;
        task.id = QStringLiteral("T%1").arg(i + 1);
        task.name = task.id;
        task.timeS = 50.0 + (i * 7) % 10;
        if (i > 0)
            task.predecessors = {QStringLiteral("T%1").arg(i)};
        line.tasks.push_back(task);
        line.simulation.taskTimes[task.id] = core::TimeDistribution::exponential(task.timeS);
        core::Station station;
        station.itemId = item.id;
        station.taskIds = {task.id};
        line.stations.push_back(station);
    }
    line.simulation.buffers.assign(49, 3);
    v.flows.clear();
    v.products.clear();
    return project;
}

/** CPU time of this thread: on a shared machine it shows the frame's own cost, which wall
 *  time mixes with the waits for a core. */
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) * 1e-6;
}

struct Stats {
    double meanMs = 0, p95Ms = 0, maxMs = 0;
};

Stats stats(std::vector<double> ms)
{
    std::sort(ms.begin(), ms.end());
    Stats s;
    s.meanMs = std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    s.p95Ms = ms[std::size_t(0.95 * double(ms.size() - 1))];
    s.maxMs = ms.back();
    return s;
}

bool run(const char *label, const core::Project &project, const core::Variant &variant,
         const core::ProductionLine &line)
{
    const auto built = core::simulation::buildLineModel(project, variant, line);
    if (!built.ok()) {
        std::fprintf(stderr, "%s: %s\n", label, qPrintable(built.error));
        return false;
    }
    const double untilS = built.settings.warmupS + built.settings.durationS;
    QElapsedTimer timer;
    timer.start();
    core::simulation::Trace trace = core::simulation::recordTrace(built.model, built.settings.seed, 0, untilS);
    const double recordMs = double(timer.nsecsElapsed()) * 1e-6;
    const std::size_t events = trace.events.size();
    timer.restart();
    const auto stations = int(line.stations.size());
    core::simulation::TracePlayer player(std::move(trace), stations, stations - 1);
    const double keyframeMs = double(timer.nsecsElapsed()) * 1e-6;

    render::AnimationRenderer renderer;
    renderer.setScene(variant, render::buildAnimationGeometry(variant, line));
    QImage image(kSize, QImage::Format_ARGB32_Premultiplied);
    std::printf("%s: %d stations, %zu events over %.0f s simulated (recorded in %.0f ms, keyframes in %.1f ms)\n",
                label, stations, events, player.endS(), recordMs, keyframeMs);
    {
        timer.restart();
        QPainter painter(&image);
        renderer.paint(painter, image.rect(), player, {});
        std::printf("  first frame (draws the floor cache): %.2f ms\n", double(timer.nsecsElapsed()) * 1e-6);
    }
    for (int speed : {1, 100, 1000}) {
        // Start an hour in (or at a tenth of a short run) so the line is full.
        double t = std::min(3600.0, player.endS() / 10);
        player.seek(t);
        render::AnimationFrameOptions options;
        options.glideS = 0.4 * speed;
        options.warmupS = built.settings.warmupS;
        std::vector<double> ms, cpuMs;
        ms.reserve(kFrames);
        cpuMs.reserve(kFrames);
        for (int f = 0; f < kFrames; ++f) {
            t += kFrameS * speed;
            if (t > player.endS())
                t = 0.0; // wraps like a user restarting; the seek back is part of the cost
            timer.restart();
            const double cpu0 = threadCpuMs();
            player.seek(t);
            QPainter painter(&image);
            renderer.paint(painter, image.rect(), player, options);
            painter.end();
            cpuMs.push_back(threadCpuMs() - cpu0);
            ms.push_back(double(timer.nsecsElapsed()) * 1e-6);
        }
        const Stats s = stats(ms), c = stats(cpuMs);
        std::printf("  %5dx: wall mean %.2f ms, p95 %.2f ms, max %.2f ms; CPU mean %.2f ms, p95 %.2f ms, max %.2f ms"
                    " over %d frames (target < 16 ms)\n",
                    speed, s.meanMs, s.p95Ms, s.maxMs, c.meanMs, c.p95Ms, c.maxMs, kFrames);
    }
    // The slider: 600 random seeks over the whole run.
    std::vector<double> ms;
    std::uint32_t x = 12345;
    for (int f = 0; f < kFrames; ++f) {
        x = x * 1664525u + 1013904223u;
        const double t = player.endS() * double(x >> 8) / double(1u << 24);
        timer.restart();
        player.seek(t);
        ms.push_back(double(timer.nsecsElapsed()) * 1e-6);
    }
    const Stats s = stats(ms);
    std::printf("  slider seek: mean %.3f ms, p95 %.3f ms, max %.3f ms\n", s.meanMs, s.p95Ms, s.maxMs);
    return true;
}

QString cpuName()
{
    QFile file(QStringLiteral("/proc/cpuinfo"));
    if (file.open(QIODevice::ReadOnly)) {
        for (const QByteArray &row : file.readAll().split('\n')) {
            if (row.startsWith("model name"))
                return QString::fromUtf8(row.mid(row.indexOf(':') + 1).trimmed());
        }
    }
    return QStringLiteral("unknown CPU");
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().trimmed()) : QStringLiteral("unknown");
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication application(argc, argv);
    std::printf("Machine: %s, %d logical cores; load average before: %s\n", qPrintable(cpuName()),
                QThread::idealThreadCount(), qPrintable(loadAverage()));
    const core::Project sample = core::makeSampleProject();
    const core::Variant &variant = sample.variants.front();
    bool ok = run("Sample (first variant, first line)", sample, variant, variant.lines.front());
    const core::Project fifty = fiftyStationProject();
    ok = run("Generated 50-station line", fifty, fifty.variants.front(), fifty.variants.front().lines.front()) && ok;
    std::printf("Load average after: %s\n", qPrintable(loadAverage()));
    return ok ? 0 : 1;
}
