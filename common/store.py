"""The sqlite-utils database as our code uses it, with the types sqlite-utils 3.38 leaves
loose: `table()` is typed as a table or a view, and a store has tables only."""

from __future__ import annotations

import sys
from typing import Any

# sqlite-utils imports numpy (~60 ms, the most of its own import) only to add numpy's scalar
# types to the column types it guesses when it creates a table from values; every table of
# ours comes from a migration's CREATE TABLE. So sqlite-utils is imported with numpy hidden
# (unless numpy is loaded already): a process that renders no audio (`status`, `log list`,
# the console) does without numpy. Every module of ours takes sqlite-utils from here.
_numpy_hidden = "numpy" not in sys.modules
if _numpy_hidden:
    sys.modules["numpy"] = None  # type: ignore[assignment]  # `import numpy` raises ImportError
try:
    from sqlite_utils import Database as Database  # every module of ours takes it from here
    from sqlite_utils.db import Table
finally:
    if _numpy_hidden:
        del sys.modules["numpy"]


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
