// SPDX-License-Identifier: GPL-3.0-or-later
// The Simulation workspace as a user drives it: parameters set through its widgets and undone,
// a run in the background read back from the result widgets, Cancel, a refused second run,
// save and reopen, the bottleneck on the station board, the station-state chart's colours at a
// station's bar, buffer sizing applied and added as a variant, and `--view simulation`.
#include "app/document/projectdocument.h"
#include "app/gui/line/lineworkspace.h"
#include "app/gui/line/stationboard.h"
#include "app/gui/mainwindow.h"
#include "tests/app/gui/mainwindowaccess.h"
#include "app/gui/simulation/buffersizingdialog.h"
#include "app/gui/simulation/simresultspanel.h"
#include "app/gui/simulation/simsettingspanel.h"
#include "app/gui/simulation/simstatechart.h"
#include "app/gui/simulation/simstationcells.h"
#include "app/gui/simulation/simtablemodel.h"
#include "app/gui/simulation/simtablewidget.h"
#include "app/gui/simulation/simtaskcells.h"
#include "app/gui/simulation/simtimecharts.h"
#include "app/gui/simulation/simulationrunner.h"
#include "app/gui/simulation/simulationworkspace.h"
#include "app/gui/simulation/taskdensityview.h"
#include "app/render/simulationpalette.h"
#include "core/model/sampleproject.h"
#include "tests/common/processrunner.h"

#include <QApplication>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QRadioButton>
#include <QSignalSpy>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace taktflow;
using core::simulation::StationState;

class TestSimulationWorkspace : public QObject
{
    Q_OBJECT

    app::ProjectDocument *mDocument = nullptr;
    app::MainWindow *mWindow = nullptr;
    app::SimulationWorkspace *mSim = nullptr;

    const core::ProductionLine &line() const { return mDocument->currentVariant()->lines.front(); }
    QString text(const char *name) const { return mSim->findChild<QLabel *>(QString::fromLatin1(name))->text(); }

    /** A short experiment, so that a run takes a fraction of a second. */
    void shortRuns()
    {
        mSim->settingsPanel()->replications()->setValue(3);
        mSim->settingsPanel()->durationHours()->setValue(2.0);
        mSim->settingsPanel()->warmupHours()->setValue(0.25);
    }

private slots:
    void init()
    {
        mDocument = new app::ProjectDocument;
        mDocument->reset(core::makeSampleProject(), {});
        mWindow = new app::MainWindow(mDocument);
        mWindow->show();
        QVERIFY(mWindow->selectWorkspace(QStringLiteral("simulation")));
        mSim = parts(mWindow).simulationWorkspace();
        QVERIFY(mSim);
    }

    void cleanup()
    {
        delete mWindow;
        delete mDocument;
    }

