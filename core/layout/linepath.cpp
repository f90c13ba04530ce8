// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/linepath.h"

namespace taktflow::core {

std::vector<LinePathOnFloor> linePathsOnFloor(const Variant &variant)
{
    std::vector<LinePathOnFloor> paths;
    for (const ProductionLine &line : variant.lines) {
        LinePathOnFloor path;
        path.lineId = line.id;
        path.lineName = line.name;
        for (std::size_t s = 0; s < line.stations.size(); ++s) {
            const LayoutItem *item = variant.findItem(line.stations[s].itemId);
            if (!item)
                continue; // not linked, or linked to an item this variant no longer has
            const PointM centre{item->xM, item->yM};
            const QString number = QString::number(s + 1);
            // Several stations at one workstation (parallel or split work) share a point.
            if (!path.pointsM.empty() && path.pointsM.back() == centre) {
                path.labels.back() += QLatin1Char(',') + number;
                continue;
            }
            path.pointsM.push_back(centre);
            path.labels.push_back(QLatin1Char('S') + number);
        }
        if (!path.pointsM.empty())
            paths.push_back(std::move(path));
    }
    return paths;
}

} // namespace taktflow::core
