"""Seed a running Synapse with deterministic users, rooms, memberships and media.

Stdlib only (imported by synapsectl.py). Everything is idempotent: users are identified
by localpart, rooms by alias, uploads by (user, upload name); re-running only fills gaps.

Profiles:
  test  fixed data the automated tests assert on (see TEST_* constants and the manifest)
  demo  a few hundred realistic-looking users and dozens of rooms for the README sandbox
"""

from __future__ import annotations

import http.client
import json
import random
import struct
import threading
import time
import unicodedata
import urllib.parse
import zlib
from concurrent.futures import ThreadPoolExecutor

WORKERS = 8
_UNSET = object()


def q(segment: str) -> str:
    """Percent-encode one URL path segment (user ids, aliases, room ids...)."""
    return urllib.parse.quote(segment, safe="")


class ApiError(Exception):
    def __init__(self, method: str, path: str, status: int, body: dict):
        self.status = status
        self.errcode = body.get("errcode", "") if isinstance(body, dict) else ""
        self.error = body.get("error", "") if isinstance(body, dict) else str(body)
        super().__init__(f"{method} {path.split('?')[0]} -> HTTP {status} {self.errcode} {self.error}")


class Api:
    """Tiny keep-alive JSON client (one connection per thread). Never logs tokens."""

    def __init__(self, base_url: str, token: str | None = None, timeout: float = 120):
        u = urllib.parse.urlsplit(base_url)
        self.base_url = base_url
        self.host, self.port = u.hostname, u.port or 80
        self.token = token
        self.timeout = timeout
        self._tls = threading.local()

    def with_token(self, token: str | None) -> "Api":
        return Api(self.base_url, token, self.timeout)

    def _conn(self, fresh: bool = False) -> http.client.HTTPConnection:
        c = getattr(self._tls, "conn", None)
        if c is None or fresh:
            if c is not None:
                c.close()
            c = http.client.HTTPConnection(self.host, self.port, timeout=self.timeout)
            self._tls.conn = c
        return c

    def request(self, method: str, path: str, body=None, *, query: dict | None = None,
                token=_UNSET, data: bytes | None = None, content_type: str | None = None):
        """Returns (status, parsed JSON body or {}). Retries 429s and dropped connections."""
        token = self.token if token is _UNSET else token
        if query:
            path += "?" + urllib.parse.urlencode(query, doseq=True)
        headers = {"Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        if data is None and body is not None:
            data = json.dumps(body).encode()
            content_type = "application/json"
        if data is not None:
            headers["Content-Type"] = content_type or "application/octet-stream"
        elif method in ("POST", "PUT"):
            data, headers["Content-Type"] = b"{}", "application/json"
        conn_failures = 0
        while True:
            conn = self._conn(fresh=conn_failures > 0)
            try:
                conn.request(method, path, body=data, headers=headers)
                resp = conn.getresponse()
                raw = resp.read()
            except (http.client.HTTPException, ConnectionError, OSError):
                conn_failures += 1
                if conn_failures > 3:
                    raise
                time.sleep(0.2 * conn_failures)
                continue
            try:
                parsed = json.loads(raw) if raw else {}
            except ValueError:
                parsed = {"error": raw[:200].decode(errors="replace")}
            if resp.status == 429:
                wait = 1.0
                if isinstance(parsed, dict) and "retry_after_ms" in parsed:
                    wait = parsed["retry_after_ms"] / 1000
                with_header = resp.getheader("Retry-After")
                if with_header and with_header.isdigit():
                    wait = float(with_header)
                time.sleep(min(max(wait, 0.05), 10))
                continue
            return resp.status, parsed

    def call(self, method: str, path: str, body=None, *, ok=(200, 201), **kw):
        status, parsed = self.request(method, path, body, **kw)
        if status not in ok:
            raise ApiError(method, path, status, parsed)
        return status, parsed


# --------------------------------------------------------------------- helpers

def png_bytes(width: int, height: int, rnd: random.Random) -> bytes:
    """A valid RGB PNG of random noise (barely compressible: ~3*w*h bytes)."""
    rows = b"".join(b"\x00" + rnd.randbytes(width * 3) for _ in range(height))

    def chunk(kind: bytes, payload: bytes) -> bytes:
        return (struct.pack(">I", len(payload)) + kind + payload
                + struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr)
            + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def text_bytes(size: int, label: str) -> bytes:
    line = f"Steward seed file {label}. The quick brown fox jumps over the lazy dog.\n"
    return (line * (size // len(line) + 1)).encode()[:size]


def server_user_total(api: Api) -> int:
    """All local users incl. deactivated, excl. guests (what Steward's user list shows)."""
    # NB: v2 list excludes LOCKED users unless locked=true.
    _, r = api.call("GET", "/_synapse/admin/v2/users",
                    query={"limit": 1, "guests": "false", "deactivated": "true", "locked": "true"})
    return r["total"]


def server_room_total(api: Api) -> int:
    _, r = api.call("GET", "/_synapse/admin/v1/rooms", query={"limit": 1})
    return r["total_rooms"]


class Seeder:
    def __init__(self, sj: dict, log):
        self.hs = sj["server_name"]
        self.admin_id = sj["admin_user_id"]
        self.admin = Api(sj["base_url"], sj["admin_token"])
        self.log = log
        self.pool = ThreadPoolExecutor(WORKERS)
        self._puppets: dict[str, Api] = {}
        self._puppet_lock = threading.Lock()

    def uid(self, localpart: str) -> str:
        return f"@{localpart}:{self.hs}"

    def alias(self, localpart: str) -> str:
        return f"#{localpart}:{self.hs}"

    def pmap(self, fn, items) -> list:
        return list(self.pool.map(fn, list(items)))

    def close(self) -> None:
        # Log out the "login as user" tokens we minted so they do not pile up.
        for api in self._puppets.values():
            api.request("POST", "/_matrix/client/v3/logout", {})
        self.pool.shutdown()

    # ------------------------------------------------------------------ users

    def puppet(self, user_id: str) -> Api:
        with self._puppet_lock:
            if user_id in self._puppets:
                return self._puppets[user_id]
        _, r = self.admin.call("POST", f"/_synapse/admin/v1/users/{q(user_id)}/login", {})
        api = self.admin.with_token(r["access_token"])
        with self._puppet_lock:
            self._puppets[user_id] = api
        return api

    def list_users(self) -> dict[str, dict]:
        users, frm = {}, 0
        while True:
            _, r = self.admin.call("GET", "/_synapse/admin/v2/users", query={
                "from": frm, "limit": 1000, "guests": "false", "deactivated": "true",
                "locked": "true"})
            for u in r["users"]:
                users[u["name"]] = u
            if "next_token" not in r:
                return users
            frm = int(r["next_token"])

    def ensure_users(self, specs: list[dict]) -> None:
        """Create/update users. spec: localpart, displayname, admin, external_ids
        [(provider, id)], avatar_url. Deactivation/locking happen in finalize_users()."""
        existing = self.list_users()

        def one(spec: dict) -> None:
            user_id = self.uid(spec["localpart"])
            ext = [{"auth_provider": p, "external_id": e} for p, e in spec.get("external_ids", [])]
            if user_id not in existing:
                body = {"admin": bool(spec.get("admin"))}
                if spec.get("displayname") is not None:
                    body["displayname"] = spec["displayname"]
                if ext:
                    body["external_ids"] = ext
                if spec.get("avatar_url"):
                    body["avatar_url"] = spec["avatar_url"]
                self.admin.call("PUT", f"/_synapse/admin/v2/users/{q(user_id)}", body, ok=(201,))
                return
            _, cur = self.admin.call("GET", f"/_synapse/admin/v2/users/{q(user_id)}")
            body = {}
            if "admin" in spec and bool(cur.get("admin")) != bool(spec["admin"]):
                body["admin"] = bool(spec.get("admin"))
            if not cur.get("deactivated"):
                if spec.get("displayname") is not None and cur.get("displayname") != spec["displayname"]:
                    body["displayname"] = spec["displayname"]
                if spec.get("avatar_url") and cur.get("avatar_url") != spec["avatar_url"]:
                    body["avatar_url"] = spec["avatar_url"]
            have = sorted((e["auth_provider"], e["external_id"]) for e in cur.get("external_ids", []))
            if "external_ids" in spec and have != sorted(spec["external_ids"]):
                body["external_ids"] = ext
            if body:
                self.admin.call("PUT", f"/_synapse/admin/v2/users/{q(user_id)}", body)

        self.pmap(one, specs)

    def finalize_users(self, specs: list[dict]) -> None:
        """Apply deactivated / locked / shadow_banned (after rooms and media exist)."""
        def one(spec: dict) -> None:
            user_id = self.uid(spec["localpart"])
            if not (spec.get("deactivated") or spec.get("locked") or spec.get("shadow_banned")):
                return
            _, cur = self.admin.call("GET", f"/_synapse/admin/v2/users/{q(user_id)}")
            if spec.get("deactivated") and not cur.get("deactivated"):
                self.admin.call("PUT", f"/_synapse/admin/v2/users/{q(user_id)}", {"deactivated": True})
            if spec.get("locked") and not cur.get("locked"):
                self.admin.call("PUT", f"/_synapse/admin/v2/users/{q(user_id)}", {"locked": True})
            if spec.get("shadow_banned") and not cur.get("shadow_banned"):
                self.admin.call("POST", f"/_synapse/admin/v1/users/{q(user_id)}/shadow_ban", {})
            if spec.get("external_ids"):
                # Deactivation keeps external ids in 1.163; re-assert in case a version drops them.
                _, cur = self.admin.call("GET", f"/_synapse/admin/v2/users/{q(user_id)}")
                have = sorted((e["auth_provider"], e["external_id"]) for e in cur.get("external_ids", []))
                if have != sorted(spec["external_ids"]):
                    self.log(f"warning: {user_id} lost its external ids on deactivation/lock")

        self.pmap(one, specs)

    def read_back_displaynames(self, localparts: list[str]) -> dict[str, str | None]:
        def one(lp: str):
            _, cur = self.admin.call("GET", f"/_synapse/admin/v2/users/{q(self.uid(lp))}")
            return lp, cur.get("displayname")
        return dict(self.pmap(one, localparts))

    # ------------------------------------------------------------------ rooms

    def resolve_alias(self, alias: str) -> str | None:
        status, r = self.admin.request("GET", f"/_matrix/client/v3/directory/room/{q(alias)}")
        if status == 200:
            return r["room_id"]
        if status == 404:
            return None
        raise ApiError("GET", "/directory/room", status, r)

    def ensure_room(self, alias_localpart: str, body: dict, creator: Api | None = None) -> tuple[str, bool]:
        """Create a room with alias #alias_localpart unless it exists. -> (room_id, created)."""
        room_id = self.resolve_alias(self.alias(alias_localpart))
        if room_id:
            if body.get("visibility") == "public":  # e.g. created before publication was allowed
                path = f"/_matrix/client/v3/directory/list/room/{q(room_id)}"
                _, cur = self.admin.call("GET", path)
                if cur.get("visibility") != "public":
                    (creator or self.admin).call("PUT", path, {"visibility": "public"})
            return room_id, False
        body = dict(body, room_alias_name=alias_localpart)
        _, r = (creator or self.admin).call("POST", "/_matrix/client/v3/createRoom", body)
        return r["room_id"], True

    def add_alias(self, alias: str, room_id: str) -> None:
        if self.resolve_alias(alias) == room_id:
            return
        self.admin.call("PUT", f"/_matrix/client/v3/directory/room/{q(alias)}", {"room_id": room_id})

    def members(self, room_id: str) -> dict[str, str]:
        """user_id -> membership (join/invite/leave/ban) from the room's current state."""
        _, r = self.admin.call("GET", f"/_synapse/admin/v1/rooms/{q(room_id)}/state")
        return {e["state_key"]: e["content"].get("membership")
                for e in r["state"] if e["type"] == "m.room.member"}

    def ensure_memberships(self, plan: list[tuple[str, list[str], list[str]]]) -> None:
        """plan: [(room_id, users_to_join, users_to_invite_only)] -- joins via the admin
        join API (invites first for non-public rooms), invites with the admin's token."""
        current = dict(zip([p[0] for p in plan], self.pmap(self.members, [p[0] for p in plan])))
        # Joins into one room serialise on the server anyway: one task per room.
        def room_task(item) -> None:
            room_id, joins, invites = item
            cur = current[room_id]
            for user_id in joins:
                if cur.get(user_id) != "join":
                    self.admin.call("POST", f"/_synapse/admin/v1/join/{q(room_id)}", {"user_id": user_id})
            for user_id in invites:
                if cur.get(user_id) not in ("join", "invite"):
                    self.admin.call("POST", f"/_matrix/client/v3/rooms/{q(room_id)}/invite",
                                    {"user_id": user_id})
        self.pmap(room_task, plan)

    def joined(self, room_id: str) -> list[str]:
        _, r = self.admin.call("GET", f"/_synapse/admin/v1/rooms/{q(room_id)}/members")
        return sorted(r["members"])

    def set_space_children(self, space_id: str, child_ids: list[str]) -> None:
        for child in child_ids:
            path = f"/_matrix/client/v3/rooms/{q(space_id)}/state/m.space.child/{q(child)}"
            status, cur = self.admin.request("GET", path)
            if status != 200 or not cur.get("via"):
                self.admin.call("PUT", path, {"via": [self.hs], "suggested": False})

    # ------------------------------------------------------------------ media

    def ensure_upload(self, user_id: str, name: str, content_type: str, data: bytes) -> str:
        _, r = self.admin.call("GET", f"/_synapse/admin/v1/users/{q(user_id)}/media",
                               query={"limit": 500})
        for m in r.get("media", []):
            if m.get("upload_name") == name:
                return f"mxc://{self.hs}/{m['media_id']}"
        _, r = self.puppet(user_id).call("POST", "/_matrix/media/v3/upload", data=data,
                                          content_type=content_type, query={"filename": name})
        return r["content_uri"]


# ------------------------------------------------------------------ profile: test

TEST_USER_COUNT = 300
TEST_ADMINS = (1, 2, 3)
TEST_HOSTILE = {
    "hostile-quote": 'He said "hi", then left',
    "hostile-newline": "Line one\nLine two",
    "hostile-formula": '=HYPERLINK("http://x")',
    "hostile-plus": "+1 555",
    "hostile-minus": "-2+3",
    "hostile-at": "@SUM(A1)",
    "hostile-emoji": "Party 🎉 Ümlaut",
    "hostile-rtl": "مرحبا بالعالم",
    "hostile-tab": "\tTabbed",
}
TEST_UNICODE_ALIAS = "seed-ünïcode-room"
TEST_FALLBACK_ALIAS = "seed-odd+chars=1.2_3"
# Extra alias on the same room: every character here must be percent-encoded in a path.
TEST_ODD_ALIAS = "seed-odd/chars?&=+%#x"


def test_localpart(i: int) -> str:
    return f"seed-user-{i:04d}"


def test_is_deactivated(i: int) -> bool:
    return i % 25 == 24  # 0024, 0049, ..., 0299 (12 users)


def seed_test(s: Seeder) -> dict:
    t = time.monotonic()
    specs = []
    for i in range(TEST_USER_COUNT):
        lp = test_localpart(i)
        ext = []
        if 10 <= i <= 109:
            ext.append(("oidc-old", f"old-{lp}"))
        if 60 <= i <= 159:
            ext.append(("oidc-new", f"new-{lp}"))
        specs.append({"localpart": lp, "displayname": f"Seed User {i:04d}",
                      "admin": i in TEST_ADMINS, "external_ids": ext,
                      "deactivated": test_is_deactivated(i)})
    for lp, name in TEST_HOSTILE.items():
        specs.append({"localpart": lp, "displayname": name})
    s.ensure_users(specs)
    s.log(f"  users: {time.monotonic() - t:.1f} s")
    u = lambda i: s.uid(test_localpart(i))  # noqa: E731

    # Rooms. Public first: the space and the unicode room reference it / each other.
    t = time.monotonic()
    public_id, _ = s.ensure_room("seed-public", {
        "preset": "public_chat", "visibility": "public", "name": "Seed Public",
        "topic": "Public seed room"})
    specs_rooms = {
        "seed-private": {"preset": "private_chat", "name": "Seed Private",
                         "topic": "Invite-only seed room"},
        "seed-encrypted": {"preset": "private_chat", "name": "Seed Encrypted",
                           "initial_state": [{"type": "m.room.encryption", "state_key": "",
                                              "content": {"algorithm": "m.megolm.v1.aes-sha2"}}]},
        "seed-space": {"preset": "public_chat", "visibility": "public", "name": "Seed Space",
                       "creation_content": {"type": "m.space"},
                       "power_level_content_override": {"events_default": 100},
                       "initial_state": [{"type": "m.space.child", "state_key": public_id,
                                          "content": {"via": [s.hs]}}]},
    }
    for n in range(20):
        specs_rooms[f"seed-room-{n:02d}"] = {"preset": "public_chat", "visibility": "public",
                                             "name": f"Seed room {n:02d}",
                                             "topic": f"Seed topic {n:02d}"}
    # Sequential on purpose: in v12 rooms (the 1.163 default) the room id is the hash of the
    # create event, so concurrent createRoom calls by one user in the same millisecond
    # collide; Synapse retries but logs ERROR "UNIQUE constraint failed: rooms.room_id".
    created = {k: s.ensure_room(k, body)[0] for k, body in specs_rooms.items()}
    rooms = {s.alias("seed-public"): public_id}
    rooms.update({s.alias(k): v for k, v in created.items()})
    s.set_space_children(created["seed-space"], [public_id])

    # Alias needing percent-encoding: prefer non-ASCII; fall back if the server refuses it.
    uni_body = {"preset": "public_chat", "visibility": "public", "name": "Seed ünïcode room",
                "topic": "Alias with non-ASCII characters"}
    try:
        uni_id, _ = s.ensure_room(TEST_UNICODE_ALIAS, uni_body)
        uni_alias = s.alias(TEST_UNICODE_ALIAS)
    except ApiError as e:
        s.log(f"  non-ASCII alias refused ({e}); using {TEST_FALLBACK_ALIAS}")
        uni_id, _ = s.ensure_room(TEST_FALLBACK_ALIAS, uni_body)
        uni_alias = s.alias(TEST_FALLBACK_ALIAS)
    rooms[uni_alias] = uni_id
    odd_alias = s.alias(TEST_ODD_ALIAS)
    try:
        s.add_alias(odd_alias, uni_id)
        rooms[odd_alias] = uni_id
    except ApiError as e:
        s.log(f"  extra alias {odd_alias!r} refused: {e}")
        odd_alias = None

    # A room the admin is not in, created by seed-user-0005 (invite-only).
    owner = s.puppet(u(5))
    nj_id, nj_created = s.ensure_room("seed-not-joined", {
        "preset": "private_chat", "name": "Seed Not Joined", "invite": [u(6)]}, creator=owner)
    if nj_created or s.members(nj_id).get(u(6)) != "join":
        s.puppet(u(6)).call("POST", f"/_matrix/client/v3/join/{q(nj_id)}", {})
    rooms[s.alias("seed-not-joined")] = nj_id
    s.log(f"  rooms: {time.monotonic() - t:.1f} s")

    # Memberships (never for users that get deactivated: deactivation parts them async).
    t = time.monotonic()
    active_pool = [i for i in range(200, 300) if not test_is_deactivated(i)]
    extra_members = {}
    for n in range(20):
        k = n % 4
        extra_members[n] = [u(active_pool.pop(0)) for _ in range(k)]
    hostile_uni = [s.uid("hostile-emoji"), s.uid("hostile-rtl")]
    plan = [
        (public_id, [u(i) for i in range(0, 20)], []),
        (created["seed-private"], [u(i) for i in range(30, 35)], [u(35)]),
        (created["seed-encrypted"], [u(i) for i in range(40, 43)], []),
        (uni_id, hostile_uni, []),
    ] + [(created[f"seed-room-{n:02d}"], extra_members[n], []) for n in range(20)]
    s.ensure_memberships(plan)
    s.log(f"  memberships: {time.monotonic() - t:.1f} s")

    # Media: two files each for seed-user-0020..0024; 0020's PNG becomes its avatar.
    t = time.monotonic()
    def uploads(i: int) -> tuple[str, list[str]]:
        rnd = random.Random(i)
        side = 24 + i  # distinct sizes per user
        png = s.ensure_upload(u(i), f"seed-{i:04d}.png", "image/png", png_bytes(side, side, rnd))
        txt = s.ensure_upload(u(i), f"seed-{i:04d}.txt", "text/plain",
                              text_bytes(1000 + 100 * i, f"{i:04d}"))
        return u(i), [png, txt]
    media = dict(s.pmap(uploads, range(20, 25)))
    avatar_user = u(20)
    s.ensure_users([{"localpart": test_localpart(20), "displayname": "Seed User 0020",
                     "avatar_url": media[avatar_user][0]}])
    s.log(f"  media: {time.monotonic() - t:.1f} s")

    t = time.monotonic()
    s.finalize_users(specs)
    s.log(f"  deactivation: {time.monotonic() - t:.1f} s")

    hostile_stored = s.read_back_displaynames(list(TEST_HOSTILE))
    for lp, name in TEST_HOSTILE.items():
        if hostile_stored[lp] != name:
            s.log(f"  note: server stored display name of {lp} as {hostile_stored[lp]!r}")

    ext_map: dict[str, dict[str, str]] = {"oidc-old": {}, "oidc-new": {}}
    for spec in specs:
        for prov, eid in spec.get("external_ids", []):
            ext_map[prov][s.uid(spec["localpart"])] = eid
    both = sorted(set(ext_map["oidc-old"]) & set(ext_map["oidc-new"]))
    members = {alias: s.joined(rid) for alias, rid in rooms.items()
               if alias != odd_alias}
    return {
        "users": {
            "seed_users": [u(i) for i in range(TEST_USER_COUNT)],
            "seed_user_count": TEST_USER_COUNT,
            "deactivated": [u(i) for i in range(TEST_USER_COUNT) if test_is_deactivated(i)],
            "admins": [u(i) for i in TEST_ADMINS],
            "hostile": hostile_stored,
            "hostile_user_ids": {lp: s.uid(lp) for lp in TEST_HOSTILE},
            "avatar": {avatar_user: media[avatar_user][0]},
        },
        "external_ids": ext_map,
        "external_ids_both": both,
        "external_ids_deactivated": sorted(
            x for x in set(ext_map["oidc-old"]) | set(ext_map["oidc-new"])
            if x in {u(i) for i in range(TEST_USER_COUNT) if test_is_deactivated(i)}),
        "rooms": rooms,
        "room_kinds": {
            "public": s.alias("seed-public"), "private": s.alias("seed-private"),
            "encrypted": s.alias("seed-encrypted"), "space": s.alias("seed-space"),
            "encoded_alias": uni_alias, "odd_alias": odd_alias,
            "not_joined": s.alias("seed-not-joined"),
            "extra": [s.alias(f"seed-room-{n:02d}") for n in range(20)],
        },
        "room_members": members,
        "room_invites": {s.alias("seed-private"): [u(35)]},
        "media": media,
    }


# ------------------------------------------------------------------ profile: demo

FIRST = ["Alice", "Bob", "Carla", "Dmitri", "Emma", "Farid", "Grace", "Hiro", "Ines", "Jonas",
         "Kemal", "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sven", "Tamsin",
         "Uma", "Viktor", "Wen", "Ximena", "Yusuf", "Zoë", "Amélie", "Björn", "Chloé", "Diego",
         "Elif", "François", "Gustav", "Hana", "Ivan", "Jasmin", "Kofi", "Leilani", "Magnus",
         "Noor", "Olga", "Pablo", "Ravi", "Sofía", "Tobias", "Ulrike", "Valentina", "Wojciech"]
LAST = ["Andersson", "Bauer", "Chen", "Dubois", "Eriksen", "Fischer", "García", "Hoffmann",
        "Ivanova", "Jensen", "Kowalski", "López", "Müller", "Nakamura", "Okafor", "Petrov",
        "Quinn", "Rossi", "Schmidt", "Tanaka", "Ulloa", "Varga", "Weber", "Xu", "Yilmaz",
        "Zimmermann", "Åberg", "Brennan", "Costa", "Da Silva", "Novák", "O'Brien", "Patel",
        "Richter", "Sato", "Thompson", "Umarov", "Van der Berg", "Wójcik", "Ndiaye"]
ROOM_NAMES = [
    "General", "Announcements", "Random", "Engineering", "Design", "Marketing", "Sales",
    "Support", "Ops On-Call", "Security", "Release Planning", "Book Club", "Running Club",
    "Coffee ☕", "Help Desk", "Backend", "Frontend", "Mobile", "Data Science", "Infrastructure",
    "Incidents", "Hiring", "Onboarding", "Office Berlin", "Office Lisbon", "Office Toronto",
    "Music", "Gaming", "Pets 🐈", "Photography", "Kitchen", "Board", "Finance", "Legal",
    "People Team", "Leadership", "Project Falcon", "Project Orion", "Customer Escalations",
    "Off-topic",
]
DEMO_PRIVATE = {"Security", "Hiring", "Board", "Finance", "Legal", "People Team", "Leadership",
                "Project Falcon", "Project Orion", "Customer Escalations", "Incidents",
                "Ops On-Call"}
DEMO_ENCRYPTED = {"Security", "Board", "Finance", "Legal", "People Team", "Leadership"}
DEMO_SPACES = {
    "acme": ("Acme Corp", ["General", "Announcements", "Engineering", "Design", "Marketing",
                           "Sales", "Support", "Backend", "Frontend", "Mobile", "Data Science",
                           "Infrastructure", "Hiring", "Onboarding", "Security"]),
    "community": ("Community", ["Random", "Book Club", "Running Club", "Coffee ☕", "Music",
                                "Gaming", "Pets 🐈", "Photography", "Kitchen", "Off-topic"]),
}
DEMO_USER_ROOMS = [("garden-club", "Garden Club", False), ("secret-santa", "Secret Santa", True),
                   ("band-practice", "Band Practice", True)]
MESSAGES = ["Morning all!", "Has anyone seen the latest build?", "Lunch at 12?",
            "Thanks, that fixed it.", "I'll take a look after the standup.",
            "Reminder: retro on Friday 🗓️", "Can someone review my PR?", "+1",
            "Great work everyone 🎉", "Is the VPN down for anyone else?"]


def slug(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    out = "".join(c if c.isalnum() else "-" for c in t)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def seed_demo(s: Seeder) -> dict:
    rnd = random.Random(1163)
    t = time.monotonic()
    pairs = [(f, l) for f in FIRST for l in LAST]
    rnd.shuffle(pairs)
    people = []
    seen = set()
    for f, l in pairs:
        lp = slug(f) + "." + slug(l).replace("-", "")
        if lp in seen:
            continue
        seen.add(lp)
        people.append((lp, f"{f} {l}"))
        if len(people) == 400:
            break
    idx = list(range(len(people)))
    rnd.shuffle(idx)
    admins = set(idx[:4])
    deactivated = set(idx[4:28])
    locked = set(idx[28:33])
    shadow = set(idx[33:36])
    no_name = set(idx[36:46])
    specs = []
    for i, (lp, name) in enumerate(people):
        ext = []
        if rnd.random() < 0.4:
            ext.append(("oidc-legacy", f"legacy-{100000 + i * 37}"))
        if rnd.random() < 0.55:
            ext.append(("saml-corp", f"{lp}@corp.example"))
        specs.append({"localpart": lp, "displayname": None if i in no_name else name,
                      "admin": i in admins, "external_ids": ext,
                      "deactivated": i in deactivated, "locked": i in locked,
                      "shadow_banned": i in shadow})
    for lp, name in (("bot-ci", "CI Bot 🤖"), ("bot-alerts", "Alertmanager"),
                     ("helpdesk", "Help Desk")):
        specs.append({"localpart": lp, "displayname": name})
    s.ensure_users(specs)
    s.log(f"  users: {time.monotonic() - t:.1f} s")
    active = [s.uid(sp["localpart"]) for sp in specs
              if not (sp.get("deactivated") or sp.get("locked") or sp.get("shadow_banned"))]

    t = time.monotonic()
    room_specs = {}
    for name in ROOM_NAMES:
        body = {"name": name, "topic": f"{name} — {rnd.choice(['discussion', 'coordination', 'news', 'chat', 'questions'])}"}
        if name in DEMO_PRIVATE:
            body["preset"] = "private_chat"
        else:
            body.update(preset="public_chat", visibility="public")
        if name in DEMO_ENCRYPTED:
            body["initial_state"] = [{"type": "m.room.encryption", "state_key": "",
                                      "content": {"algorithm": "m.megolm.v1.aes-sha2"}}]
        room_specs[slug(name)] = body
    results = {k: s.ensure_room(k, body) for k, body in room_specs.items()}  # sequential: see seed_test
    by_name = {name: results[slug(name)][0] for name in ROOM_NAMES}
    new_rooms = {name for name in ROOM_NAMES if results[slug(name)][1]}
    spaces = {}
    for key, (title, children) in DEMO_SPACES.items():
        sid, _ = s.ensure_room(f"space-{key}", {
            "preset": "public_chat", "visibility": "public", "name": title,
            "topic": f"The {title} space", "creation_content": {"type": "m.space"},
            "power_level_content_override": {"events_default": 100}})
        s.set_space_children(sid, [by_name[c] for c in children])
        spaces[s.alias(f"space-{key}")] = sid
    s.log(f"  rooms: {time.monotonic() - t:.1f} s")

    t = time.monotonic()
    plan = []
    for name in ROOM_NAMES:
        if name == "Announcements":
            n = 300
        elif name == "General":
            n = 220
        else:
            n = min(80, int(rnd.paretovariate(1.2) * 4))
        joins = rnd.sample(active, min(n, len(active)))
        invites = rnd.sample([x for x in active if x not in joins], 2) if name in DEMO_PRIVATE else []
        plan.append((by_name[name], joins, invites))
    s.ensure_memberships(plan)
    s.log(f"  memberships: {time.monotonic() - t:.1f} s")

    # Rooms owned by ordinary users that the admin is not in.
    user_rooms = {}
    for i, (alias_lp, name, private) in enumerate(DEMO_USER_ROOMS):
        owner = active[10 + i]
        body = {"name": name, "preset": "private_chat" if private else "public_chat"}
        if not private:
            body["visibility"] = "public"
        rid, _ = s.ensure_room(alias_lp, body, creator=s.puppet(owner))
        user_rooms[s.alias(alias_lp)] = rid

    # A little chatter in new rooms, from members.
    t = time.monotonic()
    # Own Random per section: what runs (e.g. chatter only in new rooms) must not shift
    # the choices of later sections between a first seed and a re-seed.
    rnd = random.Random(1164)
    chat_rooms = [n for n in ROOM_NAMES if n in new_rooms and n not in DEMO_ENCRYPTED][:12]
    jobs = []
    for name in chat_rooms:
        joins = next(p[1] for p in plan if p[0] == by_name[name])
        if not joins:
            continue
        for k in range(rnd.randint(3, 12)):
            jobs.append((by_name[name], rnd.choice(joins[:20]), rnd.choice(MESSAGES), k))
    def send(job) -> None:
        room_id, sender, body, k = job
        s.puppet(sender).call("PUT", f"/_matrix/client/v3/rooms/{q(room_id)}/send/m.room.message/"
                              f"seed-{k}",
                              {"msgtype": "m.text", "body": body})
    by_room: dict[str, list] = {}
    for j in jobs:
        by_room.setdefault(j[0], []).append(j)
    s.pmap(lambda js: [send(j) for j in js], by_room.values())
    s.log(f"  messages: {len(jobs)} in {time.monotonic() - t:.1f} s")

    # A few reports for the Reports view (only once: a re-seed finds them on the server).
    _, existing = s.admin.call("GET", "/_synapse/admin/v1/event_reports", query={"limit": "1"})
    if not existing.get("total") and len(jobs) > 6:
        rnd = random.Random(1166)
        reasons = ["Spam", "Harassment", "Offensive language", "Scam link", "Flooding the room"]
        for room_id, sender, body, k in rnd.sample(jobs, 6):
            _, sent = s.puppet(sender).call("PUT", f"/_matrix/client/v3/rooms/{q(room_id)}/send/m.room.message/"
                                            f"seed-{k}", {"msgtype": "m.text", "body": body})
            reporter = next(m for m in next(p[1] for p in plan if p[0] == room_id) if m != sender)
            s.puppet(reporter).call("POST", f"/_matrix/client/v3/rooms/{q(room_id)}/report/{q(sent['event_id'])}",
                                    {"reason": rnd.choice(reasons), "score": -rnd.randint(10, 100)})
        s.puppet(active[3]).call("POST", f"/_matrix/client/v3/users/{q(active[4])}/report",
                                 {"reason": "Impersonating a moderator"})
        s.log("  reports: 6 event reports, 1 user report")

    t = time.monotonic()
    rnd = random.Random(1165)
    uploaders = rnd.sample(active, 25)
    def uploads(item) -> tuple[str, list[str]]:
        n, user_id = item
        r = random.Random(n)
        out = []
        for k in range(1 + n % 3):
            side = r.choice([32, 48, 64, 96, 128, 200])
            out.append(s.ensure_upload(user_id, f"photo-{n:02d}-{k}.png", "image/png",
                                       png_bytes(side, side, r)))
        if n == 0:  # one big file for media statistics
            out.append(s.ensure_upload(user_id, "backup.bin", "application/octet-stream",
                                       r.randbytes(2 * 1024 * 1024)))
        return user_id, out
    media = dict(s.pmap(uploads, list(enumerate(uploaders))))
    avatars = {}
    for user_id in uploaders[:15]:
        avatars[user_id] = media[user_id][0]
    lp_of = {s.uid(sp["localpart"]): sp for sp in specs}
    s.ensure_users([dict(lp_of[x], avatar_url=avatars[x]) for x in avatars])
    s.log(f"  media: {time.monotonic() - t:.1f} s")

    t = time.monotonic()
    s.finalize_users(specs)
    s.log(f"  deactivate/lock/shadow-ban: {time.monotonic() - t:.1f} s")

    ext_map: dict[str, dict[str, str]] = {"oidc-legacy": {}, "saml-corp": {}}
    for sp in specs:
        for prov, eid in sp.get("external_ids", []):
            ext_map[prov][s.uid(sp["localpart"])] = eid
    pick = lambda key: sorted(s.uid(sp["localpart"]) for sp in specs if sp.get(key))  # noqa: E731
    return {
        "users": {
            "seed_user_count": len(specs),
            "admins": pick("admin"),
            "deactivated": pick("deactivated"),
            "locked": pick("locked"),
            "shadow_banned": pick("shadow_banned"),
            "avatar": avatars,
        },
        "external_ids": ext_map,
        "rooms": {**{s.alias(slug(n)): by_name[n] for n in ROOM_NAMES}, **spaces, **user_rooms},
        "room_kinds": {
            "private": [s.alias(slug(n)) for n in ROOM_NAMES if n in DEMO_PRIVATE],
            "encrypted": [s.alias(slug(n)) for n in ROOM_NAMES if n in DEMO_ENCRYPTED],
            "spaces": list(spaces),
            "not_joined": list(user_rooms),
        },
        "media": media,
    }


def seed(sj: dict, profile: str, log=print) -> dict:
    s = Seeder(sj, log)
    try:
        manifest = {"test": seed_test, "demo": seed_demo}[profile](s)
        manifest = {"profile": profile, "format": 1, **manifest,
                    "total_users": server_user_total(s.admin),
                    "total_rooms": server_room_total(s.admin)}
        return manifest
    finally:
        s.close()
