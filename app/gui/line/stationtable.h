// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableWidget;

namespace taktflow::app {

class LineContext;

/**
 * Where each station stands and what it offers: one row per station with its type (manual or
 * a resource such as "robot") and the workstation or machine of the layout it stands at. The
 * link is what draws the line on the 2D floor and what the KPI panel's automation figures
 * read. Stations are added and (when empty) removed here too; every change is undoable.
 */
class StationTable : public QWidget
{
    Q_OBJECT

public:
    explicit StationTable(LineContext *context, QWidget *parent = nullptr);

    QTableWidget *table() const { return mTable; }
    /** Links a station (0-based) to a layout item ("" unlinks), as choosing it in the row does. */
    void linkStation(int station, const QString &itemId);
    void setStationType(int station, const QString &resource);
    void addStation();
    /** Removes the last station when it holds no task. */
    void removeLastEmptyStation();

private:
    void refresh();

    LineContext *mContext;
    QTableWidget *mTable;
    bool mRefreshing = false;
};

} // namespace taktflow::app
