"""Checks for round 52 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

Voices (32 cases each, in blocks): an Irish person, chatty and colloquial (001-032), a Thai speaker
writing English as a second language (033-064), a YouTube thumbnail creator in a hurry (065-096), an
emoji-heavy phone typer (097-128) and a Hungarian speaker of English (129-160).

Setups (every confirmation in a setup answered yes; credits start at 500, one per default image):
- A: empty home.
- B: session "Sneaker Drop", 8 generations, liked {2,4,7}, 492 credits, current.
- C: session "Dragon Friends", 6 generations, liked {1,3}, both saved to folder "Characters", 494 credits, current.
- D: "Q3 Ads" 4 generations (none liked); "Holiday Promo" 5 generations, liked {2,3}, current; 491 credits.
- E: "Launch Week" 10 generations, liked {1,2,5,9}, 1 and 2 saved to folder "Launch", 490 credits, current.
- F: "Harbor Moods" 60 generations, 440 credits, current.

Conventions: checks judge only by what changed in `atelier state --json` (o.before / o.after) and by
loose case-insensitive patterns in the reply text; never by tool names. Names of sessions, folders,
projects, tags and platforms are compared without regard to case (and with curly quotes and emoji
variation selectors folded). A folder/project field may hold a name or an id; both are accepted.
When a case is ok_to_ask, `meant` also accepts "nothing changed and a question is waiting or a
specific refusal/question was replied". Every function is wrapped so it never raises (an exception
counts as False).
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


def case(num: int, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    final = _safe(lambda o: m(o) or asked(o)) if ask else m
    CHECKS[f"r52-{num:03d}"] = Check(final, _safe(wrong) if wrong is not None else None)


# -- readings -------------------------------------------------------------------------------------

def low(value) -> str:
    text = value if isinstance(value, str) else str(value or "")
    text = text.replace("\ufe0f", "").replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text).strip().lower()


def has(text, *patterns: str) -> bool:
    return all(re.search(p, text or "", re.IGNORECASE) for p in patterns)


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    state = o.after if when == "after" else o.before
    return next((s for s in state["sessions"] if low(s["name"]) == low(name)), None)


def sess_id(o: Outcome, sid: str, when: str = "after") -> dict | None:
    state = o.after if when == "after" else o.before
    return next((s for s in state["sessions"] if s["id"] == sid), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    state = o.after if when == "after" else o.before
    ids = {s["id"] for s in state["sessions"] if low(s["name"]) == low(name)}
    return [g for g in state["generations"] if g["session_id"] in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict | None:
    return next((g for g in gens(o, name, when) if g["index"] == index), None)


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def new_gens_in(o: Outcome, name: str) -> list[dict]:
    s = sess(o, name)
    return [g for g in o.added("generations") if s and g["session_id"] == s["id"]]


def no_new_stuff(o: Outcome) -> bool:
    return not o.added("generations") and not o.added("assets") and not o.removed("generations") \
        and not o.removed("sessions") and not o.removed("assets") and o.spent == 0


def active(o: Outcome, name: str) -> bool:
    s = sess(o, name)
    return s is not None and s["status"] == "active"


def likes(o: Outcome, name: str, expected: set[int]) -> bool:
    return liked_in(o, name) == expected and no_new_stuff(o) and not o.newly("archived", True)


def archives(o: Outcome, name: str, expected: set[int]) -> bool:
    before = {g["index"] for g in gens(o, name, "before") if g["archived"]}
    return archived_in(o, name) == expected and no_new_stuff(o) and active(o, name) \
        and len(o.newly("archived", True)) == len(expected - before) and not o.modified("generations", "liked")


def _named(o: Outcome, table: str, value) -> str:
    """A folder/project value as a lower-case name (the value may be an id or a name)."""
    if isinstance(value, dict):
        value = value.get("name") or value.get("id")
    for row in o.after.get(table, []) + o.before.get(table, []):
        if row.get("id") == value:
            return low(row.get("name"))
    return low(value)


def asset_folder(o: Outcome, asset: dict) -> str:
    return _named(o, "folders", asset.get("folder"))


def tags_of(asset: dict) -> set[str]:
    out = set()
    for t in asset.get("tags") or []:
        out.add(low(t.get("name") if isinstance(t, dict) else t))
    return out


def saved_from(o: Outcome, name: str, folder: str | None = None) -> set[int]:
    """Indexes (in session ``name``) of generations saved as new assets (into ``folder`` when given)."""
    by_id = {g["id"]: g["index"] for g in gens(o, name)}
    out = set()
    for a in o.added("assets"):
        if a.get("origin_generation_id") in by_id and (folder is None or asset_folder(o, a) == low(folder)):
            out.add(by_id[a["origin_generation_id"]])
    return out


def assets_of(o: Outcome, name: str, index: int, when: str = "after") -> list[dict]:
    g = gen(o, name, index, "before") or gen(o, name, index, when)
    state = o.after if when == "after" else o.before
    return [a for a in state["assets"] if g and a.get("origin_generation_id") == g["id"]]


def new_sess(o: Outcome, name: str, current: bool = True) -> bool:
    made = o.added("sessions")
    return len(made) == 1 and low(made[0]["name"]) == low(name) and not o.added("generations") \
        and (not current or low(o.current) == low(name))


def renamed(o: Outcome, old: str, new: str) -> bool:
    mods = o.modified("sessions", "name")
    return len(mods) == 1 and low(mods[0][0]["name"]) == low(old) and low(mods[0][1]["name"]) == low(new) \
        and not o.added("sessions") and not o.removed("sessions") and no_new_stuff(o)


def made_in(o: Outcome, name: str, count: int, *patterns: str) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name``, prompts matching ``patterns``."""
    made = new_gens_in(o, name)
    if len(made) != count or len(o.added("generations")) != count:
        return []
    if not all(has(g.get("prompt"), *patterns) for g in made):
        return []
    return made


