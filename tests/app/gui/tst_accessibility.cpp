// SPDX-License-Identifier: GPL-3.0-or-later
// Every control explains itself and is reachable from the keyboard: status or tool tips on all
// menu and toolbar actions, tool tips on the buttons and fields of every dock, mnemonics in
// every menu title and menu entry, shortcuts on the common actions.
#include "app/document/projectdocument.h"
#include "app/gui/mainactions.h"
#include "app/gui/mainwindow.h"
#include "core/model/sampleproject.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QAbstractButton>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QTableView>
#include <QTest>
#include <QToolBar>

using namespace taktflow;

namespace {

QString plain(QString text)
{
    text.remove(QLatin1Char('&'));
    if (text.endsWith(QLatin1String("...")))
        text.chop(3);
    return text;
}

/** A tip that says more than the action's own text. */
bool hasTip(const QAction *action)
{
    return !action->statusTip().isEmpty() ||
           (!action->toolTip().isEmpty() && action->toolTip() != plain(action->text()));
}

void collectMenus(QMenu *menu, QList<QMenu *> &out)
{
    out << menu;
    for (QAction *action : menu->actions()) {
        if (action->menu())
            collectMenus(action->menu(), out);
    }
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        mDocument.reset(core::makeSampleProject(), {});
        mWindow = new app::MainWindow(&mDocument);
        mWindow->show();
        QVERIFY(QTest::qWaitForWindowExposed(mWindow));
        // Workspaces build some controls when first shown.
        for (const QString &key : mWindow->workspaceKeys())
            mWindow->selectWorkspace(key);
        mWindow->selectWorkspace(QStringLiteral("layout"));
        for (QAction *top : mWindow->menuBar()->actions()) {
            if (top->menu())
                collectMenus(top->menu(), mMenus);
        }
        QVERIFY(mMenus.size() >= 7);
    }

    void cleanupTestCase() { delete mWindow; }

    void everyMenuAndToolbarActionHasATip()
    {
        QStringList missing;
        int checked = 0;
        const auto check = [&](QAction *action, const QString &where) {
            if (action->isSeparator() || action->menu() || action->text().isEmpty())
                return;
            ++checked;
            if (!hasTip(action))
                missing << QStringLiteral("%1: %2").arg(where, plain(action->text()));
        };
        for (QMenu *menu : std::as_const(mMenus)) {
            if (menu->objectName() == QLatin1String("recentMenu"))
                continue; // file paths, made at run time; their tip is the full path when there are files
            for (QAction *action : menu->actions())
                check(action, plain(menu->title()));
        }
        for (QToolBar *bar : mWindow->findChildren<QToolBar *>()) {
            for (QAction *action : bar->actions())
                check(action, bar->windowTitle().isEmpty() ? bar->objectName() : bar->windowTitle());
        }
        QVERIFY2(checked > 60, qPrintable(QString::number(checked)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void everyDockControlHasATip()
    {
        QStringList missing;
        int checked = 0;
        for (QDockWidget *dock : mWindow->findChildren<QDockWidget *>()) {
            QList<QWidget *> controls;
            for (QAbstractButton *w : dock->widget()->findChildren<QAbstractButton *>())
                controls << w;
            for (QLineEdit *w : dock->widget()->findChildren<QLineEdit *>()) {
                // A spin box's or combo box's own line edit is covered by its parent's tip.
                if (!qobject_cast<QAbstractSpinBox *>(w->parentWidget()) &&
                    !qobject_cast<QComboBox *>(w->parentWidget()))
                    controls << w;
            }
            for (QAbstractSpinBox *w : dock->widget()->findChildren<QAbstractSpinBox *>())
                controls << w;
            for (QComboBox *w : dock->widget()->findChildren<QComboBox *>())
                controls << w;
            for (QWidget *control : std::as_const(controls)) {
                // Scroll bar and header buttons belong to Qt's item views, not to us.
                if (control->inherits("QScrollBar") || control->parentWidget()->inherits("QAbstractItemView") ||
                    control->inherits("QTableCornerButton"))
                    continue;
                ++checked;
                if (control->toolTip().isEmpty())
                    missing << QStringLiteral("%1: %2 '%3'")
                                   .arg(dock->windowTitle(), QString::fromLatin1(control->metaObject()->className()),
                                        control->objectName().isEmpty() ? control->accessibleName()
                                                                        : control->objectName());
            }
        }
        QVERIFY2(checked > 10, qPrintable(QString::number(checked)));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void menusHaveMnemonics()
    {
        QStringList missing;
        for (QMenu *menu : std::as_const(mMenus)) {
            if (!menu->title().contains(QLatin1Char('&')))
                missing << QStringLiteral("menu title '%1'").arg(menu->title());
            QSet<QChar> used;
            for (QAction *action : menu->actions()) {
                // Our actions are named "area.action"; dock toggles and recent files are Qt's or run time's.
                if (action->isSeparator() || !action->objectName().contains(QLatin1Char('.')))
                    continue;
                const qsizetype amp = action->text().indexOf(QLatin1Char('&'));
                if (amp < 0 || amp + 1 >= action->text().size())
                    missing << QStringLiteral("%1 > %2").arg(plain(menu->title()), action->text());
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
    }

    void commonActionsHaveShortcuts()
    {
        for (const char *name : {"file.new", "file.open", "file.save", "file.saveAs", "file.quit", "edit.undo",
                                 "edit.redo", "edit.cut", "edit.copy", "edit.paste", "edit.delete", "edit.selectAll",
                                 "view.zoomIn", "view.zoomOut", "view.fit", "help.userGuide"}) {
            QAction *action = parts(mWindow).actions()->action(QString::fromLatin1(name));
            QVERIFY2(action, name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
        // No two actions of the window share a shortcut in the same context (Qt would call it ambiguous).
        QHash<QString, QString> seen;
        QStringList clashes;
        for (QAction *action : mWindow->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->shortcutContext() != Qt::WindowShortcut)
                continue;
            const QString key = action->shortcut().toString();
            if (seen.contains(key) && seen.value(key) != action->objectName())
                clashes << QStringLiteral("%1: %2 and %3").arg(key, seen.value(key), action->objectName());
            seen.insert(key, action->objectName());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void viewsHaveAccessibleNames()
    {
        // Screen readers announce tables, lists and canvases by their accessible name.
        QStringList missing;
        for (QAbstractScrollArea *view : mWindow->findChildren<QAbstractScrollArea *>()) {
            // Item views' headers are Qt's and named by the view they belong to.
            if (view->inherits("QTextEdit") || view->inherits("QHeaderView") || !view->isVisibleTo(mWindow))
                continue;
            if (view->accessibleName().isEmpty() && view->toolTip().isEmpty())
                missing << QStringLiteral("%1 '%2' in %3")
                               .arg(QString::fromLatin1(view->metaObject()->className()), view->objectName(),
                                    view->parentWidget()
                                        ? QString::fromLatin1(view->parentWidget()->metaObject()->className())
                                        : QString());
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QLatin1Char('\n'))));
        QVERIFY(!parts(mWindow).itemTable()->accessibleName().isEmpty());
    }

private:
    app::ProjectDocument mDocument;
    app::MainWindow *mWindow = nullptr;
    QList<QMenu *> mMenus;
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
