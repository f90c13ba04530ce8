// SPDX-License-Identifier: GPL-3.0-or-later
// The line commands (redo -> undo -> redo against saved states), the station-move rules with a
// hand-made case for every refusal, cell validation, spreadsheet paste and the takt derivation.
#include "app/document/commands/cmdline.h"
#include "app/document/commands/lineedits.h"
#include "app/document/projectdocument.h"
#include "app/gui/line/linebalancer.h"
#include "app/gui/line/linetimes.h"
#include "app/gui/line/precedenceranks.h"
#include "app/gui/line/stationmoverules.h"
#include "app/gui/line/taktderivation.h"
#include "app/gui/line/taskcells.h"
#include "app/gui/line/taskpaste.h"
#include "core/model/sampleproject.h"

#include "tests/app/gui/undotesthelpers.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow;
using app::MoveRefusal;
using testhelpers::checkRoundTrip;

namespace {

core::Task task(const char *id, double timeS, QStringList predecessors = {})
{
    core::Task t;
    t.id = QString::fromLatin1(id);
    t.name = t.id;
    t.timeS = timeS;
    t.predecessors = std::move(predecessors);
    return t;
}

core::Station station(QStringList tasks, const char *resource = "")
{
    core::Station s;
    s.taskIds = std::move(tasks);
    s.resource = QString::fromLatin1(resource);
    return s;
}

/** A -> B -> C in a chain; D needs a robot; E is free. Stations S1 {A}, S2 {B}, S3 {C}, S4 robot {}. */
core::ProductionLine smallLine()
{
    core::ProductionLine line;
    line.id = QStringLiteral("L1");
    line.name = QStringLiteral("Small");
    line.tasks = {task("A", 10), task("B", 20, {QStringLiteral("A")}), task("C", 30, {QStringLiteral("B")}),
                  task("D", 15), task("E", 12)};
    line.tasks[3].automated = true;
    line.tasks[3].automatedTimeS = 8;
    line.tasks[3].requiredResource = QStringLiteral("robot");
    line.stations = {station({QStringLiteral("A")}), station({QStringLiteral("B")}), station({QStringLiteral("C")}),
                     station({}, "robot")};
    return line;
}

} // namespace

class TestLineCommands : public QObject
{
    Q_OBJECT

    const core::ProductionLine &line(const app::ProjectDocument &document)
    {
        return document.currentVariant()->lines.front();
    }

private slots:
    void moveRules_data()
    {
        QTest::addColumn<QString>("taskId");
        QTest::addColumn<int>("station");
        QTest::addColumn<int>("zoning"); // 0 none, 1 A+E together, 2 B-E apart, 3 E fixed to S1
        QTest::addColumn<int>("refusal");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("same station as successor") << "A" << 1 << 0 << int(MoveRefusal::None) << "";
        QTest::newRow("after its successor") << "A" << 2 << 0 << int(MoveRefusal::Precedence) << "before B";
        QTest::newRow("before its predecessor") << "C" << 0 << 0 << int(MoveRefusal::Precedence) << "after B";
        QTest::newRow("fits the takt") << "E" << 1 << 0 << int(MoveRefusal::None) << "";
        QTest::newRow("overloads") << "E" << 2 << 0 << int(MoveRefusal::Overload) << "42.0 s";
        QTest::newRow("apart from together partner")
            << "E" << 1 << 1 << int(MoveRefusal::Zoning) << "share a station with A";
        QTest::newRow("to its together partner") << "E" << 0 << 1 << int(MoveRefusal::None) << "";
        QTest::newRow("with an apart partner") << "E" << 1 << 2 << int(MoveRefusal::Zoning) << "must not share";
        QTest::newRow("away from fixed station") << "E" << 1 << 3 << int(MoveRefusal::Zoning) << "fixed to station 1";
        QTest::newRow("robot task to manual") << "D" << 0 << 0 << int(MoveRefusal::StationType) << "needs a robot";
        QTest::newRow("robot task to robot") << "D" << 3 << 0 << int(MoveRefusal::None) << "";
        QTest::newRow("manual task to robot") << "E" << 3 << 0 << int(MoveRefusal::StationType) << "manual work";
        QTest::newRow("unassign") << "B" << -1 << 0 << int(MoveRefusal::None) << "";
        QTest::newRow("unknown task") << "Z" << 0 << 0 << int(MoveRefusal::UnknownTask) << "no task Z";
    }

