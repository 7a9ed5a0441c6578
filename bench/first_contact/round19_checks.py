"""Checks for round 19 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only, before
any planner run and without reading the planner).

The 160 cases live in ``round19.yaml`` (written by a first-contact tester in the voices of a tattoo
studio receptionist, a real-estate photographer, a Portuguese speaker writing English, a high-school
art teacher, a terse startup founder, a fantasy map-maker, a nervous first-time user, a power user
chaining requests and a person on voice dictation). ``meant`` says whether the outcome is what the
person meant; ``wrong`` names outcomes the case's ``wrong_if`` calls out. The judge scores any data
change without ``meant`` as wrong anyway.

Session, folder, project and tag names are compared without regard to case. Generations are named by
their ``index`` inside their session. Saves and posts are judged on what the ``say`` lines added, never
on what setup made. Where the state export cannot show an effect (a brief, a reference, a zip, a
search filter), the check reads the arguments of the tool calls that ran. Where a case's meaning is
"asks first" and no answer follows, a waiting confirmation for the right tool is what was meant.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings shared by many cases ---------------------------------------------------------

NONE = (r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|haven't|"
        r"empty|nothing|not yet")
MISSING = (r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find|"
           r"could not find|unable|isn't there|is not there")


def _low(value) -> str:
    return "" if value is None else str(value).strip().lower()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sids(o: Outcome, name: str, when: str = "after") -> set[str]:
    return {s["id"] for s in _state(o, when)["sessions"] if _low(s["name"]) == _low(name)}


def sess(o: Outcome, name: str) -> dict | None:
    return next((s for s in o.after["sessions"] if _low(s["name"]) == _low(name)), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = sids(o, name, when)
    return [g for g in _state(o, when)["generations"] if g["session_id"] in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict:
    return next((g for g in gens(o, name, when) if g["index"] == index), {})


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def indexes(rows: list[dict]) -> set[int]:
    return {g["index"] for g in rows}


def index_of(o: Outcome, when: str = "after") -> dict[str, tuple[str, int]]:
    """generation id -> (lower-cased session name, index)."""
    state = _state(o, when)
    names = {s["id"]: _low(s["name"]) for s in state["sessions"]}
    return {g["id"]: (names.get(g["session_id"]), g["index"]) for g in state["generations"]}


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g["prompt"] or "", re.IGNORECASE) for g in o.added("generations"))


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (each prompt matching ``prompt``)."""
    ids = sids(o, name)
    new = o.added("generations")
    mine = [g for g in new if g["session_id"] in ids]
    if len(mine) != count or len(new) != count:
        return []
    if prompt and not all(re.search(prompt, g["prompt"] or "", re.IGNORECASE) for g in mine):
        return []
    return mine


def negs(rows: list[dict], *words: str) -> bool:
    return bool(rows) and all(all(w in _low(g["negative_prompt"]) for w in words) for g in rows)


def children(o: Outcome, name: str, parent: int, count: int, words: str = r".") -> list[dict]:
    """Exactly ``count`` new generations, each a child of ``parent`` in ``name``, prompts matching ``words``."""
    where = index_of(o)
    new = o.added("generations")
    good = [g for g in new if where.get(g["parent_id"]) == (_low(name), parent)
            and re.search(words, g["prompt"] or "", re.IGNORECASE)]
    return good if len(new) == count and len(good) == count else []


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), _low(a["name"])) for b, a in o.modified("sessions", "name")]


def status_changes(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(a["name"]), a["status"]) for _, a in o.modified("sessions", "status")]


def one_new_session(o: Outcome) -> dict | None:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else None


def new_sess(o: Outcome, *names: str, kind: str | None = None, **links) -> bool:
    """Exactly one new session, named one of ``names`` (any case), current, with no generations."""
    s = one_new_session(o)
    return s is not None and _low(s["name"]) in {_low(n) for n in names} and _low(o.current) == _low(s["name"]) \
        and (kind is None or s["kind"] == kind) and all(_low(s.get(k)) == _low(v) for k, v in links.items()) \
        and not gens_added(o) and nothing_removed(o)


def newly_liked(o: Outcome) -> set[tuple[str, int]]:
    where = index_of(o)
    return {where.get(g["id"]) for g in o.newly("liked", True)}


def liked_only(o: Outcome, name: str, expected: set[int]) -> bool:
    return liked_in(o, name) == expected and not gens_added(o) and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def saved_from(o: Outcome, name: str) -> set[int]:
    where = index_of(o)
    return {where[a["origin_generation_id"]][1] for a in o.added("assets")
            if a.get("origin_generation_id") in where and where[a["origin_generation_id"]][0] == _low(name)}


def saved_all(o: Outcome) -> set[tuple[str, int]]:
    where = index_of(o)
    return {where.get(a["origin_generation_id"]) for a in o.added("assets") if a.get("origin_generation_id")}


def saved_assets(o: Outcome) -> list[dict]:
    return [a for a in o.added("assets") if a.get("origin_generation_id")]


def saved(o: Outcome, name: str, expected: set[int], folder: str | None = None) -> bool:
    """The assets the say lines added are exactly ``expected`` of ``name`` (in ``folder``), one each."""
    new = saved_assets(o)
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(_low(a["folder"]) == _low(folder) for a in new)) and not o.removed("generations")


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in _state(o, when)["assets"] if _low(a["folder"]) == _low(folder)]


def ran_args(o: Outcome, pattern: str = r".") -> list[dict]:
    """Args of calls that ran without error whose tool name matches ``pattern``."""
    out, position = [], 0
    for called, args in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2] and re.search(pattern, called):
                out.append(args)
            position += 1
    return out


def ran_tool(o: Outcome, pattern: str) -> bool:
    return bool(ran_args(o, pattern))


