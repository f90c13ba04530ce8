// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/fromtodock.h"

#include "app/document/projectdocument.h"
#include "app/gui/liveanalysis.h"

#include <QHash>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QTimer>

#include <algorithm>

namespace taktflow::app {

FromToDock::FromToDock(ProjectDocument *document, LiveAnalysis *analysis, QWidget *parent)
    : QDockWidget(tr("From-to matrix"), parent), mDocument(document), mAnalysis(analysis)
{
    setObjectName(QStringLiteral("fromToDock"));
    mTable = new QTableWidget(this);
    mTable->setObjectName(QStringLiteral("fromToTable"));
    mTable->setAccessibleName(tr("From-to matrix, units per period"));
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->horizontalHeader()->setDefaultSectionSize(56);
    setWidget(mTable);
    mDelay = new QTimer(this);
    mDelay->setSingleShot(true);
    mDelay->setInterval(150);
    connect(mDelay, &QTimer::timeout, this, &FromToDock::refresh);
    connect(analysis, &LiveAnalysis::updated, mDelay, qOverload<>(&QTimer::start));
}

void FromToDock::refresh()
{
    mTable->clear();
    const core::LayoutAnalysis *analysis = mAnalysis->analysis();
    if (!analysis) {
        mTable->setRowCount(0);
        mTable->setColumnCount(0);
        return;
    }
    const std::vector<core::FromToCell> cells = analysis->flow().fromToCells();
    QHash<QString, double> traffic;
    for (const auto &cell : cells) {
        traffic[cell.fromId] += cell.units;
        traffic[cell.toId] += cell.units;
    }
    QStringList ids = traffic.keys();
    std::sort(ids.begin(), ids.end(), [&](const QString &a, const QString &b) {
        return traffic.value(a) != traffic.value(b) ? traffic.value(a) > traffic.value(b) : a < b;
    });
    if (ids.size() > kMaxItems)
        ids = ids.mid(0, kMaxItems);
    // Rows and columns in layout order read more naturally than by traffic.
    const core::Variant &variant = analysis->variant();
    QStringList ordered;
    for (const auto &item : variant.items) {
        if (ids.contains(item.id))
            ordered << item.id;
    }
    const core::FromToMatrix matrix = analysis->flow().fromToMatrix(ordered);
    const int n = int(ordered.size());
    mTable->setRowCount(n);
    mTable->setColumnCount(n);
    mTable->setHorizontalHeaderLabels(ordered);
    mTable->setVerticalHeaderLabels(ordered);
    double maxUnits = 0;
    for (double units : matrix.units)
        maxUnits = std::max(maxUnits, units);
    const QLocale locale;
    for (int r = 0; r < n; ++r) {
        for (int c = 0; c < n; ++c) {
            const std::size_t at = std::size_t(r * n + c);
            const double units = at < matrix.units.size() ? matrix.units[at] : 0.0;
            if (units <= 0)
                continue;
            auto *cell = new QTableWidgetItem(locale.toString(units, 'f', 0));
            cell->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            cell->setToolTip(tr("%1 → %2: %3 units, %4 m").arg(ordered[r], ordered[c], locale.toString(units, 'f', 0),
                                                               locale.toString(matrix.distanceM[at], 'f', 1)));
            const int shade = maxUnits > 0 ? int(160 * units / maxUnits) : 0;
            cell->setBackground(QColor(255, 235 - shade, 235 - shade));
            mTable->setItem(r, c, cell);
        }
    }
    mTable->resizeColumnsToContents();
}

} // namespace taktflow::app