    void moveRules()
    {
        QFETCH(QString, taskId);
        QFETCH(int, station);
        QFETCH(int, zoning);
        QFETCH(int, refusal);
        QFETCH(QString, reasonPart);
        core::ProductionLine line = smallLine();
        if (zoning == 1)
            line.zoning.push_back({QStringLiteral("A"), QStringLiteral("E"), true});
        if (zoning == 2)
            line.zoning.push_back({QStringLiteral("B"), QStringLiteral("E"), false});
        if (zoning == 3)
            line.tasks[4].fixedStation = 1;
        const app::MoveCheck check = app::checkTaskMove(line, taskId, station, 40.0);
        QCOMPARE(int(check.refusal), refusal);
        QCOMPARE(check.allowed(), refusal == int(MoveRefusal::None));
        if (!reasonPart.isEmpty())
            QVERIFY2(check.reason.contains(reasonPart), qPrintable(check.reason));
    }

    void overloadUsesAutomatedTimeAndIgnoresNoTakt()
    {
        core::ProductionLine line = smallLine();
        line.stations[3].taskIds = {QStringLiteral("D")};
        line.tasks[4].automated = true; // E may now go to the robot: 8 + 12 = 20 s there
        QVERIFY(app::checkTaskMove(line, QStringLiteral("E"), 3, 20.0).allowed());
        QCOMPARE(app::checkTaskMove(line, QStringLiteral("E"), 3, 19.9).refusal, MoveRefusal::Overload);
        // Without a takt time nothing is an overload.
        QVERIFY(app::checkTaskMove(line, QStringLiteral("E"), 2, 0.0).allowed());
    }

    void commandsRoundTrip()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const QString vid = document.currentVariantId();
        const QString lid = line(document).id;

        app::LineSettings settings = app::LineSettings::of(line(document));
        settings.demandPerPeriod = 400;
        checkRoundTrip(document, new app::CmdLineSettingsEdit(&document, vid, lid, settings, 1));
        QCOMPARE(line(document).demandPerPeriod, 400.0);

        checkRoundTrip(document, new app::CmdTaskAdd(&document, vid, lid, {task("T99", 7, {QStringLiteral("T12")})}));
        QCOMPARE(line(document).tasks.back().id, QStringLiteral("T99"));

        checkRoundTrip(document, new app::CmdTaskRemove(&document, vid, lid, {QStringLiteral("T3")}));
        for (const auto &t : line(document).tasks)
            QVERIFY(!t.predecessors.contains(QStringLiteral("T3")));
        QCOMPARE(app::lineedits::stationOf(line(document), QStringLiteral("T3")), -1);

        checkRoundTrip(document, new app::CmdTaskMove(&document, vid, lid, QStringLiteral("T1"), 3));
        QCOMPARE(line(document).tasks[3].id, QStringLiteral("T1"));

        checkRoundTrip(document, new app::CmdPrecedenceSet(&document, vid, lid, QStringLiteral("T1"),
                                                           QStringLiteral("T12"), true));
        QVERIFY(line(document)
                    .tasks[app::lineedits::taskIndex(line(document), QStringLiteral("T12"))]
                    .predecessors.contains(QStringLiteral("T1")));
        checkRoundTrip(document, new app::CmdPrecedenceSet(&document, vid, lid, QStringLiteral("T2"),
                                                           QStringLiteral("T4"), false));
        QVERIFY(!line(document)
                     .tasks[app::lineedits::taskIndex(line(document), QStringLiteral("T4"))]
                     .predecessors.contains(QStringLiteral("T2")));

        checkRoundTrip(document, new app::CmdTaskAssign(&document, vid, lid, QStringLiteral("T7"), 1));
        QCOMPARE(app::lineedits::stationOf(line(document), QStringLiteral("T7")), 1);

        checkRoundTrip(
            document, new app::CmdStationEdit(&document, vid, lid, 0, QStringLiteral("robot"), QStringLiteral("CNC1")));
        QCOMPARE(line(document).stations[0].itemId, QStringLiteral("CNC1"));

        checkRoundTrip(document, new app::CmdStationAdd(&document, vid, lid));
        const int stations = int(line(document).stations.size());
        checkRoundTrip(document, new app::CmdStationRemove(&document, vid, lid, stations - 1));
        QCOMPARE(int(line(document).stations.size()), stations - 1);

