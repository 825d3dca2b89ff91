#!/usr/bin/env python3
"""Every output of the real `prosper` CLI reads back in the program it is for (issue 14, bullet 4).

Usage: render_outputs.py PROSPER_BINARY WORK_DIR

Renders the shipped plan (with examples/data/lishui-published.csv and a hostile observation file)
and a hostile plan (tests/data/second_plan.json with every piece of wording replaced by text that
means something to HTML, Markdown, a spreadsheet or a terminal: "<script>", "=cmd|' /C calc'!A0",
C1 controls, ESC, "|" and "*") through every command and format the CLI offers, in both
languages, and parses each result back:
- JSON with json.loads (and the strings come back as the data gave them);
- CSV with the csv module in strict mode: the same number of fields in every row, no cell that
  begins with = + - @ tab or CR unless it is a number (OWASP's CSV-injection rule as
  report/markup.hpp `csv_text` applies it: such text cells get a leading apostrophe);
- HTML with html.parser: every element closed in order, no <script> element, no "<script" text;
- Markdown: no raw "<" (data's HTML is entities), every table row with as many unescaped "|" as
  its header;
- every output: valid UTF-8 and no control character (C0, DEL, C1) other than LF (CSV cells may
  hold the line breaks and tabs RFC 4180 quoting carries);
- the Excel report, when the CLI has it and openpyxl is installed: the workbook opens, data text is
  text (the hostile "=cmd|..." comes back as a string), and the only formulas are the Indicators
  sheet's required-growth and gap columns (P and T).
The hostile text must show up (escaped) in the outputs, so that the checks are not vacuous.
The fuzz harness fuzz/render_fuzz.cpp checks the same invariants on the library's renderers with
fuzzed plans and observations.
"""
import csv
import html.parser
import io
import json
import pathlib
import re
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent.parent
CONTROL_IN_PLAN = re.compile("[\u0000-\u0008\u000b-\u001f\u007f-\u009f]")
HOSTILE = ["<script>alert(1)</script>", "=cmd|' /C calc'!A0", "+SUM(A1)", "-2+3", "@A1",
           "\tTab", "a|b*c*_d_`e`", "\u0085\u009b31mC1\u001b[2J", "# heading", "1. list",
           "&amp; <b>"]
# A plan refuses control characters other than LF and tab (io/plan_json.hpp), so its wording has
# those and no C1; the observations carry the C1 controls and ESC.
PLAN_HOSTILE = [h for h in HOSTILE if not CONTROL_IN_PLAN.search(h)] + ["line\nbreak"]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}
# C0 other than LF, DEL, C1.
CONTROL = re.compile("[\u0000-\u0009\u000b-\u001f\u007f-\u009f]")
CELL_CONTROL = re.compile("[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]")
NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$")

failures = []

try:
    import openpyxl
except ImportError:  # the Excel check is skipped; tests/cli_output/xlsx_report.py says so
    openpyxl = None


def fail(what, message):
    failures.append(f"{what}: {message}")


class Balanced(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag == "script":
            self.errors.append("a <script> element")
        if tag not in VOID:
            self.stack.append(tag)

    def handle_startendtag(self, tag, attrs):
        if tag == "script":
            self.errors.append("a <script/> element")

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1] if self.stack else 'nothing'}")
        else:
            self.stack.pop()


def hostile(i, words=HOSTILE):
    return words[i % len(words)] + " " + words[(i + 3) % len(words)]


def hostile_plan():
    plan = json.loads((ROOT / "tests/data/second_plan.json").read_text(encoding="utf-8"))
    counter = iter(range(10000))

    def hostile_words(i):
        return hostile(i, PLAN_HOSTILE)

    for key in ("name_zh", "name_en", "region_zh", "region_en", "source"):
        plan[key] = hostile_words(next(counter))
    for ind in plan["indicators"]:
        for key in ("name_zh", "name_en", "category_zh", "category_en", "note_zh"):
            ind[key] = hostile_words(next(counter))
        for m in ind["milestones"]:
            m["printed"] = hostile_words(next(counter))
    for b in plan["body_targets"]:
        b["phrase_zh"] = hostile_words(next(counter))
        b["name_en"] = hostile_words(next(counter))
    return plan


def observations_csv(rows):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["indicator", "region", "year", "value", "unit", "source", "note"])
    writer.writerows(rows)
    return out.getvalue()


def run(binary, args, what):
    r = subprocess.run([binary, *args], capture_output=True, timeout=120)
    if r.returncode != 0:
        fail(what, f"exit {r.returncode}: {r.stderr.decode('utf-8', 'replace')[:400]}")
        return None
    try:
        return r.stdout.decode("utf-8")
    except UnicodeDecodeError as e:
        fail(what, f"not UTF-8: {e}")
        return None


def check_controls(text, what):
    m = CONTROL.search(text)
    if m:
        fail(what, f"control character U+{ord(m.group()):04X} at offset {m.start()}")


def check_json(text, what):
    check_controls(text, what)
    try:
        return json.loads(text)
    except json.JSONDecodeError as e:
        fail(what, f"does not parse: {e}")
        return None


