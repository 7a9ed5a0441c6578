"""A session's brief: its prompt and its reference files (a file on the server or a library asset)."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field

from memory.blobs import content_hash
from memory.clock import new_id, now_iso
from tools.context import Context
from tools.display import one_line
from tools.errors import Conflict, InvalidInput, NotFound
from tools.library import detect_media
from tools.metadata import MetadataError, read_metadata
from tools.registry import ToolResult
from tools.resolve import is_number, resolve_assets, resolve_session
from tools.workspaces import require_server_files

REFERENCE_MEDIA = ("image", "video")
BRIEF_LIMIT = 4000


class SessionArg(BaseModel):
    session: str | None = Field(None, description="Session name or id; the current one if omitted")


class SetBriefArgs(SessionArg):
    text: str = Field(..., max_length=BRIEF_LIMIT, description="The brief: what this session is for")


class AttachReferenceArgs(SessionArg):
    path: str | None = Field(None, description="An image or video file on the server")
    asset: str | None = Field(None, description="Or a library asset, by title or id")


class RemoveReferenceArgs(SessionArg):
    reference: str = Field(..., description="The reference's number in list_references, its file name or asset title")


def checked_reference_file(ctx: Context, given: str) -> tuple[Path, str, str]:
    """(absolute path, media type, content hash) of a file that may be a reference, or a one-line error."""
    require_server_files(ctx, "attaching a reference file by its path")
    path = Path(given).expanduser()
    if not path.exists():
        raise InvalidInput(f"reference file '{given}' does not exist; nothing was attached")
    if not path.is_file():
        raise InvalidInput(f"'{given}' is not a file; nothing was attached")
    media_type, _mime, _ext = detect_media(path)
    if media_type not in REFERENCE_MEDIA:
        raise InvalidInput(f"'{path.name}' is not an image or video; nothing was attached")
    if media_type == "image":
        try:
            read_metadata(str(path))
        except MetadataError as error:
            raise InvalidInput(f"'{path.name}' cannot be read as an image ({error}); nothing was attached") from None
    return path.resolve(), media_type, content_hash(path.read_bytes())


def reference_rows(ctx: Context, session_id: str | None = None) -> list[dict]:
    """References in the order they were attached (their numbers), with the asset's title."""
    where, params = ("r.session_id = ?", [session_id]) if session_id else ("r.workspace_id = ?", [ctx.workspace_id])
    return ctx.store.query(
        "SELECT r.*, a.title AS asset_title FROM session_references r "
        f"LEFT JOIN assets a ON a.id = r.asset_id WHERE {where} ORDER BY r.added_at, r.rowid", params)


def reference_view(row: dict) -> dict:
    return {"path": row["path"], "asset_id": row["asset_id"], "media_type": row["media_type"]}


def references_by_session(ctx: Context) -> dict[str, list[dict]]:
    """Every session's references in this workspace, for the state export."""
    grouped: dict[str, list[dict]] = {}
    for row in reference_rows(ctx):
        grouped.setdefault(row["session_id"], []).append(reference_view(row))
    return grouped


def _label(row: dict) -> str:
    return f"asset '{one_line(row['asset_title'] or '')}'" if row["asset_id"] else f"'{Path(row['path']).name}'"


def add_reference(ctx: Context, session_id: str, media_type: str, digest: str | None, *,
                  path: Path | None = None, asset_id: str | None = None) -> dict:
    """Insert one checked reference, a file or an asset (inside the caller's transaction)."""
    row = {"id": new_id("ref"), "session_id": session_id, "workspace_id": ctx.workspace_id,
           "path": str(path) if path else None, "asset_id": asset_id, "content_hash": digest,
           "media_type": media_type, "added_at": now_iso()}
    ctx.store.insert("session_references", row)
    return row


def set_brief(ctx: Context, args: SetBriefArgs) -> ToolResult:
    """Set a session's brief (what it is for; generating without a prompt uses it)."""
    text = args.text.strip()
    if not text:
        raise InvalidInput("say what the brief is; nothing was changed")
    session = resolve_session(ctx, args.session)
    with ctx.store.transaction():
        ctx.store.update("sessions", session["id"], {"brief_prompt": text})
    return ToolResult(message=f"The brief of '{session['name']}' is now: {one_line(text)}",
                      data={"session_id": session["id"], "brief": text})


