#!/usr/bin/env python3
"""A small in-memory stand-in for Matrix Authentication Service (MAS), for Steward's tests.

MAS itself is not installable from the package registries the tests may use, so this stand-in
implements the parts of MAS that Synapse and Steward talk to, keeping all state in memory.
It follows, and must not go beyond:

  * Synapse 1.163.2, synapse/api/auth/mas.py: Synapse loads `<endpoint>/.well-known/openid-
    configuration` (needs `issuer` and `account_management_uri`) and introspects every token at
    `<endpoint>/oauth2/introspect` (form body `token=...&token_type_hint=access_token`,
    `Authorization: Bearer <shared secret>`), expecting `{active, scope, username, device_id?,
    expires_in?}`; the client API needs the scope `urn:matrix:client:api:*`, a device is
    `urn:matrix:client:device:<ID>` (or `device_id` for compatibility sessions), a server admin
    is a token whose scope holds `urn:synapse:admin:*`.
  * Synapse 1.163.2, synapse/rest/synapse/mas/{users,devices}.py: MAS provisions users and
    devices through `POST /_synapse/mas/provision_user` ({localpart, set_displayname?,
    locked?}), `upsert_device`, `delete_device` ({localpart, device_id}), `delete_user`
    ({localpart, erase}) and `reactivate_user` ({localpart}), with the shared secret.
  * MAS docs (element-hq/matrix-authentication-service, docs/api/spec.json and docs/topics/
    authorization.md): the admin API under /api/admin/v1 (JSON:API style `{data: {type, id,
    attributes, links}}`, errors `{errors: [{title}]}`) needs the scope `urn:mas:admin`; a user
    may request `urn:synapse:admin:*` and `urn:mas:admin` only when MAS marks them admin
    (`users/{id}/set-admin`, attribute `admin`: "can request admin privileges"), otherwise the
    authorization is denied by policy. Locking a user makes their tokens inactive; deactivating
    also asks Synapse to deactivate (delete_user) and ends their sessions.
  * RFC 6749 (authorization code, refresh), RFC 7636 (PKCE, S256 only as MAS), RFC 7591
    (dynamic client registration), RFC 8628 (device authorization grant), RFC 7009
    (revocation), RFC 8252 section 7.3 (loopback redirect: any port matches).

The "browser" is simulated: GET /authorize and GET /link?code=... approve at once as the
configured browser user (POST /_standin/browser-user), as a signed-in user clicking "Allow" would.
Stand-in-only control endpoints under /_standin/ (shared secret as bearer token) replace
`mas-cli` for the harness: create users, issue compatibility tokens, set the access-token
lifetime. Tokens are never logged.

    mas_standin.py --port N --issuer URL --synapse-url URL --secret-file FILE --server-name NAME
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import secrets
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SCOPE_API = "urn:matrix:client:api:*"
SCOPE_API_UNSTABLE = "urn:matrix:org.matrix.msc2967.client:api:*"
SCOPE_DEVICE = "urn:matrix:client:device:"
SCOPE_DEVICE_UNSTABLE = "urn:matrix:org.matrix.msc2967.client:device:"
SCOPE_SYNAPSE_ADMIN = "urn:synapse:admin:*"
SCOPE_MAS_ADMIN = "urn:mas:admin"
ADMIN_SCOPES = {SCOPE_SYNAPSE_ADMIN, SCOPE_MAS_ADMIN}
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"

_ULID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def ulid() -> str:
    """A ULID-shaped id (MAS ids are ULIDs): 48-bit ms timestamp + 80 random bits, Crockford."""
    n = (int(time.time() * 1000) << 80) | secrets.randbits(80)
    return "".join(_ULID_ALPHABET[(n >> (5 * i)) & 31] for i in range(25, -1, -1))


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts, timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def log(msg: str) -> None:
    print(f"mas-standin: {msg}", file=sys.stderr, flush=True)


class OAuthError(Exception):
    def __init__(self, status: int, error: str, description: str = ""):
        super().__init__(error)
        self.status, self.error, self.description = status, error, description


class AdminError(Exception):
    def __init__(self, status: int, title: str):
        super().__init__(title)
        self.status, self.title = status, title


class State:
    def __init__(self, args):
        self.lock = threading.RLock()
        self.issuer = args.issuer.rstrip("/") + "/"
        self.synapse_url = args.synapse_url.rstrip("/")
        self.secret = open(args.secret_file).read().strip()
        self.server_name = args.server_name
        self.access_ttl = 300
        self.page_size = 10  # MAS's default page size of the admin API (admin/params.rs)
        self.users: dict[str, dict] = {}  # id -> {id, username, password, admin, locked_at, ...}
        self.clients: dict[str, dict] = {}  # client_id -> registration
        self.sessions: dict[str, dict] = {}  # id -> {kind, user_id, scope, device_id, ...}
        self.access: dict[str, dict] = {}  # token -> {session, expires_at}
        self.refresh: dict[str, str] = {}  # token -> session id (rotated on use)
        self.codes: dict[str, dict] = {}  # authorization code -> grant
        self.device_grants: dict[str, dict] = {}  # device_code -> grant
        self.browser_user: str | None = None  # username approving in the simulated browser

    # ---------------------------------------------------------------- Synapse
    def synapse(self, path: str, body: dict) -> None:
        req = urllib.request.Request(
            self.synapse_url + "/_synapse/mas/" + path, data=json.dumps(body).encode(),
            headers={"Authorization": f"Bearer {self.secret}", "Content-Type": "application/json"},
            method="POST")
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                r.read()
        except urllib.error.HTTPError as e:
            raise AdminError(502, f"Synapse refused {path}: HTTP {e.code} "
                             f"{e.read().decode(errors='replace')[:300]}") from e

    # ------------------------------------------------------------------ users
    def user_by_name(self, username: str) -> dict | None:
        return next((u for u in self.users.values() if u["username"] == username), None)

    def add_user(self, username: str, password: str | None, admin: bool) -> dict:
        u = self.user_by_name(username)
        if u is None:
            u = {"id": ulid(), "username": username, "password": password, "admin": admin,
                 "created_at": time.time(), "locked_at": None, "deactivated_at": None}
            self.users[u["id"]] = u
        else:
            u["admin"], u["password"] = admin, password
        self.synapse("provision_user", {"localpart": username, "set_displayname": username})
        return u

    def user_json(self, u: dict) -> dict:
        return {"type": "user", "id": u["id"],
                "attributes": {"username": u["username"], "created_at": iso(u["created_at"]),
                               "locked_at": iso(u["locked_at"]),
                               "deactivated_at": iso(u["deactivated_at"]),
                               "admin": u["admin"], "legacy_guest": False},
                "links": {"self": f"/api/admin/v1/users/{u['id']}"}}

    # --------------------------------------------------------------- sessions
    def new_session(self, kind: str, user: dict, scope: set[str], client_id: str | None,
                    device_id: str | None, refreshable: bool, ttl: int | None,
                    human_name: str | None = None) -> tuple[dict, dict]:
        s = {"id": ulid(), "kind": kind, "user_id": user["id"], "scope": set(scope),
             "client_id": client_id, "device_id": device_id, "created_at": time.time(),
             "finished_at": None, "human_name": human_name}
        if device_id:
            self.synapse("upsert_device", {"localpart": user["username"], "device_id": device_id,
                                           "display_name": human_name or client_id or kind})
        self.sessions[s["id"]] = s
        return s, self.issue(s, refreshable, ttl)

    def issue(self, s: dict, refreshable: bool, ttl: int | None) -> dict:
        at = "mat_" + secrets.token_urlsafe(24)
        self.access[at] = {"session": s["id"],
                           "expires_at": (time.time() + ttl) if ttl else None}
        out = {"access_token": at, "token_type": "Bearer", "scope": " ".join(sorted(s["scope"]))}
        if ttl:
            out["expires_in"] = ttl
        if refreshable:
            rt = "mar_" + secrets.token_urlsafe(24)
            self.refresh[rt] = s["id"]
            out["refresh_token"] = rt
        return out

    def finish_session(self, s: dict) -> None:
        if s["finished_at"]:
            return
        s["finished_at"] = time.time()
        for t in [t for t, a in self.access.items() if a["session"] == s["id"]]:
            del self.access[t]
        for t in [t for t, sid in self.refresh.items() if sid == s["id"]]:
            del self.refresh[t]
        u = self.users[s["user_id"]]
        if s["device_id"] and not u["deactivated_at"]:
            self.synapse("delete_device", {"localpart": u["username"], "device_id": s["device_id"]})

    def lookup(self, token: str) -> tuple[dict, dict] | None:
        """(session, user) for an active access token, else None."""
        a = self.access.get(token)
        if not a:
            return None
        if a["expires_at"] is not None and time.time() >= a["expires_at"]:
            return None
        s = self.sessions[a["session"]]
        u = self.users[s["user_id"]]
        if s["finished_at"] or u["locked_at"] or u["deactivated_at"]:
            return None
        return s, u

    def grant_scope(self, user: dict, requested: str) -> set[str]:
        scope = set(requested.split())
        if scope & ADMIN_SCOPES and not user["admin"]:
            raise OAuthError(403, "access_denied",
                             "the policy denies admin scopes to users who may not request them")
        if user["locked_at"] or user["deactivated_at"]:
            raise OAuthError(403, "access_denied", "the user is locked or deactivated")
        return scope


def device_of(scope: set[str]) -> str | None:
    ids = [t[len(p):] for t in scope for p in (SCOPE_DEVICE, SCOPE_DEVICE_UNSTABLE) if t.startswith(p)]
    if len(ids) > 1:
        raise OAuthError(400, "invalid_scope", "more than one device scope")
    return ids[0] if ids else None


def loopback_match(registered: str, given: str) -> bool:
    """RFC 8252 7.3: for loopback redirects the port is ignored when comparing."""
    if registered == given:
        return True
    r, g = urllib.parse.urlsplit(registered), urllib.parse.urlsplit(given)
    return (r.scheme == g.scheme == "http" and r.hostname == g.hostname
            and r.hostname in ("127.0.0.1", "::1") and r.path == g.path)


class Handler(BaseHTTPRequestHandler):
    server_version = "mas-standin/1"
    st: State  # set on the class

    def log_message(self, fmt, *args):  # request lines carry codes and tokens in queries
        pass

    # ------------------------------------------------------------- plumbing
    def send_json(self, status: int, body: dict | None, headers: dict | None = None) -> None:
        data = b"" if body is None else json.dumps(body).encode()
        self.send_response(status)
        if body is not None:
            self.send_header("Content-Type", "application/json")
        self.send_header("Cache-Control", "no-store")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def body_bytes(self) -> bytes:
        n = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(n) if n else b""

    def form(self) -> dict[str, str]:
        return {k: v[-1] for k, v in urllib.parse.parse_qs(self.body_bytes().decode()).items()}

    def json_body(self) -> dict:
        raw = self.body_bytes()
        try:
            b = json.loads(raw or b"{}")
        except ValueError:
            raise AdminError(400, "Invalid JSON body") from None
        if not isinstance(b, dict):
            raise AdminError(400, "The body must be a JSON object")
        return b

    def bearer(self) -> str:
        h = self.headers.get("Authorization", "")
        return h[7:] if h.startswith("Bearer ") else ""

    def url(self, path: str) -> str:
        return self.st.issuer + path.lstrip("/")

    def do_GET(self):
        self.dispatch("GET")

    def do_POST(self):
        self.dispatch("POST")

    def dispatch(self, method: str) -> None:
        parts = urllib.parse.urlsplit(self.path)
        path, query = parts.path, {k: v[-1] for k, v in urllib.parse.parse_qs(parts.query).items()}
        try:
            with self.st.lock:
                self.route(method, path, query)
        except OAuthError as e:
            self.send_json(e.status, {"error": e.error, "error_description": e.description})
        except AdminError as e:
            self.send_json(e.status, {"errors": [{"title": e.title}]})
        except Exception as e:  # noqa: BLE001 - answer, and keep serving
            log(f"internal error on {method} {path}: {type(e).__name__}: {e}")
            self.send_json(500, {"errors": [{"title": f"{type(e).__name__}: {e}"}]})

    def route(self, method: str, path: str, query: dict) -> None:
        routes = {
            ("GET", "/.well-known/openid-configuration"): self.discovery,
            ("POST", "/oauth2/registration"): self.register_client,
            ("GET", "/authorize"): lambda: self.authorize(query),
            ("POST", "/oauth2/token"): self.token,
            ("POST", "/oauth2/device"): self.device_authorization,
            ("GET", "/link"): lambda: self.link(query),
            ("POST", "/oauth2/revoke"): self.revoke,
            ("POST", "/oauth2/introspect"): self.introspect,
            ("GET", "/account/"): lambda: self.send_json(200, {"account": "management"}),
            ("GET", "/health"): lambda: self.send_json(200, {"ok": True}),
        }
        fn = routes.get((method, path))
        if fn:
            fn()
        elif path.startswith("/api/admin/v1/"):
            self.admin_api(method, path[len("/api/admin/v1/"):].split("/"), query)
        elif path.startswith("/_standin/") and method == "POST":
            self.control(path[len("/_standin/"):])
        else:
            self.send_json(404, {"errors": [{"title": f"no route {method} {path}"}]})

    # ------------------------------------------------------------ discovery
    def discovery(self) -> None:
        self.send_json(200, {
            "issuer": self.st.issuer,
            "authorization_endpoint": self.url("authorize"),
            "token_endpoint": self.url("oauth2/token"),
            "registration_endpoint": self.url("oauth2/registration"),
            "revocation_endpoint": self.url("oauth2/revoke"),
            "introspection_endpoint": self.url("oauth2/introspect"),
            "device_authorization_endpoint": self.url("oauth2/device"),
            "account_management_uri": self.url("account/"),
            "account_management_actions_supported": ["org.matrix.profile",
                                                      "org.matrix.sessions_list"],
            "response_types_supported": ["code"],
            "response_modes_supported": ["query", "fragment"],
            "grant_types_supported": ["authorization_code", "refresh_token", DEVICE_GRANT],
            "code_challenge_methods_supported": ["S256"],
            "token_endpoint_auth_methods_supported": ["none", "client_secret_post"],
            "revocation_endpoint_auth_methods_supported": ["none", "client_secret_post"],
            "scopes_supported": ["openid", SCOPE_API, SCOPE_SYNAPSE_ADMIN, SCOPE_MAS_ADMIN],
            "prompt_values_supported": ["create"],
        })

    # --------------------------------------------------------- registration
    def register_client(self) -> None:
        b = self.json_body()
        redirects = b.get("redirect_uris") or []
        grants = b.get("grant_types") or ["authorization_code"]
        if not isinstance(redirects, list) or not all(isinstance(r, str) for r in redirects):
            raise OAuthError(400, "invalid_redirect_uri", "redirect_uris must be a list of URLs")
        if "authorization_code" in grants and not redirects:
            raise OAuthError(400, "invalid_redirect_uri", "authorization_code needs redirect_uris")
        if not b.get("client_uri"):  # MAS requires a client_uri for dynamic registration
            raise OAuthError(400, "invalid_client_metadata", "client_uri is required")
        cid = ulid()
        c = {"client_id": cid, "client_id_issued_at": int(time.time()), "redirect_uris": redirects,
             "grant_types": grants, "response_types": b.get("response_types") or ["code"],
             "token_endpoint_auth_method": b.get("token_endpoint_auth_method", "none"),
             "client_name": b.get("client_name"), "client_uri": b.get("client_uri"),
             "application_type": b.get("application_type", "web")}
        self.st.clients[cid] = c
        self.send_json(201, c)

    def client(self, cid: str | None, grant: str) -> dict:
        c = self.st.clients.get(cid or "")
        if not c:
            raise OAuthError(401, "invalid_client", "unknown client_id")
        if grant not in c["grant_types"]:
            raise OAuthError(400, "unauthorized_client", f"client not registered for {grant}")
        return c

    # -------------------------------------------------- authorization code
    def browser_user(self) -> dict:
        u = self.st.user_by_name(self.st.browser_user or "")
        if not u:
            raise OAuthError(400, "access_denied", "nobody is signed in to the stand-in's browser")
        return u

    def authorize(self, q: dict) -> None:
        c = self.st.clients.get(q.get("client_id", ""))
        redirect = q.get("redirect_uri", "")
        if not c or not any(loopback_match(r, redirect) for r in c["redirect_uris"]):
            self.send_json(400, {"error": "invalid_request",
                                 "error_description": "unknown client or redirect_uri"})
            return
        sep = "&" if "?" in redirect else "?"

        def back(params: dict) -> None:
            if "state" in q:
                params["state"] = q["state"]
            self.send_response(302)
            self.send_header("Location", redirect + sep + urllib.parse.urlencode(params))
            self.send_header("Content-Length", "0")
            self.end_headers()

        if q.get("response_type") != "code" or "authorization_code" not in c["grant_types"]:
            return back({"error": "unsupported_response_type"})
        if q.get("code_challenge_method") != "S256" or not q.get("code_challenge"):
            return back({"error": "invalid_request", "error_description": "PKCE S256 required"})
        try:
            u = self.browser_user()
            scope = self.st.grant_scope(u, q.get("scope", ""))
            device_of(scope)
        except OAuthError as e:
            return back({"error": e.error, "error_description": e.description})
        code = secrets.token_urlsafe(24)
        self.st.codes[code] = {"client_id": c["client_id"], "redirect_uri": redirect,
                               "challenge": q["code_challenge"], "user_id": u["id"],
                               "scope": scope, "expires_at": time.time() + 600}
        back({"code": code})

    # ------------------------------------------------------ device grant
    def device_authorization(self) -> None:
        f = self.form()
        c = self.client(f.get("client_id"), DEVICE_GRANT)
        scope = set(f.get("scope", "").split())
        device_of(scope)
        dc = secrets.token_urlsafe(24)
        uc = "".join(secrets.choice("BCDFGHJKLMNPQRSTVWXZ") for _ in range(8))
        self.st.device_grants[dc] = {"client_id": c["client_id"], "user_code": uc, "scope": scope,
                                     "expires_at": time.time() + 600, "user_id": None,
                                     "denied": None, "last_poll": 0.0}
        self.send_json(200, {"device_code": dc, "user_code": uc,
                             "verification_uri": self.url("link"),
                             "verification_uri_complete": self.url("link") + "?code=" + uc,
                             "expires_in": 600, "interval": 1})

    def link(self, q: dict) -> None:
        g = next((g for g in self.st.device_grants.values()
                  if g["user_code"] == q.get("code", "").upper()), None)
        if not g or time.time() > g["expires_at"]:
            self.send_json(404, {"errors": [{"title": "unknown or expired code"}]})
            return
        try:
            u = self.browser_user()
            self.st.grant_scope(u, " ".join(g["scope"]))
            g["user_id"] = u["id"]
            self.send_json(200, {"approved": True, "username": u["username"]})
        except OAuthError as e:
            g["denied"] = e.description
            self.send_json(403, {"approved": False, "error": e.error})

    # -------------------------------------------------------------- token
    def token(self) -> None:
        f = self.form()
        grant = f.get("grant_type", "")
        st = self.st
        if grant == "authorization_code":
            c = self.client(f.get("client_id"), grant)
            g = st.codes.pop(f.get("code", ""), None)
            if not g or g["client_id"] != c["client_id"] or time.time() > g["expires_at"]:
                raise OAuthError(400, "invalid_grant", "unknown, used or expired code")
            if g["redirect_uri"] != f.get("redirect_uri"):
                raise OAuthError(400, "invalid_grant", "redirect_uri differs")
            verifier = f.get("code_verifier", "")
            digest = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
            if digest.rstrip(b"=").decode() != g["challenge"]:
                raise OAuthError(400, "invalid_grant", "PKCE verification failed")
            self.start_session(c, st.users[g["user_id"]], g["scope"])
        elif grant == DEVICE_GRANT:
            c = self.client(f.get("client_id"), grant)
            dc = f.get("device_code", "")
            g = st.device_grants.get(dc)
            if not g or g["client_id"] != c["client_id"]:
                raise OAuthError(400, "invalid_grant", "unknown device code")
            if time.time() > g["expires_at"]:
                raise OAuthError(400, "expired_token", "the device code expired")
            if g["denied"]:
                del st.device_grants[dc]
                raise OAuthError(403, "access_denied", g["denied"])
            if not g["user_id"]:
                raise OAuthError(400, "authorization_pending", "waiting for the user")
            del st.device_grants[dc]
            self.start_session(c, st.users[g["user_id"]], g["scope"])
        elif grant == "refresh_token":
            c = self.client(f.get("client_id"), grant)
            sid = st.refresh.pop(f.get("refresh_token", ""), None)
            s = st.sessions.get(sid or "")
            if not s or s["finished_at"] or s["client_id"] != c["client_id"]:
                raise OAuthError(400, "invalid_grant", "unknown or revoked refresh token")
            u = st.users[s["user_id"]]
            if u["locked_at"] or u["deactivated_at"]:
                raise OAuthError(400, "invalid_grant", "the user is locked or deactivated")
            s["refreshes"] = s.get("refreshes", 0) + 1
            self.send_json(200, st.issue(s, True, st.access_ttl))
        else:
            raise OAuthError(400, "unsupported_grant_type", grant)

    def start_session(self, c: dict, u: dict, scope: set[str]) -> None:
        _, tokens = self.st.new_session("oauth2", u, scope, c["client_id"], device_of(scope),
                                        "refresh_token" in c["grant_types"], self.st.access_ttl,
                                        c.get("client_name"))
        self.send_json(200, tokens)

    def revoke(self) -> None:
        f = self.form()
        st = self.st
        c = self.st.clients.get(f.get("client_id", ""))
        if not c:
            raise OAuthError(401, "invalid_client", "unknown client_id")
        tok = f.get("token", "")
        a = st.access.get(tok)
        if a and a["expires_at"] is not None and time.time() >= a["expires_at"]:
            a = None  # MAS (oauth2/revoke.rs): an expired access token is an unknown token, 200
        sid = st.refresh.get(tok) or (a or {}).get("session")
        s = st.sessions.get(sid or "")
        if s and s["client_id"] == c["client_id"]:
            st.finish_session(s)
        self.send_json(200, None)  # RFC 7009: 200 also for unknown tokens

    # ------------------------------------------------------- introspection
    def introspect(self) -> None:
        if not secrets.compare_digest(self.bearer(), self.st.secret):
            raise OAuthError(401, "invalid_client", "introspection needs the shared secret")
        f = self.form()
        found = self.st.lookup(f.get("token", ""))
        if not found:
            self.send_json(200, {"active": False})
            return
        s, u = found
        a = self.st.access[f["token"]]
        out = {"active": True, "scope": " ".join(sorted(s["scope"])), "username": u["username"],
               "sub": u["id"], "token_type": "access_token", "client_id": s["client_id"]}
        if s["kind"] == "compat" and s["device_id"]:
            out["device_id"] = s["device_id"]
        if a["expires_at"] is not None:
            out["expires_in"] = max(0, int(a["expires_at"] - time.time()))
        self.send_json(200, out)

    # ----------------------------------------------------------- admin API
    def admin_api(self, method: str, seg: list[str], q: dict) -> None:
        found = self.st.lookup(self.bearer())
        if not found or SCOPE_MAS_ADMIN not in found[0]["scope"]:
            raise AdminError(401, "The token is missing or lacks the urn:mas:admin scope")
        st = self.st
        if seg[0] == "users":
            if method == "GET" and len(seg) == 1:
                users = sorted(st.users.values(), key=lambda u: u["id"])
                self.send_json(200, {"meta": {"count": len(users)},
                                     "data": [st.user_json(u) for u in users]})
                return
            if method == "GET" and len(seg) == 3 and seg[1] == "by-username":
                u = st.user_by_name(urllib.parse.unquote(seg[2]))
                if not u:
                    raise AdminError(404, f"User with username {seg[2]!r} not found")
                self.send_json(200, {"data": st.user_json(u)})
                return
            u = st.users.get(seg[1]) if len(seg) > 1 else None
            if not u:
                raise AdminError(404, f"User ID {seg[1] if len(seg) > 1 else ''} not found")
            action = seg[2] if len(seg) > 2 else None
            if method == "GET" and action is None:
                self.send_json(200, {"data": st.user_json(u)})
                return
            if method != "POST" or action is None:
                raise AdminError(405, "method not allowed")
            b = self.json_body()
            if action == "lock":
                if not u["locked_at"]:
                    u["locked_at"] = time.time()
                    st.synapse("provision_user", {"localpart": u["username"], "locked": True})
            elif action == "unlock":
                if u["locked_at"]:
                    u["locked_at"] = None
                    st.synapse("provision_user", {"localpart": u["username"], "locked": False})
            elif action == "deactivate":
                if not u["deactivated_at"]:
                    for s in st.sessions.values():
                        if s["user_id"] == u["id"]:
                            st.finish_session(s)
                    u["deactivated_at"] = time.time()
                    st.synapse("delete_user", {"localpart": u["username"],
                                               "erase": not b.get("skip_erase", False)})
            elif action == "reactivate":
                if u["deactivated_at"]:
                    u["deactivated_at"] = None
                    st.synapse("reactivate_user", {"localpart": u["username"]})
            elif action == "set-admin":
                if not isinstance(b.get("admin"), bool):
                    raise AdminError(400, "admin must be a boolean")
                u["admin"] = b["admin"]
            elif action == "set-password":
                if not isinstance(b.get("password"), str) or not b["password"]:
                    raise AdminError(400, "password must be a non-empty string")
                if len(b["password"]) < 8 and not b.get("skip_password_check"):
                    raise AdminError(400, "Password is too weak")
                u["password"] = b["password"]
                self.send_json(204, None)
                return
            else:
                raise AdminError(404, f"no user action {action!r}")
            self.send_json(200, {"data": st.user_json(u),
                                 "links": {"self": f"/api/admin/v1/users/{u['id']}/{action}"}})
        elif seg[0] == "personal-sessions":
            self.personal_sessions(method, seg, q)
        else:
            raise AdminError(404, f"no admin resource {seg[0]!r}")

    def page(self, base: str, items: list[dict], q: dict, render) -> None:
        """One page of a list sorted by ID, as MAS's admin API pages (crates/handlers/src/admin/
        params.rs, response.rs): page[first] (default 10), page[after] a cursor (an item ID);
        meta.count is the whole list; links.next only when there is a next page."""
        if "page[first]" in q and "page[last]" in q:
            raise AdminError(400, "Cannot specify both `page[first]` and `page[last]` parameters")
        try:
            first = int(q.get("page[first]", self.st.page_size))
        except ValueError:
            raise AdminError(400, "Invalid pagination parameters") from None
        if first < 1 or "page[last]" in q or "page[before]" in q:
            raise AdminError(400, "Invalid pagination parameters")  # the stand-in pages forward only
        after = q.get("page[after]")
        rest = [i for i in items if after is None or i["id"] > after]
        chunk = rest[:first]
        size = f"page[first]={first}" if "page[first]" in q else ""
        filters = "&".join(f"{k}={urllib.parse.quote(v)}" for k, v in sorted(q.items())
                           if k.startswith("filter["))
        def link(extra: str) -> str:
            query = "&".join(x for x in (filters, extra, size) if x)
            return base + ("?" + query if query else "")
        links = {"self": link(f"page[after]={after}" if after else ""), "first": link(""),
                 "last": base + f"?page[last]={first}"}
        if len(rest) > first:
            links["next"] = link(f"page[after]={chunk[-1]['id']}")
        data = []
        for i in chunk:
            d = render(i)
            d["meta"] = {"page": {"cursor": i["id"]}}
            data.append(d)
        self.send_json(200, {"meta": {"count": len(items)}, "data": data, "links": links})

    def ps_json(self, s: dict, token: str | None = None) -> dict:
        exp = next((a["expires_at"] for a in self.st.access.values() if a["session"] == s["id"]),
                   None)
        attrs = {"created_at": iso(s["created_at"]), "revoked_at": iso(s["finished_at"]),
                 "owner_user_id": s["owner_user_id"], "owner_client_id": None,
                 "actor_user_id": s["user_id"], "human_name": s["human_name"],
                 "scope": " ".join(sorted(s["scope"])), "last_active_at": None,
                 "last_active_ip": None, "expires_at": None if s["finished_at"] else iso(exp)}
        if token:
            attrs["access_token"] = token
        return {"type": "personal-session", "id": s["id"], "attributes": attrs,
                "links": {"self": f"/api/admin/v1/personal-sessions/{s['id']}"}}

    def personal_sessions(self, method: str, seg: list[str], q: dict) -> None:
        st = self.st
        if len(seg) == 1 and method == "GET":
            want = q.get("filter[status]")
            items = [s for s in sorted(st.sessions.values(), key=lambda s: s["id"])
                     if s["kind"] == "personal"
                     and (want is None or (want == "active") == (s["finished_at"] is None))]
            self.page("/api/admin/v1/personal-sessions", items, q, self.ps_json)
        elif len(seg) == 1 and method == "POST":
            b = self.json_body()
            u = st.users.get(b.get("actor_user_id") or "")
            if not u:
                raise AdminError(404, "User not found")
            if not isinstance(b.get("human_name"), str) or not isinstance(b.get("scope"), str):
                raise AdminError(400, "human_name and scope are required strings")
            ttl = b.get("expires_in")
            if ttl is not None and (not isinstance(ttl, int) or ttl < 0):
                raise AdminError(400, "expires_in must be a non-negative integer")
            scope = set(b["scope"].split())
            if scope & ADMIN_SCOPES and not u["admin"]:
                raise AdminError(400, "Invalid scope")
            owner = self.st.lookup(self.bearer())[1]["id"]
            s, tokens = st.new_session("personal", u, scope, None, device_of(scope), False,
                                       ttl or None, b["human_name"])
            s["owner_user_id"] = owner
            self.send_json(201, {"data": self.ps_json(s, tokens["access_token"])})
        elif len(seg) == 3 and seg[2] == "revoke" and method == "POST":
            s = st.sessions.get(seg[1])
            if not s or s["kind"] != "personal":
                raise AdminError(404, f"Personal session with ID {seg[1]} not found")
            if s["finished_at"]:
                raise AdminError(409, f"Personal session with ID {seg[1]} is already revoked")
            st.finish_session(s)
            self.send_json(200, {"data": self.ps_json(s)})
        else:
            raise AdminError(404, "no such personal-sessions route")

    # ------------------------------------------------------- test control
    def control(self, what: str) -> None:
        """Stand-in only (the harness's mas-cli): guarded by the shared secret."""
        if not secrets.compare_digest(self.bearer(), self.st.secret):
            raise AdminError(401, "control endpoints need the shared secret")
        b = self.json_body()
        st = self.st
        if what == "users":
            u = st.add_user(b["username"], b.get("password"), bool(b.get("admin")))
            self.send_json(200, {"id": u["id"], "user_id": f"@{u['username']}:{st.server_name}"})
        elif what == "compat-token":  # mas-cli manage issue-compatibility-token
            u = st.user_by_name(b["username"])
            if not u:
                raise AdminError(404, "User not found")
            scope = {SCOPE_API}
            if b.get("synapse_admin"):
                scope.add(SCOPE_SYNAPSE_ADMIN)
            device = b.get("device_id") or ("".join(secrets.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
                                                    for _ in range(10)))
            _, tokens = st.new_session("compat", u, scope, None, device, False,
                                       b.get("expires_in"), "compat")
            self.send_json(200, {"access_token": tokens["access_token"], "device_id": device})
        elif what == "stale-access-token":
            # A new access token of the user's newest active OAuth session that has already expired
            # and that Synapse has never seen (so it has no cached introspection of it): the next
            # request with it meets 401 M_UNKNOWN_TOKEN, as after an expiry mid-command.
            u = st.user_by_name(b["username"])
            live = [s for s in st.sessions.values() if u and s["user_id"] == u["id"]
                    and s["kind"] == "oauth2" and not s["finished_at"]]
            if not live:
                raise AdminError(404, "no active OAuth session of that user")
            s = max(live, key=lambda s: s["created_at"])
            at = "mat_" + secrets.token_urlsafe(24)
            st.access[at] = {"session": s["id"], "expires_at": time.time() - 1}
            self.send_json(200, {"access_token": at, "session_id": s["id"]})
        elif what == "browser-user":
            st.browser_user = b.get("username")
            self.send_json(200, {})
        elif what == "config":
            if "access_token_ttl" in b:
                st.access_ttl = int(b["access_token_ttl"])
            if "admin_page_size" in b:  # MAS's is 10; a test makes it small to see several pages
                st.page_size = int(b["admin_page_size"])
            self.send_json(200, {"access_token_ttl": st.access_ttl, "admin_page_size": st.page_size})
        elif what == "sessions":  # what a test may verify: which sessions are still active
            self.send_json(200, {"sessions": [
                {"id": s["id"], "kind": s["kind"], "client_id": s["client_id"],
                 "device_id": s["device_id"], "username": st.users[s["user_id"]]["username"],
                 "scope": " ".join(sorted(s["scope"])), "active": s["finished_at"] is None,
                 "refreshes": s.get("refreshes", 0)}
                for s in st.sessions.values()]})
        else:
            raise AdminError(404, f"no control {what!r}")


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--issuer", required=True)
    p.add_argument("--synapse-url", required=True)
    p.add_argument("--secret-file", required=True)
    p.add_argument("--server-name", required=True)
    p.add_argument("--state-dir", help="only marks the process as this state dir's")
    args = p.parse_args()
    Handler.st = State(args)
    httpd = ThreadingHTTPServer(("127.0.0.1", args.port), Handler)
    httpd.daemon_threads = True
    log(f"listening on 127.0.0.1:{args.port}, issuer {Handler.st.issuer}")
    httpd.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