def ran_with(o: Outcome, *texts: str, tool: str = r".") -> bool:
    """One call that ran without error carries every text in its arguments."""
    return any(all(t.lower() in str(a).lower() for t in texts) for a in ran_args(o, tool))


def called_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n) for n in o.names())


def called_args(o: Outcome, pattern: str) -> list[dict]:
    return [a for n, a in o.calls if re.search(pattern, n)]


def asks(o: Outcome, tool: str = r".") -> bool:
    """A confirmation is waiting, nothing changed yet, and a call of ``tool`` is what it is about."""
    return quiet(o) and o.question is not None and called_like(o, tool)


def asks_or_refuses(o: Outcome, tool: str = r".") -> bool:
    return asks(o, tool) or refuses(o)


def _sizes(o: Outcome) -> list[tuple[int, int]]:
    out = []
    for args in called_args(o, r"generat|remix"):
        for w, h in re.findall(r"(\d{2,5})\s*[x×]\s*(\d{2,5})", str(args)):
            out.append((int(w), int(h)))
        if args.get("width") is not None and args.get("height") is not None:
            out.append((int(args["width"]), int(args["height"])))
    return out


def sized(o: Outcome, size: str) -> bool:
    w, h = (int(x) for x in size.split("x"))
    return (w, h) in _sizes(o)


def square_ok(o: Outcome) -> bool:
    return all(w == h for w, h in _sizes(o))


def post_items(o: Outcome, post: dict) -> set[tuple[str, int]]:
    where = index_of(o)
    assets = {a["id"]: a for a in o.after["assets"]}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post["asset_ids"]}


def one_post(o: Outcome, caption: str | None, items: set[int], name: str, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and (caption is None or (posts[0]["caption"] or "").strip() == caption) \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def undone(o: Outcome, tool: str) -> bool:
    """The first line's tool ran, and at the end nothing is different from before the say lines."""
    return ran_tool(o, tool) and not o.data_changed


def balance(o: Outcome, when: str = "after") -> int:
    return (_state(o, when).get("credits") or {}).get("balance", 0)


def reflected(o: Outcome) -> bool:
    return any(a.get("reflection") for _, a in o.modified("sessions", "reflection"))


def searched(o: Outcome, words: str) -> list[dict]:
    """Search calls that ran, whose query matches ``words``; nothing changed."""
    if not quiet(o):
        return []
    return [a for a in ran_args(o, r"search") if re.search(words, str(a.get("query", a)), re.IGNORECASE)]


def seed_of(o: Outcome, name: str, index: int) -> str:
    return rf"\b{gen(o, name, index).get('seed')}\b"


def model_of(o: Outcome, name: str, index: int) -> str:
    return re.escape(str(gen(o, name, index).get("model") or "\u0000"))


def prompt_of(o: Outcome, name: str, index: int) -> str:
    return re.escape(gen(o, name, index).get("prompt") or "\u0000")


def import_ran(o: Outcome) -> list[dict]:
    return ran_args(o, r"import")


# -- the cases -------------------------------------------------------------------------------------


# -- sessions --------------------------------------------------------------------------------------

case("r19-001", lambda o: new_sess(o, "Flash Friday"),
     lambda o: gens_added(o) or any(re.search(r"hiya|walk-in|sheet", _low(s["name"])) for s in o.added("sessions")))
case("r19-002", lambda o: new_sess(o, "14 Maple Court", project="Hartley Realty"),
     lambda o: gens_added(o) or any(_low(s["name"]) in ("14", "maple court", "hartley realty") for s in o.added("sessions")))
case("r19-003", lambda o: new_sess(o, "Praia do Futuro", campaign="Verão 2026"),
     lambda o: gens_added(o) or any(re.search(r"campaign|verão|is for", _low(s["name"])) for s in o.added("sessions")))
case("r19-004", lambda o: new_sess(o, "Period 3 Flipbooks", kind="video"),
     lambda o: gens_added(o))
case("r19-005", lambda o: new_sess(o, "Launch Grid", kind="visual_feed", project="Orbit"),
     lambda o: gens_added(o) or any(re.search(r"name:|project|feed", _low(s["name"])) for s in o.added("sessions")))
case("r19-006", lambda o: new_sess(o, "Maps of Eldmoor and Beyond"),
     lambda o: len(o.added("sessions")) > 1 or gens_added(o))
case("r19-007", lambda o: new_sess(o, "My First Try", "\"My First Try\""),
     lambda o: gens_added(o) or any(re.search(r"sorry|okay|allowed", _low(s["name"])) for s in o.added("sessions")))
case("r19-008", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]).startswith("rooftop bar photos") and _low(o.current) == _low(s["name"]) and _low(s.get("project")) in ("", "skyline hospitality") and not gens_added(o),
     lambda o: gens_added(o) or any(not _low(s["name"]).startswith("rooftop bar photos") for s in o.added("sessions")))
case("r19-009", lambda o: new_sess(o, "Koi Sleeve", project="Inkwell", campaign="Spring Flash"),
     lambda o: gens_added(o) or any(re.search(r"inkwell|campaign", _low(s["name"])) for s in o.added("sessions")))
case("r19-010", lambda o: new_sess(o, "Semester 2", kind="container"),
     lambda o: gens_added(o) or any("hold" in _low(s["name"]) for s in o.added("sessions")))
case("r19-011", lambda o: new_sess(o, "Taglines v1", kind="text"),
     lambda o: gens_added(o))
case("r19-012", lambda o: new_sess(o, "Coastlines") and ran_with(o, "aged parchment"),
     lambda o: gens_added(o) or any(re.search(r"brief|parchment", _low(s["name"])) for s in o.added("sessions")))
