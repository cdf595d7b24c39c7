"""Her month on one page (the office console's home): per campaign and per notice, how many
communes it was for, which aired it and which did not; the communes silent for a day; and
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
from office import OFFICE_ZONE
from office.desk import Office
from office.report import EMERGENCIES, Aired, VersionLine

from ..access import allow
from ..nav import NavEntry
from .context import desk, group_asked, repository, settings
from .roles import VIEWER

bp = Blueprint("home", __name__)
NAV = (NavEntry("home.index", N_("The month"), VIEWER),)
FORMATS = {"pdf": "application/pdf",
           "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}  # fmt: skip


@dataclass
class Notice:
    """One notice of the month: the communes it was for, those that aired it, the others."""

    title: str
    aired: list[str]
    not_aired: list[str]

    @property
    def meant_for(self) -> int:
        return len(self.aired) + len(self.not_aired)


@dataclass
class Campaign:
    title: str
    notices: list[Notice] = field(default_factory=list)


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
    label, silent = "", []
    try:
        report = office.report(month, group=group)
        label, campaigns = report.label, _campaigns(office, month, report.versions, group)
    except BroadcasterError as e:
        errors["group" if group and group not in groups else "month"] = str(e)
    if "group" not in errors:
        silent = office.silent(group=group)
    page = render_template(
        "office/month.html", month=month, label=label, campaigns=campaigns, errors=errors,
        silent=silent, formats=list(FORMATS), group=group, groups=groups,
    )  # fmt: skip
    return page, 400 if errors else 200


def _campaigns(
    office: Office, month: str, versions: Sequence[VersionLine], group: str | None
) -> list[Campaign]:
    """Every campaign current in the month, as the office recorded publishing it (a notice no
    commune aired is listed too: it is the one to chase), then the notices logged of
    campaigns published before the office kept that record, as the communes logged them."""
    found: dict[tuple[bool, str], Campaign] = {}
    seen: set[str] = set()
    for current in office.month_campaigns(month, group, repository()):
        campaign = Campaign(current.title)
        found[True, current.name] = campaign
        campaign.notices.extend(_notice(notice.title, notice) for notice in current.notices)
        seen.update(current.ids)
        if group:  # the notices meant for none of the group's communes are not its concern
            campaign.notices = [notice for notice in campaign.notices if notice.meant_for]
            if not campaign.notices:
                del found[True, current.name]
    for line in versions:
        if line.campaign in EMERGENCIES.values() or line.announcement_id in seen:
            continue  # emergencies have their own page
        seen.add(line.announcement_id)
        aired = office.aired(line.announcement_id, None, month, group, repository())
        campaign = found.setdefault((False, line.campaign), Campaign(line.campaign))
        campaign.notices.append(_notice(line.name or line.title, aired))
    return sorted(found.values(), key=lambda c: c.title)


def _notice(title: str, aired: Aired) -> Notice:
    return Notice(title, sorted({v.commune for v in aired.aired}), aired.not_aired)


@bp.route("/report.<fmt>")
@allow(VIEWER)
def report(fmt: str) -> Response:
    """The month report, as `office report --format pdf|xlsx` writes it."""
    if fmt not in FORMATS:
        abort(404)
    month = request.args.get("month", "").strip() or this_month()
    made = desk().report(month, group=request.args.get("group", "").strip() or None)
    found = settings()
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / f"report.{fmt}"
        if found:
            Office.export_report(made, fmt, out, found.issuer, found.parent or "",
                                 found.place or "", found.signer)  # fmt: skip
        else:
            Office.export_report(made, fmt, out)
        data = out.read_bytes()
    name = f"bao-cao-thang-{made.period.first:%m-%Y}.{fmt}"
    return send_file(io.BytesIO(data), FORMATS[fmt], as_attachment=True, download_name=name)
