// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/arrangement/qaptabusearch.h"

#include <QtGlobal>

#include <algorithm>
#include <limits>
#include <type_traits>
#include <utility>

namespace taktflow::core {

namespace {

// The two hot kernels get an AVX2 build next to the baseline one, picked at load time, so
// one binary runs everywhere yet uses wide vectors where the CPU has them.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define TAKTFLOW_QAP_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define TAKTFLOW_QAP_CLONES
#endif

// The hot loop of every iteration; kept free of branches so that it vectorises. Pairs that
// touch the moved items get wrong values here and are recomputed afterwards.
template<typename T, bool Symmetric>
Q_ALWAYS_INLINE void updateDeltas(T *delta, int m, const T *colA, const T *rowA, const T *colB, const T *rowB)
{
    for (int x = 0; x + 1 < m; ++x) {
        T *row = delta + std::size_t(x) * std::size_t(m);
        const T cax = colA[x];
        const T cbx = colB[x];
        if constexpr (Symmetric) {
            for (int y = x + 1; y < m; ++y)
                row[y] += (cax - colA[y]) * (colB[y] - cbx);
        } else {
            const T rax = rowA[x];
            const T rbx = rowB[x];
            for (int y = x + 1; y < m; ++y)
                row[y] += (cax - colA[y]) * (colB[y] - cbx) + (rax - rowA[y]) * (rowB[y] - rbx);
        }
    }
}

// Sum over k of (aR - aS)(bS - bR) [+ (atR - atS)(btS - btR)]. Four partial sums let the
// compiler use SIMD lanes; the values are exact integers, so the order of addition is free.
template<typename T, bool Symmetric>
Q_ALWAYS_INLINE T deltaSum(const T *aR, const T *aS, const T *bR, const T *bS, const T *atR, const T *atS, const T *btR,
                           const T *btS, std::size_t n)
{
    T s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    auto term = [&](std::size_t k) {
        if constexpr (Symmetric)
            return (aR[k] - aS[k]) * (bS[k] - bR[k]);
        else
            return (aR[k] - aS[k]) * (bS[k] - bR[k]) + (atR[k] - atS[k]) * (btS[k] - btR[k]);
    };
    std::size_t k = 0;
    for (; k + 4 <= n; k += 4) {
        s0 += term(k);
        s1 += term(k + 1);
        s2 += term(k + 2);
        s3 += term(k + 3);
    }
    for (; k < n; ++k)
        s0 += term(k);
    return (s0 + s1) + (s2 + s3);
}

// The cross matrix after a swap of free items a and b (see State::cross): the columns of a and
// b trade places, then every entry gains colA[x] * colB[y]. Branch-free so that it vectorises.
template<typename T> Q_ALWAYS_INLINE void updateCross(T *cross, int m, int a, int b, const T *colA, const T *colB)
{
    for (int x = 0; x < m; ++x) {
        T *row = cross + std::size_t(x) * std::size_t(m);
        std::swap(row[a], row[b]);
        const T cx = colA[x];
        for (int y = 0; y < m; ++y)
            row[y] += cx * colB[y];
    }
}

// A dot product with four partial sums, like deltaSum(); it builds the cross matrix in reset().
template<typename T> Q_ALWAYS_INLINE T dot(const T *u, const T *v, std::size_t n)
{
    T s0 = 0, s1 = 0, s2 = 0, s3 = 0;
    std::size_t k = 0;
    for (; k + 4 <= n; k += 4) {
        s0 += u[k] * v[k];
        s1 += u[k + 1] * v[k + 1];
        s2 += u[k + 2] * v[k + 2];
        s3 += u[k + 3] * v[k + 3];
    }
    for (; k < n; ++k)
        s0 += u[k] * v[k];
    return (s0 + s1) + (s2 + s3);
}

// Whether any of values[0..count) is at most limit: a vectorised pre-check that lets the tabu
// step skip most rows of the delta matrix without looking at their tabu entries.
template<typename T> Q_ALWAYS_INLINE bool anyAtMost(const T *values, int count, T limit)
{
    int hits = 0;
    for (int i = 0; i < count; ++i)
        hits += values[i] <= limit ? 1 : 0;
    return hits > 0;
}

// Non-template entry points, because target_clones does not apply to templates.
TAKTFLOW_QAP_CLONES bool anyAtMostDouble(const double *values, int count, double limit)
{
    return anyAtMost<double>(values, count, limit);
}

TAKTFLOW_QAP_CLONES void updateCrossDouble(double *cross, int m, int a, int b, const double *colA, const double *colB)
{
    updateCross<double>(cross, m, a, b, colA, colB);
}

TAKTFLOW_QAP_CLONES double dotDouble(const double *u, const double *v, std::size_t n)
{
    return dot<double>(u, v, n);
}

TAKTFLOW_QAP_CLONES void updateDeltasSymmetric(double *delta, int m, const double *colA, const double *colB)
{
    updateDeltas<double, true>(delta, m, colA, nullptr, colB, nullptr);
}

TAKTFLOW_QAP_CLONES void updateDeltasGeneral(double *delta, int m, const double *colA, const double *rowA,
                                             const double *colB, const double *rowB)
{
    updateDeltas<double, false>(delta, m, colA, rowA, colB, rowB);
}

TAKTFLOW_QAP_CLONES double deltaSumSymmetric(const double *aR, const double *aS, const double *bR, const double *bS,
                                             std::size_t n)
{
    return deltaSum<double, true>(aR, aS, bR, bS, nullptr, nullptr, nullptr, nullptr, n);
}

TAKTFLOW_QAP_CLONES double deltaSumGeneral(const double *aR, const double *aS, const double *bR, const double *bS,
                                           const double *atR, const double *atS, const double *btR, const double *btS,
                                           std::size_t n)
{
    return deltaSum<double, false>(aR, aS, bR, bS, atR, atS, btR, btS, n);
}

template<typename T> void dispatchUpdateCross(T *cross, int m, int a, int b, const T *colA, const T *colB)
{
    if constexpr (std::is_same_v<T, double>)
        updateCrossDouble(cross, m, a, b, colA, colB);
    else
        updateCross<T>(cross, m, a, b, colA, colB);
}

template<typename T> bool dispatchAnyAtMost(const T *values, int count, T limit)
{
    if constexpr (std::is_same_v<T, double>)
        return anyAtMostDouble(values, count, limit);
    else
        return anyAtMost<T>(values, count, limit);
}

template<typename T> T dispatchDot(const T *u, const T *v, std::size_t n)
{
    if constexpr (std::is_same_v<T, double>)
        return dotDouble(u, v, n);
    else
        return dot<T>(u, v, n);
}

template<typename T>
void dispatchUpdate(bool symmetric, T *delta, int m, const T *colA, const T *rowA, const T *colB, const T *rowB)
{
    if constexpr (std::is_same_v<T, double>) {
        if (symmetric)
            updateDeltasSymmetric(delta, m, colA, colB);
        else
            updateDeltasGeneral(delta, m, colA, rowA, colB, rowB);
    } else if (symmetric) {
        updateDeltas<T, true>(delta, m, colA, rowA, colB, rowB);
    } else {
        updateDeltas<T, false>(delta, m, colA, rowA, colB, rowB);
    }
}

template<typename T>
T dispatchDeltaSum(bool symmetric, const T *aR, const T *aS, const T *bR, const T *bS, const T *atR, const T *atS,
                   const T *btR, const T *btS, std::size_t n)
{
    if constexpr (std::is_same_v<T, double>) {
        return symmetric ? deltaSumSymmetric(aR, aS, bR, bS, n)
                         : deltaSumGeneral(aR, aS, bR, bS, atR, atS, btR, btS, n);
    } else {
        return symmetric ? deltaSum<T, true>(aR, aS, bR, bS, atR, atS, btR, btS, n)
                         : deltaSum<T, false>(aR, aS, bR, bS, atR, atS, btR, btS, n);
    }
}

} // namespace

namespace {

// The set-up polls its stop hook once per row: a row is n cells, cheap next to the poll only
// because n is large whenever the set-up takes long.
bool stopBetweenRows(const std::function<bool()> &shouldStop)
{
    return shouldStop && shouldStop();
}

// Sizes `matrix` to rows x rowLength zeros a row at a time: the first touch of n^2 cells (page
// faults, and the shadow memory under a sanitizer) takes tens of milliseconds at n = 1,000.
template<typename T>
bool resizeBetweenRows(std::vector<T> &matrix, std::size_t rows, std::size_t rowLength,
                       const std::function<bool()> &shouldStop)
{
    matrix.reserve(rows * rowLength);
    for (std::size_t r = matrix.size() / std::max<std::size_t>(1, rowLength); r < rows; ++r) {
        if (stopBetweenRows(shouldStop))
            return false;
        matrix.resize((r + 1) * rowLength);
    }
    return true;
}

} // namespace

template<typename T>
QapTabuSearch<T>::QapTabuSearch(const QapProblem &problem, std::vector<int> freeItems,
                                const std::function<bool()> &shouldStop)
    : mN(problem.n)
    , mM(int(freeItems.size()))
    , mFree(std::move(freeItems))
{
    mReady = copyMatrices(problem, shouldStop) && buildFreeMatrices(shouldStop);
}

template<typename T>
bool QapTabuSearch<T>::copyMatrices(const QapProblem &problem, const std::function<bool()> &shouldStop)
{
    const std::size_t n = std::size_t(mN);
    for (std::vector<T> *matrix : {&mA, &mAT, &mB, &mBp}) {
        if (!resizeBetweenRows(*matrix, n, n, shouldStop))
            return false;
    }
    mSymmetric = true;
    mDistanceSymmetric = true;
    for (std::size_t i = 0; i < n; ++i) {
        if (stopBetweenRows(shouldStop))
            return false;
        for (std::size_t j = 0; j < n; ++j) {
            mA[i * n + j] = T(problem.flow[i * n + j]);
            mAT[j * n + i] = T(problem.flow[i * n + j]);
            mB[i * n + j] = T(problem.distance[i * n + j]);
            if (problem.distance[i * n + j] != problem.distance[j * n + i])
                mDistanceSymmetric = false;
            if (problem.flow[i * n + j] != problem.flow[j * n + i])
                mSymmetric = false;
        }
    }
    const bool flowSymmetric = mSymmetric;
    // With one symmetric matrix the other can be replaced by its symmetric part, which halves
    // the work per pair: sum A(i,j) B(p(i),p(j)) over both orders of i, j is then
    // sum (A + A^T)(i,j) B(p(i),p(j)) = sum A(i,j) (B + B^T)(p(i),p(j)) over one. Taillard's
    // tai*b instances have a symmetric flow and an asymmetric distance matrix.
    mSymmetric = flowSymmetric || mDistanceSymmetric;
    mSymmetrisedDistances = !mDistanceSymmetric && flowSymmetric;
    if (!mDistanceSymmetric && !resizeBetweenRows(mBpT, n, n, shouldStop))
        return false;
    if (mSymmetrisedDistances && !resizeBetweenRows(mBs, n, n, shouldStop))
        return false;
    // The flow side of the symmetric formulas: A + A^T when the distances are symmetric
    // (2 A for a symmetric flow), A itself when the distances are the symmetrised side.
    if (!resizeBetweenRows(mSumA, n, n, shouldStop))
        return false;
    for (std::size_t i = 0; i < n; ++i) {
        if (stopBetweenRows(shouldStop))
            return false;
        for (std::size_t j = 0; j < n; ++j)
            mSumA[i * n + j] = mSymmetrisedDistances ? mA[i * n + j] : mA[i * n + j] + mAT[i * n + j];
    }
    return true;
}

template<typename T> bool QapTabuSearch<T>::buildFreeMatrices(const std::function<bool()> &shouldStop)
{
    const std::size_t n = std::size_t(mN);
    const std::size_t m = std::size_t(mM);
    for (std::vector<T> *matrix : {&mAf, &mAfT, &mSumAf}) {
        if (!resizeBetweenRows(*matrix, m, m, shouldStop))
            return false;
    }
    for (std::size_t x = 0; x < m; ++x) {
        if (stopBetweenRows(shouldStop))
            return false;
        for (std::size_t y = 0; y < m; ++y) {
            const std::size_t cell = std::size_t(mFree[x]) * n + std::size_t(mFree[y]);
            mAf[x * m + y] = mA[cell];
            mAfT[y * m + x] = mA[cell];
            mSumAf[x * m + y] = mSumA[cell];
        }
    }
    // Built once, in the constructor: the vectors below start empty, so growing them gives zeros.
    if (!resizeBetweenRows(mCur.delta, m, m, shouldStop))
        return false;
    if (mSymmetric) {
        if (!resizeBetweenRows(mCur.cross, m, m, shouldStop))
            return false;
        mPairDelta.resize(m);
        mDiagB.resize(n);
        for (std::size_t k = 0; k < n; ++k)
            mDiagB[k] = mB[k * n + k];
        mDiagAf.resize(m);
        mDiagSAf.resize(m);
        for (std::size_t x = 0; x < m; ++x) {
            const std::size_t i = std::size_t(mFree[x]);
            mDiagAf[x] = mA[i * n + i];
            mDiagSAf[x] = mSumA[i * n + i];
        }
    }
    if (!resizeBetweenRows(mTabu, m, n, shouldStop))
        return false;
    mColA.resize(m);
    mRowA.resize(m);
    mColB.resize(m);
    mRowB.resize(m);
    mCur.slot.resize(m);
    return !stopBetweenRows(shouldStop);
}

template<typename T> bool QapTabuSearch<T>::reset(const std::vector<int> &permutation, const std::function<bool()> &shouldStop)
{
    mCur.perm = permutation;
    for (int a = 0; a < mM; ++a)
        mCur.slot[std::size_t(a)] = mCur.perm[std::size_t(mFree[std::size_t(a)])];
    std::int64_t cost = 0;
    const std::size_t n = std::size_t(mN);
    for (std::size_t i = 0; i < n; ++i) {
        const T *rowA = &mA[i * n];
        const T *rowB = &mB[std::size_t(mCur.perm[i]) * n];
        T sum = 0;
        for (std::size_t j = 0; j < n; ++j)
            sum += rowA[j] * rowB[std::size_t(mCur.perm[j])];
        cost += std::int64_t(sum);
    }
    mCur.cost = cost;
    if (!rebuildPermutedDistances(shouldStop))
        return false;
    // The O(m^2 n) part: for n in the thousands it takes seconds, so it looks at the stop hook
    // between rows, once enough work has passed for the poll to cost nothing.
    constexpr std::size_t workPerPoll = std::size_t(1) << 20;
    std::size_t workSincePoll = workPerPoll; // poll before the first row too
    const std::size_t m = std::size_t(mM);
    const T *sumB = symmetricDistances().data();
    for (int a = 0; a < mM; ++a) {
        if (shouldStop && workSincePoll >= workPerPoll) {
            workSincePoll = 0;
            if (shouldStop())
                return false;
        }
        if (mSymmetric) {
            // Row a of the cross matrix: m sums of length n; the deltas follow below in O(m^2).
            const T *sumA = &mSumA[std::size_t(mFree[std::size_t(a)]) * n];
            T *row = &mCur.cross[std::size_t(a) * m];
            for (std::size_t y = 0; y < m; ++y)
                row[y] = dispatchDot<T>(sumA, sumB + std::size_t(mFree[y]) * n, n);
            workSincePoll += m * n;
        } else {
            for (int b = a + 1; b < mM; ++b)
                mCur.delta[std::size_t(a) * m + std::size_t(b)] = fullDelta(a, b);
            workSincePoll += std::size_t(mM - a) * n;
        }
    }
    if (mSymmetric) {
        for (int a = 0; a < mM; ++a)
            for (int b = a + 1; b < mM; ++b)
                mCur.delta[std::size_t(a) * m + std::size_t(b)] = deltaFromCross(a, b);
    }
    return true;
}

template<typename T> void QapTabuSearch<T>::restore(const State &state)
{
    mCur = state;
    rebuildPermutedDistances();
}

template<typename T> bool QapTabuSearch<T>::walkTo(const std::vector<int> &permutation, int maxSwaps)
{
    // Each cycle of the slot exchange between the two permutations takes its length - 1 swaps.
    mFreeAtSlot.assign(std::size_t(mN), -1);
    for (int a = 0; a < mM; ++a)
        mFreeAtSlot[std::size_t(mCur.slot[std::size_t(a)])] = a;
    std::vector<char> seen(std::size_t(mM), 0);
    int swaps = 0;
    for (int a = 0; a < mM; ++a) {
        if (seen[std::size_t(a)])
            continue;
        int length = 0;
        for (int x = a; !seen[std::size_t(x)]; x = mFreeAtSlot[std::size_t(permutation[std::size_t(mFree[std::size_t(x)])])]) {
            seen[std::size_t(x)] = 1;
            ++length;
        }
        swaps += length - 1;
        if (swaps > maxSwaps)
            return false;
    }
    for (int a = 0; a < mM; ++a) {
        const int target = permutation[std::size_t(mFree[std::size_t(a)])];
        while (mCur.slot[std::size_t(a)] != target) {
            // Give a its target slot; the item there takes a's slot and is settled later.
            const int other = mFreeAtSlot[std::size_t(target)];
            mFreeAtSlot[std::size_t(mCur.slot[std::size_t(a)])] = other;
            mFreeAtSlot[std::size_t(target)] = a;
            applyMove(a, other);
        }
    }
    return true;
}

template<typename T> int QapTabuSearch<T>::differingItems(const std::vector<int> &permutation) const
{
    int count = 0;
    for (int a = 0; a < mM; ++a)
        count += mCur.slot[std::size_t(a)] != permutation[std::size_t(mFree[std::size_t(a)])] ? 1 : 0;
    return count;
}

template<typename T> int QapTabuSearch<T>::relinkToward(const std::vector<int> &target, int steps, QapRandom &rng)
{
    mFreeAtSlot.assign(std::size_t(mN), -1);
    std::vector<int> open; // free items not yet on their target slot
    for (int a = 0; a < mM; ++a) {
        mFreeAtSlot[std::size_t(mCur.slot[std::size_t(a)])] = a;
        if (mCur.slot[std::size_t(a)] != target[std::size_t(mFree[std::size_t(a)])])
            open.push_back(a);
    }
    auto targetSlot = [&](int a) { return target[std::size_t(mFree[std::size_t(a)])]; };
    int done = 0;
    for (; done < steps && !open.empty(); ++done) {
        std::size_t chosen = 0;
        T bestDelta = std::numeric_limits<T>::max();
        int ties = 0;
        for (std::size_t i = 0; i < open.size(); ++i) {
            const T d = delta(open[i], mFreeAtSlot[std::size_t(targetSlot(open[i]))]);
            if (d < bestDelta) {
                bestDelta = d;
                chosen = i;
                ties = 1;
            } else if (d == bestDelta && rng.below(++ties) == 0) {
                chosen = i;
            }
        }
        const int a = open[chosen];
        const int slotA = targetSlot(a);
        const int other = mFreeAtSlot[std::size_t(slotA)];
        mFreeAtSlot[std::size_t(mCur.slot[std::size_t(a)])] = other;
        mFreeAtSlot[std::size_t(slotA)] = a;
        applyMove(a, other);
        open[chosen] = open.back();
        open.pop_back();
        if (mCur.slot[std::size_t(other)] == targetSlot(other))
            open.erase(std::find(open.begin(), open.end(), other));
    }
    return done;
}

template<typename T> bool QapTabuSearch<T>::rebuildPermutedDistances(const std::function<bool()> &shouldStop)
{
    const std::size_t n = std::size_t(mN);
    for (std::size_t i = 0; i < n; ++i) {
        if (stopBetweenRows(shouldStop))
            return false;
        const T *row = &mB[std::size_t(mCur.perm[i]) * n];
        T *out = &mBp[i * n];
        for (std::size_t j = 0; j < n; ++j)
            out[j] = row[std::size_t(mCur.perm[j])];
    }
    if (!mDistanceSymmetric) {
        for (std::size_t i = 0; i < n; ++i) {
            if (stopBetweenRows(shouldStop))
                return false;
            for (std::size_t j = 0; j < n; ++j)
                mBpT[j * n + i] = mBp[i * n + j];
        }
    }
    if (mSymmetrisedDistances) {
        for (std::size_t i = 0; i < n * n; ++i)
            mBs[i] = mBp[i] + mBpT[i];
    }
    return true;
}

template<typename T> void QapTabuSearch<T>::swapPermutedDistances(int u, int v)
{
    const std::size_t n = std::size_t(mN);
    auto swapRowsAndColumns = [n, u, v](std::vector<T> &matrix) {
        std::swap_ranges(matrix.begin() + std::ptrdiff_t(std::size_t(u) * n),
                         matrix.begin() + std::ptrdiff_t(std::size_t(u) * n + n),
                         matrix.begin() + std::ptrdiff_t(std::size_t(v) * n));
        for (std::size_t i = 0; i < n; ++i)
            std::swap(matrix[i * n + std::size_t(u)], matrix[i * n + std::size_t(v)]);
    };
    swapRowsAndColumns(mBp);
    if (!mDistanceSymmetric)
        swapRowsAndColumns(mBpT);
    if (mSymmetrisedDistances)
        swapRowsAndColumns(mBs);
}

template<typename T> T QapTabuSearch<T>::delta(int a, int b) const
{
    if (a > b)
        std::swap(a, b);
    return mCur.delta[std::size_t(a) * std::size_t(mM) + std::size_t(b)];
}

template<typename T> T QapTabuSearch<T>::fullDelta(int a, int b) const
{
    const std::size_t n = std::size_t(mN);
    const std::size_t r = std::size_t(mFree[std::size_t(a)]);
    const std::size_t s = std::size_t(mFree[std::size_t(b)]);
    const T *aR = &mA[r * n];
    const T *aS = &mA[s * n];
    const T *atR = &mAT[r * n];
    const T *atS = &mAT[s * n];
    const T *bpR = &mBp[r * n]; // distance(p(r), p(k))
    const T *bpS = &mBp[s * n];
    const std::vector<T> &columns = mDistanceSymmetric ? mBp : mBpT;
    const T *btR = &columns[r * n]; // distance(p(k), p(r))
    const T *btS = &columns[s * n];
    auto term = [&](std::size_t k) {
        return (atR[k] - atS[k]) * (btS[k] - btR[k]) + (aR[k] - aS[k]) * (bpS[k] - bpR[k]);
    };
    T d;
    if (mSymmetric) {
        // One side symmetrised (see the constructor): half the loads of the general sum.
        const std::vector<T> &sumB = mSymmetrisedDistances ? mBs : mBp;
        d = dispatchDeltaSum<T>(true, &mSumA[r * n], &mSumA[s * n], &sumB[r * n], &sumB[s * n], nullptr, nullptr,
                                nullptr, nullptr, n);
    } else {
        d = dispatchDeltaSum<T>(false, aR, aS, bpR, bpS, atR, atS, btR, btS, n);
    }
    // The loop treated r and s like any other item; replace their terms by the exact ones.
    d -= term(r) + term(s);
    d += aR[r] * (bpS[s] - bpR[r]) + aS[s] * (bpR[r] - bpS[s]) + aR[s] * (bpS[r] - bpR[s]) + aS[r] * (bpR[s] - bpS[r]);
    return d;
}

template<typename T> T QapTabuSearch<T>::deltaFromCross(int a, int b) const
{
    const std::size_t n = std::size_t(mN);
    const std::size_t m = std::size_t(mM);
    const std::size_t r = std::size_t(mFree[std::size_t(a)]);
    const std::size_t s = std::size_t(mFree[std::size_t(b)]);
    const T *cross = mCur.cross.data();
    // The sum over all k of (SA(r,k) - SA(s,k)) (SB(s,k) - SB(r,k)), as in fullDelta(), is
    // cross(r,s) - cross(r,r) + cross(s,r) - cross(s,s).
    T d = (cross[std::size_t(a) * m + std::size_t(b)] - cross[std::size_t(a) * m + std::size_t(a)]) +
          (cross[std::size_t(b) * m + std::size_t(a)] - cross[std::size_t(b) * m + std::size_t(b)]);
    const T *saR = &mSumA[r * n];
    const T *saS = &mSumA[s * n];
    const std::vector<T> &sumB = symmetricDistances();
    const T *sbR = &sumB[r * n];
    const T *sbS = &sumB[s * n];
    // Replace the terms k = r and k = s by the exact ones, as fullDelta() does.
    d -= (saR[r] - saS[r]) * (sbS[r] - sbR[r]) + (saR[s] - saS[s]) * (sbS[s] - sbR[s]);
    const T *aR = &mA[r * n];
    const T *aS = &mA[s * n];
    const T *bpR = &mBp[r * n];
    const T *bpS = &mBp[s * n];
    d += aR[r] * (bpS[s] - bpR[r]) + aS[s] * (bpR[r] - bpS[s]) + aR[s] * (bpS[r] - bpR[s]) + aS[r] * (bpR[s] - bpS[r]);
    return d;
}

template<typename T> void QapTabuSearch<T>::applyMove(int a, int b)
{
    const std::size_t m = std::size_t(mM);
    const std::size_t n = std::size_t(mN);
    if (a > b)
        std::swap(a, b);
    mCur.cost += std::int64_t(mCur.delta[std::size_t(a) * m + std::size_t(b)]);
    const int u = mFree[std::size_t(a)];
    const int v = mFree[std::size_t(b)];
    std::swap(mCur.perm[std::size_t(u)], mCur.perm[std::size_t(v)]);
    std::swap(mCur.slot[std::size_t(a)], mCur.slot[std::size_t(b)]);
    swapPermutedDistances(u, v);
    const T *afTa = &mAfT[std::size_t(a) * m];
    const T *afTb = &mAfT[std::size_t(b) * m];
    const std::vector<T> &columns = mDistanceSymmetric ? mBp : mBpT;
    const T *btU = &columns[std::size_t(u) * n]; // distance(p(k), p(u))
    const T *btV = &columns[std::size_t(v) * n];
    const int *freeItems = mFree.data();
    if (mSymmetric) {
        const T *sumAfA = &mSumAf[std::size_t(a) * m];
        const T *sumAfB = &mSumAf[std::size_t(b) * m];
        const std::vector<T> &sumB = mSymmetrisedDistances ? mBs : mBp;
        const T *sumBU = &sumB[std::size_t(u) * n];
        const T *sumBV = &sumB[std::size_t(v) * n];
        for (std::size_t x = 0; x < m; ++x) {
            const std::size_t fx = std::size_t(freeItems[x]);
            mColA[x] = sumAfA[x] - sumAfB[x];
            mColB[x] = sumBU[fx] - sumBV[fx];
        }
        dispatchUpdate<T>(true, mCur.delta.data(), mM, mColA.data(), mRowA.data(), mColB.data(), mRowB.data());
        // SA(u, k) - SA(v, k) and SB(u, k) - SB(v, k) (after the swap) are also the rank-1
        // change of the cross matrix: cross'(x, y) = cross(x, y') + colA[x] colB[y], y' being
        // y with a and b exchanged.
        dispatchUpdateCross<T>(mCur.cross.data(), mM, a, b, mColA.data(), mColB.data());
    } else {
        const T *afA = &mAf[std::size_t(a) * m];
        const T *afB = &mAf[std::size_t(b) * m];
        const T *bU = &mBp[std::size_t(u) * n];
        const T *bV = &mBp[std::size_t(v) * n];
        for (std::size_t x = 0; x < m; ++x) {
            const std::size_t fx = std::size_t(freeItems[x]);
            mColA[x] = afTa[x] - afTb[x];
            mRowA[x] = afA[x] - afB[x];
            mColB[x] = btU[fx] - btV[fx];
            mRowB[x] = bU[fx] - bV[fx];
        }
        dispatchUpdate<T>(false, mCur.delta.data(), mM, mColA.data(), mRowA.data(), mColB.data(), mRowB.data());
    }
    refreshMovedPairs(a, b);
}

template<typename T> void QapTabuSearch<T>::refreshMovedPairs(int a, int b)
{
    const std::size_t m = std::size_t(mM);
    if (mSymmetric) {
        refreshPairsFromCross(a);
        for (std::size_t x = 0; x < m; ++x)
            if (int(x) != a)
                mCur.delta[std::min(x, std::size_t(a)) * m + std::max(x, std::size_t(a))] = mPairDelta[x];
        refreshPairsFromCross(b);
        for (std::size_t x = 0; x < m; ++x)
            if (int(x) != a && int(x) != b)
                mCur.delta[std::min(x, std::size_t(b)) * m + std::max(x, std::size_t(b))] = mPairDelta[x];
        return;
    }
    for (int x = 0; x < mM; ++x) {
        if (x != a)
            mCur.delta[std::size_t(std::min(x, a)) * m + std::size_t(std::max(x, a))] = fullDelta(std::min(x, a), std::max(x, a));
        if (x != b && x != a)
            mCur.delta[std::size_t(std::min(x, b)) * m + std::size_t(std::max(x, b))] = fullDelta(std::min(x, b), std::max(x, b));
    }
}

template<typename T> void QapTabuSearch<T>::refreshPairsFromCross(int c)
{
    // deltaFromCross(x, c) for every x at once, written out so that the loop reads rows of s
    // and the per-item diagonals instead of computing twenty addresses per pair. The entry
    // x == c is meaningless and ignored by the caller.
    const std::size_t n = std::size_t(mN);
    const std::size_t m = std::size_t(mM);
    const std::size_t s = std::size_t(mFree[std::size_t(c)]);
    const T *saS = &mSumA[s * n];
    const T *sbS = &symmetricDistances()[s * n];
    const T *aS = &mA[s * n];
    const T *atS = &mAT[s * n];
    const T *bpS = &mBp[s * n];
    const T *btS = &(mDistanceSymmetric ? mBp : mBpT)[s * n]; // distance(p(k), p(s))
    const T *cross = mCur.cross.data();
    const T *crossC = cross + std::size_t(c) * m;
    const int *freeItems = mFree.data();
    const int *slotOf = mCur.slot.data();
    const T sbScale = mSymmetrisedDistances ? T(2) : T(1);
    const T saCC = saS[s], sbCC = sbS[s], aCC = aS[s], bpCC = bpS[s];
    const T crossCC = crossC[c];
    for (std::size_t x = 0; x < m; ++x) {
        const std::size_t r = std::size_t(freeItems[x]);
        const T bpXX = mDiagB[std::size_t(slotOf[x])];
        const T sbXX = sbScale * bpXX;
        const T saCX = saS[r], sbCX = sbS[r];
        T d = (cross[x * m + std::size_t(c)] - cross[x * m + x]) + (crossC[x] - crossCC);
        d -= (mDiagSAf[x] - saCX) * (sbCX - sbXX) + (saCX - saCC) * (sbCC - sbCX);
        d += (mDiagAf[x] - aCC) * (bpCC - bpXX) + (atS[r] - aS[r]) * (bpS[r] - btS[r]);
        mPairDelta[x] = d;
    }
}

template<typename T> void QapTabuSearch<T>::perturb(int count, QapRandom &rng)
{
    if (mM < 2)
        return;
    for (int i = 0; i < count; ++i) {
        const int a = rng.below(mM);
        int b = rng.below(mM - 1);
        if (b >= a)
            ++b;
        applyMove(a, b);
    }
}

template<typename T>
std::int64_t QapTabuSearch<T>::run(std::int64_t iterations, QapRandom &rng, const std::function<bool()> &shouldStop,
                                   State &best)
{
    if (mM < 2)
        return 0;
    const std::size_t m = std::size_t(mM);
    const std::size_t n = std::size_t(mN);
    // Taillard's robust tenure: redrawn from [0.9 t, 1.1 t], t = scale * m, every 2 m steps.
    const int tenureLow = std::max(1, int(0.9 * mTenureScale * mM));
    const int tenureHigh = std::max(tenureLow, int(1.1 * mTenureScale * mM + 0.5));
    const std::int64_t redrawEvery = 2 * std::int64_t(mM);
    // One step costs about m^2 / 2 delta updates plus 2 m sums of length n; poll every
    // 2^k steps (at most 64) such that about four million multiply-adds pass between polls.
    const double stepWork = 0.5 * double(m) * double(m) + 2.0 * double(m) * double(n);
    std::int64_t pollMask = 63;
    while (pollMask > 0 && double(pollMask + 1) * stepWork > 4.0e6)
        pollMask >>= 1;
    std::int64_t done = 0;
    for (; done < iterations; ++done) {
        if ((done & pollMask) == 0 && shouldStop())
            break;
        ++mIteration;
        if (done == 0 || mIteration % redrawEvery == 0)
            mTenure = rng.between(tenureLow, tenureHigh);
        // A move below this delta beats the best known cost and is allowed even if tabu.
        const T aspiration = T(best.cost - mCur.cost);
        T bestDelta = std::numeric_limits<T>::max();
        int bestA = -1;
        int bestB = -1;
        int ties = 0;
        for (std::size_t a = 0; a + 1 < m; ++a) {
            const T *row = &mCur.delta[a * m];
            // Rows with nothing at or below the best delta so far cannot change the choice.
            if (!dispatchAnyAtMost<T>(row + a + 1, int(m - a - 1), bestDelta))
                continue;
            const std::int64_t *tabuA = &mTabu[a * n];
            const std::size_t slotA = std::size_t(mCur.slot[a]);
            for (std::size_t b = a + 1; b < m; ++b) {
                const T d = row[b];
                if (d > bestDelta)
                    continue;
                const bool tabu = tabuA[mCur.slot[b]] > mIteration && mTabu[b * n + slotA] > mIteration;
                if (tabu && !(d < aspiration))
                    continue;
                if (d < bestDelta) {
                    bestDelta = d;
                    bestA = int(a);
                    bestB = int(b);
                    ties = 1;
                } else if (rng.below(++ties) == 0) {
                    bestA = int(a);
                    bestB = int(b);
                }
            }
        }
        if (bestA < 0) {
            // Everything is tabu: move at random rather than stall.
            bestA = rng.below(mM);
            bestB = rng.below(mM - 1);
            if (bestB >= bestA)
                ++bestB;
            bestDelta = delta(bestA, bestB);
        }
        // A new best state is only copied once the search leaves it uphill, i.e. at a local
        // optimum, which saves copies during descents.
        if (mCur.cost < best.cost && !(bestDelta < 0))
            best = mCur;
        mTabu[std::size_t(bestA) * n + std::size_t(mCur.slot[std::size_t(bestA)])] = mIteration + mTenure;
        mTabu[std::size_t(bestB) * n + std::size_t(mCur.slot[std::size_t(bestB)])] = mIteration + mTenure;
        applyMove(bestA, bestB);
    }
    if (mCur.cost < best.cost)
        best = mCur;
    return done;
}

template class QapTabuSearch<double>;
template class QapTabuSearch<std::int64_t>;

} // namespace taktflow::core
