// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/compare/compareworkspace.h"

#include "app/document/commands/cmdkpiweight.h"
#include "app/document/projectdocument.h"
#include "app/gui/compare/layoutthumbnails.h"
#include "core/automation/salbpbalance.h"
#include "core/simulation/linemodelbuilder.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace taktflow::app {

namespace {

QString formatted(const core::ComparisonRow &row, double value)
{
    const QLocale locale;
    return row.share ? locale.toString(value * 100.0, 'f', 1) + QLatin1Char('%') : locale.toString(value, 'f', 2);
}

} // namespace

CompareWorkspace::CompareWorkspace(ProjectDocument *document, QWidget *parent)
    : QWidget(parent), mDocument(document), mVariants(new QListWidget(this)), mBaseline(new QComboBox(this)),
      mTable(new QTableWidget(this)), mRanking(new QListWidget(this)),
      mRankingTitle(new QLabel(this)), mDiffFrom(new QComboBox(this)),
      mDiffTo(new QComboBox(this)), mDiffArrow(new QLabel(QStringLiteral("->"), this)), mThumbMode(new QComboBox(this)), mThumbnails(new LayoutThumbnails(this)),
      mRefreshTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("compareWorkspace"));
    mVariants->setToolTip(tr("Tick the variants to compare"));
    mVariants->setAccessibleName(tr("Variants to compare"));
    mBaseline->setToolTip(tr("Deltas are shown against this variant"));
    mTable->setToolTip(tr("Best value per row in bold on green; (+d, +x%) is the change against the baseline"));
    mTable->verticalHeader()->hide();
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mRanking->setToolTip(tr("Variants ranked by the weighted score (1 = best on every weighted KPI)"));
    mThumbMode->addItems({tr("Side by side"), tr("Difference")});
    mThumbMode->setToolTip(tr("Show the chosen variants at one scale, or what changed between two"));
    mDiffFrom->setToolTip(tr("Difference from this variant"));
    mDiffTo->setToolTip(tr("... to this variant"));

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(new QLabel(tr("Variants"), side));
    sideLayout->addWidget(mVariants, 2);
    auto *form = new QFormLayout;
    form->addRow(tr("Baseline"), mBaseline);
    sideLayout->addLayout(form);
    mRankingTitle->setWordWrap(true);
    sideLayout->addWidget(mRankingTitle);
    sideLayout->addWidget(mRanking, 1);

    auto *thumbBar = new QHBoxLayout;
    thumbBar->addWidget(mThumbMode);
    thumbBar->addWidget(mDiffFrom);
    thumbBar->addWidget(mDiffArrow);
    thumbBar->addWidget(mDiffTo);
    thumbBar->addStretch();
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(thumbBar);
    bottomLayout->addWidget(mThumbnails, 1);

    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(mTable);
    centre->addWidget(bottom);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(side);
    split->addWidget(centre);
    split->setStretchFactor(1, 4);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    mRefreshTimer->setSingleShot(true);
    mRefreshTimer->setInterval(200);
    connect(mRefreshTimer, &QTimer::timeout, this, &CompareWorkspace::refreshNow);
    connect(mVariants, &QListWidget::itemChanged, this, &CompareWorkspace::scheduleRefresh);
    connect(mBaseline, &QComboBox::currentIndexChanged, this, &CompareWorkspace::scheduleRefresh);
    for (QComboBox *combo : {mThumbMode, mDiffFrom, mDiffTo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CompareWorkspace::updateThumbnails);

    connect(mDocument, &ProjectDocument::projectReset, this, &CompareWorkspace::rebuildChoices);
    connect(mDocument, &ProjectDocument::variantsChanged, this, &CompareWorkspace::rebuildChoices);
    connect(mDocument, &ProjectDocument::projectSettingsChanged, this, &CompareWorkspace::scheduleRefresh);
    connect(mDocument, &ProjectDocument::variantContentChanged, this, &CompareWorkspace::scheduleRefresh);
    connect(mDocument, &ProjectDocument::linesChanged, this, &CompareWorkspace::scheduleRefresh);
    connect(mDocument, &ProjectDocument::itemAdded, this, &CompareWorkspace::scheduleRefresh);
    connect(mDocument, &ProjectDocument::itemRemoved, this, &CompareWorkspace::scheduleRefresh);
    connect(mDocument, &ProjectDocument::itemChanged, this, &CompareWorkspace::scheduleRefresh);
    rebuildChoices();
}

