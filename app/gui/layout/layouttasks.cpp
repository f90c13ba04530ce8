// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/layout/layouttasks.h"

#include "app/document/commands/cmdbackground.h"
#include "app/document/commands/cmdvariant.h"
#include "app/document/projectdocument.h"
#include "app/gui/jobrunner.h"
#include "app/gui/layout/backgroundplangraphic.h"
#include "app/gui/layout/edittool.h"
#include "app/gui/layout/layoutscene.h"
#include "app/gui/layout/layoutview.h"
#include "app/gui/layout/layoutworkspace.h"
#include "app/io/backgroundimport.h"
#include "app/render/drawingexport.h"
#include "app/render/layoutpainter.h"
#include "core/arrangement/layoutimprovement.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineF>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace taktflow::app {

LayoutTasks::LayoutTasks(ProjectDocument *document, LayoutWorkspace *workspace, JobRunner *jobs, QWidget *dialogParent)
    : QObject(dialogParent), mDocument(document), mWorkspace(workspace), mJobs(jobs), mParent(dialogParent)
{
    connect(workspace->view(), &LayoutView::pointsPicked, this, [this](const QPointF &a, const QPointF &b) {
        bool ok = false;
        const double distance = QInputDialog::getDouble(mParent, tr("Scale background"),
                                                        tr("Distance between the two points (m):"), 10.0, 0.001,
                                                        1e6, 3, &ok);
        if (ok)
            applyCalibration(a, b, distance);
    });
    connect(workspace->scene(), &LayoutScene::backgroundProblem, this, &LayoutTasks::message);
    connect(workspace->view()->editTool(), &EditTool::message, this, &LayoutTasks::message);
}

void LayoutTasks::exportViewDialog()
{
    const QString path = QFileDialog::getSaveFileName(mParent, tr("Export view"), {},
                                                      tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    const QString error = exportViewTo(path);
    if (!error.isEmpty())
        QMessageBox::warning(mParent, tr("Export view"), error);
    else
        emit message(tr("Exported %1").arg(QFileInfo(path).fileName()));
}

QString LayoutTasks::exportViewTo(const QString &path)
{
    LayoutView *view = mWorkspace->view();
    const QString title = mDocument->currentVariant() ? mDocument->currentVariant()->name : QString();
    // What the user sees, rulers and scale bar included: a drawing needs its scale.
    const render::ExportResult result =
        render::exportDrawing(path, view->viewport()->size(), title, [&](QPainter &painter, const QRectF &target) {
            view->render(&painter, target, view->viewport()->rect(), Qt::KeepAspectRatio);
        });
    return result.ok ? QString() : result.message;
}

void LayoutTasks::exportDrawingDialog()
{
    const QString path = QFileDialog::getSaveFileName(mParent, tr("Export layout drawing"), {},
                                                      tr("PDF document (*.pdf);;SVG drawing (*.svg);;PNG image (*.png)"));
    int dpi = 192;
    if (path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
        bool ok = false;
        dpi = QInputDialog::getInt(mParent, tr("PNG resolution"), tr("Dots per inch (96 = screen size):"), 300, 24,
                                   1200, 1, &ok);
        if (!ok)
            return;
    }
    if (!path.isEmpty() && !startDrawingExport(path, dpi))
        QMessageBox::information(mParent, tr("Export layout drawing"), tr("Another job is still running."));
}

bool LayoutTasks::startDrawingExport(const QString &path, int pngDpi)
{
    const core::Variant *current = mDocument->currentVariant();
    if (!current || mJobs->isRunning())
        return false;
    // The worker draws its own copy; the user keeps editing meanwhile.
    const core::Variant variant = *current;
    // The drawing shows what the editor shows: flows and background plan as toggled in View.
    render::LayoutPaintOptions options;
    options.showFlows = mWorkspace->scene()->flowsVisible();
    options.showBackground = mWorkspace->scene()->backgroundVisible();
    return mJobs->start(
        tr("Exporting %1").arg(QFileInfo(path).fileName()),
        [variant, options, path, pngDpi](JobControl &control) -> QVariant {
            const QRectF bounds = render::drawingBoundsM(variant, options);
            const double aspect = bounds.height() / std::max(bounds.width(), 1e-9);
            const QSizeF size(1600, std::clamp(1600 * aspect, 200.0, 4000.0));
            control.setProgress(0.1);
            const render::ExportResult result =
                render::exportDrawing(path, size, variant.name, [&](QPainter &painter, const QRectF &target) {
                    painter.setTransform(render::floorToDevice(bounds, target.adjusted(20, 20, -20, -20)));
                    render::paintLayout(painter, variant, options);
                }, pngDpi);
            control.setProgress(1.0);
            return result.ok ? QString() : result.message;
        },
        [this, path](const QVariant &result, bool) {
            const QString error = result.toString();
            emit message(error.isEmpty() ? tr("Exported %1").arg(QFileInfo(path).fileName()) : error);
        });
}

void LayoutTasks::printView()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    QPrintDialog dialog(&printer, mParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QPainter painter(&printer);
    LayoutView *view = mWorkspace->view();
    view->render(&painter, printer.pageLayout().paintRectPixels(printer.resolution()), view->viewport()->rect(),
                 Qt::KeepAspectRatio);
}

void LayoutTasks::importBackgroundDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        mParent, tr("Import background plan"), {},
        tr("Floor plans (*.dxf *.png *.jpg *.jpeg *.bmp *.tif *.tiff);;DXF drawings (*.dxf);;Images (*.png *.jpg *.jpeg *.bmp)"));
    if (path.isEmpty())
        return;
    const QString error = importBackgroundFrom(path);
    if (!error.isEmpty()) {
        QMessageBox::warning(mParent, tr("Import background plan"), error);
        return;
    }
    if (QMessageBox::question(mParent, tr("Import background plan"),
                              tr("Set the plan's scale now by clicking two points and typing their distance?")) ==
        QMessageBox::Yes)
        calibrateBackground();
}

