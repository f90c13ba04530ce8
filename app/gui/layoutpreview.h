// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/render/layoutpainter.h"

#include <QWidget>

namespace taktflow::app {

class ProjectDocument;

/** A read-only, fit-to-window drawing of one variant's layout. */
class LayoutPreview : public QWidget
{
    Q_OBJECT

public:
    explicit LayoutPreview(ProjectDocument *document, QWidget *parent = nullptr);

    void setVariant(const QString &variantId);
    void setHighlighted(const QSet<QString> &itemIds);
    QSize sizeHint() const override { return {640, 420}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    ProjectDocument *mDocument;
    QString mVariantId;
    render::LayoutPaintOptions mOptions;
};

} // namespace taktflow::app
