"""The airing table every export prints, at the station (`log export`) and at the office
(`office lines`): one line per announcement per airing, in Vietnamese and local time.

One definition for both sides: the headings, the field each column shows, and `formatted`,
which turns an airing row (as the station logs it and the office receives it) and one of its
items into the cells that need formatting (local date and times, labels, the remarks). The
station keeps those cells in `airing_items` when it writes each airing, so its export is a
plain join that SQLite writes out at nearly the speed of its own shell; the office computes
them from the rows it received. The reports of many communes therefore merge into one table.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from itertools import accumulate, groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from audio_out.amplifier import AMPLIFIER_FAULTS
from audio_out.sinks import (
    CARD_REFUSED,
    NO_APLAY,
    NO_CARD,
    FileSink,
    reaches_loudspeakers,
    sink_kind,
    sink_text,
    unheard_text,
)
from common.i18n import N_, _, language, ngettext, translations
from common.localtime import clock_text, day_text, stamp_text

if TYPE_CHECKING:
    from common.store import Database

LINE_HEADINGS = (
    "STT", "Đài truyền thanh", "Lượt phát số", "Ngày", "Giờ bắt đầu", "Giờ kết thúc",
    "Mã thông báo", "Tiêu đề", "Phiên bản", "Phiên bản cấp trên", "Mã chiến dịch", "Chiến dịch",
    "Nguồn", "Mức ưu tiên", "Hình thức", "Thời lượng (giây)", "Số lần đọc", "Kết quả",
    "Người duyệt", "Ghi chú",
)  # fmt: skip
"""The airing table of every export: one line per announcement per airing."""
(STT, STATION, SEQ, DAY, START, END, ANNOUNCEMENT, TITLE, VERSION, UPSTREAM_VERSION,
 CAMPAIGN_ID, CAMPAIGN, SOURCE, PRIORITY, FORM, SECONDS, READINGS, RESULT, APPROVER,
 NOTE) = range(len(LINE_HEADINGS))  # fmt: skip
LINE_FIELDS = (
    "station", "seq", "line_day", "line_start", "line_end", "announcement_id", "title",
    "version", "upstream_version", "campaign", "campaign_title", "line_source", "line_priority",
    "line_form", "line_seconds", "readings", "line_result", "approved_by", "line_note",
)  # fmt: skip
"""What each column after STT shows: the station's name, a field of the airing row (`seq`) or
of the item (as `airing_items` and the JSON `items` name it), or a formatted cell (`line_…`,
made by `formatted`)."""
FORMATTED = tuple(f for f in LINE_FIELDS if f.startswith("line_"))
"""The cells `formatted` makes, in this order; the station keeps them in `airing_items`."""
FREE_TEXT_COLUMNS = frozenset((STATION, ANNOUNCEMENT, TITLE, CAMPAIGN_ID, CAMPAIGN, APPROVER, NOTE))
"""Columns of text as people wrote it: quoted in a CSV (every other column is a number, a
date, a time or one of our labels, which hold no comma, quote or line break)."""

RESULTS = {
    "aired": "Đã phát", "partial": "Phát một phần", "failed": "Lỗi",
    "preempted": "Bị ngắt (khẩn cấp)", "interrupted": "Gián đoạn", "missed": "Bỏ lỡ",
    "started": "Đang phát", "stopped": "Đã dừng", "unheard": "Không ra loa",
}  # fmt: skip
"""The "Kết quả" cell of each outcome (`result`); "unheard": one played out where no
loudspeaker is (a file, the test sink), as the report's totals count it (w28commune 2)."""
PRIORITIES = {"normal": "Thường", "priority": "Ưu tiên", "emergency": "Khẩn cấp"}
SOURCES = {"local": "Địa phương", "upstream": "Cấp trên"}
FORMS = {"recording": "Ghi âm", "tts": "Máy đọc", "emergency": "Khẩn cấp"}
NO_CAMPAIGN = "(không thuộc chiến dịch)"
UPSTREAM_EMERGENCY = "upstream emergency"
"""The trigger of an emergency the office sent (airing_log.Trigger, which imports this)."""
NO_SLOT = {"manual": N_("aired by hand"), "emergency": N_("emergency"),
           UPSTREAM_EMERGENCY: N_("emergency from the upstream office")}  # fmt: skip
