#!/usr/bin/env python3
"""`prosper report --format xlsx` opened the way a reader's tools open it: with openpyxl (issue 15).

Usage: xlsx_report.py PROSPER SOURCE_DIR WORK_DIR

For the shipped Lishui data (examples/data/lishui-2021-2025.csv), in Chinese and in English:
- the sheets are there under their names, with frozen header rows and columns;
- a 元 cell is formatted #,##0 and a % cell 0.0##"%" (a percent number with a literal sign, not
  Excel's %, which would multiply by 100); every status cell has its status colour;
- the Charts sheet holds native line charts;
- the numbers read back exactly as `prosper assess --format json` gives them, including those
  whose shortest form needs 17 significant digits, which libxlsxwriter alone would round to 16
  (docs/report.md, "Excel"); an observation written with 17 digits reads back exactly too;
- the required-growth and gap formulas recompute: after a target value is edited, the formula text
  evaluated over the row's cells equals the growth this test computes itself for the new target;
- the Chinese workbook holds no English status word.
Exits 77 (skipped) when openpyxl is not installed for this interpreter.
"""

import json
import math
import os
import re
import subprocess
import sys

try:
    import openpyxl
    from openpyxl.chart import LineChart
except ImportError:
    print("SKIP: openpyxl is not installed for %s (Debian: python3-openpyxl)" % sys.executable)
    sys.exit(77)

SHEETS = {
    "zh": ["分类汇总", "指标评估", "一致性核查", "指标走势图", "比值约束", "中期评估"],
    "en": ["Summary by category", "Indicators", "Consistency audit", "Charts", "Ratio constraints",
           "Mid-term evaluation"],
}
# The HTML report's status colours (report_model.hpp, status_colour), by JSON status key.
COLOURS = {
    "achieved": "1A7F37", "on_track": "4C9F50", "moderate_progress": "D4A72C",
    "insufficient_progress": "E16F24", "moving_away": "CF222E", "not_assessable": "6E7781",
    "no_data": "D0D7DE",
}
ENGLISH_STATUS_WORDS = ["achieved", "on track", "moderate progress", "insufficient progress",
                        "moving away", "not assessable", "no data", "holds", "violated",
                        "not evaluable", "within the bound", "outside the bound"]
# The Indicators sheet's columns (xlsx_report.hpp, detail::xlsx::column).
COLUMNS = {"id": "A", "baseline": "G", "target_year": "I", "aim": "K", "latest_year": "L",
           "latest": "M", "observed": "N", "required": "O", "from_now": "P", "projected": "R",
           "probability": "S", "gap": "T", "status": "U"}
# The JSON field each number column is compared with.
JSON_FIELDS = {"baseline": "baseline_value", "latest": "latest_value", "observed": "observed_cagr",
               "required": "required_cagr", "from_now": "required_cagr_from_now",
               "projected": "projected_target_year_value", "probability": "probability",
               "gap": "gap"}
CELL = re.compile(r"\$?([A-Z]{1,3})\$?([0-9]+)")


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def significant_digits(x):
    mantissa = repr(x).lower().split("e")[0].lstrip("-").replace(".", "").lstrip("0")
    return len(mantissa)


def evaluate(formula, values):
    """The formula's value with each cell reference replaced by `values[ref]`."""
    expression = CELL.sub(lambda m: repr(float(values[m.group(1) + m.group(2)])), formula[1:])
    expression = expression.replace("^", "**")
    if not re.fullmatch(r"[0-9.eE+\-*/() ]+", expression):
        fail("unexpected formula text %r" % formula)
    return eval(expression)  # only numbers and operators, checked above


def evaluation_header(sheet):
    """The row of the evaluation sheet's indicator table header (its first cell is the id label)."""
    for row in range(1, sheet.max_row + 1):
        if sheet["A%d" % row].value in ("编号", "No.") and sheet["B%d" % row].value:
            return row
    fail("the evaluation sheet has no indicator table")


