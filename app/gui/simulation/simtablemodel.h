// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/gui/simulation/simtable.h"

#include <QAbstractTableModel>

#include <memory>

namespace taktflow::app {

class LineContext;

/**
 * One simulation parameter table of the shown line. An accepted cell edit is one undoable
 * command for its row; a paste is one command for the whole block; a refused value leaves the
 * line untouched and says why through editRefused().
 */
class SimTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    SimTableModel(LineContext *context, std::unique_ptr<SimTable> table, QObject *parent = nullptr);
    ~SimTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    const SimTable &table() const { return *mTable; }
    /** Pastes tab-separated cells from (row, column); an empty string when pasted, else why not. */
    QString paste(const QString &text, int row, int column);

signals:
    void editRefused(const QModelIndex &index, const QString &reason);

private:
    void reload();

    LineContext *mContext;
    std::unique_ptr<SimTable> mTable;
    int mRows = 0;
};

} // namespace taktflow::app
