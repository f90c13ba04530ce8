// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/commands/cmdline.h"
#include "core/model/simulationsettings.h"

#include <optional>
#include <vector>

namespace taktflow::app {

/**
 * The property-edit template for a line's simulation parameters: Property supplies `Key`
 * (which task, station or gap; an int 0 for the line-wide ones), `Value`,
 * `set(SimulationParameters &, const Key &, const Value &)`, `kMergeId` and `text(key)`. Merging
 * edits (a spin box being stepped) of the same key in a row become one undo step; a table cell
 * edit is a step of its own. An edit that changes nothing leaves the stack. The before/after
 * swap comes from CmdLineChange.
 */
template <typename Property>
class CmdSimulationEdit : public CmdLineChange
{
public:
    using Key = typename Property::Key;
    using Value = typename Property::Value;

    CmdSimulationEdit(ProjectDocument *document, const QString &variantId, const QString &lineId, const Key &key,
                      const Value &value, bool merging = false)
        : CmdLineChange(document, variantId, lineId), mKey(key), mMerging(merging)
    {
        Property::set(edited().simulation, key, value);
        finish(Property::text(key), Property::kMergeId);
    }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const CmdSimulationEdit *>(other);
        return mMerging && next->mMerging && next->mKey == mKey && CmdLineChange::mergeWith(other);
    }

private:
    Key mKey;
    bool mMerging;
};

namespace simprop {

/** A task's time distribution; no value: deterministic at the task's time (the default). */
struct TaskTime {
    using Key = QString;
    using Value = std::optional<core::TimeDistribution>;
    static constexpr MergeId kMergeId = MergeId::SimTaskTime;
    static void set(core::SimulationParameters &parameters, const Key &taskId, const Value &value);
    static QString text(const Key &taskId);
};

/** Servers, failures and setup of the station at a 0-based position. */
struct Station {
    using Key = int;
    using Value = core::StationSimSettings;
    static constexpr MergeId kMergeId = MergeId::SimStation;
    static void set(core::SimulationParameters &parameters, const Key &station, const Value &value);
    static QString text(const Key &station);
};

/** Capacity of the buffer behind station `gap` (0-based); no value: unlimited. */
struct Buffer {
    using Key = int;
    using Value = std::optional<int>;
    static constexpr MergeId kMergeId = MergeId::SimBuffer;
    static void set(core::SimulationParameters &parameters, const Key &gap, const Value &value);
    static QString text(const Key &gap);
};

/** The source; Key names the edited field, so steps of one spin box merge and of two do not. */
struct Source {
    using Key = int;
    using Value = core::SourceSpec;
    static constexpr MergeId kMergeId = MergeId::SimSource;
    static void set(core::SimulationParameters &parameters, const Key &, const Value &value);
    static QString text(const Key &);
};

/** Run length, warm-up, replications, seed; Key names the edited field as for Source. */
struct Run {
    using Key = int;
    using Value = core::SimulationRunSettings;
    static constexpr MergeId kMergeId = MergeId::SimRun;
    static void set(core::SimulationParameters &parameters, const Key &, const Value &value);
    static QString text(const Key &);
};

} // namespace simprop

using CmdSimTaskTimeEdit = CmdSimulationEdit<simprop::TaskTime>;
using CmdSimStationEdit = CmdSimulationEdit<simprop::Station>;
using CmdSimBufferEdit = CmdSimulationEdit<simprop::Buffer>;
using CmdSimSourceEdit = CmdSimulationEdit<simprop::Source>;
using CmdSimRunEdit = CmdSimulationEdit<simprop::Run>;

/** Installs a whole set of parameters at once (a spreadsheet paste); text names the edit. */
class CmdSimParametersReplace : public CmdLineChange
{
public:
    CmdSimParametersReplace(ProjectDocument *document, const QString &variantId, const QString &lineId,
                            const core::SimulationParameters &parameters, const QString &text);
};

/** Sets every buffer capacity of a line at once (a buffer sizing result). */
class CmdSimBuffersApply : public CmdLineChange
{
public:
    CmdSimBuffersApply(ProjectDocument *document, const QString &variantId, const QString &lineId,
                       const std::vector<std::optional<int>> &capacities);
};

/** Stores the summary of a finished run as the line's last simulation (Compare, report, board). */
class CmdSimResultStore : public CmdLineChange
{
public:
    CmdSimResultStore(ProjectDocument *document, const QString &variantId, const QString &lineId,
                      const core::SimulationSummary &summary);
};

} // namespace taktflow::app
