// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/itemfactory.h"

#include "app/document/commands/cmditemadd.h"
#include "app/render/itemstyle.h"

namespace taktflow::app {

namespace {

struct Defaults {
    const char *prefix;
    double widthM;
    double depthM;
    double heightM;
    double clearanceM;
};

Defaults defaultsOf(core::ItemType type)
{
    using core::ItemType;
    switch (type) {
    case ItemType::Machine: return {"M", 3.0, 2.0, 2.2, 0.8};
    case ItemType::Workstation: return {"W", 2.0, 1.5, 1.0, 0.6};
    case ItemType::Conveyor: return {"C", 6.0, 1.0, 0.9, 0.0};
    case ItemType::Storage: return {"S", 4.0, 3.0, 2.5, 0.0};
    case ItemType::Rack: return {"R", 5.0, 1.2, 4.0, 0.0};
    case ItemType::Aisle: return {"A", 12.0, 3.0, 0.0, 0.0};
    case ItemType::Wall: return {"WL", 10.0, 0.3, 4.0, 0.0};
    case ItemType::Column: return {"COL", 0.5, 0.5, 6.0, 0.0};
    case ItemType::Zone: return {"Z", 10.0, 8.0, 0.0, 0.0};
    case ItemType::Dock: return {"D", 4.0, 3.0, 1.0, 0.0};
    }
    return {"X", 1.0, 1.0, 1.0, 0.0};
}

} // namespace

core::LayoutItem newLibraryItem(core::ItemType type, const core::Variant &variant, double xM, double yM)
{
    const Defaults d = defaultsOf(type);
    core::LayoutItem item;
    item.type = type;
    item.id = uniqueItemId(variant, QString::fromLatin1(d.prefix));
    item.name = QStringLiteral("%1 %2").arg(render::typeDisplayName(type), item.id.mid(int(qstrlen(d.prefix))));
    item.xM = xM;
    item.yM = yM;
    item.widthM = d.widthM;
    item.depthM = d.depthM;
    item.heightM = d.heightM;
    item.clearanceM = d.clearanceM;
    return item;
}

QString itemTypeMimeType()
{
    return QStringLiteral("application/x-taktflow-item-type");
}

} // namespace taktflow::app
