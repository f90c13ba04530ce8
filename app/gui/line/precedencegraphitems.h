// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsItem>
#include <QString>

namespace taktflow::app {

/** How a box or arrow is highlighted relative to the focus task. */
enum class GraphMark { None, Focus, Before, After };

/** One task box of the precedence diagram: id, time in seconds, and its highlight. */
class PrecedenceNodeItem : public QGraphicsItem
{
public:
    static constexpr double kWidth = 86.0;
    static constexpr double kHeight = 44.0;

    PrecedenceNodeItem(const QString &taskId, const QString &label, bool automated);

    QString taskId() const { return mTaskId; }
    void setMark(GraphMark mark);
    GraphMark mark() const { return mMark; }
    /** Where a line from the centre towards `towards` leaves the box (scene coordinates). */
    QPointF borderPoint(const QPointF &towards) const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QString mTaskId;
    QString mLabel;
    bool mAutomated;
    GraphMark mMark = GraphMark::None;
};

/** One precedence arrow; selectable so Delete can remove it. */
class PrecedenceEdgeItem : public QGraphicsItem
{
public:
    PrecedenceEdgeItem(const PrecedenceNodeItem *from, const PrecedenceNodeItem *to);

    QString fromId() const { return mFrom->taskId(); }
    QString toId() const { return mTo->taskId(); }
    void setMark(GraphMark mark);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    const PrecedenceNodeItem *mFrom;
    const PrecedenceNodeItem *mTo;
    QLineF mLine;
    GraphMark mMark = GraphMark::None;
};

} // namespace taktflow::app
