// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/layout/footprint.h"
#include "core/layout/layoutfinding.h"
#include "core/model/variant.h"

#include <boost/geometry/index/rtree.hpp>

#include <cstdint>
#include <unordered_map>
#include <utility>
#include <vector>

namespace taktflow::core {

/** Counts and areas of the geometry checks of one variant. */
struct GeometrySummary {
    int items = 0;
    int overlaps = 0;
    int clearanceViolations = 0;
    int outside = 0;
    int narrowAisles = 0;
    /** Building outline area minus walls and columns, m². */
    double usableAreaM2 = 0.0;
    /** Floor covered by equipment (solid items except walls and columns) inside the outline, m². */
    double occupiedAreaM2 = 0.0;
    /** occupied / usable; 0 when there is no usable area. */
    double utilization = 0.0;
};

/**
 * The geometry checks of one variant, kept up to date while items move.
 *
 * Construction runs every check once (overlaps and clearances through an R-tree of solid
 * footprints, items outside the building outline, aisle widths, utilisation); itemMoved()
 * then re-checks only what the moved item touches. The building outline is the union of
 * wall and zone items with a custom outline; without one, the variant's floor rectangle.
 */
class GeometryChecker
{
public:
    explicit GeometryChecker(const Variant &variant);

    /** Replaces item `index` (same position in Variant::items) and updates the checks. */
    void itemMoved(int index, const LayoutItem &item);

    GeometrySummary summary() const;
    /**
     * Every finding with its translated message: overlaps, clearances, outside, narrow aisles,
     * and custom outlines that cross themselves.
     */
    std::vector<LayoutFinding> findings() const;

    const std::vector<LayoutItem> &items() const { return mItems; }
    const GeoPolygon &footprint(int index) const { return mPolygons[std::size_t(index)]; }
    /** True when the item is an obstacle for placement (solid, not a building outline). */
    bool isObstacle(int index) const
    {
        return mRole[std::size_t(index)] != Role::Other && mRole[std::size_t(index)] != Role::Aisle;
    }

    /**
     * Would `candidate` (replacing item `index`) stand in free space: inside the outline, off
     * every aisle, overlapping no other solid item and keeping every clearance margin?
     */
    bool fitsFreely(int index, const LayoutItem &candidate) const;

private:
    enum class Role : std::uint8_t { Equipment, Structure, Aisle, Other };
    struct PairIssue {
        FindingKind kind = FindingKind::Overlap;
        double areaM2 = 0.0;
        double distanceM = 0.0;
        double requiredM = 0.0;
    };
    using Entry = std::pair<GeoBox, int>;
    using Tree = boost::geometry::index::rtree<Entry, boost::geometry::index::rstar<16>>;

    static std::uint64_t pairKey(int a, int b);
    void prepareItem(int index);
    void insertIndex(int index);
    void removeIndex(int index);
    void checkItem(int index);
    void checkSolidPair(int a, int b);
    void checkAisleIntrusion(int aisle, int solid);
    void forgetPairs(int index);
    void addPair(int a, int b, const PairIssue &issue);
    double freeAisleWidthM(int aisle, const GeoPolygon &intruder) const;

    std::vector<LayoutItem> mItems;
    std::vector<GeoPolygon> mPolygons;
    std::vector<GeoBox> mBoxes;
    std::vector<Role> mRole;
    std::vector<double> mInsideAreaM2;
    std::vector<double> mOutsideAreaM2;
    std::vector<double> mAisleWidthM;
    std::vector<bool> mBadOutline;
    std::vector<std::vector<int>> mPartners;
    std::unordered_map<std::uint64_t, PairIssue> mPairs;
    std::vector<GeoPolygon> mOutline;
    double mOutlineAreaM2 = 0.0;
    double mMinAisleWidthM = 0.0;
    double mFloorWidthM = 0.0;
    double mFloorDepthM = 0.0;
    double mMaxClearanceM = 0.0;
    Tree mSolids;
    Tree mAisles;
};

/** One-shot convenience: all findings of a variant. */
std::vector<LayoutFinding> checkGeometry(const Variant &variant, GeometrySummary *summary = nullptr);

} // namespace taktflow::core
