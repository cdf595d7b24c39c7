"""Đồng bộ in the console (Flask's test client): the upstream link's state, trusting an
office's root (approvers and admins only), syncing now from a USB folder, and what the office
sent that waits for approval."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

from conftest import Visitor, query, runner_for, set_config, store_dump
from test_upstream import make_office
from test_upstream_checks import current, sign, text_entry
from test_web import field_error, text


def upload(visitor: Visitor, path: Path, name: str) -> object:
    """Post the trust form with a file, as a browser sends it."""
    visitor.get("/sync")
    token = visitor.page.split('name="csrf_token" value="')[1].split('"')[0]
    with path.open("rb") as file:
        response = visitor.client.post(
            "/sync/trust", data={"csrf_token": token, "root": (file, name),
                                 "once": visitor.form_key("/sync/trust")},
            content_type="multipart/form-data",
        )  # fmt: skip
    visitor.page = response.get_data(as_text=True)
    return response


def test_an_operator_sees_the_link_but_may_not_trust_an_office(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    visitor.sign_in("vanhanh")
    page = visitor.get("/sync")
    assert page.status_code == 200
    shown = text(page.text)
    assert "Cơ quan tin cậy chưa có" in shown  # no office trusted yet, in Vietnamese
    assert "Lần đồng bộ gần nhất chưa bao giờ" in shown
    assert 'id="trust"' not in page.text and 'name="source"' not in page.text
    before = store_dump(console_station)
    refused = visitor.post("/sync/now", {})
    assert refused.status_code == 400
    said = text(refused.text)  # who links the station and where, not a setting's name
    assert "Đài chưa được nối với cơ quan cấp trên nên chưa có gì để đồng bộ." in said
    assert "kỹ thuật viên của huyện" in said and "[upstream]" not in said
    assert visitor.post("/sync/now", {"source": str(tmp_path)}, page="/sync").status_code == 403
    root = tmp_path / "root.json"
    root.write_text("{}")
    assert upload(visitor, root, "root.json").status_code == 403  # type: ignore[attr-defined]
    assert store_dump(console_station) == before
    assert not (console_station / "upstream").exists()


def test_an_approver_trusts_the_office_syncs_from_a_usb_folder_and_sees_what_waits(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    office = make_office(tmp_path / "office")
    visitor.sign_in("duyet")
    bad = tmp_path / "thu-muc-sai.json"
    bad.write_text("không phải JSON")
    refused = upload(visitor, bad, "goc-tu-huyen.json")
    assert refused.status_code == 400  # type: ignore[attr-defined]
    sentence = field_error(visitor.page, "root")
    assert sentence.startswith("goc-tu-huyen.json không phải siêu dữ liệu gốc TUF hợp lệ")
    assert "/tmp" not in sentence and tempfile.gettempdir() not in sentence  # no upload path
    assert not (console_station / "upstream").exists()

    trusted = upload(visitor, office.metadata / "1.root.json", "root.json")
    assert trusted.status_code == 302  # type: ignore[attr-defined]
    page = text(visitor.get("/sync").text)
    assert "Đã tin cậy cơ quan cấp trên. Hãy đọc các số này với cơ quan qua điện thoại" in page
    assert "Cơ quan tin cậy có" in page
    assert 'type="file"' not in visitor.page  # keys change by rotation only

    stick = tmp_path / "usb"
    shutil.copytree(office.root_dir, stick)
    done = visitor.post("/sync/now", {"source": str(stick)}, page="/sync")
    assert done.status_code == 302
    page = text(visitor.get("/sync").text)
    assert "Đã đồng bộ: 3 thông báo mới hoặc thay đổi, 0 bị rút." in page
    assert f"Nguồn gần nhất {stick}" in page and "Lần đồng bộ gần nhất Hôm nay 05:00" in page
    waiting = page[page.index("Phiên bản mới chờ duyệt") :]
    assert "Cài đặt Bluezone phiên bản 1 của cấp trên" in waiting  # the version once (o10b N2)
    assert "phiên bản 1 · phiên bản 1" not in waiting
    again = visitor.post("/sync/now", {"source": str(stick)}, page="/sync")
    assert again.status_code == 302
    assert "Đã cập nhật: cấp trên không có gì mới." in text(visitor.get("/sync").text)
    alone = visitor.post("/sync/now", {}, page="/sync")  # o20lan9 N5: "not linked" was wrong
    assert alone.status_code == 400
    said = text(alone.text)
    assert "chưa được nối" not in said and f"lần đồng bộ gần nhất là từ {stick}" in said, said

    # review19 #2: a campaign this station's rules refuse is said, here and in Để biết
    manifest = current(office)
    manifest["announcements"][0].update(text_entry("Thông báo: ba con chu y nhe, mai cắt điện."))
    sign(office, {"campaigns/bluezone/manifest.json": json.dumps(manifest).encode()})
    shutil.rmtree(stick)
    shutil.copytree(office.root_dir, stick)
    assert visitor.post("/sync/now", {"source": str(stick)}, page="/sync").status_code == 302
    assert "không có gì mới" not in text(visitor.get("/sync").text)
    page = visitor.get("/sync").text  # o20lan9 N6: said at rest, not only after the button
    warnings = [text(w.split("</p>")[0]) for w in page.split('<p class="warning">')[1:]]
    said = "Đài không nhận chiến dịch bluezone của cấp trên. 3 thông báo của chiến dịch này"
    assert len(warnings) == 1 and warnings[0].startswith(said), page
    refusal = warnings[0]
    assert "xã không cần làm gì" in refusal and "ba con chu y nhe" in refusal
    mend = refusal.index("Cấp trên thấy điều này ở trang của xã và cần sửa chiến dịch")
    assert mend < refusal.index("ba con chu y nhe") and mend < refusal.index("Unikey")
    home = text(visitor.get("/").text)
    assert refusal in home[home.index("Để biết") :], home


def test_a_sync_from_a_folder_that_is_no_office_is_refused_next_to_the_source(
    visitor: Visitor, console_station: Path, tmp_path: Path
) -> None:
    office = make_office(tmp_path / "office")
    visitor.sign_in("quantri")
    upload(visitor, office.metadata / "1.root.json", "root.json")
    empty = tmp_path / "usb-trong"
    empty.mkdir()
    refused = visitor.post("/sync/now", {"source": str(empty)}, page="/sync")
    assert refused.status_code == 400
    said = field_error(refused.text, "source")
    assert said.startswith(f"Ô “Nguồn khác”: đài không nhận bản cập nhật từ {empty}: thư mục "
                           "này không có bản phát hành nào của cấp trên, các thư mục bên trong "
                           "nó (hai cấp) cũng không"), said  # fmt: skip
    assert "hãy chọn đúng thư mục cấp trên chép cho xã" in said
    assert query(console_station, "SELECT COUNT(*) FROM announcements") == [(3,)]  # nothing new
    assert "Lần đồng bộ gần nhất bị lỗi" in text(visitor.get("/sync").text)  # and it says so
    # the repository two levels down, as the office copied it: found, and said
    shutil.copytree(office.root_dir, empty / "capnhat" / "kho-tinh")
    assert visitor.post("/sync/now", {"source": str(empty)}, page="/sync").status_code == 302
    page = text(visitor.get("/sync").text)
    assert f"Đã đọc kho phát hành của cấp trên trong {empty}/capnhat/kho-tinh" in page, page
    assert "Đã đồng bộ: 3 thông báo mới hoặc thay đổi" in page


def test_an_address_that_is_no_web_address_is_refused_next_to_it(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("duyet")
    before = store_dump(console_station)
    for address, sentence in (("/etc/passwd", "Hãy nhập địa chỉ web"),
                              ("http://127.0.0.1:9/kho", "http://127.0.0.1:9/kho")):  # fmt: skip
        response = visitor.post("/sync/trust", {"address": address}, page="/sync")
        assert response.status_code == 400
        assert sentence in field_error(response.text, "address")
    empty = visitor.post("/sync/trust", {"address": ""}, page="/sync")
    assert "hoặc nhập địa chỉ web" in field_error(empty.text, "root")
    assert store_dump(console_station) == before


def test_a_setting_she_meets_is_named_as_the_technicians_not_as_a_step_for_her(
    visitor: Visitor, console_station: Path
) -> None:
    """`sync` on a station never linked said "hãy … đặt source trong mục [upstream]" (a
    file she never sees); a text over the station's limit named "[limits] max_text_kb" as
    if it were hers to change. Each says what to do, and a setting only as the technician's."""
    refused = runner_for(console_station)("sync", code=1).stderr
    assert refused.startswith("Lỗi: Đài chưa được nối với cơ quan cấp trên"), refused
    assert "broadcaster sync ĐỊA-CHỈ-HOẶC-THƯ-MỤC" in refused and "[upstream]" not in refused
    set_config(console_station, "max_text_kb", "1")
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    long = visitor.post("/announcements/hop-thon/edit", {
        "title": "Họp thôn Đông", "text": "Bà con thôn Đông đến họp. " * 60, "campaign": "thon",
        "priority": "normal", "repeat": "1", "action": "save"},
        page="/announcements/hop-thon/edit")  # fmt: skip
    assert long.status_code == 400
    said = field_error(long.text, "text")
    technicians = "(giới hạn này do kỹ thuật viên đặt: [limits] max_text_kb trong station.toml)"
    assert f"vượt giới hạn 1 KB {technicians}" in said, said
    assert store_dump(console_station) == before
