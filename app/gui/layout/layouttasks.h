// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace taktflow::app {

class JobRunner;
class LayoutWorkspace;
class ProjectDocument;

/**
 * The layout workspace's larger tasks behind menu entries: export of the view (PNG, SVG, PDF)
 * and of the whole drawing in the background, printing, the background floor plan (import,
 * two-point scale, lock, opacity, clear; each an undoable command on the current variant, kept
 * in the project file) and the layout optimisation job. Dialogs live here; the *To/From
 * functions without dialogs are what tests call.
 */
class LayoutTasks : public QObject
{
    Q_OBJECT

public:
    LayoutTasks(ProjectDocument *document, LayoutWorkspace *workspace, JobRunner *jobs, QWidget *dialogParent);

    void exportViewDialog();
    /** Writes the visible part of the canvas (no rulers) to .png, .svg or .pdf; a message on failure. */
    QString exportViewTo(const QString &path);
    /** Draws the whole current variant to a file on a worker thread. */
    void exportDrawingDialog();
    bool startDrawingExport(const QString &path, int pngDpi = 192);
    void printView();

    void importBackgroundDialog();
    /** Loads a DXF or image as the background plan; a message on failure. */
    QString importBackgroundFrom(const QString &path);
    /** Asks for two points on the canvas and the distance between them, then scales the plan. */
    void calibrateBackground();
    /** Scales the plan so the points picked (scene) lie distanceM apart, first point kept in place. */
    void applyCalibration(const QPointF &firstScene, const QPointF &secondScene, double distanceM);
    /** Removes the current variant's plan (undoable). */
    void clearBackground();
    /** A locked plan cannot be dragged; an unlocked one moves with a drag that starts on it. */
    void setBackgroundLocked(bool locked);
    void setBackgroundOpacity(double opacity);
    void backgroundOpacityDialog();

    /** Improves the current variant's layout on a worker thread; the result is added as a new variant. */
    bool startOptimisation();

signals:
    void message(const QString &text);

private:
    ProjectDocument *mDocument;
    LayoutWorkspace *mWorkspace;
    JobRunner *mJobs;
    QWidget *mParent;
};

} // namespace taktflow::app
