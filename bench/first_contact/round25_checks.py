"""Checks for round 25 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only,
before anything was run and without reading the planner).

Session and folder names are compared without regard to case. Questions must change nothing and
name what the setup makes certain. Where ``meant`` is "asks first" and no answer follows in ``say``,
a waiting confirmation (nothing changed) is what was meant. ``wrong`` only names changes the person
did not want; asking back or refusing is never wrong.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- names used by the setups ----------------------------------------------------------------------

H, C, P, T, B, A = "harbour", "cupcakes", "birthday balloons", "thumbnails", "bakery", "villa atrium"
NONE = (r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|"
        r"do not have|empty|nothing|haven't|not yet|aren't any|are no|isn't")
MISSING = (r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find|"
           r"could not find|no session|unknown")


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


def liked_in(o: Outcome, name: str = H) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str = H) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def index_of(o: Outcome) -> dict[str, tuple[str, int]]:
    names = {s["id"]: _low(s["name"]) for s in o.after["sessions"]}
    return {g["id"]: (names.get(g["session_id"]), g["index"]) for g in o.after["generations"]}


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (every prompt matching ``prompt``)."""
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


def saved_from(o: Outcome, name: str = H) -> set[int]:
    where = index_of(o)
    return {where[a["origin_generation_id"]][1] for a in o.added("assets")
            if a["origin_generation_id"] in where and where[a["origin_generation_id"]][0] == _low(name)}


def saved_all(o: Outcome) -> set:
    where = index_of(o)
    return {where.get(a["origin_generation_id"]) for a in o.added("assets")}


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def saved(o: Outcome, expected: set[int], folder: str | None = None, name: str = H) -> bool:
    """The new assets are exactly ``expected`` of ``name`` (in ``folder``), one each."""
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(_low(a["folder"]) == _low(folder) for a in new)) and nothing_removed(o)


def liked_only(o: Outcome, expected: set[int], name: str = H) -> bool:
    return liked_in(o, name) == expected and not o.added("generations") and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["name"]) for b, a in o.modified("sessions", "name")]


def new_sess(o: Outcome, *names: str) -> bool:
    """Exactly one new session, named one of ``names`` (any case), current, with no generations."""
    new = o.added("sessions")
    wanted = {_low(n) for n in names}
    return len(new) == 1 and _low(new[0]["name"]) in wanted and _low(o.current) in wanted \
        and not o.added("generations") and not renamed(o) and nothing_removed(o)


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
    return bool(ran_args(o, pattern)) or any(
        re.search(pattern, n) and not err for n, _, err, _ in o.results)


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
               for a in o.called("generate") + o.ran())


def children(o: Outcome, parent: int, name: str = H, words: str = r".") -> list[dict]:
    """The new generations, when there are some and every one is a child of ``parent`` in ``name``."""
    where = index_of(o)
    new = o.added("generations")
    good = [g for g in new if where.get(g["parent_id"]) == (_low(name), parent)
            and re.search(words, g["prompt"] or "", re.IGNORECASE)]
    return good if new and len(good) == len(new) else []


def post_items(o: Outcome, post: dict) -> set:
    where = index_of(o)
    assets = {a["id"]: a for a in o.after["assets"]}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post["asset_ids"]}


def one_post(o: Outcome, caption: str, items: set[int], name: str = H, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and posts[0]["caption"].strip() == caption \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def assets_now(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.after["assets"] if _low(a["folder"]) == _low(folder)]


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g["prompt"] or "", re.IGNORECASE) for g in o.added("generations"))


def undone(o: Outcome, tool: str) -> bool:
    """The first line's tool ran, and at the end nothing differs from before the say lines."""
    return ran_tool(o, tool) and not o.data_changed


def status_changes(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["status"]) for b, a in o.modified("sessions", "status")]


def field_changes(o: Outcome, key: str) -> list[tuple[str, str]]:
    return [(_low(b["name"]), _low(a.get(key))) for b, a in o.modified("sessions", key)]


