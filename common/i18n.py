"""Every sentence a person reads goes through `_` so that it can be translated.

Messages are written in English with named placeholders, and formatted after translation:
`_("announcement '{id}' is retired").format(id=announcement_id)`, so a translation may put
the values in another order. The Vietnamese catalog is loaded here (issue 12); until then the
English text is shown as written.
"""

from __future__ import annotations


def _(message: str) -> str:
    """The message in the station's language."""
    return message


def N_(message: str) -> str:
    """Marks a message for the catalog where it is defined; `_` translates it where shown."""
    return message
