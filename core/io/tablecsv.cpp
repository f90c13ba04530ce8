// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/tablecsv.h"

#include "core/model/validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace taktflow::core::io {

namespace {

const QStringList kTaskColumns{QStringLiteral("id"),          QStringLiteral("name"),
                               QStringLiteral("time_s"),      QStringLiteral("predecessors"),
                               QStringLiteral("automated"),   QStringLiteral("automated_time_s"),
                               QStringLiteral("resource"),    QStringLiteral("fixed_station")};
const QStringList kItemColumns{
    QStringLiteral("id"),         QStringLiteral("name"),         QStringLiteral("type"),
    QStringLiteral("x_m"),        QStringLiteral("y_m"),          QStringLiteral("width_m"),
    QStringLiteral("depth_m"),    QStringLiteral("rotation_deg"), QStringLiteral("height_m"),
    QStringLiteral("automated"),  QStringLiteral("power_kw"),     QStringLiteral("clearance_m")};
const QStringList kFlowColumns{QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("units_per_period"),
                               QStringLiteral("product"), QStringLiteral("transport")};

/** Resolves columns by name once, then reads typed fields of each record with line-precise errors. */
class TableReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvImport)

public:
    TableReader(const CsvTable &table, const QString &source, const QStringList &known, int required,
                const ImportOptions &options, ImportReport &report)
        : mSource(source), mReport(report), mDecimalComma(options.decimalComma)
    {
        const ColumnMapping &mapping = options.mapping;
        if (!table.ok()) {
            error(table.errorLine, table.error);
            return;
        }
        QHash<QString, int> headerIndex;
        for (int c = 0; c < table.header.size(); ++c)
            headerIndex.insert(table.header[c].trimmed().toLower(), c);
        QSet<int> used;
        for (int k = 0; k < known.size(); ++k) {
            const QString wanted = mapping.value(known[k], known[k]).trimmed().toLower();
            // An empty mapping means "the file has no such column", even if a header is blank.
            const int index = wanted.isEmpty() ? -1 : headerIndex.value(wanted, -1);
            mColumns.insert(known[k], index);
            if (index >= 0)
                used.insert(index);
            else if (k < required && wanted.isEmpty())
                error(1, tr("no column chosen for '%1'").arg(known[k]));
            else if (k < required)
                error(1, tr("missing column '%1'").arg(mapping.value(known[k], known[k])));
        }
        for (int c = 0; c < table.header.size(); ++c) {
            if (!used.contains(c))
                mReport.warnings << at(1) + tr("unknown column '%1' ignored").arg(table.header[c]);
        }
        mHeaderSize = int(table.header.size());
    }

    bool usable() const { return mReport.errors.isEmpty(); }

    bool begin(const CsvRecord &record)
    {
        mRecord = &record;
        if (record.fields.size() != mHeaderSize) {
            error(record.line, tr("%1 fields, the header has %2").arg(record.fields.size()).arg(mHeaderSize));
            return false;
        }
        return true;
    }

    bool has(const QString &column) const { return mColumns.value(column, -1) >= 0; }

    QString text(const QString &column) const
    {
        const int index = mColumns.value(column, -1);
        return index < 0 ? QString() : mRecord->fields[index].trimmed();
    }

    double number(const QString &column, double fallback, bool allowNegative = true)
    {
        const QString raw = text(column);
        if (raw.isEmpty())
            return fallback;
        const std::optional<double> parsed = parseCsvNumber(raw, mDecimalComma);
        if (!parsed) {
            error(mRecord->line, mDecimalComma ? tr("%1 '%2' is not a number with a decimal comma").arg(column, raw)
                                               : tr("%1 '%2' is not a number").arg(column, raw));
            return fallback;
        }
        const double value = *parsed;
        if (!allowNegative && value < 0)
            error(mRecord->line, tr("%1 must not be negative, is %2").arg(column, raw));
        return value;
    }

    bool flag(const QString &column)
    {
        const QString raw = text(column).toLower();
        if (raw.isEmpty() || raw == QLatin1String("0") || raw == QLatin1String("false") || raw == QLatin1String("no"))
            return false;
        if (raw == QLatin1String("1") || raw == QLatin1String("true") || raw == QLatin1String("yes"))
            return true;
        error(mRecord->line, tr("%1 '%2' is not 0/1/true/false").arg(column, raw));
        return false;
    }

    /** 0/1/true/false, or a share of automation between 0 and 1. */
    double level(const QString &column)
    {
        const QString raw = text(column).toLower();
        const std::optional<double> value = parseCsvNumber(raw, mDecimalComma);
        if (value && *value >= 0 && *value <= 1)
            return *value;
        return flag(column) ? 1.0 : 0.0;
    }

    QString requiredText(const QString &column)
    {
        const QString value = text(column);
        if (value.isEmpty())
            error(mRecord->line, tr("empty %1").arg(column));
        return value;
    }

    void error(int line, const QString &message) { mReport.errors << at(line) + message; }
    int line() const { return mRecord->line; }

