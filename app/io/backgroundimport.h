// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/backgroundplan.h"

#include <QImage>
#include <QPainterPath>
#include <QString>

namespace taktflow::app::io {

/** An imported background: a vector drawing (DXF, y up, drawing units) or an image. */
struct BackgroundImport {
    core::BackgroundKind kind = core::BackgroundKind::Drawing;
    QPainterPath drawing;
    QImage image;
    /** The file's bytes as read: what the project keeps (core::BackgroundPlan::data). */
    QByteArray source;
    /** Entities read (DXF); entities past the limit are dropped and counted in skipped. */
    int entities = 0;
    int skipped = 0;
    /** Empty on success, else a translated message naming the file. */
    QString error;
    bool ok() const { return error.isEmpty(); }
};

/** Limits applied to untrusted background files. */
struct ImportLimits {
    qint64 maxFileBytes = core::kMaxBackgroundBytes;
    int maxEntities = 400000;
    int maxImageSidePx = 16384;
    int maxImageMegabytes = 512;
};

/**
 * Reads an ASCII DXF drawing (lines, polylines, circles, arcs of model space) through dxflib.
 * The file is checked before dxflib sees it: size, text, a DXF section header; garbage gives
 * an error, never a crash.
 */
BackgroundImport importDxf(const QString &path, const ImportLimits &limits = {});

/** Reads a raster image (PNG, JPEG, BMP ...) within the size limits. */
BackgroundImport importImage(const QString &path, const ImportLimits &limits = {});

/** Chooses by suffix: .dxf is a drawing, anything else an image. */
BackgroundImport importBackground(const QString &path, const ImportLimits &limits = {});

/**
 * Decodes a background kept in a project (its source bytes) with the same checks as an
 * import; name is what messages call it.
 */
BackgroundImport decodeBackground(const QByteArray &source, core::BackgroundKind kind, const QString &name,
                                  const ImportLimits &limits = {});

} // namespace taktflow::app::io
