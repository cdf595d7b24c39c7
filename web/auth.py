"""Logging in and out, and changing one's own password, for the commune's console and the
office's alike (`bp` and `door`)."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from flask import (
    Blueprint,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from werkzeug.wrappers import Response

from broadcaster.accounts import AccountError, LoginThrottled, Role
from common.i18n import N_, _

from .access import SIGNED_IN, allow, local_path, log_in, why_ended
from .context import FORM, accounts, form_errors
from .nav import NavEntry
from .once import once

bp = Blueprint("auth", __name__)
"""The commune console's: log in and out, and change one's password."""
NAV = (NavEntry("auth.password", N_("My password"), Role.OPERATOR),)

ONE_PASSWORD_CHECK = threading.Lock()
"""argon2id takes 64 MiB per password checked: one check at a time keeps the console's memory
bounded (about 126 MB at its peak instead of 320 MB when 20 people log in at once)."""


def client_address() -> str:
    """The client as the server saw it (waitress puts a trusted proxy's client here)."""
    return request.remote_addr or "unknown"


@allow(None)
def login() -> Response | tuple[str, int, dict[str, str]]:
    if g.user and request.method == "GET":
        return redirect(url_for("home.index"))
    if request.method == "GET" and (ended := why_ended()):  # why she is asked to log in again
        flash(ended)
    errors: dict[str, str] = {}
    name = request.form.get("name", "")
    headers: dict[str, str] = {}
    if request.method == "POST":
        password = request.form.get("password", "")
        if not name.strip():
            errors["name"] = _("Enter your log-in name.")
        if not password:
            errors["password"] = _("Enter your password.")
        if not errors:
            try:
                with ONE_PASSWORD_CHECK:
                    account = accounts().authenticate(name, password, client_address())
            except LoginThrottled as e:
                errors[FORM] = str(e)
                headers["Retry-After"] = str(int(e.retry_after.total_seconds()) + 1)
            except AccountError as e:
                errors = form_errors(e)
            else:
                log_in(account)
                return redirect(local_path(request.args.get("next"), url_for("home.index")))
    status = 429 if "Retry-After" in headers else 400 if errors else 200
    return render_template("login.html", name=name, errors=errors), status, headers


@allow(SIGNED_IN, page=False)
def logout() -> Response:
    """Ends the account's sessions on the server too (review thirteen #4): a copy of the
    cookie, taken from this browser or another, opens nothing after it."""
    accounts().end_sessions(g.user.name)
    session.clear()
    flash(_("You have logged out, on this device and every other one using this account."))
    return redirect(url_for("auth.login"))


@dataclass(frozen=True)
class Door:
    """The office console's page of these: log in and out, and her own password (the
    accounts themselves are made at the command line, `office user`)."""

    bp: Blueprint
    NAV: tuple[NavEntry, ...] = ()


door = Blueprint("auth", __name__)
for blueprint in (bp, door):
    blueprint.add_url_rule("/login", view_func=login, methods=["GET", "POST"])
    blueprint.add_url_rule("/logout", view_func=logout, methods=["POST"])
OFFICE = Door(door, (NavEntry("auth.password", N_("My password"), SIGNED_IN),))


@bp.route("/password", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def password() -> Response | tuple[str, int]:
    """The commune's: a form sent twice changes the password once (`once`, in the station)."""
    return change_password("auth.password")


@door.route("/password", methods=["GET", "POST"], endpoint="password")
@allow(SIGNED_IN)
def office_password() -> Response | tuple[str, int]:
    """The office's: its forms carry no one-time key (they live in the station's store); a
    repeat is refused, its current password being the new one by then."""
    return change_password(None)


def change_password(once_key: str | None) -> Response | tuple[str, int]:
    """Change one's own password: the current one first (counted like a log-in); the other
    sessions of the account end (`set_password` renews its session epoch), this one goes on."""
    errors: dict[str, str] = {}
    if request.method == "POST":
        current = request.form.get("current", "")
        new, again = request.form.get("password", ""), request.form.get("again", "")
        known = accounts()
        if new != again:
            errors["again"] = _("The two new passwords differ.")
        else:
            try:
                with ONE_PASSWORD_CHECK:
                    known.authenticate(g.user.name, current, client_address())
            except AccountError as e:
                errors["current"] = str(e)
            else:
                try:
                    known.set_password(g.user.name, new)
                except AccountError as e:
                    errors = form_errors(e)
                else:
                    account = known.get(g.user.name)
                    assert account, "the account whose password was just changed"
                    log_in(account)
                    flash(_("Your password is changed; other devices must log in again."))
                    return redirect(url_for("home.index"))
    page = render_template("password.html", errors=errors, once=once_key)
    return page, 400 if errors else 200
