// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/simulationsettings.h"
#include "core/simulation/randomstreams.h"

#include <cmath>
#include <random>
#include <vector>

namespace taktflow::core::simulation {

/**
 * A draw of Exp(1) by the ziggurat method of Marsaglia & Tsang (2000): 256 layers, one 64-bit
 * random number and a table look-up in about 99 % of the draws, a logarithm only in the rest.
 * Measured about twice as fast as inversion (-log u), which matters because an exponential
 * line spends one draw per event.
 */
double standardExponential(RandomStream &random);

/**
 * Draws durations in seconds from one TimeDistribution. Degenerate shapes (no spread, one
 * sample) become constants so that a deterministic line costs no random numbers at all.
 * The normal distribution is truncated at 0 by resampling (not by clamping, which would put a
 * point mass at 0 and change the shape); with the mean at or above 0, which distributionProblem
 * demands, a draw is accepted with probability at least 1/2.
 */
class Sampler
{
public:
    explicit Sampler(const TimeDistribution &distribution);

    bool isConstant() const { return mKind == Kind::Constant; }
    /** The value of a constant sampler. */
    double constantS() const { return mA; }

    double sample(RandomStream &random)
    {
        switch (mKind) {
        case Kind::Constant: return mA;
        case Kind::Exponential: return mA * standardExponential(random);
        case Kind::Uniform: return mA + mB * random.uniform();
        default: return sampleOther(random);
        }
    }

private:
    enum class Kind { Constant, Exponential, Normal, Lognormal, Triangular, Uniform, Empirical };
    double sampleOther(RandomStream &random);

    Kind mKind = Kind::Constant;
    double mA = 0.0; // constant value, minimum
    double mB = 0.0; // uniform width; triangular: max
    double mC = 0.0; // triangular: mode
    double mSplit = 0.0; // triangular: CDF at the mode
    std::normal_distribution<double> mNormal;
    std::lognormal_distribution<double> mLognormal;
    std::vector<double> mSamples;
    std::uniform_int_distribution<std::size_t> mPick;
};

/** One part's process time: the sum of one sample of each task time, the constant ones summed
 *  once when the station is built. */
class SumSampler
{
public:
    SumSampler() = default;
    explicit SumSampler(const std::vector<TimeDistribution> &distributions);

    double sample(RandomStream &random)
    {
        // The usual station has one random time: kept inline, no walk through a vector.
        double total = mConstantS;
        if (mHasFirst)
            total += mFirst.sample(random);
        for (Sampler &s : mRandom)
            total += s.sample(random);
        return total;
    }
    /** The exact mean in seconds. */
    double meanS() const { return mMeanS; }

private:
    double mConstantS = 0.0;
    double mMeanS = 0.0;
    bool mHasFirst = false;
    Sampler mFirst{TimeDistribution::deterministic(0.0)};
    std::vector<Sampler> mRandom;
};

} // namespace taktflow::core::simulation
