"""Checks for round 21 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only,
before anything was run and without reading the planner).

Setups used by the cases (every confirmation answered yes):
- Harbour: 6 images of fishing boats at dawn, #2 and #4 liked (494 credits left); "HP" adds the
  liked ones saved to a folder Picks; "R" adds one variation of #2 (#7).
- Peonies (5 pink peonies, 1/3/5 liked) then Tulips (4 red tulips, #2 liked), current Tulips, 491 left.
- Garden Wedding: 8 images, 1/2/5/8 liked.  Moon Bear: 4 bear images, none liked.
Session and folder names are compared without regard to case. Undo cases are judged on the
generations at the end, not on session timestamps.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings ------------------------------------------------------------------------------

HARBOUR, PEONIES, TULIPS, WEDDING, BEAR = "harbour", "peonies", "tulips", "garden wedding", "moon bear"
NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|empty|nothing|not in any|isn't|is not|not saved"


def _low(name) -> str:
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


def liked_in(o: Outcome, name: str = HARBOUR) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str = HARBOUR) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def index_of(o: Outcome) -> dict[str, tuple[str, int]]:
    names = {s["id"]: _low(s["name"]) for s in o.after["sessions"]}
    return {g["id"]: (names.get(g["session_id"]), g["index"]) for g in o.after["generations"]}


def indexes(rows: list[dict]) -> set[int]:
    return {g["index"] for g in rows}


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (prompts matching ``prompt``)."""
    ids = sids(o, name)
    new = o.added("generations")
    mine = [g for g in new if g["session_id"] in ids]
    if len(mine) != count or len(new) != count:
        return []
    if prompt and not all(re.search(prompt, g["prompt"] or "", re.IGNORECASE) for g in mine):
        return []
    return mine


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g["prompt"] or "", re.IGNORECASE) for g in o.added("generations"))


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def saved_all(o: Outcome) -> set:
    where = index_of(o)
    return {where.get(a["origin_generation_id"]) for a in o.added("assets")}


def saved_from(o: Outcome, name: str = HARBOUR) -> set[int]:
    return {i for (s, i) in (x for x in saved_all(o) if x) if s == _low(name)}


def folder_is(asset: dict, folder: str) -> bool:
    return _low(asset.get("folder")) == _low(folder)


def saved(o: Outcome, expected: set[int], folder: str | None = None, name: str = HARBOUR) -> bool:
    """The new assets are exactly ``expected`` of ``name`` (in ``folder``), one each."""
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(folder_is(a, folder) for a in new)) and not o.removed("generations")


def liked_only(o: Outcome, expected: set[int], name: str = HARBOUR) -> bool:
    return liked_in(o, name) == expected and not gens_added(o) and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["name"]) for b, a in o.modified("sessions", "name")]


def new_sess(o: Outcome, pattern: str) -> dict | None:
    """Exactly one new session whose name matches ``pattern`` (any case), current, no generations."""
    new = o.added("sessions")
    if len(new) != 1 or not re.search(pattern, new[0]["name"] or "", re.IGNORECASE):
        return None
    if _low(o.current) != _low(new[0]["name"]) or gens_added(o) or not nothing_removed(o):
        return None
    return new[0]


def remixed(o: Outcome, parent: int, count: int | None = None, name: str = HARBOUR, words: str = r".") -> list[dict]:
    """New generations, all children of ``parent`` in ``name`` with ``words`` (``count`` of them when given)."""
    where = index_of(o)
    new = o.added("generations")
    good = [g for g in new if where.get(g["parent_id"]) == (_low(name), parent)
            and re.search(words, g["prompt"] or "", re.IGNORECASE)]
    if not new or len(good) != len(new) or (count is not None and len(new) != count):
        return []
    return good


def ran_tool(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, name) for name in _ran_names(o))


def _ran_names(o: Outcome) -> list[str]:
    out, position = [], 0
    for called, _ in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2]:
                out.append(called)
            position += 1
    return out


def called_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n) for n in o.names())


def asks(o: Outcome, tool: str = r".") -> bool:
    return quiet(o) and o.question is not None and called_like(o, tool)


