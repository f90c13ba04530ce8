// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/layout/geometrychecker.h"

#include <QCoreApplication>
#include <QLocale>

#include <boost/geometry.hpp>

#include <algorithm>
#include <cmath>
#include <iterator>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace taktflow::core {

namespace {

// Below this, touching edges and round-off are not an overlap.
constexpr double kAreaEpsM2 = 1e-6;
constexpr double kLengthEpsM = 1e-9;

// lupdate reads the context from the macro; the messages belong to the checker.
class GeometryText
{
    Q_DECLARE_TR_FUNCTIONS(taktflow::core::GeometryChecker)
};

// Findings are read by people: decimal separator of the user's language.
QString num(double value)
{
    return QLocale().toString(value, 'f', 2);
}

GeoBox expanded(const GeoBox &box, double marginM)
{
    return {GeoPoint(box.min_corner().x() - marginM, box.min_corner().y() - marginM),
            GeoPoint(box.max_corner().x() + marginM, box.max_corner().y() + marginM)};
}

} // namespace

GeometryChecker::GeometryChecker(const Variant &variant)
    : mItems(variant.items)
    , mMinAisleWidthM(variant.minAisleWidthM)
    , mFloorWidthM(variant.floorWidthM)
    , mFloorDepthM(variant.floorDepthM)
{
    const std::size_t n = mItems.size();
    mPolygons.resize(n);
    mBoxes.resize(n);
    mRole.resize(n);
    mInsideAreaM2.assign(n, 0.0);
    mOutsideAreaM2.assign(n, 0.0);
    mAisleWidthM.assign(n, 0.0);
    mBadOutline.assign(n, false);
    mPartners.assign(n, {});

    for (const auto &item : mItems) {
        if (!isBuildingOutline(item))
            continue;
        const GeoPolygon polygon = footprintPolygon(item);
        if (mOutline.empty()) {
            mOutline.push_back(polygon);
            continue;
        }
        bg::model::multi_polygon<GeoPolygon> merged;
        for (const auto &part : mOutline) {
            bg::model::multi_polygon<GeoPolygon> next;
            bg::union_(merged, part, next);
            merged = std::move(next);
        }
        bg::model::multi_polygon<GeoPolygon> next;
        bg::union_(merged, polygon, next);
        mOutline.assign(next.begin(), next.end());
    }
    if (mOutline.empty()) {
        GeoPolygon floor;
        floor.outer() = {GeoPoint(0, 0), GeoPoint(variant.floorWidthM, 0),
                         GeoPoint(variant.floorWidthM, variant.floorDepthM), GeoPoint(0, variant.floorDepthM),
                         GeoPoint(0, 0)};
        mOutline.push_back(floor);
    }
    for (const auto &part : mOutline)
        mOutlineAreaM2 += polygonAreaM2(part);

    std::vector<Entry> solids, aisles;
    for (std::size_t i = 0; i < n; ++i) {
        prepareItem(int(i));
        mMaxClearanceM = std::max(mMaxClearanceM, mItems[i].clearanceM);
        if (mRole[i] == Role::Aisle)
            aisles.emplace_back(mBoxes[i], int(i));
        else if (mRole[i] != Role::Other)
            solids.emplace_back(mBoxes[i], int(i));
    }
    // Bulk loading packs the trees far better and faster than one insert per item.
    mSolids = Tree(solids.begin(), solids.end());
    mAisles = Tree(aisles.begin(), aisles.end());
    for (std::size_t i = 0; i < n; ++i) {
        if (mRole[i] == Role::Other)
            continue;
        // Each pair is found from both sides; checkSolidPair/addPair keep one entry.
        checkItem(int(i));
    }
}

std::uint64_t GeometryChecker::pairKey(int a, int b)
{
    if (a > b)
        std::swap(a, b);
    return (std::uint64_t(std::uint32_t(a)) << 32) | std::uint32_t(b);
}

