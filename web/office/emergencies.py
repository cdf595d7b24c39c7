"""The emergencies sent: the list, and one emergency's state in each commune. Read only in
this version: sending stays at the command line (the page says so)."""

from __future__ import annotations

from flask import Blueprint, render_template

from common.i18n import N_

from ..access import allow
from ..nav import NavEntry
from .context import desk
from .roles import VIEWER

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
    return render_template("office/emergency.html", found=desk().emergency(message_id))
