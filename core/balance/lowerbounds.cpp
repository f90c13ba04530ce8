// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/balance/lowerbounds.h"

#include <algorithm>
#include <functional>
#include <numeric>

namespace taktflow::core::lowerbounds {

int totalTime(const std::vector<Ticks> &times, Ticks cycle)
{
    const Ticks sum = std::accumulate(times.begin(), times.end(), Ticks(0));
    return int((sum + cycle - 1) / cycle);
}

int halfCycle(const std::vector<Ticks> &times, Ticks cycle)
{
    int big = 0;
    int half = 0;
    for (const Ticks t : times) {
        if (2 * t > cycle)
            ++big;
        else if (2 * t == cycle)
            ++half;
    }
    return big + (half + 1) / 2;
}

int thirds(const std::vector<Ticks> &times, Ticks cycle)
{
    // Weights in sixths keep the arithmetic integral.
    Ticks sixths = 0;
    for (const Ticks t : times) {
        if (3 * t > 2 * cycle)
            sixths += 6;
        else if (3 * t == 2 * cycle)
            sixths += 4;
        else if (3 * t > cycle)
            sixths += 3;
        else if (3 * t == cycle)
            sixths += 2;
    }
    return int((sixths + 5) / 6);
}

int martelloToth(std::vector<Ticks> times, Ticks cycle)
{
    std::sort(times.begin(), times.end(), std::greater<>());
    return martelloTothSorted(times.data(), times.size(), cycle);
}

int martelloTothSorted(const Ticks *descending, std::size_t n, Ticks cycle)
{
    const Ticks *t = descending;
    Ticks sum = 0;
    for (std::size_t i = 0; i < n; ++i)
        sum += t[i];
    int best = int((sum + cycle - 1) / cycle);
    std::size_t n2End = 0; // tasks [0, n2End) are longer than half a cycle
    while (n2End < n && 2 * t[n2End] > cycle)
        ++n2End;
    // Thresholds k run downwards over the distinct times <= c/2, then 0. N1 = [0, n1) holds
    // t > c - k, N2 = [n1, n2End), N3 = [n2End, n3End) holds k <= t <= c/2. As k falls, n1
    // moves left and n3End right, so both sums update incrementally.
    std::size_t n1 = n2End;
    std::size_t n3End = n2End;
    Ticks n2Sum = 0;
    Ticks n3Sum = 0;
    std::size_t i = n2End;
    while (true) {
        const Ticks k = i < n ? t[i] : 0;
        while (n1 > 0 && t[n1 - 1] <= cycle - k) {
            --n1;
            n2Sum += t[n1];
        }
        while (n3End < n && t[n3End] >= k && t[n3End] > 0) {
            n3Sum += t[n3End];
            ++n3End;
        }
        const Ticks free = Ticks(n2End - n1) * cycle - n2Sum;
        const Ticks extra = std::max<Ticks>(0, (n3Sum - free + cycle - 1) / cycle);
        best = std::max(best, int(n2End) + int(extra));
        if (k == 0)
            break;
        while (i < n && t[i] == k)
            ++i;
    }
    return best;
}

int stations(const std::vector<Ticks> &times, Ticks cycle)
{
    return std::max(
        {totalTime(times, cycle), halfCycle(times, cycle), thirds(times, cycle), martelloToth(times, cycle)});
}

Ticks cycleTime(std::vector<Ticks> times, int stations)
{
    if (times.empty() || stations <= 0)
        return 0;
    std::sort(times.begin(), times.end(), std::greater<>());
    const Ticks sum = std::accumulate(times.begin(), times.end(), Ticks(0));
    Ticks best = std::max(times.front(), (sum + stations - 1) / stations);
    for (std::size_t k = 1;; ++k) {
        const std::size_t last = k * std::size_t(stations); // 0-based rank k*m, i.e. the (k*m+1)-th task
        if (last >= times.size())
            break;
        Ticks s = 0;
        for (std::size_t i = 0; i <= k; ++i)
            s += times[last - i];
        best = std::max(best, s);
    }
    return best;
}

} // namespace taktflow::core::lowerbounds
