"""Whether the station's own clock can be believed (o23lan12 M1–M3, M5).

An old commune PC's clock is often wrong: a dead BIOS battery boots it years back, a person
sets it a year ahead, NTP corrects it by minutes mid-day. The station weighs what it says
against what it knows: its own last sign of life (the recovery cursor and the newest airing
it opened) and the office's time, read from the Date of the office's answers. A jump far past
the last sign of life is a real outage only once something confirms it: the office's time
agreeing with the clock, or a person on the console. Until then the station holds that gap
(no airing of it is logged missed, none is pushed) and says why, with what to do.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, tzinfo
from email.utils import parsedate_to_datetime

from common.i18n import _
from common.localtime import duration_text

from .clock import utc_iso
from .station import Station, StationError

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
HOLD_GAP = timedelta(days=20)
"""A jump this far past the last sign of life waits for confirmation: more than a Tết
holiday's outage (about ten days), less than a month typed wrong (28 days and more)."""
OUT_OF_LINE = timedelta(minutes=5)
"""The office's time and the station's may differ this much (a sync's round trip, a PC clock
drifting) before the station says its clock is wrong."""
SET_BACK = timedelta(days=1)
"""A clock behind the last sign of life by at most this was set back (`ClockFault.set_back`)."""
OFFICE_FRESH = timedelta(days=1)
"""An office time read longer ago than this (by this clock) says nothing about the clock now."""


@dataclass(frozen=True)
class ClockFault:
    """The station's clock is out of line with what the station knows."""

    now: datetime
    """What the clock says."""
    office: datetime | None
    """The office's time now, as its last answer puts it (None: no recent answer)."""
    last_life: datetime | None
    """The station's last sign of life before now (None: none)."""
    hold: bool
    """The gap from `last_life` to `now` waits: none of its airings is logged or aired."""

    @property
    def held_form(self) -> dict[str, str] | None:
        """What the “Đồng hồ đúng” form carries while the station is held: the hold's start
        and the clock the page shows (`confirm` refuses a press for another hold)."""
        if not self.hold or self.last_life is None:
            return None
        return {"held_from": utc_iso(self.last_life), "shown": utc_iso(self.now)}

    @property
    def kind(self) -> str:
        """held | office | behind | set back: a change of kind is news, the clock ticking on
        is not."""
        if self.hold:
            return "held"
        if self.office is not None:
            return "office"
        return "set back" if self.set_back else "behind"

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
        if self.hold:
            todo = _(
                "the station airs no slot and logs nothing as missed for that gap until "
                "then: set the computer's date and time right, or, if the station really "
                "was off that long, press “The clock is right” on Trang chủ"
            )
        elif self.office is None and self.last_life is not None and self.now < self.last_life:
            todo = _("set the computer's date and time right (or call the technician): the "
                     "slots air by this clock, except those already logged (aired or missed) "
                     "up to {last}: they do not air again").format(
                last=f"{self.last_life.astimezone(zone):%d/%m/%Y %H:%M}")  # fmt: skip
        else:
            todo = _(
                "set the computer's date and time right (or call the technician): the "
                "slots air by this clock"
            )
        return f"{said}: {todo}."


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
    row = station.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return str(row[0]) if row and row[0] else None


def last_life(station: Station) -> datetime | None:
    """The station's last sign of life: the later of the recovery cursor and the newest slot
    airing it opened (both written by this station's clock, whatever it said then). Not an
    emergency or a "Phát ngay": those air while the station is held, and would end the hold
    they were aired under (review23b must 1)."""
    cursor = _meta(station, WATERMARK)
    (opened,) = station.db.execute(
        "SELECT MAX(started_at) FROM airings WHERE slot IS NOT NULL"
    ).fetchone()
    found = [datetime.fromisoformat(v) for v in (cursor, opened) if v]
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


def confirm(station: Station, held_from: str, shown: str, person: str) -> None:
    """A person says the clock her page showed (`shown`, the hold from `held_from`) is right:
    the gap was a real outage. Refused when nothing is held, or when the hold or the clock is
    not the one she saw (a stale tab, a replayed form: review23b should 4); who pressed it is
    kept, for Để biết."""
    fault = clock_fault(station)
    if fault is None or not fault.hold or fault.last_life is None:
        raise StationError(_("The station is not waiting for anyone to confirm its clock: "
                             "nothing was changed."))  # fmt: skip
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
    said = {"person": person, "from": held_from, "at": utc_iso(fault.now)}
    with station.db.conn:
        meta = station.db.table("meta")
        meta.insert({"key": CLOCK_CONFIRMED, "value": said["at"]}, pk="key", replace=True)
        meta.insert({"key": CONFIRMED_BY, "value": json.dumps(said, ensure_ascii=False)},
                    pk="key", replace=True)  # fmt: skip


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
    text = _("{person} confirmed at {at} that the computer's clock was right: the station was "
             "off from {since}, and its slots of that time are logged as missed.")  # fmt: skip
    return text.format(person=said["person"], at=f"{at:%H:%M %d/%m/%Y}",
                       since=f"{since:%H:%M %d/%m/%Y}")  # fmt: skip


def office_now(station: Station, now: datetime) -> datetime | None:
    """The office's time now, from its last answer read within OFFICE_FRESH by this clock."""
    kept = _meta(station, OFFICE_TIME)
    if kept is None:
        return None
    reading = json.loads(kept)
    here = datetime.fromisoformat(reading["here"])
    if abs(now - here) > OFFICE_FRESH:
        return None
    return now + (datetime.fromisoformat(reading["office"]) - here)


def _keep_hold(station: Station, anchor: datetime | None) -> None:
    """Store the hold's anchor as it begins (only the first writer's), or clear it as it
    ends."""
    with station.db.conn:
        if anchor is None:
            station.db.execute("DELETE FROM meta WHERE key = ?", [HELD_FROM])
        else:
            station.db.execute("INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
                               [HELD_FROM, utc_iso(anchor)])  # fmt: skip


def clock_fault(station: Station) -> ClockFault | None:
    """The station's clock, weighed against what it knows; None when nothing contradicts it."""
    now = station.clock()
    held_from = _meta(station, HELD_FROM)
    last = datetime.fromisoformat(held_from) if held_from else last_life(station)
    office = office_now(station, now)
    confirmed_at = _meta(station, CLOCK_CONFIRMED)
    agreed = office is not None and abs(office - now) <= OUT_OF_LINE
    confirmed = agreed or (
        confirmed_at is not None and last is not None
        and datetime.fromisoformat(confirmed_at) >= last
        and now - datetime.fromisoformat(confirmed_at) <= HOLD_GAP  # later: a jump of its own
    )  # fmt: skip
    hold = last is not None and now - last > HOLD_GAP and not confirmed
    if hold != bool(held_from):
        _keep_hold(station, last if hold else None)
    if hold or (office is not None and not agreed):
        return ClockFault(now, office, last, hold)
    if last is not None and now < last - OUT_OF_LINE and not agreed:
        return ClockFault(now, None, last, False)
    return None
