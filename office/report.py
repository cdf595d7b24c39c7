"""The office's fleet report: per commune, what was planned and what aired, the versions
aired, the last contact and whether the log's chain holds; which communes aired a given
version; which have been silent. Typed rows built by SQL in PostgreSQL, then rendered as CSV,
XLSX or PDF with the commune report's machinery (period, totals, page, heading, signatures).

Times are the instants the stations recorded (a station whose clock is wrong is reported as it
logged); the month's bounds and the times shown are the office's local time.
"""

from __future__ import annotations

import csv
import math
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, overload

import psycopg

from announcements.script import EMERGENCY_PREFIX, UPSTREAM_MARK
from audio_out.sinks import ONLY_TO_A_FILE, loudspeakers_sql, reaches_loudspeakers
from broadcaster import airing_lines as table
from broadcaster.airing_lines import NO_CAMPAIGN
from broadcaster.reair import PREFIX as REAIR_PREFIX
from broadcaster.report import (
    HEADING_ROW_HEIGHT,
    NOT_AS_PLANNED,
    REAIRED,
    UNHEARD,
    UNHEARD_HEADING,
    Letterhead,
    Period,
    Totals,
    airing_sheet,
    print_setup,
    save_xlsx,
    spreadsheet_safe,
    write_atomic,
    write_lines_csv,
    xlsx_book,
)
from broadcaster.report_pdf import (
    BOLD,
    TABLE_GAP,
    TEXT_SIZE,
    Column,
    Document,
    fit_columns,
    vn_number,
)
from common import notice_states
from common.i18n import N_, _, language, translations

from . import OFFICE_ZONE, OfficeError
from .emergency import AIRED_STATES, LOGGED_STATES, UNSENT, _logged, said_by_log
from .fleet import (
    Names,
    Silence,
    commune_labels,
    commune_name,
    earlier_names,
    known_group,
    label_during,
    membership,
    merged_communes,
    namer,
    period_stations,
    published_in,
    reached,
    refusal_said,
    silence_length,
    silence_span,
    silences,
    stations,
    with_successors,
)
from .heartbeat import DATABASE_DOWN, Outage, recorded_outages, silent_since

if TYPE_CHECKING:
    from upstream.targeting import Audience

SILENT_AFTER = timedelta(days=1)
REPORT_LANGUAGE = "vi"
"""The report's language whatever the process speaks: it is signed and sent upward, and its
headings and notes are Vietnamese (o19web7 W3: its reasons were in the process's)."""
FORMATS = ("csv", "xlsx", "pdf")
MISSED_HEADING = "Khung giờ bỏ lỡ và lý do"

COMMUNE_HEADINGS = (
    "STT",
    "Xã/phường",
    "Đài truyền thanh",
    "Nhóm",
    "Kế hoạch",
    "Đã phát",
    UNHEARD_HEADING,
    "Bỏ lỡ",
    "Lỗi",
    "Bị ngắt",
    "Gián đoạn",
    "Số phút đã phát",
    "Tỷ lệ phát (%)",
    "Tin khẩn cấp đã phát",
    "Tin khẩn cấp chưa phát",
    "Thông báo đã phát",
    "Liên lạc lần cuối",
    "Nhật ký toàn vẹn",
    MISSED_HEADING,
    "Mất liên lạc với văn phòng",
)
"""The per-commune table (CSV, XLSX); the PDF says the last two under its section I."""
VERSION_HEADINGS = (
    "STT",
    "Xã/phường",
    "Chiến dịch",
    "Thông báo",
    "Mã thông báo",
    "Phiên bản",
    "Số lượt phát",
    "Lần đầu",
    "Lần cuối",
)
SILENT_HEADINGS = ("STT", "Xã/phường", "Đài truyền thanh", "Liên lạc lần cuối", "Số giờ im lặng")
UNAIRED_HEADINGS = ("STT", "Chiến dịch", "Thông báo", "Dành cho (số xã)", "Chưa phát ở")
COMMUNES_SHEET, VERSIONS_SHEET, SILENT_SHEET, UNAIRED_SHEET = (
    "Tổng hợp theo xã",
    "Thông báo đã phát",
    "Đài im lặng",
    "Chưa phát",
)
"""The XLSX's sheets, each named once: its list of sheets and its notes (review20 #9)."""
CHAIN_OK = "Có"
BREAKS = {
    "missing": "Không: thiếu lượt #{seq} trong nhật ký của đài",
    "fork": "Không: lượt #{seq} khác bản văn phòng đã nhận (nhật ký bị sửa sau khi gửi)",
    "unlinked": "Không: lượt #{seq} không nối tiếp lượt trước (bị xóa, đảo hoặc sửa)",
    "changed": "Không: lượt #{seq} bị sửa sau khi ghi (mã băm không khớp)",
    "office": "Không: bản lưu tại văn phòng bị đứt ở lượt #{seq}",
}
"""Where a commune's log chain breaks, as the printed report says it."""
NEVER = "chưa liên lạc"
NO_LOG = "Chưa gửi nhật ký"
"""A commune that never sent a row: nothing to vouch for, and no rate to give."""
EMERGENCIES = {
    "upstream emergency": N_("Emergency from the office"),
    "emergency": N_("Emergency from the commune"),
}
"""An emergency airing's trigger, as the report names where it came from (in place of a
campaign): emergencies are counted apart from the airings planned. The office's own report,
signed and sent upward, where "cấp trên" would name the province (review23 #3): in the
catalog, read in REPORT_LANGUAGE."""


@dataclass(frozen=True)
class MissedSlots:
    """A commune's slots of the period that did not air for one reason, as its station logged
    it (o21web9 Y4: the reason was only in `office lines`)."""

    reason: str
    """In Vietnamese, without the station's advice: "đài tắt hoặc bận cho đến … (cho phép trễ
    5 phút)", "mọi thông báo của khung giờ đang chờ duyệt phiên bản mới: …"."""
    times: tuple[datetime, ...]
    """When each was due (the office's time), in order."""

    @property
    def count(self) -> int:
        return len(self.times)

    @property
    def said(self) -> str:
        """The slots and their reason: "2 khung giờ 08:11, 08:14 ngày 01/12/2026: đài tắt…"."""
        return f"{len(self.times)} khung giờ {times_said(self.times)}: {self.reason}"


REASONS_SHOWN = 5
"""A commune's reasons for missed slots said one by one, at most."""
REASON_CHARS = 300
"""A station's reason said at most this long (its note is the station's to write)."""
TIMES_SAID = 6
"""Slots named one by one, at most; more are said as a span (a station dark for a week)."""


def times_said(times: Sequence[datetime]) -> str:
    """The slots' times as a person lists them ("08:11, 08:14 ngày 01/12/2026; 06:00 ngày
    02/12/2026"), or their span past TIMES_SAID ("từ 06:00 ngày 03/12/2026 đến …")."""
    if len(times) > TIMES_SAID:
        return f"từ {times[0]:%H:%M ngày %d/%m/%Y} đến {times[-1]:%H:%M ngày %d/%m/%Y}"
    days: dict[date, list[str]] = {}
    for moment in times:
        days.setdefault(moment.date(), []).append(f"{moment:%H:%M}")
    return "; ".join(f"{', '.join(hours)} ngày {day:%d/%m/%Y}" for day, hours in days.items())


@dataclass(frozen=True)
class CutOff:
    """A commune's station cut off from the office (a recorded silence)."""

    silence: Silence
    published: tuple[str, ...] = ()
    """The campaigns the office published meanwhile."""

    @property
    def said(self) -> str:
        said = [length_said(self.silence)]
        if self.published:
            said.append(f"văn phòng đăng chiến dịch {', '.join(self.published)} trong lúc đó, "
                        "xã chỉ nhận được khi liên lạc lại")  # fmt: skip
        return f"mất liên lạc với văn phòng {span_said(self.silence)} ({'; '.join(said)})"


def span_said(span: Silence) -> str:
    """'10:40–10:52 ngày 01/12/2026'; one that crosses midnight names both days, 'từ 23:50 ngày
    01/12/2026 đến 00:10 ngày 02/12/2026' (w30office: it read '23:50–00:10 02/12/2026 ngày
    01/12/2026')."""
    since, until = (moment.astimezone(OFFICE_ZONE) for moment in span)
    if since.date() == until.date():
        return f"{silence_span(span, since.date())} ngày {since:%d/%m/%Y}"
    return f"từ {since:%H:%M ngày %d/%m/%Y} đến {until:%H:%M ngày %d/%m/%Y}"


def length_said(span: Silence) -> str:
    """'12 phút', '2 giờ 5 phút', '9 ngày 1 giờ': how long, in the report's Vietnamese whatever
    the process speaks (w30office: nine days read '13020 phút')."""
    return silence_length(span, translations(REPORT_LANGUAGE).gettext)


def office_outage_said(outage: Outage) -> str:
    """The office's own outage as the head of office reads it, once, not as every commune's
    silence (o23web11 V1): "Máy chủ văn phòng không lưu được gì 13:05–13:12 ngày 01/12/2026
    (7 phút; cơ sở dữ liệu dừng): …"."""
    down, up, cause = outage
    span, length = span_said((down, up)), length_said((down, up))
    what = (
        f"không lưu được gì {span} ({length}; cơ sở dữ liệu dừng)"
        if cause == DATABASE_DOWN
        else f"dừng {span} ({length})"
    )
    return (f"Máy chủ văn phòng {what}: các xã vẫn phát, nhật ký và báo cáo của xã đến văn "
            "phòng khi máy chủ chạy lại, nên có thể đến muộn")  # fmt: skip


