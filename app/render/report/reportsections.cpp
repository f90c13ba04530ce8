// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/report/reportsections.h"

#include "app/render/layoutpainter.h"
#include "app/render/report/reporttable.h"
#include "app/render/report/scaledlayout.h"
#include "app/render/report/simulationsection.h"
#include "app/render/yamazumichart.h"
#include "core/compare/kpicatalog.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QJsonArray>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace taktflow::app::render {

namespace {

// Called as SectionsTr::tr() by name: lupdate does not follow type aliases to the context.
class SectionsTr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

constexpr int kSectionsPerVariant = 5;
constexpr int kTopFlows = 15;
constexpr int kMatrixItems = 10;
// A dagger after a simulated figure whose run is older than the line's last change.
const QString kStaleMark = QStringLiteral("\u2020");

/** Flattens the KPI JSON into (key path, number) pairs in document order of the groups. */
void flatten(const QJsonObject &object, const QString &prefix, std::vector<std::pair<QString, double>> &out)
{
    static const QStringList kGroups{QStringLiteral("takt_time_s"), QStringLiteral("line"), QStringLiteral("flow"),
                                     QStringLiteral("automation"), QStringLiteral("layout"), QStringLiteral("energy")};
    const QStringList keys = prefix.isEmpty() ? kGroups : object.keys();
    for (const QString &key : keys) {
        const QJsonValue value = object.value(key);
        const QString path = prefix.isEmpty() ? key : prefix + QLatin1Char('.') + key;
        if (value.isObject())
            flatten(value.toObject(), path, out);
        else if (value.isDouble())
            out.emplace_back(path, value.toDouble());
    }
}

QString labelOf(const QString &key)
{
    for (const auto &definition : core::comparableKpis()) {
        if (definition.key == key)
            return core::kpiLabel(definition);
    }
    static const QHash<QString, const char *> kMore{
        {QStringLiteral("line.unassigned_tasks"), QT_TRANSLATE_NOOP("Report", "Unassigned tasks")},
        {QStringLiteral("line.work_content_s"), QT_TRANSLATE_NOOP("Report", "Work content (s)")},
        {QStringLiteral("flow.total_units"), QT_TRANSLATE_NOOP("Report", "Units moved per period")},
        {QStringLiteral("flow.travel_time_s"), QT_TRANSLATE_NOOP("Report", "Travel time per period (s)")},
        {QStringLiteral("flow.unreachable_flows"), QT_TRANSLATE_NOOP("Report", "Unreachable flows")},
        {QStringLiteral("layout.items"), QT_TRANSLATE_NOOP("Report", "Items")},
        {QStringLiteral("layout.overlaps"), QT_TRANSLATE_NOOP("Report", "Overlaps")},
        {QStringLiteral("layout.clearance_violations"), QT_TRANSLATE_NOOP("Report", "Clearance violations")},
        {QStringLiteral("layout.outside"), QT_TRANSLATE_NOOP("Report", "Items outside the building")},
        {QStringLiteral("layout.narrow_aisles"), QT_TRANSLATE_NOOP("Report", "Narrow aisles")},
        {QStringLiteral("layout.usable_area_m2"), QT_TRANSLATE_NOOP("Report", "Usable area (m2)")},
        {QStringLiteral("layout.occupied_area_m2"), QT_TRANSLATE_NOOP("Report", "Occupied area (m2)")},
        {QStringLiteral("energy.item_kwh_per_period"), QT_TRANSLATE_NOOP("Report", "Equipment energy per period (kWh)")},
        {QStringLiteral("energy.transport_kwh_per_period"), QT_TRANSLATE_NOOP("Report", "Transport energy per period (kWh)")},
        {QStringLiteral("energy.kwh_per_period"), QT_TRANSLATE_NOOP("Report", "Energy per period (kWh)")},
        {QStringLiteral("energy.kg_co2e_per_period"), QT_TRANSLATE_NOOP("Report", "CO2e per period (kg)")},
        {QStringLiteral("energy.units_per_period"), QT_TRANSLATE_NOOP("Report", "Units per period")},
    };
    const char *label = kMore.value(key);
    return label ? QCoreApplication::translate("Report", label) : QString();
}

void addKeyFigures(PageComposer &composer, const ReportVariant &v, const QFont &font)
{
    if (!v.variant->notes.isEmpty())
        addParagraph(composer, v.variant->notes, font);
    ReportTable table;
    table.header = QStringList{SectionsTr::tr("Figure"), SectionsTr::tr("Key (kpi --json)"), SectionsTr::tr("Value")};
    table.columnWeights = {3, 3, 1.6};
    table.rightAligned = {2};
    std::vector<std::pair<QString, double>> figures;
    flatten(v.kpiJson, QString(), figures);
    for (const auto &[key, value] : figures)
        table.rows.push_back({labelOf(key), key, reportNumber(value)});
    table.rows.push_back(
        {SectionsTr::tr("Distance metric"), QStringLiteral("flow.metric"),
         v.kpiJson.value(QStringLiteral("flow")).toObject().value(QStringLiteral("metric")).toString()});
    addTable(composer, table, font);
    if (!v.snapshot3d.isNull()) {
        const QImage image = v.snapshot3d;
        const double width = composer.contentRect().width();
        const double height = std::min(width * image.height() / std::max(1, image.width()), composer.mm(120));
        composer.addSpace(composer.mm(4));
        addHeading(composer, SectionsTr::tr("3D view"), font, 1.1);
        composer.addBlock(height, [image](QPainter &painter, const QRectF &area) {
            const QSizeF size = QSizeF(image.size()).scaled(area.size(), Qt::KeepAspectRatio);
            painter.drawImage(QRectF(area.topLeft(), size), image);
        });
    }
}

void addLineBalance(PageComposer &composer, const ReportVariant &v, const QFont &font)
{
    if (v.lines.empty())
        addParagraph(composer, SectionsTr::tr("This variant has no production line."), font);
    for (const ReportLine &line : v.lines) {
        addHeading(composer,
                   SectionsTr::tr("%1: takt %2 s, %3 stations, cycle time %4 s, efficiency %5")
                       .arg(line.line->name, reportNumber(line.kpis.taktTimeS))
                       .arg(line.kpis.metrics.stations)
                       .arg(reportNumber(line.kpis.metrics.cycleTimeS), reportNumber(line.kpis.metrics.lineEfficiency)),
                   font, 1.1);
        if (line.kpis.freshBalance)
            addParagraph(composer,
                         SectionsTr::tr("The line had no station assignment; shown is an optimal SALBP-1 balance "
                                        "at takt."),
                         font);
        const YamazumiData chart = yamazumiData(*line.line, line.stations, line.kpis.taktTimeS);
        composer.addBlock(composer.mm(80), [chart, font](QPainter &painter, const QRectF &area) {
            painter.setFont(font);
            paintYamazumi(painter, area, chart);
        });
        ReportTable table;
        table.header =
            QStringList{SectionsTr::tr("Station"),     SectionsTr::tr("Tasks"),    SectionsTr::tr("Time (s)"),
                        SectionsTr::tr("Utilisation"), SectionsTr::tr("Resource"), SectionsTr::tr("Item")};
        table.columnWeights = {1, 4, 1.2, 1.2, 1.2, 1.2};
        table.rightAligned = {2, 3};
        for (std::size_t s = 0; s < line.stations.size(); ++s) {
            const auto &station = line.stations[s];
            double load = 0;
            for (const auto &segment : chart.bars[s].segments)
                load += segment.timeS;
            const double utilisation = line.kpis.metrics.cycleTimeS > 0 ? load / line.kpis.metrics.cycleTimeS : 0.0;
            QString name = QString::number(s + 1);
            if (station.replicas > 1)
                name += QStringLiteral(" (x%1)").arg(station.replicas);
            table.rows.push_back({name, station.taskIds.join(QStringLiteral(", ")), reportNumber(load),
                                  QLocale().toString(utilisation * 100.0, 'f', 1) + QLatin1Char('%'), station.resource, station.itemId});
        }
        addTable(composer, table, font);
        composer.addSpace(composer.mm(4));
    }
}

QString itemName(const core::Variant &variant, const QString &id)
{
    const core::LayoutItem *item = variant.findItem(id);
    return item && !item->name.isEmpty() ? QStringLiteral("%1 (%2)").arg(item->name, id) : id;
}

void addFlows(PageComposer &composer, const ReportVariant &v, const QFont &font)
{
    const QJsonObject flow = v.kpiJson.value(QStringLiteral("flow")).toObject();
    addParagraph(
        composer,
        SectionsTr::tr("Distances are %1. Total flow distance %2 units x m per period, transport cost %3 per period.")
            .arg(flow.value(QStringLiteral("metric")).toString(),
                 reportNumber(flow.value(QStringLiteral("flow_distance")).toDouble()),
                 reportNumber(flow.value(QStringLiteral("transport_cost")).toDouble())),
        font);
    ReportTable top;
    top.header =
        QStringList{SectionsTr::tr("From"),         SectionsTr::tr("To"),        SectionsTr::tr("Units/period"),
                    SectionsTr::tr("Distance (m)"), SectionsTr::tr("Units x m"), SectionsTr::tr("Cost")};
    top.columnWeights = {2.4, 2.4, 1.2, 1.2, 1.4, 1.1};
    top.rightAligned = {2, 3, 4, 5};
    for (int i = 0; i < std::min<int>(kTopFlows, int(v.fromTo.size())); ++i) {
        const core::FromToCell &cell = v.fromTo[std::size_t(i)];
        top.rows.push_back({itemName(*v.variant, cell.fromId), itemName(*v.variant, cell.toId),
                            reportNumber(cell.units),
                            cell.reachable ? reportNumber(cell.distanceM) : SectionsTr::tr("unreachable"),
                            reportNumber(cell.unitsDistance), reportNumber(cell.cost)});
    }
    addHeading(composer, SectionsTr::tr("Heaviest flows"), font, 1.1);
    addTable(composer, top, font);

    // The from-to matrix over the items that carry the most flow.
    QMap<QString, double> volume;
    for (const auto &cell : v.fromTo) {
        volume[cell.fromId] += cell.units;
        volume[cell.toId] += cell.units;
    }
    QStringList items = volume.keys();
    std::stable_sort(items.begin(), items.end(), [&](const QString &a, const QString &b) { return volume[a] > volume[b]; });
    const bool truncated = items.size() > kMatrixItems;
    items = items.mid(0, kMatrixItems);
    if (items.isEmpty())
        return;
    ReportTable matrix;
    matrix.header = QStringList{SectionsTr::tr("From \\ to (units/period)")} + items;
    matrix.columnWeights.assign(std::size_t(items.size() + 1), 1.0);
    matrix.columnWeights[0] = 2.0;
    for (int c = 1; c <= items.size(); ++c)
        matrix.rightAligned.insert(c);
    for (const QString &from : items) {
        QStringList row{from};
        for (const QString &to : items) {
            double units = 0;
            for (const auto &cell : v.fromTo) {
                if (cell.fromId == from && cell.toId == to)
                    units += cell.units;
            }
            row << (units > 0 ? reportNumber(units) : QString());
        }
        matrix.rows.push_back(row);
    }
    addHeading(composer, SectionsTr::tr("From-to matrix"), font, 1.1);
    addTable(composer, matrix, font);
    if (truncated)
        addParagraph(composer, SectionsTr::tr("The matrix shows the %1 items with the most flow.").arg(kMatrixItems),
                     font);
}

void addFindings(PageComposer &composer, const ReportVariant &v, const QFont &font)
{
    if (v.findings.empty()) {
        addParagraph(composer,
                     SectionsTr::tr("No findings: no overlaps, clearance violations, items outside, narrow aisles "
                                    "or unreachable flows."),
                     font);
        return;
    }
    ReportTable table;
    table.header = QStringList{SectionsTr::tr("Kind"), SectionsTr::tr("Items"), SectionsTr::tr("Finding")};
    table.columnWeights = {1.2, 1.6, 6};
    for (const auto &finding : v.findings)
        table.rows.push_back({core::findingKindName(finding.kind), finding.itemIds.join(QStringLiteral(", ")),
                              finding.message});
    addTable(composer, table, font);
}

int layoutScale(const PageComposer &composer, const ReportData &data, const core::Variant &variant)
{
    if (data.options.scaleDenominator > 0)
        return data.options.scaleDenominator;
    // The floor and items set the scale; a background plan only fills the frame around them.
    const QRectF bounds = layoutBoundsM(variant);
    const QRectF content = composer.contentRect();
    const double mmPerUnit = 1.0 / composer.mm(1.0);
    return fittingScale(bounds.size(), QSizeF(content.width() * mmPerUnit, content.height() * mmPerUnit - 34.0));
}

/** Shares with one decimal as engineers read them, other figures with at most two (the key-figure
 *  tables keep the full precision of `kpi --json`). */
QString comparisonValue(const core::ComparisonRow &row, double value)
{
    if (row.share)
        return QLocale().toString(value * 100.0, 'f', 1) + QLatin1Char('%');
    return reportNumber(std::round(value * 100.0) / 100.0);
}

QString comparisonCell(const core::Comparison &comparison, const core::ComparisonRow &row, std::size_t v)
{
    const bool simulated = core::isSimulationKpi(row.key) && v < comparison.simulations.size();
    if (!row.values[v])
        return simulated ? SectionsTr::tr("not simulated") : QStringLiteral("-");
    QString cell = comparisonValue(row, *row.values[v]);
    if (simulated && row.key == QLatin1String("simulation.throughput_per_hour")) {
        const core::SimulationSummary &s = *comparison.simulations[v].summary;
        cell += QStringLiteral(" [%1-%2]").arg(comparisonValue(row, s.throughputPerHourLow),
                                               comparisonValue(row, s.throughputPerHourHigh));
    }
    // The stale mark sits right of the value, before the delta, so that a narrow column cuts the
    // delta rather than the mark.
    if (simulated && comparison.simulations[v].status == core::VariantSimulation::Status::Stale)
        cell += kStaleMark;
    if (int(v) != comparison.baseline && row.deltaPercent[v])
        cell += QStringLiteral(" (%1%2%)").arg(*row.deltaPercent[v] >= 0 ? QStringLiteral("+") : QString(),
                                             QLocale().toString(*row.deltaPercent[v], 'f', 1));
    return cell;
}

void addComparison(PageComposer &composer, const ReportData &data, const QFont &font)
{
    const core::Comparison &comparison = *data.comparison;
    ReportTable table;
    table.header = QStringList{SectionsTr::tr("KPI")} + comparison.variantNames;
    table.columnWeights.assign(std::size_t(table.header.size()), 1.4);
    table.columnWeights[0] = 2.2;
    for (int c = 1; c < table.header.size(); ++c)
        table.rightAligned.insert(c);
    for (const auto &row : comparison.rows) {
        QStringList cells{core::rowLabelWithUnit(row)};
        for (std::size_t v = 0; v < row.values.size(); ++v)
            cells << comparisonCell(comparison, row, v);
        for (int best : row.best)
            table.marked.insert({int(table.rows.size()), best + 1});
        table.rows.push_back(cells);
    }
    addParagraph(composer,
                 SectionsTr::tr("Best values are marked green; percentages are changes against the baseline '%1'.")
                     .arg(comparison.variantNames.value(comparison.baseline)),
                 font);
    if (std::any_of(comparison.simulations.begin(), comparison.simulations.end(),
                    [](const auto &s) { return s.status == core::VariantSimulation::Status::Stale; }))
        addParagraph(composer,
                     SectionsTr::tr("%1 stale: the simulated figure comes from a run before the last change of the "
                                    "line or layout.")
                         .arg(kStaleMark),
                     font);
    addTable(composer, table, font);

    ReportTable ranking;
    ranking.header = QStringList{SectionsTr::tr("Rank"), SectionsTr::tr("Variant"), SectionsTr::tr("Weighted score")};
    ranking.columnWeights = {1, 4, 2};
    ranking.rightAligned = {0, 2};
    for (const auto &ranked : comparison.ranking)
        ranking.rows.push_back({QString::number(ranked.rank), ranked.variantName, QLocale().toString(ranked.score, 'f', 3)});
    composer.addSpace(composer.mm(4));
    if (comparison.defaultWeights) {
        addHeading(composer, SectionsTr::tr("Ranking with equal weights"), font, 1.1);
        addParagraph(composer,
                     SectionsTr::tr("No KPI weights are set in the project: every KPI that every variant has and "
                                    "that has a better direction counts once (%n KPI(s)). Set weights in the "
                                    "Compare workspace to rank by what matters to you.",
                                    nullptr, int(comparison.weightsUsed.size())),
                     font);
    } else {
        addHeading(composer, SectionsTr::tr("Ranking by the project's KPI weights"), font, 1.1);
    }
    addTable(composer, ranking, font);

    // Thumbnails side by side at one common scale so sizes compare directly.
    std::vector<const core::Variant *> variants;
    QRectF united;
    LayoutPaintOptions options;
    options.showLabels = false;
    options.showFlows = true;
    options.outlinePx = composer.mm(0.15);
    options.showBackground = data.options.showBackground;
    for (const auto &v : data.variants) {
        variants.push_back(v.variant);
        united = united.isNull() ? layoutBoundsM(*v.variant) : united.united(layoutBoundsM(*v.variant));
    }
    // One common area for all thumbnails, so a plan never spills into the next cell.
    options.backgroundClipM = united;
    const int perRow = std::min<int>(3, int(variants.size()));
    const double cellWidth = composer.contentRect().width() / perRow;
    const double cellHeight = cellWidth * united.height() / std::max(united.width(), 1.0) + composer.mm(8);
    composer.addSpace(composer.mm(4));
    // The heading goes with the first row of thumbnails, not alone at the foot of a page.
    composer.ensureSpace(QFontMetricsF(font, &composer.device()).height() * 2 + cellHeight);
    addHeading(composer, SectionsTr::tr("Layouts at the same scale"), font, 1.1);
    for (std::size_t first = 0; first < variants.size(); first += std::size_t(perRow)) {
        composer.addBlock(cellHeight, [=, &composer](QPainter &painter, const QRectF &area) {
            const double unitsPerMetre = (cellWidth - composer.mm(4)) / std::max(united.width(), 1.0);
            for (std::size_t i = first; i < std::min(variants.size(), first + std::size_t(perRow)); ++i) {
                const QRectF cell(area.left() + cellWidth * double(i - first), area.top(), cellWidth, cellHeight);
                painter.setFont(font);
                painter.setPen(Qt::black);
                painter.drawText(QRectF(cell.left(), cell.top(), cell.width(), composer.mm(6)), Qt::AlignCenter,
                                 variants[i]->name);
                painter.save();
                painter.setWorldTransform(QTransform(unitsPerMetre, 0, 0, -unitsPerMetre,
                                                     cell.left() + composer.mm(2) - unitsPerMetre * united.left(),
                                                     cell.top() + composer.mm(7) + unitsPerMetre * united.bottom()));
                paintLayout(painter, *variants[i], options);
                painter.restore();
            }
        });
    }
}

} // namespace