void CompareWorkspace::rebuildChoices()
{
    const QStringList previouslyChosen = chosenVariantIds();
    const QString baseline = mBaseline->currentData().toString();
    mFilling = true;
    mVariants->clear();
    for (QComboBox *combo : {mBaseline, mDiffFrom, mDiffTo})
        combo->clear();
    for (const auto &variant : mDocument->project().variants) {
        auto *item = new QListWidgetItem(variant.name, mVariants);
        item->setData(Qt::UserRole, variant.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool chosen = previouslyChosen.isEmpty() || previouslyChosen.contains(variant.id);
        item->setCheckState(chosen ? Qt::Checked : Qt::Unchecked);
        for (QComboBox *combo : {mBaseline, mDiffFrom, mDiffTo})
            combo->addItem(variant.name, variant.id);
    }
    mBaseline->setCurrentIndex(std::max(0, mBaseline->findData(baseline)));
    mDiffTo->setCurrentIndex(std::min(1, mDiffTo->count() - 1));
    mFilling = false;
    refreshNow();
}

QStringList CompareWorkspace::chosenVariantIds() const
{
    QStringList ids;
    for (int row = 0; row < mVariants->count(); ++row) {
        if (mVariants->item(row)->checkState() == Qt::Checked)
            ids << mVariants->item(row)->data(Qt::UserRole).toString();
    }
    return ids;
}

void CompareWorkspace::scheduleRefresh()
{
    if (mFilling)
        return;
    // Every variant's KPIs are recomputed: not worth doing on each edit while nobody looks.
    if (!isVisible()) {
        mStale = true;
        return;
    }
    mRefreshTimer->start();
}

void CompareWorkspace::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (mStale)
        refreshNow();
}

void CompareWorkspace::refreshNow()
{
    mRefreshTimer->stop();
    mStale = false;
    const core::Project &project = mDocument->project();
    core::KpiOptions options;
    options.balance = core::exactBalance(0.5);
    std::vector<const core::Variant *> variants;
    int baseline = 0;
    for (const QString &id : chosenVariantIds()) {
        const core::Variant *variant = project.findVariant(id);
        if (!variant)
            continue;
        if (id == mBaseline->currentData().toString())
            baseline = int(variants.size());
        variants.push_back(variant);
    }
    mComparison = core::compareProjectVariants(project, variants, options, baseline,
                                                 core::simulation::simulationFingerprint);
    fillTable();
    updateThumbnails();
}

void CompareWorkspace::fillTable()
{
    const core::Comparison &c = mComparison;
    mFilling = true;
    mTable->clear();
    mTable->setColumnCount(int(c.variantNames.size()) + 2);
    mTable->setRowCount(int(c.rows.size()));
    mTable->setHorizontalHeaderLabels(QStringList{tr("KPI"), tr("Weight")} + c.variantNames);
    for (int r = 0; r < int(c.rows.size()); ++r) {
        const core::ComparisonRow &row = c.rows[std::size_t(r)];
        const QString label = core::rowLabelWithUnit(row);
        mTable->setItem(r, 0, new QTableWidgetItem(label));
        if (row.better != core::Better::Neither) {
            auto *weight = new QDoubleSpinBox(mTable);
            weight->setRange(0, 100);
            weight->setDecimals(1);
            weight->setSingleStep(0.5);
            const auto it = c.weights.find(row.key);
            weight->setValue(it == c.weights.end() ? 0.0 : it->second);
            weight->setToolTip(tr("Weight of %1 in the score (0 = not scored)").arg(row.label));
            const QString key = row.key;
            connect(weight, &QDoubleSpinBox::valueChanged, this, [this, key](double value) {
                mDocument->undoStack()->push(new CmdKpiWeight(mDocument, key, value));
            });
            mTable->setCellWidget(r, 1, weight);
        }
        for (int v = 0; v < int(row.values.size()); ++v)
            mTable->setItem(r, v + 2, valueCell(row, v));
    }
    mTable->resizeColumnsToContents();
    mRankingTitle->setText(c.defaultWeights
                               ? tr("No KPI weights are set: ranked with equal weights over the %n KPI(s) that every "
                                    "variant has and that have a better direction",
                                    nullptr, int(c.weightsUsed.size()))
                               : tr("Ranking by weighted score"));
    mRanking->clear();
    for (const auto &ranked : c.ranking)
        mRanking->addItem(tr("%1. %2 (score %3)").arg(ranked.rank).arg(ranked.variantName,
                                                                      QLocale().toString(ranked.score, 'f', 3)));
    mFilling = false;
}

