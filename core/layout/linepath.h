// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QString>

#include <vector>

namespace taktflow::core {

/**
 * A production line as it stands on the floor: the centres of the layout items its stations are
 * linked to, in station order. The 2D editor, the 3D view and reports draw it from this one
 * description, so they always show the same assignment.
 */
struct LinePathOnFloor {
    QString lineId;
    QString lineName;
    std::vector<PointM> pointsM;
    /** One label per point: "S3", or "S3,4" where consecutive stations share one item. */
    std::vector<QString> labels;

    friend bool operator==(const LinePathOnFloor &, const LinePathOnFloor &) = default;
};

/** One path per line that has at least one station linked to an existing item. */
std::vector<LinePathOnFloor> linePathsOnFloor(const Variant &variant);

} // namespace taktflow::core