void GeometryChecker::prepareItem(int index)
{
    const auto i = std::size_t(index);
    const LayoutItem &item = mItems[i];
    mPolygons[i] = footprintPolygon(item);
    mBadOutline[i] = item.outlineM.size() >= 3 && (!bg::is_valid(mPolygons[i]) || polygonAreaM2(mPolygons[i]) <= 0.0);
    mBoxes[i] = boundingBox(mPolygons[i]);
    if (isBuildingOutline(item) || item.type == ItemType::Zone)
        mRole[i] = Role::Other;
    else if (item.type == ItemType::Aisle)
        mRole[i] = Role::Aisle;
    else if (item.type == ItemType::Wall || item.type == ItemType::Column)
        mRole[i] = Role::Structure;
    else
        mRole[i] = Role::Equipment;

    mInsideAreaM2[i] = 0.0;
    mOutsideAreaM2[i] = 0.0;
    if (mRole[i] == Role::Other)
        return;
    const double area = polygonAreaM2(mPolygons[i]);
    double inside = 0.0;
    for (const auto &part : mOutline) {
        if (bg::within(mPolygons[i], part)) {
            inside = area;
            break;
        }
        if (bg::intersects(mPolygons[i], part))
            inside += intersectionAreaM2(mPolygons[i], part);
    }
    mInsideAreaM2[i] = std::min(inside, area);
    mOutsideAreaM2[i] = std::max(0.0, area - inside);
    if (mRole[i] == Role::Aisle)
        aisleCentreLine(item, &mAisleWidthM[i]);
}

void GeometryChecker::insertIndex(int index)
{
    const auto i = std::size_t(index);
    if (mRole[i] == Role::Aisle)
        mAisles.insert(Entry(mBoxes[i], index));
    else if (mRole[i] != Role::Other)
        mSolids.insert(Entry(mBoxes[i], index));
}

void GeometryChecker::removeIndex(int index)
{
    const auto i = std::size_t(index);
    if (mRole[i] == Role::Aisle)
        mAisles.remove(Entry(mBoxes[i], index));
    else if (mRole[i] != Role::Other)
        mSolids.remove(Entry(mBoxes[i], index));
}

void GeometryChecker::addPair(int a, int b, const PairIssue &issue)
{
    const auto [it, inserted] = mPairs.emplace(pairKey(a, b), issue);
    if (!inserted)
        return;
    mPartners[std::size_t(a)].push_back(b);
    mPartners[std::size_t(b)].push_back(a);
}

void GeometryChecker::forgetPairs(int index)
{
    auto &mine = mPartners[std::size_t(index)];
    for (int other : mine) {
        mPairs.erase(pairKey(index, other));
        auto &theirs = mPartners[std::size_t(other)];
        theirs.erase(std::remove(theirs.begin(), theirs.end(), index), theirs.end());
    }
    mine.clear();
}

void GeometryChecker::checkItem(int index)
{
    const auto i = std::size_t(index);
    std::vector<Entry> hits;
    if (mRole[i] == Role::Aisle) {
        mSolids.query(bgi::intersects(mBoxes[i]), std::back_inserter(hits));
        for (const auto &hit : hits)
            checkAisleIntrusion(index, hit.second);
        return;
    }
    const double reach = std::max(mItems[i].clearanceM, mMaxClearanceM);
    mSolids.query(bgi::intersects(expanded(mBoxes[i], reach)), std::back_inserter(hits));
    for (const auto &hit : hits) {
        if (hit.second != index)
            checkSolidPair(index, hit.second);
    }
    hits.clear();
    mAisles.query(bgi::intersects(mBoxes[i]), std::back_inserter(hits));
    for (const auto &hit : hits)
        checkAisleIntrusion(hit.second, index);
}

void GeometryChecker::checkSolidPair(int a, int b)
{
    const auto ia = std::size_t(a), ib = std::size_t(b);
    // Walls meet walls and columns by design; only equipment must keep clear.
    if (mRole[ia] == Role::Structure && mRole[ib] == Role::Structure)
        return;
    if (mPairs.count(pairKey(a, b)))
        return;
    if (bg::intersects(mBoxes[ia], mBoxes[ib]) && bg::intersects(mPolygons[ia], mPolygons[ib])) {
        const double area = intersectionAreaM2(mPolygons[ia], mPolygons[ib]);
        if (area > kAreaEpsM2) {
            addPair(a, b, {FindingKind::Overlap, area, 0.0, 0.0});
            return;
        }
    }
    const double required = std::max(mItems[ia].clearanceM, mItems[ib].clearanceM);
    if (required <= 0.0 || !bg::intersects(expanded(mBoxes[ia], required), mBoxes[ib]))
        return;
    const double gap = bg::distance(mPolygons[ia], mPolygons[ib]);
    if (gap < required - kLengthEpsM)
        addPair(a, b, {FindingKind::Clearance, 0.0, gap, required});
}

