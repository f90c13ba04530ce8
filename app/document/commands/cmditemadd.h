// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QString>
#include <QStringList>
#include <QUndoCommand>

#include <vector>

namespace taktflow::app {

class ProjectDocument;

/** Adds items to a variant (placing from the library, pasting). Ids must be new in the variant. */
class CmdItemAdd : public QUndoCommand
{
public:
    CmdItemAdd(ProjectDocument *document, const QString &variantId, std::vector<core::LayoutItem> items,
               const QString &text = {});

    void redo() override;
    void undo() override;

private:
    ProjectDocument *mDocument;
    QString mVariantId;
    /** Owned while undone. */
    std::vector<core::LayoutItem> mItems;
};

/**
 * Removes items; the command owns them until undo puts them back at their former places.
 * Flows from or to a removed item and routing steps through it go with it (a flow to nowhere
 * makes the model invalid) and come back on undo.
 */
class CmdItemRemove : public QUndoCommand
{
public:
    /** Unknown ids are dropped here, so the command never fails. */
    CmdItemRemove(ProjectDocument *document, const QString &variantId, const QStringList &itemIds);

    void redo() override;
    void undo() override;
    bool isEmpty() const { return mIds.isEmpty(); }

private:
    ProjectDocument *mDocument;
    QString mVariantId;
    QStringList mIds;
    std::vector<core::LayoutItem> mTaken;
    std::vector<int> mIndices;
    /** Flows and products as they were, when removing the items left some pointing nowhere. */
    std::vector<core::MaterialFlow> mFlowsBefore;
    std::vector<core::Product> mProductsBefore;
    bool mReferencesChanged = false;
};

/** A fresh item id for a variant: prefix plus the first free number ("M12"). */
QString uniqueItemId(const core::Variant &variant, const QString &prefix, const QStringList &alsoTaken = {});

} // namespace taktflow::app
