"""Checks for round 43 of first-contact requests (written only from each case's meant / wrong_if / ok_to_ask).

Voices, 32 cases each: r43-001..032 a Russian speaker writing English without articles; 033..064 a phone
user whose autocorrect mangles words; 065..096 a meticulous paralegal; 097..128 a Nigerian English speaker
with Pidgin; 129..160 a teenage gamer.

Setups (run first in the same conversation, every confirmation answered yes; 500 credits to start,
1 credit per default image):

- A: empty home.
- B: session Sneaker Drop, 8 generations, liked {2,4,7}, 492 credits, current Sneaker Drop.
- C: session Dragon Friends, 6 generations, liked {1,3}; #1 and #3 saved to folder Characters; 494 credits.
- D: Q3 Ads (4, none liked) and Holiday Promo (5, liked {2,3}, current); 491 credits.
- E: Launch Week, 10 generations, liked {1,2,5,9}; #1 and #2 saved to folder Launch; 490 credits.
- F: Harbor Moods, 60 generations, 440 credits.

Conventions:

- Everything is judged from the state before/after the ``say`` lines (``atelier state --json``) and from
  loose, case-insensitive patterns in the reply text; never from tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case (and with
  dashes and surrounding quotes normalised). An asset's folder/project may be stored as a name or an id;
  both are resolved to a name.
- Images are named by their index inside their session. "Saved to folder X" means assets that are in
  folder X after and were not before, traced to their generation through ``origin_generation_id``.
- When a case has ``ok_to_ask``, ``meant`` also accepts: nothing changed and a confirmation is waiting
  or a refusal/question was replied (``asked``).
- Every check function is wrapped so that it never raises (an exception counts as False).
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


# -- plumbing ----------------------------------------------------------------------------------------

def _safe(fn):
    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


_ASKISH = (r"\?|can't|cannot|can not|couldn't|won't|unable|not able|no such|not found|doesn't exist|"
           r"does not exist|isn't|is not|there is no|there's no|only|invalid|must|which|did you mean|"
           r"do you mean|sorry|refus|not allowed|limit|at most|maximum|confirm|sure|not possible")


def asked(o: Outcome) -> bool:
    """Nothing changed, and a confirmation is waiting or a refusal / question was replied."""
    if not quiet(o) or o.says(r"did not understand"):
        return False
    return o.question is not None or (bool(o.replies) and o.says(_ASKISH))


def case(case_id: str, meant, wrong=None, ok_to_ask: bool = False) -> None:
    m = _safe(meant)
    if ok_to_ask:
        a = _safe(asked)
        final = _safe(lambda o: m(o) or a(o))
    else:
        final = m
    CHECKS[case_id] = Check(final, _safe(wrong) if wrong is not None else None)


# -- readings of the state -----------------------------------------------------------------------------

def norm(value) -> str:
    s = str(value if value is not None else "").casefold()
    s = re.sub(r"[\u2010-\u2015\u2212]", "-", s)
    s = s.strip().strip("'\"\u2018\u2019\u201c\u201d").strip()
    return re.sub(r"\s+", " ", s)


def st(o: Outcome, when: str = "after") -> dict:
    return o.after if when == "after" else o.before


def sessions(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in st(o, when).get("sessions", []) if norm(s.get("name")) == norm(name)]


def session(o: Outcome, name: str, when: str = "after") -> dict | None:
    found = sessions(o, name, when)
    return found[0] if len(found) == 1 else None


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in sessions(o, name, when)}
    return [g for g in st(o, when).get("generations", []) if g.get("session_id") in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict | None:
    return next((g for g in gens(o, name, when) if g.get("index") == index), None)


def liked_in(o: Outcome, name: str, when: str = "after") -> set[int]:
    return {g["index"] for g in gens(o, name, when) if g.get("liked")}


def archived_in(o: Outcome, name: str, when: str = "after") -> set[int]:
    return {g["index"] for g in gens(o, name, when) if g.get("archived")}


def same_likes(o: Outcome, name: str) -> bool:
    return liked_in(o, name, "before") == liked_in(o, name)


def same_archived(o: Outcome, name: str) -> bool:
    return archived_in(o, name, "before") == archived_in(o, name)


def no_gen_churn(o: Outcome) -> bool:
    return not o.added("generations") and not o.removed("generations")


def balance(o: Outcome, when: str = "after") -> int:
    return (st(o, when).get("credits") or {}).get("balance")


def gained_credits(o: Outcome) -> bool:
    return balance(o) > balance(o, "before")


def made_in(o: Outcome, name: str, count: int, *patterns: str) -> list[dict]:
    """The generations added, when exactly ``count`` were added and all are in session ``name``."""
    ids = {s["id"] for s in sessions(o, name)}
    made = o.added("generations")
    if len(made) != count or not all(g.get("session_id") in ids for g in made):
        return []
    for p in patterns:
        if not all(re.search(p, g.get("prompt") or "", re.IGNORECASE) for g in made):
            return []
    return made


def made_any_in(o: Outcome, name: str) -> bool:
    ids = {s["id"] for s in sessions(o, name)}
    return any(g.get("session_id") in ids for g in o.added("generations"))


def seeds(rows: list[dict]) -> set:
    out = set()
    for g in rows:
        try:
            out.add(int(g.get("seed")))
        except (TypeError, ValueError):
            pass
    return out


def size_ok(g: dict, w: int, h: int) -> bool:
    """The generation's size, when the state carries one, is w x h."""
    info = " ".join(str(g.get(k)) for k in ("size", "width", "height") if g.get(k) is not None)
    if not re.search(r"\d", info):
        return True
    return str(w) in info and str(h) in info


