"""Checks for round 45 of first-contact requests (written only from each case's meant / wrong_if / ok_to_ask).

Voices, 32 cases each: r45-001..032 an Arabic speaker writing English; 033..064 a florist with a small
shop; 065..096 a Twitch streamer typing between games; 097..128 a blind screen-reader user (terse,
numbers spelled out); 129..160 a product manager writing acceptance criteria.

Setups (every confirmation in a setup answered yes; credits start at 500, 1 credit per default image):
- A: empty home.
- B: session "Sneaker Drop", 8 generations, liked {2,4,7}; 492 credits; current Sneaker Drop.
- C: session "Dragon Friends", 6 generations, liked {1,3}, both saved as assets in folder
  "Characters"; 494 credits.
- D: "Q3 Ads" (4 generations, none liked) and "Holiday Promo" (5, liked {2,3}, current); 491 credits.
- E: "Launch Week", 10 generations, liked {1,2,5,9}, 1 and 2 saved to folder "Launch"; 490 credits.
- F: "Harbor Moods", 60 generations; 440 credits.

Conventions:
- Everything is read from the state before/after the say lines (``atelier state --json`` shape) and
  from loose, case-insensitive patterns in the reply text; never from tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case.
  An asset's folder/project may be given as a name or an id; both are resolved to a name.
- Every check function is wrapped so it never raises (an exception reads as False).
- When a case has ok_to_ask, ``meant`` also holds when nothing changed and a question is waiting or
  a specific refusal/question was replied (``asked``).
- ``wrong`` names outcomes the case's wrong_if calls out; any other data change without ``meant``
  is scored wrong by the judge anyway.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}

_ASK = (r"\?|can't|cannot|can not|won't|unable|not able|which|did you mean|do you mean|not sure|unclear|"
        r"no such|doesn't exist|does not exist|don't have|do not have|couldn't find|could not find|not found|"
        r"\bonly\b|refus|isn't|is not|there (is|are) no|\bno (image|generation|session|folder|#)|not enough|"
        r"invalid|must be|between|out of range|limit|at most|maximum|\bmax\b|confirm|sure\b|missing")


def _safe(fn):
    def wrapped(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return wrapped


def asked(o: Outcome) -> bool:
    """Nothing changed, and a question waits or a specific question/refusal was replied."""
    return quiet(o) and (o.question is not None or (not_lost(o) and o.says(_ASK)))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    if ask:
        base = m
        m = _safe(lambda o: base(o) or asked(o))
    CHECKS[case_id] = Check(m, _safe(wrong) if wrong is not None else None)


# -- readings of the state -----------------------------------------------------------------------

def _cf(value) -> str:
    if value is None:
        return ""
    return str(value).replace("\u2019", "'").strip().casefold()


def _state(o: Outcome, when: str = "after") -> dict:
    return o.after if when == "after" else o.before


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    hits = [s for s in _state(o, when).get("sessions", []) if _cf(s.get("name")) == _cf(name)]
    return hits[0] if len(hits) == 1 else None


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    s = sess(o, name, when)
    if s is None:
        return []
    return [g for g in _state(o, when).get("generations", []) if g.get("session_id") == s["id"]]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict | None:
    return next((g for g in gens(o, name, when) if g.get("index") == index), None)


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("archived")}


def status(o: Outcome, name: str) -> str:
    s = sess(o, name)
    return _cf(s.get("status")) if s else ""


def balance(o: Outcome, when: str = "after") -> int | None:
    return (_state(o, when).get("credits") or {}).get("balance")


def made_in(o: Outcome, name: str, count: int, pattern: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (prompts matching ``pattern``)."""
    s = sess(o, name)
    new = o.added("generations")
    if s is None or len(new) != count or any(g.get("session_id") != s["id"] for g in new):
        return []
    if pattern and not all(re.search(pattern, g.get("prompt") or "", re.I) for g in new):
        return []
    return new


def made_any(o: Outcome, count: int, pattern: str | None = None) -> list[dict]:
    new = o.added("generations")
    if len(new) != count:
        return []
    if pattern and not all(re.search(pattern, g.get("prompt") or "", re.I) for g in new):
        return []
    return new


def new_sess(o: Outcome, name: str, current: bool = True) -> dict | None:
    made = o.added("sessions")
    if len(made) != 1 or _cf(made[0].get("name")) != _cf(name):
        return None
    if current and _cf(o.current) != _cf(name):
        return None
    return made[0]


def renamed(o: Outcome, old: str, new: str) -> bool:
    before = sess(o, old, "before")
    after = sess(o, new)
    return (before is not None and after is not None and before["id"] == after["id"]
            and sess(o, old) is None and not o.removed("generations") and not o.added("generations"))


