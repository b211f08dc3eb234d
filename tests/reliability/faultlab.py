#!/usr/bin/env python3
"""Fault lab: steward-cli against a real Synapse through tests/support/faultproxy.py.

Every scenario injects faults on one engine's write path, then checks each outcome steward-cli
reported against the server's state (memberships, a user's external IDs, the media list) and, for
the request that is not safe to repeat (the media delete POST), that it reached the server at most
once per attempt Steward logged.

    faultlab.py faults --engine bulkjoin|externalids|media [--kinds K,K] [--json FILE]
    faultlab.py soak   [--users 200] [--rooms 10] [--rate 0.2] [--json FILE]

Needs: STEWARD_TEST_SERVER_FILE (server.json written by tests/synapse/synapsectl.py; the lab's
own server, since the soak restarts it and media purges are server-wide), STEWARD_CLI (the
steward-cli binary). Exit status 0 when every check held, 1 otherwise; each failed check is one
line on stderr. --json writes the figures (docs/RELIABILITY.md is made from them).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True
sys.path.insert(0, str(HERE.parent / "synapse"))
from seed import Api, q  # noqa: E402

PROXY = HERE.parent / "support" / "faultproxy.py"
SYNAPSECTL = HERE.parent / "synapse" / "synapsectl.py"
KINDS = ["429", "502", "503", "reset_before", "reset_after", "stall", "close_after_headers", "truncated"]
CLI_TIMEOUT = 300  # a run that takes longer counts as a hang


def log(msg: str) -> None:
    print(f"faultlab: {msg}", file=sys.stderr, flush=True)


# ----------------------------------------------------------------------------- proxy

class Proxy:
    def __init__(self, upstream: str, logfile: Path, **opts):
        args = [sys.executable, str(PROXY), "--upstream", upstream, "--log", str(logfile)]
        for k, v in opts.items():
            args += ["--" + k.replace("_", "-"), str(v)]
        self.proc = subprocess.Popen(args, stdout=subprocess.PIPE, text=True)
        port = self.proc.stdout.readline().strip()
        if not port.isdigit():
            raise RuntimeError("the fault proxy did not start")
        self.url = f"http://127.0.0.1:{port}"

    def _call(self, what: str, body: dict | None = None) -> dict:
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(f"{self.url}/__faultproxy/{what}", data=data,
                                     method="POST" if data is not None else "GET")
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.loads(r.read())

    def configure(self, **cfg) -> dict:
        return self._call("config", cfg)

    def stats(self) -> dict:
        return self._call("stats")

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


# ----------------------------------------------------------------------------- the lab

class Lab:
    def __init__(self, server_file: str, cli: str):
        self.server_file = server_file
        self.sj = json.loads(Path(server_file).read_text())
        self.hs = self.sj["server_name"]
        self.admin_id = self.sj["admin_user_id"]
        self.api = Api(self.sj["base_url"], self.sj["admin_token"])
        self.cli = cli
        self.tmp = Path(tempfile.mkdtemp(prefix="steward-faultlab-"))
        self.pool = ThreadPoolExecutor(8)

    def uid(self, localpart: str) -> str:
        return f"@{localpart}:{self.hs}"

    # --- set-up through the admin API (directly, not through the proxy)

    def create_users(self, localparts: list[str], external_ids=None) -> list[str]:
        def one(lp: str) -> str:
            body = {"password": "pw-" + uuid.uuid4().hex}
            if external_ids:
                body["external_ids"] = [{"auth_provider": p, "external_id": e} for p, e in external_ids(lp)]
            self.api.call("PUT", f"/_synapse/admin/v2/users/{q(self.uid(lp))}", body, ok=(201,))
            return self.uid(lp)
        return list(self.pool.map(one, localparts))

    def create_rooms(self, names: list[str]) -> list[str]:
        def one(name: str) -> str:
            _, r = self.api.call("POST", "/_matrix/client/v3/createRoom",
                                 {"preset": "public_chat", "visibility": "public", "name": name,
                                  "room_alias_name": name})
            return r["room_id"]
        return list(self.pool.map(one, names))

    def joined_members(self, room_id: str) -> set[str]:
        _, r = self.api.call("GET", f"/_synapse/admin/v1/rooms/{q(room_id)}/members")
        return set(r.get("members", []))

    def join_events(self, room_id: str, user_id: str) -> int:
        """How many m.room.member join events the user has in the room (a doubled join shows here)."""
        _, r = self.api.call("GET", f"/_synapse/admin/v1/rooms/{q(room_id)}/messages",
                             query={"dir": "f", "limit": 1000,
                                    "filter": json.dumps({"types": ["m.room.member"]})})
        return sum(1 for e in r.get("chunk", []) if e.get("state_key") == user_id
                   and e.get("content", {}).get("membership") == "join")

    def external_ids(self, user_id: str) -> set[tuple[str, str]]:
        _, r = self.api.call("GET", f"/_synapse/admin/v2/users/{q(user_id)}")
        return {(e["auth_provider"], e["external_id"]) for e in r.get("external_ids", [])}

    def media_ids(self, user_id: str) -> set[str]:
        ids, frm = set(), 0
        while True:
            _, r = self.api.call("GET", f"/_synapse/admin/v1/users/{q(user_id)}/media",
                                 query={"from": frm, "limit": 100})
            ids |= {m["media_id"] for m in r.get("media", [])}
            if "next_token" not in r:
                return ids
            frm = r["next_token"]

    def upload(self, data: bytes, name: str) -> str:
        _, r = self.api.call("POST", "/_matrix/media/v3/upload", query={"filename": name},
                             data=data, content_type="application/octet-stream")
        return r["content_uri"].rsplit("/", 1)[1]

    # --- steward-cli

    def timeout_args(self) -> list[str]:
        """--timeout 2 where steward-cli has it: a stalled request (the proxy holds it 4 s) then ends by
        Steward's own timeout, not by the proxy closing the connection."""
        if not hasattr(self, "_timeout_args"):
            h = subprocess.run([self.cli, "--help"], capture_output=True, text=True)
            self._timeout_args = ["--timeout", "2"] if "--timeout" in h.stdout + h.stderr else []
        return self._timeout_args

    def cli_env(self, work: Path) -> dict:
        env = dict(os.environ)
        env.update({"STEWARD_ACCESS_TOKEN": self.sj["admin_token"], "XDG_DATA_HOME": str(work / "data"),
                    "XDG_CONFIG_HOME": str(work / "config"), "TZ": "UTC", "LC_ALL": "C.UTF-8",
                    "LANGUAGE": "en"})
        return env

    def run_cli(self, proxy: Proxy, args: list[str], work: Path, timeout: int = CLI_TIMEOUT) -> dict:
        env = self.cli_env(work)
        cmd = [self.cli, "--homeserver", proxy.url, "--verbose"] + self.timeout_args() + args
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             errors="replace")
        try:
            out, err = p.communicate(timeout=timeout)
            hang = False
        except subprocess.TimeoutExpired:
            p.kill()
            out, err = p.communicate()
            hang = True
        return {"rc": p.returncode, "out": out, "err": err, "hang": hang,
                "seconds": round(time.monotonic() - t0, 1)}


