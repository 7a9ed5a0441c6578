"""Undo: each conversation's log of changes, and the ``undo`` tool that reverses the last one.

A tool declares at ``register(...)`` which tables its changes live in (``undo_tables``). The
registry then runs it through ``recorded``: inside one write transaction, temporary triggers on
those tables catch every row the tool inserts, updates or deletes, and the columns that differ
(rows added or removed included) are logged with their old and new values. Undo writes the old values back only when every logged
row still holds the new ones; otherwise it restores nothing and says what changed since. A tool
that changes data without declaring tables is logged as a marker that undo refuses to pass.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from pydantic import BaseModel, Field

from memory.clock import now_iso
from tools.context import Context
from tools.display import one_line
from tools.errors import InvalidInput

KEEP_PER_CONVERSATION = 200

# The columns that identify a row of each table a tool may declare in ``undo_tables``.
_KEYS: dict[str, tuple[str, ...]] = {
    "generations": ("id",), "sessions": ("id",), "assets": ("id",), "asset_tags": ("asset_id", "tag_id"),
    "session_references": ("id",), "folders": ("id",), "projects": ("id",), "tags": ("id",), "posts": ("id",),
    "campaigns": ("id",),
}
# Rows a reversal removes go before the rows it updates, and rows it puts back go after them,
# so a foreign key never points at a row that is not there.
_REMOVAL_ORDER = ("session_references", "asset_tags", "posts", "generations", "sessions", "assets", "folders", "projects",
                  "campaigns", "tags")
# A folder, project or tag a change created goes again on undo only when nothing else uses it by
# then (deleting it would take it from work the undo does not touch).
_CONTAINER_USERS: dict[str, tuple[tuple[str, str], ...]] = {
    "folders": (("sessions", "folder_id"), ("assets", "folder_id")),
    "projects": (("sessions", "project_id"), ("assets", "project_id"), ("posts", "project_id")),
    "tags": (("asset_tags", "tag_id"),),
    "campaigns": (("sessions", "campaign_id"),),
}
# A session a change created goes again on undo only while it holds nothing: never with its images.
_SESSION_CONTENTS = (("generations", "session_id"), ("session_references", "session_id"), ("post_sessions", "session_id"),
                     ("assets", "session_id"))

# What each irreversible tool is called in "the last change (deleting session X) cannot be undone".
_IRREVERSIBLE_NAMES = {
    "delete_session": "deleting a session", "delete_assets": "deleting assets",
    "generate": "generating images", "remix": "a remix", "add_credits": "adding credits",
    "create_post": "creating a post", "reflect": "a reflection", "sweep": "a retention sweep",
}


def recorded(name: str, func: Callable, tables: tuple[str, ...]) -> Callable:
    """``func`` with its changes logged in the conversation's undo log (see the module docstring)."""

    def run(ctx: Context, args: BaseModel):
        if ctx.conversation_id is None:  # a direct action (a button), outside any conversation
            return func(ctx, args)
        if not tables:
            result = func(ctx, args)
            with ctx.store.transaction():
                _log(ctx, name, result.message, reversible=False, changes=[])
            return result
        with ctx.store.transaction(), _captured(ctx, tables) as captured:
            result = func(ctx, args)
            changes = _net_changes(captured())
            if changes:
                _log(ctx, name, result.message, reversible=True, changes=changes)
        return result

    return run


@contextmanager
def _captured(ctx: Context, tables: tuple[str, ...]) -> Iterator[Callable[[], list[dict]]]:
    """Record every row this connection inserts, updates or deletes in ``tables`` while the block
    runs, through temporary triggers: the cost follows the rows changed, not the workspace's size
    (reading a 100,000-generation workspace before and after each like would not)."""
    store = ctx.store
    store.execute("CREATE TEMP TABLE IF NOT EXISTS undo_capture "
                  "(seq INTEGER PRIMARY KEY, tbl TEXT NOT NULL, old TEXT, new TEXT)")
    triggers = []
    for table in tables:
        columns = [row["name"] for row in store.query(f"PRAGMA main.table_info({table})")]

        def as_json(alias: str) -> str:
            return "json_object(" + ", ".join(f"'{c}', {alias}.\"{c}\"" for c in columns) + ")"

        for event, old, new in (("UPDATE", as_json("OLD"), as_json("NEW")), ("INSERT", "NULL", as_json("NEW")),
                                ("DELETE", as_json("OLD"), "NULL")):
            trigger = f"undo_capture_{table}_{event.lower()}"
            store.execute(f"CREATE TEMP TRIGGER {trigger} AFTER {event} ON main.{table} BEGIN "
                          f"INSERT INTO undo_capture (tbl, old, new) VALUES ('{table}', {old}, {new}); END")
            triggers.append(trigger)

    def captured() -> list[dict]:
        return store.query("SELECT tbl, old, new FROM undo_capture ORDER BY seq")

    try:
        yield captured
    finally:
        for trigger in triggers:
            store.execute(f"DROP TRIGGER IF EXISTS temp.{trigger}")
        store.execute("DELETE FROM temp.undo_capture")


