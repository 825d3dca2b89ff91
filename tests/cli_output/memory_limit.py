#!/usr/bin/env python3
"""Exit codes under memory pressure (issue 14, bullet 3).

Usage: memory_limit.py PROSPER_BINARY WORK_DIR

Writes a plan of 30,000 indicators (17 MB of JSON) and runs `prosper audit` and `prosper export`
on it under a ladder of address-space limits (RLIMIT_AS, what `ulimit -v` sets), from one too
small to start up to one large enough to finish. Every run must end in exit 0, or in exit 1 with
exactly "prosper: out of memory" on stderr: never in std::terminate (exit 134, SIGABRT), which is
what loading a large plan under `ulimit -v` used to give (docs/reliability.md, F14). At least one
limit must make it run out of memory and at least one let it finish, or the ladder tested
nothing.

Not run under AddressSanitizer, which reserves terabytes of address space for its shadow memory.
"""
import json
import os
import resource
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "report_size"))
import check_report_size  # noqa: E402  (the same generated plan as the size test)

MB = 1024 * 1024


def run_limited(binary, args, limit):
    def set_limit():
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return subprocess.run([binary, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          preexec_fn=set_limit, timeout=600)


def main():
    binary, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    plan = os.path.join(work, "plan-30k.json")
    with open(plan, "w", encoding="utf-8") as f:
        json.dump(check_report_size.plan_with_indicators(30_000), f, ensure_ascii=False)
    outcomes = []
    for args, limits in ((["audit", "--plan", plan], (64, 128, 160, 192, 224, 1024)),
                         (["export", "--plan", plan], (160, 256, 1024))):
        for mb in limits:
            r = run_limited(binary, args, mb * MB)
            err = r.stderr.decode("utf-8", "replace")
            print(f"{args[0]} under {mb} MB: exit {r.returncode} {err.strip()[:100]}")
            assert r.returncode in (0, 1), f"{args[0]} under {mb} MB: exit {r.returncode}\n{err}"
            if r.returncode == 1:
                assert err == "prosper: out of memory\n", f"{args[0]} under {mb} MB: {err!r}"
            outcomes.append(r.returncode)
    assert 1 in outcomes and 0 in outcomes, f"the ladder did not span the need: {outcomes}"
    print("ok: every run finished or said 'prosper: out of memory' with exit 1")


if __name__ == "__main__":
    main()
