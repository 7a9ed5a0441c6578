"""Retention: unsaved, unliked generations of long-archived sessions expire; orphan files go."""

from __future__ import annotations

from datetime import timedelta

from pydantic import BaseModel, Field

from memory.clock import to_iso, utc_now
from tools.context import Context
from tools.files import (
    delete_generation_rows,
    referenced_shas,
    remove_files_if_unreferenced,
)
from tools.registry import ToolResult
from tools.workspaces import require_admin


class SweepArgs(BaseModel):
    retention_days: float | None = Field(
        None, ge=0, description="Override the retention window in days (default from settings)"
    )


def _cutoff(ctx: Context, args: SweepArgs) -> tuple[float, str]:
    days = ctx.settings.retention_days if args.retention_days is None else args.retention_days
    return days, to_iso(utc_now() - timedelta(days=days))


def _expiring(ctx: Context, cutoff: str) -> list[dict]:
    """Unsaved, unliked generations of sessions archived before the cutoff, and those that belong
    to nothing any more (their session deleted, then their asset)."""
    return ctx.store.query(
        """SELECT g.* FROM generations g LEFT JOIN sessions s ON s.id = g.session_id
           WHERE g.workspace_id = ? AND g.saved_asset_id IS NULL AND g.liked = 0
             AND ((s.status = 'archived' AND s.archived_at <= ?) OR g.session_id IS NULL)""",
        [ctx.workspace_id, cutoff],
    )


def confirm_sweep(ctx: Context, args: SweepArgs) -> str | None:
    require_admin(ctx, "expire generations")
    days, cutoff = _cutoff(ctx, args)
    count = len(_expiring(ctx, cutoff))
    if not count:
        return None
    return (f"Permanently delete {count} unsaved generation(s) of sessions archived over {days:g} days "
            "ago, and their files?")


def sweep(ctx: Context, args: SweepArgs) -> ToolResult:
    """Expire old unsaved generations of archived sessions and remove files nothing refers to."""
    require_admin(ctx, "expire generations")  # it deletes other people's work for good
    days, cutoff = _cutoff(ctx, args)
    with ctx.store.transaction():
        expired = _expiring(ctx, cutoff)
        files = delete_generation_rows(ctx, expired)
    removed = remove_files_if_unreferenced(ctx, files)
    orphans = ctx.blobs.sweep(referenced_shas(ctx))
    return ToolResult(
        message=f"Expired {len(expired)} generation(s) of sessions archived over {days:g} days ago; "
                f"removed {removed + len(orphans)} file(s).",
        data={"expired": len(expired), "files_removed": removed + len(orphans)},
    )


def register_tools(register):
    register(sweep, confirm=confirm_sweep)
