// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/docks/variantsdock.h"

#include "app/document/commands/cmdvariant.h"
#include "app/document/projectdocument.h"

#include <QListWidget>
#include <QToolButton>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace taktflow::app {

VariantsDock::VariantsDock(ProjectDocument *document, QWidget *parent)
    : QDockWidget(tr("Variants"), parent), mDocument(document)
{
    setObjectName(QStringLiteral("variantDock"));
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    auto *tools = new QHBoxLayout;
    tools->setSpacing(0);
    auto button = [&](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(content);
        b->setText(text);
        b->setToolTip(tip);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        tools->addWidget(b);
    };
    button(tr("New"), tr("Add an empty variant"), [this] { addVariant(); });
    button(tr("Duplicate"), tr("Copy the current variant"), [this] { duplicateVariant(); });
    button(tr("Rename"), tr("Rename the current variant (or double-click it)"), [this] {
        if (QListWidgetItem *item = mList->currentItem())
            mList->editItem(item);
    });
    button(tr("Delete"), tr("Delete the current variant"), [this] { deleteVariant(); });
    tools->addStretch();
    mList = new QListWidget(content);
    mList->setObjectName(QStringLiteral("variantList"));
    mList->setAccessibleName(tr("Variants"));
    mList->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    layout->addLayout(tools);
    layout->addWidget(mList);
    setWidget(content);

    connect(mList, &QListWidget::currentRowChanged, this, [this](int row) {
        const auto &variants = mDocument->project().variants;
        if (!mRefreshing && row >= 0 && row < int(variants.size()))
            mDocument->setCurrentVariant(variants[std::size_t(row)].id);
    });
    connect(mList, &QListWidget::itemChanged, this, &VariantsDock::onItemChanged);
    connect(document, &ProjectDocument::projectReset, this, &VariantsDock::refresh);
    connect(document, &ProjectDocument::variantsChanged, this, &VariantsDock::refresh);
    connect(document, &ProjectDocument::currentVariantChanged, this, &VariantsDock::refresh);
    refresh();
}

void VariantsDock::refresh()
{
    mRefreshing = true;
    mList->clear();
    const auto &variants = mDocument->project().variants;
    for (const auto &variant : variants) {
        auto *item = new QListWidgetItem(variant.name, mList);
        item->setData(Qt::UserRole, variant.id);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        item->setToolTip(tr("%1: %n item(s)", nullptr, int(variant.items.size())).arg(variant.name));
        if (variant.id == mDocument->currentVariantId())
            mList->setCurrentItem(item);
    }
    mRefreshing = false;
}

void VariantsDock::onItemChanged(QListWidgetItem *item)
{
    if (mRefreshing)
        return;
    const QString id = item->data(Qt::UserRole).toString();
    if (!renameVariant(id, item->text().trimmed()))
        refresh();
}

bool VariantsDock::addVariant()
{
    core::Variant variant;
    if (const core::Variant *current = mDocument->currentVariant()) {
        variant.floorWidthM = current->floorWidthM;
        variant.floorDepthM = current->floorDepthM;
        variant.minAisleWidthM = current->minAisleWidthM;
        variant.distanceMetric = current->distanceMetric;
    }
    variant.id = uniqueVariantId(mDocument->project());
    variant.name = uniqueVariantName(mDocument->project(), tr("Variant %1").arg(mDocument->project().variants.size() + 1));
    mDocument->undoStack()->push(new CmdVariantAdd(mDocument, variant, int(mDocument->project().variants.size()),
                                                   tr("Add variant %1").arg(variant.name)));
    return true;
}

bool VariantsDock::duplicateVariant()
{
    const core::Variant *current = mDocument->currentVariant();
    if (!current)
        return false;
    core::Variant copy = *current;
    copy.id = uniqueVariantId(mDocument->project());
    // Variant names are unique in a project: a second copy becomes "... (copy) 2".
    copy.name = uniqueVariantName(mDocument->project(), tr("%1 (copy)").arg(current->name));
    int index = 0;
    while (mDocument->project().variants[std::size_t(index)].id != current->id)
        ++index;
    mDocument->undoStack()->push(new CmdVariantAdd(mDocument, copy, index + 1, tr("Duplicate variant %1").arg(current->name)));
    return true;
}

bool VariantsDock::renameVariant(const QString &variantId, const QString &name)
{
    const core::Variant *variant = mDocument->project().findVariant(variantId);
    if (!variant || name.isEmpty() || name == variant->name || variantNameTaken(mDocument->project(), name, variantId))
        return false;
    mDocument->undoStack()->push(new CmdVariantRename(mDocument, variantId, name));
    return true;
}

bool VariantsDock::deleteVariant()
{
    if (mDocument->project().variants.size() < 2 || !mDocument->currentVariant())
        return false;
    mDocument->undoStack()->push(new CmdVariantRemove(mDocument, mDocument->currentVariantId()));
    return true;
}

} // namespace taktflow::app
