#!/usr/bin/env python3
"""Run a real, throw-away Matrix Synapse homeserver for Steward's tests and demo sandbox.

Stdlib only: runs with any python3 >= 3.10. Synapse itself runs from a pinned virtualenv
(created on demand, see `ensure-venv`).

    synapsectl.py ensure-venv
    synapsectl.py start    --state-dir DIR [--seed none|test|demo] [--server-name NAME]
                           [--port N] [--fresh] [--database sqlite|postgres]
                           [--bigseed-users N] [--bigseed-rooms M] [--mas]
    synapsectl.py seed     --state-dir DIR --profile test|demo
    synapsectl.py bigseed  --state-dir DIR --users N --rooms M
    synapsectl.py status   --state-dir DIR
    synapsectl.py stop     --state-dir DIR
    synapsectl.py selfcheck --state-dir DIR

`start` leaves a detached Synapse running on 127.0.0.1 and writes DIR/server.json (mode
0600) with the base URL, an admin and a normal user (ids, tokens, passwords) and the seed
manifest. Secrets are never printed.

--database postgres: Synapse runs on a throw-away PostgreSQL cluster in DIR/postgres (Debian's
postgresql package; as root its commands run as the `postgres` user), removed again by `stop`.
--mas: Synapse delegates authentication to the MAS stand-in (mas_standin.py, started and stopped
with it on its own port); the accounts are provisioned through the stand-in and their tokens are
compatibility tokens (the admin's carries urn:synapse:admin:*). server.json then also holds
"mas": {url, secret}. Use a separate state dir: it never disturbs the normal fixture.
bigseed (bigseed.py) writes N synthetic users and M rooms straight into the database of the
stopped server, then starts it again: 100,000 users in seconds, for scale tests and benchmarks.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import hmac
import json
import os
import re
import secrets
import shutil
import signal
import socket
import stat
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

SYNAPSE_VERSION = "1.163.2"
# requests: the benchmarks; psycopg2-binary: Synapse's PostgreSQL driver (start --database postgres)
# and bigseed.py's writer for it.
EXTRA_PACKAGES = ["requests", "psycopg2-binary"]

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # keep __pycache__ out of the source tree
sys.path.insert(0, str(HERE))
import bigseed as bigseedmod  # noqa: E402  (imports psycopg2 only when writing to PostgreSQL)
import seed as seedmod  # noqa: E402  (stdlib-only module next to this file)
from seed import Api, ApiError, q  # noqa: E402

ADMIN_LOCALPART = "steward-admin"
USER_LOCALPART = "steward-user"
MARKER = ".steward-synapse-state"
HEALTH_TIMEOUT = 180.0
HIGH_RATE = {"per_second": 10000, "burst_count": 100000}


def log(msg: str) -> None:
    print(f"synapsectl: {msg}", file=sys.stderr, flush=True)


def die(msg: str, code: int = 1) -> None:
    log(f"error: {msg}")
    sys.exit(code)


# --------------------------------------------------------------------------- venv

def venv_dir() -> Path:
    env = os.environ.get("STEWARD_SYNAPSE_VENV")
    if env:
        return Path(env).expanduser()
    return Path.home() / ".cache" / "steward" / f"synapse-{SYNAPSE_VERSION}"


def venv_python(venv: Path) -> Path:
    return venv / "bin" / "python"


def _venv_ok(venv: Path) -> bool:
    py = venv_python(venv)
    if not py.exists():
        return False
    probe = "import synapse, requests, yaml, psycopg2; print(synapse.__version__)"
    r = subprocess.run([str(py), "-c", probe], capture_output=True, text=True)
    return r.returncode == 0 and r.stdout.strip() == SYNAPSE_VERSION


def ensure_venv() -> Path:
    venv = venv_dir()
    if _venv_ok(venv):
        return venv
    venv.parent.mkdir(parents=True, exist_ok=True)
    import fcntl

    with open(str(venv) + ".lock", "w") as lockf:
        fcntl.flock(lockf, fcntl.LOCK_EX)  # another process may be installing
        if _venv_ok(venv):
            return venv
        log(f"installing matrix-synapse=={SYNAPSE_VERSION} into {venv} (first run only)")
        if not venv_python(venv).exists():
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        py = str(venv_python(venv))
        pip = [py, "-m", "pip", "--disable-pip-version-check", "--no-input", "-q"]
        subprocess.run(pip + ["install", "-U", "pip", "wheel"], check=False)
        r = subprocess.run(pip + ["install", f"matrix-synapse=={SYNAPSE_VERSION}"] + EXTRA_PACKAGES)
        if r.returncode != 0 or not _venv_ok(venv):
            die(f"could not install matrix-synapse=={SYNAPSE_VERSION} into {venv}")
    return venv


# ------------------------------------------------------------------ state dir files

class State:
    def __init__(self, d: str):
        self.dir = Path(d).expanduser().resolve()
        self.generated = self.dir / "generated.yaml"  # output of --generate-config
        self.config = self.dir / "homeserver.yaml"  # what Synapse runs with
        self.log_config = self.dir / "log.config"
        self.log = self.dir / "homeserver.log"
        self.out = self.dir / "synapse.out"
        self.pidfile = self.dir / "synapse.pid"
        self.server_json = self.dir / "server.json"
        self.marker = self.dir / MARKER

    def read_server_json(self) -> dict | None:
        try:
            return json.loads(self.server_json.read_text())
        except (OSError, ValueError):
            return None

    def write_server_json(self, data: dict) -> None:
        write_private(self.server_json, json.dumps(data, indent=2, ensure_ascii=False) + "\n")

    def read_pid(self) -> int | None:
        try:
            return int(self.pidfile.read_text().strip())
        except (OSError, ValueError):
            return None


def write_private(path: Path, text: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)


def pid_is_ours(pid: int | None, st: State) -> bool:
    """True when pid is alive and is the Synapse running this state dir's config."""
    if not pid:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    try:
        cmd = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        return False
    args = [c.decode(errors="replace") for c in cmd]
    if "synapse.app.homeserver" not in args or str(st.config) not in args:
        return False
    try:  # zombies (not yet reaped) are not running
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        if fields[0] == "Z":
            return False
    except (OSError, IndexError):
        pass
    return True


def health_ok(base_url: str, timeout: float = 3.0) -> bool:
    import urllib.request

    try:
        with urllib.request.urlopen(base_url + "/health", timeout=timeout) as r:
            return r.status == 200 and r.read().strip() == b"OK"
    except Exception:
        return False


