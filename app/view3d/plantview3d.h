// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/view3d/cameracontroller.h"
#include "app/view3d/sceneentities.h"

#include <QImage>
#include <QWidget>

class QAction;
class QLabel;
class QToolBar;
class QToolButton;

namespace Qt3DExtras {
class Qt3DWindow;
}
namespace Qt3DRender {
class QRenderCapture;
}

namespace taktflow::app {

class ProjectDocument;

namespace view3d {

/**
 * The current variant in 3D, sharing the model, selection and undo stack with the other views:
 * it follows the document's change signals one item at a time and turns clicks into
 * selections. Where OpenGL is missing it shows a message instead and creates no Qt 3D object.
 */
class PlantView3D : public QWidget
{
    Q_OBJECT

public:
    explicit PlantView3D(ProjectDocument *document, QWidget *parent = nullptr);
    ~PlantView3D() override;

    /** False when the 3D view is disabled; unavailableReason() then says why. */
    bool is3DAvailable() const { return mWindow != nullptr; }
    QString unavailableReason() const { return mUnavailableReason; }

    void setColourByAutomation(bool on);
    void setLabelsVisible(bool on);
    void setFlowsVisible(bool on);
    void setLinePathsVisible(bool on);
    void setViewPreset(ViewPreset preset);
    void fitAll();
    void setWalkMode(bool on);

    /**
     * Renders one frame and returns it (waits for the window to be exposed and for the renderer,
     * each up to timeoutMs). Null when the view is disabled, hidden, or did not answer in time.
     */
    QImage captureImage(int timeoutMs = 10000);
    /** Captures and writes a PNG; on failure returns false with a translated message. */
    bool saveScreenshot(const QString &path, QString *errorMessage = nullptr);

    /** Model files that could not be used (the items show as boxes). */
    const std::vector<ModelFinding> &modelFindings() const;

    // For tests and benchmarks; null when the view is disabled.
    SceneEntities *sceneEntities() const { return mEntities; }
    CameraController *cameraController() const { return mCamera; }
    Qt3DExtras::Qt3DWindow *window3D() const { return mWindow; }
    QToolBar *toolBar() const { return mToolBar; }

signals:
    void modelFindingsChanged();

private:
    void buildUnavailable(const QString &reason);
    void build3D(bool softwareRenderer);
    void buildToolBar();
    void connectDocument();
    void rebuild(bool fit);
    void itemTouched(const QString &variantId, const QString &itemId);
    void itemRemoved(const QString &variantId, const QString &itemId);
    void refreshFlows();
    void refreshLinePaths();
    void clicked(const QPoint &posPx, Qt::KeyboardModifiers modifiers);
    void updateFindingsButton();
    void saveScreenshotInteractively();
    QImage renderFrame(int timeoutMs);

    ProjectDocument *mDocument;
    QString mUnavailableReason;
    Qt3DExtras::Qt3DWindow *mWindow = nullptr;
    Qt3DRender::QRenderCapture *mCapture = nullptr;
    SceneEntities *mEntities = nullptr;
    CameraController *mCamera = nullptr;
    QToolBar *mToolBar = nullptr;
    QToolButton *mFindingsButton = nullptr;
    QAction *mWalkAction = nullptr;
    bool mFlowsDirty = true;
    bool mFirstFrameRendered = false;
};

} // namespace view3d
} // namespace taktflow::app
