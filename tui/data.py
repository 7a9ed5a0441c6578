"""What the views read: ordered id lists (cheap, whole) and details for the rows on screen (paged).

A home may hold 10,000 sessions and 100,000 generations; a view keeps only ids and the few
columns it orders or groups by, and fetches details for what is visible.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta

from tools.context import Context
from tools.records import ASSET_SELECT, SESSION_SELECT

STRIP_LENGTH = 16  # thumbnails fetched per session for a card or a lane


def _marks(values: list) -> str:
    return ",".join("?" * len(values))


def session_index(ctx: Context, *, archived: bool = False) -> list[dict]:
    """(id, last_used_at) of sessions, most recently used first."""
    status = "" if archived else " AND status = 'active'"
    return ctx.store.query(
        f"SELECT id, last_used_at FROM sessions WHERE workspace_id = ?{status} ORDER BY last_used_at DESC, id",
        [ctx.workspace_id])


def session_details(ctx: Context, ids: list[str]) -> dict[str, dict]:
    if not ids:
        return {}
    rows = ctx.store.query(f"{SESSION_SELECT} WHERE s.id IN ({_marks(ids)})", ids)
    strips: dict[str, list[dict]] = {i: [] for i in ids}
    for row in ctx.store.query(
        f"""SELECT session_id, blob_sha256, content_hash, file_ext, media_type FROM (
              SELECT session_id, blob_sha256, content_hash, file_ext, media_type,
                     row_number() OVER (PARTITION BY session_id ORDER BY idx DESC) AS n
              FROM generations WHERE session_id IN ({_marks(ids)}) AND archived = 0)
            WHERE n <= {STRIP_LENGTH} ORDER BY session_id, n""", ids):
        strips[row["session_id"]].append(row)
    details = {}
    for row in rows:
        row["reflection"] = json.loads(row["reflection"]) if row["reflection"] else None
        row["strip"] = strips.get(row["id"], [])
        details[row["id"]] = row
    return details


def generation_index(ctx: Context, *, media: str | None = None, session_id: str | None = None,
                     liked: bool = False) -> list[dict]:
    """(id, created_at) of visible generations, newest first (liked: newest like first)."""
    where, params = ["g.workspace_id = ?", "g.archived = 0", "(s.status IS NULL OR s.status = 'active')"], [ctx.workspace_id]
    if media:
        where.append("g.media_type = ?")
        params.append(media)
    if session_id:
        where = ["g.workspace_id = ?", "g.session_id = ?", "g.archived = 0"]
        params = [ctx.workspace_id, session_id] + ([media] if media else [])
        if media:
            where.append("g.media_type = ?")
    if liked:
        where.append("g.liked = 1")
    order = "g.liked_at DESC, g.id" if liked else "g.created_at DESC, g.id DESC"
    return ctx.store.query(
        f"SELECT g.id, g.created_at FROM generations g LEFT JOIN sessions s ON s.id = g.session_id "
        f"WHERE {' AND '.join(where)} ORDER BY {order}", params)


def generation_details(ctx: Context, ids: list[str]) -> dict[str, dict]:
    if not ids:
        return {}
    rows = ctx.store.query(
        f"SELECT g.*, s.name AS session_name, s.reflection AS session_reflection FROM generations g "
        f"LEFT JOIN sessions s ON s.id = g.session_id WHERE g.id IN ({_marks(ids)})", ids)
    for row in rows:
        reflection = json.loads(row["session_reflection"]) if row["session_reflection"] else None
        row["session_summary"] = (reflection or {}).get("summary") if isinstance(reflection, dict) else None
    return {row["id"]: row for row in rows}


def session_generation_ids(ctx: Context, session_id: str | None) -> list[str]:
    """A session's visible generations in order, for paging in the lightbox."""
    if not session_id:
        return []
    return [r["id"] for r in ctx.store.query(
        "SELECT id FROM generations WHERE session_id = ? AND archived = 0 ORDER BY idx", [session_id])]


# The library view's scopes: which assets a folder, project or tag holds (matched by name).
_SCOPES = {
    "folder": "folder_id IN (SELECT id FROM folders WHERE workspace_id = ? AND name = ?)",
    "project": "project_id IN (SELECT id FROM projects WHERE workspace_id = ? AND name = ?)",
    "tag": "id IN (SELECT at.asset_id FROM asset_tags at JOIN tags t ON t.id = at.tag_id "
           "WHERE t.workspace_id = ? AND t.name = ?)",
}


