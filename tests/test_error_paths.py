"""Every error path ends in one sentence, exit 1, nothing changed: trust files that are not
root metadata, dates at the edges of the calendar, keys rotate on a bad repository, init
without ffmpeg (which leaves no half-made station)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import test_upstream
from conftest import Run, make_station, make_tone, runner_for, store_dump, write_script
from servers import Postgres, free_port
from test_upstream import make_office

from upstream.keys import init_keys
from upstream.repository import Repository

office = test_upstream.office


def one_sentence(result_stderr: str) -> str:
    assert result_stderr.count("\n") == 1 and "Traceback" not in result_stderr, result_stderr
    return result_stderr


@pytest.fixture(scope="module")
def pair(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Repository]:
    """A station and an office, shared: a refused trust changes nothing."""
    tmp = tmp_path_factory.mktemp("pair")
    return make_station(tmp / "station"), make_office(tmp)


# ----- trust --------------------------------------------------------------------------------------
def trust_file(kind: str, tmp_path: Path, office: Repository) -> Path:
    path = tmp_path / "root.json"
    root = json.loads((office.metadata / "root.json").read_text())
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "a line of text":
        path.write_text("web01\n")
    elif kind == "binary":
        path.write_bytes(bytes(range(256)) * 10)
    elif kind == "a list":
        path.write_text("[]")
    elif kind == "nested":
        path.write_text("[" * 100_000 + "]" * 100_000)
    elif kind == "timestamp":
        path.write_bytes((office.metadata / "timestamp.json").read_bytes())
    elif kind == "edited after signing":
        root["signed"]["expires"] = "2099-01-01T00:00:00Z"
        path.write_text(json.dumps(root))
    elif kind == "signed by another key":
        thief = Repository(tmp_path / "thief-keys", tmp_path / "thief-repo")
        init_keys(thief.keys)
        stolen = json.loads(json.dumps(root))
        stolen["signatures"] = json.loads(thief.create(datetime.now(UTC)).to_bytes())["signatures"]
        path.write_text(json.dumps(stolen))
    elif kind == "unsigned":
        root["signatures"] = []
        path.write_text(json.dumps(root))
    elif kind == "missing fields":
        del root["signed"]["roles"]
        path.write_text(json.dumps(root))
    elif kind == "too large":
        with path.open("wb") as f:
            f.truncate(3 * 1024**3)
    elif kind == "a folder":
        path.mkdir()
    elif kind == "a pipe":
        os.mkfifo(path)
    elif kind == "a device":
        path.symlink_to("/dev/zero")
    elif kind == "missing":
        pass
    return path


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (
            "empty",
            "root.json is empty (0 bytes): the copy did not finish, or it is not the file; "
            "give the office's root.json file, or its repository's web address",
        ),
        ("a line of text", "is not valid TUF root metadata (it is not JSON (line 1, column 1))"),
        ("binary", "is not valid TUF root metadata"),
        ("a list", "is not valid TUF root metadata"),
        ("nested", "is not valid TUF root metadata"),
        (
            "timestamp",
            "is not valid TUF root metadata (it is timestamp metadata): give the "
            "office's root.json, from the folder metadata of the repository it published",
        ),
        ("edited after signing", "is not valid TUF root metadata"),
        ("signed by another key", "is not valid TUF root metadata"),
        ("unsigned", "is not valid TUF root metadata"),
        ("missing fields", "is not valid TUF root metadata"),
        ("too large", "is larger than any root file"),
        (
            "a folder",
            "root.json is a folder, and no office's repository is in it (no "
            "metadata/root.json): give the office's root.json file, in the folder "
            "metadata of the repository it published (on its USB stick: "
            "…/metadata/root.json), or the repository's web address (https://…)",
        ),
        ("a pipe", "root.json is a device or a pipe, not a file; give the office's root.json"),
        ("a device", "root.json is a device or a pipe, not a file; give the office's root.json"),
        ("missing", "no such file"),
    ],
)
def test_trust_refuses_what_is_not_a_trustworthy_root(
    pair: tuple[Path, Repository], tmp_path: Path, kind: str, message: str
) -> None:
    station, office = pair
    run = runner_for(station)
    before = store_dump(station)
    result = run("trust", str(trust_file(kind, tmp_path, office)), code=1)
    assert message in one_sentence(result.stderr)
    assert "Failed to deserialize" not in result.stderr  # tuf's own English
    assert store_dump(station) == before and not (station / "upstream").exists()


@pytest.mark.parametrize("given", ["repository", "usb stick", "metadata"])
def test_trust_given_the_folder_of_the_offices_repository_takes_its_root(
    pair: tuple[Path, Repository], tmp_path: Path, given: str
) -> None:
    """w27office #1: the USB stick's folder, the repository's or its metadata folder, as a
    person gives it, reads the root.json in it and says which file it read."""
    _station, office = pair
    stick = tmp_path / "usb"
    shutil.copytree(office.metadata.parent, stick / "kho-tinh")
    folder = {"repository": stick / "kho-tinh", "usb stick": stick,
              "metadata": stick / "kho-tinh" / "metadata"}[given]  # fmt: skip
    station = make_station(tmp_path / "station")
    said = runner_for(station)("trust", str(folder)).stdout
    root = stick / "kho-tinh" / "metadata" / "root.json"
    assert said.startswith(
        f"Read the office's root from {root}\nTrusting the upstream root key(s) "
    )
    assert (station / "upstream" / "metadata" / "root.json").read_bytes() == root.read_bytes()


def test_trust_given_a_folder_of_two_repositories_names_both_and_takes_none(
    pair: tuple[Path, Repository], tmp_path: Path
) -> None:
    _station, office = pair
    for name in ("kho-tinh", "kho-huyen"):
        shutil.copytree(office.metadata.parent, tmp_path / "usb" / name)
    station = make_station(tmp_path / "station")
    before = store_dump(station)
    said = one_sentence(runner_for(station)("trust", str(tmp_path / "usb"), code=1).stderr)
    usb = tmp_path / "usb"
    assert said == (
        f"Error: {usb} holds the root of more than one office's repository: give the file of the "
        f"office you trust: {usb}/kho-huyen/metadata/root.json, "
        f"{usb}/kho-tinh/metadata/root.json.\n")  # fmt: skip
    assert store_dump(station) == before and not (station / "upstream").exists()


def test_trust_from_an_address_where_nothing_answers_says_so_in_words(
    pair: tuple[Path, Repository],
) -> None:
    station, _office = pair
    url = f"http://127.0.0.1:{free_port()}/loa"
    said = one_sentence(runner_for(station)("trust", url, code=1).stderr)
    assert f"cannot fetch the upstream's root from {url}/metadata/root.json: no connection" in said
    assert "ConnectionError" not in said


# ----- the calendar's edges ---------------------------------------------------------------
@pytest.fixture(scope="module")
def logged(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A station with one airing, shared: reports and lists change nothing."""
    tmp = tmp_path_factory.mktemp("logged")
    station = make_station(tmp / "station")
    run = runner_for(station)
    run("announce", "add", str(write_script(tmp, "a.md", "Bà con chú ý.", id="a")))
    run("play", "--announce", "a", "--sink", f"file:{station}/out")
    return station


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "0001-01-01"],
        ["--to", "9999-12-31"],
        ["--from", "0001-01-01", "--to", "9999-12-31"],
    ],
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "pdf"])
def test_reports_reach_the_edges_of_the_calendar(
    logged: Path, tmp_path: Path, args: list[str], fmt: str
) -> None:
    out = tmp_path / f"r.{fmt}"
    result = runner_for(logged)("log", "export", "--format", fmt, *args, "-o", str(out))
    assert "1 line," in result.stdout and out.stat().st_size > 0


