"""Real servers for the office's tests and benchmarks: a throwaway PostgreSQL cluster on a
Unix socket, the collector (`broadcaster office serve`) in its own process, and nginx in
front of it. Each waits until it answers, and stops for good when asked."""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import functools
import glob
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import psycopg
from psycopg import sql

PORT_LOCKS = Path("/tmp/broadcaster-test-ports")
"""One place for every test run on the machine: run-tests.sh gives each run its own TMPDIR, and
locks under it did not stop a run beside CI (a helper's) from handing out the same port, so a
station enrolled at another run's collector (session fifteen's CI)."""
_held: list[int] = []
"""The lock files of the ports this process handed out, held open until it exits."""


def _lock_file(path: Path) -> int:
    """A descriptor to flock `path` by: a read-only one is enough, so a file another user made
    (0644) serves; made only if missing (O_CREAT on another user's file in a sticky folder is
    refused where fs.protected_regular is set)."""
    try:
        return os.open(path, os.O_RDONLY)
    except FileNotFoundError:
        return os.open(path, os.O_CREAT | os.O_RDONLY, 0o644)


def free_port() -> int:
    """A loopback port no other test process hands out while this one lives: a port is taken
    only with an exclusive lock on its file under PORT_LOCKS, held until the process exits,
    and only if nothing listens on it. A port the kernel picked for a bind to 0, then closed,
    could go to two workers at once: the second server failed to bind while its readiness
    check found the first listening, and CI saw a station enrol at another test's collector.
    Below the kernel's ephemeral ports, so a bind to 0 elsewhere never takes one."""
    PORT_LOCKS.mkdir(exist_ok=True)
    if PORT_LOCKS.stat().st_uid == os.getuid():
        PORT_LOCKS.chmod(0o1777)  # shared by every user's runs, as /tmp is (review16 #7)
    for _ in range(2000):
        port = random.randrange(20000, 32000)
        try:
            fd = _lock_file(PORT_LOCKS / str(port))
        except OSError:  # another user's file this user cannot read
            continue
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            with socket.socket() as s:
                s.bind(("127.0.0.1", port))
        except OSError:  # another process holds it, or something listens there
            os.close(fd)
            continue
        _held.append(fd)
        return port
    raise RuntimeError("no free loopback port between 20000 and 32000")


PATIENCE = 90.0
"""Seconds a test waits for what another process does before it calls that process broken.
A deadline, not a sleep: a passing test waits only as long as the thing takes. On 2 loaded
cores a refusal's trip from a daemon through the office took over 30 s (the first run of
session nineteen failed there), so 30 s was a flake, not a check."""


def wait_until(ready: Callable[[], object], what: str,
               process: subprocess.Popen[Any] | None = None,
               timeout: float = PATIENCE) -> None:  # fmt: skip
    """Poll `ready()` until true; fail with `what` if the deadline passes or the process dies."""
    deadline = time.monotonic() + timeout
    while not ready():
        if time.monotonic() > deadline or (process and process.poll() is not None):
            raise RuntimeError(f"{what}: not there after {timeout:.0f} s")
        threading.Event().wait(0.05)


WARM = """
import json, os, runpy, sys
import cli, {modules}
{warm_up}
order = sys.stdin.readline()
if not order:
    sys.exit(0)  # the test process ended without needing it
order = json.loads(order)
if order["log"]:
    log = os.open(order["log"], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
    os.dup2(log, 1)
    os.dup2(log, 2)
exec(order["first"])
sys.argv = ["cli", *order["argv"]]
runpy.run_module("cli", run_name="__main__", alter_sys=True)
"""
"""A Python process that imports the CLI and `modules` (and runs `warm_up`), then reads one
line, its order: the command's arguments, where its output goes and a test's hook run before
it (`warm_cli`)."""

_spares: dict[tuple[Any, ...], subprocess.Popen[str]] = {}
"""Per kind of process (modules, environment, output), the one importing for the next start."""


