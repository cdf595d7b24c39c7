"""How much one input may weigh, checked before the expensive step (reading, decoding).

A script, a recording or a campaign from upstream is refused with one sentence when it is
larger than the station is willing to take, instead of exhausting an old PC's memory or
keeping ffmpeg busy for an hour. The values are `[limits]` in station.toml.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field

from common.errors import BroadcasterError
from common.i18n import _


def technicians(setting: str) -> str:
    """A station.toml setting named where the officer or the office may read it: as the
    technician's to change, never as a step for them (o20lan9: "đặt source trong mục
    [upstream]" asked the officer to edit a file she never sees)."""
    return _("the technician sets this limit: {setting} in station.toml").format(setting=setting)


def refuse_unreadable(
    text: str, where: str, in_file: bool = False, known: Collection[str] = ()
) -> None:
    """Refuse a text the voice cannot read: holding a NUL, typed in an old font (gibberish
    aloud) or without diacritics ('hop thon' is not 'họp thôn'; `known`, the station
    lexicon's words, are said as it says). The one rule for entry and approval."""
    # here, not at the top: the checks' word lists cost every process that imports the limits
    # (station.toml's settings) tens of ms at start, and most never check a text
    from .old_fonts import refuse_old_font
    from .unaccented import refuse_unaccented

    refuse_control_characters(text, where, in_file)
    refuse_old_font(text, where, in_file)
    refuse_unaccented(text, where, in_file, known=known)


LINE_ENDS = "\t\n\r"
"""The only control characters a text may hold: a tab and the line ends (Windows' CRLF)."""


def refuse_control_characters(text: str, where: str, in_file: bool = False) -> None:
    """Refuse a text holding a control character other than a tab or a line end: unseen in
    the form and in Notepad, said by the voices as garbage or as a guess warning about '',
    and a NUL is unsendable to the office (PostgreSQL holds none). A paste from a program
    that is no editor, or an old editor's Ctrl-Z inside a file (one at its end is its end:
    `old_fonts.decode_file`). A file's refusal names the line, to find it in Notepad."""
    found = next((n for n, c in enumerate(text) if unicodedata.category(c) == "Cc"
                  and c not in LINE_ENDS), None)  # fmt: skip
    if found is None:
        return
    line, code = text.count("\n", 0, found) + 1, f"{ord(text[found]):02X}"
    if in_file:
        raise BroadcasterError(
            _("{where}: line {line} holds an invisible control character (code {code}): open "
              "the file in Notepad, type that line again, save it, then send it again").format(
                where=where, line=line, code=code),
            field="text",
        )  # fmt: skip
    # named by its line: a stored notice refused at approval (one added from a file ended by
    # an old editor's Ctrl-Z before it was read as the end) is a page long
    raise BroadcasterError(
        _("{where}: line {line} of the text holds an invisible control character (code "
          "{code}; pasted from another program, or left by an old editor at a file's end): "
          "type that line again, or add the notice's file again").format(
            where=where, line=line, code=code),
        field="text",
    )  # fmt: skip


class LimitError(BroadcasterError):
    """An input larger than the station's limits, in one sentence."""


@dataclass(frozen=True)
class InputLimits:
    max_text_kb: int = 100
    """A script file (front matter and text), or a text received from upstream."""
    max_audio_mb: int = 200
    """An audio file as given (recording, jingle, emergency, upstream audio)."""
    max_audio_minutes: float = 30.0
    """An audio file's length once decoded."""
    known: frozenset[str] = field(default=frozenset(), compare=False, metadata={"toml": False})
    """The station lexicon's words (`Station.limits`, not station.toml): said as it says,
    so none of them is Vietnamese typed without its marks ('HOA BINH' listed as a brand)."""

    @property
    def max_text_bytes(self) -> int:
        return self.max_text_kb * 1024

    @property
    def max_audio_bytes(self) -> int:
        return self.max_audio_mb * 1024 * 1024

    @property
    def max_audio_s(self) -> float:
        return self.max_audio_minutes * 60

    def check_text(self, text: str, where: str, in_file: bool = False) -> None:
        """Within the limit, and readable (`refuse_unreadable`); `in_file`: the text came in
        a file, which is what a refusal says to fix."""
        size = len(text.encode("utf-8"))
        if size > self.max_text_bytes:
            raise over(
                _("{where}: the text is {size} KB, more than the limit of {limit} KB ({setting})"),
                where, -(-size // 1024), self.max_text_kb, "[limits] max_text_kb",
            )  # fmt: skip
        refuse_unreadable(text, where, in_file, self.known)

    def check_text_file(self, size: int, where: str) -> None:
        if size > self.max_text_bytes:
            raise over(
                _("{where}: the file is {size} KB, more than the limit of {limit} KB of text "
                  "({setting})"),
                where, -(-size // 1024), self.max_text_kb, "[limits] max_text_kb",
            )  # fmt: skip

    def check_audio_size(self, size: int, where: str) -> None:
        if size > self.max_audio_bytes:
            raise over(
                _("{where}: the audio file is {size} MB, more than the limit of {limit} MB "
                  "({setting})"),
                where, -(-size // (1024 * 1024)), self.max_audio_mb, "[limits] max_audio_mb",
            )  # fmt: skip

    def check_audio_length(self, seconds: float, where: str) -> None:
        """Decoding stops just past the limit, so the sentence can only say "longer than"."""
        if seconds > self.max_audio_s:
            raise over(
                _("{where}: the audio lasts longer than {limit:g} minutes, the longest the "
                  "station takes ({setting})"),
                where, None, self.max_audio_minutes, "[limits] max_audio_minutes",
            )  # fmt: skip


def over(sentence: str, where: str, size: int | None, limit: float, setting: str) -> LimitError:
    """One input past its limit, said with where it is and the technician's setting."""
    return LimitError(
        sentence.format(where=where, size=size, limit=limit, setting=technicians(setting))
    )


DEFAULT_LIMITS = InputLimits()
