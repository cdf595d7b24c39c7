"""Announcements as the web console meets them: typed into a form, sent as files from a phone,
looked for by status, campaign or words, and compared version with version.

Every path ends in the same checks as a file added on the command line (`script_from_fields`,
`read_script`, the station's limits), so a form can store nothing a file could not.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import re
import shutil
import tempfile
import unicodedata
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from functools import partial
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from announcements.script import (
    MAX_REPEAT,
    SCRIPT_SUFFIXES,
    ScriptError,
    dates_reversed,
    read_script,
    script_from_fields,
)
from common.errors import BroadcasterError, kept
from common.i18n import _, not_offered
from common.localtime import local_text
from common.plain_text import fold, slug
from schedules.parse import InputError, parse_date

from .layout import PROGRAMS
from .program import render_program
from .records import (
    AddResult,
    Announcement,
    AnnouncementStatus,
    Found,
    Meanwhile,
    VersionDiff,
    changed_settings,
)
from .station import not_past

if TYPE_CHECKING:
    from .station import Station

MAX_UPLOAD_NAME = 120
"""Characters of an uploaded file's name kept (a phone names a recording after its date)."""


def type_announcement(
    station: Station,
    text: str,
    title: str,
    *,
    announcement_id: str | None = None,
    editing: bool = False,
    campaign: str = "",
    priority: str = "normal",
    repeat: str = "1",
    valid_from: str = "",
    valid_until: str = "",
    voice: str = "",
    by: str = "",
    built_on: str = "",
) -> AddResult:
    """A new announcement (or, `editing`, a new version of one) from a form's values as typed
    by the account `by`. Without an id, one is made from the title (a new one never replaces
    another). Editing, `built_on` is the stamp the form was built from: a save on a notice
    changed or retired since is refused (ChangedMeanwhile), nothing saved."""
    title = " ".join(title.split())
    faults: list[BroadcasterError] = []  # every fault at once, each next to its field
    if not title:
        faults.append(ScriptError(_("Give the announcement a title."), field="title"))
    else:  # printed so in every list and the month report: refused as a body is (o17lan5 K2)
        from announcements.unaccented import refuse_unaccented  # the reader's lists: see limits

        lexicon = station.limits.known
        kept(faults, partial(refuse_unaccented, title, _("Title"), field="title", known=lexicon))
    meta: dict[str, object] = {"title": title or "…", "priority": priority.strip() or "normal"}
    where = f"“{title or '…'}”"
    if voice.strip():
        meta["voice"] = voice.strip()
    meta["repeat"] = kept(faults, lambda: _repeat(repeat)) or 1
    today = station.today()
    for key, value in (("valid_from", valid_from), ("valid_until", valid_until)):
        if value.strip():
            try:
                meta[key] = parse_date(value, today, coming=True).isoformat()
            except InputError as e:
                faults.append(ScriptError(str(e), field=key))
    since, until = str(meta.get("valid_from", "")), str(meta.get("valid_until", ""))
    if since and until and until < since:  # ISO dates; said in her words, not the file's below
        del meta["valid_from"]
        faults.append(ScriptError(dates_reversed(until, since), field="valid_until"))
    if "valid_until" in meta:
        kept(faults, lambda: not_past(date.fromisoformat(str(meta["valid_until"])), today,
                                 "valid_until"))  # fmt: skip
    wanted = (announcement_id or "").strip()
    if editing:
        found = station.find_announcement(wanted)
        if found is None:
            raise ScriptError(_("there is no announcement '{id}'").format(id=wanted), field="id")
        if found.kind == "recording":
            raise ScriptError(
                _("'{id}' is a recording: send a new recording to change it").format(id=wanted),
                field="text",
            )
    elif wanted:
        if station.find_announcement(wanted) is not None:
            faults.append(ScriptError(
                _("there is already an announcement '{id}': choose another id").format(id=wanted),
                field="id"))  # fmt: skip
    else:
        wanted = _free_id(station, slug(title) or "thong-bao")
    if campaign.strip():
        own = found.campaign if editing and found else None
        code = kept(faults, lambda: campaign_named(station, campaign, own))
        if code:
            meta["campaign"] = code
            known = station.campaign_titles().get(code)
            if known:  # the form has no title field: keep the campaign's (o17lan5 finding 6)
                meta["campaign_title"] = known
    meta["id"] = wanted
    script = kept(faults, lambda: script_from_fields(
        meta, where, text=text, recording=None, source=Path(f"web:{by}"), default_id=wanted,
        default_title=title, limits=station.limits))  # fmt: skip
    if faults or script is None:
        raise ScriptError.together(faults)
    return station.store_scripts([script], {wanted: built_on} if editing and built_on else None)[0]


