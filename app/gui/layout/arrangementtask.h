// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/arrangement/arrangementsolver.h"
#include "core/flow/flowanalysis.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

class QWidget;

namespace taktflow::app {

class JobRunner;
class ProjectDocument;

/** A rectangular grid of slots, row by row from the first slot's centre (floor metres, y up). */
struct ArrangementGrid {
    double firstXM = 0.0;
    double firstYM = 0.0;
    double spacingXM = 6.0;
    double spacingYM = 6.0;
    int columns = 1;
    int rows = 1;
    std::vector<core::ArrangementSlot> places() const;
};

/** What Layout > Suggest Arrangement searches: which items may go where, for how long. */
struct ArrangementRequest {
    /** Items that may move. */
    QStringList movableIds;
    double timeLimitS = 5.0;
    quint64 seed = 1;
    /** Slots to place the items on; none: the items trade their current places. */
    std::optional<ArrangementGrid> grid;
};

/** A finished search and the figures the result dialog shows, before and after. */
struct ArrangementOutcome {
    QString variantId;
    /** The variant as it was when the search started: applying checks it is still so. */
    core::Variant source;
    core::ArrangementSuggestion suggestion;
    core::FlowTotals flowBefore;
    core::FlowTotals flowAfter;
    int overlapsBefore = 0;
    int overlapsAfter = 0;
    bool cancelled = false;
    /** True when at least one item would move. */
    bool changesLayout() const;
};

/**
 * "Suggest a better arrangement" for the GUI: chooses the items, runs suggestArrangement()
 * (the QAP search) on a worker thread with progress and Cancel, shows the flow figures before
 * and after, and applies the answer either as a new variant or to the current variant, each
 * as one undoable command. The *Dialog functions ask; the others are what tests call.
 */
class ArrangementTask : public QObject
{
    Q_OBJECT

public:
    ArrangementTask(ProjectDocument *document, JobRunner *jobs, QWidget *dialogParent);

    /**
     * The items the search would move by default: the selected ones when two or more movable
     * items are selected, else every movable item of the current variant. Movable means not
     * fixed and solid floor equipment (no aisles, zones, walls, columns or building outlines).
     */
    QStringList defaultMovableIds() const;

    /** Asks for the items' scope and the time limit, then starts the search; the result dialog follows. */
    void suggestDialog();
    /** Starts the search on the current variant; false when a job runs or the request is unusable. */
    bool start(const ArrangementRequest &request);
    /** The last finished search, or null. */
    std::shared_ptr<const ArrangementOutcome> outcome() const { return mOutcome; }

    /** Adds the suggestion as a new variant (one command) and makes it current. */
    bool applyAsNewVariant();
    /**
     * Moves the items of the variant the search ran on, as one command. Refused (false, message)
     * when that variant was changed or removed since the search started.
     */
    bool applyToCurrent();

    /** Whether start() opens the result dialog when the search ends (the menu entry does). */
    void setShowResultDialog(bool show) { mShowResultDialog = show; }

signals:
    void message(const QString &text);
    /** A search ended (also when cancelled or failed); outcome() holds it unless it failed. */
    void finished();

private:
    void showResult();

    ProjectDocument *mDocument;
    JobRunner *mJobs;
    QWidget *mParent;
    std::shared_ptr<const ArrangementOutcome> mOutcome;
    bool mShowResultDialog = false;
};

} // namespace taktflow::app