def parents_are(rows: list[dict], parent: dict | None) -> bool:
    return bool(rows) and parent is not None and all(g.get("parent_id") == parent["id"] for g in rows)


def only_session_added(o: Outcome, name: str, kind: str | None = None) -> dict | None:
    added = o.added("sessions")
    if len(added) != 1 or norm(added[0].get("name")) != norm(name):
        return None
    if kind and norm(added[0].get("kind")) != norm(kind):
        return None
    return added[0]


def the_new_session(o: Outcome) -> dict | None:
    added = o.added("sessions")
    return added[0] if len(added) == 1 else None


def status_of(o: Outcome, name: str, when: str = "after") -> str:
    s = session(o, name, when)
    return norm(s.get("status")) if s else ""


def renamed(o: Outcome, old: str, new: str) -> bool:
    b = session(o, old, "before")
    return (b is not None and not sessions(o, old) and any(s["id"] == b["id"] for s in sessions(o, new))
            and no_gen_churn(o) and not o.added("sessions"))


def moved(o: Outcome, src: str, index: int, dst: str) -> bool:
    g = gen(o, src, index, "before")
    dst_ids = {s["id"] for s in sessions(o, dst)}
    now = o.rows("generations").get(g["id"]) if g else None
    return now is not None and now.get("session_id") in dst_ids and not o.added("generations")


def reflected(o: Outcome, name: str) -> bool:
    s, b = session(o, name), session(o, name, "before")
    return bool(s and s.get("reflection")) and not (b or {}).get("reflection")


# -- library -------------------------------------------------------------------------------------------

def _named(o: Outcome, table: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return norm(value.get("name"))
    for when in ("after", "before"):
        for row in st(o, when).get(table, []) or []:
            if str(row.get("id")) == str(value):
                return norm(row.get("name"))
    return norm(value)


def folder_of(o: Outcome, asset: dict) -> str:
    return _named(o, "folders", asset.get("folder"))


def project_of(o: Outcome, asset: dict) -> str:
    return _named(o, "projects", asset.get("project"))


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in st(o, when).get("assets", []) if folder_of(o, a) == norm(folder)]


def newly_in(o: Outcome, folder: str) -> list[dict]:
    before = {a["id"] for a in assets_in(o, folder, "before")}
    return [a for a in assets_in(o, folder) if a["id"] not in before]


def origin_indexes(o: Outcome, assets: list[dict], name: str) -> list:
    index = {}
    for when in ("before", "after"):
        for g in gens(o, name, when):
            index[g["id"]] = g["index"]
    return sorted((index.get(a.get("origin_generation_id"), -1) for a in assets), key=str)


def saved_to(o: Outcome, folder: str, name: str, expected: set[int]) -> bool:
    got = origin_indexes(o, newly_in(o, folder), name)
    return len(got) == len(expected) and set(got) == expected


def tags_of(asset: dict) -> set[str]:
    t = asset.get("tags") or []
    if isinstance(t, str):
        t = re.split(r"\s*,\s*", t)
    elif isinstance(t, dict):
        t = list(t.keys())
    return {norm(x.get("name") if isinstance(x, dict) else x) for x in t}


def assets_removed(o: Outcome) -> bool:
    return bool(o.removed("assets"))


def new_post(o: Outcome) -> dict | None:
    posts = o.added("posts")
    return posts[0] if len(posts) == 1 else None


def post_ok(o: Outcome, platform: str, caption: str, count: int | None = None) -> dict | None:
    p = new_post(o)
    if not p:
        return None
    if not re.search(platform, str(p.get("platform") or ""), re.IGNORECASE):
        return None
    if not re.search(caption, str(p.get("caption") or ""), re.IGNORECASE):
        return None
    if count is not None and len(p.get("asset_ids") or []) != count:
        return None
    return p


def post_origins(o: Outcome, p: dict, name: str) -> set:
    assets = o.rows("assets")
    return set(origin_indexes(o, [assets[a] for a in p.get("asset_ids") or []], name))


# -- shared verdicts ------------------------------------------------------------------------------------

OFFERED = r"did you mean|do you mean|try saying|you could say|you can say|for example, say"
UNDID = r"undid|undone|reverse|revert|restor|unarchiv|put back|brought back|back to"
CANT = r"can't|cannot|can not|not be undone|isn't possible|not possible|unable|no way to|irreversible|not undoable"


def waiting(o: Outcome) -> bool:
    """A confirmation is waiting and nothing changed yet."""
    return quiet(o) and o.question is not None


def plain_answer(o: Outcome, *patterns: str) -> bool:
    """A reply that is not lost, changes nothing and opens no confirmation."""
    return (answers(o, *patterns) and o.question is None and bool(o.replies)
            and not o.says(OFFERED))


def zipped(o: Outcome, *patterns: str) -> bool:
    """A zip was written: nothing in the store changed and the reply names the zip (not a suggestion)."""
    return plain_answer(o, r"\bzip\b|\.zip", *patterns)


