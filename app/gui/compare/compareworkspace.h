// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compare/comparison.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QListWidget;
class QTableWidget;
class QTableWidgetItem;
class QTimer;

namespace taktflow::app {

class LayoutThumbnails;
class ProjectDocument;

/**
 * Layout alternatives side by side: the KPI table (best per row marked, deltas against a
 * baseline), editable KPI weights (stored in the project, undoable), the ranked list, layout
 * thumbnails at one scale and the difference view of two variants.
 */
class CompareWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit CompareWorkspace(ProjectDocument *document, QWidget *parent = nullptr);

    /** The comparison currently shown (for tests and the report). */
    const core::Comparison &comparison() const { return mComparison; }
    QTableWidget *table() const { return mTable; }
    QListWidget *variantChooser() const { return mVariants; }
    QListWidget *ranking() const { return mRanking; }
    /** Above the ranking: which weights it uses (the project's, or equal ones when none are set). */
    QLabel *rankingTitle() const { return mRankingTitle; }
    /** Recomputes at once instead of after the short delay that batches edits. */
    void refreshNow();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void rebuildChoices();
    void scheduleRefresh();
    void fillTable();
    QTableWidgetItem *valueCell(const core::ComparisonRow &row, int variant) const;
    void describeSimulation(QTableWidgetItem *cell, int variant) const;
    void updateThumbnails();
    QStringList chosenVariantIds() const;

    ProjectDocument *mDocument;
    QListWidget *mVariants;
    QComboBox *mBaseline;
    QTableWidget *mTable;
    QListWidget *mRanking;
    QLabel *mRankingTitle;
    QComboBox *mDiffFrom;
    QComboBox *mDiffTo;
    QLabel *mDiffArrow;
    QComboBox *mThumbMode;
    LayoutThumbnails *mThumbnails;
    QTimer *mRefreshTimer;
    core::Comparison mComparison;
    bool mFilling = false;
    /** Edits arrived while the page was hidden; recompute when it is shown. */
    bool mStale = false;
};

} // namespace taktflow::app
