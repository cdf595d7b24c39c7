"""What every office view reaches for: the office facade (one connection per request, closed
after it) and office.toml's settings."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from flask import current_app, g, request

from office.desk import OFFICE_ZONE, Office, OfficeSettings


def desk() -> Office:
    """The office facade for this request, on its own connection."""
    if "desk" not in g:
        g.desk = Office.connect(current_app.config["OFFICE_DB"], current_app.config["CLOCK"],
                                repository())  # fmt: skip
    opened: Office = g.desk
    return opened


def close_desk(_error: BaseException | None = None) -> None:
    opened = g.pop("desk", None)
    if opened is not None:
        opened.close()


def settings() -> OfficeSettings | None:
    found: OfficeSettings | None = current_app.config["OFFICE_SETTINGS"]
    return found


def repository() -> Path | None:
    """The repository the stations sync from (whom each campaign is for), if office.toml
    names it."""
    found = settings()
    return found.repo if found and found.repo and found.repo.is_dir() else None


def today() -> date:
    return desk().clock().astimezone(OFFICE_ZONE).date()


def group_asked() -> tuple[str | None, dict[str, str]]:
    """The group a page is narrowed to (`?group=`, none: every commune), and the office's
    groups to choose from."""
    return request.args.get("group", "").strip() or None, {name: name for name in desk().groups()}