"""An airing of no slot, named by what started it: one label per kind wherever one is named
(Nhật ký, the printed week, the report's remarks; o21lan10 N6: a by-hand airing was "Phát
tay" in one, "Phát ngay" in another, and an emergency "Phát ngay" in the report)."""


def no_slot_label(trigger: str | None) -> str:
    """An airing of no slot's label in Vietnamese, as a cell begins it (the report, the
    week's board), whatever language the station speaks."""
    return translations("vi").gettext(NO_SLOT.get(trigger or "manual", NO_SLOT["manual"]))


FILE_SINK_NOTE = "ghi ra tệp, không phát trên loa"
PERSON_REMARK = "người phát: "
"""The remarks of an airing a person started (by hand, a re-air, an emergency sent from the
station) name them after this (airings.person)."""
SLOT_REMARK = "khung giờ "
"""The remarks of a slot's airing begin with this and the slot's id (a station's report puts
the slot's title in its place, as the console names it; the office knows ids only)."""


SWITCHED_OFF = N_("the station was switched off midway")
"""An airing's note when the daemon was stopped while it aired: what happened, in the
commune's words; the signal's name is for the technician, in the daemon's output only."""
STOPPED_NOTE = N_("stopped before the end")
"""An airing's note when the person who started it by hand (`play`) stopped it."""
OLD_STOPS = (
    (re.compile(r"the station was stopped \(SIG\w+\)"), SWITCHED_OFF, False),
    (re.compile(r"đài đã bị dừng \(SIG\w+\)"), SWITCHED_OFF, True),
    (re.compile(r"stopped before the end \(Ctrl-C or a stop signal\)"), STOPPED_NOTE, False),
    (re.compile(r"bị dừng trước khi hết \(Ctrl-C hoặc lệnh dừng\)"), STOPPED_NOTE, True),
)
"""How older versions noted a stop, with a signal's or a key's name (o21lan10 N3: "SIGINT"
reached Trang chủ, Nhật ký, `status` and the signed report), what is said instead, and
whether in Vietnamese (the language the note was stored in)."""


OS_ERRORS = (
    N_("Permission denied"), N_("No such file or directory"), N_("No space left on device"),
    N_("Read-only file system"), N_("Is a directory"), N_("Not a directory"),
    N_("Connection refused"), N_("Connection timed out"), N_("Input/output error"),
)  # fmt: skip
"""What the system says about a file or a link (strerror), as it may stand in a stored note."""
UNKNOWN_REASON = N_(
    "the station noted this in a program's own words, which it has no sentence for; if it "
    "happens again, tell the technician (detail: {detail})"
)
_PLACEHOLDER = re.compile(r"\{(\w+)(?:![rsa])?(?::[^{}]*)?\}")


@functools.cache
def _remarks() -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """The Vietnamese catalog as exact sentences and as patterns (a sentence with values):
    each pattern with the longest stretch of its words a note must hold to match it, so a
    note is matched only against the few patterns whose words it holds (compiling all ~950
    cost each process that closed an airing 0.1 s)."""
    catalog = getattr(translations("vi"), "_catalog", {})
    exact: dict[str, str] = {}
    patterns: list[tuple[int, str, str, str]] = []
    for english, vietnamese in catalog.items():
        if not isinstance(english, str) or not english or not vietnamese:
            continue
        if not _PLACEHOLDER.search(english):
            exact[english] = vietnamese
            continue
        words = _PLACEHOLDER.split(english)[:: _PLACEHOLDER.groups + 1]
        literal = sum(map(len, words))
        patterns.append((literal, max(words, key=len), english, vietnamese))
    patterns.sort(key=lambda p: -p[0])  # the most specific sentence first
    return exact, [(needle, english, vietnamese) for _, needle, english, vietnamese in patterns]


@functools.cache
def _compiled(sentence: str) -> re.Pattern[str]:
    return re.compile(_pattern(sentence), re.DOTALL)


def _pattern(sentence: str) -> str:
    """A catalog sentence as a regular expression: each value a named group."""
    parts, seen, last = [], set(), 0
    for found in _PLACEHOLDER.finditer(sentence):
        parts.append(re.escape(sentence[last : found.start()]))
        name = found.group(1)
        parts.append(f"(?P={name})" if name in seen else f"(?P<{name}>.+?)")
        seen.add(name)
        last = found.end()
    parts.append(re.escape(sentence[last:]))
    return "".join(parts)


