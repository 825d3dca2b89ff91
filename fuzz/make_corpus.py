#!/usr/bin/env python3
"""Regenerates the committed seed corpora fuzz/corpus/<harness>/ from tests/data and examples/data.

Usage: python3 fuzz/make_corpus.py   (from anywhere; rewrites fuzz/corpus/ in place)

Each harness reads its input in its own layout (see the comment at the top of each
fuzz/<harness>_fuzz.cpp), so the seeds are the repository's own data files put into that layout:
- number:            1 flag byte + one cell of a data file;
- units:             8 bytes of a double + "from\\nto" unit spellings found in the data files;
- observations_csv:  1 flag byte + a CSV file;
- observations_json: a JSON observation file;
- plan_json:         a plan file, and a small plan cut from tests/data/second_plan.json;
- render:            1 flag byte (what the file is, language, method, limits; render_fuzz.cpp) + a
                     plan or an observation file, including a plan whose wording is hostile (HTML,
                     formulas, Markdown, C1 controls) and observations with such regions and sources.
Seeds are named after what they came from, so a finding can be traced back; regression-F<n>-*
seeds are the inputs of findings in docs/reliability.md.
"""
import csv
import io
import json
import pathlib
import shutil
import struct

ROOT = pathlib.Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"
TESTS = ROOT / "tests" / "data"
EXAMPLES = ROOT / "examples" / "data"

# Flag bits shared by the number and CSV harnesses.
STRICT, THOUSANDS, FULL_WIDTH = 0, 1, 2


def write(harness: str, name: str, data: bytes) -> None:
    directory = CORPUS / harness
    directory.mkdir(parents=True, exist_ok=True)
    (directory / name).write_bytes(data)


def number_seeds() -> None:
    cells = {
        "examples-lishui-income": (STRICT, "42042"),
        "examples-zhejiang-gdp": (STRICT, "118496"),
        "tests-conversions-wan-yuan": (STRICT, "4.2042"),
        "tests-conversions-fraction": (STRICT, "0.64"),
        "tests-bad-thousands": (THOUSANDS, "1,234,567"),
        "tests-bad-full-width": (FULL_WIDTH, "４２．５"),
        "tests-bad-percent-sign": (STRICT, "64%"),
        "tests-bad-scale": (STRICT, "4.2万"),
        "tests-bad-nan": (STRICT, "NaN"),
        "tests-bad-overflow": (STRICT, "1e400"),
        "signed-growth": (STRICT, " +8.5 "),
        "negative-zero": (STRICT, "-0"),
        "smallest-subnormal": (STRICT, "5e-324"),
        "unicode-minus": (FULL_WIDTH | THOUSANDS, "−1,000.5"),
    }
    for name, (flags, text) in cells.items():
        write("number", name, bytes([flags]) + text.encode())


def units_seeds() -> None:
    pairs = {
        "examples-yuan-wan-yuan": (42042.0, "元", "万元"),
        "tests-conversions-wan-yuan": (4.2042, "万元", "元"),
        "tests-conversions-yi-yuan": (12.9, "亿元", "万元"),
        "tests-conversions-fraction": (0.64, "fraction", "%"),
        "tests-conversions-ug": (23.0, "μg/m³", "微克/立方米"),
        "tests-conversions-m2": (32.66, "㎡/万元", "平方米/万元"),
        "alias-yi-renminbi": (1.0, "亿人民币", "yuan"),
        "alias-full-width-percent": (73.4, "％", "‰"),
        "mu-square-metre": (15.0, "亩", "平方米"),
        "full-width-solidus": (1.0, " 微克／立方米 ", "ug_per_m3"),
        "pure-number": (1.94, "", "倍"),
        "tests-bad-pp-for-percent": (2.0, "个百分点", "%"),
        "tests-bad-unknown": (1.0, "元/斤", "元"),
    }
    for name, (value, a, b) in pairs.items():
        write("units", name, struct.pack("<d", value) + f"{a}\n{b}".encode())


def observations_csv_seeds() -> None:
    files = {
        "tests-minimal": (STRICT, TESTS / "observations/minimal.csv"),
        "tests-conversions": (STRICT, TESTS / "observations/conversions.csv"),
        "tests-bom-crlf": (STRICT, TESTS / "observations/bom_crlf.csv"),
        "tests-reordered-with-comments": (STRICT, TESTS / "observations/reordered_with_comments.csv"),
        "tests-bad-thousands": (THOUSANDS, TESTS / "bad/thousands_separator.csv"),
        "tests-bad-full-width": (FULL_WIDTH, TESTS / "bad/full_width_digits.csv"),
        "tests-bad-unterminated-quote": (STRICT, TESTS / "bad/unterminated_quote.csv"),
        "tests-bad-duplicate-row": (STRICT, TESTS / "bad/duplicate_row.csv"),
        "examples-lishui-published": (STRICT, EXAMPLES / "lishui-published.csv"),
        "examples-illustrative-counties": (STRICT, EXAMPLES / "illustrative-counties.csv"),
    }
    for name, (flags, path) in files.items():
        write("observations_csv", name, bytes([flags]) + path.read_bytes())


