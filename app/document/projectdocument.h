// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/storage/projectfile.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUndoStack>

namespace taktflow::app {

/**
 * The open project: the model, its file, its undo stack and the current selection. Views read
 * the model through project() and listen to the signals; they change it only by pushing
 * commands onto undoStack(). Commands call the edit primitives below, which emit the typed
 * change signals, so every view (2D, 3D, tables, KPIs) follows edits, undo and redo alike.
 */
class ProjectDocument : public QObject
{
    Q_OBJECT

public:
    explicit ProjectDocument(QObject *parent = nullptr);

    const core::Project &project() const { return mProject; }
    QString filePath() const { return mFilePath; }
    /** The name shown in the title bar: file name, or "Untitled". */
    QString displayName() const;
    bool isModified() const { return !mUndoStack.isClean(); }
    QUndoStack *undoStack() { return &mUndoStack; }

    /** Replaces the model with a new one (New, Open, sample); clears undo history and selection. */
    void reset(core::Project project, const QString &filePath);
    core::FileResult open(const QString &path);
    core::FileResult saveAs(const QString &path);

    /** The variant being edited (its id), shared by every view. */
    QString currentVariantId() const { return mCurrentVariantId; }
    void setCurrentVariant(const QString &variantId);
    const core::Variant *currentVariant() const { return mProject.findVariant(mCurrentVariantId); }

    /** Selected item ids of the current variant, shared by the 2D editor, 3D view and tables. */
    const QSet<QString> &selection() const { return mSelection; }
    void setSelection(const QSet<QString> &itemIds);

    // Edit primitives, for commands only. Each emits its change signal.
    void insertItem(const QString &variantId, int index, const core::LayoutItem &item);
    /** Removes and returns the item with its former index in index (for undo). */
    core::LayoutItem takeItem(const QString &variantId, const QString &itemId, int *index = nullptr);
    void replaceItem(const QString &variantId, const core::LayoutItem &item);
    void insertVariant(int index, const core::Variant &variant);
    core::Variant takeVariant(const QString &variantId, int *index = nullptr);
    void replaceVariant(const core::Variant &variant);
    /** Replaces the line with the same id; for the line commands. */
    void replaceLine(const QString &variantId, const core::ProductionLine &line);
    void insertLine(const QString &variantId, int index, const core::ProductionLine &line);
    core::ProductionLine takeLine(const QString &variantId, const QString &lineId, int *index = nullptr);
    /** Direct access for edits without a dedicated primitive; call the matching notify after. */
    core::Project &mutableProject() { return mProject; }
    void notifyVariantsChanged() { emit variantsChanged(); }
    void notifyVariantContentChanged(const QString &variantId) { emit variantContentChanged(variantId); }
    /** Sets one comparison weight (0 removes it); for CmdKpiWeight. */
    void setKpiWeight(const QString &kpi, double weight);

signals:
    /** The whole model was replaced. */
    void projectReset();
    /** Variants were added, removed, renamed or reordered. */
    void variantsChanged();
    /** Anything in a variant may have changed (lines, flows, settings): views refresh it whole. */
    void variantContentChanged(const QString &variantId);
    /** A production line (tasks, settings, stations) was added, removed or edited. */
    void linesChanged(const QString &variantId);
    void itemAdded(const QString &variantId, const QString &itemId);
    void itemRemoved(const QString &variantId, const QString &itemId);
    /** One item's properties (position, size, name ...) changed. */
    void itemChanged(const QString &variantId, const QString &itemId);
    void currentVariantChanged(const QString &variantId);
    /** Project-wide settings changed (KPI weights, cost figures, emission factor ...). */
    void projectSettingsChanged();
    void selectionChanged(const QSet<QString> &itemIds);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    core::Variant *variant(const QString &variantId);

    core::Project mProject;
    QString mFilePath;
    QString mCurrentVariantId;
    QSet<QString> mSelection;
    QUndoStack mUndoStack;
};

} // namespace taktflow::app
