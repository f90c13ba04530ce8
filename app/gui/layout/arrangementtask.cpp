// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/arrangementtask.h"

#include "app/document/commands/cmdvariant.h"
#include "app/document/commands/itemproperties.h"
#include "app/document/projectdocument.h"
#include "app/gui/jobrunner.h"
#include "app/gui/layout/arrangementdialogs.h"
#include "core/layout/footprint.h"
#include "core/layout/geometrychecker.h"

#include <QUndoStack>

#include <algorithm>

namespace taktflow::app {

namespace {

// Docks sit in the building wall and conveyors join their neighbours, so neither trades
// places with a machine unless the user selects it on purpose.
bool movableByDefault(const core::LayoutItem &item)
{
    if (item.fixed || !core::isSolid(item.type) || core::isBuildingOutline(item))
        return false;
    switch (item.type) {
    case core::ItemType::Machine:
    case core::ItemType::Workstation:
    case core::ItemType::Storage:
    case core::ItemType::Rack: return true;
    default: return false;
    }
}

int overlapsOf(const core::Variant &variant)
{
    core::GeometrySummary summary;
    core::checkGeometry(variant, &summary);
    return summary.overlaps;
}

// Everything the dialog shows, computed on the worker thread (flow analysis and geometry
// checks of two variants are too slow for the GUI thread on large plants).
ArrangementOutcome runSearch(const core::Project &project, const core::Variant &variant,
                             const ArrangementRequest &request, JobControl &control)
{
    ArrangementOutcome out;
    out.variantId = variant.id;
    out.source = variant;
    core::QapOptions options;
    options.timeLimitS = request.timeLimitS;
    options.seed = request.seed;
    options.stopToken = control.stopToken();
    options.progress = [&control, limit = request.timeLimitS](const core::QapProgress &progress) {
        control.setProgress(std::clamp(progress.seconds / limit, 0.0, 1.0));
    };
    const std::vector<core::ArrangementSlot> places = request.grid ? request.grid->places()
                                                                   : std::vector<core::ArrangementSlot>();
    out.suggestion = core::suggestArrangement(variant, request.movableIds, places, options);
    out.cancelled = out.suggestion.qap.cancelled;
    if (!out.suggestion.error.isEmpty())
        return out;
    out.flowBefore = core::FlowAnalysis(project, variant, variant.distanceMetric).totals();
    out.flowAfter = core::FlowAnalysis(project, out.suggestion.variant, variant.distanceMetric).totals();
    out.overlapsBefore = overlapsOf(variant);
    out.overlapsAfter = overlapsOf(out.suggestion.variant);
    return out;
}

} // namespace

std::vector<core::ArrangementSlot> ArrangementGrid::places() const
{
    std::vector<core::ArrangementSlot> out;
    for (int row = 0; row < rows; ++row) {
        for (int column = 0; column < columns; ++column)
            out.push_back({{firstXM + column * spacingXM, firstYM + row * spacingYM}, std::nullopt});
    }
    return out;
}

bool ArrangementOutcome::changesLayout() const
{
    if (!suggestion.error.isEmpty())
        return false;
    return suggestion.variant.items != source.items;
}

ArrangementTask::ArrangementTask(ProjectDocument *document, JobRunner *jobs, QWidget *dialogParent)
    : QObject(dialogParent)
    , mDocument(document)
    , mJobs(jobs)
    , mParent(dialogParent)
{
}

QStringList ArrangementTask::defaultMovableIds() const
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant)
        return {};
    QStringList selected;
    QStringList all;
    for (const core::LayoutItem &item : variant->items) {
        const bool selectable = !item.fixed && core::isSolid(item.type) && !core::isBuildingOutline(item) &&
                                item.type != core::ItemType::Wall && item.type != core::ItemType::Column;
        if (selectable && mDocument->selection().contains(item.id))
            selected << item.id;
        if (movableByDefault(item))
            all << item.id;
    }
    return selected.size() >= 2 ? selected : all;
}

void ArrangementTask::suggestDialog()
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant || mJobs->isRunning())
        return;
    ArrangementSetupDialog dialog(*variant, defaultMovableIds(), mParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setShowResultDialog(true);
    if (!start(dialog.request())) {
        setShowResultDialog(false);
        emit message(tr("Choose at least two items that may move."));
    }
}

bool ArrangementTask::start(const ArrangementRequest &request)
{
    const core::Variant *current = mDocument->currentVariant();
    if (!current || mJobs->isRunning() || request.movableIds.size() < 2 || !(request.timeLimitS > 0))
        return false;
    const core::Project project = mDocument->project();
    const core::Variant variant = *current;
    return mJobs->start(
        tr("Suggesting an arrangement for %1").arg(variant.name),
        [project, variant, request](JobControl &control) -> QVariant {
            auto outcome = std::make_shared<const ArrangementOutcome>(runSearch(project, variant, request, control));
            return QVariant::fromValue(outcome);
        },
        [this](const QVariant &value, bool) {
            mOutcome = value.value<std::shared_ptr<const ArrangementOutcome>>();
            if (!mOutcome) {
                emit message(tr("The arrangement search failed."));
            } else if (!mOutcome->suggestion.error.isEmpty()) {
                emit message(mOutcome->suggestion.error);
            } else if (mShowResultDialog) {
                showResult();
            }
            mShowResultDialog = false;
            emit finished();
        });
}

void ArrangementTask::showResult()
{
    auto *dialog = new ArrangementResultDialog(*mOutcome, mParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ArrangementResultDialog::addAsVariantRequested, this, &ArrangementTask::applyAsNewVariant);
    connect(dialog, &ArrangementResultDialog::applyToCurrentRequested, this, &ArrangementTask::applyToCurrent);
    dialog->open();
}

bool ArrangementTask::applyAsNewVariant()
{
    if (!mOutcome || !mOutcome->changesLayout())
        return false;
    core::Variant suggested = mOutcome->suggestion.variant;
    suggested.id = uniqueVariantId(mDocument->project());
    mDocument->undoStack()->push(new CmdVariantAdd(mDocument, suggested, int(mDocument->project().variants.size()),
                                                   tr("Add suggested arrangement")));
    emit message(tr("Added %1").arg(suggested.name));
    return true;
}

bool ArrangementTask::applyToCurrent()
{
    if (!mOutcome || !mOutcome->changesLayout())
        return false;
    const core::Variant *variant = mDocument->project().findVariant(mOutcome->variantId);
    // The suggestion was computed for the items as they were; after other edits it is stale.
    if (!variant || variant->items != mOutcome->source.items) {
        emit message(tr("The layout changed since the search started; run Suggest Arrangement again."));
        return false;
    }
    std::vector<CmdItemPlace::Change> changes;
    for (const core::LayoutItem &item : mOutcome->suggestion.variant.items) {
        const core::LayoutItem *before = variant->findItem(item.id);
        if (before && Placement::of(*before) != Placement::of(item))
            changes.emplace_back(item.id, Placement::of(item));
    }
    const QString variantId = variant->id;
    const QString name = variant->name;
    mDocument->setCurrentVariant(variantId);
    auto *command = new CmdItemPlace(mDocument, variantId, std::move(changes));
    command->setText(tr("Apply suggested arrangement"));
    mDocument->undoStack()->push(command);
    emit message(tr("%1: suggested arrangement applied").arg(name));
    return true;
}

} // namespace taktflow::app