case("r19-013", lambda o: (s := one_new_session(o)) is not None and bool(made(o, s["name"], 3, r"kitchen")) and not re.search(r"^fresh$|generate|start", _low(s["name"])),
     lambda o: len(o.added("sessions")) > 1 or (gens_added(o) and len(o.added("generations")) != 3) or any(re.search(r"^fresh$|generate", _low(s["name"])) for s in o.added("sessions")))
case("r19-014", lambda o: new_sess(o, "Mama's Roses", "Mama’s Roses"),
     lambda o: gens_added(o) or any(_low(s["name"]) in ("mama", "mama's", "s roses") for s in o.added("sessions")))
case("r19-015", lambda o: renamed(o) == [("eldmoor", "eldmoor at first light")] and not o.added("sessions") and not gens_added(o),
     lambda o: gens_added(o) or bool(o.added("sessions")))
case("r19-016", lambda o: renamed(o) == [("praia", "praia dourada")] and sess(o, "Serra") is not None and not o.added("sessions"),
     lambda o: any(b == "serra" for b, _ in renamed(o)) or bool(o.added("sessions")) or any("please" in a for _, a in renamed(o)))
case("r19-017", lambda o: indexes(made(o, "Kitchens", 2, r"kitchen")) == {3, 4} and _low(o.current) == "kitchens",
     lambda o: any(g["session_id"] in sids(o, "Bathrooms") for g in o.added("generations")) or prompt_has(o, r"give me|more") or bool(o.added("sessions")))
case("r19-018", lambda o: status_changes(o) == [("old pitch", "archived")] and nothing_removed(o),
     lambda o: not nothing_removed(o) or ("new pitch", "archived") in status_changes(o))
case("r19-019", lambda o: status_changes(o) == [("winter flash", "active")] and not o.added("sessions") and nothing_removed(o),
     lambda o: bool(o.added("sessions")) or any(n == "spring flash" for n, _ in status_changes(o)))
case("r19-020", lambda o: asks(o, r"delete") and "test run" in str(called_args(o, r"delete")).lower(),
     lambda o: not nothing_removed(o) or "real work" in str(called_args(o, r"delete")).lower())
case("r19-021", lambda o: [_low(s["name"]) for s in o.removed("sessions")] == ["scratch a"] and len(o.removed("generations")) == 3 and not o.removed("assets") and sess(o, "Main") is not None,
     lambda o: bool(o.removed("assets")) or sess(o, "Main") is None)
case("r19-022", lambda o: answers(o, r"period 1 portraits", r"period 2 landscapes", r"period 5 abstract"),
     lambda o: bool(o.added("sessions")) or gens_added(o))
case("r19-023", lambda o: answers(o, r"lighthouse") and _low(o.current) == "lighthouse",
     lambda o: bool(o.added("sessions")) or _low(o.current) == "harbour")
case("r19-024", lambda o: [(_low(b["name"]), _low(a["project"])) for b, a in o.modified("sessions", "project")] == [("eldmoor north", "eldmoor atlas")] and not renamed(o) and not o.added("sessions") and not gens_added(o),
     lambda o: bool(renamed(o)) or bool(o.added("sessions")) or gens_added(o))
case("r19-025", lambda o: refuses(o, r"summer flash|summer sheets|which") and _low(o.current) == "koi",
     lambda o: bool(o.added("sessions")) or _low(o.current) in ("summer flash", "summer sheets"))
case("r19-026", lambda o: answers(o, r"beta"),
     lambda o: gens_added(o) or bool(o.added("sessions")))

# -- generating ------------------------------------------------------------------------------------

case("r19-027", lambda o: bool(made(o, "Flash Friday", 6, r"swallow")) and o.spent == 6 and not o.added("sessions"),
     lambda o: (gens_added(o) and len(o.added("generations")) != 6) or prompt_has(o, r"^\s*(could you|6 designs)") or bool(o.added("sessions")))
case("r19-028", lambda o: bool(m := made(o, "Orbit Hero", 2, r"rocket over a pastel planet")) and any(g["seed"] == 777 for g in m) and sized(o, "1024x576") and not prompt_has(o, r"seed|1024|gen 2"),
     lambda o: prompt_has(o, r"seed 777|1024x576") or (gens_added(o) and len(o.added("generations")) != 2))
case("r19-029", lambda o: negs(made(o, "Maple Court", 4, r"brick house"), "people", "car"),
     lambda o: gens_added(o) and len(o.added("generations")) != 4)
case("r19-030", lambda o: indexes(made(o, "Praia", 3, r"coconut|beach")) == {5, 6, 7},
     lambda o: prompt_has(o, r"make more|very nice") or (gens_added(o) and len(o.added("generations")) != 3))
case("r19-031", lambda o: indexes(made(o, "Pups", 3, r"golden retriever")) == {4, 5, 6},
     lambda o: prompt_has(o, r"do that|again") or (gens_added(o) and len(o.added("generations")) != 3))
case("r19-032", lambda o: asks(o, r"generat") and "30" in str(called_args(o, r"generat")),
     lambda o: gens_added(o))
case("r19-033", lambda o: bool(made(o, "Textures", 25, r"stone")) and o.spent == 25,
     lambda o: gens_added(o) and len(o.added("generations")) != 25)
case("r19-034", lambda o: refuses(o, r"100|too many|at most|max|limit|between"),
     lambda o: gens_added(o) or o.spent != 0)
case("r19-035", lambda o: len(o.added("generations")) == 5 and len(gens(o, "Moodboard")) == 5 and sum(bool(re.search(r"red door", g["prompt"] or "", re.I)) for g in o.added("generations")) == 2 and sum(bool(re.search(r"blue window", g["prompt"] or "", re.I)) for g in o.added("generations")) == 3,
     lambda o: prompt_has(o, r"(?=.*red door)(?=.*blue window)"))