def _value(values: dict[str, str], placeholder: re.Match[str]) -> str:
    return values.get(placeholder.group(1), placeholder.group(0))


@functools.lru_cache(maxsize=4096)
def vietnamese(note: str | None, depth: int = 0) -> str | None:
    """A note as the log stored it, in Vietnamese: the log keeps some in English (the language
    of the process that wrote them); each sentence the station writes is found in the catalog,
    with its values (which may be sentences themselves) carried over. Text that no sentence
    matches (already Vietnamese, or a tool's own words) stays as it is."""
    if not note or depth > 3:
        return note
    exact, patterns = _remarks()
    if note in exact:
        return exact[note]
    for needle, sentence, target in patterns:
        match = _compiled(sentence).fullmatch(note) if needle in note else None
        if match:
            values = {k: vietnamese(v, depth + 1) or "" for k, v in match.groupdict().items()}
            return _PLACEHOLDER.sub(functools.partial(_value, values), target)
    return note


EMERGENCY_ID = re.compile(r"\bkhan-cap-[\w-]*\w")
"""An emergency announcement's id (announcements.script.EMERGENCY_PREFIX) in a stored note."""
FIRST_WORDS = 6
"""Words of an emergency's text that tell it from another one, in a note that names it."""


def emergency_name(sent_at: datetime, text: str | None, title: str) -> str:
    """How a person tells an emergency apart: when it was sent and its first words (its
    title when it is a recording), as “lúc 03:46 ngày 30/11/2026 (“Nước sông đang lên…”)”."""
    return f"lúc {sent_at:%H:%M} ngày {sent_at:%d/%m/%Y} (“{first_words(text or title)}”)"


def first_words(text: str) -> str:
    """An emergency's first few words, as the log and the week's board tell it by."""
    words = text.split()
    said = " ".join(words[:FIRST_WORDS])
    return said.rstrip(",;:.") + "…" if len(words) > FIRST_WORDS else said


def emergencies_named(note: str, names: Mapping[str, str]) -> str:
    """A note with each emergency's id put as `names` tell it (an id not known stays)."""
    return EMERGENCY_ID.sub(lambda found: names.get(found.group(0), found.group(0)), note)


def shown(note: str | None, names: Mapping[str, str], today: date | None = None) -> str | None:
    """A stored note as a person reads it (Nhật ký, Trang chủ, `status`): in Vietnamese when
    the station speaks it, whatever language wrote it, its times by their day near `today`
    (`near_days`), and each emergency by `names` (its words as typed)."""
    if not note:
        return note
    said = in_language(note)
    return emergencies_named(near_days(said, today) if today else said, names)


def in_language(note: str) -> str:
    """A station's note as the process speaks to a person: in Vietnamese when it speaks it,
    whatever language wrote it (`reason`), else as stored, a stop said either way in the
    commune's words (`unsignalled`); the station's pages and the office's say it so."""
    return reason(note) if language().startswith("vi") else unsignalled(note)


def unsignalled(note: str) -> str:
    """A stored note with a stop said as the commune says it, never by a signal's name
    (OLD_STOPS), and its times to the minute (a row closed after a power cut kept the
    seconds until o22lan11 N6), in the language it was stored in."""
    for old, now, in_vi in OLD_STOPS:
        said = translations("vi").gettext(now) if in_vi else now
        note = old.sub(lambda _found, said=said: said, note)  # type: ignore[misc]
    return unquoted(lambda part: TO_THE_SECOND.sub(r"\1", part), note)


QUOTED = re.compile(r"(“[^”]*”)")


def unquoted(change: Callable[[str], str], note: str) -> str:
    """`note` with `change` made outside its “quotes”: a title or an emergency's words are
    said as typed ("Họp lúc 31/12/2026 19:00" stays)."""
    return "".join(part if QUOTED.fullmatch(part) else change(part) for part in QUOTED.split(note))


TO_THE_SECOND = re.compile(r"\b(\d{2}/\d{2}/\d{4} \d{2}:\d{2}):\d{2}\b")
STAMP = re.compile(r"(lúc )?\b(\d{2})/(\d{2})/(\d{4}) (\d{2}):(\d{2})\b")
"""A local time in a stored note ("lúc 01/12/2026 10:33", seconds in older rows)."""


