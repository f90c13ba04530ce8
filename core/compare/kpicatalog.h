// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>
#include <vector>

namespace taktflow::core {

/** Which way a KPI is better, for marking the best variant and for scoring. */
enum class Better { Higher, Lower, Neither };

/** One comparable KPI: its JSON path in the `kpi --json` object, label and unit. */
struct KpiDefinition {
    QString key;
    /** Untranslated label; translate with QCoreApplication::translate("Kpi", label). */
    const char *label;
    /** Unit shown beside values ("s", "m", "EUR/period", "%" ...); empty for counts. */
    QString unit;
    Better better;
    /** Shown as per cent (value x 100) in tables; values stay shares 0..1 in JSON. */
    bool share = false;
};

/** The KPIs a comparison shows, in display order. */
const std::vector<KpiDefinition> &comparableKpis();

/** The translated label of a KPI. */
QString kpiLabel(const KpiDefinition &definition);

/**
 * The value at a dotted path ("line.stations") of a KPI object. "layout.findings" is derived:
 * overlaps + clearance violations + items outside + narrow aisles + unreachable flows.
 */
std::optional<double> kpiValue(const QJsonObject &kpis, const QString &key);

} // namespace taktflow::core
