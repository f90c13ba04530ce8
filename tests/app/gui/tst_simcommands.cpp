// SPDX-License-Identifier: GPL-3.0-or-later
// The simulation parameter commands (redo -> undo -> redo against saved states, merging), the
// parameter tables' cells and spreadsheet paste against values worked out by hand, the
// throughput verdict and the density preview's formulas.
#include "app/document/commands/cmdsimulation.h"
#include "app/document/projectdocument.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/simulation/simbuffercells.h"
#include "app/gui/simulation/simstationcells.h"
#include "app/gui/simulation/simtablemodel.h"
#include "app/gui/simulation/simtaskcells.h"
#include "app/gui/simulation/simverdict.h"
#include "app/render/densitypreview.h"
#include "core/model/sampleproject.h"

#include "tests/app/gui/undotesthelpers.h"

#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace taktflow;
using testhelpers::checkRoundTrip;
using Kind = core::TimeDistribution::Kind;

class TestSimCommands : public QObject
{
    Q_OBJECT

    app::ProjectDocument mDocument;

    const core::ProductionLine &line() const { return mDocument.currentVariant()->lines.front(); }
    QString variantId() const { return mDocument.currentVariantId(); }

    /** The sample with the simulation parameters a new line has (all defaults). */
    void resetPlain()
    {
        core::Project project = core::makeSampleProject();
        for (auto &variant : project.variants) {
            for (auto &l : variant.lines)
                l.simulation = {};
        }
        mDocument.reset(project, {});
    }

private slots:
    void init() { resetPlain(); }

    void everyCommandRoundTrips()
    {
        const QString lineId = line().id;
        checkRoundTrip(mDocument, new app::CmdSimTaskTimeEdit(&mDocument, variantId(), lineId, QStringLiteral("T3"),
                                                              core::TimeDistribution::normal(35, 5)));
        QCOMPARE(line().simulation.taskTimes.at(QStringLiteral("T3")), core::TimeDistribution::normal(35, 5));
        core::StationSimSettings station;
        station.servers = 2;
        checkRoundTrip(mDocument, new app::CmdSimStationEdit(&mDocument, variantId(), lineId, 2, station));
        // Stations before the edited one keep their defaults.
        QCOMPARE(line().simulation.stations.size(), std::size_t(3));
        QCOMPARE(line().simulation.stations[0], core::StationSimSettings{});
        QCOMPARE(line().simulation.stations[2].servers, 2);
        checkRoundTrip(mDocument, new app::CmdSimBufferEdit(&mDocument, variantId(), lineId, 1, std::nullopt));
        QCOMPARE(line().simulation.buffers, (std::vector<std::optional<int>>{1, std::nullopt}));
        core::SourceSpec source;
        source.kind = core::SourceSpec::Kind::AtTakt;
        checkRoundTrip(mDocument, new app::CmdSimSourceEdit(&mDocument, variantId(), lineId, 0, source));
        core::SimulationRunSettings run;
        run.replications = 25;
        checkRoundTrip(mDocument, new app::CmdSimRunEdit(&mDocument, variantId(), lineId, 0, run));
        core::SimulationParameters all = line().simulation;
        all.run.seed = 99;
        checkRoundTrip(mDocument, new app::CmdSimParametersReplace(&mDocument, variantId(), lineId, all, QStringLiteral("x")));
        checkRoundTrip(mDocument, new app::CmdSimBuffersApply(&mDocument, variantId(), lineId, {3, 0, 4}));
        core::SimulationSummary summary;
        summary.throughputPerHourMean = 37.5;
        summary.bottleneck = QStringLiteral("S2");
        checkRoundTrip(mDocument, new app::CmdSimResultStore(&mDocument, variantId(), lineId, summary));
        QCOMPARE(line().lastSimulation->throughputPerHourMean, 37.5);
    }

