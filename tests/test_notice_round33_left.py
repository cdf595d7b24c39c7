"""Reader faults session 32 left (issue 16), each a class with near-misses that must not change,
read in both voices: words of the web said as announcers keep them. A row's third column is the
southern reading where it differs."""

from __future__ import annotations

import pytest
from both_voices import Row, assert_read_in_both_voices, table_rows

WEB_WORDS: list[Row] = [
    ("Theo dõi fanpage của xã để nhận tin.", "Theo dõi phan pây của xã để nhận tin.", None),
    ("Nhắn tin qua inbox Fanpage Công an xã.", "Nhắn tin qua in bốc phan pây Công an xã.", None),
    ("Thông báo đăng trên homepage của huyện.", "Thông báo đăng trên hôm pây của huyện.", None),
    ("Điền phiếu trên landing page của chương trình.",
     "Điền phiếu trên lan đinh pây của chương trình.", None),
    ("Mở webpage của Sở Y tế.", "Mở oép pây của Sở Y tế.", None),
    ("Bấm like, share và để lại comment dưới bài viết.",
     "Bấm lai, se và để lại còm men dưới bài viết.", None),
    ("Xã livestream buổi tiếp xúc cử tri, link ở dưới.",
     "Xã lai xtrim buổi tiếp xúc cử tri, lin ở dưới.", None),
    # near-misses: the Vietnamese word 'trang', a page of a document, a French garage
    ("Trang thông tin điện tử của xã.", "Trang thông tin điện tử của xã.", None),
    ("Xem trang 3 của hướng dẫn.", "Xem trang ba của hướng dẫn.", None),
    ("Sửa xe tại garage Minh Long.", "Sửa xe tại ga ra Minh Long.", None),
]  # fmt: skip


TABLES: dict[str, list[Row]] = {
    "web_words": WEB_WORDS,
}
"""Each class's table; a row's id names its table ('web_words-3')."""


@pytest.mark.parametrize(("written", "north", "south"), table_rows(TABLES))
def test_read_as_an_announcer_reads_it_in_both_voices(
    written: str, north: str, south: str | None
) -> None:
    assert_read_in_both_voices(written, north, south)
