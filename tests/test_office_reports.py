"""The office's reports and answers as chị Mai, an officer of the district culture office,
reads them (office trial twelve, F9–F14, F16, F19, C1, C2): the PDF her boss signs, the XLSX
printed, which communes aired a campaign, the emergencies apart from planned airings, a
commune that never sent its log, a month not begun, the stations' list."""

from __future__ import annotations

import csv
import functools
import re
import subprocess
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import CardStandIn, Run, copy_station, make_tone, template_folder, write_script
from test_office import NOVEMBER, Office, commune, enrolled, office, template, ticking

from audio_out.sinks import FileSink
from broadcaster import office_link
from broadcaster.airing import air
from broadcaster.airing_lines import FORM, SOURCE, TITLE
from broadcaster.airing_log import Occasion, Trigger
from broadcaster.records import UpstreamRequest
from broadcaster.station import Station
from common.localtime import local_text
from office import OFFICE_ZONE
from office.report import COMMUNE_HEADINGS, VERSION_HEADINGS

__all__ = ["office", "template"]  # the fixtures, shared with test_office

DENGUE = ("phong-dich-t12", "Phòng chống dịch bệnh và làm CCCD tháng 12")
FLOOD = ("lu-ven-song", "Phòng chống lũ các xã ven sông")
NOTICES = {
    "sxh-canh-bao-t12": ("Cảnh báo sốt xuất huyết", DENGUE),
    "cccd-nhac-lam-t12": ("Nhắc làm căn cước", DENGUE),
    "lu-canh-bao-t12": ("Cảnh báo lũ cho các xã ven sông", FLOOD),
}
SENT = ("20261110-080000-a893d7", "20261110-080030-89ed87", "20261110-090000-c883eb")
"""The office's emergencies: two sent in the same minute (their titles are alike)."""


@dataclass
class Trial:
    tan_lap: Path
    hoa_binh: Path


@pytest.fixture
def trial(template: Path, office: Office, tmp_path: Path) -> Trial:
    """Tân Lập (ven-song) airs both notices of the dengue campaign and the flood warning
    once, three emergencies from the office and one of its own; Hòa Bình (vung-nui)
    enrolled and never sent its log. Their stores are copies of ones made so once per test
    process (w22speed: the speech and the programs of ~15 tests), enrolled at this test's
    office and pushed with the clock Tân Lập aired by."""
    made, pushed_at = _trial_template(template)
    tan_lap, hoa_binh = (copy_station(made / name, tmp_path / name) for name in COMMUNES)
    enrolled(office, tan_lap, "ven-song")
    enrolled(office, hoa_binh, "vung-nui")
    office_link.push(Station.open(tan_lap, ticking(pushed_at)))
    return Trial(tan_lap, hoa_binh)


COMMUNES = ("Xã Tân Lập", "Xã Hòa Bình")


@functools.cache
def _trial_template(template: Path) -> tuple[Path, datetime]:
    """The trial's two communes, keyed as enrolled() keys them, Tân Lập's airings logged;
    and the next reading of Tân Lập's clock (its push reads it on, as it did when each test
    aired them itself)."""
    tmp_path = template_folder("trial-template-")
    tan_lap, hoa_binh = (commune(template, tmp_path, name) for name in COMMUNES)
    Station.open(hoa_binh)  # its key, made at its first opening
    Station.open(tan_lap)
    readings, read = ticking(NOVEMBER), []

    def clock() -> datetime:
        read.append(readings())
        return read[-1]

    station = Station.open(tan_lap, clock)
    make_tone(tmp_path / "a.wav", seconds=0.5, freq=550)
    scripts = [
        write_script(
            tmp_path,
            f"{notice}.md",
            "",
            id=notice,
            title=title,
            campaign=campaign,
            campaign_title=campaign_title,
            audio="a.wav",
        )
        for notice, (title, (campaign, campaign_title)) in NOTICES.items()
    ]
    station.add_announcements(scripts)
    for notice in NOTICES:
        station.approve(notice, "Lê Văn Nam")
    out = CardStandIn(tmp_path / "out")
    assert air(station, list(NOTICES), out).status == "aired"  # type: ignore[union-attr]
    for message in SENT:  # its id: when the office sent it, Vietnam time
        local = datetime.strptime(message[:15], "%Y%m%d-%H%M%S")
        issued = local.replace(tzinfo=UTC) - timedelta(hours=7)
        title = f"Thông báo khẩn cấp của cấp trên lúc {local:%H:%M} ngày {local:%d/%m/%Y}"
        number, notice = station.create_emergency(
            "cấp trên", audio=tmp_path / "a.wav",
            upstream=UpstreamRequest(message, title, issued, issued + timedelta(days=1)),
        )  # fmt: skip
        airing = air(station, [notice], out,
                     occasion=Occasion(Trigger.UPSTREAM_EMERGENCY, emergency=number))  # fmt: skip
        assert airing and airing.status == "aired"
    number, notice = station.create_emergency("Chủ tịch UBND xã", audio=tmp_path / "a.wav")
    airing = air(station, [notice], out, occasion=Occasion(Trigger.EMERGENCY, emergency=number))
    assert airing and airing.status == "aired"
    return tmp_path, read[-1] + timedelta(minutes=1)


def pdf_text(path: Path, *args: str) -> str:
    return subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip


HEADING = ("--issuer", "Phòng Văn hóa và Thông tin", "--parent", "UBND huyện Tân Phú",
           "--place", "Tân Phú", "--signer", "TRƯỞNG PHÒNG")  # fmt: skip


