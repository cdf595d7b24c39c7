"""Whether the station's own clock can be believed (o23lan12 M1–M3, M5).

An old commune PC's clock is often wrong: a dead BIOS battery boots it years back, a person
sets it a year ahead, NTP corrects it by minutes mid-day. The station weighs what it says
against what it knows: its own last sign of life (the recovery cursor and the newest airing
it opened) and the office's time, read from the Date of the office's answers. A jump far past
the last sign of life is a real outage only once something confirms it: the office's time
agreeing with the clock, or a person on the console. Until then the station holds that gap
(no airing of it is logged missed, none is pushed) and says why, with what to do.

A clock behind the last sign of life by more than a set-back (a dead BIOS battery booting the
PC in 2020: w25clock F1) holds the slots too: none airs or is logged under a date that is not
today's, and a slot or notice typed meanwhile is refused. What does air (an emergency, “Phát
ngay”) is logged at an estimate that is never later than the truth (`log_time`). Set right,
the held time's slots get their one row each from the recovery, as after any outage.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from email.utils import parsedate_to_datetime

from common.i18n import _, ngettext
from common.localtime import duration_text

from .clock import utc_iso
from .station import Station, StationError
from .store import STANDS, VOIDABLE

WATERMARK = "settled_until"
"""Meta key: every planned airing before this instant has its row (the recovery cursor)."""
OFFICE_TIME = "office_time"
"""Meta key: the office's time as its last answer gave it, and this clock's at that moment."""
CLOCK_CONFIRMED = "clock_confirmed"
"""Meta key: when (by this clock) a person confirmed that the clock is right."""
CONFIRMED_BY = "clock_confirmed_by"
"""Meta key: who confirmed the clock (the person), the hold they confirmed, and when."""
SHOWN_FRESH = timedelta(hours=1)
"""A page showing the held clock is this old at most when "The clock is right" is pressed."""
HELD_FROM = "clock_held_from"
"""Meta key: the last sign of life when the hold began; the hold's anchor until a confirmation
or the clock coming back ends it (rows the held clock writes must not move it)."""
HELD_SEEN = "clock_held_seen"
"""Meta key: what the clock said as the hold began. A clock held behind still ticks at the right
rate, so what it has counted since then dates what the station logs meanwhile (`log_time`)."""
HOLD_GAP = timedelta(days=20)
"""A jump this far past the last sign of life waits for confirmation: more than a Tết
holiday's outage (about ten days), less than a month typed wrong (28 days and more)."""
OUT_OF_LINE = timedelta(minutes=5)
"""The office's time and the station's may differ this much (a sync's round trip, a PC clock
drifting) before the station says its clock is wrong."""
SET_BACK = timedelta(days=1)
"""A clock behind the last sign of life by at most this was set back (`ClockFault.set_back`):
a PC that ran fast put right, which airs on. Further behind, the clock is what is wrong (a
dead BIOS battery, a year typed wrong) and the station holds (`ClockFault.behind`)."""
OFFICE_FRESH = timedelta(days=1)
"""An office time read longer ago than this (by this clock) says nothing about the clock now."""


