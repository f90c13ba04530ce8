// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow.h"

#include "app/gui/compare/compareworkspace.h"
#include "app/gui/reporttasks.h"
#include "app/gui/view3dpage.h"

#include "app/document/autosaver.h"
#include "app/document/commands/cmditemadd.h"
#include "app/document/projectdocument.h"
#include "app/gui/docks/findingsdock.h"
#include "app/gui/docks/fromtodock.h"
#include "app/gui/docks/kpidock.h"
#include "app/gui/docks/librarydock.h"
#include "app/gui/docks/outlinetable.h"
#include "app/gui/docks/propertiesdock.h"
#include "app/gui/docks/variantsdock.h"
#include "app/gui/itemtablemodel.h"
#include "app/gui/itemtableview.h"
#include "app/gui/jobrunner.h"
#include "app/gui/layout/arrangementtask.h"
#include "app/gui/layout/editoperations.h"
#include "app/gui/layout/itemclipboard.h"
#include "app/gui/layout/itemfactory.h"
#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layouttasks.h"
#include "app/gui/layout/layoutview.h"
#include "app/gui/layout/layoutworkspace.h"
#include "app/gui/line/linefloordrawing.h"
#include "app/gui/line/lineworkspace.h"
#include "app/gui/simulation/animationpage.h"
#include "app/gui/simulation/animationrecorder.h"
#include "app/gui/simulation/simulationworkspace.h"
#include "app/gui/liveanalysis.h"
#include "app/gui/mainactions.h"
#include "app/gui/recentfiles.h"
#include "core/flow/flowlegs.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QCloseEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>