def _key(row: dict, keys: tuple[str, ...]) -> str:
    return json.dumps([row[k] for k in keys])


def _net_changes(events: list[dict]) -> list[dict]:
    """One entry per changed row: table, key, and the changed columns' old and new values
    (``None`` for a row that was not there), from the first old and the last new row seen."""
    first_old: dict[tuple[str, str], dict | None] = {}
    last_new: dict[tuple[str, str], dict | None] = {}
    for event in events:
        table = event["tbl"]
        old = json.loads(event["old"]) if event["old"] is not None else None
        new = json.loads(event["new"]) if event["new"] is not None else None
        key = (table, _key(old if old is not None else new, _KEYS[table]))
        first_old.setdefault(key, old)
        last_new[key] = new
    changes = []
    for (table, key), old in first_old.items():
        new = last_new[(table, key)]
        if old is not None and new is not None:
            columns = [c for c in new if old.get(c) != new[c]]
            if columns:
                changes.append({"table": table, "key": key, "before": {c: old[c] for c in columns},
                                "after": {c: new[c] for c in columns}})
        elif old != new:
            changes.append({"table": table, "key": key, "before": old, "after": new})
    return changes


def _log(ctx: Context, tool: str, summary: str, *, reversible: bool, changes: list[dict]) -> None:
    ctx.store.execute(
        "INSERT INTO operations (workspace_id, conversation_id, user_id, tool, summary, created_at, "
        "reversible, changes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [ctx.workspace_id, ctx.conversation_id, ctx.user_id, tool, one_line(summary, 300), now_iso(),
         int(reversible), json.dumps(changes)])
    # Keep the newest KEEP_PER_CONVERSATION operations of this conversation.
    ctx.store.execute(
        "DELETE FROM operations WHERE workspace_id = ? AND conversation_id = ? AND seq <= "
        "(SELECT seq FROM operations WHERE workspace_id = ? AND conversation_id = ? "
        " ORDER BY seq DESC LIMIT 1 OFFSET ?)",
        [ctx.workspace_id, ctx.conversation_id, ctx.workspace_id, ctx.conversation_id, KEEP_PER_CONVERSATION])


# -- the undo tool --------------------------------------------------------------------------------


class UndoArgs(BaseModel):
    expect: str | None = Field(None, description="The kind of change the person means (rename, like, archive, save …); "
                                                 "nothing is undone when the last change is another kind")


