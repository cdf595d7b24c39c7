"""Vietnamese first: the whole command set run in `vi` says no English sentence, and each
refusal is a Vietnamese sentence naming the value at fault.

The detector is the catalog itself: a word counts as English when the English side of the
catalog uses it (or it is an English function word) and the Vietnamese side never does. What
a person may legitimately see in Latin letters is set aside first: command and option names,
the choices an option takes, file paths and identifiers, placeholders in capitals, and the
values the person typed."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from itertools import pairwise
from pathlib import Path

import click
import pytest
from babel.messages.pofile import read_po
from click.testing import CliRunner
from conftest import make_station, runner_for, write_script

import cli as cli_module
from cli import cli
from common.i18n import _

CATALOG = Path(__file__).parent.parent / "common/locale/vi/LC_MESSAGES/broadcaster.po"
FUNCTION_WORDS = set(
    re.findall(
        r"\w+",
        "the is are was were be been not no of to in on at by for with from and or but this that "
        "these those it its has have had must should cannot can will would one only than then "
        "when which what who there here into after before until yet also more less any every "
        "some such your you we our",
    )
)
"""English words that turn up in any English sentence."""


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text)


def command_tree(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[
    tuple[tuple[str, ...], click.Command]
]:  # fmt: skip
    for name, command in group.commands.items():
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from command_tree(command, (*prefix, name))


def identifiers() -> set[str]:
    """Command names and the choices options take: the words of the command line itself."""
    found: set[str] = set()
    for path, command in command_tree(cli):
        found.update(path)
        for param in command.params:
            if isinstance(param.type, click.Choice):
                found.update(str(choice) for choice in param.type.choices)
    return {w.lower() for name in found for w in words(name)}


def english_vocabulary() -> set[str]:
    """Words the English side of the catalog uses and the Vietnamese side never does."""
    with CATALOG.open("rb") as f:
        catalog = read_po(f)
    english: set[str] = set(FUNCTION_WORDS)
    vietnamese: set[str] = set()
    for message in catalog:
        if not message.id:
            continue
        ids = [message.id] if isinstance(message.id, str) else list(message.id)
        strings = (
            [message.string] if isinstance(message.string, str) else list(message.string or ())
        )
        english.update(w.lower() for text in ids for w in words(text))
        vietnamese.update(w.lower() for text in strings for w in words(text))
    return english - vietnamese - identifiers()


ENGLISH = english_vocabulary()
IDENTIFIER = re.compile(
    r"--?[A-Za-z][\w-]*"  # an option
    r"|\S*[/\\]\S*"  # a path, a date, a URL
    r"|\w*\d\w*"  # a word with digits: ids, versions, sha256
    r"|\w+(?:[._@:-]\w+)+"  # a dotted, dashed or underscored name: files, ids, settings
    r"|\b[^\W\d_a-zđà-ỹ]{2,}\b"  # a placeholder or an acronym in capitals
)


def english_in(text: str, typed: Iterable[str] = ()) -> list[str]:
    """The English words in `text`, once what is not prose is set aside."""
    for value in sorted(typed, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(value)}(?!\w)", " ", text)
    prose = IDENTIFIER.sub(" ", text)
    return [w for w in words(prose) if w.isascii() and w.lower() in ENGLISH]


def test_the_detector_finds_english_and_lets_vietnamese_pass() -> None:
    """The detector is honest: it catches English sentences and click's own words, and
    passes Vietnamese with the identifiers a command line has to show."""
    assert english_in("Error: the station is already running (pid 42)")
    assert english_in("Usage: broadcaster [OPTIONS] COMMAND")
    assert english_in("Show this message and exit.")
    assert english_in("warning: slot sang cannot be planned")
    assert english_in("3 airing(s), 2 item(s)")
    assert english_in("Monday 30/11/2026 06:30")
    vietnamese = (
        "Lỗi: khung giờ 'x': '25h' không phải giờ trong ngày; hãy chạy 'broadcaster init', "
        "--station /tmp/a/b, station.toml, bluezone-cai-dat v2, sha256 3f9a0c1e, [TÙY_CHỌN]"
    )
    assert english_in(vietnamese) == []
    assert english_in("Lỗi: không có đầu ra 'loa-ngoai'", typed=["loa-ngoai"]) == []


@pytest.fixture
def vi_station(tmp_path: Path, vietnamese: None) -> Path:
    return make_station(tmp_path / "station")


def invoke(station: Path, *args: str, input: str | None = None) -> tuple[int, str]:
    result = CliRunner(mix_stderr=False).invoke(
        cli,
        ["--station", str(station), *args],
        input=input,
        env={"BROADCASTER_OFFICE_DB": "khong-phai-dsn"},  # the office's groups need it first
    )
    return result.exit_code, result.stdout + result.stderr


def test_every_help_is_vietnamese(vi_station: Path) -> None:
    said = {}
    for path, _command in [((), cli), *command_tree(cli)]:
        code, text = invoke(vi_station, *path, "--help")
        assert code == 0, text
        said[" ".join(path)] = english_in(text)
    assert {path: found for path, found in said.items() if found} == {}
    code, version = invoke(vi_station, "--version")
    assert code == 0 and version.startswith("broadcaster, phiên bản ")


def test_every_help_works_where_no_office_is_set_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """'office emergency status --help' was refused for want of a database: --db sits on the
    group, and its check ran before the command's --help."""
    monkeypatch.chdir(tmp_path)
    for name in ("BROADCASTER_OFFICE_DB", "BROADCASTER_OFFICE_CONFIG"):
        monkeypatch.delenv(name, raising=False)
    refused = {}
    for path, _command in command_tree(cli):
        result = CliRunner(mix_stderr=False).invoke(cli, [*path, "--help"])
        if result.exit_code != 0:
            refused[" ".join(path)] = result.stderr
    assert refused == {}


