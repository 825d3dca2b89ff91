#!/usr/bin/env python3
"""Fails when a README code block marked `<!-- snippet: PATH -->` differs from the file PATH.

The README's quick-start is the compiled, ctest-run example itself, so it can never rot.
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
readme = (root / "README.md").read_text(encoding="utf-8")
pattern = re.compile(r"<!-- snippet: (\S+) -->\s*```\w*\n(.*?)```", re.S)
found = 0
for path, body in pattern.findall(readme):
    found += 1
    actual = (root / path).read_text(encoding="utf-8")
    if body.strip() != actual.strip():
        print(f"README.md: the snippet for {path} differs from the file", file=sys.stderr)
        sys.exit(1)
if found == 0:
    print("README.md: no snippets found", file=sys.stderr)
    sys.exit(1)
print(f"{found} README snippet(s) match their files")