def test_the_report_her_boss_signs(trial: Trial, office: Office, run: Run, tmp_path: Path) -> None:
    """F11, F12, F14, F16: the table starts on page 1 under its heading; notices and
    campaigns by their titles, whole (ids only for the two emergencies titled alike);
    emergencies counted apart from what was planned; a commune that never sent its log is
    not vouched for and has no rate."""
    import openpyxl

    db = ("--db", office.dsn)
    pdf = tmp_path / "bc.pdf"
    run("office", "report", *db, "--month", "11/2026", "--format", "pdf", *HEADING, "-o", str(pdf))
    first_page = " ".join(pdf_text(pdf, "-f", "1", "-l", "1").split())
    assert "I. KẾT QUẢ PHÁT THANH THEO XÃ" in first_page
    assert "Xã Tân Lập" in first_page.split("I. KẾT QUẢ PHÁT THANH THEO XÃ")[1]
    flat = " ".join(pdf_text(pdf).split())
    assert not re.search(r"\w …", flat)  # no cell cut
    for title in ("Cảnh báo sốt xuất huyết", "Nhắc làm căn cước", DENGUE[1], FLOOD[1]):
        assert title in flat, title
    # its own emergencies are the office's: "cấp trên" is the province it reports to (review23 #3)
    assert "Tin khẩn cấp của văn phòng" in flat and "Tin khẩn cấp của xã" in flat
    assert "Tin khẩn cấp của cấp trên" not in flat
    assert f"khan-cap-tren-{SENT[0]}" in flat and f"khan-cap-tren-{SENT[1]}" in flat
    assert SENT[2] not in flat  # its title tells it apart
    assert re.search(r"Chưa gửi nhật (\S+ )?ký", flat)  # wrapped past the contact's time
    # o19web7 W7: "Số phút đã phát 0,0" beside 4 emergencies aired, and no word why
    apart = (r"Số phút đã phát, Tỷ lệ phát và Thông báo đã phát chỉ tính các lượt phát theo "
             r"khung giờ, như báo cáo của xã; tin khẩn cấp không tính vào các cột này mà được đếm "
             r"riêng ở cột Tin khẩn cấp đã phát \(các xã đã phát tin khẩn cấp tổng cộng \d+ "
             r"giây\)")  # fmt: skip
    assert re.search(apart, flat), flat

    run("office", "report", *db, "--month", "11/2026", "-o", str(tmp_path / "bc.xlsx"))
    book = openpyxl.load_workbook(tmp_path / "bc.xlsx")
    sheet = book["Tổng hợp theo xã"]
    top = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "STT")
    assert [c.value for c in sheet[top]] == list(COMMUNE_HEADINGS)
    assert re.search(apart, str(sheet.cell(top - 1, 1).value))  # above the table: rows stay data
    rows = {row[1]: dict(zip(COMMUNE_HEADINGS, row, strict=True))
            for row in sheet.iter_rows(min_row=top + 1, values_only=True)}  # fmt: skip
    tan_lap, hoa_binh = rows["Xã Tân Lập"], rows["Xã Hòa Bình"]
    assert (tan_lap["Kế hoạch"], tan_lap["Đã phát"], tan_lap["Tỷ lệ phát (%)"]) == (1, 1, 100.0)
    assert tan_lap["Tin khẩn cấp đã phát"] == 4
    assert tan_lap["Thông báo đã phát"] == (
        "Cảnh báo lũ cho các xã ven sông v1 ×1; Cảnh báo sốt xuất huyết v1 ×1; "
        "Nhắc làm căn cước v1 ×1"
    )
    assert tan_lap["Nhật ký toàn vẹn"] == "Có"
    assert hoa_binh["Nhật ký toàn vẹn"] == "Chưa gửi nhật ký"
    assert hoa_binh["Kế hoạch"] == 0 and hoa_binh["Tỷ lệ phát (%)"] in (None, "")
    notices = book["Thông báo đã phát"]
    lines = [dict(zip(VERSION_HEADINGS, row, strict=True))
             for row in notices.iter_rows(min_row=top + 1, values_only=True)]  # fmt: skip
    dengue = next(line for line in lines if line["Mã thông báo"] == "sxh-canh-bao-t12")
    assert (dengue["Chiến dịch"], dengue["Thông báo"]) == (DENGUE[1], "Cảnh báo sốt xuất huyết")

    run("office", "report", *db, "--month", "11/2026", "--campaign", "phong-dich-t12",
        "--format", "pdf", "-o", str(tmp_path / "cd.pdf"))  # fmt: skip
    campaign = " ".join(pdf_text(tmp_path / "cd.pdf").split())
    assert f"chiến dịch “{DENGUE[1]}”" in campaign and "phong-dich-t12" not in campaign


def test_the_office_s_emergency_is_from_the_upstream_office_in_the_lines(
    trial: Trial, office: Office, run: Run, tmp_path: Path
) -> None:
    """F14: `office lines` gives an emergency the office sent as Cấp trên, and both kinds
    of emergency as Khẩn cấp (the station's own log export reads the same)."""
    run("office", "lines", "--db", office.dsn, "--month", "11/2026", "-o", str(tmp_path / "l.csv"))
    with (tmp_path / "l.csv").open(encoding="utf-8-sig", newline="") as f:
        lines = list(csv.reader(f))[1:]
    by_kind = {(line[SOURCE], line[FORM]) for line in lines if "khẩn cấp" in line[TITLE]}
    assert by_kind == {("Cấp trên", "Khẩn cấp"), ("Địa phương", "Khẩn cấp")}
    station = Station.open(trial.tan_lap)
    station.export_log("csv", tmp_path / "own.csv", NOVEMBER.date(), NOVEMBER.date())
    with (tmp_path / "own.csv").open(encoding="utf-8-sig", newline="") as f:
        own = [line for line in csv.reader(f) if len(line) > TITLE and "khẩn cấp" in line[TITLE]]
    assert {(line[SOURCE], line[FORM]) for line in own} == by_kind


def test_which_communes_aired_a_campaign_and_whom_it_was_not_for(
    trial: Trial, office: Office, run: Run, tmp_path: Path
) -> None:
    """F9, F10: `office aired` takes a campaign (every notice in it) or a notice and says
    which it took; a commune the campaign was not published for is named apart."""
    keys, repo, folder = tmp_path / "keys", tmp_path / "repo", tmp_path / "campaigns"
    run("keys", "init", "--keys", str(keys))
    (folder / "lu-ven-song").mkdir(parents=True)
    write_script(folder / "lu-ven-song", "01.md", "Nước sông đang lên.", id="lu-canh-bao-t12",
                 title=NOTICES["lu-canh-bao-t12"][0], campaign=FLOOD[0],
                 campaign_title=FLOOD[1])  # fmt: skip
    run("publish", str(folder / "lu-ven-song"), "--keys", str(keys), "--repo", str(repo),
        "--to", "ven-song", "--db", office.dsn)  # fmt: skip
    db = ("--db", office.dsn, "--repo", str(repo))

    out = run("office", "aired", "lu-ven-song", *db).stdout
    assert f"campaign “{FLOOD[1]}” (lu-ven-song), every notice in it" in out
    assert "1 commune(s) aired lu-ven-song; not aired in 0: -" in out
    assert "1 station(s) not in the groups it is for: Xã Hòa Bình" in out
    out = run("office", "aired", "phong-dich-t12", *db).stdout  # not in the repo: for everyone
    assert "Cảnh báo sốt xuất huyết" in out and "Nhắc làm căn cước" in out
    assert "1 commune(s) aired phong-dich-t12; not aired in 1: Xã Hòa Bình" in out
    out = run("office", "aired", "sxh-canh-bao-t12", *db).stdout
    assert "notice “Cảnh báo sốt xuất huyết” (sxh-canh-bao-t12)" in out
    refused = run("office", "aired", "khong-co", *db, code=1).stderr
    assert "no commune has logged a notice or a campaign 'khong-co'" in refused
    elsewhere = ("--db", office.dsn, "--repo", str(tmp_path / "khong-phai-kho"))
    refused = run("office", "aired", "lu-ven-song", *elsewhere, code=1).stderr
    assert "is not a repository (it has no metadata/root.json)" in refused


def test_a_month_not_begun_or_a_version_never_sent_is_refused(
    trial: Trial, office: Office, run: Run, tmp_path: Path
) -> None:
    """F19: one sentence, exit 1, no file written."""
    db = ("--db", office.dsn)
    later = datetime.now(UTC) + timedelta(days=40)
    month = f"{later:%m/%Y}"
    out = tmp_path / "future.csv"
    for command in (("report", "--format", "csv", "-o", str(out)), ("lines", "-o", str(out)),
                    ("aired", "sxh-canh-bao-t12")):  # fmt: skip
        said = run("office", *command, *db, "--month", month, code=1).stderr
        assert f"tháng {month} has not begun yet" in said, command
    assert not out.exists()
    said = run("office", "aired", "sxh-canh-bao-t12", "--version", "2", *db, code=1).stderr
    assert "'sxh-canh-bao-t12' has no version 2 in any commune's log; the versions logged: 1" in (
        said
    )


