// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/sampler.h"

#include "core/simulation/distribution.h"

#include <cmath>

namespace taktflow::core::simulation {

namespace {

// The ziggurat's layers for the exponential density e^-x: k = acceptance thresholds on 32-bit
// integers, w = integer-to-x scale per layer, f = density at the layer edges (Marsaglia & Tsang
// 2000, section 3, with r = 7.69711747013104972 and layer area v = 3.949659822581572e-3).
struct ExponentialZiggurat {
    std::uint32_t k[256];
    double w[256];
    double f[256];

    ExponentialZiggurat()
    {
        constexpr double m = 4294967296.0; // 2^32
        double d = 7.69711747013104972;
        double t = d;
        constexpr double v = 3.949659822581572e-3;
        const double q = v / std::exp(-d);
        k[0] = static_cast<std::uint32_t>((d / q) * m);
        k[1] = 0;
        w[0] = q / m;
        w[255] = d / m;
        f[0] = 1.0;
        f[255] = std::exp(-d);
        for (int i = 254; i >= 1; --i) {
            d = -std::log(v / d + std::exp(-d));
            k[i + 1] = static_cast<std::uint32_t>((d / t) * m);
            t = d;
            f[i] = std::exp(-d);
            w[i] = d / m;
        }
    }
};

const ExponentialZiggurat &ziggurat()
{
    static const ExponentialZiggurat table;
    return table;
}

constexpr double kZigguratR = 7.69711747013104972;

} // namespace

double standardExponential(RandomStream &random)
{
    const ExponentialZiggurat &z = ziggurat();
    for (;;) {
        const std::uint64_t bits = random();
        const auto layer = static_cast<std::size_t>(bits & 255u);
        const auto j = static_cast<std::uint32_t>(bits >> 32);
        const double x = j * z.w[layer];
        if (j < z.k[layer])
            return x;
        if (layer == 0)
            return kZigguratR - std::log(1.0 - random.uniform()); // the tail beyond r, memoryless
        if (z.f[layer] + random.uniform() * (z.f[layer - 1] - z.f[layer]) < std::exp(-x))
            return x;
    }
}

Sampler::Sampler(const TimeDistribution &d)
{
    using K = TimeDistribution::Kind;
    mA = d.meanS;
    switch (d.kind) {
    case K::Deterministic:
        break;
    case K::Exponential:
        if (d.meanS > 0.0) {
            mKind = Kind::Exponential;
        }
        break;
    case K::Normal:
        if (d.sdS > 0.0) {
            mKind = Kind::Normal;
            mNormal = std::normal_distribution<double>(d.meanS, d.sdS);
        }
        break;
    case K::Lognormal:
        if (d.sdS > 0.0 && d.meanS > 0.0) {
            // Mean m and sd s of the lognormal give sigma^2 = ln(1 + s^2/m^2), mu = ln m - sigma^2/2.
            const double ratio = d.sdS / d.meanS;
            const double sigma2 = std::log1p(ratio * ratio);
            mKind = Kind::Lognormal;
            mLognormal = std::lognormal_distribution<double>(std::log(d.meanS) - 0.5 * sigma2, std::sqrt(sigma2));
        }
        break;
    case K::Triangular:
        mA = d.minS;
        if (d.maxS > d.minS) {
            mKind = Kind::Triangular;
            mB = d.maxS;
            mC = d.modeS;
            mSplit = (d.modeS - d.minS) / (d.maxS - d.minS);
        }
        break;
    case K::Uniform:
        mA = d.minS;
        if (d.maxS > d.minS) {
            mKind = Kind::Uniform;
            mB = d.maxS - d.minS;
        }
        break;
    case K::Empirical:
        if (d.samplesS.size() == 1) {
            mA = d.samplesS.front();
        } else if (!d.samplesS.empty()) {
            mKind = Kind::Empirical;
            mSamples = d.samplesS;
            mPick = std::uniform_int_distribution<std::size_t>(0, mSamples.size() - 1);
        }
        break;
    }
}

double Sampler::sampleOther(RandomStream &random)
{
    switch (mKind) {
    case Kind::Normal:
        for (;;) {
            const double x = mNormal(random);
            if (x >= 0.0)
                return x;
        }
    case Kind::Lognormal:
        return mLognormal(random);
    case Kind::Triangular: {
        // Inverse of the triangular CDF on [a, b] with mode c.
        const double u = random.uniform();
        const double width = mB - mA;
        if (u < mSplit)
            return mA + std::sqrt(u * width * (mC - mA));
        return mB - std::sqrt((1.0 - u) * width * (mB - mC));
    }
    case Kind::Empirical: {
        return mSamples[mPick(random)];
    }
    default:
        return sample(random);
    }
}

SumSampler::SumSampler(const std::vector<TimeDistribution> &distributions)
{
    for (const TimeDistribution &d : distributions) {
        mMeanS += distributionMeanS(d);
        Sampler s(d);
        if (s.isConstant()) {
            mConstantS += s.constantS();
        } else if (!mHasFirst) {
            mFirst = std::move(s);
            mHasFirst = true;
        } else {
            mRandom.push_back(std::move(s));
        }
    }
}

} // namespace taktflow::core::simulation
