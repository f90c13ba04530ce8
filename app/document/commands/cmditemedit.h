// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/commands/mergeid.h"
#include "app/document/projectdocument.h"

#include <QUndoCommand>

#include <utility>
#include <vector>

namespace taktflow::app {

/**
 * The one property-edit template: writes a value of Property onto one or many items of a
 * variant. Property supplies `Value`, `get(const LayoutItem &)`, `set(LayoutItem &, const Value &)`,
 * `kMergeId` and `text()`. Consecutive edits of the same items merge while the command is open
 * (a drag in progress or a spin box being stepped); a command whose values end where they
 * started marks itself obsolete and leaves the stack.
 */
template <typename Property>
class CmdItemEdit : public QUndoCommand
{
public:
    using Value = typename Property::Value;
    using Change = std::pair<QString, Value>;

    /** Items must exist in the variant (validated by the caller). open: later edits may merge in. */
    CmdItemEdit(ProjectDocument *document, const QString &variantId, std::vector<Change> changes, bool open = false)
        : QUndoCommand(Property::text()), mDocument(document), mVariantId(variantId), mNew(std::move(changes)),
          mOpen(open)
    {
        const core::Variant *variant = document->project().findVariant(variantId);
        Q_ASSERT(variant);
        mOld.reserve(mNew.size());
        for (const auto &change : mNew) {
            const core::LayoutItem *item = variant->findItem(change.first);
            Q_ASSERT(item);
            mOld.emplace_back(change.first, Property::get(*item));
        }
        // An edit that changes nothing never reaches the stack (QUndoStack drops obsolete pushes).
        setObsolete(mOld == mNew && !mOpen);
    }

    void redo() override { apply(mNew); }
    void undo() override { apply(mOld); }
    int id() const override { return int(Property::kMergeId); }

    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const CmdItemEdit *>(other);
        if (!mOpen || next->mVariantId != mVariantId || next->mNew.size() != mNew.size())
            return false;
        for (std::size_t i = 0; i < mNew.size(); ++i) {
            if (next->mNew[i].first != mNew[i].first)
                return false;
        }
        mNew = next->mNew;
        mOpen = next->mOpen;
        setObsolete(mNew == mOld);
        return true;
    }

private:
    void apply(const std::vector<Change> &values)
    {
        const core::Variant *variant = mDocument->project().findVariant(mVariantId);
        Q_ASSERT(variant);
        for (const auto &change : values) {
            core::LayoutItem item = *variant->findItem(change.first);
            Property::set(item, change.second);
            mDocument->replaceItem(mVariantId, item);
        }
    }

    ProjectDocument *mDocument;
    QString mVariantId;
    std::vector<Change> mOld;
    std::vector<Change> mNew;
    bool mOpen;
};

} // namespace taktflow::app