def undo(ctx: Context, args: UndoArgs):
    """Undo the conversation's last change (like, select, archive, rename, move, tag, save …)."""
    from tools.registry import ToolResult  # deferred: the registry imports this module to log tools

    if ctx.conversation_id is None:
        raise InvalidInput("undo works inside a conversation")
    with ctx.store.transaction():
        op = ctx.store.one(
            "SELECT * FROM operations WHERE workspace_id = ? AND conversation_id = ? AND undone = 0 "
            "ORDER BY seq DESC LIMIT 1", [ctx.workspace_id, ctx.conversation_id])
        if op is None:
            return ToolResult(message="There is nothing to undo in this conversation.",
                              data={"undone": False})
        summary = op["summary"].rstrip(".")
        if args.expect and args.expect.strip().lower() not in op["tool"].split("_"):
            # "like 4", "archive 5", "undo the like": the newest like, when nothing since has changed its rows
            # (checked below); never anything that was not meant
            meant = _newest_of_kind(ctx, args.expect.strip().lower())
            if meant is None:
                return ToolResult(message=f"The last change was not a {args.expect.strip()} ({summary}), and there "
                                  f"is no earlier {args.expect.strip()} to undo; nothing was undone.", data={"undone": False})
            op, summary = meant, meant["summary"].rstrip(".")
        if not op["reversible"]:  # undo stops here: what came before it may depend on it
            what = _IRREVERSIBLE_NAMES.get(op["tool"], op["tool"].replace("_", " "))
            return ToolResult(message=f"The last change ({what}: {summary}) cannot be undone; nothing "
                              "was changed.", data={"undone": False})
        changes = _without_containers_in_use(ctx, json.loads(op["changes"]))
        made = [json.loads(c["key"])[0] for c in changes if c["table"] == "sessions" and c["before"] is None]
        filled = [c["after"]["name"] for c in changes if c["table"] == "sessions" and c["before"] is None
                  and _holds_anything(ctx, json.loads(c["key"])[0])]
        if filled:
            return ToolResult(message=f"I could not undo '{summary}': session '{one_line(filled[0])}' holds images or references "
                              "now. To remove it, delete the session (I ask first). Nothing was changed.", data={"undone": False})
        stale = [c for c in changes if not _still_as_left(ctx, c)]
        if stale:
            return ToolResult(message=f"I could not undo '{summary}': {_describe(ctx, stale, changed=True)} "
                              "changed since, so nothing was restored.", data={"undone": False})
        restored = _describe(ctx, changes, changed=False)
        for change in sorted(changes, key=_restore_order):
            _restore(ctx, change)
        ctx.store.execute("UPDATE operations SET undone = 1 WHERE seq = ?", [op["seq"]])
    data: dict[str, Any] = {"undone": True, "tool": op["tool"]}
    moved = ""
    if ctx.current_session_id in made:  # the conversation was in the session that is gone: back to the newest one left
        back = ctx.store.one("SELECT id, name FROM sessions WHERE workspace_id = ? AND status = 'active' "
                             "ORDER BY last_used_at DESC LIMIT 1", [ctx.workspace_id])
        data["left_session"], ctx.current_session_id = ctx.current_session_id, back["id"] if back else None
        data["session_id"] = ctx.current_session_id
        moved = f" Now in '{one_line(back['name'])}'." if back else " There is no current session now."
    return ToolResult(message=f"Undid: {summary[:1].lower() + summary[1:]} — {restored}.{moved}", data=data)


def _holds_anything(ctx: Context, session_id: str) -> bool:
    return any(ctx.store.scalar(f"SELECT count(*) FROM {table} WHERE {column} = ?", [session_id])
               for table, column in _SESSION_CONTENTS)


def _newest_of_kind(ctx: Context, kind: str) -> dict | None:
    """The conversation's newest change of this kind ("like", "rename" …) not undone yet, if reversible."""
    for op in ctx.store.query("SELECT * FROM operations WHERE workspace_id = ? AND conversation_id = ? AND undone = 0 "
                              "ORDER BY seq DESC LIMIT 50", [ctx.workspace_id, ctx.conversation_id]):
        if kind in op["tool"].split("_"):
            return op if op["reversible"] else None
    return None


def _without_containers_in_use(ctx: Context, changes: list[dict]) -> list[dict]:
    """``changes`` less the folders, projects and tags they created that rows will still use after
    the undo (rows it removes, or moves back out of the container, do not count)."""
    by_row = {(c["table"], c["key"]): c for c in changes}

    def leaves(table: str, key: str, column: str, container_id: str) -> bool:
        change = by_row.get((table, key))
        return change is not None and (change["before"] is None
                                       or (column in change["before"] and change["before"][column] != container_id))

    def in_use(change: dict) -> bool:
        (container_id,) = json.loads(change["key"])
        for table, column in _CONTAINER_USERS[change["table"]]:
            keys = _KEYS.get(table, ("id",))
            for row in ctx.store.query(f"SELECT {', '.join(keys)} FROM {table} WHERE {column} = ?", [container_id]):
                if not leaves(table, _key(row, keys), column, container_id):
                    return True
        return False

    return [c for c in changes if not (c["table"] in _CONTAINER_USERS and c["before"] is None and in_use(c))]


def _still_as_left(ctx: Context, change: dict) -> bool:
    row = _current(ctx, change)
    after = change["after"]
    if after is None:
        return row is None
    return row is not None and all(row.get(c) == v for c, v in after.items())


def _current(ctx: Context, change: dict) -> dict | None:
    keys = _KEYS[change["table"]]
    values = json.loads(change["key"])
    where = " AND ".join(f"{k} = ?" for k in keys)
    return ctx.store.one(f"SELECT * FROM {change['table']} WHERE {where}", values)


def _restore_order(change: dict) -> tuple[int, int]:
    rank = _REMOVAL_ORDER.index(change["table"])
    if change["before"] is None:  # remove a row the change added: first, children before parents
        return (0, rank)
    if change["after"] is None:  # put back a row the change removed: last, parents before children
        return (2, -rank)
    return (1, rank)


