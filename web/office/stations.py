"""The stations: the list (group, status, last push), and one station's page where an admin
approves it (after comparing the code the commune read by phone), renames it, moves it
between groups, or revokes it (typing the commune's name, since it cannot be undone).
The console's user may not write the broker's accounts: `office serve` writes them when told
(office/listening.py), and the page says so until it has.

Two stations may give one commune's name (a stranger enrolled with it): then each shows the
first digits of its code beside the name, and a revoke is confirmed by those digits. A form
refused is answered with a redirect to the page, its sentences kept for one showing in the
session: Back and reload then never post the form again (Post/Redirect/Get, as for a form
that succeeded)."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, flash, g, redirect, render_template, request, session, url_for
from werkzeug.wrappers import Response

from common.errors import BroadcasterError
from common.i18n import N_, _
from common.localtime import local_text
from office import GroupsLeft, UnknownGroup
from office.desk import (
    OFFICE_ZONE,
    SHORT_CODE,
    SLOW_AFTER,
    STATION_STATUSES,
    approved_text,
    orphaned_text,
    quiet_said,
    renamed_text,
    same_commune,
    unpublished_said,
)

from ..access import allow
from ..context import form_errors
from ..nav import NavEntry
from .context import desk, group_asked, settings, today, viewer, whom_to_tell
from .roles import ADMIN, VIEWER

bp = Blueprint("stations", __name__, url_prefix="/stations")
NAV = (NavEntry("stations.index", N_("Stations"), VIEWER),)


REFUSED = "office_refused"
"""The session's key for a refused form, shown once by the page it came from."""
KEPT = 500
"""Characters of each typed field kept for the refused form's page (the session cookie)."""
NO_GROUP = N_("Approve it into no group")
"""The box that approves a commune's new key into no group knowingly (its old key had some)."""


def _twin(station: dict[str, Any]) -> bool:
    """Whether another station in service gives this one's commune's name too: the office
    names it with its code everywhere (office.fleet.commune_labels), its page and its revoke
    ask for the code's digits. A commune's own old keys, revoked ones, are no twins."""
    return bool(station["label"] != station["commune"])


def _twins(stations: list[dict[str, Any]]) -> set[str]:
    """The fingerprints of the twins among `stations`."""
    return {s["fingerprint"] for s in stations if _twin(s)}


@bp.route("/")
@allow(VIEWER)
def index() -> tuple[str, int]:
    group, groups = group_asked()
    errors: dict[str, str] = {}
    try:
        found = desk().stations(group)
    except BroadcasterError as e:
        found, errors = [], {"group": str(e)}
    # w27office #2: stations taken for one commune by their name alone, and what to do
    namesakes = desk().namesakes_said({s["key_id"] for s in found}) if found else []
    configured = settings()
    page = render_template("office/stations.html", stations=found, twins=_twins(found),
                           short=SHORT_CODE, statuses=STATION_STATUSES, group=group,
                           groups=groups, errors=errors, namesakes=namesakes,
                           unpublished=unpublished_said(configured.repo if configured else None),
                           **_broker())  # fmt: skip
    return page, 400 if errors else 200


@bp.route("/<fingerprint>")
@allow(VIEWER)
def show(fingerprint: str) -> str:
    """The page, with the form refused just before (if any) and its sentences."""
    refused = session.pop(REFUSED, None)
    if refused and refused.get("fingerprint") == fingerprint:
        return _page(fingerprint, refused["form"], refused["errors"], refused["typed"])
    return _page(fingerprint)


