"""How chị Mai names a commune in `--to` (publish and emergencies), as the province office's
trial found it (w26office #3, #5): a ward, a town and a special zone are named with or without
the word of their kind, as a commune is without "Xã"; two units of one name (a commune and a
ward, two communes of two districts) are never both sent to on that name alone: refused, each
listed with how to name it. Real PostgreSQL (the session's), the CLI in Vietnamese."""

from __future__ import annotations

import html
from pathlib import Path

import psycopg
import pytest
from click.testing import Result
from servers import Postgres
from test_office_desk import Desk, mai, make_desk, publish_as, refused, send, station_row

from office.db import open_office


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """Mai's machine speaks Vietnamese."""


def reached(desk: Desk, result: Result) -> list[str]:
    """The communes the campaign just published is for, as the office recorded it."""
    assert result.exit_code == 0, result.stderr
    with psycopg.connect(desk.dsn) as conn:
        [(audience,)] = conn.execute("SELECT audience FROM campaigns").fetchall()
        keys = audience["stations"] if audience else []
        rows = conn.execute(
            "SELECT commune FROM stations WHERE key_id = ANY(%s) ORDER BY commune", [keys]
        )
        return [commune for (commune,) in rows]


def test_a_ward_a_town_and_a_special_zone_are_named_as_a_commune_is(
    postgres: Postgres, tmp_path: Path
) -> None:
    """#5: `same_commune` knew "Xã" only: "Bến Nghé" did not name "Phường Bến Nghé". The
    word of its kind may be left out, typed in any case or without accents; where a commune
    and a ward share a name, each kind names its own, and the bare name is refused (#3)."""
    desk = make_desk(postgres, tmp_path)
    with open_office(desk.dsn) as conn:
        for commune in ("Phường Bến Nghé", "Thị trấn Lương Sơn", "Đặc khu Phú Quốc",
                        "Xã Tân Phú", "Phường Tân Phú"):  # fmt: skip
            station_row(conn, commune, "ven-song")
    assert reached(desk, publish_as(desk, "Bến Nghé")) == ["Phường Bến Nghé"]
    assert reached(desk, publish_as(desk, "PHƯỜNG  bến nghé", "Lương Sơn", "Phú Quốc")) == [
        "Phường Bến Nghé", "Thị trấn Lương Sơn", "Đặc khu Phú Quốc"
    ]  # fmt: skip
    assert reached(desk, publish_as(desk, "thi tran Lương Sơn", "dac khu Phú Quốc")) == [
        "Thị trấn Lương Sơn", "Đặc khu Phú Quốc"
    ]  # fmt: skip
    assert reached(desk, publish_as(desk, "Phường Tân Phú")) == ["Phường Tân Phú"]
    assert reached(desk, publish_as(desk, "xa tân phú")) == ["Xã Tân Phú"]
    before = desk.tables(), (desk.repo / "metadata" / "timestamp.json").read_bytes()
    for said in (
        refused(publish_as(desk, "Tân Phú")),
        refused(send(desk, "Lũ về.", "--to", "Tân Phú")),
    ):
        assert said.startswith(
            "Lỗi: 'Tân Phú' là tên của đài ở nhiều xã khác nhau: Phường Tân Phú ("
        ), said
        assert "; Xã Tân Phú (" in said, said
    assert (desk.tables(), (desk.repo / "metadata" / "timestamp.json").read_bytes()) == before
    assert reached(desk, publish_as(desk, "ven-song")) == []  # the group, as before