def _name_of(o: Outcome, value, table: str) -> str:
    if isinstance(value, dict):
        return _cf(value.get("name"))
    if value is None:
        return ""
    for row in o.after.get(table, []) + o.before.get(table, []):
        if str(row.get("id")) == str(value):
            return _cf(row.get("name"))
    return _cf(value)


def folder_of(o: Outcome, asset: dict) -> str:
    return _name_of(o, asset.get("folder"), "folders")


def project_of(o: Outcome, asset: dict) -> str:
    return _name_of(o, asset.get("project"), "projects")


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in _state(o, when).get("assets", []) if folder_of(o, a) == _cf(folder)]


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,;]", tags)
    return {_cf(t.get("name") if isinstance(t, dict) else t) for t in tags}


def _gen_by_id(o: Outcome) -> dict[str, dict]:
    out = {g["id"]: g for g in o.before.get("generations", [])}
    out.update({g["id"]: g for g in o.after.get("generations", [])})
    return out


def origins(o: Outcome, assets: list[dict], session: str) -> set[int]:
    """Indexes (in ``session``) of the generations these assets were saved from."""
    ids = {s["id"] for w in ("before", "after") for s in _state(o, w).get("sessions", [])
           if _cf(s.get("name")) == _cf(session)}
    by_id = _gen_by_id(o)
    out = set()
    for a in assets:
        g = by_id.get(a.get("origin_generation_id"))
        if g is not None and g.get("session_id") in ids:
            out.add(g["index"])
    return out


def names(o: Outcome, table: str) -> set[str]:
    return {_cf(r.get("name")) for r in o.after.get(table, [])}


def one_post(o: Outcome) -> dict | None:
    posts = o.added("posts")
    return posts[0] if len(posts) == 1 else None


def post_assets(o: Outcome, post: dict) -> list[dict]:
    by_id = {a["id"]: a for a in o.after.get("assets", [])}
    return [by_id[i] for i in post.get("asset_ids") or [] if i in by_id]


def likes_only(o: Outcome, session: str, expected: set[int]) -> bool:
    """Likes in ``session`` are exactly ``expected`` and nothing but likes changed."""
    return (liked_in(o, session) == expected and not o.added("generations") and not o.removed("generations")
            and not o.added("assets") and not o.removed("assets") and not o.modified("generations", "archived")
            and o.spent == 0)


def archived_only(o: Outcome, session: str, expected: set[int]) -> bool:
    return (archived_in(o, session) == expected and not o.added("generations") and not o.removed("generations")
            and not o.modified("generations", "liked") and o.spent == 0)


def num(n: int, word: str | None = None) -> str:
    return rf"\b{n}\b" + (rf"|\b{word}\b" if word else "")


# ======================= Arabic speaker writing English (001-032) ================================

case("r45-001", lambda o: new_sess(o, "Ramadan Lanterns") is not None and o.spent == 0)
case("r45-002", lambda o: new_sess(o, "Ramadan Lanterns") is not None
     and made_in(o, "Ramadan Lanterns", 4, "lantern") and o.spent == 4)
case("r45-003", lambda o: likes_only(o, "Sneaker Drop", {2, 4, 5, 7}))
case("r45-004", lambda o: likes_only(o, "Sneaker Drop", {2, 7}),
     wrong=lambda o: not ({2, 7} <= liked_in(o, "Sneaker Drop")) or 4 in archived_in(o, "Sneaker Drop")
     or bool(o.removed("generations")))
case("r45-005", lambda o: answers(o, num(2, "two")))
case("r45-006", lambda o: bool(made_in(o, "Dragon Friends", 3, "dragon")))
case("r45-007", lambda o: liked_in(o, "Q3 Ads") == {1, 4} and liked_in(o, "Holiday Promo") == {2, 3}
     and _cf(o.current) == "q3 ads" and not o.added("generations"),
     wrong=lambda o: liked_in(o, "Holiday Promo") != {2, 3})
case("r45-008", lambda o: answers(o, r"holiday promo"))
case("r45-009", lambda o: len(o.added("assets")) == 2 and origins(o, o.added("assets"), "Launch Week") == {5, 9}
     and all(folder_of(o, a) == "launch" for a in o.added("assets")),
     wrong=lambda o: len(o.after.get("folders", [])) > len(o.before.get("folders", [])))
case("r45-010", lambda o: sess(o, "Launch Week") is None and len(o.removed("generations")) == 10
     and not o.removed("assets"),
     wrong=lambda o: bool(o.removed("assets")))
case("r45-011", lambda o: archived_in(o, "Harbor Moods") == set(range(11, 61)) and status(o, "Harbor Moods") != "archived"
     and not o.added("generations"),
     wrong=lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 11))) or status(o, "Harbor Moods") == "archived",
     ask=True)
