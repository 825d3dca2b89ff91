#!/usr/bin/env python3
"""Compile-time budget: seconds to compile a translation unit that includes (a) only <vector>,
(b) each public header alone, (c) the umbrella header, at -O0 and -O2 (best of 3 each), with the
ratio to (a). Prints a Markdown table.

Usage: scripts/compile_time.py [--repeats N] [--filter SUBSTRING]
"""
import argparse
import pathlib
import subprocess
import tempfile
import time

root = pathlib.Path(__file__).resolve().parent.parent
include = root / "include"
parser = argparse.ArgumentParser()
parser.add_argument("--repeats", type=int, default=3)
parser.add_argument("--filter", default="")
parser.add_argument("--cxx", default="g++")
args = parser.parse_args()

headers = sorted(str(p.relative_to(include)) for p in include.rglob("*.hpp")
                 if "/detail/" not in str(p) and args.filter in str(p))
cases = [("<vector> only", "#include <vector>\n")]
cases += [(h, f'#include "{h}"\n') for h in headers if h != "prosper/prosper.hpp"]
if (include / "prosper/prosper.hpp").exists():
    cases.append(("prosper/prosper.hpp (umbrella)", '#include "prosper/prosper.hpp"\n'))


def compile_seconds(source, opt):
    with tempfile.TemporaryDirectory() as tmp:
        src = pathlib.Path(tmp) / "tu.cpp"
        src.write_text(source + "int main() { return 0; }\n")
        best = float("inf")
        for _ in range(args.repeats):
            t0 = time.perf_counter()
            subprocess.run([args.cxx, "-std=c++20", opt, f"-I{include}", "-I/usr/include/eigen3",
                            "-c", str(src), "-o", str(pathlib.Path(tmp) / "tu.o")], check=True)
            best = min(best, time.perf_counter() - t0)
        return best


rows = [(name, compile_seconds(src, "-O0"), compile_seconds(src, "-O2")) for name, src in cases]
_, base0, base2 = rows[0]
print(f"| translation unit | -O0 s | ratio | -O2 s | ratio |\n|---|---|---|---|---|")
for name, s0, s2 in rows:
    print(f"| {name} | {s0:.2f} | {s0 / base0:.1f} | {s2:.2f} | {s2 / base2:.1f} |")