def downloaded(o: Outcome, items: list[int] | None = None, liked_ok: bool = False, path: str | None = None) -> bool:
    for args in o.called("download"):
        if path is not None and path not in str(args):
            continue
        if liked_ok and args.get("which") == "liked":
            return True
        got = args.get("items")
        if items is None or got == items or str(got) == ", ".join(map(str, items)) \
                or sorted(int(x) for x in re.findall(r"\d+", str(got))) == items:
            return True
    return False


def seed_of(o: Outcome, name: str, index: int) -> str:
    return rf"\b{gen(o, name, index).get('seed', 'NO-SEED')}\b"


def prompt_of(o: Outcome, name: str, index: int) -> str:
    return re.escape(gen(o, name, index).get("prompt") or "\u0000")


def model_of(o: Outcome, name: str, index: int) -> str:
    return re.escape(str(gen(o, name, index).get("model") or "\u0000"))


def balance(o: Outcome, when: str = "after") -> int:
    return ((o.after if when == "after" else o.before).get("credits") or {}).get("balance", 0)


# -- the cases -------------------------------------------------------------------------------------

case("r25-001", lambda o: new_sess(o, "Fiesta Piñata", "Fiesta Pinata"),
     lambda o: gens_added(o) or any(re.search(r"hola|please", s["name"] or "", re.I) for s in o.added("sessions")))  # change
case("r25-002", lambda o: new_sess(o, "Atrium Study 03"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)  # change
case("r25-003", lambda o: renamed(o) == [(H, "Harbour Dawn")] and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))  # change
case("r25-004", lambda o: renamed(o) == [(H, "Boats")] and not o.added("sessions"),
     lambda o: any(b == C for b, _ in renamed(o)))  # change
case("r25-005", lambda o: quiet(o) and _low(o.current) == H,
     lambda o: bool(o.added("sessions")) or gens_added(o))  # change
case("r25-006", lambda o: status_changes(o) == [(C, "archived")] and nothing_removed(o),
     lambda o: (H, "archived") in status_changes(o) or not nothing_removed(o))  # change
case("r25-007", lambda o: status_changes(o) == [(H, "active")] and not o.added("sessions"),
     lambda o: (C, "archived") in status_changes(o) or bool(o.added("sessions")))  # change
case("r25-008", lambda o: asks(o, r"delete"),
     lambda o: not nothing_removed(o))  # should-ask
case("r25-009", lambda o: [_low(s["name"]) for s in o.removed("sessions")] == [C] and len(o.removed("generations")) == 4 and not o.removed("assets") and len(gens(o, H)) == 6,
     lambda o: any(_low(s["name"]) == H for s in o.removed("sessions")))  # change
case("r25-010", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "merch drop" and bool(made(o, "merch drop", 3, r"hoodie")) and liked_in(o, "merch drop") == {1},
     lambda o: any("then" in _low(s["name"]) for s in o.added("sessions")) or len(o.added("generations")) > 3 or bool(liked_in(o, "merch drop") - {1}))  # change
case("r25-011", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "lighthouse" and bool(made(o, "lighthouse", 2, r"lighthouse")) and len(gens(o, H)) == 6,
     lambda o: len(gens(o, H)) != 6)  # change
case("r25-012", lambda o: new_sess(o, "Harbour Night"),
     lambda o: len(o.added("sessions")) > 1 or any(re.search(r"nite|wait", _low(s["name"])) for s in o.added("sessions")))  # change
case("r25-013", lambda o: new_sess(o, "Grandkids"),
     lambda o: gens_added(o) or any(len(s["name"] or "") > 30 for s in o.added("sessions")))  # change
case("r25-014", lambda o: (sess(o, H) or {}).get("project") is not None and _low((sess(o, H) or {}).get("project")) == "coastline" and not renamed(o) and _low((sess(o, C) or {}).get("project")) != "coastline",
     lambda o: bool(renamed(o)) or _low((sess(o, C) or {}).get("project")) == "coastline")  # change