case("r45-012", lambda o: 1 <= len(o.added("generations")) <= 20
     and all(re.search(r"camel", g.get("prompt") or "", re.I) for g in o.added("generations")),
     wrong=lambda o: len(o.added("generations")) > 20, ask=True)
case("r45-013", lambda o: answers(o) and str(gen(o, "Sneaker Drop", 2)["seed"]) in o.text)
case("r45-014", lambda o: renamed(o, "Sneaker Drop", "Sneaker Drop Eid") and len(gens(o, "Sneaker Drop Eid")) == 8,
     wrong=lambda o: bool(o.added("sessions")))


def _r45_015(o):
    p = one_post(o)
    return (p is not None and "instagram" in _cf(p.get("platform")) and "meet our little reader" in _cf(p.get("caption"))
            and "caption" not in _cf(p.get("caption")) and len(p.get("asset_ids") or []) == 2
            and origins(o, post_assets(o, p), "Dragon Friends") == {1, 3})


case("r45-015", _r45_015)
case("r45-016", asked, wrong=lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")
                                             or o.modified("generations", "archived")), ask=True)
case("r45-017", lambda o: len(o.removed("assets")) == 2 and liked_in(o, "Launch Week") == {1, 2, 5, 9}
     and len(gens(o, "Launch Week")) == 10 and not o.added("assets"),
     wrong=lambda o: liked_in(o, "Launch Week") != {1, 2, 5, 9} or bool(o.removed("generations")))
case("r45-018", lambda o: bool(sess(o, "Harbor Moods")["reflection"]) and o.spent == 25)
case("r45-019", asked, wrong=lambda o: bool(o.added("generations")) or bool(o.modified("generations")), ask=True)
case("r45-020", lambda o: answers(o, r"zip"))
case("r45-021", lambda o: len(gens(o, "Dragon Sketches")) == 1 and len(gens(o, "Dragon Friends")) == 5
     and not o.added("generations") and o.spent == 0
     and re.search("dragon", gens(o, "Dragon Sketches")[0].get("prompt") or "", re.I),
     wrong=lambda o: o.spent > 0 or bool(o.removed("generations")))


def _r45_022(o):
    new = made_in(o, "Holiday Promo", 5, "gold")
    return bool(new) and not any("please" in _cf(g.get("prompt")) for g in new) and all(
        "red" not in _cf(g.get("prompt")) or "red" in _cf(g.get("negative_prompt")) for g in new)


case("r45-022", _r45_022, wrong=lambda o: any("please" in _cf(g.get("prompt")) for g in o.added("generations")), ask=True)
case("r45-023", lambda o: answers(o, r"launch") and o.says(r"\b2\b|\btwo\b|rocket|#1|\b1\b"))
case("r45-024", lambda o: likes_only(o, "Harbor Moods", {3, 17, 33, 48, 59}))
case("r45-025", lambda o: new_sess(o, "Eid Cards") is not None and made_in(o, "Eid Cards", 6, r"eid|crescent")
     and liked_in(o, "Eid Cards") == {2, 5})
case("r45-026", asked, wrong=lambda o: o.spent != 0 or bool(o.added("generations")), ask=True)


def _r45_027(o):
    before = assets_in(o, "Characters", "before")
    ids = {a["id"] for a in before}
    after = {a["id"]: a for a in o.after.get("assets", [])}
    return ("dragon characters" in names(o, "folders") and "characters" not in names(o, "folders")
            and len(ids) == 2 and all(i in after and folder_of(o, after[i]) == "dragon characters" for i in ids)
            and not o.added("assets") and not o.removed("assets"))


case("r45-027", _r45_027, wrong=lambda o: bool(o.removed("assets")) or bool(o.added("assets")))
case("r45-028", lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active"
     and not o.removed("generations") and not o.removed("sessions"),
     wrong=lambda o: status(o, "Holiday Promo") == "archived" or bool(o.removed("sessions")))
case("r45-029", lambda o: answers(o, r"\b5\b", r"\b9\b"))
case("r45-030", lambda o: len(made_in(o, "Harbor Moods", 1, "harbo")) == 1
     and str(o.added("generations")[0].get("seed")) == "777")
case("r45-031", lambda o: len(assets_in(o, "Characters")) == 2
     and all({"dragon", "kids book"} <= tags_of(a) for a in assets_in(o, "Characters"))
     and not o.added("assets") and not o.removed("assets"),
     wrong=lambda o: bool(o.added("assets") or o.removed("assets")))
case("r45-032", lambda o: refuses(o) and balance(o) == 500,
     wrong=lambda o: balance(o) != balance(o, "before"))

# ======================= florist (033-064) =======================================================


