// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/linesettingspanel.h"

#include "app/document/commands/cmdline.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/line/taktderivation.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taktflow::app {

namespace {

QDoubleSpinBox *spin(QWidget *parent, double max, int decimals, const QString &suffix, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, max);
    box->setDecimals(decimals);
    box->setSuffix(suffix);
    // Typing commits on Enter or leaving the field, not on every keystroke.
    box->setKeyboardTracking(false);
    return box;
}

} // namespace

LineSettingsPanel::LineSettingsPanel(LineContext *context, QWidget *parent)
    : QGroupBox(tr("Line settings"), parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("lineSettings"));
    mName = new QLineEdit(this);
    mName->setObjectName(QStringLiteral("lineName"));
    mDemand = spin(this, 1e7, 1, tr(" units"), QStringLiteral("demand"));
    mUseCalendar = new QCheckBox(tr("Derive from the shift calendar"), this);
    mShifts = new QSpinBox(this);
    mShifts->setObjectName(QStringLiteral("shifts"));
    mShifts->setRange(1, 21);
    mShifts->setKeyboardTracking(false);
    mShiftLength = spin(this, 24, 2, tr(" h"), QStringLiteral("shiftLength"));
    mBreaks = spin(this, 24 * 60, 1, tr(" min"), QStringLiteral("breaks"));
    mDowntime = spin(this, 7 * 24 * 60, 1, tr(" min"), QStringLiteral("downtime"));
    mDowntime->setToolTip(tr("Planned downtime per period (maintenance, meetings)"));
    mEfficiency = spin(this, 100, 1, tr(" %"), QStringLiteral("efficiency"));
    mEfficiency->setMinimum(1);
    mAvailable = spin(this, 7 * 24, 2, tr(" h"), QStringLiteral("availableTime"));
    mAvailable->setToolTip(tr("Available production time per period, when not derived from the calendar"));
    mParallel = new QCheckBox(tr("Parallel stations for long tasks"), this);
    mParallel->setToolTip(
        tr("A task longer than the takt time gets replicated stations instead of making the line infeasible"));
    mTakt = new QLabel(this);
    mTakt->setObjectName(QStringLiteral("taktTime"));
    QFont bold = mTakt->font();
    bold.setBold(true);
    mTakt->setFont(bold);
    mDerivation = new QLabel(this);
    mDerivation->setObjectName(QStringLiteral("taktDerivation"));
    mDerivation->setWordWrap(true);
    mDerivation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    mModels = new QTableWidget(0, 2, this);
    mModels->setObjectName(QStringLiteral("lineModels"));
    mModels->setHorizontalHeaderLabels({tr("Model"), tr("Demand share")});
    mModels->horizontalHeader()->setStretchLastSection(true);
    mModels->verticalHeader()->hide();
    mModels->setMaximumHeight(90);
    mModels->setToolTip(tr("Models of a mixed-model line; tasks get one time column per model."));
    auto *addModel = new QPushButton(tr("Add model"), this);
    auto *removeModel = new QPushButton(tr("Remove model"), this);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Name"), mName);
    form->addRow(tr("Demand per period"), mDemand);
    form->addRow(mUseCalendar);
    form->addRow(tr("Shifts per period"), mShifts);
    form->addRow(tr("Shift length"), mShiftLength);
    form->addRow(tr("Breaks per shift"), mBreaks);
    form->addRow(tr("Planned downtime"), mDowntime);
    form->addRow(tr("Planned efficiency (OEE)"), mEfficiency);
    form->addRow(tr("Available time"), mAvailable);
    form->addRow(mParallel);
    form->addRow(tr("Takt time"), mTakt);
    form->addRow(mDerivation);
    auto *modelButtons = new QHBoxLayout;
    modelButtons->addWidget(addModel);
    modelButtons->addWidget(removeModel);
    modelButtons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(mModels);
    layout->addLayout(modelButtons);

    connect(mName, &QLineEdit::editingFinished, this, [this] { commit(Name); });
    connect(mDemand, &QDoubleSpinBox::valueChanged, this, [this] { commit(Demand); });
    connect(mUseCalendar, &QCheckBox::toggled, this, [this] { commit(Calendar); });
    connect(mShifts, &QSpinBox::valueChanged, this, [this] { commit(Shifts); });
    connect(mShiftLength, &QDoubleSpinBox::valueChanged, this, [this] { commit(ShiftLength); });
    connect(mBreaks, &QDoubleSpinBox::valueChanged, this, [this] { commit(Breaks); });
    connect(mDowntime, &QDoubleSpinBox::valueChanged, this, [this] { commit(Downtime); });
    connect(mEfficiency, &QDoubleSpinBox::valueChanged, this, [this] { commit(Efficiency); });
    connect(mAvailable, &QDoubleSpinBox::valueChanged, this, [this] { commit(Available); });
    connect(mParallel, &QCheckBox::toggled, this, [this] { commit(Parallel); });
    connect(mModels, &QTableWidget::itemChanged, this, [this] { commit(Models); });
    connect(addModel, &QPushButton::clicked, this, &LineSettingsPanel::addModel);
    connect(removeModel, &QPushButton::clicked, this, &LineSettingsPanel::removeModel);
    connect(context, &LineContext::lineChanged, this, &LineSettingsPanel::refresh);
    refresh();
}

