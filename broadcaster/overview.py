"""The station at a glance, for the console's home page: what is on air, what airs next, what
waits for approval, and whether the daemon that airs the schedule is running at all."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from audio_out.sinks import CARD_FAULTS, FileSink, sink_kind, unheard_text
from common.i18n import N_, _, sentences, translations
from common.localtime import date_text, instant, local_text

from . import clock_check, health
from .airing_lines import brief, lateness, left_out, sound_fault_of, unheard
from .airing_log import UNAIRED, AiringStatus, Trigger
from .clock import utc_iso
from .layout import AIRING_LOCK, AIRINGS
from .station import Station
from .store import STANDS

if TYPE_CHECKING:
    from schedules.silence import WontAir

    from .schedule import Slotted

STALE_AFTER = timedelta(minutes=2)
"""A `started` row older than its program plus this was left by a crash, not on air."""


@dataclass(frozen=True)
class OnAir:
    seq: int
    titles: tuple[str, ...]
    slot: str | None
    trigger: str
    started_at: datetime
    planned_s: float | None
    sink: str = ""
    """Where it plays out, as its row records it."""

    @property
    def unheard(self) -> str:
        """Where it goes when no loudspeaker plays it (a file, the test sink), said under it
        on Trang chủ: "Đang phát" alone said the commune heard it (w31office); Nhật ký says
        the same of its row (`airing_lines.unheard`). Empty when the loudspeakers play it."""
        return unheard({"status": AiringStatus.STARTED, "sink": self.sink})

    def elapsed_s(self, now: datetime) -> float:
        return max(0.0, (now - self.started_at).total_seconds())

    def remaining_s(self, now: datetime) -> float | None:
        if self.planned_s is None:
            return None
        return max(0.0, self.planned_s - self.elapsed_s(now))


def on_air(station: Station) -> OnAir | None:
    """The airing on air now: the log's open (`started`) row, unless it is too old to be or
    the process airing it is gone (a power cut: the loudspeakers are silent)."""
    found = _open_row(station)
    return found[0] if found and found[1] else None


def stopped_on_air(station: Station) -> str | None:
    """What to say of an airing whose process died on air (a power cut, a crash, a kill):
    nothing is on air, and its row stays open until the station runs again and closes it as
    interrupted (o14net F4: not "on air, 0 s left" beside "not running"); else None."""
    found = _open_row(station)
    if not found or found[1]:
        return None
    row = found[0]
    return _("nothing is on air: the station stopped during airing #{seq} {titles} (since "
             "{started}), by a power cut, a crash or a kill; the log records it as interrupted "
             "when the station runs again").format(
        seq=row.seq, titles="; ".join(row.titles),
        started=local_text(row.started_at, station.config.zone, station.today(), mid=True),
    )  # fmt: skip


def _open_row(station: Station) -> tuple[OnAir, bool] | None:
    """The log's open (`started`) row unless too old to matter, and whether a process still
    airs it: every airing holds the on-air lock, its pid written in the lock file, from
    before its row opens until after it closes (broadcaster/airing.py)."""
    rows = list(
        station.db.query("SELECT * FROM airings WHERE status = 'started' ORDER BY seq DESC LIMIT 1")
    )
    if not rows:
        return None
    row = rows[0]
    started = datetime.fromisoformat(row["started_at"])
    planned = row["planned_duration_s"]
    longest = timedelta(seconds=(planned or 0) + station.config.amplifier.pre_roll_s)
    if station.clock() > started + longest + STALE_AFTER:
        return None
    found = OnAir(
        seq=row["seq"],
        titles=tuple(item["title"] for item in json.loads(row["items"])),
        slot=row["slot"],
        trigger=row["trigger"],
        started_at=started,
        planned_s=planned,
        sink=row["sink"] or "",
    )
    if _holder_alive(station):
        return found, True
    # the holder may have closed its row and let go between the two looks: open still?
    still = station.db.execute("SELECT status FROM airings WHERE seq = ?", [found.seq]).fetchone()
    return (found, False) if still and still[0] == "started" else None


def _holder_alive(station: Station) -> bool:
    """Whether the process named in the on-air lock file still airs (read, never locked: a
    look must not make an airing starting that moment think another one is on air)."""
    from .airing import holder_airs

    try:
        return holder_airs((station.root / AIRING_LOCK).read_text())
    except OSError:
        return False


@dataclass(frozen=True)
class LastAiring:
    """The newest airing that has ended, as the home page says it when nothing is on air."""

    titles: tuple[str, ...]
    slot: str | None
    started_at: datetime
    status: AiringStatus
    duration_s: float | None
    written: bool
    """It went to a file (the file sink: a station without loudspeakers), not on air: the
    file is written in a moment, so such an airing is never seen "on air"."""
    left_out: str = ""
    """The notices the slot did not read, and why (airing_lines.left_out)."""
    late: str | None = None
    """How late it aired and when it was due (airing_lines.lateness)."""
    sink: str = ""
    """Where it went, as the log records it ('file:/…/airings', 'device:hw:1')."""
    no_card: bool = False
    """Written to a file because the station, set to 'auto', found no sound card: the one
    rule behind Trang chủ's warning and its words under the last airing (review17b #5). A
    file asked for ('file:DIR' set, `--sink`) is a trial, on purpose."""

    @property
    def label(self) -> str:
        """Its outcome, as Nhật ký and the daemon say it (`AiringStatus.shown`): "không ra
        loa" when it played out where no loudspeaker is (w29report 2)."""
        return self.status.shown(self.sink)

    @property
    def unheard(self) -> str:
        """Where it went when it played out where no loudspeaker is, in her words (empty
        else): Trang chủ's words under it when no file was written (the test sink)."""
        return unheard_text(self.sink) if self.status.unheard(self.sink) else ""


