"""Rows to models: the one place that knows how stored columns map to what tools return."""

from __future__ import annotations

import json

from memory.models import Asset, Generation, Post, Session
from tools.context import Context

SESSION_SELECT = """
SELECT s.*, p.name AS project, f.name AS folder, c.name AS campaign,
       (SELECT count(*) FROM generations g WHERE g.session_id = s.id) AS generation_count
FROM sessions s
LEFT JOIN projects p ON p.id = s.project_id
LEFT JOIN folders f ON f.id = s.folder_id
LEFT JOIN campaigns c ON c.id = s.campaign_id
"""

ASSET_SELECT = """
SELECT a.*, p.name AS project, f.name AS folder,
       (SELECT json_group_array(t.name) FROM asset_tags at JOIN tags t ON t.id = at.tag_id
        WHERE at.asset_id = a.id) AS tag_names
FROM assets a
LEFT JOIN projects p ON p.id = a.project_id
LEFT JOIN folders f ON f.id = a.folder_id
"""


def session_model(row: dict) -> Session:
    return Session(
        id=row["id"], name=row["name"], kind=row["kind"], status=row["status"],
        origin=row["origin"], project=row.get("project"), folder=row.get("folder"),
        campaign=row.get("campaign"), generation_count=row.get("generation_count") or 0,
        started_at=row["started_at"], ended_at=row["ended_at"],
        last_generated_at=row["last_generated_at"],
        reflection=json.loads(row["reflection"]) if row["reflection"] else None,
        brief_prompt=row["brief_prompt"],
    )


def generation_model(row: dict) -> Generation:
    return Generation(
        id=row["id"], session_id=row["session_id"], index=row["idx"], prompt=row["prompt"],
        negative_prompt=row["negative_prompt"], seed=row["seed"], model=row["model"],
        provider=row["provider"], media_type=row["media_type"], liked=bool(row["liked"]),
        selected=bool(row["selected"]), archived=bool(row["archived"]),
        saved_asset_id=row["saved_asset_id"], parent_id=row["parent_id"], width=row["width"],
        height=row["height"], credits_used=row["credits_used"], created_at=row["created_at"],
    )


def asset_path(ctx: Context, row: dict) -> str | None:
    """Where an asset's file is: where the user keeps it, or its place in the blob store."""
    if row["stored"] == "in_place":
        return row["source_path"]
    if row["sha256"]:
        return str(ctx.blobs.path_for(row["sha256"], row["file_ext"] or ""))
    return None


def generation_file(ctx: Context, row: dict):
    """The file of a generation: its blob, or (imported in place) where its saved asset's file is."""
    from pathlib import Path

    if row["blob_sha256"]:
        return ctx.blobs.path_for(row["blob_sha256"], row["file_ext"] or "")
    asset = ctx.store.one("SELECT * FROM assets WHERE id = ?", [row["saved_asset_id"]]) if row["saved_asset_id"] else None
    place = asset_path(ctx, asset) if asset and not asset["missing"] else None
    return Path(place) if place else None


def asset_model(ctx: Context, row: dict) -> Asset:
    return Asset(
        id=row["id"], media_type=row["media_type"], title=row["title"], folder=row.get("folder"),
        project=row.get("project"), tags=sorted(json.loads(row.get("tag_names") or "[]")),
        origin_generation_id=row["origin_generation_id"], session_id=row["session_id"],
        sha256=row["sha256"], created_at=row["created_at"], path=asset_path(ctx, row),
        missing=bool(row["missing"]), stored=row["stored"], content_hash=row["content_hash"],
        prompt=row["prompt"], negative_prompt=row["negative_prompt"], seed=row["seed"], model=row["model"],
        model_hash=row["model_hash"], generator=row["generator"], sampler=row["sampler"], steps=row["steps"],
        cfg=row["cfg"], width=row["width"], height=row["height"],
        loras=json.loads(row["loras"]) if row["loras"] else [], source_image=row["source_image"],
        generated_at=row["generated_at"], generated_at_source=row["generated_at_source"],
    )


def load_sessions(ctx: Context, where: str = "1", params: list | None = None,
                  order: str = "s.last_used_at DESC", limit: int | None = None) -> list[Session]:
    sql = f"{SESSION_SELECT} WHERE s.workspace_id = ? AND ({where}) ORDER BY {order}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [session_model(r) for r in ctx.store.query(sql, [ctx.workspace_id, *(params or [])])]


def load_session(ctx: Context, session_id: str) -> Session:
    return load_sessions(ctx, "s.id = ?", [session_id])[0]


def load_generations(ctx: Context, where: str = "1", params: list | None = None,
                     order: str = "g.session_id, g.idx", limit: int | None = None) -> list[Generation]:
    sql = f"SELECT g.* FROM generations g WHERE g.workspace_id = ? AND ({where}) ORDER BY {order}"
    if limit:
        sql += f" LIMIT {int(limit)}"
    return [generation_model(r) for r in ctx.store.query(sql, [ctx.workspace_id, *(params or [])])]


def last_request(ctx: Context, session_id: str) -> dict | None:
    """A session's last request, as "3 more" repeats it: its newest image that is not a remix."""
    row = ctx.store.one("SELECT prompt, negative_prompt, width, height FROM generations WHERE session_id = ? "
                        "ORDER BY (parent_id IS NULL) DESC, idx DESC LIMIT 1", [session_id])
    if row is None:
        return None
    size = f"{row['width']}x{row['height']}" if row["width"] and row["height"] else None
    return {"prompt": row["prompt"], "negative_prompt": row["negative_prompt"] or "", "size": size}


def load_assets(ctx: Context, where: str = "1", params: list | None = None,
                order: str = "a.created_at, a.id") -> list[Asset]:
    sql = f"{ASSET_SELECT} WHERE a.workspace_id = ? AND ({where}) ORDER BY {order}"
    return [asset_model(ctx, r) for r in ctx.store.query(sql, [ctx.workspace_id, *(params or [])])]


def load_posts(ctx: Context, where: str = "1", params: list | None = None) -> list[Post]:
    rows = ctx.store.query(
        f"""SELECT po.*, pr.name AS project,
               (SELECT json_group_array(asset_id) FROM
                  (SELECT asset_id FROM post_assets WHERE post_id = po.id ORDER BY position)) AS asset_ids,
               (SELECT json_group_array(session_id) FROM post_sessions WHERE post_id = po.id) AS session_ids
            FROM posts po LEFT JOIN projects pr ON pr.id = po.project_id
            WHERE po.workspace_id = ? AND ({where}) ORDER BY po.created_at, po.id""",
        [ctx.workspace_id, *(params or [])],
    )
    return [
        Post(id=r["id"], caption=r["caption"], platform=r["platform"],
             asset_ids=json.loads(r["asset_ids"]), session_ids=sorted(json.loads(r["session_ids"])),
             project=r["project"], created_at=r["created_at"])
        for r in rows
    ]