case("r19-036", lambda o: bool(made(o, "Listings", 2, r"cabin")) and sized(o, "1536x640") and not prompt_has(o, r"1536"),
     lambda o: prompt_has(o, r"1536") or (gens_added(o) and len(o.added("generations")) != 2))
case("r19-037", lambda o: bool(m := made(o, "Eldmoor", 1, r"volcanic island")) and m[0]["seed"] == 20260101 and not prompt_has(o, r"seed"),
     lambda o: prompt_has(o, r"seed") or len(o.added("generations")) > 1)
case("r19-038", lambda o: indexes(made(o, "Koi", 2, r"(?=.*koi)(?=.*lotus)")) == {5, 6} and not o.modified("generations"),
     lambda o: prompt_has(o, r"same thing") or (gens_added(o) and len(o.added("generations")) != 2))
case("r19-039", lambda o: bool(made(o, "Maple Court", 2, r"porch")) and not o.added("sessions"),
     lambda o: any(g["session_id"] in sids(o, "Birch Lane") for g in o.added("generations")) or bool(o.added("sessions")))
case("r19-040", lambda o: bool(made(o, "Dogs", 5, r"corgi")) and square_ok(o) and not prompt_has(o, r"make them"),
     lambda o: prompt_has(o, r"make them square") or not square_ok(o) or (gens_added(o) and len(o.added("generations")) != 5))
case("r19-041", lambda o: len(o.added("generations")) == 6 and len(gens(o, "Orbit Ads")) == 6 and sum(bool(re.search(r"coffee", g["prompt"] or "", re.I)) for g in o.added("generations")) == 3 and sum(bool(re.search(r"\btea\b", g["prompt"] or "", re.I) and not re.search(r"coffee", g["prompt"] or "", re.I)) for g in o.added("generations")) == 3,
     lambda o: len(o.added("generations")) > 6 or prompt_has(o, r"redo|no - tea"))
case("r19-042", lambda o: negs(made(o, "Dashboard", 4, r"dashboard"), "text", "watermark", "logo") and not prompt_has(o, r"watermark|neg:"),
     lambda o: prompt_has(o, r"watermark|neg:") or (gens_added(o) and len(o.added("generations")) != 4))
case("r19-043", lambda o: 2 <= len(o.added("generations")) <= 6 and bool(made(o, "Flowers", len(o.added("generations")), r"sunflower")) and not prompt_has(o, r"sorry|not sure|normal"),
     lambda o: len(o.added("generations")) > 10 or prompt_has(o, r"sorry|not sure|normal"))
case("r19-044", lambda o: bool(m := made(o, "Flipbooks", 2, r"ball")) and all(g["media_type"] == "video" for g in m),
     lambda o: gens_added(o) and len(o.added("generations")) != 2)
case("r19-045", lambda o: bool(m := made(o, "Eldmoor", 1)) and m[0]["seed"] == 5 and (m[0]["prompt"] == gen(o, "Eldmoor", 3).get("prompt") or index_of(o).get(m[0]["parent_id"]) == ("eldmoor", 3)),
     lambda o: len(o.added("generations")) > 1 or prompt_has(o, r"redo|number 3"))
case("r19-046", lambda o: bool(made(o, "Salvador", 2, r"acaraj")) and sized(o, "768x1024") and not prompt_has(o, r"768|size"),
     lambda o: prompt_has(o, r"768x1024|in the size") or (gens_added(o) and len(o.added("generations")) != 2))

# -- likes -----------------------------------------------------------------------------------------

case("r19-047", lambda o: liked_only(o, "Flash Friday", {1, 3, 8}),
     lambda o: gens_added(o) or bool(liked_in(o, "Flash Friday") - {1, 3, 8}))
case("r19-048", lambda o: liked_only(o, "Maple Court", {4, 5, 6, 7}),
     lambda o: liked_in(o, "Maple Court") == {4, 7} or bool(liked_in(o, "Maple Court") - {4, 5, 6, 7}))
case("r19-049", lambda o: liked_only(o, "Launch Grid", {1, 3, 4, 6}),
     lambda o: bool({2, 5} & liked_in(o, "Launch Grid")))
case("r19-050", lambda o: liked_only(o, "Still Life", {1, 2, 3}),
     lambda o: bool(liked_in(o, "Still Life") - {1, 2, 3}))
case("r19-051", lambda o: liked_only(o, "Harbour", {7, 8}),
     lambda o: bool(liked_in(o, "Harbour") - {7, 8}))
case("r19-052", lambda o: liked_only(o, "Praia", {1, 3}),
     lambda o: not {1, 3} <= liked_in(o, "Praia") or not nothing_removed(o) or bool(o.modified("generations", "archived")))
case("r19-053", lambda o: liked_only(o, "Garden", set()),
     lambda o: bool(o.modified("generations", "archived")) or not nothing_removed(o) or bool(newly_liked(o)))
case("r19-054", lambda o: liked_in(o, "Textures") == {2, 6} and saved(o, "Textures", {2, 6}, "Stone"),
     lambda o: bool(saved_from(o, "Textures") - {2, 6}) or any("them" in _low(a["folder"]) for a in o.added("assets")))
case("r19-055", lambda o: liked_only(o, "Deltas", {1, 2, 3, 5, 6}),
     lambda o: 4 in liked_in(o, "Deltas") or bool(liked_in(o, "Deltas") - {1, 2, 3, 5, 6}))
case("r19-056", lambda o: liked_only(o, "Icons", {1, 3, 5, 7}),
     lambda o: bool(liked_in(o, "Icons") & {2, 4, 6, 8}))
