// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/itemstyle.h"

#include <QCoreApplication>

#include <algorithm>

namespace taktflow::app::render {

QColor fillColor(core::ItemType type)
{
    using core::ItemType;
    switch (type) {
    case ItemType::Machine: return QColor(0x4e, 0x79, 0xa7);
    case ItemType::Workstation: return QColor(0xf2, 0x8e, 0x2b);
    case ItemType::Conveyor: return QColor(0x76, 0xb7, 0xb2);
    case ItemType::Storage: return QColor(0x9c, 0x75, 0x5f);
    case ItemType::Rack: return QColor(0xb0, 0x7a, 0xa1);
    case ItemType::Aisle: return QColor(0xf4, 0xe1, 0x6b);
    case ItemType::Wall: return QColor(0x40, 0x40, 0x40);
    case ItemType::Column: return QColor(0x70, 0x70, 0x70);
    case ItemType::Zone: return QColor(0x59, 0xa1, 0x4f);
    case ItemType::Dock: return QColor(0xba, 0xb0, 0xac);
    }
    return Qt::gray;
}

QColor automationColor(double automationLevel)
{
    const double t = std::clamp(automationLevel, 0.0, 1.0);
    const QColor manual(0xf2, 0x8e, 0x2b);
    const QColor automated(0x2c, 0x6f, 0xbb);
    return QColor::fromRgbF(float(manual.redF() + t * (automated.redF() - manual.redF())),
                            float(manual.greenF() + t * (automated.greenF() - manual.greenF())),
                            float(manual.blueF() + t * (automated.blueF() - manual.blueF())));
}

QString typeDisplayName(core::ItemType type)
{
    using core::ItemType;
    switch (type) {
    case ItemType::Machine: return QCoreApplication::translate("ItemType", "Machine");
    case ItemType::Workstation: return QCoreApplication::translate("ItemType", "Workstation");
    case ItemType::Conveyor: return QCoreApplication::translate("ItemType", "Conveyor");
    case ItemType::Storage: return QCoreApplication::translate("ItemType", "Storage");
    case ItemType::Rack: return QCoreApplication::translate("ItemType", "Rack");
    case ItemType::Aisle: return QCoreApplication::translate("ItemType", "Aisle");
    case ItemType::Wall: return QCoreApplication::translate("ItemType", "Wall");
    case ItemType::Column: return QCoreApplication::translate("ItemType", "Column");
    case ItemType::Zone: return QCoreApplication::translate("ItemType", "Zone");
    case ItemType::Dock: return QCoreApplication::translate("ItemType", "Dock");
    }
    return {};
}

} // namespace taktflow::app::render
