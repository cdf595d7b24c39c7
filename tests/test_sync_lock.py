"""Two syncs of one station never interleave: python-tuf re-points root.json (remove, then
link again), and a `sync` run beside the daemon's failed once with "file exists" (f33emerg).
The second waits for the first, saying so, then runs. Real python-tuf, a real second process."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any

from conftest import Run, broadcaster, runner_for
from test_upstream import make_office
from tuf.ngclient import updater as tuf_updater

from broadcaster.station import Station


class HeldLink:
    """`os` as python-tuf's updater sees it in one thread: its re-linking of root.json waits
    until the test lets it go."""

    def __init__(self, thread: threading.Thread | None = None) -> None:
        self.thread, self.reached, self.go = thread, threading.Event(), threading.Event()

    def __getattr__(self, name: str) -> Any:
        real = getattr(os, name)
        if name != "symlink":
            return real

        def held(*args: Any, **kwargs: Any) -> Any:
            if threading.current_thread() is self.thread and not self.go.is_set():
                self.reached.set()
                assert self.go.wait(30), "the test never let the sync go on"
            return real(*args, **kwargs)

        return held


def test_a_sync_run_beside_another_waits_for_it_and_both_work(
    station: Path, run: Run, tmp_path: Path, monkeypatch: Any
) -> None:
    """One sync has removed root.json and not linked it again when a `sync` command starts
    (the daemon's sync and Mai's). Before, the command re-linked it, and the first sync's
    own link then failed: "file exists". Now the command says it waits, and runs after."""
    office = make_office(tmp_path)
    run("trust", str(office.metadata / "1.root.json"))
    failed: list[BaseException] = []

    def first() -> None:
        try:
            Station.open(station).sync(str(office.root_dir))
        except BaseException as e:  # said by the test, not lost in the thread
            failed.append(e)

    syncing = threading.Thread(target=first)
    held = HeldLink(syncing)
    monkeypatch.setattr(tuf_updater, "os", held)
    syncing.start()
    try:
        assert held.reached.wait(30), "the first sync never re-linked root.json"
        second = broadcaster(station, "sync", str(office.root_dir))
        assert second.stdout is not None
        said = second.stdout.readline()  # what it says first: that it waits (or its result)
        held.go.set()
        out, err = second.communicate(timeout=60)
    finally:
        held.go.set()
        syncing.join(30)
    assert not failed, failed
    assert said.startswith("Another sync of this station is running"), said + out + err
    assert second.returncode == 0, out + err
    metadata = station / "upstream" / "metadata"
    assert (metadata / "root.json").resolve() == (metadata / "root_history/1.root.json").resolve()
    assert "Up to date." in runner_for(station)("sync", str(office.root_dir)).stdout
