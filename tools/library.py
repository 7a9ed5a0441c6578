"""The library: permanent assets, saved from generations or uploaded, organised by folder/project/tags."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from memory.blobs import content_hash
from memory.clock import new_id, now_iso
from tools import provenance
from tools.context import Context
from tools.errors import Conflict, InvalidInput
from tools.files import remove_files_if_unreferenced
from tools.records import load_assets
from tools.registry import ToolResult
from tools.resolve import clean_name, folder_exists, resolve_assets, resolve_named
from tools.selection import SelectionArgs, bulk_question, describe, select_generations
from tools.workspaces import require_can_delete, require_server_files

MediaKind = Literal["image", "video", "audio", "document", "post"]
# Documents filetype recognises by their bytes; plain text has no magic number, so it is
# accepted only from these extensions and only when it decodes as UTF-8.
DOCUMENT_MIMES = {
    "application/pdf", "application/epub+zip", "application/rtf", "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
}
TEXT_EXTENSIONS = {".txt", ".md", ".markdown"}


class SaveArgs(SelectionArgs):
    folder: str | None = Field(None, description="Folder to save into (created if new)")
    project: str | None = Field(None, description="Project (created if new)")
    tags: list[str] = Field(default_factory=list, description="Tags to add (created if new)")


class UploadArgs(BaseModel):
    path: str = Field(..., description="Path of the file to add to the library")
    title: str | None = Field(None, description="Title; the file name if omitted")
    folder: str | None = None
    project: str | None = None
    tags: list[str] = Field(default_factory=list)


class AssetsArgs(BaseModel):
    assets: list[str] = Field(default_factory=list, description="Asset ids or titles")
    in_folder: str | None = Field(None, description="Also every asset in this folder")
    folder_count: int | None = Field(None, ge=0, description="How many assets the user said in_folder holds "
                                     "(\"the two in Launch\"); refused when it holds another number")


def check_folder_count(folder_name: str, held: int, said: int | None) -> None:
    """Refuse when the user counted a folder's assets differently from what it holds: "tag the two in
    Launch" must not tag five."""
    if said is not None and held != said:
        raise InvalidInput(f"folder '{folder_name}' holds {held} asset{'s' if held != 1 else ''}, not {said}; "
                           "nothing was changed. Say which ones, or all of them")


def chosen_assets(ctx: Context, args: AssetsArgs, *, folder_by_name: bool = True) -> list[dict]:
    """The assets named, plus every asset of ``in_folder`` ("tag everything in Launch with summer").
    ``folder_by_name``: one name that is a folder's and no asset's means that folder's assets (never
    for a deletion, which must name what it deletes)."""
    if not args.assets and args.in_folder is None:
        raise InvalidInput("say which assets (ids or titles), or a folder whose assets to use")
    if folder_by_name and len(args.assets) == 1 and args.in_folder is None and _folder_not_asset(ctx, args.assets[0]):
        # "tag the Picks with bouquet": no asset is titled Picks, a folder is — its assets are meant
        args = args.model_copy(update={"assets": [], "in_folder": args.assets[0]})
    rows = resolve_assets(ctx, args.assets) if args.assets else []
    if args.in_folder is not None:
        folder = resolve_named(ctx, "folders", args.in_folder, "folder")
        inside = ctx.store.query("SELECT * FROM assets WHERE workspace_id = ? AND folder_id = ? ORDER BY created_at, id",
                                 [ctx.workspace_id, folder["id"]])
        if not inside:
            raise InvalidInput(f"folder '{folder['name']}' holds no assets; nothing was changed")
        check_folder_count(folder["name"], len(inside), args.folder_count)
        known = {r["id"] for r in rows}
        rows += [r for r in inside if r["id"] not in known]
    return rows


def _folder_not_asset(ctx: Context, name: str) -> bool:
    """``name`` is a folder's name and no asset's id or title."""
    name = re.sub(r"^(?:the|my)\s+", "", str(name).strip(), flags=re.IGNORECASE)
    if ctx.store.scalar("SELECT count(*) FROM assets WHERE workspace_id = ? AND (id = ? OR title = ? COLLATE NOCASE)",
                        [ctx.workspace_id, name, name]):
        return False
    return folder_exists(ctx, name)


class MoveAssetsArgs(AssetsArgs):
    folder: str | None = Field(None, description="Folder to move into (created if new)")
    project: str | None = Field(None, description="Project to move into (created if new)")


