"""A small province for the tests of targeting, emergencies and the doorbell: the office's
keys and TUF repository served by nginx, its PostgreSQL, its collector (`office serve`,
which also takes the stations' reports from the broker) and Debian's Mosquitto with our
shipped configuration; communes made with `init` (each its own key), trusting the office by
its address, enrolled and approved into groups."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import psycopg
from conftest import (
    ENGLISH,
    Daemon,
    copy_station,
    make_tone,
    runner_for,
    set_config,
    write_script,
)
from servers import PATIENCE, Collector, Mosquitto, Postgres, accepts, wait_until
from test_upstream import serve

from broadcaster import office_link
from broadcaster.identity import identity
from broadcaster.station import Station
from office import broker, fleet
from office.db import open_office
from upstream.keys import init_keys
from upstream.repository import Repository


def make_template(folder: Path) -> Path:
    """A commune made once per module and copied: espeak only, no quiet hours, no jingles, no
    gaps, a 20 s approved recording 'dai'; its key removed so every copy makes its own."""
    root = folder / "station"
    runner_for(root)("init", "--name", "Đài mẫu", "--quiet-hours", "none")
    set_config(root, "engines", '["espeak"]')
    set_config(root, "gap_s", "0.0")
    set_config(root, "auto_approve_local", "true")
    set_config(root, "auto_approve_upstream", "true")
    run = runner_for(root)
    run("jingle", "remove", "intro")
    run("jingle", "remove", "outro")
    run("announce", "add", str(make_tone(folder / "dai.wav", seconds=20)))
    (root / "station.key").unlink()
    return root


@dataclass
class Province:
    work: Path
    postgres: Postgres
    template: Path
    daemons: list[Daemon] = field(default_factory=list)
    _restarted: subprocess.Popen[bytes] | None = None

    def __post_init__(self) -> None:
        self.keys, self.campaigns = self.work / "keys", self.work / "campaigns"
        init_keys(self.keys)
        self.repository = Repository(self.keys, self.work / "repo")
        self.campaign("chung", "Thông báo chung của huyện.")
        self.repository.create(datetime.now(UTC))
        self.repository.publish([self.campaigns / "chung"], datetime.now(UTC))
        self._nginx = serve(self.work / "nginx", self.repository.root_dir)
        self.url, self.access_log = next(self._nginx)
        self.broker = Mosquitto(self.work / "mosquitto")
        self.dsn = self.postgres.new_office()
        with open_office(self.dsn) as conn:
            broker.setup(conn, self.broker.url, None, self.broker.accounts, self.broker.pid_file)
        signs = ("--keys", str(self.keys), "--repo", str(self.repository.root_dir))
        self.collector = Collector(self.dsn, self.work / "collector", signs=signs)

    def campaign(self, name: str, text: str) -> Path:
        folder = self.campaigns / name
        folder.mkdir(parents=True, exist_ok=True)
        write_script(folder, f"{name}.md", text, id=f"{name}-1", title=f"Tin {name}")
        return folder

    def commune(self, name: str, *groups: str, poll_s: float = 60.0, approved: bool = True) -> Path:
        """A station that trusts the office, enrolled, approved into `groups` (unless not
        `approved`: it waits), and holding its broker account (from the collector's answer to
        its first push)."""
        root = self.work / name
        copy_station(self.template, root)
        set_config(root, "name", json.dumps(f"Đài {name}", ensure_ascii=False))
        set_config(root, "emergency_poll_s", str(poll_s))
        run = runner_for(root)
        run("trust", self.url)
        station = Station.open(root)
        office_link.enrol(station, self.collector.url, name)
        if not approved:
            return root
        with open_office(self.dsn) as conn:
            fleet.approve(conn, identity(root).fingerprint, list(groups), "Phòng VHTT",
                          datetime.now(UTC))  # fmt: skip
        office_link.push(station)
        return root

    def start(self, root: Path, sink: str = "card") -> Daemon:
        """`run` on the commune, on the sound card's stand-in (CARD): its loudspeakers play
        what it airs; `sink` CARD where its airings' pace is not checked, FAST or `null` for
        a commune with none (the test sink: the office hears "unheard")."""
        daemon = Daemon(root, ENGLISH, sink=sink, warm=True)
        self.daemons.append(daemon)
        return daemon

    def sql(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        with psycopg.connect(self.dsn) as conn:
            cursor = conn.execute(sql, params)
            return cursor.fetchall() if cursor.description else []

    def states(self, message_id: str) -> dict[str, str]:
        """Commune → state, as `office emergency status` shows it."""
        rows = self.sql(
            "SELECT s.commune, r.state FROM emergency_reports r JOIN stations s "
            "ON s.key_id = r.key_id WHERE r.emergency_id = %s",
            (message_id,),
        )
        return dict(rows)

    def wait_for_states(
        self, message_id: str, wanted: dict[str, str], timeout: float = PATIENCE
    ) -> None:
        """Until the office's view is `wanted` (the reports travel over the broker)."""
        deadline = time.monotonic() + timeout
        while (found := self.states(message_id)) != wanted:
            assert time.monotonic() < deadline, f"office sees {found}, not {wanted}"
            threading.Event().wait(0.05)  # the next look at the database

    def repository_down(self) -> None:
        """The office's web server stopped: its repository and its list of emergencies answer
        no one (the connection is refused)."""
        os.kill(int((self.work / "nginx" / "nginx.pid").read_text()), signal.SIGTERM)
        port = int(self.url.rsplit(":", 1)[1])
        wait_until(lambda: not accepts(port), "the stop of nginx")

    def repository_up(self) -> None:
        """The same web server started again, on the same address."""
        prefix = self.work / "nginx"
        self._restarted = subprocess.Popen(["nginx", "-p", str(prefix), "-c",
                                            str(prefix / "nginx.conf"), "-e",
                                            str(prefix / "error.log")])  # fmt: skip
        wait_until(lambda: accepts(int(self.url.rsplit(":", 1)[1])), "nginx", self._restarted)

    def stop(self) -> None:
        if self._restarted:
            self._restarted.terminate()
            self._restarted.wait(10)
        for daemon in self.daemons:
            if daemon.process.poll() is None:
                daemon.process.kill()
                daemon.process.wait()
        self.collector.stop()
        self.broker.stop()
        next(self._nginx, None)