def port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as Twisted does
        try:
            s.bind(("127.0.0.1", port))
            return True
        except OSError:
            return False


def pick_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def configured_port(st: State) -> int | None:
    sj = st.read_server_json()
    if sj and sj.get("base_url"):
        return urllib.parse.urlsplit(sj["base_url"]).port
    return None


def tail(path: Path, n: int = 40) -> str:
    try:
        lines = path.read_text(errors="replace").splitlines()
    except OSError:
        return f"({path} missing)"
    return "\n".join(lines[-n:])



# ------------------------------------------------------------------ PostgreSQL

PG_ROLE = "synapse"  # superuser of the throw-away cluster; Synapse connects as it
PG_DB = "synapse"


def pg_bindir() -> Path:
    """Server binaries of Debian's postgresql package ($STEWARD_PG_BINDIR overrides)."""
    env = os.environ.get("STEWARD_PG_BINDIR")
    if env:
        cands = [Path(env)]
    else:
        cands = sorted(Path("/usr/lib/postgresql").glob("*/bin"),
                       key=lambda p: int(p.parent.name) if p.parent.name.isdigit() else 0,
                       reverse=True)
    for c in cands:
        if (c / "initdb").exists() and (c / "pg_ctl").exists():
            return c
    die("PostgreSQL server binaries (initdb, pg_ctl) not found under /usr/lib/postgresql/*/bin; "
        "install the Debian package postgresql (scripts/install-deps-debian.sh) or set "
        "STEWARD_PG_BINDIR", 2)
    raise AssertionError  # unreachable


class Pg:
    """A throw-away PostgreSQL cluster inside the state dir: DIR/postgres/{data,run,postgres.log}.

    Loopback TCP on its own port (Synapse connects there with a password), unix socket in
    DIR/postgres/run (the harness's psql uses it, trusted). PostgreSQL refuses to run as root:
    then every server command runs as the `postgres` system user, which owns DIR/postgres."""

    def __init__(self, st: State):
        self.st = st
        self.root = st.dir / "postgres"
        self.data = self.root / "data"
        self.sock = self.root / "run"
        self.log = self.root / "postgres.log"
        self.info_file = st.dir / "database.json"  # port, password, version (mode 0600)

    # -- helpers
    @staticmethod
    def as_root() -> bool:
        return os.geteuid() == 0

    def _cmd(self, argv: list[str]) -> list[str]:
        return (["runuser", "-u", "postgres", "--"] + argv) if self.as_root() else argv

    def _run(self, argv: list[str], what: str, check: bool = True,
             **kw) -> subprocess.CompletedProcess:
        r = subprocess.run(self._cmd(argv), capture_output=True, text=True, **kw)
        if check and r.returncode != 0:
            die(f"{what} failed (exit {r.returncode}):\n{(r.stdout + r.stderr)[-3000:]}"
                f"\n{tail(self.log, 20)}")
        return r

    def info(self) -> dict | None:
        try:
            return json.loads(self.info_file.read_text())
        except (OSError, ValueError):
            return None

    def exists(self) -> bool:
        return (self.data / "PG_VERSION").exists() and self.info() is not None

    def running(self) -> bool:
        if not (self.data / "postmaster.pid").exists():
            return False
        r = subprocess.run(self._cmd([str(pg_bindir() / "pg_ctl"), "status", "-D", str(self.data)]),
                           capture_output=True, text=True)
        return r.returncode == 0

    def psql(self, sql: str, db: str = PG_DB, what: str = "psql",
             check: bool = True) -> str | None:
        """Run SQL (given on stdin, never on the command line) over the unix socket; its output
        (unaligned, tuples only), or None when it failed and check is False."""
        info = self.info() or {}
        argv = ["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", str(self.sock),
                "-p", str(info.get("port")), "-U", PG_ROLE, "-d", db, "-f", "-"]
        r = self._run(argv, what, check=check, input=sql, cwd="/")
        return r.stdout if r.returncode == 0 else None

    def description(self) -> str:
        info = self.info() or {}
        return f"postgresql {info.get('version', '?')}"

    def synapse_args(self) -> dict:
        info = self.info()
        return {"user": PG_ROLE, "password": info["password"], "dbname": PG_DB,
                "host": "127.0.0.1", "port": info["port"], "cp_min": 1, "cp_max": 10}

    # -- lifecycle
    def ensure_running(self) -> None:
        """Create the cluster and its database on first use; start it when it is not running."""
        bindir = pg_bindir()
        if self.root.exists() and not self.exists():
            self.remove()  # a half-made cluster from an interrupted start
        created = False
        if not self.exists():
            self.root.mkdir(mode=0o700)
            self.sock.mkdir(mode=0o700)
            if self.as_root():
                os.chmod(self.st.dir, 0o711)  # postgres must reach DIR/postgres (and nothing else)
                shutil.chown(self.root, "postgres", "postgres")
                shutil.chown(self.sock, "postgres", "postgres")
                if subprocess.run(self._cmd(["test", "-w", str(self.root)])).returncode != 0:
                    die(f"the postgres system user cannot reach {self.root} (PostgreSQL refuses "
                        "to run as root, so the cluster runs as postgres): use a state dir whose "
                        "parent directories everyone may enter, e.g. not under /root", 2)
            # "postgres (PostgreSQL) 15.20 (Debian 15.20-0+deb12u1)"
            r = subprocess.run([str(bindir / "postgres"), "--version"],
                               capture_output=True, text=True)
            m = re.search(r"\(PostgreSQL\) (\S+)", r.stdout)
            version = m.group(1) if m else "?"
            self._run([str(bindir / "initdb"), "-D", str(self.data), "-U", PG_ROLE, "-E", "UTF8",
                       "--locale=C", "--auth-local=trust", "--auth-host=scram-sha-256",
                       "--no-instructions"], "initdb", cwd="/")
            conf = ("\n# steward test harness: a throw-away cluster, durability not needed\n"
                    "listen_addresses = '127.0.0.1'\n"
                    f"unix_socket_directories = '{self.sock}'\n"
                    "fsync = off\nsynchronous_commit = off\nfull_page_writes = off\n"
                    "max_connections = 50\n")
            subprocess.run(self._cmd(["tee", "-a", str(self.data / "postgresql.conf")]),
                           input=conf, text=True, stdout=subprocess.DEVNULL, check=True)
            write_private(self.info_file, json.dumps(
                {"backend": "postgresql", "version": version, "port": 0,
                 "password": secrets.token_urlsafe(24)}) + "\n")
            created = True
        info = self.info()
        if not self.running():
            port = info["port"] if info["port"] and port_free(info["port"]) else pick_port()
            info["port"] = port
            write_private(self.info_file, json.dumps(info) + "\n")
            self._run([str(bindir / "pg_ctl"), "start", "-D", str(self.data), "-l", str(self.log),
                       "-w", "-t", "60", "-o", f"-p {port}"], "pg_ctl start", cwd="/")
        if created:
            # The password goes over stdin, never on a command line; C collation as Synapse
            # requires.
            self.psql(f"ALTER ROLE {PG_ROLE} PASSWORD '{info['password']}';\n"
                      f"CREATE DATABASE {PG_DB} ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C' "
                      "TEMPLATE template0;\n", db="postgres", what="creating the database")
        log(f"postgresql {info['version']} cluster {'created' if created else 'running'} in "
            f"{self.root} (127.0.0.1:{info['port']})")

    def stop(self) -> bool:
        if not self.data.exists() or not self.running():
            return False
        self._run([str(pg_bindir() / "pg_ctl"), "stop", "-D", str(self.data), "-m", "fast",
                   "-w", "-t", "60"], "pg_ctl stop", cwd="/")
        return True

    def remove(self) -> None:
        """Stop the cluster (if running) and delete it."""
        if self.data.exists():
            with contextlib.suppress(SystemExit):
                self.stop()
        shutil.rmtree(self.root, ignore_errors=True)
        with contextlib.suppress(FileNotFoundError):
            self.info_file.unlink()


