// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/commands/cmdline.h"

#include "app/document/commands/lineedits.h"
#include "app/document/projectdocument.h"

#include <QCoreApplication>

namespace taktflow::app {

namespace {

const core::ProductionLine &findLine(const ProjectDocument *document, const QString &variantId, const QString &lineId)
{
    const core::Variant *variant = document->project().findVariant(variantId);
    Q_ASSERT(variant);
    for (const auto &line : variant->lines) {
        if (line.id == lineId)
            return line;
    }
    Q_ASSERT_X(false, "CmdLineChange", "no such line");
    static const core::ProductionLine none;
    return none;
}

} // namespace

CmdLineChange::CmdLineChange(ProjectDocument *document, const QString &variantId, const QString &lineId)
    : mDocument(document)
    , mVariantId(variantId)
    , mBefore(findLine(document, variantId, lineId))
    , mAfter(mBefore)
{
}

void CmdLineChange::finish(const QString &text, MergeId mergeId)
{
    setText(text);
    mMergeId = mergeId;
    setObsolete(mBefore == mAfter);
}

void CmdLineChange::redo()
{
    mDocument->replaceLine(mVariantId, mAfter);
}

void CmdLineChange::undo()
{
    mDocument->replaceLine(mVariantId, mBefore);
}

bool CmdLineChange::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const CmdLineChange *>(other);
    if (next->mVariantId != mVariantId || next->mBefore.id != mBefore.id || next->mBefore != mAfter)
        return false;
    mAfter = next->mAfter;
    setObsolete(mBefore == mAfter);
    return true;
}

LineSettings LineSettings::of(const core::ProductionLine &line)
{
    return {line.name,     line.demandPerPeriod,         line.useCalendar,
            line.calendar, line.availableTimePerPeriodS, line.allowParallelStations,
            line.models};
}

CmdLineSettingsEdit::CmdLineSettingsEdit(ProjectDocument *document, const QString &variantId, const QString &lineId,
                                         const LineSettings &settings, int field)
    : CmdLineChange(document, variantId, lineId)
    , mField(field)
{
    core::ProductionLine &line = edited();
    line.name = settings.name;
    line.demandPerPeriod = settings.demandPerPeriod;
    line.useCalendar = settings.useCalendar;
    line.calendar = settings.calendar;
    line.availableTimePerPeriodS = settings.availableTimePerPeriodS;
    line.allowParallelStations = settings.allowParallelStations;
    line.models = settings.models;
    finish(QCoreApplication::translate("Commands", "Change line settings"), MergeId::LineSettings);
}

bool CmdLineSettingsEdit::mergeWith(const QUndoCommand *other)
{
    return static_cast<const CmdLineSettingsEdit *>(other)->mField == mField && CmdLineChange::mergeWith(other);
}

CmdTaskAdd::CmdTaskAdd(ProjectDocument *document, const QString &variantId, const QString &lineId,
                       const std::vector<core::Task> &tasks)
    : CmdLineChange(document, variantId, lineId)
{
    edited().tasks.insert(edited().tasks.end(), tasks.begin(), tasks.end());
    finish(QCoreApplication::translate("Commands", "Add %n task(s)", nullptr, int(tasks.size())));
}

CmdTaskRemove::CmdTaskRemove(ProjectDocument *document, const QString &variantId, const QString &lineId,
                             const QStringList &taskIds)
    : CmdLineChange(document, variantId, lineId)
{
    lineedits::removeTasks(edited(), taskIds);
    finish(QCoreApplication::translate("Commands", "Delete %n task(s)", nullptr, int(taskIds.size())));
}

CmdTaskMove::CmdTaskMove(ProjectDocument *document, const QString &variantId, const QString &lineId,
                         const QString &taskId, int newIndex)
    : CmdLineChange(document, variantId, lineId)
{
    lineedits::moveTask(edited(), taskId, newIndex);
    finish(QCoreApplication::translate("Commands", "Reorder task %1").arg(taskId));
}

CmdLineReplace::CmdLineReplace(ProjectDocument *document, const QString &variantId, const core::ProductionLine &line,
                               const QString &text)
    : CmdLineChange(document, variantId, line.id)
{
    edited() = line;
    finish(text);
}

