"""Checks for round 37 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask).

Voices rotate by id: r37-001 wedding photographer's assistant, r37-002 German speaker writing English,
r37-003 high-school art teacher, r37-004 game studio producer, r37-005 cautious accountant, then again
from r37-006. Below, ``W(k)``, ``G(k)``, ``T(k)``, ``P(k)`` and ``AC(k)`` name the k-th case (1..32) of
each voice, so ``W(k) == f"r37-{(k-1)*5+1:03d}"`` and so on.

Setups (setup lines run in the same conversation as the say lines, every confirmation answered yes;
credits start at 500, one credit per default image):

- A: empty home.
- B: session Sneaker Drop, 8 generations, liked {2,4,7}, 492 credits, current Sneaker Drop.
- C: session Dragon Friends, 6 generations, liked {1,3}, both saved to folder Characters, 494 credits.
- D: Q3 Ads (4, none liked), Holiday Promo (5, liked {2,3}, current), 491 credits.
- E: Launch Week, 10 generations, liked {1,2,5,9}, 1 and 2 saved to folder Launch, 490 credits.
- F: Harbor Moods, 60 generations, 440 credits.

Conventions:

- Everything is read from ``o.before`` / ``o.after`` (the ``atelier state --json`` shape) and from loose,
  case-insensitive patterns in the reply text; never from tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case. A
  folder / project on an asset or session may be a name, an id or an object: all three are resolved.
- Every function is wrapped so that it never raises (an exception counts as False).
- When a case has ok_to_ask, ``meant`` also holds when nothing changed and a question waits or a
  specific (not "did not understand") reply was given.
- Where say-lines generate and then like/save, checks never demand that no generations were added.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def W(k: int) -> str:
    return f"r37-{(k - 1) * 5 + 1:03d}"


def G(k: int) -> str:
    return f"r37-{(k - 1) * 5 + 2:03d}"


def T(k: int) -> str:
    return f"r37-{(k - 1) * 5 + 3:03d}"


def P(k: int) -> str:
    return f"r37-{(k - 1) * 5 + 4:03d}"


def AC(k: int) -> str:
    return f"r37-{(k - 1) * 5 + 5:03d}"


def _safe(fn):
    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


def asked(o: Outcome) -> bool:
    """Nothing changed, and a question waits or a specific reply was given."""
    return quiet(o) and (o.question is not None or not_lost(o))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    base = _safe(meant)
    if ask:
        asked_ok = _safe(asked)
        check_meant = lambda o: base(o) or asked_ok(o)  # noqa: E731
    else:
        check_meant = base
    CHECKS[case_id] = Check(check_meant, _safe(wrong) if wrong is not None else None)


# -- readings --------------------------------------------------------------------------------------

def ci(value) -> str:
    return str(value if value is not None else "").strip().lower()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sessions(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in _state(o, when).get("sessions", []) if ci(s.get("name")) == ci(name)]


def session(o: Outcome, name: str, when: str = "after") -> dict | None:
    found = sessions(o, name, when)
    return found[0] if len(found) == 1 else None


def session_ids(o: Outcome, name: str, when: str = "after") -> set[str]:
    return {s["id"] for s in sessions(o, name, when)}


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = session_ids(o, name, when)
    return [g for g in _state(o, when).get("generations", []) if g.get("session_id") in ids]


def gen_at(o: Outcome, name: str, index: int, when: str = "before") -> dict | None:
    return next((g for g in gens(o, name, when) if g.get("index") == index), None)


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("archived")}


def made_in(o: Outcome, name: str, prompt: str | None = None) -> list[dict]:
    """Generations added in session ``name`` (all matching ``prompt`` when given, else [])."""
    ids = session_ids(o, name)
    made = [g for g in o.added("generations") if g.get("session_id") in ids]
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.IGNORECASE) for g in made):
        return []
    return made


def made_count(o: Outcome, name: str, count: int, prompt: str | None = None) -> bool:
    return len(made_in(o, name, prompt)) == count and len(o.added("generations")) == count


def added_gens(o: Outcome, prompt: str | None = None) -> list[dict]:
    made = o.added("generations")
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.IGNORECASE) for g in made):
        return []
    return made


def balance(o: Outcome, when: str = "after") -> int | None:
    return (_state(o, when).get("credits") or {}).get("balance")


def name_in(o: Outcome, table: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return ci(value.get("name"))
    for state in (o.after, o.before):
        for row in state.get(table, []) or []:
            if str(row.get("id")) == str(value):
                return ci(row.get("name"))
    return ci(value)


def folder_of(o: Outcome, asset: dict) -> str:
    return name_in(o, "folders", asset.get("folder"))


def project_of(o: Outcome, row: dict) -> str:
    return name_in(o, "projects", row.get("project"))


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,\s]+", tags)
    return {ci(t.get("name") if isinstance(t, dict) else t) for t in tags}


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in _state(o, when).get("assets", []) if folder_of(o, a) == ci(folder)]


def new_assets_in(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.added("assets") if folder_of(o, a) == ci(folder)]


def origin_indexes(o: Outcome, assets: list[dict], name: str) -> set[int]:
    """Indexes (in session ``name``) of the generations the assets were saved from."""
    by_id = {g["id"]: g["index"] for g in gens(o, name, "before")}
    by_id.update({g["id"]: g["index"] for g in gens(o, name, "after")})
    return {by_id[a.get("origin_generation_id")] for a in assets if a.get("origin_generation_id") in by_id}


def saved_from(o: Outcome, name: str, indexes: set[int], folder: str | None = None) -> bool:
    """Exactly one new asset per index of ``indexes`` (from session ``name``), in ``folder`` when given."""
    new = o.added("assets")
    if len(new) != len(indexes) or origin_indexes(o, new, name) != indexes:
        return False
    return folder is None or all(folder_of(o, a) == ci(folder) for a in new)


def all_assets(o: Outcome, when: str = "after") -> dict[str, dict]:
    return {a["id"]: a for a in _state(o, when).get("assets", [])}


def unchanged_likes(o: Outcome) -> bool:
    return not o.modified("generations", "liked")


def said_undo(o: Outcome) -> bool:
    return o.says(r"undo|undid|undone|revers|revert|cancel|restor|back to|no longer|unlik|unarchiv")


def new_session_named(o: Outcome, name: str) -> dict | None:
    made = [s for s in o.added("sessions") if ci(s.get("name")) == ci(name)]
    return made[0] if len(made) == 1 else None


def quiet_reply(o: Outcome) -> bool:
    return quiet(o) and bool(o.replies or o.question)


def seed_of(o: Outcome, name: str, index: int) -> str:
    g = gen_at(o, name, index, "before")
    return str(g["seed"])


def says_num(o: Outcome, n) -> bool:
    return o.says(rf"(?<![\d.]){re.escape(str(n))}(?![\d])")


def question_mentions(o: Outcome, pattern: str) -> bool:
    return o.question is not None and re.search(pattern, o.question, re.IGNORECASE) is not None


def posts_added(o: Outcome) -> list[dict]:
    return o.added("posts")


def post_origins(o: Outcome, post: dict, name: str) -> set[int]:
    assets = all_assets(o)
    return origin_indexes(o, [assets[i] for i in post.get("asset_ids", []) if i in assets], name)


def moved_into(o: Outcome, source: str, indexes: set[int], target: str) -> bool:
    """Generations ``indexes`` of ``source`` (before) now live in ``target``; none added or removed."""
    target_ids = session_ids(o, target)
    if not target_ids or o.added("generations") or o.removed("generations"):
        return False
    ids = {gen_at(o, source, i, "before")["id"] for i in indexes}
    after = o.rows("generations")
    return all(after[i]["session_id"] in target_ids for i in ids)


# == W: wedding photographer's assistant ==========================================================

case(W(1), lambda o: new_session_named(o, "Hartley wedding") and o.current and ci(o.current) == "hartley wedding"
     and made_count(o, "Hartley wedding", 6, r"peon") and o.spent == 6,
     lambda o: any("pls" in ci(s.get("name")) for s in o.added("sessions")))

case(W(2), lambda o: new_session_named(o, "Moreno reception") and made_count(o, "Moreno reception", 4, r"candle"),
     lambda o: any(re.search(r"then|candle|chargers", ci(s.get("name"))) for s in o.added("sessions")))

case(W(3), lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 4, 7, 8} and not o.added("generations")
     and not o.added("assets"),
     lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop"))

case(W(4), lambda o: saved_from(o, "Sneaker Drop", {2, 4, 7}, "Client Picks"),
     lambda o: any("asap" in folder_of(o, a) for a in o.added("assets"))
     or bool(origin_indexes(o, o.added("assets"), "Sneaker Drop") - {2, 4, 7}))

case(W(5), lambda o: liked_in(o, "Sneaker Drop") == {2, 7} and not o.added("generations") and not o.added("assets"),
     lambda o: not {2, 7} <= liked_in(o, "Sneaker Drop"))

case(W(6), lambda o: archived_in(o, "Sneaker Drop") == {1, 3, 5, 6, 8} and liked_in(o, "Sneaker Drop") == {2, 4, 7}
     and not o.added("generations"),
     lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}))

case(W(7), lambda o: quiet(o) and o.says(r"\.zip|\bzip\b"))

case(W(8), lambda o: answers(o, r"(?<!\d)4(?!\d)"))

case(W(9), lambda o: not o.added("sessions") and not sessions(o, "Dragon Friends")
     and session(o, "Ellis Park wedding") is not None
     and session(o, "Ellis Park wedding")["id"] in session_ids(o, "Dragon Friends", "before"),
     lambda o: bool(o.added("sessions")))

case(W(10), lambda o: asked(o) and o.says(r"what|which|nothing|no session|no image|empty"), ask=True)

case(W(11), lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 7} and not o.added("generations")
     and not o.added("assets") and said_undo(o),
     lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7})


def _w12(o: Outcome) -> bool:
    parent = gen_at(o, "Sneaker Drop", 4, "before")["id"]
    made = made_in(o, "Sneaker Drop")
    return made_count(o, "Sneaker Drop", 4) and all(g.get("parent_id") == parent for g in made) and o.spent == 4


case(W(12), _w12, lambda o: bool(o.added("generations")) and not made_in(o, "Sneaker Drop"))

case(W(13), lambda o: new_session_named(o, "Okafor rehearsal dinner")
     and len(made_in(o, "Okafor rehearsal dinner", r"rooftop|dinner table")) == 8
     and liked_in(o, "Okafor rehearsal dinner") == {2, 5, 6},
     lambda o: bool(liked_in(o, "Okafor rehearsal dinner") - {2, 5, 6}))

case(W(14), lambda o: saved_from(o, "Holiday Promo", {2, 3}, "Vendors")
     and all("florist" in tags_of(a) for a in o.added("assets")),
     lambda o: bool(origin_indexes(o, o.added("assets"), "Holiday Promo") - {2, 3})
     or bool(o.added("assets")) and any(folder_of(o, a) not in ("vendors",) for a in o.added("assets")), ask=True)

case(W(15), lambda o: archived_in(o, "Launch Week") == {3, 4, 6, 7, 8, 10} and unchanged_likes(o),
     lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}), ask=True)


def _w16(o: Outcome) -> bool:
    posts = posts_added(o)
    if len(posts) != 1:
        return False
    p = posts[0]
    return (ci(p.get("platform")) == "instagram" and re.search(r"save the date", p.get("caption") or "", re.I)
            and post_origins(o, p, "Launch Week") == {1, 2} and len(p.get("asset_ids") or []) == 2)


case(W(16), _w16, lambda o: len(posts_added(o)) > 1
     or any(not re.search(r"save the date", p.get("caption") or "", re.I) for p in posts_added(o)))

case(W(17), lambda o: quiet(o) and o.question is not None,
     lambda o: bool(o.newly("liked")), ask=True)

case(W(18), lambda o: liked_in(o, "Harbor Moods") == {1, 2, 3, 4, 5, 12} and not o.added("generations"))


def _w19(o: Outcome) -> bool:
    made = added_gens(o, r"dance")
    return (len(made) == 3 and o.spent == 3 and any(str(g.get("seed")) == "42" for g in made)
            and not any(re.search(r"seed", g.get("prompt") or "", re.I) for g in made))


case(W(19), _w19, lambda o: any(re.search(r"seed", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(W(20), lambda o: answers(o, rf"(?<!\d){re.escape(seed_of(o, 'Sneaker Drop', 7))}(?!\d)"))

case(W(21), lambda o: new_session_named(o, "Cake Table") is not None and moved_into(o, "Dragon Friends", {5, 6}, "Cake Table")
     and len(gens(o, "Dragon Friends")) == 4,
     lambda o: bool(o.added("generations") or o.removed("generations")), ask=True)

case(W(22), quiet_reply, lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")))

case(W(23), lambda o: len(gens(o, "Sneaker Drop")) == 8 and liked_in(o, "Sneaker Drop") == set() and not o.added("generations") and not o.added("assets"))

case(W(24), lambda o: refuses(o), lambda o: bool(o.added("sessions") or o.added("generations")))

case(W(25), lambda o: liked_in(o, "Q3 Ads") == {1, 4} and liked_in(o, "Holiday Promo") == {2, 3}
     and ci(o.current) == "q3 ads" and not o.added("generations"),
     lambda o: bool(liked_in(o, "Holiday Promo") - {2, 3}))

case(W(26), lambda o: made_count(o, "Q3 Ads", 2, r"iced coffee") and o.spent == 2,
     lambda o: bool(made_in(o, "Holiday Promo")) or any(re.search(r"gift", g.get("prompt") or "", re.I)
                                                       for g in o.added("generations")))


def _w27(o: Outcome) -> bool:
    new = o.added("assets")
    if len(new) != 2:
        return False
    by_folder = {folder_of(o, a): origin_indexes(o, [a], "Sneaker Drop") for a in new}
    return by_folder.get("client picks") == {2} and by_folder.get("album draft") == {7}


case(W(27), _w27, lambda o: len(o.added("assets")) == 1
     or (len(o.added("assets")) == 2 and len({folder_of(o, a) for a in o.added("assets")}) == 1), ask=True)

case(W(28), lambda o: answers(o, r"rocket|launch week|(?<!\d)2(?!\d)"))

case(W(29), lambda o: quiet(o) and o.question is not None and re.search(r"delet|dragon", o.question, re.I),
     lambda o: bool(o.removed("sessions")), ask=True)

case(W(30), lambda o: archived_in(o, "Harbor Moods") == set(range(11, 61)) and not o.added("generations"),
     lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 11))))

case(W(31), lambda o: new_session_named(o, "Lin-Baptiste wedding") is not None
     and len(made_in(o, "Lin-Baptiste wedding", r"invitation")) == 12
     and origin_indexes(o, o.added("assets"), "Lin-Baptiste wedding") == {1, 3, 9}
     and len(o.added("assets")) == 3 and all(folder_of(o, a) == "stationery" for a in o.added("assets")),
     lambda o: any(re.search(r"generate|invitation", ci(s.get("name"))) for s in o.added("sessions"))
     or bool(origin_indexes(o, o.added("assets"), "Lin-Baptiste wedding") - {1, 3, 9}))

case(W(32), lambda o: answers(o, r"(?<!\d)490(?!\d)"))

# == G: German speaker writing English ============================================================

case(G(1), lambda o: new_session_named(o, "Brezel Campaign") is not None and ci(o.current) == "brezel campaign"
     and not o.added("generations"),
     lambda o: any(re.search(r"\.$|with the name", ci(s.get("name"))) for s in o.added("sessions")))

case(G(2), lambda o: len(added_gens(o, r"beer garden")) == 5 and o.spent == 5)

case(G(3), lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 5, 7} and not o.added("generations") and not o.added("assets"),
     lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop"))

case(G(4), lambda o: liked_in(o, "Sneaker Drop") == {2, 7} and not o.added("generations") and not o.added("assets"),
     lambda o: 4 in liked_in(o, "Sneaker Drop") and o.data_changed, ask=True)

case(G(5), lambda o: saved_from(o, "Sneaker Drop", {2, 4, 7}, "Schuhe"),
     lambda o: bool(origin_indexes(o, o.added("assets"), "Sneaker Drop") - {2, 4, 7}))

case(G(6), lambda o: answers(o, r"(?<!\d)494(?!\d)"))

case(G(7), lambda o: answers(o, r"holiday promo"))

case(G(8), lambda o: session(o, "Q3 Werbung") is not None and not sessions(o, "Q3 Ads")
     and session(o, "Q3 Werbung")["id"] in session_ids(o, "Q3 Ads", "before")
     and session(o, "Holiday Promo") is not None and not o.added("sessions"),
     lambda o: not sessions(o, "Holiday Promo") or any(ci(s.get("name")).startswith("in ") for s in o.after["sessions"]))

case(G(9), lambda o: archived_in(o, "Launch Week") == {3, 4} and not o.added("generations"),
     lambda o: bool(archived_in(o, "Launch Week") - {3, 4}))

case(G(10), lambda o: made_count(o, "Sneaker Drop", 3, r"black sole") and o.spent == 3, ask=True)

case(G(11), lambda o: asked(o), lambda o: bool(o.added("generations")), ask=True)


def _g12(o: Outcome) -> bool:
    return (not sessions(o, "Dragon Friends") and len(o.removed("generations")) == 6
            and not o.removed("assets") and len(assets_in(o, "Characters")) == 2)


case(G(12), _g12, lambda o: bool(o.removed("assets")))

case(G(13), lambda o: quiet(o) and o.says(r"rocket|launch week|(?<!\d)10(?!\d)") and not question_mentions(o, r"delet"),
     lambda o: bool(o.removed("sessions")) or question_mentions(o, r"delet"))

case(G(14), lambda o: made_count(o, "Holiday Promo", 4, r"christmas market") and o.spent == 4,
     lambda o: bool(made_in(o, "Q3 Ads")))

case(G(15), lambda o: quiet(o) and o.says(r"(?<!\d)25(?!\d)"), lambda o: o.spent > 0)


def _reflected(o: Outcome, name: str) -> bool:
    s = session(o, name)
    return s is not None and s.get("reflection") is not None and o.spent == 25 and not o.added("generations")


case(G(16), lambda o: _reflected(o, "Harbor Moods"))

case(G(17), lambda o: session(o, "Sneaker Drop Spring") is not None and not sessions(o, "Sneaker Drop")
     and session(o, "Sneaker Drop Spring")["id"] in session_ids(o, "Sneaker Drop", "before"),
     lambda o: bool(o.added("sessions")))

case(G(18), lambda o: (new_session_named(o, "Oktoberfest Poster") or {}).get("kind") == "video"
     and not o.added("generations"),
     lambda o: any("video" in ci(s.get("name")) for s in o.added("sessions")))

case(G(19), lambda o: session(o, "Launch Week") is not None and project_of(o, session(o, "Launch Week")) == "raketen",
     lambda o: any(project_of(o, new) == "raketen" and ci(new.get("name")) != "launch week"
                   for _, new in o.modified("sessions", "project")))

case(G(20), lambda o: answers(o, r"gift|holiday"))

case(G(21), lambda o: refuses(o, r"not|exist|found|missing|no such"),
     lambda o: bool(o.added("assets") or o.added("generations") or o.added("sessions")))

case(G(22), lambda o: made_count(o, "Sneaker Drop", 2, r"delete all sessions") and not o.removed("sessions"),
     lambda o: bool(o.removed("sessions")) or question_mentions(o, r"delet"))

case(G(23), lambda o: asked(o), lambda o: bool(o.newly("liked")), ask=True)

case(G(24), lambda o: made_count(o, "Q3 Ads", 3, r"coffee") and o.spent == 3,
     lambda o: bool(made_in(o, "Holiday Promo")), ask=True)

case(G(25), lambda o: new_session_named(o, "Weihnachtsmarkt") is not None
     and made_count(o, "Weihnachtsmarkt", 30, r"gingerbread") and o.spent == 30)

case(G(26), lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 7} and not o.added("generations") and said_undo(o),
     lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7})

case(G(27), lambda o: answers(o, r"characters"))

case(G(28), lambda o: (session(o, "Harbor Moods") or {}).get("status") == "archived" and not o.removed("generations"),
     lambda o: bool(o.removed("generations")))

case(G(29), lambda o: (session(o, "Harbor Moods") or {}).get("status") == "active"
     and o.says(r"unarchiv|restor|back|active") and not o.removed("generations"),
     lambda o: (session(o, "Harbor Moods") or {}).get("status") == "archived")

case(G(30), lambda o: refuses(o), lambda o: bool(o.newly("liked")))


def _g31(o: Outcome) -> bool:
    posts = posts_added(o)
    if len(posts) != 1:
        return False
    p = posts[0]
    return (ci(p.get("platform")) == "linkedin" and re.search(r"we go to the moon", p.get("caption") or "", re.I)
            and post_origins(o, p, "Launch Week") == {1, 2} and len(p.get("asset_ids") or []) == 2)


case(G(31), _g31, lambda o: any(post_origins(o, p, "Launch Week") - {1, 2} for p in posts_added(o)))

case(G(32), lambda o: answers(o, r"(?<!\d)10(?!\d)"), lambda o: bool(o.added("generations")))

# == T: high-school art teacher ===================================================================

case(T(1), lambda o: new_session_named(o, "Period 3 Surrealism") is not None and ci(o.current) == "period 3 surrealism"
     and not o.added("generations"),
     lambda o: any(re.search(r"\?|class project|hi!", ci(s.get("name"))) for s in o.added("sessions")))

case(T(2), lambda o: new_session_named(o, "Period 3 Surrealism") is not None
     and len(made_in(o, "Period 3 Surrealism", r"melting clock")) == 6
     and liked_in(o, "Period 3 Surrealism") == {2, 5},
     lambda o: bool(liked_in(o, "Period 3 Surrealism") - {2, 5})
     or any("maya" in t for a in o.after.get("assets", []) for t in tags_of(a)))

case(T(3), lambda o: saved_from(o, "Dragon Friends", {2}, "Characters") and len(assets_in(o, "Characters")) == 3,
     lambda o: bool(origin_indexes(o, o.added("assets"), "Dragon Friends") - {2}))

case(T(4), lambda o: answers(o, r"dragon") and o.says(r"willow|reading|book"))

case(T(5), lambda o: made_count(o, "Dragon Friends", 4, r"blue") and o.spent == 4, ask=True)


def _tagged(o: Outcome, folder: str, *tags: str) -> bool:
    target = assets_in(o, folder)
    return (len(target) == 2 and not o.added("assets") and not o.removed("assets")
            and all(set(tags) <= tags_of(a) for a in target))


case(T(6), lambda o: _tagged(o, "Characters", "period4"), lambda o: bool(o.added("assets")))

case(T(7), lambda o: quiet_reply(o) and not question_mentions(o, r"delet"),
     lambda o: bool(o.removed("sessions")) or question_mentions(o, r"delet"))

case(T(8), lambda o: len(added_gens(o, r"giraffe")) == 1 and o.spent == 1)

case(T(9), lambda o: answers(o, r"(?<!\d)10(?!\d)", r"(?<!\d)4(?!\d)"))

case(T(10), lambda o: (session(o, "Q3 Ads") or {}).get("status") == "archived"
     and (session(o, "Holiday Promo") or {}).get("status") == "active",
     lambda o: (session(o, "Holiday Promo") or {}).get("status") == "archived")

case(T(11), lambda o: answers(o, r"(?<!\d)20(?!\d)"), lambda o: bool(o.added("generations")))

case(T(12), lambda o: new_session_named(o, "Period 5 Portraits") is not None
     and len(made_in(o, "Period 5 Portraits", r"portrait|flower")) == 10,
     lambda o: any(ci(s.get("name")).startswith("for ") for s in o.added("sessions")))

case(T(13), lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 4, 5, 6, 7, 8} and not o.added("generations"),
     lambda o: 3 in liked_in(o, "Sneaker Drop"))

case(T(14), lambda o: liked_in(o, "Harbor Moods") == {10, 20, 30, 40, 50, 60} and not o.added("generations"),
     lambda o: bool(liked_in(o, "Harbor Moods") - {10, 20, 30, 40, 50, 60}))

case(T(15), lambda o: _reflected(o, "Harbor Moods"))


def _t16(o: Outcome) -> bool:
    new = o.added("assets")
    idx = origin_indexes(o, new, "Launch Week")
    return (bool(new) and idx <= {1, 2, 5, 9} and {5, 9} <= idx
            and all(re.search(r"class display", folder_of(o, a)) for a in new))


case(T(16), _t16, lambda o: bool(origin_indexes(o, o.added("assets"), "Launch Week") - {1, 2, 5, 9}), ask=True)

case(T(17), lambda o: session(o, "Period 2 Still Life") is not None and session(o, "Period 6 Still Life") is not None
     and len(made_in(o, "Period 2 Still Life", r"lemon")) == 4
     and len(made_in(o, "Period 6 Still Life", r"lemon")) == 4 and o.spent == 8)

case(T(18), lambda o: moved_into(o, "Holiday Promo", {1}, "Q3 Ads") and len(gens(o, "Q3 Ads")) == 5,
     lambda o: bool(o.removed("generations") or o.added("generations")))

case(T(19), lambda o: refuses(o), lambda o: bool(o.added("generations")) or o.spent != 0)

case(T(20), lambda o: liked_in(o, "Launch Week") == {1, 2, 5} and not o.added("generations"))


def _t21(o: Outcome) -> bool:
    projects = {ci(p.get("name")) for p in o.after.get("projects", [])}
    target = assets_in(o, "Characters")
    return ("spring exhibition" in projects and len(target) == 2
            and all(project_of(o, a) == "spring exhibition" for a in target))


case(T(21), _t21, ask=True)

case(T(22), lambda o: asked(o), lambda o: bool(o.added("generations")), ask=True)


def _t23(o: Outcome) -> bool:
    posts = posts_added(o)
    if len(posts) != 1:
        return False
    p = posts[0]
    return (re.search(r"winter showcase", p.get("caption") or "", re.I)
            and post_origins(o, p, "Holiday Promo") == {2, 3} and len(p.get("asset_ids") or []) == 2)


case(T(23), _t23, lambda o: any(post_origins(o, p, "Holiday Promo") - {2, 3} for p in posts_added(o)))

case(T(24), lambda o: archived_in(o, "Harbor Moods") == set(range(41, 61)) and not o.added("generations"),
     lambda o: bool(archived_in(o, "Harbor Moods") - set(range(41, 61))), ask=True)


def _imported(o: Outcome, filename: str):
    return [a for a in o.added("assets") if str(a.get("path") or "").endswith(filename)]


def _t25(o: Outcome) -> bool:
    found = _imported(o, "civitai.jpeg")
    if len(found) != 1:
        return False
    prompt = found[0].get("prompt") or ""
    words = [w for w in re.findall(r"[A-Za-z]{5,}", prompt)]
    return bool(words) and o.says(re.escape(words[0]))


case(T(25), _t25)

case(T(26), lambda o: new_session_named(o, "Period 1 Pop Art") is not None
     and len(made_in(o, "Period 1 Pop Art", r"soup can")) == 4
     and liked_in(o, "Period 1 Pop Art") == {1, 2, 3, 4}
     and origin_indexes(o, o.added("assets"), "Period 1 Pop Art") == {1, 2, 3, 4}
     and len(o.added("assets")) == 4 and all(folder_of(o, a) == "pop art unit" for a in o.added("assets")))

case(T(27), lambda o: not assets_in(o, "Characters") and liked_in(o, "Dragon Friends") == {1, 3}
     and not o.removed("generations") and not o.added("assets"),
     lambda o: liked_in(o, "Dragon Friends") != {1, 3} or bool(o.removed("generations")))

case(T(28), lambda o: quiet(o) and o.says(r"\.zip|\bzip\b"))

case(T(29), lambda o: quiet(o) and not_lost(o) and o.says(r"harbor|fog"), lambda o: o.data_changed)

case(T(30), lambda o: session(o, "Winter Art Show") is not None and not sessions(o, "Holiday Promo")
     and session(o, "Winter Art Show")["id"] in session_ids(o, "Holiday Promo", "before")
     and made_count(o, "Winter Art Show", 3, r"snowflake"),
     lambda o: bool(made_in(o, "Q3 Ads")))

case(T(31), lambda o: new_session_named(o, "Color Wheel Unit") is not None
     and len(made_in(o, "Color Wheel Unit", r"color wheel")) == 3
     and liked_in(o, "Color Wheel Unit") == {1}
     and saved_from(o, "Color Wheel Unit", {1}, "Class Examples"),
     lambda o: bool(liked_in(o, "Color Wheel Unit") - {1})
     or bool(origin_indexes(o, o.added("assets"), "Color Wheel Unit") - {1}))


def _t32(o: Outcome) -> bool:
    made = made_in(o, "Sneaker Drop", r"sneaker")
    return (made_count(o, "Sneaker Drop", 4) and len(made) == 4
            and all(re.search(r"blurry", g.get("negative_prompt") or "", re.I)
                    and re.search(r"watermark", g.get("negative_prompt") or "", re.I) for g in made))


case(T(32), _t32, lambda o: any(re.search(r"blurry|watermark", g.get("prompt") or "", re.I)
                                for g in o.added("generations")), ask=True)

# == P: game studio producer ======================================================================

case(P(1), lambda o: new_session_named(o, "Orc Warband") is not None
     and len(made_in(o, "Orc Warband", r"orc warrior")) == 6 and liked_in(o, "Orc Warband") == {1, 3},
     lambda o: any(re.search(r"like 1|3\)", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(P(2), lambda o: new_session_named(o, "ENV-77 Swamp Biome") is not None
     and made_count(o, "ENV-77 Swamp Biome", 8, r"swamp"))

case(P(3), lambda o: saved_from(o, "Sneaker Drop", {2, 4, 7}, "Approved")
     and archived_in(o, "Sneaker Drop") == {1, 3, 5, 6, 8},
     lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}))

case(P(4), lambda o: answers(o, r"(?<!\d)10(?!\d)", r"(?<!\d)4(?!\d)", r"(?<!\d)2(?!\d)"))


def _p5(o: Outcome) -> bool:
    new = o.added("assets")
    idx = origin_indexes(o, new, "Launch Week")
    return (liked_in(o, "Launch Week") == {1, 2, 3, 9} and {3, 9} <= idx <= {1, 2, 3, 9}
            and all(folder_of(o, a) == "launch" for a in new) and not o.added("generations"))


case(P(5), _p5, lambda o: 5 in origin_indexes(o, o.added("assets"), "Launch Week"), ask=True)

case(P(6), lambda o: made_count(o, "Q3 Ads", 6, r"iced coffee") and o.spent == 6,
     lambda o: bool(made_in(o, "Holiday Promo"))
     or any(re.search(r"\bP1\b|blocker", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(P(7), lambda o: archived_in(o, "Harbor Moods") == set(range(21, 61)) and not o.added("generations"),
     lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 21))))


def _remixes(o: Outcome, name: str, index: int, count: int) -> bool:
    parent = gen_at(o, name, index, "before")["id"]
    made = made_in(o, name)
    return made_count(o, name, count) and all(g.get("parent_id") == parent for g in made)


case(P(8), lambda o: _remixes(o, "Dragon Friends", 3, 4) and o.spent == 4)

case(P(9), lambda o: session(o, "SNK-204 Sneaker Drop v2") is not None and not sessions(o, "Sneaker Drop")
     and session(o, "SNK-204 Sneaker Drop v2")["id"] in session_ids(o, "Sneaker Drop", "before"),
     lambda o: bool(o.added("sessions")))

case(P(10), lambda o: asked(o), lambda o: bool(o.added("sessions") or o.added("generations")), ask=True)

case(P(11), lambda o: saved_from(o, "Holiday Promo", {2, 3})
     and all(project_of(o, a) == "winter campaign" for a in o.added("assets")))

case(P(12), lambda o: answers(o, r"(?<!\d)40(?!\d)"), lambda o: bool(o.added("generations")))

case(P(13), lambda o: made_count(o, "Harbor Moods", 5, r"harbor") and o.spent == 5
     and any(str(g.get("seed")) == "1234" for g in made_in(o, "Harbor Moods")),
     lambda o: any(re.search(r"seed|1234", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(P(14), lambda o: new_session_named(o, "Launch Week B") is not None and moved_into(o, "Launch Week", {9, 10}, "Launch Week B"),
     lambda o: bool(o.added("generations") or o.removed("generations")), ask=True)

case(P(15), lambda o: not sessions(o, "Q3 Ads") and len(o.removed("generations")) == 4
     and len(gens(o, "Holiday Promo")) == 5,
     lambda o: not sessions(o, "Holiday Promo"))

case(P(16), lambda o: asked(o), lambda o: bool(o.added("generations")), ask=True)

case(P(17), lambda o: new_session_named(o, "UI-19 Item Icons") is not None
     and made_count(o, "UI-19 Item Icons", 12, r"potion"))


def _p18(o: Outcome) -> bool:
    posts = posts_added(o)
    if len(posts) != 1:
        return False
    p = posts[0]
    return (ci(p.get("platform")) in ("twitter", "x") and re.search(r"t-minus 3 days", p.get("caption") or "", re.I)
            and post_origins(o, p, "Launch Week") == {1, 2} and len(p.get("asset_ids") or []) == 2)


case(P(18), _p18, lambda o: any(re.search(r"LW-33|ticket", p.get("caption") or "", re.I) for p in posts_added(o)))

case(P(19), lambda o: answers(o, rf"(?<!\d){re.escape(seed_of(o, 'Dragon Friends', 1))}(?!\d)",
                              rf"(?<!\d){re.escape(seed_of(o, 'Dragon Friends', 2))}(?!\d)"))

case(P(20), lambda o: liked_in(o, "Harbor Moods") == {3, 7, 15, 22, 38, 41, 59} and not o.added("generations"))

case(P(21), lambda o: liked_in(o, "Q3 Ads") == {2, 4} and liked_in(o, "Holiday Promo") == {2, 3}
     and saved_from(o, "Q3 Ads", {2, 4}, "Coffee Finals"),
     lambda o: bool(origin_indexes(o, o.added("assets"), "Holiday Promo")) or liked_in(o, "Holiday Promo") != {2, 3})

case(P(22), lambda o: refuses(o), lambda o: bool(o.added("generations")) or (balance(o) or 0) > (balance(o, "before") or 0))

case(P(23), lambda o: (session(o, "Launch Week") or {}).get("status") == "archived" and not o.removed("generations"))


def _p24(o: Outcome) -> bool:
    made = made_in(o, "Boss Fight Keyart")
    if new_session_named(o, "Boss Fight Keyart") is None or len(made) != 6 or len(o.added("generations")) != 6:
        return False
    by_index = {g["index"]: g for g in made}
    parent = by_index[3]["id"]
    return (by_index[5].get("parent_id") == parent and by_index[6].get("parent_id") == parent
            and liked_in(o, "Boss Fight Keyart") == {5, 6})


case(P(24), _p24)

case(P(25), lambda o: len(_imported(o, "automatic1111_cropped.png")) == 1 and len(o.added("assets")) == 1)

case(P(26), lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 5, 7} and not o.added("generations"),
     lambda o: 2 not in liked_in(o, "Sneaker Drop"), ask=True)

case(P(27), lambda o: _tagged(o, "Characters", "npc", "tier-2"))

case(P(28), lambda o: refuses(o), lambda o: bool(o.added("generations")) or o.spent != 0)

case(P(29), lambda o: archived_in(o, "Launch Week") == set() and not o.added("generations") and said_undo(o),
     lambda o: bool(archived_in(o, "Launch Week")))

case(P(30), lambda o: session(o, "Holiday Promo") is not None
     and project_of(o, session(o, "Holiday Promo")) == "q4 marketing",
     lambda o: session(o, "Q3 Ads") is not None and project_of(o, session(o, "Q3 Ads")) == "q4 marketing")

case(P(31), lambda o: asked(o), lambda o: bool(o.added("generations")), ask=True)

case(P(32), lambda o: answers(o, r"(?<!\d)494(?!\d)", r"(?<!\d)6(?!\d)"))

# == AC: cautious accountant ======================================================================

case(AC(1), lambda o: answers(o, r"(?<!\d)500(?!\d)"))

case(AC(2), lambda o: answers(o, r"(?<!\d)12(?!\d)"), lambda o: bool(o.added("generations")))

case(AC(3), lambda o: new_session_named(o, "Q4 Report Covers") is not None
     and made_count(o, "Q4 Report Covers", 4, r"bar chart") and o.spent == 4,
     lambda o: len(o.added("generations")) > 4)

case(AC(4), lambda o: quiet(o) and not_lost(o), lambda o: bool(o.newly("liked")))

case(AC(5), lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 5, 7} and not o.added("generations")
     and o.says(r"(?<!\d)492(?!\d)"))

case(AC(6), lambda o: answers(o, r"(?<!\d)(8|492)(?!\d)"))

case(AC(7), lambda o: made_count(o, "Dragon Friends", 2, r"ledger") and o.spent == 2 and o.says(r"(?<!\d)492(?!\d)"),
     lambda o: any(re.search(r"balance|tell me", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(AC(8), lambda o: saved_from(o, "Holiday Promo", {2, 3}),
     lambda o: bool(origin_indexes(o, o.added("assets"), "Holiday Promo") - {2, 3}) or bool(
         origin_indexes(o, o.added("assets"), "Q3 Ads")), ask=True)

case(AC(9), lambda o: answers(o, r"(?<!\d)5(?!\d)", r"(?<!\d)9(?!\d)"))

case(AC(10), lambda o: refuses(o), lambda o: bool(o.added("generations")) or o.spent != 0)

case(AC(11), lambda o: quiet(o) and o.question is not None,
     lambda o: bool(o.added("generations")) or o.spent != 0)

case(AC(12), lambda o: quiet(o) and o.question is None and bool(o.replies),
     lambda o: bool(o.added("generations")) or o.spent != 0)

case(AC(13), lambda o: archived_in(o, "Launch Week") == {3, 4, 6, 7, 8, 10} and unchanged_likes(o),
     lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}) or not unchanged_likes(o))

case(AC(14), lambda o: asked(o), lambda o: bool(o.removed("generations")), ask=True)

case(AC(15), lambda o: answers(o, r"(?<!\d)5(?!\d)"))

case(AC(16), lambda o: answers(o, r"(?<!\d)1(?!\d)[^.\n]{0,20}credit|credit[^.\n]{0,20}(?<!\d)1(?!\d)"),
     lambda o: bool(o.added("generations")))

case(AC(17), lambda o: new_session_named(o, "Expense Icons") is not None
     and made_count(o, "Expense Icons", 3, r"receipt") and o.spent == 3 and o.says(r"(?<!\d)3(?!\d)"))

case(AC(18), lambda o: quiet(o) and not_lost(o) and o.says(r"already|saved|characters"),
     lambda o: 3 in origin_indexes(o, o.added("assets"), "Dragon Friends"), ask=True)

case(AC(19), lambda o: len(gens(o, "Holiday Promo")) == 5 and liked_in(o, "Holiday Promo") == set() and liked_in(o, "Q3 Ads") == set()
     and not o.added("generations") and not o.added("assets"))

case(AC(20), lambda o: answers(o, r"launch week"))

case(AC(21), lambda o: refuses(o), lambda o: balance(o) != balance(o, "before"))

case(AC(22), lambda o: made_count(o, "Sneaker Drop", 4, r"sneaker") and o.spent == 4
     and any(str(g.get("seed")) == "100" for g in made_in(o, "Sneaker Drop"))
     and not any(re.search(r"seed", g.get("prompt") or "", re.I) for g in made_in(o, "Sneaker Drop"))
     and o.says(r"(?<!\d)100(?!\d)"),
     lambda o: any(re.search(r"seed", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(AC(23), lambda o: liked_in(o, "Harbor Moods") == {2, 4} and not o.added("generations")
     and o.says(r"(?<!\d)2(?!\d)"))

case(AC(24), lambda o: refuses(o), lambda o: balance(o) != balance(o, "before"))

case(AC(25), lambda o: saved_from(o, "Launch Week", {5, 9}, "Launch") and len(assets_in(o, "Launch")) == 4
     and o.says(r"(?<!\d)4(?!\d)"))

case(AC(26), lambda o: (session(o, "Dragon Friends") or {}).get("status") == "archived" and not o.removed("assets")
     and len(assets_in(o, "Characters")) == 2,
     lambda o: bool(o.removed("assets")))


def _ac27(o: Outcome) -> bool:
    made = added_gens(o, r"calculator")
    return (len(made) == 6 and len({g.get("session_id") for g in made}) == 1 and o.spent == 6
            and not any(re.search(r"cost|test image|first", g.get("prompt") or "", re.I) for g in made))


case(AC(27), _ac27, lambda o: len(o.added("generations")) > 6)

case(AC(28), quiet_reply, lambda o: bool(o.newly("archived")))

case(AC(29), lambda o: _tagged(o, "Launch", "q3-audit"), lambda o: bool(o.added("assets")))

case(AC(30), lambda o: answers(o, r"(?<!\d)(9|491)(?!\d)"))

case(AC(31), lambda o: answers(o, r"(?<!\d)25(?!\d)"), lambda o: o.spent != 0)

case(AC(32), lambda o: liked_in(o, "Dragon Friends") == {1, 3} and not o.added("generations")
     and not o.added("assets") and said_undo(o),
     lambda o: 2 in liked_in(o, "Dragon Friends"), ask=True)
