// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDockWidget>

class QListWidget;
class QListWidgetItem;

namespace taktflow::app {

class ProjectDocument;

/** The variants of the project: pick the current one; add, duplicate, rename (in place) and delete. */
class VariantsDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit VariantsDock(ProjectDocument *document, QWidget *parent = nullptr);

    QListWidget *list() const { return mList; }
    /** Each pushes one command; they return false when refused (e.g. deleting the last variant). */
    bool addVariant();
    bool duplicateVariant();
    bool renameVariant(const QString &variantId, const QString &name);
    bool deleteVariant();

private:
    void refresh();
    void onItemChanged(QListWidgetItem *item);

    ProjectDocument *mDocument;
    QListWidget *mList;
    bool mRefreshing = false;
};

} // namespace taktflow::app
