"""The emergencies sent: the list, one emergency's state in each commune, and its cancel (an
admin, while it is valid: asked for here, signed by `office serve`, since this process holds
no key). Sending stays at the command line (the page says so): a session on a phone must not
be able to make every loudspeaker of the province speak."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from flask import (
    Blueprint,
    current_app,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from common.errors import BroadcasterError
from common.i18n import N_, _
from common.localtime import local_text
from office.desk import OFFICE_ZONE, EmergencyStatus, NoSuchEmergency, issued_at_of

from ..access import allow
from ..nav import NavEntry
from .context import desk, today, viewer, whom_to_tell
from .roles import ADMIN, VIEWER

if TYPE_CHECKING:
    from office.cancel_requests import CancelRequest

bp = Blueprint("emergencies", __name__, url_prefix="/emergencies")
NAV = (NavEntry("emergencies.index", N_("Emergencies sent"), VIEWER),)
SHOWN = 50
"""The newest emergencies listed."""
FAST_FOR = timedelta(minutes=10)
"""How long after its sending, or its cancel, an emergency's answers are followed every
FAST_S: the communes answer within seconds, or minutes for one whose network is slow."""
FAST_S, SLOW_S = 5, 60
"""The pages' look again while an emergency is that young, and after: one valid for two
days with an offline commune would otherwise reload every tab every 5 s for two days
(review16 #11)."""


def watched() -> tuple[str, datetime] | None:
    """The emergency of this address and its sending time, from the address alone (its code
    holds it: no database); None off an emergency's pages, or for a code that is not one."""
    found = (request.view_args or {}).get("message_id") if request.blueprint == bp.name else None
    sent = issued_at_of(str(found)) if found else None
    return (str(found), sent) if sent is not None else None


@bp.app_template_global()
def watched_emergency() -> str | None:
    """On the page shown while the database is down: the emergency she was watching, and that
    it cannot be cancelled until the database answers (o17web5 D6: that page named nothing,
    and said nothing of a cancel), in her words: whom to call, not a command she cannot run
    (the command is the technician's, in the console's log: `database_down`)."""
    if (found := watched()) is None:
        return None
    said = _(
        "You were watching the emergency the office sent at {time} ({id}). It cannot be "
        "cancelled until the database answers again, here or at the office server: call the "
        "technician to bring the database back. To stop it at once, phone the communes."
    )
    now = current_app.config["CLOCK"]().astimezone(OFFICE_ZONE)  # not desk(): no database
    return said.format(time=local_text(found[1], OFFICE_ZONE, now.date(), mid=True), id=found[0])


@bp.route("/")
@allow(VIEWER)
def index() -> str:
    sent = desk().emergencies(SHOWN, viewer=viewer())
    reload = _every(
        desk().clock(),
        [_since(line.issued_at, line.cancelled_at, line.ended_at is None, line.awaited)
         for line in sent],
        any(_asked(line.cancel_request, line.cancelled_at) for line in sent),
    )  # fmt: skip
    return render_template("office/emergencies.html", sent=sent, reload=reload,
                           sender=whom_to_tell())  # fmt: skip


def _emergency(message_id: str) -> EmergencyStatus:
    """The emergency of this address, as this reader is to read it; an unknown one is said
    in the console's words (the terminal's point at 'office emergency list')."""
    try:
        return desk().emergency(message_id, viewer=viewer())
    except NoSuchEmergency as e:
        raise BroadcasterError(
            _(
                "There is no emergency '{id}': the list of emergencies sent shows those the "
                "office sent."
            ).format(id=e.id)
        ) from None


def _since(
    issued: datetime, cancelled: datetime | None, valid: bool, awaited: int
) -> datetime | None:
    """Since when an emergency on the page may still change, or None: it may while it is in
    force (another officer's cancel, a commune's answer, one approved since) and while the
    office may still hear from one of its communes (`awaited`: after a cancel, those that had
    it on air), o21web9 Y1: followed only while one was silent, the pages kept "đang phát",
    and the cancel button of an emergency another officer had cancelled."""
    if (valid and not cancelled) or awaited:
        return cancelled or issued
    return None


def _asked(asked: CancelRequest | None, cancelled: datetime | None) -> bool:
    """A cancel asked for from the console and waiting for `office serve`: followed until
    signed (o18web6 C3)."""
    return asked is not None and not asked.refused and not cancelled


def _every(now: datetime, since: Sequence[datetime | None], asked: bool) -> int | None:
    """Every how many seconds a page of emergencies looks again (None: it stays still), for
    the emergencies it shows, each since when it may still change (`_since`): every FAST_S
    within FAST_FOR of the latest sending or cancel, or while a cancel waits, else every
    SLOW_S (review16 #11: one valid for two days must not reload every tab every 5 s)."""
    changing = [at for at in since if at is not None]
    if asked:
        return FAST_S
    if not changing:
        return None
    return FAST_S if now - max(changing) < FAST_FOR else SLOW_S


@bp.route("/<message_id>")
@allow(VIEWER)
def show(message_id: str) -> str:
    found = _emergency(message_id)
    shown = _cancel(found)
    # she watches this page during an emergency: it follows the communes' answers, another
    # officer's cancel and the office server coming back, as the list does
    valid = found.valid_until > desk().clock()
    since = _since(found.issued_at, found.cancelled_at, valid, found.awaited)
    every = _every(desk().clock(), [since], _asked(found.cancel_request, found.cancelled_at))
    return render_template("office/emergency.html", found=found, every=every,
                           asked_note=_asked_note(found), **shown)  # fmt: skip


def _cancel(found: EmergencyStatus) -> dict[str, object]:
    """Whether this admin may ask for its cancel now: valid, not cancelled, and not already
    asked for (a refused request may be asked again); `over`: it ended uncancelled."""
    asked = found.cancel_request
    waiting = asked is not None and not asked.refused
    may = g.user.role == ADMIN and not found.cancelled_at and not waiting
    over = found.valid_until <= desk().clock()
    return {"cancellable": may and not over, "over": over and not found.cancelled_at}


ADMIN_ONLY = N_("Only an admin can cancel an emergency.")
"""What a viewer who opens the cancel page (a link kept from an admin) is told."""


@bp.route("/<message_id>/cancel", methods=["GET"])
@allow(ADMIN, refused=ADMIN_ONLY)
def confirm(message_id: str) -> tuple[str, int]:
    """What will be cancelled, named as `office emergency cancel` names it, before she says
    yes."""
    return _confirm(message_id)


def _confirm(message_id: str, error: str | None = None) -> tuple[str, int]:
    found = _emergency(message_id)
    page = render_template("office/cancel.html", found=found, error=error, **_cancel(found))
    return page, 400 if error else 200


@bp.route("/<message_id>/cancel", methods=["POST"])
@allow(ADMIN, page=False, refused=ADMIN_ONLY)
def cancel(message_id: str) -> Response | tuple[str, int]:
    """Records her request only: this process is reachable from the web and holds no key;
    `office serve` signs and publishes the cancel within seconds (office/cancel_requests.py)."""
    try:
        desk().request_cancel(message_id, g.user.person)
    except BroadcasterError as e:
        return _confirm(message_id, str(e))
    office = desk()
    signed = office.cancels_signed()  # else the page's lines say why not (o15web3 K7, w16f)
    late = signed and office.serve_late_since()
    if late:  # it missed a beat, in the two minutes before it is said down (o16web4 K7)
        session[ASKED] = [message_id, _(
            "Cancel of emergency {id} asked for, but the office server has not been heard from "
            "since {time}: it signs and sends the cancel once it answers, and this page says "
            "when. If the page still says nothing in two minutes, cancel with 'broadcaster "
            "office emergency cancel {id}' at the office's machine").format(
            id=message_id, time=local_text(late, OFFICE_ZONE, today(), mid=True))]  # fmt: skip
    elif signed:  # it may have stopped since its last beat: promise only what holds (Z3)
        heard = office.serve_heard_at()
        session[ASKED] = [message_id, _(
            "Cancel of emergency {id} asked for: if the office server is running (last heard "
            "from {time}), it signs and sends it within seconds, and this page says when it is "
            "cancelled").format(id=message_id, time=local_text(
                heard, OFFICE_ZONE, today(), mid=True) if heard else "–")]  # fmt: skip
    return redirect(url_for("emergencies.show", message_id=message_id))


ASKED = "cancel_asked"
"""The session's note of the cancel she just asked for: (emergency id, what the page said)."""


def _asked_note(found: EmergencyStatus) -> str | None:
    """What her page said when she asked for this emergency's cancel, while that cancel is
    still to be signed: kept in the part the page swaps, so it goes once it is cancelled
    (o22web10 Z6: a flash stayed above the updated lines, promising seconds, at +30 s)."""
    kept = session.get(ASKED)
    if not kept or kept[0] != found.id:
        return None
    asked = found.cancel_request
    if found.cancelled_at or asked is None or asked.refused:
        session.pop(ASKED)
        return None
    return str(kept[1])
