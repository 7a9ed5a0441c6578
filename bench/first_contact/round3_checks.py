"""Checks for round 3 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only,
before the planner was run on the set and without reading the planner).

The 216 cases live outside the project (written by someone who never saw the code); only their ids
are here. ``meant`` says whether the outcome is what the person meant; ``wrong`` names outcomes the
case's ``wrong_if`` calls out. The judge scores any data change without ``meant`` as wrong anyway.

Session names are compared without regard to case: the setup says "start a session for summer
launch", and "summer launch" or "Summer Launch" are the same session to the person. Where a case asks
about something a fresh home does not hold (a project, a post, a brief), a clear "there is none" is
what was meant. Where the state export cannot show an effect (a session brief, references, a zip),
the check reads the tool calls that ran instead. Where ``meant`` is "asks first" (deleting, big
batches, reflections) and no answer follows in ``say``, a waiting confirmation for the right tool is
what was meant. Undo cases are judged on the final state: the first line's effect is gone, and
nothing else moved.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings shared by many cases ---------------------------------------------------------

SUMMER, WINTER = "summer launch", "winter sale"
NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|empty|nothing"
MISSING = r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find|could not find"
CANT_UNDO = r"can(?:no|')t be undone|cannot undo|can't undo|not be undone|cannot be restored|can't restore|no undo|unable"
UNLIKED_OF_SUMMER = {1, 3, 4, 6, 8, 9, 10}


def _low(name: str | None) -> str:
    return (name or "").strip().lower()


def sids(o: Outcome, name: str, when: str = "after") -> set[str]:
    state = o.after if when == "after" else o.before
    return {s["id"] for s in state["sessions"] if _low(s["name"]) == _low(name)}


def sess(o: Outcome, name: str) -> dict | None:
    return next((s for s in o.after["sessions"] if _low(s["name"]) == _low(name)), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    state = o.after if when == "after" else o.before
    ids = sids(o, name, when)
    return [g for g in state["generations"] if g["session_id"] in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict:
    return next((g for g in gens(o, name, when) if g["index"] == index), {})


def liked_in(o: Outcome, name: str = SUMMER) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str = SUMMER) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def index_of(o: Outcome) -> dict[str, tuple[str, int]]:
    """generation id -> (lower-cased session name, index) after the say lines."""
    names = {s["id"]: _low(s["name"]) for s in o.after["sessions"]}
    return {g["id"]: (names.get(g["session_id"]), g["index"]) for g in o.after["generations"]}


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (prompt matching ``prompt``)."""
    ids = sids(o, name)
    new = o.added("generations")
    mine = [g for g in new if g["session_id"] in ids]
    if len(mine) != count or len(new) != count:
        return []
    if prompt and not all(re.search(prompt, g["prompt"] or "", re.IGNORECASE) for g in mine):
        return []
    return mine


def indexes(rows: list[dict]) -> set[int]:
    return {g["index"] for g in rows}


def saved_from(o: Outcome, name: str = SUMMER) -> set[int]:
    where = index_of(o)
    return {where[a["origin_generation_id"]][1] for a in o.added("assets")
            if a["origin_generation_id"] in where and where[a["origin_generation_id"]][0] == _low(name)}


def saved_all(o: Outcome) -> set[tuple[str, int]]:
    where = index_of(o)
    return {where.get(a["origin_generation_id"]) for a in o.added("assets")}


def saved(o: Outcome, expected: set[int], folder: str | None = None, name: str = SUMMER) -> bool:
    """The new assets are exactly ``expected`` of ``name`` (in ``folder``), one each."""
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(a["folder"] == folder for a in new)) and not o.removed("generations")


def liked_only(o: Outcome, expected: set[int], name: str = SUMMER) -> bool:
    return liked_in(o, name) == expected and not o.added("generations") and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["name"]) for b, a in o.modified("sessions", "name")]


def new_sess(o: Outcome, *names: str) -> bool:
    """Exactly one new session, named one of ``names`` (any case), current, with no generations."""
    new = o.added("sessions")
    wanted = {_low(n) for n in names}
    return len(new) == 1 and _low(new[0]["name"]) in wanted and _low(o.current) in wanted \
        and not o.added("generations") and not o.modified("sessions") and nothing_removed(o)


def one_new_session(o: Outcome) -> dict | None:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else None


def newly_liked(o: Outcome) -> set[int]:
    return {g["index"] for g in o.newly("liked", True)}


def ran_tool(o: Outcome, pattern: str) -> bool:
    """A call whose tool name matches ``pattern`` ran without error."""
    position, found = 0, False
    for called, _ in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2] and re.search(pattern, called):
                found = True
            position += 1
    return found


def ran_args(o: Outcome, pattern: str) -> list[dict]:
    """Args of calls that ran without error whose tool name matches ``pattern``."""
    out, position = [], 0
    for called, args in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2] and re.search(pattern, called):
                out.append(args)
            position += 1
    return out


def ran_with(o: Outcome, *texts: str, tool: str | None = None) -> bool:
    """One call that ran without error carries every text in its arguments."""
    return any(all(t.lower() in str(a).lower() for t in texts) for a in o.ran(tool))


def called_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n) for n in o.names())


def asks(o: Outcome, tool: str = r".") -> bool:
    """A confirmation is waiting, nothing changed yet, and a call of ``tool`` is what it is about."""
    return quiet(o) and o.question is not None and called_like(o, tool)


def asks_or_refuses(o: Outcome, tool: str = r".") -> bool:
    return asks(o, tool) or refuses(o)


def sized(o: Outcome, size: str) -> bool:
    width, height = size.split("x")
    return any(size in str(a) or (str(a.get("width")) == width and str(a.get("height")) == height)
               for a in o.called("generate"))


def remixed(o: Outcome, parent: int, count: int, name: str = SUMMER, words: str = r".") -> list[dict]:
    """Exactly ``count`` new generations, each a child of ``parent`` in ``name``, prompts with ``words``."""
    where = index_of(o)
    new = o.added("generations")
    good = [g for g in new if where.get(g["parent_id"]) == (_low(name), parent)
            and re.search(words, g["prompt"] or "", re.IGNORECASE)]
    return good if len(new) == count and len(good) == count else []


def post_items(o: Outcome, post: dict) -> set[tuple[str, int]]:
    where = index_of(o)
    assets = {a["id"]: a for a in o.after["assets"]}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post["asset_ids"]}


