"""Checks for round 50 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

Voices (32 cases each, in blocks): a Ghanaian English speaker (001-032), a busy pet-grooming salon
owner texting between clients (033-064), a retired engineer writing precise formal instructions
(065-096), a Brazilian Portuguese speaker writing English (097-128) and a person who types in
lowercase with no punctuation and many abbreviations (129-160).

Setups (every confirmation in a setup answered yes; credits start at 500, one per default image):
- A: empty home.
- B: session "Sneaker Drop", 8 generations, liked {2,4,7}, 492 credits, current.
- C: session "Dragon Friends", 6 generations, liked {1,3}, both saved to folder "Characters", 494 credits.
- D: "Q3 Ads" 4 generations (none liked); "Holiday Promo" 5 generations, liked {2,3}, current; 491 credits.
- E: "Launch Week" 10 generations, liked {1,2,5,9}, 1 and 2 saved to folder "Launch", 490 credits.
- F: "Harbor Moods" 60 generations, 440 credits.

Conventions: checks judge only by what changed in `atelier state --json` (o.before / o.after) and by
loose case-insensitive patterns in the reply text; never by tool names. Names of sessions, folders
and platforms are compared without regard to case. A folder field may hold a name or an id; both
are accepted. When a case is ok_to_ask, `meant` also accepts "nothing changed and a question is
waiting or a specific refusal/question was replied". Every function is wrapped so it never raises
(an exception counts as False).
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
    CHECKS[f"r50-{num:03d}"] = Check(final, _safe(wrong) if wrong is not None else None)


# -- readings -------------------------------------------------------------------------------------

def low(value) -> str:
    return str(value or "").strip().lower()


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    state = o.after if when == "after" else o.before
    return next((s for s in state["sessions"] if low(s["name"]) == name.lower()), None)


def sessions_named(o: Outcome, name: str) -> list[dict]:
    return [s for s in o.after["sessions"] if low(s["name"]) == name.lower()]


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
    ids = {s["id"] for s in o.after["sessions"] if low(s["name"]) == name.lower()}
    return [g for g in o.added("generations") if g["session_id"] in ids]


def no_new_stuff(o: Outcome) -> bool:
    return not o.added("generations") and not o.added("assets") and not o.removed("generations") \
        and not o.removed("sessions") and not o.removed("assets") and o.spent == 0


def likes(o: Outcome, name: str, expected: set[int]) -> bool:
    return liked_in(o, name) == expected and no_new_stuff(o) and not o.newly("archived", True)


def archives(o: Outcome, name: str, expected: set[int]) -> bool:
    return archived_in(o, name) == expected and no_new_stuff(o) and not o.modified("generations", "liked")


def untouched(o: Outcome, name: str) -> bool:
    """The session's generations are exactly as before (count, likes, archive flags)."""
    def view(when):
        return sorted((g["index"], bool(g["liked"]), bool(g["archived"])) for g in gens(o, name, when))
    return view("before") == view("after")


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
    out = set()
    for a in o.added("assets"):
        if a.get("origin_generation_id") in by_id and (folder is None or asset_folder(o, a) == folder.lower()):
            out.add(by_id[a["origin_generation_id"]])
    return out


def saves(o: Outcome, name: str, folder: str, expected: set[int]) -> bool:
    return saved_from(o, name, folder) == expected and len(o.added("assets")) == len(expected) \
        and not o.added("generations") and o.spent == 0 and not o.removed("generations")


def in_folder(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.after.get("assets", []) if asset_folder(o, a) == folder.lower()]


def folder_names(o: Outcome) -> set[str]:
    names = {low(f.get("name")) for f in o.after.get("folders", [])}
    names |= {asset_folder(o, a) for a in o.after.get("assets", [])}
    return names