def near_days(note: str, today: date) -> str:
    """A shown note's times as the console says every other time, by the day near `today`:
    "đài chạy lại hôm nay lúc 10:33", "cho đến hôm qua 23:58" (o22lan11 N6: "lúc 01/12/2026
    10:33:42" beside "hôm nay 10:33"). The report, a record, keeps the date."""

    def said(found: re.Match[str]) -> str:
        at, day, month, year, hour, minute = found.groups()
        try:
            near = day_text(date(int(year), int(month), int(day)), today, mid=True)
        except ValueError:  # no day of the calendar: as it stands
            return found.group(0)
        return f"{near} {at}{hour}:{minute}" if at else f"{near} {hour}:{minute}"

    return unquoted(lambda part: STAMP.sub(said, part), note)


def reason(note: str) -> str:
    """A stored reason in Vietnamese (`vietnamese`); one no sentence of ours matches and that
    is not Vietnamese (a program's own words, as some old rows keep them) is the detail of a
    Vietnamese sentence that says what to do, never the whole of what the officer reads; a
    stop is said in the commune's words (`unsignalled`), at the station as at the office."""
    note = unsignalled(note)
    said = vietnamese(note) or note
    if said == note and note.isascii() and any(c.isalpha() for c in note):
        return translations("vi").gettext(UNKNOWN_REASON).format(detail=note)
    return said


def _local(instant: str | None, zone: ZoneInfo) -> datetime | None:
    return datetime.fromisoformat(instant).astimezone(zone) if instant else None


def seconds_aired(
    item_s: float | None,
    played_s: float | None,
    planned_s: float | None,
    before_s: float = 0.0,
    items_s: float | None = None,
) -> float:
    """An announcement's airtime to a tenth of a second (halves round up, as people count).
    A cut airing's items played in order: those before the point reached get their length,
    the one cut the rest, those after it none (`before_s`: the length of the items before
    it, `items_s`: of all; the program's jingles and pauses count in proportion). Without
    them, or for a whole airing, its length times the share of the program that played."""
    if not played_s or not planned_s:
        return 0.0
    item = item_s or 0.0
    if items_s is None or played_s >= planned_s:
        share = item * played_s / planned_s
    else:
        share = min(item, max(0.0, played_s * items_s / planned_s - before_s))
    return math.floor(share * 10 + 0.5) / 10


ADVICE = re.compile(r"\s*[:,]\s*hãy\b.*$", re.DOTALL)
"""Where a reason turns from what happened to what the officer should do (": hãy kiểm tra…")."""
ADVICE_CLAUSES = ("hãy ", "nếu ", "muốn ", "trong lúc chờ")
"""A clause of a reason that is only advice ("nếu vẫn vậy, hãy báo kỹ thuật viên")."""


SOUND_FAULT_BRIEFS = {
    NO_APLAY: N_("the machine has no program to play sound, so nothing aired"),
    NO_CARD: N_("the machine found no sound card, so nothing reached the loudspeakers"),
    CARD_REFUSED: N_("the loudspeakers did not play because the sound card reported an error"),
    **dict.fromkeys(AMPLIFIER_FAULTS, N_("the amplifier could not be switched")),
}  # fmt: skip
"""What each sound fault means, without its repair advice and its detail: `brief`'s words
for it, in the language of the note (the station's note carries the advice for Nhật ký)."""


@functools.cache
def _sound_fault_patterns() -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """Each sound fault's sentence as a pattern, in English and in Vietnamese (a stored note
    is in the language of the process that wrote it), with its msgid and whether it is the
    Vietnamese one; it ends where the note does or where its next remark begins."""
    vi = translations("vi")
    return tuple(
        (msgid, re.compile(_pattern(sentence) + "(?=; |$)", re.DOTALL), in_vi)
        for msgid in SOUND_FAULT_BRIEFS
        for sentence, in_vi in ((msgid, False), (vi.gettext(msgid), True))
    )


def _sound_fault(note: str | None) -> tuple[str, bool, re.Match[str]] | None:
    for msgid, pattern, in_vi in _sound_fault_patterns():
        if note and (found := pattern.search(note)):
            return msgid, in_vi, found
    return None


