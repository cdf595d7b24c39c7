"""The stations: the list (group, status, last push), and one station's page where an admin
approves it (after comparing the code the commune read by phone), renames it, moves it
between groups, or revokes it (typing the commune's name, since it cannot be undone)."""

from __future__ import annotations

import unicodedata
from typing import Any

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from common.errors import BroadcasterError
from common.i18n import N_, _
from office import UnknownGroup
from office.desk import STATION_STATUSES

from ..access import allow
from ..context import FORM, form_errors
from ..nav import NavEntry
from .context import desk, group_asked
from .roles import ADMIN, VIEWER

bp = Blueprint("stations", __name__, url_prefix="/stations")
NAV = (NavEntry("stations.index", N_("Stations"), VIEWER),)


@bp.route("/")
@allow(VIEWER)
def index() -> tuple[str, int]:
    group, groups = group_asked()
    errors: dict[str, str] = {}
    try:
        found = desk().stations(group)
    except BroadcasterError as e:
        found, errors = [], {"group": str(e)}
    page = render_template("office/stations.html", stations=found, statuses=STATION_STATUSES,
                           group=group, groups=groups, errors=errors)  # fmt: skip
    return page, 400 if errors else 200


@bp.route("/<fingerprint>")
@allow(VIEWER)
def show(fingerprint: str) -> str:
    return _page(fingerprint)[0]


def _page(fingerprint: str, form: str = "", errors: dict[str, str] | None = None,
          typed: dict[str, str] | None = None) -> tuple[str, int]:  # fmt: skip
    """The station's page; with `errors`, the form `form` shown again with them."""
    office = desk()
    station = office.station(fingerprint)
    page = render_template(
        "office/station.html", station=station, statuses=STATION_STATUSES,
        groups=office.groups(), form=form, errors=errors or {}, typed=typed or {},
    )  # fmt: skip
    return page, 400 if errors else 200


def _groups(text: str) -> list[str]:
    """Groups typed one after another, separated by commas or spaces."""
    return [name for name in text.replace(",", " ").split() if name]


def _done(fingerprint: str, said: str) -> Response:
    flash(said)
    return redirect(url_for("stations.show", fingerprint=fingerprint))


def _refused(fingerprint: str, form: str, error: BroadcasterError) -> tuple[str, int]:
    errors = form_errors(error)
    if isinstance(error, UnknownGroup) and error.first:  # its sentence is the command's
        errors = {FORM: _("No station is in a group yet: to make the groups typed here, tick "
                          "'Make the groups that do not exist yet'.")}  # fmt: skip
    return _page(fingerprint, form, errors, dict(request.form))


@bp.route("/<fingerprint>/approve", methods=["POST"])
@allow(ADMIN, page=False)
def approve(fingerprint: str) -> Response | tuple[str, int]:
    if request.form.get("compared") != "yes":
        errors = {"compared": _("Compare the code with the one the commune read to you by "
                                "phone, then tick the box.")}  # fmt: skip
        return _page(fingerprint, "approve", errors, dict(request.form))
    try:
        groups = _groups(request.form.get("groups", ""))
        new = request.form.get("new_groups") == "yes"
        changed = desk().approve(fingerprint, groups, g.user.person, new)
    except BroadcasterError as e:
        return _refused(fingerprint, "approve", e)
    row: dict[str, Any] = changed.station
    said = _("Approved {commune} ({name}), groups: {groups}")
    groups_now = ", ".join(row["groups"]) or "-"
    return _done(fingerprint, said.format(commune=row["commune"], name=row["name"],
                                          groups=groups_now))  # fmt: skip


@bp.route("/<fingerprint>/rename", methods=["POST"])
@allow(ADMIN, page=False)
def rename(fingerprint: str) -> Response | tuple[str, int]:
    try:
        row = desk().rename(fingerprint, request.form.get("commune", ""))
    except BroadcasterError as e:
        return _refused(fingerprint, "rename", e)
    return _done(fingerprint, _("The station is now {commune} in the reports.").format(
        commune=row["commune"]))  # fmt: skip


@bp.route("/<fingerprint>/groups", methods=["POST"])
@allow(ADMIN, page=False)
def regroup(fingerprint: str) -> Response | tuple[str, int]:
    try:
        row = desk().regroup(
            fingerprint, _groups(request.form.get("add", "")),
            _groups(request.form.get("remove", "")), request.form.get("new_groups") == "yes",
        )  # fmt: skip
    except BroadcasterError as e:
        return _refused(fingerprint, "groups", e)
    return _done(fingerprint, _("Groups of {commune}: {groups}").format(
        commune=row["commune"], groups=", ".join(row["groups"]) or "-"))  # fmt: skip


def _same(typed: str, commune: str) -> bool:
    def tidy(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())

    return bool(typed.strip()) and tidy(typed) == tidy(commune)


@bp.route("/<fingerprint>/revoke", methods=["POST"])
@allow(ADMIN, page=False)
def revoke(fingerprint: str) -> Response | tuple[str, int]:
    """Only when the commune's name is typed: a revoke cannot be undone."""
    office = desk()
    station = office.station(fingerprint)
    errors: dict[str, str] = {}
    reason = request.form.get("reason", "").strip()
    if not reason:
        errors["reason"] = _("Say why: lost, stolen, replaced…")
    if not _same(request.form.get("confirm", ""), station["commune"]):
        errors["confirm"] = _("Type the commune's name, {commune}, to revoke its station.").format(
            commune=station["commune"])  # fmt: skip
    if errors:
        return _page(fingerprint, "revoke", errors, dict(request.form))
    try:
        changed = office.revoke(fingerprint, g.user.person, reason)
    except BroadcasterError as e:
        return _refused(fingerprint, "revoke", e)
    return _done(fingerprint, _("Revoked {commune} ({fingerprint}): the office no longer trusts "
                                "its key").format(commune=changed.station["commune"],
                                                  fingerprint=fingerprint))  # fmt: skip
