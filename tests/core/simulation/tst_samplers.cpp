// SPDX-License-Identifier: GPL-3.0-or-later
// Each sampler's sample mean and variance against the closed-form moments of its distribution,
// with tolerances of five standard errors for n = 200,000 (the standard error of the sample
// variance is sigma^2 sqrt((kurtosis - 1) / n)); plus the random streams, the Student t
// quantile and the P-square estimate.
#include "core/simulation/randomstreams.h"
#include "core/simulation/sampler.h"
#include "core/simulation/statistics.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace taktflow::core;
using namespace taktflow::core::simulation;

namespace {

constexpr int kSamples = 200000;

struct Moments {
    double mean = 0.0;
    double variance = 0.0;
    double minimum = 1e300;
};

Moments sampleMoments(const TimeDistribution &d, std::uint64_t seed)
{
    Sampler s(d);
    RandomStream random(seed);
    double sum = 0.0, squares = 0.0;
    Moments m;
    for (int i = 0; i < kSamples; ++i) {
        const double x = s.sample(random);
        sum += x;
        squares += x * x;
        m.minimum = std::min(m.minimum, x);
    }
    m.mean = sum / kSamples;
    m.variance = (squares - sum * sum / kSamples) / (kSamples - 1);
    return m;
}

void checkMoments(const TimeDistribution &d, double mean, double variance, double kurtosis)
{
    const Moments m = sampleMoments(d, 12345);
    const double meanTolerance = 5.0 * std::sqrt(variance / kSamples);
    const double varianceTolerance = 5.0 * variance * std::sqrt((kurtosis - 1.0) / kSamples);
    QVERIFY2(std::abs(m.mean - mean) < meanTolerance,
             qPrintable(QStringLiteral("mean %1, expected %2 +- %3").arg(m.mean).arg(mean).arg(meanTolerance)));
    QVERIFY2(std::abs(m.variance - variance) < varianceTolerance,
             qPrintable(QStringLiteral("variance %1, expected %2 +- %3").arg(m.variance).arg(variance).arg(varianceTolerance)));
    QVERIFY(m.minimum >= 0.0);
}

double phi(double x) { return std::exp(-0.5 * x * x) / std::sqrt(2.0 * std::numbers::pi); }
double upperTail(double x) { return 0.5 * std::erfc(x / std::numbers::sqrt2); }

} // namespace

class TestSamplers : public QObject
{
    Q_OBJECT
private slots:
    void deterministicIsConstant()
    {
        Sampler s(TimeDistribution::deterministic(7.5));
        QVERIFY(s.isConstant());
        RandomStream random(1);
        QCOMPARE(s.sample(random), 7.5);
    }

    void exponential() { checkMoments(TimeDistribution::exponential(4.0), 4.0, 16.0, 9.0); }

    void uniform()
    {
        // (b - a)^2 / 12; kurtosis 9/5.
        checkMoments(TimeDistribution::uniform(2.0, 8.0), 5.0, 3.0, 1.8);
    }

    void triangular()
    {
        // (a^2 + b^2 + c^2 - ab - ac - bc) / 18 with a = 1, c = 2 (mode), b = 6; kurtosis 12/5.
        const double var = (1.0 + 36.0 + 4.0 - 6.0 - 2.0 - 12.0) / 18.0;
        checkMoments(TimeDistribution::triangular(1.0, 2.0, 6.0), 3.0, var, 2.4);
    }

    void lognormalByMeanAndSd()
    {
        // Parameterised by its own mean 10 and sd 5: sigma^2 = ln 1.25; kurtosis
        // e^{4 s2} + 2 e^{3 s2} + 3 e^{2 s2} - 3.
        const double s2 = std::log(1.25);
        const double kurtosis = std::exp(4 * s2) + 2 * std::exp(3 * s2) + 3 * std::exp(2 * s2) - 3;
        checkMoments(TimeDistribution::lognormal(10.0, 5.0), 10.0, 25.0, kurtosis);
    }

    void normalTruncatedAtZeroByResampling()
    {
        // N(2, 2^2) conditioned on x >= 0: a = -1, lambda = phi(a) / (1 - Phi(a));
        // mean mu + sigma lambda, variance sigma^2 (1 + a lambda - lambda^2). A clamp at 0
        // would put a point mass at 0 and give another mean and variance.
        const double a = -1.0;
        const double lambda = phi(a) / upperTail(a);
        const double mean = 2.0 + 2.0 * lambda;
        const double variance = 4.0 * (1.0 + a * lambda - lambda * lambda);
        // Kurtosis of this truncated normal is below 4; 4 keeps the tolerance honest.
        checkMoments(TimeDistribution::normal(2.0, 2.0), mean, variance, 4.0);
    }

