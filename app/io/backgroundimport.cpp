// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/io/backgroundimport.h"

#include "app/io/dxfcheck.h"
#include "core/io/boundedread.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <dl_creationadapter.h>
#include <dl_dxf.h>

#include <cmath>
#include <memory>
#include <sstream>

namespace taktflow::app::io {

namespace {

/** Collects model-space geometry from dxflib's callbacks into one painter path. */
class PathCollector : public DL_CreationAdapter
{
public:
    explicit PathCollector(int maxEntities) : mMaxEntities(maxEntities) {}

    void addBlock(const DL_BlockData &) override { mInBlock = true; }
    void endBlock() override { mInBlock = false; }

    void addLine(const DL_LineData &d) override
    {
        if (!accept({d.x1, d.y1, d.x2, d.y2}))
            return;
        path.moveTo(d.x1, d.y1);
        path.lineTo(d.x2, d.y2);
    }
    void addCircle(const DL_CircleData &d) override
    {
        if (!accept({d.cx, d.cy, d.radius}) || d.radius <= 0)
            return;
        path.addEllipse(QPointF(d.cx, d.cy), d.radius, d.radius);
    }
    void addArc(const DL_ArcData &d) override
    {
        if (!accept({d.cx, d.cy, d.radius, d.angle1, d.angle2}) || d.radius <= 0)
            return;
        const QRectF box(d.cx - d.radius, d.cy - d.radius, 2 * d.radius, 2 * d.radius);
        double sweep = d.angle2 - d.angle1;
        if (sweep <= 0)
            sweep += 360;
        // QPainterPath angles run counter-clockwise in a y-down system; the drawing's y is up.
        path.arcMoveTo(box, -d.angle1);
        path.arcTo(box, -d.angle1, -sweep);
    }
    void addPolyline(const DL_PolylineData &d) override
    {
        finishPolyline();
        if (!accept({}))
            return;
        mPolylineOpen = true;
        mPolylineClosed = d.flags & 1;
        mFirstVertex = true;
    }
    void addVertex(const DL_VertexData &d) override
    {
        if (!mPolylineOpen || !std::isfinite(d.x) || !std::isfinite(d.y))
            return;
        if (mFirstVertex) {
            path.moveTo(d.x, d.y);
            mStart = QPointF(d.x, d.y);
            mFirstVertex = false;
        } else {
            path.lineTo(d.x, d.y);
        }
    }
    void endEntity() override { finishPolyline(); }
    void endSequence() override { finishPolyline(); }

    QPainterPath path;
    int entities = 0;
    int skipped = 0;

private:
    bool accept(std::initializer_list<double> values)
    {
        if (mInBlock)
            return false;
        for (double v : values) {
            if (!std::isfinite(v) || std::abs(v) > 1e9) {
                ++skipped;
                return false;
            }
        }
        if (entities >= mMaxEntities) {
            ++skipped;
            return false;
        }
        ++entities;
        return true;
    }
    void finishPolyline()
    {
        if (mPolylineOpen && mPolylineClosed && !mFirstVertex)
            path.lineTo(mStart);
        mPolylineOpen = false;
    }