def backend_of(st: State) -> str:
    """'postgres' when the state dir has a cluster, else 'sqlite'."""
    return "postgres" if Pg(st).exists() else "sqlite"


def backend_description(st: State) -> str:
    if backend_of(st) == "postgres":
        return Pg(st).description()
    import sqlite3
    return f"sqlite {sqlite3.sqlite_version}"


# ---------------------------------------------------------------------- config

def rate_limit_overrides() -> dict:
    """Every rc_* knob Synapse 1.163 reads (synapse/config/ratelimiting.py), raised."""
    h = dict(HIGH_RATE)
    return {
        "rc_message": h,
        "rc_registration": h,
        "rc_registration_token_validity": h,
        "rc_login": {"address": h, "account": h, "failed_attempts": h},
        "rc_admin_redaction": h,
        "rc_joins": {"local": h, "remote": h},
        "rc_joins_per_room": h,
        "rc_key_requests": h,
        "rc_3pid_validation": h,
        "rc_invites": {"per_room": h, "per_user": h, "per_issuer": h},
        "rc_third_party_invite": h,
        "rc_media_create": h,
        "rc_presence": {"per_user": h},
        "rc_delayed_event_mgmt": h,
        "rc_room_creation": h,
        "rc_reports": h,
        "rc_user_directory": h,
        "rc_profile": h,
        "rc_federation": {
            "window_size": 1000,
            "sleep_limit": 10000,
            "sleep_delay": 1,
            "reject_limit": 100000,
            "concurrent": 100,
        },
    }


def write_log_config(st: State) -> None:
    cfg = {
        "version": 1,
        "formatters": {
            "precise": {
                "format": "%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - "
                "%(request)s - %(message)s"
            }
        },
        "handlers": {
            "file": {
                "class": "logging.FileHandler",
                "formatter": "precise",
                "filename": str(st.log),
                "encoding": "utf8",
            }
        },
        "loggers": {"synapse.storage.SQL": {"level": "WARNING"}},
        "root": {"level": "WARNING", "handlers": ["file"]},
        "disable_existing_loggers": False,
    }
    st.log_config.write_text(json.dumps(cfg, indent=2) + "\n")  # JSON is YAML


def pending_background_updates(st: State) -> int | None:
    """Rows in background_updates, or None while the table cannot be read yet."""
    if backend_of(st) == "postgres":
        out = Pg(st).psql("SELECT COUNT(*) FROM background_updates;", check=False)
        return int(out) if out and out.strip().isdigit() else None
    import sqlite3
    try:
        con = sqlite3.connect(f"file:{st.dir / 'homeserver.db'}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT COUNT(*) FROM background_updates").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error:
        return None  # the table may not exist yet, or the database is busy


def wait_background_updates(st: State, timeout: float = 180.0) -> None:
    """Wait until Synapse has run every pending background update (table background_updates empty),
    so that no test races with a schema change still in progress."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < timeout:
        if pending_background_updates(st) == 0:
            log(f"background updates done after {time.monotonic() - t0:.1f} s")
            return
        time.sleep(0.5)
    log(f"warning: background updates still pending after {timeout:.0f} s")


def config_overrides(st: State, port: int, shared_secret: str) -> dict:
    o = {
        "pid_file": str(st.dir / "homeserver.pid"),
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client", "media"], "compress": False}],
            }
        ],
        "database": (
            {"name": "psycopg2", "args": Pg(st).synapse_args()}
            if backend_of(st) == "postgres"
            else {"name": "sqlite3", "args": {"database": str(st.dir / "homeserver.db")}}
        ),
        "media_store_path": str(st.dir / "media_store"),
        "log_config": str(st.log_config),
        "registration_shared_secret": shared_secret,
        "bcrypt_rounds": 4,
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        # Registration only with a registration token (tests register with one), and a server
        # notices user so server notices can be sent (issue 19).
        "enable_registration": True,
        "registration_requires_token": True,
        "server_notices": {"system_mxid_localpart": "notices",
                           "system_mxid_display_name": "Server Notices",
                           "room_name": "Server Notices"},
        "report_stats": False,
        "federation_domain_whitelist": [],
        "allow_public_rooms_over_federation": False,
        "url_preview_enabled": False,
        # The default ([] = deny) silently ignores createRoom visibility=public.
        "room_list_publication_rules": [{"action": "allow"}],
        "enable_media_repo": True,
        "max_upload_size": "50M",
        "presence": {"enabled": False},
        "require_auth_for_profile_requests": False,
        # Finish the schema's background updates quickly: until they are done some writes fail
        # (e.g. reactivating a user: the profiles upsert needs an index a background update adds).
        "background_updates": {"sleep_enabled": False, "min_batch_size": 10000,
                               "default_batch_size": 10000},
    }
    o.update(rate_limit_overrides())
    return o


MERGE_SCRIPT = r"""
import json, sys, yaml
gen, out = sys.argv[1], sys.argv[2]
with open(gen) as f:
    cfg = yaml.safe_load(f)
