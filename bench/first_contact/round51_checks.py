"""Checks for round 51 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

Voices (32 cases each, in blocks): a Kenyan Swahili-English speaker (001-032), a tabletop board-game
designer (033-064), a busy nurse manager on her phone with voice-to-text errors (065-096), a Greek
speaker writing English (097-128) and a marketing director writing long multi-part bullet requests
(129-160).

Setups (every confirmation in a setup answered yes; credits start at 500, one per default image):
- A: empty home.
- B: session "Sneaker Drop", 8 generations, liked {2,4,7}, 492 credits, current.
- C: session "Dragon Friends", 6 generations, liked {1,3}, both saved to folder "Characters", 494 credits.
- D: "Q3 Ads" 4 generations (none liked); "Holiday Promo" 5 generations, liked {2,3}, current; 491 credits.
- E: "Launch Week" 10 generations, liked {1,2,5,9}, 1 and 2 saved to folder "Launch", 490 credits.
- F: "Harbor Moods" 60 generations, 440 credits.

Conventions: checks judge only by what changed in `atelier state --json` (o.before / o.after) and by
loose case-insensitive patterns in the reply text; never by tool names. Names of sessions, folders,
projects, tags and platforms are compared without regard to case. A folder/project field may hold a
name or an id; both are accepted. When a case is ok_to_ask, `meant` also accepts "nothing changed
and a question is waiting or a specific refusal/question was replied". Every function is wrapped so
it never raises (an exception counts as False).
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def _safe(fn):
    def wrapped(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return wrapped


def asked(o: Outcome) -> bool:
    return quiet(o) and (o.question is not None or not_lost(o))


def pending(o: Outcome) -> bool:
    """A confirmation is waiting and nothing changed yet."""
    return quiet(o) and o.question is not None


def case(num: int, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    final = _safe(lambda o: m(o) or asked(o)) if ask else m
    CHECKS[f"r51-{num:03d}"] = Check(final, _safe(wrong) if wrong is not None else None)


# -- readings -------------------------------------------------------------------------------------

def low(value) -> str:
    return value.strip().lower() if isinstance(value, str) else str(value or "").strip().lower()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    return next((s for s in _state(o, when)["sessions"] if low(s["name"]) == name.lower()), None)


def sess_by_id(o: Outcome, sid, when: str = "after") -> dict | None:
    return next((s for s in _state(o, when)["sessions"] if s["id"] == sid), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in _state(o, when)["sessions"] if low(s["name"]) == name.lower()}
    return [g for g in _state(o, when)["generations"] if g["session_id"] in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict | None:
    return next((g for g in gens(o, name, when) if g["index"] == index), None)


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def no_new_stuff(o: Outcome) -> bool:
    return not o.added("generations") and not o.added("assets") and not o.removed("generations") \
        and not o.removed("sessions") and not o.removed("assets") and o.spent == 0


def likes(o: Outcome, name: str, expected: set[int]) -> bool:
    return liked_in(o, name) == expected and no_new_stuff(o) and not o.newly("archived", True)


def archives(o: Outcome, name: str, expected: set[int]) -> bool:
    return archived_in(o, name) == expected and no_new_stuff(o) and not o.modified("generations", "liked")


def _named(o: Outcome, table: str, value) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("id")
    for row in o.after.get(table, []) + o.before.get(table, []):
        if row.get("id") == value:
            return low(row.get("name"))
    return low(value)


def asset_folder(o: Outcome, asset: dict) -> str:
    return _named(o, "folders", asset.get("folder"))


def saved_from(o: Outcome, name: str, folder: str | None = None) -> set[int]:
    by_id = {g["id"]: g["index"] for g in gens(o, name)}
    return {by_id[a["origin_generation_id"]] for a in o.added("assets")
            if a.get("origin_generation_id") in by_id
            and (folder is None or asset_folder(o, a) == folder.lower())}


def saves(o: Outcome, name: str, folder: str, expected: set[int]) -> bool:
    return saved_from(o, name, folder) == expected and len(o.added("assets")) == len(expected) \
        and not o.added("generations") and o.spent == 0


def folder_names(o: Outcome) -> set[str]:
    return {low(f["name"]) for f in o.after.get("folders", [])}


def renamed(o: Outcome, old: str, new: str) -> bool:
    before = sess(o, old, "before")
    now = o.rows("sessions").get(before["id"]) if before else None
    return now is not None and low(now["name"]) == new.lower() and not o.added("sessions") \
        and not o.removed("sessions") and not o.added("generations") and o.spent == 0


def made_session(o: Outcome, name: str, kind: str | None = None) -> bool:
    made = o.added("sessions")
    return len(made) == 1 and low(made[0]["name"]) == name.lower() \
        and (kind is None or low(made[0].get("kind")) == kind) and not o.added("generations") and o.spent == 0


def new_gens(o: Outcome, name: str | None, count: int, prompt: str | None = None, sized: bool = False) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (any one session when None)."""
    made = o.added("generations")
    if len(made) != count:
        return []
    if name is None:
        if len({g["session_id"] for g in made}) != 1:
            return []
    else:
        s = sess(o, name)
        if s is None or not all(g["session_id"] == s["id"] for g in made):
            return []
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.I) for g in made):
        return []
    if (o.spent < count) if sized else (o.spent != count):
        return []
    return made


