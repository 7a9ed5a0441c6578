"""Checks for round 48 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

Voices (32 cases each, in blocks): a Mandarin Chinese speaker writing English (001-032), a children's
picture-book author (033-064), an e-commerce operations manager who writes in lists and spreadsheet
shorthand (065-096), an Australian who uses a lot of slang (097-128) and an impatient user who corrects
themselves mid-message (129-160).

Setups (every confirmation in a setup answered yes; credits start at 500, one per default image):
- A: empty home.
- B: session "Sneaker Drop", 8 generations, liked {2,4,7}, 492 credits, current.
- C: session "Dragon Friends", 6 generations, liked {1,3}, both saved to folder "Characters", 494 credits.
- D: "Q3 Ads" 4 generations (none liked); "Holiday Promo" 5 generations, liked {2,3}, current; 491 credits.
- E: "Launch Week" 10 generations, liked {1,2,5,9}, 1 and 2 saved to folder "Launch", 490 credits.
- F: "Harbor Moods" 60 generations, 440 credits.

Conventions: checks judge only by what changed in `atelier state --json` (o.before / o.after) and by
loose case-insensitive patterns in the reply text; never by tool names. Names of sessions, folders,
projects and platforms are compared without regard to case. A folder/project field may hold a name or
an id; both are accepted. When a case is ok_to_ask, `meant` also accepts "nothing changed and a
question is waiting or a specific refusal/question was replied". Every function is wrapped so it never
raises (an exception counts as False).
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
    CHECKS[f"r48-{num:03d}"] = Check(final, _safe(wrong) if wrong is not None else None)


# -- readings -------------------------------------------------------------------------------------

SD, DF, Q3, HP, LW, HM = "Sneaker Drop", "Dragon Friends", "Q3 Ads", "Holiday Promo", "Launch Week", "Harbor Moods"


def low(value) -> str:
    return (value or "").strip().lower() if isinstance(value, str) else str(value or "").strip().lower()


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    state = o.after if when == "after" else o.before
    return next((s for s in state["sessions"] if low(s["name"]) == name.lower()), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    state = o.after if when == "after" else o.before
    ids = {s["id"] for s in state["sessions"] if low(s["name"]) == name.lower()}
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


def likes(o: Outcome, name: str, expected: set[int]) -> bool:
    return liked_in(o, name) == expected and no_new_stuff(o) and not o.newly("archived", True)


def archives(o: Outcome, name: str, expected: set[int]) -> bool:
    return archived_in(o, name) == expected and no_new_stuff(o) and len(o.newly("archived", True)) == len(
        expected - {g["index"] for g in gens(o, name, "before") if g["archived"]}) \
        and not o.modified("generations", "liked")


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


def saved_from(o: Outcome, name: str, folder: str | None = None) -> set[int]:
    """Indexes (in session ``name``) of generations saved as new assets (into ``folder`` when given)."""
    by_id = {g["id"]: g["index"] for g in gens(o, name)}
    out = set()
    for a in o.added("assets"):
        if a.get("origin_generation_id") in by_id and (folder is None or asset_folder(o, a) == folder.lower()):
            out.add(by_id[a["origin_generation_id"]])
    return out


def saves(o: Outcome, name: str, folder: str, expected: set[int]) -> bool:
    """Exactly ``expected`` saved into ``folder`` as new assets, nothing else added or removed."""
    return saved_from(o, name, folder) == expected and len(o.added("assets")) == len(expected) \
        and not o.removed("assets") and not o.added("generations") and not o.removed("generations") \
        and o.spent == 0


def made(o: Outcome, name: str | None, count: int, prompt: str | None = None, avoid: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations (all in session ``name`` when given), prompts matching."""
    added = o.added("generations")
    rows = added if name is None else new_gens_in(o, name)
    if len(rows) != count or len(added) != count:
        return []
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.IGNORECASE) for g in rows):
        return []
    if avoid and any(re.search(avoid, g.get("prompt") or "", re.IGNORECASE) for g in rows):
        return []
    return rows


def remixes(o: Outcome, name: str, parent: int, count: int, words: str | None = None) -> bool:
    rows = made(o, name, count, words)
    source = gen(o, name, parent)
    return bool(rows) and source is not None and all(g.get("parent_id") == source["id"] for g in rows) \
        and not o.modified("generations", "liked") and not o.modified("generations", "archived")


def new_sess(o: Outcome, name: str, current: bool = True) -> bool:
    added = o.added("sessions")
    return len(added) == 1 and low(added[0]["name"]) == name.lower() \
        and (not current or low(o.current) == name.lower()) and not o.added("generations") and o.spent == 0


