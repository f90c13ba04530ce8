// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class QListWidget;
class QTableView;

namespace taktflow::app {

class ItemTableModel;
class LayoutPreview;
class ProjectDocument;

/** The main window: variant list, the current variant's layout and its items. */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(ProjectDocument *document, QWidget *parent = nullptr);

    /** Selects the variant with this name or id; false when there is none. */
    bool selectVariant(const QString &nameOrId);
    QString currentVariantId() const { return mVariantId; }
    QListWidget *variantList() const { return mVariantList; }
    QTableView *itemTable() const { return mItemTable; }

    /** Opens a file, reporting problems in a message box. */
    bool openFile(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void refreshVariants();
    void refreshTitle();
    void showVariant(const QString &variantId);
    void newProject();
    void openProject();
    bool save();
    bool saveAs();
    /** Asks to save unsaved changes; false when the user cancels. */
    bool maybeSave();

    ProjectDocument *mDocument;
    QListWidget *mVariantList = nullptr;
    QTableView *mItemTable = nullptr;
    ItemTableModel *mItemModel = nullptr;
    LayoutPreview *mPreview = nullptr;
    QString mVariantId;
};

} // namespace taktflow::app
