"""The commune's Vietnamese guide (docs/huong-dan-xa.md) works as written (o17lan5 finding 8:
the README was English from its first line): every name it puts in “…” and every sentence it
quotes is one the station's console shows, its buttons are on the pages it sends her to, its
commands run, and its sample notice is accepted and approved as written."""

from __future__ import annotations

import html
import io
import re
import shlex
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from conftest import Run, Visitor, code_block, make_station, set_config
from test_web import text
from test_web_log import logged

from broadcaster.station import Station
from common.errors import BroadcasterError
from common.i18n import sentences

__all__ = ["logged"]  # the fixture, imported for these tests

ROOT = Path(__file__).parent.parent
GUIDE = (ROOT / "docs" / "huong-dan-xa.md").read_text("utf-8")
CATALOG = ROOT / "common" / "locale" / "vi" / "LC_MESSAGES" / "broadcaster.po"
NOT_HERS = ("cli.py", "office/", "web/office/")
"""Where messages are that the commune's console never shows: the command line and the
office's own pages (a message also used by a page of hers counts)."""
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")


def one_line(words: str) -> str:
    return " ".join(words.split())


@cache
def on_her_screen() -> tuple[str, ...]:
    """The Vietnamese of every message the station's code shows, as `pybabel extract` finds
    them (the catalog itself keeps no places)."""
    with tempfile.TemporaryDirectory() as folder:
        pot = Path(folder) / "messages.pot"
        subprocess.run(
            [Path(sys.executable).parent / "pybabel", "-q", "extract", "-F", "babel.cfg",
             "-k", "N_", "-k", "ngettext:1,2", "-o", pot, "."],
            cwd=ROOT, check=True,
        )  # fmt: skip
        with pot.open("rb") as f:
            extracted = list(read_po(f))
    shown = {
        m.id if isinstance(m.id, str) else m.id[0]
        for m in extracted
        if m.id and any(not str(path).startswith(NOT_HERS) for path, _line in m.locations)
    }
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    said: list[str] = []
    for m in catalog:
        if m.id and (m.id if isinstance(m.id, str) else m.id[0]) in shown:
            said += [m.string] if isinstance(m.string, str) else list(m.string or ())
    said += [sentences(s) for s in said]  # as Cần chú ý shows them: '…; …' as two
    return tuple(one_line(s) for s in said if s)


@cache
def pattern_of(message: str) -> re.Pattern[str]:
    """A message with each placeholder open to any value, or to “…” for one that varies (a
    whole message quoted: compiled once, ~90 names × ~2,000 messages)."""
    return re.compile("([^…]+?|…)".join(re.escape(p) for p in PLACEHOLDER.split(message)))


def shown_as(quoted: str, message: str) -> bool:
    """Whether `quoted` is what `message` shows: the whole of it, a value in each of its
    placeholders, or, with “…” for what varies, its pieces in their order."""
    if pattern_of(message).fullmatch(quoted):
        return True
    if "…" not in quoted:
        return False
    at = 0
    for piece in quoted.split("…"):
        found = message.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def on_screen(quoted: str) -> bool:
    """A sentence shown alone gets its capital (common.i18n.sentence) and may end in a stop."""
    said = one_line(quoted)
    forms = {said, said[:1].lower() + said[1:]}
    forms |= {form.rstrip(".") for form in forms}
    return any(shown_as(form, m) for form in forms for m in on_her_screen())


def prose() -> str:
    """The guide without its code blocks, code spans and quoted sentences."""
    body = re.sub(r"^```.*?^```", "", GUIDE, flags=re.M | re.S)
    body = re.sub(r"^\s*> .*$", "", body, flags=re.M)
    return re.sub(r"`[^`]*`", "", body)


def names() -> list[str]:
    """What the guide names in “…”: a page, a menu entry, a field or a button."""
    return [one_line(q) for q in re.findall(r"“([^”]+)”", prose(), re.S) if q != "…"]


def quoted_sentences() -> list[str]:
    """The sentences the guide quotes as the console says them (its '> ' lines)."""
    return [line.strip()[2:] for line in GUIDE.splitlines() if line.strip().startswith("> ")]


def test_every_name_in_quotes_is_one_the_console_shows() -> None:
    assert len(names()) > 80
    unknown = sorted({name for name in names() if not on_screen(name)})
    assert not unknown, f"named in docs/huong-dan-xa.md but on no page of hers: {unknown}"


def test_every_sentence_it_quotes_is_one_the_console_says() -> None:
    assert len(quoted_sentences()) > 20
    unknown = [said for said in quoted_sentences() if not on_screen(said)]
    assert not unknown, f"quoted in docs/huong-dan-xa.md but said nowhere: {unknown}"


