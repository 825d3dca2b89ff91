#!/usr/bin/python3
"""prosper's batch required CAGR + Eurostat status against numpy and row-wise pandas.

Runs build-bench/bin/batch_dump (prosper, C++), then the same work the idiomatic numpy way and
the row-wise pandas way (DataFrame.apply over rows, as analysts write it), on the same generated
data (benchmarks/batch_data.hpp), checks that all three agree (rates to 1e-9 relative, statuses
exactly) and prints seconds and ratios. Every timing is the best of several runs.

Uses /usr/bin/python3, whose numpy and pandas are Debian's python3-numpy and python3-pandas.
Usage: scripts/bench_vs_numpy.py [BATCH_DUMP] [N] [PANDAS_N]
  PANDAS_N (default 100000) rows are timed with pandas and the time is scaled to N, because
  row-wise apply over 10^6 rows takes minutes; the scaling is printed, not hidden.
"""
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


with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "prosper.bin")
    prosper_s = float(subprocess.check_output([dump, out, str(n), "5"], text=True).strip())
    raw = np.fromfile(out, dtype="<f8")
prosper_rate, prosper_status = raw[:n], raw[n:].astype(int)

base, current, target = make_data(n)
numpy_s, (np_rate, np_status) = best_of(lambda: numpy_way(base, current, target), 5)

df = pd.DataFrame(dict(zip(("base", "current", "target"), make_data(pandas_n))))
pandas_s, pandas_result = best_of(lambda: df.apply(pandas_row, axis=1, result_type="expand"), 2)
pd_rate, pd_status = pandas_result[0].to_numpy(), pandas_result[1].to_numpy().astype(int)

rel = np.max(np.abs(np_rate - prosper_rate) / np.abs(prosper_rate))
rel_pd = np.max(np.abs(pd_rate - prosper_rate[:pandas_n]) / np.abs(prosper_rate[:pandas_n]))
same_status = bool(np.array_equal(np_status, prosper_status))
same_status_pd = bool(np.array_equal(pd_status, prosper_status[:pandas_n]))
print(f"series: {n:,}; statuses: {np.bincount(prosper_status, minlength=6).tolist()}")
print(f"agreement: numpy rates max rel diff {rel:.2e}, statuses equal {same_status}; "
      f"pandas rates max rel diff {rel_pd:.2e}, statuses equal {same_status_pd}")
pandas_scaled = pandas_s * n / pandas_n
print(f"prosper (C++ batch)       {prosper_s * 1e3:10.1f} ms")
print(f"numpy (vectorised)        {numpy_s * 1e3:10.1f} ms   ratio numpy/prosper  {numpy_s / prosper_s:7.1f}x")
print(f"pandas (row-wise apply)   {pandas_scaled * 1e3:10.1f} ms   ratio pandas/prosper {pandas_scaled / prosper_s:7.1f}x"
      f"   (timed on {pandas_n:,} rows, scaled x{n / pandas_n:g})")
ok = rel <= 1e-9 and rel_pd <= 1e-9 and same_status and same_status_pd
sys.exit(0 if ok else 1)
