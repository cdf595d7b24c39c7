"""Lịch phát: the week's slots as a calendar, a day's rundown item by item, and slots added,
changed and removed with the same checks as the command line (the facade makes them)."""

from __future__ import annotations

import tempfile
from collections.abc import Collection, Sequence
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

from flask import Blueprint, flash, redirect, render_template, request, send_file, url_for
from werkzeug.wrappers import Response

from broadcaster.accounts import Role
from broadcaster.records import Origin
from broadcaster.schedule import SlotTime
from broadcaster.station import NEXT_ON_AIR_DAYS
from common.errors import BroadcasterError
from common.i18n import N_, _
from common.localtime import (
    airs_text,
    clock_text,
    date_text,
    days_text,
    duration_text,
    span_ends,
)
from schedules.slots import Slot

from .access import allow
from .context import Gone, built_on, form_errors, station
from .nav import NavEntry
from .once import once

bp = Blueprint("schedule", __name__, url_prefix="/schedule")
NAV = (NavEntry("schedule.index", N_("Schedule"), Role.OPERATOR),)

FIELDS = ("name", "title", "at", "days", "since", "until", "campaign", "max_minutes")
"""The form's text fields; its announcements are ticked (`announce`, one value each)."""


def _day(text: str) -> date:
    """A day in a page's address (2026-03-02); anything else is no such page."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise Gone(
            _("'{day}' is not a day of the calendar").format(day=text), "schedule.index"
        ) from None


@bp.route("")
@allow(Role.OPERATOR)
def index() -> str:
    """The week (Monday to Sunday) holding `?week=` (a date as people type it), else today."""
    s = station()
    today = s.today()
    monday = s.parse_week(request.args.get("week") or None)
    good, broken = s.slots()
    shown = s.week(monday)
    return render_template(
        "schedule/index.html",
        contents=_contents(good, [entry for day in shown for entry in day.slots]),
        today=today,
        monday=monday,
        week_ends=span_ends(monday, monday + timedelta(days=6)),
        week=shown,
        previous=_step(monday, -7),
        following=_step(monday, 7) if _step(monday, 13) else None,  # a whole week
        broken=broken,
    )


def _contents(slots: list[Slot], times: Sequence[SlotTime] = ()) -> dict[Any, str]:
    """What each slot airs as people know it: its campaign's title and its notices' titles,
    by name; and by (name, time) for each of `times`, what it shows then (SlotTime.shown)."""
    titles, campaigns = station().titles(), station().campaign_titles()

    def said(slot: Slot, shown: Collection[str] | None = None) -> str:
        return ", ".join(
            ([campaigns.get(slot.campaign, slot.campaign)] if slot.campaign else [])
            + [titles.get(i, i) for i in slot.announcements if shown is None or i in shown]
        )

    found: dict[Any, str] = {slot.name: said(slot) for slot in slots}
    found.update({(t.slot.name, t.at): said(t.slot, t.shown) for t in times})
    return found


@bp.route("/day/<day>")
@allow(Role.OPERATOR)
def day(day: str) -> str:
    """What airs that day, airing by airing and item by item, with lengths."""
    s = station()
    shown, today = _day(day), s.today()
    entries = s.rundown(shown, 1, silent=True)
    airs = any(entry.airs for entry in entries)  # none: what airs next, as `rundown` says it
    return render_template(
        "schedule/day.html",
        day=shown,
        today=today,
        entries=entries,
        coming=None if airs or shown < today else s.next_on_air(shown, NEXT_ON_AIR_DAYS),
        never_again=s.never_again(shown, 1),
        previous=_step(shown, -1),
        following=_step(shown, 1),
    )


def _step(day: date, days: int) -> date | None:
    """The day `days` away for a page's link; none past the calendar's ends (no link)."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return None


