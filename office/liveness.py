"""Whether a long-lived part of `office serve` still does its work: its thread lives and came
round its loop lately. The heartbeat asks each part and records the one that stopped, so the
pages name it: the heartbeat alone proved only its own thread, while the one taking the
communes' reports, or the one signing cancels, could be dead (review15 #7)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

HUNG_S = 180.0
"""A part whose loop has not come round for this long has stopped, though its thread lives
(stuck): each comes round at least every minute."""


class Loop:
    """A part's own thread, and when it last came round its loop."""

    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        """Seconds that only go forward; a test passes its own."""
        self.thread: threading.Thread | None = None
        self.seen = clock()

    def run(self, target: Callable[[], object], name: str) -> None:
        self.seen = self.clock()
        self.thread = threading.Thread(target=target, name=name, daemon=True)
        self.thread.start()

    def round(self) -> None:
        """The part came round its loop: it is not stuck."""
        self.seen = self.clock()

    def alive(self) -> bool:
        return (
            self.thread is not None and self.thread.is_alive() and self.clock() - self.seen < HUNG_S
        )
