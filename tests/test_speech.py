"""Speech engines and the cache: gTTS at the HTTP layer (real reply format), real espeak-ng."""

from __future__ import annotations

import base64
import json
import subprocess
import urllib.parse
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import requests
import responses
from conftest import Run, SetClock, query, set_config, write_script

from audio_out.sinks import FileSink
from broadcaster.airing import air, prepare
from broadcaster.airing_log import AiringStatus
from broadcaster.station import Station

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


NOW = datetime(2026, 3, 2, 9, 0, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
NO_NETWORK = requests.exceptions.ConnectionError("Failed to resolve 'translate.google.com'")


def prepared_engines(station: Station, ids: list[str], name: str) -> list[str | None]:
    """Prepare the announcements' program ahead of a slot, as the daemon does."""
    rows = station.check_airable(ids, station.today())
    made = prepare(station, rows, station.root / "programs" / name)
    return [item.engine for item in made.program.items]


def read_offline_then_network_back(root: Path, mp3_speech: bytes) -> tuple[Station, SetClock]:
    """A program prepared while Google cannot be reached (espeak-ng reads it), then Google
    answering again; call inside `responses.activate`."""
    clock = SetClock(NOW)
    station = Station.open(root, clock)
    responses.add(responses.POST, GTTS_URL, body=NO_NETWORK)
    assert prepared_engines(station, ["hop-thon"], "a.wav") == ["espeak"]
    responses.replace(responses.POST, GTTS_URL, body=batchexecute_reply(mp3_speech))
    return station, clock


@responses.activate
def test_the_online_voice_comes_back_ahead_of_an_airing_once_the_network_does(
    gtts_first: Path, mp3_speech: bytes
) -> None:
    station, clock = read_offline_then_network_back(gtts_first, mp3_speech)
    calls = len(responses.calls)
    clock.now += timedelta(minutes=59)  # the network is back, the hour is not over
    assert prepared_engines(station, ["hop-thon"], "b.wav") == ["espeak"]
    assert len(responses.calls) == calls
    clock.now += timedelta(minutes=1)
    made = prepare(station, station.check_airable(["hop-thon"], station.today()),
                   gtts_first / "programs" / "c.wav")  # fmt: skip
    assert [item.engine for item in made.program.items] == ["gtts"]
    assert len(responses.calls) > calls
    assert query(gtts_first, "SELECT engine FROM speech") == [("gtts",)]  # replaced, not added
    calls = len(responses.calls)
    airing = air(station, ["hop-thon"], FileSink(gtts_first / "out"), prepared=made)
    assert airing and airing.status is AiringStatus.AIRED
    logged = query(gtts_first, "SELECT engines, program_sha256 FROM airings")
    assert logged == [("gtts", made.sha256)]  # the program prepared ahead is the one aired
    assert len(responses.calls) == calls


@responses.activate
def test_a_station_offline_tries_the_online_voice_once_an_hour_not_per_airing(
    gtts_first: Path, scripts: Path, run: Run
) -> None:
    run("announce", "add", str(write_script(scripts, "nuoc.md", "Tối nay cúp nước.", id="nuoc")))
    clock = SetClock(NOW)
    station = Station.open(gtts_first, clock)
    responses.add(responses.POST, GTTS_URL, body=NO_NETWORK)
    both = ["hop-thon", "nuoc"]
    assert prepared_engines(station, both, "a.wav") == ["espeak", "espeak"]
    tries = []
    for minutes in range(0, 4 * 60, 15):  # slots every quarter of an hour
        clock.now = NOW + timedelta(minutes=minutes)
        before = len(responses.calls)
        assert prepared_engines(station, both, f"{minutes}.wav") == ["espeak", "espeak"]
        if len(responses.calls) > before:
            tries.append((minutes, len(responses.calls) - before))
    # one request an hour for both texts (the first failure ends the round), none in between
    assert tries == [(60, 1), (120, 1), (180, 1)]
    assert query(gtts_first, "SELECT count(*) FROM airings") == [(0,)]  # nothing logged


@responses.activate
def test_an_airing_that_finds_only_the_offline_speech_airs_it_without_the_network(
    gtts_first: Path, mp3_speech: bytes
) -> None:
    station, clock = read_offline_then_network_back(gtts_first, mp3_speech)
    calls = len(responses.calls)
    clock.now += timedelta(hours=2)  # a try is due, but only ahead of an airing
    airing = air(station, ["hop-thon"], FileSink(gtts_first / "out"))
    assert airing and airing.status is AiringStatus.AIRED
    assert query(gtts_first, "SELECT engines FROM airings") == [("espeak",)]
    assert len(responses.calls) == calls  # the airing itself never goes to the network
