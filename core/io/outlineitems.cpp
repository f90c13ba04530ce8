// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/outlineitems.h"

#include "core/io/columnguess.h"
#include "core/layout/footprint.h"

#include <QCoreApplication>
#include <QSet>

#include <boost/geometry/algorithms/is_valid.hpp>

#include <algorithm>
#include <cmath>
#include <numbers>

namespace taktflow::core::io {

namespace {

class OutlineText
{
    Q_DECLARE_TR_FUNCTIONS(OutlineImport)
};

/** Drops repeated points and the closing copy of the first point. */
std::vector<PointM> distinctPoints(const std::vector<PointM> &points, double tolerance)
{
    std::vector<PointM> out;
    for (const PointM &p : points) {
        if (out.empty() || std::hypot(p.xM - out.back().xM, p.yM - out.back().yM) > tolerance)
            out.push_back(p);
    }
    while (out.size() > 1 && std::hypot(out.front().xM - out.back().xM, out.front().yM - out.back().yM) <= tolerance)
        out.pop_back();
    return out;
}

/** True when four points form a rectangle: every corner within 0.5 degrees of a right angle. */
bool isRectangle(const std::vector<PointM> &p)
{
    if (p.size() != 4)
        return false;
    for (std::size_t i = 0; i < 4; ++i) {
        const PointM &a = p[(i + 3) % 4];
        const PointM &b = p[i];
        const PointM &c = p[(i + 1) % 4];
        const double ux = a.xM - b.xM, uy = a.yM - b.yM, vx = c.xM - b.xM, vy = c.yM - b.yM;
        const double cosine = (ux * vx + uy * vy) / (std::hypot(ux, uy) * std::hypot(vx, vy));
        if (std::abs(cosine) > std::sin(0.5 * std::numbers::pi / 180.0))
            return false;
    }
    return true;
}

LayoutItem rectangleItem(const std::vector<PointM> &p)
{
    LayoutItem item;
    item.xM = (p[0].xM + p[1].xM + p[2].xM + p[3].xM) / 4;
    item.yM = (p[0].yM + p[1].yM + p[2].yM + p[3].yM) / 4;
    item.widthM = std::hypot(p[1].xM - p[0].xM, p[1].yM - p[0].yM);
    item.depthM = std::hypot(p[2].xM - p[1].xM, p[2].yM - p[1].yM);
    double angle = std::atan2(p[1].yM - p[0].yM, p[1].xM - p[0].xM) * 180.0 / std::numbers::pi;
    // Keep the rotation in (-90, 90] by swapping width and depth: a 180° turn draws the same.
    while (angle > 90.0)
        angle -= 180.0;
    while (angle <= -90.0)
        angle += 180.0;
    item.rotationDeg = std::abs(angle) < 1e-9 ? 0.0 : angle;
    return item;
}

LayoutItem polygonItem(const std::vector<PointM> &p)
{
    double minX = p.front().xM, maxX = minX, minY = p.front().yM, maxY = minY;
    for (const PointM &q : p) {
        minX = std::min(minX, q.xM);
        maxX = std::max(maxX, q.xM);
        minY = std::min(minY, q.yM);
        maxY = std::max(maxY, q.yM);
    }
    LayoutItem item;
    item.xM = (minX + maxX) / 2;
    item.yM = (minY + maxY) / 2;
    item.widthM = maxX - minX;
    item.depthM = maxY - minY;
    for (const PointM &q : p)
        item.outlineM.push_back({q.xM - item.xM, q.yM - item.yM});
    return item;
}

} // namespace

ImportReport itemsFromOutlines(const std::vector<DrawingOutline> &outlines, const OutlineImportOptions &options,
                               const QStringList &takenIds, const QString &source, std::vector<LayoutItem> &items)
{
    Q_ASSERT(options.metresPerUnit > 0);
    ImportReport report;
    QSet<QString> taken(takenIds.begin(), takenIds.end());
    QMap<QString, int> perLayer;
    int nextId = 1;
    std::vector<LayoutItem> made;
    for (const DrawingOutline &outline : outlines) {
        if (!options.layerTypes.contains(outline.layer))
            continue;
        const auto fail = [&](const QString &problem) {
            report.errors << OutlineText::tr("%1: polyline %2 on layer '%3': %4")
                                 .arg(source)
                                 .arg(outline.entity)
                                 .arg(outline.layer, problem);
        };
        std::vector<PointM> metres;
        for (const PointM &p : outline.points)
            metres.push_back({p.xM * options.metresPerUnit, p.yM * options.metresPerUnit});
        const std::vector<PointM> points = distinctPoints(metres, 1e-6);
        if (points.size() < 3) {
            fail(OutlineText::tr("fewer than three distinct corners"));
            continue;
        }
        LayoutItem item = isRectangle(points) ? rectangleItem(points) : polygonItem(points);
        const GeoPolygon footprint = footprintPolygon(item);
        if (!(item.widthM > 1e-6) || !(item.depthM > 1e-6) || polygonAreaM2(footprint) < 1e-6) {
            fail(OutlineText::tr("the outline encloses no area"));
            continue;
        }
        if (!boost::geometry::is_valid(footprint)) {
            fail(OutlineText::tr("the outline crosses itself"));
            continue;
        }
        while (taken.contains(QStringLiteral("DXF%1").arg(nextId)))
            ++nextId;
        item.id = QStringLiteral("DXF%1").arg(nextId++);
        taken.insert(item.id);
        item.type = options.layerTypes.value(outline.layer);
        item.name = QStringLiteral("%1 %2").arg(outline.layer).arg(++perLayer[outline.layer]);
        item.heightM = options.heightM;
        made.push_back(std::move(item));
    }
    if (report.ok() && made.empty())
        report.errors << OutlineText::tr("%1: no closed polylines on the chosen layers").arg(source);
    if (report.ok())
        items = std::move(made);
    return report;
}

std::optional<ItemType> itemTypeForLayer(const QString &layer)
{
    const QString key = normaliseHeader(layer);
    struct Hint {
        const char *word;
        ItemType type;
    };
    // Checked in order, so "workstation" is found before "station" could match anything else.
    static const Hint hints[] = {
        {"workstation", ItemType::Workstation},
        {"arbeitsplatz", ItemType::Workstation},
        {"arbeitsplaetze", ItemType::Workstation},
        {"machine", ItemType::Machine},
        {"maschine", ItemType::Machine},
        {"conveyor", ItemType::Conveyor},
        {"foerderband", ItemType::Conveyor},
        {"storage", ItemType::Storage},
        {"lager", ItemType::Storage},
        {"rack", ItemType::Rack},
        {"regal", ItemType::Rack},
        {"aisle", ItemType::Aisle},
        {"wall", ItemType::Wall},
        {"wand", ItemType::Wall},
        {"mauer", ItemType::Wall},
        {"column", ItemType::Column},
        {"stuetze", ItemType::Column},
        {"saeule", ItemType::Column},
        {"zone", ItemType::Zone},
        {"bereich", ItemType::Zone},
        {"dock", ItemType::Dock},
    };
    for (const Hint &hint : hints) {
        if (key.contains(QLatin1String(hint.word)))
            return hint.type;
    }
    return std::nullopt;
}

} // namespace taktflow::core::io
