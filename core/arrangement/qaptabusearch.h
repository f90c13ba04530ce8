// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/arrangement/qaprandom.h"
#include "core/arrangement/qapsolver.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace taktflow::core {

/**
 * The working state of one robust tabu search (Taillard 1991) on the swap neighbourhood of
 * the free items: the permutation, its cost and the matrix of all swap deltas, kept current
 * in O(m^2) per move with Taillard's O(1) update for pairs not touching the moved items.
 *
 * T is the arithmetic of the delta matrix: double when every intermediate value is an exact
 * integer below 2^53 (it vectorises well), std::int64_t otherwise. The cost itself is always
 * tracked as std::int64_t. Internal to the QAP solver; exposed for its tests.
 */
template<typename T> class QapTabuSearch
{
public:
    /**
     * Copies the matrices into the search's own layouts (about a dozen O(n^2) passes, a tenth
     * of a second at n = 1,000 in a sanitizer build). `shouldStop` (may be empty) is polled
     * between rows; when it answers true the set-up ends early and ready() is false: the
     * object may then only be destroyed.
     */
    QapTabuSearch(const QapProblem &problem, std::vector<int> freeItems,
                  const std::function<bool()> &shouldStop = {});

    /** False when the constructor was stopped before its set-up was complete. */
    bool ready() const { return mReady; }

    /** A complete search state; copying one is O(m^2), much cheaper than a reset. */
    struct State {
        std::vector<int> perm;
        std::vector<int> slot; // slot of free item a, mirrors perm[free[a]]
        std::vector<T> delta;  // m x m, upper triangle used
        // Symmetric formulas only, m x m: cross[x * m + y] = sum over all items k of
        // SA(free x, k) * SB(free y, k), SA and SB being the two sides of those formulas (see
        // mSumA). It changes by a rank-1 term per move, and any swap delta follows from it in
        // O(1), so the pairs touching a moved item need no O(n) sums.
        std::vector<T> cross;
        std::int64_t cost = 0;
    };

    /**
     * Sets the permutation (slot per item) and recomputes the cost and all deltas, which is
     * O(m^2 n). `shouldStop` (may be empty) is polled about every million multiply-adds; when
     * it answers true the reset ends early and returns false: the permutation and cost are
     * then valid but the deltas are not, so neither run() nor applyMove() may follow.
     */
    bool reset(const std::vector<int> &permutation, const std::function<bool()> &shouldStop = {});
    const State &state() const { return mCur; }
    void restore(const State &state);

    /**
     * Goes from the current state to `permutation` (which must differ only in free items) by
     * swaps, each O(m^2) like a tabu step, when at most maxSwaps are needed; returns false and
     * changes nothing otherwise. Much cheaper than reset() for a permutation close to one whose
     * state is at hand (a child of crossover next to its parent).
     */
    bool walkTo(const std::vector<int> &permutation, int maxSwaps);

    /** How many free items have another slot in `permutation` than in the current state. */
    int differingItems(const std::vector<int> &permutation) const;

    /**
     * Path relinking (Glover): makes up to `steps` swaps toward `target`, each putting one
     * more free item on its slot in target, always the cheapest such swap by the maintained
     * deltas (ties at random). Returns the swaps made.
     */
    int relinkToward(const std::vector<int> &target, int steps, QapRandom &rng);

    /** Swaps the slots of free items number a and b (indices into the free list). */
    void applyMove(int a, int b);

    /** Applies `count` random swaps of free items. */
    void perturb(int count, QapRandom &rng);

    /**
     * Runs up to `iterations` tabu steps. Local optima cheaper than best.cost are copied into
     * best (best.cost is also the aspiration level). `shouldStop` is polled before the first
     * step and then about every four million multiply-adds (every 64 steps for m = n = 150,
     * every step from n = 1,000), so that large problems stop as promptly as small ones.
     * Returns the steps done.
     */
    std::int64_t run(std::int64_t iterations, QapRandom &rng, const std::function<bool()> &shouldStop, State &best);

    /** Tabu tenure as a share of m (Taillard's robust tabu search uses 1). */
    void setTenureScale(double scale) { mTenureScale = scale; }

    std::int64_t cost() const { return mCur.cost; }
    const std::vector<int> &permutation() const { return mCur.perm; }
    int freeCount() const { return mM; }
    /** The cost change of swapping free items a and b, from the maintained matrix. */
    T delta(int a, int b) const;
    /** The same change computed from scratch in O(n). */
    T fullDelta(int a, int b) const;
    /** The same change in O(1) from the cross matrix (symmetric formulas only). */
    T deltaFromCross(int a, int b) const;

private:
    void refreshMovedPairs(int a, int b);
    void refreshPairsFromCross(int c);
    /** False when shouldStop (polled between rows, may be empty) stopped it half-way. */
    bool rebuildPermutedDistances(const std::function<bool()> &shouldStop = {});
    void rebuildCross();
    const std::vector<T> &symmetricDistances() const { return mSymmetrisedDistances ? mBs : mBp; }
    void swapPermutedDistances(int u, int v);

    bool copyMatrices(const QapProblem &problem, const std::function<bool()> &shouldStop);
    bool buildFreeMatrices(const std::function<bool()> &shouldStop);

    int mN = 0;
    int mM = 0;
    bool mReady = false;
    // Either matrix symmetric: deltas use the cheaper symmetric formulas (see mSumA).
    bool mSymmetric = false;
    std::vector<T> mA;  // n x n flow
    std::vector<T> mAT; // transposed flow
    std::vector<T> mB;  // n x n distance
    // Distances seen by items: mBp[i * n + j] = distance(p(i), p(j)), kept current on every
    // move so that the O(n) delta sums read contiguous rows instead of gathering.
    std::vector<T> mBp;
    std::vector<T> mBpT; // its transpose; unused when the distances are symmetric
    bool mDistanceSymmetric = false;
    // True when only the flows are symmetric: the symmetric formulas then use mBs = mBp + mBpT
    // (kept current like mBp) with mSumA = A; otherwise mSumA = A + A^T with mBp.
    bool mSymmetrisedDistances = false;
    std::vector<T> mBs;
    std::vector<T> mSumA;  // n x n flow side of the symmetric formulas
    std::vector<T> mSumAf; // its m x m free part (symmetric)
    std::vector<T> mAfT; // m x m: flow between free items, transposed
    std::vector<T> mAf;  // m x m: flow between free items
    std::vector<int> mFree;
    State mCur;
    std::vector<std::int64_t> mTabu; // free item x slot: first iteration it may return
    std::vector<T> mColA, mRowA, mColB, mRowB;
    // Symmetric formulas only: the deltas of one moved item with every other (scratch), the
    // distance diagonal by slot and the flow diagonals by free item.
    std::vector<T> mPairDelta, mDiagB, mDiagAf, mDiagSAf;
    std::vector<int> mFreeAtSlot; // scratch of walkTo(): free item index per slot, -1 if none
    std::int64_t mIteration = 0;
    int mTenure = 1;
    double mTenureScale = 1.0;
};

extern template class QapTabuSearch<double>;
extern template class QapTabuSearch<std::int64_t>;

} // namespace taktflow::core
