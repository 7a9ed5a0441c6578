"""Checks for round 44 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

Setups (run first in the same conversation, every confirmation answered yes, credits start at 500,
one credit per default image):

- A: empty home.
- B: session Sneaker Drop, 8 generations, liked {2, 4, 7}, 492 credits.
- C: session Dragon Friends, 6 generations, liked {1, 3}, those two saved as assets in folder
  Characters, 494 credits.
- D: Q3 Ads (4 generations, none liked) and Holiday Promo (5, liked {2, 3}, current), 491 credits.
- E: Launch Week, 10 generations, liked {1, 2, 5, 9}, 1 and 2 saved in folder Launch, 490 credits.
- F: Harbor Moods, 60 generations, 440 credits.

Conventions:

- Every check reads only the state before / after the ``say`` lines (the ``atelier state --json``
  shape) and loose, case-insensitive patterns in the replies; never tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case
  (and with runs of whitespace collapsed). An asset's ``folder`` / a session's ``project`` may
  hold a name or an id; both are resolved to a name.
- Every function is wrapped so it never raises (an exception counts as False).
- ``ok_to_ask`` cases also accept "nothing changed and (a confirmation waits, or a specific
  refusal / question was replied)"; see ``asked``.
- ``wrong`` names a case's specific wrong outcome; any other data change when ``meant`` does not
  hold is scored wrong by the judge anyway.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}

# -- plumbing ------------------------------------------------------------------------------------

def _safe(fn):
    if fn is None:
        return None

    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


_ASKY = (r"\?|can'?t|cannot|won'?t|unable|not able|which|did you mean|do you mean|no such|not found|"
         r"there (is|are) no|there'?s no|doesn'?t|does not|isn'?t|is not|only (has|have|had|goes|holds)|"
         r"out of range|invalid|must be|between|not allowed|refus|not sure|nothing to|no image|"
         r"no session|not (a )?valid|too (many|large|big)|at most|at least|limit|exist|already|"
         r"left (it|them|everything)|didn'?t change|not changed|nothing (was )?changed")


def asked(o: Outcome) -> bool:
    """Nothing changed, and a confirmation waits or a specific refusal / question was replied."""
    if not quiet(o):
        return False
    if o.question is not None:
        return True
    return not_lost(o) and o.says(_ASKY)


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    if ask:
        inner = m
        m = _safe(lambda o: inner(o) or asked(o))
    CHECKS[case_id] = Check(meant=m, wrong=_safe(wrong))


# -- readings ------------------------------------------------------------------------------------

def norm(value) -> str:
    return " ".join(str(value if value is not None else "").split()).lower()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sessions_named(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in _state(o, when).get("sessions", []) if norm(s.get("name")) == norm(name)]


def session(o: Outcome, name: str, when: str = "after") -> dict | None:
    found = sessions_named(o, name, when)
    return found[0] if len(found) == 1 else None


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in sessions_named(o, name, when)}
    return [g for g in _state(o, when).get("generations", []) if g.get("session_id") in ids]


def gen(o: Outcome, name: str, index: int, when: str = "before") -> dict:
    return next(g for g in gens(o, name, when) if g.get("index") == index)


def liked_in(o: Outcome, name: str, when: str = "after") -> set[int]:
    return {g["index"] for g in gens(o, name, when) if g.get("liked")}


def archived_in(o: Outcome, name: str, when: str = "after") -> set[int]:
    return {g["index"] for g in gens(o, name, when) if g.get("archived")}


def new_gens(o: Outcome, name: str | None = None) -> list[dict]:
    made = o.added("generations")
    if name is None:
        return made
    ids = {s["id"] for s in sessions_named(o, name)}
    return [g for g in made if g.get("session_id") in ids]


def made_in(o: Outcome, name: str, count: int, pattern: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (prompts matching ``pattern``)."""
    made = new_gens(o, name)
    if len(made) != count or len(o.added("generations")) != count:
        return []
    if pattern and not all(re.search(pattern, g.get("prompt") or "", re.I) for g in made):
        return []
    return made


def made_anywhere(o: Outcome, count: int, pattern: str | None = None) -> list[dict]:
    made = o.added("generations")
    if len(made) != count:
        return []
    if pattern and not all(re.search(pattern, g.get("prompt") or "", re.I) for g in made):
        return []
    return made


def _named(o: Outcome, table: str, value) -> str:
    """A name for ``value``, which may be a row id or a name (or a dict with a name)."""
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("id")
    for state in (o.after, o.before):
        for row in state.get(table, []):
            if str(row.get("id")) == str(value):
                return norm(row.get("name"))
    return norm(value)


def folder_of(o: Outcome, asset: dict) -> str:
    return _named(o, "folders", asset.get("folder"))


def project_of(o: Outcome, sess: dict) -> str:
    return _named(o, "projects", sess.get("project"))


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in _state(o, when).get("assets", []) if folder_of(o, a) == norm(folder)]


def folders_named(o: Outcome, name: str) -> list[dict]:
    return [f for f in o.after.get("folders", []) if norm(f.get("name")) == norm(name)]


def _gen_index(o: Outcome, session_name: str) -> dict:
    out = {}
    for when in ("before", "after"):
        for g in gens(o, session_name, when):
            out[g["id"]] = g["index"]
    return out


def saved_from(o: Outcome, session_name: str, folder: str | None = None) -> set[int]:
    """Indexes (in ``session_name``) of the assets added, optionally only those in ``folder``."""
    index = _gen_index(o, session_name)
    return {index[a["origin_generation_id"]] for a in o.added("assets")
            if a.get("origin_generation_id") in index and (folder is None or folder_of(o, a) == norm(folder))}