def remixes(o: Outcome, name: str, parents: dict[int, int], prompt: str | None = None) -> bool:
    """New generations in ``name``: ``parents`` maps a parent index to how many remixes of it."""
    total = sum(parents.values())
    made = new_gens(o, name, total, prompt)
    if not made:
        return False
    for index, n in parents.items():
        p = gen(o, name, index)
        if p is None or sum(1 for g in made if g.get("parent_id") == p["id"]) != n:
            return False
    return not o.modified("generations")


def any_seed(made: list[dict], seed: int) -> bool:
    return any(str(g.get("seed")) == str(seed) for g in made)


def one_post(o: Outcome, platform: str, n_assets: int | None, caption: str) -> bool:
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    p = posts[0]
    if low(p.get("platform")) != platform:
        return False
    if n_assets is not None and len(p.get("asset_ids") or []) != n_assets:
        return False
    return re.search(caption, p.get("caption") or "", re.I) is not None and not o.added("generations")


def post_sources(o: Outcome, name: str) -> set[int]:
    """Indexes (in ``name``) of the generations behind the new post's assets."""
    by_id = {g["id"]: g["index"] for g in gens(o, name)}
    assets = {a["id"]: a for a in o.after.get("assets", [])}
    out = set()
    for p in o.added("posts"):
        for aid in p.get("asset_ids") or []:
            a = assets.get(aid) or {}
            if a.get("origin_generation_id") in by_id:
                out.add(by_id[a["origin_generation_id"]])
    return out


def status(o: Outcome, name: str) -> str:
    s = sess(o, name)
    return low(s["status"]) if s else ""


def seed_said(o: Outcome, name: str, index: int) -> bool:
    g = gen(o, name, index)
    return g is not None and quiet(o) and str(g["seed"]) in o.text


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,\s]+", tags)
    return {low(t if isinstance(t, str) else (t.get("name") if isinstance(t, dict) else t)) for t in tags}


def reflected(o: Outcome, name: str) -> bool:
    s = sess(o, name)
    return s is not None and bool(s.get("reflection"))


def no_gens(o: Outcome) -> bool:
    return not o.added("generations") and o.spent == 0


def sessions_named_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, s["name"] or "", re.I) for s in o.added("sessions") + [
        n for _, n in o.modified("sessions", "name")])


# ================================================================================================
# Voice 1: Kenyan Swahili-English (001-032)
# ================================================================================================

case(1, lambda o: made_session(o, "Mama na Mtoto"),
     lambda o: len(o.added("sessions")) > 1 or bool(o.added("generations"))
     or any(low(s["name"]) in ("mama", "mama na mtoto tafadhali") for s in o.added("sessions")))
case(2, lambda o: bool(new_gens(o, None, 4, r"maasai market")),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 4)
case(3, lambda o: likes(o, "Sneaker Drop", {1, 2, 3, 4, 7}),
     lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop") or bool(o.newly("archived", True)))
case(4, lambda o: archives(o, "Sneaker Drop", {1, 3, 5, 6, 8}),
     lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}) or status(o, "Sneaker Drop") != "active", ask=True)
case(5, lambda o: likes(o, "Sneaker Drop", {2, 4, 6, 7}),
     lambda o: bool(o.newly("archived", True)) or liked_in(o, "Sneaker Drop") - {2, 4, 6, 7}
     or not {2, 4, 7} <= liked_in(o, "Sneaker Drop"))
case(6, lambda o: likes(o, "Sneaker Drop", {2, 7}),
     lambda o: bool(o.newly("archived", True)) or bool(o.removed("generations"))
     or not {2, 7} <= liked_in(o, "Sneaker Drop"))
case(7, lambda o: answers(o, r"\b6\b|\bsix\b|\bsita\b"))
case(8, lambda o: saves(o, "Dragon Friends", "Characters", {5}),
     lambda o: "characters pia" in folder_names(o) or bool(saved_from(o, "Dragon Friends") - {5}))
case(9, lambda o: renamed(o, "Dragon Friends", "Dragon Friends na Wenzake"),
     lambda o: bool(o.added("sessions")) or bool(o.added("generations")) or bool(o.removed("sessions")))
case(10, lambda o: remixes(o, "Holiday Promo", {2: 3}),
     lambda o: bool([g for g in o.added("generations") if g in gens(o, "Q3 Ads")]))
case(11, lambda o: likes(o, "Q3 Ads", {1, 4}) and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: liked_in(o, "Holiday Promo") != {2, 3})
case(12, lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active"
     and no_new_stuff(o) and not o.newly("archived", True),
     lambda o: status(o, "Holiday Promo") != "active" or sess(o, "Q3 Ads") is None or bool(o.newly("archived", True)))
case(13, lambda o: answers(o, r"\b490\b"))
case(14, lambda o: quiet(o) and o.says(r"zip|download"))
case(15, lambda o: saves(o, "Launch Week", "Launch", {5, 9}),
     lambda o: bool(saved_from(o, "Launch Week") - {5, 9}) or any("kwa" in n for n in folder_names(o)))
case(16, lambda o: reflected(o, "Harbor Moods") and o.spent == 25 and not o.added("generations")
     and not o.modified("generations"),
     lambda o: o.spent > 25 or bool(o.modified("generations")) or bool(o.added("generations")))
case(17, lambda o: archives(o, "Harbor Moods", set(range(11, 61))) or pending(o),
     lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 11))) or status(o, "Harbor Moods") != "active",
     ask=True)