@pytest.mark.parametrize(
    ("name", "opens_with"),
    [("bao-cao.pdf", b"%PDF-"), ("Bao-Cao.XLSX", b"PK"), ("r.csv", b"\xef\xbb\xbf")],
)
def test_a_report_is_written_as_its_file_is_named(
    logged: Path, tmp_path: Path, name: str, opens_with: bytes
) -> None:
    """t28demo: `log export --month 12/2026 -o bao-cao.pdf`, the month report as a new user
    asks for it, wrote CSV into bao-cao.pdf (the format's default), which no PDF reader opens."""
    runner_for(logged)("log", "export", "-o", str(tmp_path / name))
    assert (tmp_path / name).read_bytes().startswith(opens_with)


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (["log", "export", "--format", "xlsx", "-o", "{out}/bao-cao.pdf"],
         "{out}/bao-cao.pdf ends in .pdf but is written as xlsx: name it .xlsx, or choose "
         "--format pdf"),
        (["log", "export", "--format", "csv", "-o", "{out}/bao-cao.Xlsx"],
         "{out}/bao-cao.Xlsx ends in .xlsx but is written as csv"),
        (["office", "lines", "--db", "postgresql:///chua-mo", "--month", "11/2026", "-o",
          "{out}/cac-xa.pdf"],
         "{out}/cac-xa.pdf ends in .pdf, which this command does not write: name it .csv"),
        (["office", "report", "--db", "postgresql:///chua-mo", "--month", "11/2026",
          "--format", "pdf", "-o", "{out}/thang.csv"],
         "{out}/thang.csv ends in .csv but is written as pdf"),
    ],
)  # fmt: skip
def test_a_report_named_for_another_format_is_refused_and_nothing_written(
    logged: Path, tmp_path: Path, args: list[str], said: str
) -> None:
    """A file named .pdf holding a spreadsheet is refused before any work (the office's
    database is not even opened), in one sentence naming the file and both ways out."""
    out = tmp_path / "ra"
    out.mkdir()
    result = runner_for(logged)(*(a.format(out=out) for a in args), code=1)
    assert said.format(out=out) in one_sentence(result.stderr)
    assert list(out.iterdir()) == []


