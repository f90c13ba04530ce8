// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace taktflow::core {

/** What a background floor plan was imported from. */
enum class BackgroundKind { Drawing, Image };
/** The file spelling ("dxf", "image"). */
QString backgroundKindName(BackgroundKind kind);
std::optional<BackgroundKind> backgroundKindFromName(const QString &name);

/** Largest background source kept in a project (the imported file's bytes). */
constexpr qint64 kMaxBackgroundBytes = qint64(64) * 1024 * 1024;

/**
 * The floor plan drawn behind one variant's items: the imported file's bytes exactly as read
 * (DXF text or an image file) and where it lies on the floor. Keeping the source, not decoded
 * pixels or parsed paths, keeps the file small and lets a newer reader draw more of a DXF.
 * Variants keep their own plan because alternatives may stand in different buildings.
 */
struct BackgroundPlan {
    BackgroundKind kind = BackgroundKind::Drawing;
    /** The name of the imported file, shown to the user. */
    QString fileName;
    QByteArray data;
    /** Floor metres per drawing unit (DXF) or per pixel (image). */
    double metresPerUnit = 1.0;
    /**
     * Where the plan's origin lies on the floor, metres with y up: the drawing's (0, 0) for a
     * DXF, the top-left corner for an image.
     */
    double originXM = 0.0;
    double originYM = 0.0;
    /** 0 = invisible, 1 = opaque. */
    double opacity = 0.6;
    /** A locked plan cannot be moved with the mouse. */
    bool locked = true;

    friend bool operator==(const BackgroundPlan &, const BackgroundPlan &) = default;
};

} // namespace taktflow::core
