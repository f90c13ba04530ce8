// SPDX-License-Identifier: GPL-3.0-or-later
// Drives the real main window offscreen on a generated plant of 5,000 items and 10,000 flows:
// open and first draw, pan and zoom frames, and drag steps with live findings and KPIs.
// Figures are recorded in docs/benchmarks/layout-editor.md.
#include "app/document/projectdocument.h"
#include "app/gui/docks/kpidock.h"
#include "app/gui/layout/flowoverlay.h"
#include "app/gui/layout/layoutitemgraphic.h"
#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layoutview.h"
#include "app/gui/layout/layoutworkspace.h"
#include "app/gui/liveanalysis.h"
#include "app/gui/mainwindow.h"
#include "core/storage/projectfile.h"
#include "tests/app/gui/mainwindowaccess.h"
#include "tests/common/generatedproject.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

using namespace taktflow;

namespace {

struct Stats {
    double meanMs = 0;
    double p95Ms = 0;
    double maxMs = 0;
};

Stats stats(std::vector<double> samples)
{
    Stats s;
    if (samples.empty())
        return s;
    std::sort(samples.begin(), samples.end());
    s.meanMs = std::accumulate(samples.begin(), samples.end(), 0.0) / double(samples.size());
    s.p95Ms = samples[std::min(samples.size() - 1, std::size_t(double(samples.size()) * 0.95))];
    s.maxMs = samples.back();
    return s;
}

void print(const char *what, const Stats &s)
{
    std::printf("%-46s mean %7.2f ms   p95 %7.2f ms   max %7.2f ms\n", what, s.meanMs, s.p95Ms, s.maxMs);
}

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

void mouse(QWidget *widget, QEvent::Type type, const QPoint &pos, Qt::MouseButton button, Qt::MouseButtons buttons)
{
    QMouseEvent event(type, QPointF(pos), widget->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(widget, &event);
}

/** Frames of panning: scroll by a few pixels and repaint the viewport synchronously. */
Stats panFrames(app::LayoutView *view, int frames)
{
    std::vector<double> samples;
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        const int dx = (i / 15) % 2 == 0 ? 12 : -12;
        view->horizontalScrollBar()->setValue(view->horizontalScrollBar()->value() + dx);
        view->verticalScrollBar()->setValue(view->verticalScrollBar()->value() + dx / 2);
        view->viewport()->repaint();
        samples.push_back(msSince(timer));
    }
    return stats(samples);
}

Stats zoomFrames(app::LayoutView *view, int frames)
{
    std::vector<double> samples;
    const QPoint anchor = view->viewport()->rect().center() + QPoint(40, 25);
    for (int i = 0; i < frames; ++i) {
        QElapsedTimer timer;
        timer.start();
        view->zoomBy(i < frames / 2 ? 1.08 : 1 / 1.08, anchor);
        view->viewport()->repaint();
        samples.push_back(msSince(timer));
    }
    return stats(samples);
}

/** The zoom has rested: the flow diagram is drawn sharp at the new scale, once. */
double restedFrame(app::LayoutScene *scene, app::LayoutView *view)
{
    scene->flowOverlay()->zoomRested();
    QElapsedTimer timer;
    timer.start();
    view->viewport()->repaint();
    return msSince(timer);
}

QByteArray loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    return file.open(QIODevice::ReadOnly) ? file.readAll().trimmed() : QByteArray("unknown");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    test::GeneratedSizes sizes;
    sizes.items = 5000;
    sizes.flows = 10000;
    sizes.tasks = 200;
    sizes.aisles = 40;
    core::Project project = test::generateProject(sizes);
    // --aisle: distances along the aisle network, so the flow overlay draws routed paths.
    const bool aisleMetric = QCoreApplication::arguments().contains(QStringLiteral("--aisle"));
    if (aisleMetric)
        project.variants.front().distanceMetric = core::DistanceMetric::Aisle;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.taktflow"));
    if (!core::saveProject(project, path)) {
        std::fprintf(stderr, "cannot save the generated project\n");
        return 1;
    }
    const core::Variant &generated = project.variants.front();
    std::printf("Load average at start: %s\n", loadAverage().constData());
    std::printf("Generated layout: %zu items, %zu flows, floor %.0f x %.0f m, %s distances\n", generated.items.size(),
                generated.flows.size(), generated.floorWidthM, generated.floorDepthM,
                aisleMetric ? "aisle-network" : "rectilinear");

    app::ProjectDocument document;
    app::MainWindow window(&document);
    window.resize(1600, 1000);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;

