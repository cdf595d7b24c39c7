"""Speech with a cache in front: cache → engines in the station's order, first success wins.

The cache key is engine + engine voice + the spoken (normalised) text, so a hit needs no
network and the same words always air as the same audio.

Speech a fallback engine made (espeak-ng while Google's voice could not be reached) is
provisional: a batch made ahead of an airing offers it to the first engine again, at most
once per RETRY_PREFERRED_EVERY, and the first engine's speech replaces it. An airing itself
never waits on the network for it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from common.errors import BroadcasterError
from common.i18n import _

from .asset_store import AssetStore
from .audio import Asset, AudioError
from .engines import Engine, EngineError

if TYPE_CHECKING:
    from .normalize import Reader


@dataclass(frozen=True)
class Speech:
    asset: Asset
    engine: str
    voice: str
    spoken_text: str
    cached: bool


RETRY_PREFERRED_EVERY = timedelta(hours=1)
"""How often speech made by a fallback engine is offered to the first engine again. A try
while the network is down costs the engine's timeout (gtts_timeout_s, 10 s) on the thread
that prepares programs ahead, so a station offline for a week pays it once an hour, not
before every airing of every notice; once the network is back, the online voice returns
within the hour."""


class SpeechError(BroadcasterError):
    """No engine could speak the text; carries every engine's reason."""


def _plain_reader() -> Reader:
    """The reader without a station's lexicon, imported only when a synthesizer is made
    without one (the reader's tables cost a process ~0.15 s to build: see Station.reader)."""
    from .normalize import Reader

    return Reader()


def cache_key(engine: str, voice: str, spoken_text: str) -> str:
    return hashlib.sha256(f"{engine}\0{voice}\0{spoken_text}".encode()).hexdigest()