case(18, lambda o: answers(o, r"session"))
case(19, lambda o: bool(made := new_gens(o, None, 5, r"matatu"))
     and all(re.search(r"people", g.get("negative_prompt") or "", re.I)
             and not re.search(r"people", g.get("prompt") or "", re.I) for g in made),
     lambda o: any(re.search(r"people", g.get("prompt") or "", re.I) for g in o.added("generations")))
case(20, lambda o: bool(made := new_gens(o, "Sneaker Drop", 3, r"sneaker")) and any_seed(made, 42)
     and not any(re.search(r"lakini", g.get("prompt") or "", re.I) for g in made),
     lambda o: bool(o.added("sessions")))
case(21, lambda o: quiet(o) and not_lost(o),
     lambda o: bool(o.modified("generations")) or o.data_changed, ask=True)
case(22, lambda o: pending(o),
     lambda o: sess(o, "Dragon Friends") is None or bool(o.removed("assets")))
case(23, lambda o: answers(o, r"Dragon Friends"))
case(24, lambda o: answers(o, r"coffee cup"), lambda o: bool(o.modified("generations")) or bool(o.added("generations")))
case(25, lambda o: archives(o, "Launch Week", {3, 4, 6}),
     lambda o: bool(archived_in(o, "Launch Week") - {3, 4, 6}))
case(26, lambda o: refuses(o), lambda o: bool(o.modified("generations")))
case(27, lambda o: len(o.added("sessions")) == 1 and low(o.added("sessions")[0]["name"]) == "nairobi nights"
     and bool(new_gens(o, "Nairobi Nights", 6, r"nairobi skyline")),
     lambda o: sessions_named_like(o, r"\bthen\b|generate")
     or (bool(o.added("generations")) and not new_gens(o, "Nairobi Nights", len(o.added("generations")))),
     ask=True)
case(28, lambda o: saves(o, "Sneaker Drop", "Drop Picks", {2, 4, 7}),
     lambda o: any("mpya" in n or "inaitwa" in n for n in folder_names(o))
     or bool(saved_from(o, "Sneaker Drop") - {2, 4, 7}))
case(29, lambda o: one_post(o, "instagram", 2, r"Fresh kicks zimefika") and post_sources(o, "Sneaker Drop") in ({2, 4}, set()),
     lambda o: len(o.added("posts")) > 1 or bool(post_sources(o, "Sneaker Drop") - {2, 4})
     or any(re.search(r"unda post", p.get("caption") or "", re.I) for p in o.added("posts")))
case(30, lambda o: liked_in(o, "Holiday Promo") == set() and no_new_stuff(o) and not o.newly("archived", True)
     and not o.modified("sessions"),
     lambda o: bool([1 for b, a in o.modified("generations") if b["session_id"] == (sess(o, "Q3 Ads") or {}).get("id")])
     or bool(o.removed("generations")) or bool(o.newly("archived", True)), ask=True)
case(31, lambda o: answers(o, r"marble|smartwatch|\b[1259]\b"))
case(32, lambda o: saves(o, "Harbor Moods", "Harbor Best", {1, 2, 3, 4, 5}),
     lambda o: bool(saved_from(o, "Harbor Moods") - {1, 2, 3, 4, 5}) or bool(o.modified("generations", "liked")))

# ================================================================================================
# Voice 2: tabletop board-game designer (033-064)
# ================================================================================================

case(33, lambda o: made_session(o, "Dice and Dungeons"),
     lambda o: len(o.added("sessions")) > 1 or any(low(s["name"]) == "dice" for s in o.added("sessions")))
case(34, lambda o: bool(made := new_gens(o, None, 9, r"goblin merchant", sized=True))
     and not any("512x704" in (g.get("prompt") or "") for g in made),
     lambda o: any("512x704" in (g.get("prompt") or "") for g in o.added("generations")))
case(35, lambda o: refuses(o, r"size|multiple|8|750|752"),
     lambda o: any("750" in (g.get("prompt") or "") for g in o.added("generations"))
     or (bool(o.added("generations")) and not o.says(r"75[0-9]|size")), ask=True)
case(36, lambda o: archives(o, "Sneaker Drop", {1, 3, 5, 6, 8}) and liked_in(o, "Sneaker Drop") == {2, 4, 7},
     lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}) or status(o, "Sneaker Drop") != "active")
case(37, lambda o: remixes(o, "Sneaker Drop", {4: 2}, r"board game box"),
     lambda o: bool(o.modified("generations")))
case(38, lambda o: remixes(o, "Dragon Friends", {3: 4}, r"tarot"),
     lambda o: bool(o.added("generations")) and not remixes(o, "Dragon Friends", {3: len(o.added("generations"))}))
case(39, lambda o: renamed(o, "Dragon Friends", "Dragon Friends: Deluxe Edition"),
     lambda o: bool(o.added("sessions")))
case(40, lambda o: seed_said(o, "Dragon Friends", 1))


def _moved(o: Outcome) -> bool:
    g2 = gen(o, "Holiday Promo", 2, "before")
    q3 = sess(o, "Q3 Ads")
    now = o.rows("generations").get(g2["id"]) if g2 else None
    others = [(b, a) for b, a in o.modified("generations", "session_id") if b["id"] != g2["id"]]
    return now is not None and q3 is not None and now["session_id"] == q3["id"] and not others \
        and not o.added("generations") and not o.removed("generations") and o.spent == 0


case(41, _moved,
     lambda o: bool(o.removed("generations")) or bool(o.added("generations"))
     or any(b["index"] != 2 or b["session_id"] != (sess(o, "Holiday Promo", "before") or {}).get("id")
            for b, _ in o.modified("generations", "session_id")))
