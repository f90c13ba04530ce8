// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/outlineitems.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace taktflow::app::io {

/** The closed polylines of a DXF drawing, grouped by nothing: each carries its layer. */
struct DxfOutlines {
    std::vector<core::io::DrawingOutline> outlines;
    /** Layers holding at least one closed polyline, sorted. */
    QStringList layers;
    /** Metres per drawing unit from the file's $INSUNITS (mm, cm, m, inch, foot); nullopt when unset. */
    std::optional<double> declaredMetresPerUnit;
    /** Open polylines and polylines with arc segments (bulges), which are imported straight. */
    int openPolylines = 0;
    int arcSegments = 0;
    /** Empty on success, else a translated message naming the file. */
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/**
 * Reads the closed polylines (POLYLINE and LWPOLYLINE with the closed flag, or whose last vertex
 * meets the first) of an ASCII DXF file's model space through dxflib. The file is checked before
 * dxflib sees it; a broken or foreign file gives an error, never a crash.
 */
DxfOutlines readDxfOutlines(const QString &path);

/** Parses "mm" or "m" (the units the import asks for) into metres per drawing unit. */
std::optional<double> metresPerUnitFromName(const QString &name);

} // namespace taktflow::app::io
