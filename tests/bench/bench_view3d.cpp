// SPDX-License-Identifier: GPL-3.0-or-later
// 3D view benchmark (issue 7): scene build time, orbit frame rate and one-item updates for a
// generated project. Needs an X server with OpenGL; run it under tests/run-with-xvfb.sh:
//   tests/run-with-xvfb.sh build/tests/bench/bench_view3d [--items 5000] [--frames 60]
// --screenshot FILE renders the sample project instead and saves the picture (docs/screenshots).
#include "app/document/projectdocument.h"
#include "app/view3d/plantview3d.h"
#include "core/model/sampleproject.h"
#include "core/scene3d/scene3d.h"
#include "tests/common/generatedproject.h"

#include <Qt3DCore/QEntity>
#include <Qt3DExtras/Qt3DWindow>
#include <Qt3DLogic/QFrameAction>
#include <Qt3DRender/QRenderSettings>

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QDir>
#include <QFile>
#include <QSurfaceFormat>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <cstdio>

#include <sys/resource.h>
#include <unistd.h>

using namespace taktflow;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

/** CPU time of this process, all threads (Mesa's rasteriser threads included), in seconds. */
double processCpuS()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

/**
 * CPU seconds of this process's threads, split into Mesa's rasteriser threads (llvmpipe-N) and
 * the rest (Qt 3D, the draw module's vertex work, presenting). Linux only; zeros elsewhere.
 */
struct ThreadCpu {
    double rasterS = 0.0;
    double otherS = 0.0;
    int rasterThreads = 0;
};

ThreadCpu threadCpu()
{
    ThreadCpu cpu;
    const double tick = double(sysconf(_SC_CLK_TCK));
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QString line = QString::fromLatin1(stat.readAll());
        // "tid (name) state ..." – the name may hold spaces; fields after it are numbered from 3.
        const qsizetype open = line.indexOf(QLatin1Char('(')), close = line.lastIndexOf(QLatin1Char(')'));
        const QString name = line.mid(open + 1, close - open - 1);
        const QStringList fields = line.mid(close + 2).split(QLatin1Char(' '));
        const double seconds = (fields.value(11).toDouble() + fields.value(12).toDouble()) / tick; // utime, stime
        if (name.startsWith(QStringLiteral("llvmpipe"))) {
            cpu.rasterS += seconds;
            ++cpu.rasterThreads;
        } else {
            cpu.otherS += seconds;
        }
    }
    return cpu;
}

/** The machine's load averages (1, 5, 15 minutes): the figures mean little without them. */
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("unknown");
    return QString::fromLatin1(file.readLine()).section(QLatin1Char(' '), 0, 2);
}

