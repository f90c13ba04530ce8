// SPDX-License-Identifier: GPL-3.0-or-later
// Transport between stations: one vehicle shuttling, and a conveyor, with every figure derived
// by hand in the comments.
#include "core/simulation/experiment.h"
#include "simtestlines.h"

#include <QTest>

#include <cmath>

using namespace taktflow::core;
using namespace taktflow::core::simulation;
using namespace taktflow::core::simulation::testlines;

namespace {

SimModel transportLine(bool conveyor, double distanceM, int capacity)
{
    SimModel m = line({det(10), det(5)}, capacity);
    SimTransporter t;
    t.name = conveyor ? QStringLiteral("belt") : QStringLiteral("forklift");
    t.count = 1;
    t.speedMps = 1.0;
    t.capacityUnits = 1;
    t.conveyor = conveyor;
    m.transporters = {t};
    m.legs = {SimTransportLeg{0, distanceM}};
    m.stationDistanceM = {{0.0, distanceM}, {distanceM, 0.0}};
    return m;
}

bool near(double a, double b) { return std::abs(a - b) < 1e-9; }

} // namespace

class TestSimTransport : public QObject
{
    Q_OBJECT
private slots:
    void singleVehicleShuttles()
    {
        // S1 10 s, S2 5 s, one vehicle (1 m/s, 1 part) 20 m between them, 5 places in the gap.
        // The vehicle takes part 1 at 10, unloads at 30, drives back empty 30-50, loaded 50-70:
        // one part per 40 s round trip, 90 per hour. It is always travelling, half of it empty.
        // Departures at 35 + 40k; in [1000, 5000): k = 25..124, 100 parts. Loaded trips start at
        // 10 + 40k, empty ones at 30 + 40k: 100 each in the window, 2,000 m each.
        // S1 makes one part per 40 s (working 1/4, blocked 3/4), S2 works 5/40. The gap holds its
        // 5 parts all the time (riding counts).
        const SimModel m = transportLine(false, 20.0, 5);
        QVERIFY(modelProblem(m).isEmpty());
        const ExperimentResult r = runExperiment(m, settings(1000, 4000));
        QVERIFY(near(r.outputUnits.mean, 100.0));
        QVERIFY(near(r.throughputPerHour.mean, 90.0));
        QCOMPARE(r.transporters.size(), std::size_t{1});
        const TransporterStats &t = r.transporters.front();
        QVERIFY2(near(t.utilisation, 1.0), qPrintable(QString::number(t.utilisation)));
        QVERIFY2(near(t.emptyTravelShare, 0.5), qPrintable(QString::number(t.emptyTravelShare)));
        QVERIFY(near(t.trips, 100.0));
        QVERIFY(near(t.loadedTravelM, 2000.0));
        QVERIFY(near(t.emptyTravelM, 2000.0));
        QVERIFY(near(r.stations[0].working, 0.25));
        QVERIFY(near(r.stations[0].blocked, 0.75));
        QVERIFY(near(r.stations[1].working, 5.0 / 40.0));
        QVERIFY(near(r.buffers[0].meanContent, 5.0));
        QCOMPARE(r.buffers[0].maxContent, 5);
    }

    void directHandOffStillFitsOnePart()
    {
        // Capacity 0 with transport: one part at a time in the gap. Part 1 is picked up at 10 and
        // unloaded at 30; part 2 (finished at 20) waits on S1 until then, enters the gap at 30
        // and is fetched at 50 by the returning vehicle, S1 meanwhile blocked with part 3 from 40.
        // The 40 s round trip sets the pace again: 90 per hour, never more than 1 part in the gap.
        const SimModel m = transportLine(false, 20.0, 0);
        const ExperimentResult r = runExperiment(m, settings(1000, 4000));
        QVERIFY(near(r.throughputPerHour.mean, 90.0));
        QCOMPARE(r.buffers[0].maxContent, 1);
    }

    void conveyorCarriesEveryPart()
    {
        // A 30 m belt at 1 m/s after a 10 s station: a part enters every 10 s and rides 30 s, so
        // three parts are always on it; S2 (5 s) never waits for the next. 360 per hour, lead
        // time 10 + 30 + 5 = 45 s, belt in use all the time.
        const SimModel m = transportLine(true, 30.0, 5);
        const ExperimentResult r = runExperiment(m, settings(200, 3600));
        QVERIFY(near(r.throughputPerHour.mean, 360.0));
        QVERIFY(near(r.leadTimeMeanS.mean, 45.0));
        QVERIFY(near(r.buffers[0].meanContent, 3.0));
        QVERIFY(near(r.transporters.front().utilisation, 1.0));
        QVERIFY(near(r.transporters.front().trips, 360.0));
        QVERIFY(near(r.stations[0].blocked, 0.0));
    }

    void traceShowsTheTrips()
    {
        const SimModel m = transportLine(false, 20.0, 5);
        const Trace trace = recordTrace(m, 1, 0, 200.0);
        // Loaded trips start at 10, 50, 90, 130, 170 and end 20 s later.
        std::vector<double> starts, ends;
        for (const TraceEvent &e : trace.events) {
            if (e.kind == TraceEvent::Kind::TransportStart)
                starts.push_back(e.timeS);
            if (e.kind == TraceEvent::Kind::TransportEnd)
                ends.push_back(e.timeS);
        }
        QCOMPARE(starts, (std::vector<double>{10, 50, 90, 130, 170}));
        QCOMPARE(ends, (std::vector<double>{30, 70, 110, 150, 190}));
        for (std::size_t i = 1; i < trace.events.size(); ++i)
            QVERIFY(trace.events[i - 1].timeS <= trace.events[i].timeS);
    }
};

QTEST_GUILESS_MAIN(TestSimTransport)
#include "tst_simtransport.moc"
