// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/precedencegraphview.h"

#include "app/document/commands/cmdline.h"
#include "app/document/commands/lineedits.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/line/precedencegraphitems.h"
#include "app/gui/line/precedenceranks.h"

#include <QGraphicsLineItem>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QSet>
#include <QTimer>
#include <QWheelEvent>

#include <cmath>
#include <map>

namespace taktflow::app {

namespace {

constexpr double kColumnSpacing = 130.0;
constexpr double kRowSpacing = 66.0;

/** Every task reachable from `start` following `next` (predecessors or successors). */
QSet<QString> closure(const QString &start, const QHash<QString, QStringList> &next)
{
    QSet<QString> seen;
    QStringList stack = next.value(start);
    while (!stack.isEmpty()) {
        const QString id = stack.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        stack << next.value(id);
    }
    return seen;
}

} // namespace

PrecedenceGraphView::PrecedenceGraphView(LineContext *context, QWidget *parent)
    : QGraphicsView(parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("precedenceGraph"));
    setScene(new QGraphicsScene(this));
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setBackgroundBrush(QColor(0xfb, 0xfb, 0xfc));
    setAccessibleName(tr("Precedence graph"));
    mMessage = new QLabel(this);
    mMessage->setObjectName(QStringLiteral("graphMessage"));
    mMessage->setMargin(6);
    mMessage->move(8, 8);
    mMessage->hide();
    mHideMessage = new QTimer(this);
    mHideMessage->setSingleShot(true);
    mHideMessage->setInterval(8000);
    connect(mHideMessage, &QTimer::timeout, mMessage, &QLabel::hide);
    showMessage(tr("Drag from one task to another to add a precedence; drag again to remove it. "
                   "Click a task to highlight its predecessors and successors."),
                false);
    connect(context, &LineContext::lineChanged, this, &PrecedenceGraphView::rebuild);
    rebuild();
}

void PrecedenceGraphView::rebuild()
{
    mRubber = nullptr;
    mLinkFrom.clear();
    scene()->clear();
    mNodes.clear();
    mEdges.clear();
    const core::ProductionLine *line = mContext->line();
    if (!line)
        return;
    const std::vector<int> ranks = precedenceRanks(*line);
    std::map<int, int> rowsInColumn;
    const QLocale locale;
    for (std::size_t i = 0; i < line->tasks.size(); ++i) {
        const core::Task &task = line->tasks[i];
        auto *node = new PrecedenceNodeItem(
            task.id, task.id + QLatin1Char('\n') + tr("%1 s").arg(locale.toString(task.timeS, 'g', 6)), task.automated);
        node->setToolTip(task.name.isEmpty() ? task.id : QStringLiteral("%1: %2").arg(task.id, task.name));
        const int column = ranks[i];
        node->setPos(column * kColumnSpacing, rowsInColumn[column]++ * kRowSpacing);
        scene()->addItem(node);
        mNodes.insert(task.id, node);
    }
    for (const auto &task : line->tasks) {
        for (const QString &before : task.predecessors) {
            if (mNodes.contains(before)) {
                auto *edge = new PrecedenceEdgeItem(mNodes.value(before), mNodes.value(task.id));
                scene()->addItem(edge);
                mEdges << edge;
            }
        }
    }
    if (!mNodes.contains(mFocus))
        mFocus.clear();
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-60, -60, 60, 60));
    applyHighlight();
}

void PrecedenceGraphView::setFocusTask(const QString &taskId)
{
    mFocus = mNodes.contains(taskId) ? taskId : QString();
    applyHighlight();
}

void PrecedenceGraphView::applyHighlight()
{
    const core::ProductionLine *line = mContext->line();
    QSet<QString> before, after;
    if (line && !mFocus.isEmpty()) {
        QHash<QString, QStringList> predecessors, successors;
        for (const auto &task : line->tasks) {
            predecessors.insert(task.id, task.predecessors);
            for (const QString &p : task.predecessors)
                successors[p] << task.id;
        }
        before = closure(mFocus, predecessors);
        after = closure(mFocus, successors);
    }
    for (auto it = mNodes.cbegin(); it != mNodes.cend(); ++it) {
        const QString &id = it.key();
        it.value()->setMark(id == mFocus          ? GraphMark::Focus
                            : before.contains(id) ? GraphMark::Before
                            : after.contains(id)  ? GraphMark::After
                                                  : GraphMark::None);
    }
    for (PrecedenceEdgeItem *edge : std::as_const(mEdges)) {
        const bool intoBefore =
            (before.contains(edge->toId()) || edge->toId() == mFocus) && before.contains(edge->fromId());
        const bool outOfAfter =
            (after.contains(edge->fromId()) || edge->fromId() == mFocus) && after.contains(edge->toId());
        edge->setMark(intoBefore ? GraphMark::Before : outOfAfter ? GraphMark::After : GraphMark::None);
    }
}

QStringList PrecedenceGraphView::highlightedPredecessors() const
{
    QStringList ids;
    for (auto it = mNodes.cbegin(); it != mNodes.cend(); ++it) {
        if (it.value()->mark() == GraphMark::Before)
            ids << it.key();
    }
    ids.sort();
    return ids;
}