case("r25-015", lambda o: indexes(made(o, H, 3, r"boat")) == {7, 8, 9},
     lambda o: prompt_has(o, r"^\s*3 more") or (gens_added(o) and len(o.added("generations")) != 3))  # change
case("r25-016", lambda o: bool(made(o, B, 4, r"sourdough")),
     lambda o: prompt_has(o, r"\bquick\b|\bpls\b") or (gens_added(o) and len(o.added("generations")) != 4))  # change
case("r25-017", lambda o: bool(made(o, T, 5, r"burger")) and sized(o, "1280x720"),
     lambda o: gens_added(o) and len(o.added("generations")) != 5)  # change
case("r25-018", lambda o: bool(m := made(o, H, 2, r"tugboat")) and any(g["seed"] == 77 for g in m),
     lambda o: prompt_has(o, r"seed"))  # change
case("r25-019", lambda o: refuses(o, r"100|at most|maximum|too many|limit|between"),
     lambda o: gens_added(o) or o.spent != 0)  # should-ask
case("r25-020", lambda o: asks(o, r"generate") and "25" in str(o.called("generate")),
     lambda o: gens_added(o))  # should-ask
case("r25-021", lambda o: indexes(made(o, H, 25, r"crane")) == set(range(7, 32)) and o.spent == 25,
     lambda o: gens_added(o) and len(o.added("generations")) != 25)  # change
case("r25-022", lambda o: len(o.added("sessions")) == 1 and len(o.added("generations")) == 3 and all(re.search(r"castle", g["prompt"] or "", re.I) for g in o.added("generations")),
     lambda o: len(o.added("sessions")) > 1 or (gens_added(o) and len(o.added("generations")) != 3))  # change
case("r25-023", lambda o: len(children(o, 4)) == 3 and not o.modified("generations"),
     lambda o: gens_added(o) and len(o.added("generations")) != 3)  # change
case("r25-024", lambda o: bool(children(o, 5, words=r"storm")) and not o.modified("generations"),
     lambda o: gens_added(o) and not children(o, 5))  # change
case("r25-025", lambda o: refuses(o, r"\b9\b|\b6\b|only|no generation|not exist|doesn't|no such|not found"),
     lambda o: gens_added(o))  # should-ask
case("r25-026", lambda o: bool(made(o, P, 2, r"unicorn")),
     lambda o: gens_added(o) and (len(o.added("generations")) != 2 or not prompt_has(o, r"unicorn")))  # change
case("r25-027", lambda o: bool(made(o, H, 2, r"lantern")),
     lambda o: prompt_has(o, r"please|can you") or (gens_added(o) and len(o.added("generations")) != 2))  # change
case("r25-028", lambda o: bool(made(o, H, 4, r"lighthouse")),
     lambda o: gens_added(o) and len(o.added("generations")) != 4)  # change
case("r25-029", lambda o: bool(made(o, H, 5, r"cat")),
     lambda o: (gens_added(o) and len(o.added("generations")) != 5) or prompt_has(o, r"make it"))  # change
case("r25-030", lambda o: bool(m := made(o, H, 2, r"lighthouse")) and all(re.search(r"people", g["negative_prompt"] or "") and re.search(r"boats", g["negative_prompt"] or "") and not re.search(r"people", g["prompt"] or "") for g in m),
     lambda o: prompt_has(o, r"negative|people"))  # change
case("r25-031", lambda o: liked_only(o, {2}),
     lambda o: 2 not in liked_in(o))  # change
case("r25-032", lambda o: liked_only(o, {1, 2, 3, 4, 5}),
     lambda o: 6 in liked_in(o))  # change
case("r25-033", lambda o: liked_only(o, {1, 2, 3, 4}),
     lambda o: bool({5, 6} & liked_in(o)))  # change
case("r25-034", lambda o: liked_only(o, {2, 4, 6}),
     lambda o: bool(liked_in(o) - {2, 4, 6}))  # change
