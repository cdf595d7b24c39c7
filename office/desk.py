"""The office's facade: what the office's commands call (and an office console would).

`Office` is the collector's database: the stations that enrolled, their groups, the fleet
reports. `Publisher` is the signed repository the stations sync from: the keys, publishing
and withdrawing campaigns. Both take input as a person types it (a month as 11/2026) and
answer with typed records; their errors name no command-line flag.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from broadcaster.clock import Clock, system_clock
from common.i18n import _
from upstream import ROLES as KEY_ROLES

from . import OFFICE_ZONE, OfficeError

__all__ = ["KEY_ROLES", "OFFICE_ZONE", "Office", "Publication", "Publisher"]

if TYPE_CHECKING:
    import psycopg
    from securesystemslib.signer import SSlibKey

    from upstream.repository import Change

    from .report import Aired, FleetReport, SilentLine


@dataclass
class Office:
    """The office's collector database (PostgreSQL), one connection."""

    conn: psycopg.Connection
    clock: Clock = system_clock

    @classmethod
    @contextmanager
    def open(cls, dsn: str, clock: Clock = system_clock) -> Iterator[Office]:
        """The office's database brought to the current schema; closed after the block."""
        from .db import open_office

        conn = open_office(dsn)
        try:
            yield cls(conn, clock)
        finally:
            conn.close()

    @staticmethod
    def serve(dsn: str, host: str, port: int, threads: int) -> None:
        """Run the collector (under waitress; nginx goes in front) until stopped."""
        from .collector import serve

        serve(dsn, host, port, threads)

    def stations(self, group: str | None = None) -> list[dict[str, Any]]:
        """Enrolled stations, those waiting for approval first."""
        from .fleet import stations

        return stations(self.conn, group)

    def approve(self, fingerprint: str, groups: Sequence[str], by: str) -> dict[str, Any]:
        """Approve the station whose fingerprint was read over the phone; put it in groups."""
        from .fleet import approve

        return approve(self.conn, fingerprint, list(groups), by, self.clock())

    def report(
        self, month_text: str, campaign: str | None = None, group: str | None = None
    ) -> FleetReport:
        """The month per commune, and the communes that went silent."""
        from broadcaster.report import month_period

        from .report import fleet_report

        return fleet_report(self.conn, month_period(month_text), self.clock(), campaign, group)

    @staticmethod
    def export_report(report: FleetReport, fmt: str, out: Path) -> None:
        from .report import export

        export(report, fmt, out)

    def aired(
        self,
        announcement: str,
        version: int | None = None,
        month_text: str | None = None,
        group: str | None = None,
    ) -> Aired:
        """Which communes aired the announcement (that version), and which did not."""
        from broadcaster.report import month_period

        from .report import aired

        period = month_period(month_text) if month_text else None
        return aired(self.conn, announcement, version, period, group)

    def silent(self, hours: float = 24, group: str | None = None) -> list[SilentLine]:
        """Approved communes not heard from for more than `hours`."""
        from .report import silent

        return silent(self.conn, self.clock(), timedelta(hours=hours), group)


@dataclass(frozen=True)
class Publication:
    """What one `publish` did: a new repository (its root.json, to give the stations), each
    announcement's change, the count per campaign published, and the words the reader had to
    guess in each script (to fix before fifty communes air them)."""

    new_root: Path | None
    changes: list[Change]
    published: dict[str, int]
    withdrawn: tuple[str, ...]
    guessed: list[tuple[str, str, str]]
    """(campaign, announcement id, the sentence naming the words guessed)."""


@dataclass
class Publisher:
    """The office's signed repository (TUF) and the keys kept beside it, off the web."""

    keys: Path
    repo: Path
    clock: Clock = system_clock

    @staticmethod
    def init_keys(keys: Path) -> dict[str, SSlibKey]:
        """The root, targets, snapshot and timestamp keys, in a new folder."""
        from upstream.keys import init_keys

        return init_keys(keys)

    def rotate(self, role: str) -> int:
        """Replace `role`'s key; returns the new root version the stations will follow."""
        from upstream.repository import Repository

        return int(Repository(self.keys, self.repo).rotate(role, self.clock()).signed.version)

    def publish(self, campaigns: Sequence[Path], withdraw: Sequence[str] = ()) -> Publication:
        """Publish campaign folders (replacing those campaigns only) and withdraw others; a
        repository is made on first use."""
        from announcements.normalize import guessed_summary
        from announcements.script import slug
        from upstream.repository import Repository, guessed_words

        if not campaigns and not withdraw:
            raise OfficeError(_("nothing to publish: name campaign folders, or campaigns to "
                                "withdraw"))  # fmt: skip
        repository = Repository(self.keys, self.repo)
        new_root = None
        if not (repository.metadata / "root.json").exists():
            repository.create(self.clock())
            new_root = repository.metadata / "root.json"
        changes = repository.publish(campaigns, self.clock(), withdraw)
        published = {
            name: sum(c.campaign == name and c.change != "withdrawn" for c in changes)
            for name in [slug(folder.name) for folder in campaigns]
        }
        guessed = [
            (campaign, announcement_id, guessed_summary(words))
            for campaign, announcement_id, words in guessed_words(list(campaigns))
        ]
        return Publication(new_root, changes, published, tuple(withdraw), guessed)
