// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/liveanalysis.h"

#include "app/document/projectdocument.h"

#include <QTimer>

namespace taktflow::app {

namespace {

bool sameFindings(const std::vector<core::LayoutFinding> &a, const std::vector<core::LayoutFinding> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (a[i].kind != b[i].kind || a[i].itemIds != b[i].itemIds || a[i].message != b[i].message)
            return false;
    }
    return true;
}

} // namespace

LiveAnalysis::LiveAnalysis(ProjectDocument *document, QObject *parent) : QObject(parent), mDocument(document)
{
    connect(document, &ProjectDocument::projectReset, this, &LiveAnalysis::scheduleRebuild);
    connect(document, &ProjectDocument::currentVariantChanged, this, &LiveAnalysis::scheduleRebuild);
    connect(document, &ProjectDocument::variantContentChanged, this, [this](const QString &variantId) {
        if (variantId == mDocument->currentVariantId())
            scheduleRebuild();
    });
    // Station assignments feed the line and automation figures.
    connect(document, &ProjectDocument::linesChanged, this, [this](const QString &variantId) {
        if (variantId == mDocument->currentVariantId())
            scheduleRebuild();
    });
    auto structural = [this](const QString &variantId, const QString &) {
        if (variantId == mDocument->currentVariantId())
            scheduleRebuild();
    };
    connect(document, &ProjectDocument::itemAdded, this, structural);
    connect(document, &ProjectDocument::itemRemoved, this, structural);
    connect(document, &ProjectDocument::itemChanged, this, &LiveAnalysis::itemChanged);
    scheduleRebuild();
}

LiveAnalysis::~LiveAnalysis() = default;

void LiveAnalysis::flush()
{
    if (mRebuildPending)
        rebuild();
    else if (mCollectPending)
        collectAndNotify();
}

void LiveAnalysis::collectAndNotify()
{
    if (!mCollectPending)
        return;
    mCollectPending = false;
    const std::vector<core::LayoutFinding> before = std::move(mFindings);
    collect();
    emit updated(!sameFindings(before, mFindings));
}

void LiveAnalysis::scheduleRebuild()
{
    if (mRebuildPending)
        return;
    mRebuildPending = true;
    QTimer::singleShot(0, this, &LiveAnalysis::flush);
}

void LiveAnalysis::rebuild()
{
    mRebuildPending = false;
    mCollectPending = false;
    const core::Variant *variant = mDocument->currentVariant();
    if (variant)
        mAnalysis = std::make_unique<core::LayoutAnalysis>(mDocument->project(), *variant);
    else
        mAnalysis.reset();
    collect();
    emit updated(true);
}

void LiveAnalysis::itemChanged(const QString &variantId, const QString &itemId)
{
    if (!mAnalysis || mRebuildPending || variantId != mDocument->currentVariantId())
        return;
    const core::LayoutItem *item = mDocument->currentVariant()->findItem(itemId);
    if (!item)
        return;
    const int index = mAnalysis->indexOf(itemId);
    // A type change alters the item's role (solid, aisle, outline): rebuild rather than patch.
    if (index < 0 || mAnalysis->variant().items[std::size_t(index)].type != item->type) {
        scheduleRebuild();
        return;
    }
    mAnalysis->itemMoved(index, *item);
    // A multi-item drag step changes many items; findings and views follow once per step.
    if (!mCollectPending) {
        mCollectPending = true;
        QTimer::singleShot(0, this, &LiveAnalysis::collectAndNotify);
    }
}

void LiveAnalysis::collect()
{
    mFindings.clear();
    mConflicting.clear();
    if (!mAnalysis)
        return;
    mFindings = mAnalysis->findings();
    for (const auto &finding : mFindings) {
        if (finding.kind == core::FindingKind::Overlap || finding.kind == core::FindingKind::Clearance) {
            for (const QString &id : finding.itemIds)
                mConflicting.insert(id);
        }
    }
}

} // namespace taktflow::app
