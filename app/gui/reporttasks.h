// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QObject>
#include <QStringList>

#include <functional>

class QWidget;

namespace taktflow::app {

class JobRunner;
class ProjectDocument;

/**
 * The report from the GUI: print preview and printing (QPrintPreviewDialog) and PDF export on a
 * worker thread. Both show the same content as `taktflow-cli report`.
 */
class ReportTasks : public QObject
{
    Q_OBJECT

public:
    ReportTasks(ProjectDocument *document, JobRunner *jobs, QWidget *dialogParent);

    /** Supplies a 3D snapshot of a variant for the report (empty image: none). */
    void setSnapshotProvider(std::function<QImage(const QString &variantId)> provider)
    {
        mSnapshot = std::move(provider);
    }

    /** Whether the report's layout drawings show the background plan (View > Show Background Plan). */
    void setBackgroundIncluded(bool included) { mBackgroundIncluded = included; }

    /** Preview and print the report of the current variant, or of all variants. */
    void previewReport(bool allVariants);
    /** Asks for a file name and writes the PDF in the background. */
    void exportReportPdf(bool allVariants);
    /** Writes the PDF without asking (tests); returns false with error on failure. */
    bool writePdf(const QString &path, bool allVariants, QString *error);

private:
    QStringList variantIds(bool allVariants) const;

    ProjectDocument *mDocument;
    JobRunner *mJobs;
    QWidget *mDialogParent;
    std::function<QImage(const QString &)> mSnapshot;
    bool mBackgroundIncluded = true;
};

} // namespace taktflow::app