def warm_cli(modules: str, argv: list[str], env: dict[str, str], *, log: Path | None = None,
             first: str = "", new_session: bool = False,
             warm_up: str = "") -> subprocess.Popen[str]:  # fmt: skip
    """`python -m cli ARGV` started from a process that imported `modules` while the test ran:
    its output to `log` (appended), else a text pipe (stdout and stderr). Importing is ~2 s of
    a start on a loaded machine (~70 collectors and ~100 daemons in the emergency tests);
    none of them tests its own start-up time. `warm_up`: Python run after the imports, before
    the order comes (what a first use would build: the reader's patterns). The next one of the
    kind starts importing now."""
    env = {k: v for k, v in env.items() if k != "PYTEST_CURRENT_TEST"}  # the test's name
    kind = (modules, tuple(sorted(env.items())), log is None, new_session, os.getcwd(), warm_up)
    process = _spares.pop(kind, None)
    if process is None or process.poll() is not None:
        process = _spare(kind)
    _spares[kind] = _spare(kind)
    assert process.stdin
    order = {"argv": argv, "log": str(log) if log else "", "first": first}
    process.stdin.write(json.dumps(order) + "\n")
    process.stdin.close()
    return process


def _spare(kind: tuple[Any, ...]) -> subprocess.Popen[str]:
    modules, env, piped, new_session, _cwd, warm_up = kind
    return subprocess.Popen(
        [sys.executable, "-c", WARM.format(modules=modules, warm_up=warm_up)], env=dict(env),
        text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE if piped else subprocess.DEVNULL,
        stderr=subprocess.STDOUT if piped else None, start_new_session=new_session,
    )  # fmt: skip


def accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


@functools.cache
def _initdb(bin_dir: Path, as_owner: tuple[str, ...]) -> Path:
    """A cluster's data folder made by initdb once per process and copied for each server:
    initdb writes the same files each time, and took 2 to 4 s of a server's start loaded."""
    folder = Path(tempfile.mkdtemp(prefix="broadcaster-pg-initdb-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    if as_owner:
        shutil.chown(folder, "postgres", "postgres")
    subprocess.run([*as_owner, str(bin_dir / "initdb"), "-D", str(folder / "data"), "-A", "trust",
                    "-U", "postgres", "-E", "UTF8", "--no-sync"],
                   check=True, capture_output=True)  # fmt: skip
    return folder / "data"


class Postgres:
    """initdb + pg_ctl on a temporary folder, as the postgres user (initdb refuses root)."""

    def __init__(self, durable: bool = False) -> None:
        found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
        if not found:
            raise RuntimeError("PostgreSQL is not installed (scripts/setup.sh --test)")
        self.bin = Path(found[-1]).parent
        self.dir = Path(tempfile.mkdtemp(prefix="broadcaster-pg-"))
        self.as_owner = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_owner:
            shutil.chown(self.dir, "postgres", "postgres")
        made = _initdb(self.bin, tuple(self.as_owner))
        subprocess.run([*self.as_owner, "cp", "-a", str(made), str(self.dir / "data")],
                       check=True, capture_output=True)  # fmt: skip
        options = f"-k {self.dir} -c listen_addresses='' -c max_connections=200"
        if not durable:  # tests: nothing here must survive a power cut
            options += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        self.options = options
        self.resume()
        self._made = 0

    def pause(self) -> None:
        """Stop the server as a restart or a crash does, keeping its data (`resume`)."""
        subprocess.run([*self.as_owner, str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"),
                        "-w", "-m", "fast", "stop"], check=True, capture_output=True)  # fmt: skip

    def resume(self) -> None:
        subprocess.run([*self.as_owner, str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"),
                        "-w", "-l", str(self.dir / "log"), "-o", self.options, "start"],
                       check=True, capture_output=True)  # fmt: skip

    def dsn(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@/{database}?host={self.dir}"

    def new_database(self) -> str:
        """A fresh, empty database; returns its DSN."""
        self._made += 1
        name = f"office{self._made}_{os.getpid()}"
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        return self.dsn(name)

    def new_office(self) -> str:
        """A fresh office database, its schema up to date, with a challenge secret of its own:
        a copy of one migrated once per server (CREATE DATABASE … TEMPLATE copies its files;
        migrating an empty one is 20 transactions, ~0.3 s idle and over 1 s loaded)."""
        from office.db import MIGRATIONS, open_office

        secret = next(step for step in MIGRATIONS if "'challenge_secret'" in step)
        template = f"office_template_{os.getpid()}"
        with psycopg.connect(self.dsn(), autocommit=True) as conn:
            if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                                [template]).fetchone():  # fmt: skip
                conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(template)))
                with open_office(self.dsn(template)) as office:
                    office.execute("DELETE FROM settings WHERE key = 'challenge_secret'")
            self._made += 1
            name = f"office{self._made}_{os.getpid()}"
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                sql.Identifier(name), sql.Identifier(template)))  # fmt: skip
        with psycopg.connect(self.dsn(name), autocommit=True) as office:
            office.execute(secret)  # each office's own, as its migration made it
        return self.dsn(name)

    def stop(self) -> None:
        subprocess.run([*self.as_owner, str(self.bin / "pg_ctl"), "-D", str(self.dir / "data"),
                        "-m", "immediate", "stop"], capture_output=True)  # fmt: skip
        shutil.rmtree(self.dir, ignore_errors=True)


