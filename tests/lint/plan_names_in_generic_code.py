#!/usr/bin/env python3
"""Generic code knows no plan's names (issue 15).

Reads every indicator name, category and region of the embedded plans from their JSON documents
(data/<name>-plan.json: lishui, zhejiang) and fails when one of them appears in the code of the
library, the CLI or the Python binding outside the embedded plans' own headers
(include/prosper/plan/<name>*.hpp: lishui.hpp, zhejiang.hpp, and lishui_against_zhejiang.hpp, the
relations between the two, which quotes both plans).
Comments are left out (they may use the plan as an example: "Lishui's row 17"); string literals
and identifiers are not, since that is how code would look a row up by its name.
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]


def code_without_comments(text: str) -> str:
    """The text with // and /* */ comments blanked, string literals kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c == '"' or c == "'":
            j = i + 1
            while j < n and text[j] != c:
                j += 2 if text[j] == "\\" else 1
            out.append(text[i:j + 1])
            i = j + 1
        elif text.startswith('R"(', i):
            j = text.find(')"', i)
            out.append(text[i:j + 2])
            i = j + 2
        else:
            out.append(c)
            i += 1
    return "".join(out)


def main() -> int:
    plan_files = sorted((ROOT / "data").glob("*-plan.json"))
    # The embedded plans' own headers are named after their documents: lishui-plan.json gives
    # plan/lishui*.hpp.
    own = tuple(f.name[:-len("-plan.json")] for f in plan_files)
    names = set()
    for plan_file in plan_files:
        plan = json.loads(plan_file.read_text(encoding="utf-8"))
        names.add(plan["region_zh"])
        for ind in plan["indicators"]:
            names.add(ind["name_zh"])
            names.add(ind.get("category_zh", ""))
        for region in plan.get("regions", []):
            names.add(region["name_zh"])
    # Short names ("GDP") would match ordinary words; every name kept is specific to the plan.
    names = sorted((n for n in names if len(n) >= 3), key=len, reverse=True)
    plan_dir = ROOT / "include/prosper/plan"
    files = [p for p in (ROOT / "include/prosper").rglob("*.hpp")
             if not (p.parent == plan_dir and p.name.startswith(own))]
    files += list((ROOT / "cli").glob("*.[ch]pp")) + list((ROOT / "python").glob("*.cpp"))
    found = []
    for path in sorted(files):
        code = code_without_comments(path.read_text(encoding="utf-8"))
        for name in names:
            for m in re.finditer(re.escape(name), code):
                line = code.count("\n", 0, m.start()) + 1
                found.append(f"{path.relative_to(ROOT)}:{line}: the plan's name {name!r}")
    for f in found:
        print(f)
    allowed = ", ".join(f"plan/{o}*" for o in own)
    print(f"{len(names)} names of the embedded plans checked in {len(files)} files: "
          f"{len(found)} found outside {allowed}")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