def post_items(o: Outcome, post: dict) -> set:
    where = index_of(o)
    assets = {a["id"]: a for a in o.after["assets"]}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post["asset_ids"]}


def one_post(o: Outcome, caption: str, items: set[int], name: str = HARBOUR, platform: str | None = None) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and re.search(caption, posts[0]["caption"] or "", re.IGNORECASE) is not None \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and (platform is None or _low(posts[0].get("platform")) == platform)


def post_wrong(o: Outcome, items: set[int], name: str = HARBOUR) -> bool:
    return len(o.added("posts")) > 1 or any(post_items(o, p) - {(_low(name), i) for i in items} for p in o.added("posts"))


def sess_field(o: Outcome, name: str, key: str) -> str:
    return _low((sess(o, name) or {}).get(key))


def other_sessions_changed(o: Outcome, keep: str, key: str) -> bool:
    return any(_low(b["name"]) != _low(keep) for b, _ in o.modified("sessions", key))


def seed_of(o: Outcome, name: str, index: int) -> str:
    seed = gen(o, name, index).get("seed")
    return rf"\b{seed}\b" if seed is not None else r"\u0000never"


def prompt_of(o: Outcome, name: str, index: int) -> str:
    return re.escape(gen(o, name, index).get("prompt") or "\u0000never")


def model_of(o: Outcome, name: str, index: int) -> str:
    return re.escape(str(gen(o, name, index).get("model") or "\u0000never"))


def gens_moved(o: Outcome, name: str, key: str) -> set[int]:
    """Indexes in ``name`` whose ``key`` changed."""
    ids = sids(o, name)
    return {a["index"] for _, a in o.modified("generations", key) if a["session_id"] in ids}


def changed_gens_outside(o: Outcome, name: str) -> bool:
    ids = sids(o, name)
    return any(a["session_id"] not in ids for _, a in o.modified("generations")) \
        or any(g["session_id"] not in ids for g in o.added("generations"))


def question(pattern: str | None = None):
    """A question: answered with ``pattern`` and nothing changed."""
    return lambda o: answers(o, *( [pattern] if pattern else []))


def changed_any(o: Outcome) -> bool:
    return o.data_changed


# -- florist: Peonies / Tulips --------------------------------------------------------------------

case("r21-001", lambda o: liked_in(o, PEONIES) == {1, 3, 4, 5} and liked_in(o, TULIPS) == {2} and not gens_added(o)
     and not o.added("assets"),
     lambda o: 4 in liked_in(o, TULIPS) or bool(liked_in(o, PEONIES) - {1, 3, 4, 5}))
case("r21-002", lambda o: indexes(made(o, TULIPS, 3, r"white")) == {5, 6, 7} and prompt_has(o, r"tulip"),
     lambda o: bool(gens(o, PEONIES)) and len(gens(o, PEONIES)) != 5 or (gens_added(o) and len(o.added("generations")) != 3))
case("r21-003", lambda o: saved(o, {1, 3, 5}, "Shop Window", PEONIES),
     lambda o: bool(saved_from(o, TULIPS)) or bool(saved_from(o, PEONIES) - {1, 3, 5}))
case("r21-004", question(r"\b5\b|\bfive\b"), changed_any)
case("r21-005", question(r"#?2\b"), changed_any)
case("r21-006", lambda o: liked_in(o, PEONIES) == {1, 5} and liked_in(o, TULIPS) == {2} and _low(o.current) == PEONIES
     and not gens_added(o),
     lambda o: liked_in(o, TULIPS) != {2})
case("r21-007", lambda o: archived_in(o, TULIPS) == {1, 3, 4} and not archived_in(o, PEONIES) and sessions_active(o)
     and nothing_removed(o),
     lambda o: 2 in archived_in(o, TULIPS) or bool(archived_in(o, PEONIES)) or not sessions_active(o))
case("r21-008", lambda o: new_sess(o, r"bridal|bouquet") is not None,
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)
case("r21-009", lambda o: saved_all(o) == {(PEONIES, 1), (PEONIES, 3), (PEONIES, 5), (TULIPS, 2)}
     and len(o.added("assets")) == 4 and all(folder_is(a, "Spring Catalogue") for a in o.added("assets")),
     lambda o: bool(saved_all(o) - {(PEONIES, 1), (PEONIES, 3), (PEONIES, 5), (TULIPS, 2)}))
