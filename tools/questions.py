"""Questions answered from the store: which session is current, counts, an image's details, names in use.

Every tool here only reads. Values that came from files or users (prompts, names) are returned as data.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, Field

from tools.context import Context
from tools.display import one_line
from tools.errors import InvalidInput, NotFound
from tools.records import load_assets, load_session
from tools.registry import NoArgs, ToolResult
from tools.resolve import folder_exists, resolve_assets, resolve_named, resolve_session
from tools.selection import SelectionArgs, select_generations


def current_session(ctx: Context, args: NoArgs) -> ToolResult:
    """Which session this conversation is in, and the project, folder and campaign it belongs to."""
    if not ctx.current_session_id:
        return ToolResult(message="No session is open in this conversation yet.", data={"session_id": None})
    return _about_session(ctx, None, "You are in")


class SessionDetailsArgs(BaseModel):
    session: str = Field(..., description="Session name or id")


def session_details(ctx: Context, args: SessionDetailsArgs) -> ToolResult:
    """A session's kind, whether it is archived, its size, and the project, folder and campaign it is in."""
    return _about_session(ctx, args.session, "Session")


def _about_session(ctx: Context, ref: str | None, lead: str) -> ToolResult:
    session = load_session(ctx, resolve_session(ctx, ref)["id"])
    status = ", archived" if session.status == "archived" else ", active" if ref is not None else ""
    links = [f"{what} '{name}'" for what, name in
             (("project", session.project), ("folder", session.folder), ("campaign", session.campaign)) if name]
    belongs = "; in " + ", ".join(links) if links else "; not in any project, folder or campaign"
    return ToolResult(message=f"{lead} '{session.name}' ({session.kind}{status}, "
                              f"{session.generation_count} generations{belongs}).",
                      data={"session_id": session.id, "name": session.name, "status": session.status,
                            "project": session.project, "folder": session.folder, "campaign": session.campaign})


class CountArgs(BaseModel):
    session: str | None = Field(None, description="Session name or id; the current one if omitted")
    all_sessions: bool = Field(False, description="Count across every session")


def count_generations(ctx: Context, args: CountArgs) -> ToolResult:
    """How many generations: in total, visible, archived, liked, selected and saved, and the credits they cost."""
    if args.all_sessions:
        where, params, label = "workspace_id = ?", [ctx.workspace_id], "across all sessions"
    else:
        try:
            row = resolve_session(ctx, args.session)
        except NotFound:
            if args.session is None or not folder_exists(ctx, args.session):
                raise
            return _count_folder(ctx, args.session)  # "how many in Stickers now?": a folder, not a session
        where, params, label = "session_id = ?", [row["id"]], f"in '{row['name']}'"
    counts = ctx.store.one(
        "SELECT count(*) AS total, coalesce(sum(archived), 0) AS archived, coalesce(sum(liked), 0) AS liked, "
        "coalesce(sum(selected), 0) AS selected, count(saved_asset_id) AS saved, "
        f"coalesce(sum(credits_used), 0) AS credits_used FROM generations WHERE {where}", params)
    counts = {k: int(v) for k, v in counts.items()}
    spent = counts["credits_used"]
    message = (f"{counts['total']} generations {label} ({counts['total'] - counts['archived']} visible, "
               f"{counts['archived']} archived); {counts['liked']} liked ({counts['total'] - counts['liked']} not), "
               f"{counts['selected']} selected, "
               f"{counts['saved']} saved to the library; {spent} credit{'' if spent == 1 else 's'} spent on them.")
    return ToolResult(message=message, data=counts)


def _count_folder(ctx: Context, name: str) -> ToolResult:
    folder = resolve_named(ctx, "folders", name, "folder")
    total = int(ctx.store.scalar("SELECT count(*) FROM assets WHERE workspace_id = ? AND folder_id = ?",
                                 [ctx.workspace_id, folder["id"]]))
    return ToolResult(message=f"{total} asset{'' if total == 1 else 's'} in folder '{folder['name']}' (a library folder, "
                              "not a session).", data={"folder_id": folder["id"], "assets": total})


class DetailsArgs(BaseModel):
    item: int | str = Field(..., description="Generation number in the session, or id")
    session: str | None = Field(None, description="Session name or id; the current one if omitted")


