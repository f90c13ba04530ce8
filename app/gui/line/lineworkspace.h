// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTabWidget;

namespace taktflow::app {

class BalancePanel;
class LineContext;
class LineMetricsPanel;
class LineSettingsPanel;
class PrecedenceGraphView;
class ProjectDocument;
class StationBoard;
class StationTable;
class TaskTableWidget;
class YamazumiWidget;

/**
 * The line-balancing workspace (`--view line`): pick a line of the current variant, its takt
 * time and derivation beside it; on the left the balancer and the line's figures; in the
 * middle the tasks, the precedence graph, demand and shifts and the stations' placement as
 * tabs, below them the station board and the yamazumi chart. Every panel reads the line through one LineContext and
 * edits it only by undoable commands, so they all follow each other, undo and redo.
 */
class LineWorkspace : public QWidget
{
    Q_OBJECT

public:
    explicit LineWorkspace(ProjectDocument *document, QWidget *parent = nullptr);

    LineContext *context() const { return mContext; }
    LineSettingsPanel *settingsPanel() const { return mSettings; }
    TaskTableWidget *taskTable() const { return mTasks; }
    PrecedenceGraphView *graphView() const { return mGraph; }
    StationTable *stationTable() const { return mStationTable; }
    BalancePanel *balancePanel() const { return mBalance; }
    StationBoard *stationBoard() const { return mBoard; }
    YamazumiWidget *yamazumi() const { return mYamazumi; }
    LineMetricsPanel *metricsPanel() const { return mMetrics; }
    QTabWidget *tabs() const { return mTabs; }
    /** Adds an empty line to the current variant and shows it (one undoable step). */
    void addLine();

private:
    void refreshLineChoices();
    void refreshTakt();

    ProjectDocument *mDocument;
    LineContext *mContext;
    QComboBox *mLines;
    QLabel *mTakt;
    LineSettingsPanel *mSettings;
    BalancePanel *mBalance;
    LineMetricsPanel *mMetrics;
    QTabWidget *mTabs;
    TaskTableWidget *mTasks;
    PrecedenceGraphView *mGraph;
    StationTable *mStationTable;
    StationBoard *mBoard;
    QLabel *mBoardMessage;
    YamazumiWidget *mYamazumi;
};

} // namespace taktflow::app
