"""prosper on Dask: assess a partitioned county panel with prosper's batch functions.

One row of the panel is one (county, indicator) series: its base value in the base year, its
latest value in the current year, the target for the target year, and the indicator's desired
direction. `assess_partition` assesses every row of one pandas partition with prosper's Python
batch functions (`prosper.classify`, the one-pass C++ batch classification, and
`prosper.required_cagr`); Dask's `map_partitions` runs it on every partition, on whatever
cluster the client is connected to. Dask does the scheduling; this module only says what one
partition computes, so the same code runs in one process, on a LocalCluster, or on a cluster of
many machines (docs/howto/scale-out-dask.md).
"""
import numpy as np
import pandas as pd

import prosper

# The columns assess_partition adds, with their dtypes (Dask's `meta`).
RESULT_COLUMNS = {
    "required_cagr": "float64",
    "observed_rate": "float64",
    "ratio": "float64",
    "has_ratio": "bool",
    "status": "object",
}


def assess_partition(part, base_year=2022, current_year=2023, target_year=2025,
                     method="eurostat", kind="point"):
    """The panel rows of `part` with the RESULT_COLUMNS appended, in the same order."""
    out = part.copy()
    n = len(part)
    required = np.full(n, np.nan)
    observed = np.zeros(n)
    ratio = np.zeros(n)
    has_ratio = np.zeros(n, dtype=bool)
    status = np.empty(n, dtype=object)
    base = part["base"].to_numpy(dtype=np.float64)
    current = part["current"].to_numpy(dtype=np.float64)
    target = part["target"].to_numpy(dtype=np.float64)
    # The required CAGR where it is defined (prosper.required_cagr refuses other rows).
    ok = np.isfinite(base) & np.isfinite(target) & (base > 0) & (target > 0)
    if ok.any():
        required[ok] = prosper.required_cagr(base[ok], target[ok],
                                             float(target_year - base_year))
    # One batch classification per desired direction present in the partition.
    directions = part["direction"].to_numpy()
    for direction in pd.unique(directions):
        rows = np.flatnonzero(directions == direction)
        c = prosper.classify(direction, kind, np.ascontiguousarray(base[rows]),
                             np.ascontiguousarray(current[rows]),
                             np.ascontiguousarray(target[rows]), base_year, current_year,
                             target_year, method=method)
        observed[rows] = c["observed_rate"]
        ratio[rows] = c["ratio"]
        has_ratio[rows] = c["has_ratio"]
        status[rows] = c["status"]
    out["required_cagr"] = required
    out["observed_rate"] = observed
    out["ratio"] = ratio
    out["has_ratio"] = has_ratio
    out["status"] = status
    return out


def meta(panel):
    """An empty frame with the columns of assess_partition's result, for map_partitions."""
    m = panel.iloc[:0].copy()
    for name, dtype in RESULT_COLUMNS.items():
        m[name] = pd.Series(dtype=dtype)
    return m


def synthetic_panel(counties, indicators, paths=1, seed=16):
    """A county panel of counties × indicators × Monte Carlo paths rows: bases log-uniform over
    0.5–50,000, one year of growth between −10 % and +20 %, targets three years of growth
    between −10 % and +20 % a year away, every fifth indicator lower-is-better, and a missing
    latest value in one row of 997."""
    rng = np.random.default_rng(seed)
    n = counties * indicators * paths
    county = np.repeat(np.arange(counties), indicators * paths)
    indicator = np.tile(np.repeat(np.arange(indicators), paths), counties)
    base = np.exp(rng.uniform(np.log(0.5), np.log(50_000.0), n))
    current = base * (1.0 + rng.uniform(-0.10, 0.20, n))
    target = base * (1.0 + rng.uniform(-0.10, 0.20, n)) ** 3
    current[np.arange(n) % 997 == 5] = np.nan
    direction = np.where(indicator % 5 == 4, "lower_is_better", "higher_is_better")
    return pd.DataFrame({"county": county, "indicator": indicator, "direction": direction,
                         "base": base, "current": current, "target": target})


def status_counts(part, **kwargs):
    """How many series of each indicator have each status in `part`: the assessment reduced on
    the worker, so that only a small table travels back to the client."""
    a = assess_partition(part, **kwargs)
    return a.groupby(["indicator", "status"]).size().rename("series").reset_index()
