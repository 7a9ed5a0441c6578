"""Checks for round 29 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only, by an
outside tester who never read the planner, its tests or earlier corpora).

The 160 cases live outside the project (``round29.yaml``); only their ids are here. Every case runs in
a fresh home (500 credits, 1 credit per default-size image) after one of six setups, each line run
with every confirmation answered yes:

- A "Pet Portraits": ``new session Pet Portraits`` / ``generate 6 images of a corgi in a flower field`` /
  ``like 2 and 5`` -> Pet Portraits #1-#6, liked {2, 5}, current, balance 494.
- B "Sneaker + Coffee": ``new session Sneaker Drop`` / ``generate 8 images of a white sneaker on wet
  asphalt`` / ``like 1, 3, 4 and 7`` / ``save the liked ones to folder Hero Shots`` / ``new session
  Coffee Ads`` / ``generate 4 images of a latte with foam art on a marble table`` / ``like 2`` ->
  Sneaker Drop #1-#8 (liked 1, 3, 4, 7, all four saved to Hero Shots), Coffee Ads #1-#4 (liked 2),
  current Coffee Ads, balance 488.
- C empty: a fresh home, no sessions, balance 500.
- D "Sticker Pack": ``new session Sticker Pack`` / ``generate 5 images of a cartoon frog wearing
  sunglasses, sticker style`` / ``like 1, 2 and 3`` / ``archive 5`` -> liked {1, 2, 3}, archived {5},
  balance 495.
- E "Sessions": ``new session Spring Lookbook`` / ``generate 2 images of a linen dress on a beach`` /
  ``new session Old Tests`` / ``generate 2 images of a test pattern`` / ``archive session Old Tests`` /
  ``new session Product Shots for project Northwind`` / ``generate 3 images of a ceramic mug on linen``
  -> Spring Lookbook (2), Old Tests (archived, 2), Product Shots (project Northwind, 3, current),
  balance 493.
- F "Moodboard": ``new session Moodboard`` / ``generate 55 images of brutalist architecture in fog``
  -> Moodboard #1-#55, balance 445 (enough items for a reflection).

Session and folder names are compared without regard to case. Where ``ok_to_ask`` is true, a quiet
refusal or question (``refuses``) is accepted next to the meant change. Where the state export cannot
show an effect (a brief, references, a search), the check reads the tool calls that ran. Undo cases
are judged on the final state. Every check is wrapped so that it never raises (an error reads False).
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def _safe(fn):
    if fn is None:
        return None

    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:  # a check must be total: a missing key or odd row reads as "no"
            return False
    return run


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(_safe(meant), _safe(wrong))


# -- names and patterns ----------------------------------------------------------------------------

PETS, SNEAK, COFFEE, STICK = "pet portraits", "sneaker drop", "coffee ads", "sticker pack"
SPRING, OLD, PROD, MOOD = "spring lookbook", "old tests", "product shots", "moodboard"
NONE = (r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|do not have"
        r"|empty|nothing|not yet|haven't|have not|aren't any|isn't any")
MISSING = (r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find"
           r"|could not find|no file|not a file|unreadable")
NEVER = r"(?!)"


def _low(value) -> str:
    return str(value or "").strip().lower()


def _state(o: Outcome, when: str = "after") -> dict:
    return (o.after if when == "after" else o.before) or {}


def _rows(o: Outcome, table: str, when: str = "after") -> list[dict]:
    return _state(o, when).get(table) or []


def sids(o: Outcome, name: str, when: str = "after") -> set:
    return {s.get("id") for s in _rows(o, "sessions", when) if _low(s.get("name")) == _low(name)}


def sess(o: Outcome, name: str) -> dict | None:
    return next((s for s in _rows(o, "sessions") if _low(s.get("name")) == _low(name)), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = sids(o, name, when)
    return [g for g in _rows(o, "generations", when) if g.get("session_id") in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict:
    return next((g for g in gens(o, name, when) if g.get("index") == index), {})


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g.get("index") for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g.get("index") for g in gens(o, name) if g.get("archived")}


def indexes(rows: list[dict]) -> set[int]:
    return {g.get("index") for g in rows}


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g.get("prompt") or "", re.I) for g in o.added("generations"))


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (prompts matching ``prompt``)."""
    ids = sids(o, name)
    new = o.added("generations")
    mine = [g for g in new if g.get("session_id") in ids]
    if len(mine) != count or len(new) != count:
        return []
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.I) for g in mine):
        return []
    return mine


def new_in(o: Outcome, name: str) -> list[dict]:
    ids = sids(o, name)
    return [g for g in o.added("generations") if g.get("session_id") in ids]


def index_of(o: Outcome) -> dict:
    """generation id -> (lower-cased session name, index), after the say lines."""
    names = {s.get("id"): _low(s.get("name")) for s in _rows(o, "sessions")}
    return {g.get("id"): (names.get(g.get("session_id")), g.get("index")) for g in _rows(o, "generations")}


def children_of(o: Outcome, parent: int, name: str) -> list[dict]:
    where = index_of(o)
    return [g for g in o.added("generations") if where.get(g.get("parent_id")) == (_low(name), parent)]


def remixed(o: Outcome, parent: int, count: int, name: str, words: str = r".") -> list[dict]:
    new = o.added("generations")
    good = [g for g in children_of(o, parent, name) if re.search(words, g.get("prompt") or "", re.I)]
    return good if len(new) == count and len(good) == count else []


def saved_from(o: Outcome, name: str) -> set[int]:
    where = index_of(o)
    out = set()
    for a in o.added("assets"):
        spot = where.get(a.get("origin_generation_id"))
        if spot and spot[0] == _low(name):
            out.add(spot[1])
    return out


