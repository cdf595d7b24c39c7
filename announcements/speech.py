"""Speech with a cache in front: cache → engines in the station's order, first success wins.

The cache key is engine + engine voice + the spoken (normalised) text, so a hit needs no
network and the same words always air as the same audio.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from .asset_store import AssetStore
from .audio import Asset, AudioError
from .engines import Engine, EngineError
from .normalize import spoken_form


@dataclass(frozen=True)
class Speech:
    asset: Asset
    engine: str
    voice: str
    spoken_text: str
    cached: bool


class SpeechError(Exception):
    """No engine could speak the text; carries every engine's reason."""


def cache_key(engine: str, voice: str, spoken_text: str) -> str:
    return hashlib.sha256(f"{engine}\0{voice}\0{spoken_text}".encode()).hexdigest()


@dataclass
class Synthesizer:
    assets: AssetStore
    engines: Sequence[Engine]

    def speak(self, text: str, voice: str) -> Speech:
        """Audio for `text`; every engine receives the normalised form, never the raw script."""
        spoken = spoken_form(text)
        if not spoken:
            raise SpeechError("there is no text to read")
        cached = self._from_cache(spoken, voice)
        if cached:
            return cached
        reasons = []
        for engine in self.engines:
            engine_voice = engine.voice_for(voice)
            try:
                asset = self._synthesize(engine, spoken, engine_voice)
            except (EngineError, AudioError) as e:
                reasons.append(f"{engine.name}: {e}")
                continue
            with self.assets.db.conn:
                self.assets.db["speech"].insert(
                    {
                        "cache_key": cache_key(engine.name, engine_voice, spoken),
                        "engine": engine.name,
                        "voice": engine_voice,
                        "spoken_text": spoken,
                        "asset_sha256": asset.sha256,
                        "created_at": datetime.now(UTC).isoformat(),
                    },
                    pk="cache_key",
                    replace=True,
                )
            return Speech(asset, engine.name, engine_voice, spoken, cached=False)
        raise SpeechError("no speech engine worked (" + "; ".join(reasons) + ")")

    def _from_cache(self, spoken: str, voice: str) -> Speech | None:
        for engine in self.engines:
            engine_voice = engine.voice_for(voice)
            key = cache_key(engine.name, engine_voice, spoken)
            for row in self.assets.db["speech"].rows_where("cache_key = ?", [key]):
                try:
                    asset = self.assets.get(row["asset_sha256"])
                except AudioError:
                    continue  # file lost: synthesise again
                return Speech(asset, engine.name, engine_voice, spoken, cached=True)
        return None

    def _synthesize(self, engine: Engine, spoken: str, voice: str) -> Asset:
        with tempfile.TemporaryDirectory(dir=self.assets.root) as tmp:
            raw = Path(tmp) / f"speech{engine.suffix}"
            engine.synthesize(spoken, voice, raw)
            return self.assets.add(raw)
