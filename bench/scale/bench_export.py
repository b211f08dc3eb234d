#!/usr/bin/env python3
"""Benchmark (not a test): exporting every user (or every room) of a big server.

Starts a throw-away Synapse with tests/synapse/synapsectl.py, writes N synthetic users (or M rooms)
straight into its database (synapsectl's bigseed, SQLite or PostgreSQL), then times, one after the
other in the same run, every contender fetching the same rows into a file:

  floor     the fastest way any client can fetch them: one curl process asking the admin API for
            every page in turn on one kept-alive connection, for a few page sizes (the best counts).
            Same query as Steward's (users: not deactivated, no guests, locked included, by name;
            rooms: by name)
  steward   `steward-cli users export FILE` / `steward-cli rooms export --output FILE` (its default
            page size), with its peak RSS (GNU time's %M)
  synadm    `synadm user list -l N` / `synadm room list -l M` (PyPI synadm, one request for all rows,
            installed by this script into a bench-only virtualenv, ~/.cache/steward/bench-synadm-venv)

and prints each one's time, rows and ratio to the floor. Target (issue 15): Steward <= 1.3x the floor;
peak RSS <= 64 MB at 1,000,000 users.

    cmake --build build -j2 --target steward-cli
    python3 bench/scale/bench_export.py [--what users|rooms] [--count N] [--database sqlite|postgres]
        [--cli build/bin/steward-cli] [--page-sizes 5000,20000,0] [--no-synadm] [--keep]

The admin token stays in the throw-away state dir: Steward reads it from STEWARD_ACCESS_TOKEN, curl
from its standard input, synadm from a config file in the state dir. Nothing is written elsewhere.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYNAPSECTL = ROOT / "tests" / "synapse" / "synapsectl.py"
SYNADM_VENV = Path.home() / ".cache" / "steward" / "bench-synadm-venv"
SYNADM_VERSION = "0.49.2"

USERS_QUERY = "guests=false&deactivated=false&locked=true&order_by=name&dir=f"
ROOMS_QUERY = "order_by=name&dir=f"


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


def run_timed(cmd: list[str], env: dict | None = None, stdin: bytes | None = None,
              stdout=subprocess.DEVNULL, rss_file: Path | None = None) -> tuple[float, int, int]:
    """Runs cmd; returns (seconds, exit code, peak RSS in KB when rss_file is given, else 0).

    The peak RSS comes from /usr/bin/time (GNU time, %M), not from this process's wait4(): a child
    forked from this Python process counts the parent's pages it shared before exec in ru_maxrss."""
    if rss_file:
        cmd = ["/usr/bin/time", "-q", "-f", "%M", "-o", str(rss_file)] + cmd
    t0 = time.monotonic()
    p = subprocess.run(cmd, env=env, input=stdin, stdin=None if stdin is not None else subprocess.DEVNULL,
                       stdout=stdout, stderr=subprocess.PIPE)
    seconds = time.monotonic() - t0
    if p.returncode != 0:
        log(f"{cmd[0]} exited {p.returncode}: {p.stderr.decode(errors='replace').strip()[-400:]}")
    rss = int(rss_file.read_text().split()[-1]) if rss_file and rss_file.exists() else 0
    return seconds, p.returncode, rss


