"""The operator's web console: the station from a browser or a phone, in Vietnamese.

A server-rendered Flask app over the station (its store is the only source of truth: the
daemon sees a change made here as it sees one made on the command line). Each page is a
blueprint in its own module listed in PAGES, with its menu entries; every view declares the
role it needs (web/access.py). Templates and the stylesheet are in the package: no
JavaScript build, nothing fetched from the internet.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

from flask import Flask, g, render_template, request
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import HTTPException
from werkzeug.wrappers import Response

from broadcaster.accounts import PASSWORD_MIN
from broadcaster.station import Clock, Station, speak_station_language, system_clock
from common.errors import BroadcasterError
from common.i18n import N_, _, language, ngettext, sentence
from common.localtime import (
    airs_text,
    clock_text,
    date_text,
    day_text,
    days_text,
    duration_text,
    local_text,
)

from . import announcements, auth, heading, home, jingles, lexicon, log, schedule, sync, users
from .access import SessionInterface, authorise
from .context import close_station, station
from .nav import NavEntry
from .once import form_key

PAGES = (home, announcements, schedule, log, heading, lexicon, jingles, sync, users, auth)
"""Each module has `bp` (its blueprint) and `NAV` (its menu entries, in order)."""

MAX_UPLOAD_MB = 32
"""Largest request body (a recording sent from a phone): larger ones are refused whole."""
SESSION_HOURS = 12
"""A session left unused this long ends (each request starts the count again)."""

ERROR_TEXT = {
    400: N_("The request was not understood."),
    401: N_("Please log in first."),
    403: N_("Your account may not open this page."),
    404: N_("There is no such page."),
    405: N_("This page cannot be used this way."),
    413: N_("The file is too large: at most {mb} MB."),
    500: N_("Something went wrong at the station; the page could not be shown."),
}

SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self'; "
        "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        "frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


def create_app(root: Path, clock: Clock = system_clock) -> Flask:
    """The console for the station in `root`; refuses (NoAdminAccount) when the station has
    no admin account, since then nobody could manage it."""
    opened = Station.open(root, clock)
    try:
        opened.accounts.require_admin()
        station_name = opened.config.name
    finally:
        opened.close()
    speak_station_language(root)

    app = Flask(__name__)
    app.config.update(
        STATION_ROOT=opened.root,
        STATION_NAME=station_name,
        CLOCK=clock,
        SECRET_KEY=opened.console_secret(),
        SESSION_COOKIE_NAME="broadcaster_session",
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        MAX_CONTENT_LENGTH=MAX_UPLOAD_MB * 1024 * 1024,
        WTF_CSRF_TIME_LIMIT=None,  # a token lives as long as the session it belongs to
    )
    app.session_interface = SessionInterface()
    app.before_request(authorise)  # before the CSRF check, which CSRFProtect adds next
    CSRFProtect(app)
    app.teardown_appcontext(close_station)
    app.after_request(add_security_headers)
    for page in PAGES:
        app.register_blueprint(page.bp)
    install_templates(app)
    app.register_error_handler(CSRFError, form_expired)
    app.register_error_handler(HTTPException, error_page)
    app.register_error_handler(BroadcasterError, refused)
    app.extensions["nav"] = [entry for page in PAGES for entry in page.NAV]
    return app


def install_templates(app: Flask) -> None:
    """Jinja speaks the station's catalog (`_()`, `{% trans %}`); times are shown local."""
    env = app.jinja_env
    env.add_extension("jinja2.ext.i18n")
    # jinja2's i18n extension adds this method to the environment at run time
    env.install_gettext_callables(gettext=_, ngettext=ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["when"] = lambda value: local_text(value, station().config.zone, station().today())
    env.filters["airs"] = lambda value: airs_text(value, station().config.zone, station().today())
    env.filters["clock"] = clock_text
    env.filters["duration"] = duration_text
    env.filters["day"] = lambda value: day_text(value, station().today())
    env.filters["days"] = days_text
    env.filters["person"] = lambda name: station().accounts.person(name)
    env.filters["date"] = date_text
    env.filters["sentence"] = sentence
    env.globals["password_min"] = PASSWORD_MIN  # a global: the form macros see it too
    env.globals["form_key"] = form_key

    @app.context_processor
    def page_context() -> dict[str, Any]:
        user = g.get("user")
        nav: list[NavEntry] = app.extensions["nav"]
        return {
            "language": language(),
            "station_name": shown_name(app.config["STATION_NAME"]),
            "user": user,
            "nav": [e for e in nav if user and user.role.allows(e.role)],
        }


def shown_name(configured: str) -> str:
    """The station's name as people read it: the one the leader saved with the report heading
    (officer trial eleven: the header kept "Đài truyền thanh xã (mẫu)" after he named it),
    else station.toml's `name` (which stays the reports' station column all the same)."""
    if "printed_name" in g:
        return str(g.printed_name)
    try:
        g.printed_name = station().printed_name()  # one query a request, whatever renders
        return str(g.printed_name)
    except BroadcasterError:  # a page telling that the station cannot be opened still shows
        return configured


def add_security_headers(response: Response) -> Response:
    response.headers.update(SECURITY_HEADERS)
    if request.endpoint != "static":
        response.headers["Cache-Control"] = "no-store"  # pages show what only staff may see
    return response


def form_expired(error: CSRFError) -> tuple[str, int]:
    message = _("The form has expired or did not come from this console: reload the page "
                "and try again.")  # fmt: skip
    return render_template("error.html", message=message), 400


def refused(error: BroadcasterError) -> tuple[str, int]:
    """A refusal no form caught: its sentence, on a page of its own."""
    return render_template("error.html", message=str(error)), 400


def error_page(error: HTTPException) -> Response | tuple[str, int]:
    code = error.code or 500
    if code not in ERROR_TEXT:
        return error.get_response()
    message = _(ERROR_TEXT[code]).format(mb=MAX_UPLOAD_MB)
    return render_template("error.html", message=message), code