@dataclass(frozen=True)
class ClockFault:
    """The station's clock is out of line with what the station knows."""

    now: datetime
    """What the clock says."""
    office: datetime | None
    """The office's time now, as its last answer puts it, when it differs from the clock
    (None: no recent answer)."""
    last_life: datetime | None
    """The station's last sign of life before now (None: none)."""
    hold: bool
    """No slot airs and nothing of the gap from `last_life` to `now` is logged (a clock far
    ahead, not confirmed) or nothing at all is (a clock `behind`)."""

    @property
    def behind(self) -> bool:
        """The clock is behind the last sign of life by more than a set-back: it is wrong
        now, or it ran ahead before (only a person can tell: `confirmable`)."""
        return self.last_life is not None and self.last_life - self.now > SET_BACK

    @property
    def confirmable(self) -> bool:
        """“Đồng hồ đúng” may end this hold: no office's time says otherwise, and a clock
        behind is behind by at most HOLD_GAP. A sign of life further ahead was not written by
        a clock that ran ahead unnoticed (one that far ahead is held itself), so the clock now
        is the one that is wrong, and her pressing would log its slots under a wrong date
        and leave the real days' airings without their row (every planned airing ends with
        exactly one logged outcome)."""
        return (
            self.hold and self.last_life is not None and self.office is None
            and self.last_life - self.now <= HOLD_GAP
        )  # fmt: skip

    @property
    def held_form(self) -> dict[str, str] | None:
        """What the “Đồng hồ đúng” form carries while the station is held: the hold's start
        and the clock the page shows (`confirm` refuses a press for another hold)."""
        if not self.confirmable or self.last_life is None:
            return None
        return {"held_from": utc_iso(self.last_life), "shown": utc_iso(self.now)}

    @property
    def kind(self) -> str:
        """held behind | held | office | set back: a change of kind is news, the clock
        ticking on is not."""
        if self.hold:
            return "held behind" if self.behind else "held"
        return "office" if self.office is not None else "set back"

    @property
    def set_back(self) -> bool:
        """The clock went back less than a day (NTP or a person correcting a PC that ran
        fast): it is likely right now, and the station airs on; nothing asks her."""
        return (
            self.office is None and self.last_life is not None
            and timedelta(0) < self.last_life - self.now <= SET_BACK
        )  # fmt: skip

    def text(self, zone: tzinfo) -> str:
        """One sentence she can act on: what the clock says, what it should be near, what
        to do."""
        now = f"{self.now.astimezone(zone):%d/%m/%Y %H:%M}"
        if self.set_back and self.last_life is not None:
            return _("{went_back}; nothing to do.").format(went_back=went_back(
                self.last_life, self.now, zone))  # fmt: skip
        if self.office is not None:
            said = _("The computer's clock shows {now}, but the office's time is {office}")
            said = said.format(now=now, office=f"{self.office.astimezone(zone):%d/%m/%Y %H:%M}")
        elif self.last_life is not None and self.now < self.last_life:
            said = _("The computer's clock shows {now}, earlier than the station's last airing "
                     "or check ({last}): it went back {gap}").format(
                now=now, last=f"{self.last_life.astimezone(zone):%d/%m/%Y %H:%M}",
                gap=_gap_text(self.last_life - self.now))  # fmt: skip
        else:
            last = self.last_life or self.now
            said = _("The computer's clock shows {now}, {gap} after the station's last sign of "
                     "life ({last}), and the office has not confirmed that time").format(
                now=now, gap=_gap_text(self.now - last),
                last=f"{last.astimezone(zone):%d/%m/%Y %H:%M}")  # fmt: skip
        return f"{said}: {self._todo(zone)}."

    def _todo(self, zone: tzinfo) -> str:
        """What the station does meanwhile, and what she does."""
        if not self.hold:
            return _("set the computer's date and time right (or call the technician): the "
                     "slots air by this clock")  # fmt: skip
        if self.behind and self.confirmable and self.last_life is not None:
            return _("no slot airs and nothing is logged under this date until then: set the "
                     "computer's clock right; if it is right already (compare it with your "
                     "phone: the clock ran ahead before), press “The clock is right” on Trang "
                     "chủ, and the airings logged up to {last} do not air again").format(
                last=f"{self.last_life.astimezone(zone):%d/%m/%Y %H:%M}")  # fmt: skip
        if self.behind:
            return _("no slot airs and nothing is logged under this date until then: set the "
                     "computer's clock right (or call the technician); the slots of the time "
                     "it was wrong are then logged as missed, and only an emergency airs "
                     "meanwhile")  # fmt: skip
        if not self.confirmable:  # the office's time says the clock is wrong: no button
            return _(
                "the station airs no slot and logs nothing as missed for that gap until "
                "then: set the computer's clock right (or call the technician)"
            )
        return _(
            "the station airs no slot and logs nothing as missed for that gap until "
            "then: set the computer's date and time right, or, if the station really "
            "was off that long, press “The clock is right” on Trang chủ"
        )


def went_back(then: datetime, now: datetime, zone: tzinfo) -> str:
    """The clock went back from `then` to `now`, as the daemon and Để biết say it."""
    return _("The computer's clock went back {gap} (from {then:%H:%M} to {now:%H:%M}): the "
             "slots in between air at their time").format(
        gap=duration_text((then - now).total_seconds()), then=then.astimezone(zone),
        now=now.astimezone(zone))  # fmt: skip


def _gap_text(gap: timedelta) -> str:
    if gap >= timedelta(days=2):
        return _("{days} days").format(days=round(gap / timedelta(days=1)))
    return duration_text(gap.total_seconds())


def _meta(station: Station, key: str) -> str | None:
    return _metas(station, key).get(key)