def test_a_new_stations_log_says_it_is_empty(tmp_path: Path) -> None:
    """t28demo: `log list` on the demo station before its first airing printed nothing at all,
    and a new maintainer could not tell an empty log from a command that did nothing."""
    run = runner_for(make_station(tmp_path / "station"))
    said = run("log", "list")
    assert said.stdout == "No airing is logged yet: each one is listed here once it has played.\n"
    assert said.stderr == ""
    assert json.loads(run("log", "list", "--json").stdout) == []


@pytest.mark.parametrize(
    "args", [["--from", "0001-01-01"], ["--to", "9999-12-31"], ["--from", "0001-01-02"]]
)
def test_the_log_lists_to_the_edges_of_the_calendar(logged: Path, args: list[str]) -> None:
    assert len(json.loads(runner_for(logged)("log", "list", *args, "--json").stdout)) == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--month", "9999-12"], "nothing was logged between 01/12/9999 and 31/12/9999"),
        (["--month", "0001-01"], "nothing was logged between 01/01/0001 and 31/01/0001"),
        (["--from", "9999-12-31"], "--from: the first day 31/12/9999 is after today"),
        (["--from", "0001-01-01", "--to", "0001-01-01"], "nothing was logged between"),
    ],
)
def test_empty_periods_at_the_edges_are_one_sentence(
    logged: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    out = str(tmp_path / "r.pdf")
    result = runner_for(logged)("log", "export", "--format", "pdf", *args, "-o", out, code=1)
    assert message in one_sentence(result.stderr)


@pytest.mark.parametrize(
    "args", [["--from", "0001-01-01", "--to", "0001-01-05"], ["--from", "31/12/9999"]]
)
def test_log_list_of_a_period_with_nothing_says_so(logged: Path, args: list[str]) -> None:
    """A period typed wrong (a year 0001, 9999) is not a blank screen: the list says it is
    empty, as the export does."""
    result = runner_for(logged)("log", "list", *args)
    assert result.stdout == ""
    assert "nothing was logged between" in one_sentence(result.stderr)


# ----- keys rotate on a bad repository ---------------------------------------------------------
@pytest.mark.parametrize("day", ["9999-12-29", "9999-12-31", "0001-01-01"])
def test_the_rundown_reaches_the_edges_of_the_calendar(
    station: Path, tmp_path: Path, day: str
) -> None:
    """A slot valid to the end of time still lists its airings on the calendar's last days
    (a slot cannot be made to start there: its year would be a typing mistake)."""
    run = runner_for(station)
    run("announce", "add", str(write_script(tmp_path, "a.md", "Bà con chú ý.", id="a")))
    run("schedule", "add", "sang", "--at", "07:00", "--until", "9999-12-31", "--announce", "a")
    result = run("rundown", "--date", day, "--days", "3")
    expected = {"9999-12-29": 3, "9999-12-31": 1, "0001-01-01": 0}[day]
    assert result.stdout.count("07:00  sang") == expected
    assert "31/12/9999 07:00" in result.stdout or expected == 0


def bad_repository(kind: str, office: Repository, tmp_path: Path) -> tuple[Path, Path]:
    """(keys, repo) for each way a rotation's inputs can be wrong."""
    keys, repo = office.keys, office.root_dir
    root = repo / "metadata" / "root.json"
    if kind == "no such folder":
        repo = tmp_path / "khong-co"
    elif kind == "an empty folder":
        repo = tmp_path / "rong"
        repo.mkdir()
    elif kind == "root.json garbage":
        root.write_bytes(b"\x00garbage")
    elif kind == "root.json is a timestamp":
        (tmp_path / "ve-sinh").mkdir()
        write_script(tmp_path / "ve-sinh", "a.md", "Thu gom rác.", id="a")
        office.publish([tmp_path / "ve-sinh"], datetime.now(UTC))
        shutil.copy(repo / "metadata" / "timestamp.json", root)
    elif kind == "another office's repository":
        other = Repository(tmp_path / "other-keys", tmp_path / "other-repo")
        init_keys(other.keys)
        other.create(datetime.now(UTC))
        repo = other.root_dir
    elif kind == "a damaged key":
        (keys / "root.pem").write_text(
            "-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n"
        )
    elif kind == "a damaged public key":
        (keys / "root.pub.json").write_text("{")
    elif kind == "keys swapped":
        shutil.copy(keys / "targets.pem", keys / "root.pem")
    elif kind == "no keys":
        keys = tmp_path / "khong-co-khoa"
    return keys, repo


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        ("no such folder", "is not a repository (it has no metadata/root.json)"),
        ("an empty folder", "is not a repository"),
        ("root.json garbage", "is damaged: it is not TUF metadata"),
        ("root.json is a timestamp", "is damaged: it is not root metadata"),
        ("another office's repository", "is not the root key of"),
        ("a damaged key", "is not the root private key that matches root.pub.json"),
        ("a damaged public key", "root.pub.json is not a public key file"),
        ("keys swapped", "is not the root private key that matches"),
        ("no keys", "the root key is not in"),
    ],
)
def test_keys_rotate_on_a_bad_repository_changes_nothing(
    run: Run, tmp_path: Path, kind: str, message: str
) -> None:
    office = Repository(tmp_path / "office-keys", tmp_path / "repo")
    init_keys(office.keys)
    office.create(datetime.now(UTC))
    keys, repo = bad_repository(kind, office, tmp_path)

    def snapshot() -> dict[Path, bytes]:
        return {p: p.read_bytes() for d in (keys, repo) if d.exists() for p in d.rglob("*")
                if p.is_file()}  # fmt: skip

    before = snapshot()
    result = run("keys", "rotate", "targets", "--keys", str(keys), "--repo", str(repo), code=1)
    assert message in one_sentence(result.stderr)
    assert snapshot() == before


