// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/linemetricspanel.h"

#include "app/gui/line/linecontext.h"
#include "app/gui/line/linetimes.h"
#include "app/gui/line/taktderivation.h"
#include "core/automation/assignmentmetrics.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>

#include <cmath>

namespace taktflow::app {

namespace {

struct MetricRow {
    const char *key;
    const char *label;
    const char *tip;
};

const MetricRow kMetricRows[] = {
    {"stations", QT_TRANSLATE_NOOP("LineMetricsPanel", "Stations"),
     QT_TRANSLATE_NOOP("LineMetricsPanel", "Station copies, parallel stations counted each")},
    {"cycle", QT_TRANSLATE_NOOP("LineMetricsPanel", "Cycle time"),
     QT_TRANSLATE_NOOP("LineMetricsPanel", "Largest station time: the cycle the line achieves")},
    {"takt", QT_TRANSLATE_NOOP("LineMetricsPanel", "Takt time"), nullptr},
    {"efficiency", QT_TRANSLATE_NOOP("LineMetricsPanel", "Line efficiency"),
     QT_TRANSLATE_NOOP("LineMetricsPanel", "Work content / (stations × cycle time)")},
    {"balanceDelay", QT_TRANSLATE_NOOP("LineMetricsPanel", "Balance delay"),
     QT_TRANSLATE_NOOP("LineMetricsPanel", "1 − line efficiency")},
    {"smoothness", QT_TRANSLATE_NOOP("LineMetricsPanel", "Smoothness index"),
     QT_TRANSLATE_NOOP("LineMetricsPanel", "√(Σ (cycle time − station time)²) over stations")},
    {"idle", QT_TRANSLATE_NOOP("LineMetricsPanel", "Idle time per cycle"),
     QT_TRANSLATE_NOOP("LineMetricsPanel", "Stations × cycle time − work content")},
    {"bottleneck", QT_TRANSLATE_NOOP("LineMetricsPanel", "Bottleneck"),
     QT_TRANSLATE_NOOP("LineMetricsPanel", "The station with the largest time")},
    {"operators", QT_TRANSLATE_NOOP("LineMetricsPanel", "Operators"),
     QT_TRANSLATE_NOOP("LineMetricsPanel", "One per station copy that is not fully automated")},
    {"output", QT_TRANSLATE_NOOP("LineMetricsPanel", "Output per period"),
     QT_TRANSLATE_NOOP("LineMetricsPanel", "Whole units: available time per period / cycle time, rounded down")},
    {"unassigned", QT_TRANSLATE_NOOP("LineMetricsPanel", "Unassigned tasks"), nullptr},
};

} // namespace

LineMetricsPanel::LineMetricsPanel(LineContext *context, QWidget *parent)
    : QGroupBox(tr("Line figures"), parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("lineMetrics"));
    auto *form = new QFormLayout(this);
    for (const MetricRow &row : kMetricRows) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *label = new QLabel(QCoreApplication::translate("LineMetricsPanel", row.label), this);
        if (row.tip) {
            label->setToolTip(QCoreApplication::translate("LineMetricsPanel", row.tip));
            value->setToolTip(label->toolTip());
        }
        form->addRow(label, value);
        mValues.emplace_back(QString::fromLatin1(row.key), value);
    }
    connect(context, &LineContext::lineChanged, this, &LineMetricsPanel::refresh);
    refresh();
}

QString LineMetricsPanel::valueText(const QString &key) const
{
    for (const auto &[name, label] : mValues) {
        if (name == key)
            return label->text();
    }
    return {};
}

void LineMetricsPanel::set(const QString &key, const QString &text)
{
    for (const auto &[name, label] : mValues) {
        if (name == key)
            label->setText(text);
    }
}

void LineMetricsPanel::refresh()
{
    const core::ProductionLine *shown = mContext->line();
    const QLocale locale;
    const QString none = tr("–");
    for (const auto &entry : mValues)
        entry.second->setText(none);
    if (!shown)
        return;
    const core::ProductionLine line = lineWithModelTimes(*shown);
    const TaktDerivation takt = deriveTakt(line);
    if (takt.ok)
        set(QStringLiteral("takt"), tr("%1 s").arg(locale.toString(takt.taktTimeS, 'f', 1)));
    const core::AssignmentMetrics m = core::assignmentMetrics(line, line.stations);
    set(QStringLiteral("unassigned"), QString::number(m.unassignedTasks));
    if (m.stations == 0)
        return;
    set(QStringLiteral("stations"), QString::number(m.stations));
    set(QStringLiteral("cycle"), tr("%1 s").arg(locale.toString(m.cycleTimeS, 'f', 1)));
    set(QStringLiteral("efficiency"), tr("%1 %").arg(locale.toString(m.lineEfficiency * 100.0, 'f', 1)));
    set(QStringLiteral("balanceDelay"), tr("%1 %").arg(locale.toString(m.balanceDelay * 100.0, 'f', 1)));
    set(QStringLiteral("smoothness"), tr("%1 s").arg(locale.toString(m.smoothnessIndex, 'f', 1)));
    set(QStringLiteral("idle"), tr("%1 s").arg(locale.toString(m.stations * m.cycleTimeS - m.workContentS, 'f', 1)));
    std::size_t bottleneck = 0;
    for (std::size_t s = 1; s < m.stationTimesS.size(); ++s) {
        if (m.stationTimesS[s] > m.stationTimesS[bottleneck])
            bottleneck = s;
    }
    if (!m.stationTimesS.empty())
        set(QStringLiteral("bottleneck"),
            tr("S%1 (%2 s)").arg(bottleneck + 1).arg(locale.toString(m.stationTimesS[bottleneck], 'f', 1)));
    int operators = 0;
    const core::TaskLookup tasks(line);
    for (const auto &station : line.stations) {
        if (!core::isAutomatedStation(tasks, station) && !station.taskIds.isEmpty())
            operators += std::max(1, station.replicas);
    }
    set(QStringLiteral("operators"), QString::number(operators));
    const double available = core::availableTimeS(line);
    if (available > 0.0 && m.cycleTimeS > 0.0)
        set(QStringLiteral("output"),
            tr("%1 units").arg(locale.toString(std::floor(available / m.cycleTimeS), 'f', 0)));
}

} // namespace taktflow::app