def seeds(rows: list[dict]) -> set:
    out = set()
    for g in rows:
        try:
            out.add(int(g.get("seed")))
        except (TypeError, ValueError):
            pass
    return out


def parent_index(o: Outcome, g: dict) -> int | None:
    by_id = {x["id"]: x["index"] for x in o.after["generations"] + o.before["generations"]}
    return by_id.get(g.get("parent_id"))


def remixes(o: Outcome, name: str, index: int, count: int) -> bool:
    made = new_gens_in(o, name)
    parent = gen(o, name, index, "before")
    return len(made) == count and len(o.added("generations")) == count and parent is not None \
        and all(g.get("parent_id") == parent["id"] for g in made) and not o.removed("generations")


def confirm_pending(o: Outcome) -> bool:
    return quiet(o) and o.question is not None


def cost_confirm(o: Outcome) -> bool:
    return confirm_pending(o) and o.says(r"credit|cost")


def seed_said(o: Outcome, name: str, index: int) -> bool:
    g = gen(o, name, index, "before")
    return g is not None and g.get("seed") is not None and o.says(r"(?<!\d)" + re.escape(str(g["seed"])) + r"(?!\d)")


def one_post(o: Outcome) -> dict | None:
    posts = o.added("posts")
    return posts[0] if len(posts) == 1 else None


def post_indexes(o: Outcome, post: dict, name: str) -> set[int]:
    """Indexes in session ``name`` of the generations the post's assets came from (None if one is foreign)."""
    by_gen = {g["id"]: g["index"] for g in gens(o, name)}
    assets = {a["id"]: a for a in o.after["assets"]}
    out = set()
    for aid in post.get("asset_ids") or []:
        a = assets.get(aid)
        if a is None or a.get("origin_generation_id") not in by_gen:
            return {-1}
        out.add(by_gen[a["origin_generation_id"]])
    return out


def post_ok(o: Outcome, name: str, indexes: set[int], caption: str, platform: str | None = None) -> bool:
    p = one_post(o)
    return p is not None and low(p.get("caption")).strip("\"'") == low(caption) \
        and (platform is None or platform in low(p.get("platform"))) \
        and post_indexes(o, p, name) == indexes and len(p.get("asset_ids") or []) == len(indexes) \
        and not o.added("generations") and not o.removed("generations")


def reflected(o: Outcome, name: str) -> bool:
    s = sess(o, name)
    return s is not None and bool(s.get("reflection")) and o.spent == 25 and not o.added("generations")


def nothing_touched_but_talk(o: Outcome) -> bool:
    """No generations, spending, removals or generation changes; a reply that is not a shrug."""
    return not o.added("generations") and o.spent == 0 and not o.removed("sessions") \
        and not o.removed("generations") and not o.removed("assets") and not o.modified("generations") \
        and not o.added("sessions") and not o.says(r"did not understand")


SD, DF, Q3, HP, LW, HM = "Sneaker Drop", "Dragon Friends", "Q3 Ads", "Holiday Promo", "Launch Week", "Harbor Moods"
TOO_MANY = r"100|too many|limit|at most|maximum|max\b|up to|between 1"


# == (1) Irish, chatty and colloquial: 001-032 ======================================================

case(1, lambda o: new_sess(o, "Connemara Walls"))
case(2, lambda o: len(made := o.added("generations")) == 4 and o.spent == 4
     and all(has(g["prompt"], r"stout") and has(g.get("negative_prompt"), r"blurry") for g in made)
     and not any(has(g["prompt"], r"blurry|would you ever") for g in made),
     lambda o: len(o.added("generations")) not in (0, 4))


def _c3(o: Outcome) -> bool:
    made = o.added("sessions")
    if len(made) != 1 or low(made[0]["name"]) != "aran knits" or o.added("generations") or o.spent:
        return False
    brief = made[0].get("brief")
    return has(str(brief), r"aran") if brief else o.says(r"brief")


