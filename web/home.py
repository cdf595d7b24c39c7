"""Trang chủ: the station at a glance."""

from __future__ import annotations

from flask import Blueprint, render_template

from broadcaster.accounts import Role
from common.i18n import N_

from .access import allow
from .context import station
from .nav import NavEntry

bp = Blueprint("home", __name__)
NAV = (NavEntry("home.index", N_("Home"), Role.OPERATOR),)


@bp.route("/")
@allow(Role.OPERATOR)
def index() -> str:
    s = station()
    return render_template(
        "home.html",
        now=s.clock(),
        on_air=s.on_air(),
        next_airings=s.next_airings(),
        drafts=s.drafts(),
        daemon_running=s.daemon_pid() is not None,
        warnings=s.warnings(),
    )
