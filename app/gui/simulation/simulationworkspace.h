// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;

namespace taktflow::app {

class TaskDensityView;
class LineContext;
class ProjectDocument;
class SimResultsPanel;
class SimSettingsPanel;
class SimTableWidget;
class SimTimeCharts;
class SimulationRunner;
struct SimulationRun;

/**
 * The simulation workspace (`--view simulation`): the parameters of the current variant's
 * production line on the left (task time distributions with a density preview, stations with
 * failures and setups, buffers, source and run settings), the results on the right (figures
 * with the verdict and the station-state chart, the series over time, and any page another
 * part adds with addResultPage(), such as the animation). Run works in the background with
 * progress and Cancel; a finished run is stored in the line by an undoable command.
 */
class SimulationWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit SimulationWorkspace(ProjectDocument *document, QWidget *parent = nullptr);
    ~SimulationWorkspace() override;

    LineContext *context() const { return mContext; }
    SimTableWidget *taskTable() const { return mTasks; }
    SimTableWidget *stationTable() const { return mStations; }
    SimTableWidget *bufferTable() const { return mBuffers; }
    SimSettingsPanel *settingsPanel() const { return mSettings; }
    SimResultsPanel *resultsPanel() const { return mResults; }
    SimTimeCharts *timeCharts() const { return mTimeCharts; }
    TaskDensityView *densityView() const { return mDensity; }
    QTabWidget *parameterTabs() const { return mParameterTabs; }
    QTabWidget *resultTabs() const { return mResultTabs; }
    SimulationRunner *runner() const { return mRunner; }
    /** The last run finished in this session (null before one). */
    std::shared_ptr<const SimulationRun> lastRun() const { return mLastRun; }

    /** Adds a page beside the results (the 2D animation); the workspace takes ownership. */
    void addResultPage(QWidget *page, const QString &title);

    /** Starts a run of the shown line; false with the reason shown when it cannot start. */
    bool run();
    void cancel();
    /** Opens the buffer sizing dialog for the shown line. */
    void sizeBuffers();
    /** The message under the buttons (why a run did not start, progress, the outcome). */
    QString statusText() const;

signals:
    /** A run ended with a result (not cancelled): its model, settings and figures. */
    void runFinished(const std::shared_ptr<const taktflow::app::SimulationRun> &run);

private:
    void refreshLineChoices();
    void refreshResults();
    void onFinished(const std::shared_ptr<const SimulationRun> &run);
    void setStatus(const QString &text, bool error = false);
    /** Demand of the shown line in parts per hour of production (3600 / takt); 0 without one. */
    double demandPerHour() const;

    ProjectDocument *mDocument;
    LineContext *mContext;
    SimulationRunner *mRunner;
    QComboBox *mLines;
    QLabel *mTakt;
    QPushButton *mRun;
    QPushButton *mCancel;
    QPushButton *mSize;
    QProgressBar *mProgress;
    QLabel *mStatus;
    QTabWidget *mParameterTabs;
    SimTableWidget *mTasks;
    TaskDensityView *mDensity;
    SimTableWidget *mStations;
    SimTableWidget *mBuffers;
    SimSettingsPanel *mSettings;
    QTabWidget *mResultTabs;
    SimResultsPanel *mResults;
    SimTimeCharts *mTimeCharts;
    std::shared_ptr<const SimulationRun> mLastRun;
};

} // namespace taktflow::app
