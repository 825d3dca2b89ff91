#!/usr/bin/env python3
"""The Lishui plan's indicator table as a pandas DataFrame, with the growth each target requires.

Run from a build tree:  PYTHONPATH=build/python python3 python/examples/catalog_dataframe.py
"""
import numpy as np
import pandas as pd

import prosper

df = pd.DataFrame(prosper.lishui_indicators()).drop(columns="milestones")

# Rows whose 2022 and 2025 cells are both positive numbers: the compound rate each target needs,
# computed for all of them in one vectorised call.
numeric = df[(df["base_value"] > 0) & (df["target_value"] > 0)].copy()
years = (numeric["target_year"] - numeric["base_year"]).to_numpy(dtype=float)
numeric["required_cagr_pct"] = 100 * prosper.required_cagr(
    numeric["base_value"].to_numpy(dtype=float), numeric["target_value"].to_numpy(dtype=float),
    years)

cols = ["id", "name_en", "unit", "base_value", "target_value", "required_cagr_pct"]
fastest = numeric.sort_values("required_cagr_pct", ascending=False)[cols].head(8)
with pd.option_context("display.width", 120, "display.max_colwidth", 48):
    print(f"{len(df)} indicator rows, {len(numeric)} with numeric 2022 and 2025 values")
    print("Fastest required growth, %/yr:")
    print(fastest.to_string(index=False, float_format=lambda v: f"{v:.2f}"))

audit = prosper.lishui_audit()
print("Audit:", ", ".join(f"{k} {v}" for k, v in audit["summary"].items()))
assert np.isfinite(numeric["required_cagr_pct"]).all()
