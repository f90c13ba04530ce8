// SPDX-License-Identifier: GPL-3.0-or-later
// The animation page's controls: speed, slider seeks, play and pause move the clock.
#include "app/gui/layout/bottleneckmarker.h"
#include "app/gui/layout/layoutitemgraphic.h"
#include "app/document/projectdocument.h"
#include "app/gui/simulation/animationpage.h"
#include "app/gui/simulation/animationrecorder.h"
#include "app/gui/simulation/simulationworkspace.h"
#include "core/model/sampleproject.h"
#include "core/simulation/linemodelbuilder.h"
#include "app/gui/simulation/timelineslider.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace taktflow;
using core::simulation::TraceEvent;

namespace {

struct Run {
    core::Variant variant;
    core::ProductionLine line;
    core::simulation::Trace trace;
    Run()
    {
        core::LayoutItem item;
        item.id = QStringLiteral("M1");
        item.xM = 10;
        item.yM = 10;
        variant.items = {item};
        core::Station a, b;
        a.itemId = item.id;
        line.stations = {a, b};
        trace.endS = 4 * 3600.0;
        for (int s = 0; s < 4 * 3600; s += 60) {
            TraceEvent e;
            e.timeS = s;
            e.kind = TraceEvent::Kind::BufferContent;
            e.value = (s / 60) % 2;
            trace.events.push_back(e);
        }
    }
};

} // namespace

class TstAnimationPage : public QObject
{
    Q_OBJECT

private slots:
    void withoutRunNothingPlays()
    {
        app::AnimationPage page;
        QVERIFY(!page.hasRun());
        page.play();
        QVERIFY(!page.isPlaying());
        QCOMPARE(page.clockText(), QStringLiteral("0:00:00"));
    }

    void sliderSeeksTheClock()
    {
        Run run;
        app::AnimationPage page;
        page.setRun(run.variant, run.line, run.trace, 1800);
        QCOMPARE(page.slider()->maximum(), 4 * 3600);
        QCOMPARE(page.slider()->warmup(), 1800);
        page.slider()->setValue(3723);
        QCOMPARE(page.timeS(), 3723.0);
        QCOMPARE(page.clockText(), QStringLiteral("1:02:03"));
        page.slider()->setValue(10);
        QCOMPARE(page.clockText(), QStringLiteral("0:00:10"));
        QVERIFY(page.note().isEmpty());
    }

    void speedDrivesPlayback()
    {
        Run run;
        app::AnimationPage page;
        page.setRun(run.variant, run.line, run.trace, 0);
        page.resize(640, 480);
        page.show();
        page.speedBox()->setCurrentIndex(int(app::AnimationPage::speeds().indexOf(1000)));
        QCOMPARE(page.speed(), 1000);

        QElapsedTimer wall;
        wall.start();
        page.play();
        QVERIFY(page.isPlaying());
        QTest::qWait(300);
        page.pause();
        const double elapsedS = double(wall.nsecsElapsed()) * 1e-9;
        // Simulated time = speed x real time between the first and the last tick, so at most
        // 1000 x the wall time measured around them, and more than a tick's worth.
        QVERIFY2(page.timeS() <= 1000 * elapsedS + 1e-6, qPrintable(QString::number(page.timeS())));
        QVERIFY2(page.timeS() >= 1000 * 0.016, qPrintable(QString::number(page.timeS())));
        QCOMPARE(page.slider()->value(), int(page.timeS()));
        const double paused = page.timeS();
        QTest::qWait(100);
        QCOMPARE(page.timeS(), paused);

        // A slower speed covers less simulated time in the same real time.
        page.setSpeed(1);
        QCOMPARE(page.speedBox()->currentText(), QStringLiteral("1x"));
        page.play();
        QTest::qWait(300);
        page.pause();
        QVERIFY(page.timeS() - paused < 2.0);
        QVERIFY(page.timeS() > paused);
    }

    void playsToTheEndAndStops()
    {
        Run run;
        run.trace.truncated = true;
        app::AnimationPage page;
        page.setRun(run.variant, run.line, run.trace, 0);
        QVERIFY(page.note().contains(QStringLiteral("4:00:00")));
        page.seek(4 * 3600.0 - 1);
        page.setSpeed(1000);
        page.play();
        QTRY_VERIFY(!page.isPlaying());
        QCOMPARE(page.timeS(), 4 * 3600.0);
        QCOMPARE(page.clockText(), QStringLiteral("4:00:00"));
    }

    void recordsTheCurrentLine()
    {
        app::ProjectDocument document;
        document.reset(core::makeSampleProject(), {});
        app::SimulationWorkspace workspace(&document);
        auto *page = new app::AnimationPage;
        workspace.addResultPage(page, QStringLiteral("Animation"));
        app::AnimationRecorder recorder(&document, &workspace, page);
        QSignalSpy shown(&recorder, &app::AnimationRecorder::shown);
        QVERIFY(recorder.recordCurrentLine());
        QVERIFY(recorder.isRecording());
        QVERIFY(shown.wait(30000));
        QVERIFY(page->hasRun());
        const auto &variant = document.project().variants.front();
        const auto built = core::simulation::buildLineModel(document.project(), variant, variant.lines.front());
        QCOMPARE(page->endS(), built.settings.warmupS + built.settings.durationS);
        QCOMPARE(page->warmupS(), built.settings.warmupS);
        QVERIFY(page->note().isEmpty());
        QCOMPARE(page->renderer().geometry().stations.size(), variant.lines.front().stations.size());
    }

    void layoutMarksTheBottleneck()
    {
        Run run;
        core::Station c;
        c.itemId = QStringLiteral("M2");
        run.line.stations.push_back(c);
        core::LayoutItem m2 = run.variant.items.front();
        m2.id = QStringLiteral("M2");
        m2.xM = 30;
        run.variant.items.push_back(m2);
        app::BottleneckMarker marker;
        run.variant.lines = {run.line};
        marker.setVariant(&run.variant);
        QVERIFY(marker.markedItems().isEmpty()); // no simulation yet

        core::SimulationSummary summary;
        summary.bottleneck = QStringLiteral("S3");
        summary.stations.resize(3);
        summary.stations[0].name = QStringLiteral("S1");
        summary.stations[1].name = QStringLiteral("S2");
        summary.stations[2].name = QStringLiteral("S3");
        summary.stations[2].bottleneckShare = 0.625;
        run.variant.lines.front().lastSimulation = summary;
        run.variant.lines.front().name = QStringLiteral("Motor");
        marker.setVariant(&run.variant);
        QCOMPARE(marker.markedItems(), QStringList{QStringLiteral("M2")});
        // The frame surrounds M2 (1 x 1 m at 30, 10; scene y points down).
        QVERIFY(marker.boundingRect().contains(app::floorToScene(30, 10)));
        QVERIFY(!marker.boundingRect().contains(app::floorToScene(10, 10)));

        // The station the bottleneck names has no item: nothing to mark.
        summary.bottleneck = QStringLiteral("S2");
        run.variant.lines.front().lastSimulation = summary;
        marker.setVariant(&run.variant);
        QVERIFY(marker.markedItems().isEmpty());
    }
};

QTEST_MAIN(TstAnimationPage)
#include "tst_animationpage.moc"