    // Open: read the file, build the scene, run the full analysis, draw the first frame.
    QElapsedTimer open;
    open.start();
    if (!window.openFile(path))
        return 1;
    const double loadedMs = msSince(open);
    parts(window).liveAnalysis()->flush();
    const double analysedMs = msSince(open);
    app::LayoutView *view = parts(window).layoutWorkspace()->view();
    view->fitToContent();
    view->viewport()->repaint();
    const double drawnMs = msSince(open);
    std::printf("%-46s %7.1f ms (file + scene %.1f, analysis %.1f, first frame %.1f)\n",
                "Open and draw 5,000 items / 10,000 flows", drawnMs, loadedMs, analysedMs - loadedMs,
                drawnMs - analysedMs);

    app::LayoutScene *scene = parts(window).layoutWorkspace()->scene();
    print("Pan, whole plant in view, flows on", panFrames(view, 60));
    print("Zoom, whole plant in view, flows on", zoomFrames(view, 30));
    std::printf("%-46s %7.2f ms\n", "Sharp redraw once a zoom rests, flows on", restedFrame(scene, view));
    print("Pan after the zoom, flows on", panFrames(view, 60));
    scene->setFlowsVisible(false);
    print("Pan, whole plant in view, flows off", panFrames(view, 60));
    print("Zoom, whole plant in view, flows off", zoomFrames(view, 30));
    scene->setFlowsVisible(true);
    view->zoomBy(8.0);
    std::printf("%-46s %7.2f ms\n", "Sharp redraw after zooming in 8x, flows on", restedFrame(scene, view));
    print("Pan, zoomed in (~1/64 of the plant), flows on", panFrames(view, 60));
    print("Zoom, zoomed in, flows on", zoomFrames(view, 30));
    std::printf("%-46s %7.2f ms\n", "Sharp redraw once a zoom rests, flows on", restedFrame(scene, view));
    scene->setFlowsVisible(false);
    print("Pan, zoomed in, flows off", panFrames(view, 60));
    print("Zoom, zoomed in, flows off", zoomFrames(view, 30));
    scene->setFlowsVisible(true);

    // Drag one machine across a bay: each step is a command, a live analysis update, the
    // findings, KPI and properties docks and the canvas marks. Then the same with a repaint.
    const core::Variant &variant = *document.currentVariant();
    const core::LayoutItem *target = nullptr;
    for (const auto &item : variant.items) {
        if (item.type == core::ItemType::Machine && item.xM > variant.floorWidthM * 0.4 && item.yM > variant.floorDepthM * 0.4) {
            target = &item;
            break;
        }
    }
    if (!target)
        return 1;
    for (const bool flows : {true, false}) {
        scene->setFlowsVisible(flows);
        scene->flowOverlay()->zoomRested();
        const core::LayoutItem &now = *document.currentVariant()->findItem(target->id);
        view->centerOn(app::floorToScene(now.xM, now.yM));
        // The jump is not part of the drag: let the view draw the new place in full first.
        view->viewport()->repaint();
        QTest::qWait(100);
        QWidget *viewport = view->viewport();
        const QPoint start = view->mapFromScene(app::floorToScene(now.xM, now.yM));
        mouse(viewport, QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
        std::vector<double> steps;
        std::vector<double> framed;
        for (int i = 1; i <= 80; ++i) {
            const QPoint at = start + QPoint(i * 3, (i % 20) * 2);
            QElapsedTimer timer;
            timer.start();
            mouse(viewport, QEvent::MouseMove, at, Qt::NoButton, Qt::LeftButton);
            // The findings, KPI panel and canvas marks follow in the same event-loop turn.
            QCoreApplication::processEvents();
            steps.push_back(msSince(timer));
            viewport->repaint();
            framed.push_back(msSince(timer));
        }
        mouse(viewport, QEvent::MouseButtonRelease, start + QPoint(240, 0), Qt::LeftButton, Qt::NoButton);
        print(flows ? "Drag step: command + findings + KPIs, flows on" : "Drag step: command + findings + KPIs, flows off",
              stats(steps));
        print(flows ? "Drag step including the repaint, flows on" : "Drag step including the repaint, flows off",
              stats(framed));
    }
    std::printf("Undo steps after the drag: %d; findings now: %zu; flow distance: %s\n",
                document.undoStack()->count(), parts(window).liveAnalysis()->findings().size(),
                qPrintable(parts(window).kpiDock()->valueText(QStringLiteral("flowDistance"))));
    std::printf("Load average at the end: %s\n", loadAverage().constData());
    document.undoStack()->setClean();
    return 0;
}
