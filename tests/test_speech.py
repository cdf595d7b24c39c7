"""Speech engines and the cache: gTTS at the HTTP layer (real reply format), real espeak-ng."""

from __future__ import annotations

import base64
import json
import subprocess
import urllib.parse
from pathlib import Path
from typing import Any

import pytest
import requests
import responses
from conftest import Run, set_config, write_script

COMPACT = (",", ":")
GTTS_URL = "https://translate.google.com/_/TranslateWebserverUi/data/batchexecute"
TEXT = "Ủy ban nhân dân xã **thông báo**: tối nay họp thôn   tại nhà văn hóa."


@pytest.fixture(scope="module")
def mp3_speech(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Real MP3 speech, as Google would send it."""
    folder = tmp_path_factory.mktemp("gtts")
    wav, mp3 = folder / "s.wav", folder / "s.mp3"
    subprocess.run(["espeak-ng", "-v", "vi", "-w", str(wav), "Xin chào bà con"], check=True)
    subprocess.run(
        [
            "ffmpeg",
            "-loglevel",
            "error",
            "-i",
            str(wav),
            "-ar",
            "24000",
            "-b:a",
            "32k",
            "-y",
            str(mp3),
        ],
        check=True,
    )
    return mp3.read_bytes()


def batchexecute_reply(audio: bytes) -> str:
    """The body Google's batchexecute endpoint returns for the jQ1olc (TTS) RPC."""
    payload = json.dumps([base64.b64encode(audio).decode()], separators=COMPACT)
    envelope = json.dumps(
        [
            ["wrb.fr", "jQ1olc", payload, None, None, None, "generic"],
            ["di", 47],
            ["af.httprm", 46, "-3141592653589793238", 9],
        ],
        separators=COMPACT,
    )
    tail = json.dumps([["e", 4, None, None, len(envelope) + 40]], separators=COMPACT)
    return f")]}}'\n\n{len(envelope)}\n{envelope}\n{len(tail)}\n{tail}\n"


def text_sent(body: str | bytes | None) -> str:
    """The text inside gTTS's form-encoded batchexecute request."""
    assert isinstance(body, str), body
    rpc = json.loads(urllib.parse.unquote(body.removeprefix("f.req=").rstrip("&")))
    return str(json.loads(rpc[0][0][1])[0])


@pytest.fixture
def gtts_first(station: Path, scripts: Path, run: Run) -> Path:
    set_config(station, "engines", '["gtts", "espeak"]')
    run("announce", "add", str(write_script(scripts, "hop.md", TEXT, id="hop-thon")))
    return station


def aired(run: Run, station: Path) -> dict[str, Any]:
    run("play", "--announce", "hop-thon", "--sink", f"file:{station}/out")
    logged: list[dict[str, Any]] = json.loads(run("log", "list", "--json").stdout)
    return logged[-1]


@responses.activate
def test_gtts_speaks_when_google_answers(gtts_first: Path, run: Run, mp3_speech: bytes) -> None:
    responses.add(responses.POST, GTTS_URL, body=batchexecute_reply(mp3_speech))
    airing = aired(run, gtts_first)
    assert airing["status"] == "aired"
    assert airing["items"][0]["engine"] == "gtts"
    sent = " ".join(text_sent(call.request.body) for call in responses.calls)
    assert "Ủy ban nhân dân xã thông báo" in sent
    assert "*" not in sent and "  " not in sent  # the spoken form, not the raw script


@responses.activate
def test_a_cache_hit_makes_no_request(gtts_first: Path, run: Run, mp3_speech: bytes) -> None:
    responses.add(responses.POST, GTTS_URL, body=batchexecute_reply(mp3_speech))
    aired(run, gtts_first)
    first = len(responses.calls)
    assert first >= 1
    airing = aired(run, gtts_first)
    assert len(responses.calls) == first
    assert airing["items"][0]["engine"] == "gtts"


@responses.activate
def test_429_is_retried_with_backoff_then_espeak_speaks(gtts_first: Path, run: Run) -> None:
    responses.add(responses.POST, GTTS_URL, status=429, body="Too Many Requests")
    airing = aired(run, gtts_first)
    assert len(responses.calls) == 3  # the first try and gtts_retries = 2
    assert airing["status"] == "aired"
    assert airing["items"][0]["engine"] == "espeak"


@responses.activate
def test_5xx_then_success_uses_gtts(gtts_first: Path, run: Run, mp3_speech: bytes) -> None:
    responses.add(responses.POST, GTTS_URL, status=503)
    responses.add(responses.POST, GTTS_URL, body=batchexecute_reply(mp3_speech))
    airing = aired(run, gtts_first)
    assert airing["items"][0]["engine"] == "gtts"


@pytest.mark.parametrize(
    "failure",
    [
        requests.exceptions.ReadTimeout("read timed out"),
        requests.exceptions.ConnectionError("Failed to resolve 'translate.google.com'"),
    ],
)
@responses.activate
def test_timeout_or_no_network_falls_back_at_once(
    gtts_first: Path, run: Run, failure: Exception
) -> None:
    responses.add(responses.POST, GTTS_URL, body=failure)
    airing = aired(run, gtts_first)
    assert len(responses.calls) == 1  # not retried: only 429/5xx are
    assert airing["items"][0]["engine"] == "espeak"


@responses.activate
def test_no_engine_works_means_a_failed_airing_and_no_file(gtts_first: Path, run: Run) -> None:
    set_config(gtts_first, "engines", '["gtts"]')
    responses.add(responses.POST, GTTS_URL, status=403, body="Forbidden")
    out = gtts_first / "out"
    result = run("play", "--announce", "hop-thon", "--sink", f"file:{out}", code=1)
    assert (
        "airing #1 failed: no speech engine worked (gtts: 403 (Forbidden) from TTS API"
        in result.stderr
    )
    airing = json.loads(run("log", "list", "--json").stdout)[-1]
    assert airing["status"] == "failed"
    assert airing["items"][0]["announcement_id"] == "hop-thon"
    assert "403" in airing["error"]
    assert not out.exists() or not any(out.iterdir())
    assert not list((gtts_first / "programs").glob("*.wav"))
    leftovers = [p for p in gtts_first.rglob("*") if p.suffix in (".tmp", ".mp3")]
    assert leftovers == []
