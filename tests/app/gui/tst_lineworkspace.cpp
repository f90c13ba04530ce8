// SPDX-License-Identifier: GPL-3.0-or-later
// The line-balancing workspace driven through its widgets: a 10-task line entered by typing and
// pasting, a precedence added by dragging in the graph, a cycle refused, an exact balance, tasks
// dragged between stations with the yamazumi chart and the figures checked against values worked
// out by hand, undo, save and reopen; and Cancel stopping a hard exact run within 100 ms.
#include "app/document/projectdocument.h"
#include "app/gui/docks/kpidock.h"
#include "app/gui/line/balancepanel.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/line/linefloordrawing.h"
#include "app/gui/line/linemetricspanel.h"
#include "app/gui/line/linesettingspanel.h"
#include "app/gui/line/lineworkspace.h"
#include "app/gui/line/precedencegraphview.h"
#include "app/gui/line/stationboard.h"
#include "app/gui/line/stationtable.h"
#include "app/gui/line/taskcells.h"
#include "app/gui/line/tasktablemodel.h"
#include "app/gui/line/tasktablewidget.h"
#include "app/gui/line/yamazumiwidget.h"
#include "app/gui/liveanalysis.h"
#include "app/gui/mainwindow.h"
#include "core/io/salbpreader.h"
#include "core/model/sampleproject.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QWheelEvent>

#include <cmath>

using namespace taktflow;

namespace {

// The promise to the user is a cancel within 100 ms: the -O2 build took 16-25 ms alone and 49 ms
// next to two busy cores (2026-12-08). An AddressSanitizer build runs the solver several times
// slower: 8-55 ms alone, 34-93 ms next to one or two busy cores, and 134 and 147 ms in the full
// sanitizer suite (two tests at a time), where CI runs it. That build is held to a looser bound;
// every other build to the promise.
#if defined(__SANITIZE_ADDRESS__)
constexpr qint64 kCancelBoundMs = 300;
#else
constexpr qint64 kCancelBoundMs = 100;
#endif

core::Project emptyProject()
{
    core::Project project;
    project.name = QStringLiteral("Line test");
    core::Variant variant;
    variant.id = QStringLiteral("V1");
    variant.name = QStringLiteral("Variant 1");
    project.variants.push_back(variant);
    return project;
}

/** Sets a spin box as a user would: type the value and press Enter. */
void typeInto(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, text);
    QTest::keyClick(box, Qt::Key_Return);
}

/** Opens the cell's editor with F2, types text and commits with Enter. */
void typeCell(QTableView *view, int row, int column, const QString &text)
{
    const QModelIndex index = view->model()->index(row, column);
    // Let the previous cell's editor close (it is deleted later) before opening the next.
    QApplication::processEvents();
    view->setCurrentIndex(index);
    view->setFocus();
    QTest::keyClick(view, Qt::Key_F2);
    QApplication::processEvents();
    // The open editor is the visible line edit over the cell (focus needs an active window).
    QLineEdit *editor = nullptr;
    for (QLineEdit *candidate : view->findChildren<QLineEdit *>()) {
        if (candidate->isVisible() && candidate->geometry().intersects(view->visualRect(index)))
            editor = candidate;
    }
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, text);
    QTest::keyClick(editor, Qt::Key_Return);
    // The delegate commits Enter through a queued call.
    QApplication::processEvents();
}

void drag(QWidget *target, QPoint from, QPoint to)
{
    QTest::mousePress(target, Qt::LeftButton, {}, from);
    QTest::mouseMove(target, (from + to) / 2);
    QTest::mouseMove(target, to);
    QTest::mouseRelease(target, Qt::LeftButton, {}, to);
}

std::vector<double> barTimes(const app::YamazumiWidget *chart)
{
    std::vector<double> times;
    for (const auto &bar : chart->chartData().bars) {
        double sum = 0;
        for (const auto &segment : bar.segments)
            sum += segment.timeS;
        times.push_back(sum);
    }
    return times;
}

