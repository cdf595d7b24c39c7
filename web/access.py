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
from typing import Any, Literal, Protocol, TypeVar, cast
from urllib.parse import urlsplit

from flask import Flask, abort, current_app, g, redirect, request, session, url_for
from flask.sessions import SecureCookieSessionInterface
from werkzeug.wrappers import Response

from broadcaster.accounts import Account, Rank

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


class Declared(Protocol):
    """A view function carrying its declaration (`access_of` reads it)."""

    access: Access


PUBLIC = Access(None)
PUBLIC_ENDPOINTS = {"static": PUBLIC}
"""Endpoints Flask makes itself: the vendored CSS is needed by the log-in page."""


def allow(role: Needed | None, *, page: bool = True) -> Callable[[View], View]:
    """Declare who may open the view: `@allow(Role.APPROVER)`, or `@allow(None)` for all."""

    def mark(view: View) -> View:
        cast(Declared, view).access = Access(role, page)
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
        abort(403)
    return None


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
        session.clear()
        return None
    return account


def log_in(account: Account) -> None:
    """A fresh session for the account (nothing carried over from before logging in)."""
    session.clear()
    session["user"] = account.name
    session["epoch"] = account.session_epoch
    session.permanent = True


def safe_next(target: str | None) -> str | None:
    """Where to go after logging in: a path on this site only (never another site)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


class SessionInterface(SecureCookieSessionInterface):
    """The session cookie is marked Secure whenever the request came over HTTPS (directly,
    or through a trusted proxy on this machine that says so)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return request.is_secure