def sound_fault_of(note: str | None) -> str | None:
    """Which sound fault (of CARD_FAULTS or AMPLIFIER_FAULTS) a note says, by its msgid,
    whatever the language of the process that wrote it; None for any other note."""
    found = _sound_fault(note)
    return found[0] if found else None


@functools.lru_cache(maxsize=4096)
def brief(remarks: str) -> str:
    """Remarks for a signed report, or for Trang chủ's item: what happened, without the repair
    advice Nhật ký gives the officer (officer trial eleven: the advice filled the PDF's Ghi
    chú, two rows a page). A sound fault is said by what it is (SOUND_FAULT_BRIEFS), in the
    note's language, so an English note loses its advice too (w15d); others lose the clauses
    that advise, as the Vietnamese sentences word them."""
    if fault := _sound_fault(remarks):
        msgid, in_vi, found = fault
        said = SOUND_FAULT_BRIEFS[msgid]
        said = translations("vi").gettext(said) if in_vi else said
        remarks = remarks[: found.start()] + said + remarks[found.end() :]
    kept = []
    for clause in remarks.split("; "):
        said = ADVICE.sub("", clause).strip()
        if said and not said.lower().startswith(ADVICE_CLAUSES):
            kept.append(said)
    return "; ".join(kept)


def placed(lengths: Iterable[float | None]) -> list[tuple[float, float]]:
    """For each item of an airing, given their lengths in the order they played: the length
    of the items before it and of all (`seconds_aired`'s before_s and items_s, which credit a
    cut airing's items in order); the station's cells and the office's lines both use it."""
    listed = [float(length or 0.0) for length in lengths]
    total = sum(listed)
    return [(before, total) for before in accumulate(listed[:-1], initial=0.0)]


def late_minutes(late_s: float | None) -> int | None:
    """How late an airing was, in whole minutes (rounded), when a minute or more: the report's
    "trễ 8 phút" and `log list` say the same."""
    return math.floor(late_s / 60 + 0.5) if late_s is not None and late_s >= 60 else None


def lateness(airing: Mapping[str, Any], zone: ZoneInfo) -> str | None:
    """How late an airing was and when it was due, as Nhật ký, Trang chủ and `log list` say
    it: "trễ 8 phút (theo lịch 02:56)" (o19lan8 L4: after a power cut the console listed the
    02:56 slot at 03:04 with no word that it was late). The date joins the time when the slot
    was due on another day than it aired. An office emergency has no slot: its lateness only."""
    late = late_minutes(airing.get("late_s"))
    if late is None:
        return None
    said = ngettext("{n} minute late", "{n} minutes late", late).format(n=late)
    due = _local(airing.get("scheduled_at"), zone)
    started = _local(airing.get("started_at"), zone)
    if due is None:
        return said
    at = clock_text(due) if started and due.date() == started.date() else stamp_text(due, zone)
    return _("{late} (scheduled at {at})").format(late=said, at=at)


LEFT_OUT = N_("left out “{title}”: its new version {version} waits for approval")


def left_out(airing: Mapping[str, Any], gettext: Callable[[str], str] | None = None) -> str:
    """What a slot that aired left out, from the row's `held` (o16net N6): the row shows only
    what aired, so Nhật ký, Trang chủ, `log list` and the report say which notice was not
    read and why, in this one phrase. Empty when nothing was held, or when the slot aired
    nothing (its note says so already). `gettext`: the report's Vietnamese."""
    held = airing.get("held")
    if not held or airing.get("status") == "missed":
        return ""
    say = (gettext or _)(LEFT_OUT)
    return "; ".join(
        say.format(title=entry.get("title") or entry["announcement_id"], version=entry["version"])
        for entry in (json.loads(held) if isinstance(held, str) else held)
    )


def voided(airing: Mapping[str, Any]) -> str:
    """Why a row does not count, where a person reads the log (Nhật ký, `log list`): a clock
    run ahead wrote it for a time still to come, and the officer confirmed the clock since
    (`voided_airings`), or it is the row that says so of such a row (`voided`, its note says
    why); its slot's own row comes at its time. Empty for every other row."""
    if not airing.get("voided"):
        return ""
    if airing.get("status") == "voided":
        return _("it takes the place of airing #{seq}, which no longer counts: the slot airs "
                 "at its time").format(seq=airing.get("supersedes"))  # fmt: skip
    return _("logged while the computer's clock ran ahead, before its time came: it does not "
             "count, and the slot airs at its time")  # fmt: skip


