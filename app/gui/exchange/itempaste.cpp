// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/exchange/itempaste.h"

#include "app/render/itemstyle.h"
#include "core/io/columnguess.h"
#include "core/io/csvreader.h"
#include "core/io/tablecsv.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace taktflow::app {

namespace {

class PasteText
{
    Q_DECLARE_TR_FUNCTIONS(ItemPaste)
};

/** The Items table's columns in display order, as CSV column names. */
const QStringList &tableOrder()
{
    static const QStringList order{QStringLiteral("id"),        QStringLiteral("name"),
                                   QStringLiteral("type"),      QStringLiteral("x_m"),
                                   QStringLiteral("y_m"),       QStringLiteral("width_m"),
                                   QStringLiteral("depth_m"),   QStringLiteral("rotation_deg"),
                                   QStringLiteral("automated"), QStringLiteral("power_kw")};
    return order;
}

/** Copies the fields named in columns from a freshly parsed item onto an existing one. */
void copyGiven(const core::LayoutItem &from, const QSet<QString> &columns, core::LayoutItem &to)
{
    const auto given = [&columns](const char *column) { return columns.contains(QLatin1String(column)); };
    if (given("name"))
        to.name = from.name;
    if (given("type"))
        to.type = from.type;
    if (given("x_m"))
        to.xM = from.xM;
    if (given("y_m"))
        to.yM = from.yM;
    if (given("width_m"))
        to.widthM = from.widthM;
    if (given("depth_m"))
        to.depthM = from.depthM;
    if (given("rotation_deg"))
        to.rotationDeg = from.rotationDeg;
    if (given("height_m"))
        to.heightM = from.heightM;
    if (given("automated"))
        to.automationLevel = from.automationLevel;
    if (given("power_kw"))
        to.powerKw = from.powerKw;
    if (given("clearance_m"))
        to.clearanceM = from.clearanceM;
}

QString fileSpellingOfType(const QString &text)
{
    for (core::ItemType type : core::allItemTypes()) {
        if (text.trimmed().compare(render::typeDisplayName(type), Qt::CaseInsensitive) == 0)
            return core::itemTypeName(type);
    }
    return text;
}

} // namespace

ItemPaste pasteItemRows(const QString &text, const core::Variant &variant, bool decimalComma)
{
    ItemPaste result;
    result.items = variant.items;
    core::io::CsvTable rows = core::io::parseCsv(QStringLiteral("header\n") + text, QLatin1Char('\t'));
    if (!rows.ok()) {
        result.errors << PasteText::tr("clipboard row %1: %2").arg(rows.errorLine - 1).arg(rows.error);
        return result;
    }
    if (rows.records.empty()) {
        result.errors << PasteText::tr("the clipboard holds no rows");
        return result;
    }
    // Our column names in the order the pasted columns come; a header row names them itself.
    const QStringList firstRow = rows.records.front().fields;
    const core::io::ColumnMapping guessed = core::io::guessColumnMapping(firstRow, core::io::itemColumns());
    QStringList columns;
    bool hasHeader = guessed.contains(QStringLiteral("id")) && guessed.size() >= 2;
    if (hasHeader) {
        for (const QString &header : firstRow)
            columns << guessed.key(header, QString());
        rows.records.erase(rows.records.begin());
    } else {
        const qsizetype width = firstRow.size();
        if (width > tableOrder().size()) {
            result.errors << PasteText::tr("clipboard row 1: %1 columns, the Items table has %2")
                                 .arg(width)
                                 .arg(tableOrder().size());
            return result;
        }
        columns = tableOrder().mid(0, width);
    }
    const QSet<QString> given(columns.begin(), columns.end());
    if (!given.contains(QStringLiteral("id"))) {
        result.errors << PasteText::tr("the pasted rows have no id column");
        return result;
    }

    QHash<QString, std::size_t> existing;
    for (std::size_t i = 0; i < variant.items.size(); ++i)
        existing.insert(variant.items[i].id, i);

    // Each row becomes one CSV record with every column the importer needs: what was pasted,
    // and for rows of existing items the item's current values in the columns not pasted.
    core::io::CsvTable table;
    table.header = core::io::itemColumns();
    const int idColumn = int(columns.indexOf(QStringLiteral("id")));
    for (const auto &record : rows.records) {
        const int row = record.line - 1;
        if (record.fields.size() != columns.size()) {
            result.errors << PasteText::tr("clipboard row %1: %2 cells, expected %3")
                                 .arg(row)
                                 .arg(record.fields.size())
                                 .arg(columns.size());
            continue;
        }
        const QString id = record.fields[idColumn].trimmed();
        const auto found = existing.constFind(id);
        const core::LayoutItem *current = found == existing.constEnd() ? nullptr : &variant.items[found.value()];
        QStringList fields;
        for (const QString &column : table.header) {
            const int at = int(columns.indexOf(column));
            QString value = at >= 0 ? record.fields[at] : QString();
            if (at < 0 && current) {
                // Not pasted: the importer gets the item's own value, written as the paste is.
                const auto number = [decimalComma](double v) {
                    QString s = QString::number(v, 'g', 15);
                    return decimalComma ? s.replace(QLatin1Char('.'), QLatin1Char(',')) : s;
                };
                if (column == QLatin1String("name"))
                    value = current->name;
                else if (column == QLatin1String("type"))
                    value = core::itemTypeName(current->type);
                else if (column == QLatin1String("x_m"))
                    value = number(current->xM);
                else if (column == QLatin1String("y_m"))
                    value = number(current->yM);
                else if (column == QLatin1String("width_m"))
                    value = number(current->widthM);
                else if (column == QLatin1String("depth_m"))
                    value = number(current->depthM);
            } else if (at < 0 && core::io::itemColumns().indexOf(column) < core::io::requiredItemColumns() &&
                       column != QLatin1String("name")) {
                result.errors
                    << PasteText::tr("clipboard row %1: new item '%2' needs a value for %3").arg(row).arg(id, column);
            }
            if (column == QLatin1String("type"))
                value = fileSpellingOfType(value);
            // The Items table shows automation in per cent; without a header that is what comes.
            if (column == QLatin1String("automated") && at >= 0 && !hasHeader) {
                if (const auto percent = core::io::parseCsvNumber(value, decimalComma))
                    value = QString::number(*percent / 100.0, 'g', 15)
                                .replace(QLatin1Char('.'), decimalComma ? QLatin1Char(',') : QLatin1Char('.'));
            }
            fields << value;
        }
        table.records.push_back({row, fields});
    }
    if (!result.errors.isEmpty())
        return result;

    std::vector<core::LayoutItem> parsed;
    const core::io::ImportReport report =
        core::io::importItems(table, PasteText::tr("clipboard row"), parsed, core::io::ImportOptions{{}, decimalComma});
    if (!report.ok()) {
        // "clipboard row:3: reason" reads better as "clipboard row 3: reason".
        for (QString error : report.errors)
            result.errors << error.replace(PasteText::tr("clipboard row") + QLatin1Char(':'),
                                           PasteText::tr("clipboard row") + QLatin1Char(' '));
        return result;
    }
    for (const core::LayoutItem &item : parsed) {
        const auto found = existing.constFind(item.id);
        if (found == existing.constEnd()) {
            result.items.push_back(item);
            existing.insert(item.id, result.items.size() - 1);
            ++result.added;
        } else {
            copyGiven(item, given, result.items[found.value()]);
            ++result.updated;
        }
    }
    return result;
}

} // namespace taktflow::app