@bp.route("/print")
@allow(Role.OPERATOR)
def print_week() -> Response:
    """The shown week's schedule as a PDF for the notice board, as `schedule print --week`
    prints it; the file is named in Vietnamese after the week's Monday."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "week.pdf"
        printed = station().print_week(out, request.args.get("week") or None)
        name = f"lich-phat-tuan-{printed.monday:%d-%m-%Y}.pdf"
        return send_file(BytesIO(out.read_bytes()), "application/pdf", as_attachment=True,
                         download_name=name)  # fmt: skip


def _typed(slot: Slot | None = None) -> dict[str, Any]:
    """The form's values: as posted, else the slot's, else empty."""
    if request.method == "POST":
        return {name: request.form.get(name, "") for name in FIELDS} | {
            "announce": [i for i in request.form.getlist("announce") if i]
        }
    if slot is None:
        return dict.fromkeys(FIELDS, "") | {"days": _("every day"), "announce": []}
    return _stored(slot)


def _stored(slot: Slot) -> dict[str, Any]:
    """The slot's values as its form shows them."""
    return {
        "name": slot.name,
        "title": slot.title or "",
        "at": f"{slot.at:%H:%M}" if not slot.at.second else f"{slot.at:%H:%M:%S}",
        "days": _days_typed(slot),
        "since": f"{slot.valid_from:%d/%m/%Y}" if slot.valid_from else "",
        "until": f"{slot.valid_until:%d/%m/%Y}" if slot.valid_until else "",
        "campaign": slot.campaign or "",
        "announce": list(slot.announcements),
        "max_minutes": f"{slot.max_minutes:g}".replace(".", ",") if slot.max_minutes else "",
    }


def _days_typed(slot: Slot) -> str:
    """The slot's days as the form takes them back (T2-T6, T7, CN)."""
    return days_text(slot.days).replace("–", "-")


def _save(
    values: dict[str, Any], new_only: bool, built_on: str | None = None
) -> tuple[dict[str, str], str]:
    """Add or replace the slot through the facade: the errors by field (all at once), or
    none and the week to show (the one of its first airing)."""
    optional = {k: v.strip() or None for k, v in values.items() if isinstance(v, str)}
    s = station()
    try:
        added = s.add_slot(
            values["name"].strip(),
            values["at"],
            values["days"] or "daily",
            optional["since"],
            optional["until"],
            optional["campaign"],
            values["announce"],
            optional["max_minutes"],
            new_only=new_only,
            title=optional["title"],
            built_on=built_on,
        )
    except BroadcasterError as e:
        return form_errors(e), ""
    first = s.first_airing(added.slot)
    if not added.minutes:  # a slot whose notices are all retired or ended: why, just below
        flash(_("Slot '{name}' saved: it airs nothing for now.").format(name=added.slot.label))
    elif first is None:
        flash(_("Slot '{name}' saved: its program lasts {length}; it has no airing within "
                "the next year.").format(name=added.slot.label,
                                         length=duration_text(added.minutes * 60)))  # fmt: skip
    else:
        flash(_("Slot '{name}' saved: it first airs {first}; its program lasts {length}.").format(
            name=added.slot.label, first=airs_text(first, s.config.zone, s.today(), mid=True),
            length=duration_text(added.minutes * 60)))  # fmt: skip
    if added.slot.dates_text:  # in full: a '3/12' typed is said back as the day it was taken for
        flash(_("It airs {dates}.").format(dates=added.slot.dates_text))
    for said in (added.waiting_text(), added.ended_text(), added.retired_text()):  # as the CLI
        if said:
            flash(said)
    titles = s.titles()
    for announcement_id in added.stops:  # nothing stops airing unsaid (as on the command line)
        flash(_("'{id}' no longer airs in any slot (it aired in slot {name})").format(
            id=titles.get(announcement_id, announcement_id), name=added.slot.label))  # fmt: skip
    return {}, (first.astimezone(s.config.zone).date() if first else s.today()).isoformat()


