#!/usr/bin/python3
"""prosper's batch required CAGR + Eurostat status against numpy and row-wise pandas.

Runs build-bench/bin/batch_dump (prosper, C++: one pass of batch::required_cagr_and_classify on
one thread with new and with reused arrays, on every core, and a STREAM-like copy of the same
bytes, the memory-bandwidth bound), then the same work the idiomatic numpy way, alternating the
two in rounds, and the row-wise pandas way (DataFrame.apply over rows, as analysts write it), on
the same generated data (benchmarks/batch_data.hpp); checks that all three agree (rates to 1e-9
relative, statuses exactly) and prints times, throughput and the ratios against the goals of
issue 16. Every timing is the best of several runs; PROSPER_BENCH_ROUNDS sets the rounds (3).

Uses /usr/bin/python3, whose numpy and pandas are Debian's python3-numpy and python3-pandas.
Usage: scripts/bench_vs_numpy.py [BATCH_DUMP] [N] [PANDAS_N]
  PANDAS_N (default 100000) rows are timed with pandas and the time is scaled to N, because
  row-wise apply over 10^6 rows takes minutes; the scaling is printed, not hidden.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd

dump = sys.argv[1] if len(sys.argv) > 1 else "build-bench/bin/batch_dump"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
pandas_n = int(sys.argv[3]) if len(sys.argv) > 3 else 100_000
ROUNDS = int(os.environ.get("PROSPER_BENCH_ROUNDS", "3"))
ACHIEVED, ON_TRACK, MODERATE, INSUFFICIENT, MOVING_AWAY = 0, 1, 2, 3, 4


def make_data(count):
    i = np.arange(count)
    base = 1.0 + (i % 1000) / 100.0
    current = base * (0.97 + (i % 13) / 100.0)
    target = base * (1.10 + (i % 31) / 100.0)
    return base, current, target


def numpy_way(base, current, target):
    rate = (target / base) ** (1.0 / 3.0) - 1.0
    observed = (current / base) ** (1.0 / 1.0) - 1.0
    ratio = observed / np.abs(rate)
    status = np.select(
        [current >= target, target <= base, ratio >= 0.95, ratio >= 0.60, ratio >= 0.0],
        [ACHIEVED, MOVING_AWAY, ON_TRACK, MODERATE, INSUFFICIENT],
        default=MOVING_AWAY,
    )
    return rate, status


def pandas_row(row):
    rate = (row.target / row.base) ** (1.0 / 3.0) - 1.0
    if row.current >= row.target:
        return rate, ACHIEVED
    if row.target <= row.base:
        return rate, MOVING_AWAY
    ratio = ((row.current / row.base) - 1.0) / abs(rate)
    status = ON_TRACK if ratio >= 0.95 else MODERATE if ratio >= 0.60 else \
        INSUFFICIENT if ratio >= 0.0 else MOVING_AWAY
    return rate, status


def best_of(fn, repeats):
    best = float("inf")
    result = None
    for _ in range(repeats):
        t0 = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - t0)
    return best, result


def numpy_round():
    return best_of(lambda: numpy_way(base, current, target), 1)[0]


base, current, target = make_data(n)
# prosper's cases and numpy alternate in rounds, so that a change of load hits both alike.
rounds = []
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "prosper.bin")
    for _ in range(ROUNDS):
        timings = json.loads(subprocess.check_output([dump, out, str(n), "5"], text=True))
        timings["numpy"] = min(numpy_round() for _ in range(5))
        rounds.append(timings)
    raw = np.fromfile(out, dtype="<f8")
prosper_rate, prosper_status = raw[:n], raw[n:].astype(int)
best = {k: min(r[k] for r in rounds) for k in rounds[0] if isinstance(rounds[0][k], float)}
np_rate, np_status = numpy_way(base, current, target)

df = pd.DataFrame(dict(zip(("base", "current", "target"), make_data(pandas_n))))
pandas_s, pandas_result = best_of(lambda: df.apply(pandas_row, axis=1, result_type="expand"), 2)
pd_rate, pd_status = pandas_result[0].to_numpy(), pandas_result[1].to_numpy().astype(int)


def ulps(a, b):
    return np.abs(a - b) / np.spacing(np.abs(b))


rel = np.max(np.abs(np_rate - prosper_rate) / np.abs(prosper_rate))
rel_pd = np.max(np.abs(pd_rate - prosper_rate[:pandas_n]) / np.abs(prosper_rate[:pandas_n]))
same_status = bool(np.array_equal(np_status, prosper_status))
same_status_pd = bool(np.array_equal(pd_status, prosper_status[:pandas_n]))
threads = rounds[0]["thread_count"]
gb = rounds[0]["bytes"] / 1e9
isa = {0: "scalar kernel", 1: "AVX2", 2: "AVX-512"}[rounds[0]["isa"]]
load = os.getloadavg()
print(f"series: {n:,}; statuses: {np.bincount(prosper_status, minlength=6).tolist()}; "
      f"kernel path: {isa}; load average now {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")
print(f"agreement: numpy rates max rel diff {rel:.2e} ({ulps(np_rate, prosper_rate).max():.0f} ulp), "
      f"statuses equal {same_status}; pandas rates max rel diff {rel_pd:.2e}, statuses equal {same_status_pd}")
print(f"wall time, best of {ROUNDS} rounds x 5 (prosper and numpy alternating):")
pandas_scaled = pandas_s * n / pandas_n
rows = [
    ("prosper, 1 thread, new arrays", best["fresh"]),
    ("prosper, 1 thread, arrays reused", best["reused"]),
    (f"prosper, {threads} threads, arrays reused", best["threads"]),
    ("bound: copy of the same bytes, new arrays", best["copy_fresh"]),
    ("bound: copy of the same bytes, reused", best["copy_reused"]),
    ("numpy (vectorised, 1 thread)", best["numpy"]),
    (f"pandas (row-wise apply, scaled x{n / pandas_n:g})", pandas_scaled),
]
for name, sec in rows:
    print(f"  {name:46s} {sec * 1e3:9.2f} ms   {n / sec / 1e6:8.1f} M series/s   {gb / sec:6.1f} GB/s")
r1 = best["numpy"] / best["fresh"]
r1r = best["numpy"] / best["reused"]
rt = best["numpy"] / best["threads"]
bw = best["fresh"] / best["copy_fresh"]
bwr = best["reused"] / best["copy_reused"]
rp = pandas_scaled / best["fresh"]
print("ratios (goal):")
print(f"  numpy / prosper 1 thread          {r1:6.2f}x new arrays, {r1r:6.2f}x reused   (>= 3)")
print(f"  numpy / prosper {threads} threads          {rt:6.2f}x   (>= 5)")
print(f"  prosper / copy bound              {bw:6.2f}x new arrays, {bwr:6.2f}x reused   (<= 2)")
print(f"  pandas row-wise / prosper         {rp:6.0f}x   (>= 100)")
print(f"  per core: {n / best['reused'] / 1e6:.1f} M series/s; copy bound per core "
      f"{gb / best['copy_reused']:.1f} GB/s = {n / best['copy_reused'] / 1e6:.1f} M series/s")
ok = rel <= 1e-9 and rel_pd <= 1e-9 and same_status and same_status_pd
sys.exit(0 if ok else 1)