@dataclass(frozen=True)
class CommuneLine:
    commune: str
    station: str
    groups: tuple[str, ...]
    totals: Totals
    """The airings planned (slots, by hand); emergencies are not planned."""
    emergencies: int
    """The emergencies it aired (whole or cut), each once however many times it went out
    (cut, then aired again): as the list of emergencies counts the communes that aired one;
    how many times is §II's Số lượt phát."""
    versions: tuple[tuple[str, int, int], ...]
    """(the notice's name, version, airings), most aired first."""
    last_contact: datetime | None
    chain_break: tuple[str, int] | None
    """(kind, seq) where the chain breaks (see BREAKS); None when it holds."""
    logged: bool = True
    """False: the station never sent a row of its log."""
    emergencies_missed: int = 0
    """The office's emergencies sent to it in the period and never aired there (expired,
    link down, refused); a cancelled one is not counted."""
    missed: tuple[MissedSlots, ...] = ()
    """Its slots counted Bỏ lỡ, by the reason its station logged (`missed_slots`)."""
    cut_off: tuple[CutOff, ...] = ()
    """Its station's recorded silences in the period (fleet.silences), with the campaigns
    published meanwhile."""
    ahead: tuple[int, datetime] | None = None
    """(how many, the first) of its rows in the period dated after the office's now: its
    clock ran ahead when it wrote them, and they count only once that time comes (`NOT_AHEAD`);
    None: no such row."""

    @property
    def cut_off_said(self) -> str:
        """'mất liên lạc với văn phòng 10:40–10:52 ngày 01/12/2026 (12 phút; văn phòng đăng
        chiến dịch giao-thong lúc 10:43, xã chỉ nhận khi liên lạc lại)': why a commune aired
        an emergency late or a new notice less, from the office's own records (o22web10 Z1:
        once the link was back, nothing said it, and the report read as the commune's
        fault)."""
        return "; ".join(cut.said for cut in self.cut_off)

    @property
    def planned(self) -> int:
        """Its planned airings (Kế hoạch)."""
        return int(self.totals.row(held=False)[1])

    @property
    def missed_shown(self) -> tuple[MissedSlots, ...]:
        """The first REASONS_SHOWN of its reasons: a station with a power cut a day has one
        "đài tắt … cho đến" each."""
        return self.missed[:REASONS_SHOWN]

    @property
    def missed_more(self) -> str | None:
        """What the reasons past REASONS_SHOWN add up to (None: none are left out)."""
        rest = self.missed[REASONS_SHOWN:]
        if not rest:
            return None
        return (f"và {sum(group.count for group in rest)} khung giờ khác vì {len(rest)} lý do "
                "khác (xem nhật ký phát của xã)")  # fmt: skip

    @property
    def ahead_said(self) -> str | None:
        """The month page's note on rows not counted yet (`ahead`), as the report says it:
        "đồng hồ của đài từng chạy nhanh: 4 lượt ghi đề giờ từ 07:30 ngày 11/11/2026 trở đi
        chưa được tính cho đến khi tới giờ đó" (w28void 2); None without."""
        if self.ahead is None:
            return None
        n, first = self.ahead
        return AHEAD_NOTE.format(n=n, first=f"{first:%H:%M ngày %d/%m/%Y}")

    @property
    def missed_said(self) -> str:
        """The Bỏ lỡ column's reasons: "2 khung giờ 08:11, 08:14 ngày 01/12/2026: đài tắt…"."""
        return "; ".join([*(group.said for group in self.missed_shown),
                          *filter(None, [self.missed_more])])  # fmt: skip

    def cells(self, whole: bool = True) -> tuple[Any, ...]:
        """The row of COMMUNE_HEADINGS; not `whole`, the PDF's, without the notices aired and
        the slots missed (its section II and the lines under section I give them)."""
        versions = "; ".join(f"{a} v{v} ×{n}" for a, v, n in self.versions)
        chain = CHAIN_OK if self.logged else NO_LOG
        if self.chain_break:
            kind, seq = self.chain_break
            chain = BREAKS[kind].format(seq=seq)
        counts = self.totals.row(held=False)[1:]
        rate = counts[-1] if counts[0] else ""  # nothing planned: no rate, not 0 %
        return (
            self.commune,
            self.station,
            ", ".join(self.groups),
            *counts[:-1],
            rate,
            self.emergencies,
            self.emergencies_missed,
            *((versions,) if whole else ()),
            self.last_contact,
            chain,
            *((self.missed_said, self.cut_off_said) if whole else ()),
        )


@dataclass(frozen=True)
class VersionLine:
    commune: str
    announcement_id: str
    title: str
    version: int
    airings: int
    first: datetime
    last: datetime
    campaign: str = ""
    """The campaign's title (or which emergency) as the stations logged it."""
    name: str = ""
    """The title, and the id where two notices have that title."""
    emergency: bool = False
    """An emergency's airing (the office's or the commune's own), counted apart from the
    planned ones: told by what aired, never by the label (a cancelled one's says so)."""

    def cells(self, with_id: bool = True) -> tuple[Any, ...]:
        return (
            self.commune,
            self.campaign,
            self.name or self.title,
            *((self.announcement_id,) if with_id else ()),
            self.version,
            self.airings,
            self.first,
            self.last,
        )


@dataclass(frozen=True)
class SilentLine:
    commune: str
    station: str
    last_contact: datetime | None
    hours: float | None

    def cells(self) -> tuple[Any, ...]:
        return (
            self.commune,
            self.station,
            self.last_contact,
            round(self.hours, 1) if self.hours is not None else None,
        )


@dataclass(frozen=True)
class NoticeLine:
    """A notice of the month: the communes it was for that aired it, and those that did not
    (her month page lists every one; the report's section those some commune did not air)."""

    campaign: str
    title: str
    aired: tuple[str, ...]
    not_aired: tuple[str, ...]
    why: tuple[tuple[str, str], ...] = ()
    """(commune, why it has not aired the notice's current version), where known."""
    everyone: bool = False
    """Its campaign is recorded as for every station: communes approved later count too."""

    @property
    def meant_for(self) -> int:
        return len(self.aired) + len(self.not_aired)

    @property
    def not_aired_said(self) -> str:
        return with_why(self.not_aired, dict(self.why))

    def cells(self) -> tuple[Any, ...]:
        return (self.campaign, self.title, self.meant_for, self.not_aired_said)


def by_commune(
    aired: Iterable[str],
    not_aired: Iterable[str],
    why: dict[str, str],
    merged: dict[str, str],
    say: Callable[[str], str] = _,
) -> tuple[list[str], list[str], dict[str, str]]:
    """(the communes that aired a notice, those that did not, why) from its stations' (of
    `aired()`): a commune of two stations (`merged`: a station's label → its commune) aired it
    when both did; when one did, it did not yet, said "1/2 đài" with the other and why."""
    done = set(aired)
    members: dict[str, list[str]] = defaultdict(list)
    for label in sorted({*done, *not_aired}):
        members[merged.get(label, label)].append(label)
    communes, short, said = [], [], {}
    for commune, labels in sorted(members.items()):
        left = [label for label in labels if label not in done]
        if not left:
            communes.append(commune)
            continue
        short.append(commune)
        if labels == [commune]:  # a commune of one station: as `aired()` said it
            if commune in why:
                said[commune] = why[commune]
            continue
        said[commune] = (
            say(N_("{aired}/{stations} stations aired it; not yet: {left}"))
            if len(left) < len(labels)
            else say(N_("none of its {stations} stations aired it: {left}"))
        ).format(aired=len(labels) - len(left), stations=len(labels), left=with_why(left, why))
    return communes, short, said


def with_why(communes: Iterable[str], why: dict[str, str]) -> str:
    """'Xã Tân Lập (đã phát phiên bản 1, chưa phát phiên bản 2), Xã Hòa Bình': the communes
    that did not air a notice, each with the reason the office knows, the same words on the
    month page, in `office aired` and in the report."""
    return ", ".join(f"{c} ({why[c]})" if c in why else c for c in communes)


@dataclass
class FleetReport:
    period: Period
    campaign: str | None
    group: str | None
    generated_at: datetime
    campaign_title: str | None = None
    communes: list[CommuneLine] = field(default_factory=list)
    versions: list[VersionLine] = field(default_factory=list)
    silent: list[SilentLine] = field(default_factory=list)
    unaired: list[NoticeLine] | None = None
    """The notices some communes did not air (None: not looked for: `Office.add_unaired`)."""
    emergency_seconds: float = 0.0
    """How long the communes aired emergencies in the period, together: the minutes columns
    leave them out, as the commune's own report does, and the note under §I gives them."""
    emergencies_unheard: set[tuple[str, str]] = field(default_factory=set)
    """(commune, emergency) its station played out only into a file (no sound card): not
    counted aired, as the commune's own report counts it (w28commune 2)."""
    office_outages: list[str] = field(default_factory=list)
    """The office's own outages in the period (heartbeat.recorded_outages), as said
    (`office_outage_said`): why logs came late, said once for all."""
    office_down: datetime | None = None
    """Since when `office serve` has not run, if it does not now: nothing the communes sent
    since was collected, so a commune may read as silent for the office's own fault."""
    merged: dict[str, str] = field(default_factory=dict)
    """Each station of a commune kept on two stations or more, as its line names it → the
    commune (fleet.merged_communes): section I has a line per station, the office counts
    the commune once."""

    logs: dict[str, str] = field(default_factory=dict)
    """Each line of section I → its station's log (the first key's id): a key revoked and
    the new key that continues its log (`enrol --new-key`) have a line each, one station."""

    @property
    def station_count(self) -> int:
        """The stations of section I, a station's old key and its new one once."""
        return len({self.logs.get(line.commune, line.commune) for line in self.communes})

    @property
    def commune_count(self) -> int:
        """The communes of section I, a commune kept on two stations once, and a station's
        old key with its new one (w29office: a key replaced in the month read '2 xã')."""
        of_log = {self.logs.get(label, label): commune for label, commune in self.merged.items()}
        return len({
            ("commune", self.merged[line.commune]) if line.commune in self.merged else
            ("commune", of_log[log]) if (log := self.logs.get(line.commune, line.commune)) in
            of_log else ("log", log)
            for line in self.communes
        })  # fmt: skip

    @property
    def merged_said(self) -> list[str]:
        """MERGED_LINES of each commune of section I kept on two stations or more that has
        two lines or more (a month its other station was retired at its start has one)."""
        found: dict[str, list[str]] = defaultdict(list)
        for line in self.communes:
            if line.commune in self.merged:
                found[self.merged[line.commune]].append(line.commune)
        return [MERGED_LINES.format(  # "Xã Hòa Bình" as enrolled, not "Xã Xã Hòa Bình"
                    commune=commune if commune_name(commune).kind else f"Xã {commune}",
                    n=len(lines), stations="; ".join(lines))
                for commune, lines in found.items() if len(lines) > 1]  # fmt: skip

    @property
    def label(self) -> str:
        parts = [self.period.label]
        if self.campaign_title:
            parts.append(f"chiến dịch “{self.campaign_title}”")
        elif self.campaign:
            parts.append(f"chiến dịch {self.campaign}")
        if self.group:
            parts.append(f"nhóm {self.group}")
        return " — ".join(parts)


def period_bounds(period: Period) -> tuple[datetime, datetime]:
    start = datetime.combine(period.first, time(0), OFFICE_ZONE)
    if period.last == date.max:  # a month at the calendar's end: nothing comes after it
        return start, datetime.max.replace(tzinfo=OFFICE_ZONE)
    return start, datetime.combine(period.last + timedelta(days=1), time(0), OFFICE_ZONE)


@overload
def _local(moment: datetime) -> datetime: ...
@overload
def _local(moment: datetime | None) -> datetime | None: ...
def _local(moment: datetime | None) -> datetime | None:
    """The office's local time; a contact never made stays None."""
    return moment.astimezone(OFFICE_ZONE) if moment else None


ITEM_FILTER = "(%(campaign)s::text IS NULL OR i->>'campaign' = %(campaign)s)"
NOT_SUPERSEDED = (
    "NOT EXISTS (SELECT 1 FROM stations mine JOIN stations kin "
    "ON COALESCE(kin.log_key, kin.key_id) = COALESCE(mine.log_key, mine.key_id) "
    "JOIN airings later ON later.station = kin.key_id "
    "AND later.row->>'supersedes' = a.seq::text WHERE mine.key_id = a.station)"
)
"""The airing `a` stands: no later row of its log (any of its station's keys: a new key
continues it) names it as the one it `supersedes` (its station logged it missed under a clock
run ahead, and the planned airing's outcome is that later row: w27commune 1). By the
airings_supersedes index (migration 21), once per key of the log."""
NOT_AHEAD = "a.started_at <= %(now)s"
"""The airing `a` is dated no later than the office's now: a row dated after it was written by
a station whose clock ran ahead, and is no outcome yet (a slot logged missed for a day still
to come is voided at the station when its clock is set right, and its real airing takes the
row's place: w27void 1)."""
OF_GROUP = (
    "(%(group)s::text IS NULL OR "
    "a.station IN (SELECT key_id FROM station_groups WHERE name = %(group)s))"
)
UP_TO_END = f"a.started_at < %(end)s AND {OF_GROUP} AND {NOT_AHEAD} AND {NOT_SUPERSEDED}"
"""The airings logged before the period's end and the office's now that stand (`NOT_AHEAD`,
`NOT_SUPERSEDED`): why a commune has not aired is the last thing its station said, even in the
period before (a slot held at 23:56 on the month's last day still says why on the 1st)."""
IN_SCOPE = f"a.started_at >= %(start)s AND {UP_TO_END}"
VERSION = "COALESCE((i->>'upstream_version')::int, (i->>'version')::int)"
"""The office's version of what aired (the station's own for local announcements)."""

