#!/usr/bin/env python3
"""Concurrent runs writing one report leave one complete file (issue 14, bullet 1).

Usage: concurrent_writes.py PROSPER_BINARY WORK_DIR [ROUNDS] [RUNS_PER_ROUND]

Each round starts RUNS_PER_ROUND `prosper report` processes at once, half writing the Chinese
report and half the English one, all to the same file. Before the fix the report was written in
place (truncate, then write), and two writers left a mix of both in 5 of 200 tries. Now every
run writes a temporary file in the same directory and renames it over the target, so after
each round the file must be byte for byte one of the two reports, parse as HTML with every
element closed, and no temporary file may be left.
"""
import html.parser
import os
import subprocess
import sys

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr"}


class Balanced(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.stack, self.errors = [], []

    def handle_starttag(self, tag, attrs):
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(tag)
        else:
            self.stack.pop()


def main():
    binary, work = sys.argv[1], sys.argv[2]
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 10
    runs = int(sys.argv[4]) if len(sys.argv) > 4 else 20
    os.makedirs(work, exist_ok=True)
    for name in os.listdir(work):
        os.remove(os.path.join(work, name))
    expected = {}
    for lang in ("zh", "en"):
        path = os.path.join(work, f"expected.{lang}.html")
        subprocess.run([binary, "report", "--lang", lang, "-o", path], check=True,
                       stdout=subprocess.DEVNULL)
        expected[lang] = open(path, "rb").read()
    assert expected["zh"] != expected["en"]
    target = os.path.join(work, "report.html")
    seen = {"zh": 0, "en": 0}
    for r in range(rounds):
        procs = [subprocess.Popen([binary, "report", "--lang", "zh" if k % 2 else "en", "-o",
                                   target], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
                 for k in range(runs)]
        for p in procs:
            _, err = p.communicate()
            assert p.returncode == 0, f"round {r}: exit {p.returncode}: {err.decode()[-500:]}"
        data = open(target, "rb").read()
        which = [lang for lang, text in expected.items() if text == data]
        assert which, f"round {r}: the report is neither whole report ({len(data)} bytes)"
        seen[which[0]] += 1
        parser = Balanced()
        parser.feed(data.decode("utf-8"))
        assert not parser.errors and not parser.stack, f"round {r}: not well-formed"
        left = sorted(n for n in os.listdir(work) if n not in
                      ("report.html", "expected.zh.html", "expected.en.html"))
        assert not left, f"round {r}: left behind: {left}"
    print(f"{rounds} rounds of {runs} concurrent runs: always one whole report "
          f"(zh {seen['zh']}, en {seen['en']} times), no temporary file left")


if __name__ == "__main__":
    main()
