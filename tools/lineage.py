"""Lineage: which generations are variations of which, and the `lineage` tool that shows it.

Kinds of link (table ``lineage_links``):
  sibling        same prompt, negative prompt and model, another seed (one ``family`` key; each
                 member links to the family's earliest generation)
  img2img        the source image named in the metadata is a generation we have (sets parent_id)
  remix          a remix made in Atelier (parent_id set by tools.generations.remix)
  graph-variant  a ComfyUI graph of the same structure with a few inputs changed
"""

from __future__ import annotations

import hashlib
import json
import os
from collections import defaultdict

from pydantic import BaseModel, Field

from tools.context import Context
from tools.registry import ToolResult
from tools.resolve import resolve_generations, resolve_session

GRAPH_VARIANT_MAX_CHANGES = 3
GRAPH_LOOKBACK = 50  # earlier graphs of one structure compared against each new one
SEED_INPUTS = ("seed", "noise_seed")
TREE_NODE_LIMIT = 200
SIBLINGS_SHOWN = 20


def family_key(prompt: str | None, negative_prompt: str | None, model: str | None) -> str | None:
    """Shared by generations of one brief that differ only by seed; None without a prompt."""
    text = " ".join((prompt or "").split())
    if not text:
        return None
    parts = (text.casefold(), " ".join((negative_prompt or "").split()).casefold(), (model or "").casefold())
    return hashlib.sha1("\x00".join(parts).encode("utf-8", "surrogatepass")).hexdigest()[:16]


# --- linking ---------------------------------------------------------------------------------


def link_generations(ctx: Context, generation_ids: list[str]) -> dict[str, int]:
    """Record sibling, img2img and graph-variant links for new generations (inside a transaction)."""
    counts = {"sibling": 0, "img2img": 0, "graph-variant": 0}
    if not generation_ids:
        return counts
    with ctx.store.transaction():
        counts["sibling"] = _link_siblings(ctx, generation_ids)
        counts["img2img"] = _link_sources(ctx)
        counts["graph-variant"] = _link_graph_variants(ctx, generation_ids)
    return counts


def _link_siblings(ctx: Context, generation_ids: list[str]) -> int:
    families = sorted({r["family"] for r in ctx.store.query_in(
        "SELECT DISTINCT family FROM generations WHERE id IN ({marks}) AND family IS NOT NULL",
        generation_ids)})
    if not families:
        return 0
    members = ctx.store.query_in(
        "SELECT id, family FROM generations WHERE workspace_id = ? AND family IN ({marks}) "
        "ORDER BY family, created_at, id", families, [ctx.workspace_id])
    by_family: dict[str, list[str]] = defaultdict(list)
    for row in members:
        by_family[row["family"]].append(row["id"])
    links = []
    for ids in by_family.values():
        head = ids[0]  # the earliest: a newly imported older file becomes the head
        links.extend((member, head) for member in ids[1:])
    all_members = [m["id"] for m in members]
    for start in range(0, len(all_members), 500):
        part = all_members[start:start + 500]
        ctx.store.execute(
            f"DELETE FROM lineage_links WHERE kind = 'sibling' AND child_id IN ({','.join('?' * len(part))})", part)
    ctx.store.conn.executemany(
        "INSERT OR IGNORE INTO lineage_links (child_id, parent_id, kind) VALUES (?, ?, 'sibling')", links)
    return len(links)


def _link_sources(ctx: Context) -> int:
    """Resolve every not-yet-linked img2img source name, so a parent imported later still links."""
    children = ctx.store.query(
        """SELECT id, json_extract(settings, '$.source_image') AS source FROM generations
           WHERE workspace_id = ? AND parent_id IS NULL AND json_extract(settings, '$.source_image') IS NOT NULL""",
        [ctx.workspace_id])
    if not children:
        return 0
    by_name: dict[str, str] = {}
    by_sha: dict[str, str] = {}
    parents = ctx.store.query(
        """SELECT a.id, a.source_path, a.title, a.sha256, a.stored, a.file_ext, a.missing,
                  a.origin_generation_id AS gen FROM assets a
           WHERE a.workspace_id = ? AND a.origin_generation_id IS NOT NULL""", [ctx.workspace_id])
    for row in parents:
        if row["source_path"]:
            by_name.setdefault(os.path.basename(row["source_path"]).casefold(), row["gen"])
        if row["sha256"]:
            by_sha.setdefault(row["sha256"], row["gen"])
    unresolved = [child for child in children
                  if by_name.get(_source_name(child["source"])) is None and _source_hash(child["source"])]
    if unresolved and any(not row["sha256"] for row in parents):
        by_sha.update(_sha256_of_in_place(ctx, parents))
    linked = 0
    for child in children:
        source = str(child["source"]).strip()
        parent = by_name.get(_source_name(source))
        if parent is None and _source_hash(source):
            parent = next((gen for sha, gen in by_sha.items() if sha.startswith(source.lower())), None)
        if parent is None or parent == child["id"]:
            continue
        ctx.store.execute("UPDATE generations SET parent_id = ? WHERE id = ?", [parent, child["id"]])
        ctx.store.execute(
            "INSERT OR IGNORE INTO lineage_links (child_id, parent_id, kind, detail) VALUES (?, ?, 'img2img', ?)",
            [child["id"], parent, f"source image {source[:200]}"])
        linked += 1
    return linked