int screenshot(const QString &path, bool flows, bool labels)
{
    app::ProjectDocument doc;
    doc.reset(core::makeSampleProject(), QString());
    app::view3d::PlantView3D view(&doc);
    view.resize(1400, 860);
    view.show();
    if (!view.is3DAvailable() || !QTest::qWaitForWindowExposed(view.window3D())) {
        print(QStringLiteral("3D view unavailable: %1").arg(view.unavailableReason()));
        return 1;
    }
    view.setFlowsVisible(flows);
    view.setLabelsVisible(labels);
    view.setViewPreset(app::view3d::ViewPreset::Isometric);
    view.captureImage(); // let text and meshes settle
    QTest::qWait(500);
    QString error;
    if (!view.saveScreenshot(path, &error)) {
        print(error);
        return 1;
    }
    print(QStringLiteral("wrote %1").arg(path));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("items"), QStringLiteral("Generated items."), QStringLiteral("n"), QStringLiteral("5000")});
    parser.addOption({QStringLiteral("frames"), QStringLiteral("Orbit frames."), QStringLiteral("n"), QStringLiteral("60")});
    parser.addOption({QStringLiteral("size"), QStringLiteral("Window size."), QStringLiteral("WxH"), QStringLiteral("1280x800")});
    parser.addOption({QStringLiteral("seconds"), QStringLiteral("Free-running orbit time."), QStringLiteral("s"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("screenshot"), QStringLiteral("Save the sample in 3D."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("flows"), QStringLiteral("Screenshot with flows.")});
    parser.addOption({QStringLiteral("labels"), QStringLiteral("Screenshot with names.")});
    parser.process(app);
    if (parser.isSet(QStringLiteral("screenshot")))
        return screenshot(parser.value(QStringLiteral("screenshot")), parser.isSet(QStringLiteral("flows")),
                          parser.isSet(QStringLiteral("labels")));

    test::GeneratedSizes sizes;
    sizes.items = parser.value(QStringLiteral("items")).toInt();
    sizes.flows = sizes.items / 2;
    const int frames = parser.value(QStringLiteral("frames")).toInt();
    const int orbitMs = int(parser.value(QStringLiteral("seconds")).toDouble() * 1000.0);
    const core::Project project = test::generateProject(sizes);
    print(QStringLiteral("items: %1 (+ aisles), flows: %2; load average %3").arg(sizes.items).arg(sizes.flows).arg(loadAverage()));

    QElapsedTimer timer;
    timer.start();
    const core::SceneData3D scene = core::buildScene3D(project.variants.front());
    print(QStringLiteral("scene description: %1 ms (%2 items)").arg(timer.elapsed()).arg(scene.items.size()));

    app::ProjectDocument doc;
    doc.reset(project, QString());
    timer.restart();
    app::view3d::PlantView3D view(&doc);
    const qint64 entitiesMs = timer.elapsed();
    const QStringList size = parser.value(QStringLiteral("size")).split(QLatin1Char('x'));
    view.resize(size.value(0).toInt(), size.value(1).toInt());
    view.show();
    if (!view.is3DAvailable() || !QTest::qWaitForWindowExposed(view.window3D())) {
        print(QStringLiteral("3D view unavailable: %1").arg(view.unavailableReason()));
        return 1;
    }
    if (view.captureImage(60000).isNull()) {
        print(QStringLiteral("no first frame"));
        return 1;
    }
    const qint64 firstFrameMs = timer.elapsed();
    const QSurfaceFormat format = view.window3D()->format();
    print(QStringLiteral("3D window: %1 x %2 pixels, %3 samples per pixel, OpenGL %4.%5")
              .arg(view.window3D()->width())
              .arg(view.window3D()->height())
              .arg(format.samples())
              .arg(format.majorVersion())
              .arg(format.minorVersion()));
    print(QStringLiteral("scene built: %1 ms; first frame on screen: %2 ms (%3 items in %4 instanced batches)")
              .arg(entitiesMs)
              .arg(firstFrameMs)
              .arg(view.sceneEntities()->itemCount())
              .arg(view.sceneEntities()->batchCount()));

    // Orbit: each step turns the camera and waits until that frame has been rendered and read
    // back, so the rate is a lower bound on what the screen shows.
    app::view3d::CameraController *camera = view.cameraController();
    view.captureImage();
    timer.restart();
    int rendered = 0;
    for (int i = 0; i < frames; ++i) {
        camera->orbit(3.0f, 0.0f);
        if (!view.captureImage().isNull())
            ++rendered;
    }
    const double orbitS = double(timer.nsecsElapsed()) / 1e9;
    print(QStringLiteral("orbit: %1 frames in %2 s = %3 frames/s (capture-synchronised)")
              .arg(rendered)
              .arg(orbitS, 0, 'f', 2)
              .arg(rendered / orbitS, 0, 'f', 1));

    // Free-running orbit: render continuously, turn the camera every frame the engine processes.
    {
        Qt3DCore::QEntity *root = view.sceneEntities()->flowEntity()->parentEntity();
        auto *ticker = new Qt3DLogic::QFrameAction(root);
        root->addComponent(ticker);
        int ticks = 0;
        QObject::connect(ticker, &Qt3DLogic::QFrameAction::triggered, [&](float) {
            camera->orbit(3.0f, 0.0f);
            ++ticks;
        });
        view.window3D()->renderSettings()->setRenderPolicy(Qt3DRender::QRenderSettings::Always);
        QTest::qWait(500);
        ticks = 0;
        timer.restart();
        const double cpuBeforeS = processCpuS();
        const ThreadCpu threadsBefore = threadCpu();
        QTest::qWait(orbitMs);
        const double s = double(timer.nsecsElapsed()) / 1e9;
        const double cpuS = processCpuS() - cpuBeforeS;
        const ThreadCpu threadsAfter = threadCpu();
        print(QStringLiteral("orbit: %1 frames in %2 s = %3 frames/s (free-running); load average %4")
                  .arg(ticks)
                  .arg(s, 0, 'f', 2)
                  .arg(ticks / s, 0, 'f', 1)
                  .arg(loadAverage()));
        // The machine is shared: CPU time per frame does not depend on how much of it others take.
        // Below 33 ms even one idle core would keep up 30 frames per second.
        print(QStringLiteral("orbit: %1 ms of CPU per frame (all threads, %2 % of one core while running)")
                  .arg(ticks > 0 ? 1000.0 * cpuS / ticks : 0.0, 0, 'f', 1)
                  .arg(100.0 * cpuS / s, 0, 'f', 0));
        if (ticks > 0 && threadsAfter.rasterThreads > 0) {
            const double rasterMs = 1000.0 * (threadsAfter.rasterS - threadsBefore.rasterS) / ticks;
            const double otherMs = 1000.0 * (threadsAfter.otherS - threadsBefore.otherS) / ticks;
            // The rasteriser threads work in parallel, after the main thread has submitted the
            // frame: on idle cores a frame takes about the main thread's part plus the
            // rasteriser's part shared among its threads (fewer if there are fewer cores).
            const int cores = std::min(threadsAfter.rasterThreads, QThread::idealThreadCount());
            const double idleFrameMs = otherMs + rasterMs / std::max(1, cores);
            print(QStringLiteral("orbit: per frame %1 ms in the rasteriser's %2 threads, %3 ms in the others; "
                                 "on %4 idle cores about %5 ms = %6 frames/s (estimate)")
                      .arg(rasterMs, 0, 'f', 1)
                      .arg(threadsAfter.rasterThreads)
                      .arg(otherMs, 0, 'f', 1)
                      .arg(cores)
                      .arg(idleFrameMs, 0, 'f', 1)
                      .arg(1000.0 / idleFrameMs, 0, 'f', 0));
        }
        view.window3D()->renderSettings()->setRenderPolicy(Qt3DRender::QRenderSettings::OnDemand);
        delete ticker;
    }

    // Moving one item: only its record changes, and only its bytes travel to the renderer.
    core::LayoutItem item = doc.currentVariant()->items[size_t(sizes.items / 2)];
    item.xM += 1.5;
    item.rotationDeg += 15;
    view.sceneEntities()->resetTouchedItems();
    const app::view3d::InstancedBatch *batch = view.sceneEntities()->itemBatch(item.id);
    const qint64 bytesBefore = batch->uploadedBytes();
    timer.restart();
    doc.replaceItem(doc.currentVariantId(), item);
    const qint64 moveNs = timer.nsecsElapsed();
    const qint64 bytesSent = batch->uploadedBytes() - bytesBefore;
    view.captureImage();
    const qint64 moveFrameMs = timer.elapsed();
    print(QStringLiteral("move one item: %1 µs, %2 item touched, %3 bytes of its batch sent; next frame %4 ms")
              .arg(moveNs / 1000)
              .arg(view.sceneEntities()->touchedItems())
              .arg(bytesSent)
              .arg(moveFrameMs));
    const bool onlyThatItem = view.sceneEntities()->touchedItems() == 1 && bytesSent < 100;

    view.setFlowsVisible(true);
    timer.restart();
    view.captureImage();
    print(QStringLiteral("flows on (%1 ribbons): %2 ms to the next frame").arg(scene.flows.size()).arg(timer.elapsed()));
    if (parser.isSet(QStringLiteral("labels"))) {
        timer.restart();
        view.setLabelsVisible(true);
        view.captureImage(120000);
        print(QStringLiteral("names on (%1 labels): %2 ms to the next frame").arg(scene.items.size()).arg(timer.elapsed()));
    }
    return onlyThatItem ? 0 : 2;
}