def _r45_033(o):
    made = o.added("sessions")
    return (len(made) == 1 and re.fullmatch(r"mother'?s day bouquets", _cf(made[0].get("name"))) is not None
            and not o.added("generations"))


case("r45-033", _r45_033)
case("r45-034", lambda o: new_sess(o, "Peony Week") is not None and made_in(o, "Peony Week", 6, "peon"))
case("r45-035", lambda o: new_sess(o, "Spring Tulips") is not None and made_in(o, "Spring Tulips", 5, "tulip")
     and len(gens(o, "Sneaker Drop")) == 8 and liked_in(o, "Sneaker Drop") == {2, 4, 7}
     and status(o, "Sneaker Drop") == "active" and not archived_in(o, "Sneaker Drop"),
     wrong=lambda o: sess(o, "Sneaker Drop") is None or status(o, "Sneaker Drop") == "archived")
case("r45-036", lambda o: liked_in(o, "Dragon Friends") == {1, 3, 5} and len(o.added("assets")) == 1
     and origins(o, o.added("assets"), "Dragon Friends") == {5} and folder_of(o, o.added("assets")[0]) == "characters"
     and not o.added("generations"))
case("r45-037", lambda o: bool(made_in(o, "Holiday Promo", 3, "holly")),
     wrong=lambda o: bool([g for g in o.added("generations") if sess(o, "Q3 Ads") and g["session_id"] == sess(o, "Q3 Ads")["id"]]))
case("r45-038", lambda o: answers(o, num(4, "four")))
case("r45-039", asked, wrong=lambda o: bool(o.newly("archived")) or status(o, "Harbor Moods") == "archived", ask=True)
case("r45-040", lambda o: bool(made_any(o, 4, "rose")) and not any("please" in _cf(g.get("prompt")) for g in o.added("generations")),
     wrong=lambda o: any("please" in _cf(g.get("prompt")) for g in o.added("generations")))
case("r45-041", lambda o: likes_only(o, "Sneaker Drop", set()))
case("r45-042", lambda o: answers(o, r"green dragon"))


def _r45_043(o):
    p = one_post(o)
    return (p is not None and "facebook" in _cf(p.get("platform")) and "wrapped with love" in _cf(p.get("caption"))
            and len(p.get("asset_ids") or []) == 2 and origins(o, post_assets(o, p), "Holiday Promo") == {2, 3})


case("r45-043", _r45_043)
case("r45-044", lambda o: len(o.added("assets")) == 1 and origins(o, o.added("assets"), "Launch Week") == {10}
     and folder_of(o, o.added("assets")[0]) == "launch")
case("r45-045", lambda o: quiet(o) and o.question is not None and o.says(r"\b25\b"),
     wrong=lambda o: o.spent > 0, ask=True)
case("r45-046", lambda o: refuses(o, r"not found|doesn't exist|does not exist|no such|couldn't|could not|cannot|can't|missing|isn't|is not"),
     wrong=lambda o: bool(o.added("assets") or o.added("sessions")), ask=True)
case("r45-047", asked, wrong=lambda o: bool(o.removed("generations")) or bool(o.newly("archived")), ask=True)
case("r45-048", lambda o: origins(o, assets_in(o, "Characters"), "Dragon Friends") == {1}
     and len(assets_in(o, "Characters")) == 1 and liked_in(o, "Dragon Friends") == {1, 3}
     and not o.added("generations"), ask=True)
case("r45-049", lambda o: bool(made_in(o, "Q3 Ads", 2, "dais")) and _cf(o.current) == "q3 ads",
     wrong=lambda o: len(gens(o, "Holiday Promo")) != 5)
case("r45-050", lambda o: renamed(o, "Launch Week", "Grand Opening"))
case("r45-051", lambda o: likes_only(o, "Harbor Moods", {1, 2, 3, 4, 5}))
case("r45-052", lambda o: bool(made_any(o, 3, "sunflower")) and any(str(g.get("seed")) == "42" for g in o.added("generations"))
     and not any("seed" in _cf(g.get("prompt")) for g in o.added("generations")),
     wrong=lambda o: any("seed" in _cf(g.get("prompt")) for g in o.added("generations")))
case("r45-053", lambda o: quiet(o) and o.question is None and sess(o, "Sneaker Drop") is not None,
     wrong=lambda o: sess(o, "Sneaker Drop") is None or (o.question is not None and re.search(r"delet", o.question, re.I)))
case("r45-054", lambda o: archived_only(o, "Dragon Friends", {2, 4, 5, 6}) and liked_in(o, "Dragon Friends") == {1, 3})
case("r45-055", lambda o: answers(o, r"holiday promo"))


def _r45_056(o):
    got = origins(o, assets_in(o, "Window Display"), "Launch Week")
    return ("window display" in names(o, "folders") and {5, 9} <= got <= {1, 2, 5, 9}
            and len(assets_in(o, "Launch")) == 2 and not o.added("generations"))