case(3, _c3, lambda o: bool(o.added("generations")) or len(o.added("sessions")) > 1)
case(4, lambda o: len(o.added("sessions")) == 1 and sess(o, "Sheep and Stone Walls") is not None
     and bool(made := made_in(o, "Sheep and Stone Walls", 3, r"sheep")) and 1916 in seeds(made) and o.spent == 3,
     lambda o: sess(o, "Sheep") is not None or sess(o, "Stone Walls") is not None)
case(5, lambda o: refuses(o), lambda o: o.data_changed)
case(6, lambda o: likes(o, SD, {2, 4}))
case(7, lambda o: remixes(o, SD, 4, 2) and o.index_set(new_gens_in(o, SD)) == {9, 10} and o.spent == 2)
case(8, lambda o: saved_from(o, SD, "Shortlist") == {2, 4, 7} and len(o.added("assets")) == 3
     and liked_in(o, SD) == {2, 4, 7} and not o.added("generations"))
case(9, lambda o: archives(o, SD, {1, 3, 5, 6, 8}))
case(10, lambda o: asked(o), lambda o: o.data_changed, ask=True)
case(11, lambda o: answers(o) and seed_said(o, SD, 3))
case(12, lambda o: answers(o, r"dragon|\b2\b|two"))
case(13, lambda o: bool(made_in(o, DF, 3, r"dragon", r"knit|jumper|sweater")) and o.spent == 3
     and not o.added("sessions"))
case(14, lambda o: renamed(o, DF, "Dragons 'n' Friends 2"))
case(15, lambda o: post_ok(o, DF, {1, 3}, "Here be dragons, and they're only babies", "instagram"),
     lambda o: len(o.added("posts")) > 1)
case(16, lambda o: liked_in(o, DF) == {1, 2, 3, 5} and saved_from(o, DF, "Characters") == {2, 5}
     and len(o.added("assets")) == 2 and not o.added("generations") and not o.newly("archived", True))
case(17, lambda o: liked_in(o, Q3) == {1, 4} and liked_in(o, HP) == {2, 3} and no_new_stuff(o)
     and low(o.current) == "q3 ads",
     lambda o: liked_in(o, HP) != {2, 3})
case(18, lambda o: (sess(o, HP) or {}).get("status") == "archived" and active(o, Q3) and no_new_stuff(o),
     lambda o: not active(o, Q3) or bool(o.removed("sessions")))
case(19, lambda o: answers(o, r"holiday promo", r"\b2\b|two"))
case(20, lambda o: confirm_pending(o) and o.says(r"q3 ads"),
     lambda o: bool(o.removed("sessions")) or bool(o.modified("sessions")), ask=True)
case(21, lambda o: len(made_in_q := new_gens_in(o, Q3)) == 2 and len(made_in_h := new_gens_in(o, HP)) == 2
     and len(o.added("generations")) == 4 and o.spent == 4
     and all(has(g["prompt"], r"coffee") for g in made_in_q) and all(has(g["prompt"], r"gift") for g in made_in_h),
     lambda o: bool(o.added("generations")) and (len(new_gens_in(o, Q3)) != 2 or len(new_gens_in(o, HP)) != 2),
     ask=True)
case(22, lambda o: saved_from(o, LW, "Launch") == {5, 9} and len(o.added("assets")) == 2
     and liked_in(o, LW) == {1, 2, 5, 9} and not o.added("generations"))
case(23, lambda o: quiet(o) and o.says(r"zip") and not o.says(r"did not understand"))
case(24, lambda o: likes(o, LW, set()) and not o.removed("assets"))
case(25, lambda o: bool(made := made_in(o, LW, 3, r"smartwatch")) and 77 in seeds(made) and o.spent == 3
     and not any(has(g["prompt"], r"find them") for g in made))
case(26, lambda o: archives(o, LW, {3, 4, 6, 7, 8, 10}))
case(27, lambda o: answers(o, r"marble"))
case(28, lambda o: confirm_pending(o) and o.says(r"25|credit|reflect"), lambda o: o.spent > 0)
case(29, lambda o: likes(o, HM, {5, 12, 33, 58}))
case(30, lambda o: archives(o, HM, set(range(1, 31))),
     lambda o: bool(archived_in(o, HM)) and archived_in(o, HM) != set(range(1, 31)) or not active(o, HM),
     ask=True)
case(31, lambda o: refuses(o, r"61|60|only|not exist|no such|doesn't|does not|out of range"),
     lambda o: o.data_changed)


def _c32_wrong(o: Outcome) -> bool:
    names = [low(f.get("name")) for f in o.added("folders")] + [asset_folder(o, a) for a in o.added("assets")]
    folders = {asset_folder(o, a) for a in o.added("assets")}
    return any("then" in n for n in names) or (len(o.added("assets")) == 2 and len(folders) == 1)


