"""Rules the code itself must keep: no shell is ever started from a string, and every path
given to ffmpeg or ffprobe is a file (`file:` + an absolute path, via `tool_path`), never a
protocol. Checked by reading the source, and by watching the commands a station really runs."""

from __future__ import annotations

import ast
import itertools
import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from conftest import Run, make_tone, write_script

if TYPE_CHECKING:
    from _typeshed import StrOrBytesPath

ROOT = Path(__file__).resolve().parent.parent
CODE = sorted(
    p
    for p in ROOT.rglob("*.py")
    if not {".venv", "tests", ".git", "build"} & set(p.relative_to(ROOT).parts)
)
EVERY_PY = sorted(
    p for p in ROOT.rglob("*.py") if ".venv" not in p.parts and p != Path(__file__).resolve()
)
SHELL = re.compile(
    "shell" + r"\s*=\s*" + "True" + "|" + r"os\.(system|popen)\(|getstatusoutput|getoutput"
)
TOOLS = {"ffmpeg", "ffprobe"}
RUNNERS = {"_run_ffmpeg", "run_tool"}


def test_the_code_is_found() -> None:
    names = {p.relative_to(ROOT).as_posix() for p in CODE}
    assert {"announcements/audio.py", "broadcaster/jingles.py", "cli.py"} <= names
    assert "bench/render_program.py" in names


def test_no_shell_is_started_from_a_string() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in EVERY_PY
        for n, line in enumerate(path.read_text("utf-8").splitlines(), start=1)
        if SHELL.search(line)
    ]
    assert found == []


def _name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        f = node.func
        return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
    return None


def _const(node: ast.AST | None) -> object:
    return node.value if isinstance(node, ast.Constant) else None


def tool_argument_lists(tree: ast.AST) -> list[ast.List]:
    """Lists that are (part of) an ffmpeg or ffprobe command line, in source order."""
    found: dict[int, ast.List] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node) in RUNNERS:
            found |= {id(a): a for a in node.args if isinstance(a, ast.List)}
        elif (
            isinstance(node, ast.List)
            and node.elts
            and (_const(node.elts[0]) in TOOLS or "-i" in [_const(e) for e in node.elts])
        ):
            found[id(node)] = node
    return sorted(found.values(), key=lambda n: (n.lineno, n.col_offset))


def unsafe_paths(command: ast.List) -> Iterator[str]:
    elements = command.elts
    lavfi = False
    for n, element in enumerate(elements):
        if _name(element) in ("str", "fspath", "abspath", "as_posix"):
            yield f"{ast.unparse(element)} (a path as plain text: use tool_path)"
        if _const(element) == "-f" and n + 1 < len(elements):
            lavfi = _const(elements[n + 1]) == "lavfi"
        if _const(element) == "-i":
            given = elements[n + 1] if n + 1 < len(elements) else None
            if not (lavfi or (given is not None and _name(given) == "tool_path")):
                yield f"-i {ast.unparse(given) if given else '(nothing)'}"
            lavfi = False
    last = elements[-1]
    ffmpeg = _const(elements[0]) == "ffmpeg"
    if ffmpeg and not isinstance(last, ast.Starred) and _name(last) != "tool_path":
        yield f"output {ast.unparse(last)}"


def test_every_tool_path_is_a_file_never_a_protocol() -> None:
    found, checked = [], 0
    for path in CODE:
        tree = ast.parse(path.read_text("utf-8"))
        for command in tool_argument_lists(tree):
            checked += 1
            found += [
                f"{path.relative_to(ROOT)}:{command.lineno}: {p}" for p in unsafe_paths(command)
            ]
    assert found == []
    assert checked >= 6  # audio.py (3), jingles, both benchmarks: the rule sees them


def test_the_rule_catches_what_it_should() -> None:
    bad = ast.parse(
        'subprocess.run(["ffmpeg", "-i", str(source), "-y", out])\n'
        'run_tool(["ffprobe", "-i", path])\n'
        '_run_ffmpeg(["-f", "wav", "-i", name, "-y", tool_path(out)])\n'
    )
    problems = [p for c in tool_argument_lists(bad) for p in unsafe_paths(c)]
    assert problems == [
        "-i str(source)",
        "str(source) (a path as plain text: use tool_path)",
        "output out",
        "-i path",
        "-i name",
    ]


