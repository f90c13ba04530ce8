// SPDX-License-Identifier: GPL-3.0-or-later
// The animation frame drawn to an image: state colours at the stations' items, buffer fills,
// the schematic row for stations without an item, and gap routes as the distance metric says.
#include "app/render/animation/animationrenderer.h"
#include "app/render/simulationpalette.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

using namespace taktflow;
namespace render = taktflow::app::render;
using core::simulation::StationState;
using core::simulation::TraceEvent;

namespace {

core::LayoutItem machine(const char *id, double x, double y, core::ItemType type = core::ItemType::Machine,
                         double w = 4, double d = 3)
{
    core::LayoutItem item;
    item.id = QString::fromLatin1(id);
    item.name = item.id;
    item.type = type;
    item.xM = x;
    item.yM = y;
    item.widthM = w;
    item.depthM = d;
    return item;
}

core::Station station(const char *itemId)
{
    core::Station s;
    s.itemId = QString::fromLatin1(itemId);
    return s;
}

/** Two machines on a 40 x 20 m floor, a third station without an item; gap 0 holds 4 parts. */
struct Fixture {
    core::Variant variant;
    core::ProductionLine line;
    Fixture()
    {
        variant.floorWidthM = 40;
        variant.floorDepthM = 20;
        variant.items = {machine("A", 8, 10), machine("B", 30, 10)};
        line.stations = {station("A"), station("B"), station("")};
        line.simulation.buffers = {8, std::nullopt};
    }
};

TraceEvent ev(double t, TraceEvent::Kind kind, int index, int value)
{
    TraceEvent e;
    e.timeS = t;
    e.kind = kind;
    e.index = index;
    e.value = value;
    return e;
}

QColor pixelAt(const QImage &image, const QPointF &p)
{
    return image.pixelColor(p.toPoint());
}

} // namespace

class TstAnimationRenderer : public QObject
{
    Q_OBJECT

private slots:
    void stateColoursAndBufferFill()
    {
        Fixture f;
        core::simulation::Trace trace;
        trace.endS = 100;
        trace.events = {ev(0, TraceEvent::Kind::StationState, 0, int(StationState::Working)),
                        ev(0, TraceEvent::Kind::StationState, 1, int(StationState::Failed)),
                        ev(0, TraceEvent::Kind::StationState, 2, int(StationState::Blocked)),
                        ev(5, TraceEvent::Kind::BufferContent, 0, 4),
                        ev(50, TraceEvent::Kind::StationState, 1, int(StationState::Setup))};
        core::simulation::TracePlayer player(trace, 3, 2);
        render::AnimationRenderer renderer;
        renderer.setScene(f.variant, render::buildAnimationGeometry(f.variant, f.line));

        const QSize size(900, 600);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        auto frame = [&](double t) {
            player.seek(t);
            image.fill(Qt::black);
            QPainter painter(&image);
            renderer.paint(painter, QRect(QPoint(0, 0), size), player, {});
        };
        frame(10);
        const QTransform toPx = renderer.floorTransform(size);
        QCOMPARE(pixelAt(image, toPx.map(QPointF(8, 10))), render::stationStateColor(StationState::Working));
        QCOMPARE(pixelAt(image, toPx.map(QPointF(30, 10))), render::stationStateColor(StationState::Failed));
        // The third station stands in the schematic row below the floor (y < 0 in floor metres).
        const auto &third = renderer.geometry().stations[2];
        QVERIFY(!third.onFloor);
        QVERIFY(third.centreM.y() < 0);
        QCOMPARE(pixelAt(image, toPx.map(third.centreM)), render::stationStateColor(StationState::Blocked));

        // 4 of 8 places: the left half of the bar is filled, the right half is not.
        const QRectF bar = renderer.bufferBarRect(0);
        QVERIFY(!bar.isEmpty());
        const double midY = bar.center().y();
        QCOMPARE(pixelAt(image, {bar.left() + bar.width() * 0.25, midY}), render::AnimationRenderer::bufferFillColor());
        QCOMPARE(pixelAt(image, {bar.left() + bar.width() * 0.75, midY}), QColor(Qt::white));

        // Later the failed station is in setup; the floor cache must not keep the old frame.
        frame(60);
        QCOMPARE(pixelAt(image, toPx.map(QPointF(30, 10))), render::stationStateColor(StationState::Setup));
        // Back before the buffer filled: the whole bar is empty.
        frame(1);
        QCOMPARE(pixelAt(image, {bar.left() + bar.width() * 0.25, midY}), QColor(Qt::white));
    }

