// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainactions.h"

#include "app/document/autosaver.h"
#include "app/document/projectdocument.h"
#include "app/gui/actiontips.h"
#include "app/gui/exchange/dataexchange.h"
#include "app/gui/help/shortcutsdialog.h"
#include "app/gui/help/userguidedialog.h"
#include "app/gui/jobrunner.h"
#include "app/gui/layout/arrangementtask.h"
#include "app/gui/layout/editoperations.h"
#include "app/gui/layout/edittool.h"
#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layouttasks.h"
#include "app/gui/layout/layoutview.h"
#include "app/gui/layout/layoutworkspace.h"
#include "app/gui/preferencesdialog.h"
#include "app/gui/reporttasks.h"
#include "app/io/dxfexport.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>

namespace taktflow::app {

MainActions::MainActions(const MainActionsContext &context)
    : QObject(context.window)
    , mContext(context)
    , mWindow(context.window)
{
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createArrangeMenu();
    createLayoutMenu();
    createHelpMenu();
    createToolBars();
    ProjectDocument *document = mContext.document;
    connect(document, &ProjectDocument::selectionChanged, this, &MainActions::updateEnabled);
    connect(document, &ProjectDocument::currentVariantChanged, this, &MainActions::updateEnabled);
    connect(document, &ProjectDocument::readOnlyChanged, this, &MainActions::updateEnabled);
    connect(mContext.jobs, &JobRunner::finished, this, &MainActions::updateEnabled);
    applyActionTips(mActions);
    updateEnabled();
}

QAction *MainActions::add(QMenu *menu, const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, mWindow);
    action->setObjectName(name);
    // Chinese menus mark the mnemonic as "打开(&O)"; toolbar buttons would show "打开(O)" without this.
    static const QRegularExpression trailingMnemonic(QStringLiteral("\\(&\\w\\)"));
    if (text.contains(trailingMnemonic))
        action->setIconText(QString(text).remove(trailingMnemonic).remove(QLatin1String("...")).trimmed());
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    menu->addAction(action);
    mActions.insert(name, action);
    return action;
}