class TagAssetsArgs(AssetsArgs):
    tags: list[str] = Field(..., description="Tag names")


class RenameAssetArgs(BaseModel):
    asset: str = Field(..., description="Asset id or title")
    title: str = Field(..., description="New title")


class ListAssetsArgs(BaseModel):
    folder: str | None = None
    project: str | None = None
    tag: str | None = None
    media_type: MediaKind | None = None


def _organise(ctx: Context, folder: str | None, project: str | None) -> dict:
    values = {}
    if folder is not None:
        values["folder_id"] = ctx.store.get_or_create_named("folders", ctx.workspace_id, clean_name(folder, "folder"))["id"]
    if project is not None:
        values["project_id"] = ctx.store.get_or_create_named("projects", ctx.workspace_id, clean_name(project, "project"))["id"]
    return values


def _add_tags(ctx: Context, asset_ids: list[str], tags: list[str]) -> list[str]:
    names = [clean_name(t, "tag") for t in tags]
    for name in names:
        tag_id = ctx.store.get_or_create_named("tags", ctx.workspace_id, name)["id"]
        for asset_id in asset_ids:
            ctx.store.execute("INSERT OR IGNORE INTO asset_tags (asset_id, tag_id) VALUES (?, ?)", [asset_id, tag_id])
    return names


def save_generation_rows(ctx: Context, rows: list[dict], folder: str | None = None,
                         project: str | None = None, tags: list[str] = ()) -> list[str]:
    """Save generations as assets inside the caller's transaction; returns asset ids (existing kept)."""
    organise = _organise(ctx, folder, project)
    asset_ids = []
    for row in rows:
        # Read again inside the transaction: another conversation may have saved it since the
        # rows were chosen, and a generation is saved once.
        row = {**row, "saved_asset_id": ctx.store.scalar("SELECT saved_asset_id FROM generations WHERE id = ?",
                                                         [row["id"]])}
        if row["saved_asset_id"]:
            if organise:
                ctx.store.update("assets", row["saved_asset_id"], organise)
            asset_ids.append(row["saved_asset_id"])
            continue
        # An asset made from a session belongs to the session's project unless told otherwise.
        session_project = ctx.store.scalar("SELECT project_id FROM sessions WHERE id = ?", [row["session_id"]])
        asset_id = new_id("ast")
        ctx.store.insert("assets", {
            "id": asset_id, "workspace_id": ctx.workspace_id, "media_type": row["media_type"],
            "title": f"{row['prompt'][:80]} #{row['idx']}" if row["idx"] else row["prompt"][:80],
            "mime": "image/png" if row["file_ext"] == ".png" else None, "sha256": row["blob_sha256"],
            "file_ext": row["file_ext"], "width": row["width"], "height": row["height"],
            "origin_generation_id": row["id"], "session_id": row["session_id"],
            "created_at": now_iso(), "created_by": ctx.user_id, "project_id": session_project, "stored": "blob",
            "content_hash": row.get("content_hash") or _blob_content_hash(ctx, row),
            **provenance.from_generation(row), **organise,
        })
        ctx.store.update("generations", row["id"], {"saved_asset_id": asset_id})
        asset_ids.append(asset_id)
    _add_tags(ctx, asset_ids, list(tags))
    return asset_ids


def _blob_content_hash(ctx: Context, row: dict) -> str | None:
    """The content hash of a generation made before generations recorded one."""
    if not row["blob_sha256"]:
        return None
    try:
        return content_hash(ctx.blobs.path_for(row["blob_sha256"], row["file_ext"] or "").read_bytes())
    except OSError:
        return None


def confirm_save(ctx: Context, args: SaveArgs) -> str | None:
    """Ask before a save moves assets out of the folder they are in (an asset is in one folder): "save
    the liked ones to Window Display" must not quietly empty Launch."""
    chosen = select_generations(ctx, args)[1]  # (chosen once: the bulk question and the folder check share it)
    question = bulk_question(ctx, chosen, ask_first=args.ask_first)
    if not args.folder:
        return question
    rows = [r for r in chosen if r["saved_asset_id"]]
    held = ctx.store.query_in("SELECT a.id, f.name FROM assets a JOIN folders f ON f.id = a.folder_id WHERE a.id IN ({marks})",
                              [r["saved_asset_id"] for r in rows]) if rows else []
    elsewhere = {r["id"]: r["name"] for r in held if r["name"].casefold() != args.folder.strip().casefold()}
    moving = [r for r in rows if r["saved_asset_id"] in elsewhere]
    if not moving:
        return question
    folders = sorted({elsewhere[r["saved_asset_id"]] for r in moving})
    where = " and ".join(f"'{name}'" for name in folders)
    bulk = f"{question.removesuffix(' Go ahead?')} " if question else ""  # (both said: a yes answers both)
    return (f"{bulk}{describe(moving)} {'is' if len(moving) == 1 else 'are'} already saved, in folder {where}; an asset is in one "
            f"folder, so saving to '{args.folder.strip()}' moves {'it' if len(moving) == 1 else 'them'} out of {where}. Go ahead?")


