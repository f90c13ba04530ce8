// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/layout/layoutitemgraphic.h"
#include "core/model/variant.h"

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

namespace taktflow::app {

class BackgroundPlanGraphic;
class BottleneckMarker;
class FlowOverlay;
class LiveAnalysis;
class ProjectDocument;

/**
 * The current variant as graphics items, kept in step with the document's typed signals:
 * one LayoutItemGraphic per layout item, the flow overlay and the background plan. Selection
 * and live conflicts are marks on the items; the document's selection is the truth.
 */
class LayoutScene : public QGraphicsScene
{
    Q_OBJECT

public:
    LayoutScene(ProjectDocument *document, LiveAnalysis *analysis, QObject *parent = nullptr);

    ProjectDocument *document() const { return mDocument; }
    QString variantId() const { return mVariantId; }
    LayoutItemGraphic *graphicFor(const QString &itemId) const { return mGraphics.value(itemId); }
    /**
     * The topmost item under a scene point (equipment over aisles over zones). Zones cover whole
     * areas, so they are hit only within pickToleranceM of their outline.
     */
    LayoutItemGraphic *itemAt(const QPointF &scenePos, double pickToleranceM = 0.5) const;
    /** Floor rectangle in scene coordinates. */
    QRectF floorRect() const;
    /** Floor plus every item, scene coordinates (what "fit to view" shows). */
    QRectF contentRect() const;

    FlowOverlay *flowOverlay() const { return mFlows; }
    BackgroundPlanGraphic *backgroundPlan() const { return mBackground; }
    void setFlowsVisible(bool visible);
    bool flowsVisible() const;
    /** Shows or hides the background plan (View > Show Background Plan); exports follow it. */
    void setBackgroundVisible(bool visible);
    bool backgroundVisible() const;
    /** The marks of each line's bottleneck from its last simulation (View menu). */
    void setBottleneckVisible(bool visible);
    bool bottleneckVisible() const;
    BottleneckMarker *bottleneckMarker() const { return mBottleneck; }
    void setColourMode(ColourMode mode);
    ColourMode colourMode() const { return mColourMode; }

signals:
    /** The floor or the set of items changed size (rulers and fit follow). */
    void contentChanged();
    /** The variant's background plan could not be drawn (damaged source); message for the user. */
    void backgroundProblem(const QString &message);

private:
    void rebuild();
    void addGraphic(const core::LayoutItem &item);
    void showBackground();
    void onItemAdded(const QString &variantId, const QString &itemId);
    void onItemRemoved(const QString &variantId, const QString &itemId);
    void onItemChanged(const QString &variantId, const QString &itemId);
    void onSelectionChanged(const QSet<QString> &itemIds);
    void onAnalysisUpdated();
    const core::Variant *variant() const;

    ProjectDocument *mDocument;
    LiveAnalysis *mAnalysis;
    QString mVariantId;
    QHash<QString, LayoutItemGraphic *> mGraphics;
    QSet<QString> mMarkedSelected;
    QSet<QString> mMarkedConflicting;
    FlowOverlay *mFlows = nullptr;
    BackgroundPlanGraphic *mBackground = nullptr;
    BottleneckMarker *mBottleneck = nullptr;
    ColourMode mColourMode = ColourMode::ByType;
};

} // namespace taktflow::app
