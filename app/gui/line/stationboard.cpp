// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/stationboard.h"

#include "app/document/commands/cmdline.h"
#include "app/document/commands/lineedits.h"
#include "app/document/projectdocument.h"
#include "app/gui/line/linecontext.h"
#include "app/gui/line/stationmoverules.h"
#include "app/render/simulationpalette.h"
#include "core/automation/assignmentmetrics.h"

#include <QHash>
#include <QLocale>
#include <QMouseEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

#include <algorithm>

namespace taktflow::app {

namespace {

constexpr int kMinColumnWidth = 84;
constexpr int kMaxColumnWidth = 130;
constexpr int kGap = 8;
constexpr int kHeaderHeight = 52;
constexpr int kCardHeight = 26;
constexpr int kCardGap = 4;
constexpr int kDropSpace = 40;

const QColor kManual(0xf2, 0xc1, 0x6e);
const QColor kAutomated(0x6f, 0xa8, 0xdc);

} // namespace

StationBoard::StationBoard(LineContext *context, QWidget *parent)
    : QWidget(parent)
    , mContext(context)
{
    setObjectName(QStringLiteral("stationBoard"));
    setAccessibleName(tr("Station board"));
    setMouseTracking(false);
    connect(context, &LineContext::lineChanged, this, &StationBoard::relayout);
    relayout();
}

void StationBoard::relayout()
{
    mColumns.clear();
    const core::ProductionLine *line = mContext->line();
    if (line) {
        Column unassigned;
        for (const auto &task : line->tasks) {
            if (lineedits::stationOf(*line, task.id) < 0)
                unassigned.cards.push_back({task.id, {}});
        }
        mColumns.push_back(std::move(unassigned));
        for (std::size_t s = 0; s < line->stations.size(); ++s) {
            Column column;
            column.station = int(s);
            for (const QString &id : line->stations[s].taskIds)
                column.cards.push_back({id, {}});
            mColumns.push_back(std::move(column));
        }
    }
    // Columns share the visible width, within readable limits (the scroll area scrolls beyond).
    const int count = std::max<int>(1, int(mColumns.size()));
    mColumnWidth = std::clamp((width() - kGap) / count - kGap, kMinColumnWidth, kMaxColumnWidth);
    int tallest = 0;
    for (std::size_t c = 0; c < mColumns.size(); ++c) {
        Column &column = mColumns[c];
        const int x = kGap + int(c) * (mColumnWidth + kGap);
        int y = kGap + kHeaderHeight;
        for (Card &card : column.cards) {
            card.rect = QRect(x + 6, y, mColumnWidth - 12, kCardHeight);
            y += kCardHeight + kCardGap;
        }
        tallest = std::max(tallest, y);
    }
    const int height = std::max(tallest + kDropSpace, this->height() - kGap);
    for (std::size_t c = 0; c < mColumns.size(); ++c)
        mColumns[c].rect = QRect(kGap + int(c) * (mColumnWidth + kGap), kGap, mColumnWidth, height - kGap);
    updateGeometry();
    update();
}

QSize StationBoard::sizeHint() const
{
    int tallest = 0;
    for (const Column &column : mColumns)
        tallest = std::max(tallest, int(column.cards.size()));
    return {kGap + int(mColumns.size()) * (kMaxColumnWidth + kGap),
            kGap * 2 + kHeaderHeight + tallest * (kCardHeight + kCardGap) + kDropSpace};
}

QSize StationBoard::minimumSizeHint() const
{
    return {kGap + int(mColumns.size()) * (kMinColumnWidth + kGap), sizeHint().height()};
}

void StationBoard::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

QPoint StationBoard::cardCentre(const QString &taskId) const
{
    for (const Column &column : mColumns) {
        for (const Card &card : column.cards) {
            if (card.taskId == taskId)
                return card.rect.center();
        }
    }
    return {-1, -1};
}

QPoint StationBoard::columnDropPoint(int station) const
{
    for (const Column &column : mColumns) {
        if (column.station == station) {
            const int below =
                column.cards.empty() ? column.rect.top() + kHeaderHeight + 10 : column.cards.back().rect.bottom() + 12;
            return {column.rect.center().x(), std::min(below, column.rect.bottom() - 2)};
        }
    }
    return {-1, -1};
}

int StationBoard::stationAt(const QPoint &pos) const
{
    for (const Column &column : mColumns) {
        if (column.rect.contains(pos))
            return column.station;
    }
    return -2;
}

const StationBoard::Card *StationBoard::cardAt(const QPoint &pos) const
{
    for (const Column &column : mColumns) {
        for (const Card &card : column.cards) {
            if (card.rect.contains(pos))
                return &card;
        }
    }
    return nullptr;
}

void StationBoard::setMessage(const QString &text, bool error)
{
    mMessage = text;
    emit messageChanged(text, error);
}

bool StationBoard::moveTask(const QString &taskId, int station)
{
    const core::ProductionLine *line = mContext->line();
    if (!line)
        return false;
    if (lineedits::stationOf(*line, taskId) == station)
        return true;
    const MoveCheck check = checkTaskMove(*line, taskId, station, mContext->taktTimeS());
    if (!check.allowed()) {
        setMessage(tr("Refused: %1").arg(check.reason), true);
        return false;
    }
    mContext->push(new CmdTaskAssign(mContext->document(), mContext->variantId(), line->id, taskId, station));
    setMessage(station < 0 ? tr("%1 taken out of its station.").arg(taskId)
                           : tr("%1 moved to station %2.").arg(taskId).arg(station + 1),
               false);
    return true;
}

void StationBoard::mousePressEvent(QMouseEvent *event)
{
    const QPoint pos = event->position().toPoint();
    if (event->button() == Qt::LeftButton) {
        if (const Card *card = cardAt(pos)) {
            mDragTask = card->taskId;
            mDragOffset = pos - card->rect.topLeft();
            mDragPos = pos;
            update();
            event->accept();
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

void StationBoard::mouseMoveEvent(QMouseEvent *event)
{
    if (mDragTask.isEmpty())
        return QWidget::mouseMoveEvent(event);
    mDragPos = event->position().toPoint();
    update();
}

void StationBoard::mouseReleaseEvent(QMouseEvent *event)
{
    if (mDragTask.isEmpty())
        return QWidget::mouseReleaseEvent(event);
    const QString task = mDragTask;
    mDragTask.clear();
    const int target = stationAt(event->position().toPoint());
    update();
    if (target >= -1)
        moveTask(task, target);
}

int StationBoard::bottleneckStation() const
{
    const core::ProductionLine *line = mContext->line();
    if (!line || !line->lastSimulation)
        return -1;
    // The summary lists the stations in line order under the names the simulation gave them.
    const auto &stations = line->lastSimulation->stations;
    for (std::size_t i = 0; i < stations.size() && i < line->stations.size(); ++i) {
        if (stations[i].name == line->lastSimulation->bottleneck)
            return int(i);
    }
    return -1;
}

QString StationBoard::bottleneckTip() const
{
    const int station = bottleneckStation();
    if (station < 0)
        return {};
    const core::SimulationSummary &summary = *mContext->line()->lastSimulation;
    const QLocale locale;
    return tr("Bottleneck of the last simulation: S%1 limits the line %2 % of the time (throughput %3 parts/h)")
        .arg(station + 1)
        .arg(locale.toString(100.0 * summary.stations[std::size_t(station)].bottleneckShare, 'f', 0),
             locale.toString(summary.throughputPerHourMean, 'f', 1));
}

QRect StationBoard::stationHeader(int station) const
{
    for (const Column &column : mColumns) {
        if (column.station == station)
            return QRect(column.rect.left(), column.rect.top(), column.rect.width(), kHeaderHeight);
    }
    return {};
}

bool StationBoard::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int station = bottleneckStation();
        if (station >= 0 && stationHeader(station).contains(help->pos())) {
            QToolTip::showText(help->globalPos(), bottleneckTip(), this);
            return true;
        }
        QToolTip::hideText();
    }
    return QWidget::event(event);
}

void StationBoard::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const core::ProductionLine *line = mContext->line();
    if (!line) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No production line in this variant."));
        return;
    }
    QHash<QString, const core::Task *> tasks;
    for (const auto &task : line->tasks)
        tasks.insert(task.id, &task);
    const core::Variant *variant = mContext->document()->currentVariant();
    const double takt = mContext->taktTimeS();
    const QLocale locale;
    const int hoverStation = mDragTask.isEmpty() ? -2 : stationAt(mDragPos);
    const int bottleneck = bottleneckStation();

