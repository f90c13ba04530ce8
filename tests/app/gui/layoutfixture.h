// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/document/projectdocument.h"
#include "app/gui/layout/edittool.h"
#include "app/gui/layout/layoutitemgraphic.h"
#include "app/gui/layout/layoutview.h"
#include "app/gui/layout/layoutworkspace.h"
#include "app/gui/liveanalysis.h"
#include "app/gui/mainwindow.h"
#include "core/model/sampleproject.h"
#include "tests/app/gui/mainwindowaccess.h"

#include <QTest>
#include <QUndoStack>

#include <memory>

namespace taktflow::test {

/** A shown main window on the sample project, layout workspace, predictable snapping. */
struct Fixture {
    app::ProjectDocument document;
    std::unique_ptr<app::MainWindow> window;

    Fixture()
    {
        window = std::make_unique<app::MainWindow>(&document);
        document.reset(core::makeSampleProject(), {});
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        // Window shortcuts (R, Delete ...) fire only in the active window on a real X server.
        window->activateWindow();
        (void)QTest::qWaitForWindowActive(window.get(), 2000);
        parts(window).liveAnalysis()->flush();
        view()->fitToContent();
        view()->editTool()->snapSettings() = app::SnapSettings{true, 0.5, false, 8.0};
    }
    ~Fixture()
    {
        // Leave without the unsaved-changes question.
        document.undoStack()->setClean();
    }
    app::LayoutView *view() const { return parts(window).layoutWorkspace()->view(); }
    QWidget *viewport() const { return view()->viewport(); }
    const core::LayoutItem &item(const QString &id) const { return *document.currentVariant()->findItem(id); }
    QPoint at(double xM, double yM) const { return view()->mapFromScene(app::floorToScene(xM, yM)); }
    QPoint centreOf(const QString &id) const { return at(item(id).xM, item(id).yM); }
};

} // namespace taktflow::test