def folder_of(a: dict) -> str:
    return _low(a.get("folder"))


def tags_of(a: dict) -> set[str]:
    return {_low(t) for t in (a.get("tags") or [])}


def saved(o: Outcome, expected: set[int], folder: str | None, name: str) -> bool:
    """The new assets are exactly ``expected`` of ``name`` (in ``folder``), one each."""
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(folder_of(a) == _low(folder) for a in new)) and nothing_removed(o)


def assets_in(o: Outcome, folder: str) -> list[dict]:
    return [a for a in _rows(o, "assets") if folder_of(a) == _low(folder)]


def asset_of(o: Outcome, name: str, index: int) -> dict:
    where = index_of(o)
    return next((a for a in _rows(o, "assets") if where.get(a.get("origin_generation_id")) == (_low(name), index)), {})


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(s.get("status") == "active" for s in _rows(o, "sessions"))


def liked_only(o: Outcome, expected: set[int], name: str) -> bool:
    return liked_in(o, name) == expected and not gens_added(o) and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def newly_liked(o: Outcome) -> list[dict]:
    return o.newly("liked", True)


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b.get("name")), _low(a.get("name"))) for b, a in o.modified("sessions", "name")]


def status_changes(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b.get("name")), a.get("status")) for b, a in o.modified("sessions", "status")]


def one_new_session(o: Outcome) -> dict | None:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else None


def new_sess(o: Outcome, *names: str) -> bool:
    """Exactly one new session named one of ``names`` (any case), current, nothing generated."""
    s = one_new_session(o)
    wanted = {_low(n) for n in names}
    return s is not None and _low(s.get("name")) in wanted and _low(o.current) in wanted \
        and not gens_added(o) and not o.modified("sessions") and nothing_removed(o)


def current_is(o: Outcome, name: str) -> bool:
    return _low(o.current) == _low(name)


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


def ran_with(o: Outcome, *texts: str) -> bool:
    """One call that ran without error carries every text in its arguments."""
    return any(all(t.lower() in str(a).lower() for t in texts) for a in o.ran())


def called_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n) for n in o.names())


def asks(o: Outcome, tool: str = r".") -> bool:
    """A confirmation is waiting, nothing changed yet, and a call of ``tool`` is what it is about."""
    return quiet(o) and o.question is not None and called_like(o, tool)


def asks_or_refuses(o: Outcome, tool: str = r".") -> bool:
    return asks(o, tool) or refuses(o)


def sized(o: Outcome, width: str, height: str) -> bool:
    """A generate call asked for ``width`` x ``height`` (whatever the argument keys are)."""
    for name, args in o.calls:
        if re.search(r"generat|remix", name):
            text = str(args)
            if f"{width}x{height}" in text or (width in text and height in text):
                return True
    return False


def seed_of(o: Outcome, name: str, index: int) -> str:
    seed = gen(o, name, index).get("seed")
    return rf"\b{seed}\b" if seed is not None else NEVER


def model_of(o: Outcome, name: str, index: int) -> str:
    model = gen(o, name, index).get("model")
    return re.escape(str(model)) if model else NEVER


def post_items(o: Outcome, post: dict) -> set:
    where = index_of(o)
    assets = {a.get("id"): a for a in _rows(o, "assets")}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in (post.get("asset_ids") or [])}


def _caption(text) -> str:
    return str(text or "").strip().strip("'\"“”‘’").strip()