def generation_details(ctx: Context, args: DetailsArgs) -> ToolResult:
    """One generation's prompt, negative prompt, seed, model, size, parent and where it was saved."""
    session, rows = select_generations(ctx, SelectionArgs(items=[args.item], session=args.session))
    row = rows[0]
    parent = ctx.store.one("SELECT idx, session_id FROM generations WHERE id = ?", [row["parent_id"]]) \
        if row["parent_id"] else None
    asset = ctx.store.one("SELECT a.title, f.name AS folder FROM assets a LEFT JOIN folders f ON f.id = a.folder_id "
                          "WHERE a.id = ?", [row["saved_asset_id"]]) if row["saved_asset_id"] else None
    lines = [f"#{row['idx']} in '{session['name'] if session else '?'}'",
             f"prompt: {row['prompt']}",
             f"negative prompt: {row['negative_prompt'] or '(none)'}",
             f"seed: {row['seed']}",
             f"model: {row['model'] or '?'} ({row['provider'] or '?'}), {row['width']}x{row['height']}",
             f"cost: {row['credits_used']} credit{'' if row['credits_used'] == 1 else 's'}",
             f"made: {row['created_at']}",
             f"{'liked' if row['liked'] else 'not liked'}, {'archived' if row['archived'] else 'not archived'}"]
    lines.append(f"remixed from #{parent['idx']}" if parent else "an original, not a remix")
    if asset:
        lines.append(f"saved to the library as '{asset['title']}'" + (f" in folder '{asset['folder']}'" if asset["folder"] else ""))
    else:
        lines.append("not saved to the library")
    keys = ("id", "idx", "prompt", "negative_prompt", "seed", "model", "provider", "width", "height", "created_at",
            "liked", "archived", "parent_id", "saved_asset_id", "credits_used")
    return ToolResult(message="\n".join(lines), data={"generation": {k: row[k] for k in keys},
                                                      "parent_index": parent["idx"] if parent else None})


MAX_ASSET_DETAILS = 10


class AssetDetailsArgs(BaseModel):
    folder: str | None = Field(None, description="A library folder: the details of the assets in it")
    assets: list[str] = Field(default_factory=list, description="Asset ids or exact titles")


def asset_details(ctx: Context, args: AssetDetailsArgs) -> ToolResult:
    """Where library assets came from: their session and number, prompt, seed, model and source file."""
    if args.assets:
        ids = [row["id"] for row in resolve_assets(ctx, args.assets)]
        assets = load_assets(ctx, f"a.id IN ({','.join('?' * len(ids))})", ids)
    elif args.folder is not None:
        folder = resolve_named(ctx, "folders", args.folder, "folder")
        assets = load_assets(ctx, "a.folder_id = ?", [folder["id"]])
        if not assets:
            return ToolResult(message=f"Folder '{folder['name']}' is empty.", data={"assets": []})
    else:
        raise InvalidInput("say which assets: a folder, or their titles")
    lines = []
    for asset in assets[:MAX_ASSET_DETAILS]:
        origin = ctx.store.one("SELECT g.idx, s.name FROM generations g LEFT JOIN sessions s ON s.id = g.session_id "
                               "WHERE g.id = ?", [asset.origin_generation_id]) if asset.origin_generation_id else None
        # Names and prompts come from people and files: one line each, and only a file's name, never
        # where it lies on the server.
        made = f"#{origin['idx']} of session '{one_line(origin['name'])}'" if origin else \
            (f"imported from the file {one_line(Path(asset.path).name)}" if asset.path else "uploaded (no generation)") \
            + ", in no session"
        lines.append(f"'{one_line(asset.title)}'" + (f" in folder '{one_line(asset.folder)}'" if asset.folder else "")
                     + f": {made}; prompt: {one_line(asset.prompt or '?', 200)}; "
                     f"seed: {asset.seed if asset.seed is not None else '?'}; model: {one_line(asset.model or '?')}"
                     + (f" ({one_line(asset.generator)})" if asset.generator else ""))
    if len(assets) > MAX_ASSET_DETAILS:
        lines.append(f"… and {len(assets) - MAX_ASSET_DETAILS} more")
    return ToolResult(message="\n".join(lines), data={"assets": [a.id for a in assets]})