# ----- the commands a station really runs -----------------------------------------------------
@pytest.fixture
def commands(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Every command line started through subprocess while the test runs."""
    seen: list[list[str]] = []
    real_run = subprocess.run

    def run(args: Sequence[StrOrBytesPath], *a: Any, **k: Any) -> subprocess.CompletedProcess[Any]:
        seen.append([str(x) for x in args])
        assert not k.get("shell")
        return real_run(args, *a, **k)

    class Popen(subprocess.Popen[Any]):
        def __init__(self, args: Sequence[StrOrBytesPath], *a: Any, **k: Any) -> None:
            seen.append([str(x) for x in args])
            assert not k.get("shell")
            super().__init__(args, *a, **k)

    monkeypatch.setattr(subprocess, "run", run)
    monkeypatch.setattr(subprocess, "Popen", Popen)
    return seen


def test_ffmpeg_is_only_ever_given_files(
    station: Path, scripts: Path, run: Run, commands: list[list[str]], tmp_path: Path
) -> None:
    make_tone(scripts / "concat:ghi-am.mp3", seconds=1)
    make_tone(scripts / "http:nhac-hieu.ogg", seconds=1)
    write_script(scripts, "a.md", "Bà con chú ý.", id="a")
    commands.clear()  # from here on: what the station runs
    run("announce", "add", str(scripts / "concat:ghi-am.mp3"), str(scripts / "a.md"))
    run("jingle", "set", "bridge", str(scripts / "http:nhac-hieu.ogg"))
    run("announce", "render", "a", "concat-ghi-am", "-o", str(tmp_path / "nghe-thu.wav"))
    run("emergency", "--file", str(scripts / "concat:ghi-am.mp3"), "--sink", f"file:{tmp_path}")
    tools = [c for c in commands if Path(c[0]).name in TOOLS]
    assert len(tools) >= 6
    for command in tools:
        inputs = [command[n + 1] for n, arg in enumerate(command) if arg == "-i"]
        outputs = [command[-1]] if Path(command[0]).name == "ffmpeg" else []
        for path in inputs + outputs:
            assert path.startswith("file:/") or command[command.index(path) - 2 :][:2] == [
                "-f",
                "lavfi",
            ], command
        if any(p.startswith("file:") for p in inputs) and "lavfi" not in command:
            assert command[command.index("-i") - 4 : command.index("-i")] == [
                "-protocol_whitelist", "file", "-format_whitelist", "mp3,wav,ogg,mov,aac,flac",
            ]  # fmt: skip


def _names_bound_twice(source: str) -> list[str]:
    """Module-level names a module assigns more than once (ruff does not see a constant
    shadowed by a later one: session eight's second PHONE_BEFORE silently replaced the
    first, and hidden phone digits were read as a number)."""
    seen: set[str] = set()
    twice: list[str] = []
    for node in ast.parse(source).body:
        targets = node.targets if isinstance(node, ast.Assign) else []
        if isinstance(node, ast.AnnAssign) and node.value is not None:
            targets = [node.target]
        for target in targets:
            if isinstance(target, ast.Name):
                if target.id in seen:
                    twice.append(target.id)
                seen.add(target.id)
    return twice


def _breaking(rule: Callable[[str], Sequence[object]]) -> dict[str, Sequence[object]]:
    """Each module of the code where `rule` finds something, with what it found."""
    return {
        p.relative_to(ROOT).as_posix(): found
        for p in CODE
        if (found := rule(p.read_text(encoding="utf-8")))
    }


def test_no_module_binds_a_name_twice() -> None:
    assert _breaking(_names_bound_twice) == {}


def test_the_twice_bound_rule_catches_a_shadowed_constant() -> None:
    assert _names_bound_twice("A = 1\nB: int = 2\nA = 3\n") == ["A"]
    assert _names_bound_twice("A = 1\nif A:\n    A = 2\n") == []


def _stray_docstrings(source: str) -> list[int]:
    """Lines of a string standing alone right after another: a constant's or an attribute's
    docstring cut off from it when a line was put between them (review18 #4: UNSENT_MAX came
    between WAIT_FOR_ACCOUNT_S and its docstring, which then read as UNSENT_MAX's second)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        for body in (getattr(node, field, None) for field in ("body", "orelse", "finalbody")):
            if not isinstance(body, list):
                continue
            for before, after in itertools.pairwise(body):
                if _bare_string(before) and _bare_string(after):
                    lines.append(after.lineno)
    return sorted(lines)


def _bare_string(node: ast.AST) -> bool:
    return isinstance(node, ast.Expr) and isinstance(_const(node.value), str)


def test_no_docstring_is_cut_off_from_what_it_says() -> None:
    assert _breaking(_stray_docstrings) == {}


def test_the_stray_docstring_rule_catches_a_constant_put_between() -> None:
    cut = 'A = 1\nB = 2\n"""B."""\n"""A."""\n'
    assert _stray_docstrings(cut) == [4]
    assert _stray_docstrings('class C:\n    """C."""\n    a = 1\n    """a."""\n') == []


WHEN_IN_SENTENCE = re.compile(
    r"=\s*[\w.]+\|(?:when|airs)(?!\|inline)\s*(?:[,)]|%\})"
    r"|[,(]\s*\{\{\s*[\w.]+\|(?:when|airs|day)\s*\}\}"
)
"""A moment given to `.format(...)` or to a `{% trans %}` in a template, or printed after a
comma or an opening bracket: `when` writes "Hôm nay 13:12", a label that starts a line;
inside a sentence it reads "hôm nay" only through `|inline` (o18lan7 M6: "không duyệt
phiên bản 1 (Hôm nay 23:43)"; w19c: "Người vận hành, Hôm nay 05:00")."""


def _relative_days_mid_sentence(text: str) -> list[str]:
    return [m.group(0) for m in WHEN_IN_SENTENCE.finditer(text)]


def test_no_template_puts_a_capital_today_mid_sentence() -> None:
    """o14net F6: "Đã hủy lúc Hôm nay 13:12, bởi root"; the class, in every template."""
    found = {
        p.relative_to(ROOT).as_posix(): hits
        for p in sorted((ROOT / "web" / "templates").rglob("*.html"))
        if (hits := _relative_days_mid_sentence(p.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_mid_sentence_rule_catches_a_bare_when() -> None:
    assert _relative_days_mid_sentence('_("at {t}").format(t=line.at|when)') == ["=line.at|when)"]
    assert _relative_days_mid_sentence("format(t=x.at|when|inline, by=b)") == []
    assert _relative_days_mid_sentence("<strong>{{ line.at|when }}</strong>") == []
    trans = "{% trans name=n, when=a.refused_at|when %}{{ name }} ({{ when }}){% endtrans %}"
    assert _relative_days_mid_sentence(trans) == ["=a.refused_at|when %}"]
    after_comma = "{{ e.by|person }}, {{ e.at|when }}</td><td>{{ e.at|when }}</td>"
    assert _relative_days_mid_sentence(after_comma) == [", {{ e.at|when }}"]
    assert _relative_days_mid_sentence("({{ s.revoked_at|when|inline }}: {{ r }})") == []


NEAR_DAYS_ARGUMENT = {"local_text": 2, "airs_text": 2, "day_text": 1}
"""The functions that say a day near today ('Hôm nay'), and how many arguments come before
the `today` that makes them do so."""


def _cases_unchosen(source: str) -> list[int]:
    """Lines that ask for a day near today without saying where it goes (`mid=`)."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", None)
        if name not in NEAR_DAYS_ARGUMENT:
            continue
        keywords = {k.arg for k in node.keywords}
        near = len(node.args) > NEAR_DAYS_ARGUMENT[name] or "today" in keywords
        if near and "mid" not in keywords:
            lines.append(node.lineno)
    return lines


def test_every_day_near_today_said_in_python_says_where_it_goes() -> None:
    """ChangedMeanwhile said "… đã lưu tiêu đề báo cáo (Hôm nay 05:00) …": a sentence made in
    Python put the line-starting form mid-sentence. Each call that can say 'Hôm nay' chooses
    its case (`mid=True` inside a sentence, `mid=False` at a line's start)."""
    assert _breaking(_cases_unchosen) == {}


def test_the_case_rule_catches_a_day_asked_for_without_its_place() -> None:
    assert _cases_unchosen("x = local_text(at, zone, today)") == [1]
    assert _cases_unchosen("x = day_text(d, today=t)") == [1]
    assert _cases_unchosen("x = local_text(at, zone, today, mid=True)") == []
    assert _cases_unchosen("x = local_text(at, zone)") == []


def test_each_of_the_readers_modules_imports_on_its_own() -> None:
    """The reader's modules import each other (documents ↔ abbreviations): a test file or a
    tool that imports one of them first must not fail on a half-loaded module (pytest
    tests/test_normalize.py alone errored at collection, the whole suite hid it)."""
    modules = sorted(p.stem for p in (ROOT / "announcements").glob("*.py") if p.stem != "__init__")
    runs = {
        name: subprocess.Popen(
            [sys.executable, "-c", f"import announcements.{name}"],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in modules
    }
    failed = {name: run.communicate()[1].strip().splitlines()[-1:] for name, run in runs.items()}
    assert {name: err for name, err in failed.items() if runs[name].returncode} == {}


def _handlers_on_the_main_thread(source: str) -> list[int]:
    """Lines that give a signal a handler of Python code by `signal.signal`: Python runs it on
    the main thread between two bytecodes, maybe inside a lock that thread holds (CI32: the
    daemon's set an Event whose wait() it had interrupted, and the daemon never stopped).
    `common.signals.handled` runs it on a thread of its own. A lambda that only raises
    (`sys.exit`) takes no lock; SIG_DFL and SIG_IGN run no Python."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not (isinstance(node, ast.Call) and ast.unparse(node.func) == "signal.signal"):
            continue
        handler = ast.unparse(node.args[1]) if len(node.args) == 2 else ""
        if not re.fullmatch(r"lambda \*_: sys\.exit\(\d+\)|signal\.SIG_(DFL|IGN)", handler):
            lines.append(node.lineno)
    return lines


def test_every_signal_handler_runs_off_the_main_thread() -> None:
    breaking = _breaking(_handlers_on_the_main_thread)
    assert breaking.pop("common/signals.py", None) is not None  # where it is done (and undone)
    assert breaking == {}


def test_the_signal_rule_catches_a_handler_that_sets_an_event() -> None:
    assert _handlers_on_the_main_thread("signal.signal(signal.SIGUSR1, lambda *_: e.set())") == [1]
    assert (
        _handlers_on_the_main_thread("signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))")
        == []
    )
