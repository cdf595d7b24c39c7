"""The three priorities of Circular 39/2020/TT-BTTTT."""

from __future__ import annotations

from enum import StrEnum


class Priority(StrEnum):
    NORMAL = "normal"
    """Airs in its slot."""
    PRIORITY = "priority"
    """Goes first in the next slot."""
    EMERGENCY = "emergency"
    """Interrupts what is on air and airs at once, even in quiet hours."""
