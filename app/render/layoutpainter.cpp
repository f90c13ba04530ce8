// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/layoutpainter.h"

#include "app/render/backgroundpainter.h"
#include "app/render/itemstyle.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace taktflow::app::render {

namespace {

int drawOrder(core::ItemType type)
{
    switch (type) {
    case core::ItemType::Zone: return 0;
    case core::ItemType::Aisle: return 1;
    default: return 2;
    }
}

/** Draws text upright at a floor point although the painter's y axis points up. */
void drawLabel(QPainter &painter, const QPointF &atM, const QString &text, double maxWidthPx)
{
    const QTransform toDevice = painter.worldTransform();
    const QPointF at = toDevice.map(atM);
    painter.save();
    painter.resetTransform();
    QFontMetricsF metrics(painter.font());
    const QString shown = metrics.elidedText(text, Qt::ElideRight, std::max(maxWidthPx, 12.0));
    const QRectF box(at.x() - maxWidthPx / 2, at.y() - metrics.height() / 2, maxWidthPx, metrics.height());
    painter.drawText(box, Qt::AlignCenter, shown);
    painter.restore();
}

void paintFlows(QPainter &painter, const core::Variant &variant, double unitPx)
{
    QHash<QPair<QString, QString>, double> volume;
    auto add = [&](const QString &from, const QString &to, double units) {
        if (from != to)
            volume[{from, to}] += units;
    };
    for (const auto &flow : variant.flows)
        add(flow.fromItem, flow.toItem, flow.unitsPerPeriod);
    for (const auto &product : variant.products) {
        for (qsizetype s = 1; s < product.routing.size(); ++s)
            add(product.routing[s - 1], product.routing[s], product.unitsPerPeriod);
    }
    double maxUnits = 0;
    for (double units : std::as_const(volume))
        maxUnits = std::max(maxUnits, units);
    if (maxUnits <= 0)
        return;
    const double scale = painter.worldTransform().m11();
    for (auto it = volume.cbegin(); it != volume.cend(); ++it) {
        const core::LayoutItem *from = variant.findItem(it.key().first);
        const core::LayoutItem *to = variant.findItem(it.key().second);
        if (!from || !to)
            continue;
        const QPointF a(from->xM, from->yM);
        const QPointF b(to->xM, to->yM);
        const double widthPx = unitPx * (1.5 + 8.0 * it.value() / maxUnits);
        QPen pen(QColor(200, 30, 30, 170), widthPx / std::max(scale, 1e-9));
        pen.setCapStyle(Qt::RoundCap);
        painter.setPen(pen);
        painter.drawLine(a, b);
        // Arrow head at 70 % of the way so it is not hidden under the target item.
        const QPointF tip = a + 0.7 * (b - a);
        const double angle = std::atan2(b.y() - a.y(), b.x() - a.x());
        const double headM = (6.0 * unitPx + widthPx) / std::max(scale, 1e-9);
        QPolygonF head;
        head << tip << tip - headM * QPointF(std::cos(angle - 0.45), std::sin(angle - 0.45))
             << tip - headM * QPointF(std::cos(angle + 0.45), std::sin(angle + 0.45));
        painter.setBrush(pen.color());
        painter.setPen(Qt::NoPen);
        painter.drawPolygon(head);
    }
}

/** The band around the floor and items in which a background plan is still drawn. */
QRectF backgroundClipM(const QRectF &layoutBounds)
{
    // About a wall's thickness on small floors, a little more on large ones.
    const double marginM = std::max(0.5, 0.02 * std::max(layoutBounds.width(), layoutBounds.height()));
    return layoutBounds.adjusted(-marginM, -marginM, marginM, marginM);
}

/** The plan as drawn with these options; empty when there is none, it is hidden or unreadable. */
BackgroundPicture shownBackground(const core::Variant &variant, const LayoutPaintOptions &options)
{
    if (!options.showBackground || !variant.background || variant.background->opacity <= 0)
        return {};
    return backgroundPicture(*variant.background);
}

} // namespace

QPolygonF footprintM(const core::LayoutItem &item)
{
    QPolygonF local;
    if (item.outlineM.size() >= 3) {
        for (const auto &p : item.outlineM)
            local << QPointF(p.xM, p.yM);
    } else {
        const double w = item.widthM / 2;
        const double d = item.depthM / 2;
        local << QPointF(-w, -d) << QPointF(w, -d) << QPointF(w, d) << QPointF(-w, d);
    }
    QTransform placement;
    placement.translate(item.xM, item.yM);
    placement.rotate(item.rotationDeg);
    return placement.map(local);
}

QRectF layoutBoundsM(const core::Variant &variant)
{
    QRectF bounds(0, 0, variant.floorWidthM, variant.floorDepthM);
    for (const auto &item : variant.items)
        bounds = bounds.united(footprintM(item).boundingRect());
    return bounds;
}

