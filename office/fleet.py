"""The office's register of stations: approving an enrolment after the fingerprint was read
over the phone, the groups used for targeting, and the list the office works from."""

from __future__ import annotations

import difflib
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Collection, Sequence
from datetime import date, datetime, timedelta
from typing import Any, NamedTuple

import psycopg
from psycopg.rows import dict_row

from broadcaster.config import OfficeSettings as StationLink
from common.free_text import RETIRE_REASON, REVOKE_REASON, tidy_note
from common.i18n import _
from common.localtime import duration_text, local_text
from common.plain_text import fold
from common.signing import FINGERPRINT_DIGITS
from upstream.manifest import located, named_campaign
from upstream.targeting import Audience

from . import OFFICE_ZONE, GroupsLeft, OfficeError, UnknownGroup, broker


class Changed(NamedTuple):
    """A station after approve or revoke, and what became of its broker account."""

    station: dict[str, Any]
    broker_told: bool | None
    """None: the office has no broker, or `office serve` writes its files (`write_broker`
    False: the console's user may not); False: passwd is written but Mosquitto was not told."""
    again: bool = False
    """Revoke: the station was revoked already (only the broker's files were written again)."""
    replaced: tuple[str, ...] = ()
    """Approve: fingerprints of the old keys of the log revoked with it (the new key continues)."""
    orphaned: tuple[str, ...] = ()
    """Revoke: the campaigns in force that reached this station alone (now no commune's)."""
    sharing: tuple[str, ...] = ()
    """Approve: the other stations in service whose commune has this one's name (labels):
    one commune to every `--to`, unless a district tells them apart (w26office #3)."""


SHORT_CODE = 5
"""Digits of a station's code written after its commune's name when another station in
service gives that name too (two communes of one name after a merger)."""


def same_name(one: str, other: str) -> bool:
    """Two communes' names as a person compares them: case, accents' encoding, spaces aside."""
    return _tidy(one) == _tidy(other)


def same_commune(one: str, other: str) -> bool:
    """Two communes' names as a person compares them (`same_name`), with or without the word
    of its kind before them: "Sơn Thủy" names "Xã Sơn Thủy" (o23web11 V6: the README enrolled
    communes as "Xã Tân Lập", the guide sent `--to "Sơn Thủy"`, and it was refused), "Bến
    Nghé" names "Phường Bến Nghé"; but "Xã X" and "Phường X" are two units (w26office #5)."""
    return _compatible(commune_name(one), commune_name(other))


class CommuneName(NamedTuple):
    """A commune's name as the office compares it: its kind (one of COMMUNE_KINDS, folded;
    None when not written), the name itself (`_tidy`), and the places written after a comma
    or in brackets (its district, its province: "Hòa Bình, huyện Tân Lạc"), each without
    the word of its kind (PLACE_KINDS)."""

    kind: str | None
    name: str
    place: frozenset[str] = frozenset()


COMMUNE_KINDS = ("xa", "phuong", "thi tran", "dac khu")
"""The words before a commune-level unit's name, folded (typed with or without accents): a
commune, a ward, a town, a special zone (2025 reform)."""


PLACE_KINDS = ("huyen", "quan", "thi xa", "thanh pho", "tp.", "tp", "tinh")
"""The words before a district's or a province's name, folded: "huyện Tân Lạc" is "Tân Lạc"."""


def commune_name(text: str) -> CommuneName:
    """`text` split into its kind, its name and its places: "Phường  Bến nghé, Quận 1" →
    (phuong, bến nghé, {1})."""
    head, *places = _tidy(text.replace("(", ",").replace(")", " ")).split(",")
    kind, name = _without_kind(head, COMMUNE_KINDS)
    place = frozenset(_without_kind(part, PLACE_KINDS)[1] for part in places if part.strip())
    return CommuneName(kind, name, place)


def _without_kind(text: str, kinds: Sequence[str]) -> tuple[str | None, str]:
    """(the word of one of `kinds` that begins `text`, or None; the words after it)."""
    words = text.split()
    for kind in kinds:
        size = len(kind.split())
        if len(words) > size and fold(" ".join(words[:size])) == kind:
            return kind, " ".join(words[size:])
    return None, " ".join(words)


def _compatible(one: CommuneName, other: CommuneName) -> bool:
    """Whether two names may name one commune: one name, one kind where both say it, and
    the places of one among the other's where both say some."""
    return (
        one.name == other.name
        and (None in (one.kind, other.kind) or one.kind == other.kind)
        and (not one.place or not other.place or one.place <= other.place
             or other.place <= one.place)
    )  # fmt: skip


