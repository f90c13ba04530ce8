// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/render/backgroundpainter.h"

#include "app/io/backgroundimport.h"

#include <QMutex>
#include <QPainter>

#include <algorithm>
#include <list>

namespace taktflow::app::render {

namespace {

struct CachedDecode {
    core::BackgroundKind kind = core::BackgroundKind::Drawing;
    /** Shares the project's bytes (no copy); kept so a later plan is compared by content. */
    QByteArray source;
    QPainterPath drawing;
    QImage image;
    QString error;
};

/**
 * The last few decodes, newest first: the editor's plan plus the plans of a few variants in a
 * report, without holding many large images.
 */
class DecodeCache
{
public:
    CachedDecode decode(const core::BackgroundPlan &plan)
    {
        {
            QMutexLocker lock(&mMutex);
            auto hit = std::find_if(mEntries.begin(), mEntries.end(), [&](const CachedDecode &entry) {
                // Equal bytes usually share one buffer: compare pointers before contents.
                const bool sameBuffer =
                    entry.source.constData() == plan.data.constData() && entry.source.size() == plan.data.size();
                return entry.kind == plan.kind && (sameBuffer || entry.source == plan.data);
            });
            if (hit != mEntries.end()) {
                mEntries.splice(mEntries.begin(), mEntries, hit);
                return mEntries.front();
            }
        }
        // Decoding a large DXF takes a while: other threads keep drawing meanwhile.
        const io::BackgroundImport decoded = io::decodeBackground(plan.data, plan.kind, plan.fileName);
        CachedDecode entry{plan.kind, plan.data, decoded.drawing, decoded.image, decoded.error};
        QMutexLocker lock(&mMutex);
        mEntries.push_front(entry);
        if (mEntries.size() > kEntries)
            mEntries.pop_back();
        return entry;
    }

private:
    static constexpr std::size_t kEntries = 4;
    QMutex mMutex;
    std::list<CachedDecode> mEntries;
};

DecodeCache &decodeCache()
{
    static DecodeCache cache;
    return cache;
}

} // namespace

QRectF BackgroundPicture::unitBounds() const
{
    return image.isNull() ? drawing.boundingRect() : QRectF(image.rect());
}

QTransform BackgroundPicture::unitToFloor() const
{
    const double s = metresPerUnit > 0 ? metresPerUnit : 1.0;
    // A DXF's y points up like the floor; an image's rows run down from its top-left corner.
    return QTransform(s, 0, 0, image.isNull() ? s : -s, originXM, originYM);
}

QRectF BackgroundPicture::boundsM() const
{
    return isEmpty() ? QRectF() : unitToFloor().mapRect(unitBounds());
}

BackgroundPicture backgroundPicture(const core::BackgroundPlan &plan)
{
    const CachedDecode decoded = decodeCache().decode(plan);
    BackgroundPicture picture;
    picture.error = decoded.error;
    if (decoded.error.isEmpty()) {
        picture.drawing = decoded.drawing;
        picture.image = decoded.image;
    }
    picture.metresPerUnit = plan.metresPerUnit > 0 ? plan.metresPerUnit : 1.0;
    picture.originXM = plan.originXM;
    picture.originYM = plan.originYM;
    picture.opacity = std::clamp(plan.opacity, 0.0, 1.0);
    return picture;
}

void paintBackground(QPainter &painter, const BackgroundPicture &picture, double lineWidthPx, double opacity)
{
    if (picture.isEmpty() || opacity <= 0)
        return;
    painter.save();
    painter.setOpacity(painter.opacity() * std::clamp(opacity, 0.0, 1.0));
    painter.setTransform(picture.unitToFloor(), true);
    if (!picture.image.isNull()) {
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(QPointF(0, 0), picture.image);
    } else {
        // Cosmetic: the width stays in device pixels whatever the drawing's units and scale.
        QPen pen(QColor(90, 90, 110), std::max(lineWidthPx, 0.0));
        pen.setCosmetic(true);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(picture.drawing);
    }
    painter.restore();
}

} // namespace taktflow::app::render