def _metas(station: Station, *keys: str) -> dict[str, str]:
    """The meta values of `keys` that are set, in one statement (Trang chủ reads the clock's
    state on every request: its statements are counted)."""
    marks = ", ".join("?" * len(keys))
    rows = station.db.execute(f"SELECT key, value FROM meta WHERE key IN ({marks})", keys)
    return {str(key): str(value) for key, value in rows if value}


def last_life(station: Station, meta: Mapping[str, str]) -> datetime | None:
    """The station's last sign of life: the latest of the recovery cursor and the newest slot
    airing it opened (both written by this station's clock, whatever it said then) and the
    office's time at its last answer (`meta`: the cursor and the office's time). Not an
    emergency or a "Phát ngay": those air while the station is held, and would end the hold
    they were aired under (review23b must 1)."""
    (opened,) = station.db.execute(
        "SELECT MAX(started_at) FROM airings WHERE slot IS NOT NULL"
    ).fetchone()
    office = json.loads(meta[OFFICE_TIME])["office"] if OFFICE_TIME in meta else None
    found = [datetime.fromisoformat(v) for v in (meta.get(WATERMARK), opened, office) if v]
    return max(found) if found else None


def office_date(source: str, sent: str | None) -> datetime | None:
    """The office's time from the Date of an answer to the office's own list, or None. Only
    over https: over http any middlebox (a captive portal, a proxy, an attacker) could send a
    Date equal to a wrong clock and lift the hold (review23b should 3). A Date in "-0000"
    (no zone said) is UTC, as HTTP dates are; one that does not parse is no time."""
    if not sent or not source.lower().startswith("https://"):
        return None
    try:
        office = parsedate_to_datetime(sent)
    except (TypeError, ValueError):
        return None
    return office if office.tzinfo else office.replace(tzinfo=UTC)


def note_office_time(station: Station, office: datetime) -> None:
    """Keep the office's time from one of its answers beside this clock's."""
    value = json.dumps({"office": utc_iso(office), "here": utc_iso(station.clock())})
    with station.db.conn:
        station.db.table("meta").insert({"key": OFFICE_TIME, "value": value}, pk="key",
                                        replace=True)  # fmt: skip


def confirm(station: Station, held_from: str, shown: str, person: str) -> str:
    """A person says the clock her page showed (`shown`, the hold from `held_from`) is right:
    the gap was a real outage, or the clock ran ahead before and is right now. Refused when
    nothing is held, when the hold or the clock is not the one she saw (a stale tab, a
    replayed form: review23b should 4), or when the hold is not hers to end
    (`ClockFault.confirmable`); who pressed it is kept, for Để biết. Returns what happens
    now, for her page."""
    fault = clock_fault(station)
    if fault is None or not fault.hold or fault.last_life is None:
        raise StationError(_("The station is not waiting for anyone to confirm its clock: "
                             "nothing was changed."))  # fmt: skip
    zone = station.config.zone
    if fault.office is not None:
        raise StationError(_("The office's time is {office}: the computer's clock is wrong, so "
                             "“The clock is right” was not taken; set the computer's clock "
                             "right.").format(
            office=f"{fault.office.astimezone(zone):%d/%m/%Y %H:%M}"))  # fmt: skip
    if not fault.confirmable:
        raise StationError(_("The computer's clock is {gap} behind the station's last airing or "
                             "check ({last}): that far back it is wrong, so “The clock is "
                             "right” was not taken; set the computer's clock right.").format(
            gap=_gap_text(fault.last_life - fault.now),
            last=f"{fault.last_life.astimezone(zone):%d/%m/%Y %H:%M}"))  # fmt: skip
    try:
        seen = datetime.fromisoformat(shown)
    except ValueError:
        seen = None
    if (
        held_from != utc_iso(fault.last_life)
        or seen is None
        or seen.tzinfo is None
        or not (timedelta(0) <= fault.now - seen <= SHOWN_FRESH)
    ):
        raise StationError(_("The clock's line has changed since your page showed it: open "
                             "Trang chủ again and compare its date and time with your phone "
                             "before pressing “The clock is right”."))  # fmt: skip
    said = {"person": person, "from": held_from, "at": utc_iso(fault.now), "behind": fault.behind}
    with station.db.conn:
        meta = station.db.table("meta")
        meta.insert({"key": CLOCK_CONFIRMED, "value": said["at"]}, pk="key", replace=True)
        meta.insert({"key": CONFIRMED_BY, "value": json.dumps(said, ensure_ascii=False)},
                    pk="key", replace=True)  # fmt: skip
        voided = _void_ahead(station, fault.now, person) if fault.behind else []
    if fault.behind:
        noted = _("Noted: the clock is right. The schedule airs again by it; the airings logged "
                  "up to {last} do not air again.").format(
            last=f"{fault.last_life.astimezone(zone):%d/%m/%Y %H:%M}")  # fmt: skip
        return " ".join([noted, *voided])
    return _("Noted: the clock is right. The slots of the time the station was off are logged "
             "as missed, and the schedule airs again.")  # fmt: skip