case(32, lambda o: saved_from(o, HM, "Boats") == {10} and saved_from(o, HM, "Sunsets") == {20}
     and len(o.added("assets")) == 2 and not o.added("generations"), _c32_wrong, ask=True)

# == (2) Thai speaker writing English: 033-064 ======================================================

case(33, lambda o: new_sess(o, "Bangkok Street Food"))
case(34, lambda o: len(made := o.added("generations")) == 6 and o.spent == 6
     and all(has(g["prompt"], r"pad thai", r"banana") and not has(g["prompt"], r"krub|please") for g in made))
case(35, lambda o: refuses(o, TOO_MANY), lambda o: bool(o.added("generations")))
case(36, lambda o: answers(o, r"session"), lambda o: bool(o.added("sessions")))
case(37, lambda o: len(o.added("sessions")) == 1 and sess(o, "Songkran 2025") is not None
     and bool(made := made_in(o, "Songkran 2025", 4, r"splash|water"))
     and all(has(g.get("negative_prompt"), r"watermark", r"blurry") for g in made)
     and not any(has(g["prompt"], r"krub|watermark") or has(g.get("negative_prompt"), r"krub") for g in made),
     lambda o: any(has(g["prompt"], r"krub") for g in o.added("generations")))
case(38, lambda o: likes(o, SD, {1, 2, 4, 7, 8}))
case(39, lambda o: likes(o, SD, {2, 4, 6}),
     lambda o: liked_in(o, SD) not in ({2, 4, 7}, {2, 4, 6}), ask=True)
case(40, lambda o: nothing_touched_but_talk(o) and not_lost(o) and not o.modified("sessions", "name"),
     lambda o: bool(o.added("generations")) or bool(o.modified("sessions", "name")))


def _c41_wrong(o: Outcome) -> bool:
    three = gen(o, SD, 3, "before")
    return three is not None and any(g.get("parent_id") == three["id"] for g in o.added("generations"))


case(41, lambda o: remixes(o, SD, 2, 3) and o.spent == 3, _c41_wrong, ask=True)


def _c42(o: Outcome) -> bool:
    if o.removed("sessions") or o.added("generations") or o.removed("assets") or o.spent:
        return False
    removed = o.removed("generations")
    if removed:
        return len(removed) == 1 and removed[0]["index"] == 5 and not o.modified("generations")
    return archived_in(o, SD) == {5} and len(o.modified("generations")) == 1


def _c42_wrong(o: Outcome) -> bool:
    return bool(o.removed("sessions")) or any(g["index"] != 5 for g in o.removed("generations")) \
        or bool(archived_in(o, SD) - {5})


case(42, _c42, _c42_wrong, ask=True)
case(43, lambda o: saved_from(o, SD, "Sneaker Final") == set(range(1, 9)) and len(o.added("assets")) == 8
     and not o.added("generations"))
case(44, lambda o: answers(o) and seed_said(o, DF, 1))
case(45, lambda o: post_ok(o, DF, {1, 3}, "Little dragon say hello", "facebook"),
     lambda o: len(o.added("posts")) > 1)
case(46, lambda o: archives(o, DF, {2, 4, 5, 6}))
case(47, lambda o: quiet(o) and not_lost(o),
     lambda o: len([s for s in o.after["sessions"] if low(s["name"]) == "dragon friends"]) > 1, ask=True)
case(48, lambda o: bool(made := made_in(o, DF, 2, r"dragon")) and seeds(made) == {5, 9} and o.spent == 2
     and not any(has(g["prompt"], r"seed") for g in made))


def _c49(o: Outcome) -> bool:
    moved = o.modified("generations", "session_id")
    q3 = sess(o, Q3)
    hp_before = sess(o, HP, "before")
    return len(moved) == 1 and q3 is not None and hp_before is not None \
        and moved[0][0]["session_id"] == hp_before["id"] and moved[0][0]["index"] == 4 \
        and moved[0][1]["session_id"] == q3["id"] and not o.added("generations") and not o.removed("generations") \
        and o.spent == 0


case(49, _c49)
case(50, lambda o: answers(o, r"coffee"))
case(51, lambda o: bool(made := made_in(o, Q3, 3, r"coffee")) and o.spent == 3 and low(o.current) == "q3 ads"
     and not any(has(g["prompt"], r"krub") for g in made),
     lambda o: bool(new_gens_in(o, HP)))
case(52, lambda o: renamed(o, HP, "New Year Promo"), lambda o: sess(o, Q3) is None)
case(53, lambda o: asked(o), lambda o: o.data_changed, ask=True)
case(54, lambda o: answers(o, r"\b2\b|two"))


