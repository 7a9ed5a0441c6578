"""Checks for round 26 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only,
before anything was run, by a tester who never saw the planner).

The cases live in ``round26.yaml`` outside the project; only their ids are here. ``meant`` says
whether the outcome is what the person meant; ``wrong`` names outcomes the case's ``wrong_if`` calls
out. The judge scores any data change without ``meant`` as wrong anyway.

Conventions:
- Session and folder names are compared without regard to case.
- A question is judged with ``calm``: nothing added, removed or changed, no credits spent. A session
  row's timestamps (``*_at``, ``updated``, ``current``) may move when a session is used; they are
  not counted as a change.
- Saves are judged on the assets the say lines ADDED.
- "all but" / "except" requests are judged on the resulting state.
- Where the state export cannot show an effect (a brief, references, a zip), the tool calls that ran
  are read instead.
- Where the person asked for something costly or destructive with no answer following, a waiting
  confirmation for the right tool counts as what was meant.

Setups used (every confirmation answered yes):
- Harbour: 6 images of fishing boats at dawn, 2 and 4 liked (balance 494).
- + Picks: the liked ones saved to folder Picks.   + Bridal: 4 images of a bride, 1 liked (balance 490).
- Dungeon: 10 pixel-art dungeon maps, 1, 3 and 8 liked (balance 490).
- Linen Edit: 8 linen dresses, 2, 5 and 6 liked (balance 492).
- Miller Wedding: 5 first-dance images, 1, 2 and 5 liked (balance 495).
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import not_lost

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings shared by many cases ---------------------------------------------------------

HARBOUR, BRIDAL, DUNGEON, LINEN, MILLER = "harbour", "bridal", "dungeon", "linen edit", "miller wedding"
NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|empty|nothing|not yet|haven't"
MISSING = r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find|could not find"
REF = r"ref|brief"
_TABLES = ("sessions", "generations", "assets", "posts", "projects", "folders")
_NOISE = re.compile(r"_at$|updated|current|last_used|opened", re.IGNORECASE)


def _low(name) -> str:
    return str(name or "").strip().lower()


def _core(row: dict) -> dict:
    return {k: v for k, v in row.items() if not _NOISE.search(k)}


def calm(o: Outcome) -> bool:
    """Nothing that matters changed: no rows added or removed, no rows edited (session timestamps
    aside), no credits spent."""
    if any(o.added(t) or o.removed(t) for t in _TABLES):
        return False
    if any(o.modified(t) for t in _TABLES if t != "sessions"):
        return False
    if any(_core(b) != _core(a) for b, a in o.modified("sessions")):
        return False
    return o.spent == 0


def answers(o: Outcome, *patterns: str) -> bool:
    return calm(o) and not o.says(r"did not understand") and all(o.says(p) for p in patterns)


def refuses(o: Outcome, pattern: str | None = None) -> bool:
    return calm(o) and not_lost(o) and (pattern is None or o.says(pattern))


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


def indexes(rows: list[dict]) -> set[int]:
    return {g["index"] for g in rows}


def index_of(o: Outcome) -> dict[str, tuple[str, int]]:
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


def made_anywhere(o: Outcome, count: int, prompt: str | None = None) -> list[dict]:
    new = o.added("generations")
    if len(new) != count:
        return []
    if prompt and not all(re.search(prompt, g["prompt"] or "", re.IGNORECASE) for g in new):
        return []
    return new


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g["prompt"] or "", re.IGNORECASE) for g in o.added("generations"))


def saved_from(o: Outcome, name: str = HARBOUR) -> set[int]:
    where = index_of(o)
    return {where[a["origin_generation_id"]][1] for a in o.added("assets")
            if a["origin_generation_id"] in where and where[a["origin_generation_id"]][0] == _low(name)}


def saved(o: Outcome, expected: set[int], folder: str | None = None, name: str = HARBOUR) -> bool:
    """The new assets are exactly ``expected`` of ``name`` (in ``folder``), one each."""
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(_low(a["folder"]) == _low(folder) for a in new)) and not o.removed("generations")


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def liked_only(o: Outcome, expected: set[int], name: str = HARBOUR) -> bool:
    return liked_in(o, name) == expected and not o.added("generations") and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def archived_only(o: Outcome, expected: set[int], name: str = HARBOUR) -> bool:
    return archived_in(o, name) == expected and not o.added("generations") and not o.added("assets") \
        and nothing_removed(o) and sessions_active(o)


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["name"]) for b, a in o.modified("sessions", "name")]


def new_sess(o: Outcome, *names: str, kind: str | None = None) -> bool:
    """Exactly one new session, named one of ``names`` (any case), current, with no generations."""
    new = o.added("sessions")
    wanted = {_low(n) for n in names}
    return len(new) == 1 and _low(new[0]["name"]) in wanted and _low(o.current) in wanted \
        and (kind is None or new[0]["kind"] == kind) and not o.added("generations") and nothing_removed(o)


def one_new_session(o: Outcome) -> dict | None:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else None


def newly_liked(o: Outcome) -> set[int]:
    return {g["index"] for g in o.newly("liked", True)}


def ran_args(o: Outcome, pattern: str) -> list[dict]:
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


def ran_with(o: Outcome, *texts: str, tool: str | None = None) -> bool:
    return any(all(t.lower() in str(a).lower() for t in texts) for a in o.ran(tool))


def called_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n) for n in o.names())


def asks(o: Outcome, tool: str = r".") -> bool:
    """A confirmation is waiting, nothing changed yet, and a call of ``tool`` is what it is about."""
    return calm(o) and o.question is not None and called_like(o, tool)


def asks_or_refuses(o: Outcome, tool: str = r".") -> bool:
    return asks(o, tool) or refuses(o)


def sized(o: Outcome, size: str) -> bool:
    width, height = size.split("x")
    return any(size in str(a) or (str(a.get("width")) == width and str(a.get("height")) == height)
               for a in o.called("generate"))


def remixed(o: Outcome, parent: int, count: int, name: str = HARBOUR, words: str = r".") -> list[dict]:
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


def one_post(o: Outcome, caption: str, items: set[int], name: str = HARBOUR, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and _low(posts[0]["caption"]) == _low(caption) \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def assets_now(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.after["assets"] if _low(a["folder"]) == _low(folder)]


def tags_of(asset: dict) -> set[str]:
    return {_low(t) for t in (asset.get("tags") or [])}


def balance(o: Outcome, when: str = "after") -> int:
    return ((o.after if when == "after" else o.before).get("credits") or {}).get("balance", 0)


def brief_has(o: Outcome, name: str, text: str) -> bool:
    """The brief text is on the session row in state, or in the args of a call that ran."""
    return text.lower() in str(sess(o, name) or {}).lower() or ran_with(o, text)


def undone(o: Outcome, tool: str) -> bool:
    """The first line's tool ran, and at the end nothing that matters is different."""
    return ran_tool(o, tool) and calm(o)


