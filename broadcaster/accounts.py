"""Who may use the web console, with what role, and the door that checks them in.

Both doors call this: the command line manages accounts (`user add|list|remove|passwd|role`),
the web console checks log-ins and lets admins do the same from a page. Passwords are kept
only as argon2id hashes. Failed log-ins are counted in the store, so that a restart of the
console does not give a password-guesser a fresh start: per account *and* client address (a
guesser elsewhere cannot lock the officer out, o21web9 Y3), and per address over all accounts.

The rules live here once; where the rows live is an `AccountStore`: the station's SQLite
(`StationAccounts`, below) or the office's PostgreSQL (office/accounts.py), each with its own
roles.
"""

from __future__ import annotations

import re
import secrets
import unicodedata
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Any, Literal, Protocol

from common.errors import BroadcasterError
from common.i18n import N_, _, ngettext, not_offered
from common.plain_text import PERSON_MAX, tidy_person

from .clock import utc_iso

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from argon2 import PasswordHasher

    from common.store import Store

NAME_PATTERN = re.compile(r"[\w.\-]{1,32}")
PASSWORD_MIN = 8
PASSWORD_MAX = 256
"""Long enough for any passphrase, short enough that hashing it costs nothing extra."""

FAILURE_WINDOW = timedelta(minutes=15)
ACCOUNT_FAILURES = 5
"""Failed log-ins for one account from one client address within the window before that
address is refused it for a while (django-axes' lock on the pair username and address: an
account-wide lock let anyone keep both admins away from an emergency's cancel button)."""
ADDRESS_FAILURES = 10
"""Failed log-ins from one client address (any accounts) within the window."""
FAILURES_SHOWN = 5
"""Failed log-ins for one account within the window, from more than one address, that the
accounts' list shows (how many, from how many addresses): guesses spread over many addresses lock
nothing, since no lock may keep the admins from the cancel button, but the technician sees
someone guessing at a console that faces the internet (o22web10 Z5)."""

Counted = Literal["account", "address"]


class Rank(StrEnum):
    """Roles in order: each may do what the ones before it may; the last is `admin`, who
    manages the accounts."""

    def allows(self, needed: Rank) -> bool:
        order = list(type(self))
        return order.index(self) >= order.index(needed)

    @property
    def label(self) -> str:
        return _(ROLE_LABELS[type(self).__name__, self.value])


class Role(Rank):
    """The station's roles: an approver also prepares and schedules, an admin also approves."""

    OPERATOR = "operator"
    """prepares announcements and schedules them"""
    APPROVER = "approver"
    """approves what airs and may air emergencies"""
    ADMIN = "admin"
    """manages accounts and the station's settings"""


