"""Her month on one page (the office console's home): per campaign and per notice, how many
communes it was for, which aired it and which did not; each commune's slots missed, with the
reasons its station logged; the communes silent for a day; and
the month report to download, the same files `office report` writes."""

from __future__ import annotations

import io
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from flask import Blueprint, abort, render_template, request, send_file
from werkzeug.wrappers import Response

from common.errors import BroadcasterError
from common.i18n import N_
from office.desk import OFFICE_ZONE, Office, report_file_name
from office.report import NoticeLine

from ..access import allow
from ..nav import NavEntry
from .context import desk, group_asked, repository, settings
from .roles import VIEWER

bp = Blueprint("home", __name__)
NAV = (NavEntry("home.index", N_("The month"), VIEWER),)
FORMATS = {"pdf": "application/pdf",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}  # fmt: skip


@dataclass
class Campaign:
    title: str
    notices: list[NoticeLine] = field(default_factory=list)


def this_month() -> str:
    """This month, typed the Vietnamese way (11/2026)."""
    now = desk().clock().astimezone(OFFICE_ZONE)
    return f"{now.month:02d}/{now.year}"


@bp.route("/")
@allow(VIEWER)
def index() -> tuple[str, int]:
    month = request.args.get("month", "").strip() or this_month()
    group, groups = group_asked()
    office = desk()
    errors: dict[str, str] = {}
    campaigns: list[Campaign] = []
    label, silent, missed, cut_off, ahead, outages = "", [], [], [], [], []
    try:
        report = office.report(month, group=group)
        label, campaigns = report.label, _campaigns(office.notices(report, repository()))
        missed = [line for line in report.communes if line.missed]  # why, as logged (Y4)
        cut_off = [line for line in report.communes if line.cut_off]  # late or less (Z1)
        ahead = [line for line in report.communes if line.ahead]  # not counted yet (w27void)
        outages = report.office_outages  # the office's own, once (o23web11 V1)
    except BroadcasterError as e:
        errors["group" if group and group not in groups else "month"] = str(e)
    quiet: list[str] = []
    # w27office #2: the stations the month counts as one commune by their name, and what to
    # do if they are two
    namesakes = office.namesakes_said(None if group is None else {
        s["key_id"] for s in office.stations(group)}) if not errors else []  # fmt: skip
    if "group" not in errors:
        silent = office.silent(group=group)
        long_silent = {line.commune for line in silent}
        quiet = [
            f"{s['label']}: {s['quiet']}"
            for s in office.stations(group)
            if s["quiet"] and s["label"] not in long_silent
        ]  # dark now, not yet a day (Y4)
    page = render_template(
        "office/month.html", month=month, label=label, campaigns=campaigns, errors=errors,
        silent=silent, quiet=quiet, missed=missed, cut_off=cut_off, ahead=ahead,
        outages=outages, formats=list(FORMATS), group=group, groups=groups, namesakes=namesakes,
    )  # fmt: skip
    return page, 400 if errors else 200


def _campaigns(notices: Sequence[NoticeLine]) -> list[Campaign]:
    """The month's notices under their campaigns, campaigns by title."""
    found: dict[str, Campaign] = {}
    for notice in notices:
        found.setdefault(notice.campaign, Campaign(notice.campaign)).notices.append(notice)
    return sorted(found.values(), key=lambda c: c.title)


@bp.route("/report.<fmt>")
@allow(VIEWER)
def report(fmt: str) -> Response:
    """The month report, as `office report --format pdf|xlsx` writes it."""
    if fmt not in FORMATS:
        abort(404)
    month = request.args.get("month", "").strip() or this_month()
    office = desk()
    group = request.args.get("group", "").strip() or None
    made = office.add_unaired(office.report(month, group=group), repository())
    found = settings()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"report.{fmt}"
        if found:
            Office.export_report(made, fmt, out, found.issuer, found.parent or "",
                                 found.place or "", found.signer)  # fmt: skip
        else:
            Office.export_report(made, fmt, out)
        data = out.read_bytes()
    name = report_file_name(made.period.first, fmt, group)
    return send_file(io.BytesIO(data), FORMATS[fmt], as_attachment=True, download_name=name)