QString LayoutTasks::importBackgroundFrom(const QString &path)
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant)
        return tr("Open or create a variant first");
    const io::BackgroundImport imported = io::importBackground(path);
    if (!imported.ok())
        return imported.error;
    core::BackgroundPlan plan;
    plan.kind = imported.kind;
    plan.fileName = QFileInfo(path).fileName();
    plan.data = imported.source;
    if (const auto &old = variant->background) {
        plan.opacity = old->opacity;
        plan.locked = old->locked;
    }
    if (!imported.image.isNull()) {
        // A first guess: the image spans the floor's width, its top edge on the floor's back
        // edge. Calibration makes it exact.
        plan.metresPerUnit = variant->floorWidthM / std::max(1, imported.image.width());
        plan.originXM = 0.0;
        plan.originYM = variant->floorDepthM;
    } else {
        // DXF units are usually millimetres or metres; pick what makes the drawing floor-sized
        // and put its lower left corner on the floor's origin.
        const QRectF bounds = imported.drawing.boundingRect();
        const double span = std::max(bounds.width(), bounds.height());
        plan.metresPerUnit = span > 5000 ? 0.001 : 1.0;
        plan.originXM = -bounds.left() * plan.metresPerUnit;
        plan.originYM = -bounds.top() * plan.metresPerUnit;
    }
    mDocument->undoStack()->push(new CmdBackgroundSet(mDocument, variant->id, plan,
                                                      tr("Import background plan %1").arg(plan.fileName)));
    emit message(imported.skipped > 0 ? tr("Background plan loaded; %n entities skipped", nullptr, imported.skipped)
                                      : tr("Background plan loaded"));
    return {};
}

void LayoutTasks::calibrateBackground()
{
    if (mWorkspace->scene()->backgroundPlan()->isEmpty()) {
        emit message(tr("Import a background plan first"));
        return;
    }
    emit message(tr("Click two points of known distance on the plan (Esc cancels)"));
    mWorkspace->view()->pickTwoPoints();
}

