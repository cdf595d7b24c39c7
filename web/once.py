"""A form sent twice does its work once (a phone on poor Wi-Fi resends it; she taps again
after a lost reply). Each form that changes the store carries a one-time key made when the
page is shown (`form_key`, beside its CSRF token); its view is `@once`: the key is written in
the same transaction as the change, and a repeat changes nothing, says when the first send
did it and shows the page the first one answered with."""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar, cast

from flask import flash, g, make_response, redirect, request, url_for
from werkzeug.wrappers import Response

from broadcaster.station import AlreadyDone, FormKey
from common.i18n import N_, _

from .context import station

FIELD = "once"
"""The form field that carries the key."""

AGAIN = {
    "announcements.new": N_("This notice was already saved at {at}; it is not saved again."),
    "announcements.edit": N_("This notice was already saved at {at}; it is not saved again."),
    "announcements.upload": N_("These files were already added at {at}; they are not added again."),
    "schedule.new": N_("This slot was already saved at {at}; it is not saved again."),
    "schedule.edit": N_("This slot was already saved at {at}; it is not saved again."),
    "home.send_emergency": N_("This emergency was already sent at {at}; it does not air again."),
    "home.stop_emergency": N_("This emergency was already stopped at {at}."),
    "log.again": N_("This re-air was already planned at {at}; it is not planned again."),
}
"""What a repeat is told, by form; any other: FORM_AGAIN."""
FORM_AGAIN = N_("This form was already sent at {at}; it is not done again.")

View = TypeVar("View", bound=Callable[..., Any])


def form_key(form: str) -> str:
    """A new key for the form that posts to endpoint `form`, for the account logged in."""
    return station().form_key(form, g.user.name)


def sent_key() -> FormKey:
    """The key this request's form came back with (refused when it is not this form's or
    this account's); a repeat sent before the first answered is sent to Trang chủ."""
    assert request.endpoint is not None
    return station().read_form_key(request.form.get(FIELD, ""), request.endpoint, g.user.name,
                                   url_for("home.index"))  # fmt: skip


def again(done: AlreadyDone) -> Response:
    """The answer to a repeat: the first answer's page, and when the first send did it."""
    flash(_(AGAIN.get(done.form, FORM_AGAIN)).format(at=done.when))
    return redirect(done.where)


def once(view: View) -> View:
    """A POST to `view` does its work once per key: the key is kept with what the work
    writes (in the facade's own short transaction, so the slow part holds no lock), and
    only when the view answers with a redirect (its result page)."""

    @wraps(view)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        if request.method != "POST":
            return view(*args, **kwargs)
        key = sent_key()
        try:
            with station().once(key) as answered:
                response = make_response(view(*args, **kwargs))
                if (
                    response.status_code in (301, 302, 303)
                    and response.location
                    and not g.get("refused")
                ):
                    answered(response.location)
        except AlreadyDone as done:
            return again(done)
        return response

    return cast(View, guarded)


def refused(said: str, where: str) -> Response:
    """A refusal answered post/redirect/get: the sentence shown as an error on the page at
    `where`, which the browser then holds (o15lan2 N10: left on …/approve, a pull-to-refresh
    asked to send the form again). The form's key is not kept: nothing was done."""
    flash(said, "error")
    g.refused = True
    return redirect(where, 303)


def version_read(sent: str) -> int:
    """The version number a form says was read, or 0 (no version, which the station refuses
    as changed meanwhile, in Vietnamese): only a few ASCII digits are one. '²' passes
    `isdigit` but `int` refuses it, and thirty nines overflow SQLite: both were a 500 for a
    crafted form (review16 #12)."""
    return int(sent) if sent.isascii() and sent.isdecimal() and len(sent) <= 9 else 0
