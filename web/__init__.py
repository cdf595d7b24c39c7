"""The operator's web console: the station from a browser or a phone, in Vietnamese.

A server-rendered Flask app over the station (its store is the only source of truth: the
daemon sees a change made here as it sees one made on the command line). Each page is a
blueprint in its own module listed in PAGES, with its menu entries; every view declares the
role it needs (web/access.py). Templates and the stylesheet are in the package: no
JavaScript build, nothing fetched from the internet.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from pathlib import Path
from typing import Any, Protocol

from flask import Blueprint, Flask, flash, g, redirect, render_template, request, url_for
from flask_wtf.csrf import CSRFError, CSRFProtect
from werkzeug.exceptions import Forbidden, HTTPException
from werkzeug.wrappers import Response

from broadcaster.accounts import PASSWORD_MIN
from broadcaster.station import (
    Accounts,
    Clock,
    Station,
    speak_station_language,
    system_clock,
)
from common.errors import BroadcasterError
from common.i18n import N_, _, field_sentence, full_stop, language, ngettext, sentence
from common.localtime import (
    airs_text,
    clock_text,
    date_text,
    dated_text,
    day_text,
    days_text,
    duration_text,
    inline,
    local_text,
)

from . import announcements, auth, heading, home, jingles, lexicon, log, schedule, sync, users
from .access import SessionInterface, authorise, may, page_sent_from, typed_in_form, why_ended
from .context import Gone, close_station, refused_digest, station
from .nav import NavEntry
from .once import form_key


class Page(Protocol):
    """A page module: its blueprint, and its menu entries in order."""

    @property
    def bp(self) -> Blueprint: ...
    @property
    def NAV(self) -> Sequence[NavEntry]: ...


PAGES: tuple[Page, ...] = (
    home, announcements, schedule, log, heading, lexicon, jingles, sync, users, auth
)  # fmt: skip
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
        secret = opened.console_secret()
    finally:
        opened.close()
    speak_station_language(root)

    app = console_app(
        __name__, secret, "broadcaster_session", PAGES, lambda: station().accounts,
        lambda: shown_name(station_name), close_station,
    )  # fmt: skip
    app.config.update(STATION_ROOT=opened.root, STATION_NAME=station_name, CLOCK=clock)
    env = app.jinja_env
    # a line's start; `|inline` inside a sentence (test_code_rules)
    env.filters["when"] = lambda v: local_text(
        v, station().config.zone, station().today(), mid=False
    )
    env.filters["airs"] = lambda v: airs_text(
        v, station().config.zone, station().today(), mid=False
    )
    env.filters["day"] = lambda value: day_text(value, station().today(), mid=False)
    env.filters["dated"] = lambda value: dated_text(value, station().today())
    env.filters["person"] = lambda name: station().accounts.person(name)
    env.globals["form_key"] = form_key
    return app


def console_app(
    name: str,
    secret: bytes,
    cookie: str,
    pages: Sequence[Page],
    accounts: Callable[[], Accounts],
    brand: Callable[[], str],
    close: Callable[[BaseException | None], None],
) -> Flask:
    """What the commune's console and the office's share: log-in over `accounts` (throttled),
    the signed session `cookie`, CSRF on every form, security headers, error pages, the
    declared access of every view, the base template and stylesheet, the menu of `pages`
    (each with `bp` and `NAV`) and the console's `brand` atop every page."""
    app = Flask(name, root_path=str(Path(__file__).parent))
    app.config.update(
        SECRET_KEY=secret,
        SESSION_COOKIE_NAME=cookie,
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        SESSION_HOURS=SESSION_HOURS,
        MAX_CONTENT_LENGTH=MAX_UPLOAD_MB * 1024 * 1024,
        WTF_CSRF_TIME_LIMIT=None,  # a token lives as long as the session it belongs to
    )
    app.session_interface = SessionInterface()
    app.before_request(authorise)  # before the CSRF check, which CSRFProtect adds next
    CSRFProtect(app)
    app.teardown_appcontext(close)
    app.after_request(add_security_headers)
    for page in pages:
        app.register_blueprint(page.bp)
    install_templates(app, brand)
    app.register_error_handler(CSRFError, form_expired)
    app.register_error_handler(HTTPException, error_page)
    app.register_error_handler(BroadcasterError, refused)
    app.register_error_handler(Gone, gone_page)
    app.extensions["nav"] = [entry for page in pages for entry in page.NAV]
    app.extensions["accounts"] = accounts
    return app


def install_templates(app: Flask, brand: Callable[[], str]) -> None:
    """Jinja speaks the process's catalog (`_()`, `{% trans %}`)."""
    env = app.jinja_env
    env.add_extension("jinja2.ext.i18n")
    # jinja2's i18n extension adds this method to the environment at run time
    env.install_gettext_callables(gettext=_, ngettext=ngettext, newstyle=True)  # type: ignore[attr-defined]
    env.filters["clock"] = clock_text
    env.filters["duration"] = duration_text
    env.filters["days"] = days_text
    env.filters["date"] = date_text
    env.filters["sentence"] = sentence
    env.filters["field_error"] = field_sentence  # every field's error: sentences naming it
    env.filters["inline"] = inline  # `when`'s "Hôm nay 13:12" inside a sentence: "hôm nay"
    env.globals["password_min"] = PASSWORD_MIN  # a global: the form macros see it too
    env.globals["refused_digest"] = refused_digest

    @app.context_processor
    def page_context() -> dict[str, Any]:
        user = g.get("user")
        nav: list[NavEntry] = app.extensions["nav"]
        return {
            "language": language(),
            "station_name": brand(),
            "user": user,
            "nav": [e for e in nav if user and may(user, e.role)],
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


def gone_page(error: Gone) -> Response:
    """A form or a link for something no longer there: the list it was on, with what
    happened and, for a form, that it changed nothing (w27office #3: a slot removed in
    another tab answered "Không có trang này", an account removed meanwhile the same)."""
    said = full_stop(error.said)
    if request.method == "POST":
        said += " " + _("Nothing was changed.")
    flash(said, "error")
    return redirect(url_for(error.page), 303)


def error_page(error: HTTPException) -> Response | tuple[str, int]:
    code = error.code or 500
    if code not in ERROR_TEXT:
        return error.get_response()
    message = _(ERROR_TEXT[code]).format(mb=MAX_UPLOAD_MB)
    if code == 403 and error.description != Forbidden.description:  # who may do it (allow)
        message = error.description or message
    again: str | None = None
    typed: list[str] = []
    if code == 401:  # a session ended (overnight, a new password): a way back in, to the page,
        again = url_for("auth.login", next=page_sent_from())  # why, and what was typed
        ended = why_ended()  # in a session of this browser's: a form from elsewhere is no one's
        message, typed = (ended, typed_in_form()) if ended else (message, [])
    return render_template("error.html", message=message, log_in=again, typed=typed), code
