// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/backgroundplan.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace taktflow::app {

class ProjectDocument;

/**
 * Imports, replaces, places (scale, origin, opacity, lock) or removes a variant's background
 * floor plan. The command holds both plans; their bytes are shared, not copied. An open
 * command merges the next one of the same variant (dragging an unlocked plan).
 */
class CmdBackgroundSet : public QUndoCommand
{
public:
    CmdBackgroundSet(ProjectDocument *document, const QString &variantId, std::optional<core::BackgroundPlan> plan,
                     const QString &text, bool open = false);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ProjectDocument *mDocument;
    QString mVariantId;
    std::optional<core::BackgroundPlan> mOld;
    std::optional<core::BackgroundPlan> mNew;
    bool mOpen;
};

} // namespace taktflow::app
