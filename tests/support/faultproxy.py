#!/usr/bin/env python3
"""A fault-injecting HTTP/1.1 proxy on loopback, between Steward and a real Synapse (tests only).

Stdlib only. Started by a test:

    faultproxy.py --upstream http://127.0.0.1:8008 [--port 0] [--rate 0.2] [--seed 1]
                  [--kinds 429,502,503,reset_before,reset_after,stall,close_after_headers,truncated]
                  [--match REGEX] [--script KIND,KIND,...] [--log FILE.jsonl]

It prints the port it listens on as the first line of stdout, then serves until killed.

Each request from the client is read completely, then a fault is chosen for it: the next entry of
the script (if the request matches --match and the script is not used up), else with probability
--rate one of --kinds (seeded, so a run is repeatable for the same arrival order), else none.

    none                 forwarded; the server's answer is passed on
    429                  not forwarded; 429 M_LIMIT_EXCEEDED with Retry-After (--retry-after-ms)
    502, 503             not forwarded; a gateway error page
    reset_before         not forwarded; the connection is reset (RST)
    reset_after          forwarded (the server acted), then the connection is reset: answer lost
    stall                not forwarded; nothing is answered for --stall-seconds, then the
                         connection is closed
    close_after_headers  forwarded; status line and headers sent, then the connection is closed
    truncated            forwarded; headers and half the body sent, then the connection is closed

With --max-faults-in-a-row N, the same request (method, target and body: a retry) gets through
after N faults in a row, so that a random rate cannot outlast every retry of a client.

Requests the proxy forwards are counted per "METHOD /path" (no query): the arrivals at the server.
When the upstream cannot be reached (server down), the client's connection is reset and the
request is logged as `upstream_down`.

Control (on the same port, never forwarded):
    GET  /__faultproxy/stats   -> {"requests": n, "arrivals": {...}, "faults": {...}, ...}
    POST /__faultproxy/config  <- {"rate": r, "kinds": [...], "match": "...", "script": [...],
                                   "stall_seconds": s, "retry_after_ms": ms,
                                   "max_faults_in_a_row": n, "seed": n}
    POST /__faultproxy/reset   clears the counters (not the configuration)

The log (--log) has one JSON object per request: seq, method, path, fault, forwarded, status.
Header values (the access token) and query strings are never logged.
"""

from __future__ import annotations

import argparse
import hashlib
import http.client
import json
import random
import re
import socket
import socketserver
import struct
import sys
import threading
import time
import urllib.parse

KINDS = ["429", "502", "503", "reset_before", "reset_after", "stall", "close_after_headers", "truncated"]
FORWARDING_KINDS = {"none", "reset_after", "close_after_headers", "truncated"}
MAX_HEAD = 64 * 1024


class State:
    def __init__(self, args):
        self.lock = threading.Lock()
        self.rate = args.rate
        self.kinds = [k for k in args.kinds.split(",") if k]
        self.match = re.compile(args.match) if args.match else None
        self.script = [k for k in (args.script or "").split(",") if k]
        self.rng = random.Random(args.seed)
        self.stall_seconds = args.stall_seconds
        self.retry_after_ms = args.retry_after_ms
        self.max_in_a_row = args.max_faults_in_a_row
        self.in_a_row: dict[str, int] = {}
        self.log = open(args.log, "a", encoding="utf-8") if args.log else None
        self.reset_counters()
        for k in self.kinds + self.script:
            if k not in KINDS and k != "none":
                raise SystemExit(f"faultproxy: unknown fault kind {k!r} (known: {', '.join(KINDS)})")

    def reset_counters(self):
        self.seq = 0
        self.arrivals: dict[str, int] = {}
        self.faults: dict[str, int] = {}
        self.faults_by_request: dict[str, dict[str, int]] = {}
        self.upstream_down = 0

    def configure(self, cfg: dict):
        with self.lock:
            if "rate" in cfg:
                self.rate = float(cfg["rate"])
            if "kinds" in cfg:
                self.kinds = list(cfg["kinds"])
            if "match" in cfg:
                self.match = re.compile(cfg["match"]) if cfg["match"] else None
            if "script" in cfg:
                self.script = list(cfg["script"])
            if "seed" in cfg:
                self.rng = random.Random(cfg["seed"])
            if "stall_seconds" in cfg:
                self.stall_seconds = float(cfg["stall_seconds"])
            if "retry_after_ms" in cfg:
                self.retry_after_ms = int(cfg["retry_after_ms"])
            if "max_faults_in_a_row" in cfg:
                self.max_in_a_row = int(cfg["max_faults_in_a_row"])

    def choose(self, req: "Request") -> tuple[int, str]:
        with self.lock:
            self.seq += 1
            key = f"{req.method} {req.path}"
            if self.match and not self.match.search(key):
                return self.seq, "none"
            # The same request (method, target, body) sent again is a retry: with a limit, it gets
            # through after that many faults in a row, so a random rate cannot outlast every retry.
            same = hashlib.sha1(f"{req.method} {req.target} ".encode() + req.body).hexdigest()
            if self.max_in_a_row and self.in_a_row.get(same, 0) >= self.max_in_a_row:
                self.in_a_row.pop(same)
                return self.seq, "none"
            fault = "none"
            if self.script:
                fault = self.script.pop(0)
            elif self.kinds and self.rate > 0 and self.rng.random() < self.rate:
                fault = self.rng.choice(self.kinds)
            if fault == "none":
                self.in_a_row.pop(same, None)
            else:
                self.in_a_row[same] = self.in_a_row.get(same, 0) + 1
            return self.seq, fault

    def record(self, seq: int, method: str, path: str, fault: str, forwarded: bool, status):
        key = f"{method} {path}"
        with self.lock:
            if forwarded:
                self.arrivals[key] = self.arrivals.get(key, 0) + 1
            if fault == "upstream_down":
                self.upstream_down += 1
            elif fault != "none":
                self.faults[fault] = self.faults.get(fault, 0) + 1
                per = self.faults_by_request.setdefault(key, {})
                per[fault] = per.get(fault, 0) + 1
            if self.log:
                self.log.write(json.dumps({"seq": seq, "t": round(time.time(), 3), "method": method,
                                           "path": path, "fault": fault, "forwarded": forwarded,
                                           "status": status}) + "\n")
                self.log.flush()

    def stats(self) -> dict:
        with self.lock:
            return {"requests": self.seq, "arrivals": dict(self.arrivals), "faults": dict(self.faults),
                    "faults_by_request": {k: dict(v) for k, v in self.faults_by_request.items()},
                    "upstream_down": self.upstream_down, "rate": self.rate, "kinds": self.kinds,
                    "script_left": len(self.script)}


