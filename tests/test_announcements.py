"""announce add | list | show | retire: stable ids, versions that change only with content."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import Run, make_tone, store_dump, write_script

BODY = (
    "Thực hiện công văn của Bộ Thông tin và Truyền thông, đề nghị bà con cài đặt ứng dụng Bluezone."
)


def listed(run: Run) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in json.loads(run("announce", "list", "--json").stdout)}


def test_script_with_front_matter_is_stored_with_its_fields(
    station: Path, scripts: Path, run: Run
) -> None:
    path = write_script(
        scripts,
        "bz.md",
        BODY,
        id="bluezone-1",
        title="Cài đặt Bluezone",
        campaign="bluezone",
        priority="priority",
        repeat=2,
        valid_from="2020-08-05",
        valid_until="2030-12-31",
        voice="vi-vn-x-south",
    )
    assert "new       bluezone-1 (version 1)" in run("announce", "add", str(path)).stdout
    row = listed(run)["bluezone-1"]
    assert row == {
        **row,
        "title": "Cài đặt Bluezone",
        "campaign": "bluezone",
        "priority": "priority",
        "repeat": 2,
        "valid_from": "2020-08-05",
        "valid_until": "2030-12-31",
        "voice": "vi-vn-x-south",
        "kind": "tts",
        "version": 1,
        "status": "approved",
    }


@pytest.mark.parametrize(
    ("since", "until"),
    [("30/11/2026", "31/12/2036"), ("30-11-2026", "31.12.2036"), ("2026-11-30", "31/12/2036")],
)
def test_front_matter_dates_take_the_forms_schedules_take(
    station: Path, scripts: Path, run: Run, since: str, until: str
) -> None:
    path = write_script(scripts, "moi.md", BODY, id="moi", valid_from=since, valid_until=until)
    run("announce", "add", str(path))
    row = listed(run)["moi"]
    assert (row["valid_from"], row["valid_until"]) == ("2026-11-30", "2036-12-31")  # still to come


def test_version_changes_exactly_when_what_airs_or_was_approved_changes(
    station: Path, scripts: Path, run: Run
) -> None:
    path = write_script(scripts, "bz.md", BODY, id="bz", title="Một")
    run("announce", "add", str(path))
    write_script(scripts, "bz.md", "\n" + BODY.replace(" ", "  ") + "\n", id="bz", title="Một")
    assert "unchanged bz (version 1)" in run("announce", "add", str(path)).stdout
    write_script(scripts, "bz.md", BODY, id="bz", title="Tiêu đề mới", repeat=3)
    assert "updated   bz (version 2)" in run("announce", "add", str(path)).stdout
    assert listed(run)["bz"]["title"] == "Tiêu đề mới"
    write_script(scripts, "bz.md", BODY.replace("Bluezone", "Bluezone ngay hôm nay"), id="bz",
                 title="Tiêu đề mới", repeat=3)  # fmt: skip
    assert "updated   bz (version 3)" in run("announce", "add", str(path)).stdout
    shown = json.loads(run("announce", "show", "bz", "--json").stdout)
    assert [v["version"] for v in shown["versions"]] == [1, 2, 3]
    assert "ngay hôm nay" in shown["text"]


def test_id_is_derived_from_the_file_name_without_diacritics(
    station: Path, scripts: Path, run: Run
) -> None:
    path = write_script(scripts, "Thông báo Đổ rác.txt", "Lịch thu gom rác thay đổi từ tuần sau.")
    run("announce", "add", str(path))
    assert listed(run)["thong-bao-do-rac"]["title"] == "Thông báo Đổ rác"


@pytest.mark.parametrize("suffix", [".mp3", ".wav", ".ogg", ".m4a", ".flac"])
def test_recordings_of_every_common_format_are_announcements(
    station: Path, scripts: Path, run: Run, suffix: str
) -> None:
    tone = make_tone(scripts / f"Ghi âm dân tộc{suffix}", seconds=1.5)
    run("announce", "add", str(tone))
    row = listed(run)["ghi-am-dan-toc"]
    assert (row["kind"], row["version"]) == ("recording", 1)
    make_tone(tone, seconds=1.5, freq=660)
    assert "updated   ghi-am-dan-toc (version 2)" in run("announce", "add", str(tone)).stdout


def test_recording_with_front_matter_and_transcript(station: Path, scripts: Path, run: Run) -> None:
    make_tone(scripts / "loi-keu-goi.mp3")
    path = write_script(
        scripts,
        "loi-keu-goi.md",
        "Bản dịch tiếng Việt của lời kêu gọi.",
        id="keu-goi-hmong",
        title="Lời kêu gọi (tiếng H'Mông)",
        audio="loi-keu-goi.mp3",
    )
    run("announce", "add", str(path))
    shown = json.loads(run("announce", "show", "keu-goi-hmong", "--json").stdout)
    assert shown["kind"] == "recording"
    assert shown["recording_sha256"]


def test_show_prints_the_spoken_form(station: Path, scripts: Path, run: Run) -> None:
    path = write_script(scripts, "a.md", "# Thông báo\n\nBà con **chú ý**:  họp   thôn.", id="a")
    run("announce", "add", str(path))
    shown = run("announce", "show", "a").stdout
    assert "Spoken form:\nThông báo. Bà con chú ý: họp thôn." in shown


def test_a_refusal_about_a_notice_names_it_by_the_code_announce_list_shows(
    station: Path, scripts: Path, run: Run
) -> None:
    """The officer types the code `announce list` shows ('hop-thon'); a refusal that named
    the notice by its title alone ('thông báo 'Họp thôn Đông' đã ngừng phát') left her to
    find which code it was. Each names both, and changes nothing."""
    hop = write_script(scripts, "hop.md", "Mời bà con đến họp thôn tối nay.", id="hop-thon",
                       title="Họp thôn Đông")  # fmt: skip
    odd = write_script(scripts, "odd.md", "Qwerty zxcvb plmokn uhbygv tfcrdx esz wsx.",
                       id="qc", title="Quảng cáo")  # fmt: skip
    run("announce", "add", str(hop), str(odd))
    assert re.search(r"^hop-thon\s", run("announce", "list").stdout, re.M)
    run("announce", "retire", "hop-thon")
    named = "“Họp thôn Đông” (hop-thon)"
    before = store_dump(station)
    for command in (
        ("announce", "retire", "hop-thon"),
        ("announce", "approve", "hop-thon", "--by", "Hùng"),
        ("announce", "refuse", "hop-thon", "--reason", "sai giờ", "--by", "Hùng"),
        ("play", "--announce", "hop-thon", "--sink", "null"),
    ):
        assert named in run(*command, code=1).stderr, command
    assert "“Quảng cáo” (qc)" in run("announce", "approve", "qc", "--by", "Hùng", code=1).stderr
    assert "“Quảng cáo” (qc)" in run("play", "--announce", "qc", "--sink", "null", code=1).stderr
    assert store_dump(station) == before


def test_retire_hides_an_announcement_and_refuses_to_air_it(
    station: Path, scripts: Path, run: Run
) -> None:
    run("announce", "add", str(write_script(scripts, "a.md", BODY, id="a")))
    run("announce", "retire", "a")
    assert "a" not in listed(run)
    all_rows = json.loads(run("announce", "list", "--all", "--json").stdout)
    assert [r["status"] for r in all_rows] == ["retired"]
    result = run("play", "--announce", "a", "--sink", f"file:{station}/out", code=1)
    assert re.search(r"announcement “[^”]+” \(a\) is retired", result.stderr)
    assert "restored  a (version 1)" in run("announce", "add", str(scripts / "a.md")).stdout


@pytest.mark.parametrize(
    ("name", "body", "title", "spoken"),
    [
        (
            "thong-bao.txt",
            "Họp thôn Đông tối thứ Bảy\n\nKính thưa bà con, họp lúc 19h.",
            "Họp thôn Đông tối thứ Bảy",
            "Họp thôn Đông tối thứ Bảy. Kính thưa bà con",
        ),
        (
            "Lịch tiêm phòng.txt",
            "Lịch tiêm phòng\r\nBà con đưa trẻ đi tiêm.",  # its name
            "Lịch tiêm phòng",
            "Lịch tiêm phòng. Bà con đưa trẻ đi tiêm.",
        ),
        (
            "hop.md",
            "# Họp chi bộ\nĐảng viên họp lúc 8h.",
            "Họp chi bộ",
            "Họp chi bộ. Đảng viên họp lúc tám giờ.",
        ),
        (
            "thu.txt",
            "Kính thưa bà con\n\nChiều nay thu thuế.",
            "thu",  # a salutation
            "Kính thưa bà con. Chiều nay thu thuế.",
        ),
        (
            "rac.txt",
            "Rác được thu sáng thứ Bảy.\n\nBà con chú ý.",
            "rac",  # a sentence
            "Rác được thu sáng thứ Bảy. Bà con chú ý.",
        ),
        (
            "den.txt",
            "Cắt điện ngày mai\nBà con chú ý.",
            "den",  # no blank line, not the title; a pause all the same (o17lan5 finding 10)
            "Cắt điện ngày mai, Bà con chú ý.",
        ),
    ],
)
def test_a_script_s_heading_line_is_its_title_and_is_read_with_a_pause(
    station: Path, scripts: Path, run: Run, name: str, body: str, title: str, spoken: str
) -> None:
    """Officer trial 9: a .txt's title was its file name, and its first line, the heading, ran
    on into the body. A heading is a short first line that ends no sentence, standing alone
    (a blank line after it), a Markdown heading, or the title itself (here the file's name);
    it is the title when the file gives none, and the body starts after a pause."""
    (scripts / name).write_bytes(body.encode())
    run("announce", "add", str(scripts / name))
    [row] = listed(run).values()
    assert row["title"] == title
    assert f"Spoken form:\n{spoken}" in run("announce", "show", row["id"]).stdout


def test_a_notice_cannot_be_an_emergency_and_no_slot_airs_one(
    station: Path, scripts: Path, run: Run
) -> None:
    """An emergency airs at once and ends (schedules.priority.NOTICE_PRIORITIES): a notice
    marked "emergency" went in a slot and aired every day like any other, so an evacuation
    order typed in the ordinary form sounded every morning (the fault of o20lan9 N1 through
    the other door). Refused when written; one stored before is refused in a new slot, said
    so (one a slot had keeps airing there: nothing stops silently)."""
    write_script(scripts, "lu.md", "Lũ đang lên, bà con vùng trũng di dời ngay.", id="lu",
                 priority="emergency")  # fmt: skip
    before = store_dump(station)
    refused = run("announce", "add", str(scripts / "lu.md"), code=1).stderr
    assert "lu.md: a notice cannot be an emergency: an emergency airs at once, once" in refused
    assert "choose the priority “priority”" in refused and store_dump(station) == before
    write_script(scripts, "lu.md", "Lũ đang lên, bà con vùng trũng di dời ngay.", id="lu")
    run("announce", "add", str(scripts / "lu.md"))
    run("announce", "approve", "lu", "--by", "Chủ tịch xã")
    with sqlite3.connect(station / "station.db") as db:  # as a station before this rule kept it
        db.execute("UPDATE announcements SET priority = 'emergency' WHERE id = 'lu'")
    before = store_dump(station)
    refused = run("schedule", "add", "sang", "--at", "06:30", "--announce", "lu", code=1).stderr
    assert "“lu” has the priority emergency, which a notice no longer takes" in refused
    assert "change its priority to “priority” (a new version, to approve)" in refused
    assert store_dump(station) == before
