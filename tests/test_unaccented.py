"""Officer trial o15lan2 (N4, N5) and w15e's leftovers: a notice typed without diacritics or
in chat shorthand passed every check (its words are syllables) and was approved in one tap;
one old-font sentence in a Unicode notice was refused with advice to convert the whole text;
auto-approval took what an approver could not; emoji were listed as words to teach; a
Windows-1258 file was converted without a word to the officer."""

from __future__ import annotations

import sqlite3
import tomllib
from pathlib import Path

import pytest
from conftest import Run, Visitor, query, set_config, store_dump, write_script
from test_old_fonts import NOTICES, iconv, refusals_at_every_door, tcvn3
from test_publish import campaign, publish
from test_upstream import make_office
from test_web import field_error, text
from test_web_announcements import NEW, TYPED, send

from announcements.limits import DEFAULT_LIMITS
from broadcaster.config import ConfigError, parse_config
from broadcaster.station import Station
from common.errors import BroadcasterError

CHAT = "TB: hop ND thon Bac 19h30 t6 4/12 tai NVH, ae di dong du nhe. Tks all"
UNACCENTED = (
    CHAT,
    "Kinh gui ba con, toi nay co hop thon luc 7 gio tai nha van hoa. Moi ba con den du.",
    "Thông báo họp thôn Bắc. Moi ba con den du hop dung gio nhe, ko dc vang mat.",
    "THONG BAO HOP THON VAO 19H30 TOI NAY TAI NHA VAN HOA",
    "Thong Bao: Moi Ba Con Den Hop Thon Vao Luc 19 Gio Toi Nay",
    # short lines with fewer than two function words (o16lan4 B1)
    "KHAN CAP: NUOC LU DANG LEN NHANH.",
    "MAT DIEN TOAN XA TU 7H DEN 17H NGAY MAI.",
    "Mat Dien Toan Xa Tu 7h Den 17h Ngay Mai. Ba Con Chu Y Nhe.",
    # capitals built from syllables outside any list (o17lan5 finding 2): two syllables that
    # are Vietnamese only with a mark, or a run longer than a name
    "CHU Y: DE BAO BI VO DOAN 200M.",
    "HOP GAP.",
    "DE VO, SO TAN GAP.",
    "MAT NUOC TOAN THON NGAY MAI.",
    "DOC LAP - TU DO - HANH PHUC",
    # a chat sign-off at the end of a marked notice (o16lan4 C3)
    "Họp thôn tối nay lúc 7 giờ tại nhà văn hóa, mời bà con đến đúng giờ. Tks ca nha",
)
STILL_TAKEN = (
    *NOTICES,
    "Danh sách: Nguyễn Văn An 1975, Trần Thị Bình 1980, Lê Văn Cường 0912 345 678.",
    "Nguyen Van A, Tran Thi B, Le Van C: 0912 345 678, 0988 111 222.",
    "Họp thôn",
    "Loa loa",
    "Mời bà con cài Zalo hoặc “Google Meet” trên điện thoại Samsung, iPhone, rồi đến số 12 Phan "
    "Chu Trinh, gần cửa hàng Big C.",
    "Chương trình ca nhạc: “Happy New Year”, “Mua xuan ve tren ban lang” và “Con co be be”.",
    "Khen thưởng ông Y Bih Niê, bà H'Hen Niê, anh Vàng Seo Sử, chị Sùng Thị Mai, ông Thạch Sa "
    "Rươn và ông Lâm Sa Vone ở phum Sóc Tà Ca.",
    "Xe Ca oa xa ki và Xu ba ru, thuốc vi ta min a liều cao.",
    # typed without marks on purpose, named as such (review16 #3)
    "Ủng hộ đồng bào lũ lụt. Nội dung chuyển khoản:\nung ho lu lut thon an hoa",
    "Số tài khoản 0123456789 Agribank. Nội dung CK:\nUNG HO LU LUT THON AN HOA",
    "Cú pháp nhắn tin:\nung ho nguoi ngheo gui 1409",
    "Soạn tin ung ho nguoi ngheo gui 1409 để ủng hộ quỹ vì người nghèo.",
    "Bà con vào Zalo, tìm nhóm:\nthon an hoa tin tuc\nđể nhận tin.",
    "Mật khẩu wifi nhà văn hóa:\nnha van hoa thon an 2026",
    "Ca sĩ: son tung, my tam, den vau",
    "Lịch trực ban:\nt2, t4, t6, cn: 7 h – 11 h\nt3, t5, t7: 13 h – 17 h",
    # capitals and Title Case that are no notice typed without marks (review16 #4)
    "Danh sách hộ nghèo: NGUYEN VAN AN, TRAN THI BINH, LE VAN CUONG, PHAM THI DUNG.",
    "Khách mời: Nguyen Van An, Tran Thi Binh, Le Van Cuong, Pham Thi Dung, Vo Thi Sau.",
    "UBND XÃ AN HÒA THÔNG BÁO LỊCH TIÊM CHỦNG TẠI TRẠM Y TẾ VÀO SÁNG MAI",
    "UBND, HĐND, MTTQ, CCB phối hợp tổ chức. KHẨN CẤP: LŨ QUÉT VỀ, BÀ CON SƠ TÁN NGAY.",
    "Mời bà con đến cửa hàng SAMSUNG, HONDA, YAMAHA, VINAMILK, COCA COLA tại chợ.",
    "Bài hát: HAPPY BIRTHDAY, JINGLE BELLS, WE WISH YOU A MERRY CHRISTMAS.",
    "Thông Báo Lịch Cắt Điện Tháng 12 Tại Thôn An Hòa",
    # short capitals of names, places and acronyms; real capitals with marks (o16lan4 B1)
    "THON AN HOA, THON BAC, THON NAM, XA AN BINH",
    "UBND XA AN BINH. HĐND XÃ AN BÌNH. CCCD, BHYT, CMND.",
    "KHẨN CẤP: NƯỚC LŨ ĐANG LÊN NHANH.",
    "MẤT ĐIỆN TOÀN XÃ TỪ 7H ĐẾN 17H NGÀY MAI.",
    "Thông Báo Khẩn. Mất Điện Toàn Xã Từ 7h Đến 17h Ngày Mai.",
    "Trao thưởng: TRAN VAN HUNG, LE THI MAI, HOANG VAN NAM.",
    "Đội bóng: THON DONG FC, SAO VANG UNITED, HOANG ANH GIA LAI.",
    "Phim “MAT BIEC” chiếu tối nay tại nhà văn hóa.",
    "SALE OFF 50% TẠI CỬA HÀNG HONDA HEAD, SAMSUNG PLAZA.",
    # names whose syllables are checked, and English in capitals (o17lan5 finding 2)
    "NGUYEN VAN DUC, TRAN THI TUYET, LE DUC PHUC",
    "Chủ tịch UBND xã\nNGUYEN DUC PHUC",
    "HAPPY BIRTHDAY, JINGLE BELLS, WE WISH YOU A MERRY CHRISTMAS.",
    "THON BAC, THON NAM, XA AN BINH. ĐT741, QL1A.",
)


