// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/simulation/simtimecharts.h"

#include "app/gui/simulation/simulationrunner.h"

#include <QLocale>
#include <QPainter>

#include <cmath>

namespace taktflow::app {

SimTimeCharts::SimTimeCharts(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("simTimeCharts"));
    setMinimumHeight(360);
}

void SimTimeCharts::setRun(const SimulationRun *run, double demandPerHour)
{
    mCharts.clear();
    if (run && !run->result.series.empty()) {
        const auto &points = run->result.series;
        // Ten minutes hold enough parts for a rate, and a short run still shows a curve.
        const double windowS = std::max(600.0, run->settings.seriesIntervalS);
        render::TimeSeriesChart throughput{tr("Throughput, moving mean over %1 min").arg(std::lround(windowS / 60.0)),
                                           tr("parts/h"),
                                           {render::throughputSeries(points, render::seriesColor(0), windowS)},
                                           run->result.warmupS,
                                           std::nullopt,
                                           {}};
        if (demandPerHour > 0.0) {
            throughput.reference = demandPerHour;
            throughput.referenceLabel = tr("demand %1 parts/h").arg(QLocale().toString(demandPerHour, 'f', 1));
        }
        mCharts.push_back(throughput);
        mCharts.push_back({tr("Work in process"), tr("parts"), {render::wipSeries(points, render::seriesColor(1))},
                           run->result.warmupS, std::nullopt, {}});
        render::TimeSeriesChart buffers{tr("Buffer contents"), tr("parts"), {}, run->result.warmupS, std::nullopt, {}};
        for (std::size_t gap = 0; gap < run->result.buffers.size(); ++gap)
            buffers.series.push_back(render::bufferSeries(points, int(gap), run->result.buffers[gap].name,
                                                          render::seriesColor(int(gap))));
        if (!buffers.series.empty())
            mCharts.push_back(buffers);
    }
    update();
}

void SimTimeCharts::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), Qt::white);
    if (mCharts.empty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Run the simulation to see throughput, WIP and buffers over time."));
        return;
    }
    const double height = double(this->height()) / double(mCharts.size());
    for (std::size_t i = 0; i < mCharts.size(); ++i)
        render::paintTimeSeriesChart(painter, QRectF(4, 4 + height * double(i), width() - 8, height - 8), mCharts[i]);
}

} // namespace taktflow::app