REFUSALS: list[tuple[str, list[str], str]] = [
    # command, its arguments with one bad value, the value the refusal must name
    ("init", ["--timezone", "Sao/Hoa"], "Sao/Hoa"),
    ("announce add", ["khong-co.md"], "khong-co.md"),
    ("announce list", ["--tat-ca"], "--tat-ca"),
    ("announce show", ["khong-co"], "khong-co"),
    ("announce approve", ["khong-co", "--by", "Lan"], "khong-co"),
    ("announce retire", ["khong-co"], "khong-co"),
    ("announce refuse", ["khong-co", "--reason", "Sai ngày", "--by", "Hùng"], "khong-co"),
    ("announce render", ["khong-co", "-o", "nghe-thu.wav"], "khong-co"),
    ("normalize", ["--voice", "giong-la", "Họp lúc 17h30"], "giong-la"),
    ("lexicon add", ["Bluezone"], "CÁCH_ĐỌC"),
    ("lexicon list", ["--tat-ca"], "--tat-ca"),
    ("lexicon remove", ["khong-co"], "khong-co"),
    ("jingle set", ["intro", "khong-co.mp3"], "khong-co.mp3"),
    ("jingle remove", ["giua"], "giua"),
    ("schedule add", ["sang", "--at", "25h"], "25h"),
    ("schedule list", ["--tat-ca"], "--tat-ca"),
    ("schedule remove", ["khong-co"], "khong-co"),
    ("schedule import", ["khong-co.toml"], "khong-co.toml"),
    ("schedule proposed", ["--tat-ca"], "--tat-ca"),
    ("schedule accept", ["khong-co"], "khong-co"),
    ("schedule print", ["--week", "tuan-sau-nua", "-o", "lich.pdf"], "tuan-sau-nua"),
    ("config set", ["quiet_hours", "25h-5h"], "25h"),
    ("rundown", ["--date", "31/02/2026"], "31/02/2026"),
    ("run", ["--sink", "loa-ngoai"], "loa-ngoai"),
    ("emergency", ["--file", "khong-co.mp3"], "khong-co.mp3"),
    ("emergency-stop", ["7"], "7"),
    ("keys init", ["--keys", "KEYS"], "KEYS"),
    ("keys rotate", ["thu-ky", "--keys", "k", "--repo", "r"], "thu-ky"),
    ("publish", ["khong-co-thu-muc", "--keys", "k", "--repo", "r"], "khong-co-thu-muc"),
    ("trust", ["khong-co.json"], "khong-co.json"),
    ("sync", ["khong-co-nguon"], "khong-co-nguon"),
    ("status", ["--tat-ca"], "--tat-ca"),
    ("play", ["--announce", "khong-co", "--sink", "null"], "khong-co"),
    ("log list", ["--from", "30/02/2026"], "30/02/2026"),
    ("log export", ["--month", "13/2026", "-o", "bao-cao.csv"], "13/2026"),
    ("log verify", ["--head", "xyz"], "xyz"),
    ("backup", ["STATION"], "STATION"),
    ("enrol", ["khong-phai-url"], "khong-phai-url"),
    ("push", ["--ngay"], "--ngay"),
    ("office serve", ["--db", "x", "--port", "70000"], "70000"),
    ("office station list", ["--db", "khong-phai-dsn"], "khong-phai-dsn"),
    ("office station approve", ["123", "--db", "khong-phai-dsn"], "khong-phai-dsn"),
    (
        "office station rename",
        ["123", "--commune", "Tân Lập", "--db", "khong-phai-dsn"],
        "khong-phai-dsn",
    ),
    (
        "office station groups",
        ["123", "--add", "ven-song", "--db", "khong-phai-dsn"],
        "khong-phai-dsn",
    ),
    (
        "office station revoke",
        ["123", "--reason", "Bị mất", "--db", "khong-phai-dsn"],
        "khong-phai-dsn",
    ),
    (
        "office station retire",
        ["123", "--reason", "Sáp nhập vào xã Tân Sơn", "--db", "khong-phai-dsn"],
        "khong-phai-dsn",
    ),
    (
        "office init",
        [
            "--db",
            "khong-phai-dsn",
            "--keys",
            "KEYS",
            "--repo",
            "r",
            "--issuer",
            "P",
            "--parent",
            "U",
            "--place",
            "T",
            "--signer",
            "S",
        ],
        "khong-phai-dsn",
    ),
    ("office emergency list", ["--tat-ca"], "--tat-ca"),
    (
        "office broker setup",
        ["--db", "khong-phai-dsn", "--url", "mqtts://x", "--dir", "d"],
        "khong-phai-dsn",
    ),
    ("office emergency status", ["--tat-ca"], "--tat-ca"),
    ("office emergency cancel", ["--tat-ca"], "--tat-ca"),
    ("office report", ["--db", "x", "--month", "11/2026", "--format", "doc", "-o", "r"], "doc"),
    ("office lines", ["--db", "x", "--month", "11/2026", "--format", "pdf", "-o", "r"], "pdf"),
    ("office aired", ["bluezone", "--db", "x", "--version", "0"], "0"),
    ("office silent", ["--db", "x", "--hours", "-1"], "-1"),
    ("user add", ["ten co dau cach", "--role", "operator"], "ten co dau cach"),
    ("user list", ["--tat-ca"], "--tat-ca"),
    ("user remove", ["khong-co"], "khong-co"),
    ("user passwd", ["khong-co"], "khong-co"),
    ("user role", ["khong-co", "admin"], "khong-co"),
    ("user person", ["khong-co", "--full-name", "Nguyễn Văn Hùng"], "khong-co"),
    ("web", ["--port", "70000"], "70000"),
    ("office user add", ["mai", "--role", "quantri"], "quantri"),
    ("office user list", ["--tat-ca"], "--tat-ca"),
    ("office user remove", ["mai", "--db", "khong-phai-dsn"], "khong-phai-dsn"),
    ("office user passwd", ["mai", "--db", "khong-phai-dsn"], "khong-phai-dsn"),
    ("office web", ["--port", "70000"], "70000"),
    ("office console-role", ["vhtt_web", "--db", "khong-phai-dsn"], "khong-phai-dsn"),
]


