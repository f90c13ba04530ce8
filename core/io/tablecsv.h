// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/csvreader.h"
#include "core/model/flow.h"
#include "core/model/layoutitem.h"
#include "core/model/productionline.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

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

/** How the user's file is written: its column names and its decimal mark. */
struct ImportOptions {
    ColumnMapping mapping;
    /** Numbers use a decimal comma ("12,5"; '.' only as thousands separator: "1.234,5"). */
    bool decimalComma = false;
};

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

/** The same importers for files with other headers or a decimal comma (the column-mapping dialog). */
ImportReport importTasks(const CsvTable &table, const QString &source, std::vector<Task> &tasks,
                         const ImportOptions &options);
ImportReport importItems(const CsvTable &table, const QString &source, std::vector<LayoutItem> &items,
                         const ImportOptions &options);
ImportReport importFlows(const CsvTable &table, const QString &source, const QStringList &knownItems,
                         std::vector<MaterialFlow> &flows, const ImportOptions &options);

/**
 * Parses one number as written in a CSV file: C locale ("1234.5"), or with decimalComma
 * ("1234,5", "1.234,5"). nullopt for anything else, infinities and NaN included.
 */
std::optional<double> parseCsvNumber(const QString &text, bool decimalComma);

/** Writes the same columns back, header first; the importers read this output unchanged. */
QString exportTasks(const std::vector<Task> &tasks);
QString exportItems(const std::vector<LayoutItem> &items);
QString exportFlows(const std::vector<MaterialFlow> &flows);

} // namespace taktflow::core::io
