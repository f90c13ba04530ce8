// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/precedencegraphitems.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

namespace taktflow::app {

namespace {

QColor markColour(GraphMark mark)
{
    switch (mark) {
    case GraphMark::Focus: return QColor(0x20, 0x20, 0x20);
    case GraphMark::Before: return QColor(0x1f, 0x6f, 0xc5);
    case GraphMark::After: return QColor(0xe0, 0x7b, 0x10);
    case GraphMark::None: break;
    }
    return QColor(0x8a, 0x8f, 0x98);
}

} // namespace

PrecedenceNodeItem::PrecedenceNodeItem(const QString &taskId, const QString &label, bool automated)
    : mTaskId(taskId)
    , mLabel(label)
    , mAutomated(automated)
{
    setZValue(1);
    setToolTip(label);
}

void PrecedenceNodeItem::setMark(GraphMark mark)
{
    if (mark == mMark)
        return;
    mMark = mark;
    update();
}

QPointF PrecedenceNodeItem::borderPoint(const QPointF &towards) const
{
    const QPointF centre = pos();
    const QPointF d = towards - centre;
    if (std::abs(d.x()) < 1e-9 && std::abs(d.y()) < 1e-9)
        return centre;
    // Scale the direction until it touches the nearer side of the box.
    const double sx = std::abs(d.x()) > 1e-9 ? (kWidth / 2) / std::abs(d.x()) : 1e9;
    const double sy = std::abs(d.y()) > 1e-9 ? (kHeight / 2) / std::abs(d.y()) : 1e9;
    return centre + d * std::min(sx, sy);
}

QRectF PrecedenceNodeItem::boundingRect() const
{
    return QRectF(-kWidth / 2 - 2, -kHeight / 2 - 2, kWidth + 4, kHeight + 4);
}

void PrecedenceNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF box(-kWidth / 2, -kHeight / 2, kWidth, kHeight);
    QColor fill = mAutomated ? QColor(0xd9, 0xe8, 0xf7) : QColor(0xf4, 0xf1, 0xe8);
    if (mMark == GraphMark::Before)
        fill = QColor(0xc4, 0xdc, 0xf6);
    else if (mMark == GraphMark::After)
        fill = QColor(0xfb, 0xdd, 0xb8);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(markColour(mMark), mMark == GraphMark::Focus ? 2.5 : 1.2));
    painter->setBrush(fill);
    painter->drawRoundedRect(box, 6, 6);
    painter->setPen(Qt::black);
    const QStringList lines = mLabel.split(QLatin1Char('\n'));
    QFont bold = painter->font();
    bold.setBold(true);
    painter->setFont(bold);
    painter->drawText(box.adjusted(2, 3, -2, -kHeight / 2), Qt::AlignHCenter | Qt::AlignVCenter, lines.value(0));
    bold.setBold(false);
    painter->setFont(bold);
    painter->drawText(box.adjusted(2, kHeight / 2 - 2, -2, -3), Qt::AlignHCenter | Qt::AlignVCenter, lines.value(1));
}

PrecedenceEdgeItem::PrecedenceEdgeItem(const PrecedenceNodeItem *from, const PrecedenceNodeItem *to)
    : mFrom(from)
    , mTo(to)
{
    setFlag(ItemIsSelectable);
    mLine = QLineF(from->borderPoint(to->pos()), to->borderPoint(from->pos()));
    setToolTip(QCoreApplication::translate("PrecedenceGraphView", "%1 before %2 (select and press Delete to remove)")
                   .arg(from->taskId(), to->taskId()));
}

void PrecedenceEdgeItem::setMark(GraphMark mark)
{
    if (mark == mMark)
        return;
    mMark = mark;
    update();
}

QRectF PrecedenceEdgeItem::boundingRect() const
{
    return QRectF(mLine.p1(), mLine.p2()).normalized().adjusted(-8, -8, 8, 8);
}

QPainterPath PrecedenceEdgeItem::shape() const
{
    QPainterPath path(mLine.p1());
    path.lineTo(mLine.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(8);
    return stroker.createStroke(path);
}

void PrecedenceEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const bool selected = option->state & QStyle::State_Selected;
    QColor colour = selected ? QColor(0xc0, 0x10, 0x30) : markColour(mMark);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, selected || mMark != GraphMark::None ? 2.2 : 1.2));
    painter->drawLine(mLine);
    // Arrowhead at the successor's end.
    const double angle = std::atan2(-mLine.dy(), mLine.dx());
    const QPointF tip = mLine.p2();
    const double size = 9.0;
    const QPointF left = tip - QPointF(std::cos(angle - M_PI / 7) * size, -std::sin(angle - M_PI / 7) * size);
    const QPointF right = tip - QPointF(std::cos(angle + M_PI / 7) * size, -std::sin(angle + M_PI / 7) * size);
    painter->setBrush(colour);
    painter->drawPolygon(QPolygonF({tip, left, right}));
}

} // namespace taktflow::app
