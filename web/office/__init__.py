"""The office's web console: chị Mai's month, the stations and the emergencies sent, from a
browser or a phone, over the office's PostgreSQL and the office facade (office/desk.py).

The commune's console lends it everything that is not a page (web.console_app: log-in and
its throttling, session cookie, CSRF, security headers, error pages, declared access, base
template and stylesheet); its own accounts are the office's (`office user …`).
"""

from __future__ import annotations

from flask import Flask, current_app, render_template, request

from common.i18n import _
from common.localtime import local_text
from office.desk import (
    OFFICE_ZONE,
    Clock,
    DatabaseDown,
    DatabaseGone,
    Office,
    OfficeSettings,
    database_lost,
    system_clock,
)

from .. import auth, console_app
from ..access import local_path, page_sent_from
from . import emergencies, month, stations
from .context import close_desk, desk, today

PAGES = (month, stations, emergencies, auth.OFFICE)
SESSION_COOKIE = "broadcaster_office_session"
"""Not the commune console's cookie: both may run on one machine, and a browser sends a
host's cookies to every port of it."""


def create_office_app(
    dsn: str, settings: OfficeSettings | None = None, clock: Clock = system_clock
) -> Flask:
    """The console over the office database `dsn` (brought to the current schema first);
    refuses (NoAdminAccount) when the office has no admin account. It speaks the language
    the door chose (the command line's: the environment's, else Vietnamese)."""
    with Office.open(dsn, clock) as opened:
        opened.accounts.require_admin()
        secret = opened.console_secret()
    issuer = settings.issuer if settings else None
    app = console_app(
        __name__, secret, SESSION_COOKIE, PAGES, lambda: desk().accounts,
        lambda: issuer or _("The office"), close_desk,
    )  # fmt: skip
    app.config.update(OFFICE_DB=dsn, OFFICE_SETTINGS=settings, CLOCK=clock)
    app.jinja_env.filters["when"] = lambda v: local_text(v, OFFICE_ZONE, today(), mid=False)
    app.jinja_env.globals["serve_silent"] = lambda: desk().serve_silent()
    app.jinja_env.globals["today"] = today
    app.register_error_handler(DatabaseGone, database_down)
    app.register_error_handler(DatabaseDown, database_down)
    return app


DOWN_RELOAD_S = 30
"""How often the page shown while the database is down looks again (gently: a phone on 3G)."""


def database_down(error: DatabaseGone | DatabaseDown) -> tuple[str, int]:
    """PostgreSQL cannot be opened, or stopped while a page was made: one page in her words
    (what is wrong, that the communes keep airing, what to tell the technician) that reloads
    itself and comes back to the page she was on once it answers (o16web4 C12: the bare
    error named a socket and "this machine" on her phone, and stayed after PostgreSQL came
    back). The address and the driver's words are the technician's: in the log."""
    detail = str(error) if isinstance(error, DatabaseDown) else database_lost(error)
    current_app.logger.error("%s (%s %s: %r)", detail, request.method, request.path, error)
    if (
        found := emergencies.watched()
    ):  # her page says whom to call; the command is the technician's
        current_app.logger.error(_(
            "While the database is down, emergency {id} cannot be cancelled, not even with "
            "'broadcaster office emergency cancel {id}' on the office server: bring the "
            "database back first."
        ).format(id=found[0]))  # fmt: skip
    query = f"?{request.query_string.decode()}" if request.query_string else ""
    back = local_path(request.path + query)
    if request.method != "GET":  # a form sent: back to the form's page (its own is POST only)
        back = page_sent_from()
    return render_template("office/database_down.html", back=back, every=DOWN_RELOAD_S), 503