AIRED = ("aired", "partial")
REAIR_SLOT = f"^{REAIR_PREFIX}[0-9]{{1,18}}$"
"""A re-air's slot in a station's log (`phat-lai-N`, N the seq it re-airs), as SQL's regular
expression: the condition of the office's partial index of re-airs (migration 19), word for
word, so that PostgreSQL uses it."""
MADE_GOOD = f"""
    WITH RECURSIVE reairs AS (
        SELECT r.station, r.seq, r.status, r.items, o.seq AS origin, r.row->>'sink' AS sink
        FROM airings r JOIN airings o ON o.station = r.station
             AND o.seq = substr(r.row->>'slot', {len(REAIR_PREFIX) + 1})::bigint
        WHERE r.started_at >= %(start)s AND r.started_at <= %(now)s
          AND r.row->>'slot' ~ '{REAIR_SLOT}'
    ), chain(station, origin, seq, status, items, sink) AS (
        SELECT station, origin, seq, status, items, sink FROM reairs
        UNION ALL SELECT c.station, c.origin, r.seq, r.status, r.items, r.sink
        FROM chain c JOIN reairs r ON r.station = c.station AND r.origin = c.seq
                                  AND r.seq > c.seq
    ), made_good AS (
        SELECT DISTINCT c.station, c.origin, i->>'announcement_id' AS announcement
        FROM chain c, jsonb_array_elements(c.items) i
        WHERE c.status IN {AIRED} AND {loudspeakers_sql("c.sink")}
    )
"""
"""The items of the period's airings that did not air as planned and that a re-air aired:
its own (slot `phat-lai-N`), or a re-air of that one cut short in turn, to the chain's end
(o21lan10 N1), as the commune's own report counts them (broadcaster.reair.chain_sql): aired,
late, once, on the loudspeakers (a re-air only into a file made nothing good: w29reair). A
re-air comes after what it re-airs (`r.seq > c.seq`: no loop a log could make)."""
ITEMS_SQL = f"""{MADE_GOOD}
    SELECT a.station, a.status, CASE WHEN a.status IN {NOT_AS_PLANNED}
                                     AND m.origin IS NOT NULL THEN '{REAIRED}' ELSE a.status END,
           i->>'announcement_id', {VERSION}, a.urgent, count(*),
           sum(a.planned::float8 / a.matching),
           COALESCE(sum(COALESCE((i->>'duration_s')::float8, 0) * a.duration_s
                        / NULLIF(a.planned_duration_s, 0)), 0),
           max(i->>'title'), min(a.started_at), max(a.started_at), max(i->>'campaign'),
           a.sink
    FROM (
        SELECT a.station, a.seq, a.status, a.started_at, a.items, a.duration_s,
               a.planned_duration_s, a.row->>'sink' AS sink,
               CASE WHEN a.row->>'trigger' IN {tuple(EMERGENCIES)} THEN a.row->>'trigger'
               END AS urgent,
               CASE WHEN EXISTS (SELECT 1 FROM reairs r WHERE r.station = a.station
                                 AND r.seq = a.seq) THEN 0 ELSE 1 END AS planned,
               CASE WHEN %(campaign)s::text IS NULL THEN jsonb_array_length(a.items)
               ELSE (SELECT count(*) FROM jsonb_array_elements(a.items) j
                     WHERE j->>'campaign' = %(campaign)s) END AS matching
        FROM airings a WHERE {IN_SCOPE} OFFSET 0  -- counted once per airing, not per item
    ) a CROSS JOIN jsonb_array_elements(a.items) i
    LEFT JOIN made_good m ON m.station = a.station AND m.origin = a.seq
                         AND m.announcement = i->>'announcement_id'
    WHERE {ITEM_FILTER}
    GROUP BY 1, 2, 3, 4, 5, 6, 14
"""
"""One pass over the month's items, per commune, outcome, outcome counted (a re-air's aired
its original: MADE_GOOD), announcement, version and kind of emergency (NULL: planned): how
many items, how many planned airings (each of an airing's n matching items counts 1/n; a
re-air's count in its original's, as the commune's report counts them), seconds aired,
title, first and last airing, campaign, and the sink it went to (`Totals.take`: one that
reached no loudspeaker is counted "Không ra loa", as the commune's report counts it). The
totals, the emergencies and the notices aired all come from it."""
BROKEN_SQL = f"""
    SELECT station, min(seq) FROM (
        SELECT a.station, a.seq, a.prev_hash,
               lag(a.row_hash) OVER w AS before_hash, lag(a.seq) OVER w AS before_seq
        FROM airings a JOIN stations s ON s.key_id = a.station
        WHERE a.started_at >= %(start)s AND a.started_at < %(end)s AND {OF_GROUP}
        WINDOW w AS (PARTITION BY COALESCE(s.log_key, s.key_id) ORDER BY a.seq)
    ) chain
    WHERE before_seq IS NOT NULL AND (seq <> before_seq + 1 OR prev_hash <> before_hash)
    GROUP BY station
"""
"""Rows the office holds whose links do not hold: its own copy was edited or cut. One log is
one chain across the station's keys: a new key continues it where the revoked one stopped.
Every row of the period is a link, counted or not (`NOT_AHEAD`, `NOT_SUPERSEDED`)."""


def fleet_report(
    conn: psycopg.Connection,
    period: Period,
    now: datetime,
    campaign: str | None = None,
    group: str | None = None,
) -> FleetReport:
    """Every approved commune (in `group`), with or without airings in the period."""
    if group:
        known_group(conn, group, revoked=True)
    start, end = period_bounds(period)
    params = {"start": start, "end": end, "campaign": campaign, "group": group, "now": now}
    if (
        campaign
        and not conn.execute(
            f"SELECT 1 FROM airings a, jsonb_array_elements(a.items) i WHERE {ITEM_FILTER} LIMIT 1",
            params,
        ).fetchone()
    ):
        raise OfficeError(
            _("no commune has logged campaign '{campaign}'").format(campaign=campaign)
        )
    title = (
        _what(conn, "i->>'campaign' = %(campaign)s", params, "campaign")[1] if campaign else None
    )
    report = FleetReport(period, campaign, group, now, title)
    # a station revoked keeps the airings it logged before (office lines counts them too)
    fleet = [s for s in stations(conn, group) if s["status"] in ("approved", "revoked")]
    earlier = earlier_names(conn)
    names = {s["key_id"]: _commune(s, earlier, start, end) for s in fleet}
    totals: dict[str, Totals] = {key: Totals(name) for key, name in names.items()}
    versions_aired: dict[tuple[str, str, int, str | None], list[Any]] = {}
    airings: dict[tuple[str, str, str | None], list[float]] = defaultdict(lambda: [0.0, 0.0])
    emergencies: dict[str, set[str]] = defaultdict(set)
    unheard: set[tuple[str, str]] = set()  # (station, emergency) it played into a file
    for row in conn.execute(ITEMS_SQL, params):
        key, status, counted, announcement, version, urgent, items, share, seconds, *rest = row
        title, first, last, campaign, sink = rest
        if key not in names:
            continue
        loud = reaches_loudspeakers(sink)  # written into a file: no one heard it
        heard = status in AIRED and loud
        if urgent is None:
            airings[key, counted, sink][0] += share
            airings[key, counted, sink][1] += seconds
        elif LOGGED_STATES.get(status) in AIRED_STATES:  # whole, cut or preempted, as the
            if loud:  # list counts it: each once, however often it went out (§II says)
                report.emergency_seconds += seconds
                emergencies[key].add(announcement)
            else:
                unheard.add((key, announcement))
            heard = loud
        if heard:
            found = versions_aired.setdefault(
                (key, announcement, version, urgent), [0, title, first, last, campaign]
            )
            found[0] += items
            found[1] = max(found[1] or "", title or "") or None
            found[2], found[3] = min(found[2], first), max(found[3], last)
    for (key, status, sink), (count, seconds) in airings.items():
        totals[key].take(status, sink, round(count), seconds)
    # one its loudspeakers also said (a second airing, the card plugged in) was heard
    report.emergencies_unheard = {(names[key], emergency) for key, emergency in unheard
                                  if emergency not in emergencies[key]}  # fmt: skip
    named = _names((announcement, title) for (_, announcement, *_), (_, title, *_) in
                   versions_aired.items())  # fmt: skip
    versions: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    withdrawn = cancelled(conn)
    titles = _campaign_titles(conn, params)
    for (key, announcement, version, urgent), (count, title, first, last, campaign) in sorted(
        versions_aired.items(),
        key=lambda found: (found[0][0], -found[1][0], named[found[0][1], found[1][1]], found[0][2]),
    ):
        name = named[announcement, title]
        if urgent is None:
            versions[key].append((name, version, count))
        source = (translations(REPORT_LANGUAGE).gettext(EMERGENCIES[urgent]) if urgent else
                  titles.get(campaign, campaign) or NO_CAMPAIGN)  # fmt: skip
        if announcement in withdrawn:  # it aired before the office took it back
            source += f" (đã hủy lúc {withdrawn[announcement]:%H:%M ngày %d/%m/%Y})"
        report.versions.append(VersionLine(
            names[key], announcement, title or "", version, count, _local(first), _local(last),
            source, name, urgent is not None,
        ))  # fmt: skip
    broken = {key: seq for key, seq in conn.execute(BROKEN_SQL, params)}
    missed = missed_slots(conn, params)
    ahead = {key: (n, _local(first)) for key, n, first in conn.execute(AHEAD_SQL, params)}
    unaired = emergencies_not_aired(conn, start, end, now)
    silent_while = silences(conn, start, end)
    published = published_in(conn, [cut for cuts in silent_while.values() for cut in cuts])
    cut_off = {key: tuple(CutOff(cut, tuple(published[cut])) for cut in cuts)
               for key, cuts in silent_while.items()}  # fmt: skip
    members = period_stations(conn, start, end)  # as merged and `office aired` count them
    for s in fleet:
        if s["key_id"] not in members:  # approved after the period or retired before it, and
            continue  # nothing of it recorded in it (v29review, w30office 3, w30period)
        chain = (s["chain_break"], s["chain_break_seq"]) if s["chain_break"] else None
        if chain is None and s["key_id"] in broken:
            chain = ("office", broken[s["key_id"]])
        report.communes.append(CommuneLine(names[s["key_id"]], s["name"], tuple(s["groups"]),
                                           totals[s["key_id"]], len(emergencies[s["key_id"]]),
                                           tuple(versions[s["key_id"]]),
                                           _local(s["last_contact"]), chain,
                                           s["stored_through"] > 0,
                                           unaired.get(s["key_id"], 0),
                                           missed.get(s["key_id"], ()),
                                           cut_off.get(s["key_id"], ()),
                                           ahead.get(s["key_id"])))  # fmt: skip
    report.communes.sort(key=lambda line: (line.commune, line.station))
    report.versions.sort(key=lambda line: (line.commune, line.campaign, line.name, line.version))
    report.silent = silent(conn, now, group=group)
    default = namer(conn)  # a line names a retired station as `_commune` does: so must this

    def line_name(key: str, *_when: datetime | None) -> str:
        return names.get(key) or default(key, start, end)

    report.merged = merged_communes(conn, start, end, line_name)
    report.logs = {names[key]: log for key, log in conn.execute(
        "SELECT key_id, COALESCE(log_key, key_id) FROM stations") if key in names}  # fmt: skip
    report.office_down = silent_since(conn)
    report.office_outages = [office_outage_said(o) for o in recorded_outages(conn, start, end)]
    return report


