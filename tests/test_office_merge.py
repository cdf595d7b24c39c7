"""Communes merge (o23web11 V2–V4), as chị Mai follows the guide's step 12: a rename keeps the
name each log and each send was made under (the month report a head of office signs still
says which commune aired what), a commune's name shared by two stations is the whole commune
in `--to`, and a station a merge leaves over is retired, not revoked as stolen, naming the
campaigns nobody receives any more. Real PostgreSQL (the session's), in-process commands."""

from __future__ import annotations

import re
import shlex
from datetime import datetime, timedelta
from pathlib import Path

import psycopg
import pytest
from conftest import OFFICE_APPROVED
from servers import Postgres
from test_office_desk import Desk, mai, make_desk, publish_as, refused, send, sent_id, station_row
from test_office_quiet import logged

from office import OFFICE_ZONE
from office.db import open_office
from office.desk import Office

GUIDE = (Path(__file__).parent.parent / "docs" / "huong-dan-van-phong.md").read_text("utf-8")


@pytest.fixture(autouse=True)
def _in_vietnamese(vietnamese: None) -> None:
    """Mai's machine speaks Vietnamese."""


def office(desk: Desk, *args: str) -> list[str]:
    """`broadcaster office …` against the desk's database: its lines (stdout, then stderr)."""
    first, *rest = args  # `office emergency` takes --db before its subcommand
    where = [first, "--db", desk.dsn, *rest] if first == "emergency" else [*args, "--db", desk.dsn]
    said = mai("office", *where)
    assert said.exit_code == 0, said.stderr + said.stdout
    return [*said.stdout.splitlines(), *said.stderr.splitlines()]


def with_son_thuy(postgres: Postgres, tmp_path: Path, group: str) -> tuple[Desk, str]:
    """Mai's office (Tân Lập in ven-song, Hòa Bình in vung-nui) and Sơn Thủy in `group`."""
    desk = make_desk(postgres, tmp_path)
    with open_office(desk.dsn) as conn:
        return desk, station_row(conn, "Sơn Thủy", group, at=OFFICE_APPROVED)


def test_the_month_report_names_each_commune_as_it_was_before_and_after_the_merge(
    postgres: Postgres, tmp_path: Path
) -> None:
    """V3: both stations renamed "Tân Sơn" at 13:02 on 01/12; November's report printed
    afterwards said Tân Sơn for Sơn Thủy's airings, and December's too for those before the
    merge. The name a commune had then is said, and today's where it changed."""
    desk, son_thuy = with_son_thuy(postgres, tmp_path, "ven-song")
    merged = datetime(2026, 12, 1, 13, 2, tzinfo=OFFICE_ZONE)
    with open_office(desk.dsn) as conn:
        [(key,)] = conn.execute("SELECT key_id FROM stations WHERE commune = 'Sơn Thủy'")
        logged(conn, key, [
            {"status": "aired", "started_at": at} for at in (
                datetime(2026, 11, 20, 7, tzinfo=OFFICE_ZONE), merged - timedelta(hours=6),
                merged + timedelta(hours=2))
        ])  # fmt: skip
    with Office.open(desk.dsn, clock=lambda: merged) as at_merge:
        at_merge.rename(son_thuy, "Tân Sơn")
        at_merge.rename(desk.tan_lap, "Tân Sơn")
    # each told apart by its station's own name (w31office: by its code's first digits)
    st, tl = "(Đài truyền thanh xã Sơn Thủy)", "(Đài truyền thanh xã Tân Lập)"
    with Office.open(desk.dsn, clock=lambda: merged + timedelta(days=1)) as later:
        november, december = (later.report(month) for month in ("11/2026", "12/2026"))
    assert {line.station: line.commune for line in november.communes} == {
        "Đài truyền thanh xã Sơn Thủy": f"Sơn Thủy (nay: Tân Sơn {st})",
        "Đài truyền thanh xã Tân Lập": f"Tân Lập (nay: Tân Sơn {tl})",
        "Đài truyền thanh xã Hòa Bình": "Hòa Bình",
    }
    assert [line.commune for line in november.versions] == [f"Sơn Thủy (nay: Tân Sơn {st})"]
    assert {line.station: line.commune for line in december.communes} == {
        "Đài truyền thanh xã Sơn Thủy": f"Tân Sơn {st} (trước đây: Sơn Thủy)",
        "Đài truyền thanh xã Tân Lập": f"Tân Sơn {tl} (trước đây: Tân Lập)",
        "Đài truyền thanh xã Hòa Bình": "Hòa Bình",
    }
    [aired] = [line for line in december.communes if line.station.endswith("Sơn Thủy")]
    assert aired.totals.counts["aired"] == 2  # both sides of the merge, one line


