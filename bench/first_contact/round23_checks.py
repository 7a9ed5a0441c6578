"""Checks for round 23 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only,
before anything was run and without reading the planner).

Session and folder names are compared without regard to case. Questions must change nothing and
must contain what the setup makes certain. Where ``meant`` is "asks first" and no answer follows in
``say``, a waiting confirmation for the right tool is what was meant. Undo cases are judged on the
final state. Saves are judged on the assets the say lines added.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings shared by many cases ---------------------------------------------------------

GW, CH, LH, ORC, VL = "garden wedding", "chapel", "lakeview house", "orc armor", "volcano lesson"
NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|empty|nothing|not yet|haven't"
MISSING = r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find|could not find"
DATE = r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|just now"


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


def liked_in(o: Outcome, name: str = GW) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str = GW) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def index_of(o: Outcome) -> dict:
    names = {s["id"]: _low(s["name"]) for s in o.after["sessions"]}
    return {g["id"]: (names.get(g["session_id"]), g["index"]) for g in o.after["generations"]}


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


def indexes(rows: list[dict]) -> set[int]:
    return {g["index"] for g in rows}


def saved_from(o: Outcome, name: str = GW) -> set[int]:
    where = index_of(o)
    return {where[a["origin_generation_id"]][1] for a in o.added("assets")
            if a["origin_generation_id"] in where and where[a["origin_generation_id"]][0] == _low(name)}


def saved(o: Outcome, expected: set[int], folder: str | None = None, name: str = GW) -> bool:
    """The new assets are exactly ``expected`` of ``name`` (in ``folder``), one each."""
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(_low(a["folder"]) == _low(folder) for a in new)) and not o.removed("generations")


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def liked_only(o: Outcome, expected: set[int], name: str = GW) -> bool:
    return liked_in(o, name) == expected and not o.added("generations") and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), _low(a["name"])) for b, a in o.modified("sessions", "name")]


def status_changes(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["status"]) for b, a in o.modified("sessions", "status")]


def new_sess(o: Outcome, *names: str) -> bool:
    """Exactly one new session, named one of ``names`` (any case), current, with no generations."""
    new = o.added("sessions")
    wanted = {_low(n) for n in names}
    return len(new) == 1 and _low(new[0]["name"]) in wanted and _low(o.current) in wanted \
        and not o.added("generations") and nothing_removed(o)


def one_new_session(o: Outcome) -> dict | None:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else None


def newly_liked(o: Outcome) -> set[int]:
    return {g["index"] for g in o.newly("liked", True)}


def ran_args(o: Outcome, pattern: str) -> list[dict]:
    out, position = [], 0
    for called, args in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2] and re.search(pattern, called):
                out.append(args)
            position += 1
    return out


def ran_tool(o: Outcome, pattern: str) -> bool:
    return bool(ran_args(o, pattern))


def ran_with(o: Outcome, *texts: str) -> bool:
    return any(all(t.lower() in str(a).lower() for t in texts) for a in o.ran())


def called_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n) for n in o.names())


def asks(o: Outcome, tool: str = r".") -> bool:
    return quiet(o) and o.question is not None and called_like(o, tool)


def asks_or_refuses(o: Outcome, tool: str = r".") -> bool:
    return asks(o, tool) or refuses(o)


def sized(o: Outcome, size: str) -> bool:
    width, height = size.split("x")
    return any(size in str(a) or (str(a.get("width")) == width and str(a.get("height")) == height)
               for a in o.called("generate"))


def children(o: Outcome, parent: int, name: str = GW, words: str = r".") -> list[dict]:
    """All new generations, when each is a child of ``parent`` in ``name`` with prompts matching ``words``."""
    where = index_of(o)
    new = o.added("generations")
    good = [g for g in new if where.get(g["parent_id"]) == (_low(name), parent)
            and re.search(words, g["prompt"] or "", re.IGNORECASE)]
    return good if new and len(good) == len(new) else []


def post_items(o: Outcome, post: dict) -> set:
    where = index_of(o)
    assets = {a["id"]: a for a in o.after["assets"]}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post["asset_ids"]}


def one_post(o: Outcome, caption: str | None, items: set[int], name: str = GW, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and (caption is None or (posts[0]["caption"] or "").strip() == caption) \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def assets_in(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.after["assets"] if _low(a["folder"]) == _low(folder)]


def last_reply(o: Outcome) -> str:
    return o.replies[-1] if o.replies else ""


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g["prompt"] or "", re.IGNORECASE) for g in o.added("generations"))


def undone(o: Outcome, tool: str) -> bool:
    return ran_tool(o, tool) and not o.data_changed


def balance(o: Outcome, when: str = "after") -> int:
    return ((o.after if when == "after" else o.before).get("credits") or {}).get("balance", 0)


def esc(value) -> str:
    return re.escape(str(value)) if value not in (None, "") else "\u0000"


def downloaded(o: Outcome, items: list[int] | None, liked_ok: bool = False, path: str | None = None) -> bool:
    for args in o.called("download"):
        if path is not None and path not in str(args):
            continue
        if liked_ok and args.get("which") == "liked":
            return True
        got = args.get("items")
        if items is not None and (got == items or got == f"{items[0]}-{items[-1]}"
                                  or str(got) == ", ".join(map(str, items)) or str(got) == ",".join(map(str, items))):
            return True
    return False


def session_field(o: Outcome, name: str, key: str) -> str:
    return _low((sess(o, name) or {}).get(key))


# -- the cases ---------------------------------------------------------------------------------------
case("r23-001", lambda o: new_sess(o, "Silva Wedding"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)
case("r23-002", lambda o: new_sess(o, "Beach House"),
     lambda o: gens_added(o) or any("called" in _low(s["name"]) for s in o.added("sessions")))
case("r23-003", lambda o: new_sess(o, "Casamento na Praia"),
     lambda o: gens_added(o) or any("with name" in _low(s["name"]) for s in o.added("sessions")))
case("r23-004", lambda o: new_sess(o, "Pitch Deck Q3"),
     lambda o: gens_added(o))
case("r23-005", lambda o: new_sess(o, "Birthday Cards"),
     lambda o: gens_added(o) or any(len(s["name"]) > 40 for s in o.added("sessions")))
case("r23-006", lambda o: renamed(o) == [(GW, "garden wedding - june")] and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))
case("r23-007", lambda o: renamed(o) == [(CH, "chapel ceremony")] and not gens_added(o),
     lambda o: any(b == GW for b, _ in renamed(o)))
case("r23-008", lambda o: quiet(o) and _low(o.current) == GW,
     lambda o: bool(o.added("sessions")))
case("r23-009", lambda o: status_changes(o) == [(CH, "archived")] and nothing_removed(o),
     lambda o: any(n == GW for n, _ in status_changes(o)) or not nothing_removed(o))
case("r23-010", lambda o: ran_tool(o, r"archive") and sessions_active(o) and nothing_removed(o) and not gens_added(o),
     lambda o: not nothing_removed(o) or session_field(o, GW, "status") == "archived")
case("r23-011", lambda o: asks(o, r"delete"),
     lambda o: not nothing_removed(o))
case("r23-012", lambda o: [_low(s["name"]) for s in o.removed("sessions")] == [CH] and len(o.removed("generations")) == 3 and len(gens(o, GW)) == 6,
     lambda o: sess(o, GW) is None or len(gens(o, GW)) != 6)
case("r23-013", lambda o: asks_or_refuses(o),
     lambda o: not nothing_removed(o))
case("r23-014", lambda o: session_field(o, LH, "project") == "realty co" and not gens_added(o) and not renamed(o),
     lambda o: gens_added(o) or bool(renamed(o)))
case("r23-015", lambda o: session_field(o, GW, "campaign") == "june brides" and not o.added("sessions"),
     lambda o: bool(renamed(o)) or bool(o.added("sessions")))
case("r23-016", lambda o: [_low(p["name"]) for p in o.added("projects")] == ["spring weddings"] and not gens_added(o),
     lambda o: gens_added(o) or any(_low(s["name"]) == "spring weddings" for s in o.added("sessions")))
case("r23-017", lambda o: liked_only(o, {2, 4, 6}) and not liked_in(o, CH),
     lambda o: bool(liked_in(o, CH)))
case("r23-018", lambda o: indexes(made(o, GW, 4, r"eucalyptus")) == {7, 8, 9, 10} and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or (gens_added(o) and len(o.added("generations")) != 4))
case("r23-019", lambda o: bool(m := made(o, GW, 3, r"arch.*peon|peon.*arch")) and any(g["seed"] == 77 for g in m),
     lambda o: len(o.added("generations")) == 77)
case("r23-020", lambda o: indexes(made(o, LH, 3, r"living room")) == {9, 10, 11},
     lambda o: prompt_has(o, r"more pls"))
case("r23-021", lambda o: bool(made(o, ORC, 6, r"helmet")),
     lambda o: gens_added(o) and len(o.added("generations")) != 6)
case("r23-022", lambda o: refuses(o, r"100|at most|maximum|too many|limit|between"),
     lambda o: gens_added(o) or o.spent != 0)
case("r23-023", lambda o: refuses(o),
     lambda o: gens_added(o) or o.spent != 0)
case("r23-024", lambda o: asks(o, r"generate") and "30" in str(o.called("generate")),
     lambda o: gens_added(o))
case("r23-025", lambda o: indexes(made(o, VL, 30, r"volcano")) == set(range(5, 35)) and o.spent == 30,
     lambda o: gens_added(o) and len(o.added("generations")) != 30)
case("r23-026", lambda o: len(o.added("sessions")) == 1 and bool(made(o, o.added("sessions")[0]["name"], 4, r"watercolou?r map of portugal")),
     lambda o: len(o.added("sessions")) > 1 or (gens_added(o) and len(o.added("generations")) != 4))
case("r23-027", lambda o: refuses(o, r"seed|range|too (large|big)|between|9223372036854775807"),
     lambda o: gens_added(o) or o.spent != 0)
case("r23-028", lambda o: len(made(o, GW, 4)) == 4 and sum(bool(re.search(r"ivory", g["prompt"] or "", re.I)) for g in o.added("generations")) == 2 and sum(bool(re.search(r"blush", g["prompt"] or "", re.I)) for g in o.added("generations")) >= 2,
     lambda o: len(o.added("generations")) > 4 or bool(o.added("sessions")))
case("r23-029", lambda o: bool(made(o, "Lakeview Kitchen", 4, r"kitchen")) and len(gens(o, LH)) == 8,
     lambda o: len(gens(o, LH)) != 8)
case("r23-030", lambda o: indexes(made(o, LH, 4, r"bedroom")) == {9, 10, 11, 12},
     lambda o: gens_added(o) and len(o.added("generations")) != 4)
case("r23-031", lambda o: bool(made(o, GW, 3, r"champagne")),
     lambda o: gens_added(o) and len(o.added("generations")) != 3)
case("r23-032", lambda o: bool(made(o, GW, 2, r"beach")),
     lambda o: gens_added(o) and len(o.added("generations")) != 2)
case("r23-033", lambda o: len(o.added("generations")) == 5 and prompt_has(o, r"unicorn cake") and len(o.added("sessions")) <= 1,
     lambda o: gens_added(o) and len(o.added("generations")) != 5)
case("r23-034", lambda o: indexes(made(o, GW, 6, r"white roses")) == set(range(7, 13)) or refuses(o),
     lambda o: prompt_has(o, r"same again"))
case("r23-035", lambda o: asks_or_refuses(o),
     lambda o: o.spent > 0)
case("r23-036", lambda o: bool(children(o, 2, GW, r"pink")) and not o.modified("generations"),
     lambda o: gens_added(o) and not children(o, 2))
case("r23-037", lambda o: len(children(o, 4)) == 3,
     lambda o: gens_added(o) and (len(o.added("generations")) != 3 or not children(o, 4)))
case("r23-038", lambda o: len(o.added("generations")) == 2 and all(index_of(o).get(g["parent_id"]) == (ORC, 3) or g["prompt"] == gen(o, ORC, 3).get("prompt") for g in o.added("generations")) and liked_in(o, ORC) <= {3},
     lambda o: len(o.added("generations")) > 2 or bool(liked_in(o, ORC) - {3}))
case("r23-039", lambda o: refuses(o),
     lambda o: gens_added(o))
case("r23-040", lambda o: liked_only(o, {1, 2, 4, 6}),
     lambda o: not {2, 4} <= liked_in(o) or gens_added(o))
case("r23-041", lambda o: liked_only(o, {4}),
     lambda o: 4 not in liked_in(o))
case("r23-042", lambda o: liked_only(o, {1, 2, 4, 5, 6}),
     lambda o: 3 in liked_in(o))
case("r23-043", lambda o: liked_only(o, {2, 4, 5, 6}),
     lambda o: bool(liked_in(o) & {1, 3}))
case("r23-044", lambda o: liked_only(o, {2, 4, 5}),
     lambda o: gens_added(o))
case("r23-045", lambda o: liked_in(o, LH) == {2, 3, 7} and saved(o, {2, 3, 7}, "Listing 14", LH),
     lambda o: bool(saved_from(o, LH) - {2, 3, 7}))
case("r23-046", lambda o: refuses(o),
     lambda o: bool(newly_liked(o)))
case("r23-047", lambda o: refuses(o, r"\b8\b|only|not exist|no generation|doesn't|no such|12"),
     lambda o: bool(newly_liked(o)) or gens_added(o))
case("r23-048", lambda o: liked_only(o, set(), LH),
     lambda o: not nothing_removed(o) or bool(o.modified("generations", "archived")))
case("r23-049", lambda o: liked_only(o, {2, 5}, ORC),
     lambda o: bool(liked_in(o, ORC) - {2, 5}) or gens_added(o))
case("r23-050", lambda o: ran_tool(o, r"select") and not o.modified("generations", "liked") and not o.added("assets") and not gens_added(o),
     lambda o: bool(o.modified("generations", "liked")) or bool(o.added("assets")) or not nothing_removed(o))
case("r23-051", lambda o: liked_only(o, {4}, ORC),
     lambda o: 1 in liked_in(o, ORC) and 4 not in liked_in(o, ORC) and len(o.calls) > 1)
case("r23-052", lambda o: archived_in(o) == {1, 3, 5, 6} and liked_in(o) == {2, 4} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) & {2, 4}) or not sessions_active(o) or not nothing_removed(o))
case("r23-053", lambda o: archived_in(o) == {1, 3, 5} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) & {2, 4}) or not nothing_removed(o))
case("r23-054", lambda o: archived_in(o, ORC) == {1, 2, 5} and nothing_removed(o),
     lambda o: bool(archived_in(o, ORC) & {3, 4}))
case("r23-055", lambda o: liked_in(o, VL) == {1, 3} and archived_in(o, VL) == {2, 4} and nothing_removed(o),
     lambda o: bool(archived_in(o, VL) & {1, 3}) or not nothing_removed(o))
case("r23-056", lambda o: archived_in(o) == {5, 6} and nothing_removed(o),
     lambda o: not nothing_removed(o) or bool(archived_in(o) - {5, 6}))
case("r23-057", lambda o: saved(o, {2, 4}, "Silva Picks"),
     lambda o: bool(saved_from(o) - {2, 4}))
case("r23-058", lambda o: saved(o, {6}, "Picks"),
     lambda o: any("same" in _low(a["folder"]) for a in o.added("assets")) or bool(saved_from(o) - {6}))
case("r23-059", lambda o: saved(o, {2, 4}) or refuses(o),
     lambda o: bool(saved_from(o) - {2, 4}))
case("r23-060", lambda o: saved(o, set(range(1, 9)), "14 Lake Rd", LH),
     lambda o: any(_low(a["folder"]) in ("lake rd", "14") for a in o.added("assets")))
case("r23-061", lambda o: len(assets_in(o, "Picks")) == 2 and all({"bouquet", "blush"} <= {_low(t) for t in a["tags"] or []} for a in assets_in(o, "Picks")) and not o.added("assets"),
     lambda o: bool(o.added("assets")) or any("bouquet and blush" in (a["tags"] or []) for a in o.after["assets"]))
case("r23-062", lambda o: len(assets_in(o, "Final Selection")) == 2 and not assets_in(o, "Picks") and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or not nothing_removed(o))
case("r23-063", lambda o: saved(o, {4}, "Hero") and "cover" in [_low(t) for t in o.added("assets")[0]["tags"] or []],
     lambda o: bool(saved_from(o) - {4}))
case("r23-064", lambda o: len(assets_in(o, "Picks")) == 2 and all(_low(a["project"]) == "silva wedding" for a in assets_in(o, "Picks")) and not o.added("assets"),
     lambda o: bool(o.added("assets")) or bool(renamed(o)))
case("r23-065", lambda o: saved(o, {2, 4}, "Mesa & Flores"),
     lambda o: any(_low(a["folder"]) in ("mesa", "flores") for a in o.added("assets")))
case("r23-066", lambda o: saved(o, {2, 4, 6, 7, 8}, "Rejects", LH),
     lambda o: bool(saved_from(o, LH) & {1, 3, 5}))
case("r23-067", lambda o: refuses(o),
     lambda o: any("the folder" in _low(a["folder"]) for a in o.added("assets")))
case("r23-068", lambda o: one_post(o, "Love is in the details", {2, 4}, platform="instagram"),
     lambda o: len(o.added("posts")) > 1 or any("caption" in _low(p["caption"]) for p in o.added("posts")))
case("r23-069", lambda o: one_post(o, "Save the date 💍", {2, 4}),
     lambda o: any(post_items(o, p) - {(GW, 2), (GW, 4)} for p in o.added("posts")))
case("r23-070", lambda o: refuses(o) or one_post(o, None, {2, 4}),
     lambda o: any(post_items(o, p) - {(GW, 2), (GW, 4)} for p in o.added("posts")))
case("r23-071", lambda o: one_post(o, "Just listed, 14 Lake Rd", {1, 3, 5}, LH, platform="linkedin"),
     lambda o: any(_low(p["caption"]) == "just listed" for p in o.added("posts")))
case("r23-072", lambda o: ran_with(o, "soft pastel florals") and not gens_added(o) and nothing_removed(o),
     lambda o: gens_added(o))
case("r23-073", lambda o: not gens_added(o) and (refuses(o, MISSING) or any("venue.jpg" in str(a) for a in ran_args(o, r"ref|brief"))),
     lambda o: gens_added(o) or bool(o.added("assets")))
case("r23-074", lambda o: ran_with(o, "rustic barn") and bool(made(o, GW, 3, r"barn")),
     lambda o: prompt_has(o, r"from the brief"))
case("r23-075", lambda o: not gens_added(o) and any(re.search(r"\b4\b", str(a)) for a in ran_args(o, r"ref|brief")),
     lambda o: gens_added(o))
case("r23-076", lambda o: answers(o, NONE + r"|not set"),
     lambda o: o.data_changed)
case("r23-077", lambda o: undone(o, r"like"),
     lambda o: not {2, 4} <= liked_in(o))
case("r23-078", lambda o: undone(o, r"rename"),
     lambda o: any(b == GW for b, _ in renamed(o)))
case("r23-079", lambda o: refuses(o),
     lambda o: o.data_changed)
case("r23-080", lambda o: ran_tool(o, r"like") and liked_only(o, {2, 4}),
     lambda o: gens_added(o) or 2 not in liked_in(o))
case("r23-081", lambda o: quiet(o) and bool(o.ran("download")) and downloaded(o, [2, 4], liked_ok=True),
     lambda o: o.data_changed)
case("r23-082", lambda o: quiet(o) and bool(o.ran("download")) and downloaded(o, [1, 2, 3, 4]),
     lambda o: o.data_changed)
case("r23-083", lambda o: quiet(o) and downloaded(o, [2, 4], liked_ok=True, path="silva.zip"),
     lambda o: o.data_changed)
case("r23-084", lambda o: len(pairs := o.modified("generations", "session_id")) == 1 and pairs[0][0]["session_id"] in sids(o, CH, "before") and pairs[0][0]["index"] == 2 and pairs[0][1]["session_id"] in sids(o, GW) and not gens_added(o),
     lambda o: gens_added(o) or len(o.modified("generations", "session_id")) > 1)
case("r23-085", lambda o: len(o.added("sessions")) == 1 and bool(made(o, "Veil Ideas", 4, r"veil")) and liked_in(o, "Veil Ideas") == {3, 4},
     lambda o: bool(liked_in(o, "Veil Ideas") & {1, 2}))
case("r23-086", lambda o: liked_in(o, LH) == {4, 8} and saved(o, {4, 8}, "Listing Photos", LH) and archived_in(o, LH) == {1, 2, 3, 5, 6, 7},
     lambda o: bool(archived_in(o, LH) & {4, 8}) or bool(saved_from(o, LH) - {4, 8}) or not sessions_active(o))
case("r23-087", lambda o: indexes(made(o, ORC, 3, r"orc")) == {6, 7, 8} and liked_in(o, ORC) == {6, 7, 8},
     lambda o: bool(liked_in(o, ORC) & {1, 2, 3, 4, 5}))
case("r23-088", lambda o: indexes(made(o, VL, 2, r"volcano")) == {5, 6} and liked_in(o, VL) == {5, 6} and saved(o, {5, 6}, "Lesson 5", VL),
     lambda o: bool(liked_in(o, VL) & {1, 2, 3, 4}) or bool(saved_from(o, VL) & {1, 2, 3, 4}))
case("r23-089", lambda o: saved(o, {2, 4}, "Favorites") and o.says(r"#?2\b") and o.says(r"#?4\b"),
     lambda o: bool(saved_from(o) - {2, 4}))
case("r23-090", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "menu cards" and len(gens(o, "Menu Cards")) >= 5 and all(index_of(o).get(g["parent_id"]) == ("menu cards", 2) for g in gens(o, "Menu Cards") if g["index"] > 4),
     lambda o: any(g["parent_id"] and index_of(o).get(g["parent_id"]) != ("menu cards", 2) for g in o.added("generations")))
case("r23-091", lambda o: liked_only(o, {3}, LH),
     lambda o: bool(liked_in(o, LH) - {3}))
case("r23-092", lambda o: saved(o, {2, 4}, "Picks"),
     lambda o: bool(saved_from(o) - {2, 4}))
case("r23-093", lambda o: indexes(made(o, GW, 2, r"cake")) == {7, 8} and liked_in(o) == {2, 4, 7, 8} and one_post(o, "Sweet day", {7, 8}),
     lambda o: len(o.added("posts")) > 1 or any(post_items(o, p) & {(GW, 2), (GW, 4)} for p in o.added("posts")))
case("r23-094", lambda o: bool(made(o, "Elf Bows", 3, r"bow")) and liked_in(o, ORC) == {5} and not liked_in(o, "Elf Bows"),
     lambda o: bool(liked_in(o, "Elf Bows")))
case("r23-095", lambda o: liked_in(o, LH) == {6} and saved(o, {6}, "Twilight", LH),
     lambda o: bool(saved_from(o, LH) - {6}))
case("r23-096", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "rehearsal dinner" and bool(made(o, "Rehearsal Dinner", 6, r"dinner table")),
     lambda o: len(gens(o, GW)) != 6)
case("r23-097", lambda o: liked_in(o) == {1, 2, 4} and not liked_in(o, CH) and o.says(r"chapel"),
     lambda o: bool(liked_in(o, CH)))
case("r23-098", lambda o: saved(o, {1, 3, 5}, "Client Preview", LH) and o.says(r"\b3\b|three"),
     lambda o: bool(saved_from(o, LH) - {1, 3, 5}))
case("r23-099", lambda o: len(new := o.added("generations")) == 3 and all(g["prompt"] == gen(o, VL, 2).get("prompt") or index_of(o).get(g["parent_id"]) == (VL, 2) for g in new),
     lambda o: gens_added(o) and len(o.added("generations")) != 3)
case("r23-100", lambda o: asks_or_refuses(o),
     lambda o: not nothing_removed(o))
case("r23-101", lambda o: refuses(o),
     lambda o: gens_added(o))
case("r23-102", lambda o: refuses(o),
     lambda o: o.data_changed)
case("r23-103", lambda o: refuses(o),
     lambda o: bool(renamed(o)))
case("r23-104", lambda o: refuses(o),
     lambda o: o.data_changed)
case("r23-105", lambda o: refuses(o) or (bool(made(o, LH, 5, r"living room"))),
     lambda o: any(not (g["prompt"] or "").strip() for g in o.added("generations")))
case("r23-106", lambda o: answers(o, r"chapel"),
     lambda o: o.data_changed)
case("r23-107", lambda o: answers(o, r"garden wedding", r"chapel"),
     lambda o: o.data_changed)
case("r23-108", lambda o: answers(o, r"\b6\b|\bsix\b"),
     lambda o: o.data_changed)
case("r23-109", lambda o: quiet(o) and not_lost(o),
     lambda o: o.data_changed)
case("r23-110", lambda o: answers(o, r"chapel"),
     lambda o: o.data_changed)
case("r23-111", lambda o: answers(o, esc(gen(o, GW, 3).get("prompt"))),
     lambda o: o.data_changed)
case("r23-112", lambda o: answers(o, rf"\b{gen(o, GW, 5).get('seed')}\b"),
     lambda o: o.data_changed)
case("r23-113", lambda o: answers(o, r"\b494\b"),
     lambda o: o.data_changed)
case("r23-114", lambda o: answers(o, r"\b9\b|\b491\b"),
     lambda o: o.data_changed)
case("r23-115", lambda o: answers(o, r"#?2\b", r"#?4\b"),
     lambda o: o.data_changed)
case("r23-116", lambda o: answers(o, r"picks"),
     lambda o: o.data_changed)
case("r23-117", lambda o: answers(o, r"\b2\b|two|roses"),
     lambda o: o.data_changed)
case("r23-118", lambda o: answers(o, r"\b8\b|eight"),
     lambda o: o.data_changed)
case("r23-119", lambda o: answers(o, r"\b2\b|\btwo\b"),
     lambda o: o.data_changed)
case("r23-120", lambda o: answers(o, r"\b500\b"),
     lambda o: o.data_changed)
case("r23-121", lambda o: answers(o, esc(gen(o, GW, 1).get("model"))),
     lambda o: o.data_changed)
case("r23-122", lambda o: answers(o, r"procedural|not an ai|not a model|not a real"),
     lambda o: o.data_changed)
case("r23-123", lambda o: len(new := o.added("generations")) >= 1 and all(index_of(o).get(g["parent_id"]) == (GW, 2) for g in new) and re.search(r"#?2\b", last_reply(o)) is not None,
     lambda o: bool(o.removed("generations")))
case("r23-124", lambda o: answers(o, NONE),
     lambda o: o.data_changed)
case("r23-125", lambda o: answers(o, NONE),
     lambda o: bool(o.added("posts")) or o.data_changed)
case("r23-126", lambda o: answers(o, NONE + r"|tag"),
     lambda o: o.data_changed)
case("r23-127", lambda o: answers(o, NONE + r"|project"),
     lambda o: o.data_changed)
case("r23-128", lambda o: answers(o, r"living room"),
     lambda o: o.data_changed)
case("r23-129", lambda o: quiet(o) and not_lost(o) and o.says(r"orc"),
     lambda o: o.data_changed)
case("r23-130", lambda o: quiet(o) and not_lost(o) and o.says(r"fog|chapel"),
     lambda o: o.data_changed)
case("r23-131", lambda o: answers(o, r"\bno\b|not saved|isn't|hasn't|not yet|not been"),
     lambda o: bool(o.added("assets")))
case("r23-132", lambda o: answers(o, r"yes|saved|picks"),
     lambda o: o.data_changed)
case("r23-133", lambda o: answers(o, r"\b1\b|one credit"),
     lambda o: o.data_changed)
case("r23-134", lambda o: answers(o, r"\b50\b"),
     lambda o: gens_added(o) or o.spent != 0)
case("r23-135", lambda o: answers(o, r"#?1\b", r"#?3\b", r"#?5\b"),
     lambda o: o.data_changed)
case("r23-136", lambda o: answers(o, rf"\b{gen(o, ORC, 4).get('seed')}\b", r"orc armor"),
     lambda o: o.data_changed)
case("r23-137", lambda o: answers(o, DATE),
     lambda o: o.data_changed)
case("r23-138", lambda o: quiet(o) and bool(o.replies) and not o.says(r"did not understand"),
     lambda o: o.data_changed)
case("r23-139", lambda o: answers(o, r"\b9\b|nine"),
     lambda o: o.data_changed)
case("r23-140", lambda o: answers(o, r"#?2\b", r"#?4\b") or refuses(o),
     lambda o: o.data_changed)
case("r23-141", lambda o: answers(o, NONE + r"|negative"),
     lambda o: o.data_changed)
case("r23-142", lambda o: answers(o, r"garden wedding|#?2\b"),
     lambda o: o.data_changed)
case("r23-143", lambda o: refuses(o, r"50|enough|at least|too few"),
     lambda o: o.spent != 0)
case("r23-144", lambda o: answers(o, NONE),
     lambda o: o.data_changed)
case("r23-145", lambda o: answers(o, r"stone chapel"),
     lambda o: o.data_changed)
case("r23-146", lambda o: answers(o, rf"\b{gen(o, ORC, 1).get('seed')}\b"),
     lambda o: o.data_changed)
case("r23-147", lambda o: answers(o, r"\b4\b|four"),
     lambda o: o.data_changed)
case("r23-148", lambda o: answers(o, r"\b2\b|two"),
     lambda o: o.data_changed)
case("r23-149", lambda o: answers(o, r"\b492\b"),
     lambda o: o.data_changed)
case("r23-150", lambda o: answers(o, r"\bno\b|not a remix|isn't|original|no parent"),
     lambda o: gens_added(o) or o.data_changed)
case("r23-151", lambda o: answers(o, r"procedural"),
     lambda o: o.data_changed)
case("r23-152", lambda o: answers(o, NONE),
     lambda o: o.data_changed)
case("r23-153", lambda o: answers(o, r"garden wedding"),
     lambda o: o.data_changed)
case("r23-154", lambda o: answers(o, NONE + r"|all|already"),
     lambda o: bool(o.added("assets")) or o.data_changed)
case("r23-155", lambda o: answers(o, r"\b6\b|six") or refuses(o),
     lambda o: o.data_changed)
case("r23-156", lambda o: answers(o, DATE),
     lambda o: o.data_changed)
case("r23-157", lambda o: answers(o, NONE),
     lambda o: bool(o.added("posts")) or o.data_changed)
case("r23-158", lambda o: answers(o, NONE),
     lambda o: o.data_changed)
case("r23-159", lambda o: answers(o, r"#?1\b", r"#?3\b", r"#?5\b"),
     lambda o: o.data_changed)
case("r23-160", lambda o: answers(o, rf"\b{gen(o, CH, 3).get('seed')}\b", esc(gen(o, CH, 3).get("model"))),
     lambda o: o.data_changed)
