"""Checks for round 32 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only, by an
outside tester who never saw the planner, its tests or earlier corpora).

The 160 cases live in ``round32.yaml``. Each case's ``setup`` is one of six, run first with every
confirmation answered yes, in the same conversation as the ``say`` lines (so "them" and "undo" can
reach back into the setup; the cases are written with that in mind):

- **A: empty home** — no setup: no sessions, 500 credits.
- **B: Sneaker Drop** (merchandiser) — "new session Sneaker Drop", "generate 8 images of a white
  sneaker on a concrete plinth, studio light", "like 2, 4 and 7". 8 generations, liked {2, 4, 7},
  no assets, 492 credits, current session Sneaker Drop.
- **C: Dragon Friends** (picture-book author) — "new session Dragon Friends", "generate 6 images of
  a small green dragon reading a book under a willow tree", "like 1 and 3", "save the liked ones to
  folder Characters". 6 generations, liked {1, 3}, two assets (from #1 and #3) in folder
  Characters, 494 credits.
- **D: Q3 Ads + Holiday Promo** (marketing analyst) — "new session Q3 Ads", "generate 4 images of
  an iced coffee on a marble counter", "new session Holiday Promo", "generate 5 images of a gift box
  with a red ribbon", "like 2 and 3". Q3 Ads has 4 (none liked), Holiday Promo 5 (liked {2, 3}) and
  is current and most recent; 491 credits.
- **E: Launch Week** (Slack team lead) — "new session Launch Week", "generate 10 images of a rocket
  launching over a city skyline at dawn", "like 1, 2, 5 and 9", "save 1 and 2 to folder Launch".
  10 generations, liked {1, 2, 5, 9}, two assets (from #1 and #2) in folder Launch, 490 credits.
- **F: Harbor Moods** (for reflections) — "new session Harbor Moods", "generate 60 images of a
  foggy harbor at dawn". 60 generations, 440 credits.

Two reference images exist for the brief cases: /work/fresh32/refs/luna_sketch.png and
/work/fresh32/refs/angle_guide.png (r32-027, r32-028; a plain "file not found" is also accepted there
in case the set is run where they are absent). /tmp/atelier-missing/moodboard_v3.png must not exist.

Conventions: session, folder, project, tag and platform names are compared without regard to case.
Checks judge by what changed in the state and by loose patterns in the reply text, never by tool
names. Where ``ok_to_ask`` is true, ``meant`` also accepts "nothing changed and a question is waiting
or a specific refusal was given" (``asked``). Every check is wrapped so that it never raises.
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
        except Exception:  # a check must be total
            return False
    return run


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(_safe(meant), _safe(wrong))


# -- readings shared by many cases -----------------------------------------------------------------

SNEAK, DRAGON, Q3, HOLIDAY, LAUNCH, HARBOR = \
    "sneaker drop", "dragon friends", "q3 ads", "holiday promo", "launch week", "harbor moods"
NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|empty|nothing|haven't"
MISSING = r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find|could not find|unable"
CANT_UNDO = r"can(?:no|')t be undone|cannot undo|can't undo|not be undone|cannot be reversed|can't reverse|no undo|unable|isn't undoable|not undoable|can't take back|cannot take back"
NO_ITEM = r"only|not exist|no such|not found|doesn't|does not|no generation|no image|out of range|there is no|there's no|isn't"


def _low(value) -> str:
    if isinstance(value, dict):
        value = value.get("name")
    return re.sub(r"\s+", " ", str(value or "")).strip().lower().replace("\u2019", "'")


def _rows(o: Outcome, table: str, when: str = "after") -> list[dict]:
    state = o.after if when == "after" else o.before
    return [r for r in (state or {}).get(table, []) or [] if isinstance(r, dict)]


def _named(o: Outcome, table: str, value) -> str:
    """A folder or project field as a lower-cased name (it may hold the id)."""
    if isinstance(value, dict):
        return _low(value.get("name"))
    for row in _rows(o, table):
        if str(row.get("id")) == str(value):
            return _low(row.get("name"))
    return _low(value)


def sids(o: Outcome, name: str, when: str = "after") -> set:
    return {s.get("id") for s in _rows(o, "sessions", when) if _low(s.get("name")) == _low(name)}


def sess(o: Outcome, name: str) -> dict:
    return next((s for s in _rows(o, "sessions") if _low(s.get("name")) == _low(name)), {})


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = sids(o, name, when)
    return [g for g in _rows(o, "generations", when) if g.get("session_id") in ids]


def gen(o: Outcome, name: str, index: int) -> dict:
    return next((g for g in gens(o, name) if g.get("index") == index), {})


def fact(o: Outcome, name: str, index: int, key: str) -> str:
    """A regex for the stored value of ``key`` of #index (never matches when it is missing)."""
    value = gen(o, name, index).get(key)
    if value is None or value == "":
        return r"\x00never\x00"
    return rf"(?<![\w.]){re.escape(str(value))}(?![\w])"


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g.get("index") for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g.get("index") for g in gens(o, name) if g.get("archived")}


def index_of(o: Outcome) -> dict:
    names = {s.get("id"): _low(s.get("name")) for s in _rows(o, "sessions")}
    return {g.get("id"): (names.get(g.get("session_id")), g.get("index")) for g in _rows(o, "generations")}


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


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