    void editsOfOneFieldMergeOthersDoNot()
    {
        const QString lineId = line().id;
        core::SimulationRunSettings run = line().simulation.run;
        QUndoStack *stack = mDocument.undoStack();
        for (int r : {11, 12, 13}) {
            run.replications = r;
            stack->push(new app::CmdSimRunEdit(&mDocument, variantId(), lineId, 6, run, true));
        }
        QCOMPARE(stack->count(), 1);
        run.seed = 7;
        stack->push(new app::CmdSimRunEdit(&mDocument, variantId(), lineId, 7, run, true));
        QCOMPARE(stack->count(), 2);
        // Table cell edits (not merging) stay steps of their own.
        stack->push(new app::CmdSimRunEdit(&mDocument, variantId(), lineId, 7, core::SimulationRunSettings{}));
        stack->push(new app::CmdSimRunEdit(&mDocument, variantId(), lineId, 7, run));
        QCOMPARE(stack->count(), 4);
        stack->undo();
        stack->undo();
        stack->undo();
        stack->undo();
        QCOMPARE(line().simulation.run, core::SimulationRunSettings{});
        // Back to where it started: the merged command is obsolete and leaves the stack.
        run = line().simulation.run;
        run.replications = 20;
        stack->push(new app::CmdSimRunEdit(&mDocument, variantId(), lineId, 6, run, true));
        run.replications = core::SimulationRunSettings{}.replications;
        stack->push(new app::CmdSimRunEdit(&mDocument, variantId(), lineId, 6, run, true));
        QCOMPARE(stack->count(), 0);
    }

    void deterministicAtTheTaskTimeIsTheDefault()
    {
        const int count = mDocument.undoStack()->count();
        mDocument.undoStack()->push(new app::CmdSimTaskTimeEdit(&mDocument, variantId(), line().id, QStringLiteral("T1"),
                                                                std::nullopt));
        QCOMPARE(mDocument.undoStack()->count(), count);
    }

    void taskCells()
    {
        app::LineContext context(&mDocument);
        app::SimTableModel model(&context, std::make_unique<app::SimTaskCells>());
        QCOMPARE(model.rowCount(), 12);
        // Row 2 is T3 "Insert stator", 35 s.
        QCOMPARE(model.index(2, app::SimTaskCells::BaseTime).data().toString(), QStringLiteral("35"));
        QCOMPARE(model.index(2, app::SimTaskCells::Distribution).data().toString(), QStringLiteral("Deterministic"));
        QVERIFY(!(model.flags(model.index(2, app::SimTaskCells::Sd)) & Qt::ItemIsEditable));
        QVERIFY(model.setData(model.index(2, app::SimTaskCells::Distribution), QStringLiteral("Normal"), Qt::EditRole));
        // The starting point keeps the mean and takes 10 % of it as SD.
        QCOMPARE(line().simulation.taskTimes.at(QStringLiteral("T3")), core::TimeDistribution::normal(35, 3.5));
        QVERIFY(model.setData(model.index(2, app::SimTaskCells::Sd), QStringLiteral("6"), Qt::EditRole));
        QCOMPARE(line().simulation.taskTimes.at(QStringLiteral("T3")).sdS, 6.0);
        QSignalSpy refused(&model, &app::SimTableModel::editRefused);
        QVERIFY(!model.setData(model.index(2, app::SimTaskCells::Mean), QStringLiteral("-4"), Qt::EditRole));
        QCOMPARE(refused.count(), 1);
        QVERIFY(!model.setData(model.index(2, app::SimTaskCells::Distribution), QStringLiteral("Poisson"), Qt::EditRole));
        // Triangular 24 / 30 / 42: mean (24 + 30 + 42) / 3 = 32, shown computed.
        QVERIFY(model.setData(model.index(2, app::SimTaskCells::Distribution), QStringLiteral("triangular"), Qt::EditRole));
        QVERIFY(model.setData(model.index(2, app::SimTaskCells::Max), QStringLiteral("42"), Qt::EditRole));
        QVERIFY(model.setData(model.index(2, app::SimTaskCells::Min), QStringLiteral("24"), Qt::EditRole));
        QVERIFY(model.setData(model.index(2, app::SimTaskCells::Mode), QStringLiteral("30"), Qt::EditRole));
        QCOMPARE(model.index(2, app::SimTaskCells::Mean).data().toString(), QStringLiteral("32"));
        // A mode outside min..max is refused by the distribution check.
        QVERIFY(!model.setData(model.index(2, app::SimTaskCells::Mode), QStringLiteral("50"), Qt::EditRole));
        QCOMPARE(mDocument.undoStack()->count(), 6);
        // Back to deterministic at the task time: the entry goes.
        QVERIFY(model.setData(model.index(2, app::SimTaskCells::Distribution), QStringLiteral("Deterministic"), Qt::EditRole));
        QVERIFY(model.setData(model.index(2, app::SimTaskCells::Mean), QStringLiteral("35"), Qt::EditRole));
        QVERIFY(!line().simulation.taskTimes.count(QStringLiteral("T3")));
    }

