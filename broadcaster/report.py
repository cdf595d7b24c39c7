"""Airtime reports from the log, in Vietnamese and local time: the airing table and the
totals per campaign, written as CSV, XLSX or PDF (temp file + rename: never a partial file).

The airing table is a plain join of `airings` with `airing_items`, formatted by SQLite (local
dates and times, Vietnamese labels), so a CSV of a million airings is written without a
Python loop per field. Every export carries the station's name, each airing's number and each
item's versions (the station's and the upstream office's), so the reports of many communes
merge into one table, with the same columns as the office's roll-up.
"""

from __future__ import annotations

import calendar
import csv
import gc
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, datetime, time, timedelta
from functools import cached_property
from pathlib import Path
from typing import Any

from audio_out.sinks import reaches_loudspeakers
from common.files import atomic_path, check_output, describe_os_error
from common.i18n import _, ngettext
from common.library_errors import os_error_in
from common.localtime import date_text, instant
from schedules.parse import InputError, parse_month

from . import report_heading
from .airing_lines import (
    ANNOUNCEMENT,
    APPROVER,
    CAMPAIGN,
    CAMPAIGN_ID,
    DAY,
    END,
    FORM,
    FREE_TEXT_COLUMNS,
    LINE_FIELDS,
    LINE_HEADINGS,
    NO_CAMPAIGN,
    NO_SLOT,
    NOTE,
    PRIORITY,
    READINGS,
    RESULT,
    RESULTS,
    SECONDS,
    SEQ,
    SLOT_REMARK,
    SOURCE,
    START,
    STATION,
    STT,
    TITLE,
    UPSTREAM_VERSION,
    VERSION,
    bring_up_to_date,
    emergencies_named,
    first_words,
    no_slot_label,
    unsignalled,
)
from .clock import day_end, day_start, utc_iso
from .log_chain import ChainHead, head
from .not_aired import NotAired
from .reair import PREFIX as REAIR_PREFIX
from .reair import chain_sql, made_good_by_hand, made_good_sql
from .records import Announcement
from .station import Station, StationError
from .store import STANDS

PLANNED_HEADING = "Kế hoạch (lượt thông báo)"
"""Section I counts notices, each once per airing it was planned in (o15lan C6: "Kế hoạch 4"
for two airings, unexplained): a campaign's row can only count its own notices, since one
airing may read several campaigns'; `planned_sentence` gives the airings beside it."""
UNHEARD_HEADING = RESULTS["unheard"]
TOTAL_HEADINGS = (
    "Chiến dịch", PLANNED_HEADING, "Đã phát", UNHEARD_HEADING, "Bỏ lỡ", "Lỗi", "Bị ngắt",
    "Gián đoạn", "Chờ duyệt", "Số phút đã phát", "Tỷ lệ phát (%)",
)  # fmt: skip
"""'Chờ duyệt' counts the notices left out because a new version waited for approval, so that
the columns from 'Đã phát' to 'Chờ duyệt' add up to 'Kế hoạch' (o17lan5 finding 7). 'Đã phát',
its minutes and its rate count what reached the loudspeakers; 'Không ra loa' what played out
only to a file (no sound card) or the test sink (w28commune 2: the demo station's airings,
written to files, read "Đã phát" in the report the commune hands in)."""
TOTAL = "Cộng"
NOT_AIRED_HEADINGS = (
    "STT", "Mã thông báo", "Tiêu đề", "Khung giờ", "Số lần theo lịch", "Lý do không phát",
)  # fmt: skip
NOT_AIRED_TITLE = "Thông báo đã xếp lịch nhưng không phát"
ALL_AIRED = "Mọi thông báo đã xếp lịch đều được phát ít nhất một lần."
"""Section III with no row: true per notice, which is all it counts (an airing may still have
failed; unaired_sentence says so beside it)."""


TABLE_WHERE = "trong bảng các lượt phát"


def unaired_sentence(count: int, where: str, by_hand: int = 0) -> str:
    """What section III adds when airings did not air as planned and were not re-aired, so that
    it never reads "nothing was missed" beside a table that shows otherwise (empty: none);
    those whose notices then aired in full by hand that day said apart, as Cần chú ý says
    them (o22lan11 N4), each airing by hand counted as its own line (TOTALS_NOTE's rule)."""
    said = []
    if count:
        said.append(f"Tuy vậy, {count} lượt phát bị bỏ lỡ, lỗi, bị ngắt hoặc gián đoạn và chưa "
                    "được phát lại.")  # fmt: skip
    if by_hand:
        said.append(f"{by_hand} lượt phát {'khác ' if count else ''}bị bỏ lỡ, lỗi, bị ngắt hoặc "
                    "gián đoạn đã được phát bù bằng tay đầy đủ trong ngày; lượt phát tay được "
                    "tính riêng là một lượt đã phát.")  # fmt: skip
    return " ".join([*said, f"Xem cột “Kết quả” {where}."]) if said else ""


def not_aired_rows(report: Report) -> list[tuple[str, str, str, int, str]]:
    """The notices the period's slots named that never aired, a row each (NOT_AIRED_HEADINGS
    without the number)."""
    return [(n.announcement_id, n.title, ", ".join(n.slots), n.times, n.why)
            for n in report.not_aired()]  # fmt: skip


@dataclass(frozen=True)
class Period:
    first: date
    last: date

    @property
    def label(self) -> str:
        if self.first.day == 1 and self.last == _month_end(self.first):
            return f"Tháng {self.first.month:02d}/{self.first.year:04d}"
        return f"Từ ngày {_day(self.first)} đến ngày {_day(self.last)}"


