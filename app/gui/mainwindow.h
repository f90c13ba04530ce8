// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QTabWidget;
class QTableView;

namespace taktflow::app {

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

    ProjectDocument *document() const { return mDocument; }
    LiveAnalysis *liveAnalysis() const { return mAnalysis; }
    LayoutWorkspace *layoutWorkspace() const { return mLayout; }
    LayoutTasks *layoutTasks() const { return mTasks; }
    ArrangementTask *arrangementTask() const { return mArrangement; }
    ReportTasks *reportTasks() const { return mReports; }
    View3DPage *view3dPage() const { return m3dPage; }
    LineWorkspace *lineWorkspace() const { return mLine; }
    CompareWorkspace *compareWorkspace() const { return mCompare; }
    MainActions *actions() const { return mActions; }
    JobRunner *jobRunner() const { return mJobs; }
    RecentFiles *recentFiles() const { return mRecent; }
    VariantsDock *variantsDock() const { return mVariantsDock; }
    LibraryDock *libraryDock() const { return mLibraryDock; }
    PropertiesDock *propertiesDock() const { return mPropertiesDock; }
    FindingsDock *findingsDock() const { return mFindingsDock; }
    KpiDock *kpiDock() const { return mKpiDock; }
    FromToDock *fromToDock() const { return mFromToDock; }
    QListWidget *variantList() const;
    QTableView *itemTable() const { return mItemTable; }

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
    void createDocks();
    void refreshTitle();
    void showStatus();
    /** Asks to save unsaved changes; false when the user cancels. */
    bool maybeSave();

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
    ItemTableModel *mItemModel = nullptr;
    QTableView *mItemTable = nullptr;
};

} // namespace taktflow::app
