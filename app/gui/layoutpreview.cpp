// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layoutpreview.h"

#include "app/document/projectdocument.h"

#include <QPainter>

namespace taktflow::app {

LayoutPreview::LayoutPreview(ProjectDocument *document, QWidget *parent) : QWidget(parent), mDocument(document)
{
    mOptions.showFlows = true;
    setMinimumSize(240, 160);
    setAccessibleName(tr("Layout drawing"));
    const auto updateIfShown = [this](const QString &variantId) {
        if (variantId == mVariantId)
            update();
    };
    connect(mDocument, &ProjectDocument::variantContentChanged, this, updateIfShown);
    connect(mDocument, &ProjectDocument::itemAdded, this, updateIfShown);
    connect(mDocument, &ProjectDocument::itemRemoved, this, updateIfShown);
    connect(mDocument, &ProjectDocument::itemChanged, this, updateIfShown);
    connect(mDocument, &ProjectDocument::projectReset, this, qOverload<>(&QWidget::update));
}

void LayoutPreview::setVariant(const QString &variantId)
{
    mVariantId = variantId;
    update();
}

void LayoutPreview::setHighlighted(const QSet<QString> &itemIds)
{
    mOptions.highlighted = itemIds;
    update();
}

void LayoutPreview::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    const core::Variant *variant = mDocument->project().findVariant(mVariantId);
    if (!variant) {
        painter.drawText(rect(), Qt::AlignCenter, tr("No variant selected"));
        return;
    }
    const QRectF target = QRectF(rect()).adjusted(12, 12, -12, -12);
    painter.setWorldTransform(render::floorToDevice(render::layoutBoundsM(*variant), target));
    render::paintLayout(painter, *variant, mOptions);
}

} // namespace taktflow::app