def _c55(o: Outcome) -> bool:
    one_before = assets_of(o, LW, 1, "before")
    one_after = {a["id"]: a for a in assets_of(o, LW, 1, "after")}
    two_before = assets_of(o, LW, 2, "before")
    two_after = {a["id"]: a for a in assets_of(o, LW, 2, "after")}
    if not one_before or o.modified("generations") or o.added("generations") or o.added("assets"):
        return False
    if any(two_after.get(a["id"]) != a for a in two_before):
        return False
    return all(a["id"] not in one_after or asset_folder(o, one_after[a["id"]]) != "launch" for a in one_before)


def _c55_wrong(o: Outcome) -> bool:
    two_after = {a["id"]: a for a in assets_of(o, LW, 2, "after")}
    return any(two_after.get(a["id"]) != a for a in assets_of(o, LW, 2, "before")) \
        or bool(o.modified("generations")) or bool(o.removed("generations"))


case(55, _c55, _c55_wrong, ask=True)
case(56, lambda o: answers(o, r"\b490\b"))
case(57, lambda o: bool(made := made_in(o, LW, 10, r"smartwatch", r"wood")) and o.spent == 10
     and o.index_set(made) == set(range(11, 21)) and not any(has(g["prompt"], r"krub") for g in made))
case(58, lambda o: archived_in(o, LW) == set() and liked_in(o, LW) == {1, 2, 5, 9} and no_new_stuff(o))
case(59, lambda o: likes(o, LW, set(range(1, 10))))
case(60, lambda o: reflected(o, HM))
case(61, lambda o: answers(o, r"harbor|boat|dusk"))
case(62, lambda o: archived_in(o, HM) == set(range(1, 61)) - {7} and active(o, HM) and no_new_stuff(o),
     lambda o: not active(o, HM), ask=True)
case(63, lambda o: refuses(o, r"seed|range|too (big|large)|9223372036854775807|invalid|2\^63"),
     lambda o: bool(o.added("generations")))
case(64, lambda o: answers(o, r"\b60\b", r"\b0\b|no liked|none|not liked|haven't liked|zero|no images? (are )?liked"))

# == (3) YouTube thumbnail creator in a hurry: 065-096 ==============================================

case(65, lambda o: new_sess(o, "THUMBS ep 42 - I Survived 100 Days"), lambda o: bool(o.added("generations")))
case(66, lambda o: (len(made := o.added("generations")) == 6 and o.spent >= 6
                    and all(has(g["prompt"], r"shock", r"arrow") and not has(g["prompt"], r"need 6 thumbs")
                            for g in made)) or cost_confirm(o),
     lambda o: len(o.added("generations")) not in (0, 6))
case(67, lambda o: refuses(o), lambda o: o.data_changed)
case(68, lambda o: len(made := o.added("generations")) == 3 and all(has(g["prompt"], r"face") for g in made)
     and all(has(g.get("negative_prompt"), r"text|watermark") or has(g["prompt"], r"no text") for g in made),
     lambda o: len(o.added("generations")) not in (0, 3))


def _c69(o: Outcome) -> bool:
    made = o.added("generations")
    if len(made) != 8 or len({g["session_id"] for g in made}) != 1:
        return False
    red = [g for g in made if has(g["prompt"], r"red border")]
    plain = [g for g in made if not has(g["prompt"], r"red border")]
    return len(red) == 4 and len(plain) == 4 and all(has(g["prompt"], r"gamer|scream") for g in made) \
        and not any(has(g["prompt"], r"then 4|4 more") for g in made)


case(69, _c69, lambda o: any(has(g["prompt"], r"then 4|4 more") for g in o.added("generations"))
     or len(o.added("generations")) not in (0, 8), ask=True)
case(70, lambda o: quiet(o) and not_lost(o), lambda o: o.data_changed, ask=True)
case(71, lambda o: likes(o, SD, {1, 2, 4, 7, 8}))
case(72, lambda o: remixes(o, SD, 4, 3) and o.spent == 3)
case(73, lambda o: archives(o, SD, {1, 3, 5, 6, 8}))
case(74, lambda o: renamed(o, SD, "Then vs Now THUMBS"))
case(75, lambda o: quiet(o) and o.says(r"thumbs\.zip"))
case(76, lambda o: bool(made_in(o, DF, 2, r"dragon")) or cost_confirm(o),
     lambda o: len(o.added("generations")) not in (0, 2))


def _c77(o: Outcome) -> bool:
    moved = assets_of(o, DF, 1) + assets_of(o, DF, 3)
    others_before = [a for a in o.before["assets"] if a not in assets_of(o, DF, 1, "before") + assets_of(o, DF, 3, "before")]
    after = {a["id"]: a for a in o.after["assets"]}
    return len(moved) >= 2 and all(asset_folder(o, a) == "thumb finals" for a in moved) \
        and all(after.get(a["id"]) == a for a in others_before) \
        and not o.modified("generations") and not o.added("generations") and not o.removed("assets")


case(77, _c77, lambda o: bool(o.modified("generations")) or bool(o.removed("generations")))
case(78, lambda o: post_ok(o, DF, {1}, "WHICH DRAGON WINS?? 🐉 vote below", "youtube"),
     lambda o: len(o.added("posts")) > 1)
