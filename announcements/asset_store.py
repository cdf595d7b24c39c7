"""Where audio assets live: files under the station's audio folder, facts in the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from common.i18n import _
from common.store import Store

from .audio import (
    Asset,
    AudioError,
    Loudness,
    LoudnessTarget,
    check_input,
    ingest,
    store_measured,
)
from .limits import InputLimits


@dataclass
class AssetStore:
    db: Store
    root: Path
    """The station directory; asset paths are stored relative to it so the folder can move."""
    target: LoudnessTarget
    limits: InputLimits = field(default_factory=InputLimits)
    """For audio from outside (recordings, jingles, emergencies, upstream)."""

    @property
    def audio_dir(self) -> Path:
        return self.root / "audio"

    def add(self, source: Path) -> Asset:
        """Convert, measure and store audio from outside (file first, then its row)."""
        asset = self.admit(source)
        self.record(asset)
        return asset

    def admit(self, source: Path) -> Asset:
        """The file half of `add`: audio from outside, within the station's limits (checked
        before decoding it)."""
        check_input(source, self.limits)
        return ingest(source, self.audio_dir, self.target, self.limits)

    def ingest(self, source: Path) -> Asset:
        """Audio the station made itself (speech): safe to run from several threads at once."""
        return ingest(source, self.audio_dir, self.target)

    def add_measured(self, source: Path, loudness: Loudness) -> Asset:
        """Store audio already converted and measured (a default chime shipped made)."""
        asset = store_measured(source, self.audio_dir, loudness)
        self.record(asset)
        return asset

    def record(self, asset: Asset) -> None:
        # plain SQL: sqlite-utils' insert(ignore=True) of a row already there looks the row
        # up by the connection's last rowid, from another table's insert (IndexError)
        with self.db.conn:
            self.db.execute(
                "INSERT OR IGNORE INTO assets (sha256, path, duration_s, integrated_lufs, "
                "true_peak_dbtp, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                [
                    asset.sha256,
                    str(asset.path.relative_to(self.root)),
                    asset.duration_s,
                    asset.loudness.integrated_lufs,
                    asset.loudness.true_peak_dbtp,
                    datetime.now(UTC).isoformat(),
                ],
            )

    def get(self, sha256: str) -> Asset:
        row = self.db.execute(  # plain SQL: rundowns and pages ask for hundreds of assets
            "SELECT path, duration_s, integrated_lufs, true_peak_dbtp FROM assets WHERE sha256 = ?",
            [sha256],
        ).fetchone()
        if row is None:
            raise AudioError(_("audio {sha} is not in the store").format(sha=sha256[:12]))
        stored, duration_s, integrated_lufs, true_peak_dbtp = row
        path = self.root / stored
        if not path.is_file():
            raise AudioError(
                _("audio file {file} is missing from the station folder").format(file=stored)
            )
        return Asset(
            sha256=sha256,
            path=path,
            duration_s=duration_s,
            loudness=Loudness(integrated_lufs, true_peak_dbtp),
        )
