// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QTabWidget;
class QTableView;

namespace taktflow::app {

class Autosaver;
class FindingsDock;
class FromToDock;
class ItemTableModel;
class JobRunner;
class KpiDock;
class LayoutTasks;
class ArrangementTask;
class LayoutWorkspace;
class LibraryDock;
class LineWorkspace;
class LiveAnalysis;
class MainActions;
class ProjectDocument;
class CompareWorkspace;
class SimulationWorkspace;
class AnimationPage;
class AnimationRecorder;
class ReportTasks;
class View3DPage;
class PropertiesDock;
class RecentFiles;
class VariantsDock;

/**
 * The main window: workspaces as tabs in the middle ("layout" is the 2D editor; the 3D view,
 * line balancing and comparison register theirs with addWorkspace()), docks around them
 * (variants, equipment library, properties, findings, key figures, from-to matrix, items),
 * menus and toolbars from MainActions. File handling and the title live here; everything else
 * is in the classes it owns.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ProjectDocument *document, QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Adds a workspace page; key is what `--view KEY` selects. The window takes ownership. */
    void addWorkspace(const QString &key, const QString &title, QWidget *widget);
    /** Shows a registered workspace; false for an unknown key. */
    bool selectWorkspace(const QString &key);
    QStringList workspaceKeys() const;
    QString currentWorkspace() const;

    /** Selects the variant with this name or id; false when there is none. */
    bool selectVariant(const QString &nameOrId);
    QString currentVariantId() const;
    /** Opens a file, reporting problems in a message box. */
    bool openFile(const QString &path);
    /**
     * Offers to restore an autosave left by a Taktflow that did not close normally: of the
     * open project, or of untitled work when no project is open. The environment variable
     * TAKTFLOW_RECOVERY_ANSWER=restore|discard answers without asking (tests).
     */
    void offerRecovery();

    /** The 3D page, for screenshots of the 3D view (--screenshot). */
    View3DPage *view3dPage() const { return m3dPage; }
    AnimationPage *animationPage() const { return mAnimation; }
    AnimationRecorder *animationRecorder() const { return mAnimationRecorder; }
    /** `--view simulation-animation`: the Simulation workspace's animation page, recording the
     *  current line; false when the line cannot be simulated (the page says why). */
    bool showSimulationAnimation();
    /** The recent-files list, which files opened from the command line join. */
    RecentFiles *recentFiles() const { return mRecent; }

    void newProject();
    void openProject();
    bool save();
    bool saveAs();
    /** Copies the selection to the clipboard (Cut also deletes it). */
    void copySelection();
    void cutSelection();
    void paste();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // Tests reach the workspaces, docks and tasks through this (tests/app/gui/mainwindowaccess.h).
    friend struct MainWindowTestAccess;

    void createDocks();
    void refreshTitle();
    void showStatus();
    /** Asks to save unsaved changes; false when the user cancels. */
    bool maybeSave();
    void warnReadOnly();

    ProjectDocument *mDocument;
    LiveAnalysis *mAnalysis;
    QTabWidget *mWorkspaces;
    QStringList mWorkspaceKeys;
    LayoutWorkspace *mLayout;
    JobRunner *mJobs;
    LayoutTasks *mTasks;
    ArrangementTask *mArrangement;
    View3DPage *m3dPage = nullptr;
    LineWorkspace *mLine = nullptr;
    SimulationWorkspace *mSimulation = nullptr;
    AnimationPage *mAnimation = nullptr;
    AnimationRecorder *mAnimationRecorder = nullptr;
    CompareWorkspace *mCompare = nullptr;
    ReportTasks *mReports = nullptr;
    MainActions *mActions = nullptr;
    RecentFiles *mRecent = nullptr;
    VariantsDock *mVariantsDock = nullptr;
    LibraryDock *mLibraryDock = nullptr;
    PropertiesDock *mPropertiesDock = nullptr;
    FindingsDock *mFindingsDock = nullptr;
    KpiDock *mKpiDock = nullptr;
    FromToDock *mFromToDock = nullptr;
    Autosaver *mAutosaver = nullptr;
    ItemTableModel *mItemModel = nullptr;
    QTableView *mItemTable = nullptr;
};

} // namespace taktflow::app