case("r21-010", question(r"red tulips"), changed_any)
case("r21-011", lambda o: sess_field(o, PEONIES, "project") == "mothers day" and not o.added("sessions")
     and not sess_field(o, TULIPS, "project") and not gens_added(o),
     lambda o: bool(sess_field(o, TULIPS, "project")) or bool(o.added("sessions")))


def _blush(o: Outcome) -> bool:
    new = o.added("assets")
    return saved_from(o, PEONIES) == {1, 3, 5} and len(new) == 3 and all("blush" in (a["tags"] or []) for a in new)


case("r21-012", lambda o: _blush(o) or refuses(o), lambda o: bool(saved_from(o, TULIPS)) or bool(saved_from(o, PEONIES) - {1, 3, 5}))
case("r21-013", question(r"\b491\b"), changed_any)
case("r21-014", lambda o: asks(o, r"delete"), lambda o: not nothing_removed(o))
case("r21-015", lambda o: sess(o, TULIPS) is None and sess(o, PEONIES) is not None and len(gens(o, PEONIES)) == 5
     and not o.removed("assets") and not gens(o, TULIPS),
     lambda o: sess(o, PEONIES) is None or len(gens(o, PEONIES)) != 5)

# -- retired engineer: Harbour ----------------------------------------------------------------------

case("r21-016", lambda o: indexes(m := made(o, HARBOUR, 4, r"fishing boats")) == {7, 8, 9, 10}
     and any(g["seed"] == 1000 for g in m) and not o.added("sessions"),
     lambda o: (gens_added(o) and len(o.added("generations")) != 4) or bool(o.added("sessions")))
case("r21-017", lambda o: answers(o, seed_of(o, HARBOUR, 3)), changed_any)
case("r21-018", lambda o: answers(o, model_of(o, HARBOUR, 5)), changed_any)
case("r21-019", lambda o: bool(made(o, HARBOUR, 2, r"(?=.*lighthouse)(?=.*fog)"))
     and any("768x512" in str(a) or (str(a.get("width")) == "768" and str(a.get("height")) == "512") for a in o.called("generate")),
     lambda o: gens_added(o) and len(o.added("generations")) != 2)
case("r21-020", lambda o: refuses(o), lambda o: gens_added(o))
case("r21-021", lambda o: bool(remixed(o, 4, 1, words=r"red")) and not o.modified("generations"),
     lambda o: gens_added(o) and not remixed(o, 4) or bool(o.modified("generations", "liked")))
case("r21-022", lambda o: answers(o, r"fishing boats at dawn"), changed_any)
case("r21-023", question(r"\b6\b|\bsix\b"), changed_any)
case("r21-024", lambda o: archived_in(o) == {1, 2, 3} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) - {1, 2, 3}) or not sessions_active(o))
case("r21-025", lambda o: archived_in(o) == {1, 3} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) - {1, 2, 3}) or not sessions_active(o))
case("r21-026", lambda o: bool(m := made(o, HARBOUR, 2, r"fishing boats"))
     and all(re.search(r"people", g["negative_prompt"] or "") and re.search(r"text", g["negative_prompt"] or "") for g in m),
     lambda o: prompt_has(o, r"people"))
case("r21-027", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r21-028", lambda o: refuses(o, r"seed|range|too (large|big)|between|9223372036854775807"),
     lambda o: gens_added(o) or o.spent != 0)
case("r21-029", lambda o: answers(o, r"\b494\b", r"\b6\b"), changed_any)
case("r21-030", lambda o: renamed(o) == [(HARBOUR, "Harbour — Dawn Study 1")] and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))

# -- social-media intern ----------------------------------------------------------------------------

