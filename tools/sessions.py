"""Sessions: a workspace for one brief — create, name, link, archive, delete, list, open."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import BaseModel, Field

from memory.clock import new_id, now_iso
from memory.models import SessionKind
from tools.briefs import add_reference, checked_reference_file
from tools.context import Context
from tools.errors import Conflict, InvalidInput
from tools.files import delete_generation_rows, remove_files_if_unreferenced
from tools.records import last_request, load_session, load_sessions
from tools.registry import ToolResult
from tools.resolve import clean_name, resolve_session
from tools.workspaces import require_can_delete

AUTO_NAME_WORDS = 6
UNTITLED = "Untitled session"


class CreateSessionArgs(BaseModel):
    name: str | None = Field(None, description="Session name; auto-named from the prompt if omitted")
    kind: SessionKind = Field("visual", description="visual, visual_feed, text, video or container")
    prompt: str | None = Field(None, description="The brief: what this session is for")
    reference_files: list[str] = Field(default_factory=list, description="Paths of reference images or videos")
    settings: dict = Field(default_factory=dict, description="Brief settings, e.g. brand colours")
    project: str | None = Field(None, description="Project to link (created if new)")
    folder: str | None = Field(None, description="Folder to link (created if new)")
    campaign: str | None = Field(None, description="Campaign to link (created if new)")


class SessionRefArgs(BaseModel):
    session: str | None = Field(None, description="Session name or id; the current one if omitted")


class RenameSessionArgs(SessionRefArgs):
    new_name: str = Field(..., description="The new name")


class ListSessionsArgs(BaseModel):
    status: Literal["active", "archived", "all"] = Field("active", description="Which sessions")
    limit: int = Field(50, ge=1, le=100_000, description="At most this many (most recent first)")
    order: Literal["recent", "largest", "oldest"] = Field(
        "recent", description="Most recently used first, most generations first, or the first made first")


class LinkSessionArgs(SessionRefArgs):
    project: str | None = Field(None, description="Project name (created if new)")
    folder: str | None = Field(None, description="Folder name (created if new)")
    campaign: str | None = Field(None, description="Campaign name (created if new)")


def auto_name(prompt: str | None) -> str:
    words = re.findall(r"[\w'-]+", prompt or "")
    if not words:
        return UNTITLED
    name = " ".join(words[:AUTO_NAME_WORDS])
    return (name[:1].upper() + name[1:])[:80]


def unique_name(ctx: Context, name: str) -> str:
    """The name, or 'name (2)', 'name (3)' … when a session already has it."""
    taken = {r["name"].casefold() for r in ctx.store.query(
        "SELECT name FROM sessions WHERE workspace_id = ?", [ctx.workspace_id])}
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def require_free_name(ctx: Context, name: str, *, keep_id: str | None = None) -> str:
    """Session names are how people point at sessions: a second 'summer launch' would make every
    later "open summer launch" ambiguous."""
    taken = ctx.store.one("SELECT id, name, status FROM sessions WHERE workspace_id = ? AND name = ? COLLATE NOCASE "
                          "AND id IS NOT ?", [ctx.workspace_id, name, keep_id])
    if taken:
        back = "unarchive" if taken["status"] == "archived" else "open"
        raise Conflict(f"a session called '{taken['name']}' already exists — say \"{back} {taken['name']}\" to go "
                       "back to it, or choose another name; nothing was changed")
    return name


def _links(ctx: Context, project: str | None, folder: str | None, campaign: str | None) -> dict:
    links = {}
    for table, column, value, what in (
        ("projects", "project_id", project, "project"),
        ("folders", "folder_id", folder, "folder"),
        ("campaigns", "campaign_id", campaign, "campaign"),
    ):
        if value is not None:
            links[column] = ctx.store.get_or_create_named(table, ctx.workspace_id, clean_name(value, what))["id"]
    return links


def new_session(ctx: Context, args: CreateSessionArgs, *, origin: str = "manual") -> dict:
    """Insert a session row (inside the caller's transaction) and make it current."""
    # No name and no brief, but "a session for the Black Friday campaign": named after what it is for,
    # never "Untitled session" (and kept when the first prompt arrives).
    prompt = (args.prompt or "").strip() or None
    linked = next((value for value in (args.campaign, args.project, args.folder) if value and value.strip()), None)
    if args.name is not None:
        name, name_is_auto = require_free_name(ctx, clean_name(args.name, "session")), 0
    elif linked and not prompt:
        name, name_is_auto = unique_name(ctx, clean_name(linked, "session")), 0
    else:
        name, name_is_auto = unique_name(ctx, auto_name(args.prompt)), 1
    references = [checked_reference_file(ctx, ref) for ref in args.reference_files]
    created = now_iso()
    row = {
        "id": new_id("ses"), "workspace_id": ctx.workspace_id, "created_by": ctx.user_id,
        "name": name, "name_is_auto": name_is_auto, "kind": args.kind,
        "status": "active", "origin": origin, "brief_prompt": prompt,
        "settings": args.settings, "created_at": created,
        "last_used_at": created, "started_at": created,
        **_links(ctx, args.project, args.folder, args.campaign),
    }
    ctx.store.insert("sessions", row)
    for path, media_type, digest in references:
        add_reference(ctx, row["id"], media_type, digest, path=path)
    ctx.current_session_id = row["id"]
    return row


def create_session(ctx: Context, args: CreateSessionArgs) -> ToolResult:
    """Start a new session for a brief (kind, prompt, references, project/folder/campaign)."""
    with ctx.store.transaction():
        row = new_session(ctx, args)
    session = load_session(ctx, row["id"])
    return ToolResult(message=f"Started {session.kind} session '{session.name}'.",
                      data={"session_id": session.id, "session": session.model_dump()})


def open_session(ctx: Context, args: SessionRefArgs) -> ToolResult:
    """Switch the conversation to a session."""
    row = resolve_session(ctx, args.session)
    ctx.current_session_id = row["id"]
    session = load_session(ctx, row["id"])
    note = " (archived)" if session.status == "archived" else ""
    return ToolResult(
        message=f"Now in '{session.name}'{note}: {session.generation_count} generations.",
        # (what "3 more but at night" changes next: the session's last request)
        data={"session_id": session.id, "session": session.model_dump(), "last_request": last_request(ctx, session.id)},
    )


def rename_session(ctx: Context, args: RenameSessionArgs) -> ToolResult:
    """Rename a session."""
    row = resolve_session(ctx, args.session)
    name = require_free_name(ctx, clean_name(args.new_name, "session"), keep_id=row["id"])
    with ctx.store.transaction():
        ctx.store.update("sessions", row["id"], {"name": name, "name_is_auto": 0})
    return ToolResult(message=f"Renamed '{row['name']}' to '{name}'.", data={"session_id": row["id"]})


def archive_session(ctx: Context, args: SessionRefArgs) -> ToolResult:
    """Archive a session (hides its generations; unsaved ones expire after the retention window)."""
    row = resolve_session(ctx, args.session)
    if row["status"] == "archived":
        raise Conflict(f"session '{row['name']}' is already archived")
    with ctx.store.transaction():
        ctx.store.update("sessions", row["id"], {"status": "archived", "archived_at": now_iso()})
    return ToolResult(message=f"Archived '{row['name']}'.", data={"session_id": row["id"]})


def unarchive_session(ctx: Context, args: SessionRefArgs) -> ToolResult:
    """Bring an archived session back."""
    row = resolve_session(ctx, args.session)
    if row["status"] == "active":
        raise Conflict(f"session '{row['name']}' is not archived")
    with ctx.store.transaction():
        ctx.store.update("sessions", row["id"], {"status": "active", "archived_at": None})
    return ToolResult(message=f"Unarchived '{row['name']}'.", data={"session_id": row["id"]})


def _counts(ctx: Context, session_id: str) -> tuple[int, int]:
    row = ctx.store.one(
        "SELECT count(*) AS total, count(saved_asset_id) AS saved FROM generations WHERE session_id = ?", [session_id])
    return row["total"], row["saved"]


def confirm_delete_session(ctx: Context, args: SessionRefArgs) -> str:
    row = resolve_session(ctx, args.session)
    require_can_delete(ctx, [row], "session")
    total, saved = _counts(ctx, row["id"])
    kept = f" ({saved} saved to the library stay there as assets)" if saved else ""
    return (f"Delete session '{row['name']}' and all {total} of its generations{kept}? "
            "This cannot be undone; library assets are kept.")


def delete_session(ctx: Context, args: SessionRefArgs) -> ToolResult:
    """Delete a session and all its generations (library assets are always kept, complete)."""
    row = resolve_session(ctx, args.session)
    require_can_delete(ctx, [row], "session")
    with ctx.store.transaction():
        # Generations exist only within their session. Saved ones live on as assets, which carry
        # their own provenance (copied when they were saved), so nothing the library shows is lost.
        doomed = ctx.store.query("SELECT * FROM generations WHERE session_id = ?", [row["id"]])
        saved = sum(1 for g in doomed if g["saved_asset_id"])
        files = delete_generation_rows(ctx, doomed)
        ctx.store.execute("DELETE FROM sessions WHERE id = ?", [row["id"]])
    removed = remove_files_if_unreferenced(ctx, files)
    if ctx.current_session_id == row["id"]:
        ctx.current_session_id = None
    return ToolResult(
        message=f"Deleted '{row['name']}': {len(doomed)} generations ({saved} saved, kept as library assets) "
                f"and {removed} files removed.",
        data={"session_id": row["id"], "deleted_generations": len(doomed), "kept_assets": saved},
    )


def list_sessions(ctx: Context, args: ListSessionsArgs) -> ToolResult:
    """List sessions, most recently used first (active, archived or all)."""
    where = {"active": "s.status = 'active'", "archived": "s.status = 'archived'", "all": "1"}[args.status]
    order = {"largest": "generation_count DESC, s.last_used_at DESC", "oldest": "s.created_at, s.id",
             "recent": "s.last_used_at DESC"}[args.order]
    sessions = load_sessions(ctx, where, order=order, limit=args.limit)
    total = ctx.store.scalar(f"SELECT count(*) FROM sessions s WHERE s.workspace_id = ? AND {where}", [ctx.workspace_id])
    # ("how many frames did we shoot across both sessions?": the heading gives the sum)
    made = ctx.store.scalar(f"SELECT count(*) FROM generations g JOIN sessions s ON g.session_id = s.id "
                            f"WHERE s.workspace_id = ? AND {where}", [ctx.workspace_id])
    lines = [f"{s.name} — {s.generation_count} generations ({s.kind}"
             f"{', archived' if s.status == 'archived' else ''})" for s in sessions]
    if total > len(sessions):
        lines.append(f"… and {total - len(sessions)} more")
    label = "" if args.status == "all" else args.status + " "
    heading = (f"{total} {label}session{'' if total == 1 else 's'} ({made} generation{'' if made == 1 else 's'} in all), "
               + {"largest": "most generations first:", "oldest": "the first made first:",
                  "recent": "most recently used first:"}[args.order])
    return ToolResult(
        message="\n".join([heading, *lines]) if lines else f"No {label}sessions yet.",
        data={"sessions": [s.model_dump() for s in sessions], "total": total, "generations": made},
    )


def link_session(ctx: Context, args: LinkSessionArgs) -> ToolResult:
    """Link a session to a project, folder and/or campaign (created on first use)."""
    if args.project is None and args.folder is None and args.campaign is None:
        raise InvalidInput("say what to link the session to: a project, folder or campaign")
    row = resolve_session(ctx, args.session)
    with ctx.store.transaction():
        ctx.store.update("sessions", row["id"], _links(ctx, args.project, args.folder, args.campaign))
    linked = ", ".join(f"{k} '{v}'" for k, v in
                       (("project", args.project), ("folder", args.folder), ("campaign", args.campaign)) if v)
    return ToolResult(message=f"Linked '{row['name']}' to {linked}.", data={"session_id": row["id"]})


def register_tools(register):
    register(create_session, moves_session=True, undo_tables=("sessions", "folders", "projects", "campaigns", "session_references"))
    register(open_session, moves_session=True, changes_data=False)
    register(rename_session, undo_tables=("sessions",))
    register(archive_session, undo_tables=("sessions",))
    register(unarchive_session, undo_tables=("sessions",))
    register(delete_session, confirm=confirm_delete_session)
    register(list_sessions, changes_data=False)
    register(link_session, undo_tables=("sessions", "folders", "projects"))