double GeometryChecker::freeAisleWidthM(int aisle, const GeoPolygon &intruder) const
{
    double widthM = 0.0;
    const GeoSegment centre = aisleCentreLine(mItems[std::size_t(aisle)], &widthM);
    const double dx = centre.second.x() - centre.first.x();
    const double dy = centre.second.y() - centre.first.y();
    const double length = std::hypot(dx, dy);
    if (length <= 0.0)
        return widthM;
    const double nx = -dy / length, ny = dx / length;
    bg::model::multi_polygon<GeoPolygon> shared;
    bg::intersection(mPolygons[std::size_t(aisle)], intruder, shared);
    const double half = widthM / 2.0;
    double lo = half, hi = -half;
    for (const auto &part : shared) {
        for (const auto &p : part.outer()) {
            const double c = std::clamp((p.x() - centre.first.x()) * nx + (p.y() - centre.first.y()) * ny, -half, half);
            lo = std::min(lo, c);
            hi = std::max(hi, c);
        }
    }
    if (lo > hi)
        return widthM;
    // Traffic passes on the wider side of the intrusion.
    return std::max(half - hi, lo + half);
}

void GeometryChecker::checkAisleIntrusion(int aisle, int solid)
{
    const auto ia = std::size_t(aisle), is = std::size_t(solid);
    if (mPairs.count(pairKey(aisle, solid)) || !bg::intersects(mPolygons[ia], mPolygons[is]))
        return;
    if (intersectionAreaM2(mPolygons[ia], mPolygons[is]) <= kAreaEpsM2)
        return;
    const double freeM = freeAisleWidthM(aisle, mPolygons[is]);
    if (freeM < mMinAisleWidthM - kLengthEpsM)
        addPair(aisle, solid, {FindingKind::NarrowAisle, 0.0, freeM, mMinAisleWidthM});
}

void GeometryChecker::itemMoved(int index, const LayoutItem &item)
{
    Q_ASSERT(index >= 0 && std::size_t(index) < mItems.size());
    const auto i = std::size_t(index);
    if (isBuildingOutline(item) || isBuildingOutline(mItems[i])) {
        // The outline changes every item's inside area: start over.
        Variant variant;
        variant.items = mItems;
        variant.items[i] = item;
        variant.minAisleWidthM = mMinAisleWidthM;
        variant.floorWidthM = mFloorWidthM;
        variant.floorDepthM = mFloorDepthM;
        *this = GeometryChecker(variant);
        return;
    }
    removeIndex(index);
    forgetPairs(index);
    mItems[i] = item;
    prepareItem(index);
    mMaxClearanceM = std::max(mMaxClearanceM, item.clearanceM);
    insertIndex(index);
    if (mRole[i] != Role::Other)
        checkItem(index);
}

bool GeometryChecker::fitsFreely(int index, const LayoutItem &candidate) const
{
    const GeoPolygon polygon = footprintPolygon(candidate);
    const GeoBox box = boundingBox(polygon);
    const double area = polygonAreaM2(polygon);
    double inside = 0.0;
    for (const auto &part : mOutline) {
        if (bg::within(polygon, part))
            inside = area;
        else if (bg::intersects(polygon, part))
            inside += intersectionAreaM2(polygon, part);
    }
    if (inside < area - kAreaEpsM2)
        return false;

    std::vector<Entry> hits;
    mAisles.query(bgi::intersects(box), std::back_inserter(hits));
    for (const auto &hit : hits) {
        if (hit.second != index && intersectionAreaM2(polygon, mPolygons[std::size_t(hit.second)]) > kAreaEpsM2)
            return false;
    }
    hits.clear();
    const double reach = std::max(candidate.clearanceM, mMaxClearanceM);
    mSolids.query(bgi::intersects(expanded(box, reach)), std::back_inserter(hits));
    for (const auto &hit : hits) {
        const auto j = std::size_t(hit.second);
        if (hit.second == index)
            continue;
        const double required = std::max(candidate.clearanceM, mItems[j].clearanceM);
        if (bg::intersects(polygon, mPolygons[j])) {
            if (required > 0.0 || intersectionAreaM2(polygon, mPolygons[j]) > kAreaEpsM2)
                return false;
            continue;
        }
        if (required > 0.0 && bg::distance(polygon, mPolygons[j]) < required - kLengthEpsM)
            return false;
    }
    return true;
}

