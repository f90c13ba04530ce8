// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/compare/layoutthumbnails.h"

#include "app/render/layoutpainter.h"
#include "core/compare/layoutdiff.h"

#include <QPainter>

namespace taktflow::app {

LayoutThumbnails::LayoutThumbnails(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Layout thumbnails"));
}

void LayoutThumbnails::showSideBySide(const core::Project *project, const QStringList &variantIds)
{
    mProject = project;
    mVariantIds = variantIds;
    mDifference = false;
    update();
}

void LayoutThumbnails::showDifference(const core::Project *project, const QString &fromId, const QString &toId)
{
    mProject = project;
    mVariantIds = {fromId, toId};
    mDifference = true;
    update();
}

void LayoutThumbnails::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    std::vector<const core::Variant *> variants;
    for (const QString &id : std::as_const(mVariantIds)) {
        if (const core::Variant *v = mProject ? mProject->findVariant(id) : nullptr)
            variants.push_back(v);
    }
    if (variants.empty()) {
        painter.drawText(rect(), Qt::AlignCenter, tr("Choose variants to compare"));
        return;
    }
    if (mDifference) {
        paintDifference(painter, QRectF(rect()).adjusted(8, 8, -8, -8));
        return;
    }
    QRectF united;
    for (const auto *v : variants)
        united = united.isNull() ? render::layoutBoundsM(*v) : united.united(render::layoutBoundsM(*v));
    const double cellWidth = double(width()) / double(variants.size());
    const double titleHeight = fontMetrics().height() * 1.5;
    // One scale for all: the one that fits the largest layout into a cell.
    const double scale = std::min((cellWidth - 12) / std::max(united.width(), 1.0),
                                  (height() - titleHeight - 12) / std::max(united.height(), 1.0));
    for (std::size_t i = 0; i < variants.size(); ++i) {
        const QRectF cell(cellWidth * double(i), 0, cellWidth, height());
        painter.setPen(palette().text().color());
        painter.drawText(QRectF(cell.left(), 0, cell.width(), titleHeight), Qt::AlignCenter, variants[i]->name);
        painter.save();
        painter.setWorldTransform(QTransform(scale, 0, 0, -scale, cell.left() + 6 - scale * united.left(),
                                             titleHeight + 6 + scale * united.bottom()));
        render::LayoutPaintOptions options;
        options.showLabels = false;
        options.showFlows = true;
        options.showGrid = false;
        // Side-by-side thumbnails compare items; building plans would only crowd them.
        options.showBackground = false;
        render::paintLayout(painter, *variants[i], options);
        painter.restore();
    }
}

void LayoutThumbnails::paintDifference(QPainter &painter, const QRectF &area)
{
    const core::Variant *from = mProject->findVariant(mVariantIds.value(0));
    const core::Variant *to = mProject->findVariant(mVariantIds.value(1));
    if (!from || !to)
        return;
    const QRectF bounds = render::layoutBoundsM(*from).united(render::layoutBoundsM(*to));
    const double titleHeight = fontMetrics().height() * 1.5;
    const QRectF drawing = area.adjusted(0, titleHeight, 0, 0);
    const core::LayoutDiff diff = core::diffLayouts(*from, *to);
    painter.drawText(QRectF(area.left(), area.top(), area.width(), titleHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     tr("%1 -> %2: %3 moved, %4 added, %5 removed, %6 unchanged")
                         .arg(from->name, to->name)
                         .arg(diff.moved.size())
                         .arg(diff.added.size())
                         .arg(diff.removed.size())
                         .arg(diff.unchanged));
    double scale = 1;
    painter.save();
    painter.setWorldTransform(render::floorToDevice(bounds, drawing, &scale));
    render::LayoutPaintOptions options;
    options.showFlows = false;
    options.showBackground = false;
    render::paintLayout(painter, *to, options);
    const double px = 1.0 / std::max(scale, 1e-9);
    painter.setBrush(Qt::NoBrush);
    for (const QString &id : diff.removed) {
        painter.setPen(QPen(QColor(0xd6, 0x27, 0x28), 2 * px, Qt::DashLine));
        painter.drawPolygon(render::footprintM(*from->findItem(id)));
    }
    for (const QString &id : diff.added) {
        painter.setPen(QPen(QColor(0x2c, 0xa0, 0x2c), 3 * px));
        painter.drawPolygon(render::footprintM(*to->findItem(id)));
    }
    for (const QString &id : diff.moved) {
        const core::LayoutItem *old = from->findItem(id);
        const core::LayoutItem *now = to->findItem(id);
        painter.setPen(QPen(QColor(0xff, 0x7f, 0x0e), 1.5 * px, Qt::DotLine));
        painter.drawPolygon(render::footprintM(*old));
        painter.setPen(QPen(QColor(0xff, 0x7f, 0x0e), 3 * px));
        painter.drawPolygon(render::footprintM(*now));
        painter.drawLine(QPointF(old->xM, old->yM), QPointF(now->xM, now->yM));
    }
    painter.restore();
}

} // namespace taktflow::app
