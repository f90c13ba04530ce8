// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/sampleproject.h"
#include "core/simulation/linemodelbuilder.h"
#include "core/simulation/traceplayer.h"

#include <QTest>

#include <cmath>

using namespace taktflow::core::simulation;

namespace {

using Kind = TraceEvent::Kind;

TraceEvent ev(double t, Kind kind, int index, int value = 0, int part = -1)
{
    TraceEvent e;
    e.timeS = t;
    e.kind = kind;
    e.index = index;
    e.value = value;
    e.part = part;
    return e;
}

int state(StationState s)
{
    return int(s);
}

/**
 * Two stations, one gap with a forklift. Part 0 enters S1 at 0, is worked 0-10, waits in the gap
 * 10-12, rides 12-20, enters S2 at 20, is worked 20-30 and leaves the line at 30. S1 works
 * part 1 from 10 to 25.
 */
Trace handMadeTrace()
{
    Trace t;
    t.endS = 40.0;
    t.events = {
        ev(0, Kind::PartEnter, 0, 0, 0),
        ev(0, Kind::StationState, 0, state(StationState::Working)),
        ev(10, Kind::PartLeave, 0, 0, 0),
        ev(10, Kind::BufferContent, 0, 1),
        ev(10, Kind::PartEnter, 0, 0, 1),
        ev(12, Kind::BufferContent, 0, 0),
        ev(12, Kind::TransportStart, 0, 3, 0),
        ev(20, Kind::TransportEnd, 0, 3),
        ev(20, Kind::PartEnter, 1, 0, 0),
        ev(20, Kind::StationState, 1, state(StationState::Working)),
        ev(25, Kind::PartLeave, 0, 0, 1),
        ev(25, Kind::StationState, 0, state(StationState::Blocked)),
        ev(30, Kind::PartLeave, 1, 0, 0),
        ev(30, Kind::StationState, 1, state(StationState::Failed)),
    };
    return t;
}

/** Station 0 works in odd seconds and starves in even ones; the gap holds floor(t) mod 5. */
Trace periodicTrace(int seconds)
{
    Trace t;
    t.endS = seconds;
    for (int s = 0; s < seconds; ++s) {
        t.events.push_back(ev(s, Kind::StationState, 0, state(s % 2 ? StationState::Working : StationState::Starved)));
        t.events.push_back(ev(s, Kind::BufferContent, 0, s % 5));
    }
    return t;
}

} // namespace

class TstTracePlayer : public QObject
{
    Q_OBJECT

private slots:
    void startsEmpty()
    {
        TracePlayer player(handMadeTrace(), 2, 1);
        player.seek(-5);
        QCOMPARE(player.timeS(), 0.0);
        // Events at t = 0 count at t = 0.
        QCOMPARE(player.state().partsInStation[0], 1);
        QCOMPARE(player.state().stationStates[0], StationState::Working);
        QCOMPARE(player.state().stationStates[1], StationState::Starved);
    }

    void statesAtGivenTimes()
    {
        TracePlayer player(handMadeTrace(), 2, 1);
        player.seek(11);
        QCOMPARE(player.state().bufferContents[0], 1);
        QCOMPARE(player.state().partsInStation[0], 1); // part 1
        QVERIFY(player.state().transports.empty());

        player.seek(15);
        QCOMPARE(player.state().bufferContents[0], 0);
        QCOMPARE(player.state().transports.size(), std::size_t(1));
        const ActiveTransport &trip = player.state().transports.front();
        QCOMPARE(trip.vehicle, 3);
        QCOMPARE(trip.part, 0);
        QCOMPARE(trip.startS, 12.0);
        QCOMPARE(trip.endS, 20.0); // known in the middle of the trip

        player.seek(27);
        QVERIFY(player.state().transports.empty());
        QCOMPARE(player.state().partsInStation[0], 0);
        QCOMPARE(player.state().partsInStation[1], 1);
        QCOMPARE(player.state().stationStates[0], StationState::Blocked);
        QCOMPARE(player.state().partsOut, 0);

        player.seek(40);
        QCOMPARE(player.state().partsOut, 1);
        QCOMPARE(player.state().partsInStation[1], 0);
        QCOMPARE(player.state().stationStates[1], StationState::Failed);

        player.seek(5); // backwards
        QCOMPARE(player.state().partsOut, 0);
        QCOMPARE(player.state().partsInStation[0], 1);
        QCOMPARE(player.state().partsInStation[1], 0);
        QCOMPARE(player.state().stationStates[1], StationState::Starved);
    }