def csv_to_json(path: pathlib.Path) -> bytes:
    """An examples/data CSV as an observation JSON file (numbers as JSON numbers)."""
    text = path.read_text(encoding="utf-8")
    rows = csv.DictReader(io.StringIO("\n".join(l for l in text.splitlines() if not l.startswith("#"))))
    observations = []
    for row in rows:
        value = float(row["value"])
        entry = {"indicator": row["indicator"], "region": row["region"], "year": int(row["year"]),
                 "value": int(value) if value.is_integer() else value, "unit": row["unit"],
                 "source": row["source"]}
        observations.append(entry)
    return json.dumps({"observations": observations[:6]}, ensure_ascii=False, indent=1).encode()


def observations_json_seeds() -> None:
    files = {
        "tests-good": TESTS / "observations/good.json",
        "tests-bad-duplicate-key": TESTS / "bad/json_duplicate_key.json",
        "tests-bad-null-value": TESTS / "bad/json_null_value.json",
        "tests-bad-year-float": TESTS / "bad/json_year_float.json",
        "tests-bad-wrong-type": TESTS / "bad/json_wrong_type.json",
        "tests-bad-malformed": TESTS / "bad/json_malformed.json",
    }
    for name, path in files.items():
        write("observations_json", name, path.read_bytes())
    write("observations_json", "examples-lishui-published", csv_to_json(EXAMPLES / "lishui-published.csv"))
    write("observations_json", "examples-zhejiang-reference", csv_to_json(EXAMPLES / "zhejiang-reference.csv"))


def small_plan() -> bytes:
    """tests/data/second_plan.json cut to two indicators, two body targets and their relations."""
    plan = json.loads((TESTS / "second_plan.json").read_text(encoding="utf-8"))
    keep = {i["id"] for i in plan["indicators"][:2]}
    plan["indicators"] = plan["indicators"][:2]
    plan["body_targets"] = [b for b in plan.get("body_targets", [])
                            if not b.get("indicator_id") or b["indicator_id"] in keep][:2]
    bodies = {b["id"] for b in plan["body_targets"]}

    def usable(operand):
        return operand.get("indicator") in keep if "indicator" in operand else operand.get("body") in bodies

    plan["relations"] = [r for r in plan.get("relations", []) if all(usable(o) for o in r["operands"])]
    return json.dumps(plan, ensure_ascii=False, separators=(",", ":")).encode()


def plan_json_seeds() -> None:
    files = {
        "tests-second-plan": TESTS / "second_plan.json",
        "tests-bad-band-without-upper": TESTS / "bad_plans/band_without_upper.json",
        "tests-bad-dangling-operand": TESTS / "bad_plans/dangling_operand.json",
        "tests-bad-non-finite": TESTS / "bad_plans/non_finite.json",
        "tests-bad-duplicate-key": TESTS / "bad_plans/duplicate_key.json",
        "tests-bad-years-not-increasing": TESTS / "bad_plans/years_not_increasing.json",
    }
    for name, path in files.items():
        write("plan_json", name, path.read_bytes())
    write("plan_json", "tests-second-plan-small", small_plan())


# The render harness's flag byte (fuzz/render_fuzz.cpp).
PLAN, OBS_CSV, OBS_JSON, EN, SMALL_LIMITS, ALL_REGIONS = 0, 2, 3, 4, 64, 128
NBS = 4 << 3
HOSTILE = ["<script>alert(1)</script>", "=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@A1",
           "\tTab", "a|b*c*_d_`e`", "\u0085\u009b31mC1\u001b[2J", "# heading", "1. list", "&amp; <b>"]
# A plan refuses control characters other than LF and tab (io/plan_json.hpp): its wording has no C1.
PLAN_HOSTILE = [h for h in HOSTILE if "\u0085" not in h] + ["line\nbreak"]


def hostile_plan() -> bytes:
    """The small plan with every piece of wording replaced by text that means something to HTML,
    Markdown, a spreadsheet or a terminal."""
    plan = json.loads(small_plan())
    k = iter(range(1000))

    def bad() -> str:
        i = next(k)
        return PLAN_HOSTILE[i % len(PLAN_HOSTILE)] + " " + PLAN_HOSTILE[(i + 3) % len(PLAN_HOSTILE)]

    for key in ("name_zh", "name_en", "region_zh", "region_en", "source"):
        plan[key] = bad()
    for ind in plan["indicators"]:
        for key in ("name_zh", "name_en", "category_zh", "category_en", "note_zh"):
            ind[key] = bad()
        for m in ind["milestones"]:
            m["printed"] = bad()
    for b in plan["body_targets"]:
        b["phrase_zh"] = bad()
        b["name_en"] = bad()
    return json.dumps(plan, ensure_ascii=False).encode()


