"""Bad input: one clear sentence naming the file and what is wrong, exit 1, store unchanged."""

from __future__ import annotations

import subprocess
from datetime import timedelta
from pathlib import Path

import pytest
from conftest import Run, store_dump, write_script

GOOD = "Bà con chú ý lịch tiêm chủng."


def refused(run: Run, station: Path, *args: str) -> str:
    before = store_dump(station)
    result = run(*args, code=1)
    assert store_dump(station) == before
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("---\ntitle: [không đóng\n---\n" + GOOD, "the front matter is not valid YAML"),
        ("---\ntitel: Sai chính tả\n---\n" + GOOD, "unknown field 'titel'"),
        ("---\nvalid_from: 2020-13-01\n---\n" + GOOD, "'Valid from': '2020-13-01' is not a date"),
        ("---\nvalid_until: 31/02/2027\n---\n" + GOOD, "there is no day 31/02/2027"),
        ("---\nvalid_until: 30/11/26\n---\n" + GOOD, "write the year in full"),
        ("---\nvalid_from: mai\n---\n" + GOOD, "depends on the day it is read"),
        ("---\nvalid_from: 20261130\n---\n" + GOOD, "'Valid from': '20261130' is not a date"),
        ("---\nid: a\nid: b\n---\n" + GOOD, "gives id twice (again at line 3)"),
        ("---\ntitle: A\nrepeat: 2\ntitle: B\n---\n" + GOOD, "gives title twice (again at line 4)"),
        ("---\nvoice: vi\n'voice': vi\n---\n" + GOOD, "gives voice twice (again at line 3)"),
        (
            "---\nvalid_from: 2021-01-02\nvalid_until: 2021-01-01\n---\n" + GOOD,
            "'Valid until' (01/01/2021) is before 'valid from' (02/01/2021)",
        ),
        ("---\npriority: urgent\n---\n" + GOOD, "priority 'urgent' is not one of"),
        ("---\nrepeat: 0\n---\n" + GOOD, "repeat must be a whole number from 1 to 5"),
        ("---\nvoice: en\n---\n" + GOOD, "voice 'en' is not one of"),
        ("---\nid: Thông Báo\n---\n" + GOOD, "must be lowercase letters"),
        ("---\ntitle: Trống\n---\n  \n\n", "the announcement has no text to read"),
        ("---\naudio: khong-co.mp3\n---\n", "audio file 'khong-co.mp3' does not exist"),
    ],
)
def test_bad_script_is_refused_with_its_reason(
    station: Path, scripts: Path, run: Run, content: str, expected: str
) -> None:
    path = scripts / "thong-bao.md"
    path.write_text(content, encoding="utf-8")
    message = refused(run, station, "announce", "add", str(path))
    assert str(path) in message
    assert expected in message


def test_every_fault_of_a_script_is_said_in_one_line(
    station: Path, scripts: Path, run: Run
) -> None:
    """The file's author fixes them in one go, as the console's form shows them at once."""
    path = scripts / "thong-bao.md"
    path.write_text("---\npriority: urgent\nrepeat: 0\nvoice: en\n---\n" + GOOD, encoding="utf-8")
    message = refused(run, station, "announce", "add", str(path))
    for expected in ("priority 'urgent' is not one of", "repeat must be a whole number",
                     "voice 'en' is not one of"):  # fmt: skip
        assert expected in message


FAULTY_FILES = {
    "latin.txt": "Bà con chú ý.".encode("cp1258", errors="replace") + b"\xe0\xe1",
    "trong.txt": b"  \n\n",
    "dai.txt": ("Bà con chú ý. " * 8000).encode(),  # over the 100 KB of [limits] max_text_kb
    "ngay.md": b"---\nvalid_until: 31/02/2027\n---\n" + GOOD.encode(),
    "tot.md": GOOD.encode(),
}
"""Four files at fault (not UTF-8, no text, too large, no such day) and one good one."""
FAULTS = ("latin.txt: the file is not UTF-8 text", "trong.txt: the announcement has no text",
          "dai.txt: the file is 133 KB, more than the limit of 100 KB",
          "ngay.md: 'Valid until': '31/02/2027' is not a date")  # fmt: skip


