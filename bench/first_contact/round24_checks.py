"""Checks for round 24 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only, before
anything was run and without reading the planner).

Setups used by many cases (every confirmation answered yes):
- H:   session Harbour with 6 images of "fishing boats at dawn" (balance 494)
- HL:  H + like 2 and 4;  HS: HL + the liked ones saved to folder Picks
- HP:  H + session Peonies with 4 images of "pink peonies in a glass vase" (current: Peonies; balance 490)
- POD: Podcast Covers (6 microphone images); TAT: Flash Sheet (5 koi tattoo images);
  CAN: Candle Shop (4 soy candle images)

Session and folder names are compared without regard to case. Questions must change nothing. Where the
state cannot show an effect (a zip, a brief reference), the tool calls that ran are read instead.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings ------------------------------------------------------------------------------

HARBOUR, PEONIES, POD, TAT, CAN = "harbour", "peonies", "podcast covers", "flash sheet", "candle shop"
NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|empty|nothing|haven't"
MISSING = r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find|could not find"
CANT_UNDO = r"can(?:no|')t be undone|cannot undo|can't undo|not be undone|cannot be restored|can't restore|no undo|unable"
TIME = r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|just now"


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


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
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


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g["prompt"] or "", re.IGNORECASE) for g in o.added("generations"))


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), _low(a["name"])) for b, a in o.modified("sessions", "name")]


def status_changes(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["status"]) for b, a in o.modified("sessions", "status")]


def new_sess(o: Outcome, *names: str, kind: str | None = None) -> bool:
    new = o.added("sessions")
    wanted = {_low(n) for n in names}
    return len(new) == 1 and _low(new[0]["name"]) in wanted and _low(o.current) in wanted \
        and (kind is None or new[0]["kind"] == kind) and not gens_added(o) and nothing_removed(o)


def one_new_session(o: Outcome) -> dict | None:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else None


def newly_liked(o: Outcome) -> set[int]:
    return {g["index"] for g in o.newly("liked", True)}


def saved_from(o: Outcome, name: str = HARBOUR) -> set[int]:
    where = index_of(o)
    return {where[a["origin_generation_id"]][1] for a in o.added("assets")
            if a["origin_generation_id"] in where and where[a["origin_generation_id"]][0] == _low(name)}


def saved_all(o: Outcome) -> set:
    where = index_of(o)
    return {where.get(a["origin_generation_id"]) for a in o.added("assets")}


def saved(o: Outcome, expected: set[int], folder: str | None = None, name: str = HARBOUR) -> bool:
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(_low(a["folder"]) == _low(folder) for a in new)) and not o.removed("generations")


def liked_only(o: Outcome, expected: set[int], name: str = HARBOUR) -> bool:
    return liked_in(o, name) == expected and not gens_added(o) and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def ran_tool(o: Outcome, pattern: str) -> bool:
    position, found = 0, False
    for called, _ in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2] and re.search(pattern, called):
                found = True
            position += 1
    return found


def ran_args(o: Outcome, pattern: str) -> list[dict]:
    out, position = [], 0
    for called, args in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2] and re.search(pattern, called):
                out.append(args)
            position += 1
    return out


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


def children_of(o: Outcome, parent: int, name: str = HARBOUR, words: str = r".") -> list[dict]:
    """New generations that are all children of ``parent`` in ``name`` (with ``words``); [] otherwise."""
    where = index_of(o)
    new = o.added("generations")
    good = [g for g in new if where.get(g["parent_id"]) == (_low(name), parent)
            and re.search(words, g["prompt"] or "", re.IGNORECASE)]
    return good if new and len(good) == len(new) else []


def post_items(o: Outcome, post: dict) -> set:
    where = index_of(o)
    assets = {a["id"]: a for a in o.after["assets"]}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post["asset_ids"]}


def one_post(o: Outcome, caption: str, items: set[int], name: str, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and (posts[0]["caption"] or "").strip().strip('"') == caption \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def assets_in(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.after["assets"] if _low(a["folder"]) == _low(folder)]


def says_low(o: Outcome, first: str, second: str) -> bool:
    text = o.text.lower()
    a, b = text.find(first.lower()), text.find(second.lower())
    return a >= 0 and (b < 0 or a < b)


def undone(o: Outcome, tool: str) -> bool:
    return ran_tool(o, tool) and not o.data_changed


def balance(o: Outcome, when: str = "after") -> int:
    return ((o.after if when == "after" else o.before).get("credits") or {}).get("balance", 0)


def seed_of(o: Outcome, name: str, index: int) -> str:
    return rf"\b{gen(o, name, index).get('seed')}\b"


def prompt_of(o: Outcome, name: str, index: int, fallback: str) -> str:
    return re.escape(gen(o, name, index).get("prompt") or fallback)


def changed_generations(o: Outcome) -> set[int]:
    return {a["index"] for _, a in o.modified("generations")}


# -- sessions --------------------------------------------------------------------------------------

case("r24-001", lambda o: new_sess(o, "Episode 12 Art"),
     lambda o: gens_added(o) or any("for me" in _low(s["name"]) for s in o.added("sessions")))
case("r24-002", lambda o: new_sess(o, "Seoul Cafe"),
     lambda o: gens_added(o) or any("name is" in _low(s["name"]) for s in o.added("sessions")))
case("r24-003", lambda o: new_sess(o, "Wedding Arch"), lambda o: gens_added(o))
case("r24-004", lambda o: renamed(o) == [(TAT, "koi flash 2026")] and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))
case("r24-005", lambda o: renamed(o) == [(HARBOUR, "harbour at dawn")] and not o.added("sessions") and not gens_added(o),
     lambda o: any(b == PEONIES for b, _ in renamed(o)) or gens_added(o))
case("r24-006", lambda o: renamed(o) == [(POD, "cover art v2")] and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or any(b != POD for b, _ in renamed(o)))
case("r24-007", lambda o: status_changes(o) == [(HARBOUR, "archived")] and nothing_removed(o) and not gens_added(o),
     lambda o: (PEONIES, "archived") in status_changes(o) or not nothing_removed(o))
case("r24-008", lambda o: status_changes(o) == [(HARBOUR, "active")] and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or not nothing_removed(o))
case("r24-009", lambda o: quiet(o) and _low(o.current) == HARBOUR, lambda o: gens_added(o) or bool(renamed(o)))
case("r24-010", lambda o: indexes(made(o, HARBOUR, 3, r"fishing boats")) == {7, 8, 9} and not o.added("sessions")
     and _low(o.current) == HARBOUR,
     lambda o: any(g["session_id"] in sids(o, PEONIES) for g in o.added("generations")) or bool(o.added("sessions")))
case("r24-011", lambda o: asks(o, r"delete"), lambda o: not nothing_removed(o))
case("r24-012", lambda o: [_low(s["name"]) for s in o.removed("sessions")] == [PEONIES] and len(o.removed("generations")) == 4
     and len(gens(o, HARBOUR)) == 6 and not o.removed("assets"),
     lambda o: any(_low(s["name"]) == HARBOUR for s in o.removed("sessions")))
case("r24-013", lambda o: refuses(o), lambda o: bool(status_changes(o)) or not nothing_removed(o))
case("r24-014", lambda o: [(_low(b["name"]), _low(a["project"])) for b, a in o.modified("sessions", "project")]
     == [(POD, "night shift podcast")] and not renamed(o) and not gens_added(o),
     lambda o: bool(renamed(o)) or gens_added(o))
case("r24-015", lambda o: [(_low(b["name"]), _low(a["campaign"])) for b, a in o.modified("sessions", "campaign")]
     == [(CAN, "christmas 2025")] and not renamed(o) and not gens_added(o),
     lambda o: bool(renamed(o)) or gens_added(o))
case("r24-016", lambda o: new_sess(o, "Trailer Loops", kind="video"),
     lambda o: any("video" in _low(s["name"]) for s in o.added("sessions")) or gens_added(o))
case("r24-017", lambda o: new_sess(o, "Minho Wedding"),
     lambda o: gens_added(o) or any(re.search(r"brother|name it", _low(s["name"])) for s in o.added("sessions")))
case("r24-018", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "sleeve ideas"
     and bool(made(o, "sleeve ideas", 4, r"dragon")),
     lambda o: len(o.added("sessions")) > 1 or any("generate" in _low(s["name"]) for s in o.added("sessions")))
case("r24-019", lambda o: refuses(o), lambda o: bool(status_changes(o)))
case("r24-020", lambda o: refuses(o, MISSING), lambda o: not nothing_removed(o) or bool(status_changes(o)))

# -- generating ------------------------------------------------------------------------------------

case("r24-021", lambda o: bool(made(o, PEONIES, 4, r"peon")) and not prompt_has(o, r"\basap\b|4 pics"),
     lambda o: gens_added(o) and len(o.added("generations")) != 4)
case("r24-022", lambda o: bool(made(o, "garden", 3, r"rose garden")) and o.spent == 3,
     lambda o: gens_added(o) and len(o.added("generations")) != 3)
case("r24-023", lambda o: bool(made(o, "seoul cafe", 5, r"cafe")),
     lambda o: gens_added(o) and len(o.added("generations")) != 5)
case("r24-024", lambda o: bool(m := made(o, HARBOUR, 2, r"lighthouse")) and any(g["seed"] == 77 for g in m)
     and not prompt_has(o, r"seed"),
     lambda o: prompt_has(o, r"seed 77"))
case("r24-025", lambda o: bool(m := made(o, TAT, 3, r"swallow")) and all(
    "watermark" in (g["negative_prompt"] or "") and "watermark" not in (g["prompt"] or "") for g in m),
     lambda o: prompt_has(o, r"watermark"))
case("r24-026", lambda o: bool(made(o, "thesis", 2, r"brutalist library")) and sized(o, "768x512"),
     lambda o: gens_added(o) and len(o.added("generations")) != 2)
case("r24-027", lambda o: refuses(o, r"100|at most|maximum|too many|limit|between"), lambda o: gens_added(o))
case("r24-028", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r24-029", lambda o: asks(o, r"generate") and "40" in str(o.called("generate")), lambda o: gens_added(o))
case("r24-030", lambda o: bool(made(o, HARBOUR, 25, r"harbou?r|night")) and o.spent == 25,
     lambda o: gens_added(o) and len(o.added("generations")) != 25)
case("r24-031", lambda o: indexes(made(o, HARBOUR, 3, r"fishing boats")) == {7, 8, 9},
     lambda o: prompt_has(o, r"more like those|^\s*3 more"))
case("r24-032", lambda o: bool(children_of(o, 3, HARBOUR, r"storm")) and not o.modified("generations"),
     lambda o: gens_added(o) and not children_of(o, 3, HARBOUR))
case("r24-033", lambda o: len(children_of(o, 5, POD)) == 3 and not o.modified("generations"),
     lambda o: gens_added(o) and not children_of(o, 5, POD))
case("r24-034", lambda o: bool(made(o, POD, 2, r"microphone")) and not prompt_has(o, r"sorry|i mean"),
     lambda o: len(o.added("generations")) in (4, 6) or prompt_has(o, r"sorry|i mean"))
case("r24-035", lambda o: bool(made(o, "sketches", 4, r"fox")) and liked_in(o, "sketches") == {1}
     and not prompt_has(o, r"then like"),
     lambda o: prompt_has(o, r"then like") or bool(liked_in(o, "sketches") - {1}))
case("r24-036", lambda o: (s := one_new_session(o)) is not None and bool(made(o, s["name"], 3, r"map of europe")),
     lambda o: len(o.added("sessions")) > 1 or (gens_added(o) and len(o.added("generations")) != 3))
case("r24-037", lambda o: bool(m := made(o, "trailer loops", 2, r"wave")) and all(g["media_type"] == "video" for g in m),
     lambda o: gens_added(o) and len(o.added("generations")) != 2)
case("r24-038", lambda o: bool(m := made(o, "seoul cafe", 1, r"latte")) and m[0]["seed"] == 2024
     and not prompt_has(o, r"seed"),
     lambda o: len(o.added("generations")) > 3 or prompt_has(o, r"seed is"))
case("r24-039", lambda o: refuses(o, r"seed|negative|range|between|at least|\b0\b"), lambda o: gens_added(o) or o.spent != 0)
case("r24-040", lambda o: refuses(o, r"\b9\b|only|\b6\b|not exist|no such|doesn't|no generation|not found"),
     lambda o: gens_added(o))
case("r24-041", lambda o: indexes(made(o, HARBOUR, 2, r"fishing boat")) == {7, 8} and len(gens(o, PEONIES)) == 4,
     lambda o: any(g["session_id"] in sids(o, PEONIES) for g in o.added("generations")) or bool(o.added("sessions")))
case("r24-042", lambda o: len(children_of(o, 4, TAT, r"cherry")) == 2,
     lambda o: gens_added(o) and not children_of(o, 4, TAT))

# -- likes, selections, archive ------------------------------------------------------------------------

case("r24-043", lambda o: liked_only(o, {1, 3, 4}, PEONIES), lambda o: bool(liked_in(o, HARBOUR)))
case("r24-044", lambda o: liked_only(o, {2, 5}), lambda o: bool(liked_in(o) - {2, 5}))
case("r24-045", lambda o: liked_only(o, {1, 6}), lambda o: bool(liked_in(o) - {1, 6}))
case("r24-046", lambda o: liked_only(o, {1, 2, 4, 5, 6}), lambda o: 3 in liked_in(o))
case("r24-047", lambda o: liked_only(o, {2, 3, 4, 5}), lambda o: liked_in(o) == {2, 5} or bool(liked_in(o) - {2, 3, 4, 5}))
case("r24-048", lambda o: liked_only(o, {2}), lambda o: 2 not in liked_in(o))
case("r24-049", lambda o: liked_only(o, {1, 5}), lambda o: 3 in liked_in(o))
case("r24-050", lambda o: liked_only(o, {5, 6}), lambda o: bool(liked_in(o) - {5, 6}))
case("r24-051", lambda o: liked_only(o, {1, 2, 3}, CAN), lambda o: 4 in liked_in(o, CAN))
case("r24-052", lambda o: liked_in(o) == {2, 3} and saved(o, {2, 3}, "Boats"), lambda o: bool(saved_from(o) - {2, 3}))
case("r24-053", lambda o: archived_in(o) == {1, 6} and sessions_active(o) and nothing_removed(o),
     lambda o: not sessions_active(o) or not nothing_removed(o) or bool(archived_in(o) - {1, 6}))
case("r24-054", lambda o: archived_in(o) == {1, 3, 5, 6} and liked_in(o) == {2, 4} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) & {2, 4}) or not nothing_removed(o) or not sessions_active(o))
case("r24-055", lambda o: refuses(o, r"\b8\b|only|\b6\b|not exist|no such|doesn't|no generation|not found"),
     lambda o: bool(newly_liked(o)) or gens_added(o))
case("r24-056", lambda o: refuses(o), lambda o: bool(o.modified("generations", "liked")))
case("r24-057", lambda o: not gens_added(o) and not o.added("assets") and nothing_removed(o)
     and not o.modified("generations", "archived")
     and ((called_like(o, r"select") and not o.modified("generations", "liked")) or liked_in(o) == {2, 4, 6}),
     lambda o: bool(o.modified("generations", "archived")) or bool(o.added("assets")) or not nothing_removed(o))
case("r24-058", lambda o: archived_in(o) == {5} and nothing_removed(o), lambda o: 5 not in archived_in(o))


def _moved(o: Outcome) -> bool:
    pairs = [(b["index"], b["session_id"], a["session_id"]) for b, a in o.modified("generations", "session_id")]
    return len(pairs) == 1 and pairs[0][0] == 3 and pairs[0][1] in sids(o, PEONIES, "before") \
        and pairs[0][2] in sids(o, HARBOUR) and not gens_added(o) and len(gens(o, HARBOUR)) == 7 \
        and len(gens(o, PEONIES)) == 3


case("r24-059", _moved, lambda o: gens_added(o) or len(o.modified("generations", "session_id")) > 1 or not nothing_removed(o))
case("r24-060", lambda o: liked_only(o, {6}, HARBOUR) and not liked_in(o, PEONIES), lambda o: bool(liked_in(o, PEONIES)))
case("r24-061", lambda o: liked_only(o, {1, 3, 5}, TAT), lambda o: bool(liked_in(o, TAT) & {2, 4}))
case("r24-062", lambda o: liked_only(o, set()), lambda o: bool(o.modified("generations", "archived")) or not nothing_removed(o))
case("r24-063", lambda o: liked_in(o) == {1, 2} and archived_in(o) == {3, 4, 5, 6} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o) & {1, 2}) or not sessions_active(o) or not nothing_removed(o))
case("r24-064", lambda o: liked_in(o, HARBOUR) == {6} and bool(children_of(o, 6, HARBOUR)),
     lambda o: gens_added(o) and not children_of(o, 6, HARBOUR))

# -- library, posts, projects, downloads -------------------------------------------------------------

case("r24-065", lambda o: saved(o, {2, 4}, "Portfolio"), lambda o: bool(saved_from(o) - {2, 4}))
case("r24-066", lambda o: saved(o, {2, 4}, "Bridal", PEONIES), lambda o: bool(saved_from(o, HARBOUR)))
case("r24-067", lambda o: len(assets_in(o, "Picks")) == 2 and all("dawn" in [_low(t) for t in a["tags"] or []]
                                                                  for a in assets_in(o, "Picks"))
     and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or bool(o.modified("assets", "folder")) or not nothing_removed(o))
case("r24-068", lambda o: saved(o, {1}) and {_low(t) for t in o.added("assets")[0]["tags"] or []} == {"harbour", "sunrise"},
     lambda o: bool(saved_from(o) - {1}))
case("r24-069", lambda o: one_post(o, "New candles are in!", {1, 3}, CAN, platform="instagram"),
     lambda o: len(o.added("posts")) > 1 or any(post_items(o, p) - {(CAN, 1), (CAN, 3)} for p in o.added("posts")))
case("r24-070", lambda o: liked_in(o, POD) == {2, 5} and one_post(o, "Episode 12 is live", {2, 5}, POD),
     lambda o: len(o.added("posts")) > 1 or any(post_items(o, p) - {(POD, 2), (POD, 5)} for p in o.added("posts")))
case("r24-071", lambda o: len(assets_in(o, "Picks")) == 2 and all(_low(a["project"]) == "coastline" for a in assets_in(o, "Picks"))
     and not o.added("assets"),
     lambda o: bool(o.added("assets")) or bool(o.modified("assets", "folder")) or gens_added(o))
case("r24-072", lambda o: [_low(p["name"]) for p in o.added("projects")] == ["q4 growth"] and not o.added("sessions")
     and not gens_added(o),
     lambda o: any(_low(s["name"]) == "q4 growth" for s in o.added("sessions")) or gens_added(o))
case("r24-073", lambda o: len(assets_in(o, "Best Boats")) == 2 and not assets_in(o, "Picks") and not o.added("assets")
     and nothing_removed(o),
     lambda o: bool(o.added("assets")) or not nothing_removed(o) or bool(renamed(o)))
case("r24-074", lambda o: saved(o, {2, 4}, "Finals") and all("client" in [_low(t) for t in a["tags"] or []] for a in o.added("assets")),
     lambda o: bool(saved_from(o) - {2, 4}))
case("r24-075", lambda o: refuses(o), lambda o: bool(o.added("posts")))
case("r24-076", lambda o: quiet(o) and bool(o.ran("download")) and o.says(r"\.zip"), lambda o: o.data_changed)
case("r24-077", lambda o: quiet(o) and any("boats.zip" in str(a) for a in o.called("download"))
     and (bool(o.ran("download")) or o.question is not None),
     lambda o: o.data_changed)
case("r24-078", lambda o: saved(o, {1, 2, 3, 4, 5}, "Flash", TAT), lambda o: gens_added(o))
case("r24-079", lambda o: saved(o, {2, 4}, "Pics"),
     lambda o: bool(saved_from(o) - {2, 4}) or any("sav" in _low(a["folder"]) for a in o.added("assets")))
case("r24-080", lambda o: len(o.modified("assets", "tags")) == 1
     and all("draft" not in [_low(t) for t in a["tags"] or []] for _, a in o.modified("assets", "tags"))
     and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.removed("assets")) or bool(o.added("assets")))

# -- briefs and references ---------------------------------------------------------------------------

BRIEF = "bold flat illustrations"
case("r24-081", lambda o: not gens_added(o) and not renamed(o)
     and (ran_with(o, BRIEF) or any(BRIEF in str(s).lower() for s in o.after["sessions"])),
     lambda o: gens_added(o) or bool(renamed(o)))
case("r24-082", lambda o: not gens_added(o) and not o.added("sessions") and not o.added("assets")
     and (ran_with(o, "atelier-missing-moodboard-24.png") or refuses(o, MISSING)),
     lambda o: gens_added(o) or bool(o.added("sessions")))
case("r24-083", lambda o: not gens_added(o) and nothing_removed(o) and not o.added("assets")
     and any(re.search(r"\b3\b", str(a)) for a in ran_args(o, r"ref|brief")),
     lambda o: gens_added(o) or not nothing_removed(o))
case("r24-084", lambda o: answers(o, r"retro radio"), lambda o: gens_added(o))
case("r24-085", lambda o: bool(made(o, POD, 2, r"retro radio")),
     lambda o: prompt_has(o, r"from the brief") or (gens_added(o) and len(o.added("generations")) != 2))

# -- undo ------------------------------------------------------------------------------------------------

case("r24-086", lambda o: undone(o, r"like"), lambda o: gens_added(o) or bool(liked_in(o) - {3}))
case("r24-087", lambda o: undone(o, r"archive"), lambda o: not nothing_removed(o) or bool(o.modified("generations", "liked")))
case("r24-088", lambda o: undone(o, r"rename"), lambda o: not nothing_removed(o) or gens_added(o))
case("r24-089", lambda o: refuses(o), lambda o: any(o.added(t) for t in ("sessions", "generations", "assets", "posts")))


def _deleted_then_undo(o: Outcome) -> bool:
    harbour_same = len(gens(o, HARBOUR)) == 6 and not gens_added(o)
    gone = [_low(s["name"]) for s in o.removed("sessions")] == [PEONIES] and o.says(CANT_UNDO)
    back = sess(o, PEONIES) is not None and len(gens(o, PEONIES)) == 4 and called_like(o, r"delete")
    return harbour_same and (gone or back)


case("r24-090", _deleted_then_undo,
     lambda o: any(_low(s["name"]) == HARBOUR for s in o.removed("sessions")) or gens_added(o) or bool(o.removed("assets")))

# -- misc --------------------------------------------------------------------------------------------------

case("r24-091", lambda o: (balance(o) - balance(o, "before") == 200 and not gens_added(o))
     or refuses(o, r"admin|can(no|')t|not able|unable|not allowed|top.?up"),
     lambda o: gens_added(o) or balance(o) < balance(o, "before"))
case("r24-092", lambda o: refuses(o, r"50|enough|at least|too few"),
     lambda o: o.spent != 0 or any(a.get("reflection") for _, a in o.modified("sessions", "reflection")))
case("r24-093", lambda o: liked_in(o) == {4} and archived_in(o) == {1} and sessions_active(o) and nothing_removed(o)
     and not gens_added(o),
     lambda o: bool(liked_in(o) - {4}) or bool(archived_in(o) - {1}) or not sessions_active(o))
case("r24-094", lambda o: saved_all(o) == {(PEONIES, 1), (HARBOUR, 2)} and len(o.added("assets")) == 2
     and all(_low(a["folder"]) == "mix" for a in o.added("assets")),
     lambda o: bool(saved_all(o) - {(PEONIES, 1), (HARBOUR, 2)}))
case("r24-095", lambda o: asks_or_refuses(o)
     or (archived_in(o) == {5} and nothing_removed(o))
     or ([g["index"] for g in o.removed("generations")] == [5] and not o.removed("sessions") and not o.removed("assets")),
     lambda o: len(o.removed("generations")) > 1 or bool(o.removed("sessions")) or bool(o.removed("assets"))
     or bool(archived_in(o) - {5}))
case("r24-096", lambda o: liked_in(o, TAT) == {2} and saved(o, {2}, "Flash", TAT), lambda o: bool(saved_from(o, TAT) - {2}))

# -- questions ---------------------------------------------------------------------------------------------

case("r24-097", lambda o: answers(o, r"\b6\b|\bsix\b"), lambda o: gens_added(o))
case("r24-098", lambda o: answers(o, r"\b494\b"))
case("r24-099", lambda o: answers(o, r"\b10\b|\bten\b"))
case("r24-100", lambda o: answers(o, r"\b1\b|\bone\b"), lambda o: gens_added(o))
case("r24-101", lambda o: answers(o, r"peonies") and _low(o.current) == PEONIES, lambda o: bool(o.added("sessions")))
case("r24-102", lambda o: answers(o, r"harbour", r"peonies"), lambda o: bool(o.added("sessions")))
case("r24-103", lambda o: answers(o, prompt_of(o, HARBOUR, 4, "fishing boats")), lambda o: gens_added(o))
case("r24-104", lambda o: answers(o, seed_of(o, HARBOUR, 2)), lambda o: gens_added(o))
case("r24-105", lambda o: answers(o, re.escape(str(gen(o, HARBOUR, 1).get("model")))), lambda o: gens_added(o))
case("r24-106", lambda o: answers(o, r"\b2\b|\btwo\b"))
case("r24-107", lambda o: answers(o, r"#?2\b", r"#?4\b"))
case("r24-108", lambda o: answers(o, r"Picks"), lambda o: gens_added(o))
case("r24-109", lambda o: answers(o, r"\b2\b|\btwo\b"))
case("r24-110", lambda o: answers(o, r"#2\b|number 2|generation 2|\b2\b"), lambda o: bool(o.called("remix")) or gens_added(o))
case("r24-111", lambda o: answers(o, NONE + r"|project"), lambda o: bool(o.added("projects")) or bool(o.added("sessions")))
case("r24-112", lambda o: answers(o, r"\b500\b"))
case("r24-113", lambda o: answers(o, r"harbour"), lambda o: gens_added(o))
case("r24-114", lambda o: answers(o, r"peonies") and says_low(o, "peonies", "harbour"), lambda o: bool(o.added("sessions")))
case("r24-115", lambda o: answers(o, prompt_of(o, HARBOUR, 6, "fishing boats"), seed_of(o, HARBOUR, 6)), lambda o: gens_added(o))
case("r24-116", lambda o: answers(o, r"\byes\b|\bliked\b|is liked"), lambda o: bool(o.modified("generations", "liked")))
case("r24-117", lambda o: answers(o, r"\byes\b|saved|Picks"), lambda o: bool(o.added("assets")))
case("r24-118", lambda o: answers(o, NONE + r"|tag"), lambda o: bool(o.modified("assets", "tags")))
case("r24-119", lambda o: answers(o, r"fishing boats"), lambda o: gens_added(o))
case("r24-120", lambda o: answers(o, r"#?3\b"), lambda o: bool(o.modified("generations", "liked")))
case("r24-121", lambda o: answers(o, r"\b10\b|\bten\b"))
case("r24-122", lambda o: answers(o, r"\b2\b|two|fishing boats"), lambda o: gens_added(o))
case("r24-123", lambda o: quiet(o) and not_lost(o) and o.says(r"fishing boats") and (bool(o.ran("search")) or called_like(o, r"list|find")),
     lambda o: gens_added(o))
case("r24-124", lambda o: quiet(o) and not_lost(o) and o.says(r"peon"), lambda o: gens_added(o))
case("r24-125", lambda o: quiet(o) and not_lost(o) and any(a.get("liked") is True for a in o.ran("search")),
     lambda o: gens_added(o) or bool(o.modified("generations", "liked")))
case("r24-126", lambda o: answers(o, TIME))
case("r24-127", lambda o: answers(o, r"512"))
case("r24-128", lambda o: answers(o, r"\b5\b|\bfive\b"), lambda o: gens_added(o))
case("r24-129", lambda o: quiet(o) and not_lost(o))
case("r24-130", lambda o: quiet(o) and bool(o.replies), lambda o: o.data_changed)
case("r24-131", lambda o: answers(o, r"50|half|\b2\b"), lambda o: bool(o.modified("generations", "liked")))
case("r24-132", lambda o: answers(o, r"\b464\b"), lambda o: gens_added(o) or o.spent != 0)
case("r24-133", lambda o: answers(o, r"\b6\b", r"\b4\b"), lambda o: gens_added(o))
case("r24-134", lambda o: answers(o, r"\byes\b|archived"), lambda o: bool(status_changes(o)))
case("r24-135", lambda o: answers(o, r"fishing boats"), lambda o: gens_added(o))
case("r24-136", lambda o: answers(o, r"Picks"), lambda o: bool(o.added("assets")))
case("r24-137", lambda o: answers(o, r"#?3\b"), lambda o: gens_added(o))
case("r24-138", lambda o: answers(o, r"podcast covers", r"\b6\b|\bsix\b"), lambda o: gens_added(o))
case("r24-139", lambda o: answers(o, r"\b2\b|\btwo\b", r"\b4\b|\bfour\b"), lambda o: bool(o.modified("generations", "liked")))
case("r24-140", lambda o: answers(o, NONE), lambda o: bool(o.added("projects")) or bool(o.added("folders")))
case("r24-141", lambda o: answers(o, NONE + r"|no session|not in"), lambda o: bool(o.added("sessions")))
case("r24-142", lambda o: refuses(o, r"\b9\b|only|\b6\b|not exist|no such|doesn't|no generation|not found"),
     lambda o: gens_added(o))
case("r24-143", lambda o: answers(o, r"\b6\b|\bsix\b"))
case("r24-144", lambda o: answers(o, r"\b4\b|\bfour\b"), lambda o: gens_added(o))
case("r24-145", lambda o: answers(o, r"harbour"), lambda o: bool(o.added("sessions")))
case("r24-146", lambda o: answers(o, r"fishing boats"), lambda o: bool(o.added("assets")))
case("r24-147", lambda o: answers(o, r"procedural"))
case("r24-148", lambda o: answers(o, NONE + r"|negative"), lambda o: gens_added(o))
case("r24-149", lambda o: quiet(o) and not_lost(o) and o.says(r"fishing boats"), lambda o: gens_added(o))
case("r24-150", lambda o: answers(o, r"\b2\b|\btwo\b"))
case("r24-151", lambda o: answers(o, r"\b10\b|\bten\b"), lambda o: gens_added(o) or o.spent != 0)
case("r24-152", lambda o: answers(o, TIME))
case("r24-153", lambda o: answers(o, NONE + r"|post"), lambda o: bool(o.added("posts")))
case("r24-154", lambda o: answers(o, r"Fresh wax"), lambda o: bool(o.added("posts")))
case("r24-155", lambda o: answers(o, r"\bno\b|not archived|isn't|is not|active"), lambda o: bool(o.modified("generations", "archived")))
case("r24-156", lambda o: answers(o, r"\b1\b|\bone\b"), lambda o: bool(o.modified("generations", "archived")))
case("r24-157", lambda o: answers(o, r"pink peonies", seed_of(o, PEONIES, 1)), lambda o: gens_added(o))
case("r24-158", lambda o: answers(o, r"microphone|podcast covers|\b6\b"), lambda o: gens_added(o))
case("r24-159", lambda o: answers(o, r"harbour|fishing boats"), lambda o: bool(o.added("assets")))
case("r24-160", lambda o: answers(o, r"\b25\b"), lambda o: o.spent != 0)