def seed_of(o: Outcome, name: str, index: int) -> str:
    return rf"\b{re.escape(str(gen(o, name, index)['seed']))}\b"


def model_of(o: Outcome, name: str, index: int) -> str:
    model = gen(o, name, index)["model"]
    return re.escape(str(model)) if model else r"(?!x)x"


RANGE = lambda a, b: set(range(a, b + 1))  # noqa: E731


# ================================================================ Russian speaker (001-032)

case("r43-001",
     lambda o: only_session_added(o, "Winter Coats") and made_in(o, "Winter Coats", 6, r"coat") and o.spent == 6,
     wrong=lambda o: len(o.added("sessions")) > 1)

case("r43-002",
     lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 7, 8} and no_gen_churn(o) and not o.added("assets"))

case("r43-003",
     lambda o: archived_in(o, "Holiday Promo") == {3} and status_of(o, "Holiday Promo") == "active"
     and same_archived(o, "Q3 Ads") and no_gen_churn(o),
     wrong=lambda o: status_of(o, "Holiday Promo") == "archived" or not same_archived(o, "Q3 Ads")
     or status_of(o, "Q3 Ads") == "archived",
     ok_to_ask=True)

case("r43-004",
     lambda o: parents_are(made_in(o, "Dragon Friends", 3), gen(o, "Dragon Friends", 1, "before")) and o.spent == 3,
     wrong=lambda o: bool(o.added("generations")) and not made_in(o, "Dragon Friends", len(o.added("generations"))))

case("r43-005",
     lambda o: liked_in(o, "Q3 Ads") == {1, 4} and liked_in(o, "Holiday Promo") == {2, 3}
     and norm(o.current) == norm("Q3 Ads") and no_gen_churn(o),
     wrong=lambda o: not same_likes(o, "Holiday Promo"))

case("r43-006",
     lambda o: saved_to(o, "Social", "Launch Week", {5, 9}),
     wrong=lambda o: bool(set(origin_indexes(o, newly_in(o, "Social"), "Launch Week")) - {5, 9}),
     ok_to_ask=True)

case("r43-007",
     lambda o: reflected(o, "Harbor Moods") and o.spent == 25 and no_gen_churn(o))

case("r43-008",
     lambda o: (lambda made: len(made) == 4 and all(re.search(r"fox", g.get("prompt") or "", re.I) for g in made)
                and 42 in seeds(made) and all(size_ok(g, 768, 768) for g in made) and o.spent >= 4)(o.added("generations")))

case("r43-009",
     lambda o: archived_in(o, "Sneaker Drop") == {1, 3, 5, 6, 8} and same_likes(o, "Sneaker Drop") and no_gen_churn(o),
     wrong=lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}))

case("r43-010",
     lambda o: waiting(o),
     wrong=lambda o: not sessions(o, "Sneaker Drop") or bool(o.removed("generations")),
     ok_to_ask=True)

case("r43-011",
     lambda o: renamed(o, "Q3 Ads", "Q3 Coffee Ads") and bool(sessions(o, "Holiday Promo")),
     wrong=lambda o: not sessions(o, "Holiday Promo"))

case("r43-012",
     lambda o: plain_answer(o, r"rocket", seed_of(o, "Launch Week", 5)))

case("r43-013",
     lambda o: len(assets_in(o, "Characters")) == 2 and all("cute" in tags_of(a) for a in assets_in(o, "Characters"))
     and not o.added("assets") and no_gen_churn(o))


def _r014(o: Outcome) -> bool:
    made = o.added("generations")
    s = the_new_session(o)
    if len(made) != 7 or not s or not all(g.get("session_id") == s["id"] for g in made):
        return False
    by_index = {g["index"]: g for g in made}
    first = [by_index.get(i) for i in range(1, 6)]
    if None in first or not all(re.search(r"cat", g.get("prompt") or "", re.I) for g in first):
        return False
    liked = {g["index"] for g in made if g.get("liked")}
    remixes = [g for g in made if g["index"] > 5]
    return liked == {2, 4} and parents_are(remixes, by_index[4]) and o.spent == 7


case("r43-014", _r014)

case("r43-015",
     lambda o: liked_in(o, "Harbor Moods") == RANGE(1, 10) and no_gen_churn(o))

case("r43-016",
     lambda o: moved(o, "Holiday Promo", 5, "Q3 Ads") and len(gens(o, "Holiday Promo")) == 4,
     wrong=lambda o: bool(o.added("generations")))

case("r43-017",
     lambda o: refuses(o),
     wrong=lambda o: bool(o.added("posts")) or o.data_changed,
     ok_to_ask=True)

case("r43-018",
     lambda o: (lambda p: bool(p) and post_origins(o, p, "Launch Week") == {1, 2})(
         post_ok(o, r"instagram", r"launch is tomorrow", 2)))

case("r43-019",
     lambda o: len([a for a in o.added("assets") if "sd-metadata" in str(a.get("path") or "")]) >= 5 and o.spent == 0,
     wrong=lambda o: o.spent > 0)

case("r43-020",
     lambda o: plain_answer(o),
     wrong=lambda o: bool(o.added("generations")) or bool(o.removed("sessions")))

case("r43-021",
     lambda o: archived_in(o, "Harbor Moods") == RANGE(31, 60) and no_gen_churn(o))