QTableWidgetItem *CompareWorkspace::valueCell(const core::ComparisonRow &row, int v) const
{
    const core::Comparison &c = mComparison;
    const bool simulated = core::isSimulationKpi(row.key) && v < int(c.simulations.size());
    QString text = simulated ? tr("not simulated") : QStringLiteral("-");
    if (const auto &value = row.values[std::size_t(v)]) {
        text = formatted(row, *value);
        if (simulated && row.key == QLatin1String("simulation.throughput_per_hour")) {
            const core::SimulationSummary &s = *c.simulations[std::size_t(v)].summary;
            text += QStringLiteral(" [%1 - %2]").arg(formatted(row, s.throughputPerHourLow),
                                                     formatted(row, s.throughputPerHourHigh));
        }
        const auto &delta = row.delta[std::size_t(v)];
        const auto &pct = row.deltaPercent[std::size_t(v)];
        if (v != c.baseline && delta) {
            // The change against the baseline, absolute and (where defined) in per cent.
            const QString sign = *delta >= 0 ? QStringLiteral("+") : QString();
            text += QStringLiteral(" (%1%2").arg(sign, formatted(row, *delta));
            if (pct)
                text += QStringLiteral(", %1%2%").arg(*pct >= 0 ? QStringLiteral("+") : QString(),
                                                     QLocale().toString(*pct, 'f', 1));
            text += QLatin1Char(')');
        }
    }
    auto *cell = new QTableWidgetItem(text);
    cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    if (std::find(row.best.begin(), row.best.end(), v) != row.best.end()) {
        QFont bold = cell->font();
        bold.setBold(true);
        cell->setFont(bold);
        cell->setBackground(QColor(0xd5, 0xef, 0xd0));
        cell->setToolTip(tr("Best value"));
    }
    if (simulated)
        describeSimulation(cell, v);
    return cell;
}

void CompareWorkspace::describeSimulation(QTableWidgetItem *cell, int v) const
{
    const core::VariantSimulation &simulation = mComparison.simulations[std::size_t(v)];
    if (!simulation.summary) {
        cell->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        cell->setToolTip(tr("This variant has no simulation result yet: run it in the Simulation workspace"));
        return;
    }
    const core::SimulationSummary &s = *simulation.summary;
    QStringList lines;
    if (!cell->toolTip().isEmpty())
        lines << cell->toolTip();
    lines << tr("Line %1, simulated %2").arg(simulation.lineName, s.ranAtUtc)
          << core::simulationRunDescription(s)
          << tr("Throughput 95 % interval: %1 to %2 units/h")
                 .arg(QLocale().toString(s.throughputPerHourLow, 'f', 2),
                      QLocale().toString(s.throughputPerHourHigh, 'f', 2));
    if (simulation.status == core::VariantSimulation::Status::Stale) {
        cell->setText(cell->text() + QLatin1Char(' ') + tr("(stale)"));
        cell->setForeground(QColor(0xb3, 0x5c, 0x00));
        lines.prepend(tr("Stale: the line or layout changed after this run; run the simulation again"));
    }
    cell->setToolTip(lines.join(QLatin1Char('\n')));
}

void CompareWorkspace::updateThumbnails()
{
    const bool difference = mThumbMode->currentIndex() == 1;
    mDiffFrom->setVisible(difference);
    mDiffTo->setVisible(difference);
    mDiffArrow->setVisible(difference);
    if (difference)
        mThumbnails->showDifference(&mDocument->project(), mDiffFrom->currentData().toString(),
                                    mDiffTo->currentData().toString());
    else
        mThumbnails->showSideBySide(&mDocument->project(), chosenVariantIds());
}

} // namespace taktflow::app