def attach_reference(ctx: Context, args: AttachReferenceArgs) -> ToolResult:
    """Attach an image or video (a file path or a library asset) to a session as a reference of its brief."""
    if (args.path is None) == (args.asset is None):
        raise InvalidInput("give either a file path or a library asset to attach; nothing was attached")
    session = resolve_session(ctx, args.session)
    existing = reference_rows(ctx, session["id"])
    if args.path is not None:
        path, media_type, digest = checked_reference_file(ctx, args.path)
        if any(r["path"] == str(path) for r in existing):
            raise Conflict(f"'{path.name}' is already a reference of '{session['name']}'")
        with ctx.store.transaction():
            row = add_reference(ctx, session["id"], media_type, digest, path=path)
        label = f"'{path.name}'"
    else:
        asset = resolve_assets(ctx, [args.asset])[0]
        if asset["media_type"] not in REFERENCE_MEDIA:
            raise InvalidInput(f"asset '{one_line(asset['title'])}' is a {asset['media_type']}, "
                               "not an image or video; nothing was attached")
        if any(r["asset_id"] == asset["id"] for r in existing):
            raise Conflict(f"asset '{one_line(asset['title'])}' is already a reference of '{session['name']}'")
        with ctx.store.transaction():
            row = add_reference(ctx, session["id"], asset["media_type"], asset.get("content_hash"),
                                asset_id=asset["id"])
        label = f"asset '{one_line(asset['title'])}'"
    return ToolResult(message=f"Attached {label} to '{session['name']}' as reference {len(existing) + 1}.",
                      data={"session_id": session["id"], "reference": reference_view(row),
                            "number": len(existing) + 1})


def list_references(ctx: Context, args: SessionArg) -> ToolResult:
    """List a session's brief and reference files, numbered."""
    session = resolve_session(ctx, args.session)
    rows = reference_rows(ctx, session["id"])
    brief = f"Brief: {one_line(session['brief_prompt'])}" if session["brief_prompt"] else "No brief yet."
    lines = [f"{n}. {_label(r)} ({r['media_type'] or 'file'})" for n, r in enumerate(rows, 1)]
    refs = "\n".join(lines) if lines else "No references yet."
    return ToolResult(message=f"'{session['name']}' — {brief}\n{refs}",
                      data={"session_id": session["id"], "brief": session["brief_prompt"],
                            "references": [reference_view(r) for r in rows]})


def remove_reference(ctx: Context, args: RemoveReferenceArgs) -> ToolResult:
    """Remove one reference from a session (the file or asset itself is kept)."""
    session = resolve_session(ctx, args.session)
    rows = reference_rows(ctx, session["id"])
    ref = args.reference.strip()
    if is_number(ref):
        number = int(ref)
        if not 1 <= number <= len(rows):
            have = f"it has {len(rows)}" if rows else "it has none"
            raise InvalidInput(f"'{session['name']}' has no reference {number} ({have}); nothing was removed")
        row = rows[number - 1]
    else:
        wanted = ref.casefold()
        matches = [r for r in rows if wanted in {
            (r["asset_title"] or "").casefold(), (r["asset_id"] or "").casefold(),
            Path(r["path"] or "").name.casefold(), (r["path"] or "").casefold()} - {""}]
        if not matches:
            raise NotFound(f"'{session['name']}' has no reference '{one_line(ref)}'; nothing was removed")
        if len(matches) > 1:
            raise InvalidInput(f"several references of '{session['name']}' are called '{one_line(ref)}': "
                               "say its number; nothing was removed")
        row = matches[0]
    with ctx.store.transaction():
        ctx.store.execute("DELETE FROM session_references WHERE id = ?", [row["id"]])
    return ToolResult(message=f"Removed reference {_label(row)} from '{session['name']}'.",
                      data={"session_id": session["id"], "reference": reference_view(row)})


def register_tools(register):
    register(set_brief, undo_tables=("sessions",))
    register(attach_reference, undo_tables=("session_references",))
    register(list_references, changes_data=False)
    register(remove_reference, undo_tables=("session_references",))
