#!/usr/bin/env python3
"""Writes the seed corpus (tests/fuzz/corpus/<target>/): small, valid examples of each input, as
Synapse 1.163 and Steward write them. Run it again after changing the examples; the files are
committed so the fuzz stage needs no generator."""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent / "corpus"

U = "@alice:example.org"
R = "!room:example.org"

# The order of calls() in fuzz_api_json.cpp: selector byte -> example answer.
API = {
    0: {"users": [{"name": U, "user_type": None, "is_guest": False, "admin": False, "deactivated": False,
                   "shadow_banned": False, "displayname": "Alice", "avatar_url": None, "creation_ts": 1700000000000,
                   "locked": False, "last_seen_ts": None}], "next_token": "100", "total": 250},
    1: {"name": U, "displayname": "Alice", "threepids": [{"medium": "email", "address": "a@example.org",
        "added_at": 1, "validated_at": 2}], "avatar_url": "mxc://example.org/abc", "admin": False,
        "deactivated": False, "erased": False, "shadow_banned": False, "creation_ts": 1700000000,
        "appservice_id": None, "consent_server_notice_sent": None, "consent_version": None,
        "consent_ts": None, "external_ids": [{"auth_provider": "oidc", "external_id": "sub-1"}],
        "user_type": None, "locked": False, "last_seen_ts": 1700000000000},
    6: {"joined_rooms": [R, "!other:example.org"], "total": 2},
    7: {"devices": [{"device_id": "ABC", "display_name": "phone", "last_seen_ip": "1.2.3.4",
                     "last_seen_ts": 1700000000000, "last_seen_user_agent": "x", "user_id": U}], "total": 1},
    8: {"user_id": U, "devices": {"": {"sessions": [{"connections": [
        {"ip": "1.2.3.4", "last_seen": 1700000000000, "user_agent": "x"}]}]}}},
    9: {"rooms": [{"room_id": R, "name": "Room", "canonical_alias": "#room:example.org", "joined_members": 3,
                   "joined_local_members": 2, "version": "10", "creator": U, "encryption": None,
                   "federatable": True, "public": True, "join_rules": "public", "guest_access": None,
                   "history_visibility": "shared", "state_events": 10, "room_type": None}],
        "offset": 0, "total_rooms": 1, "next_batch": 100, "prev_batch": 0},
    10: {"room_id": R, "name": "Room", "avatar": None, "topic": "t", "canonical_alias": "#room:example.org",
         "joined_members": 3, "joined_local_members": 2, "joined_local_devices": 2, "version": "10",
         "creator": U, "encryption": None, "federatable": True, "public": True, "join_rules": "public",
         "guest_access": None, "history_visibility": "shared", "state_events": 10, "room_type": None,
         "forgotten": False},
    11: {"members": [U, "@bob:example.org"], "total": 2},
    12: {"state": [{"type": "m.room.create", "state_key": "", "sender": U, "origin_server_ts": 1,
                    "content": {"creator": U}, "event_id": "$e"}]},
    13: {"block": True, "user_id": U},
    16: {"delete_id": "abcdef"},
    17: {"status": "complete", "delete_id": "abcdef", "room_id": R, "shutdown_room": {
        "kicked_users": [U], "failed_to_kick_users": [], "local_aliases": [], "new_room_id": None}},
    18: {"results": [{"delete_id": "abcdef", "room_id": R, "status": "purging", "shutdown_room": {
        "kicked_users": [], "failed_to_kick_users": [], "local_aliases": [], "new_room_id": None}}]},
    19: {"room_id": R, "servers": ["example.org"]},
    20: {"users": [{"user_id": U, "displayname": "Alice", "media_count": 3, "media_length": 1000}],
         "next_token": 1, "total": 5},
    21: {"media": [{"media_id": "abc", "media_type": "image/png", "media_length": 100, "upload_name": "a.png",
                    "created_ts": 1700000000000, "last_access_ts": None, "quarantined_by": None,
                    "safe_from_quarantine": False}], "next_token": 1, "total": 2},
    22: {"avatar_url": "mxc://example.org/abc", "displayname": "Alice"},
    23: {"rooms": [{"room_id": R, "avatar": "mxc://example.org/abc"}], "next_batch": 1, "total_rooms": 3},
    24: {"deleted_media": ["abc", "def"], "total": 2},
    25: {"deleted": 4},
    28: {"server_version": "1.163.2"},
    29: {"versions": ["v1.1", "v1.11"], "unstable_features": {"org.matrix.msc3861": False}},
    30: {"user_id": U, "device_id": "ABC", "is_guest": False},
    31: {"admin": True},
    32: {"users": [{"name": U, "deactivated": False, "is_guest": False}], "next_token": "1", "total": 2},
    35: {"name": U, "deactivated": False, "locked": False, "user_type": None},
    37: {"members": [U], "total": 1},
    38: {"room_id": R},
    40: {"m.homeserver": {"base_url": "https://matrix.example.org"}},
    41: {"flows": [{"type": "m.login.password"}]},
    42: {"user_id": U, "access_token": "syt_x", "device_id": "ABC", "home_server": "example.org"},
}
ERROR = {"errcode": "M_FORBIDDEN", "error": "You are not a server admin"}
LIMIT = {"errcode": "M_LIMIT_EXCEEDED", "error": "Too Many Requests", "retry_after_ms": 500}