case(42, lambda o: bool(made := new_gens(o, "Holiday Promo", 12, r"meeple")) and any_seed(made, 7),
     lambda o: bool([g for g in o.added("generations") if g in gens(o, "Q3 Ads")]))
case(43, lambda o: answers(o, r"Holiday Promo"))
case(44, lambda o: saves(o, "Launch Week", "Kickstarter Page", {5, 9}),
     lambda o: bool(saved_from(o, "Launch Week") & {1, 2, 3, 4, 6, 7, 8, 10}), ask=True)
case(45, lambda o: len(o.added("sessions")) == 1 and low(o.added("sessions")[0]["name"]) == "card backs 2"
     and bool(new_gens(o, "Card Backs 2", 4, r"card backs")),
     lambda o: sessions_named_like(o, r"\bthen\b|generate") or any(g in gens(o, "Launch Week") for g in o.added("generations"))
     or len(o.added("generations")) == 2, ask=True)
case(46, lambda o: refuses(o, r"seed|range|large|big|9223372036854775807"),
     lambda o: bool(o.added("generations")))
case(47, lambda o: archives(o, "Harbor Moods", set(range(41, 61))),
     lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 41))) or status(o, "Harbor Moods") != "active")
case(48, lambda o: answers(o, r"\b60\b") and o.says(r"\b0\b|\bnone\b|\bno\b|\bzero\b"))
case(49, lambda o: answers(o, r"\b25\b", r"\b50\b"))
case(50, lambda o: made_session(o, "Ticket to Hide", "text"),
     lambda o: sessions_named_like(o, r"kind|flavor") or bool(o.added("generations")))


def _promo_cards(o: Outcome) -> bool:
    if not saves(o, "Sneaker Drop", "Promo Cards", {2, 4, 7}):
        return False
    return all("prototype" in tags_of(a) for a in o.after["assets"] if asset_folder(o, a) == "promo cards")


case(51, _promo_cards,
     lambda o: any("tag" in n for n in folder_names(o)) or bool(saved_from(o, "Sneaker Drop") - {2, 4, 7}))
case(52, lambda o: quiet(o) and o.says(r"zip|download"))
case(53, lambda o: likes(o, "Dragon Friends", {1, 2, 3, 4, 5}),
     lambda o: 6 in liked_in(o, "Dragon Friends") or bool(o.newly("archived", True)))
case(54, lambda o: status(o, "Dragon Friends") == "archived" and not o.removed("assets") and no_new_stuff(o),
     lambda o: sess(o, "Dragon Friends") is None or bool(o.removed("assets")))
case(55, lambda o: one_post(o, "instagram", 2, r"holiday expansion ships Dec 1")
     and post_sources(o, "Holiday Promo") in ({2, 3}, set()),
     lambda o: bool(post_sources(o, "Q3 Ads"))
     or any(re.search(r"post to instagram", p.get("caption") or "", re.I) for p in o.added("posts")))
case(56, lambda o: bool(new_gens(o, "Holiday Promo", 2, r"gift box")) and not o.modified("generations")
     and o.says(r"can(no|')t|not possible|unable|cannot be undone"),
     lambda o: bool(o.modified("generations")) or liked_in(o, "Holiday Promo") != {2, 3})
case(57, lambda o: liked_in(o, "Launch Week") == {1, 2, 5} and archived_in(o, "Launch Week") == {10} and no_new_stuff(o),
     lambda o: bool(archived_in(o, "Launch Week") - {10}) or not {1, 2} <= liked_in(o, "Launch Week"))
case(58, lambda o: answers(o, r"Launch") and o.says(r"\b2\b|two|smartwatch|\b1\b"))
case(59, lambda o: remixes(o, "Harbor Moods", {12: 3, 13: 3}),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 6, ask=True)
case(60, lambda o: likes(o, "Harbor Moods", {10, 20, 30, 40, 50, 60}),
     lambda o: bool(liked_in(o, "Harbor Moods") - {10, 20, 30, 40, 50, 60}), ask=True)
case(61, lambda o: refuses(o, r"100|limit|too many|max"), lambda o: bool(o.added("generations")))
case(62, lambda o: renamed(o, "Sneaker Drop", "Meeples then Dice"),
     lambda o: bool(o.added("sessions")) or any(re.search(r"title|working|^meeples$", n["name"] or "", re.I)
                                                for _, n in o.modified("sessions", "name")))
case(63, lambda o: quiet(o) and not_lost(o), lambda o: bool(o.added("generations")), ask=True)
case(64, lambda o: len(o.added("sessions")) == 1 and re.fullmatch(r"cards (&|and) castles", low(o.added("sessions")[0]["name"]))
     and bool(new_gens(o, o.added("sessions")[0]["name"], 4, r"castle")),
     lambda o: any(g in gens(o, "Holiday Promo") + gens(o, "Q3 Ads") for g in o.added("generations"))
     or sessions_named_like(o, r"generate"))

# ================================================================================================
# Voice 3: nurse manager on the phone, voice-to-text (065-096)
# ================================================================================================

case(65, lambda o: made_session(o, "staff appreciation week"), lambda o: bool(o.added("generations")))
case(66, lambda o: bool(new_gens(o, None, 4, r"thank you card")),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 4, ask=True)
case(67, lambda o: likes(o, "Sneaker Drop", {2, 4, 6, 7}),
     lambda o: bool(liked_in(o, "Sneaker Drop") - {2, 4, 6, 7}) or not {2, 4, 7} <= liked_in(o, "Sneaker Drop")
     or bool(o.newly("archived", True)), ask=True)
