// SPDX-License-Identifier: GPL-3.0-or-later
// The event list: time order, insertion order among equal times, and the invariant under a
// random mix of pushes and pops (checked against a sorted reference).
#include "core/simulation/eventqueue.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <vector>

using taktflow::core::simulation::EventQueue;

class TestEventQueue : public QObject
{
    Q_OBJECT
private slots:
    void popsInTimeOrder()
    {
        EventQueue q;
        const double times[] = {5.0, 1.0, 4.0, 2.0, 3.0};
        for (int i = 0; i < 5; ++i)
            q.push(times[i], static_cast<std::uint32_t>(i));
        const std::uint32_t expected[] = {1, 3, 4, 2, 0};
        for (std::uint32_t e : expected)
            QCOMPARE(q.pop().payload(), e);
        QVERIFY(q.empty());
    }

    void equalTimesLeaveInInsertionOrder()
    {
        EventQueue q;
        for (std::uint32_t i = 0; i < 100; ++i)
            q.push(i % 2 == 0 ? 7.0 : 3.0, i);
        // All odd payloads (time 3) first in ascending order, then the even ones (time 7).
        for (std::uint32_t i = 1; i < 100; i += 2)
            QCOMPARE(q.pop().payload(), i);
        for (std::uint32_t i = 0; i < 100; i += 2)
            QCOMPARE(q.pop().payload(), i);
    }

    void randomMixMatchesSortedReference()
    {
        // Times drawn from few values, so that ties are common.
        std::mt19937 random(42);
        std::uniform_int_distribution<int> value(0, 50);
        EventQueue q;
        q.reserve(20000);
        struct Ref {
            double t;
            std::uint32_t seq;
        };
        std::vector<Ref> pending;
        std::uint32_t seq = 0;
        double now = 0.0;
        for (int step = 0; step < 20000; ++step) {
            if (pending.empty() || random() % 3 != 0) {
                const double t = now + value(random);
                q.push(t, seq);
                pending.push_back({t, seq});
                ++seq;
            } else {
                const auto best = std::min_element(pending.begin(), pending.end(), [](const Ref &a, const Ref &b) {
                    return a.t < b.t || (a.t == b.t && a.seq < b.seq);
                });
                const EventQueue::Entry e = q.pop();
                QCOMPARE(e.timeS, best->t);
                QCOMPARE(e.payload(), best->seq);
                now = e.timeS;
                pending.erase(best);
            }
        }
        QCOMPARE(q.size(), pending.size());
    }
};

QTEST_GUILESS_MAIN(TestEventQueue)
#include "tst_eventqueue.moc"
