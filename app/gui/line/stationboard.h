// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPoint>
#include <QRect>
#include <QWidget>

#include <vector>

namespace taktflow::app {

class LineContext;

/**
 * The station board: a column of task cards per station (and one for tasks not yet assigned),
 * each headed by its station time against the takt. Drag a card to another column to move the
 * task; while dragging, the column under the cursor turns green where the task may go and red
 * where it may not, and a refused drop says why (precedence, overload, zoning, station type).
 * Each accepted move is one undoable command.
 */
class StationBoard : public QWidget
{
    Q_OBJECT

public:
    explicit StationBoard(LineContext *context, QWidget *parent = nullptr);

    /** Centre of a task's card; (-1, -1) when it is not shown. */
    QPoint cardCentre(const QString &taskId) const;
    /** A point inside a station's column below its cards (-1: the unassigned column). */
    QPoint columnDropPoint(int station) const;
    /** Moves a task as a drop would, with the same checks; false with message() set when refused. */
    bool moveTask(const QString &taskId, int station);
    QString message() const { return mMessage; }
    /** The station (0-based) the line's last simulation found to be the bottleneck; -1: none. */
    int bottleneckStation() const;
    /** The tooltip of the bottleneck marker; empty without a simulated bottleneck. */
    QString bottleneckTip() const;
    /** The header rectangle of a station's column (where the bottleneck marker sits). */
    QRect stationHeader(int station) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void messageChanged(const QString &text, bool error);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    struct Card {
        QString taskId;
        QRect rect;
    };
    struct Column {
        /** -1 for the unassigned tasks. */
        int station = -1;
        QRect rect;
        std::vector<Card> cards;
    };

    void relayout();
    /** Column index under a point, -2 when none. */
    int stationAt(const QPoint &pos) const;
    const Card *cardAt(const QPoint &pos) const;
    void setMessage(const QString &text, bool error);

    LineContext *mContext;
    std::vector<Column> mColumns;
    int mColumnWidth = 100;
    QString mDragTask;
    QPoint mDragOffset;
    QPoint mDragPos;
    QString mMessage;
};

} // namespace taktflow::app