def test_the_xlsx_prints_whole_under_the_office_s_heading(
    trial: Trial, office: Office, run: Run, tmp_path: Path
) -> None:
    """F13: printed through LibreOffice, every date and id shows whole (no ###), under the
    office's heading."""
    out = tmp_path / "bc.xlsx"
    run("office", "report", "--db", office.dsn, "--month", "11/2026", *HEADING, "-o", str(out))
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(out)],
                   check=True, capture_output=True, timeout=120)  # fmt: skip
    text = pdf_text(tmp_path / "bc.pdf", "-layout")
    assert "###" not in text
    assert text.lstrip().startswith("UBND HUYỆN TÂN PHÚ")
    assert "PHÒNG VĂN HÓA VÀ THÔNG TIN" in text
    assert re.search(r"10/11/2026 08:\d\d\b", text)  # a first airing's date and time, whole
    for notice in NOTICES:
        assert notice in text, notice


def test_the_stations_list_says_what_each_column_is(trial: Trial, office: Office, run: Run) -> None:
    """C1: a heading row; a station that never sent its log says so."""
    out = run("office", "station", "list", "--db", office.dsn).stdout.splitlines()
    assert out[0].split("  ")[0] == "Fingerprint"
    for heading in ("Status", "Commune", "Log received up to airing #", "Last contact", "Groups"):
        assert heading in out[0]
    hoa_binh = next(line for line in out if "Xã Hòa Bình" in line)
    assert "none" in hoa_binh and "vung-nui" in hoa_binh


def test_a_campaign_published_that_nobody_aired_yet_is_no_typo(
    trial: Trial, office: Office, run: Run, tmp_path: Path
) -> None:
    """o12offb N6: `office aired` on a campaign published minutes ago answered as if its
    name were mistyped; the repository knows it and whom it is for. Headed by the notice's
    title as published, not its code twice (o20web8 X6); once withdrawn, it says so, and
    who aired it before, not that she mistyped (X3)."""
    keys, repo, folder = tmp_path / "keys", tmp_path / "repo", tmp_path / "campaigns" / "ret-dam"
    run("keys", "init", "--keys", str(keys))
    folder.mkdir(parents=True)
    write_script(folder, "01.md", "Trời rét đậm, bà con giữ ấm cho trẻ nhỏ.", id="ret-dam-t12",
                 title="Giữ ấm cho trẻ nhỏ", campaign="ret-dam",
                 campaign_title="Phòng chống rét đậm")  # fmt: skip
    run("publish", str(folder), "--keys", str(keys), "--repo", str(repo), "--to", "ven-song",
        "--db", office.dsn)  # fmt: skip
    out = run("office", "aired", "ret-dam", "--db", office.dsn, "--repo", str(repo)).stdout
    assert "0 commune(s) aired ret-dam; not aired in 1: Xã Tân Lập" in out
    assert "1 station(s) not in the groups it is for: Xã Hòa Bình" in out
    # the office's database keeps whom it was published for: no repository needed, and a
    # notice's id answers as its campaign does
    for wanted in ("ret-dam", "ret-dam-t12"):
        out = run("office", "aired", wanted, "--db", office.dsn).stdout
        assert f"0 commune(s) aired {wanted}; not aired in 1: Xã Tân Lập" in out
        assert "1 station(s) not in the groups it is for: Xã Hòa Bình" in out
        assert (
            out.splitlines()[0]
            == {
                "ret-dam": "campaign “Phòng chống rét đậm” (ret-dam), every notice in it",
                "ret-dam-t12": "notice “Giữ ấm cho trẻ nhỏ” (ret-dam-t12)",
            }[wanted]
        )
    refused = run("office", "aired", "ret-dam-t13", "--db", office.dsn, code=1).stderr
    assert "no commune has logged a notice or a campaign 'ret-dam-t13'" in refused
    run("publish", "--withdraw", "ret-dam", "--keys", str(keys), "--repo", str(repo), "--db",
        office.dsn)  # fmt: skip
    [(withdrawn,)] = office.sql("SELECT withdrawn_at FROM campaigns WHERE name = 'ret-dam'")
    when = local_text(withdrawn, OFFICE_ZONE)
    for wanted in ("ret-dam", "ret-dam-t12"):
        out = run("office", "aired", wanted, "--db", office.dsn).stdout
        # none aired it: no "the communes below" above nobody (o22web10 Z6)
        assert f"The office withdrew it at {when}, before any commune aired it" in out, out
        reason = f"the office withdrew it at {withdrawn.astimezone(OFFICE_ZONE):%H:%M %d/%m/%Y}"
        assert f"0 commune(s) aired {wanted}; not aired in 1: Xã Tân Lập ({reason})" in out, out


def test_a_station_revoked_keeps_its_airings_in_the_month_report(
    trial: Trial, office: Office, run: Run, tmp_path: Path
) -> None:
    """Review twelve #3: Tân Lập's station is stolen and revoked after it pushed its month.
    The report still counts what it aired (as `office lines` does), the commune marked
    revoked; its group, now holding no station in use, is still a group to report on."""
    import openpyxl

    from broadcaster.identity import identity
    from office import OFFICE_ZONE

    db, stolen = ("--db", office.dsn), identity(trial.tan_lap).fingerprint
    run("office", "station", "revoke", stolen, *db, "--reason", "Bị mất trộm", "--yes")
    revoked = "SELECT revoked_at FROM stations WHERE fingerprint = %s"
    [(revoked_at,)] = office.sql(revoked, (stolen,))
    marked = f"Xã Tân Lập (đã thu hồi ngày {revoked_at.astimezone(OFFICE_ZONE):%d/%m/%Y})"
    for group in ((), ("--group", "ven-song")):
        out = tmp_path / f"bc{len(group)}.xlsx"
        run("office", "report", *db, "--month", "11/2026", *group, "-o", str(out))
        sheet = openpyxl.load_workbook(out)["Tổng hợp theo xã"]
        top = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "STT")
        rows = {row[1]: dict(zip(COMMUNE_HEADINGS, row, strict=True))
                for row in sheet.iter_rows(min_row=top + 1, values_only=True)}  # fmt: skip
        assert set(rows) == {marked} | ({"Xã Hòa Bình"} if not group else set()), group
        assert (rows[marked]["Đã phát"], rows[marked]["Tin khẩn cấp đã phát"]) == (1, 4)
    run("office", "lines", *db, "--month", "11/2026", "--group", "ven-song",
        "-o", str(tmp_path / "l.csv"))  # fmt: skip
    with (tmp_path / "l.csv").open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.reader(f))[1:]) == 3 + 4  # three notices, four emergencies