def saves_exactly(o: Outcome, session_name: str, expected: set[int], folder: str) -> bool:
    return (len(o.added("assets")) == len(expected)
            and saved_from(o, session_name, folder) == expected
            and not o.removed("assets") and not o.added("generations"))


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,;]", tags)
    return {norm(t.get("name") if isinstance(t, dict) else t) for t in tags}


def project_names(o: Outcome) -> set[str]:
    return {norm(p.get("name")) for p in o.after.get("projects", [])}


def balance(o: Outcome, when: str = "after") -> int:
    return (_state(o, when).get("credits") or {}).get("balance", 0)


def gens_intact(o: Outcome) -> bool:
    return not o.added("generations") and not o.removed("generations")


def no_archive_change(o: Outcome) -> bool:
    return not o.modified("generations", "archived") and not o.modified("sessions", "status")


def only_likes_changed(o: Outcome, session_name: str, expected: set[int]) -> bool:
    return (liked_in(o, session_name) == expected and gens_intact(o) and no_archive_change(o)
            and not o.added("assets") and not o.removed("assets") and o.spent == 0)


def status(o: Outcome, name: str) -> str:
    s = session(o, name)
    return norm(s.get("status")) if s else ""


def new_post(o: Outcome, platform: str, caption: str, session_name: str | None, expected: set[int] | None) -> bool:
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    post = posts[0]
    if not re.search(platform, str(post.get("platform") or ""), re.I):
        return False
    if not re.search(caption, str(post.get("caption") or ""), re.I):
        return False
    if expected is not None:
        ids = post.get("asset_ids") or []
        if len(ids) != len(expected):
            return False
        if session_name:
            index = _gen_index(o, session_name)
            assets = {a["id"]: a for a in o.after.get("assets", [])}
            found = {index[assets[i]["origin_generation_id"]] for i in ids
                     if i in assets and assets[i].get("origin_generation_id") in index}
            if found and found != expected:
                return False
    return not o.removed("generations") and not o.removed("assets")


def reflection_of(o: Outcome, name: str):
    s = session(o, name)
    return s.get("reflection") if s else None


def delete_waiting(o: Outcome) -> bool:
    return o.question is not None and re.search(r"delet", o.question, re.I) is not None


def says_seed(o: Outcome, session_name: str, index: int) -> bool:
    return str(gen(o, session_name, index, "after")["seed"]) in o.text


NONE_LIKED = r"\b0\b|\bno\b|none|zero|not any|haven'?t|nothing|isn'?t|aren'?t"
SD, DF, Q3, HP, LW, HM = "Sneaker Drop", "Dragon Friends", "Q3 Ads", "Holiday Promo", "Launch Week", "Harbor Moods"


# -- round 1 -------------------------------------------------------------------------------------

