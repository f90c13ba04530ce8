// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/csvreader.h"
#include "core/model/flow.h"
#include "core/model/layoutitem.h"
#include "core/model/productionline.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace taktflow::core::io {

/** Problems found while importing, each "SOURCE:LINE: problem"; warnings do not stop an import. */
struct ImportReport {
    QStringList errors;
    QStringList warnings;
    bool ok() const { return errors.isEmpty(); }
};

/**
 * Maps our column names ("time_s") to the header of the user's file ("Zeit [s]"). Columns not
 * in the map are looked up by their own name.
 */
using ColumnMapping = QMap<QString, QString>;

/** Column names the importers understand, required ones first. */
QStringList taskColumns();
QStringList itemColumns();
QStringList flowColumns();
int requiredTaskColumns();
int requiredItemColumns();
int requiredFlowColumns();

/** Parses tasks: id,name,time_s,predecessors (ids separated by ';'), optional extras. */
ImportReport importTasks(const CsvTable &table, const QString &source, std::vector<Task> &tasks,
                         const ColumnMapping &mapping = {});
/** Parses items: id,name,type,x_m,y_m,width_m,depth_m (centre), optional extras. */
ImportReport importItems(const CsvTable &table, const QString &source, std::vector<LayoutItem> &items,
                         const ColumnMapping &mapping = {});
/** Parses flows: from,to,units_per_period, optional product; item ids must exist in knownItems. */
ImportReport importFlows(const CsvTable &table, const QString &source, const QStringList &knownItems,
                         std::vector<MaterialFlow> &flows, const ColumnMapping &mapping = {});

/** Writes the same columns back, header first; the importers read this output unchanged. */
QString exportTasks(const std::vector<Task> &tasks);
QString exportItems(const std::vector<LayoutItem> &items);
QString exportFlows(const std::vector<MaterialFlow> &flows);

} // namespace taktflow::core::io
