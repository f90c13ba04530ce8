// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/linecontext.h"

#include "app/document/projectdocument.h"
#include "app/gui/line/taktderivation.h"

#include <QComboBox>

namespace taktflow::app {

LineContext::LineContext(ProjectDocument *document, QObject *parent)
    : QObject(parent)
    , mDocument(document)
{
    connect(document, &ProjectDocument::projectReset, this, &LineContext::followDocument);
    connect(document, &ProjectDocument::currentVariantChanged, this, &LineContext::followDocument);
    connect(document, &ProjectDocument::variantContentChanged, this, [this](const QString &variantId) {
        if (variantId == mDocument->currentVariantId())
            followDocument();
    });
    connect(document, &ProjectDocument::linesChanged, this, [this](const QString &variantId) {
        if (variantId == mDocument->currentVariantId())
            followDocument();
    });
    followDocument();
}

QString LineContext::variantId() const
{
    return mDocument->currentVariantId();
}

const core::ProductionLine *LineContext::line() const
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant)
        return nullptr;
    for (const auto &line : variant->lines) {
        if (line.id == mLineId)
            return &line;
    }
    return nullptr;
}

void LineContext::setLineId(const QString &lineId)
{
    if (lineId == mLineId)
        return;
    mLineId = lineId;
    emit lineChanged();
}

double LineContext::taktTimeS() const
{
    const core::ProductionLine *shown = line();
    if (!shown)
        return 0.0;
    const TaktDerivation takt = deriveTakt(*shown);
    return takt.ok ? takt.taktTimeS : 0.0;
}

void LineContext::push(QUndoCommand *command)
{
    mDocument->undoStack()->push(command);
}

void LineContext::fillLineChoice(QComboBox *choice) const
{
    const QSignalBlocker block(choice);
    choice->clear();
    if (const core::Variant *variant = mDocument->currentVariant()) {
        for (const auto &line : variant->lines)
            choice->addItem(line.name.isEmpty() ? line.id : line.name, line.id);
    }
    choice->setCurrentIndex(choice->findData(mLineId));
    choice->setEnabled(choice->count() > 0);
}

void LineContext::followDocument()
{
    // Keep the shown line while it exists (undo of an add removes it); else show the first.
    const core::Variant *variant = mDocument->currentVariant();
    if (!line())
        mLineId = variant && !variant->lines.empty() ? variant->lines.front().id : QString();
    emit lineChanged();
}

} // namespace taktflow::app