def save_to_library(ctx: Context, args: SaveArgs) -> ToolResult:
    """Save generations to the library (into a folder/project, with tags)."""
    session, rows = select_generations(ctx, args)
    with ctx.store.transaction():
        already = [r for r in rows if r["saved_asset_id"]]
        asset_ids = save_generation_rows(ctx, rows, args.folder, args.project, args.tags)
    where = f" to folder '{args.folder.strip()}'" if args.folder else " to the library"
    new = [r for r in rows if not r["saved_asset_id"]]
    said = [f"Saved {describe(new)}{where}"] if new else []
    if already:  # saved before: the same asset, now also organised as asked
        moved = f", now in folder '{args.folder.strip()}'" if args.folder else ""
        said.append(f"{describe(already)} {'was' if len(already) == 1 else 'were'} already in the library{moved}")
    return ToolResult(message="; ".join(said) + ".",
                      data={"asset_ids": asset_ids, "generation_ids": [r["id"] for r in rows]})


def detect_media(path: Path) -> tuple[str, str, str]:
    """(media_type, mime, extension) from the file's bytes, or InvalidInput for anything else."""
    import filetype

    try:
        with open(path, "rb") as handle:
            head = handle.read(8192)
    except PermissionError:
        raise InvalidInput(f"cannot read '{path}': permission denied") from None
    except OSError as error:
        raise InvalidInput(f"cannot read '{path}': {error.strerror}") from None
    if not head:
        raise InvalidInput(f"'{path}' is empty")
    kind = filetype.guess(head)
    if kind is not None:
        top = kind.mime.split("/", 1)[0]
        if top in ("image", "video", "audio"):
            return top, kind.mime, "." + kind.extension
        if kind.mime in DOCUMENT_MIMES:
            return "document", kind.mime, "." + kind.extension
    elif path.suffix.lower() in TEXT_EXTENSIONS:
        try:
            path.read_text(encoding="utf-8")
            return "document", "text/plain", path.suffix.lower()
        except (UnicodeDecodeError, OSError):
            pass
    found = f" (it looks like {kind.mime})" if kind else ""
    raise InvalidInput(f"'{path.name}' is not an image, video, audio file or document{found}")


def upload_asset(ctx: Context, args: UploadArgs) -> ToolResult:
    """Add a file to the library as an asset (type detected from its bytes)."""
    require_server_files(ctx, "adding a file by its path")
    path = Path(args.path).expanduser()
    if not path.exists():
        raise InvalidInput(f"'{args.path}' does not exist")
    if not path.is_file():
        raise InvalidInput(f"'{args.path}' is not a file")
    media_type, mime, ext = detect_media(path)
    title = clean_name(args.title if args.title is not None else path.stem, "asset")
    for value, what in ((args.folder, "folder"), (args.project, "project"), *((t, "tag") for t in args.tags)):
        if value is not None:
            clean_name(value, what)  # refuse bad names before any file is copied
    width = height = None
    made = dict.fromkeys(provenance.PROVENANCE_COLUMNS)
    if media_type == "image":
        from PIL import Image

        from tools.metadata import MetadataError, read_metadata

        try:
            with Image.open(path) as image:
                width, height = image.size
        except Exception:
            raise InvalidInput(f"'{path.name}' claims to be an image but cannot be read as one") from None
        try:
            made = provenance.from_metadata(read_metadata(str(path)), None)
        except MetadataError:
            pass
    sha, size = ctx.blobs.put_file(path, ext)
    identity = content_hash(ctx.blobs.path_for(sha, ext).read_bytes())
    existing = ctx.store.one("SELECT id, title FROM assets WHERE workspace_id = ? AND sha256 = ?",
                             [ctx.workspace_id, sha])
    if existing:
        return ToolResult(message=f"'{path.name}' is already in the library as '{existing['title']}'.",
                          data={"asset_id": existing["id"], "duplicate": True})
    asset_id = new_id("ast")
    with ctx.store.transaction():
        ctx.store.insert("assets", {
            "id": asset_id, "workspace_id": ctx.workspace_id, "media_type": media_type, "title": title,
            "mime": mime, "sha256": sha, "file_ext": ext, "size_bytes": size, "width": width,
            "height": height, "source_path": str(path.resolve()), "created_at": now_iso(), "created_by": ctx.user_id,
            "stored": "blob", "content_hash": identity, **made, **_organise(ctx, args.folder, args.project),
        })
        _add_tags(ctx, [asset_id], args.tags)
    return ToolResult(message=f"Added {media_type} '{title}' to the library.",
                      data={"asset_id": asset_id, "media_type": media_type})


