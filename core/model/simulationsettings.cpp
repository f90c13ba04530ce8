// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/simulationsettings.h"

#include <array>
#include <utility>

namespace taktflow::core {

TimeDistribution TimeDistribution::deterministic(double valueS)
{
    TimeDistribution d;
    d.meanS = valueS;
    return d;
}

TimeDistribution TimeDistribution::exponential(double meanS)
{
    TimeDistribution d;
    d.kind = Kind::Exponential;
    d.meanS = meanS;
    return d;
}

TimeDistribution TimeDistribution::normal(double meanS, double sdS)
{
    TimeDistribution d;
    d.kind = Kind::Normal;
    d.meanS = meanS;
    d.sdS = sdS;
    return d;
}

TimeDistribution TimeDistribution::lognormal(double meanS, double sdS)
{
    TimeDistribution d = normal(meanS, sdS);
    d.kind = Kind::Lognormal;
    return d;
}

TimeDistribution TimeDistribution::triangular(double minS, double modeS, double maxS)
{
    TimeDistribution d;
    d.kind = Kind::Triangular;
    d.minS = minS;
    d.modeS = modeS;
    d.maxS = maxS;
    return d;
}

TimeDistribution TimeDistribution::uniform(double minS, double maxS)
{
    TimeDistribution d;
    d.kind = Kind::Uniform;
    d.minS = minS;
    d.maxS = maxS;
    return d;
}

TimeDistribution TimeDistribution::empirical(std::vector<double> samplesS)
{
    TimeDistribution d;
    d.kind = Kind::Empirical;
    d.samplesS = std::move(samplesS);
    return d;
}

namespace {
using Kind = TimeDistribution::Kind;
constexpr std::array<std::pair<Kind, const char *>, 7> kDistributionKindNames{{
    {Kind::Deterministic, "deterministic"},
    {Kind::Exponential, "exponential"},
    {Kind::Normal, "normal"},
    {Kind::Lognormal, "lognormal"},
    {Kind::Triangular, "triangular"},
    {Kind::Uniform, "uniform"},
    {Kind::Empirical, "empirical"},
}};
} // namespace

QString distributionKindName(TimeDistribution::Kind kind)
{
    for (const auto &[k, name] : kDistributionKindNames) {
        if (k == kind)
            return QString::fromLatin1(name);
    }
    return {};
}

std::optional<TimeDistribution::Kind> distributionKindFromName(const QString &name)
{
    for (const auto &[k, text] : kDistributionKindNames) {
        if (name == QLatin1String(text))
            return k;
    }
    return std::nullopt;
}

} // namespace taktflow::core
