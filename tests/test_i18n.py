"""The message catalog: every sentence in the code has its Vietnamese, and the language is
chosen as the README says (environment, else the station's setting, else Vietnamese)."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from babel.messages.catalog import Message
from babel.messages.pofile import read_po

from common import i18n

ROOT = Path(__file__).parent.parent
CATALOG = ROOT / "common" / "locale" / "vi" / "LC_MESSAGES" / "broadcaster.po"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> list[Message]:
    """Every message the code marks for translation, as `pybabel extract` finds it, with
    where the code says it, and click's own (it looks them up in our catalog)."""
    pot = tmp_path_factory.mktemp("catalog") / "messages.pot"
    subprocess.run(
        [Path(sys.executable).parent / "pybabel", "-q", "extract", "-F", "babel.cfg", "-k", "N_",
         "-k", "ngettext:1,2", "-o", pot, ".", Path(click.__file__).parent],
        cwd=ROOT, check=True,
    )  # fmt: skip
    with pot.open("rb") as f:
        return [m for m in read_po(f) if m.id]


def message_id(m: Message) -> str:
    return m.id if isinstance(m.id, str) else m.id[0]


def test_every_message_in_the_code_has_its_vietnamese(extracted: list[Message]) -> None:
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    translated = {
        message_id(m)
        for m in catalog
        if m.id and not m.fuzzy and all(m.string if isinstance(m.string, tuple) else [m.string])
    }
    missing = sorted({message_id(m) for m in extracted} - translated)
    assert not missing, (
        f"{len(missing)} message(s) without Vietnamese (scripts/catalog.sh): {missing[:5]}"
    )


def test_each_translation_closes_the_brackets_its_message_closes() -> None:
    """A .po merge once glued an English tail to a Vietnamese sentence ('…: {groups}--group
    GROUP puts one in)'): such leftovers break the brackets, which a translation keeps."""
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    broken = []
    for m in catalog:
        message = m.id if isinstance(m.id, str) else m.id[0]
        strings = [m.string] if isinstance(m.string, str) else list(m.string or ())
        for text in filter(None, strings):
            if message and any(message.count(a) - message.count(b) != text.count(a) - text.count(b)
                               for a, b in ("()", "[]", "{}")):  # fmt: skip
                broken.append(text)
    assert broken == []


SENTENCE_START = re.compile(r"(?<!e\.g)(?<!KT)[.?!] [A-ZĐÀ-Ỹ]")
"""Where a message starts a sentence after another ("e.g. UBND …", "KT. CHỦ TỊCH" are not)."""


def test_each_translation_ends_a_sentence_where_its_message_does() -> None:
    """o22lan11 N7: "Không có tùy chọn: --station Có phải ý …": a translation that drops a full
    stop runs two sentences together; so does one that click follows with a sentence of its
    own (test_vietnamese's mistyped command lines)."""
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    run_together = []
    for m in catalog:
        messages = [m.id] if isinstance(m.id, str) else list(m.id)
        strings = [m.string] if isinstance(m.string, str) else list(m.string or ())
        for message, text in zip(messages, strings, strict=False):
            if text and len(SENTENCE_START.findall(message)) > len(SENTENCE_START.findall(text)):
                run_together.append(text)
    assert run_together == []


def test_the_commune_station_is_an_dai_in_every_translation() -> None:
    """People call the commune's station "đài" (Trang chủ, status, the guides): a sentence
    saying "trạm" names something else to them (o14net K3': "trạm chưa có tài khoản …")."""
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    said = [text for m in catalog
            for text in ([m.string] if isinstance(m.string, str) else list(m.string or ()))
            if "trạm" in text.lower()]  # fmt: skip
    assert said == []


ADDRESSED = re.compile(r"(?<![\w/])(bạn|chị|anh|quý vị)(?![\w/])", re.IGNORECASE)
"""A word that addresses the reader other than "anh/chị" (a lone "chị", "anh" or "bạn"):
the commune's guide speaks to the officer as "anh/chị" when it quotes the console."""


def test_the_reader_is_anh_chi_in_every_sentence_and_page() -> None:
    """w28commune 5: the console called the officer "bạn" in 22 sentences ("Tài khoản của
    bạn…", "Bạn đã đăng xuất") and "anh/chị" in 15, and "chị" alone in two: one address, the
    guide's. The catalog's translations and every template (their Vietnamese words too)."""
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    texts = [text for m in catalog if m.id
             for text in ([m.string] if isinstance(m.string, str) else m.string or ())]  # fmt: skip
    texts += [p.read_text("utf-8") for p in (ROOT / "web" / "templates").rglob("*.html")]
    said = [found.group(0) + ": " + text[:80] for text in texts
            for found in ADDRESSED.finditer(text)]  # fmt: skip
    assert said == []
    guide = (ROOT / "docs" / "huong-dan-xa.md").read_text("utf-8")
    assert "anh/chị" in guide and not re.search(r"(?<![\w])bạn(?![\w])", guide, re.IGNORECASE)


OFFICE_SIDE = ("office/", "web/office/", "web/templates/office/")
"""Where the office's own screens are said (Mai's: there the office is "văn phòng")."""
TO_STATIONS = "office/collector.py"
"""The office's collector answers stations: its refusals are read on a commune's screens
("… refused the enrolment: {reason}"), its own log lines (the database, its role) are not."""


