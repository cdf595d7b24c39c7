"""office.toml: what the office types once (its database, its keys folder, its repository, and
the heading of its reports) instead of at every command.

Found as `$BROADCASTER_OFFICE_CONFIG` names it (the collector's service, which runs from no
particular folder), else as `office.toml` in the folder the officer works in or the nearest
folder above it (she may `cd campaigns` and still publish). Paths in it are relative to the
file's own folder, so the office's folder can be moved or copied to a new machine whole.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from common.files import write_atomic
from common.i18n import _
from common.library_errors import describe, toml_problem

from . import OfficeError

FILE_NAME = "office.toml"
ENVIRONMENT = "BROADCASTER_OFFICE_CONFIG"
REPORT_KEYS = ("issuer", "parent", "place", "signer")
PATH_KEYS = ("keys", "repo")


@dataclass(frozen=True)
class OfficeSettings:
    """The office's settings; None where office.toml says nothing."""

    path: Path
    """The file they are (or will be) kept in."""
    db: str | None = None
    keys: Path | None = None
    """The signing keys' folder (private: never printed)."""
    repo: Path | None = None
    issuer: str | None = None
    parent: str | None = None
    place: str | None = None
    signer: str | None = None

    @property
    def db_shown(self) -> str | None:
        """The database's address as it may be printed (a password in it hidden)."""
        return shown_db(self.db) if self.db else None

    def given(self) -> dict[str, object]:
        """The settings the file holds, by name (what `office init` prints and keeps)."""
        return {
            f.name: v for f in fields(self) if f.name != "path" and (v := getattr(self, f.name))
        }


def settings_path(folder: Path | None = None) -> Path:
    """Where the office's settings are read from and written to: $BROADCASTER_OFFICE_CONFIG,
    else the nearest office.toml from `folder` (the working folder) up, else one in it."""
    if named := os.environ.get(ENVIRONMENT):
        return Path(named)
    here = (folder or Path.cwd()).resolve()
    for place in (here, *here.parents):
        if (place / FILE_NAME).is_file():
            return place / FILE_NAME
    return here / FILE_NAME


def load(path: Path) -> OfficeSettings:
    """The settings in `path` (none when it does not exist); a file that cannot be read is
    refused with where it breaks."""
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        return OfficeSettings(path)
    except tomllib.TOMLDecodeError as e:
        raise _broken(path, toml_problem(e)) from None
    except (OSError, UnicodeDecodeError) as e:
        raise _broken(path, _("it cannot be read ({error})").format(error=describe(e))) from None
    return _parse(path, raw)


def _broken(path: Path, problem: str) -> OfficeError:
    return OfficeError(
        _("{path}: {problem}; correct it, or delete it and run 'broadcaster office init' "
          "again").format(path=path, problem=problem)
    )  # fmt: skip


def _parse(path: Path, raw: dict[str, object]) -> OfficeSettings:
    report = raw.pop("report", {})
    if not isinstance(report, dict):
        raise _broken(path, _("[report] must be a table"))
    known = {*("db", *PATH_KEYS), *(f"report.{key}" for key in REPORT_KEYS)}
    values = {**raw, **{f"report.{k}": v for k, v in report.items()}}
    for key, value in values.items():
        if key not in known:
            raise _broken(
                path,
                _("there is no setting '{key}' (the settings are: {known})").format(
                    key=key, known=", ".join(sorted(known))
                ),
            )
        if not isinstance(value, str) or not value.strip():
            raise _broken(path, _("'{key}' must be a text in quotes").format(key=key))
    found = OfficeSettings(path, **{k.removeprefix("report."): v for k, v in values.items()})
    if found.db is not None:
        try:
            check_db(found.db)
        except OfficeError as e:
            raise _broken(path, str(e)) from None
    folder = path.parent
    return replace(found, **{k: folder / v for k in PATH_KEYS if (v := values.get(k))})


def check_db(dsn: str) -> None:
    if urlsplit(dsn).scheme not in ("postgresql", "postgres"):
        raise OfficeError(
            _("'{dsn}' is not the address of a PostgreSQL database (postgresql://…)").format(
                dsn=shown_db(dsn)
            )
        )


def shown_db(dsn: str) -> str:
    """The database's address as it may be printed: its password hidden, whether in the
    user part, as `?password=` or as `password=` of a `host=… dbname=…` string."""
    parts = urlsplit(dsn)
    if parts.password is not None:
        host = parts.netloc.rsplit("@", 1)[1]
        dsn = urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))
    return re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|[^&\s]*)", r"\1***", dsn, flags=re.I)


def _quoted(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def save(found: OfficeSettings) -> None:
    """Write the settings, atomically, readable by their owner only (the database address may
    hold a password); paths inside the file's folder are kept relative to it."""
    folder = found.path.parent.resolve()

    def relative(path: Path) -> str:
        full = path.resolve()
        return str(full.relative_to(folder)) if full.is_relative_to(folder) else str(full)

    lines = [
        "# " + _("The office's settings, written by 'broadcaster office init' (run it again to "
                 "change them)."),
        "# " + _("An option on the command line wins over the setting here."),
    ]  # fmt: skip
    if found.db:
        lines.append(f"db = {_quoted(found.db)}")
    for key in PATH_KEYS:
        if (path := getattr(found, key)) is not None:
            lines.append(f"{key} = {_quoted(relative(path))}")
    report = [(k, getattr(found, k)) for k in REPORT_KEYS if getattr(found, k)]
    if report:
        lines += ["", "[report]"] + [f"{k} = {_quoted(v)}" for k, v in report]
    text = "\n".join(lines) + "\n"
    _parse(found.path, tomllib.loads(text))  # what is written reads back
    folder.mkdir(parents=True, exist_ok=True)
    # the owner writes; its group reads (the web console's own user, which must not read
    # the keys: docs/huong-dan-van-phong.md, step 11); nobody else (the database's password)
    write_atomic(found.path, text, mode=0o640)
