// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/statistics.h"

#include <boost/math/distributions/students_t.hpp>

#include <algorithm>
#include <cmath>

namespace taktflow::core::simulation {

double studentT975(int degreesOfFreedom)
{
    const boost::math::students_t t(static_cast<double>(std::max(1, degreesOfFreedom)));
    return boost::math::quantile(t, 0.975);
}

Estimate estimateOf(const std::vector<double> &values)
{
    Estimate e;
    const auto n = static_cast<double>(values.size());
    if (values.empty())
        return e;
    double sum = 0.0;
    for (double v : values)
        sum += v;
    e.mean = sum / n;
    e.low = e.high = e.mean;
    if (values.size() < 2)
        return e;
    double squares = 0.0;
    for (double v : values)
        squares += (v - e.mean) * (v - e.mean);
    const double halfWidth = studentT975(static_cast<int>(values.size()) - 1) * std::sqrt(squares / (n - 1.0) / n);
    e.low = e.mean - halfWidth;
    e.high = e.mean + halfWidth;
    return e;
}

P2Quantile::P2Quantile(double p) : mP(p)
{
    mIncrements = {0.0, p / 2.0, p, (1.0 + p) / 2.0, 1.0};
}

void P2Quantile::add(double x)
{
    if (mCount < 5) {
        mHeights[static_cast<std::size_t>(mCount)] = x;
        ++mCount;
        if (mCount == 5) {
            std::sort(mHeights.begin(), mHeights.end());
            for (int i = 0; i < 5; ++i)
                mPositions[static_cast<std::size_t>(i)] = i + 1;
            mDesired = {1.0, 1.0 + 2.0 * mP, 1.0 + 4.0 * mP, 3.0 + 2.0 * mP, 5.0};
        }
        return;
    }
    ++mCount;
    int k = 0;
    if (x < mHeights[0]) {
        mHeights[0] = x;
    } else if (x >= mHeights[4]) {
        mHeights[4] = std::max(mHeights[4], x);
        k = 3;
    } else {
        while (k < 3 && x >= mHeights[static_cast<std::size_t>(k + 1)])
            ++k;
    }
    for (int i = k + 1; i < 5; ++i)
        mPositions[static_cast<std::size_t>(i)] += 1.0;
    for (int i = 0; i < 5; ++i)
        mDesired[static_cast<std::size_t>(i)] += mIncrements[static_cast<std::size_t>(i)];
    for (int i = 1; i < 4; ++i) {
        const auto u = static_cast<std::size_t>(i);
        const double d = mDesired[u] - mPositions[u];
        if ((d >= 1.0 && mPositions[u + 1] - mPositions[u] > 1.0) || (d <= -1.0 && mPositions[u - 1] - mPositions[u] < -1.0)) {
            const int step = d > 0 ? 1 : -1;
            const double candidate = parabolic(i, step);
            if (mHeights[u - 1] < candidate && candidate < mHeights[u + 1])
                mHeights[u] = candidate;
            else
                mHeights[u] = linear(i, step);
            mPositions[u] += step;
        }
    }
}

double P2Quantile::parabolic(int i, double d) const
{
    const auto u = static_cast<std::size_t>(i);
    const double n0 = mPositions[u - 1], n1 = mPositions[u], n2 = mPositions[u + 1];
    const double q0 = mHeights[u - 1], q1 = mHeights[u], q2 = mHeights[u + 1];
    return q1 + d / (n2 - n0) * ((n1 - n0 + d) * (q2 - q1) / (n2 - n1) + (n2 - n1 - d) * (q1 - q0) / (n1 - n0));
}

double P2Quantile::linear(int i, int d) const
{
    const auto u = static_cast<std::size_t>(i);
    const auto v = static_cast<std::size_t>(i + d);
    return mHeights[u] + d * (mHeights[v] - mHeights[u]) / (mPositions[v] - mPositions[u]);
}

double P2Quantile::value() const
{
    if (mCount == 0)
        return 0.0;
    if (mCount < 5) {
        // Exact: the nearest-rank quantile of the few values seen.
        std::array<double, 5> sorted = mHeights;
        const auto n = static_cast<std::size_t>(mCount);
        std::sort(sorted.begin(), sorted.begin() + static_cast<std::ptrdiff_t>(n));
        const auto rank = static_cast<std::size_t>(std::ceil(mP * static_cast<double>(n)));
        return sorted[std::clamp<std::size_t>(rank, 1, n) - 1];
    }
    return mHeights[2];
}

namespace {
constexpr int kBinsPerOctave = 64;
constexpr int kLowestOctave = -20;
constexpr int kOctaves = 60;
} // namespace

HistogramQuantile::HistogramQuantile(double p)
    : mP(p)
    , mBins(1 + kOctaves * kBinsPerOctave, 0)
{
}

void HistogramQuantile::reset()
{
    std::fill(mBins.begin(), mBins.end(), 0);
    mCount = 0;
    mMin = mMax = 0.0;
}

void HistogramQuantile::add(double x)
{
    mMin = mCount == 0 ? x : std::min(mMin, x);
    mMax = mCount == 0 ? x : std::max(mMax, x);
    ++mCount;
    const double position = (std::log2(x) - kLowestOctave) * kBinsPerOctave; // -inf for 0
    const auto last = static_cast<double>(mBins.size() - 1);
    const double bin = position < 0.0 ? 0.0 : std::min(last, 1.0 + std::floor(position));
    ++mBins[static_cast<std::size_t>(bin)];
}

double HistogramQuantile::value() const
{
    if (mCount == 0)
        return 0.0;
    const auto rank = std::max<long long>(1, static_cast<long long>(std::ceil(mP * static_cast<double>(mCount))));
    long long seen = 0;
    std::size_t bin = 0;
    while (bin + 1 < mBins.size() && seen + mBins[bin] < rank)
        seen += mBins[bin++];
    if (bin == 0)
        return mMin;
    // Bin b >= 1 holds [2^(lo + (b-1)/64), 2^(lo + b/64)); its geometric middle is at b - 1/2.
    const double middle = std::exp2(kLowestOctave + (static_cast<double>(bin) - 0.5) / kBinsPerOctave);
    return std::clamp(middle, mMin, mMax);
}

} // namespace taktflow::core::simulation