def unheard(airing: Mapping[str, Any]) -> str:
    """Where an airing that played out went when no loudspeaker played it (a file, the test
    sink: `reaches_loudspeakers`), where a person reads the log (Nhật ký, `log list`), in the
    officer's words and without a path (`unheard_text`, w29report 4): its outcome reads "không
    ra loa" there, as the month report counts it (w28commune 2). One on air (`started`) says
    where it goes now (`sink_text`), as Trang chủ's "Đang phát" card does (w31attn). Empty
    for every other row."""
    sink, status = str(airing.get("sink") or ""), airing.get("status")
    if status not in ("aired", "partial", "started") or reaches_loudspeakers(sink):
        return ""
    return sink_text(sink) if status == "started" else unheard_text(sink)


def aired_by(airing: Mapping[str, Any]) -> str:
    """Who aired it, where a person reads the log (Nhật ký, `log list`): "người phát: …" of
    an airing a person started; empty for the schedule's and the office's."""
    person = airing.get("person")
    return _("aired by {person}").format(person=person) if person else ""


def note(airing: Mapping[str, Any]) -> str:
    """The remarks: the slot or what started it (NO_SLOT), who aired it (a person's airing),
    how late, the error in Vietnamese, a file sink (for an airing that went to one)."""
    slot = airing.get("slot")
    parts = [no_slot_label(airing.get("trigger")) if slot is None else SLOT_REMARK + slot]
    if person := airing.get("person"):
        parts.append(PERSON_REMARK + person)
    if late := late_minutes(airing.get("late_s")):
        parts.append(f"trễ {late} phút")
    if airing.get("error") is not None:
        parts.append(brief(reason(airing["error"])))
    if held := left_out(airing, translations("vi").gettext):
        parts.append(held)
    if sink_kind(str(airing.get("sink") or "")) is FileSink and airing.get("duration_s"):
        parts.append(FILE_SINK_NOTE)  # only of what was written: a missed airing wrote nothing
    return "; ".join(parts)


def from_upstream(airing: Mapping[str, Any], item: Mapping[str, Any]) -> bool:
    """Whether the office sent what aired: a notice it published (it has the office's
    version), or its emergency (which the station numbers as its own)."""
    return item.get("upstream_version") is not None or airing.get("trigger") == UPSTREAM_EMERGENCY


def formatted(
    airing: Mapping[str, Any], item: Mapping[str, Any], zone: ZoneInfo
) -> tuple[Any, ...]:
    """The cells of FORMATTED for one item of an airing row, in the station's `zone`."""
    started = _local(airing["started_at"], zone)
    ended = _local(airing.get("ended_at"), zone)
    assert started is not None
    if airing.get("trigger") in ("emergency", UPSTREAM_EMERGENCY):
        form = FORMS["emergency"]
    else:
        form = FORMS["recording"] if item.get("kind") == "recording" else FORMS["tts"]
    return (
        f"{started:%Y-%m-%d}",
        f"{started:%H:%M:%S}",
        f"{ended:%H:%M:%S}" if ended else None,
        SOURCES["upstream" if from_upstream(airing, item) else "local"],
        PRIORITIES.get(str(item.get("priority")), ""),
        form,
        seconds_aired(
            item.get("duration_s"),
            airing.get("duration_s"),
            airing.get("planned_duration_s"),
            item.get("before_s") or 0.0,
            item.get("items_s"),
        ),
        result(airing),
        note(airing),
    )


def result(airing: Mapping[str, Any]) -> str:
    """The "Kết quả" cell: an emergency the commune stopped before it aired is "Đã dừng",
    not "Bỏ lỡ" (nothing was missed: w27leader F1), told by its row's note, which the office
    has too; one played out where no loudspeaker played it (`unheard`) is "Không ra loa", as
    the totals count it, the week's board prints it and the office counts it; any other by
    its status."""
    status = str(airing["status"])
    if unheard(airing):
        return RESULTS["unheard"]
    if status == "missed" and airing.get("trigger") == "emergency":
        vi = translations("vi").gettext
        stop = vi("not aired: {reason}").format(reason=vi("stopped by {person}").format(person=""))
        if (vietnamese(airing.get("error")) or "").startswith(stop):
            return RESULTS["stopped"]
    return RESULTS.get(status, "")