def renamed(o: Outcome, old: str, new: str) -> bool:
    changed = o.modified("sessions", "name")
    return len(changed) == 1 and low(changed[0][0]["name"]) == old.lower() \
        and low(changed[0][1]["name"]) == new.lower() and not o.added("sessions") and no_new_stuff(o)


def status(o: Outcome, name: str) -> str:
    s = sess(o, name)
    return low(s["status"]) if s else ""


def seed_said(o: Outcome, name: str, index: int) -> bool:
    g = gen(o, name, index)
    return g is not None and g.get("seed") is not None and str(g["seed"]) in o.text


def waiting(o: Outcome) -> bool:
    return quiet(o) and o.question is not None


def reflected(o: Outcome, name: str) -> bool:
    s = sess(o, name)
    return bool(s and s.get("reflection")) and o.spent == 25 and not o.added("generations")


def post_made(o: Outcome, name: str, indexes: set[int], caption: str, platform: tuple[str, ...] | None = None) -> bool:
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    p = posts[0]
    if not re.search(caption, p.get("caption") or "", re.IGNORECASE):
        return False
    if platform and low(p.get("platform")) not in platform:
        return False
    by_gen = {g["id"]: g["index"] for g in gens(o, name)}
    assets = {a["id"]: a for a in o.after["assets"]}
    got = {by_gen.get(assets[a].get("origin_generation_id")) for a in p.get("asset_ids") or [] if a in assets}
    return got == indexes and len(p.get("asset_ids") or []) == len(indexes) \
        and not o.modified("generations", "liked") and not o.modified("generations", "archived")


def zipped(o: Outcome) -> bool:
    return quiet(o) and o.says(r"\.zip|\bzip\b")


def searched(o: Outcome) -> bool:
    return quiet(o) and not_lost(o) and bool(o.replies)


def missing_file(o: Outcome) -> bool:
    return quiet(o) and not_lost(o) and o.says(
        r"not found|no such|can.?t find|cannot find|could ?n.?o?t find|does ?n.?o?t exist|missing|no file|reference")


def undone(o: Outcome) -> bool:
    return o.says(r"undo|undid|undone|revers|revert|restor|put back|unlik|unarchiv")


IG = ("instagram", "ig", "insta")


# == voice 1: a Mandarin Chinese speaker writing English (001-032) ================================

case(1, lambda o: new_sess(o, "Tea House"),
     lambda o: any('"' in s["name"] or "please" in low(s["name"]) for s in o.added("sessions"))
     or len(o.added("sessions")) > 1 or bool(o.added("generations")))
case(2, lambda o: bool(made(o, None, 4, r"jasmine.*tea|tea.*jasmine", r"please help")) and o.spent == 4,
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 4)
case(3, lambda o: likes(o, SD, {2, 3, 4, 5, 7}),
     lambda o: bool({2, 4, 7} - liked_in(o, SD)) or bool(liked_in(o, SD) - {2, 3, 4, 5, 7}))
case(4, lambda o: answers(o, r"492"))
case(5, lambda o: likes(o, SD, {4, 7}),
     lambda o: bool({4, 7} - liked_in(o, SD)) or bool(o.removed("generations")) or 2 in archived_in(o, SD))
case(6, lambda o: answers(o, r"\b2\b|two|dragon|\b1\b.*\b3\b"))
case(7, lambda o: saves(o, DF, "Characters", {5}),
     lambda o: bool(saved_from(o, DF) - {5}) or bool(o.removed("assets")))
case(8, lambda o: answers(o, r"Holiday Promo"))
case(9, lambda o: low(o.current) == "q3 ads" and liked_in(o, Q3) == {1, 4} and liked_in(o, HP) == {2, 3}
     and no_new_stuff(o),
     lambda o: liked_in(o, HP) != {2, 3})
case(10, lambda o: quiet(o) and seed_said(o, LW, 9) and o.says(r"smartwatch"))
case(11, lambda o: archives(o, LW, {3, 4, 6, 7, 8, 10}) and status(o, LW) == "active",
     lambda o: bool({1, 2, 5, 9} & archived_in(o, LW)) or status(o, LW) == "archived"
     or liked_in(o, LW) != {1, 2, 5, 9})
case(12, missing_file,
     lambda o: bool(o.added("generations")) or any("/" in s["name"] for s in o.added("sessions")), ask=True)
case(13, lambda o: reflected(o, HM),
     lambda o: bool(o.added("generations")) or (o.spent not in (0, 25)))