def hostile_observations() -> bytes:
    """Lishui observations whose regions and sources are hostile, and a hostile note column."""
    rows = ["indicator,region,year,value,unit,source,note"]
    for i, (indicator, value) in enumerate([("2", 42042), ("2", 45000), ("3", 60000), ("1", 7.3)]):
        region = "丽水市" if i < 2 else HOSTILE[i]
        source = HOSTILE[(i + 5) % len(HOSTILE)]
        cells = [indicator, region, str(2021 + i % 2), str(value), "", source, HOSTILE[i + 1]]
        rows.append(",".join('"' + c.replace('"', '""') + '"' for c in cells))
    return ("\n".join(rows) + "\n").encode()


def render_seeds() -> None:
    second = (TESTS / "second_plan.json").read_bytes()
    published = (EXAMPLES / "lishui-published.csv").read_bytes()
    counties = (EXAMPLES / "illustrative-counties.csv").read_bytes()
    seeds = {
        "plan-tests-second-plan": (PLAN, second),
        "plan-tests-second-plan-en-small-limits": (PLAN | EN | SMALL_LIMITS | NBS, second),
        "plan-small": (PLAN, small_plan()),
        "plan-hostile": (PLAN, hostile_plan()),
        "plan-hostile-en-all-regions": (PLAN | EN | ALL_REGIONS, hostile_plan()),
        "plan-hostile-small-limits": (PLAN | SMALL_LIMITS | ALL_REGIONS, hostile_plan()),
        "csv-examples-lishui-published": (OBS_CSV, published),
        "csv-examples-illustrative-counties-all-regions": (OBS_CSV | ALL_REGIONS, counties),
        "csv-examples-illustrative-counties-small-limits": (OBS_CSV | ALL_REGIONS | SMALL_LIMITS | EN, counties),
        "csv-hostile": (OBS_CSV, hostile_observations()),
        "csv-hostile-all-regions-en": (OBS_CSV | ALL_REGIONS | EN, hostile_observations()),
        "json-examples-lishui-published": (OBS_JSON, csv_to_json(EXAMPLES / "lishui-published.csv")),
        "json-examples-zhejiang-reference": (OBS_JSON | ALL_REGIONS, csv_to_json(EXAMPLES / "zhejiang-reference.csv")),
    }
    for name, (flags, data) in seeds.items():
        write("render", name, bytes([flags]) + data)


def regression_seeds() -> None:
    """Inputs of findings (docs/reliability.md), so every run replays them first."""
    write("number", "regression-F5-nul-in-message", b"\x00" + b"5e-3\xb2\x0024")
    write("number", "regression-F5b-control-in-advice", b"\x9e" + b"1,234\x01\x0067")
    small = json.loads(small_plan())
    f2 = dict(small, base_year=18446744073709551615)
    write("plan_json", "regression-F2-unsigned-year", json.dumps(f2, ensure_ascii=False).encode())
    f3 = json.loads(small_plan())
    f3["indicators"][0]["milestones"][0]["value"] = 0.0
    write("plan_json", "regression-F3-value-zero", json.dumps(f3, ensure_ascii=False).encode())
    # F12: the weighted-mean relation over bound operands, as the long run mutated it.
    f12 = json.loads((ROOT / "tests/data/second_plan.json").read_text(encoding="utf-8"))
    for relation in f12["relations"]:
        if relation["id"] == "mean.D4.2025":
            relation["operands"] = [{"indicator": i, "year": 2025} for i in ("D4", "D6", "D4", "D5")]
    write("plan_json", "regression-F12-unbounded-range", json.dumps(f12, ensure_ascii=False).encode())
    # F15: a C1 control (CSI) in a region reached `prosper assess --format json` raw.
    write("render", "regression-F15-c1-in-assess-json",
          bytes([OBS_CSV]) + "indicator,region,year,value\n2,\u009b31m县,2021,42042\n".encode())
    write("observations_json", "regression-F6-nested", b'{"observations": [' + b"[" * 64 + b"]" * 64 + b"]}")


def main() -> None:
    if CORPUS.exists():
        shutil.rmtree(CORPUS)
    number_seeds()
    units_seeds()
    observations_csv_seeds()
    observations_json_seeds()
    plan_json_seeds()
    render_seeds()
    regression_seeds()
    for directory in sorted(CORPUS.iterdir()):
        print(f"{directory.relative_to(ROOT)}: {len(list(directory.iterdir()))} seeds")


if __name__ == "__main__":
    main()