case("r21-031", lambda o: liked_only(o, {1, 2, 4, 6}), lambda o: not {2, 4} <= liked_in(o) or bool(liked_in(o) - {1, 2, 4, 6}))
case("r21-032", lambda o: liked_only(o, {2}), lambda o: 2 not in liked_in(o))
case("r21-033", lambda o: one_post(o, r"dawn patrol", {2, 4}), lambda o: post_wrong(o, {2, 4}))
case("r21-034", lambda o: bool(made(o, HARBOUR, 3, r"vaporwave")), lambda o: gens_added(o) and len(o.added("generations")) != 3)
case("r21-035", lambda o: answers(o, r"#?2\b", r"#?4\b"), changed_any)
case("r21-036", lambda o: quiet(o) and ran_tool(o, r"download|zip|export"), lambda o: bool(o.added("assets")) or bool(o.modified("generations")))
case("r21-037", lambda o: one_post(o, r"new drop soon", {2, 4}, platform="instagram"), lambda o: post_wrong(o, {2, 4}))
case("r21-038", lambda o: (sess(o, HARBOUR) or {}).get("status") == "archived" and nothing_removed(o),
     lambda o: not nothing_removed(o))
case("r21-039", lambda o: len(o.added("sessions")) == 1 and sess(o, "Boat Memes") is not None
     and bool(made(o, "Boat Memes", 2, r"sunglasses")) and len(gens(o, HARBOUR)) == 6,
     lambda o: len(gens(o, HARBOUR)) != 6)
case("r21-040", question(r"\b500\b"), changed_any)
case("r21-041", lambda o: liked_only(o, {1, 2, 3, 4, 5, 6}), lambda o: gens_added(o) or bool(o.modified("generations", "archived")))
case("r21-042", question(r"harbour"), changed_any)
case("r21-043", lambda o: bool(remixed(o, 2, words=r"neon")) and not o.modified("generations"),
     lambda o: gens_added(o) and not remixed(o, 2))
case("r21-044", lambda o: refuses(o, r"\b6\b|only|\b9\b|not exist|no generation|doesn't|no such"),
     lambda o: bool(o.modified("generations", "liked")))


def _fave(o: Outcome) -> bool:
    picks = [a for a in o.after["assets"] if folder_is(a, "Picks")]
    return len(picks) == 2 and all("fave" in (a["tags"] or []) for a in picks) and not o.added("assets") and nothing_removed(o)


case("r21-045", _fave, lambda o: bool(o.added("assets")) or not nothing_removed(o))

# -- Polish speaker -----------------------------------------------------------------------------------

case("r21-046", lambda o: bool(made(o, HARBOUR, 3, r"(?=.*boat)(?=.*night)")), lambda o: gens_added(o) and len(o.added("generations")) != 3)
case("r21-047", lambda o: liked_only(o, {2, 5}) or refuses(o), lambda o: 2 not in liked_in(o) or bool(liked_in(o) - {2, 4, 5}))
case("r21-048", question(r"\b2\b|\btwo\b"), changed_any)
case("r21-049", lambda o: saved(o, {2, 4}, "Wybrane"), lambda o: bool(saved_from(o) - {2, 4}))
case("r21-050", lambda o: new_sess(o, r"^krak[oó]w noc[aą]$") is not None, lambda o: gens_added(o))
case("r21-051", question(r"fishing boats at dawn"), changed_any)


def _two_parents(o: Outcome) -> bool:
    where = index_of(o)
    new = o.added("generations")
    parents = {where.get(g["parent_id"]) for g in new}
    return bool(new) and parents == {(HARBOUR, 1), (HARBOUR, 3)} and not o.modified("generations")


case("r21-052", _two_parents, lambda o: any(index_of(o).get(g["parent_id"]) not in {(HARBOUR, 1), (HARBOUR, 3)}
                                            for g in o.added("generations")))
case("r21-053", lambda o: archived_in(o) == {1, 3, 5, 6} and liked_in(o) == {2, 4} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) & {2, 4}) or not sessions_active(o) or not nothing_removed(o))
case("r21-054", lambda o: quiet(o) and ran_tool(o, r"download|zip|export"), lambda o: changed_any(o))
case("r21-055", question(r"\b1\b|\bone\b"), changed_any)

# -- careful lawyer -----------------------------------------------------------------------------------