case(14, lambda o: bool(rows := made(o, None, 3, r"panda", r"seed|768")) and any(g["seed"] == 88 for g in rows),
     lambda o: any(re.search(r"seed|768", g["prompt"] or "", re.I) for g in o.added("generations"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 3))
case(15, lambda o: renamed(o, SD, "Sneaker Drop 2024 Spring"),
     lambda o: bool(o.added("sessions")) or status(o, SD + " 2024 Spring") == "archived"
     or any("please" in low(s["name"]) for s in o.after["sessions"]))
case(16, lambda o: waiting(o) and sess(o, SD) is not None,
     lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")), ask=True)
case(17, lambda o: remixes(o, DF, 3, 2, r"blue"),
     lambda o: bool(o.modified("generations", "liked")))
case(18, lambda o: bool(rows := made(o, DF, 5, r"cloud", r"scary|sharp teeth"))
     and all(re.search(r"sharp teeth", g["negative_prompt"] or "", re.I) and re.search(r"scary", g["negative_prompt"] or "", re.I)
             for g in rows),
     lambda o: any(re.search(r"scary|sharp teeth", g["prompt"] or "", re.I) for g in o.added("generations"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 5))
case(19, lambda o: liked_in(o, Q3) == {1, 3} and liked_in(o, HP) == {2, 3} and no_new_stuff(o),
     lambda o: liked_in(o, HP) != {2, 3})
case(20, lambda o: status(o, Q3) == "archived" and status(o, HP) == "active" and no_new_stuff(o),
     lambda o: status(o, HP) == "archived" or bool(o.removed("sessions")))
case(21, zipped)
case(22, lambda o: answers(o, r"\b2\b|\btwo\b"))
case(23, lambda o: refuses(o, r"60|only|no (such|image|generation|picture|number)|doesn.?t exist|does not exist|out of range"),
     lambda o: bool(o.newly("liked", True)))
case(24, lambda o: refuses(o), lambda o: bool(o.added("generations")))
case(25, lambda o: new_sess(o, "Spring and Autumn"),
     lambda o: len(o.added("sessions")) > 1 or any('"' in s["name"] for s in o.added("sessions")))
case(26, lambda o: saves(o, SD, "Best 3", {2, 4, 7}),
     lambda o: bool(saved_from(o, SD) - {2, 4, 7}) or bool(o.added("generations"))
     or any(asset_folder(o, a) != "best 3" for a in o.added("assets")))
case(27, lambda o: liked_in(o, DF) == {1, 3} and quiet(o) and undone(o) and o.says(r"\blik"),
     lambda o: liked_in(o, DF) != {1, 3} or bool(o.removed("assets")))
case(28, lambda o: answers(o, r"coffee"))
case(29, lambda o: post_made(o, LW, {1, 2}, r"new watch is coming", IG),
     lambda o: o.modified("generations", "liked"))
case(30, searched)
case(31, lambda o: answers(o, r"500") and o.says(r"\bno\b|\b0\b|none|zero|not any|don.?t have any|haven.?t"),
     lambda o: bool(o.added("sessions")))
case(32, lambda o: archives(o, SD, {3, 5, 6}),
     lambda o: bool(archived_in(o, SD) - {3, 5, 6}) or status(o, SD) == "archived" or liked_in(o, SD) != {2, 4, 7})

# == voice 2: a children's picture-book author (033-064) ==========================================

case(33, lambda o: new_sess(o, "Pip's Big Day"),
     lambda o: any("?" in s["name"] or "pip." in low(s["name"]) for s in o.added("sessions")) or bool(o.added("generations")))
case(34, lambda o: bool(rows := made(o, None, 4, r"hedgehog", r"sharp teeth|dark shadows"))
     and all(re.search(r"sharp teeth", g["negative_prompt"] or "", re.I) and re.search(r"dark shadows", g["negative_prompt"] or "", re.I)
             for g in rows),
     lambda o: any(re.search(r"sharp teeth|dark shadows", g["prompt"] or "", re.I) for g in o.added("generations"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 4), ask=True)
case(35, lambda o: remixes(o, DF, 3, 3),
     lambda o: bool(o.modified("generations", "liked")))
case(36, lambda o: archives(o, DF, {2, 6}),
     lambda o: bool({1, 3} & archived_in(o, DF)) or bool(o.removed("generations")) or bool(o.removed("assets")))
case(37, lambda o: answers(o, r"\b1\b", r"\b3\b"))
case(38, lambda o: renamed(o, DF, "Bramble and the Moon"),
     lambda o: bool(o.added("sessions")) or any("?" in s["name"] for s in o.after["sessions"]))
case(39, lambda o: new_sess(o, "Moth & Moon, Book 2") and sess(o, DF) is not None,
     lambda o: bool(o.modified("sessions", "name")) or bool(o.added("generations"))
     or any('"' in s["name"] for s in o.added("sessions")))
case(40, lambda o: new_sess(o, "Otter then Owl"),
     lambda o: len(o.added("sessions")) > 1
     or any(re.search(r"working|please|title", s["name"], re.I) for s in o.added("sessions")), ask=True)
case(41, lambda o: answers(o, r"Sneaker Drop"))
case(42, lambda o: saves(o, HP, "Page 14", {2, 3}),
     lambda o: bool(saved_from(o, Q3)) or bool(saved_from(o, HP) - {2, 3})
     or any(asset_folder(o, a) != "page 14" for a in o.added("assets")))
case(43, lambda o: answers(o, r"490"))
case(44, lambda o: waiting(o),
     lambda o: o.spent != 0 or bool(o.added("generations")), ask=True)
case(45, lambda o: bool(rows := made(o, DF, 2, r"tea party", r"seed|2024")) and any(g["seed"] == 2024 for g in rows),
     lambda o: any(re.search(r"seed|2024", g["prompt"] or "", re.I) for g in o.added("generations"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 2))
case(46, lambda o: bool(made(o, DF, 6, r"flying|village", r"1024")),
     lambda o: any(re.search(r"1024", g["prompt"] or "", re.I) for g in o.added("generations"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 6))
case(47, lambda o: False, lambda o: liked_in(o, DF) != {1, 3}, ask=True)
case(48, lambda o: likes(o, SD, {2, 4}),
     lambda o: bool({2, 4} - liked_in(o, SD)) or 7 in archived_in(o, SD))
case(49, lambda o: likes(o, HP, {5}) and not liked_in(o, Q3),
     lambda o: bool(liked_in(o, Q3)) or (o.modified("generations", "liked") and liked_in(o, HP) != {5}))
case(50, lambda o: sess(o, Q3) is None and sess(o, HP) is not None and len(gens(o, HP)) == 5
     and liked_in(o, HP) == {2, 3} and not gens(o, Q3),
     lambda o: sess(o, HP) is None or len(gens(o, HP)) != 5)
case(51, lambda o: answers(o, r"Launch Week"))
case(52, lambda o: post_made(o, LW, {5, 9}, r"tick tock"),
     lambda o: bool(o.newly("archived", True)) or bool(o.modified("generations", "liked")))
case(53, lambda o: no_new_stuff(o) and not o.modified("generations") and not o.modified("sessions", "name")
     and o.says(r"brief") and not o.says(r"did not understand"),
     lambda o: bool(o.added("generations")) or bool(o.modified("sessions", "name")) or bool(o.modified("generations", "liked")))
case(54, lambda o: likes(o, HM, {5, 12, 33, 48}),
     lambda o: bool(liked_in(o, HM) - {5, 12, 33, 48}) or bool(o.newly("archived", True)))
case(55, lambda o: bool(made(o, None, 1, r"fox")) and o.spent == 1,
     lambda o: len(o.added("generations")) > 1)
case(56, lambda o: False, lambda o: bool(o.added("generations")), ask=True)
case(57, lambda o: answers(o, r"dragon", r"watercolou?r"))
case(58, lambda o: len(o.added("sessions")) == 1 and low(o.added("sessions")[0]["name"]) == "bramble's bedtime"
     and bool(made(o, "Bramble's Bedtime", 3, r"yawn")),
     lambda o: any(re.search(r"\bthen\b|\band\b", s["name"], re.I) for s in o.added("sessions")) or bool(new_gens_in(o, DF)))
case(59, lambda o: status(o, LW) == "active" and no_new_stuff(o) and liked_in(o, LW) == {1, 2, 5, 9}
     and o.says(r"archiv") and o.says(r"unarchiv|restor|active|back"),
     lambda o: status(o, LW) == "archived" or bool(o.removed("generations")) or bool(o.removed("assets")))
case(60, lambda o: quiet(o) and low(o.current) == "q3 ads" and o.says(r"\b4\b|four"),
     lambda o: o.data_changed)
case(61, lambda o: archives(o, SD, {1, 3, 5, 6, 8}),
     lambda o: bool({2, 4, 7} & archived_in(o, SD)) or status(o, SD) == "archived")
case(62, lambda o: 1 <= len(o.added("generations")) <= 20
     and all(re.search(r"snail", g["prompt"] or "", re.I) for g in o.added("generations")),
     lambda o: any(not re.search(r"snail", g["prompt"] or "", re.I) for g in o.added("generations")), ask=True)
case(63, lambda o: saved_from(o, DF, "Cover Ideas") == {3} and len(o.added("assets")) == 1 and not o.removed("assets"),
     lambda o: bool(saved_from(o, DF) - {3}) or bool(o.removed("assets")), ask=True)
case(64, lambda o: quiet(o) and seed_said(o, HM, 41))

# == voice 3: an e-commerce operations manager, lists and shorthand (065-096) =====================

case(65, lambda o: new_sess(o, "SKU-4471 PDP"),
     lambda o: any(":" in s["name"] for s in o.added("sessions")) or bool(o.added("generations")))
case(66, lambda o: bool(rows := made(o, None, 6, r"water bottle", r"watermark|logo|seed|1001"))
     and all(re.search(r"watermark", g["negative_prompt"] or "", re.I) for g in rows) and any(g["seed"] == 1001 for g in rows),
     lambda o: any(re.search(r"watermark|seed", g["prompt"] or "", re.I) for g in o.added("generations"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 6))
case(67, lambda o: archives(o, SD, {1, 3, 5, 6, 8}),
     lambda o: bool({2, 4, 7} & archived_in(o, SD)) or liked_in(o, SD) != {2, 4, 7})
case(68, lambda o: answers(o, r"\b3\b|three", r"492"))
case(69, lambda o: saves(o, SD, "PDP-Hero", {2, 4, 7}),
     lambda o: bool(saved_from(o, SD) - {2, 4, 7}) or any(asset_folder(o, a) != "pdp-hero" for a in o.added("assets")))
case(70, lambda o: archives(o, SD, {3, 4, 5, 6}),
     lambda o: bool(archived_in(o, SD) & {1, 2, 7, 8}))
case(71, lambda o: liked_in(o, Q3) == {1, 2, 3, 4} and liked_in(o, HP) == {2, 3} and no_new_stuff(o),
     lambda o: liked_in(o, HP) != {2, 3})
case(72, lambda o: saved_from(o, HP, "Q4 Seasonal") == {2, 3} and saved_from(o, Q3, "Q3 Banner") == {1}
     and len(o.added("assets")) == 3,
     lambda o: bool(saved_from(o, Q3, "Q4 Seasonal")) or bool(saved_from(o, HP, "Q3 Banner"))
     or bool(saved_from(o, HP) - {2, 3}) or bool(saved_from(o, Q3) - {1}), ask=True)
case(73, lambda o: answers(o, r"Q3 Ads", r"Holiday Promo", r"\b4\b", r"\b5\b"))
case(74, lambda o: likes(o, LW, {1, 2, 5}),
     lambda o: bool({1, 2, 5} - liked_in(o, LW)) or bool(liked_in(o, LW) - {1, 2, 5, 9}))
case(75, lambda o: zipped(o) and o.says(r"launch_liked"))
case(76, lambda o: post_made(o, LW, {1, 2}, r"48h only", IG),
     lambda o: bool(o.modified("generations", "liked")))
case(77, lambda o: archives(o, HM, set(range(1, 26))) and status(o, HM) == "active",
     lambda o: bool(archived_in(o, HM) - set(range(1, 26))) or status(o, HM) == "archived")
case(78, missing_file,
     lambda o: bool(o.added("generations")) or bool(o.modified("sessions", "name")), ask=True)
case(79, lambda o: likes(o, HM, {10, 20, 30, 40, 50, 60}),
     lambda o: bool(liked_in(o, HM) - {10, 20, 30, 40, 50, 60}) or bool(o.newly("archived", True)))
case(80, lambda o: refuses(o), lambda o: bool(o.added("generations")))
case(81, lambda o: len(o.added("sessions")) == 1 and low(o.added("sessions")[0]["name"]) == "ss25 / drop 2"
     and bool(made(o, "SS25 / Drop 2", 4, r"linen shirt")),
     lambda o: any(re.search(r"\+|\bgen\b", s["name"], re.I) for s in o.added("sessions"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 4))
case(82, lambda o: renamed(o, SD, "SNKR-DROP-0425"),
     lambda o: bool(o.added("sessions")) or any(low(s["status"]) == "archived" for s in o.after["sessions"]))
case(83, lambda o: remixes(o, SD, 4, 3, r"black"),
     lambda o: any(g.get("parent_id") != (gen(o, SD, 4) or {}).get("id") for g in o.added("generations")))
case(84, lambda o: answers(o, r"\b2\b|\btwo\b", r"Dragon Friends"))
case(85, lambda o: bool(rows := made(o, DF, 2, r"baby dragon", r"seed|555")) and any(g["seed"] == 555 for g in rows),
     lambda o: any(re.search(r"seed|555", g["prompt"] or "", re.I) for g in o.added("generations"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 2))
case(86, lambda o: archives(o, HP, {1, 4, 5}),
     lambda o: bool({2, 3} & archived_in(o, HP)) or bool(archived_in(o, Q3)))
case(87, lambda o: sess(o, "Q3 Ads (FINAL)") is not None and status(o, "Q3 Ads (FINAL)") == "archived"
     and status(o, HP) == "active" and not o.added("sessions") and no_new_stuff(o),
     lambda o: status(o, HP) == "archived" or any(re.search(r"\band archive", s["name"], re.I) for s in o.after["sessions"]))
case(88, lambda o: likes(o, LW, {3, 4}),
     lambda o: bool(o.modified("generations", "liked")) and liked_in(o, LW) != {3, 4})
case(89, lambda o: sess(o, LW) is None and not gens(o, LW)
     and {a["id"] for a in o.before["assets"]} <= {a["id"] for a in o.after["assets"]},
     lambda o: bool(o.removed("assets")))
case(90, lambda o: quiet(o) and seed_said(o, LW, 1) and seed_said(o, LW, 2) and seed_said(o, LW, 5) and o.says(r"smartwatch"))
case(91, lambda o: waiting(o), lambda o: bool(o.added("generations")), ask=True)
case(92, lambda o: archives(o, HM, set(range(11, 61))) and status(o, HM) == "active",
     lambda o: bool(archived_in(o, HM) & set(range(1, 11))) or status(o, HM) == "archived")
case(93, lambda o: answers(o, r"500", r"archiv", r"delet"))
case(94, lambda o: saved_from(o, DF, "Characters") == {2, 4, 6} and len(o.added("assets")) == 3
     and liked_in(o, DF) == {1, 2, 3, 4, 6} and not o.removed("assets") and not o.added("generations"),
     lambda o: 5 in liked_in(o, DF) or 5 in saved_from(o, DF)
     or any(asset_folder(o, a) != "characters" for a in o.added("assets")))
case(95, lambda o: refuses(o, r"\b8\b|only|no (such|image|generation|row|number)|doesn.?t exist|does not exist|out of range"),
     lambda o: bool(o.modified("generations", "liked")))
case(96, lambda o: refuses(o, r"seed|9223372036854775807|range|too (large|big)|2\^63"),
     lambda o: bool(o.added("generations")))

# == voice 4: an Australian who uses a lot of slang (097-128) =====================================

case(97, lambda o: new_sess(o, "Arvo Barbie"),
     lambda o: any(re.search(r"cheers", s["name"], re.I) for s in o.added("sessions")) or bool(o.added("generations")))
case(98, lambda o: bool(made(o, None, 5, r"kookaburra", r"\bta\b|whip")),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 5)
case(99, lambda o: likes(o, SD, {2, 3, 4, 7, 8}),
     lambda o: bool({2, 4, 7} - liked_in(o, SD)) or bool(o.newly("archived", True)))
case(100, lambda o: likes(o, SD, {2, 7}),
      lambda o: bool({2, 7} - liked_in(o, SD)) or 4 in archived_in(o, SD) or bool(o.removed("generations")))
case(101, lambda o: archives(o, SD, {6}),
      lambda o: bool(o.removed("generations")) or bool(archived_in(o, SD) - {6}), ask=True)
case(102, lambda o: archives(o, SD, {1}),
      lambda o: 3 in archived_in(o, SD) or bool(archived_in(o, SD) - {1, 3}), ask=True)
case(103, lambda o: answers(o, r"494"))
case(104, lambda o: remixes(o, DF, 1, 3, r"hat"),
      lambda o: any(g.get("parent_id") not in (None, (gen(o, DF, 1) or {}).get("id")) for g in o.added("generations")))
case(105, lambda o: saved_from(o, DF, "Keepers") == {1, 3} and len(o.added("assets")) == 2 and not o.removed("assets"),
      lambda o: bool(saved_from(o, DF) - {1, 3}) or bool(o.removed("assets")), ask=True)
case(106, lambda o: answers(o, r"Holiday Promo"))
case(107, lambda o: bool(rows := made(o, Q3, 4, r"coffee")) and o.index_set(rows) == {5, 6, 7, 8},
      lambda o: bool(new_gens_in(o, HP)) or (bool(o.added("generations")) and len(o.added("generations")) != 4))
case(108, lambda o: status(o, Q3) == "archived" and status(o, HP) == "active" and no_new_stuff(o),
      lambda o: status(o, HP) == "archived" or bool(o.removed("sessions")))
case(109, lambda o: {5, 9} <= saved_from(o, LW, "Launch") <= {1, 2, 5, 9}
      and all(asset_folder(o, a) == "launch" for a in o.added("assets")) and not o.removed("assets"),
      lambda o: bool(saved_from(o, LW) - {1, 2, 5, 9}) or any(asset_folder(o, a) != "launch" for a in o.added("assets")))
case(110, lambda o: answers(o, r"smartwatch"))
case(111, lambda o: post_made(o, LW, {1, 2, 5}, r"arvo sorted", IG),
      lambda o: bool(o.modified("generations", "liked")))
case(112, lambda o: reflected(o, HM),
      lambda o: bool(o.added("generations")) or o.spent not in (0, 25))
case(113, lambda o: likes(o, HM, {7, 19, 44}), lambda o: bool(liked_in(o, HM) - {7, 19, 44}))
case(114, lambda o: answers(o, r"\b60\b"))
case(115, lambda o: new_sess(o, "Bondi 2 Bronte"),
      lambda o: bool(o.added("generations")) or any(low(s["name"]) == "bondi" for s in o.added("sessions")))
case(116, lambda o: refuses(o), lambda o: bool(o.added("generations")))
case(117, zipped)
case(118, lambda o: renamed(o, SD, "Thongs and Runners"),
      lambda o: bool(o.added("sessions")) or any(low(s["name"]) in ("thongs", "runners") for s in o.after["sessions"]))
case(119, lambda o: answers(o, r"\b2\b|\btwo\b|dragon|\b1\b.*\b3\b"))
case(120, lambda o: bool(rows := made(o, DF, 4, r"surf")) and all(re.search(r"shark", g["negative_prompt"] or "", re.I) for g in rows),
      lambda o: bool(o.added("sessions")) or (bool(o.added("generations")) and len(o.added("generations")) != 4), ask=True)
case(121, lambda o: waiting(o) or ([(g["session_id"], g["index"]) for g in o.removed("generations")]
                                   == [((sess(o, HP) or {}).get("id"), 1)] and not o.removed("sessions")),
      lambda o: bool(o.removed("sessions"))
      or any(not (g["session_id"] == (sess(o, HP) or {}).get("id") and g["index"] == 1) for g in o.removed("generations")),
      ask=True)
case(122, lambda o: not archived_in(o, HP) and not archived_in(o, Q3) and quiet(o) and undone(o) and o.says(r"archiv"),
      lambda o: bool(archived_in(o, HP)) or liked_in(o, HP) != {2, 3})
case(123, lambda o: archives(o, LW, {3, 4, 6, 7, 8, 10}),
      lambda o: bool({1, 2, 5, 9} & archived_in(o, LW)))
case(124, lambda o: len(o.added("sessions")) == 1 and low(o.added("sessions")[0]["name"]) == "smoko snaps"
      and bool(made(o, "Smoko Snaps", 2, r"flat white")),
      lambda o: bool(new_gens_in(o, LW)) or any(re.search(r"\band do\b", s["name"], re.I) for s in o.added("sessions")))
case(125, searched)
case(126, lambda o: remixes(o, HM, 12, 2, r"mood"),
      lambda o: any(g.get("parent_id") not in (None, (gen(o, HM, 12) or {}).get("id")) for g in o.added("generations")))
case(127, lambda o: saved_from(o, SD, "Faves") == {2, 4} and saved_from(o, SD, "Maybe") == {7} and len(o.added("assets")) == 3,
      lambda o: bool(saved_from(o, SD, "Faves") & {7}) or bool(saved_from(o, SD, "Maybe") & {2, 4})
      or bool(saved_from(o, SD) - {2, 4, 7}), ask=True)
case(128, lambda o: answers(o, r"session"), lambda o: bool(o.added("sessions")))

# == voice 5: an impatient user who corrects themselves (129-160) =================================

case(129, lambda o: likes(o, SD, {2, 4, 5, 7}), lambda o: 3 in liked_in(o, SD), ask=True)
case(130, lambda o: archives(o, SD, {1, 8}), lambda o: 6 in archived_in(o, SD), ask=True)
case(131, lambda o: bool(made(o, None, 3, r"cat", r"scratch")),
      lambda o: len(o.added("generations")) > 3
      or any(re.search(r"scratch", g["prompt"] or "", re.I) for g in o.added("generations")), ask=True)
case(132, lambda o: new_sess(o, "Desk Setups 2025"),
      lambda o: any(low(s["name"]) == "desk setup" for s in o.after["sessions"]) or len(o.added("sessions")) > 1, ask=True)
case(133, lambda o: saves(o, DF, "Characters", {2}), lambda o: 1 in saved_from(o, DF), ask=True)
case(134, lambda o: renamed(o, DF, "Dragon Pals"),
      lambda o: bool(o.modified("sessions", "name")) and low((sess(o, "Dragon Pals") or {}).get("name")) != "dragon pals",
      ask=True)
case(135, lambda o: quiet(o) and o.question is None and sess(o, Q3) is not None,
      lambda o: sess(o, Q3) is None or status(o, Q3) == "archived")
case(136, lambda o: likes(o, HP, {1, 2, 3}) and not liked_in(o, Q3), lambda o: 1 in liked_in(o, Q3), ask=True)
case(137, lambda o: likes(o, LW, {1, 2, 9}), lambda o: 9 not in liked_in(o, LW), ask=True)
case(138, lambda o: archives(o, LW, {3, 4, 6, 7}),
      lambda o: bool({1, 2, 5, 9} & archived_in(o, LW)))
case(139, lambda o: likes(o, HM, {5, 10, 50}), lambda o: 15 in liked_in(o, HM), ask=True)
case(140, lambda o: remixes(o, HM, 30, 4),
      lambda o: any(g.get("parent_id") != (gen(o, HM, 30) or {}).get("id") for g in o.added("generations")), ask=True)
case(141, lambda o: refuses(o, r"\b50\b|at least|not enough|too (few|small)"),
      lambda o: o.spent != 0 or bool(o.added("generations")))
case(142, lambda o: saves(o, SD, "Heroes", {2, 4, 7}),
      lambda o: any(asset_folder(o, a) == "hero" for a in o.added("assets")), ask=True)
case(143, lambda o: bool(rows := made(o, None, 2, r"lamp", r"seed|\b21\b|\b12\b")) and any(g["seed"] == 21 for g in rows)
      and not any(g["seed"] == 12 for g in rows),
      lambda o: any(g["seed"] == 12 or re.search(r"seed|\b21\b", g["prompt"] or "", re.I) for g in o.added("generations")),
      ask=True)
case(144, lambda o: archives(o, DF, {4}), lambda o: 2 in archived_in(o, DF), ask=True)
case(145, lambda o: likes(o, HP, {2, 3, 4}) and not liked_in(o, Q3) and low(o.current) == "holiday promo",
      lambda o: 4 in liked_in(o, Q3), ask=True)
case(146, lambda o: liked_in(o, LW) == {1, 2, 5, 9} and quiet(o) and undone(o) and o.says(r"\blik"),
      lambda o: liked_in(o, LW) != {1, 2, 5, 9})
case(147, lambda o: status(o, HM) == "archived" and no_new_stuff(o),
      lambda o: bool(o.removed("sessions")) or (status(o, HM) == "active" and bool(o.newly("archived", True))), ask=True)
case(148, lambda o: new_sess(o, "Red and Blue"),
      lambda o: any(low(s["name"]) in ("red then blue", "red", "blue") for s in o.after["sessions"])
      or len(o.added("sessions")) > 1, ask=True)
case(149, lambda o: likes(o, SD, {2, 4, 7, 8}),
      lambda o: bool(o.modified("generations", "liked")) and liked_in(o, SD) != {2, 4, 7, 8}, ask=True)
case(150, lambda o: bool(made(o, SD, 3, r"black plinth")) and not o.added("sessions"),
      lambda o: len(o.added("generations")) > 3, ask=True)
case(151, lambda o: quiet(o) and o.question is None and sess(o, DF) is not None and len(gens(o, DF)) == 6,
      lambda o: sess(o, DF) is None or bool(o.removed("generations")))
case(152, lambda o: renamed(o, HP, "Holiday Promo 2025"),
      lambda o: any(re.search(r"xmas|scratch", s["name"], re.I) for s in o.after["sessions"]), ask=True)
case(153, lambda o: saves(o, LW, "Launch Extras", {5, 9}),
      lambda o: bool(saved_from(o, LW, "Launch") & {5, 9}), ask=True)
case(154, lambda o: quiet(o) and seed_said(o, LW, 4), lambda o: o.data_changed, ask=True)
case(155, lambda o: likes(o, HM, {1, 2, 3, 4, 5}), lambda o: bool(liked_in(o, HM) - {1, 2, 3, 4, 5}), ask=True)
case(156, lambda o: bool(made(o, HM, 10, r"fog")), lambda o: len(o.added("generations")) > 10, ask=True)
case(157, lambda o: answers(o, r"\b40\b"), lambda o: o.data_changed, ask=True)
case(158, lambda o: remixes(o, DF, 3, 2),
      lambda o: any(g.get("parent_id") == (gen(o, DF, 1) or {}).get("id") for g in o.added("generations")), ask=True)
case(159, lambda o: archives(o, HP, {1, 5}), lambda o: 4 in archived_in(o, HP), ask=True)
case(160, lambda o: bool(made(o, SD, 4, r"sand")) and not o.added("sessions"),
      lambda o: bool(o.added("sessions")) or len(o.added("generations")) > 4, ask=True)
