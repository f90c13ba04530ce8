// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/simresult.h"

#include <vector>

namespace taktflow::core::simulation {

/**
 * Combines replications, in the order given (replication order, so that the sums and thus the
 * result are the same on any number of threads): estimates with 95 % confidence intervals for
 * throughput, output, WIP and lead time; means of every share and content; the largest
 * maximum buffer content; the first replication's series; the bottleneck by the largest mean
 * bottleneck share.
 */
ExperimentResult aggregateReplications(const std::vector<ReplicationResult> &replications);

} // namespace taktflow::core::simulation
