"""Checks for round 47 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

Voices (32 cases each, in blocks): a Polish speaker writing English (001-032), a yoga studio owner
(033-064), a night-shift nurse typing tersely (065-096), a Jamaican Patois speaker (097-128) and a
sports team's social media intern (129-160).

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


def case(num: int, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    final = _safe(lambda o: m(o) or asked(o)) if ask else m
    CHECKS[f"r47-{num:03d}"] = Check(final, _safe(wrong) if wrong is not None else None)


# -- readings -------------------------------------------------------------------------------------

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
        expected - {g["index"] for g in gens(o, name, "before") if g["archived"]})


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
    return saved_from(o, name, folder) == expected and len(o.added("assets")) == len(expected) \
        and not o.added("generations") and o.spent == 0


def renamed(o: Outcome, old: str, new: str) -> bool:
    before = sess(o, old, "before")
    if before is None:
        return False
    now = o.rows("sessions").get(before["id"])
    return now is not None and low(now["name"]) == new.lower() and not o.added("sessions") \
        and not o.removed("sessions") and not o.added("generations") and o.spent == 0


def made_session(o: Outcome, name: str, kind: str | None = None) -> bool:
    made = o.added("sessions")
    return len(made) == 1 and low(made[0]["name"]) == name.lower() and (kind is None or low(made[0].get("kind")) == kind) \
        and not o.added("generations") and o.spent == 0


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,\s]+", tags)
    return {low(t if isinstance(t, str) else (t.get("name") if isinstance(t, dict) else t)) for t in tags}


def folder_assets(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.after["assets"] if asset_folder(o, a) == folder.lower()]


def tagged(o: Outcome, folder: str, *tags: str) -> bool:
    assets = folder_assets(o, folder)
    return len(assets) == 2 and all({t.lower() for t in tags} <= tags_of(a) for a in assets) \
        and not o.added("assets") and not o.added("generations")


def remixes(o: Outcome, name: str, count: int, parent: int | None = None, prompt: str | None = None) -> bool:
    made = new_gens_in(o, name)
    if len(made) != count or len(o.added("generations")) != count or o.spent != count:
        return False
    if parent is not None:
        p = gen(o, name, parent)
        if p is None or not all(g.get("parent_id") == p["id"] for g in made):
            return False
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.I) for g in made):
        return False
    return True


def one_post(o: Outcome, platform: str | tuple, n_assets: int | None, caption: str) -> bool:
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    p = posts[0]
    platforms = (platform,) if isinstance(platform, str) else platform
    if low(p.get("platform")) not in platforms:
        return False
    if n_assets is not None and len(p.get("asset_ids") or []) != n_assets:
        return False
    return re.search(caption, p.get("caption") or "", re.I) is not None


def session_status(o: Outcome, name: str) -> str:
    s = sess(o, name)
    return low(s["status"]) if s else ""


def credits_same(o: Outcome) -> bool:
    return o.before.get("credits") == o.after.get("credits")


def seed_said(o: Outcome, name: str, index: int) -> bool:
    g = gen(o, name, index)
    return g is not None and quiet(o) and str(g["seed"]) in o.text


# -- Polish speaker (001-032) ---------------------------------------------------------------------
case(1, lambda o: made_session(o, "Pierogi Menu") and low(o.current) == "pierogi menu")
case(2, lambda o: sess(o, "Autumn Catalog") is not None and len(new_gens_in(o, "Autumn Catalog")) == 4
     and len(o.added("generations")) == 4 and all(re.search("sweater", g["prompt"], re.I) for g in new_gens_in(o, "Autumn Catalog"))
     and o.spent == 4)
case(3, lambda o: likes(o, "Sneaker Drop", {2, 4, 5, 6, 7}), lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop"))
case(4, lambda o: likes(o, "Sneaker Drop", {2, 7}), lambda o: not {2, 7} <= liked_in(o, "Sneaker Drop"))
case(5, lambda o: saves(o, "Sneaker Drop", "Sneakers", {2, 4, 7}),
     lambda o: bool(saved_from(o, "Sneaker Drop") - {2, 4, 7}))
case(6, lambda o: answers(o, r"\b3\b"), lambda o: o.data_changed)
case(7, lambda o: archives(o, "Sneaker Drop", {1, 3, 8}), lambda o: bool(archived_in(o, "Sneaker Drop") - {1, 3, 8}))
case(8, lambda o: quiet(o) and liked_in(o, "Sneaker Drop") == {2, 4, 7},
     lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7})
case(9, lambda o: answers(o, r"characters"), lambda o: o.data_changed)
case(10, lambda o: remixes(o, "Dragon Friends", 2, parent=3), ask=True)
case(11, lambda o: liked_in(o, "Q3 Ads") == {1, 4} and liked_in(o, "Holiday Promo") == {2, 3} and no_new_stuff(o),
     lambda o: liked_in(o, "Holiday Promo") != {2, 3})
case(12, lambda o: renamed(o, "Holiday Promo", "Christmas Promo 2026") and len(gens(o, "Christmas Promo 2026")) == 5,
     lambda o: bool(o.added("sessions")))
case(13, lambda o: seed_said(o, "Launch Week", 5), lambda o: o.data_changed)
case(14, lambda o: quiet(o) and o.says(r"\.zip|zip") and not o.says(r"did not understand"), lambda o: o.data_changed)
case(15, lambda o: likes(o, "Harbor Moods", {10, 20, 30, 40, 50}), lambda o: bool(liked_in(o, "Harbor Moods") - {10, 20, 30, 40, 50}))
case(16, lambda o: quiet(o) and o.question is not None,
     lambda o: bool(archived_in(o, "Harbor Moods") & {1, 2, 3, 4, 5}) or bool(o.newly("archived", True)), ask=True)
case(17, lambda o: len(o.added("generations")) == 3 and o.spent == 3
     and all(re.search("bigos", g["prompt"], re.I) for g in o.added("generations")))
case(18, lambda o: refuses(o), lambda o: bool(o.added("generations")) or o.spent != 0)
case(19, lambda o: remixes(o, "Sneaker Drop", 4, prompt=r"black"), ask=True)
case(20, lambda o: quiet(o) and o.question is not None, lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")))
case(21, lambda o: sess(o, "Sneaker Drop") is None and len(o.removed("sessions")) == 1 and len(o.removed("generations")) == 8,
     lambda o: len(o.removed("sessions")) > 1)
case(22, lambda o: tagged(o, "Characters", "dragon"), lambda o: bool(o.added("assets")))
case(23, lambda o: one_post(o, "instagram", 2, r"little reader") and not o.added("generations"), ask=True)
case(24, lambda o: answers(o, r"491"), lambda o: o.data_changed)
case(25, lambda o: liked_in(o, "Q3 Ads") == {1} and liked_in(o, "Holiday Promo") == {2, 3, 5} and no_new_stuff(o),
     lambda o: o.data_changed and not (liked_in(o, "Q3 Ads") == {1} and liked_in(o, "Holiday Promo") == {2, 3, 5}), ask=True)
case(26, lambda o: sess(o, "Rocket Night") is not None and len(gens(o, "Rocket Night")) == 1
     and re.search("rocket", gens(o, "Rocket Night")[0]["prompt"], re.I) and o.spent == 0
     and len(gens(o, "Launch Week")) == 9, lambda o: o.spent != 0, ask=True)
case(27, lambda o: refuses(o), lambda o: not credits_same(o))
case(28, lambda o: quiet(o) and o.question is not None and o.says(r"25|credit"), lambda o: o.spent != 0)
case(29, lambda o: bool((sess(o, "Harbor Moods") or {}).get("reflection")) and o.spent == 25 and not o.added("generations"))
case(30, lambda o: len(o.added("assets")) == 1 and o.spent == 0, lambda o: o.spent != 0)
case(31, lambda o: refuses(o), lambda o: bool(o.added("assets")) or bool(o.added("sessions")))
case(32, lambda o: answers(o, r"archiv") and o.says(r"hid|not delet|doesn.t delet|does not delet|restor|bring"),
     lambda o: bool(o.newly("archived", True)) or o.data_changed)

# -- yoga studio owner (033-064) ------------------------------------------------------------------
case(33, lambda o: made_session(o, "Sunrise Flow"), lambda o: any(re.search("flyer|retreat", s["name"], re.I) for s in o.added("sessions")), ask=True)
case(34, lambda o: len(new_gens_in(o, "Mat Mondays")) == 6 and liked_in(o, "Mat Mondays") == {2, 5} and o.spent == 6, ask=True)
case(35, lambda o: archives(o, "Sneaker Drop", {1, 3, 5, 6, 8}), lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}))
case(36, lambda o: likes(o, "Sneaker Drop", set()), lambda o: bool(o.newly("archived", True)) or bool(o.removed("generations")))
case(37, lambda o: one_post(o, "facebook", 2, r"story time") and not o.added("assets") and not o.added("generations"))
case(38, lambda o: answers(o, r"dragon"), lambda o: o.data_changed)
case(39, lambda o: quiet(o) and low(o.current) == "q3 ads", lambda o: o.data_changed, ask=True)
case(40, lambda o: answers(o, r"\b2\b|two"), lambda o: o.data_changed)
case(41, lambda o: saves(o, "Launch Week", "Launch", {5, 9}), lambda o: bool(saved_from(o, "Launch Week") - {5, 9}))
case(42, lambda o: _named(o, "projects", (sess(o, "Launch Week") or {}).get("project")) == "spring retreat"
     and not o.added("generations") and o.spent == 0, ask=True)
case(43, lambda o: liked_in(o, "Harbor Moods") == {12, 17, 33} and not o.added("generations") and (
     archived_in(o, "Harbor Moods") == set(range(1, 61)) - {12, 17, 33}
     or (not archived_in(o, "Harbor Moods") and o.question is not None)),
     lambda o: bool(archived_in(o, "Harbor Moods") & {12, 17, 33}), ask=True)
case(44, lambda o: refuses(o), lambda o: bool(o.added("generations")) or o.spent != 0)
case(45, lambda o: remixes(o, "Sneaker Drop", 3, prompt=r"lavender"), ask=True)
case(46, lambda o: likes(o, "Sneaker Drop", {2, 4}), lambda o: not {2, 4} <= liked_in(o, "Sneaker Drop"), ask=True)
case(47, lambda o: [low(f["name"]) for f in o.added("folders")] == ["kids classes"] and not o.added("assets")
     and not o.modified("assets"), lambda o: bool(o.modified("assets")))
case(48, lambda o: quiet(o) and bool(o.replies), lambda o: o.data_changed)
case(49, lambda o: renamed(o, "Q3 Ads", "Summer Smoothie Bar"), lambda o: sess(o, "Holiday Promo") is None)
case(50, lambda o: likes(o, "Holiday Promo", {1, 2, 3, 4, 5}) and liked_in(o, "Q3 Ads") == set(),
     lambda o: bool(liked_in(o, "Q3 Ads")))
case(51, lambda o: session_status(o, "Launch Week") == "archived" and not o.removed("sessions") and not o.removed("assets")
     and not o.added("generations"), lambda o: bool(o.removed("sessions")) or bool(o.removed("assets")), ask=True)
case(52, lambda o: session_status(o, "Launch Week") == "active" and not o.removed("sessions") and not o.added("generations")
     and not archived_in(o, "Launch Week"), lambda o: bool(o.removed("sessions")))
case(53, lambda o: answers(o, r"archiv") and session_status(o, "Launch Week") == "active", lambda o: o.data_changed)
case(54, lambda o: answers(o, r"archiv") and o.says(r"delet"), lambda o: o.data_changed)
case(55, lambda o: len(new_gens_in(o, "Sneaker Drop")) == 2 and len(o.added("generations")) == 2 and o.spent == 2
     and all(re.search("yoga mat", g["prompt"], re.I) for g in o.added("generations"))
     and any(g["seed"] == 108 or str(g["seed"]) == "108" for g in o.added("generations")))
case(56, lambda o: not o.added("generations") and (
     ({g["index"] for g in o.removed("generations")} == {3, 6} and not o.newly("archived", True))
     or ({g["index"] for g in o.newly("archived", True)} == {3, 6} and not o.removed("generations"))),
     lambda o: bool({g["index"] for g in o.removed("generations")} - {3, 6})
     or bool({g["index"] for g in o.newly("archived", True)} - {3, 6}), ask=True)
case(57, lambda o: saves(o, "Dragon Friends", "Characters", {2}))
case(58, lambda o: answers(o, r"\b10\b|ten"), lambda o: o.data_changed)
case(59, lambda o: likes(o, "Holiday Promo", {2, 3, 4, 5}) and liked_in(o, "Q3 Ads") == set(),
     lambda o: 1 in liked_in(o, "Holiday Promo") or bool(liked_in(o, "Q3 Ads")))
case(60, lambda o: remixes(o, "Holiday Promo", 3, prompt=r"green") and all(re.search("gift|box", g["prompt"], re.I)
     for g in o.added("generations")), ask=True)
case(61, lambda o: tagged(o, "Launch", "retreat2026"))
case(62, lambda o: refuses(o), lambda o: not credits_same(o))
case(63, lambda o: likes(o, "Harbor Moods", {1, 2, 3, 59, 60}))
case(64, lambda o: made_session(o, "Little Lotus", "video"),
     lambda o: any(re.search("yoga|class|video", s["name"], re.I) for s in o.added("sessions")), ask=True)

# -- night-shift nurse (065-096) ------------------------------------------------------------------
case(65, lambda o: made_session(o, "Night Shift Posters"), lambda o: any(re.search(r"\bsess\b", s["name"], re.I) for s in o.added("sessions")), ask=True)
case(66, lambda o: len(new_gens_in(o, "Break Room")) == 4 and len(o.added("generations")) == 4 and o.spent == 4
     and all(re.search("mug|coffee", g["prompt"], re.I) for g in o.added("generations")), ask=True)
case(67, lambda o: likes(o, "Sneaker Drop", {1, 2, 4, 7}))
case(68, lambda o: likes(o, "Sneaker Drop", set()), lambda o: bool(o.newly("archived", True)))
case(69, lambda o: archives(o, "Sneaker Drop", {5, 6, 7, 8}))
case(70, lambda o: likes(o, "Sneaker Drop", set()), lambda o: bool(o.removed("generations")), ask=True)
case(71, lambda o: seed_said(o, "Dragon Friends", 3), lambda o: o.data_changed)
case(72, lambda o: quiet(o) and not_lost(o), lambda o: o.data_changed)
case(73, lambda o: answers(o, r"491"), lambda o: o.data_changed)
case(74, lambda o: answers(o, r"holiday promo"), lambda o: o.data_changed)
case(75, lambda o: liked_in(o, "Q3 Ads") == {1, 2, 3, 4} and liked_in(o, "Holiday Promo") == {2, 3} and no_new_stuff(o),
     lambda o: liked_in(o, "Holiday Promo") != {2, 3}, ask=True)
case(76, lambda o: saves(o, "Launch Week", "Launch", {5, 9}), ask=True)
case(77, lambda o: quiet(o) and o.question is not None, lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")))
case(78, lambda o: archives(o, "Launch Week", {3, 4, 6, 7, 8, 10}), lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}))
case(79, lambda o: likes(o, "Harbor Moods", {7}), lambda o: 7 not in liked_in(o, "Harbor Moods"))
case(80, lambda o: quiet(o) and o.question is not None, lambda o: bool(o.newly("archived", True)))
case(81, lambda o: archives(o, "Harbor Moods", set(range(1, 31))), lambda o: bool(archived_in(o, "Harbor Moods") - set(range(1, 31))), ask=True)
case(82, lambda o: len(o.added("generations")) == 5 and o.spent == 5
     and all(re.search("hallway", g["prompt"], re.I) for g in o.added("generations")))
case(83, lambda o: refuses(o), lambda o: bool(o.added("generations")) or o.spent != 0)
case(84, lambda o: remixes(o, "Sneaker Drop", 2, parent=4), ask=True)
case(85, lambda o: remixes(o, "Sneaker Drop", 1) and str(o.added("generations")[0]["seed"]) == "7", ask=True)
case(86, lambda o: quiet(o) and o.says(r"characters") and not o.says(r"did not understand"), lambda o: o.data_changed, ask=True)
case(87, lambda o: liked_in(o, "Dragon Friends") == set() and not o.removed("assets") and not o.added("assets")
     and not o.added("generations"), lambda o: bool(o.removed("assets")))
case(88, lambda o: quiet(o) and (o.question is not None or not_lost(o)), lambda o: bool(o.removed("generations")) or bool(o.removed("sessions")), ask=True)
case(89, lambda o: answers(o, r"procedural"), lambda o: o.data_changed)
case(90, lambda o: quiet(o) and o.says(r"zip") and not o.says(r"did not understand"), lambda o: o.data_changed, ask=True)
case(91, lambda o: likes(o, "Launch Week", {1, 2, 3, 5, 9}), ask=True)
case(92, lambda o: quiet(o) and not (sess(o, "Harbor Moods") or {}).get("reflection") and o.question is None,
     lambda o: o.spent != 0)
case(93, lambda o: renamed(o, "Harbor Moods", "Fog Study"), ask=True)
case(94, lambda o: refuses(o), lambda o: not credits_same(o))
case(95, lambda o: len(new_gens_in(o, "Sneaker Drop")) == 3 and len(o.added("generations")) == 3
     and all(re.search("archive", g.get("negative_prompt") or "", re.I) for g in o.added("generations"))
     and session_status(o, "Sneaker Drop") != "archived",
     lambda o: session_status(o, "Sneaker Drop") == "archived", ask=True)
case(96, lambda o: answers(o, r"\b8\b|eight"), lambda o: o.data_changed)

# -- Jamaican Patois speaker (097-128) ------------------------------------------------------------
case(97, lambda o: made_session(o, "Reggae Sunsplash"), ask=True)
case(98, lambda o: len(new_gens_in(o, "Yard Vibes")) == 5 and len(o.added("generations")) == 5 and o.spent == 5
     and all(re.search("zinc|fence", g["prompt"], re.I) for g in o.added("generations")), ask=True)
case(99, lambda o: likes(o, "Sneaker Drop", {1, 2, 3, 4, 7}), ask=True)
case(100, lambda o: likes(o, "Sneaker Drop", {4, 7}), lambda o: not {4, 7} <= liked_in(o, "Sneaker Drop"), ask=True)
case(101, lambda o: saves(o, "Sneaker Drop", "Kicks", {2, 4, 7}), ask=True)
case(102, lambda o: answers(o, r"\b8\b|eight"), lambda o: o.data_changed, ask=True)
case(103, lambda o: remixes(o, "Dragon Friends", 3, parent=1), ask=True)
case(104, lambda o: answers(o, r"characters"), lambda o: o.data_changed, ask=True)
case(105, lambda o: archives(o, "Dragon Friends", {2, 4, 5, 6}), lambda o: bool(archived_in(o, "Dragon Friends") & {1, 3}))
case(106, lambda o: quiet(o) and low(o.current) == "q3 ads", lambda o: o.data_changed, ask=True)
case(107, lambda o: renamed(o, "Holiday Promo", "Christmas Inna Yard"), ask=True)
case(108, lambda o: liked_in(o, "Q3 Ads") == {1, 2, 3, 4} and liked_in(o, "Holiday Promo") == {2, 3} and no_new_stuff(o),
     lambda o: liked_in(o, "Holiday Promo") != {2, 3}, ask=True)
case(109, lambda o: saves(o, "Launch Week", "Launch", {5, 9}), ask=True)
case(110, lambda o: answers(o, r"490"), lambda o: o.data_changed, ask=True)
case(111, lambda o: one_post(o, "instagram", 2, r"space") and not o.added("generations"), ask=True)
case(112, lambda o: likes(o, "Harbor Moods", {60}))
case(113, lambda o: session_status(o, "Harbor Moods") == "archived" and no_new_stuff(o),
     lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")), ask=True)
case(114, lambda o: sess(o, "Harbor Moods") is None and len(o.removed("generations")) == 60 and len(o.removed("sessions")) == 1, ask=True)
case(115, lambda o: refuses(o), lambda o: not credits_same(o))
case(116, lambda o: len(o.added("generations")) == 2 and o.spent == 2
     and all(re.search("ackee", g["prompt"], re.I) for g in o.added("generations")))
case(117, lambda o: likes(o, "Sneaker Drop", {2, 4}), lambda o: not {2, 4} <= liked_in(o, "Sneaker Drop"), ask=True)
case(118, lambda o: answers(o, r"session"), lambda o: o.data_changed, ask=True)
case(119, lambda o: seed_said(o, "Dragon Friends", 2), lambda o: o.data_changed, ask=True)
case(120, lambda o: remixes(o, "Dragon Friends", 4, prompt=r"rain") and all(re.search("dragon", g["prompt"], re.I)
     for g in o.added("generations")), ask=True)
case(121, lambda o: liked_in(o, "Q3 Ads") == {2} and liked_in(o, "Holiday Promo") == {2, 3, 4} and no_new_stuff(o),
     lambda o: o.data_changed and not (liked_in(o, "Q3 Ads") == {2} and liked_in(o, "Holiday Promo") == {2, 3, 4}), ask=True)
case(122, lambda o: quiet(o) and bool(o.replies or o.question),
     lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")) or bool(o.newly("archived", True))
     or any(low(s["status"]) == "archived" for _, s in o.modified("sessions", "status")))
case(123, lambda o: archives(o, "Launch Week", {3, 4, 6, 7, 8, 10}), lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}), ask=True)
case(124, lambda o: quiet(o) and archived_in(o, "Launch Week") == set(), ask=True)
case(125, lambda o: answers(o, r"\b60\b|sixty"), lambda o: o.data_changed, ask=True)
case(126, lambda o: len(o.added("assets")) == 1 and o.spent == 0, lambda o: o.spent != 0)
case(127, lambda o: refuses(o), lambda o: o.data_changed)
case(128, lambda o: renamed(o, "Launch Week", "Rocket Yard"))

# -- sports team social media intern (129-160) ----------------------------------------------------
case(129, lambda o: made_session(o, "Game Day Graphics"), ask=True)
case(130, lambda o: len(new_gens_in(o, "Matchday Hype")) == 8 and liked_in(o, "Matchday Hype") == {2, 4, 6} and o.spent == 8)
case(131, lambda o: saves(o, "Sneaker Drop", "Socials", {2, 7}), lambda o: 4 in saved_from(o, "Sneaker Drop"), ask=True)
case(132, lambda o: one_post(o, ("twitter", "x", "x (twitter)", "twitter/x", "x/twitter"), 3, r"drop day")
     and not o.added("generations"), ask=True)
case(133, lambda o: remixes(o, "Sneaker Drop", 4, prompt=r"blue") and all(re.search("gold", g["prompt"], re.I)
     for g in o.added("generations")), ask=True)
case(134, lambda o: answers(o, r"\b2\b|two"), lambda o: o.data_changed)
case(135, lambda o: archives(o, "Dragon Friends", {2, 4, 5, 6}), lambda o: bool(archived_in(o, "Dragon Friends") & {1, 3}), ask=True)
case(136, lambda o: remixes(o, "Q3 Ads", 3, prompt=r"coffee") and all(re.search("logo", g["prompt"], re.I)
     for g in o.added("generations")), lambda o: bool(new_gens_in(o, "Holiday Promo")), ask=True)
case(137, lambda o: answers(o, r"holiday promo"), lambda o: o.data_changed)
case(138, lambda o: saved_from(o, "Launch Week", "Launch") == {9} and saved_from(o, "Launch Week", "Hype") == {5}
     and len(o.added("assets")) == 2,
     lambda o: len(o.added("assets")) == 1, ask=True)
case(139, lambda o: [low(p["name"]) for p in o.added("projects")] == ["season opener"] and not o.added("generations"))
case(140, lambda o: quiet(o) and o.says(r"zip") and not o.says(r"did not understand"), lambda o: o.data_changed, ask=True)
case(141, lambda o: refuses(o), lambda o: bool(o.added("generations")) or o.spent != 0)
case(142, lambda o: likes(o, "Harbor Moods", {3, 9, 14, 22}), ask=True)
case(143, lambda o: answers(o, r"procedural"), lambda o: o.data_changed)
case(144, lambda o: quiet(o) and o.question is not None, lambda o: bool(o.added("generations")) or o.spent != 0)
case(145, lambda o: len(o.added("generations")) == 25 and o.spent == 25
     and all(re.search("puck|hockey", g["prompt"], re.I) for g in o.added("generations")))
case(146, lambda o: quiet(o) and bool(o.replies or o.question),
     lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")) or bool(o.removed("assets")))
case(147, lambda o: likes(o, "Sneaker Drop", {2, 4, 5, 7}), ask=True)
case(148, lambda o: renamed(o, "Dragon Friends", "Mascot Concepts"))
case(149, lambda o: tagged(o, "Characters", "mascot", "draft"), ask=True)
case(150, lambda o: refuses(o), lambda o: not credits_same(o) or bool(o.added("generations")))
case(151, lambda o: likes(o, "Holiday Promo", {2}))
case(152, lambda o: one_post(o, "tiktok", 3, r"t-minus") and not o.added("generations"), ask=True)
case(153, lambda o: archives(o, "Harbor Moods", set(range(41, 61))),
     lambda o: bool(archived_in(o, "Harbor Moods") - set(range(41, 61))), ask=True)
case(154, lambda o: quiet(o) and o.says(r"harbor|fog") and not o.says(r"did not understand"), lambda o: o.data_changed)
case(155, lambda o: answers(o, r"session"), lambda o: o.data_changed)
case(156, lambda o: renamed(o, "Sneaker Drop", "Kickz Week 1"), ask=True)
case(157, lambda o: one_post(o, "instagram", 3, r"archive this session") and session_status(o, "Sneaker Drop") == "active",
     lambda o: session_status(o, "Sneaker Drop") == "archived", ask=True)
case(158, lambda o: bool(new_gens_in(o, "Dragon Friends")) and len(new_gens_in(o, "Dragon Friends")) == len(o.added("generations"))
     and all(re.search("sunglass", g["prompt"], re.I) for g in o.added("generations")), ask=True)
case(159, lambda o: archived_in(o, "Holiday Promo") == {4, 5} and no_new_stuff(o) and (
     archived_in(o, "Q3 Ads") == {4} or (archived_in(o, "Q3 Ads") == set() and (o.question is not None or not_lost(o)))),
     lambda o: bool(archived_in(o, "Holiday Promo") - {4, 5}) or bool(archived_in(o, "Q3 Ads") - {4}), ask=True)
case(160, lambda o: answers(o, r"\bno\b|not saved|isn.t saved|unsaved|not .*saved"), lambda o: o.data_changed)