def test_publish_on_a_damaged_repository_is_one_sentence(
    run: Run, office: Repository, tmp_path: Path
) -> None:
    (office.metadata / "timestamp.json").write_text("{}")
    folder = office.root_dir.parent / "campaigns" / "bluezone"
    result = run("publish", str(folder), "--keys", str(office.keys), "--repo",
                 str(office.root_dir), code=1)  # fmt: skip
    assert "timestamp.json is damaged" in one_sentence(result.stderr)


# ----- init without ffmpeg ----------------------------------------------------------------
@pytest.fixture
def no_ffmpeg(tmp_path: Path) -> dict[str, str]:
    """An environment whose PATH has everything but ffmpeg and ffprobe."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    for tool in ("sh", "espeak-ng", "aplay"):
        found = shutil.which(tool)
        if found:
            (bin_dir / tool).symlink_to(found)
    plain = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANGUAGE")}
    return {**plain, "LANG": "C.UTF-8", "PATH": str(bin_dir)}  # no language asked: Vietnamese


@pytest.mark.parametrize("folder", ["new", "empty", "nested/new"])
def test_init_without_ffmpeg_leaves_nothing(
    tmp_path: Path, no_ffmpeg: dict[str, str], folder: str
) -> None:
    root = tmp_path / "stations" / folder
    if folder == "empty":
        root.mkdir(parents=True)
    command = [sys.executable, "-m", "cli", "--station", str(root), "init"]
    done = subprocess.run(command, capture_output=True, text=True, env=no_ffmpeg)
    assert done.returncode == 1
    # what to do, in words the officer can pass on
    assert "hãy báo kỹ thuật viên cài gói ffmpeg" in one_sentence(done.stderr)
    if folder == "empty":
        assert list(root.iterdir()) == []
    else:
        assert not root.exists()
    assert not [p for p in (tmp_path / "stations").rglob("*") if ".broadcaster-init" in p.name]
    done = subprocess.run(command, capture_output=True, text=True)  # ffmpeg back: it works
    assert done.returncode == 0, done.stderr
    assert (root / "station.toml").exists()


def test_init_refuses_a_folder_that_holds_other_things(run: Run, tmp_path: Path) -> None:
    root = tmp_path / "station"
    root.mkdir()
    (root / "ghi-chu.txt").write_text("của người khác")
    assert "is not empty" in one_sentence(run("init", code=1).stderr)
    assert [p.name for p in root.iterdir()] == ["ghi-chu.txt"]


def test_a_killed_init_is_cleaned_up_by_the_next(tmp_path: Path, run: Run) -> None:
    root = tmp_path / "station"
    root.mkdir()
    leftover = root / ".broadcaster-init-abc123"
    leftover.mkdir()
    (leftover / "station.db").write_bytes(b"half")
    run("init")
    assert not leftover.exists() and (root / "station.toml").exists()
    make_tone(tmp_path / "c.wav", seconds=0.5)
    run("jingle", "set", "bridge", str(tmp_path / "c.wav"))


# ----- a reader that stops reading ------------------------------------------------------------
def test_a_command_whose_reader_stopped_reading_ends_without_an_error(
    station: Path, postgres: Postgres
) -> None:
    """o21web9 Y8: `office emergency list | head -1` ended with "Lỗi: Broken pipe": the
    reader had what it wanted and closed the pipe, which is no error. Every command ends
    quietly (one door: the station's `rundown`, the office's `emergency list`), with the
    reader gone before the first line."""
    dsn = postgres.new_database()
    for args in (["--station", str(station), "rundown"],
                 ["office", "emergency", "--db", dsn, "list"]):  # fmt: skip
        read, write = os.pipe()
        os.close(read)  # `head -1` has read its line and gone
        try:
            done = subprocess.run([sys.executable, "-m", "cli", *args], stdout=write,
                                  stderr=subprocess.PIPE, text=True, timeout=120)  # fmt: skip
        finally:
            os.close(write)
        assert done.stderr == "", (args, done.stderr)
