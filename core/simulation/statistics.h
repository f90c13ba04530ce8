// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/simresult.h"

#include <array>
#include <vector>

namespace taktflow::core::simulation {

/** The 97.5 % quantile of Student's t with `degreesOfFreedom` >= 1 (the two-sided 95 % factor). */
double studentT975(int degreesOfFreedom);

/** Mean and 95 % confidence interval of the mean of independent values (Student t with n - 1
 *  degrees of freedom); one value: low = high = mean; none: all 0. */
Estimate estimateOf(const std::vector<double> &values);

/**
 * A running quantile estimate in constant memory: the P-square algorithm of Jain & Chlamtac
 * (1985), five markers moved by piecewise-parabolic interpolation. Exact up to five values.
 */
class P2Quantile
{
public:
    explicit P2Quantile(double p);
    void add(double x);
    double value() const;
    long long count() const { return mCount; }

private:
    double parabolic(int i, double d) const;
    double linear(int i, int d) const;

    double mP;
    long long mCount = 0;
    std::array<double, 5> mHeights{};
    std::array<double, 5> mPositions{};
    std::array<double, 5> mDesired{};
    std::array<double, 5> mIncrements{};
};

/**
 * A running quantile in constant memory whose error does not depend on the order of the values:
 * lead times of successive parts are strongly correlated (a long queue ages every part behind
 * it), which drags P-square's markers far off (an M/M/1 at rho = 0.7: +3.8 % over 10
 * replications, single replications at twice the true value). A histogram of log-spaced bins,
 * 64 per octave from 2^-20 s to 2^40 s, read at the middle of the bin holding the nearest-rank
 * value: at most 0.55 % off, and clamped to the smallest and largest value seen, so that equal
 * values come out exact.
 */
class HistogramQuantile
{
public:
    explicit HistogramQuantile(double p);
    /** Forgets every value (the bins stay allocated). */
    void reset();
    void add(double x);
    double value() const;
    long long count() const { return mCount; }

private:
    double mP;
    long long mCount = 0;
    double mMin = 0.0;
    double mMax = 0.0;
    /** mBins[0]: below 2^-20 s (and 0); then 64 per octave. */
    std::vector<long long> mBins;
};

} // namespace taktflow::core::simulation