def campaign_names(station: Station) -> dict[str, str]:
    """Each campaign as a form names it: by its title where no other campaign has that title
    or that code, else by its code, so that each name maps back to one campaign (review17b
    #11: two campaigns of one title sent a notice to the newest's)."""
    titles, codes = station.campaign_titles(), station.campaigns()
    held = Counter(titles.values())
    return {code: title if (title := titles.get(code)) and held[title] == 1
            and (title == code or title not in codes) else code
            for code in codes}  # fmt: skip


def campaign_named(station: Station, typed: str, own: str | None = None) -> str:
    """The campaign a form's field names: the one whose code or title it is, else what she
    typed (a new campaign). A title or code naming two is refused next to the field (a title
    equal to another's code too), unless one is the notice's `own` (its edit form shows it)."""
    typed, titles = typed.strip(), station.campaign_titles()
    named = [code for code in station.campaigns() if typed in (code, titles.get(code))]
    if own is not None and own in named:
        return own
    if len(named) > 1:
        names = campaign_names(station)
        raise ScriptError(
            _("“{typed}” names {count} campaigns: choose one as the list offers it ({names}).")
            .format(typed=typed, count=len(named), names=", ".join(names[c] for c in named)),
            field="campaign")  # fmt: skip
    return named[0] if named else typed


def changed_meanwhile(station: Station, row: Mapping[str, Any], saving: str = "") -> str:
    """The sentence that refuses a save built on an older copy: who changed the notice (or
    retired it), when, and that nothing was saved. `saving`, the refused save's source (as
    "web:lan"): her own account is named as her other tab."""
    zone, today = station.config.zone, station.today()
    by = _account(saving)
    if row["retired_at"]:
        return _("{who} retired this notice ({when}) after this page was opened: nothing was "
                 "saved; your text is kept below.").format(
            who=station.who_else(row["retired_by"], by),
            when=local_text(row["retired_at"], zone, today, mid=True))  # fmt: skip
    who, when = _saved_by(station, row["id"], row["version"], by)
    return _("{who} saved version {version} of this notice ({when}) after this page was "
             "opened: nothing was saved; your text is kept below, beside the current "
             "one.").format(who=who, version=row["version"], when=when)  # fmt: skip


def _saved_by(station: Station, announcement_id: str, version: int, by: str) -> tuple[str, str]:
    """Who saved that version (as account `by` reads it: her own is her other tab), and when."""
    source, created = station.db.execute(
        "SELECT source, created_at FROM announcement_versions WHERE announcement_id = ? AND "
        "version = ?", [announcement_id, version]).fetchone()  # fmt: skip
    who = (station.who_else(_account(source), by) if (source or "").startswith("web:")
           else _("someone at the command line"))  # fmt: skip
    return who, local_text(created, station.config.zone, station.today(), mid=True)


def meanwhile(station: Station, announcement_id: str, stamp: str, text: str, by: str) -> Meanwhile:
    """What changed since the version `stamp` names (a refused form's), by whom, and what her
    `text` changed from that same version: "8 → 7 giờ 30" is then said as the other tab's."""
    texts = station.version_texts(announcement_id)
    version = max(texts)
    try:
        base = int(stamp.split("-")[0])
    except ValueError:
        base = version
    base = base if base in texts else version
    who = ", ".join(dict.fromkeys(_saved_by(station, announcement_id, v, by)[0]
                                  for v in range(base + 1, version + 1) if v in texts))  # fmt: skip
    return Meanwhile(base, version, who, word_diff(texts[base], texts[version]),
                     word_diff(texts[base], text))  # fmt: skip


def approval_overtaken(station: Station, announcement_id: str, read: int, by: str) -> str:
    """The sentence that refuses an approval of a version no longer current, said plainly
    above what changed since (o15lan2 N10: "…đã đổi sang phiên bản 2 kể từ khi được đọc"
    left Hùng to find the change himself)."""
    found = station.announcement(announcement_id, spoken=False)
    who, when = _saved_by(station, found.id, found.version, by)
    return _("The notice was changed after you opened it: {who} saved version {version} "
             "({when}), and you read version {read}. Nothing was approved. What changed is "
             "marked below: read it, then approve version {version} if it is "
             "right.").format(who=who, version=found.version, when=when, read=read)  # fmt: skip


