"""Quiet hours: local wall-clock times when normal and priority airings are refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


def parse_clock_time(value: str) -> time:
    """'17:30' or '05:30:15' → time; anything else raises ValueError with a readable reason."""
    parts = value.split(":")
    if len(parts) not in (2, 3) or not all(p.isdigit() and len(p) == 2 for p in parts):
        raise ValueError(f"'{value}' is not a time of day (use HH:MM or HH:MM:SS)")
    hour, minute, second = (int(p) for p in [*parts, "00"][:3])
    try:
        return time(hour, minute, second)
    except ValueError as e:
        raise ValueError(f"'{value}' is not a time of day ({e})") from e


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    def contains(self, moment: time) -> bool:
        """True inside the quiet span; a span like 21:00–05:00 wraps past midnight."""
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end
