// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/balance/balanceproblem.h"

#include <cstdint>

namespace taktflow::core::detail {

/** SplitMix64 step: a cheap, well-mixed pseudo-random sequence from a state. */
inline std::uint64_t splitMix(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

inline Ticks ceilDiv(Ticks a, Ticks b)
{
    return (a + b - 1) / b;
}

} // namespace taktflow::core::detail
