// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/simulation/linecalendar.h"

#include "core/automation/assignmentmetrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace taktflow::core::simulation {

namespace {

constexpr double kDayS = 24 * 3600.0;
constexpr int kMaxCycleParts = 1000;
// A share that lands this close to a whole number of parts counts as that number.
constexpr double kPartTolerance = 0.01;

/** Whole counts of parts for a cycle of `parts`, or empty when some share is not close enough. */
std::vector<int> countsFor(const std::vector<double> &fractions, int parts, bool exactOnly)
{
    std::vector<int> counts;
    int total = 0;
    for (double f : fractions) {
        const double wanted = f * parts;
        const int count = int(std::lround(wanted));
        if (exactOnly && (std::abs(wanted - count) > kPartTolerance || (f > 0.0 && count == 0)))
            return {};
        counts.push_back(f > 0.0 ? std::max(1, count) : 0);
        total += counts.back();
    }
    if (exactOnly && total != parts)
        return {};
    return counts;
}

} // namespace

ValueResult<SimCalendar> calendarPauses(const ProductionLine &line)
{
    const ShiftCalendar &calendar = line.calendar;
    TaktInput input = taktInput(line);
    input.demandPerPeriod = 1.0; // only the calendar's own checks matter here
    if (const TaktResult check = computeTaktTime(input); !check)
        return ValueResult<SimCalendar>::failure(check.message);
    const double lengthS = calendar.shiftLengthS;
    const double workS = double(calendar.shiftsPerPeriod) * lengthS;
    SimCalendar c;
    c.periodS = std::ceil(workS / kDayS) * kDayS;
    std::vector<std::pair<double, double>> pauses;
    for (int shift = 0; shift < calendar.shiftsPerPeriod; ++shift) {
        const double middle = (shift + 0.5) * lengthS;
        if (calendar.breaksS > 0.0)
            pauses.emplace_back(middle - calendar.breaksS / 2.0, middle + calendar.breaksS / 2.0);
    }
    if (calendar.plannedDowntimeS > 0.0)
        pauses.emplace_back(workS - calendar.plannedDowntimeS, workS);
    if (workS < c.periodS)
        pauses.emplace_back(workS, c.periodS);
    // Downtime longer than the last shift's second half reaches back over breaks: join them.
    std::sort(pauses.begin(), pauses.end());
    for (const auto &pause : pauses) {
        if (!c.pausesS.empty() && pause.first <= c.pausesS.back().second)
            c.pausesS.back().second = std::max(c.pausesS.back().second, pause.second);
        else
            c.pausesS.push_back(pause);
    }
    return {std::move(c), {}};
}

std::vector<int> mixSequence(const std::vector<double> &demandShares)
{
    double sum = 0.0;
    for (double s : demandShares)
        sum += std::isfinite(s) && s > 0.0 ? s : 0.0;
    if (!(sum > 0.0))
        return {};
    std::vector<double> fractions;
    for (double s : demandShares)
        fractions.push_back(std::isfinite(s) && s > 0.0 ? s / sum : 0.0);

    std::vector<int> counts;
    for (int parts = 1; parts <= kMaxCycleParts && counts.empty(); ++parts)
        counts = countsFor(fractions, parts, true);
    if (counts.empty()) {
        counts = countsFor(fractions, kMaxCycleParts, false);
        int divisor = 0;
        for (int c : counts)
            divisor = std::gcd(divisor, c);
        for (int &c : counts)
            c /= std::max(1, divisor);
    }
    const int cycle = std::accumulate(counts.begin(), counts.end(), 0);
    std::vector<int> sequence;
    std::vector<int> released(counts.size(), 0);
    for (int k = 1; k <= cycle; ++k) {
        int next = -1;
        double largestDeficit = 0.0;
        for (std::size_t m = 0; m < counts.size(); ++m) {
            if (released[m] >= counts[m])
                continue;
            const double deficit = double(k) * counts[m] / cycle - released[m];
            if (next < 0 || deficit > largestDeficit + 1e-12) {
                next = int(m);
                largestDeficit = deficit;
            }
        }
        ++released[std::size_t(next)];
        sequence.push_back(next);
    }
    return sequence;
}

} // namespace taktflow::core::simulation
