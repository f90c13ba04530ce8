// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/view3dpage.h"

#include "app/view3d/plantview3d.h"

#include <QVBoxLayout>

namespace taktflow::app {

View3DPage::View3DPage(ProjectDocument *document, QWidget *parent) : QWidget(parent), mDocument(document)
{
    setObjectName(QStringLiteral("view3dPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

view3d::PlantView3D *View3DPage::view()
{
    if (!mView) {
        mView = new view3d::PlantView3D(mDocument, this);
        layout()->addWidget(mView);
    }
    return mView;
}

QImage View3DPage::snapshot()
{
    if (!mView || !mView->is3DAvailable())
        return {};
    return mView->captureImage(5000);
}

void View3DPage::showEvent(QShowEvent *event)
{
    view();
    QWidget::showEvent(event);
}

} // namespace taktflow::app
