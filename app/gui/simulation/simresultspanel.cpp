// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simresultspanel.h"

#include "app/gui/simulation/simstatechart.h"
#include "app/gui/simulation/simverdict.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace taktflow::app {

namespace {

QLabel *figure(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

SimResultsPanel::SimResultsPanel(QWidget *parent) : QWidget(parent)
{
    mThroughput = figure(this, QStringLiteral("simThroughput"));
    mDemand = figure(this, QStringLiteral("simDemand"));
    mVerdict = figure(this, QStringLiteral("simVerdict"));
    QFont bold = mVerdict->font();
    bold.setBold(true);
    mVerdict->setFont(bold);
    mLeadTime = figure(this, QStringLiteral("simLeadTime"));
    mWip = figure(this, QStringLiteral("simWip"));
    mBottleneck = figure(this, QStringLiteral("simBottleneck"));
    mRunInfo = figure(this, QStringLiteral("simRunInfo"));
    mRunInfo->setStyleSheet(QStringLiteral("color: #555;"));
    mChart = new SimStateChart(this);

    auto *form = new QFormLayout;
    form->addRow(tr("Throughput"), mThroughput);
    form->addRow(tr("Target"), mDemand);
    form->addRow(mVerdict);
    form->addRow(tr("Lead time"), mLeadTime);
    form->addRow(tr("Work in process"), mWip);
    form->addRow(tr("Bottleneck"), mBottleneck);
    auto *figures = new QVBoxLayout;
    figures->addLayout(form);
    figures->addWidget(mRunInfo);
    figures->addStretch();
    auto *figuresBox = new QWidget(this);
    figuresBox->setLayout(figures);
    figuresBox->setMinimumWidth(360);
    figuresBox->setMaximumWidth(430);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(figuresBox);
    layout->addWidget(mChart, 1);
    showMessage(tr("Not simulated yet: set the parameters and press Run."));
}

void SimResultsPanel::showMessage(const QString &text)
{
    for (QLabel *label : {mThroughput, mDemand, mLeadTime, mWip, mBottleneck})
        label->setText(QStringLiteral("–"));
    mVerdict->setText(text);
    mVerdict->setStyleSheet(QString());
    mRunInfo->clear();
    mChart->setStations({}, {});
}

void SimResultsPanel::showSummary(const core::SimulationSummary &r, double demandPerHour, double taktS,
                                  const QString &note)
{
    const QLocale locale;
    mThroughput->setText(tr("%1 parts/h (95 %: %2 – %3)")
                             .arg(locale.toString(r.throughputPerHourMean, 'f', 1),
                                  locale.toString(r.throughputPerHourLow, 'f', 1),
                                  locale.toString(r.throughputPerHourHigh, 'f', 1)));
    QString target = demandPerHour > 0.0 ? tr("demand %1 parts/h").arg(locale.toString(demandPerHour, 'f', 1))
                                         : tr("no demand set");
    if (taktS > 0.0)
        target += tr(", takt %1 s").arg(locale.toString(taktS, 'f', 1));
    mDemand->setText(target);
    const SimVerdict verdict =
        judgeThroughput(r.throughputPerHourMean, r.throughputPerHourLow, r.throughputPerHourHigh, demandPerHour);
    mVerdict->setText(verdict.text);
    mVerdict->setStyleSheet(verdict.outcome == SimVerdict::Outcome::Makes    ? QStringLiteral("color: #1b7a2b;")
                            : verdict.outcome == SimVerdict::Outcome::Misses ? QStringLiteral("color: #b00020;")
                                                                             : QStringLiteral("color: #8a6100;"));
    mLeadTime->setText(tr("mean %1 s, P95 %2 s")
                           .arg(locale.toString(r.leadTimeMeanS, 'f', 1), locale.toString(r.leadTimeP95S, 'f', 1)));
    mWip->setText(tr("%1 parts").arg(locale.toString(r.wipMean, 'f', 2)));

    const auto bottleneck = std::find_if(r.stations.begin(), r.stations.end(),
                                         [&](const auto &s) { return s.name == r.bottleneck; });
    if (bottleneck != r.stations.end())
        mBottleneck->setText(tr("%1, the bottleneck %2 % of the time")
                                 .arg(r.bottleneck, locale.toString(100.0 * bottleneck->bottleneckShare, 'f', 0)));
    else
        mBottleneck->setText(r.bottleneck.isEmpty() ? tr("none found") : r.bottleneck);
    QString info = tr("%n replication(s) of %1 h each", nullptr, r.replications).arg(locale.toString(r.simulatedS / 3600.0, 'g', 4));
    if (!note.isEmpty())
        info += QStringLiteral("; ") + note;
    mRunInfo->setText(info);
    mChart->setStations(r.stations, r.bottleneck);
}

} // namespace taktflow::app
