// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/flow/layoutanalysis.h"

#include <QObject>
#include <QSet>

#include <memory>
#include <vector>

namespace taktflow::app {

class ProjectDocument;

/**
 * The live geometry, flow and KPI analysis of the current variant. A moved item is re-checked
 * at once (fast enough for every drag step) and the findings are collected once the step's
 * events are handled, however many items it moved; structural edits (items added or removed, another
 * variant) rebuild the analysis once the event loop is idle, so a paste of 500 items costs one
 * rebuild. The findings dock, KPI panel, from-to table and the canvas highlights follow updated().
 */
class LiveAnalysis : public QObject
{
    Q_OBJECT

public:
    explicit LiveAnalysis(ProjectDocument *document, QObject *parent = nullptr);
    ~LiveAnalysis() override;

    /** Null while the document has no current variant. */
    const core::LayoutAnalysis *analysis() const { return mAnalysis.get(); }
    const std::vector<core::LayoutFinding> &findings() const { return mFindings; }
    /** Items taking part in an overlap or clearance violation, for live highlighting. */
    const QSet<QString> &conflictingItems() const { return mConflicting; }
    /** Runs a pending rebuild or findings update now (tests, screenshots). */
    void flush();

signals:
    /** KPIs and findings changed. findingsChanged is false when only figures moved. */
    void updated(bool findingsChanged);

private:
    void scheduleRebuild();
    void rebuild();
    void itemChanged(const QString &variantId, const QString &itemId);
    void collect();
    void collectAndNotify();

    ProjectDocument *mDocument;
    std::unique_ptr<core::LayoutAnalysis> mAnalysis;
    std::vector<core::LayoutFinding> mFindings;
    QSet<QString> mConflicting;
    bool mRebuildPending = false;
    bool mCollectPending = false;
};

} // namespace taktflow::app