def _page(fingerprint: str, form: str = "", errors: dict[str, str] | None = None,
          typed: dict[str, str] | None = None) -> str:  # fmt: skip
    """The station's page; with `errors`, the form `form` shown again with them."""
    office = desk()
    station = office.station(fingerprint)
    namesakes = [s for s in office.stations() if s["fingerprint"] != fingerprint
                 and same_commune(s["commune"], station["commune"])]  # fmt: skip
    missed = office.missed(station["key_id"])
    in_force = office.in_force_said(station, [e.id for e in missed], viewer())  # if approved
    return render_template(
        "office/station.html", station=station, statuses=STATION_STATUSES, **_broker(),
        groups=office.groups(), form=form, errors=errors or {}, typed=typed or {},
        twin=_twin(station), short=SHORT_CODE,
        stranger=any(s["log"] != station["log"] for s in namesakes),
        own_keys=[s for s in namesakes if s["log"] == station["log"]], no_group=NO_GROUP,
        missed=missed, in_force=in_force, refusals=office.refusals(station),
        whom=whom_to_tell(), quiet=quiet_said(station),
        cut_off=station["cut_off_said"],
    )  # fmt: skip


def _broker() -> dict[str, Any]:
    """What _broker_waiting.html says, on a station's page and on the list (w14j, w15a: the
    list said nothing while an approval or revoke had not reached Mosquitto)."""
    office = desk()
    asked = office.broker_waiting()
    slow = bool(asked and office.clock() - asked.since > SLOW_AFTER)
    return {"broker_waiting": asked is not None, "broker_slow": slow,
            "broker_unread": bool(asked and asked.written),
            "broker_harm": asked and asked.harm()}  # fmt: skip


def _again(fingerprint: str, form: str, errors: dict[str, str]) -> Response:
    """Back to the page, the form shown with its sentences and what was typed (never the
    typed confirmation of a revoke)."""
    typed = {k: v for k, v in request.form.items() if k not in ("csrf_token", "confirm", "seen")}
    for field, value in typed.items():
        if len(value) > KEPT:  # a long paste would push the cookie past 4 kB: she is logged out
            typed[field] = value[:KEPT]
            cut = _("Only the first {n} characters typed were kept.").format(n=KEPT)
            errors = {**errors, field: f"{errors[field]} {cut}" if field in errors else cut}
    session[REFUSED] = {"fingerprint": fingerprint, "form": form, "errors": errors,
                        "typed": typed}  # fmt: skip
    return redirect(url_for("stations.show", fingerprint=fingerprint, _anchor=form), 303)


def _groups(text: str) -> list[str]:
    """Groups typed one after another, separated by commas or spaces."""
    return [name for name in text.replace(",", " ").split() if name]


def _done(fingerprint: str, said: str) -> Response:
    flash(said)
    return redirect(url_for("stations.show", fingerprint=fingerprint))


def _refused(fingerprint: str, form: str, error: BroadcasterError) -> Response:
    if isinstance(error, UnknownGroup):  # the page has a box for it: no command to type
        field = "groups" if form == "approve" else "add"
        return _again(fingerprint, form, {field: _on_page(error)})
    if isinstance(error, GroupsLeft):
        said = _("The old key of this commune ({old}) was in groups {groups}: type them, or "
                 "tick '{box}'.").format(old=error.old, groups=", ".join(error.groups),
                                         box=_(NO_GROUP))  # fmt: skip
        return _again(fingerprint, form, {"groups": said})
    return _again(fingerprint, form, form_errors(error))


def _on_page(error: UnknownGroup) -> str:
    box = _("Make the groups that do not exist yet")
    if error.known:
        said = _("there is no group '{group}' (the groups are: {groups}): to make it, tick '{box}'")
        return said.format(group=error.group, groups=", ".join(error.known), box=box)
    return _("there is no group '{group}' yet: to make it, tick '{box}'").format(
        group=error.group, box=box
    )


