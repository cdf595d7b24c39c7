"""Free text a person types into the log: why a notice is not approved, why an emergency is
stopped, why a program airs in quiet hours, why the office revokes or retires a station. One
tidy for every such field, so that none lets through what another refuses: the station's
log is signed and sent, its reports printed and its lines read in a terminal."""

from __future__ import annotations

import unicodedata

from common.errors import BroadcasterError
from common.i18n import N_, _

NOTE_MAX = 500
"""Characters of such a text, tidied: a few lines' worth, as a report's cell shows it."""
LINE_BREAKS = frozenset("\t\n\r\u2028\u2029")
"""What a person types or pastes between lines and words (a textarea's lines, a pasted
table's tab, a word processor's line separator): each becomes one space."""

REFUSAL_REASON = N_("the reason for not approving")
STOP_REASON = N_("the reason for stopping")
QUIET_REASON = N_("the reason for airing in quiet hours")
REVOKE_REASON = N_("the reason for revoking")
RETIRE_REASON = N_("the reason for retiring")


def tidy_note(typed: str | None, what: str, field: str | None = None) -> str:
    """`typed` as the log keeps it: NFC, on one line (the lines and spaces typed made single
    spaces); "" when it is nothing but spaces (each field says whether it may be empty).
    Refused, naming `what` (a msgid above) and where, when it holds a control character (a
    NUL, a terminal's escape, a bidi override that shows the text reordered, an invisible
    zero-width one) or is longer than NOTE_MAX. `field`: the parameter at fault."""
    text = unicodedata.normalize("NFC", typed or "")
    if said := invisible(text, _(what)):
        raise BroadcasterError(said, field)
    tidy = " ".join(text.split())
    if len(tidy) > NOTE_MAX:
        raise BroadcasterError(
            _("{what} is too long ({length} characters): at most {most}").format(
                what=_(what), length=len(tidy), most=NOTE_MAX
            ),
            field,
        )
    return tidy


def invisible(text: str, what: str) -> str | None:
    """Why `text` (named by `what`, as said) is refused, or None: it holds a control or format
    character other than a line break (a NUL, a terminal's escape, a bidi override that shows
    it reordered, a zero-width one). The one rule for what a person types on a line: her
    reasons and a notice's title and campaign, which reports print and lists show."""
    for at, char in enumerate(text, 1):
        if unicodedata.category(char)[0] == "C" and char not in LINE_BREAKS:
            return _(
                "{what} holds a control character that cannot be seen (U+{code:04X}, "
                "character {at}), perhaps pasted from elsewhere: type it again"
            ).format(what=what, code=ord(char), at=at)
    return None
