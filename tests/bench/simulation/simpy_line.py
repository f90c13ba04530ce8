#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The benchmark line of bench_simulation in SimPy 3, for the speed comparison.

A saturated serial line: STATIONS stations with exponential process times (mean MEAN_S),
buffers of BUFFER parts between them (a simpy.Store of that capacity: a finished part waits on
its station until the put succeeds, i.e. blocking after service), and failures on FAILING
stations counted on operating time (exponential MTBF, exponential MTTR; the interrupted part
resumes after the repair), the same rules as the Taktflow kernel.

Prints one JSON line: simulated seconds, station operations, parts out, wall and CPU seconds.
"""
import json
import random
import sys
import time

import simpy

STATIONS = 20
MEAN_S = 60.0
BUFFER = 3
FAILING = (2, 6, 10, 14, 18)
MTBF_S = 3600.0
MTTR_S = 300.0


def station(env, index, inbox, outbox, rng, counters):
    fails = index in FAILING
    ttf = rng.expovariate(1.0 / MTBF_S) if fails else float("inf")
    while True:
        if inbox is None:
            part = None  # saturated: the first station never starves
        else:
            part = yield inbox.get()
        remaining = rng.expovariate(1.0 / MEAN_S)
        while ttf < remaining:
            yield env.timeout(ttf)
            remaining -= ttf
            yield env.timeout(rng.expovariate(1.0 / MTTR_S))
            ttf = rng.expovariate(1.0 / MTBF_S)
        yield env.timeout(remaining)
        ttf -= remaining
        counters[0] += 1
        if outbox is None:
            counters[1] += 1
        else:
            yield outbox.put(part)


def main():
    duration_s = float(sys.argv[1]) if len(sys.argv) > 1 else 1e6
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    env = simpy.Environment()
    rng = random.Random(seed)
    stores = [simpy.Store(env, capacity=BUFFER) for _ in range(STATIONS - 1)]
    counters = [0, 0]  # operations, parts out
    for i in range(STATIONS):
        inbox = stores[i - 1] if i > 0 else None
        outbox = stores[i] if i < STATIONS - 1 else None
        env.process(station(env, i, inbox, outbox, rng, counters))
    start = time.perf_counter()
    cpu_start = time.process_time()
    env.run(until=duration_s)
    wall = time.perf_counter() - start
    cpu = time.process_time() - cpu_start
    print(json.dumps({"simulated_s": duration_s, "operations": counters[0], "parts_out": counters[1],
                      "throughput_per_hour": counters[1] / duration_s * 3600.0, "wall_s": wall, "cpu_s": cpu}))


if __name__ == "__main__":
    main()