def test_every_file_s_faults_are_said_at_once_and_none_is_added(
    station: Path, scripts: Path, run: Run
) -> None:
    """Officer trial 9: five files sent, the first fault said, fixed, sent again, the next
    fault... Every file is read before any is refused, and all their faults said in one line."""
    for name, body in FAULTY_FILES.items():
        (scripts / name).write_bytes(body)
    message = refused(run, station, "announce", "add", *(str(scripts / n) for n in FAULTY_FILES))
    for expected in FAULTS:
        assert expected in message
    assert message.count("tot.md") == 1  # never blamed: named only as not added either
    assert message.endswith("the other file (tot.md) was not added either: fix the faulty "
                            "file and send them all again.")  # fmt: skip


def test_undecodable_audio_is_refused(station: Path, scripts: Path, run: Run) -> None:
    path = scripts / "hong.mp3"
    path.write_bytes(b"ID3 this is not audio at all" * 50)
    message = refused(run, station, "announce", "add", str(path))
    assert "ffmpeg cannot decode this audio" in message and "hong.mp3" in message
    silent = scripts / "quay-phim.m4a"  # a phone's video filmed without sound (w26commune 2)
    subprocess.run(["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "color=s=32x32:d=1",
                    "-an", "-f", "mp4", str(silent)], check=True)  # fmt: skip
    message = refused(run, station, "announce", "add", str(silent))
    assert message.endswith("quay-phim.m4a: ffmpeg cannot decode this audio: it holds no sound "
                            "(a video filmed without sound, or a picture?): send the recording "
                            "itself.")  # fmt: skip


def test_one_bad_file_among_good_ones_stores_none_of_them(
    station: Path, scripts: Path, run: Run
) -> None:
    good = write_script(scripts, "tot.md", GOOD, id="tot")
    also = write_script(scripts, "cung-tot.md", GOOD, id="cung-tot")
    bad = write_script(scripts, "xau.md", GOOD, id="xau", repeat="hai")
    message = refused(run, station, "announce", "add", str(good), str(bad), str(also))
    # o15lan2 N6: all or none, and the good files not added are named (Lan thought they were)
    assert "the other files (tot.md, cung-tot.md) were not added either" in message


def test_two_files_with_one_id_are_refused(station: Path, scripts: Path, run: Run) -> None:
    a = write_script(scripts, "a.md", GOOD, id="trung")
    b = write_script(scripts, "b.md", GOOD + " Lần hai.", id="trung")
    assert "id 'trung' is given by more than one file" in refused(
        run, station, "announce", "add", str(a), str(b)
    )


def test_unsupported_file_type_and_missing_file(station: Path, scripts: Path, run: Run) -> None:
    doc = scripts / "cong-van.docx"
    doc.write_bytes(b"PK")
    assert "unsupported file type '.docx'" in refused(run, station, "announce", "add", str(doc))
    missing = refused(run, station, "announce", "add", str(scripts / "khong.md"))
    assert "no such file" in missing


def test_silent_jingle_and_unknown_ids_are_refused(station: Path, scripts: Path, run: Run) -> None:
    silent = scripts / "im-lang.wav"
    import subprocess

    subprocess.run(
        ["ffmpeg", "-loglevel", "error", "-f", "lavfi", "-i", "anullsrc=d=2", "-y", str(silent)],
        check=True,
    )
    assert "the audio is silent" in refused(run, station, "jingle", "set", "intro", str(silent))
    assert "there is no announcement 'khong-co'" in refused(
        run, station, "play", "--announce", "khong-co"
    )
    assert "there is no announcement 'khong-co'" in refused(
        run, station, "announce", "show", "khong-co"
    )


