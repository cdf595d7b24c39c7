"""What a station receives from upstream is checked like a local file before anything is
stored. A compromised or buggy office signs these manifests with its real keys: the signature
is valid, the content is not. A campaign that fails is refused alone, with the reason, and
what the station held of it stays; the office's other campaigns still arrive (review19 #2: an
office not yet upgraded, or a campaign published before the station's text rules tightened,
stopped every sync). What leaves the station unable to tell the campaigns apart (the index)
refuses the whole update, as a bad signature does (tests/test_upstream.py)."""

from __future__ import annotations

import hashlib
import itertools
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
import test_upstream
from conftest import Run, make_station, make_tone, query, runner_for, set_config, store_dump
from test_upstream import make_office, newest_manifest

from upstream.repository import Repository

office, trusting = test_upstream.office, test_upstream.trusting
MANIFEST = "campaigns/bluezone/manifest.json"
GOOD = "campaigns/hop-to/manifest.json"
"""A second campaign published beside every hostile one: it must arrive all the same."""
ROUND = itertools.count(1)


@dataclass
class World:
    """One office and one station that trusts it and has taken its campaign. A refused sync
    changes nothing, so every hostile manifest can be tried on the same pair."""

    office: Repository
    station: Path
    run: Run
    manifest: dict[str, Any]
    """The campaign's manifest as published, which each attack starts from."""
    index: bytes
    good: str = ""
    """The text of the good campaign's notice last published."""


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    tmp = tmp_path_factory.mktemp("upstream")
    office = make_office(tmp)
    station = make_station(tmp / "station")
    run = runner_for(station)
    run("trust", str(office.metadata / "1.root.json"))
    run("sync", str(office.root_dir))
    index = (office.targets_dir / _signed_name(office, "index.json")).read_bytes()
    return World(office, station, run, current(office), index)


def _signed_name(office: Repository, path: str) -> str:
    targets = office._current_targets()
    assert targets
    folder, _, name = path.rpartition("/")
    digest = targets.signed.targets[path].hashes["sha256"]
    return f"{folder}/{digest}.{name}".lstrip("/")


def sign(office: Repository, files: dict[str, bytes]) -> None:
    """Publish these files as they are, signed with the office's keys."""
    targets = office._current_targets()
    assert targets
    targets.signed.version += 1
    for path, data in files.items():
        office._add_target(targets.signed, path, data)
    office._sign_and_write(targets, datetime.now(UTC))


def current(office: Repository) -> dict[str, Any]:
    manifest: dict[str, Any] = json.loads(newest_manifest(office).read_text())
    return manifest


Attack = Callable[[World], None]


def publish_as_is(world: World, files: dict[str, bytes]) -> None:
    """The campaign as first published, with these files in place of its own, beside a good
    campaign whose notice says something new each time."""
    world.good = f"Mời bà con dự họp tổ dân phố lần thứ {next(ROUND)}."
    entry = {**world.manifest["announcements"][0], "id": "hop-to-1", **text_entry(world.good)}
    good: dict[str, Any] = {
        "campaign": "hop-to",
        "announcements": [entry],
        "schedule": None,
        "jingles": {},
    }
    index = {"campaigns": {"bluezone": MANIFEST, "hop-to": GOOD}}
    original = {"index.json": json.dumps(index).encode(), GOOD: json.dumps(good).encode(),
                MANIFEST: json.dumps(world.manifest).encode()}  # fmt: skip
    sign(world.office, original | files)


def signed_manifest(change: Callable[[dict[str, Any]], Any]) -> Attack:
    def attack(world: World) -> None:
        manifest = json.loads(json.dumps(world.manifest))
        change(manifest)
        publish_as_is(world, {MANIFEST: json.dumps(manifest).encode()})

    return attack


def first(**fields: Any) -> Attack:
    """Change the first announcement (a script, 'bz-cai-dat')."""
    return signed_manifest(lambda m: m["announcements"][0].update(fields))


def recording(**fields: Any) -> Attack:
    """Change the recording ('loi-keu-goi')."""
    return signed_manifest(lambda m: m["announcements"][2].update(fields))