HALF_MARKED = (
    "THÔNG BÁO: CAT DIEN TU 7H DEN 17H.",
    "THÔNG BÁO CAT DIEN TOAN XA.",
    "THÔNG BÁO: NGHI HOC NGAY MAI.",
    "Lịch cắt điện: CAT DIEN THON DONG TU 7H.",
    "LŨ ỐNG ĐANG LÊN: BA CON THON BAC DI DOI NGAY LEN UBND XA.",
    "Thông báo: Cat Dien Toan Xa Tu 7h Den 17h.",
    "Mời bà con den du hop dung gio nhé.",
    "Thông báo họp thôn.\nTOI NAY HOP THON LUC 7H, mời bà con đến đúng giờ.",
    # two words in capitals among the marked ones, each nearly always written with a mark
    "Họp dân tại NHA VAN hóa ấp Bắc lúc 7 giờ tối nay.",
    "Mời bà con đến NHA VAN HOA ấp dự họp.",
)
HALF_TAKEN = (
    "Thông báo: TOP HIT 2026, COVID-19 OK, HOT POT tại chợ.",
    "Chủ tịch xã LE DUC PHUC phát biểu khai mạc.",
    "Bà con mang theo CCCD, giấy khai sinh khi đi làm thủ tục, báo ngay cho trưởng thôn.",
    "Đường Hai Ba Trung, tỉnh Bac Lieu; chuyến bay từ Tan Son Nhat đi Cat Bi bị hoãn.",
    "Họp thôn tại nha văn hóa lúc 7 giờ tối nay.",
    "Xuất khẩu thanh long sang Australia, kinh doanh cao su và tham quan khu du lịch.",
    "Ghi chú: the test below holds it to that, a cut that the letters do not settle.",
    # two plain words: in lower case (loan words spelled, real words), a brand, a team's or a
    # person's name in capitals, Title Case, capitals alone after a colon
    "Ứng dụng can va miễn phí; đội kéo co nam thôn 3 thắng; bão xang san đã tan.",
    "Mời bà con đến cửa hàng HOA SEN tại chợ, gặp ông TRAN VAN AN ở nhà văn hóa.",
    "Đội THON DONG FC thắng đội SAO MAI 2-0, tỉnh Bac Lieu có mưa.",
    "Đội bóng: THON DONG FC.",
)


