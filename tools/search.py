"""Semantic search over prompts and metadata: meaning from the embedding, filters from SQLite.

No pixel (CLIP-like) model ships in any package reachable here, so an image is found by the words
of its prompt (an asset without a prompt: by its title), never by what its pixels show.

Unfiltered searches rank through Chroma (one collection per workspace, so no metadata filter is
needed). Filters are answered by SQLite, the source of truth: a small selection is ranked in numpy,
a broad one by checking each round of Chroma's nearest hits against the filters.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Literal

from pydantic import BaseModel, Field

from tools.context import Context
from tools.errors import AtelierError, InvalidInput, NotFound
from tools.registry import ToolResult
from tools.resolve import resolve_session

MAX_QUERY_CHARS = 2_000
# Cosine similarity of MiniLM prompt vectors: related prompts score 0.5–0.9, unrelated ones 0.1–0.3.
RELEVANCE_SPREAD = 0.3
CLOSE_SCORE = 0.35  # below this a hit is only the nearest thing, never what "them" means next
SMALL_SELECTION = 300  # texts: fetching more vectors by id costs more than widening a nearest-text query
BROAD_SELECTION = 2_000  # items: a filter allowing more is applied to each round of nearest hits


class SearchUnavailable(AtelierError):
    """The embedder or the vector index cannot be used right now."""


class SearchArgs(BaseModel):
    query: str = Field(..., description="What to look for, in words (matched by meaning)")
    limit: int = Field(10, ge=1, le=200, description="At most this many results")
    liked: bool | None = Field(None, description="Only liked (true) or only not liked (false)")
    saved: bool | None = Field(None, description="Only saved to the library (true) or not (false)")
    session: str | None = Field(None, description="Only in this session (name or id)")
    folder: str | None = Field(None, description="Only in this folder")
    project: str | None = Field(None, description="Only in this project")
    tag: str | None = Field(None, description="Only library assets with this tag")
    media_type: str | None = Field(None, description="image, video, audio, document …")
    model: str | None = Field(None, description="Only made with this model (name as stored)")
    since: str | None = Field(None, description="Made on or after this ISO-8601 date/time")
    until: str | None = Field(None, description="Made on or before this ISO-8601 date/time")
    kind: Literal["generation", "asset"] | None = Field(None, description="Only generations or only assets")


def search_index(ctx: Context):
    """The index for this context's store, caught up with every committed write."""
    from memory.embedder import EmbedderError
    from memory.index import IndexUnavailable, open_index

    try:
        index = open_index(ctx.store, ctx.settings)
        index.sync(on_progress=lambda done, total: ctx.progress("indexing", done, total))
        return index
    except (EmbedderError, IndexUnavailable) as error:
        raise SearchUnavailable(f"search is unavailable: {error}") from None


def parse_when(value: str | None, what: str, *, end: bool = False) -> str | None:
    """An ISO-8601 date or date-time as a UTC ISO string (a bare date covers its whole day)."""
    if value is None or not value.strip():
        return None
    text = value.strip()
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise InvalidInput(f"{what} '{value}' is not an ISO-8601 date or time (like 2026-05-01)") from None
    if len(text) == 10 and end:
        moment = moment.replace(hour=23, minute=59, second=59, microsecond=999999)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat()


def _named_id(ctx: Context, table: str, name: str | None, what: str) -> str | None:
    if name is None:
        return None
    row = ctx.store.one(f"SELECT id FROM {table} WHERE workspace_id = ? AND name = ? COLLATE NOCASE",
                        [ctx.workspace_id, name.strip()])
    if row is None:
        raise NotFound(f"no {what} named '{name}'")
    return row["id"]