def one_post(o: Outcome, caption: str, items: set[int], name: str = SUMMER, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and posts[0]["caption"] == caption \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def assets_now(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.after["assets"] if a["folder"] == folder]


def says_low(o: Outcome, first: str, second: str) -> bool:
    """``first`` appears in the text, and before ``second`` when both do."""
    text = o.text.lower()
    a, b = text.find(first.lower()), text.find(second.lower())
    return a >= 0 and (b < 0 or a < b)


def last_reply(o: Outcome) -> str:
    return o.replies[-1] if o.replies else ""


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g["prompt"] or "", re.IGNORECASE) for g in o.added("generations"))


def undone(o: Outcome, tool: str) -> bool:
    """The first line's tool ran, and at the end nothing is different from before the say lines."""
    return ran_tool(o, tool) and not o.data_changed


# -- sessions and names ----------------------------------------------------------------------------

case("r3-001", lambda o: new_sess(o, "autumn campaign", "the autumn campaign"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)
case("r3-002", lambda o: new_sess(o, "neon"),
     lambda o: gens_added(o) or any("session" in _low(s["name"]) for s in o.added("sessions")))
case("r3-003", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "moth studies"
     and bool(made(o, "Moth Studies", 4, r"moth.*bark|bark.*moth")) and o.spent == 4,
     lambda o: any(re.search(r"make|moths", s["name"] or "", re.I) for s in o.added("sessions"))
     or (gens_added(o) and not made(o, "Moth Studies", len(o.added("generations")))))
case("r3-004", lambda o: new_sess(o, "Sakura Festival 2026"), lambda o: gens_added(o))
case("r3-005", lambda o: new_sess(o, "halloween posters"), lambda o: gens_added(o))
case("r3-006", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "drop 2"
     and bool(made(o, "Drop 2", 5, r"knitwear")),
     lambda o: len(o.added("generations")) == 2 or any(re.search(r"make|looks", s["name"] or "", re.I)
                                                        for s in o.added("sessions")))
case("r3-007", lambda o: new_sess(o, "Salt and Pepper", '"Salt and Pepper"'),
     lambda o: len(o.added("sessions")) > 1 or gens_added(o))
case("r3-008", lambda o: new_sess(o, "rock and roll posters"),
     lambda o: len(o.added("sessions")) > 1 or gens_added(o))
case("r3-009", lambda o: new_sess(o, "Tom's picks", "Tom’s picks"),
     lambda o: gens_added(o) or any(_low(s["name"]) == "tom" for s in o.added("sessions")))
case("r3-010", lambda o: renamed(o) == [(SUMMER, "Summer Launch — final")] and not o.added("sessions")
     and not o.modified("generations") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or bool(o.modified("generations")) or gens_added(o)
     or any("could" in _low(n) for _, n in renamed(o)))
case("r3-011", lambda o: renamed(o) == [(SUMMER, "SL-26")] and not o.added("sessions") and not gens_added(o),
     lambda o: gens_added(o) or bool(o.added("sessions")) or bool(o.modified("generations")))
case("r3-012", lambda o: not o.added("sessions") and indexes(made(o, SUMMER, 2)) == {11, 12} and not gens(o, WINTER),
     lambda o: bool(o.added("sessions")) or bool(gens(o, WINTER)))
case("r3-013", lambda o: not o.added("sessions") and bool(made(o, SUMMER, 3)),
     lambda o: bool(o.added("sessions")) or bool(gens(o, WINTER)))
case("r3-014", lambda o: (s := one_new_session(o)) is not None and re.search(r"q3 offsite deck", _low(s["name"])) is not None
     and not re.search(r"@atelier|spin|pls", _low(s["name"])) and not gens_added(o),
     lambda o: gens_added(o) or any("@atelier" in _low(s["name"]) for s in o.added("sessions")))
case("r3-015", lambda o: answers(o, r"summer launch", r"winter sale"), lambda o: gens_added(o))
case("r3-016", lambda o: len(o.added("sessions")) == 1 and not gens_added(o) and not o.modified("sessions"),
     lambda o: gens_added(o))
case("r3-017", lambda o: (s := one_new_session(o)) is not None and "studio portraits" in _low(s["name"])
     and bool(made(o, s["name"], 3, r"rust")) and len(gens(o, SUMMER)) == 4,
     lambda o: len(o.added("generations")) > 3 or any(g["session_id"] in sids(o, SUMMER) for g in o.added("generations")))

# -- generating and repeats ------------------------------------------------------------------------

case("r3-018", lambda o: bool(made(o, SUMMER, 4, r"lighthouse.*storm")) and o.spent == 4 and not o.added("sessions"),
     lambda o: (gens_added(o) and len(o.added("generations")) != 4) or prompt_has(o, r"^\s*(make|4)\b")
     or bool(o.added("sessions")))
case("r3-019", lambda o: bool(made(o, SUMMER, 6, r"brutalist tower at dusk")) and o.spent == 6,
     lambda o: prompt_has(o, r"^\s*again\s*$") or len(o.added("generations")) > 6)
case("r3-020", lambda o: bool(made(o, SUMMER, 5, r"ink wash heron")),
     lambda o: prompt_has(o, r"3 more") or bool(o.modified("generations", "liked")))
case("r3-021", lambda o: bool(m := made(o, SUMMER, 2, r"red fox in snow"))
     and {g["index"]: g["seed"] for g in m} == {1: 42, 2: 7},
     lambda o: len(o.added("generations")) > 2 or prompt_has(o, r"same but"))
case("r3-022", lambda o: bool(made(o, SUMMER, 6, r"cat.*sleep.*book|cat.*book")),
     lambda o: gens_added(o) and len(o.added("generations")) != 6 or prompt_has(o, r"^\s*(please|6)\b"))
case("r3-023", lambda o: bool(made(o, SUMMER, 5, r"sunflower")),
     lambda o: gens_added(o) and len(o.added("generations")) != 5)
case("r3-024", lambda o: asks(o, r"generate") and called_like(o, r"generate") and "30" in str(o.called("generate")),
     lambda o: gens_added(o))
case("r3-025", lambda o: refuses(o, r"-5|negative|at least|positive|between|whole number|\b1\b"),
     lambda o: gens_added(o) or o.spent != 0)
case("r3-026", lambda o: refuses(o, r"seed|range|too (large|big)|between|9223372036854775807"),
     lambda o: gens_added(o) or o.spent != 0)
case("r3-027", lambda o: refuses(o, r"\b0\b|zero|at least|positive|between|how many|\b1\b"),
     lambda o: gens_added(o) or o.spent != 0)
case("r3-028", lambda o: refuses(o, r"100|at most|maximum|too many|between|limit"),
     lambda o: len(o.added("generations")) == 500 or (gens_added(o) and not o.says(r"100")))
case("r3-029", lambda o: bool(made(o, SUMMER, 4, r"isometric city")) and sized(o, "1024x768"),
     lambda o: len(o.added("generations")) > 4)
case("r3-030", lambda o: indexes(made(o, SUMMER, 2, r"(?=.*(misty|forest))(?=.*night)")) == {5, 6}
     and not o.modified("generations"),
     lambda o: (gens_added(o) and not prompt_has(o, r"forest|misty")) or bool(o.modified("generations")))
case("r3-031", lambda o: indexes(remixed(o, 3, 1)) == {5} and not o.modified("generations"),
     lambda o: len(o.added("generations")) == 3 and not any(g["parent_id"] for g in o.added("generations")))
case("r3-032", lambda o: indexes(remixed(o, 2, 3)) == {5, 6, 7} and not o.modified("generations"),
     lambda o: len(o.added("generations")) == 2)
case("r3-033", lambda o: bool(m := made(o, SUMMER, 1, re.escape(gen(o, SUMMER, 3).get("prompt") or "misty forest")))
     and m[0]["seed"] == 99 and not o.modified("generations"),
     lambda o: len(o.added("generations")) in (3, 99) or prompt_has(o, r"trouble|could you"))
case("r3-034", lambda o: bool(made(o, SUMMER, 4, r"terracotta tile")) and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or prompt_has(o, r"@atelier") or (gens_added(o) and len(o.added("generations")) != 4))
case("r3-035", lambda o: indexes(m := made(o, SUMMER, 10)) == set(range(11, 21))
     and all("blurry" in (g["negative_prompt"] or "") and "text" in (g["negative_prompt"] or "")
             and "blurry" not in (g["prompt"] or "") for g in m),
     lambda o: prompt_has(o, r"blurry") or (gens_added(o) and len(o.added("generations")) != 10))
case("r3-036", lambda o: bool(m := made(o, "teaser clips", 2, r"wave")) and all(g["media_type"] == "video" for g in m))
case("r3-037", lambda o: bool(new := o.added("generations")) and all(g["session_id"] in sids(o, SUMMER) for g in new)
     and all(re.search(r"(?=.*(misty|forest))(?=.*blue)", g["prompt"] or "", re.I) for g in new)
     and not o.modified("generations"),
     lambda o: (gens_added(o) and not prompt_has(o, r"forest|misty")) or bool(o.modified("generations")))
case("r3-038", lambda o: bool(made(o, SUMMER, 3, r"dog")) and not prompt_has(o, r"\bcats?\b|wait"),
     lambda o: prompt_has(o, r"no wait|\bcats?\b"))
case("r3-039", lambda o: liked_in(o) == {2, 5, 7} and indexes(made(o, SUMMER, 3)) == {11, 12, 13},
     lambda o: bool(liked_in(o) - {2, 5, 7}))

# -- likes, ranges, exclusions, pronouns -----------------------------------------------------------

case("r3-040", lambda o: liked_only(o, {2, 5, 7}), lambda o: bool(liked_in(o) - {2, 5, 7}) or gens_added(o))
case("r3-041", lambda o: liked_only(o, set(range(1, 9))), lambda o: bool({9, 10} & liked_in(o)))
case("r3-042", lambda o: liked_only(o, set(range(1, 10))), lambda o: 10 in liked_in(o))
case("r3-043", lambda o: liked_only(o, {3, 4, 5, 6}), lambda o: liked_in(o) == {3, 6} or bool(liked_in(o) - {3, 4, 5, 6}))
case("r3-044", lambda o: liked_only(o, {1, 2, 3, 4, 9}), lambda o: bool(liked_in(o) - {1, 2, 3, 4, 9}))
case("r3-045", lambda o: liked_only(o, {1, 2, 4, 5, 6, 7, 8, 9, 10}), lambda o: 3 in liked_in(o))
case("r3-046", lambda o: liked_only(o, {2, 7}), lambda o: not {2, 7} <= liked_in(o))
case("r3-047", lambda o: liked_only(o, set()),
     lambda o: bool(o.modified("generations", "archived")) or not nothing_removed(o) or bool(newly_liked(o)))
case("r3-048", lambda o: liked_only(o, set()) and ran_tool(o, r"like"),
     lambda o: bool(liked_in(o) - {4, 8}) or bool({g["index"] for _, g in o.modified("generations")} - {4, 8}))
case("r3-049", lambda o: liked_only(o, {1, 2, 3, 10}), lambda o: bool(liked_in(o) - {1, 2, 3, 10}))
case("r3-050", lambda o: liked_only(o, {2, 4, 6, 8, 10}), lambda o: bool(liked_in(o) & {1, 3, 5, 7, 9}))
case("r3-051", lambda o: liked_only(o, {3, 6}), lambda o: gens_added(o) or bool(liked_in(o) - {3, 6}))
case("r3-052", lambda o: liked_only(o, {4, 9}), lambda o: gens_added(o) or bool(liked_in(o) - {4, 9}))
case("r3-053", lambda o: liked_only(o, {6}), lambda o: gens_added(o) or bool(liked_in(o) - {6}))
case("r3-054", lambda o: liked_only(o, {8, 9, 10}), lambda o: bool(liked_in(o) & {1, 2, 3}))
case("r3-055", lambda o: refuses(o, r"11|only|\b10\b|not exist|no generation|doesn't|no such"),
     lambda o: bool(newly_liked(o)) or gens_added(o))
case("r3-056", lambda o: refuses(o), lambda o: bool({g["index"] for _, g in o.modified("generations")} - {2}))
case("r3-057", lambda o: archived_in(o) == UNLIKED_OF_SUMMER and liked_in(o) == {2, 5, 7} and sessions_active(o)
     and nothing_removed(o),
     lambda o: bool(archived_in(o) & {2, 5, 7}) or not nothing_removed(o) or not sessions_active(o))
case("r3-058", lambda o: archived_in(o) == UNLIKED_OF_SUMMER and liked_in(o) == {2, 5, 7} and sessions_active(o)
     and nothing_removed(o),
     lambda o: bool(archived_in(o) & {2, 5, 7}) or not nothing_removed(o))
case("r3-059", lambda o: saved(o, {2, 4, 5, 7, 8}), lambda o: bool(saved_from(o) - {2, 4, 5, 7, 8}))
case("r3-060", lambda o: saved(o, {2, 5}, "Picks"), lambda o: bool(saved_from(o) - {2, 5}))
case("r3-061", lambda o: quiet(o) and not_lost(o), lambda o: gens_added(o))
case("r3-062", lambda o: saved(o, {2, 5, 7}), lambda o: bool(saved_from(o) - {2, 5, 7}))
case("r3-063", lambda o: archived_in(o) == UNLIKED_OF_SUMMER and liked_in(o) == {2, 5, 7} and nothing_removed(o)
     and sessions_active(o),
     lambda o: bool(archived_in(o) & {2, 5, 7}) or not nothing_removed(o))
case("r3-064", lambda o: liked_in(o) == {2, 3} and saved(o, {2, 3}, "Picks"),
     lambda o: bool(saved_from(o) - {2, 3}) or any("them" in _low(a["folder"]) for a in o.added("assets")))
case("r3-065", lambda o: liked_in(o) == {8} and saved(o, {8}, "Launch"),
     lambda o: bool(saved_from(o) - {8}) or any(re.search(r"folder|the ", _low(a["folder"])) for a in o.added("assets")))
case("r3-066", lambda o: indexes(remixed(o, 4, 1)) == {11} and not o.modified("generations"),
     lambda o: len(o.added("generations")) == 4)
case("r3-067", lambda o: undone(o, r"archive"),
     lambda o: not nothing_removed(o) or bool(o.modified("generations", "liked")))
case("r3-068", lambda o: saved_all(o) == {(SUMMER, 2), (SUMMER, 5), (SUMMER, 7), (WINTER, 1), (WINTER, 3)}
     and len(o.added("assets")) == 5 and all(a["folder"] == "Best Of" for a in o.added("assets")),
     lambda o: bool(saved_all(o) - {(SUMMER, 2), (SUMMER, 5), (SUMMER, 7), (WINTER, 1), (WINTER, 3)}))
case("r3-069", lambda o: saved(o, set(range(2, 10)), "Keepers"), lambda o: bool({1, 10} & saved_from(o)))
case("r3-070", lambda o: saved(o, {2, 5, 7}, "Launch"),
     lambda o: bool(saved_from(o) - {2, 5, 7}) or any("plz" in _low(a["folder"]) for a in o.added("assets")))
case("r3-071", lambda o: saved(o, {2, 5, 7}, "Favoritos"), lambda o: bool(saved_from(o) - {2, 5, 7}) or gens_added(o))

# -- library: folders, tags, projects --------------------------------------------------------------

case("r3-072", lambda o: saved(o, {2, 5, 7}, "Launch"), lambda o: bool(saved_from(o) - {2, 5, 7}) or gens_added(o))
case("r3-073", lambda o: saved(o, {2, 5, 7}, "2026 Picks"),
     lambda o: gens_added(o) or any(a["folder"] in ("Picks", "2026") for a in o.added("assets")))
case("r3-074", lambda o: saved(o, {1, 3}, "Black and White"),
     lambda o: any(a["folder"] in ("Black", "White") for a in o.after["assets"]) or bool(saved_from(o) - {1, 3}))


def _launch_tags(o: Outcome, *tags: str) -> bool:
    launch = assets_now(o, "Launch")
    return len(launch) == 3 and all(set(tags) <= set(a["tags"] or []) for a in launch) and not o.added("assets") \
        and nothing_removed(o)


case("r3-075", lambda o: _launch_tags(o, "hero"),
     lambda o: not nothing_removed(o) or bool(o.modified("assets", "folder"))
     or any("Launch" in (a["tags"] or []) for a in o.after["assets"]))
case("r3-076", lambda o: len(o.after["assets"]) == 3 and all(a["project"] == "Summer 26" for a in o.after["assets"])
     and not o.added("assets") and not o.modified("assets", "folder"),
     lambda o: gens_added(o) or bool(o.modified("assets", "folder")))
case("r3-077", lambda o: saved(o, {4}) and sorted(o.added("assets")[0]["tags"] or []) == ["beach", "sunset"],
     lambda o: len(o.added("assets")) > 1)
case("r3-078", lambda o: answers(o, r"Launch"), lambda o: gens_added(o))
case("r3-079", lambda o: _launch_tags(o, "summer", "hero") and o.says(r"summer") and o.says(r"hero"),
     lambda o: any("summer and hero" in (a["tags"] or []) for a in o.after["assets"]))
case("r3-080", lambda o: [p["name"] for p in o.added("projects")] == ["Brand Refresh"] and not o.added("sessions")
     and not gens_added(o),
     lambda o: any(s["name"] == "Brand Refresh" for s in o.added("sessions")) or gens_added(o))
case("r3-081", lambda o: len(assets_now(o, "Launch Final")) == 3 and not assets_now(o, "Launch") and not o.added("assets")
     and nothing_removed(o),
     lambda o: bool(renamed(o)) or bool(o.removed("assets")))
case("r3-082", lambda o: saved_from(o) == {6, 9} and len(o.added("assets")) == 2
     and all(_low(a["folder"]) == "portfolio" for a in o.added("assets")),
     lambda o: bool(o.modified("generations", "archived")) or any("my portfolio" in _low(a["folder"]) for a in o.added("assets")))
case("r3-083", lambda o: answers(o, r"Launch|asset|library"), lambda o: gens_added(o))
case("r3-084", lambda o: len(assets_now(o, "Launch")) == 3 and all(a["project"] == "Website 2.0" for a in assets_now(o, "Launch"))
     and not o.added("assets"),
     lambda o: gens_added(o) or any(a["project"] in ("Website 2", "0") for a in o.after["assets"]))
case("r3-085", lambda o: refuses(o), lambda o: not nothing_removed(o) or bool(o.modified("assets")))
case("r3-086", lambda o: len(assets_now(o, "Client Review")) == 3 and not assets_now(o, "Launch") and not o.added("assets")
     and nothing_removed(o),
     lambda o: bool(o.added("assets")) or bool(o.modified("sessions")))
case("r3-087", lambda o: [(_low(b["name"]), a["project"]) for b, a in o.modified("sessions", "project")] == [(SUMMER, "Summer 26")]
     and not renamed(o) and not gens_added(o),
     lambda o: gens_added(o) or bool(renamed(o)))

# -- questions about stored facts ------------------------------------------------------------------

case("r3-088", lambda o: answers(o, re.escape(gen(o, SUMMER, 3).get("prompt") or "misty forest")), lambda o: gens_added(o))
case("r3-089", lambda o: answers(o, r"\b42\b"), lambda o: gens_added(o))
case("r3-090", lambda o: answers(o, re.escape(gen(o, SUMMER, 3).get("prompt") or "misty forest"),
                                 rf"\b{gen(o, SUMMER, 3).get('seed')}\b", re.escape(str(gen(o, SUMMER, 3).get("model")))),
     lambda o: gens_added(o))
case("r3-091", lambda o: answers(o, r"\b10\b|\bten\b"), lambda o: gens_added(o))
case("r3-092", lambda o: answers(o, r"summer launch", r"#2\b|generation 2\b|number 2\b|\b2\b"), lambda o: gens_added(o))
case("r3-093", lambda o: answers(o) and says_low(o, WINTER, SUMMER), lambda o: bool(o.added("sessions")))
case("r3-094", lambda o: answers(o, r"winter sale") and _low(o.current) == WINTER, lambda o: bool(o.added("sessions")))
case("r3-095", lambda o: answers(o, r"\b2\b|\btwo\b"))
case("r3-096", lambda o: answers(o, r"\b5\b|\bfive\b"))
case("r3-097", lambda o: answers(o, r"\b490\b"))
case("r3-098", lambda o: answers(o, r"\b10\b", r"\b5\b", r"hold|held|captur|spent|generat|job"), lambda o: gens_added(o))
case("r3-099", lambda o: answers(o, NONE + r"|project"),
     lambda o: bool(o.added("projects")) or bool(o.added("sessions")))
case("r3-100", lambda o: answers(o, re.escape(str(gen(o, SUMMER, 2).get("model")))), lambda o: gens_added(o))
case("r3-101", lambda o: answers(o, r"#?2\b", r"#?5\b", r"#?7\b"))
case("r3-102", lambda o: answers(o, re.escape(gen(o, SUMMER, 7).get("prompt") or "\u0000")), lambda o: gens_added(o))
case("r3-103", lambda o: answers(o, r"\b490\b"))
case("r3-104", lambda o: answers(o, r"yes|saved|Launch"), lambda o: bool(o.added("assets")))
case("r3-105", lambda o: answers(o, r"\b3\b|three"))
case("r3-106", lambda o: answers(o, NONE), lambda o: gens_added(o))
case("r3-107", lambda o: answers(o, rf"\b{gen(o, SUMMER, 10).get('seed')}\b"), lambda o: gens_added(o))
case("r3-108", lambda o: indexes(remixed(o, 2, 1)) == {5} and re.search(r"#?2\b", last_reply(o)) is not None
     and re.search(r"remix|parent|from|variation", last_reply(o), re.I) is not None,
     lambda o: len(o.added("generations")) > 1)
case("r3-109", lambda o: answers(o, r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|just now"))
case("r3-110", lambda o: answers(o, r"summer launch"))
case("r3-111", lambda o: answers(o, r"\b10\b"))
case("r3-112", lambda o: quiet(o) and not_lost(o))
case("r3-113", lambda o: answers(o, r"summer launch"), lambda o: gens_added(o))
case("r3-114", lambda o: answers(o, re.escape(str(gen(o, SUMMER, 1).get("model")))))

# -- undo ------------------------------------------------------------------------------------------

case("r3-115", lambda o: undone(o, r"like"), lambda o: gens_added(o) or bool(liked_in(o) - {3}))
case("r3-116", lambda o: undone(o, r"archive"),
     lambda o: not nothing_removed(o) or bool(o.modified("generations", "liked")))
case("r3-117", lambda o: undone(o, r"rename"), lambda o: not nothing_removed(o) or bool(o.modified("generations")))
case("r3-118", lambda o: ran_tool(o, r"save") and not o.added("assets") and not gen(o, SUMMER, 2).get("saved_asset_id")
     and nothing_removed(o) and not o.modified("generations"),
     lambda o: bool(o.removed("generations")) or bool({g["index"] for _, g in o.modified("generations")} - {2}))
case("r3-119", lambda o: refuses(o, r"nothing to undo|nothing|no .*undo|not .*changed"),
     lambda o: any(o.added(t) for t in ("sessions", "generations", "assets", "posts", "projects", "folders")))
case("r3-120", lambda o: liked_only(o, {1, 2, 3}), lambda o: not {1, 3} <= liked_in(o))
case("r3-121", lambda o: undone(o, r"archive"),
     lambda o: liked_in(o) != {2, 5, 7} or not nothing_removed(o))
case("r3-122", lambda o: (not gens_added(o) and called_like(o, r"generate") and nothing_removed(o))
     or (len(made(o, SUMMER, 3, r"canyon")) == 3 and o.says(CANT_UNDO + r"|undo")),
     lambda o: len(o.added("generations")) > 3 or bool(o.removed("sessions")))
case("r3-123", lambda o: undone(o, r"tag"),
     lambda o: bool(o.removed("assets")) or bool(o.modified("generations", "liked")) or bool(o.modified("generations", "saved_asset_id")))
case("r3-124", lambda o: undone(o, r"like"), lambda o: gens_added(o))


def _deleted_then_undo(o: Outcome) -> bool:
    summer_same = len(gens(o, SUMMER)) == 10 and not o.modified("generations") and not o.added("generations")
    gone = [_low(s["name"]) for s in o.removed("sessions")] == [WINTER] and len(o.removed("generations")) == 2 \
        and o.says(CANT_UNDO)
    back = sess(o, WINTER) is not None and len(gens(o, WINTER)) == 2 and called_like(o, r"delete")
    return summer_same and (gone or back)


case("r3-125", _deleted_then_undo,
     lambda o: any(_low(s["name"]) == SUMMER for s in o.removed("sessions")) or gens_added(o)
     or bool(o.removed("assets")))
case("r3-126", lambda o: undone(o, r"like"),
     lambda o: bool({g["index"] for _, g in o.modified("generations")} - {6, 7}) or gens_added(o))
case("r3-127", lambda o: undone(o, r"like"), lambda o: gens_added(o) or prompt_has(o, r"nvm|undo"))

# -- briefs and references -------------------------------------------------------------------------

REF = r"ref|brief"
case("r3-128", lambda o: not gens_added(o) and not o.added("assets") and not o.added("sessions")
     and (any("ref.jpg" in str(a) for a in ran_args(o, REF)) or refuses(o, MISSING)),
     lambda o: gens_added(o) or bool(o.added("assets")) or bool(o.added("sessions")))
case("r3-129", lambda o: quiet(o) and any(re.search(r"\b4\b", str(a)) for a in ran_args(o, REF))
     and re.search(r"#?4\b|generation 4", last_reply(o)) is not None,
     lambda o: gens_added(o))
case("r3-130", lambda o: ran_with(o, "warm pastel beach scenes, no people, brand orange #FF7A00") and not gens_added(o)
     and nothing_removed(o) and not o.modified("generations"),
     lambda o: gens_added(o) or bool(o.modified("generations")))


def _refs_3_not_8(o: Outcome) -> bool:
    refs = ran_args(o, REF)
    added = any(re.search(r"\b3\b", str(a)) and re.search(r"\b8\b", str(a)) for a in refs) \
        or (any(re.search(r"\b3\b", str(a)) for a in refs) and any(re.search(r"\b8\b", str(a)) for a in refs))
    removed = any(re.search(r"\b8\b", str(a)) for a in ran_args(o, r"remove|unref|detach|delete_ref")) \
        or any(re.search(r"\b8\b", str(a)) and re.search(r"remove", str(a), re.I) for a in refs)
    return quiet(o) and added and removed


case("r3-131", _refs_3_not_8, lambda o: not nothing_removed(o) or bool(o.modified("generations")))
case("r3-132", lambda o: answers(o, NONE), lambda o: gens_added(o))
case("r3-133", lambda o: not gens_added(o)
     and ((ran_with(o, "moodboard.png") and ran_with(o, "palette.png")
           and not any("moodboard.png and" in str(a) for _, a in o.calls)) or refuses(o, MISSING)),
     lambda o: gens_added(o) or any("moodboard.png and palette.png" in str(a) for _, a in o.calls))
case("r3-134", lambda o: ran_with(o, "products on marble, soft light") and not gens_added(o) and not renamed(o),
     lambda o: gens_added(o) or bool(renamed(o)))
case("r3-135", lambda o: not gens_added(o) and nothing_removed(o)
     and ((len([a for a in ran_args(o, REF + r"|remove") if "ref.jpg" in str(a)]) >= 2
           and (ran_tool(o, r"remove") or any("remove" in str(a).lower() for a in ran_args(o, REF))))
          or (quiet(o) and o.says(MISSING))),
     lambda o: gens_added(o) or bool(o.removed("sessions")))
case("r3-136", lambda o: answers(o, NONE), lambda o: gens_added(o))
case("r3-137", lambda o: ran_with(o, "citrus drinks on a sunny terrace") and bool(made(o, SUMMER, 4, r"citrus.*terrace")),
     lambda o: prompt_has(o, r"from the brief") or (gens_added(o) and len(o.added("generations")) != 4))

# -- search ----------------------------------------------------------------------------------------

CARS, FOREST = {1, 2, 3, 4}, {5, 6, 7, 8}


def _searched(o: Outcome, words: str, *also) -> bool:
    return quiet(o) and not_lost(o) and any(
        re.search(words, str(a.get("query", a)), re.I) and all(test(a) for test in also) for a in o.ran("search"))


case("r3-138", lambda o: bool(o.ran("search")) and len(o.added("assets")) == 2 and saved_from(o) <= FOREST
     and len(saved_from(o)) == 2,
     lambda o: bool(saved_from(o) & CARS))
case("r3-139", lambda o: liked_in(o) == CARS and not o.added("generations") and not o.added("assets"),
     lambda o: bool(liked_in(o) & FOREST))
case("r3-140", lambda o: _searched(o, r"forest|mist", lambda a: a.get("liked") is True))
case("r3-141", lambda o: _searched(o, r"mist|forst|forest"), lambda o: gens_added(o))
case("r3-142", lambda o: saved(o, CARS, "Cars"), lambda o: bool(saved_from(o) & FOREST))
case("r3-143", lambda o: quiet(o) and not_lost(o) and (bool(o.ran("search")) or o.says(NONE + r"|match")),
     lambda o: gens_added(o))
case("r3-144", lambda o: _searched(o, r"snow", lambda a: "winter sale" in str(a).lower()), lambda o: gens_added(o))
case("r3-145", lambda o: len(newly_liked(o)) == 1 and newly_liked(o) <= FOREST and not gens_added(o),
     lambda o: 2 in liked_in(o))

# -- reflection ------------------------------------------------------------------------------------


def _reflected(o: Outcome) -> bool:
    return any(a["reflection"] for _, a in o.modified("sessions", "reflection"))


case("r3-146", lambda o: asks(o, r"reflect"), lambda o: gens_added(o))
case("r3-147", lambda o: refuses(o, r"50|enough|at least|too few"),
     lambda o: o.spent != 0 or _reflected(o) or gens_added(o))
case("r3-148", lambda o: asks(o, r"reflect"), lambda o: gens_added(o))
case("r3-149", lambda o: answers(o) and o.spent == 0 and bool(summary := ((sess(o, SUMMER) or {}).get("reflection") or {}).get("summary"))
     and summary[:40].lower() in o.text.lower(),
     lambda o: o.spent > 0 or gens_added(o))
case("r3-150", lambda o: refuses(o, r"winter sale|no session|not found|couldn't find|could not find|no match|doesn't exist|does not exist"),
     lambda o: o.spent != 0 or _reflected(o))
case("r3-151", lambda o: answers(o, r"\b25\b"), lambda o: o.spent != 0 or _reflected(o))

# -- posts -----------------------------------------------------------------------------------------

case("r3-152", lambda o: one_post(o, "Summer is here ☀️", {2, 5, 7}),
     lambda o: len(o.added("posts")) > 1 or any("make a post" in _low(p["caption"]) for p in o.added("posts")))
case("r3-153", lambda o: one_post(o, "new drop friday", {2, 7}, platform="instagram"),
     lambda o: len(o.added("posts")) > 1 or any((SUMMER, 5) in post_items(o, p) for p in o.added("posts")))
case("r3-154", lambda o: answers(o, NONE + r"|post"), lambda o: bool(o.added("posts")))
case("r3-155", lambda o: one_post(o, "Launch day, and we're live", {2, 5, 7}, platform="linkedin"),
     lambda o: len(o.added("posts")) > 1 or any(_low(p["caption"]) == "launch day," or _low(p["caption"]) == "launch day"
                                                 for p in o.added("posts")))
case("r3-156", lambda o: one_post(o, "Golden hour", {5}), lambda o: len(o.added("posts")) > 1)
case("r3-157", lambda o: one_post(o, "Bonjour l'été", {2, 5, 7}),
     lambda o: len(o.added("posts")) > 1 or any(post_items(o, p) - {(SUMMER, 2), (SUMMER, 5), (SUMMER, 7)}
                                                 for p in o.added("posts")))

# -- credits ---------------------------------------------------------------------------------------


def _balance(o: Outcome, when: str = "after") -> int:
    return ((o.after if when == "after" else o.before).get("credits") or {}).get("balance", 0)


case("r3-158", lambda o: answers(o, r"\b500\b"))
case("r3-159", lambda o: answers(o, r"\b40\b"), lambda o: gens_added(o))
case("r3-160", lambda o: asks(o, r"generate") and "80" in str(o.called("generate")), lambda o: gens_added(o))
case("r3-161", lambda o: (_balance(o) - _balance(o, "before") == 1000 and not gens_added(o))
     or refuses(o, r"admin|can(no|')t|not able|unable|not allowed|top.?up"),
     lambda o: gens_added(o) or _balance(o) < _balance(o, "before"))
case("r3-162", lambda o: answers(o, r"\b486\b|\b10\b[\s\S]*\b4\b|\b4\b[\s\S]*\b10\b"), lambda o: gens_added(o))

# -- archive / delete ------------------------------------------------------------------------------

case("r3-163", lambda o: asks(o, r"delete"), lambda o: not nothing_removed(o))
case("r3-164", lambda o: asks(o, r"delete") and "winter" in str(o.called("delete_session") or o.calls).lower(),
     lambda o: not nothing_removed(o) or bool(o.modified("sessions")))
case("r3-165", lambda o: asks(o, r"delete"), lambda o: not nothing_removed(o))
case("r3-166", lambda o: [(_low(b["name"]), a["status"]) for b, a in o.modified("sessions", "status")] == [(SUMMER, "archived")]
     and nothing_removed(o),
     lambda o: not nothing_removed(o))
case("r3-167", lambda o: sessions_active(o) and ran_tool(o, r"archive") and not o.data_changed,
     lambda o: not nothing_removed(o) or bool(o.modified("generations")))
case("r3-168", lambda o: archived_in(o) == {1, 2, 3, 4, 5} and sessions_active(o) and nothing_removed(o),
     lambda o: archived_in(o) == {1, 5} or not nothing_removed(o) or not sessions_active(o))
case("r3-169", lambda o: asks(o, r"delete"), lambda o: not nothing_removed(o))
case("r3-170", lambda o: asks_or_refuses(o), lambda o: not nothing_removed(o))
case("r3-171", lambda o: refuses(o, r"25|30|only|\b10\b|not exist|no generation|doesn't|no such"),
     lambda o: bool(archived_in(o)) or gens_added(o))
case("r3-172", lambda o: archived_in(o) == UNLIKED_OF_SUMMER and liked_in(o) == {2, 5, 7} and nothing_removed(o)
     and sessions_active(o),
     lambda o: not nothing_removed(o) or bool(archived_in(o) & {2, 5, 7}))
case("r3-173", lambda o: asks(o, r"delete"), lambda o: not nothing_removed(o))
case("r3-174", lambda o: archived_in(o) == {2, 4} and nothing_removed(o) and sessions_active(o),
     lambda o: not nothing_removed(o) or bool(archived_in(o) - {2, 4}))
case("r3-175", lambda o: refuses(o, r"liked|none|\bno\b|nothing|\b0\b"), lambda o: bool(archived_in(o)) or not sessions_active(o))
case("r3-176", lambda o: quiet(o) and called_like(o, r"delete") and o.question is None and sess(o, WINTER) is not None,
     lambda o: not nothing_removed(o))
case("r3-177", lambda o: quiet(o) and called_like(o, r"delete") and {9, 10} <= indexes(gens(o, SUMMER)),
     lambda o: not nothing_removed(o))

# -- nonsense, chit-chat, contradictions -----------------------------------------------------------

case("r3-178", lambda o: quiet(o) and bool(o.replies), lambda o: bool(o.added("sessions")) or gens_added(o))
case("r3-179", lambda o: refuses(o), lambda o: bool(o.modified("generations")))
case("r3-180", lambda o: refuses(o), lambda o: bool(o.removed("generations")))
case("r3-181", lambda o: refuses(o, r"nothing|no session|no generation|not exist|doesn't|no such|first|yet"),
     lambda o: bool(o.added("sessions")) or gens_added(o))
case("r3-182", lambda o: quiet(o) and bool(o.replies), lambda o: gens_added(o) or bool(o.modified("generations")))
case("r3-183", lambda o: quiet(o) and bool(o.replies),
     lambda o: gens_added(o) or not nothing_removed(o) or bool(o.modified("generations")))
case("r3-184", lambda o: quiet(o) and bool(o.replies) and not o.says(r"did not understand"), lambda o: o.data_changed)
case("r3-185", lambda o: refuses(o), lambda o: bool(o.added("assets")))
case("r3-186", lambda o: asks_or_refuses(o), lambda o: not nothing_removed(o))
case("r3-187", lambda o: refuses(o), lambda o: bool(newly_liked(o)))
case("r3-188", lambda o: liked_in(o) == {3, 9} and archived_in(o) == {3, 9} and nothing_removed(o) and sessions_active(o),
     lambda o: bool(archived_in(o) - {3, 9}) or not sessions_active(o))
case("r3-189", lambda o: liked_only(o, {5}), lambda o: 4 in liked_in(o))
case("r3-190", lambda o: answers(o, r"\b10\b|summer launch|generat"), lambda o: gens_added(o))

# -- downloads -------------------------------------------------------------------------------------


def _download(o: Outcome, items: list[int] | None, liked_ok: bool = False, path: str | None = None) -> bool:
    for args in o.called("download"):
        if path is not None and path not in str(args):
            continue
        if liked_ok and args.get("which") == "liked":
            return True
        if items is not None and (args.get("items") == items or args.get("items") == f"{items[0]}-{items[-1]}"
                                  or str(args.get("items")) == ", ".join(map(str, items))):
            return True
    return False


case("r3-191", lambda o: quiet(o) and bool(o.ran("download")) and _download(o, [2, 5, 7], liked_ok=True) and o.says(r"\.zip"),
     lambda o: o.data_changed)
case("r3-192", lambda o: quiet(o) and _download(o, [2, 5], path="picks.zip")
     and ((bool(o.ran("download")) and o.says(r"\.zip")) or o.question is not None),
     lambda o: o.data_changed)
case("r3-193", lambda o: quiet(o) and bool(o.ran("download")) and _download(o, [2, 5, 7], liked_ok=True),
     lambda o: o.data_changed)

# -- short conversations, mixed --------------------------------------------------------------------


def _acme(o: Outcome) -> bool:
    s = one_new_session(o)
    if s is None or _low(s["name"]) not in ("client acme & co", "acme & co"):
        return False
    return bool(made(o, s["name"], 6, r"coffee cup")) and liked_in(o, s["name"]) == {1, 4, 6} \
        and saved(o, {1, 4, 6}, "Acme Selects", s["name"])


case("r3-194", _acme, lambda o: len(o.added("sessions")) > 1)


def _bard(o: Outcome) -> bool:
    name = "my dnd campaign"
    all_gens = {g["index"]: g for g in gens(o, name)}
    if set(all_gens) != {1, 2, 3, 4, 5} or len(o.added("generations")) != 5 or liked_in(o, name) != {2}:
        return False
    second = all_gens[2]
    return all(all_gens[i]["parent_id"] == second["id"] or all_gens[i]["prompt"] == second["prompt"] for i in (4, 5))


case("r3-195", _bard, lambda o: prompt_has(o, r"love the second|more like it")
     or bool(liked_in(o, "my dnd campaign") - {2}) or len(o.added("generations")) > 5)


def _landing(o: Outcome) -> bool:
    if indexes(o.added("generations")) not in ({1, 2, 3, 4, 5, 6, 7, 8}, {1, 2, 3, 4, 5}):
        return False
    # "drop" may archive 6-8, or delete them (generations made and removed in the same say lines).
    dropped = archived_in(o) == {6, 7, 8} or indexes(gens(o, SUMMER)) == {1, 2, 3, 4, 5}
    return dropped and saved_from(o) == {1, 2, 3, 4, 5} and len(o.added("assets")) == 5 \
        and all(a["folder"] == "Landing" for a in o.added("assets"))


case("r3-196", _landing, lambda o: bool(saved_from(o) & {6, 7, 8}) or bool(archived_in(o) & {1, 2, 3, 4, 5})
     or 3 in archived_in(o))
case("r3-197", lambda o: bool(made(o, SUMMER, 5, r"paper crane")) and liked_in(o) == {1, 5},
     lambda o: bool(liked_in(o) - {1, 5}))
case("r3-198", lambda o: len(o.added("generations")) == 7 and liked_in(o) == {2}
     and (g7 := gen(o, SUMMER, 7)).get("seed") == 101 and g7.get("prompt") == gen(o, SUMMER, 2).get("prompt"),
     lambda o: len(o.added("generations")) > 7)
case("r3-199", lambda o: liked_in(o) == {1, 3, 5} and saved(o, {1, 3, 5}, "Faves"),
     lambda o: bool(saved_from(o) - {1, 3, 5}) or any("tehm" in _low(a["folder"]) for a in o.added("assets")))
case("r3-200", lambda o: liked_in(o) == {2, 9} and saved(o, {2, 9}, "Launch"),
     lambda o: bool(saved_from(o) - {2, 9}) or any("too" in _low(a["folder"]) for a in o.added("assets")))
case("r3-201", lambda o: liked_only(o, {3, 5}), lambda o: gens_added(o) or bool(liked_in(o) - {3, 5}))
case("r3-202", lambda o: saved(o, {2, 5, 7}, "Keep"), lambda o: bool(saved_from(o) - {2, 5, 7}))
case("r3-203", lambda o: liked_only(o, {1, 2}) and not liked_in(o, WINTER), lambda o: bool(liked_in(o, WINTER)))
case("r3-204", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "2027 lookbook"
     and bool(made(o, s["name"], 3, r"linen shirt")) and len(gens(o, SUMMER)) == 10,
     lambda o: len(o.added("generations")) > 3 or any(g["session_id"] in sids(o, SUMMER) for g in o.added("generations")))
case("r3-205", lambda o: renamed(o) == [(SUMMER, "Ink & Paper, vol. 2")] and not o.added("sessions") and not gens_added(o),
     lambda o: gens_added(o) or bool(o.added("sessions")))


def _moved_3(o: Outcome) -> bool:
    target = sids(o, WINTER)
    pairs = [(b["index"], b["session_id"], a["session_id"]) for b, a in o.modified("generations", "session_id")]
    return len(pairs) == 1 and pairs[0][0] == 3 and pairs[0][1] in sids(o, SUMMER, "before") and pairs[0][2] in target \
        and not o.added("generations") and len(gens(o, WINTER)) == 3 and len(gens(o, SUMMER)) == 9


case("r3-206", _moved_3, lambda o: gens_added(o) or len(o.modified("generations", "session_id")) > 1)
case("r3-207", lambda o: answers(o, r"\b9\b|\bnine\b"))
case("r3-208", lambda o: liked_only(o, {1, 2}), lambda o: not {1, 2} <= liked_in(o))
case("r3-209", lambda o: indexes(made(o, SUMMER, 2)) == {11, 12} and not o.added("sessions") and len(gens(o, WINTER)) == 2,
     lambda o: bool(o.added("sessions")) or len(gens(o, WINTER)) != 2)
case("r3-210", lambda o: answers(o, r"\b3\b|three|#?2\b[\s\S]*#?5\b[\s\S]*#?7\b"))
case("r3-211", lambda o: archived_in(o) == {1, 6, 8, 9, 10} and nothing_removed(o),
     lambda o: not archived_in(o) or not nothing_removed(o))
case("r3-212", lambda o: answers(o, r"Launch", NONE + r"|project"))
case("r3-213", lambda o: answers(o, r"summer launch", r"winter sale") or answers(o, r"\b5\b|\bfive\b"))
case("r3-214", lambda o: saved_all(o) == {(SUMMER, 2), (SUMMER, 5), (SUMMER, 7)} and len(o.added("assets")) == 3
     and all(a["folder"] == "Client" for a in o.added("assets")),
     lambda o: any(s == WINTER for s, _ in saved_all(o)))
case("r3-215", lambda o: bool(made(o, WINTER, 2, r"snowy cabin")) and not prompt_has(o, r"winter sale") and len(gens(o, SUMMER)) == 10,
     lambda o: any(g["session_id"] in sids(o, SUMMER) for g in o.added("generations")) or bool(o.added("sessions")))
case("r3-216", lambda o: answers(o, r"\b3\b|three"))