class Request:
    def __init__(self, method, target, version, headers, body):
        self.method, self.target, self.version = method, target, version
        self.headers: list[tuple[str, str]] = headers
        self.body: bytes = body

    def header(self, name: str) -> str | None:
        for k, v in self.headers:
            if k.lower() == name.lower():
                return v
        return None

    @property
    def path(self) -> str:
        return urllib.parse.urlsplit(self.target).path


def read_request(rfile) -> Request | None:
    line = rfile.readline(MAX_HEAD)
    while line in (b"\r\n", b"\n"):
        line = rfile.readline(MAX_HEAD)
    if not line:
        return None
    parts = line.decode("latin-1").rstrip("\r\n").split(" ")
    if len(parts) != 3:
        return None
    method, target, version = parts
    headers = []
    total = 0
    while True:
        h = rfile.readline(MAX_HEAD)
        total += len(h)
        if not h or total > MAX_HEAD:
            return None
        if h in (b"\r\n", b"\n"):
            break
        k, _, v = h.decode("latin-1").partition(":")
        headers.append((k.strip(), v.strip()))
    req = Request(method, target, version, headers, b"")
    te = (req.header("Transfer-Encoding") or "").lower()
    if "chunked" in te:
        body = b""
        while True:
            size = int(rfile.readline(MAX_HEAD).split(b";")[0].strip() or b"0", 16)
            if size == 0:
                while rfile.readline(MAX_HEAD) not in (b"\r\n", b"\n", b""):
                    pass
                break
            body += rfile.read(size)
            rfile.readline(MAX_HEAD)
        req.body = body
        req.headers = [(k, v) for k, v in headers if k.lower() != "transfer-encoding"]
    else:
        n = int(req.header("Content-Length") or 0)
        req.body = rfile.read(n) if n else b""
    return req


HOP_BY_HOP = {"connection", "keep-alive", "proxy-connection", "transfer-encoding", "te", "trailer",
              "upgrade", "content-length"}


