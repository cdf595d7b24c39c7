"""Signal handlers that never run inside a lock the main thread holds.

Python runs a handler in the main thread, between two of its bytecodes: those may be inside
a `threading.Event`'s own lock (its `wait()` and `clear()` hold it for a moment, every time).
A handler that sets that Event then waits for the main thread, which waits for the handler:
for ever (CI32: the station daemon, stopped on a full disk, never ended; a burst of SIGUSR1,
`emergency` waking it, hung it in a minute). Here the handler only puts the signal's number
on a `queue.SimpleQueue` (reentrant: safe there), and a thread of its own runs the work.
"""

from __future__ import annotations

import queue
import signal
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

Handler = Callable[[int, FrameType | None], None]
"""What a signal does, as `signal.signal` takes it (called here with no frame)."""


@contextmanager
def handled(handlers: dict[signal.Signals, Handler]) -> Iterator[None]:
    """Run each handler on the thread "signals" when its signal comes, while this block runs
    (main thread only); the handlers before are put back after, and every signal that came
    meanwhile has been handled by then."""
    came: queue.SimpleQueue[int | None] = queue.SimpleQueue()

    def dispatch() -> None:
        while (signum := came.get()) is not None:
            handlers[signal.Signals(signum)](signum, None)

    worker = threading.Thread(target=dispatch, name="signals", daemon=True)
    worker.start()
    previous = {sig: signal.signal(sig, lambda signum, _frame: came.put(signum))
                for sig in handlers}  # fmt: skip
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        came.put(None)
        worker.join()