HALF_IN_LOWER_CASE = (
    # (text, the sentence quoted, the words said to lack their marks): o19lan8 L1–L3, each
    # stored or aired in the trial; the ordinary words of a run are no dilemma of names
    ("Kính thưa bà con, ngày mai CAT DIEN từ 7h đến 17h.",
     "Kính thưa bà con, ngày mai CAT DIEN", "CAT DIEN"),  # 'mai' (tomorrow) is no family name
    ("Bà con chú ý: lũ đang lên, ba con di doi ngay", "Bà con chú ý: lũ đang lên, ba con",
     "ba con di doi"),
    ("Kính thưa bà con, ngày mai mất điện, ba con chu y nhe.", "Kính thưa bà con, ngày mai",
     "ba con chu y nhe"),
    ("Ba con luu y: ngày mai cắt điện từ 7h đến 17h.", "Ba con luu y: ngày mai", "Ba con luu y"),
    ("Kính thưa bà con. Mai cat dien.", "Mai cat dien.", "cat dien"),
    ("Kính thưa bà con, ngày mai cat dien từ 7h đến 17h.", "Kính thưa bà con, ngày mai cat",
     "cat dien"),
    ("Thông báo cat dien\nKính thưa bà con, ngày mai cắt điện từ 7h đến 17h.",
     "Thông báo cat dien", "cat dien"),
    ("Kính thưa bà con, ap Tan Hoa va ap Tan Binh họp lúc 19h.", "Kính thưa bà con, ap Tan",
     "ap va ap"),
)  # fmt: skip
STILL_TAKEN_IN_LOWER_CASE = (
    # one plain pair alone is a real phrase; a name in Title Case keeps its family name
    "Hỗ trợ ba con bò nhân mười triệu đồng; phát bao cao su miễn phí tại trạm y tế xã.",
    "Tịch thu hai xe mô tô; đội kéo co nam thôn 3 thắng; ứng dụng can va miễn phí.",
    "Bà Mai Thi Lan và ông Le Van Cat dự họp tại ấp Tân Hòa; Mai Cat Dien được khen thưởng.",
)