void MainActions::createFileMenu()
{
    QMenu *file = mWindow->menuBar()->addMenu(tr("&File"));
    connect(add(file, QStringLiteral("file.new"), tr("&New"), QKeySequence::New), &QAction::triggered, this,
            &MainActions::newProjectRequested);
    connect(add(file, QStringLiteral("file.open"), tr("&Open..."), QKeySequence::Open), &QAction::triggered, this,
            &MainActions::openProjectRequested);
    mRecentMenu = file->addMenu(tr("Open &Recent"));
    mRecentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(add(file, QStringLiteral("file.save"), tr("&Save"), QKeySequence::Save), &QAction::triggered, this,
            &MainActions::saveRequested);
    // Some platform themes bind no key to Save As; Ctrl+Shift+S is what users expect then.
    const QKeySequence saveAsKey = QKeySequence(QKeySequence::SaveAs).isEmpty() ? QKeySequence(tr("Ctrl+Shift+S"))
                                                                                : QKeySequence(QKeySequence::SaveAs);
    connect(add(file, QStringLiteral("file.saveAs"), tr("Save &As..."), saveAsKey), &QAction::triggered,
            this, &MainActions::saveAsRequested);
    connect(add(file, QStringLiteral("file.autosaveInterval"), tr("Auto&save Interval...")), &QAction::triggered, this,
            [this] {
                bool ok = false;
                const int minutes = QInputDialog::getInt(
                    mWindow, tr("Autosave"), tr("Autosave unsaved changes every (minutes, 0 = never):"),
                    Autosaver::configuredIntervalMs() / 60000, 0, 24 * 60, 1, &ok);
                if (!ok)
                    return;
                Autosaver::setConfiguredIntervalMinutes(minutes);
                mContext.autosaver->setIntervalMs(minutes * 60 * 1000);
            });
    file->addSeparator();
    LayoutTasks *tasks = mContext.layoutTasks;
    connect(add(file, QStringLiteral("file.importBackground"), tr("&Import Background Plan...")), &QAction::triggered,
            tasks, &LayoutTasks::importBackgroundDialog);
    createExchangeMenus(file);
    connect(add(file, QStringLiteral("file.exportView"), tr("&Export View..."), QKeySequence(tr("Ctrl+E"))),
            &QAction::triggered, tasks, &LayoutTasks::exportViewDialog);
    connect(add(file, QStringLiteral("file.exportDrawing"), tr("Export Layout &Drawing...")), &QAction::triggered,
            tasks, &LayoutTasks::exportDrawingDialog);
    connect(add(file, QStringLiteral("file.print"), tr("&Print..."), QKeySequence::Print), &QAction::triggered, tasks,
            &LayoutTasks::printView);
    connect(add(file, QStringLiteral("file.exportDxf"), tr("Export Layout as D&XF...")), &QAction::triggered, mWindow,
            [this] {
                const core::Variant *variant = mContext.document->currentVariant();
                if (!variant)
                    return;
                QString path = QFileDialog::getSaveFileName(mWindow, tr("Export layout as DXF"), QString(),
                                                            tr("DXF drawings (*.dxf)"));
                if (path.isEmpty())
                    return;
                if (!path.endsWith(QLatin1String(".dxf"), Qt::CaseInsensitive))
                    path += QLatin1String(".dxf");
                const QString error = exportLayoutDxf(*variant, path);
                if (!error.isEmpty())
                    QMessageBox::warning(mWindow, tr("Cannot export"), error);
            });
    file->addSeparator();
    ReportTasks *reports = mContext.reports;
    connect(add(file, QStringLiteral("file.reportPreview"), tr("Report Pre&view..."), QKeySequence(tr("Ctrl+Shift+P"))),
            &QAction::triggered, reports, [reports] { reports->previewReport(false); });
    connect(add(file, QStringLiteral("file.reportPreviewAll"), tr("Report Preview of All &Variants...")),
            &QAction::triggered, reports, [reports] { reports->previewReport(true); });
    connect(add(file, QStringLiteral("file.exportReport"), tr("Export &Report (PDF)...")), &QAction::triggered, reports,
            [reports] { reports->exportReportPdf(false); });
    connect(add(file, QStringLiteral("file.exportReportAll"), tr("Export Report of All Variants (P&DF)...")),
            &QAction::triggered, reports, [reports] { reports->exportReportPdf(true); });
    file->addSeparator();
    const QKeySequence quitKey = QKeySequence(QKeySequence::Quit).isEmpty() ? QKeySequence(tr("Ctrl+Q"))
                                                                            : QKeySequence(QKeySequence::Quit);
    QAction *quit = add(file, QStringLiteral("file.quit"), tr("&Quit"), quitKey);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, mWindow, &QWidget::close);
}