def test_an_emergency_a_commune_never_aired_is_counted_in_every_format(
    trial: Trial, office: Office, run: Run, tmp_path: Path
) -> None:
    """The office sent its three emergencies to both communes: Tân Lập aired them (its log
    says so, its reports were lost), Hòa Bình never did (its link was down). Each format and
    `office emergency status` count them per commune; the one cancelled counts for nobody."""
    import openpyxl
    import psycopg

    with psycopg.connect(office.dsn) as conn:
        keys = [key for (key,) in conn.execute("SELECT key_id FROM stations")]
        for message in SENT:
            local = datetime.strptime(message[:15], "%Y%m%d-%H%M%S")
            issued = local.replace(tzinfo=UTC) - timedelta(hours=7)
            conn.execute(
                "INSERT INTO emergencies (id, issued_at, valid_until, title, text, sent_by, "
                "envelope, cancelled_at, cancelled_by) VALUES (%s, %s, %s, 't', 'Bão', 'Mai', "
                "'', %s, %s)",
                [message, issued, issued + timedelta(minutes=30),
                 issued + timedelta(minutes=1) if message == SENT[2] else None, "Mai"],
            )  # fmt: skip
            for key in keys:
                conn.execute(
                    "INSERT INTO emergency_reports (emergency_id, key_id) VALUES (%s, %s)",
                    [message, key],
                )
    db = ("--db", office.dsn)
    for fmt in ("xlsx", "csv"):
        run("office", "report", *db, "--month", "11/2026", "--format", fmt,
            "-o", str(tmp_path / f"bc.{fmt}"))  # fmt: skip
    sheet = openpyxl.load_workbook(tmp_path / "bc.xlsx")["Tổng hợp theo xã"]
    top = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "STT")
    rows = {row[1]: dict(zip(COMMUNE_HEADINGS, row, strict=True))
            for row in sheet.iter_rows(min_row=top + 1, values_only=True)}  # fmt: skip
    missed = {commune: row["Tin khẩn cấp chưa phát"] for commune, row in rows.items()}
    assert missed == {"Xã Tân Lập": 0, "Xã Hòa Bình": 2}
    # o14web F2: the cancelled one, labelled so, was listed as a notice Hòa Bình had not aired
    unaired = openpyxl.load_workbook(tmp_path / "bc.xlsx")["Chưa phát"]
    listed = [row[1] for row in unaired.iter_rows(min_row=5, values_only=True)]
    assert listed and not any("khẩn cấp" in str(campaign) for campaign in listed), listed
    with (tmp_path / "bc.csv").open(encoding="utf-8-sig", newline="") as f:
        table = list(csv.reader(f))
    top = next(n for n, row in enumerate(table) if row[:1] == ["STT"])
    column = table[top].index("Tin khẩn cấp chưa phát")
    assert {row[1]: row[column] for row in table[top + 1 : top + 3]} == {
        "Xã Tân Lập": "0", "Xã Hòa Bình": "2"
    }  # fmt: skip
    pdf = tmp_path / "bc.pdf"
    run("office", "report", *db, "--month", "11/2026", "--format", "pdf", *HEADING, "-o", str(pdf))
    flat = " ".join(pdf_text(pdf).split())
    assert "chưa phát" in flat
    said = run("office", "emergency", *db, "status", SENT[0]).stdout
    assert "Emergency not aired at 1 station(s): Xã Hòa Bình" in said
    said = run("office", "emergency", *db, "status", SENT[2]).stdout
    assert "not aired in" not in said and "Cancelled at" in said, said


def test_a_campaign_titled_in_one_notice_is_titled_on_every_line(
    template: Path, office: Office, run: Run, tmp_path: Path
) -> None:
    """o13net K4: the report's 'Chiến dịch' showed the folder's id 'mua-mua' for a notice
    written without 'campaign_title' although its sister notice names the campaign."""
    import openpyxl

    root = commune(template, tmp_path, "Xã Tân Lập")
    enrolled(office, root, "ven-song")
    station = Station.open(root, ticking(NOVEMBER))
    make_tone(tmp_path / "a.wav", seconds=0.5, freq=550)
    titled = {"campaign_title": "Mùa mưa bão 2026"}
    scripts = [
        write_script(tmp_path, f"{notice}.md", "", id=notice, title=title, campaign="mua-mua",
                     audio="a.wav", **front)
        for notice, title, front in (("sat-lo-t12", "Cảnh báo sạt lở mùa mưa", titled),
                                     ("nuoc-sach-t12", "Giữ nước sạch sau lũ", {}))
    ]  # fmt: skip
    station.add_announcements(scripts)
    for notice in ("sat-lo-t12", "nuoc-sach-t12"):
        station.approve(notice, "Lê Văn Nam")
    airing = air(station, ["sat-lo-t12", "nuoc-sach-t12"], CardStandIn(tmp_path / "out"))
    assert airing and airing.status == "aired"
    office_link.push(station)
    run("office", "report", "--db", office.dsn, "--month", "11/2026", "--format", "xlsx",
        "-o", str(tmp_path / "bc.xlsx"))  # fmt: skip
    notices = openpyxl.load_workbook(tmp_path / "bc.xlsx")["Thông báo đã phát"]
    top = next(r for r in range(1, 10) if notices.cell(r, 1).value == "STT")
    lines = [dict(zip(VERSION_HEADINGS, row, strict=True))
             for row in notices.iter_rows(min_row=top + 1, values_only=True)]  # fmt: skip
    assert {line["Mã thông báo"]: line["Chiến dịch"] for line in lines} == {
        "sat-lo-t12": "Mùa mưa bão 2026", "nuoc-sach-t12": "Mùa mưa bão 2026"
    }  # fmt: skip


def test_silent_takes_and_says_a_fraction_of_an_hour_as_vietnamese_writes_it(
    office: Office, run: Run, vietnamese: None
) -> None:
    """o13net K2: '0.05 giờ' with a point (a thousands mark in Vietnamese), and no help."""
    for typed in ("0,05", "0.05"):
        said = run("office", "silent", "--db", office.dsn, "--hours", typed).stdout
        assert "0 đài không liên lạc quá 0,05 giờ" in said, said
    shown = run("office", "silent", "--help").stdout
    assert "Không liên lạc quá số giờ này (0,5 là nửa giờ)." in " ".join(shown.split())


START = datetime(2026, 11, 10, 7, 0, tzinfo=OFFICE_ZONE)
"""The morning the slot tests start: 10/11/2026 07:00, before its slot."""


@dataclass
class Morning:
    """A commune enrolled at the office, its one slot 'sang' at 07:30 from START, a minute's
    grace, on a clock the test moves."""

    station: Station
    clock: Any
    runner: Any

    def air(self, day: int) -> None:
        """Its slot of START's day + `day` airs at its time, and is logged."""
        self.clock.now = START + timedelta(days=day, minutes=30)
        [due] = self.runner.upcoming(timedelta(minutes=1))
        assert self.runner.air_planned(due)
        self.clock.now += timedelta(minutes=5)
        self.runner.settle()

    def set_right(self, at: datetime) -> None:
        """Its clock, run ahead, set back to `at`, and she confirms it (Lan)."""
        from broadcaster.clock import utc_iso

        self.clock.now = at
        fault = self.station.clock_fault()
        assert fault and fault.last_life
        self.station.confirm_clock(utc_iso(fault.last_life), utc_iso(fault.now), "Lan")