def test_a_commune_kept_on_two_stations_is_named_whole_and_old_sends_keep_their_names(
    postgres: Postgres, tmp_path: Path
) -> None:
    """V4 and V3: the second rename to "Tân Sơn" said nothing of the first, `--to "Tân Sơn"`
    was refused ("ghi tên một đài"), and the emergency sent to Sơn Thủy before the merge was
    listed as sent to Tân Sơn."""
    desk, son_thuy = with_son_thuy(postgres, tmp_path, "vung-nui")
    before = sent_id(send(desk, "Khẩn cấp: sạt lở ở bản trên, không đi qua dốc.", "--to",
                          "Sơn Thủy"))  # fmt: skip
    [first] = office(desk, "station", "rename", son_thuy, "--commune", "Tân Sơn")
    assert first == (
        f"Đài {son_thuy} nay mang tên Tân Sơn; những gì đài đã ghi hoặc đã nhận trước đây vẫn "
        "mang tên lúc đó"
    )
    # each by its station's own name (w31office)
    st, tl = "(Đài truyền thanh xã Sơn Thủy)", "(Đài truyền thanh xã Tân Lập)"
    _renamed, shared = office(desk, "station", "rename", desk.tan_lap, "--commune", "xã tân  sơn")
    assert shared.startswith(  # with or without "Xã", one name (V6)
        f"2 đài nay cùng mang tên xã tân sơn (xã tân sơn {tl}, Tân Sơn {st}): tin khẩn cấp hay "
        'chiến dịch gửi tới "xã tân sơn" tới tất cả các đài đó'
    ), shared
    whole = sent_id(send(desk, "Khẩn cấp: nước sông lên nhanh, bà con xã Tân Sơn chú ý.",
                         "--to", "Tân Sơn"))  # fmt: skip
    alone = sent_id(send(desk, "Khẩn cấp: cháy rừng ở đồi thông.", "--to", f"Tân Sơn {st}"))
    coded = sent_id(
        send(desk, "Khẩn cấp: cháy rừng ở đồi thông thứ hai.", "--to", f"Tân Sơn {son_thuy[:5]}")
    )  # as pages named it before: still one
    with psycopg.connect(desk.dsn) as conn:
        reached: dict[str, list[str]] = dict(conn.execute(
            "SELECT r.emergency_id, array_agg(s.fingerprint ORDER BY s.fingerprint) FROM "
            "emergency_reports r JOIN stations s USING (key_id) GROUP BY 1"
        ).fetchall())  # fmt: skip
    assert reached[whole] == sorted([son_thuy, desk.tan_lap])
    assert reached[alone] == reached[coded] == [son_thuy]
    status = office(desk, "emergency", "status", before)
    assert any(line.startswith(f"Sơn Thủy (nay: Tân Sơn {st})") for line in status), status
    [listed] = [line for line in office(desk, "emergency", "list") if before in line]
    assert f"Sơn Thủy (nay: Tân Sơn {st})" in listed, listed


def test_a_station_retired_in_a_merge_names_the_campaigns_no_commune_receives_now(
    postgres: Postgres, tmp_path: Path
) -> None:
    """V2: Sơn Thủy's station revoked as if stolen, and the campaign published for it alone
    went to nobody while `publish` still said whom it was for. Retired, it is named so, and so
    are the campaign and every later line about it; naming it again is refused with why."""
    desk, son_thuy = with_son_thuy(postgres, tmp_path, "vung-nui")
    assert publish_as(desk, "Sơn Thủy").exit_code == 0
    aired_at = datetime.now(OFFICE_ZONE)
    with open_office(desk.dsn) as conn:
        [(key,)] = conn.execute("SELECT key_id FROM stations WHERE commune = 'Sơn Thủy'")
        logged(conn, key, [{"status": "aired", "started_at": aired_at}], {
            "announcement_id": "lu-1", "campaign": "lu-ven-song", "title": "Cảnh báo lũ",
            "upstream_version": 1})  # fmt: skip
    said = office(desk, "station", "retire", son_thuy, "--reason", "Sáp nhập vào xã Tân Sơn",
                  "--by", "mai", "--yes")  # fmt: skip
    assert said[0] == (
        f"Đài Sơn Thủy ({son_thuy}) đã thôi hoạt động: văn phòng không gửi gì cho đài này nữa; "
        "những gì đài đã ghi vẫn ở trong các báo cáo, ghi là đã thôi hoạt động"
    )
    assert (
        "cảnh báo: chiến dịch lu-ven-song chỉ dành cho đài này: từ nay không xã nào nhận; phát "
        "hành lại với --to các xã cần phát (publish --to TÊN campaigns/lu-ven-song)"
    ) in said, said
    assert not [line for line in said if "thu hồi" in line], said
    [row] = [line for line in office(desk, "station", "list") if line.startswith(son_thuy)]
    assert "đã thôi hoạt động" in row and "thu hồi" not in row, row
    plain = publish_as(desk)
    assert (
        f"lu-ven-song dành cho: xã Sơn Thủy ({son_thuy[:5]}, đã thôi hoạt động) (như lần trước; "
        "cho mọi xã: --everyone)"
    ) in plain.stdout.splitlines(), plain.stdout
    assert "cảnh báo: chiến dịch lu-ven-song không tới xã nào" in plain.stderr, plain.stderr
    again = refused(send(desk, "Khẩn cấp: lũ về.", "--to", son_thuy[:5]))
    assert "đã thôi hoạt động" in again and "Sáp nhập vào xã Tân Sơn" in again, again
    renamed = refused(mai("office", "station", "rename", son_thuy, "--commune", "Tân Sơn",
                          "--db", desk.dsn))  # fmt: skip
    assert "đã thôi hoạt động" in renamed and "khóa mới" not in renamed, renamed
    with Office.open(desk.dsn) as later:
        lines = {line.station: line.commune for line in later.report(f"{aired_at:%m/%Y}").communes}
    days = {f"{day:%d/%m/%Y}" for day in (aired_at, datetime.now(OFFICE_ZONE))}  # 0h between
    assert lines["Đài truyền thanh xã Sơn Thủy"] in {
        f"Sơn Thủy (đã thôi hoạt động ngày {day})" for day in days
    }, lines
    aired = office(desk, "aired", "lu-ven-song")
    assert any("Sơn Thủy (đã thôi hoạt động)" in line for line in aired), aired
    assert aired[-1] == (
        "Chiến dịch này nay không tới xã nào: các đài được nhận đã thôi hoạt động hoặc bị thu "
        "hồi; hãy phát hành lại với --to các xã cần phát."
    ), aired


