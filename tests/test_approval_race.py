"""Two people at one notice at once, each on a connection of their own: an approver taps
"Duyệt" on version 1 while an officer saves version 2. The approval never lands on the
version nobody read (w16b's leftover): the version is checked inside the transaction that
approves, so a save landing after the first look is refused, and version 2 waits."""

from __future__ import annotations

import threading
from contextlib import closing
from pathlib import Path

import pytest
from conftest import query

from broadcaster.station import ChangedMeanwhile, Station

WAIT_S = 30
"""Only a bound, should a thread die: the events order the two, not time."""


def test_a_save_landing_between_the_approver_s_look_and_the_approval_is_never_approved_unread(
    console_station: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with (
        closing(Station.open(console_station)) as approver,
        closing(Station.open(console_station)) as officer,
    ):
        looked, saved = threading.Event(), threading.Event()
        first_look = approver._still_version

        def look_then_let_the_save_land(announcement_id: str, version: int) -> object:
            found = first_look(announcement_id, version)
            if not looked.is_set():  # the approver's first look at version 1, then the save
                looked.set()
                assert saved.wait(WAIT_S)
            return found

        monkeypatch.setattr(approver, "_still_version", look_then_let_the_save_land)
        outcome: list[object] = []

        def approve() -> None:
            try:
                outcome.append(approver.approve_read({"hop-thon": 1}, "duyet"))
            except ChangedMeanwhile as e:
                outcome.append(e)

        tapping = threading.Thread(target=approve)
        tapping.start()
        assert looked.wait(WAIT_S)
        officer.type_announcement(
            "Họp thôn lúc 20h, mang theo sổ hộ khẩu.", "Họp thôn Đông",
            announcement_id="hop-thon", editing=True, by="vanhanh",
        )  # fmt: skip
        saved.set()
        tapping.join(WAIT_S)

    assert not tapping.is_alive()
    [said] = outcome
    assert isinstance(said, ChangedMeanwhile), f"approved {said} without reading version 2"
    assert query(console_station,
                 "SELECT version, approved_version FROM announcements WHERE id = 'hop-thon'"
                 ) == [(2, None)]  # fmt: skip