@dataclass
class Filters:
    """The items a search's filters allow, as one SELECT of ids per kind (SQLite is the truth)."""

    selects: list[tuple[str, str, list]]  # (id column, "SELECT id … WHERE …", params), one per kind

    def allowed(self, ctx: Context, *, among: list[str] | None = None, limit: int | None = None) -> list[str]:
        """Ids the filters allow: all of them, at most ``limit``, or only those ``among`` a few ids."""
        found: list[str] = []
        for id_column, sql, params in self.selects:
            if among is not None:
                found += [r["id"] for r in ctx.store.query_in(f"{sql} AND {id_column} IN ({{marks}})", among, params)]
                continue
            remaining = None if limit is None else limit - len(found)
            if remaining is not None and remaining <= 0:
                break
            found += [r["id"] for r in ctx.store.query(
                sql + ("" if remaining is None else f" LIMIT {int(remaining)}"), params)]
        return found


def _filters(ctx: Context, args: SearchArgs) -> Filters | None:
    """What the search is narrowed to; None when nothing filters."""
    since = parse_when(args.since, "since")
    until = parse_when(args.until, "until", end=True)
    if since and until and since > until:
        raise InvalidInput("'since' is after 'until': nothing can match that time range")
    session_id = resolve_session(ctx, args.session)["id"] if args.session is not None else None
    folder_id = _named_id(ctx, "folders", args.folder, "folder")
    project_id = _named_id(ctx, "projects", args.project, "project")
    tag_id = _named_id(ctx, "tags", args.tag, "tag")
    filtered = any(v is not None for v in (args.liked, args.saved, session_id, folder_id, project_id, tag_id,
                                           args.media_type, args.model, since, until, args.kind))
    if not filtered:
        return None
    selects: list[tuple[str, str, list]] = []
    if args.kind in (None, "generation") and tag_id is None:
        where, params = ["g.workspace_id = ?", "g.archived = 0", "coalesce(s.status, 'active') = 'active'"], [ctx.workspace_id]
        for clause, value in (("g.liked = ?", None if args.liked is None else int(args.liked)),
                              ("g.session_id = ?", session_id), ("s.folder_id = ?", folder_id),
                              ("s.project_id = ?", project_id), ("g.media_type = ? COLLATE NOCASE", args.media_type),
                              ("g.model = ? COLLATE NOCASE", args.model), ("g.created_at >= ?", since),
                              ("g.created_at <= ?", until)):
            if value is not None:
                where.append(clause)
                params.append(value)
        if args.saved is not None:
            where.append(f"g.saved_asset_id IS {'NOT ' if args.saved else ''}NULL")
        selects.append(("g.id", "SELECT g.id FROM generations g LEFT JOIN sessions s ON s.id = g.session_id "
                        f"WHERE {' AND '.join(where)}", params))
    if args.kind in (None, "asset") and args.saved is not False:
        where, params = ["a.workspace_id = ?"], [ctx.workspace_id]
        for clause, value in (("og.liked = ?", None if args.liked is None else int(args.liked)),
                              ("a.session_id = ?", session_id), ("a.folder_id = ?", folder_id),
                              ("a.project_id = ?", project_id), ("a.media_type = ? COLLATE NOCASE", args.media_type),
                              ("coalesce(json_extract(a.metadata, '$.model'), og.model) = ? COLLATE NOCASE", args.model),
                              ("a.created_at >= ?", since), ("a.created_at <= ?", until),
                              ("a.id IN (SELECT asset_id FROM asset_tags WHERE tag_id = ?)", tag_id)):
            if value is not None:
                where.append(clause)
                params.append(value)
        selects.append(("a.id", "SELECT a.id FROM assets a LEFT JOIN generations og ON og.id = a.origin_generation_id "
                        f"WHERE {' AND '.join(where)}", params))
    return Filters(selects)


