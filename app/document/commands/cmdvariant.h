// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <QUndoCommand>

namespace taktflow::app {

class ProjectDocument;

/** Adds a variant (new, duplicate, optimisation result) at an index. Its id must be new. */
class CmdVariantAdd : public QUndoCommand
{
public:
    CmdVariantAdd(ProjectDocument *document, core::Variant variant, int index, const QString &text);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *mDocument;
    core::Variant mVariant;
    int mIndex;
    QString mPreviousCurrent;
};

/** Removes a variant; the command owns it until undo. The last variant cannot be removed (validate first). */
class CmdVariantRemove : public QUndoCommand
{
public:
    CmdVariantRemove(ProjectDocument *document, const QString &variantId);
    void redo() override;
    void undo() override;

private:
    ProjectDocument *mDocument;
    QString mVariantId;
    core::Variant mTaken;
    int mIndex = 0;
};

/** Renames a variant. */
class CmdVariantRename : public QUndoCommand
{
public:
    CmdVariantRename(ProjectDocument *document, const QString &variantId, const QString &name);
    void redo() override;
    void undo() override;

private:
    void apply(const QString &name);

    ProjectDocument *mDocument;
    QString mVariantId;
    QString mOldName;
    QString mNewName;
};

/** A variant id not used in the project: "V" plus the first free number. */
QString uniqueVariantId(const core::Project &project);

/** True when a variant other than exceptId is called name (names must be unique in a project). */
bool variantNameTaken(const core::Project &project, const QString &name, const QString &exceptId = {});
/** name when no variant has it yet, else "name 2", "name 3" ... (the first free one). */
QString uniqueVariantName(const core::Project &project, const QString &name);

} // namespace taktflow::app