def _account(source: str | None) -> str:
    """The console account a version's source names ("web:lan" → "lan"; "" for a file)."""
    if not (source or "").startswith("web:"):
        return ""
    return (source or "").removeprefix("web:").split("/")[0]


def _repeat(typed: str) -> int:
    typed = typed.strip()
    if not typed.isascii() or not typed.isdigit() or not 1 <= int(typed) <= MAX_REPEAT:
        raise ScriptError(
            _("The number of readings must be a whole number from 1 to {most}.").format(
                most=MAX_REPEAT
            ),
            field="repeat",
        )
    return int(typed)


def _free_id(station: Station, base: str) -> str:
    """`base`, or `base-2`, `base-3`… whichever no announcement has yet."""
    base = base[:60].rstrip("-_")
    candidate, n = base, 1
    while station.find_announcement(candidate) is not None:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


DOCUMENT_SUFFIXES = (".docx", ".doc", ".odt", ".rtf", ".pdf")
"""A word processor's document: its text cannot be read from the file, but it pastes as text
into the form's own box (o17lan5 finding 4: a .docx refused without saying what to do)."""


def _document(path: Path, _limits: object) -> None:
    """Refuse a word processor's document, telling the officer to paste its text instead."""
    raise ScriptError(
        _("{name}: the text of a {suffix} document cannot be read from the file. Open the "
          "file, copy its text, then paste it into the box “Or type it” just below.").format(
            name=path.name, suffix=path.suffix.lower()),
        field="files",
    )  # fmt: skip


def add_uploads(
    station: Station, files: Sequence[tuple[str, IO[bytes]]], by: str = ""
) -> list[AddResult]:
    """Announcement files sent from a browser (scripts, recordings, or a script with the
    recording it names), added exactly as `announce add` adds files: all or none."""
    if not files:
        raise ScriptError(_("Choose a script or a recording to send."), field="files")
    with received(station, files, "files") as paths:
        limits = station.limits
        faults: list[BroadcasterError] = []
        read = {p: kept(faults, partial(read_script, p, limits))
                for p in paths if p.suffix.lower() in SCRIPT_SUFFIXES}  # fmt: skip
        named = {s.recording for s in read.values() if s and s.recording}
        for path in paths:  # a recording a script names airs as that script, not on its own
            if path not in read and path.resolve() not in named:
                reader = _document if path.suffix.lower() in DOCUMENT_SUFFIXES else read_script
                read[path] = kept(faults, partial(reader, path, limits))
        scripts = [replace(s, source=Path(f"web:{by}") / p.name)
                   for p in paths if (s := read.get(p))]  # fmt: skip
        sound = [p.name for p in paths if read.get(p) or p.resolve() in named]
        # every file's faults at once, as the form says its fields', past end dates among them
        return station.store_scripts(scripts, faults=faults, sound=sound)


@contextmanager
def received(
    station: Station, files: Sequence[tuple[str, IO[bytes]]], field: str
) -> Iterator[list[Path]]:
    """Files sent from a browser, written under their own names into a private folder of the
    station while the block runs; a refusal inside names the file as sent (never the folder)
    and belongs to the form's `field`."""
    folder = Path(tempfile.mkdtemp(prefix=".upload-", dir=station.root))
    try:
        paths = []
        for name, stream in files:
            path = folder / _upload_name(name, field)
            if path.exists():
                raise BroadcasterError(
                    _("two files are named '{name}'").format(name=path.name), field=field
                )
            with path.open("xb") as out:
                shutil.copyfileobj(stream, out)
            paths.append(path)
        try:
            yield paths
        except BroadcasterError as e:
            shown = str(e).replace(f"{folder}/", "").replace(str(folder), "")
            raise BroadcasterError(shown, field=field) from None
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _upload_name(sent: str, field: str) -> str:
    """The file name a browser sent, as a plain name inside the upload folder: never a path,
    never hidden, no control characters (a phone's 'Ghi âm 02-03-2026.m4a' stays as it is)."""
    name = unicodedata.normalize("NFC", sent.replace("\\", "/").rsplit("/", 1)[-1])
    name = "".join(c for c in name if unicodedata.category(c)[0] != "C").strip()
    if not name or name.startswith(".") or len(name) > MAX_UPLOAD_NAME:
        raise BroadcasterError(
            _("'{name}' cannot be used as a file name: rename the file and send it again").format(
                name=sent[:MAX_UPLOAD_NAME]
            ),
            field=field,
        )
    return name