AHEAD_SQL = f"""
    SELECT a.station, count(*), min(a.started_at) FROM airings a
    WHERE a.started_at >= %(start)s AND a.started_at < %(end)s AND NOT ({NOT_AHEAD})
      AND {OF_GROUP} AND {NOT_SUPERSEDED}
    GROUP BY a.station
"""
"""Per station, its rows of the period the office does not count yet (`NOT_AHEAD`): how
many, and the first one's time; the month page says its clock ran ahead."""
MISSED_SQL = f"""{MADE_GOOD}
    SELECT a.station, a.started_at, a.row->>'error' FROM airings a
    WHERE {IN_SCOPE} AND a.status = 'missed'
      AND NOT EXISTS (SELECT 1 FROM made_good m WHERE m.station = a.station
                      AND m.origin = a.seq)
      AND COALESCE(a.row->>'trigger', '') NOT IN {tuple(EMERGENCIES)}
      AND EXISTS (SELECT 1 FROM jsonb_array_elements(a.items) i WHERE {ITEM_FILTER})
    ORDER BY a.station, a.started_at, a.seq
"""
"""The period's planned airings logged missed (a missed one's start is when it was due), with
the station's note: the airings ITEMS_SQL counts as Bỏ lỡ (none a re-air made good)."""
NOT_AIRED_HEAD = "không phát: "
"""How the station's note of an airing not aired begins, in Vietnamese: Bỏ lỡ says it."""


def missed_slots(
    conn: psycopg.Connection, params: dict[str, Any]
) -> dict[str, tuple[MissedSlots, ...]]:
    """Station key → its missed slots of the period, by the reason its station logged, each
    reason once (the first missed first): the report and the month page say why a commune
    has Bỏ lỡ, from what the station wrote (o21web9 Y4)."""
    found: dict[str, dict[str, list[datetime]]] = defaultdict(dict)
    for key, at, note in conn.execute(MISSED_SQL, params):
        said = table.brief(table.reason(note)) if note else "đài không ghi lý do"
        said = said.removeprefix(NOT_AIRED_HEAD)
        said = said if len(said) <= REASON_CHARS else said[: REASON_CHARS - 1] + "…"
        found[key].setdefault(said, []).append(_local(at))
    return {key: tuple(MissedSlots(reason, tuple(times)) for reason, times in reasons.items())
            for key, reasons in found.items()}  # fmt: skip


def cancelled(conn: psycopg.Connection) -> dict[str, datetime]:
    """The office's emergencies it cancelled (one sent by mistake), by the announcement id a
    station logs them under, with when (office time): the report marks what aired of them."""
    return {
        f"{EMERGENCY_PREFIX}{UPSTREAM_MARK}{message}": at.astimezone(OFFICE_ZONE)
        for message, at in conn.execute(
            "SELECT id, cancelled_at FROM emergencies WHERE cancelled_at IS NOT NULL"
        )
    }


def emergencies_not_aired(
    conn: psycopg.Connection, start: datetime, end: datetime, now: datetime
) -> dict[str, int]:
    """Station key → how many of the office's emergencies sent to it between `start` and
    `end`, and over by `now`, it never aired (whole or cut), by its reports or its pushed log,
    or never got (one "to all" it was approved while in force, never sent to it: review20 #3).
    One the office cancelled is not counted: nobody was to air it."""
    rows = conn.execute(
        "SELECT e.id, e.issued_at, e.valid_until, r.key_id, r.state FROM emergencies e "
        "JOIN emergency_reports r ON r.emergency_id = e.id WHERE e.issued_at >= %s "
        "AND e.issued_at < %s AND e.valid_until <= %s AND e.cancelled_at IS NULL",
        [start, end, now],
    ).fetchall()
    logged = _logged(conn, list({row[:3] for row in rows}))
    missed: dict[str, int] = defaultdict(int)
    for message_id, _issued, _until, key, state in rows:
        log = logged.get((message_id, key))
        if log and said_by_log(state, log):  # lost, or "aired" by an older station into a file
            state = log["state"]
        if state not in AIRED_STATES:
            missed[key] += 1
    for (key,) in conn.execute(
        f"SELECT u.key_id FROM ({UNSENT}) u WHERE u.issued_at >= %(start)s AND u.issued_at < "
        "%(end)s AND u.valid_until <= %(now)s AND u.cancelled_at IS NULL",
        {"now": now, "id": None, "key": None, "in_force": False, "start": start, "end": end},
    ):
        missed[key] += 1
    return missed


def _commune(station: dict[str, Any], earlier: Names, start: datetime, end: datetime) -> str:
    """The commune as the report names it: by the name it had in the period (o23web11 V3: a
    merge's rename rewrote the month), and a revoked station's airings stay, marked so (a
    station a merge retired is not a lost one)."""
    mark = None
    if station["revoked_at"] is not None:
        mark = "đã thôi hoạt động" if station["retired"] else "đã thu hồi"
        mark += f" ngày {_local(station['revoked_at']):%d/%m/%Y}"
    return label_during(earlier, station["key_id"], station["commune"], station["label"],
                        start, end, mark)  # fmt: skip


def _names(found: Iterable[tuple[str, str | None]]) -> dict[tuple[str, str | None], str]:
    """Each (id, title) as a person tells notices apart: by the title, and by the id too
    where two notices carry the same title (two emergencies sent in the same minute)."""
    pairs = set(found)
    ids: dict[str, set[str]] = defaultdict(set)
    for announcement, title in pairs:
        ids[title or announcement].add(announcement)
    return {(a, t): t or a if len(ids[t or a]) == 1 else f"{t or a} ({a})" for a, t in pairs}


def silent(
    conn: psycopg.Connection,
    now: datetime,
    after: timedelta = SILENT_AFTER,
    group: str | None = None,
) -> list[SilentLine]:
    """Approved communes the office has not heard from for longer than `after`, longest first."""
    lines = []
    for s in stations(conn, group):
        contact = s["last_contact"]
        if s["status"] == "approved" and (contact is None or now - contact > after):
            hours = (now - contact).total_seconds() / 3600 if contact else None
            lines.append(SilentLine(s["label"], s["name"], _local(contact), hours))
    return sorted(lines, key=lambda line: -(line.hours if line.hours is not None else 1e9))


@dataclass(frozen=True)
class Aired:
    """Who aired a notice (or every notice of a campaign), who did not, and who it was not
    sent to."""

    aired: list[VersionLine]
    not_aired: list[str]
    kind: str = "announcement"
    """announcement | campaign: what the id given named."""
    title: str = ""
    """The notice's title, or the campaign's."""
    outside: list[str] = field(default_factory=list)
    """Communes not in the groups the campaign is for: they had nothing to air."""
    why: dict[str, str] = field(default_factory=dict)
    """Commune of `not_aired` → why, where known: it aired only an older version, or its
    station logged the current one not aired (waiting for the leader's approval…)."""
    withdrawn: datetime | None = None
    """When the office withdrew the campaign (None: it is current): who aired it aired it
    before (o20web8 X3)."""
    unreached: bool = False
    """Its campaign, current, reaches no station in service: every one it was published for
    is retired or revoked (o23web11 V2: "not meant for" the merged commune, without why)."""
    merged: dict[str, str] = field(default_factory=dict)
    """Each station of a commune kept on two stations or more, as the lines name it → the
    commune (fleet.merged_communes)."""

    @property
    def not_aired_said(self) -> str:
        return with_why(self.not_aired, self.why)

    def communes(self, say: Callable[[str], str] = _) -> ByCommune:
        """`by_commune` of it, as the office counts communes: those that aired it (every
        station of theirs did, each notice of a campaign), those that did not, and why."""
        stations = {line.commune for line in self.aired} - set(self.not_aired)
        return ByCommune(*by_commune(stations, self.not_aired, self.why, self.merged, say))


class ByCommune(NamedTuple):
    """A notice's communes as the office counts them (`Aired.communes`)."""

    aired: list[str]
    not_aired: list[str]
    why: dict[str, str]

    @property
    def not_aired_said(self) -> str:
        return with_why(self.not_aired, self.why)


def _exists(conn: psycopg.Connection, match: str, params: dict[str, Any]) -> bool:
    return bool(conn.execute(
        f"SELECT 1 FROM airings a, jsonb_array_elements(a.items) i WHERE {match} LIMIT 1", params
    ).fetchone())  # fmt: skip


def campaign_names(conn: psycopg.Connection) -> list[str]:
    """Every campaign published now or logged by a commune, by name: what `office aired`
    takes when she does not know what to ask."""
    return [name for (name,) in conn.execute(
        "SELECT name FROM campaigns WHERE withdrawn_at IS NULL UNION SELECT i->>'campaign' "
        "FROM airings a, jsonb_array_elements(a.items) i WHERE i->>'campaign' IS NOT NULL "
        "ORDER BY 1")]  # fmt: skip