@bp.route("/<fingerprint>/approve", methods=["POST"])
@allow(ADMIN, page=False)
def approve(fingerprint: str) -> Response:
    if request.form.get("compared") != "yes":
        errors = {"compared": _("Compare the code with the one the commune read to you by "
                                "phone, then tick the box.")}  # fmt: skip
        return _again(fingerprint, "approve", errors)
    try:
        groups = _groups(request.form.get("groups", ""))
        new = request.form.get("new_groups") == "yes"
        none = request.form.get("no_group") == "yes"
        if none and groups:  # o16web4 K12: approved into the groups typed, without a word
            return _again(fingerprint, "approve", {"groups": _(
                "“{box}” is ticked and groups are typed: empty the Groups box to approve it into "
                "no group, or untick the box to approve it into {groups}").format(
                    box=_(NO_GROUP), groups=", ".join(groups))})  # fmt: skip
        changed = desk().approve(fingerprint, groups, g.user.person, new, none, write_broker=False)
    except BroadcasterError as e:
        return _refused(fingerprint, "approve", e)
    flash(approved_text(changed))
    for said in desk().left_out(changed):  # an emergency to all serve is not there to send it
        flash(said)
    return redirect(url_for("stations.show", fingerprint=fingerprint))


@bp.route("/<fingerprint>/rename", methods=["POST"])
@allow(ADMIN, page=False)
def rename(fingerprint: str) -> Response:
    try:
        row = desk().rename(fingerprint, request.form.get("commune", ""), request.form.get("seen"))
    except BroadcasterError as e:
        return _refused(fingerprint, "rename", e)
    for said in renamed_text(row)[1:]:  # the other stations of that name
        flash(said)
    return _done(fingerprint, _("The station is now {commune} in the reports.").format(
        commune=row["commune"]))  # fmt: skip


@bp.route("/<fingerprint>/groups", methods=["POST"])
@allow(ADMIN, page=False)
def regroup(fingerprint: str) -> Response:
    try:
        row = desk().regroup(
            fingerprint, _groups(request.form.get("add", "")),
            _groups(request.form.get("remove", "")), request.form.get("new_groups") == "yes",
            None if (seen := request.form.get("seen")) is None else _groups(seen),
        )  # fmt: skip
    except BroadcasterError as e:
        return _refused(fingerprint, "groups", e)
    return _done(fingerprint, _("Groups of {commune}: {groups}").format(
        commune=row["commune"], groups=", ".join(row["groups"]) or "-"))  # fmt: skip


def _same(typed: str, commune: str) -> bool:
    return bool(typed.strip()) and same_commune(typed, commune)


@bp.route("/<fingerprint>/revoke", methods=["POST"])
@allow(ADMIN, page=False)
def revoke(fingerprint: str) -> Response:
    """Only when the commune's name is typed: a revoke cannot be undone."""
    office = desk()
    station = office.station(fingerprint)
    errors: dict[str, str] = {}
    reason = request.form.get("reason", "").strip()
    if not reason:
        errors["reason"] = _("Say why: lost, stolen, replaced…")
    typed = request.form.get("confirm", "")
    if _twin(station):  # the name would not say which
        code = station["fingerprint"][:SHORT_CODE]
        if typed.strip() != code:
            errors["confirm"] = _("Another station gives the name {commune}: type the first "
                                  "digits of this one's code, {code}, to revoke it.").format(
                commune=station["commune"], code=code)  # fmt: skip
    elif not _same(typed, station["commune"]):
        errors["confirm"] = _("Type the commune's name, {commune}, to revoke its station.").format(
            commune=station["commune"])  # fmt: skip
    if errors:
        return _again(fingerprint, "revoke", errors)
    try:
        changed = office.revoke(fingerprint, g.user.person, reason, write_broker=False)
    except BroadcasterError as e:
        return _refused(fingerprint, "revoke", e)
    row = changed.station
    for said in orphaned_text(changed):
        flash(said)
    if changed.again:  # a second tab, or a second officer (o16web4 K11): say it, as approve does
        return _done(fingerprint, _(
            "The station of {commune} was revoked already ({when}, by {by}: {reason}): nothing "
            "was changed").format(
                commune=row["commune"], by=row["revoked_by"] or "?", reason=row["revoked_reason"],
                when=local_text(row["revoked_at"], OFFICE_ZONE, today(), mid=True)))  # fmt: skip
    return _done(fingerprint, _("Revoked {commune} ({fingerprint}): the office no longer trusts "
                                "its key").format(commune=row["commune"],
                                                  fingerprint=fingerprint))  # fmt: skip