def morning(
    template: Path,
    office: Office,
    tmp_path: Path,
    name: str = "Xã Tân Lập",
    clock: Any = None,
    sink: type[FileSink] = CardStandIn,
) -> Morning:
    from conftest import SetClock, set_config

    from broadcaster.runner import Runner
    from broadcaster.schedule import add_slots
    from schedules.slots import make_slot

    root = commune(template, tmp_path, name)
    set_config(root, "grace_minutes", "1.0")
    enrolled(office, root)
    clock = clock or SetClock(START)
    station = Station.open(root, clock)
    add_slots(station, [make_slot("sang", "07:30", announcements=["tb"], created_at=START)])
    return Morning(station, clock, Runner(station, sink(root / "out")))


def test_slots_a_fast_clock_logged_missed_count_once_aired_at_the_office(
    template: Path, office: Office, run: Run, tmp_path: Path
) -> None:
    """w27commune 1: Tân Lập's clock ran three days ahead and logged those days' slots
    missed, which went to the office; set right and confirmed, each slot aired at its real
    time, its row naming the missed one it takes the place of. The office's month counts
    each slot once, aired, and nothing missed; the missed rows are still there, verified."""
    from conftest import query

    tan_lap = morning(template, office, tmp_path)
    station, root = tan_lap.station, tan_lap.station.root
    tan_lap.clock.now = START + timedelta(days=3, minutes=45)  # the clock runs three days ahead
    tan_lap.runner.settle()
    assert office_link.push(station).sent == 4  # 10/11 to 13/11 07:30: missed, sent
    tan_lap.set_right(START + timedelta(minutes=20))  # she compares it with her phone
    for day in range(4):
        tan_lap.air(day)
    assert office_link.push(station).sent == 8  # the 4 voids (w28void), then the 4 airings
    assert office.sql(
        "SELECT seq, status, row->>'supersedes' FROM airings ORDER BY seq"
    ) == [(1, "missed", None), (2, "missed", None), (3, "missed", None), (4, "missed", None),
          (5, "voided", "1"), (6, "voided", "2"), (7, "voided", "3"), (8, "voided", "4"),
          (9, "aired", "5"), (10, "aired", "6"), (11, "aired", "7"),
          (12, "aired", "8")]  # fmt: skip
    assert query(root, "SELECT seq FROM voided_airings") == [(n,) for n in range(1, 9)]
    run(
        "office", "report", "--db", office.dsn, "--month", "11/2026", "-o", str(tmp_path / "b.xlsx")
    )
    line = _commune_line((tmp_path / "b.xlsx").read_bytes())
    assert (line["Kế hoạch"], line["Đã phát"], line["Bỏ lỡ"]) == (4, 4, 0), line
    assert line["Nhật ký toàn vẹn"] == "Có"
    # a row naming what it supersedes names an earlier airing, or it is refused
    [row] = office_link._sealed_after(station, 11, 1)
    for wrong in (12, 13, 0, "5", 5.0):
        answer = office_link.client(station).push(12, [{**row, "supersedes": wrong}])
        assert (answer.status, answer.body["code"]) == (400, "malformed"), (wrong, answer.body)
    # v28review: a second row taking the place of one already taken would count the slot
    # twice; sealed and signed as a station would, it is refused, and nothing of its batch kept
    from broadcaster.log_chain import content_hash

    [again] = office_link._sealed_after(station, 8, 1)  # #9 takes the place of #5
    plain = {k: v for k, v in row.items() if k != "supersedes"} | {"seq": 13}
    plain |= {"prev_hash": row["row_hash"], "row_hash": content_hash(row["row_hash"], plain)}
    twin = again | {"seq": 14, "prev_hash": plain["row_hash"]}
    twin["row_hash"] = content_hash(plain["row_hash"], twin)
    answer = office_link.client(station).push(13, [plain, twin])
    assert (answer.status, answer.body["code"]) == (400, "malformed"), answer.body
    assert "#14" in answer.body["reason"] and "#9" in answer.body["reason"], answer.body
    assert office.sql("SELECT max(seq) FROM airings") == [(12,)]


def test_a_commune_that_aired_only_into_a_file_has_not_aired_at_the_office(
    template: Path, office: Office, run: Run, tmp_path: Path
) -> None:
    """w28filesink 1: Tân Lập's computer has no sound card, so its station writes each airing
    into a file; its own report counts them "Không ra loa" (w28commune 2), but the office
    counted them "Đã phát" and `office aired` named it among the communes that aired the
    notice. Now the office reads the sink its pushed rows carry, by the station's rule."""
    tan_lap = morning(template, office, tmp_path, sink=FileSink)
    for day in range(2):
        tan_lap.air(day)
    assert office_link.push(tan_lap.station).sent == 2
    run("office", "report", "--db", office.dsn, "--month", "11/2026",
        "-o", str(tmp_path / "b.xlsx"))  # fmt: skip
    xlsx = (tmp_path / "b.xlsx").read_bytes()
    line = _commune_line(xlsx)
    counted = ("Kế hoạch", "Đã phát", "Không ra loa", "Số phút đã phát", "Tỷ lệ phát (%)")
    assert tuple(line[c] for c in counted) == (2, 0, 2, 0, 0), line
    notes = _below_the_communes(xlsx)
    assert any("Cột “Không ra loa” đếm lượt phát mà đài của xã chỉ ghi ra tệp" in n
               and "Xã Tân Lập 2 lượt" in n for n in notes), notes  # fmt: skip
    said = run("office", "aired", "tb", "--db", office.dsn).stdout
    assert said.splitlines()[-1] == (
        "0 commune(s) aired tb; not aired in 1: Xã Tân Lập (aired "
        "only into a file, the loudspeakers did not play it)"
    ), said


def test_an_older_version_aired_only_into_a_file_is_no_version_aired(
    template: Path, office: Office, run: Run, tmp_path: Path
) -> None:
    """w30office 1: Hòa Bình's station writes its airings into a file (no sound card) and
    aired version 1 of tb so; Tân Lập aired version 2 on its loudspeakers. Asked who aired
    version 2, the office said Hòa Bình "aired only version 1": its people heard no version.
    A version counts as aired at the office only where the loudspeakers played it."""
    tan_lap = morning(template, office, tmp_path)
    tan_lap.air(0)
    second_version(tan_lap.station, tmp_path)
    tan_lap.air(1)
    hoa_binh = morning(template, office, tmp_path, "Xã Hòa Bình", sink=FileSink)
    hoa_binh.air(0)
    for pushing in (tan_lap, hoa_binh):
        office_link.push(pushing.station)
    said = run("office", "aired", "tb", "--version", "2", "--db", office.dsn).stdout
    last = said.splitlines()[-1]
    assert last.startswith(
        "1 commune(s) aired tb v2; not aired in 1: Xã Hòa Bình (aired "
        "version 1 only into a file, the loudspeakers did not play it"
    ), said
    # where its loudspeakers did play version 1, it is said as before
    hoa_binh.runner = type(hoa_binh.runner)(hoa_binh.station, CardStandIn(tmp_path / "out"))
    hoa_binh.air(1)
    office_link.push(hoa_binh.station)
    said = run("office", "aired", "tb", "--version", "2", "--db", office.dsn).stdout
    assert "Xã Hòa Bình (aired only version 1" in said.splitlines()[-1], said