def crashed(run: dict) -> bool:
    """A signal, an exit code outside Steward's 0-3, or a sanitizer report."""
    return (not run["hang"] and (run["rc"] < 0 or run["rc"] > 3)) or "Sanitizer" in run["err"] \
        or "runtime error:" in run["err"]


def attempts_logged(err: str, path_regex: str) -> int:
    """Attempts steward-cli --verbose logged ("POST /path attempt N") for paths matching the regex."""
    return sum(1 for line in err.splitlines()
               if re.search(r"\bPOST (" + path_regex + r")\"? attempt \d+", line))


def arrivals(stats: dict, path_regex: str) -> int:
    return sum(n for k, n in stats["arrivals"].items() if re.fullmatch(r"POST (" + path_regex + ")", k))


class Scenario:
    """Figures of one run; problems are the checks that did not hold."""

    def __init__(self, engine: str, kind: str):
        self.engine, self.kind = engine, kind
        self.items = 0
        self.done = 0
        self.faults = 0
        self.lost = 0
        self.doubled = 0
        self.false_outcomes = 0
        self.crash = False
        self.hang = False
        self.problems: list[str] = []
        self.seconds = 0.0
        self.left_truthfully = 0

    def problem(self, text: str) -> None:
        self.problems.append(f"{self.engine}/{self.kind}: {text}")

    def take_run(self, run: dict, stats: dict) -> None:
        self.seconds += run["seconds"]
        self.faults += sum(stats["faults"].values())
        if run["hang"]:
            self.hang = True
            self.problem(f"steward-cli did not finish within {CLI_TIMEOUT} s")
        if crashed(run):
            self.crash = True
            self.problem(f"steward-cli crashed (exit {run['rc']}): {tail(run['err'])}")

    @property
    def survived(self) -> bool:
        return not self.problems

    def figures(self) -> dict:
        return {"engine": self.engine, "kind": self.kind, "items": self.items, "done": self.done,
                "faults": self.faults, "survived": self.survived, "lost": self.lost,
                "doubled": self.doubled, "false_outcomes": self.false_outcomes, "crash": self.crash,
                "hang": self.hang, "left_truthfully": self.left_truthfully, "seconds": round(self.seconds, 1), "problems": self.problems}


