// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace taktflow::core {

/** What a layout check found wrong. */
enum class FindingKind {
    Overlap,     ///< two solid items share floor; areaM2 = shared area
    Clearance,   ///< a solid item is inside another's service margin; distanceM = gap, requiredM = margin
    Outside,     ///< an item lies (partly) outside the building outline; areaM2 = area outside
    NarrowAisle, ///< an aisle (or what items leave free of it) is narrower than the minimum
    Unreachable, ///< a flow end cannot be reached along the aisle network
    MissingItem, ///< a routing or flow names an item that does not exist
    BadOutline,  ///< a custom outline crosses itself or has no area; its checks cannot be trusted
};

/** The stable English key of a kind ("overlap", "clearance", ...), for files and JSON. */
QString findingKindName(FindingKind kind);

/** One finding of the layout checks; the GUI lists them and selects itemIds on click. */
struct LayoutFinding {
    FindingKind kind = FindingKind::Overlap;
    /** Item ids involved, the most relevant first. */
    QStringList itemIds;
    double areaM2 = 0.0;
    double distanceM = 0.0;
    /** The limit that was violated (clearance margin, minimum aisle width), in metres. */
    double requiredM = 0.0;
    /** Translated, user-facing description naming the items and figures. */
    QString message;
};

} // namespace taktflow::core