case(68, lambda o: archives(o, "Sneaker Drop", {1, 3, 5}),
     lambda o: bool(archived_in(o, "Sneaker Drop") - {1, 3, 5}), ask=True)
case(69, lambda o: answers(o, r"\b492\b"))
case(70, lambda o: saves(o, "Dragon Friends", "Characters", {4}),
     lambda o: bool(saved_from(o, "Dragon Friends") - {4}) or any("two" in n for n in folder_names(o)), ask=True)
case(71, lambda o: quiet(o), lambda o: liked_in(o, "Dragon Friends") != {1, 3})
case(72, lambda o: answers(o, r"baby dragon"))
case(73, lambda o: likes(o, "Q3 Ads", {1, 2, 3, 4}) and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: liked_in(o, "Holiday Promo") != {2, 3})
case(74, lambda o: sess(o, "Holiday Promo") is None and len(o.removed("generations")) == 5
     and len(gens(o, "Q3 Ads")) == 4 and sess(o, "Q3 Ads") is not None,
     lambda o: sess(o, "Q3 Ads") is None or len(gens(o, "Q3 Ads")) != 4)
case(75, lambda o: status(o, "Holiday Promo") == "archived" and status(o, "Q3 Ads") == "active" and no_new_stuff(o)
     and not o.newly("archived", True),
     lambda o: status(o, "Q3 Ads") != "active" or bool(o.newly("archived", True)) or bool(o.removed("sessions"))
     or bool(o.removed("generations")), ask=True)
case(76, lambda o: bool(new_gens(o, "Launch Week", 5, r"smart ?watch")),
     lambda o: bool(o.added("sessions")))
case(77, lambda o: saves(o, "Launch Week", "Launch", {5, 9}),
     lambda o: "launch period" in folder_names(o) or bool(saved_from(o, "Launch Week") - {5, 9}), ask=True)
case(78, lambda o: archives(o, "Launch Week", {3, 4, 6, 7, 8, 10}),
     lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}) or status(o, "Launch Week") != "active")
case(79, lambda o: likes(o, "Harbor Moods", set(range(1, 13)) - {7}),
     lambda o: 7 in liked_in(o, "Harbor Moods") or bool({i for i in liked_in(o, "Harbor Moods") if i > 12}))