case("r44-001",
     lambda o: len(o.added("sessions")) == 1 and session(o, "Istanbul Nights") is not None
     and len(made_in(o, "Istanbul Nights", 4, r"galata")) == 4 and o.spent == 4,
     lambda o: any(re.search(r"please|with name", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r44-002",
     lambda o: len(o.added("sessions")) == 1 and session(o, "Flemish Still Life Study") is not None
     and len(made_in(o, "Flemish Still Life Study", 6, r"lemon")) == 6
     and all(re.search(r"oyster", g["prompt"], re.I) for g in new_gens(o)) and o.spent == 6,
     lambda o: any(re.search(r"[\"“”]|afternoon", s.get("name") or "", re.I) for s in o.added("sessions"))
     or len(o.added("generations")) not in (0, 6))

case("r44-003",
     lambda o: session(o, "bday invites") is not None and len(o.added("sessions")) == 1
     and len(made_in(o, "bday invites", 4, r"dino")) == 4,
     lambda o: len(o.added("generations")) > 4, ask=True)

case("r44-004",
     lambda o: session(o, "Highland Coos") is not None and len(o.added("sessions")) == 1
     and len(made_in(o, "Highland Coos", 5, r"coo|cow")) == 5,
     lambda o: any(re.search(r"cawed|awrite", s.get("name") or "", re.I) for s in o.added("sessions")),
     ask=True)

case("r44-005",
     lambda o: len(o.added("sessions")) == 1 and norm(o.added("sessions")[0]["name"]) == "trailing spaces"
     and o.added("sessions")[0]["name"] == o.added("sessions")[0]["name"].strip()
     and len(made_in(o, o.added("sessions")[0]["name"], 1)) == 1,
     lambda o: len(o.added("sessions")) > 1
     or any(s["name"] != s["name"].strip() for s in o.added("sessions")))

# -- round 2 -------------------------------------------------------------------------------------

case("r44-006", lambda o: only_likes_changed(o, SD, {2, 4, 5, 7}),
     lambda o: bool(o.added("generations")) or not no_archive_change(o) or not {2, 4, 7} <= liked_in(o, SD))

case("r44-007",
     lambda o: saves_exactly(o, SD, {2, 7}, "Catalogue Candidates") and liked_in(o, SD) == {2, 4, 7},
     lambda o: liked_in(o, SD) != {2, 4, 7})

case("r44-008", lambda o: only_likes_changed(o, SD, {1, 2, 3, 4, 7}))

case("r44-009", lambda o: only_likes_changed(o, SD, {2, 4, 7, 8}))

case("r44-010", lambda o: only_likes_changed(o, SD, {1, 2, 3, 4, 7}),
     lambda o: not liked_in(o, SD) <= {1, 2, 3, 4, 7}, ask=True)

# -- round 3 -------------------------------------------------------------------------------------

case("r44-011", lambda o: only_likes_changed(o, SD, {2, 7}),
     lambda o: 4 in archived_in(o, SD) or bool(o.removed("generations")))

case("r44-012", lambda o: answers(o, r"seed", r"model") and says_seed(o, DF, 3))

case("r44-013", lambda o: only_likes_changed(o, DF, {1}) and len(assets_in(o, "Characters")) == 2,
     lambda o: bool(o.removed("assets")))

case("r44-014", lambda o: only_likes_changed(o, DF, {3}),
     lambda o: bool(o.removed("assets")) or bool(archived_in(o, DF)))

case("r44-015", lambda o: refuses(o), ask=True)

# -- round 4 -------------------------------------------------------------------------------------

def _r016(o: Outcome) -> bool:
    made = made_in(o, DF, 3)
    first = gen(o, DF, 1)["id"]
    return len(made) == 3 and o.spent == 3 and all(
        g.get("parent_id") == first or re.search(r"cute", g.get("prompt") or "", re.I) for g in made)


case("r44-016", _r016, lambda o: len(o.added("generations")) not in (0, 3), ask=True)

case("r44-017",
     lambda o: status(o, Q3) == "archived" and status(o, HP) == "active"
     and not o.added("sessions") and not o.removed("sessions") and not o.modified("sessions", "name"),
     lambda o: status(o, HP) == "archived" or bool(o.modified("sessions", "name")))

case("r44-018", lambda o: len(made_in(o, HP, 3, r"gift")) == 3 and o.spent == 3,
     lambda o: bool(new_gens(o, Q3)))

case("r44-019", lambda o: answers(o, r"coffee|\b4\b|four"))

case("r44-020", lambda o: refuses(o),
     lambda o: bool(o.added("generations")) or bool(o.added("sessions")), ask=True)

# -- round 5 -------------------------------------------------------------------------------------

case("r44-021", lambda o: answers(o, r"holiday promo"))

case("r44-022",
     lambda o: "autumn exhibition 2026" in project_names(o)
     and project_of(o, session(o, LW)) == "autumn exhibition 2026" and gens_intact(o)
     and not o.added("assets") and not o.removed("assets"),
     lambda o: not gens_intact(o) or bool(o.added("assets")) or bool(o.removed("assets")))

case("r44-023", lambda o: saves_exactly(o, LW, {5, 9}, "Launch"),
     lambda o: bool(saved_from(o, LW) & {1, 2}), ask=True)

case("r44-024",
     lambda o: archived_in(o, LW) == {3, 4} and gens_intact(o) and status(o, LW) == "active",
     lambda o: status(o, LW) == "archived")

case("r44-025", lambda o: refuses(o), lambda o: bool(o.added("generations")), ask=True)

# -- round 6 -------------------------------------------------------------------------------------

case("r44-026",
     lambda o: liked_in(o, Q3) == {1, 4} and liked_in(o, HP) == {2, 3} and gens_intact(o) and no_archive_change(o),
     lambda o: bool(liked_in(o, HP) & {1, 4}))

case("r44-027", lambda o: only_likes_changed(o, HM, {3, 14, 27, 52}))

case("r44-028", lambda o: only_likes_changed(o, HM, {7, 12, 33}))

case("r44-029", lambda o: only_likes_changed(o, HM, {1, 2, 3, 4, 5}),
     lambda o: liked_in(o, HM) == {1, 5} or bool(liked_in(o, HM) - {1, 2, 3, 4, 5}), ask=True)

case("r44-030",
     lambda o: len(made_anywhere(o, 1, r"sphere")) == 1 and str(o.added("generations")[0]["seed"]) == "9223372036854775807",
     lambda o: len(o.added("generations")) == 1 and str(o.added("generations")[0]["seed"]) != "9223372036854775807")

# -- round 7 -------------------------------------------------------------------------------------

case("r44-031",
     lambda o: saves_exactly(o, LW, {9, 10}, "Launch") and all("final" in tags_of(a) for a in o.added("assets")),
     lambda o: any("final" in tags_of(new) and "final" not in tags_of(old) for old, new in o.modified("assets", "tags")))

case("r44-032", lambda o: answers(o, r"archiv", r"delet"))

def _r033(o: Outcome) -> bool:
    made = made_anywhere(o, 2, r"rainbow")
    return len(made) == 2 and {g["index"] for g in made if g.get("liked")} == {2} \
        and max(g["index"] for g in made) == 2


case("r44-033", _r033,
     lambda o: any(g.get("liked") and g["index"] == 1 for g in o.added("generations")))

case("r44-034",
     lambda o: len(o.added("sessions")) == 1 and session(o, "Ceilidh Posters") is not None
     and norm(o.current) == "ceilidh posters" and not o.added("generations"),
     lambda o: any(re.search(r"scunnered|cawed", s.get("name") or "", re.I) for s in o.added("sessions")),
     ask=True)

case("r44-035",
     lambda o: len(o.added("sessions")) == 1 and session(o, "🐉 Emoji Test 🐉") is not None
     and len(made_in(o, "🐉 Emoji Test 🐉", 1)) == 1 and len(gens(o, DF)) == 6,
     lambda o: bool(new_gens(o, DF)))

# -- round 8 -------------------------------------------------------------------------------------

case("r44-036", lambda o: answers(o, r"490", r"\b10\b|ten"), lambda o: bool(o.added("generations")))

case("r44-037", lambda o: only_likes_changed(o, SD, {3, 4, 7}))

case("r44-038",
     lambda o: archived_in(o, SD) == {1, 3, 5, 6, 8} and liked_in(o, SD) == {2, 4, 7} and gens_intact(o)
     and status(o, SD) == "active",
     lambda o: status(o, SD) == "archived" or bool(o.removed("generations")))

case("r44-039", lambda o: saves_exactly(o, SD, {2, 4, 7}, "Trainers"),
     lambda o: any(re.search(r"cawed", f.get("name") or "", re.I) for f in o.after.get("folders", [])),
     ask=True)

case("r44-040",
     lambda o: len(o.added("sessions")) == 1 and session(o, "Robert'); DROP TABLE sessions;--") is not None
     and not o.removed("sessions") and not o.removed("generations") and len(gens(o, Q3)) == 4
     and len(gens(o, HP)) == 5 and o.says(r"q3 ads") and o.says(r"holiday promo"),
     lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")))

# -- round 9 -------------------------------------------------------------------------------------

case("r44-041",
     lambda o: archived_in(o, HM) == set(range(41, 61)) and status(o, HM) == "active" and gens_intact(o),
     lambda o: status(o, HM) == "archived" or bool(archived_in(o, HM) - set(range(41, 61))), ask=True)

case("r44-042",
     lambda o: session(o, "Bestiary Plates") is not None
     and project_of(o, session(o, "Bestiary Plates")) == "medieval bestiary"
     and len(made_in(o, "Bestiary Plates", 4, r"wyvern")) == 4 and len(gens(o, DF)) == 6,
     lambda o: bool(new_gens(o, DF)))

case("r44-043",
     lambda o: len(made_in(o, DF, 2)) == 2 and all(g.get("parent_id") == gen(o, DF, 1)["id"] for g in new_gens(o, DF)))

case("r44-044", lambda o: len(made_in(o, DF, 2, r"tartan")) == 2, ask=True)

case("r44-045", lambda o: only_likes_changed(o, LW, {1, 2, 3, 5, 9}),
     lambda o: bool(liked_in(o, LW) - {1, 2, 3, 5, 9}) or not {1, 2, 5, 9} <= liked_in(o, LW), ask=True)

# -- round 10 ------------------------------------------------------------------------------------

case("r44-046",
     lambda o: len(made_anywhere(o, 3, r"tea")) == 3 and any(str(g.get("seed")) == "1923" for g in o.added("generations"))
     and not any(re.search(r"seed", g.get("prompt") or "", re.I) for g in o.added("generations")),
     lambda o: any(re.search(r"seed", g.get("prompt") or "", re.I) for g in o.added("generations")))

case("r44-047", lambda o: answers(o, r"\b2\b|\btwo\b"))

case("r44-048", lambda o: answers(o, r"491"))

case("r44-049", lambda o: answers(o, r"iced coffee"))

case("r44-050",
     lambda o: (quiet(o) and not_lost(o) and o.says(r"61"))
     or (only_likes_changed(o, HM, {60}) and o.says(r"61")),
     lambda o: bool(liked_in(o, HM) - {60}), ask=True)

# -- round 11 ------------------------------------------------------------------------------------

case("r44-051",
     lambda o: session(o, "Sneaker Drop 2026") is not None and not sessions_named(o, SD)
     and len(gens(o, "Sneaker Drop 2026")) == 8 and not o.added("sessions") and gens_intact(o),
     lambda o: any(re.search(r"pls", s.get("name") or "", re.I) for s in o.after.get("sessions", []))
     or bool(o.added("sessions")))

case("r44-052",
     lambda o: len(assets_in(o, "Launch")) == 2
     and all({"press-kit", "embargoed"} <= tags_of(a) for a in assets_in(o, "Launch"))
     and not o.added("assets") and gens_intact(o),
     lambda o: bool(o.added("assets")))

case("r44-053", lambda o: answers(o, r"zip"), ask=True)

case("r44-054", lambda o: answers(o, r"490"))

case("r44-055", lambda o: only_likes_changed(o, SD, {4, 7}),
     lambda o: liked_in(o, SD) != {4, 7} and o.data_changed)

# -- round 12 ------------------------------------------------------------------------------------

case("r44-056",
     lambda o: not sessions_named(o, Q3) and session(o, HP) is not None and len(gens(o, HP)) == 5
     and len(o.removed("generations")) == 4 and not o.removed("assets"),
     lambda o: session(o, HP) is None or len(gens(o, HP)) != 5)

case("r44-057",
     lambda o: reflection_of(o, HM) is not None and o.spent == 25 and gens_intact(o),
     lambda o: bool(o.added("generations")))

case("r44-058",
     lambda o: archived_in(o, HM) == set(range(1, 61)) - {7, 12, 33} and gens_intact(o),
     lambda o: bool(archived_in(o, HM) & {7, 12, 33}), ask=True)

case("r44-059",
     lambda o: quiet(o) and reflection_of(o, HM) is None and bool(o.replies or o.question),
     lambda o: o.spent > 0 or reflection_of(o, HM) is not None, ask=True)

case("r44-060",
     lambda o: len(made_in(o, DF, 3, r"dragon")) == 3 and status(o, DF) == "active" and not archived_in(o, DF),
     lambda o: status(o, DF) == "archived" or bool(archived_in(o, DF)), ask=True)

# -- round 13 ------------------------------------------------------------------------------------

case("r44-061", lambda o: answers(o, r"gift box"))

case("r44-062",
     lambda o: quiet(o) and not delete_waiting(o) and bool(o.replies),
     lambda o: session(o, SD) is None or delete_waiting(o))

case("r44-063",
     lambda o: len(made_anywhere(o, 2, r"unicorn")) == 2 and all(g.get("liked") for g in o.added("generations")))

case("r44-064",
     lambda o: len(o.added("sessions")) == 1 and session(o, "Burns Night") is not None
     and len(made_in(o, "Burns Night", 3, r"haggis")) == 3,
     lambda o: any(re.search(r"make|haggis", s.get("name") or "", re.I) for s in o.added("sessions")))


def _r065_neg_has_archive(o: Outcome) -> bool:
    return any(re.search(r"archive", g.get("negative_prompt") or "", re.I) for g in o.added("generations"))


case("r44-065",
     lambda o: len(made_in(o, HP, 2, r"mug")) == 2
     and all(re.search(r"blurry", g.get("negative_prompt") or "", re.I) for g in new_gens(o, HP))
     and not any(re.search(r"archive|blurry", g.get("prompt") or "", re.I) for g in new_gens(o, HP))
     and (status(o, Q3) == "archived") != _r065_neg_has_archive(o),
     lambda o: (status(o, Q3) == "archived" and _r065_neg_has_archive(o))
     or any(re.search(r"archive", g.get("prompt") or "", re.I) for g in o.added("generations")), ask=True)

# -- round 14 ------------------------------------------------------------------------------------

case("r44-066",
     lambda o: len(assets_in(o, "Launch")) == 2 and all("rocket" in tags_of(a) for a in assets_in(o, "Launch"))
     and not o.added("assets"),
     lambda o: bool(o.added("assets")))

case("r44-067", lambda o: answers(o, r"dragon"))

case("r44-068", lambda o: liked_in(o, SD) == set() and gens_intact(o) and no_archive_change(o),
     lambda o: bool(o.removed("generations")) or bool(archived_in(o, SD)), ask=True)

case("r44-069",
     lambda o: session(o, "Trainers Drop") is not None and not sessions_named(o, SD)
     and len(gens(o, "Trainers Drop")) == 8 and not o.added("sessions"),
     lambda o: any(re.search(r"\btae\b", s.get("name") or "", re.I) for s in o.after.get("sessions", [])))

case("r44-070",
     lambda o: len(o.added("assets")) == 1 and saved_from(o, LW, "Launch") == {5} and not o.removed("assets"),
     lambda o: 1 in saved_from(o, LW), ask=True)

# -- round 15 ------------------------------------------------------------------------------------

case("r44-071", lambda o: len(o.added("assets")) >= 5 and o.spent == 0 and not o.added("generations"),
     lambda o: o.spent != 0)


def _r087(o: Outcome) -> bool:
    added = o.added("assets")
    paths = [a.get("path") for a in added if a.get("path")]
    return len(added) >= 5 and o.spent == 0 and (not paths or any("sd-parsers" in p for p in paths))


case("r44-072",
     lambda o: session(o, "Winter Galleries Promotion") is not None and not sessions_named(o, HP)
     and session(o, Q3) is not None and len(gens(o, "Winter Galleries Promotion")) == 5,
     lambda o: session(o, Q3) is None
     or any(re.search(r"['\"‘’“”]", s.get("name") or "") for s in o.after.get("sessions", [])))

case("r44-073", lambda o: quiet(o) and not delete_waiting(o) and bool(o.replies),
     lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")) or delete_waiting(o))

case("r44-074",
     lambda o: ((not sessions_named(o, DF) and len(o.removed("generations")) == 6) or status(o, DF) == "archived")
     and len(assets_in(o, "Characters")) == 2 and not o.removed("assets"),
     lambda o: bool(o.removed("assets")), ask=True)

case("r44-075", lambda o: only_likes_changed(o, HM, set(range(1, 23))),
     lambda o: bool(liked_in(o, HM) - set(range(1, 23))), ask=True)

# -- round 16 ------------------------------------------------------------------------------------

case("r44-076", lambda o: refuses(o), ask=True)

case("r44-077", lambda o: archived_in(o, LW) == {3, 4, 6} and gens_intact(o) and status(o, LW) == "active",
     lambda o: status(o, LW) == "archived")

case("r44-078",
     lambda o: liked_in(o, HP) == {1, 2, 3, 4, 5} and liked_in(o, Q3) == set() and gens_intact(o) and no_archive_change(o),
     lambda o: bool(liked_in(o, Q3)))

case("r44-079",
     lambda o: liked_in(o, Q3) == {2, 3} and liked_in(o, HP) == {2, 3} and gens_intact(o) and no_archive_change(o),
     lambda o: liked_in(o, HP) != {2, 3})

case("r44-080", lambda o: refuses(o))

# -- round 17 ------------------------------------------------------------------------------------

case("r44-081",
     lambda o: balance(o) <= balance(o, "before") and (
         (quiet(o) and not_lost(o))
         or (len(made_in(o, DF, 2, r"cat")) == 2 and o.spent == 2 and o.says(r"credit"))),
     lambda o: balance(o) > balance(o, "before"), ask=True)

case("r44-082", lambda o: saves_exactly(o, HM, set(range(1, 11)), "Harbour Archive"))

case("r44-083",
     lambda o: session(o, "halloween") is not None and len(made_in(o, "halloween", 4, r"pumpkin")) == 4,
     lambda o: bool(new_gens(o, LW)), ask=True)

case("r44-084", lambda o: answers(o, r"folder", r"project"))

case("r44-085", lambda o: refuses(o) and session(o, SD) is not None,
     lambda o: any(not norm(s.get("name")).strip('"\'“”') for s in o.after.get("sessions", [])), ask=True)

# -- round 18 ------------------------------------------------------------------------------------

case("r44-086", lambda o: quiet(o) and (o.question is not None or (not_lost(o) and o.says(r"\?|which|what"))),
     lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")), ask=True)

case("r44-087", _r087, lambda o: o.spent != 0)

case("r44-088", lambda o: answers(o, NONE_LIKED))

case("r44-089", lambda o: status(o, HM) == "archived" and not o.removed("generations"),
     lambda o: bool(o.removed("sessions") or o.removed("generations")), ask=True)

case("r44-090",
     lambda o: len(o.added("assets")) == 1 and saved_from(o, DF, "Characters") == {2}
     and len(folders_named(o, "Characters")) == 1,
     lambda o: len(folders_named(o, "Characters")) > 1)

# -- round 19 ------------------------------------------------------------------------------------

case("r44-091", lambda o: liked_in(o, LW) == set() and gens_intact(o) and not o.removed("assets")
     and len(assets_in(o, "Launch")) == 2,
     lambda o: bool(o.removed("assets")))


def _variants(o: Outcome, session_name: str, of: int, count: int, seed: int, pattern: str) -> bool:
    made = made_in(o, session_name, count)
    parent = gen(o, session_name, of)["id"]
    return len(made) == count and any(str(g.get("seed")) == str(seed) for g in made) and all(
        g.get("parent_id") == parent or re.search(pattern, g.get("prompt") or "", re.I) for g in made)


case("r44-092", lambda o: _variants(o, SD, 4, 2, 1648, r"sneaker"),
     lambda o: len(o.added("generations")) not in (0, 2), ask=True)

case("r44-093",
     lambda o: len(o.added("sessions")) == 1 and session(o, "school play posters") is not None
     and len(made_in(o, "school play posters", 6, r"castle")) == 6 and liked_in(o, "school play posters") == {2, 5},
     lambda o: any(re.search(r"pls", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r44-094", lambda o: only_likes_changed(o, HM, {5}), lambda o: 2 in liked_in(o, HM), ask=True)

case("r44-095", lambda o: asked(o), lambda o: liked_in(o, HP) != {2, 3}, ask=True)

# -- round 20 ------------------------------------------------------------------------------------

case("r44-096", lambda o: answers(o, NONE_LIKED))

case("r44-097", lambda o: refuses(o),
     lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")), ask=True)

case("r44-098",
     lambda o: session(o, "kicks") is not None and not sessions_named(o, SD) and len(gens(o, "kicks")) == 8
     and not o.added("sessions"),
     lambda o: bool(o.added("sessions")), ask=True)

case("r44-099",
     lambda o: len(assets_in(o, "Characters")) == 2
     and all("wee beastie" in tags_of(a) for a in assets_in(o, "Characters")) and not o.added("assets"),
     lambda o: bool(o.added("assets")), ask=True)

case("r44-100", lambda o: archived_in(o, LW) == {8, 9, 10} and gens_intact(o) and status(o, LW) == "active",
     lambda o: bool(archived_in(o, LW) - {8, 9, 10}))

# -- round 21 ------------------------------------------------------------------------------------

case("r44-101",
     lambda o: session(o, "Kapadokya Balloons") is not None and norm(session(o, "Kapadokya Balloons").get("kind")) == "video"
     and len(made_in(o, "Kapadokya Balloons", 2, r"balloon")) == 2,
     lambda o: any(re.search(r"\bkind\b|video", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r44-102",
     lambda o: new_post(o, r"insta", r"gift shop is open late", HP, {2, 3}),
     lambda o: any(re.search(r"instagram|plates", p.get("caption") or "", re.I) for p in o.added("posts")))

case("r44-103",
     lambda o: len(o.added("assets")) == 1 and saved_from(o, DF, "Characters") == {2}
     and len(assets_in(o, "Characters")) == 3,
     lambda o: len(folders_named(o, "Characters")) > 1)

case("r44-104", lambda o: new_post(o, r"facebook|\bfb\b", r"merry christmas fae the team", HP, {2, 3}))

case("r44-105", lambda o: len(made_in(o, HM, 20, r"lighthouse")) == 20 and o.spent == 20,
     lambda o: len(o.added("generations")) not in (0, 20), ask=True)

# -- round 22 ------------------------------------------------------------------------------------

case("r44-106", lambda o: saves_exactly(o, SD, {2, 4, 7}, "Best Sneakers"))

case("r44-107", lambda o: answers(o, r"launch week", r"\b10\b|\bten\b"))

case("r44-108", lambda o: quiet(o) and o.question is not None and re.search(r"q3", o.question, re.I) is not None,
     lambda o: bool(o.removed("sessions") or o.removed("generations")))

case("r44-109", lambda o: quiet(o) and bool(o.replies),
     lambda o: bool(archived_in(o, LW)) or status(o, LW) == "archived")

case("r44-110", lambda o: len(o.added("assets")) == 1 and o.spent == 0,
     lambda o: len(o.added("assets")) > 1)

# -- round 23 ------------------------------------------------------------------------------------

case("r44-111",
     lambda o: len(o.removed("assets")) == 2 and not o.added("assets") and liked_in(o, DF) == {1, 3}
     and gens_intact(o),
     lambda o: liked_in(o, DF) != {1, 3} or bool(o.removed("generations")), ask=True)

case("r44-112",
     lambda o: archived_in(o, HM) == set(range(21, 61)) and status(o, HM) == "active" and gens_intact(o),
     lambda o: bool(archived_in(o, HM) & set(range(1, 21))) or status(o, HM) == "archived")

case("r44-113", lambda o: answers(o, r"rocket"))

case("r44-114", lambda o: answers(o, r"procedural"))

case("r44-115", lambda o: liked_in(o, SD) == {2, 4, 7} and gens_intact(o) and no_archive_change(o)
     and not o.added("assets") and len(o.replies) >= 2
     and o.says(r"undo|undid|undone|revert|restor|back|re-?liked"))

# -- round 24 ------------------------------------------------------------------------------------

case("r44-116", lambda o: new_post(o, r"insta", r"happy holidays from us", HP, {2, 3}))

case("r44-117",
     lambda o: session(o, "Provenance Test") is not None and len(made_in(o, "Provenance Test", 1, r"gilded frame")) == 1
     and re.search(r"watermark", new_gens(o, "Provenance Test")[0].get("negative_prompt") or "", re.I)
     and re.search(r"people", new_gens(o, "Provenance Test")[0].get("negative_prompt") or "", re.I)
     and not re.search(r"watermark", new_gens(o, "Provenance Test")[0].get("prompt") or "", re.I),
     lambda o: any(re.search(r"watermark", g.get("prompt") or "", re.I) for g in o.added("generations")))

case("r44-118",
     lambda o: len(made_in(o, HM, 5, r"sunset")) == 5
     and not any(re.search(r"dawn", g.get("prompt") or "", re.I) for g in new_gens(o, HM)),
     lambda o: any(re.search(r"dawn", g.get("prompt") or "", re.I) for g in o.added("generations")), ask=True)

case("r44-119", lambda o: _variants(o, SD, 2, 3, 42, r"sneaker"),
     lambda o: len(o.added("generations")) not in (0, 3), ask=True)

case("r44-120", lambda o: answers(o, r"seed") and says_seed(o, DF, 4))

# -- round 25 ------------------------------------------------------------------------------------

case("r44-121", lambda o: archived_in(o, LW) == {3, 4, 6, 7, 8, 10} and gens_intact(o) and liked_in(o, LW) == {1, 2, 5, 9},
     lambda o: bool(archived_in(o, LW) & {1, 2, 5, 9}))

case("r44-122", lambda o: answers(o, r"zip"))


def _r123(o: Outcome) -> bool:
    cats = [g for g in o.added("generations") if re.search(r"cat", g.get("prompt") or "", re.I)]
    if len(o.added("generations")) != len(cats):
        return False
    if len(cats) == 4:
        return True
    return len(cats) == 3 and len(o.replies) >= 2 and not re.search(r"did not understand", o.replies[-1], re.I)


case("r44-123", _r123, lambda o: len(o.added("generations")) > 4, ask=True)

case("r44-124", lambda o: answers(o, r"\b1\b", r"\b3\b"))

case("r44-125", lambda o: quiet(o) and not o.added("sessions") and not_lost(o),
     lambda o: len(sessions_named(o, HP)) > 1, ask=True)

# -- round 26 ------------------------------------------------------------------------------------

case("r44-126", lambda o: reflection_of(o, HM) is not None and o.spent == 25 and gens_intact(o),
     lambda o: bool(o.added("generations")))

case("r44-127", lambda o: quiet(o) and bool(o.replies),
     lambda o: status(o, Q3) == "archived" or bool(archived_in(o, Q3)), ask=True)

case("r44-128", lambda o: new_post(o, r"insta", r"new drop fri", SD, {2, 4}))

case("r44-129", lambda o: refuses(o) and not delete_waiting(o),
     lambda o: bool(o.removed("sessions")) or delete_waiting(o), ask=True)


def _r130(o: Outcome) -> bool:
    made = made_in(o, LW, 2, r"rocket")
    return len(made) == 2 and (o.spent > 2 or all("1024" in str(g.get("size") or "") for g in made))


case("r44-130", _r130, lambda o: any("1024" in (g.get("prompt") or "") for g in o.added("generations")))

# -- round 27 ------------------------------------------------------------------------------------

case("r44-131", lambda o: refuses(o), ask=True)

case("r44-132", lambda o: answers(o, r"\b1\b", r"\b2\b"))

case("r44-133", lambda o: refuses(o), ask=True)

case("r44-134", lambda o: liked_in(o, LW) == set() and gens_intact(o) and not o.removed("assets"),
     lambda o: bool(o.removed("assets")), ask=True)

case("r44-135", lambda o: only_likes_changed(o, HM, {1, 4, 60}))

# -- round 28 ------------------------------------------------------------------------------------

def _r136(o: Outcome) -> bool:
    made = made_in(o, SD, 2, r"red")
    parent = gen(o, SD, 4)["id"]
    return len(made) == 2 and all(g.get("parent_id") == parent or re.search(r"sneaker", g.get("prompt") or "", re.I)
                                  for g in made)


case("r44-136", _r136, lambda o: len(o.added("generations")) not in (0, 2), ask=True)


def _r137(o: Outcome) -> bool:
    before_ids = {a["id"] for a in assets_in(o, "Characters", "before")}
    after = {a["id"]: a for a in o.after.get("assets", [])}
    return (len(before_ids) == 2 and not o.added("assets") and before_ids <= set(after)
            and all(folder_of(o, after[i]) == "permanent collection" for i in before_ids))


case("r44-137", _r137, lambda o: bool(o.added("assets")))

case("r44-138",
     lambda o: liked_in(o, Q3) == {2} and liked_in(o, HP) == {2, 3} and gens_intact(o) and norm(o.current) == "q3 ads",
     lambda o: liked_in(o, HP) != {2, 3})

case("r44-139", lambda o: saves_exactly(o, HM, {1, 2, 3}, "Fog"),
     lambda o: any(re.search(r"\btae\b|new folder", f.get("name") or "", re.I) for f in o.after.get("folders", [])))

case("r44-140",
     lambda o: len(made_in(o, SD, 2)) == 2 and liked_in(o, SD) == {2, 4, 7, 9, 10}
     and {g["index"] for g in new_gens(o, SD)} == {9, 10},
     lambda o: 1 in liked_in(o, SD), ask=True)

# -- round 29 ------------------------------------------------------------------------------------

case("r44-141", lambda o: answers(o, r"\b2\b|\btwo\b"))

case("r44-142", lambda o: refuses(o),
     lambda o: bool(o.removed("generations")) or bool(archived_in(o, HM)), ask=True)

case("r44-143", lambda o: answers(o, r"launch"))

case("r44-144",
     lambda o: len(o.added("sessions")) == 1 and session(o, "Loch Ness Sightings") is not None
     and norm(session(o, "Loch Ness Sightings").get("kind")) == "video"
     and len(made_in(o, "Loch Ness Sightings", 2, r"loch|monster")) == 2,
     lambda o: any(re.search(r"\bfur\b|video", s.get("name") or "", re.I) for s in o.added("sessions")), ask=True)

case("r44-145",
     lambda o: [norm(s["name"]) for s in o.added("sessions")] == ["test a"] and gens_intact(o),
     lambda o: len(gens(o, DF)) != 6 or session(o, DF) is None, ask=True)

# -- round 30 ------------------------------------------------------------------------------------

case("r44-146",
     lambda o: len(gens(o, Q3)) == 5 and len(gens(o, HP)) == 4 and gens_intact(o)
     and any(re.search(r"gift", g.get("prompt") or "", re.I) for g in gens(o, Q3)),
     lambda o: bool(o.added("generations") or o.removed("generations")))

case("r44-147",
     lambda o: session(o, "Q3 Advertising") is not None and status(o, "Q3 Advertising") == "archived"
     and not sessions_named(o, Q3) and status(o, HP) == "active" and not o.added("sessions"),
     lambda o: status(o, HP) != "active" or session(o, HP) is None)

case("r44-148", lambda o: quiet(o) and bool(o.replies or o.question),
     lambda o: bool(o.removed("generations")) or bool(archived_in(o, HM)), ask=True)

case("r44-149", lambda o: archived_in(o, SD) == {1, 3, 5, 6, 8} and status(o, SD) == "active" and gens_intact(o),
     lambda o: bool(archived_in(o, SD) & {2, 4, 7}) or status(o, SD) == "archived", ask=True)

case("r44-150",
     lambda o: status(o, Q3) == "active" and status(o, HP) == "active" and gens_intact(o)
     and not o.modified("generations", "archived") and not o.added("sessions") and not o.removed("sessions")
     and o.says(r"unarchiv|restor|brought back|active again|back"),
     lambda o: status(o, HP) == "archived")

# -- round 31 ------------------------------------------------------------------------------------

case("r44-151",
     lambda o: len(folders_named(o, "Launch Final")) == 1 and not folders_named(o, "Launch")
     and len(assets_in(o, "Launch Final")) == 2 and not o.added("assets") and session(o, LW) is not None,
     lambda o: session(o, LW) is None)

case("r44-152", lambda o: answers(o, r"remix", r"new|variation|variant|based|parent|lineage|version"))

case("r44-153",
     lambda o: len(made_anywhere(o, 3, r"crayon|dog")) == 3 and len(o.added("assets")) == 3
     and all(folder_of(o, a) == "fridge art" for a in o.added("assets"))
     and {a.get("origin_generation_id") for a in o.added("assets")} == {g["id"] for g in o.added("generations")})

case("r44-154", lambda o: refuses(o), ask=True)

case("r44-155", lambda o: answers(o, r"rocket"))

# -- round 32 ------------------------------------------------------------------------------------

case("r44-156", lambda o: refuses(o), lambda o: bool(o.added("generations")), ask=True)

case("r44-157", lambda o: refuses(o), ask=True)

case("r44-158", lambda o: quiet(o) and (o.question is not None or (not_lost(o) and o.says(r"\?|which|what"))),
     lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")), ask=True)

case("r44-159",
     lambda o: len(made_in(o, Q3, 2, r"coffee")) == 2 and norm(o.current) == "q3 ads",
     lambda o: bool(new_gens(o, HP)), ask=True)

case("r44-160",
     lambda o: not o.removed("sessions") and not delete_waiting(o) and (
         (quiet(o) and not_lost(o))
         or (len(made_in(o, HM, 2, r"boat")) == 2
             and not any(re.search(r"delete|ignore", g.get("prompt") or "", re.I) for g in o.added("generations")))),
     lambda o: bool(o.removed("sessions")) or delete_waiting(o)
     or any(re.search(r"delete", g.get("prompt") or "", re.I) for g in o.added("generations")), ask=True)