QAction *toolAction(QWidget *parent, const QString &text)
{
    for (QToolBar *bar : parent->findChildren<QToolBar *>()) {
        for (QAction *action : bar->actions()) {
            if (action->text() == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace

class TestLineWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QApplication::setOrganizationName(QStringLiteral("taktflow-tests")); }

    void enterBalanceDragUndoSave()
    {
        app::ProjectDocument document;
        app::MainWindow window(&document);
        document.reset(emptyProject(), {});
        QVERIFY(window.selectWorkspace(QStringLiteral("line")));
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        app::LineWorkspace *workspace = parts(window).lineWorkspace();
        app::LineContext *context = workspace->context();

        // A new line, then its calendar: 1 shift of 8 h, no breaks, 100 %, 480 units -> 60 s.
        QTest::mouseClick(workspace->findChild<QPushButton *>(QStringLiteral("newLine")), Qt::LeftButton);
        QVERIFY(context->line());
        app::LineSettingsPanel *settings = workspace->settingsPanel();
        typeInto(settings->shiftsEdit(), QStringLiteral("1"));
        typeInto(settings->shiftLengthEdit(), QStringLiteral("8"));
        typeInto(settings->breaksEdit(), QStringLiteral("0"));
        typeInto(settings->downtimeEdit(), QStringLiteral("0"));
        typeInto(settings->efficiencyEdit(), QStringLiteral("100"));
        typeInto(settings->demandEdit(), QStringLiteral("480"));
        QCOMPARE(context->line()->calendar.shiftsPerPeriod, 1);
        QCOMPARE(context->line()->calendar.breaksS, 0.0);
        QCOMPARE(settings->taktLabel()->text(), QStringLiteral("60.0 s"));
        QCOMPARE(settings->derivationLabel()->text(),
                 QStringLiteral("(1 × 8 h − 1 × 0 h − 0 h) × 100 % / 480 units = 60.0 s"));

        // The first task typed in, with a bad time refused in place.
        app::TaskTableWidget *tasks = workspace->taskTable();
        workspace->tabs()->setCurrentWidget(tasks);
        QTest::qWait(50);
        toolAction(tasks, QStringLiteral("Add task"))->trigger();
        QApplication::processEvents();
        QCOMPARE(context->line()->tasks.size(), std::size_t(1));
        if (QWidget *open = QApplication::focusWidget(); open && open != tasks->view())
            QTest::keyClick(open, Qt::Key_Escape);
        typeCell(tasks->view(), 0, app::taskcells::Name, QStringLiteral("Load housing"));
        QSignalSpy refused(tasks->model(), &app::TaskTableModel::editRefused);
        typeCell(tasks->view(), 0, app::taskcells::Time, QStringLiteral("abc"));
        QCOMPARE(refused.count(), 1);
        QVERIFY2(tasks->message().contains(QStringLiteral("not a time")), qPrintable(tasks->message()));
        QCOMPARE(context->line()->tasks[0].timeS, 0.0);
        typeCell(tasks->view(), 0, app::taskcells::Time, QStringLiteral("20"));
        QCOMPARE(context->line()->tasks[0].timeS, 20.0);
        QCOMPARE(context->line()->tasks[0].name, QStringLiteral("Load housing"));
        QVERIFY(tasks->message().isEmpty());

        // Nine more pasted from a spreadsheet with Ctrl+V (id, name, time, predecessors).
        QApplication::clipboard()->setText(
            QStringLiteral("T2\tPress bearing\t15\tT1\nT3\tInsert stator\t25\tT1\nT4\tInsert rotor\t10\tT2\n"
                           "T5\tFit end shield\t30\tT3\nT6\tScrew shield\t12\tT4\nT7\tMount box\t18\tT4\n"
                           "T8\tWire box\t20\tT6\nT9\tFit fan\t15\tT7\nT10\tTest\t10\tT8 T9\n"));
        // No current cell: the rows go after the last task.
        tasks->view()->setCurrentIndex(QModelIndex());
        tasks->view()->setFocus();
        QTest::keyClick(tasks->view(), Qt::Key_V, Qt::ControlModifier);
        QVERIFY2(tasks->message().isEmpty(), qPrintable(tasks->message()));
        QCOMPARE(context->line()->tasks.size(), std::size_t(10));
        QCOMPARE(context->line()->tasks[9].predecessors, (QStringList{QStringLiteral("T8"), QStringLiteral("T9")}));

        // Precedence T5 -> T7 by dragging in the graph; then T9 -> T3 closes a cycle and is refused.
        app::PrecedenceGraphView *graph = workspace->graphView();
        workspace->tabs()->setCurrentWidget(graph);
        QTest::qWait(50);
        drag(graph->viewport(), graph->nodeCentre(QStringLiteral("T5")), graph->nodeCentre(QStringLiteral("T7")));
        QCOMPARE(context->line()->tasks[6].predecessors, (QStringList{QStringLiteral("T4"), QStringLiteral("T5")}));
        drag(graph->viewport(), graph->nodeCentre(QStringLiteral("T9")), graph->nodeCentre(QStringLiteral("T3")));
        QVERIFY2(graph->message().contains(QStringLiteral("cycle")), qPrintable(graph->message()));
        QCOMPARE(context->line()->tasks[2].predecessors, QStringList{QStringLiteral("T1")});
        // A click on T7 highlights what comes before and after it.
        QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, graph->nodeCentre(QStringLiteral("T7")));
        QCOMPARE(graph->focusTask(), QStringLiteral("T7"));
        QCOMPARE(graph->highlightedPredecessors(),
                 (QStringList{QStringLiteral("T1"), QStringLiteral("T2"), QStringLiteral("T3"), QStringLiteral("T4"),
                              QStringLiteral("T5")}));
        QCOMPARE(graph->highlightedSuccessors(), (QStringList{QStringLiteral("T10"), QStringLiteral("T9")}));
        // The wheel zooms in.
        const double zoomBefore = graph->zoom();
        QWheelEvent wheel(QPointF(graph->viewport()->rect().center()),
                          graph->viewport()->mapToGlobal(graph->viewport()->rect().center()), QPoint(), QPoint(0, 240),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(graph->viewport(), &wheel);
        QVERIFY(graph->zoom() > zoomBefore * 1.2);

        // Exact SALBP-1 at 60 s. Checked by enumeration: the only 3-station answer is
        // S1 {T1,T2,T3} = 60 s, S2 {T4,T5,T7} = 58 s, S3 {T6,T8,T9,T10} = 57 s; 175 s of work.
        app::BalancePanel *balance = workspace->balancePanel();
        balance->setMinimiseStations(true);
        balance->setExact(true);
        QSignalSpy finished(balance, &app::BalancePanel::finished);
        QTest::mouseClick(balance->balanceButton(), Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QVERIFY2(balance->outcome().ok, qPrintable(balance->outcome().message));
        QVERIFY(balance->outcome().optimal);
        QCOMPARE(balance->outcome().stationCount, 3);
        QCOMPARE(balance->outcome().lowerBound, 3.0);
        QVERIFY2(balance->resultText().contains(QStringLiteral("proven optimal")), qPrintable(balance->resultText()));
        QVERIFY2(balance->resultText().contains(QStringLiteral("lower bound 3 station")),
                 qPrintable(balance->resultText()));
        const int stepsBeforeApply = document.undoStack()->count();
        QTest::mouseClick(balance->applyButton(), Qt::LeftButton);
        QCOMPARE(document.undoStack()->count(), stepsBeforeApply + 1);

        app::YamazumiWidget *chart = workspace->yamazumi();
        app::LineMetricsPanel *metrics = workspace->metricsPanel();
        QCOMPARE(barTimes(chart), (std::vector<double>{60, 58, 57}));
        QCOMPARE(chart->chartData().taktTimeS, 60.0);
        QCOMPARE(metrics->valueText(QStringLiteral("stations")), QStringLiteral("3"));
        QCOMPARE(metrics->valueText(QStringLiteral("efficiency")), QStringLiteral("97.2 %")); // 175 / 180
        QCOMPARE(metrics->valueText(QStringLiteral("balanceDelay")), QStringLiteral("2.8 %"));
        QCOMPARE(metrics->valueText(QStringLiteral("smoothness")), QStringLiteral("3.6 s")); // sqrt(0 + 4 + 9)
        QCOMPARE(metrics->valueText(QStringLiteral("idle")), QStringLiteral("5.0 s"));       // 180 - 175
        QCOMPARE(metrics->valueText(QStringLiteral("bottleneck")), QStringLiteral("S1 (60.0 s)"));
        QCOMPARE(metrics->valueText(QStringLiteral("operators")), QStringLiteral("3"));
        QCOMPARE(metrics->valueText(QStringLiteral("output")), QStringLiteral("480 units")); // 28800 / 60

        // Drags on the board: T6 to S2 overloads it (58 + 12 > 60), T4 to S3 would put it after T7.
        app::StationBoard *board = workspace->stationBoard();
        drag(board, board->cardCentre(QStringLiteral("T6")), board->columnDropPoint(1));
        QVERIFY2(board->message().contains(QStringLiteral("more than the takt")), qPrintable(board->message()));
        drag(board, board->cardCentre(QStringLiteral("T4")), board->columnDropPoint(2));
        QVERIFY2(board->message().contains(QStringLiteral("before T7")), qPrintable(board->message()));
        QCOMPARE(barTimes(chart), (std::vector<double>{60, 58, 57}));

        // A fourth station, and T10 dragged onto it: 60, 58, 47, 10 s.
        toolAction(workspace->stationTable(), QStringLiteral("Add station"))->trigger();
        QCOMPARE(context->line()->stations.size(), std::size_t(4));
        drag(board, board->cardCentre(QStringLiteral("T10")), board->columnDropPoint(3));
        QCOMPARE(context->line()->stations[3].taskIds, QStringList{QStringLiteral("T10")});
        QCOMPARE(barTimes(chart), (std::vector<double>{60, 58, 47, 10}));
        QCOMPARE(metrics->valueText(QStringLiteral("stations")), QStringLiteral("4"));
        QCOMPARE(metrics->valueText(QStringLiteral("efficiency")), QStringLiteral("72.9 %")); // 175 / 240
        QCOMPARE(metrics->valueText(QStringLiteral("balanceDelay")), QStringLiteral("27.1 %"));
        QCOMPARE(metrics->valueText(QStringLiteral("smoothness")),
                 QStringLiteral("51.7 s"));                                             // sqrt(0 + 4 + 169 + 2500)
        QCOMPARE(metrics->valueText(QStringLiteral("idle")), QStringLiteral("65.0 s")); // 240 - 175
        QCOMPARE(metrics->valueText(QStringLiteral("operators")), QStringLiteral("4"));
        // The KPI panel reads the same assignment.
        parts(window).liveAnalysis()->flush();
        QCOMPARE(parts(window).kpiDock()->valueText(QStringLiteral("stations")), QStringLiteral("4"));
        QCOMPARE(parts(window).kpiDock()->valueText(QStringLiteral("efficiency")), QStringLiteral("72.9 %"));

        // Undo the move: back to 57 s at S3 and an empty fourth station; undo again removes it.
        document.undoStack()->undo();
        QCOMPARE(barTimes(chart), (std::vector<double>{60, 58, 57, 0}));
        QVERIFY(board->cardCentre(QStringLiteral("T10")).x() < board->columnDropPoint(3).x());
        document.undoStack()->undo();
        QCOMPARE(barTimes(chart), (std::vector<double>{60, 58, 57}));
        QCOMPARE(metrics->valueText(QStringLiteral("efficiency")), QStringLiteral("97.2 %"));
        document.undoStack()->redo();
        document.undoStack()->redo();
        QCOMPARE(barTimes(chart), (std::vector<double>{60, 58, 47, 10}));

        // Save, reopen in a fresh document: the same line, stations and settings.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("line.taktflow"));
        QVERIFY(document.saveAs(path));
        const core::ProductionLine saved = *context->line();
        app::ProjectDocument reopened;
        QVERIFY(reopened.open(path));
        QCOMPARE(reopened.currentVariant()->lines.size(), std::size_t(1));
        QVERIFY(reopened.currentVariant()->lines.front() == saved);
    }

    void stationLinksDrawTheLineOnTheFloor()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        app::LineFloorDrawing drawing(&document);
        QCOMPARE(drawing.paths().size(), std::size_t(1));
        // The sample's four stations stand at WS1, WS2, WS3 and TEST, in that order.
        const core::Variant &variant = *document.currentVariant();
        const auto &points = drawing.paths().front().points;
        QCOMPARE(points.size(), std::size_t(4));
        QCOMPARE(points[0],
                 QPointF(variant.findItem(QStringLiteral("WS1"))->xM, -variant.findItem(QStringLiteral("WS1"))->yM));
        QCOMPARE(points[3],
                 QPointF(variant.findItem(QStringLiteral("TEST"))->xM, -variant.findItem(QStringLiteral("TEST"))->yM));

        // Linking station 1 to another item through the station table moves the drawn line.
        app::LineContext context(&document);
        app::StationTable table(&context);
        table.linkStation(0, QStringLiteral("CNC1"));
        QCOMPARE(document.currentVariant()->lines.front().stations[0].itemId, QStringLiteral("CNC1"));
        const core::LayoutItem *cnc = document.currentVariant()->findItem(QStringLiteral("CNC1"));
        QCOMPARE(drawing.paths().front().points[0], QPointF(cnc->xM, -cnc->yM));
        document.undoStack()->undo();
        QCOMPARE(drawing.paths().front().points[0], points[0]);
    }

    void cancelStopsHardExactRunWithin100ms()
    {
        // Otto et al. n = 1000: the exact search does not finish within seconds on this machine.
        const core::SalbpReadResult read =
            core::readSalbpFile(QStringLiteral(TAKTFLOW_TEST_DATA "/salbp/otto_n1000_27.alb"));
        QVERIFY2(read, qPrintable(read.errorMessage));
        core::Project project = emptyProject();
        core::ProductionLine line;
        line.id = QStringLiteral("L1");
        line.name = QStringLiteral("Otto n=1000");
        for (std::size_t i = 0; i < read.instance->taskTimes.size(); ++i) {
            core::Task task;
            task.id = QStringLiteral("T%1").arg(i + 1);
            task.timeS = double(read.instance->taskTimes[i]);
            line.tasks.push_back(task);
        }
        for (const auto &[before, after] : read.instance->precedences)
            line.tasks[std::size_t(after)].predecessors << QStringLiteral("T%1").arg(before + 1);
        // Takt = the file's cycle time: available time = cycle x demand.
        line.demandPerPeriod = 100;
        line.availableTimePerPeriodS = double(*read.instance->cycleTime) * 100;
        project.variants.front().lines.push_back(line);

        app::ProjectDocument document;
        document.reset(project, {});
        app::LineContext context(&document);
        app::BalancePanel panel(&context);
        panel.setExact(true);
        panel.setTimeLimit(60);
        QVERIFY(panel.start());
        // The solver's first progress report follows its set-up, greedy start and bounds for
        // 1,000 tasks; waiting for it (not only a fixed 400 ms) keeps the test meaningful on a
        // busy or sanitizer-instrumented build, where that set-up alone can take longer.
        QTest::qWait(400);
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->value() > 0, 10000);
        QVERIFY2(panel.isRunning(), "the instance was solved too fast to test cancelling");
        QElapsedTimer clock;
        clock.start();
        QTest::mouseClick(panel.cancelButton(), Qt::LeftButton);
        panel.waitForFinished();
        const qint64 ms = clock.elapsed();
        qInfo("cancel took %lld ms", ms);
        QVERIFY2(ms < kCancelBoundMs, qPrintable(QStringLiteral("cancel took %1 ms").arg(ms)));
        QVERIFY(panel.outcome().cancelled);
        QVERIFY(!panel.outcome().optimal);
        // The best assignment found before the cancel is kept and can be applied.
        QVERIFY(panel.outcome().ok);
        QVERIFY(panel.outcome().stationCount >= int(std::ceil(panel.outcome().lowerBound)));
    }
};

QTEST_MAIN(TestLineWorkspace)
#include "tst_lineworkspace.moc"
