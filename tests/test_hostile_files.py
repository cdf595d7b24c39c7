"""Hostile announcement files: front matter that never closes or is not a table, YAML bombs,
oversized text and audio, paths that leave their folder, and file names ffmpeg would read as
protocols. Each is refused with one sentence and nothing stored, or read as a plain file."""

from __future__ import annotations

import json
import os
import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import Run, make_station, make_tone, query, runner_for, set_config
from test_bad_input import refused

TEXT = "Bà con chú ý: sáng mai thu gom rác tại nhà văn hóa thôn."


def stored_text(station: Path, announcement_id: str) -> str:
    [(text,)] = query(
        station,
        "SELECT text FROM announcement_versions WHERE announcement_id = ? ORDER BY version DESC",
        (announcement_id,),
    )
    return str(text)


def spoken(run: Run, announcement_id: str) -> str:
    return str(json.loads(run("announce", "show", announcement_id, "--json").stdout)["spoken_text"])


@pytest.fixture(scope="module")
def shared(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One station for the tests whose every command is refused (the store stays as it is)."""
    return make_station(tmp_path_factory.mktemp("shared") / "station")


# ----- front matter ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("---\nid: mo-mai\ntitle: Không đóng\n" + TEXT, "is never closed"),
        ("---\r\nid: mo-mai\r\n" + TEXT + "\r\n", "is never closed"),
        ("\ufeff---\nid: mo-mai\n\n" + TEXT, "is never closed"),
        ("\n\n---\nid: mo-mai\n-- \n" + TEXT, "is never closed"),
        ("---\n- id\n- title\n---\n" + TEXT, "must be 'field: value' lines, not a list"),
        ("---\n[id, mo-mai]\n---\n" + TEXT, "not a list"),
        ("---\nchỉ một dòng chữ\n---\n" + TEXT, "not a single value"),
        ("---\nid: mo-mai\ntitle: |\n  hai\n  dòng\n---\n" + TEXT, "'Title' must be one line"),
        ("---\ntitle: " + "Dài " * 200 + "\n---\n" + TEXT, "at most 300 characters"),
    ],
)
def test_front_matter_that_never_closes_or_is_not_a_table_is_refused(
    shared: Path, scripts: Path, content: str, expected: str
) -> None:
    station, run = shared, runner_for(shared)  # refusals change nothing: one station
    path = scripts / "mo-mai.md"
    path.write_bytes(content.encode("utf-8"))
    message = refused(run, station, "announce", "add", str(path))
    assert str(path) in message and expected in message


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda s: ("\ufeff" + s).encode("utf-8"), id="utf-8 BOM (Windows Notepad)"),
        pytest.param(lambda s: s.replace("\n", "\r\n").encode("utf-8"), id="CRLF"),
        pytest.param(lambda s: s.replace("\n", "\r").encode("utf-8"), id="CR only"),
        pytest.param(lambda s: unicodedata.normalize("NFD", s).encode("utf-8"), id="NFD (macOS)"),
        pytest.param(
            lambda s: ("\ufeff" + unicodedata.normalize("NFD", s).replace("\n", "\r\n")).encode(),
            id="all three",
        ),
        pytest.param(lambda s: s.replace("\n", "\r\n").encode("utf-16"), id="UTF-16 (Notepad)"),
    ],
)
def test_bom_crlf_and_nfd_are_ordinary_input(
    station: Path, scripts: Path, run: Run, encode: Callable[[str], bytes]
) -> None:
    front = "---\nid: thu-gom-rac\ntitle: Thu gom rác\ncampaign: vệ-sinh\nrepeat: 2\n---\n"
    content = front + TEXT + "\n"
    path = scripts / "thu-gom-rac.md"
    path.write_bytes(encode(content))
    run("announce", "add", str(path))
    row = json.loads(run("announce", "show", "thu-gom-rac", "--json").stdout)
    assert (row["title"], row["campaign"], row["repeat"]) == ("Thu gom rác", "vệ-sinh", 2)
    assert stored_text(station, "thu-gom-rac") == TEXT  # NFC, no BOM, no CR
    assert "---" not in row["spoken_text"] and "title" not in row["spoken_text"]
    assert "thu gom rác" in row["spoken_text"]
    # the same words in another encoding are the same version: nothing is heard differently
    path.write_bytes(content.encode("utf-8"))
    assert "unchanged thu-gom-rac (version 1)" in run("announce", "add", str(path)).stdout


def test_what_is_read_aloud_is_never_the_front_matter(
    station: Path, scripts: Path, run: Run
) -> None:
    for n, content in enumerate(
        [
            "---\nid: a0\ntitle: Tiêu đề\n---\n" + TEXT,
            "\n\n---   \nid: a1\n---\n" + TEXT,  # blank lines and spaces around the fence
            "---\nid: a2\n---\n\n" + TEXT + "\n\n---\nMột đoạn sau đường kẻ.",
        ]
    ):
        path = scripts / f"a{n}.md"
        path.write_text(content, encoding="utf-8")
        run("announce", "add", str(path))
        assert "id:" not in stored_text(station, f"a{n}")
        assert "tiêu đề" not in spoken(run, f"a{n}").lower()
    assert stored_text(station, "a2").endswith("Một đoạn sau đường kẻ.")


# ----- YAML bombs and depth ----------------------------------------------------------------
BILLION_LAUGHS = """---
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
title: *i
---
"""


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (BILLION_LAUGHS + TEXT, "uses a YAML alias at line 3"),
        ("---\nid: &x bi-danh\ntitle: *x\n---\n" + TEXT, "uses a YAML alias at line 3"),
        ("---\n<<: *base\nid: x\n---\n" + TEXT, "uses a YAML alias at line 2"),
        ("---\ntitle: " + "[" * 5000 + "]" * 5000 + "\n---\n" + TEXT, "nested too deeply"),
        ("---\ntitle: !!python/object/apply:os.system ['touch pwned']\n---\n" + TEXT,
         "not valid YAML"),
    ],
)  # fmt: skip
def test_yaml_aliases_and_deep_nesting_are_refused(
    shared: Path, scripts: Path, content: str, expected: str
) -> None:
    station, run = shared, runner_for(shared)  # refusals change nothing: one station
    path = scripts / "bom.md"
    path.write_text(content, encoding="utf-8")
    assert expected in refused(run, station, "announce", "add", str(path))
    assert not Path("pwned").exists()


# ----- sizes and lengths ---------------------------------------------------------------------
def test_oversized_text_is_refused_before_it_is_read(
    station: Path, scripts: Path, run: Run
) -> None:
    big = scripts / "dai.md"
    big.write_text("---\nid: dai\n---\n" + "a. " * 40_000, encoding="utf-8")  # 120 KB
    assert "the file is 118 KB, more than the limit of 100 KB" in refused(
        run, station, "announce", "add", str(big)
    )
    huge = scripts / "rat-dai.txt"  # a sparse 3 GB file: refused by its size, never read
    with huge.open("wb") as f:
        f.truncate(3 * 1024**3)
    assert "more than the limit of 100 KB" in refused(run, station, "announce", "add", str(huge))
    assert "the text is 118 KB" in refused(run, station, "emergency", "--text", "a. " * 40_000)
    set_config(station, "max_text_kb", "200")
    run("announce", "add", str(big))  # the limit is a setting


def vbr_mp3(path: Path, seconds: float) -> Path:
    """An mp3 whose first frame is a Xing header (frames and bytes: what players trust)."""
    subprocess.run(
        ["ffmpeg", "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i",
         f"sine=frequency=440:duration={seconds}:sample_rate=44100", "-af", "volume=-20dB",
         "-c:a", "libmp3lame", "-q:a", "4", "-y", str(path)],
        check=True,
    )  # fmt: skip
    return path


def with_xing_claim(mp3: Path, frames: int) -> Path:
    """Make the file's Xing header claim `frames` frames (1,152 samples each) and its true size,
    so ffprobe announces that length whatever the file holds."""
    data = bytearray(mp3.read_bytes())
    at = data.index(b"Xing")
    data[at + 8 : at + 12] = frames.to_bytes(4, "big")
    data[at + 12 : at + 16] = len(data).to_bytes(4, "big")
    mp3.write_bytes(bytes(data))
    return mp3


def probed_seconds(path: Path) -> float:
    said = subprocess.run(
        ["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "csv=p=0", str(path)],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    return float(said)


def test_oversized_and_overlong_audio_is_refused_before_decoding(
    station: Path, scripts: Path, run: Run
) -> None:
    set_config(station, "max_audio_minutes", "0.05")  # 3 s
    long = make_tone(scripts / "dai.mp3", seconds=5)
    said = refused(run, station, "announce", "add", str(long))
    # one sentence that cannot contradict itself: decoding stops just past the limit, so the
    # station knows the audio is longer, not by how much ("0.1 minutes, more than 0.05" was
    # printed for a 3.06 s cut, "30.0 minutes, over the 30-minute limit" for a 40-minute file)
    assert "the audio lasts longer than 0.05 minutes, the longest the station takes" in said
    assert "more than the limit" not in said
    assert "longer than 0.05 minutes" in refused(run, station, "jingle", "set", "intro", str(long))
    assert "longer than 0.05 minutes" in refused(run, station, "emergency", "--file", str(long))
    # headers that lie about the length: a chained Ogg (ffprobe sees the last link's 1 s, it
    # decodes to 7 s) and an mp3 whose Xing header counts 1 s of frames (it holds 7 s): both
    # are refused by the decoded length, before the conversion and its loudness measurement
    liar = scripts / "noi-doi.ogg"
    six, one = make_tone(scripts / "6.ogg", seconds=6), make_tone(scripts / "1.ogg", seconds=1)
    liar.write_bytes(six.read_bytes() + one.read_bytes())
    xing = scripts / "xing.mp3"
    xing.write_bytes(
        vbr_mp3(scripts / "a.mp3", 1).read_bytes() + vbr_mp3(scripts / "b.mp3", 6).read_bytes()
    )
    with_xing_claim(xing, frames=38)
    for lying in (liar, xing):
        assert probed_seconds(lying) < 2  # the header's claim
        assert "longer than 0.05 minutes" in refused(run, station, "announce", "add", str(lying))
    # and a header that claims more than the file holds does not refuse a short recording
    short = with_xing_claim(vbr_mp3(scripts / "ngan.mp3", 2), frames=40_000)  # "17 minutes"
    assert probed_seconds(short) > 60
    run("announce", "add", str(short))
    [(seconds,)] = query(
        station,
        "SELECT duration_s FROM assets WHERE sha256 = "
        "(SELECT recording_sha256 FROM announcement_versions WHERE announcement_id = 'ngan')",
    )
    assert 1.9 < seconds < 2.2
    set_config(station, "max_audio_minutes", "30.0")
    set_config(station, "max_audio_mb", "1")
    sparse = scripts / "to.wav"
    with sparse.open("wb") as f:
        f.truncate(2 * 1024**2)
    assert "the audio file is 2 MB, more than the limit of 1 MB" in refused(
        run, station, "announce", "add", str(sparse)
    )


@pytest.mark.parametrize("target", ["/dev/zero", "/dev/urandom", "fifo"])
def test_devices_and_pipes_are_not_audio_files(shared: Path, scripts: Path, target: str) -> None:
    station, run = shared, runner_for(shared)  # refusals change nothing: one station
    if target == "fifo":
        os.mkfifo(scripts / "fifo")
        target = str(scripts / "fifo")
    (scripts / "loa.mp3").symlink_to(target)
    link = str(scripts / "loa.mp3")
    assert "is a device or a pipe, not a file" in refused(run, station, "announce", "add", link)
    assert "is a device or a pipe, not a file" in refused(run, station, "emergency", "--file", link)


# ----- paths named in a script ---------------------------------------------------------------
@pytest.fixture
def outside(tmp_path: Path) -> Path:
    """A folder beside the scripts holding what a script must never reach: a key, audio."""
    folder = tmp_path / "office-keys"
    folder.mkdir()
    (folder / "targets.pem").write_text("-----BEGIN PRIVATE KEY-----\nMC4CAQAw\n")
    make_tone(folder / "secret.mp3", seconds=1)
    return folder


@pytest.mark.parametrize(
    ("audio", "expected"),
    [
        ("../office-keys/secret.mp3", "is outside the script's folder"),
        ("{outside}/secret.mp3", "is outside the script's folder"),
        ("link.mp3", "is outside the script's folder"),  # a symlink that leaves the folder
        ("dir-link/secret.mp3", "is outside the script's folder"),  # through a linked folder
        ("key.mp3", "is outside the script's folder"),  # a key behind an audio name
        ("khoa.pem", "is not an audio file"),
        ("notes.txt", "is not an audio file"),
        ("/dev/zero", "is outside the script's folder"),
        ("sub", "is not an audio file"),
        ("pipe.mp3", "'pipe.mp3' is a device or a pipe, not a recording"),
        ("folder.mp3", "'folder.mp3' is a folder: write the name of the recording in it"),
    ],
)
def test_audio_named_in_a_script_stays_in_its_folder(
    shared: Path, scripts: Path, outside: Path, audio: str, expected: str
) -> None:
    station, run = shared, runner_for(shared)  # refusals change nothing: one station
    (scripts / "link.mp3").symlink_to(outside / "secret.mp3")
    (scripts / "dir-link").symlink_to(outside)
    (scripts / "key.mp3").symlink_to(outside / "targets.pem")
    (scripts / "khoa.pem").write_text("-----BEGIN PRIVATE KEY-----\n")
    (scripts / "notes.txt").write_text(TEXT)
    (scripts / "sub").mkdir()
    os.mkfifo(scripts / "pipe.mp3")
    (scripts / "folder.mp3").mkdir()
    path = scripts / "ghi-am.md"
    path.write_text(f"---\naudio: {audio.format(outside=outside)}\n---\n", encoding="utf-8")
    message = refused(run, station, "announce", "add", str(path))
    assert str(path) in message and expected in message


def test_audio_beside_the_script_or_linked_within_its_folder_is_taken(
    station: Path, scripts: Path, run: Run
) -> None:
    (scripts / "am-thanh").mkdir()
    make_tone(scripts / "am-thanh" / "loi-keu-goi.ogg", seconds=1)
    (scripts / "ban-sao.ogg").symlink_to(scripts / "am-thanh" / "loi-keu-goi.ogg")
    for n, audio in enumerate(["am-thanh/loi-keu-goi.ogg", "ban-sao.ogg"]):
        path = scripts / f"g{n}.md"
        path.write_text(f"---\naudio: {audio}\n---\n", encoding="utf-8")
        run("announce", "add", str(path))
    assert query(station, "SELECT id, kind FROM announcements ORDER BY id") == [
        ("g0", "recording"),
        ("g1", "recording"),
    ]


# ----- names that ffmpeg would take for protocols --------------------------------------------
@pytest.mark.parametrize(
    "name",
    [
        "concat:mot.wav|hai.wav",
        "subfile,,start,0,end,4000,,:mot.wav",
        "http:mot.wav",
        "file:hai.wav",
        "pipe:0.wav",
        "-i.wav",
    ],
)
def test_file_names_that_look_like_protocols_are_read_as_files(
    station: Path, scripts: Path, run: Run, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    monkeypatch.chdir(scripts)
    make_tone(scripts / "mot.wav", seconds=3)
    make_tone(scripts / "hai.wav", seconds=3)
    make_tone(scripts / "tmp.wav", seconds=1)
    os.rename(scripts / "tmp.wav", scripts / name)  # the file itself lasts one second
    run("announce", "add", "./" + name if name.startswith("-") else name)
    [(seconds,)] = query(station, "SELECT duration_s FROM assets ORDER BY created_at DESC LIMIT 1")
    assert seconds == pytest.approx(1.0, abs=0.05)


@pytest.mark.parametrize(
    "content",
    [
        "ffconcat version 1.0\nfile mot.wav\nfile hai.wav\n",
        "#EXTM3U\n#EXT-X-TARGETDURATION:3\n#EXTINF:3,\nmot.wav\n#EXT-X-ENDLIST\n",
        "#EXTM3U\n#EXTINF:3,\nfile:///etc/passwd\n",
        "[playlist]\nFile1=mot.wav\nNumberOfEntries=1\n",
    ],
)
def test_playlists_disguised_as_audio_cannot_make_ffmpeg_read_other_files(
    shared: Path, scripts: Path, content: str
) -> None:
    station, run = shared, runner_for(shared)  # refusals change nothing: one station
    make_tone(scripts / "mot.wav", seconds=3)
    make_tone(scripts / "hai.wav", seconds=3)
    disguised = scripts / "thong-bao.mp3"
    disguised.write_text(content)
    said = refused(run, station, "announce", "add", str(disguised))
    assert "ffmpeg cannot decode this audio: it is not an audio file ffmpeg reads" in said
    assert "Invalid" not in said  # ffmpeg's own English


def test_ffmpeg_reads_every_audio_type_the_station_accepts(
    station: Path, scripts: Path, run: Run
) -> None:
    files = [make_tone(scripts / f"t.{s}", seconds=1) for s in ("mp3", "ogg", "m4a", "flac")]
    subprocess.run(["ffmpeg", "-loglevel", "error", "-i", str(files[0]), "-c:a", "libopus",
                    "-y", str(scripts / "t.opus")], check=True)  # fmt: skip
    for n, path in enumerate([*files, scripts / "t.opus"]):
        named = path.with_name(f"ghi-am-{n}{path.suffix}")
        path.rename(named)
        run("announce", "add", str(named))
    assert len(query(station, "SELECT id FROM announcements")) == 5


# ----- -o OUTPUT -------------------------------------------------------------------------------
@pytest.fixture
def aired(station: Path, scripts: Path, run: Run) -> Path:
    path = scripts / "thu-gom-rac.md"
    path.write_text("---\nid: thu-gom-rac\n---\n" + TEXT, encoding="utf-8")
    run("announce", "add", str(path))
    run("play", "--announce", "thu-gom-rac", "--sink", f"file:{station}/out")
    return station


def hostile_outputs(folder: Path, outside: Path) -> dict[str, Path]:
    """Names an -o must refuse, each made real on disk."""
    folder.mkdir()
    os.mknod(folder / "null", 0o666 | 0o020000, os.makedev(1, 3))  # a copy of /dev/null
    os.mkfifo(folder / "pipe")
    (folder / "thu-muc").mkdir()
    (outside / "bao-cao.pdf").write_text("the office's own file")
    (folder / "link-out").symlink_to(outside / "bao-cao.pdf")
    (folder / "link-dir").symlink_to(outside)
    (folder / "dangling").symlink_to(outside / "not-yet")
    return {
        "a device or a pipe": folder / "null",
        "a device or a pipe ": folder / "pipe",
        "a folder": folder / "thu-muc",
        "a symbolic link": folder / "link-out",
        "a symbolic link ": folder / "link-dir",
        "a symbolic link  ": folder / "dangling",
        "the folder": folder / "khong-co" / "bao-cao",  # no ending: each --format below writes it
    }


def test_output_is_a_new_name_or_a_regular_file(
    aired: Path, run: Run, tmp_path: Path, outside: Path
) -> None:
    for what, out in hostile_outputs(tmp_path / "ra", outside).items():
        before = sorted(p.name for p in out.parent.iterdir()) if out.parent.is_dir() else None
        for args in (
            ["announce", "render", "thu-gom-rac", "-o", str(out)],
            ["log", "export", "--format", "pdf", "-o", str(out)],
            ["log", "export", "--format", "xlsx", "-o", str(out)],
        ):
            message = refused(run, aired, *args)
            assert str(out) in message and what.strip() in message, message
        if before is not None:  # nothing replaced, no temp file left behind
            assert sorted(p.name for p in out.parent.iterdir()) == before
    assert (tmp_path / "ra" / "null").is_char_device()
    assert (outside / "bao-cao.pdf").read_text() == "the office's own file"
    assert not (outside / "not-yet").exists()
    regular = tmp_path / "ra" / "nghe-thu.wav"
    regular.write_text("old")
    run("announce", "render", "thu-gom-rac", "-o", str(regular))
    run("log", "export", "--format", "csv", "-o", str(tmp_path / "ra" / "moi.csv"))
    assert regular.read_bytes()[:4] == b"RIFF"
