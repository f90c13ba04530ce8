// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/tablecsv.h"
#include "core/model/layoutitem.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <vector>

namespace taktflow::core::io {

/** A closed polygon read from a CAD drawing, in drawing units (y up). */
struct DrawingOutline {
    QString layer;
    /** 1-based number of the polyline in the file, for messages. */
    int entity = 0;
    std::vector<PointM> points;
};

/** How outlines become layout items. */
struct OutlineImportOptions {
    /** Metres per drawing unit: 0.001 for a drawing in millimetres, 1 for metres. */
    double metresPerUnit = 1.0;
    /** The layers to import and the item type of each; outlines on other layers are skipped. */
    QMap<QString, ItemType> layerTypes;
    double heightM = 1.0;
};

/**
 * Turns closed outlines into layout items: a rectangle (four right angles, any rotation)
 * becomes an item of that width, depth and rotation; any other simple polygon becomes an item
 * with a custom outline around its bounding-box centre. Ids are "DXF1", "DXF2" ... skipping
 * takenIds; names are "LAYER n". Degenerate outlines (fewer than three distinct points, no area,
 * crossing edges) are errors naming the source, the polyline number and the layer; on any error
 * items stays empty.
 */
ImportReport itemsFromOutlines(const std::vector<DrawingOutline> &outlines, const OutlineImportOptions &options,
                               const QStringList &takenIds, const QString &source, std::vector<LayoutItem> &items);

/** The item type a layer name suggests ("MACHINES", "Maschinen" -> machine); nullopt when none does. */
std::optional<ItemType> itemTypeForLayer(const QString &layer);

} // namespace taktflow::core::io
