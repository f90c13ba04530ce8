// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QString>
#include <QStringList>

namespace taktflow::app {

/** The outcome of reading pasted spreadsheet rows against a variant. */
struct ItemPaste {
    /** The variant's items after the paste (updated in place, new ones appended). */
    std::vector<core::LayoutItem> items;
    int added = 0;
    int updated = 0;
    /** "clipboard row N: reason"; when not empty, nothing may be applied. */
    QStringList errors;
    bool ok() const { return errors.isEmpty(); }
};

/**
 * Reads tab-separated rows copied from a spreadsheet (or from the Items table) into a variant's
 * items. The first row is a header when it names columns (id, x_m, "Breite" ... as the CSV
 * import guesses them); otherwise the columns are those of the Items table in its order: id,
 * name, type, x, y, width, depth (m), rotation (°), automation (%), power (kW). A row whose id
 * exists changes only the columns given; a new id needs id, name, type, x, y, width and depth.
 * Types may be the file spelling or the displayed name. decimalComma reads "12,5".
 */
ItemPaste pasteItemRows(const QString &text, const core::Variant &variant, bool decimalComma);

} // namespace taktflow::app