def _tidy(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def commune_labels(conn: psycopg.Connection) -> dict[str, str]:
    """Station key → its commune as every page and report names it to the office: the name,
    and where another station approved or waiting gives that name too (its revoked keys are
    named so as well), what tells them apart (`_told_apart`), as the stations page shows it:
    "Hòa Bình" alone would not say which of two merged communes."""
    rows = conn.execute(
        "SELECT key_id, fingerprint, commune, revoked_at IS NULL, name FROM stations"
    ).fetchall()
    return _labels(rows)


def _labels(rows: Sequence[Sequence[Any]]) -> dict[str, str]:
    """commune_labels of rows that begin (key id, code, commune, in service, station name)."""
    alike = _alike([row[2] for row in rows if row[3]])
    names: dict[str, list[str]] = defaultdict(list)  # a commune's name → its stations' names
    for _key, _print, commune, serving, name, *_more in rows:
        if serving:
            names[commune_name(commune).name].append(_tidy(name or ""))
    return {
        key: _told_apart(commune, print_, name, names[commune_name(commune).name])
        if len(alike(commune)) > 1 else commune
        for key, print_, commune, _serving, name, *_more in rows
    }  # fmt: skip


def _told_apart(commune: str, print_: str, name: str | None, names: Sequence[str]) -> str:
    """A station's commune named so that an officer tells it from the other stations of that
    name (`names`, their stations' names): with its station's own name from its enrolment
    ("Tân Lập (Đài truyền thanh thôn Đông)") when no other has it, else with the first
    SHORT_CODE digits of its code (w31office: October's report read "Tân Lập 64539")."""
    if name and name.strip() and names.count(_tidy(name)) == 1:
        return f"{commune} ({name.strip()})"
    return f"{commune} {print_[:SHORT_CODE]}"


def _alike(communes: Sequence[str]) -> Callable[[str], list[str]]:
    """For a commune's name, those of `communes` that may name the same commune
    (`_compatible`), in their order; grouped by name first, as only one name may be one
    commune (500 stations labelled in 5.6 ms, where comparing every pair took 40.6)."""
    by_name: dict[str, list[tuple[CommuneName, str]]] = {}
    for commune in communes:
        named = commune_name(commune)
        by_name.setdefault(named.name, []).append((named, commune))

    def alike(commune: str) -> list[str]:
        named = commune_name(commune)
        return [
            other for parsed, other in by_name.get(named.name, []) if _compatible(parsed, named)
        ]

    return alike


TRUSTED = "s.approved_at IS NOT NULL AND s.revoked_at IS NULL"
"""The stations the office trusts (SQL, on `stations s`): approved, and not revoked since."""
IN_SERVICE_DURING = (
    "s.approved_at IS NOT NULL AND (s.approved_at < %(end)s"
    " AND (s.revoked_at IS NULL OR s.revoked_at > %(start)s)"
    " OR EXISTS (SELECT 1 FROM airings a WHERE a.station = s.key_id"
    " AND a.started_at >= %(start)s AND a.started_at < %(end)s) OR EXISTS (SELECT 1 FROM"
    " station_silences c WHERE c.key_id = s.key_id AND c.since < %(end)s AND c.until > %(start)s))"
)
"""The stations in service from %(start)s to %(end)s (SQL, on `stations s`): approved before
its end and not retired or replaced (a key revoked) before its start, or with a record inside
it (an airing, or an outage the office recorded: `silences`): the month lists it then
(v29review, w30office), so it is its commune's there. `period_stations` runs it: the one rule
for the month's lines, its merged communes and `office aired` (w30period)."""


def period_stations(conn: psycopg.Connection, start: datetime, end: datetime) -> set[str]:
    """The key ids of the stations in service from `start` to `end` (`IN_SERVICE_DURING`):
    the month's section I has a line for each, `office aired` counts each, and a commune's
    stations among them are the ones `merged_communes` counts; three rules there disagreed
    at the edges ("Tân Lập (2 đài)" over one line, a retired station counted and not listed)."""
    return {key for (key,) in conn.execute(
        f"SELECT key_id FROM stations s WHERE {IN_SERVICE_DURING}", {"start": start, "end": end}
    )}  # fmt: skip


SAME_LOG = "COALESCE(o.log_key, o.key_id) = COALESCE(s.log_key, s.key_id)"
"""SQL, on `stations s` and `stations o`: the two keep one log (a commune's old key and the
new key that continues it, `enrol --new-key`; each station with itself too)."""


def _station_key(
    conn: psycopg.Connection, code: str, waiting: bool = False, whole: bool = False
) -> str:
    """The key id of the station named by its code as typed (spaces, dashes, dots): the whole
    code, or its first SHORT_CODE digits or more, as every page and report shows a commune
    ("Hòa Bình 96381"). Digits that begin two stations' codes are refused with both codes, as
    is a code no station has (with the stations it may have been meant for: those waiting
    for approval with `waiting`, else the approved ones). `whole` asks for all the digits:
    approving is the check that the key is the one the commune read out (o14web2 C3).
    Stations waiting match only when no approved one does (review15 #4): then approve takes
    one, and the other actions say it waits for approval."""
    digits = code_digits(code)
    if digits is None or len(digits) > FINGERPRINT_DIGITS:
        raise OfficeError(
            _("'{fingerprint}' is not a station fingerprint (20 digits)").format(fingerprint=code)
        )
    if whole and len(digits) < FINGERPRINT_DIGITS:
        raise OfficeError(
            _("write all 20 digits of the code the commune read out ({code} is {n} of them): "
              "they are the check that the key is the commune's").format(code=code, n=len(digits))
        )  # fmt: skip
    if len(digits) < SHORT_CODE:
        raise OfficeError(
            _("{code} is too short for a station's code: write at least its first {n} "
              "digits").format(code=code, n=SHORT_CODE)
        )  # fmt: skip
    begun = _codes_begun(conn, digits)
    rows = [row[:3] for row in begun if row[3]] or [row[:3] for row in begun]
    if not rows:
        said = (
            _("no station with fingerprint {fingerprint} has asked to enrol; {candidates}")
            if len(digits) == FINGERPRINT_DIGITS
            else _("no station's code begins with {fingerprint}; {candidates}")
        )
        raise OfficeError(
            said.format(fingerprint=_grouped(digits), candidates=_candidates(conn, waiting))
        )
    if len(rows) > 1:
        labels = commune_labels(conn)
        listed = "; ".join(
            f"{labels[key]} {print_}" + (f" ({_('revoked')})" if revoked_at else "")
            for key, print_, revoked_at in rows
        )
        raise OfficeError(
            _("{code} begins the codes of {n} stations: {stations}; write more digits of the "
              "code").format(code=_grouped(digits), n=len(rows), stations=listed)
        )  # fmt: skip
    return str(rows[0][0])


def _codes_begun(
    conn: psycopg.Connection, digits: str
) -> list[tuple[str, str, datetime | None, bool]]:
    """(key id, code, revoked at, approved) of every station whose code begins with `digits`.
    An action matches the approved ones first (review15 #4): enrolling is open to anyone, so
    a key made to begin with a commune's five digits, waiting, must not make them name two
    stations when Mai sends an emergency there, or revokes the commune's station."""
    return conn.execute(
        "SELECT key_id, fingerprint, revoked_at, approved_at IS NOT NULL FROM stations "
        "WHERE replace(fingerprint, '-', '') LIKE %s ORDER BY fingerprint",
        [digits + "%"],
    ).fetchall()


def code_digits(text: str) -> str | None:
    """The digits of a station's code as typed (spaces, dots or dashes anywhere), or None if
    the text holds anything else (a group's name)."""
    digits = "".join(c for c in text if c.isdigit())
    if not digits or any(c not in "0123456789 -." for c in text):
        return None
    return digits


def _grouped(digits: str) -> str:
    """Digits written as a code is: in fives, with dashes."""
    return "-".join(digits[i : i + SHORT_CODE] for i in range(0, len(digits), SHORT_CODE))


def _candidates(conn: psycopg.Connection, waiting: bool) -> str:
    """The stations a mistyped fingerprint may have meant, as a clause of the refusal."""
    status = "pending" if waiting else "approved"
    found = [s for s in stations(conn) if s["status"] == status]
    listed = "; ".join(f"{s['commune']} {s['fingerprint']}" for s in found)
    if waiting:
        return (
            _("waiting for approval: {stations}; check the digits with the commune").format(
                stations=listed
            )
            if found
            else _("no station is waiting for approval: the commune must enrol first")
        )
    return (
        _("the approved stations: {stations}").format(stations=listed)
        if found
        else _("no station is approved yet")
    )


def _group_names(groups: list[str]) -> list[str]:
    names = sorted({" ".join(g.split()) for g in groups})
    if any(not name or len(name) > 100 for name in names):
        raise OfficeError(_("a group name must be 1 to 100 characters"))
    return names


def groups(conn: psycopg.Connection, revoked: bool = False) -> list[str]:
    """The groups that exist: those that hold a station not revoked, or a revoked one no
    approved key of its log has replaced yet (a stolen PC's commune re-keys into its group,
    o15web3 C8). With `revoked`, also those of every revoked station: a report of the past
    still finds their airings."""
    return [
        row[0]
        for row in conn.execute(
            "SELECT DISTINCT g.name FROM station_groups g JOIN stations s ON s.key_id = g.key_id "
            "WHERE s.revoked_at IS NULL OR %s OR NOT EXISTS (SELECT 1 FROM stations o WHERE "
            f"{SAME_LOG} AND o.key_id <> s.key_id AND o.enrolled_at > s.enrolled_at "
            "AND o.approved_at IS NOT NULL) ORDER BY g.name",
            [revoked],
        )
    ]


def unknown_group(conn: psycopg.Connection, name: str, revoked: bool = False) -> OfficeError:
    """The refusal of a group that does not exist, naming those that do (a typo is seen)."""
    existing = groups(conn, revoked)
    if not existing:
        return OfficeError(
            _("there is no group '{group}': no station is in a group yet (the first one: office "
              "station approve FINGERPRINT --group GROUP --new-group)").format(group=name)
        )  # fmt: skip
    return OfficeError(
        _("there is no group '{group}'; the groups are: {groups}").format(
            group=name, groups=", ".join(existing)
        )
    )


def _check_new(conn: psycopg.Connection, names: list[str], new_groups: bool) -> None:
    """Refuses a group that does not exist, unless the office said it makes new groups."""
    existing = groups(conn)
    for name in names:
        digits = code_digits(name)
        if name not in existing and digits is not None and len(digits) >= SHORT_CODE:
            raise OfficeError(
                _("a group's name cannot be only digits ('{group}'): --to would read it as a "
                  "station's code; name the group with letters").format(group=name)
            )  # fmt: skip
        if name not in existing and not new_groups:
            raise UnknownGroup(
                str(unknown_group(conn, name)), first=not existing, group=name, known=existing
            )


def _approved_key(
    conn: psycopg.Connection,
    fingerprint: str,
    waiting: bool = False,
    revoked: bool = False,
    whole: bool = False,
) -> tuple[str, str]:
    """(key id, commune) of a station not revoked, locked for the change; with `waiting` a
    station waiting for approval will do (else it must be approved), with `revoked` a revoked
    one too (revoking again rewrites the broker's files); `whole`: named by its whole code."""
    key = _station_key(conn, fingerprint, waiting, whole)
    [(commune, approved_at, revoked_at)] = conn.execute(
        "SELECT commune, approved_at, revoked_at FROM stations WHERE key_id = %s FOR UPDATE",
        [key],
    ).fetchall()
    if revoked_at is not None and not revoked:
        raise _retired(conn, key) or _revoked(fingerprint, commune)
    if approved_at is None and not waiting:
        raise OfficeError(
            _(
                "the station of {commune} ({fingerprint}) is not approved yet: approve it first "
                "(office station approve {fingerprint} --group GROUP)"
            ).format(commune=commune, fingerprint=fingerprint)
        )
    return key, commune


def _retired(conn: psycopg.Connection, key: str) -> OfficeError | None:
    """The refusal of a station a merge retired, with when and why (None: it is not one):
    not a stolen key, whose commune makes a new one (o23web11 V2)."""
    row = conn.execute(
        "SELECT fingerprint, commune, revoked_at, revoked_reason FROM stations "
        "WHERE key_id = %s AND retired",
        [key],
    ).fetchone()
    if row is None:
        return None
    fingerprint, commune, at, why = row
    return OfficeError(
        _("the station {fingerprint} ({commune}) was retired on {date} ({reason}): it "
          "receives nothing; name the commune's station in service, as the Stations page "
          "shows it").format(fingerprint=fingerprint, commune=commune, reason=why,
                             date=local_text(at, OFFICE_ZONE))
    )  # fmt: skip


def _revoked(fingerprint: str, commune: str) -> OfficeError:
    return OfficeError(
        _("the station of {commune} ({fingerprint}) is revoked: its key is no longer trusted; "
          "the commune makes a new station (a new key) and enrols it").format(
            commune=commune, fingerprint=fingerprint
        )
    )  # fmt: skip


def approve(
    conn: psycopg.Connection,
    fingerprint: str,
    groups: list[str],
    by: str,
    now: datetime,
    new_groups: bool = True,
    no_group: bool = False,
    write_broker: bool = True,
) -> Changed:
    """Approve the station waiting and put it in `groups`; with `new_groups` False (what the
    doors pass unless told) a group must exist already. A station approved already is
    refused, unchanged: a second approval (a stale tab, a reload) must not add groups
    unseen; groups change with `regroup`. A new key whose old key was in groups is refused
    no group unless `no_group` says so knowingly."""
    names = _group_names(groups)
    with conn.transaction():
        key, commune = _approved_key(conn, fingerprint, waiting=True, whole=True)
        [(approved_at, approved_by)] = conn.execute(
            "SELECT approved_at, approved_by FROM stations WHERE key_id = %s", [key]
        ).fetchall()
        if approved_at is not None:
            when = local_text(
                approved_at, OFFICE_ZONE, now.astimezone(OFFICE_ZONE).date(), mid=True
            )
            raise OfficeError(
                _("the station of {commune} was approved already ({when}, by {by}): nothing "
                  "was changed").format(commune=commune, when=when, by=approved_by or "?")
            )  # fmt: skip
        _check_new(conn, names, new_groups)
        before = station(conn, key)
        if not names and not no_group and before["continues_groups"]:
            raise GroupsLeft(
                _("the station of {commune} is the new key of station {old}, which was in "
                  "groups {groups}: approve it into them, or say it is in no group").format(
                    commune=commune, old=before["continues"],
                    groups=", ".join(before["continues_groups"])),
                before["continues"], before["continues_groups"],
            )  # fmt: skip
        conn.execute(
            "UPDATE stations SET approved_at = %s, approved_by = %s WHERE key_id = %s",
            [now, by, key],
        )
        _add_groups(conn, key, names)
        replaced = _replace_old(conn, key, by, now)
        if not write_broker:
            broker.ask(conn)
        from .cancel_requests import CHANNEL  # office serve names it in the emergencies in force

        conn.execute("SELECT pg_notify(%s, '')", [CHANNEL])
    told = _tell_broker(conn) if write_broker else None  # it may now log in to the broker
    return Changed(station(conn, key), told, replaced=replaced,
                   sharing=tuple(sharing_name(conn, key)))  # fmt: skip


def _replace_old(conn: psycopg.Connection, key: str, by: str, now: datetime) -> tuple[str, ...]:
    """Revoke the keys still trusted in the log this approved key continues (fingerprints):
    one log has one live key, else each airing is stored twice (review13 #2)."""
    why = _("replaced by the station's new key")
    return tuple(
        row[0]
        for row in conn.execute(
            "UPDATE stations o SET revoked_at = %s, revoked_by = %s, revoked_reason = %s "
            f"FROM stations s WHERE s.key_id = %s AND s.log_key IS NOT NULL AND {SAME_LOG} "
            "AND o.key_id <> s.key_id AND o.revoked_at IS NULL RETURNING o.fingerprint",
            [now, by, why, key],
        )
    )


def _tell_broker(conn: psycopg.Connection) -> bool | None:
    """Write the broker's files from the register and have Mosquitto read them: whether it
    did (None when the office has no broker)."""
    return broker.write_files(conn) if broker.settings(conn) else None


def _add_groups(conn: psycopg.Connection, key: str, names: list[str]) -> None:
    for name in names:
        conn.execute(
            "INSERT INTO station_groups (key_id, name) VALUES (%s, %s) ON CONFLICT DO NOTHING",
            [key, name],
        )


def station(conn: psycopg.Connection, key: str) -> dict[str, Any]:
    return next(s for s in stations(conn) if s["key_id"] == key)


def find(conn: psycopg.Connection, fingerprint: str) -> dict[str, Any]:
    """The one station with that fingerprint (typed as heard), or a refusal that lists those
    it may have been meant for: what a command that cannot be undone shows before acting."""
    return station(conn, _station_key(conn, fingerprint))


def rename(
    conn: psycopg.Connection,
    fingerprint: str,
    commune: str,
    now: datetime,
    seen: str | None = None,
) -> dict[str, Any]:
    """Give an approved station the commune's right name (a merge's, a misspelling mended);
    the name it had is kept with `now`, so what it logged or was sent before is still named
    as it was then (o23web11 V3). A station's own enrolment never renames it once approved.
    `seen`: the name the page showed, refused if another officer renamed it since (o21web9
    Y7: the last of two renames won and the first was told hers worked)."""
    name = " ".join(commune.split())
    if not name or len(name) > 200:
        raise OfficeError(_("a commune's name must be 1 to 200 characters"), field="commune")
    with conn.transaction():
        key, old = _approved_key(conn, fingerprint)
        if seen is not None and old not in (seen, name):
            raise OfficeError(
                _("meanwhile someone renamed this station '{now}' (the page showed '{seen}'); "
                  "nothing changed: rename it again if it is still to change").format(
                    now=old, seen=seen), field="commune",
            )  # fmt: skip
        if old != name:
            conn.execute(
                "INSERT INTO commune_names (key_id, commune, renamed_at) VALUES (%s, %s, %s)",
                [key, old, now],
            )
            conn.execute("UPDATE stations SET commune = %s WHERE key_id = %s", [name, key])
    return {**station(conn, key), "sharing": sharing_name(conn, key)}


def sharing_name(conn: psycopg.Connection, key: str) -> list[str]:
    """The other stations in service (not revoked) whose commune has the name `key`'s has,
    as the pages name them: after a rename to a merged commune's name, what Mai is told
    (o23web11 V4: the rename said nothing of the other station)."""
    labels = commune_labels(conn)
    rows = conn.execute(
        "SELECT o.key_id, o.commune, s.commune FROM stations o JOIN stations s ON s.key_id = %s "
        "WHERE o.key_id <> s.key_id AND o.revoked_at IS NULL ORDER BY o.fingerprint",
        [key],
    ).fetchall()
    return [labels[other] for other, theirs, mine in rows if same_commune(theirs, mine)]


Names = dict[str, list[tuple[datetime, str]]]
"""Station key → its commune's earlier names, each with when a rename ended it, oldest first."""


def earlier_names(conn: psycopg.Connection) -> Names:
    """Every renamed station's earlier names (commune_names), oldest first."""
    found: Names = {}
    for key, at, name in conn.execute(
        "SELECT key_id, renamed_at, commune FROM commune_names ORDER BY key_id, renamed_at"
    ):
        found.setdefault(key, []).append((at, name))
    return found


def names_during(
    earlier: Sequence[tuple[datetime, str]], current: str, start: datetime, end: datetime
) -> list[str]:
    """The names a station's commune had between `start` and `end`, oldest first (each once)."""
    found: list[str] = []
    since: datetime | None = None
    for until, name in [*earlier, (None, current)]:
        overlaps = (until is None or until > start) and (since is None or since < end)
        if overlaps and (not found or not same_commune(found[-1], name)):
            found.append(name)
        since = until
    return found or [current]


def label_during(
    names: Names,
    key: str,
    current: str,
    label: str,
    start: datetime,
    end: datetime,
    also: str | None = None,
) -> str:
    """A station's commune as the office names what it logged or was sent between `start`
    and `end`: the name it had then, the earlier ones of the period said, and today's where
    it has changed since ("Xã Sơn Thủy (nay: Xã Tân Sơn 00607)"); `label` is today's name as
    the pages show it (with its code where two stations share it); `also`, said in the same
    parentheses."""
    then = names_during(names.get(key, []), current, start, end)
    parts = []
    if len(then) > 1:
        parts.append(_("formerly: {names}").format(names=", ".join(then[:-1])))
    now = same_commune(then[-1], current)
    if not now:
        parts.append(_("now: {name}").format(name=label))
    if also:
        parts.append(also)
    head = label if now else then[-1]
    return f"{head} ({'; '.join(parts)})" if parts else head


Namer = Callable[[str, datetime, datetime | None], str]
"""(station key, start, end) → its commune as named for what it logged or was sent between
`start` and `end` (None: at the instant `start`)."""


def namer(conn: psycopg.Connection) -> Namer:
    """Names by label_during, the stations read once: a station a merge retired is marked
    so (o23web11 V2)."""
    rows = conn.execute(  # one query: the list of emergencies reloads every few seconds
        "SELECT s.key_id, s.fingerprint, s.commune, s.revoked_at IS NULL, s.name, s.retired, "
        "COALESCE(jsonb_agg(jsonb_build_array(n.renamed_at, n.commune) ORDER BY n.renamed_at) "
        "FILTER (WHERE n.key_id IS NOT NULL), '[]') "
        "FROM stations s LEFT JOIN commune_names n ON n.key_id = s.key_id GROUP BY s.key_id"
    ).fetchall()
    labels = _labels(rows)
    earlier: Names = {
        row[0]: [(datetime.fromisoformat(at), was) for at, was in row[6]] for row in rows if row[6]
    }
    retired = {row[0] for row in rows if row[5]}
    communes = {row[0]: row[2] for row in rows}

    def name(key: str, start: datetime, end: datetime | None = None) -> str:
        commune = communes[key]
        return label_during(earlier, key, commune, labels[key], start,
                            end or start + timedelta(microseconds=1),
                            _("no longer in service") if key in retired else None)  # fmt: skip

    return name


def merged_communes(
    conn: psycopg.Connection, start: datetime, end: datetime, name: Namer | None = None
) -> dict[str, str]:
    """The label of each station in service during the period (`period_stations`) that
    shares its commune with another such station (a commune merged from two keeps both
    loudspeaker systems), as `namer` (or `name`, made already) names it from `start` to
    `end` → the commune's name: the month page and `office aired` say a notice aired there
    when all its stations aired it (w26office #6). The commune each had at `end`: a month
    before the merge had the two communes (a report printed again after it says so); a
    station retired after the period is still one of its commune's (w29office: November
    printed again in December, once Sơn Thủy's station was retired, counted it apart)."""
    name = name or namer(conn)
    earlier = earlier_names(conn)
    members = period_stations(conn, start, end)
    rows = [(key, log, names_during(earlier.get(key, []), commune, start, end)[-1])
            for key, log, commune in conn.execute(
                "SELECT key_id, COALESCE(log_key, key_id), commune FROM stations "
                "ORDER BY commune, fingerprint") if key in members]  # fmt: skip
    alike = _alike([commune for _key, _log, commune in rows])
    logs: dict[str, set[str]] = defaultdict(set)  # a key replaced and its new one: one log
    for _key, log, commune in rows:
        logs[commune].add(log)
    found: dict[str, str] = {}
    for key, _log, commune in rows:
        same = alike(commune)
        if len(set().union(*(logs[other] for other in same))) > 1:
            found[name(key, start, end)] = same[0]
    return found


class Namesakes(NamedTuple):
    """Stations in service whose communes' names say nothing that tells them apart."""

    commune: str
    """The name they share, as the first of them (by code) gives it."""
    labels: tuple[str, ...]
    """Each station as every page names it ("Tân Sơn 54003")."""
    codes: tuple[str, ...]
    """Each one's code, its first SHORT_CODE digits."""


def namesakes(conn: psycopg.Connection, among: Collection[str] | None = None) -> list[Namesakes]:
    """The stations in service (approved, neither revoked nor retired) whose communes have one
    name and nothing that tells them apart (no district, no kind that differs): the office
    takes each set for one merged commune (a send to the name reaches them all, the month
    counts them as one) and cannot tell two communes enrolled without their districts from
    it (w27office #2). Only the sets one of `among` is in, if given (key ids, or stations as
    the pages name them)."""
    rows = conn.execute(
        f"SELECT key_id, fingerprint, commune FROM stations s WHERE NOT retired AND {TRUSTED} "
        "ORDER BY fingerprint").fetchall()  # fmt: skip
    sets: dict[tuple[str, frozenset[str]], list[tuple[str, str, str]]] = {}
    for key, print_, commune in rows:
        named = commune_name(commune)
        sets.setdefault((named.name, named.place), []).append((key, print_, commune))
    labels = commune_labels(conn)
    found = []
    for members in sets.values():
        kinds = {commune_name(commune).kind for _key, _print, commune in members} - {None}
        if len(members) < 2 or len(kinds) > 1:  # "Xã X" and "Phường X" are told apart
            continue
        if among is not None and not any(k in among or labels[k] in among for k, *_r in members):
            continue
        found.append(Namesakes(
            members[0][2], tuple(labels[key] for key, _p, _c in members),
            tuple(print_[:SHORT_CODE] for _k, print_, _c in members)))  # fmt: skip
    return sorted(found)


def namesakes_said(conn: psycopg.Connection, among: Collection[str] | None = None) -> list[str]:
    """`namesakes` as the office reads them wherever a send, a list or a report takes them
    for one commune: that it does, and how two communes are told apart (w27office #2)."""
    return [
        _("{count} stations carry the name {commune}, and nothing tells them apart ({labels}): "
          "the office takes them for one commune (merged, keeping its loudspeakers): what is "
          "sent to \"{commune}\" reaches them all, and the month counts them as one commune. "
          "If they are different communes, give each its district: office station rename "
          "{code} --commune \"{commune}, huyện …\" (or Rename on its page)").format(
            count=len(found.labels), commune=found.commune, labels=", ".join(found.labels),
            code=found.codes[0])
        for found in namesakes(conn, among)
    ]  # fmt: skip


def regroup(
    conn: psycopg.Connection,
    fingerprint: str,
    add: Sequence[str],
    remove: Sequence[str],
    new_groups: bool = False,
    seen: Sequence[str] | None = None,
) -> dict[str, Any]:
    """Move an approved station between groups: out of `remove` (groups it is in), into `add`
    (groups that exist, unless `new_groups`), all or nothing. `seen`: the groups the page
    showed, refused if they changed since (another officer's change is said, not built on
    unseen)."""
    adding, removing = _group_names(list(add)), _group_names(list(remove))
    if not adding and not removing:
        raise OfficeError(_("name a group to put the station in or to take it out of"))
    with conn.transaction():
        key, commune = _approved_key(conn, fingerprint)
        current = set(station(conn, key)["groups"])
        if seen is not None and set(seen) != current:
            raise OfficeError(
                _("meanwhile someone changed the groups of {commune}: now {now} (the page showed "
                  "{seen}); nothing changed: look at them, then change them again if still "
                  "needed").format(commune=commune, now=", ".join(sorted(current)) or "-",
                                   seen=", ".join(sorted(seen)) or "-"), field="add",
            )  # fmt: skip
        for name in removing:
            if name not in current:
                raise OfficeError(
                    _("{commune} is not in group '{group}'; its groups: {groups}").format(
                        commune=commune, group=name, groups=", ".join(sorted(current)) or "-"
                    ),
                    field="remove",
                )
        _check_new(conn, [n for n in adding if n not in current], new_groups)
        conn.execute(
            "DELETE FROM station_groups WHERE key_id = %s AND name = ANY(%s)", [key, removing]
        )
        _add_groups(conn, key, adding)
    return station(conn, key)


def revoke(
    conn: psycopg.Connection,
    fingerprint: str,
    by: str,
    reason: str,
    now: datetime,
    write_broker: bool = True,
    retired: bool = False,
) -> Changed:
    """Stop trusting a lost or stolen station's key (or one that asked to enrol and is no
    commune's), or, `retired`, one a merge leaves out of service: the collector refuses its
    pushes and enrolments, new emergencies and the next groups.json leave it out, and its
    broker account goes (Mosquitto is told to read its files again); its logs stay in the
    reports either way. A station revoked already keeps its first reason; its broker files
    are written again, so a revoke whose broker write failed is finished by running it again."""
    why = tidy_note(reason, RETIRE_REASON if retired else REVOKE_REASON, "reason")
    if not why:
        raise OfficeError(_("say why the station is revoked (lost, stolen…)"), field="reason")
    with conn.transaction():
        key, commune = _approved_key(conn, fingerprint, waiting=True, revoked=True)
        before = _reach(conn)
        first = conn.execute(  # `retired` only when retiring: the console revokes, never retires
            "UPDATE stations SET revoked_at = %s, revoked_by = %s, revoked_reason = %s"
            f"{', retired = true' if retired else ''} WHERE key_id = %s AND revoked_at IS NULL",
            [now, by, why, key],
        ).rowcount
        after = _reach(conn)
        if not write_broker:
            broker.ask(conn)
    try:
        told = _tell_broker(conn) if write_broker else None
    except OfficeError as e:
        raise OfficeError(
            _("the station of {commune} is revoked, but its broker account is not removed yet: "
              "{problem}; then run this revoke again").format(commune=commune, problem=e)
        ) from None  # fmt: skip
    orphaned = tuple(name for name, reached in before.items() if reached and not after[name])
    return Changed(station(conn, key), told, again=not first, orphaned=orphaned)


def _reach(conn: psycopg.Connection) -> dict[str, set[str]]:
    """Each campaign in force published for some communes → the stations it reaches."""
    from upstream.targeting import read_audience

    return {
        name: reached(conn, read_audience(audience, name))
        for name, audience in conn.execute(
            "SELECT name, audience FROM campaigns WHERE withdrawn_at IS NULL "
            "AND audience IS NOT NULL ORDER BY name"
        ).fetchall()
    }


def reached(conn: psycopg.Connection, audience: Audience) -> set[str]:
    """The stations in service `audience` reaches (by name, by group, or as an old key's
    successor): none, once every station it names is revoked or retired."""
    trusted = set(approved_keys(conn))
    if audience.everyone:
        return trusted
    return with_successors(conn, audience.members(membership(conn))) & trusted


def stations(conn: psycopg.Connection, group: str | None = None) -> list[dict[str, Any]]:
    """Every enrolled station, pending ones first, then by commune."""
    if group:
        known_group(conn, group, revoked=True)  # a mistyped group is no empty list
    query = conn.cursor(row_factory=dict_row).execute(
        f"""
        SELECT s.key_id, s.fingerprint, s.name, s.commune, s.station_id, s.enrolled_at,
               s.approved_at, s.approved_by, s.last_contact, s.clock_skew_s, s.stored_through,
               s.chain_problem, s.chain_break, s.chain_break_seq, s.revoked_at, s.revoked_by,
               s.revoked_reason, s.refused_campaigns, s.notice_states, s.notice_states_at,
               s.push_minutes, s.retired,
               p.fingerprint AS continues,
               p.revoked_at AS continues_revoked_at,
               p.groups AS continues_groups, p.stored_through AS continues_stored_through,
               COALESCE(s.log_key, s.key_id) AS log,
               COALESCE(array_agg(g.name ORDER BY g.name) FILTER (WHERE g.name IS NOT NULL),
                        '{{}}') AS groups
        FROM stations s LEFT JOIN station_groups g ON g.key_id = s.key_id
        LEFT JOIN LATERAL (
            SELECT fingerprint, revoked_at, stored_through, ARRAY(
                SELECT name FROM station_groups WHERE key_id = o.key_id ORDER BY name) AS groups
            FROM stations o
            WHERE s.log_key IS NOT NULL AND {SAME_LOG}
              AND o.key_id <> s.key_id AND o.enrolled_at <= s.enrolled_at
            ORDER BY o.enrolled_at DESC LIMIT 1
        ) p ON true
        GROUP BY s.key_id, p.fingerprint, p.revoked_at, p.stored_through, p.groups
        HAVING %(group)s::text IS NULL OR %(group)s = ANY(array_agg(g.name))
        ORDER BY s.revoked_at IS NOT NULL, s.approved_at IS NOT NULL, s.commune, s.name,
                 s.fingerprint
        """,
        {"group": group},
    )
    labels = commune_labels(conn)
    return [{**row, "status": _status(row), "label": labels[row["key_id"]],
             "shown": "retired" if row["retired"] else _status(row),
             "last_push": _last_push(row), "did_not_take": did_not_take(row)}
            for row in query]  # fmt: skip


def campaign_named(refused: dict[str, Any]) -> str:
    """A campaign a station refused, as the office names it: “its title” (its code)."""
    return named_campaign(refused["campaign"], refused.get("title"))


class RefusalSaid(NamedTuple):
    """A station's refusal of a campaign, as the office's commune page says it."""

    named: str
    """The campaign, once, as the list of communes and the station name it: “its title” (its
    code), else its code (`campaign_named`; review21 #5: the page had a twin without the code)."""
    file: str | None
    """The file of the notice at fault, as `publish` was given it (None: not known, or the
    fault is the campaign's own)."""
    reason: str
    """The station's reason, after where in the campaign it is when `file` says that."""


def refusal_said(conn: psycopg.Connection, refused: dict[str, Any]) -> RefusalSaid:
    """The refusal with the file the office published the faulty notice from, when the
    station's reason says which notice (its number in the campaign: upstream.manifest.WHERE,
    in either language a station speaks) and `publish` recorded the files (o20web8 X6: the
    page named the campaign twice, and left the office to find the file)."""
    campaign, reason = str(refused["campaign"]), str(refused["reason"]).rstrip(".")
    named = campaign_named(refused)
    found = located(campaign, reason)
    row = conn.execute("SELECT files FROM campaigns WHERE name = %s", [campaign]).fetchone()
    files = row[0] if row and row[0] else []
    if found is None or not 0 < found[0] <= len(files) or files[found[0] - 1] is None:
        return RefusalSaid(named, None, reason)
    n, title, rest = found
    file = files[n - 1] + (f" (“{title}”)" if title else "")
    return RefusalSaid(named, file, rest)


def did_not_take(row: dict[str, Any]) -> str | None:
    """The short mark the list of communes (the console's and `office station list`) gives a
    commune whose station refused campaigns at its last sync, naming them; its own page says
    why (w20sync kept it there alone: Mai could not see at a glance who lacks a campaign).
    None: it took every campaign, or its key is no longer in service."""
    refused = row["refused_campaigns"] or []
    if not refused or row["revoked_at"] or not row["approved_at"]:
        return None
    return _("did not take the campaign {named}").format(
        named=", ".join(campaign_named(c) for c in refused)
    )


def _last_push(row: dict[str, Any]) -> datetime | None:
    """When the station last sent its log; None: never. A key pushes only once approved: a
    commune's new key holds its old key's log and its enrolments' contacts (before and after
    the approval), which are no push of its own until it stores more of that log (o14web2 K2,
    o15web3 K2)."""
    own = row["stored_through"] > (row["continues_stored_through"] or 0)
    return row["last_contact"] if own and row["approved_at"] else None


QUIET_PUSHES = 3
"""A station not heard from for this many of its push intervals is quiet (off, a power cut,
its line down): it pushes every interval and after each airing, so one push lost on a flaky
3G line is no outage, three in a row are. The office's own silence is said apart (the
pages' banner): while `office serve` is down nothing is heard from anyone."""
QUIET_AT_LEAST = timedelta(minutes=3)
"""However short its interval, a station is not called quiet sooner (a push may take a minute
on a slow line)."""


def quiet_since(
    row: dict[str, Any], now: datetime, outage: tuple[datetime, datetime] | None = None
) -> datetime | None:
    """When the office last heard from the station of `row` (of `stations`), if it is quiet
    at `now`: approved, it sent its log before, and nothing came for QUIET_PUSHES of its push
    intervals (`quiet`); a station that never said its interval (one from before office
    migration 17) is taken to push at the station's default, every 5 minutes (o21web9 Y4:
    one dark for several of its slots read as any other on every page)."""
    contact = row["last_contact"]
    if row["status"] != "approved" or row["last_push"] is None or contact is None:
        return None
    return contact if quiet(contact, row["push_minutes"], now, outage) else None


def quiet(
    contact: datetime,
    push_minutes: float | None,
    now: datetime,
    outage: tuple[datetime, datetime] | None = None,
) -> bool:
    """Whether a station last heard at `contact` is quiet at `now`: unheard for longer than
    `quiet_after` while the office listened; the office server's own silence (`outage`,
    heartbeat.outage) is not the station's (w21y3: after a restart, a station that pushed
    before it read as quiet until its next push)."""
    unheard = now - contact
    if outage is not None:
        overlap = min(outage[1], now) - max(outage[0], contact)
        unheard -= max(overlap, timedelta(0))
    return unheard > quiet_after(push_minutes)


def silence_ended(
    conn: psycopg.Connection,
    key: str,
    last_contact: datetime | None,
    push_minutes: float | None,
    now: datetime,
    listening_since: datetime,
) -> None:
    """Record the station's silence that its push at `now` ends, if it was quiet (the pages
    marked it): from its last contact, or from when this office server began to listen,
    or from the end of the office's own last outage (heartbeat.outages: its server stopped,
    its database did not answer) that began before the commune was quiet, the latest, to
    now: the office's own silence is not the commune's (o23web11 V1). Once the link is back
    the pages forgot the outage; what the commune aired late or less is said with it
    (o22web10 Z1). The push's transaction read the station's row (`last_contact`,
    `push_minutes`) and holds it."""
    from .heartbeat import outages

    if last_contact is None:
        return
    since, after = max(last_contact, listening_since), quiet_after(push_minutes)
    if now - since <= after:
        return
    for down, up, _cause in outages(conn, since, now):
        if down - since > after:
            break  # dark before the office went down: from its last contact
        since = max(since, up)
    if now - since > after:
        conn.execute(
            "INSERT INTO station_silences (key_id, since, until) VALUES (%s, %s, %s) "
            "ON CONFLICT (key_id, since) DO UPDATE SET until = EXCLUDED.until",
            [key, since, now],
        )


Silence = tuple[datetime, datetime]
"""A station's recorded silence: from its last contact to the push that ended it."""


def silences(
    conn: psycopg.Connection, start: datetime, end: datetime, keys: Sequence[str] | None = None
) -> dict[str, list[Silence]]:
    """Each station's recorded silences overlapping [start, end) (of `keys`, or all), oldest
    first."""
    found: dict[str, list[Silence]] = {}
    for key, since, until in conn.execute(
        "SELECT key_id, since, until FROM station_silences WHERE since < %(end)s "
        "AND until > %(start)s AND (%(keys)s::text[] IS NULL OR key_id = ANY(%(keys)s)) "
        "ORDER BY key_id, since",
        {"start": start, "end": end, "keys": None if keys is None else list(keys)},
    ):
        found.setdefault(key, []).append((since, until))
    return found


def silence_span(silence: Silence, day: date | None = None) -> str:
    """'10:40–10:52', the day too when not `day` ('10:40–10:52 01/12/2026'): when a recorded
    silence was. One across midnight names each end's day, '23:50 01/12/2026 – 00:10
    02/12/2026' (v30review: it read '23:50–00:10 02/12/2026 01/12/2026')."""
    since, until = (moment.astimezone(OFFICE_ZONE) for moment in silence)
    if until.date() != since.date():
        return f"{since:%H:%M %d/%m/%Y} – {until:%H:%M %d/%m/%Y}"
    span = f"{since:%H:%M}–{until:%H:%M}"
    return span if since.date() == day else f"{span} {since:%d/%m/%Y}"


def silence_minutes(silence: Silence) -> int:
    """How long a recorded silence lasted, in whole minutes (as the pages and reports say it)."""
    return int((silence[1] - silence[0]).total_seconds() // 60)


def silence_length(silence: Silence, say: Callable[[str], str] = _) -> str:
    """How long a silence lasted in words ('12 phút', '9 ngày 1 giờ'), in whole minutes; one
    shorter than a minute (the office's own outage may be), in seconds: not '0 phút'."""
    minutes = silence_minutes(silence)
    seconds = 60 * minutes or (silence[1] - silence[0]).total_seconds()
    return duration_text(seconds, say)


CUT_OFF_SHOWN = timedelta(days=1)
"""How far back a station's recorded silences are said beside it (its page, the lists)."""


def cut_off_said(found: Sequence[Silence], now: datetime) -> str | None:
    """'Trong 24 giờ qua đài đã mất liên lạc với văn phòng, nay đã liên lạc lại: 10:40–10:52
    (12 phút).': a station's silences of the last CUT_OFF_SHOWN (`found`); None: none."""
    if not found:
        return None
    today = now.astimezone(OFFICE_ZONE).date()
    spans = [f"{silence_span(cut, today)} ({silence_length(cut)})" for cut in found]
    return _("In the last day its station was cut off from the office, the link now back: "
             "{spans}.").format(spans="; ".join(spans))  # fmt: skip


def silence_text(silence: Silence, day: date | None = None) -> str:
    """'mất liên lạc 10:40–10:52' (the day too when not `day`): what the pages and the lists
    say of a recorded silence."""
    return _("cut off from the office {span}").format(span=silence_span(silence, day))


def published_in(conn: psycopg.Connection, silences: Sequence[Silence]) -> dict[Silence, list[str]]:
    """The campaigns the office last published during each silence, by name: a commune cut
    off then got them only once its link came back, and aired them less (o22web10 Z1)."""
    if not silences:
        return {}
    found: dict[Silence, list[str]] = {}
    rows = conn.execute(
        "SELECT name, published_at FROM campaigns WHERE published_at >= %s AND published_at < %s "
        "ORDER BY published_at, name",
        [min(s for s, _u in silences), max(u for _s, u in silences)],
    ).fetchall()
    for silence in silences:
        found[silence] = [name for name, at in rows if silence[0] <= at < silence[1]]
    return found


def quiet_after(push_minutes: float | None) -> timedelta:
    """How long a station that pushes every `push_minutes` (None: it never said) may go
    unheard before it is quiet."""
    every = timedelta(minutes=push_minutes or StationLink.push_minutes)
    return max(QUIET_PUSHES * every, QUIET_AT_LEAST)


def quiet_text(since: datetime, now: datetime) -> str:
    """The mark of a quiet station ("no contact since today 08:08 (11 min)"), on the list of
    stations (the console's and `office station list`), its page and an emergency's line."""
    minutes = int((now - since).total_seconds() // 60)
    return _("no contact since {time} ({ago})").format(
        time=local_text(since, OFFICE_ZONE, now.astimezone(OFFICE_ZONE).date(), mid=True),
        ago=duration_text(minutes * 60),
    )


def quiet_said(row: dict[str, Any]) -> str | None:
    """On a quiet station's page (its row `marked` by the desk): the mark, what it may mean
    and what to do; None when it is not quiet."""
    if not row.get("quiet"):
        return None
    every = duration_text(60 * (row["push_minutes"] or StationLink.push_minutes))
    return _("{quiet}, though the station sends its log every {every}: it may be off (a power "
             "cut) or its line down, and its slots may not air meanwhile. Call the commune."
             ).format(quiet=row["quiet"], every=every)  # fmt: skip


def _status(row: dict[str, Any]) -> str:
    if row["revoked_at"]:
        return "revoked"
    return "approved" if row["approved_at"] else "pending"


def known_group(conn: psycopg.Connection, group: str, revoked: bool = False) -> None:
    """Refuses a group that does not exist (with `revoked`: one only revoked stations held
    exists too)."""
    if group not in groups(conn, revoked):
        raise unknown_group(conn, group, revoked)


def membership(conn: psycopg.Connection) -> dict[str, list[str]]:
    """Group → key ids of its approved stations (not revoked): what groups.json publishes."""
    found: dict[str, list[str]] = {}
    for name, key in conn.execute(
        "SELECT g.name, g.key_id FROM station_groups g JOIN stations s ON s.key_id = g.key_id "
        f"WHERE {TRUSTED} ORDER BY g.name, g.key_id"
    ):
        found.setdefault(name, []).append(key)
    return found


def replaced(conn: psycopg.Connection) -> dict[str, list[str]]:
    """Each approved station's key id → the older keys of its log (a commune's keys before
    `enrol --new-key`, the newest last), every such station listed: what groups.json
    publishes, signed, so that a station counts as its own only the old keys the office
    approved it to replace, not another commune's key left on a disk image (review14 #7)."""
    query = (
        "SELECT s.key_id, COALESCE(array_agg(o.key_id ORDER BY o.enrolled_at) "
        "FILTER (WHERE o.key_id IS NOT NULL), '{}') FROM stations s LEFT JOIN stations o "
        f"ON {SAME_LOG} AND o.key_id <> s.key_id AND o.enrolled_at < s.enrolled_at "
        f"WHERE {TRUSTED} GROUP BY s.key_id ORDER BY s.key_id"
    )
    return {key: list(old) for key, old in conn.execute(query)}


def audience(conn: psycopg.Connection, names: Sequence[str]) -> Audience:
    """The groups and stations named (a station by its code, or its first SHORT_CODE digits
    or more), each checked: a group must have approved stations, a station must be approved.
    Stations are signed by key id."""
    named_groups, named_stations = [], []
    members = membership(conn)
    existing = groups(conn)
    for name in names:
        said_group = _said_group(name)
        group = " ".join((name if said_group is None else said_group).split())
        digits = None if said_group is not None else code_digits(name)
        if digits is not None and group not in existing:
            named_stations.append(_named_station(conn, name))
            continue
        if digits is not None and (both := _group_and_code(conn, group, digits)):
            raise both
        if said_group is None and group not in existing:  # a commune's name, as the pages
            named_stations.extend(_approved(conn, k) for k in _commune_keys(conn, group, existing))
            continue  # show it (else refused)
        if said_group is None and (both := _group_and_commune(conn, group, members)):
            raise both
        if not group:  # "nhóm:" and nothing after it
            said = _("write the group's name after '{word}:', as in \"{word}:{example}\"")
            raise OfficeError(said.format(word=GROUP_WORD, example=(existing or ["ven-song"])[0]))
        if group not in members:  # it exists: a name that is no group went to the line above
            raise _only_revoked(conn, group) or OfficeError(
                _("there is no group '{group}' with an approved station").format(group=group)
            )
        named_groups.append(group)
    return Audience(tuple(sorted(set(named_groups))), tuple(sorted(set(named_stations))))


GROUP_WORD = "nhóm"
"""`--to "nhóm:NAME"` names a group, not a commune of that name (o18web6)."""


def _said_group(name: str) -> str | None:
    """NAME, when `name` is "nhóm:NAME" (also typed without accents: "nhom:"), else None."""
    word, colon, group = name.partition(":")
    return group if colon and _plain(word) == _plain(GROUP_WORD) else None


def _group_and_commune(
    conn: psycopg.Connection, group: str, members: dict[str, list[str]]
) -> OfficeError | None:
    """The refusal of a name that is both a group's and a commune's (o18web6: the group was
    taken, whichever she meant): both shown, with how to write each."""
    labels = commune_labels(conn)
    communes = [
        (key, labels[key], fingerprint[:SHORT_CODE])
        for key, fingerprint, commune in conn.execute(
            "SELECT key_id, fingerprint, commune FROM stations WHERE revoked_at IS NULL "
            "AND approved_at IS NOT NULL ORDER BY commune, fingerprint"
        ).fetchall()
        if same_commune(commune, group) or same_commune(labels[key], group)
    ]
    if not communes or {key for key, *_r in communes} == set(members.get(group, [])):
        return None  # the group is that commune alone: either reading sends to it
    return OfficeError(
        _("'{name}' is both a group ({count} stations) and the commune {communes}: for the "
          "commune, write its station's code's first {digits} digits ({codes}); for the whole "
          "group, write \"{word}:{name}\"").format(
            name=group, count=len(members.get(group, [])), digits=SHORT_CODE,
            communes=", ".join(label for _key, label, _code in communes),
            codes=", ".join(code for *_r, code in communes), word=GROUP_WORD)
    )  # fmt: skip


def _plain(text: str) -> str:
    """A name as typed without accents (a phone's keyboard): for near matches only."""
    return fold(_tidy(text))


def _commune_keys(conn: psycopg.Connection, name: str, groups_: list[str]) -> list[str]:
    """The key ids of the stations (not revoked) of the commune `name` names, as the stations
    page shows it ("Sơn Thủy", or "Hòa Bình (Đài thôn Đông)" for one of two sharing the name,
    or "Hòa Bình 96381", its code's first digits, as it was named before w31office): a name
    two stations share is the whole commune, both (o23web11 V4: after a merge kept both
    loudspeaker systems, "Xã Tân Sơn" was refused). Refused in one sentence that says how a
    commune is named, with the near matches (o17web5 D3: "Sơn Thủy" was refused as an unknown
    group, and re-sending to one commune needs its name)."""
    labels = commune_labels(conn)
    live = conn.execute(
        "SELECT key_id, approved_at IS NOT NULL, commune, fingerprint FROM stations "
        "WHERE revoked_at IS NULL ORDER BY commune, fingerprint"
    ).fetchall()
    exact = [key for key, _a, commune, print_ in live  # as the pages name it, or with its code
             if same_commune(labels[key], name)
             or same_name(f"{commune} {print_[:SHORT_CODE]}", name)]  # fmt: skip
    if len(exact) == 1:
        return [str(exact[0])]
    same = [(str(key), approved) for key, approved, commune, _p in live
            if same_commune(commune, name)]  # fmt: skip
    if same:  # a station waiting (anyone may enrol) does not take the commune's name
        chosen = [key for key, approved in same if approved] or [same[0][0]]
        _refuse_two_communes(conn, name, chosen)
        return chosen
    known = {_plain(text): text for text in [*sorted({labels[k] for k, *_r in live}), *groups_]}
    near = [known[plain] for plain in difflib.get_close_matches(_plain(name), known, 3, 0.6)]
    said = _("nor a commune so named: name a commune as the Stations page shows it, or by the "
             "first {digits} digits of its station's code").format(digits=SHORT_CODE)  # fmt: skip
    if near:
        said += _("; near: {names}").format(names=", ".join(near))
    raise OfficeError(f"{unknown_group(conn, name)}; {said}")


def _refuse_two_communes(conn: psycopg.Connection, name: str, keys: Sequence[str]) -> None:
    """Refuses `name` when the stations `keys` it names are of communes that are not one
    (w26office #3: "Hòa Bình" of two districts, "Xã X" and "Phường X"; a merged commune's
    two stations, of one name, are one): each is listed, with how to name it alone."""
    rows = conn.execute(
        "SELECT key_id, commune, fingerprint FROM stations WHERE key_id = ANY(%s) "
        "ORDER BY commune, fingerprint",
        [list(keys)],
    ).fetchall()
    names = [commune_name(commune) for _key, commune, _code in rows]
    if all(_compatible(one, other) for one in names for other in names):
        return
    raise OfficeError(
        _("'{name}' names the stations of different communes: {communes}; write the one "
          "meant as listed, with its kind (Xã, Phường, Thị trấn, Đặc khu) or its district or "
          "province after a comma, or the first {digits} digits of its station's code").format(
            name=name, digits=SHORT_CODE,
            communes="; ".join(f"{commune} ({code[:SHORT_CODE]})" for _k, commune, code in rows))
    )  # fmt: skip


def _only_revoked(conn: psycopg.Connection, group: str) -> OfficeError | None:
    """The refusal of a group kept alive only by revoked keys (a stolen PC, its commune's new
    key not approved yet, o15web3 C8): why nothing can be sent to it, and what to do first
    (None: that is not why)."""
    rows = conn.execute(
        "SELECT s.commune, bool_or(EXISTS (SELECT 1 FROM stations o WHERE "
        f"{SAME_LOG} AND o.key_id <> s.key_id AND o.enrolled_at > s.enrolled_at "
        "AND o.approved_at IS NULL AND o.revoked_at IS NULL)) "
        "FROM station_groups g JOIN stations s ON s.key_id = g.key_id "
        "WHERE g.name = %s AND s.revoked_at IS NOT NULL GROUP BY s.commune ORDER BY s.commune",
        [group],
    ).fetchall()
    if not rows:
        return None
    communes = ", ".join(commune for commune, _waiting in rows)
    if all(waiting for _commune, waiting in rows):
        said = _("group '{group}' has only stations whose key was revoked: approve the new key "
                 "of {communes} on the Stations page, then send again")  # fmt: skip
    else:
        said = _(
            "group '{group}' has only stations whose key was revoked ({communes}), and no new "
            "key of theirs waits yet: once the commune runs 'broadcaster enrol --new-key', "
            "approve its new key on the Stations page, then send again"
        )
    return OfficeError(said.format(group=group, communes=communes))


def _named_station(conn: psycopg.Connection, code: str) -> str:
    """The key id of the approved station `code` names; a revoked key's code is refused with
    the code that now continues its commune's log, if any (what Mai types next)."""
    return _approved(conn, _station_key(conn, code))


def _approved(conn: psycopg.Connection, key: str) -> str:
    """`key`, refused unless its station is approved and not revoked (`_named_station`)."""
    [(fingerprint, commune, approved_at, revoked_at)] = conn.execute(
        "SELECT fingerprint, commune, approved_at, revoked_at FROM stations WHERE key_id = %s",
        [key],
    ).fetchall()
    if revoked_at is not None:
        raise (_retired(conn, key) or _replaced_by(conn, key, fingerprint, commune)
               or _revoked(fingerprint, commune))  # fmt: skip
    if approved_at is None:
        raise OfficeError(
            _(
                "station {fingerprint} is not approved yet: approve it first (office "
                "station approve {fingerprint} --group GROUP), or leave it out of --to"
            ).format(fingerprint=fingerprint)
        )
    return key


def _group_and_code(conn: psycopg.Connection, group: str, digits: str) -> OfficeError | None:
    """The refusal of a group's name made of digits (from before `--to` took codes) that
    begins a station's code too: either reading could send to the wrong communes."""
    if len(digits) < SHORT_CODE:
        return None
    approved = [row for row in _codes_begun(conn, digits) if row[3]]
    if not approved:
        return None
    row = min(approved, key=lambda row: row[2] is not None)  # a live one first
    return OfficeError(
        _("'{group}' is both a group's name and the beginning of the code of {station} "
          "({code}): for the station, write its whole code; for the group, move its stations "
          "to a group named with letters (office station groups CODE --add NAME --new-group) "
          "and send to that one").format(
            group=group, station=commune_labels(conn)[row[0]], code=row[1])
    )  # fmt: skip


def with_successors(conn: psycopg.Connection, keys: set[str]) -> set[str]:
    """`keys` and every key sharing a log with one of them: a campaign sent to a commune's
    old code is meant for its replacement key too, which the station airs (o14web F1)."""
    if not keys:
        return keys
    query = (
        f"SELECT s.key_id FROM stations s JOIN stations o ON {SAME_LOG} WHERE o.key_id = ANY(%s)"
    )
    return keys | {row[0] for row in conn.execute(query, [sorted(keys)])}


def audience_said(conn: psycopg.Connection, audience: Audience) -> str:
    """Whom `audience` is for, as `publish` prints it: each group with its communes, each
    commune with its code's first digits, so that a group and a commune of one name read
    apart (o19web7 W5), a station a merge retired marked so (o23web11 V2)."""
    names = {key: f"{commune} ({fingerprint[:SHORT_CODE]}" + (
                 f", {_('no longer in service')})" if retired else ")")
             for key, commune, fingerprint, retired in
             conn.execute("SELECT key_id, commune, fingerprint, retired FROM stations "
                          "WHERE key_id = ANY(%s)", [list(audience.stations)])}  # fmt: skip
    labels, groups = commune_labels(conn), membership(conn)
    members = {group: [labels[key] for key in groups.get(group, [])] for group in audience.groups}
    return audience.describe(names, members)


def _replaced_by(
    conn: psycopg.Connection, key: str, fingerprint: str, commune: str
) -> OfficeError | None:
    """The refusal of a revoked station's code that names the key now continuing its log
    (a stolen PC's replacement): what Mai types next; None when no key continues it."""
    row = conn.execute(
        f"SELECT s.fingerprint FROM stations s JOIN stations o ON {SAME_LOG} "
        f"WHERE o.key_id = %s AND {TRUSTED}",
        [key],
    ).fetchone()
    if row is None:
        return None
    return OfficeError(
        _("{fingerprint} is the old key of {commune}, revoked: the commune now has the code "
          "{new}; name that one").format(fingerprint=fingerprint, commune=commune, new=row[0])
    )  # fmt: skip


def approved_keys(conn: psycopg.Connection) -> list[str]:
    """The key ids of the stations the office trusts (TRUSTED), in order."""
    query = f"SELECT key_id FROM stations s WHERE {TRUSTED} ORDER BY s.key_id"
    return [r[0] for r in conn.execute(query)]
