// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/layoutworkspace.h"

#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layoutview.h"

#include <QVBoxLayout>

namespace taktflow::app {

LayoutWorkspace::LayoutWorkspace(ProjectDocument *document, LiveAnalysis *analysis, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("layoutWorkspace"));
    mScene = new LayoutScene(document, analysis, this);
    mView = new LayoutView(mScene, this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mView);
    connect(mScene, &LayoutScene::contentChanged, this, [this] {
        mView->setAutoFit(true);
        mView->fitToContent();
    });
}

void LayoutWorkspace::showItems(const QStringList &itemIds)
{
    QRectF bounds;
    for (const QString &id : itemIds) {
        if (const auto *graphic = mScene->graphicFor(id))
            bounds = bounds.isNull() ? graphic->footprintSceneRect() : bounds.united(graphic->footprintSceneRect());
    }
    if (!bounds.isNull())
        mView->centerOn(bounds.center());
}

} // namespace taktflow::app