case("r21-056", lambda o: liked_only(o, {2, 3, 4}), lambda o: not {2, 4} <= liked_in(o))
case("r21-057", lambda o: answers(o, r"#?2\b", r"#?4\b"), changed_any)
case("r21-058", lambda o: (sess(o, HARBOUR) or {}).get("status") == "archived" and nothing_removed(o),
     lambda o: not nothing_removed(o))


def _deleted_5_6(o: Outcome) -> bool:
    gone = o.removed("generations")
    return {g["index"] for g in gone} == {5, 6} and len(gone) == 2 and not o.removed("sessions") and not o.removed("assets")


case("r21-059", lambda o: _deleted_5_6(o) or asks(o) or refuses(o),
     lambda o: bool({g["index"] for g in o.removed("generations")} - {5, 6}) or bool(o.removed("sessions")))
case("r21-060", question(r"\b10\b|\bten\b"), lambda o: gens_added(o) or o.spent != 0)


def _exhibits(o: Outcome) -> bool:
    where = index_of(o)
    got = {(where.get(a["origin_generation_id"]), _low(a["folder"])) for a in o.added("assets")}
    return got == {((HARBOUR, 2), "exhibit a"), ((HARBOUR, 4), "exhibit b")} and len(o.added("assets")) == 2


case("r21-061", _exhibits, lambda o: len({_low(a["folder"]) for a in o.added("assets")}) == 1 and len(o.added("assets")) == 2)
case("r21-062", lambda o: one_post(o, r"Harbour at first light, 2025", {2, 4}), lambda o: post_wrong(o, {2, 4}))
case("r21-063", lambda o: asks(o, r"generate") and "25" in str(o.called("generate")), lambda o: gens_added(o))
case("r21-064", lambda o: quiet(o), lambda o: gens_added(o) or o.spent != 0)
case("r21-065", question(r"procedural"), changed_any)

# -- hurried event planner: Garden Wedding ------------------------------------------------------------

case("r21-066", lambda o: saved(o, {1, 2, 5, 8}, "Client Deck", WEDDING), lambda o: bool(saved_from(o, WEDDING) - {1, 2, 5, 8}))
case("r21-067", lambda o: indexes(made(o, WEDDING, 10, r"garden wedding")) == set(range(9, 19)),
     lambda o: prompt_has(o, r"^\s*go\s*$") or (gens_added(o) and len(o.added("generations")) != 10))
case("r21-068", lambda o: liked_only(o, {1, 2}, WEDDING), lambda o: not {1, 2} <= liked_in(o, WEDDING))
case("r21-069", question(r"\b4\b|\bfour\b"), changed_any)
case("r21-070", lambda o: len(o.added("sessions")) == 1 and sess(o, "Corporate Gala") is not None
     and bool(made(o, "Corporate Gala", 6, r"ballroom")) and len(gens(o, WEDDING)) == 8,
     lambda o: len(gens(o, WEDDING)) != 8)
case("r21-071", lambda o: quiet(o) and ran_tool(o, r"download|zip|export"), lambda o: bool(o.added("assets")) or bool(o.modified("generations")))
case("r21-072", lambda o: archived_in(o, WEDDING) == {3, 4, 6, 7} and liked_in(o, WEDDING) == {1, 2, 5, 8}
     and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o, WEDDING) & {1, 2, 5, 8}) or not sessions_active(o))
case("r21-073", lambda o: one_post(o, r"your day, your way", {1, 2}, WEDDING, platform="instagram"),
     lambda o: post_wrong(o, {1, 2}, WEDDING))
case("r21-074", lambda o: sess_field(o, WEDDING, "project") == "hendricks wedding" and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))
case("r21-075", lambda o: liked_only(o, {1, 2, 3, 4, 5, 8}, WEDDING), lambda o: not {1, 2, 5, 8} <= liked_in(o, WEDDING))
case("r21-076", lambda o: bool(remixed(o, 8, 3, WEDDING, r"warm")) and not o.modified("generations"),
     lambda o: gens_added(o) and not remixed(o, 8, name=WEDDING))
case("r21-077", question(r"\b1\b|\bone\b"), changed_any)
case("r21-078", question(r"garden wedding"), changed_any)
case("r21-079", lambda o: quiet(o) and not_lost(o), lambda o: not nothing_removed(o))

