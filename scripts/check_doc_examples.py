#!/usr/bin/env python3
"""Check that every number a header's `Example:` shows as a result appears in a test.

Issue 13, item 8: "Every number that a header's doc comment shows as an example result is
produced by a test." tests/unit/doc_examples_test.cpp runs the examples as written; this script
keeps it complete. For each `Example:` paragraph in the doc comments (`///`) of
include/prosper/**/*.hpp (not the generated plan/lishui.hpp, plan/zhejiang.hpp and
plan/lishui_against_zhejiang.hpp), it takes the numbers outside code
spans (the prose results: "≈ 0.0832", "is 8.32 %/年"; not one after "not ") and those after `==`
inside a code span (`f(x) == 4.0`), and fails unless each appears, as written or without thousands separators, in
tests/unit/doc_examples_test.cpp or in the header's own test file tests/unit/<header>_test.cpp.

A number's text appearing in a test does not prove the test checks that example; the script
catches an example added or changed without a test, and doc_examples_test.cpp checks the values.

Usage: scripts/check_doc_examples.py [--list]   (--list prints every number it checks)
"""

from __future__ import annotations

import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
INCLUDE = ROOT / "include" / "prosper"
TESTS = ROOT / "tests" / "unit"
DOC_TEST = TESTS / "doc_examples_test.cpp"
GENERATED = {INCLUDE / "plan" / "lishui.hpp", INCLUDE / "plan" / "zhejiang.hpp",
             INCLUDE / "plan" / "lishui_against_zhejiang.hpp"}

NUMBER = re.compile(r"(?<![\w.])[−-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w])")
# A paragraph ends at a blank doc line or at the contract that follows the example.
END = re.compile(r"^\s*(Throws|Never throws|Refuses|Returns)\b")


def doc_text(line: str) -> str | None:
    """The text of a `///` doc line (or of a `///<` member comment), else None."""
    stripped = line.strip()
    if not stripped.startswith("///"):
        return None
    return stripped[3:].lstrip("<").strip()


def examples(path: pathlib.Path):
    """Yields (line number, paragraph text) for every Example: paragraph of a header."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        text = doc_text(lines[i])
        if text is not None and "Example:" in text:
            start = i + 1
            para = [text[text.index("Example:") + len("Example:"):]]
            j = i + 1
            while j < len(lines):
                more = doc_text(lines[j])
                if not more or "Example:" in more or END.match(more) or more.startswith("```"):
                    break
                para.append(more)
                j += 1
            yield start, " ".join(para)
            i = j
        else:
            i += 1


def result_numbers(paragraph: str) -> list[str]:
    """Numbers shown as results: outside code spans, and after `==` inside one."""
    out: list[str] = []
    for k, part in enumerate(paragraph.split("`")):
        if k % 2 == 0:
            # "(not −0.693)" names what a wrong formula gives, not a result.
            out += [m.group() for m in NUMBER.finditer(part) if not part[:m.start()].endswith("not ")]
        elif "==" in part:
            out += NUMBER.findall(part.split("==", 1)[1])
    return [n.replace("−", "-") for n in out]


def appears(number: str, text: str) -> bool:
    forms = {number, number.replace(",", ""), number.replace(",", "'")}
    for f in forms:
        if re.search(r"(?<![\d.])" + re.escape(f) + r"(?!\d)", text):
            return True
    return False


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    doc_test = DOC_TEST.read_text(encoding="utf-8")
    missing: list[str] = []
    checked = 0
    for header in sorted(INCLUDE.rglob("*.hpp")):
        if header in GENERATED:
            continue
        own = TESTS / f"{header.stem}_test.cpp"
        haystack = doc_test + (own.read_text(encoding="utf-8") if own.exists() else "")
        rel = header.relative_to(ROOT)
        for line, para in examples(header):
            for number in result_numbers(para):
                checked += 1
                ok = appears(number, haystack)
                if listing:
                    print(f"{rel}:{line}: {number} {'ok' if ok else 'MISSING'}")
                if not ok:
                    missing.append(f"{rel}:{line}: {number!r} is in no test ({para.strip()[:100]})")
    if missing:
        print("\n".join(missing))
        print(f"{len(missing)} of {checked} example numbers appear in no test: add a check to "
              f"{DOC_TEST.relative_to(ROOT)} that computes them (to their printed precision).")
        return 1
    print(f"all {checked} example numbers appear in a test")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
