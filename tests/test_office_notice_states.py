"""Where the office's notices stand at a commune, as its signed push tells the office (o20web8
W3): the month report's "Chưa phát" says "waiting for the leader since …: call the commune"
or "in no slot" rather than the hedge "its slot may not have come yet, or …".

The station is real (its store, its sync of a published campaign); the collector runs in
this process behind a `requests` adapter (the wire protocol as the station sends it, no
server to start)."""

from __future__ import annotations

import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from conftest import CardStandIn, make_station, runner_for, write_script
from psycopg.types.json import Jsonb
from servers import Postgres

from broadcaster import office_link
from broadcaster.airing import air
from broadcaster.identity import identity
from broadcaster.log_chain import GENESIS, content_hash
from broadcaster.station import Station
from common import notice_states
from office import collector, fleet, report
from office.db import open_office
from office.desk import OFFICE_ZONE, Office

URL = "http://office.test"


class InProcess(requests.adapters.BaseAdapter):
    """Hands each request to the collector's WSGI app in this process."""

    def __init__(self, app: Any) -> None:
        super().__init__()
        self.client = app.test_client()

    def send(self, request: Any, *_args: Any, **_kwargs: Any) -> requests.Response:
        answer = self.client.open(request.path_url, method=request.method, data=request.body,
                                  headers=dict(request.headers))  # fmt: skip
        response = requests.Response()
        response.status_code, response.url = answer.status_code, request.url
        response.raw, response.encoding = io.BytesIO(answer.data), "utf-8"
        response.headers.update(answer.headers)
        return response

    def close(self) -> None:
        pass


@pytest.fixture
def link(
    postgres: Postgres, tmp_path: Path
) -> Iterator[tuple[str, Path, office_link.OfficeClient]]:
    """An office with the campaign ho-tro (three notices for every commune, `publish --db`),
    and a station that took it, enrolled and approved, with its link to the collector."""
    dsn = postgres.new_database()
    root = make_station(tmp_path / "station")
    run = runner_for(root)
    keys, repo, folder = tmp_path / "keys", tmp_path / "repo", tmp_path / "ho-tro"
    run("keys", "init", "--keys", str(keys))
    folder.mkdir()
    for n, (notice, title) in enumerate(
        (("cho-duyet", "Họp dân ấp 3"), ("khong-khung", "Tiêm vắc xin sởi"),
         ("co-khung", "Phòng chống rét đậm")), start=1):  # fmt: skip
        write_script(folder, f"0{n}.md", f"Mời bà con chú ý: {title.lower()}.", id=notice,
                     title=title, campaign="ho-tro", campaign_title="Hỗ trợ tháng 12")  # fmt: skip
    run("publish", str(folder), "--keys", str(keys), "--repo", str(repo), "--db", dsn)
    run("trust", str(repo / "metadata" / "1.root.json"))
    run("sync", str(repo))
    station = Station.open(root)
    station.approve("khong-khung", "Chủ tịch UBND xã")
    station.approve("co-khung", "Chủ tịch UBND xã")
    station.add_slot("chieu", "17:00", announce=["co-khung"])
    app = collector.create_app(dsn, threads=1)
    session = requests.Session()
    session.mount(URL, InProcess(app))
    client = office_link.OfficeClient(URL, identity(root), 5.0, station.clock, session)
    assert client.enrol(station.station_id, "Đài xã Tân Lập", "Tân Lập").status == 200
    with open_office(dsn) as conn:
        fleet.approve(conn, identity(root).fingerprint, [], "mai", datetime.now(UTC))
    yield dsn, root, client
    session.close()


