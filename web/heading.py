"""Tiêu đề báo cáo: the leader sets the printed reports' heading (the body above the station,
the station's name, the commune of the date line, the signer) so the month report can be
signed; the officer sees it, read only. Stored through the facade (report_heading)."""

from __future__ import annotations

from flask import Blueprint, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from broadcaster.accounts import Role
from broadcaster.report_heading import LABELS
from broadcaster.station import ChangedMeanwhile
from common.errors import BroadcasterError
from common.i18n import _

from .access import allow
from .context import FORM, built_on, form_errors, station
from .once import once

bp = Blueprint("heading", __name__, url_prefix="/report-heading")
NAV = ()  # reached from Trang chủ's warning and Nhật ký's monthly report, not the menu


def _page(typed: dict[str, str] | None = None, errors: dict[str, str] | None = None,
          stale: bool = False) -> tuple[str, int]:  # fmt: skip
    """The heading; `stale`: her lines kept and, beside them, the heading as saved meanwhile."""
    head, changed = station().report_heading()
    stored = {name: getattr(head, name) for name, _label in LABELS}
    # her form keeps what it was built on: saving over a newer copy is her ticked choice
    posted = request.form.get("built_on", "") if typed else None
    shown = (typed or stored) | {
        "built_on": station().heading_stamp() if posted is None else posted,
        "over": station().heading_stamp() if stale else request.form.get("over", ""),
    }
    page = render_template("heading.html", form=shown, labels=dict(LABELS), changed=changed,
                           sample=head.sample, errors=errors or {},
                           current=stored if stale else None,
                           may_change=g.user.role.allows(Role.APPROVER))  # fmt: skip
    return page, 400 if errors else 200


@bp.route("")
@allow(Role.OPERATOR)
def index() -> tuple[str, int]:
    return _page()


@bp.route("", methods=["POST"])
@allow(Role.APPROVER, page=False)
@once
def change() -> Response | tuple[str, int]:
    typed = {name: request.form.get(name, "") for name, _label in LABELS}
    try:
        station().set_report_heading(typed, g.user.name, built_on())
    except ChangedMeanwhile as e:
        return _page(typed, {FORM: str(e)}, stale=True)
    except BroadcasterError as e:
        return _page(typed, form_errors(e))
    flash(_("The reports' heading is saved: reports made from now on print it."))
    return redirect(url_for("heading.index"))
