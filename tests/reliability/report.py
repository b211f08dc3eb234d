#!/usr/bin/env python3
"""Writes docs/RELIABILITY.md from the figures faultlab.py (--json) and the fuzz runs left behind.

    report.py --out docs/RELIABILITY.md --commit REV --faults A.json B.json ... [--soak S.json]
              [--fuzz-log build-fuzz/fuzz.log]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

KIND_TEXT = {
    "429": "429 with Retry-After",
    "502": "502 Bad Gateway",
    "503": "503 Service Unavailable",
    "reset_before": "reset before forwarding",
    "reset_after": "reset after the server acted",
    "stall": "stall (no answer, then closed)",
    "close_after_headers": "closed after the headers",
    "truncated": "truncated body",
    "random": "random mix, 30 % of all requests",
    "sigint": "one Ctrl-C, then --resume (20 % faults)",
    "sigkill": "SIGKILL of steward-cli, then --resume (20 % faults)",
}
ENGINE_TEXT = {"bulkjoin": "bulk join", "externalids": "external-ID removal", "media": "media purge",
               "bulkjoin-resume": "bulk join, interrupted and resumed"}
COLUMNS = ["runs", "items", "faults", "survived", "lost", "doubled", "false_outcomes", "crash", "hang"]


def add(acc: dict, r: dict) -> None:
    acc["runs"] += 1
    acc["items"] += r["items"]
    acc["faults"] += r["faults"]
    acc["survived"] += 1 if r["survived"] else 0
    for k in ("lost", "doubled", "false_outcomes"):
        acc[k] += r[k]
    acc["crash"] += 1 if r["crash"] else 0
    acc["hang"] += 1 if r["hang"] else 0
    acc["problems"] += r["problems"]


def empty() -> dict:
    return {k: 0 for k in COLUMNS} | {"problems": []}


def row(label: list[str], a: dict) -> str:
    cells = label + [str(a["runs"]), str(a["items"]), str(a["faults"]), f"{a['survived']}/{a['runs']}",
                     str(a["lost"]), str(a["doubled"]), str(a["false_outcomes"]), str(a["crash"]), str(a["hang"])]
    return "| " + " | ".join(cells) + " |"


def fuzz_rows(log: Path) -> list[str]:
    """One row per fuzz test from `ctest -V` output (libFuzzer's final stats; with -j, ctest prefixes
    each line with "<test number>: ")."""
    if not log.exists():
        return []
    per: dict[str, list[str]] = {}
    for line in log.read_text(errors="replace").splitlines():
        m = re.match(r"(\d+): (.*)", line)
        if m:
            per.setdefault(m.group(1), []).append(m.group(2))
    rows = []
    for lines in per.values():
        body = "\n".join(lines)
        name = re.search(r"Test command: \S*/(fuzz_\w+)", body)
        if not name:
            continue
        execs = re.search(r"stat::number_of_executed_units:\s*(\d+)", body)
        done = re.findall(r"#\d+\s+DONE\s+cov: (\d+) ft: \d+ corp: (\d+)", body)
        crashed = bool(re.search(r"==\d+==ERROR|SUMMARY: \w+Sanitizer|deadly signal|Test unit written", body))
        rows.append(f"| {name.group(1)} | {execs.group(1) if execs else '?'} | "
                    f"{done[-1][0] if done else '?'} | {done[-1][1] if done else '?'} | "
                    f"{'yes' if crashed else 'no'} |")
    return sorted(rows)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--commit", default="")
    ap.add_argument("--faults", nargs="*", default=[])
    ap.add_argument("--soak", default="")
    ap.add_argument("--fuzz-log", default="")
    args = ap.parse_args()

    runs = [r for f in args.faults for r in json.loads(Path(f).read_text())]
    per: dict[tuple[str, str], dict] = {}
    per_engine: dict[str, dict] = {}
    per_kind: dict[str, dict] = {}
    total = empty()
    for r in runs:
        add(per.setdefault((r["engine"], r["kind"]), empty()), r)
        add(per_engine.setdefault(r["engine"], empty()), r)
        add(per_kind.setdefault(r["kind"], empty()), r)
        add(total, r)

    head = ("| runs | items | faults injected | runs survived | items lost | doubled | false outcomes "
            "| crashes | hangs |")
    sep = "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    out = ["# Reliability figures", "",
           f"Made by `scripts/reliability.sh` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}"
           + (f" from commit `{args.commit}`" if args.commit else "") + ". Run it again to refresh this file.",
           "",
           "`steward-cli` runs against a real Synapse (tests/synapse/synapsectl.py) through a fault-injecting",
           "proxy (tests/support/faultproxy.py). Each fault kind is injected on each engine's write path (the",
           "first third of the join POSTs, half of the user PUTs, the media delete POST); the random mix hits",
           "30 % of every request, reads included; the same request gets at most two faults in a row, so",
           "Steward's retries can always get through. After each run every outcome Steward reported is checked",
           "against the server (memberships and join events, each user's external IDs, the media list), and",
           "the media delete POST's arrivals at the server (counted by the proxy) against the attempts Steward",
           "logged. The same scenarios run in the test suite (`ctest -L reliability`).",
           "",
           "- **survived**: the run ended with every check holding: a true report, nothing lost, nothing doubled,",
           "  an exit code matching the report, no crash, no hang.",
           "- **lost**: an item not done after a fault Steward should have ridden out (any fault on a request",
           "  that is safe to repeat; a 429 on any request). A purge that was not safe to repeat and is reported",
           "  as not done is not lost: it is a true outcome (counted under *left, reported truthfully*).",
           "- **doubled**: a join event more than once for a pair, or the media delete POST reaching the server",
           "  more often than Steward attempted it.",
           "- **false outcomes**: an item whose reported outcome differs from the server's state (or was left",
           "  unverified).",
           "- **crashes**: a signal, an exit code outside 0-3, or a sanitizer report; **hangs**: no exit within",
           "  300 s.",
           "",
           "## Totals", "", "| | " + head[2:], "|---" + sep, row(["all"], total), ""]
    out += ["## Per engine", "", "| engine " + head, "|---" + sep]
    out += [row([ENGINE_TEXT.get(e, e)], a) for e, a in sorted(per_engine.items())]
    out += ["", "## Per fault kind", "", "| fault " + head, "|---" + sep]
    out += [row([KIND_TEXT.get(k, k)], a) for k, a in sorted(per_kind.items())]
    out += ["", "## Per engine and fault kind", "", "| engine | fault " + head, "|---|---" + sep]
    out += [row([ENGINE_TEXT.get(e, e), KIND_TEXT.get(k, k)], a) for (e, k), a in sorted(per.items())]
    left = sum(r.get("left_truthfully", 0) for r in runs)
    out += ["", f"Media files left by a purge reported (truthfully) as not done: {left}.", ""]

    if args.soak and Path(args.soak).exists():
        s = json.loads(Path(args.soak).read_text())[0]
        out += ["## Soak", "",
                f"A bulk join of {s['items']} pairs ({s['kind']}): {s['faults']} faults injected, "
                f"{s.get('upstream_down', 0)} requests met the killed server, {s.get('requests', 0)} requests "
                f"in all; exit {s.get('exit')} after {s['seconds']} s.", "",
                "| pairs | joined (true) | lost | doubled | false outcomes | crash | hang | ended exact |",
                "|---:|---:|---:|---:|---:|---:|---:|---|",
                f"| {s['items']} | {s['done']} | {s['lost']} | {s['doubled']} | {s['false_outcomes']} | "
                f"{'yes' if s['crash'] else 'no'} | {'yes' if s['hang'] else 'no'} | "
                f"{'yes' if s['survived'] else 'no'} |", ""]
        total["problems"] += s["problems"]

    frows = fuzz_rows(Path(args.fuzz_log)) if args.fuzz_log else []
    if frows:
        out += ["## Fuzzing", "",
                "libFuzzer with AddressSanitizer and UndefinedBehaviorSanitizer (tests/fuzz, seeds in",
                "tests/fuzz/corpus), each target for a bounded time.", "",
                "| target | inputs run | coverage | corpus | crash |", "|---|---:|---:|---:|---|"] + frows + [""]

    problems = total["problems"]
    out += ["## Checks that did not hold", ""]
    if problems:
        shown = problems[:40]
        out += [f"- {p}" for p in shown]
        if len(problems) > len(shown):
            out.append(f"- ... and {len(problems) - len(shown)} more")
    else:
        out.append("None.")
    Path(args.out).write_text("\n".join(out) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