def check_csv(text, what):
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    except csv.Error as e:
        fail(what, f"does not parse: {e}")
        return []
    if not rows:
        fail(what, "empty")
        return []
    for n, row in enumerate(rows, 1):
        if len(row) != len(rows[0]):
            fail(what, f"row {n} has {len(row)} fields, the header {len(rows[0])}")
        for cell in row:
            if cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not NUMBER.match(cell):
                fail(what, f"formula-like cell in row {n}: {cell!r}")
            m = CELL_CONTROL.search(cell)
            if m:
                fail(what, f"control character U+{ord(m.group()):04X} in row {n}: {cell!r}")
    return rows


def check_html(text, what):
    check_controls(text, what)
    if "<script" in text.lower():
        fail(what, "raw <script")
    parser = Balanced()
    parser.feed(text)
    parser.close()
    for e in parser.errors[:3]:
        fail(what, e)
    if parser.stack:
        fail(what, f"never closed: {parser.stack[-3:]}")


def markdown_pipes(line):
    pipes = backslashes = 0
    for c in line:
        if c == "|" and backslashes % 2 == 0:
            pipes += 1
        backslashes = backslashes + 1 if c == "\\" else 0
    return pipes


def check_markdown(text, what):
    check_controls(text, what)
    if "<" in text:
        fail(what, f"raw < at offset {text.index('<')}: {text[text.index('<'):][:40]!r}")
    header = None
    for n, line in enumerate(text.split("\n"), 1):
        if line.startswith("|"):
            if header is None:
                header = markdown_pipes(line)
            elif markdown_pipes(line) != header:
                fail(what, f"line {n} has {markdown_pipes(line)} cell separators, its header {header}")
        else:
            header = None


def check_text(text, what):
    check_controls(text, what)


def check_xlsx(path, what, hostile_text):
    book = openpyxl.load_workbook(path)
    texts = []
    for i, sheet in enumerate(book.worksheets):
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f" and not (i == 1 and cell.column_letter in ("P", "T")):
                    fail(what, f"{sheet.title}!{cell.coordinate} is a formula: {cell.value!r}")
                if isinstance(cell.value, str) and cell.data_type != "f":
                    texts.append(cell.value)
    if hostile_text and not any(hostile_text in t for t in texts):
        fail(what, f"does not show {hostile_text!r} as text")