int sectionCount(const ReportData &data)
{
    const auto simulated = std::count_if(data.variants.begin(), data.variants.end(), hasSimulationSection);
    return int(data.variants.size()) * kSectionsPerVariant + int(simulated) + (data.comparison ? 1 : 0);
}

void addReportSections(PageComposer &composer, const ReportData &data, const QFont &font)
{
    if (data.comparison) {
        composer.beginSection(SectionsTr::tr("Comparison of variants"));
        addHeading(composer, SectionsTr::tr("Comparison of variants"), font, 1.5);
        addComparison(composer, data, font);
    }
    for (const ReportVariant &v : data.variants) {
        const QString name = v.variant->name;
        composer.beginSection(SectionsTr::tr("%1: key figures").arg(name));
        addHeading(composer, SectionsTr::tr("%1: key figures").arg(name), font, 1.5);
        addKeyFigures(composer, v, font);
        composer.beginSection(SectionsTr::tr("%1: line balance").arg(name));
        addHeading(composer, SectionsTr::tr("%1: line balance").arg(name), font, 1.5);
        addLineBalance(composer, v, font);
        if (hasSimulationSection(v)) {
            composer.beginSection(SectionsTr::tr("%1: simulation").arg(name));
            addHeading(composer, SectionsTr::tr("%1: simulation").arg(name), font, 1.5);
            addSimulationSection(composer, v, font);
        }
        composer.beginSection(SectionsTr::tr("%1: material flow").arg(name));
        addHeading(composer, SectionsTr::tr("%1: material flow").arg(name), font, 1.5);
        addFlows(composer, v, font);
        composer.beginSection(SectionsTr::tr("%1: findings").arg(name));
        addHeading(composer, SectionsTr::tr("%1: findings").arg(name), font, 1.5);
        addFindings(composer, v, font);
        composer.beginSection(SectionsTr::tr("%1: layout").arg(name));
        addScaledLayout(composer, *v.variant, layoutScale(composer, data, *v.variant), font, data.options.showBackground);
    }
}

} // namespace taktflow::app::render