def _day(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def _month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def month_period(month: str) -> Period:
    """A whole month as a person types it (11/2026, tháng 11/2026, 2026-11)."""
    first = parse_month(month)
    return Period(first, _month_end(first))


def resolve_period(
    station: Station, since: date | None, until: date | None, month: str | None
) -> Period:
    """A month, or a span of dates (defaults: the first airing, today); each mistake is a
    sentence naming the field it is in."""
    if month:
        if since or until:
            raise StationError(_("give a month or a span of dates, not both"), field="month")
        try:
            return month_period(month)
        except InputError as e:
            raise StationError(str(e), field="month") from None
    if since and until and until < since:
        raise StationError(
            _("the last day {until} is before the first day {since}").format(
                until=date_text(until), since=date_text(since)
            ),
            field="until",
        )
    today = station.log_today()[0]  # a held clock's estimate, not its wrong day
    if since and until is None and today < since:
        raise StationError(
            _("the first day {since} is after today ({today})").format(
                since=date_text(since), today=date_text(today)
            ),
            field="since",
        )
    if since is None:
        row = station.db.execute("SELECT MIN(started_at) FROM airings").fetchone()[0]
        since = datetime.fromisoformat(row).astimezone(station.config.zone).date() if row else today
    return Period(since, until or today)


# ----- the letterhead -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Letterhead:
    """Who issues a printed document and who signs it (the decree's heading and signature)."""

    parent: str
    """The body the issuer belongs to (printed in capitals, not bold); may be empty."""
    issuer: str
    """The issuing body (bold capitals, a short rule under it)."""
    place: str
    code: str
    """The document code: "Số: …/{code}"."""
    signer: str
    """Who the document is signed for: "TRƯỞNG ĐÀI", or "KT. CHỦ TỊCH" for a deputy."""
    signer_title: str = ""
    """The deputy's own title under it ("PHÓ CHỦ TỊCH"); empty for one who signs as such."""
    signer_name: str = ""
    recipients: tuple[str, ...] = ()

    @property
    def sample(self) -> bool:
        """Whether the heading still says "(mẫu)" somewhere: a leader cannot sign it so."""
        lines = (getattr(self, f.name) for f in fields(report_heading.Heading))  # set by hand
        return any(sample_name(line) for line in lines)


_SAMPLE = re.compile(r"\(\s*mẫu\s*\)", re.IGNORECASE)
""""(mẫu)": the demo station's name, which a real report must not carry."""


_STATION_NAME = re.compile(
    r"^\s*đài\s+(?:truyền|phát)\s+thanh(?:\s+cơ\s+sở)?\s+"
    r"(xã|phường|thị\s+trấn|đặc\s+khu)\s+(.+?)\s*$",
    re.IGNORECASE,
)
"""'Đài truyền thanh xã Tân Lập': the commune's kind and name, for the heading's defaults."""


def station_letterhead(station: Station) -> Letterhead:
    """The station's heading as the leader set it in the console (report_heading), else from
    `[report]` in station.toml, where what is left empty comes from the station's name
    ('Đài truyền thanh xã Tân Lập' → UBND xã Tân Lập, Tân Lập)."""
    settings = station.config.report
    name = station.config.name
    found = _STATION_NAME.match(unicodedata.normalize("NFC", name))
    kind, commune = (
        (" ".join(found.group(1).split()).lower(), found.group(2)) if found else ("", "")
    )
    parent = settings.parent or (f"UBND {kind} {commune}" if found else "")
    place, signer = settings.place or commune, settings.signer
    signer_title, signer_name = settings.signer_title, settings.signer_name
    if (chosen := report_heading.saved(station.db)) is not None:
        parent, name, place = chosen.parent, chosen.issuer, chosen.place
        signer, signer_title, signer_name = chosen.signer, chosen.signer_title, chosen.signer_name
    recipients = settings.recipients or (
        *((f"{parent} (để báo cáo)",) if parent else ()),
        "Lưu: ĐTT",
    )
    return Letterhead(
        parent=parent,
        issuer=name,
        place=place,
        code=settings.code,
        signer=signer,
        signer_title=signer_title,
        signer_name=signer_name,
        recipients=tuple(recipients),
    )


def sample_name(text: str) -> bool:
    """Whether `text` says "(mẫu)", as the demo's names do."""
    return bool(_SAMPLE.search(unicodedata.normalize("NFC", text)))


@dataclass(frozen=True)
class NotReady:
    """Why this month's report cannot be signed yet (empty: it can)."""

    reasons: tuple[str, ...]
    """Each "(mẫu)" it prints, and where, in a sentence."""
    sample_heading: bool
    """Whether its heading is one of them (Trang chủ then links to where it is set)."""
    sample_approved: tuple[Announcement, ...] = ()
    """The notices still airing approved under a "(mẫu)" name (Trang chủ lists them)."""


def not_ready(station: Station) -> NotReady:
    """Why this month's report cannot be signed yet, while the leader can still do something
    about it: the heading's "(mẫu)", and notices that still air approved under a "(mẫu)"
    name (the demo approves as "Cán bộ văn hóa xã (mẫu)"), each airing of which adds a row
    that prints it; each said where it is, so he is not told the report is ready."""
    reasons = []
    sample_heading = station_letterhead(station).sample
    if sample_heading:
        reasons.append(_("its heading still says “(mẫu)”"))
    names: dict[str, int] = defaultdict(int)
    sample = station.sample_approved()
    for _found, name in sample:
        names[name] += 1
    for name, count in names.items():
        reasons.append(ngettext(
            "{n} notice still airs approved under “{name}”, so each of its airings prints that "
            "name in the “Người duyệt” column",
            "{n} notices still air approved under “{name}”, so each of their airings prints "
            "that name in the “Người duyệt” column", count).format(name=name, n=count))  # fmt: skip
    return NotReady(tuple(reasons), sample_heading, tuple(found for found, _name in sample))


def sample_airings(station: Station) -> list[tuple[str, int]]:
    """This month's airings whose "Người duyệt" column prints a "(mẫu)" name, counted by
    name: the log keeps each airing as it was made, so the report prints them so."""
    period = month_period(station.today().strftime("%m/%Y"))
    zone = station.config.zone
    names = station.db.execute(
        "SELECT t.approved_by, COUNT(DISTINCT a.seq) FROM airings a"
        " JOIN airing_items t ON t.airing_seq = a.seq"
        f" WHERE a.started_at >= ? AND a.started_at < ? AND a.{STANDS}"
        " AND t.approved_by IS NOT NULL"
        " GROUP BY t.approved_by ORDER BY t.approved_by",
        [day_start(period.first, zone), day_end(period.last, zone)],
    )
    return [(name, count) for name, count in names if sample_name(name)]


# ----- the report -------------------------------------------------------------------------------
@dataclass
class Totals:
    campaign: str
    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    seconds: float = 0.0

    unheard_seconds: float = 0.0
    """The minutes of UNHEARD, said under the table (`unheard_sentence`)."""

    def row(self, held: bool = True) -> tuple[Any, ...]:
        """The row of TOTAL_HEADINGS; without `held` (the office's report), no 'Chờ duyệt'
        (it counts airings as stations send them, where a notice left out never makes one
        unaired)."""
        planned = sum(n for status, n in self.counts.items() if status in COUNTED)
        aired = self.counts["aired"] + self.counts["partial"]
        percent = round(100 * aired / planned, 1) if planned else 0.0
        outcomes = [self.counts[s] for s in ("missed", "failed", "preempted", "interrupted")]
        return (
            self.campaign, planned, aired, self.counts[UNHEARD], *outcomes,
            *([self.counts[HELD]] if held else []), round(self.seconds / 60, 1), percent,
        )  # fmt: skip

    def take(self, status: str, sink: str | None, count: int, seconds: float) -> None:
        """Count `count` notices of an outcome sent to `sink`: one that played out where no
        loudspeaker is (`reaches_loudspeakers`) as UNHEARD, its minutes apart; one a re-air
        made good (`REAIRED`) as aired, the loudspeakers played it."""
        if status == REAIRED:
            self.counts["aired"] += count
            self.seconds += seconds
        elif status in PLAYED and not reaches_loudspeakers(sink):
            self.counts[UNHEARD] += count
            self.unheard_seconds += seconds
        else:
            self.counts[status] += count
            self.seconds += seconds

    def add(self, other: Totals) -> None:
        for status, count in other.counts.items():
            self.counts[status] += count
        self.seconds += other.seconds
        self.unheard_seconds += other.unheard_seconds


NOT_AS_PLANNED = "('missed', 'failed', 'preempted', 'interrupted')"
"""The outcomes of an airing that did not air as planned, as SQL: a re-air may make it good
(the office's report counts the same, office.report.MADE_GOOD)."""
_MADE_GOOD_BY = (
    f"{chain_sql('a.seq')} SELECT {{what}} FROM reairs r JOIN airing_items ri ON "
    f"ri.airing_seq = r.seq WHERE {made_good_sql('r')} "
    "AND +ri.announcement_id = t.announcement_id ORDER BY r.seq LIMIT 1"
)
"""A subquery of what to say of the re-air that aired an item `t` of airing `a` that did not
air as planned, if one did on the loudspeakers (`reair.made_good`: one into a file made
nothing good, w29reair): its own re-air, or the re-air of that one cut short (or played only
into a file) in turn. The
chain's few airings' items are read by airing ('+' keeps SQLite off the notice's index, by
which it read every logged item of the notice for each row: quadratic in the log,
bench/export_log.py)."""
REAIRED = "reaired"
"""The totals' outcome of an item made good by a re-air: aired, on the loudspeakers (the
re-air's), whatever sink the airing it stands for logged (a missed row logs the daemon's)."""
REAIRED_STATUS = (
    f"CASE WHEN a.status IN {NOT_AS_PLANNED} AND EXISTS ({_MADE_GOOD_BY.format(what=1)}) "
    f"THEN '{REAIRED}' ELSE a.status END"
)
"""An item's outcome in the totals: one that did not air as planned, and aired on the
loudspeakers in its re-air (or in a re-air of it), is aired (late, once: `REAIRED`)."""
PLANNED = (
    f"CASE WHEN COALESCE(a.slot, '') LIKE '{REAIR_PREFIX}%' AND EXISTS (SELECT 1 FROM airings o "
    f"WHERE o.seq = CAST(substr(a.slot, {len(REAIR_PREFIX) + 1}) AS INTEGER) "
    f"AND '{REAIR_PREFIX}' || o.seq = a.slot) THEN 0 ELSE 1 END"
)
"""Whether an item counts as a planned airing: a re-air's do not (its original does). The
original is found by its number (the primary key), then checked to be the slot's own: built
from `o.seq`, the look-up read every airing for each re-air (a year with many re-airs: the
totals took 7 s for 15,000 airings, 10x for 3x the log; bench/export_log.py)."""
TOTALS_NOTE = (
    "Ghi chú: lượt phát lại được tính vào lượt phát mà nó thay thế; lượt đó được tính là "
    "đã phát (muộn), một lần."
)
SHARE = "COALESCE(t.duration_s, 0) * a.duration_s / NULLIF(a.planned_duration_s, 0)"
EMERGENCY = "a.trigger IN ('emergency', 'upstream emergency')"
"""An emergency's airing: never planned, so counted apart from the airings planned (as the
office's report counts it, F14), not in "Kế hoạch" and its rate."""
ITEM_TITLE = (
    f"CASE WHEN {EMERGENCY} THEN COALESCE((SELECT first_words(v.text) FROM "
    "announcement_versions v WHERE v.announcement_id = t.announcement_id AND v.version = 1 "
    "AND v.text IS NOT NULL), t.title) ELSE t.title END"
)
"""An item's title as the report prints it: an emergency's is its first words, what the
loudspeakers said, as the week's board prints it (o22lan11 N5: "Thông báo khẩn cấp lúc 10:38
…" told nothing); a recording keeps its title."""
HELD_ITEMS = (
    "WITH t AS (SELECT h.airing_seq, json_extract(h.value, '$.campaign') AS campaign, "
    "json_extract(h.value, '$.campaign_title') AS campaign_title FROM (SELECT a.seq AS "
    "airing_seq, j.value FROM airings a, json_each(a.held) j WHERE a.held IS NOT NULL "
    "AND a.status <> 'missed') h) "
)
"""The notices each airing left out because their new version waited for approval (the
row's `held`), as `t` rows like airing_items': planned in that airing, not aired in it. A
slot held whole is a missed row whose items are those notices: counted there, not twice."""
HELD = "held"
"""The totals' outcome of a held notice: planned, not aired (o16lan4 C1)."""
UNHEARD = "unheard"
"""The totals' outcome of a notice aired (whole or in part) where no loudspeaker played it."""
PLAYED = ("aired", "partial")
"""The outcomes that put a program out, to the loudspeakers or not."""
COUNTED = ("aired", "partial", UNHEARD, "missed", "failed", "preempted", "interrupted", HELD)
"""The outcomes "Kế hoạch" adds up, each in a column: an airing still 'started' (on air
while the report is made, or left so by a crash) has no outcome yet and is said apart
(`planned_sentence`), so the columns add up to "Kế hoạch" (review17 #9)."""


def planned_sentence(items: int, airings: int, held: int = 0, unsettled: int = 0) -> str:
    """What "Kế hoạch" counts, with the airings those notices were planned in, those of them
    left out because a new version waited for approval (in no other column, o16lan4 C1), and
    the notices of airings with no outcome yet, counted nowhere (`COUNTED`)."""
    said = (f"Cột “Kế hoạch” đếm lượt thông báo (mỗi thông báo trong mỗi lượt phát là một "
            f"lượt): {items} lượt thông báo trong {airings} lượt phát.")  # fmt: skip
    if held:
        said += (f" Trong đó {held} lượt thông báo bị bỏ qua vì phiên bản mới chờ duyệt "
                 "(cột “Chờ duyệt”).")  # fmt: skip
    if unsettled:
        said += (f" Chưa tính {unsettled} lượt thông báo chưa có kết quả (đang phát, hoặc trạm "
                 "tắt giữa chừng khi đang phát).")  # fmt: skip
    return said


def unheard_sentence(items: int, minutes: float, emergencies: int = 0) -> str:
    """What 'Không ra loa' counts, under the totals: notices aired only to a file (or the test
    sink), which the loudspeakers never played, and the emergencies aired so (empty: none)."""
    if not items and not emergencies:
        return ""
    said = f"{minutes:.1f}".replace(".", ",")
    text = (f"Cột “{UNHEARD_HEADING}” đếm lượt thông báo đã phát nhưng chỉ ghi ra tệp (máy của "
            "đài không nối loa, hoặc đài được cài ghi ra tệp hay chạy thử), loa không phát: "
            f"{items} lượt thông báo ({said} phút), không tính vào “Đã phát”, “Số phút đã phát” "
            "và “Tỷ lệ phát”.")  # fmt: skip
    if emergencies:
        text += f" Cũng vậy, {emergencies} lượt phát tin khẩn cấp chỉ ghi ra tệp, loa không phát."
    return text


def emergencies_sentence(aired: int, minutes: float) -> str:
    """What the totals leave out: the emergency airings (whole or cut), and their minutes,
    which "Số phút đã phát" leaves out too (o19web7 W7, the office's report says the same)."""
    if not aired:
        return ""
    said = f"{minutes:.1f}".replace(".", ",")
    return (f"Ngoài kế hoạch: {aired} lượt phát tin khẩn cấp ({said} phút), không tính vào "
            "“Kế hoạch”, “Số phút đã phát” và “Tỷ lệ phát”.")  # fmt: skip


"""An announcement's airtime: its length, times the share of the program that played."""
CAMPAIGN_TITLES = """
    WITH named AS (
        SELECT campaign, campaign_title AS title,
               row_number() OVER (PARTITION BY campaign ORDER BY updated_at DESC) AS n
        FROM announcements WHERE campaign_title IS NOT NULL)
    SELECT campaign, title FROM named WHERE n = 1
"""
"""Each campaign's title as its announcements name it now (the newest wins): the title of
airings logged before titles were kept in the log."""


def campaign_titles(station: Station) -> dict[str, str]:
    """Each titled campaign's title as its announcements name it now."""
    return dict(station.db.execute(CAMPAIGN_TITLES).fetchall())


def campaign_sql(titles: dict[str, str]) -> tuple[str, list[str]]:
    """SQL (and its parameters) for a line's campaign: its own title as logged, else as its
    announcements name it now, else its id."""
    whens = " ".join("WHEN ? THEN ?" for _ in titles)
    now = f"CASE t.campaign {whens} END" if titles else "NULL"
    params = [value for campaign, title in titles.items() for value in (campaign, title)]
    return f"COALESCE(t.campaign_title, {now}, t.campaign, ?)", [*params, NO_CAMPAIGN]


def note_sql(labels: dict[str, str]) -> tuple[str, list[str]]:
    """SQL for an item's remarks with its slot named by title, as the console names it (the
    stored remarks begin 'khung giờ <id>', written when it aired), and its parameters: titles
    are put in as the report is made, like the campaigns' (`campaign_sql`)."""
    titled = {name: title for name, title in labels.items() if title != name}
    if not titled:
        return f"({NOTE_NAMED} || {REAIRED_NOTE})", []
    whens = " ".join(f"WHEN ? THEN ? || ? || substr({NOTE_NAMED}, length(?) + 1)"
                     for _ in titled)  # fmt: skip
    params = [value for name, title in titled.items()
              for value in (name, SLOT_REMARK, title, SLOT_REMARK + name)]  # fmt: skip
    return f"(CASE a.slot {whens} ELSE {NOTE_NAMED} END || {REAIRED_NOTE})", params


_OLD_NO_SLOT = "phát ngay"
"""How older versions began the remarks of every airing of no slot, by hand or emergency."""
_NO_SLOT_NOTE = (
    f"(CASE WHEN a.slot IS NULL AND substr(t.line_note, 1, {len(_OLD_NO_SLOT)}) = "
    f"'{_OLD_NO_SLOT}' THEN (CASE a.trigger "
    + " ".join(f"WHEN '{trigger}' THEN '{no_slot_label(trigger)}'" for trigger in NO_SLOT)
    + f" END) || substr(t.line_note, {len(_OLD_NO_SLOT) + 1}) ELSE t.line_note END)"
)
"""An item's stored remarks, an airing of no slot's begun with its one label (NO_SLOT,
o21lan10 N6), whichever version stored them."""
NOTE_NAMED = (
    f"(CASE WHEN instr(t.line_note, 'khan-cap-') OR instr(t.line_note, '(SIG') OR "
    f"instr(t.line_note, '(Ctrl-C') THEN emergencies_named({_NO_SLOT_NOTE}) ELSE {_NO_SLOT_NOTE} "
    "END)"
)
"""An item's stored remarks with each emergency named as a person tells it, and a stop said
in the commune's words, not by a signal's name (airing_lines.OLD_STOPS, o21lan10 N3): the
few notes that need it go through Python, registered by the Report."""
REAIRED_NOTE = (
    f"COALESCE(CASE WHEN a.status IN {NOT_AS_PLANNED} THEN COALESCE(("
    + _MADE_GOOD_BY.format(
        what="'; đã phát lại một lần lúc ' || substr(ri.line_start, 1, 5) || ' ngày ' || "
        "substr(ri.line_day, 9, 2) || '/' || substr(ri.line_day, 6, 2) || '/' || "
        "substr(ri.line_day, 1, 4) || ' (lượt phát số ' || r.seq || ')'"
    )
    + "), made_good_by_hand(a.seq)) END, '')"
)
"""The remark an item that did not air as planned gets once "Phát lại một lần" aired it: when,
and which airing (o19lan8 L10: the report's "Bỏ lỡ" row did not say it was made good, as
Cần chú ý does); the totals count it so already (REAIRED_STATUS). Else, once its notices
aired in full by hand that day, that airing (`Report._by_hand_note`), counted as it went."""


BY_HAND_BATCH = 5000
"""Airings asked about at once for a by-hand airing that made them good (`Report._by_hand`)."""


ONE_MS = timedelta(milliseconds=1)
"""Instants are stored to the millisecond: a row opened at the print's own instant is in it."""


@dataclass
class Report:
    """The airing lines of a period (streamed from SQLite) and its totals per campaign."""

    station: Station
    period: Period
    campaign: str | None = None

    def __post_init__(self) -> None:
        db = self.station.db
        known = {r[0] for r in db.execute("SELECT DISTINCT campaign FROM announcements")}
        if self.campaign and self.campaign not in known:
            raise StationError(
                _("there is no campaign '{campaign}' at this station").format(
                    campaign=self.campaign
                )
            )
        zone = self.station.config.zone
        self._where = f"a.started_at >= ? AND a.started_at < ? AND a.{STANDS}"
        # nothing after the print time: a row dated later was made under a clock run ahead
        # (o23lan12 M1: a year of "bỏ lỡ" for days to come counted in the month's totals)
        self._params: list[Any] = [
            day_start(self.period.first, zone),
            min(day_end(self.period.last, zone), utc_iso(self.station.clock() + ONE_MS)),
        ]
        if self.campaign:
            self._where += " AND t.campaign = ?"
            self._params.append(self.campaign)
        self._titles = campaign_titles(self.station)
        self._campaign, self._campaign_params = campaign_sql(self._titles)
        self._note, self._note_params = note_sql(self.station.slot_titles())
        self._named: dict[str, str] = {}
        db.conn.create_function("emergencies_named", 1, self._emergencies_named,
                                deterministic=True)  # fmt: skip
        db.conn.create_function("first_words", 1, first_words, deterministic=True)
        db.conn.create_function("made_good_by_hand", 1, self._by_hand_note, deterministic=True)
        first = db.execute(f"SELECT 1 FROM {self._from} WHERE {self._where} LIMIT 1", self._params)
        if not first.fetchone():
            nothing = (
                _("nothing was logged for campaign '{campaign}' between {first} and {last}")
                if self.campaign
                else _("nothing was logged between {first} and {last}")
            )  # fmt: skip
            raise StationError(
                nothing.format(
                    campaign=self.campaign,
                    first=date_text(self.period.first),
                    last=date_text(self.period.last),
                )
            )
        bring_up_to_date(db, self.station.config.zone)

    _from = "airings a JOIN airing_items t ON t.airing_seq = a.seq"

    def _emergencies_named(self, note: str) -> str:
        """A note with the emergencies it names by id told by their time and first words;
        each note looked up once a report (the export's one SELECT calls this per row)."""
        if note not in self._named:
            said = unsignalled(note)
            self._named[note] = emergencies_named(said, self.station.emergency_names([said]))
        return self._named[note]

    def not_aired(self) -> list[NotAired]:
        """The notices the period's slots named that never aired in it, with why."""
        found = self.station.not_aired(self.period.first, self.period.last)
        if self.campaign:
            ids = {r[0] for r in self.station.db.execute(
                "SELECT id FROM announcements WHERE campaign = ?", [self.campaign])}  # fmt: skip
            found = [n for n in found if n.announcement_id in ids]
        return found

    @cached_property
    def _not_reaired(self) -> list[int]:
        """The period's airings that did not air as planned (missed, failed, cut) and have no
        re-air that aired (reair: slot `phat-lai-N`); an emergency the commune stopped is
        none of them, cut before or not aired: it was taken back (w27leader F1)."""
        return [seq for (seq,) in self.station.db.execute(
            f"SELECT DISTINCT a.seq FROM {self._from} WHERE {self._where} "
            f"AND a.status IN {NOT_AS_PLANNED} AND COALESCE(a.slot, '') NOT LIKE ? || '%' "
            "AND NOT EXISTS (SELECT 1 FROM emergencies e JOIN airing_items s ON "
            "s.announcement_id = e.announcement_id WHERE s.airing_seq = a.seq "
            "AND e.stopped_at IS NOT NULL) "
            f"AND NOT EXISTS ({chain_sql('a.seq')} SELECT 1 FROM reairs r "
            f"WHERE {made_good_sql('r')})",
            [*self._params, REAIR_PREFIX])]  # fmt: skip

    @cached_property
    def _by_hand(self) -> dict[int, tuple[int, str]]:
        """Of `_not_reaired`, those whose notices aired in full by hand later that day, with
        that airing: as Cần chú ý and Nhật ký tell them (reair.made_good_by_hand). Asked a few
        thousand at a time: years of a station left unattended stay under SQLite's limit of
        parameters in one statement."""
        found: dict[int, tuple[int, str]] = {}
        seqs = self._not_reaired
        for at in range(0, len(seqs), BY_HAND_BATCH):
            found |= made_good_by_hand(self.station, seqs[at : at + BY_HAND_BATCH])
        return found

    def _by_hand_note(self, seq: int) -> str | None:
        """The remark of an item of airing `seq` made good by hand (REAIRED_NOTE), else None."""
        if seq not in self._by_hand:
            return None
        hand, started = self._by_hand[seq]
        local = instant(started).astimezone(self.station.config.zone)
        return (f"; đã phát bù bằng tay đầy đủ lúc {local:%H:%M} cùng ngày (lượt phát số "
                f"{hand}, tính riêng)")  # fmt: skip

    def unaired_airings(self) -> int:
        """The period's airings that did not air as planned and were made good neither by a
        re-air nor by hand that day (`unaired_said`)."""
        return len(self._not_reaired) - len(self._by_hand)

    def unaired_said(self, where: str) -> str:
        """Section III's sentence on the airings not aired as planned (`unaired_sentence`)."""
        return unaired_sentence(self.unaired_airings(), where, len(self._by_hand))

    @property
    def head(self) -> ChainHead:
        return head(self.station.db)

    @property
    def station_name(self) -> str:
        """The name in each line's station column (the office merges communes by it)."""
        return self.station.config.name

    @cached_property
    def issuer(self) -> str:
        """The station as its printed heading names it (report_heading); read once a report,
        not at each sheet and footer that prints it."""
        return station_letterhead(self.station).issuer

    def lines(self) -> Iterator[tuple[Any, ...]]:
        """The airing table (LINE_HEADINGS) as stored: one line per announcement per airing,
        oldest first, dates and times as local ISO text, labels and remarks in Vietnamese."""
        columns = {"station": "?", "seq": "a.seq", "campaign_title": self._campaign,
                   "line_note": self._note, "title": ITEM_TITLE}  # fmt: skip
        cells = ", ".join(columns.get(f, f"t.{f}") for f in LINE_FIELDS)
        return iter(
            self.station.db.execute(
                f"SELECT row_number() OVER (ORDER BY a.started_at, a.seq, t.position), {cells} "
                f"FROM {self._from} WHERE {self._where} ORDER BY a.started_at, a.seq, t.position",
                [self.station_name, *self._campaign_params, *self._note_params, *self._params],
            )
        )

    def csv_lines(self) -> Iterator[tuple[str, int]]:
        """The airing table as CSV text (free text always in quotes, neutralised where a
        spreadsheet would take it for a formula) in pieces, with the number of lines in each:
        SQLite reads the stored cells and writes each line as one string with one printf, and
        Python adds the line's number. Handing Python one string per line instead of twenty
        values is what keeps a million-line export near the speed of the sqlite3 shell."""
        pattern, cells, params = [], [], []
        for n, f in enumerate(LINE_FIELDS, start=STATION):
            cell, given = {
                "station": ("?", [_csv_text(spreadsheet_safe(self.station_name))]),  # quoted
                "seq": ("a.seq", []),
                "campaign_title": (self._campaign, self._campaign_params),
                "line_note": (self._note, self._note_params),
                "title": (ITEM_TITLE, []),
            }.get(f, (f"t.{f}", []))
            if n in FREE_TEXT_COLUMNS and n != STATION:
                pattern.append('"%s%w"')
                cells += [_formula_mark(cell), f"COALESCE({cell}, '')"]
                params += [*given, *given]
            else:
                pattern.append("%s")
                cells.append(cell)
                params += given
        cursor = self.station.db.execute(
            f"SELECT printf('{','.join(pattern)}', {', '.join(cells)}) FROM {self._from} "
            f"WHERE {self._where} ORDER BY a.started_at, a.seq, t.position",
            [*params, *self._params],
        )
        number = 0
        while batch := cursor.fetchmany(2000):
            yield (
                "".join(f"{n},{line}\r\n" for n, (line,) in enumerate(batch, number + 1)),
                len(batch),
            )
            number += len(batch)

    def line_count(self) -> int:
        [(count,)] = self.station.db.execute(
            f"SELECT COUNT(*) FROM {self._from} WHERE {self._where}", self._params
        ).fetchall()
        return int(count)

    def distinct(self, expression: str) -> list[Any]:
        """Every value of `expression` (SQL over `a` and `t`; `{campaign}` is the campaign's
        title, `{note}` the remarks, `{title}` the item's title as printed) over the report's
        lines, for measuring columns."""
        sql = expression.format(campaign=self._campaign, note=self._note, title=ITEM_TITLE)
        params = [*(self._campaign_params if "{campaign}" in expression else []),
                  *(self._note_params if "{note}" in expression else [])]  # fmt: skip
        return [
            r[0]
            for r in self.station.db.execute(
                f"SELECT DISTINCT {sql} FROM {self._from} WHERE {self._where}",
                [*params, *self._params],
            )
        ]

    def totals(self) -> list[Totals]:
        """Per campaign (by its title): airings by outcome and minutes of its announcements
        aired. A re-air counts against the airing it replaces (TOTALS_NOTE), its minutes as
        aired; emergencies are not planned airings (`emergencies`)."""
        found: dict[str, Totals] = {}
        for campaign, status, sink, count, seconds in self.station.db.execute(
            f"SELECT {self._campaign}, {REAIRED_STATUS}, a.sink, TOTAL({PLANNED}), "
            f"TOTAL({SHARE}) FROM {self._from} WHERE {self._where} AND NOT {EMERGENCY} "
            "GROUP BY 1, 2, 3",
            [*self._campaign_params, *self._params],
        ):
            found.setdefault(campaign, Totals(campaign)).take(status, sink, int(count), seconds)
        for campaign, count in self.station.db.execute(
            f"{HELD_ITEMS} SELECT {self._campaign}, COUNT(*) FROM airings a JOIN t "
            f"ON t.airing_seq = a.seq WHERE {self._where} AND NOT {EMERGENCY} GROUP BY 1",
            [*self._campaign_params, *self._params],
        ):
            found.setdefault(campaign, Totals(campaign)).counts[HELD] += int(count)
        return [found[c] for c in sorted(found, key=_collation_key)]

    def held(self) -> int:
        """How many planned notices the period's airings left out for a new version waiting
        for approval (planned, not aired: `totals`)."""
        return int(
            self.station.db.execute(
                f"{HELD_ITEMS} SELECT COUNT(*) FROM airings a JOIN t ON t.airing_seq = a.seq "
                f"WHERE {self._where} AND NOT {EMERGENCY}",
                self._params,
            ).fetchone()[0]
        )

    def planned(self) -> str:
        """`planned_sentence` for the period: the planned notices of the totals, and the
        airings they were in (a re-air counted in the one it replaces, as in the totals)."""
        settled = "a.status <> 'started'"
        items, airings, unsettled = self.station.db.execute(
            f"SELECT TOTAL(CASE WHEN {settled} THEN {PLANNED} END), COUNT(DISTINCT CASE WHEN "
            f"{PLANNED} = 1 AND {settled} THEN a.seq END), TOTAL(CASE WHEN NOT {settled} THEN "
            f"{PLANNED} END) FROM {self._from} WHERE {self._where} AND NOT {EMERGENCY}",
            self._params,
        ).fetchone()
        held = self.held()
        return planned_sentence(int(items) + held, int(airings), held, int(unsettled))

    def _emergencies_by_sink(self) -> Iterator[tuple[bool, int, float]]:
        """The emergency airings that aired (whole or cut) and their minutes, by whether
        they reached the loudspeakers."""
        for sink, aired, seconds in self.station.db.execute(
            f"SELECT a.sink, COUNT(DISTINCT a.seq), TOTAL({SHARE}) FROM {self._from} "
            f"WHERE {self._where} AND {EMERGENCY} AND a.status NOT IN ('missed', 'failed') "
            "GROUP BY 1",
            self._params,
        ):
            yield reaches_loudspeakers(sink), aired, seconds

    def emergencies(self) -> str:
        """The emergency airings that reached the loudspeakers (whole or cut) and their
        minutes, in a sentence printed under the totals (empty when there were none)."""
        heard = [(n, s) for loud, n, s in self._emergencies_by_sink() if loud]
        return emergencies_sentence(sum(n for n, _s in heard), sum(s for _n, s in heard) / 60)

    def unheard(self) -> str:
        """`unheard_sentence` for the period: the notices of the totals that played out where
        no loudspeaker is, and the emergencies that did."""
        whole = Totals(TOTAL)
        for totals in self.totals():
            whole.add(totals)
        emergencies = sum(n for loud, n, _s in self._emergencies_by_sink() if not loud)
        return unheard_sentence(whole.counts[UNHEARD], whole.unheard_seconds / 60, emergencies)

    def total_rows(self) -> list[tuple[Any, ...]]:
        """The totals per campaign, then their sum ('Cộng')."""
        rows = self.totals()
        whole = Totals(TOTAL)
        for totals in rows:
            whole.add(totals)
        return [t.row() for t in [*rows, whole]]

    def daily_minutes(self) -> dict[str, dict[date, float]]:
        """Minutes aired per campaign per local day (summed by UTC hour, then placed locally)."""
        zone = self.station.config.zone
        daily: dict[str, dict[date, float]] = defaultdict(lambda: defaultdict(float))
        for campaign, hour, sink, seconds in self.station.db.execute(
            f"SELECT {self._campaign}, substr(a.started_at, 1, 13), a.sink, "
            f"TOTAL({SHARE}) FROM {self._from} WHERE {self._where} GROUP BY 1, 2, 3",
            [*self._campaign_params, *self._params],
        ):
            day = datetime.fromisoformat(hour + ":00:00+00:00").astimezone(zone).date()
            # the loudspeakers' minutes (UNHEARD's none), its day on the chart all the same
            daily[campaign][day] += seconds / 60 if reaches_loudspeakers(sink) else 0.0
        return daily


def _collation_key(text: str) -> tuple[str, str]:
    """Vietnamese order, near enough: letters without their marks first (Đ after D)."""
    plain = unicodedata.normalize("NFD", text.replace("đ", "dz").replace("Đ", "Dz"))
    return ("".join(c for c in plain if not unicodedata.combining(c)).lower(), text)


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\n", "＝", "＋", "－", "＠")
"""What makes a spreadsheet read a CSV cell as a formula (OWASP, CSV injection), with the
full-width forms some spreadsheets also accept."""


XLSX_TEXT_AS_TEXT = {
    "strings_to_formulas": False,  # a title '=HYPERLINK(…)' stays text
    "strings_to_urls": False,
    "strings_to_numbers": False,
}
"""XlsxWriter options: what `write()` is given as text is written as text."""


def spreadsheet_safe(value: Any) -> Any:
    """A CSV cell as a spreadsheet should show it: text that would start a formula gets a
    leading apostrophe (OWASP, CSV injection); anything else as it is."""
    return "'" + value if isinstance(value, str) and value[:1] in FORMULA_STARTS else value


def _formula_mark(column: str) -> str:
    """SQL for what goes before `column` in a CSV: an apostrophe where it would start a
    formula, else nothing."""
    starts = ", ".join(str(ord(c)) for c in FORMULA_STARTS)
    return f"CASE WHEN unicode({column}) IN ({starts}) THEN '''' ELSE '' END"


def _csv_text(text: str) -> str:
    """A CSV cell in quotes."""
    return '"' + text.replace('"', '""') + '"'


def write_atomic(out: Path, write: Callable[[Path], None]) -> None:
    """Write through a temp file beside `out`, renamed into place only when complete."""
    check_output(out)
    try:
        with atomic_path(out) as tmp:
            write(tmp)
    except Exception as e:  # xlsxwriter wraps the OSError in its own FileCreateError
        found = os_error_in(e)
        if found is None:
            raise
        raise StationError(
            _("cannot write {file}: {reason}").format(file=out, reason=describe_os_error(found))
        ) from None


def write_csv(report: Report, path: Path) -> int:
    """Numbers as numbers (a dot before decimals, as every program reads a CSV), text as the
    PDF prints it; after the airing table, a blank line and the notices scheduled and not
    aired (NOT_AIRED_TITLE), as the PDF and the XLSX have them. Returns the number of airing
    lines."""
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(LINE_HEADINGS)
        lines = 0
        for text, count in report.csv_lines():
            f.write(text)
            lines += count
        rows = not_aired_rows(report)
        writer.writerows([[], [f"{NOT_AIRED_TITLE} — {report.period.label}"], NOT_AIRED_HEADINGS])
        writer.writerows([n, *map(spreadsheet_safe, row)] for n, row in enumerate(rows, 1))
        if not rows:
            writer.writerow([ALL_AIRED])
        if also := report.unaired_said(TABLE_WHERE):
            writer.writerow([also])
        for said in (report.unheard(), report.emergencies()):
            if said:
                writer.writerow([said])
        return lines


# ----- XLSX ---------------------------------------------------------------------------------------
XLSX_NUMBER = "[$-42A]#,##0"
XLSX_DECIMAL = "[$-42A]#,##0.0"
"""Numbers with Vietnamese separators (1.234,5): the locale code 42A is Vietnamese."""
HEADING_ROW_HEIGHT = 44
"""Points: three lines of a wrapped heading."""
XLSX_WIDTHS = {
    STT: 6, STATION: 20, SEQ: 7, DAY: 10, START: 8, END: 8, ANNOUNCEMENT: 14, TITLE: 32,
    VERSION: 7, UPSTREAM_VERSION: 8, CAMPAIGN_ID: 12, CAMPAIGN: 22, SOURCE: 10, PRIORITY: 9,
    FORM: 9, SECONDS: 9, READINGS: 6, RESULT: 12, APPROVER: 16, NOTE: 32,
}  # fmt: skip


@dataclass(frozen=True)
class XlsxFormats:
    bold: Any
    title: Any
    heading: Any
    day: Any
    clock: Any
    number: Any
    decimal: Any


def xlsx_book(path: Path) -> tuple[Any, XlsxFormats]:
    """A workbook for `path` in constant memory (rows wait in temp files) with text written
    as text, and the report's formats; `save_xlsx` writes it."""
    import xlsxwriter  # imported here: only exports need it

    book = xlsxwriter.Workbook(str(path), {"constant_memory": True, **XLSX_TEXT_AS_TEXT})
    font = {"font_name": "Times New Roman", "font_size": 11}
    book.formats[0].set_font_name("Times New Roman")
    formats = XlsxFormats(
        bold=book.add_format({**font, "bold": True}),
        title=book.add_format({**font, "bold": True, "font_size": 13}),
        heading=book.add_format(
            {
                **font,
                "bold": True,
                "text_wrap": True,
                "valign": "vcenter",
                "align": "center",
                "border": 1,
            }
        ),
        day=book.add_format({**font, "num_format": "dd/mm/yyyy"}),
        clock=book.add_format({**font, "num_format": "hh:mm:ss"}),
        number=book.add_format({**font, "num_format": XLSX_NUMBER}),
        decimal=book.add_format({**font, "num_format": XLSX_DECIMAL}),
    )
    return book, formats


def save_xlsx(book: Any) -> None:
    """Zip the finished workbook into its file. A full disk fails here, inside xlsxwriter: the
    OSError it wraps is raised afresh, and the half-written zip, which would complain a second
    time to stderr when collected, is collected here unheard."""
    hook = sys.unraisablehook
    sys.unraisablehook = lambda _unraisable: None
    try:
        try:
            book.close()
        except Exception as e:
            found = os_error_in(e)
            if found is None:
                raise
            problem = OSError(found.errno, found.strerror, found.filename)
            del found
        else:
            return
        gc.collect()
    finally:
        sys.unraisablehook = hook
    raise problem


def print_setup(sheet: Any, heading_row: int, footer: str) -> None:
    """A4 landscape, one page wide, the heading row repeated on every printed page and frozen
    on screen, page numbers at the foot."""
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.set_margins(left=0.6, right=0.4, top=0.6, bottom=0.6)
    sheet.repeat_rows(heading_row)
    sheet.freeze_panes(heading_row + 1, 0)
    sheet.set_footer(f"&L{footer.replace('&', '&&')}&RTrang &P/&N")


def airing_sheet(
    book: Any, f: XlsxFormats, heading: str, title: str, lines: Iterable[tuple[Any, ...]]
) -> int:
    """The airing table (LINE_HEADINGS, each line with its STT) as a sheet of typed cells
    (dates, times, numbers) under a heading and a title, set up to print; the station's
    report and the office's lines both write it. Returns the number of lines."""
    sheet = book.add_worksheet("Nhật ký phát")
    sheet.write_string(0, 0, heading.upper(), f.bold)
    sheet.write_string(1, 0, title, f.title)
    sheet.set_row(3, HEADING_ROW_HEIGHT)
    sheet.write_row(3, 0, LINE_HEADINGS, f.heading)
    print_setup(sheet, 3, f"{heading} — {title}")
    for column, width in XLSX_WIDTHS.items():
        sheet.set_column(column, column, width)
    numbers = {STT: f.number, SEQ: f.number, VERSION: f.number, UPSTREAM_VERSION: f.number,
               SECONDS: f.decimal, READINGS: f.number}  # fmt: skip
    r = 3
    for r, line in enumerate(lines, start=4):
        for column, value in enumerate(line):
            if value is None or value == "":
                continue
            if column == DAY:
                sheet.write_datetime(r, column, datetime.fromisoformat(value), f.day)
            elif column in (START, END):
                moment = datetime.combine(date(1899, 12, 31), time.fromisoformat(value))
                sheet.write_datetime(r, column, moment, f.clock)
            elif column in numbers:
                sheet.write_number(r, column, value, numbers[column])
            else:
                sheet.write_string(r, column, value)
    sheet.print_area(0, 0, max(r, 4), len(LINE_HEADINGS) - 1)  # long notes do not widen it
    return r - 3


def write_lines_csv(lines: Iterable[tuple[Any, ...]], path: Path) -> int:
    """The airing table (each line with its STT) as CSV, through Python's csv module, text
    that would start a formula neutralised: for lines that are not in a station's store (the
    office's). Returns the number of lines."""
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(LINE_HEADINGS)
        count = 0
        for line in lines:
            writer.writerow([spreadsheet_safe(value) for value in line])
            count += 1
        return count


def write_xlsx(report: Report, path: Path) -> int:
    """Typed cells (dates, times, numbers), written row by row in constant memory, set up to
    print: the airing table, the totals per campaign, and the notices scheduled that did not
    air. Returns the number of lines."""
    book, f = xlsx_book(path)
    title = f"Báo cáo kết quả phát thanh — {report.period.label}"
    lines = airing_sheet(book, f, report.issuer, title, report.lines())
    heading = f"Tổng hợp theo chiến dịch — {report.period.label}"
    totals = _headed_sheet(book, f, report, "Tổng hợp", heading, TOTAL_HEADINGS, title)
    totals.set_column(0, 0, 36)
    totals.set_column(1, len(TOTAL_HEADINGS) - 1, 11)
    r = 4
    for r, row in enumerate(report.total_rows(), start=4):
        totals.write_string(r, 0, row[0], f.bold if row[0] == TOTAL else None)
        for column, value in enumerate(row[1:], start=1):
            decimal = column >= len(TOTAL_HEADINGS) - 2  # the minutes and the rate
            totals.write_number(r, column, value, f.decimal if decimal else f.number)
    totals.write_string(r + 2, 0, report.planned())
    for said in (TOTALS_NOTE, report.unheard(), report.emergencies()):
        if said:
            r += 1
            totals.write_string(r + 2, 0, said)
    totals.write_string(r + 3, 0, report.head.vietnamese())
    heading = f"{NOT_AIRED_TITLE} — {report.period.label}"
    unaired = _headed_sheet(book, f, report, "Không phát", heading, NOT_AIRED_HEADINGS,
                            NOT_AIRED_TITLE)  # fmt: skip
    for column, width in enumerate((6, 28, 40, 16, 10, 50)):
        unaired.set_column(column, column, width)
    rows = not_aired_rows(report)
    for r, row in enumerate(rows, start=4):
        unaired.write_number(r, 0, r - 3, f.number)
        for column, value in enumerate(row, start=1):
            if isinstance(value, int):
                unaired.write_number(r, column, value, f.number)
            else:
                unaired.write_string(r, column, value)
    if not rows:
        unaired.write_string(4, 0, ALL_AIRED)
    if also := report.unaired_said(TABLE_WHERE):
        unaired.write_string(4 + max(len(rows), 1), 0, also)
    save_xlsx(book)
    return lines


def _headed_sheet(
    book: Any, f: XlsxFormats, report: Report, name: str, heading: str,
    headings: Sequence[str], footer: str,
) -> Any:  # fmt: skip
    """A sheet with the station's name, its heading, and its table's heading row (row 4),
    set up to print."""
    sheet = book.add_worksheet(name)
    sheet.write_string(0, 0, report.issuer.upper(), f.bold)
    sheet.write_string(1, 0, heading, f.title)
    sheet.set_row(3, HEADING_ROW_HEIGHT)
    sheet.write_row(3, 0, headings, f.heading)
    print_setup(sheet, 3, f"{report.issuer} — {footer}")
    return sheet