cfg.update(json.load(sys.stdin))
hdr = "# Generated by tests/synapse/synapsectl.py from generated.yaml; rewritten on every start.\n"
with open(out, "w") as f:
    f.write(hdr)
    yaml.safe_dump(cfg, f, sort_keys=False, allow_unicode=True)
"""


def write_config(st: State, venv: Path, server_name: str, port: int, shared_secret: str,
                 extra: dict | None = None) -> None:
    py = str(venv_python(venv))
    if not st.generated.exists():
        r = subprocess.run(
            [py, "-m", "synapse.app.homeserver", "--server-name", server_name,
             "-c", str(st.generated), "--generate-config", "--report-stats=no",
             "--config-directory", str(st.dir), "--data-directory", str(st.dir)],
            capture_output=True, text=True, cwd=str(st.dir),
        )
        if r.returncode != 0:
            die("synapse --generate-config failed:\n" + r.stdout[-2000:] + r.stderr[-2000:])
        os.chmod(st.generated, 0o600)
    write_log_config(st)
    o = config_overrides(st, port, shared_secret)
    o.update(extra or {})
    overrides = json.dumps(o)
    fd = os.open(st.config, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.close(fd)
    os.chmod(st.config, 0o600)
    r = subprocess.run([py, "-c", MERGE_SCRIPT, str(st.generated), str(st.config)],
                       input=overrides, capture_output=True, text=True)
    if r.returncode != 0:
        die("could not write homeserver.yaml:\n" + r.stderr[-2000:])


def generated_server_name(st: State) -> str | None:
    try:
        for line in st.generated.read_text().splitlines():
            if line.startswith("server_name:"):
                return line.split(":", 1)[1].strip().strip("\"'")
    except OSError:
        pass
    return None


# ------------------------------------------------------------------- processes

def stop_server(st: State, quiet: bool = False) -> bool:
    pid = st.read_pid()
    stopped = False
    if pid_is_ours(pid, st):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline and pid_is_ours(pid, st):
            time.sleep(0.2)
        if pid_is_ours(pid, st):
            log(f"synapse (pid {pid}) ignored SIGTERM for 20 s; sending SIGKILL")
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            deadline = time.monotonic() + 10
            while time.monotonic() < deadline and pid_is_ours(pid, st):
                time.sleep(0.1)
        stopped = True
        if not quiet:
            log(f"stopped synapse (pid {pid})")
    elif not quiet:
        log("no synapse running for this state dir")
    with contextlib.suppress(FileNotFoundError):
        st.pidfile.unlink()
    return stopped


def launch(st: State, venv: Path, base_url: str) -> int:
    with open(st.out, "ab") as out:
        proc = subprocess.Popen(
            [str(venv_python(venv)), "-m", "synapse.app.homeserver", "-c", str(st.config)],
            cwd=str(st.dir), stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True, close_fds=True,
        )
    st.pidfile.write_text(f"{proc.pid}\n")
    deadline = time.monotonic() + HEALTH_TIMEOUT
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            log(f"synapse exited with status {proc.returncode} during startup")
            print(tail(st.out), file=sys.stderr)
            print(tail(st.log), file=sys.stderr)
            with contextlib.suppress(FileNotFoundError):
                st.pidfile.unlink()
            sys.exit(1)
        if health_ok(base_url, timeout=2):
            return proc.pid
        time.sleep(0.25)
    log(f"synapse did not become healthy within {HEALTH_TIMEOUT:.0f} s; killing it")
    print(tail(st.out), file=sys.stderr)
    print(tail(st.log), file=sys.stderr)
    stop_server(st, quiet=True)
    sys.exit(1)


# ---------------------------------------------------------------- accounts

def shared_secret_register(api: Api, secret: str, localpart: str, password: str,
                           admin: bool) -> dict:
    _, r = api.call("GET", "/_synapse/admin/v1/register", token=None)
    nonce = r["nonce"]
    mac = hmac.new(secret.encode(), digestmod=hashlib.sha1)
    mac.update(b"\x00".join([nonce.encode(), localpart.encode(), password.encode(),
                             b"admin" if admin else b"notadmin"]))
    body = {"nonce": nonce, "username": localpart, "password": password,
            "admin": admin, "mac": mac.hexdigest()}
    _, r = api.call("POST", "/_synapse/admin/v1/register", body, token=None)
    return r


def token_valid(api: Api, token: str | None, user_id: str | None) -> bool:
    if not token or not user_id:
        return False
    status, r = api.request("GET", "/_matrix/client/v3/account/whoami", token=token)
    return status == 200 and r.get("user_id") == user_id


def password_login(api: Api, user_id: str, password: str) -> str:
    body = {"type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user_id},
            "password": password, "initial_device_display_name": "steward-test-harness"}
    _, r = api.call("POST", "/_matrix/client/v3/login", body, token=None)
    return r["access_token"]


def ensure_accounts(api: Api, st: State, server_name: str, secret: str, old: dict | None) -> dict:
    creds = {}
    old = old or {}
    for role, localpart, admin in (("admin", ADMIN_LOCALPART, True), ("user", USER_LOCALPART, False)):
        user_id = f"@{localpart}:{server_name}"
        tok, pw = old.get(f"{role}_token"), old.get(f"{role}_password")
        old_id = old.get("admin_user_id" if role == "admin" else "user_id")
        if old_id == user_id and pw:
            if not token_valid(api, tok, user_id):
                try:
                    tok = password_login(api, user_id, pw)
                except ApiError as e:
                    if e.status in (403, 404):  # user vanished (e.g. DB wiped): register again
                        tok = None
                    else:
                        raise
            if tok:
                creds[role] = (user_id, tok, pw)
                continue
        pw = secrets.token_urlsafe(18)
        try:
            r = shared_secret_register(api, secret, localpart, pw, admin)
        except ApiError as e:
            if e.errcode == "M_USER_IN_USE":
                die(f"{user_id} exists but its password is not in {st.server_json}; "
                    "restart with --fresh to recreate the state dir")
            raise
        creds[role] = (r["user_id"], r["access_token"], pw)
    return {
        "admin_user_id": creds["admin"][0], "admin_token": creds["admin"][1],
        "admin_password": creds["admin"][2],
        "user_id": creds["user"][0], "user_token": creds["user"][1],
        "user_password": creds["user"][2],
    }


# ------------------------------------------------------------ MAS stand-in

def mas_pid_is_ours(pid: int | None, st: State) -> bool:
    try:
        args = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0") if pid else []
    except OSError:
        return False
    args = [a.decode(errors="replace") for a in args]
    return any(a.endswith("mas_standin.py") for a in args) and str(st.dir) in args


def mas_stop(st: State, quiet: bool = False) -> None:
    pidfile = st.dir / "mas.pid"
    try:
        pid = int(pidfile.read_text().strip())
    except (OSError, ValueError):
        return
    if mas_pid_is_ours(pid, st):
        os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and mas_pid_is_ours(pid, st):
            with contextlib.suppress(ChildProcessError):
                os.waitpid(pid, os.WNOHANG)
            time.sleep(0.1)
        if not quiet:
            log(f"stopped the MAS stand-in (pid {pid})")
    with contextlib.suppress(FileNotFoundError):
        pidfile.unlink()


def mas_launch(st: State, synapse_port: int, server_name: str) -> dict:
    """Start the MAS stand-in for this state dir; the Synapse config overrides that use it."""
    mas_stop(st, quiet=True)
    secret_file = st.dir / "mas_secret"
    if not secret_file.exists():
        write_private(secret_file, secrets.token_urlsafe(32) + "\n")
    secret = secret_file.read_text().strip()
    port = pick_port()
    url = f"http://127.0.0.1:{port}/"
    with open(st.dir / "mas.out", "ab") as out:
        proc = subprocess.Popen(
            [sys.executable, str(HERE / "mas_standin.py"), "--port", str(port), "--issuer", url,
             "--synapse-url", f"http://127.0.0.1:{synapse_port}", "--secret-file",
             str(secret_file), "--server-name", server_name, "--state-dir", str(st.dir)],
            stdin=subprocess.DEVNULL, stdout=out, stderr=subprocess.STDOUT,
            start_new_session=True, close_fds=True)
    (st.dir / "mas.pid").write_text(f"{proc.pid}\n")
    import urllib.request
    deadline = time.monotonic() + 30
    while True:
        try:
            with urllib.request.urlopen(url + "health", timeout=2):
                break
        except Exception:
            if proc.poll() is not None or time.monotonic() > deadline:
                print(tail(st.dir / "mas.out"), file=sys.stderr)
                die("the MAS stand-in did not start")
            time.sleep(0.1)
    log(f"MAS stand-in at {url} (pid {proc.pid})")
    write_private(st.dir / "mas.json", json.dumps({"url": url, "secret": secret}) + "\n")
    # Registration belongs to MAS: Synapse refuses to start with its own registration enabled.
    return {"matrix_authentication_service": {"enabled": True, "endpoint": url, "secret": secret},
            "password_config": {"enabled": False},
            "enable_registration": False, "registration_requires_token": False}


def mas_accounts(st: State, server_name: str) -> dict:
    """The harness accounts, made through the stand-in as mas-cli would: the admin may request
    admin scopes and gets a compatibility token with urn:synapse:admin:*; the user does not."""
    info = json.loads((st.dir / "mas.json").read_text())
    mas = Api(info["url"].rstrip("/"), info["secret"])
    creds = {"mas": info}
    for role, localpart, admin in (("admin", ADMIN_LOCALPART, True), ("user", USER_LOCALPART, False)):
        pw = secrets.token_urlsafe(18)
        _, r = mas.call("POST", "/_standin/users",
                        {"username": localpart, "password": pw, "admin": admin})
        _, t = mas.call("POST", "/_standin/compat-token",
                        {"username": localpart, "synapse_admin": admin})
        creds.update({("admin_user_id" if admin else "user_id"): r["user_id"],
                      f"{role}_token": t["access_token"], f"{role}_password": pw})
    return creds


def mas_selfcheck(sj: dict, check) -> None:
    api = Api(sj["base_url"])
    s, r = api.request("GET", "/_matrix/client/v1/auth_metadata", token=None)
    check(s == 200 and r.get("issuer") == sj["mas"]["url"], f"auth_metadata names the stand-in "
          f"(HTTP {s}, issuer {r.get('issuer')})")
    for role, tok, uid in (("admin", sj["admin_token"], sj["admin_user_id"]),
                           ("user", sj["user_token"], sj["user_id"])):
        s, r = api.request("GET", "/_matrix/client/v3/account/whoami", token=tok)
        check(s == 200 and r.get("user_id") == uid, f"whoami with {role} token is {uid} (HTTP {s})")
    own = f"/_synapse/admin/v2/users/{q(sj['admin_user_id'])}"
    s, _ = api.request("GET", own, token=sj["admin_token"])
    check(s == 200, f"admin-scoped token reads v2/users/<own id> (HTTP {s})")
    s, _ = api.request("GET", own, token=sj["user_token"])
    check(s == 403, f"token without urn:synapse:admin:* is refused (HTTP {s})")
    s, _ = api.request("GET", f"/_synapse/admin/v1/users/{q(sj['admin_user_id'])}/admin",
                       token=sj["admin_token"])
    check(s == 404, f"users/<id>/admin is not registered under MAS (HTTP {s})")
    s, _ = api.request("GET", "/_synapse/admin/v2/users", token=sj["admin_token"])
    check(s == 400, f"v2/users without guests=false is refused under MAS (HTTP {s})")
    s, _ = api.request("GET", "/_synapse/admin/v2/users", query={"guests": "false"},
                       token=sj["admin_token"])
    check(s == 200, f"v2/users?guests=false works (HTTP {s})")


# ---------------------------------------------------------------- commands

def cmd_ensure_venv(args) -> int:
    print(ensure_venv())
    return 0


def running_base_url(st: State) -> str | None:
    """Base URL of a healthy Synapse for this dir, or None."""
    sj = st.read_server_json()
    if not sj or not pid_is_ours(st.read_pid(), st):
        return None
    return sj["base_url"] if health_ok(sj["base_url"]) else None


def check_backend(st: State, wanted: str) -> None:
    """A state dir keeps the backend it was made with; switching needs --fresh."""
    if wanted == "sqlite" and Pg(st).root.exists():
        die(f"{st.dir} holds a PostgreSQL cluster; use --database postgres, or --fresh to start "
            "over on SQLite", 2)
    if wanted == "postgres" and (st.dir / "homeserver.db").exists():
        die(f"{st.dir} holds a SQLite database; use --database sqlite, or --fresh to start over "
            "on PostgreSQL", 2)


def stop_all(st: State, quiet: bool = False) -> None:
    """Stop Synapse, then stop and delete the state dir's PostgreSQL cluster (if any)."""
    stop_server(st, quiet=quiet)
    mas_stop(st, quiet=quiet)
    pg = Pg(st)
    if pg.root.exists():
        pg.remove()
        if not quiet:
            log(f"stopped and removed the postgresql cluster in {pg.root}")