    int mMaxEntities;
    bool mInBlock = false;
    bool mPolylineOpen = false;
    bool mPolylineClosed = false;
    bool mFirstVertex = true;
    QPointF mStart;
};

QString tooLarge(const QString &name, const ImportLimits &limits)
{
    return QCoreApplication::translate("BackgroundImport", "%1 is too large for a background plan (%2 MiB at most)")
        .arg(name)
        .arg(limits.maxFileBytes / (1024 * 1024));
}

/** Reads a whole file within the size limit; an error message names it otherwise. */
QByteArray readLimited(const QString &path, const ImportLimits &limits, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    core::BoundedRead read = core::readFileBounded(path, limits.maxFileBytes);
    if (read.problem == core::BoundedRead::Problem::CannotOpen)
        *error = QCoreApplication::translate("BackgroundImport", "Cannot open %1: %2").arg(name, read.openError);
    else if (read.problem == core::BoundedRead::Problem::TooLarge)
        *error = tooLarge(name, limits);
    return std::move(read.bytes);
}

BackgroundImport decodeDxf(const QByteArray &bytes, const QString &name, const ImportLimits &limits)
{
    BackgroundImport result;
    result.kind = core::BackgroundKind::Drawing;
    if (!looksLikeAsciiDxf(bytes)) {
        result.error = QCoreApplication::translate("BackgroundImport", "%1 is not an ASCII DXF drawing").arg(name);
        return result;
    }
    std::istringstream stream(bytes.toStdString());
    PathCollector collector(limits.maxEntities);
    DL_Dxf dxf;
    try {
        dxf.in(stream, &collector);
    } catch (const std::exception &) {
        // dxflib parses numbers with std::sto*; a malformed value must not take the GUI down.
        result.error = QCoreApplication::translate("BackgroundImport", "%1 is damaged and could not be read").arg(name);
        return result;
    }
    if (collector.entities == 0) {
        result.error = QCoreApplication::translate("BackgroundImport", "%1 has no lines, polylines, circles or arcs to show").arg(name);
        return result;
    }
    result.drawing = collector.path;
    result.entities = collector.entities;
    result.skipped = collector.skipped;
    result.source = bytes;
    return result;
}

BackgroundImport decodeImage(const QByteArray &bytes, const QString &name, const ImportLimits &limits)
{
    BackgroundImport result;
    result.kind = core::BackgroundKind::Image;
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAllocationLimit(limits.maxImageMegabytes);
    // Only the raster formats a floor plan comes in reach a decoder: fewer parsers, less risk.
    static const QList<QByteArray> accepted = {"png", "jpeg", "jpg", "bmp", "tif", "tiff"};
    if (!accepted.contains(reader.format().toLower())) {
        result.error = QCoreApplication::translate("BackgroundImport", "%1 is not a PNG, JPEG, BMP or TIFF image").arg(name);
        return result;
    }
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > limits.maxImageSidePx || size.height() > limits.maxImageSidePx)) {
        result.error = QCoreApplication::translate("BackgroundImport", "%1 is too large (%2 x %3 pixels)").arg(name).arg(size.width()).arg(size.height());
        return result;
    }
    QImage image = reader.read();
    if (image.isNull()) {
        result.error = QCoreApplication::translate("BackgroundImport", "Cannot read %1: %2").arg(name, reader.errorString());
        return result;
    }
    result.image = std::move(image);
    result.entities = 1;
    result.source = bytes;
    return result;
}

} // namespace

BackgroundImport importDxf(const QString &path, const ImportLimits &limits)
{
    BackgroundImport result;
    const QByteArray bytes = readLimited(path, limits, &result.error);
    return result.ok() ? decodeDxf(bytes, QFileInfo(path).fileName(), limits) : result;
}

BackgroundImport importImage(const QString &path, const ImportLimits &limits)
{
    BackgroundImport result;
    result.kind = core::BackgroundKind::Image;
    const QByteArray bytes = readLimited(path, limits, &result.error);
    return result.ok() ? decodeImage(bytes, QFileInfo(path).fileName(), limits) : result;
}

BackgroundImport importBackground(const QString &path, const ImportLimits &limits)
{
    if (QFileInfo(path).suffix().compare(QLatin1String("dxf"), Qt::CaseInsensitive) == 0)
        return importDxf(path, limits);
    return importImage(path, limits);
}

BackgroundImport decodeBackground(const QByteArray &source, core::BackgroundKind kind, const QString &name,
                                  const ImportLimits &limits)
{
    // Files are size-checked as they are read; stored bytes are checked here.
    if (source.size() > limits.maxFileBytes) {
        BackgroundImport result;
        result.kind = kind;
        result.error = tooLarge(name, limits);
        return result;
    }
    return kind == core::BackgroundKind::Image ? decodeImage(source, name, limits) : decodeDxf(source, name, limits);
}

} // namespace taktflow::app::io