def test_every_command_has_a_refusal_below() -> None:
    commands = {" ".join(p) for p, c in command_tree(cli) if not isinstance(c, click.Group)}
    assert commands == {command for command, _args, _value in REFUSALS}


@pytest.mark.parametrize(("command", "args", "value"), REFUSALS, ids=[r[0] for r in REFUSALS])
def test_each_refusal_is_a_vietnamese_sentence_naming_the_value(
    vi_station: Path, tmp_path: Path, command: str, args: list[str], value: str
) -> None:
    keys = tmp_path / "khoa"
    if command == "keys init":
        runner_for(vi_station)("keys", "init", "--keys", str(keys))
    places = {"KEYS": str(keys), "STATION": str(vi_station)}
    args = [places.get(a, a) for a in args]
    value = places.get(value, value)
    root = tmp_path / "moi" if command == "init" else vi_station
    code, said = invoke(root, *command.split(), *args, input="mat-khau-moi\n")
    assert code != 0, said
    refusal = next(line for line in said.splitlines() if line.startswith("Lỗi: "))
    assert value in refusal
    assert re.search("[à-ỹđ]", refusal.removeprefix("Lỗi: ").replace(value, "")), refusal
    assert english_in(said, typed=[value, *args, str(root)]) == [], said


def mistyped() -> Iterator[tuple[tuple[str, ...], str]]:
    """Each mistake a person can make on the command line, at every level of both CLIs (the
    station's and `broadcaster office`'s): an unknown sub-command, an unknown option, a
    required argument left out. (The command's path, what click must say.)"""
    for path, command in [((), cli), *command_tree(cli)]:
        yield (*path, "--khong-co"), "Không có tùy chọn: --khong-co."
        if path:  # o22lan11 N7: where the folder goes, not "Có phải ý … --timezone?"
            yield (*path, "--station", "/tmp/dai"), "--station đặt trước lệnh, không đặt sau: "
        options = {o for p in command.params if isinstance(p, click.Option) for o in p.opts}
        typo = max(options, key=len)[:-1] if options else ""
        if len(typo) > 3 and typo not in options:  # click guesses: a second sentence
            yield (*path, typo), f"Không có tùy chọn: {typo}. Có phải ý anh/chị là "
        if isinstance(command, click.Group):
            yield (*path, "khong-co"), "Không có lệnh 'khong-co'."
        elif any(isinstance(p, click.Argument) and p.required for p in command.params):
            yield path, "Thiếu tham số"