def cmd_start(args) -> int:
    st = State(args.state_dir)
    if args.fresh and st.dir.exists():
        if any(st.dir.iterdir()) and not st.marker.exists():
            die(f"refusing to wipe {st.dir}: it is not a synapsectl state dir")
        stop_all(st, quiet=True)
        shutil.rmtree(st.dir)
    if args.mas and args.seed != "none":
        die("--mas supports only --seed none (the seed registers users with a shared secret, "
            "which a server delegating to MAS does not offer)", 2)
    st.dir.mkdir(parents=True, exist_ok=True)
    # 0711 when root runs a cluster in it: the postgres user must reach DIR/postgres.
    os.chmod(st.dir, 0o711 if Pg.as_root() and Pg(st).root.exists() else 0o700)
    st.marker.touch()
    check_backend(st, args.database)

    old = st.read_server_json()
    base_url = running_base_url(st)
    launched = False
    try:
        if base_url:
            log(f"reusing running synapse at {base_url} (pid {st.read_pid()})")
            sj = dict(old)
            if sj.get("mas"):
                sj.update(mas_accounts(st, sj["server_name"]))  # the stand-in's memory may be new
            api = Api(base_url, sj["admin_token"])
            if not token_valid(api, sj.get("admin_token"), sj.get("admin_user_id")):
                sj["admin_token"] = password_login(api, sj["admin_user_id"], sj["admin_password"])
            if not token_valid(api, sj.get("user_token"), sj.get("user_id")):
                sj["user_token"] = password_login(api, sj["user_id"], sj["user_password"])
            sj["database"] = backend_description(st)
            st.write_server_json(sj)
        else:
            if st.read_pid() is not None:  # alive but unhealthy, or stale pid file
                stop_server(st, quiet=True)
            venv = ensure_venv()
            server_name = generated_server_name(st) or args.server_name
            if server_name != args.server_name:
                log(f"state dir was generated for server name {server_name}; keeping it")
            port = args.port or configured_port(st)
            if not port or not port_free(port):
                port = pick_port()
            base_url = f"http://127.0.0.1:{port}"
            secret = secrets.token_urlsafe(32)
            if args.database == "postgres":
                reused = Pg(st).exists()
                launched = True  # from here on a failure removes what was started
                Pg(st).ensure_running()
            else:
                reused = (st.dir / "homeserver.db").exists()
            extra = mas_launch(st, port, server_name) if args.mas else None
            write_config(st, venv, server_name, port, secret, extra)
            t0 = time.monotonic()
            launched = True
            pid = launch(st, venv, base_url)
            log(f"synapse {'restarted on existing data' if reused else 'started'} at {base_url} "
                f"(pid {pid}, healthy after {time.monotonic() - t0:.1f} s)")
            wait_background_updates(st)
        log(f"backend: {backend_description(st)}")
        if launched:
            creds = (mas_accounts(st, server_name) if args.mas else
                     ensure_accounts(Api(base_url), st, server_name, secret, old))
            sj = {"base_url": base_url, "server_name": server_name, **creds, "pid": pid,
                  "database": backend_description(st),
                  "seed": (old or {}).get("seed") if reused else None,
                  "bigseed": (old or {}).get("bigseed") if reused else None}
            st.write_server_json(sj)
        if args.seed != "none":
            prev = sj.get("seed") or {}
            if prev.get("profile") == args.seed and prev.get("complete"):
                log(f"seed profile '{args.seed}' already applied; run `seed` to re-apply")
            else:
                run_seed(st, sj, args.seed)
                sj = st.read_server_json()
        if args.bigseed_users or args.bigseed_rooms:
            run_bigseed(st, args.bigseed_users, args.bigseed_rooms)
            sj = st.read_server_json()
    except BaseException:
        if launched:  # do not leave a half-set-up server (or cluster) behind
            log("start failed; stopping what it launched")
            stop_all(st, quiet=True)
        raise
    m = sj.get("seed") or {}
    summary = (f"seed={m.get('profile')}, {m.get('total_users')} users, "
               f"{m.get('total_rooms')} rooms" if m else "not seeded")
    b = sj.get("bigseed") or {}
    if b:
        summary += f"; bigseed {b.get('users')} users, {b.get('rooms')} rooms"
    print(sj["base_url"])
    log(f"ready: {sj['base_url']} server_name={sj['server_name']} backend={sj['database']} "
        f"{summary}; credentials in {st.server_json}")
    return 0


