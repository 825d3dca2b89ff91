"""prosper on a Dask LocalCluster of two worker processes gives the single-process results.

A partitioned county panel is assessed with map_partitions over prosper's batch functions
(prosper_dask.assess_partition) on a LocalCluster of 2 workers and compared with the same
function run on the whole panel in this process: the same statuses, and the same numbers to the
last bit (each row's result does not depend on which partition or process computed it).
"""
import os
import pathlib
import sys

import numpy as np
import pytest

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import prosper_dask  # noqa: E402


@pytest.fixture(scope="module")
def client():
    # Worker processes inherit PYTHONPATH (ctest sets it to the build's python/ folder), so
    # they import the same prosper module; the folder of prosper_dask goes with it.
    here = str(pathlib.Path(__file__).resolve().parent)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        p for p in (os.environ.get("PYTHONPATH", ""), here) if p)
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


def test_two_workers_equal_one_process(client):
    panel = prosper_dask.synthetic_panel(counties=60, indicators=7, paths=3)
    single = prosper_dask.assess_partition(panel)
    ddf = dd.from_pandas(panel, npartitions=6)
    result = ddf.map_partitions(prosper_dask.assess_partition,
                                meta=prosper_dask.meta(panel)).compute()
    # The work went to both workers.
    assert len(client.scheduler_info()["workers"]) == 2
    result = result.sort_index()
    assert list(result.index) == list(single.index)
    assert (result["status"].to_numpy() == single["status"].to_numpy()).all()
    for column in ("required_cagr", "observed_rate", "ratio"):
        np.testing.assert_array_equal(result[column].to_numpy(), single[column].to_numpy())
    assert (result["has_ratio"].to_numpy() == single["has_ratio"].to_numpy()).all()
    # The panel exercises more than one verdict and the missing values.
    assert set(single["status"]) >= {"on_track", "moving_away", "not_assessable", "achieved"}


def test_partition_matches_scalar_assess():
    """One partition's verdicts are prosper.assess's, row by row."""
    import prosper
    panel = prosper_dask.synthetic_panel(counties=5, indicators=5, paths=2, seed=7)
    out = prosper_dask.assess_partition(panel)
    for row in out.itertuples():
        # Keywords only: the positional order of prosper.assess is not part of this test.
        a = prosper.assess(direction=row.direction, target_year=2025, kind="point",
                           target=row.target, base_year=2022, base_value=row.base, years=[2023],
                           values=[row.current], method="eurostat")
        assert a["status"] == row.status
