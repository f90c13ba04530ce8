// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/commands/mergeid.h"
#include "core/model/productionline.h"

#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <vector>

namespace taktflow::app {

class ProjectDocument;

/**
 * The line edits' common ground: the line before and after the edit, swapped in on redo and
 * undo. Lines are small value objects (a thousand tasks copy in microseconds), so keeping both
 * states is simpler and safer than replaying each kind of edit backwards. Each concrete
 * command below only computes its "after" line and its undo text; callers validate first.
 */
class CmdLineChange : public QUndoCommand
{
public:
    /** The line must exist in the variant. */
    CmdLineChange(ProjectDocument *document, const QString &variantId, const QString &lineId);

    void redo() override;
    void undo() override;
    int id() const override { return int(mMergeId); }
    bool mergeWith(const QUndoCommand *other) override;

    const core::ProductionLine &before() const { return mBefore; }
    const core::ProductionLine &after() const { return mAfter; }

protected:
    /** For the constructors of the concrete commands: the state to edit, then finish(). */
    core::ProductionLine &edited() { return mAfter; }
    /** Sets the text; a command that changes nothing becomes obsolete and leaves the stack. */
    void finish(const QString &text, MergeId mergeId = MergeId::None);

private:
    ProjectDocument *mDocument;
    QString mVariantId;
    core::ProductionLine mBefore;
    core::ProductionLine mAfter;
    MergeId mMergeId = MergeId::None;
};

/** Demand, calendar and available time of a line: what the settings panel edits. */
struct LineSettings {
    QString name;
    double demandPerPeriod = 0.0;
    bool useCalendar = false;
    core::ShiftCalendar calendar;
    double availableTimePerPeriodS = 0.0;
    bool allowParallelStations = true;
    std::vector<core::LineModel> models;
    friend bool operator==(const LineSettings &, const LineSettings &) = default;
    static LineSettings of(const core::ProductionLine &line);
};

/**
 * Changes the line settings. Successive changes of the same field (a spin box being stepped)
 * merge into one step; field is any key the caller uses to name what it edits.
 */
class CmdLineSettingsEdit : public CmdLineChange
{
public:
    CmdLineSettingsEdit(ProjectDocument *document, const QString &variantId, const QString &lineId,
                        const LineSettings &settings, int field = 0);
    bool mergeWith(const QUndoCommand *other) override;

private:
    int mField;
};

/** Adds tasks at the end of the task list (new row, paste, CSV import). Ids must be new. */
class CmdTaskAdd : public CmdLineChange
{
public:
    CmdTaskAdd(ProjectDocument *document, const QString &variantId, const QString &lineId,
               const std::vector<core::Task> &tasks);
};

/** Removes tasks with every reference to them. */
class CmdTaskRemove : public CmdLineChange
{
public:
    CmdTaskRemove(ProjectDocument *document, const QString &variantId, const QString &lineId,
                  const QStringList &taskIds);
};

/** Moves a task to another row of the task list. */
class CmdTaskMove : public CmdLineChange
{
public:
    CmdTaskMove(ProjectDocument *document, const QString &variantId, const QString &lineId, const QString &taskId,
                int newIndex);
};

/**
 * Installs an edited copy of the line made by a validated editor (a cell edit that may rename
 * references, a spreadsheet paste); text names the edit for the undo history.
 */
class CmdLineReplace : public CmdLineChange
{
public:
    CmdLineReplace(ProjectDocument *document, const QString &variantId, const core::ProductionLine &line,
                   const QString &text);
};

/** Adds (add = true) or removes the precedence "before must be done before after". */
class CmdPrecedenceSet : public CmdLineChange
{
public:
    CmdPrecedenceSet(ProjectDocument *document, const QString &variantId, const QString &lineId, const QString &before,
                     const QString &after, bool add);
};

/** Moves a task to a station (0-based) or out of every station (-1). */
class CmdTaskAssign : public CmdLineChange
{
public:
    CmdTaskAssign(ProjectDocument *document, const QString &variantId, const QString &lineId, const QString &taskId,
                  int station);
};

/** Installs a whole assignment (a balance result), keeping the stations' layout links. */
class CmdStationsApply : public CmdLineChange
{
public:
    CmdStationsApply(ProjectDocument *document, const QString &variantId, const QString &lineId,
                     const std::vector<core::Station> &stations, const QString &text);
};

/** Station type (resource) and layout item of one station. */
class CmdStationEdit : public CmdLineChange
{
public:
    CmdStationEdit(ProjectDocument *document, const QString &variantId, const QString &lineId, int station,
                   const QString &resource, const QString &itemId);
};

/** Adds an empty station at the end, or removes an empty station. */
class CmdStationAdd : public CmdLineChange
{
public:
    CmdStationAdd(ProjectDocument *document, const QString &variantId, const QString &lineId);
};

class CmdStationRemove : public CmdLineChange
{
public:
    /** The station must hold no tasks. */
    CmdStationRemove(ProjectDocument *document, const QString &variantId, const QString &lineId, int station);
};

/** Adds a production line to a variant; its id must be new. */
class CmdLineAdd : public QUndoCommand
{
public:
    CmdLineAdd(ProjectDocument *document, const QString &variantId, const core::ProductionLine &line);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *mDocument;
    QString mVariantId;
    core::ProductionLine mLine;
};

/** Removes a production line; the command owns it until undo. */
class CmdLineRemove : public QUndoCommand
{
public:
    CmdLineRemove(ProjectDocument *document, const QString &variantId, const QString &lineId);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *mDocument;
    QString mVariantId;
    QString mLineId;
    core::ProductionLine mTaken;
    int mIndex = 0;
};

} // namespace taktflow::app
