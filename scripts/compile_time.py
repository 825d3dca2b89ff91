#!/usr/bin/env python3
"""Compile-time budget of prosper's headers.

Default: seconds to compile a translation unit that includes (a) only <vector>, (b) each public
header alone, (c) the umbrella header, at -O0 and -O2 (best of N each), with the ratio to (a);
prints a Markdown table.

--goals: the goals of issue 16, each a ratio of two translation units compiled in the same run,
alternating (so a change in the machine's load hits both alike), best of N:
  - prosper/prosper.hpp against a TU with only <Eigen/Dense>, at -O0 (goal <= 1.8)
  - prosper/core.hpp against a TU with only the Boost.Units headers that prosper's headers
    include (found by scanning include/ for #include <boost/units/...>), at -O0 (goal <= 1.2)
  - peak memory (maximum resident set size, /usr/bin/time -v) of compiling the CLI
    (cli/prosper.cpp) with the build's flags (-O2 -g, as RelWithDebInfo), goal <= 1 GB
and prints the machine's load average before and after.

Usage: scripts/compile_time.py [--repeats N] [--filter SUBSTRING] [--cxx g++] [--goals]
"""
import argparse
import os
import pathlib
import re
import subprocess
import tempfile
import time

root = pathlib.Path(__file__).resolve().parent.parent
include = root / "include"
parser = argparse.ArgumentParser()
parser.add_argument("--repeats", type=int, default=3)
parser.add_argument("--filter", default="")
parser.add_argument("--cxx", default="g++")
parser.add_argument("--goals", action="store_true")
args = parser.parse_args()
flags = ["-std=c++20", f"-I{include}", "-isystem", "/usr/include/eigen3"]


def compile_once(source, opt, extra=()):
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "tu.cpp"
        src.write_text(source + "int main() { return 0; }\n")
        t0 = time.perf_counter()
        subprocess.run([args.cxx, *flags, opt, *extra, "-c", str(src), "-o",
                        str(pathlib.Path(tmp) / "tu.o")], check=True)
        return time.perf_counter() - t0


def compile_seconds(source, opt):
    return min(compile_once(source, opt) for _ in range(args.repeats))


def boost_units_headers():
    found = set()
    for p in include.rglob("*.hpp"):
        found.update(re.findall(r"#include <(boost/units/[^>]+)>", p.read_text(encoding="utf-8")))
    return sorted(found)


def cli_peak_memory():
    """Peak RSS in MB of compiling cli/prosper.cpp as the RelWithDebInfo build does."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["/usr/bin/time", "-v", args.cxx, *flags, "-O2", "-g", f"-I{root / 'cli'}", "-c",
             str(root / "cli/prosper.cpp"), "-o", str(pathlib.Path(tmp) / "cli.o")],
            check=True, capture_output=True, text=True).stderr
    kb = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", out).group(1))
    secs = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): ([\d:.]+)", out).group(1)
    return kb / 1024, secs


def goals():
    print(f"load average before: {' '.join(f'{x:.2f}' for x in os.getloadavg())}; "
          f"{args.cxx}, -O0, best of {args.repeats}, the two TUs of each pair alternating")
    units = "".join(f"#include <{h}>\n" for h in boost_units_headers())
    pairs = [
        ("prosper/prosper.hpp", '#include "prosper/prosper.hpp"\n', "<Eigen/Dense> only",
         "#include <Eigen/Dense>\n", 1.8),
        ("prosper/core.hpp", '#include "prosper/core.hpp"\n',
         f"the {len(boost_units_headers())} Boost.Units headers prosper includes", units, 1.2),
    ]
    print("| translation unit | -O0 s | baseline | -O0 s | ratio | goal |\n|---|---|---|---|---|---|")
    for name, src, base_name, base_src, goal in pairs:
        a = b = float("inf")
        for _ in range(args.repeats):
            a = min(a, compile_once(src, "-O0"))
            b = min(b, compile_once(base_src, "-O0"))
        verdict = "met" if a / b <= goal else "missed"
        print(f"| {name} | {a:.2f} | {base_name} | {b:.2f} | {a / b:.2f} | <= {goal} ({verdict}) |")
    mb, secs = cli_peak_memory()
    print(f"| cli/prosper.cpp at -O2 -g: peak memory | {mb:.0f} MB | | | | <= 1024 MB "
          f"({'met' if mb <= 1024 else 'missed'}; {secs} wall) |")
    print(f"load average after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if args.goals:
    goals()
    raise SystemExit(0)

headers = sorted(str(p.relative_to(include)) for p in include.rglob("*.hpp")
                 if "/detail/" not in str(p) and args.filter in str(p))
cases = [("<vector> only", "#include <vector>\n")]
cases += [(h, f'#include "{h}"\n') for h in headers if h != "prosper/prosper.hpp"]
if (include / "prosper/prosper.hpp").exists():
    cases.append(("prosper/prosper.hpp (umbrella)", '#include "prosper/prosper.hpp"\n'))

rows = [(name, compile_seconds(src, "-O0"), compile_seconds(src, "-O2")) for name, src in cases]
_, base0, base2 = rows[0]
print(f"| translation unit | -O0 s | ratio | -O2 s | ratio |\n|---|---|---|---|---|")
for name, s0, s2 in rows:
    print(f"| {name} | {s0:.2f} | {s0 / base0:.1f} | {s2:.2f} | {s2 / base2:.1f} |")