def test_every_mistyped_command_line_is_told_in_vietnamese_with_the_usage(
    vi_station: Path,
) -> None:
    """o16sysd: `broadcaster khongco` printed a traceback (exit 1): the root's refusal handler
    read the station folder before the root had set it. Click's usage error is what every
    mistake gets, in Vietnamese, with the usage line and exit code 2."""
    wrong = {}
    for args, expected in mistyped():
        code, said = invoke(vi_station, *args)
        if code != 2 or f"Lỗi: {expected}" not in said or "Cách dùng: " not in said:
            wrong[" ".join(args)] = (code, said[-300:])
        elif english_in(said, typed=args) or run_together(said):
            wrong[" ".join(args)] = (code, said)
    assert wrong == {}


OUR_USAGE_ERRORS = [
    # a command line for each click.UsageError cli.py raises itself (click's own: mistyped)
    ["announce", "approve", "--by", "Hùng"],
    ["schedule", "accept"],
    ["office", "publish", "--list", "--everyone"],
    ["office", "publish"],
    ["play"],
    ["office", "station", "approve", "AB12", "--group", "a", "--no-group"],
]


def test_our_usage_errors_are_sentences_as_click_s_own(vi_station: Path) -> None:
    """w22c2: click says "Lỗi: Không có tùy chọn: --x." and ours "Lỗi: hãy cho biết phát gì:
    … --campaign C", in small letters and unstopped. Each usage error cli.py raises is now a
    sentence: a capital, a full stop, in Vietnamese, with the usage line and exit code 2."""
    raised = Path(cli_module.__file__).read_text().count("click.UsageError(")
    assert len(OUR_USAGE_ERRORS) == raised  # a new usage error gets its line here
    wrong = {}
    for args in OUR_USAGE_ERRORS:
        code, said = invoke(vi_station, *args)
        [error] = [line[len("Lỗi: ") :] for line in said.splitlines() if line.startswith("Lỗi: ")]
        capital = error[:1].isupper() or error.startswith("--")  # an option is written as typed
        sentence = capital and error.endswith(".") and not run_together(said)
        if code != 2 or "Cách dùng: " not in said or not sentence or english_in(said, args):
            wrong[" ".join(args)] = (code, said)
    assert wrong == {}