def check_language(prosper, data, work, lang, assessments):
    book_path = os.path.join(work, "report-%s.xlsx" % lang)
    r = subprocess.run([prosper, "report", "--observations", data, "--format", "xlsx",
                        "--lang", lang, "-o", book_path], capture_output=True, check=False)
    if r.returncode != 0:
        fail("%s: exit %d: %s" % (lang, r.returncode, r.stderr.decode()))
    formulas = openpyxl.load_workbook(book_path)  # formulas as written
    cached = openpyxl.load_workbook(book_path, data_only=True)  # the results stored with them
    if formulas.sheetnames != SHEETS[lang]:
        fail("%s: sheets %r" % (lang, formulas.sheetnames))
    summary, indicators, audit, charts, _, evaluation = formulas.worksheets
    values = cached.worksheets[1]
    for sheet, pane in ((indicators, "C2"), (audit, "B2"), (evaluation, "C%d" % (evaluation_header(evaluation) + 1))):
        if sheet.freeze_panes != pane:
            fail("%s: %s frozen at %r, expected %s" % (lang, sheet.title, sheet.freeze_panes, pane))
    if summary.freeze_panes is None:
        fail("%s: the summary's table header is not frozen" % lang)

    rows = {}
    for row in range(2, indicators.max_row + 1):
        ident = indicators["A%d" % row].value
        if ident is not None and indicators["U%d" % row].value is not None:
            rows[str(ident)] = row

    # Number formats from the cells' units: 2 is in 元, 24 (urbanisation) in %.
    if indicators["K%d" % rows["2"]].number_format != "#,##0":
        fail("%s: 元 target formatted %r" % (lang, indicators["K%d" % rows["2"]].number_format))
    if indicators["M%d" % rows["24"]].number_format != '0.0##"%"':
        fail("%s: %% value formatted %r" % (lang, indicators["M%d" % rows["24"]].number_format))
    if indicators["M%d" % rows["24"]].value < 1:
        fail("%s: a percent is stored as a fraction: %r" % (lang, indicators["M%d" % rows["24"]].value))

    compared = seventeen = 0
    recomputed = 0
    for a in assessments:
        row = rows[a["indicator"]]
        status = indicators["U%d" % row]
        colour = status.fill.fgColor.rgb[-6:].upper()
        if colour != COLOURS[a["status"]]:
            fail("%s: indicator %s status %s has fill %s" % (lang, a["indicator"], a["status"], colour))
        for column, field in JSON_FIELDS.items():
            want = a.get(field)
            got = values["%s%d" % (COLUMNS[column], row)].value
            if want is None:
                if got is not None:
                    fail("%s: indicator %s %s is %r, JSON has none" % (lang, a["indicator"], field, got))
                continue
            if got != want:
                fail("%s: indicator %s %s reads back %r, JSON has %r"
                     % (lang, a["indicator"], field, got, want))
            compared += 1
            if significant_digits(want) == 17:
                seventeen += 1

        # The required growth recomputes when the target value is edited.
        formula = indicators["P%d" % row].value
        if a["required_cagr_from_now"] is None:
            continue
        if not (isinstance(formula, str) and formula.startswith("=")):
            fail("%s: indicator %s required growth is not a formula: %r" % (lang, a["indicator"], formula))
        cells = {"%s%d" % (c, row): values["%s%d" % (c, row)].value for c in "IKLM"}
        if not math.isclose(evaluate(formula, cells), a["required_cagr_from_now"], rel_tol=1e-12):
            fail("%s: indicator %s formula %s gives %r before the edit"
                 % (lang, a["indicator"], formula, evaluate(formula, cells)))
        target = cells["K%d" % row] * 1.25
        cells["K%d" % row] = target
        latest = cells["M%d" % row]
        years = cells["I%d" % row] - cells["L%d" % row]
        expected = (target / latest) ** (1.0 / years) - 1.0
        if not math.isclose(evaluate(formula, cells), expected, rel_tol=1e-12):
            fail("%s: indicator %s formula %s gives %r for target %r, expected %r"
                 % (lang, a["indicator"], formula, evaluate(formula, cells), target, expected))
        gap = indicators["T%d" % row].value
        if not math.isclose(evaluate(gap, cells), target - latest, rel_tol=1e-12):
            fail("%s: indicator %s gap formula %s does not recompute" % (lang, a["indicator"], gap))
        recomputed += 1
    if recomputed == 0:
        fail("%s: no required-growth formula was checked" % lang)

    if not charts._charts or not all(isinstance(c, LineChart) for c in charts._charts):
        fail("%s: the Charts sheet has no line chart (%r)" % (lang, charts._charts))

    if lang == "zh":
        for sheet in formulas.worksheets:
            for row in sheet.iter_rows():
                for cell in row:
                    if isinstance(cell.value, str):
                        for word in ENGLISH_STATUS_WORDS:
                            if word in cell.value.lower():
                                fail("zh: %s!%s holds the English %r: %r"
                                     % (sheet.title, cell.coordinate, word, cell.value))
    if seventeen == 0:
        fail("%s: no number with 17 significant digits was compared" % lang)
    print("%s: %d sheets, %d charts, %d formulas recomputed, %d numbers equal to the JSON's, %d of "
          "them with 17 significant digits" % (lang, len(formulas.sheetnames), len(charts._charts),
                                               recomputed, compared, seventeen))


def check_seventeen_digit_observation(prosper, work):
    """An observed value given with 17 significant digits is the latest value cell, exactly."""
    value = 7.7908
    while significant_digits(value) < 17:
        value = math.nextafter(value, math.inf)
    data = os.path.join(work, "seventeen_digits.csv")
    with open(data, "w", encoding="utf-8") as f:
        f.write("indicator,region,year,value,unit\n1,丽水市,2023,%r,万元\n" % value)
    book_path = os.path.join(work, "seventeen_digits.xlsx")
    r = subprocess.run([prosper, "report", "--observations", data, "--format", "xlsx",
                        "-o", book_path], capture_output=True, check=False)
    if r.returncode != 0:
        fail("seventeen digits: exit %d: %s" % (r.returncode, r.stderr.decode()))
    sheet = openpyxl.load_workbook(book_path, data_only=True).worksheets[1]
    for row in range(2, sheet.max_row + 1):
        if str(sheet["A%d" % row].value) == "1":
            if sheet["M%d" % row].value != value:
                fail("seventeen digits: %r reads back as %r" % (value, sheet["M%d" % row].value))
            print("seventeen digits: %r reads back exactly" % value)
            return
    fail("seventeen digits: no row for indicator 1")


def main():
    prosper, source, work = sys.argv[1:4]
    os.makedirs(work, exist_ok=True)
    data = os.path.join(source, "examples", "data", "lishui-2021-2025.csv")
    r = subprocess.run([prosper, "assess", "--observations", data, "--format", "json"],
                       capture_output=True, check=False)
    if r.returncode != 0:
        fail("assess: exit %d: %s" % (r.returncode, r.stderr.decode()))
    assessments = [a for a in json.loads(r.stdout)["assessments"] if not a["no_data"]]
    if not assessments:
        fail("the data assess no indicator")
    for lang in ("zh", "en"):
        check_language(prosper, data, work, lang, assessments)
    check_seventeen_digit_observation(prosper, work)
    print("OK")


if __name__ == "__main__":
    main()
