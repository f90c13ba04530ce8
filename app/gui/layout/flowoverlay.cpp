// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/flowoverlay.h"

#include "app/gui/layout/layoutitemgraphic.h"
#include "core/layout/footprint.h"

#include <QLocale>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <array>
#include <cmath>

namespace taktflow::app {

namespace {

constexpr int kWidthClasses = 6;
/** Pairs drawn as weighted arrows; lighter ones are hairlines. */
constexpr int kThickPairs = 250;
/** Up to this many pairs the lighter ones are drawn as hairlines; above, only the heaviest show. */
constexpr int kMaxHairlinePairs = 2000;
/** Device pixels around a moved arrow whose tiles are redrawn: widest stroke, head and label. */
constexpr double kInvalidationMarginPx = 24.0;
/** Opacity of the arrows (0-255). */
constexpr int kArrowAlpha = 150;

double polylineLength(const QPolygonF &polyline)
{
    double length = 0;
    for (qsizetype k = 1; k < polyline.size(); ++k)
        length += QLineF(polyline[k - 1], polyline[k]).length();
    return length;
}

/** The point a fraction of the way along a polyline, and the direction of travel there. */
QPointF pointAlong(const QPolygonF &polyline, double length, double fraction, double *angle)
{
    double left = length * fraction;
    for (qsizetype k = 1; k < polyline.size(); ++k) {
        const QLineF segment(polyline[k - 1], polyline[k]);
        if (segment.length() >= left || k + 1 == polyline.size()) {
            *angle = std::atan2(segment.dy(), segment.dx());
            return segment.length() > 0 ? segment.pointAt(std::min(1.0, left / segment.length())) : segment.p2();
        }
        left -= segment.length();
    }
    *angle = 0;
    return polyline.isEmpty() ? QPointF() : polyline.front();
}

/** Which of the stroke widths a pair of this share of the heaviest volume gets. */
int widthClass(double share)
{
    return std::min(kWidthClasses - 1, int(std::sqrt(share) * kWidthClasses));
}

} // namespace

FlowOverlay::FlowOverlay()
{
    setZValue(50);
    setAcceptedMouseButtons(Qt::NoButton);
    // The real exposed area (not the whole floor) is what the tile cache fills.
    setFlag(ItemUsesExtendedStyleOption);
    mRefresh.setSingleShot(true);
    QObject::connect(&mRefresh, &QTimer::timeout, &mRefresh, [this] {
        if (mRefresh.interval() > 0)
            zoomRested();
        else
            update();
    });
}

void FlowOverlay::zoomRested()
{
    mTiles.settle();
    update();
}

void FlowOverlay::setVariant(const core::Variant *variant)
{
    prepareGeometryChange();
    mVariant = variant;
    // The flows run between items, which stay near the floor; a generous margin keeps it cheap.
    mFloorBounds = variant ? QRectF(-1000, -variant->floorDepthM - 1000, variant->floorWidthM + 2000,
                                    variant->floorDepthM + 2000)
                           : QRectF();
    mPairs.clear();
    mMaxUnits = 0;
    mDirty = true;
    mRoutes.clear();
    mRouteLengths.clear();
    mRouteBounds.clear();
    mRouteEnds.clear();
    mTiles.clear();
    if (!variant)
        return;
    QHash<QString, int> index;
    index.reserve(qsizetype(variant->items.size()));
    for (int i = 0; i < int(variant->items.size()); ++i)
        index.insert(variant->items[std::size_t(i)].id, i);
    QHash<quint64, double> volume;
    auto add = [&](const QString &from, const QString &to, double units) {
        const int a = index.value(from, -1);
        const int b = index.value(to, -1);
        if (a >= 0 && b >= 0 && a != b && units > 0)
            volume[(quint64(quint32(a)) << 32) | quint32(b)] += units;
    };
    for (const auto &flow : variant->flows)
        add(flow.fromItem, flow.toItem, flow.unitsPerPeriod);
    for (const auto &product : variant->products) {
        for (qsizetype s = 1; s < product.routing.size(); ++s)
            add(product.routing[s - 1], product.routing[s], product.unitsPerPeriod);
    }
    mPairs.reserve(std::size_t(volume.size()));
    for (auto it = volume.cbegin(); it != volume.cend(); ++it)
        mPairs.push_back({int(it.key() >> 32), int(it.key() & 0xffffffffu), it.value()});
    std::sort(mPairs.begin(), mPairs.end(), [](const Pair &a, const Pair &b) { return a.units > b.units; });
    if (!mPairs.empty())
        mMaxUnits = mPairs.front().units;
    refreshGeometry();
    update();
}

std::size_t FlowOverlay::drawnPairCount() const
{
    // Beyond a few thousand pairs the hairlines are an unreadable (and costly) haze.
    return mPairs.size() <= std::size_t(kMaxHairlinePairs) ? mPairs.size()
                                                           : std::min<std::size_t>(mPairs.size(), kThickPairs);
}

void FlowOverlay::itemMoved()
{
    mDirty = true;
    update();
}

bool FlowOverlay::refreshNetwork() const
{
    std::vector<core::LayoutItem> aisles;
    for (const auto &item : mVariant->items) {
        if (item.type == core::ItemType::Aisle)
            aisles.push_back(item);
    }
    if (mNetwork && aisles == mAisles)
        return false;
    mNetwork.emplace(aisles);
    mAisles = std::move(aisles);
    return true;
}

QPolygonF FlowOverlay::routeOf(const Pair &pair, bool routed) const
{
    const auto &a = mVariant->items[std::size_t(pair.from)];
    const auto &b = mVariant->items[std::size_t(pair.to)];
    if (routed) {
        // The same end points and network as FlowAnalysis: from the drop-off to the pick-up.
        const core::PointM from = core::dropoffPoint(a);
        const core::PointM to = core::pickupPoint(b);
        if (const auto path = mNetwork->pathM(from, mNetwork->attach(from), to, mNetwork->attach(to))) {
            QPolygonF polyline;
            polyline.reserve(qsizetype(path->size()));
            for (const core::PointM &p : *path) {
                // The junction a path passes at its very start or end adds no segment.
                if (polyline.isEmpty() || polyline.back() != floorToScene(p.xM, p.yM))
                    polyline << floorToScene(p.xM, p.yM);
            }
            if (polyline.size() >= 2)
                return polyline;
        }
    }
    return QPolygonF{floorToScene(a.xM, a.yM), floorToScene(b.xM, b.yM)};
}

QPolygonF FlowOverlay::route(int index) const
{
    refreshGeometry();
    return index >= 0 && std::size_t(index) < mRoutes.size() ? mRoutes[std::size_t(index)] : QPolygonF();
}

void FlowOverlay::refreshGeometry() const
{
    if (!mDirty || !mVariant)
        return;
    mDirty = false;
    const auto &items = mVariant->items;
    const bool routed = mVariant->distanceMetric == core::DistanceMetric::Aisle;
    // A new network (or metric) moves every route; otherwise only pairs whose ends moved.
    const bool everything = (routed && refreshNetwork()) || routed != mRouted || mRoutes.size() != mPairs.size();
    mRouted = routed;
    std::vector<QPolygonF> routes(mPairs.size());
    std::vector<std::pair<core::PointM, core::PointM>> ends(mPairs.size());
    for (std::size_t i = 0; i < mPairs.size(); ++i) {
        const Pair &pair = mPairs[i];
        if (std::size_t(std::max(pair.from, pair.to)) >= items.size())
            continue;
        const auto &a = items[std::size_t(pair.from)];
        const auto &b = items[std::size_t(pair.to)];
        ends[i] = routed ? std::pair{core::dropoffPoint(a), core::pickupPoint(b)}
                         : std::pair{core::PointM{a.xM, a.yM}, core::PointM{b.xM, b.yM}};
        routes[i] = !everything && ends[i] == mRouteEnds[i] ? mRoutes[i] : routeOf(pair, routed);
    }
    // Only the tiles under arrows that moved are drawn again (old and new place, with room for
    // the widest stroke and the arrow head).
    if (!everything) {
        for (std::size_t i = 0; i < drawnPairCount(); ++i) {
            if (routes[i] == mRoutes[i])
                continue;
            for (const QPolygonF *polyline : {&mRoutes[i], &routes[i]}) {
                for (qsizetype k = 1; k < polyline->size(); ++k)
                    mTiles.invalidate(QLineF((*polyline)[k - 1], (*polyline)[k]), kInvalidationMarginPx);
            }
        }
    } else {
        mTiles.clear();
    }
    mRoutes = std::move(routes);
    mRouteEnds = std::move(ends);
    mRouteLengths.resize(mRoutes.size());
    mRouteBounds.resize(mRoutes.size());
    for (std::size_t i = 0; i < mRoutes.size(); ++i) {
        mRouteLengths[i] = polylineLength(mRoutes[i]);
        mRouteBounds[i] = mRoutes[i].boundingRect();
    }
}

QRectF FlowOverlay::boundingRect() const
{
    return mFloorBounds;
}

void FlowOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    if (!mVariant || mPairs.empty() || mMaxUnits <= 0)
        return;
    refreshGeometry();
    const QRectF exposed = option->exposedRect.isEmpty() ? boundingRect() : option->exposedRect;
    const QTransform world = painter->worldTransform();
    // Tiles for the canvas itself (a raster viewport, no rotation); vectors for exports.
    const bool onCanvas = widget && painter->device() == widget && world.type() <= QTransform::TxScale
                          && world.m11() == world.m22();
    painter->save();
    if (onCanvas) {
        // Tiles hold the arrows opaque and are laid on translucent: overlapping arrows keep one
        // shade, and an opaque stroke costs a third of a translucent one to draw.
        painter->setOpacity(kArrowAlpha / 255.0);
        const TileCache::Outcome outcome = mTiles.paint(
            painter, exposed, [this](QPainter &tile, const QRectF &rect) { return drawFlows(tile, rect, true); });
        painter->setOpacity(1.0);
        // A zoom in progress restarts the wait; missing tiles are asked for at once, unless a
        // settle is already due.
        if (outcome == TileCache::Outcome::Preview) {
            mRefresh.start(kSettleMs);
        } else if (outcome == TileCache::Outcome::TilesMissing && !mRefresh.isActive()) {
            mRefresh.start(0);
        }
    } else {
        drawFlows(*painter, exposed, false);
    }
    // Labels are few and drawn each frame on top, so they stay crisp and opaque.
    paintLabels(*painter, exposed, std::max(QStyleOptionGraphicsItem::levelOfDetailFromTransform(world), 1e-9));
    painter->restore();
}

