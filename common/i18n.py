"""Every sentence a person reads goes through `_`, so that it reaches them in Vietnamese.

Messages are written in English with named placeholders and formatted after translation:
`_("announcement '{id}' is retired").format(id=announcement_id)`, so a translation may put
the values in another order. The catalog is gettext's, managed with Babel: `locale/vi/…/
broadcaster.po` is the source, compiled to `.mo` at install (scripts/setup.sh) or, when the
`.po` is newer, on first use.

The language is chosen once per process (`use_language`): the environment (LC_ALL,
LC_MESSAGES, LANG) when it names a language we speak, else the station's `language`
setting, else Vietnamese. Click's own words ("Usage:", "Missing option") come from the same
catalog: they go through the standard `gettext` functions, which follow LANGUAGE and the
default text domain, both set here.
"""

from __future__ import annotations

import gettext
import io
import os
import re
from collections.abc import Iterable
from pathlib import Path

from common.plain_text import fold

DOMAIN = "broadcaster"
LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("vi", "en")
"""What the station speaks: Vietnamese first; English is the text in the code."""
DEFAULT_LANGUAGE = "vi"

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def _(message: str) -> str:
    """The message in the station's language."""
    return _translations.gettext(message)


def ngettext(singular: str, plural: str, n: int) -> str:
    """The message for `n` things ("1 airing", "3 airings") in the station's language."""
    return _translations.ngettext(singular, plural, n)


def N_(message: str) -> str:
    """Marks a message for the catalog where it is defined; `_` translates it where shown."""
    return message


def sentence(text: str) -> str:
    """`text` as a sentence a person reads on its own, with a capital first letter: many of
    our messages also stand inside others ("… refused: {problem}"), so they are written in
    lower case and given their capital where they are shown alone. A sentence that starts
    with a name as written (`nhac.mp3: …`, `'sang' …`) keeps it as it is."""
    first = text.split(maxsplit=1)[0].rstrip(":;,") if text.strip() else ""
    return text[:1].upper() + text[1:] if first.isalpha() and first.islower() else text


OPENERS, CLOSERS = "(“[", ")”]"


def sentences(text: str) -> str:
    """A warning written as clauses ("…; …; …") as short sentences, each with its capital
    and full stop (o12b C2: one 110-word sentence of nine clauses was not read to its end).
    A ";" inside brackets or “quotes” (an emergency's first words) stays where it is."""
    clauses, depth, start = [], 0, 0
    for at, char in enumerate(text):
        depth += (char in OPENERS) - (char in CLOSERS)
        if char == ";" and depth <= 0 and text[at + 1 : at + 2] in (" ", ""):
            clauses.append(text[start:at])
            start = at + 1
    clauses.append(text[start:])
    return " ".join(full_stop(sentence(clause.strip())) for clause in clauses if clause.strip())


def full_stop(text: str) -> str:
    """`text` ending as a sentence does: our messages stand inside others, so they are written
    without one, and given it where they are said on their own (o23lan12 M6)."""
    return text if not text or text.endswith((".", "!", "?")) else text + "."


def not_offered(value: str, labels: Iterable[str]) -> str:
    """A value that is none of a list's choices (a page forged, or older than the list), said
    with the choices as the page shows them (w27office #4: a tampered drop-down read "không
    thuộc normal, priority", words the page never shows)."""
    return _("“{value}” is not one of the choices: {choices}; choose one in the list").format(
        value=value, choices=", ".join(f"“{label}”" for label in labels)
    )


def mid_sentence(label: str) -> str:
    """A label written to stand alone ("Tháng 11/2026", a report's heading) as it reads
    inside a sentence: with a small first letter ("…: 2 xã, tháng 11/2026; …")."""
    return label[:1].lower() + label[1:]


UNNAMED = re.compile(r"^(?:“[^”]*”|[^'“:;]*'…'): ")
"""How the library begins a sentence about one notice or slot, by its title or, not named yet,
"…" (`“Họp thôn”: …`, `khung giờ '…': …`): on its own form that says nothing."""
LINKING = frozenset({"cua", "cac", "mot", "hoac", "cho", "voi", "khi", "nhu", "nay", "the"})
"""Words of a label that do not name its field ("Hoặc địa chỉ web *của* cơ quan cấp trên")."""