def test_two_communes_of_one_name_in_two_districts_are_refused_on_the_name_alone(
    postgres: Postgres, tmp_path: Path
) -> None:
    """#3: `publish --to "Hòa Bình"` sent to the Hòa Bình of two districts without a word.
    Refused, both listed with their codes' first digits, nothing published nor sent; each is
    named by its district (after a comma or in brackets, with or without "huyện") or its
    code. One merged commune's two stations, of one name, are still one (o23web11 V4)."""
    desk = make_desk(postgres, tmp_path)
    with open_office(desk.dsn) as conn:
        [(hoa_binh,)] = conn.execute("SELECT fingerprint FROM stations WHERE commune = 'Hòa Bình'")
        other = station_row(conn, "Xã Hòa Bình, huyện Lạc Sơn", "vung-nui")
        station_row(conn, "Tân Sơn", "ven-song")
        station_row(conn, "Tân Sơn", "vung-nui")
    renamed = mai("office", "station", "rename", hoa_binh, "--commune", "Hòa Bình, huyện Tân Lạc",
                  "--db", desk.dsn)  # fmt: skip
    assert renamed.exit_code == 0, renamed.stderr
    assert reached(desk, publish_as(desk, "Tân Sơn")) == ["Tân Sơn", "Tân Sơn"]
    before = desk.tables(), (desk.repo / "metadata" / "timestamp.json").read_bytes()
    for typed, result in (
        ("Hòa Bình", publish_as(desk, "Hòa Bình")),
        ("xã Hòa Bình", send(desk, "Lũ về.", "--to", "xã Hòa Bình")),
    ):
        assert refused(result) == (
            f"Lỗi: '{typed}' là tên của đài ở nhiều xã khác nhau: Hòa Bình, huyện Tân Lạc "
            f"({hoa_binh[:5]}); Xã Hòa Bình, huyện Lạc Sơn ({other[:5]}); hãy ghi đúng xã muốn "
            "gửi như danh sách trên, kèm loại (Xã, Phường, Thị trấn, Đặc khu) hoặc huyện, tỉnh "
            "sau dấu phẩy, hoặc 5 chữ số đầu của mã đài."
        )  # fmt: skip
    assert (desk.tables(), (desk.repo / "metadata" / "timestamp.json").read_bytes()) == before
    assert reached(desk, publish_as(desk, "Hòa Bình, Lạc Sơn")) == ["Xã Hòa Bình, huyện Lạc Sơn"]
    assert reached(desk, publish_as(desk, "Hòa Bình (Tân Lạc)")) == ["Hòa Bình, huyện Tân Lạc"]
    assert reached(desk, publish_as(desk, hoa_binh[:5], other[:5])) == [
        "Hòa Bình, huyện Tân Lạc", "Xã Hòa Bình, huyện Lạc Sơn"
    ]  # fmt: skip
    with open_office(desk.dsn) as conn:
        waiting = station_row(conn, "Tân Sơn")  # another Tân Sơn asks to enrol
    approved = mai("office", "station", "approve", waiting, "--group", "vung-nui", "--by", "mai",
                   "--db", desk.dsn)  # fmt: skip
    assert approved.exit_code == 0, approved.stderr
    assert "Đài khác cũng mang tên Tân Sơn (Tân Sơn " in approved.stdout, approved.stdout
    assert f'office station rename {waiting[:5]} --commune "Tân Sơn, huyện …"' in approved.stdout, (
        approved.stdout
    )


def test_two_communes_of_one_name_without_districts_are_said_to_be_taken_for_one(
    postgres: Postgres, tmp_path: Path
) -> None:
    """w27office #2: two Tân Sơn enrolled without their districts. The office cannot tell a
    merged commune's two stations from two communes: `publish --to`, `office emergency --to`,
    `office aired`, the stations list and the month page each say it takes them for one
    commune, and how to tell two apart (each with its district)."""
    from test_office_web import Officer, console_app, text, with_accounts

    desk = make_desk(postgres, tmp_path)
    with open_office(desk.dsn) as conn:
        first = station_row(conn, "Tân Sơn", "ven-song")
        second = station_row(conn, "Tân Sơn", "vung-nui")
    one, two = sorted((first[:5], second[:5]))
    said = (
        f"2 đài cùng mang tên Tân Sơn và không có gì phân biệt (Tân Sơn {one}, Tân Sơn {two}): "
        "văn phòng coi đó là một xã (xã sáp nhập, giữ các hệ thống loa của mình): mọi thứ gửi "
        "tới “Tân Sơn” sẽ tới tất cả các đài đó, và báo cáo tháng tính chúng là một xã. Nếu đây "
        "là các xã khác nhau, hãy ghi thêm huyện cho từng đài: office station rename "
        f'{one} --commune "Tân Sơn, huyện …" (hoặc bấm Đổi tên trên trang của đài)'
    )
    published = publish_as(desk, "Tân Sơn")
    assert reached(desk, published) == ["Tân Sơn", "Tân Sơn"]
    assert f"cảnh báo: {said}" in published.stderr
    sent = send(desk, "Lũ về.", "--to", "Tân Sơn")
    assert sent.exit_code == 0 and f"cảnh báo: {said}" in sent.stderr, sent.stderr
    aired = mai("office", "aired", "lu-1", "--db", desk.dsn, "--repo", str(desk.repo))
    assert aired.exit_code == 0 and said in aired.stdout, aired.stdout
    listed = mai("office", "station", "list", "--db", desk.dsn)
    assert listed.stdout.rstrip().endswith(said), listed.stdout
    with_accounts(desk.dsn)
    officer = Officer(console_app(desk.dsn))
    officer.log_in("ha")
    month = html.unescape(text(officer.get("/").text))
    assert said in month and "dành cho 1 xã" in month  # the note, and the one it counts
    assert said in html.unescape(text(officer.get("/stations/").text))
    # a group without either says nothing of them; a send to Hòa Bình alone neither
    assert said not in publish_as(desk, "Hòa Bình").stderr

    for code, district in ((one, "Tân Sơn"), (two, "Thanh Sơn")):  # two communes: named apart
        named = f"Tân Sơn, huyện {district}"
        renamed = mai("office", "station", "rename", code, "--commune", named, "--db", desk.dsn)
        assert renamed.exit_code == 0, renamed.stderr
    assert "không có gì phân biệt" not in mai("office", "station", "list", "--db", desk.dsn).stdout
    assert "không có gì phân biệt" not in publish_as(desk, "Tân Sơn, Thanh Sơn").stderr
