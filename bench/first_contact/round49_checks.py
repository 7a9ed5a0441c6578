"""Checks for round 49 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

Voices (32 cases each, in blocks): an Indonesian speaker writing English (001-032), an interior
designer (033-064), a high-school robotics club member (065-096), a Swedish speaker writing English
(097-128) and a cautious user who double-checks before everything (129-160).

Setups (every confirmation in a setup answered yes; credits start at 500, one per default image):
- A: empty home.
- B: session "Sneaker Drop", 8 generations, liked {2,4,7}, 492 credits, current.
- C: session "Dragon Friends", 6 generations, liked {1,3}, both saved to folder "Characters", 494 credits.
- D: "Q3 Ads" 4 generations (none liked); "Holiday Promo" 5 generations, liked {2,3}, current; 491 credits.
- E: "Launch Week" 10 generations, liked {1,2,5,9}, 1 and 2 saved to folder "Launch", 490 credits.
- F: "Harbor Moods" 60 generations, 440 credits.

Conventions: checks judge only by what changed in `atelier state --json` (o.before / o.after) and by
loose case-insensitive patterns in the reply text; never by tool names. Names of sessions, folders,
tags and platforms are compared without regard to case (dashes and surrounding quotes normalised).
A folder/project field may hold a name or an id; both are accepted. When a case is ok_to_ask,
`meant` also accepts "nothing changed and a question is waiting or a specific refusal/question was
replied". Every function is wrapped so it never raises (an exception counts as False).
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
    CHECKS[f"r49-{num:03d}"] = Check(final, _safe(wrong) if wrong is not None else None)


# -- readings -------------------------------------------------------------------------------------

def low(value) -> str:
    text = value if isinstance(value, str) else str(value or "")
    text = text.strip().strip("\"'“”‘’").strip()
    text = text.replace("—", "-").replace("–", "-")
    return re.sub(r"\s+", " ", text).lower()


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    state = o.after if when == "after" else o.before
    return next((s for s in state["sessions"] if low(s["name"]) == low(name)), None)


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


def likes(o: Outcome, name: str, expected: set[int]) -> bool:
    return liked_in(o, name) == expected and no_new_stuff(o) and not o.newly("archived", True)


def archives(o: Outcome, name: str, expected: set[int]) -> bool:
    return archived_in(o, name) == expected and no_new_stuff(o) and len(o.newly("archived", True)) == len(
        expected - {g["index"] for g in gens(o, name, "before") if g["archived"]})


def _named(o: Outcome, table: str, value) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("id")
    for row in o.after.get(table, []) + o.before.get(table, []):
        if row.get("id") == value:
            return low(row.get("name"))
    return low(value)


def asset_folder(o: Outcome, asset: dict) -> str:
    return _named(o, "folders", asset.get("folder"))


def folder_assets(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    state = o.after if when == "after" else o.before
    return [a for a in state["assets"] if asset_folder(o, a) == low(folder)]


def saved_from(o: Outcome, name: str, folder: str | None = None) -> set[int]:
    by_id = {g["id"]: g["index"] for g in gens(o, name)}
    return {by_id[a["origin_generation_id"]] for a in o.added("assets")
            if a.get("origin_generation_id") in by_id and (folder is None or asset_folder(o, a) == low(folder))}


def saves(o: Outcome, name: str, folder: str, expected: set[int]) -> bool:
    return saved_from(o, name, folder) == expected and len(o.added("assets")) == len(expected) \
        and not o.added("generations") and o.spent == 0 and not o.removed("assets")


def renamed(o: Outcome, old: str, new: str) -> bool:
    before = sess(o, old, "before")
    if before is None:
        return False
    now = o.rows("sessions").get(before["id"])
    return now is not None and low(now["name"]) == low(new) and not o.added("sessions") \
        and not o.removed("sessions") and not o.added("generations") and o.spent == 0


def made_session(o: Outcome, name: str) -> bool:
    made = o.added("sessions")
    return len(made) == 1 and low(made[0]["name"]) == low(name) and not o.added("generations") and o.spent == 0 \
        and not o.removed("sessions")


def makes(o: Outcome, name: str, count: int, prompt: str | None = None, exact_cost: bool = True) -> list[dict]:
    made = new_gens_in(o, name)
    if len(made) != count or len(o.added("generations")) != count:
        return []
    if exact_cost and o.spent != count:
        return []
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.I) for g in made):
        return []
    return made


def fresh(o: Outcome, count: int, prompt: str | None = None) -> list[dict]:
    made = o.added("generations")
    if len(made) != count:
        return []
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.I) for g in made):
        return []
    return made


def remixes(o: Outcome, name: str, count: int, parent: int, prompt: str | None = None) -> bool:
    made = makes(o, name, count, prompt)
    p = gen(o, name, parent)
    return bool(made) and p is not None and all(g.get("parent_id") == p["id"] for g in made)


def negs(made: list[dict], *words: str) -> bool:
    return bool(made) and all(all(re.search(w, g.get("negative_prompt") or "", re.I) for w in words) for g in made)


def one_post(o: Outcome, platform, n_assets: int | None, caption: str) -> bool:
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    p = posts[0]
    platforms = (platform,) if isinstance(platform, str) else platform
    if low(p.get("platform")) not in platforms:
        return False
    if n_assets is not None and len(p.get("asset_ids") or []) != n_assets:
        return False
    return re.search(caption, p.get("caption") or "", re.I) is not None and not o.added("generations")


def status(o: Outcome, name: str) -> str:
    s = sess(o, name)
    return low(s["status"]) if s else ""


def seed_said(o: Outcome, name: str, index: int) -> bool:
    g = gen(o, name, index)
    return g is not None and quiet(o) and str(g["seed"]) in o.text


def zipped(o: Outcome) -> bool:
    return quiet(o) and not_lost(o) and o.says(r"zip")


def anything_removed(o: Outcome) -> bool:
    return bool(o.removed("sessions") or o.removed("generations") or o.removed("assets"))


R = lambda a, b: set(range(a, b + 1))  # noqa: E731


# -- 001-032 Indonesian speaker writing English ---------------------------------------------------

case(1, lambda o: made_session(o, "Batik Pattern"),
     lambda o: any(re.search(r"\bkak\b|please", s["name"], re.I) for s in o.added("sessions")) or bool(o.added("generations")))
case(2, lambda o: sess(o, "Nasi Goreng Menu") and makes(o, "Nasi Goreng Menu", 4, r"nasi goreng"))
case(3, lambda o: likes(o, "Sneaker Drop", {2, 4, 5, 7}))
case(4, lambda o: likes(o, "Sneaker Drop", {2, 7}))
case(5, lambda o: answers(o, r"\b3\b|three"))
case(6, lambda o: remixes(o, "Sneaker Drop", 3, 2, r"batik"), lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7})
case(7, lambda o: saves(o, "Dragon Friends", "Characters", {2}) and liked_in(o, "Dragon Friends") == {1, 3})
case(8, lambda o: answers(o, r"characters"))
case(9, lambda o: archives(o, "Dragon Friends", {5, 6}) and status(o, "Dragon Friends") == "active")
case(10, lambda o: quiet(o) and low(o.current) == "q3 ads")
case(11, lambda o: likes(o, "Q3 Ads", {1, 4}) and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: liked_in(o, "Holiday Promo") != {2, 3})
case(12, lambda o: False, lambda o: anything_removed(o), ask=True)
case(13, lambda o: seed_said(o, "Launch Week", 9))
case(14, lambda o: answers(o, r"\b490\b"))
case(15, zipped)
case(16, lambda o: saves(o, "Launch Week", "Launch", {5, 9}))
case(17, lambda o: archives(o, "Harbor Moods", R(1, 30)),
     lambda o: bool(archived_in(o, "Harbor Moods") - R(1, 30)) or status(o, "Harbor Moods") == "archived", ask=True)
case(18, lambda o: quiet(o) and o.says(r"\b25\b"),
     lambda o: o.spent > 0 or (sess(o, "Harbor Moods") or {}).get("reflection") is not None, ask=True)


def _komodo(o: Outcome) -> bool:
    made = fresh(o, 5, r"komodo")
    return bool(made) and any(g["seed"] == 2024 for g in made) and negs(made, r"people") \
        and not any(re.search(r"no people|seed|2024", g["prompt"] or "", re.I) for g in made)


case(19, _komodo, lambda o: any(re.search(r"no people|seed", g["prompt"] or "", re.I) for g in o.added("generations")))
case(20, lambda o: refuses(o), lambda o: bool(o.added("generations")))
case(21, lambda o: renamed(o, "Sneaker Drop", "Sepatu Putih"))
case(22, lambda o: False, lambda o: bool(o.added("generations")) or liked_in(o, "Sneaker Drop") != {2, 4, 7}, ask=True)
case(23, lambda o: False,
     lambda o: bool(o.modified("generations", "session_id")) or bool(o.removed("generations")), ask=True)
case(24, lambda o: likes(o, "Holiday Promo", {2, 3, 4, 5}) and liked_in(o, "Q3 Ads") == set())
case(25, lambda o: answers(o, r"coffee cup"))
case(26, lambda o: likes(o, "Launch Week", set()) and len(folder_assets(o, "Launch")) == 2,
     lambda o: bool(o.removed("assets")))
case(27, lambda o: archives(o, "Launch Week", {3, 4, 6, 7, 8, 10}),
     lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}))
case(28, lambda o: quiet(o) and not_lost(o))
case(29, lambda o: len(o.added("sessions")) == 1 and makes(o, "Bali Trip", 3, r"rice terrace"),
     lambda o: any(re.search(r"\bthen\b|generate", s["name"], re.I) for s in o.added("sessions")))
case(30, lambda o: False, lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7}, ask=True)
case(31, lambda o: one_post(o, "instagram", 2, r"naga kecil lucu"))
case(32, lambda o: liked_in(o, "Holiday Promo") == set() and liked_in(o, "Q3 Ads") == set() and no_new_stuff(o)
     and not o.newly("archived", True),
     lambda o: bool(o.removed("generations")) or o.spent != 0)

# -- 033-064 interior designer --------------------------------------------------------------------

case(33, lambda o: made_session(o, "Hartono Residence – Living Room"), lambda o: len(o.added("sessions")) > 1)


def _japandi(o: Outcome) -> bool:
    made = makes(o, "Japandi Bedroom", 6, r"japandi bedroom")
    return negs(made, r"clutter", r"plastic") and not any(re.search(r"plastic", g["prompt"], re.I) for g in made)


case(34, _japandi)
case(35, lambda o: bool(made := fresh(o, 4, r"terracotta sofa and brass floor lamp"))
     and not any("1536" in (g["prompt"] or "") for g in made))
case(36, lambda o: remixes(o, "Sneaker Drop", 2, 4, r"travertine"), lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7})


def _moved_to_client_picks(o: Outcome) -> bool:
    before_ids = {a["id"] for a in folder_assets(o, "Characters", "before")}
    now_ids = {a["id"] for a in folder_assets(o, "Client Picks")}
    return len(before_ids) == 2 and now_ids == before_ids and not o.added("assets") and not o.removed("assets") \
        and not o.modified("generations") and not o.added("generations")


case(37, _moved_to_client_picks, lambda o: bool(o.added("assets")) or bool(o.removed("assets")))
case(38, lambda o: renamed(o, "Q3 Ads", "Q3 Ads — Café Lumière"), lambda o: sess(o, "Holiday Promo") is None)
case(39, lambda o: saves(o, "Holiday Promo", "Holiday Deck", {2, 3}))
case(40, lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active"
     and not anything_removed(o) and not o.added("generations"),
     lambda o: status(o, "Holiday Promo") != "active" or anything_removed(o))
case(41, lambda o: answers(o, r"\b2\b|two|smartwatch"))
case(42, lambda o: len(assets := folder_assets(o, "Launch")) == 2
     and all("client-approved" in {low(t if isinstance(t, str) else (t.get("name") if isinstance(t, dict) else t))
                                   for t in (a.get("tags") or [])} for a in assets)
     and not o.added("assets") and not o.added("generations"))
case(43, lambda o: liked_in(o, "Launch Week") == {1, 2, 3, 4, 5, 9} and archived_in(o, "Launch Week") == {6}
     and no_new_stuff(o))
case(44, lambda o: archives(o, "Harbor Moods", R(1, 60) - {12, 27, 45}),
     lambda o: bool(archived_in(o, "Harbor Moods") & {12, 27, 45}) or status(o, "Harbor Moods") == "archived", ask=True)
case(45, lambda o: (sess(o, "Harbor Moods") or {}).get("reflection") is not None and o.spent == 25
     and not o.added("generations"))
case(46, lambda o: made_session(o, "Scandi Kitchen"),
     lambda o: any(re.search(r"brief|oak|terrazzo", s["name"], re.I) for s in o.added("sessions")) or bool(o.added("generations")))
case(47, lambda o: len(made := o.added("sessions")) == 1 and low(made[0]["name"]) in
     ("lobby and lounge", "lobby and lounge for the meridian hotel") and not o.added("generations"),
     lambda o: len(o.added("sessions")) > 1, ask=True)
case(48, lambda o: answers(o, r"\b12\b"))
case(49, lambda o: makes(o, "Dragon Friends", 3, r"armchair"),
     lambda o: liked_in(o, "Dragon Friends") != {1, 3} or bool(o.removed("assets")))


def _reassigned(o: Outcome) -> bool:
    g = gen(o, "Q3 Ads", 4, "before")
    holiday = sess(o, "Holiday Promo")
    moved = o.modified("generations", "session_id")
    return g is not None and holiday is not None and len(moved) == 1 and moved[0][1]["id"] == g["id"] \
        and moved[0][1]["session_id"] == holiday["id"] and not o.added("generations") and not o.removed("generations")


case(50, _reassigned, lambda o: any(b["session_id"] == (sess(o, "Holiday Promo") or {}).get("id")
                                    for b, _ in o.modified("generations", "session_id")))
case(51, lambda o: answers(o, r"smartwatch") and seed_said(o, "Launch Week", 5))
case(52, zipped)
case(53, lambda o: bool(made := makes(o, "Harbor Moods", 4, r"drone|above")) and any(g["seed"] == 808 for g in made))
case(54, lambda o: False, lambda o: bool(o.added("generations")), ask=True)
case(55, lambda o: False, lambda o: bool(o.removed("assets")) or bool(o.modified("generations")), ask=True)
case(56, lambda o: one_post(o, "pinterest", 2, r"wrap it warm"))
case(57, lambda o: archives(o, "Launch Week", {2}) and len(folder_assets(o, "Launch")) == 2,
     lambda o: bool(o.removed("assets")) or 2 not in liked_in(o, "Launch Week"))
case(58, lambda o: sess(o, "Powder Room") is not None and not o.added("generations") and o.spent == 0,
     lambda o: bool(o.added("generations")), ask=True)
case(59, lambda o: made_session(o, "Atrium Lobby"),
     lambda o: any(re.search(r"~|/|\.pdf|\.jpg|reference", s["name"], re.I) for s in o.added("sessions"))
     or bool(o.added("generations")), ask=True)


def _nursery(o: Outcome) -> bool:
    old = sess(o, "Dragon Friends", "before")
    now = o.rows("sessions").get(old["id"]) if old else None
    made = o.added("sessions")
    return now is not None and low(now["name"]) == "nursery mural" and len(made) == 1 \
        and low(made[0]["name"]) == "nursery wallpaper" and low(o.current) == "nursery wallpaper" \
        and not o.added("generations") and not o.removed("sessions")


case(60, _nursery, lambda o: any(re.search(r"\band\b|start", s["name"], re.I) for s in o.after["sessions"]))
case(61, lambda o: liked_in(o, "Q3 Ads") == {4} and liked_in(o, "Holiday Promo") == {2, 3, 5} and no_new_stuff(o))
case(62, lambda o: likes(o, "Launch Week", {5, 9}) and len(folder_assets(o, "Launch")) == 2,
     lambda o: bool(o.removed("assets")))
case(63, lambda o: saves(o, "Harbor Moods", "Harbor Board", {3, 17, 33, 59}))
case(64, lambda o: answers(o, r"\b60\b|\bno\b|not|only"))

# -- 065-096 high-school robotics club member -----------------------------------------------------

case(65, lambda o: made_session(o, "Team 4829 Pit Banner"))
case(66, lambda o: bool(fresh(o, 8, r"robot mascot")) and o.spent == 8)
case(67, lambda o: refuses(o), lambda o: bool(o.added("generations")))
case(68, lambda o: made_session(o, "Robot Mascot") and low(o.current) == "robot mascot"
     and liked_in(o, "Sneaker Drop") == {2, 4, 7},
     lambda o: any(re.search(r"\blol\b", s["name"], re.I) for s in o.added("sessions"))
     or liked_in(o, "Sneaker Drop") != {2, 4, 7} or status(o, "Sneaker Drop") != "active")
case(69, lambda o: likes(o, "Sneaker Drop", {1, 2, 3, 4, 5, 7}))
case(70, lambda o: likes(o, "Sneaker Drop", set()))
case(71, lambda o: remixes(o, "Dragon Friends", 2, 3, r"robot|tread"))
case(72, lambda o: answers(o, r"\b494\b"))
case(73, lambda o: quiet(o) and low(o.current) == "q3 ads")
case(74, lambda o: sess(o, "Q3 Ads") is None and len(gens(o, "Holiday Promo")) == 5
     and len(o.removed("generations")) == 4 and liked_in(o, "Holiday Promo") == {2, 3} and not o.added("sessions"),
     lambda o: sess(o, "Holiday Promo") is None or len(gens(o, "Holiday Promo")) != 5)
case(75, lambda o: refuses(o), lambda o: bool(o.newly("archived", True)))
case(76, lambda o: seed_said(o, "Launch Week", 1))
case(77, lambda o: likes(o, "Harbor Moods", {10, 20, 30, 40, 50, 60}),
     lambda o: bool(liked_in(o, "Harbor Moods") - {10, 20, 30, 40, 50, 60}), ask=True)
case(78, lambda o: archives(o, "Harbor Moods", R(1, 20)),
     lambda o: bool(archived_in(o, "Harbor Moods") - R(1, 20)), ask=True)
case(79, lambda o: len(o.added("sessions")) == 1 and makes(o, "Bots & Bolts", 3, r"robot arm"),
     lambda o: any(re.search(r"\bthen\b|generate", s["name"], re.I) for s in o.added("sessions")), ask=True)
case(80, lambda o: renamed(o, "Sneaker Drop", "4829 Drop 2"))
case(81, lambda o: False, ask=True)
case(82, lambda o: one_post(o, ("twitter", "x", "x/twitter", "twitter/x"), 2, r"we got gifts"))
case(83, lambda o: liked_in(o, "Launch Week") == set() and len(folder_assets(o, "Launch")) == 2 and no_new_stuff(o),
     lambda o: bool(o.removed("assets")), ask=True)
case(84, lambda o: remixes(o, "Harbor Moods", 3, 60, r"lighthouse"))
case(85, lambda o: answers(o, r"session"))
case(86, lambda o: saves(o, "Sneaker Drop", "Competition Slides", {2, 4, 7}))
case(87, lambda o: status(o, "Dragon Friends") == "archived" and not anything_removed(o) and not o.added("generations"),
     lambda o: anything_removed(o))
case(88, lambda o: quiet(o) and not_lost(o) and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: 2 not in liked_in(o, "Holiday Promo") or 2 in liked_in(o, "Q3 Ads"))
case(89, lambda o: makes(o, "Launch Week", 25, r"carbon fib"))
case(90, lambda o: answers(o, r"\b60\b", r"\b0\b|\bno\b|none|zero|nothing"))


def _robot_neg(o: Outcome) -> bool:
    made = fresh(o, 3, r"robot")
    return negs(made, r"archive") and all(low(s["status"]) == "active" for s in o.after["sessions"]) \
        and not any(re.search(r"archive", g["prompt"] or "", re.I) for g in made)


case(91, _robot_neg, lambda o: any(low(s["status"]) == "archived" for s in o.after["sessions"]), ask=True)
case(92, lambda o: likes(o, "Sneaker Drop", {2, 4, 6, 7}), lambda o: 3 in liked_in(o, "Sneaker Drop"), ask=True)
case(93, lambda o: len(o.added("sessions")) == 1 and not o.added("generations") and no_new_stuff(o),
     lambda o: bool(o.added("generations")) or liked_in(o, "Dragon Friends") != {1, 3}, ask=True)
case(94, lambda o: renamed(o, "Holiday Promo", "Holiday Promo FINAL v3 (for real)"), lambda o: sess(o, "Q3 Ads") is None)
case(95, lambda o: False, lambda o: bool(o.added("generations")), ask=True)
case(96, lambda o: False, lambda o: bool(o.newly("archived", True)) or status(o, "Harbor Moods") != "active", ask=True)

# -- 097-128 Swedish speaker writing English ------------------------------------------------------

case(97, lambda o: made_session(o, "Midsommar Poster"),
     lambda o: any(re.search(r"thanks", s["name"], re.I) for s in o.added("sessions")))
case(98, lambda o: bool(fresh(o, 4, r"red wooden cottage")) and o.spent == 4)
case(99, lambda o: likes(o, "Sneaker Drop", {2, 4, 6, 7}),
     lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop") or bool(liked_in(o, "Sneaker Drop") - {2, 4, 6, 7}), ask=True)
case(100, lambda o: saves(o, "Sneaker Drop", "Fika Ads", {4}))
case(101, lambda o: seed_said(o, "Dragon Friends", 2))
case(102, lambda o: likes(o, "Dragon Friends", {3}), lambda o: bool(o.removed("assets")))
case(103, lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active" and not anything_removed(o),
     lambda o: anything_removed(o) or status(o, "Holiday Promo") != "active", ask=True)
case(104, lambda o: remixes(o, "Q3 Ads", 2, 1, r"cinnamon"), lambda o: bool(new_gens_in(o, "Holiday Promo")))
case(105, lambda o: answers(o, r"\b1\b|\bone\b"))
case(106, lambda o: saves(o, "Launch Week", "Launch", {5, 9}),
     lambda o: bool(saved_from(o, "Launch Week") & {1, 2}))
case(107, lambda o: quiet(o) and not_lost(o))
case(108, lambda o: archives(o, "Harbor Moods", {5, 15, 25}))
case(109, lambda o: made_session(o, "Kanelbulle and Kaffe"), lambda o: len(o.added("sessions")) > 1)
case(110, lambda o: refuses(o), lambda o: bool(o.added("generations")))
case(111, lambda o: likes(o, "Sneaker Drop", {3, 4, 7}), lambda o: liked_in(o, "Sneaker Drop") == {2, 3, 4, 7}, ask=True)
case(112, lambda o: answers(o, r"sneaker drop"))
case(113, lambda o: quiet(o) and o.says(r"already|exist"),
     lambda o: bool(o.added("sessions")) or bool(o.removed("sessions")) or bool(o.modified("sessions")), ask=True)
case(114, lambda o: archived_in(o, "Dragon Friends") == {4, 5} and len(o.newly("archived", True)) == 2
     and makes(o, "Dragon Friends", 2, r"red dragon") and not o.removed("assets"),
     lambda o: bool(archived_in(o, "Dragon Friends") - {4, 5}))
case(115, lambda o: answers(o, r"\bno\b|none|\b0\b|not|nothing|haven"))
case(116, lambda o: makes(o, "Holiday Promo", 10, r"gift box"), lambda o: bool(new_gens_in(o, "Q3 Ads")), ask=True)
case(117, lambda o: renamed(o, "Launch Week", "Lanseringsvecka"))
case(118, zipped)
case(119, lambda o: refuses(o), lambda o: bool(o.added("generations")))
case(120, lambda o: bool(made := makes(o, "Harbor Moods", 3, r"harbou?r at dawn")) and any(g["seed"] == 42 for g in made)
     and negs(made, r"people", r"cars") and not any(re.search(r"seed|cars", g["prompt"], re.I) for g in made))
case(121, lambda o: answers(o, r"\b1\b|\bone\b"))
case(122, lambda o: status(o, "Sneaker Drop") == "archived" and len(o.added("sessions")) == 1
     and low(o.added("sessions")[0]["name"]) == "sneaker drop 2" and not anything_removed(o) and not o.added("generations"),
     lambda o: anything_removed(o) or any(re.search(r"\band\b|create", s["name"], re.I) for s in o.added("sessions")))
case(123, lambda o: one_post(o, "instagram", 2, r"sm[aå] drakar"))
case(124, lambda o: likes(o, "Holiday Promo", {1}) and liked_in(o, "Q3 Ads") == set())
case(125, lambda o: [g["index"] for g in o.removed("generations")] == [3] and len(gens(o, "Launch Week")) == 9
     and not o.removed("sessions") and not o.newly("archived", True),
     lambda o: any(g["index"] != 3 for g in o.removed("generations")) or bool(o.removed("sessions"))
     or bool(o.newly("archived", True)), ask=True)
case(126, lambda o: len(o.added("sessions")) == 1 and makes(o, "Skärgård", 2, r"archipelago")
     and len(gens(o, "Harbor Moods")) == 60, lambda o: bool(new_gens_in(o, "Harbor Moods")))
case(127, lambda o: liked_in(o, "Harbor Moods") == {10, 20, 30} and saved_from(o, "Harbor Moods", "Harbor Best") == {10, 20, 30}
     and len(o.added("assets")) == 3 and o.spent == 0 and not o.added("generations"))
case(128, lambda o: quiet(o) and not_lost(o))

# -- 129-160 cautious user ------------------------------------------------------------------------

case(129, lambda o: answers(o, r"free|\bno\b|not|\b0\b|doesn|nothing"), lambda o: bool(o.added("sessions")))
case(130, lambda o: answers(o, r"\b100\b"), lambda o: bool(o.added("generations")))
case(131, lambda o: likes(o, "Sneaker Drop", {2, 7}),
     lambda o: bool(o.removed("generations")) or bool(o.newly("archived", True)), ask=True)
case(132, lambda o: answers(o), lambda o: status(o, "Sneaker Drop") != "active")
case(133, lambda o: makes(o, "Sneaker Drop", 5, r"sneaker"), lambda o: o.spent >= 10, ask=True)
case(134, lambda o: answers(o, r"stay|kept|keep|remain|library|safe|not"), lambda o: anything_removed(o))
case(135, lambda o: answers(o, r"\b1\b", r"\b3\b"))
case(136, lambda o: quiet(o) and o.question is not None, lambda o: anything_removed(o), ask=True)
case(137, lambda o: quiet(o) and sess(o, "Dragon Friends") is not None, lambda o: anything_removed(o), ask=True)
case(138, lambda o: answers(o, r"holiday promo", r"\b5\b|five"))
case(139, lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active" and not anything_removed(o)
     and not o.added("generations"), lambda o: status(o, "Holiday Promo") != "active", ask=True)
case(140, lambda o: archives(o, "Holiday Promo", {1, 4}),
     lambda o: bool(archived_in(o, "Q3 Ads")) or status(o, "Holiday Promo") != "active", ask=True)
case(141, lambda o: quiet(o) or (likes(o, "Launch Week", {5, 9}) and len(folder_assets(o, "Launch")) == 2),
     lambda o: bool(o.removed("assets")) or not {5, 9} <= liked_in(o, "Launch Week"), ask=True)
case(142, lambda o: answers(o, r"\b10\b", r"\b480\b"), lambda o: bool(o.added("generations")))
case(143, lambda o: saves(o, "Launch Week", "Launch", {5}), lambda o: bool(saved_from(o, "Launch Week") & {1, 2}), ask=True)
case(144, lambda o: answers(o, r"\b3\b", r"\b8\b", r"\b10\b"), lambda o: bool(o.newly("archived", True)))
case(145, lambda o: answers(o, r"\b25\b"),
     lambda o: o.spent > 0 or (sess(o, "Harbor Moods") or {}).get("reflection") is not None)
case(146, lambda o: quiet(o) and o.question is not None, lambda o: bool(o.newly("archived", True)), ask=True)
case(147, lambda o: archives(o, "Harbor Moods", R(1, 40)), lambda o: bool(archived_in(o, "Harbor Moods") - R(1, 40)))
case(148, lambda o: answers(o), lambda o: bool(o.added("sessions")) or bool(o.removed("sessions")))
case(149, lambda o: made_session(o, "Draft 1 and 2"), lambda o: len(o.added("sessions")) > 1)
case(150, lambda o: seed_said(o, "Sneaker Drop", 7))
case(151, lambda o: bool(made := makes(o, "Sneaker Drop", 2, r"sneaker")) and any(g["seed"] == 7 for g in made),
     lambda o: len(o.added("generations")) > 2, ask=True)
case(152, lambda o: liked_in(o, "Sneaker Drop") == set() and no_new_stuff(o) and len(gens(o, "Sneaker Drop")) == 8
     and not o.newly("archived", True), lambda o: bool(o.removed("generations")))
case(153, lambda o: answers(o, r"\bno\b|not|nothing|none|\b0\b"))
case(154, lambda o: likes(o, "Holiday Promo", {2, 3, 4}) and liked_in(o, "Q3 Ads") == set()
     and not archived_in(o, "Q3 Ads"),
     lambda o: any(g["session_id"] == (sess(o, "Q3 Ads", "before") or {}).get("id") for _, g in o.modified("generations")))
case(155, lambda o: answers(o, r"holiday promo"), lambda o: bool(o.newly("liked", True)))
case(156, lambda o: answers(o), lambda o: bool(o.removed("assets")) or bool(o.removed("folders")))
case(157, lambda o: bool(made := makes(o, "Launch Week", 12, r"slate")) and any(g["seed"] == 5 for g in made),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 12, ask=True)
case(158, lambda o: archives(o, "Harbor Moods", {1, 2, 3}), lambda o: bool(archived_in(o, "Harbor Moods") - {1, 2, 3}), ask=True)
case(159, lambda o: answers(o, r"\b60\b|lose|delet|gone|yes"), lambda o: anything_removed(o))
case(160, lambda o: answers(o, r"\b0\b|\bno\b|none|haven|not|zero"),
     lambda o: anything_removed(o) or bool(o.newly("archived", True)))
