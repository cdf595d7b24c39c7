"""The office's publish: one campaign at a time (others untouched, withdrawal explicit), what
changed printed per announcement, and nothing but scripts, audio and a schedule ever leaving
a campaign folder: the signing keys beside it can never be published."""

from __future__ import annotations

import codecs
import os
import shutil
import subprocess
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import test_upstream
from conftest import Run, make_tone, query, set_config, write_script
from test_upstream import TEXT, announcements, campaign_dir, make_office

from announcements.limits import InputLimits
from broadcaster.station import StationError
from common.localtime import local_text
from office import OFFICE_ZONE
from upstream import UpstreamError
from upstream.keys import init_keys
from upstream.repository import Repository

office, trusting = test_upstream.office, test_upstream.trusting


def publish(run: Run, office: Repository, *args: str, code: int = 0) -> str:
    result = run("publish", *args, "--keys", str(office.keys), "--repo", str(office.root_dir),
                 code=code)  # fmt: skip
    return result.stdout if code == 0 else result.stderr


def campaign(office: Repository, name: str, **scripts: str) -> Path:
    folder = office.root_dir.parent / "campaigns" / name
    folder.mkdir(parents=True, exist_ok=True)
    for announcement_id, text in scripts.items():
        write_script(folder, f"{announcement_id}.md", text, id=announcement_id)
    return folder


def active(station: Path) -> list[str]:
    return [r[0] for r in announcements(station) if not r[4]]


def test_publishing_one_campaign_never_withdraws_the_others(
    trusting: Path, run: Run, office: Repository
) -> None:
    ve_sinh = campaign(office, "ve-sinh", **{"vs-rac": "Thu gom rác.", "vs-nuoc": "Nước sạch."})
    out = publish(run, office, str(ve_sinh))
    assert out.splitlines() == [
        "new       ve-sinh/vs-nuoc (version 1)",
        "new       ve-sinh/vs-rac (version 1)",
        "published ve-sinh: 2 announcements",
    ]
    run("sync", str(office.root_dir))
    bluezone = ["bz-cai-dat", "bz-huong-dan", "loi-keu-goi"]
    assert active(trusting) == [*bluezone, "vs-nuoc", "vs-rac"]

    write_script(campaign_dir(office), "cai-dat.md", TEXT + " Mới.", id="bz-cai-dat", repeat=2)
    out = publish(run, office, str(campaign_dir(office)))
    assert "updated   bluezone/bz-cai-dat (version 2)" in out
    assert "ve-sinh" not in out
    run("sync", str(office.root_dir))
    assert active(trusting) == [*bluezone, "vs-nuoc", "vs-rac"]

    out = publish(run, office, "--withdraw", "ve-sinh")
    assert out.splitlines() == [
        "withdrawn ve-sinh/vs-nuoc (version 1)",
        "withdrawn ve-sinh/vs-rac (version 1)",
        "withdrew ve-sinh",
    ]
    assert "retired   vs-nuoc (withdrawn upstream)" in run("sync", str(office.root_dir)).stdout
    assert active(trusting) == bluezone


def test_a_notice_published_past_its_last_day_is_warned_of(
    run: Run, office: Repository, vietnamese: None
) -> None:
    """w21office #5: a notice whose 'valid_until:' has passed (a year mistyped, an old file
    published again) will never air, though every station takes it: publish says so, naming
    the file; one whose last day is still to come is not warned of."""
    today = datetime.now(OFFICE_ZONE).date()
    folder = office.root_dir.parent / "campaigns" / "hop-dan"
    folder.mkdir(parents=True)
    write_script(folder, "01.md", "Mời bà con dự họp.", id="hop-ap3", title="Họp dân ấp 3",
                 valid_until=f"{today - timedelta(days=2):%d/%m/%Y}")  # fmt: skip
    write_script(folder, "02.md", "Mời bà con dự họp.", id="hop-ap4", title="Họp dân ấp 4",
                 valid_until=f"{today + timedelta(days=1):%d/%m/%Y}")  # fmt: skip
    result = run("publish", str(folder), "--keys", str(office.keys), "--repo",
                 str(office.root_dir))  # fmt: skip
    warned = [line for line in result.stderr.splitlines() if "valid_until" in line]
    assert warned == [
        f"cảnh báo: {folder / '01.md'}: “Họp dân ấp 3” đã hết hạn từ sau ngày "
        f"{today - timedelta(days=2):%d/%m/%Y} (dòng 'valid_until:'), nên không xã nào phát "
        "thông báo này dù đài các xã vẫn nhận; hãy sửa ngày rồi phát hành lại, hoặc bỏ thông "
        "báo ra khỏi chiến dịch"
    ], result.stderr


