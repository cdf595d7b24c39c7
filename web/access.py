"""Who may open what: every view declares the role it needs, and one check before every
request enforces it. A view that declares nothing is refused to everyone (fail closed), so a
page added later cannot be left open by forgetting.

Sessions are Flask's signed cookies holding the account name and its session epoch; the
account is read from the store on every request, so a removed account, a changed role or a
changed password takes effect at the next click.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Literal, Protocol, TypeVar, cast
from urllib.parse import unquote, urlsplit

from flask import Flask, abort, current_app, g, redirect, request, session, url_for
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from flask.wrappers import Request
from itsdangerous import BadSignature
from werkzeug.wrappers import Response

from broadcaster.accounts import Account, Rank
from common.i18n import N_, _

from .context import accounts

View = TypeVar("View", bound=Callable[..., Any])


SIGNED_IN: Literal["signed in"] = "signed in"
"""Any account, whatever its role (logging out): the station's and the office's roles differ."""
Needed = Rank | Literal["signed in"]


@dataclass(frozen=True)
class Access:
    role: Needed | None
    """The least role that may open the view (or SIGNED_IN); None: anyone, logged in or not."""
    page: bool = True
    """A page a person opens (anonymous visitors are sent to log in); otherwise a request
    made by a page (a form's action, a file, a fragment), answered 401 when anonymous."""
    refused: str | None = None
    """What the refusal of a lower role says (a catalog message), instead of the bare 403."""


class Declared(Protocol):
    """A view function carrying its declaration (`access_of` reads it)."""

    access: Access


PUBLIC = Access(None)
PUBLIC_ENDPOINTS = {"static": PUBLIC}
"""Endpoints Flask makes itself: the vendored CSS is needed by the log-in page."""


def allow(
    role: Needed | None, *, page: bool = True, refused: str | None = None
) -> Callable[[View], View]:
    """Declare who may open the view: `@allow(Role.APPROVER)`, or `@allow(None)` for all;
    `refused`: what a lower role is told (who may do it), rather than a bare refusal."""

    def mark(view: View) -> View:
        cast(Declared, view).access = Access(role, page, refused)
        return view

    return mark


def access_of(app: Flask, endpoint: str) -> Access | None:
    if endpoint in PUBLIC_ENDPOINTS:
        return PUBLIC_ENDPOINTS[endpoint]
    return getattr(app.view_functions[endpoint], "access", None)


def authorise() -> Response | None:
    """Runs before every request (and before the CSRF check, so that a stranger is told to
    log in rather than that the form expired)."""
    if request.endpoint == "static":
        return None  # the stylesheet: no need to open the store
    g.user = current_user()
    if request.endpoint is None:
        return None  # no such page: 404
    access = access_of(current_app, request.endpoint)
    if access is None:
        abort(403)
    if access.role is None:
        return None
    if g.user is None:
        if access.page and request.method == "GET":
            return redirect(url_for("auth.login", next=request.full_path.rstrip("?")))
        abort(401)
    if not may(g.user, access.role):
        abort(403, description=_(access.refused) if access.refused else who_may(access.role))
    return None


def who_may(needed: Needed) -> str | None:
    """Who may do what this account was refused, and whom to ask: "may not open this page"
    alone left anh Tuấn (approver) with nowhere to turn (w27leader F4). None: a role of the
    other console (the bare refusal)."""
    mine = g.user.role
    if needed == SIGNED_IN or not isinstance(needed, type(mine)):
        return None
    if list(type(needed))[-1] is needed:
        return _(
            "Only the admin (whoever made your account) may do this; yours is a "
            "“{mine}” account. If it needs doing, ask the admin."
        ).format(mine=mine.label)
    return _("Only an account with the role “{role}” or above may do this; yours is a "
             "“{mine}” account. If it needs doing, ask someone with that role.").format(
        role=needed.label, mine=mine.label)  # fmt: skip


def may(user: Account, needed: Needed) -> bool:
    """Whether the account may open what needs that role (a role of another console: no)."""
    if needed == SIGNED_IN:
        return True
    roles = type(user.role)
    return isinstance(needed, roles) and user.role.allows(needed)


def current_user() -> Account | None:
    """The logged-in account, if its session is still valid."""
    name, epoch = session.get("user"), session.get("epoch")
    if not name or not epoch:
        return None
    account = accounts().get(name)
    if account is None or account.session_epoch != epoch:
        session.clear()  # the account removed, or a log-out elsewhere or a new password
        session[ENDED] = "removed" if account is None else "elsewhere"
        return None
    return account


def log_in(account: Account) -> None:
    """A fresh session for the account (nothing carried over from before logging in)."""
    session.clear()
    session["user"] = account.name
    session["epoch"] = account.session_epoch
    session.permanent = True


def local_path(target: str | None, otherwise: str = "/") -> str:
    """`target` when it is a path on this console, else `otherwise`: every address the
    console sends a browser back to comes from a request (`next`, the page asked, the
    Referer), and a browser reads `/\\host`, `//host` or `/<tab>/host` as another site
    (review17 #1). So one "/", no backslash, no blank or control character, and no scheme or
    host, as written or percent-decoded."""
    if not target or not target.startswith("/"):
        return otherwise
    for form in (target, unquote(target)):
        if form.startswith("//") or "\\" in form or any(c <= " " or c == "\x7f" for c in form):
            return otherwise
        parts = urlsplit(form)
        if parts.scheme or parts.netloc:
            return otherwise
    return target


def page_sent_from(otherwise: str = "/") -> str:
    """The page (path and query) a form was sent from, by its Referer: this console's own
    page only, else `otherwise` (another site, or a browser that sends no Referer)."""
    came_from = urlsplit(request.referrer or "")
    if came_from.netloc != request.host:
        return otherwise
    return local_path(came_from._replace(scheme="", netloc="", fragment="").geturl(), otherwise)


ENDED = "ended"
"""The session's key saying why the last one ended: the log-in page says it, once."""
ENDINGS = {
    "elsewhere": N_("Your session has ended: this account was logged out on another device, "
                    "or its password was changed. Log in again (with the new password, if it "
                    "was changed)."),
    "removed": N_("Your session has ended: this account has been removed; if you still need "
                  "this console, ask its admin (who made your account) for an account of your "
                  "own."),
    "expired": N_("Your session has ended: it was left unused for {hours} hours. Log in "
                  "again."),
}  # fmt: skip
MACHINE_FIELDS = {
    "csrf_token", "once", "built_on", "held_from", "id", "over", "refused", "seen", "shown",
    "term", "version", "name", "action", "announce", "compared", "keep_mine", "new_groups",
    "no_group", "old", "new", "format", "role", "status", "priority", "voice", "group",
}  # fmt: skip
"""Fields a page fills in itself or a person picks (hidden fields, buttons, drop-downs, boxes
to tick): not typed, so not shown back when a form is refused for its ended session."""


def why_ended() -> str | None:
    """Why the session ended, said once (the log-in page, or the page refusing a form sent
    after it ended), else None."""
    ended = session.pop(ENDED, None)
    if ended not in ENDINGS:
        return None
    return _(ENDINGS[ended]).format(hours=current_app.config["SESSION_HOURS"])


def typed_in_form() -> list[str]:
    """What a person typed in the form a refused request carried: shown back, to copy before
    logging in again (w27leader F9: a refusal reason typed on a phone left open overnight was
    lost with the session). Nothing of a form that carries a password: the fields beside it
    are passwords too, whatever their names ('current', 'again'), and were shown."""
    if request.method != "POST" or any("password" in key for key in request.form):
        return []
    return [value.strip() for key, values in request.form.lists() for value in values
            if key not in MACHINE_FIELDS and value.strip()
            and any(c.isalpha() for c in value)]  # fmt: skip


KEPT_AFTER_END = timedelta(days=7)
"""How long the browser keeps a session cookie past its end (the server refuses it by then):
long enough for the log-in page to say the session ended, rather than nothing."""


class SessionInterface(SecureCookieSessionInterface):
    """The session cookie is marked Secure whenever the request came over HTTPS (directly,
    or through a trusted proxy on this machine that says so). A session past its time is
    refused as before, but noted (ENDED) so that she is told why she must log in again."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return request.is_secure

    def get_expiration_time(self, app: Flask, session: Any) -> datetime | None:
        ends = super().get_expiration_time(app, session)
        return ends + KEPT_AFTER_END if ends else None

    def open_session(self, app: Flask, request: Request) -> SecureCookieSession | None:
        found = super().open_session(app, request)
        cookie = request.cookies.get(self.get_cookie_name(app))
        serializer = self.get_signing_serializer(app)
        if found is None or "user" in found or not cookie or serializer is None:
            return found
        try:
            was = serializer.loads(cookie)  # signed by this console, whatever its age
        except BadSignature:
            return found
        if isinstance(was, dict) and was.get("user"):
            found[ENDED] = "expired"
        return found
