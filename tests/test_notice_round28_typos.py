"""A typist's slip that is itself a word, and the false repair (issue 16, blind rounds 93-94):
'Kết qua thu ngân sách' (quả), 'tuyến dường ĐT948' (đường) were read as typed, and 'lùi sang
thứ Hai' was read 'lùi sáng' (a right word changed into a wrong one). A word typed with a
mark lost that is itself a word is repaired only where the evidence is strong (the meant pair
is a word of the dictionary, or the other neighbour makes a known pair with the meant word);
where it is not, the pair is read as typed and reported, with what it may be, in the list of
guessed words `announce add` and `publish` print, so the script is fixed before it airs."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Run, Visitor, write_script
from test_web import text
from test_web_announcements import NEW, TYPED

from announcements.normalize import Reader
from common import i18n

REPAIRED: list[tuple[str, str]] = [
    ("Kết qua thu ngân sách nhà nước vượt dự toán.",
     "Kết quả thu ngân sách nhà nước vượt dự toán."),
    ("Thông báo kết qua xét tuyển viên chức năm nay.",
     "Thông báo kết quả xét tuyển viên chức năm nay."),
    ("Đài truyền thanh xin thông báo kết qua bầu cử.",
     "Đài truyền thanh xin thông báo kết quả bầu cử."),
    ("Không thả rông bò trên tuyến dường tỉnh.", "Không thả rông bò trên tuyến đường tỉnh."),
    ("Các hộ dân sống ven tuyến dường liên xã chú ý.",
     "Các hộ dân sống ven tuyến đường liên xã chú ý."),
    ("Họp giao ban vào sang thứ Hai tuần tới.", "Họp giao ban vào sáng thứ Hai tuần tới."),
    ("Kính moi phụ huynh học sinh dự họp.", "Kính mời phụ huynh học sinh dự họp."),
    ("Kính moi bà con dự họp.", "Kính mời bà con dự họp."),
    ("Đề nghi các hộ dân chấp hành nghiêm.", "Đề nghị các hộ dân chấp hành nghiêm."),
    ("Thông bao lịch tiêm phòng cho trẻ.", "Thông báo lịch tiêm phòng cho trẻ."),
    ("Hướng dân bà con phòng bệnh cho đàn gia súc.",
     "Hướng dẫn bà con phòng bệnh cho đàn gia súc."),
    ("Chuẩn bi đầy đủ hồ sơ trước ngày họp.", "Chuẩn bị đầy đủ hồ sơ trước ngày họp."),
    ("Tổ chức tiêm phòng dai cho chó mèo.", "Tổ chức tiêm phòng dại cho chó mèo."),
    ("Xã tổ chức lê ra quân làm đường giao thông.", "Xã tổ chức lễ ra quân làm đường giao thông."),
    ("Đồng chí trưởng thôn chủ tri cuộc họp.", "Đồng chí trưởng thôn chủ trì cuộc họp."),
    ("Ban chỉ huy quân sự xã tổ chức huấn luyên dân quân.",
     "Ban chỉ huy quân sự xã tổ chức huấn luyện dân quân."),
    ("Nhà văn hóa thôn là nơi sinh hoạt công đồng.",
     "Nhà văn hóa thôn là nơi sinh hoạt cộng đồng."),
    ("Bà con chú y phòng chống rét cho trâu bò.", "Bà con chú ý phòng chống rét cho trâu bò."),
    # a sentence's first word after the first, a rare word before a road's name
    ("Thông báo. Đề nghi bà con chú ý.", "Thông báo. Đề nghị bà con chú ý."),
    ("Các hộ ven tuyến dường gom chú ý.", "Các hộ ven tuyến đường gom chú ý."),
    ("Kết qua kiểm tra sẽ được công bố.", "Kết quả kiểm tra sẽ được công bố."),
    ("Số hộ nghèo giam mạnh so với năm trước.", "Số hộ nghèo giảm mạnh so với năm trước."),
    # both neighbours make a pair with the meant word, none with the typed (r28read3), though
    # 'sáng chủ' is rare beside the common 'chủ'
    ("Tiêm phòng vào sang chủ nhật tại trạm y tế.", "Tiêm phòng vào sáng chủ nhật tại trạm y tế."),
    ("Thôn họp vào sang chủ nhật, bà con đi đúng giờ.",
     "Thôn họp vào sáng chủ nhật, bà con đi đúng giờ."),
]  # fmt: skip


@pytest.mark.parametrize(("written", "spoken"), REPAIRED)
def test_a_slip_that_is_itself_a_word_is_repaired_where_the_evidence_is_strong(
    written: str, spoken: str
) -> None:
    reading = Reader().read(written)
    assert (reading.spoken, reading.guessed) == (spoken, ())


KEPT = [
    # the false repair of round 93, and words that go with 'sang' as it does
    "Nếu trùng thứ Bảy thì lùi sang thứ Hai kế tiếp.",
    "Lịch họp chuyển sang thứ Ba tuần sau.",
    "Buổi tiêm chủng dời sang tuần sau.",
    "Hội nghị hoãn sang ngày mai.",
    "Sang năm xã sẽ làm đường mới.",
    "Cán bộ sang thăm hỏi gia đình chính sách.",
    "Đường sang nhà văn hóa bị ngập.",
    # ma/mà/mạ, ban/bạn/bán, da/đa/dạ, qua/quả/quá, den/đen/đèn, day/dạy/dậy/đây, moi/mời/mọi
    "Nghiêm cấm mua bán ma túy dưới mọi hình thức.",
    "Chúng tôi mà không cố gắng thì sẽ thất bại.",
    "Gieo mạ non đúng lịch thời vụ.",
    "Nhà nước ban hành chính sách mới.",
    "Đội dân quân tuần tra ban đêm.",
    "Bạn bè giúp nhau vượt khó.",
    "Các hộ bán hàng rong không lấn chiếm vỉa hè.",
    "Chất độc da cam vẫn còn ảnh hưởng.",
    "Cây trồng đa dạng và phong phú.",
    "Bệnh đau dạ dày cần khám sớm.",
    "Xe tải không được đi qua cầu treo.",
    "Ban chỉ đạo đi qua các thôn kiểm tra.",
    "Thuế quá hạn sẽ bị phạt.",
    "Ủng hộ quả bí, quả bầu cho bếp ăn.",
    "Kết quả học tập của các em rất tốt.",
    "Màu đen của khói bụi rất độc.",
    "Các hộ không để đèn sáng suốt đêm.",
    "Bà con đến đúng giờ.",
    "Trẻ em được dạy bơi miễn phí trong hè.",
    "Em học sinh thức dậy sớm để đi học.",
    "Đây là lần thứ hai xã tổ chức hội thi.",
    "Mời bà con đến dự họp đầy đủ.",
    "Kính mời bà con dự họp.",
    "Mọi người dân đều có quyền khiếu nại.",
    "Moi móc đời tư người khác là vi phạm.",
    "Trời mới sáng đã có mưa.",
    "Con bò đeo lục lạc đi lạc ngoài đồng.",
    "Tờ rơi dán trên bảng tin của thôn.",
    # a right word opening a sentence, a name with a capital
    "Ma túy là hiểm họa của cộng đồng.",
    "Ban hành quy chế mới về vệ sinh.",
    "Sang tuần xã tổ chức tiêm phòng.",
    "Qua kiểm tra, đoàn phát hiện nhiều vi phạm.",
    "Da cam là nỗi đau của nhiều gia đình.",
    "Tai nạn giao thông giảm mạnh.",
    "Bao giờ có điện lưới?",
    "Dường như trời sắp mưa.",
    "Moi được thông tin gì thì báo ngay.",
    "Ông Ban về thăm quê.",
    "Hoa Ban nở trắng núi rừng.",
    # a pair that may be a slip of one with both words changed ('đài chỉ'), each of its words
    # held by its other neighbour ('đất đai', 'chi nhánh'): not asked about (the lead)
    "Văn phòng Đăng ký đất đai chi nhánh huyện trả kết quả.",
    # 'sang' moving a day, beside 'chủ nhật' too
    "Buổi họp chuyển sang chủ nhật tuần sau.",
]


@pytest.mark.parametrize("written", KEPT)
def test_a_right_word_that_looks_like_a_slip_is_read_as_written(written: str) -> None:
    reading = Reader().read(written)
    assert (reading.spoken, reading.guessed) == (written, ())


REPORTED: list[tuple[str, str, str]] = [
    ("Mỗi hộ chuẩn bị áo phao, đen pin và lương thực.", "đen pin", "'đèn pin'"),
    ("Các hộ mở cửa, che dậy thức ăn, nước uống.", "che dậy", "'che đậy'"),
    # right as written, but the reader cannot tell: said as typed, and asked about
    ("Nông dân dồn điền đổi thửa để sản xuất lớn.", "dồn điền", "'đồn điền'"),
]


@pytest.mark.usefixtures("vietnamese")
@pytest.mark.parametrize(("written", "pair", "guesses"), REPORTED)
def test_a_slip_the_reader_cannot_be_sure_of_is_read_as_typed_and_reported(
    written: str, pair: str, guesses: str
) -> None:
    reading = Reader().read(written)
    assert reading.spoken == written
    assert reading.guessed == (pair,)
    assert reading.warnings == (f"'{pair}' có thể gõ thiếu dấu ({guesses})",)


@pytest.mark.usefixtures("vietnamese")
def test_announce_add_names_a_possible_slip_with_what_it_may_be(
    station: Path, scripts: Path, run: Run
) -> None:
    che = write_script(scripts, "a.md", "Phun thuốc diệt muỗi, các hộ che dậy thức ăn.", id="phun")
    both = write_script(scripts, "b.md", "Các hộ che dậy thức ăn, xem Skype.", id="skype")
    lines = run("announce", "add", str(che), str(both)).stderr.splitlines()
    assert lines == [
        "cảnh báo: phun: 'che dậy' có thể gõ thiếu dấu ('che đậy').",
        "cảnh báo: skype: máy đọc phải đoán cách đọc 'Skype' (Xờ cai): hãy viết lại như khi đọc, "
        "hoặc thêm vào từ điển phát âm; 'che dậy' có thể gõ thiếu dấu ('che đậy') "
        '(broadcaster lexicon add Skype "Xờ cai").',
    ]


@pytest.mark.parametrize(
    ("language", "line"),
    [
        ("en", "warning: lu/den: 'đen pin' may be typed with a mark missing ('đèn pin')"),
        ("vi", "cảnh báo: lu/den: 'đen pin' có thể gõ thiếu dấu ('đèn pin')"),
    ],
)
def test_publish_names_a_possible_slip_with_what_it_may_be(
    tmp_path: Path, run: Run, language: str, line: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    campaign = tmp_path / "campaigns" / "lu"
    campaign.mkdir(parents=True)
    write_script(campaign, "a.md", "Mùa lũ, mỗi hộ có áo phao, đen pin.", id="den", campaign="lu",
                 campaign_title="Phòng lũ")  # fmt: skip
    run("keys", "init", "--keys", str(tmp_path / "keys"))
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(variable, raising=False)
    i18n.use_language(language)
    result = run("publish", str(campaign), "--keys", str(tmp_path / "keys"), "--repo",
                 str(tmp_path / "repo"))  # fmt: skip
    assert result.stderr.splitlines() == [line]


def test_the_console_names_a_possible_slip_with_what_it_may_be_not_as_a_word_for_the_lexicon(
    visitor: Visitor,
) -> None:
    visitor.sign_in("vanhanh")
    typed = TYPED | {"title": "Phun thuốc", "text": "Phun thuốc diệt muỗi, các hộ che dậy thức ăn."}
    page = visitor.get(visitor.post(NEW, typed, page=NEW).location).text
    assert "<mark>che dậy</mark>" in page
    assert "'che dậy' có thể gõ thiếu dấu ('che đậy'): nếu đúng vậy, hãy sửa lại bài." in text(page)
    assert 'name="term" value="che dậy"' not in page  # no form to teach the lexicon a slip