def test_publish_says_what_changed_per_announcement(run: Run, office: Repository) -> None:
    folder = campaign_dir(office)
    assert publish(run, office, str(folder)).splitlines() == [
        "unchanged bluezone/bz-cai-dat (version 1)",
        "unchanged bluezone/bz-huong-dan (version 1)",
        "unchanged bluezone/loi-keu-goi (version 1)",
        "published bluezone: 3 announcements",
    ]
    write_script(
        folder, "huong-dan.md", "Mở kho ứng dụng, tìm Bluezone.", id="bz-huong-dan", title="Mới"
    )
    (folder / "cai-dat.md").unlink()
    write_script(folder, "moi.md", "Thông báo mới.", id="bz-moi")
    assert publish(run, office, str(folder)).splitlines() == [
        "unchanged bluezone/bz-huong-dan (version 1)",  # only the title changed
        "new       bluezone/bz-moi (version 1)",
        "unchanged bluezone/loi-keu-goi (version 1)",
        "withdrawn bluezone/bz-cai-dat (version 1)",
        "published bluezone: 3 announcements",
    ]


def test_publish_refuses_what_it_cannot_do_as_asked(run: Run, office: Repository) -> None:
    before = (office.metadata / "timestamp.json").read_bytes()
    other = campaign(office, "ve-sinh", **{"bz-cai-dat": "Trùng mã với Bluezone."})
    copy = office.root_dir.parent / "copy" / "bluezone"
    shutil.copytree(campaign_dir(office), copy)
    nameless = office.root_dir.parent / "!!!"
    nameless.mkdir()
    for args, message in [
        (["--withdraw", "khong-co"], "campaign 'khong-co' is not published here"),
        ([str(campaign_dir(office)), "--withdraw", "bluezone"], "'bluezone' is given twice"),
        ([str(campaign_dir(office)), str(copy)], "campaign 'bluezone' is given twice"),
        ([str(other)], "announcement id 'bz-cai-dat' is already published in campaign"),
        ([str(nameless)], "a campaign folder's name must hold letters or digits"),
        ([], "Name campaign folders to publish, or --withdraw CAMPAIGN"),
    ]:
        assert message in publish(run, office, *args, code=2 if not args else 1)
    assert (office.metadata / "timestamp.json").read_bytes() == before


@pytest.mark.parametrize("claim", ["khan-cap-tren-x", "khan-cap-1"])
def test_publish_refuses_an_id_every_station_would_refuse(
    run: Run, one_office: Repository, claim: str
) -> None:
    """An emergency's id in a campaign: the office is told, not every station at its sync
    (which would then refuse the office's other campaigns too)."""
    office = one_office
    before = {p: p.read_bytes() for p in office.root_dir.rglob("*") if p.is_file()}
    folder = campaign(office, f"h4-{claim}", **{claim: "Giả khẩn cấp."})
    message = publish(run, office, str(folder), code=1)
    assert f"{folder / claim}.md: id '{claim}' starts with 'khan-cap-'" in message, message
    assert message.count("\n") == 1
    assert {p: p.read_bytes() for p in office.root_dir.rglob("*") if p.is_file()} == before