    void empiricalPicksUniformly()
    {
        // Samples 1, 2, 6: mean 3, variance (4 + 1 + 9) / 3; fourth central moment
        // (16 + 1 + 81) / 3 over variance^2 is the kurtosis.
        const double var = 14.0 / 3.0;
        checkMoments(TimeDistribution::empirical({1.0, 2.0, 6.0}), 3.0, var, (98.0 / 3.0) / (var * var));
    }

    void sumSamplerAddsTasks()
    {
        // Two constant tasks and one exponential: the constants are summed once, the mean adds up.
        SumSampler s({TimeDistribution::deterministic(3.0), TimeDistribution::exponential(2.0),
                      TimeDistribution::deterministic(1.0)});
        QCOMPARE(s.meanS(), 6.0);
        RandomStream random(9);
        double sum = 0.0;
        double minimum = 1e300;
        for (int i = 0; i < kSamples; ++i) {
            const double x = s.sample(random);
            sum += x;
            minimum = std::min(minimum, x);
        }
        QVERIFY(std::abs(sum / kSamples - 6.0) < 5.0 * 2.0 / std::sqrt(kSamples));
        QVERIFY(minimum >= 4.0);
    }

    void streamsAreIndependentOfEachOther()
    {
        // Different (replication, stream) pairs give different seeds; the same triple the same.
        QCOMPARE(streamSeed(1, 0, 5), streamSeed(1, 0, 5));
        QVERIFY(streamSeed(1, 0, 5) != streamSeed(1, 5, 0));
        QVERIFY(streamSeed(1, 0, 5) != streamSeed(2, 0, 5));
        // Correlation of two streams' uniforms is near 0 (standard error 1/sqrt(n)).
        RandomStream a(streamSeed(1, 0, streamId(StreamKind::Process, 0)));
        RandomStream b(streamSeed(1, 0, streamId(StreamKind::Process, 1)));
        double sab = 0.0;
        for (int i = 0; i < kSamples; ++i)
            sab += (a.uniform() - 0.5) * (b.uniform() - 0.5);
        const double correlation = sab / kSamples * 12.0;
        QVERIFY(std::abs(correlation) < 5.0 / std::sqrt(kSamples));
    }

    void studentQuantiles()
    {
        // Tabulated two-sided 95 % values.
        QVERIFY(std::abs(studentT975(1) - 12.7062) < 1e-3);
        QVERIFY(std::abs(studentT975(4) - 2.7764) < 1e-3);
        QVERIFY(std::abs(studentT975(9) - 2.2622) < 1e-3);
        QVERIFY(std::abs(studentT975(29) - 2.0452) < 1e-3);
        QVERIFY(std::abs(studentT975(1000000) - 1.95996) < 1e-3);
    }

    void confidenceIntervalOfAMean()
    {
        // Values 1..5: mean 3, s = sqrt(2.5), half width t(4) s / sqrt(5).
        const Estimate e = estimateOf({1, 2, 3, 4, 5});
        const double half = 2.776445 * std::sqrt(2.5) / std::sqrt(5.0);
        QVERIFY(std::abs(e.mean - 3.0) < 1e-12);
        QVERIFY(std::abs(e.high - 3.0 - half) < 1e-4);
        QVERIFY(std::abs(3.0 - e.low - half) < 1e-4);
        const Estimate one = estimateOf({4.0});
        QCOMPARE(one.low, 4.0);
        QCOMPARE(one.high, 4.0);
    }

    void p2QuantileOfUniforms()
    {
        P2Quantile q(0.95);
        RandomStream random(3);
        for (int i = 0; i < kSamples; ++i)
            q.add(random.uniform() * 100.0);
        QVERIFY2(std::abs(q.value() - 95.0) < 0.5, qPrintable(QString::number(q.value())));
        P2Quantile few(0.95);
        few.add(3.0);
        few.add(1.0);
        few.add(2.0);
        QCOMPARE(few.value(), 3.0); // nearest rank of 3 values
    }
};

QTEST_GUILESS_MAIN(TestSamplers)
#include "tst_samplers.moc"