def _void_ahead(station: Station, now: datetime, person: str) -> list[str]:
    """Void the rows of no sound (`VOIDABLE`: missed, failed) a clock run ahead wrote for
    slots still to come (inside the confirmation's transaction): they stand for no airing,
    which has not happened yet, so each airs at its time. The rows stay as they were sealed
    (and sent); a `voided` row of each says so in the chain (`airing_log.void`). Returns what
    she is told of them."""
    from .airing_log import void

    statuses = ", ".join(f"'{status}'" for status in VOIDABLE)
    ahead = station.db.execute(
        f"SELECT seq, scheduled_at FROM airings WHERE slot IS NOT NULL AND status IN ({statuses}) "
        f"AND scheduled_at > ? AND {STANDS} ORDER BY scheduled_at", [utc_iso(now)]
    ).fetchall()  # fmt: skip
    if not ahead:
        return []
    void(station, [seq for seq, _at in ahead], now, person)
    count, since = len(ahead), datetime.fromisoformat(ahead[0][1]).astimezone(station.config.zone)
    return [ngettext(
        "{n} slot from {first} on was logged as not aired while the clock ran ahead: that row "
        "no longer counts, and the slot airs at its time.",
        "{n} slots from {first} on were logged as not aired while the clock ran ahead: those "
        "rows no longer count, and the slots air at their time.", count,
    ).format(n=count, first=f"{since:%d/%m/%Y %H:%M}")]  # fmt: skip


def accept_gap(station: Station) -> None:
    """Recovery logs a gap longer than HOLD_GAP that nothing held: mark it accepted, so the
    cursor it writes half-way (weeks behind the clock) does not hold the rest of it."""
    with station.db.conn:
        station.db.table("meta").insert({"key": CLOCK_CONFIRMED,
                                         "value": utc_iso(station.clock())},
                                        pk="key", replace=True)  # fmt: skip


def confirmed_text(station: Station, zone: tzinfo, within: timedelta) -> str | None:
    """Who confirmed the clock, when, and what it made of the gap, for `within` after."""
    kept = _meta(station, CONFIRMED_BY)
    if kept is None:
        return None
    said = json.loads(kept)
    at, since = (datetime.fromisoformat(said[key]).astimezone(zone) for key in ("at", "from"))
    if not timedelta(0) <= station.clock() - at <= within:
        return None
    if said.get("behind"):
        text = _(
            "{person} confirmed at {at} that the computer's clock was right: it had run "
            "ahead before, and the airings logged up to {since} do not air again."
        )
    else:
        text = _(
            "{person} confirmed at {at} that the computer's clock was right: the station "
            "was off from {since}, and its slots of that time are logged as missed."
        )
    return text.format(person=said["person"], at=f"{at:%H:%M %d/%m/%Y}",
                       since=f"{since:%H:%M %d/%m/%Y}")  # fmt: skip


def office_now(meta: Mapping[str, str], now: datetime) -> datetime | None:
    """The office's time now, from its last answer (in `meta`) read within OFFICE_FRESH by
    this clock."""
    if OFFICE_TIME not in meta:
        return None
    reading = json.loads(meta[OFFICE_TIME])
    here = datetime.fromisoformat(reading["here"])
    if abs(now - here) > OFFICE_FRESH:
        return None
    return now + (datetime.fromisoformat(reading["office"]) - here)


def _keep_hold(station: Station, anchor: datetime | None, now: datetime) -> None:
    """Store the hold's anchor and the clock as it begins (only the first writer's), or clear
    them as it ends."""
    with station.db.conn:
        if anchor is None:
            station.db.execute("DELETE FROM meta WHERE key IN (?, ?)", [HELD_FROM, HELD_SEEN])
        else:
            began = [(HELD_FROM, utc_iso(anchor)), (HELD_SEEN, utc_iso(now))]
            insert = "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)"
            station.db.conn.executemany(insert, began)