def guide_commands(section: str) -> list[str]:
    """The `broadcaster …` lines of the guide's section `section`, in order."""
    start = GUIDE.index(section)
    end = GUIDE.find("\n## ", start + 1)
    text = GUIDE[start : end if end > 0 else None]
    blocks = re.findall(r"^```sh\n(.*?)^```", text, re.M | re.S)
    return [
        line for block in blocks for line in block.splitlines() if line.startswith("broadcaster ")
    ]


def test_the_guide_s_merge_commands_work_as_written(
    postgres: Postgres, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The guide's step 12 as Mai types it in /srv/vhtt (office.toml there), with her codes."""
    desk, son_thuy = with_son_thuy(postgres, tmp_path, "vung-nui")
    work = tmp_path / "vhtt"
    (work / "chien-dich" / "ve-sinh").mkdir(parents=True)
    (work / "chien-dich" / "ve-sinh" / "ve-sinh.md").write_text(
        "---\nid: ve-sinh-1\ntitle: Tổng vệ sinh đường làng\ncampaign: ve-sinh\n"
        "campaign_title: Tổng vệ sinh\n---\n"
        "Sáng chủ nhật, bà con cùng dọn vệ sinh đường làng.\n",
        encoding="utf-8",
    )
    monkeypatch.chdir(work)
    init = mai("office", "init", "--db", desk.dsn, "--keys", str(desk.keys), "--repo",
               str(desk.repo))  # fmt: skip
    assert init.exit_code == 0, init.stderr
    first = mai("publish", "--to", "Sơn Thủy", "chien-dich/ve-sinh")
    assert first.exit_code == 0, first.stderr
    commands = guide_commands("## 12. Khi xã sáp nhập")
    assert [shlex.split(c)[1:4] for c in commands] == [
        ["office", "station", "rename"], ["office", "station", "rename"],
        ["office", "emergency", "--text"], ["publish", "--to", "Tân Sơn"],
        ["office", "station", "rename"], ["office", "station", "retire"],
    ]  # fmt: skip
    codes = {"31615-…": desk.tan_lap, "47102-…": son_thuy}
    out = []
    for command in commands[:2] + commands[4:] + commands[2:4]:  # one way, then sends
        args = [codes.get(arg, arg) for arg in shlex.split(command)[1:]]
        if args[:3] == ["office", "station", "retire"]:
            args.append("--yes")  # the guide's `y` to the question
        done = mai(*args)
        assert done.exit_code == 0, (command, done.stderr)
        out += [*done.stdout.splitlines(), *done.stderr.splitlines()]
    assert any(line.startswith("cảnh báo: chiến dịch ve-sinh chỉ dành cho đài này") for line in
               out), out  # fmt: skip
    assert any("tới 1 đài" in line for line in out), out  # Tân Sơn is the kept station now
    listed = mai("publish", "--list").stdout
    assert "ve-sinh (phiên bản" in listed and "dành cho: xã Tân Sơn" in listed, listed