def aired(
    conn: psycopg.Connection,
    wanted: str,
    version: int | None,
    period: Period | None = None,
    group: str | None = None,
    audience_of: Callable[[str], Audience | None] | None = None,
    published_in: str | None = None,
    now: datetime | None = None,
    language: str | None = None,
) -> Aired:
    """Which communes aired the notice `wanted` (or, when it names a campaign, its notices);
    with `audience_of` (campaign → whom it was published for, None: not known), the
    communes it was not for are named apart from those that did not air it. `published_in`:
    the campaign the caller knows the notice was published in (withdrawn since, maybe).
    Why a commune has not aired it is said in `language` (the report's Vietnamese, whatever
    the process speaks; None: the process's), as of `now` (None: the period's end)."""
    if group:
        known_group(conn, group, revoked=True)
    forever = (datetime.min.replace(tzinfo=OFFICE_ZONE), datetime.max.replace(tzinfo=OFFICE_ZONE))
    start, end = period_bounds(period) if period else forever
    params: dict[str, Any] = {"start": start, "end": end, "group": group, "id": wanted,
                              "version": version, "now": end if now is None else now}  # fmt: skip
    match = "i->>'announcement_id' = %(id)s"
    kind = "announcement"
    published = conn.execute(  # a notice published (`publish` with the database), withdrawn
        "SELECT name FROM campaigns WHERE %s = ANY(notices) "  # since too (o20web8 X3)
        "ORDER BY withdrawn_at IS NOT NULL, withdrawn_at DESC LIMIT 1",
        [wanted],
    ).fetchone()
    if published_in:
        published = (published_in,)
    if not _exists(conn, match, params) and not published:
        match, kind = "i->>'campaign' = %(id)s", "campaign"
        listed = (audience_of is not None and audience_of(wanted) is not None) or bool(
            conn.execute("SELECT 1 FROM campaigns WHERE name = %s", [wanted]).fetchone()
        )
        if not _exists(conn, match, params) and not listed:  # published, not aired yet
            raise OfficeError(_(
                "no commune has logged a notice or a campaign '{id}': give a notice's id (its "
                "'id:' line) or its campaign's ('campaign:', the folder's name)"
            ).format(id=wanted))  # fmt: skip
    current = published_versions(conn, end)
    params |= {"ids": list(current), "versions": list(current.values())}
    logged = sorted({v for (v,) in conn.execute(
        f"SELECT DISTINCT {VERSION} FROM airings a, jsonb_array_elements(a.items) i "
        f"WHERE {match}", params)} - {None})  # fmt: skip
    if version is not None and version not in logged and current.get(wanted) != version:
        raise OfficeError(_(
            "'{id}' has no version {version} in any commune's log; the versions logged: "
            "{versions}"
        ).format(id=wanted, version=version, versions=", ".join(map(str, logged))))  # fmt: skip
    # a commune's keys (a stolen PC's, its new one's): one line; by the name it had then
    name = namer(conn)
    labels = {key: name(key, start, end) for key in commune_labels(conn)}
    rows, unheard = _heard(conn.execute(
        f"""SELECT n.label, i->>'announcement_id', max(i->>'title'), {VERSION}, count(*),
                   min(a.started_at), max(a.started_at), max(i->>'campaign'), a.row->>'sink'
            FROM airings a JOIN stations s ON s.key_id = a.station
                 JOIN unnest(%(keys)s::text[], %(labels)s::text[]) n(key_id, label)
                   ON n.key_id = s.key_id,
                 jsonb_array_elements(a.items) i
            WHERE {IN_SCOPE} AND a.status IN ('aired', 'partial') AND {match}
              AND {WANTED_VERSION}
            GROUP BY 1, 2, 4, 9 ORDER BY 1, 2, 4""",
        {**params, "keys": list(labels), "labels": list(labels.values())},
    ))  # fmt: skip
    named = _names((row[1], row[2]) for row in rows)
    titles = _campaign_titles(conn, params)
    lines = [
        VersionLine(c, a, t or "", v, n, _local(f), _local(last),
                    titles.get(ct, ct) or NO_CAMPAIGN, named[a, t])
        for c, a, t, v, n, f, last, ct in rows
    ]  # fmt: skip
    campaign, title = _what(conn, match, params, kind)
    if not campaign:
        campaign = wanted if kind == "campaign" else (published[0] if published else None)
    recorded, withdrawn = _recorded(conn, campaign, wanted, kind) if campaign else (None, None)
    title = title or recorded  # nobody aired it: as `publish` recorded it (o20web8 X6)
    published_at = _published_at(conn, campaign) if campaign else None
    # the period's stations, as the month lists and counts them (w30period); asked of no
    # month, those since the notice was published: a station retired before had none to air
    since = start if period or published_at is None else published_at
    members = period_stations(conn, since, end)
    ours = [s for s in stations(conn, group) if s["key_id"] in members]  # all approved
    ours.sort(key=lambda s: (s["revoked_at"] is None, s["approved_at"]))
    # a key replaced and its new one: one line, the new one's (it says why, sorted last)
    fleet = list({labels[s["key_id"]]: {**s, "label": labels[s["key_id"]]} for s in ours}.values())
    audience = audience_of(campaign) if audience_of and campaign else None
    sent_to = (with_successors(conn, audience.members(membership(conn)))
               if audience and not audience.everyone else None)  # fmt: skip
    short = _short_of(conn, wanted, end, lines) if kind == "campaign" and version is None else {}
    done = {line.commune for line in lines} - set(short)
    others = {s["label"] for s in fleet if sent_to is None or s["key_id"] in sent_to} - done
    outside = {s["label"] for s in fleet} - done - others
    say = translations(language).gettext if language else _
    why = _why_not(conn, match, {**params, "keys": list(labels), "labels": list(labels.values())},
                   unheard, say)  # fmt: skip
    unexplained = set(short) - set(why)  # aired some; its log says nothing of the others
    for commune, missing in short.items():
        said = say(N_("did not air {notices}")).format(
            notices=", ".join(f"“{title}”" for _id, title in missing)
        )
        why[commune] = f"{said}; {why[commune]}" if commune in why else said
    for station in fleet:  # the station said it did not take the campaign, and why
        for refused in station["refused_campaigns"] or []:
            if refused["campaign"] == campaign and station["label"] in others:
                told = refusal_said(conn, refused)  # the file to correct, where known
                reason = f"{told.file}: {told.reason}" if told.file else told.reason
                said = say(DID_NOT_TAKE).format(reason=reason)
                label = station["label"]
                why[label] = f"{said}; {why[label]}" if label in why else said
                unexplained.discard(label)
    if withdrawn is not None and withdrawn < end:  # nothing to chase: the office took it back
        why = dict.fromkeys(others, say(WITHDRAWN_AT).format(time=_when(withdrawn)))
    unlogged = [s for s in fleet if s["label"] in others and s["label"] not in why]
    if now is not None:  # what the office knows of those whose station logged nothing of it
        notices = ([(wanted, current.get(wanted), None)] if kind == "announcement"
                   else _notices_of(conn, campaign, current) if campaign else [])  # fmt: skip
        why |= _unlogged(conn, unlogged, published_at, min(end, now), end <= now, say, notices)
        for station in fleet:  # which it did not air, and why, as for one that aired none
            if (label := station["label"]) in unexplained and label in others:
                ids = {notice for notice, _title in short[label]}
                left_out = [found for found in notices if found[0] in ids]
                said = _unlogged(conn, [station], published_at, min(end, now), end <= now, say,
                                 left_out)[label]  # fmt: skip
                why[label] = f"{why[label]}; {said}"
    unreached = bool(audience and not audience.everyone and withdrawn is None
                     and not reached(conn, audience))  # fmt: skip
    return Aired(lines, sorted(others), kind, title or wanted, sorted(outside),
                 {commune: said for commune, said in why.items() if commune in others},
                 withdrawn, unreached,
                 merged_communes(conn, since, end, lambda key, *_when: labels[key]))  # fmt: skip


def _heard(
    found: Iterable[tuple[Any, ...]],
) -> tuple[list[tuple[Any, ...]], set[str]]:
    """`aired`'s rows (commune, notice, title, version, airings, first, last, campaign, sink)
    as one per commune, notice and version of the airings its loudspeakers played
    (`reaches_loudspeakers`, the station's own rule: w28commune 2), and the communes whose
    station played one of them only into a file (or the test sink), never to them."""
    heard: dict[tuple[Any, ...], list[Any]] = {}
    unheard: set[tuple[str, str]] = set()
    for commune, notice, title, version, count, first, last, campaign, sink in found:
        if not reaches_loudspeakers(sink):
            unheard.add((commune, notice))
            continue
        line = heard.setdefault((commune, notice, version), [title, 0, first, last, campaign])
        line[0] = max(line[0] or "", title or "") or None
        line[1] += count
        line[2], line[3] = min(line[2], first), max(line[3], last)
    rows = [(c, n, t, v, count, f, last, ct)
            for (c, n, v), (t, count, f, last, ct) in heard.items()]  # fmt: skip
    return rows, {commune for commune, notice in unheard - {(c, n) for c, n, *_rest in rows}}


WITHDRAWN_AT = N_("the office withdrew it at {time}")
"""Why a commune has not aired a notice the office withdrew (o20web8 X3): the report a head of
office signs lists it, and says that nobody is to chase it."""


