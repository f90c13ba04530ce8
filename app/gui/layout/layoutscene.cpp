// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/layoutscene.h"

#include "app/document/projectdocument.h"
#include "app/gui/layout/backgroundplangraphic.h"
#include "app/gui/layout/bottleneckmarker.h"
#include "app/gui/layout/flowoverlay.h"
#include "app/gui/liveanalysis.h"

#include <QLineF>

#include <algorithm>

namespace taktflow::app {

LayoutScene::LayoutScene(ProjectDocument *document, LiveAnalysis *analysis, QObject *parent)
    : QGraphicsScene(parent), mDocument(document), mAnalysis(analysis)
{
    // Items rarely move all at once; the BSP index makes hit tests and exposed-area draws cheap.
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    mFlows = new FlowOverlay;
    addItem(mFlows);
    mBackground = new BackgroundPlanGraphic;
    addItem(mBackground);
    mBottleneck = new BottleneckMarker;
    addItem(mBottleneck);

    connect(document, &ProjectDocument::projectReset, this, &LayoutScene::rebuild);
    connect(document, &ProjectDocument::currentVariantChanged, this, &LayoutScene::rebuild);
    connect(document, &ProjectDocument::variantsChanged, this, [this] {
        // Variants may have moved in memory; the overlay re-reads its variant.
        mFlows->setVariant(variant());
    });
    connect(document, &ProjectDocument::variantContentChanged, this, [this](const QString &variantId) {
        if (variantId == mVariantId)
            rebuild();
    });
    connect(document, &ProjectDocument::linesChanged, this, [this](const QString &variantId) {
        // A stored simulation result moves the bottleneck mark; nothing else on the floor changes.
        if (variantId == mVariantId)
            mBottleneck->setVariant(variant());
    });
    connect(document, &ProjectDocument::backgroundChanged, this, [this](const QString &variantId) {
        if (variantId == mVariantId)
            showBackground();
    });
    connect(document, &ProjectDocument::itemAdded, this, &LayoutScene::onItemAdded);
    connect(document, &ProjectDocument::itemRemoved, this, &LayoutScene::onItemRemoved);
    connect(document, &ProjectDocument::itemChanged, this, &LayoutScene::onItemChanged);
    connect(document, &ProjectDocument::selectionChanged, this, &LayoutScene::onSelectionChanged);
    connect(analysis, &LiveAnalysis::updated, this, &LayoutScene::onAnalysisUpdated);
    rebuild();
}

const core::Variant *LayoutScene::variant() const
{
    return mDocument->project().findVariant(mVariantId);
}

void LayoutScene::rebuild()
{
    for (LayoutItemGraphic *graphic : std::as_const(mGraphics)) {
        removeItem(graphic);
        delete graphic;
    }
    mGraphics.clear();
    mMarkedSelected.clear();
    mMarkedConflicting.clear();
    mVariantId = mDocument->currentVariantId();
    const core::Variant *v = variant();
    if (v) {
        mGraphics.reserve(qsizetype(v->items.size()));
        for (const auto &item : v->items)
            addGraphic(item);
    }
    mFlows->setVariant(v);
    mBottleneck->setVariant(v);
    showBackground();
    onSelectionChanged(mDocument->selection());
    onAnalysisUpdated();
    const QRectF content = contentRect();
    setSceneRect(content.adjusted(-content.width(), -content.height(), content.width(), content.height()));
    emit contentChanged();
}

void LayoutScene::showBackground()
{
    const core::Variant *v = variant();
    const QString error = mBackground->showPlan(v ? v->background : std::nullopt);
    if (!error.isEmpty())
        emit backgroundProblem(error);
}

void LayoutScene::addGraphic(const core::LayoutItem &item)
{
    auto *graphic = new LayoutItemGraphic(item);
    graphic->setColourMode(mColourMode);
    addItem(graphic);
    mGraphics.insert(item.id, graphic);
}

void LayoutScene::onItemAdded(const QString &variantId, const QString &itemId)
{
    if (variantId != mVariantId)
        return;
    if (const core::LayoutItem *item = variant()->findItem(itemId))
        addGraphic(*item);
    mFlows->setVariant(variant());
}

void LayoutScene::onItemRemoved(const QString &variantId, const QString &itemId)
{
    if (variantId != mVariantId)
        return;
    if (LayoutItemGraphic *graphic = mGraphics.take(itemId)) {
        removeItem(graphic);
        delete graphic;
    }
    mMarkedSelected.remove(itemId);
    mMarkedConflicting.remove(itemId);
    mFlows->setVariant(variant());
}

void LayoutScene::onItemChanged(const QString &variantId, const QString &itemId)
{
    if (variantId != mVariantId)
        return;
    LayoutItemGraphic *graphic = mGraphics.value(itemId);
    const core::LayoutItem *item = variant()->findItem(itemId);
    if (graphic && item)
        graphic->setItem(*item);
    // Cheap: the overlay re-reads end points on its next paint and redraws only the tiles
    // under arrows that moved.
    mFlows->itemMoved();
    mBottleneck->setVariant(variant());
}

void LayoutScene::onSelectionChanged(const QSet<QString> &itemIds)
{
    for (const QString &id : std::as_const(mMarkedSelected)) {
        if (!itemIds.contains(id)) {
            if (LayoutItemGraphic *graphic = mGraphics.value(id))
                graphic->setMarkedSelected(false);
        }
    }
    mMarkedSelected.clear();
    for (const QString &id : itemIds) {
        if (LayoutItemGraphic *graphic = mGraphics.value(id)) {
            graphic->setMarkedSelected(true);
            mMarkedSelected.insert(id);
        }
    }
}

void LayoutScene::onAnalysisUpdated()
{
    // The analysis may lag a variant switch by one event-loop turn; marks follow when it lands.
    const QSet<QString> &now = mAnalysis->conflictingItems();
    for (const QString &id : std::as_const(mMarkedConflicting)) {
        if (!now.contains(id)) {
            if (LayoutItemGraphic *graphic = mGraphics.value(id))
                graphic->setConflicting(false);
        }
    }
    mMarkedConflicting.clear();
    for (const QString &id : now) {
        if (LayoutItemGraphic *graphic = mGraphics.value(id)) {
            graphic->setConflicting(true);
            mMarkedConflicting.insert(id);
        }
    }
}

LayoutItemGraphic *LayoutScene::itemAt(const QPointF &scenePos, double pickToleranceM) const
{
    const QRectF probe(scenePos - QPointF(pickToleranceM, pickToleranceM), QSizeF(2 * pickToleranceM, 2 * pickToleranceM));
    const QList<QGraphicsItem *> hits = items(probe, Qt::IntersectsItemShape, Qt::DescendingOrder);
    // Descending z: the first hit is the topmost (equipment before aisles before zones).
    for (QGraphicsItem *hit : hits) {
        auto *graphic = dynamic_cast<LayoutItemGraphic *>(hit);
        if (!graphic)
            continue;
        if (graphic->item().type == core::ItemType::Zone) {
            const QPolygonF outline = graphic->footprintScene();
            bool nearOutline = false;
            for (qsizetype i = 0; i < outline.size() && !nearOutline; ++i) {
                const QLineF edge(outline[i], outline[(i + 1) % outline.size()]);
                const QPointF d = edge.p2() - edge.p1();
                const double lengthSq = QPointF::dotProduct(d, d);
                const double t = lengthSq > 0 ? std::clamp(QPointF::dotProduct(scenePos - edge.p1(), d) / lengthSq, 0.0, 1.0) : 0.0;
                nearOutline = QLineF(scenePos, edge.p1() + t * d).length() <= pickToleranceM;
            }
            if (!nearOutline)
                continue;
        } else if (!graphic->shape().contains(graphic->mapFromScene(scenePos))) {
            // The probe is generous for zone outlines; everything else needs a direct hit.
            continue;
        }
        return graphic;
    }
    return nullptr;
}

QRectF LayoutScene::floorRect() const
{
    const core::Variant *v = variant();
    if (!v)
        return {};
    return QRectF(0, -v->floorDepthM, v->floorWidthM, v->floorDepthM);
}

QRectF LayoutScene::contentRect() const
{
    QRectF bounds = floorRect();
    for (const LayoutItemGraphic *graphic : std::as_const(mGraphics))
        bounds = bounds.united(graphic->sceneBoundingRect());
    return bounds;
}

void LayoutScene::setFlowsVisible(bool visible)
{
    mFlows->setVisible(visible);
}

bool LayoutScene::flowsVisible() const
{
    return mFlows->isVisible();
}

void LayoutScene::setBottleneckVisible(bool visible)
{
    mBottleneck->setVisible(visible);
}

bool LayoutScene::bottleneckVisible() const
{
    return mBottleneck->isVisible();
}

void LayoutScene::setBackgroundVisible(bool visible)
{
    mBackground->setVisible(visible);
}

bool LayoutScene::backgroundVisible() const
{
    return mBackground->isVisible();
}

void LayoutScene::setColourMode(ColourMode mode)
{
    mColourMode = mode;
    for (LayoutItemGraphic *graphic : std::as_const(mGraphics))
        graphic->setColourMode(mode);
}

} // namespace taktflow::app