def made(o: Outcome, name: str | None, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations in all, all in session ``name`` (any when None), prompt matching."""
    rows = new_gens_in(o, name) if name else o.added("generations")
    if len(rows) != count or len(o.added("generations")) != count:
        return []
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.IGNORECASE) for g in rows):
        return []
    return rows


def prompts_lack(rows: list[dict], pattern: str) -> bool:
    return not any(re.search(pattern, g.get("prompt") or "", re.IGNORECASE) for g in rows)


def negs_have(rows: list[dict], *words: str) -> bool:
    return bool(rows) and all(all(w in low(g.get("negative_prompt")) for w in words) for g in rows)


def seeds(rows: list[dict]) -> set:
    return {g.get("seed") for g in rows}


def remixed(o: Outcome, name: str, parent: int, count: int, prompt: str | None = None) -> list[dict]:
    rows = made(o, name, count, prompt)
    pid = gen(o, name, parent, "before")["id"]
    if rows and all(g.get("parent_id") == pid for g in rows) and not o.modified("generations"):
        return rows
    return []


def one_new_session(o: Outcome, name: str) -> bool:
    added = o.added("sessions")
    return len(added) == 1 and low(added[0]["name"]) == name.lower()


def renamed(o: Outcome, old: str, new: str) -> bool:
    changes = o.modified("sessions", "name")
    return len(changes) == 1 and low(changes[0][0]["name"]) == old.lower() \
        and low(changes[0][1]["name"]) == new.lower() and not o.added("sessions") and no_new_stuff(o)


def status(o: Outcome, name: str) -> str:
    s = sess(o, name)
    return low(s["status"]) if s else ""


def is_current(o: Outcome, name: str) -> bool:
    return low(o.current) == name.lower()


def waiting(o: Outcome) -> bool:
    return quiet(o) and o.question is not None


def seed_of(o: Outcome, name: str, index: int) -> str:
    return str(gen(o, name, index, "before")["seed"])


def post_made(o: Outcome, caption: str) -> dict | None:
    posts = o.added("posts")
    if len(posts) == 1 and re.search(caption, posts[0].get("caption") or "", re.IGNORECASE):
        return posts[0]
    return None


def reflected(o: Outcome, name: str) -> bool:
    return bool(sess(o, name)["reflection"]) and not sess(o, name, "before")["reflection"] \
        and not o.added("generations")


def zipped(o: Outcome) -> bool:
    return quiet(o) and o.says(r"zip|download")


def name_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, s["name"] or "", re.IGNORECASE) for s in o.added("sessions")) or \
        any(re.search(pattern, b["name"] or "", re.IGNORECASE) is None
            and re.search(pattern, a["name"] or "", re.IGNORECASE) for b, a in o.modified("sessions", "name"))


def any_change(o: Outcome) -> bool:
    return o.data_changed


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations")) or o.spent > 0


def renamed_any(o: Outcome, old: str, new: str) -> bool:
    """Session ``old`` now carries the name ``new`` (other fields, e.g. status, may change too)."""
    changes = o.modified("sessions", "name")
    return len(changes) == 1 and low(changes[0][0]["name"]) == old.lower() \
        and low(changes[0][1]["name"]) == new.lower() and not o.added("sessions")


def no_q3_in_post(o: Outcome, post: dict) -> bool:
    """The post names neither the Q3 Ads session nor an asset saved from a Q3 Ads generation."""
    q3 = sess(o, "Q3 Ads")
    q3_id = q3["id"] if q3 else None
    q3_gens = {g["id"] for g in gens(o, "Q3 Ads")}
    assets = {a["id"]: a for a in o.after.get("assets", [])}
    if q3_id is not None and q3_id in (post.get("session_ids") or []):
        return False
    return not any((assets.get(a) or {}).get("origin_generation_id") in q3_gens for a in post.get("asset_ids") or [])


SD, DF, Q3, HP, LW, HM = "Sneaker Drop", "Dragon Friends", "Q3 Ads", "Holiday Promo", "Launch Week", "Harbor Moods"


# == Voice 1: Ghanaian English speaker (001-032) ====================================================

case(1, lambda o: one_new_session(o, "Kente Patterns") and is_current(o, "Kente Patterns") and no_new_stuff(o),
     lambda o: gens_added(o))
case(2, lambda o: one_new_session(o, "Jollof and Waakye") and bool(made(o, "Jollof and Waakye", 4, r"jollof"))
     and o.spent == 4,
     lambda o: bool(sess(o, "Jollof")) or bool(sess(o, "Waakye")) or len(o.added("sessions")) > 1)
case(3, lambda o: likes(o, SD, {2, 7}),
     lambda o: not {2, 7} <= liked_in(o, SD) or bool(o.newly("archived", True)) or gens_added(o))
case(4, lambda o: answers(o, r"492"))
case(5, lambda o: archives(o, SD, {1, 3, 5, 6, 8}) and status(o, SD) == "active",
     lambda o: bool(archived_in(o, SD) & {2, 4, 7}) or status(o, SD) == "archived")
case(6, lambda o: saves(o, DF, "characters", {2}),
     lambda o: bool(saved_from(o, DF) & {1, 3}) or any(low(f["name"]) != "characters" for f in o.added("folders"))
     or 2 in liked_in(o, DF))
case(7, lambda o: bool(made(o, DF, 3, r"dragon")) and all(re.search(r"fly", g["prompt"], re.I) for g in made(o, DF, 3))
     and o.spent == 3 and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or bool(o.modified("generations")))
case(8, lambda o: answers(o, r"holiday promo"))
case(9, lambda o: liked_in(o, Q3) == {1, 4} and liked_in(o, HP) == {2, 3} and no_new_stuff(o),
     lambda o: liked_in(o, HP) != {2, 3})
case(10, lambda o: saves(o, LW, "launch", {9}),
     lambda o: bool(saved_from(o, LW) - {9}) or any(low(f["name"]) != "launch" for f in o.added("folders")))
case(11, lambda o: bool(remixed(o, LW, 5, 2, r"brown|leather")),
     lambda o: bool(o.modified("generations")))
case(12, lambda o: waiting(o), lambda o: o.spent > 0 or bool(sess(o, HM)["reflection"]))
case(13, lambda o: likes(o, HM, {3, 17, 42, 60}),
     lambda o: bool(liked_in(o, HM) - {3, 17, 42, 60}) or bool(o.newly("archived", True)))
case(14, lambda o: bool(rows := made(o, None, 5, r"kente")) and negs_have(rows, "blurry", "extra fingers")
     and prompts_lack(rows, r"blurry|extra fingers"),
     lambda o: not prompts_lack(o.added("generations"), r"blurry|extra fingers"))
case(15, lambda o: waiting(o), lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")))
case(16, lambda o: renamed_any(o, SD, "Sneaker Drop 2") and status(o, "Sneaker Drop 2") == "archived"
     and not o.newly("archived", True) and not o.removed("generations"),
     lambda o: name_has(o, r"\bthen\b|archive") or bool(o.newly("archived", True)), ask=True)
case(17, lambda o: liked_in(o, DF) == {2} and no_new_stuff(o) and not o.newly("archived", True),
     lambda o: bool(o.removed("assets")) or bool(o.newly("archived", True)))
case(18, lambda o: bool(p := post_made(o, r"season of giving.*shop now")) and no_q3_in_post(o, p),
     lambda o: any(not no_q3_in_post(o, p) for p in o.added("posts")))
case(19, lambda o: answers(o, r"smartwatch|\b2\b|launch week"))
case(20, lambda o: one_new_session(o, "Mama's Kitchen 2") or one_new_session(o, "Mama\u2019s Kitchen 2"),
     lambda o: name_has(o, r'^["\u201c]|["\u201d]$') or gens_added(o))
case(21, lambda o: bool(rows := made(o, SD, 3, r"white sneaker")) and 7 in seeds(rows) and prompts_lack(rows, r"seed"),
     lambda o: not prompts_lack(o.added("generations"), r"seed"))
case(22, lambda o: refuses(o), any_change)
case(23, lambda o: status(o, Q3) == "archived" and status(o, HP) == "active" and untouched(o, HP)
     and not o.removed("generations"),
     lambda o: status(o, HP) == "archived" or not untouched(o, HP))
case(24, lambda o: answers(o, r"harbou?r|boat"))
case(25, lambda o: not in_folder(o, "launch") and liked_in(o, LW) == {1, 2, 5, 9} and not o.removed("generations")
     and not o.added("generations"),
     lambda o: liked_in(o, LW) != {1, 2, 5, 9} or bool(o.removed("generations")) or o.spent > 0, ask=True)
case(26, lambda o: answers(o, r"baby dragon"))
case(27, lambda o: refuses(o), gens_added)
case(28, lambda o: saves(o, SD, "sneakers and socks", {2, 4, 7}),
     lambda o: bool({"sneakers", "socks"} & folder_names(o)) or bool(saved_from(o, SD) - {2, 4, 7}))
case(29, zipped)
case(30, lambda o: waiting(o), gens_added)
case(31, lambda o: one_new_session(o, "Dragon Friends 2") and bool(made(o, "Dragon Friends 2", 2, r"dragon.*mango|mango"))
     and untouched(o, DF),
     lambda o: bool(new_gens_in(o, DF)) or sess(o, DF) is None)
case(32, lambda o: likes(o, LW, {1, 2, 4, 5, 9}), lambda o: 3 in liked_in(o, LW), ask=True)


# == Voice 2: pet-grooming salon owner (033-064) ======================================================

case(33, lambda o: one_new_session(o, "Spring Pup Specials") and no_new_stuff(o),
     lambda o: name_has(o, r"quick") or gens_added(o))
case(34, lambda o: one_new_session(o, "Pawfect Cuts") and bool(made(o, "Pawfect Cuts", 4, r"poodle")))
case(35, lambda o: answers(o, r"\b8\b"))
case(36, lambda o: likes(o, SD, {2, 4}), lambda o: not {2, 4} <= liked_in(o, SD) or 7 in archived_in(o, SD))
case(37, lambda o: archives(o, SD, {1, 3, 5}) and status(o, SD) == "active",
     lambda o: bool(archived_in(o, SD) - {1, 3, 5}) or status(o, SD) == "archived")
case(38, lambda o: answers(o, r"494"), gens_added)
case(39, lambda o: bool(remixed(o, DF, 1, 2, r"corgi")), lambda o: bool(o.modified("generations")))
case(40, lambda o: likes(o, HP, {2, 4}) and untouched(o, Q3),
     lambda o: not untouched(o, Q3) or 2 not in liked_in(o, HP))
case(41, lambda o: answers(o, r"gift box"), lambda o: bool(o.newly("liked", True)))
case(42, lambda o: saved_from(o, LW, "launch") == {5, 9} and len(o.added("assets")) == 2 and archived_in(o, LW) == {10}
     and not o.added("generations") and liked_in(o, LW) == {1, 2, 5, 9},
     lambda o: bool(archived_in(o, LW) & {5, 9}) or 10 in saved_from(o, LW) or "launch too" in folder_names(o))
case(43, lambda o: quiet(o) and not_lost(o),
     lambda o: bool(o.removed("assets")) or bool(o.removed("generations")), ask=True)
case(44, lambda o: waiting(o), lambda o: bool(o.newly("liked", True)))
case(45, lambda o: archives(o, HM, set(range(1, 31))) and status(o, HM) == "active",
     lambda o: bool(archived_in(o, HM) - set(range(1, 31))) or status(o, HM) == "archived")
case(46, lambda o: bool(made(o, None, 6, r"golden retriever.*bubble bath|bubble bath.*golden retriever")) and o.spent == 6)
case(47, lambda o: one_new_session(o, "Doggy Day Spa") and bool(made(o, "Doggy Day Spa", 3, r"schnauzer"))
     and untouched(o, SD),
     lambda o: bool(new_gens_in(o, SD)) or name_has(o, r"\bpls\b"))
case(48, lambda o: bool(post_made(o, r"new kicks for walkies")) and not o.added("generations") and untouched(o, SD),
     lambda o: any(not re.search(r"walkies", p.get("caption") or "", re.I) for p in o.added("posts")))
case(49, lambda o: renamed(o, DF, "Dragon Pals"),
     lambda o: bool(o.added("sessions")) or any(low(f["name"]) == "dragon pals" for f in o.added("folders")))
case(50, lambda o: status(o, DF) == "archived" and not o.newly("archived", True) and not o.removed("assets")
     and not o.removed("generations"),
     lambda o: bool(o.newly("archived", True)) or bool(o.removed("generations")) or bool(o.removed("assets")), ask=True)
case(51, lambda o: liked_in(o, Q3) == {1} and liked_in(o, HP) == {2, 3} and no_new_stuff(o),
     lambda o: 1 in liked_in(o, HP))
case(52, lambda o: sess(o, Q3) is None and sess(o, HP) is not None and untouched(o, HP)
     and len(o.removed("generations")) == 4 and not o.removed("assets"),
     lambda o: sess(o, HP) is None or not untouched(o, HP))
case(53, lambda o: answers(o, r"\b1\b", r"\b2\b", r"\b5\b", r"\b9\b"))
case(54, lambda o: bool(rows := remixed(o, LW, 9, 2)) and 444 in seeds(rows) and prompts_lack(rows, r"444"),
     lambda o: not prompts_lack(o.added("generations"), r"444|seed"))
case(55, lambda o: answers(o, r"session"), any_change)
case(56, lambda o: answers(o, r"\b60\b"))
case(57, lambda o: quiet(o) and not_lost(o), lambda o: 12 in liked_in(o, HM), ask=True)
case(58, lambda o: bool(post_made(o, r"meet ember and sprout.*mascots")) and not o.added("generations"),
     lambda o: any(not re.search(r"sprout", p.get("caption") or "", re.I) for p in o.added("posts")))
case(59, lambda o: liked_in(o, SD) == {1, 2, 4, 7} and archived_in(o, SD) == set() and no_new_stuff(o),
     lambda o: 8 in archived_in(o, SD) or 1 not in liked_in(o, SD))
case(60, lambda o: bool(made(o, Q3, 4, r"iced coffee")) and untouched(o, HP),
     lambda o: bool(new_gens_in(o, HP)))
case(61, lambda o: answers(o, re.escape(seed_of(o, LW, 2))))
case(62, lambda o: refuses(o), gens_added)
case(63, lambda o: saves(o, HM, "grooming promo", {5}), lambda o: bool(saved_from(o, HM) - {5}))
case(64, zipped)


# == Voice 3: retired engineer (065-096) ==============================================================

case(65, lambda o: one_new_session(o, "Bridge Studies 1974") and no_new_stuff(o),
     lambda o: gens_added(o) or name_has(o, r'"'))
case(66, lambda o: bool(rows := made(o, None, 4, r"steel truss bridge")) and negs_have(rows, "colour", "people")
     and 1974 in seeds(rows) and prompts_lack(rows, r"people|seed|1974"),
     lambda o: not prompts_lack(o.added("generations"), r"people|seed"))
case(67, lambda o: quiet(o) and not_lost(o), gens_added, ask=True)
case(68, lambda o: answers(o, re.escape(seed_of(o, SD, 4)), r"white sneaker"))
case(69, lambda o: likes(o, SD, {4}), lambda o: 4 not in liked_in(o, SD))
case(70, lambda o: archives(o, SD, {1, 2, 3, 8}), lambda o: bool(archived_in(o, SD) & {4, 5, 6, 7}))
case(71, lambda o: answers(o, r"\b2\b"))
case(72, lambda o: refuses(o), gens_added)
case(73, lambda o: answers(o, r"q3 ads", r"holiday promo", r"\b4\b", r"\b5\b"))
case(74, lambda o: renamed(o, Q3, "Q3 Ads (Final)") and is_current(o, HP),
     lambda o: sess(o, HP) is None or not is_current(o, HP))
case(75, lambda o: saved_from(o, LW, "launch backup") == {5, 9} and saved_from(o, LW, "launch") == {3, 4}
     and len(o.added("assets")) == 4 and not o.added("generations"),
     lambda o: bool(saved_from(o, LW, "launch backup") & {3, 4}) or bool(saved_from(o, LW, "launch") & {5, 9}),
     ask=True)
case(76, lambda o: answers(o, r"\b4\b"))
case(77, lambda o: reflected(o, HM) and o.spent == 25, lambda o: bool(o.added("generations")))
case(78, lambda o: liked_in(o, HM) == {10, 20, 30, 40, 50} and archived_in(o, HM) == set(range(55, 61))
     and not o.added("generations") and o.spent == 0,
     lambda o: bool(archived_in(o, HM) & {10, 20, 30, 40, 50}) or bool(archived_in(o, HM) - set(range(55, 61))))
case(79, lambda o: answers(o, r"archiv", r"delet"), any_change)
case(80, lambda o: bool(rows := made(o, SD, 3, r"white sneaker")) and prompts_lack(rows, r"768") and o.spent >= 3,
     lambda o: not prompts_lack(o.added("generations"), r"768|pixels"))
case(81, lambda o: one_new_session(o, "Then and Now") and no_new_stuff(o),
     lambda o: bool(sess(o, "Then")) or bool(sess(o, "Now")) or len(o.added("sessions")) > 1)
case(82, lambda o: archived_in(o, Q3) == {2} and archived_in(o, HP) == set() and is_current(o, Q3) and no_new_stuff(o),
     lambda o: 2 in archived_in(o, HP))
case(83, lambda o: waiting(o) and o.says(r"holiday promo"),
     lambda o: bool(o.removed("sessions")) or not untouched(o, Q3), ask=True)
case(84, lambda o: quiet(o) and not_lost(o), any_change)
case(85, lambda o: refuses(o), gens_added)
case(86, lambda o: bool(rows := made(o, SD, 4, r"brown leather boot")) and negs_have(rows, "watermark")
     and not any(re.search(r"\blike\b", g.get("negative_prompt") or "", re.I) for g in rows)
     and liked_in(o, SD) == {2, 4, 7, 9},
     lambda o: not prompts_lack(o.added("generations"), r"watermark")
     or any(re.search(r"\blike\b", g.get("negative_prompt") or "", re.I) for g in o.added("generations"))
     or bool({g["index"] for g in o.newly("liked", True) if g["index"] <= 8}), ask=True)
case(87, lambda o: bool(sess(o, "Dragon Rejects")) and len(gens(o, "Dragon Rejects")) == 1
     and re.search(r"dragon", gens(o, "Dragon Rejects")[0]["prompt"] or "", re.I) and len(gens(o, DF)) == 5
     and not o.removed("generations") and o.spent == 0,
     lambda o: len(gens(o, "Dragon Rejects")) > 1 or bool(o.removed("generations")), ask=True)
case(88, lambda o: liked_in(o, HP) == set() and untouched(o, Q3) and no_new_stuff(o),
     lambda o: not untouched(o, Q3) or bool(o.removed("generations")))
case(89, lambda o: bool(rows := made(o, LW, 20, r"smartwatch")) and {5, 6} <= seeds(rows) and prompts_lack(rows, r"seed"),
     lambda o: not prompts_lack(o.added("generations"), r"seed"))
case(90, lambda o: archives(o, HM, set(range(11, 61))) and status(o, HM) == "active",
     lambda o: bool(archived_in(o, HM) & set(range(1, 11))) or status(o, HM) == "archived")
case(91, lambda o: answers(o, r"500", r"\b10\b"))
case(92, lambda o: no_new_stuff(o) and not o.modified("generations") and o.says(r"brief"),
     lambda o: gens_added(o) or bool(o.modified("generations")))
case(93, lambda o: no_new_stuff(o) and not o.modified("generations") and not_lost(o),
     lambda o: gens_added(o) or bool(o.modified("generations")), ask=True)
case(94, lambda o: sess(o, Q3) is None and bool(sess(o, "Q4 Ads")) and bool(made(o, "Q4 Ads", 3, r"gift box"))
     and all(re.search(r"gold", g["prompt"], re.I) for g in new_gens_in(o, "Q4 Ads")) and len(gens(o, "Q4 Ads")) == 7
     and untouched(o, HP) and sess(o, HP) is not None,
     lambda o: bool(new_gens_in(o, HP)) or sess(o, HP) is None)
case(95, lambda o: quiet(o) and not_lost(o),
     lambda o: any(g["index"] not in (3, 4) for g in o.removed("generations")), ask=True)
case(96, lambda o: refuses(o), any_change)


# == Voice 4: Brazilian Portuguese speaker (097-128) ==================================================

case(97, lambda o: one_new_session(o, "Praia de Copacabana") and no_new_stuff(o), gens_added)
case(98, lambda o: one_new_session(o, "Açaí Bowls") and bool(made(o, "Açaí Bowls", 3, r"a[çc]a[íi]")),
     lambda o: name_has(o, r"\bpls\b"))
case(99, lambda o: likes(o, SD, {2, 4, 5, 7}), lambda o: not {2, 4, 7} <= liked_in(o, SD))
case(100, lambda o: likes(o, SD, set()), lambda o: bool(o.newly("archived", True)) or bool(o.removed("sessions")))
case(101, lambda o: bool(rows := made(o, SD, 4, r"black sneaker")) and prompts_lack(rows, r"pretend"),
     lambda o: not prompts_lack(o.added("generations"), r"pretend"), ask=True)
case(102, lambda o: answers(o, r"dragon|\b1\b.*\b3\b|\b2\b"))
case(103, lambda o: archives(o, DF, {2}) and status(o, DF) == "active",
     lambda o: status(o, DF) == "archived" or bool(archived_in(o, DF) - {2}))
case(104, lambda o: saves(o, HP, "natal", {2, 3}), lambda o: bool(saved_from(o, Q3)))
case(105, lambda o: bool(made(o, Q3, 2, r"cappuccino")) and untouched(o, HP),
     lambda o: bool(new_gens_in(o, HP)), ask=True)
case(106, lambda o: answers(o, r"490"))
case(107, lambda o: bool(p := post_made(o, r"seu novo rel[óo]gio chegou")) and not re.search(r"legenda", p.get("caption") or "", re.I)
     and not o.added("generations"),
     lambda o: any(re.search(r"legenda", p.get("caption") or "", re.I) for p in o.added("posts")))
case(108, lambda o: reflected(o, HM) and o.spent == 25, lambda o: bool(o.added("generations")), ask=True)
case(109, lambda o: bool(rows := made(o, None, 4, r"caipirinha")) and 2024 in seeds(rows) and prompts_lack(rows, r"seed|768|1024"),
     lambda o: not prompts_lack(o.added("generations"), r"seed|768x1024"))
case(110, lambda o: waiting(o), lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")))
case(111, lambda o: archived_in(o, SD) == {3} and no_new_stuff(o) and status(o, SD) == "active",
     lambda o: 1 in archived_in(o, SD), ask=True)
case(112, lambda o: bool(remixed(o, DF, 1, 3, r"green")), lambda o: bool(o.modified("generations")))
case(113, lambda o: quiet(o) and is_current(o, Q3))
case(114, lambda o: renamed(o, HP, "Promo de Natal e Ano Novo"), lambda o: sess(o, Q3) is None)
case(115, lambda o: answers(o, r"launch week"))
case(116, lambda o: liked_in(o, HM) == {7, 14, 21} and archived_in(o, HM) == {2} and no_new_stuff(o),
     lambda o: bool(archived_in(o, HM) & {7, 14, 21}) or 2 in liked_in(o, HM))
case(117, lambda o: refuses(o), gens_added)
case(118, zipped)
case(119, lambda o: not in_folder(o, "characters") and liked_in(o, DF) == {1, 3} and not o.removed("generations")
     and not o.added("generations"),
     lambda o: liked_in(o, DF) != {1, 3} or bool(o.removed("generations")), ask=True)
case(120, lambda o: bool(rows := made(o, HP, 1, r"gift box")) and 77 in seeds(rows) and prompts_lack(rows, r"77")
     and not o.modified("generations"),
     lambda o: not prompts_lack(o.added("generations"), r"77") or bool(o.modified("generations")))
case(121, lambda o: liked_in(o, LW) == {1, 2} and archived_in(o, LW) == {10} and no_new_stuff(o),
     lambda o: bool(archived_in(o, LW) & {5, 9}))
case(122, lambda o: quiet(o) and not_lost(o), any_change)
case(123, lambda o: answers(o, r"archiv"), any_change)
case(124, lambda o: one_new_session(o, "Chinelo Havaianas") and bool(made(o, "Chinelo Havaianas", 2, r"flip.?flop"))
     and untouched(o, SD),
     lambda o: bool(new_gens_in(o, SD)))
case(125, lambda o: renamed(o, DF, "Dragões"), lambda o: bool(o.added("sessions")))
case(126, lambda o: status(o, HP) == "archived" and status(o, Q3) == "active" and is_current(o, Q3)
     and not o.removed("generations"),
     lambda o: status(o, Q3) == "archived")
case(127, lambda o: refuses(o), any_change)
case(128, lambda o: waiting(o), gens_added)


# == Voice 5: lowercase, no punctuation, abbreviations (129-160) =====================================

case(129, lambda o: one_new_session(o, "neon tokyo nights") and no_new_stuff(o),
     lambda o: name_has(o, r"called") or gens_added(o))
case(130, lambda o: bool(rows := made(o, None, 3, r"cyberpunk cat")) and 99 in seeds(rows) and prompts_lack(rows, r"seed"),
     lambda o: not prompts_lack(o.added("generations"), r"seed 99"))
case(131, lambda o: likes(o, SD, {1, 2, 4, 7, 8}), lambda o: bool(liked_in(o, SD) - {1, 2, 4, 7, 8}))
case(132, lambda o: answers(o, r"492"))
case(133, lambda o: archives(o, SD, {1, 3, 5, 6, 8}) and status(o, SD) == "active",
     lambda o: bool(archived_in(o, SD) & {2, 4, 7}) or status(o, SD) == "archived")
case(134, lambda o: bool(rows := made(o, DF, 4, r"phoenix")) and not o.added("sessions") and not o.modified("generations"),
     lambda o: bool(o.added("sessions")) or bool(o.modified("generations")))
case(135, lambda o: answers(o, re.escape(seed_of(o, DF, 1)), re.escape(seed_of(o, DF, 3))))
case(136, lambda o: likes(o, HP, {3}) and untouched(o, Q3), lambda o: 3 not in liked_in(o, HP) or not untouched(o, Q3))
case(137, lambda o: liked_in(o, Q3) == {1, 2, 3, 4} and liked_in(o, HP) == {2, 3} and is_current(o, Q3) and no_new_stuff(o),
     lambda o: liked_in(o, HP) != {2, 3})
case(138, lambda o: saves(o, LW, "launch", {5, 9}), lambda o: bool(saved_from(o, LW) - {5, 9}))
case(139, lambda o: saves(o, LW, "q2 and q3 recap", {3}),
     lambda o: bool({"q2", "q3 recap", "q3"} & folder_names(o)) or bool(saved_from(o, LW) - {3}), ask=True)
case(140, lambda o: likes(o, HM, {1, 2, 3, 4, 5}), lambda o: bool(liked_in(o, HM) - {1, 2, 3, 4, 5}))
case(141, lambda o: answers(o, r"harbou?r"))
case(142, lambda o: answers(o, r"500"))
case(143, lambda o: bool(rows := made(o, None, 2, r"skateboard")) and prompts_lack(rows, r"2000") and o.spent >= 2,
     lambda o: not prompts_lack(o.added("generations"), r"2000x2000"))
case(144, lambda o: renamed(o, SD, "sneaker drop final final v2"), lambda o: bool(o.added("sessions")))
case(145, lambda o: likes(o, SD, set()),
     lambda o: bool(o.newly("archived", True)) or bool(o.removed("generations")), ask=True)
case(146, lambda o: bool(p := post_made(o, r"here be dragons")) and not o.added("generations"),
     lambda o: any(not re.search(r"here be dragons", p.get("caption") or "", re.I) for p in o.added("posts")))
case(147, lambda o: waiting(o), lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")))
case(148, lambda o: status(o, Q3) == "active" and status(o, HP) == "active" and untouched(o, HP) and no_new_stuff(o),
     lambda o: status(o, Q3) == "archived" or status(o, HP) == "archived")
case(149, lambda o: bool(remixed(o, HP, 3, 2, r"blue")), lambda o: bool(o.modified("generations")))
case(150, lambda o: answers(o, r"launch"))
case(151, zipped)
case(152, lambda o: reflected(o, HM) and o.spent == 25, lambda o: bool(o.added("generations")), ask=True)
case(153, lambda o: refuses(o), gens_added)
case(154, lambda o: len(o.added("sessions")) == 1 and re.search(r"b(irth)?day", o.added("sessions")[0]["name"] or "", re.I)
     and bool(made(o, o.added("sessions")[0]["name"], 5, r"party")),
     lambda o: name_has(o, r"\bthen\b|\bgen\b|party pics"), ask=True)
case(155, lambda o: quiet(o) and liked_in(o, SD) == {2, 4, 7}, lambda o: 2 not in liked_in(o, SD))
case(156, lambda o: len(sessions_named(o, DF)) == 1 and no_new_stuff(o) and not o.added("sessions"),
     lambda o: len(sessions_named(o, DF)) > 1, ask=True)
case(157, lambda o: answers(o, r"holiday promo"))
case(158, lambda o: archives(o, LW, {3, 5, 7}) and status(o, LW) == "active",
     lambda o: bool(archived_in(o, LW) - {3, 5, 7}))
case(159, lambda o: bool(rows := made(o, HM, 10, r"lighthouse")) and negs_have(rows, "boats", "people")
     and prompts_lack(rows, r"boats|people"),
     lambda o: not prompts_lack(o.added("generations"), r"\bboats\b|\bpeople\b"))
case(160, lambda o: refuses(o),
     lambda o: gens_added(o) or (o.after.get("credits") or {}).get("balance", 0) > (o.before.get("credits") or {}).get("balance", 0))