        // A new assignment keeps the floor links by position.
        const QString firstItem = line(document).stations[0].itemId;
        std::vector<core::Station> balanced(2);
        for (const auto &t : line(document).tasks)
            balanced[t.id == QLatin1String("T1") ? 0 : 1].taskIds << t.id;
        checkRoundTrip(document, new app::CmdStationsApply(&document, vid, lid, balanced, QStringLiteral("Balance")));
        QCOMPARE(line(document).stations.size(), std::size_t(2));
        QCOMPARE(line(document).stations[0].itemId, firstItem);

        core::ProductionLine edited = line(document);
        edited.tasks[0].name = QStringLiteral("Renamed");
        checkRoundTrip(document, new app::CmdLineReplace(&document, vid, edited, QStringLiteral("Edit")));

        core::ProductionLine added;
        added.id = QStringLiteral("L2");
        added.name = QStringLiteral("Second");
        checkRoundTrip(document, new app::CmdLineAdd(&document, vid, added));
        QCOMPARE(document.currentVariant()->lines.size(), std::size_t(2));
        checkRoundTrip(document, new app::CmdLineRemove(&document, vid, QStringLiteral("L2")));
        QCOMPARE(document.currentVariant()->lines.size(), std::size_t(1));
    }

    void unchangedEditLeavesNoStep()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const int count = document.undoStack()->count();
        document.undoStack()->push(
            new app::CmdTaskAssign(&document, document.currentVariantId(), line(document).id, QStringLiteral("T1"), 0));
        QCOMPARE(document.undoStack()->count(), count);
    }

    void settingsEditsMergePerField()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        const QString vid = document.currentVariantId();
        const QString lid = line(document).id;
        app::LineSettings settings = app::LineSettings::of(line(document));
        for (double demand : {500.0, 510.0, 520.0}) {
            settings.demandPerPeriod = demand;
            document.undoStack()->push(new app::CmdLineSettingsEdit(&document, vid, lid, settings, 1));
        }
        QCOMPARE(document.undoStack()->count(), 1);
        settings.calendar.shiftsPerPeriod = 3;
        document.undoStack()->push(new app::CmdLineSettingsEdit(&document, vid, lid, settings, 2));
        QCOMPARE(document.undoStack()->count(), 2);
        document.undoStack()->undo();
        document.undoStack()->undo();
        QCOMPARE(line(document).demandPerPeriod, 480.0);
    }

    void renameKeepsReferences()
    {
        core::ProductionLine l = smallLine();
        l.zoning.push_back({QStringLiteral("B"), QStringLiteral("E"), false});
        QString reason;
        QVERIFY(app::taskcells::writeCell(l, 1, app::taskcells::Id, QStringLiteral("B2"), &reason));
        QCOMPARE(l.tasks[2].predecessors, QStringList{QStringLiteral("B2")});
        QCOMPARE(l.stations[1].taskIds, QStringList{QStringLiteral("B2")});
        QCOMPARE(l.zoning.front().taskA, QStringLiteral("B2"));
    }

    void cellRefusals_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reasonPart");
        QTest::newRow("time not a number") << 0 << int(app::taskcells::Time) << "ten"
                                           << "not a time";
        QTest::newRow("negative time") << 0 << int(app::taskcells::Time) << "-3"
                                       << "not a time";
        QTest::newRow("duplicate id") << 0 << int(app::taskcells::Id) << "B"
                                      << "already a task B";
        QTest::newRow("empty id") << 0 << int(app::taskcells::Id) << " "
                                  << "needs an id";
        QTest::newRow("id with blank") << 0 << int(app::taskcells::Id) << "A 1"
                                       << "may not contain";
        QTest::newRow("unknown predecessor") << 1 << int(app::taskcells::Predecessors) << "A; Q"
                                             << "no task Q";
        QTest::newRow("own predecessor") << 1 << int(app::taskcells::Predecessors) << "B"
                                         << "cannot precede itself";
        QTest::newRow("cycle") << 0 << int(app::taskcells::Predecessors) << "C"
                               << "would close a cycle";
        QTest::newRow("fixed station") << 0 << int(app::taskcells::FixedStation) << "first"
                                       << "not a station number";
        QTest::newRow("zoning unknown") << 0 << int(app::taskcells::Zoning) << "+Q"
                                        << "'Q'";
        QTest::newRow("automated time") << 3 << int(app::taskcells::AutomatedTime) << "x"
                                        << "not a time";
    }

    void cellRefusals()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        QFETCH(QString, reasonPart);
        core::ProductionLine l = smallLine();
        const core::ProductionLine before = l;
        QString reason;
        QVERIFY(!app::taskcells::writeCell(l, row, column, text, &reason));
        QVERIFY2(reason.contains(reasonPart), qPrintable(reason));
        QVERIFY(l == before);
    }

    void cellsAccepted()
    {
        core::ProductionLine l = smallLine();
        QString reason;
        QVERIFY(app::taskcells::writeCell(l, 4, app::taskcells::Time, QStringLiteral("12.5"), &reason));
        QCOMPARE(l.tasks[4].timeS, 12.5);
        QVERIFY(app::taskcells::writeCell(l, 4, app::taskcells::Zoning, QStringLiteral("+A -B"), &reason));
        QCOMPARE(app::taskcells::zoningText(l, QStringLiteral("E")), QStringLiteral("+A -B"));
        QCOMPARE(l.zoning.size(), std::size_t(2));
        QVERIFY(!l.zoning[1].together);
        QVERIFY(app::taskcells::writeCell(l, 4, app::taskcells::Predecessors, QStringLiteral("C, D"), &reason));
        QCOMPARE(l.tasks[4].predecessors, (QStringList{QStringLiteral("C"), QStringLiteral("D")}));
    }

    void pasteCellsAndNewRows()
    {
        const core::ProductionLine l = smallLine();
        // Two rows pasted at row 4 (E), column Name: E renamed and timed, one new task after it.
        const app::TaskPasteResult r =
            app::pasteTasks(l, QStringLiteral("Fit cover\t14\tC\r\nLabel\t6\tE\r\n"), 4, app::taskcells::Name);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.addedTasks, 1);
        QCOMPARE(r.line.tasks.size(), std::size_t(6));
        QCOMPARE(r.line.tasks[4].name, QStringLiteral("Fit cover"));
        QCOMPARE(r.line.tasks[4].timeS, 14.0);
        QCOMPARE(r.line.tasks[5].id, QStringLiteral("T1"));
        QCOMPARE(r.line.tasks[5].predecessors, QStringList{QStringLiteral("E")});
    }

    void pasteWithHeaderAppends()
    {
        const app::TaskPasteResult r = app::pasteTasks(
            smallLine(), QStringLiteral("id\tname\ttime_s\tpredecessors\nF\tFix\t5\t\nG\tGlue\t7\tF\n"), 0, 0);
        QVERIFY2(r.ok, qPrintable(r.message));
        QCOMPARE(r.addedTasks, 2);
        QCOMPARE(r.line.tasks.back().predecessors, QStringList{QStringLiteral("F")});
    }

    void pasteRefusedWhole()
    {
        const app::TaskPasteResult r = app::pasteTasks(smallLine(), QStringLiteral("5\n-1\n"), 0, app::taskcells::Time);
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("row 2, column 1")), qPrintable(r.message));
        const app::TaskPasteResult dup =
            app::pasteTasks(smallLine(), QStringLiteral("id\tname\ttime_s\tpredecessors\nA\tx\t1\t\n"), 0, 0);
        QVERIFY(!dup.ok);
        QVERIFY2(dup.message.contains(QStringLiteral("exists already")), qPrintable(dup.message));
    }

    void csvImportAppendsOrNamesFileAndLine()
    {
        QTemporaryDir dir;
        const QString good = dir.filePath(QStringLiteral("tasks.csv"));
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        for (const auto &[path, text] : {std::pair{good, "id,name,time_s,predecessors\nF,Fix,5,\nG,Glue,7.5,F\n"},
                                         std::pair{bad, "id,name,time_s,predecessors\nF,Fix,5,\nG,Glue,soon,F\n"}}) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(text);
        }
        const app::TaskPasteResult ok = app::importTaskCsv(smallLine(), good);
        QVERIFY2(ok.ok, qPrintable(ok.message));
        QCOMPARE(ok.addedTasks, 2);
        QCOMPARE(ok.line.tasks.back().timeS, 7.5);
        const app::TaskPasteResult refused = app::importTaskCsv(smallLine(), bad);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.message.contains(bad + QStringLiteral(":3")), qPrintable(refused.message));
    }

    void taktDerivationText()
    {
        const core::Project project = core::makeSampleProject();
        const app::TaktDerivation takt = app::deriveTakt(project.variants.front().lines.front());
        QVERIFY(takt.ok);
        // (2 x (8 h - 0.75 h) - 0.5 h) x 0.9 = 12.6 h = 45360 s; / 480 = 94.5 s.
        QCOMPARE(takt.availableTimeS, 45360.0);
        QCOMPARE(takt.taktTimeS, 94.5);
        QCOMPARE(takt.text, QStringLiteral("(2 × 8 h − 2 × 0.75 h − 0.5 h) × 90 % / 480 units = 94.5 s"));

        core::ProductionLine bad = project.variants.front().lines.front();
        bad.calendar.breaksS = 9 * 3600;
        const app::TaktDerivation refused = app::deriveTakt(bad);
        QVERIFY(!refused.ok);
        QVERIFY2(refused.text.contains(QStringLiteral("breaks")), qPrintable(refused.text));
    }

    void balancerBothProblemsBothMethods()
    {
        // The 10-task line of tst_lineworkspace: 175 s of work. By enumeration of all assignments
        // the fewest stations at 60 s is 3 and the shortest cycle for 3 stations is 60 s.
        core::ProductionLine l;
        l.id = QStringLiteral("L1");
        const double times[] = {20, 15, 25, 10, 30, 12, 18, 20, 15, 10};
        const char *predecessors[] = {"", "T1", "T1", "T2", "T3", "T4", "T4 T5", "T6", "T7", "T8 T9"};
        for (int i = 0; i < 10; ++i) {
            core::Task t = task("", times[i], app::taskcells::splitTaskIds(QString::fromLatin1(predecessors[i])));
            t.id = QStringLiteral("T%1").arg(i + 1);
            l.tasks.push_back(t);
        }
        app::LineBalanceRequest request;
        request.cycleTimeS = 60;
        request.timeLimitS = 10;
        app::LineBalanceOutcome exact = app::balanceLine(l, request);
        QVERIFY2(exact.ok, qPrintable(exact.message));
        QVERIFY(exact.optimal);
        QCOMPARE(exact.stationCount, 3);
        QCOMPARE(exact.lowerBound, 3.0);

        request.exact = false;
        const app::LineBalanceOutcome heuristic = app::balanceLine(l, request);
        QVERIFY(heuristic.ok);
        QVERIFY(heuristic.stationCount >= 3);
        QCOMPARE(heuristic.lowerBound, 3.0);
        QCOMPARE(heuristic.optimal, heuristic.stationCount == 3);

        request.minimiseStations = false;
        request.stations = 3;
        request.exact = true;
        const app::LineBalanceOutcome salbp2 = app::balanceLine(l, request);
        QVERIFY2(salbp2.ok, qPrintable(salbp2.message));
        QVERIFY(salbp2.optimal);
        QCOMPARE(salbp2.cycleTimeS, 60.0);
        QVERIFY(salbp2.lowerBound >= 59.0 && salbp2.lowerBound <= 60.0); // ceil(175 / 3) = 59 at least
        request.exact = false;
        const app::LineBalanceOutcome salbp2Fast = app::balanceLine(l, request);
        QVERIFY(salbp2Fast.ok);
        QVERIFY(salbp2Fast.cycleTimeS >= 60.0);
        QVERIFY(salbp2Fast.stationCount <= 3);

        // No takt for SALBP-1: a message, no answer.
        request = {};
        const app::LineBalanceOutcome noTakt = app::balanceLine(l, request);
        QVERIFY(!noTakt.ok);
        QVERIFY(noTakt.message.contains(QStringLiteral("takt")));
    }

    void modelTimesWeightedAndPerModel()
    {
        core::ProductionLine l = smallLine();
        l.models = {{QStringLiteral("M1"), QStringLiteral("Small"), 3.0},
                    {QStringLiteral("M2"), QStringLiteral("Large"), 1.0}};
        l.tasks[0].modelTimesS = {{QStringLiteral("M1"), 8.0}, {QStringLiteral("M2"), 16.0}};
        // Weighted: (3 x 8 + 1 x 16) / 4 = 10 s; a task without model times keeps its own.
        QCOMPARE(app::lineWithModelTimes(l).tasks[0].timeS, 10.0);
        QCOMPARE(app::lineWithModelTimes(l).tasks[1].timeS, 20.0);
        QCOMPARE(app::lineWithModelTimes(l, QStringLiteral("M2")).tasks[0].timeS, 16.0);
        l.models.clear();
        QCOMPARE(app::lineWithModelTimes(l).tasks[0].timeS, 10.0);
    }

    void ranksByLongestPath()
    {
        core::ProductionLine l = smallLine();
        l.tasks[4].predecessors = {QStringLiteral("A"), QStringLiteral("C")};
        QCOMPARE(app::precedenceRanks(l), (std::vector<int>{0, 1, 2, 0, 3}));
    }
};

QTEST_GUILESS_MAIN(TestLineCommands)
#include "tst_linecommands.moc"
