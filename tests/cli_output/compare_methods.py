#!/usr/bin/env python3
"""`prosper compare-methods` as a user runs it (issue 18, item 3).

Usage: compare_methods.py PROSPER SOURCE_DIR WORK_DIR CHECK

CHECK is one of:
  json      the JSON parses; on the shipped Lishui data (examples/data/lishui-2021-2025.csv) five
            indicators are assessed by at least two methods (20 from the city's and the
            province's incomes), four of them by all alike, and the one disagreement (24, the
            urbanisation rate) is ESCAP's projection against the rates;
  csv       the CSV parses (Python's csv module), every line has the header's 14 fields, and it
            holds five default verdicts per indicator of the plan;
  formats   table and md print the agreement; --output writes the same bytes as standard output;
  exits     2 for a usage error (no --observations, an unknown format, a negative band step),
            3 for an observation file that cannot be read or is not valid, nothing on stdout.
"""

import csv
import io
import json
import os
import subprocess
import sys

HEADER = ("indicator,region,name_zh,name_en,scenario,base_year,base_value,band_step,method,"
          "status,measure,measure_name,agree,explanation")


def run(prosper, *args):
    return subprocess.run([prosper, "compare-methods", *args], capture_output=True, check=False)


def fail(message):
    print("FAIL: " + message)
    sys.exit(1)


def main():
    prosper, source, work, check = sys.argv[1:5]
    data = os.path.join(source, "examples", "data", "lishui-2021-2025.csv")
    if check == "json":
        r = run(prosper, "--observations", data, "--format", "json")
        if r.returncode != 0:
            fail("exit %d: %s" % (r.returncode, r.stderr.decode()))
        d = json.loads(r.stdout)
        overall = d["agreement"]["overall"]
        if (overall["agree"], overall["compared"]) != (4, 5):
            fail("overall agreement %r" % overall)
        if d["methods"] != ["statcan", "eurostat", "sdsn", "escap", "nbs"]:
            fail("methods %r" % d["methods"])
        disagree = [i for i in d["indicators"] if i["agree"] is False]
        if [i["indicator"] for i in disagree] != ["24"]:
            fail("disagreements %r" % [i["indicator"] for i in disagree])
        v = disagree[0]["verdicts"]
        if v["escap"]["status"] != "moderate_progress" or v["statcan"]["status"] != "insufficient_progress":
            fail("indicator 24 verdicts %r" % v)
        for pair in d["agreement"]["pairs"]:
            expected = 0.8 if "escap" in (pair["a"], pair["b"]) else 1.0
            if pair["rate"] != expected:
                fail("pair %r" % pair)
        if d["not_compared"][0]["method"] != "unsd_progress_chart":
            fail("not_compared %r" % d["not_compared"])
    elif check == "csv":
        r = run(prosper, "--observations", data, "--format", "csv")
        if r.returncode != 0:
            fail("exit %d" % r.returncode)
        text = r.stdout.decode("utf-8")
        if not text.startswith(HEADER + "\n"):
            fail("header: " + text.splitlines()[0])
        rows = list(csv.reader(io.StringIO(text)))
        width = len(rows[0])
        if width != 14 or any(len(row) != width for row in rows):
            fail("ragged rows")
        defaults = [row for row in rows[1:] if row[4] == "default"]
        indicators = {row[0] for row in defaults}
        if len(defaults) != 5 * len(indicators) or len(indicators) < 60:
            fail("%d default lines for %d indicators" % (len(defaults), len(indicators)))
    elif check == "formats":
        for fmt, needle in (("table", "all methods agree 80% (4/5)"),
                            ("md", "all methods agree 80% (4/5)")):
            r = run(prosper, "--observations", data, "--format", fmt, "--lang", "en")
            if r.returncode != 0 or needle not in r.stdout.decode():
                fail("%s: exit %d" % (fmt, r.returncode))
        os.makedirs(work, exist_ok=True)
        out = os.path.join(work, "compare.json")
        r = run(prosper, "--observations", data, "--format", "json", "--output", out)
        if r.returncode != 0 or r.stdout:
            fail("--output: exit %d, stdout %r" % (r.returncode, r.stdout[:80]))
        with open(out, "rb") as f:
            written = f.read()
        if written != run(prosper, "--observations", data, "--format", "json").stdout:
            fail("--output differs from standard output")
    elif check == "exits":
        bad = os.path.join(source, "tests", "data", "bad", "unknown_indicator.csv")
        for args, code in (((), 2),
                           (("--observations", data, "--format", "xml"), 2),
                           (("--observations", data, "--band-step", "-0.1"), 2),
                           (("--observations", bad), 3),
                           (("--observations", "/nonexistent.csv"), 3)):
            r = run(prosper, *args)
            if r.returncode != code:
                fail("%r: exit %d, expected %d" % (args, r.returncode, code))
            if code == 3 and r.stdout:
                fail("%r wrote to standard output" % (args,))
    else:
        fail("unknown check " + check)
    print("ok: " + check)


if __name__ == "__main__":
    main()