def indexes(rows: list[dict]) -> set[int]:
    return {g.get("index") for g in rows}


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g.get("prompt") or "", re.I) for g in o.added("generations"))


def remixed(o: Outcome, parent: int, count: int, name: str, words: str = r".") -> list[dict]:
    where = index_of(o)
    new = o.added("generations")
    good = [g for g in new if where.get(g.get("parent_id")) == (_low(name), parent)
            and re.search(words, g.get("prompt") or "", re.I)]
    return good if len(new) == count and len(good) == count else []


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(_low(s.get("status")) == "active" for s in _rows(o, "sessions"))


def status_changes(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b.get("name")), _low(a.get("status"))) for b, a in o.modified("sessions", "status")]


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b.get("name")), _low(a.get("name"))) for b, a in o.modified("sessions", "name")]


def one_new_session(o: Outcome) -> dict:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else {}


def new_sess(o: Outcome, *names: str, kind: str | None = None, project: str | None = None) -> bool:
    """Exactly one new session named one of ``names``, current, nothing generated."""
    s = one_new_session(o)
    wanted = {_low(n) for n in names}
    return bool(s) and _low(s.get("name")) in wanted and _low(o.current) in wanted and not gens_added(o) \
        and (kind is None or _low(s.get("kind")) == _low(kind)) \
        and (project is None or _named(o, "projects", s.get("project")) == _low(project)) \
        and nothing_removed(o)


def newly_liked(o: Outcome) -> set:
    return {g.get("index") for g in o.newly("liked", True)}


def liked_only(o: Outcome, expected: set[int], name: str) -> bool:
    return liked_in(o, name) == expected and not gens_added(o) and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def folder_of(o: Outcome, asset: dict) -> str:
    return _named(o, "folders", asset.get("folder"))


def tags_of(asset: dict) -> set[str]:
    return {_low(t) for t in (asset.get("tags") or [])}


def assets_now(o: Outcome, folder: str) -> list[dict]:
    return [a for a in _rows(o, "assets") if folder_of(o, a) == _low(folder)]


def saved_from(o: Outcome, name: str) -> set[int]:
    where = index_of(o)
    return {where[a.get("origin_generation_id")][1] for a in o.added("assets")
            if a.get("origin_generation_id") in where and where[a.get("origin_generation_id")][0] == _low(name)}


def saved(o: Outcome, expected: set[int], folder: str | None, name: str) -> bool:
    """The new assets are exactly ``expected`` of session ``name`` (all in ``folder``), one each."""
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(folder_of(o, a) == _low(folder) for a in new)) and not o.removed("generations")


def asked(o: Outcome) -> bool:
    """Nothing changed, and a question waits or a specific refusal/question was given."""
    return quiet(o) and (o.question is not None or not_lost(o))


def confirm_waiting(o: Outcome, pattern: str) -> bool:
    return quiet(o) and o.question is not None and re.search(pattern, o.question or "", re.I) is not None


def ran_count(o: Outcome) -> int:
    return len(o.ran())


def ran_text(o: Outcome) -> str:
    return " ".join(str(a) for a in o.ran()).lower()


def any_call_text(o: Outcome) -> str:
    return " ".join(str(a) for _, a in o.calls).lower()


def last_reply(o: Outcome) -> str:
    return o.replies[-1] if o.replies else ""


def first_reply(o: Outcome) -> str:
    return o.replies[0] if o.replies else ""


def balance(o: Outcome, when: str = "after") -> int:
    state = o.after if when == "after" else o.before
    return ((state or {}).get("credits") or {}).get("balance", 0)


def sized(o: Outcome, size: str) -> bool:
    width, height = size.split("x")
    text = any_call_text(o)
    if size in text:
        return True
    return any(str(a.get("width")) == width and str(a.get("height")) == height for _, a in o.calls)


def post_items(o: Outcome, post: dict) -> set:
    where = index_of(o)
    assets = {a.get("id"): a for a in _rows(o, "assets")}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in (post.get("asset_ids") or [])}


def one_post(o: Outcome, captions, items: set[int], name: str, platform: str | None = None) -> bool:
    posts = o.added("posts")
    if isinstance(captions, str):
        captions = (captions,)
    return len(posts) == 1 and (posts[0].get("caption") or "").strip() in captions \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and (platform is None or _low(posts[0].get("platform")) == _low(platform))


def undone_all(o: Outcome, at_least: int = 1) -> bool:
    """The say lines ran (at least ``at_least`` calls) and nothing ends different."""
    return quiet(o) and ran_count(o) >= at_least


def says_in(text: str, pattern: str) -> bool:
    return re.search(pattern, text or "", re.I) is not None


# -- sessions ----------------------------------------------------------------------------------------

