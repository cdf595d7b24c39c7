"""A station's trust in its office, and what waits for it (ci32).

The trusted root is read while a real python-tuf sync re-points it: a station that trusts an
office never reads as trusting none, whatever the interleaving. And a message from the office
the station could not check yet (no root trusted, or a root that names no emergency key: the
office rotated one in and sent at once) is checked again once the station has what it lacked,
whichever way it came: MQTT delivers it once, and the polled list is read again only when it
changes.

python-tuf's Updater keeps the root it starts from in root_history/ and re-points root.json at
it (remove, then link again): three file operations. Each is held until the test lets it run,
and the reader's own file operations are the moments at which it is let run, so every
interleaving of the reader with a station's first sync is played, one by one."""

from __future__ import annotations

import itertools
import os
import pathlib
import secrets
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import FAST, Daemon, Run, set_config, write_script
from test_upstream import make_office
from tuf.ngclient import updater as tuf_updater

from broadcaster.station import Station
from broadcaster.upstream_emergency import cancelled_by_office, check_again, take
from upstream import pinned_root
from upstream.emergency_message import seal, trusted_root
from upstream.keys import init_keys, signer
from upstream.repository import Repository

SYNC_STEPS = ("replace", "remove", "symlink")
"""The Updater's file operations, in order: root_history/1.root.json written, root.json
removed, root.json linked to it again."""


class HeldOs:
    """`os` as python-tuf's updater sees it: each of SYNC_STEPS waits its turn."""

    def __init__(self) -> None:
        self.turn, self.done = threading.Semaphore(0), threading.Semaphore(0)

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name not in SYNC_STEPS:
            return real

        def held(*args: Any, **kwargs: Any) -> Any:
            self.turn.acquire()
            try:
                return real(*args, **kwargs)
            finally:
                self.done.release()

        return held

    def step(self) -> None:
        """Let the sync make its next file operation, and wait until it is made."""
        self.turn.release()
        assert self.done.acquire(timeout=10), "the sync did not make its next file operation"


@contextmanager
def first_sync(metadata: Path, held: HeldOs) -> Iterator[None]:
    """A station's first sync starting (a real Updater), held at each file operation."""
    failed: list[BaseException] = []

    def start() -> None:
        try:
            tuf_updater.Updater(str(metadata), "http://127.0.0.1:9/metadata/",
                                bootstrap=(metadata / "root.json").read_bytes())  # fmt: skip
        except BaseException as e:  # said by the test, not lost in the thread
            failed.append(e)

    thread = threading.Thread(target=start)
    thread.start()
    try:
        yield
    finally:
        for _ in SYNC_STEPS:
            held.turn.release()
        thread.join(10)
    assert not failed and not thread.is_alive()
    assert (metadata / "root.json").resolve() == (metadata / "root_history/1.root.json").resolve()


