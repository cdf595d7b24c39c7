"""The office console's accounts, in the office's PostgreSQL (office data is never kept in
SQLite): broadcaster/accounts.py's rules over the office's tables, with the office's roles."""

from __future__ import annotations

import secrets
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from psycopg import sql
from psycopg.rows import dict_row

from broadcaster.accounts import Accounts, Counted, Rank
from broadcaster.clock import Clock, utc_iso
from common.i18n import N_

if TYPE_CHECKING:
    import psycopg


class OfficeRole(Rank):
    """The office's roles, each allowed what the one before it is."""

    VIEWER = "viewer"
    """reads every page: the month, the stations, the emergencies"""
    ADMIN = "admin"
    """also approves stations and manages the accounts"""


def office_accounts(conn: psycopg.Connection, clock: Clock) -> Accounts:
    return Accounts(
        OfficeAccounts(conn), clock, OfficeRole, N_("the office has no admin account yet")
    )


COLUMNS = ("name", "role", "password_hash", "session_epoch", "full_name", "position",
           "created_at", "updated_at")  # fmt: skip


@dataclass
class OfficeAccounts:
    """The `AccountStore` of the office: tables `accounts` and `login_failures`."""

    conn: psycopg.Connection

    def transaction(self) -> AbstractContextManager[Any]:
        return self.conn.transaction()

    def _select(self, where: str, params: list[Any]) -> list[dict[str, Any]]:
        with self.conn.cursor(row_factory=dict_row) as cursor:
            rows = cursor.execute(
                f"SELECT {', '.join(COLUMNS)} FROM accounts {where}",  # the columns are constants
                params,
            ).fetchall()
        return [
            {k: utc_iso(v) if isinstance(v, datetime) else v for k, v in row.items()}
            for row in rows
        ]

    def row(self, name: str) -> dict[str, Any] | None:
        rows = self._select("WHERE name = %s", [name])
        return rows[0] if rows else None

    def rows(self) -> list[dict[str, Any]]:
        return self._select("ORDER BY name", [])

    def count_role(self, role: str, other_than: str = "") -> int:
        found = self.conn.execute(
            "SELECT count(*) FROM accounts WHERE role = %s AND name <> %s", [role, other_than]
        ).fetchone()
        return int(found[0]) if found else 0

    def insert(self, row: dict[str, Any]) -> None:
        columns = sql.SQL(", ").join(map(sql.Identifier, row))
        values = sql.SQL(", ").join(sql.Placeholder() * len(row))
        self.conn.execute(
            sql.SQL("INSERT INTO accounts ({}) VALUES ({})").format(columns, values),
            list(row.values()),
        )

    def update(self, name: str, values: dict[str, Any]) -> None:
        sets = sql.SQL(", ").join(
            sql.SQL("{} = %s").format(sql.Identifier(column)) for column in values
        )
        self.conn.execute(
            sql.SQL("UPDATE accounts SET {} WHERE name = %s").format(sets),
            [*values.values(), name],
        )

    def delete(self, name: str) -> None:
        self.conn.execute("DELETE FROM accounts WHERE name = %s", [name])
        self.forget_failures(name)

    def record_failure(self, account: str, address: str, at: datetime, forget: datetime) -> None:
        self.conn.execute("DELETE FROM login_failures WHERE at < %s", [forget])
        self.conn.execute(
            "INSERT INTO login_failures (account, address, at) VALUES (%s, %s, %s)",
            [account, address, at],
        )

    def failures(self, where: dict[Counted, str], since: datetime) -> tuple[int, datetime | None]:
        matching = sql.SQL(" AND ").join(
            sql.SQL("{} = %s").format(sql.Identifier(column)) for column in where
        )
        found = self.conn.execute(
            sql.SQL("SELECT count(*), min(at) FROM login_failures WHERE {} AND at >= %s")
            .format(matching),
            [*where.values(), since],
        ).fetchone()  # fmt: skip
        return (int(found[0]), found[1]) if found else (0, None)

    def failed(self, since: datetime) -> list[tuple[str, str, int, datetime]]:
        rows = self.conn.execute(
            "SELECT account, address, count(*), min(at) FROM login_failures WHERE at >= %s "
            "GROUP BY account, address",
            [since],
        ).fetchall()
        return [(account, address, int(n), at) for account, address, n, at in rows]

    def forget_failures(self, account: str, address: str | None = None) -> None:
        self.conn.execute(
            "DELETE FROM login_failures WHERE account = %s AND address = coalesce(%s, address)",
            [account, address],
        )


def console_secret(conn: psycopg.Connection) -> bytes:
    """The key that signs the office console's session cookies: made on first use and kept in
    the database, so that a restart (or a second machine) keeps everyone logged in. Only
    read once made: the console's own role (`db.grant_console`) may not write settings."""
    if conn.execute("SELECT 1 FROM settings WHERE key = 'console_secret'").fetchone() is None:
        conn.execute(
            "INSERT INTO settings (key, value) VALUES ('console_secret', %s) "
            "ON CONFLICT (key) DO NOTHING",
            [secrets.token_hex(32)],
        )
    found = conn.execute("SELECT value FROM settings WHERE key = 'console_secret'").fetchone()
    assert found is not None, "written just above"
    return bytes.fromhex(found[0])
