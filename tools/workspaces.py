"""Workspaces keep teams apart: one per chat team, each with its own admins and credits.

Every row already carries ``workspace_id`` and every query filters by ``ctx.workspace_id``; this
module registers workspaces, finds the one a chat team maps to, and says who may delete and who
may top up credits.
"""

from __future__ import annotations

import re

from memory.clock import new_id, now_iso
from memory.store import DEFAULT_WORKSPACE, Store
from tools.context import Context
from tools.errors import Conflict, InvalidInput, NotFound
from tools.resolve import clean_name

SLACK_ID = re.compile(r"^[A-Z0-9]{2,40}$")  # team and user ids: T0123ABC, U0456DEF, W…


def _check_slack_id(value: str, what: str) -> str:
    value = (value or "").strip()
    if not SLACK_ID.match(value):
        raise InvalidInput(f"'{value[:60]}' is not a Slack {what} id (capital letters and digits, like T0123ABC)")
    return value


def slack_user_id(team_id: str, user_id: str) -> str:
    """The Atelier user for a Slack member: ids are only unique within a team, so the team is part of it."""
    return f"slack:{team_id}:{user_id}"


def add_workspace(store: Store, name: str, *, slack_team: str | None = None, admins: tuple[str, ...] = (),
                  starting_credits: int = 500) -> tuple[dict, bool]:
    """Register a workspace (or add admins to the one already registered for that team).

    Returns (workspace row, created)."""
    name = clean_name(name, "workspace")
    team = _check_slack_id(slack_team, "team") if slack_team is not None else None
    admins = tuple(_check_slack_id(a, "user") for a in admins)
    with store.transaction():
        existing = store.one("SELECT * FROM workspaces WHERE slack_team_id = ?", [team]) if team else None
        if existing is None:
            clash = store.one("SELECT * FROM workspaces WHERE name = ? COLLATE NOCASE", [name])
            if clash:
                raise Conflict(f"a workspace named '{clash['name']}' already exists")
            existing = {"id": new_id("ws"), "name": name, "credit_balance": starting_credits,
                        "created_at": now_iso(), "slack_team_id": team}
            store.insert("workspaces", existing)
            store.insert("credit_ledger", {"workspace_id": existing["id"], "delta": starting_credits,
                                           "kind": "grant", "reason": "starting grant", "ref": None,
                                           "balance_after": starting_credits, "amount": starting_credits,
                                           "created_at": now_iso()})
            created = True
        elif existing["name"].casefold() != name.casefold():
            raise Conflict(f"Slack team {team} is already registered as workspace '{existing['name']}'")
        else:
            created = False
        for admin in admins:
            user = slack_user_id(team, admin) if team else admin
            ensure_user(store, existing["id"], user, admin)
            store.execute("INSERT OR IGNORE INTO workspace_admins (workspace_id, user_id) VALUES (?, ?)",
                          [existing["id"], user])
    return existing, created


def workspace_for_team(store: Store, team_id: str) -> dict | None:
    """The workspace registered for a Slack team, or None (an unknown team gets no action)."""
    return store.one("SELECT * FROM workspaces WHERE slack_team_id = ?", [team_id])


def find_workspace(store: Store, ref: str) -> dict:
    """A workspace by its id, its Slack team id or its name."""
    ref = (ref or "").strip()
    row = (store.one("SELECT * FROM workspaces WHERE id = ?", [ref])
           or store.one("SELECT * FROM workspaces WHERE slack_team_id = ?", [ref])
           or store.one("SELECT * FROM workspaces WHERE name = ? COLLATE NOCASE", [ref]))
    if row is None:
        raise NotFound(f"no workspace '{ref[:80]}' (give its id, its Slack team id or its name)")
    return row


def ensure_user(store: Store, workspace_id: str, user_id: str, name: str) -> None:
    """Users are rows (sessions name their creator); a chat member becomes one on first contact."""
    store.execute("INSERT OR IGNORE INTO users (id, workspace_id, name, created_at) VALUES (?, ?, ?, ?)",
                  [user_id, workspace_id, name[:200], now_iso()])


def is_admin(ctx: Context) -> bool:
    return bool(ctx.store.scalar("SELECT 1 FROM workspace_admins WHERE workspace_id = ? AND user_id = ?",
                                 [ctx.workspace_id, ctx.user_id]))


def require_admin(ctx: Context, action: str) -> None:
    if not is_admin(ctx):
        raise InvalidInput(f"only an admin of this workspace can {action}; nothing was changed")


def require_server_files(ctx: Context, what: str) -> None:
    """Paths name files on the machine Atelier runs on: only its local workspace may use them, never
    a chat team (whose members would otherwise read or write the server's files)."""
    if ctx.store.scalar("SELECT slack_team_id FROM workspaces WHERE id = ?", [ctx.workspace_id]):
        raise InvalidInput(f"{what} reads or writes files on the server, which a chat workspace cannot do; "
                           "nothing was done")


def require_can_delete(ctx: Context, rows: list[dict], what: str) -> None:
    """Deleting is for the item's creator and the workspace's admins."""
    if is_admin(ctx):
        return
    foreign = [r for r in rows if r.get("created_by") != ctx.user_id]
    if foreign:
        label = foreign[0].get("name") or foreign[0].get("title") or foreign[0]["id"]
        raise InvalidInput(f"only the person who made {what} '{label}' or a workspace admin can delete it; "
                           "nothing was deleted")


__all__ = ["DEFAULT_WORKSPACE", "add_workspace", "ensure_user", "find_workspace", "is_admin",
           "require_admin", "require_can_delete", "require_server_files", "slack_user_id", "workspace_for_team"]