case("r43-022",
     lambda o: bool(made_in(o, "Q3 Ads", 3, r"iced coffee")),
     wrong=lambda o: made_any_in(o, "Holiday Promo"))

case("r43-023",
     lambda o: liked_in(o, "Launch Week") == set() and not assets_removed(o) and no_gen_churn(o),
     wrong=lambda o: assets_removed(o) or len(assets_in(o, "Launch")) < len(assets_in(o, "Launch", "before")))

case("r43-024",
     lambda o: (lambda made: bool(made) and all(re.search(r"logo", g.get("negative_prompt") or "", re.I) for g in made)
                and not any(re.search(r"negative", g.get("prompt") or "", re.I) for g in made))(
         made_in(o, "Sneaker Drop", 10, r"black", r"sneaker")),
     wrong=lambda o: any(re.search(r"negative prompt", g.get("prompt") or "", re.I) for g in o.added("generations")))

case("r43-025",
     lambda o: plain_answer(o, r"archiv", r"delet"))

case("r43-026",
     lambda o: zipped(o))

case("r43-027",
     lambda o: status_of(o, "Q3 Ads") == "archived" and status_of(o, "Holiday Promo") == "active" and no_gen_churn(o),
     wrong=lambda o: status_of(o, "Holiday Promo") == "archived" or not sessions(o, "Q3 Ads"))

case("r43-028",
     lambda o: any(norm(p.get("name")) == "spring launch" for p in o.after.get("projects", []))
     and len(assets_in(o, "Launch")) >= 2
     and all(project_of(o, a) == "spring launch" for a in assets_in(o, "Launch")))

case("r43-029",
     lambda o: plain_answer(o, r"\b100\b"),
     wrong=lambda o: bool(o.added("generations")))

case("r43-030",
     lambda o: refuses(o),
     wrong=lambda o: not same_likes(o, "Sneaker Drop"),
     ok_to_ask=True)

case("r43-031",
     lambda o: only_session_added(o, "Tokyo Trip", kind="video") and norm(o.current) == "tokyo trip"
     and not o.added("generations"),
     wrong=lambda o: any(re.search(r"for video", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r43-032",
     lambda o: quiet(o) and same_archived(o, "Launch Week") and o.says(r"archiv") and o.says(UNDID))

# ================================================================ phone autocorrect (033-064)

case("r43-033",
     lambda o: only_session_added(o, "Beach Wedding") and bool(made_in(o, "Beach Wedding", 6, r"wedding")))

case("r43-034",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 3, 4, 5, 7} and no_gen_churn(o))

case("r43-035",
     lambda o: archived_in(o, "Sneaker Drop") == {1, 6} and same_likes(o, "Sneaker Drop") and no_gen_churn(o),
     wrong=lambda o: not same_likes(o, "Sneaker Drop") or bool(archived_in(o, "Sneaker Drop") - {1, 6})
     or bool(o.removed("generations")),
     ok_to_ask=True)

case("r43-036",
     lambda o: saved_to(o, "Characters", "Dragon Friends", {2}),
     wrong=lambda o: any(re.search(r"fodder|\bthr\b", f.get("name") or "", re.I) for f in o.added("folders")),
     ok_to_ask=True)

case("r43-037",
     lambda o: plain_answer(o, rf"\b{balance(o, 'before')}\b"))

case("r43-038",
     lambda o: bool(made_in(o, "Launch Week", 4, r"rocket", r"night"))
     and liked_in(o, "Launch Week") == {1, 2, 5, 9, max(g["index"] for g in gens(o, "Launch Week"))})

case("r43-039",
     lambda o: refuses(o),
     wrong=gained_credits,
     ok_to_ask=True)

case("r43-040",
     lambda o: liked_in(o, "Harbor Moods") == {5, 12, 33, 47} and no_gen_churn(o))

case("r43-041",
     lambda o: parents_are(made_in(o, "Sneaker Drop", 4, r"red"), gen(o, "Sneaker Drop", 2, "before")))

case("r43-042",
     lambda o: renamed(o, "Holiday Promo", "Xmas Gifts") and bool(sessions(o, "Q3 Ads")),
     wrong=lambda o: not sessions(o, "Q3 Ads"))

case("r43-043",
     lambda o: plain_answer(o, seed_of(o, "Dragon Friends", 4)))

case("r43-044",
     lambda o: waiting(o),
     wrong=lambda o: not sessions(o, "Launch Week"),
     ok_to_ask=True)


def _r045(o: Outcome) -> bool:
    return (bool(only_session_added(o, "Cafe Menu")) and bool(made_in(o, "Cafe Menu", 5, r"latte"))
            and liked_in(o, "Cafe Menu") == {1, 3, 5} and saved_to(o, "Menu", "Cafe Menu", {1, 3, 5}))


case("r43-045", _r045)

case("r43-046",
     lambda o: liked_in(o, "Sneaker Drop") == set() and no_gen_churn(o) and o.spent == 0,
     wrong=lambda o: bool(o.removed("generations")) or o.spent != 0)

case("r43-047",
     lambda o: waiting(o),
     wrong=lambda o: o.spent != 0 or reflected(o, "Harbor Moods"),
     ok_to_ask=True)

case("r43-048",
     lambda o: saved_to(o, "Promo", "Holiday Promo", {2}) and saved_to(o, "Social", "Holiday Promo", {3}),
     wrong=lambda o: bool(newly_in(o, "Promo")) != bool(newly_in(o, "Social")),
     ok_to_ask=True)

case("r43-049",
     lambda o: plain_answer(o, r"\b1\b", r"\b2\b", r"\b5\b", r"\b9\b"))

case("r43-050",
     lambda o: refuses(o),
     ok_to_ask=True)

case("r43-051",
     lambda o: bool(made_in(o, "Dragon Friends", 2, r"dragon", r"fly|flight")))

case("r43-052",
     lambda o: liked_in(o, "Q3 Ads") == {1} and liked_in(o, "Holiday Promo") == {2, 3} and no_gen_churn(o),
     wrong=lambda o: 1 in liked_in(o, "Holiday Promo"))

case("r43-053",
     lambda o: zipped(o, r"picks"))

case("r43-054",
     lambda o: plain_answer(o, r"\b60\b|sixty"))

case("r43-055",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 5} and no_gen_churn(o))