case(80, lambda o: bool(new_gens(o, "Harbor Moods", 20, r"dawn")), lambda o: bool(o.added("sessions")))
case(81, lambda o: answers(o, r"archiv", r"delet"))
case(82, lambda o: bool(made := new_gens(o, None, 3, r"hospital garden")) and any_seed(made, 5)
     and all(re.search(r"blurry", g.get("negative_prompt") or "", re.I) for g in made),
     lambda o: any(re.search(r"garden", g.get("negative_prompt") or "", re.I) for g in o.added("generations"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 3), ask=True)
case(83, lambda o: likes(o, "Sneaker Drop", set()), lambda o: bool(o.newly("archived", True)))
case(84, lambda o: one_post(o, "facebook", 3, r"happy nurses week everyone")
     and post_sources(o, "Sneaker Drop") in ({2, 4, 7}, set()),
     lambda o: len(o.added("posts")) > 1 or bool(post_sources(o, "Sneaker Drop") - {2, 4, 7}))
case(85, lambda o: renamed(o, "Dragon Friends", "dragon friends for the peds unit"),
     lambda o: bool(o.added("sessions")) or bool(o.removed("sessions")), ask=True)
case(86, lambda o: bool(new_gens(o, "Dragon Friends", 6, r"stethoscope")), lambda o: bool(o.added("sessions")))
case(87, lambda o: answers(o, r"Holiday Promo"))
case(88, lambda o: likes(o, "Q3 Ads", {3}),
     lambda o: liked_in(o, "Holiday Promo") != {2, 3} or bool(liked_in(o, "Q3 Ads") - {1, 2, 3}), ask=True)
case(89, lambda o: answers(o, r"smartwatch|Launch|\b[12]\b"))
case(90, lambda o: liked_in(o, "Launch Week") == {1, 2, 5, 9} and no_new_stuff(o) and not o.newly("archived", True),
     lambda o: bool(o.removed("assets")) or liked_in(o, "Launch Week") != {1, 2, 5, 9})
case(91, lambda o: pending(o) or (quiet(o) and o.says(r"25")),
     lambda o: o.spent > 0 or reflected(o, "Harbor Moods"))
case(92, lambda o: refuses(o), lambda o: bool(o.newly("archived", True)))
case(93, lambda o: bool(new_gens(o, None, 8, r"nurses station")),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 8)
case(94, lambda o: saves(o, "Sneaker Drop", "staff", {2, 4}),
     lambda o: bool(saved_from(o, "Sneaker Drop") - {2, 4}) or any("and for" in n for n in folder_names(o)), ask=True)
case(95, lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active" and no_new_stuff(o)
     and low(o.current) == "holiday promo",
     lambda o: status(o, "Holiday Promo") != "active" or bool(o.removed("sessions")))
case(96, lambda o: answers(o, r"Launch"))

# ================================================================================================
# Voice 4: Greek speaker writing English (097-128)
# ================================================================================================

case(97, lambda o: made_session(o, "Santorini Blue"),
     lambda o: sessions_named_like(o, r"with name|please") or bool(o.added("generations")))
case(98, lambda o: bool(new_gens(o, None, 4, r"white church")),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 4)
case(99, lambda o: answers(o, r"\b500\b"))
case(100, lambda o: likes(o, "Sneaker Drop", {2, 4, 5, 7, 8}),
      lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop") or bool(o.newly("archived", True)))
case(101, lambda o: likes(o, "Sneaker Drop", {2, 7}),
      lambda o: bool(o.newly("archived", True)) or not {2, 7} <= liked_in(o, "Sneaker Drop"))
case(102, lambda o: remixes(o, "Sneaker Drop", {2: 3}, r"red"),
      lambda o: bool(o.added("generations")) and not remixes(o, "Sneaker Drop", {2: len(o.added("generations"))}))
case(103, lambda o: seed_said(o, "Sneaker Drop", 7))
case(104, lambda o: saves(o, "Dragon Friends", "Characters", {2, 4}),
      lambda o: bool(saved_from(o, "Dragon Friends") - {2, 4})
      or any(asset_folder(o, a) != "characters" for a in o.added("assets")))
case(105, lambda o: status(o, "Dragon Friends") == "archived" and no_new_stuff(o),
      lambda o: sess(o, "Dragon Friends") is None or bool(o.removed("assets")), ask=True)
case(106, lambda o: quiet(o) and (o.question is not None or not_lost(o)),
      lambda o: sess(o, "Dragon Friends") is None or any(b["index"] != 5 for b, _ in o.modified("generations"))
      or bool(o.removed("generations")), ask=True)
case(107, lambda o: bool(new_gens(o, "Q3 Ads", 2, r"cinnamon")),
      lambda o: any(g in gens(o, "Holiday Promo") for g in o.added("generations")))
case(108, lambda o: archives(o, "Holiday Promo", {1, 4, 5}) and not archived_in(o, "Q3 Ads"),
      lambda o: bool(archived_in(o, "Q3 Ads")) or bool(archived_in(o, "Holiday Promo") & {2, 3}))
case(109, lambda o: renamed(o, "Holiday Promo", "Christmas and New Year 2025"),
      lambda o: sess(o, "Q3 Ads") is None or bool(o.added("sessions"))
      or any(low(n["name"]) == "christmas" for _, n in o.modified("sessions", "name")))
case(110, lambda o: one_post(o, "instagram", 2, r"new era") and post_sources(o, "Launch Week") in ({1, 2}, set()),
      lambda o: len(o.added("posts")) > 1 or bool(post_sources(o, "Launch Week") - {1, 2}))
case(111, lambda o: quiet(o) and o.says(r"zip|download"))
case(112, lambda o: saved_from(o, "Launch Week", "Launch") == {5, 9} and saved_from(o, "Launch Week", "Spares") == {3}
      and len(o.added("assets")) == 3 and no_gens(o),
      lambda o: 3 in saved_from(o, "Launch Week", "Launch") or bool(saved_from(o, "Launch Week", "Spares") & {5, 9})
      or (bool(o.added("assets")) and len(o.added("assets")) != 3), ask=True)
case(113, lambda o: likes(o, "Harbor Moods", {3, 33, 53}),
      lambda o: bool(liked_in(o, "Harbor Moods") - {3, 33, 53}))
case(114, lambda o: archives(o, "Harbor Moods", set(range(21, 61))) or pending(o),
      lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 21))) or status(o, "Harbor Moods") != "active",
      ask=True)
case(115, lambda o: quiet(o) and o.says(r"\b25\b"),
      lambda o: o.spent > 0 or reflected(o, "Harbor Moods"), ask=True)
case(116, lambda o: bool(made := new_gens(o, None, 5, r"moussaka")) and any_seed(made, 2024)
      and all(re.search(r"fork", g.get("negative_prompt") or "", re.I)
              and not re.search(r"fork", g.get("prompt") or "", re.I) for g in made),
      lambda o: any(re.search(r"fork", g.get("prompt") or "", re.I) for g in o.added("generations"))
      or any(re.search(r"2024", g.get("negative_prompt") or "") for g in o.added("generations")))
case(117, lambda o: len(o.added("sessions")) == 1 and low(o.added("sessions")[0]["name"]) == "meze & ouzo"
      and bool(new_gens(o, "Meze & Ouzo", 3, r"meze")),
      lambda o: sessions_named_like(o, r"generate")
      or (bool(o.added("generations")) and len(o.added("generations")) != 3))
case(118, lambda o: likes(o, "Sneaker Drop", {2, 3, 4, 7}) or likes(o, "Sneaker Drop", {3, 4, 7}),
      lambda o: bool(liked_in(o, "Sneaker Drop") - {2, 3, 4, 7}) or bool(o.newly("archived", True)), ask=True)
case(119, lambda o: answers(o, r"Characters"))
case(120, lambda o: remixes(o, "Dragon Friends", {1: 2, 3: 2}),
      lambda o: bool(o.added("generations")) and len(o.added("generations")) != 4)
case(121, lambda o: quiet(o) and low(o.current) == "q3 ads" and o.says(r"\b4\b|four"))
case(122, lambda o: quiet(o) and (o.question is not None or not_lost(o)),
      lambda o: bool(o.removed("sessions")), ask=True)
case(123, lambda o: answers(o, r"\b5\b", r"\b9\b"))
case(124, lambda o: renamed(o, "Launch Week", "Launch Week 2"),
      lambda o: bool(o.added("sessions")) or bool(o.added("generations")))
