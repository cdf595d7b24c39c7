"""Nhạc hiệu: the station's jingles (the opening and closing chimes, and the bridge between
two readings of a repeated announcement): listen to each, send a new one from a computer or a
phone (checked as `jingle set` checks a file), or take one out."""

from __future__ import annotations

from flask import Blueprint, abort, flash, g, redirect, render_template, request, send_file, url_for
from werkzeug.wrappers import Response

from broadcaster.accounts import Role
from broadcaster.jingles import JingleRole
from broadcaster.records import Jingle
from common.errors import BroadcasterError
from common.i18n import N_, _
from common.localtime import duration_text

from .access import allow
from .announcements import ACCEPTED_AUDIO
from .context import Gone, form_errors, station
from .nav import NavEntry
from .once import once, refused

bp = Blueprint("jingles", __name__, url_prefix="/jingles")
NAV = (NavEntry("jingles.index", N_("Jingles"), Role.OPERATOR),)

ROLE_LABELS = {
    JingleRole.INTRO: N_("Opening jingle"),
    JingleRole.OUTRO: N_("Closing jingle"),
    JingleRole.BRIDGE: N_("Between two readings"),
}
ROLE_HINTS = {
    JingleRole.INTRO: N_("Plays before the first announcement of every program."),
    JingleRole.OUTRO: N_("Plays after the last announcement of every program."),
    JingleRole.BRIDGE: N_(
        "Plays between two readings of an announcement read more than once; "
        "without it the voice says the station's bridge words."
    ),
}


def _role(role: str, page: bool = True) -> JingleRole:
    """The jingle an address names; else its page and why (`page`), or no such file (an
    <audio> element's)."""
    if role not in set(JingleRole):
        if not page:
            abort(404)
        raise Gone(_("There is no jingle '{role}': a station has an intro, an outro and a "
                     "bridge").format(role=role), "jingles.index")  # fmt: skip
    return JingleRole(role)


def _current() -> dict[str, Jingle]:
    return {jingle.role: jingle for jingle in station().jingles()}


def _page(errors: dict[str, str], failed: str | None = None) -> tuple[str, int]:
    return render_template(
        "jingles/index.html", roles=list(JingleRole), labels=ROLE_LABELS, hints=ROLE_HINTS,
        current=_current(), errors=errors, failed=failed, accepted=ACCEPTED_AUDIO,
    ), 400 if errors else 200  # fmt: skip


@bp.route("")
@allow(Role.OPERATOR)
def index() -> tuple[str, int]:
    return _page({})


@bp.route("/<role>", methods=["POST"])
@allow(Role.OPERATOR, page=False)
@once
def upload(role: str) -> Response | tuple[str, int]:
    chosen = _role(role)
    sent = request.files.get("file")
    if sent is None or not sent.filename:
        return _page({"file": _("Choose an audio file to send.")}, chosen)
    try:
        asset = station().upload_jingle(chosen, sent.filename, sent.stream, by=g.user.name)
    except BroadcasterError as e:
        return _page(form_errors(e), chosen)
    seconds = duration_text(asset.duration_s)
    flash(_("{jingle}: the new one is set ({seconds}).").format(jingle=_(ROLE_LABELS[chosen]),
                                                               seconds=seconds))  # fmt: skip
    return redirect(url_for("jingles.index"))


@bp.route("/<role>/remove", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def remove(role: str) -> Response | tuple[str, int] | str:
    """A confirmation page first: the programs lose the jingle from the next airing, and only
    its file sent again brings it back."""
    chosen = _role(role)
    jingle = _(ROLE_LABELS[chosen])
    if chosen not in {jingle.role for jingle in station().jingles()}:  # by its name, not its code
        return refused(_("{jingle}: there is none to take out.").format(jingle=jingle),
                       url_for("jingles.index"))  # fmt: skip
    if request.method == "GET":
        return render_template(
            "confirm.html", heading=_("Take out “{jingle}”?").format(jingle=jingle),
            said=_("Programs play without it from the next airing on; to have it again, send "
                   "its file again."),
            action=url_for("jingles.remove", role=chosen.value), once="jingles.remove",
            fields={}, button=_("Take it out"), back=url_for("jingles.index"),
        )  # fmt: skip
    try:
        station().remove_jingle(chosen)
    except BroadcasterError as e:
        return refused(str(e), url_for("jingles.index"))
    flash(_("{jingle}: taken out of the programs.").format(jingle=jingle))
    return redirect(url_for("jingles.index"))


@bp.route("/<role>.wav")
@allow(Role.OPERATOR, page=False)
def listen(role: str) -> Response:
    """The jingle as the station stores it (converted, measured), for an <audio> element."""
    jingle = _current().get(_role(role, page=False))
    if jingle is None:
        abort(404)
    return send_file(jingle.path, mimetype="audio/wav", conditional=True, max_age=0)
