// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"

#include <QWidget>

#include <vector>

namespace taktflow::app {

/**
 * The stacked bars of the stations' states (working, starved, blocked, failed, setup, paused)
 * with the bottleneck framed, drawn by the painter the PDF report uses too; a bar's tooltip
 * gives the station's shares.
 */
class SimStateChart : public QWidget
{
    Q_OBJECT

public:
    explicit SimStateChart(QWidget *parent = nullptr);

    void setStations(std::vector<core::SimulationSummary::StationShares> stations, const QString &bottleneck);
    const std::vector<core::SimulationSummary::StationShares> &stations() const { return mStations; }
    QString bottleneck() const { return mBottleneck; }
    /** The rectangle of a station's bar in widget coordinates (empty when not shown). */
    QRectF barRect(int station) const;
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF chartRect() const;

    std::vector<core::SimulationSummary::StationShares> mStations;
    QString mBottleneck;
};

} // namespace taktflow::app