bool FlowOverlay::drawFlows(QPainter &painter, const QRectF &exposed, bool opaque) const
{
    const int alpha = opaque ? 255 : kArrowAlpha;
    const double lod = std::max(QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter.worldTransform()), 1e-9);
    bool drawn = false;

    // Level of detail: the heaviest pairs are drawn as thick arrows, the rest of a large plant's
    // flows as thin hairlines (a readable diagram, and a frame stays cheap with 10,000 flows).
    // Lines of similar weight are drawn together in one drawLines() call; arrows shorter than a
    // pixel are left out.
    std::array<std::vector<QLineF>, kWidthClasses> classes;
    std::vector<QLineF> thin;
    const double margin = 12.0 / lod;
    const QRectF clip = exposed.adjusted(-margin, -margin, margin, margin);
    for (std::size_t i = 0; i < drawnPairCount(); ++i) {
        const QPolygonF &polyline = mRoutes[i];
        if (mRouteLengths[i] * lod < 1.0 || !mRouteBounds[i].adjusted(-margin, -margin, margin, margin).intersects(clip))
            continue;
        auto &batch = i >= std::size_t(kThickPairs) ? thin : classes[std::size_t(widthClass(mPairs[i].units / mMaxUnits))];
        // Routed arrows go segment by segment; the round caps close the joints.
        for (qsizetype k = 1; k < polyline.size(); ++k) {
            QLineF line;
            if (segmentTouches(QLineF(polyline[k - 1], polyline[k]), clip, &line))
                batch.push_back(line);
        }
    }
    if (!thin.empty()) {
        painter.setRenderHint(QPainter::Antialiasing, false);
        QPen hairline(QColor(200, 30, 30, 70 * 255 / kArrowAlpha * alpha / 255), 0);
        hairline.setCosmetic(true);
        painter.setPen(hairline);
        painter.drawLines(thin.data(), int(thin.size()));
        drawn = true;
    }
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (int c = 0; c < kWidthClasses; ++c) {
        if (classes[std::size_t(c)].empty())
            continue;
        const double widthPx = 1.0 + 9.0 * double(c) / (kWidthClasses - 1);
        QPen pen(QColor(200, 30, 30, alpha), widthPx / lod);
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.drawLines(classes[std::size_t(c)].data(), int(classes[std::size_t(c)].size()));
        drawn = true;
    }

    // Arrow heads for the heaviest flows only: a diagram, not a hairball.
    const std::size_t headed = std::min<std::size_t>(mPairs.size(), kThickPairs);
    painter.setPen(Qt::NoPen);
    // Heads darker than their arrows, so the direction reads at a glance (in tiles they are
    // laid on translucent with the arrows, hence the deeper colour there).
    painter.setBrush(opaque ? QColor(100, 0, 0) : QColor(170, 20, 20, 200));
    for (std::size_t i = 0; i < headed; ++i) {
        if (mRouteLengths[i] * lod < 20)
            continue;
        const double widthPx = 1.0 + 9.0 * std::sqrt(mPairs[i].units / mMaxUnits);
        double angle = 0;
        const QPointF tip = pointAlong(mRoutes[i], mRouteLengths[i], 0.62, &angle);
        const double head = (7.0 + widthPx) / lod;
        if (!clip.adjusted(-head, -head, head, head).contains(tip))
            continue;
        const QPointF arrow[3] = {tip, tip - head * QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45)),
                                  tip - head * QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45))};
        painter.drawPolygon(arrow, 3);
        drawn = true;
    }
    return drawn;
}