def downloaded(o: Outcome, items: list[int] | None, liked_ok: bool = False, path: str | None = None) -> bool:
    for args in o.called("download"):
        if path is not None and path not in str(args):
            continue
        if liked_ok and args.get("which") == "liked":
            return True
        if items is None:
            return True
        got = args.get("items")
        if got == items or str(got) in (f"{items[0]}-{items[-1]}", ", ".join(map(str, items)), str(items)):
            return True
    return False


def moved_to(o: Outcome, target: str) -> set[int]:
    """Before-indexes of generations whose session became ``target``."""
    ids = sids(o, target)
    return {b["index"] for b, a in o.modified("generations", "session_id") if a["session_id"] in ids}


# -- the cases -----------------------------------------------------------------------------------

case("r26-001", lambda o: new_sess(o, "Resort 27 Knits"),
     lambda o: gens_added(o) or len(o.added('sessions')) > 1)
case("r26-002", lambda o: liked_only(o, {2, 5, 6, 7}, LINEN),
     lambda o: bool(liked_in(o, LINEN) - {2, 5, 6, 7}) or not {2, 5, 6} <= liked_in(o, LINEN))
case("r26-003", lambda o: indexes(made(o, LINEN, 4, r"navy")) == {9, 10, 11, 12} and not o.added("sessions"),
     lambda o: bool(o.added('sessions')) or (gens_added(o) and len(o.added('generations')) != 4))