def move_assets(ctx: Context, args: MoveAssetsArgs) -> ToolResult:
    """Move assets to a folder and/or project (created if new)."""
    if args.folder is None and args.project is None:
        raise InvalidInput("say where to move them: a folder or a project")
    rows = chosen_assets(ctx, args)
    with ctx.store.transaction():
        values = _organise(ctx, args.folder, args.project)
        for row in rows:
            ctx.store.update("assets", row["id"], values)
    target = " and ".join(f"{k} '{v.strip()}'" for k, v in (("folder", args.folder), ("project", args.project)) if v)
    return ToolResult(message=f"Moved {len(rows)} asset(s) to {target}.", data={"asset_ids": [r["id"] for r in rows]})


def tag_assets(ctx: Context, args: TagAssetsArgs) -> ToolResult:
    """Add tags to assets."""
    rows = chosen_assets(ctx, args)
    if not args.tags:
        raise InvalidInput("say which tags to add")
    with ctx.store.transaction():
        names = _add_tags(ctx, [r["id"] for r in rows], args.tags)
    return ToolResult(message=f"Tagged {len(rows)} asset(s) with {', '.join(names)}.",
                      data={"asset_ids": [r["id"] for r in rows]})


def untag_assets(ctx: Context, args: TagAssetsArgs) -> ToolResult:
    """Remove tags from assets."""
    rows = chosen_assets(ctx, args)
    tags = [resolve_named(ctx, "tags", t, "tag") for t in args.tags]
    if not tags:
        raise InvalidInput("say which tags to remove")
    with ctx.store.transaction():
        for tag in tags:
            for row in rows:
                ctx.store.execute("DELETE FROM asset_tags WHERE asset_id = ? AND tag_id = ?", [row["id"], tag["id"]])
    return ToolResult(message=f"Removed {', '.join(t['name'] for t in tags)} from {len(rows)} asset(s).",
                      data={"asset_ids": [r["id"] for r in rows]})


def rename_asset(ctx: Context, args: RenameAssetArgs) -> ToolResult:
    """Rename an asset."""
    row = resolve_assets(ctx, [args.asset])[0]
    title = clean_name(args.title, "asset")
    with ctx.store.transaction():
        ctx.store.update("assets", row["id"], {"title": title})
    return ToolResult(message=f"Renamed '{row['title']}' to '{title}'.", data={"asset_id": row["id"]})


def confirm_delete_assets(ctx: Context, args: AssetsArgs) -> str:
    rows = chosen_assets(ctx, args, folder_by_name=False)
    require_can_delete(ctx, rows, "asset")
    titles = ", ".join(f"'{r['title']}'" for r in rows[:5]) + (f" and {len(rows) - 5} more" if len(rows) > 5 else "")
    return f"Delete {len(rows)} asset(s) from the library ({titles})? This cannot be undone."


def delete_assets(ctx: Context, args: AssetsArgs) -> ToolResult:
    """Delete assets from the library (their generations, if any, stay)."""
    rows = chosen_assets(ctx, args, folder_by_name=False)
    require_can_delete(ctx, rows, "asset")
    with ctx.store.transaction():
        for row in rows:
            ctx.store.execute("DELETE FROM assets WHERE id = ?", [row["id"]])
    removed = remove_files_if_unreferenced(ctx, [(r["sha256"], r["file_ext"] or "") for r in rows if r["sha256"]])
    return ToolResult(message=f"Deleted {len(rows)} asset(s); {removed} file(s) removed.",
                      data={"asset_ids": [r["id"] for r in rows]})


