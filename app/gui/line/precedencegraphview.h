// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QGraphicsView>
#include <QHash>
#include <QPointer>

class QGraphicsLineItem;
class QLabel;
class QTimer;

namespace taktflow::app {

class LineContext;
class PrecedenceEdgeItem;
class PrecedenceNodeItem;

/**
 * The precedence diagram of the shown line: tasks as boxes in columns by precedence rank,
 * arrows for precedences. Drag from one task to another to add "first before second", or to
 * remove it when it exists; a precedence that would close a cycle is refused with a message.
 * Select an arrow and press Delete to remove it. Click a task to highlight everything before it
 * (blue) and after it (orange). Drag the background to pan, the wheel zooms.
 */
class PrecedenceGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit PrecedenceGraphView(LineContext *context, QWidget *parent = nullptr);

    /** Centre of a task's box in viewport coordinates (tests drive the mouse with it). */
    QPoint nodeCentre(const QString &taskId) const;
    /** The task whose relatives are highlighted; empty for none. */
    QString focusTask() const { return mFocus; }
    void setFocusTask(const QString &taskId);
    /** Tasks highlighted as coming before / after the focus task. */
    QStringList highlightedPredecessors() const;
    QStringList highlightedSuccessors() const;
    /** The last refusal or note shown over the diagram. */
    QString message() const;
    /** Adds or removes (when it exists) the precedence before -> after; false when refused. */
    bool togglePrecedence(const QString &before, const QString &after);
    double zoom() const { return transform().m11(); }

signals:
    void messageChanged(const QString &text);

protected:
    bool event(QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void rebuild();
    void applyHighlight();
    void showMessage(const QString &text, bool error);
    PrecedenceNodeItem *nodeAt(const QPoint &viewportPos) const;

    LineContext *mContext;
    QHash<QString, PrecedenceNodeItem *> mNodes;
    QList<PrecedenceEdgeItem *> mEdges;
    QString mFocus;
    QString mLinkFrom;
    QGraphicsLineItem *mRubber = nullptr;
    QLabel *mMessage;
    QTimer *mHideMessage;
};

} // namespace taktflow::app