QStringList PrecedenceGraphView::highlightedSuccessors() const
{
    QStringList ids;
    for (auto it = mNodes.cbegin(); it != mNodes.cend(); ++it) {
        if (it.value()->mark() == GraphMark::After)
            ids << it.key();
    }
    ids.sort();
    return ids;
}

QPoint PrecedenceGraphView::nodeCentre(const QString &taskId) const
{
    const PrecedenceNodeItem *node = mNodes.value(taskId);
    return node ? mapFromScene(node->pos()) : QPoint(-1, -1);
}

QString PrecedenceGraphView::message() const
{
    return mMessage->text();
}

void PrecedenceGraphView::showMessage(const QString &text, bool error)
{
    mMessage->setText(text);
    mMessage->setStyleSheet(
        error ? QStringLiteral("background: #fde8ea; color: #b00020; border: 1px solid #e6a1aa;")
              : QStringLiteral("background: rgba(255,255,255,220); color: #444; border: 1px solid #ddd;"));
    mMessage->setWordWrap(true);
    mMessage->setMaximumWidth(std::max(240, viewport()->width() - 20));
    mMessage->adjustSize();
    mMessage->show();
    // Notes give way to the diagram after a while; refusals stay until the next action.
    if (error)
        mHideMessage->stop();
    else
        mHideMessage->start();
    emit messageChanged(text);
}

bool PrecedenceGraphView::togglePrecedence(const QString &before, const QString &after)
{
    const core::ProductionLine *line = mContext->line();
    if (!line || before == after)
        return false;
    const int index = lineedits::taskIndex(*line, after);
    if (index < 0 || lineedits::taskIndex(*line, before) < 0)
        return false;
    const bool exists = line->tasks[std::size_t(index)].predecessors.contains(before);
    if (!exists && lineedits::reaches(*line, after, before)) {
        showMessage(
            tr("Refused: %1 before %2 would close a cycle, because %2 already comes before %1.").arg(before, after),
            true);
        return false;
    }
    mContext->push(new CmdPrecedenceSet(mContext->document(), mContext->variantId(), line->id, before, after, !exists));
    showMessage(exists ? tr("Removed: %1 before %2.").arg(before, after)
                       : tr("Added: %1 before %2.").arg(before, after),
                false);
    return true;
}

PrecedenceNodeItem *PrecedenceGraphView::nodeAt(const QPoint &viewportPos) const
{
    const QList<QGraphicsItem *> hits = items(viewportPos);
    for (QGraphicsItem *hit : hits) {
        if (auto *node = dynamic_cast<PrecedenceNodeItem *>(hit))
            return node;
    }
    return nullptr;
}

void PrecedenceGraphView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        if (PrecedenceNodeItem *node = nodeAt(event->position().toPoint())) {
            mLinkFrom = node->taskId();
            mRubber =
                scene()->addLine(QLineF(node->pos(), node->pos()), QPen(QColor(0x1f, 0x6f, 0xc5), 1.5, Qt::DashLine));
            mRubber->setZValue(2);
            event->accept();
            return;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

void PrecedenceGraphView::mouseMoveEvent(QMouseEvent *event)
{
    if (!mLinkFrom.isEmpty() && mRubber) {
        mRubber->setLine(QLineF(mNodes.value(mLinkFrom)->pos(), mapToScene(event->position().toPoint())));
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PrecedenceGraphView::mouseReleaseEvent(QMouseEvent *event)
{
    if (mLinkFrom.isEmpty()) {
        QGraphicsView::mouseReleaseEvent(event);
        return;
    }
    const QString from = mLinkFrom;
    mLinkFrom.clear();
    delete mRubber;
    mRubber = nullptr;
    event->accept();
    PrecedenceNodeItem *target = nodeAt(event->position().toPoint());
    if (!target)
        return;
    if (target->taskId() == from) {
        // A click: toggle the highlight of this task's relatives.
        setFocusTask(mFocus == from ? QString() : from);
        return;
    }
    togglePrecedence(from, target->taskId());
}

void PrecedenceGraphView::wheelEvent(QWheelEvent *event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double next = std::clamp(zoom() * factor, 0.2, 5.0);
    scale(next / zoom(), next / zoom());
    event->accept();
}

bool PrecedenceGraphView::event(QEvent *event)
{
    // Delete removes the selected arrow here, not the window's selected layout items.
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if ((key->matches(QKeySequence::Delete) || key->key() == Qt::Key_Backspace) &&
            !scene()->selectedItems().isEmpty()) {
            event->accept();
            return true;
        }
    }
    return QGraphicsView::event(event);
}

void PrecedenceGraphView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) || event->key() == Qt::Key_Backspace) {
        for (QGraphicsItem *item : scene()->selectedItems()) {
            if (auto *edge = dynamic_cast<PrecedenceEdgeItem *>(item)) {
                togglePrecedence(edge->fromId(), edge->toId());
                event->accept();
                return;
            }
        }
    }
    if (event->key() == Qt::Key_Escape)
        setFocusTask({});
    QGraphicsView::keyPressEvent(event);
}

} // namespace taktflow::app