class Handler(socketserver.StreamRequestHandler):
    state: State
    upstream: urllib.parse.SplitResult

    def setup(self):
        super().setup()
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def reset(self):
        try:
            self.wfile.flush()
        except OSError:
            pass
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()

    def close_now(self):
        try:
            self.wfile.flush()
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.connection.close()

    def send(self, status: int, reason: str, headers: list[tuple[str, str]], body: bytes, keep_alive: bool,
             body_part: int | None = None, headers_only: bool = False):
        out = [f"HTTP/1.1 {status} {reason}"]
        out += [f"{k}: {v}" for k, v in headers if k.lower() not in HOP_BY_HOP]
        out.append(f"Content-Length: {len(body)}")
        out.append("Connection: " + ("keep-alive" if keep_alive else "close"))
        data = ("\r\n".join(out) + "\r\n\r\n").encode("latin-1")
        if not headers_only:
            data += body if body_part is None else body[:body_part]
        self.wfile.write(data)
        self.wfile.flush()

    def forward(self, req: Request):
        """(status, reason, headers, body) from the upstream, or None when it cannot be reached."""
        u = self.upstream
        try:
            conn = http.client.HTTPConnection(u.hostname, u.port or 80, timeout=300)
            conn.putrequest(req.method, req.target, skip_host=True, skip_accept_encoding=True)
            for k, v in req.headers:
                if k.lower() not in HOP_BY_HOP:
                    conn.putheader(k, v)
            conn.putheader("Content-Length", str(len(req.body)))
            conn.putheader("Connection", "close")
            conn.endheaders(req.body)
        except OSError:
            return None  # not delivered: the server is down
        try:
            resp = conn.getresponse()
            body = resp.read()
            return resp.status, resp.reason, resp.getheaders(), body
        except (OSError, http.client.HTTPException):
            return -1, "", [], b""  # delivered, but the server died before answering
        finally:
            conn.close()

    def control(self, req: Request, keep_alive: bool):
        what = req.path[len("/__faultproxy/"):]
        if req.method == "POST" and what == "config":
            self.state.configure(json.loads(req.body or b"{}"))
        elif req.method == "POST" and what == "reset":
            with self.state.lock:
                self.state.reset_counters()
        body = json.dumps(self.state.stats()).encode()
        self.send(200, "OK", [("Content-Type", "application/json")], body, keep_alive)

    def handle(self):
        while True:
            try:
                req = read_request(self.rfile)
            except (OSError, ValueError):
                return
            if req is None:
                return
            keep_alive = (req.header("Connection") or "").lower() != "close"
            if req.path.startswith("/__faultproxy/"):
                self.control(req, keep_alive)
                if not keep_alive:
                    return
                continue
            seq, fault = self.state.choose(req)
            try:
                if not self.serve(req, seq, fault, keep_alive):
                    return
            except OSError:
                return

    def serve(self, req: Request, seq: int, fault: str, keep_alive: bool) -> bool:
        """Answers one request with the chosen fault; False when the connection is gone."""
        st = self.state
        if fault == "429":
            st.record(seq, req.method, req.path, fault, False, 429)
            ms = st.retry_after_ms
            body = json.dumps({"errcode": "M_LIMIT_EXCEEDED", "error": "Too Many Requests (fault proxy)",
                               "retry_after_ms": ms}).encode()
            self.send(429, "Too Many Requests", [("Content-Type", "application/json"),
                                                 ("Retry-After", str(max(1, (ms + 999) // 1000)))],
                      body, keep_alive)
            return keep_alive
        if fault in ("502", "503"):
            st.record(seq, req.method, req.path, fault, False, int(fault))
            reason = "Bad Gateway" if fault == "502" else "Service Unavailable"
            body = f"<html><body><h1>{fault} {reason}</h1>fault proxy</body></html>\n".encode()
            self.send(int(fault), reason, [("Content-Type", "text/html")], body, keep_alive)
            return keep_alive
        if fault == "reset_before":
            st.record(seq, req.method, req.path, fault, False, None)
            self.reset()
            return False
        if fault == "stall":
            st.record(seq, req.method, req.path, fault, False, None)
            deadline = time.monotonic() + st.stall_seconds
            self.connection.settimeout(0.2)
            while time.monotonic() < deadline:  # ends early when the client gives up
                try:
                    if self.connection.recv(1, socket.MSG_PEEK) == b"":
                        break
                except socket.timeout:
                    continue
                except OSError:
                    break
            self.close_now()
            return False

        answer = self.forward(req)
        if answer is None:
            st.record(seq, req.method, req.path, "upstream_down", False, None)
            self.reset()
            return False
        status, reason, headers, body = answer
        st.record(seq, req.method, req.path, fault, True, status)
        if status < 0:  # the server went away mid-request: the client sees a reset
            self.reset()
            return False
        if fault == "reset_after":
            self.reset()
            return False
        if fault == "close_after_headers":
            self.send(status, reason, headers, body, True, headers_only=True)
            self.close_now()
            return False
        if fault == "truncated":
            self.send(status, reason, headers, body, True, body_part=len(body) // 2)
            self.close_now()
            return False
        self.send(status, reason, headers, body, keep_alive)
        return keep_alive


class Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--upstream", required=True, help="the server's base URL (http only)")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--rate", type=float, default=0.0)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--match", default="", help="regex on 'METHOD /path': only these get faults")
    ap.add_argument("--script", default="", help="faults for the first matching requests, in order")
    ap.add_argument("--stall-seconds", type=float, default=5.0)
    ap.add_argument("--retry-after-ms", type=int, default=1000)
    ap.add_argument("--max-faults-in-a-row", type=int, default=0,
                    help="the same request (a retry) gets through after this many faults in a row (0: no limit)")
    ap.add_argument("--log", default="")
    args = ap.parse_args()
    Handler.state = State(args)
    Handler.upstream = urllib.parse.urlsplit(args.upstream)
    with Server(("127.0.0.1", args.port), Handler) as srv:
        print(srv.server_address[1], flush=True)
        try:
            srv.serve_forever(poll_interval=0.2)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
