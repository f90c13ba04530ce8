// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/compare/kpicatalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace taktflow::core {

const std::vector<KpiDefinition> &comparableKpis()
{
    static const std::vector<KpiDefinition> kpis{
        {QStringLiteral("takt_time_s"), QT_TRANSLATE_NOOP("Kpi", "Takt time"), QStringLiteral("s"), Better::Neither},
        {QStringLiteral("line.stations"), QT_TRANSLATE_NOOP("Kpi", "Stations"), QString(), Better::Lower},
        {QStringLiteral("line.cycle_time_s"), QT_TRANSLATE_NOOP("Kpi", "Cycle time"), QStringLiteral("s"),
         Better::Lower},
        {QStringLiteral("line.line_efficiency"), QT_TRANSLATE_NOOP("Kpi", "Line efficiency"), QStringLiteral("%"),
         Better::Higher, true},
        {QStringLiteral("line.balance_delay"), QT_TRANSLATE_NOOP("Kpi", "Balance delay"), QStringLiteral("%"),
         Better::Lower, true},
        {QStringLiteral("line.smoothness_index"), QT_TRANSLATE_NOOP("Kpi", "Smoothness index"), QStringLiteral("s"),
         Better::Lower},
        {QStringLiteral("flow.flow_distance"), QT_TRANSLATE_NOOP("Kpi", "Flow distance"),
         QString::fromLatin1(QT_TRANSLATE_NOOP("KpiUnit", "units x m/period")), Better::Lower},
        {QStringLiteral("flow.transport_cost"), QT_TRANSLATE_NOOP("Kpi", "Transport cost"),
         QString::fromLatin1(QT_TRANSLATE_NOOP("KpiUnit", "per period")), Better::Lower},
        {QStringLiteral("flow.transporters_needed"), QT_TRANSLATE_NOOP("Kpi", "Transporters needed"), QString(),
         Better::Lower},
        {QStringLiteral("automation.work_content_share"), QT_TRANSLATE_NOOP("Kpi", "Automated work content"),
         QStringLiteral("%"), Better::Higher, true},
        {QStringLiteral("automation.station_share"), QT_TRANSLATE_NOOP("Kpi", "Automated stations"),
         QStringLiteral("%"), Better::Higher, true},
        {QStringLiteral("automation.item_share"), QT_TRANSLATE_NOOP("Kpi", "Automated items"), QStringLiteral("%"),
         Better::Higher, true},
        {QStringLiteral("automation.transport_share"), QT_TRANSLATE_NOOP("Kpi", "Automated transport"),
         QStringLiteral("%"), Better::Higher, true},
        {QStringLiteral("automation.manual_operators"), QT_TRANSLATE_NOOP("Kpi", "Manual operators"), QString(),
         Better::Lower},
        {QStringLiteral("layout.utilization"), QT_TRANSLATE_NOOP("Kpi", "Floor utilisation"), QStringLiteral("%"),
         Better::Higher, true},
        {QStringLiteral("layout.findings"), QT_TRANSLATE_NOOP("Kpi", "Layout findings"), QString(), Better::Lower},
        {QStringLiteral("energy.kwh_per_unit"), QT_TRANSLATE_NOOP("Kpi", "Energy per unit"), QStringLiteral("kWh"),
         Better::Lower},
        {QStringLiteral("energy.kg_co2e_per_unit"), QT_TRANSLATE_NOOP("Kpi", "CO2e per unit"), QStringLiteral("kg"),
         Better::Lower},
    };
    return kpis;
}

QString kpiLabel(const KpiDefinition &definition)
{
    return QCoreApplication::translate("Kpi", definition.label);
}

std::optional<double> kpiValue(const QJsonObject &kpis, const QString &key)
{
    if (key == QLatin1String("layout.findings")) {
        double total = 0;
        for (const char *part : {"layout.overlaps", "layout.clearance_violations", "layout.outside",
                                 "layout.narrow_aisles", "flow.unreachable_flows"}) {
            const auto value = kpiValue(kpis, QLatin1String(part));
            if (!value)
                return std::nullopt;
            total += *value;
        }
        return total;
    }
    const QStringList path = key.split(QLatin1Char('.'));
    QJsonObject object = kpis;
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        object = object.value(path[i]).toObject();
    const QJsonValue value = object.value(path.back());
    if (!value.isDouble())
        return std::nullopt;
    return value.toDouble();
}

} // namespace taktflow::core
