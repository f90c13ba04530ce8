// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simstatechart.h"

#include "app/render/simulationpalette.h"
#include "app/render/stationstatechart.h"

#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QToolTip>

namespace taktflow::app {

SimStateChart::SimStateChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("simStateChart"));
    setMinimumHeight(120);
}

void SimStateChart::setStations(std::vector<core::SimulationSummary::StationShares> stations, const QString &bottleneck)
{
    mStations = std::move(stations);
    mBottleneck = bottleneck;
    updateGeometry();
    update();
}

QSize SimStateChart::sizeHint() const
{
    return {520, int(render::stationStateChartPreferredHeight(std::max<int>(3, int(mStations.size())), font())) + 12};
}

QRectF SimStateChart::chartRect() const
{
    return QRectF(rect()).adjusted(6, 6, -6, -6);
}

QRectF SimStateChart::barRect(int station) const
{
    const render::StationStateChartGeometry geometry =
        render::stationStateChartGeometry(chartRect(), mStations, mBottleneck, font(), {}, const_cast<SimStateChart *>(this));
    return station >= 0 && std::size_t(station) < geometry.bars.size() ? geometry.bars[std::size_t(station)] : QRectF();
}

void SimStateChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (mStations.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap,
                         tr("The stations' shares of working, starved, blocked, failed, setup and paused time appear here."));
        return;
    }
    render::paintStationStateChart(painter, chartRect(), mStations, mBottleneck);
}

bool SimStateChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const QPoint pos = static_cast<QHelpEvent *>(event)->pos();
    for (int i = 0; i < int(mStations.size()); ++i) {
        if (!barRect(i).contains(pos))
            continue;
        const auto &s = mStations[std::size_t(i)];
        const QLocale locale;
        const auto share = [&](double value) { return locale.toString(100.0 * value, 'f', 1); };
        using State = core::simulation::StationState;
        QString text = tr("%1: %2 %3 %, %4 %5 %, %6 %7 %, %8 %9 %")
                           .arg(s.name, render::stationStateName(State::Working), share(s.working),
                                render::stationStateName(State::Starved), share(s.starved),
                                render::stationStateName(State::Blocked), share(s.blocked),
                                render::stationStateName(State::Failed), share(s.failed));
        text += tr(", %1 %2 %, %3 %4 %")
                    .arg(render::stationStateName(State::Setup), share(s.setup), render::stationStateName(State::Paused),
                         share(s.paused));
        if (s.name == mBottleneck)
            text += QLatin1Char('\n') + tr("The bottleneck %1 % of the time").arg(share(s.bottleneckShare));
        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text, this);
        return true;
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace taktflow::app