case("r26-004", lambda o: answers(o, r"\b3\b|three"))
case("r26-005", lambda o: len(assets_now(o, "Buy List")) == 3 and all(_low(a["project"]) == "ss27" for a in assets_now(o, "Buy List")) and not o.added("assets"),
     lambda o: gens_added(o) or bool(o.modified('assets', 'folder')) or bool(renamed(o)))
case("r26-006", lambda o: archived_only(o, {1, 3, 4, 7, 8}, LINEN) and liked_in(o, LINEN) == {2, 5, 6},
     lambda o: bool(archived_in(o, LINEN) & {2, 5, 6}) or not sessions_active(o) or not nothing_removed(o))
case("r26-007", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "weihnachtsmarkt" and bool(made(o, "Weihnachtsmarkt", 3, r"christmas market")),
     lambda o: any(re.search(r'generate|pictures', s['name'] or '', re.I) for s in o.added('sessions')))
case("r26-008", lambda o: liked_only(o, {2, 4, 6}),
     lambda o: bool(liked_in(o) - {2, 4, 6}) or not {2, 4} <= liked_in(o))
case("r26-009", lambda o: answers(o, rf"\b{gen(o, HARBOUR, 3).get('seed')}\b"))
case("r26-010", lambda o: saved(o, {2, 4}, "Hafen"),
     lambda o: bool(saved_from(o) - {2, 4}))
case("r26-011", lambda o: answers(o, r"bridal") and _low(o.current) == BRIDAL)
case("r26-012", lambda o: renamed(o) == [(HARBOUR, "Hafen am Morgen")] and not o.added("sessions"),
     lambda o: bool(o.added('sessions')) or any(n.lower().startswith('to ') for _, n in renamed(o)))
case("r26-013", lambda o: bool(m := made(o, HARBOUR, 2, r"fishing boat")) and all("seagull" in (g["negative_prompt"] or "").lower() and "seagull" not in (g["prompt"] or "").lower() for g in m),
     lambda o: prompt_has(o, r'seagull'))
case("r26-014", lambda o: answers(o, r"\b490\b"))
case("r26-015", lambda o: one_post(o, "dawn patrol 🌅", {2, 4}, platform="instagram"),
     lambda o: len(o.added('posts')) > 1 or any('now' in _low(p['caption']).split() for p in o.added('posts')))
case("r26-016", lambda o: indexes(made(o, HARBOUR, 3, r"boat")) == {7, 8, 9},
     lambda o: prompt_has(o, r'\bugh\b|asap') or (gens_added(o) and len(o.added('generations')) != 3))
case("r26-017", lambda o: liked_in(o) == {1, 2, 4, 5} and saved(o, {1, 5}, "Socials"),
     lambda o: bool(saved_from(o) - {1, 5}) or any('them' in _low(a['folder']) for a in o.added('assets')))
case("r26-018", lambda o: calm(o) and bool(o.ran('download')) and downloaded(o, [2, 4], liked_ok=True),
     lambda o: not calm(o))
case("r26-019", lambda o: one_post(o, "Early boats, early wins", {2, 4}, platform="linkedin"),
     lambda o: len(o.added('posts')) > 1 or any(_low(p['caption']) == 'early boats' for p in o.added('posts')))
case("r26-020", lambda o: indexes(made(o, HARBOUR, 4, r"neon")) == {7, 8, 9, 10} and liked_in(o) == {2, 4, 9, 10},
     lambda o: bool(liked_in(o) & {5, 6}))
case("r26-021", lambda o: len(assets_now(o, "Instagram Picks")) == 2 and not assets_now(o, "Picks") and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.removed('assets')) or bool(renamed(o)))
case("r26-022", lambda o: answers(o, r"\b500\b"))
case("r26-023", lambda o: answers(o, r"fishing boats"),
     lambda o: gens_added(o))
case("r26-024", lambda o: answers(o, r"harbour", r"bridal"))
case("r26-025", lambda o: answers(o, r"picks"))
case("r26-026", lambda o: answers(o, re.escape(str(gen(o, HARBOUR, 2).get('model')))))
case("r26-027", lambda o: saved(o, {2, 3, 4, 5, 6}, "Archive Copies"),
     lambda o: 1 in saved_from(o))
case("r26-028", lambda o: answers(o, r"#?2\b", r"#?4\b"))
case("r26-029", lambda o: asks_or_refuses(o),
     lambda o: bool(o.removed('assets')))