def test_a_schedule_airing_another_campaign_is_refused(run: Run, one_office: Repository) -> None:
    """The sample's schedule copied into folder c1 names campaign 'bluezone': stations would
    be told the campaign has no announcements. The office is told instead."""
    office = one_office
    before = {p: p.read_bytes() for p in office.root_dir.rglob("*") if p.is_file()}
    folder = campaign(office, "c1", **{"c1-a": "Thông báo."})
    (folder / "schedule.toml").write_text(
        '[[slot]]\nname = "sang"\nat = "06:30"\n\n'
        '[[slot]]\nname = "chieu"\nat = "17:00"\ncampaign = "bluezone"\n', "utf-8")  # fmt: skip
    message = publish(run, office, str(folder), code=1)
    assert "slot 2 airs campaign 'bluezone', but this folder publishes campaign 'c1'" in message
    assert message.count("\n") == 1
    assert {p: p.read_bytes() for p in office.root_dir.rglob("*") if p.is_file()} == before


# ----- the keys never leave ------------------------------------------------------------------
@pytest.fixture(scope="module")
def one_office(tmp_path_factory: pytest.TempPathFactory) -> Repository:
    return make_office(tmp_path_factory.mktemp("office"))


def place_key_by_symlinked_audio(folder: Path, keys: Path) -> None:
    (folder / "loi-keu-goi-2.mp3").symlink_to(keys / "targets.pem")


def place_key_by_symlinked_script(folder: Path, keys: Path) -> None:
    (folder / "thong-bao.md").symlink_to(keys / "targets.pem")


def place_key_by_relative_audio(folder: Path, keys: Path) -> None:
    rel = os.path.relpath(keys / "targets.pem", folder)
    (folder / "ghi-am.md").write_text(f"---\naudio: {rel}\n---\n", encoding="utf-8")


def place_key_by_absolute_audio(folder: Path, keys: Path) -> None:
    (folder / "ghi-am.md").write_text(f"---\naudio: {keys / 'root.pem'}\n---\n")


def place_key_through_a_linked_folder(folder: Path, keys: Path) -> None:
    (folder / "am-thanh").symlink_to(keys)
    (folder / "ghi-am.md").write_text("---\naudio: am-thanh/snapshot.pem\n---\n")


def place_key_renamed_as_audio(folder: Path, keys: Path) -> None:
    shutil.copy(keys / "targets.pem", folder / "loi-keu-goi-2.mp3")


def place_key_hardlinked_as_audio(folder: Path, keys: Path) -> None:
    os.link(keys / "timestamp.pem", folder / "loi-keu-goi-2.ogg")


def place_key_pasted_as_text(folder: Path, keys: Path) -> None:
    (folder / "ghi-chu.txt").write_bytes(b"Kh\xc3\xb3a: " + (keys / "root.pem").read_bytes())


def place_key_in_binary_form(folder: Path, keys: Path) -> None:
    der = subprocess.run(["openssl", "pkey", "-in", str(keys / "root.pem"), "-outform", "DER"],
                         capture_output=True, check=True).stdout  # fmt: skip
    (folder / "khoa.txt").write_bytes(der)


def place_key_as_linked_jingles(folder: Path, keys: Path) -> None:
    (folder / "jingles").symlink_to(keys)


def place_key_as_a_jingle(folder: Path, keys: Path) -> None:
    (folder / "jingles").mkdir()
    (folder / "jingles" / "intro.mp3").symlink_to(keys / "snapshot.pem")


def place_key_as_a_copied_jingle(folder: Path, keys: Path) -> None:
    (folder / "jingles").mkdir()
    shutil.copy(keys / "snapshot.pem", folder / "jingles" / "outro.wav")


def place_key_as_linked_schedule(folder: Path, keys: Path) -> None:
    (folder / "schedule.toml").symlink_to(keys / "timestamp.pem")


def place_key_as_schedule(folder: Path, keys: Path) -> None:
    shutil.copy(keys / "timestamp.pem", folder / "schedule.toml")


