"""Quiet hours: local wall-clock times when normal and priority airings are refused."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time


@dataclass(frozen=True)
class QuietHours:
    start: time
    end: time

    def contains(self, moment: time) -> bool:
        """True inside the quiet span; a span like 21:00–05:00 wraps past midnight."""
        if self.start <= self.end:
            return self.start <= moment < self.end
        return moment >= self.start or moment < self.end
