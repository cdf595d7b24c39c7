"""Nhật ký: the airing log with its outcomes in colour, filtered by dates, outcome and
announcement; a month's report to download (CSV, XLSX, PDF, as `log export` writes it); and
whether the log still holds (`log verify`)."""

from __future__ import annotations

import re
import tempfile
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from typing import Any

from flask import Blueprint, flash, g, redirect, render_template, request, send_file, url_for
from werkzeug.wrappers import Response

from broadcaster.accounts import Role
from broadcaster.airing_log import UNHEARD, AiringStatus, Trigger
from broadcaster.station import aired_by, lateness, left_out, unheard, voided
from common.errors import BroadcasterError
from common.i18n import N_, _, sentence
from common.localtime import clock_text

from .access import allow
from .context import form_errors, station
from .nav import NavEntry
from .once import once

bp = Blueprint("log", __name__, url_prefix="/log")
NAV = (NavEntry("log.index", N_("Log"), Role.OPERATOR),)

SHOWN = 100
"""Airings listed at once, newest first (a narrower filter finds older ones)."""
FORMATS = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "csv": "text/csv; charset=utf-8",
}


def _filters() -> tuple[dict[str, str], dict[str, str], dict[str, date | None]]:
    """The filter form as typed, its errors by field, and the dates it names."""
    typed = {k: request.args.get(k, "").strip() for k in ("since", "until", "status", "id")}
    errors: dict[str, str] = {}
    days: dict[str, date | None] = {}
    for name in ("since", "until"):
        try:
            days[name] = station().parse_day(typed[name]) if typed[name] else None
        except BroadcasterError as e:
            errors[name] = str(e)
            days[name] = None
    return typed, errors, days


@bp.route("")
@allow(Role.OPERATOR)
def index() -> tuple[str, int]:
    return _page()


def _page(again: dict[str, Any] | None = None) -> tuple[str, int]:
    """The log; `again`: a refused re-air (its airing, time typed and sentence), shown at
    its row."""
    s = station()
    typed, errors, days = _filters()
    airings: list[dict[str, Any]] = []
    if not errors:
        try:
            airings = s.airings(days["since"], days["until"], SHOWN, typed["status"] or None,
                                typed["id"] or None)[::-1]  # fmt: skip
        except BroadcasterError as e:
            errors = form_errors(e)
    slots = s.slot_titles()
    for airing, note in zip(airings, s.notes_shown([a["error"] for a in airings]), strict=True):
        # a re-air onto a card still failing fails the same way: said before its button
        airing["fix_first"] = s.fix_first(airing["error"])
        airing["left_out"] = left_out(airing)  # what the slot did not read, and why
        airing["by"] = aired_by(airing)  # who pressed it: "ai đã phát lại bản tin này?"
        airing["late"] = lateness(airing, s.config.zone)  # at a time not its own: says so
        airing["error"] = note
        status = AiringStatus(airing["status"])
        # "không ra loa" for one into a file, as the report and the daemon say (w29report 2)
        airing["status_label"] = status.shown(airing["sink"], airing["withdrawn"],
                                              airing["voided"])  # fmt: skip
        unheard_now = status.unheard(airing["sink"], on_air=True)  # on air too (w31attn)
        airing["colour"] = ("withdrawn" if airing["withdrawn"] else
                            UNHEARD if unheard_now else status)  # fmt: skip
        airing["voided_note"] = voided(airing)
        airing["unheard"] = unheard(airing)  # where it went instead, in her words, no path
        # one the office took back, or one that does not count, asks nothing of her
        airing["again"] = (None if airing["withdrawn"] or airing["voided"]
                           else status.again(airing["trigger"]))  # fmt: skip
        # on air: its length so far reads as nothing played ("0 giây"); its start says it
        airing["on_air_since"] = f"{datetime.fromisoformat(airing['started_at']):%H:%M:%S}"
        airing["source"] = (slots.get(airing["slot"], airing["slot"]) if airing["slot"]
                            else _trigger(airing["trigger"]))  # fmt: skip
    today, estimated = s.log_today()  # a held clock's wrong day proposes nothing
    first, last = days["since"] or today.replace(day=1), days["until"] or today
    return render_template(
        "log/index.html",
        airings=airings,
        not_aired=[] if errors or first > last else s.not_aired(first, last),
        not_aired_since=first,
        not_aired_until=last,
        slot_titles=slots,
        shown=SHOWN,
        form=typed,
        errors=errors,
        statuses=s.outcomes(),
        month=f"{report_month(today):%m/%Y}",
        clock_wrong=estimated,
        offers=s.air_again_offers(airings),
        again=again or {},
    ), 400 if errors or again else 200


