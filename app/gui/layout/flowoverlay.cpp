// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/flowoverlay.h"

#include "app/gui/layout/layoutitemgraphic.h"

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
    mLines.clear();
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

void FlowOverlay::refreshGeometry() const
{
    if (!mDirty || !mVariant)
        return;
    mDirty = false;
    const auto &items = mVariant->items;
    std::vector<QLineF> lines;
    lines.reserve(mPairs.size());
    for (const Pair &pair : mPairs) {
        if (std::size_t(std::max(pair.from, pair.to)) >= items.size()) {
            lines.emplace_back();
            continue;
        }
        const auto &a = items[std::size_t(pair.from)];
        const auto &b = items[std::size_t(pair.to)];
        lines.emplace_back(floorToScene(a.xM, a.yM), floorToScene(b.xM, b.yM));
    }
    // Only the tiles under arrows that moved are drawn again (old and new place, with room for
    // the widest stroke and the arrow head).
    if (lines.size() == mLines.size()) {
        for (std::size_t i = 0; i < drawnPairCount(); ++i) {
            if (lines[i] == mLines[i])
                continue;
            mTiles.invalidate(mLines[i], kInvalidationMarginPx);
            mTiles.invalidate(lines[i], kInvalidationMarginPx);
        }
    } else {
        mTiles.clear();
    }
    mLines = std::move(lines);
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
        QLineF line = mLines[i];
        if (line.length() * lod < 1.0 || !segmentTouches(mLines[i], clip, &line))
            continue;
        if (i >= std::size_t(kThickPairs)) {
            thin.push_back(line);
            continue;
        }
        classes[std::size_t(widthClass(mPairs[i].units / mMaxUnits))].push_back(line);
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
        const QLineF &line = mLines[i];
        if (line.length() * lod < 20)
            continue;
        const double widthPx = 1.0 + 9.0 * std::sqrt(mPairs[i].units / mMaxUnits);
        const QPointF tip = line.pointAt(0.62);
        const double head = (7.0 + widthPx) / lod;
        if (!clip.adjusted(-head, -head, head, head).contains(tip))
            continue;
        const double angle = std::atan2(line.dy(), line.dx());
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
        const QLineF &line = mLines[i];
        if (line.length() * lod < 20)
            continue;
        const QString text = locale.toString(mPairs[i].units, 'f', 0);
        const QRectF box = metrics.boundingRect(text).adjusted(-3, -1, 3, 1);
        // Zoom-space pixels: scene times lod, the same in every tile.
        const QRectF zoomBox = box.translated(line.pointAt(0.5) * lod - box.center());
        bool covers = false;
        for (const QRectF &other : placed)
            covers = covers || other.intersects(zoomBox.adjusted(-2, -2, 2, 2));
        if (covers)
            continue;
        placed.push_back(zoomBox);
        const QRectF sceneBox(zoomBox.topLeft() / lod, zoomBox.bottomRight() / lod);
        if (!sceneBox.intersects(exposed))
            continue;
        const QPointF at = painter.worldTransform().map(line.pointAt(0.5));
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
