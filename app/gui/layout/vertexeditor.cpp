// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/vertexeditor.h"

#include "app/document/commands/itemproperties.h"
#include "app/document/projectdocument.h"
#include "app/gui/layout/layoutitemgraphic.h"
#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layoutview.h"
#include "core/layout/outlinecheck.h"

#include <QCoreApplication>
#include <QLineF>
#include <QPainter>

namespace taktflow::app {

namespace {

constexpr double kPickPx = 7.0;

} // namespace

LayoutItemGraphic *VertexEditor::target() const
{
    const LayoutScene *scene = mView->layoutScene();
    const QSet<QString> &selection = scene->document()->selection();
    if (selection.size() != 1)
        return nullptr;
    LayoutItemGraphic *graphic = scene->graphicFor(*selection.cbegin());
    if (!graphic)
        return nullptr;
    const core::LayoutItem &item = graphic->item();
    const bool polygonal = item.type == core::ItemType::Zone || item.outlineM.size() >= core::kMinOutlineVertices;
    return polygonal ? graphic : nullptr;
}

int VertexEditor::selectedVertex() const
{
    const LayoutItemGraphic *graphic = target();
    return graphic && graphic->itemId() == mSelectedItem ? mSelected : -1;
}

void VertexEditor::setSelectedVertex(int vertex)
{
    const LayoutItemGraphic *graphic = target();
    mSelected = graphic ? vertex : -1;
    mSelectedItem = graphic ? graphic->itemId() : QString();
}

std::vector<QPointF> VertexEditor::vertexHandles() const
{
    std::vector<QPointF> handles;
    const LayoutItemGraphic *graphic = target();
    if (!graphic)
        return handles;
    for (const core::PointM &p : core::editableOutline(graphic->item()))
        handles.push_back(mView->mapFromScene(graphic->mapToScene(QPointF(p.xM, -p.yM))).toPointF());
    return handles;
}

std::optional<int> VertexEditor::vertexAt(const QPoint &viewportPos) const
{
    const std::vector<QPointF> handles = vertexHandles();
    for (int i = 0; i < int(handles.size()); ++i) {
        if (QLineF(handles[std::size_t(i)], QPointF(viewportPos)).length() <= kPickPx)
            return i;
    }
    return std::nullopt;
}

core::PointM VertexEditor::toLocal(const QPointF &scenePos) const
{
    const LayoutItemGraphic *graphic = mView->layoutScene()->graphicFor(mDragItem);
    const QPointF local = graphic ? graphic->mapFromScene(scenePos) : QPointF();
    return {local.x(), -local.y()};
}

void VertexEditor::push(const Shape &shape, bool open, const QString &text)
{
    ProjectDocument *document = mView->layoutScene()->document();
    const core::Variant *variant = document->currentVariant();
    if (!variant || !variant->findItem(mDragItem))
        return;
    auto *command = new CmdItemReshape(document, variant->id, {{mDragItem, shape}}, open);
    command->setText(text);
    document->undoStack()->push(command);
}

void VertexEditor::beginDrag(int vertex)
{
    const LayoutItemGraphic *graphic = target();
    if (!graphic)
        return;
    mDragItem = graphic->itemId();
    mDragStart = core::editableOutline(graphic->item());
    mStartShape = Shape::of(graphic->item());
    if (vertex < 0 || vertex >= int(mDragStart.size()))
        return;
    mDragVertex = vertex;
    setSelectedVertex(vertex);
    mDragLast = mDragStart;
    mPushed = false;
}

void VertexEditor::dragTo(const QPointF &scenePos)
{
    if (mDragVertex < 0)
        return;
    mDragLast = mDragStart;
    mDragLast[std::size_t(mDragVertex)] = toLocal(scenePos);
    push(Shape::fromOutline(mDragLast), true, tr("Move corner"));
    mPushed = true;
}

QString VertexEditor::finishDrag(bool cancel)
{
    QString problem;
    if (mPushed) {
        problem = cancel ? QString() : core::outlineProblem(mDragLast);
        // Closing the open command with the result, or with the exact start shape (a rectangle
        // stays a rectangle), which makes the command obsolete and drops it from the stack.
        if (!cancel && problem.isEmpty())
            push(Shape::fromOutline(mDragLast), false, tr("Move corner"));
        else
            push(mStartShape, false, tr("Move corner"));
    }
    mDragVertex = -1;
    mPushed = false;
    return problem.isEmpty() ? QString() : tr("Corner not moved: %1").arg(problem);
}

bool VertexEditor::insertAt(const QPoint &viewportPos, QString *problem)
{
    const LayoutItemGraphic *graphic = target();
    if (!graphic)
        return false;
    const std::vector<core::PointM> outline = core::editableOutline(graphic->item());
    const std::vector<QPointF> handles = vertexHandles();
    const QPointF at(viewportPos);
    for (std::size_t i = 0; i < handles.size(); ++i) {
        const QPointF a = handles[i];
        const QPointF b = handles[(i + 1) % handles.size()];
        const QPointF d = b - a;
        const double lengthSq = QPointF::dotProduct(d, d);
        if (lengthSq < 1e-9)
            continue;
        const double t = QPointF::dotProduct(at - a, d) / lengthSq;
        if (t <= 0.0 || t >= 1.0 || QLineF(at, a + t * d).length() > kPickPx)
            continue;
        // The new corner lies exactly on the edge, so the outline keeps its shape.
        const core::PointM p0 = outline[i];
        const core::PointM p1 = outline[(i + 1) % outline.size()];
        std::vector<core::PointM> result = outline;
        result.insert(result.begin() + std::ptrdiff_t(i + 1),
                      core::PointM{p0.xM + t * (p1.xM - p0.xM), p0.yM + t * (p1.yM - p0.yM)});
        const QString invalid = core::outlineProblem(result);
        if (!invalid.isEmpty()) {
            *problem = tr("Corner not inserted: %1").arg(invalid);
            return true;
        }
        mDragItem = graphic->itemId();
        push(Shape::fromOutline(result), false, tr("Insert corner"));
        setSelectedVertex(int(i + 1));
        return true;
    }
    return false;
}

QString VertexEditor::removeVertex(int vertex)
{
    const LayoutItemGraphic *graphic = target();
    if (!graphic)
        return {};
    std::vector<core::PointM> outline = core::editableOutline(graphic->item());
    if (vertex < 0 || vertex >= int(outline.size()))
        return {};
    if (outline.size() <= core::kMinOutlineVertices)
        return tr("Corner not deleted: an outline keeps at least three corners");
    outline.erase(outline.begin() + vertex);
    const QString invalid = core::outlineProblem(outline);
    if (!invalid.isEmpty())
        return tr("Corner not deleted: %1").arg(invalid);
    mDragItem = graphic->itemId();
    push(Shape::fromOutline(outline), false, tr("Delete corner"));
    setSelectedVertex(-1);
    return {};
}

void VertexEditor::paint(QPainter &painter) const
{
    const std::vector<QPointF> handles = vertexHandles();
    const int selected = selectedVertex();
    painter.setPen(QPen(QColor(20, 110, 230), 1));
    for (int i = 0; i < int(handles.size()); ++i) {
        painter.setBrush(i == selected ? QColor(20, 110, 230) : QColor(Qt::white));
        painter.drawRect(QRectF(handles[std::size_t(i)] - QPointF(4, 4), QSizeF(8, 8)));
    }
}

} // namespace taktflow::app
