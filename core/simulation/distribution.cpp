// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/distribution.h"

#include <QCoreApplication>

#include <cmath>
#include <numbers>
#include <numeric>

namespace taktflow::core::simulation {

namespace {

class DistributionText
{
    Q_DECLARE_TR_FUNCTIONS(SimulationDistribution)
};

bool finiteNonNegative(double value)
{
    return std::isfinite(value) && value >= 0.0;
}

} // namespace

QString distributionProblem(const TimeDistribution &d)
{
    using Kind = TimeDistribution::Kind;
    switch (d.kind) {
    case Kind::Deterministic:
    case Kind::Exponential:
        if (!finiteNonNegative(d.meanS))
            return DistributionText::tr("the time must be a finite number of seconds, at least 0");
        return {};
    case Kind::Normal:
    case Kind::Lognormal:
        if (!finiteNonNegative(d.meanS) || !finiteNonNegative(d.sdS))
            return DistributionText::tr("mean and standard deviation must be finite numbers of seconds, at least 0");
        if (d.kind == Kind::Lognormal && d.meanS <= 0.0 && d.sdS > 0.0)
            return DistributionText::tr("a lognormal time with a spread needs a mean above 0");
        return {};
    case Kind::Triangular:
        if (!finiteNonNegative(d.minS) || !finiteNonNegative(d.modeS) || !finiteNonNegative(d.maxS))
            return DistributionText::tr("minimum, mode and maximum must be finite numbers of seconds, at least 0");
        if (!(d.minS <= d.modeS && d.modeS <= d.maxS))
            return DistributionText::tr("a triangular time needs minimum <= mode <= maximum");
        return {};
    case Kind::Uniform:
        if (!finiteNonNegative(d.minS) || !finiteNonNegative(d.maxS))
            return DistributionText::tr("minimum and maximum must be finite numbers of seconds, at least 0");
        if (d.minS > d.maxS)
            return DistributionText::tr("a uniform time needs minimum <= maximum");
        return {};
    case Kind::Empirical:
        if (d.samplesS.empty())
            return DistributionText::tr("an empirical time needs at least one sample");
        for (double s : d.samplesS) {
            if (!finiteNonNegative(s))
                return DistributionText::tr("every sample must be a finite number of seconds, at least 0");
        }
        return {};
    }
    return DistributionText::tr("unknown distribution");
}

double distributionMeanS(const TimeDistribution &d)
{
    using Kind = TimeDistribution::Kind;
    switch (d.kind) {
    case Kind::Deterministic:
    case Kind::Exponential:
    case Kind::Lognormal:
        return d.meanS;
    case Kind::Normal: {
        if (d.sdS <= 0.0)
            return d.meanS;
        // Mean of N(mu, sigma) truncated to [0, inf): mu + sigma * phi(a) / (1 - Phi(a)), a = -mu/sigma.
        const double a = -d.meanS / d.sdS;
        const double phi = std::exp(-0.5 * a * a) / std::sqrt(2.0 * std::numbers::pi);
        const double tail = 0.5 * std::erfc(a / std::numbers::sqrt2);
        return tail > 0.0 ? d.meanS + d.sdS * phi / tail : 0.0;
    }
    case Kind::Triangular:
        return (d.minS + d.modeS + d.maxS) / 3.0;
    case Kind::Uniform:
        return 0.5 * (d.minS + d.maxS);
    case Kind::Empirical:
        return d.samplesS.empty() ? 0.0
                                  : std::accumulate(d.samplesS.begin(), d.samplesS.end(), 0.0)
                                        / static_cast<double>(d.samplesS.size());
    }
    return 0.0;
}

TimeDistribution scaledDistribution(const TimeDistribution &d, double factor)
{
    TimeDistribution s = d;
    s.meanS *= factor;
    s.sdS *= factor;
    s.minS *= factor;
    s.modeS *= factor;
    s.maxS *= factor;
    for (double &sample : s.samplesS)
        sample *= factor;
    return s;
}

} // namespace taktflow::core::simulation