def write(target: str, name: str, data: bytes) -> None:
    d = HERE / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data)


for sel, body in API.items():
    write("api_json", f"call{sel:02d}", bytes([sel, 0]) + json.dumps(body).encode())
# Same example for the calls that share an answer shape (1, 33 user; 10, 36 room), errors, a 429,
# and a body cut by a closed connection (status byte with the high bit set).
write("api_json", "call33", bytes([33, 0]) + json.dumps(API[1]).encode())
write("api_json", "call36", bytes([36, 0]) + json.dumps(API[10]).encode())
write("api_json", "error403", bytes([1, 7]) + json.dumps(ERROR).encode())
# A listed user alone (the body is also handed to UserApi::readFlatListedUser, compared with QJsonDocument).
write("api_json", "flatuser", bytes([0, 0]) + json.dumps({
    "name": "@alice:example.org", "user_type": None, "is_guest": False, "admin": True, "deactivated": False,
    "shadow_banned": False, "displayname": "Alice", "avatar_url": "mxc://example.org/a",
    "creation_ts": 1700000000000, "erased": False, "last_seen_ts": 1710000000123, "locked": False}).encode())
write("api_json", "limit429", bytes([38, 10]) + json.dumps(LIMIT).encode())
write("api_json", "truncated", bytes([9, 0x80]) + json.dumps(API[9]).encode()[:60])

write("bulkjoin_input", "list", b"alice\n@bob:example.org, carol;dave\t'@erin:example.org\n\0"
      b"#room:example.org\n!abc:example.org\n")
write("bulkjoin_input", "csv", b'user_id,room\r\n"@alice:example.org",x\r\n"b""ob",y\r\n\0'
      b'room,room_id,outcome\r\n#a:example.org,!a:example.org,joined\r\n')

plan = {"type": "plan", "version": 1, "base_url": "http://127.0.0.1:8008", "admin": "@admin:example.org",
        "created": "2026-01-01T00:00:00.000Z", "make_admin": ["!b:example.org"],
        "pairs": [[U, "#a:example.org", "!a:example.org", "to_join", ""],
                  ["@bob:example.org", "!b:example.org", "!b:example.org", "to_join", ""]]}
lines = [plan, {"type": "room_ready", "room_id": "!b:example.org"},
         {"type": "result", "user": U, "room": "#a:example.org", "room_id": "!a:example.org",
          "outcome": "joined", "reason": ""},
         {"type": "reopen"},
         {"type": "result", "user": "@bob:example.org", "room": "!b:example.org", "room_id": "!b:example.org",
          "outcome": "failed", "reason": "M_FORBIDDEN"},
         {"type": "end", "cancelled": True}]
write("bulkjoin_journal", "journal", "".join(json.dumps(x, separators=(",", ":")) + "\n" for x in lines).encode())
write("bulkjoin_journal", "torn", (json.dumps(plan) + "\n" + '{"type":"result","user":"@al').encode())