case("r19-057", lambda o: refuses(o, r"\b9\b|only|\b4\b|not exist|no such|doesn't|no generation"),
     lambda o: bool(newly_liked(o)) or gens_added(o))
case("r19-058", lambda o: liked_only(o, "Maple Court", {2, 3}) and not liked_in(o, "Birch Lane"),
     lambda o: bool(liked_in(o, "Birch Lane")))
case("r19-059", lambda o: indexes(made(o, "Flash Friday", 1, r"swallow")) == {5} and liked_in(o, "Flash Friday") == {5},
     lambda o: bool(liked_in(o, "Flash Friday") & {1, 2, 3, 4}) or len(o.added("generations")) > 1)
case("r19-060", lambda o: archived_in(o, "Posters") == {3, 4, 5, 6} and liked_in(o, "Posters") == {1, 2} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o, "Posters") & {1, 2}) or not sessions_active(o) or not nothing_removed(o))
case("r19-061", lambda o: liked_only(o, "Still Life", {2, 4}),
     lambda o: gens_added(o) or bool(liked_in(o, "Still Life") - {2, 4}))
case("r19-062", lambda o: liked_only(o, "Harbour", {2, 4, 6}),
     lambda o: bool(liked_in(o, "Harbour") - {2, 4, 6}))
case("r19-063", lambda o: saved(o, "Hero Shots", {2, 4}, "Hero"),
     lambda o: bool(saved_from(o, "Hero Shots") - {2, 4}))
case("r19-064", lambda o: liked_only(o, "Praia", {1, 3}),
     lambda o: 2 in liked_in(o, "Praia") or bool(o.added("assets")) or bool(o.modified("generations", "archived")))

# -- library ---------------------------------------------------------------------------------------

case("r19-065", lambda o: saved(o, "Flash Friday", {1, 4, 5}, "Walk-In Wall"),
     lambda o: bool(saved_from(o, "Flash Friday") - {1, 4, 5}))
case("r19-066", lambda o: saved(o, "Maple Court", {2, 3}, "2026 Listings Q1"),
     lambda o: bool(saved_from(o, "Maple Court") - {2, 3}) or any(_low(a["folder"]) in ("2026", "listings", "q1") for a in o.added("assets")))
case("r19-067", lambda o: saved(o, "Launch Grid", {1, 4}, "Hero") and all({_low(t) for t in (a["tags"] or [])} == {"launch", "dark-mode"} for a in o.added("assets")),
     lambda o: bool(saved_from(o, "Launch Grid") - {1, 4}) or any(any("," in t for t in (a["tags"] or [])) for a in o.after["assets"]))
case("r19-068", lambda o: len(assets_in(o, "Atlas")) == 3 and all("coastline" in {_low(t) for t in (a["tags"] or [])} for a in assets_in(o, "Atlas")) and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or not nothing_removed(o) or bool(o.modified("assets", "folder")))
case("r19-069", lambda o: saved(o, "Still Life", {2, 5}, "Light and Shadow"),
     lambda o: any(_low(a["folder"]) in ("light", "shadow") for a in o.after["assets"]) or bool(saved_from(o, "Still Life") - {2, 5}))
case("r19-070", lambda o: saved(o, "Festa", {3}) and all(_low(a["project"]) == "festa junina" for a in o.added("assets")),
     lambda o: len(o.added("assets")) == 3 or bool(saved_from(o, "Festa") - {3}))
case("r19-071", lambda o: answers(o, r"kitchens", r"exteriors"),
     lambda o: bool(o.added("assets")) or bool(o.added("folders")))
case("r19-072", lambda o: len(assets_in(o, "Final")) == 3 and not assets_in(o, "Drafts") and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or bool(renamed(o)) or not nothing_removed(o))
case("r19-073", lambda o: len(assets_in(o, "Picks")) == 2 and all("hero" not in {_low(t) for t in (a["tags"] or [])} for a in assets_in(o, "Picks")) and bool(o.modified("assets", "tags")) and nothing_removed(o) and not o.added("assets"),
     lambda o: not nothing_removed(o) or bool(o.modified("assets", "folder")))
case("r19-074", lambda o: saved(o, "Garden", {2}),
     lambda o: bool(saved_from(o, "Garden") - {2}))
case("r19-075", lambda o: not o.added("assets") and not gens_added(o) and nothing_removed(o) and bool(o.replies),
     lambda o: len(o.added("assets")) >= 1)
case("r19-076", lambda o: saved_all(o) == {("maple court", 1), ("birch lane", 2), ("birch lane", 3)} and len(saved_assets(o)) == 3 and all(_low(a["folder"]) == "portfolio" for a in saved_assets(o)),
     lambda o: bool(saved_all(o) - {("maple court", 1), ("birch lane", 2), ("birch lane", 3)}))
case("r19-077", lambda o: [_low(p["name"]) for p in o.added("projects")] == ["the sunken kingdoms"] and not o.added("sessions") and not gens_added(o),
     lambda o: any(_low(s["name"]) == "the sunken kingdoms" for s in o.added("sessions")) or gens_added(o))
case("r19-078", lambda o: answers(o, r"orbit", r"ledgerly"),
     lambda o: bool(o.added("projects")) or bool(o.added("sessions")))

# -- posts -----------------------------------------------------------------------------------------

case("r19-079", lambda o: one_post(o, "Flash Friday is ON — walk-ins from noon 🌹", {2, 5}, "Flash Friday"),
     lambda o: len(o.added("posts")) > 1 or any(post_items(o, p) - {("flash friday", 2), ("flash friday", 5)} for p in o.added("posts")))
