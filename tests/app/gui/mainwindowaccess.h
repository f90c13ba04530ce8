// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/docks/variantsdock.h"
#include "app/gui/mainwindow.h"

#include <QTableView>

#include <memory>

namespace taktflow::app {

/**
 * The parts of a main window that tests look at and drive. The window itself hands out only
 * what the application needs; this friend reads the rest, for tests and benchmarks only.
 */
struct MainWindowTestAccess {
    const MainWindow &window;

    Autosaver *autosaver() const { return window.mAutosaver; }
    ProjectDocument *document() const { return window.mDocument; }
    LiveAnalysis *liveAnalysis() const { return window.mAnalysis; }
    LayoutWorkspace *layoutWorkspace() const { return window.mLayout; }
    LayoutTasks *layoutTasks() const { return window.mTasks; }
    ArrangementTask *arrangementTask() const { return window.mArrangement; }
    ReportTasks *reportTasks() const { return window.mReports; }
    LineWorkspace *lineWorkspace() const { return window.mLine; }
    SimulationWorkspace *simulationWorkspace() const { return window.mSimulation; }
    CompareWorkspace *compareWorkspace() const { return window.mCompare; }
    MainActions *actions() const { return window.mActions; }
    JobRunner *jobRunner() const { return window.mJobs; }
    VariantsDock *variantsDock() const { return window.mVariantsDock; }
    LibraryDock *libraryDock() const { return window.mLibraryDock; }
    PropertiesDock *propertiesDock() const { return window.mPropertiesDock; }
    FindingsDock *findingsDock() const { return window.mFindingsDock; }
    KpiDock *kpiDock() const { return window.mKpiDock; }
    FromToDock *fromToDock() const { return window.mFromToDock; }
    QListWidget *variantList() const { return window.mVariantsDock->list(); }
    QTableView *itemTable() const { return window.mItemTable; }
};

inline MainWindowTestAccess parts(const MainWindow &window)
{
    return MainWindowTestAccess{window};
}

inline MainWindowTestAccess parts(const MainWindow *window)
{
    return MainWindowTestAccess{*window};
}

inline MainWindowTestAccess parts(const std::unique_ptr<MainWindow> &window)
{
    return MainWindowTestAccess{*window};
}

} // namespace taktflow::app