@pytest.mark.parametrize(
    ("place", "refusal"),
    [
        (place_key_by_symlinked_audio, "leads outside the campaign folder"),
        (place_key_by_symlinked_script, "leads outside the campaign folder"),
        (place_key_by_relative_audio, "is outside the script's folder"),
        (place_key_by_absolute_audio, "is outside the script's folder"),
        (place_key_through_a_linked_folder, "is outside the script's folder"),
        (place_key_renamed_as_audio, "is not audio"),
        (place_key_hardlinked_as_audio, "is not audio"),
        (place_key_pasted_as_text, "the text holds a private key"),
        (place_key_in_binary_form, "is not UTF-8 text"),
        (place_key_as_linked_jingles, "leads outside the campaign folder"),
        (place_key_as_a_jingle, "leads outside the campaign folder"),
        (place_key_as_a_copied_jingle, "is not audio"),
        (place_key_as_linked_schedule, "leads outside the campaign folder"),
        (place_key_as_schedule, "is not a schedule"),
    ],
)
def test_the_signing_keys_can_never_be_published(
    run: Run,
    one_office: Repository,
    tmp_path: Path,
    place: Callable[[Path, Path], None],
    refusal: str,
) -> None:
    office = one_office  # a refused publication changes nothing: one office serves every case
    before = {p: p.read_bytes() for p in office.root_dir.rglob("*") if p.is_file()}
    folder = tmp_path / "bluezone"
    shutil.copytree(campaign_dir(office), folder)
    place(folder, office.keys)
    message = publish(run, office, str(folder), code=1)
    assert refusal in message and message.count("\n") == 1, message
    assert {p: p.read_bytes() for p in office.root_dir.rglob("*") if p.is_file()} == before


def test_a_refused_publication_writes_nothing_at_all(
    run: Run, one_office: Repository, tmp_path: Path
) -> None:
    """New audio in the first campaign, a bad schedule in the second: not even the audio of
    the first reaches the served folder."""
    office = one_office
    before = sorted(p for p in office.root_dir.rglob("*"))
    good, bad = tmp_path / "moi", tmp_path / "xau"
    good.mkdir()
    bad.mkdir()
    make_tone(good / "loi-moi.mp3", seconds=1, freq=660)
    write_script(bad, "a.md", "Thông báo.", id="xau-a")
    (bad / "schedule.toml").write_text("không phải TOML")
    assert "is not a schedule" in publish(run, office, str(good), str(bad), code=1)
    assert sorted(p for p in office.root_dir.rglob("*")) == before


def test_keys_inside_the_served_folder_are_refused(run: Run, office: Repository) -> None:
    inside = office.root_dir / "keys"
    shutil.copytree(office.keys, inside)
    result = run("publish", str(campaign_dir(office)), "--keys", str(inside),
                 "--repo", str(office.root_dir), code=1)  # fmt: skip
    assert "is inside the repository" in result.stderr and "served to everyone" in result.stderr


def test_a_campaign_with_every_kind_of_file_publishes_only_what_belongs(
    trusting: Path, run: Run, office: Repository
) -> None:
    """Keys and documents beside the scripts are refused (a notice left in a document would
    never air), hidden notes skipped; links within the folder are followed; the repository
    holds nothing of the keys afterwards."""
    folder = campaign_dir(office)
    for name in ("root.pem", "targets.pem"):
        shutil.copy(office.keys / name, folder / name)
        assert "the stations do not read this file" in publish(run, office, str(folder), code=1)
        (folder / name).unlink()
    (folder / "cong-van.docx").write_bytes(b"PK\x03\x04")
    assert "cannot read a DOCX document" in publish(run, office, str(folder), code=1)
    (folder / "cong-van.docx").unlink()
    (folder / ".ghi-chu.md").write_text("---\nid: an\n---\nBản nháp riêng.")
    (folder / "am-thanh").mkdir()
    make_tone(folder / "am-thanh" / "goc.ogg", seconds=1)
    (folder / "ban-sao.ogg").symlink_to(folder / "am-thanh" / "goc.ogg")
    (folder / "jingles").mkdir()
    make_tone(folder / "jingles" / "intro.wav", seconds=1, freq=880)
    (folder / "schedule.toml").write_text('[[slot]]\nname = "sang"\nat = "06:30"\n')
    out = publish(run, office, str(folder))
    assert "new       bluezone/ban-sao (version 1)" in out
    assert f"skipped {folder / '.ghi-chu.md'}: a hidden or editor's file, not a notice" in out
    keys = [p.read_bytes() for p in office.keys.iterdir()]
    bodies = [k.split(b"\n")[1] for k in keys if k.startswith(b"-----BEGIN")]
    for served in office.root_dir.rglob("*"):
        if served.is_file():
            data = served.read_bytes()
            assert not any(body in data for body in bodies), served
    set_config(trusting, "use_jingles", "true")
    run("sync", str(office.root_dir))
    assert ("ban-sao", "recording") in query(trusting, "SELECT id, kind FROM announcements")


