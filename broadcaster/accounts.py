"""Who may use the web console, with what role, and the door that checks them in.

Both doors call this: the command line manages accounts (`user add|list|remove|passwd|role`),
the web console checks log-ins and lets admins do the same from a page. Passwords are kept
only as argon2id hashes. Failed log-ins are counted in the store, per account and per client
address, so that a restart of the console does not give a password-guesser a fresh start.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any

from common.errors import BroadcasterError
from common.i18n import N_, _

from .clock import utc_iso

if TYPE_CHECKING:
    from argon2 import PasswordHasher

    from .station import Station

NAME_PATTERN = re.compile(r"[\w.\-]{1,32}")
PASSWORD_MIN = 8
PASSWORD_MAX = 256
"""Long enough for any passphrase, short enough that hashing it costs nothing extra."""

FAILURE_WINDOW = timedelta(minutes=15)
ACCOUNT_FAILURES = 5
"""Failed log-ins for one account within the window before it is refused for a while."""
ADDRESS_FAILURES = 10
"""Failed log-ins from one client address (any accounts) within the window."""


class Role(StrEnum):
    """Each role may do what the ones before it may: an approver also prepares and schedules,
    an admin also approves."""

    OPERATOR = "operator"
    """prepares announcements and schedules them"""
    APPROVER = "approver"
    """approves what airs and may air emergencies"""
    ADMIN = "admin"
    """manages accounts and the station's settings"""

    def allows(self, needed: Role) -> bool:
        order = list(Role)
        return order.index(self) >= order.index(needed)

    @property
    def label(self) -> str:
        return _(ROLE_LABELS[self])


ROLE_LABELS = {
    Role.OPERATOR: N_("Operator"),
    Role.APPROVER: N_("Approver"),
    Role.ADMIN: N_("Admin"),
}


class AccountError(BroadcasterError):
    """An account operation refused; `field` names the form field at fault, if one is."""


class NoAdminAccount(AccountError):
    """The console cannot start: nobody could manage it."""


class LoginRefused(AccountError):
    """Wrong name or password (never says which)."""


class LoginThrottled(AccountError):
    """Too many failed log-ins lately; `retry_after` says for how long."""

    def __init__(self, message: str, retry_after: timedelta) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class Account:
    name: str
    role: Role
    session_epoch: str
    """Changes with the password: sessions opened before it are no longer valid."""
    created_at: str
    updated_at: str
    full_name: str | None = None
    """The person's name as a report prints it ('Nguyễn Văn Hùng')."""
    position: str | None = None
    """Their position ('Chủ tịch UBND xã')."""

    @property
    def person(self) -> str:
        """Who the account is, as the log and reports name them: the full name and position
        ('Nguyễn Văn Hùng – Chủ tịch UBND xã'), or the log-in name when none is given."""
        return person_text(self.name, self.full_name, self.position)

    def fields(self) -> dict[str, Any]:
        """What `user list --json` shows (never the hash, nor the session epoch)."""
        return {
            "name": self.name,
            "role": self.role.value,
            "full_name": self.full_name,
            "position": self.position,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
        }


def _person(name: str | None, find: Callable[[str], Account | None]) -> str:
    if not name:
        return ""
    account = find(name) if NAME_PATTERN.fullmatch(account_name(name)) else None
    return account.person if account else name


def person_text(name: str, full_name: str | None, position: str | None) -> str:
    if not full_name:
        return name
    return f"{full_name} – {position}" if position else full_name


def account_name(name: str) -> str:
    """The stored form of a log-in name: NFC, lower case, no surrounding spaces."""
    return unicodedata.normalize("NFC", name.strip()).lower()


