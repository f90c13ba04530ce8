// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/exchange/dxfitemsdialog.h"

#include "app/render/itemstyle.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace taktflow::app {

DxfItemsDialog::DxfItemsDialog(const io::DxfOutlines &drawing, const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("dxfItemsDialog"));
    setWindowTitle(tr("Import layout items from %1").arg(fileName));

    QHash<QString, int> counts;
    for (const auto &outline : drawing.outlines)
        ++counts[outline.layer];

    mLayers = new QTableWidget(int(drawing.layers.size()), 3, this);
    mLayers->setObjectName(QStringLiteral("layers"));
    mLayers->setHorizontalHeaderLabels({tr("Layer"), tr("Closed polylines"), tr("Item type")});
    mLayers->verticalHeader()->hide();
    mLayers->horizontalHeader()->setStretchLastSection(true);
    mLayers->setAccessibleName(tr("Layers of the drawing"));
    mLayers->setToolTip(tr("Tick the layers whose closed polylines become items and choose each layer's item type"));
    for (int row = 0; row < drawing.layers.size(); ++row) {
        const QString layer = drawing.layers[row];
        const auto guessed = core::io::itemTypeForLayer(layer);
        auto *name = new QTableWidgetItem(layer);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(guessed ? Qt::Checked : Qt::Unchecked);
        mLayers->setItem(row, 0, name);
        auto *count = new QTableWidgetItem(QString::number(counts.value(layer)));
        count->setFlags(Qt::ItemIsEnabled);
        mLayers->setItem(row, 1, count);
        auto *type = new QComboBox(mLayers);
        type->setAccessibleName(tr("Item type of layer %1").arg(layer));
        type->setToolTip(tr("The item type the outlines of layer %1 become").arg(layer));
        for (core::ItemType t : core::allItemTypes())
            type->addItem(render::typeDisplayName(t), int(t));
        type->setCurrentIndex(type->findData(int(guessed.value_or(core::ItemType::Machine))));
        mLayers->setCellWidget(row, 2, type);
        mTypes.insert(layer, type);
    }
    mLayers->resizeColumnsToContents();

    mUnits = new QComboBox(this);
    mUnits->setObjectName(QStringLiteral("units"));
    mUnits->addItem(tr("Millimetres (mm)"), 0.001);
    mUnits->addItem(tr("Metres (m)"), 1.0);
    mUnits->setToolTip(tr("The unit the drawing's coordinates are in"));
    const double declared = drawing.declaredMetresPerUnit.value_or(0.001);
    mUnits->setCurrentIndex(declared == 1.0 ? 1 : 0);

    mHeight = new QDoubleSpinBox(this);
    mHeight->setObjectName(QStringLiteral("height"));
    mHeight->setRange(0.0, 100.0);
    mHeight->setDecimals(2);
    mHeight->setValue(1.0);
    mHeight->setSuffix(tr(" m"));
    mHeight->setToolTip(tr("Height of the new items in metres (for the 3D view)"));

    auto *form = new QFormLayout;
    auto *unitsLabel = new QLabel(tr("Drawing &units:"), this);
    unitsLabel->setBuddy(mUnits);
    form->addRow(unitsLabel, mUnits);
    auto *heightLabel = new QLabel(tr("Item &height:"), this);
    heightLabel->setBuddy(mHeight);
    form->addRow(heightLabel, mHeight);

    QStringList notes;
    if (drawing.openPolylines > 0)
        notes << tr("%n open polyline(s) are not imported.", nullptr, drawing.openPolylines);
    if (drawing.arcSegments > 0)
        notes << tr("%n outline(s) have arc segments; they are imported with straight edges.", nullptr,
                    drawing.arcSegments);
    if (!drawing.declaredMetresPerUnit)
        notes << tr("The drawing does not state its units: check them.");

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Add the outlines as items, as one undoable step"));
    buttons->button(QDialogButtonBox::Cancel)->setToolTip(tr("Close without importing"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Closed polylines on the ticked layers become layout items."), this));
    layout->addWidget(mLayers, 1);
    layout->addLayout(form);
    if (!notes.isEmpty()) {
        auto *label = new QLabel(notes.join(QLatin1Char(' ')), this);
        label->setWordWrap(true);
        layout->addWidget(label);
    }
    layout->addWidget(buttons);
    setTabOrder(mLayers, mUnits);
    setTabOrder(mUnits, mHeight);
    setTabOrder(mHeight, buttons);
    resize(560, 420);
}

core::io::OutlineImportOptions DxfItemsDialog::options() const
{
    core::io::OutlineImportOptions options;
    options.metresPerUnit = mUnits->currentData().toDouble();
    options.heightM = mHeight->value();
    for (int row = 0; row < mLayers->rowCount(); ++row) {
        const QTableWidgetItem *item = mLayers->item(row, 0);
        if (item->checkState() == Qt::Checked)
            options.layerTypes.insert(item->text(), core::ItemType(mTypes.value(item->text())->currentData().toInt()));
    }
    return options;
}

void DxfItemsDialog::setLayer(const QString &layer, bool import, core::ItemType type)
{
    for (int row = 0; row < mLayers->rowCount(); ++row) {
        if (mLayers->item(row, 0)->text() == layer)
            mLayers->item(row, 0)->setCheckState(import ? Qt::Checked : Qt::Unchecked);
    }
    if (QComboBox *box = mTypes.value(layer))
        box->setCurrentIndex(box->findData(int(type)));
}

void DxfItemsDialog::setMetresPerUnit(double metresPerUnit)
{
    mUnits->setCurrentIndex(metresPerUnit == 1.0 ? 1 : 0);
}

} // namespace taktflow::app
