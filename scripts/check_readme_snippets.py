#!/usr/bin/env python3
"""Fails when a code block marked `<!-- snippet: PATH -->` in README.md or docs/**/*.md differs
from the file PATH.

The README's quick start and the tutorial's programs are the compiled, ctest-run examples
themselves, so they can never rot.
"""
import pathlib
import re
import sys

root = pathlib.Path(__file__).resolve().parent.parent
pattern = re.compile(r"<!-- snippet: (\S+) -->\s*```\w*\n(.*?)```", re.S)
found = 0
for doc in [root / "README.md", *sorted((root / "docs").rglob("*.md"))]:
    text = doc.read_text(encoding="utf-8")
    for path, body in pattern.findall(text):
        found += 1
        actual = (root / path).read_text(encoding="utf-8")
        if body.strip() != actual.strip():
            print(f"{doc.relative_to(root)}: the snippet for {path} differs from the file",
                  file=sys.stderr)
            sys.exit(1)
if found == 0:
    print("no snippets found", file=sys.stderr)
    sys.exit(1)
print(f"{found} snippet(s) match their files")