void LayoutTasks::applyCalibration(const QPointF &firstScene, const QPointF &secondScene, double distanceM)
{
    const core::Variant *variant = mDocument->currentVariant();
    const double measured = QLineF(firstScene, secondScene).length();
    if (!variant || !variant->background || measured <= 1e-9 || !(distanceM > 0))
        return;
    const double factor = distanceM / measured;
    core::BackgroundPlan plan = *variant->background;
    // Scale about the first point, so it stays where the user clicked (floor metres, y up).
    const QPointF first(firstScene.x(), -firstScene.y());
    const QPointF origin(plan.originXM, plan.originYM);
    const QPointF moved = first + (origin - first) * factor;
    plan.metresPerUnit *= factor;
    plan.originXM = moved.x();
    plan.originYM = moved.y();
    mDocument->undoStack()->push(new CmdBackgroundSet(mDocument, variant->id, plan, tr("Scale background plan")));
    emit message(tr("Background scaled: %1 m per unit").arg(plan.metresPerUnit));
}

void LayoutTasks::clearBackground()
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant || !variant->background)
        return;
    mDocument->undoStack()->push(
        new CmdBackgroundSet(mDocument, variant->id, std::nullopt, tr("Remove background plan")));
}

void LayoutTasks::setBackgroundLocked(bool locked)
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant || !variant->background || variant->background->locked == locked)
        return;
    core::BackgroundPlan plan = *variant->background;
    plan.locked = locked;
    mDocument->undoStack()->push(new CmdBackgroundSet(mDocument, variant->id, plan,
                                                      locked ? tr("Lock background plan") : tr("Unlock background plan")));
}

void LayoutTasks::setBackgroundOpacity(double opacity)
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant || !variant->background)
        return;
    core::BackgroundPlan plan = *variant->background;
    plan.opacity = std::clamp(opacity, 0.0, 1.0);
    mDocument->undoStack()->push(new CmdBackgroundSet(mDocument, variant->id, plan, tr("Change background opacity")));
}

void LayoutTasks::backgroundOpacityDialog()
{
    const core::Variant *variant = mDocument->currentVariant();
    if (!variant || !variant->background) {
        emit message(tr("Import a background plan first"));
        return;
    }
    bool ok = false;
    const int percent = QInputDialog::getInt(mParent, tr("Background opacity"), tr("Opacity of the plan (%):"),
                                             int(std::lround(variant->background->opacity * 100)), 0, 100, 5, &ok);
    if (ok)
        setBackgroundOpacity(percent / 100.0);
}

bool LayoutTasks::startOptimisation()
{
    const core::Variant *current = mDocument->currentVariant();
    if (!current || mJobs->isRunning())
        return false;
    const core::Project project = mDocument->project();
    const core::Variant variant = *current;
    return mJobs->start(
        tr("Optimising %1").arg(variant.name),
        [project, variant](JobControl &control) -> QVariant {
            core::ImprovementOptions options;
            options.stopToken = control.stopToken();
            core::ImprovementResult result = core::improveLayout(project, variant, options);
            return QVariant::fromValue(std::make_shared<core::ImprovementResult>(std::move(result)));
        },
        [this](const QVariant &value, bool cancelled) {
            const auto result = value.value<std::shared_ptr<core::ImprovementResult>>();
            if (!result || result->moves == 0) {
                emit message(cancelled ? tr("Optimisation cancelled") : tr("Optimisation found no better layout"));
                return;
            }
            core::Variant improved = result->variant;
            improved.id = uniqueVariantId(mDocument->project());
            mDocument->undoStack()->push(new CmdVariantAdd(mDocument, improved, int(mDocument->project().variants.size()),
                                                           tr("Add optimised variant")));
            emit message(tr("%1: flow distance %2 → %3 units·m, %n move(s)", nullptr, result->moves)
                             .arg(improved.name, QLocale().toString(result->startFlowDistance, 'f', 0),
                                  QLocale().toString(result->endFlowDistance, 'f', 0)));
        });
}

} // namespace taktflow::app