namespace taktflow::app {

namespace {

QString fileFilter()
{
    return QObject::tr("Taktflow projects (*.taktflow);;All files (*)");
}

} // namespace

MainWindow::MainWindow(ProjectDocument *document, QWidget *parent) : QMainWindow(parent), mDocument(document)
{
    setObjectName(QStringLiteral("MainWindow"));
    setDockOptions(AnimatedDocks | AllowTabbedDocks | AllowNestedDocks);
    mAnalysis = new LiveAnalysis(document, this);
    mWorkspaces = new QTabWidget(this);
    mWorkspaces->setObjectName(QStringLiteral("workspaces"));
    mWorkspaces->setDocumentMode(true);
    setCentralWidget(mWorkspaces);
    mLayout = new LayoutWorkspace(document, mAnalysis, this);
    addWorkspace(QStringLiteral("layout"), tr("Layout"), mLayout);
    mJobs = new JobRunner(statusBar(), this);
    mTasks = new LayoutTasks(document, mLayout, mJobs, this);
    mLine = new LineWorkspace(document, this);
    addWorkspace(QStringLiteral("line"), tr("Line balancing"), mLine);
    mLayout->scene()->addItem(new LineFloorDrawing(document));
    mSimulation = new SimulationWorkspace(document, this);
    addWorkspace(QStringLiteral("simulation"), tr("Simulation"), mSimulation);
    mAnimation = new AnimationPage;
    mSimulation->addResultPage(mAnimation, tr("Animation"));
    mAnimationRecorder = new AnimationRecorder(document, mSimulation, mAnimation);
    mArrangement = new ArrangementTask(document, mJobs, this);
    m3dPage = new View3DPage(document, this);
    addWorkspace(QStringLiteral("3d"), tr("3D"), m3dPage);
    mCompare = new CompareWorkspace(document, this);
    addWorkspace(QStringLiteral("compare"), tr("Compare"), mCompare);
    mReports = new ReportTasks(document, mJobs, this);
    // The 3D view shows the current variant; reports of other variants go without a picture.
    mReports->setSnapshotProvider([this](const QString &variantId) {
        return variantId == mDocument->currentVariantId() ? m3dPage->snapshot() : QImage();
    });

    createDocks();
    // Before the menus: File > Autosave Interval sets it.
    mAutosaver = new Autosaver(mDocument, this);
    mActions = new MainActions({this, mDocument, mLayout, mTasks, mArrangement, mReports, mJobs, mAutosaver});
    connect(mActions, &MainActions::newProjectRequested, this, &MainWindow::newProject);
    connect(mActions, &MainActions::openProjectRequested, this, &MainWindow::openProject);
    connect(mActions, &MainActions::saveRequested, this, &MainWindow::save);
    connect(mActions, &MainActions::saveAsRequested, this, &MainWindow::saveAs);
    connect(mActions, &MainActions::cutRequested, this, &MainWindow::cutSelection);
    connect(mActions, &MainActions::copyRequested, this, &MainWindow::copySelection);
    connect(mActions, &MainActions::pasteRequested, this, &MainWindow::paste);
    mRecent = new RecentFiles(mActions->recentMenu(), this);
    connect(mRecent, &RecentFiles::openRequested, this, [this](const QString &path) {
        if (maybeSave())
            openFile(path);
    });
    connect(mTasks, &LayoutTasks::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(mArrangement, &ArrangementTask::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    connect(mDocument, &ProjectDocument::filePathChanged, this, &MainWindow::refreshTitle);
    connect(mDocument, &ProjectDocument::readOnlyChanged, this, &MainWindow::refreshTitle);
    connect(mDocument, &ProjectDocument::readOnlyChanged, this, [this](bool readOnly) {
        if (readOnly)
            warnReadOnly();
    });
    connect(mAutosaver, &Autosaver::autosaved, this, [this] { statusBar()->showMessage(tr("Autosaved unsaved changes"), 3000); });
    connect(mAutosaver, &Autosaver::autosaveFailed, this,
            [this](const QString &message) { statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000); });
    connect(mDocument, &ProjectDocument::modifiedChanged, this, &MainWindow::refreshTitle);
    connect(mDocument, &ProjectDocument::currentVariantChanged, this, [this](const QString &variantId) {
        mItemModel->setVariant(variantId);
        showStatus();
    });
    connect(mDocument, &ProjectDocument::projectReset, this, [this] { mItemModel->setVariant(mDocument->currentVariantId()); });
    connect(mLayout->view(), &LayoutView::cursorMoved, this, [this](double xM, double yM) {
        const QLocale locale;
        statusBar()->showMessage(tr("x %1 m, y %2 m  |  %3 px/m")
                                     .arg(locale.toString(xM, 'f', 2), locale.toString(yM, 'f', 2),
                                          locale.toString(mLayout->view()->pixelsPerMetre(), 'f', 1)));
    });

    resize(1440, 900);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    mItemModel->setVariant(mDocument->currentVariantId());
    refreshTitle();
    showStatus();
}

MainWindow::~MainWindow()
{
    mJobs->cancel();
    mJobs->waitForFinished();
    // Before the status bar that holds its progress widgets goes: a job still counted as
    // running would otherwise touch them from the runner's own destructor.
    delete mJobs;
}

void MainWindow::createDocks()
{
    mVariantsDock = new VariantsDock(mDocument, this);
    mLibraryDock = new LibraryDock(this);
    mPropertiesDock = new PropertiesDock(mDocument, this);
    connect(mPropertiesDock->cornersTable(), &OutlineTable::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    mFindingsDock = new FindingsDock(mDocument, mAnalysis, this);
    mKpiDock = new KpiDock(mAnalysis, this);
    mFromToDock = new FromToDock(mDocument, mAnalysis, this);

    mItemModel = new ItemTableModel(mDocument, this);
    auto *itemTable = new ItemTableView(mDocument, this);
    connect(itemTable, &ItemTableView::message, this, [this](const QString &text) { statusBar()->showMessage(text, 8000); });
    mItemTable = itemTable;
    mItemTable->setObjectName(QStringLiteral("itemTable"));
    mItemTable->setModel(mItemModel);
    mItemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mItemTable->horizontalHeader()->setStretchLastSection(true);
    mItemTable->verticalHeader()->hide();
    mItemTable->setAccessibleName(tr("Layout items"));
    mItemTable->setToolTip(tr("The items of the current variant; Ctrl+V pastes rows from a spreadsheet"));
    connect(mItemTable, &QTableView::clicked, this, [this](const QModelIndex &index) {
        mDocument->setSelection({mItemModel->itemIdAt(index.row())});
    });
    auto *itemsDock = new QDockWidget(tr("Items"), this);
    itemsDock->setObjectName(QStringLiteral("itemsDock"));
    itemsDock->setWidget(mItemTable);

    addDockWidget(Qt::LeftDockWidgetArea, mVariantsDock);
    addDockWidget(Qt::LeftDockWidgetArea, mLibraryDock);
    addDockWidget(Qt::RightDockWidgetArea, mPropertiesDock);
    addDockWidget(Qt::RightDockWidgetArea, mKpiDock);
    addDockWidget(Qt::RightDockWidgetArea, mFindingsDock);
    addDockWidget(Qt::BottomDockWidgetArea, mFromToDock);
    addDockWidget(Qt::BottomDockWidgetArea, itemsDock);
    tabifyDockWidget(mFromToDock, itemsDock);
    mFromToDock->raise();
    resizeDocks({mVariantsDock, mLibraryDock}, {170, 330}, Qt::Vertical);
    resizeDocks({mVariantsDock, mPropertiesDock}, {220, 290}, Qt::Horizontal);
    resizeDocks({mFromToDock}, {150}, Qt::Vertical);

    connect(mLibraryDock, &LibraryDock::placeRequested, this, [this](core::ItemType type) {
        const core::Variant *variant = mDocument->currentVariant();
        if (!variant)
            return;
        LayoutView *view = mLayout->view();
        const QPointF centre = view->mapToScene(view->viewport()->rect().center());
        const core::LayoutItem item = newLibraryItem(type, *variant, std::round(centre.x()), -std::round(centre.y()));
        mDocument->undoStack()->push(new CmdItemAdd(mDocument, variant->id, {item}, tr("Place %1").arg(item.name)));
        mDocument->setSelection({item.id});
    });
    connect(mFindingsDock, &FindingsDock::findingActivated, mLayout, &LayoutWorkspace::showItems);
}

void MainWindow::addWorkspace(const QString &key, const QString &title, QWidget *widget)
{
    Q_ASSERT(!mWorkspaceKeys.contains(key));
    mWorkspaceKeys << key;
    mWorkspaces->addTab(widget, title);
}

bool MainWindow::selectWorkspace(const QString &key)
{
    const int index = int(mWorkspaceKeys.indexOf(key));
    if (index < 0)
        return false;
    mWorkspaces->setCurrentIndex(index);
    return true;
}

bool MainWindow::showSimulationAnimation()
{
    selectWorkspace(QStringLiteral("simulation"));
    mSimulation->resultTabs()->setCurrentWidget(mAnimation);
    // Opened to watch the line run: the floor gets most of the workspace's width.
    if (auto *splitter = qobject_cast<QSplitter *>(mSimulation->resultTabs()->parentWidget()))
        splitter->setSizes({1, 8});
    return mAnimationRecorder->recordCurrentLine();
}

QStringList MainWindow::workspaceKeys() const
{
    return mWorkspaceKeys;
}

QString MainWindow::currentWorkspace() const
{
    return mWorkspaceKeys.value(mWorkspaces->currentIndex());
}

QString MainWindow::currentVariantId() const
{
    return mDocument->currentVariantId();
}

bool MainWindow::selectVariant(const QString &nameOrId)
{
    for (const auto &variant : mDocument->project().variants) {
        if (variant.name == nameOrId || variant.id == nameOrId) {
            mDocument->setCurrentVariant(variant.id);
            return true;
        }
    }
    return false;
}

void MainWindow::refreshTitle()
{
    if (mDocument->isReadOnly())
        setWindowTitle(tr("%1 (read-only)[*] - Taktflow").arg(mDocument->displayName()));
    else
        setWindowTitle(tr("%1[*] - Taktflow").arg(mDocument->displayName()));
    setWindowModified(mDocument->isModified());
}

void MainWindow::showStatus()
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant)
        return;
    // Flows as the from-to matrix shows them: routings expanded into item-to-item legs.
    const core::FlowCounts flows = core::countFlows(*variant);
    statusBar()->showMessage(tr("%1: %2, %3 (%4, %5)")
                                 .arg(variant->name, tr("%n item(s)", nullptr, int(variant->items.size())),
                                      tr("%n flow(s) between items", nullptr, flows.itemPairs),
                                      tr("%n product routing(s)", nullptr, flows.routings),
                                      tr("%n direct flow(s)", nullptr, flows.directFlows)));
}

bool MainWindow::openFile(const QString &path)
{
    const core::FileResult result = mDocument->open(path);
    if (!result) {
        QMessageBox::warning(this, tr("Cannot open project"), result.message);
        return false;
    }
    mRecent->add(path);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    offerRecovery();
    return true;
}

void MainWindow::warnReadOnly()
{
    // Not modal-blocking: the project is usable (and Save As works) while the note is shown.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Project opened read-only"), mDocument->readOnlyReason(),
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("readOnlyWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    statusBar()->showMessage(mDocument->readOnlyReason(), 10000);
}

void MainWindow::offerRecovery()
{
    // Another running Taktflow owns a read-only project's autosave.
    if (mDocument->isReadOnly())
        return;
    const RecoveryCandidate candidate = Autosaver::findRecovery(mDocument->filePath());
    if (!candidate.isValid())
        return;
    const QString answer = qEnvironmentVariable("TAKTFLOW_RECOVERY_ANSWER");
    bool restore = answer == QLatin1String("restore");
    if (answer.isEmpty()) {
        const QString what = candidate.projectPath.isEmpty() ? tr("an untitled project") : mDocument->displayName();
        const auto choice = QMessageBox::question(
            this, tr("Recover unsaved work"),
            tr("Taktflow did not close normally. Unsaved changes to %1 were autosaved at %2.\n\nRestore them? "
               "(Discard deletes the autosave; the project file itself is unchanged either way.)")
                .arg(what, QLocale().toString(candidate.savedAt, QLocale::ShortFormat)),
            QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
        restore = choice == QMessageBox::Yes;
    }
    if (!restore) {
        Autosaver::discard(candidate);
        return;
    }
    const core::FileResult result = mAutosaver->restore(candidate);
    if (!result)
        QMessageBox::warning(this, tr("Cannot recover unsaved work"), result.message);
    else
        statusBar()->showMessage(tr("Restored unsaved changes from %1; save to keep them").arg(candidate.recoveryPath), 10000);
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    core::Project project;
    project.name = tr("New project");
    core::Variant variant;
    variant.id = QStringLiteral("V1");
    variant.name = tr("Variant 1");
    project.variants.push_back(variant);
    mDocument->reset(project, {});
}

void MainWindow::openProject()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), {}, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (mDocument->filePath().isEmpty())
        return saveAs();
    if (mDocument->isReadOnly()) {
        QMessageBox::information(this, tr("Project is read-only"), mDocument->readOnlyReason());
        return saveAs();
    }
    const core::FileResult result = mDocument->saveAs(mDocument->filePath());
    if (!result)
        QMessageBox::critical(this, tr("Cannot save project"), result.message);
    return bool(result);
}

bool MainWindow::saveAs()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project as"), mDocument->filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".taktflow")))
        path += QLatin1String(".taktflow");
    const core::FileResult result = mDocument->saveAs(path);
    if (!result)
        QMessageBox::critical(this, tr("Cannot save project"), result.message);
    else
        mRecent->add(path);
    return bool(result);
}

void MainWindow::copySelection()
{
    const std::vector<core::LayoutItem> items = edit::selectedItems(*mDocument);
    if (!items.empty())
        QApplication::clipboard()->setMimeData(itemsMimeData(items));
}

void MainWindow::cutSelection()
{
    copySelection();
    edit::deleteSelection(*mDocument);
}

void MainWindow::paste()
{
    // Spreadsheet rows pasted while the Items table has focus go into the table.
    if (auto *table = qobject_cast<ItemTableView *>(mItemTable); table && table->hasFocus() && table->pasteClipboard())
        return;
    if (!edit::pasteMimeData(*mDocument, QApplication::clipboard()->mimeData()))
        statusBar()->showMessage(tr("The clipboard holds no layout items"), 4000);
}

bool MainWindow::maybeSave()
{
    if (!mDocument->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("%1 has unsaved changes. Save them?").arg(mDocument->displayName()),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    // Saved or deliberately discarded: the autosave has served its purpose.
    mAutosaver->discardRecovery();
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace taktflow::app