case("r43-056",
     lambda o: plain_answer(o, r"archiv"))

case("r43-057",
     lambda o: bool(made_in(o, "Dragon Friends", 4, r"cupcake")) and liked_in(o, "Dragon Friends") == {1, 3, 7, 9})

case("r43-058",
     lambda o: bool(made_in(o, "Q3 Ads", 2, r"straw")),
     wrong=lambda o: made_any_in(o, "Holiday Promo"))


def _r059_done(o: Outcome) -> bool:
    changed = {new["index"] for _, new in o.modified("generations", "archived")}
    return (archived_in(o, "Sneaker Drop") == {3} and changed == {3} and no_gen_churn(o)
            and not o.added("assets") and not o.removed("assets"))


case("r43-059",
     _r059_done,
     wrong=lambda o: not sessions(o, "Sneaker Drop") or bool(archived_in(o, "Sneaker Drop") - {3})
     or any(g["index"] != 3 for g in o.removed("generations")),
     ok_to_ask=True)

case("r43-060",
     lambda o: (lambda p: bool(p) and post_origins(o, p, "Launch Week") == {1, 2})(
         post_ok(o, r"twitter|^\s*x\s*$", r"t-minus 3 days", 2)))

case("r43-061",
     lambda o: saved_to(o, "Harbor Picks", "Harbor Moods", RANGE(1, 5)))

case("r43-062",
     lambda o: bool(only_session_added(o, "Sneaker Drop 2")) and not o.added("generations"),
     wrong=lambda o: any(re.search(r"brief", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r43-063",
     lambda o: liked_in(o, "Dragon Friends") == set() and saved_to(o, "Characters", "Dragon Friends", {5})
     and not assets_removed(o),
     wrong=lambda o: assets_removed(o) or len(assets_in(o, "Characters")) < len(assets_in(o, "Characters", "before")),
     ok_to_ask=True)

case("r43-064",
     lambda o: plain_answer(o, r"holiday promo"))

# ================================================================ paralegal (065-096)

case("r43-065",
     lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 3, 4, 7} and same_archived(o, "Sneaker Drop") and no_gen_churn(o),
     wrong=lambda o: not same_archived(o, "Sneaker Drop") or bool({2, 4, 7} - liked_in(o, "Sneaker Drop"))
     or bool(liked_in(o, "Sneaker Drop") - {1, 2, 3, 4, 7}))

case("r43-066",
     lambda o: bool(made_in(o, "Launch Week", 5, r"rocket")),
     wrong=lambda o: len(o.added("generations")) not in (0, 5),
     ok_to_ask=True)

case("r43-067",
     lambda o: archived_in(o, "Q3 Ads") == {2, 4} and same_archived(o, "Holiday Promo")
     and same_likes(o, "Holiday Promo") and no_gen_churn(o),
     wrong=lambda o: not same_archived(o, "Holiday Promo") or not same_likes(o, "Holiday Promo")
     or status_of(o, "Holiday Promo") != "active" or not sessions(o, "Holiday Promo"))

case("r43-068",
     lambda o: bool(only_session_added(o, "Estate Brochure - Final"))
     and bool(made_in(o, "Estate Brochure - Final", 4, r"townhouse")))

case("r43-069",
     lambda o: plain_answer(o, r"\b2\b|\btwo\b", r"dragon friends"))

case("r43-070",
     lambda o: archived_in(o, "Harbor Moods") == RANGE(51, 60) and no_gen_churn(o),
     wrong=lambda o: 50 in archived_in(o, "Harbor Moods"))

case("r43-071",
     lambda o: waiting(o),
     wrong=lambda o: not sessions(o, "Sneaker Drop") or bool(o.removed("generations")),
     ok_to_ask=True)

case("r43-072",
     lambda o: not sessions(o, "Q3 Ads") and len(o.removed("generations")) == 4
     and len(gens(o, "Holiday Promo")) == 5 and not assets_removed(o),
     wrong=lambda o: not sessions(o, "Holiday Promo") or len(gens(o, "Holiday Promo")) < 5)

case("r43-073",
     lambda o: saved_to(o, "Launch", "Launch Week", {5, 9}),
     wrong=lambda o: bool({1, 2} & set(origin_indexes(o, o.added("assets"), "Launch Week"))))

case("r43-074",
     lambda o: (lambda made: len(made) == 3 and all(re.search(r"courtroom|judge", g.get("prompt") or "", re.I) for g in made)
                and 1234 in seeds(made)
                and not any(re.search(r"commercial", g.get("prompt") or "", re.I) for g in made))(o.added("generations")),
     wrong=lambda o: any(re.search(r"commercial", g.get("prompt") or "", re.I) for g in o.added("generations")),
     ok_to_ask=True)

case("r43-075",
     lambda o: liked_in(o, "Dragon Friends") == {1} and not assets_removed(o) and no_gen_churn(o),
     wrong=assets_removed)

case("r43-076",
     lambda o: plain_answer(o, r"\b60\b", rf"\b{balance(o, 'before')}\b", model_of(o, "Harbor Moods", 1)))

case("r43-077",
     lambda o: waiting(o),
     wrong=lambda o: bool(o.added("generations")),
     ok_to_ask=True)

case("r43-078",
     lambda o: renamed(o, "Holiday Promo", "Holiday Promo (Approved)") and bool(sessions(o, "Q3 Ads")),
     wrong=lambda o: not sessions(o, "Q3 Ads"))

case("r43-079",
     lambda o: plain_answer(o) and o.says(r"asset|library|saved|kept|keep|stay|remain"),
     wrong=lambda o: status_of(o, "Launch Week") == "archived" or len(assets_in(o, "Launch")) < 2
     or bool(o.removed("folders")))

case("r43-080",
     lambda o: len(o.added("assets")) == 1 and "sd-webui.jpg" in str(o.added("assets")[0].get("path") or "")
     and o.spent == 0)

case("r43-081",
     lambda o: (lambda p: bool(p) and set(p.get("asset_ids") or []) == {a["id"] for a in assets_in(o, "Characters", "before")})(
         post_ok(o, r"linkedin", r"meet the dragon friends", 2)))

case("r43-082",
     lambda o: liked_in(o, "Harbor Moods") == set(range(2, 25, 2)) and no_gen_churn(o))

case("r43-083",
     lambda o: moved(o, "Q3 Ads", 1, "Holiday Promo") and len(gens(o, "Q3 Ads")) == 3,
     wrong=lambda o: bool(o.added("generations")))

case("r43-084",
     lambda o: saved_to(o, "Exhibit A", "Sneaker Drop", {4}),
     wrong=lambda o: bool(set(origin_indexes(o, o.added("assets"), "Sneaker Drop")) - {4}),
     ok_to_ask=True)

case("r43-085",
     lambda o: archived_in(o, "Launch Week") == {3, 4, 6, 7, 8, 10} and same_likes(o, "Launch Week") and no_gen_churn(o),
     wrong=lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}))