# -- children's book author: Moon Bear ----------------------------------------------------------------

case("r21-080", lambda o: liked_only(o, {2, 4}, BEAR), lambda o: bool(liked_in(o, BEAR) - {2, 4}))
case("r21-081", lambda o: indexes(made(o, BEAR, 2, r"lantern")) == {5, 6}, lambda o: gens_added(o) and len(o.added("generations")) != 2)
case("r21-082", lambda o: new_sess(o, r"^the lost mitten$") is not None, lambda o: gens_added(o))
case("r21-083", question(r"small bear reading"), changed_any)
case("r21-084", lambda o: saved(o, {3}, "Chapter One", BEAR), lambda o: bool(saved_from(o, BEAR) - {3}))
case("r21-085", lambda o: bool(remixed(o, 1, 1, BEAR, r"soft")) and not o.modified("generations"),
     lambda o: gens_added(o) and not remixed(o, 1, name=BEAR))
case("r21-086", question(r"\b4\b|\bfour\b"), changed_any)
case("r21-087", lambda o: sess_field(o, BEAR, "campaign") == "bedtime series" and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))
case("r21-088", lambda o: bool(made(o, BEAR, 2, r"shy bear")) and not prompt_has(o, r"brief"),
     lambda o: prompt_has(o, r"from the brief|\bbrief\b") or (gens_added(o) and len(o.added("generations")) != 2))
case("r21-089", lambda o: bool(made(o, BEAR, 3, r"crescent moon")), lambda o: gens_added(o) and len(o.added("generations")) != 3)
case("r21-090", lambda o: answers(o, seed_of(o, BEAR, 2)), changed_any)
case("r21-091", lambda o: bool(m := made(o, BEAR, 1, r"fish")) and m[0]["seed"] == gen(o, BEAR, 2).get("seed"),
     lambda o: len(o.added("generations")) > 1)

# -- dictation ----------------------------------------------------------------------------------------

case("r21-092", lambda o: liked_only(o, {2, 4, 5, 6}), lambda o: not {2, 4} <= liked_in(o))
case("r21-093", lambda o: indexes(made(o, HARBOUR, 4, r"seagull")) == {7, 8, 9, 10},
     lambda o: prompt_has(o, r"^\s*okay") or (gens_added(o) and len(o.added("generations")) != 4))
case("r21-094", lambda o: saved(o, {4}, "harbour favourites"), lambda o: bool(saved_from(o) - {4}))
case("r21-095", question(r"fishing boats at dawn"), changed_any)
case("r21-096", lambda o: len(o.added("sessions")) == 1 and sess(o, "night market") is not None
     and bool(made(o, "night market", 3, r"lantern")) and len(gens(o, HARBOUR)) == 6,
     lambda o: len(gens(o, HARBOUR)) != 6 or any(re.search(r"then|make", s["name"] or "", re.I) for s in o.added("sessions")))
case("r21-097", lambda o: liked_only(o, set()), lambda o: bool(o.modified("generations", "archived")) or not nothing_removed(o))
case("r21-098", lambda o: archived_in(o) == {3, 5} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) - {3, 5}) or not sessions_active(o))
case("r21-099", question(r"\b494\b"), changed_any)
case("r21-100", lambda o: bool(remixed(o, 2, words=r"storm")) and not o.modified("generations"),
     lambda o: gens_added(o) and not remixed(o, 2))

# -- data analyst -------------------------------------------------------------------------------------

