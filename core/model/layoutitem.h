// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace taktflow::core {

/** What a layout item is; decides how it is checked, drawn and costed. */
enum class ItemType { Machine, Workstation, Conveyor, Storage, Rack, Aisle, Wall, Column, Zone, Dock };

/** The file/CSV spelling of a type ("machine", "workstation", ...). */
QString itemTypeName(ItemType type);
/** Parses the CSV/file spelling, case-insensitive; nullopt for an unknown word. */
std::optional<ItemType> itemTypeFromName(const QString &name);
/** All types, in declaration order (for pickers and libraries). */
const std::vector<ItemType> &allItemTypes();

/** A point in metres. Item-local points are relative to the item centre before rotation. */
struct PointM {
    double xM = 0.0;
    double yM = 0.0;
    friend bool operator==(const PointM &, const PointM &) = default;
};

/**
 * One thing on the floor. The footprint is a rectangle of widthM x depthM centred on
 * (xM, yM), rotated by rotationDeg counter-clockwise, unless outlineM holds a custom simple
 * polygon in item-local metres. An aisle's centre line runs along the longer side of its
 * rectangle; the shorter side is the aisle width.
 */
struct LayoutItem {
    QString id;
    QString name;
    ItemType type = ItemType::Machine;
    double xM = 0.0;
    double yM = 0.0;
    double widthM = 1.0;
    double depthM = 1.0;
    double rotationDeg = 0.0;
    double heightM = 1.0;
    /** 0 = fully manual, 1 = fully automated. */
    double automationLevel = 0.0;
    double powerKw = 0.0;
    /** Service margin around the footprint that other solid items must keep clear of. */
    double clearanceM = 0.0;
    /** Optional custom outline in item-local metres; empty means the rotated rectangle. */
    std::vector<PointM> outlineM;
    /** Optional material pick-up and drop-off points in item-local metres. */
    std::optional<PointM> pickupM;
    std::optional<PointM> dropoffM;
    /** Optional 3D model file (glTF, OBJ, STL) drawn instead of the extruded footprint. */
    QString modelFile;
    /** Layout optimisation keeps fixed items where they are. */
    bool fixed = false;

    friend bool operator==(const LayoutItem &, const LayoutItem &) = default;
};

/** True for items that occupy floor and must not overlap each other. */
bool isSolid(ItemType type);

} // namespace taktflow::core
