// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/commands/cmditemedit.h"
#include "core/model/layoutitem.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace taktflow::app {

/** Where an item stands and how big it is: what move, rotate and resize change together. */
struct Placement {
    double xM = 0.0;
    double yM = 0.0;
    double widthM = 1.0;
    double depthM = 1.0;
    double rotationDeg = 0.0;
    friend bool operator==(const Placement &, const Placement &) = default;

    static Placement of(const core::LayoutItem &item)
    {
        return {item.xM, item.yM, item.widthM, item.depthM, item.rotationDeg};
    }
};

/** An item's custom outline and the size it spans: what editing a zone's corners changes. */
struct Shape {
    std::vector<core::PointM> outlineM;
    double widthM = 1.0;
    double depthM = 1.0;
    friend bool operator==(const Shape &, const Shape &) = default;

    static Shape of(const core::LayoutItem &item) { return {item.outlineM, item.widthM, item.depthM}; }
    /** An outline with widthM and depthM set to its local bounding rectangle (what the properties show). */
    static Shape fromOutline(std::vector<core::PointM> outline)
    {
        Shape shape{std::move(outline), 0.0, 0.0};
        if (shape.outlineM.empty())
            return shape;
        double minX = shape.outlineM.front().xM, maxX = minX;
        double minY = shape.outlineM.front().yM, maxY = minY;
        for (const core::PointM &p : shape.outlineM) {
            minX = std::min(minX, p.xM);
            maxX = std::max(maxX, p.xM);
            minY = std::min(minY, p.yM);
            maxY = std::max(maxY, p.yM);
        }
        shape.widthM = maxX - minX;
        shape.depthM = maxY - minY;
        return shape;
    }
};

namespace property {

struct ShapeProp {
    using Value = Shape;
    static constexpr MergeId kMergeId = MergeId::ItemOutline;
    static Value get(const core::LayoutItem &item) { return Shape::of(item); }
    static void set(core::LayoutItem &item, const Value &shape)
    {
        item.outlineM = shape.outlineM;
        item.widthM = shape.widthM;
        item.depthM = shape.depthM;
    }
    static QString text() { return QCoreApplication::translate("Commands", "Edit outline"); }
};

struct PlacementProp {
    using Value = Placement;
    static constexpr MergeId kMergeId = MergeId::ItemPlacement;
    static Value get(const core::LayoutItem &item) { return Placement::of(item); }
    static void set(core::LayoutItem &item, const Value &p)
    {
        item.xM = p.xM;
        item.yM = p.yM;
        item.widthM = p.widthM;
        item.depthM = p.depthM;
        item.rotationDeg = p.rotationDeg;
    }
    static QString text() { return QCoreApplication::translate("Commands", "Move items"); }
};

// Each scalar property is a few lines: member pointer, merge id and the undo text.
#define TAKTFLOW_ITEM_PROPERTY(Name, Type, member, mergeId, undoText)                                                 \
    struct Name {                                                                                                     \
        using Value = Type;                                                                                           \
        static constexpr MergeId kMergeId = mergeId;                                                                  \
        static Value get(const core::LayoutItem &item) { return item.member; }                                        \
        static void set(core::LayoutItem &item, const Value &value) { item.member = value; }                          \
        static QString text() { return QCoreApplication::translate("Commands", undoText); }                           \
    };

TAKTFLOW_ITEM_PROPERTY(NameProp, QString, name, MergeId::ItemName, QT_TRANSLATE_NOOP("Commands", "Rename item"))
TAKTFLOW_ITEM_PROPERTY(TypeProp, core::ItemType, type, MergeId::ItemType, QT_TRANSLATE_NOOP("Commands", "Change item type"))
TAKTFLOW_ITEM_PROPERTY(HeightProp, double, heightM, MergeId::ItemHeight, QT_TRANSLATE_NOOP("Commands", "Change item height"))
TAKTFLOW_ITEM_PROPERTY(AutomationProp, double, automationLevel, MergeId::ItemAutomation, QT_TRANSLATE_NOOP("Commands", "Change automation level"))
TAKTFLOW_ITEM_PROPERTY(PowerProp, double, powerKw, MergeId::ItemPower, QT_TRANSLATE_NOOP("Commands", "Change power"))
TAKTFLOW_ITEM_PROPERTY(ClearanceProp, double, clearanceM, MergeId::ItemClearance, QT_TRANSLATE_NOOP("Commands", "Change clearance"))
TAKTFLOW_ITEM_PROPERTY(FixedProp, bool, fixed, MergeId::ItemFixed, QT_TRANSLATE_NOOP("Commands", "Fix items in place"))

#undef TAKTFLOW_ITEM_PROPERTY

} // namespace property

/** Move, rotate and resize: one placement command so a drag of any kind merges into one step. */
using CmdItemPlace = CmdItemEdit<property::PlacementProp>;
/** Moving, inserting or deleting outline corners (a corner drag merges into one step). */
using CmdItemReshape = CmdItemEdit<property::ShapeProp>;
using CmdItemRename = CmdItemEdit<property::NameProp>;
using CmdItemRetype = CmdItemEdit<property::TypeProp>;
using CmdItemHeightSet = CmdItemEdit<property::HeightProp>;
using CmdItemAutomationSet = CmdItemEdit<property::AutomationProp>;
using CmdItemPowerSet = CmdItemEdit<property::PowerProp>;
using CmdItemClearanceSet = CmdItemEdit<property::ClearanceProp>;
using CmdItemFixedSet = CmdItemEdit<property::FixedProp>;

} // namespace taktflow::app
