// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/variant.h"

#include <QUndoCommand>

namespace taktflow::app {

class ProjectDocument;

/**
 * Replaces a variant's content with an imported version (CSV tasks, items or flows; pasted
 * rows) as one undo step. The caller validates the new content first; the command keeps both
 * versions, so undo restores the variant exactly.
 */
class CmdVariantImport : public QUndoCommand
{
public:
    CmdVariantImport(ProjectDocument *document, core::Variant imported, const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *mDocument;
    core::Variant mBefore;
    core::Variant mAfter;
};

} // namespace taktflow::app