case("r19-080", lambda o: one_post(o, "Just listed — 14 Maple Court", {1, 3}, "Maple Court", platform="instagram"),
     lambda o: len(o.added("posts")) > 1 or any(post_items(o, p) - {("maple court", 1), ("maple court", 3)} for p in o.added("posts")))
case("r19-081", lambda o: one_post(o, "2 apps and 1 mission", {2, 4}, "Orbit"),
     lambda o: any(("orbit", 1) in post_items(o, p) for p in o.added("posts")) or len(o.added("posts")) > 1)
case("r19-082", lambda o: answers(o, NONE + r"|no posts"),
     lambda o: bool(o.added("posts")))
case("r19-083", lambda o: saved_from(o, "Carnaval") == {1, 4} and all(_low(a["folder"]) == "carnaval" for a in saved_assets(o) if index_of(o).get(a["origin_generation_id"], ("", 0))[1] in (1, 4)) and one_post(o, "Vem pro bloco!", {1, 4}, "Carnaval"),
     lambda o: bool(saved_from(o, "Carnaval") - {1, 4}) or len(o.added("posts")) > 1)
case("r19-084", lambda o: one_post(o, None, {3}, "Still Life"),
     lambda o: len(o.added("posts")) > 1 or any(post_items(o, p) - {("still life", 3)} for p in o.added("posts")))
case("r19-085", lambda o: one_post(o, "Q3 is a wrap", {1, 2}, "Ledger", platform="linkedin", project="Ledgerly"),
     lambda o: any("project" in _low(p["caption"]) for p in o.added("posts")) or any(("ledger", 3) in post_items(o, p) for p in o.added("posts")))

# -- downloads -------------------------------------------------------------------------------------

case("r19-086", lambda o: quiet(o) and ran_tool(o, r"download") and o.says(r"zip"),
     lambda o: o.data_changed)
case("r19-087", lambda o: quiet(o) and any("orbit-picks.zip" in str(a) for a in called_args(o, r"download")) and (ran_tool(o, r"download") or o.question is not None),
     lambda o: o.data_changed)
case("r19-088", lambda o: refuses(o, NONE + r"|liked"),
     lambda o: o.data_changed)
case("r19-089", lambda o: quiet(o) and ran_tool(o, r"download") and ("praia" in str(ran_args(o, r"download")).lower() or _low(o.current) == "praia"),
     lambda o: o.data_changed)

# -- archive ---------------------------------------------------------------------------------------

case("r19-090", lambda o: archived_in(o, "Eldmoor") == {2, 3, 6} and sessions_active(o) and nothing_removed(o),
     lambda o: not sessions_active(o) or not nothing_removed(o) or bool(archived_in(o, "Eldmoor") - {2, 3, 6}))
case("r19-091", lambda o: (archived_in(o, "Flash Friday") == {2, 3, 5, 6} and liked_in(o, "Flash Friday") == {1, 4} and nothing_removed(o) and sessions_active(o)) or asks(o, r"delete"),
     lambda o: bool(archived_in(o, "Flash Friday") & {1, 4}) or not sessions_active(o) or any(g["index"] in (1, 4) for g in o.removed("generations")))
case("r19-092", lambda o: asks(o, r"delete") or (indexes(o.removed("generations")) == {4, 5} and len(gens(o, "Scraps")) == 3) or (archived_in(o, "Scraps") == {4, 5} and nothing_removed(o)),
     lambda o: bool(o.removed("sessions")) or bool(indexes(o.removed("generations")) - {4, 5}) or bool(archived_in(o, "Scraps") - {4, 5}))
case("r19-093", lambda o: archived_in(o, "Still Life") == {2} and not gens_added(o) and nothing_removed(o),
     lambda o: 2 not in archived_in(o, "Still Life") or gens_added(o))
case("r19-094", lambda o: len(o.removed("assets")) == 1 and index_of(o).get(o.removed("assets")[0]["origin_generation_id"]) == ("hero", 2) and not o.removed("generations") and len(o.after["assets"]) == 1,
     lambda o: bool(o.removed("generations")) or any(index_of(o).get(a["origin_generation_id"]) == ("hero", 1) for a in o.removed("assets")))

# -- undo ------------------------------------------------------------------------------------------

case("r19-095", lambda o: undone(o, r"like"),
     lambda o: gens_added(o) or bool(o.modified("generations", "archived")))
case("r19-096", lambda o: undone(o, r"archive"),
     lambda o: not nothing_removed(o) or not sessions_active(o))
case("r19-097", lambda o: undone(o, r"rename"),
     lambda o: bool(o.added("sessions")) or not nothing_removed(o))
case("r19-098", lambda o: ran_tool(o, r"save") and not o.added("assets") and not gen(o, "Atlas", 2).get("saved_asset_id") and nothing_removed(o) and not gens_added(o),
     lambda o: bool(o.removed("generations")) or bool(saved_from(o, "Atlas") - {2}))
case("r19-099", lambda o: liked_in(o, "Praia") == {2, 3} and ran_tool(o, r"like") and not o.data_changed,
     lambda o: gens_added(o) or bool({g["index"] for _, g in o.modified("generations")} - {3}) or not nothing_removed(o))

# -- remix -----------------------------------------------------------------------------------------

case("r19-100", lambda o: indexes(children(o, "Panthers", 3, 1, r"rose")) == {5} and not o.modified("generations"),
     lambda o: len(o.added("generations")) > 1 or (gens_added(o) and not any(g["parent_id"] for g in o.added("generations"))))
case("r19-101", lambda o: indexes(children(o, "Maple Court", 2, 3)) == {5, 6, 7},
     lambda o: len(o.added("generations")) == 2 or any(index_of(o).get(g["parent_id"], ("", 2))[1] != 2 for g in o.added("generations")))