CmdPrecedenceSet::CmdPrecedenceSet(ProjectDocument *document, const QString &variantId, const QString &lineId,
                                   const QString &before, const QString &after, bool add)
    : CmdLineChange(document, variantId, lineId)
{
    const int index = lineedits::taskIndex(edited(), after);
    Q_ASSERT(index >= 0);
    QStringList &predecessors = edited().tasks[std::size_t(index)].predecessors;
    if (add && !predecessors.contains(before))
        predecessors << before;
    else if (!add)
        predecessors.removeAll(before);
    finish(add ? QCoreApplication::translate("Commands", "Add precedence %1 before %2").arg(before, after)
               : QCoreApplication::translate("Commands", "Remove precedence %1 before %2").arg(before, after));
}

CmdTaskAssign::CmdTaskAssign(ProjectDocument *document, const QString &variantId, const QString &lineId,
                             const QString &taskId, int station)
    : CmdLineChange(document, variantId, lineId)
{
    lineedits::assignTask(edited(), taskId, station);
    finish(station < 0
               ? QCoreApplication::translate("Commands", "Unassign task %1").arg(taskId)
               : QCoreApplication::translate("Commands", "Move task %1 to station %2").arg(taskId).arg(station + 1));
}

CmdStationsApply::CmdStationsApply(ProjectDocument *document, const QString &variantId, const QString &lineId,
                                   const std::vector<core::Station> &stations, const QString &text)
    : CmdLineChange(document, variantId, lineId)
{
    lineedits::applyStations(edited(), stations);
    finish(text);
}

CmdStationEdit::CmdStationEdit(ProjectDocument *document, const QString &variantId, const QString &lineId, int station,
                               const QString &resource, const QString &itemId)
    : CmdLineChange(document, variantId, lineId)
{
    Q_ASSERT(station >= 0 && station < int(edited().stations.size()));
    core::Station &s = edited().stations[std::size_t(station)];
    s.resource = resource;
    s.itemId = itemId;
    finish(QCoreApplication::translate("Commands", "Change station %1").arg(station + 1));
}

CmdStationAdd::CmdStationAdd(ProjectDocument *document, const QString &variantId, const QString &lineId)
    : CmdLineChange(document, variantId, lineId)
{
    edited().stations.emplace_back();
    finish(QCoreApplication::translate("Commands", "Add station"));
}

CmdStationRemove::CmdStationRemove(ProjectDocument *document, const QString &variantId, const QString &lineId,
                                   int station)
    : CmdLineChange(document, variantId, lineId)
{
    Q_ASSERT(station >= 0 && station < int(edited().stations.size()));
    Q_ASSERT(edited().stations[std::size_t(station)].taskIds.isEmpty());
    edited().stations.erase(edited().stations.begin() + station);
    finish(QCoreApplication::translate("Commands", "Remove station %1").arg(station + 1));
}

CmdLineAdd::CmdLineAdd(ProjectDocument *document, const QString &variantId, const core::ProductionLine &line)
    : QUndoCommand(QCoreApplication::translate("Commands", "Add line %1").arg(line.name))
    , mDocument(document)
    , mVariantId(variantId)
    , mLine(line)
{
}

void CmdLineAdd::redo()
{
    const core::Variant *variant = mDocument->project().findVariant(mVariantId);
    Q_ASSERT(variant);
    mDocument->insertLine(mVariantId, int(variant->lines.size()), mLine);
}

void CmdLineAdd::undo()
{
    mLine = mDocument->takeLine(mVariantId, mLine.id);
}

CmdLineRemove::CmdLineRemove(ProjectDocument *document, const QString &variantId, const QString &lineId)
    : QUndoCommand(
          QCoreApplication::translate("Commands", "Delete line %1").arg(findLine(document, variantId, lineId).name))
    , mDocument(document)
    , mVariantId(variantId)
    , mLineId(lineId)
{
}

void CmdLineRemove::redo()
{
    mTaken = mDocument->takeLine(mVariantId, mLineId, &mIndex);
}

void CmdLineRemove::undo()
{
    mDocument->insertLine(mVariantId, mIndex, mTaken);
    mTaken = {};
}

} // namespace taktflow::app