case("r43-086",
     lambda o: plain_answer(o, r"session", r"folder"))


def _r087(o: Outcome) -> bool:
    made = made_in(o, "Dragon Friends", 2, r"dragon")
    return (bool(made) and all(size_ok(g, 1024, 1024) for g in made)
            and liked_in(o, "Dragon Friends") == {1, 3, max(g["index"] for g in made)})


case("r43-087", _r087)

case("r43-088",
     lambda o: archived_in(o, "Harbor Moods") == RANGE(1, 60) and no_gen_churn(o))

case("r43-089",
     lambda o: refuses(o),
     wrong=lambda o: bool(o.modified("generations", "seed")),
     ok_to_ask=True)

case("r43-090",
     lambda o: len(assets_in(o, "Launch")) == 2
     and all({"hero", "q4-approved"} <= tags_of(a) for a in assets_in(o, "Launch")) and not o.added("assets"))

case("r43-091",
     lambda o: plain_answer(o, r"iced coffee on a marble counter"))


def _r092(o: Outcome) -> bool:
    name = "Matter 2024-117 Exhibits"
    return (bool(only_session_added(o, name)) and bool(made_in(o, name, 1, r"briefcase"))
            and liked_in(o, name) == {1})


case("r43-092", _r092)

case("r43-093",
     lambda o: status_of(o, "Dragon Friends") == "archived" and not assets_removed(o)
     and len(assets_in(o, "Characters")) == 2,
     wrong=assets_removed)

case("r43-094",
     lambda o: refuses(o, CANT),
     wrong=lambda o: bool(o.removed("generations")) or gained_credits(o) or not sessions(o, "Harbor Moods"),
     ok_to_ask=True)

case("r43-095",
     lambda o: refuses(o) and same_likes(o, "Sneaker Drop"),
     wrong=lambda o: not ({2, 4, 7} <= liked_in(o, "Sneaker Drop")),
     ok_to_ask=True)

case("r43-096",
     lambda o: zipped(o, r"launch_selects"))

# ================================================================ Nigerian English / Pidgin (097-128)

case("r43-097",
     lambda o: bool(only_session_added(o, "Jollof Party")) and bool(made_in(o, "Jollof Party", 6, r"jollof")))

case("r43-098",
     lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 4, 5, 7} and no_gen_churn(o))

case("r43-099",
     lambda o: plain_answer(o, rf"\b{balance(o, 'before')}\b"))

case("r43-100",
     lambda o: liked_in(o, "Holiday Promo") == {3} and same_archived(o, "Holiday Promo") and no_gen_churn(o),
     wrong=lambda o: 2 in archived_in(o, "Holiday Promo"))

