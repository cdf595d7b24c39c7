"""Benchmark: an emergency from the office to a province over MQTT, against polling.

Real servers on this machine: Debian's Mosquitto with our configuration (deploy/), PostgreSQL,
the collector (`office serve`, which files the stations' reports) and nginx serving the
repository. 1,000 simulated stations, each a real MQTT client with its own ed25519 key and
account (four processes of two threads multiplex them with paho's loop_read/loop_write, not
a thread each),
which check the message's signature and audience like a station and answer with a signed
"received" report; plus two real station daemons on the null sink.

Figures: from `broadcaster office emergency` (the command started) to each station's
"received" as the office filed it (p50, p99, max; aim p99 <= 2 s), against the bare fan-out
of a message of the same size to the same clients in the same run (no signing, no checks, no
reports); from the real daemons' receipt to their first sample on air (aim <= 1 s); broker,
clients', daemons' and collector's memory; and the same emergency reaching the 1,000 by
polling `emergencies/active.json` every minute (each at its own phase), for comparison.

    .venv/bin/python bench/emergency_fanout.py [--stations 1000] [--processes 4] [--threads 2]
                                               [--poll-s 60]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import queue
import random
import re
import selectors
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

sys.path.insert(0, str(Path(__file__).parent.parent / "tests"))
from servers import Collector, Mosquitto, Postgres, wait_until
from test_upstream import serve

from broadcaster import office_link
from broadcaster.identity import Identity, identity
from broadcaster.log_chain import GENESIS
from broadcaster.station import Station
from common import signing
from common.mqtt import EMERGENCY_TOPIC, REPORT_PURPOSE, Broker, make_client, status_topic
from office import broker, fleet
from office.db import open_office
from office.emergency import publish
from office.emergency import send as send_emergency
from upstream.emergency_message import open_envelope, trusted_root
from upstream.keys import init_keys
from upstream.repository import Repository

ROOT = Path(__file__).parent.parent
CLI = [sys.executable, "-m", "cli"]
ENVELOPE_BYTES = 760
"""About the size of a signed text emergency for every station."""
ENGLISH = {**os.environ, "LC_MESSAGES": "en_US.UTF-8", "PYTHONUNBUFFERED": "1"}


def memory_mb(pid: int, field: str = "VmHWM") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{field}:"):
            return int(line.split()[1]) / 1024
    return 0.0


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    return (f"p50 {statistics.median(ordered):.3f} s, p99 {p99:.3f} s, max {ordered[-1]:.3f} s "
            f"({len(ordered)} stations)")  # fmt: skip


class Swarm:
    """Simulated stations: real MQTT clients multiplexed on a few threads."""

    def __init__(self, accounts: list[tuple[Identity, str]], url: str, root_path: Path,
                 threads: int) -> None:  # fmt: skip
        root = trusted_root(root_path.parent)
        assert root is not None, f"no trusted root in {root_path.parent}"
        self.root = root
        self.broker = Broker.parse(url)
        self.connected = 0
        self.received: dict[str, dict[str, float]] = {}
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.clients = []
        for me, password in accounts:
            client = make_client(me.key_id, me.key_id, password, self.broker, persistent=False)
            client.user_data_set(me)
            client.on_connect = self._connected
            client.on_message = self._message
            self.clients.append(client)
        self.groups = [self.clients[n::threads] for n in range(threads)]
        self.workers = [threading.Thread(target=self._loop, args=[g], daemon=True)
                        for g in self.groups]  # fmt: skip

    def start(self) -> None:
        for client in self.clients:
            client.connect(self.broker.host, self.broker.port, keepalive=60)
        for worker in self.workers:
            worker.start()

    def _connected(self, client: Any, _u: Any, _f: Any, reason: Any, _p: Any) -> None:
        if not reason.is_failure:
            client.subscribe(EMERGENCY_TOPIC, qos=1)
            with self.lock:
                self.connected += 1

    def _message(self, client: Any, me: Identity, message: Any) -> None:
        now = time.time()
        payload = message.payload
        if payload.startswith(b"BARE"):
            with self.lock:
                self.received.setdefault("bare", {})[me.key_id] = now
            return
        emergency = open_envelope(payload, self.root)  # what a station checks first
        if not emergency.audience.reaches(me.key_id, {}):
            return
        body = json.dumps({"purpose": REPORT_PURPOSE, "station": me.key_id,
                           "message": emergency.id, "state": "received", "reason": None,
                           "at": datetime.now(UTC).isoformat()}, separators=(",", ":"))  # fmt: skip
        report = json.dumps({"signed": body, "sig": me.sign(body.encode())}).encode()
        client.publish(status_topic(me.key_id), report, qos=1)
        with self.lock:
            self.received.setdefault(emergency.id, {})[me.key_id] = now

    def _loop(self, clients: list[Any]) -> None:
        selector = selectors.DefaultSelector()
        last_misc = 0.0
        while not self.stop.is_set():
            for client in clients:
                sock = client.socket()
                if sock is None:
                    continue
                events = selectors.EVENT_READ | (
                    selectors.EVENT_WRITE if client.want_write() else 0
                )
                try:
                    selector.modify(sock, events, client)
                except KeyError:
                    selector.register(sock, events, client)
            for key, events in selector.select(timeout=0.05):
                if events & selectors.EVENT_READ:
                    key.data.loop_read()
                if events & selectors.EVENT_WRITE:
                    key.data.loop_write()
            if time.monotonic() - last_misc > 1:
                last_misc = time.monotonic()
                for client in clients:
                    client.loop_misc()


class Swarms:
    """The simulated stations split over `processes` processes (forked), so that checking
    1,000 signatures is not serialised behind one interpreter lock: each station in the
    province checks on its own CPU."""

    def __init__(self, accounts: list[tuple[Identity, str]], url: str, root_path: Path,
                 processes: int, threads: int) -> None:  # fmt: skip
        context = multiprocessing.get_context("fork")
        self.pipes, self.children = [], []
        for n in range(processes):
            mine, theirs = context.Pipe()
            share = accounts[n::processes]
            child = context.Process(target=self._child, args=(share, url, root_path, threads,
                                                              theirs), daemon=True)  # fmt: skip
            child.start()
            self.pipes.append(mine)
            self.children.append(child)

    @staticmethod
    def _child(share: list[tuple[Identity, str]], url: str, root_path: Path, threads: int,
               pipe: Any) -> None:  # fmt: skip
        swarm = Swarm(share, url, root_path, threads)
        swarm.start()
        while (command := pipe.recv()) != "stop":
            if command == "connected":
                pipe.send(swarm.connected)
            elif command == "memory":
                pipe.send(memory_mb(os.getpid()))
            else:
                with swarm.lock:
                    pipe.send(dict(swarm.received.get(command, {})))
        swarm.stop.set()

    def ask(self, command: str) -> list[Any]:
        for pipe in self.pipes:
            pipe.send(command)
        return [pipe.recv() for pipe in self.pipes]

    def connected(self) -> int:
        return sum(self.ask("connected"))

    def received(self, key: str) -> dict[str, float]:
        found: dict[str, float] = {}
        for part in self.ask(key):
            found.update(part)
        return found

    def stop(self) -> None:
        for pipe in self.pipes:
            pipe.send("stop")
        for child in self.children:
            child.join(10)


class RealDaemon:
    """`broadcaster run` on the null sink; every output line with the instant it was read."""

    def __init__(self, root: Path) -> None:
        self.process = subprocess.Popen([*CLI, "--station", str(root), "run", "--sink", "null"],
                                        stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                        text=True, env=ENGLISH, cwd=ROOT)  # fmt: skip
        self.lines: queue.Queue[tuple[float, str]] = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.process.stdout
        for line in self.process.stdout:
            self.lines.put((time.time(), line.rstrip()))

    def wait_for(self, pattern: str, timeout: float = 60) -> float:
        deadline = time.monotonic() + timeout
        while True:
            at, line = self.lines.get(timeout=max(0.1, deadline - time.monotonic()))
            if re.search(pattern, line):
                return at


def real_station(tmp: Path, name: str, repo_url: str, collector_url: str, dsn: str) -> Path:
    root = tmp / name
    subprocess.run([*CLI, "--station", str(root), "init", "--name", name, "--quiet-hours",
                    "none"], check=True, capture_output=True, cwd=ROOT)  # fmt: skip
    text = (root / "station.toml").read_text()
    text = text.replace('engines = ["gtts", "espeak"]', 'engines = ["espeak"]')
    (root / "station.toml").write_text(text)
    subprocess.run([*CLI, "--station", str(root), "trust", repo_url], check=True,
                   capture_output=True, cwd=ROOT)  # fmt: skip
    station = Station.open(root)
    office_link.enrol(station, collector_url, name)
    with open_office(dsn) as conn:
        fleet.approve(conn, identity(root).fingerprint, ["thật"], "bench", datetime.now(UTC))
    office_link.push(station)
    return root


def simulated_accounts(dsn: str, n: int) -> list[tuple[Identity, str]]:
    made = []
    now = datetime.now(UTC)
    with open_office(dsn) as conn:
        with conn.transaction():
            for i in range(n):
                me = Identity(Ed25519PrivateKey.generate())
                conn.execute(
                    "INSERT INTO stations (key_id, fingerprint, public_key, station_id, name, "
                    "commune, enrolled_at, approved_at, approved_by, head_hash) VALUES "
                    "(%s, %s, %s, %s, %s, %s, %s, %s, 'bench', %s)",
                    [me.key_id, signing.fingerprint(me.public), me.public, str(uuid.uuid4()),
                     f"Đài giả {i}", f"Xã giả {i:04d}", now, now, GENESIS],
                )  # fmt: skip
                made.append(me)
        broker.write_files(conn)
        return [(me, broker.station_credentials(conn, me.key_id).password) for me in made]  # type: ignore[union-attr]


def poll_fanout(url: str, n: int, period: float, sent_at: list[float]) -> list[float]:
    """Each of `n` stations reads active.json every `period` s at its own phase; returns each
    one's delay from the send (`sent_at[0]`, set meanwhile) to its first read that shows the
    new emergency (the list differs from what it was before the send)."""
    before = requests.get(f"{url}/emergencies/active.json", timeout=10).text
    phases = sorted((random.uniform(0, period), i) for i in range(n))
    found: dict[int, float] = {}
    local = threading.local()
    start = time.time()

    def poll(i: int) -> None:
        session = getattr(local, "session", None) or requests.Session()
        local.session = session
        at = time.time()
        body = session.get(f"{url}/emergencies/active.json", timeout=10).text
        if body != before and sent_at[0] and i not in found:
            found[i] = at - sent_at[0]

    with ThreadPoolExecutor(16) as pool:
        rounds = 0
        while len(found) < n and rounds < 3:
            for phase, i in phases:
                due = start + rounds * period + phase
                threading.Event().wait(max(0.0, due - time.time()))
                pool.submit(poll, i)
            rounds += 1
    return list(found.values())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--stations", type=int, default=1000)
    parser.add_argument("--processes", type=int, default=4)
    parser.add_argument("--threads", type=int, default=2, help="per process")
    parser.add_argument("--poll-s", type=float, default=60.0)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="bench-emergency-"))
    pg = Postgres()
    mosquitto = Mosquitto(tmp / "mosquitto")
    try:
        run(args, tmp, pg, mosquitto)
    finally:
        mosquitto.stop()
        pg.stop()
        shutil.rmtree(tmp, ignore_errors=True)


def run(args: argparse.Namespace, tmp: Path, pg: Postgres, mosquitto: Mosquitto) -> None:
    keys, campaign = tmp / "keys", tmp / "campaigns" / "chung"
    init_keys(keys)
    campaign.mkdir(parents=True)
    (campaign / "chung.md").write_text("---\nid: chung\ntitle: Tin chung\n---\nThông báo chung.")
    repository = Repository(keys, tmp / "repo")
    repository.create(datetime.now(UTC))
    repository.publish([campaign], datetime.now(UTC))
    nginx = serve(tmp / "nginx", repository.root_dir)
    repo_url, _log = next(nginx)
    dsn = pg.new_database()
    with open_office(dsn) as conn:
        broker.setup(conn, mosquitto.url, None, mosquitto.accounts, mosquitto.pid_file)
    collector = Collector(dsn, tmp / "collector")
    daemons: list[RealDaemon] = []
    try:
        roots = [real_station(tmp, f"Xã thật {i}", repo_url, collector.url, dsn) for i in (1, 2)]
        accounts = simulated_accounts(dsn, args.stations)
        daemons = [RealDaemon(root) for root in roots]
        for daemon in daemons:
            daemon.wait_for(r"Broker: connected")
        began = time.monotonic()
        swarm = Swarms(accounts, mosquitto.url, roots[0] / "upstream/metadata/root.json",
                       args.processes, args.threads)  # fmt: skip
        wait_until(lambda: swarm.connected() >= args.stations, "the swarm", timeout=120)
        print(f"{args.stations} simulated stations connected in {time.monotonic() - began:.1f} s "
              f"({args.processes} processes x {args.threads} threads)")  # fmt: skip

        # the bare fan-out: a message of an emergency's size, nothing checked, nothing answered
        with open_office(dsn) as conn:
            bare_at = time.time()
            publish(conn, EMERGENCY_TOPIC, b"BARE" + b"x" * ENVELOPE_BYTES, qos=1)
        wait_until(lambda: len(swarm.received("bare")) >= args.stations, "bare", None, 60)
        bare = [t - bare_at for t in swarm.received("bare").values()]
        print(f"bare fan-out (baseline): {percentiles(bare)}")

        # the emergency, as the office sends it
        sent_at = time.time()
        done = subprocess.run([*CLI, "office", "emergency", "--db", dsn, "--keys", str(keys),
                               "--repo", str(repository.root_dir), "--text",
                               "Bão số 3 đổ bộ, bà con vào nơi trú ẩn ngay."],
                              capture_output=True, text=True, cwd=ROOT, env=ENGLISH)  # fmt: skip
        command_s = time.time() - sent_at
        message_id = done.stdout.split()[1]

        def filed() -> list[Any]:
            with open_office(dsn) as conn:
                return conn.execute(
                    "SELECT extract(epoch FROM received_at) FROM emergency_reports "
                    "WHERE emergency_id = %s AND received_at IS NOT NULL",
                    [message_id],
                ).fetchall()

        wait_until(lambda: len(filed()) >= args.stations + 2, "the reports", None, 120)
        office_seen = [float(r[0]) - sent_at for r in filed()]
        client_seen = [t - sent_at for t in swarm.received(message_id).values()]
        print(f"`office emergency` ran {command_s:.2f} s (Python start, signing, database, "
              f"publish)")  # fmt: skip
        print(f"to 'received' filed at the office: {percentiles(office_seen)}")
        print(f"to receipt at the simulated stations: {percentiles(client_seen)}")
        p99 = sorted(office_seen)[int(len(office_seen) * 0.99)]
        bare99 = sorted(bare)[int(len(bare) * 0.99)]
        print(f"ratio p99 emergency (filed at office) / p99 bare fan-out: {p99 / bare99:.1f}x")
        for n, daemon in enumerate(daemons, start=1):
            received = daemon.wait_for(rf"Emergency {message_id} from the office received")
            on_air = daemon.wait_for(r"On air: #\d+ EMERGENCY")
            print(f"real daemon {n}: received {received - sent_at:.3f} s after the command, "
                  f"first sample {on_air - received:.3f} s after receipt")  # fmt: skip
        clients_mb = sum(swarm.ask("memory"))
        # the real daemons alone, the swarm idle: receipt to first sample without the load of
        # a thousand simulated stations on the same two cores
        with open_office(dsn) as conn:
            only = send_emergency(conn, keys, repository.root_dir, datetime.now(UTC),
                                  text="Sạt lở đất, tránh xa sườn đồi.", to=["thật"])  # fmt: skip
        for n, daemon in enumerate(daemons, start=1):
            received = daemon.wait_for(rf"Emergency {only.id} from the office received")
            on_air = daemon.wait_for(r"On air: #\d+ EMERGENCY")
            print(f"real daemon {n}, the swarm idle: first sample {on_air - received:.3f} s "
                  f"after receipt")  # fmt: skip
        swarm.stop()
        broker_pid = mosquitto.process.pid  # type: ignore[union-attr]
        collector_pid = collector.process.pid  # type: ignore[union-attr]
        daemons_mb = ", ".join(f"{memory_mb(d.process.pid):.0f}" for d in daemons)
        broker_now, broker_peak = memory_mb(broker_pid, "VmRSS"), memory_mb(broker_pid)
        print(f"memory: broker {broker_now:.0f} MB now, peak {broker_peak:.0f} MB; "
              f"{args.stations} clients peak {clients_mb:.0f} MB summed over their processes; "
              f"daemons {daemons_mb} MB; collector {memory_mb(collector_pid):.0f} MB")  # fmt: skip

        # polling every minute, each station at its own phase
        if args.poll_s > 0:
            sent: list[float] = [0.0]
            result: list[list[float]] = []
            poller = threading.Thread(target=lambda: result.append(
                poll_fanout(repo_url, args.stations, args.poll_s, sent)))  # fmt: skip
            poller.start()
            threading.Event().wait(args.poll_s / 3)
            sent[0] = time.time()
            command = [
                *CLI,
                "office",
                "emergency",
                "--db",
                dsn,
                "--keys",
                str(keys),
                "--repo",
                str(repository.root_dir),
                "--text",
                "Lũ quét, bà con tránh xa suối.",
            ]
            subprocess.run(command, capture_output=True, cwd=ROOT, env=ENGLISH, check=True)
            poller.join()
            polled = result[0]
            print(
                f"by polling every {args.poll_s:g} s: {percentiles(polled)}; "
                f"p99 {sorted(polled)[int(len(polled) * 0.99)] / p99:.0f}x the MQTT p99"
            )
    finally:
        for daemon in daemons:
            daemon.process.terminate()
            daemon.process.wait(20)
        collector.stop()
        next(nginx, None)


if __name__ == "__main__":
    main()