def run_together(said: str) -> list[str]:
    """Where the refusal's line starts a sentence with no stop before it: "--station Có phải
    ý …" (o22lan11 N7: click adds its guess after our sentence, so ours must end with one)."""
    words = next(line for line in said.splitlines() if line.startswith("Lỗi: ")).split()
    return [f"{before} {word}" for before, word in pairwise(words)
            if word[:1].isupper() and word[1:2].islower() and before[-1] not in ".?!:"]  # fmt: skip


def test_what_the_station_says_at_work_is_vietnamese(vi_station: Path, tmp_path: Path) -> None:
    """Ordinary answers too: adding, scheduling, the rundown, airing, the log, the status."""
    scripts = tmp_path / "scripts"
    scripts.mkdir()
    script = write_script(scripts, "hop.md", "Kính mời bà con họp lúc 17h30.", id="hop-thon",
                          title="Họp thôn", campaign="thon", repeat=2, valid_from="2026-11-01",
                          valid_until="2036-12-31")  # fmt: skip
    said = []
    for args in (
        ["announce", "add", str(script)],
        ["announce", "list"],
        ["announce", "show", "hop-thon"],
        ["schedule", "add", "sang", "--at", "6h30", "--days", "T2-T6", "--campaign", "thon"],
        ["schedule", "list"],
        ["rundown", "--date", "30/11/2026", "--days", "7"],
        ["play", "--announce", "hop-thon", "--sink", f"file:{tmp_path / 'ra'}"],
        ["log", "list"],
        ["log", "verify"],
        ["lexicon", "add", "Bluezone", "Blu dôn"],
        ["lexicon", "list"],
        ["status"],
    ):
        code, text = invoke(vi_station, *args)
        assert code == 0, text
        said.append((args, english_in(text, typed=args)))
    assert [(args, found) for args, found in said if found] == []
    shown = invoke(vi_station, "announce", "show", "hop-thon")[1]
    assert "hiệu lực từ:   01/11/2026" in shown and "hiệu lực đến:  31/12/2036" in shown


def test_every_options_placeholder_is_vietnamese(vietnamese: None) -> None:
    """An option's placeholder in capitals (`--despite-quiet-hours REASON`) is past the
    detector above, which sets capitals aside: each is read in the catalog (o12offb N9)."""
    english = {
        f"{' '.join(path)} {option.opts[0]} {option.metavar}"
        for path, command in command_tree(cli)
        for option in command.params
        if isinstance(option, click.Option) and option.metavar
        and _(option.metavar) == option.metavar
    }  # fmt: skip
    assert english == set()


def test_a_new_key_asks_and_answers_in_vietnamese(vi_station: Path) -> None:
    """The commune's technician making a new key (the office revoked the old one) is asked,
    refused and told what to do next in Vietnamese, the office unreachable included."""
    url = "http://127.0.0.1:9/nhat-ky"  # nothing listens: the enrolment fails after the key
    code, said = invoke(vi_station, "enrol", url, "--new-key", input="n\n")
    assert code != 0 and "Tạo khóa mới?" in said and "Chưa thay đổi gì" in said, said
    assert english_in(said, typed=[url, "--new-key"]) == [], said
    assert list(vi_station.glob("station.key.*")) == []
    code, said = invoke(vi_station, "enrol", url, "--new-key", "--yes")
    [aside] = vi_station.glob("station.key.*")
    assert code != 0 and f"Khóa cũ được cất giữ trong {aside}" in said, said
    assert "khóa mới đã được tạo: hãy chạy lại 'broadcaster enrol" in said, said
    assert english_in(said, typed=[url, "--new-key", str(aside)]) == [], said
