"""The sqlite-utils database as our code uses it, with the types sqlite-utils 3.38 leaves
loose: `table()` is typed as a table or a view, and a store has tables only."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database
from sqlite_utils.db import Table


class Store(Database):
    """A sqlite-utils `Database` whose `table()` is a `Table` (every store opens as one)."""

    read_only: str | None = None
    """Why this store was opened for reading only (a full disk), or None."""

    def table(self, table_name: str, **kwargs: Any) -> Table:
        found = super().table(table_name, **kwargs)
        if not isinstance(found, Table):
            raise TypeError(f"{table_name} is a view, not a table")
        return found

    def enable_wal(self) -> None:
        # sqlite-utils 3.38 leaves this method unannotated
        super().enable_wal()  # type: ignore[no-untyped-call]
