// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scene3d/scene3d.h"

#include <QObject>
#include <QPoint>
#include <QVector3D>

namespace Qt3DRender {
class QCamera;
}

namespace taktflow::app::view3d {

enum class ViewPreset { Top, Front, Side, Isometric };

/**
 * Drives the camera: orbit about a target (left drag), pan (right or middle drag, or Shift+left),
 * zoom (wheel), preset views, fit all, and a walk-through at eye height (WASD or arrows to walk,
 * drag to look, wheel to step). Install it as an event filter on the 3D window.
 */
class CameraController : public QObject
{
    Q_OBJECT

public:
    static constexpr float eyeHeightM = 1.7f;

    CameraController(Qt3DRender::QCamera *camera, QObject *parent = nullptr);

    /** The scene's extent (floor metres, as in the scene description) for fit and clipping. */
    void setSceneBounds(const core::SceneBox3D &boundsM);
    /** Looks from a preset direction and fits the scene; leaves walk mode. */
    void setPreset(ViewPreset preset);
    /** Frames the whole scene from the current direction. */
    void fitAll();
    void orbit(float yawDeg, float pitchDeg);
    /** Moves the target by a drag of (dxPx, dyPx) in a viewport viewportHeightPx tall. */
    void pan(float dxPx, float dyPx, float viewportHeightPx);
    /** Positive steps move closer. */
    void zoom(float steps);

    void setWalkMode(bool walk);
    bool walkMode() const { return mWalk; }
    /** Walks along the floor: forward along the view direction, right sideways (metres). */
    void walk(float forwardM, float rightM);

    float yawDeg() const { return mYawDeg; }
    float pitchDeg() const { return mPitchDeg; }
    QVector3D target() const { return mTarget; }
    float distance() const { return mDistance; }

    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    /** The camera moved; labels turn to face it. */
    void viewChanged(float yawDeg, float pitchDeg);
    void walkModeChanged(bool walk);
    /** A left click (press and release without dragging) at posPx in the window. */
    void clicked(const QPoint &posPx, Qt::KeyboardModifiers modifiers);

private:
    void apply();
    QVector3D orbitDirection() const;
    float sceneRadius() const;

    Qt3DRender::QCamera *mCamera;
    QVector3D mBoundsMin{0, 0, -40};
    QVector3D mBoundsMax{60, 5, 0};
    QVector3D mTarget{30, 0, -20};
    QVector3D mEye;
    float mDistance = 60.0f;
    float mYawDeg = 30.0f;
    float mPitchDeg = 35.0f;
    bool mWalk = false;
    QPoint mPressPos;
    QPoint mLastPos;
    bool mDragged = false;
    bool mAutoFit = false;
};

} // namespace taktflow::app::view3d
