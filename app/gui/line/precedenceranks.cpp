// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/gui/line/precedenceranks.h"

#include <QHash>

#include <algorithm>

namespace taktflow::app {

std::vector<int> precedenceRanks(const core::ProductionLine &line)
{
    const std::size_t n = line.tasks.size();
    QHash<QString, int> index;
    for (std::size_t i = 0; i < n; ++i)
        index.insert(line.tasks[i].id, int(i));
    // Kahn's order: a task is ranked once all its known predecessors are.
    std::vector<int> pending(n, 0);
    std::vector<std::vector<int>> successors(n);
    for (std::size_t i = 0; i < n; ++i) {
        for (const QString &p : line.tasks[i].predecessors) {
            const int before = index.value(p, -1);
            if (before >= 0 && before != int(i)) {
                successors[std::size_t(before)].push_back(int(i));
                ++pending[i];
            }
        }
    }
    std::vector<int> rank(n, -1);
    std::vector<int> ready;
    for (std::size_t i = 0; i < n; ++i) {
        if (pending[i] == 0) {
            rank[i] = 0;
            ready.push_back(int(i));
        }
    }
    int deepest = 0;
    while (!ready.empty()) {
        const int t = ready.back();
        ready.pop_back();
        deepest = std::max(deepest, rank[std::size_t(t)]);
        for (int s : successors[std::size_t(t)]) {
            rank[std::size_t(s)] = std::max(rank[std::size_t(s)], rank[std::size_t(t)] + 1);
            if (--pending[std::size_t(s)] == 0)
                ready.push_back(s);
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        if (pending[i] > 0)
            rank[i] = deepest + 1;
    }
    return rank;
}

} // namespace taktflow::app
