#!/usr/bin/env python3
"""Where the compile time of a prosper header goes: compiles a TU that includes it with clang's
-ftime-trace (clang-14 on Debian) and summarises the trace:

  - front end / back end totals,
  - the headers that cost most to parse, counted once at the outermost prosper header that
    pulled them in (so "prosper/math/batch.hpp 0.9 s" includes the Eigen and assess headers it
    brought in first), and the third-party libraries (Eigen, Boost, the standard library) by
    their own parse time,
  - the template instantiations that cost most, by name (summed over all their instances).

Usage: scripts/compile_trace.py [HEADER] [--cxx clang++-14] [--top 15]
  HEADER defaults to prosper/prosper.hpp.
"""
import argparse
import collections
import json
import pathlib
import re
import subprocess
import tempfile

root = pathlib.Path(__file__).resolve().parent.parent
parser = argparse.ArgumentParser()
parser.add_argument("header", nargs="?", default="prosper/prosper.hpp")
parser.add_argument("--cxx", default="clang++-14")
parser.add_argument("--top", type=int, default=15)
args = parser.parse_args()

with tempfile.TemporaryDirectory() as tmp:
    src = pathlib.Path(tmp) / "tu.cpp"
    src.write_text(f'#include "{args.header}"\nint main() {{ return 0; }}\n')
    subprocess.run([args.cxx, "-std=c++20", "-O0", "-ftime-trace", "-ftime-trace-granularity=100",
                    f"-I{root / 'include'}", "-isystem", "/usr/include/eigen3", "-c", str(src),
                    "-o", str(pathlib.Path(tmp) / "tu.o")], check=True)
    trace = json.loads((pathlib.Path(tmp) / "tu.json").read_text())

events = [e for e in trace["traceEvents"] if e.get("ph") == "X"]
totals = {e["name"]: e["dur"] / 1e6 for e in events if e["name"].startswith("Total ")}
print(f"{args.header}: front end {totals.get('Total Frontend', 0):.2f} s, "
      f"back end {totals.get('Total Backend', 0):.2f} s, "
      f"instantiating functions {totals.get('Total InstantiateFunction', 0):.2f} s, "
      f"classes {totals.get('Total InstantiateClass', 0):.2f} s")

# Parse time by header: "Source" events nest; the outermost prosper header gets the inclusive
# time, third-party headers their own (exclusive of nested third-party ones of the same library
# is not needed: only outermost per library is counted).
sources = sorted((e for e in events if e["name"] == "Source"), key=lambda e: (e["ts"], -e["dur"]))
stack = []
prosper_cost = collections.Counter()
library_cost = collections.Counter()


def library(path):
    if "/include/prosper/" in path:
        return "prosper"
    if "eigen3" in path:
        return "Eigen"
    if "/boost/" in path:
        return "Boost"
    if "nlohmann" in path:
        return "nlohmann/json"
    return "standard library and system"


for e in sources:
    path = e["args"]["detail"]
    while stack and stack[-1]["ts"] + stack[-1]["dur"] <= e["ts"]:
        stack.pop()
    libs_above = [library(s["args"]["detail"]) for s in stack]
    lib = library(path)
    # The measured header is the outermost Source; the headers it includes directly are one
    # level below it.
    if lib == "prosper" and len(stack) == 1:
        prosper_cost[re.sub(r".*/include/", "", path)] += e["dur"] / 1e6
    if lib != "prosper" and lib not in libs_above:
        library_cost[lib] += e["dur"] / 1e6
    stack.append(e)

print(f"\nparse time of the headers {args.header} includes directly (inclusive of what each pulls in "
      "first, so shared headers are charged to the first includer):")
for name, sec in prosper_cost.most_common(args.top):
    print(f"  {sec:6.2f} s  {name}")
print("\nparse time by library (outermost header of each library, inclusive):")
for name, sec in library_cost.most_common():
    print(f"  {sec:6.2f} s  {name}")

inst = collections.Counter()
count = collections.Counter()
for e in events:
    if e["name"] in ("InstantiateFunction", "InstantiateClass"):
        key = re.sub(r"<.*", "<…>", e["args"]["detail"])
        inst[key] += e["dur"] / 1e6
        count[key] += 1
print("\ntemplate instantiations by name (inclusive, summed over instances):")
for name, sec in inst.most_common(args.top):
    print(f"  {sec:6.2f} s  {count[name]:5d}x  {name}")