    void stationAndBufferCells()
    {
        app::LineContext context(&mDocument);
        app::SimTableModel stations(&context, std::make_unique<app::SimStationCells>());
        QCOMPARE(stations.rowCount(), 4);
        QCOMPARE(stations.index(0, app::SimStationCells::Availability).data().toString(), QStringLiteral("100.0"));
        // Availability 90 % with the default 10 min repair: MTBF = 600 s x 0.9 / 0.1 = 5400 s = 1.5 h.
        QVERIFY(stations.setData(stations.index(3, app::SimStationCells::Availability), QStringLiteral("90"), Qt::EditRole));
        QCOMPARE(stations.index(3, app::SimStationCells::Mtbf).data().toString(), QStringLiteral("1.5"));
        QCOMPARE(stations.index(3, app::SimStationCells::Mttr).data().toString(), QStringLiteral("10"));
        QVERIFY(!stations.setData(stations.index(0, app::SimStationCells::Mttr), QStringLiteral("5"), Qt::EditRole));
        QVERIFY(!stations.setData(stations.index(0, app::SimStationCells::Servers), QStringLiteral("1.5"), Qt::EditRole));
        QVERIFY(stations.setData(stations.index(3, app::SimStationCells::Mtbf), QString(), Qt::EditRole));
        QCOMPARE(line().simulation.stations.size(), std::size_t(0));

        // Paste servers, MTBF and MTTR into two rows: 10 h and 30 min give 600 / 630 = 95.2 %.
        const int before = mDocument.undoStack()->count();
        QCOMPARE(stations.paste(QStringLiteral("2\t10\t30\r\n1\t\t\r\n"), 1, app::SimStationCells::Servers), QString());
        QCOMPARE(mDocument.undoStack()->count(), before + 1);
        QCOMPARE(stations.index(1, app::SimStationCells::Servers).data().toString(), QStringLiteral("2"));
        QCOMPARE(stations.index(1, app::SimStationCells::Availability).data().toString(), QStringLiteral("95.2"));
        QCOMPARE(stations.index(2, app::SimStationCells::Mtbf).data().toString(), QString());
        // A bad cell refuses the whole paste and names it.
        const QString refusal = stations.paste(QStringLiteral("3\tsoon"), 0, app::SimStationCells::Servers);
        QVERIFY2(refusal.contains(QStringLiteral("row 1, column 2")), qPrintable(refusal));
        QCOMPARE(stations.index(0, app::SimStationCells::Servers).data().toString(), QStringLiteral("1"));
        QVERIFY(!stations.paste(QStringLiteral("1\n1\n1\n1"), 2, app::SimStationCells::Servers).isEmpty());

        app::SimTableModel buffers(&context, std::make_unique<app::SimBufferCells>());
        QCOMPARE(buffers.rowCount(), 3);
        QCOMPARE(buffers.index(0, app::SimBufferCells::Capacity).data().toString(), QStringLiteral("1"));
        QCOMPARE(buffers.index(0, app::SimBufferCells::Gap).data().toString(), QStringLiteral("S1 → S2"));
        QCOMPARE(buffers.paste(QStringLiteral("0\nunlimited\n5"), 0, app::SimBufferCells::Capacity), QString());
        QCOMPARE(line().simulation.buffers, (std::vector<std::optional<int>>{0, std::nullopt, 5}));
        QVERIFY(!buffers.setData(buffers.index(2, app::SimBufferCells::Capacity), QStringLiteral("-1"), Qt::EditRole));
        mDocument.undoStack()->undo();
        QCOMPARE(line().simulation.buffers, (std::vector<std::optional<int>>{}));
    }

