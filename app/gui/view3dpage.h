// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QWidget>

namespace taktflow::app {

class ProjectDocument;
namespace view3d {
class PlantView3D;
}

/**
 * The "3D" workspace page. The Qt 3D view is created the first time the page is shown, so
 * starting the application (and every test) does not pay for an OpenGL scene nobody looks at.
 */
class View3DPage : public QWidget
{
    Q_OBJECT

public:
    explicit View3DPage(ProjectDocument *document, QWidget *parent = nullptr);

    /** The 3D view, creating it when needed. */
    view3d::PlantView3D *view();
    /** A rendered picture of the current variant; null when 3D is unavailable or not created yet. */
    QImage snapshot();

protected:
    void showEvent(QShowEvent *event) override;

private:
    ProjectDocument *mDocument;
    view3d::PlantView3D *mView = nullptr;
};

} // namespace taktflow::app