def text_entry(text: str) -> dict[str, Any]:
    return {"text": text, "content_sha256": hashlib.sha256(text.encode()).hexdigest()}


def audio_target(world: World, data: bytes, suffix: str = ".mp3") -> None:
    """The recording replaced by other signed bytes, its manifest entry updated to match."""
    sha = hashlib.sha256(data).hexdigest()
    manifest = json.loads(json.dumps(world.manifest))
    name = f"campaigns/bluezone/audio/{sha}{suffix}"
    manifest["announcements"][2].update(audio=name, content_sha256=sha)
    publish_as_is(world, {name: data, MANIFEST: json.dumps(manifest).encode()})


def raw(path: str, data: bytes) -> Attack:
    return lambda world: publish_as_is(world, {path: data})


def index(data: Any) -> Attack:
    return raw("index.json", json.dumps(data).encode())


CASES: list[tuple[str, Attack, str]] = [
    ("id with a path", first(id="../../station"), "id '../../station' must be lowercase"),
    ("id with spaces", first(id="Thông Báo"), "id 'Thông Báo' must be lowercase"),
    ("empty id", first(id=""), "'Id' must be non-empty text"),
    ("an emergency's id", first(id="khan-cap-tren-x"),
     "publish it again: announcement 1 (“Cài đặt Bluezone”): id 'khan-cap-tren-x' starts with "
     "'khan-cap-'"),
    ("a local emergency's id", first(id="khan-cap-20261129-070000-1"), "starts with 'khan-cap-'"),
    ("priority unknown", first(priority="urgent"), "priority 'urgent' is not one of"),
    ("priority a list", first(priority=["emergency"]), "is not one of"),
    ("an emergency as a notice (o20lan9: it went in slots for good)",
     first(priority="emergency"), "a notice cannot be an emergency"),
    ("repeat zero", first(repeat=0), "repeat must be a whole number from 1 to 5"),
    ("repeat a million", first(repeat=1_000_000), "repeat must be a whole number from 1 to 5"),
    ("repeat as text", first(repeat="2"), "repeat must be a whole number"),
    ("repeat a boolean", first(repeat=True), "repeat must be a whole number"),
    ("repeat a fraction", first(repeat=2.5), "repeat must be a whole number"),
    ("date impossible", first(valid_from="2020-13-01"), "'Valid from': '2020-13-01' is not a date"),
    ("date a number", first(valid_until=20201231), "'Valid until': '20201231' is not a date"),
    ("dates backwards", first(valid_from="2021-01-02", valid_until="2021-01-01"),
     "'Valid until' (01/01/2021) is before 'valid from' (02/01/2021)"),
    ("no text", first(text=None), "the announcement has no text to read"),
    ("blank text", first(**text_entry("   \n ")), "the announcement has no text to read"),
    ("text a list", first(text=["a"]), "the text must be text"),
    ("text too long", first(**text_entry("a. " * 40_000)),
     "the text is 118 KB, more than the limit of 100 KB"),
    ("title missing", first(title=None), "the title is missing"),
    ("title of two lines", first(title="Một\nHai"), "'Title' must be one line"),
    ("title too long", first(title="x" * 5000), "at most 300 characters"),
    ("voice unknown", first(voice="en"), "voice 'en' is not one of"),
    ("version zero", first(version=0), "version must be a whole number from 1"),
    ("version as text", first(version="2"), "version must be a whole number from 1"),
    ("hash of other text", first(text="Nội dung khác hẳn."),
     "content_sha256 does not match the text"),
    ("hash not a hash", first(content_sha256="abc"), "content_sha256 is not a SHA-256"),
    ("unknown field", first(run="rm -rf /"), "it must hold exactly"),
    ("missing field", signed_manifest(lambda m: m["announcements"][0].pop("voice")),
     "it must hold exactly"),
    ("audio of another campaign", recording(audio="campaigns/khac/audio/x.mp3"),
     "is not an audio file of the campaign"),
    ("audio climbing out", recording(audio="../../station.db"),
     "is not an audio file of the campaign"),
    ("audio not audio", lambda o: audio_target(o, b"-----BEGIN PRIVATE KEY-----\n" * 40),
     "ffmpeg cannot decode this audio"),
    ("audio a playlist", lambda o: audio_target(o, b"ffconcat version 1.0\nfile ../x.wav\n"),
     "ffmpeg cannot decode this audio"),
    ("audio a key suffix", lambda o: audio_target(o, b"x" * 100, ".pem"),
     "is not an audio file of the campaign"),
    ("duplicate ids", signed_manifest(lambda m: m["announcements"].append(m["announcements"][0])),
     "announcement id 'bz-cai-dat' is given twice"),
    ("too many", signed_manifest(lambda m: m.update(announcements=m["announcements"] * 200)),
     "must be a list of at most 500"),
    ("entry not a table", signed_manifest(lambda m: m["announcements"].append("x")),
     "it must hold exactly"),
    ("manifest a list", raw(MANIFEST, b"[]"), "it must hold exactly"),
    ("manifest not JSON", raw(MANIFEST, b"\x89PNG\r\n"), "is not valid JSON"),
    ("manifest too deep", raw(MANIFEST, b"[" * 100_000 + b"]" * 100_000), "is not valid JSON"),
    ("another campaign's name", signed_manifest(lambda m: m.update(campaign="khac")),
     "it says it is campaign 'khac'"),
    ("schedule elsewhere", signed_manifest(lambda m: m.update(schedule="../../station.toml")),
     "its schedule '../../station.toml' is not allowed"),
    ("jingle role unknown", signed_manifest(lambda m: m.update(jingles={"evil": "x.mp3"})),
     "intro, outro or bridge"),
    ("half-marked text (round 19's rule)",
     first(**text_entry("Thông báo: ba con chu y nhe, ngày mai cắt điện.")),
     "“Thông báo: ba con chu y nhe, ngày mai cắt điện.” is typed without diacritics"),
    ("two unmarked capitals", first(**text_entry("Mời bà con đến họp tại NHA VAN hóa ấp.")),
     "Words without their marks: NHA VAN"),
]  # fmt: skip
SYNC_FAULTS: list[tuple[str, Attack, str]] = [
    ("index a list", index([]), "the upstream's index does not list campaigns"),
    ("index campaign a path", index({"campaigns": {"../x": "campaigns/../x/manifest.json"}}),
     "is not allowed"),
    ("index not JSON", raw("index.json", b"{"), "index is not valid JSON"),
]  # fmt: skip


