// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/report/pagecomposer.h"
#include "core/model/variant.h"

#include <QFont>
#include <QRectF>

namespace taktflow::app::render {

/** The standard drawing scales 1:N offered for layouts, smallest N first. */
const std::vector<int> &standardScales();

/** The largest standard scale (smallest N) at which a floor of sizeM fits into areaMm. */
int fittingScale(const QSizeF &sizeM, const QSizeF &areaMm);

/**
 * Adds the layout of a variant drawn at 1:scale, split into as many sheets as it needs, each
 * with a title line, a scale bar, a north arrow (+y is north) and a legend of the item types.
 * showBackground draws the variant's background plan faded behind the items.
 */
void addScaledLayout(PageComposer &composer, const core::Variant &variant, int scale, const QFont &font,
                     bool showBackground = true);

/** Paints a scale bar of a round length for the given device units per metre. */
void paintScaleBar(QPainter &painter, const QPointF &bottomLeft, double unitsPerMetre, double maxLengthUnits,
                   const QFont &font);

/** Paints a north arrow fitting into box, pointing to +y of the floor. */
void paintNorthArrow(QPainter &painter, const QRectF &box, const QFont &font);

} // namespace taktflow::app::render