def test_a_script_whose_end_date_has_passed_is_refused_at_the_command_line_too(
    station: Path, scripts: Path, run: Run
) -> None:
    """o19lan8 L8: `announce add` stored a notice ending the day before (exit 0), and the
    console refused the same file: the facade refuses it whichever door sent it, and says
    the files sent with it were not added either (all or none)."""
    from broadcaster.station import Station

    ended = Station.open(station).today() - timedelta(days=1)  # past even across midnight
    late = write_script(scripts, "thu-thue.md", GOOD, valid_until=f"{ended:%d/%m/%Y}")
    good = write_script(scripts, "hop.md", GOOD)
    message = refused(run, station, "announce", "add", str(late), str(good))
    assert message.startswith(f"Error: thu-thue.md: The end date {ended:%d/%m/%Y} has passed, "
                              "so the notice would never air: type a day from today (")  # fmt: skip
    assert ") on; the other file (hop.md) was not added either" in message


@pytest.mark.parametrize(
    ("command", "kind", "said"),
    [
        (["announce", "add"], "a folder", "is a folder, not a file; give a notice's script (.md, "
                                          ".txt) or its recording (.mp3, .wav, .m4a, .ogg…)"),
        (["announce", "add"], "empty.mp3", "empty.mp3 is empty (0 bytes): the copy did not "
                                           "finish, or it is not the file; give an audio file"),
        (["jingle", "set", "intro"], "a folder", "is a folder, not a file; give an audio file "
                                                 "(.mp3, .wav, .m4a, .ogg…)"),
        (["jingle", "set", "intro"], "empty.mp3", "empty.mp3 is empty (0 bytes)"),
        (["emergency", "--sink", "null", "--file"], "a folder", "is a folder, not a file; give "
                                                                "an audio file"),
        (["emergency", "--sink", "null", "--file"], "empty.mp3", "empty.mp3 is empty (0 bytes)"),
        (["schedule", "import"], "a folder", "is a folder, not a file; give a schedule file "
                                             "(.toml, with [[slot]] tables)"),
        (["schedule", "import"], "empty.toml", "empty.toml is empty (0 bytes): the copy did not "
                                               "finish, or it is not the file; give a schedule "
                                               "file"),
    ],
)  # fmt: skip
def test_a_folder_or_an_empty_file_given_for_a_file_is_said_with_what_to_give(
    station: Path, tmp_path: Path, run: Run, command: list[str], kind: str, said: str
) -> None:
    """w27office #1, every command that reads a file: a USB stick's folder, or a copy that
    did not finish, is said as what it is, with what the command takes."""
    given = tmp_path / "usb"
    if kind == "a folder":
        given.mkdir()
    else:
        given = tmp_path / kind
        given.write_bytes(b"")
    message = refused(run, station, *command, str(given))
    assert str(given) in message and said in message, message


def test_a_key_file_or_a_script_given_for_a_folder_is_said_as_what_it_is(
    tmp_path: Path, run: Run
) -> None:
    """w27office #1 at the office: `--keys keys/root.pem` read "keys/root.pem/root.pub.json is
    not a public key file"; `--repo lu.md`, click's "Directory 'lu.md' là một tệp"."""
    from upstream.keys import init_keys

    keys = tmp_path / "keys"
    init_keys(keys)
    campaign = tmp_path / "lu"
    campaign.mkdir()
    script = write_script(campaign, "lu.md", GOOD, id="lu")
    said = run("publish", "--keys", str(keys / "root.pem"), "--repo", str(tmp_path / "kho"),
               str(campaign), code=1).stderr  # fmt: skip
    assert said == (f"Error: {keys}/root.pem is a file, not the keys folder: give the folder that "
                    f"holds the keys ({keys}).\n")  # fmt: skip
    for args in (["--repo", str(script), str(campaign)], ["--repo", str(tmp_path / "kho"),
                                                          str(script)]):  # fmt: skip
        said = run("publish", "--keys", str(keys), *args, code=2).stderr
        assert f": {script} is a file, not a folder." in said and "Directory" not in said
    assert not (tmp_path / "kho").exists()