void FlowOverlay::paintLabels(QPainter &painter, const QRectF &exposed, double lod) const
{
    // The heaviest flows carry their volume at their middle. A label that would cover one
    // placed before it is left out.
    QFont font = painter.font();
    font.setPixelSize(11);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    const QLocale locale;
    std::vector<QRectF> placed;
    const std::size_t labelled = std::min<std::size_t>(mPairs.size(), std::size_t(std::max(mLabelCount, 0)));
    for (std::size_t i = 0; i < labelled && i < std::size_t(kThickPairs); ++i) {
        if (mRouteLengths[i] * lod < 20)
            continue;
        const QString text = locale.toString(mPairs[i].units, 'f', 0);
        const QRectF box = metrics.boundingRect(text).adjusted(-3, -1, 3, 1);
        double angle = 0;
        const QPointF middle = pointAlong(mRoutes[i], mRouteLengths[i], 0.5, &angle);
        // Zoom-space pixels: scene times lod, the same in every tile.
        const QRectF zoomBox = box.translated(middle * lod - box.center());
        bool covers = false;
        for (const QRectF &other : placed)
            covers = covers || other.intersects(zoomBox.adjusted(-2, -2, 2, 2));
        if (covers)
            continue;
        placed.push_back(zoomBox);
        const QRectF sceneBox(zoomBox.topLeft() / lod, zoomBox.bottomRight() / lod);
        if (!sceneBox.intersects(exposed))
            continue;
        const QPointF at = painter.worldTransform().map(middle);
        painter.save();
        painter.resetTransform();
        painter.setFont(font);
        const QRectF onDevice = box.translated(at - box.center());
        painter.setBrush(QColor(255, 255, 255, 215));
        painter.setPen(QPen(QColor(170, 20, 20), 1));
        painter.drawRoundedRect(onDevice, 3, 3);
        painter.drawText(onDevice, Qt::AlignCenter, text);
        painter.restore();
    }
}

} // namespace taktflow::app