def run_seed(st: State, sj: dict, profile: str) -> None:
    t0 = time.monotonic()
    manifest = seedmod.seed(sj, profile, log=log)
    manifest["seconds"] = round(time.monotonic() - t0, 1)
    manifest["complete"] = True
    sj = st.read_server_json()
    sj["seed"] = manifest
    st.write_server_json(sj)
    log(f"seeded profile '{profile}' in {manifest['seconds']} s")


def require_running(st: State) -> dict:
    sj = st.read_server_json()
    if not sj or not running_base_url(st):
        die(f"no healthy synapse running for {st.dir}; use `start` first")
    return sj


def cmd_seed(args) -> int:
    st = State(args.state_dir)
    sj = require_running(st)
    run_seed(st, sj, args.profile)
    return 0


def run_bigseed(st: State, users: int, rooms: int) -> None:
    """Stop Synapse, write the synthetic users/rooms into its database with bigseed.py (run by the
    venv's python, which has psycopg2), start Synapse again on the same config."""
    if users < 0 or rooms < 0:
        die("--bigseed-users/--bigseed-rooms (bigseed --users/--rooms) must be >= 0", 2)
    sj = require_running(st)
    venv = ensure_venv()
    stop_server(st, quiet=True)
    cmd = [str(venv_python(venv)), str(HERE / "bigseed.py"), "--server-name", sj["server_name"],
           "--users", str(users), "--rooms", str(rooms), "--creator", sj["admin_user_id"]]
    if backend_of(st) == "postgres":
        cmd += ["--postgres", str(Pg(st).info_file)]
    else:
        cmd += ["--sqlite", str(st.dir / "homeserver.db")]
    t0 = time.monotonic()
    r = subprocess.run(cmd, stdout=subprocess.PIPE, text=True)
    if r.returncode != 0:
        die(f"bigseed.py failed (exit {r.returncode}); synapse is stopped, restart it with `start`")
    manifest = json.loads(r.stdout)
    manifest["seconds"] = round(time.monotonic() - t0, 1)
    manifest["room_batches"] = (sj.get("bigseed") or {}).get("room_batches", []) + \
        manifest["room_batches"]
    base_url = sj["base_url"]
    t1 = time.monotonic()
    pid = launch(st, venv, base_url)
    wait_background_updates(st)
    log(f"synapse restarted at {base_url} (pid {pid}, healthy after "
        f"{time.monotonic() - t1:.1f} s)")
    sj = st.read_server_json()
    sj["pid"] = pid
    sj["bigseed"] = manifest
    st.write_server_json(sj)
    log(f"bigseed: {manifest['users']} users ({manifest['deactivated']} deactivated, "
        f"{manifest['admins']} admins), {manifest['rooms']} rooms written in "
        f"{manifest['seconds']} s")