case("r32-001", lambda o: new_sess(o, "spring catalog 2026"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1
     or any("called" in _low(s.get("name")) for s in o.added("sessions")))
case("r32-002", lambda o: len(o.added("sessions")) == 1
     and re.sub(r"[^\w\s]", "", _low(o.added("sessions")[0].get("name"))).strip() == "moonlit meadow"
     and re.sub(r"[^\w\s]", "", _low(o.current)).strip() == "moonlit meadow" and not gens_added(o),
     lambda o: gens_added(o) or any(re.search(r"picture book|call", _low(s.get("name"))) for s in o.added("sessions")))
case("r32-003", lambda o: _low(one_new_session(o).get("name")) == "q4 offsite deck"
     and bool(made(o, "q4 offsite deck", 3, r"mountain|summit")),
     lambda o: any(re.search(r"\bpls\b|\bthx\b", _low(s.get("name"))) for s in o.added("sessions"))
     or prompt_has(o, r"\bpls\b|\bthx\b"))
case("r32-004", lambda o: new_sess(o, "salt and pepper shakers", project="kitchenware"),
     lambda o: len(o.added("sessions")) > 1
     or any(_low(s.get("name")) in ("salt", "pepper shakers") for s in o.added("sessions")))
case("r32-005", lambda o: new_sess(o, "tote bag spin 360", kind="video"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)
case("r32-006", lambda o: len(o.added("sessions")) == 1 and _low(o.added("sessions")[0].get("name")) == "pip & friends"
     and _low(o.current) == "pip & friends" and not gens_added(o),
     lambda o: len(o.added("sessions")) > 1 or gens_added(o))
case("r32-007", lambda o: liked_in(o, Q3) == {2} and liked_in(o, HOLIDAY) == {2, 3} and not gens_added(o)
     and _low(o.current) == Q3,
     lambda o: liked_in(o, HOLIDAY) != {2, 3} or gens_added(o))
case("r32-008", lambda o: quiet(o) and _low(o.current) == Q3 and says_in(last_reply(o), r"q3 ads"),
     lambda o: bool(o.added("sessions")))
case("r32-009", lambda o: answers(o, r"holiday promo"), lambda o: bool(o.added("sessions")))
case("r32-010", lambda o: answers(o, r"q3 ads", r"holiday promo"))
case("r32-011", lambda o: renamed(o) == [(Q3, "q3 ads - final")] and _low(sess(o, "q3 ads - final").get("status")) == "archived"
     and _low(sess(o, HOLIDAY).get("status")) == "active" and not o.added("sessions") and nothing_removed(o),
     lambda o: bool(o.added("sessions")) or not nothing_removed(o)
     or any(b == HOLIDAY for b, _ in renamed(o)) or _low(sess(o, HOLIDAY).get("status")) == "archived")
case("r32-012", lambda o: status_changes(o) == [(Q3, "archived")] and nothing_removed(o),
     lambda o: not nothing_removed(o) or _low(sess(o, HOLIDAY).get("status")) == "archived")
case("r32-013", lambda o: undone_all(o) and sessions_active(o), lambda o: not nothing_removed(o))
case("r32-014", lambda o: _low(one_new_session(o).get("name")) == "colorways" and not gens_added(o)
     and "seasonal colorways" in ran_text(o),
     lambda o: gens_added(o) or any(re.search(r"brief|seasonal", _low(s.get("name"))) for s in o.added("sessions")))
case("r32-015", lambda o: answers(o, NONE), lambda o: bool(o.added("sessions")))
case("r32-016", lambda o: answers(o, r"\b2\b|\btwo\b", r"holiday promo"))
case("r32-017", lambda o: indexes(made(o, Q3, 2, r"iced coffee")) == {5, 6} and not o.added("sessions")
     and _low(o.current) == Q3,
     lambda o: any(g.get("session_id") not in sids(o, Q3) for g in o.added("generations")))
case("r32-018", lambda o: refuses(o) and _low(o.current) == HOLIDAY, lambda o: bool(o.added("sessions")))
case("r32-019", lambda o: refuses(o) and not _rows(o, "sessions"), lambda o: bool(o.added("sessions")))
case("r32-020", lambda o: asked(o), lambda o: bool(renamed(o)))
case("r32-021", lambda o: _low(one_new_session(o).get("name")).strip("\"'") == "rock & roll posters"
     and _named(o, "projects", one_new_session(o).get("project")) == "gigs"
     and bool(made(o, one_new_session(o).get("name"), 2, r"guitar")),
     lambda o: len(o.added("sessions")) > 1 or prompt_has(o, r"\bthx\b"))
case("r32-022", lambda o: new_sess(o, "ig grid may", kind="visual_feed", project="northwind"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)
case("r32-023", lambda o: status_changes(o) == [(Q3, "archived")] and nothing_removed(o),
     lambda o: not nothing_removed(o) or _low(sess(o, HOLIDAY).get("status")) == "archived")
case("r32-024", lambda o: refuses(o), lambda o: bool(o.added("sessions")))
case("r32-025", lambda o: _low(one_new_session(o).get("name")) == "brand refresh" and _low(o.current) == HOLIDAY
     and says_in(last_reply(o), r"holiday promo") and not gens_added(o),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)
case("r32-026", lambda o: answers(o, r"launch week"))
case("r32-027", lambda o: _low(one_new_session(o).get("name")) == "luna the owl" and not gens_added(o)
     and ("luna_sketch.png" in ran_text(o) or o.says(MISSING)),
     lambda o: gens_added(o) or any(re.search(r"png|/work", _low(s.get("name"))) for s in o.added("sessions")))
case("r32-028", lambda o: (not gens_added(o) and not o.added("sessions") and not renamed(o)
                           and "pure white" in ran_text(o) and "angle_guide.png" in ran_text(o))
     or asked(o),
     lambda o: gens_added(o) or bool(o.added("sessions")) or bool(renamed(o)))
case("r32-029", lambda o: refuses(o, MISSING), lambda o: gens_added(o) or bool(o.added("sessions")))
case("r32-030", lambda o: "gentle watercolor" in ran_text(o) and not gens_added(o) and nothing_removed(o)
     and says_in(last_reply(o), r"watercolou?r"),
     lambda o: gens_added(o))

# -- generating --------------------------------------------------------------------------------------

case("r32-031", lambda o: indexes(made(o, SNEAK, 4, r"terrazzo")) == {9, 10, 11, 12} and o.spent == 4
     and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or (gens_added(o) and len(o.added("generations")) != 4)
     or prompt_has(o, r"\b4 more|more of"))
case("r32-032", lambda o: indexes(made(o, SNEAK, 4, r"white sneaker")) == {9, 10, 11, 12},
     lambda o: prompt_has(o, r"\bpls\b|\bmore\b") or (gens_added(o) and len(o.added("generations")) != 4))
case("r32-033", lambda o: bool(made(o, SNEAK, 6, r"black sneaker")),
     lambda o: prompt_has(o, r"^\s*again\s*$") or (gens_added(o) and len(o.added("generations")) != 6))
case("r32-034", lambda o: _low(one_new_session(o).get("name")) == "dragon tea party"
     and bool(made(o, "dragon tea party", 3, r"purple dragon")),
     lambda o: len(o.added("sessions")) > 1 or (gens_added(o) and len(o.added("generations")) != 3))
case("r32-035", lambda o: (bool(m := made(o, SNEAK, 6, r"sneaker")) and any(g.get("seed") == 1234 for g in m)
                           and sized(o, "1024x1024"))
     or (quiet(o) and o.question is not None and sized(o, "1024x1024")),
     lambda o: (gens_added(o) and len(o.added("generations")) != 6)
     or (gens_added(o) and not any(g.get("seed") == 1234 for g in o.added("generations"))))
case("r32-036", lambda o: bool(remixed(o, 3, 2, DRAGON, r"scarf")),
     lambda o: gens_added(o) and (len(o.added("generations")) != 2
                                  or not all(index_of(o).get(g.get("parent_id")) == (DRAGON, 3)
                                             for g in o.added("generations"))))
case("r32-037", lambda o: bool(remixed(o, 1, 3, DRAGON)),
     lambda o: gens_added(o) and (len(o.added("generations")) != 3
                                  or not all(index_of(o).get(g.get("parent_id")) == (DRAGON, 1)
                                             for g in o.added("generations"))))
case("r32-038", lambda o: indexes(made(o, HOLIDAY, 12, r"gift box")) == set(range(6, 18)) and o.says(r"\b479\b"),
     lambda o: any(g.get("session_id") in sids(o, Q3) for g in o.added("generations"))
     or (gens_added(o) and len(o.added("generations")) != 12))
case("r32-039", lambda o: quiet(o) and o.question is None and ("25" in any_call_text(o) or o.says(r"\b25\b")) and not_lost(o),
     lambda o: gens_added(o))


def _neon(o: Outcome) -> bool:
    new = o.added("generations")
    if len(new) != 5 or len(o.added("sessions")) > 1:
        return False
    if not all(re.search(r"neon cat", g.get("prompt") or "", re.I) for g in new):
        return False
    names = {_low(s.get("name")) for s in _rows(o, "sessions") if s.get("id") in {g.get("session_id") for g in new}}
    return len(names) == 1 and next(iter(names)) in _low(last_reply(o))


case("r32-040", _neon, lambda o: prompt_has(o, r"\bthx\b") or (gens_added(o) and len(o.added("generations")) != 5))
case("r32-041", lambda o: bool(m := made(o, LAUNCH, 2, r"rocket")) and {g.get("seed") for g in m} == {99, 7}
     and len({g.get("prompt") for g in m}) == 1,
     lambda o: len(o.added("generations")) > 2 or prompt_has(o, r"same but"))
case("r32-042", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r32-043", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r32-044", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r32-045", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r32-046", lambda o: bool(m := made(o, DRAGON, 4, r"village"))
     and all(re.search(r"scary", g.get("negative_prompt") or "", re.I) and not re.search(r"scary", g.get("prompt") or "", re.I)
             for g in m),
     lambda o: prompt_has(o, r"scary") or (gens_added(o) and len(o.added("generations")) != 4))
case("r32-047", lambda o: bool(made(o, SNEAK, 5, r"red sneaker")) and sized(o, "768x512"),
     lambda o: gens_added(o) and len(o.added("generations")) != 5)
case("r32-048", lambda o: indexes(remixed(o, 5, 2, LAUNCH)) == {11, 12} and liked_in(o, LAUNCH) == {1, 2, 5, 9, 11, 12},
     lambda o: bool(liked_in(o, LAUNCH) - {1, 2, 5, 9, 11, 12}) or (gens_added(o) and len(o.added("generations")) != 2))
case("r32-049", lambda o: asked(o), lambda o: gens_added(o))
case("r32-050", lambda o: indexes(made(o, SNEAK, 4, r"beach towel")) == {9, 10, 11, 12}
     and liked_in(o, SNEAK) == {2, 4, 7, 10, 11},
     lambda o: 3 in liked_in(o, SNEAK))
case("r32-051", lambda o: _low(one_new_session(o).get("name")) == "pricing test"
     and bool(made(o, "pricing test", 10, r"smartphone")) and o.spent == 10 and says_in(last_reply(o), r"\b10\b"),
     lambda o: gens_added(o) and len(o.added("generations")) != 10)
case("r32-052", lambda o: _low(one_new_session(o).get("name")) == "teaser clips" and _low(one_new_session(o).get("kind")) == "video"
     and bool(m := made(o, "teaser clips", 2, r"ocean|wave")) and all(_low(g.get("media_type")) == "video" for g in m),
     lambda o: prompt_has(o, r"\bpls\b") or (gens_added(o) and len(o.added("generations")) != 2))
case("r32-053", lambda o: bool(made(o, DRAGON, 4, r"(?=.*autumn)(?=.*dragon)")) or asked(o),
     lambda o: gens_added(o) and not made(o, DRAGON, 4))
case("r32-054", lambda o: indexes(m := made(o, SNEAK, 8)) == set(range(9, 17))
     and all(g.get("prompt") == gen(o, SNEAK, 1).get("prompt") for g in m),
     lambda o: prompt_has(o, r"exactly|first batch") or (gens_added(o) and len(o.added("generations")) != 8))
case("r32-055", lambda o: len(new := o.added("generations")) == 4 and len(o.added("sessions")) <= 1
     and all(re.search(r"fox", g.get("prompt") or "", re.I) for g in new)
     and sum(1 for g in new if re.search(r"snow", g.get("prompt") or "", re.I)) >= 2,
     lambda o: prompt_has(o, r"now 2 more") or (gens_added(o) and len(o.added("generations")) != 4))

# -- likes and selections ----------------------------------------------------------------------------

case("r32-056", lambda o: liked_only(o, {1, 2, 3, 4, 7, 8}, SNEAK),
     lambda o: bool(liked_in(o, SNEAK) - {1, 2, 3, 4, 7, 8}) or gens_added(o))
case("r32-057", lambda o: liked_only(o, {2}, SNEAK), lambda o: 2 not in liked_in(o, SNEAK) or bool(liked_in(o, SNEAK) - {2, 4, 7}))
case("r32-058", lambda o: liked_only(o, {2, 3, 4, 5, 6, 7}, SNEAK), lambda o: bool({1, 8} & liked_in(o, SNEAK)))
case("r32-059", lambda o: liked_only(o, {2, 3, 4, 5, 6, 7}, SNEAK), lambda o: bool({1, 8} & liked_in(o, SNEAK)))
case("r32-060", lambda o: liked_only(o, {1, 2, 3, 4, 5, 6, 7}, SNEAK), lambda o: 8 in liked_in(o, SNEAK))
case("r32-061", lambda o: liked_only(o, set(), SNEAK) and says_in(last_reply(o), r"\b0\b|zero|\bno\b|none|nothing"),
     lambda o: bool(o.modified("generations", "archived")) or not nothing_removed(o))
case("r32-062", lambda o: liked_only(o, {2, 4, 7, 8}, SNEAK), lambda o: bool({1, 3, 5, 6} & liked_in(o, SNEAK)))
case("r32-063", lambda o: archived_in(o, SNEAK) == {1, 3, 5, 6, 8} and liked_in(o, SNEAK) == {2, 4, 7}
     and sessions_active(o) and nothing_removed(o),
     lambda o: bool({2, 4, 7} & archived_in(o, SNEAK)) or not sessions_active(o) or not nothing_removed(o))
case("r32-064", lambda o: archived_in(o, SNEAK) == {1, 5, 6} and nothing_removed(o) and sessions_active(o)
     and says_in(last_reply(o), r"\b5\b|\bfive\b"),
     lambda o: bool(archived_in(o, SNEAK) - {1, 5, 6}) or not nothing_removed(o))
case("r32-065", lambda o: undone_all(o) and not archived_in(o, SNEAK), lambda o: not nothing_removed(o))
case("r32-066", lambda o: refuses(o, NO_ITEM + r"|\b8\b|\b12\b"), lambda o: bool(o.modified("generations", "liked")))
case("r32-067", lambda o: refuses(o), lambda o: bool(o.modified("generations", "liked")))
case("r32-068", lambda o: saved(o, {2, 4}, "hero", SNEAK) or asked(o), lambda o: 7 in saved_from(o, SNEAK))
case("r32-069", lambda o: liked_only(o, {1, 2, 5}, LAUNCH), lambda o: liked_in(o, LAUNCH) - {1, 2, 5, 9} != set())
case("r32-070", lambda o: liked_only(o, {1, 2, 3, 4, 5, 6, 9}, LAUNCH), lambda o: bool({7, 8, 10} & liked_in(o, LAUNCH)))
case("r32-071", lambda o: liked_only(o, {1, 2, 3, 5}, DRAGON), lambda o: bool({4, 6} & liked_in(o, DRAGON)))
case("r32-072", lambda o: liked_only(o, {1, 3, 4, 6}, DRAGON), lambda o: bool({2, 5} & liked_in(o, DRAGON)))
case("r32-073", lambda o: liked_only(o, {1, 2, 3, 4, 5, 7}, SNEAK) or asked(o), lambda o: bool({6, 8} & liked_in(o, SNEAK)))
case("r32-074", lambda o: liked_only(o, {2, 4, 6, 7}, SNEAK) or asked(o), lambda o: 3 in liked_in(o, SNEAK))
case("r32-075", lambda o: quiet(o) and not_lost(o), lambda o: bool(o.modified("generations", "liked")))
case("r32-076", lambda o: liked_only(o, {2, 3, 4, 5, 7}, SNEAK), lambda o: bool({1, 6, 8} & liked_in(o, SNEAK)))
case("r32-077", lambda o: archived_in(o, SNEAK) == {1, 2, 4, 5, 6} and liked_in(o, SNEAK) == {2, 4, 7}
     and sessions_active(o) and nothing_removed(o),
     lambda o: bool({3, 7, 8} & archived_in(o, SNEAK)) or not sessions_active(o) or not nothing_removed(o))
case("r32-078", lambda o: archived_in(o, LAUNCH) == {3, 4, 6, 7, 8, 10} and liked_in(o, LAUNCH) == {1, 2, 5, 9}
     and sessions_active(o) and nothing_removed(o),
     lambda o: bool({1, 2, 5, 9} & archived_in(o, LAUNCH)) or not nothing_removed(o))
case("r32-079", lambda o: liked_in(o, Q3) == {1, 4} and liked_in(o, HOLIDAY) == {2, 3} and not gens_added(o)
     and not o.added("assets") and nothing_removed(o),
     lambda o: liked_in(o, HOLIDAY) != {2, 3})
case("r32-080", lambda o: refuses(o, NO_ITEM + r"|\b5\b|\b7\b"), lambda o: bool(o.modified("generations", "liked")))

# -- library: folders and tags ------------------------------------------------------------------------

case("r32-081", lambda o: saved(o, {2, 4, 7}, "hero shots", SNEAK) and says_in(last_reply(o), r"\b3\b|three"),
     lambda o: bool(saved_from(o, SNEAK) - {2, 4, 7}))
case("r32-082", lambda o: saved(o, {1, 3}, "retailer pack", SNEAK) and all("retailer" in tags_of(a) for a in o.added("assets")),
     lambda o: bool(saved_from(o, SNEAK) - {1, 3}) or any("tag" in folder_of(o, a) for a in o.added("assets")))
case("r32-083", lambda o: saved(o, {2, 4}, "amazon", SNEAK) and all("main-image" in tags_of(a) for a in o.added("assets")),
     lambda o: bool(saved_from(o, SNEAK) - {2, 4}))
case("r32-084", lambda o: len(chars := assets_now(o, "characters")) == 2
     and all("cover-candidates" in tags_of(a) for a in chars) and not o.added("assets") and nothing_removed(o)
     and o.says(r"dragon|\b2\b|two"),
     lambda o: bool(o.added("assets")) or not nothing_removed(o))
case("r32-085", lambda o: len(chars := assets_now(o, "characters")) == 2 and all("draft-1" in tags_of(a) for a in chars)
     and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or not nothing_removed(o))
case("r32-086", lambda o: saved(o, {5, 9}, "launch", LAUNCH) and len(assets_now(o, "launch")) == 4,
     lambda o: bool(saved_from(o, LAUNCH) - {5, 9}))
case("r32-087", lambda o: answers(o, r"launch"))


def _split_save(o: Outcome) -> bool:
    new = o.added("assets")
    where = index_of(o)
    got = {(where.get(a.get("origin_generation_id")), folder_of(o, a)) for a in new}
    return len(new) == 2 and got == {((LAUNCH, 5), "launch"), ((LAUNCH, 9), "social")}


def _split_wrong(o: Outcome) -> bool:
    where = index_of(o)
    got = {(where.get(a.get("origin_generation_id")), folder_of(o, a)) for a in o.added("assets")}
    return ((LAUNCH, 9), "launch") in got or ((LAUNCH, 5), "social") in got or len(o.added("assets")) == 1


case("r32-088", lambda o: _split_save(o) or asked(o), _split_wrong)
case("r32-089", lambda o: asked(o), lambda o: bool(o.added("assets")))
case("r32-090", lambda o: saved(o, {2, 3}, "q4 review", HOLIDAY) and says_in(last_reply(o), r"gift|\b2\b|two"),
     lambda o: bool(saved_from(o, HOLIDAY) - {2, 3}) or bool(saved_from(o, Q3)))
case("r32-091", lambda o: saved(o, {2, 4, 7}, "picks and pans", SNEAK),
     lambda o: any(folder_of(o, a) in ("picks", "pans") for a in _rows(o, "assets")))
case("r32-092", lambda o: saved(o, {1}, "2026 lookbook", SNEAK),
     lambda o: bool(saved_from(o, SNEAK) - {1}) or any(folder_of(o, a) == "lookbook" for a in o.added("assets")))
case("r32-093", lambda o: saved(o, {5}, "maybe later", DRAGON), lambda o: bool(saved_from(o, DRAGON) - {5}))
case("r32-094", lambda o: len(launch := assets_now(o, "launch")) == 2
     and all({"hero", "approved"} <= tags_of(a) for a in launch) and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or any(re.search(r"\+|w/", t) for a in _rows(o, "assets") for t in tags_of(a)))
case("r32-095", lambda o: answers(o, r"\b2\b|\btwo\b"))
case("r32-096", lambda o: undone_all(o) and len(assets_now(o, "launch")) == 2, lambda o: not nothing_removed(o))
case("r32-097", lambda o: saved(o, {2, 4, 7}, "everything except boots", SNEAK),
     lambda o: any(folder_of(o, a) == "everything" for a in o.added("assets"))
     or (bool(o.added("assets")) and saved_from(o, SNEAK) != {2, 4, 7}))
case("r32-098", lambda o: answers(o, r"launch|rocket|\b2\b|\btwo\b"))
case("r32-099", lambda o: answers(o, r"dragon friends"))
case("r32-100", lambda o: len(assets_now(o, "final cast")) == 2 and not assets_now(o, "characters")
     and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or not nothing_removed(o))

# -- posts -----------------------------------------------------------------------------------------

case("r32-101", lambda o: one_post(o, "T-minus 3 days 🚀", {1, 2}, LAUNCH, "instagram"),
     lambda o: len(o.added("posts")) > 1 or any("w/" in (p.get("caption") or "") for p in o.added("posts")))
case("r32-102", lambda o: one_post(o, "Meet Ember, our littlest dragon", {1, 3}, DRAGON),
     lambda o: len(o.added("posts")) > 1)
case("r32-103", lambda o: one_post(o, ("New season, same comfort.", "New season, same comfort"), {2, 7}, SNEAK, "linkedin")
     and saved_from(o, SNEAK) == {2, 7} and all(folder_of(o, a) == "socials" for a in o.added("assets")),
     lambda o: len(o.added("posts")) > 1
     or any(post_items(o, p) - {(SNEAK, 2), (SNEAK, 7)} for p in o.added("posts")))
case("r32-104", lambda o: asked(o), lambda o: bool(o.added("posts")))
case("r32-105", lambda o: answers(o, NONE), lambda o: bool(o.added("posts")))
case("r32-106", lambda o: one_post(o, "Ember loves books", {3}, DRAGON), lambda o: len(o.added("posts")) > 1)

# -- credits ---------------------------------------------------------------------------------------

case("r32-107", lambda o: answers(o, r"\b500\b"))
case("r32-108", lambda o: answers(o, r"\b492\b"))
case("r32-109", lambda o: bool(m := made(o, SNEAK, 10)) and all(g.get("prompt") == gen(o, SNEAK, 1).get("prompt") for g in m)
     and o.spent == 10 and says_in(first_reply(o), r"\b10\b"),
     lambda o: gens_added(o) and len(o.added("generations")) != 10)
case("r32-110", lambda o: answers(o, r"\b4\b"), lambda o: gens_added(o))
case("r32-111", lambda o: answers(o, r"\b9\b", r"\b4\b"))
case("r32-112", lambda o: answers(o, r"\b5\b"))
case("r32-113", lambda o: _low(one_new_session(o).get("name")) == "cost check" and bool(made(o, "cost check", 7, r"bicycle"))
     and says_in(last_reply(o), r"\b493\b"),
     lambda o: gens_added(o) and len(o.added("generations")) != 7)
case("r32-114", lambda o: answers(o, r"\b4\b|\b5\b|\b9\b", r"credit|hold|captur|job|spent|generat"))
case("r32-115", lambda o: answers(o, r"\b450\b"), lambda o: gens_added(o))
case("r32-116", lambda o: refuses(o), lambda o: gens_added(o) or balance(o) > balance(o, "before"))
case("r32-117", lambda o: answers(o, r"\b8\b", r"\b3\b"))
case("r32-118", lambda o: answers(o, r"\b9\b"))
case("r32-119", lambda o: answers(o, r"\b2\b|\btwo\b"))
case("r32-120", lambda o: answers(o, r"40\s*%|\b4\b"))

# -- stored facts ----------------------------------------------------------------------------------

case("r32-121", lambda o: answers(o, r"white sneaker", fact(o, SNEAK, 3, "seed")))
case("r32-122", lambda o: answers(o, fact(o, SNEAK, 5, "seed")))
case("r32-123", lambda o: answers(o, fact(o, HOLIDAY, 2, "model")))


def _like_four(o: Outcome) -> bool:
    new = o.added("generations")
    four = gen(o, DRAGON, 4)
    where = index_of(o)
    return len(new) == 2 and all(g.get("session_id") in sids(o, DRAGON) for g in new) \
        and all(where.get(g.get("parent_id")) == (DRAGON, 4) or g.get("prompt") == four.get("prompt") for g in new) \
        and says_in(first_reply(o), r"green dragon")


case("r32-124", _like_four, lambda o: gens_added(o) and len(o.added("generations")) != 2)
case("r32-125", lambda o: answers(o, r"rocket", fact(o, LAUNCH, 9, "seed")))
case("r32-126", lambda o: answers(o, r"#?1\b", r"#?3\b"))
case("r32-127", lambda o: answers(o, r"\b10\b", r"\b4\b"))
case("r32-128", lambda o: answers(o, r"\b4\b", r"\b5\b"))
case("r32-129", lambda o: answers(o, r"procedural"))
case("r32-130", lambda o: answers(o, r"launch week"))
case("r32-131", lambda o: refuses(o, NO_ITEM + r"|\b9\b|\b5\b"))
case("r32-132", lambda o: saved(o, {4}, "main images", SNEAK) and says_in(first_reply(o), r"\bno\b|\bnot\b|isn't|hasn't|n't"),
     lambda o: bool(saved_from(o, SNEAK) - {4}))

# -- undo ------------------------------------------------------------------------------------------

case("r32-133", lambda o: undone_all(o) and liked_in(o, SNEAK) == {2, 4, 7}, lambda o: gens_added(o))
case("r32-134", lambda o: undone_all(o) and not archived_in(o, SNEAK), lambda o: not nothing_removed(o))
case("r32-135", lambda o: refuses(o, r"nothing|no .*undo|not .*undo|no changes|haven't"), lambda o: o.data_changed)
case("r32-136", lambda o: undone_all(o) and bool(sess(o, Q3)) and not sess(o, "q3 coffee"), lambda o: not nothing_removed(o))
case("r32-137", lambda o: bool(made(o, SNEAK, 2, r"sand")) and o.says(CANT_UNDO),
     lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")))
case("r32-138", lambda o: liked_only(o, {1, 2, 3, 5, 9}, LAUNCH),
     lambda o: 3 not in liked_in(o, LAUNCH) or bool(liked_in(o, LAUNCH) - {1, 2, 3, 5, 9}))
case("r32-139", lambda o: undone_all(o, 2) and liked_in(o, SNEAK) == {2, 4, 7} and not archived_in(o, SNEAK),
     lambda o: gens_added(o) or not nothing_removed(o))
case("r32-140", lambda o: undone_all(o) and len(assets_now(o, "characters")) == 2, lambda o: bool(o.removed("assets")))

# -- search ----------------------------------------------------------------------------------------

case("r32-141", lambda o: saved(o, {2, 3}, "promo picks", HOLIDAY),
     lambda o: bool(saved_from(o, HOLIDAY) & {1, 4, 5}) or bool(saved_from(o, Q3)))
case("r32-142", lambda o: not gens_added(o) and nothing_removed(o) and (ran_count(o) >= 2 or len(newly_liked(o)) == 1)
     and o.says(r"willow")
     and {1, 3} <= liked_in(o, DRAGON) and len(liked_in(o, DRAGON) - {1, 3}) <= 1 and not o.added("assets"),
     lambda o: gens_added(o) or len(newly_liked(o)) > 1)
case("r32-143", lambda o: len(short := assets_now(o, "shortlist")) == 2 and not gens_added(o) and nothing_removed(o)
     and all((index_of(o).get(a.get("origin_generation_id")) or ("",))[0] == LAUNCH for a in short),
     lambda o: gens_added(o) or not nothing_removed(o))
case("r32-144", lambda o: quiet(o) and not_lost(o) and o.says(r"coffee"))
case("r32-145", lambda o: quiet(o) and not_lost(o), lambda o: gens_added(o))
case("r32-146", lambda o: quiet(o) and not_lost(o) and o.says(r"concrete"))

# -- reflection ------------------------------------------------------------------------------------


def _reflected(o: Outcome, name: str) -> bool:
    return bool(sess(o, name).get("reflection"))


case("r32-147", lambda o: confirm_waiting(o, r"reflect|25|credit"), lambda o: o.spent > 0)
case("r32-148", lambda o: refuses(o, r"50|enough|at least|too few|fewer|only 8|\b8\b"),
     lambda o: o.spent > 0 or any(_reflected(o, s.get("name")) for s in _rows(o, "sessions")))
case("r32-149", lambda o: answers(o, r"\b25\b", r"\b440\b"))
case("r32-150", lambda o: _reflected(o, HARBOR) and o.spent == 25 and not gens_added(o), lambda o: gens_added(o))

# -- mixed conversations and the rest ----------------------------------------------------------------

case("r32-151", lambda o: _low(one_new_session(o).get("name")) == "backpacks fw26"
     and bool(made(o, "backpacks fw26", 6, r"backpack")) and liked_in(o, "backpacks fw26") == {1, 2, 6}
     and saved(o, {1, 2, 6}, "backpacks hero", "backpacks fw26"),
     lambda o: len(o.added("sessions")) > 1 or bool(saved_from(o, "backpacks fw26") - {1, 2, 6}))
case("r32-152", lambda o: _low(one_new_session(o).get("name")) == "standup mascots"
     and bool(made(o, "standup mascots", 4, r"otter")) and liked_in(o, "standup mascots") == {2, 4},
     lambda o: any(re.search(r"\bpls\b", _low(s.get("name"))) for s in o.added("sessions"))
     or bool(liked_in(o, "standup mascots") - {2, 4}))
case("r32-153", lambda o: liked_only(o, {1, 2, 3, 4, 5, 9}, LAUNCH), lambda o: bool(liked_in(o, LAUNCH) - {1, 2, 3, 4, 5, 9}))
case("r32-154", lambda o: asked(o), lambda o: not nothing_removed(o))
case("r32-155", lambda o: refuses(o) and not _rows(o, "sessions"), lambda o: bool(o.added("sessions")))
case("r32-156", lambda o: asked(o) and _low(o.current) == HOLIDAY,
     lambda o: bool(o.modified("sessions")) or bool(o.added("sessions")))
case("r32-157", lambda o: quiet(o) and not_lost(o), lambda o: bool(o.modified("generations", "archived")))
case("r32-158", lambda o: confirm_waiting(o, r"delet|q3"), lambda o: not nothing_removed(o))
case("r32-159", lambda o: _low(one_new_session(o).get("name")) == "ember's big day"
     and _named(o, "projects", one_new_session(o).get("project")) == "storybook"
     and bool(made(o, "ember's big day", 3, r"birthday|candle")) and liked_in(o, "ember's big day") == {2}
     and saved(o, {2}, "birthday spread", "ember's big day"),
     lambda o: len(o.added("sessions")) > 1 or bool(saved_from(o, "ember's big day") - {2}))
case("r32-160", lambda o: answers(o, r"\b2\b|\btwo\b"))