def _restore(ctx: Context, change: dict) -> None:
    table, before = change["table"], change["before"]
    keys = _KEYS[table]
    values = json.loads(change["key"])
    where = " AND ".join(f"{k} = ?" for k in keys)
    if before is None:
        ctx.store.execute(f"DELETE FROM {table} WHERE {where}", values)
    elif change["after"] is None:
        columns = list(before)
        ctx.store.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                          [before[c] for c in columns])
    else:
        ctx.store.execute(f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in before)} WHERE {where}",
                          [*before.values(), *values])


# -- saying what was restored ---------------------------------------------------------------------

_FLAGS = {"liked": ("unliked", "liked"), "selected": ("deselected", "selected"),
          "archived": ("unarchived", "archived")}


def _describe(ctx: Context, changes: list[dict], *, changed: bool) -> str:
    """What the rows are: ``#2 and #5 in 'Summer'``; unless ``changed``, with the state they are
    back in: ``#2 and #5 in 'Summer' are unliked again``."""
    groups: dict[tuple[str, str], list[int]] = {}  # (session name, state) -> generation numbers
    counts: dict[str, int] = {}
    phrases: list[str] = []
    for change in changes:
        table, before, after = change["table"], change["before"], change["after"]
        if table == "generations" and before and after:
            row = _current(ctx, change) or {}
            flag = next((c for c in before if c in _FLAGS), None)
            state = "" if changed or flag is None else f"{_FLAGS[flag][before[flag]]} again"
            if not changed and flag is None and "saved_asset_id" in before:
                state = "no longer saved"
            if not changed and flag is None and "session_id" in before:
                state = f"back in '{one_line(_session_name(ctx, before['session_id']) or 'no session')}'"
            groups.setdefault((_session_name(ctx, row.get("session_id")) or "", state), []).append(row.get("idx"))
        elif table == "sessions" and before and after and "name" in before:
            phrases.append(f"session '{one_line(after['name'])}'" if changed
                           else f"the session is called '{one_line(before['name'])}' again")
        elif table == "sessions" and before and after and "status" in before and not changed:
            phrases.append(f"the session is {before['status']} again")
        elif table == "asset_tags" and not changed:
            label = "tag(s) put back" if before else "tag(s) taken off again"
            counts[label] = counts.get(label, 0) + 1
        elif table == "sessions" and before and after and "brief_prompt" in before and not changed:
            phrases.append("the brief is as it was" if before["brief_prompt"] else "the brief is empty again")
        elif table == "session_references" and not changed:
            label = "reference(s) put back" if before else "reference(s) taken off again"
            counts[label] = counts.get(label, 0) + 1
        elif table == "posts" and before and after:
            caption = one_line((before if not changed else after).get("caption") or "")[:40]
            phrases.append(f"the post \"{caption}\"" if changed else f"the post \"{caption}\" is as it was")
        elif (table in _CONTAINER_USERS or table == "sessions") and before is None and not changed:
            phrases.append(f"the new {table[:-1]} '{one_line(after['name'])}' is gone again")
        elif table == "assets" and before is None and not changed:
            counts["asset(s) taken out of the library again"] = counts.get(
                "asset(s) taken out of the library again", 0) + 1
        else:
            label = {"generations": "generation(s)", "sessions": "session(s)", "assets": "asset(s)",
                     "asset_tags": "tag(s) of assets", "session_references": "reference(s)", "folders": "folder(s)",
                     "projects": "project(s)", "tags": "tag(s)", "posts": "post(s)"}[table]
            label = label if changed else f"{label} as they were"
            counts[label] = counts.get(label, 0) + 1
    for (session, state), indexes in groups.items():
        numbers = _join([f"#{i}" for i in sorted(i for i in indexes if i is not None)]) or "the generations"
        where = f" in '{one_line(session)}'" if session else ""
        verb = f" {'is' if len(indexes) == 1 else 'are'} {state}" if state else ""
        phrases.append(f"{numbers}{where}{verb}")
    phrases.extend(f"{count} {label}" for label, count in counts.items())
    return _join(phrases)


def _session_name(ctx: Context, session_id: Any) -> str | None:
    return ctx.store.scalar("SELECT name FROM sessions WHERE id = ?", [session_id]) if session_id else None


def _join(parts: list[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1] if parts else ""


def register_tools(register):
    register(undo, undo_log=False)