def _choices(ticked: list[str]) -> list[tuple[str, str, str]]:
    """The announcements a slot may air, by title (id, title, what a person needs to choose:
    its campaign, a draft waiting for approval), those ticked kept even when retired. An
    emergency is no slot's notice (schedule.emergency_in_slot): shown only if a slot from
    before that rule names it, so that she can untick it."""
    s = station()
    today = s.today().isoformat()
    found = {a.id: a for a in s.announcements(include_retired=True, by_title=True)}
    choices = []
    for a in found.values():  # in the order a slot airs them
        emergency = a.origin is Origin.EMERGENCY
        if (a.retired_at or emergency) and a.id not in ticked:
            continue
        notes = [a.campaign_title or a.campaign or "", "" if a.approved else a.status.label]
        if emergency:
            notes.append(_("an emergency: it airs in no slot"))
        if a.valid_until and a.valid_until < today:  # ticked, it would never air (o19lan8 L7)
            notes.append(_("ended {day}").format(day=date_text(a.valid_until)))
        choices.append((a.id, a.title, " · ".join(n for n in notes if n)))
    missing = [i for i in ticked if i not in found]  # named by the slot but not in the store
    return choices + [(i, i, _("missing")) for i in missing]


def _never(slot: Slot | None) -> list[str]:
    """Why a saved slot never airs, as Cần chú ý says it: its time in the quiet hours, its
    program past its limit (w31office, w31attn)."""
    if slot is None:
        return []
    s = station()
    return [*s.in_quiet_hours(slot), *s.over_limit(slot)]


def _slot_form(slot: Slot | None) -> Response | tuple[str, int]:
    """The form for a new slot (`slot` None) or for changing one (which keeps its name)."""
    values = _typed(slot) | ({"name": slot.name} if slot else {})
    errors: dict[str, str] = {}
    current = None  # the slot as saved meanwhile, shown beside her values (o15lan B2)
    if slot is not None:
        values["over"] = request.form.get("over", "")  # refused before: still her choice
        values["built_on"] = request.form.get("built_on", "") if request.method == "POST" else (
            station().slot_stamp(slot.name))  # fmt: skip
    if request.method == "POST":
        chosen = built_on() or None  # a form without it (a script) is not checked
        errors, week = _save(values, new_only=slot is None, built_on=chosen)
        if errors and chosen and slot and station().slot_stamp(slot.name) != chosen:
            current, values["over"] = _stored(slot), station().slot_stamp(slot.name)
        if not errors:
            # the page opens at what was saved (on a phone the week grid fills the screen and
            # the message above it went unseen: officer re-trial o10b N1); the grid follows
            return redirect(url_for("schedule.index", week=week, _anchor="messages"))
    campaigns = sorted({a.campaign for a in station().announcements() if a.campaign})
    page = render_template("schedule/slot.html", form=values, errors=errors, slot=slot,
                           campaigns=campaigns, choices=_choices(values["announce"]),
                           current=current,
                           current_contents=_contents([slot]) if current and slot else {},
                           never=_never(slot),
                           )  # fmt: skip
    return page, 400 if errors else 200


@bp.route("/new", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def new() -> Response | tuple[str, int]:
    return _slot_form(None)


@bp.route("/slot/<name>", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def edit(name: str) -> Response | tuple[str, int]:
    return _slot_form(_slot(name))


def _slot(name: str) -> Slot:
    """The slot of that name in the schedule now, else its page's sentence: it was removed
    meanwhile (another tab, another account), or a re-air aired and is gone from the week."""
    slot = station().find_slot(name)
    if slot is None:
        raise Gone(_("The slot '{name}' is no longer in the schedule: it was removed meanwhile "
                     "(in another tab or by another account)").format(name=name),
                   "schedule.index")  # fmt: skip
    return slot


@bp.route("/slot/<name>/remove", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def remove(name: str) -> Response | str:
    """A confirmation page first; the slot goes only when it is confirmed."""
    slot = _slot(name)
    if request.method == "GET":
        return render_template(
            "confirm.html", heading=_("Remove the slot {name}?").format(name=slot.label),
            said=_("It airs at {at}, {days}. Nothing more will air in it; what it aired stays "
                   "in the log.").format(at=clock_text(slot.at), days=slot.days_said),
            action=url_for("schedule.remove", name=slot.name), once="schedule.remove",
            fields={}, button=_("Remove the slot"), back=url_for("schedule.edit", name=slot.name),
        )  # fmt: skip
    station().remove_slot(slot.name)
    flash(_("Slot '{name}' removed; its past airings stay in the log.").format(name=slot.label))
    return redirect(url_for("schedule.index"))