def _recorded(
    conn: psycopg.Connection, campaign: str, wanted: str, kind: str
) -> tuple[str | None, datetime | None]:
    """The title `publish` recorded for `wanted` (the notice's, or the campaign's), and when
    the office withdrew its campaign (None: it did not; office migration 5)."""
    row = conn.execute(
        "SELECT CASE WHEN %s THEN title ELSE titles[array_position(notices, %s)] END, "
        "withdrawn_at FROM campaigns WHERE name = %s",
        [kind == "campaign", wanted, campaign],
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


def _short_of(
    conn: psycopg.Connection, campaign: str, before: datetime, lines: Sequence[VersionLine]
) -> dict[str, list[tuple[str, str]]]:
    """Commune → the notices of `campaign` (as published, each at its version) it has not
    aired, each (id, title), for the communes that aired some: a slot that aired one notice
    and left the other out has not aired the campaign (o14net F1)."""
    row = conn.execute(
        "SELECT notices, titles FROM campaigns WHERE name = %s AND versions IS NOT NULL "
        "AND withdrawn_at IS NULL AND published_at < %s",
        [campaign, before],
    ).fetchone()
    if row is None:
        return {}
    titles = dict(zip(row[0], row[1] or [], strict=False))  # as published, nobody aired it
    titles |= {line.announcement_id: line.name or line.title for line in lines}
    aired: dict[str, set[str]] = defaultdict(set)
    for line in lines:
        aired[line.commune].add(line.announcement_id)
    return {commune: [(n, titles.get(n, n)) for n in row[0] if n not in ids]
            for commune, ids in aired.items() if not set(row[0]) <= ids}  # fmt: skip


WANTED_VERSION = f"""(CASE WHEN %(version)s::int IS NOT NULL THEN {VERSION} = %(version)s
    ELSE {VERSION} IS NULL OR {VERSION} >= COALESCE((SELECT c.v FROM unnest(%(ids)s::text[],
        %(versions)s::int[]) c(id, v) WHERE c.id = i->>'announcement_id'), 0) END)"""
"""The version asked for, else the one the office published (or a later one): a commune that
aired an older version has not aired what it is now asked to air (o14net F1)."""


def published_versions(conn: psycopg.Connection, before: datetime) -> dict[str, int]:
    """Notice id → its version as `publish` last recorded it, for the campaigns published
    before `before` and not withdrawn (those published before office migration 9 have none:
    any version counts for them, as before)."""
    return dict(conn.execute(
        "SELECT n.id, n.v FROM campaigns c, unnest(c.notices, c.versions) n(id, v) "
        "WHERE c.versions IS NOT NULL AND c.withdrawn_at IS NULL AND c.published_at < %s",
        [before],
    ).fetchall())  # fmt: skip


def _published_at(conn: psycopg.Connection, campaign: str) -> datetime | None:
    """When `publish` last recorded the campaign (its current versions), if it did."""
    row = conn.execute("SELECT published_at FROM campaigns WHERE name = %s AND withdrawn_at IS "
                       "NULL", [campaign]).fetchone()  # fmt: skip
    return row[0] if row else None


DID_NOT_TAKE = N_("its station did not take the campaign: {reason}")
"""A commune whose station refused the campaign at its last sync (w20sync), in the station's
words: what the office must correct and publish again, not a generic "nothing logged"."""
NEVER_PUSHED = N_("its station has never sent its log to the office")
OFFICE_DOWN = N_("the office server has not run since {time}, so the commune's log since then "
                 "has not been collected")  # fmt: skip
SILENT_SINCE = N_("its station has sent nothing since {time}")
NOT_SINCE_PUBLISHED = N_("its station has sent nothing since the notice was published at {time}, "
                         "so whether it received it is not known")  # fmt: skip
NOTHING_LOGGED = N_("its station's log, last sent at {time}, has no airing of it: its slot may "
                    "not have come yet, it may be in no slot, or it may wait for the commune "
                    "leader's approval")  # fmt: skip
NONE_IN_PERIOD = N_("its station's log, last sent at {time}, has no airing of it in the period")


def _notices_of(
    conn: psycopg.Connection, campaign: str, current: dict[str, int]
) -> list[tuple[str, int | None, str | None]]:
    """The notices of `campaign` as `publish` last recorded it (not withdrawn): id, version
    published, title."""
    row = conn.execute(
        "SELECT notices, titles FROM campaigns WHERE name = %s AND withdrawn_at IS NULL",
        [campaign],
    ).fetchone()
    if row is None:
        return []
    titles = row[1] or []
    return [(notice, current.get(notice), titles[n] if n < len(titles) else None)
            for n, notice in enumerate(row[0])]  # fmt: skip


def _unlogged(
    conn: psycopg.Connection,
    fleet: Sequence[dict[str, Any]],
    published_at: datetime | None,
    now: datetime,
    over: bool,
    say: Callable[[str], str],
    notices: Sequence[tuple[str, int | None, str | None]] = (),
) -> dict[str, str]:
    """Commune → why it has not aired a notice, for the communes in `fleet` whose station
    logged nothing of it: what the office knows from their contacts (o19web7 W3: the report
    said "Chưa phát ở: Tân Lập" alone, and Mai could not tell "call its leader" from "not due
    yet"): it never sent its log, the office's own server was down before the period's end
    (nothing was collected since, review20 #7: only for a commune whose last push came before
    the outage and before that end), it has been silent for a day, it has sent nothing since
    the notice was published, or where the notice stands at its station as its last push said
    (`notices`: its id, the version published and title; o20web8 W3; a campaign's each, as
    `standings` says them), else its log has no airing of it yet (`over`: the period has ended
    at `now`, nothing more is due in it)."""
    down = silent_since(conn)
    why = {}
    for station in fleet:
        pushed = station["last_push"]
        stands = standings(station, notices, published_at, now, say)
        if pushed is None:  # no airing sent yet; what it said of its notices, if it did
            why[station["label"]] = stands or say(NEVER_PUSHED)
        elif down and down < now and down - SILENT_AFTER <= pushed < now:
            why[station["label"]] = say(OFFICE_DOWN).format(time=_when(down))
        elif now - pushed > SILENT_AFTER:
            why[station["label"]] = say(SILENT_SINCE).format(time=_when(pushed))
        elif published_at and pushed < published_at:
            why[station["label"]] = say(NOT_SINCE_PUBLISHED).format(time=_when(published_at))
        elif stands:
            why[station["label"]] = stands
        else:
            said = NONE_IN_PERIOD if over else NOTHING_LOGGED
            why[station["label"]] = say(said).format(time=_when(pushed))
    return why


PAST_NEXT = "next, past"
"""A NEXT whose airing is due before the report's now (review21 #7: the station pushed at 05:00
"next at 06:00", and at 09:00 the report still said "next airing at 06:00")."""
STANDS = {
    notice_states.WAITING: N_("version {version} has waited for the commune leader's approval "
                              "since {since}: call the commune"),
    notice_states.REFUSED: N_("the commune leader declined version {version} at {since}"),
    notice_states.STOPPED: N_("the commune stopped airing it at {since}"),
    notice_states.WITHDRAWN: N_("the station took it off the air at {since}, as no longer in the "
                                "office's campaigns"),
    notice_states.ENDED: N_("its end date, {since}, has passed: it no longer airs"),
    notice_states.STARTS: N_("approved; it airs from {since}, its start date"),
    notice_states.IN_NO_SLOT: N_("approved, but in no slot of the commune's, so it never airs: "
                                 "call the commune to put it in a slot"),
    notice_states.NO_AUDIO: N_("approved, but its recording is missing at the station, so it "
                               "cannot air: call the commune"),
    notice_states.NEXT: N_("approved; its next airing is at {at}"),
    PAST_NEXT: N_("approved; its airing due at {at} is not in the log it has sent yet"),
    notice_states.UNPLANNED: N_("approved and in a slot, but no airing in the week ahead airs it: "
                                "call the commune"),
}  # fmt: skip
"""Where a notice stands at a commune's station (common/notice_states.py), in words Mai acts
on: whom to call, or when it airs."""
WAITING_NOW = N_("version {version} waits for the commune leader's approval: call the commune")
"""STANDS' WAITING where the station said no since when: from a row of its log that held the
new version (not aired, or the `held` of a slot's row that aired the rest)."""
STATION_SAID = N_("its station said at {time}: {state}")
LEADER_SAID = N_("{declined}, saying: {reason}")
NOT_HELD = N_("its station did not hold it yet when it last sent its log at {time}: it takes the "
              "office's campaigns at its next sync")  # fmt: skip
OLDER_HELD = N_("its station held only version {held} when it last sent its log at {time}: it "
                "takes the new one at its next sync")  # fmt: skip


def standings(
    station: dict[str, Any],
    notices: Sequence[tuple[str, int | None, str | None]],
    published_at: datetime | None,
    now: datetime,
    say: Callable[[str], str],
) -> str | None:
    """Where the notices (id, version published, title) stand at the commune's station, as its
    last push said (`standing`): one notice's sentence; a campaign's notices standing alike,
    once; standing apart, each named (w21office's leftover: `office aired <campaign>` kept the
    old hedge where `office aired <notice>` said why). None: the station said nothing of any."""
    said = {notice: found for notice, version, _title in notices
            if (found := standing(station, notice, version, published_at, now, say))}  # fmt: skip
    if not said:
        return None
    if len(set(said.values())) == 1 and len(said) == len(notices):
        return next(iter(said.values()))
    return "; ".join(f"“{title or notice}”: {said[notice]}" for notice, _v, title in notices
                     if notice in said)  # fmt: skip


def standing(
    station: dict[str, Any],
    notice: str,
    version: int | None,
    published_at: datetime | None,
    now: datetime,
    say: Callable[[str], str],
) -> str | None:
    """Where `notice` (at the `version` published, None: any) stands at the commune's station,
    as its last push said (None: a station from before it said so, or one that said so before
    the notice was published); a next airing due before `now` is said as not logged yet."""
    states, at = station["notice_states"], station["notice_states_at"]
    if states is None or at is None or (published_at and at < published_at):
        return None
    found = next((s for s in states if s["id"] == notice), None)
    if found is None:
        return say(NOT_HELD).format(time=_when(at))
    if version is not None and found["version"] < version:
        return say(OLDER_HELD).format(held=found["version"], time=_when(at))
    moments = notice_states.moments(found)
    if moments is None or found["state"] not in STANDS:  # one commune's word never costs the
        return None  # report (stored before the collector read it with the same parser)
    since, at_next = moments.get("since"), moments.get("at")
    state = found["state"]
    if state == notice_states.NEXT and isinstance(at_next, datetime) and at_next < now:
        state = PAST_NEXT
    stands = say(STANDS[state]).format(
        version=found["version"],
        since=_when(since) if isinstance(since, datetime) else _day(since),
        at=_when(at_next) if isinstance(at_next, datetime) else "",
    )
    if found.get("reason"):
        stands = say(LEADER_SAID).format(declined=stands, reason=found["reason"])
    return say(STATION_SAID).format(time=_when(at), state=stands)


def waiting_said(say: Callable[[str], str], time: str, version: int) -> str:
    """Why a commune has not aired a notice whose new version its station holds, said from its
    log as `standing` says it from the station's state, in the same words (review21 #6: two
    sentences for one fact drifted apart): the station airs a new version only once the
    commune leader approved it."""
    return say(STATION_SAID).format(time=time, state=say(WAITING_NOW).format(version=version))


def _day(day: date | None) -> str:
    """A day as the reasons say it: 01/12/2026 ("?" where the station gave none)."""
    return f"{day:%d/%m/%Y}" if day else "?"


def _when(moment: datetime) -> str:
    """A moment as the reasons say it: 06:30 01/12/2026, the office's time."""
    return _local(moment).strftime("%H:%M %d/%m/%Y")


def _why_not(
    conn: psycopg.Connection,
    match: str,
    params: dict[str, Any],
    unheard: Collection[str] = (),
    say: Callable[[str], str] = _,
) -> dict[str, str]:
    """Commune → why it has not aired the wanted version: its station played it only into a
    file (`unheard`), the last airing its station logged with that version before the
    period's end (`UP_TO_END`) and did not air, or that left it out (held for the commune
    leader's approval: said so, with what Mai does; else in the station's own words), else the
    older version it aired. A slot that aired the others names what it held in its row's
    `held` (stations since w15h; an older station's hold shows only in a slot that aired
    nothing)."""
    from broadcaster.overview import _held_note

    missed = conn.execute(
        f"""SELECT DISTINCT ON (n.label) n.label, a.started_at, a.status, a.row->>'error',
                   {VERSION}, x.held
            FROM airings a JOIN unnest(%(keys)s::text[], %(labels)s::text[]) n(key_id, label)
                 ON n.key_id = a.station,
                 LATERAL (SELECT e, false FROM jsonb_array_elements(a.items) e
                          WHERE a.status NOT IN ('aired', 'partial')
                            AND a.row->>'error' IS NOT NULL
                          UNION ALL SELECT e, true FROM jsonb_array_elements(
                              COALESCE((a.row->>'held')::jsonb, '[]'::jsonb)) e) x(i, held)
            WHERE {UP_TO_END} AND {match} AND {WANTED_VERSION}
            ORDER BY n.label, a.started_at DESC, x.held DESC""",
        params,
    ).fetchall()
    why = {}
    for label, at, status, reason, version, held in missed:
        time = _when(at)
        if held or _held_note(status, reason):  # o14web2 C2: Mai learns whom to call
            why[label] = waiting_said(say, time, version)
        else:  # the station's note in Vietnamese, whatever language wrote it, for the report
            reason = table.reason(reason) if say is not _ or language().startswith("vi") else reason
            why[label] = say(N_("not aired at {time}: {reason}")).format(time=time, reason=reason)
    heard = loudspeakers_sql("a.row->>'sink'")
    older = conn.execute(
        f"""SELECT n.label, max({VERSION}) FILTER (WHERE {heard}), max({VERSION})
            FROM airings a JOIN unnest(%(keys)s::text[], %(labels)s::text[]) n(key_id, label)
                 ON n.key_id = a.station, jsonb_array_elements(a.items) i
            WHERE {UP_TO_END} AND a.status IN {AIRED} AND {match}
              AND NOT {WANTED_VERSION} GROUP BY 1""",
        params,
    ).fetchall()
    into_file = set(unheard)  # its station wrote it into a file: the loudspeakers said nothing
    for label, aired, into_a_file in older:  # w30office: what went only into a file, no one
        if aired:  # heard
            said = say(N_("aired only version {version}")).format(version=aired)
        elif label in into_file:  # both into a file: said once (v30review)
            said = say(BOTH_INTO_A_FILE).format(version=into_a_file)
            into_file.discard(label)
        else:
            said = say(OLDER_INTO_A_FILE).format(version=into_a_file)
        why[label] = f"{said}; {why[label]}" if label in why else said
    for label in into_file:
        why[label] = f"{say(ONLY_TO_A_FILE)}; {why[label]}" if label in why else say(ONLY_TO_A_FILE)
    return why


OLDER_INTO_A_FILE = N_("aired version {version} only into a file, the loudspeakers did not "
                      "play it")  # fmt: skip
"""Why a commune whose station played an older version only where no loudspeaker is has not
aired the one asked for: it aired no version (`reaches_loudspeakers`, w30office)."""
BOTH_INTO_A_FILE = N_("aired it only into a file, and version {version} before it too: the "
                     "loudspeakers played neither")  # fmt: skip
"""ONLY_TO_A_FILE and OLDER_INTO_A_FILE of one commune, said once (v30review: "chỉ ghi ra tệp,
loa không phát; chỉ ghi phiên bản 1 ra tệp, loa không phát")."""


def _campaign_titles(conn: psycopg.Connection, params: dict[str, Any]) -> dict[str, str]:
    """Campaign id → its title, the newest any notice of it logged in the period: one notice
    with a 'campaign_title' names the campaign on the others' lines too (a notice without
    one logged only the folder's id)."""
    return dict(conn.execute(
        f"SELECT DISTINCT ON (i->>'campaign') i->>'campaign', i->>'campaign_title' "
        f"FROM airings a, jsonb_array_elements(a.items) i WHERE {IN_SCOPE} "
        "AND i->>'campaign_title' IS NOT NULL ORDER BY i->>'campaign', a.started_at DESC",
        params,
    ).fetchall())  # fmt: skip


@dataclass(frozen=True)
class Current:
    """A campaign current in a month, as `publish` recorded it (office migration 5)."""

    name: str
    audience: Audience
    notices: list[str]
    title: str | None = None
    """The campaign's title as `publish` recorded it (none before office migration 15)."""
    titles: dict[str, str] = field(default_factory=dict)
    """Each notice's id → its title, as `publish` recorded them: apart from the campaign's,
    since a notice may carry its campaign's name as its id (o20web8 X2)."""


@dataclass(frozen=True)
class MonthCampaign:
    """A campaign current in a month, by the title the communes logged (else as published,
    else its name), each notice with who aired it in the month and who did not."""

    name: str
    title: str
    notices: list[Aired]
    ids: list[str]
    """The notices' ids, in the order of `notices`."""
    everyone: bool = False
    """Published for every station: each commune approved later airs it too, without a
    republish, and counts from its approval (o15web3 C5)."""


def current_campaigns(conn: psycopg.Connection, period: Period) -> list[Current]:
    """The campaigns published before the month's end and not withdrawn before its start:
    what the communes were meant to air in it, whether or not any did."""
    from upstream.targeting import read_audience

    start, end = period_bounds(period)
    rows = conn.execute(
        "SELECT name, audience, notices, title, titles FROM campaigns WHERE published_at < %s "
        "AND (withdrawn_at IS NULL OR withdrawn_at >= %s) ORDER BY name",
        [end, start],
    ).fetchall()
    return [
        Current(name, read_audience(audience, name), list(ids), title,
                dict(zip(ids, titles or (), strict=False)))
        for name, audience, ids, title, titles in rows
    ]  # fmt: skip


def _what(
    conn: psycopg.Connection, match: str, params: dict[str, Any], kind: str
) -> tuple[str | None, str | None]:
    """The campaign, and the title (the campaign's, or the notice's), as the newest airing
    that logged a title gave them (None: none did)."""
    title = "i->>'title'" if kind == "announcement" else "i->>'campaign_title'"
    row = conn.execute(
        f"SELECT i->>'campaign', {title} FROM airings a, jsonb_array_elements(a.items) i "
        f"WHERE {match} ORDER BY {title} IS NULL, a.started_at DESC LIMIT 1",
        params,
    ).fetchone()
    return (row[0], row[1]) if row else (None, None)


LINES_SQL = f"""
    SELECT s.name, a.row, a.items
    FROM airings a JOIN stations s ON s.key_id = a.station
    WHERE {IN_SCOPE}
    ORDER BY s.commune, s.name, a.station, a.started_at, a.seq
"""


def airing_lines(
    conn: psycopg.Connection,
    period: Period,
    now: datetime,
    campaign: str | None = None,
    group: str | None = None,
) -> Iterator[tuple[Any, ...]]:
    """The airing table of every commune (of `group`), numbered, with the columns and cells of
    a station's own `log export` (broadcaster.airing_lines), commune after commune, each in
    the order it aired, up to `now` (`NOT_AHEAD`); only `campaign`'s announcements when given.
    Streamed from a server cursor: a province's month does not sit in memory."""
    if group:
        known_group(conn, group, revoked=True)
    start, end = period_bounds(period)
    return _lines(conn, {"start": start, "end": end, "group": group, "now": now}, campaign)


def _lines(
    conn: psycopg.Connection, params: dict[str, Any], campaign: str | None
) -> Iterator[tuple[Any, ...]]:
    number = 0
    with conn.transaction(), conn.cursor(name="airing_lines") as cursor:
        cursor.itersize = 2000
        for name, row, items in cursor.execute(LINES_SQL, params):
            listed = [i for i in items if isinstance(i, dict)] if isinstance(items, list) else []
            # a cut airing's items played in order (airing_lines.seconds_aired)
            lengths = table.placed(i.get("duration_s") for i in listed)
            for item, (before, total) in zip(listed, lengths, strict=True):
                if campaign in (None, item.get("campaign")):
                    number += 1
                    placed = item | {"before_s": before, "items_s": total}
                    yield (number, *table.line(name, row, placed, OFFICE_ZONE))


LINE_FORMATS = ("csv", "xlsx")


def export_lines(lines: Iterator[tuple[Any, ...]], fmt: str, out: Path, label: str) -> int:
    """Write the airing table as the stations write theirs; returns the number of lines."""
    if fmt not in LINE_FORMATS:
        raise OfficeError(_("unknown report format '{fmt}'").format(fmt=fmt))
    count = 0

    def write(tmp: Path) -> None:
        nonlocal count
        if fmt == "csv":
            count = write_lines_csv(lines, tmp)
            return
        book, f = xlsx_book(tmp)
        count = airing_sheet(book, f, OFFICE_LETTERHEAD.issuer,
                             f"Nhật ký phát của các xã — {label}", lines)  # fmt: skip
        save_xlsx(book)

    write_atomic(out, write)
    return count


# ----- rendering ----------
def _text(value: Any) -> Any:
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    return NEVER if value is None else value


def write_csv(report: FleetReport, path: Path) -> None:
    """The per-commune table (a CSV holds one table)."""
    with path.open("w", newline="", encoding="utf-8-sig") as f:
        writer = csv.writer(f)
        writer.writerow(COMMUNE_HEADINGS)
        for n, line in enumerate(report.communes, start=1):
            writer.writerow([n, *(spreadsheet_safe(_text(v)) for v in line.cells())])


OFFICE_LETTERHEAD = Letterhead(
    parent="",
    issuer="Cơ quan quản lý hệ thống truyền thanh cơ sở",
    place="",
    code="BC",
    signer="THỦ TRƯỞNG CƠ QUAN",
    recipients=("Lãnh đạo cơ quan (để báo cáo)", "Lưu: VT"),
)
"""The office's heading until it names itself (office report --issuer, --parent, --place)."""
DATE_WIDTH = 17
"""A date and time (30/11/2026 07:33) with room to spare: narrower, a spreadsheet prints ###."""
WIDEST = 60
"""A column's width at most; longer text (the notices a commune aired) wraps."""
LINE_HEIGHT = 15
"""Points per line of an 11-point cell."""


def _width(value: Any) -> int:
    if isinstance(value, datetime):
        return DATE_WIDTH
    if isinstance(value, float):
        return len(f"{value:,.1f}")
    return len(str(_text(value)))


def column_widths(headings: Sequence[str], rows: Iterable[Sequence[Any]]) -> list[int]:
    """Widths that show every cell whole when printed: its longest content (a heading wraps
    at spaces into at most three lines, the heading row's height), at least a narrow
    number's, at most WIDEST (the cell wraps)."""
    widths = [max(*(len(w) for w in h.split()), math.ceil(len(h) / 3)) for h in headings]
    for row in rows:
        for n, value in enumerate(row):
            widths[n] = max(widths[n], _width(value))
    return [min(WIDEST, max(5, w + 2)) for w in widths]


def write_xlsx(report: FleetReport, path: Path, letterhead: Letterhead = OFFICE_LETTERHEAD) -> None:
    """Three sheets with typed cells, each headed by the office as the PDF is and set up to
    print like the commune report's: per commune, notices aired, silent communes. Columns
    are as wide as what they hold, so a printed date is never ###."""
    book, f = xlsx_book(path)
    font = {"font_name": "Times New Roman", "font_size": 11}
    moment = book.add_format({**font, "num_format": "dd/mm/yyyy hh:mm"})
    wrapped = book.add_format({**font, "text_wrap": True, "valign": "top"})
    sheets = (
        (COMMUNES_SHEET, COMMUNE_HEADINGS, report.communes),
        (VERSIONS_SHEET, VERSION_HEADINGS, report.versions),
        (SILENT_SHEET, SILENT_HEADINGS, report.silent),
        *(
            ((UNAIRED_SHEET, UNAIRED_HEADINGS, report.unaired),)
            if report.unaired is not None
            else ()
        ),
    )
    heading = [line.upper() for line in (letterhead.parent, letterhead.issuer) if line]
    top = len(heading) + 2
    down = office_down_note(report)
    where = f"cột “{MISSED_HEADING}”"
    notes = {COMMUNES_SHEET: notes_on_counts(report, where), SILENT_SHEET: [down] if down else []}
    for name, headings, lines in sheets:
        rows = [(n, *line.cells()) for n, line in enumerate(lines, start=1)]
        sheet = book.add_worksheet(name)
        for r, text in enumerate(heading):
            sheet.write_string(r, 0, text, f.bold)
        sheet.write_string(top - 2, 0, f"{name} — {report.label}", f.title)
        if said := " ".join(notes.get(name, [])):  # above the table: its rows stay data only
            sheet.write_string(top - 1, 0, said)  # (rows are written in order: constant memory)
        sheet.set_row(top, HEADING_ROW_HEIGHT)
        sheet.write_row(top, 0, headings, f.heading)
        print_setup(sheet, top, f"{name} — {report.label}")
        for column, width in enumerate(column_widths(headings, rows)):
            sheet.set_column(column, column, width)
        for r, row in enumerate(rows, start=top + 1):
            tall = max((math.ceil(len(v) / (WIDEST - 2)) for v in row if isinstance(v, str)),
                       default=1)  # fmt: skip
            if tall > 1:  # a wrapped cell: the row grows (a spreadsheet would not)
                sheet.set_row(r, LINE_HEIGHT * tall)
            for c, value in enumerate(row):
                if isinstance(value, datetime):
                    sheet.write_datetime(r, c, value.replace(tzinfo=None), moment)
                elif value is None:
                    sheet.write_string(r, c, NEVER)
                elif isinstance(value, float):
                    sheet.write_number(r, c, value, f.decimal)
                elif isinstance(value, int):
                    sheet.write_number(r, c, value, f.number)
                else:
                    sheet.write_string(r, c, value, wrapped if len(value) > WIDEST else None)
    save_xlsx(book)


PDF_COMMUNE_COLUMNS = (
    Column("STT", "right", 0), Column("Xã/phường", grow=2), Column("Đài truyền thanh", grow=2),
    Column("Nhóm", grow=1), *(Column(h, "right", 0) for h in COMMUNE_HEADINGS[4:15]),
    Column("Liên lạc lần cuối", "center", 0), Column("Nhật ký toàn vẹn", grow=3),
)  # fmt: skip
"""The commune table without the notices aired: section II lists them, one per line."""
PDF_VERSION_COLUMNS = (
    Column("STT", "right", 0), Column("Xã/phường", grow=1), Column("Chiến dịch", grow=2),
    Column("Thông báo", grow=3), Column("Phiên bản", "right", 0),
    Column("Số lượt phát", "right", 0), Column("Lần đầu", "center", 0),
    Column("Lần cuối", "center", 0),
)  # fmt: skip
PDF_UNAIRED_COLUMNS = (
    Column("STT", "right", 0), Column("Chiến dịch", grow=2), Column("Thông báo", grow=3),
    Column("Dành cho (số xã)", "right", 0), Column("Chưa phát ở", grow=3),
)  # fmt: skip
PDF_SILENT_COLUMNS = (
    Column("STT", "right", 0), Column("Xã/phường", grow=2), Column("Đài truyền thanh", grow=2),
    Column("Liên lạc lần cuối", "center", 0), Column("Số giờ im lặng", "right", 0),
)  # fmt: skip


def _pdf_text(value: Any, decimals: int = 0) -> str:
    if isinstance(value, datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, int | float) and not isinstance(value, bool):
        return vn_number(value, decimals if isinstance(value, float) else 0)
    return NEVER if value is None else str(value)


def _section(
    doc: Document,
    heading: str,
    columns: tuple[Column, ...],
    cells: list[tuple[Any, ...]],
    keep_with_end: float,
) -> None:
    """A heading and its table (numbered rows), the heading kept with the table's first
    rows; nothing under a heading that has no rows."""
    from reportlab.lib.units import mm

    rows = [[str(n), *(_pdf_text(v, 1) for v in line)] for n, line in enumerate(cells, 1)]
    samples = list(zip(*rows, strict=True))
    layout = fit_columns(columns, samples, doc.width, rows[:300]) if rows else None
    kept = layout.opening(rows, keep_with_end) if layout else keep_with_end
    doc.paragraph(heading, BOLD, TEXT_SIZE, before=4 * mm, keep_with=kept)
    if layout:
        doc.y -= TABLE_GAP
        doc.table(layout, rows, keep_with_end=keep_with_end)


MERGED_LINES = "{commune} có {n} đài truyền thanh (sáp nhập), mỗi đài một dòng: {stations}."
"""Under section I for a commune merged from several, each keeping its loudspeakers: its
lines are one commune's, not several communes'."""
SLOTS_COUNTED = (
    "Kế hoạch, Đã phát và Bỏ lỡ đếm các lượt phát theo khung giờ: một khung giờ đã phát nhưng "
    "bỏ qua một thông báo vẫn được tính là Đã phát. Thông báo nào xã chưa phát, và vì sao: xem "
    "mục III."
)
"""Under section I when section III names notices not aired: a commune at 100 % there may
still not have aired one of them."""
MISSED_COUNTED = (
    "Bỏ lỡ là khung giờ không phát, vì lý do đài của xã đã ghi: đài tắt (mất điện, tắt máy) "
    "hoặc bận quá thời gian cho phép trễ; mọi thông báo của khung giờ đang chờ lãnh đạo xã duyệt "
    "phiên bản mới; hoặc đài không phát được thông báo (hết hạn, bị dừng…). Từng xã, khung giờ "
    "và lý do: {where}."
)
"""Under section I when a commune missed slots (o21web9 Y4: the note gave one cause, the
approval, for an outage's slots): what Bỏ lỡ counts, and where each commune's are said."""
AHEAD_NOTE = (
    "đồng hồ của đài từng chạy nhanh: {n} lượt ghi đề giờ từ {first} trở đi chưa được tính cho "
    "đến khi tới giờ đó"
)
"""A commune's rows dated after the office's now (`CommuneLine.ahead`), in the month page's
words (its catalog's Vietnamese) with the time written out, as a report fixed on paper says."""
EMERGENCIES_APART = (
    "Số phút đã phát, Tỷ lệ phát và Thông báo đã phát chỉ tính các lượt phát theo khung giờ, "
    "như báo cáo của xã; tin khẩn cấp không tính vào các cột này mà được đếm riêng ở cột Tin "
    "khẩn cấp đã phát (các xã đã phát tin khẩn cấp tổng cộng {airtime}) và liệt kê ở mục II."
)
"""Under section I when communes aired emergencies (o19web7 W7: "Số phút đã phát 0,0" beside
3 emergencies aired read as wrong): the columns the slots count, and the emergencies' own
minutes."""
OFFICE_DOWN_NOTE = (
    "Máy chủ văn phòng (office serve) không chạy từ lúc {time}: từ lúc đó văn phòng không thu "
    "được nhật ký của xã nào, nên một xã liên lạc lần cuối sau {since} có thể bị tính là không "
    "liên lạc vì máy chủ văn phòng chứ không phải vì xã. Hãy gọi kỹ thuật viên chạy lại máy chủ "
    "văn phòng rồi lập lại báo cáo."
)
"""Above the silent communes while `office serve` does not run: a day after it stopped every
commune reads as silent, with no word of the cause."""


def office_down_note(report: FleetReport) -> str | None:
    """OFFICE_DOWN_NOTE for the report, None while `office serve` runs."""
    if report.office_down is None:
        return None
    return OFFICE_DOWN_NOTE.format(
        time=f"{_local(report.office_down):%H:%M ngày %d/%m/%Y}",
        since=f"{_local(report.office_down - SILENT_AFTER):%H:%M ngày %d/%m/%Y}",
    )


def notes_on_counts(report: FleetReport, where: str) -> list[str]:
    """What section I's lines and columns count, under it: a commune kept on two stations
    (a line each), slots, the slots missed (each commune's are `where`), emergencies apart,
    and the rows of a commune whose clock ran ahead that are not counted yet (as the month
    page says: w28void 2)."""
    notes = [*report.merged_said, *([SLOTS_COUNTED] if report.unaired else [])]
    if any(line.missed for line in report.communes):
        notes.append(MISSED_COUNTED.format(where=where))
    if seconds := report.emergency_seconds:  # under six seconds a minute reads as 0,0
        said = f"{vn_number(seconds / 60, 1)} phút" if seconds >= 6 else f"{round(seconds)} giây"
        notes.append(EMERGENCIES_APART.format(airtime=said))
    notes.extend(f"{line.commune}: {line.ahead_said}." for line in report.communes
                 if line.ahead)  # fmt: skip
    if unheard := unheard_note(report):
        notes.append(unheard)
    return notes


UNHEARD_NOTE = (
    f"Cột “{UNHEARD_HEADING}” đếm lượt phát mà đài của xã chỉ ghi ra tệp (máy của đài không nối "
    "loa, hoặc đài được cài ghi ra tệp hay chạy thử), loa không phát: {communes}; không tính vào "
    "“Đã phát”, “Số phút đã phát” và “Tỷ lệ phát”, như báo cáo của xã."
)
"""Under section I when a commune's station played slots out only into a file (w28commune
2: the commune's report counts them so; the office counted them aired)."""
EMERGENCIES_UNHEARD = (
    "Cũng vậy, {n} tin khẩn cấp đài chỉ ghi ra tệp hoặc phát thử, loa không phát ({communes}): "
    "không tính vào cột Tin khẩn cấp đã phát."
)


def unheard_note(report: FleetReport) -> str:
    """UNHEARD_NOTE, with each commune's count, and EMERGENCIES_UNHEARD (empty: none)."""
    lines = [(line.commune, line.totals.counts[UNHEARD]) for line in report.communes]
    said = ", ".join(f"{commune} {n} lượt" for commune, n in lines if n)
    notes = [UNHEARD_NOTE.format(communes=said)] if said else []
    if found := report.emergencies_unheard:
        communes = ", ".join(sorted({commune for commune, _emergency in found}))
        notes.append(EMERGENCIES_UNHEARD.format(n=len(found), communes=communes))
    return " ".join(notes)


def write_pdf(report: FleetReport, path: Path, letterhead: Letterhead = OFFICE_LETTERHEAD) -> None:
    """Per commune what was planned and aired and the emergencies apart; the notices each
    aired, by campaign and title, one per line (never cut); the silent communes; headed and
    signed like the commune report, written page by page."""
    from reportlab.lib.units import mm

    label = report.label
    subject = f"Tổng hợp kết quả phát thanh của các xã {label[0].lower()}{label[1:]}"
    made_on = report.generated_at.astimezone(OFFICE_ZONE).date()
    doc = Document(path, letterhead, "Báo cáo", subject, made_on)
    made = f"Lập lúc {report.generated_at.astimezone(OFFICE_ZONE):%H:%M ngày %d/%m/%Y}."
    after = 2 * TEXT_SIZE * 1.2 + 12 * mm + doc.signature_height()
    unaired = report.unaired
    silent_number = "III" if unaired is None else "IV"
    silent_heading = (
        f"{silent_number}. CÁC ĐÀI KHÔNG LIÊN LẠC QUÁ {SILENT_AFTER.days * 24} GIỜ: "
        f"{len(report.silent)}"
    )
    _section(doc, "I. KẾT QUẢ PHÁT THANH THEO XÃ", PDF_COMMUNE_COLUMNS,
             [line.cells(whole=False) for line in report.communes], 0)  # fmt: skip
    for note in notes_on_counts(
        report, "ngay dưới đây"
    ):  # §III says which notice a slot left out (o14web2 C2)
        doc.paragraph(note, size=11, before=2 * mm)
    for line in report.communes:  # why each missed its slots, as its station logged it
        if line.missed:
            doc.paragraph(f"{line.commune}: {line.missed_said}.", size=11, before=1 * mm)
        if line.cut_off:  # why it aired late or less: cut off from the office (Z1)
            doc.paragraph(f"{line.commune}: {line.cut_off_said}.", size=11, before=1 * mm)
    for said in report.office_outages:  # the office's own, once (o23web11 V1)
        doc.paragraph(f"{said}.", size=11, before=1 * mm)
    aired = "II. THÔNG BÁO ĐÃ PHÁT THEO XÃ" + ("" if report.versions else ": không có")
    _section(doc, aired, PDF_VERSION_COLUMNS,
             [line.cells(with_id=False) for line in report.versions],
             0 if report.silent or unaired else after)  # fmt: skip
    if unaired is not None:
        heading = "III. THÔNG BÁO CÓ XÃ CHƯA PHÁT" + ("" if unaired else ": không có")
        _section(doc, heading, PDF_UNAIRED_COLUMNS, [line.cells() for line in unaired],
                 0 if report.silent else after)  # fmt: skip
    down = office_down_note(report)
    _section(doc, silent_heading, PDF_SILENT_COLUMNS, [line.cells() for line in report.silent],
             0 if down else after)  # fmt: skip
    if down:
        doc.paragraph(down, size=11, before=2 * mm, keep_with=after)
    doc.paragraph(made, size=11, before=2 * mm)
    doc.signature()
    doc.close()


def export(
    report: FleetReport, fmt: str, out: Path, letterhead: Letterhead = OFFICE_LETTERHEAD
) -> None:
    if fmt not in FORMATS:
        raise OfficeError(_("unknown report format '{fmt}'").format(fmt=fmt))
    writers: dict[str, Callable[[FleetReport, Path], None]] = {
        "csv": write_csv,
        "xlsx": partial(write_xlsx, letterhead=letterhead),
        "pdf": partial(write_pdf, letterhead=letterhead),
    }
    write_atomic(out, lambda tmp: writers[fmt](report, tmp))