case("r25-035", lambda o: liked_only(o, {2, 3, 4, 5}),
     lambda o: bool(liked_in(o) - {2, 3, 4, 5}))  # change
case("r25-036", lambda o: refuses(o, r"\b7\b|\b6\b|only|not exist|no generation|doesn't|no such|not found"),
     lambda o: bool(newly_liked(o)) or gens_added(o))  # should-ask
case("r25-037", lambda o: liked_only(o, {2, 4}),
     lambda o: 3 in liked_in(o) or not {2, 4} <= liked_in(o))  # change
case("r25-038", lambda o: liked_only(o, {2, 4, 5, 6}),
     lambda o: bool(liked_in(o) - {2, 4, 5, 6}))  # change
case("r25-039", lambda o: refuses(o),
     lambda o: 1 in liked_in(o))  # should-ask
case("r25-040", lambda o: liked_in(o, H) == {2, 3, 4} and liked_in(o, C) == {1} and not gens_added(o),
     lambda o: 3 in liked_in(o, C))  # change
case("r25-041", lambda o: liked_in(o, C) == set() and liked_in(o, H) == {2, 4} and not gens_added(o),
     lambda o: liked_in(o, H) != {2, 4})  # change
case("r25-042", lambda o: liked_in(o, C) == {1, 2} and liked_in(o, H) == {2, 4} and not gens_added(o),
     lambda o: liked_in(o, H) != {2, 4} or bool(liked_in(o, C) - {1, 2}))  # change
case("r25-043", lambda o: called_like(o, r"select") and not gens_added(o) and not o.added("assets") and liked_in(o) == {2, 4},
     lambda o: gens_added(o) or bool(o.added("assets")) or liked_in(o) != {2, 4})  # change
case("r25-044", lambda o: archived_in(o) == {1, 3, 5, 6} and liked_in(o) == {2, 4} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) & {2, 4}) or not sessions_active(o))  # change
case("r25-045", lambda o: archived_in(o) == {1, 3, 4, 5, 6} and sessions_active(o) and nothing_removed(o),
     lambda o: 2 in archived_in(o) or not sessions_active(o))  # change
case("r25-046", lambda o: archived_in(o) == {1} and nothing_removed(o),
     lambda o: 1 not in archived_in(o))  # change
case("r25-047", lambda o: undone(o, r"archive"),
     lambda o: not nothing_removed(o) or bool(o.modified("generations", "liked")))  # change
case("r25-048", lambda o: archived_in(o) == {2, 4} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) - {2, 4}) or not sessions_active(o))  # change
case("r25-049", lambda o: saved(o, {1, 2, 6}, "Portfolio"),
     lambda o: bool(saved_from(o) - {1, 2, 6}))  # change
case("r25-050", lambda o: saved(o, {5}) and "sunrise" in [_low(t) for t in (o.added("assets")[0]["tags"] or [])],
     lambda o: bool(saved_from(o) - {5}))  # change
case("r25-051", lambda o: len(assets_now(o, "Picks")) == 2 and all("final" in [_low(t) for t in (a["tags"] or [])] for a in assets_now(o, "Picks")) and not o.added("assets"),
     lambda o: bool(o.added("assets")) or bool(o.modified("assets", "folder")) or bool(o.removed("assets")))  # change
case("r25-052", lambda o: len(assets_now(o, "Client Picks")) == 2 and not assets_now(o, "Picks") and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or bool(o.removed("assets")) or bool(renamed(o)))  # change
case("r25-053", lambda o: saved_all(o) == {(H, 2), (H, 4), (C, 1)} and len(o.added("assets")) == 3 and all(_low(a["folder"]) == "best" for a in o.added("assets")),
     lambda o: bool(saved_all(o) - {(H, 2), (H, 4), (C, 1)}))  # change
case("r25-054", lambda o: 5 in liked_in(o) and saved(o, {5}, "Favoritas"),
     lambda o: bool(saved_from(o) - {5}))  # change