@pytest.fixture(scope="module")
def office_root(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    work = tmp_path_factory.mktemp("office")
    init_keys(work / "keys")
    return Repository(work / "keys", work / "repo").create(datetime.now(UTC)).to_bytes()


def schedules() -> list[tuple[int, ...]]:
    """How many of the sync's operations run before each of the reader's (at most three)."""
    return [s for s in itertools.product(range(4), repeat=3) if sum(s) <= len(SYNC_STEPS)]


def read_during_first_sync(
    read: Callable[[Path], object], metadata: Path, schedule: tuple[int, ...],
    patch: pytest.MonkeyPatch,
) -> object:  # fmt: skip
    """What `read` returns when the first sync makes schedule[k] of its file operations just
    before the reader's k-th one."""
    reader, held, waiting = threading.current_thread(), HeldOs(), list(schedule)

    def moment(real: Callable[..., Any]) -> Callable[..., Any]:
        def reading(path: Path, *args: Any) -> Any:
            if threading.current_thread() is reader:  # the reader's next file operation
                for _ in range(waiting.pop(0) if waiting else 0):
                    held.step()
            return real(path, *args)

        return reading

    with patch.context() as patched:
        patched.setattr(tuf_updater, "os", held)
        patched.setattr(pathlib.Path, "read_bytes", moment(pathlib.Path.read_bytes))
        patched.setattr(pathlib.Path, "glob", moment(pathlib.Path.glob))
        with first_sync(metadata, held):
            return read(metadata)


@pytest.mark.parametrize("read", [pinned_root, trusted_root], ids=["pinned_root", "trusted_root"])
def test_a_trusting_station_never_reads_as_trusting_none_while_a_sync_repoints_its_root(
    read: Callable[[Path], object], office_root: bytes, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    """Before, the history was globbed (empty before the first sync), the sync then wrote it
    and removed root.json, and root.json was read: "no upstream is trusted yet", and the
    office's emergency was refused (ci32)."""
    for n, schedule in enumerate(schedules()):
        metadata = tmp_path / str(n) / "metadata"
        metadata.mkdir(parents=True)
        (metadata / "root.json").write_bytes(office_root)  # as `trust` pins it
        found = read_during_first_sync(read, metadata, schedule, monkeypatch)
        assert found is not None, f"the sync's operations before each read: {schedule}"


def office_before_emergencies(tmp_path: Path) -> Repository:
    """An office made before emergencies, one campaign published: its root names no
    emergency key until it rotates one in."""
    keys, campaign = tmp_path / "office-keys", tmp_path / "campaigns" / "chung"
    init_keys(keys)
    for name in ("emergency.pem", "emergency.pub.json"):
        (keys / name).unlink()
    campaign.mkdir(parents=True)
    write_script(campaign, "tin.md", "Bà con đóng phí vệ sinh trước ngày 15.", id="tin-chung")
    office = Repository(keys, tmp_path / "repo")
    now = datetime.now(UTC)
    office.create(now)
    office.publish([campaign], now)
    return office


def sealed(keys: Path, cancels: str | None = None) -> tuple[str, bytes]:
    """An emergency "to all" (or the cancel of emergency `cancels`) as the office sends it,
    valid for half an hour."""
    now = datetime.now(UTC)
    message_id = f"{now:%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"
    valid = {"id": message_id, "issued_at": now.isoformat(), "to": None,
             "valid_until": (now + timedelta(minutes=30)).isoformat()}  # fmt: skip
    message = (
        {**valid, "type": "cancel", "cancels": cancels}
        if cancels
        else {**valid, "type": "emergency", "title": "Khẩn cấp: lũ về",
              "text": "Nước sông lên nhanh, bà con thôn 2 sơ tán ngay.", "audio": None}
    )  # fmt: skip
    return message_id, seal(message, signer(keys, "emergency"))


def test_messages_signed_by_a_key_rotated_in_after_the_station_synced_are_taken_after_its_sync(
    station: Path, run: Run, tmp_path: Path
) -> None:
    """The office rotates its emergency key in and sends at once, before the station synced
    the new root: the copies (MQTT, polled) wait, the office is not told "refused" (a state
    it never moves on from), and the sync that brings the key has them taken, once each."""
    office = office_before_emergencies(tmp_path)
    run("trust", str(office.metadata / "1.root.json"))
    run("sync", str(office.root_dir))
    office.rotate("emergency", datetime.now(UTC))
    by_broker, broker_copy = sealed(office.keys)
    polled, polled_copy = sealed(office.keys)
    opened = Station.open(station)
    waiting = [take(opened, broker_copy, "mqtt"), take(opened, polled_copy, "poll")]
    assert [(o.message_id, o.code, o.report) for o in waiting] == [
        (by_broker, "no-key", None), (polled, "no-key", None)]  # fmt: skip
    assert take(opened, polled_copy, "poll").code == "replay"  # the list read again: said once
    assert check_again(opened) == []  # its root names no key yet: nothing changes
    run("sync", str(office.root_dir))
    taken = [(o.message_id, o.code, o.report, via) for o, via in check_again(opened)]
    assert taken == [(by_broker, "taken", ("received", None, None), "mqtt"),
                     (polled, "taken", ("received", None, None), "poll")]  # fmt: skip
    assert check_again(opened) == []


def test_a_cancel_and_its_emergency_from_before_the_station_trusted_are_read_cancel_first(
    station: Path, run: Run, tmp_path: Path
) -> None:
    """Both came before the station trusted the office (ci32: while its first sync re-pointed
    the root), the emergency first: once it trusts, the cancel is filed before the emergency,
    which never airs. The refusals name the ids the copies claim (ci32 read "Emergency ?")."""
    office = make_office(tmp_path)
    emergency, emergency_copy = sealed(office.keys)
    cancel, cancel_copy = sealed(office.keys, cancels=emergency)
    opened = Station.open(station)
    refused = [take(opened, copy, "poll") for copy in (emergency_copy, cancel_copy)]
    assert [(o.message_id, o.code) for o in refused] == [
        (emergency, "no-root"), (cancel, "no-root")]  # fmt: skip
    assert check_again(opened) == []  # nothing trusted yet: they wait
    run("trust", str(office.metadata / "1.root.json"))
    again = [(o.message_id, o.code) for o, _via in check_again(opened)]
    assert again == [(cancel, "cancel"), (emergency, "taken")]
    assert cancelled_by_office(opened, emergency)


def test_a_running_daemon_takes_a_broker_copy_that_waited_for_its_trust(
    station: Path, run: Run, tmp_path: Path, start_daemon: Callable[..., Daemon]
) -> None:
    """The broker delivers a message once: one that came before the station trusted is
    received, aired and told to the office once `trust` is run (a USB folder: no list to poll,
    no sync by itself), the daemon running: at its next round, a second later here (a
    minute by default, and whether its first round came before the `trust` was a race)."""
    office = make_office(tmp_path)
    message, copy = sealed(office.keys)
    assert take(Station.open(station), copy, "mqtt").code == "no-root"
    set_config(station, "emergency_poll_s", "1.0")
    daemon = start_daemon(station, sink=FAST)  # its airing's pace is not what is tested
    daemon.expect(r"on air")
    run("trust", str(office.metadata / "1.root.json"))
    daemon.expect(rf"^Emergency {message} from the office received \(mqtt\)$")
    daemon.expect(r"^#1 aired")