def find(ctx: Context, args: SearchArgs) -> list[dict]:
    """The ranked results: id, kind, session_id, prompt, score."""
    query = args.query.strip()
    if not query:
        raise InvalidInput("say what to search for: the search query is empty")
    if len(query) > MAX_QUERY_CHARS:
        raise InvalidInput(f"the search query is {len(query)} characters long; the limit is {MAX_QUERY_CHARS}")
    filters = _filters(ctx, args)
    # A selection smaller than this is listed whole from SQLite; a broader one is checked hit by hit
    # (listing 50,000 allowed ids took 0.5 s at 100,000 items, a nearest-text query 15 ms).
    selection = None if filters is None else filters.allowed(ctx, limit=BROAD_SELECTION)
    if selection == []:
        return []
    index = search_index(ctx)
    from memory.embedder import EmbedderError
    from memory.index import IndexUnavailable

    try:
        vector = index.embedder.embed([query])[0]
        try:
            return _ranked(ctx, index, vector, filters, selection, args.limit)
        except Exception as error:  # noqa: BLE001 - the local folder broke under us: rebuild, once
            if ctx.settings.chroma_url or isinstance(error, AtelierError):
                raise
            index.recover(error)
            return _ranked(ctx, index, vector, filters, selection, args.limit)
    except (EmbedderError, IndexUnavailable) as error:
        raise SearchUnavailable(f"search is unavailable: {error}") from None
    except AtelierError:
        raise
    except Exception as error:  # noqa: BLE001 - e.g. a Chroma server that went away mid-query
        raise SearchUnavailable(f"search is unavailable: the index did not answer ({str(error)[:160]})") from None


def _ranked(ctx: Context, index, vector, filters: Filters | None, selection: list[str] | None,
            limit: int) -> list[dict]:
    whole = selection is not None and len(selection) < BROAD_SELECTION
    allowed = set(selection) if whole else None
    keys = _text_keys(ctx, selection) if whole else None
    if keys is not None and len(keys) <= SMALL_SELECTION:
        ranked = index.rank_texts(ctx.workspace_id, vector, sorted(keys))
        return _describe(ctx, _items_of(ctx, ranked, allowed))[:limit]
    # Otherwise ask Chroma for the nearest texts, widening until enough items pass the filters.
    want = max(20, limit * 2)
    while True:
        texts = index.nearest_texts(ctx.workspace_id, vector, want)
        if keys is not None:
            texts = [t for t in texts if t.id in keys]
        hits = _items_of(ctx, texts, allowed)
        if filters is not None and allowed is None:
            passing = set(filters.allowed(ctx, among=[item_id for item_id, _ in hits]))
            hits = [hit for hit in hits if hit[0] in passing]
        results = _describe(ctx, hits)
        if len(results) >= limit or want >= index.collection(ctx.workspace_id).count():
            return results[:limit]
        want *= 4


def _text_keys(ctx: Context, item_ids: list[str]) -> set[str]:
    return {r["text_key"] for r in ctx.store.query_in(
        "SELECT DISTINCT text_key FROM index_items WHERE item_id IN ({marks})", item_ids)}


def _items_of(ctx: Context, texts: list, allowed: set[str] | None) -> list[tuple[str, float]]:
    """Every item written with one of ``texts`` (and allowed by the filters), with its text's score."""
    from collections import defaultdict

    by_key: dict[str, list[str]] = defaultdict(list)
    for row in ctx.store.query_in(
            "SELECT item_id, text_key FROM index_items WHERE workspace_id = ? AND text_key IN ({marks})",
            [t.id for t in texts], [ctx.workspace_id]):
        if allowed is None or row["item_id"] in allowed:
            by_key[row["text_key"]].append(row["item_id"])
    return [(item_id, t.score) for t in texts for item_id in by_key[t.id]]


def _describe(ctx: Context, hits: list[tuple[str, float]]) -> list[dict]:
    """Join hits with SQLite (the truth): anything deleted or archived since is left out. Items
    sharing a text score the same; the newest comes first."""
    ids = [item_id for item_id, _ in hits]
    rows = {r["id"]: r for r in ctx.store.query_in(
        "SELECT g.id, 'generation' AS kind, g.session_id, g.idx, s.name AS session_name, NULL AS title, g.prompt, "
        "g.created_at "
        "FROM generations g LEFT JOIN sessions s ON s.id = g.session_id "
        "WHERE g.id IN ({marks}) AND g.archived = 0 AND coalesce(s.status, 'active') = 'active'", ids)}
    rows.update({r["id"]: r for r in ctx.store.query_in(
        "SELECT a.id, 'asset' AS kind, a.session_id, NULL AS idx, NULL AS session_name, a.title, a.created_at, "
        "coalesce(nullif(json_extract(a.metadata, '$.prompt'), ''), og.prompt, a.title) AS prompt "
        "FROM assets a LEFT JOIN generations og ON og.id = a.origin_generation_id WHERE a.id IN ({marks})", ids)})
    found = [(score, rows[item_id]) for item_id, score in hits if item_id in rows]
    found.sort(key=lambda pair: pair[1]["created_at"] or "", reverse=True)
    found.sort(key=lambda pair: -round(pair[0], 6))
    return [{"id": row["id"], "kind": row["kind"], "session_id": row["session_id"], "prompt": row["prompt"],
             "score": round(score, 4), **_where(row)} for score, row in found]


