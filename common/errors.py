"""One base for every error a person should read: a sentence, never a traceback."""

from __future__ import annotations


class BroadcasterError(Exception):
    """Something the station refuses or cannot do, said in one sentence in the station's
    terms (what is wrong, and where). The door that shows it (command line, web page) adds
    its own hint about what to press or type: `field` names the value at fault (the facade
    method's parameter), which the command line shows as its option and a page as the form
    field."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field