def title_order(title: str, announcement_id: str) -> tuple[str, str, str]:
    """Where a notice comes among others as urgent, on air and in every list of them: by
    title as a Vietnamese reader alphabetises ('Cơ quan…', 'Hướng dẫn…', 'Vận động…'; accents,
    capitals and đ set aside first), then by id. A campaign aired in id order, ticked notices
    in title order, so Lan could not tell which order airs (o11b N4)."""
    return (fold(title), title.casefold(), announcement_id)


def _haystack(row: dict[str, str | None]) -> str:
    return fold(f"{row['id']} {row['title']} {row['text'] or ''}")


STATUS_WHERE = {
    "": "a.retired_at IS NULL",
    AnnouncementStatus.RETIRED: "a.retired_at IS NOT NULL",
    AnnouncementStatus.APPROVED: "a.retired_at IS NULL AND a.approved_version = a.version",
    AnnouncementStatus.DRAFT: "a.retired_at IS NULL AND a.approved_version IS NOT a.version "
    "AND a.refused_version IS NOT a.version",
    AnnouncementStatus.REFUSED: "a.retired_at IS NULL AND a.approved_version IS NOT a.version "
    "AND a.refused_version = a.version",
}
"""Each status as the store's columns say it (see Announcement.status)."""


def find(
    station: Station,
    status: str = "",
    campaign: str = "",
    words: str = "",
    offset: int = 0,
    limit: int | None = None,
) -> Found:
    """Announcements (retired ones only when `status` asks for them; emergencies never) of
    that status and campaign whose id, title or current text holds every one of `words`, by
    title (as she knows them: o12b C4), then id; `limit` of
    them from `offset` as records (a page of a long list), and how many there are in all."""
    if status not in STATUS_WHERE:
        raise BroadcasterError(not_offered(status, [s.label for s in AnnouncementStatus]),
                               field="status")  # fmt: skip
    # an emergency aired once and is over: Nhật ký has it, not the notices (o22lan11 N5)
    where, params = [STATUS_WHERE[status], "a.origin IS NOT 'emergency'"], []
    if campaign:
        where.append("a.campaign = ?")
        params.append(campaign)
    cursor = station.db.execute(
        "SELECT a.*, v.text, v.recording_sha256 FROM announcements a "
        "JOIN announcement_versions v ON v.announcement_id = a.id AND v.version = a.version "
        f"WHERE {' AND '.join(where)} ORDER BY a.title COLLATE NOCASE, a.id",
        params,
    )
    names = [column[0] for column in cursor.description]
    rows = (dict(zip(names, row, strict=True)) for row in cursor)
    wanted = fold(words).split()
    if wanted:
        rows = (r for r in rows if all(w in _haystack(r) for w in wanted))
    matched = list(rows)
    shown = matched[offset : None if limit is None else offset + limit]
    return Found(len(matched), tuple(Announcement.from_row(r, r) for r in shown))


_WORDS = re.compile(r"\s+|\d+(?:[.,:/]\d+)+|\w+|[^\w\s]")
"""What a comparison compares: spaces, whole numbers ('16', '7,5', '03/12/2026': o15lan C9
showed '1617' for 16 → 17), words, and each mark of punctuation on its own."""


def _trimmed(how: str, words: str) -> list[tuple[str, str]]:
    """A changed run of words with the spaces around it left unmarked (a struck-out space
    reads as nothing)."""
    core = words.strip()
    if not core:
        return [("same", words)] if how == "added" else []
    at = words.index(core)
    edges = [("same", words[:at]), (how, core), ("same", words[at + len(core) :])]
    return [(h, w) for h, w in edges if w]


def compare(station: Station, announcement_id: str, old: int, new: int) -> VersionDiff:
    """What changed in the text from version `old` to `new`, word by word."""
    texts = station.version_texts(announcement_id)
    for version, field in ((old, "old"), (new, "new")):
        if version not in texts:
            raise BroadcasterError(
                _("announcement '{id}' has no version {version}").format(
                    id=announcement_id, version=version
                ),
                field=field,
            )
    stored = {
        version: (json.loads(settings or "{}"), recording)
        for version, settings, recording in station.db.execute(
            "SELECT version, settings, recording_sha256 FROM announcement_versions "
            "WHERE announcement_id = ? AND version IN (?, ?)",
            [announcement_id, old, new],
        )
    }
    (was, recorded), (now, recording) = stored[old], stored[new]
    return VersionDiff(announcement_id, old, new, word_diff(texts[old], texts[new]),
                       changed_settings(was, now), recorded != recording)  # fmt: skip