GeometrySummary GeometryChecker::summary() const
{
    GeometrySummary s;
    s.items = int(mItems.size());
    double structure = 0.0;
    for (std::size_t i = 0; i < mItems.size(); ++i) {
        if (mRole[i] == Role::Other)
            continue;
        if (mOutsideAreaM2[i] > kAreaEpsM2)
            ++s.outside;
        if (mRole[i] == Role::Equipment)
            s.occupiedAreaM2 += mInsideAreaM2[i];
        else if (mRole[i] == Role::Structure)
            structure += mInsideAreaM2[i];
        else if (mAisleWidthM[i] < mMinAisleWidthM - kLengthEpsM)
            ++s.narrowAisles;
    }
    for (const auto &[key, issue] : mPairs) {
        switch (issue.kind) {
        case FindingKind::Overlap: {
            ++s.overlaps;
            const auto a = std::size_t(key >> 32), b = std::size_t(key & 0xffffffffU);
            // Shared floor is occupied once (exact unless three items share the same spot).
            if (mRole[a] == Role::Equipment && mRole[b] == Role::Equipment)
                s.occupiedAreaM2 -= issue.areaM2;
            break;
        }
        case FindingKind::Clearance: ++s.clearanceViolations; break;
        case FindingKind::NarrowAisle: ++s.narrowAisles; break;
        default: break;
        }
    }
    s.occupiedAreaM2 = std::max(0.0, s.occupiedAreaM2);
    s.usableAreaM2 = std::max(0.0, mOutlineAreaM2 - structure);
    s.utilization = s.usableAreaM2 > 0.0 ? s.occupiedAreaM2 / s.usableAreaM2 : 0.0;
    return s;
}

std::vector<LayoutFinding> GeometryChecker::findings() const
{
    std::vector<LayoutFinding> out;
    for (std::size_t i = 0; i < mItems.size(); ++i) {
        const QString &id = mItems[i].id;
        if (mBadOutline[i]) {
            LayoutFinding f{FindingKind::BadOutline, {id}, 0.0, 0.0, 0.0, {}};
            f.message = GeometryText::tr("The outline of %1 crosses itself or has no area; fix it before trusting "
                                         "its checks.")
                            .arg(id);
            out.push_back(std::move(f));
        }
        if (mRole[i] != Role::Other && mOutsideAreaM2[i] > kAreaEpsM2) {
            LayoutFinding f{FindingKind::Outside, {id}, mOutsideAreaM2[i], 0.0, 0.0, {}};
            f.message = GeometryText::tr("%1 lies %2 m² outside the building outline.").arg(id, num(f.areaM2));
            out.push_back(std::move(f));
        }
        if (mRole[i] == Role::Aisle && mAisleWidthM[i] < mMinAisleWidthM - kLengthEpsM) {
            LayoutFinding f{FindingKind::NarrowAisle, {id}, 0.0, mAisleWidthM[i], mMinAisleWidthM, {}};
            f.message = GeometryText::tr("Aisle %1 is %2 m wide; the minimum is %3 m.")
                            .arg(id, num(f.distanceM), num(f.requiredM));
            out.push_back(std::move(f));
        }
    }
    for (const auto &[key, issue] : mPairs) {
        const QString a = mItems[std::size_t(key >> 32)].id;
        const QString b = mItems[std::size_t(key & 0xffffffffU)].id;
        LayoutFinding f{issue.kind, {a, b}, issue.areaM2, issue.distanceM, issue.requiredM, {}};
        switch (issue.kind) {
        case FindingKind::Overlap:
            f.message = GeometryText::tr("%1 and %2 overlap by %3 m².").arg(a, b, num(issue.areaM2));
            break;
        case FindingKind::Clearance:
            f.message = GeometryText::tr("%1 and %2 are %3 m apart; their service margin needs %4 m.")
                            .arg(a, b, num(issue.distanceM), num(issue.requiredM));
            break;
        default: {
            // Aisle first: the lower index may be either, so look the roles up.
            const bool aFirst = mRole[std::size_t(key >> 32)] == Role::Aisle;
            const QString aisle = aFirst ? a : b;
            const QString item = aFirst ? b : a;
            f.itemIds = {aisle, item};
            f.message = GeometryText::tr("%1 narrows aisle %2 to %3 m; the minimum is %4 m.")
                            .arg(item, aisle, num(issue.distanceM), num(issue.requiredM));
            break;
        }
        }
        out.push_back(std::move(f));
    }
    std::sort(out.begin(), out.end(), [](const LayoutFinding &x, const LayoutFinding &y) {
        if (x.kind != y.kind)
            return x.kind < y.kind;
        return x.itemIds < y.itemIds;
    });
    return out;
}

std::vector<LayoutFinding> checkGeometry(const Variant &variant, GeometrySummary *summary)
{
    const GeometryChecker checker(variant);
    if (summary)
        *summary = checker.summary();
    return checker.findings();
}

} // namespace taktflow::core
