// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QString>

namespace taktflow::app {

/**
 * Writes a variant's layout as an ASCII DXF (AutoCAD 2000) drawing in metres through dxflib,
 * so CAD users can take it back into their drawings: the floor rectangle on layer FLOOR, each
 * item's footprint as a closed polyline on a layer named after its type (MACHINE, AISLE ...),
 * and item names as text on layer LABELS. Returns an empty string, or a translated message
 * naming the file.
 */
QString exportLayoutDxf(const core::Variant &variant, const QString &path);

} // namespace taktflow::app
