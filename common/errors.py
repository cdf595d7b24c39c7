"""One base for every error a person should read: a sentence, never a traceback."""

from __future__ import annotations


class BroadcasterError(Exception):
    """Something the station refuses or cannot do, said in one sentence in the station's
    terms (what is wrong, and where). The door that shows it (command line, web page) adds
    its own hint about what to press or type."""