ROLE_LABELS = {
    ("Role", "operator"): N_("Operator"),
    ("Role", "approver"): N_("Approver"),
    ("Role", "admin"): N_("Admin"),
    ("OfficeRole", "viewer"): N_("Viewer"),
    ("OfficeRole", "admin"): N_("Admin"),
}
"""Keyed by the roles' class and value: 'admin' is a role of both the station and the office."""


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
    role: Rank
    session_epoch: str
    """Changes with the password: sessions opened before it are no longer valid."""
    created_at: str
    updated_at: str
    full_name: str | None = None
    """The person's name as a report prints it ('Nguyễn Văn Hùng')."""
    position: str | None = None
    """Their position ('Chủ tịch UBND xã')."""
    locked_until: datetime | None = None
    """Until when some client address is refused this account for failed log-ins."""
    locked_from: tuple[str, ...] = ()
    """Those addresses (`user list` says them; a new password lifts the lock)."""
    failed: int = 0
    """Failed log-ins for it within FAILURE_WINDOW, from any address, once FAILURES_SHOWN."""
    failed_from: int = 0
    """From how many client addresses."""

    @property
    def person(self) -> str:
        """Who the account is, as the log and reports name them: the full name and position
        ('Nguyễn Văn Hùng – Chủ tịch UBND xã'), or, when none is given, its role and log-in
        name ('Quản trị viên (tài khoản quantri)'): a bare 'quantri' tells a reader nothing
        (o15lan2 N7). The office's accounts keep their log-in name: its officers know each
        other's, and its records (who cancelled an emergency) are read by them."""
        role = self.role if isinstance(self.role, Role) else None
        return person_text(self.name, self.full_name, self.position, role)

    def named_from_now(self) -> str:
        """Said once `set_person` has named the account's person: it holds from now on, and
        what it approved before keeps whoever approved it then (a new chairman on ông Hùng's
        account renames none of his approvals: o23lan12 M4)."""
        return _("From now on the log and reports name '{name}' {person}; what was approved "
                 "before keeps the name of whoever approved it then.").format(
            name=self.name, person=self.person)  # fmt: skip

    def lock_text(self, zone: ZoneInfo) -> str:
        """'bị khóa đến 08:31 (203.0.113.5): …' (`user list`, the Accounts page), and '12 lần
        đăng nhập sai từ 6 địa chỉ trong 15 phút qua' when guessed at; '' when neither. A lock
        lasts minutes: the hour says when."""
        said = []
        if self.locked_until is not None:
            said.append(_("locked until {time} ({addresses}): a new password lifts it").format(
                time=f"{self.locked_until.astimezone(zone):%H:%M}",
                addresses=", ".join(self.locked_from),
            ))  # fmt: skip
        if self.failed:
            said.append(ngettext(
                "{n} failed log-ins from {addresses} address in the last {minutes} minutes",
                "{n} failed log-ins from {addresses} addresses in the last {minutes} minutes",
                self.failed_from,
            ).format(n=self.failed, addresses=self.failed_from,
                     minutes=int(FAILURE_WINDOW.total_seconds() // 60)))  # fmt: skip
        return "; ".join(said)

    def fields(self) -> dict[str, Any]:
        """What `user list --json` shows (never the hash, nor the session epoch)."""
        return {
            "name": self.name,
            "role": self.role.value,
            "full_name": self.full_name,
            "position": self.position,
            "created_at": self.created_at,
            "updated_at": self.updated_at,
            "locked_until": utc_iso(self.locked_until) if self.locked_until else None,
            "locked_from": list(self.locked_from),
            "failed": self.failed,
            "failed_from": self.failed_from,
        }


def _person(name: str | None, find: Callable[[str], Account | None]) -> str:
    if not name:
        return ""
    account = find(name) if NAME_PATTERN.fullmatch(account_name(name)) else None
    return account.person if account else name


def person_text(
    name: str, full_name: str | None, position: str | None, role: Rank | None = None
) -> str:
    if not full_name:
        return _("{role} (account {name})").format(role=role.label, name=name) if role else name
    return f"{full_name} – {position}" if position else full_name


def account_name(name: str) -> str:
    """The stored form of a log-in name: NFC, lower case, no surrounding spaces."""
    return unicodedata.normalize("NFC", name.strip()).lower()


def role_of(value: str, roles: type[Rank] = Role) -> Rank:
    try:
        return roles(value)
    except ValueError:
        raise AccountError(not_offered(value, [role.label for role in roles]), "role") from None


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


class AccountStore(Protocol):
    """Where the accounts and the failed log-ins are kept; instants are aware datetimes going
    in, and a row's `created_at` and `updated_at` come out as `utc_iso` text."""

    def transaction(self) -> AbstractContextManager[Any]: ...
    def row(self, name: str) -> dict[str, Any] | None: ...
    def rows(self) -> list[dict[str, Any]]:
        """Every account, by name."""
        ...

    def count_role(self, role: str, other_than: str = "") -> int: ...
    def insert(self, row: dict[str, Any]) -> None: ...
    def update(self, name: str, values: dict[str, Any]) -> None: ...
    def delete(self, name: str) -> None:
        """The account and its failed log-ins."""
        ...

    def record_failure(self, account: str, address: str, at: datetime, forget: datetime) -> None:
        """One failed log-in; those before `forget` are dropped."""
        ...

    def failures(self, where: dict[Counted, str], since: datetime) -> tuple[int, datetime | None]:
        """How many failures since then matching `where` (an account, an address or both),
        and the oldest."""
        ...

    def failed(self, since: datetime) -> list[tuple[str, str, int, datetime]]:
        """(account, address, failures, the oldest) for each pair failing since then."""
        ...

    def forget_failures(self, account: str, address: str | None = None) -> None:
        """The account's failures, from that address only if one is given."""
        ...


@dataclass
class Accounts:
    """Accounts kept in `store` (Station.accounts; the office's in office/accounts.py)."""

    store: AccountStore
    clock: Callable[[], datetime]
    roles: type[Rank] = Role
    no_admin: str = N_("the station has no admin account yet")
    """What the console says when it cannot start for want of an admin."""

    @property
    def admin(self) -> Rank:
        return self.roles("admin")

    def _row(self, name: str) -> dict[str, Any] | None:
        return self.store.row(account_name(name))

    def _existing(self, name: str) -> dict[str, Any]:
        row = self._row(name)
        if row is None:
            raise AccountError(_("there is no account '{name}'").format(name=name), "name")
        return row

    def _account(self, row: dict[str, Any]) -> Account:
        return Account(
            name=row["name"],
            role=self.roles(row["role"]),
            session_epoch=row["session_epoch"],
            created_at=row["created_at"],
            updated_at=row["updated_at"],
            full_name=row.get("full_name"),
            position=row.get("position"),
        )

    def get(self, name: str) -> Account | None:
        row = self._row(name)
        return self._account(row) if row else None

    def list(self) -> list[Account]:
        """Every account, with the lock its failed log-ins hold, if any."""
        now = self.clock()
        locks: dict[str, list[tuple[str, datetime]]] = {}
        failed: dict[str, list[int]] = {}
        for name, address, count, oldest in self.store.failed(now - FAILURE_WINDOW):
            failed.setdefault(name, []).append(count)
            if count >= ACCOUNT_FAILURES:
                locks.setdefault(name, []).append((address, oldest + FAILURE_WINDOW))
        found = []
        for row in self.store.rows():
            account, name = self._account(row), row["name"]
            if name in locks:
                account = replace(
                    account,
                    locked_until=max(until for _address, until in locks[name]),
                    locked_from=tuple(sorted(address for address, _until in locks[name])),
                )
            spread = failed.get(name, [])  # guessed at from many places (Z5)
            if sum(spread) >= FAILURES_SHOWN and len(spread) > 1:
                account = replace(account, failed=sum(spread), failed_from=len(spread))
            found.append(account)
        return found

    def has_admin(self) -> bool:
        return bool(self.store.count_role(self.admin.value))

    def require_admin(self) -> None:
        """The console refuses to start when no one could manage it."""
        if not self.has_admin():
            raise NoAdminAccount(_(self.no_admin))

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
        from common.plain_text import fold

        wanted = fold(stored)
        for row in self.store.rows():
            if fold(row["name"]) == wanted:
                return str(row["name"])
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
        chosen = role_of(role, self.roles)
        check_password(stored, password)
        now = self.clock()
        person = _person_fields(full_name, position)
        hashed = hasher().hash(password)  # slow by design: before the store's write lock
        with self.store.transaction():
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
            self.store.insert(
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
        """A new password; sessions opened with the old one end, and the account's failed
        log-ins are forgotten: the technician's new password lifts a lock (o21web9 Y3)."""
        row = self._existing(name)
        check_password(row["name"], password)
        hashed = hasher().hash(password)
        with self.store.transaction():
            self._update(row["name"], password_hash=hashed, session_epoch=secrets.token_hex(8))
            self.store.forget_failures(row["name"])

    def end_sessions(self, name: str) -> None:
        """Log the account out on every device: the sessions are signed cookies, so only a
        new epoch makes a cookie copied before log-out stop opening pages after it."""
        row = self._existing(name)
        self._update(row["name"], session_epoch=secrets.token_hex(8))

    def set_person(self, name: str, full_name: str, position: str) -> Account:
        """Who is behind the account, as the log and reports name them from now on."""
        row = self._existing(name)
        self._update(row["name"], **_person_fields(full_name, position))
        account = self.get(row["name"])
        assert account is not None
        return account

    def set_role(self, name: str, role: str) -> Account:
        row = self._existing(name)
        chosen = role_of(role, self.roles)
        with self.store.transaction():
            if chosen != self.admin:
                self._keep_an_admin(row["name"])
            self._update(row["name"], role=chosen.value)
        account = self.get(row["name"])
        assert account is not None
        return account

    def remove(self, name: str) -> None:
        row = self._existing(name)
        with self.store.transaction():
            self._keep_an_admin(row["name"])
            self.store.delete(row["name"])

    def _keep_an_admin(self, losing: str) -> None:
        others = self.store.count_role(self.admin.value, other_than=losing)
        row = self._row(losing)
        if row and row["role"] == self.admin.value and not others:
            raise AccountError(
                _("'{name}' is the only admin: make another account admin first").format(
                    name=losing
                ),
                "role",
            )

    def _update(self, name: str, **values: str | None) -> None:
        with self.store.transaction():
            self.store.update(name, {**values, "updated_at": self.clock()})

    # ----- logging in ----------------------------------------------------------------------
    def authenticate(self, name: str, password: str, address: str) -> Account:
        """The account, if the password is right and neither the account nor the client
        address has failed too often lately. Every failure is counted, known name or not."""
        stored = account_name(name)
        now = self.clock()
        self._refuse_if_throttled(stored, address, now)
        row = self._row(stored) if NAME_PATTERN.fullmatch(stored) else None
        if row is None or not _verify(row["password_hash"], password):
            if row is None:
                _verify(_dummy_hash(), password)
            with self.store.transaction():
                self.store.record_failure(stored[:64], address, now, now - FAILURE_WINDOW)
            raise LoginRefused(_("wrong log-in name or password"))
        rehashed = (
            hasher().hash(password) if hasher().check_needs_rehash(row["password_hash"]) else None
        )
        with self.store.transaction():  # a guesser elsewhere keeps his count
            self.store.forget_failures(stored, address)
            if rehashed is not None:
                self._update(stored, password_hash=rehashed)
        return self._account(row)

    def _refuse_if_throttled(self, account: str, address: str, now: datetime) -> None:
        since = now - FAILURE_WINDOW
        checks: tuple[tuple[dict[Counted, str], int, str], ...] = (
            ({"account": account, "address": address}, ACCOUNT_FAILURES,
             N_("too many failed log-ins for this account from this device: try again in "
                "{minutes} min, or ask the technician for a new password")),
            ({"address": address}, ADDRESS_FAILURES,
             N_("too many failed log-ins from this device: try again in {minutes} min")),
        )  # fmt: skip
        for where, limit, message in checks:
            count, oldest = self.store.failures(where, since)
            if count >= limit and oldest is not None:
                wait = oldest + FAILURE_WINDOW - now
                minutes = max(1, -(-int(wait.total_seconds()) // 60))
                raise LoginThrottled(_(message).format(minutes=minutes), wait)


@dataclass
class StationAccounts:
    """The station's accounts in its SQLite store (tables `users` and `login_failures`)."""

    db: Store

    def transaction(self) -> AbstractContextManager[Any]:
        return self.db.conn  # type: ignore[no-any-return]

    def row(self, name: str) -> dict[str, Any] | None:
        rows = list(self.db.table("users").rows_where("name = ?", [name]))
        return rows[0] if rows else None

    def rows(self) -> list[dict[str, Any]]:
        return list(self.db.table("users").rows_where(order_by="name"))

    def count_role(self, role: str, other_than: str = "") -> int:
        return int(self.db.table("users").count_where("role = ? AND name != ?", [role, other_than]))

    def insert(self, row: dict[str, Any]) -> None:
        self.db.table("users").insert(_texts(row))

    def update(self, name: str, values: dict[str, Any]) -> None:
        self.db.table("users").update(name, _texts(values))

    def delete(self, name: str) -> None:
        self.db.execute("DELETE FROM users WHERE name = ?", [name])
        self.forget_failures(name)

    def record_failure(self, account: str, address: str, at: datetime, forget: datetime) -> None:
        self.db.execute("DELETE FROM login_failures WHERE at < ?", [utc_iso(forget)])
        self.db.table("login_failures").insert(
            {"account": account, "address": address, "at": utc_iso(at)}
        )

    def failures(self, where: dict[Counted, str], since: datetime) -> tuple[int, datetime | None]:
        matching = " AND ".join(f"{column} = ?" for column in where)  # the columns are constants
        count, oldest = self.db.execute(
            f"SELECT COUNT(*), MIN(at) FROM login_failures WHERE {matching} AND at >= ?",
            [*where.values(), utc_iso(since)],
        ).fetchone()
        return int(count), datetime.fromisoformat(oldest) if oldest else None

    def failed(self, since: datetime) -> list[tuple[str, str, int, datetime]]:
        rows = self.db.execute(
            "SELECT account, address, COUNT(*), MIN(at) FROM login_failures WHERE at >= ? "
            "GROUP BY account, address",
            [utc_iso(since)],
        ).fetchall()
        return [
            (account, address, n, datetime.fromisoformat(at)) for account, address, n, at in rows
        ]

    def forget_failures(self, account: str, address: str | None = None) -> None:
        self.db.execute(
            "DELETE FROM login_failures WHERE account = ? AND address = coalesce(?, address)",
            [account, address],
        )


def _texts(row: dict[str, Any]) -> dict[str, Any]:
    """Instants as the station stores them (`utc_iso` text)."""
    return {k: utc_iso(v) if isinstance(v, datetime) else v for k, v in row.items()}


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


def _person_fields(full_name: str, position: str) -> dict[str, str | None]:
    """A full name and position as typed, tidied (NFC, single spaces), or refused."""
    found: dict[str, str | None] = {}
    for field, typed in (("full_name", full_name), ("position", position)):
        tidy = tidy_person(typed)
        if tidy is None:
            raise AccountError(
                _("a full name or a position is at most {n} characters of text, on one line, "
                  "without control characters").format(
                    n=PERSON_MAX), field,
            )  # fmt: skip
        found[field] = tidy or None
    if found["position"] and not found["full_name"]:
        raise AccountError(_("give the person's full name with their position"), "full_name")
    return found