    void parametersThroughTheWidgetsAndUndo()
    {
        QUndoStack *stack = mDocument->undoStack();
        // The sample's defaults and its own spreads show.
        QCOMPARE(mSim->settingsPanel()->replications()->value(), 10);
        QVERIFY(mSim->settingsPanel()->durationHours()->specialValueText().contains(QStringLiteral("8 h")));
        QTableView *tasks = mSim->taskTable()->view();
        QCOMPARE(tasks->model()->index(2, app::SimTaskCells::Distribution).data().toString(), QStringLiteral("Normal"));
        QCOMPARE(tasks->model()->index(2, app::SimTaskCells::Sd).data().toString(), QStringLiteral("5"));
        // Selecting the row shows its density in the preview.
        tasks->setCurrentIndex(tasks->model()->index(2, app::SimTaskCells::Mean));
        QVERIFY(mSim->densityView()->distribution().has_value());
        QCOMPARE(mSim->densityView()->distribution()->kind, core::TimeDistribution::Kind::Normal);

        // Stepping a spin box three times is one undo step.
        mSim->settingsPanel()->replications()->stepBy(1);
        mSim->settingsPanel()->replications()->stepBy(1);
        mSim->settingsPanel()->replications()->stepBy(1);
        QCOMPARE(line().simulation.run.replications, 13);
        QCOMPARE(stack->count(), 1);
        // A typed cell edit through the view's editor.
        tasks->setCurrentIndex(tasks->model()->index(0, app::SimTaskCells::Mean));
        tasks->edit(tasks->currentIndex());
        auto *editor = tasks->viewport()->findChild<QLineEdit *>();
        QVERIFY(editor);
        editor->selectAll();
        QTest::keyClicks(editor, QStringLiteral("14"));
        QCOMPARE(editor->text(), QStringLiteral("14"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The view commits a Return-closed editor through a queued call.
        QTRY_VERIFY(line().simulation.taskTimes.count(QStringLiteral("T1")));
        QVERIFY2(line().simulation.taskTimes.count(QStringLiteral("T1")), qPrintable(mSim->taskTable()->message()));
        QCOMPARE(line().simulation.taskTimes.at(QStringLiteral("T1")), core::TimeDistribution::deterministic(14));
        QCOMPARE(stack->count(), 2);
        // Paste from a spreadsheet into the station table: 2 servers, MTBF 4 h, MTTR 15 min.
        QTableView *stations = mSim->stationTable()->view();
        stations->setCurrentIndex(stations->model()->index(1, app::SimStationCells::Servers));
        mSim->stationTable()->pasteText(QStringLiteral("2\t4\t15\n"));
        QCOMPARE(mSim->stationTable()->message(), QString());
        QCOMPARE(line().simulation.stations[1].servers, 2);
        // 4 h / (4 h + 0.25 h) = 94.1 %
        QCOMPARE(stations->model()->index(1, app::SimStationCells::Availability).data().toString(), QStringLiteral("94.1"));
        mSim->stationTable()->pasteText(QStringLiteral("x"));
        QVERIFY(!mSim->stationTable()->message().isEmpty());
        QCOMPARE(stack->count(), 3);

        stack->undo();
        QCOMPARE(stations->model()->index(1, app::SimStationCells::Servers).data().toString(), QStringLiteral("1"));
        stack->undo();
        QVERIFY(!line().simulation.taskTimes.count(QStringLiteral("T1")));
        stack->undo();
        QCOMPARE(mSim->settingsPanel()->replications()->value(), 10);
        QCOMPARE(line().simulation, core::makeSampleProject().variants.front().lines.front().simulation);
    }

    void runShowsResultsAndStoresThem()
    {
        shortRuns();
        const int before = mDocument->undoStack()->count();
        QSignalSpy finished(mSim, &app::SimulationWorkspace::runFinished);
        QVERIFY(mSim->run());
        // The window stays live and a second run is refused while the first one goes.
        QVERIFY(mSim->runner()->isRunning());
        QVERIFY(!mSim->run());
        QVERIFY(mSim->statusText().contains(QStringLiteral("running")));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        QVERIFY(line().lastSimulation.has_value());
        QCOMPARE(mDocument->undoStack()->count(), before + 1);
        const core::SimulationSummary &summary = *line().lastSimulation;
        QCOMPARE(summary.replications, 3);
        QCOMPARE(summary.stations.size(), std::size_t(4));
        // The figures read back from the widgets are the stored ones.
        const QString throughput = QLocale().toString(summary.throughputPerHourMean, 'f', 1);
        QVERIFY2(text("simThroughput").startsWith(throughput), qPrintable(text("simThroughput")));
        // A deterministic bound: no station is faster than its slowest share of the takt, so
        // the throughput cannot beat 3600 / 90 s (stations 1 and 2 at 90 s) = 40 parts/h.
        QVERIFY(summary.throughputPerHourMean > 0.0 && summary.throughputPerHourMean <= 40.0 + 1e-9);
        QVERIFY(!text("simVerdict").isEmpty());
        QVERIFY(text("simLeadTime").contains(QStringLiteral("P95")));
        QCOMPARE(mSim->resultsPanel()->stateChart()->stations().size(), std::size_t(4));
        QVERIFY(!mSim->timeCharts()->charts().empty());
        // For the user guide: TAKTFLOW_SIM_SCREENSHOTS=DIR keeps pictures of both result pages.
        if (const QString dir = qEnvironmentVariable("TAKTFLOW_SIM_SCREENSHOTS"); !dir.isEmpty()) {
            mWindow->resize(1600, 1000);
            QTest::qWait(200);
            mWindow->grab().save(dir + QStringLiteral("/simulation.png"));
            mSim->resultTabs()->setCurrentIndex(1);
            QTest::qWait(100);
            mWindow->grab().save(dir + QStringLiteral("/simulation-over-time.png"));
            mSim->resultTabs()->setCurrentIndex(0);
            for (int tab : {1, 3}) {
                mSim->parameterTabs()->setCurrentIndex(tab);
                QTest::qWait(100);
                mSim->grab().save(dir + QStringLiteral("/simulation-parameters-%1.png").arg(tab));
            }
            mSim->parameterTabs()->setCurrentIndex(0);
        }
        // The bottleneck shows on the line workspace's station board with a tooltip.
        app::StationBoard *board = parts(mWindow).lineWorkspace()->stationBoard();
        QVERIFY(board->bottleneckStation() >= 0);
        QCOMPARE(summary.stations[std::size_t(board->bottleneckStation())].name, summary.bottleneck);
        QVERIFY(board->bottleneckTip().contains(QStringLiteral("S%1").arg(board->bottleneckStation() + 1)));
        // A later edit makes the stored result stale, and the page says so.
        QVERIFY(!text("simRunInfo").contains(QStringLiteral("changed")));
        mSim->settingsPanel()->seed()->setValue(77);
        QVERIFY2(text("simRunInfo").contains(QStringLiteral("changed since")), qPrintable(text("simRunInfo")));
        mDocument->undoStack()->undo();
        QVERIFY(!text("simRunInfo").contains(QStringLiteral("changed")));
        // Undo takes the stored result back out.
        mDocument->undoStack()->undo();
        QVERIFY(!line().lastSimulation.has_value());
        QCOMPARE(board->bottleneckStation(), -1);
    }

    void cancelKeepsThePreviousResult()
    {
        mSim->settingsPanel()->replications()->setValue(2000);
        mSim->settingsPanel()->durationHours()->setValue(2000.0);
        QSignalSpy finished(mSim->runner(), &app::SimulationRunner::finished);
        QVERIFY(mSim->run());
        QTest::qWait(50);
        mSim->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(mSim->statusText().contains(QStringLiteral("Cancelled")));
        QVERIFY(!line().lastSimulation.has_value());
        QVERIFY(mSim->findChild<QWidget *>(QStringLiteral("simRun"))->isEnabled());
    }

    void saveAndReopen()
    {
        shortRuns();
        QSignalSpy finished(mSim, &app::SimulationWorkspace::runFinished);
        QVERIFY(mSim->run());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const QString shown = text("simThroughput");
        const core::ProductionLine saved = line();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("sim.taktflow"));
        QVERIFY(mDocument->saveAs(path));
        mDocument->reset(core::makeSampleProject(), {});
        QVERIFY(!line().lastSimulation.has_value());
        QVERIFY(mDocument->open(path));
        QCOMPARE(line().simulation, saved.simulation);
        QVERIFY(line().lastSimulation.has_value());
        QCOMPARE(text("simThroughput"), shown);
        QCOMPARE(mSim->settingsPanel()->replications()->value(), 3);
    }

    void stateChartColoursAStationsBar()
    {
        app::SimStateChart chart;
        chart.resize(600, 240);
        core::SimulationSummary::StationShares working{QStringLiteral("S1"), 1.0, 0, 0, 0, 0, 0, 0.0};
        core::SimulationSummary::StationShares failed{QStringLiteral("S2"), 0, 0, 0, 1.0, 0, 0, 1.0};
        core::SimulationSummary::StationShares half{QStringLiteral("S3"), 0, 0.5, 0.5, 0, 0, 0, 0.0};
        chart.setStations({working, failed, half}, QStringLiteral("S2"));
        const QImage image = chart.grab().toImage();
        const auto colourAt = [&](int station, double fraction) {
            const QRectF bar = chart.barRect(station);
            return QColor(image.pixel(int(bar.left() + bar.width() * fraction), int(bar.top() + bar.height() * 0.25)));
        };
        QCOMPARE(colourAt(0, 0.1), app::render::stationStateColor(StationState::Working));
        QCOMPARE(colourAt(1, 0.1), app::render::stationStateColor(StationState::Failed));
        QCOMPARE(colourAt(1, 0.9), app::render::stationStateColor(StationState::Failed));
        // Half starved, half blocked: one colour in each half.
        const QColor left = colourAt(2, 0.1), right = colourAt(2, 0.9);
        QVERIFY(left != right);
        QVERIFY(left == app::render::stationStateColor(StationState::Starved) ||
                left == app::render::stationStateColor(StationState::Blocked));
        QVERIFY(right == app::render::stationStateColor(StationState::Starved) ||
                right == app::render::stationStateColor(StationState::Blocked));
    }

    void bufferSizingAppliesAndAddsAVariant()
    {
        shortRuns();
        app::BufferSizingDialog dialog(mDocument, mDocument->currentVariantId(), line().id);
        dialog.targetMode()->setChecked(false);
        dialog.totalCapacity()->setValue(6);
        dialog.maxTotal()->setValue(6);
        QVERIFY(dialog.start());
        QVERIFY(!dialog.start());
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 60000);
        QVERIFY2(dialog.result().found, qPrintable(dialog.message()));
        int total = 0;
        for (int c : dialog.result().best.capacities)
            total += c;
        // The best allocation keeps within the total it was given.
        QVERIFY2(total <= 6 && total == dialog.result().best.total, qPrintable(dialog.message()));
        QVERIFY(!dialog.result().curve.empty());
        QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("sizeApply"))->isEnabled());

        const std::size_t variants = mDocument->project().variants.size();
        QVERIFY(dialog.applyToCurrentVariant());
        std::vector<std::optional<int>> expected;
        for (int c : dialog.result().best.capacities)
            expected.emplace_back(c);
        QCOMPARE(line().simulation.buffers, expected);
        mDocument->undoStack()->undo();
        QCOMPARE(line().simulation.buffers, core::makeSampleProject().variants.front().lines.front().simulation.buffers);

        const QString original = mDocument->currentVariantId();
        QVERIFY(dialog.addAsNewVariant());
        QCOMPARE(mDocument->project().variants.size(), variants + 1);
        QVERIFY(mDocument->currentVariantId() != original);
        QCOMPARE(line().simulation.buffers, expected);
        mDocument->undoStack()->undo();
        QCOMPARE(mDocument->project().variants.size(), variants);
        QCOMPARE(mDocument->currentVariantId(), original);
    }

    void bufferSizingCancels()
    {
        // Long experiments, so that the search is still going when Cancel comes.
        mSim->settingsPanel()->replications()->setValue(200);
        mSim->settingsPanel()->durationHours()->setValue(1000.0);
        const int edits = mDocument->undoStack()->count();
        app::BufferSizingDialog dialog(mDocument, mDocument->currentVariantId(), line().id);
        dialog.maxTotal()->setValue(500);
        dialog.targetPerHour()->setValue(39.99);
        QVERIFY(dialog.start());
        dialog.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 10000);
        QVERIFY(dialog.result().cancelled);
        QVERIFY(!dialog.findChild<QWidget *>(QStringLiteral("sizeApply"))->isEnabled());
        QCOMPARE(mDocument->undoStack()->count(), edits);
    }

    void screenshotOfTheView()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("sim.png"));
        const test::ProcessOutput out = test::runProcess(
            QStringLiteral(TAKTFLOW_GUI),
            {QStringLiteral("--sample"), QStringLiteral("--screenshot"), png, QStringLiteral("--view"), QStringLiteral("simulation")});
        QVERIFY2(out.exitCode == 0 && !out.crashed, qPrintable(out.err));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
    }
};

QTEST_MAIN(TestSimulationWorkspace)
#include "tst_simulationworkspace.moc"