@pytest.mark.parametrize(("typed", "quoted", "words"), HALF_IN_LOWER_CASE)
def test_a_half_marked_text_in_lower_case_is_refused_at_every_door_naming_the_words(
    opened: Station, station: Path, scripts: Path, typed: str, quoted: str, words: str
) -> None:
    """o19lan8 L1–L3: shorter unmarked runs in or after marked words passed every door, and
    'lũ đang lên, ba con di doi ngay' aired as an emergency; 'ngày mai CAT DIEN' was read
    "công an tỉnh dien" ('mai' was taken for a family name opening a person's name). Two
    side-by-side pairs the texts nearly always mark ('ba con', 'di doi': mostly_marked_pairs)
    or two words nearly always marked, one only Vietnamese with a mark ('cat dien'), are
    refused; the refusal quotes the sentence and names the words."""
    for said in refusals_at_every_door(opened, station, scripts, typed):
        assert f"“{quoted}" in said and "typed without diacritics" in said
        assert said.endswith(f" Words without their marks: {words}."), said


@pytest.mark.parametrize("typed", STILL_TAKEN_IN_LOWER_CASE)
def test_one_plain_pair_or_a_name_in_title_case_is_still_taken(opened: Station, typed: str) -> None:
    assert opened.type_announcement(typed, "Thông báo").change == "new"


@pytest.mark.parametrize("typed", UNACCENTED + HALF_MARKED)
def test_a_notice_typed_without_diacritics_is_refused_at_every_door_quoting_its_sentence(
    opened: Station, station: Path, scripts: Path, typed: str
) -> None:
    """o18lan7 N1 (HALF_MARKED): a marked heading word outweighed the unmarked rest ('THÔNG
    BÁO: CAT DIEN TU 7H' was read 'thông báo: công an tỉnh dien tu'), typed, in a file or as
    an emergency."""
    plain = (s for s in typed.split(". ") if not any(c in "ôáọắ" for c in s))
    first = next(plain, typed.splitlines()[-1])
    for said in refusals_at_every_door(opened, station, scripts, typed):
        assert "typed without diacritics or in shorthand" in said
        assert f"“{first[:25]}" in said and "Telex" in said


@pytest.mark.parametrize("typed", STILL_TAKEN + HALF_TAKEN)
def test_names_numbers_headings_brands_songs_and_highland_names_are_still_taken(
    opened: Station, typed: str
) -> None:
    """HALF_TAKEN: Vietnamese writes many words with no mark ('mang theo', 'khai sinh', 'báo
    ngay cho'), and names, codes and English are written as they are."""
    assert opened.type_announcement(typed, "Thông báo").change == "new"


def test_a_brand_the_station_lexicon_lists_is_no_word_typed_without_marks(opened: Station) -> None:
    """A word the station's lexicon says is said as it says: 'DONG TAM', the tile maker's
    brand, is refused as Vietnamese without its marks until the lexicon lists it, then taken
    at every door, in a title too."""
    typed = "Cửa hàng DONG TAM tại chợ xã giảm giá gạch men."
    with pytest.raises(BroadcasterError, match="without diacritics"):
        opened.type_announcement(typed, "Giảm giá")
    opened.set_pronunciation("dong tam", "đồng tâm", "can-bo")
    opened.read(typed)
    added = opened.type_announcement(typed, "Giảm giá gạch DONG TAM ở chợ")
    assert added.change == "new"
    opened.approve(added.id, "Hùng")
    opened.create_emergency("Chủ tịch xã", text=typed)


def test_the_lexicon_s_words_come_from_the_lexicon_not_from_station_toml() -> None:
    """`InputLimits.known` is filled from the lexicon: station.toml's [limits] does not take it
    (a list there crashed the settings check, which knows no frozenset)."""
    raw = tomllib.loads('name = "Xã An Hòa"\n[limits]\nknown = ["dong tam"]\n')
    with pytest.raises(ConfigError, match=r"unknown setting 'known' in limits \(known: "
                       r"max_text_kb, max_audio_mb, max_audio_minutes\)"):  # fmt: skip
        parse_config(raw)


