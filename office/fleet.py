"""The office's register of stations: approving an enrolment after the fingerprint was read
over the phone, the groups used for targeting, and the list the office works from."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

import psycopg
from psycopg.rows import dict_row

from common.i18n import _
from common.signing import normalise_fingerprint
from upstream.targeting import Audience

from . import OfficeError, broker


def _station_key(conn: psycopg.Connection, fingerprint: str) -> str:
    normal = normalise_fingerprint(fingerprint)
    if normal is None:
        raise OfficeError(
            _("'{fingerprint}' is not a station fingerprint (20 digits)").format(
                fingerprint=fingerprint
            )
        )
    row = conn.execute("SELECT key_id FROM stations WHERE fingerprint = %s", [normal]).fetchone()
    if row is None:
        raise OfficeError(
            _("no station with fingerprint {fingerprint} has asked to enrol").format(
                fingerprint=normal
            )
        )
    return str(row[0])


def _group_names(groups: list[str]) -> list[str]:
    names = sorted({" ".join(g.split()) for g in groups})
    if any(not name or len(name) > 100 for name in names):
        raise OfficeError(_("a group name must be 1 to 100 characters"))
    return names


def approve(
    conn: psycopg.Connection, fingerprint: str, groups: list[str], by: str, now: datetime
) -> dict[str, Any]:
    """Approve the station (again: only adds groups) and put it in `groups`."""
    names = _group_names(groups)
    with conn.transaction():
        key = _station_key(conn, fingerprint)
        conn.execute(
            "UPDATE stations SET approved_at = COALESCE(approved_at, %s), "
            "approved_by = COALESCE(approved_by, %s) WHERE key_id = %s",
            [now, by, key],
        )
        for name in names:
            conn.execute(
                "INSERT INTO station_groups (key_id, name) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                [key, name],
            )
    if broker.settings(conn):  # the station may now log in to the broker
        broker.write_files(conn)
    return next(s for s in stations(conn) if s["key_id"] == key)


def stations(conn: psycopg.Connection, group: str | None = None) -> list[dict[str, Any]]:
    """Every enrolled station, pending ones first, then by commune."""
    query = conn.cursor(row_factory=dict_row).execute(
        """
        SELECT s.key_id, s.fingerprint, s.name, s.commune, s.station_id, s.enrolled_at,
               s.approved_at, s.approved_by, s.last_contact, s.clock_skew_s, s.stored_through,
               s.chain_problem, s.chain_break, s.chain_break_seq,
               COALESCE(array_agg(g.name ORDER BY g.name) FILTER (WHERE g.name IS NOT NULL),
                        '{}') AS groups
        FROM stations s LEFT JOIN station_groups g ON g.key_id = s.key_id
        GROUP BY s.key_id
        HAVING %(group)s::text IS NULL OR %(group)s = ANY(array_agg(g.name))
        ORDER BY s.approved_at IS NOT NULL, s.commune, s.name, s.fingerprint
        """,
        {"group": group},
    )
    return [{**row, "status": "approved" if row["approved_at"] else "pending"} for row in query]


def known_group(conn: psycopg.Connection, group: str) -> None:
    if not conn.execute("SELECT 1 FROM station_groups WHERE name = %s", [group]).fetchone():
        raise unknown_group(conn, group)


def unknown_group(conn: psycopg.Connection, name: str) -> OfficeError:
    """The refusal of a group that does not exist (emergency --to, publish --to, approve,
    regroup), naming the groups that do: a typo is fixed at once, without a second command."""
    names = [r[0] for r in conn.execute("SELECT DISTINCT name FROM station_groups ORDER BY name")]
    if not names:
        return OfficeError(
            _("there is no group '{group}': no station is in a group yet (office station "
              "approve FINGERPRINT --group GROUP puts one in)").format(group=name)
        )  # fmt: skip
    return OfficeError(
        _("there is no group '{group}'; the groups are: {groups}. Check the spelling").format(
            group=name, groups=", ".join(names)
        )
    )


def membership(conn: psycopg.Connection) -> dict[str, list[str]]:
    """Group → key ids of its approved stations: what groups.json publishes."""
    found: dict[str, list[str]] = {}
    for name, key in conn.execute(
        "SELECT g.name, g.key_id FROM station_groups g JOIN stations s ON s.key_id = g.key_id "
        "WHERE s.approved_at IS NOT NULL ORDER BY g.name, g.key_id"
    ):
        found.setdefault(name, []).append(key)
    return found


def audience(conn: psycopg.Connection, names: Sequence[str]) -> Audience:
    """The groups and stations named (a station by its fingerprint), each checked: a group
    must have approved stations, a station must be approved. Stations are signed by key id."""
    groups, stations = [], []
    members = membership(conn)
    for name in names:
        if normalise_fingerprint(name):
            key = _station_key(conn, name)
            [(approved_at,)] = conn.execute(
                "SELECT approved_at FROM stations WHERE key_id = %s", [key]
            ).fetchall()
            if approved_at is None:
                raise OfficeError(
                    _("station {fingerprint} is not approved yet").format(fingerprint=name)
                )
            stations.append(key)
        else:
            group = " ".join(name.split())
            if group not in members:
                known_group(conn, group)  # a group that does not exist is said so, first
                raise OfficeError(
                    _("there is no group '{group}' with an approved station").format(group=group)
                )
            groups.append(group)
    return Audience(tuple(sorted(set(groups))), tuple(sorted(set(stations))))


def approved_keys(conn: psycopg.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT key_id FROM stations WHERE approved_at IS NOT NULL")]