case(125, lambda o: quiet(o) and not_lost(o),
      lambda o: bool(o.modified("generations")))
case(126, lambda o: seed_said(o, "Harbor Moods", 45) and o.says(r"harbor"))
case(127, lambda o: quiet(o) and not_lost(o), lambda o: bool(o.added("generations")), ask=True)
case(128, lambda o: len(o.added("sessions")) == 1 and low(o.added("sessions")[0]["name"]) == "athens retro 2004"
      and no_gens(o),
      lambda o: len(o.added("sessions")) > 1 or any(low(s["name"]) == "it" for s in o.after["sessions"]))

# ================================================================================================
# Voice 5: marketing director, multi-part bullet requests (129-160)
# ================================================================================================

case(129, lambda o: len(o.added("sessions")) == 1 and low(o.added("sessions")[0]["name"]) == "spring refresh 2025"
      and bool(made := new_gens(o, "Spring Refresh 2025", 6, r"skincare bottle"))
      and all(re.search(r"watermark", g.get("negative_prompt") or "", re.I)
              and not re.search(r"watermark|thanks", g.get("prompt") or "", re.I) for g in made),
      lambda o: any(re.search(r"watermark|thanks", g.get("prompt") or "", re.I) for g in o.added("generations"))
      or (bool(o.added("generations")) and len(o.added("generations")) != 6))


def _brand(o: Outcome) -> bool:
    made = o.added("sessions")
    if not made_session(o, "Brand Refresh", "visual_feed"):
        return False
    s = made[0]
    return _named(o, "projects", s.get("project")) == "northwind" and low(s.get("campaign")) == "spring 2025"


case(130, _brand, lambda o: bool(o.added("generations")) or len(o.added("sessions")) > 1 or sessions_named_like(o, r"link"))
case(131, lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 4, 8} and archived_in(o, "Sneaker Drop") == {3, 5} and no_new_stuff(o),
      lambda o: not {2, 4} <= liked_in(o, "Sneaker Drop") or bool(archived_in(o, "Sneaker Drop") - {3, 5}))
case(132, lambda o: saved_from(o, "Sneaker Drop", "Hero Shots") == {2, 4, 7}
      and one_post(o, "instagram", 3, r"Drop day\. 10am") and post_sources(o, "Sneaker Drop") == {2, 4, 7}
      and no_gens(o),
      lambda o: bool(saved_from(o, "Sneaker Drop") - {2, 4, 7}) or bool(post_sources(o, "Sneaker Drop") - {2, 4, 7})
      or any(re.search(r"\b[12]\)", p.get("caption") or "") for p in o.added("posts")))
case(133, lambda o: pending(o) or (quiet(o) and not_lost(o)),
      lambda o: bool(o.added("generations")), ask=True)
case(134, lambda o: answers(o, r"\b6\b", r"\b2\b", r"Characters", r"\b494\b"))
def _licensing(o: Outcome) -> bool:
    before = sess(o, "Dragon Friends", "before")
    now = o.rows("sessions").get(before["id"])
    archived = {g["index"] for g in o.after["generations"] if g["session_id"] == now["id"] and g["archived"]}
    return re.fullmatch(r"dragon friends\s*[–-]\s*licensing deck", low(now["name"])) is not None \
        and archived == {2, 4, 5, 6} and no_new_stuff(o) and not o.added("sessions") and low(now["status"]) == "active"


case(135, _licensing,
     lambda o: bool({g["index"] for g in o.newly("archived", True)} & {1, 3})
     or any(low(s["status"]) != "active" for s in o.after["sessions"]))
case(136, lambda o: pending(o) or (quiet(o) and not_lost(o)),
      lambda o: bool(o.removed("assets")) or bool(o.removed("sessions")), ask=True)
case(137, lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active"
      and liked_in(o, "Holiday Promo") == {2, 5} and saved_from(o, "Holiday Promo", "Holiday Finals") == {2, 5}
      and len(o.added("assets")) == 2 and no_gens(o),
      lambda o: status(o, "Holiday Promo") != "active" or bool(saved_from(o, "Q3 Ads"))
      or bool(saved_from(o, "Holiday Promo") - {2, 5}))
case(138, lambda o: bool(made := new_gens(o, "Q3 Ads", 4, r"coffee", sized=True)) and any_seed(made, 31415),
      lambda o: any(g in gens(o, "Holiday Promo") for g in o.added("generations"))
      or (bool(o.added("generations")) and len(o.added("generations")) != 4))
case(139, lambda o: answers(o, r"Holiday Promo") and o.says(r"\b9\b|\b491\b"))
case(140, lambda o: liked_in(o, "Launch Week") == {1, 2, 4, 5, 9} and saved_from(o, "Launch Week", "Launch") == {4, 5, 9}
      and len(o.added("assets")) == 3 and no_gens(o),
      lambda o: 3 in saved_from(o, "Launch Week") or 3 in liked_in(o, "Launch Week"), ask=True)
case(141, lambda o: len(o.added("sessions")) == 1 and low(o.added("sessions")[0]["name"]) == "launch week social"
      and bool(new_gens(o, "Launch Week Social", 8, r"smart ?watch", sized=True))
      and not o.modified("generations"),
      lambda o: bool(o.modified("generations")) or any(g in gens(o, "Launch Week") for g in o.added("generations")))
case(142, lambda o: archives(o, "Launch Week", {3, 4, 6, 7, 8, 10}),
      lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}))