class BlackHole:
    """A database host in front of a `Postgres` (a TCP relay to its Unix socket) that can go
    dark: `dark()` cuts the connections made through it and parks every new one (accepted,
    never read, never answered, never closed: a host gone from the network); `light()`
    relays again, the parked ones staying parked. A listening socket is reliable offline,
    where a non-routable address is refused at once when the machine has no route at all."""

    def __init__(self, postgres: Postgres) -> None:
        self.target = str(postgres.dir / ".s.PGSQL.5432")
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self.listener.getsockname()[1])
        self.parked: list[socket.socket] = []
        self._open: list[socket.socket] = []
        self._dark = False
        self._lock = threading.Lock()
        threading.Thread(target=self._accept, name="black-hole", daemon=True).start()

    def dsn(self, database: str) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def dark(self) -> None:
        with self._lock:
            self._dark = True
            for end in self._open:
                _cut(end)
            self._open.clear()

    def light(self) -> None:
        with self._lock:
            self._dark = False

    def close(self) -> None:
        self.listener.close()
        self.dark()
        for end in self.parked:
            end.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return  # closed
            with self._lock:
                if self._dark:
                    self.parked.append(client)
                    continue
                server = socket.socket(socket.AF_UNIX)
                server.connect(self.target)
                self._open += [client, server]
            for source, sink in ((client, server), (server, client)):
                threading.Thread(target=_relay, args=(source, sink), daemon=True).start()


def _relay(source: socket.socket, sink: socket.socket) -> None:
    try:
        while data := source.recv(65536):
            sink.sendall(data)
    except OSError:
        pass  # cut
    _cut(source)
    _cut(sink)


def _cut(end: socket.socket) -> None:
    with contextlib.suppress(OSError):  # cut already
        end.shutdown(socket.SHUT_RDWR)


class ServerProcess:
    """A server in a process of its own: killed outright, or stopped."""

    process: subprocess.Popen[Any] | None = None

    @property
    def pid(self) -> int:
        assert self.process, "the server is not running"
        return self.process.pid

    def kill(self) -> None:
        """kill -9: whatever it was doing is cut off, nothing more is saved."""
        assert self.process
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def start_nginx(work: Path, port: int, http: str) -> subprocess.Popen[bytes]:
    """nginx in `work` with the `http` block's sites, once it accepts on `port`."""
    (work / "nginx.conf").write_text(f"""
        daemon off; worker_processes 1; user root; pid {work}/nginx.pid;
        error_log {work}/nginx-error.log;
        events {{ worker_connections 256; }}
        http {{
            access_log off;
            client_body_temp_path {work}/body; proxy_temp_path {work}/proxy;
            fastcgi_temp_path {work}/fcgi; uwsgi_temp_path {work}/uwsgi;
            scgi_temp_path {work}/scgi;
            {http}
        }}""")
    nginx = subprocess.Popen(["nginx", "-p", str(work), "-c", str(work / "nginx.conf"),
                              "-e", str(work / "nginx-error.log")])  # fmt: skip
    wait_until(lambda: accepts(port), "nginx", nginx)
    return nginx