def held(world: World) -> list[tuple[Any, ...]]:
    """What the station holds of the campaign under attack, every version and state."""
    return query(
        world.station,
        "SELECT id, version, upstream_version, retired_at, approved_version FROM announcements "
        "WHERE campaign = 'bluezone' ORDER BY id",
    )


def good_text(world: World) -> str:
    return str(query(world.station, "SELECT v.text FROM announcements a JOIN announcement_versions "
                     "v ON v.announcement_id = a.id AND v.version = a.version "
                     "WHERE a.id = 'hop-to-1'")[0][0])  # fmt: skip


@pytest.mark.parametrize(("attack", "refusal"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_a_campaign_that_fails_the_checks_is_refused_alone_and_the_others_arrive(
    world: World, attack: Attack, refusal: str
) -> None:
    before = held(world)
    attack(world)
    result = world.run("sync", str(world.office.root_dir), code=1)
    assert refusal in result.stderr, result.stderr
    assert "The station did not take the office's campaign bluezone. " in result.stderr
    assert "upstream campaign 'bluezone'" not in result.stderr  # named once (o21lan10 N7)
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert held(world) == before  # kept as they were: the office withdrew nothing
    assert good_text(world) == world.good  # the other campaign arrived
    status = world.run("status").stdout
    assert "The last sync failed" not in status
    said = [line for line in status.splitlines() if "campaign bluezone" in line]
    assert len(said) == 1 and refusal in said[0], status
    assert said[0].startswith("For your information: The station did not take"), said
    assert "The 3 notice(s) of it already on the station stay as they were" in said[0]


@pytest.mark.parametrize(
    ("attack", "refusal"), [c[1:] for c in SYNC_FAULTS], ids=[c[0] for c in SYNC_FAULTS]
)
def test_an_index_that_cannot_be_read_refuses_the_whole_sync(
    world: World, attack: Attack, refusal: str
) -> None:
    before = applied(world)
    attack(world)
    result = world.run("sync", str(world.office.root_dir), code=1)
    assert refusal in result.stderr, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert applied(world) == before  # only the remembered failure changed
    assert "The last sync failed" in world.run("status").stdout


def applied(world: World) -> list[str]:
    """The station's store but for what it remembers of its syncs (meta 'upstream_…'): what
    a sync applied, or said the office must correct."""
    return sorted(line for line in store_dump(world.station).splitlines()
                  if "'upstream_" not in line)  # fmt: skip


def test_a_fault_of_the_station_itself_fails_the_sync_and_refuses_no_campaign(
    world: World, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ffmpeg missing (like a full disk or a run killed on a loaded PC) is the station's own
    fault: the office is not told to correct its campaign, and the sync fails as a whole, to
    be tried again soon (review20 #2)."""
    publish_as_is(world, {})
    world.run("sync", str(world.office.root_dir))
    said_to_office = query(world.station, "SELECT value FROM meta WHERE key = 'upstream_refused'")
    before = applied(world)
    publish_as_is(world, {})  # something new to take
    monkeypatch.setenv("PATH", str(tmp_path))
    result = world.run("sync", str(world.office.root_dir), code=1)
    assert "ffmpeg is not installed" in result.stderr, result.stderr
    assert "did not take" not in result.stderr and "correct the campaign" not in result.stderr
    assert applied(world) == before
    assert query(world.station, "SELECT value FROM meta WHERE key = 'upstream_refused'"
                 ) == said_to_office  # fmt: skip
    assert "The last sync failed: ffmpeg is not installed" in world.run("status").stdout


def test_the_world_takes_a_good_manifest(world: World) -> None:
    """The same office and station, given a sane update: it applies (the attacks above fail
    for what they are, not because the pair is broken)."""
    changed = json.loads(json.dumps(world.manifest))
    changed["announcements"][0]["title"] = "Tiêu đề mới"
    publish_as_is(world, {MANIFEST: json.dumps(changed).encode()})
    world.run("sync", str(world.office.root_dir))
    assert query(world.station, "SELECT title FROM announcements WHERE id = 'bz-cai-dat'") == [
        ("Tiêu đề mới",)
    ]


def test_an_office_notice_already_past_its_end_is_taken_not_refused(world: World) -> None:
    """A limit that is no fault of the campaign's: a notice whose end date passed while the
    station was offline is stored (it says why it will not air), not refused, and does not
    hold up its campaign (review19: office sync does not go through store_scripts)."""
    first(valid_from="2020-01-01", valid_until="2020-01-02")(world)
    result = world.run("sync", str(world.office.root_dir))
    assert "did not take" not in result.stdout + result.stderr
    assert query(world.station, "SELECT valid_until FROM announcements WHERE id = 'bz-cai-dat'"
                 ) == [("2020-01-02",)]  # fmt: skip
    assert good_text(world) == world.good


def test_ids_published_in_two_campaigns_are_refused(
    trusting: Path, run: Run, office: Repository
) -> None:
    manifest = current(office)
    manifest["campaign"] = "khac"
    manifest["announcements"] = manifest["announcements"][:1]
    sign(
        office,
        {
            "campaigns/khac/manifest.json": json.dumps(manifest).encode(),
            "index.json": json.dumps({"campaigns": {
                "bluezone": MANIFEST, "khac": "campaigns/khac/manifest.json"}}).encode(),
        },
    )  # fmt: skip
    result = run("sync", str(office.root_dir), code=1)
    assert "announcement id 'bz-cai-dat' is published in two campaigns" in result.stderr
    for campaign in ("bluezone", "khac"):  # which one owns it is not the station's to guess
        assert f"did not take the office's campaign {campaign}. " in result.stderr
    assert result.stderr.count("The station holds none of its notices") == 2
    assert query(trusting, "SELECT COUNT(*) FROM announcements") == [(0,)]


def test_oversized_and_overlong_upstream_audio_is_refused(
    trusting: Path, run: Run, office: Repository, tmp_path: Path
) -> None:
    here = World(office, trusting, run, current(office), b"")
    here.index = (office.targets_dir / _signed_name(office, "index.json")).read_bytes()
    audio_target(here, make_tone(tmp_path / "dai.mp3", seconds=8).read_bytes())
    set_config(trusting, "max_audio_minutes", "0.1")
    assert "longer than 0.1 minutes" in run("sync", str(office.root_dir), code=1).stderr
    set_config(trusting, "max_audio_mb", "0")
    assert "limits.max_audio_mb must be more than 0" in run("status", code=1).stderr
    set_config(trusting, "max_audio_mb", "1")
    set_config(trusting, "max_audio_minutes", "30.0")
    audio_target(here, b"\0" * (2 * 1024 * 1024))
    assert (
        "is 2 MB, more than the station takes" in run("sync", str(office.root_dir), code=1).stderr
    )
    # the campaign alone: the good one beside it arrived
    assert query(trusting, "SELECT campaign FROM announcements") == [("hop-to",)]


@pytest.mark.parametrize("target", ["/dev/zero", "outside"])
def test_a_usb_stick_cannot_lead_the_station_out_of_its_folder(
    trusting: Path, run: Run, office: Repository, tmp_path: Path, target: str
) -> None:
    stick = tmp_path / "usb"
    shutil.copytree(office.root_dir, stick)
    timestamp = stick / "metadata" / "timestamp.json"
    if target == "outside":
        (tmp_path / "elsewhere.json").write_bytes(timestamp.read_bytes())
        target = str(tmp_path / "elsewhere.json")
    timestamp.unlink()
    timestamp.symlink_to(target)
    result = run("sync", str(stick), code=1)
    assert "leads outside the folder" in result.stderr or "not a regular file" in result.stderr
    assert query(trusting, "SELECT COUNT(*) FROM announcements") == [(0,)]


def test_a_notice_moved_into_a_refused_campaign_stays(world: World) -> None:
    """The office moves a notice into another campaign, which the station refuses: the
    office withdrew nothing, so the notice stays as it was and the refusal counts it
    (review20 #1); if the refused manifest cannot be read at all, the station cannot tell a
    move from a withdrawal, and nothing is retired in that sync."""
    before = held(world)
    without = json.loads(json.dumps(world.manifest))
    moved = without["announcements"].pop(0)  # bz-cai-dat, now in hop-to
    into: dict[str, Any] = {"campaign": "hop-to", "schedule": None, "jingles": {},
            "announcements": [{**moved, **text_entry("Thông báo: ba con chu y nhe.")}]}  # fmt: skip
    index = json.dumps({"campaigns": {"bluezone": MANIFEST, "hop-to": GOOD}}).encode()
    hop_to = query(world.station, "SELECT COUNT(*) FROM announcements WHERE campaign = 'hop-to' "
                   "AND retired_at IS NULL")[0][0]  # fmt: skip
    for manifest, kept in [
        (json.dumps(into).encode(), f"The {hop_to + 1} notice(s) of it already on the station "
         "stay as they were, and"),
        (b"{not json", "the station stops none of the office's notices until it is corrected"),
    ]:  # fmt: skip
        sign(world.office, {"index.json": index, GOOD: manifest,
                            MANIFEST: json.dumps(without).encode()})  # fmt: skip
        result = world.run("sync", str(world.office.root_dir), code=1)
        assert "did not take the office's campaign hop-to" in result.stderr, result.stderr
        assert kept in result.stderr and "holds none" not in result.stderr, result.stderr
        assert "retired" not in result.stdout, result.stdout
        assert held(world) == before
