// SPDX-License-Identifier: GPL-3.0-or-later
// Proofs that the process times are drawn from the distributions the model names: mean and 95th
// percentile of every kind, against closed forms.
#include "simproofs_support.h"

#include "core/simulation/statistics.h"

#include <QTest>

#include <boost/math/distributions/normal.hpp>

#include <cmath>

using namespace taktflow::proofs;
using taktflow::core::TimeDistribution;

class TestSimProofsDistributions : public QObject
{
    Q_OBJECT

private slots:
    void processTimes_data();
    void processTimes();
    void percentileInAnyOrder();
};

Q_DECLARE_METATYPE(std::vector<TimeDistribution>)

namespace {

const boost::math::normal standardNormal;

/*
 * N(mu, sigma) truncated at 0 (conditioned on X >= 0), with a = -mu / sigma and
 * Z = 1 - Phi(a) the kept mass:
 *   mean = mu + sigma phi(a) / Z
 *   CDF(x) = (Phi((x - mu) / sigma) - Phi(a)) / Z = 0.95
 *     => x = mu + sigma Phi^-1(Phi(a) + 0.95 Z).
 */
double truncatedNormalMean(double mu, double sigma)
{
    const double a = -mu / sigma;
    return mu + sigma * boost::math::pdf(standardNormal, a) / (1.0 - boost::math::cdf(standardNormal, a));
}

double truncatedNormalP95(double mu, double sigma)
{
    const double below = boost::math::cdf(standardNormal, -mu / sigma);
    return mu + sigma * boost::math::quantile(standardNormal, below + 0.95 * (1.0 - below));
}

} // namespace

/*
 * One saturated machine: every part's time is one draw, and nothing else happens to it. So
 *   lead time (entering the station to leaving it) = the draw: mean = E[p], p95 = the
 *   distribution's 95 % quantile; the departures are a renewal process with gaps p:
 *   throughput = 3600 / E[p] (elementary renewal theorem); working share 1.
 * Closed forms of E[p] and the 95 % quantile q:
 *   deterministic v:      v, v.
 *   exponential m:        m; 1 - e^(-q/m) = 0.95 => q = m ln 20.
 *   normal (truncated):   see truncatedNormalMean / P95 above; N(18, 4) loses 3e-6 of its mass
 *                         (q = 18 + 1.645 * 4 = 24.58), N(2, 2) 16 % (mean 2.575, not 2;
 *                         q = 5.454).
 *   lognormal by mean m and sd s: the log is N(mu_l, s_l^2) with s_l^2 = ln(1 + s^2/m^2) and
 *                         mu_l = ln m - s_l^2 / 2 (so that E = e^(mu_l + s_l^2/2) = m);
 *                         q = e^(mu_l + 1.645 s_l). m = 8, s = 3: s_l = 0.3627, q = 13.60.
 *   triangular a, b, c:   (a + b + c) / 3; above the mode CDF = 1 - (c - x)^2 / ((c - a)(c - b)),
 *                         so q = c - sqrt(0.05 (c - a)(c - b)). 5, 8, 14: 9 and 12.36.
 *   uniform a, b:         (a + b) / 2, a + 0.95 (b - a).
 *   empirical samples:    each sample with equal probability: their average; q = the smallest
 *                         sample with at least 95 % of the samples at or below it.
 *   sum of tasks E + U, E exponential(3), U uniform(2, 4): mean 3 + 3 = 6; for x >= 4
 *                         P(E + U > x) = (1/2) int_2^4 e^(-(x-u)/3) du
 *                                      = (3/2) e^(-x/3) (e^(4/3) - e^(2/3)) = 0.05
 *                         => q = -3 ln(0.1 / (3 (e^(4/3) - e^(2/3)))) = 12.04.
 * Precision: 2 * 10^5 s holds ~25000 draws of 8 s per replication; with a coefficient of
 * variation at most 1 the throughput and mean lead time have sd 0.63 % per replication, a 95 %
 * half-width 0.45 % over 10: required below 1 %. The sample quantile of 25000 independent
 * draws has sd sqrt(0.95 * 0.05 / 25000) / density(q), at worst (exponential) 0.92 % of q per
 * replication, 0.3 % over 10; with the percentile estimator's resolution (0.55 %) allowed 1.5 %.
 */