    void bottleneckIsMarked()
    {
        Fixture f;
        core::SimulationSummary summary;
        summary.bottleneck = QStringLiteral("S2");
        summary.stations.resize(3);
        summary.stations[0].name = QStringLiteral("S1");
        summary.stations[1].name = QStringLiteral("S2");
        summary.stations[2].name = QStringLiteral("S3");
        f.line.lastSimulation = summary;
        QCOMPARE(render::bottleneckStationIndex(f.line), 1);

        core::simulation::TracePlayer player(core::simulation::Trace{{}, 10, false}, 3, 2);
        render::AnimationRenderer renderer;
        renderer.setScene(f.variant, render::buildAnimationGeometry(f.variant, f.line));
        const QSize size(900, 600);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::black);
        {
            QPainter painter(&image);
            renderer.paint(painter, QRect(QPoint(0, 0), size), player, {});
        }
        // The frame sits 4 px outside the item's box: find the bottleneck colour there, on B only.
        const QTransform toPx = renderer.floorTransform(size);
        const QRectF b = toPx.mapRect(QRectF(28, 8.5, 4, 3));
        const QRectF a = toPx.mapRect(QRectF(6, 8.5, 4, 3));
        QCOMPARE(pixelAt(image, {b.center().x(), b.top() - 4}), render::bottleneckColor());
        QVERIFY(pixelAt(image, {a.center().x(), a.top() - 4}) != render::bottleneckColor());
    }

    void gapRoutesFollowTheMetric()
    {
        Fixture f;
        f.variant.items[1].yM = 4; // B below A: the rectilinear route turns once
        f.variant.distanceMetric = core::DistanceMetric::Rectilinear;
        auto g = render::buildAnimationGeometry(f.variant, f.line);
        // A's drop-off (its centre) to B's pick-up: along x first, then down.
        QCOMPARE(g.gaps[0].pathM, QPolygonF({QPointF(8, 10), QPointF(30, 10), QPointF(30, 4)}));
        QCOMPARE(g.gaps[0].lengthM(), 28.0);
        QCOMPARE(g.gaps[0].pointAt(0.5), QPointF(22, 10));
        QCOMPARE(g.gaps[0].capacity, 8);
        QCOMPARE(g.gaps[1].capacity, -1);

        f.variant.distanceMetric = core::DistanceMetric::Euclidean;
        g = render::buildAnimationGeometry(f.variant, f.line);
        QCOMPARE(g.gaps[0].pathM, QPolygonF({QPointF(8, 10), QPointF(30, 4)}));

        // An aisle at y = 16 above both: up from A 6 m, along 22 m, down to B 12 m.
        f.variant.distanceMetric = core::DistanceMetric::Aisle;
        f.variant.items.push_back(machine("AISLE", 20, 16, core::ItemType::Aisle, 36, 3));
        g = render::buildAnimationGeometry(f.variant, f.line);
        QCOMPARE(g.gaps[0].pathM.front(), QPointF(8, 10));
        QCOMPARE(g.gaps[0].pathM.back(), QPointF(30, 4));
        QVERIFY(g.gaps[0].pathM.contains(QPointF(8, 16)));
        QVERIFY(g.gaps[0].pathM.contains(QPointF(30, 16)));
        QCOMPARE(g.gaps[0].lengthM(), 40.0);
    }

    void clockFormat()
    {
        QCOMPARE(render::formatSimClock(0), QStringLiteral("0:00:00"));
        QCOMPARE(render::formatSimClock(3725.9), QStringLiteral("1:02:05"));
        QCOMPARE(render::formatSimClock(100 * 3600.0 + 59), QStringLiteral("100:00:59"));
    }
};

QTEST_MAIN(TstAnimationRenderer)
#include "tst_animationrenderer.moc"
