"""The demo's trial slot (run-station.sh): once, when the demo station is made, one airing of
the Bluezone campaign a minute ahead, today only, at the next minute no slot of hers holds.

Run on every start, it changes nothing once the slot exists: a restart after a power cut
never moves her day, never airs a nightly trial, and the demo's own set-up prints no error
(a minute it cannot take is simply skipped; the sample slots still air)."""

from __future__ import annotations

import os
import sys
from datetime import datetime, timedelta
from pathlib import Path

from broadcaster.station import Station
from common.errors import BroadcasterError

NAME = "thu-nghiem"
TRIES = 30
"""Minutes tried, one after another, before the demo does without its trial airing."""


def main() -> int:
    station = Station.open(Path(os.environ["BROADCASTER_HOME"]))
    if NAME in station.slot_titles():
        return 0  # made on an earlier start (it may have aired already): left as it is
    now = datetime.now(station.config.zone)
    at = now + timedelta(seconds=60)
    for _ in range(TRIES):
        day = f"{at:%d/%m/%Y}"
        try:
            station.add_slot(NAME, f"{at:%H:%M:%S}", "daily", day, day, "bluezone",
                             new_only=True, title="Phát thử")  # fmt: skip
        except BroadcasterError:
            at += timedelta(minutes=1)
            continue
        day = "hôm nay" if at.date() == now.date() else "ngày mai"  # made at 23:59: 00:01
        print(f"Phát thử một lần: {day} lúc {at:%H:%M:%S}.")
        return 0
    print("Các khung giờ mẫu phát lúc 06:30 và 17:00.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
