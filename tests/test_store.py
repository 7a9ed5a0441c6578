from __future__ import annotations

import sqlite3

import pytest
from pydantic import BaseModel

from memory.migrations import MIGRATIONS
from memory.store import Store
from tools import registry as registry_module
from tools.registry import ToolRegistry, ToolResult


def test_migrations_apply_once_and_are_recorded(atelier_home):
    path = atelier_home / "atelier.db"
    Store(path).close()
    store = Store(path)
    names = [r["name"] for r in store.query("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [m.__name__ for m in MIGRATIONS]
    assert store.scalar("PRAGMA journal_mode") == "wal"
    assert store.scalar("PRAGMA foreign_keys") == 1
    assert store.scalar("SELECT credit_balance FROM workspaces") == 500  # granted once, not twice
    store.close()


def test_every_row_carries_a_workspace(ctx):
    for table in ("users", "projects", "folders", "campaigns", "tags", "sessions", "generations",
                  "assets", "posts", "credit_ledger"):
        columns = {c.name: c for c in ctx.store.db[table].columns}
        assert columns["workspace_id"].notnull, table


@pytest.mark.parametrize("sql,index", [
    ("SELECT * FROM sessions WHERE workspace_id = 'w' ORDER BY last_used_at DESC LIMIT 50",
     "sessions_by_recent_use"),
    ("SELECT * FROM generations WHERE session_id = 's' ORDER BY idx", "sqlite_autoindex_generations_2"),
    ("SELECT * FROM generations WHERE workspace_id = 'w' AND liked = 1 ORDER BY liked_at DESC",
     "generations_liked"),
])
def test_list_queries_use_indexes(ctx, sql, index):
    plan = " ".join(r["detail"] for r in ctx.store.query(f"EXPLAIN QUERY PLAN {sql}"))
    assert index in plan


def test_a_failed_operation_rolls_back_whole(ctx):
    with pytest.raises(sqlite3.IntegrityError):
        with ctx.store.transaction():
            ctx.store.insert("projects", {"id": "prj_1", "workspace_id": "ws_local", "name": "A",
                                          "created_at": "t"})
            ctx.store.insert("projects", {"id": "prj_2", "workspace_id": "ws_local", "name": "a",
                                          "created_at": "t"})  # same name, any case: refused
    assert ctx.store.query("SELECT * FROM projects") == []


class EchoArgs(BaseModel):
    text: str


def echo(ctx, args: EchoArgs) -> ToolResult:
    """Repeat the text back."""
    return ToolResult(message=args.text)


class FakeEntryPoint:
    name = "echo-plugin"

    def load(self):
        class Plugin:
            @staticmethod
            def register_tools(register):
                register(echo)

        return Plugin


def test_plugins_register_through_the_entry_point_hook(ctx, monkeypatch):
    monkeypatch.setattr(registry_module, "_registry", None)
    monkeypatch.setattr(registry_module, "entry_points", lambda group: [FakeEntryPoint()])
    tools = registry_module.get_registry()
    assert tools["echo"].description == "Repeat the text back."
    assert tools["echo"](ctx, text="hi").message == "hi"


def test_registering_a_name_twice_is_refused():
    tools = ToolRegistry()
    tools.register(echo)
    with pytest.raises(ValueError, match="twice"):
        tools.register(echo)