def api_get(base: str, token: str, path: str) -> dict:
    req = urllib.request.Request(base + path, headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(req, timeout=3600) as r:
        return json.load(r)


def floor(base: str, token: str, what: str, total: int, page: int, out: Path) -> tuple[float, int]:
    """One curl, every page in turn on one connection; returns (seconds, rows)."""
    path, query, key = (("/_synapse/admin/v2/users", USERS_QUERY, "users") if what == "users"
                        else ("/_synapse/admin/v1/rooms", ROOMS_QUERY, "rooms"))
    page = page or max(total, 1)
    pages = max(1, -(-total // page))
    config = [f'header = "Authorization: Bearer {token}"', "silent", "show-error", "fail"]
    files = []
    for i in range(pages):
        f = out.with_suffix(f".{i}.json")
        files.append(f)
        config += [f'url = "{base}{path}?from={i * page}&limit={page}&{query}"', f'output = "{f}"']
    seconds, code, _ = run_timed(["curl", "--config", "-"], stdin="\n".join(config).encode())
    rows = 0
    if code == 0:
        for f in files:
            rows += len(json.loads(f.read_text())[key])
    for f in files:
        f.unlink(missing_ok=True)
    return seconds, rows


def csv_rows(path: Path) -> int:
    with path.open("rb") as f:
        # Records end with CRLF; fields with line breaks are quoted (bigseed names have none).
        return sum(1 for _ in f) - 1


def ensure_synadm() -> Path | None:
    exe = SYNADM_VENV / "bin" / "synadm"
    if not exe.exists():
        log(f"installing synadm {SYNADM_VERSION} into {SYNADM_VENV}…")
        subprocess.run([sys.executable, "-m", "venv", str(SYNADM_VENV)], check=True)
        r = subprocess.run([str(SYNADM_VENV / "bin" / "pip"), "install", "-q", f"synadm=={SYNADM_VERSION}"])
        if r.returncode != 0:
            return None
    return exe


def synadm(exe: Path, state: Path, base: str, token: str, admin: str, what: str, total: int,
           out: Path) -> tuple[float, int]:
    cfg = state / "synadm.yaml"
    cfg.write_text(json.dumps({  # JSON is YAML
        "user": admin, "token": token, "base_url": base, "admin_path": "/_synapse/admin",
        "matrix_path": "/_matrix", "format": "minified", "timeout": 3600, "ssl_verify": False,
        "server_discovery": "well-known", "homeserver": "auto"}))
    os.chmod(cfg, 0o600)
    sub = ["user", "list", "-l", str(total)] if what == "users" else ["room", "list", "-l", str(total)]
    with out.open("wb") as f:
        seconds, code, _ = run_timed([str(exe), "-c", str(cfg), "--batch", "-o", "minified"] + sub, stdout=f)
    rows = 0
    if code == 0:
        data = json.loads(out.read_text())
        rows = len(data.get(what, []))
    return seconds, rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--what", choices=["users", "rooms"], default="users")
    ap.add_argument("--count", type=int, default=None, help="users or rooms to seed (100000 / 10000)")
    ap.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--cli", default=str(ROOT / "build" / "bin" / "steward-cli"))
    ap.add_argument("--page-sizes", default=None,
                    help="floor page sizes, comma separated; 0 = everything in one request")
    ap.add_argument("--tmpdir", default="/dev/shm" if os.access("/dev/shm", os.W_OK) else None)
    ap.add_argument("--no-synadm", action="store_true")
    ap.add_argument("--keep", action="store_true", help="leave the server running")
    args = ap.parse_args()
    count = args.count or (100_000 if args.what == "users" else 10_000)
    sizes = [int(s) for s in (args.page_sizes or ("5000,20000,0" if args.what == "users" else "1000,10000,0"))
             .split(",")]
    if not Path(args.cli).exists():
        log(f"{args.cli} not found: build steward-cli first (see --help)")
        return 2
    exe = None if args.no_synadm else ensure_synadm()

    state = Path(tempfile.mkdtemp(prefix="steward-bench-export-", dir=args.tmpdir))
    try:
        log(f"starting Synapse ({args.database}) and writing {count} {args.what}…")
        seed = ["--bigseed-users", str(count)] if args.what == "users" else ["--bigseed-rooms", str(count)]
        t0 = time.monotonic()
        subprocess.run([sys.executable, str(SYNAPSECTL), "start", "--state-dir", str(state), "--seed", "none",
                        "--database", args.database] + seed, check=True, stdout=subprocess.DEVNULL)
        log(f"server ready in {time.monotonic() - t0:.0f} s")
        sj = json.loads((state / "server.json").read_text())
        base, token = sj["base_url"], sj["admin_token"]
        if args.what == "users":
            total = api_get(base, token, f"/_synapse/admin/v2/users?from=0&limit=1&{USERS_QUERY}")["total"]
        else:
            total = api_get(base, token, f"/_synapse/admin/v1/rooms?from=0&limit=1&{ROOMS_QUERY}")["total_rooms"]
        print(f"backend: {sj.get('database', args.database)}; {args.what} to export: {total}", flush=True)
        out = state / "out"
        results: list[tuple[str, float, int, int]] = []  # name, seconds, rows, peak RSS KB (0: n/a)

        for size in sizes:
            log(f"floor, page size {size or 'all'}…")
            s, rows = floor(base, token, args.what, total, size, out)
            results.append((f"curl page {size or total}", s, rows, 0))

        log("steward…")
        env = dict(os.environ, STEWARD_ACCESS_TOKEN=token)
        target = out.with_suffix(".csv")
        cmd = ([args.cli, "--homeserver", base, "users", "export", str(target)] if args.what == "users"
               else [args.cli, "--homeserver", base, "rooms", "export", "--output", str(target)])
        s, code, rss = run_timed(cmd, env=env, rss_file=state / "rss")
        results.append(("steward", s, csv_rows(target) if code == 0 else 0, rss))
        target.unlink(missing_ok=True)

        if exe:
            log("synadm…")
            s, rows = synadm(exe, state, base, token, sj["admin_user_id"], args.what, total,
                             out.with_suffix(".synadm"))
            results.append((f"synadm {SYNADM_VERSION}", s, rows, 0))

        floor_s = min(s for name, s, rows, _ in results if name.startswith("curl") and rows == total)
        print(f"{'contender':<18}{'time':>10}{'rows':>10}{'x floor':>10}{'peak RSS':>12}")
        for name, s, rows, rss in results:
            print(f"{name:<18}{s:>9.2f}s{rows:>10}{s / floor_s:>9.2f}x"
                  + (f"{rss / 1024:>9.1f} MB" if rss else f"{'':>12}"))
        steward = next(r for r in results if r[0] == "steward")
        print(f"steward vs floor: {steward[1] / floor_s:.2f}x (target <= 1.3x); peak RSS {steward[3] / 1024:.1f} MB"
              + (" (target <= 64 MB at 1,000,000 users)" if args.what == "users" else ""))
        print(json.dumps({"what": args.what, "database": args.database, "total": total,
                          "results": [{"name": n, "seconds": round(s, 3), "rows": r, "peak_rss_kb": m}
                                      for n, s, r, m in results]}))
        ok = steward[2] == total and steward[1] <= 1.3 * floor_s
        return 0 if ok else 1
    finally:
        if args.keep:
            log(f"server left running in {state}")
        else:
            subprocess.run([sys.executable, str(SYNAPSECTL), "stop", "--state-dir", str(state)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
