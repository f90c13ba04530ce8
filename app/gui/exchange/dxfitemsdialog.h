// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/io/dxfoutlines.h"
#include "core/io/outlineitems.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QTableWidget;

namespace taktflow::app {

/**
 * Chooses how a DXF drawing's closed polylines become layout items: which layers to import,
 * the item type of each (guessed from the layer name), the drawing units (mm or m, preset from
 * the file's $INSUNITS) and the height of the new items.
 */
class DxfItemsDialog : public QDialog
{
    Q_OBJECT

public:
    DxfItemsDialog(const io::DxfOutlines &drawing, const QString &fileName, QWidget *parent = nullptr);

    core::io::OutlineImportOptions options() const;
    /** For tests: tick a layer and give it a type. */
    void setLayer(const QString &layer, bool import, core::ItemType type);
    void setMetresPerUnit(double metresPerUnit);

private:
    QTableWidget *mLayers;
    QComboBox *mUnits;
    QHash<QString, QComboBox *> mTypes;
    QDoubleSpinBox *mHeight;
};

} // namespace taktflow::app