@dataclass
class Synthesizer:
    assets: AssetStore
    engines: Sequence[Engine]
    make_reader: Callable[[], Reader] = _plain_reader
    """Builds the reader when a first text is read: its tables cost a process ~0.15 s, which
    a program of recordings only, or a rundown with no speech, need not pay (review22b #9)."""
    workers: int = field(default_factory=lambda: os.cpu_count() or 1)
    """Engines and ffmpeg run as subprocesses, so texts are synthesised side by side."""
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    retry_every: timedelta = RETRY_PREFERRED_EVERY

    @cached_property
    def reader(self) -> Reader:
        return self.make_reader()

    def speak_all(
        self,
        requests: Sequence[tuple[str, str]],
        on_progress: Callable[[int, int], None] | None = None,
        *,
        ahead: bool = False,
    ) -> list[Speech]:
        """Audio for each (text, voice); every engine receives the normalised form.

        Cache look-ups and store writes happen on this thread; only synthesis and measuring
        (subprocess work on files) run in the pool. `on_progress(done, total)` follows the
        distinct texts. `ahead` (a program made before its airing) may spend time on the
        network to replace a fallback engine's speech (see `_retry_preferred`).
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
        cached_ones = {key: self._from_cache(*key) for key in distinct}
        if ahead:
            cached_ones.update(self._retry_preferred(cached_ones))
        for key, cached in cached_ones.items():
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

    def _retry_preferred(
        self, cached: dict[tuple[str, str], Speech | None]
    ) -> dict[tuple[str, str], Speech]:
        """The first engine's speech for each cached text a fallback engine made, tried
        again when its last try is RETRY_PREFERRED_EVERY old. One after the other: the first
        failure ends the round (the network is down) and counts as this round's try for every
        text that was due, kept quietly (the fallback speech is still there to air)."""
        if not self.engines:
            return {}
        first, now = self.engines[0], self.clock()
        due = [
            (key, speech)
            for key, speech in cached.items()
            if speech
            and speech.engine != first.name
            and self._tried_at(speech) <= now - self.retry_every
        ]
        better: dict[tuple[str, str], Speech] = {}
        for key, old in due:
            made = self._synthesize(first, old.spoken_text, key[1])
            if not isinstance(made, Speech):
                stamp = now.astimezone(UTC).isoformat()
                with self.assets.db.conn:
                    self.assets.db.conn.executemany(
                        "UPDATE speech SET preferred_tried_at = ? WHERE cache_key = ?",
                        [(stamp, self._key(speech)) for k, speech in due if k not in better],
                    )
                break
            self._record(made, replacing=old)
            better[key] = made
        return better

    def _tried_at(self, speech: Speech) -> datetime:
        """When the first engine last failed to speak this text (making it, or a retry)."""
        created, tried = self.assets.db.execute(
            "SELECT created_at, preferred_tried_at FROM speech WHERE cache_key = ?",
            [self._key(speech)],
        ).fetchone()
        return datetime.fromisoformat(tried or created)

    @staticmethod
    def _key(speech: Speech) -> str:
        return cache_key(speech.engine, speech.voice, speech.spoken_text)

    def _synthesize(self, engine: Engine, spoken: str, voice: str) -> Speech | str:
        """The engine's speech of the text, or why it could not make it."""
        engine_voice = engine.voice_for(voice)
        try:
            with tempfile.TemporaryDirectory(dir=self.assets.root) as tmp:
                raw = Path(tmp) / f"speech{engine.suffix}"
                engine.synthesize(spoken, engine_voice, raw)
                asset = self.assets.ingest(raw)
        except (EngineError, AudioError) as e:
            return f"{engine.name}: {e}"
        return Speech(asset, engine.name, engine_voice, spoken, cached=False)

    def _first_engine(self, spoken: str, voice: str) -> Speech:
        reasons = []
        for engine in self.engines:
            made = self._synthesize(engine, spoken, voice)
            if isinstance(made, Speech):
                return made
            reasons.append(made)
        raise SpeechError(
            _("no speech engine worked ({reasons})").format(reasons="; ".join(reasons))
        )

    def _record(self, speech: Speech, replacing: Speech | None = None) -> None:
        """Store the speech; the fallback speech it replaces goes in the same transaction,
        so the cache holds one or the other, never neither."""
        with self.assets.db.conn:
            self.assets.record(speech.asset)
            self.assets.db.table("speech").insert(
                {
                    "cache_key": self._key(speech),
                    "engine": speech.engine,
                    "voice": speech.voice,
                    "spoken_text": speech.spoken_text,
                    "asset_sha256": speech.asset.sha256,
                    "created_at": self.clock().astimezone(UTC).isoformat(),
                },
                pk="cache_key",
                replace=True,
            )
            if replacing:
                self.assets.db.execute(
                    "DELETE FROM speech WHERE cache_key = ?", [self._key(replacing)]
                )

    def stored_seconds(self, requests: Iterable[tuple[str, str]]) -> dict[tuple[str, str], float]:
        """How long the cached speech of each (text, voice) lasts, as its asset's row says, in
        one query (those not cached are left out): a length only, for many programs at a
        look (a rundown, Trang chủ's slots past their limit: w31attn); no file is opened."""
        keys = {
            request: [key for _engine, _voice, key in self._keys(self.reader.read(*request).spoken,
                                                                  request[1])]
            for request in dict.fromkeys(requests)
        }  # fmt: skip
        every = json.dumps([key for found in keys.values() for key in found])
        stored = dict(self.assets.db.execute(
            "SELECT s.cache_key, a.duration_s FROM speech s JOIN assets a ON a.sha256 = "
            "s.asset_sha256 WHERE s.cache_key IN (SELECT value FROM json_each(?))", [every]
        ).fetchall())  # fmt: skip
        return {request: next(stored[k] for k in found if k in stored)
                for request, found in keys.items() if any(k in stored for k in found)}  # fmt: skip

    def _keys(self, spoken: str, voice: str) -> list[tuple[Engine, str, str]]:
        """Each engine in order, its voice for `voice` and the cache key of `spoken` in it."""
        return [(engine, engine.voice_for(voice),
                 cache_key(engine.name, engine.voice_for(voice), spoken))
                for engine in self.engines]  # fmt: skip

    def _from_cache(self, spoken: str, voice: str) -> Speech | None:
        for engine, engine_voice, key in self._keys(spoken, voice):
            for (sha256,) in self.assets.db.execute(
                "SELECT asset_sha256 FROM speech WHERE cache_key = ?", [key]
            ):
                try:
                    asset = self.assets.get(sha256)
                except AudioError:
                    continue  # file lost: synthesise again
                return Speech(asset, engine.name, engine_voice, spoken, cached=True)
        return None
