"""Đồng bộ: the station's link to its upstream office - whom it trusts, when it last synced,
what the office sent that waits for approval - with "sync now" for everyone and trusting an
office's root (or syncing from another source) for approvers and admins."""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from broadcaster.accounts import Role
from broadcaster.records import Origin
from broadcaster.station import NoSource, OfficeUnreachable
from common.errors import BroadcasterError
from common.i18n import N_, _

from .access import allow
from .context import FORM, station
from .nav import NavEntry
from .once import once

bp = Blueprint("sync", __name__, url_prefix="/sync")
NAV = (NavEntry("sync.index", N_("Sync"), Role.OPERATOR),)


def _page(errors: dict[str, str] | None = None) -> tuple[str, int]:
    s = station()
    pending = [a for a in s.drafts() if a.origin is Origin.UPSTREAM]
    may_trust = g.user.role.allows(Role.APPROVER)
    status = s.status()
    said = (errors or {}).values()  # the fault just shown atop is not repeated below it
    warnings = [w for w in status.warnings if not any(e in w or w in e for e in said)]
    page = render_template("sync/index.html", status=status, warnings=warnings, pending=pending,
                           refused=s.refused_campaigns(), errors=errors or {},
                           may_trust=may_trust)  # fmt: skip
    return page, 400 if errors else 200


@bp.route("")
@allow(Role.OPERATOR)
def index() -> tuple[str, int]:
    return _page()


FOLDER_ONLY = N_(
    "The station syncs by itself only from the office's web address, and it has none: the last "
    "sync was from {source}, brought by hand. To sync from it again, an approver types it under "
    "“Another source”; to link the station for good, the technician trusts the office's web "
    "address."
)
"""o20lan9 N5: after a folder's sync (sync._keep_source keeps web addresses only), "the
station is not linked" contradicted the page's "trusted: yes" and "last source"."""


@bp.route("/now", methods=["POST"])
@allow(Role.OPERATOR, page=False)
def now() -> Response | tuple[str, int]:
    """Sync from the remembered source; approvers may name another (a USB folder, an
    address): what it holds is verified against the trusted root all the same."""
    source = request.form.get("source", "").strip() or None
    if source and not g.user.role.allows(Role.APPROVER):
        abort(403)
    try:
        result = station().sync(source)
    except NoSource:  # in the officer's words: who links the station, and where
        if last := station().status().upstream_source:  # a folder: see FOLDER_ONLY
            return _page({FORM: _(FOLDER_ONLY).format(source=last)})
        return _page({FORM: _(
            "The station is not linked to an office yet, so there is nothing to sync from. "
            "The district's technician (or whoever installed the station) links it: an "
            "approver types the office's web address under “Trust an office” on this page, "
            "or gives its address or USB folder in “Another source”.")})  # fmt: skip
    except OfficeUnreachable:  # no fault of hers: the link card says it, once (o22lan11 N3)
        return redirect(url_for("sync.index", _anchor="link"))
    except BroadcasterError as e:
        return _page({"source" if source else FORM: str(e)})
    if result.found:
        from broadcaster.sync import READ_IN  # loaded by the sync just made

        flash(_(READ_IN).format(folder=result.found))
    if not result.changes and not result.dropped and not result.refused:
        flash(_("Up to date: the office has nothing new."))
    else:
        flash(_("Synced: {changed} announcement(s) new or changed, {retired} withdrawn.").format(
            changed=len(result.changes), retired=len(result.retired)))  # fmt: skip
    if result.left:
        flash(_("{n} announcement(s) no longer sent to this station by the office (still "
                "published for other communes): {ids}.").format(
            n=len(result.left), ids=", ".join(result.left)))  # fmt: skip
    return redirect(url_for("sync.index"))


@bp.route("/trust", methods=["POST"])
@allow(Role.APPROVER, page=False)
@once
def trust() -> Response | tuple[str, int]:
    """Pin the office's root: its root.json (from the office's USB stick or e-mail), or its
    repository's web address (which then becomes the station's source)."""
    upload = request.files.get("root")
    address = request.form.get("address", "").strip()
    if upload is not None and upload.filename:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "root.json"
            upload.save(path)
            try:
                trusted = station().trust(str(path))
            except BroadcasterError as e:
                return _page({"root": str(e).replace(str(path), upload.filename)})  # their name
    elif address.startswith(("http://", "https://")):
        try:
            trusted = station().trust(address)
        except BroadcasterError as e:
            return _page({"address": str(e)})
    elif address:
        return _page({"address": _("Give the office's web address, like https://….")})
    else:
        return _page({"root": _("Choose the office's root.json file, or give its web address.")})
    flash(_("The upstream office is trusted. Read these digits to the office by phone: they "
            "must be the ones it reads out: {fingerprints}").format(
        fingerprints="; ".join(trusted.fingerprints)))  # fmt: skip
    return redirect(url_for("sync.index"))
