// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/view3d/plantview3d.h"

#include "app/document/projectdocument.h"
#include "app/view3d/glsupport.h"

#include <Qt3DCore/QEntity>
#include <Qt3DCore/QTransform>
#include <Qt3DExtras/QForwardRenderer>
#include <Qt3DExtras/Qt3DWindow>
#include <Qt3DRender/QCamera>
#include <Qt3DRender/QRenderCapture>
#include <Qt3DRender/QRenderSettings>

#include <QAction>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMatrix4x4>
#include <QSurfaceFormat>
#include <QThread>
#include <QMessageBox>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace taktflow::app::view3d {

PlantView3D::PlantView3D(ProjectDocument *document, QWidget *parent) : QWidget(parent), mDocument(document)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    const Gl3DSupport support = probe3DSupport();
    if (!support.available) {
        buildUnavailable(support.reason);
        return;
    }
    build3D(support.software);
    buildToolBar();
    connectDocument();
    rebuild(true);
}

PlantView3D::~PlantView3D()
{
    // The scene's Qt 3D nodes belong to the window; the entity bookkeeping must go first.
    delete mEntities;
    mEntities = nullptr;
}

void PlantView3D::buildUnavailable(const QString &reason)
{
    mUnavailableReason = reason;
    auto *label = new QLabel(reason, this);
    label->setObjectName(QStringLiteral("view3dUnavailable"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(24);
    layout()->addWidget(label);
}

void PlantView3D::build3D(bool softwareRenderer)
{
    // Qt 6.4's RHI renderer returns captures upside down; the OpenGL renderer is the mature
    // one. A user's own choice in the environment wins.
    if (!qEnvironmentVariableIsSet("QT3D_RENDERER"))
        qputenv("QT3D_RENDERER", "opengl");
    mWindow = new Qt3DExtras::Qt3DWindow(nullptr, Qt3DRender::API::OpenGL);
    if (softwareRenderer) {
        // Four samples per pixel cost a CPU rasteriser most of its frame rate.
        QSurfaceFormat format = mWindow->requestedFormat();
        format.setSamples(0);
        mWindow->setFormat(format);
    }
    mWindow->defaultFrameGraph()->setClearColor(QColor(232, 237, 243));
    // Render only when something changes: an idle 3D tab costs no CPU.
    mWindow->renderSettings()->setRenderPolicy(Qt3DRender::QRenderSettings::OnDemand);
    // Items are drawn in instanced batches whose meshes sit at the origin: Qt 3D's culling
    // (and picking) would see only that, so both are ours (a ray cast for clicks).
    mWindow->defaultFrameGraph()->setFrustumCullingEnabled(false);

    mCapture = new Qt3DRender::QRenderCapture;
    mWindow->activeFrameGraph()->setParent(mCapture);
    mWindow->setActiveFrameGraph(mCapture);

    auto *root = new Qt3DCore::QEntity;
    // Lighting is in MaterialCache's shader: no light entities.
    mWindow->setRootEntity(root);

    mEntities = new SceneEntities(root);
    mCamera = new CameraController(mWindow->camera(), this);
    mWindow->installEventFilter(mCamera);
    connect(mCamera, &CameraController::viewChanged, mEntities, &SceneEntities::faceLabels);
    mEntities->faceLabels(mCamera->yawDeg(), mCamera->pitchDeg());
    connect(mCamera, &CameraController::clicked, this, &PlantView3D::clicked);
    connect(mEntities, &SceneEntities::modelFindingsChanged, this, &PlantView3D::updateFindingsButton);
    connect(mEntities, &SceneEntities::modelFindingsChanged, this, &PlantView3D::modelFindingsChanged);

    QWidget *container = QWidget::createWindowContainer(mWindow, this);
    container->setObjectName(QStringLiteral("view3dContainer"));
    container->setFocusPolicy(Qt::StrongFocus);
    container->setMinimumSize(200, 150);
    mToolBar = new QToolBar(this);
    layout()->addWidget(mToolBar);
    layout()->addWidget(container);
}

void PlantView3D::buildToolBar()
{
    auto addToggle = [this](const QString &text, const QString &tip, void (PlantView3D::*slot)(bool)) {
        QAction *action = mToolBar->addAction(text);
        action->setToolTip(tip);
        action->setCheckable(true);
        connect(action, &QAction::toggled, this, slot);
        return action;
    };
    addToggle(tr("Automation colours"), tr("Colour equipment by automation level instead of by type"),
              &PlantView3D::setColourByAutomation);
    addToggle(tr("Names"),
              tr("Show item names above the items (on plants of more than %n items, of the selected items only)",
                 nullptr, SceneEntities::maxNamedItems),
              &PlantView3D::setLabelsVisible);
    addToggle(tr("Flows"), tr("Show material flows as arcs, wider for larger volumes"), &PlantView3D::setFlowsVisible);
    addToggle(tr("Lines"), tr("Show each production line as a band through the items its stations are linked to"),
              &PlantView3D::setLinePathsVisible)
        ->setChecked(true);
    mToolBar->addSeparator();
    const std::pair<QString, ViewPreset> presets[] = {{tr("Top"), ViewPreset::Top},
                                                      {tr("Front"), ViewPreset::Front},
                                                      {tr("Side"), ViewPreset::Side},
                                                      {tr("Isometric"), ViewPreset::Isometric}};
    for (const auto &[text, preset] : presets) {
        const ViewPreset p = preset;
        connect(mToolBar->addAction(text), &QAction::triggered, this, [this, p] { setViewPreset(p); });
    }
    QAction *fit = mToolBar->addAction(tr("Fit all"));
    connect(fit, &QAction::triggered, this, &PlantView3D::fitAll);
    mWalkAction = addToggle(tr("Walk"), tr("Walk through the line at eye height: W A S D or arrow keys, drag to look, "
                                           "Esc to stop"),
                            &PlantView3D::setWalkMode);
    connect(mCamera, &CameraController::walkModeChanged, mWalkAction, &QAction::setChecked);
    mToolBar->addSeparator();
    QAction *shot = mToolBar->addAction(tr("Screenshot…"));
    shot->setToolTip(tr("Save the 3D view as a PNG image"));
    connect(shot, &QAction::triggered, this, &PlantView3D::saveScreenshotInteractively);
    mFindingsButton = new QToolButton(mToolBar);
    mFindingsButton->setObjectName(QStringLiteral("view3dFindings"));
    mToolBar->addWidget(mFindingsButton)->setVisible(false);
}

void PlantView3D::connectDocument()
{
    connect(mDocument, &ProjectDocument::projectReset, this, [this] { rebuild(true); });
    connect(mDocument, &ProjectDocument::currentVariantChanged, this, [this] { rebuild(true); });
    connect(mDocument, &ProjectDocument::variantContentChanged, this, [this](const QString &variantId) {
        if (variantId == mDocument->currentVariantId())
            rebuild(false);
    });
    connect(mDocument, &ProjectDocument::filePathChanged, this, [this] { rebuild(false); });
    connect(mDocument, &ProjectDocument::itemAdded, this, &PlantView3D::itemTouched);
    connect(mDocument, &ProjectDocument::itemChanged, this, &PlantView3D::itemTouched);
    connect(mDocument, &ProjectDocument::itemRemoved, this, &PlantView3D::itemRemoved);
    connect(mDocument, &ProjectDocument::selectionChanged, mEntities, &SceneEntities::setSelection);
    connect(mDocument, &ProjectDocument::linesChanged, this, [this](const QString &variantId) {
        if (variantId == mDocument->currentVariantId())
            refreshLinePaths();
    });
}

void PlantView3D::rebuild(bool fit)
{
    const core::Variant *variant = mDocument->currentVariant();
    const QString path = mDocument->filePath();
    mEntities->setModelBaseDir(path.isEmpty() ? QString() : QFileInfo(path).absolutePath());
    const core::SceneData3D scene = variant ? core::buildScene3D(*variant) : core::SceneData3D{};
    // sync() touches only what differs, so content changes and undo never rebuild everything.
    mEntities->sync(scene);
    mEntities->setSelection(mDocument->selection());
    mFlowsDirty = false;
    refreshLinePaths();
    mCamera->setSceneBounds(scene.boundsM);
    if (fit)
        mCamera->setPreset(ViewPreset::Isometric);
}

void PlantView3D::itemTouched(const QString &variantId, const QString &itemId)
{
    if (variantId != mDocument->currentVariantId())
        return;
    const core::Variant *variant = mDocument->currentVariant();
    const core::LayoutItem *item = variant ? variant->findItem(itemId) : nullptr;
    if (!item)
        return;
    mEntities->upsertItem(core::sceneItem3D(*item));
    refreshFlows();
    refreshLinePaths();
}

void PlantView3D::itemRemoved(const QString &variantId, const QString &itemId)
{
    if (variantId != mDocument->currentVariantId())
        return;
    mEntities->removeItem(itemId);
    refreshFlows();
    refreshLinePaths();
}

void PlantView3D::refreshFlows()
{
    // Flows follow their items only while shown; hidden ones are recomputed when shown again.
    if (!mEntities->style().showFlows) {
        mFlowsDirty = true;
        return;
    }
    const core::Variant *variant = mDocument->currentVariant();
    mEntities->setFlows(variant ? core::sceneFlows3D(*variant) : std::vector<core::SceneFlow3D>{});
    mFlowsDirty = false;
}

void PlantView3D::refreshLinePaths()
{
    const core::Variant *variant = mDocument->currentVariant();
    mEntities->setLinePaths(variant ? core::sceneLinePaths3D(*variant) : std::vector<core::SceneFlow3D>{});
}

void PlantView3D::clicked(const QPoint &posPx, Qt::KeyboardModifiers modifiers)
{
    // The click's ray from the camera through the pixel, from the near to the far plane.
    Qt3DRender::QCamera *camera = mWindow->camera();
    const QMatrix4x4 toWorld = (camera->projectionMatrix() * camera->viewMatrix()).inverted();
    const float x = 2.0f * float(posPx.x()) / float(std::max(1, mWindow->width())) - 1.0f;
    const float y = 1.0f - 2.0f * float(posPx.y()) / float(std::max(1, mWindow->height()));
    const QVector3D nearPoint = (toWorld * QVector4D(x, y, -1.0f, 1.0f)).toVector3DAffine();
    const QVector3D farPoint = (toWorld * QVector4D(x, y, 1.0f, 1.0f)).toVector3DAffine();
    const QVector3D direction = farPoint - nearPoint;
    // From Qt 3D's y-up world back to floor metres (x east, y north, z up).
    const core::SceneRay ray{{nearPoint.x(), -nearPoint.z(), nearPoint.y()},
                             {direction.x(), -direction.z(), direction.y()}};
    const ScenePickResult hit = mEntities->pick(ray);
    const bool toggle = modifiers & (Qt::ControlModifier | Qt::ShiftModifier);
    if (!hit.itemId.isEmpty()) {
        QSet<QString> selection = mDocument->selection();
        if (!toggle)
            selection = {hit.itemId};
        else if (!selection.remove(hit.itemId))
            selection.insert(hit.itemId);
        mDocument->setSelection(selection);
    } else if (hit.floor && !toggle) {
        mDocument->setSelection({});
    }
}

void PlantView3D::setColourByAutomation(bool on)
{
    if (!mEntities)
        return;
    SceneStyle style = mEntities->style();
    style.colourByAutomation = on;
    mEntities->setStyle(style);
}

void PlantView3D::setLabelsVisible(bool on)
{
    if (!mEntities)
        return;
    SceneStyle style = mEntities->style();
    style.showLabels = on;
    mEntities->setStyle(style);
}

void PlantView3D::setFlowsVisible(bool on)
{
    if (!mEntities)
        return;
    SceneStyle style = mEntities->style();
    style.showFlows = on;
    mEntities->setStyle(style);
    if (on && mFlowsDirty)
        refreshFlows();
}

void PlantView3D::setLinePathsVisible(bool on)
{
    if (!mEntities)
        return;
    SceneStyle style = mEntities->style();
    style.showLinePaths = on;
    mEntities->setStyle(style);
}

void PlantView3D::setViewPreset(ViewPreset preset)
{
    if (mCamera)
        mCamera->setPreset(preset);
}

void PlantView3D::fitAll()
{
    if (mCamera)
        mCamera->fitAll();
}

void PlantView3D::setWalkMode(bool on)
{
    if (!mCamera)
        return;
    mCamera->setWalkMode(on);
    if (on)
        mWindow->requestActivate();
}

QImage PlantView3D::captureImage(int timeoutMs)
{
    if (!mCapture || !isVisible())
        return {};
    // A view just shown (a screenshot right after start) is exposed a moment later.
    QDeadlineTimer deadline(timeoutMs);
    while (!mWindow->isExposed() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    if (!mWindow->isExposed())
        return {};
    // Qt 3D hands a new scene's shaders and buffers to its renderer over the first frames: the
    // window's first frame may show the background only, so the first capture takes the next.
    if (!mFirstFrameRendered) {
        mFirstFrameRendered = true;
        renderFrame(timeoutMs);
    }
    return renderFrame(timeoutMs);
}

QImage PlantView3D::renderFrame(int timeoutMs)
{
    std::unique_ptr<Qt3DRender::QRenderCaptureReply> reply(mCapture->requestCapture());
    QEventLoop loop;
    connect(reply.get(), &Qt3DRender::QRenderCaptureReply::completed, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    // On-demand rendering draws nothing unless asked; a capture request alone may not count.
    mWindow->requestUpdate();
    if (!reply->isComplete())
        loop.exec();
    return reply->isComplete() ? reply->image() : QImage();
}

bool PlantView3D::saveScreenshot(const QString &path, QString *errorMessage)
{
    auto fail = [errorMessage](const QString &message) {
        if (errorMessage)
            *errorMessage = message;
        return false;
    };
    if (!is3DAvailable())
        return fail(mUnavailableReason);
    const QImage image = captureImage();
    if (image.isNull())
        return fail(tr("The 3D view did not deliver an image; make sure it is visible."));
    if (!image.save(path, "PNG"))
        return fail(tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void PlantView3D::saveScreenshotInteractively()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save 3D Screenshot"), QString(),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!saveScreenshot(path, &error))
        QMessageBox::warning(this, tr("Screenshot"), error);
}

const std::vector<ModelFinding> &PlantView3D::modelFindings() const
{
    static const std::vector<ModelFinding> none;
    return mEntities ? mEntities->modelFindings() : none;
}

void PlantView3D::updateFindingsButton()
{
    const auto &findings = mEntities->modelFindings();
    QStringList lines;
    for (const ModelFinding &f : findings)
        lines << tr("%1: %2 — %3").arg(f.itemId, f.file, f.message);
    mFindingsButton->setText(tr("%n model file(s) not shown", nullptr, int(findings.size())));
    mFindingsButton->setToolTip(lines.join(QLatin1Char('\n')));
    for (QAction *action : mToolBar->actions()) {
        if (mToolBar->widgetForAction(action) == mFindingsButton)
            action->setVisible(!findings.empty());
    }
}

} // namespace taktflow::app::view3d
