"""The emergencies sent: the list, one emergency's state in each commune, and its cancel (an
admin, while it is valid). Sending stays at the command line (the page says so): a session
on a phone must not be able to make every loudspeaker of the province speak."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, url_for
from werkzeug.wrappers import Response

from common.errors import BroadcasterError
from common.i18n import N_, _
from office.desk import EmergencyStatus, Office

from ..access import allow
from ..nav import NavEntry
from .context import desk, settings
from .roles import ADMIN, VIEWER

bp = Blueprint("emergencies", __name__, url_prefix="/emergencies")
NAV = (NavEntry("emergencies.index", N_("Emergencies sent"), VIEWER),)
SHOWN = 50
"""The newest emergencies listed."""


@bp.route("/")
@allow(VIEWER)
def index() -> str:
    return render_template("office/emergencies.html", sent=desk().emergencies(SHOWN))


@bp.route("/<message_id>")
@allow(VIEWER)
def show(message_id: str) -> str:
    found = desk().emergency(message_id)
    return render_template("office/emergency.html", found=found, **_cancel(found))


def _cancel(found: EmergencyStatus) -> dict[str, object]:
    """Whether this admin may cancel it now (valid, not cancelled); and, when the console
    cannot sign with the office's emergency key, why and what the technician must do."""
    office = desk()
    if g.user.role != ADMIN or found.cancelled_at or found.valid_until <= office.clock():
        return {"cancellable": False, "cannot": None}
    try:
        Office.emergency_publisher(settings())
    except BroadcasterError as e:
        said = _("This console cannot cancel it, because it cannot sign with the office's "
                 "emergency key ({why}); the technician must let the console's service read "
                 "the keys folder, and until then cancel it at the terminal with 'broadcaster "
                 "office emergency cancel {id}'")  # fmt: skip
        return {"cancellable": False, "cannot": said.format(why=e, id=found.id)}
    return {"cancellable": True, "cannot": None}


ADMIN_ONLY = N_("Only an admin can cancel an emergency.")
"""What a viewer who opens the cancel page (a link kept from an admin) is told."""


@bp.route("/<message_id>/cancel", methods=["GET"])
@allow(ADMIN, refused=ADMIN_ONLY)
def confirm(message_id: str) -> tuple[str, int]:
    """What will be cancelled, named as `office emergency cancel` names it, before she says
    yes."""
    return _confirm(message_id)


def _confirm(message_id: str, error: str | None = None) -> tuple[str, int]:
    found = desk().emergency(message_id)
    page = render_template("office/cancel.html", found=found, error=error, **_cancel(found))
    return page, 400 if error else 200


@bp.route("/<message_id>/cancel", methods=["POST"])
@allow(ADMIN, page=False, refused=ADMIN_ONLY)
def cancel(message_id: str) -> Response | tuple[str, int]:
    office = desk()
    try:
        done = office.cancel_emergency(message_id, g.user.person,
                                       Office.emergency_publisher(settings()))  # fmt: skip
    except BroadcasterError as e:
        return _confirm(message_id, str(e))
    flash(_("Emergency {id} cancelled: the communes that have not aired it will not").format(
        id=done.id))  # fmt: skip
    if not done.published:
        flash(_("warning: the broker did not take the cancel: {problem}. Stations get it at "
                "their next check: within a minute when they can reach the office's "
                "repository").format(problem=done.problem))  # fmt: skip
    return redirect(url_for("emergencies.show", message_id=message_id))
