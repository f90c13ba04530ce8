// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/commands/cmditemadd.h"

#include "app/document/projectdocument.h"

#include <QCoreApplication>
#include <QSet>

namespace taktflow::app {

CmdItemAdd::CmdItemAdd(ProjectDocument *document, const QString &variantId, std::vector<core::LayoutItem> items,
                       const QString &text)
    : QUndoCommand(text.isEmpty() ? QCoreApplication::translate("Commands", "Add %n item(s)", nullptr, int(items.size()))
                                  : text),
      mDocument(document), mVariantId(variantId), mItems(std::move(items))
{
}

void CmdItemAdd::redo()
{
    const core::Variant *variant = mDocument->project().findVariant(mVariantId);
    Q_ASSERT(variant);
    int index = int(variant->items.size());
    for (const auto &item : mItems)
        mDocument->insertItem(mVariantId, index++, item);
}

void CmdItemAdd::undo()
{
    for (auto it = mItems.rbegin(); it != mItems.rend(); ++it)
        *it = mDocument->takeItem(mVariantId, it->id);
}

CmdItemRemove::CmdItemRemove(ProjectDocument *document, const QString &variantId, const QStringList &itemIds)
    : mDocument(document), mVariantId(variantId)
{
    const core::Variant *variant = document->project().findVariant(variantId);
    if (variant) {
        for (const QString &id : itemIds) {
            if (variant->findItem(id) && !mIds.contains(id))
                mIds << id;
        }
    }
    setText(QCoreApplication::translate("Commands", "Delete %n item(s)", nullptr, int(mIds.size())));
}

void CmdItemRemove::redo()
{
    mTaken.clear();
    mIndices.clear();
    for (const QString &id : std::as_const(mIds)) {
        int index = 0;
        mTaken.push_back(mDocument->takeItem(mVariantId, id, &index));
        mIndices.push_back(index);
    }
    core::Variant *variant = mDocument->mutableProject().findVariant(mVariantId);
    Q_ASSERT(variant);
    const QSet<QString> removed(mIds.cbegin(), mIds.cend());
    mFlowsBefore = variant->flows;
    mProductsBefore = variant->products;
    std::erase_if(variant->flows, [&](const core::MaterialFlow &flow) {
        return removed.contains(flow.fromItem) || removed.contains(flow.toItem);
    });
    for (core::Product &product : variant->products)
        product.routing.removeIf([&](const QString &step) { return removed.contains(step); });
    mReferencesChanged = variant->flows != mFlowsBefore || variant->products != mProductsBefore;
    if (mReferencesChanged)
        mDocument->notifyVariantContentChanged(mVariantId);
}

void CmdItemRemove::undo()
{
    // Reverse order restores every index exactly.
    for (std::size_t i = mTaken.size(); i-- > 0;)
        mDocument->insertItem(mVariantId, mIndices[i], mTaken[i]);
    mTaken.clear();
    mIndices.clear();
    if (mReferencesChanged) {
        core::Variant *variant = mDocument->mutableProject().findVariant(mVariantId);
        Q_ASSERT(variant);
        variant->flows = std::move(mFlowsBefore);
        variant->products = std::move(mProductsBefore);
        mDocument->notifyVariantContentChanged(mVariantId);
    }
}

QString uniqueItemId(const core::Variant &variant, const QString &prefix, const QStringList &alsoTaken)
{
    QSet<QString> taken;
    for (const auto &item : variant.items)
        taken.insert(item.id);
    for (const QString &id : alsoTaken)
        taken.insert(id);
    for (int n = 1;; ++n) {
        const QString candidate = prefix + QString::number(n);
        if (!taken.contains(candidate))
            return candidate;
    }
}

} // namespace taktflow::app