case("r26-030", lambda o: indexes(remixed(o, 3, 1, DUNGEON, r"lava")) == {11},
     lambda o: gens_added(o) and not any(g['parent_id'] for g in o.added('generations')))
case("r26-031", lambda o: indexes(remixed(o, 8, 4, DUNGEON)) == {11, 12, 13, 14},
     lambda o: len(o.added('generations')) == 8 or (gens_added(o) and not any(g['parent_id'] for g in o.added('generations'))))
case("r26-032", lambda o: new_sess(o, "Boss Intro", kind="video"),
     lambda o: gens_added(o))
case("r26-033", lambda o: saved(o, {1, 3, 8}, "Tilesets", DUNGEON) and all("dungeon" in tags_of(a) for a in o.added("assets")),
     lambda o: bool(saved_from(o, DUNGEON) - {1, 3, 8}) or any('tag' in _low(a['folder']) for a in o.added('assets')))
case("r26-034", lambda o: answers(o, r"#?1\b", r"#?3\b", r"#?8\b"))
case("r26-035", lambda o: bool(made(o, DUNGEON, 3, r"tavern")) and sized(o, "1024x768"),
     lambda o: prompt_has(o, r'1024x768') or (gens_added(o) and len(o.added('generations')) != 3))
case("r26-036", lambda o: answers(o, r"quest"))
case("r26-037", lambda o: sess(o, "Scrap Maps") is not None and moved_to(o, "Scrap Maps") == {9, 10} and len(gens(o, DUNGEON)) == 8 and not gens_added(o),
     lambda o: bool(o.removed('generations')) or bool(moved_to(o, 'Scrap Maps') - {9, 10}))
case("r26-038", lambda o: liked_only(o, set(), DUNGEON),
     lambda o: not nothing_removed(o) or bool(o.modified('generations', 'archived')))
case("r26-039", lambda o: bool(m := made(o, DUNGEON, 2, r"goblin")) and any(g["seed"] == 1234 for g in m),
     lambda o: prompt_has(o, r'1234'))
case("r26-040", lambda o: answers(o, r"dungeon"))
case("r26-041", lambda o: archived_in(o, DUNGEON) == {2, 4, 5, 6, 7, 9, 10} and liked_in(o, DUNGEON) == {1, 3, 8} and saved(o, {1, 3, 8}, "Level One", DUNGEON),
     lambda o: bool(archived_in(o, DUNGEON) & {1, 3, 8}) or bool(saved_from(o, DUNGEON) - {1, 3, 8}))
case("r26-042", lambda o: answers(o, r"\b10\b", r"\b3\b|three"))
case("r26-043", lambda o: liked_only(o, {2, 4, 5}),
     lambda o: bool(liked_in(o) - {2, 4, 5}))
case("r26-044", lambda o: bool(made_anywhere(o, 4, r"cat")) and prompt_has(o, r"skateboard") and o.spent == 4,
     lambda o: gens_added(o) and len(o.added('generations')) != 4)
case("r26-045", lambda o: answers(o, r"\b6\b|six"))
case("r26-046", lambda o: asks(o, r"delete"),
     lambda o: not nothing_removed(o))
case("r26-047", lambda o: liked_only(o, {2, 3, 4}),
     lambda o: 1 in liked_in(o))
case("r26-048", lambda o: liked_only(o, {1, 2, 3, 4, 5}),
     lambda o: 6 in liked_in(o))
case("r26-049", lambda o: calm(o) and bool(o.replies),
     lambda o: o.data_changed)
case("r26-050", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "okafor wedding" and bool(made(o, "Okafor Wedding", 6, r"sunset portrait")),
     lambda o: any('generate' in _low(s['name']) for s in o.added('sessions')))
case("r26-051", lambda o: len(assets_now(o, "Album")) == 3 and all("miller" in tags_of(a) for a in assets_now(o, "Album")) and not o.added("assets"),
     lambda o: any('okafor' in ' '.join(tags_of(a)) for a in o.after['assets']))
case("r26-052", lambda o: answers(o, r"#?1\b", r"#?2\b", r"#?5\b"))
case("r26-053", lambda o: one_post(o, "Forever starts tonight", {1, 2, 5}, MILLER),
     lambda o: len(o.added('posts')) > 1)
