// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simsettingspanel.h"

#include "app/document/commands/cmdsimulation.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/simulation/simtaskcells.h"
#include "core/simulation/distribution.h"
#include "core/simulation/experiment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QSpinBox>

namespace taktflow::app {

namespace {

using Kind = core::TimeDistribution::Kind;
using SourceKind = core::SourceSpec::Kind;
// Inter-arrival times by mean and spread: the kinds a single mean and SD describe.
constexpr Kind kArrivalKinds[] = {Kind::Deterministic, Kind::Exponential, Kind::Normal, Kind::Lognormal};
enum Field { FieldSourceKind, FieldArrivalKind, FieldArrivalMean, FieldArrivalSd, FieldDuration, FieldWarmup,
             FieldReplications, FieldSeed, FieldCalendar };

QDoubleSpinBox *spin(QWidget *parent, const QString &name, double maximum, const QString &suffix, int decimals)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0.0, maximum);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

SimSettingsPanel::SimSettingsPanel(LineContext *context, QWidget *parent) : QWidget(parent), mContext(context)
{
    mSourceKind = new QComboBox(this);
    mSourceKind->setObjectName(QStringLiteral("simSourceKind"));
    mSourceKind->addItem(tr("Saturated (station 1 never starves)"), int(SourceKind::Saturated));
    mSourceKind->addItem(tr("Release at takt"), int(SourceKind::AtTakt));
    mSourceKind->addItem(tr("Inter-arrival times"), int(SourceKind::Interarrival));
    mArrivalKind = new QComboBox(this);
    mArrivalKind->setObjectName(QStringLiteral("simArrivalKind"));
    for (Kind kind : kArrivalKinds)
        mArrivalKind->addItem(SimTaskCells::kindLabel(kind), int(kind));
    mArrivalMeanS = spin(this, QStringLiteral("simArrivalMean"), 1e6, tr(" s"), 2);
    mArrivalSdS = spin(this, QStringLiteral("simArrivalSd"), 1e6, tr(" s"), 2);
    mArrivalNote = new QLabel(this);
    mArrivalNote->setWordWrap(true);

    auto *source = new QGroupBox(tr("Source"), this);
    auto *sourceForm = new QFormLayout(source);
    sourceForm->addRow(tr("Parts arrive"), mSourceKind);
    sourceForm->addRow(tr("Inter-arrival distribution"), mArrivalKind);
    sourceForm->addRow(tr("Mean inter-arrival time"), mArrivalMeanS);
    sourceForm->addRow(tr("Standard deviation"), mArrivalSdS);
    sourceForm->addRow(mArrivalNote);

    mDurationH = spin(this, QStringLiteral("simDuration"), core::simulation::kMaxSimulatedS / 3600.0, tr(" h"), 2);
    mDurationH->setToolTip(tr("Simulated time per replication after the warm-up; 0: one shift of the line's calendar"));
    mWarmupH = spin(this, QStringLiteral("simWarmup"), 1e4, tr(" h"), 2);
    mWarmupH->setToolTip(tr("Time simulated first and left out of the statistics, while the buffers fill"));
    mReplications = new QSpinBox(this);
    mReplications->setObjectName(QStringLiteral("simReplications"));
    mReplications->setRange(1, 10000);
    mReplications->setKeyboardTracking(false);
    mReplications->setToolTip(tr("Independent runs; the 95 % intervals come from their spread"));
    mSeed = new QSpinBox(this);
    mSeed->setObjectName(QStringLiteral("simSeed"));
    mSeed->setRange(1, std::numeric_limits<int>::max());
    mSeed->setKeyboardTracking(false);
    mSeed->setToolTip(tr("The same seed gives the same numbers; variants compared with one seed see the same random events"));
    mFollowCalendar = new QCheckBox(tr("Pause in breaks and off-shift (the line's calendar)"), this);
    mFollowCalendar->setObjectName(QStringLiteral("simFollowCalendar"));

    auto *run = new QGroupBox(tr("Run"), this);
    auto *runForm = new QFormLayout(run);
    runForm->addRow(tr("Run length"), mDurationH);
    runForm->addRow(tr("Warm-up"), mWarmupH);
    runForm->addRow(tr("Replications"), mReplications);
    runForm->addRow(tr("Seed"), mSeed);
    runForm->addRow(mFollowCalendar);

    // Two short forms side by side: the tab is wide and not tall.
    source->setMaximumWidth(520);
    run->setMaximumWidth(520);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(source, 0, Qt::AlignTop);
    layout->addWidget(run, 0, Qt::AlignTop);
    layout->addStretch();

    connect(mSourceKind, &QComboBox::activated, this, [this] { pushSource(FieldSourceKind); });
    connect(mArrivalKind, &QComboBox::activated, this, [this] { pushSource(FieldArrivalKind); });
    connect(mArrivalMeanS, &QDoubleSpinBox::valueChanged, this, [this] { pushSource(FieldArrivalMean); });
    connect(mArrivalSdS, &QDoubleSpinBox::valueChanged, this, [this] { pushSource(FieldArrivalSd); });
    connect(mDurationH, &QDoubleSpinBox::valueChanged, this, [this] { pushRun(FieldDuration); });
    connect(mWarmupH, &QDoubleSpinBox::valueChanged, this, [this] { pushRun(FieldWarmup); });
    connect(mReplications, &QSpinBox::valueChanged, this, [this] { pushRun(FieldReplications); });
    connect(mSeed, &QSpinBox::valueChanged, this, [this] { pushRun(FieldSeed); });
    connect(mFollowCalendar, &QCheckBox::toggled, this, [this] { pushRun(FieldCalendar); });
    connect(context, &LineContext::lineChanged, this, &SimSettingsPanel::refresh);
    refresh();
}

void SimSettingsPanel::refresh()
{
    const core::ProductionLine *line = mContext->line();
    setEnabled(line != nullptr);
    if (!line)
        return;
    const core::SimulationParameters &p = line->simulation;
    const QSignalBlocker b1(mSourceKind), b2(mArrivalKind), b3(mArrivalMeanS), b4(mArrivalSdS), b5(mDurationH),
        b6(mWarmupH), b7(mReplications), b8(mSeed), b9(mFollowCalendar);
    mSourceKind->setCurrentIndex(mSourceKind->findData(int(p.source.kind)));
    const bool arrivals = p.source.kind == SourceKind::Interarrival;
    const int arrivalIndex = mArrivalKind->findData(int(p.source.interarrival.kind));
    mArrivalKind->setCurrentIndex(std::max(0, arrivalIndex));
    mArrivalMeanS->setValue(core::simulation::distributionMeanS(p.source.interarrival));
    mArrivalSdS->setValue(p.source.interarrival.sdS);
    mArrivalKind->setEnabled(arrivals);
    mArrivalMeanS->setEnabled(arrivals);
    const Kind kind = p.source.interarrival.kind;
    mArrivalSdS->setEnabled(arrivals && (kind == Kind::Normal || kind == Kind::Lognormal));
    const double taktS = mContext->taktTimeS();
    const QLocale locale;
    mArrivalNote->setText(p.source.kind == SourceKind::AtTakt
                              ? (taktS > 0.0 ? tr("A part is released every %1 s (the takt time).")
                                                   .arg(locale.toString(taktS, 'f', 1))
                                             : tr("The line has no takt time: enter its demand and shifts."))
                              : QString());
    mArrivalNote->setVisible(!mArrivalNote->text().isEmpty());

    const double shiftH = line->calendar.shiftLengthS / 3600.0;
    mDurationH->setSpecialValueText(tr("One shift (%1 h)").arg(locale.toString(shiftH, 'g', 3)));
    mDurationH->setValue(p.run.durationS / 3600.0);
    mWarmupH->setValue(p.run.warmupS / 3600.0);
    mReplications->setValue(p.run.replications);
    mSeed->setValue(int(std::min<std::uint64_t>(p.run.seed, std::uint64_t(std::numeric_limits<int>::max()))));
    mFollowCalendar->setChecked(p.run.followCalendar);
    mFollowCalendar->setEnabled(line->useCalendar);
}

void SimSettingsPanel::pushSource(int field)
{
    const core::ProductionLine *line = mContext->line();
    if (!line)
        return;
    core::SourceSpec source = line->simulation.source;
    source.kind = SourceKind(mSourceKind->currentData().toInt());
    const Kind kind = Kind(mArrivalKind->currentData().toInt());
    double meanS = mArrivalMeanS->value();
    if (source.kind == SourceKind::Interarrival && meanS <= 0.0) {
        // A first inter-arrival time: the takt, so the source neither floods nor starves the line.
        meanS = mContext->taktTimeS() > 0.0 ? mContext->taktTimeS() : 60.0;
    }
    if (field == FieldArrivalKind || kind != source.interarrival.kind)
        source.interarrival = SimTaskCells::startingPoint(kind, meanS);
    else {
        source.interarrival.meanS = meanS;
        source.interarrival.sdS = mArrivalSdS->value();
    }
    mContext->push(new CmdSimSourceEdit(mContext->document(), mContext->variantId(), line->id, field, source, true));
}

void SimSettingsPanel::pushRun(int field)
{
    const core::ProductionLine *line = mContext->line();
    if (!line)
        return;
    core::SimulationRunSettings run = line->simulation.run;
    run.durationS = mDurationH->value() * 3600.0;
    run.warmupS = mWarmupH->value() * 3600.0;
    run.replications = mReplications->value();
    run.seed = std::uint64_t(mSeed->value());
    run.followCalendar = mFollowCalendar->isChecked();
    mContext->push(new CmdSimRunEdit(mContext->document(), mContext->variantId(), line->id, field, run, true));
}

} // namespace taktflow::app