void LineSettingsPanel::refresh()
{
    const core::ProductionLine *line = mContext->line();
    setEnabled(line != nullptr);
    mRefreshing = true;
    const core::ProductionLine shown = line ? *line : core::ProductionLine();
    if (mName->text() != shown.name)
        mName->setText(shown.name);
    mDemand->setValue(shown.demandPerPeriod);
    mUseCalendar->setChecked(shown.useCalendar);
    mShifts->setValue(shown.calendar.shiftsPerPeriod);
    mShiftLength->setValue(shown.calendar.shiftLengthS / 3600.0);
    mBreaks->setValue(shown.calendar.breaksS / 60.0);
    mDowntime->setValue(shown.calendar.plannedDowntimeS / 60.0);
    mEfficiency->setValue(shown.calendar.efficiency * 100.0);
    mAvailable->setValue(shown.availableTimePerPeriodS / 3600.0);
    mParallel->setChecked(shown.allowParallelStations);
    for (QWidget *w : std::initializer_list<QWidget *>{mShifts, mShiftLength, mBreaks, mDowntime, mEfficiency})
        w->setEnabled(shown.useCalendar);
    mAvailable->setEnabled(!shown.useCalendar);
    mModels->setRowCount(int(shown.models.size()));
    for (std::size_t m = 0; m < shown.models.size(); ++m) {
        auto *name = new QTableWidgetItem(shown.models[m].name);
        name->setData(Qt::UserRole, shown.models[m].id);
        mModels->setItem(int(m), 0, name);
        mModels->setItem(int(m), 1, new QTableWidgetItem(QLocale().toString(shown.models[m].demandShare, 'g', 6)));
    }
    // A single-model line needs no model table; the button to add one stays.
    mModels->setVisible(!shown.models.empty());
    mRefreshing = false;

    const TaktDerivation takt = deriveTakt(shown);
    mTakt->setText(takt.ok ? tr("%1 s").arg(QLocale().toString(takt.taktTimeS, 'f', 1)) : tr("none"));
    mDerivation->setText(takt.text);
    mDerivation->setStyleSheet(takt.ok ? QString() : QStringLiteral("color: #b00020;"));
}

LineSettings LineSettingsPanel::settingsFromWidgets() const
{
    LineSettings s = LineSettings::of(*mContext->line());
    s.name = mName->text().trimmed().isEmpty() ? s.name : mName->text().trimmed();
    s.demandPerPeriod = mDemand->value();
    s.useCalendar = mUseCalendar->isChecked();
    s.calendar.shiftsPerPeriod = mShifts->value();
    s.calendar.shiftLengthS = mShiftLength->value() * 3600.0;
    s.calendar.breaksS = mBreaks->value() * 60.0;
    s.calendar.plannedDowntimeS = mDowntime->value() * 60.0;
    s.calendar.efficiency = mEfficiency->value() / 100.0;
    s.availableTimePerPeriodS = mAvailable->value() * 3600.0;
    s.allowParallelStations = mParallel->isChecked();
    for (int row = 0; row < mModels->rowCount() && row < int(s.models.size()); ++row) {
        core::LineModel &model = s.models[std::size_t(row)];
        if (const QTableWidgetItem *name = mModels->item(row, 0); name && !name->text().trimmed().isEmpty())
            model.name = name->text().trimmed();
        bool ok = false;
        const double share = QLocale().toDouble(mModels->item(row, 1) ? mModels->item(row, 1)->text() : QString(), &ok);
        if (ok && share > 0)
            model.demandShare = share;
    }
    return s;
}

void LineSettingsPanel::commit(Field field)
{
    if (mRefreshing || !mContext->line())
        return;
    const LineSettings settings = settingsFromWidgets();
    if (settings == LineSettings::of(*mContext->line())) {
        refresh();
        return;
    }
    mContext->push(
        new CmdLineSettingsEdit(mContext->document(), mContext->variantId(), mContext->lineId(), settings, int(field)));
    // A refused value (an empty name, a share of zero) snaps back to the model's.
    refresh();
}

void LineSettingsPanel::addModel()
{
    if (!mContext->line())
        return;
    LineSettings settings = LineSettings::of(*mContext->line());
    int n = int(settings.models.size()) + 1;
    auto taken = [&](const QString &id) {
        return std::any_of(settings.models.begin(), settings.models.end(), [&](const auto &m) { return m.id == id; });
    };
    while (taken(QStringLiteral("M%1").arg(n)))
        ++n;
    core::LineModel model;
    model.id = QStringLiteral("M%1").arg(n);
    model.name = tr("Model %1").arg(n);
    settings.models.push_back(model);
    mContext->push(new CmdLineSettingsEdit(mContext->document(), mContext->variantId(), mContext->lineId(), settings));
}

void LineSettingsPanel::removeModel()
{
    const int row = mModels->currentRow();
    if (!mContext->line() || row < 0)
        return;
    LineSettings settings = LineSettings::of(*mContext->line());
    if (row >= int(settings.models.size()))
        return;
    settings.models.erase(settings.models.begin() + row);
    mContext->push(new CmdLineSettingsEdit(mContext->document(), mContext->variantId(), mContext->lineId(), settings));
}

} // namespace taktflow::app