def second_version(station: Station, folder: Path) -> None:
    """The office's version 2 of tb at `station`, approved by its leader."""
    make_tone(folder / "tb2.wav", seconds=0.5, freq=660)
    station.add_announcements([write_script(
        folder, "tb.md", "", id="tb", title="Cài đặt Bluezone (bản 2)", campaign="bluezone",
        audio="tb2.wav")])  # fmt: skip
    station.approve("tb", "Chủ tịch UBND xã")


def test_both_versions_aired_only_into_a_file_are_said_once(
    template: Path, office: Office, run: Run, tmp_path: Path
) -> None:
    """v30review: Hòa Bình's station, no sound card, wrote version 1 of tb into a file, then
    version 2. Asked who aired version 2, the office said "chỉ ghi ra tệp, loa không phát;
    chỉ ghi phiên bản 1 ra tệp, loa không phát": one fact, twice. Said once now."""
    hoa_binh = morning(template, office, tmp_path, "Xã Hòa Bình", sink=FileSink)
    hoa_binh.air(0)
    second_version(hoa_binh.station, tmp_path)
    hoa_binh.air(1)
    office_link.push(hoa_binh.station)
    said = run("office", "aired", "tb", "--version", "2", "--db", office.dsn).stdout
    assert said.splitlines()[-1] == (
        "0 commune(s) aired tb v2; not aired in 1: Xã Hòa Bình (aired it only into a file, and "
        "version 1 before it too: the loudspeakers played neither)"
    ), said


def _below_the_communes(xlsx: bytes) -> list[str]:
    """The notes under the communes' table of a month report's XLSX."""
    import io

    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(xlsx))["Tổng hợp theo xã"]
    return [str(v) for (v,) in sheet.iter_rows(min_col=1, max_col=1, values_only=True) if v]


def _commune_line(xlsx: bytes) -> dict[str, Any]:
    """The one commune's line of a month report's XLSX."""
    import io

    import openpyxl

    sheet = openpyxl.load_workbook(io.BytesIO(xlsx))["Tổng hợp theo xã"]
    top = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "STT")
    [line] = [dict(zip(COMMUNE_HEADINGS, row, strict=True))
              for row in sheet.iter_rows(min_row=top + 1, values_only=True)]  # fmt: skip
    return line


def test_the_office_counts_no_row_a_fast_clock_dated_after_its_own_now(
    template: Path, office: Office, tmp_path: Path, vietnamese: None
) -> None:
    """w27void 1: Tân Lập aired 10/11, then its clock ran four days ahead and logged 11/11 to
    14/11 missed, sent to the office. Set right and confirmed, those rows are void at the
    station, and each slot's real airing comes later. Meanwhile Mai's month (the console's,
    on the office's clock) counts no row dated after the office's now: 10/11 aired, nothing
    missed; the page says its station's clock ran ahead, and how many rows wait for their
    time. On 11/11 its slot airs and takes the place of its missed row; the next morning
    the month counts two aired, none missed, and the log whole (every row a link of it,
    counted or not)."""
    from conftest import SetClock
    from test_office_web import Officer, console_app, text, with_accounts

    tan_lap = morning(template, office, tmp_path)
    station = tan_lap.station
    tan_lap.air(0)
    tan_lap.clock.now = START + timedelta(days=4, minutes=45)  # the clock runs four days ahead
    tan_lap.runner.settle()
    assert office_link.push(station).sent == 5  # 10/11 aired; 11/11 to 14/11 missed
    tan_lap.set_right(START + timedelta(hours=1))  # she compares it with her phone

    with_accounts(office.dsn)
    office_now = SetClock(START + timedelta(hours=1))
    mai = Officer(console_app(office.dsn, clock=office_now))
    mai.log_in("mai")

    def month() -> tuple[dict[str, Any], str]:
        line = _commune_line(mai.client.get("/report.xlsx?month=11/2026").data)
        return line, text(mai.get("/?month=11/2026").text)

    def printed() -> tuple[str, str]:
        """The month's PDF (its text, as read aloud) and the note above its XLSX's table."""
        import io

        import openpyxl

        pdf = tmp_path / "thang.pdf"
        pdf.write_bytes(mai.client.get("/report.pdf?month=11/2026").data)
        book = openpyxl.load_workbook(io.BytesIO(mai.client.get("/report.xlsx?month=11/2026").data))
        sheet = book["Tổng hợp theo xã"]
        top = next(r for r in range(1, 10) if sheet.cell(r, 1).value == "STT")
        return " ".join(pdf_text(pdf).split()), str(sheet.cell(top - 1, 1).value or "")

    line, page = month()
    assert (line["Kế hoạch"], line["Đã phát"], line["Bỏ lỡ"]) == (1, 1, 0), line
    assert "11/11" not in page and "14/11" not in page, page
    ahead = "Xã Tân Lập đồng hồ của đài từng chạy nhanh: {} lượt ghi đề giờ từ {} 07:30 trở đi"
    assert ahead.format(4, "ngày mai") + " chưa được tính cho đến khi tới giờ đó" in page, page
    said = ("Xã Tân Lập: đồng hồ của đài từng chạy nhanh: 4 lượt ghi đề giờ từ 07:30 ngày "
            "11/11/2026 trở đi chưa được tính cho đến khi tới giờ đó.")  # fmt: skip
    for where, words in zip(("pdf", "xlsx"), printed(), strict=True):  # w28void 2
        assert said in words, (where, words)
    tan_lap.air(1)
    assert office_link.push(station).sent == 5  # the 4 voids (w28void), 11/11's airing
    office_now.now = START + timedelta(days=2)  # 12/11 07:00: its slot not due yet
    line, page = month()
    assert (line["Kế hoạch"], line["Đã phát"], line["Bỏ lỡ"]) == (2, 2, 0), line
    assert line["Nhật ký toàn vẹn"] == "Có"
    assert "12/11" not in page and "14/11" not in page, page
    assert "chạy nhanh" not in page, page  # the office knows its rows ahead are void
    assert not any("chạy nhanh" in words for words in printed())


def test_a_slot_removed_after_its_fast_clock_rows_were_voided_is_not_counted_missed(
    template: Path, office: Office, tmp_path: Path, vietnamese: None
) -> None:
    """v27review: Tân Lập aired 10/11, its clock ran two days ahead and logged 11/11 and 12/11
    missed, sent to the office; set right and confirmed, those rows are void. Lan then removes
    the slot: 11/11 and 12/11 plan nothing, and the station counts nothing for them. On 12/11
    the office's month counted them 'Bỏ lỡ' (rows dated before its now, superseded by none):
    now the confirmation's rows that void them (w28void) reach it with the log, and it counts
    nothing for them either."""
    from conftest import SetClock
    from test_office_web import Officer, console_app, with_accounts

    tan_lap = morning(template, office, tmp_path)
    station = tan_lap.station
    tan_lap.air(0)
    tan_lap.clock.now = START + timedelta(days=2, minutes=45)  # the clock runs two days ahead
    tan_lap.runner.settle()
    assert office_link.push(station).sent == 3  # 10/11 aired; 11/11, 12/11 missed
    tan_lap.set_right(START + timedelta(hours=1))  # she compares it with her phone
    station.remove_slot("sang")  # the morning slot is no more, from today
    tan_lap.clock.now = START + timedelta(days=2, hours=1)  # 12/11 08:00, the daemon on
    tan_lap.runner.settle()
    office_link.push(station)
    with_accounts(office.dsn)
    mai = Officer(console_app(office.dsn, clock=SetClock(START + timedelta(days=2, hours=1))))
    mai.log_in("mai")
    line = _commune_line(mai.client.get("/report.xlsx?month=11/2026").data)
    assert (line["Kế hoạch"], line["Đã phát"], line["Bỏ lỡ"]) == (1, 1, 0), line
    assert office.sql("SELECT seq, status, row->>'supersedes' FROM airings WHERE seq > 3") == [
        (4, "voided", "2"), (5, "voided", "3")]  # fmt: skip
    assert line["Nhật ký toàn vẹn"] == "Có"