def test_the_month_report_says_where_each_notice_stands_at_the_commune(
    link: tuple[str, Path, office_link.OfficeClient], tmp_path: Path, vietnamese: None
) -> None:
    """Each notice nobody aired is said as the station's last push put it: the one waiting
    for the leader (whom to call), the one in no slot, the one whose airing is at 17:00; and
    so, once the commune aired one, the others it did not."""
    dsn, root, client = link
    station = Station.open(root)
    office_link.push(station, link=client)
    pushed = datetime.now(UTC)
    made = {n: station.db.execute("SELECT created_at FROM announcement_versions WHERE "
                                  "announcement_id = ?", [n]).fetchone()[0]
            for n in ("cho-duyet",)}  # fmt: skip
    with open_office(dsn) as conn:  # the airing the station planned as it pushed, and the
        [(at, states)] = conn.execute(  # month the campaign came out in (review21 #8: both
            "SELECT notice_states_at, notice_states FROM stations"  # read after the push on
        ).fetchall()  # the real clock, a run across 17:00 or a month's end expected others)
        [(published,)] = conn.execute("SELECT published_at FROM campaigns").fetchall()
    [first] = [datetime.fromisoformat(s["at"]) for s in states if s["id"] == "co-khung"]
    assert f"{first.astimezone(OFFICE_ZONE):%H:%M}" == "17:00"  # its slot's, the first after
    assert at < first <= at + timedelta(days=1)  # the push
    with Office.open(dsn, lambda: pushed + timedelta(seconds=1)) as desk:
        month = f"{published.astimezone(OFFICE_ZONE):%m/%Y}"
        report = desk.add_unaired(desk.report(month))
    assert report.unaired is not None
    said = {line.title: dict(line.why) for line in report.unaired}
    when = f"{at.astimezone(OFFICE_ZONE):%H:%M %d/%m/%Y}"
    waiting = datetime.fromisoformat(made["cho-duyet"]).astimezone(OFFICE_ZONE)
    assert said["Họp dân ấp 3"] == {"Tân Lập": (
        f"đài báo lúc {when}: phiên bản 1 còn chờ lãnh đạo xã duyệt từ "
        f"{waiting:%H:%M %d/%m/%Y}: gọi xã")}  # fmt: skip
    assert said["Tiêm vắc xin sởi"] == {"Tân Lập": (
        f"đài báo lúc {when}: đã duyệt nhưng chưa được xếp vào khung giờ nào của xã nên sẽ "
        "không phát: gọi xã xếp vào khung giờ")}  # fmt: skip
    assert said["Phòng chống rét đậm"] == {"Tân Lập": (
        f"đài báo lúc {when}: đã duyệt, lượt phát tới lúc "
        f"{first.astimezone(OFFICE_ZONE):%H:%M %d/%m/%Y}")}  # fmt: skip
    with Office.open(dsn, lambda: pushed + timedelta(seconds=1)) as desk:
        asked = desk.aired("cho-duyet")  # `office aired`: the same sentence
        campaign = desk.aired("ho-tro")  # and of the campaign, each notice named (w21office)
    assert asked.why == said["Họp dân ấp 3"]
    titles = ("Họp dân ấp 3", "Tiêm vắc xin sởi", "Phòng chống rét đậm")  # as published
    assert campaign.why == {"Tân Lập": "; ".join(f"“{t}”: {said[t]['Tân Lập']}" for t in titles)}

    # o23web11 V7: one notice aired by hand, the campaign's line named the two left and not
    # why; each is said as for a commune that aired none, as its last push put it
    assert air(station, ["co-khung"], CardStandIn(tmp_path / "out"))
    office_link.push(station, link=client)
    pushed = datetime.now(UTC)
    with open_office(dsn) as conn:
        [(at,)] = conn.execute("SELECT notice_states_at FROM stations").fetchall()
    with Office.open(dsn, lambda: pushed + timedelta(seconds=1)) as desk:
        campaign = desk.aired("ho-tro")
        alone = {title: desk.aired(notice).why["Tân Lập"]
                 for notice, title in (("cho-duyet", "Họp dân ấp 3"),
                                       ("khong-khung", "Tiêm vắc xin sởi"))}  # fmt: skip
    assert campaign.not_aired == ["Tân Lập"], campaign
    when = f"{at.astimezone(OFFICE_ZONE):%H:%M %d/%m/%Y}"
    assert all(said.startswith(f"đài báo lúc {when}: ") for said in alone.values()), alone
    assert campaign.why == {"Tân Lập": (
        "chưa phát “Họp dân ấp 3”, “Tiêm vắc xin sởi”; "
        + "; ".join(f"“{title}”: {said}" for title, said in alone.items())
    )}, campaign.why  # fmt: skip