case("r26-054", lambda o: calm(o) and downloaded(o, [1, 2, 5], liked_ok=True, path="miller-picks.zip") and (bool(o.ran("download")) or o.question is not None),
     lambda o: not calm(o))
case("r26-055", lambda o: bool(remixed(o, 5, 2, MILLER, r"warm")),
     lambda o: gens_added(o) and len(o.added('generations')) != 2)
case("r26-056", lambda o: asks(o, r"delete") or ({g["index"] for g in o.removed("generations")} == {3, 4} and not o.removed("sessions")),
     lambda o: bool({g["index"] for g in o.removed("generations")} - {3, 4}) or bool(o.removed("sessions")))
case("r26-057", lambda o: archived_only(o, {4}, MILLER),
     lambda o: 5 in archived_in(o, MILLER))
case("r26-058", lambda o: one_post(o, "miller wedding highlights", {1, 2, 5}, MILLER, platform="instagram"),
     lambda o: any('platform' in _low(p['caption']) for p in o.added('posts')))
case("r26-059", lambda o: answers(o, r"\b2\b|two"))
case("r26-060", lambda o: answers(o, r"#?1\b|album", r"#?5\b|album"),
     lambda o: bool(o.added('assets')))
case("r26-061", lambda o: answers(o, r"\b6\b"))
case("r26-062", lambda o: answers(o, r"\b1\b"),
     lambda o: gens_added(o))
case("r26-063", lambda o: answers(o, r"\b6\b", r"hold|captur|spent|generat|job|release"))
case("r26-064", lambda o: asks(o, r"generate") and "60" in str(o.called("generate")),
     lambda o: gens_added(o))
case("r26-065", lambda o: answers(o, r"\b30\b"),
     lambda o: gens_added(o) or o.spent != 0)
case("r26-066", lambda o: answers(o, r"\b480\b"),
     lambda o: gens_added(o) or o.spent != 0)
case("r26-067", lambda o: (balance(o) - balance(o, "before") == 1000 and not gens_added(o)) or refuses(o, r"admin|can(no|\x27)t|not able|unable|not allowed|top.?up|credit"),
     lambda o: gens_added(o) or balance(o) < balance(o, "before"))
case("r26-068", lambda o: asks(o, r"generate") and "25" in str(o.called("generate")),
     lambda o: gens_added(o))
case("r26-069", lambda o: bool(made(o, HARBOUR, 25, r"fishing net")) and o.spent == 25,
     lambda o: gens_added(o) and len(o.added('generations')) != 25)
case("r26-070", lambda o: answers(o, r"\b1\b"))
case("r26-071", lambda o: answers(o, r"\b10\b"))
case("r26-072", lambda o: answers(o, r"\b490\b", r"\b10\b"))
case("r26-073", lambda o: bool(made(o, HARBOUR, 3, r"invoice")) and o.spent == 3 and o.says(r"\b491\b"),
     lambda o: gens_added(o) and len(o.added('generations')) != 3)
case("r26-074", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "orchard" and bool(made(o, "Orchard", 5, r"apple")) and liked_in(o, "Orchard") == {1, 3} and saved(o, {1, 3}, "Spring", "Orchard"),
     lambda o: len(o.added('sessions')) > 1 or bool(saved_from(o, 'Orchard') - {1, 3}))
case("r26-075", lambda o: liked_in(o, "Harbour Selects") == {1, 2, 4, 6} and archived_in(o, "Harbour Selects") == {3, 5} and renamed(o) == [(HARBOUR, "Harbour Selects")] and not o.added("sessions"),
     lambda o: bool(o.added('sessions')) or bool(archived_in(o, 'Harbour Selects') - {3, 5}))
case("r26-076", lambda o: any(_low(p["name"]) == "atlas" for p in o.after["projects"]) and (s := sess(o, "Atlas Maps")) is not None and _low(s["project"]) == "atlas" and bool(made(o, "Atlas Maps", 2, r"chart")),
     lambda o: any('generate' in _low(s['name']) for s in o.added('sessions')))