backup = {"format": "steward-external-ids-backup", "version": 1, "created": "2026-01-01T00:00:00.000Z",
          "server": "http://127.0.0.1:8008", "removed_providers": ["oidc-old"],
          "users": [{"user_id": U, "external_ids": [{"auth_provider": "oidc-old", "external_id": "sub-1"},
                                                    {"auth_provider": "oidc-new", "external_id": "x"}]}]}
write("externalid_backup", "backup", json.dumps(backup, indent=1).encode())

for i, text in enumerate(["2024-01-31", "2024-03-31T02:30", "2024-10-27T02:30:00", "1999-12-31T23:59:59"]):
    write("media_cutoff", f"date{i}", text.encode())


def users_page(names, next_token, total) -> bytes:
    p = {"users": [{"name": f"@{n}:example.org", "is_guest": False, "admin": False, "deactivated": False,
                    "displayname": n, "creation_ts": 1700000000000} for n in names], "total": total}
    if next_token is not None:
        p["next_token"] = next_token
    return json.dumps(p).encode()


# Byte 0 picks the component (0 users pager, 1 users export, 2 external-ID scan, 3 media estimate);
# then answers separated by NUL: request i gets answer i modulo their number.
pages = b"\0".join([users_page(["a", "b", "c"], "3", 7), users_page(["c", "d", "e", "f"], "6", 7),
                    users_page(["f", "g"], None, 7)])
write("pagers", "users-pager", b"\0" + pages)
write("pagers", "users-export", b"\1" + pages)
write("pagers", "one-page", b"\0" + users_page(["a"], None, 1))
user = json.dumps(API[1]).encode()
write("pagers", "external-id-scan", b"\2" + b"\0".join([users_page(["alice"], None, 1), user]))
stats = json.dumps({"users": [{"user_id": U, "displayname": "Alice", "media_count": 1, "media_length": 100}],
                    "total": 1}).encode()
media = json.dumps({"media": API[21]["media"], "total": 1}).encode()
write("pagers", "media-estimate", b"\3" + b"\0".join([stats, media, json.dumps({"avatar_url": None}).encode(),
                                                      json.dumps({"rooms": [], "total_rooms": 0}).encode()]))
write("pagers", "token-extremes", b"\0" + b"\0".join([users_page(["a"], "-9223372036854775808", 2),
                                                      users_page(["b"], "9223372036854775807", 2),
                                                      users_page(["c"], "1e300", 2)]))

# jsonarraystream: bytes 0-1 where the first chunk ends, byte 2 the size of the next chunks (0: the rest
# in one; high bit: a 64-byte element limit), then the body.
page = users_page(["a", "b", "c"], "3", 7)
write("jsonarraystream", "users-page", bytes([0, 17, 5]) + page)
write("jsonarraystream", "users-page-whole", bytes([0, 0, 0]) + page)
write("jsonarraystream", "small-limit", bytes([0, 40, 0x83]) + page)
write("jsonarraystream", "empty-list", bytes([0, 3, 1]) + b'{"total":0,"users":[ ],"next_token":null}')
write("jsonarraystream", "escapes", bytes([0, 30, 2]) + json.dumps(
    {"s": "]}\"users\":[", "users": [{"displayname": "a \"q\" ]} [{ \\", "n": {"x": [1, {"y": []}]}},
                                     {"displayname": "J\u00f6rg \U0001F389", "users": []}],
     "total": 2}, ensure_ascii=False).encode())
write("jsonarraystream", "not-objects", bytes([0, 9, 3]) + b'{"users":[{},1,"x"],"users":[]}')
write("jsonarraystream", "truncated", bytes([0, 12, 4]) + page[:50])
write("jsonarraystream", "nested-members", bytes([0, 25, 3]) + json.dumps(
    {"meta": {"a": "\"}]", "b": [1, {"c": "\\", "d": [True, False, None, -1.5e3]}]}, "next_token": "\\\"",
     "users": [{"x": {"y": "\"]"}, "z": [[], {}]}], "total": 1}).encode())