    for (const Column &column : mColumns) {
        QColor background(0xf3, 0xf4, 0xf6);
        if (!mDragTask.isEmpty() && column.station == hoverStation)
            background = checkTaskMove(*line, mDragTask, column.station, takt).allowed() ? QColor(0xdc, 0xf2, 0xdc)
                                                                                         : QColor(0xf8, 0xd7, 0xda);
        painter.setPen(QColor(0xd0, 0xd3, 0xd8));
        painter.setBrush(background);
        painter.drawRoundedRect(column.rect, 5, 5);
        if (column.station >= 0 && column.station == bottleneck) {
            // The simulated bottleneck: framed and flagged in the colour the simulation uses for it.
            painter.setPen(QPen(render::bottleneckColor(), 2.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRoundedRect(column.rect.adjusted(1, 1, -1, -1), 5, 5);
            const QPoint corner = column.rect.topRight() + QPoint(-3, 3);
            const QPolygon flag({corner, corner + QPoint(-14, 0), corner + QPoint(0, 14)});
            painter.setPen(Qt::NoPen);
            painter.setBrush(render::bottleneckColor());
            painter.drawPolygon(flag);
        }

        QString title = tr("Unassigned");
        QString detail;
        QColor detailColour = palette().color(QPalette::Text);
        if (column.station >= 0) {
            const core::Station &station = line->stations[std::size_t(column.station)];
            title = tr("S%1").arg(column.station + 1);
            if (!station.resource.isEmpty())
                title += QStringLiteral(" · ") + station.resource;
            if (station.replicas > 1)
                title += QStringLiteral(" ×%1").arg(station.replicas);
            const double timeS = core::stationTimeS(*line, station);
            // Time and share of the takt; the header is narrow, the takt is in the chart beside it.
            detail = takt > 0 ? tr("%1 s · %2 %")
                                    .arg(locale.toString(timeS, 'g', 4), locale.toString(100.0 * timeS / takt, 'f', 0))
                              : tr("%1 s").arg(locale.toString(timeS, 'f', 1));
            if (takt > 0 && timeS > takt + 0.0005)
                detailColour = QColor(0xb0, 0x00, 0x20);
            const core::LayoutItem *item = variant ? variant->findItem(station.itemId) : nullptr;
            if (item)
                detail += QStringLiteral("\n") + item->name;
        }
        const QRect header(column.rect.left() + 6, column.rect.top() + 4, column.rect.width() - 12, kHeaderHeight - 6);
        QFont bold = font();
        // Station names in bold; "Unassigned" is longer and would not fit a narrow column.
        bold.setBold(column.station >= 0);
        painter.setFont(bold);
        painter.setPen(palette().color(QPalette::Text));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignTop,
                         painter.fontMetrics().elidedText(title, Qt::ElideRight, header.width()));
        painter.setFont(font());
        const QFontMetrics metrics = painter.fontMetrics();
        int y = header.top() + metrics.height() + 1;
        for (const QString &text : detail.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            painter.setPen(y == header.top() + metrics.height() + 1 ? detailColour
                                                                    : palette().color(QPalette::PlaceholderText));
            painter.drawText(QRect(header.left(), y, header.width(), metrics.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(text, Qt::ElideRight, header.width()));
            y += metrics.height();
        }

        for (const Card &card : column.cards) {
            const core::Task *task = tasks.value(card.taskId);
            if (!task)
                continue;
            const bool dragged = card.taskId == mDragTask;
            painter.setPen(QColor(0x80, 0x80, 0x80));
            QColor fill = task->automated ? kAutomated : kManual;
            if (dragged)
                fill.setAlpha(90);
            painter.setBrush(fill);
            painter.drawRoundedRect(card.rect, 4, 4);
            painter.setPen(Qt::black);
            painter.drawText(card.rect.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter, task->id);
            painter.drawText(card.rect.adjusted(6, 0, -6, 0), Qt::AlignRight | Qt::AlignVCenter,
                             tr("%1 s").arg(locale.toString(task->timeS, 'g', 5)));
        }
    }
    if (!mDragTask.isEmpty()) {
        // The card follows the cursor while it is dragged.
        const QRect floating(mDragPos - mDragOffset, QSize(mColumnWidth - 12, kCardHeight));
        painter.setPen(QPen(QColor(0x33, 0x33, 0x33), 1.5));
        const core::Task *task = tasks.value(mDragTask);
        painter.setBrush(task && task->automated ? kAutomated : kManual);
        painter.drawRoundedRect(floating, 4, 4);
        painter.drawText(floating.adjusted(6, 0, -6, 0), Qt::AlignLeft | Qt::AlignVCenter, mDragTask);
    }
}

} // namespace taktflow::app