REPORT_DAYS = 5
"""The first days of a month, when the report asked for is the month just ended."""


def report_month(today: date) -> date:
    """The month the report form proposes: the last one on its first REPORT_DAYS days (o18lan7
    M4: at 00:08 on 01/12 it proposed December, with one airing, not November's report)."""
    return today.replace(day=1) - timedelta(days=1) if today.day <= REPORT_DAYS else today


@bp.route("/<int:number>/again", methods=["POST"])
@allow(Role.OPERATOR, page=False)
@once
def again(number: int) -> Response | tuple[str, int]:
    """Air a cut, failed or missed airing once more today (a one-off slot, as Lịch phát
    adds one): at the time typed, or at the first free minute."""
    seq, at = number, request.form.get("at", "")
    try:
        added = station().air_again(seq, at, g.user.name)
    except BroadcasterError as e:
        return _page({"seq": seq, "at": at, "error": str(e)})
    flash(_("It airs again today at {at} (slot '{slot}'); Nhật ký lists it as its own "
            "airing.").format(at=clock_text(added.slot.at), slot=added.slot.label))  # fmt: skip
    return redirect(url_for("log.index", _anchor="messages"))


def _trigger(value: str) -> str:
    """What started an airing, in words (as stored, should a newer station have written it);
    it stands alone in the row's "#8 · Khẩn cấp ·" line, so with its capital (o11 F10)."""
    try:
        return sentence(Trigger(value).label)
    except ValueError:
        return value


@bp.route("/export")
@allow(Role.OPERATOR)
def export() -> Response | tuple[str, int]:
    """A month's report as a file to keep or print, written as the command line writes it."""
    month = request.args.get("month", "").strip()
    fmt = request.args.get("format", "pdf")
    if fmt not in FORMATS:
        fmt = "pdf"
    errors: dict[str, str] = {}
    if not month:
        errors["month"] = _("Give the month, like 11/2026.")
    else:
        with tempfile.TemporaryDirectory() as folder:
            out = Path(folder) / f"report.{fmt}"
            try:
                exported = station().export_log(fmt, out, month=month)
            except BroadcasterError as e:
                errors = form_errors(e)
            else:
                name = "-".join(["nhat-ky", *re.findall(r"\d+", exported.period)])
                return send_file(BytesIO(out.read_bytes()), FORMATS[fmt], as_attachment=True,
                                 download_name=f"{name}.{fmt}")  # fmt: skip
    page = render_template("log/export.html", month=month, fmt=fmt, formats=FORMATS,
                           errors=errors)  # fmt: skip
    return page, 400


@bp.route("/verify")
@allow(Role.OPERATOR)
def verify() -> tuple[str, int]:
    """Whether the log still holds; with a chain head from a printed report, that it was
    not rewritten since."""
    head = request.args.get("head", "").strip()
    errors: dict[str, str] = {}
    verdict = None
    try:
        verdict = station().verify_log(head or None)
    except BroadcasterError as e:
        errors["head"] = str(e)
    page = render_template("log/verify.html", verdict=verdict, head=head, errors=errors)
    return page, 400 if errors else 200