def line(
    station: str, airing: Mapping[str, Any], item: Mapping[str, Any], zone: ZoneInfo
) -> tuple[Any, ...]:
    """One line of the table after STT, from an airing row and one of its items, as the
    office computes it (the station reads the same cells from its store)."""
    cells = dict(zip(FORMATTED, formatted(airing, item, zone), strict=True))
    values = {"station": station, "seq": airing["seq"], **cells}
    values["campaign_title"] = next(
        (v for v in (item.get("campaign_title"), item.get("campaign")) if v is not None),
        NO_CAMPAIGN,
    )
    return tuple(values[f] if f in values else item.get(f) for f in LINE_FIELDS)


FORMAT_BATCH = 5000
"""Airings formatted at a time when the store catches up (each with all its items)."""


def format_items(db: Database, zone: ZoneInfo, seqs: Iterable[int] | None = None) -> int:
    """Write the formatted cells of these airings' items (None: of every airing with an
    item not formatted yet, FORMAT_BATCH airings at a time) into `airing_items`; inside the
    caller's transaction. Returns how many items."""
    query = (
        "SELECT a.*, t.position, t.kind AS item_kind, t.priority AS item_priority, "
        "t.upstream_version AS item_upstream_version, t.duration_s AS item_duration_s "
        "FROM airings a JOIN airing_items t ON t.airing_seq = a.seq WHERE {} "
        "ORDER BY a.seq, t.position"
    )
    update = (
        f"UPDATE airing_items SET {', '.join(f'{f} = ?' for f in FORMATTED)} "
        "WHERE airing_seq = ? AND position = ?"
    )
    unformatted = (  # by the partial index; an airing whole, for placed()
        "a.seq IN (SELECT DISTINCT airing_seq FROM airing_items WHERE line_day IS NULL "
        f"LIMIT {FORMAT_BATCH})"
    )
    batches = (
        ((query.format("a.seq = ?"), [seq]) for seq in seqs)
        if seqs is not None
        else iter(lambda: (query.format(unformatted), []), None)
    )
    count = 0
    for sql, params in batches:
        rows = db.execute(sql, params)
        names = [d[0] for d in rows.description]
        batch = []
        for _seq, group in groupby(rows.fetchall(), key=itemgetter(names.index("seq"))):
            airing = [dict(zip(names, values, strict=True)) for values in group]
            for row, (before, total) in zip(
                airing, placed(row["item_duration_s"] for row in airing), strict=True
            ):
                item = {
                    "kind": row["item_kind"], "priority": row["item_priority"],
                    "upstream_version": row["item_upstream_version"],
                    "duration_s": row["item_duration_s"], "before_s": before, "items_s": total,
                }  # fmt: skip
                batch.append((*formatted(row, item, zone), row["seq"], row["position"]))
        if not batch and seqs is None:
            break
        db.conn.executemany(update, batch)
        count += len(batch)
    return count


LINES_ZONE = "airing_lines_zone"
"""meta: the zone the formatted cells in `airing_items` were written in."""


def bring_up_to_date(db: Database, zone: ZoneInfo) -> int:
    """Format what is not formatted yet (airings logged before the cells were kept, or by a
    program that only wrote the row), and everything again when the station's zone is not the
    one they were written in. Takes the write lock only when there is something to do; one
    transaction. Returns how many items were formatted."""

    def stale() -> bool:
        stored = db.execute("SELECT value FROM meta WHERE key = ?", [LINES_ZONE]).fetchone()
        return not stored or stored[0] != zone.key

    unformatted = "SELECT 1 FROM airing_items WHERE line_day IS NULL LIMIT 1"  # partial index
    if not stale() and not db.execute(unformatted).fetchone():
        return 0
    with db.conn:
        if stale():
            db.execute("UPDATE airing_items SET line_day = NULL WHERE line_day IS NOT NULL")
            db.execute(
                "INSERT INTO meta (key, value) VALUES (?, ?) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                [LINES_ZONE, zone.key],
            )
        return format_items(db, zone)