class NamesArgs(BaseModel):
    what: Literal["projects", "folders", "tags", "campaigns"] = Field(..., description="Which names to list")


def list_names(ctx: Context, args: NamesArgs) -> ToolResult:
    """The projects, folders, tags or campaigns in use, with how much each holds."""
    table = args.what
    rows = ctx.store.query(f"SELECT id, name FROM {table} WHERE workspace_id = ? ORDER BY name COLLATE NOCASE",
                           [ctx.workspace_id])
    if not rows:
        return ToolResult(message=f"No {table} yet.", data={table: []})
    held = _holdings(ctx, table)
    if table == "folders":  # "Launch (2 assets: Rocket #1, Rocket #2, 1 session)": what a folder holds, by title
        for folder, titles in _asset_titles(ctx).items():
            held[folder] = [f"{entry}{titles}" if entry.endswith(("asset", "assets")) else entry for entry in held.get(folder, [])]
    return ToolResult(message=f"{table.capitalize()} ({len(rows)}): " + ", ".join(
        f"{r['name']} ({', '.join(held.get(r['id'], [])) or 'empty'})" for r in rows) + ".",
                      data={table: [{"id": r["id"], "name": r["name"]} for r in rows]})


_TITLES_SHOWN = 5


def _asset_titles(ctx: Context) -> dict[str, str]:
    """{folder id: ": Dragon #1, Dragon #3"}: a folder's assets by title ("… and 4 more" past five)."""
    by_folder: dict[str, list[str]] = {}
    for row in ctx.store.query("SELECT folder_id, title FROM assets WHERE workspace_id = ? AND folder_id IS NOT NULL "
                               "ORDER BY created_at, id", [ctx.workspace_id]):
        by_folder.setdefault(row["folder_id"], []).append(one_line(row["title"] or "untitled"))
    return {folder: ": " + ", ".join(names[:_TITLES_SHOWN]) + (f" and {len(names) - _TITLES_SHOWN} more" if len(names) > _TITLES_SHOWN else "")
            for folder, names in by_folder.items()}


# What each kind of name holds: (table, its column naming the holder, what one row is called)
_HELD_BY = {"folders": (("assets", "folder_id", "asset"), ("sessions", "folder_id", "session")),
            "projects": (("sessions", "project_id", "session"), ("assets", "project_id", "asset")),
            "campaigns": (("sessions", "campaign_id", "session"),),
            "tags": (("asset_tags", "tag_id", "asset"),)}


def _holdings(ctx: Context, table: str) -> dict[str, list[str]]:
    """{holder id: ["3 assets", "1 session"]}: one grouped count per kind of row it can hold."""
    held: dict[str, list[str]] = {}
    for source, column, noun in _HELD_BY[table]:
        for row in ctx.store.query(f"SELECT {column} AS holder, count(*) AS n FROM {source} WHERE {column} IS NOT NULL "
                                   f"GROUP BY {column}"):
            held.setdefault(row["holder"], []).append(f"{row['n']} {noun}{'' if row['n'] == 1 else 's'}")
    return held


def most_recent_session(ctx: Context, args: NoArgs) -> ToolResult:
    """The session most recently used to generate (or created, when none has generated)."""
    row = ctx.store.one(
        "SELECT * FROM sessions WHERE workspace_id = ? ORDER BY coalesce(last_generated_at, '') DESC, "
        "created_at DESC LIMIT 1", [ctx.workspace_id])
    if row is None:
        raise NotFound("there are no sessions yet")
    made = ctx.store.scalar("SELECT count(*) FROM generations WHERE session_id = ?", [row["id"]])
    when = (f"{made} generation{'s' if made != 1 else ''}, last generated {row['last_generated_at']}" if row["last_generated_at"]
            else "nothing generated yet")
    return ToolResult(message=f"The most recent session is '{row['name']}' ({when}).",
                      data={"session": {"id": row["id"], "name": row["name"]}})


def register_tools(register):
    """Read-only answers from the store."""
    for tool in (current_session, session_details, count_generations, generation_details, asset_details, list_names,
                 most_recent_session):
        register(tool, changes_data=False)