def said_to_a_commune(m: Message, office: set[int]) -> bool:
    """Whether a commune's screen says the message: a station's module, a station command's
    line of cli.py, or the collector's answer to a station."""
    for path, line in m.locations:
        if path == TO_STATIONS:
            return "PostgreSQL" not in message_id(m) and not message_id(m).startswith("The ")
        if not path.startswith(OFFICE_SIDE) and not (path == "cli.py" and line in office):
            return True
    return False


def office_lines() -> set[int]:
    """The lines of cli.py that the office's commands say (`office …`, `publish`, `keys`, their
    --db and settings), the station's commands being the rest."""
    office, found = ("office", "publish", "keys", "db_option", "OFFICE"), set[int]()
    for node in ast.parse((ROOT / "cli.py").read_text()).body:
        names = [node.name] if isinstance(node, ast.FunctionDef) else [
            t.id for t in getattr(node, "targets", []) if isinstance(t, ast.Name)]  # fmt: skip
        decorators = [ast.unparse(d) for d in getattr(node, "decorator_list", [])]
        if any(n.startswith(office) for n in names + decorators):
            first = min([node.lineno, *(d.lineno for d in getattr(node, "decorator_list", []))])
            found.update(range(first, (node.end_lineno or node.lineno) + 1))
    return found


def test_the_office_is_cap_tren_on_every_commune_screen(extracted: list[Message]) -> None:
    """o22lan11: Đồng bộ said "cơ quan cấp trên" and "văn phòng" for one office, and chị Lan
    could not tell they were one. A commune's screens (the console, the station's commands,
    the daemon) name it as her guide does, "cấp trên"; the office's own screens keep
    "văn phòng"."""
    office = office_lines()
    commune = {message_id(m) for m in extracted if said_to_a_commune(m, office)}
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    said = [text for m in catalog if m.id and message_id(m) in commune
            for text in ([m.string] if isinstance(m.string, str) else list(m.string or ()))
            if "văn phòng" in text.lower()]  # fmt: skip
    assert said == []
    assert "văn phòng" not in (ROOT / "docs" / "huong-dan-xa.md").read_text().lower()


@pytest.mark.parametrize(
    ("environment", "station", "chosen"),
    [
        ({}, None, "vi"),
        ({}, "en", "en"),
        ({"LANG": "C.UTF-8"}, "en", "en"),
        ({"LANG": "en_US.UTF-8"}, "vi", "en"),
        ({"LANG": "vi_VN.UTF-8"}, "en", "vi"),
        ({"LC_MESSAGES": "en_GB.UTF-8", "LANG": "vi_VN.UTF-8"}, None, "en"),
        ({"LC_ALL": "fr_FR.UTF-8"}, "vi", "vi"),
    ],
)
def test_language_is_the_environments_else_the_stations_else_vietnamese(
    monkeypatch: pytest.MonkeyPatch, environment: dict[str, str], station: str | None, chosen: str
) -> None:
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert i18n.choose_language(station) == chosen


@pytest.fixture
def unwritable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder no one may write into, root included (immutable: `chattr +i`), on a disk
    that supports it (/var/tmp; the tests' own temp folder may be tmpfs, which does not)."""
    folder = Path(tempfile.mkdtemp(dir="/var/tmp"))
    made = folder / "locked"
    made.mkdir()
    yield made
    subprocess.run(["chattr", "-R", "-i", str(folder)], check=False)
    shutil.rmtree(folder)


def test_an_install_the_daemon_cannot_write_still_speaks_vietnamese(
    unwritable: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The daemon runs as its own user over an install in /opt it cannot write (w16e): a
    catalogue newer than its compiled copy is compiled in memory, not a crash at start."""
    locale = unwritable / "locale"
    shutil.copytree(i18n.LOCALE_DIR, locale)
    folder = locale / "vi" / "LC_MESSAGES"
    (folder / "broadcaster.mo").unlink(missing_ok=True)  # a copy without its compiled file
    if subprocess.run(["chattr", "+i", str(folder)], check=False).returncode:
        pytest.skip("this disk has no immutable folders")
    english = "the station has no admin account yet"
    vietnamese = i18n.translations("vi").gettext(english)
    monkeypatch.setattr(i18n, "LOCALE_DIR", locale)
    assert i18n.translations("vi").gettext(english) == vietnamese != english
    assert not (folder / "broadcaster.mo").exists()  # nothing written where it may not write


TYPED_AS_IS = ("Số: …/BC-ĐTT", "Blu dôn", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "UBND xã Tân Lập",
               "Tân Lập", "…", "… && …", "{commune}, huyện …")  # fmt: skip
"""Straight-quoted words she types as they are: a TOML value, a shell argument, a form field's
example. Everything else a person reads quotes words with “…” (o20lan9 N12)."""


def test_vietnamese_prose_quotes_words_with_curly_quotes() -> None:
    """o20lan9 N12: the file sink's sentence said … hiện là "đang phát" while every other
    sentence quotes with “…”."""
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    straight = sorted(
        quoted
        for m in catalog
        if m.id
        for said in ([m.string] if isinstance(m.string, str) else list(m.string or ()))
        for quoted in re.findall(r'"([^"]*)"', said)
        if re.search(r"[^\x00-\x7f]", quoted) and quoted not in TYPED_AS_IS
    )
    assert not straight, straight
