"""The printed reports' heading as the leader sets it in the console: the body above the
station, the station's name as printed, the place of the date line, the signer's title and
name. A console cannot safely rewrite a hand-edited station.toml, so the value lives in the
store (`report_headings`, every change kept with who made it and when); `[report]` in
station.toml, or the station's name, is the default until someone sets it, and the newest
saved heading wins over it."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, fields

from common.errors import BroadcasterError
from common.i18n import N_, _
from common.store import Store

MAX_CHARS = 120
"""The longest line of a heading: a longer one would not fit the printed page's column."""

LABELS = (
    ("parent", N_("Governing body")),
    ("issuer", N_("Station name")),
    ("place", N_("Commune name (the date line)")),
    ("signer", N_("Signer's title")),
    ("signer_title", N_("The signer's own title (when signing for someone)")),
    ("signer_name", N_("Signer's full name")),
)
"""Each field, in the form's order, as the form names it, which its refusal repeats (pairs,
not a dict: a door may import a constant, never a table it could change)."""
REQUIRED = ("parent", "issuer", "place", "signer")


class HeadingError(BroadcasterError):
    """A heading refused; `field` names the form field at fault."""


@dataclass(frozen=True)
class Heading:
    parent: str
    issuer: str
    place: str
    signer: str
    signer_title: str
    signer_name: str


@dataclass(frozen=True)
class SavedHeading(Heading):
    changed_by: str
    changed_at: str


def saved(db: Store) -> SavedHeading | None:
    """The newest heading set in the console, or None when nobody has set one."""
    names = ", ".join(f.name for f in fields(SavedHeading))
    rows = list(db.query(f"SELECT {names} FROM report_headings ORDER BY id DESC LIMIT 1"))
    return SavedHeading(**rows[0]) if rows else None


def checked(typed: Mapping[str, str]) -> Heading:
    """The heading as typed, each line's spaces tidied; refused (every fault at once, each
    at its field) when a required line is empty or a line is too long or not one line."""
    labels = dict(LABELS)
    values = {name: " ".join(typed.get(name, "").split()) for name in labels}
    faults: list[BroadcasterError] = []
    for name, value in values.items():
        label = _(labels[name])
        if name in REQUIRED and not value:
            faults.append(HeadingError(
                _("'{field}' cannot be empty: the printed report needs it.").format(field=label),
                field=name))  # fmt: skip
        elif len(value) > MAX_CHARS:
            faults.append(HeadingError(
                _("'{field}' is {n} characters long: at most {most} fit the printed "
                  "heading.").format(field=label, n=len(value), most=MAX_CHARS),
                field=name))  # fmt: skip
        elif not unicodedata.normalize("NFC", value).isprintable():
            faults.append(HeadingError(
                _("'{field}' holds characters that cannot be printed.").format(field=label),
                field=name))  # fmt: skip
    if faults:
        raise HeadingError.together(faults)
    return Heading(**{k: unicodedata.normalize("NFC", v) for k, v in values.items()})


def stamp(db: Store) -> str:
    """What the heading's form carries of the heading it shows: the newest row ("" for none)."""
    row = db.execute("SELECT MAX(id) FROM report_headings").fetchone()
    return str(row[0]) if row and row[0] is not None else ""


def save(db: Store, heading: Heading, by: str, at: str, built_on: str | None = None) -> None:
    """Keep `heading` as the one printed from now on (one transaction, with who and when).
    Given the `stamp` its form was built on, refused if someone saved another since (o15lan
    B2): checked inside the transaction; `changed_meanwhile` says who and when."""
    row = {f.name: getattr(heading, f.name) for f in fields(Heading)}
    with db.conn:
        if built_on is not None and stamp(db) != built_on:
            raise HeadingChanged(_("the heading was saved by someone else meanwhile"))
        db.table("report_headings").insert(row | {"changed_by": by, "changed_at": at})


class HeadingChanged(BroadcasterError):
    """The heading was saved by someone else after the form was shown: nothing is saved."""