def last_airing(station: Station) -> LastAiring | None:
    row = station.db.execute(
        "SELECT items, slot, started_at, status, duration_s, sink, held, late_s, scheduled_at "
        f"FROM airings WHERE status != 'started' AND {STANDS} ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    items, slot, started, status, duration, sink, held, late_s, due = row
    written = sink_kind(str(sink or "")) is FileSink and bool(duration)
    return LastAiring(
        titles=tuple(item["title"] for item in json.loads(items)),
        slot=station.slot_titles().get(slot, slot) if slot else None,
        started_at=datetime.fromisoformat(started),
        status=AiringStatus(status),
        duration_s=duration,
        written=written,
        left_out=left_out({"held": held, "status": status}),
        late=lateness(
            {"late_s": late_s, "scheduled_at": due, "started_at": started}, station.config.zone
        ),
        sink=str(sink or ""),
        no_card=written and _for_want_of_a_card(station, str(sink)),
    )


def _for_want_of_a_card(station: Station, sink: str) -> bool:
    """Whether `sink` is where 'auto' writes when it finds no sound card."""
    if station.config.default_sink != "auto":
        return False
    return sink == station.sink(f"file:{AIRINGS}", station.root).description


NOTICES_NAMED = 8
"""At most this many announcements are named one by one; the rest are counted."""


RECENT_TROUBLE = timedelta(hours=24)
"""An airing that did not air as planned is news on the home page for this long after it was
due (the log keeps it for ever)."""
TROUBLE = tuple(sorted(UNAIRED))


FOR_INFORMATION = timedelta(days=3)
"""What asked nothing of her stays in Để biết this long after it happened: she may not open
Trang chủ over a weekend, and what happened on a Friday evening is still worth reading on
Monday; after that Nhật ký keeps it. (Cần chú ý keeps a day: by then what she did, or did not
do, shows in the next airings.)"""


class Attention(str):
    """A sentence of Cần chú ý with what it is about, so the console can link it as Chờ duyệt
    links its notices (o15lan2 N9): an airing (its number and its local day, by which Nhật ký
    finds it) or a notice (its id). `status` prints the sentence alone."""

    airing: int | None = None
    day: date | None = None
    notice: str | None = None


def about(
    said: str, airing: int | None = None, day: date | None = None, notice: str | None = None
) -> Attention:
    item = Attention(said)
    item.airing, item.day, item.notice = airing, day, notice
    return item


def warnings(station: Station, approver: bool = True, last: LastAiring | None = None) -> list[str]:
    """Cần chú ý, what asks something of the operator, in plain words: the airings of the
    last day that did not air as planned (missed in an outage, failed, cut by a crash), the
    upstream link out of date, the disk nearly full, the amplifier hooks refused, the
    collector unreachable, and each announcement a slot should air that will not (and why),
    or that no slot airs (one list, one count: schedules/silence.will_not_air). `last`, the
    last airing the page shows, if it read it (else it is read here)."""
    return _warnings(station, approver, last, links(station), station.clock_fault())


def _warnings(
    station: Station,
    approver: bool,
    last: LastAiring | None,
    linked: Linked,
    fault: clock_check.ClockFault | None,
) -> list[str]:
    """`warnings`, given the links' states and the clock's fault: the slots and the notices
    read once (review22b #5: three times, for what will not air, what ended and the old
    emergencies)."""
    from .schedule import slots_ask

    last, ask = last or last_airing(station), slots_ask(station)
    low = health.disk_low(station)
    found = [*_no_loudspeakers(station, last), *_upstream(station, linked), *([low] if low else [])]
    # first: until it is mended, every time below may be wrong; then what keeps the next
    # slots from airing (a full disk, a sound card that does not open)
    clock = [fault.text(station.config.zone)] if fault and not fault.set_back else []
    broken = [sentences(said) for said in health.faults(health.found(station))]
    return [*clock, *broken, *trouble(station), *(sentences(item) for item in found),
            *ask.quiet, *ask.too_long, *_will_not_air(station, ask.silenced, approver),
            *_ended(ask.ended),
            *old_emergencies(station, ask.old_emergencies)]  # fmt: skip


def attention(
    station: Station, approver: bool = True, last: LastAiring | None = None
) -> tuple[list[str], list[str]]:
    """Cần chú ý (`warnings`) and Để biết (`to_know`), as Trang chủ shows them side by side,
    the links' states and the clock's fault read once for both (review22b #5)."""
    linked, fault = links(station), station.clock_fault()
    return _warnings(station, approver, last, linked, fault), _to_know(station, linked, fault)


def to_know(station: Station, linked: Linked | None = None) -> list[str]:
    """Để biết, beside Cần chú ý (w14f F5): what happened or holds that asks nothing of her,
    because the station or the office does what there is to do. One rule sorts the two lists:
    an item with a step for her is in Cần chú ý; one without is here. So here: the office's
    emergencies that did not air at this station in the last FOR_INFORMATION (expired or
    cancelled: the office follows them up), the offline voice in use (the station goes
    back to the online one by itself), a sync or a log the office did not answer for or could
    not store (the station tries again by itself; o16net N4, o22lan11 N3), and an office
    campaign the station did not take (the office sees it on the commune's page and publishes
    it again). `linked`: the links' states (`links`), if already built."""
    return _to_know(station, linked or links(station), station.clock_fault())


def _to_know(station: Station, linked: Linked, fault: clock_check.ClockFault | None) -> list[str]:
    """`to_know`, given the links' states and the clock's fault."""
    upstream, office, _ = linked
    links_say = (*upstream["upstream_to_know"], *office["office_to_know"])
    told = (*_office_unaired(station), *_voice(station), *links_say, *station.refused_campaigns())
    # set back a little: said, and nothing asks her
    clock = [fault.text(station.config.zone)] if fault and fault.set_back else []
    confirmed = clock_check.confirmed_text(station, station.config.zone, FOR_INFORMATION)
    return [
        *clock,
        *([confirmed] if confirmed else []),
        *trouble(station, replayed=True),
        *(sentences(item) for item in told),
    ]


def _office_unaired(station: Station) -> list[str]:
    """Each office emergency logged missed here lately, the last sent first: what it said, when
    the office sent it, and why it did not air (cancelled; arrived only after its validity, so the
    station was off or cut off meanwhile; or its log's reason)."""
    from .upstream_emergency import withdrawn

    rows = station.db.execute(
        "SELECT a.seq, a.error, e.requested_at, e.valid_until, m.received_at FROM airings a "
        "JOIN emergencies e ON e.airing_seq = a.seq LEFT JOIN upstream_messages m ON "
        "m.message_id = e.upstream_message AND m.outcome = 'taken' AND m.code = 'expired' "
        "WHERE a.started_at >= ? AND a.status = 'missed' AND a.trigger = ? "
        "ORDER BY e.requested_at DESC, a.seq DESC",
        [utc_iso(station.clock() - FOR_INFORMATION), Trigger.UPSTREAM_EMERGENCY.value],
    ).fetchall()
    zone, today = station.config.zone, station.today()
    taken_back = withdrawn(station, [row[0] for row in rows[:NOTICES_NAMED]])
    reasons = station.notes_shown([row[1] for row in rows[:NOTICES_NAMED]])
    found = []
    for (seq, _note, sent, until, arrived), reason in zip(rows[:NOTICES_NAMED], reasons,
                                                          strict=True):  # fmt: skip
        if seq in taken_back:
            why = _("the office cancelled it")
        elif arrived and until:
            why = _("it reached the station only at {arrived}, after its validity ended at "
                    "{until}: the station was off, or could not reach the office, until then; "
                    "the office sees that it did not air here").format(
                arrived=local_text(arrived, zone, today, mid=True),
                until=local_text(until, zone, today, mid=True))  # fmt: skip
        else:
            why = _("{reason}; the office sees that it did not air here").format(
                reason=brief(reason) if reason else "-")  # fmt: skip
        found.append(_("the office's emergency “{words}”, sent {when}, did not air here: "
                       "{why}").format(words=_office_words(station, seq),
                                       when=local_text(sent, zone, today, mid=True),
                                       why=why))  # fmt: skip
    if len(rows) > NOTICES_NAMED:
        found.append(_("and {n} more emergencies from the office that did not air here").format(
            n=len(rows) - NOTICES_NAMED))  # fmt: skip
    return found


def _trouble_rows(station: Station) -> tuple[list[tuple[Any, ...]], dict[int, bool]]:
    """The rows `trouble` lists (slot, due, status, note, trigger, seq), newest first, and which
    of them are held for an approval still to come."""
    from .upstream_emergency import taken_back as of_taken_back

    marks = ", ".join("?" * len(TROUBLE))
    rows = station.db.execute(  # a missed row starts at its planned time; by the index
        "SELECT slot, started_at, status, error, trigger, seq FROM airings "
        f"WHERE started_at >= ? AND status IN ({marks}) AND {STANDS} ORDER BY started_at DESC",
        [utc_iso(station.clock() - RECENT_TROUBLE), *TROUBLE],
    ).fetchall()
    rows = [row for row in rows if not _needs_nothing(row[2], row[4])]
    taken_back = of_taken_back(station, [row[5] for row in rows if row[4] in EMERGENCIES])
    held = _held(station, [row[5] for row in rows if _held_note(row[2], row[3])])
    # cancelled or stopped (and its cut rows), or a hold the approval ended: nothing to
    # attend to (o14net F2, F5)
    return [row for row in rows if row[5] not in taken_back and held.get(row[5]) is not False], held


def trouble(station: Station, replayed: bool = False) -> list[str]:
    """Each airing due in the last RECENT_TROUBLE that ended missed, failed, or cut (by a crash
    or an emergency), newest first, its slot by title, with the log's reason and what she can
    do; at most NOTICES_NAMED, the rest counted (Trang chủ and `status` alike). `replayed`:
    instead, those whose re-air has aired, for Để biết: nothing is left to do about them
    (o19lan8 L10: "… Đã phát lại hôm nay 03:07." stayed in Cần chú ý)."""
    from .reair import aired_again, notes, reairs

    rows, held = _trouble_rows(station)
    seqs = [row[5] for row in rows]
    again, standing_in = aired_again(station, seqs), reairs(station, seqs)
    rows = [row for row in rows if (row[5] in again) is replayed and row[5] not in standing_in]
    zone, labels = station.config.zone, station.slot_titles() if rows else {}
    today = station.today()
    reasons = station.notes_shown([row[3] for row in rows[:NOTICES_NAMED]])
    by_hand = [row[5] for row in rows[:NOTICES_NAMED]
               if AiringStatus(row[2]).by_hand(row[4]) or row[5] in again]  # fmt: skip
    whys = notes(station, by_hand)  # what to do: Nhật ký's button, its re-air, or why not;
    # or what made it good (an emergency cut whose notice aired in full by hand: as the report)
    found: list[str] = []
    for (slot, due, status, error, trigger, seq), reason in zip(
        rows[:NOTICES_NAMED], reasons, strict=True
    ):
        outcome = AiringStatus(status)
        # "hôm nay 17:30", "hôm qua 17:30": a day as the console says one (o15lan2 N9)
        values = {"slot": labels.get(slot, slot), "when": local_text(due, zone, today, mid=True),
                  "outcome": _("cut short") if outcome is AiringStatus.PREEMPTED
                  else outcome.label,  # not "(bị ngắt (khẩn cấp))": its reason names it
                  # what happened, not the repair advice the log keeps with it: the item
                  # gives its own next step below (o12b C2)
                  "reason": happened(reason) if reason else "-"}  # fmt: skip
        if trigger == Trigger.UPSTREAM_EMERGENCY:  # never "planned": the office sent it
            values["words"] = _office_words(station, seq)
            said = _("the office's emergency “{words}” of {when} did not air ({outcome}): "
                     "{reason}; the log keeps it").format(**values)  # fmt: skip
        else:
            said = (_("slot “{slot}” of {when} did not air as planned ({outcome}): {reason}; the "
                      "log keeps it") if slot else
                    _("the airing of {when} did not air as planned ({outcome}): {reason}; the log "
                      "keeps it")).format(**values)  # fmt: skip
        # what to do: Nhật ký's button, what became of its re-air, or why it cannot be (reair)
        offer = whys.get(seq)
        why = (offer.done or offer.refused) if offer else None
        # before the button, what a re-air waits for (as Nhật ký says it above the button)
        first = fix_first(error) if outcome.by_hand(trigger) and why is None else None
        todo = why or outcome.again(trigger)
        if seq in held:  # still held: its reason says what to do (approve), and nothing else
            first = todo = None
        # the line opens the row that has the button: a re-air's cut short, not this one
        place = offer.under if offer and offer.under and todo else None
        at, day = (place.seq, place.day) if place else (seq, instant(due).astimezone(zone).date())
        found.append(about(sentences("; ".join(filter(None, (said, first, todo)))), at, day))
    if len(rows) > NOTICES_NAMED:
        found.append(sentences(_("and {n} more airings that did not air as planned").format(
            n=len(rows) - NOTICES_NAMED)))  # fmt: skip
    return found


@functools.cache
def _not_aired_heads() -> tuple[str, ...]:
    """How a missed airing's note begins ("không phát: "), in either language a note is
    stored in."""
    msgid = NOT_AIRED
    return tuple({msgid.split("{")[0], translations("vi").gettext(msgid).split("{")[0]})


NOT_AIRED = N_("not aired: {reason}")


def happened(reason: str) -> str:
    """What happened to an airing, from its shown note, as a sentence to her says it: without
    the repair advice, the voice it was read with, or a "không phát: " the sentence says."""
    return _unsaid(_no_voice(brief(reason)))


def _no_voice(reason: str) -> str:
    """A note without the voice it was read with: beside a fault of the loudspeakers, "đọc
    bằng giọng ngoại tuyến" is no part of what went wrong (o17lan5 finding 9)."""
    from .airing import OFFLINE_VOICE_NOTE

    voice = {OFFLINE_VOICE_NOTE, translations("vi").gettext(OFFLINE_VOICE_NOTE)}
    return "; ".join(c for c in reason.split("; ") if c.strip().rstrip(".") not in voice)


def _unsaid(reason: str) -> str:
    """A note without its opening "không phát: ": the sentence it goes in says so already
    (o15lan2 N9: "không phát như kế hoạch (bỏ lỡ): không phát: …")."""
    for head in _not_aired_heads():
        if reason.startswith(head):
            return reason[len(head) :]
    return reason


EMERGENCIES = (Trigger.EMERGENCY.value, Trigger.UPSTREAM_EMERGENCY.value)


def _needs_nothing(status: str, trigger: str | None) -> bool:
    """An office emergency that ended missed (expired before it could air, or cancelled): the
    office sees it and decides; nothing is for her to do, so it is in Để biết (to_know), not
    in Cần chú ý."""
    return status == AiringStatus.MISSED and trigger == Trigger.UPSTREAM_EMERGENCY


@functools.cache
def _held_heads() -> tuple[str, ...]:
    """The opening words of a held airing's note, now and before, in English and Vietnamese
    (a stored note is in the language of the process that wrote it)."""
    from .schedule import HELD_NOTES

    vi = translations("vi")
    return tuple({head for msgid in HELD_NOTES
                  for head in (msgid.split("{")[0], vi.gettext(msgid).split("{")[0])})  # fmt: skip


def _held_note(status: str, note: str | None) -> bool:
    return status == AiringStatus.MISSED and bool(note) and str(note).startswith(_held_heads())


def _held(station: Station, seqs: list[int]) -> dict[int, bool]:
    """Of the held airings `seqs`, whether each is still held (True) or its notices' versions
    are approved since (False: the next slots air them; nothing waits for her)."""
    if not seqs:
        return {}
    rows = station.db.execute(
        "SELECT i.airing_seq, MIN(COALESCE(a.approved_version, 0) >= i.version) FROM "
        "airing_items i JOIN announcements a ON a.id = i.announcement_id "
        f"WHERE i.airing_seq IN ({', '.join('?' * len(seqs))}) GROUP BY i.airing_seq",
        seqs,
    ).fetchall()
    return {seq: not approved for seq, approved in rows}


OFFICE_WORDS = 80
"""An office emergency's words are quoted up to this many characters."""


def _office_words(station: Station, seq: int) -> str:
    """The words of the office emergency airing `seq` was for (its title, for a recording)."""
    row = station.db.execute(
        "SELECT COALESCE(v.text, i.title) FROM airing_items i LEFT JOIN announcement_versions v "
        "ON v.announcement_id = i.announcement_id AND v.version = i.version "
        "WHERE i.airing_seq = ? ORDER BY i.position LIMIT 1", [seq]
    ).fetchone()  # fmt: skip
    words = " ".join(str(row[0] if row and row[0] else "").split())
    return words if len(words) <= OFFICE_WORDS else words[: OFFICE_WORDS - 1].rstrip() + "…"


CARD, AMPLIFIER = "card", "amplifier"


def fault_kind(note: str | None) -> str | None:
    """CARD or AMPLIFIER when a failed airing's note says the sound card or the amplifier
    failed: nothing reached the loudspeakers, and a re-air fails the same way until it is
    fixed (o11 F3)."""
    found = sound_fault_of(note)
    if found is None:
        return None
    return CARD if found in CARD_FAULTS else AMPLIFIER


SOUND_FAULTS = {
    CARD: N_("the last airing did not reach the loudspeakers: the sound card failed. Fix the "
             "sound card before airing again"),
    AMPLIFIER: N_("the last airing did not reach the loudspeakers: the amplifier could not be "
                  "switched. Check the amplifier before airing again"),
}  # fmt: skip
"""What the station says while it runs but its newest airing reached no loudspeaker (o11
F3): after "running" on Trang chủ's status box and on `status`'s daemon line (o11b)."""


def sound_fault_text(kind: str | None) -> str | None:
    """SOUND_FAULTS's sentence for `sound_fault`'s kind, else None."""
    return _(SOUND_FAULTS[kind]) if kind in SOUND_FAULTS else None


FIX_FIRST = {
    CARD: N_("fix the sound card first: until it is fixed, the airing aired again fails the "
             "same way"),
    AMPLIFIER: N_("check the amplifier first: until it switches, the airing aired again fails "
                  "the same way"),
}  # fmt: skip
"""What a re-air of an airing failed on a sound fault waits for: one sentence, said before
Nhật ký's "Air again once" and in Trang chủ's item that points to it (o11b N2)."""


def fix_first(note: str | None) -> str | None:
    """FIX_FIRST's sentence for a failed airing's stored note, else None."""
    kind = fault_kind(note)
    return _(FIX_FIRST[kind]) if kind else None


def sound_fault(station: Station) -> str | None:
    """The newest airing that has ended failed on the sound card or the amplifier (its kind),
    else None: then the station runs, but does not reach the loudspeakers. A row that tried
    no loudspeaker (a slot missed, or a fast clock's row voided) tells nothing of them."""
    row = station.db.execute(
        "SELECT status, error FROM airings WHERE status NOT IN ('started', 'missed', 'voided') "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    return fault_kind(row[1]) if row and row[0] == AiringStatus.FAILED.value else None


STARTED = "service_started_at"
"""Meta key: when the airing service last started, by the station's clock (the daemon writes
it as it takes the station)."""


def note_started(station: Station) -> None:
    """Keep when the airing service starts, so that Trang chủ can tell what happened before."""
    with station.db.conn:
        station.db.table("meta").insert(
            {"key": STARTED, "value": utc_iso(station.clock())}, pk="key", replace=True
        )


def ran_again(station: Station) -> bool:
    """Some airing Cần chú ý lists was due before the airing service last started: only then
    may Trang chủ say some items may be from before it ran again (o11 F9). A slot held for an
    approval, or a fault, while the service ran is not (o15lan C4)."""
    row = station.db.execute("SELECT value FROM meta WHERE key = ?", [STARTED]).fetchone()
    if row is None:
        return False
    started = instant(row[0])
    return any(instant(due) < started for _slot, due, *_rest in _trouble_rows(station)[0])


def _voice(station: Station) -> list[str]:
    engines = station.config.speech.engines
    if not engines or engines[0] == "espeak":
        return []  # the offline voice is the one chosen
    row = station.db.execute(
        "SELECT started_at, engines FROM airings "
        "WHERE status IN ('aired', 'partial', 'started', 'interrupted', 'preempted') "
        "AND engines != '' ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None or "espeak" not in row[1].split(","):
        return []
    return [
        _("the last airing ({when}) used the offline voice: the online voice could not be "
          "reached, so speech made then sounds more robotic. Nothing to do: the station airs "
          "on with it; once the network is back, the online voice returns by itself (the station "
          "tries it again once an hour, before an airing)").format(
            when=local_text(row[0], station.config.zone, station.today(), mid=True))
    ]  # fmt: skip


Linked = tuple[dict[str, Any], dict[str, Any], tuple[str, ...]]
"""The upstream link's and the office link's states, and their warnings (`links`)."""


def links(station: Station) -> Linked:
    """The upstream link's and the office link's state (StationStatus fields), and their
    warnings (with the slots the upstream office proposed that wait for acceptance)."""
    from . import office_link, sync

    upstream, office = sync.status(station), office_link.status(station)
    warnings = (*upstream.pop("warnings"), *office.pop("office_warnings"))
    for told, key in ((upstream, "upstream_to_know"), (office, "office_to_know")):
        told[key] = tuple(sentences(said) for said in told[key])  # Để biết's (to_know)
    waiting = len(station.proposed_slots())
    if waiting:
        warnings = (*warnings, _("{count} slot(s) proposed by the upstream office wait for "
                                 "acceptance").format(count=waiting))  # fmt: skip
    return upstream, office, warnings


def _upstream(station: Station, linked: Linked) -> list[str]:
    """The status's warnings (the link and the collector), and a sync long overdue; a station
    that trusts no office is not warned about it here (the sync page says so). Only the links
    are read: the rest of the status (the rundown, drafts) is the home page's own."""
    upstream, _office, warnings = linked
    not_trusted = _("no upstream office is trusted yet")  # as sync.status says it
    found = [w for w in warnings if upstream["upstream_trusted"] or w != not_trusted]
    overdue = timedelta(minutes=max(3 * station.config.upstream.sync_minutes, 24 * 60))
    if upstream["upstream_trusted"] and upstream["upstream_source"]:
        last = instant(upstream["last_sync"]) if upstream["last_sync"] else None
        if last is None or station.clock() - last > overdue:
            found.append(
                _("the station has not synced with its office since {when}: what the office "
                  "sent since has not arrived").format(
                    when=local_text(last, station.config.zone, station.today(), mid=True) if last
                    else _("it was set up"))
            )  # fmt: skip
    return found


def _no_loudspeakers(station: Station, last: LastAiring | None) -> list[str]:
    """The last airing written to a file because the station found no sound card: a station
    that lost its card airs nothing, yet Trang chủ said all was well (o17lan6 B3). A file
    asked for is a trial, on purpose: not said here (`LastAiring.no_card`)."""
    if last is None or not last.no_card:
        return []
    when = local_text(last.started_at, station.config.zone, station.today(), mid=True)
    said = _("the last airing ({when}) was written to a file, not played on the loudspeakers: "
             "the station finds no sound card. Tell the technician")  # fmt: skip
    return [said.format(when=when)]


def _will_not_air(station: Station, wont: list[WontAir], approver: bool = True) -> list[str]:
    """What `status` says will not air (`wont`), in its words (schedules/silence.py is the one
    answer), at most NOTICES_NAMED sentences and the rest counted."""
    found: list[str] = [
        about(sentences(station.wont_air_text(w, approver)), notice=w.announcement_id)
        for w in wont[:NOTICES_NAMED]
    ]
    if len(wont) > NOTICES_NAMED:
        more = len(wont) - NOTICES_NAMED
        found.append(sentences(_("and {n} more announcements that will not air").format(n=more)))
    return found


ENDED = N_("“{title}” ended on {day}: take it out of {slots} in “Schedule”.")


def _ended(ended: list[Slotted]) -> list[str]:
    """Each notice past its end that slots still name, once, with those slots: not a yellow
    line under every airing of the week (o18lan7 M2)."""
    from .schedule import slots_text

    said = [
        (_(ENDED).format(title=e.title, day=date_text(e.until), slots=slots_text(e.slots)), e)
        for e in ended
    ]
    return [about(text, notice=e.announcement_id) for text, e in said]


OLD_EMERGENCY = N_(
    "“{title}” still has the priority Emergency of an old setting: it does not interrupt what "
    "is on air but airs first in {slots} every day {until}, like Priority. If it is an "
    "emergency, take it out of the slot in “Schedule” and use “Emergency broadcast”."
)
OLD_EMERGENCY_OURS = N_(
    "If it should remind people daily, change its priority to “Priority” (a new version, to "
    "approve)."
)
OLD_EMERGENCY_OFFICE = N_(
    "If it should remind people daily, ask the office that sent it to change its priority to "
    "“Priority” and publish it again."
)


def old_emergencies(station: Station, found: list[Slotted]) -> list[str]:
    """Each notice stored as an emergency before a notice could no longer be one that slots
    still air every day (`found`: w21c kept it airing, nothing stops silently), with what it
    does and both repairs, hers or the office's: an upgrade does not keep a forbidden way
    silently."""
    from .schedule import slots_text

    if not found:  # almost always: Trang chủ and `status` ask at every look
        return []
    office = {i for (i,) in station.db.execute(
        "SELECT id FROM announcements WHERE origin = 'upstream' "
        "AND id IN (SELECT value FROM json_each(?))",
        [json.dumps([s.announcement_id for s in found])])}  # fmt: skip
    said: list[str] = []
    for notice in found:
        until = (_("until {until}").format(until=date_text(notice.until)) if notice.until
                 else _("until it is changed"))  # fmt: skip
        first = _(OLD_EMERGENCY).format(title=notice.title, slots=slots_text(notice.slots),
                                        until=until)  # fmt: skip
        then = _(OLD_EMERGENCY_OFFICE if notice.announcement_id in office else OLD_EMERGENCY_OURS)
        said.append(about(f"{first} {then}", notice=notice.announcement_id))
    return said


def speech_used(station: Station) -> str:
    """Which voice the last airing with speech used, in words, and why when it was not the
    station's first choice (the offline voice because Google's could not be reached)."""
    row = station.db.execute(
        "SELECT engines FROM airings WHERE engines != '' AND engines IS NOT NULL "
        "ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return _("no airing with speech yet")
    used = set(row[0].split(","))
    first = station.config.speech.engines[0] if station.config.speech.engines else None
    if used == {"gtts"}:
        return _("Google's voice (online)")
    if "gtts" in used:
        return _("Google's voice, and the offline voice for part of it because Google's voice "
                 "could not be reached")  # fmt: skip
    if first == "gtts":
        return _("offline voice (espeak-ng) used because Google's voice could not be reached")
    return _("offline voice (espeak-ng), as the station's settings ask")
