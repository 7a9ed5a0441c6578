"""Auto sessions: imported generations grouped by generation time, kept in step with the store.

Which generations take part: those an import created with a trustworthy time (``auto_cluster``)
that still sit where clustering put them (``session_id IS auto_session_id``). A generation the
user moved elsewhere, or whose session the user deleted, is left alone from then on; manual and
archived sessions are never touched.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import datetime

from memory.clock import new_id, now_iso
from tools.clustering import (
    DEFAULT_CONFIG,
    ClusterConfig,
    ExistingSession,
    plan_sessions,
)
from tools.context import Context
from tools.reflection import carry_reflection

NAME_TERMS = 2
NAME_SAMPLE = 400  # prompts looked at when naming a large session
NAMELESS = "Imported"
WORD = re.compile(r"[^\W\d_][\w'-]*")
ANGLE_TAG = re.compile(r"<[^>]*>")
# Words that say nothing about the subject: English glue and the usual quality boilerplate.
STOPWORDS = frozenset("""
a an and are as at be but by for from in into is it its of on or over the this that to under with
without very extremely highly ultra super most more best high low quality masterpiece detailed detail
details intricate sharp focus resolution absurdres highres hires hdr uhd realistic photorealistic
hyperrealistic render rendered rendering octane unreal engine trending artstation cinematic beautiful
amazing award winning professional stunning epic dramatic style artwork art image picture photo photograph
photography digital illustration painting concept wallpaper score source rating safe nsfw lowres worst
bad normal jpeg artifacts blurry ugly deformed watermark signature text error cropped username
""".split())


@dataclass
class SessionChanges:
    created: int = 0
    updated: int = 0
    removed: int = 0


def _epoch(stamp: str) -> float:
    return datetime.fromisoformat(stamp).timestamp()


def refresh_auto_sessions(ctx: Context, config: ClusterConfig = DEFAULT_CONFIG) -> SessionChanges:
    """Re-cluster the timed imported generations and apply the plan (ids of unchanged sessions kept).

    Read, plan and write happen in one transaction, so two importers (a watcher and a one-off
    import) never apply plans made from a stale read.
    """
    with ctx.store.transaction():
        return _refresh(ctx, config)


def _refresh(ctx: Context, config: ClusterConfig) -> SessionChanges:
    rows = ctx.store.query(
        """SELECT g.id, g.created_at, g.session_id FROM generations g
           LEFT JOIN sessions s ON s.id = g.session_id
           WHERE g.workspace_id = ? AND g.auto_cluster = 1 AND g.session_id IS g.auto_session_id
             AND (g.session_id IS NULL OR (s.origin = 'auto' AND s.status = 'active'))""",
        [ctx.workspace_id],
    )
    changes = SessionChanges()
    if not rows or all(r["session_id"] for r in rows):
        return changes  # nothing new: the same items cluster the same way
    ids = [r["id"] for r in rows]
    times = [_epoch(r["created_at"]) for r in rows]
    session_of = {r["id"]: r["session_id"] for r in rows}
    members: dict[str, set[str]] = {}
    for item_id, session_id in session_of.items():
        if session_id:
            members.setdefault(session_id, set()).add(item_id)
    existing = [ExistingSession(sid, frozenset(items)) for sid, items in members.items()]
    plan = plan_sessions(existing, ids, times, config)

    with ctx.store.transaction():
        affected: set[str] = set()
        moves: list[tuple[str, str, str]] = []
        for planned in plan.sessions:
            if not planned.changed:
                continue
            session_id = planned.session_id or _create_auto_session(ctx)
            if planned.session_id is None:
                changes.created += 1
            else:
                changes.updated += 1
            affected.add(session_id)
            for item_id in planned.item_ids:
                if session_of[item_id] != session_id:
                    if session_of[item_id]:
                        affected.add(session_of[item_id])
                    moves.append((session_id, session_id, item_id))
        # Numbers are cleared first so the (session_id, idx) uniqueness never trips mid-move.
        ctx.store.conn.executemany("UPDATE generations SET idx = NULL WHERE session_id = ?",
                                   [(s,) for s in affected])
        ctx.store.conn.executemany(
            "UPDATE generations SET session_id = ?, auto_session_id = ?, idx = NULL WHERE id = ?", moves)
        ctx.store.conn.executemany(
            "UPDATE assets SET session_id = ? WHERE id = (SELECT saved_asset_id FROM generations WHERE id = ?)",
            [(session_id, item_id) for session_id, _, item_id in moves])
        for session_id in plan.removed_session_ids:
            left = ctx.store.scalar("SELECT count(*) FROM generations WHERE session_id = ?", [session_id])
            if left:
                affected.add(session_id)  # the user's own generations keep it alive
            else:
                # A reflection written on a merged-away session lives on where its items went.
                went_to = Counter(to for to, _, item_id in moves if session_of[item_id] == session_id)
                if went_to:
                    carry_reflection(ctx, session_id, went_to.most_common(1)[0][0])
                ctx.store.execute("DELETE FROM sessions WHERE id = ?", [session_id])
                affected.discard(session_id)
                changes.removed += 1
        taken = {r["name"].casefold() for r in ctx.store.query(
            "SELECT name FROM sessions WHERE workspace_id = ?", [ctx.workspace_id])}
        # Earliest first, so when two sessions would share a name the earlier one keeps it plain.
        starts = {sid: ctx.store.scalar("SELECT min(created_at) FROM generations WHERE session_id = ?", [sid]) or ""
                  for sid in affected}
        for session_id in sorted(affected, key=lambda sid: (starts[sid], sid)):
            _refresh_session(ctx, session_id, taken)
    return changes


def _create_auto_session(ctx: Context) -> str:
    created = now_iso()
    session_id = new_id("ses")
    ctx.store.insert("sessions", {
        "id": session_id, "workspace_id": ctx.workspace_id, "created_by": ctx.user_id,
        "name": f"{NAMELESS} {session_id}", "name_is_auto": 1, "kind": "visual", "status": "active",
        "origin": "auto", "created_at": created, "last_used_at": created,
    })
    return session_id


def _refresh_session(ctx: Context, session_id: str, taken: set[str]) -> None:
    """Renumber by generation time, set the time range, and re-derive an auto name."""
    rows = ctx.store.query(
        "SELECT id, created_at, prompt FROM generations WHERE session_id = ? ORDER BY created_at, id",
        [session_id])
    ctx.store.conn.executemany("UPDATE generations SET idx = ? WHERE id = ?",
                               [(index, r["id"]) for index, r in enumerate(rows, start=1)])
    session = ctx.store.one("SELECT name, name_is_auto FROM sessions WHERE id = ?", [session_id])
    if not rows:
        return
    started, ended = rows[0]["created_at"], rows[-1]["created_at"]
    values = {"started_at": started, "ended_at": ended, "last_used_at": ended, "last_generated_at": ended}
    if session["name_is_auto"]:
        taken.discard(session["name"].casefold())
        name = _unique(session_name([r["prompt"] for r in rows], started), taken)
        taken.add(name.casefold())
        values["name"] = name
    ctx.store.update("sessions", session_id, values)


def _unique(name: str, taken: set[str]) -> str:
    candidate, n = name, 2
    while candidate.casefold() in taken:
        candidate, n = f"{name} ({n})", n + 1
    return candidate


def session_name(prompts: list[str], started_at: str) -> str:
    """"Neon city · 2024-05-01": the dominant prompt terms, then the day the session started."""
    terms = dominant_terms(prompts)
    label = " ".join(terms) if terms else NAMELESS
    return f"{label[:1].upper()}{label[1:]} · {started_at[:10]}"


def dominant_terms(prompts: list[str], count: int = NAME_TERMS) -> list[str]:
    """The words most prompts share, in the order they usually appear."""
    if len(prompts) > NAME_SAMPLE:
        step = len(prompts) / NAME_SAMPLE
        prompts = [prompts[int(i * step)] for i in range(NAME_SAMPLE)]
    frequency: Counter[str] = Counter()
    position_sum: Counter[str] = Counter()
    for prompt in prompts:
        seen: set[str] = set()
        words = WORD.findall(ANGLE_TAG.sub(" ", prompt or "").lower())
        for position, word in enumerate(words):
            word = word.strip("'-")
            if len(word) < 3 or word in STOPWORDS or word in seen or "_" in word:
                continue
            seen.add(word)
            frequency[word] += 1
            position_sum[word] += position
    best = sorted(frequency, key=lambda w: (-frequency[w], position_sum[w] / frequency[w], w))[:count]
    return sorted(best, key=lambda w: position_sum[w] / frequency[w])