def cmd_bigseed(args) -> int:
    run_bigseed(State(args.state_dir), args.users, args.rooms)
    return 0


def cmd_status(args) -> int:
    st = State(args.state_dir)
    base_url = running_base_url(st)
    if base_url:
        print(f"running: {base_url} (pid {st.read_pid()})")
        return 0
    print("not running")
    return 1


def cmd_stop(args) -> int:
    stop_all(State(args.state_dir))
    return 0


def cmd_selfcheck(args) -> int:
    st = State(args.state_dir)
    failures: list[str] = []

    def check(ok: bool, what: str) -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {what}")
        if not ok:
            failures.append(what)

    sj = st.read_server_json()
    check(sj is not None, f"{st.server_json} exists and is JSON")
    if sj is None:
        return 1
    mode = stat.S_IMODE(st.server_json.stat().st_mode)
    check(mode == 0o600, f"server.json mode is 0600 (is {mode:o})")
    keys = ["base_url", "server_name", "admin_user_id", "admin_token", "admin_password",
            "user_id", "user_token", "user_password", "pid", "seed", "database"]
    missing = [k for k in keys if k not in sj]
    check(not missing, f"server.json has all keys (missing: {missing})")
    base = sj["base_url"]
    check(health_ok(base), f"GET {base}/health == OK")
    check(pid_is_ours(sj.get("pid"), st), "pid in server.json is the running synapse")
    if failures:
        print("selfcheck FAILED: " + "; ".join(failures))
        return 1
    if sj.get("mas"):
        mas_selfcheck(sj, check)
        print("selfcheck " + ("FAILED: " + "; ".join(failures) if failures else "passed"))
        return 1 if failures else 0
    api = Api(base)
    for role, tok, uid in (("admin", sj["admin_token"], sj["admin_user_id"]),
                           ("user", sj["user_token"], sj["user_id"])):
        s, r = api.request("GET", "/_matrix/client/v3/account/whoami", token=tok)
        check(s == 200 and r.get("user_id") == uid, f"whoami with {role} token is {uid}")
    s, r = api.request("GET", f"/_synapse/admin/v1/users/{q(sj['admin_user_id'])}/admin",
                       token=sj["admin_token"])
    check(s == 200 and r.get("admin") is True, "admin user is a server admin")
    s, r = api.request("GET", f"/_synapse/admin/v2/users/{q(sj['user_id'])}",
                       token=sj["admin_token"])
    check(s == 200 and r.get("admin") is False, "normal user is not a server admin")
    s, r = api.request("GET", f"/_synapse/admin/v1/users/{q(sj['user_id'])}/admin",
                       token=sj["user_token"])
    check(s == 403, f"admin API refuses the normal user (HTTP {s})")
    s, r = api.request("GET", "/_synapse/admin/v1/server_version", token=None)
    check(s == 200, f"server_version {r.get('server_version')}")
    check_backend_serves(st, sj, check)
    if sj.get("bigseed"):
        check_bigseed(api.with_token(sj["admin_token"]), sj, check)
    seed = sj.get("seed")
    if seed:
        total = seedmod.server_user_total(api.with_token(sj["admin_token"]))
        # Other tests add users to the shared server while this runs: the seed must all be there.
        check(total >= seed.get("total_users", 0),
              f"server reports {total} users, manifest says at least {seed.get('total_users')}")
        bad = []
        adm = api.with_token(sj["admin_token"])
        for alias, room_id in seed.get("rooms", {}).items():
            s, r = adm.request("GET", f"/_matrix/client/v3/directory/room/{q(alias)}")
            if s != 200 or r.get("room_id") != room_id:
                bad.append(alias)
        check(not bad, f"all {len(seed.get('rooms', {}))} seeded aliases resolve (bad: {bad})")
        if seed.get("profile") == "test":
            bad = []
            for localpart, name in seed["users"]["hostile"].items():
                uid = f"@{localpart}:{sj['server_name']}"
                s, r = adm.request("GET", f"/_synapse/admin/v2/users/{q(uid)}")
                if s != 200 or r.get("displayname") != name:
                    bad.append(localpart)
            check(not bad, f"hostile display names round-trip (bad: {bad})")
    else:
        print("note: server was started without a seed profile")
    print("selfcheck " + ("FAILED: " + "; ".join(failures) if failures else "passed"))
    return 1 if failures else 0