HEADINGS = (
    "THONG BAO", "THONG BAO KHAN", "HOP THON", "CUP DIEN", "NGHI TET", "LICH TIEM CHUNG",
    "MIT TINH", "DAI HOI DANG BO", "PHONG CHONG DICH BENH", "KINH GUI BA CON",
    "HOC SINH NGHI HOC", "KET QUA XO SO", "THONG BAO: CUP DIEN",
)  # fmt: skip
NO_HEADINGS = (
    "TOP HIT 2026", "HOT POT", "TIP TOP", "NHAC HOT", "SOC TRANG, BAC LIEU", "GO VAP, HOC MON",
    "XA AN BINH", "UBND XA AN BINH.", "HAPPY BIRTHDAY", "NGUYEN DUC PHUC",
)  # fmt: skip


@pytest.mark.parametrize("typed", HEADINGS)
def test_a_heading_in_capitals_without_marks_is_refused(typed: str) -> None:
    """review17 #11: headings are the commonest capitals lines, and the reader says 'THONG
    BAO' as 'thong bao'; one checked syllable or none let them through."""
    with pytest.raises(BroadcasterError, match="without diacritics"):
        DEFAULT_LIMITS.check_text(typed, "tb.txt")


@pytest.mark.parametrize("typed", NO_HEADINGS)
def test_english_a_list_of_places_or_a_name_in_capitals_is_taken(typed: str) -> None:
    """review17 #12: 'TOP HIT 2026' and 'HOT POT' are English; a list of places is judged part
    by part ('SOC TRANG' and 'BAC LIEU' each pass alone, so must the two)."""
    DEFAULT_LIMITS.check_text(typed, "tb.txt")


HOSTILE = (
    ("“" * 34_000, False),
    ("« " * 25_000 + "\nhop thon an hoa vao toi nay tai nha van hoa", True),
    ("‘ ” “ ’ « " * 5_000, False),
    ("“hop " * 14_000, False),
    ("a" * 100_000, False),
    (". \n" * 34_000, False),
    ("“ " * 20_000 + "hop thon an hoa vao toi nay tai nha van hoa", True),
    ("Họp thôn “Mua xuân " + "rất " * 16_000, False),
)


def test_a_hundred_kb_of_unclosed_quotes_or_one_letter_is_judged_in_one_pass() -> None:
    """Quote marks that never close made the check quadratic (100 KB of “ took seconds, at
    every click and under the store's write lock); the time is `bench/unaccented_hostile.py`'s
    figure, this test asserts the result a linear check gives."""
    for hostile, refused in HOSTILE:
        assert len(hostile.encode()) <= DEFAULT_LIMITS.max_text_bytes
        if not refused:
            DEFAULT_LIMITS.check_text(hostile, "tb.txt")
            continue
        with pytest.raises(BroadcasterError, match="without diacritics"):
            DEFAULT_LIMITS.check_text(hostile, "tb.txt")


def test_the_command_line_and_the_office_s_publish_refuse_it_saying_to_fix_the_file(
    station: Path, run: Run, scripts: Path, tmp_path: Path
) -> None:
    path = write_script(scripts, "hop.txt", CHAT)
    said = run("announce", "add", str(path), code=1).stderr
    assert "“TB: hop ND thon Bac" in said and "send it again" in said
    office = make_office(tmp_path / "office")
    folder = campaign(office, "hop-thon", **{"hop-thon-bac": CHAT})
    said = publish(run, office, str(folder), code=1)
    assert "hop-thon-bac.md: the sentence “TB: hop ND thon Bac" in said, said


