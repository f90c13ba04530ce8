// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <limits>

namespace taktflow::core::simulation {

/** One step of SplitMix64 (Steele, Lea & Flood 2014): a bijective mixer of 64-bit values. */
std::uint64_t splitMix64(std::uint64_t &state);

/**
 * The seed of one random stream: replication `replication` of an experiment seeded `seed`,
 * source of randomness `streamId`. Distinct triples give unrelated seeds, so each stream is
 * independent of the thread that runs it and of every other stream.
 */
std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t replication, std::uint64_t streamId);

/** Stream ids: one per source of randomness, stable across model variants so that two variants
 *  of the same line see common random numbers. */
enum class StreamKind : std::uint64_t { Arrivals = 1, ModelMix, Process, Setup, TimeToFailure, Repair };
std::uint64_t streamId(StreamKind kind, std::uint64_t station = 0, std::uint64_t server = 0);

/**
 * xoshiro256** (Blackman & Vigna 2018), a UniformRandomBitGenerator for the <random>
 * distributions. Chosen over std::mt19937_64 for its 32-byte state: a 50-station line keeps
 * a few hundred streams, which then stay in the first-level cache.
 */
class RandomStream
{
public:
    using result_type = std::uint64_t;
    static constexpr result_type min() { return 0; }
    static constexpr result_type max() { return std::numeric_limits<result_type>::max(); }

    RandomStream() : RandomStream(0) {}
    explicit RandomStream(std::uint64_t seed);

    result_type operator()()
    {
        const std::uint64_t result = rotl(mS[1] * 5, 7) * 9;
        const std::uint64_t t = mS[1] << 17;
        mS[2] ^= mS[0];
        mS[3] ^= mS[1];
        mS[1] ^= mS[2];
        mS[0] ^= mS[3];
        mS[2] ^= t;
        mS[3] = rotl(mS[3], 45);
        return result;
    }

    /** Uniform in [0, 1) with 53 random bits. */
    double uniform() { return static_cast<double>((*this)() >> 11) * 0x1.0p-53; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t mS[4];
};

} // namespace taktflow::core::simulation
