// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/simulation/experiment.h"
#include "core/simulation/simmodel.h"
#include "core/simulation/simresult.h"

#include <QString>

#include <optional>
#include <vector>

/*
 * What the proofs of the simulation's numbers share: small builders for the engine's model and
 * the checks that hold on every run whatever the line (Little's law, state shares summing to 1,
 * buffer contents within capacity), so that no proof can forget them.
 */
namespace taktflow::proofs {

using core::TimeDistribution;
using core::simulation::Estimate;
using core::simulation::ExperimentResult;
using core::simulation::ExperimentSettings;
using core::simulation::SimModel;
using core::simulation::SimSource;
using core::simulation::SimStation;

/** One station with one product model whose process time is `time`. */
SimStation station(const char *name, const TimeDistribution &time, int servers = 1);

/** Exponential operating time between failures and exponential repair time. */
core::FailureSpec failuresOnOperatingTime(double mtbfS, double mttrS);

SimSource saturatedSource();
/** Poisson arrivals: exponential inter-arrival times of the given mean. */
SimSource poissonSource(double meanInterarrivalS);

SimModel line(std::vector<SimStation> stations, std::vector<std::optional<int>> buffers,
              SimSource source = saturatedSource());

ExperimentSettings settings(double durationS, double warmupS, int replications, std::uint64_t seed = 1);

/**
 * Runs the experiment and checks what must hold on every run: it completed, it reports the
 * requested replications, its confidence intervals contain their means, every station's
 * shares sum to 1, no buffer ever held more than its capacity, and Little's law
 * (checkLittle). Failures are reported through Qt Test; the result is returned either way.
 */
ExperimentResult runChecked(const SimModel &model, const ExperimentSettings &settings);

/**
 * Little's law L = lambda * W on the experiment's means: WIP mean against throughput per
 * second times lead time mean.
 *
 * Why it holds only nearly on a finite window [w, w + T]: integrating the number in system
 * N(t) over the window counts, for every part that left in the window, its time inside the
 * window; the lead times W_i count the whole stay, also before w; and parts still inside at
 * w + T are in the integral but not among the lead times. So
 *     T * L - D * W = (time inside the window of the parts left at w + T)
 *                   - (time before w of the parts present at w that left in the window),
 * two edge terms. In steady state each has the mean lambda E[W^2] / 2 (the summed ages of the
 * parts present), which is L * W for an exponential sojourn: relative to T * L that is W / T,
 * and the two cancel in expectation. They do not cancel in a given run: N and the ages grow
 * together in congestion, so a replication whose window opens in a long busy period carries
 * several times L * W. Allowing 5 L W per edge gives 10 * W / T. On top, the mean of products
 * over replications differs from the product of means by the covariance of throughput and
 * lead time between replications (0.2 % for runs of ~1000 parts, less for longer ones):
 * 0.5 %. Tolerance: 10 * W / T + 0.5 %. Measured on the CI coverage runs (M/M/1, rho = 0.5,
 * 10 x 2000 s, W / T = 0.1 %): over 6000 experiments the relative error stayed within
 * [-0.97 %, +1.30 %] against the 1.5 % allowed, and a reference simulation written apart from
 * the engine showed the same spread (1 % and 99 % quantiles -0.27 % and +0.50 %, the engine's
 * -0.28 % and +0.49 %).
 */
void checkLittle(const ExperimentResult &result, const ExperimentSettings &settings);

/**
 * The estimate agrees with a true value derived by hand, at a power fixed in advance.
 *
 * Test: |mean - truth| <= 2 * h + absSlack with h the 95 % half-width. For a correct engine
 * (mean - truth) / (h / t_{0.975,n-1}) is Student t with n - 1 degrees of freedom, so the
 * check fails by chance with probability P(|t_9| > 2 * 2.262 = 4.52) ~ 0.15 % for 10
 * replications (and the seed is fixed, so a passing run passes every time).
 * The CI must also be narrow: h <= maxRelHalfWidth * truth, otherwise a noisy or short run
 * would let any answer pass; every caller argues its run length from that bound.
 */
void expectNear(const char *what, const Estimate &estimate, double truth, double maxRelHalfWidth,
                double absSlack = 0.0);

/** A plain figure (a share, a content) against its true value, within tolerance. */
void expectWithin(const char *what, double measured, double truth, double tolerance);

/** Prints "what: measured vs theory" so the run's log records the evidence. */
void report(const char *what, double measured, double truth);

} // namespace taktflow::proofs