# ----- what the office trial of session twelve found (o12off F1, F6, F7, F8, F18) ------------
def served(office: Repository) -> dict[Path, bytes]:
    return {p: p.read_bytes() for p in office.root_dir.rglob("*") if p.is_file()}


def said_at(text: str, since: datetime) -> str:
    """`text` with the office's time of day since `since` (Vietnam time, to the minute) as
    `<lúc>`: a test running across a minute's end reads the same."""
    for moment in {since, datetime.now(UTC)}:
        text = text.replace(local_text(moment, OFFICE_ZONE), "<lúc>")
    return text


BAD_SLOTS = [
    ('[[slot]]\nname = "sang"\nat = "06:00"\n\n[[slot]]\nname = "toi"\nat = "25:00"\n',
     7, "'25:00' không phải giờ trong ngày"),
    ('[[slot]]\nname = "sang"\n# thứ Hai, Tư, Sáu\ndays = "mon,wed,fri,sun2"\nat = "06:00"\n',
     4, "sun2"),
    ('[[slot]]\nname = "Buổi sáng"\nat = "06:00"\n', 2, "Buổi sáng"),
    ('[[slot]]\nname = "sang"\nat = "06:00"\ncolour = "đỏ"\n', 4, "mục lạ 'colour'"),
    ('[[slot]]\nname = "sang"\nat = "06:00"\nfrom = "31/02/2027"\n', 4, "31/02/2027"),
    ('[[slot]]\nname = "sang"\nat = "06:00"\nmax_minutes = -5\n', 4, "-5"),
    ('[[slot]]\nname = "sang"\nat = "06:00"\nfrom = "01/03/2027"\nuntil = "01/02/2027"\n',
     5, "01/02/2027"),
]  # fmt: skip
"""(schedule.toml, the line at fault, what the station says): a wrong time, weekday, slot
name, key, date, length, and a last day before the first."""


@pytest.mark.parametrize(("slots", "line", "fault"), BAD_SLOTS)
def test_a_schedule_every_station_would_refuse_is_refused_at_the_office(
    run: Run, one_office: Repository, vietnamese: None, slots: str, line: int, fault: str
) -> None:
    """Mai's `at = "25:00"` was published, and then every commune's sync failed until she
    withdrew it. Publish reads the schedule with the station's own reader (the same sentence,
    with the file and line added) and publishes nothing."""
    from broadcaster.schedule import read_schedule_file

    office = one_office
    before = served(office)
    folder = campaign(office, "lich-xau", **{"lx-a": "Thông báo họp dân."})
    (folder / "schedule.toml").write_text(slots, "utf-8")
    message = publish(run, office, str(folder), code=1)
    assert f"{folder}/schedule.toml, dòng {line}: khung giờ thứ " in message, message
    assert fault in message and message.count("\n") == 1, message
    with pytest.raises(StationError) as station:  # what the station itself says of the file
        read_schedule_file(folder / "schedule.toml", datetime.now(UTC), "lich-xau")
    assert str(station.value) in message
    assert served(office) == before


def test_after_a_refused_schedule_the_communes_still_sync(
    trusting: Path, run: Run, office: Repository
) -> None:
    folder = campaign(office, "ve-sinh", **{"vs-rac": "Thu gom rác."})
    (folder / "schedule.toml").write_text('[[slot]]\nname = "toi"\nat = "25:00"\n', "utf-8")
    publish(run, office, str(folder), code=1)
    (folder / "schedule.toml").write_text('[[slot]]\nname = "toi"\nat = "19:00"\n', "utf-8")
    publish(run, office, str(folder))
    synced = run("sync", str(office.root_dir)).stdout
    assert "slot toi proposed by the office (ve-sinh, 19:00" in synced
    assert "vs-rac" in active(trusting)


