// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/arrangementdialogs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace taktflow::app {

ArrangementSetupDialog::ArrangementSetupDialog(const core::Variant &variant, const QStringList &checkedIds,
                                               QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Suggest Arrangement"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The checked items trade places among their current positions, or take slots "
                                "on a grid, so that units x distance over all flows is smallest. Fixed items "
                                "stay where they are."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    mItems = new QListWidget(this);
    mItems->setObjectName(QStringLiteral("arrangementItems"));
    for (const core::LayoutItem &item : variant.items) {
        // Only items the search may move are offered; fixed ones are the anchors.
        if (item.fixed || !core::isSolid(item.type) || item.type == core::ItemType::Wall ||
            item.type == core::ItemType::Column)
            continue;
        auto *row = new QListWidgetItem(tr("%1 (%2)").arg(item.name, item.id), mItems);
        row->setData(Qt::UserRole, item.id);
        row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
        row->setCheckState(checkedIds.contains(item.id) ? Qt::Checked : Qt::Unchecked);
    }
    layout->addWidget(mItems);

    // The grid starts at the lowest-left chosen item and has room for all of them.
    mGrid = new QGroupBox(tr("Place on a grid of slots instead of the current positions"), this);
    mGrid->setObjectName(QStringLiteral("arrangementGrid"));
    mGrid->setCheckable(true);
    mGrid->setChecked(false);
    auto *gridForm = new QFormLayout(mGrid);
    auto metres = [this](double value, double low, double high) {
        auto *box = new QDoubleSpinBox(mGrid);
        box->setRange(low, high);
        box->setDecimals(2);
        box->setValue(value);
        box->setSuffix(tr(" m"));
        return box;
    };
    double firstX = variant.floorWidthM;
    double firstY = variant.floorDepthM;
    for (const core::LayoutItem &item : variant.items) {
        if (checkedIds.contains(item.id)) {
            firstX = std::min(firstX, item.xM);
            firstY = std::min(firstY, item.yM);
        }
    }
    mFirstX = metres(std::max(0.0, firstX), -1e5, 1e5);
    mFirstY = metres(std::max(0.0, firstY), -1e5, 1e5);
    mSpacingX = metres(6.0, 0.1, 1e4);
    mSpacingY = metres(6.0, 0.1, 1e4);
    const int columns = std::max(1, int(std::ceil(std::sqrt(double(checkedIds.size())))));
    mColumns = new QSpinBox(mGrid);
    mColumns->setObjectName(QStringLiteral("arrangementGridColumns"));
    mColumns->setRange(1, 200);
    mColumns->setValue(columns);
    mRows = new QSpinBox(mGrid);
    mRows->setObjectName(QStringLiteral("arrangementGridRows"));
    mRows->setRange(1, 200);
    mRows->setValue(std::max(1, int((checkedIds.size() + columns - 1) / columns)));
    gridForm->addRow(tr("First slot centre x (m):"), mFirstX);
    gridForm->addRow(tr("First slot centre y (m):"), mFirstY);
    gridForm->addRow(tr("Spacing along x (m):"), mSpacingX);
    gridForm->addRow(tr("Spacing along y (m):"), mSpacingY);
    gridForm->addRow(tr("Columns:"), mColumns);
    gridForm->addRow(tr("Rows:"), mRows);
    layout->addWidget(mGrid);

    auto *form = new QFormLayout;
    mTimeLimit = new QDoubleSpinBox(this);
    mTimeLimit->setObjectName(QStringLiteral("arrangementTimeLimit"));
    mTimeLimit->setRange(0.5, 600.0);
    mTimeLimit->setDecimals(1);
    mTimeLimit->setValue(5.0);
    mTimeLimit->setSuffix(tr(" s"));
    form->addRow(tr("Time limit (seconds):"), mTimeLimit);
    mSeed = new QSpinBox(this);
    mSeed->setRange(1, 1000000);
    mSeed->setValue(1);
    mSeed->setToolTip(tr("Another seed explores other arrangements."));
    form->addRow(tr("Random seed:"), mSeed);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Search"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    // The search needs two items, and a grid needs a slot for each of them.
    auto updateOk = [this, buttons] {
        const ArrangementRequest r = request();
        const bool enoughSlots = !r.grid || r.grid->columns * r.grid->rows >= r.movableIds.size();
        buttons->button(QDialogButtonBox::Ok)->setEnabled(r.movableIds.size() >= 2 && enoughSlots);
    };
    connect(mItems, &QListWidget::itemChanged, this, updateOk);
    connect(mGrid, &QGroupBox::toggled, this, updateOk);
    connect(mColumns, &QSpinBox::valueChanged, this, updateOk);
    connect(mRows, &QSpinBox::valueChanged, this, updateOk);
    updateOk();
}

