"""References the way people speak: names case-insensitively, generations by their number."""

from __future__ import annotations

import difflib
import re

from tools.context import Context
from tools.errors import Ambiguous, InvalidInput, NotFound

MAX_NAME_LENGTH = 200


def clean_name(value: str | None, what: str) -> str:
    """A name as written, trimmed; empty, blank or over-long names are refused."""
    name = (value or "").strip()
    if not name:
        raise InvalidInput(f"the {what} name cannot be empty")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(
            f"the {what} name is {len(name)} characters long; the limit is {MAX_NAME_LENGTH}"
        )
    if any(ord(ch) < 32 for ch in name):
        raise InvalidInput(f"the {what} name cannot contain control characters or line breaks")
    return name


def _pick_by_name(rows: list[dict], ref: str, what: str, label: str = "name", partial: bool = True) -> dict:
    wanted = ref.strip().casefold()
    exact = [r for r in rows if r[label].casefold() == wanted]
    if len(exact) == 1:
        return exact[0]
    # "the cupcake session" for 'Cupcakes': one word's plural is still the same name
    plural = [r for r in rows if r[label].casefold() in (wanted + "s", wanted.removesuffix("s"))] if wanted else []
    if len(plural) == 1:
        return plural[0]
    # A part of a name counts in whole words only: "launch" finds "Summer Launch", but "art" never
    # finds "Hartley wedding" (a data-changing tool would act on a session nobody named).
    within = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)") if wanted else None
    candidates = exact or ([r for r in rows if within.search(r[label].casefold())] if partial and within else [])
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        listed = ", ".join(f"'{r[label]}' ({r['id']})" for r in candidates[:10])
        raise Ambiguous(f"{len(candidates)} {what}s match '{ref}': {listed} — which one?",
                        [r["id"] for r in candidates])
    close = difflib.get_close_matches(ref, [r[label] for r in rows], n=3, cutoff=0.6)
    hint = f" — did you mean {' or '.join(repr(c) for c in close)}?" if close else ""
    raise NotFound(f"no {what} named '{ref}'{hint}")


def resolve_session(ctx: Context, ref: str | None) -> dict:
    """A session by id or name; None means the conversation's current session."""
    if ref is None or not str(ref).strip():
        if not ctx.current_session_id:
            raise InvalidInput("there is no current session: name one, or create one first")
        row = ctx.store.one("SELECT * FROM sessions WHERE id = ? AND workspace_id = ?",
                            [ctx.current_session_id, ctx.workspace_id])
        if row is None:
            raise NotFound("the current session no longer exists: open or create another")
        return row
    ref = str(ref).strip()
    row = ctx.store.one(
        "SELECT * FROM sessions WHERE id = ? AND workspace_id = ?", [ref, ctx.workspace_id]
    )
    if row:
        return row
    rows = ctx.store.query(
        "SELECT * FROM sessions WHERE workspace_id = ? ORDER BY last_used_at DESC", [ctx.workspace_id]
    )
    try:
        return _pick_by_name(rows, ref, "session")
    except NotFound:
        # "the Q3 Ads images" names 'Q3 Ads' by what it holds; only an exact name is taken that way
        bare = _SESSION_CONTENTS.sub("", ref)
        exact = [r for r in rows if r["name"].casefold() == bare.casefold()] if bare != ref else []
        if len(exact) == 1:
            return exact[0]
        raise


_SESSION_CONTENTS = re.compile(
    r"\s+(?:images?|ones|pictures?|pics|photos?|shots|generations?|renders?)$", re.IGNORECASE)


def is_number(ref: int | str) -> bool:
    """A generation number (as opposed to an id); only ASCII digits count."""
    return isinstance(ref, int) or (ref.strip().isascii() and ref.strip().isdigit())


def resolve_generations(ctx: Context, session: dict | None, refs: list[int | str]) -> list[dict]:
    """Generations by number within a session (1, 2, 3 …) or by id; order kept, repeats dropped."""
    if not refs:
        raise InvalidInput("say which generations (numbers like 1, 2 and 5, or ids)")
    found: dict[str, dict] = {}
    for ref in refs:
        row = _resolve_one_generation(ctx, session, ref)
        found.setdefault(row["id"], row)
    return list(found.values())


def _resolve_one_generation(ctx: Context, session: dict | None, ref: int | str) -> dict:
    if not is_number(ref):
        row = ctx.store.one(
            "SELECT * FROM generations WHERE id = ? AND workspace_id = ?", [ref.strip(), ctx.workspace_id]
        )
        if row is None:
            raise NotFound(f"no generation with id '{ref}' (it may have been deleted)")
        return row
    number = int(ref)
    if session is None:
        raise InvalidInput(f"generation number {number} needs a session: name one or open one")
    row = ctx.store.one(
        "SELECT * FROM generations WHERE session_id = ? AND idx = ?", [session["id"], number]
    ) if 0 <= number < 2**63 else None
    if row is None:
        low, high, count = ctx.store.query(
            "SELECT min(idx), max(idx), count(*) FROM generations WHERE session_id = ?",
            [session["id"]],
        )[0].values()
        if not count:
            raise NotFound(f"session '{session['name']}' has no generations yet, so there is no {number}")
        raise NotFound(
            f"session '{session['name']}' has generations {low}–{high}; there is no {number}"
        )
    return row


def resolve_assets(ctx: Context, refs: list[str]) -> list[dict]:
    """Assets by id or exact title (any case). No partial titles: assets can be deleted by name."""
    if not refs:
        raise InvalidInput("say which assets (ids or titles)")
    found: dict[str, dict] = {}
    rows = None
    for ref in refs:
        ref = str(ref).strip()
        row = ctx.store.one(
            "SELECT * FROM assets WHERE id = ? AND workspace_id = ?", [ref, ctx.workspace_id]
        )
        if row is None:
            if rows is None:
                rows = ctx.store.query("SELECT * FROM assets WHERE workspace_id = ?", [ctx.workspace_id])
            row = _pick_by_name(rows, ref, "asset", label="title", partial=False)
        found.setdefault(row["id"], row)
    return list(found.values())


def folder_exists(ctx: Context, name: str) -> bool:
    """A library folder has this name (any case)."""
    return bool(ctx.store.scalar("SELECT count(*) FROM folders WHERE workspace_id = ? AND name = ? COLLATE NOCASE",
                                 [ctx.workspace_id, str(name).strip()]))


def resolve_named(ctx: Context, table: str, ref: str, what: str) -> dict:
    """An existing folder, project, campaign or tag (for filters; saving creates on first use)."""
    ref = clean_name(ref, what)
    rows = ctx.store.query(f"SELECT * FROM {table} WHERE workspace_id = ?", [ctx.workspace_id])
    return _pick_by_name(rows, ref, what)
