// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/commands/cmdbackground.h"

#include "app/document/commands/mergeid.h"
#include "app/document/projectdocument.h"

namespace taktflow::app {

CmdBackgroundSet::CmdBackgroundSet(ProjectDocument *document, const QString &variantId,
                                   std::optional<core::BackgroundPlan> plan, const QString &text, bool open)
    : QUndoCommand(text), mDocument(document), mVariantId(variantId), mNew(std::move(plan)), mOpen(open)
{
    const core::Variant *variant = document->project().findVariant(variantId);
    Q_ASSERT(variant);
    mOld = variant->background;
    setObsolete(mOld == mNew && !mOpen);
}

void CmdBackgroundSet::redo()
{
    mDocument->setBackground(mVariantId, mNew);
}

void CmdBackgroundSet::undo()
{
    mDocument->setBackground(mVariantId, mOld);
}

int CmdBackgroundSet::id() const
{
    return int(MergeId::Background);
}

bool CmdBackgroundSet::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const CmdBackgroundSet *>(other);
    if (!mOpen || next->mVariantId != mVariantId)
        return false;
    mNew = next->mNew;
    mOpen = next->mOpen;
    setObsolete(mNew == mOld);
    return true;
}

} // namespace taktflow::app
