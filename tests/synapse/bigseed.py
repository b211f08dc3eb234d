#!/usr/bin/env python3
"""Write a large synthetic population straight into a *stopped* Synapse's database.

Run by `synapsectl.py bigseed` (or `start --bigseed-users N --bigseed-rooms M`) with the Synapse
venv's python, which has psycopg2; not meant to be run by hand while Synapse is running (Synapse
caches what it read and would not see, or would overwrite, the rows).

    bigseed.py (--sqlite homeserver.db | --postgres database.json) --server-name NAME
               --users N --rooms M --creator @admin:NAME

What it writes, and what reads it (Synapse 1.163, synapse/storage/databases/main/):
- users + profiles (full_user_id, displayname): the admin user list (GET /_synapse/admin/v2/users,
  get_users_paginate joins users with profiles) and user details. Users are @bulk-NNNNNNN:NAME,
  index i from 0; every 50th (i % 50 == 7) is deactivated, every 500th (i % 500 == 3) is an admin.
  They have no password (nobody logs in as them) and are not in the user directory.
- rooms + room_stats_state + room_stats_current: the admin room list (GET /_synapse/admin/v1/rooms
  joins exactly these three) and room details. Rooms are !bulkNNNNNNN:NAME.
- Each room's members (the creator and 1-3 active bulk users): current_state_events (membership
  rows, read by GET /_synapse/admin/v1/rooms/ID/members and /v1/users/ID/joined_rooms) and
  room_memberships. There are no events behind them: the rooms have no timeline or state events
  to read, and sending into them fails. local_current_membership stays empty on purpose: rows
  there make Synapse schedule its sliding-sync background updates at every start, which never
  finish for rooms without events (and deactivating a bulk user would try to leave fake rooms).

Additive: users/rooms already written by an earlier run (counted by their prefix) are kept, only
the missing indexes are written. Prints a JSON manifest on stdout; progress goes to stderr.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time

USER_PREFIX = "bulk-"
ROOM_PREFIX = "bulk"
CHUNK = 100_000

FIRST = ["Anna", "Bernd", "Chloé", "Dmitri", "Emma", "François", "Grete", "Hiroshi", "Ines",
         "Jürgen", "Kateřina", "Lars", "Maëlle", "Nikolai", "Olga", "Pål", "Quentin", "Rosa",
         "Søren", "Tomás", "Ursula", "Vincent", "Wen", "Xavier", "Yasmin", "Zoë"]
LAST = ["Müller", "Dubois", "Rossi", "Nowak", "García", "Smith", "Jensen", "Kowalski", "Bernard",
        "Schmidt", "Novák", "Silva", "Andersson", "Ivanova", "Öztürk", "Lefèvre", "Wang", "Kim",
        "O'Brien", "Nakamura", "Fischer", "Moreau", "Costa", "Horvath", "Weber", "Laurent", "Li"]


def log(msg: str) -> None:
    print(f"bigseed: {msg}", file=sys.stderr, flush=True)


def is_deactivated(i: int) -> bool:
    return i % 50 == 7


def is_admin(i: int) -> bool:
    return i % 500 == 3


def count_in(n: int, pred) -> int:
    return sum(1 for i in range(n) if pred(i))


def user_id(i: int, hs: str) -> str:
    return f"@{USER_PREFIX}{i:07d}:{hs}"


def displayname(i: int) -> str:
    return f"{FIRST[i % len(FIRST)]} {LAST[(i // len(FIRST)) % len(LAST)]} {i}"


def room_id(i: int, hs: str) -> str:
    return f"!{ROOM_PREFIX}{i:07d}:{hs}"


def room_members(i: int, n_users: int, creator: str, hs: str) -> list[str]:
    """The creator plus 1-3 bulk users (none when there are no bulk users)."""
    k = min(1 + i % 3, n_users)
    picks = {(i * 7 + j * 131) % n_users for j in range(k)}
    picks = {(u + 1) % n_users if is_deactivated(u) else u for u in picks}  # members are active
    return [creator] + sorted(user_id(u, hs) for u in picks)


# ------------------------------------------------------------------- row generators
# Values are Python ints/str/bool/None; each writer converts them for its database.

USERS_COLS = ["name", "password_hash", "creation_ts", "admin", "is_guest", "deactivated",
              "shadow_banned", "approved", "locked", "suspended"]
PROFILES_COLS = ["user_id", "full_user_id", "displayname"]
ROOMS_COLS = ["room_id", "is_public", "creator", "room_version", "has_auth_chain_index"]
STATE_COLS = ["room_id", "name", "canonical_alias", "join_rules", "history_visibility",
              "encryption", "avatar", "guest_access", "is_federatable", "topic", "room_type"]
CURRENT_COLS = ["room_id", "current_state_events", "joined_members", "invited_members",
                "left_members", "banned_members", "knocked_members", "local_users_in_room",
                "completed_delta_stream_id"]
CSE_COLS = ["event_id", "room_id", "type", "state_key", "membership"]
RM_COLS = ["event_id", "user_id", "sender", "room_id", "membership", "forgotten"]


def user_rows(lo: int, hi: int, hs: str, now_s: int):
    for i in range(lo, hi):
        uid = user_id(i, hs)
        yield "users", (uid, None, now_s - 86400 * 365 + i % (86400 * 365), int(is_admin(i)), 0,
                        int(is_deactivated(i)), False, True, False, False)
        yield "profiles", (uid[1:].split(":", 1)[0], uid, displayname(i))


def room_rows(lo: int, hi: int, n_users: int, creator: str, hs: str):
    for i in range(lo, hi):
        rid = room_id(i, hs)
        public = i % 10 == 0
        members = room_members(i, n_users, creator, hs)
        yield "rooms", (rid, public, creator, "10", True)
        yield "room_stats_state", (
            rid, f"Bulk room {i}", None, "public" if public else "invite", "shared",
            "m.megolm.v1.aes-sha2" if i % 5 == 1 else None, None,
            "can_join" if i % 20 == 0 else "forbidden", True, f"Synthetic room number {i}",
            "m.space" if i % 50 == 9 else None)
        yield "room_stats_current", (rid, len(members), len(members), 0, 0, 0, 0, len(members), 0)
        for uid in members:
            eid = f"$bulk-{i:07d}-{uid[1:].split(':', 1)[0]}"
            yield "current_state_events", (eid, rid, "m.room.member", uid, "join")
            yield "room_memberships", (eid, uid, uid, rid, "join", 0)


TABLES = {
    "users": USERS_COLS, "profiles": PROFILES_COLS, "rooms": ROOMS_COLS,
    "room_stats_state": STATE_COLS, "room_stats_current": CURRENT_COLS,
    "current_state_events": CSE_COLS, "room_memberships": RM_COLS,
}


# ------------------------------------------------------------------------ writers

class SqliteWriter:
    def __init__(self, path: str):
        import sqlite3

        self.con = sqlite3.connect(path, timeout=30)
        self.con.execute("PRAGMA synchronous = OFF")

    def count(self, sql: str) -> int:
        return self.con.execute(sql).fetchone()[0]

    def write(self, rows) -> None:
        batches: dict[str, list] = {}
        for table, row in rows:
            batches.setdefault(table, []).append(
                tuple(int(v) if isinstance(v, bool) else v for v in row))
        for table, batch in batches.items():
            cols = TABLES[table]
            self.con.executemany(f"INSERT INTO {table} ({', '.join(cols)}) VALUES "
                                 f"({', '.join('?' * len(cols))})", batch)

    def commit(self) -> None:
        self.con.commit()


def _copy_text(v) -> str:
    if v is None:
        return "\\N"
    if isinstance(v, bool):
        return "t" if v else "f"
    s = str(v)
    if "\\" in s or "\t" in s or "\n" in s or "\r" in s:
        s = (s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")
             .replace("\r", "\\r"))
    return s


class PostgresWriter:
    def __init__(self, info_file: str):
        import psycopg2

        with open(info_file) as f:
            info = json.load(f)
        self.con = psycopg2.connect(host="127.0.0.1", port=info["port"], user="synapse",
                                    password=info["password"], dbname="synapse")
        self.cur = self.con.cursor()
        self.cur.execute("SET synchronous_commit = off")

    def count(self, sql: str) -> int:
        self.cur.execute(sql)
        return self.cur.fetchone()[0]

    def write(self, rows) -> None:
        bufs: dict[str, io.StringIO] = {}
        for table, row in rows:
            buf = bufs.get(table)
            if buf is None:
                buf = bufs[table] = io.StringIO()
            buf.write("\t".join(map(_copy_text, row)))
            buf.write("\n")
        for table, buf in bufs.items():
            buf.seek(0)
            self.cur.copy_expert(f"COPY {table} ({', '.join(TABLES[table])}) FROM STDIN", buf)

    def commit(self) -> None:
        self.con.commit()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    db = p.add_mutually_exclusive_group(required=True)
    db.add_argument("--sqlite", metavar="homeserver.db")
    db.add_argument("--postgres", metavar="database.json")
    p.add_argument("--server-name", required=True)
    p.add_argument("--users", type=int, default=0)
    p.add_argument("--rooms", type=int, default=0)
    p.add_argument("--creator", required=True, help="user id of the rooms' creator (an admin)")
    a = p.parse_args(argv)
    if a.users < 0 or a.rooms < 0:
        p.error("--users and --rooms must be >= 0")
    hs = a.server_name
    w = SqliteWriter(a.sqlite) if a.sqlite else PostgresWriter(a.postgres)
    have_users = w.count(f"SELECT COUNT(*) FROM users WHERE name LIKE '@{USER_PREFIX}%'")
    have_rooms = w.count(f"SELECT COUNT(*) FROM rooms WHERE room_id LIKE '!{ROOM_PREFIX}%'")
    n_users, n_rooms = max(a.users, have_users), max(a.rooms, have_rooms)
    if a.rooms > have_rooms and n_users == 0:
        log("note: no bulk users: the rooms get the creator as their only member")
    t0 = time.monotonic()
    now_s = int(time.time())
    for lo in range(have_users, n_users, CHUNK):
        hi = min(lo + CHUNK, n_users)
        w.write(user_rows(lo, hi, hs, now_s))
        w.commit()
        log(f"users {hi}/{n_users} ({time.monotonic() - t0:.1f} s)")
    t1 = time.monotonic()
    for lo in range(have_rooms, n_rooms, CHUNK // 10):
        hi = min(lo + CHUNK // 10, n_rooms)
        w.write(room_rows(lo, hi, n_users, a.creator, hs))
        w.commit()
        log(f"rooms {hi}/{n_rooms} ({time.monotonic() - t1:.1f} s)")
    # The manifest describes every bulk user/room now in the database (incl. earlier runs).
    manifest = {
        "users": n_users, "rooms": n_rooms,
        "deactivated": count_in(n_users, is_deactivated), "admins": count_in(n_users, is_admin),
        "public_rooms": count_in(n_rooms, lambda i: i % 10 == 0),
        "written_users": n_users - have_users, "written_rooms": n_rooms - have_rooms,
        # Rooms [lo, hi) drew their members from the first `pool` users (see room_members);
        # synapsectl appends this run's batch to those of earlier runs.
        "room_batches": [[have_rooms, n_rooms, n_users]] if n_rooms > have_rooms else [],
        "user_seconds": round(t1 - t0, 1), "room_seconds": round(time.monotonic() - t1, 1),
        "user_prefix": f"@{USER_PREFIX}", "room_prefix": f"!{ROOM_PREFIX}",
    }
    print(json.dumps(manifest))
    return 0


if __name__ == "__main__":
    sys.exit(main())