def names_field(said: str, label: str) -> bool:
    """Whether a sentence names the field `label` labels: one of its words (three letters or
    more, not a linking word; else the short label itself) is in it, accents and case aside
    ("Mật khẩu quá ngắn" names "Mật khẩu mới"; "'-1' không phải số phút" does not name
    "Chương trình dài nhất")."""
    plain = fold(said)
    words = [w for w in re.findall(r"\w+", fold(label)) if len(w) >= 3 and w not in LINKING]
    return any(re.search(rf"\b{re.escape(w)}\b", plain) for w in words or [fold(label)])


def field_sentence(problem: str, label: str) -> str:
    """A field's error as she reads it next to the field: whole sentences, each with its
    capital and full stop, that name the field: the library's words as they are when they
    name it already ("Số lần đọc phải là …"), else after the field's label ("Ô “Có hiệu lực
    từ”: '32/13/2026' không phải ngày tháng …"): many say only what is wrong with a value.
    Every field of every console form shows its error through this (the `field_error` filter).
    """
    said = UNNAMED.sub("", " ".join(problem.split()))
    field = label.split(" (")[0].strip()  # "Có hiệu lực từ (không bắt buộc)" is named without
    if not names_field(said, field):
        head = said.split(":", 1)[0]
        first = head.split(maxsplit=1)[0] if head.strip() else ""
        if first.isalpha() and first.istitle() and "." not in head:  # not 'Cắt điện.txt: …'
            said = mid_sentence(said)  # "Hãy chọn …" goes on: "Ô “Bản mới”: hãy chọn …"
        said = _("The box “{field}”: {problem}").format(field=field, problem=said)
    return sentences(said)


def language() -> str:
    return _language


def decimal(value: float) -> str:
    """A number as the reader writes it: "0,05" in Vietnamese (a point reads as thousands
    there), "0.05" in English; no trailing zeros."""
    text = f"{value:g}"
    return text.replace(".", ",") if _language.startswith("vi") else text


def language_from_environment() -> str | None:
    """The language the environment asks for, if it is one we speak (C/POSIX ask for none)."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            code = value.split(".")[0].split("_")[0].lower()
            return code if code in LANGUAGES else None
    return None


def choose_language(station_language: str | None) -> str:
    return language_from_environment() or station_language or DEFAULT_LANGUAGE


def use_language(code: str) -> None:
    """Speak `code` from now on in this process (ours and click's messages)."""
    global _translations, _language
    if code not in LANGUAGES:
        raise ValueError(f"unknown language {code!r}")
    _translations = translations(code)
    _language = code
    os.environ["LANGUAGE"] = code
    gettext.bindtextdomain(DOMAIN, LOCALE_DIR)
    gettext.textdomain(DOMAIN)


def translations(code: str) -> gettext.NullTranslations:
    """The catalog of `code`, whatever language this process speaks (reports are Vietnamese
    documents, whoever prints them)."""
    folder = LOCALE_DIR / code / "LC_MESSAGES"
    source, compiled = folder / f"{DOMAIN}.po", folder / f"{DOMAIN}.mo"
    if source.exists() and not (
        compiled.exists() and compiled.stat().st_mtime >= source.stat().st_mtime
    ):  # a fresh checkout, an edit: compile the `.mo`
        from .files import OutputError, atomic_path  # here: files.py speaks through us

        try:
            with atomic_path(compiled) as tmp, tmp.open("wb") as out:
                out.write(_compiled(source))
        except (OSError, OutputError):  # an install its user cannot write (/opt): in memory
            return gettext.GNUTranslations(io.BytesIO(_compiled(source)))
    return gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)


def _compiled(source: Path) -> bytes:
    """`.po` → `.mo` bytes with Babel (imported here only: it is slow to import)."""
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with source.open("rb") as f:
        catalog = read_po(f, locale=source.parent.parent.name)
    out = io.BytesIO()
    write_mo(out, catalog)
    return out.getvalue()