def tail(text: str, n: int = 3) -> str:
    lines = [ln for ln in text.strip().splitlines() if "attempt" not in ln and "->" not in ln]
    return " | ".join(lines[-n:])


def read_csv(path: Path) -> list[dict]:
    if not path.exists():
        return []
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))


def fault_config(kind: str, match: str, count: int) -> dict:
    """The first `count` matching requests get the fault (retries then go through); 'random' or
    'random:SEED': 30 % of every request (reads too) gets one of all kinds."""
    if kind.startswith("random"):
        seed = int(kind.split(":")[1]) if ":" in kind else 13
        return {"rate": 0.3, "kinds": KINDS, "match": "", "script": [], "seed": seed, "max_faults_in_a_row": 2}
    return {"rate": 0.0, "match": match, "script": [kind] * count, "max_faults_in_a_row": 2}


# ----------------------------------------------------------------------------- bulk join

def bulkjoin_scenario(lab: Lab, kind: str, users: int = 8, rooms: int = 2) -> Scenario:
    sc = Scenario("bulkjoin", kind)
    tag = uuid.uuid4().hex[:8]
    work = lab.tmp / f"bj-{kind}-{tag}"
    work.mkdir()
    user_ids = lab.create_users([f"fl-bj-{tag}-{i}" for i in range(users)])
    room_ids = lab.create_rooms([f"fl-bj-{tag}-r{i}" for i in range(rooms)])
    (work / "users.txt").write_text("\n".join(user_ids) + "\n")
    (work / "rooms.txt").write_text("\n".join(room_ids) + "\n")
    sc.items = users * rooms
    proxy = Proxy(lab.sj["base_url"], work / "proxy.jsonl", stall_seconds=4, retry_after_ms=500)
    try:
        proxy.configure(**fault_config(kind, r"^POST /_synapse/admin/v1/join/", users * rooms // 3))
        run = lab.run_cli(proxy, ["bulk-join", "--users", str(work / "users.txt"), "--rooms",
                                  str(work / "rooms.txt"), "--concurrency", "4", "--report",
                                  str(work / "report.csv")], work)
        stats = proxy.stats()
    finally:
        proxy.stop()
    sc.take_run(run, stats)
    check_bulkjoin(lab, sc, run, work / "report.csv", user_ids, room_ids)
    return sc


def check_bulkjoin(lab: Lab, sc: Scenario, run: dict, report: Path, user_ids, room_ids,
                   check_events: bool = True) -> None:
    rows = read_csv(report)
    members = {r: lab.joined_members(r) for r in room_ids}
    if not rows:
        sc.problem(f"no report written (exit {run['rc']}): {tail(run['err'])}")
    seen = set()
    for row in rows:
        user, room = row["user_id"], row["room_id"] or row["room"]
        seen.add((user, room))
        is_member = user in members.get(room, set())
        outcome = row["outcome"]
        if outcome in ("joined", "already_member"):
            sc.done += 1
            if not is_member:
                sc.false_outcomes += 1
                sc.problem(f"{user} in {room} reported {outcome} but is not a member")
        elif outcome in ("failed", "skipped", "not_attempted"):
            if is_member:
                sc.false_outcomes += 1
                sc.problem(f"{user} in {room} reported {outcome} ({row['reason']}) but the server joined it")
            else:
                sc.lost += 1
                sc.problem(f"{user} in {room} not joined after a transient fault: {outcome} ({row['reason']})")
        else:
            sc.false_outcomes += 1
            sc.problem(f"{user} in {room}: outcome {outcome!r} left unverified in the report")
    for u in user_ids:
        for r in room_ids:
            if (u, r) not in seen:
                sc.lost += 1
                if rows:
                    sc.problem(f"{u} in {r} missing from the report")
    if rows and sc.done == sc.items and run["rc"] != 0:
        sc.problem(f"every pair joined but exit code {run['rc']}")
    if check_events:
        for r in room_ids:
            for u in user_ids:
                if lab.join_events(r, u) > 1:
                    sc.doubled += 1
                    sc.problem(f"{u} joined {r} more than once")


def resume_scenario(lab: Lab, kind: str, users: int = 30, rooms: int = 4) -> Scenario:
    """A bulk join with 20 % faults on the joins is interrupted (kind: sigint = one Ctrl-C, sigkill)
    once a third of the joins arrived, then continued with --resume (faults still on) until done."""
    sc = Scenario("bulkjoin-resume", kind)
    tag = uuid.uuid4().hex[:8]
    work = lab.tmp / f"resume-{kind}-{tag}"
    work.mkdir()
    user_ids = lab.create_users([f"fl-rs-{tag}-{i}" for i in range(users)])
    room_ids = lab.create_rooms([f"fl-rs-{tag}-r{i}" for i in range(rooms)])
    (work / "users.txt").write_text("\n".join(user_ids) + "\n")
    (work / "rooms.txt").write_text("\n".join(room_ids) + "\n")
    sc.items = users * rooms
    proxy = Proxy(lab.sj["base_url"], work / "proxy.jsonl", stall_seconds=2, retry_after_ms=300)
    try:
        proxy.configure(rate=0.2, kinds=KINDS, match=r"^POST /_synapse/admin/v1/join/", script=[], seed=5,
                        max_faults_in_a_row=2)
        env = lab.cli_env(work)
        cmd = [lab.cli, "--homeserver", proxy.url] + lab.timeout_args() + ["bulk-join", "--users", str(work / "users.txt"), "--rooms",
               str(work / "rooms.txt"), "--concurrency", "2"]
        t0 = time.monotonic()
        p = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        while p.poll() is None and joined_so_far(proxy) < sc.items // 3 and time.monotonic() - t0 < CLI_TIMEOUT:
            time.sleep(0.05)
        if p.poll() is not None:
            sc.problem(f"the first run ended (exit {p.returncode}) before it could be interrupted")
        else:
            p.send_signal(signal.SIGINT if kind == "sigint" else signal.SIGKILL)
        try:
            err = p.communicate(timeout=CLI_TIMEOUT)[1]
        except subprocess.TimeoutExpired:
            p.kill()
            err = p.communicate()[1]
            sc.hang = True
            sc.problem("the interrupted run did not stop")
        if kind == "sigint" and not sc.hang and (p.returncode < 0 or p.returncode > 3):
            sc.crash = True
            sc.problem(f"one Ctrl-C ended the run with {p.returncode}: {tail(err)}")
        run = lab.run_cli(proxy, ["bulk-join", "--resume", "--concurrency", "4", "--report",
                                  str(work / "report.csv")], work)
        stats = proxy.stats()
    finally:
        proxy.stop()
    sc.take_run(run, stats)
    check_bulkjoin(lab, sc, run, work / "report.csv", user_ids, room_ids, check_events=False)
    return sc


# ----------------------------------------------------------------------------- external IDs

def externalids_scenario(lab: Lab, kind: str, users: int = 6) -> Scenario:
    sc = Scenario("externalids", kind)
    tag = uuid.uuid4().hex[:8]
    work = lab.tmp / f"ext-{kind}-{tag}"
    work.mkdir()
    gone, kept = f"fl-old-{tag}", f"fl-keep-{tag}"
    links = {}

    def ids(lp: str):
        links[lp] = [(gone, f"sub-{lp}")] + ([(kept, f"keep-{lp}")] if lp.endswith(("0", "2", "4")) else [])
        return links[lp]
    user_ids = lab.create_users([f"fl-ext-{tag}-{i}" for i in range(users)], external_ids=ids)
    sc.items = users
    proxy = Proxy(lab.sj["base_url"], work / "proxy.jsonl", stall_seconds=4, retry_after_ms=500)
    try:
        proxy.configure(**fault_config(kind, r"^PUT /_synapse/admin/v2/users/", users // 2))
        run = lab.run_cli(proxy, ["external-ids", "remove", "--provider", gone, "--backup",
                                  str(work / "backup.json"), "--report", str(work / "report.csv"), "--yes"],
                          work)
        stats = proxy.stats()
    finally:
        proxy.stop()
    sc.take_run(run, stats)
    rows = {r["user_id"]: r for r in read_csv(work / "report.csv")}
    if not rows:
        sc.problem(f"no report written (exit {run['rc']}): {tail(run['err'])}")
    for user_id in user_ids:
        lp = user_id[1:].split(":")[0]
        now = lab.external_ids(user_id)
        want_kept = {x for x in links[lp] if x[0] == kept}
        if not want_kept <= now:
            sc.lost += 1
            sc.problem(f"{user_id} lost a link of the provider that was not removed")
        row = rows.get(user_id)
        if row is None:
            if rows:
                sc.lost += 1
                sc.problem(f"{user_id} missing from the report")
            continue
        removed = not any(p == gone for p, _ in now)
        status = row["status"]
        if status == "done":
            sc.done += 1
            if not removed:
                sc.false_outcomes += 1
                sc.problem(f"{user_id} reported done but still has its {gone} link")
        elif status in ("failed", "not-attempted", "unchanged"):
            if removed:
                sc.false_outcomes += 1
                sc.problem(f"{user_id} reported {status} ({row['detail']}) but the server removed the link")
            else:
                sc.lost += 1
                sc.problem(f"{user_id} not done after a transient fault: {status} ({row['detail']})")
        else:
            sc.false_outcomes += 1
            sc.problem(f"{user_id}: status {status!r} left unverified in the report")
        said_now = {tuple(x.split("/", 1)) for x in row.get("external_ids_now", "").split(";") if "/" in x}
        said_now = {(p.strip(), i.strip()) for p, i in said_now}
        if "external_ids_now" in row and status == "done" and said_now != now:
            sc.false_outcomes += 1
            sc.problem(f"{user_id}: report says the user now has {sorted(said_now)}, the server has {sorted(now)}")
    if rows and sc.done == sc.items and run["rc"] != 0:
        sc.problem(f"every user done but exit code {run['rc']}")
    return sc


# ----------------------------------------------------------------------------- media

DELETE_PATHS = r"/_synapse/admin/v1/media/delete|/_synapse/admin/v1/media/[^/]+/delete"


def media_scenario(lab: Lab, kind: str, files: int = 5) -> Scenario:
    sc = Scenario("media", kind)
    tag = uuid.uuid4().hex[:8]
    work = lab.tmp / f"media-{kind}-{tag}"
    work.mkdir()
    for i in range(files):
        lab.upload(f"fault lab {tag} file {i}\n".encode() * (50 + i), f"fl-{tag}-{i}.txt")
    before = lab.media_ids(lab.admin_id)  # leftovers of earlier scenarios are older than the cutoff too
    time.sleep(1.2)
    cutoff = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(time.time() - 0.1))
    time.sleep(1.0)
    sc.items = len(before)
    proxy = Proxy(lab.sj["base_url"], work / "proxy.jsonl", stall_seconds=4, retry_after_ms=500)
    try:
        proxy.configure(**fault_config(kind, r"^POST /_synapse/admin/v1/media/(.+/)?delete$", 1))
        run = lab.run_cli(proxy, ["media", "purge", "--before", cutoff, "--allow-recent", "--yes"], work)
        stats = proxy.stats()
    finally:
        proxy.stop()
    sc.take_run(run, stats)
    after = lab.media_ids(lab.admin_id)
    deleted = len(before - after)
    sc.done = deleted
    out = run["out"]
    m = re.search(r"Deleted (\d+) local files", out)
    if m:
        claimed = int(m.group(1))
        if claimed != deleted:
            sc.false_outcomes += 1
            sc.problem(f"reported {claimed} files deleted, the server deleted {deleted}")
    elif re.search(r"nothing deleted|Nothing was deleted", out + run["err"]):
        if deleted:
            sc.false_outcomes += 1
            sc.problem(f"reported nothing deleted, the server deleted {deleted} files")
    elif re.search(r"Local media:.*unknown", out, re.I):
        sc.false_outcomes += 1
        sc.problem(f"the purge's outcome was left unknown, not verified against the media list: {tail(out)}")
    else:
        sc.false_outcomes += 1
        sc.problem(f"no outcome for the local media in the output (exit {run['rc']}): {tail(out + run['err'])}")
    left = len(after & before)
    if left and kind == "429":  # a 429 means the server did nothing: Steward waits and sends again
        sc.lost += left
        sc.problem(f"{left} of {len(before)} files still there after a 429 (exit {run['rc']}): {tail(out)}")
    elif left:
        sc.left_truthfully = left  # not safe to repeat: reported (truthfully) as not done
    attempts = attempts_logged(run["err"], DELETE_PATHS)
    reached = arrivals(stats, DELETE_PATHS)
    if reached > attempts:
        sc.doubled += reached - attempts
        sc.problem(f"the media delete POST reached the server {reached} times, Steward logged {attempts} attempts")
    if attempts == 0 and reached == 0 and not run["hang"]:
        sc.problem("the media delete POST was never sent")
    return sc


ENGINES = {"bulkjoin": bulkjoin_scenario, "externalids": externalids_scenario, "media": media_scenario,
           "resume": resume_scenario}
DEFAULT_KINDS = {"resume": "sigint,sigkill"}


# ----------------------------------------------------------------------------- soak

def synapse(cmd: str, state_dir: str) -> None:
    args = [sys.executable, str(SYNAPSECTL), cmd, "--state-dir", state_dir]
    if cmd == "start":
        args += ["--seed", "none"]
    subprocess.run(args, check=True, stdout=subprocess.DEVNULL)


def soak(lab: Lab, users: int, rooms: int, rate: float, match: str = "") -> Scenario:
    sc = Scenario("bulkjoin-soak", f"random {int(rate * 100)} % + server kill")
    tag = uuid.uuid4().hex[:8]
    work = lab.tmp / f"soak-{tag}"
    work.mkdir()
    t0 = time.monotonic()
    user_ids = lab.create_users([f"fl-soak-{tag}-{i}" for i in range(users)])
    room_ids = lab.create_rooms([f"fl-soak-{tag}-r{i}" for i in range(rooms)])
    log(f"soak: {users} users and {rooms} rooms created in {time.monotonic() - t0:.0f} s")
    (work / "users.txt").write_text("\n".join(user_ids) + "\n")
    (work / "rooms.txt").write_text("\n".join(room_ids) + "\n")
    sc.items = users * rooms
    state_dir = str(Path(lab.server_file).parent)
    proxy = Proxy(lab.sj["base_url"], work / "proxy.jsonl", stall_seconds=3, retry_after_ms=300, seed=7)
    try:
        proxy.configure(rate=rate, kinds=KINDS, match=match, script=[], max_faults_in_a_row=2)
        env = lab.cli_env(work)
        cmd = [lab.cli, "--homeserver", proxy.url] + lab.timeout_args() + ["bulk-join", "--users", str(work / "users.txt"),
               "--rooms", str(work / "rooms.txt"), "--concurrency", "8", "--report", str(work / "report.csv")]
        t0 = time.monotonic()
        with open(work / "stderr.txt", "w") as errf:
            p = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=errf, text=True)
            killed = False
            # Kill the server once half the pairs have joined, then bring it back on the same data.
            limit = max(CLI_TIMEOUT, sc.items // 2)  # seconds; more than the slowest run measured
            while p.poll() is None and time.monotonic() - t0 < limit:
                if not killed and joined_so_far(proxy) >= sc.items // 2:
                    pid = int(Path(state_dir, "synapse.pid").read_text())
                    log(f"soak: {joined_so_far(proxy)} joins arrived; SIGKILL synapse (pid {pid})")
                    os.kill(pid, signal.SIGKILL)
                    time.sleep(1)
                    synapse("start", state_dir)
                    log("soak: synapse restarted on the same data")
                    killed = True
                time.sleep(0.5)
            hang = p.poll() is None
            if hang:
                p.kill()
            out = p.communicate()[0]
        run = {"rc": p.returncode, "out": out, "err": (work / "stderr.txt").read_text(errors="replace"),
               "hang": hang, "seconds": round(time.monotonic() - t0, 1)}
        stats = proxy.stats()
    finally:
        proxy.stop()
    sc.take_run(run, stats)
    if not killed:
        sc.problem("the run ended before the server could be killed halfway")
    check_bulkjoin(lab, sc, run, work / "report.csv", user_ids, room_ids, check_events=False)
    # A doubled join would show as two join events; one read of each room's member events.
    for r in room_ids:
        _, res = lab.api.call("GET", f"/_synapse/admin/v1/rooms/{q(r)}/messages",
                              query={"dir": "f", "limit": 10000,
                                     "filter": json.dumps({"types": ["m.room.member"]})})
        counts: dict[str, int] = {}
        for e in res.get("chunk", []):
            if e.get("content", {}).get("membership") == "join":
                counts[e["state_key"]] = counts.get(e["state_key"], 0) + 1
        for u, n in counts.items():
            if n > 1:
                sc.doubled += 1
                sc.problem(f"{u} joined {r} {n} times")
    if run["rc"] != 0 and not sc.problems:
        sc.problem(f"exit code {run['rc']}")
    sc.extra = {"upstream_down": stats["upstream_down"], "requests": stats["requests"], "exit": run["rc"]}
    log(f"soak: {sc.items} pairs, {sc.faults} faults injected, {stats['upstream_down']} requests hit the "
        f"dead server, exit {run['rc']} after {run['seconds']} s")
    return sc


def joined_so_far(proxy: Proxy) -> int:
    s = proxy.stats()
    return sum(n for k, n in s["arrivals"].items() if k.startswith("POST /_synapse/admin/v1/join/"))


# ----------------------------------------------------------------------------- main

def main() -> int:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("faults")
    f.add_argument("--engine", choices=sorted(ENGINES), required=True)
    f.add_argument("--kinds", default="", help="default: every fault kind and a random mix")
    f.add_argument("--random-rounds", type=int, default=1,
                   help="how many random-mix runs (each with its own seed)")
    f.add_argument("--json", default="")
    s = sub.add_parser("soak")
    s.add_argument("--users", type=int, default=200)
    s.add_argument("--rooms", type=int, default=10)
    s.add_argument("--rate", type=float, default=0.2)
    s.add_argument("--match", default="", help="only requests matching this regex get faults")
    s.add_argument("--json", default="")
    args = ap.parse_args()
    server_file = os.environ.get("STEWARD_TEST_SERVER_FILE")
    cli = os.environ.get("STEWARD_CLI")
    if not server_file or not Path(server_file).exists() or not cli:
        log("STEWARD_TEST_SERVER_FILE (a running test server) and STEWARD_CLI are needed")
        return 1
    lab = Lab(server_file, cli)
    results = []
    if args.cmd == "faults":
        kinds = []
        for kind in (args.kinds or DEFAULT_KINDS.get(args.engine, ",".join(KINDS + ["random"]))).split(","):
            kinds += [f"random:{13 + i}" for i in range(args.random_rounds)] if kind == "random" else [kind]
        for kind in kinds:
            sc = ENGINES[args.engine](lab, kind)
            sc.kind = kind.split(":")[0]
            log(f"{args.engine}/{kind}: {sc.items} items, {sc.faults} faults, "
                f"{'survived' if sc.survived else 'FAILED'} in {sc.seconds} s")
            results.append(sc)
    else:
        results.append(soak(lab, args.users, args.rooms, args.rate, args.match))
    if args.json:
        figures = [r.figures() | getattr(r, "extra", {}) for r in results]
        Path(args.json).write_text(json.dumps(figures, indent=1) + "\n")
    problems = [p for r in results for p in r.problems]
    for p in problems:
        print(f"FAIL {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
