"""The three priorities of Circular 39/2020/TT-BTTTT."""

from __future__ import annotations

from enum import StrEnum

from common.i18n import N_, _


class Priority(StrEnum):
    NORMAL = "normal"
    """Airs in its slot."""
    PRIORITY = "priority"
    """Goes first in the next slot."""
    EMERGENCY = "emergency"
    """Interrupts what is on air and airs at once, even in quiet hours."""

    @property
    def label(self) -> str:
        return _(PRIORITY_LABELS[self])


PRIORITY_LABELS = {
    Priority.NORMAL: N_("normal"),
    Priority.PRIORITY: N_("priority"),
    Priority.EMERGENCY: N_("emergency"),
}

NOTICE_PRIORITIES = (Priority.NORMAL, Priority.PRIORITY)
"""What a notice (a file, the form, an office campaign) may ask for. An emergency is not a
notice's setting but an act: it interrupts now, once, and is over when its validity ends
(the station's "Emergency broadcast", the office's `office emergency`). A notice marked
emergency went in slots like any other and aired every day until its end date: the
evacuation order of o20lan9 N1, typed through the ordinary form."""