def main():
    binary, work = sys.argv[1], pathlib.Path(sys.argv[2])
    has_xlsx = "xlsx" in subprocess.run([binary, "report", "--help"], capture_output=True,
                                        text=True, check=False).stdout
    work.mkdir(parents=True, exist_ok=True)
    plan = hostile_plan()
    hostile_plan_file = work / "hostile-plan.json"
    hostile_plan_file.write_text(json.dumps(plan, ensure_ascii=False), encoding="utf-8")
    region = plan["region_zh"]
    ids = [i["id"] for i in plan["indicators"]]
    # For the hostile plan: its own (hostile) region, so the rows are assessed, and a hostile
    # county; sources and notes hostile too.
    hostile_plan_obs = work / "hostile-plan-observations.csv"
    rows = []
    for k, ind in enumerate(plan["indicators"][:4]):
        value = next((m["value"] for m in ind["milestones"] if m.get("value") is not None), 1.0)
        for year, r in ((2021, region), (2022, region), (2022, HOSTILE[(k + 1) % len(HOSTILE)])):
            rows.append([ind["id"], r, year, value, "", hostile(k + year), HOSTILE[k]])
    hostile_plan_obs.write_text(observations_csv(rows), encoding="utf-8")
    # For the shipped plan: published rows with hostile sources, and rows for hostile regions
    # (unused, so listed with their names).
    shipped_obs = work / "shipped-hostile-observations.csv"
    shipped_obs.write_text(observations_csv([
        ["2", "丽水市", 2021, 42042, "元", HOSTILE[1], HOSTILE[0]],
        ["2", "丽水市", 2022, 45000, "元", HOSTILE[7], HOSTILE[6]],
        ["2", HOSTILE[0], 2022, 45000, "元", HOSTILE[2], ""],
        ["2", HOSTILE[7], 2022, 45000, "元", HOSTILE[3], ""],
    ]), encoding="utf-8")

    cases = [
        ("shipped", [], [ROOT / "examples/data/lishui-published.csv", shipped_obs]),
        ("hostile", ["--plan", str(hostile_plan_file)], [hostile_plan_obs]),
    ]
    outputs = {}
    for name, plan_args, observation_files in cases:
        for lang in ("zh", "en"):
            common = [*plan_args, "--lang", lang]
            for fmt in ("table", "md", "csv", "json"):
                what = f"{name} catalog --lang {lang} --format {fmt}"
                outputs[what] = (fmt, run(binary, ["catalog", *common, "--format", fmt], what))
            for fmt in ("table", "md", "json"):
                what = f"{name} audit --lang {lang} --format {fmt}"
                outputs[what] = (fmt, run(binary, ["audit", *common, "--format", fmt], what))
            for obs in observation_files:
                for fmt in ("table", "md", "csv", "json"):
                    what = f"{name} assess {obs.name} --lang {lang} --format {fmt}"
                    outputs[what] = (fmt, run(binary, ["assess", *common, "--observations", str(obs),
                                                       "--format", fmt], what))
                for fmt in ("html", "md"):
                    what = f"{name} report {obs.name} --lang {lang} --format {fmt}"
                    out = work / f"report-{name}-{obs.stem}-{lang}.{fmt}"
                    if run(binary, ["report", *common, "--observations", str(obs), "--format", fmt,
                                    "-o", str(out)], what) is not None:
                        outputs[what] = (fmt, out.read_text(encoding="utf-8"))
                if has_xlsx and openpyxl is not None:
                    what = f"{name} report {obs.name} --lang {lang} --format xlsx"
                    out = work / f"report-{name}-{obs.stem}-{lang}.xlsx"
                    if run(binary, ["report", *common, "--observations", str(obs), "--format",
                                    "xlsx", "-o", str(out)], what) is not None:
                        check_xlsx(out, what, HOSTILE[1] if name == "hostile" else None)
        what = f"{name} export"
        outputs[what] = ("export", run(binary, ["export", *plan_args], what))

    # The audit against another plan: the built-in pair, and the hostile plan against the
    # province's through a relations file whose id and wording are hostile too (issue 19).
    zhejiang = json.loads((ROOT / "data/zhejiang-plan.json").read_text(encoding="utf-8"))
    first = plan["indicators"][0]
    cross_file = work / "hostile-cross.json"
    cross_file.write_text(json.dumps({
        "format": "prosper-cross-relations", "format_version": 1,
        "plan_zh": plan["name_zh"], "against_zh": zhejiang["name_zh"],
        "relations": [{"id": PLAN_HOSTILE[0], "kind": "bound_no_looser",
                       "operands": [{"side": "plan", "indicator": first["id"],
                                     "year": first["milestones"][-1]["year"]},
                                    {"side": "against", "indicator": "income", "year": 2025}],
                       "text_zh": hostile(1, PLAN_HOSTILE), "note": hostile(2, PLAN_HOSTILE)}],
    }, ensure_ascii=False), encoding="utf-8")
    for name, against_args in (
            ("shipped", ["--against", "zhejiang"]),
            ("hostile", ["--plan", str(hostile_plan_file), "--against", "zhejiang",
                         "--relations", str(cross_file)])):
        for lang in ("zh", "en"):
            for fmt in ("table", "md", "json"):
                what = f"{name} audit --against --lang {lang} --format {fmt}"
                outputs[what] = (fmt, run(binary, ["audit", *against_args, "--lang", lang,
                                                   "--format", fmt], what))

    for what, (fmt, text) in outputs.items():
        if text is None:
            continue
        if fmt in ("json", "export"):
            check_json(text, what)
        elif fmt == "csv":
            check_csv(text, what)
        elif fmt == "html":
            check_html(text, what)
        elif fmt == "md":
            check_markdown(text, what)
        else:
            check_text(text, what)

    # The export re-loads as the same plan, wording and all.
    exported = outputs.get("hostile export", (None, None))[1]
    if exported is not None:
        back = json.loads(exported)
        for key in ("name_zh", "name_en", "region_zh", "source"):
            if back.get(key) != plan[key]:
                fail("hostile export", f"{key} came back as {back.get(key)!r}")
        if [i["name_zh"] for i in back["indicators"]] != [i["name_zh"] for i in plan["indicators"]]:
            fail("hostile export", "indicator names changed")
    # The JSON carries the data's strings exactly.
    catalog = outputs.get("hostile catalog --lang zh --format json", (None, None))[1]
    if catalog is not None and json.loads(catalog)["items"][0]["name_zh"] != plan["indicators"][0]["name_zh"]:
        fail("hostile catalog json", "the first name does not read back")
    # The hostile text reached the outputs, escaped for each.
    expect = {
        "hostile catalog --lang zh --format csv": "'=cmd|' /C calc'!A0",
        "hostile catalog --lang zh --format md": "&lt;script&gt;",
        f"shipped assess {shipped_obs.name} --lang zh --format table": "\\x85\\x9B31mC1\\x1B[2J",
        f"hostile assess {hostile_plan_obs.name} --lang zh --format csv": "'=cmd|' /C calc'!A0",
        f"hostile report {hostile_plan_obs.name} --lang zh --format html": "&lt;script&gt;",
        f"hostile report {hostile_plan_obs.name} --lang zh --format md": "a\\|b\\*c\\*\\_d\\_\\`e\\`",
        f"shipped report {shipped_obs.name} --lang en --format md": "&lt;script&gt;",
    }
    for what, needle in expect.items():
        text = outputs.get(what, (None, None))[1]
        if text is not None and needle not in text:
            fail(what, f"does not show {needle!r}: the hostile text did not reach it")

    for f in failures:
        print("FAIL", f)
    print(f"render_outputs: {len(outputs)} outputs checked, {len(failures)} problems")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