case(79, lambda o: likes(o, DF, {1}) and not o.modified("assets") and not o.removed("assets"))
case(80, lambda o: refuses(o, TOO_MANY), lambda o: bool(o.added("generations")))
case(81, lambda o: liked_in(o, Q3) == {2, 3} and liked_in(o, HP) == {2, 3} and no_new_stuff(o),
     lambda o: liked_in(o, HP) != {2, 3}, ask=True)
case(82, lambda o: (sess(o, Q3) or {}).get("status") == "archived" and active(o, HP) and no_new_stuff(o),
     lambda o: not active(o, HP) or bool(o.removed("sessions")))
case(83, lambda o: bool(made := made_in(o, HP, 4, r"gift", r"blue")) and 2024 in seeds(made),
     lambda o: bool(new_gens_in(o, Q3)))
case(84, lambda o: asked(o), lambda o: o.data_changed, ask=True)
case(85, lambda o: answers(o, r"\b491\b", r"\b20\b"))
case(86, lambda o: answers(o, r"marble|smartwatch|watch"))
case(87, lambda o: likes(o, LW, {1, 2, 5, 6, 9}), lambda o: bool({3, 4} & liked_in(o, LW)), ask=True)


def _c88_wrong(o: Outcome) -> bool:
    names = [low(f.get("name")) for f in o.added("folders")] + [asset_folder(o, a) for a in o.added("assets")]
    return any(re.search(r"\band\b|\b10\b", n) for n in names) \
        or (len(o.added("assets")) == 3 and len({asset_folder(o, a) for a in o.added("assets")}) == 1)


case(88, lambda o: saved_from(o, LW, "THUMBS") == {5, 9} and saved_from(o, LW, "Rejects") == {10}
     and len(o.added("assets")) == 3 and not o.added("generations"), _c88_wrong, ask=True)
case(89, lambda o: new_sess(o, "Launch Week 2"), lambda o: bool(o.added("generations")))
case(90, lambda o: archived_in(o, LW) == set() and liked_in(o, LW) == {1, 2, 5, 9} and no_new_stuff(o))


def _c91(o: Outcome) -> bool:
    s = sess(o, LW)
    brief = (s or {}).get("brief")
    return nothing_touched_but_talk(o) and (has(str(brief), r"thumbnail|ff3b30") if brief else o.says(r"brief"))


case(91, _c91, lambda o: bool(o.modified("generations")) or bool(o.added("generations")))
case(92, lambda o: asked(o), lambda o: o.data_changed, ask=True)
case(93, lambda o: liked_in(o, HM) == {3, 14, 27, 41, 59} and saved_from(o, HM, "YT Thumbs") == {3, 14, 27, 41, 59}
     and len(o.added("assets")) == 5 and not o.added("generations"))
case(94, lambda o: confirm_pending(o), lambda o: bool(o.added("generations")), ask=True)


def _c95(o: Outcome) -> bool:
    before = sess(o, HM, "before")
    after = sess_id(o, before["id"]) if before else None
    return after is not None and low(after["name"]) == "harbor thumbs" and after["status"] == "archived" \
        and no_new_stuff(o) and not o.added("sessions")


case(95, _c95, lambda o: any("then" in low(s["name"]) for s in o.after["sessions"]))
case(96, lambda o: answers(o, r"\bnot\b|no folder|n't|none|never"))

# == (4) emoji-heavy phone typer: 097-128 ===========================================================

case(97, lambda o: len(made := o.added("sessions")) == 1 and low(made[0]["name"]).startswith("cozy cafe")
     and not has(made[0]["name"], r"pls|omg") and not o.added("generations") and low(o.current) == low(made[0]["name"]))
case(98, lambda o: len(made := o.added("generations")) == 5 and o.spent == 5
     and all(has(g["prompt"], r"latte", r"heart", r"pink") and not has(g["prompt"], r"\bpls\b") for g in made))
case(99, lambda o: len(made := o.added("generations")) in (3, 4) and all(has(g["prompt"], r"sunset") for g in made),
     lambda o: len(o.added("generations")) not in (0, 3, 4), ask=True)
case(100, lambda o: answers(o, r"\b500\b"))


def _c101(o: Outcome) -> bool:
    made = o.added("sessions")
    if len(made) != 1 or not low(made[0]["name"]).startswith("mom & dad 40th"):
        return False
    new = [g for g in o.added("generations") if g["session_id"] == made[0]["id"]]
    return len(new) == 4 and len(o.added("generations")) == 4 and all(has(g["prompt"], r"cake") for g in new)


