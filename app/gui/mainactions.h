// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QString>

class QAction;
class QMenu;

namespace taktflow::app {

class MainWindow;

/**
 * The menus and toolbars of the main window, with standard shortcuts. Actions are found by a
 * stable name ("edit.undo", "view.zoomIn" ...) so tests and workspaces can reach them.
 */
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(MainWindow *window);

    QAction *action(const QString &name) const { return mActions.value(name); }
    QMenu *recentMenu() const { return mRecentMenu; }
    /** The View menu, where docks add their toggles. */
    QMenu *viewMenu() const { return mViewMenu; }

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

    MainWindow *mWindow;
    QHash<QString, QAction *> mActions;
    QMenu *mRecentMenu = nullptr;
    QMenu *mViewMenu = nullptr;
};

} // namespace taktflow::app