case("r43-101",
     lambda o: archived_in(o, "Launch Week") == {3, 4} and same_likes(o, "Launch Week") and no_gen_churn(o))

case("r43-102",
     lambda o: plain_answer(o, r"\b60\b|sixty"),
     wrong=lambda o: o.spent != 0)

case("r43-103",
     lambda o: (lambda made: len(made) == 5 and all(re.search(r"agbada", g.get("prompt") or "", re.I) for g in made)
                and 2024 in seeds(made))(o.added("generations")))

case("r43-104",
     lambda o: parents_are(made_in(o, "Sneaker Drop", 3, r"beach|sand"), gen(o, "Sneaker Drop", 4, "before")))

case("r43-105",
     lambda o: saved_to(o, "Characters", "Dragon Friends", {2, 5}))

case("r43-106",
     lambda o: bool(made_in(o, "Q3 Ads", 4, r"caramel")) and norm(o.current) == norm("Q3 Ads"),
     wrong=lambda o: made_any_in(o, "Holiday Promo"))

case("r43-107",
     lambda o: quiet(o) and not_lost(o) and o.says(r"which|\?"),
     wrong=lambda o: not same_archived(o, "Launch Week") or not same_likes(o, "Launch Week")
     or bool(o.removed("generations")) or assets_removed(o),
     ok_to_ask=True)

case("r43-108",
     lambda o: liked_in(o, "Harbor Moods") == RANGE(1, 15) and no_gen_churn(o))

case("r43-109",
     lambda o: plain_answer(o, r"archiv", r"delet"))

case("r43-110",
     lambda o: zipped(o))

case("r43-111",
     lambda o: bool(made_in(o, "Dragon Friends", 3, r"dragon", r"lagos|fly"))
     and liked_in(o, "Dragon Friends") == {1, 3, 7, 8, 9})

case("r43-112",
     lambda o: renamed(o, "Q3 Ads", "Q3 Ads Naija") and bool(sessions(o, "Holiday Promo")),
     wrong=lambda o: not sessions(o, "Holiday Promo"))

case("r43-113",
     lambda o: (lambda p: bool(p) and post_origins(o, p, "Launch Week") == {5, 9})(
         post_ok(o, r"instagram", r"we dey launch", 2)))

case("r43-114",
     lambda o: archived_in(o, "Harbor Moods") == RANGE(41, 60) and no_gen_churn(o),
     wrong=lambda o: any(i < 41 for i in archived_in(o, "Harbor Moods")))

case("r43-115",
     lambda o: plain_answer(o, r"\b100\b"),
     wrong=lambda o: bool(o.added("generations")))

case("r43-116",
     lambda o: quiet(o) and (o.question is not None or not_lost(o)) and o.says(r"\?|confirm|sure|which|what"),
     wrong=lambda o: bool(o.removed("sessions")) or bool(o.removed("generations"))
     or not same_archived(o, "Sneaker Drop") or status_of(o, "Sneaker Drop") == "archived",
     ok_to_ask=True)

case("r43-117",
     lambda o: plain_answer(o, r"characters"))

case("r43-118",
     lambda o: bool(made_in(o, "Holiday Promo", 4, r"hamper")),
     wrong=lambda o: made_any_in(o, "Q3 Ads"))

case("r43-119",
     lambda o: bool(only_session_added(o, "Night Launch", )) and moved(o, "Launch Week", 10, "Night Launch"),
     wrong=lambda o: bool(o.added("generations")),
     ok_to_ask=True)

case("r43-120",
     lambda o: saved_to(o, "Harbor Best", "Harbor Moods", {7, 14, 21}))


def _r121(o: Outcome) -> bool:
    name = "Owambe Outfits"
    return (bool(only_session_added(o, name)) and bool(made_in(o, name, 4, r"aso ebi|lace"))
            and saved_to(o, "Lookbook", name, {1, 3}))


case("r43-121", _r121)

case("r43-122",
     lambda o: plain_answer(o, seed_of(o, "Sneaker Drop", 7), model_of(o, "Sneaker Drop", 7)))

case("r43-123",
     lambda o: len(assets_in(o, "Characters")) == 2 and all("mascot" in tags_of(a) for a in assets_in(o, "Characters"))
     and not o.added("assets"))

case("r43-124",
     lambda o: status_of(o, "Q3 Ads") == "archived" and status_of(o, "Holiday Promo") == "active" and no_gen_churn(o),
     wrong=lambda o: status_of(o, "Holiday Promo") == "archived")

case("r43-125",
     lambda o: liked_in(o, "Launch Week") == {1, 2} and saved_to(o, "Rejects", "Launch Week", {5}))

case("r43-126",
     lambda o: refuses(o),
     ok_to_ask=True)

case("r43-127",
     lambda o: refuses(o, r"not found|doesn't exist|does not exist|no such|missing|can't find|cannot find|couldn't|isn't there"),
     ok_to_ask=True)

case("r43-128",
     lambda o: parents_are(made_in(o, "Holiday Promo", 2), gen(o, "Holiday Promo", 4, "before")),
     ok_to_ask=True)

# ================================================================ teenage gamer (129-160)

case("r43-129",
     lambda o: bool(only_session_added(o, "Boss Fight")) and bool(made_in(o, "Boss Fight", 6, r"golem")))

case("r43-130",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 5, 7} and no_gen_churn(o))