def test_voids_a_store_made_before_they_were_rows_reach_the_office_at_the_next_settle(
    template: Path, office: Office, tmp_path: Path, vietnamese: None
) -> None:
    """w28void: a station that confirmed its clock under w27's code listed the voided rows in
    `voided_airings` alone, which the office never sees. Taken back to that (the void rows
    gone, the list kept), the slot removed, the daemon's next settle writes a `voided` row
    for each, dated when and by whom it was voided; pushed, the office counts neither day
    Bỏ lỡ, and both logs hold."""
    from conftest import SetClock, query
    from test_office_web import Officer, console_app, with_accounts

    tan_lap = morning(template, office, tmp_path)
    station, root = tan_lap.station, tan_lap.station.root
    tan_lap.air(0)
    tan_lap.clock.now = START + timedelta(days=2, minutes=45)
    tan_lap.runner.settle()
    assert office_link.push(station).sent == 3
    tan_lap.set_right(START + timedelta(hours=1))
    with station.db.conn:  # as w27's confirmation left it: listed, no row says so
        station.db.execute("DELETE FROM voided_airings WHERE seq IN "
                           "(SELECT seq FROM airings WHERE status = 'voided')")  # fmt: skip
        station.db.execute("DELETE FROM airings WHERE status = 'voided'")
    station.remove_slot("sang")
    tan_lap.clock.now = START + timedelta(days=2, hours=1)
    tan_lap.runner.settle()
    assert query(root, "SELECT seq, status, supersedes, started_at, person FROM airings "
                 "WHERE seq > 3") == [
        (4, "voided", 2, "2026-11-10T01:00:00.000+00:00", "Lan"),
        (5, "voided", 3, "2026-11-10T01:00:00.000+00:00", "Lan"),
    ]  # fmt: skip
    tan_lap.runner.settle()  # said once
    assert query(root, "SELECT COUNT(*) FROM airings") == [(5,)]
    assert station.verify_log().problem is None
    assert office_link.push(station).sent == 2
    with_accounts(office.dsn)
    mai = Officer(console_app(office.dsn, clock=SetClock(START + timedelta(days=2, hours=1))))
    mai.log_in("mai")
    line = _commune_line(mai.client.get("/report.xlsx?month=11/2026").data)
    assert (line["Kế hoạch"], line["Đã phát"], line["Bỏ lỡ"]) == (1, 1, 0), line
    assert line["Nhật ký toàn vẹn"] == "Có"


def test_a_row_may_take_the_place_only_of_its_own_missed_row_of_the_same_slot_and_time(
    template: Path, office: Office, tmp_path: Path
) -> None:
    """w27void 2: a row naming one it `supersedes` makes the office count that one as nothing;
    a station (its log edited, resealed and signed with its own key) could hide an airing it
    logged. Tân Lập aired 10/11 and missed 11/11; Hòa Bình missed 10/11 (its #1). A row of
    Tân Lập taking the place of its aired #1, of Hòa Bình's missed #1, of #2 for another
    slot or another time, or of an aired row sent with it, is refused as malformed, in
    Vietnamese, and the office keeps nothing of the batch; its own missed (or failed: w28commune
    3) row of the same slot and time, sent before or in the same batch, it takes the place of."""
    from broadcaster.clock import utc_iso

    hoa_binh = morning(template, office, tmp_path, "Xã Hòa Bình")
    hoa_binh.clock.now = START + timedelta(hours=1)
    hoa_binh.runner.settle()  # its #1: missed
    assert office_link.push(hoa_binh.station).sent == 1
    tan_lap = morning(template, office, tmp_path, clock=hoa_binh.clock)
    station = tan_lap.station
    tan_lap.air(0)
    tan_lap.clock.now = START + timedelta(days=1, hours=1)
    tan_lap.runner.settle()
    assert office_link.push(station).sent == 2
    aired, missed = office_link._sealed_after(station, 0, 2)
    assert (aired["status"], missed["status"]) == ("aired", "missed")
    link = office_link.client(station)
    sealed = functools.partial(resealed, missed)

    of_11 = {"scheduled_at": missed["scheduled_at"], "started_at": missed["scheduled_at"]}
    wrong = {
        "its aired #1": [{**aired, "supersedes": 1}],
        "another slot": [{**aired, **of_11, "slot": "chieu", "supersedes": 2}],
        "another time": [{**aired, "supersedes": 2}],
        "an aired row sent with it": [{**aired, **of_11}, {**aired, **of_11, "supersedes": 3}],
    }
    for case, rows in wrong.items():
        answer = link.push(3, sealed(*rows))
        assert (answer.status, answer.body["code"]) == (400, "malformed"), (case, answer.body)
        earlier = rows[-1]["supersedes"]
        assert answer.body["reason"] == (
            f"gói nhật ký sai định dạng: lượt phát #{2 + len(rows)} ghi là thay cho lượt "
            f"#{earlier}, nhưng #{earlier} không phải lượt không phát của chính đài này, cùng "
            "khung giờ và cùng giờ dự kiến"
        ), case
        assert office.sql("SELECT count(*) FROM airings") == [(3,)], case  # 2 + Hòa Bình's
    at = utc_iso(datetime.fromisoformat(missed["scheduled_at"]) + timedelta(days=1))
    next_day = {"scheduled_at": at, "started_at": at}
    at = utc_iso(datetime.fromisoformat(missed["scheduled_at"]) + timedelta(days=2))
    third_day = {"scheduled_at": at, "started_at": at}  # failed under the fast clock, voided
    answer = link.push(3, sealed({**aired, **of_11, "supersedes": 2}, {**missed, **next_day},
                                 {**aired, **next_day, "supersedes": 4},
                                 {**missed, **third_day, "status": "failed"},
                                 {**aired, **third_day, "supersedes": 6}))  # fmt: skip
    assert (answer.status, answer.body.get("accepted")) == (200, 5), answer.body


def resealed(last: dict[str, Any], *rows: dict[str, Any]) -> list[dict[str, Any]]:
    """`rows` as a station whose log was edited would send them after `last`: numbered on
    from it and sealed in a chain that holds (the office's checks of content come after)."""
    from broadcaster.log_chain import content_hash

    head, out = last["row_hash"], []
    for seq, row in enumerate(rows, start=last["seq"] + 1):
        row = {**row, "seq": seq, "prev_hash": head}
        head = row["row_hash"] = content_hash(head, {k: v for k, v in row.items()
                                                     if k != "row_hash"})  # fmt: skip
        out.append(row)
    return out