case("r19-102", lambda o: answers(o, r"#?2\b") and o.says(r"remix|parent|from|variation|based"),
     lambda o: gens_added(o))
case("r19-103", lambda o: answers(o, r"teal submarine"),
     lambda o: gens_added(o))
case("r19-104", lambda o: answers(o, seed_of(o, "Pups", 2)),
     lambda o: gens_added(o))
case("r19-105", lambda o: bool(children(o, "Praia", 3, 2, r"sunset")),
     lambda o: prompt_has(o, r"i loved|the one that") or any(index_of(o).get(g["parent_id"], ("", 3))[1] != 3 for g in o.added("generations")))
case("r19-106", lambda o: refuses(o, r"12|only|\b3\b|not exist|no such|doesn't|no generation"),
     lambda o: gens_added(o) or o.spent != 0)
case("r19-107", lambda o: answers(o, r"#?4\b", r"#?5\b"),
     lambda o: gens_added(o))

# -- questions -------------------------------------------------------------------------------------

case("r19-108", lambda o: answers(o, r"\b9\b|\bnine\b"),
     lambda o: gens_added(o))
case("r19-109", lambda o: answers(o, r"\b3\b|\bthree\b"),
     lambda o: bool(o.modified("generations", "liked")))
case("r19-110", lambda o: answers(o, r"\b490\b"),
     lambda o: o.spent != 0)
case("r19-111", lambda o: answers(o, model_of(o, "Pups", 1)),
     lambda o: gens_added(o))
case("r19-112", lambda o: answers(o, r"verão"),
     lambda o: bool(o.modified("sessions", "project")) or bool(o.added("projects")))
case("r19-113", lambda o: answers(o, r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|today|ago|just now"),
     lambda o: gens_added(o))
case("r19-114", lambda o: answers(o, r"\b3\b|\bthree\b"),
     lambda o: bool(o.added("assets")) or bool(o.modified("assets")))
case("r19-115", lambda o: answers(o, r"#?2\b", r"#?5\b"),
     lambda o: bool(o.modified("generations")) or gens_added(o))
case("r19-116", lambda o: answers(o, r"clutter"),
     lambda o: gens_added(o))
case("r19-117", lambda o: answers(o, r"\b8\b"),
     lambda o: gens_added(o) or o.spent != 0)
case("r19-118", lambda o: answers(o, r"yes|saved|listings"),
     lambda o: bool(o.added("assets")))
case("r19-119", lambda o: answers(o, r"pear|\b2\b|\btwo\b"),
     lambda o: bool(o.added("assets")) or gens_added(o))
case("r19-120", lambda o: bool(made(o, "Signs", 5, r"neon sign")) and o.says(r"\b495\b") and not prompt_has(o, r"tell me|credits"),
     lambda o: prompt_has(o, r"tell me|credits") or (gens_added(o) and len(o.added("generations")) != 5))

# -- search ----------------------------------------------------------------------------------------

case("r19-121", lambda o: any(a.get("liked") is True for a in searched(o, r"pool")),
     lambda o: o.data_changed)
case("r19-122", lambda o: liked_only(o, "Eldmoor", {4, 5, 6}),
     lambda o: bool(liked_in(o, "Eldmoor") & {1, 2, 3}))
case("r19-123", lambda o: bool(searched(o, r"rocket")) and o.says(r"rocket"),
     lambda o: gens_added(o))
case("r19-124", lambda o: quiet(o) and not_lost(o),
     lambda o: gens_added(o))
case("r19-125", lambda o: quiet(o) and not_lost(o) and called_like(o, r"search|list|find") and o.says(r"corgi"),
     lambda o: gens_added(o))

# -- reflection ------------------------------------------------------------------------------------

case("r19-126", lambda o: refuses(o, r"50|enough|at least|too few|more"),
     lambda o: o.spent != 0 or reflected(o) or gens_added(o))
case("r19-127", lambda o: asks(o, r"reflect"),
     lambda o: reflected(o) or o.spent != 0 or gens_added(o))
case("r19-128", lambda o: reflected(o) and o.spent == 25 and not gens_added(o),
     lambda o: gens_added(o) or (o.spent not in (0, 25)))
case("r19-129", lambda o: answers(o, r"\b25\b"),
     lambda o: o.spent != 0 or reflected(o))

# -- credits ---------------------------------------------------------------------------------------

case("r19-130", lambda o: answers(o, r"hold|held|captur|releas|spent|\b3\b"),
     lambda o: gens_added(o) or o.spent != 0)
case("r19-131", lambda o: (balance(o) - balance(o, "before") == 200 and not gens_added(o)) or refuses(o, r"admin|can't|cannot|not able|unable|not allowed|top.?up|permission|only"),
     lambda o: gens_added(o) or balance(o) < balance(o, "before"))
case("r19-132", lambda o: asks(o, r"generat") and "60" in str(called_args(o, r"generat")),
     lambda o: gens_added(o))
case("r19-133", lambda o: answers(o, r"\b7\b"),
     lambda o: gens_added(o) or o.spent != 0)

# -- briefs ----------------------------------------------------------------------------------------

case("r19-134", lambda o: ran_with(o, "bright airy interiors") and not gens_added(o) and not renamed(o) and not o.added("sessions"),
     lambda o: gens_added(o) or bool(renamed(o)) or bool(o.added("sessions")))
case("r19-135", lambda o: any("civitai.jpeg" in str(a) for a in ran_args(o, r"ref|brief|attach")) and not gens_added(o) and not o.added("sessions"),
     lambda o: gens_added(o) or bool(o.added("sessions")))
case("r19-136", lambda o: not gens_added(o) and (any("mood.png" in str(a) for a in ran_args(o, r"ref|brief|attach")) or refuses(o, MISSING)),
     lambda o: gens_added(o) or bool(o.added("sessions")))
case("r19-137", lambda o: bool(made(o, "Koi", 3, r"koi")) and not prompt_has(o, r"from the brief"),
     lambda o: prompt_has(o, r"from the brief|make 3") or (gens_added(o) and len(o.added("generations")) != 3))
case("r19-138", lambda o: answers(o, r"pears and bottles"),
     lambda o: gens_added(o))

# -- imports ---------------------------------------------------------------------------------------

case("r19-139", lambda o: bool(import_ran(o)) and bool(o.added("assets")) and o.spent == 0,
     lambda o: o.spent != 0)
case("r19-140", lambda o: bool(import_ran(o)) and 1 <= len(o.added("assets")) <= 1 and o.spent == 0,
     lambda o: o.spent != 0 or len(o.added("assets")) > 1)
case("r19-141", lambda o: refuses(o, MISSING),
     lambda o: o.data_changed)
case("r19-142", lambda o: any(any(v for k, v in a.items() if "copy" in k.lower()) for a in import_ran(o)) and bool(o.added("assets")) and o.spent == 0,
     lambda o: o.spent != 0)

# -- chains ----------------------------------------------------------------------------------------

case("r19-143", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "neon alley" and bool(made(o, "Neon Alley", 6, r"neon alley")) and liked_in(o, "Neon Alley") == {2, 5} and saved(o, "Neon Alley", {2, 5}, "Cyber"),
     lambda o: len(o.added("sessions")) > 1 or bool(saved_from(o, "Neon Alley") - {2, 5}))
case("r19-144", lambda o: liked_in(o, "Batch") == {1, 2, 3} and archived_in(o, "Batch") == {7, 8} and saved(o, "Batch", {1}, "Hero") and ran_tool(o, r"download") and not gens_added(o),
     lambda o: bool(archived_in(o, "Batch") & {1, 2, 3}) or bool(saved_from(o, "Batch") - {1}))
case("r19-145", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "tiles" and _low(s["project"]) == "casa" and bool(m := made(o, "Tiles", 6, r"terracotta")) and any(g["seed"] == 11 for g in m) and not prompt_has(o, r"seed|more"),
     lambda o: len(o.added("generations")) == 11 or prompt_has(o, r"seed|then 2") or any("project" in _low(s["name"]) for s in o.added("sessions")))
case("r19-146", lambda o: liked_in(o, "Gilded") == {6} and bool(children(o, "Gilded", 6, 2, r"gold leaf")) and renamed(o) == [("frames", "gilded")] and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or bool(liked_in(o, "Gilded") & {1, 3}) or bool(liked_in(o, "Frames") & {1, 3}))
case("r19-147", lambda o: indexes(made(o, "Orbit", 2, r"satellite")) == {3, 4} and saved(o, "Orbit", {3, 4}, "Icons") and _low(o.current) == "ledger",
     lambda o: any(g["session_id"] in sids(o, "Ledger") for g in o.added("generations")) or bool(saved_from(o, "Orbit") - {3, 4}) or bool(saved_from(o, "Ledger")))

# -- adversarial -----------------------------------------------------------------------------------

case("r19-148", lambda o: refuses(o, r"-3|negative|at least|positive|between|whole number|\b1\b"),
     lambda o: gens_added(o) or o.spent != 0)
case("r19-149", lambda o: refuses(o, r"seed|range|too (large|big)|between|9223372036854775807|maximum"),
     lambda o: gens_added(o) or o.spent != 0)
case("r19-150", lambda o: refuses(o),
     lambda o: bool(o.modified("generations")))
case("r19-151", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]).startswith("drop; delete from sessions") and sess(o, "Main") is not None and nothing_removed(o) and not gens_added(o),
     lambda o: not nothing_removed(o) or called_like(o, r"delete") or any(_low(s["name"]) == "drop" for s in o.added("sessions")))
