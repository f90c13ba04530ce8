// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/project.h"

#include <cstdint>

namespace taktflow::test {

/** Sizes of a generated project for round-trip tests and benchmarks. */
struct GeneratedSizes {
    int items = 1000;
    int tasks = 200;
    int flows = 2000;
    int aisles = 30;
    std::uint32_t seed = 1;
};

/**
 * A deterministic, valid project of one variant: items on a grid of bays between aisles,
 * one line whose tasks form a random acyclic precedence graph, and random flows between items.
 */
core::Project generateProject(const GeneratedSizes &sizes);

} // namespace taktflow::test