def role_of(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise AccountError(
            _("'{role}' is not a role (operator, approver or admin)").format(role=value), "role"
        ) from None


def check_password(name: str, password: str) -> None:
    if len(password) < PASSWORD_MIN:
        raise AccountError(
            _("the password is too short: at least {n} characters").format(n=PASSWORD_MIN),
            "password",
        )
    if len(password) > PASSWORD_MAX:
        raise AccountError(
            _("the password is too long: at most {n} characters").format(n=PASSWORD_MAX),
            "password",
        )
    if account_name(password) == account_name(name):
        raise AccountError(_("the password must not be the log-in name"), "password")


@dataclass
class Accounts:
    """The station's accounts (Station.accounts)."""

    station: Station

    def _row(self, name: str) -> dict[str, Any] | None:
        rows = list(self.station.db.table("users").rows_where("name = ?", [account_name(name)]))
        return rows[0] if rows else None

    def _existing(self, name: str) -> dict[str, Any]:
        row = self._row(name)
        if row is None:
            raise AccountError(_("there is no account '{name}'").format(name=name), "name")
        return row

    def get(self, name: str) -> Account | None:
        row = self._row(name)
        return _account(row) if row else None

    def list(self) -> list[Account]:
        return [_account(r) for r in self.station.db.table("users").rows_where(order_by="name")]

    def has_admin(self) -> bool:
        return bool(self.station.db.table("users").count_where("role = ?", [Role.ADMIN.value]))

    def require_admin(self) -> None:
        """The console refuses to start when no one could manage it."""
        if not self.has_admin():
            raise NoAdminAccount(_("the station has no admin account yet"))

    def person(self, name: str | None) -> str:
        """How the log and reports name whoever `name` is: an account's person (full name and
        position), or the name as given (the command line's --by, an automatic approval)."""
        return _person(name, self.get)

    def people(self) -> Callable[[str | None], str]:
        """`person` for many names, every account read in one query (a page naming many)."""
        accounts = {account.name: account for account in self.list()}
        return lambda name: _person(name, lambda found: accounts.get(account_name(found)))

    def _same_person(self, stored: str) -> str | None:
        """An account whose log-in name differs from `stored` only by accents or capitals
        ('hung' and 'hùng'): two such names would be one person in every record."""
        from .notices import fold

        wanted = fold(stored)
        for (existing,) in self.station.db.execute("SELECT name FROM users"):
            if fold(existing) == wanted:
                return str(existing)
        return None

    def add(
        self, name: str, role: str, password: str, full_name: str = "", position: str = ""
    ) -> Account:
        stored = account_name(name)
        if not NAME_PATTERN.fullmatch(stored):
            raise AccountError(
                _(
                    "'{name}' cannot be a log-in name: use 1 to 32 letters, digits, dots, "
                    "dashes or underscores, without spaces"
                ).format(name=name.strip()),
                "name",
            )
        chosen = role_of(role)
        check_password(stored, password)
        now = utc_iso(self.station.clock())
        person = _person_fields(full_name, position)
        hashed = hasher().hash(password)  # slow by design: before the store's write lock
        with self.station.db.conn:
            if self._row(stored):
                raise AccountError(
                    _("there is already an account '{name}'").format(name=stored), "name"
                )
            twin = self._same_person(stored)
            if twin is not None:
                raise AccountError(
                    _("'{name}' differs from the account '{existing}' only by accents or "
                      "capitals: both would name the same person in the log; choose another "
                      "log-in name").format(name=stored, existing=twin),
                    "name",
                )  # fmt: skip
            self.station.db.table("users").insert(
                {
                    **person,
                    "name": stored,
                    "role": chosen.value,
                    "password_hash": hashed,
                    "session_epoch": secrets.token_hex(8),
                    "created_at": now,
                    "updated_at": now,
                }
            )
        account = self.get(stored)
        assert account is not None
        return account

    def set_password(self, name: str, password: str) -> None:
        """A new password; sessions opened with the old one end."""
        row = self._existing(name)
        check_password(row["name"], password)
        self._update(row["name"], password_hash=hasher().hash(password),
                     session_epoch=secrets.token_hex(8))  # fmt: skip

    def set_person(self, name: str, full_name: str, position: str) -> Account:
        """Who is behind the account, as the log and reports name them from now on."""
        row = self._existing(name)
        self._update(row["name"], **_person_fields(full_name, position))
        account = self.get(row["name"])
        assert account is not None
        return account

    def set_role(self, name: str, role: str) -> Account:
        row = self._existing(name)
        chosen = role_of(role)
        with self.station.db.conn:
            if chosen != Role.ADMIN:
                self._keep_an_admin(row["name"])
            self._update(row["name"], role=chosen.value)
        account = self.get(row["name"])
        assert account is not None
        return account

    def remove(self, name: str) -> None:
        row = self._existing(name)
        with self.station.db.conn:
            self._keep_an_admin(row["name"])
            self.station.db.execute("DELETE FROM users WHERE name = ?", [row["name"]])
            self.station.db.execute("DELETE FROM login_failures WHERE account = ?", [row["name"]])

    def _keep_an_admin(self, losing: str) -> None:
        others = self.station.db.table("users").count_where(
            "role = ? AND name != ?", [Role.ADMIN.value, losing]
        )
        row = self._row(losing)
        if row and row["role"] == Role.ADMIN.value and not others:
            raise AccountError(
                _("'{name}' is the only admin: make another account admin first").format(
                    name=losing
                ),
                "role",
            )

    def _update(self, name: str, **values: str | None) -> None:
        with self.station.db.conn:
            self.station.db.table("users").update(
                name, {**values, "updated_at": utc_iso(self.station.clock())}
            )

    # ----- logging in ----------------------------------------------------------------------
    def authenticate(self, name: str, password: str, address: str) -> Account:
        """The account, if the password is right and neither the account nor the client
        address has failed too often lately. Every failure is counted, known name or not."""
        stored = account_name(name)
        now = self.station.clock()
        self._refuse_if_throttled(stored, address, now)
        row = self._row(stored) if NAME_PATTERN.fullmatch(stored) else None
        if row is None or not _verify(row["password_hash"], password):
            if row is None:
                _verify(_dummy_hash(), password)
            with self.station.db.conn:
                self.station.db.execute(
                    "DELETE FROM login_failures WHERE at < ?", [utc_iso(now - FAILURE_WINDOW)]
                )
                self.station.db.table("login_failures").insert(
                    {"account": stored[:64], "address": address, "at": utc_iso(now)}
                )
            raise LoginRefused(_("wrong log-in name or password"))
        rehashed = (
            hasher().hash(password) if hasher().check_needs_rehash(row["password_hash"]) else None
        )
        with self.station.db.conn:
            self.station.db.execute("DELETE FROM login_failures WHERE account = ?", [stored])
            if rehashed is not None:
                self._update(stored, password_hash=rehashed)
        return _account(row)

    def _refuse_if_throttled(self, account: str, address: str, now: datetime) -> None:
        since = utc_iso(now - FAILURE_WINDOW)
        for column, value, limit, message in (
            ("account", account, ACCOUNT_FAILURES,
             N_("too many failed log-ins for this account: try again in {minutes} min")),
            ("address", address, ADDRESS_FAILURES,
             N_("too many failed log-ins from this device: try again in {minutes} min")),
        ):  # fmt: skip
            count, oldest = self.station.db.execute(
                f"SELECT COUNT(*), MIN(at) FROM login_failures WHERE {column} = ? AND at >= ?",
                [value, since],
            ).fetchone()
            if count >= limit:
                wait = datetime.fromisoformat(oldest) + FAILURE_WINDOW - now
                minutes = max(1, -(-int(wait.total_seconds()) // 60))
                raise LoginThrottled(_(message).format(minutes=minutes), wait)


@cache
def hasher() -> PasswordHasher:
    """argon2id with the library's defaults (RFC 9106's low-memory profile: 64 MiB, 3
    passes); loaded on first use only, so the commands that need no password start fast."""
    from argon2 import PasswordHasher

    return PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Checked against for unknown names, so that a log-in takes as long whether or not the
    account exists."""
    return hasher().hash(secrets.token_hex(16))


def _verify(password_hash: str, password: str) -> bool:
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return hasher().verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _account(row: dict[str, Any]) -> Account:
    return Account(
        name=row["name"],
        role=Role(row["role"]),
        session_epoch=row["session_epoch"],
        created_at=row["created_at"],
        updated_at=row["updated_at"],
        full_name=row.get("full_name"),
        position=row.get("position"),
    )


PERSON_MAX = 100
"""Characters of a full name or a position (a report's cell, not a biography)."""


def _person_fields(full_name: str, position: str) -> dict[str, str | None]:
    """A full name and position as typed, tidied (NFC, single spaces), or refused."""
    found: dict[str, str | None] = {}
    for field, typed in (("full_name", full_name), ("position", position)):
        tidy = " ".join(unicodedata.normalize("NFC", typed).split())
        if len(tidy) > PERSON_MAX or any(unicodedata.category(c)[0] == "C" for c in tidy):
            raise AccountError(
                _("a full name or a position is at most {n} characters of text").format(
                    n=PERSON_MAX), field,
            )  # fmt: skip
        found[field] = tidy or None
    if found["position"] and not found["full_name"]:
        raise AccountError(_("give the person's full name with their position"), "full_name")
    return found