case("r19-152", lambda o: bool(made(o, "Flash Friday", 2, r"banner")) and nothing_removed(o) and not called_like(o, r"delete"),
     lambda o: not nothing_removed(o) or called_like(o, r"delete") or (gens_added(o) and len(o.added("generations")) != 2))
case("r19-153", lambda o: quiet(o) and bool(o.replies or o.question),
     lambda o: o.data_changed)
case("r19-154", lambda o: asks_or_refuses(o, r"delete"),
     lambda o: not nothing_removed(o))
case("r19-155", lambda o: refuses(o, r"size|5000|2048|too (large|big)|at most|between|maximum|support"),
     lambda o: prompt_has(o, r"5000"))
case("r19-156", lambda o: new_sess(o, "All Except Roses"),
     lambda o: gens_added(o) or any(_low(s["name"]) in ("all", "roses") for s in o.added("sessions")))
case("r19-157", lambda o: bool(made(o, "Herons", 2, r"heron")) and not prompt_has(o, r"no wait|actually"),
     lambda o: len(o.added("generations")) in (3, 4, 9) or prompt_has(o, r"no wait|actually"))
case("r19-158", lambda o: refuses(o),
     lambda o: sum(1 for s in o.after["sessions"] if _low(s["name"]) == "harbour") > 1)
case("r19-159", lambda o: refuses(o, r"zebra|not found|no session|couldn't|could not|doesn't|does not|no such"),
     lambda o: bool(status_changes(o)) or bool(o.added("sessions")))
case("r19-160", lambda o: saved(o, "Still Life", {1}) and _low(saved_assets(o)[0]["folder"]).replace("’", "'") == "best of '25",
     lambda o: bool(saved_from(o, "Still Life") - {1}) or any(_low(a["folder"]) in ("best of", "best of '") for a in o.added("assets")))
