"""Tài khoản: admins add and remove accounts, change their role or set their password."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from broadcaster.accounts import Account, AccountError, Role
from common.i18n import N_, _

from .access import allow
from .context import Gone, form_errors, station
from .nav import NavEntry
from .once import once

bp = Blueprint("users", __name__, url_prefix="/users")
NAV = (NavEntry("users.index", N_("Accounts"), Role.ADMIN),)


def _account(name: str) -> Account:
    account = station().accounts.get(name)
    if account is None:
        raise Gone(_("There is no account '{name}' now: it was removed meanwhile (in another tab "
                     "or by another administrator)").format(name=name), "users.index")  # fmt: skip
    return account


def _person() -> dict[str, str]:
    return {name: request.form.get(name, "") for name in ("full_name", "position")}


def _new_password(errors: dict[str, str]) -> str | None:
    """The new password from a form with a confirmation, or None (and why, in `errors`)."""
    password, again = request.form.get("password", ""), request.form.get("again", "")
    if password != again:
        errors["again"] = _("The two passwords differ.")
        return None
    return password


@bp.route("", methods=["GET", "POST"])
@allow(Role.ADMIN)
@once
def index() -> Response | tuple[str, int]:
    errors: dict[str, str] = {}
    form = {"name": request.form.get("name", ""), "role": request.form.get("role", "operator"),
            **_person()}  # fmt: skip
    if request.method == "POST":
        password = _new_password(errors)
        if password is not None:
            try:
                account = station().accounts.add(form["name"], form["role"], password,
                                                 form["full_name"], form["position"])  # fmt: skip
            except AccountError as e:
                errors = form_errors(e)
            else:
                flash(_("Account '{name}' added ({role}).").format(
                    name=account.name, role=account.role.label))  # fmt: skip
                return redirect(url_for("users.index"))
    return render_template(
        "users/index.html", accounts=station().accounts.list(), roles=list(Role),
        zone=station().config.zone,
        form=form, errors=errors,
    ), 400 if errors else 200  # fmt: skip


@bp.route("/<name>")
@allow(Role.ADMIN)
def edit(name: str) -> str:
    return render_template("users/edit.html", account=_account(name), roles=list(Role), errors={})


@bp.route("/<name>/role", methods=["POST"])
@allow(Role.ADMIN, page=False)
@once
def set_role(name: str) -> Response | tuple[str, int]:
    account = _account(name)
    try:
        changed = station().accounts.set_role(account.name, request.form.get("role", ""))
    except AccountError as e:
        return _edit_again(account, form_errors(e))
    flash(_("'{name}' is now {role}.").format(name=changed.name, role=changed.role.label))
    if changed.name == g.user.name and not changed.role.allows(Role.ADMIN):
        return redirect(url_for("home.index"))
    return redirect(url_for("users.index"))


@bp.route("/<name>/person", methods=["POST"])
@allow(Role.ADMIN, page=False)
@once
def set_person(name: str) -> Response | tuple[str, int]:
    """Who is behind the account: the log and reports name them so from now on."""
    account = _account(name)
    typed = _person()
    try:
        changed = station().accounts.set_person(account.name, **typed)
    except AccountError as e:
        return _edit_again(account, form_errors(e))
    flash(changed.named_from_now())
    return redirect(url_for("users.index"))


@bp.route("/<name>/password", methods=["POST"])
@allow(Role.ADMIN, page=False)
@once
def set_password(name: str) -> Response | tuple[str, int]:
    account = _account(name)
    errors: dict[str, str] = {}
    password = _new_password(errors)
    if password is not None:
        try:
            station().accounts.set_password(account.name, password)
        except AccountError as e:
            errors = form_errors(e)
    if errors:
        return _edit_again(account, errors)
    flash(_("The password of '{name}' is changed; they must log in again.").format(
        name=account.name))  # fmt: skip
    return redirect(url_for("users.index"))


@bp.route("/<name>/remove", methods=["GET", "POST"])
@allow(Role.ADMIN)
@once
def remove(name: str) -> Response | str | tuple[str, int]:
    """A confirmation page first; the account goes only when it is confirmed."""
    account = _account(name)
    if request.method == "GET":
        return render_template(
            "confirm.html", heading=_("Remove the account {name}?").format(name=account.name),
            said=_("They will no longer be able to log in. What they did stays in the "
                   "station's records."),
            action=url_for("users.remove", name=account.name), once="users.remove", fields={},
            button=_("Remove the account"), back=url_for("users.edit", name=account.name),
        )  # fmt: skip
    try:
        station().accounts.remove(account.name)
    except AccountError as e:
        return _edit_again(account, form_errors(e))
    flash(_("Account '{name}' removed.").format(name=account.name))
    return redirect(url_for("users.index"))


def _edit_again(account: Account, errors: dict[str, str]) -> tuple[str, int]:
    page = render_template("users/edit.html", account=account, roles=list(Role), errors=errors)
    return page, 400
