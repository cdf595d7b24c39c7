"""The station's trusted root read while a real python-tuf sync re-points it (ci32): a station
that trusts an office never reads as trusting none, whatever the interleaving.

python-tuf's Updater keeps the root it starts from in root_history/ and re-points root.json at
it (remove, then link again): three file operations. Each is held until the test lets it run,
and the reader's own file operations are the moments at which it is let run, so every
interleaving of the reader with a station's first sync is played, one by one."""

from __future__ import annotations

import itertools
import os
import pathlib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from tuf.ngclient import updater as tuf_updater

from upstream import pinned_root
from upstream.emergency_message import trusted_root
from upstream.keys import init_keys
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
