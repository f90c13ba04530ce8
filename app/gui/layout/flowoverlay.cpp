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

/**
 * Clips a segment to a rectangle (Liang-Barsky); false when nothing is left. Strokes are built
 * for the whole segment before the painter clips, so a long, thick line zoomed in costs far
 * more than the bit on screen unless it is cut first.
 */
bool clipToRect(QLineF &line, const QRectF &rect)
{
    double t0 = 0.0;
    double t1 = 1.0;
    const double dx = line.dx();
    const double dy = line.dy();
    const double p[4] = {-dx, dx, -dy, dy};
    const double q[4] = {line.x1() - rect.left(), rect.right() - line.x1(), line.y1() - rect.top(),
                         rect.bottom() - line.y1()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0.0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    line = QLineF(line.pointAt(t0), line.pointAt(t1));
    return true;
}

} // namespace

FlowOverlay::FlowOverlay()
{
    setZValue(50);
    setAcceptedMouseButtons(Qt::NoButton);
    // Thousands of wide strokes are the costliest thing on the canvas: cache them in device
    // pixels, so panning scrolls the cached picture and only zooming or new flows redraw it.
    setCacheMode(QGraphicsItem::DeviceCoordinateCache);
}

void FlowOverlay::setVariant(const core::Variant *variant)
{
    prepareGeometryChange();
    mVariant = variant;
    mPairs.clear();
    mMaxUnits = 0;
    mDirty = true;
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
    mLines.clear();
    mLines.reserve(mPairs.size());
    const auto &items = mVariant->items;
    for (const Pair &pair : mPairs) {
        if (std::size_t(std::max(pair.from, pair.to)) >= items.size()) {
            mLines.emplace_back();
            continue;
        }
        const auto &a = items[std::size_t(pair.from)];
        const auto &b = items[std::size_t(pair.to)];
        mLines.emplace_back(floorToScene(a.xM, a.yM), floorToScene(b.xM, b.yM));
    }
}

QRectF FlowOverlay::boundingRect() const
{
    if (!mVariant)
        return {};
    // The flows run between items, which stay near the floor; a generous margin keeps it cheap.
    return QRectF(-1000, -mVariant->floorDepthM - 1000, mVariant->floorWidthM + 2000, mVariant->floorDepthM + 2000);
}

void FlowOverlay::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    if (!mVariant || mPairs.empty() || mMaxUnits <= 0)
        return;
    refreshGeometry();
    const double lod = std::max(option->levelOfDetailFromTransform(painter->worldTransform()), 1e-9);
    const QRectF exposed = option->exposedRect.isEmpty() ? boundingRect() : option->exposedRect;

    // Level of detail: the heaviest pairs are drawn as thick arrows, the rest of a large plant's
    // flows as thin hairlines (a readable diagram, and a frame stays cheap with 10,000 flows).
    // Lines of similar weight are drawn together in one drawLines() call.
    std::array<std::vector<QLineF>, kWidthClasses> classes;
    std::vector<QLineF> thin;
    const double margin = 12.0 / lod;
    const QRectF clip = exposed.adjusted(-margin, -margin, margin, margin);
    for (std::size_t i = 0; i < mPairs.size(); ++i) {
        QLineF line = mLines[i];
        if (line.isNull() || !clipToRect(line, clip))
            continue;
        if (i >= std::size_t(kThickPairs)) {
            // Beyond a few thousand pairs the hairlines are an unreadable (and costly) haze.
            if (mPairs.size() <= std::size_t(kMaxHairlinePairs))
                thin.push_back(line);
            continue;
        }
        const double share = mPairs[i].units / mMaxUnits;
        const int c = std::min(kWidthClasses - 1, int(std::sqrt(share) * kWidthClasses));
        classes[std::size_t(c)].push_back(line);
    }
    if (!thin.empty()) {
        painter->setRenderHint(QPainter::Antialiasing, false);
        QPen hairline(QColor(200, 30, 30, 70), 0);
        hairline.setCosmetic(true);
        painter->setPen(hairline);
        painter->drawLines(thin.data(), int(thin.size()));
    }
    painter->setRenderHint(QPainter::Antialiasing, true);
    for (int c = 0; c < kWidthClasses; ++c) {
        if (classes[std::size_t(c)].empty())
            continue;
        const double widthPx = 1.0 + 9.0 * double(c) / (kWidthClasses - 1);
        QPen pen(QColor(200, 30, 30, 150), widthPx / lod);
        pen.setCapStyle(Qt::RoundCap);
        painter->setPen(pen);
        painter->drawLines(classes[std::size_t(c)].data(), int(classes[std::size_t(c)].size()));
    }

    // Arrow heads and labels for the heaviest flows only: a diagram, not a hairball.
    const std::size_t headed = std::min<std::size_t>(mPairs.size(), kThickPairs);
    QFont font = painter->font();
    font.setPixelSize(11);
    font.setBold(true);
    const QLocale locale;
    for (std::size_t i = 0; i < headed; ++i) {
        const QLineF &line = mLines[i];
        if (line.isNull() || line.length() * lod < 20)
            continue;
        const double share = mPairs[i].units / mMaxUnits;
        const double widthPx = 1.0 + 9.0 * std::sqrt(share);
        const QPointF tip = line.pointAt(0.62);
        const double angle = std::atan2(line.dy(), line.dx());
        const double head = (7.0 + widthPx) / lod;
        QPolygonF arrow;
        arrow << tip << tip - head * QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45))
              << tip - head * QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45));
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(170, 20, 20, 200));
        painter->drawPolygon(arrow);
        if (int(i) < mLabelCount) {
            const QPointF at = painter->worldTransform().map(line.pointAt(0.5));
            painter->save();
            painter->resetTransform();
            painter->setFont(font);
            const QString text = locale.toString(mPairs[i].units, 'f', 0);
            const QRectF box = QFontMetricsF(font).boundingRect(text).adjusted(-3, -1, 3, 1);
            const QRectF placed = box.translated(at - box.center());
            painter->setBrush(QColor(255, 255, 255, 215));
            painter->setPen(QPen(QColor(170, 20, 20), 1));
            painter->drawRoundedRect(placed, 3, 3);
            painter->drawText(placed, Qt::AlignCenter, text);
            painter->restore();
        }
    }
}

} // namespace taktflow::app