case("r45-056", _r45_056, wrong=lambda o: len(assets_in(o, "Launch")) < 2)
case("r45-057", lambda o: answers(o, r"harbo|result|match|found|nothing|boat"))
case("r45-058", lambda o: 1 <= len(o.added("generations")) <= 20
     and all(re.search(r"logo", g.get("prompt") or "", re.I) for g in o.added("generations")), ask=True)
case("r45-059", lambda o: refuses(o, r"\b8\b|eight|only|no (image|generation)|not found|doesn't exist|does not exist|out of range|no #?9"),
     wrong=lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7})
case("r45-060", lambda o: len(assets_in(o, "Characters")) == 2 and all("mascot" in tags_of(a) for a in assets_in(o, "Characters"))
     and not o.added("assets") and not o.removed("assets"))
case("r45-061", lambda o: liked_in(o, "Holiday Promo") == {2} and not o.added("generations") and not o.removed("generations"),
     wrong=lambda o: sess(o, "Holiday Promo") is not None and 2 not in liked_in(o, "Holiday Promo"), ask=True)
case("r45-062", lambda o: bool(made_in(o, "Launch Week", 4, r"rose")) and all(
     re.search("rocket", g.get("prompt") or "", re.I) for g in o.added("generations")))
case("r45-063", lambda o: sess(o, "Harbor Moods") is None and len(o.removed("generations")) == 60)


def _r45_064(o):
    p = one_post(o)
    return (p is not None and "instagram" in _cf(p.get("platform")) and "fresh peonies" in _cf(p.get("caption"))
            and not o.added("generations") and o.spent == 0)


case("r45-064", _r45_064, wrong=lambda o: bool(o.added("generations")) or o.spent > 0, ask=True)

# ======================= Twitch streamer (065-096) ===============================================

case("r45-065", lambda o: new_sess(o, "Stream Emotes") is not None and made_in(o, "Stream Emotes", 6, "frog"))


def _size_ok(g: dict, w: int, h: int) -> bool:
    size = g.get("size")
    if size is None and g.get("width") is None:
        return True  # the state does not show sizes: nothing to hold against it
    if size is None:
        return g.get("width") == w and g.get("height") == h
    if isinstance(size, (list, tuple)):
        return list(size)[:2] == [w, h]
    if isinstance(size, dict):
        return size.get("width") == w and size.get("height") == h
    return re.search(rf"{w}\D+{h}", str(size)) is not None


case("r45-066", lambda o: bool(made_any(o, 3, r"cyberpunk|neon"))
     and not any("1920" in _cf(g.get("prompt")) for g in o.added("generations"))
     and all(_size_ok(g, 1920, 1080) for g in o.added("generations")))
case("r45-067", lambda o: likes_only(o, "Sneaker Drop", {2, 4}),
     wrong=lambda o: 7 in archived_in(o, "Sneaker Drop") or bool(o.removed("generations")))
case("r45-068", lambda o: bool(made_in(o, "Sneaker Drop", 4, r"\bred\b")))


def _r45_069(o):
    chars = assets_in(o, "Characters")
    return ("channel mascot" in names(o, "projects") and len(chars) == 2
            and all(project_of(o, a) == "channel mascot" for a in chars) and not o.added("assets"))


case("r45-069", _r45_069)
case("r45-070", lambda o: answers(o) and _cf(gen(o, "Dragon Friends", 1)["model"]) != ""
     and _cf(gen(o, "Dragon Friends", 1)["model"]) in _cf(o.text))
case("r45-071", lambda o: answers(o, r"holiday promo"))
case("r45-072", lambda o: sess(o, "Q3 Ads") is None and len(gens(o, "Holiday Promo")) == 5
     and liked_in(o, "Holiday Promo") == {2, 3},
     wrong=lambda o: sess(o, "Holiday Promo") is None or len(gens(o, "Holiday Promo")) != 5, ask=True)
case("r45-073", lambda o: likes_only(o, "Launch Week", set(range(1, 11))))
case("r45-074", lambda o: liked_in(o, "Launch Week") == set() and len(o.removed("assets")) == 2
     and len(gens(o, "Launch Week")) == 10,
     wrong=lambda o: bool(o.removed("generations")))
case("r45-075", lambda o: archived_only(o, "Harbor Moods", set(range(1, 31))))
case("r45-076", lambda o: answers(o, r"\b440\b"))
case("r45-077", asked, wrong=lambda o: bool(o.added("generations")) or o.spent != 0, ask=True)


def _r45_078(o):
    p = one_post(o)
    return (p is not None and "tiktok" in re.sub(r"[\s-]", "", _cf(p.get("platform")))
            and "new drop" in _cf(p.get("caption")) and len(p.get("asset_ids") or []) == 3
            and origins(o, post_assets(o, p), "Sneaker Drop") == {2, 4, 7})