case("r21-101", question(r"\b9\b|\bnine\b"), changed_any)
case("r21-102", question(r"\b4\b|\bfour\b"), changed_any)
case("r21-103", question(r"\b2\b|\btwo\b"), changed_any)
case("r21-104", question(r"3\s*(/|of|out of)\s*5|60\s*%|three (of|out of) five"), changed_any)
case("r21-105", question(r"\b9\b|\bnine\b"), changed_any)
case("r21-106", question(r"peonies"), changed_any)
case("r21-107", question(r"\b3\b|\bthree\b"), changed_any)
case("r21-108", question(r"\b2\b|\btwo\b"), changed_any)
case("r21-109", lambda o: answers(o, r"picks", r"\b1\b|\bone\b|only"), changed_any)
case("r21-110", lambda o: answers(o, r"peonies[^\n]*\b3\b|\b3\b[^\n]*peonies", r"tulips[^\n]*\b1\b|\b1\b[^\n]*tulips"), changed_any)
case("r21-111", question(NONE), changed_any)
case("r21-112", lambda o: answers(o, *[seed_of(o, HARBOUR, i) for i in range(1, 7)]), changed_any)
case("r21-113", lambda o: answers(o, r"\b1\b", r"\b3\b", r"\b5\b"), changed_any)
case("r21-114", lambda o: ran_tool(o, r"select") and not gens_added(o) and not o.added("assets")
     and not o.modified("generations", "liked") and not o.modified("generations", "archived") and nothing_removed(o),
     lambda o: bool(o.modified("generations", "liked")) or bool(o.modified("generations", "archived")) or gens_added(o))
case("r21-115", question(r"\b0\b|\bnone\b|\bno\b|zero"), changed_any)

# -- someone who changes their mind -------------------------------------------------------------------

case("r21-116", lambda o: liked_only(o, {2, 4, 5}), lambda o: 3 in liked_in(o))
case("r21-117", lambda o: bool(made(o, HARBOUR, 2, r"lobster")) and not prompt_has(o, r"actually"),
     lambda o: len(o.added("generations")) == 4 or prompt_has(o, r"actually|make it"))
case("r21-118", lambda o: saved(o, {2}, "Maybe"), lambda o: any(folder_is(a, "Picks") for a in o.added("assets")))
case("r21-119", lambda o: ran_tool(o, r"archive") and not archived_in(o) and not gens_added(o) and nothing_removed(o)
     and not o.modified("generations"),
     lambda o: bool(archived_in(o) - {6}) or not nothing_removed(o) or bool(o.modified("generations", "liked")))
case("r21-120", lambda o: new_sess(o, r"^beacons$") is not None,
     lambda o: any(re.search(r"lighthouse", s["name"] or "", re.I) for s in o.added("sessions")))
case("r21-121", lambda o: liked_only(o, {2}), lambda o: 2 not in liked_in(o))
case("r21-122", lambda o: ran_tool(o, r"like") and liked_in(o) == {2, 4} and not gens_added(o) and nothing_removed(o)
     and not o.modified("generations"),
     lambda o: 1 in liked_in(o) or not {2, 4} <= liked_in(o))
case("r21-123", lambda o: bool(made(o, HARBOUR, 3, r"yellow buoy")) and not prompt_has(o, r"\bred\b"),
     lambda o: prompt_has(o, r"\bred\b"))
case("r21-124", lambda o: quiet(o) and _low(o.current) == HARBOUR, lambda o: bool(o.added("sessions")))
case("r21-125", lambda o: renamed(o) == [(HARBOUR, "Harbour Docks")] and not o.added("sessions"),
     lambda o: any(_low(n) == "docks" for _, n in renamed(o)) or bool(o.added("sessions")))

# -- short conversations with pronouns ----------------------------------------------------------------

case("r21-126", lambda o: indexes(made(o, HARBOUR, 3, r"crab")) == {7, 8, 9} and liked_in(o) == {2, 4, 8, 9},
     lambda o: 7 in liked_in(o) or not {2, 4} <= liked_in(o) or bool(liked_in(o) & {1, 3, 5, 6}))
case("r21-127", lambda o: saved(o, {2, 4}, "Keepers"), lambda o: bool(saved_from(o) - {2, 4}))
case("r21-128", lambda o: liked_in(o) == {1, 2, 3, 4} and archived_in(o) == {5, 6} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) & {1, 2, 3, 4}) or not sessions_active(o))


def _variation_liked(o: Outcome) -> bool:
    kids = remixed(o, 4, 1)
    return bool(kids) and liked_in(o) == {2, 4, kids[0]["index"]}


case("r21-129", _variation_liked, lambda o: bool(liked_in(o) & {1, 3, 5, 6}))


def _bouquets(o: Outcome) -> bool:
    return saved(o, {1, 3, 5}, "Bouquets", PEONIES) and all("pink" in (a["tags"] or []) for a in o.added("assets"))