def test_a_campaign_larger_than_a_station_takes_is_refused(tmp_path: Path) -> None:
    """A station downloads a manifest up to 32 texts at its limit; a larger one would stop
    every commune's sync."""
    office = make_office(tmp_path)
    before = served(office)
    folder = tmp_path / "campaigns" / "lon"
    folder.mkdir()
    for n in range(60):
        write_script(folder, f"{n:02}.md", "Bà con chú ý. " * 40, id=f"lon-{n:02}")
    with pytest.raises(UpstreamError, match="more than a station takes in one campaign"):
        office.publish([folder], datetime.now(UTC), limits=InputLimits(max_text_kb=1))
    assert served(office) == before


@pytest.mark.parametrize(
    ("name", "data", "advice"),
    [
        ("Thông báo CCCD.docx", b"PK\x03\x04", "không đọc được văn bản DOCX. Hãy chép nội dung"),
        ("cong-van.doc", b"\xd0\xcf\x11\xe0", "không đọc được văn bản DOC. Hãy chép nội dung"),
        ("ke-hoach.odt", b"PK\x03\x04", "không đọc được văn bản ODT. Hãy chép nội dung"),
        ("cong-van.pdf", b"%PDF-1.4", "không đọc được văn bản PDF. Hãy chép nội dung"),
        ("anh-to-roi.jpg", b"\xff\xd8\xff", "các đài không đọc tệp này"),
        ("lich.toml", b'[[slot]]\nname = "sang"\n', "schedule.toml"),
        ("targets.pem", b"-----BEGIN PRIVATE KEY-----", "các đài không đọc tệp này"),
        ("ghi-chu", b"ghi", "các đài không đọc tệp này"),
    ],
)
def test_a_file_the_stations_do_not_read_is_refused_not_dropped(
    run: Run, one_office: Repository, vietnamese: None, tmp_path: Path, name: str, data: bytes,
    advice: str,
) -> None:  # fmt: skip
    """Mai's Word file beside a notice was dropped without a word: her notice went nowhere."""
    office = one_office
    before = served(office)
    folder = tmp_path / "co-van-ban"
    folder.mkdir()
    write_script(folder, "cv-a.md", "Thông báo họp dân.", id="cv-a")
    (folder / name).write_bytes(data)
    message = publish(run, office, str(folder), code=1)
    assert message.startswith(f"Lỗi: {folder / name}: ") and advice in message, message
    assert "chuyển" in message and "phát hành lại" in message
    assert served(office) == before


def test_hidden_and_editor_files_are_skipped_and_said(
    run: Run, one_office: Repository, vietnamese: None
) -> None:
    office = one_office
    folder = campaign(office, "co-tep-tam", **{"tt-a": "Thông báo họp dân."})
    names = [".DS_Store", "~$ông báo.docx", ".~lock.tt-a.md#", "tt-a.md~", "Thumbs.db"]
    for name in names:
        (folder / name).write_bytes(b"x")
    out = publish(run, office, str(folder))
    for name in names:
        assert f"bỏ qua {folder / name}: tệp ẩn hoặc tệp tạm" in out, out
    assert "đã phát hành co-tep-tam: 1 thông báo" in out


@pytest.mark.parametrize("content", [(), (".DS_Store",), ("schedule.toml",)])
def test_a_folder_without_a_notice_is_refused(
    run: Run, one_office: Repository, vietnamese: None, tmp_path: Path, content: tuple[str, ...]
) -> None:
    """Mai's empty folder was published as a campaign of 0 notices."""
    office = one_office
    before = served(office)
    folder = tmp_path / "trong"
    folder.mkdir()
    for name in content:
        (folder / name).write_text('[[slot]]\nname = "sang"\nat = "06:00"\n')
    message = publish(run, office, str(folder), code=1)
    assert f"thư mục {folder} không có thông báo nào: hãy viết một thông báo" in message
    assert served(office) == before


def published_then_withdrawn(run: Run, office: Repository) -> datetime:
    """Campaign ve-sinh published, then withdrawn; returns when this began."""
    since = datetime.now(UTC)
    publish(run, office, str(campaign(office, "ve-sinh", **{"vs-rac": "Thu gom rác."})))
    publish(run, office, "--withdraw", "ve-sinh")
    return since