    void verdict()
    {
        // 52 parts/h with 50..54 against 55: the whole interval is short; 3 / 55 = 5.5 %.
        app::SimVerdict v = app::judgeThroughput(52, 50, 54, 55);
        QCOMPARE(v.outcome, app::SimVerdict::Outcome::Misses);
        QCOMPARE(v.marginPerHour, -3.0);
        QVERIFY2(v.text.contains(QStringLiteral("3.0 parts/h (5.5 %")), qPrintable(v.text));
        v = app::judgeThroughput(60, 57, 63, 55);
        QCOMPARE(v.outcome, app::SimVerdict::Outcome::Makes);
        QVERIFY2(v.text.contains(QStringLiteral("5.0 parts/h (9.1 %)")), qPrintable(v.text));
        QCOMPARE(app::judgeThroughput(55.5, 53, 58, 55).outcome, app::SimVerdict::Outcome::Uncertain);
        QCOMPARE(app::judgeThroughput(55.5, 53, 58, 0).outcome, app::SimVerdict::Outcome::NoDemand);
    }

    void densityFormulas()
    {
        using app::render::distributionDensity;
        // Closed forms: triangular 1/2/4 peaks at 2 / (b - a) = 2/3; uniform 2..6 is 1/4; exponential
        // with mean 10 starts at 1/10; a normal far from 0 is 1 / (sd sqrt(2 pi)) at its mean.
        QCOMPARE(distributionDensity(core::TimeDistribution::triangular(1, 2, 4), 2.0), 2.0 / 3.0);
        QCOMPARE(distributionDensity(core::TimeDistribution::triangular(1, 2, 4), 3.0), 1.0 / 3.0);
        QCOMPARE(distributionDensity(core::TimeDistribution::uniform(2, 6), 3.0), 0.25);
        QCOMPARE(distributionDensity(core::TimeDistribution::uniform(2, 6), 7.0), 0.0);
        QCOMPARE(distributionDensity(core::TimeDistribution::exponential(10), 0.0), 0.1);
        QVERIFY(std::abs(distributionDensity(core::TimeDistribution::normal(100, 5), 100.0) - 0.0797884560802865) < 1e-12);
        // Lognormal with mean 1 and sd 1: sigma^2 = ln 2, mu = -ln 2 / 2; at t = 1 the density is
        // phi(ln 2 / 2 / sqrt(ln 2)) / sqrt(ln 2).
        const double s = std::sqrt(std::log(2.0));
        const double z = 0.5 * std::log(2.0) / s;
        QVERIFY(std::abs(distributionDensity(core::TimeDistribution::lognormal(1, 1), 1.0) -
                         std::exp(-0.5 * z * z) / std::sqrt(2 * M_PI) / s) < 1e-12);
        // A normal truncated at 0 with mean 0 doubles: 2 phi(0) / sd.
        QVERIFY(std::abs(distributionDensity(core::TimeDistribution::normal(0, 2), 0.0) - 2 * 0.3989422804014327 / 2) < 1e-12);
    }
};

QTEST_MAIN(TestSimCommands)
#include "tst_simcommands.moc"
