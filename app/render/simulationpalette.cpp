// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/simulationpalette.h"

#include <QCoreApplication>

namespace taktflow::app::render {

using core::simulation::StationState;

QColor stationStateColor(StationState state)
{
    switch (state) {
    case StationState::Working:
        return QColor(0x2e, 0xa0, 0x43);
    case StationState::Starved:
        return QColor(0xb4, 0xb4, 0xb4);
    case StationState::Blocked:
        return QColor(0xf2, 0xc2, 0x1b);
    case StationState::Failed:
        return QColor(0xd6, 0x2d, 0x20);
    case StationState::Setup:
        return QColor(0x1a, 0xb5, 0xc1);
    case StationState::Paused:
        return QColor(0x3b, 0x6e, 0xc9);
    }
    return Qt::black;
}

QString stationStateName(StationState state)
{
    switch (state) {
    case StationState::Working:
        return QCoreApplication::translate("SimulationPalette", "Working");
    case StationState::Starved:
        return QCoreApplication::translate("SimulationPalette", "Starved");
    case StationState::Blocked:
        return QCoreApplication::translate("SimulationPalette", "Blocked");
    case StationState::Failed:
        return QCoreApplication::translate("SimulationPalette", "Failed");
    case StationState::Setup:
        return QCoreApplication::translate("SimulationPalette", "Setup");
    case StationState::Paused:
        return QCoreApplication::translate("SimulationPalette", "Paused");
    }
    return {};
}

QColor bottleneckColor()
{
    return QColor(0xc0, 0x1c, 0x8c);
}

} // namespace taktflow::app::render