case("r25-055", lambda o: saved(o, {5, 6}, "Picks") and all("dawn" in [_low(t) for t in (a["tags"] or [])] for a in o.added("assets")),
     lambda o: bool(saved_from(o) - {5, 6}) or any("then" in _low(a["folder"]) for a in o.after["assets"]))  # change
case("r25-056", lambda o: saved(o, {3, 4}, "Elevations North"),
     lambda o: bool(saved_from(o) - {3, 4}))  # change
case("r25-057", lambda o: one_post(o, "Dawn patrol", {2, 4}),
     lambda o: len(o.added("posts")) > 1)  # change
case("r25-058", lambda o: one_post(o, "Boats at first light", {2, 4}, platform="instagram"),
     lambda o: len(o.added("posts")) > 1 or any(post_items(o, p) - {(H, 2), (H, 4)} for p in o.added("posts")))  # change
case("r25-059", lambda o: refuses(o) or (len(o.added("posts")) == 1 and post_items(o, o.added("posts")[0]) <= {(H, 2), (H, 4)}),
     lambda o: len(o.added("posts")) > 1)  # should-ask
case("r25-060", lambda o: [_low(p["name"]) for p in o.added("projects")] == ["coastline"] and not o.added("sessions") and not gens_added(o),
     lambda o: any(_low(s["name"]) == "coastline" for s in o.added("sessions")) or gens_added(o))  # change
case("r25-061", lambda o: len(assets_now(o, "Picks")) == 2 and all(_low(a["project"]) == "coastline" for a in assets_now(o, "Picks")) and not o.added("assets"),
     lambda o: bool(o.added("assets")) or bool(o.removed("assets")))  # change
case("r25-062", lambda o: ran_with(o, "weathered boats, muted blues") and not gens_added(o),
     lambda o: gens_added(o) or bool(renamed(o)))  # change
case("r25-063", lambda o: not gens_added(o) and any(re.search(r"\b3\b", str(a)) for a in ran_args(o, r"ref|brief")),
     lambda o: gens_added(o))  # change
case("r25-064", lambda o: answers(o, NONE + r"|brief"),
     lambda o: gens_added(o))  # question
case("r25-065", lambda o: bool(made(o, H, 2, r"weathered boats")),
     lambda o: prompt_has(o, r"from the brief"))  # change
case("r25-066", lambda o: quiet(o) and bool(o.ran("download")) and downloaded(o, [2, 4], liked_ok=True),
     lambda o: o.data_changed)  # change
case("r25-067", lambda o: quiet(o) and downloaded(o, [1, 6], path="boats.zip") and (bool(o.ran("download")) or o.question is not None),
     lambda o: o.data_changed)  # change
case("r25-068", lambda o: undone(o, r"like"),
     lambda o: liked_in(o) - {2, 4, 6} or not {2, 4} <= liked_in(o))  # change
case("r25-069", lambda o: undone(o, r"rename"),
     lambda o: not nothing_removed(o))  # change
case("r25-070", lambda o: refuses(o),
     lambda o: o.data_changed)  # should-ask
case("r25-071", lambda o: answers(o, r"\b494\b"))  # question
case("r25-072", lambda o: answers(o, r"\b10\b|\b490\b"))  # question
case("r25-073", lambda o: answers(o, r"\b10\b"),
     lambda o: gens_added(o) or o.spent != 0)  # question
case("r25-074", lambda o: answers(o, r"\b500\b"))  # question
case("r25-075", lambda o: answers(o, r"\b6\b|\bsix\b"))  # question
case("r25-076", lambda o: answers(o, r"\b2\b|\btwo\b"))  # question
case("r25-077", lambda o: answers(o, r"\b3\b|\bthree\b"))  # question
case("r25-078", lambda o: answers(o, r"cupcakes") and _low(o.current) == C)  # question
case("r25-079", lambda o: answers(o, r"cupcakes") and _low(o.current) == C)  # question
case("r25-080", lambda o: answers(o, prompt_of(o, H, 3)),
     lambda o: gens_added(o))  # question
