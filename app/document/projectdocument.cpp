// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/document/projectdocument.h"

#include <QFileInfo>

namespace taktflow::app {

ProjectDocument::ProjectDocument(QObject *parent) : QObject(parent)
{
    connect(&mUndoStack, &QUndoStack::cleanChanged, this, [this](bool clean) { emit modifiedChanged(!clean); });
}

QString ProjectDocument::displayName() const
{
    return mFilePath.isEmpty() ? tr("Untitled") : QFileInfo(mFilePath).fileName();
}

void ProjectDocument::reset(core::Project project, const QString &filePath)
{
    mUndoStack.clear();
    mProject = std::move(project);
    mFilePath = filePath;
    mSelection.clear();
    mCurrentVariantId = mProject.variants.empty() ? QString() : mProject.variants.front().id;
    emit projectReset();
    emit currentVariantChanged(mCurrentVariantId);
    emit selectionChanged(mSelection);
    emit filePathChanged(mFilePath);
    emit modifiedChanged(false);
}

core::FileResult ProjectDocument::open(const QString &path)
{
    core::LoadedProject loaded = core::openProject(path);
    if (!loaded.result)
        return loaded.result;
    // A migrated file keeps its path; it is written in the new format only on an explicit Save.
    reset(std::move(*loaded.project), path);
    return core::FileResult::success();
}

core::FileResult ProjectDocument::saveAs(const QString &path)
{
    const core::FileResult result = core::saveProject(mProject, path);
    if (!result)
        return result;
    mUndoStack.setClean();
    if (path != mFilePath) {
        mFilePath = path;
        emit filePathChanged(mFilePath);
    }
    return result;
}

void ProjectDocument::setCurrentVariant(const QString &variantId)
{
    if (variantId == mCurrentVariantId)
        return;
    mCurrentVariantId = variantId;
    mSelection.clear();
    emit currentVariantChanged(mCurrentVariantId);
    emit selectionChanged(mSelection);
}

void ProjectDocument::setSelection(const QSet<QString> &itemIds)
{
    if (itemIds == mSelection)
        return;
    mSelection = itemIds;
    emit selectionChanged(mSelection);
}

void ProjectDocument::setKpiWeight(const QString &kpi, double weight)
{
    if (weight > 0)
        mProject.kpiWeights[kpi] = weight;
    else
        mProject.kpiWeights.erase(kpi);
    emit projectSettingsChanged();
}

core::Variant *ProjectDocument::variant(const QString &variantId)
{
    for (auto &v : mProject.variants) {
        if (v.id == variantId)
            return &v;
    }
    return nullptr;
}

void ProjectDocument::insertItem(const QString &variantId, int index, const core::LayoutItem &item)
{
    core::Variant *v = variant(variantId);
    Q_ASSERT(v);
    index = std::clamp(index, 0, int(v->items.size()));
    v->items.insert(v->items.begin() + index, item);
    emit itemAdded(variantId, item.id);
}

core::LayoutItem ProjectDocument::takeItem(const QString &variantId, const QString &itemId, int *index)
{
    core::Variant *v = variant(variantId);
    Q_ASSERT(v);
    for (auto it = v->items.begin(); it != v->items.end(); ++it) {
        if (it->id == itemId) {
            core::LayoutItem taken = std::move(*it);
            if (index)
                *index = int(it - v->items.begin());
            v->items.erase(it);
            if (mCurrentVariantId == variantId && mSelection.remove(itemId))
                emit selectionChanged(mSelection);
            emit itemRemoved(variantId, itemId);
            return taken;
        }
    }
    Q_ASSERT_X(false, "takeItem", "no such item");
    return {};
}

void ProjectDocument::replaceItem(const QString &variantId, const core::LayoutItem &item)
{
    core::Variant *v = variant(variantId);
    Q_ASSERT(v);
    core::LayoutItem *target = v->findItem(item.id);
    Q_ASSERT(target);
    *target = item;
    emit itemChanged(variantId, item.id);
}

void ProjectDocument::insertVariant(int index, const core::Variant &newVariant)
{
    index = std::clamp(index, 0, int(mProject.variants.size()));
    mProject.variants.insert(mProject.variants.begin() + index, newVariant);
    emit variantsChanged();
}

core::Variant ProjectDocument::takeVariant(const QString &variantId, int *index)
{
    for (auto it = mProject.variants.begin(); it != mProject.variants.end(); ++it) {
        if (it->id == variantId) {
            core::Variant taken = std::move(*it);
            if (index)
                *index = int(it - mProject.variants.begin());
            mProject.variants.erase(it);
            if (mCurrentVariantId == variantId)
                setCurrentVariant(mProject.variants.empty() ? QString() : mProject.variants.front().id);
            emit variantsChanged();
            return taken;
        }
    }
    Q_ASSERT_X(false, "takeVariant", "no such variant");
    return {};
}

void ProjectDocument::replaceVariant(const core::Variant &replacement)
{
    core::Variant *v = variant(replacement.id);
    Q_ASSERT(v);
    const bool renamed = v->name != replacement.name;
    *v = replacement;
    if (renamed)
        emit variantsChanged();
    emit variantContentChanged(replacement.id);
}

void ProjectDocument::replaceLine(const QString &variantId, const core::ProductionLine &line)
{
    core::Variant *v = variant(variantId);
    Q_ASSERT(v);
    for (auto &existing : v->lines) {
        if (existing.id == line.id) {
            existing = line;
            emit linesChanged(variantId);
            return;
        }
    }
    Q_ASSERT_X(false, "replaceLine", "no such line");
}

void ProjectDocument::insertLine(const QString &variantId, int index, const core::ProductionLine &line)
{
    core::Variant *v = variant(variantId);
    Q_ASSERT(v);
    index = std::clamp(index, 0, int(v->lines.size()));
    v->lines.insert(v->lines.begin() + index, line);
    emit linesChanged(variantId);
}

core::ProductionLine ProjectDocument::takeLine(const QString &variantId, const QString &lineId, int *index)
{
    core::Variant *v = variant(variantId);
    Q_ASSERT(v);
    for (auto it = v->lines.begin(); it != v->lines.end(); ++it) {
        if (it->id == lineId) {
            core::ProductionLine taken = std::move(*it);
            if (index)
                *index = int(it - v->lines.begin());
            v->lines.erase(it);
            emit linesChanged(variantId);
            return taken;
        }
    }
    Q_ASSERT_X(false, "takeLine", "no such line");
    return {};
}

} // namespace taktflow::app