def _grouped(before: list[str], after: list[str]) -> list[tuple[str, int, int, int, int]]:
    """difflib's opcodes with a changed word group kept whole: a space left equal between two
    changes joins them, so "phòng tiếp dân của" → "hội trường" reads as one replacement, not
    "~~phòng~~ → hội ~~tiếp dân của~~ → trường" (o15lan2 N3: difflib pairs the spaces)."""
    ops: list[tuple[str, int, int, int, int]] = []
    opcodes = difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
    for at, (op, a1, a2, b1, b2) in enumerate(opcodes):
        spaces = op == "equal" and not "".join(before[a1:a2]).strip()
        if (
            ops and ops[-1][0] != "equal" and (op != "equal" or (spaces and at + 1 < len(opcodes)))
        ):  # a change, or the spaces between two changes: one group with the change before
            ops[-1] = ("replace", ops[-1][1], a2, ops[-1][3], b2)
        else:
            ops.append((op, a1, a2, b1, b2))
    return ops


def on_air_text(station: Station, found: Announcement) -> str:
    """Which version airs, as the comparison page and `announce show` say it above a
    comparison: the approved one, or none while a newer one waits, naming the approved one
    (o15lan2 N3: Hùng read a diff against a version that never aired). While a newer one
    waits it opens "Chưa phát bản nào", never "Đang phát" (o16lan3 F9), and the approved one
    is not called the one "để phát" (o16lan4 K3: it is held too)."""
    if found.retired_at:
        return _("Retired: no version airs.")
    if found.approved_version is None:
        return _("No version has been approved yet, so none airs.")
    values = {
        "approved": found.approved_version,
        "version": found.version,
        "by": station.approver(found),
        "when": local_text(found.approved_at or "", station.config.zone, station.today(), mid=True),
    }
    if found.approved_version == found.version:
        return _("On air: version {approved}, approved by {by} ({when}).").format(**values)
    return _(
        "Nothing airs until version {version} is approved. Version {approved} was approved "
        "({by}, {when}) but no longer airs: version {version} waits for approval."
    ).format(**values)


def word_diff(old: str | None, new: str | None) -> tuple[tuple[str, str], ...]:
    """From `old` to `new`, word by word: ("same" | "removed" | "added", words) pieces, as the
    comparison page and a refused stale save (o15lan2 N2) mark them."""
    before, after = (_WORDS.findall(old or ""), _WORDS.findall(new or ""))
    parts: list[tuple[str, str]] = []
    for op, a1, a2, b1, b2 in _grouped(before, after):
        if op == "equal":
            parts.append(("same", "".join(before[a1:a2])))
            continue
        if a2 > a1:
            parts += _trimmed("removed", "".join(before[a1:a2]))
        if b2 > b1:
            parts += _trimmed("added", "".join(after[b1:b2]))
    joined: list[tuple[str, str]] = []  # a run of one kind is one piece
    for how, words in parts:
        joined[-1:] = ([(how, joined[-1][1] + words)] if joined and joined[-1][0] == how
                       else [*joined[-1:], (how, words)])  # fmt: skip
    return tuple(joined)


PREVIEWS_KEPT = 20
"""Previews kept in programs/previews/ (the newest); older ones are made again if asked for."""


def preview(station: Station, announcement_id: str) -> Path:
    """The announcement's program as it would air, built and rendered by the code that airs
    it, kept under the name of what it holds (every segment's audio, gain and length): asking
    again, as a browser does while it plays, renders nothing new; a new version, jingle or
    lexicon entry makes a new one."""
    program = station.build_program([station.announcement(announcement_id, spoken=False)])
    held = [(s.role, s.duration_s, s.asset.sha256 if s.asset else None, s.gain_db)
            for s in program.segments]  # fmt: skip
    folder = station.root / PROGRAMS / "previews"
    path = folder / f"{hashlib.sha256(repr(held).encode()).hexdigest()[:32]}.wav"
    if not path.exists():
        folder.mkdir(parents=True, exist_ok=True)
        render_program(program, path)
        older = sorted(folder.glob("*.wav"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[PREVIEWS_KEPT:]:
            stale.unlink(missing_ok=True)
    return path
