// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/layoutitem.h"

#include <QColor>

namespace taktflow::app::render {

/** Fill colour of an item type: the same in the editor, the 3D view, exports and reports. */
QColor fillColor(core::ItemType type);
/** Fill colour by automation level: manual (warm) to fully automated (blue). */
QColor automationColor(double automationLevel);
/** Translated display name of a type ("Machine"). */
QString typeDisplayName(core::ItemType type);

} // namespace taktflow::app::render