def test_a_next_airing_already_due_is_said_as_not_logged_yet() -> None:
    """review21 #7: a station pushed at 05:00 "next airing at 06:00" and nothing since; at 09:00
    the report still said its next airing was at 06:00, a time past. Before it is due, it is
    said as planned; after, as not in the log the station has sent."""
    pushed = datetime(2026, 12, 1, 5, tzinfo=OFFICE_ZONE)
    due = pushed + timedelta(hours=1)
    station = {"notice_states": [notice_states.entry("co-khung", 1, notice_states.NEXT, at=due)],
               "notice_states_at": pushed}  # fmt: skip
    past = "approved; its airing due at 06:00 01/12/2026 is not in the log it has sent yet"
    for now, said in ((due - timedelta(minutes=1), "approved; its next airing is at 06:00"),
                      (pushed + timedelta(hours=4), past)):  # fmt: skip
        stands = report.standing(station, "co-khung", 1, None, now, str)
        assert stands is not None and said in stands, (now, stands)


def test_a_campaign_whose_notices_stand_alike_is_said_once() -> None:
    """`office aired <campaign>`: a station that did not hold the campaign at its last push
    says so once, not once per notice; one that said nothing of its notices (a station from
    before) leaves the office's own hedge (None)."""
    pushed = datetime(2026, 12, 1, 5, tzinfo=OFFICE_ZONE)
    notices = [("a", 1, "Họp dân"), ("b", 1, "Tiêm chủng")]
    held_none = {"notice_states": [], "notice_states_at": pushed}
    said = report.standings(held_none, notices, None, pushed, str)
    assert said == report.NOT_HELD.format(time="05:00 01/12/2026"), said
    assert report.standings({"notice_states": None, "notice_states_at": None}, notices, None,
                            pushed, str) is None  # fmt: skip