case("r25-081", lambda o: answers(o, seed_of(o, H, 2)),
     lambda o: gens_added(o))  # question
case("r25-082", lambda o: answers(o, model_of(o, H, 1)))  # question
case("r25-083", lambda o: answers(o, r"#?2\b", r"#?4\b"))  # question
case("r25-084", lambda o: answers(o, r"#?2\b") and gen(o, H, 7).get("parent_id") == gen(o, H, 2).get("id"),
     lambda o: gens_added(o))  # question
case("r25-085", lambda o: answers(o, r"#?7\b"),
     lambda o: gens_added(o))  # question
case("r25-086", lambda o: answers(o, r"\b2\b|\btwo\b"))  # question
case("r25-087", lambda o: answers(o, r"yes|saved|picks"),
     lambda o: bool(o.added("assets")))  # question
case("r25-088", lambda o: answers(o, r"\bno\b|not saved|isn't|wasn't|hasn't|not been|unsaved"),
     lambda o: bool(o.added("assets")))  # question
case("r25-089", lambda o: answers(o, r"harbour", r"cupcakes"))  # question
case("r25-090", lambda o: answers(o, NONE),
     lambda o: bool(o.added("sessions")))  # question
case("r25-091", lambda o: answers(o, r"\bdawn\b"))  # question
case("r25-092", lambda o: answers(o, NONE + r"|project"),
     lambda o: bool(o.added("projects")))  # question