case("r45-078", _r45_078)
case("r45-079", lambda o: answers(o, r"hid|unarchiv|restor|bring (it|them) back|out of (sight|view|the way)"))
case("r45-080", lambda o: bool(made_in(o, "Holiday Promo", 2, "purple")))
case("r45-081", lambda o: renamed(o, "Launch Week", "Launch Week VOD thumbs"))
case("r45-082", lambda o: bool(made_any(o, 4, r"gaming room"))
     and not any(re.search(r"!|\bgen\b", g.get("prompt") or "", re.I) for g in o.added("generations")), ask=True)
case("r45-083", lambda o: refuses(o) and balance(o) == 492, wrong=lambda o: balance(o) != balance(o, "before"))
case("r45-084", lambda o: likes_only(o, "Dragon Friends", {1, 3, 4, 5, 6}))
case("r45-085", lambda o: liked_in(o, "Q3 Ads") == {2, 3} and liked_in(o, "Holiday Promo") == {2, 3}
     and not o.added("generations") and not o.added("assets"),
     wrong=lambda o: liked_in(o, "Holiday Promo") != {2, 3} or len(gens(o, "Holiday Promo")) != 5, ask=True)
case("r45-086", lambda o: answers(o, r"zip|launch_picks"))
case("r45-087", lambda o: bool(sess(o, "Harbor Moods")["reflection"]) and o.spent == 25, ask=True)
case("r45-088", lambda o: answers(o, r"\b492\b"), wrong=lambda o: bool(o.newly("archived")))
case("r45-089", lambda o: archived_only(o, "Sneaker Drop", {1, 3, 5, 6, 8}) and liked_in(o, "Sneaker Drop") == {2, 4, 7})
case("r45-090", lambda o: bool(made_in(o, "Dragon Friends", 3, r"video ?game|gaming")))
case("r45-091", lambda o: liked_in(o, "Holiday Promo") == {2, 3, 4} and liked_in(o, "Q3 Ads") == set()
     and not o.added("generations"),
     wrong=lambda o: not ({2, 3} <= liked_in(o, "Holiday Promo")), ask=True)
case("r45-092", lambda o: bool(made_any(o, 3, "rocket"))
     and all(re.search(r"video|anim|clip", _cf(g.get("media_type"))) for g in o.added("generations")), ask=True)
case("r45-093", lambda o: likes_only(o, "Harbor Moods", {10, 20, 30, 40, 50, 60}))
case("r45-094", lambda o: new_sess(o, "Sub Goal Art") is not None and made_in(o, "Sub Goal Art", 5, "trophy"))
case("r45-095", lambda o: quiet(o) and o.question is not None and o.says(r"\b30\b"),
     wrong=lambda o: bool(o.added("generations")), ask=True)
case("r45-096", lambda o: answers(o, r"characters"))

# ======================= blind screen-reader user (097-128) ======================================

case("r45-097", lambda o: new_sess(o, "Tactile Maps") is not None)
case("r45-098", lambda o: bool(made_any(o, 4, "lighthouse"))
     and not any(_cf(g.get("prompt")).startswith("prompt") for g in o.added("generations")))
case("r45-099", lambda o: likes_only(o, "Sneaker Drop", {2, 4, 6, 7}))
case("r45-100", lambda o: answers(o, r"\b2\b", r"\b4\b", r"\b7\b"))
case("r45-101", lambda o: likes_only(o, "Sneaker Drop", {4}))
case("r45-102", lambda o: answers(o, r"dragon"))
case("r45-103", lambda o: len(o.added("assets")) == 1 and origins(o, o.added("assets"), "Dragon Friends") == {5}
     and folder_of(o, o.added("assets")[0]) == "characters" and len(assets_in(o, "Characters")) == 3)
case("r45-104", lambda o: answers(o, r"q3 ads", r"holiday promo"))
case("r45-105", lambda o: liked_in(o, "Q3 Ads") == {1, 3} and liked_in(o, "Holiday Promo") == {2, 3}
     and _cf(o.current) == "q3 ads" and not o.added("generations"),
     wrong=lambda o: liked_in(o, "Holiday Promo") != {2, 3})
case("r45-106", lambda o: answers(o, num(4, "four")))
case("r45-107", lambda o: archived_only(o, "Launch Week", {3, 4, 6, 7, 8, 10}))
case("r45-108", lambda o: archived_only(o, "Harbor Moods", set(range(41, 61))))
case("r45-109", lambda o: answers(o) and str(gen(o, "Harbor Moods", 42)["seed"]) in o.text)
case("r45-110", lambda o: answers(o, r"\b500\b"))
case("r45-111", lambda o: liked_in(o, "Sneaker Drop") == set() and len(gens(o, "Sneaker Drop")) == 8 and o.spent == 0
     and not o.added("generations"),
     wrong=lambda o: bool(o.removed("generations")))
