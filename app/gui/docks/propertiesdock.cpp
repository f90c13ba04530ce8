// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/propertiesdock.h"

#include "app/document/commands/itemproperties.h"
#include "app/document/projectdocument.h"
#include "app/gui/docks/outlinetable.h"
#include "app/render/itemstyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

namespace taktflow::app {

namespace {

template <typename Command>
void pushEach(ProjectDocument *document, const QStringList &ids, const typename Command::Value &value)
{
    const core::Variant *variant = document->currentVariant();
    if (!variant || ids.isEmpty())
        return;
    std::vector<typename Command::Change> changes;
    for (const QString &id : ids) {
        if (variant->findItem(id))
            changes.emplace_back(id, value);
    }
    if (changes.empty())
        return;
    auto *command = new Command(document, variant->id, std::move(changes));
    if (command->isObsolete())
        delete command;
    else
        document->undoStack()->push(command);
}

} // namespace

PropertiesDock::PropertiesDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Properties"), parent), mDocument(document)
{
    setObjectName(QStringLiteral("propertiesDock"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setAccessibleName(tr("Properties of the selected item"));
    mForm = new QWidget(scroll);
    auto *form = new QFormLayout(mForm);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    mHeading = new QLabel(mForm);
    mHeading->setWordWrap(true);
    form->addRow(mHeading);
    mName = new QLineEdit(mForm);
    mName->setObjectName(QStringLiteral("propertyName"));
    form->addRow(tr("Name"), mName);
    mType = new QComboBox(mForm);
    for (core::ItemType type : core::allItemTypes())
        mType->addItem(render::typeDisplayName(type), int(type));
    form->addRow(tr("Type"), mType);
    form->addRow(tr("X"), mX = addSpin(Field::X, -100000, 100000, 3, tr(" m")));
    form->addRow(tr("Y"), mY = addSpin(Field::Y, -100000, 100000, 3, tr(" m")));
    form->addRow(tr("Width"), mWidth = addSpin(Field::Width, 0.01, 10000, 3, tr(" m")));
    form->addRow(tr("Depth"), mDepth = addSpin(Field::Depth, 0.01, 10000, 3, tr(" m")));
    form->addRow(tr("Rotation"), mRotation = addSpin(Field::Rotation, -360, 360, 2, tr(" °")));
    form->addRow(tr("Height"), mHeight = addSpin(Field::Height, 0, 1000, 2, tr(" m")));
    form->addRow(tr("Automation"), mAutomation = addSpin(Field::Automation, 0, 100, 0, tr(" %")));
    form->addRow(tr("Clearance"), mClearance = addSpin(Field::Clearance, 0, 100, 2, tr(" m")));
    form->addRow(tr("Power"), mPower = addSpin(Field::Power, 0, 100000, 1, tr(" kW")));
    mFixed = new QCheckBox(tr("Fixed (optimisation keeps it in place)"), mForm);
    form->addRow(mFixed);
    mCorners = new OutlineTable(document, mForm);
    form->addRow(mCorners);
    mX->setObjectName(QStringLiteral("propertyX"));
    mY->setObjectName(QStringLiteral("propertyY"));
    mRotation->setObjectName(QStringLiteral("propertyRotation"));
    mWidth->setObjectName(QStringLiteral("propertyWidth"));
    mName->setToolTip(tr("Name of the item, shown on the floor and in tables"));
    mType->setToolTip(tr("What the item is; decides how it is checked, drawn and costed"));
    mX->setToolTip(tr("Centre x in metres"));
    mY->setToolTip(tr("Centre y in metres (up is +y)"));
    mWidth->setToolTip(tr("Width in metres, before rotation"));
    mDepth->setToolTip(tr("Depth in metres, before rotation"));
    mRotation->setToolTip(tr("Rotation in degrees, counter-clockwise"));
    mHeight->setToolTip(tr("Height in metres, for the 3D view"));
    mAutomation->setToolTip(tr("Automation level: 0 % manual, 100 % fully automated"));
    mClearance->setToolTip(tr("Service margin in metres that other solid items must keep clear of"));
    mPower->setToolTip(tr("Connected power in kW, for the energy figures"));
    mFixed->setToolTip(tr("Layout optimisation does not move a fixed item"));
    scroll->setWidget(mForm);
    setWidget(scroll);

    connect(mName, &QLineEdit::editingFinished, this, &PropertiesDock::commitName);
    connect(mType, &QComboBox::activated, this, &PropertiesDock::commitType);
    connect(mFixed, &QCheckBox::toggled, this, &PropertiesDock::commitFixed);
    connect(document, &ProjectDocument::selectionChanged, this, &PropertiesDock::refresh);
    connect(document, &ProjectDocument::itemChanged, this, [this](const QString &, const QString &itemId) {
        if (mDocument->selection().contains(itemId))
            refresh();
    });
    connect(document, &ProjectDocument::projectReset, this, &PropertiesDock::refresh);
    refresh();
}

QDoubleSpinBox *PropertiesDock::addSpin(Field field, double min, double max, int decimals, const QString &suffix)
{
    auto *spin = new QDoubleSpinBox(mForm);
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSuffix(suffix);
    spin->setKeyboardTracking(false);
    spin->setAccelerated(true);
    // valueChanged with keyboard tracking off fires on Enter, focus loss and each arrow step.
    connect(spin, &QDoubleSpinBox::valueChanged, this, [this, field](double value) {
        if (!mRefreshing)
            commitNumber(field, value);
    });
    return spin;
}

QStringList PropertiesDock::selectedIds() const
{
    QStringList ids;
    if (const core::Variant *variant = mDocument->currentVariant()) {
        for (const auto &item : variant->items) {
            if (mDocument->selection().contains(item.id))
                ids << item.id;
        }
    }
    return ids;
}

void PropertiesDock::refresh()
{
    const QStringList ids = selectedIds();
    mForm->setEnabled(!ids.isEmpty());
    mCorners->refresh();
    if (ids.isEmpty()) {
        mHeading->setText(tr("Nothing selected"));
        return;
    }
    const core::LayoutItem &item = *mDocument->currentVariant()->findItem(ids.first());
    mRefreshing = true;
    mHeading->setText(ids.size() == 1 ? tr("<b>%1</b> (%2)").arg(item.id.toHtmlEscaped(), render::typeDisplayName(item.type))
                                      : tr("<b>%n items</b>: edits apply to all", nullptr, int(ids.size())));
    if (!mName->hasFocus())
        mName->setText(item.name);
    mType->setCurrentIndex(mType->findData(int(item.type)));
    mX->setValue(item.xM);
    mY->setValue(item.yM);
    mWidth->setValue(item.widthM);
    mDepth->setValue(item.depthM);
    mRotation->setValue(item.rotationDeg);
    mHeight->setValue(item.heightM);
    mAutomation->setValue(item.automationLevel * 100);
    mClearance->setValue(item.clearanceM);
    mPower->setValue(item.powerKw);
    mFixed->setChecked(item.fixed);
    mRefreshing = false;
}

void PropertiesDock::commitNumber(Field field, double value)
{
    const core::Variant *variant = mDocument->currentVariant();
    const QStringList ids = selectedIds();
    if (!variant || ids.isEmpty())
        return;
    switch (field) {
    case Field::Height: pushEach<CmdItemHeightSet>(mDocument, ids, value); return;
    case Field::Automation: pushEach<CmdItemAutomationSet>(mDocument, ids, value / 100.0); return;
    case Field::Clearance: pushEach<CmdItemClearanceSet>(mDocument, ids, value); return;
    case Field::Power: pushEach<CmdItemPowerSet>(mDocument, ids, value); return;
    default: break;
    }
    std::vector<CmdItemPlace::Change> changes;
    for (const QString &id : ids) {
        Placement p = Placement::of(*variant->findItem(id));
        switch (field) {
        case Field::X: p.xM = value; break;
        case Field::Y: p.yM = value; break;
        case Field::Width: p.widthM = value; break;
        case Field::Depth: p.depthM = value; break;
        case Field::Rotation: p.rotationDeg = value; break;
        default: break;
        }
        changes.emplace_back(id, p);
    }
    auto *command = new CmdItemPlace(mDocument, variant->id, std::move(changes));
    command->setText(field == Field::Rotation ? tr("Rotate items")
                     : (field == Field::X || field == Field::Y) ? tr("Move items")
                                                                : tr("Resize items"));
    if (command->isObsolete())
        delete command;
    else
        mDocument->undoStack()->push(command);
}

void PropertiesDock::commitName()
{
    const QStringList ids = selectedIds();
    if (!mRefreshing && !ids.isEmpty())
        pushEach<CmdItemRename>(mDocument, ids, mName->text());
}

void PropertiesDock::commitType(int index)
{
    const QStringList ids = selectedIds();
    if (!mRefreshing && !ids.isEmpty())
        pushEach<CmdItemRetype>(mDocument, ids, core::ItemType(mType->itemData(index).toInt()));
}

void PropertiesDock::commitFixed(bool fixed)
{
    const QStringList ids = selectedIds();
    if (!mRefreshing && !ids.isEmpty())
        pushEach<CmdItemFixedSet>(mDocument, ids, fixed);
}

} // namespace taktflow::app