def test_the_console_refuses_it_typed_or_sent_in_vietnamese(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    typed = visitor.post(NEW, TYPED | {"text": CHAT}, page=NEW)
    assert typed.status_code == 400
    said = field_error(typed.text, "text")
    assert "Câu “TB: hop ND thon Bac" in said and "được gõ không dấu hoặc viết tắt" in said
    assert "hãy gõ lại có dấu và viết đủ chữ (ví dụ bằng Unikey với kiểu gõ Telex)" in said
    assert "(nội dung chuyển khoản, cú pháp tin nhắn) thì đặt trong ngoặc kép “…” để giữ" in said
    sent = send(visitor, ("hop.txt", CHAT.encode()))
    assert sent.status_code == 400
    said = field_error(sent.text, "files")
    assert "hop.txt: câu “TB: hop ND thon Bac" in said and "gửi lại tệp" in said
    assert store_dump(console_station) == before


def test_the_console_refuses_a_line_marked_on_one_part_only_typed_or_sent(
    visitor: Visitor, console_station: Path
) -> None:
    """o18lan7 N1: 'THÔNG BÁO CAT DIEN TOAN XA.' was saved from the form and from Notepad."""
    visitor.sign_in("vanhanh")
    before = store_dump(console_station)
    half = "THÔNG BÁO CAT DIEN TOAN XA."
    typed = visitor.post(NEW, TYPED | {"text": half}, page=NEW)
    assert typed.status_code == 400
    assert f"Câu “{half}” được gõ không dấu" in field_error(typed.text, "text")
    sent = send(visitor, ("cat-dien.txt", half.encode()))
    assert sent.status_code == 400
    assert f"cat-dien.txt: câu “{half}”" in field_error(sent.text, "files")
    assert store_dump(console_station) == before


SEVERAL = (
    "Kinh Gui Ba Con Thon Nam. Chieu Thu Sau Tram Y Te Kham Benh. Ba Con Nho Mang Theo The "
    "Bao Hiem Y Te Nhe.",
    "Họp thôn tối nay lúc 7 giờ. Ai ko di dc thi bao truoc cho truong thon nhe. Cam on ca nha "
    "nhieu. Tks ca nha",
)


@pytest.mark.parametrize("typed", SEVERAL)
def test_every_sentence_without_marks_is_named_at_once_short_sign_offs_too(
    opened: Station, station: Path, scripts: Path, typed: str
) -> None:
    unmarked = [s for s in typed.split(". ") if not any(c in "ọốờ" for c in s)]
    for said in refusals_at_every_door(opened, station, scripts, typed):
        assert "the sentences" in said, said
        assert all(f"“{s.rstrip('.')}" in said for s in unmarked), said
        assert "Họp thôn tối nay" not in said


def test_the_console_quotes_the_first_three_and_counts_the_others(
    visitor: Visitor, console_station: Path
) -> None:
    visitor.sign_in("vanhanh")
    typed = (
        "Thong Bao Khan. Mat Dien Toan Xa Tu 7h Den 17h Ngay Mai. Ba Con Chu Y Nhe. "
        "Cac ho kiem tra tu lanh truoc khi mat dien. Tks ca nha"
    )
    refused = visitor.post(NEW, TYPED | {"text": typed}, page=NEW)
    assert refused.status_code == 400
    said = field_error(refused.text, "text")
    assert "Các câu “Thong Bao Khan.”, “Mat Dien Toan Xa Tu 7h Den 17h Ngay Mai.”, “Ba Con " in said
    assert "và 2 câu khác được gõ không dấu hoặc viết tắt" in said
    assert "hãy gõ lại hết các câu ấy có dấu" in said


def test_a_notice_stored_without_diacritics_before_is_not_approved(
    station: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    set_config(station, "auto_approve_local", "false")
    by_hand = Station.open(station)
    with monkeypatch.context() as before_the_check:
        unchecked = "announcements.unaccented.refuse_unaccented"  # where limits finds it
        before_the_check.setattr(unchecked, lambda *_, **__: None)
        added = by_hand.type_announcement(CHAT, "Họp thôn")
    with pytest.raises(BroadcasterError) as refused:
        by_hand.approve(added.id, "Hùng")
    assert "without diacritics" in str(refused.value)


def test_auto_approval_leaves_what_an_approver_would_refuse_as_a_draft(opened: Station) -> None:
    """auto_approve_local (the test station has it on) approves by the approver's rule."""
    garbled = opened.type_announcement("Xqzt brrk vlmnq qwpz zzyx kjhg, trrw.", "Lạ")
    named = opened.type_announcement("Họp thôn Bắc với ông Smith và bà Nguyễn tối nay.", "Họp")
    approved = dict(query(opened.root, "SELECT id, approved_version FROM announcements"))
    assert approved[garbled.id] is None
    assert approved[named.id] == 1


def test_auto_approval_reads_the_notice_while_the_daemon_can_still_write(
    opened: Station, station: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reading that decides auto-approval ran inside the store's write transaction, so
    the daemon's writes waited for it (review16 #2); it now runs before, deciding alike."""
    written = []
    read = Station.reader

    def reader_while_another_writes(self: Station) -> object:
        with sqlite3.connect(station / "station.db", timeout=0) as daemon:
            daemon.execute("BEGIN IMMEDIATE")
            written.append(daemon.in_transaction)
            daemon.rollback()
        return read(self)

    monkeypatch.setattr(Station, "reader", reader_while_another_writes)
    named = opened.type_announcement("Họp thôn Bắc với ông Smith tối nay.", "Họp")
    garbled = opened.type_announcement("Xqzt brrk vlmnq qwpz zzyx kjhg, trrw.", "Lạ")
    assert written and all(written)
    approved = dict(query(opened.root, "SELECT id, approved_version FROM announcements"))
    assert approved == {named.id: 1, garbled.id: None}


EMOJI = "Chia sẻ giúp bà con ❤️ 👨‍👩‍👧 🇻🇳 👍🏽 📢 ✅, mang theo ¥ nhé."


def test_emoji_are_left_out_and_never_listed_as_words_to_guess(
    opened: Station, scripts: Path, run: Run
) -> None:
    added = opened.type_announcement(EMOJI, "Chia sẻ")
    assert added.guessed == ("¥",)  # the symbol is still said to be left out
    path = write_script(scripts, "chia-se.txt", EMOJI)
    said = run("announce", "add", str(path)).stderr
    assert "'¥'" in said
    assert not any(e in said for e in "❤👨👩👧🇻🇳👍🏽📢✅")


def test_the_console_lists_no_emoji_among_the_words_to_guess(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    page = text(visitor.get(visitor.post(NEW, TYPED | {"text": EMOJI}, page=NEW).location).text)
    listed = page[page.index("Những từ máy đọc phải đoán") :]
    assert "¥" in listed and not any(e in listed for e in "❤👨👩👧🇻🇳👍🏽📢✅")


MIXED = (
    "Thông báo họp dân thôn Bắc. "
    + tcvn3("Bà con đến họp tại nhà văn hóa thôn lúc 8 giờ sáng.")
    + " Trân trọng cảm ơn."
)


def test_one_old_font_sentence_is_quoted_and_only_it_is_to_be_typed_again(
    opened: Station,
) -> None:
    with pytest.raises(BroadcasterError) as refused:
        opened.type_announcement(MIXED, "Họp dân")
    said = str(refused.value)
    assert "the sentence “Bµ con ®Õn häp" in said and "leave the rest as it is" in said
    assert "paste it again" not in said and "Công cụ chuyển mã" not in said


def test_the_console_quotes_the_old_font_sentence_and_says_to_fix_the_file(
    visitor: Visitor,
) -> None:
    visitor.sign_in("vanhanh")
    typed = visitor.post(NEW, TYPED | {"text": MIXED}, page=NEW)
    said = field_error(typed.text, "text")
    assert "Câu “Bµ con ®Õn häp" in said and "giữ nguyên phần còn lại" in said
    sent = send(visitor, ("hop-dan.txt", MIXED.encode()))
    said = field_error(sent.text, "files")
    assert "hop-dan.txt: câu “Bµ con ®Õn häp" in said and "lưu tệp rồi gửi lại tệp" in said
    assert "dán lại" not in said
    whole = field_error(send(visitor, ("tb.txt", tcvn3(NOTICES[1]).encode())).text, "files")
    assert "chuyển tệp sang Unicode bằng Unikey" in whole and "dán lại" not in whole


ANSI = "Thông báo tiêm phòng dại\r\n\r\n" + "\r\n".join(NOTICES)
CONVERTED_VI = (
    "tệp gõ bằng kiểu chữ cũ (Windows-1258) đã được chuyển sang chữ Unicode: hãy nghe lại trước "
    "khi duyệt"
)  # o17lan5 finding 8: words she knows, not "mã Windows-1258"


def test_a_windows_1258_file_says_once_that_it_was_converted(
    station: Path, run: Run, scripts: Path
) -> None:
    path = scripts / "tiem-phong.txt"
    path.write_bytes(iconv(ANSI, "CP1258"))
    said = run("announce", "add", str(path)).stderr
    assert said.count("old character set (Windows-1258) and has been converted") == 1
    utf8 = write_script(scripts, "tiem-phong-utf8.txt", ANSI)
    assert "Windows-1258" not in run("announce", "add", str(utf8)).stderr


def test_what_announce_add_says_of_a_file_ends_as_a_sentence(
    station: Path, run: Run, scripts: Path
) -> None:
    """o23lan12 M6: its notes (converted, held, guessed words) and its refusal (an old font)
    ended without a full stop; every other message has one."""
    ansi = scripts / "tiem-phong.txt"
    ansi.write_bytes(iconv(ANSI, "CP1258"))
    said = run("announce", "add", str(ansi), str(write_script(scripts, "bz.txt", PASTED))).stderr
    assert "Windows-1258" in said and "not approved automatically" in said and "guess" in said
    assert all(line.endswith(".") for line in said.splitlines()), said
    old_font = scripts / "hop.txt"
    old_font.write_bytes(iconv("Thông báo họp dân thôn Bắc tối nay.", "TCVN5712-1"))
    refused = run("announce", "add", str(old_font), code=1).stderr
    assert "TCVN3" in refused and refused.endswith("then send it again.\n"), refused


def test_the_console_says_once_that_a_windows_1258_file_was_converted(visitor: Visitor) -> None:
    visitor.sign_in("vanhanh")
    sent = send(visitor, ("tiem-phong.txt", iconv(ANSI, "CP1258")))
    shown = text(visitor.get(sent.location).text)
    assert shown.count(CONVERTED_VI) == 1


PASTED = "Please download Zalo, check inbox, reply soon, thanks everyone."
HELD_VI = "chưa được tự duyệt nên vẫn là bản nháp và chưa phát"


def test_auto_approval_says_once_on_the_command_line_why_a_notice_stays_a_draft(
    station: Path, run: Run, scripts: Path
) -> None:
    """auto_approve_local is on: she believes what she adds airs (w16a: it stayed a draft
    silently). The one that airs says nothing of it."""
    said = run("announce", "add", str(write_script(scripts, "bz.txt", PASTED))).stderr
    assert said.count("not approved automatically, so it stays a draft and does not air") == 1
    assert "the reader must guess" in said and "add them to the lexicon" in said
    assert query(station, "SELECT approved_version FROM announcements") == [(None,)]
    fine = write_script(scripts, "hop.txt", "Họp thôn Bắc lúc 19 giờ 30 tối nay.")
    assert "not approved automatically" not in run("announce", "add", str(fine)).stderr


def test_auto_approval_says_once_on_the_console_why_a_notice_stays_a_draft(
    visitor: Visitor, console_station: Path
) -> None:
    set_config(console_station, "auto_approve_local", "true")
    visitor.sign_in("vanhanh")
    added = visitor.post(NEW, TYPED | {"title": "Bluezone", "text": PASTED}, page=NEW)
    shown = text(visitor.get(added.location).text)
    assert shown.count(HELD_VI) == 1
    assert "máy đọc phải đoán" in shown and "thêm chúng vào từ điển phát âm" in shown
    assert HELD_VI not in text(visitor.get(added.location).text)  # said once, where she added it
    sent = send(visitor, ("hop.txt", "Họp thôn Bắc lúc 19 giờ 30 tối nay.".encode()))
    assert HELD_VI not in text(visitor.get(sent.location).text)