void TestSimProofsDistributions::processTimes_data()
{
    QTest::addColumn<std::vector<TimeDistribution>>("tasks");
    QTest::addColumn<double>("meanS");
    QTest::addColumn<double>("p95S");
    using D = TimeDistribution;
    const double e43 = std::exp(4.0 / 3.0);
    const double e23 = std::exp(2.0 / 3.0);
    const double sl = std::sqrt(std::log(1.0 + 9.0 / 64.0));
    QTest::newRow("deterministic") << std::vector{D::deterministic(8)} << 8.0 << 8.0;
    QTest::newRow("exponential") << std::vector{D::exponential(8)} << 8.0 << 8.0 * std::log(20.0);
    QTest::newRow("normal far from 0") << std::vector{D::normal(18, 4)} << truncatedNormalMean(18, 4)
                                       << truncatedNormalP95(18, 4);
    QTest::newRow("normal truncated at 0")
        << std::vector{D::normal(2, 2)} << truncatedNormalMean(2, 2) << truncatedNormalP95(2, 2);
    QTest::newRow("lognormal") << std::vector{D::lognormal(8, 3)} << 8.0
                               << std::exp(std::log(8.0) - 0.5 * sl * sl +
                                           boost::math::quantile(standardNormal, 0.95) * sl);
    QTest::newRow("triangular") << std::vector{D::triangular(5, 8, 14)} << 9.0 << 14.0 - std::sqrt(0.05 * 9 * 6);
    QTest::newRow("uniform") << std::vector{D::uniform(4, 12)} << 8.0 << 4.0 + 0.95 * 8.0;
    QTest::newRow("empirical") << std::vector{D::empirical({6, 8, 9, 12})} << 8.75 << 12.0;
    QTest::newRow("sum of two tasks") << std::vector{D::exponential(3), D::uniform(2, 4)} << 6.0
                                      << -3.0 * std::log(0.1 / (3.0 * (e43 - e23)));
}

void TestSimProofsDistributions::processTimes()
{
    QFETCH(std::vector<TimeDistribution>, tasks);
    QFETCH(double, meanS);
    QFETCH(double, p95S);
    auto machine = station("M", tasks.front());
    machine.taskTimesByModel = {tasks};
    const auto r = runChecked(line({machine}, {}), settings(2e5, 100, 10, 3));

    expectNear("throughput = 3600 / E[p]", r.throughputPerHour, 3600.0 / meanS, 0.01, 1e-9);
    expectNear("lead time = E[p]", r.leadTimeMeanS, meanS, 0.01, 1e-9);
    expectWithin("lead time p95 = the distribution's 95 % quantile", r.leadTimeP95S, p95S, 0.015 * p95S);
    QCOMPARE(r.stations[0].working, 1.0);
}

/*
 * The lead-time percentile must not depend on the order in which the values come: in a queue
 * successive lead times rise and fall together. The values 1, 2, ..., 100000 s have the
 * nearest-rank 95th percentile 95000 s (rank ceil(0.95 * 100000)); fed ascending, descending
 * and as 100 rising ramps of interleaved values (a queue's busy periods), the estimate must
 * stay within the estimator's resolution (0.55 %) of it. A constant stream gives the constant.
 */
void TestSimProofsDistributions::percentileInAnyOrder()
{
    using taktflow::core::simulation::HistogramQuantile;
    const int n = 100000;
    auto feed = [&](auto valueAt) {
        HistogramQuantile q(0.95);
        for (int i = 0; i < n; ++i)
            q.add(valueAt(i));
        return q.value();
    };
    const double ascending = feed([](int i) { return i + 1.0; });
    const double descending = feed([&](int i) { return double(n - i); });
    // Ramp r (0..99) holds the values r + 1, r + 101, r + 201, ...: every value exactly once.
    const double ramps = feed([](int i) { return (i % 1000) * 100.0 + i / 1000 + 1.0; });
    expectWithin("p95 of 1..100000 ascending", ascending, 95000.0, 0.0055 * 95000.0);
    expectWithin("p95 of 1..100000 descending", descending, 95000.0, 0.0055 * 95000.0);
    expectWithin("p95 of 1..100000 in rising ramps", ramps, 95000.0, 0.0055 * 95000.0);
    QCOMPARE(feed([](int) { return 42.5; }), 42.5);
}

QTEST_GUILESS_MAIN(TestSimProofsDistributions)
#include "tst_simproofs_distributions.moc"
