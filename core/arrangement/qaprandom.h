// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>

namespace taktflow::core {

/**
 * A small, fast generator (SplitMix64) whose sequence is the same on every platform and
 * standard library, so that seeded searches are reproducible everywhere.
 */
class QapRandom
{
public:
    // The seed is scrambled first: SplitMix64 streams from nearby raw states are shifted copies
    // of each other, which would make seeds 2 and 3 search almost identically.
    explicit QapRandom(std::uint64_t seed)
        : mState(mix(seed ^ 0x6A09E667F3BCC909ULL))
    {
    }

    std::uint64_t next() { return mix(mState += 0x9E3779B97F4A7C15ULL); }

    /** Uniform in [0, bound); bound > 0. The multiply-shift bias is below 2^-32 here. */
    int below(int bound) { return int(((next() >> 32) * std::uint64_t(bound)) >> 32); }

    /** Uniform in [lo, hi]. */
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }

    /** Uniform in [0, 1). */
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    static std::uint64_t mix(std::uint64_t z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    std::uint64_t mState;
};

} // namespace taktflow::core
