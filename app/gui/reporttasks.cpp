// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/reporttasks.h"

#include "app/document/projectdocument.h"
#include "app/gui/jobrunner.h"
#include "app/render/report/reportwriter.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>

#include <memory>

namespace taktflow::app {

namespace {

render::ReportOptions optionsFor(const QStringList &variantIds, const std::function<QImage(const QString &)> &snapshot,
                                 bool background)
{
    render::ReportOptions options;
    options.variantIds = variantIds;
    options.showBackground = background;
    // A4 landscape suits plant layouts, which are wider than deep.
    options.orientation = QPageLayout::Landscape;
    if (snapshot) {
        for (const QString &id : variantIds) {
            const QImage image = snapshot(id);
            if (!image.isNull())
                options.snapshots3d.insert(id, image);
        }
    }
    return options;
}

} // namespace

ReportTasks::ReportTasks(ProjectDocument *document, JobRunner *jobs, QWidget *dialogParent)
    : QObject(dialogParent), mDocument(document), mJobs(jobs), mDialogParent(dialogParent)
{
}

QStringList ReportTasks::variantIds(bool allVariants) const
{
    QStringList ids;
    if (allVariants) {
        for (const auto &variant : mDocument->project().variants)
            ids << variant.id;
    } else if (!mDocument->currentVariantId().isEmpty()) {
        ids << mDocument->currentVariantId();
    }
    return ids;
}

void ReportTasks::previewReport(bool allVariants)
{
    const render::ReportOptions options = optionsFor(variantIds(allVariants), mSnapshot, mBackgroundIncluded);
    const render::ReportData data = render::buildReportData(mDocument->project(), options);
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(options.orientation);
    QPrintPreviewDialog dialog(&printer, mDialogParent);
    dialog.setWindowTitle(tr("Report preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&data](QPrinter *target) {
        QString error;
        render::paintReport(*target, data, &error);
    });
    dialog.resize(1000, 800);
    dialog.exec();
}

bool ReportTasks::writePdf(const QString &path, bool allVariants, QString *error)
{
    const render::ReportData data =
        render::buildReportData(mDocument->project(), optionsFor(variantIds(allVariants), mSnapshot, mBackgroundIncluded));
    return render::writeReportPdf(data, path, error);
}

void ReportTasks::exportReportPdf(bool allVariants)
{
    QString path = QFileDialog::getSaveFileName(mDialogParent, tr("Export report"), QString(), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QLatin1String(".pdf");
    // The worker gets its own copy of the project: the user may keep editing meanwhile.
    auto project = std::make_shared<core::Project>(mDocument->project());
    const render::ReportOptions options = optionsFor(variantIds(allVariants), mSnapshot, mBackgroundIncluded);
    mJobs->start(
        tr("Writing report"),
        [project, options, path](JobControl &control) -> QVariant {
            control.setProgress(-1);
            QString error;
            render::ReportOptions cancellable = options;
            cancellable.stopToken = control.stopToken();
            const render::ReportData data = render::buildReportData(*project, cancellable);
            // A cancelled report is incomplete: write nothing rather than a wrong PDF.
            if (control.isCancelled())
                return QString();
            return render::writeReportPdf(data, path, &error) ? QString() : error;
        },
        [this, path](const QVariant &result, bool cancelled) {
            if (cancelled)
                return;
            const QString error = result.toString();
            if (!error.isEmpty())
                QMessageBox::warning(mDialogParent, tr("Cannot write the report"), error);
        });
}

} // namespace taktflow::app
