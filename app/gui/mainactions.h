// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;

namespace taktflow::app {

class ArrangementTask;
class Autosaver;
class JobRunner;
class LayoutTasks;
class LayoutWorkspace;
class ProjectDocument;
class ReportTasks;

/** What the menus act on, handed over by the window that owns it all. */
struct MainActionsContext {
    /** Gets the menu bar and toolbar, parents the dialogs, lists its docks in View > Panels. */
    QMainWindow *window = nullptr;
    ProjectDocument *document = nullptr;
    LayoutWorkspace *layout = nullptr;
    LayoutTasks *layoutTasks = nullptr;
    ArrangementTask *arrangement = nullptr;
    ReportTasks *reports = nullptr;
    JobRunner *jobs = nullptr;
    Autosaver *autosaver = nullptr;
};

/**
 * The menus and toolbars of the main window, with standard shortcuts. Actions are found by a
 * stable name ("edit.undo", "view.zoomIn" ...) so tests and workspaces can reach them. File
 * handling and the clipboard stay with the window: their actions only signal it.
 */
class MainActions : public QObject
{
    Q_OBJECT

public:
    /** Builds the menus and toolbars into context.window, which becomes the parent. */
    explicit MainActions(const MainActionsContext &context);

    QAction *action(const QString &name) const { return mActions.value(name); }
    QMenu *recentMenu() const { return mRecentMenu; }
    /** The View menu, where docks add their toggles. */
    QMenu *viewMenu() const { return mViewMenu; }

signals:
    void newProjectRequested();
    void openProjectRequested();
    void saveRequested();
    void saveAsRequested();
    void cutRequested();
    void copyRequested();
    void pasteRequested();

private:
    QAction *add(QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut = {});
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createArrangeMenu();
    void createLayoutMenu();
    /** File > Import and File > Export: CSV, DXF items, project JSON (DataExchange). */
    void createExchangeMenus(QMenu *file);
    void createHelpMenu();
    void createToolBars();
    void updateEnabled();

    MainActionsContext mContext;
    QMainWindow *mWindow;
    QHash<QString, QAction *> mActions;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
};

} // namespace taktflow::app