def test_a_list_of_states_out_of_bounds_loses_its_excess_never_the_log(
    link: tuple[str, Path, office_link.OfficeClient],
) -> None:
    """review20 #6's lesson: a list the collector does not accept must not stop the log. Too
    many entries are cut to MAX_STATES; a bad entry is left out; the rows are stored."""
    dsn, _root, client = link
    good = notice_states.entry("co-khung", 1, notice_states.IN_NO_SLOT)
    hostile: list[Any] = [
        {"id": "x", "version": 1, "state": "bi-mat"},  # a state nobody knows
        {"id": "x" * 201, "version": 1, "state": "next"},  # too long an id
        {"id": "x", "version": "1", "state": "next"},  # a version that is text
        {"id": "x", "version": 1, "state": "waiting", "since": "2026-12-01T06:30:00"},  # naive
        {"id": "x", "version": 1, "state": "refused", "reason": "r" * 301},
        {"id": "x", "version": 1, "state": "next", "extra": 1},
        # review21 #2: what datetime.fromisoformat reads and the report's day parser did not
        *(
            {"id": "x", "version": 1, "state": "ended", "since": since}
            for since in ("2026W01T10", "2026W01 10", "2026W01+07")
        ),
        {"id": "x", "version": 1, "state": "next", "at": "2026-12-01"},  # an instant, naive
        "not an entry",
        # review21 #1: PostgreSQL holds no U+0000: the NUL is left out, never the log
        {"id": "n", "version": 1, "state": "refused", "since": "2026-12-01", "reason": "a\x00b"},
        *[good] * (notice_states.MAX_STATES + 20),
    ]
    first = {"seq": 1, "started_at": "2026-12-01T06:30:00+07:00", "status": "failed",
             "items": json.dumps([{"title": "Họp\x00 dân"}]), "error": "hỏng\x00",
             "prev_hash": GENESIS}  # fmt: skip
    rows = [{**first, "row_hash": content_hash(GENESIS, first)}]  # a NUL in a logged row too
    refused: list[dict[str, str | None]] = [
        {"campaign": "hop\x00", "title": "Họp\x00", "reason": "hỏng\x00"}
    ]
    answer = client.push(1, rows, False, refused, hostile)
    assert answer.status == 200, answer.body
    with open_office(dsn) as conn:
        [(states, campaigns)] = conn.execute(
            "SELECT notice_states, refused_campaigns FROM stations"
        ).fetchall()
        [(items, error)] = conn.execute("SELECT items, row->>'error' FROM airings").fetchall()
    declined = {"id": "n", "version": 1, "state": "refused", "since": "2026-12-01", "reason": "ab"}
    assert states == [declined] + [good] * (notice_states.MAX_STATES - 1)
    assert campaigns == [{"campaign": "hop", "title": "Họp", "reason": "hỏng"}]
    assert items == [{"title": "Họp dân"}] and error == "hỏng"
    old_station = {"from_seq": 1, "rows": rows, "mqtt": False, "refused_campaigns": []}
    answer = client._signed("/v1/push", "push", old_station)  # a station from before
    assert answer.status == 200, answer.body
    with open_office(dsn) as conn:  # a push without a list keeps what the last one said
        [(kept,)] = conn.execute("SELECT notice_states FROM stations").fetchall()
    assert kept == states
    stored = [{"id": "cho-duyet", "version": 1, "state": "ended", "since": "2026W01T10"}]
    with open_office(dsn) as conn:  # as a collector from before the shared parser kept it
        conn.execute("UPDATE stations SET notice_states = %s", [Jsonb(stored)])
    now = datetime.now(UTC)
    with Office.open(dsn, lambda: now) as desk:  # the report skips what it cannot read
        why = desk.aired("cho-duyet").why
    assert "has no airing of it" in why["Tân Lập"]  # the hedge, as before it said where


def test_a_notice_the_leader_declined_or_the_commune_stopped_is_said_so(
    link: tuple[str, Path, office_link.OfficeClient], vietnamese: None
) -> None:
    """The leader declines one notice (with a reason), the commune retires another: the
    office reads who stopped it, when, and the leader's words; not "its slot may not have
    come yet"."""
    dsn, root, client = link
    station = Station.open(root)
    station.refuse("cho-duyet", "Chủ tịch UBND xã", "Sai ngày họp")
    station.retire("khong-khung", "Lan")
    office_link.push(station, link=client)
    rows = station.db.execute("SELECT id, refused_at, retired_at FROM announcements WHERE id IN "
                              "('cho-duyet', 'khong-khung')").fetchall()  # fmt: skip
    at = {notice: datetime.fromisoformat(refused or retired) for notice, refused, retired in rows}
    now = datetime.now(UTC)
    with Office.open(dsn, lambda: now) as desk:
        declined, stopped = desk.aired("cho-duyet").why, desk.aired("khong-khung").why
    with open_office(dsn) as conn:
        [(pushed,)] = conn.execute("SELECT notice_states_at FROM stations").fetchall()

    def when(moment: datetime) -> str:
        return f"{moment.astimezone(OFFICE_ZONE):%H:%M %d/%m/%Y}"

    assert declined == {"Tân Lập": (
        f"đài báo lúc {when(pushed)}: lãnh đạo xã không duyệt phiên bản 1 lúc "
        f"{when(at['cho-duyet'])}, lý do: Sai ngày họp")}  # fmt: skip
    assert stopped == {"Tân Lập": (
        f"đài báo lúc {when(pushed)}: xã đã ngừng phát thông báo này lúc "
        f"{when(at['khong-khung'])}")}  # fmt: skip
