"""The SQLite store: one file under the home, WAL mode, migrations applied on open."""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from memory.clock import new_id, now_iso
from memory.home import connect_database, database_error, tighten_home
from memory.migrations import apply_migrations

DEFAULT_WORKSPACE = "ws_local"
DEFAULT_USER = "usr_local"
BUSY_TIMEOUT_MS = 30_000
IN_CHUNK = 500
RESTORE_STORE = ("restore it from a backup, or move it (with any atelier.db-wal beside it) away to "
                 "start an empty home")


class Store:
    """Owns the connection. Every operation runs in one ``transaction()``."""

    def __init__(self, path: Path | str, *, starting_credits: int = 500):
        self.path = Path(path)
        # isolation_level=None: we issue BEGIN IMMEDIATE ourselves, so a writer takes the
        # write lock up front and two processes never deadlock upgrading a read lock.
        # A home that cannot be used (a file, not writable, a damaged database) is a HomeError.
        if str(path) == ":memory:":
            conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        else:
            conn = connect_database(self.path, fix=RESTORE_STORE, timeout=BUSY_TIMEOUT_MS / 1000)
            tighten_home(self.path.parent)  # a home made before it was kept private
        self.db = Database(conn)
        self._lock = threading.RLock()
        self._after_commit: list[Callable[[], None]] = []
        try:
            conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA foreign_keys = ON")
            with self.transaction():
                apply_migrations(self.db)
                self._ensure_defaults(starting_credits)
        except sqlite3.DatabaseError as error:
            conn.close()
            raise database_error(self.path, error, RESTORE_STORE) from None

    @property
    def conn(self) -> sqlite3.Connection:
        return self.db.conn

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """One write transaction; a nested call simply joins the outer one (no savepoint), so an
        error anywhere inside rolls back the whole operation."""
        with self._lock:
            if self.conn.in_transaction:
                yield self.db
                return
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.db
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        for callback in list(self._after_commit):
            callback()

    def on_commit(self, callback: Callable[[], None]) -> None:
        """Call ``callback()`` after every committed write transaction (the search index listens
        here; what changed is recorded by triggers in ``index_pending``)."""
        self._after_commit.append(callback)

    def query(self, sql: str, params: Any = ()) -> list[dict]:
        with self._lock:
            return list(self.db.query(sql, params))

    def one(self, sql: str, params: Any = ()) -> dict | None:
        rows = self.query(sql, params)
        return rows[0] if rows else None

    def query_in(self, sql: str, values: list, params: list | None = None) -> list[dict]:
        """Run ``sql`` whose ``{marks}`` is an ``IN (…)`` list over many values, in chunks that stay
        under SQLite's limit on bound parameters; ``params`` bind before the list."""
        rows: list[dict] = []
        for start in range(0, len(values), IN_CHUNK):
            part = values[start:start + IN_CHUNK]
            rows.extend(self.query(sql.format(marks=",".join("?" * len(part))), [*(params or []), *part]))
        return rows

    def scalar(self, sql: str, params: Any = ()) -> Any:
        with self._lock:
            row = self.conn.execute(sql, params).fetchone()
        return row[0] if row else None

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        with self._lock:
            return self.conn.execute(sql, params)

    def insert(self, table: str, row: dict) -> dict:
        """Insert one row, encoding dict/list values as JSON text."""
        encoded = {k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in row.items()}
        columns = ", ".join(encoded)
        marks = ", ".join("?" for _ in encoded)
        self.execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(encoded.values()))
        return row

    def update(self, table: str, row_id: str, values: dict) -> None:
        encoded = {k: json.dumps(v) if isinstance(v, (dict, list)) else v for k, v in values.items()}
        assignments = ", ".join(f"{k} = ?" for k in encoded)
        self.execute(f"UPDATE {table} SET {assignments} WHERE id = ?", [*encoded.values(), row_id])

    def _ensure_defaults(self, starting_credits: int) -> None:
        if self.one("SELECT id FROM workspaces WHERE id = ?", [DEFAULT_WORKSPACE]):
            return
        created = now_iso()
        self.insert(
            "workspaces",
            {"id": DEFAULT_WORKSPACE, "name": "Local", "credit_balance": starting_credits,
             "created_at": created},
        )
        self.insert(
            "users",
            {"id": DEFAULT_USER, "workspace_id": DEFAULT_WORKSPACE, "name": "me", "created_at": created},
        )
        self.insert("workspace_admins", {"workspace_id": DEFAULT_WORKSPACE, "user_id": DEFAULT_USER})
        self.insert(
            "credit_ledger",
            {"workspace_id": DEFAULT_WORKSPACE, "delta": starting_credits, "kind": "grant",
             "reason": "starting grant", "ref": None, "balance_after": starting_credits, "amount": starting_credits,
             "created_at": created},
        )

    def get_or_create_named(self, table: str, workspace_id: str, name: str) -> dict:
        """Folders, projects, campaigns and tags are made on first use, matched case-insensitively."""
        row = self.one(
            f"SELECT * FROM {table} WHERE workspace_id = ? AND name = ? COLLATE NOCASE",
            [workspace_id, name],
        )
        if row:
            return row
        row = {"id": new_id(table[:3]), "workspace_id": workspace_id, "name": name,
               "created_at": now_iso()}
        self.insert(table, row)
        return row
