"""Checks for round 41 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask).

Setups (every confirmation in a setup is answered yes; credits start at 500, 1 per default image):

- A: empty home.
- B: session "Sneaker Drop", 8 generations, liked {2, 4, 7}; 492 credits; current Sneaker Drop.
- C: session "Dragon Friends", 6 generations, liked {1, 3}, both saved to folder "Characters"; 494.
- D: "Q3 Ads" 4 generations (none liked); "Holiday Promo" 5 generations, liked {2, 3}, current; 491.
- E: "Launch Week", 10 generations, liked {1, 2, 5, 9}, 1 and 2 saved to folder "Launch"; 490.
- F: "Harbor Moods", 60 generations; 440 credits.

Voices: 001-032 a Korean speaker, 033-064 a fashion photographer, 065-096 a grant writer,
097-128 a high-school student, 129-160 a Slack ops lead.

Conventions:

- Checks read only the state (``o.before`` / ``o.after``, the ``atelier state --json`` shape) and
  loose, case-insensitive patterns in the reply text (``o.says``); never tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case (and
  with dashes / spaces normalised). A folder or project given on a row as an id is resolved through
  the ``folders`` / ``projects`` tables.
- Every function is wrapped so it never raises (an exception means False).
- ``case(..., ask=True)`` (the case's ok_to_ask): ``meant`` also holds when nothing changed and a
  question is waiting or a refusal / question was replied.
- ``wrong`` names the specific wrong outcomes of the case's wrong_if; the judge already scores any
  data change that does not meet ``meant`` as wrong.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}

_TABLES = ("sessions", "generations", "assets", "posts", "projects", "folders")


# -- plumbing -------------------------------------------------------------------------------------

def _safe(fn):
    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


_ASKISH = (r"\?|can't|cannot|can not|couldn't|won't|unable|not able|not possible|no such|not found|"
           r"doesn't exist|does not exist|don't have|do not have|there (is|are) no|which|did you mean|"
           r"not sure|sorry|isn't|is not|not supported|at most|maximum|limit|not enough|too many|only|"
           r"nothing to|no session|instead")


def asked(o: Outcome) -> bool:
    """Nothing changed and a question is waiting or a refusal / question was replied."""
    return quiet(o) and (o.question is not None or (not_lost(o) and o.says(_ASKISH)))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    if ask:
        a = _safe(asked)
        final = (lambda o, m=m, a=a: m(o) or a(o))
    else:
        final = m
    CHECKS[case_id] = Check(final, _safe(wrong) if wrong is not None else None)


# -- readings -------------------------------------------------------------------------------------

def low(value) -> str:
    text = str(value if value is not None else "").casefold()
    text = re.sub(r"[\u2010-\u2015\u2212]", "-", text)
    return re.sub(r"\s+", " ", text).strip()


def _st(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def session(o: Outcome, name: str, when: str = "after") -> dict | None:
    return next((s for s in _st(o, when)["sessions"] if low(s["name"]) == low(name)), None)


def sessions_named(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in _st(o, when)["sessions"] if low(s["name"]) == low(name)]


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in sessions_named(o, name, when)}
    return [g for g in _st(o, when)["generations"] if g["session_id"] in ids]


def gen(o: Outcome, name: str, index: int, when: str = "before") -> dict:
    return next(g for g in gens(o, name, when) if g["index"] == index)


def gen_by_id(o: Outcome, gen_id, when: str = "after") -> dict | None:
    return next((g for g in _st(o, when)["generations"] if g["id"] == gen_id), None)


def likes(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("liked")}


def archived(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("archived")}


def made(o: Outcome, name: str | None = None) -> list[dict]:
    new = o.added("generations")
    if name is None:
        return new
    ids = {s["id"] for s in sessions_named(o, name)}
    return [g for g in new if g["session_id"] in ids]


def prompt(g: dict) -> str:
    return low(g.get("prompt"))


def nothing_lost(o: Outcome) -> bool:
    return not any(o.removed(t) for t in _TABLES)


def no_gens(o: Outcome) -> bool:
    return not o.added("generations") and o.spent == 0


def _names(o: Outcome, table: str) -> dict[str, str]:
    out = {}
    for state in (o.before, o.after):
        for row in state.get(table) or []:
            out[str(row.get("id"))] = row.get("name")
    return out


def _resolve(o: Outcome, value, table: str) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("id")
    if value is None:
        return ""
    return low(_names(o, table).get(str(value), value))


def folder_of(o: Outcome, asset: dict) -> str:
    return _resolve(o, asset.get("folder"), "folders")


def project_of(o: Outcome, row: dict) -> str:
    return _resolve(o, row.get("project"), "projects")


def folders_named(o: Outcome, name: str) -> list[dict]:
    return [f for f in o.after.get("folders") or [] if low(f["name"]) == low(name)]


def in_folder(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [a for a in _st(o, when)["assets"] if folder_of(o, a) == low(name)]


def tags(asset: dict) -> set[str]:
    value = asset.get("tags") or []
    if isinstance(value, str):
        value = re.split(r"\s*,\s*", value)
    return {low(t.get("name") if isinstance(t, dict) else t) for t in value if t}


def origins(o: Outcome, assets: list[dict], name: str | None = None) -> list[int]:
    """Indexes (in session ``name``) of the generations these assets were saved from."""
    where = {}
    for state in (o.before, o.after):
        names = {s["id"]: low(s["name"]) for s in state["sessions"]}
        for g in state["generations"]:
            where[g["id"]] = (names.get(g["session_id"]), g["index"])
    out = []
    for a in assets:
        found = where.get(a.get("origin_generation_id"))
        if found and (name is None or found[0] == low(name)):
            out.append(found[1])
    return out


def saved(o: Outcome, folder: str, name: str, expected: set[int]) -> bool:
    """New assets are exactly ``expected`` of session ``name``, all in ``folder``; nothing else moved."""
    new = o.added("assets")
    idx = origins(o, new, name)
    return (len(new) == len(expected) and sorted(idx) == sorted(expected)
            and all(folder_of(o, a) == low(folder) for a in new)
            and len(folders_named(o, folder)) == 1 and no_gens(o) and nothing_lost(o))


def new_post(o: Outcome, platform: str | None, caption: str | None, n_assets: int | None = None):
    posts = o.added("posts")
    if len(posts) != 1:
        return None
    p = posts[0]
    if platform and not re.search(platform, low(p.get("platform")), re.IGNORECASE):
        return None
    if caption and low(caption) not in low(p.get("caption")):
        return None
    if n_assets is not None and len(p.get("asset_ids") or []) != n_assets:
        return None
    if o.added("generations") or o.spent != 0 or not nothing_lost(o):
        return None
    return p


def likes_only(o: Outcome, name: str, expected: set[int]) -> bool:
    return (likes(o, name) == expected and no_gens(o) and not o.added("assets")
            and not o.modified("generations", "archived") and nothing_lost(o)
            and not o.modified("sessions", "status"))


def archive_only(o: Outcome, name: str, expected: set[int]) -> bool:
    return (archived(o, name) == expected and no_gens(o) and not o.added("assets")
            and not o.modified("generations", "liked") and nothing_lost(o)
            and all(s["status"] != "archived" for s in sessions_named(o, name)))


def generated(o: Outcome, name: str | None, count: int, *patterns: str, cost: int | None = -1) -> list[dict]:
    """Exactly ``count`` new generations, all in ``name`` (any session when None), each prompt matching
    every pattern; credits spent == count by default (``cost=None`` skips the credit check)."""
    new = made(o, name)
    if len(new) != count or len(o.added("generations")) != count:
        return []
    if not all(re.search(p, g.get("prompt") or "", re.IGNORECASE) for g in new for p in patterns):
        return []
    if cost == -1 and o.spent != count:
        return []
    if cost not in (-1, None) and o.spent != cost:
        return []
    if not nothing_lost(o) or o.modified("generations", "liked") or o.modified("generations", "archived"):
        return []
    return new


def current_is(o: Outcome, name: str) -> bool:
    return o.current is not None and low(o.current) == low(name)


def renamed(o: Outcome, old: str, new: str) -> bool:
    before = session(o, old, "before")
    after = next((s for s in o.after["sessions"] if s["id"] == before["id"]), None)
    return (after is not None and low(after["name"]) == low(new) and not session(o, old)
            and not o.added("sessions") and no_gens(o) and nothing_lost(o))


def reflected(o: Outcome, name: str) -> bool:
    s = session(o, name)
    return (s is not None and s.get("reflection") and (session(o, name, "before") or {}).get("reflection") is None
            and o.spent == 25 and not o.added("generations") and nothing_lost(o))


def seed_in(o: Outcome, name: str, index: int) -> str:
    return r"\b%s\b" % re.escape(str(gen(o, name, index)["seed"]))


def calm(o: Outcome) -> bool:
    """No row added or removed, no generation changed, no credits spent (session bookkeeping may move)."""
    return (not any(o.added(t) or o.removed(t) for t in _TABLES) and not o.modified("generations")
            and o.before.get("credits") == o.after.get("credits"))


def zipped(o: Outcome, pattern: str = r"\.zip|\bzip") -> bool:
    return quiet(o) and not o.says(r"did not understand") and o.says(pattern)


B = "Sneaker Drop"
C = "Dragon Friends"
Q3, HP = "Q3 Ads", "Holiday Promo"
E = "Launch Week"
F = "Harbor Moods"


# == Korean speaker (001-032) =====================================================================

case("r41-001",
     lambda o: (session(o, "Seoul Night Market") and len(o.added("sessions")) == 1
                and current_is(o, "Seoul Night Market")
                and generated(o, "Seoul Night Market", 4, r"lantern|stall|street food")),
     wrong=lambda o: any(re.search(r"name is|session", low(s["name"])) for s in o.added("sessions")))

case("r41-002", lambda o: answers(o, r"\b500\b"))


def _r003(o):
    new = generated(o, None, 3, r"hanbok", cost=None)
    if not new or o.spent < 3:
        return False
    for g in new:
        if "1024" in prompt(g):
            return False
        size = g.get("size") or (f"{g.get('width')}x{g.get('height')}" if g.get("width") else None)
        if size is not None and "1024" not in str(size):
            return False
    return True


case("r41-003", _r003,
     wrong=lambda o: any("1024" in prompt(g) for g in o.added("generations")))

case("r41-004", lambda o: answers(o, r"archiv", r"delet"))

case("r41-005",
     lambda o: quiet(o) and not_lost(o) and o.says(r"no session|nothing|don't have|do not have|empty|\b0\b|none|no .*to delete"),
     wrong=lambda o: o.data_changed, ask=True)

case("r41-006", lambda o: likes_only(o, B, {2, 5, 7}))

case("r41-007", lambda o: saved(o, "Shoes Final", B, {2, 4, 7}),
     wrong=lambda o: any("name" in low(f["name"]) for f in o.added("folders")))


def _remix_of(o, name, index, count):
    new = generated(o, name, count)
    parent = gen(o, name, index)["id"]
    return bool(new) and all(g.get("parent_id") == parent for g in new)


case("r41-008", lambda o: _remix_of(o, B, 4, 2))

case("r41-009", lambda o: answers(o, seed_in(o, B, 7)))

case("r41-010",
     lambda o: archive_only(o, B, {1, 3, 5, 6}),
     wrong=lambda o: (any(s["status"] == "archived" for s in sessions_named(o, B))
                      or 8 in archived(o, B) or o.removed("generations")))

case("r41-011",
     lambda o: refuses(o) and o.says(r"\b8\b|\b12\b|no (image|number|generation)|only"),
     wrong=lambda o: bool(o.modified("generations", "liked")), ask=True)

case("r41-012", lambda o: renamed(o, C, "Dragon Friends Book 1"),
     wrong=lambda o: bool(o.added("sessions")))

case("r41-013", lambda o: answers(o, r"characters"))


def _r014(o):
    assets = in_folder(o, "Characters")
    return (len(assets) == 2 and all("children book" in tags(a) for a in assets)
            and not o.added("assets") and no_gens(o) and nothing_lost(o)
            and all(folder_of(o, a) == "characters" for _, a in o.modified("assets")))


case("r41-014", _r014,
     wrong=lambda o: any({"children", "book"} & tags(a) and "children book" not in tags(a)
                         for a in o.after["assets"]))

case("r41-015",
     lambda o: (likes(o, C) == {1, 3, 5} and len(o.added("assets")) == 1
                and origins(o, o.added("assets"), C) == [5]
                and folder_of(o, o.added("assets")[0]) == "characters"
                and len(folders_named(o, "Characters")) == 1 and no_gens(o) and nothing_lost(o)),
     wrong=lambda o: bool(o.added("folders")) or bool({1, 3} & set(origins(o, o.added("assets"), C))))

case("r41-016",
     lambda o: answers(o, r"librar|saved|stay|keep|kept|remain|safe") and session(o, C) is not None,
     wrong=lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")))

case("r41-017",
     lambda o: likes(o, Q3) == {1, 4} and likes(o, HP) == {2, 3} and no_gens(o)
     and not o.added("assets") and nothing_lost(o) and not o.modified("generations", "archived"),
     wrong=lambda o: bool({1, 4} & likes(o, HP)))

case("r41-018",
     lambda o: new_post(o, r"insta|^ig$", "wrap your happiness", 2) is not None,
     wrong=lambda o: any("caption is" in low(p.get("caption")) for p in o.added("posts")))


def _moved(o, src, dst, indexes):
    ids = {gen(o, src, i)["id"] for i in indexes}
    dst_ids = {s["id"] for s in sessions_named(o, dst)}
    moved = [old for old, new in o.modified("generations", "session_id")]
    return (all((gen_by_id(o, i) or {}).get("session_id") in dst_ids for i in ids)
            and {g["id"] for g in moved} == ids and no_gens(o) and nothing_lost(o))


case("r41-019", lambda o: _moved(o, HP, Q3, [5]))

case("r41-020", lambda o: answers(o, r"holiday promo", r"\b5\b|five"))

case("r41-021", asked,
     wrong=lambda o: bool(o.modified("generations", "session_id") or o.removed("sessions")
                          or o.modified("sessions", "status")), ask=True)

case("r41-022",
     lambda o: (generated(o, Q3, 3, r"gift", r"gold")
                and not any(re.search(r"not in this|q3", prompt(g)) for g in made(o, Q3))),
     wrong=lambda o: bool(made(o, HP)))

case("r41-023", lambda o: zipped(o))

case("r41-024", lambda o: answers(o, r"rocket"), wrong=lambda o: bool(o.added("generations")))

case("r41-025",
     lambda o: (likes(o, E) == set() and len(gens(o, E)) == 10 and no_gens(o) and nothing_lost(o)
                and not o.modified("generations", "archived") and len(in_folder(o, "Launch")) == 2),
     wrong=lambda o: bool(o.removed("assets")))

case("r41-026",
     lambda o: (project_of(o, session(o, E)) == "spring campaign" and not o.added("sessions")
                and no_gens(o) and nothing_lost(o)),
     wrong=lambda o: bool(o.added("sessions")) or session(o, E) is None)

case("r41-027",
     lambda o: quiet(o) and not_lost(o) and o.says(r"schedul|can't|cannot|not able|later|tomorrow|automatic"),
     wrong=lambda o: any(s["status"] == "archived" for s in sessions_named(o, E)), ask=True)

case("r41-028", lambda o: reflected(o, F))

case("r41-029", lambda o: likes_only(o, F, {3, 14, 27, 58}))

case("r41-030", lambda o: answers(o, r"\b10\b"), wrong=lambda o: bool(o.added("generations")))

case("r41-031", lambda o: archive_only(o, F, set(range(41, 61))),
     wrong=lambda o: any(s["status"] == "archived" for s in sessions_named(o, F)))

case("r41-032", asked,
     wrong=lambda o: bool(o.removed("generations") or o.modified("generations", "archived")), ask=True)


# == fashion photographer (033-064) ===============================================================

case("r41-033",
     lambda o: (session(o, "FW26 Lookbook") and len(o.added("sessions")) == 1
                and current_is(o, "FW26 Lookbook") and generated(o, "FW26 Lookbook", 6, r"trench")),
     wrong=lambda o: any("setup" in low(s["name"]) for s in o.added("sessions")))

case("r41-034", lambda o: generated(o, None, 2, r"slip dress"),
     wrong=lambda o: len(o.added("generations")) >= 35)

case("r41-035",
     lambda o: (generated(o, "Beauty Closeups", 4, r"beauty|lip|freckle")
                and all(re.search(r"jewel", g.get("negative_prompt") or "", re.I) for g in made(o, "Beauty Closeups"))),
     wrong=lambda o: any(re.search(r"jewel", prompt(g)) for g in o.added("generations")))

case("r41-036", lambda o: answers(o, r"\b100\b"), wrong=lambda o: bool(o.added("generations")))

case("r41-037", lambda o: refuses(o) and o.says(r"can't|cannot|not able|unable|only|don't|do not|studio|call sheet"),
     wrong=lambda o: bool(o.added("sessions") or o.added("generations")), ask=True)

case("r41-038", lambda o: likes_only(o, B, {1, 2, 4, 7, 8}))

case("r41-039", lambda o: archive_only(o, B, {3, 5, 6}),
     wrong=lambda o: bool(o.removed("generations")), ask=True)

case("r41-040",
     lambda o: (saved(o, "Client Review", B, {2, 4, 7})
                and all("sneaker-hero" in tags(a) for a in in_folder(o, "Client Review"))))


def _r041(o):
    new = generated(o, B, 3, r"sneaker")
    return bool(new) and any(str(g.get("seed")) == "1234" for g in new) \
        and not any("seed" in prompt(g) for g in new)


case("r41-041", _r041, wrong=lambda o: any("seed 1234" in prompt(g) for g in o.added("generations")))

case("r41-042", lambda o: zipped(o))

case("r41-043", lambda o: refuses(o), ask=True)

case("r41-044",
     lambda o: answers(o, re.escape(str(gen(o, C, 3)["model"]))) and bool(gen(o, C, 3)["model"]))

case("r41-045",
     lambda o: (generated(o, C, 2, r"dragon")
                and all(re.search(r"facing|camera", prompt(g))
                        or g.get("parent_id") == gen(o, C, 2)["id"] for g in made(o, C))))

case("r41-046",
     lambda o: (likes(o, C) == {1} and len(in_folder(o, "Characters")) == 2 and no_gens(o)
                and nothing_lost(o) and not o.added("assets")),
     wrong=lambda o: bool(o.removed("assets")))

case("r41-047", lambda o: renamed(o, C, "Dragon Friends - Final Selects"),
     wrong=lambda o: bool(o.added("sessions")))

case("r41-048", lambda o: refuses(o, r"dropbox|can't|cannot|not able|unable|zip|download"),
     wrong=lambda o: bool(o.removed("assets") or o.added("folders") or o.modified("assets")), ask=True)

case("r41-049",
     lambda o: (likes(o, Q3) == {2, 3} and archived(o, Q3) == {1} and likes(o, HP) == {2, 3}
                and archived(o, HP) == set() and no_gens(o) and nothing_lost(o)),
     wrong=lambda o: 1 in archived(o, HP))

case("r41-050",
     lambda o: ((session(o, Q3) or {}).get("status") == "archived"
                and (session(o, HP) or {}).get("status") == "active" and no_gens(o) and nothing_lost(o)),
     wrong=lambda o: bool(o.removed("sessions") or o.removed("generations"))
     or (session(o, HP) or {}).get("status") == "archived")

case("r41-051", lambda o: new_post(o, r"insta|^ig$", "unwrap the season", 2) is not None)

case("r41-052", lambda o: generated(o, HP, 4, r"gift box", r"tungsten"),
     wrong=lambda o: bool(made(o, Q3)))

case("r41-053", lambda o: answers(o, r"\b9\b|nine"))

case("r41-054", lambda o: likes_only(o, HP, {2, 3, 4}), wrong=lambda o: 1 in likes(o, HP), ask=True)

case("r41-055",
     lambda o: (sorted(origins(o, o.added("assets"), E)) == [5, 9] and len(o.added("assets")) == 2
                and all(folder_of(o, a) == "launch" for a in o.added("assets"))
                and len(folders_named(o, "Launch")) == 1 and len(in_folder(o, "Launch")) == 4
                and no_gens(o) and nothing_lost(o)),
     wrong=lambda o: bool(o.added("folders")))

case("r41-056", lambda o: answers(o, r"launch", r"\b(2|two)\b"))

case("r41-057", lambda o: archive_only(o, E, {3, 4, 6, 7, 8, 10}),
     wrong=lambda o: bool({1, 2, 5, 9} & archived(o, E)))

case("r41-058",
     lambda o: (project_of(o, session(o, E)) == "atlas rocket co" and not o.added("sessions")
                and no_gens(o) and nothing_lost(o)))

case("r41-059", lambda o: refuses(o), wrong=lambda o: o.data_changed, ask=True)

case("r41-060", lambda o: likes_only(o, F, {10, 20, 30, 40, 50, 60}))

case("r41-061", lambda o: archive_only(o, F, set(range(1, 31))),
     wrong=lambda o: any(s["status"] == "archived" for s in sessions_named(o, F)))

case("r41-062", lambda o: answers(o, r"\b60\b", r"\b440\b"))

case("r41-063", lambda o: quiet(o) and o.question is not None and o.says(r"\b25\b"),
     wrong=lambda o: o.spent > 0, ask=True)

case("r41-064", lambda o: quiet(o) and o.question is not None,
     wrong=lambda o: not nothing_lost(o), ask=True)


# == grant writer (065-096) =======================================================================

case("r41-065",
     lambda o: (session(o, "Riverside Literacy Initiative") and len(o.added("sessions")) == 1
                and generated(o, "Riverside Literacy Initiative", 5, r"read|librar")),
     wrong=lambda o: any(re.search(r"hartwell|application|foundation", low(s["name"])) for s in o.added("sessions")))

case("r41-066", lambda o: answers(o, r"\b1\b|\bone\b", r"\b500\b"),
     wrong=lambda o: bool(o.added("generations")))


def _r067(o):
    projects = [p for p in o.after.get("projects") or [] if low(p["name"]) == "hartwell foundation 2026"]
    s = session(o, "Budget Narrative Visuals")
    return (len(projects) == 1 and s is not None and project_of(o, s) == "hartwell foundation 2026"
            and len(o.added("sessions")) == 1 and no_gens(o) and nothing_lost(o))


case("r41-067", _r067,
     wrong=lambda o: bool(o.added("generations"))
     or any("hartwell" in low(s["name"]) for s in o.added("sessions")))

case("r41-068", lambda o: generated(o, None, 3, r"volunteer"))

case("r41-069",
     lambda o: quiet(o) and not_lost(o) and o.says(r"\b100\b|credit|at most|maximum|limit|enough|balance"),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case("r41-070", lambda o: likes_only(o, B, {2, 7}),
     wrong=lambda o: o.spent > 0 or bool((session(o, B) or {}).get("reflection")))

case("r41-071", lambda o: renamed(o, B, "Youth Athletics Program"),
     wrong=lambda o: bool(o.added("sessions")))

case("r41-072", lambda o: saved(o, "Appendix C – Supporting Imagery", B, {2, 4, 7}),
     wrong=lambda o: any(low(f["name"]) in ("appendix c", "appendix c -") for f in o.added("folders")))

case("r41-073",
     lambda o: answers(o, r"sneaker", seed_in(o, B, 2),
                       re.escape(str(gen(o, B, 2)["model"])) if gen(o, B, 2).get("model") else r"model"))

case("r41-074", lambda o: new_post(o, r"linked", "every step forward", 3) is not None)

case("r41-075",
     lambda o: answers(o, r"keep|kept|retention|retain|archiv|librar|saved|stay|remain|expire|sweep"),
     wrong=lambda o: not nothing_lost(o) or bool(o.modified("generations", "archived"))
     or bool(o.modified("sessions", "status")))


def _r076(o):
    new = generated(o, C, 2)
    first = gen(o, C, 1)
    return bool(new) and all(g.get("parent_id") == first["id"] or low(g.get("prompt")) == low(first["prompt"])
                             for g in new)


case("r41-076", _r076)

case("r41-077", lambda o: answers(o, r"dragon friends"))

case("r41-078",
     lambda o: (len(in_folder(o, "Characters")) == 2
                and all({"illustration", "draft"} <= tags(a) for a in in_folder(o, "Characters"))
                and not o.added("assets") and no_gens(o) and nothing_lost(o)),
     wrong=lambda o: any("illustration and draft" in tags(a) for a in o.after["assets"]))

case("r41-079",
     lambda o: archive_only(o, C, {2, 4, 5, 6}) and likes(o, C) == {1, 3},
     wrong=lambda o: bool({1, 3} & archived(o, C)) or likes(o, C) != {1, 3})

case("r41-080", lambda o: refuses(o),
     wrong=lambda o: bool(o.modified("assets") or o.removed("assets")), ask=True)

case("r41-081",
     lambda o: likes(o, Q3) == {3, 4} and likes(o, HP) == {2, 3} and no_gens(o)
     and not o.added("assets") and nothing_lost(o) and not o.modified("generations", "archived"),
     wrong=lambda o: 4 in likes(o, HP))


def _r082(o):
    folder = in_folder(o, "Donor Outreach")
    post = next(iter(o.added("posts")), None)
    return (len(folder) == 2 and sorted(origins(o, folder, HP)) == [2, 3]
            and len(folders_named(o, "Donor Outreach")) == 1
            and len(o.added("posts")) == 1 and re.search(r"facebook|^fb$", low(post.get("platform")))
            and "gift of learning" in low(post.get("caption"))
            and len(post.get("asset_ids") or []) == 2 and no_gens(o) and nothing_lost(o))


case("r41-082", _r082,
     wrong=lambda o: any(re.search(r"post|facebook|caption", low(f["name"])) for f in o.added("folders")))

case("r41-083", lambda o: answers(o, r"holiday promo", r"\b2\b|two"))

case("r41-084",
     lambda o: ((session(o, Q3) or {}).get("status") == "archived"
                and (session(o, HP) or {}).get("status") == "active"
                and len(gens(o, Q3)) == 4 and no_gens(o) and nothing_lost(o)),
     wrong=lambda o: bool(o.removed("sessions") or o.removed("generations")))

case("r41-085", lambda o: generated(o, HP, 4, r"donation jar|jar"),
     wrong=lambda o: bool(made(o, Q3)))

case("r41-086", asked,
     wrong=lambda o: bool(o.removed("generations") or o.modified("generations", "archived")), ask=True)

case("r41-087", lambda o: generated(o, E, 4, r"dusk"))


def _r088(o):
    gone = o.removed("assets")
    return (len(gone) == 2 and sorted(origins(o, gone, E)) == [1, 2]
            and not o.added("assets") and no_gens(o) and not o.removed("generations")
            and not o.modified("generations", "liked") and not o.removed("sessions"))


case("r41-088", _r088,
     wrong=lambda o: bool(o.removed("generations") or o.modified("generations", "liked")), ask=True)

case("r41-089", lambda o: zipped(o, r"launch_selects"),
     wrong=lambda o: bool(o.added("assets")))

case("r41-090", lambda o: answers(o, r"\b10\b", r"\b490\b"))

case("r41-091", lambda o: refuses(o),
     wrong=lambda o: o.before.get("credits") != o.after.get("credits"), ask=True)

case("r41-092", lambda o: reflected(o, F), wrong=lambda o: bool(o.added("generations")))

case("r41-093",
     lambda o: (likes(o, F) == {5, 15, 25} and len(o.added("assets")) == 3
                and sorted(origins(o, o.added("assets"), F)) == [5, 15, 25]
                and all(folder_of(o, a) == "site visit" for a in o.added("assets"))
                and no_gens(o) and nothing_lost(o)))

case("r41-094", lambda o: renamed(o, F, "Harbour Resilience Study"),
     wrong=lambda o: any(re.search(r"british|spelling", low(s["name"])) for s in o.after["sessions"]))

case("r41-095", lambda o: archive_only(o, F, set(range(11, 61))),
     wrong=lambda o: bool(set(range(1, 11)) & archived(o, F)))

case("r41-096", asked, wrong=lambda o: bool(o.modified("generations", "liked")), ask=True)


# == high-school student (097-128) ================================================================

case("r41-097", lambda o: generated(o, None, 4, r"plant cell"),
     wrong=lambda o: len(o.added("generations")) > 4)

case("r41-098",
     lambda o: (session(o, "history hw") and len(o.added("sessions")) == 1
                and generated(o, "history hw", 3, r"tea party")),
     wrong=lambda o: any("called" in low(s["name"]) for s in o.added("sessions")))

case("r41-099", lambda o: answers(o, r"session"), wrong=lambda o: bool(o.added("sessions")))


def _r100(o):
    new = generated(o, None, 4)
    water = [g for g in new if re.search(r"water cycle", prompt(g)) and "volcano" not in prompt(g)]
    volcano = [g for g in new if "volcano" in prompt(g) and "water cycle" not in prompt(g)]
    return len(water) == 2 and len(volcano) == 2


case("r41-100", _r100, ask=True)

case("r41-101", lambda o: refuses(o), wrong=lambda o: bool(o.added("generations")), ask=True)

case("r41-102", lambda o: likes_only(o, B, {1, 2, 3, 4, 6, 7}))

case("r41-103",
     lambda o: (likes(o, B) == set() and len(gens(o, B)) == 8 and no_gens(o) and nothing_lost(o)
                and not o.modified("generations", "archived")),
     wrong=lambda o: bool(o.removed("generations") or o.removed("sessions")), ask=True)

case("r41-104", lambda o: o.says(r"\b492\b") and generated(o, B, 5, r"sneaker"))

case("r41-105", lambda o: saved(o, "art class", B, {2, 4, 7}),
     wrong=lambda o: any("called" in low(f["name"]) for f in o.added("folders")))

case("r41-106", lambda o: archive_only(o, B, {1, 3}), wrong=lambda o: 5 in archived(o, B), ask=True)

case("r41-107", lambda o: refuses(o), wrong=lambda o: bool(o.added("generations")), ask=True)

case("r41-108", lambda o: answers(o, r"dragon"))

case("r41-109", lambda o: generated(o, C, 3, r"dragon", r"fly"))

case("r41-110",
     lambda o: likes(o, C) == {1, 3} and calm(o) and not o.says(r"did not understand") and o.says(r"lik"),
     wrong=lambda o: 6 in likes(o, C) or likes(o, C) != {1, 3})

case("r41-111",
     lambda o: (len(o.added("assets")) == 1 and origins(o, o.added("assets"), C) == [5]
                and folder_of(o, o.added("assets")[0]) == "characters"
                and len(folders_named(o, "Characters")) == 1 and no_gens(o) and nothing_lost(o)),
     wrong=lambda o: bool(o.added("folders")))

case("r41-112", asked, wrong=lambda o: not nothing_lost(o), ask=True)

case("r41-113", lambda o: calm(o) and current_is(o, Q3),
     wrong=lambda o: bool(o.added("sessions")))

case("r41-114",
     lambda o: likes(o, Q3) == {1, 2, 3, 4} and likes(o, HP) == {2, 3} and no_gens(o)
     and not o.added("assets") and nothing_lost(o),
     wrong=lambda o: likes(o, HP) != {2, 3}, ask=True)

case("r41-115", lambda o: answers(o, r"\b9\b|nine"))

case("r41-116", lambda o: generated(o, HP, 2, r"gift", r"blue"),
     wrong=lambda o: any("red ribbon" in prompt(g) for g in o.added("generations")))

case("r41-117", lambda o: renamed(o, HP, "xmas project") and session(o, Q3) is not None
     and not o.added("projects"),
     wrong=lambda o: session(o, Q3) is None)

case("r41-118", asked,
     wrong=lambda o: bool(o.modified("generations", "liked") or o.added("assets")
                          or o.modified("generations", "archived")), ask=True)

case("r41-119", lambda o: answers(o, r"\b1\b", r"\b2\b", r"\b5\b", r"\b9\b"))

case("r41-120", lambda o: likes_only(o, E, {1, 2, 5, 10}))

case("r41-121", lambda o: zipped(o))


def _r122(o):
    new = generated(o, E, 1, r"rocket")
    return bool(new) and str(new[0].get("seed")) == "7"


case("r41-122", _r122, wrong=lambda o: len(o.added("generations")) == 7, ask=True)

case("r41-123", lambda o: refuses(o),
     wrong=lambda o: (o.after.get("credits") or {}).get("balance", 0) > (o.before.get("credits") or {}).get("balance", 0),
     ask=True)

case("r41-124", lambda o: likes_only(o, F, {7, 12, 33}))

case("r41-125", lambda o: archive_only(o, F, set(range(6, 61))),
     wrong=lambda o: bool(set(range(1, 6)) & archived(o, F)))

case("r41-126", lambda o: reflected(o, F), wrong=lambda o: bool(o.added("generations")), ask=True)

case("r41-127", lambda o: answers(o, r"\b10\b"), wrong=lambda o: bool(o.added("generations")))

case("r41-128", lambda o: refuses(o, r"\b100\b|at most|max|limit|too many"),
     wrong=lambda o: bool(o.added("generations")), ask=True)


# == Slack ops lead (129-160) =====================================================================

case("r41-129",
     lambda o: (session(o, "Incident Comms") and len(o.added("sessions")) == 1
                and generated(o, "Incident Comms", 4, r"status page|banner")),
     wrong=lambda o: any(re.search(r"rocket|:", low(s["name"])) for s in o.added("sessions")))

case("r41-130", lambda o: answers(o, r"\b500\b"))

case("r41-131", lambda o: len(o.added("assets")) >= 5 and o.spent == 0,
     wrong=lambda o: o.spent != 0)


def _r132(o):
    new = generated(o, None, 3, r"server rack")
    return bool(new) and any(str(g.get("seed")) == "42" for g in new) \
        and not any("seed" in prompt(g) for g in new)


case("r41-132", _r132,
     wrong=lambda o: any("seed 42" in prompt(g) for g in o.added("generations"))
     or len(o.added("generations")) == 42)

case("r41-133",
     lambda o: refuses(o, r"not found|no such|doesn't exist|does not exist|missing|can't find|cannot find|couldn't|not a|isn't"),
     wrong=lambda o: o.data_changed, ask=True)

case("r41-134", lambda o: likes_only(o, B, {1, 2, 4, 5, 7}),
     wrong=lambda o: bool(o.modified("generations", "archived")) or not {2, 4, 7} <= likes(o, B), ask=True)

case("r41-135", lambda o: archive_only(o, B, {3, 6, 8}),
     wrong=lambda o: bool(o.removed("generations")))

case("r41-136", lambda o: saved(o, "Drops-Q4", B, {2, 4, 7}),
     wrong=lambda o: any(re.search(r"→|->|folder", low(f["name"])) for f in o.added("folders")))

case("r41-137", lambda o: generated(o, B, 4, r"sneaker"))

case("r41-138", lambda o: answers(o, r"sneaker drop|\b492\b"),
     wrong=lambda o: o.data_changed, ask=True)

case("r41-139", lambda o: quiet(o) and o.question is not None,
     wrong=lambda o: bool(o.removed("sessions") or o.removed("generations")), ask=True)

case("r41-140",
     lambda o: (len(in_folder(o, "Characters")) == 2
                and all("approved" in tags(a) for a in in_folder(o, "Characters"))
                and not o.added("assets") and no_gens(o) and nothing_lost(o)),
     wrong=lambda o: any(re.search(r"✅|white_check", t) for a in o.after["assets"] for t in tags(a)))

case("r41-141",
     lambda o: (likes(o, C) == set() and archived(o, C) == {2, 4, 6} and len(in_folder(o, "Characters")) == 2
                and no_gens(o) and nothing_lost(o) and not o.added("assets")),
     wrong=lambda o: bool({1, 3} & archived(o, C)) or bool(o.removed("assets")))

case("r41-142", lambda o: answers(o, r"dragon friends"))

case("r41-143",
     lambda o: calm(o) and not_lost(o) and len(sessions_named(o, C)) == 1,
     wrong=lambda o: len(sessions_named(o, C)) > 1, ask=True)

case("r41-144", lambda o: new_post(o, r"slack", "dragon drafts v1", 2) is not None, ask=True)

case("r41-145",
     lambda o: likes(o, Q3) == {1, 2, 3, 4} and likes(o, HP) == {2, 3} and no_gens(o)
     and not o.added("assets") and nothing_lost(o) and not o.modified("generations", "archived"),
     wrong=lambda o: likes(o, HP) != {2, 3}, ask=True)

case("r41-146", lambda o: _moved(o, HP, Q3, [4, 5]))

case("r41-147",
     lambda o: ((session(o, Q3) or {}).get("status") == "active" and calm(o) and o.says(r"archiv")
                and o.says(r"undo|undid|undone|restor|revers|unarchiv|back|active")),
     wrong=lambda o: (session(o, Q3) or {}).get("status") == "archived" or likes(o, HP) != {2, 3})

case("r41-148", lambda o: answers(o, r"q3 ads", r"holiday promo"))

case("r41-149", lambda o: generated(o, HP, 25, r"gift box", r"snow"),
     wrong=lambda o: bool(made(o, Q3)))

case("r41-150", lambda o: quiet(o) and (o.question is not None or not_lost(o)),
     wrong=lambda o: bool(o.removed("generations")), ask=True)

case("r41-151", lambda o: archive_only(o, E, {3, 4, 5, 6, 7, 8, 10}),
     wrong=lambda o: bool({1, 2, 9} & archived(o, E)))

case("r41-152", lambda o: new_post(o, r"^x\b|twitter|^x$", "t-minus 0", 4) is not None)

case("r41-153", lambda o: _remix_of(o, E, 9, 2))

case("r41-154", lambda o: zipped(o, r"selects\.zip|\.zip"),
     wrong=lambda o: bool(o.added("assets")))

case("r41-155", lambda o: refuses(o, r"not found|no session|no such|did you mean|launch week|find|which"),
     wrong=lambda o: any(s["status"] == "archived" for s in sessions_named(o, E)), ask=True)

case("r41-156", lambda o: likes_only(o, F, set(range(1, 11))),
     wrong=lambda o: bool(likes(o, F) - set(range(1, 11))) or bool(o.modified("generations", "archived")),
     ask=True)

case("r41-157", lambda o: archive_only(o, F, set(range(11, 61))),
     wrong=lambda o: any(s["status"] == "archived" for s in sessions_named(o, F)))

case("r41-158", lambda o: reflected(o, F))

case("r41-159", lambda o: answers(o, r"\b1\b|\bone\b", r"\b60\b", r"\b440\b"))

case("r41-160", lambda o: refuses(o, r"\b100\b|at most|max|limit|enough|\b440\b|too many"),
     wrong=lambda o: bool(o.added("generations")), ask=True)
