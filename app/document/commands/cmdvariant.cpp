// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/commands/cmdvariant.h"

#include <algorithm>

#include "app/document/projectdocument.h"

#include <QCoreApplication>

namespace taktflow::app {

CmdVariantAdd::CmdVariantAdd(ProjectDocument *document, core::Variant variant, int index, const QString &text)
    : QUndoCommand(text), mDocument(document), mVariant(std::move(variant)), mIndex(index)
{
}

void CmdVariantAdd::redo()
{
    mPreviousCurrent = mDocument->currentVariantId();
    mDocument->insertVariant(mIndex, mVariant);
    mDocument->setCurrentVariant(mVariant.id);
}

void CmdVariantAdd::undo()
{
    mVariant = mDocument->takeVariant(mVariant.id);
    if (mDocument->project().findVariant(mPreviousCurrent))
        mDocument->setCurrentVariant(mPreviousCurrent);
}

CmdVariantRemove::CmdVariantRemove(ProjectDocument *document, const QString &variantId)
    : mDocument(document), mVariantId(variantId)
{
    const core::Variant *variant = document->project().findVariant(variantId);
    Q_ASSERT(variant);
    setText(QCoreApplication::translate("Commands", "Delete variant %1").arg(variant->name));
}

void CmdVariantRemove::redo()
{
    mTaken = mDocument->takeVariant(mVariantId, &mIndex);
}

void CmdVariantRemove::undo()
{
    mDocument->insertVariant(mIndex, mTaken);
    mDocument->setCurrentVariant(mVariantId);
    mTaken = {};
}

CmdVariantRename::CmdVariantRename(ProjectDocument *document, const QString &variantId, const QString &name)
    : mDocument(document), mVariantId(variantId), mNewName(name)
{
    const core::Variant *variant = document->project().findVariant(variantId);
    Q_ASSERT(variant);
    mOldName = variant->name;
    setText(QCoreApplication::translate("Commands", "Rename variant to %1").arg(name));
}

void CmdVariantRename::redo()
{
    apply(mNewName);
}

void CmdVariantRename::undo()
{
    apply(mOldName);
}

void CmdVariantRename::apply(const QString &name)
{
    core::Variant variant = *mDocument->project().findVariant(mVariantId);
    variant.name = name;
    mDocument->replaceVariant(variant);
}

QString uniqueVariantId(const core::Project &project)
{
    for (int n = 1;; ++n) {
        const QString candidate = QStringLiteral("V%1").arg(n);
        bool used = false;
        for (const auto &variant : project.variants)
            used = used || variant.id == candidate;
        if (!used)
            return candidate;
    }
}

bool variantNameTaken(const core::Project &project, const QString &name, const QString &exceptId)
{
    return std::any_of(project.variants.begin(), project.variants.end(),
                       [&](const core::Variant &v) { return v.name == name && v.id != exceptId; });
}

QString uniqueVariantName(const core::Project &project, const QString &name)
{
    QString candidate = name;
    for (int n = 2; variantNameTaken(project, candidate); ++n)
        candidate = QStringLiteral("%1 %2").arg(name).arg(n);
    return candidate;
}

} // namespace taktflow::app
