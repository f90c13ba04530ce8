// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/productionline.h"

#include <QAbstractTableModel>

namespace taktflow::app {

class LineContext;

/**
 * The tasks of the shown line as an editable table: id, name, time, predecessors, automated
 * flag and time, station type, fixed station, zoning and one time column per model of a
 * mixed-model line. An accepted edit is one undoable command; a refused one leaves the model
 * untouched and says why through editRefused() (a bad number, an unknown task, a cycle).
 */
class TaskTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit TaskTableModel(LineContext *context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    QString taskIdAt(int row) const;

signals:
    void editRefused(const QModelIndex &index, const QString &reason);

private:
    void reload();
    const core::ProductionLine *line() const;

    LineContext *mContext;
    int mRows = 0;
    int mColumns = 0;
};

} // namespace taktflow::app
