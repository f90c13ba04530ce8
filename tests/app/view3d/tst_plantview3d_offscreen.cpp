// SPDX-License-Identifier: GPL-3.0-or-later
// Under QT_QPA_PLATFORM=offscreen Qt 3D would crash: the view must refuse politely instead.
#include "app/document/projectdocument.h"
#include "app/view3d/glsupport.h"
#include "app/view3d/plantview3d.h"
#include "core/model/sampleproject.h"

#include <QLabel>
#include <QTest>

using namespace taktflow;

class TstPlantView3DOffscreen : public QObject
{
    Q_OBJECT

private slots:
    void refusesWithMessage();
};

void TstPlantView3DOffscreen::refusesWithMessage()
{
    QCOMPARE(QGuiApplication::platformName(), QStringLiteral("offscreen"));
    QVERIFY(!app::view3d::probe3DSupport().available);

    app::ProjectDocument doc;
    doc.reset(core::makeSampleProject(), QString());
    app::view3d::PlantView3D view(&doc);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.is3DAvailable());
    QVERIFY(view.unavailableReason().contains(QStringLiteral("OpenGL")));
    auto *label = view.findChild<QLabel *>(QStringLiteral("view3dUnavailable"));
    QVERIFY(label && label->isVisible());
    QVERIFY(!view.sceneEntities());
    // The rest keeps working: edits, selection and toggles on a disabled view are harmless.
    doc.setSelection({QStringLiteral("CNC1")});
    view.setFlowsVisible(true);
    view.setViewPreset(app::view3d::ViewPreset::Top);
    view.fitAll();
    QVERIFY(view.captureImage().isNull());
    QString error;
    QVERIFY(!view.saveScreenshot(QStringLiteral("/nonexistent/x.png"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!view.grab().isNull());
}

QTEST_MAIN(TstPlantView3DOffscreen)
#include "tst_plantview3d_offscreen.moc"