    void seekMatchesPlayingThrough()
    {
        // Far more events than one keyframe interval, so that seeks start from keyframes.
        const int seconds = 5000;
        TracePlayer played(periodicTrace(seconds), 1, 1);
        TracePlayer jumped(periodicTrace(seconds), 1, 1);
        const double probes[] = {4321.5, 17.25, 2999.0, 3000.5, 0.5, 4999.9, 1024.0, 12.0};
        for (double probe : probes) {
            played.seek(0);
            for (double t = 0; t < probe; t += 1.0 / 3.0)
                played.seek(t);
            played.seek(probe);
            jumped.seek(probe);
            const int second = int(std::floor(probe));
            QCOMPARE(jumped.state(), played.state());
            QCOMPARE(jumped.state().stationStates[0], second % 2 ? StationState::Working : StationState::Starved);
            QCOMPARE(jumped.state().bufferContents[0], second % 5);
        }
    }

    void eventsUpToIsAnUpperBound()
    {
        TracePlayer player(periodicTrace(100), 1, 1);
        QCOMPARE(player.eventsUpTo(-1), std::size_t(0));
        QCOMPARE(player.eventsUpTo(0), std::size_t(2));
        QCOMPARE(player.eventsUpTo(9.5), std::size_t(20));
        QCOMPARE(player.eventsUpTo(1e9), std::size_t(200));
    }

    void ignoresIndicesOutsideTheLine()
    {
        Trace t;
        t.endS = 1;
        t.events = {ev(0, Kind::StationState, 7, state(StationState::Failed)), ev(0, Kind::BufferContent, -1, 4),
                    ev(0, Kind::StationState, 0, 99)};
        TracePlayer player(t, 1, 0);
        player.seek(1);
        QCOMPARE(player.state().stationStates[0], StationState::Starved);
    }

    void countsTheEnginesOutput()
    {
        // The sample's line recorded as replication 0 must show, between the end of the warm-up
        // and the end of the run, exactly the parts the experiment counts for that replication.
        const taktflow::core::Project project = taktflow::core::makeSampleProject();
        const auto &variant = project.variants.front();
        BuiltModel built = buildLineModel(project, variant, variant.lines.front());
        QVERIFY2(built.ok(), qPrintable(built.error));
        built.settings.durationS = 4 * 3600.0;
        built.settings.warmupS = 1800.0;
        built.settings.replications = 1;
        built.settings.threads = 1;
        const double untilS = built.settings.warmupS + built.settings.durationS;
        Trace trace = recordTrace(built.model, built.settings.seed, 0, untilS);
        QVERIFY(!trace.truncated);
        QCOMPARE(trace.endS, untilS);
        const auto stations = int(built.model.stations.size());
        TracePlayer player(std::move(trace), stations, stations - 1);
        player.seek(built.settings.warmupS);
        const int atWarmup = player.state().partsOut;
        player.seek(untilS);
        const int atEnd = player.state().partsOut;
        const ExperimentResult result = runExperiment(built.model, built.settings);
        QVERIFY(atEnd - atWarmup > 0);
        QCOMPARE(double(atEnd - atWarmup), result.outputUnits.mean);
        // Parts inside the line at the end: entered and not yet left, never negative.
        int inside = 0;
        for (int n : player.state().partsInStation) {
            QVERIFY(n >= 0);
            inside += n;
        }
        QVERIFY(inside <= stations * 4);
    }
};

QTEST_GUILESS_MAIN(TstTracePlayer)
#include "tst_traceplayer.moc"