def test_the_checks_refuse_a_name_the_console_does_not_have() -> None:
    """The two tests above can fail: a button renamed (or named wrong) is on no page."""
    assert on_screen("Phát lại một lần") and not on_screen("Phát lại 1 lần")
    assert on_screen("Duyệt phiên bản 2") and not on_screen("Duyệt bản 2")
    assert on_screen("Khung giờ “…” … không phát như kế hoạch (…): …. Xem trong Nhật ký.")
    assert not on_screen("Khung giờ “…” … không phát (…): …. Xem trong Nhật ký.")


PAGES = {
    # (account, page): the buttons, fields and headings the guide sends her to find there
    ("vanhanh", "/"): ["Trang chủ", "Cần chú ý", "Chờ duyệt", "Sắp phát", "Thông báo",
                       "Lịch phát", "Nhật ký", "Đồng bộ", "Mật khẩu của tôi", "Đăng xuất"],
    ("vanhanh", "/announcements/new"): [
        "Thêm thông báo", "Gõ nội dung", "Tiêu đề", "Nội dung cần đọc", "Số lần đọc",
        "Xem cách đọc", "Lưu", "Hoặc gửi tệp", "Kịch bản hoặc bản ghi âm", "Gửi"],
    ("duyet", "/announcements/hop-thon"): [
        "Nghe thử", "Duyệt phiên bản 1", "Không duyệt phiên bản 1…", "Lý do (người soạn sẽ đọc)",
        "Không duyệt phiên bản 1", "Sửa nội dung", "Thôi phát"],
    ("vanhanh", "/schedule"): ["Thêm khung giờ", "In lịch phát của tuần (PDF)", "Tuần trước",
                               "Tuần sau"],
    ("vanhanh", "/schedule/new"): ["Tên khung giờ", "Giờ phát", "Các ngày", "Chiến dịch",
                                   "Từ ngày", "Đến ngày", "Thêm khung giờ"],
    ("vanhanh", "/log"): ["Tìm lượt phát", "Kết quả", "Xem", "Báo cáo tháng", "Tháng",
                          "Định dạng", "PDF (để in)", "XLSX (bảng tính)", "Tải về",
                          "Kiểm tra nhật ký có bị sửa không", "Phát lại hôm nay lúc",
                          "Phát lại một lần"],
    ("vanhanh", "/password"): ["Mật khẩu hiện tại", "Mật khẩu mới", "Nhập lại mật khẩu mới",
                               "Đổi mật khẩu"],
    ("duyet", "/"): ["Phát khẩn cấp", "Nội dung khẩn cấp", "Tiếp tục"],
}  # fmt: skip


def test_the_buttons_it_names_are_on_the_pages_it_sends_her_to(
    visitor: Visitor, logged: Path
) -> None:
    """A button renamed in a template or in the catalog fails here, by the page it was on:
    each is the whole text of an element there, not words of a longer sentence (with `logged`,
    a missed airing: Nhật ký offers to air it again)."""
    named = set(names())
    for (account, page), buttons in PAGES.items():
        visitor.sign_in(account)
        answer = visitor.get(page)
        assert answer.status_code == 200, page
        page_text = answer.get_data(as_text=True)
        shown = {
            one_line(html.unescape(s)).strip("←→ ") for s in re.findall(r">([^<>]+)<", page_text)
        }
        for button in buttons:
            assert button in named, f"the guide no longer names “{button}”"
            assert button in shown, f"“{button}” is not on {page} any more"
    visitor.sign_in("vanhanh")
    home = text(visitor.get("/").get_data(as_text=True))
    [missed] = [s for s in quoted_sentences() if s.startswith("Khung giờ")]
    pieces = [piece for piece in missed.split("…") if piece.strip()]
    assert all(piece in home for piece in pieces), home  # the missed airing, as §3 quotes it