def asset_index(ctx: Context, scope: tuple[str, str] | None = None) -> list[dict]:
    """Every asset, newest first; or only those of one folder, project or tag (``("tag", "blue")``)."""
    where, params = "workspace_id = ?", [ctx.workspace_id]
    if scope is not None:
        kind, name = scope
        where += f" AND {_SCOPES[kind]}"
        params += [ctx.workspace_id, name]
    return ctx.store.query(f"SELECT id FROM assets WHERE {where} ORDER BY created_at DESC, id DESC", params)


def asset_details(ctx: Context, ids: list[str]) -> dict[str, dict]:
    """Assets with their provenance (from the generation they came from, else their own metadata)
    and where the file is, marked missing when it is not there."""
    if not ids:
        return {}
    rows = ctx.store.query(
        f"""SELECT x.*, g.prompt AS g_prompt, g.seed AS g_seed, g.model AS g_model, g.provider AS g_provider
            FROM ({ASSET_SELECT} WHERE a.id IN ({_marks(ids)})) x
            LEFT JOIN generations g ON g.id = x.origin_generation_id""", ids)
    details = {}
    blobs = ctx.blobs
    for row in rows:
        metadata = json.loads(row.get("metadata") or "{}")
        row["prompt"] = row["g_prompt"] or metadata.get("prompt") or ""
        row["seed"] = row["g_seed"] if row["g_seed"] is not None else metadata.get("seed")
        row["model"] = row["g_model"] or metadata.get("model")
        row["generator"] = metadata.get("generator") or row["g_provider"]
        row["tags"] = sorted(json.loads(row.get("tag_names") or "[]"))
        if row.get("source_path"):
            row["path"] = row["source_path"]
        elif row.get("sha256"):
            row["path"] = str(blobs.path_for(row["sha256"], row.get("file_ext") or ""))
        else:
            row["path"] = None
        row["missing"] = not (row["path"] and os.path.exists(row["path"]))
        details[row["id"]] = row
    return details


def library_summary(ctx: Context) -> dict[str, list[tuple[str, int]]]:
    """Folders, projects and tags with how many assets each holds."""
    ws = [ctx.workspace_id]
    return {
        "folders": [(r["name"], r["n"]) for r in ctx.store.query(
            "SELECT f.name, count(a.id) AS n FROM folders f LEFT JOIN assets a ON a.folder_id = f.id "
            "WHERE f.workspace_id = ? GROUP BY f.id ORDER BY f.name COLLATE NOCASE", ws)],
        "projects": [(r["name"], r["n"]) for r in ctx.store.query(
            "SELECT p.name, count(a.id) AS n FROM projects p LEFT JOIN assets a ON a.project_id = p.id "
            "WHERE p.workspace_id = ? GROUP BY p.id ORDER BY p.name COLLATE NOCASE", ws)],
        "tags": [(r["name"], r["n"]) for r in ctx.store.query(
            "SELECT t.name, count(at.asset_id) AS n FROM tags t LEFT JOIN asset_tags at ON at.tag_id = t.id "
            "WHERE t.workspace_id = ? GROUP BY t.id ORDER BY t.name COLLATE NOCASE", ws)],
    }


# -- time ------------------------------------------------------------------------------------------

def parse_time(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None


def age_group(moment: str | None, now: datetime) -> str:
    """Today / This week / Earlier, by the day of ``now`` (the app's clock, fixed in tests)."""
    when = parse_time(moment)
    if when is None:
        return "Earlier"
    today = now.date()
    if when.date() >= today:
        return "Today"
    if when.date() > today - timedelta(days=7):
        return "This week"
    return "Earlier"


def short_time(value: str | None) -> str:
    when = parse_time(value)
    return when.strftime("%b %d %H:%M") if when else "—"


def time_range(start: str | None, end: str | None) -> str:
    if not start:
        return "no images yet"
    first, last = parse_time(start), parse_time(end or start)
    if first and last and first.date() == last.date():
        return f"{first:%b %d %H:%M}–{last:%H:%M}"
    return f"{short_time(start)} – {short_time(end or start)}"
