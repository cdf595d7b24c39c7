"""Speech with a cache in front: cache → engines in the station's order, first success wins.

The cache key is engine + engine voice + the spoken (normalised) text, so a hit needs no
network and the same words always air as the same audio.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from common.errors import BroadcasterError
from common.i18n import _

from .asset_store import AssetStore
from .audio import Asset, AudioError
from .engines import Engine, EngineError
from .normalize import Reader


@dataclass(frozen=True)
class Speech:
    asset: Asset
    engine: str
    voice: str
    spoken_text: str
    cached: bool


class SpeechError(BroadcasterError):
    """No engine could speak the text; carries every engine's reason."""


def cache_key(engine: str, voice: str, spoken_text: str) -> str:
    return hashlib.sha256(f"{engine}\0{voice}\0{spoken_text}".encode()).hexdigest()


@dataclass
class Synthesizer:
    assets: AssetStore
    engines: Sequence[Engine]
    reader: Reader = field(default_factory=Reader)
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    """Engines and ffmpeg run as subprocesses, so texts are synthesised side by side."""

    def speak_all(
        self,
        requests: Sequence[tuple[str, str]],
        on_progress: Callable[[int, int], None] | None = None,
    ) -> list[Speech]:
        """Audio for each (text, voice); every engine receives the normalised form.

        Cache look-ups and store writes happen on this thread; only synthesis and measuring
        (subprocess work on files) run in the pool. `on_progress(done, total)` follows the
        distinct texts.
        """
        wanted = [(self.reader.read(text, voice).spoken, voice) for text, voice in requests]
        if any(not spoken for spoken, _voice in wanted):
            raise SpeechError(_("there is no text to read"))
        distinct = list(dict.fromkeys(wanted))
        found: dict[tuple[str, str], Speech] = {}

        def done(key: tuple[str, str], speech: Speech) -> None:
            found[key] = speech
            if on_progress:
                on_progress(len(found), len(distinct))

        misses = []
        for key in distinct:
            cached = self._from_cache(*key)
            if cached:
                done(key, cached)
            else:
                misses.append(key)
        with ThreadPoolExecutor(max_workers=self.workers) as pool:
            for key, speech in zip(
                misses, pool.map(lambda k: self._first_engine(*k), misses), strict=False
            ):
                self._record(speech)
                done(key, speech)
        return [found[key] for key in wanted]

    def cached(self, text: str, voice: str) -> Speech | None:
        """The speech for `text` if it is already in the cache; never synthesises."""
        return self._from_cache(self.reader.read(text, voice).spoken, voice)

    def _first_engine(self, spoken: str, voice: str) -> Speech:
        reasons = []
        for engine in self.engines:
            engine_voice = engine.voice_for(voice)
            try:
                with tempfile.TemporaryDirectory(dir=self.assets.root) as tmp:
                    raw = Path(tmp) / f"speech{engine.suffix}"
                    engine.synthesize(spoken, engine_voice, raw)
                    asset = self.assets.ingest(raw)
            except (EngineError, AudioError) as e:
                reasons.append(f"{engine.name}: {e}")
                continue
            return Speech(asset, engine.name, engine_voice, spoken, cached=False)
        raise SpeechError(
            _("no speech engine worked ({reasons})").format(reasons="; ".join(reasons))
        )

    def _record(self, speech: Speech) -> None:
        with self.assets.db.conn:
            self.assets.record(speech.asset)
            self.assets.db.table("speech").insert(
                {
                    "cache_key": cache_key(speech.engine, speech.voice, speech.spoken_text),
                    "engine": speech.engine,
                    "voice": speech.voice,
                    "spoken_text": speech.spoken_text,
                    "asset_sha256": speech.asset.sha256,
                    "created_at": datetime.now(UTC).isoformat(),
                },
                pk="cache_key",
                replace=True,
            )

    def _from_cache(self, spoken: str, voice: str) -> Speech | None:
        for engine in self.engines:
            engine_voice = engine.voice_for(voice)
            key = cache_key(engine.name, engine_voice, spoken)
            for (sha256,) in self.assets.db.execute(
                "SELECT asset_sha256 FROM speech WHERE cache_key = ?", [key]
            ):
                try:
                    asset = self.assets.get(sha256)
                except AudioError:
                    continue  # file lost: synthesise again
                return Speech(asset, engine.name, engine_voice, spoken, cached=True)
        return None