void MainActions::createEditMenu()
{
    QMenu *editMenu = mWindow->menuBar()->addMenu(tr("&Edit"));
    QUndoStack *stack = mContext.document->undoStack();
    QAction *undo = stack->createUndoAction(mWindow, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("edit.undo"));
    QAction *redo = stack->createRedoAction(mWindow, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    redo->setObjectName(QStringLiteral("edit.redo"));
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    mActions.insert(undo->objectName(), undo);
    mActions.insert(redo->objectName(), redo);
    editMenu->addSeparator();
    connect(add(editMenu, QStringLiteral("edit.cut"), tr("Cu&t"), QKeySequence::Cut), &QAction::triggered, this,
            &MainActions::cutRequested);
    connect(add(editMenu, QStringLiteral("edit.copy"), tr("&Copy"), QKeySequence::Copy), &QAction::triggered, this,
            &MainActions::copyRequested);
    connect(add(editMenu, QStringLiteral("edit.paste"), tr("&Paste"), QKeySequence::Paste), &QAction::triggered,
            this, &MainActions::pasteRequested);
    connect(add(editMenu, QStringLiteral("edit.delete"), tr("&Delete"), QKeySequence::Delete), &QAction::triggered,
            this, [this] { edit::deleteSelection(*mContext.document); });
    editMenu->addSeparator();
    connect(add(editMenu, QStringLiteral("edit.selectAll"), tr("Select &All"), QKeySequence::SelectAll),
            &QAction::triggered, this, [this] {
                ProjectDocument *document = mContext.document;
                QSet<QString> all;
                if (const core::Variant *variant = document->currentVariant()) {
                    for (const auto &item : variant->items)
                        all.insert(item.id);
                }
                document->setSelection(all);
            });
    editMenu->addSeparator();
    QAction *preferences =
        add(editMenu, QStringLiteral("edit.preferences"), tr("Pre&ferences..."), QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);
    connect(preferences, &QAction::triggered, mWindow, [this] { PreferencesDialog(mWindow).exec(); });
    // Shortcuts of the canvas work only while it has focus, so typing in docks is never hijacked.
    LayoutView *view = mContext.layout->view();
    struct Nudge {
        const char *name;
        Qt::Key key;
        double dx;
        double dy;
        const char *text;
    };
    for (const Nudge &n : {Nudge{"edit.nudgeLeft", Qt::Key_Left, -1, 0, QT_TR_NOOP("Move selection left %1 m")},
                           Nudge{"edit.nudgeRight", Qt::Key_Right, 1, 0, QT_TR_NOOP("Move selection right %1 m")},
                           Nudge{"edit.nudgeUp", Qt::Key_Up, 0, 1, QT_TR_NOOP("Move selection up %1 m")},
                           Nudge{"edit.nudgeDown", Qt::Key_Down, 0, -1, QT_TR_NOOP("Move selection down %1 m")}}) {
        for (const bool coarse : {false, true}) {
            // The text names the action in Help > Keyboard Shortcuts and for screen readers.
            auto *action = new QAction(tr(n.text).arg(coarse ? QStringLiteral("1") : QStringLiteral("0.1")), view);
            action->setShortcut(QKeySequence(coarse ? (Qt::SHIFT | n.key) : QKeyCombination(n.key)));
            action->setShortcutContext(Qt::WidgetShortcut);
            const double step = coarse ? 1.0 : 0.1;
            connect(action, &QAction::triggered, this,
                    [this, n, step] { edit::nudgeSelection(*mContext.document, n.dx * step, n.dy * step); });
            view->addAction(action);
        }
    }
}

void MainActions::createViewMenu()
{
    mViewMenu = mWindow->menuBar()->addMenu(tr("&View"));
    LayoutView *view = mContext.layout->view();
    LayoutScene *scene = mContext.layout->scene();
    connect(add(mViewMenu, QStringLiteral("view.zoomIn"), tr("Zoom &In"), QKeySequence::ZoomIn), &QAction::triggered,
            view, &LayoutView::zoomIn);
    connect(add(mViewMenu, QStringLiteral("view.zoomOut"), tr("Zoom &Out"), QKeySequence::ZoomOut),
            &QAction::triggered, view, &LayoutView::zoomOut);
    connect(add(mViewMenu, QStringLiteral("view.fit"), tr("&Fit to View"), QKeySequence(tr("Ctrl+0"))),
            &QAction::triggered, view, &LayoutView::fitToContent);
    mViewMenu->addSeparator();
    QSettings settings;
    QAction *grid = add(mViewMenu, QStringLiteral("view.grid"), tr("Show &Grid"), QKeySequence(tr("Ctrl+G")));
    grid->setCheckable(true);
    grid->setChecked(settings.value(QStringLiteral("layout/grid"), true).toBool());
    view->setGridVisible(grid->isChecked());
    connect(grid, &QAction::toggled, this, [view](bool on) {
        view->setGridVisible(on);
        QSettings().setValue(QStringLiteral("layout/grid"), on);
    });
    QAction *flows = add(mViewMenu, QStringLiteral("view.flows"), tr("Material &Flow Overlay"), QKeySequence(tr("Ctrl+F")));
    flows->setCheckable(true);
    flows->setChecked(settings.value(QStringLiteral("layout/flows"), true).toBool());
    scene->setFlowsVisible(flows->isChecked());
    connect(flows, &QAction::toggled, this, [scene](bool on) {
        scene->setFlowsVisible(on);
        QSettings().setValue(QStringLiteral("layout/flows"), on);
    });
    QAction *bottleneck = add(mViewMenu, QStringLiteral("view.bottleneck"), tr("Simulation Bottlenec&k"));
    bottleneck->setCheckable(true);
    bottleneck->setChecked(settings.value(QStringLiteral("layout/bottleneck"), true).toBool());
    scene->setBottleneckVisible(bottleneck->isChecked());
    connect(bottleneck, &QAction::toggled, this, [scene](bool on) {
        scene->setBottleneckVisible(on);
        QSettings().setValue(QStringLiteral("layout/bottleneck"), on);
    });
    QAction *background = add(mViewMenu, QStringLiteral("view.background"), tr("Show &Background Plan"));
    background->setCheckable(true);
    background->setChecked(settings.value(QStringLiteral("layout/background"), true).toBool());
    ReportTasks *reports = mContext.reports;
    auto showBackground = [scene, reports](bool on) {
        // Drawing exports read the scene; reports are told: both print what the editor shows.
        scene->setBackgroundVisible(on);
        reports->setBackgroundIncluded(on);
    };
    showBackground(background->isChecked());
    connect(background, &QAction::toggled, this, [showBackground](bool on) {
        showBackground(on);
        QSettings().setValue(QStringLiteral("layout/background"), on);
    });
    QAction *automation = add(mViewMenu, QStringLiteral("view.automationColours"), tr("Colour by &Automation"));
    automation->setCheckable(true);
    automation->setChecked(settings.value(QStringLiteral("layout/automationColours"), false).toBool());
    scene->setColourMode(automation->isChecked() ? ColourMode::ByAutomation : ColourMode::ByType);
    connect(automation, &QAction::toggled, this, [scene](bool on) {
        scene->setColourMode(on ? ColourMode::ByAutomation : ColourMode::ByType);
        QSettings().setValue(QStringLiteral("layout/automationColours"), on);
    });
    mViewMenu->addSeparator();
    SnapSettings &snap = view->editTool()->snapSettings();
    QAction *snapGrid = add(mViewMenu, QStringLiteral("view.snapGrid"), tr("Snap to G&rid"));
    snapGrid->setCheckable(true);
    snapGrid->setChecked(settings.value(QStringLiteral("layout/snapGrid"), true).toBool());
    snap.toGrid = snapGrid->isChecked();
    connect(snapGrid, &QAction::toggled, this, [&snap](bool on) {
        snap.toGrid = on;
        QSettings().setValue(QStringLiteral("layout/snapGrid"), on);
    });
    QAction *snapEdges = add(mViewMenu, QStringLiteral("view.snapEdges"), tr("Snap to Item &Edges"));
    snapEdges->setCheckable(true);
    snapEdges->setChecked(settings.value(QStringLiteral("layout/snapEdges"), true).toBool());
    snap.toEdges = snapEdges->isChecked();
    connect(snapEdges, &QAction::toggled, this, [&snap](bool on) {
        snap.toEdges = on;
        QSettings().setValue(QStringLiteral("layout/snapEdges"), on);
    });
    mViewMenu->addSeparator();
    QMenu *docks = mViewMenu->addMenu(tr("&Panels"));
    for (QDockWidget *dock : mWindow->findChildren<QDockWidget *>()) {
        docks->addAction(dock->toggleViewAction());
        dock->toggleViewAction()->setStatusTip(tr("Show or hide the %1 panel").arg(dock->windowTitle()));
    }
}

void MainActions::createArrangeMenu()
{
    QMenu *arrange = mWindow->menuBar()->addMenu(tr("&Arrange"));
    ProjectDocument *document = mContext.document;
    connect(add(arrange, QStringLiteral("arrange.rotateLeft"), tr("Rotate &Left 15°"), QKeySequence(tr("R"))),
            &QAction::triggered, this, [document] { edit::rotateSelection(*document, 15); });
    connect(add(arrange, QStringLiteral("arrange.rotateRight"), tr("Rotate &Right 15°"), QKeySequence(tr("Shift+R"))),
            &QAction::triggered, this, [document] { edit::rotateSelection(*document, -15); });
    arrange->addSeparator();
    struct AlignEntry {
        const char *name;
        const char *text;
        Alignment alignment;
    };
    const AlignEntry entries[] = {
        {"arrange.alignLeft", QT_TR_NOOP("Align &Left Edges"), Alignment::Left},
        {"arrange.alignHCentre", QT_TR_NOOP("Align &Horizontal Centres"), Alignment::HCentre},
        {"arrange.alignRight", QT_TR_NOOP("Align &Right Edges"), Alignment::Right},
        {"arrange.alignTop", QT_TR_NOOP("Align &Top Edges"), Alignment::Top},
        {"arrange.alignVCentre", QT_TR_NOOP("Align &Vertical Centres"), Alignment::VCentre},
        {"arrange.alignBottom", QT_TR_NOOP("Align &Bottom Edges"), Alignment::Bottom},
    };
    for (const AlignEntry &entry : entries) {
        const Alignment alignment = entry.alignment;
        connect(add(arrange, QString::fromLatin1(entry.name), tr(entry.text)), &QAction::triggered, this,
                [document, alignment] { edit::alignSelection(*document, alignment); });
    }
    arrange->addSeparator();
    connect(add(arrange, QStringLiteral("arrange.distributeH"), tr("Distribute Hori&zontally")), &QAction::triggered,
            this, [document] { edit::distributeSelection(*document, Qt::Horizontal); });
    connect(add(arrange, QStringLiteral("arrange.distributeV"), tr("Distribute Verti&cally")), &QAction::triggered,
            this, [document] { edit::distributeSelection(*document, Qt::Vertical); });
}

void MainActions::createLayoutMenu()
{
    QMenu *layout = mWindow->menuBar()->addMenu(tr("&Layout"));
    LayoutTasks *tasks = mContext.layoutTasks;
    connect(add(layout, QStringLiteral("layout.optimise"), tr("&Optimise Layout (new variant)")), &QAction::triggered,
            tasks, &LayoutTasks::startOptimisation);
    connect(add(layout, QStringLiteral("layout.suggestArrangement"), tr("S&uggest Arrangement...")),
            &QAction::triggered, mContext.arrangement, &ArrangementTask::suggestDialog);
    layout->addSeparator();
    connect(add(layout, QStringLiteral("layout.calibrate"), tr("&Scale Background from Two Points...")),
            &QAction::triggered, tasks, &LayoutTasks::calibrateBackground);
    QAction *lock = add(layout, QStringLiteral("layout.lockBackground"), tr("&Lock Background Plan"));
    lock->setCheckable(true);
    connect(lock, &QAction::triggered, tasks, &LayoutTasks::setBackgroundLocked);
    connect(add(layout, QStringLiteral("layout.backgroundOpacity"), tr("Background &Opacity...")), &QAction::triggered,
            tasks, &LayoutTasks::backgroundOpacityDialog);
    connect(add(layout, QStringLiteral("layout.clearBackground"), tr("&Remove Background Plan")), &QAction::triggered,
            tasks, &LayoutTasks::clearBackground);
    // The lock mark follows the plan of the variant shown, through undo and variant switches.
    ProjectDocument *document = mContext.document;
    QAction *shown = mActions.value(QStringLiteral("view.background"));
    auto syncBackground = [document, lock, shown, this] {
        const core::Variant *variant = document->currentVariant();
        const bool hasPlan = variant && variant->background;
        lock->setChecked(hasPlan && variant->background->locked);
        for (const char *name : {"layout.lockBackground", "layout.backgroundOpacity", "layout.clearBackground"})
            mActions.value(QString::fromLatin1(name))->setEnabled(hasPlan);
        // Scaling means clicking two points on the plan: only while it can be seen.
        mActions.value(QStringLiteral("layout.calibrate"))->setEnabled(hasPlan && shown->isChecked());
    };
    connect(shown, &QAction::toggled, this, syncBackground);
    connect(document, &ProjectDocument::backgroundChanged, this, syncBackground);
    connect(document, &ProjectDocument::currentVariantChanged, this, syncBackground);
    connect(document, &ProjectDocument::projectReset, this, syncBackground);
    syncBackground();
}

void MainActions::createExchangeMenus(QMenu *file)
{
    auto *exchange = new DataExchange(mContext.document, mWindow);
    exchange->setObjectName(QStringLiteral("dataExchange"));
    connect(exchange, &DataExchange::message, mWindow, [this](const QString &text) {
        mWindow->statusBar()->showMessage(text, 8000);
    });
    QMenu *importMenu = file->addMenu(tr("I&mport"));
    importMenu->setObjectName(QStringLiteral("importMenu"));
    QMenu *exportMenu = file->addMenu(tr("Expor&t"));
    exportMenu->setObjectName(QStringLiteral("exportMenu"));
    struct Entry {
        const char *importName;
        const char *importText;
        const char *exportName;
        const char *exportText;
        CsvKind kind;
    };
    const Entry entries[] = {
        {"file.importTasksCsv", QT_TR_NOOP("&Tasks from CSV..."), "file.exportTasksCsv", QT_TR_NOOP("&Tasks as CSV..."),
         CsvKind::Tasks},
        {"file.importItemsCsv", QT_TR_NOOP("&Items from CSV..."), "file.exportItemsCsv", QT_TR_NOOP("&Items as CSV..."),
         CsvKind::Items},
        {"file.importFlowsCsv", QT_TR_NOOP("&Flows from CSV..."), "file.exportFlowsCsv", QT_TR_NOOP("&Flows as CSV..."),
         CsvKind::Flows},
    };
    for (const Entry &entry : entries) {
        const CsvKind kind = entry.kind;
        connect(add(importMenu, QString::fromLatin1(entry.importName), tr(entry.importText)), &QAction::triggered,
                exchange, [exchange, kind] { exchange->importCsvDialog(kind); });
        connect(add(exportMenu, QString::fromLatin1(entry.exportName), tr(entry.exportText)), &QAction::triggered,
                exchange, [exchange, kind] { exchange->exportCsvDialog(kind); });
    }
    importMenu->addSeparator();
    connect(add(importMenu, QStringLiteral("file.importDxfItems"), tr("Layout Items from &DXF...")),
            &QAction::triggered, exchange, &DataExchange::importDxfItemsDialog);
    exportMenu->addSeparator();
    connect(add(exportMenu, QStringLiteral("file.exportJson"), tr("Project as &JSON...")), &QAction::triggered,
            exchange, &DataExchange::exportJsonDialog);
}

void MainActions::createHelpMenu()
{
    QMenu *help = mWindow->menuBar()->addMenu(tr("&Help"));
    connect(add(help, QStringLiteral("help.userGuide"), tr("&User Guide"), QKeySequence::HelpContents),
            &QAction::triggered, this, [this] {
                auto *dialog = new UserGuideDialog(mWindow);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->show();
            });
    connect(add(help, QStringLiteral("help.shortcuts"), tr("&Keyboard Shortcuts")), &QAction::triggered, this,
            [this] {
                ShortcutsDialog dialog(mWindow, mWindow);
                dialog.exec();
            });
    help->addSeparator();
    QAction *about = add(help, QStringLiteral("help.about"), tr("&About Taktflow"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(mWindow, tr("About Taktflow"),
                           tr("<b>Taktflow %1</b><p>Production line and plant layout design: line balance, takt "
                              "time, material flow and automation coverage.</p>")
                               .arg(QApplication::applicationVersion()));
    });
    QAction *aboutQt = add(help, QStringLiteral("help.aboutQt"), tr("About &Qt"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainActions::createToolBars()
{
    QToolBar *main = mWindow->addToolBar(tr("Main"));
    main->setObjectName(QStringLiteral("mainToolBar"));
    main->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Undo and redo carry the command's name in their text; on the toolbar an arrow says enough.
    QStyle *style = mWindow->style();
    mActions.value(QStringLiteral("edit.undo"))->setIcon(style->standardIcon(QStyle::SP_ArrowBack));
    mActions.value(QStringLiteral("edit.redo"))->setIcon(style->standardIcon(QStyle::SP_ArrowForward));
    const char *const entries[] = {"file.new", "file.open", "file.save", nullptr, "edit.undo", "edit.redo", nullptr,
                             "edit.cut", "edit.copy", "edit.paste", "edit.delete", nullptr, "view.zoomIn",
                             "view.zoomOut", "view.fit", "view.flows", nullptr, "arrange.rotateLeft",
                             "arrange.alignLeft", "arrange.alignTop", "layout.optimise"};
    for (const char *name : entries) {
        if (!name)
            main->addSeparator();
        else
            main->addAction(mActions.value(QString::fromLatin1(name)));
    }
    for (const char *name : {"edit.undo", "edit.redo"}) {
        if (auto *button = qobject_cast<QToolButton *>(main->widgetForAction(mActions.value(QString::fromLatin1(name)))))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
}

void MainActions::updateEnabled()
{
    const ProjectDocument *document = mContext.document;
    const int selected = int(document->selection().size());
    for (const char *name : {"edit.cut", "edit.copy", "edit.delete", "arrange.rotateLeft", "arrange.rotateRight"})
        mActions.value(QString::fromLatin1(name))->setEnabled(selected > 0);
    for (const char *name : {"arrange.alignLeft", "arrange.alignHCentre", "arrange.alignRight", "arrange.alignTop",
                             "arrange.alignVCentre", "arrange.alignBottom"})
        mActions.value(QString::fromLatin1(name))->setEnabled(selected > 1);
    mActions.value(QStringLiteral("arrange.distributeH"))->setEnabled(selected > 2);
    mActions.value(QStringLiteral("arrange.distributeV"))->setEnabled(selected > 2);
    mActions.value(QStringLiteral("layout.optimise"))->setEnabled(!mContext.jobs->isRunning());
    mActions.value(QStringLiteral("layout.suggestArrangement"))->setEnabled(!mContext.jobs->isRunning());
    // A project open in another Taktflow is saved only under another name.
    mActions.value(QStringLiteral("file.save"))->setEnabled(!document->isReadOnly());
}

} // namespace taktflow::app
