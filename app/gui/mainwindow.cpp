// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/mainwindow.h"

#include "app/document/projectdocument.h"
#include "app/gui/itemtablemodel.h"
#include "app/gui/layoutpreview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>

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
    mPreview = new LayoutPreview(mDocument, this);
    mItemModel = new ItemTableModel(mDocument, this);
    mItemTable = new QTableView(this);
    mItemTable->setObjectName(QStringLiteral("itemTable"));
    mItemTable->setModel(mItemModel);
    mItemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mItemTable->horizontalHeader()->setStretchLastSection(true);
    mItemTable->verticalHeader()->hide();
    mItemTable->setAccessibleName(tr("Layout items"));

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(mPreview);
    splitter->addWidget(mItemTable);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    setCentralWidget(splitter);

    mVariantList = new QListWidget(this);
    mVariantList->setObjectName(QStringLiteral("variantList"));
    mVariantList->setAccessibleName(tr("Variants"));
    auto *variantDock = new QDockWidget(tr("Variants"), this);
    variantDock->setObjectName(QStringLiteral("variantDock"));
    variantDock->setWidget(mVariantList);
    addDockWidget(Qt::LeftDockWidgetArea, variantDock);

    createActions();
    statusBar()->showMessage(tr("Ready"));

    connect(mVariantList, &QListWidget::currentRowChanged, this, [this](int row) {
        const auto &variants = mDocument->project().variants;
        if (row >= 0 && row < int(variants.size()))
            mDocument->setCurrentVariant(variants[std::size_t(row)].id);
    });
    connect(mDocument, &ProjectDocument::currentVariantChanged, this, &MainWindow::showVariant);
    connect(mItemTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QSet<QString> ids;
        for (const QModelIndex &index : mItemTable->selectionModel()->selectedRows())
            ids.insert(mItemModel->itemIdAt(index.row()));
        mDocument->setSelection(ids);
    });
    connect(mDocument, &ProjectDocument::selectionChanged, mPreview, &LayoutPreview::setHighlighted);
    connect(mDocument, &ProjectDocument::projectReset, this, &MainWindow::refreshVariants);
    connect(mDocument, &ProjectDocument::variantsChanged, this, &MainWindow::refreshVariants);
    connect(mDocument, &ProjectDocument::filePathChanged, this, &MainWindow::refreshTitle);
    connect(mDocument, &ProjectDocument::modifiedChanged, this, &MainWindow::refreshTitle);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());
    refreshVariants();
    refreshTitle();
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    auto add = [&](QMenu *menu, const QString &text, QKeySequence::StandardKey key, auto slot) {
        QAction *action = menu->addAction(text);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    toolBar->addAction(add(fileMenu, tr("&New"), QKeySequence::New, &MainWindow::newProject));
    toolBar->addAction(add(fileMenu, tr("&Open..."), QKeySequence::Open, &MainWindow::openProject));
    toolBar->addAction(add(fileMenu, tr("&Save"), QKeySequence::Save, &MainWindow::save));
    add(fileMenu, tr("Save &As..."), QKeySequence::SaveAs, &MainWindow::saveAs);
    fileMenu->addSeparator();
    add(fileMenu, tr("&Quit"), QKeySequence::Quit, &QWidget::close);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = mDocument->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = mDocument->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Taktflow"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Taktflow"),
                           tr("<b>Taktflow %1</b><p>Production line and plant layout design: line balance, takt "
                              "time, material flow and automation coverage.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::refreshVariants()
{
    const QString keep = mDocument->currentVariantId();
    const QSignalBlocker blocker(mVariantList);
    mVariantList->clear();
    int keepRow = 0;
    const auto &variants = mDocument->project().variants;
    for (int row = 0; row < int(variants.size()); ++row) {
        mVariantList->addItem(variants[std::size_t(row)].name);
        if (variants[std::size_t(row)].id == keep)
            keepRow = row;
    }
    if (!variants.empty())
        mVariantList->setCurrentRow(keepRow);
    showVariant(mDocument->currentVariantId());
}

void MainWindow::refreshTitle()
{
    setWindowTitle(tr("%1[*] - Taktflow").arg(mDocument->displayName()));
    setWindowModified(mDocument->isModified());
}

void MainWindow::showVariant(const QString &variantId)
{
    mVariantId = variantId;
    mPreview->setVariant(variantId);
    mItemModel->setVariant(variantId);
    mItemTable->resizeColumnsToContents();
    if (const core::Variant *variant = mDocument->project().findVariant(variantId))
        statusBar()->showMessage(tr("%1: %2 items, %3 flows").arg(variant->name).arg(variant->items.size()).arg(variant->flows.size()));
}

bool MainWindow::selectVariant(const QString &nameOrId)
{
    const auto &variants = mDocument->project().variants;
    for (int row = 0; row < int(variants.size()); ++row) {
        if (variants[std::size_t(row)].name == nameOrId || variants[std::size_t(row)].id == nameOrId) {
            mVariantList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

bool MainWindow::openFile(const QString &path)
{
    const core::FileResult result = mDocument->open(path);
    if (!result) {
        QMessageBox::warning(this, tr("Cannot open project"), result.message);
        return false;
    }
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
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
    return bool(result);
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
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace taktflow::app