@dataclass(frozen=True)
class _Weighed:
    now: datetime
    fault: ClockFault | None
    anchor: datetime | None
    """The hold's anchor, None when nothing is held."""
    meta: Mapping[str, str]


def _weigh(station: Station) -> _Weighed:
    """The clock weighed against what the station knows, writing nothing (a row's time is
    weighed inside the transaction that writes it)."""
    now = station.clock()
    meta = _metas(station, HELD_FROM, HELD_SEEN, WATERMARK, OFFICE_TIME, CLOCK_CONFIRMED,
                  CONFIRMED_BY)  # fmt: skip
    held_from = meta.get(HELD_FROM)
    last = datetime.fromisoformat(held_from) if held_from else last_life(station, meta)
    office = office_now(meta, now)
    agreed = office is not None and abs(office - now) <= OUT_OF_LINE
    hold = (
        last is not None and not agreed
        and (_jumped_ahead(meta, last, now) or _went_behind(meta, last, now))
    )  # fmt: skip
    if hold or (office is not None and not agreed):
        return _Weighed(now, ClockFault(now, office, last, hold), last if hold else None, meta)
    if last is not None and OUT_OF_LINE < last - now <= SET_BACK and not agreed:
        return _Weighed(now, ClockFault(now, None, last, False), None, meta)
    return _Weighed(now, None, None, meta)


def _jumped_ahead(meta: Mapping[str, str], last: datetime, now: datetime) -> bool:
    """The clock is far past the last sign of life, and no one confirmed it since."""
    confirmed = datetime.fromisoformat(meta[CLOCK_CONFIRMED]) if CLOCK_CONFIRMED in meta else None
    return now - last > HOLD_GAP and not (
        confirmed is not None and confirmed >= last
        and now - confirmed <= HOLD_GAP  # later: a jump of its own
    )  # fmt: skip


def _went_behind(meta: Mapping[str, str], last: datetime, now: datetime) -> bool:
    """The clock is behind the last sign of life by more than a set-back, and no one confirmed
    it against that very sign (or the clock went back again below what she confirmed)."""
    said = json.loads(meta[CONFIRMED_BY]) if CONFIRMED_BY in meta else {}
    return last - now > SET_BACK and not (
        said.get("behind") and said["from"] == utc_iso(last)
        and datetime.fromisoformat(said["at"]) <= now
    )  # fmt: skip


def clock_fault(station: Station) -> ClockFault | None:
    """The station's clock, weighed against what it knows; None when nothing contradicts it."""
    weighed = _weigh(station)
    if (weighed.anchor is not None) != (HELD_FROM in weighed.meta):
        _keep_hold(station, weighed.anchor, weighed.now)
    return weighed.fault


def log_time(station: Station) -> tuple[datetime, datetime | None]:
    """When a row written now is dated, and the clock's reading if that is an estimate. While
    the clock is held (behind, or far ahead: w26commune 5, an emergency was logged a year on),
    the hold's anchor plus what the clock has counted since the hold began: never later than
    the truth (the real time was past the anchor then, and a clock set wrong still ticks at
    the right rate; one a reboot set back again counts nothing), and in the real month unless
    the outage crossed its end. Otherwise the clock."""
    weighed = _weigh(station)
    if weighed.anchor is None or weighed.fault is None:
        return weighed.now, None
    began = weighed.meta.get(HELD_SEEN)
    counted = weighed.now - datetime.fromisoformat(began) if began else timedelta(0)
    return weighed.anchor + max(counted, timedelta(0)), weighed.now


def refuse_while_behind(station: Station) -> None:
    """Refuse a slot or a notice while the clock is held behind: it would take its start
    ("from today", "tomorrow"), its creation or its removal from a date that is not today's,
    and plan (or stop planning) the real days wrongly."""
    fault = _weigh(station).fault
    if fault is None or not fault.hold or not fault.behind or fault.last_life is None:
        return
    zone = station.config.zone
    raise StationError(_("The computer's clock shows {now}, earlier than the station's last "
                         "airing or check ({last}): set the computer's clock right first; "
                         "nothing was saved.").format(
        now=f"{fault.now.astimezone(zone):%d/%m/%Y %H:%M}",
        last=f"{fault.last_life.astimezone(zone):%d/%m/%Y %H:%M}"))  # fmt: skip
