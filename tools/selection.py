"""Which generations a bulk action is about: numbers, ids, or a kind (all, liked, selected …)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from tools.context import Context
from tools.errors import InvalidInput, NotFound
from tools.resolve import is_number, resolve_generations, resolve_session

Which = Literal["all", "liked", "unliked", "selected", "archived", "odd", "even"]

# Archived generations are hidden, so "all" / "liked" … never reach them; numbers and "archived" do.
_WHICH_SQL = {
    "all": "archived = 0",
    "archived": "archived = 1",
    "liked": "archived = 0 AND liked = 1",
    "unliked": "archived = 0 AND liked = 0",
    "selected": "archived = 0 AND selected = 1",
    "odd": "archived = 0 AND idx % 2 = 1",   # "like the odd-numbered ones"
    "even": "archived = 0 AND idx % 2 = 0",
}


class SelectionArgs(BaseModel):
    items: list[int | str] = Field(
        default_factory=list, description="Generation numbers in the session (1, 2, 3 …) or ids"
    )
    which: Which | None = Field(
        None, description="Instead of (or besides) numbers: all, liked, unliked, selected, archived, odd or even"
    )
    session: str | None = Field(None, description="Session name or id; the current one if omitted")
    all_sessions: bool = Field(
        False, description="With which=liked: the Liked Generations collection across every session"
    )
    exclude: list[int | str] = Field(
        default_factory=list, description="Generation numbers or ids to leave out (\"all but 3\")"
    )
    exclude_first: int = Field(0, ge=0, le=10_000, description="Leave out the first N chosen (\"all but the first\")")
    exclude_last: int = Field(0, ge=0, le=10_000, description="Leave out the last N chosen (\"all but the last two\")")
    only_first: int = Field(0, ge=0, le=10_000, description="Keep only the first N chosen (\"the first five liked\")")
    only_last: int = Field(0, ge=0, le=10_000, description="Keep only the last N chosen (\"the last two selected\")")
    every: int = Field(0, ge=0, le=10_000, description="Keep only every Nth by number (\"every third one\": #3, #6, #9 …)")
    count_said: int | None = Field(None, ge=1, le=10_000,
                                   description="How many the user said there are (\"the three liked ones\"); another number is refused")
    ask_first: bool = Field(False, description="Ask before changing anything, whatever the count (\"… but ask me first\"); "
                                               "only tools registered with asks_first honour it")


def select_generations(ctx: Context, args: SelectionArgs) -> tuple[dict | None, list[dict]]:
    """Resolve a selection to (session row or None, generation rows in display order)."""
    session, rows = _select(ctx, args)
    if args.count_said is not None and len(rows) != args.count_said:
        # "the three liked ones" when four are liked: the person counted on three, so which three is asked
        kind = f" {args.which}" if args.which else ""
        raise InvalidInput(f"you said {args.count_said}{kind}, but {len(rows)} {'is' if len(rows) == 1 else 'are'} chosen: "
                           "say which, by number")
    return session, rows


def _select(ctx: Context, args: SelectionArgs) -> tuple[dict | None, list[dict]]:
    if not args.items and args.which is None:
        raise InvalidInput("say which generations: numbers like 1, 2 and 5, or all / liked / selected")
    if args.all_sessions:
        if args.items or args.which != "liked":
            raise InvalidInput("across all sessions only the liked collection can be chosen")
        rows = liked_rows(ctx)
        if not rows:
            raise NotFound("there are no liked generations yet")
        return None, _without(rows, _excluded_ids(ctx, None, args.exclude))
    needs_session = args.which is not None or any(is_number(i) for i in args.items)
    session = resolve_session(ctx, args.session) if needs_session or args.session else None
    rows = resolve_generations(ctx, session, args.items) if args.items else []
    if args.which is not None:
        more = ctx.store.query(
            f"SELECT * FROM generations WHERE session_id = ? AND {_WHICH_SQL[args.which]} ORDER BY idx",
            [session["id"]],
        )
        if not more and not rows:
            raise NotFound(f"session '{session['name']}' has no {args.which} generations")
        seen = {r["id"] for r in rows}
        rows += [r for r in more if r["id"] not in seen]
    if args.exclude_first or args.exclude_last:  # "all but the last one": by position among those chosen
        ends = {r["id"] for r in rows[:args.exclude_first]} | {r["id"] for r in rows[len(rows) - args.exclude_last:]
                                                              if args.exclude_last}
        return session, _only_ends(_without(rows, ends | _excluded_ids(ctx, session, args.exclude)), args)
    return session, _only_ends(_without(rows, _excluded_ids(ctx, session, args.exclude)), args)


def _only_ends(rows: list[dict], args: SelectionArgs) -> list[dict]:
    """"The first five liked": the first/last N of those chosen, in display order. Fewer than N is an
    error, not a quiet smaller set — the person counted on N. ("Every third one" keeps #3, #6, #9 … first.)"""
    if args.every > 1:
        rows = [r for r in rows if r["idx"] is not None and r["idx"] % args.every == 0]
        if not rows:
            raise InvalidInput(f"no generation chosen has a number that is a multiple of {args.every}")
    if not (args.only_first or args.only_last):
        return rows
    wanted = args.only_first + args.only_last
    if wanted > len(rows):
        said = " and ".join(f"the {end} {n}" for end, n in (("first", args.only_first), ("last", args.only_last)) if n)
        raise InvalidInput(f"{said} asks for {wanted}, but only {len(rows)} "
                           f"generation{' is' if len(rows) == 1 else 's are'} chosen: say which, by number")
    return rows[:args.only_first] + (rows[len(rows) - args.only_last:] if args.only_last else [])


def _excluded_ids(ctx: Context, session: dict | None, exclude: list[int | str]) -> set[str]:
    """The ids "all but …" leaves out, read exactly as a selection is: an entry that names nothing
    is an error, never silently dropped (that would act on the very item the person excluded)."""
    if not exclude:
        return set()
    exclude = [x.strip().removeprefix("#").strip() if isinstance(x, str) else x for x in exclude]
    if session is None and any(is_number(x) for x in exclude):
        raise InvalidInput("numbers belong to one session: to leave items out of the whole liked "
                           "collection, name a session or use their ids")
    return {row["id"] for row in resolve_generations(ctx, session, exclude)}


def _without(rows: list[dict], excluded: set[str]) -> list[dict]:
    if not excluded:
        return rows
    rows = [r for r in rows if r["id"] not in excluded]
    if not rows:
        raise InvalidInput("that leaves no generations: everything chosen is also excluded")
    return rows


def confirm_bulk(ctx: Context, args: SelectionArgs) -> str | None:
    """Ask before changing more than the bulk threshold of generations at once (or any, when asked to ask)."""
    return bulk_question(ctx, select_generations(ctx, args)[1], ask_first=args.ask_first)


def bulk_question(ctx: Context, rows: list[dict], *, ask_first: bool = False) -> str | None:
    """The bulk-change question for generations already chosen, or None under the threshold."""
    if len(rows) > ctx.settings.confirm_items_above:
        return f"This changes {len(rows)} generations at once. Go ahead?"
    return f"This changes {describe(rows)}. Go ahead?" if ask_first and rows else None


def liked_rows(ctx: Context, *, include_archived: bool = False, limit: int | None = None) -> list[dict]:
    """The Liked Generations collection: newest like first, archived sessions hidden by default."""
    hidden = "" if include_archived else (
        " AND g.archived = 0 AND (s.status IS NULL OR s.status = 'active')"
    )
    sql = ("SELECT g.* FROM generations g LEFT JOIN sessions s ON s.id = g.session_id "
           f"WHERE g.workspace_id = ? AND g.liked = 1{hidden} ORDER BY g.liked_at DESC, g.id")
    if limit:
        sql += f" LIMIT {int(limit)}"
    return ctx.store.query(sql, [ctx.workspace_id])


def describe(rows: list[dict]) -> str:
    """'#2, #5 and #7' — how people refer to generations."""
    labels = [f"#{r['idx']}" if r["idx"] is not None else r["id"] for r in rows]
    if len(labels) > 12:
        return f"{len(labels)} generations"
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