ArrangementRequest ArrangementSetupDialog::request() const
{
    ArrangementRequest request;
    for (int row = 0; row < mItems->count(); ++row) {
        const QListWidgetItem *item = mItems->item(row);
        if (item->checkState() == Qt::Checked)
            request.movableIds << item->data(Qt::UserRole).toString();
    }
    if (mGrid->isChecked()) {
        request.grid = ArrangementGrid{mFirstX->value(),   mFirstY->value(), mSpacingX->value(),
                                       mSpacingY->value(), mColumns->value(), mRows->value()};
    }
    request.timeLimitS = mTimeLimit->value();
    request.seed = quint64(mSeed->value());
    return request;
}

namespace {

QString percentChange(double before, double after)
{
    if (before == 0.0)
        return QString();
    return QCoreApplication::translate("ArrangementResultDialog", " (%1%2 %)")
        .arg(after > before ? QStringLiteral("+") : QString(),
             QLocale().toString(100.0 * (after - before) / before, 'f', 1));
}

} // namespace

ArrangementResultDialog::ArrangementResultDialog(const ArrangementOutcome &outcome, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Suggested Arrangement"));
    setObjectName(QStringLiteral("arrangementResultDialog"));
    auto *layout = new QVBoxLayout(this);
    const bool changes = outcome.changesLayout();
    QString headline = changes ? tr("A better arrangement of %n item(s) was found.", nullptr,
                                    int(outcome.suggestion.permutation.size()))
                               : tr("No better arrangement was found; the current one is kept.");
    if (outcome.cancelled)
        headline += QLatin1Char(' ') + tr("The search was cancelled; this is the best found until then.");
    auto *title = new QLabel(headline, this);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *form = new QFormLayout;
    const core::FlowTotals &before = outcome.flowBefore;
    const core::FlowTotals &after = outcome.flowAfter;
    auto addFigure = [&](const QString &label, const QString &name, double from, double to, int decimals) {
        auto *value = new QLabel(tr("%1 → %2%3")
                                     .arg(QLocale().toString(from, 'f', decimals),
                                          QLocale().toString(to, 'f', decimals), percentChange(from, to)),
                                 this);
        value->setObjectName(name);
        form->addRow(label, value);
    };
    addFigure(tr("Flow distance (units x m per period):"), QStringLiteral("flowDistance"), before.flowDistance,
              after.flowDistance, 0);
    addFigure(tr("Transport cost per period:"), QStringLiteral("transportCost"), before.transportCost,
              after.transportCost, 2);
    addFigure(tr("Overlapping item pairs:"), QStringLiteral("overlaps"), outcome.overlapsBefore, outcome.overlapsAfter,
              0);
    form->addRow(tr("Distances:"), new QLabel(core::distanceMetricName(outcome.source.distanceMetric), this));
    form->addRow(tr("Search:"), new QLabel(tr("%1 s, %2 tabu steps")
                                               .arg(QLocale().toString(outcome.suggestion.qap.seconds, 'f', 1),
                                                    QLocale().toString(qlonglong(outcome.suggestion.qap.iterations))),
                                           this));
    layout->addLayout(form);
    if (outcome.overlapsAfter > outcome.overlapsBefore) {
        auto *warning = new QLabel(tr("Items of different sizes trade places, so some now overlap: check the "
                                      "layout before building on it, or choose items of similar size."),
                                   this);
        warning->setWordWrap(true);
        layout->addWidget(warning);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *addVariant = buttons->addButton(tr("Add as &New Variant"), QDialogButtonBox::AcceptRole);
    addVariant->setObjectName(QStringLiteral("addAsVariant"));
    QPushButton *applyCurrent = buttons->addButton(tr("&Apply to Current Variant"), QDialogButtonBox::AcceptRole);
    applyCurrent->setObjectName(QStringLiteral("applyToCurrent"));
    addVariant->setEnabled(changes);
    applyCurrent->setEnabled(changes);
    addVariant->setDefault(changes);
    connect(addVariant, &QPushButton::clicked, this, [this] {
        emit addAsVariantRequested();
        accept();
    });
    connect(applyCurrent, &QPushButton::clicked, this, [this] {
        emit applyToCurrentRequested();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace taktflow::app
