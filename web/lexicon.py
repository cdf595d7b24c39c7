"""Từ điển: how the station says words the voices get wrong (a name, a loan word, an
abbreviation of the commune's own). An entry changes how every announcement is read from
the next airing; only speech whose text holds the word is made again."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from broadcaster.accounts import Role
from broadcaster.records import Pronunciation
from broadcaster.station import ChangedMeanwhile
from common.errors import BroadcasterError
from common.i18n import N_, _

from .access import allow
from .context import built_on, form_errors, station
from .nav import NavEntry
from .once import once, refused

bp = Blueprint("lexicon", __name__, url_prefix="/lexicon")
NAV = (NavEntry("lexicon.index", N_("Lexicon"), Role.OPERATOR),)


def _page(form: dict[str, str], errors: dict[str, str], over: str | None = None) -> tuple[str, int]:
    s = station()
    tried, reading = request.args.get("try", ""), None
    try:
        reading = s.read(tried) if tried.strip() else None
    except BroadcasterError as e:
        errors = errors | {"try": str(e)}
    return render_template(
        "lexicon/index.html", entries=s.lexicon(), changes=s.lexicon_changes(), form=form,
        errors=errors, tried=tried, reading=reading, over=over,
        built_on=request.form.get("built_on") if over else s.lexicon_stamp(),
    ), 400 if errors else 200  # fmt: skip


@bp.route("", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def index() -> Response | tuple[str, int]:
    form = {"term": request.form.get("term", ""), "spoken": request.form.get("spoken", "")}
    if request.method == "GET":
        return _page(form, {})
    try:
        entry = station().set_pronunciation(form["term"], form["spoken"], g.user.name,
                                            built_on())  # fmt: skip
    except ChangedMeanwhile as e:  # saving again is her choice, not one more tap (o15lan2 N1)
        return _page(form, form_errors(e), over=station().lexicon_stamp())
    except BroadcasterError as e:
        return _page(form, form_errors(e))
    flash_said(entry)
    return redirect(url_for("lexicon.index"))


def flash_said(entry: Pronunciation) -> None:
    flash(_("'{term}' is now said '{spoken}'.").format(term=entry.term, spoken=entry.spoken))


@bp.route("/remove", methods=["GET", "POST"])
@allow(Role.OPERATOR)
@once
def remove() -> Response | tuple[str, int] | str:
    """A confirmation page first (a word taken out by a slip of the finger was read wrong
    from the next airing on); the entry goes only when it is confirmed."""
    if request.method == "GET":
        term = request.args.get("term", "")
        found = next((e for e in station().lexicon() if e.term == term), None)
        if found is None:
            return refused(_("'{term}' is not in the lexicon").format(term=term),
                           url_for("lexicon.index"))  # fmt: skip
        return render_template(
            "confirm.html", heading=_("Remove '{term}' from the lexicon?").format(term=term),
            said=_("It is said '{spoken}' now; once removed, the voices read it as written, from "
                   "the next airing on.").format(spoken=found.spoken),
            action=url_for("lexicon.remove"), once="lexicon.remove", fields={"term": term},
            button=_("Remove the word"), back=url_for("lexicon.index"),
        )  # fmt: skip
    term = request.form.get("term", "")
    try:
        station().remove_pronunciation(term, g.user.name)
    except BroadcasterError as e:
        return refused(str(e), url_for("lexicon.index"))
    flash(_("'{term}' removed from the lexicon: the voices read it as written.").format(term=term))
    return redirect(url_for("lexicon.index"))