def test_the_sample_notice_is_accepted_typed_and_as_a_file_and_approved(tmp_path: Path) -> None:
    """§4: the title typed in Tiêu đề, the rest in Nội dung cần đọc; or the same text as a
    .txt file, whose first line is then its title. Each waits for ông Hùng (§6), who approves
    it as it is (approval refuses what the reader cannot read), and it is read as §4 says."""
    sample = code_block(GUIDE, "text")
    title, _blank, body = sample.partition("\n\n")
    assert f"Gõ `{title}` vào “Tiêu đề”" in GUIDE
    typing, sending = (make_station(tmp_path / name) for name in ("typed", "sent"))
    for root in (typing, sending):
        set_config(root, "auto_approve_local", "false")  # as a commune's station is set up
    typed_in, sent_to = Station.open(typing), Station.open(sending)
    typed = typed_in.type_announcement(body.strip(), title, by="lan")
    [sent] = sent_to.add_uploads([("hop-dan-thon-dong.txt", io.BytesIO(sample.encode()))], "lan")
    for station, result in ((typed_in, typed), (sent_to, sent)):
        assert (result.change, result.version) == ("new", 1)
        notice = station.announcement(result.id, spoken=False)
        assert (notice.title, notice.status.value) == (title, "draft")
        assert station.approve(result.id, "hung") == 1
    # o19lan8 L9: the file's heading is read aloud first, the typed title is not, as §4 says
    assert "tiêu đề trong tệp **được đọc lên** trước" in GUIDE
    assert f"mở đầu bằng `{title}.`" in GUIDE
    both = ((typed_in, typed), (sent_to, sent))
    typed_heard, sent_heard = (s.announcement(r.id).spoken_text or "" for s, r in both)
    assert sent_heard.startswith(f"{title}. Kính thưa bà con")
    assert typed_heard.startswith("Kính thưa bà con")
    reading = typed_in.read(body, None)
    assert not reading.guessed
    said = re.search(r"Máy đọc\s+(`.*?)\.\n", GUIDE, re.S)
    assert said
    pairs = re.findall(r"`([^`]+)` là `([^`]+)`", said.group(1).replace("\n", " "))
    assert len(pairs) == 2
    for written, spoken in pairs:
        assert written in body and spoken in reading.spoken, (written, reading.spoken)


def test_the_unmarked_example_is_refused_with_the_sentence_the_guide_quotes(
    opened: Station, vietnamese: None
) -> None:
    example = re.search(r"\(`(hop thon[^`]*)`\)", GUIDE)
    assert example
    with pytest.raises(BroadcasterError) as refused:
        opened.type_announcement(example.group(1), "Họp thôn", by="lan")
    [quoted] = [s for s in quoted_sentences() if "câu “…” được gõ không dấu" in s]
    said = one_line(str(refused.value))
    pieces = [piece for piece in quoted.split("…") if piece.strip()]
    assert all(piece.lower() in said.lower() for piece in pieces), said
    assert example.group(1) in said


def test_the_technician_s_commands_make_the_two_accounts(
    run: Run, station: Path, vietnamese: None
) -> None:
    commands = [shlex.split(line) for line in code_block(GUIDE, "sh").splitlines() if line.strip()]
    assert commands and all(c[0] == "broadcaster" for c in commands)
    for command in commands:
        run(*command[1:], input="mật khẩu mới của xã\n")
    accounts = {a.name: a for a in Station.open(station).accounts.list()}
    assert accounts["lan"].role.label == "Người vận hành"
    assert accounts["hung"].role.label == "Người duyệt"
    assert (
        f"“{accounts['lan'].role.label}”" in GUIDE and f"“{accounts['hung'].role.label}”" in GUIDE
    )
    assert accounts["hung"].person == "Nguyễn Văn Hùng – Chủ tịch UBND xã"


def test_a_hand_over_as_the_guide_writes_it_keeps_the_past_approvals_named(
    run: Run, station: Path, vietnamese: None
) -> None:
    """o23lan12 M4: the guide said nothing of a new officer or chairman. Its hand-over
    commands (its second `sh` block, after the first one's accounts) make anh Tuấn's account
    and remove chị Lan's; what ông Hùng approved keeps his name once his account is gone."""
    first, hand_over = re.findall(r"^```sh\n(.*?)^```", GUIDE, re.M | re.S)[:2]
    for block in (first, hand_over):
        for line in filter(str.strip, block.splitlines()):
            command = shlex.split(line)
            assert command[0] == "broadcaster"
            run(*command[1:], input="mật khẩu mới của xã\n")
    accounts = {a.name: a for a in Station.open(station).accounts.list()}
    assert "lan" not in accounts
    assert accounts["tuan"].role.label == "Người vận hành"
    assert accounts["tuan"].person == "Trần Văn Tuấn – Cán bộ văn hóa – xã hội"
    set_config(station, "auto_approve_local", "false")  # as a commune's station is set up
    opened = Station.open(station)
    notice = opened.type_announcement("Họp dân thôn Đông lúc 19 giờ tối nay.", "Họp thôn").id
    opened.approve(notice, "hung")
    run("user", "remove", "hung")  # as the guide says for a new chairman
    assert "`user remove hung`" in GUIDE
    assert opened.approver(opened.announcement(notice)) == "Nguyễn Văn Hùng – Chủ tịch UBND xã"


def test_the_console_s_address_is_the_one_the_readme_s_nginx_site_serves() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    [served] = set(re.findall(r"server_name (\S+);", readme))
    assert f"`https://{served}`" in GUIDE


def test_the_readme_opens_with_a_vietnamese_line_leading_to_the_guide() -> None:
    first = (ROOT / "README.md").read_text("utf-8").split("\n\n")[1]
    assert "docs/huong-dan-xa.md" in first and "Hướng dẫn" in first
