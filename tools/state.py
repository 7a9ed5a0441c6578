"""The whole state as one JSON-ready dict: the `atelier state --json` contract."""

from __future__ import annotations

from tools.briefs import references_by_session
from tools.context import Context
from tools.credits import balance
from tools.records import load_assets, load_generations, load_posts, load_sessions

SESSION_KEYS = ("id", "name", "kind", "status", "origin", "project", "folder", "campaign",
                "generation_count", "started_at", "ended_at", "last_generated_at", "reflection")
GENERATION_KEYS = ("id", "session_id", "index", "prompt", "negative_prompt", "seed", "model", "provider",
                   "media_type", "liked", "archived", "saved_asset_id", "parent_id", "created_at")
ASSET_KEYS = ("id", "media_type", "title", "folder", "project", "tags", "origin_generation_id",
              "session_id", "sha256", "created_at", "path", "missing", "content_hash", "prompt",
              "negative_prompt", "seed", "model", "generator", "generated_at")
POST_KEYS = ("id", "caption", "platform", "asset_ids", "session_ids", "project")


def _pick(model, keys) -> dict:
    data = model.model_dump()
    return {k: data[k] for k in keys}


def export_state(ctx: Context) -> dict:
    named = lambda table: ctx.store.query(  # noqa: E731
        f"SELECT id, name FROM {table} WHERE workspace_id = ? ORDER BY name COLLATE NOCASE", [ctx.workspace_id])
    references = references_by_session(ctx)
    return {
        "sessions": [_pick(s, SESSION_KEYS) | {"brief": s.brief_prompt, "references": references.get(s.id, [])}
                     for s in load_sessions(ctx, "1", order="s.created_at, s.id")],
        "generations": [_pick(g, GENERATION_KEYS) for g in load_generations(ctx, order="g.created_at, g.idx, g.id")],
        "assets": [_pick(a, ASSET_KEYS) for a in load_assets(ctx)],
        "posts": [_pick(p, POST_KEYS) for p in load_posts(ctx)],
        "projects": named("projects"),
        "folders": named("folders"),
        "credits": {"balance": balance(ctx)},
    }
