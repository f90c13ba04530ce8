// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/randomstreams.h"

namespace taktflow::core::simulation {

std::uint64_t splitMix64(std::uint64_t &state)
{
    state += 0x9E3779B97F4A7C15ull;
    std::uint64_t z = state;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

std::uint64_t streamSeed(std::uint64_t seed, std::uint64_t replication, std::uint64_t streamId)
{
    // Mix each part in turn so that (seed, r, id) and (seed, id, r) differ.
    std::uint64_t state = seed;
    std::uint64_t h = splitMix64(state);
    state = h ^ replication;
    h = splitMix64(state);
    state = h ^ streamId;
    return splitMix64(state);
}

std::uint64_t streamId(StreamKind kind, std::uint64_t station, std::uint64_t server)
{
    return (static_cast<std::uint64_t>(kind) << 56) | (station << 24) | server;
}

RandomStream::RandomStream(std::uint64_t seed)
{
    // The generator's authors recommend SplitMix64 to fill the state; it is never all zero.
    std::uint64_t state = seed;
    for (std::uint64_t &s : mS)
        s = splitMix64(state);
}

} // namespace taktflow::core::simulation