QRectF drawingBoundsM(const core::Variant &variant, const LayoutPaintOptions &options)
{
    const QRectF bounds = layoutBoundsM(variant);
    const BackgroundPicture plan = shownBackground(variant, options);
    if (plan.isEmpty())
        return bounds;
    return bounds.united(plan.boundsM().intersected(backgroundClipM(bounds)));
}

QTransform floorToDevice(const QRectF &boundsM, const QRectF &target, double *scale)
{
    const double s = std::min(target.width() / std::max(boundsM.width(), 1e-9),
                              target.height() / std::max(boundsM.height(), 1e-9));
    if (scale)
        *scale = s;
    const double offsetX = target.left() + (target.width() - s * boundsM.width()) / 2;
    const double offsetY = target.top() + (target.height() - s * boundsM.height()) / 2;
    // y up: floor y = boundsM.bottom() lands at the top of the drawing.
    return QTransform(s, 0, 0, -s, offsetX - s * boundsM.left(), offsetY + s * boundsM.bottom());
}

void paintLayout(QPainter &painter, const core::Variant &variant, const LayoutPaintOptions &options)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const double scale = std::max(painter.worldTransform().m11(), 1e-9);
    const double hairline = options.outlinePx / scale;

    const QRectF floor(0, 0, variant.floorWidthM, variant.floorDepthM);
    painter.setPen(QPen(QColor(60, 60, 60), 2 * hairline));
    painter.setBrush(QColor(250, 250, 247));
    painter.drawRect(floor);
    if (options.showGrid && options.gridM > 0 && options.gridM * scale >= 6) {
        painter.setPen(QPen(QColor(220, 222, 226), hairline));
        for (double x = options.gridM; x < floor.right(); x += options.gridM)
            painter.drawLine(QPointF(x, floor.top()), QPointF(x, floor.bottom()));
        for (double y = options.gridM; y < floor.bottom(); y += options.gridM)
            painter.drawLine(QPointF(floor.left(), y), QPointF(floor.right(), y));
    }
    const BackgroundPicture plan = shownBackground(variant, options);
    if (!plan.isEmpty()) {
        painter.save();
        const QRectF clip = options.backgroundClipM.isValid() ? options.backgroundClipM
                                                              : backgroundClipM(layoutBoundsM(variant));
        painter.setClipRect(clip, Qt::IntersectClip);
        paintBackground(painter, plan, options.outlinePx, plan.opacity);
        painter.restore();
    }

    std::vector<const core::LayoutItem *> ordered;
    ordered.reserve(variant.items.size());
    for (const auto &item : variant.items)
        ordered.push_back(&item);
    std::stable_sort(ordered.begin(), ordered.end(), [](const auto *a, const auto *b) {
        return drawOrder(a->type) < drawOrder(b->type);
    });

    for (const core::LayoutItem *item : ordered) {
        const QPolygonF shape = footprintM(*item);
        QColor fill = options.colourByAutomation && core::isSolid(item->type) ? automationColor(item->automationLevel)
                                                                               : fillColor(item->type);
        if (item->type == core::ItemType::Zone)
            fill.setAlpha(40);
        else if (item->type == core::ItemType::Aisle)
            fill.setAlpha(110);
        const bool highlighted = options.highlighted.contains(item->id);
        QPen outline(highlighted ? QColor(220, 20, 60) : fill.darker(160), (highlighted ? 3 : 1) * hairline);
        if (item->type == core::ItemType::Zone)
            outline.setStyle(Qt::DashLine);
        painter.setPen(outline);
        painter.setBrush(fill);
        painter.drawPolygon(shape);
        if (item->clearanceM > 0 && core::isSolid(item->type)) {
            QPen margin(fill.darker(130), hairline, Qt::DotLine);
            painter.setPen(margin);
            painter.setBrush(Qt::NoBrush);
            const QRectF box = shape.boundingRect().adjusted(-item->clearanceM, -item->clearanceM, item->clearanceM,
                                                             item->clearanceM);
            painter.drawRect(box);
        }
    }
    if (options.showFlows)
        paintFlows(painter, variant, options.outlinePx);
    if (options.showLabels) {
        QFont font = painter.font();
        font.setPixelSize(options.labelPixelSize);
        painter.setFont(font);
        painter.setPen(QColor(20, 20, 20));
        for (const core::LayoutItem *item : ordered) {
            if (!core::isSolid(item->type) || item->type == core::ItemType::Column)
                continue;
            const double widthPx = footprintM(*item).boundingRect().width() * scale;
            if (widthPx >= 2.2 * options.labelPixelSize)
                drawLabel(painter, QPointF(item->xM, item->yM), item->name.isEmpty() ? item->id : item->name, widthPx);
        }
    }
    painter.restore();
}

} // namespace taktflow::app::render
