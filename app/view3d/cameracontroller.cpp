// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/cameracontroller.h"

#include <Qt3DRender/QCamera>

#include <QKeyEvent>
#include <QMouseEvent>
#include <QWheelEvent>
#include <QWindow>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>

namespace taktflow::app::view3d {

namespace {

constexpr float fieldOfViewDeg = 45.0f;
constexpr float walkStepM = 0.5f;

struct Angles {
    float yawDeg;
    float pitchDeg;
};

Angles presetAngles(ViewPreset preset)
{
    switch (preset) {
    case ViewPreset::Top: return {0.0f, 90.0f};
    case ViewPreset::Front: return {0.0f, 8.0f};
    case ViewPreset::Side: return {90.0f, 8.0f};
    case ViewPreset::Isometric: return {35.0f, 40.0f};
    }
    return {35.0f, 35.264f};
}

} // namespace

CameraController::CameraController(Qt3DRender::QCamera *camera, QObject *parent) : QObject(parent), mCamera(camera)
{
    mCamera->lens()->setPerspectiveProjection(fieldOfViewDeg, mCamera->aspectRatio(), 0.1f, 1000.0f);
    // The window learns its size after the first fit; refit until the user moves the camera.
    connect(mCamera, &Qt3DRender::QCamera::aspectRatioChanged, this, [this] {
        if (mAutoFit)
            fitAll();
    });
    apply();
}

void CameraController::setSceneBounds(const core::SceneBox3D &b)
{
    mBoundsMin = QVector3D(float(b.minXM), float(b.minZM), float(-b.maxYM));
    mBoundsMax = QVector3D(float(b.maxXM), float(std::max(b.maxZM, b.minZM + 1.0)), float(-b.minYM));
    apply();
}

void CameraController::setPreset(ViewPreset preset)
{
    if (mWalk)
        setWalkMode(false);
    const Angles a = presetAngles(preset);
    mYawDeg = a.yawDeg;
    mPitchDeg = a.pitchDeg;
    fitAll();
}

QVector3D CameraController::orbitDirection() const
{
    const float yaw = qDegreesToRadians(mYawDeg), pitch = qDegreesToRadians(mPitchDeg);
    return {std::cos(pitch) * std::sin(yaw), std::sin(pitch), std::cos(pitch) * std::cos(yaw)};
}

float CameraController::sceneRadius() const
{
    return std::max(1.0f, (mBoundsMax - mBoundsMin).length() / 2.0f);
}

void CameraController::fitAll()
{
    if (mWalk)
        setWalkMode(false);
    mTarget = (mBoundsMin + mBoundsMax) / 2.0f;
    // Projects the box corners onto the view axes and takes the distance at which the farthest
    // one just fits the field of view: tighter than a bounding sphere for a flat floor. Near
    // corners look larger in perspective, so the target then moves to centre the picture.
    const QVector3D back = orbitDirection();
    const float yaw = qDegreesToRadians(mYawDeg);
    const QVector3D right(std::cos(yaw), 0.0f, -std::sin(yaw));
    const QVector3D up = QVector3D::crossProduct(back, right).normalized();
    const float tanV = std::tan(qDegreesToRadians(fieldOfViewDeg) / 2.0f);
    const float tanH = tanV * std::max(0.2f, mCamera->aspectRatio());
    std::array<QVector3D, 8> corners;
    for (int i = 0; i < 8; ++i) {
        corners[size_t(i)] = QVector3D((i & 1) ? mBoundsMax.x() : mBoundsMin.x(), (i & 2) ? mBoundsMax.y() : mBoundsMin.y(),
                                       (i & 4) ? mBoundsMax.z() : mBoundsMin.z());
    }
    for (int pass = 0; pass < 3; ++pass) {
        float needed = 1.0f;
        for (const QVector3D &corner : corners) {
            const QVector3D p = corner - mTarget;
            const float towardsCamera = QVector3D::dotProduct(p, back);
            needed = std::max(needed, std::abs(QVector3D::dotProduct(p, right)) / tanH + towardsCamera);
            needed = std::max(needed, std::abs(QVector3D::dotProduct(p, up)) / tanV + towardsCamera);
        }
        mDistance = needed * 1.04f;
        float minX = 1e9f, maxX = -1e9f, minY = 1e9f, maxY = -1e9f;
        for (const QVector3D &corner : corners) {
            const QVector3D p = corner - mTarget;
            const float depth = std::max(0.01f, mDistance - QVector3D::dotProduct(p, back));
            const float x = QVector3D::dotProduct(p, right) / (depth * tanH);
            const float y = QVector3D::dotProduct(p, up) / (depth * tanV);
            minX = std::min(minX, x);
            maxX = std::max(maxX, x);
            minY = std::min(minY, y);
            maxY = std::max(maxY, y);
        }
        mTarget += right * ((minX + maxX) / 2.0f * mDistance * tanH) + up * ((minY + maxY) / 2.0f * mDistance * tanV);
    }
    apply();
    mAutoFit = true;
}

void CameraController::orbit(float yawDeg, float pitchDeg)
{
    mAutoFit = false;
    mYawDeg = std::fmod(mYawDeg + yawDeg, 360.0f);
    mPitchDeg = std::clamp(mPitchDeg + pitchDeg, mWalk ? -80.0f : 2.0f, mWalk ? 80.0f : 90.0f);
    apply();
}

void CameraController::pan(float dxPx, float dyPx, float viewportHeightPx)
{
    mAutoFit = false;
    const float metresPerPx =
        2.0f * mDistance * std::tan(qDegreesToRadians(fieldOfViewDeg) / 2.0f) / std::max(1.0f, viewportHeightPx);
    const float yaw = qDegreesToRadians(mYawDeg);
    const QVector3D right(std::cos(yaw), 0.0f, -std::sin(yaw));
    const QVector3D up = QVector3D::crossProduct(orbitDirection(), right).normalized();
    mTarget += (-dxPx * right + dyPx * up) * metresPerPx;
    apply();
}

void CameraController::zoom(float steps)
{
    mAutoFit = false;
    if (mWalk) {
        walk(steps * 1.0f, 0.0f);
        return;
    }
    mDistance = std::clamp(mDistance * std::pow(0.85f, steps), 0.5f, sceneRadius() * 20.0f);
    apply();
}

void CameraController::setWalkMode(bool walk)
{
    mAutoFit = false;
    if (walk == mWalk)
        return;
    mWalk = walk;
    if (mWalk) {
        // Stand where the camera looks down to, at eye height, facing the same way.
        const QVector3D margin(2, 0, 2);
        const QVector3D ground = mTarget + orbitDirection() * mDistance * 0.5f;
        mEye = QVector3D(std::clamp(ground.x(), mBoundsMin.x() - margin.x(), mBoundsMax.x() + margin.x()), eyeHeightM,
                         std::clamp(ground.z(), mBoundsMin.z() - margin.z(), mBoundsMax.z() + margin.z()));
        mPitchDeg = 0.0f;
    } else {
        const float yaw = qDegreesToRadians(mYawDeg);
        mTarget = QVector3D(mEye.x() - 10.0f * std::sin(yaw), 0.0f, mEye.z() - 10.0f * std::cos(yaw));
        mDistance = 25.0f;
        mPitchDeg = 35.0f;
    }
    apply();
    emit walkModeChanged(mWalk);
}

void CameraController::walk(float forwardM, float rightM)
{
    if (!mWalk)
        return;
    const float yaw = qDegreesToRadians(mYawDeg);
    const QVector3D forward(-std::sin(yaw), 0.0f, -std::cos(yaw));
    const QVector3D right(std::cos(yaw), 0.0f, -std::sin(yaw));
    mEye += forward * forwardM + right * rightM;
    mEye.setY(eyeHeightM);
    apply();
}

void CameraController::apply()
{
    const QVector3D direction = orbitDirection();
    const float yaw = qDegreesToRadians(mYawDeg);
    const QVector3D right(std::cos(yaw), 0.0f, -std::sin(yaw));
    // The camera's own up vector stays defined looking straight down (top view: north up).
    const QVector3D up = QVector3D::crossProduct(direction, right).normalized();
    const float radius = sceneRadius();
    if (mWalk) {
        mCamera->setNearPlane(0.05f);
        mCamera->setFarPlane(radius * 4.0f + 100.0f);
        mCamera->setPosition(mEye);
        mCamera->setViewCenter(mEye - direction);
    } else {
        mCamera->setNearPlane(std::max(0.05f, (mDistance - radius * 2.0f) * 0.5f));
        mCamera->setFarPlane(mDistance + radius * 3.0f);
        mCamera->setPosition(mTarget + direction * mDistance);
        mCamera->setViewCenter(mTarget);
    }
    mCamera->setUpVector(up);
    emit viewChanged(mYawDeg, mPitchDeg);
}

bool CameraController::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        const auto *e = static_cast<QMouseEvent *>(event);
        mPressPos = mLastPos = e->position().toPoint();
        mDragged = false;
        break;
    }
    case QEvent::MouseMove: {
        const auto *e = static_cast<QMouseEvent *>(event);
        const QPoint pos = e->position().toPoint();
        const QPoint delta = pos - mLastPos;
        mLastPos = pos;
        if ((pos - mPressPos).manhattanLength() > 4)
            mDragged = true;
        const bool panning = (e->buttons() & (Qt::RightButton | Qt::MiddleButton))
                             || ((e->buttons() & Qt::LeftButton) && (e->modifiers() & Qt::ShiftModifier));
        if (panning && !mWalk) {
            auto *window = qobject_cast<QWindow *>(watched);
            pan(float(delta.x()), float(delta.y()), window ? float(window->height()) : 600.0f);
        } else if (panning && mWalk) {
            walk(-delta.y() * 0.05f, delta.x() * 0.05f);
        } else if (e->buttons() & Qt::LeftButton) {
            // Orbit turns the scene with the mouse; walking turns the head against it.
            const float sign = mWalk ? -1.0f : 1.0f;
            orbit(-delta.x() * 0.4f * sign, delta.y() * 0.3f * sign);
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        const auto *e = static_cast<QMouseEvent *>(event);
        if (e->button() == Qt::LeftButton && !mDragged)
            emit clicked(e->position().toPoint(), e->modifiers());
        break;
    }
    case QEvent::Wheel: {
        const auto *e = static_cast<QWheelEvent *>(event);
        zoom(float(e->angleDelta().y()) / 120.0f);
        return true;
    }
    case QEvent::KeyPress: {
        const auto *e = static_cast<QKeyEvent *>(event);
        const float step = walkStepM * ((e->modifiers() & Qt::ShiftModifier) ? 4.0f : 1.0f);
        if (!mWalk)
            break;
        switch (e->key()) {
        case Qt::Key_W: case Qt::Key_Up: walk(step, 0); return true;
        case Qt::Key_S: case Qt::Key_Down: walk(-step, 0); return true;
        case Qt::Key_A: walk(0, -step); return true;
        case Qt::Key_D: walk(0, step); return true;
        case Qt::Key_Left: orbit(5.0f, 0); return true;
        case Qt::Key_Right: orbit(-5.0f, 0); return true;
        case Qt::Key_Escape: setWalkMode(false); return true;
        default: break;
        }
        break;
    }
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace taktflow::app::view3d