def test_withdrawing_twice_says_when_it_was_withdrawn(
    run: Run, office: Repository, vietnamese: None
) -> None:
    since = published_then_withdrawn(run, office)
    before = served(office)
    message = said_at(publish(run, office, "--withdraw", "ve-sinh", code=1), since)
    assert "chiến dịch 've-sinh' đã được rút lại lúc <lúc>, nên không còn phát hành" in message
    assert "chưa được phát hành" not in message and "publish --list" in message
    assert "--repo" not in message  # office.toml gives it (o12offb N7)
    message = publish(run, office, "--withdraw", "ve-sinj", code=1)
    assert "chiến dịch 've-sinj' không có trong kho này (đang phát hành: bluezone)" in message
    assert served(office) == before


def test_the_list_says_every_campaign_for_whom_and_when(
    run: Run, office: Repository, vietnamese: None
) -> None:
    """Mai could not check what was published and for whom; the list needs no keys."""
    since = published_then_withdrawn(run, office)
    write_script(campaign_dir(office), "huong-dan.md", "Mở kho ứng dụng.", id="bz-huong-dan")
    publish(run, office, str(campaign_dir(office)))
    out = said_at(run("publish", "--list", "--repo", str(office.root_dir)).stdout, since)
    assert out.splitlines() == [
        "1 chiến dịch đang phát hành, 1 đã rút lại",
        "bluezone (phiên bản 2): phát hành lúc <lúc>, dành cho: tất cả các đài",
        "  bz-cai-dat (phiên bản 1): Cài đặt Bluezone",
        "  bz-huong-dan (phiên bản 2): huong-dan",
        "  loi-keu-goi (phiên bản 1): loi-keu-goi",
        "ve-sinh (phiên bản 1): đã rút lại lúc <lúc>",
        "  vs-rac (phiên bản 1): vs-rac",
    ]


def test_a_copied_campaign_folder_names_the_files_whose_id_to_change(
    run: Run, office: Repository, vietnamese: None
) -> None:
    copy = office.root_dir.parent / "campaigns" / "bluezone-2"
    shutil.copytree(campaign_dir(office), copy)
    write_script(copy, "moi.md", "Thông báo mới.", id="bz-moi")
    message = publish(run, office, str(copy), code=1)
    assert ("mã thông báo 'bz-cai-dat' đã được phát hành trong chiến dịch 'bluezone'. Thư mục "
            "chiến dịch chép từ thư mục khác vẫn giữ các mã cũ: hãy sửa dòng id: ở phần đầu "
            "của cai-dat.md, huong-dan.md, loi-keu-goi.mp3 thành mã mới") in message  # fmt: skip


def test_a_first_publication_refused_still_gives_the_root_when_one_succeeds(
    run: Run, tmp_path: Path
) -> None:
    keys, repo = tmp_path / "keys", tmp_path / "repo"
    init_keys(keys)
    bad = tmp_path / "trong"
    bad.mkdir()
    run("publish", str(bad), "--keys", str(keys), "--repo", str(repo), code=1)
    good = tmp_path / "ve-sinh"
    good.mkdir()
    write_script(good, "a.md", "Thu gom rác.", id="vs-rac")
    out = run("publish", str(good), "--keys", str(keys), "--repo", str(repo)).stdout
    assert f"New repository in {repo}. Communes trust it with 'broadcaster trust'" in out
    assert f"(without a network: {repo}/metadata/root.json on a USB stick)" in out


@pytest.mark.parametrize("where", ["im-lang.mp3", "jingles/intro.wav"])
def test_silent_audio_every_station_would_refuse_is_refused_at_the_office(
    run: Run, one_office: Repository, vietnamese: None, tmp_path: Path, where: str
) -> None:
    """A station admits a recording or jingle it receives as it admits its own, and refuses
    the whole sync on a silent one: the office is told instead."""
    office = one_office
    before = served(office)
    folder = tmp_path / "im-lang"
    (folder / "jingles").mkdir(parents=True)
    write_script(folder, "a.md", "Thông báo họp dân.", id="il-a")
    make_tone(folder / where, seconds=1, volume_db=-120)
    message = publish(run, office, str(folder), code=1)
    assert f"{(folder / where).resolve()}: âm thanh chỉ toàn im lặng" in message, message
    assert served(office) == before