def _asset_line(asset) -> str:
    """One line per asset: title, type, folder, then what made it (prompt and model), if known."""
    line = f"{asset.title} ({asset.media_type}{', ' + asset.folder if asset.folder else ''}"
    line += ", missing)" if asset.missing else ")"
    if asset.prompt:
        prompt = "".join(ch for ch in " ".join(asset.prompt.split()) if ch.isprintable())
        line += f" — prompt: {prompt[:120]}{'…' if len(prompt) > 120 else ''}"
    if asset.model:
        line += f" — model: {asset.model}"
    return line


def list_assets(ctx: Context, args: ListAssetsArgs) -> ToolResult:
    """List library assets, filtered by folder, project, tag or type."""
    where, params = [], []
    if args.folder is not None:
        where.append("a.folder_id = ?")
        params.append(resolve_named(ctx, "folders", args.folder, "folder")["id"])
    if args.project is not None:
        where.append("a.project_id = ?")
        params.append(resolve_named(ctx, "projects", args.project, "project")["id"])
    if args.tag is not None:
        where.append("a.id IN (SELECT asset_id FROM asset_tags WHERE tag_id = ?)")
        params.append(resolve_named(ctx, "tags", args.tag, "tag")["id"])
    if args.media_type is not None:
        where.append("a.media_type = ?")
        params.append(args.media_type)
    assets = load_assets(ctx, " AND ".join(where) or "1", params)
    lines = [_asset_line(a) for a in assets]
    return ToolResult(message=f"{len(assets)} asset(s)." + ("\n" + "\n".join(lines) if lines else ""),
                      data={"assets": [json.loads(a.model_dump_json()) for a in assets]})


class CreateContainerArgs(BaseModel):
    name: str = Field(..., description="The new folder's or project's name")


def _create_named(ctx: Context, table: str, what: str, name: str) -> ToolResult:
    name = clean_name(name, what)
    existing = ctx.store.one(f"SELECT name FROM {table} WHERE workspace_id = ? AND name = ? COLLATE NOCASE",
                             [ctx.workspace_id, name])
    if existing:
        raise Conflict(f"there is already a {what} called '{existing['name']}'")
    row = ctx.store.get_or_create_named(table, ctx.workspace_id, name)
    return ToolResult(message=f"Created the empty {what} '{row['name']}'.", data={f"{what}_id": row["id"]})


def create_folder(ctx: Context, args: CreateContainerArgs) -> ToolResult:
    """Create an empty library folder (saving or moving into a new folder also creates it)."""
    return _create_named(ctx, "folders", "folder", args.name)


def create_project(ctx: Context, args: CreateContainerArgs) -> ToolResult:
    """Create an empty project (linking a session or saving into a new project also creates it)."""
    return _create_named(ctx, "projects", "project", args.name)


class RenameFolderArgs(BaseModel):
    folder: str = Field(..., description="The folder's current name")
    new_name: str = Field(..., description="Its new name")


def rename_folder(ctx: Context, args: RenameFolderArgs) -> ToolResult:
    """Rename a library folder (its assets stay in it)."""
    folder = resolve_named(ctx, "folders", args.folder, "folder")
    new_name = clean_name(args.new_name, "folder")
    taken = ctx.store.one("SELECT name FROM folders WHERE workspace_id = ? AND name = ? COLLATE NOCASE AND id != ?",
                          [ctx.workspace_id, new_name, folder["id"]])
    if taken:
        raise Conflict(f"there is already a folder called '{taken['name']}'")
    ctx.store.update("folders", folder["id"], {"name": new_name})
    return ToolResult(message=f"Renamed the folder '{folder['name']}' to '{new_name}'.", data={"folder_id": folder["id"]})


def register_tools(register):
    register(create_folder, undo_tables=("folders",))
    register(rename_folder, undo_tables=("folders",))
    register(create_project, undo_tables=("projects",))
    register(save_to_library, confirm=confirm_save, asks_first=True,
             undo_tables=("generations", "assets", "asset_tags", "folders", "projects", "tags"))
    register(upload_asset)
    register(move_assets, undo_tables=("assets", "folders", "projects"))
    register(tag_assets, undo_tables=("asset_tags", "tags"))
    register(untag_assets, undo_tables=("asset_tags",))
    register(rename_asset, undo_tables=("assets",))
    register(delete_assets, confirm=confirm_delete_assets)
    register(list_assets, changes_data=False)
