"""The station's own jingles, made by code: a rising chime to open, a falling one to close.

Original sounds (no third-party audio): each note is a sine with its octave, decaying. They
ship made (chimes/), as the station stores them: `init` copies them in.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from announcements.audio import Loudness, run_tool, tool_path
from common.i18n import N_, _


class JingleRole(StrEnum):
    """Where a jingle airs in a program."""

    INTRO = "intro"
    OUTRO = "outro"
    BRIDGE = "bridge"
    """between two readings of a repeated announcement"""

    @property
    def label(self) -> str:
        return _(JINGLE_LABELS[self])


JINGLE_LABELS = {
    JingleRole.INTRO: N_("opening"),
    JingleRole.OUTRO: N_("closing"),
    JingleRole.BRIDGE: N_("bridge"),
}


ROLES = tuple(JingleRole)

CHIMES: dict[str, tuple[tuple[float, float], ...]] = {
    # (start second, frequency Hz)
    "intro": ((0.0, 523.25), (0.18, 659.25), (0.36, 783.99), (0.54, 1046.50)),
    "outro": ((0.0, 783.99), (0.25, 659.25), (0.5, 523.25)),
}
CHIME_SECONDS = 2.4


CHIMES_MADE = Path(__file__).with_name("chimes")
"""The default chimes as a station stores them: `make_chime` rendered each, `ingest` converted
and measured it at the default loudness target (tests/test_init.py checks they still match).
`init` copies them, where rendering and measuring took ~0.6 s of ffmpeg per station."""
CHIME_LOUDNESS = {"intro": Loudness(-19.9, -7.9), "outro": Loudness(-21.7, -9.7)}
"""What `ingest` measured of each made chime."""


def chime_expression(notes: tuple[tuple[float, float], ...]) -> str:
    """An ffmpeg aevalsrc expression summing decaying notes."""
    voices = [
        f"gte(t,{start})*(sin(2*PI*{freq}*(t-{start}))+0.3*sin(4*PI*{freq}*(t-{start})))"
        f"*exp(-3.5*(t-{start}))"
        for start, freq in notes
    ]
    return "0.2*(" + "+".join(voices) + ")"


def make_chime(role: str, out: Path) -> Path:
    """Write the default jingle for `role` to `out` (WAV): how CHIMES_MADE were made."""
    expression = chime_expression(CHIMES[role])
    run_tool(
        [
            "ffmpeg",
            "-hide_banner",
            "-nostdin",
            "-loglevel",
            "error",
            "-f",
            "lavfi",
            "-i",
            f"aevalsrc='{expression}':s=22050:d={CHIME_SECONDS}",
            "-af",
            "afade=t=out:st=1.9:d=0.5",
            "-y",
            tool_path(out),
        ]
    )
    return out