def _source_name(source: object) -> str:
    return os.path.basename(str(source).strip().replace("\\", "/")).casefold()


def _source_hash(source: object) -> bool:
    """Whether an img2img source is named by a hash (a SHA-256 hex prefix, as upload folders name files)."""
    text = str(source).strip().lower()
    return len(text) >= 8 and all(c in "0123456789abcdef" for c in text)


def _sha256_of_in_place(ctx: Context, parents: list[dict]) -> dict[str, str]:
    """SHA-256 of in-place files (identified by a faster hash at import), computed only when a hash-named
    source needs it and kept in ``assets.sha256`` so each file is read for this at most once."""
    from tools.records import asset_path

    found: dict[str, str] = {}
    for row in parents:
        if row["sha256"] or row["missing"] or row["stored"] != "in_place":
            continue
        place = asset_path(ctx, row)
        try:
            with open(place, "rb") as handle:
                sha = hashlib.file_digest(handle, "sha256").hexdigest()
        except (OSError, TypeError):
            continue  # gone or unreadable since its import: it is marked missing by the next scan
        ctx.store.execute("UPDATE assets SET sha256 = ? WHERE id = ? AND sha256 IS NULL", [sha, row["id"]])
        found[sha] = row["gen"]
    return found


def _graph_changes(old: dict, new: dict) -> list[str]:
    keys = (set(old) | set(new))
    changed = []
    for key in sorted(keys):
        if key.rsplit(".", 1)[-1] in SEED_INPUTS:
            continue
        if old.get(key) != new.get(key):
            changed.append(f"{key}: {old.get(key)!r} → {new.get(key)!r}")
    return changed


def _link_graph_variants(ctx: Context, generation_ids: list[str]) -> int:
    new_ids = set(generation_ids)
    keys = sorted({r["graph_key"] for r in ctx.store.query_in(
        "SELECT DISTINCT graph_key FROM generations WHERE id IN ({marks}) AND graph_key IS NOT NULL",
        generation_ids)})
    if not keys:
        return 0
    rows = ctx.store.query_in(
        "SELECT id, graph_key, json_extract(settings, '$.graph_inputs') AS inputs FROM generations "
        "WHERE workspace_id = ? AND graph_key IN ({marks}) ORDER BY graph_key, created_at, id", keys,
        [ctx.workspace_id])
    by_key: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_key[row["graph_key"]].append(row)
    links = []
    for group in by_key.values():
        parsed: dict[str, dict] = {}

        def inputs_of(row: dict) -> dict:
            if row["id"] not in parsed:
                parsed[row["id"]] = json.loads(row["inputs"] or "{}")
            return parsed[row["id"]]

        for position, row in enumerate(group):
            if row["id"] not in new_ids:
                continue
            mine = inputs_of(row)
            for earlier in reversed(group[max(0, position - GRAPH_LOOKBACK):position]):
                changes = _graph_changes(inputs_of(earlier), mine)
                if not changes:
                    break  # the same graph with another seed: a sibling, whose own links speak for it
                if len(changes) <= GRAPH_VARIANT_MAX_CHANGES:
                    links.append((row["id"], earlier["id"], "; ".join(changes)[:500]))
                    break
    ctx.store.conn.executemany(
        "INSERT OR IGNORE INTO lineage_links (child_id, parent_id, kind, detail) VALUES (?, ?, 'graph-variant', ?)",
        links)
    return len(links)


# --- the tool --------------------------------------------------------------------------------


class LineageArgs(BaseModel):
    item: int | str = Field(..., description="Generation number in the session, or id")
    session: str | None = Field(None, description="Session name or id; the current one if omitted")


def _generation(ctx: Context, generation_id: str) -> dict | None:
    return ctx.store.one(
        """SELECT g.id, g.idx, g.session_id, g.prompt, g.seed, g.parent_id, g.family, s.name AS session_name
           FROM generations g LEFT JOIN sessions s ON s.id = g.session_id
           WHERE g.id = ? AND g.workspace_id = ?""",
        [generation_id, ctx.workspace_id])


def _parents(ctx: Context, row: dict) -> list[tuple[str, str, str | None]]:
    """(parent id, kind, detail) of a generation: parent_id first, then recorded links."""
    found = []
    links = {r["parent_id"]: r for r in ctx.store.query(
        "SELECT parent_id, kind, detail FROM lineage_links WHERE child_id = ? AND kind != 'sibling'", [row["id"]])}
    if row["parent_id"]:
        link = links.pop(row["parent_id"], None)
        found.append((row["parent_id"], link["kind"] if link else "remix", link["detail"] if link else None))
    found.extend((pid, link["kind"], link["detail"]) for pid, link in links.items())
    return found


