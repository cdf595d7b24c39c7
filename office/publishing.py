"""`publish` with the office's register: campaigns for some groups or stations only, the
group membership published beside them (upstream/targeting.py), and the doorbell rung so
stations sync within seconds instead of at their next poll."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from common.i18n import _
from common.mqtt import DOORBELL_TOPIC
from upstream.keys import key_fingerprint, public_key
from upstream.repository import Change, Repository
from upstream.targeting import Audience

from . import OfficeError, broker, fleet
from .db import open_office
from .emergency import publish as publish_message


@dataclass(frozen=True)
class Published:
    changes: list[Change]
    new_repository: bool
    root_fingerprint: str
    audience: Audience | None
    rang: bool | None
    """True: the doorbell rang; False: the broker could not be reached; None: no broker."""
    problem: str | None = None


def publish(
    keys: Path,
    repo: Path,
    campaigns: Sequence[Path],
    now: datetime,
    withdraw: Sequence[str] = (),
    to: Sequence[str] = (),
    everyone: bool = False,
    dsn: str | None = None,
) -> Published:
    """Publish (or withdraw) campaigns; `to` names groups or station fingerprints (the
    campaigns are for them only), `everyone` makes them for every station again, and neither
    keeps whom each was for."""
    if to and everyone:
        raise OfficeError(_("a campaign is for some groups or stations, or for everyone"))
    if to and not dsn:
        raise OfficeError(
            _("naming groups or stations needs the office's database, which knows them")
        )
    repository = Repository(keys, repo)
    created = not (repository.metadata / "root.json").exists()
    conn = open_office(dsn) if dsn else None
    try:
        audience = Audience() if everyone else None
        membership = None
        if conn:
            membership = fleet.membership(conn)
            if to:
                audience = fleet.audience(conn, to)
        if created:
            repository.create(now)
        changes = repository.publish(
            campaigns, now, withdraw, audience=audience, membership=membership
        )
        rang, problem = None, None
        if conn and broker.settings(conn):
            try:
                doorbell = json.dumps({"published": now.isoformat()}).encode()
                publish_message(conn, DOORBELL_TOPIC, doorbell, qos=0)
                rang = True
            except OfficeError as e:
                rang, problem = False, str(e)
    finally:
        if conn:
            conn.close()
    fingerprint = key_fingerprint(public_key(keys, "root"))
    return Published(changes, created, fingerprint, audience, rang, problem)