private:
    QString at(int line) const { return QStringLiteral("%1:%2: ").arg(mSource).arg(line); }

    QString mSource;
    ImportReport &mReport;
    QHash<QString, int> mColumns;
    int mHeaderSize = 0;
    bool mDecimalComma = false;
    const CsvRecord *mRecord = nullptr;
};

QString number(double value)
{
    return QLocale::c().toString(value, 'g', 15);
}

QString row(const QStringList &fields)
{
    QStringList quoted;
    for (const auto &f : fields)
        quoted << csvField(f);
    return quoted.join(QLatin1Char(',')) + QLatin1Char('\n');
}

} // namespace

std::optional<double> parseCsvNumber(const QString &text, bool decimalComma)
{
    QString normalised = text.trimmed();
    if (decimalComma) {
        // '.' is a thousands separator here: accept it only between groups of three digits.
        static const QRegularExpression grouped(QStringLiteral("^[-+]?\\d{1,3}(\\.\\d{3})+(,\\d*)?$"));
        if (normalised.contains(QLatin1Char('.'))) {
            if (!grouped.match(normalised).hasMatch())
                return std::nullopt;
            normalised.remove(QLatin1Char('.'));
        }
        normalised.replace(QLatin1Char(','), QLatin1Char('.'));
    }
    bool ok = false;
    const double value = QLocale::c().toDouble(normalised, &ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QStringList taskColumns() { return kTaskColumns; }
QStringList itemColumns() { return kItemColumns; }
QStringList flowColumns() { return kFlowColumns; }
int requiredTaskColumns() { return 4; }
int requiredItemColumns() { return 7; }
int requiredFlowColumns() { return 3; }

ImportReport importTasks(const CsvTable &table, const QString &source, std::vector<Task> &tasks,
                         const ColumnMapping &mapping)
{
    return importTasks(table, source, tasks, ImportOptions{mapping, false});
}

ImportReport importTasks(const CsvTable &table, const QString &source, std::vector<Task> &tasks,
                         const ImportOptions &options)
{
    ImportReport report;
    TableReader reader(table, source, kTaskColumns, requiredTaskColumns(), options, report);
    if (!reader.usable())
        return report;
    std::vector<Task> parsed;
    QHash<QString, int> lineOfTask;
    for (const auto &record : table.records) {
        if (!reader.begin(record))
            continue;
        Task task;
        task.id = reader.requiredText(QStringLiteral("id"));
        task.name = reader.text(QStringLiteral("name"));
        task.timeS = reader.number(QStringLiteral("time_s"), 0.0, false);
        for (const auto &p : reader.text(QStringLiteral("predecessors")).split(QLatin1Char(';'), Qt::SkipEmptyParts))
            task.predecessors << p.trimmed();
        task.automated = reader.flag(QStringLiteral("automated"));
        task.automatedTimeS = reader.number(QStringLiteral("automated_time_s"), -1.0);
        task.requiredResource = reader.text(QStringLiteral("resource"));
        task.fixedStation = int(reader.number(QStringLiteral("fixed_station"), 0.0, false));
        if (lineOfTask.contains(task.id) && !task.id.isEmpty())
            reader.error(record.line, TableReader::tr("duplicate task id '%1' (first on line %2)")
                                          .arg(task.id)
                                          .arg(lineOfTask.value(task.id)));
        lineOfTask.insert(task.id, record.line);
        parsed.push_back(std::move(task));
    }
    for (const auto &task : parsed) {
        for (const auto &p : task.predecessors) {
            if (!lineOfTask.contains(p))
                reader.error(lineOfTask.value(task.id), TableReader::tr("predecessor '%1' of task '%2' does not exist")
                                                            .arg(p, task.id));
        }
    }
    if (report.ok()) {
        const QStringList cycle = findPrecedenceCycle(parsed);
        if (!cycle.isEmpty())
            reader.error(lineOfTask.value(cycle.front()),
                         TableReader::tr("precedence cycle: %1").arg(cycle.join(QStringLiteral(" -> "))));
    }
    if (report.ok())
        tasks = std::move(parsed);
    return report;
}

ImportReport importItems(const CsvTable &table, const QString &source, std::vector<LayoutItem> &items,
                         const ColumnMapping &mapping)
{
    return importItems(table, source, items, ImportOptions{mapping, false});
}

ImportReport importItems(const CsvTable &table, const QString &source, std::vector<LayoutItem> &items,
                         const ImportOptions &options)
{
    ImportReport report;
    TableReader reader(table, source, kItemColumns, requiredItemColumns(), options, report);
    if (!reader.usable())
        return report;
    std::vector<LayoutItem> parsed;
    QHash<QString, int> lineOfItem;
    for (const auto &record : table.records) {
        if (!reader.begin(record))
            continue;
        LayoutItem item;
        item.id = reader.requiredText(QStringLiteral("id"));
        item.name = reader.text(QStringLiteral("name"));
        const QString type = reader.text(QStringLiteral("type"));
        if (const auto parsedType = itemTypeFromName(type))
            item.type = *parsedType;
        else
            reader.error(record.line, TableReader::tr("unknown type '%1'").arg(type));
        item.xM = reader.number(QStringLiteral("x_m"), 0.0);
        item.yM = reader.number(QStringLiteral("y_m"), 0.0);
        item.widthM = reader.number(QStringLiteral("width_m"), 0.0);
        item.depthM = reader.number(QStringLiteral("depth_m"), 0.0);
        if (!(item.widthM > 0) || !(item.depthM > 0))
            reader.error(record.line, TableReader::tr("width and depth must be greater than zero"));
        item.rotationDeg = reader.number(QStringLiteral("rotation_deg"), 0.0);
        item.heightM = reader.number(QStringLiteral("height_m"), 1.0, false);
        item.automationLevel = reader.level(QStringLiteral("automated"));
        item.powerKw = reader.number(QStringLiteral("power_kw"), 0.0, false);
        item.clearanceM = reader.number(QStringLiteral("clearance_m"), 0.0, false);
        if (lineOfItem.contains(item.id) && !item.id.isEmpty())
            reader.error(record.line, TableReader::tr("duplicate item id '%1' (first on line %2)")
                                          .arg(item.id)
                                          .arg(lineOfItem.value(item.id)));
        lineOfItem.insert(item.id, record.line);
        parsed.push_back(std::move(item));
    }
    if (report.ok())
        items = std::move(parsed);
    return report;
}

ImportReport importFlows(const CsvTable &table, const QString &source, const QStringList &knownItems,
                         std::vector<MaterialFlow> &flows, const ColumnMapping &mapping)
{
    return importFlows(table, source, knownItems, flows, ImportOptions{mapping, false});
}

ImportReport importFlows(const CsvTable &table, const QString &source, const QStringList &knownItems,
                         std::vector<MaterialFlow> &flows, const ImportOptions &options)
{
    ImportReport report;
    TableReader reader(table, source, kFlowColumns, requiredFlowColumns(), options, report);
    if (!reader.usable())
        return report;
    const QSet<QString> known(knownItems.begin(), knownItems.end());
    std::vector<MaterialFlow> parsed;
    for (const auto &record : table.records) {
        if (!reader.begin(record))
            continue;
        MaterialFlow flow;
        flow.fromItem = reader.requiredText(QStringLiteral("from"));
        flow.toItem = reader.requiredText(QStringLiteral("to"));
        flow.unitsPerPeriod = reader.number(QStringLiteral("units_per_period"), 0.0, false);
        flow.product = reader.text(QStringLiteral("product"));
        flow.transportId = reader.text(QStringLiteral("transport"));
        for (const auto &end : {flow.fromItem, flow.toItem}) {
            if (!end.isEmpty() && !known.contains(end))
                reader.error(record.line, TableReader::tr("item '%1' does not exist").arg(end));
        }
        parsed.push_back(std::move(flow));
    }
    if (report.ok())
        flows = std::move(parsed);
    return report;
}

QString exportTasks(const std::vector<Task> &tasks)
{
    QString out = row(kTaskColumns);
    for (const auto &t : tasks) {
        out += row({t.id, t.name, number(t.timeS), t.predecessors.join(QLatin1Char(';')),
                    t.automated ? QStringLiteral("1") : QStringLiteral("0"),
                    t.automatedTimeS >= 0 ? number(t.automatedTimeS) : QString(), t.requiredResource,
                    t.fixedStation > 0 ? QString::number(t.fixedStation) : QString()});
    }
    return out;
}

QString exportItems(const std::vector<LayoutItem> &items)
{
    QString out = row(kItemColumns);
    for (const auto &i : items) {
        out += row({i.id, i.name, itemTypeName(i.type), number(i.xM), number(i.yM), number(i.widthM),
                    number(i.depthM), number(i.rotationDeg), number(i.heightM),
                    number(i.automationLevel), number(i.powerKw),
                    number(i.clearanceM)});
    }
    return out;
}

QString exportFlows(const std::vector<MaterialFlow> &flows)
{
    QString out = row(kFlowColumns);
    for (const auto &f : flows)
        out += row({f.fromItem, f.toItem, number(f.unitsPerPeriod), f.product, f.transportId});
    return out;
}

} // namespace taktflow::core::io
