// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/labelentity.h"

#include <Qt3DCore/QAttribute>
#include <Qt3DCore/QBuffer>
#include <Qt3DCore/QEntity>
#include <Qt3DCore/QGeometry>
#include <Qt3DCore/QTransform>
#include <Qt3DExtras/QTextureMaterial>
#include <Qt3DRender/QGeometryRenderer>
#include <Qt3DRender/QPaintedTextureImage>
#include <Qt3DRender/QTexture>

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>

namespace taktflow::app::view3d {

namespace {

constexpr int fontPixels = 32;
constexpr int paddingPixels = 8;
constexpr float labelHeightM = 1.1f;

QFont labelFont()
{
    QFont font;
    font.setPixelSize(fontPixels);
    return font;
}

/** The name drawn as a small opaque tag: dark text on white with a grey border. */
class LabelImage : public Qt3DRender::QPaintedTextureImage
{
public:
    explicit LabelImage(const QString &text, Qt3DCore::QNode *parent) : QPaintedTextureImage(parent) { setText(text); }

    void setText(const QString &text)
    {
        mText = text;
        const QFontMetricsF metrics(labelFont());
        setSize(QSize(int(metrics.horizontalAdvance(text)) + 2 * paddingPixels, int(metrics.height()) + paddingPixels));
        update();
    }

protected:
    void paint(QPainter *painter) override
    {
        const QRect r(QPoint(0, 0), size());
        painter->fillRect(r, QColor(255, 255, 255));
        painter->setPen(QPen(QColor(120, 120, 120), 2));
        painter->drawRect(r.adjusted(1, 1, -1, -1));
        painter->setPen(QColor(25, 25, 25));
        painter->setFont(labelFont());
        painter->drawText(r, Qt::AlignCenter, mText);
    }

private:
    QString mText;
};

/** A quad of the given size centred on the origin, facing +z, v = 0 at its top edge. */
Qt3DRender::QGeometryRenderer *quad(float widthM, float heightM, Qt3DCore::QNode *parent)
{
    const float w = widthM / 2.0f, h = heightM / 2.0f;
    // x, y, z, nx, ny, nz, u, v
    const float vertices[] = {-w, -h, 0, 0, 0, 1, 0, 1, w, -h, 0, 0, 0, 1, 1, 1, w, h, 0, 0, 0, 1, 1, 0,
                              -w, -h, 0, 0, 0, 1, 0, 1, w, h,  0, 0, 0, 1, 1, 0, -w, h, 0, 0, 0, 1, 0, 0};
    auto *renderer = new Qt3DRender::QGeometryRenderer(parent);
    auto *geometry = new Qt3DCore::QGeometry(renderer);
    auto *buffer = new Qt3DCore::QBuffer(geometry);
    buffer->setData(QByteArray(reinterpret_cast<const char *>(vertices), sizeof(vertices)));
    const uint stride = 8 * sizeof(float);
    using A = Qt3DCore::QAttribute;
    geometry->addAttribute(new A(buffer, A::defaultPositionAttributeName(), A::Float, 3, 6, 0, stride, geometry));
    geometry->addAttribute(new A(buffer, A::defaultNormalAttributeName(), A::Float, 3, 6, 3 * sizeof(float), stride, geometry));
    geometry->addAttribute(
        new A(buffer, A::defaultTextureCoordinateAttributeName(), A::Float, 2, 6, 6 * sizeof(float), stride, geometry));
    renderer->setGeometry(geometry);
    renderer->setVertexCount(6);
    return renderer;
}

void layout(Qt3DCore::QEntity *label, const QString &text)
{
    auto *image = label->findChild<LabelImage *>();
    image->setText(text);
    const QSize px = image->size();
    for (auto *old : label->componentsOfType<Qt3DRender::QGeometryRenderer>()) {
        label->removeComponent(old);
        delete old;
    }
    label->addComponent(quad(labelHeightM * float(px.width()) / float(px.height()), labelHeightM, label));
}

} // namespace

Qt3DCore::QEntity *createLabelEntity(const QString &text, const QVector3D &anchor, const QQuaternion &facing,
                                     Qt3DCore::QNode *parent)
{
    auto *label = new Qt3DCore::QEntity(parent);
    label->setObjectName(QStringLiteral("label"));
    auto *placement = new Qt3DCore::QTransform(label);
    placement->setTranslation(anchor);
    placement->setRotation(facing);
    label->addComponent(placement);

    auto *material = new Qt3DExtras::QTextureMaterial(label);
    auto *texture = new Qt3DRender::QTexture2D(material);
    texture->setMinificationFilter(Qt3DRender::QAbstractTexture::Linear);
    texture->setMagnificationFilter(Qt3DRender::QAbstractTexture::Linear);
    texture->addTextureImage(new LabelImage(text, texture));
    material->setTexture(texture);
    material->setAlphaBlendingEnabled(false);
    label->addComponent(material);
    layout(label, text);
    return label;
}

void updateLabelEntity(Qt3DCore::QEntity *label, const QString &text, const QVector3D &anchor)
{
    label->componentsOfType<Qt3DCore::QTransform>().value(0)->setTranslation(anchor);
    layout(label, text);
}

void setLabelFacing(Qt3DCore::QEntity *label, const QQuaternion &facing)
{
    label->componentsOfType<Qt3DCore::QTransform>().value(0)->setRotation(facing);
}

} // namespace taktflow::app::view3d