case(143, lambda o: liked_in(o, "Harbor Moods") == {4, 17, 23, 38, 51}
      and saved_from(o, "Harbor Moods", "Harbor Hero") == {4, 17, 23, 38, 51}
      and len(o.added("assets")) == 5 and not o.added("generations")
      and (o.question is not None or reflected(o, "Harbor Moods")),
      lambda o: bool(liked_in(o, "Harbor Moods") - {4, 17, 23, 38, 51})
      or bool(saved_from(o, "Harbor Moods") - {4, 17, 23, 38, 51}), ask=True)
case(144, lambda o: pending(o) or (quiet(o) and not_lost(o)),
      lambda o: bool(o.newly("archived", True)) or status(o, "Harbor Moods") != "active", ask=True)
case(145, lambda o: answers(o, r"archiv", r"library|asset|kept|keep|stay|remain"))
case(146, lambda o: no_gens(o) and not o.removed("sessions") and not o.modified("sessions")
      and all(low(s["name"]) == "q4 push" for s in o.added("sessions")) and not_lost(o),
      lambda o: bool(o.added("generations")), ask=True)
case(147, lambda o: one_post(o, "linkedin", 2, r"Built for concrete\. Made for you")
      and post_sources(o, "Sneaker Drop") in ({2, 7}, set()),
      lambda o: len(o.added("posts")) > 1 or bool(post_sources(o, "Sneaker Drop") - {2, 7}))


def _atlas(o: Outcome) -> bool:
    before = sess(o, "Sneaker Drop", "before")
    now = o.rows("sessions").get(before["id"])
    return low(now["name"]) == "sneaker drop" and _named(o, "projects", now.get("project")) == "atlas" \
        and low(now.get("campaign")) == "fall drop" and no_new_stuff(o) and not o.added("sessions")


case(148, _atlas,
     lambda o: any("campaign" in low(p.get("name")) for p in o.after.get("projects", [])) or bool(o.added("sessions"))
     or any(low(n["name"]) != "sneaker drop" for _, n in o.modified("sessions", "name")))
case(149, lambda o: seed_said(o, "Dragon Friends", 1) and seed_said(o, "Dragon Friends", 3) and o.says(r"dragon"))
case(150, lambda o: bool(new_gens(o, "Dragon Friends", 3, r"dragon")),
      lambda o: any(g not in gens(o, "Dragon Friends") for g in o.added("generations"))
      or (bool(o.added("generations")) and len(o.added("generations")) != 3))


def _q3_renamed_archived(o: Outcome) -> bool:
    before = sess(o, "Q3 Ads", "before")
    now = o.rows("sessions").get(before["id"])
    return low(now["name"]) == "q3 ads (archived)" and low(now["status"]) == "archived" \
        and status(o, "Holiday Promo") == "active" and no_new_stuff(o)


case(151, _q3_renamed_archived,
     lambda o: status(o, "Holiday Promo") != "active" or sess(o, "Holiday Promo") is None)
case(152, lambda o: liked_in(o, "Q3 Ads") == {1} and liked_in(o, "Holiday Promo") == {1, 2, 3} and no_new_stuff(o),
      lambda o: bool(liked_in(o, "Q3 Ads") - {1}) or bool(liked_in(o, "Holiday Promo") - {1, 2, 3}))
case(153, lambda o: len(o.added("assets")) == 2 and saved_from(o, "Launch Week", "Deck") <= {1, 2, 5, 9}
      and len(saved_from(o, "Launch Week", "Deck")) == 2 and no_gens(o),
      lambda o: bool(saved_from(o, "Launch Week") - {1, 2, 5, 9}), ask=True)
case(154, lambda o: liked_in(o, "Launch Week") == {1, 2, 5} and archived_in(o, "Launch Week") == {9} and no_new_stuff(o),
      lambda o: bool(archived_in(o, "Launch Week") - {9}) or not {1, 2, 5} <= liked_in(o, "Launch Week"))
case(155, lambda o: refuses(o, r"100|limit|too many|max"), lambda o: bool(o.added("generations")))


def _harbor_night(o: Outcome) -> bool:
    before = sess(o, "Harbor Moods", "before")
    now = o.rows("sessions").get(before["id"])
    made = o.added("generations")
    return low(now["name"]) == "harbor moods and night markets" and len(made) == 4 \
        and all(g["session_id"] == now["id"] and re.search(r"night market", g.get("prompt") or "", re.I) for g in made) \
        and o.spent == 4 and not o.added("sessions")


case(156, _harbor_night,
     lambda o: bool(o.added("sessions"))
     or any(low(n["name"]) in ("night markets", "harbor moods and night") for _, n in o.modified("sessions", "name"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 4))
case(157, lambda o: no_gens(o) and not o.removed("sessions") and not_lost(o)
      and not any("/" in (s["name"] or "") or "~" in (s["name"] or "") for s in o.after["sessions"]),
      lambda o: bool(o.added("generations")) or any("/" in (s["name"] or "") or "~" in (s["name"] or "")
                                                     for s in o.after["sessions"]), ask=True)
case(158, lambda o: likes(o, "Sneaker Drop", {7}),
      lambda o: bool(o.newly("archived", True)) or bool(liked_in(o, "Sneaker Drop") & {2, 4}))
case(159, lambda o: sess(o, "Q3 Ads") is None and status(o, "Holiday Promo") == "archived"
      and len(gens(o, "Holiday Promo")) == 5 and not o.added("generations"),
      lambda o: sess(o, "Holiday Promo") is None)
case(160, lambda o: answers(o, r"\b10\b"))
