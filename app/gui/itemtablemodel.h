// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace taktflow::app {

class ProjectDocument;

/** The items of one variant as a table: id, name, type, position, size, rotation, automation, power. */
class ItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Name, Type, X, Y, Width, Depth, Rotation, Automation, Power, ColumnCount };

    explicit ItemTableModel(ProjectDocument *document, QObject *parent = nullptr);

    void setVariant(const QString &variantId);
    QString itemIdAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();

    ProjectDocument *mDocument;
    QString mVariantId;
};

} // namespace taktflow::app