def _children(ctx: Context, generation_id: str) -> list[tuple[str, str, str | None]]:
    found: dict[str, tuple[str, str, str | None]] = {}
    for row in ctx.store.query(
            "SELECT child_id, kind, detail FROM lineage_links WHERE parent_id = ? AND kind != 'sibling'",
            [generation_id]):
        found[row["child_id"]] = (row["child_id"], row["kind"], row["detail"])
    for row in ctx.store.query("SELECT id FROM generations WHERE parent_id = ? ORDER BY created_at, id",
                               [generation_id]):
        found.setdefault(row["id"], (row["id"], "remix", None))
    return list(found.values())


def _label(row: dict, home_session: str | None) -> str:
    number = f"#{row['idx']}" if row["idx"] else row["id"]
    where = f" in '{row['session_name']}'" if row["session_id"] != home_session and row["session_name"] else ""
    seed = f" (seed {row['seed']})" if row["seed"] is not None else ""
    prompt = " ".join((row["prompt"] or "").split())
    prompt = prompt[:50] + ("…" if len(prompt) > 50 else "")
    return f"{number}{where} {prompt!r}{seed}"


def lineage(ctx: Context, args: LineageArgs) -> ToolResult:
    """Show a generation's family tree: what it was remixed or derived from, its variations and siblings."""
    numbered = isinstance(args.item, int) or str(args.item).strip().isdigit()
    session = resolve_session(ctx, args.session) if numbered or args.session else None
    target = resolve_generations(ctx, session, [args.item])[0]
    item = _generation(ctx, target["id"])
    home = item["session_id"]

    # Up to the root, guarding against cycles in hand-edited data.
    root, seen = item, {item["id"]}
    while True:
        parents = _parents(ctx, root)
        if not parents or parents[0][0] in seen:
            break
        parent = _generation(ctx, parents[0][0])
        if parent is None:
            break
        seen.add(parent["id"])
        root = parent

    nodes, lines = [], []
    visited: set[str] = set()

    def walk(row: dict, kind: str | None, detail: str | None, parent: str | None, prefix: str, last: bool,
             depth: int) -> None:
        if row["id"] in visited or len(nodes) >= TREE_NODE_LIMIT:
            return
        visited.add(row["id"])
        nodes.append({"id": row["id"], "index": row["idx"], "session_id": row["session_id"],
                      "prompt": row["prompt"], "seed": row["seed"], "parent_id": parent, "kind": kind,
                      "detail": detail, "depth": depth})
        branch = "" if depth == 0 else ("└─ " if last else "├─ ")
        marker = "  ← this one" if row["id"] == item["id"] else ""
        how = f"{kind} " if kind else ""
        extra = f" [{detail}]" if detail and kind == "graph-variant" else ""
        lines.append(f"{prefix}{branch}{how}{_label(row, home)}{extra}{marker}")
        children = [c for c in _children(ctx, row["id"]) if c[0] not in visited]
        child_prefix = prefix + ("" if depth == 0 else ("   " if last else "│  "))
        for position, (child_id, child_kind, child_detail) in enumerate(children):
            child = _generation(ctx, child_id)
            if child is not None:
                walk(child, child_kind, child_detail, row["id"], child_prefix, position == len(children) - 1,
                     depth + 1)

    walk(root, None, None, None, "", True, 0)

    siblings = []
    if item["family"]:
        siblings = ctx.store.query(
            """SELECT g.id, g.idx, g.session_id, g.prompt, g.seed, g.parent_id, g.family, s.name AS session_name
               FROM generations g LEFT JOIN sessions s ON s.id = g.session_id
               WHERE g.family = ? AND g.id != ? ORDER BY g.created_at, g.id""", [item["family"], item["id"]])
    else:
        siblings = ctx.store.query(
            """SELECT g.id, g.idx, g.session_id, g.prompt, g.seed, g.parent_id, g.family, s.name AS session_name
               FROM generations g LEFT JOIN sessions s ON s.id = g.session_id
               WHERE g.session_id IS ? AND g.prompt = ? AND g.id != ? AND g.prompt != ''
               ORDER BY g.created_at, g.id""", [item["session_id"], item["prompt"], item["id"]])
    if siblings:
        shown = ", ".join(
            (f"#{s['idx']}" if s["idx"] else s["id"])
            + (f" in '{s['session_name']}'" if s["session_id"] != home and s["session_name"] else "")
            + (f" (seed {s['seed']})" if s["seed"] is not None else "")
            for s in siblings[:SIBLINGS_SHOWN])
        more = f" and {len(siblings) - SIBLINGS_SHOWN} more" if len(siblings) > SIBLINGS_SHOWN else ""
        lines.append(f"Siblings (same prompt, other seeds): {shown}{more}")
    header = f"Lineage of {_label(item, None)}"
    if len(nodes) == 1 and not siblings:
        lines.append("No known parents, variations or siblings.")
    return ToolResult(
        message=header + "\n" + "\n".join(lines),
        data={"generation_id": item["id"], "root_id": root["id"], "nodes": nodes,
              "siblings": [{"id": s["id"], "index": s["idx"], "session_id": s["session_id"], "seed": s["seed"]}
                           for s in siblings],
              "family": item["family"]},
    )


def register_tools(register):
    register(lineage, changes_data=False)