case("r45-112", asked, wrong=lambda o: bool(o.removed("assets") or o.removed("folders")), ask=True)
case("r45-113", lambda o: renamed(o, "Holiday Promo", "Winter Gifts"))


def _r45_114(o):
    new = made_in(o, "Launch Week", 2)
    nine = gen(o, "Launch Week", 9)
    return bool(new) and all(g.get("parent_id") == nine["id"] or re.search("rocket", g.get("prompt") or "", re.I) for g in new)


case("r45-114", _r45_114)
case("r45-115", lambda o: bool(made_any(o, 12, "braille")) and o.spent == 12)
case("r45-116", lambda o: 1 <= len(o.added("generations")) <= 20 and bool(made_in(o, "Sneaker Drop", len(o.added("generations")), "sneaker")),
     ask=True)
case("r45-117", lambda o: answers(o, r"\b494\b", r"\b20\b|twenty"))
case("r45-118", lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active"
     and not o.removed("generations") and o.says(r"holiday promo"),
     wrong=lambda o: status(o, "Holiday Promo") == "archived")


def _r45_119(o):
    new = o.added("assets")
    return (len(new) == 2 and origins(o, new, "Launch Week") == {5, 9} and all(folder_of(o, a) == "posters" for a in new)
            and all("rocket" in tags_of(a) for a in new))


case("r45-119", _r45_119)
case("r45-120", lambda o: refuses(o, r"\b60\b|sixty|only|no (image|generation)|not found|doesn't exist|does not exist|out of range|61"),
     wrong=lambda o: bool(o.modified("generations", "liked")))
case("r45-121", lambda o: len(o.added("assets")) >= 5 and o.spent == 0)


def _r45_122(o):
    new = o.added("generations")
    s = sess(o, "Sneaker Drop")
    return (1 <= len(new) <= 4 and s is not None and all(g.get("session_id") == s["id"] for g in new)
            and any(str(g.get("seed")) == "123" for g in new))


case("r45-122", _r45_122, ask=True)
case("r45-123", lambda o: answers(o, r"characters"))
case("r45-124", lambda o: quiet(o) and o.question is None and sess(o, "Holiday Promo") is not None and not_lost(o),
     wrong=lambda o: sess(o, "Holiday Promo") is None)


def _r45_125(o):
    launch = assets_in(o, "Launch")
    return ("rocket book" in names(o, "projects") and len(launch) == 2
            and all(project_of(o, a) == "rocket book" for a in launch) and not o.added("assets"))


case("r45-125", _r45_125)
case("r45-126", lambda o: liked_in(o, "Harbor Moods") == {1, 2, 3, 4, 5}
     and origins(o, assets_in(o, "Fog"), "Harbor Moods") == {1, 2, 3, 4, 5} and len(o.added("assets")) == 5)
case("r45-127", lambda o: answers(o, r"undo") and o.says(r"generat")
     and o.says(r"cannot|can't|can not|not be undone|never|isn't|is not|aren't|are not|no way"))
case("r45-128", asked, wrong=lambda o: bool(o.modified("generations", "liked")), ask=True)

# ======================= product manager, acceptance criteria (129-160) ==========================

case("r45-129", lambda o: new_sess(o, "Onboarding Hero") is not None and o.spent == 0)
case("r45-130", lambda o: new_sess(o, "Pricing Page") is not None and made_in(o, "Pricing Page", 3, "dashboard")
     and liked_in(o, "Pricing Page") == {2})
case("r45-131", lambda o: len(o.added("assets")) == 3 and origins(o, o.added("assets"), "Sneaker Drop") == {2, 4, 7}
     and all(folder_of(o, a) == "campaign q4" for a in o.added("assets")))
case("r45-132", lambda o: archived_only(o, "Sneaker Drop", {1, 3, 5, 6, 8}) and liked_in(o, "Sneaker Drop") == {2, 4, 7},
     wrong=lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}))
case("r45-133", lambda o: len(assets_in(o, "Characters")) == 2
     and all({"v1", "approved"} <= tags_of(a) for a in assets_in(o, "Characters")) and not o.added("assets"))


def _r45_134(o):
    p = one_post(o)
    return (p is not None and "linkedin" in _cf(p.get("platform")) and "meet pip" in _cf(p.get("caption"))
            and len(p.get("asset_ids") or []) == 2 and origins(o, post_assets(o, p), "Dragon Friends") == {1, 3})