case(101, _c101, lambda o: len(o.added("sessions")) > 1 or len(o.added("generations")) == 40)
case(102, lambda o: likes(o, SD, {4, 7}))
case(103, lambda o: likes(o, SD, {2, 3, 4, 5, 6, 7}))
case(104, lambda o: remixes(o, SD, 7, 4) and o.spent == 4)
case(105, lambda o: archived_in(o, SD) == set() and active(o, SD) and no_new_stuff(o))
case(106, lambda o: answers(o, r"sneaker"))
case(107, lambda o: asked(o),
     lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")), ask=True)
case(108, lambda o: answers(o, r"dragon friends"))
case(109, lambda o: bool(made := made_in(o, DF, 3, r"dragon", r"sleep")) and 123 in seeds(made))
case(110, lambda o: active(o, DF) and no_new_stuff(o),
     lambda o: not active(o, DF) or bool(o.removed("sessions")), ask=True)
case(111, lambda o: post_ok(o, DF, {1, 3}, "dragon besties 🐉💕 #cute #dragon", "tiktok"),
     lambda o: len(o.added("posts")) > 1)


def _c112(o: Outcome) -> bool:
    mine = assets_of(o, DF, 1) + assets_of(o, DF, 3)
    mine_ids = {a["id"] for a in mine}
    others = [a for a in o.after["assets"] if a["id"] not in mine_ids]
    return len(mine) >= 2 and all("mascot" in tags_of(a) for a in mine) \
        and not any("mascot" in tags_of(a) for a in others) \
        and not any(re.search(r"pls", t) for a in mine for t in tags_of(a)) \
        and not o.modified("generations") and not o.added("generations")


case(112, _c112)
case(113, lambda o: liked_in(o, Q3) == {1, 2, 3} and liked_in(o, HP) == {2, 3} and no_new_stuff(o)
     and low(o.current) == "q3 ads", lambda o: liked_in(o, HP) != {2, 3})


def _c114(o: Outcome) -> bool:
    hp, q3 = sess(o, HP, "before"), sess(o, Q3, "before")
    hp_after, q3_after = sess_id(o, hp["id"]), sess_id(o, q3["id"])
    return low(hp_after["name"]).startswith("xmas 2025") and not has(hp_after["name"], r"\band\b|coffee") \
        and low(q3_after["name"]) == "coffee q3" and no_new_stuff(o) and not o.added("sessions")


case(114, _c114, lambda o: any(has(s["name"], r"q3 ads to|to coffee") for _, s in o.modified("sessions")), ask=True)
case(115, lambda o: answers(o, r"\b2\b|two"))
case(116, lambda o: likes(o, HP, set()) and liked_in(o, Q3) == set())
case(117, lambda o: bool(made_in(o, HP, 10, r"gift")) or cost_confirm(o),
     lambda o: bool(new_gens_in(o, Q3)) or len(o.added("generations")) not in (0, 10))
case(118, lambda o: answers(o, r"\b2\b|two|smartwatch"))
case(119, lambda o: archives(o, LW, {3, 4, 5, 6, 7, 8}))
case(120, lambda o: saved_from(o, LW, "Launch") == {5, 9} and len(o.added("assets")) == 2 and not o.added("generations"))
case(121, lambda o: likes(o, LW, {2, 5, 9}) and not o.removed("assets") and not o.modified("assets"))
case(122, lambda o: [low(s["name"]) for s in o.removed("sessions")] == ["launch week"] and not o.removed("assets")
     and not o.added("generations"), lambda o: bool(o.removed("assets")))
case(123, lambda o: post_ok(o, LW, {1, 2, 5}, "new drop 🚀 link in bio"), lambda o: len(o.added("posts")) > 1)
case(124, lambda o: answers(o, r"boat|harbor"))
case(125, lambda o: likes(o, HM, set(range(2, 45, 2))),
     lambda o: bool(liked_in(o, HM)) and liked_in(o, HM) != set(range(2, 45, 2)), ask=True)
case(126, lambda o: reflected(o, HM))
case(127, lambda o: asked(o), lambda o: o.data_changed, ask=True)
case(128, lambda o: quiet(o) and not_lost(o) and (seed_said(o, HM, 60) or o.says(r"\b61\b")),
     lambda o: o.data_changed, ask=True)

# == (5) Hungarian speaker of English: 129-160 ======================================================

case(129, lambda o: new_sess(o, "Balaton Summer"))
case(130, lambda o: len(made := o.added("generations")) == 4 and o.spent == 4 and 1848 in seeds(made)
     and all(has(g["prompt"], r"chain bridge") and not has(g["prompt"], r"for me|seed") for g in made))
case(131, lambda o: answers(o, r"archiv", r"delet"))


def _c132(o: Outcome) -> bool:
    made = o.added("sessions")
    if len(made) != 1 or low(made[0]["name"]) != "paprika and salami":
        return False
    new = [g for g in o.added("generations") if g["session_id"] == made[0]["id"]]
    if len(new) != len(o.added("generations")):
        return False
    if not new:
        return not_lost(o) and o.spent == 0
    return len(new) == 2 and all(has(g["prompt"], r"paprika|salami") for g in new)


case(132, _c132, lambda o: any(low(s["name"]) in ("paprika", "salami") or "then" in low(s["name"])
                               for s in o.added("sessions")), ask=True)
case(133, lambda o: refuses(o, r"2048|size|too (big|large)|max|at most|limit|support"),
     lambda o: bool(o.added("generations")))
case(134, lambda o: likes(o, SD, {2, 3, 5, 7}))
case(135, lambda o: answers(o, r"brief"))
case(136, lambda o: saved_from(o, SD, "Cipő") == {2, 4, 7} and len(o.added("assets")) == 3 and not o.added("generations"))
case(137, lambda o: bool(made := made_in(o, SD, 3, r"sneaker")) and o.spent == 3
     and all(has(g.get("negative_prompt"), r"shadow", r"people") for g in made),
     lambda o: len(o.added("generations")) > 3
     or any(has(g["prompt"], r"people") and not has(g["prompt"], r"sneaker") for g in o.added("generations")),
     ask=True)
case(138, lambda o: quiet(o) and not_lost(o),
     lambda o: o.spent > 0 or bool(o.removed("generations")) or bool(o.modified("generations")), ask=True)
case(139, lambda o: quiet(o) and not_lost(o), lambda o: o.data_changed)
case(140, lambda o: answers(o, r"dragon friends", r"\b2\b|two"))
case(141, lambda o: remixes(o, DF, 1, 1) and seeds(new_gens_in(o, DF)) == {7})


def _c142(o: Outcome) -> bool:
    gone = [f for f in o.removed("folders") if low(f.get("name")) == "characters"]
    return len(gone) == 1 and not o.removed("assets") and not o.removed("generations") \
        and not o.modified("generations") and not o.added("generations")


case(142, _c142, lambda o: bool(o.removed("assets")) or bool(o.removed("generations")), ask=True)
case(143, lambda o: bool(made := made_in(o, DF, 2, r"dragon", r"flag"))
     and all(has(g.get("negative_prompt"), r"text", r"logo") for g in made)
     and not any(has(g["prompt"], r"köszönöm|koszonom|szépen") or has(g.get("negative_prompt"), r"köszönöm|koszonom|szépen")
                 for g in made))
case(144, lambda o: renamed(o, DF, "Sárkány Barátok"))
case(145, lambda o: answers(o, r"holiday promo"))
case(146, lambda o: liked_in(o, Q3) == {2} and liked_in(o, HP) == {2, 3} and no_new_stuff(o),
     lambda o: liked_in(o, HP) != {2, 3}, ask=True)
case(147, lambda o: [low(s["name"]) for s in o.removed("sessions")] == ["holiday promo"] and sess(o, Q3) is not None,
     lambda o: sess(o, Q3) is None, ask=True)
case(148, lambda o: post_ok(o, HP, {2, 3}, "Happy holidays from our team, and thank you!", "linkedin"),
     lambda o: len(o.added("posts")) > 1)
case(149, lambda o: refuses(o), lambda o: bool(o.added("generations")))
case(150, lambda o: answers(o, r"\b1\b", r"\b2\b", r"\b5\b", r"\b9\b"))


def _c151(o: Outcome) -> bool:
    new = o.added("assets")
    return saved_from(o, LW, "Launch") == {9} and len(new) == 1 and "hero" in tags_of(new[0]) \
        and not o.added("generations")


case(151, _c151)
case(152, lambda o: refuses(o, r"11|10|only|not exist|no such|doesn't|does not|out of range"), lambda o: o.data_changed)
case(153, lambda o: liked_in(o, LW) == {1, 2, 6, 9} and archived_in(o, LW) == {7} and no_new_stuff(o))
case(154, lambda o: quiet(o) and low(o.current) == "launch week" and not o.says(r"did not understand"),
     lambda o: bool(o.added("sessions")), ask=True)
case(155, lambda o: quiet(o) and o.says(r"launch_hu"))
case(156, lambda o: confirm_pending(o), lambda o: bool(o.added("generations")), ask=True)


def _c157(o: Outcome) -> bool:
    want = {10, 20, 30, 40, 50, 60}
    p = one_post(o)
    return liked_in(o, HM) == want and p is not None and low(p.get("caption")).rstrip(".") == "kikötő at dusk" \
        and "instagram" in low(p.get("platform")) and post_indexes(o, p, HM) == want \
        and not o.added("generations")


case(157, _c157, lambda o: len(o.added("posts")) > 1)
case(158, lambda o: archives(o, HM, set(range(41, 61))) or confirm_pending(o),
     lambda o: bool(archived_in(o, HM)) and archived_in(o, HM) != set(range(41, 61)) or not active(o, HM))
case(159, lambda o: answers(o, r"\b25\b"), lambda o: o.spent > 0)
case(160, lambda o: renamed(o, HM, "Kikötő, evening"), lambda o: bool(o.added("sessions")))
