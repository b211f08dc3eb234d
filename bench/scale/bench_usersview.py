#!/usr/bin/env python3
"""Benchmark (not a test): the Users view on a server with 100,000 users (or the Rooms view with 10,000 rooms).

Starts a throw-away Synapse with tests/synapse/synapsectl.py, writes N synthetic users straight into
its database (synapsectl's bigseed: fast, for both backends), runs build/bin/bench_usersview (the
real Users view and model, offscreen) against it, prints its figures and stops the server.

    cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DSTEWARD_BUILD_BENCH=ON
    cmake --build build -j2 --target bench_usersview
    python3 bench/scale/bench_usersview.py [--users 100000 | --rooms 10000] [--database sqlite|postgres]
        [--bench build/bin/bench_usersview ...] [--no-scroll] [--trace] [--runs N] [--keep]

The admin token stays in the throw-away state dir and is handed to the bench through the
environment (STEWARD_ACCESS_TOKEN), never on a command line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SYNAPSECTL = ROOT / "tests" / "synapse" / "synapsectl.py"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--users", type=int, default=None, help="users to seed (default 100000)")
    ap.add_argument("--rooms", type=int, default=None, help="the Rooms view over this many seeded rooms instead")
    ap.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite")
    ap.add_argument("--bench", action="append",
                    help="the bench program (default build/bin/bench_usersview); given several times, each runs "
                         "in turn against the same server (e.g. a build before and after a change)")
    ap.add_argument("--tmpdir", default="/dev/shm" if os.access("/dev/shm", os.W_OK) else None)
    ap.add_argument("--no-scroll", action="store_true", help="skip scrolling through every row")
    ap.add_argument("--trace", action="store_true", help="print a timeline of the first rows")
    ap.add_argument("--runs", type=int, default=1, help="rounds against the same server (each bench once a round)")
    ap.add_argument("--keep", action="store_true", help="leave the server running")
    args = ap.parse_args()
    benches = args.bench or [str(ROOT / "build" / "bin" / "bench_usersview")]
    for bench in benches:
        if not Path(bench).exists():
            print(f"{bench} not found: build with -DSTEWARD_BUILD_BENCH=ON (see --help)", file=sys.stderr)
            return 2

    state = Path(tempfile.mkdtemp(prefix="steward-bench-scale-", dir=args.tmpdir))
    try:
        seed = (["--bigseed-rooms", str(args.rooms)] if args.rooms
                else ["--bigseed-users", str(args.users or 100_000)])
        print(f"starting Synapse ({args.database}) and writing {' '.join(seed[1:])} {seed[0][10:]}…",
              file=sys.stderr, flush=True)
        subprocess.run([sys.executable, str(SYNAPSECTL), "start", "--state-dir", str(state), "--seed", "none",
                        "--database", args.database] + seed, check=True, stdout=subprocess.DEVNULL)
        sj = json.loads((state / "server.json").read_text())
        env = dict(os.environ, STEWARD_ACCESS_TOKEN=sj["admin_token"], QT_QPA_PLATFORM="offscreen")
        cmd = ["--homeserver", sj["base_url"]]
        if args.no_scroll:
            cmd.append("--no-scroll")
        if args.rooms:
            cmd.append("--rooms")
        if args.trace:
            cmd.append("--trace")
        print(f"backend: {sj.get('database', args.database)}", flush=True)
        rc = 0
        for _ in range(args.runs):
            for bench in benches:
                if len(benches) > 1:
                    print(f"== {bench}", flush=True)
                rc = subprocess.run([bench] + cmd, env=env).returncode or rc
        return rc
    finally:
        if args.keep:
            print(f"server left running in {state}", file=sys.stderr)
        else:
            subprocess.run([sys.executable, str(SYNAPSECTL), "stop", "--state-dir", str(state)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.rmtree(state, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