def _where(row) -> dict:
    """How a person names the hit next: a generation by its number in its session, an asset by its title."""
    if row["kind"] == "generation":
        return {"index": row["idx"], "session_name": row["session_name"]}
    return {"title": row["title"]}


def search(ctx: Context, args: SearchArgs) -> ToolResult:
    """Find generations and library assets by meaning (their prompts), with optional filters."""
    ranked = find(ctx, args)
    if not ranked:
        return ToolResult(message=f"Nothing matches '{args.query.strip()}'.", data={"results": [], "indexes": []})  # "them" is nothing now
    # A conversation lists only the hits close to the best one: "find the misty forest shots, like
    # them" must not like the red cars that merely ranked after the forests.
    results = [r for r in ranked if r["score"] >= ranked[0]["score"] - RELEVANCE_SPREAD]
    # Hits are numbered in the list, and the next message's numbers mean them ("save 1 and 3"); each
    # also shows its own #number in its session, which is what the reply after acting on it names.
    lines = [f"{n}. {_line(r)}" for n, r in enumerate(results, 1)]
    if results[0]["score"] < CLOSE_SCORE:
        lines.insert(0, f"Nothing close to '{shorten(args.query.strip())}'; the nearest:")
    if len(results) < len(ranked):
        weaker = len(ranked) - len(results)
        lines.append(f"({weaker} weaker {'match' if weaker == 1 else 'matches'} left out.)")
    # What "1", "2" … name next: the generation number of each listed hit in this conversation's
    # session, None for a hit elsewhere (an asset, another session) that numbers cannot reach.
    data: dict = {"results": results, "numbered": [
        r["index"] if r["kind"] == "generation" and r["session_id"] == ctx.current_session_id else None
        for r in results]}
    close = [r for r in results if r["score"] >= CLOSE_SCORE]
    current = [r["index"] for r in close
               if r["kind"] == "generation" and r["session_id"] == ctx.current_session_id]
    # "Them" next is the hits, when all of them are numbered in the conversation's session; else nothing.
    data["indexes"] = current if len(current) == len(close) else []
    return ToolResult(message="\n".join(lines), data=data)


def _line(hit: dict) -> str:
    score = f"score {hit['score']:.2f}"
    if hit["kind"] == "generation":
        return f"#{hit['index']} in '{shorten(hit['session_name'] or '', 40)}': {shorten(hit['prompt'])} ({score})"
    return f"asset '{shorten(hit['title'] or '', 40)}': {shorten(hit['prompt'])} ({score})"


def shorten(text: str, limit: int = 80) -> str:
    # Prompts are data: shown on one line, control characters removed.
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text or "").split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def reindex(ctx: Context, args: BaseModel | None = None) -> int:
    """Rebuild the whole index from SQLite; returns how many items were indexed."""
    from memory.embedder import EmbedderError
    from memory.index import IndexUnavailable, open_index

    try:
        index = open_index(ctx.store, ctx.settings)
        return index.rebuild(on_progress=lambda done, total: ctx.progress("indexing", done, total))
    except (EmbedderError, IndexUnavailable) as error:
        raise SearchUnavailable(f"cannot rebuild the search index: {error}") from None


def register_tools(register):
    register(search, changes_data=False, reports_items=True)