case("r43-131",
     lambda o: archived_in(o, "Dragon Friends") == {2, 4, 6} and no_gen_churn(o))

case("r43-132",
     lambda o: plain_answer(o, rf"\b{balance(o, 'before')}\b"))

case("r43-133",
     lambda o: len(assets_in(o, "Launch", "before")) == 2 and len(assets_in(o, "Launch")) == 0
     and same_likes(o, "Launch Week") and no_gen_churn(o),
     wrong=lambda o: bool(o.removed("generations")) or not same_likes(o, "Launch Week"))

case("r43-134",
     lambda o: reflected(o, "Harbor Moods") and o.spent == 25 and no_gen_churn(o))

case("r43-135",
     lambda o: (lambda made: len(made) == 3 and all(re.search(r"samurai", g.get("prompt") or "", re.I) for g in made)
                and 69420 in seeds(made) and all(size_ok(g, 1024, 1024) for g in made)
                and not any(re.search(r"no cap", g.get("prompt") or "", re.I) for g in made))(o.added("generations")),
     wrong=lambda o: any(re.search(r"no cap", g.get("prompt") or "", re.I) for g in o.added("generations")),
     ok_to_ask=True)

case("r43-136",
     lambda o: archived_in(o, "Sneaker Drop") == {3, 6} and no_gen_churn(o))

case("r43-137",
     lambda o: bool(made_in(o, "Dragon Friends", 4, r"pixel")) and liked_in(o, "Dragon Friends") == {1, 3, 9, 10})

case("r43-138",
     lambda o: bool(made_in(o, "Q3 Ads", 2, r"frappuccino")),
     wrong=lambda o: made_any_in(o, "Holiday Promo"))

case("r43-139",
     lambda o: archived_in(o, "Launch Week") == {7} and status_of(o, "Launch Week") == "active" and no_gen_churn(o),
     wrong=lambda o: status_of(o, "Launch Week") == "archived")

case("r43-140",
     lambda o: waiting(o),
     ok_to_ask=True)

case("r43-141",
     lambda o: plain_answer(o, r"session"))

case("r43-142",
     lambda o: saved_to(o, "W Fits", "Sneaker Drop", {2, 4, 7}))

case("r43-143",
     lambda o: plain_answer(o, r"dragon"))

case("r43-144",
     lambda o: waiting(o),
     wrong=lambda o: not sessions(o, "Holiday Promo") or bool(o.removed("generations")),
     ok_to_ask=True)

case("r43-145",
     lambda o: (lambda p: bool(p) and post_origins(o, p, "Launch Week") == {1, 2})(
         post_ok(o, r"tiktok|tik tok", r"we goin to space", 2)))

case("r43-146",
     lambda o: archived_in(o, "Harbor Moods") == RANGE(1, 10) and no_gen_churn(o))

case("r43-147",
     lambda o: refuses(o) and balance(o) == balance(o, "before"),
     wrong=gained_credits,
     ok_to_ask=True)

case("r43-148",
     lambda o: (lambda made: parents_are(made, gen(o, "Sneaker Drop", 4, "before")) and 7 in seeds(made))(
         made_in(o, "Sneaker Drop", 2)))

case("r43-149",
     lambda o: renamed(o, "Dragon Friends", "Dragon Squad"))

case("r43-150",
     lambda o: liked_in(o, "Q3 Ads") == {1} and liked_in(o, "Holiday Promo") == {2, 3} and no_gen_churn(o),
     wrong=lambda o: 1 in liked_in(o, "Holiday Promo"),
     ok_to_ask=True)

case("r43-151",
     lambda o: saved_to(o, "Launch", "Launch Week", {5, 9}))

case("r43-152",
     lambda o: plain_answer(o, r"\b10\b"),
     wrong=lambda o: bool(o.added("generations")))


def _r153(o: Outcome) -> bool:
    made = o.added("generations")
    s = the_new_session(o)
    if len(made) != 6 or not s or not all(g.get("session_id") == s["id"] for g in made):
        return False
    by_index = {g["index"]: g for g in made}
    first = [by_index.get(i) for i in range(1, 5)]
    if None in first or not all(re.search(r"fox", g.get("prompt") or "", re.I) for g in first):
        return False
    liked = {g["index"] for g in made if g.get("liked")}
    return liked == {1, 3} and parents_are([g for g in made if g["index"] > 4], by_index[3])


case("r43-153", _r153)

case("r43-154",
     lambda o: plain_answer(o),
     wrong=lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")) or assets_removed(o))

case("r43-155",
     lambda o: liked_in(o, "Dragon Friends") == {5} and no_gen_churn(o))

case("r43-156",
     lambda o: (lambda made: bool(made) and all(size_ok(g, 768, 1344) for g in made))(
         made_in(o, "Holiday Promo", 3, r"gold")))

case("r43-157",
     lambda o: refuses(o),
     ok_to_ask=True)

case("r43-158",
     lambda o: plain_answer(o) and o.says(r"\bno\b|none|\b0\b|zero|haven't|have not|not any|nothing"))

case("r43-159",
     lambda o: refuses(o),
     ok_to_ask=True)

case("r43-160",
     lambda o: quiet(o) and liked_in(o, "Sneaker Drop") == {2, 4, 7} and o.says(r"lik") and o.says(UNDID + r"|unlik"))