case("r45-134", _r45_134)
case("r45-135", lambda o: status(o, "Holiday Promo") == "archived" and status(o, "Q3 Ads") == "active"
     and not o.removed("generations"),
     wrong=lambda o: status(o, "Q3 Ads") == "archived")
case("r45-136", lambda o: answers(o, r"q3 ads", r"holiday promo", r"\b2\b|\btwo\b"))


def _r45_137(o):
    new = made_in(o, "Launch Week", 5)
    two = gen(o, "Launch Week", 2)
    return bool(new) and all(g.get("parent_id") == two["id"] for g in new)


case("r45-137", _r45_137)
case("r45-138", lambda o: len(o.added("assets")) == 2 and origins(o, o.added("assets"), "Launch Week") == {5, 9}
     and all(folder_of(o, a) == "launch" for a in o.added("assets")),
     wrong=lambda o: bool(origins(o, o.added("assets"), "Launch Week") & {1, 2}))
case("r45-139", lambda o: likes_only(o, "Harbor Moods", {1, 15, 30, 45, 60}))
case("r45-140", lambda o: quiet(o) and not_lost(o) and o.says(r"\b25\b"),
     wrong=lambda o: o.spent > 0 or bool(sess(o, "Harbor Moods")["reflection"]), ask=True)
case("r45-141", lambda o: answers(o, r"\bno\b|none|not in|n't|no session"))
case("r45-142", lambda o: new_sess(o, "Checkout Flow") is not None and o.spent == 0,
     wrong=lambda o: bool(o.added("generations")))
case("r45-143", lambda o: quiet(o) and not_lost(o) and liked_in(o, "Sneaker Drop") == {2, 4, 7},
     wrong=lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7})
case("r45-144", lambda o: refuses(o, r"\b0\b|zero|no (image|generation)|not found|doesn't exist|does not exist|out of range|start|invalid|between|only"),
     wrong=lambda o: bool(o.modified("generations", "liked")))
case("r45-145", lambda o: renamed(o, "Dragon Friends", "Pip the Dragon") and len(assets_in(o, "Characters")) == 2
     and not o.removed("assets"))
case("r45-146", lambda o: len(o.removed("assets")) == 2 and not assets_in(o, "Characters")
     and len(gens(o, "Dragon Friends")) == 6,
     wrong=lambda o: bool(o.removed("generations")))
case("r45-147", lambda o: bool(made_in(o, "Holiday Promo", 2, "snow")) and o.spent == 2 and len(gens(o, "Holiday Promo")) == 7)
case("r45-148", lambda o: liked_in(o, "Holiday Promo") == set() and len(gens(o, "Holiday Promo")) == 5
     and len(gens(o, "Q3 Ads")) == 4 and o.spent == 0)
case("r45-149", lambda o: liked_in(o, "Launch Week") == set() and not o.removed("assets") and not o.added("generations"),
     wrong=lambda o: bool(o.removed("assets")))
case("r45-150", lambda o: sess(o, "Launch Week") is None and len(o.removed("generations")) == 10 and not o.removed("assets"),
     wrong=lambda o: bool(o.removed("assets")))
case("r45-151", lambda o: quiet(o) and o.question is not None,
     wrong=lambda o: bool(o.newly("archived")), ask=True)
case("r45-152", lambda o: answers(o, r"\b100\b"), wrong=lambda o: bool(o.added("generations")) or o.spent != 0)
case("r45-153", lambda o: refuses(o), wrong=lambda o: o.data_changed, ask=True)
case("r45-154", lambda o: len(gens(o, "Rejects")) == 1 and len(gens(o, "Sneaker Drop")) == 7
     and not o.added("generations") and o.spent == 0,
     wrong=lambda o: o.spent > 0 or bool(o.removed("generations")))
case("r45-155", lambda o: answers(o, r"zip|dragon_liked"))
case("r45-156", lambda o: bool(made_in(o, "Holiday Promo", 2, "sled")) and len(gens(o, "Q3 Ads")) == 4,
     wrong=lambda o: sess(o, "Q3 Ads") is None, ask=True)
case("r45-157", lambda o: refuses(o, r"\b10\b|\bten\b|only|no (image|generation)|not found|doesn't exist|does not exist|out of range|11"),
     wrong=lambda o: bool(o.modified("generations", "liked")))
case("r45-158", lambda o: bool(made_in(o, "Harbor Moods", 5, "harbo")) and o.spent > 5)
case("r45-159", lambda o: answers(o, r"archiv")
     and o.says(r"cannot|can't|can not|not be undone|permanent|for good|irreversib|gone for good|no undo|isn't undoable"))
case("r45-160", lambda o: len(gens(o, "Holiday Promo")) == 9 and not o.removed("generations") and not o.added("generations"),
     wrong=lambda o: bool(o.removed("generations")), ask=True)
