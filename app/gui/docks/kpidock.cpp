// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/kpidock.h"

#include "app/gui/liveanalysis.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace taktflow::app {

namespace {

struct KpiRow {
    const char *key;
    const char *label;
};

// Keys are stable (tests, future settings); labels are translated.
constexpr KpiRow kKpiRows[] = {
    {"flowDistance", QT_TRANSLATE_NOOP("KpiDock", "Flow distance")},
    {"transportCost", QT_TRANSLATE_NOOP("KpiDock", "Transport cost")},
    {"travelTime", QT_TRANSLATE_NOOP("KpiDock", "Travel time")},
    {"transporters", QT_TRANSLATE_NOOP("KpiDock", "Transporters / drivers")},
    {"overlaps", QT_TRANSLATE_NOOP("KpiDock", "Overlaps")},
    {"clearances", QT_TRANSLATE_NOOP("KpiDock", "Clearance violations")},
    {"aisles", QT_TRANSLATE_NOOP("KpiDock", "Narrow aisles")},
    {"utilisation", QT_TRANSLATE_NOOP("KpiDock", "Floor utilisation")},
    {"takt", QT_TRANSLATE_NOOP("KpiDock", "Takt time")},
    {"stations", QT_TRANSLATE_NOOP("KpiDock", "Stations")},
    {"efficiency", QT_TRANSLATE_NOOP("KpiDock", "Line efficiency")},
    {"automation", QT_TRANSLATE_NOOP("KpiDock", "Automated work content")},
    {"energy", QT_TRANSLATE_NOOP("KpiDock", "Energy per unit")},
};

} // namespace

KpiDock::KpiDock(LiveAnalysis *analysis, QWidget *parent) : QDockWidget(tr("Key figures"), parent), mAnalysis(analysis)
{
    setObjectName(QStringLiteral("kpiDock"));
    auto *content = new QWidget(this);
    content->setAccessibleName(tr("Key figures of the current variant"));
    auto *form = new QFormLayout(content);
    for (const KpiRow &row : kKpiRows) {
        auto *value = new QLabel(content);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        form->addRow(QCoreApplication::translate("KpiDock", row.label), value);
        mValues.emplace_back(QString::fromLatin1(row.key), value);
    }
    setWidget(content);
    connect(analysis, &LiveAnalysis::updated, this, &KpiDock::refresh);
    refresh();
}

QString KpiDock::valueText(const QString &key) const
{
    for (const auto &[k, label] : mValues) {
        if (k == key)
            return label->text();
    }
    return {};
}

void KpiDock::refresh()
{
    const core::LayoutAnalysis *analysis = mAnalysis->analysis();
    if (!analysis) {
        for (auto &entry : mValues)
            entry.second->setText(QStringLiteral("–"));
        return;
    }
    const core::VariantKpis k = analysis->kpis();
    const QLocale locale;
    auto number = [&](double value, int decimals) { return locale.toString(value, 'f', decimals); };
    auto set = [&](const char *key, const QString &text) {
        for (auto &entry : mValues) {
            if (entry.first == QLatin1String(key) && entry.second->text() != text)
                entry.second->setText(text);
        }
    };
    set("flowDistance", tr("%1 units·m").arg(number(k.flow.flowDistance, 0)));
    set("transportCost", number(k.flow.transportCost, 2));
    set("travelTime", tr("%1 h").arg(number(k.flow.travelTimeS / 3600.0, 1)));
    set("transporters", QStringLiteral("%1 / %2").arg(k.flow.transportersNeeded).arg(k.flow.drivers));
    set("overlaps", QString::number(k.layout.overlaps));
    set("clearances", QString::number(k.layout.clearanceViolations));
    set("aisles", QString::number(k.layout.narrowAisles));
    set("utilisation", tr("%1 %").arg(number(k.layout.utilization * 100, 1)));
    set("takt", k.taktTimeS > 0 ? tr("%1 s").arg(number(k.taktTimeS, 1)) : QStringLiteral("–"));
    set("stations", QString::number(k.line.stations));
    set("efficiency", tr("%1 %").arg(number(k.line.lineEfficiency * 100, 1)));
    set("automation", tr("%1 %").arg(number(k.automation.workContentShare * 100, 1)));
    set("energy", tr("%1 kWh").arg(number(k.energy.kwhPerUnit, 3)));
}

} // namespace taktflow::app
