"""Trang chủ: the station at a glance, and the emergency form (approvers and admins), which
airs only after a second, explicit confirmation."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from broadcaster.accounts import Role
from broadcaster.airing_log import AiringStatus
from broadcaster.station import NEXT_ON_AIR_DAYS
from common.errors import BroadcasterError
from common.i18n import N_, _, ngettext
from common.localtime import duration_text

from .access import allow
from .context import station
from .nav import NavEntry
from .once import once, refused, version_read

if TYPE_CHECKING:
    from broadcaster.airing import Airing
    from broadcaster.schedule import RundownEntry
    from broadcaster.station import Station

bp = Blueprint("home", __name__)
NAV = (NavEntry("home.index", N_("Home"), Role.OPERATOR),)


@bp.route("/")
@allow(Role.OPERATOR)
def index() -> str:
    return _home()


def _refused(error: str, text: str = "") -> tuple[str, int]:
    """An emergency refused (empty, unmarked, too long): said at the top of a page of its own,
    above the form with what was typed, not four screens down Trang chủ (o17lan6 A3)."""
    page = render_template("emergency_refused.html", may_send=True, errors={"text": error},
                           emergency_text=text)  # fmt: skip
    return page, 400


def _home() -> str:
    s = station()
    leader = g.user.role.allows(Role.APPROVER)
    last = s.last_airing()  # read once: shown, and its 'no sound card' is a warning
    next_airings, drafts = s.next_airings(), s.drafts()
    warnings, to_know = s.attention(leader, last)
    running = s.daemon_pid() is not None
    # said in so many words when nothing the alarms watch is wrong (not only by the
    # absence of a red box): the airing service runs and nothing needs attention
    working = running and not warnings
    ready = s.report_not_ready() if leader else None
    return render_template(
        "home.html",
        now=s.clock(),
        on_air=s.on_air(),
        stopped_on_air=s.stopped_on_air(),
        stoppable=s.stoppable_emergencies() if leader else [],
        last=last,
        next_airings=next_airings,
        drafts=drafts,
        # a campaign by its title, as its announcements name it; an office's campaign without
        # one is not named (its code, 'an-toan-giao-thong', is no word the officer wrote)
        campaign_titles=s.campaign_titles() if any(d.campaign for d in drafts) else {},
        refused=s.refused(),
        daemon_running=running,
        warnings=warnings,
        # the hold and the clock she sees: the button confirms those, not what comes later
        clock_held=(fault := s.clock_fault()) and fault.held_form,
        to_know=to_know,
        working=working,
        ran_again=running and bool(warnings) and s.ran_again(),
        # the service runs, yet the last airing reached no loudspeaker (o11 F3)
        sound_fault=s.sound_fault() if running and warnings else None,
        next_aired=_next_aired(s, next_airings) if working else None,
        next_days=NEXT_ON_AIR_DAYS,  # none in them: the banner says so, not only "working"
        may_send=leader,
        # the leader signs the month report: told while it still prints the demo's "(mẫu)"
        not_ready=list(ready.reasons) if ready else [],
        sample_heading=bool(ready and ready.sample_heading),
        sample_approved=list(ready.sample_approved) if ready else [],
        sample_airings=s.report_sample_airings() if leader else [],
        errors={},
        emergency_text="",
    )


def _next_aired(s: Station, next_airings: list[RundownEntry]) -> RundownEntry | None:
    """The banner's next airing: the first of the next airings that airs (not one refused),
    else the first within NEXT_ON_AIR_DAYS, as the day's rundown finds it (w30office: five
    slots with nothing to air before it, and the banner named none, as though none came)."""
    found = next((a for a in next_airings if a.airs), None)
    return found or s.next_on_air(s.today() - timedelta(days=1))


@bp.route("/approve-again", methods=["POST"])
@allow(Role.APPROVER, page=False)
@once
def approve_again() -> Response | tuple[str, int]:
    """The notices still approved under the demo's "(mẫu)" name, approved again by the person
    logged in at the versions the page showed (the approval's own rules): their next airings
    print his name; the airings already made stay as logged (o11b N1)."""
    form = request.form
    read = dict(zip(form.getlist("id"), form.getlist("version"), strict=False))
    try:
        approved = station().approve_read(
            {i: version_read(v) for i, v in read.items()}, g.user.name
        )
    except BroadcasterError as e:
        return refused(str(e), url_for("home.index"))
    flash(ngettext("{n} notice approved again by {name}: from now on its airings print this name "
                   "in the “Người duyệt” column.",
                   "{n} notices approved again by {name}: from now on their airings print this "
                   "name in the “Người duyệt” column.", len(approved)).format(
        n=len(approved), name=g.user.person))  # fmt: skip
    return redirect(url_for("home.index"))


@bp.route("/clock-right", methods=["POST"])
@allow(Role.OPERATOR, page=False)
def clock_right() -> Response:
    """The officer says the computer's clock is right after a jump far past the station's
    last sign of life (it was a real outage) or back behind it (it had run ahead), and the
    station carries on (clock_check)."""
    try:
        said = station().confirm_clock(request.form.get("held_from", ""),
                                       request.form.get("shown", ""),
                                       f"{g.user.person} ({g.user.name})")  # fmt: skip
    except BroadcasterError as e:
        return refused(str(e), url_for("home.index"))
    flash(said)
    return redirect(url_for("home.index"))


@bp.route("/emergency", methods=["POST"])
@allow(Role.APPROVER, page=False)
def emergency() -> tuple[str, int]:
    """The first step: what will be read, in its spoken form, and a button that airs it."""
    text = request.form.get("text", "").strip()
    if not text:
        return _refused(_("Type the emergency notice to read."))
    try:
        spoken = station().read(text).spoken
    except BroadcasterError as e:
        return _refused(str(e), text)
    page = render_template("emergency.html", text=text, spoken=spoken,
                           daemon_running=station().daemon_pid() is not None)  # fmt: skip
    return page, 200


def _say_aired(airing: Airing) -> None:
    """What became of an emergency aired from here, as the one sentence at the top: "aired"
    only when it reached the loudspeakers (w27leader F2: a storm warning written to a file,
    or cut short, read "Đã phát … (đã phát)" / "(lỗi)")."""
    if airing.status != AiringStatus.AIRED:
        flash(_("The emergency did not air in full ({status}): {error}").format(
            status=airing.status.label, error=airing.error or "-"), "error")  # fmt: skip
    elif not airing.heard:
        flash(_("The emergency did not reach the loudspeakers ({where}). Nobody heard it: "
                "tell the technician, and meanwhile warn people another way.").format(
            where=airing.where), "error")  # fmt: skip
    else:
        flash(_("The emergency was aired ({length}): {where}.").format(
            length=duration_text(airing.duration_s or 0.0), where=airing.where))  # fmt: skip


@bp.route("/emergency/send", methods=["POST"])
@allow(Role.APPROVER, page=False)
@once
def send_emergency() -> Response | tuple[str, int]:
    """The confirmed emergency, recorded as sent by this account, handed to the airing
    service (or, when it does not run, aired from here before the page answers); the same
    confirmation sent again airs nothing (its key is kept with the emergency's record,
    before it airs)."""
    text = request.form.get("text", "").strip()
    if not text:
        return _refused(_("Type the emergency notice to read."))
    try:
        sent = station().emergency(g.user.name, text=text)
    except BroadcasterError as e:
        return _refused(str(e), text)
    if sent.airing is None:
        flash(_("The emergency is handed to the airing service: it cuts what is on air and "
                "airs now."))  # fmt: skip
    else:
        _say_aired(sent.airing)
    return redirect(url_for("home.index"))


@bp.route("/emergency/stop", methods=["POST"])
@allow(Role.APPROVER, page=False)
@once
def stop_emergency() -> Response | tuple[str, int]:
    """The commune's own emergency stopped, by this account and with the reason given: the
    process airing it (the airing service, or this console) cuts it within a second or two,
    or never airs it if it still waits (w27leader F1)."""
    number = request.form.get("number", "")
    try:
        stopped = station().stop_emergency(version_read(number), g.user.person,
                                           request.form.get("reason"))  # fmt: skip
    except BroadcasterError as e:
        return refused(str(e), url_for("home.index"))
    flash(_("{title}: stopped. The loudspeakers stop within a few seconds; if it was still "
            "waiting, it will not air.").format(title=stopped.title))  # fmt: skip
    return redirect(url_for("home.index"))
