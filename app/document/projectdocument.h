// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"
#include "core/storage/projectfile.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUndoStack>

#include <memory>

class QLockFile;

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
    ~ProjectDocument() override;

    const core::Project &project() const { return mProject; }
    QString filePath() const { return mFilePath; }
    /** The name shown in the title bar: file name, or "Untitled". */
    QString displayName() const;
    bool isModified() const { return !mUndoStack.isClean(); }
    QUndoStack *undoStack() { return &mUndoStack; }

    /** Replaces the model with a new one (New, Open, sample); clears undo history and selection. */
    void reset(core::Project project, const QString &filePath);
    /**
     * Opens a project and locks it (a lock file beside it) against a second Taktflow. When
     * another running Taktflow holds the lock the project opens read-only (readOnlyReason()).
     */
    core::FileResult open(const QString &path);
    /** Saves to path (atomically); refused for the file of a read-only document or a path locked elsewhere. */
    core::FileResult saveAs(const QString &path);
    /** True when the file is open in another Taktflow: Save is refused, Save As still works. */
    bool isReadOnly() const { return !mReadOnlyReason.isEmpty(); }
    /** Translated explanation naming the file and who holds it; empty when writable. */
    QString readOnlyReason() const { return mReadOnlyReason; }
    /**
     * Replaces the model with work recovered from an autosave of filePath: like reset(), but
     * the document counts as modified until it is saved.
     */
    void restoreRecovered(core::Project project, const QString &filePath);

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
    /** Sets or removes a variant's background floor plan; for CmdBackgroundSet. */
    void setBackground(const QString &variantId, const std::optional<core::BackgroundPlan> &plan);
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
    /** A variant's background floor plan was set, moved, scaled or removed. */
    void backgroundChanged(const QString &variantId);
    /** Project-wide settings changed (KPI weights, cost figures, emission factor ...). */
    void projectSettingsChanged();
    void selectionChanged(const QSet<QString> &itemIds);
    void filePathChanged(const QString &path);
    void modifiedChanged(bool modified);
    void readOnlyChanged(bool readOnly);

private:
    core::Variant *variant(const QString &variantId);
    /** Locks path for this process; on failure returns the reason (another instance holds it). */
    QString acquireLock(const QString &path, std::unique_ptr<QLockFile> *lock) const;
    void setReadOnlyReason(const QString &reason);

    core::Project mProject;
    QString mFilePath;
    QString mCurrentVariantId;
    QSet<QString> mSelection;
    QUndoStack mUndoStack;
    std::unique_ptr<QLockFile> mLock;
    QString mReadOnlyReason;
};

} // namespace taktflow::app