def check_backend_serves(st: State, sj: dict, check) -> None:
    """The backend server.json names is the one Synapse's config uses, and it holds the admin."""
    backend = backend_of(st)
    desc = backend_description(st)
    check(sj.get("database") == desc, f"backend: {desc} (server.json says {sj.get('database')})")
    uid = sj["admin_user_id"].replace("'", "''")
    sql = f"SELECT COUNT(*) FROM users WHERE name = '{uid}' AND admin = 1"
    if backend == "postgres":
        conf = st.config.read_text()
        check("name: psycopg2" in conf and f"port: {Pg(st).info()['port']}" in conf,
              "homeserver.yaml uses psycopg2 on the cluster's port")
        out = Pg(st).psql(sql + ";", check=False)
        n = int(out) if out and out.strip().isdigit() else -1
    else:
        import sqlite3
        con = sqlite3.connect(f"file:{st.dir / 'homeserver.db'}?mode=ro", uri=True, timeout=5)
        try:
            n = con.execute(sql).fetchone()[0]
        finally:
            con.close()
    check(n == 1, f"the {backend} database holds the admin account (rows: {n})")


def check_bigseed(adm: Api, sj: dict, check) -> None:
    """What the admin API reports equals what bigseed wrote (see bigseed.py for the rules)."""
    m = sj["bigseed"]
    hs = sj["server_name"]
    n_users, n_rooms = m["users"], m["rooms"]
    users = "/_synapse/admin/v2/users"

    def total(path: str, **query) -> int:
        _, r = adm.call("GET", path, query=dict(query, limit=1))
        return r.get("total", r.get("total_rooms", -1))

    bulk = {"user_id": m["user_prefix"]}
    t = total(users, deactivated="true", **bulk)
    check(t == n_users, f"bigseed: {t} bulk users listed incl. deactivated, seeded {n_users}")
    t = total(users, **bulk)
    check(t == n_users - m["deactivated"],
          f"bigseed: {t} active bulk users, expected {n_users} - {m['deactivated']} deactivated")
    t = total(users, admins="true", deactivated="true", **bulk)
    check(t == m["admins"], f"bigseed: {t} bulk admins, seeded {m['admins']}")
    t = total(users, deactivated="true")
    check(t >= n_users + 2, f"bigseed: server lists {t} users in all, >= {n_users} + 2 harness")
    for start in sorted({0, n_users // 2, max(n_users - 3, 0)}) if n_users else []:
        _, r = adm.call("GET", users,
                        query=dict(bulk, deactivated="true", limit=3, **{"from": start}))
        got = [(u["name"], u["displayname"], u["deactivated"], u["admin"]) for u in r["users"]]
        want = [(bigseedmod.user_id(i, hs), bigseedmod.displayname(i),
                 bigseedmod.is_deactivated(i), bigseedmod.is_admin(i))
                for i in range(start, min(start + 3, n_users))]
        check(got == want, f"bigseed: user page from {start} is {[g[0] for g in got]}")
    _, r = adm.call("GET", "/_synapse/admin/v1/rooms", query={"limit": 1})
    check(r["total_rooms"] >= n_rooms, f"bigseed: server lists {r['total_rooms']} rooms, "
          f">= {n_rooms} seeded")
    t = total("/_synapse/admin/v1/rooms", search_term="Bulk room")
    check(t == n_rooms, f"bigseed: {t} rooms named 'Bulk room …', seeded {n_rooms}")
    edges = {i for b in m["room_batches"] for i in (b[0], b[1] - 1)}  # first/last of each run
    for i in sorted({0, n_rooms // 2, n_rooms - 1} | edges) if n_rooms else []:
        rid = bigseedmod.room_id(i, hs)
        pool = next(b[2] for b in m["room_batches"] if b[0] <= i < b[1])
        want = bigseedmod.room_members(i, pool, sj["admin_user_id"], hs)
        s, r = adm.request("GET", f"/_synapse/admin/v1/rooms/{q(rid)}")
        check(s == 200 and r.get("name") == f"Bulk room {i}"
              and r.get("joined_members") == len(want),
              f"bigseed: room {i} details (HTTP {s}, {r.get('joined_members')} members)")
        s, r = adm.request("GET", f"/_synapse/admin/v1/rooms/{q(rid)}/members")
        check(s == 200 and sorted(r.get("members", [])) == sorted(want),
              f"bigseed: room {i} members are {want}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("ensure-venv", help="create/reuse the pinned Synapse virtualenv; print its path")
    s = sub.add_parser("start", help="start (or reuse) a Synapse for a state dir")
    s.add_argument("--state-dir", required=True)
    s.add_argument("--seed", choices=["none", "test", "demo"], default="none")
    s.add_argument("--server-name", default="steward.test")
    s.add_argument("--port", type=int, default=0, help="default: previous port if free, else any")
    s.add_argument("--fresh", action="store_true", help="stop and wipe the state dir first")
    s.add_argument("--database", choices=["sqlite", "postgres"], default="sqlite",
                   help="sqlite (default): a file in the state dir; postgres: a throw-away "
                   "cluster in the state dir, removed by `stop`")
    s.add_argument("--bigseed-users", type=int, default=0, metavar="N",
                   help="then write N synthetic users directly into the database (see bigseed)")
    s.add_argument("--bigseed-rooms", type=int, default=0, metavar="M",
                   help="then write M synthetic rooms directly into the database")
    s.add_argument("--mas", action="store_true",
                   help="delegate authentication to the MAS stand-in (mas_standin.py)")
    s = sub.add_parser("bigseed", help="stop synapse, write N users / M rooms directly into its "
                       "database, start it again (fast; for scale tests and benchmarks)")
    s.add_argument("--state-dir", required=True)
    s.add_argument("--users", type=int, default=0, metavar="N", help="total synthetic users")
    s.add_argument("--rooms", type=int, default=0, metavar="M", help="total synthetic rooms")
    s = sub.add_parser("seed", help="(re)apply a seed profile to a running server (idempotent)")
    s.add_argument("--state-dir", required=True)
    s.add_argument("--profile", choices=["test", "demo"], required=True)
    for name, hlp in (("stop", "stop the server (idempotent)"),
                      ("status", "exit 0 when running and healthy"),
                      ("selfcheck", "assert the fixture works (used by CTest)")):
        s = sub.add_parser(name, help=hlp)
        s.add_argument("--state-dir", required=True)
    args = p.parse_args(argv)
    handler = {
        "ensure-venv": cmd_ensure_venv, "start": cmd_start, "seed": cmd_seed,
        "bigseed": cmd_bigseed,
        "status": cmd_status, "stop": cmd_stop, "selfcheck": cmd_selfcheck,
    }[args.cmd]
    try:
        return handler(args)
    except ApiError as e:
        die(str(e))
    except OSError as e:
        die(f"{type(e).__name__}: {e}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