case("r26-077", lambda o: indexes(made(o, HARBOUR, 2, r"boat")) == {7, 8} and liked_in(o) == {2, 4, 7, 8} and saved(o, {7, 8}, "Fleet") and liked_in(o, BRIDAL) == {1},
     lambda o: bool(gens(o, BRIDAL)) and len(gens(o, BRIDAL)) != 4 or bool(saved_from(o) - {7, 8}))
case("r26-078", lambda o: {_low(s["name"]) for s in o.added("sessions")} == {"tide pools", "kelp forest"} and not gens_added(o),
     lambda o: any(' and ' in _low(s['name']) for s in o.added('sessions')))
case("r26-079", lambda o: saved_from(o, DUNGEON) == {1, 3, 8} and all(_low(a["folder"]) == "level one" and "floor-1" in tags_of(a) for a in o.added("assets")) and bool(remixed(o, 3, 2, DUNGEON)),
     lambda o: bool(saved_from(o, DUNGEON) - {1, 3, 8}))
case("r26-080", lambda o: bool(made(o, HARBOUR, 2, r"boat")) and prompt_has(o, r"storm"),
     lambda o: gens_added(o) and len(o.added('generations')) != 2)
case("r26-081", lambda o: answers(o, r"fishing boats"))
case("r26-082", lambda o: answers(o, r"\b2\b|two"))
case("r26-083", lambda o: calm(o) and _low(o.current) == HARBOUR,
     lambda o: bool(o.added('sessions')))
case("r26-084", lambda o: answers(o, rf"\b{gen(o, DUNGEON, 5).get('seed')}\b"))
case("r26-085", lambda o: answers(o, r"#?2\b", r"#?4\b"))
case("r26-086", lambda o: answers(o, r"quest"))
case("r26-087", lambda o: _low((sess(o, BRIDAL) or {}).get("project")) == "weddings 2026" and _low((sess(o, HARBOUR) or {}).get("project")) != "weddings 2026" and not o.added("sessions"),
     lambda o: bool(renamed(o)) or _low((sess(o, HARBOUR) or {}).get('project')) == 'weddings 2026')
case("r26-088", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "night market" and bool(made(o, "night market", 4, r"lantern")),
     lambda o: any('generate' in _low(s['name']) for s in o.added('sessions')))
case("r26-089", lambda o: archived_in(o) == {1, 3} and liked_in(o) == {2} and nothing_removed(o) and not gens_added(o),
     lambda o: bool(archived_in(o) - {1, 3}) or 2 not in liked_in(o))
case("r26-090", lambda o: answers(o, r"\b494\b"))
case("r26-091", lambda o: len(assets_now(o, "Picks")) == 2 and all({"harbour", "dawn"} <= tags_of(a) for a in assets_now(o, "Picks")) and not o.added("assets"),
     lambda o: any('harbour and dawn' in tags_of(a) for a in o.after['assets']))
case("r26-092", lambda o: liked_in(o) == {1, 2, 4} and saved(o, {1}, "first light"),
     lambda o: any('thanks' in _low(a['folder']) for a in o.added('assets')) or bool(saved_from(o) - {1}))
case("r26-093", lambda o: answers(o, r"fishing boats", rf"\b{gen(o, HARBOUR, 1).get('seed')}\b"))
case("r26-094", lambda o: asks_or_refuses(o),
     lambda o: not nothing_removed(o))
case("r26-095", lambda o: refuses(o),
     lambda o: 3 in liked_in(o) or bool(o.modified('generations', 'liked')))
case("r26-096", lambda o: refuses(o, r"\b9\b|\b6\b|only|not exist|no such|doesn\x27t"),
     lambda o: bool(newly_liked(o)) or gens_added(o))
case("r26-097", lambda o: refuses(o, r"100|at most|maximum|too many|between|limit"),
     lambda o: gens_added(o))
case("r26-098", lambda o: refuses(o, r"seed|range|between|negative|0"),
     lambda o: gens_added(o))
case("r26-099", lambda o: refuses(o) or saved(o, {1}, None, BRIDAL),
     lambda o: bool(saved_from(o, HARBOUR)))
case("r26-100", lambda o: refuses(o, r"50|enough|at least|too few"),
     lambda o: o.spent != 0)
case("r26-101", lambda o: refuses(o),
     lambda o: bool(newly_liked(o)))
