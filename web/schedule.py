"""Lịch phát: the week's slots as a calendar, a day's rundown item by item, and slots added,
changed and removed with the same checks as the command line (the facade makes them)."""

from __future__ import annotations

import re
import tempfile
from datetime import date, timedelta
from io import BytesIO
from pathlib import Path

from flask import Blueprint, abort, flash, redirect, render_template, request, send_file, url_for
from werkzeug.wrappers import Response

from broadcaster.accounts import Role
from common.errors import BroadcasterError
from common.i18n import N_, _
from common.localtime import days_text
from schedules.slots import Slot

from .access import allow
from .context import form_errors, station
from .nav import NavEntry

bp = Blueprint("schedule", __name__, url_prefix="/schedule")
NAV = (NavEntry("schedule.index", N_("Schedule"), Role.OPERATOR),)

FIELDS = ("name", "at", "days", "since", "until", "campaign", "announce", "max_minutes")


def _day(text: str) -> date:
    """A day in a page's address (2026-03-02); anything else is no such page."""
    try:
        return date.fromisoformat(text)
    except ValueError:
        abort(404)


@bp.route("")
@allow(Role.OPERATOR)
def index() -> str:
    """The week (Monday to Sunday) holding `?week=` (a date as people type it), else today."""
    s = station()
    today = s.today()
    monday = s.parse_week(request.args.get("week") or None)
    _good, broken = s.slots()
    return render_template(
        "schedule/index.html",
        today=today,
        monday=monday,
        sunday=monday + timedelta(days=6),
        week=s.week(monday),
        previous=_step(monday, -7),
        following=_step(monday, 7) if _step(monday, 13) else None,  # a whole week
        broken=broken,
    )


@bp.route("/day/<day>")
@allow(Role.OPERATOR)
def day(day: str) -> str:
    """What airs that day, airing by airing and item by item, with lengths."""
    s = station()
    shown = _day(day)
    return render_template(
        "schedule/day.html",
        day=shown,
        today=s.today(),
        entries=s.rundown(shown, 1, silent=True),
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


def _typed(slot: Slot | None = None) -> dict[str, str]:
    """The form's values: as posted, else the slot's, else empty."""
    if request.method == "POST":
        return {name: request.form.get(name, "") for name in FIELDS}
    if slot is None:
        return dict.fromkeys(FIELDS, "") | {"days": _("every day")}
    return {
        "name": slot.name,
        "at": f"{slot.at:%H:%M}" if not slot.at.second else f"{slot.at:%H:%M:%S}",
        "days": _days_typed(slot),
        "since": f"{slot.valid_from:%d/%m/%Y}" if slot.valid_from else "",
        "until": f"{slot.valid_until:%d/%m/%Y}" if slot.valid_until else "",
        "campaign": slot.campaign or "",
        "announce": ", ".join(slot.announcements),
        "max_minutes": f"{slot.max_minutes:g}" if slot.max_minutes else "",
    }


def _days_typed(slot: Slot) -> str:
    """The slot's days as the form takes them back (T2-T6, T7, CN)."""
    return days_text(slot.days).replace("–", "-")


def _save(values: dict[str, str], new_only: bool) -> dict[str, str]:
    """Add or replace the slot through the facade; the errors by field (empty: saved)."""
    optional = {k: v.strip() or None for k, v in values.items()}
    try:
        added = station().add_slot(
            values["name"].strip(),
            values["at"],
            values["days"] or "daily",
            optional["since"],
            optional["until"],
            optional["campaign"],
            [i for i in re.split(r"[\s,;]+", values["announce"]) if i],
            optional["max_minutes"],
            new_only=new_only,
        )
    except BroadcasterError as e:
        return form_errors(e)
    flash(_("Slot '{name}' saved: its program lasts {minutes:.1f} min.").format(
        name=added.slot.name, minutes=added.minutes))  # fmt: skip
    if added.drafts:  # as on the command line
        flash(added.waiting_text())
    for announcement_id in added.stops:  # nothing stops airing unsaid (as on the command line)
        flash(_("'{id}' no longer airs in any slot (it aired in slot {name})").format(
            id=announcement_id, name=added.slot.name))  # fmt: skip
    return {}


def _slot_form(slot: Slot | None) -> Response | tuple[str, int]:
    """The form for a new slot (`slot` None) or for changing one (which keeps its name)."""
    values = _typed(slot) | ({"name": slot.name} if slot else {})
    errors = _save(values, new_only=slot is None) if request.method == "POST" else {}
    if request.method == "POST" and not errors:
        return redirect(url_for("schedule.index"))
    campaigns = sorted({a.campaign for a in station().announcements() if a.campaign})
    page = render_template(
        "schedule/slot.html", form=values, errors=errors, slot=slot, campaigns=campaigns
    )
    return page, 400 if errors else 200


@bp.route("/new", methods=["GET", "POST"])
@allow(Role.OPERATOR)
def new() -> Response | tuple[str, int]:
    return _slot_form(None)


@bp.route("/slot/<name>", methods=["GET", "POST"])
@allow(Role.OPERATOR)
def edit(name: str) -> Response | tuple[str, int]:
    slot = station().find_slot(name)
    if slot is None:
        abort(404)
    return _slot_form(slot)


@bp.route("/slot/<name>/remove", methods=["GET", "POST"])
@allow(Role.OPERATOR)
def remove(name: str) -> Response | str:
    """A confirmation page first; the slot goes only when it is confirmed."""
    slot = station().find_slot(name)
    if slot is None:
        abort(404)
    if request.method == "GET":
        return render_template("schedule/remove.html", slot=slot)
    station().remove_slot(slot.name)
    flash(_("Slot '{name}' removed; its past airings stay in the log.").format(name=slot.name))
    return redirect(url_for("schedule.index"))