case("r21-130", _bouquets, lambda o: bool(saved_from(o, TULIPS)))
case("r21-131", lambda o: indexes(made(o, HARBOUR, 2, r"fish market")) == {7, 8} and archived_in(o) == {7, 8} and sessions_active(o),
     lambda o: bool(archived_in(o) & {1, 2, 3, 4, 5, 6}) or not sessions_active(o))
case("r21-132", lambda o: len(o.added("sessions")) == 1 and bool(made(o, "Nets", 2, r"net")) and liked_in(o) == {2, 4, 6}
     and not liked_in(o, "Nets") and _low(o.current) == HARBOUR,
     lambda o: bool(liked_in(o, "Nets")) or len(gens(o, HARBOUR)) != 6)
case("r21-133", lambda o: liked_in(o, TULIPS) == {1, 2} and liked_in(o, PEONIES) == {1, 3, 5} and not gens_added(o)
     and not o.added("assets"),
     lambda o: liked_in(o, PEONIES) != {1, 3, 5})
case("r21-134", lambda o: one_post(o, r"morning haul", {2, 4}), lambda o: post_wrong(o, {2, 4}))
case("r21-135", lambda o: indexes(made(o, HARBOUR, 4, r"winter")) == {7, 8, 9, 10} and liked_in(o) == {2, 4, 7, 10},
     lambda o: bool(liked_in(o) & {1, 3, 5, 6, 8, 9}))

# -- should be refused or asked back --------------------------------------------------------------------

case("r21-136", lambda o: refuses(o), lambda o: bool(o.modified("generations", "liked")))
case("r21-137", lambda o: quiet(o) and not_lost(o), lambda o: gens_added(o) or bool(o.added("sessions")))
case("r21-138", lambda o: refuses(o), lambda o: bool(o.modified("sessions", "status")))
case("r21-139", lambda o: refuses(o, r"-3|negative|at least|positive|between|whole number|\b1\b"), lambda o: gens_added(o) or o.spent != 0)
case("r21-140", lambda o: refuses(o, r"100|at most|maximum|too many|between|limit"), lambda o: gens_added(o))
case("r21-141", lambda o: refuses(o, r"12|only|\b6\b|not exist|no such|doesn't") or
     (archived_in(o) == {2, 4} and o.says(r"12") and nothing_removed(o) and sessions_active(o)),
     lambda o: bool(archived_in(o) - {2, 4}) or not sessions_active(o))
case("r21-142", lambda o: quiet(o) and not_lost(o), lambda o: bool(o.added("assets")))
case("r21-143", lambda o: refuses(o, r"roses|not found|no such|doesn't|does not|no session"),
     lambda o: bool(o.added("sessions")) or bool(o.modified("sessions", "name")) or bool(o.modified("sessions", "status")))
case("r21-144", lambda o: refuses(o))
case("r21-145", lambda o: refuses(o) or one_post(o, r".", {2, 4}) or one_post(o, r"^$", {2, 4}), lambda o: post_wrong(o, {2, 4}))
case("r21-146", lambda o: asks(o, r"delete"), lambda o: not nothing_removed(o))
case("r21-147", lambda o: refuses(o), lambda o: gens_added(o))
case("r21-148", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r21-149", lambda o: refuses(o), lambda o: bool(o.modified("generations", "liked")))
case("r21-150", lambda o: refuses(o, r"winter|not found|no such|doesn't|does not|no session"),
     lambda o: bool(o.modified("sessions", "status")) or bool(o.added("sessions")))

# -- questions: lineage, search, library ------------------------------------------------------------

case("r21-151", question(r"#?2\b"), changed_any)
case("r21-152", question(NONE), changed_any)
case("r21-153", lambda o: answers(o, r"boat"), changed_any)
case("r21-154", lambda o: answers(o, r"tulip") and not_lost(o), changed_any)
case("r21-155", question(r"picks"), changed_any)
case("r21-156", question(NONE), changed_any)
case("r21-157", question(NONE), changed_any)
case("r21-158", question(r"peonies"), changed_any)
case("r21-159", question(r"tulips"), changed_any)
case("r21-160", question(NONE), changed_any)