case("r26-102", lambda o: refuses(o) or asks(o) or (moved_to(o, HARBOUR) == {1, 2, 3, 4} and not gens(o, BRIDAL)),
     lambda o: bool(moved_to(o, BRIDAL)) or not nothing_removed(o))
case("r26-103", lambda o: calm(o) and (_low(o.current) == HARBOUR or not_lost(o)),
     lambda o: bool(o.added('sessions')))
case("r26-104", lambda o: refuses(o) or (archived_in(o, LINEN) == set(range(1, 9)) and not newly_liked(o)),
     lambda o: bool(newly_liked(o) & archived_in(o, LINEN)))
case("r26-105", lambda o: refuses(o) or saved(o, {2}),
     lambda o: bool(saved_from(o) - {2}) or any(_low(a['folder']) in ('the folder', 'folder') for a in o.added('assets')))
case("r26-106", lambda o: undone(o, r"archive"),
     lambda o: not nothing_removed(o) or bool(o.modified('generations', 'liked')))
case("r26-107", lambda o: undone(o, r"like"),
     lambda o: gens_added(o) or not nothing_removed(o))
case("r26-108", lambda o: saved(o, {4}, "Keepers"),
     lambda o: 2 in saved_from(o))
case("r26-109", lambda o: [_low(s["name"]) for s in o.added("sessions")] == ["moonset"] and not gens_added(o),
     lambda o: len(o.added('sessions')) > 1)
case("r26-110", lambda o: bool(made(o, HARBOUR, 5, r"sailboat")),
     lambda o: len(o.added('generations')) > 5)
case("r26-111", lambda o: renamed(o) == [(HARBOUR, "Harbour Dawn")],
     lambda o: bool(o.added('sessions')))
case("r26-112", lambda o: liked_only(o, {2, 3, 5, 6}, LINEN),
     lambda o: 1 in liked_in(o, LINEN))
case("r26-113", lambda o: indexes(made(o, HARBOUR, 2, r"trawler")) == {7, 8} and liked_in(o) == {2, 4, 7, 8} and saved(o, {7, 8}, "Trawlers"),
     lambda o: bool(saved_from(o) - {7, 8}))
case("r26-114", lambda o: liked_only(o, {2, 3, 4}),
     lambda o: bool(liked_in(o) - {2, 3, 4}))
case("r26-115", lambda o: saved(o, {1, 2, 3}, "Samples", LINEN),
     lambda o: bool(saved_from(o, LINEN) - {1, 2, 3}))
case("r26-116", lambda o: indexes(made(o, BRIDAL, 2, r"bride")) == {5, 6},
     lambda o: len(gens(o, HARBOUR)) != 6)
case("r26-117", lambda o: archived_only(o, {2, 4, 5, 6, 7, 9, 10}, DUNGEON),
     lambda o: bool(archived_in(o, DUNGEON) & {1, 3, 8}))
case("r26-118", lambda o: indexes(remixed(o, 2, 1, MILLER)) == {6} and liked_in(o, MILLER) == {1, 2, 5, 6} and saved(o, {6}, "Album", MILLER),
     lambda o: bool(saved_from(o, MILLER) - {6}))
case("r26-119", lambda o: saved(o, {2, 5, 6}, "Buy List", LINEN),
     lambda o: bool(saved_from(o, LINEN) - {2, 5, 6}))
case("r26-120", lambda o: liked_in(o, HARBOUR) == {1, 2, 4} and liked_in(o, BRIDAL) == {1, 3} and _low(o.current) == BRIDAL and not gens_added(o),
     lambda o: 3 in liked_in(o, HARBOUR) or bool(liked_in(o, BRIDAL) - {1, 3}))
case("r26-121", lambda o: bool(m := made(o, "Lighthouse", 2, r"lighthouse")) and all(g["seed"] == 77 for g in m),
     lambda o: gens_added(o) and not prompt_has(o, r'lighthouse'))
case("r26-122", lambda o: _low((sess(o, HARBOUR) or {}).get("campaign")) == "spring catch" and not o.added("sessions"),
     lambda o: bool(o.added('sessions')) or bool(renamed(o)))
case("r26-123", lambda o: brief_has(o, "Moodboard", "calm nordic interiors, oak and wool") and not gens_added(o) and not renamed(o),
     lambda o: gens_added(o) or bool(renamed(o)))