class Collector(ServerProcess):
    """`broadcaster office serve` in a subprocess, and nginx proxying to it: the station's
    address is `url` (nginx); `direct` is the collector itself."""

    def __init__(self, dsn: str, work: Path, threads: int = 4, signs: tuple[str, ...] = (),
                 first: str = "") -> None:  # fmt: skip
        """`first`: as for `start`, for its first start (a restart costs a second one)."""
        self.dsn, self.work, self.threads = dsn, work, threads
        self.signs = signs
        """--keys and --repo: the cancels asked for from the console are signed with them."""
        self.port, self.front = free_port(), free_port()
        self.url, self.direct = f"http://127.0.0.1:{self.front}", f"http://127.0.0.1:{self.port}"
        work.mkdir(parents=True, exist_ok=True)
        self.process: subprocess.Popen[Any] | None = None
        self.start(first)
        self.nginx = start_nginx(
            work,
            self.front,
            f"""
            client_max_body_size 16m;
            upstream collector {{ server 127.0.0.1:{self.port}; keepalive 16; }}
            server {{
                listen 127.0.0.1:{self.front};
                location / {{
                    proxy_pass http://collector;
                    proxy_http_version 1.1;
                    proxy_set_header Connection "";
                    proxy_set_header Host $host;
                    proxy_read_timeout 60s;
                }}
            }}""",
        )

    def start(self, first: str = "") -> None:
        """Start it; `first`: Python run in its process before `office serve` (a test's hook,
        e.g. one that makes a thread of it die)."""
        self.process = warm_cli(
            "office.collector, office.desk",
            ["office", "serve", "--db", self.dsn, "--port", str(self.port),
             "--threads", str(self.threads), *self.signs],
            {**os.environ, "LC_ALL": "vi_VN.UTF-8"},  # Vietnamese, whatever CI has
            log=self.work / "collector.log", first=first, new_session=True,
        )  # fmt: skip
        wait_until(lambda: accepts(self.port), "the collector", self.process)

    def stop(self) -> None:
        super().stop()
        self.nginx.terminate()
        self.nginx.wait(10)


DEPLOYED_MOSQUITTO = Path(__file__).parent.parent / "deploy" / "mosquitto.conf"


class Mosquitto(ServerProcess):
    """Debian's mosquitto with our shipped configuration (deploy/mosquitto.conf), its paths
    moved into a temporary folder, its TLS listener left out (no certificate here) and its
    loopback listener on a free port. Started with -c; killed and started again at will,
    keeping its persistence file."""

    def __init__(self, work: Path) -> None:
        self.work, self.port = work, free_port()
        self.accounts = work / "accounts"
        self.accounts.mkdir(parents=True, exist_ok=True)
        (work / "data").mkdir(exist_ok=True)
        self.pid_file = work / "mosquitto.pid"
        text = DEPLOYED_MOSQUITTO.read_text()
        text = re.sub(r"(?s)# BEGIN TLS.*# END TLS\n", "", text)
        text = (
            text.replace("/etc/mosquitto/broadcaster", str(self.accounts))
            .replace("/var/lib/mosquitto/", f"{work}/data/")
            .replace("/run/mosquitto/mosquitto.pid", str(self.pid_file))
            .replace("log_dest syslog", f"log_dest file {work}/mosquitto.log")
            .replace("listener 1883 127.0.0.1", f"listener {self.port} 127.0.0.1")
        )
        if os.geteuid() == 0:
            text += "user root\n"  # the files are the test's; in service it drops to mosquitto
        (work / "mosquitto.conf").write_text(text)
        for name in ("passwd", "acl"):  # until the office writes them
            (self.accounts / name).touch()
        self.url = f"mqtt://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None
        self.start()

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["/usr/sbin/mosquitto", "-c", str(self.work / "mosquitto.conf")],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wait_until(lambda: accepts(self.port), "mosquitto", self.process)

    def saved(self, text: str) -> bool:
        """Whether its persistence file holds `text` (a message it keeps for a station away):
        a kill -9 before its autosave loses what came since, as it would in service."""
        store = self.work / "data" / "mosquitto.db"
        return store.exists() and text.encode() in store.read_bytes()


@contextmanager
def held_office(root: bytes, hold: Callable[[], object]) -> Iterator[str]:
    """An office's repository at a loopback web address whose root.json is answered only
    once `hold()` returns (a test lets it go; a benchmark waits out a slow line)."""

    class Office(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hold()
            self.send_response(200)
            self.send_header("Content-Length", str(len(root)))
            self.end_headers()
            self.wfile.write(root)

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Office)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/kho"
    finally:
        server.shutdown()