case("r25-093", lambda o: answers(o, r"cupcakes"))  # question
case("r25-094", lambda o: answers(o, r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|just now"))  # question
case("r25-095", lambda o: answers(o, r"\b2\b|\btwo\b|#?1\b[\s\S]*#?3\b"))  # question
case("r25-096", lambda o: answers(o, r"procedural"))  # question
case("r25-097", lambda o: answers(o, r"\b10\b|\bten\b"))  # question
case("r25-098", lambda o: quiet(o) and not_lost(o) and (bool(o.ran("search")) or o.says(r"boat")),
     lambda o: gens_added(o))  # question
case("r25-099", lambda o: quiet(o) and not_lost(o) and o.says(r"cupcake"),
     lambda o: gens_added(o))  # question
case("r25-100", lambda o: answers(o, r"cupcake|\b3\b") and quiet(o))  # question
case("r25-101", lambda o: answers(o, r"\b5\b|\bfive\b"))  # question
case("r25-102", lambda o: answers(o, prompt_of(o, H, 1)),
     lambda o: gens_added(o))  # question
case("r25-103", lambda o: answers(o, r"harbour"))  # question
case("r25-104", lambda o: quiet(o) and not_lost(o) and o.says(r"librar|save|asset"),
     lambda o: o.data_changed)  # question
case("r25-105", lambda o: answers(o, r"\bno\b|not liked|isn't|haven't|not\b"),
     lambda o: 3 in liked_in(o))  # question
case("r25-106", lambda o: answers(o, r"\b1\b|\bone\b"))  # question
case("r25-107", lambda o: answers(o, r"\b1\b|\bone\b"))  # question
case("r25-108", lambda o: asks_or_refuses(o),
     lambda o: not nothing_removed(o))  # should-ask
case("r25-109", lambda o: refuses(o),
     lambda o: bool(newly_liked(o)))  # should-ask
case("r25-110", lambda o: refuses(o),
     lambda o: bool(renamed(o)))  # should-ask
case("r25-111", lambda o: [(b["index"], b["session_id"] in sids(o, C, "before"), a["session_id"] in sids(o, H)) for b, a in o.modified("generations", "session_id")] == [(3, True, True)] and not gens_added(o),
     lambda o: any(b["session_id"] in sids(o, H, "before") for b, _ in o.modified("generations", "session_id")))  # change
case("r25-112", lambda o: refuses(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))  # should-ask
case("r25-113", lambda o: refuses(o),
     lambda o: gens_added(o) or o.spent != 0)  # should-ask
case("r25-114", lambda o: refuses(o, r"seed|range|too (large|big)|between|9223372036854775807"),
     lambda o: gens_added(o) or o.spent != 0)  # should-ask
case("r25-115", lambda o: asks_or_refuses(o),
     lambda o: not nothing_removed(o))  # should-ask
case("r25-116", lambda o: refuses(o) or new_sess(o, "Summer"),
     lambda o: gens_added(o) or bool(renamed(o)))  # should-ask
case("r25-117", lambda o: refuses(o),
     lambda o: bool(o.modified("generations")) or not nothing_removed(o))  # should-ask
case("r25-118", lambda o: refuses(o, r"50|enough|at least|too few"),
     lambda o: o.spent != 0)  # should-ask
case("r25-119", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "clown show" and bool(made(o, "clown show", 4, r"clown")) and liked_in(o, "clown show") == {2, 3},
     lambda o: bool(liked_in(o, "clown show") - {2, 3}) or len(o.added("sessions")) > 1)  # change
case("r25-120", lambda o: liked_in(o, T) == {1, 2, 3, 8} and saved(o, {1, 2, 3, 8}, "Thumbs", T) and bool(o.called("download")),
     lambda o: bool(saved_from(o, T) - {1, 2, 3, 8}))  # change
case("r25-121", lambda o: indexes(made(o, H, 2, r"buoy")) == {7, 8} and liked_in(o) == {2, 4, 7, 8} and saved(o, {7, 8}, "Buoys"),
     lambda o: bool(saved_from(o) - {7, 8}) or bool(liked_in(o) - {2, 4, 7, 8}))  # change
case("r25-122", lambda o: saved(o, {2, 4}, "Picks") and o.says(r"#?2\b"),
     lambda o: bool(saved_from(o) - {2, 4}))  # change
case("r25-123", lambda o: indexes(made(o, H, 2, r"boat")) == {7, 8} and len(gens(o, C)) == 4,
     lambda o: len(gens(o, C)) != 4)  # change
case("r25-124", lambda o: indexes(made(o, P, 3, r"balloon")) == {6, 7, 8} and o.says(r"\b5\b"),
     lambda o: gens_added(o) and len(o.added("generations")) != 3)  # change
case("r25-125", lambda o: quiet(o) and not_lost(o),
     lambda o: o.data_changed)  # question
case("r25-126", lambda o: answers(o, r"boat|\b6\b|harbour"),
     lambda o: o.data_changed)  # question
case("r25-127", lambda o: liked_in(o, B) == {1, 4} and saved(o, {1, 4}, "Menu", B),
     lambda o: any("asap" in _low(a["folder"]) for a in o.after["assets"]) or bool(saved_from(o, B) - {1, 4}))  # change
case("r25-128", lambda o: bool(made(o, B, 2, r"cake")) and sized(o, "1024x1024"),
     lambda o: prompt_has(o, r"square 1024"))  # change
case("r25-129", lambda o: bool(m := made(o, A, 4, r"atrium")) and sized(o, "1024x768") and any(g["seed"] == 2024 for g in m),
     lambda o: prompt_has(o, r"1024x768|seed"))  # change
case("r25-130", lambda o: archived_in(o, A) == {2, 3, 4} and sessions_active(o) and nothing_removed(o),
     lambda o: 1 in archived_in(o, A) or not sessions_active(o))  # change
case("r25-131", lambda o: answers(o, seed_of(o, A, 3), prompt_of(o, A, 3)))  # question
case("r25-132", lambda o: liked_in(o) == {2, 3, 4} and saved(o, {2, 3}, "Préférées"),
     lambda o: 4 in saved_from(o))  # change
case("r25-133", lambda o: answers(o, r"\b4\b|\bfour\b"))  # question
case("r25-134", lambda o: archived_in(o) == {5, 6} and liked_in(o) == {1, 2, 4} and nothing_removed(o),
     lambda o: bool(archived_in(o) - {5, 6}))  # change
case("r25-135", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "podcast covers" and bool(made(o, "podcast covers", 3, r"microphone")) and saved(o, {1, 2, 3}, "Covers", "podcast covers"),
     lambda o: any("then" in _low(s["name"]) for s in o.added("sessions")) or any("then" in _low(a["folder"]) for a in o.after["assets"]))  # change
case("r25-136", lambda o: saved(o, {5}, "Picks"),
     lambda o: 3 in saved_from(o))  # change
case("r25-137", lambda o: liked_only(o, {1, 4}),
     lambda o: 3 in liked_in(o))  # change
case("r25-138", lambda o: answers(o, r"#?1\b", r"#?3\b", r"#?8\b", seed_of(o, T, 1), seed_of(o, T, 8)))  # question
case("r25-139", lambda o: liked_only(o, {3, 5}, P),
     lambda o: bool(liked_in(o, P) - {3, 5}))  # change
case("r25-140", lambda o: refuses(o),
     lambda o: bool(o.added("assets")))  # should-ask
case("r25-141", lambda o: liked_in(o, T) == {1, 3} and bool(children(o, 1, T)),
     lambda o: bool(liked_in(o, T) - {1, 3}))  # change
case("r25-142", lambda o: archived_in(o, T) == {2, 5, 6, 7} and nothing_removed(o),
     lambda o: bool(archived_in(o, T) & {1, 3, 8}))  # change
case("r25-143", lambda o: answers(o, r"shocked face"))  # question
case("r25-144", lambda o: quiet(o) and bool(o.replies),
     lambda o: o.data_changed)  # question
case("r25-145", lambda o: liked_only(o, {1, 2, 4}),
     lambda o: bool(liked_in(o) - {1, 2, 4}))  # change
case("r25-146", lambda o: (s := one_new_session(o)) is not None and "wedding cakes" in _low(s["name"]) and bool(made(o, s["name"], 4, r"cake")) and len(gens(o, B)) == 4,
     lambda o: len(gens(o, B)) != 4)  # change
case("r25-147", lambda o: quiet(o) and bool(o.ran("download")) and downloaded(o, [1, 2, 3, 4]),
     lambda o: o.data_changed)  # change
case("r25-148", lambda o: answers(o, r"villa atrium", r"\b4\b"))  # question
case("r25-149", lambda o: renamed(o) == [(A, "Villa Atrium — Scheme B")] and not o.added("sessions"),
     lambda o: bool(o.added("sessions")))  # change
case("r25-150", lambda o: asks_or_refuses(o),
     lambda o: not nothing_removed(o))  # should-ask
case("r25-151", lambda o: answers(o, r"\b6\b|\bsix\b"),
     lambda o: bool(o.added("sessions")))  # question
case("r25-152", lambda o: answers(o, seed_of(o, C, 1)))  # question
case("r25-153", lambda o: answers(o, r"#?4\b"))  # question
case("r25-154", lambda o: answers(o, prompt_of(o, H, 6), seed_of(o, H, 6)))  # question
case("r25-155", lambda o: answers(o, r"picks"))  # question
case("r25-156", lambda o: answers(o, r"#?1\b", r"#?3\b"))  # question
case("r25-157", lambda o: liked_in(o, H) == {2, 4, 5} and liked_in(o, C) == {1} and _low(o.current) == H,
     lambda o: liked_in(o, C) != {1})  # change
case("r25-158", lambda o: indexes(made(o, H, 2, r"lighthouse")) == {7, 8} and liked_in(o) == {2, 4, 8},
     lambda o: bool(liked_in(o) - {2, 4, 8}))  # change
case("r25-159", lambda o: saved_all(o) == {(H, 1), (C, 2)} and all(_low(a["folder"]) == "mix" for a in o.added("assets")),
     lambda o: bool(saved_all(o) - {(H, 1), (C, 2)}))  # change
case("r25-160", lambda o: indexes(made(o, H, 3, r"rowing")) == {7, 8, 9} and saved(o, {8, 9}, "Rowing"),
     lambda o: bool(saved_from(o) - {8, 9}))  # change
