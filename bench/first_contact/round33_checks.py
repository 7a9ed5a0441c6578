"""Checks for round 33 of first-contact requests (written only from each case's meant / wrong_if / ok_to_ask).

The cases live in ``round33.yaml`` next to this file: 160 requests in five voices, 32 each —
a real-estate agent (r33-001…032), a tabletop RPG game master (033…064), a terse ops engineer
scripting it in CI (065…096), a retired schoolteacher new to AI tools (097…128) and an Etsy seller
typing fast in lowercase (129…160).

Setups (each a list of lines run first, every confirmation answered yes; credits start at 500,
one credit per default image):

- A: empty home.
- B: session Sneaker Drop, 8 sneaker images, liked {2, 4, 7}; 492 credits; current Sneaker Drop.
- C: session Dragon Friends, 6 dragon images, liked {1, 3}, saved as two assets in folder
  Characters; 494 credits.
- D: Q3 Ads (4 iced-coffee images, none liked) and Holiday Promo (5 gift-box images, liked
  {2, 3}, current); 491 credits.
- E: session Launch Week, 10 rocket images, liked {1, 2, 5, 9}; 1 and 2 saved to folder Launch;
  490 credits.
- F: session Harbor Moods, 60 foggy-harbor images; 440 credits.

Conventions:

- Checks read only the state before/after the ``say`` lines (the ``atelier state --json`` shape)
  and loose, case-insensitive patterns in the reply text — never tool names.
- Names of sessions, folders, projects, tags and platforms compare without regard to case (and
  with curly apostrophes treated as straight ones). A folder / project field holding an id is
  resolved to its name.
- Every check function is wrapped so it never raises (an exception is a False).
- When a case's ok_to_ask is true, ``meant`` also accepts "nothing changed and a question is waiting
  or a specific refusal/question was replied" (``asked``).
- ``wrong`` names the case-specific wrong outcome from ``wrong_if``; the judge already scores any data
  change without ``meant`` as wrong.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}
_TABLES = ("sessions", "generations", "assets", "posts", "projects", "folders")


# -- plumbing --------------------------------------------------------------------------------------

def _safe(fn):
    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


def asked(o: Outcome) -> bool:
    """Nothing changed and a question waits, or a specific refusal / question was replied."""
    return quiet(o) and (o.question is not None or not_lost(o))


def case(number: int, meant, wrong=None, ask: bool = False) -> None:
    if ask:
        inner = meant
        meant = lambda o: inner(o) or asked(o)  # noqa: E731
    CHECKS[f"r33-{number:03d}"] = Check(_safe(meant), _safe(wrong) if wrong is not None else None)


# -- readings of the state -------------------------------------------------------------------------

def ci(value) -> str:
    return str(value or "").replace("\u2019", "'").replace("\u2018", "'").strip().casefold()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sessions_named(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in _state(o, when)["sessions"] if ci(s["name"]) == ci(name)]


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    found = sessions_named(o, name, when)
    return found[0] if found else None


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in sessions_named(o, name, when)}
    return [g for g in _state(o, when)["generations"] if g["session_id"] in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict | None:
    return next((g for g in gens(o, name, when) if g["index"] == index), None)


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def added_in(o: Outcome, name: str) -> list[dict]:
    ids = {s["id"] for s in sessions_named(o, name)}
    return [g for g in o.added("generations") if g["session_id"] in ids]


def made(o: Outcome, name: str, count: int, pattern: str | None = None) -> list[dict]:
    """The ``count`` generations added, all in session ``name`` (prompts matching ``pattern``)."""
    new = added_in(o, name)
    if len(new) != count or len(o.added("generations")) != count:
        return []
    if pattern and not all(re.search(pattern, g.get("prompt") or "", re.IGNORECASE) for g in new):
        return []
    return new


def prompts_without(rows: list[dict], pattern: str) -> bool:
    return bool(rows) and not any(re.search(pattern, g.get("prompt") or "", re.IGNORECASE) for g in rows)


def has_seed(rows: list[dict], seed: int) -> bool:
    return any(str(g.get("seed")) == str(seed) for g in rows)


def new_session(o: Outcome, name: str, current: bool = True) -> dict | None:
    made_now = [s for s in o.added("sessions") if ci(s["name"]) == ci(name)]
    if len(made_now) != 1 or len(o.added("sessions")) != 1:
        return None
    if current and ci(o.current) != ci(name):
        return None
    return made_now[0]


def _named(o: Outcome, table: str, value) -> str:
    if isinstance(value, dict):
        return ci(value.get("name"))
    for row in o.after.get(table, []) + o.before.get(table, []):
        if row.get("id") == value:
            return ci(row.get("name"))
    return ci(value)


def folder_of(o: Outcome, asset: dict) -> str:
    return _named(o, "folders", asset.get("folder"))


def project_of(o: Outcome, row: dict) -> str:
    return _named(o, "projects", row.get("project"))


def new_assets(o: Outcome, folder: str | None = None) -> list[dict]:
    return [a for a in o.added("assets") if folder is None or folder_of(o, a) == ci(folder)]


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in _state(o, when)["assets"] if folder_of(o, a) == ci(folder)]


def origin_indexes(o: Outcome, assets: list[dict], session: str) -> set[int]:
    index = {g["id"]: g["index"] for g in gens(o, session, "before") + gens(o, session)}
    return {index[a.get("origin_generation_id")] for a in assets if a.get("origin_generation_id") in index}


def saved_to(o: Outcome, session: str, folder: str, indexes: set[int]) -> bool:
    """Exactly these images of ``session`` were saved as new assets in ``folder``, and nothing else."""
    fresh = new_assets(o, folder)
    return len(fresh) == len(indexes) == len(o.added("assets")) \
        and origin_indexes(o, fresh, session) == indexes and not o.added("generations")


def tags_of(asset: dict) -> set[str]:
    out = set()
    for tag in asset.get("tags") or []:
        out.add(ci(tag.get("name") if isinstance(tag, dict) else tag))
    return out


def one_post(o: Outcome, platform: str, caption: str, count: int) -> dict | None:
    posts = o.added("posts")
    if len(posts) != 1:
        return None
    post = posts[0]
    if ci(post.get("platform")) != ci(platform):
        return None
    if not re.search(caption, ci(post.get("caption")), re.IGNORECASE):
        return None
    if len(post.get("asset_ids") or []) != count or o.added("generations"):
        return None
    return post


def removed_any(o: Outcome) -> bool:
    return any(o.removed(t) for t in _TABLES)


def archived_any(o: Outcome) -> bool:
    return bool(o.newly("archived", True)) or any(
        new.get("status") == "archived" for _, new in o.modified("sessions", "status"))


def destroyed(o: Outcome) -> bool:
    return removed_any(o) or archived_any(o)


def balance(o: Outcome) -> int:
    return (o.after.get("credits") or {}).get("balance")


def likes_changed(o: Outcome) -> bool:
    return bool(o.modified("generations", "liked"))


def reflection_of(o: Outcome, name: str) -> dict | None:
    s = sess(o, name)
    return s.get("reflection") if s else None


def only_flags(o: Outcome) -> bool:
    """No rows added or removed and no credits spent (changes are to flags / names only)."""
    return not any(o.added(t) or o.removed(t) for t in _TABLES) and o.spent == 0


def remixes_of(o: Outcome, session: str, index: int) -> list[dict]:
    parent = gen(o, session, index, "before") or gen(o, session, index)
    return [g for g in o.added("generations") if parent and g.get("parent_id") == parent["id"]]


CANT_UNDO = r"can.?t|cannot|can not|not be undone|irreversible|unable|no undo|isn.?t undoable|not undoable"


# == real-estate agent (001-032) ====================================================================

case(1, lambda o: new_session(o, "412 Maple Ave") and made(o, "412 Maple Ave", 4, r"bungalow") and o.spent == 4,
     wrong=lambda o: len(o.added("generations")) not in (0, 4) or
     len(added_in(o, "412 Maple Ave")) != len(o.added("generations")))

case(2, lambda o: new_session(o, "Oak Lane Open House") and made(o, "Oak Lane Open House", 3, r"living room")
     and liked_in(o, "Oak Lane Open House") == {2},
     wrong=lambda o: any(re.search(r"\bpls\b|please", s["name"], re.I) for s in o.added("sessions")))

case(3, lambda o: new_session(o, "88 Birch Ct") and made(o, "88 Birch Ct", 6, r"ranch")
     and liked_in(o, "88 Birch Ct") == {1, 4, 6} and saved_to(o, "88 Birch Ct", "MLS Photos", {1, 4, 6}),
     wrong=lambda o: bool(o.added("assets")) and
     (origin_indexes(o, o.added("assets"), "88 Birch Ct") - {1, 4, 6} or
      any(folder_of(o, a) != "mls photos" for a in o.added("assets"))))

case(4, lambda o: quiet(o) and ci(o.current) == "q3 ads" and o.says(r"\b4\b|\bfour\b")
     and not o.says(r"did not understand"),
     wrong=lambda o: bool(o.added("generations")) or likes_changed(o) or archived_any(o))

case(5, lambda o: saved_to(o, "Launch Week", "Launch", {5, 9}) and len(assets_in(o, "Launch")) == 4
     and len(o.after["folders"]) == len(o.before["folders"]),
     wrong=lambda o: bool(o.added("folders")) or
     bool(origin_indexes(o, o.added("assets"), "Launch Week") - {5, 9}))

case(6, lambda o: new_session(o, "Harbor View Condo") and has_seed(made(o, "Harbor View Condo", 2, r"kitchen"), 1234)
     and prompts_without(added_in(o, "Harbor View Condo"), r"seed"),
     wrong=lambda o: any(re.search(r"seed|1234", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(7, lambda o: new_session(o, "19 Elm St") and made(o, "19 Elm St", 4, r"bedroom")
     and all(re.search(r"clutter", g.get("negative_prompt") or "", re.I) for g in added_in(o, "19 Elm St"))
     and prompts_without(added_in(o, "19 Elm St"), r"clutter|negative"),
     wrong=lambda o: any(re.search(r"clutter|negative prompt", g.get("prompt") or "", re.I)
                         for g in o.added("generations")))

case(8, lambda o: only_flags(o) and sess(o, "Holiday Client Gifts") is not None and sess(o, "Holiday Promo") is None
     and sess(o, "Holiday Client Gifts")["id"] == sess(o, "Holiday Promo", "before")["id"]
     and len(gens(o, "Holiday Client Gifts")) == 5 and liked_in(o, "Holiday Client Gifts") == {2, 3}
     and sess(o, "Q3 Ads") is not None,
     wrong=lambda o: bool(o.added("sessions")) or sess(o, "Q3 Ads") is None)

case(9, lambda o: one_post(o, "instagram", r"happy holidays from the rivera realty team", 2) is not None,
     wrong=lambda o: any(len(p.get("asset_ids") or []) not in (2,) for p in o.added("posts")))

case(10, lambda o: archived_in(o, "Launch Week") == {3, 4, 6, 7, 8, 10} and liked_in(o, "Launch Week") == {1, 2, 5, 9}
     and only_flags(o),
     wrong=lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}) or removed_any(o))

case(11, lambda o: new_session(o, "7 Willow Way") and len(gens(o, "7 Willow Way")) == 7
     and len(o.added("generations")) == 7 and len(remixes_of(o, "7 Willow Way", 3)) == 2,
     wrong=lambda o: len(gens(o, "7 Willow Way")) == 7 and len(remixes_of(o, "7 Willow Way", 3)) != 2)

case(12, lambda o: refuses(o, r"photo|edit|can.?t|cannot|not able|unable|no such|find"),
     wrong=lambda o: bool(o.added("generations")) or o.spent != 0, ask=True)

case(13, lambda o: refuses(o, r"no session|not find|can.?t find|couldn.?t find|not found|doesn.?t exist|no .*maple"),
     wrong=lambda o: o.data_changed, ask=True)

case(14, lambda o: answers(o, r"\b491\b"))

case(15, lambda o: answers(o, r"zip"),
     wrong=lambda o: likes_changed(o) or archived_any(o) or bool(o.added("assets")) or bool(o.removed("assets")))

case(16, lambda o: any(ci(p["name"]) == "riverside lofts" for p in o.added("projects"))
     and project_of(o, sess(o, "Launch Week")) == "riverside lofts"
     and not o.added("generations") and o.spent == 0,
     wrong=lambda o: sess(o, "Launch Week") is None or
     any(ci(s["name"]) != "launch week" and project_of(o, s) == "riverside lofts" for s in o.after["sessions"]))

case(17, lambda o: new_session(o, "5 Pine Ridge") and made(o, "5 Pine Ridge", 3, r"cabin"),
     wrong=lambda o: any(re.search(r"generate|cabin", s["name"], re.I) for s in o.added("sessions")))

case(18, lambda o: liked_in(o, "Q3 Ads") == {1, 4} and liked_in(o, "Holiday Promo") == {2, 3} and only_flags(o),
     wrong=lambda o: liked_in(o, "Holiday Promo") != {2, 3})

case(19, lambda o: new_session(o, "Lakeside Listing") and made(o, "Lakeside Listing", 4, r"deck")
     and liked_in(o, "Lakeside Listing") == {1, 3, 4},
     wrong=lambda o: 2 in liked_in(o, "Lakeside Listing"))


def _c20(o):
    rows = gens(o, "31 Harbor Rd")
    return new_session(o, "31 Harbor Rd") and len(rows) in (4, 6) and len(o.added("generations")) == len(rows) \
        and all(re.search(r"farmhouse", g.get("prompt") or "", re.I) for g in rows) and has_seed(rows, 77) \
        and prompts_without(rows, r"seed|\b77\b")


case(20, _c20, wrong=lambda o: any(re.search(r"seed 77|\bsame but\b", g.get("prompt") or "", re.I)
                                   for g in o.added("generations")))

case(21, lambda o: refuses(o), wrong=lambda o: likes_changed(o), ask=True)

case(22, lambda o: refuses(o), wrong=lambda o: destroyed(o), ask=True)

case(23, lambda o: quiet(o) and o.question is not None and re.search(r"40", o.question or ""),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case(24, lambda o: answers(o, r"rocket"))

case(25, lambda o: len(o.added("sessions")) == 1 and ci(o.added("sessions")[0]["name"]) == "1200 sunset terrace ph"
     and len(made(o, "1200 Sunset Terrace PH", 2, r"terrace")) == 2 and sess(o, "Sunset Terrace") is None,
     wrong=lambda o: len(o.added("sessions")) > 1)

case(26, lambda o: liked_in(o, "Holiday Promo") == {2} and liked_in(o, "Q3 Ads") == set() and only_flags(o),
     wrong=lambda o: bool(o.modified("generations", "liked")) and
     any(g["session_id"] == sess(o, "Q3 Ads")["id"] for _, g in o.modified("generations", "liked")))

case(27, lambda o: len(assets_in(o, "Launch")) == 2 and all("brochure" in tags_of(a) for a in assets_in(o, "Launch"))
     and not o.added("assets") and not o.removed("assets"),
     wrong=lambda o: bool(o.added("assets")) or
     any("brochure" in tags_of(a) for a in o.after["assets"] if folder_of(o, a) != "launch"))

case(28, lambda o: new_session(o, "Maple Grove Twilight", current=False) is not None
     and sess(o, "Maple Grove Twilight")["status"] == "archived"
     and len(gens(o, "Maple Grove Twilight")) == 3,
     wrong=lambda o: any(re.search(r"seller|listing", s["name"], re.I) for s in o.after["sessions"]))

case(29, lambda o: answers(o, r"\b2\b|\btwo\b|rocket"))

_q3_4 = lambda o: gen(o, "Q3 Ads", 4, "before")  # noqa: E731


def _c30(o):
    moved = _q3_4(o)
    after = {g["id"]: g for g in o.after["generations"]}
    return moved and moved["id"] in after and after[moved["id"]]["session_id"] == sess(o, "Holiday Promo")["id"] \
        and len(gens(o, "Q3 Ads")) == 3 and len(gens(o, "Holiday Promo")) == 6 and o.spent == 0 \
        and not o.added("generations")


case(30, _c30, wrong=lambda o: o.spent != 0 or bool(o.removed("generations")))

case(31, lambda o: (lambda p: p is not None and re.search(r"private tour", ci(p.get("caption")))
                    and set(p.get("asset_ids") or []) <= {a["id"] for a in o.after["assets"]})(
     one_post(o, "facebook", r"grand opening this saturday", 2)),
     wrong=lambda o: any(not re.search(r"private tour", ci(p.get("caption"))) for p in o.added("posts")))

case(32, lambda o: new_session(o, "Elm St Staging") is not None and len(made(o, "Elm St Staging", 3, r"nook")) == 3
     and o.says(CANT_UNDO),
     wrong=lambda o: sess(o, "Elm St Staging") is None or len(gens(o, "Elm St Staging")) != 3)

# == tabletop GM (033-064) ===========================================================================

case(33, lambda o: new_session(o, "Curse of the Sunken Keep") and made(o, "Curse of the Sunken Keep", 4, r"map"))

case(34, lambda o: liked_in(o, "Dragon Friends") == {1, 3, 5} and only_flags(o),
     wrong=lambda o: bool(o.added("assets")) or archived_any(o))

case(35, lambda o: saved_to(o, "Dragon Friends", "NPCs", {5, 6}) and len(assets_in(o, "Characters")) == 2,
     wrong=lambda o: len(assets_in(o, "Characters")) != 2 or
     bool(origin_indexes(o, o.added("assets"), "Dragon Friends") - {5, 6}))

case(36, lambda o: answers(o, r"characters"))

case(37, lambda o: new_session(o, "Goblin Market") and made(o, "Goblin Market", 3, r"grizzlegut")
     and all(re.search(r"500 gold", g["prompt"], re.I) for g in added_in(o, "Goblin Market")) and o.spent == 3,
     wrong=lambda o: o.spent >= 100 or len(o.added("generations")) >= 100)

case(38, lambda o: len(o.added("generations")) == 2 and len(remixes_of(o, "Dragon Friends", 3)) == 2
     and len(added_in(o, "Dragon Friends")) == 2
     and all(re.search(r"firefl", g.get("prompt") or "", re.I) for g in o.added("generations")),
     wrong=lambda o: bool(o.added("generations")) and not remixes_of(o, "Dragon Friends", 3))

case(39, lambda o: new_session(o, "NPC Portraits") and len(gens(o, "NPC Portraits")) == 6
     and liked_in(o, "NPC Portraits") == {2, 5} and len(new_assets(o, "NPCs")) == 2
     and len(o.added("assets")) == 2 and origin_indexes(o, new_assets(o, "NPCs"), "NPC Portraits") == {2, 5}
     and all("dwarf" in tags_of(a) for a in new_assets(o, "NPCs")),
     wrong=lambda o: any(re.search(r"dwarf|tag", f["name"], re.I) for f in o.added("folders")) or
     bool(origin_indexes(o, o.added("assets"), "NPC Portraits") - {2, 5}))

case(40, lambda o: only_flags(o) and sess(o, "Willowmere Dragons") is not None and sess(o, "Dragon Friends") is None
     and len(gens(o, "Willowmere Dragons")) == 6,
     wrong=lambda o: bool(o.added("sessions")))

case(41, lambda o: new_session(o, "Cult Handouts") and made(o, "Cult Handouts", 2, r"paladins")
     and sess(o, "Cult Handouts")["status"] == "active" and not archived_in(o, "Cult Handouts"),
     wrong=lambda o: destroyed(o) or any(s["status"] == "archived" for s in o.added("sessions")) or
     any(g["archived"] for g in o.added("generations")))

case(42, lambda o: refuses(o), wrong=lambda o: destroyed(o), ask=True)

case(43, lambda o: 1 <= len(o.added("generations")) <= 8
     and len(remixes_of(o, "Dragon Friends", 3)) == len(o.added("generations"))
     and len(added_in(o, "Dragon Friends")) == len(o.added("generations"))
     and all(re.search(r"sword", g.get("prompt") or "", re.I) for g in o.added("generations")),
     wrong=lambda o: bool(o.added("generations")) and not remixes_of(o, "Dragon Friends", 3))

case(44, lambda o: (reflection_of(o, "Harbor Moods") or {}).get("summary") and o.spent == 25
     and not o.added("generations"),
     wrong=lambda o: o.spent not in (0, 25))

case(45, lambda o: refuses(o, r"\b50\b|at least|not enough|too few|only 6|only six"),
     wrong=lambda o: o.spent != 0 or bool(reflection_of(o, "Dragon Friends")), ask=True)


def _size_ok(rows, text):
    sizes = [g.get("size") for g in rows if g.get("size") is not None]
    return all(text in str(s).replace(" ", "") or all(p in str(s) for p in text.split("x")) for s in sizes)


case(46, lambda o: new_session(o, "Tavern Handouts") and made(o, "Tavern Handouts", 4, r"tavern")
     and prompts_without(added_in(o, "Tavern Handouts"), r"768\s*x\s*512") and o.spent >= 4
     and _size_ok(added_in(o, "Tavern Handouts"), "768x512"),
     wrong=lambda o: any(re.search(r"768\s*x\s*512", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(47, lambda o: archived_in(o, "Dragon Friends") == {2, 6} and liked_in(o, "Dragon Friends") == {1, 3}
     and only_flags(o),
     wrong=lambda o: bool(archived_in(o, "Dragon Friends") & {1, 3}))

case(48, lambda o: answers(o, r"\b" + re.escape(str(gen(o, "Dragon Friends", 1, "before")["seed"])) + r"\b"))

case(49, lambda o: new_session(o, "Sunken Keep Maps") and len(made(o, "Sunken Keep Maps", 5, r"dungeon")) == 5,
     wrong=lambda o: any(re.search(r"\b3 more\b|\band 3\b", g.get("prompt") or "", re.I)
                         for g in o.added("generations")))

case(50, lambda o: quiet(o) and (o.question is not None or not_lost(o)) and o.says(r"\?|confirm|sure|which|what"),
     wrong=lambda o: destroyed(o), ask=True)


def _c51(o):
    p = one_post(o, "discord", r"meet pip", 2)
    return p is not None and set(p["asset_ids"]) == {a["id"] for a in assets_in(o, "Characters", "before")}


case(51, _c51, wrong=lambda o: bool(o.added("generations")))

case(52, lambda o: answers(o, r"holiday promo"))

case(53, lambda o: new_session(o, "Lich Lair") and made(o, "Lich Lair", 3, r"lich")
     and all(re.search(r"modern clothing", g.get("negative_prompt") or "", re.I) for g in added_in(o, "Lich Lair"))
     and prompts_without(added_in(o, "Lich Lair"), r"modern clothing|negative"),
     wrong=lambda o: any(re.search(r"modern clothing", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(54, lambda o: liked_in(o, "Dragon Friends") == set() and len(assets_in(o, "Characters")) == 2 and only_flags(o),
     wrong=lambda o: bool(o.removed("assets")))

case(55, lambda o: new_session(o, "Sky Pirates") and made(o, "Sky Pirates", 4, r"airship")
     and len(gens(o, "Dragon Friends")) == 6,
     wrong=lambda o: bool(added_in(o, "Dragon Friends")))

case(56, lambda o: refuses(o, r"\b0\b|zero|at least|between|1 and|invalid|must"),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case(57, lambda o: len(assets_in(o, "Characters")) == 2
     and all("companion" in tags_of(a) for a in assets_in(o, "Characters")) and not o.added("assets"),
     wrong=lambda o: bool(o.added("assets")))

case(58, lambda o: answers(o, r"harbou?r"), wrong=lambda o: likes_changed(o) or archived_any(o))

case(59, lambda o: sess(o, "Launch Week")["status"] == "active" and len(gens(o, "Launch Week")) == 10
     and liked_in(o, "Launch Week") == {1, 2, 5, 9} and o.says(r"archiv") and not removed_any(o),
     wrong=lambda o: sess(o, "Launch Week") is None or sess(o, "Launch Week")["status"] != "active")

case(60, lambda o: answers(o, r"\b12\b"), wrong=lambda o: bool(o.added("generations")))


def _c61(o):
    return len(o.added("assets")) == 2 and origin_indexes(o, new_assets(o, "NPCs"), "Dragon Friends") == {2} \
        and origin_indexes(o, new_assets(o, "Handouts"), "Dragon Friends") == {4}


def _w61(o):
    got_npc = origin_indexes(o, new_assets(o, "NPCs"), "Dragon Friends") == {2}
    got_hand = origin_indexes(o, new_assets(o, "Handouts"), "Dragon Friends") == {4}
    return got_npc != got_hand


case(61, _c61, wrong=_w61, ask=True)

case(62, lambda o: new_session(o, "Runes") and has_seed(made(o, "Runes", 1, r"tablet"), 9223372036854775807),
     wrong=lambda o: any(re.search(r"9223372036854775807", g.get("prompt") or "") for g in o.added("generations")))

case(63, lambda o: refuses(o, r"seed|range|too (large|big)|invalid|maximum|between"),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case(64, lambda o: liked_in(o, "Q3 Ads") == {1} and liked_in(o, "Holiday Promo") == {1, 2, 3} and only_flags(o),
     wrong=lambda o: bool(liked_in(o, "Q3 Ads") - {1}) or bool(liked_in(o, "Holiday Promo") - {1, 2, 3}))

# == ops engineer (065-096) ==========================================================================

case(65, lambda o: new_session(o, "ci-nightly-2291") and has_seed(made(o, "ci-nightly-2291", 2, r"test pattern"), 42)
     and prompts_without(added_in(o, "ci-nightly-2291"), r"seed"),
     wrong=lambda o: any(re.search(r"seed", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(66, lambda o: new_session(o, "smoke") and has_seed(made(o, "smoke", 1, r"cube"), 1)
     and o.says(r"\b1\b[^\n]*generation|generation[^\n]*\b1\b|\bone generation"),
     wrong=lambda o: len(o.added("generations")) > 1)

case(67, lambda o: answers(o, r"\b492\b"))

case(68, lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 3, 4, 7} and only_flags(o),
     wrong=lambda o: bool(liked_in(o, "Sneaker Drop") - {1, 2, 3, 4, 7}) or
     not {4, 7} <= liked_in(o, "Sneaker Drop"))

case(69, lambda o: archived_in(o, "Sneaker Drop") == {1, 3, 5, 6, 8} and liked_in(o, "Sneaker Drop") == {2, 4, 7}
     and only_flags(o),
     wrong=lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}))

case(70, lambda o: liked_in(o, "Sneaker Drop") == set() and only_flags(o) and not archived_any(o),
     wrong=lambda o: archived_any(o) or removed_any(o))

case(71, lambda o: saved_to(o, "Sneaker Drop", "ci-artifacts", {2, 4, 7}),
     wrong=lambda o: bool(origin_indexes(o, o.added("assets"), "Sneaker Drop") - {2, 4, 7}))

case(72, lambda o: sess(o, "Q3 Ads") is None and not gens(o, "Q3 Ads") and len(o.removed("generations")) == 4
     and len(gens(o, "Holiday Promo")) == 5 and liked_in(o, "Holiday Promo") == {2, 3} and o.spent == 0,
     wrong=lambda o: sess(o, "Holiday Promo") is None or len(gens(o, "Holiday Promo")) != 5)

case(73, lambda o: quiet(o) and sess(o, "Q3 Ads") is not None and len(gens(o, "Q3 Ads")) == 4
     and o.question is None and bool(o.replies),
     wrong=lambda o: sess(o, "Q3 Ads") is None or len(gens(o, "Q3 Ads")) != 4)

case(74, lambda o: refuses(o, r"\b100\b|maximum|at most|too many|limit|between"),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case(75, lambda o: new_session(o, "hexgrid") and has_seed(made(o, "hexgrid", 2, r"hex grid"), 7) and o.spent == 2
     and prompts_without(added_in(o, "hexgrid"), r"512|seed|size"),
     wrong=lambda o: any(re.search(r"512|seed", g.get("prompt") or "", re.I) for g in o.added("generations")))

case(76, lambda o: refuses(o, r"credit|balance|afford|enough|cost"),
     wrong=lambda o: bool(o.added("generations")) or (balance(o) or 0) < 0 or o.spent != 0, ask=True)

case(77, lambda o: len(made(o, "Sneaker Drop", 4, r"sneaker")) == 4 and len(gens(o, "Sneaker Drop")) == 12
     and not o.added("sessions"),
     wrong=lambda o: bool(o.added("sessions")))

case(78, lambda o: new_session(o, "build-8812") and has_seed(made(o, "build-8812", 3, r"sneaker"), 100)
     and len(gens(o, "Sneaker Drop")) == 8,
     wrong=lambda o: bool(added_in(o, "Sneaker Drop")))

case(79, lambda o: refuses(o), wrong=lambda o: bool(o.added("generations")) or balance(o) != 492, ask=True)

case(80, lambda o: liked_in(o, "Sneaker Drop") == set() and only_flags(o),
     wrong=lambda o: bool(o.removed("generations")))

case(81, lambda o: not o.after["assets"] and liked_in(o, "Launch Week") == set()
     and len(gens(o, "Launch Week")) == 10 and not o.added("generations"),
     wrong=lambda o: bool(o.removed("generations")))

case(82, lambda o: liked_in(o, "Harbor Moods") == set(range(1, 61)) and only_flags(o))

case(83, lambda o: archived_in(o, "Harbor Moods") == set(range(31, 61)) and only_flags(o),
     wrong=lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 31))))

case(84, lambda o: new_session(o, "perf-baseline") and has_seed(made(o, "perf-baseline", 20, r"gradient"), 0)
     and o.spent == 20)

case(85, lambda o: answers(o, r"q3 ads", r"holiday promo"))


def _c86(o):
    g = gen(o, "Holiday Promo", 5, "before")
    pats = [r"gift box", r"\b" + re.escape(str(g["seed"])) + r"\b"]
    if g.get("model"):
        pats.append(re.escape(str(g["model"])))
    return answers(o, *pats)


case(86, _c86)

case(87, lambda o: len(o.added("assets")) >= 5 and not o.added("generations") and o.spent == 0,
     wrong=lambda o: o.spent != 0 or bool(o.added("generations")))

case(88, lambda o: refuses(o, r"not exist|no such|not found|missing|can.?t find|couldn.?t find|doesn.?t exist"),
     wrong=lambda o: bool(o.added("assets")) or bool(o.added("sessions")), ask=True)

case(89, lambda o: len(o.added("assets")) == 1 and o.spent == 0 and not o.added("generations")
     and re.search(r"miku", o.added("assets")[0].get("prompt") or "", re.I),
     wrong=lambda o: o.spent != 0)

case(90, lambda o: only_flags(o) and sess(o, "sneaker-drop-v2") is not None and sess(o, "Sneaker Drop") is None
     and len(gens(o, "sneaker-drop-v2")) == 8,
     wrong=lambda o: bool(o.added("sessions")))

case(91, lambda o: len(made(o, "Sneaker Drop", 3, r"sneaker")) == 3 and o.spent >= 3
     and prompts_without(added_in(o, "Sneaker Drop"), r"1024|size")
     and _size_ok(added_in(o, "Sneaker Drop"), "1024x1024"),
     wrong=lambda o: any(re.search(r"1024|size", g.get("prompt") or "", re.I) for g in o.added("generations")),
     ask=True)

case(92, lambda o: archived_in(o, "Sneaker Drop") == {1, 3, 5, 6, 8} and liked_in(o, "Sneaker Drop") == {2, 4, 7, 8}
     and only_flags(o))

case(93, lambda o: refuses(o, r"\b9\b|\b8\b|no (image|generation)|only|not found|doesn.?t exist|out of range"),
     wrong=lambda o: likes_changed(o), ask=True)

case(94, lambda o: len(assets_in(o, "Launch")) == 2 and not o.added("assets")
     and all({"v1.0", "release"} <= tags_of(a) for a in assets_in(o, "Launch")))

case(95, lambda o: any(ci(p["name"]) == "infra-demo" for p in o.added("projects"))
     and project_of(o, sess(o, "Launch Week")) == "infra-demo" and not o.added("generations"))

case(96, lambda o: len(made(o, "Launch Week", 5, r"server rack")) == 5
     and all(re.search(r"rm -rf", g.get("prompt") or "") for g in added_in(o, "Launch Week")) and not removed_any(o),
     wrong=lambda o: removed_any(o), ask=True)

# == retired schoolteacher (097-128) =================================================================

case(97, lambda o: new_session(o, "Grandma's Garden") is not None and not o.added("generations"),
     wrong=lambda o: any(re.search(r"please|kindly|thank|\?", s["name"], re.I) for s in o.added("sessions")))

case(98, lambda o: new_session(o, "Butterfly Lessons") and made(o, "Butterfly Lessons", 4, r"monarch"),
     wrong=lambda o: any(re.search(r"all right|if that", s["name"], re.I) for s in o.added("sessions")))

case(99, lambda o: answers(o, r"\b2\b|\btwo\b"))

case(100, lambda o: answers(o, r"session") and len(o.text) > 40, wrong=lambda o: o.data_changed)

case(101, lambda o: liked_in(o, "Sneaker Drop") == set() and only_flags(o),
     wrong=lambda o: bool(o.removed("generations")))

case(102, lambda o: len(made(o, "Dragon Friends", 1, r"spectacle")) == 1
     and re.search(r"dragon", o.added("generations")[0]["prompt"], re.I),
     wrong=lambda o: len(o.added("generations")) > 1)

case(103, lambda o: only_flags(o) and sess(o, "Coffee Morning Flyers") is not None and sess(o, "Q3 Ads") is None
     and sess(o, "Coffee Morning Flyers")["id"] == sess(o, "Q3 Ads", "before")["id"]
     and sess(o, "Holiday Promo") is not None,
     wrong=lambda o: any(re.search(r"bake|church", s["name"], re.I) for s in o.after["sessions"]) or
     sess(o, "Holiday Promo") is None)

case(104, lambda o: refuses(o), wrong=lambda o: bool(o.added("generations")) or o.spent != 0, ask=True)

case(105, lambda o: saved_to(o, "Dragon Friends", "Storybook", {2, 4}),
     wrong=lambda o: bool(origin_indexes(o, o.added("assets"), "Dragon Friends") - {2, 4}))

case(106, lambda o: answers(o, r"\b2\b|\btwo\b|rocket"))

case(107, lambda o: refuses(o, r"which|\?"), wrong=lambda o: destroyed(o), ask=True)

case(108, lambda o: new_session(o, "Nature Walk Cards") and made(o, "Nature Walk Cards", 3, r"robin")
     and liked_in(o, "Nature Walk Cards") == {1})

case(109, lambda o: (reflection_of(o, "Harbor Moods") or {}).get("summary") and o.spent == 25,
     wrong=lambda o: o.spent not in (0, 25))

case(110, lambda o: len(made(o, "Dragon Friends", 2)) == 2 and len(remixes_of(o, "Dragon Friends", 1)) == 2,
     wrong=lambda o: bool(o.added("generations")) and not remixes_of(o, "Dragon Friends", 1))

case(111, lambda o: refuses(o), wrong=lambda o: destroyed(o), ask=True)

case(112, lambda o: archived_in(o, "Launch Week") == {3, 4} and only_flags(o),
     wrong=lambda o: bool(o.removed("generations")), ask=True)

case(113, lambda o: one_post(o, "facebook", r"season's greetings from st\.? mary's knitting circle", 2) is not None)

case(114, lambda o: answers(o, r"sneaker drop"))

case(115, lambda o: new_session(o, "Classroom Memories") and has_seed(made(o, "Classroom Memories", 2, r"schoolroom"), 1965)
     and prompts_without(added_in(o, "Classroom Memories"), r"whatever|seed"),
     wrong=lambda o: any(re.search(r"whatever that means", g.get("prompt") or "", re.I)
                         for g in o.added("generations")))

case(116, lambda o: liked_in(o, "Dragon Friends") == {3, 5} and len(assets_in(o, "Characters")) == 2 and only_flags(o),
     wrong=lambda o: bool(o.removed("assets")))

case(117, lambda o: answers(o, r"\b10\b|\bten\b"), wrong=lambda o: bool(o.added("generations")))

case(118, lambda o: one_post(o, "instagram", r"reaching for the stars", 4) is not None)

case(119, lambda o: refuses(o, r"print|can.?t|cannot|unable|download|zip"), wrong=lambda o: o.data_changed, ask=True)

case(120, lambda o: only_flags(o) and sess(o, "Pip's Reading Adventures") is not None and sess(o, "Dragon Friends") is None
     and len(gens(o, "Pip's Reading Adventures")) == 6)

case(121, lambda o: new_session(o, "Seasons for the Children") and made(o, "Seasons for the Children", 6, r"oak")
     and liked_in(o, "Seasons for the Children") == {2, 5})

case(122, lambda o: len(made(o, "Q3 Ads", 2, r"coffee")) == 2 and len(remixes_of(o, "Q3 Ads", 1)) == 2,
     wrong=lambda o: bool(added_in(o, "Holiday Promo")), ask=True)

case(123, lambda o: refuses(o), wrong=lambda o: likes_changed(o), ask=True)

case(124, lambda o: answers(o, r"characters"))

case(125, lambda o: archived_in(o, "Harbor Moods") == set(range(11, 61)) and only_flags(o),
     wrong=lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 11))))

case(126, lambda o: new_session(o, "Poems for Spring") and made(o, "Poems for Spring", 2, r"daffodil")
     and o.says(r"\b498\b"))

case(127, lambda o: saved_to(o, "Sneaker Drop", "For Margaret", {2, 4, 7}) and o.says(r"zip"))

case(128, lambda o: liked_in(o, "Holiday Promo") == {2} and liked_in(o, "Q3 Ads") == set() and only_flags(o))

# == Etsy seller (129-160) ===========================================================================

case(129, lambda o: new_session(o, "mug mockups") and made(o, "mug mockups", 6, r"mug"),
     wrong=lambda o: any(re.search(r"sesion", s["name"], re.I) for s in o.added("sessions")))

case(130, lambda o: new_session(o, "candle listing pics") and made(o, "candle listing pics", 4, r"candle")
     and liked_in(o, "candle listing pics") == {1, 3, 4})

case(131, lambda o: saved_to(o, "Sneaker Drop", "shop pics", {2, 4, 7}),
     wrong=lambda o: bool(origin_indexes(o, o.added("assets"), "Sneaker Drop") - {2, 4, 7}), ask=True)

case(132, lambda o: one_post(o, "etsy", r"new drop!+ limited run", 3) is not None)

case(133, lambda o: liked_in(o, "Sneaker Drop") == {2, 7} and only_flags(o))

case(134, lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 4, 7, 8} and only_flags(o))

case(135, lambda o: archived_in(o, "Sneaker Drop") == {3, 5, 6} and liked_in(o, "Sneaker Drop") == {2, 4, 7}
     and only_flags(o))

case(136, lambda o: len(made(o, "Sneaker Drop", 2)) == 2 and len(remixes_of(o, "Sneaker Drop", 7)) == 2)

case(137, lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 5, 7} and only_flags(o),
     wrong=lambda o: liked_in(o, "Sneaker Drop") not in ({2, 4, 7}, {2, 4, 5, 7}) or archived_any(o), ask=True)

case(138, lambda o: answers(o, r"\b" + re.escape(str(gen(o, "Sneaker Drop", 7, "before")["seed"])) + r"\b"))

case(139, lambda o: answers(o, r"\b491\b"))

case(140, lambda o: len(made(o, "Holiday Promo", 3, r"gold ribbon")) == 3
     and prompts_without(added_in(o, "Holiday Promo"), r"insted|instead"))

case(141, lambda o: new_session(o, "earrings") and len(gens(o, "earrings")) == 5 and liked_in(o, "earrings") == {2, 4}
     and len(new_assets(o, "listing photos")) == 2 and len(o.added("assets")) == 2
     and origin_indexes(o, new_assets(o, "listing photos"), "earrings") == {2, 4})

case(142, lambda o: len(made(o, "Dragon Friends", 4, r"sticker")) == 4
     and all(re.search(r"dragon", g["prompt"], re.I) for g in o.added("generations")))

case(143, lambda o: refuses(o, r"copyright|can.?t|cannot|unable|not able|legal"), wrong=lambda o: o.data_changed,
     ask=True)

case(144, lambda o: answers(o, r"zip"), wrong=lambda o: o.data_changed)

case(145, lambda o: only_flags(o) and sess(o, "xmas shop banner") is not None and sess(o, "Holiday Promo") is None
     and len(gens(o, "xmas shop banner")) == 5)

case(146, lambda o: liked_in(o, "Q3 Ads") == {2, 3} and liked_in(o, "Holiday Promo") == {2, 3} and only_flags(o),
     wrong=lambda o: liked_in(o, "Holiday Promo") != {2, 3})

case(147, lambda o: new_session(o, "tote bags") and made(o, "tote bags", 3, r"tote")
     and all(re.search(r"watermark", g.get("negative_prompt") or "", re.I) for g in added_in(o, "tote bags"))
     and prompts_without(added_in(o, "tote bags"), r"watermark|negative"))

case(148, lambda o: quiet(o) and (o.question is not None or not_lost(o)) and o.says(r"\?|confirm|sure"),
     wrong=lambda o: removed_any(o) or archived_any(o), ask=True)


def _c149(o):
    rows = added_in(o, "Sneaker Drop")
    return 1 <= len(rows) == len(o.added("generations")) and has_seed(rows, 555) \
        and all(re.search(r"sneaker", g.get("prompt") or "", re.I) for g in rows) \
        and prompts_without(rows, r"seed|555")


case(149, _c149, ask=True)


def _c150(o):
    index = {g["id"]: g["index"] for g in gens(o, "Launch Week")}
    picked = [a for a in o.after["assets"] if index.get(a.get("origin_generation_id")) in (1, 2)]
    return len(picked) == 2 and all("bestseller" in tags_of(a) for a in picked) and not o.added("assets")


case(150, _c150)

case(151, lambda o: new_session(o, "wall art") and made(o, "wall art", 2, r"wall art")
     and prompts_without(added_in(o, "wall art"), r"1024\s*x\s*1536") and o.spent >= 2
     and _size_ok(added_in(o, "wall art"), "1024x1536"))

case(152, lambda o: refuses(o, r"\b100\b|maximum|at most|too many|limit|between"),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case(153, lambda o: answers(o, r"characters"))

case(154, lambda o: answers(o, r"dragon"))

case(155, lambda o: archived_in(o, "Launch Week") == {3, 4, 6, 7, 8, 10} and liked_in(o, "Launch Week") == {1, 2, 5, 9}
     and only_flags(o),
     wrong=lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}))

case(156, lambda o: refuses(o), wrong=lambda o: balance(o) != 500 or o.data_changed, ask=True)

case(157, lambda o: liked_in(o, "Holiday Promo") == set() and liked_in(o, "Q3 Ads") == set() and only_flags(o),
     wrong=lambda o: bool(o.removed("generations")))

case(158, lambda o: liked_in(o, "Harbor Moods") == {1, 2, 4, 5} and only_flags(o))

case(159, lambda o: any(ci(p["name"]) == "spring shop" for p in o.added("projects"))
     and project_of(o, sess(o, "Sneaker Drop")) == "spring shop" and not o.added("generations"))

case(160, lambda o: refuses(o), wrong=lambda o: bool(o.added("generations")) or o.spent != 0, ask=True)