def one_post(o: Outcome, caption: str, items: set, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and _caption(posts[0].get("caption")) == caption \
        and post_items(o, posts[0]) == items \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def last_reply(o: Outcome) -> str:
    return o.replies[-1] if o.replies else ""


def balance(o: Outcome, when: str = "after") -> int:
    return (_state(o, when).get("credits") or {}).get("balance", 0)


def undone(o: Outcome, tool: str) -> bool:
    """The first line's tool ran, and at the end nothing is different from before the say lines."""
    return ran_tool(o, tool) and not o.data_changed


def reflected(o: Outcome) -> bool:
    return any(a.get("reflection") for _, a in o.modified("sessions", "reflection"))


def searched(o: Outcome, words: str) -> bool:
    return quiet(o) and not_lost(o) and any(re.search(words, str(a), re.I) for a in ran_args(o, r"search|find"))


def delete_names_old_tests(o: Outcome) -> bool:
    return any(re.search(r"old tests(?!\s*2)", str(a).lower()) for n, a in o.calls if re.search(r"delete", n))


# -- sessions ----------------------------------------------------------------------------------------

case("r29-001", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "q3 billboard"
     and _low(s.get("project")) == "harbor" and _low(s.get("campaign")) == "back to school"
     and current_is(o, "q3 billboard") and not gens_added(o),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1
     or any(re.search(r"put it|campaign|project", _low(s.get("name"))) for s in o.added("sessions")))
case("r29-002", lambda o: new_sess(o, "sticker sesh", "sticker sesh 🐸"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1
     or any(re.search(r"call it", _low(s.get("name"))) for s in _rows(o, "sessions")))
case("r29-003", lambda o: new_sess(o, "KV Explorations R1"),
     lambda o: gens_added(o) or any(re.search(r"spin|—|name it", _low(s.get("name"))) for s in o.added("sessions")))
case("r29-004", lambda o: new_sess(o, "Wedding Prep and Details"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1
     or any(_low(s.get("name")) == "wedding prep" for s in o.added("sessions")))
case("r29-005", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "teaser cut 2"
     and _low(s.get("kind")) == "video" and _low(s.get("project")) == "halcyon" and not gens_added(o),
     lambda o: gens_added(o) or any(re.search(r"project|halcyon", _low(s.get("name"))) or _low(s.get("name")) == "teaser cut"
                                    for s in o.added("sessions")))
case("r29-006", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "spring menu"
     and not gens_added(o) and ran_with(o, "flat-lay food photography"),
     lambda o: gens_added(o) or any("brief" in _low(s.get("name")) for s in o.added("sessions")))
case("r29-007", lambda o: len(renamed(o)) == 1 and renamed(o)[0][0] == COFFEE
     and renamed(o)[0][1].replace("☕", "").strip() == "coffee ads v2" and not o.added("sessions") and not gens_added(o),
     lambda o: any(old == SNEAK for old, _ in renamed(o)) or bool(o.added("sessions")) or gens_added(o))
case("r29-008", lambda o: answers(o, r"pet portraits"), lambda o: bool(o.added("sessions")))
case("r29-009", lambda o: answers(o, r"coffee ads", r"\b4\b|\bfour\b"), lambda o: gens_added(o))
case("r29-010", lambda o: answers(o, r"spring lookbook", r"product shots"),
     lambda o: gens_added(o) or bool(o.added("sessions")))
case("r29-011", lambda o: renamed(o) == [(SPRING, "spring lookbook final")] and current_is(o, "spring lookbook final")
     and not o.added("sessions") and not gens_added(o),
     lambda o: any(old == PROD for old, _ in renamed(o)) or bool(o.added("sessions")))
case("r29-012", lambda o: quiet(o) and current_is(o, SPRING) and o.says(r"spring lookbook"),
     lambda o: bool(o.added("sessions")) or gens_added(o) or bool(renamed(o)))
case("r29-013", lambda o: status_changes(o) == [(SPRING, "archived")] and nothing_removed(o) and not gens_added(o),
     lambda o: any(n != SPRING for n, _ in status_changes(o)) or not nothing_removed(o))
case("r29-014", lambda o: status_changes(o) == [(OLD, "active")] and nothing_removed(o) and o.says(r"archived|\byes\b"),
     lambda o: any(n != OLD for n, _ in status_changes(o)) or not nothing_removed(o))
case("r29-015", lambda o: answers(o, r"product shots"), lambda o: bool(o.added("sessions")))
case("r29-016", lambda o: answers(o, NONE), lambda o: bool(o.added("sessions")))
case("r29-017", lambda o: refuses(o) and current_is(o, PROD),
     lambda o: _low(o.current) in (SPRING, OLD) or bool(o.added("sessions")))
case("r29-018", lambda o: refuses(o, MISSING + r"|old tests 2") and sess(o, OLD) is not None,
     lambda o: bool(o.removed("sessions")) or delete_names_old_tests(o))
case("r29-019", lambda o: (s := sess(o, "mugs & linen r2")) is not None and _low(s.get("project")) == "northwind q4"
     and sess(o, PROD) is None and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or gens_added(o)
     or any(new in ("mugs", "mugs &", "mugs & linen") for _, new in renamed(o)))
case("r29-020", lambda o: answers(o, r"old tests"))
case("r29-021", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "cat portraits"
     and bool(made(o, "cat portraits", 3, r"tabby")) and o.spent == 3 and o.says(r"\b491\b")
     and len(gens(o, PETS)) == 6,
     lambda o: bool(new_in(o, PETS)) or len(o.added("generations")) > 3 or len(o.added("sessions")) > 1)
case("r29-022", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "meme lab 2"
     and bool(made(o, "meme lab 2", 2, r"shocked cat")) and current_is(o, "meme lab 2"),
     lambda o: len(o.added("sessions")) > 1)
case("r29-023", lambda o: quiet(o) and current_is(o, SNEAK) and o.says(r"\b8\b|\beight\b"), lambda o: gens_added(o))
case("r29-024", lambda o: refuses(o), lambda o: bool(renamed(o)))
case("r29-025", lambda o: status_changes(o) == [(SNEAK, "archived")] and nothing_removed(o) and current_is(o, COFFEE)
     and (sess(o, COFFEE) or {}).get("status") == "active",
     lambda o: (sess(o, COFFEE) or {}).get("status") == "archived" or not nothing_removed(o))
case("r29-026", lambda o: answers(o, r"northwind"))

# -- generating --------------------------------------------------------------------------------------

case("r29-027", lambda o: indexes(made(o, PETS, 4, r"corgi.*flower field")) == {7, 8, 9, 10}
     and not o.modified("generations"),
     lambda o: (gens_added(o) and len(o.added("generations")) != 4) or prompt_has(o, r"comps|same prompt")
     or bool(o.modified("generations", "liked")))
case("r29-028", lambda o: bool(made(o, PETS, 4, r"corgi.*sunglasses|sunglasses.*corgi")),
     lambda o: prompt_has(o, r"^\W*again\W*$") or len(o.added("generations")) > 4)
case("r29-029", lambda o: (1 <= len(o.added("generations")) <= 20 and len(new_in(o, PETS)) == len(o.added("generations"))
                           and all(re.search(r"corgi", g.get("prompt") or "", re.I) for g in o.added("generations")))
     or refuses(o),
     lambda o: prompt_has(o, r"more pls|^\W*more\W*$") or len(new_in(o, PETS)) != len(o.added("generations")))
case("r29-030", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "coastline"
     and bool(made(o, "coastline", 2, r"lighthouse")) and sized(o, "768", "512") and o.says(r"2048|multiple"),
     lambda o: prompt_has(o, r"coastline|768") or (gens_added(o) and not sized(o, "768", "512")))
case("r29-031", lambda o: bool(m := made(o, PETS, 3, r"corgi")) and any(g.get("seed") == 4242 for g in m)
     and sized(o, "1024", "1024"),
     lambda o: prompt_has(o, r"4242|1024|seed") or (gens_added(o) and len(o.added("generations")) != 3))
case("r29-032", lambda o: bool(made(o, STICK, 3, r"frog.*kickflip|kickflip.*frog")),
     lambda o: bool(o.added("sessions")) or (gens_added(o) and len(o.added("generations")) != 3) or prompt_has(o, r"new idea"))
case("r29-033", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "icons"
     and bool(m := made(o, "icons", 5, r"rocket")) and any(g.get("seed") == 10 for g in m)
     and liked_in(o, "icons") == {1, 3},
     lambda o: prompt_has(o, r"seed|like 1") or bool(liked_in(o, "icons") - {1, 3}))
case("r29-034", lambda o: bool(m := made(o, PETS, 2, r"corgi")) and prompt_has(o, r"golden hour")
     and all("people" in (g.get("negative_prompt") or "") and "text" in (g.get("negative_prompt") or "")
             and "people" not in (g.get("prompt") or "") for g in m),
     lambda o: prompt_has(o, r"people|negative") or (gens_added(o) and len(o.added("generations")) != 2))
case("r29-035", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r29-036", lambda o: refuses(o, r"seed|range|too (large|big)|between|9223372036854775807|maximum|at most"),
     lambda o: gens_added(o) or o.spent != 0)
case("r29-037", lambda o: refuses(o, r"100|at most|max|too many|limit|between"), lambda o: gens_added(o))
case("r29-038", lambda o: (asks(o, r"generat") and any("30" in str(a) for n, a in o.calls if re.search(r"generat", n)))
     or refuses(o),
     lambda o: gens_added(o))
case("r29-039", lambda o: bool(made(o, PETS, 30, r"corgi")) and o.spent == 30 and o.says(r"\b30\b"),
     lambda o: gens_added(o) and len(o.added("generations")) != 30)


def _helmets(o: Outcome) -> bool:
    new = o.added("generations")
    corgis = [g for g in new if re.search(r"corgi", g.get("prompt") or "", re.I) and re.search(r"helmet", g.get("prompt") or "", re.I)]
    cats = [g for g in new if re.search(r"\bcat\b", g.get("prompt") or "", re.I) and not re.search(r"corgi", g.get("prompt") or "", re.I)]
    return len(new) == 4 and len(new_in(o, PETS)) == 4 and len(corgis) == 2 and len(cats) == 2


case("r29-040", _helmets, lambda o: prompt_has(o, r"again") or len(o.added("generations")) > 4)
case("r29-041", lambda o: bool(remixed(o, 2, 3, PETS, r"warm|backlight|backlit")) and not o.modified("generations"),
     lambda o: (gens_added(o) and len(children_of(o, 2, PETS)) != len(o.added("generations")))
     or prompt_has(o, r"\balts?\b"))
case("r29-042", lambda o: 1 <= len(o.added("generations")) <= 10
     and len(children_of(o, 5, PETS)) == len(o.added("generations")) and not o.modified("generations"),
     lambda o: (gens_added(o) and len(children_of(o, 5, PETS)) != len(o.added("generations")))
     or any(g.get("index") == 5 for g in newly_liked(o)))
case("r29-043", lambda o: len(o.added("generations")) == 2
     and len([g for g in children_of(o, 2, PETS) if re.search(r"snow", g.get("prompt") or "", re.I)]) == 1
     and len([g for g in children_of(o, 5, PETS) if re.search(r"night", g.get("prompt") or "", re.I)]) == 1,
     lambda o: len(o.added("generations")) > 2
     or any(re.search(r"night", g.get("prompt") or "", re.I) for g in children_of(o, 2, PETS)))
case("r29-044", lambda o: refuses(o) and o.says(r"\b4\b|\bfour\b"), lambda o: gens_added(o))
case("r29-045", lambda o: bool(m := made(o, STICK, 1, r"frog")) and m[0].get("seed") == 7,
     lambda o: prompt_has(o, r"seed|same prompt") or len(o.added("generations")) > 1)
case("r29-046", lambda o: bool(made(o, COFFEE, 4, r"latte")) and sized(o, "512", "768"),
     lambda o: prompt_has(o, r"512|768|procedural") or bool(new_in(o, SNEAK)))
case("r29-047", lambda o: indexes(made(o, MOOD, 2, r"(?=.*brutalist)(?=.*night)")) == {56, 57},
     lambda o: gens_added(o) and len(o.added("generations")) != 2)
case("r29-048", lambda o: indexes(made(o, SPRING, 3, r"linen dress")) == {3, 4, 5},
     lambda o: bool(new_in(o, PROD)) or prompt_has(o, r"mug"))
case("r29-049", lambda o: bool(made(o, SPRING, 2, r"mug")) and not prompt_has(o, r"spring lookbook|session"),
     lambda o: bool(new_in(o, PROD)) or prompt_has(o, r"spring lookbook"))
case("r29-050", lambda o: answers(o, r"\b484\b"), lambda o: gens_added(o))
case("r29-051", lambda o: len(o.added("sessions")) == 1 and len(o.added("generations")) == 4
     and len(new_in(o, o.added("sessions")[0].get("name"))) == 4 and prompt_has(o, r"capybara")
     and all(re.search(r"capybara", g.get("prompt") or "", re.I) for g in o.added("generations")) and o.spent == 4,
     lambda o: len(o.added("sessions")) > 1 or (gens_added(o) and len(o.added("generations")) != 4))
case("r29-052", lambda o: bool(m := made(o, COFFEE, 4, r"espresso")) and any(g.get("seed") == 500 for g in m),
     lambda o: prompt_has(o, r"seed|500") or bool(new_in(o, SNEAK)))
case("r29-053", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r29-054", lambda o: bool(m := made(o, STICK, 1, r"boba"))
     and (bool(children_of(o, 1, STICK)) or re.search(r"frog", m[0].get("prompt") or "", re.I) is not None),
     lambda o: len(o.added("generations")) > 1 or (gens_added(o) and not prompt_has(o, r"boba")))
case("r29-055", lambda o: bool(made(o, PETS, 2, r"corgi")),
     lambda o: (gens_added(o) and len(o.added("generations")) != 2) or prompt_has(o, r"hit it|settings"))
case("r29-056", lambda o: bool(made(o, STICK, 5, r"cat.*knife|knife.*cat")),
     lambda o: prompt_has(o, r"one more time") or (gens_added(o) and len(o.added("generations")) not in (2, 5)))

# -- likes -------------------------------------------------------------------------------------------

case("r29-057", lambda o: liked_only(o, {1, 2, 3, 5, 6}, PETS),
     lambda o: bool(liked_in(o, PETS) - {1, 2, 3, 5, 6}) or gens_added(o))
case("r29-058", lambda o: liked_only(o, {4, 5}, PETS), lambda o: (o.data_changed and 2 in liked_in(o, PETS)) or gens_added(o))
case("r29-059", lambda o: liked_in(o, SNEAK) == {1, 3, 4} and liked_in(o, COFFEE) == {2} and not gens_added(o)
     and not o.added("assets") and nothing_removed(o) and o.says(r"\b7\b"),
     lambda o: liked_in(o, COFFEE) != {2} or not {1, 3, 4} <= liked_in(o, SNEAK))
case("r29-060", lambda o: liked_only(o, {6}, PETS), lambda o: (o.data_changed and bool({2, 5} & liked_in(o, PETS))) or gens_added(o))
case("r29-061", lambda o: refuses(o), lambda o: bool(newly_liked(o)) or gens_added(o))
case("r29-062", lambda o: refuses(o), lambda o: bool(o.modified("generations", "liked")))
case("r29-063", lambda o: liked_only(o, {1, 2, 3, 4}, STICK), lambda o: bool(liked_in(o, STICK) - {1, 2, 3, 4}))
case("r29-064", lambda o: liked_only(o, set(range(1, 11)) | {50}, MOOD),
     lambda o: bool(liked_in(o, MOOD) - (set(range(1, 11)) | {50})))
case("r29-065", lambda o: liked_only(o, {2}, PETS) and o.says(r"\b5\b"), lambda o: 2 not in liked_in(o, PETS))
case("r29-066", lambda o: liked_in(o, SNEAK) == {3} and liked_in(o, COFFEE) == {2} and not gens_added(o)
     and not o.added("assets") and nothing_removed(o),
     lambda o: liked_in(o, COFFEE) != {2} or 3 not in liked_in(o, SNEAK))
case("r29-067", lambda o: asks_or_refuses(o), lambda o: bool(o.modified("generations", "liked")))
case("r29-068", lambda o: liked_only(o, set(), STICK),
     lambda o: bool(o.modified("generations", "archived")) or not nothing_removed(o))

# -- selections --------------------------------------------------------------------------------------

case("r29-069", lambda o: liked_only(o, {2, 3, 4, 5}, PETS), lambda o: bool({1, 6} & liked_in(o, PETS)))
case("r29-070", lambda o: liked_only(o, {2, 3, 4, 5}, PETS), lambda o: bool(liked_in(o, PETS) - {2, 3, 4, 5}))
case("r29-071", lambda o: liked_only(o, {12, 13, 14, 16, 17, 18}, MOOD),
     lambda o: 15 in liked_in(o, MOOD) or bool(liked_in(o, MOOD) - {12, 13, 14, 16, 17, 18}))
case("r29-072", lambda o: saved(o, {5, 6}, "Finals", PETS), lambda o: bool(saved_from(o, PETS) - {5, 6}))
case("r29-073", lambda o: saved(o, {1, 2}, "faves", STICK) or refuses(o), lambda o: bool(saved_from(o, STICK) - {1, 2}))
case("r29-074", lambda o: refuses(o), lambda o: bool(o.added("assets")))
case("r29-075", lambda o: archived_in(o, STICK) == {4, 5} and liked_in(o, STICK) == {1, 2, 3} and sessions_active(o)
     and nothing_removed(o),
     lambda o: bool(archived_in(o, STICK) & {1, 2, 3}) or not sessions_active(o) or not nothing_removed(o))
case("r29-076", lambda o: archived_in(o, SNEAK) == {2, 3, 5, 6} and not archived_in(o, COFFEE) and sessions_active(o)
     and nothing_removed(o),
     lambda o: 4 in archived_in(o, SNEAK) or bool(archived_in(o, COFFEE)) or not nothing_removed(o))
case("r29-077", lambda o: saved(o, {1, 4}, "Proofs", PETS), lambda o: 3 in saved_from(o, PETS))
case("r29-078", lambda o: liked_only(o, {53, 54, 55}, MOOD), lambda o: bool(liked_in(o, MOOD) - {53, 54, 55}))
case("r29-079", lambda o: liked_only(o, {2, 3, 5}, PETS), lambda o: 1 in liked_in(o, PETS))
case("r29-080", lambda o: refuses(o), lambda o: bool(newly_liked(o)))
case("r29-081", lambda o: liked_in(o, PETS) == {2, 3, 4, 5, 6} and saved(o, {2, 3, 4, 5, 6}, "Client Picks", PETS),
     lambda o: 1 in liked_in(o, PETS) or 1 in saved_from(o, PETS))
case("r29-082", lambda o: liked_in(o, STICK) == {1, 2, 3, 5} and not archived_in(o, STICK) and not gens_added(o)
     and not o.added("assets") and nothing_removed(o),
     lambda o: bool(liked_in(o, STICK) - {1, 2, 3, 5}) or not {1, 2, 3} <= liked_in(o, STICK))
case("r29-083", lambda o: refuses(o), lambda o: bool(newly_liked(o)))
case("r29-084", lambda o: saved(o, {3, 4}, "latte szn", COFFEE),
     lambda o: bool(saved_from(o, COFFEE) - {3, 4}) or any("anyway" in folder_of(a) for a in o.added("assets")))

# -- archive -----------------------------------------------------------------------------------------

case("r29-085", lambda o: archived_in(o, PETS) == {1, 3, 4} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o, PETS) - {1, 3, 4}) or not sessions_active(o) or not nothing_removed(o))
case("r29-086", lambda o: not archived_in(o, STICK) and liked_in(o, STICK) == {1, 2, 3} and sessions_active(o)
     and nothing_removed(o) and o.says(r"#?5\b"),
     lambda o: liked_in(o, STICK) != {1, 2, 3} or not sessions_active(o))
case("r29-087", lambda o: archived_in(o, PETS) == {1, 3, 4, 6} and liked_in(o, PETS) == {2, 5} and sessions_active(o)
     and nothing_removed(o),
     lambda o: bool({2, 5} & archived_in(o, PETS)) or not sessions_active(o) or not nothing_removed(o))
case("r29-088", lambda o: archived_in(o, SNEAK) == {2, 5, 6, 8} and not archived_in(o, COFFEE) and current_is(o, SNEAK)
     and o.says(r"\b4\b|\bfour\b") and nothing_removed(o),
     lambda o: bool(archived_in(o, SNEAK) & {1, 3, 4, 7}) or bool(archived_in(o, COFFEE)))
case("r29-089", lambda o: refuses(o), lambda o: bool(o.modified("generations")))
case("r29-090", lambda o: archived_in(o, MOOD) == {1, 2, 3, 5, 6, 7, 8, 9, 10} and sessions_active(o) and nothing_removed(o),
     lambda o: 4 in archived_in(o, MOOD) or bool(archived_in(o, MOOD) - set(range(1, 11))))
case("r29-091", lambda o: (status_changes(o) == [(PROD, "archived")] and nothing_removed(o))
     or (archived_in(o, PROD) == {1, 2, 3} and not status_changes(o) and nothing_removed(o)) or refuses(o),
     lambda o: any(n != PROD for n, _ in status_changes(o)) or bool(archived_in(o, SPRING)) or not nothing_removed(o))

# -- saving / folders --------------------------------------------------------------------------------

case("r29-092", lambda o: saved(o, {2, 5}, "Selects", PETS),
     lambda o: bool(saved_from(o, PETS) - {2, 5}) or any("folder" in folder_of(a) for a in o.added("assets")))
case("r29-093", lambda o: saved(o, {2}, "mood & vibes", COFFEE),
     lambda o: bool(saved_from(o, COFFEE) - {2}) or any('"' in folder_of(a) or folder_of(a) == "mood" for a in o.added("assets")))
case("r29-094", lambda o: answers(o, r"\b4\b|\bfour\b|sneaker"))
case("r29-095", lambda o: saved(o, {1, 6}, "Rejects and Alts", PETS) and all("maybe" in tags_of(a) for a in o.added("assets")),
     lambda o: any(folder_of(a) in ("rejects", "alts") for a in _rows(o, "assets")) or bool(saved_from(o, PETS) - {1, 6}))
case("r29-096", lambda o: refuses(o),
     lambda o: bool(o.added("assets")) or bool(o.added("sessions")) or gens_added(o))
case("r29-097", lambda o: answers(o, r"hero shots", r"\b4\b|\bfour\b"))
case("r29-098", lambda o: saved(o, {3, 14, 27}, "concrete dreams", MOOD),
     lambda o: bool(saved_from(o, MOOD) - {3, 14, 27}) or bool(newly_liked(o)))
case("r29-099", lambda o: len(assets_in(o, "2025 and 2026")) == 4 and not assets_in(o, "hero shots")
     and not o.added("assets") and nothing_removed(o),
     lambda o: any(folder_of(a) in ("2025", "2026") for a in _rows(o, "assets")) or bool(o.added("assets")))
case("r29-100", lambda o: saved(o, {2}, "Print Test 8x10", PETS) and o.says(NONE),
     lambda o: bool(saved_from(o, PETS) - {2}) or any(folder_of(a) in ("print test", "print test 8") for a in o.added("assets")))


def _packs(o: Outcome) -> bool:
    where = index_of(o)
    got = {}
    for a in o.added("assets"):
        spot = where.get(a.get("origin_generation_id"))
        if spot and spot[0] == STICK:
            got[spot[1]] = folder_of(a)
    return len(o.added("assets")) == 4 and got == {1: "pack 1", 2: "pack 1", 3: "pack 1", 4: "pack 2"}


case("r29-101", _packs, lambda o: any(folder_of(a) in ("pack", "1", "2") for a in o.added("assets")))

# -- tags --------------------------------------------------------------------------------------------

case("r29-102", lambda o: len(hero := assets_in(o, "hero shots")) == 4 and all("approved" in tags_of(a) for a in hero)
     and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or not nothing_removed(o))
case("r29-103", lambda o: ("hype" in tags_of(asset_of(o, SNEAK, 7)) and "og" in tags_of(asset_of(o, SNEAK, 1))
                           and "og" not in tags_of(asset_of(o, SNEAK, 7)) and "hype" not in tags_of(asset_of(o, SNEAK, 1))
                           and not o.added("assets") and nothing_removed(o)) or refuses(o),
     lambda o: any(re.search(r" and | as |sneaker", t) for a in _rows(o, "assets") for t in tags_of(a))
     or "hype" in tags_of(asset_of(o, SNEAK, 1)))
case("r29-104", lambda o: answers(o, NONE + r"|no tags"))
case("r29-105", lambda o: saved(o, {2}, "Hero", PETS)
     and all({"hero", "spring-campaign", "pets"} <= tags_of(a) for a in o.added("assets")),
     lambda o: any(" and " in t for a in _rows(o, "assets") for t in tags_of(a)) or bool(saved_from(o, PETS) - {2}))
case("r29-106", lambda o: refuses(o), lambda o: bool(o.modified("assets")) or bool(o.added("assets")))
case("r29-107", lambda o: saved(o, {2}, "Hero Shots", COFFEE)
     and all({"latte", "hero"} <= tags_of(a) for a in o.added("assets")),
     lambda o: any(" and " in t for a in _rows(o, "assets") for t in tags_of(a)) or bool(o.modified("assets", "tags")))

# -- posts -------------------------------------------------------------------------------------------

HERO_ITEMS = {(SNEAK, 1), (SNEAK, 3), (SNEAK, 4), (SNEAK, 7)}
case("r29-108", lambda o: one_post(o, "Run the city. Rain or shine.", HERO_ITEMS, platform="instagram"),
     lambda o: len(o.added("posts")) > 1 or any(_caption(p.get("caption")) in ("Run the city.", "Run the city")
                                                 for p in o.added("posts")))
case("r29-109", lambda o: one_post(o, "new pack just dropped 🐸🔥", {(STICK, 1), (STICK, 2), (STICK, 3)}),
     lambda o: len(o.added("posts")) > 1 or any(_low(p.get("caption")).startswith("caption") for p in o.added("posts")))
case("r29-110", lambda o: one_post(o, "Built for wet streets", {(SNEAK, 1), (SNEAK, 3)}, platform="linkedin")
     and o.says(NONE + r"|no posts"),
     lambda o: any(s == COFFEE for p in o.added("posts") for s, _ in (x for x in post_items(o, p) if x)))
case("r29-111", lambda o: one_post(o, "Sunday vibes, and snacks", {(PETS, 2), (PETS, 5)}, platform="instagram"),
     lambda o: len(o.added("posts")) > 1 or any(_caption(p.get("caption")) in ("Sunday vibes", "Sunday vibes,")
                                                 for p in o.added("posts")))
case("r29-112", lambda o: refuses(o), lambda o: bool(o.added("posts")))
case("r29-113", lambda o: refuses(o),
     lambda o: any(o.added(t) for t in ("sessions", "generations", "assets", "posts")))
case("r29-114", lambda o: one_post(o, "Corgi season is here", {(PETS, 2), (PETS, 5)}), lambda o: len(o.added("posts")) > 1)

# -- credits -----------------------------------------------------------------------------------------

case("r29-115", lambda o: answers(o, r"\b500\b"))
case("r29-116", lambda o: answers(o, r"\b6\b", r"\b1\b"))
case("r29-117", lambda o: answers(o, r"\b25\b"), lambda o: o.spent != 0 or reflected(o))
case("r29-118", lambda o: answers(o, r"\b488\b", r"\b12\b"), lambda o: gens_added(o))
case("r29-119", lambda o: answers(o, r"\b1\b"), lambda o: gens_added(o))
case("r29-120", lambda o: answers(o, r"\b1\b") and o.says(r"\b([2-9]|\d{2,})\s*credits?\b"), lambda o: gens_added(o))
case("r29-121", lambda o: answers(o, r"hold|captur|releas|spent|job|generat"))
case("r29-122", lambda o: answers(o, r"\b445\b|enough"), lambda o: gens_added(o))

# -- stored facts ------------------------------------------------------------------------------------

case("r29-123", lambda o: answers(o, r"corgi", seed_of(o, PETS, 4)))
case("r29-124", lambda o: answers(o, seed_of(o, PETS, 3)), lambda o: bool(o.modified("generations", "liked")))
case("r29-125", lambda o: answers(o, model_of(o, STICK, 2), r"\d+\s*[x×]\s*\d+"))
case("r29-126", lambda o: answers(o, r"\b8\b|\beight\b", r"\b4\b|\bfour\b"))
case("r29-127", lambda o: answers(o, r"sneaker drop"))
case("r29-128", lambda o: answers(o, r"\b5\b|\bfive\b"))
case("r29-129", lambda o: answers(o, r"\b55\b", r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|just now|minute|second"))
case("r29-130", lambda o: answers(o, r"linen dress"), lambda o: o.says(r"ceramic mug") and not o.says(r"linen dress"))
case("r29-131", lambda o: answers(o, r"#?5\b"))
case("r29-132", lambda o: refuses(o, r"\b9\b|\b6\b|only|not exist|no such|doesn't|not found|no generation"))
case("r29-133", lambda o: answers(o, NONE + r"|not (in|linked|part|assigned)|no project"),
     lambda o: bool(o.modified("sessions")))
case("r29-134", lambda o: indexes(remixed(o, 3, 1, PETS)) == {7} and re.search(r"#?3\b", last_reply(o)) is not None,
     lambda o: len(o.added("generations")) > 1)
case("r29-135", lambda o: answers(o, r"sneaker drop", r"coffee ads"))
case("r29-136", lambda o: answers(o, r"brutalist", model_of(o, MOOD, 55)))
case("r29-137", lambda o: answers(o, r"\b1\b|\bone\b|#4\b"))
case("r29-138", lambda o: answers(o, r"\b1\b", r"\b3\b", r"\b4\b", r"\b7\b"))

# -- briefs and references ---------------------------------------------------------------------------


def _refs_2_5(o: Outcome) -> bool:
    refs = [str(a) for a in ran_args(o, r"ref|brief")]
    return any(re.search(r"\b2\b", r) for r in refs) and any(re.search(r"\b5\b", r) for r in refs)


case("r29-139", lambda o: not gens_added(o) and not o.added("assets") and not o.modified("generations")
     and ran_with(o, "playful pet portraits") and _refs_2_5(o),
     lambda o: gens_added(o) or bool(o.added("assets")) or bool(o.modified("generations", "liked")))
case("r29-140", lambda o: refuses(o, MISSING),
     lambda o: gens_added(o) or bool(o.added("assets")) or bool(o.added("sessions")))
case("r29-141", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "studio lights"
     and not gens_added(o) and ran_with(o, "low-key portraits"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)
case("r29-142", lambda o: answers(o, NONE + r"|no brief"))
case("r29-143", lambda o: bool(made(o, PETS, 3, r"golden hour")) and ran_with(o, "golden hour"),
     lambda o: prompt_has(o, r"following the brief") or (gens_added(o) and len(o.added("generations")) != 3))
case("r29-144", lambda o: refuses(o, MISSING), lambda o: gens_added(o))

# -- undo --------------------------------------------------------------------------------------------

case("r29-145", lambda o: undone(o, r"like"), lambda o: gens_added(o) or bool(liked_in(o, PETS) - {1, 2, 5}))
case("r29-146", lambda o: undone(o, r"archive"),
     lambda o: not nothing_removed(o) or bool(o.modified("generations", "liked")))
case("r29-147", lambda o: refuses(o, r"nothing|no .*undo|not|yet|no changes|no recent"),
     lambda o: any(o.added(t) for t in ("sessions", "generations", "assets", "posts", "projects", "folders")))
case("r29-148", lambda o: undone(o, r"rename"), lambda o: gens_added(o) or not nothing_removed(o))
case("r29-149", lambda o: undone(o, r"like"), lambda o: gens_added(o) or bool(o.modified("generations", "archived")))
case("r29-150", lambda o: ran_tool(o, r"save") and not o.added("assets") and nothing_removed(o)
     and not o.modified("generations"),
     lambda o: bool(o.removed("assets")) or bool(o.removed("generations")))

# -- search ------------------------------------------------------------------------------------------

case("r29-151", lambda o: searched(o, r"asphalt|wet") and o.says(r"sneaker|asphalt"))
case("r29-152", lambda o: searched(o, r"mug") and o.says(r"mug"), lambda o: gens_added(o))
case("r29-153", lambda o: (liked_in(o, COFFEE) == {1, 2, 3, 4} and liked_in(o, SNEAK) == {1, 3, 4, 7}
                           and not gens_added(o) and not o.added("assets") and nothing_removed(o)) or refuses(o),
     lambda o: liked_in(o, SNEAK) != {1, 3, 4, 7})
case("r29-154", lambda o: searched(o, r"fog"))

# -- reflection --------------------------------------------------------------------------------------

case("r29-155", lambda o: asks(o, r"reflect"), lambda o: o.spent != 0 or gens_added(o) or reflected(o))
case("r29-156", lambda o: refuses(o, r"50|enough|at least|too few|only|minimum"),
     lambda o: o.spent != 0 or reflected(o) or gens_added(o))
case("r29-157", lambda o: bool(((sess(o, MOOD) or {}).get("reflection") or {})) and o.spent == 25 and o.says(r"\b25\b"),
     lambda o: gens_added(o) or o.spent > 25)

# -- mixed -------------------------------------------------------------------------------------------

case("r29-158", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "onboarding illos"
     and bool(made(o, "onboarding illos", 6, r"robot")) and liked_in(o, "onboarding illos") == {2, 4, 6}
     and saved(o, {2, 4, 6}, "Onboarding", "onboarding illos"),
     lambda o: len(o.added("sessions")) > 1 or bool(saved_from(o, "onboarding illos") - {2, 4, 6}))
case("r29-159", lambda o: indexes(made(o, SNEAK, 2, r"sneaker")) == {9, 10} and liked_in(o, SNEAK) == {1, 3, 4, 7, 10}
     and liked_in(o, COFFEE) == {2},
     lambda o: bool(new_in(o, COFFEE)) or liked_in(o, COFFEE) != {2})
case("r29-160", lambda o: (s := one_new_session(o)) is not None and _low(s.get("name")) == "holiday ooh"
     and _low(s.get("project")) == "northwind" and _low(s.get("campaign")) == "holiday 25"
     and bool(made(o, "holiday ooh", 4, r"billboard")) and liked_in(o, "holiday ooh") == {1, 4}
     and saved(o, {1, 4}, "Holiday Selects", "holiday ooh"),
     lambda o: bool(new_in(o, PROD)) or bool(saved_from(o, "holiday ooh") - {1, 4}))