def test_a_file_named_as_audio_that_is_not_says_what_to_do(
    run: Run, one_office: Repository, vietnamese: None, tmp_path: Path
) -> None:
    """Mai's hop-dan.mp3 was a text file renamed: the refusal lists the formats, then what
    to do."""
    office = one_office
    folder = tmp_path / "ghi-am"
    folder.mkdir()
    (folder / "hop-dan.mp3").write_text("Không phải bản ghi âm.", "utf-8")
    message = publish(run, office, str(folder), code=1)
    assert ("hop-dan.mp3 không phải âm thanh các đài phát được (mp3, wav, ogg, oga, opus, m4a, "
            "aac, flac): hãy lưu lại bản ghi âm") in message, message  # fmt: skip


def test_a_slot_name_another_campaign_proposes_is_refused_naming_that_campaign(
    run: Run, office: Repository, trusting: Path
) -> None:
    """o12offb N3: a schedule.toml copied into a second campaign kept its slot name; both
    published, and the commune could accept neither slot."""
    first = campaign(office, "tiem-chung", tc_sang="Tiêm chủng.")
    (first / "schedule.toml").write_text('[[slot]]\nname = "huyen-sang"\nat = "06:30"\n')
    publish(run, office, str(first))
    second = campaign(office, "ve-sinh", vs_sang="Vệ sinh.")
    (second / "schedule.toml").write_text('[[slot]]\nname = "huyen-sang"\nat = "07:00"\n')
    before = served(office)
    said = publish(run, office, str(second), code=1)
    assert f"{second}: slot name 'huyen-sang' is already proposed by campaign 'tiem-chung'" in said
    assert served(office) == before  # nothing published
    (second / "schedule.toml").write_text('[[slot]]\nname = "ve-sinh-sang"\nat = "07:00"\n')
    publish(run, office, str(second))
    publish(run, office, str(first))  # its own name again is no clash
    run("sync", str(office.root_dir))
    for name in ("huyen-sang", "ve-sinh-sang"):  # the commune accepts both
        run("schedule", "accept", name)


NOTEPAD_SCHEDULE = '[[slot]]\nname = "sxh-sang"\nat = "6h30"\ndays = "T2-T6"\ncampaign = "sxh"\n'
"""A schedule as an officer types it."""


def saved_by_notepad(path: Path, text: str) -> None:
    """As the Notepad of an old Windows PC saves UTF-8: a byte-order mark, CRLF line ends."""
    path.write_bytes(codecs.BOM_UTF8 + text.replace("\n", "\r\n").encode("utf-8"))


def test_a_campaign_saved_by_windows_notepad_is_published_and_proposed(
    trusting: Path, run: Run, office: Repository, tmp_path: Path
) -> None:
    """Mai writes her notices and schedule.toml in Notepad on the office PC: its byte-order
    mark made publish refuse schedule.toml as "not a schedule", and the station's own
    schedule files and station.toml alike."""
    folder = office.root_dir.parent / "campaigns" / "sxh"
    folder.mkdir(parents=True)
    notice = "---\nid: sxh-canh-bao\ntitle: Cảnh báo sốt xuất huyết\ncampaign: sxh\n---\n"
    saved_by_notepad(folder / "canh-bao.md", notice + "Từ ngày 01/12 phun thuốc tại thôn 3.\n")
    saved_by_notepad(folder / "schedule.toml", NOTEPAD_SCHEDULE)
    assert "published sxh: 1 announcement" in publish(run, office, str(folder))
    run("sync", str(office.root_dir))
    assert "sxh-canh-bao" in active(trusting)
    assert "sxh-sang" in run("schedule", "proposed").stdout
    own = tmp_path / "lich-phat.toml"  # the station's own schedule file, from Notepad too
    saved_by_notepad(own, NOTEPAD_SCHEDULE.replace("sxh-sang", "hop-sang"))
    run("schedule", "import", str(own))
    assert "hop-sang" in run("schedule", "list").stdout
    toml = trusting / "station.toml"
    saved_by_notepad(toml, toml.read_text(encoding="utf-8"))
    assert run("status").exit_code == 0
