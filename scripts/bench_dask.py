#!/usr/bin/python3
"""prosper on Dask, a larger synthetic county panel: the same map_partitions code in one process
and on a LocalCluster, timed, with the results checked equal.

The panel is COUNTIES × INDICATORS × PATHS rows (default 2,850 counties × 70 indicators × 10
Monte Carlo paths ≈ 2·10⁶ series, the size of China's county panel for one plan with a few
simulated paths). Each row is assessed by prosper_dask.assess_partition (python/dask/), which
calls prosper's Python batch functions. Prints rows/s for: one process over the whole frame,
one process partition by partition (Dask's synchronous scheduler), and a LocalCluster of
WORKERS worker processes (one thread each: the module's array functions hold the GIL, so
threads in one process would take turns). Generating the panel and shipping it to the workers
are timed separately from the assessment.

Usage: PYTHONPATH=build/python scripts/bench_dask.py [COUNTIES] [INDICATORS] [PATHS] [WORKERS]
"""
import os
import pathlib
import sys
import time

import numpy as np

root = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(root / "python" / "dask"))
import dask  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import distributed  # noqa: E402

import prosper_dask  # noqa: E402

counties = int(sys.argv[1]) if len(sys.argv) > 1 else 2850
indicators = int(sys.argv[2]) if len(sys.argv) > 2 else 70
paths = int(sys.argv[3]) if len(sys.argv) > 3 else 10
workers = int(sys.argv[4]) if len(sys.argv) > 4 else (os.cpu_count() or 2)


def timed(fn):
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


if __name__ == "__main__":
    t_gen, panel = timed(lambda: prosper_dask.synthetic_panel(counties, indicators, paths))
    n = len(panel)
    parts = max(2 * workers, n // 250_000)
    print(f"panel: {counties:,} counties x {indicators} indicators x {paths} paths = {n:,} rows, "
          f"{parts} partitions; generated in {t_gen:.2f} s; load average "
          f"{' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    t_single, single = timed(lambda: prosper_dask.assess_partition(panel))
    ddf = dd.from_pandas(panel, npartitions=parts)
    meta = prosper_dask.meta(panel)
    with dask.config.set(scheduler="synchronous"):
        t_sync, _ = timed(lambda: ddf.map_partitions(prosper_dask.assess_partition, meta=meta).compute())
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (os.environ.get("PYTHONPATH", ""), str(root / "python" / "dask")) if p)
    with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                  dashboard_address=None, silence_logs=40) as cluster, \
            distributed.Client(cluster) as client:
        t_scatter, persisted = timed(lambda: client.persist(ddf))
        distributed.wait(persisted)
        best = best_counts = float("inf")
        counts_meta = {"indicator": "int64", "status": "object", "series": "int64"}
        for _ in range(3):
            t, result = timed(lambda: persisted.map_partitions(
                prosper_dask.assess_partition, meta=meta).compute())
            best = min(best, t)
            t, counts = timed(lambda: persisted.map_partitions(
                prosper_dask.status_counts, meta=counts_meta).compute())
            best_counts = min(best_counts, t)
    result = result.sort_index()
    same = (result["status"].to_numpy() == single["status"].to_numpy()).all() and \
        np.array_equal(result["ratio"].to_numpy(), single["ratio"].to_numpy())
    print(f"one process, whole frame          {t_single:8.2f} s  {n / t_single / 1e6:7.2f} M rows/s")
    print(f"one process, by partition (sync)  {t_sync:8.2f} s  {n / t_sync / 1e6:7.2f} M rows/s")
    print(f"LocalCluster, {workers} workers (best of 3) {best:8.2f} s  {n / best / 1e6:7.2f} M rows/s"
          f"   speed-up {t_single / best:.2f}x   (panel shipped to the workers once: {t_scatter:.2f} s)")
    print(f"LocalCluster, {workers} workers, status counts reduced on the workers (best of 3) "
          f"{best_counts:8.2f} s  {n / best_counts / 1e6:7.2f} M rows/s   speed-up {t_single / best_counts:.2f}x")
    t_counts_single, counts_single = timed(lambda: prosper_dask.status_counts(panel))
    total = counts.groupby(["indicator", "status"])["series"].sum().sort_index()
    same = same and total.equals(counts_single.set_index(["indicator", "status"])["series"].sort_index())
    print(f"results equal to the single-process run: {bool(same)}")
    sys.exit(0 if same else 1)
