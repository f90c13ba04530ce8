// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QStringList>

namespace taktflow::core {

/** How two variants' layouts differ, item by item (matched by id). */
struct LayoutDiff {
    /** In both, but placed, turned or sized differently. */
    QStringList moved;
    /** Only in the second variant. */
    QStringList added;
    /** Only in the first variant. */
    QStringList removed;
    /** In both and identical in footprint. */
    int unchanged = 0;
};

/** Compares the footprints (position, rotation, size, outline) of from and to; tolerance in metres/degrees. */
LayoutDiff diffLayouts(const Variant &from, const Variant &to, double tolerance = 1e-6);

} // namespace taktflow::core
