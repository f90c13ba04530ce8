// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/commands/cmdvariantimport.h"

#include "app/document/projectdocument.h"

namespace taktflow::app {

CmdVariantImport::CmdVariantImport(ProjectDocument *document, core::Variant imported, const QString &text)
    : mDocument(document)
    , mAfter(std::move(imported))
{
    const core::Variant *current = document->project().findVariant(mAfter.id);
    Q_ASSERT(current);
    mBefore = *current;
    setText(text);
}

void CmdVariantImport::redo()
{
    mDocument->replaceVariant(mAfter);
}

void CmdVariantImport::undo()
{
    mDocument->replaceVariant(mBefore);
}

} // namespace taktflow::app
