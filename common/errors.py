"""One base for every error a person should read: a sentence, never a traceback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Self, TypeVar

T = TypeVar("T")


class BroadcasterError(Exception):
    """Something the station refuses or cannot do, said in one sentence in the station's
    terms (what is wrong, and where). The door that shows it (command line, web page) adds
    its own hint about what to press or type: `field` names the value at fault (the facade
    method's parameter), which the command line shows as its option and a page as the form
    field. An error may carry several `faults` found at once (see `together`)."""

    def __init__(
        self, message: str, field: str | None = None, faults: Sequence[BroadcasterError] = ()
    ) -> None:
        super().__init__(message)
        self.field = field
        self.faults: tuple[BroadcasterError, ...] = tuple(faults) or (self,)

    @classmethod
    def together(cls, faults: Sequence[BroadcasterError]) -> Self:
        """Every fault of one request at once (a form shows each next to its field; the
        command line prints them in one line), so a person fixes them in one go instead of
        meeting them one by one."""
        found = [f for fault in faults for f in fault.faults]
        if len(found) == 1 and isinstance(found[0], cls):
            return found[0]
        said = [str(f) for f in found]  # "… trở đi; …", not "… trở đi.; …"
        return cls("; ".join([*(s.removesuffix(".") for s in said[:-1]), said[-1]]),
                   found[0].field, found)  # fmt: skip


def kept(faults: list[BroadcasterError], check: Callable[[], T]) -> T | None:
    """What `check` returns, or None with its refusals added to `faults`: checks go on past a
    fault, so that `together` says every one of them."""
    try:
        return check()
    except BroadcasterError as e:
        faults.extend(e.faults)
        return None
