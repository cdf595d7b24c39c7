"""Tamper evidence for the airing log: a hash chain over the closed rows, in `seq` order.

Each row, once closed, gets `row_hash` = sha256(previous row's hash + the row's content) and
keeps `prev_hash`. Editing a row breaks its own hash; deleting or reordering rows breaks the
link of the next one. Deleting rows at the very end leaves no trace in the chain itself,
which is why every export prints the chain head (last seq and hash): a copy handed in can be
checked against the station later.
"""

from __future__ import annotations

import hashlib
import json
import math
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from common.i18n import N_, _, ngettext

from .store import ITEM_FIELDS

if TYPE_CHECKING:
    from common.store import Database

GENESIS = "0" * 64
UNHASHED = ("id", "prev_hash", "row_hash")
LATER = ("held", "person", "supersedes")
"""Columns added to the log after its chain began (the log's format grows only so): a row
hashes one only when it holds a value, so every row sealed before it was added keeps its
hash, and an office that predates it hashes a row without it as the station sealed it. A
row that holds one is hashed with it by old and new alike (every key sent is hashed)."""


def content_hash(prev_hash: str, row: dict[str, Any]) -> str:
    return hashlib.sha256((prev_hash + canonical(row)).encode()).hexdigest()


_JSON = json.JSONEncoder(sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode
_TEXT = json.encoder.encode_basestring  # what that encoder writes a string as (C when built)


def canonical(row: dict[str, Any]) -> str:
    """The row's content as hashed: exactly `json.dumps(content, sort_keys=True,
    ensure_ascii=False, separators=(",", ":"))`, byte for byte (every chain ever sealed was
    hashed so), written here value by value because `log verify` hashes every row of the log
    each time and json.dumps of a whole row costs twice as much. Values that are not plain
    text, numbers or null (none in a store; whatever an office receives) go through json.
    A LATER column without a value is not hashed."""
    if any(row.get(key, "") is None for key in LATER):
        row = {k: v for k, v in row.items() if not (k in LATER and v is None)}
    labels = _labels(tuple(row))
    return "{" + "".join([label + _written(row[key]) for key, label in labels]) + "}"


@lru_cache(maxsize=16)
def _labels(keys: tuple[str, ...]) -> tuple[tuple[str, str], ...]:
    """The hashed keys in order, each with the text before its value (`"key":`, after a comma
    but the first): every row of a query has the same keys."""
    hashed = sorted(k for k in keys if k not in UNHASHED)
    return tuple((k, f"{',' if n else ''}{_TEXT(k)}:") for n, k in enumerate(hashed))


def _float(value: float) -> str:
    return float.__repr__(value) if math.isfinite(value) else _JSON(value)


_WRITERS: dict[type, Callable[[Any], str]] = {
    str: _TEXT, int: int.__repr__, float: _float, type(None): lambda _none: "null"
}  # fmt: skip
"""What json writes for the values a store holds (bool is not int here: json writes true)."""


def _written(value: Any) -> str:
    return _WRITERS.get(type(value), _JSON)(value)


def _affinity(declared: str) -> str:
    """A column's type affinity by SQLite's rules (what its values can be stored as)."""
    kind = declared.upper()
    if "INT" in kind:
        return "INTEGER"
    if any(word in kind for word in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in kind or not kind:
        return "BLOB"
    if any(word in kind for word in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


@dataclass(frozen=True)
class _HashedText:
    """How `verify` has SQLite write each row's canonical text: json_object writes text,
    integers and null byte for byte as json does (keys given in json's sorted order), but
    floats with 15 digits where json writes as many as they need; so a REAL column goes in
    as null and Python writes its value in that place. A float where no REAL column is
    (only a column that can hold one: never in a store, maybe in a tampered one) makes the
    row `odd`: it is written the slow way."""

    sql: str
    reals: tuple[str, ...]
    """The REAL columns' placeholders, `"name":null`, in the order their values follow."""
    unset: tuple[str, ...] = ()
    """A LATER column's text without a value (`,"held":null`), cut out: not hashed. Only a
    key is written so (a quote inside a value is escaped)."""


@lru_cache(maxsize=4)
def _hashed_text(columns: tuple[tuple[str, str], ...]) -> _HashedText:
    hashed = sorted((name, _affinity(kind)) for name, kind in columns if name not in UNHASHED)
    quoted = {name: '"' + name.replace('"', '""') + '"' for name, _kind in hashed}
    odd = " OR ".join(
        f"typeof({quoted[name]}) = 'real'"
        for name, kind in hashed
        if kind in ("INTEGER", "NUMERIC", "BLOB")
    )
    pairs = ", ".join(
        "'" + name.replace("'", "''") + "', " + ("NULL" if kind == "REAL" else quoted[name])
        for name, kind in hashed
    )
    reals = [name for name, kind in hashed if kind == "REAL"]
    values = "".join(f", {quoted[name]}" for name in reals)
    return _HashedText(
        f"SELECT seq, status, prev_hash, row_hash, {odd or '0'}, json_object({pairs}){values} "
        "FROM airings ORDER BY seq",
        tuple(_TEXT(name) + ":null" for name in reals),
        tuple((',' if n else '') + _TEXT(name) + ":null"
              for n, (name, _kind) in enumerate(hashed) if name in LATER),
    )  # fmt: skip


Hashed = tuple[int, str, str | None, str | None, str | None]
"""seq, status, prev_hash, row_hash, and the text `content_hash` hashes (None when the row
holds no hash)."""


def _hashed_rows(db: Database) -> Iterator[Hashed]:
    """Each row of the log in seq order with its canonical text, written by SQLite for the
    most part (`log verify` reads every row each time; building the text in Python was most
    of its time), byte for byte `canonical(row)` (a test holds them together). A value json
    cannot hold (a blob: only in a tampered log) has every row written the slow way."""
    columns = tuple(
        (str(name), str(kind))
        for _cid, name, kind, *_ in db.execute("PRAGMA table_info(airings)").fetchall()
    )
    made = _hashed_text(columns)
    try:
        rows = db.execute(made.sql).fetchall()
    except sqlite3.OperationalError:
        yield from _hashed_rows_slowly(db)
        return
    for seq, status, prev_hash, row_hash, odd, text, *reals in rows:
        if row_hash is None:
            yield seq, status, prev_hash, row_hash, None
        elif odd:
            [row] = db.query("SELECT * FROM airings WHERE seq = ?", [seq])
            yield seq, status, prev_hash, row_hash, canonical(row)
        else:
            for placeholder, value in zip(made.reals, reals, strict=True):
                if value is not None:
                    text = text.replace(placeholder, placeholder[:-4] + _written(value), 1)
            for unset in made.unset:
                text = text.replace(unset, "", 1)
            yield seq, status, prev_hash, row_hash, text


def _hashed_rows_slowly(db: Database) -> Iterator[Hashed]:
    for row in db.query("SELECT * FROM airings ORDER BY seq"):
        try:
            text = canonical(row) if row["row_hash"] is not None else None
        except TypeError:  # a blob: no sealed row ever held one
            text = ""
        yield row["seq"], row["status"], row["prev_hash"], row["row_hash"], text


def seal(db: Database) -> None:
    """Hash every closed row after the last sealed one, stopping at a row still on air.
    Call inside the transaction that closed or added rows."""
    last = db.execute(
        "SELECT seq, row_hash FROM airings WHERE row_hash IS NOT NULL ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    since, prev = last if last else (0, GENESIS)
    for row in db.query("SELECT * FROM airings WHERE seq > ? ORDER BY seq", [since]):
        if row["status"] == "started":
            return
        row_hash = content_hash(prev, row)
        db.execute(
            "UPDATE airings SET prev_hash = ?, row_hash = ? WHERE seq = ?",
            [prev, row_hash, row["seq"]],
        )
        prev = row_hash


@dataclass(frozen=True)
class ChainHead:
    rows: int
    seq: int
    row_hash: str

    def __str__(self) -> str:
        return ngettext(
            "{n} sealed airing, last #{seq}, chain head {hash}",
            "{n} sealed airings, last #{seq}, chain head {hash}",
            self.rows,
        ).format(n=self.rows, seq=self.seq, hash=self.row_hash)

    def vietnamese(self) -> str:
        """For printed reports: enough to check a copy against the station later."""
        return f"Mã kiểm tra nhật ký: {self.rows} lượt, đến lượt #{self.seq}, {self.row_hash}"


@dataclass(frozen=True)
class Verdict:
    head: ChainHead
    problem: str | None
    """The first row that was edited, deleted or reordered; None when the chain holds."""


_ITEMS = "CASE WHEN json_valid(a.items) AND json_type(a.items) = 'array' THEN a.items ELSE '[]' END"
ITEMS_DIFFER = f"""
    WITH listed AS (
        SELECT a.seq, CAST(i.key AS INTEGER) AS position, i.value
        FROM airings a, json_each({_ITEMS}) i WHERE i.type = 'object'
    )
    SELECT MIN(seq) FROM (
        SELECT l.seq FROM listed l
        LEFT JOIN airing_items t ON t.airing_seq = l.seq AND t.position = l.position
        WHERE t.airing_seq IS NULL OR {
    " OR ".join(f"t.{k} IS NOT json_extract(l.value, '$.{k}')" for k in ITEM_FIELDS)
}
        UNION ALL
        SELECT t.airing_seq FROM airing_items t
        WHERE NOT EXISTS (SELECT 1 FROM listed l
                          WHERE l.seq = t.airing_seq AND l.position = t.position)
    )
"""
"""The first airing whose rows in `airing_items` (what reports read) do not say what its sealed
JSON `items` says, or that has item rows but no airing: an entry of the JSON with no row at its
position or a differing one, or a row with no entry at its position (which is also how a row
count that differs shows). Each airing's JSON is read once (for a year's log this is most of
`log verify`'s time after the hashes)."""
ITEMS_CHANGED = N_(
    "the announcements of airing #{seq} were changed in the report table after it was logged"
)

MIN_HEAD_CHARS = 16
"""A chain head copied from paper may be shortened to this many characters, not fewer."""


def clean_head(text: str) -> str:
    """A chain head as typed from a printed report: spaces and dashes dropped, any case."""
    head = "".join(text.split()).replace("-", "").lower()
    if (
        len(head) < MIN_HEAD_CHARS
        or len(head) > 64
        or any(c not in "0123456789abcdef" for c in head)
    ):
        raise ValueError(
            _("'{head}' is not a chain head: give at least {n} of its hexadecimal characters "
              "(0-9, a-f) as printed on the report").format(head=text, n=MIN_HEAD_CHARS)
        )  # fmt: skip
    return head


FileChecks = tuple[list[str], int | None, int]
"""PRAGMA quick_check's lines, the first airing whose items differ (ITEMS_DIFFER), and the
last airing the check saw."""


def _checked(conn: sqlite3.Connection) -> FileChecks:
    damaged = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
    if damaged != ["ok"]:
        return damaged, None, 0
    differ, last = conn.execute(
        f"SELECT ({ITEMS_DIFFER}), (SELECT MAX(seq) FROM airings)"
    ).fetchone()
    return damaged, differ, last or 0


def _file_checks(db: Database) -> Callable[[], FileChecks]:
    """The checks SQLite makes alone, without Python (the file's structure, each airing's
    items against its sealed JSON: half of `log verify`'s time), started on a second reading
    connection in a thread, so that they run while this one reads and hashes the rows (the
    GIL is free while SQLite works; on a machine with a second core the two halves overlap).
    Returns how to wait for them. Where no second connection can read (a store in memory,
    or one opened for reading alone on a full disk: its lock is exclusive) they run here."""
    path = next((row[2] for row in db.execute("PRAGMA database_list") if row[1] == "main"), "")
    if not path or getattr(db, "read_only", None):
        done = _checked(db.conn)
        return lambda: done
    found: list[FileChecks | BaseException] = []

    def check() -> None:
        try:
            conn = sqlite3.connect(f"{Path(path).as_uri()}?mode=ro", uri=True, timeout=5)
            try:
                conn.execute("BEGIN")  # one snapshot for both checks
                found.append(_checked(conn))
            finally:
                conn.close()
        except sqlite3.Error as e:
            found.append(e)

    worker = threading.Thread(target=check, name="log-verify-checks", daemon=True)
    worker.start()

    def wait() -> FileChecks:
        worker.join()
        result = found[0]
        return _checked(db.conn) if isinstance(result, BaseException) else result

    return wait


def verify(db: Database, head_hash: str | None = None) -> Verdict:
    """Check every row in seq order: numbers without gaps, each row sealed (only the newest
    may be `started`, on air now, and unsealed), each hash linking to the one before and
    matching the row's content, each airing's report rows saying what its sealed items say;
    and, given the chain head printed on a report, that the log still holds it (so a
    rewritten and re-sealed log is caught by the paper). The first problem is named."""
    checks = _file_checks(db)
    last_seq = db.execute("SELECT MAX(seq) FROM airings").fetchone()[0]
    chain, found = _walk(db, last_seq, head_hash)  # while the file's checks run
    damaged, differ, checked_through = checks()
    if damaged != ["ok"]:
        return Verdict(ChainHead(0, 0, GENESIS), _("the store file is damaged: {detail}").format(
            detail=damaged[0]))  # fmt: skip
    if (last_seq or 0) > checked_through:  # airings logged after the other reader looked
        differ = db.execute(ITEMS_DIFFER).fetchone()[0]
    if differ is not None and (chain.problem is None or differ <= chain.head.seq):
        # rows before `differ` hold (the walk went past them): the verdict as it stood there
        at = chain.head
        if differ <= at.seq:
            [(before,)] = db.execute(
                "SELECT row_hash FROM airings WHERE seq = ?", [differ - 1]
            ).fetchall() or [(GENESIS,)]
            at = ChainHead(differ - 1, differ - 1, before)
        return Verdict(at, _(ITEMS_CHANGED).format(seq=differ))
    if chain.problem is None and not found:
        return Verdict(chain.head, _(
            "the log does not hold the chain head {head} given from a report: it was "
            "rewritten or cut after that report was printed").format(head=head_hash))  # fmt: skip
    return chain


def _walk(db: Database, last_seq: int | None, head_hash: str | None) -> tuple[Verdict, bool]:
    """The chain in seq order up to its first break (each row's number, seal, link and hash),
    and whether the head given from a report was met on the way."""
    prev, prev_seq, count = GENESIS, 0, 0
    found = head_hash is None or GENESIS.startswith(head_hash)

    def broken(problem: str) -> tuple[Verdict, bool]:
        return Verdict(ChainHead(count, prev_seq, prev), problem), found

    for seq, status, prev_hash, row_hash, text in _hashed_rows(db):
        if seq != prev_seq + 1:
            return broken(
                _("airing #{missing} is missing: the log jumps from #{before} to #{seq}").format(
                    missing=prev_seq + 1, before=prev_seq, seq=seq
                )
            )
        if row_hash is None:
            if status != "started":
                return broken(_("airing #{seq} has no hash").format(seq=seq))
            if seq != last_seq:
                return broken(
                    _("airing #{seq} is marked on air but later airings follow it").format(seq=seq)
                )
            break  # on air now; it is sealed when it closes
        if prev_hash != prev:
            return broken(
                _("airing #{seq} is out of place: rows were deleted or reordered").format(seq=seq)
            )
        if hashlib.sha256((prev + str(text)).encode()).hexdigest() != row_hash:
            return broken(
                _("airing #{seq} was changed after it was logged (its hash does not match)")
                .format(seq=seq)
            )  # fmt: skip
        prev, prev_seq, count = row_hash, seq, count + 1
        found = found or prev.startswith(head_hash or "")
    return Verdict(ChainHead(count, prev_seq, prev), None), found


def head(db: Database) -> ChainHead:
    row = db.execute(
        "SELECT COUNT(row_hash), MAX(seq), "
        "(SELECT row_hash FROM airings WHERE row_hash IS NOT NULL ORDER BY seq DESC LIMIT 1) "
        "FROM airings WHERE row_hash IS NOT NULL"
    ).fetchone()
    return ChainHead(row[0], row[1] or 0, row[2] or GENESIS)