case("r26-124", lambda o: bool(made(o, "Moodboard", 3, r"vintage car")),
     lambda o: prompt_has(o, r'from the brief'))
case("r26-125", lambda o: answers(o, NONE + r'|brief'),
     lambda o: gens_added(o))
case("r26-126", lambda o: not gens_added(o) and not o.added('assets') and not o.added('sessions') and (any('ref.png' in str(a) for a in ran_args(o, REF)) or refuses(o, MISSING)),
     lambda o: gens_added(o) or bool(o.added('assets')) or bool(o.added('sessions')))
case("r26-127", lambda o: not gens_added(o) and nothing_removed(o) and (any(re.search(r"\b4\b", str(a)) for a in ran_args(o, REF)) or refuses(o)),
     lambda o: gens_added(o))
case("r26-128", lambda o: archived_only(o, set()),
     lambda o: not nothing_removed(o))
case("r26-129", lambda o: (sess(o, HARBOUR) or {}).get("status") == "archived" and (sess(o, BRIDAL) or {}).get("status") == "active" and nothing_removed(o),
     lambda o: (sess(o, BRIDAL) or {}).get('status') == 'archived' or not nothing_removed(o))
case("r26-130", lambda o: (sess(o, HARBOUR) or {}).get("status") == "active" and not o.added("sessions") and nothing_removed(o),
     lambda o: bool(o.added('sessions')))
case("r26-131", lambda o: called_like(o, r'select') and not o.added('assets') and not gens_added(o),
     lambda o: bool(o.added('assets')) or gens_added(o) or bool(o.modified('generations', 'archived')))
case("r26-132", lambda o: len(liked_in(o, "Big")) == 24 or asks(o, r"like"),
     lambda o: 0 < len(liked_in(o, "Big")) < 24)
case("r26-133", lambda o: calm(o) and bool(o.ran("download")),
     lambda o: not calm(o))
case("r26-134", lambda o: answers(o, r"#?2\b"),
     lambda o: gens_added(o))
case("r26-135", lambda o: answers(o, r"yes|saved|picks"),
     lambda o: bool(o.added('assets')))
case("r26-136", lambda o: answers(o, NONE),
     lambda o: bool(o.added('assets')))
case("r26-137", lambda o: answers(o, r"morning catch"))
case("r26-138", lambda o: answers(o, NONE + r'|no session'),
     lambda o: bool(o.added('sessions')))
case("r26-139", lambda o: answers(o, r"bridal"))
case("r26-140", lambda o: answers(o, r"\b3\b|three"))
case("r26-141", lambda o: calm(o) and bool(o.ran("search")) and o.says(r"boat"),
     lambda o: gens_added(o))
case("r26-142", lambda o: calm(o) and o.says(r"olive"),
     lambda o: gens_added(o))
case("r26-143", lambda o: answers(o, r"512"))
case("r26-144", lambda o: answers(o, r"dawn"))
case("r26-145", lambda o: answers(o, r"\b77\b"))
case("r26-146", lambda o: answers(o, r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|just now"))
case("r26-147", lambda o: answers(o, NONE),
     lambda o: bool(o.added('folders')))
case("r26-148", lambda o: answers(o, r"#?1\b", r"#?3\b"))
case("r26-149", lambda o: answers(o, r"\b3\b|linen|#?2\b"))
case("r26-150", lambda o: answers(o, re.escape(str(gen(o, MILLER, 2).get("model"))), rf"\b{gen(o, MILLER, 2).get('seed')}\b"))
case("r26-151", lambda o: answers(o, r"\b7\b|seven"))
case("r26-152", lambda o: answers(o, r"bridal"))
case("r26-153", lambda o: answers(o, r"#?2\b|two|\b2\b"))
case("r26-154", lambda o: answers(o, NONE),
     lambda o: bool(o.added('posts')))
case("r26-155", lambda o: answers(o, r"\b3\b|three", r"castle gate"))
case("r26-156", lambda o: answers(o, r"\b2\b|two"))
case("r26-157", lambda o: answers(o, r"linen edit"))
case("r26-158", lambda o: answers(o, r"olive tree"))
case("r26-159", lambda o: answers(o, r"procedural"))
case("r26-160", lambda o: answers(o, r"\b4\b|four"))