def test_a_void_takes_the_place_only_of_its_own_missed_row_written_after_it(
    template: Path, office: Office, tmp_path: Path, vietnamese: None
) -> None:
    """w28void: a `voided` row makes the office count the row it supersedes as nothing, and
    itself counts nowhere; a station could hide with it a slot it really missed. Tân Lập
    aired 10/11 (#1); its clock two days ahead logged 11/11 (#2) and 12/11 (#3) missed; set
    right and confirmed, it voids them (#4, #5). A void dated no earlier than the row it
    voids (a past slot's), one of an aired row, of a void, one naming no row or airing
    something is refused as malformed, in Vietnamese, and nothing of the batch kept; the
    true voids are taken, and a row of another slot may not take the place of one."""
    tan_lap = morning(template, office, tmp_path)
    station = tan_lap.station
    tan_lap.air(0)
    tan_lap.clock.now = START + timedelta(days=2, minutes=45)
    tan_lap.runner.settle()
    assert office_link.push(station).sent == 3
    tan_lap.set_right(START + timedelta(hours=1))
    aired, missed, last = office_link._sealed_after(station, 0, 3)
    void, void_2 = office_link._sealed_after(station, 3, 2)
    assert (void["status"], void["supersedes"], void["items"]) == ("voided", 2, "[]")
    link = office_link.client(station)
    sealed = functools.partial(resealed, last)
    late = {**void, "started_at": missed["started_at"]}
    wrong = {
        "dated as the row it voids": ([late], "lượt phát #4 ghi là lượt #2 không còn được tính, "
                                      "nhưng #2 không đề giờ sau nó"),
        "an aired row": ([{**void, "supersedes": 1, "scheduled_at": aired["scheduled_at"]}],
                         "lượt phát #4 ghi là thay cho lượt #1, nhưng #1 không phải"),
        "a void": ([void, {**void, "supersedes": 4}], "lượt phát #5 ghi là thay cho lượt #4"),
        "no row": ([{**void, "supersedes": None}], "lượt phát #4 ghi là một lượt không còn "
                   "được tính, nhưng không nêu lượt nào"),
        "airing something": ([{**void, "items": aired["items"]}], "hoặc lại có nội dung phát"),
    }  # fmt: skip
    for case, (rows, said) in wrong.items():
        answer = link.push(4, sealed(*rows))
        assert (answer.status, answer.body["code"]) == (400, "malformed"), (case, answer.body)
        assert said in answer.body["reason"], (case, answer.body)
        assert office.sql("SELECT count(*) FROM airings") == [(3,)], case
    other = {**aired, "slot": "chieu", "scheduled_at": void["scheduled_at"], "supersedes": 4}
    answer = link.push(4, sealed(void, void_2, other))
    assert (answer.status, answer.body["code"]) == (400, "malformed"), answer.body
    assert "lượt phát #6 ghi là thay cho lượt #4" in answer.body["reason"], answer.body
    assert office_link.push(station).sent == 2
    assert office.sql("SELECT seq, status, row->>'supersedes' FROM airings WHERE seq > 3 "
                      "ORDER BY seq") == [(4, "voided", "2"), (5, "voided", "3")]  # fmt: skip


OLDER_OFFICE = """
import office.collector as collector

collector.OUTCOMES.discard("voided")
collector._malformed = lambda e: collector.refused(
    400, "malformed", collector._("malformed batch: {error}").format(error=e))
"""
"""An office from before w28void, as far as a void goes: it knows no status `voided`, and its
refusal of a batch as malformed does not say which statuses it takes."""


def test_an_office_older_than_the_voids_keeps_the_log_waiting_and_the_station_says_why(
    template: Path, office: Office, tmp_path: Path, vietnamese: None
) -> None:
    """w28void: offices are upgraded before stations (the office's guide). One that was not
    refuses a batch holding a `voided` row as malformed and keeps nothing of it, at every
    push: the station tells her in Vietnamese that the office's software is older, from
    which row its log waits, and to call the office. Upgraded, the office takes it all."""
    tan_lap = morning(template, office, tmp_path)
    station = tan_lap.station
    tan_lap.clock.now = START + timedelta(days=1, minutes=45)
    tan_lap.runner.settle()
    assert office_link.push(station).sent == 2  # 10/11, 11/11 missed under the fast clock
    office.collector.kill()
    office.collector.start(first=OLDER_OFFICE)
    tan_lap.set_right(START + timedelta(minutes=20))
    for _push in range(2):
        with pytest.raises(office_link.OfficeLinkError) as refused:
            office_link.push(station)
        assert str(refused.value) == (
            "phần mềm của cấp trên cũ hơn của đài: cấp trên không nhận lượt #3, lượt ghi rằng "
            "một khung giờ đã bị ghi là không phát trong lúc đồng hồ chạy nhanh không còn được "
            "tính; nhật ký chờ ở đài từ lượt #3 cho đến khi cấp trên nâng cấp phần mềm: hãy gọi "
            "cho cấp trên"
        )
    assert office.sql("SELECT count(*) FROM airings") == [(2,)]
    office.collector.kill()
    office.collector.start()  # upgraded
    assert office_link.push(station).sent == 2
    assert office.sql("SELECT status FROM airings ORDER BY seq") == [
        ("missed",), ("missed",), ("voided",), ("voided",)]  # fmt: skip


def test_a_row_superseded_under_the_commune_s_old_key_counts_as_nothing(
    template: Path, office: Office, tmp_path: Path, run: Run
) -> None:
    """w27void 2: Tân Lập's clock ran ahead and logged 10/11 to 12/11 missed, sent under its
    key; set right, confirmed, it moved to a new key (`enrol --new-key`, approved: the old one
    revoked) before 10/11's slot aired. Its voids (w28void) and that row, sent under the new key,
    take the place of the old key's missed rows: one log. The month counts none of them on the
    old key's line (it has one, all naught: replaced in the month, it was in service in it,
    w30period)."""
    import csv as csv_module

    tan_lap = morning(template, office, tmp_path)
    root = tan_lap.station.root
    tan_lap.clock.now = START + timedelta(days=2, minutes=45)  # two days ahead
    tan_lap.runner.settle()
    assert office_link.push(tan_lap.station).sent == 3
    tan_lap.set_right(START + timedelta(minutes=20))
    run("--station", str(root), "enrol", office.url, "--new-key", "--yes")
    office.approve(root)
    tan_lap.air(0)
    assert office_link.push(tan_lap.station).sent == 4  # #4 to #6 void #1 to #3 (w28void)
    assert office.sql("SELECT seq, status, row->>'supersedes' FROM airings WHERE seq IN (4, 7) "
                      "ORDER BY seq") == [(4, "voided", "1"), (7, "aired", "4")]  # fmt: skip
    out = tmp_path / "r.csv"
    run("office", "report", "--db", office.dsn, "--month", "11/2026", "--format", "csv",
        "-o", str(out))  # fmt: skip
    with out.open(encoding="utf-8-sig") as f:
        lines = [dict(zip(COMMUNE_HEADINGS, row, strict=True)) for row in csv_module.reader(f)][1:]
    counted = sorted((line["Kế hoạch"], line["Đã phát"], line["Bỏ lỡ"]) for line in lines)
    assert counted == [("0", "0", "0"), ("1", "1", "0")], lines  # the old key's counts none
