"""Checks for round 40 of first-contact requests (written only from each case's meant / wrong_if / ok_to_ask).

The cases live in ``round40.yaml`` beside this file: 160 requests in five voices (32 each):
r40-001..032 a Japanese speaker writing English, 033..064 a tired game-jam participant at 3am,
065..096 a brand manager (bullets, numbered steps), 097..128 a retired father helping his
daughter's bakery, 129..160 a social-media freelancer juggling three clients.

Setups (every confirmation in a setup answered yes; credits start at 500, 1 credit per default image):

- A: empty home.
- B: session Sneaker Drop, 8 white-sneaker images, liked {2,4,7}; 492 credits.
- C: session Dragon Friends, 6 green-dragon images, liked {1,3}, both saved to folder Characters; 494.
- D: Q3 Ads (4 iced-coffee images, none liked) then Holiday Promo (5 gift-box images, liked {2,3},
  current); 491.
- E: session Launch Week, 10 rocket images, liked {1,2,5,9}, 1 and 2 saved to folder Launch; 490.
- F: session Harbor Moods, 60 foggy-harbor images; 440.

Conventions:

- Checks read only the state before and after the ``say`` lines (the ``atelier state --json``
  shape) and loose, case-insensitive patterns in the replies; never tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case
  (and with curly quotes / long dashes folded to plain ones).
- Folder and project fields may hold a name or an id; both are resolved to a name.
- Assets whose ``media_type`` is ``post`` (made for a post) are not counted as saves.
- Every function is wrapped so it never raises: an exception reads as False.
- ``ok_to_ask=True`` cases also accept: nothing changed and a question is waiting, or the reply
  is a specific refusal / question (not "did not understand").
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}
ASKS: set[str] = set()          # ids whose ok_to_ask is true

SD, DF, Q3, HP, LW, HM = "Sneaker Drop", "Dragon Friends", "Q3 Ads", "Holiday Promo", "Launch Week", "Harbor Moods"


# -- plumbing --------------------------------------------------------------------------------------

def _safe(fn):
    if fn is None:
        return None

    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:  # noqa: BLE001 - a check must never raise
            return False
    return run


_ASKISH = (r"\?|which|did you mean|not sure|can't|cannot|could not|couldn't|won't|unable|no such|"
           r"not found|doesn't exist|does not exist|isn't|is not|there (?:is|are) no|only|sorry|"
           r"unclear|specify|confirm|nothing to")


def asked(o: Outcome) -> bool:
    """Nothing changed, and a question waits or a specific refusal/question was replied."""
    return quiet(o) and (o.question is not None or (not_lost(o) and o.says(_ASKISH)))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    if ask:
        ASKS.add(case_id)
        base, ask_ok = m, _safe(asked)

        def m(o, base=base, ask_ok=ask_ok):  # noqa: E731 - keep the closure explicit
            return base(o) or ask_ok(o)
    CHECKS[case_id] = Check(_safe(m), _safe(wrong))


# -- readings of the state -------------------------------------------------------------------------

def _n(text) -> str:
    text = str(text or "").replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    text = text.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    return next((s for s in _state(o, when).get("sessions", []) if _n(s.get("name")) == _n(name)), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    s = sess(o, name, when)
    if s is None:
        return []
    return [g for g in _state(o, when).get("generations", []) if g.get("session_id") == s["id"]]


def gen(o: Outcome, name: str, index: int, when: str = "before") -> dict:
    return next(g for g in gens(o, name, when) if g.get("index") == index)


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("archived")}


def status(o: Outcome, name: str) -> str:
    s = sess(o, name)
    return _n(s.get("status")) if s else ""


def current(o: Outcome, name: str) -> bool:
    return o.current is not None and _n(o.current) == _n(name)


def gone(o: Outcome, name: str) -> bool:
    before = sess(o, name, "before")
    return before is not None and before["id"] not in o.rows("sessions") \
        and not any(g.get("session_id") == before["id"] for g in o.after.get("generations", []))


def same_gens(o: Outcome, name: str) -> bool:
    before = {g["id"]: g for g in gens(o, name, "before")}
    after = {g["id"]: g for g in gens(o, name, "after")}
    return bool(before) and before == after


def no_gen_churn(o: Outcome) -> bool:
    return not o.added("generations") and not o.removed("generations")


def no_asset_churn(o: Outcome) -> bool:
    return not real(o.added("assets")) and not o.removed("assets")


def made_in(o: Outcome, name: str) -> list[dict]:
    s = sess(o, name)
    if s is None:
        return []
    return [g for g in o.added("generations") if g.get("session_id") == s["id"]]


def _prompts_match(rows: list[dict], pats) -> bool:
    return all(re.search(p, g.get("prompt") or "", re.IGNORECASE) for g in rows for p in pats)


def made(o: Outcome, name: str, count: int, *pats: str) -> bool:
    rows = made_in(o, name)
    return len(rows) == count and len(o.added("generations")) == count and _prompts_match(rows, pats)


def made_any(o: Outcome, count: int, *pats: str) -> list[dict]:
    rows = o.added("generations")
    if len(rows) != count or len({g.get("session_id") for g in rows}) != 1 or not _prompts_match(rows, pats):
        return []
    return rows


def added_prompt(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g.get("prompt") or "", re.IGNORECASE) for g in o.added("generations"))


def real(assets: list[dict]) -> list[dict]:
    return [a for a in assets if _n(a.get("media_type")) != "post"]


def _named(o: Outcome, table: str, value, when: str = "after") -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return _n(value.get("name"))
    names = {row["id"]: row.get("name") for row in _state(o, when).get(table, [])}
    return _n(names.get(value, value))


def folder_of(o: Outcome, asset: dict, when: str = "after") -> str:
    return _named(o, "folders", asset.get("folder"), when)


def project_of(o: Outcome, session: dict, when: str = "after") -> str:
    return _named(o, "projects", session.get("project"), when)


def in_folder(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in real(_state(o, when).get("assets", [])) if folder_of(o, a, when) == _n(folder)]


def origin_index(o: Outcome, asset: dict, session: str) -> int | None:
    gid = asset.get("origin_generation_id")
    for when in ("after", "before"):
        for g in gens(o, session, when):
            if g["id"] == gid:
                return g["index"]
    return None


def saved(o: Outcome, session: str, folder: str | None = None) -> list[int] | None:
    """Sorted indexes of the new (non-post) assets, all from ``session`` (and in ``folder``); else None."""
    out = []
    for a in real(o.added("assets")):
        index = origin_index(o, a, session)
        if index is None or (folder is not None and folder_of(o, a) != _n(folder)):
            return None
        out.append(index)
    return sorted(out)


def saved_any(o: Outcome, session: str, bad: set[int]) -> bool:
    return any(origin_index(o, a, session) in bad for a in real(o.added("assets")))


def saved_from_session(o: Outcome, session: str) -> bool:
    return any(origin_index(o, a, session) is not None for a in real(o.added("assets")))


def tags_of(asset: dict) -> set[str]:
    raw = asset.get("tags") or []
    if isinstance(raw, str):
        raw = raw.split(",")
    return {_n(t.get("name") if isinstance(t, dict) else t) for t in raw}


def new_sess(o: Outcome, name: str, kind: str | None = None) -> dict | None:
    rows = [s for s in o.added("sessions") if _n(s.get("name")) == _n(name)]
    if len(rows) != 1 or (kind and _n(rows[0].get("kind")) != kind):
        return None
    return rows[0]


def renamed(o: Outcome, old: str, new: str) -> bool:
    before = sess(o, old, "before")
    after = o.rows("sessions").get(before["id"]) if before else None
    return bool(after) and _n(after.get("name")) == _n(new) and not o.added("sessions") \
        and not o.removed("sessions") and no_gen_churn(o)


def any_session_name(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, s.get("name") or "", re.IGNORECASE) for s in o.after.get("sessions", []))


def post_indexes(o: Outcome, post: dict, session: str) -> set[int] | None:
    assets = {a["id"]: a for a in o.after.get("assets", [])}
    ids = post.get("asset_ids") or []
    out = set()
    for aid in ids:
        index = origin_index(o, assets[aid], session)
        if index is None:
            return None
        out.add(index)
    return out if len(out) == len(ids) else None


def one_post(o: Outcome, platform: str, caption: str | None, session: str, indexes: set[int]) -> bool:
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    post = posts[0]
    if not re.search(platform, _n(post.get("platform"))):
        return False
    if caption and not re.search(caption, post.get("caption") or "", re.IGNORECASE):
        return False
    return post_indexes(o, post, session) == indexes and no_gen_churn(o) and not o.removed("assets")


def bad_post(o: Outcome, platform: str, session: str, indexes: set[int]) -> bool:
    return any(not re.search(platform, _n(p.get("platform"))) or post_indexes(o, p, session) != indexes
               for p in o.added("posts"))


def moved(o: Outcome, source: str, target: str, indexes: set[int]) -> bool:
    src_before = {g["index"]: g["id"] for g in gens(o, source, "before")}
    target_row = new_sess(o, target)
    if target_row is None or not no_gen_churn(o):
        return False
    rows = o.rows("generations")
    want = {src_before[i] for i in indexes}
    in_target = {gid for gid, g in rows.items() if g.get("session_id") == target_row["id"]}
    src = sess(o, source)
    rest = {gid for i, gid in src_before.items() if i not in indexes}
    return in_target == want and src is not None and all(rows[gid]["session_id"] == src["id"] for gid in rest)


def moved_others(o: Outcome, source: str, indexes: set[int]) -> bool:
    before = sess(o, source, "before")
    rows = o.rows("generations")
    return any(gid in rows and rows[gid]["session_id"] != before["id"]
               for gid in (g["id"] for g in gens(o, source, "before") if g["index"] not in indexes))


def removed_anything(o: Outcome) -> bool:
    return bool(o.removed("sessions") or o.removed("generations") or o.removed("assets"))


def newly_archived(o: Outcome) -> bool:
    return bool(o.newly("archived", True)) or any(
        _n(new.get("status")) == "archived" for _, new in o.modified("sessions", "status"))


def delete_pending(o: Outcome) -> bool:
    return o.question is not None and re.search(r"delet|remove|wipe", o.question, re.IGNORECASE) is not None


def says_seed(o: Outcome, seed) -> bool:
    return re.search(r"(?<!\d)" + re.escape(str(seed)) + r"(?!\d)", o.text) is not None


def reflection_on(o: Outcome, name: str) -> bool:
    s = sess(o, name)
    return bool(s and s.get("reflection"))


ZIP = r"\.zip\b|\bzip\b"


# == Japanese speaker writing English ==============================================================

case("r40-001",
     lambda o: new_sess(o, "Sakura Cafe") and current(o, "Sakura Cafe") and not o.added("generations"),
     lambda o: bool(o.added("generations")) or any_session_name(o, r"name is|\""))

case("r40-002",
     lambda o: len(o.added("sessions")) == 1 and re.search(r"matcha latte", o.added("sessions")[0]["name"], re.I)
     and made(o, o.added("sessions")[0]["name"], 4, r"matcha") and o.spent == 4,
     lambda o: bool(o.added("generations")) and (len(o.added("generations")) != 4 or not o.added("sessions")
               or any(g["session_id"] != o.added("sessions")[0]["id"] for g in o.added("generations"))))

case("r40-003",
     lambda o: liked_in(o, SD) == {1, 2, 4, 7, 8} and no_gen_churn(o) and no_asset_churn(o),
     lambda o: not {2, 4, 7} <= liked_in(o, SD) or bool(o.added("generations")))

case("r40-004",
     lambda o: liked_in(o, SD) == {2, 7} and not archived_in(o, SD) and no_gen_churn(o),
     lambda o: 4 in archived_in(o, SD) or bool(o.removed("generations")) or not {2, 7} <= liked_in(o, SD))

case("r40-005", lambda o: answers(o, r"\b492\b"), lambda o: o.spent != 0)

case("r40-006",
     lambda o: saved(o, SD, "Tokyo Store") == [2, 4, 7] and liked_in(o, SD) == {2, 4, 7},
     lambda o: saved_any(o, SD, {1, 3, 5, 6, 8}) or any(_n(f.get("name")) not in ("tokyo store",) for f in o.added("folders")))

case("r40-007",
     lambda o: made(o, SD, 3) and all(g.get("parent_id") == gen(o, SD, 4)["id"] for g in made_in(o, SD)),
     lambda o: bool(o.added("generations")) and (len(o.added("generations")) != 3 or len(made_in(o, SD)) != 3))

case("r40-008",
     lambda o: renamed(o, DF, "Dragon no Tomodachi") and len(in_folder(o, "Characters")) == 2,
     lambda o: bool(o.added("sessions")) or bool(o.modified("folders")) or bool(o.removed("folders")))

case("r40-009", lambda o: answers(o, r"characters"))

case("r40-010",
     lambda o: len(in_folder(o, "Characters")) == 2 and all("kawaii" in tags_of(a) for a in in_folder(o, "Characters"))
     and no_asset_churn(o) and no_gen_churn(o),
     lambda o: bool(real(o.added("assets"))) or bool(o.removed("assets")))

case("r40-011",
     lambda o: liked_in(o, Q3) == {1, 4} and liked_in(o, HP) == {2, 3} and current(o, Q3) and no_gen_churn(o),
     lambda o: bool(liked_in(o, HP) & {1, 4}))

case("r40-012",
     lambda o: archived_in(o, HP) == {1, 4, 5} and not archived_in(o, Q3) and status(o, HP) == "active"
     and not removed_anything(o) and not o.added("generations"),
     lambda o: status(o, HP) == "archived" or bool(archived_in(o, Q3)))

case("r40-013",
     lambda o: gone(o, Q3) and same_gens(o, HP) and len(o.removed("generations")) == 4 and sess(o, HP) is not None,
     lambda o: sess(o, HP) is None or len(gens(o, HP)) != 5)

case("r40-014",
     lambda o: one_post(o, r"insta", r"lift off", LW, {1, 2}),
     lambda o: bad_post(o, r"insta", LW, {1, 2}))

case("r40-015",
     lambda o: quiet(o) and not o.says(r"did not understand") and says_seed(o, gen(o, LW, 5)["seed"]),
     lambda o: bool(o.added("generations")))

case("r40-016",
     lambda o: quiet(o) and not_lost(o) and o.says(ZIP),
     lambda o: bool(o.modified("generations")) or bool(o.added("assets")))

case("r40-017",
     lambda o: reflection_on(o, HM) and o.spent == 25 and no_gen_churn(o),
     lambda o: bool(o.added("generations")))

case("r40-018",
     lambda o: archived_in(o, HM) == set(range(31, 61)) and status(o, HM) == "active" and no_gen_churn(o),
     lambda o: status(o, HM) == "archived" or bool(archived_in(o, HM) & set(range(1, 31))))

case("r40-019",
     lambda o: refuses(o, r"\b0\b|zero|at least (?:1|one)|between 1|1 (?:and|to) 100|must be|not a valid|invalid|whole number"),
     lambda o: bool(o.added("generations")) or o.spent != 0, ask=True)

case("r40-020", lambda o: answers(o, r"archiv", r"delet"), lambda o: o.data_changed)

case("r40-021",
     lambda o: made(o, SD, 5, r"sneaker") and all(_size_ok(g, 1024) for g in made_in(o, SD))
     and not added_prompt(o, r"1024"),
     lambda o: added_prompt(o, r"1024|size") or (bool(o.added("generations")) and len(o.added("generations")) != 5))


def _size_ok(g: dict, side: int) -> bool:
    values = [g.get(k) for k in ("size", "width", "height", "settings") if g.get(k) not in (None, "", {}, [])]
    if not values:
        return True  # the state does not carry the size; count and prompt decide
    return str(side) in " ".join(map(str, values))


case("r40-022",
     lambda o: liked_in(o, DF) == {6} and len(in_folder(o, "Characters")) == 2 and not o.removed("assets") and no_gen_churn(o),
     lambda o: bool(o.removed("assets")))

case("r40-023", lambda o: answers(o, r"holiday promo"),
     lambda o: o.current is not None and not current(o, HP))

case("r40-024",
     lambda o: len(o.removed("assets")) == 1 and origin_index(o, o.removed("assets")[0], LW) == 2
     and not real(o.added("assets")) and no_gen_churn(o) and not gen(o, LW, 2, "after").get("archived")
     and any(origin_index(o, a, LW) == 1 for a in in_folder(o, "Launch")),
     lambda o: bool(o.removed("generations")) or 2 in archived_in(o, LW)
     or not any(origin_index(o, a, LW) == 1 for a in real(o.after.get("assets", []))))

case("r40-025",
     lambda o: asked(o) and o.says(r"which|what|\?"),
     lambda o: bool(o.newly("liked", True)), ask=True)

case("r40-026",
     lambda o: refuses(o, r"not found|doesn't exist|does not exist|no such|can't find|cannot find|couldn't find|could not find|missing|not exist"),
     lambda o: bool(o.added("assets")) or bool(o.added("sessions")), ask=True)

case("r40-027",
     lambda o: len(real(o.added("assets"))) == 1 and o.spent == 0 and no_gen_churn(o)
     and ("sd-webui" in str(real(o.added("assets"))[0].get("path") or "sd-webui")),
     lambda o: len(real(o.added("assets"))) > 1 or o.spent != 0)

case("r40-028",
     lambda o: saved(o, LW, "Launch") == [9] and 9 in liked_in(o, LW) and liked_in(o, LW) == {1, 2, 5, 9},
     lambda o: 9 not in liked_in(o, LW) or saved_any(o, LW, set(range(1, 11)) - {9}))

case("r40-029",
     lambda o: status(o, HP) == "archived" and status(o, Q3) == "active" and not removed_anything(o),
     lambda o: status(o, Q3) != "active" or removed_anything(o))

case("r40-030",
     lambda o: made(o, DF, 2, r"red", r"dragon"),
     lambda o: bool(o.modified("generations", "prompt"))
     or (bool(o.added("generations")) and len(o.added("generations")) != 2))

case("r40-031",
     lambda o: answers(o, r"\b60\b", r"\b0\b|\bno\b|none|zero|not any|haven't|nothing"),
     lambda o: bool(o.newly("liked", True)))

case("r40-032",
     lambda o: quiet(o) and not_lost(o) and not delete_pending(o),
     lambda o: removed_anything(o) or newly_archived(o) or delete_pending(o), ask=True)


# == game-jam participant at 3am ===================================================================

case("r40-033",
     lambda o: new_sess(o, "pixel knight") and made(o, "pixel knight", 6, r"knight"),
     lambda o: any_session_name(o, r"sesion") or (bool(o.added("generations")) and len(made_in(o, "pixel knight")) != len(o.added("generations"))))

case("r40-034",
     lambda o: len(o.added("sessions")) == 1 and made_any(o, 4, r"slime")
     and made_any(o, 4)[0]["session_id"] == o.added("sessions")[0]["id"] and o.spent == 4,
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 4)

case("r40-035",
     lambda o: liked_in(o, SD) == {1, 2, 3, 4, 5, 7} and no_gen_churn(o) and no_asset_churn(o),
     lambda o: bool(liked_in(o, SD) - {1, 2, 3, 4, 5, 7}) or not {2, 4, 7} <= liked_in(o, SD))

case("r40-036",
     lambda o: liked_in(o, SD) == {2, 4} and not archived_in(o, SD) and no_gen_churn(o),
     lambda o: 7 in archived_in(o, SD) or bool(o.removed("generations")))

case("r40-037",
     lambda o: len(o.removed("assets")) == 2 and {origin_index(o, a, LW) for a in o.removed("assets")} == {1, 2}
     and liked_in(o, LW) == {1, 2, 5, 9} and len(gens(o, LW)) == 10 and not o.added("assets"),
     lambda o: liked_in(o, LW) != {1, 2, 5, 9} or bool(o.removed("generations")), ask=True)

case("r40-038",
     lambda o: archived_in(o, SD) == {1, 3, 5, 6, 8} and liked_in(o, SD) == {2, 4, 7} and status(o, SD) == "active"
     and no_gen_churn(o),
     lambda o: bool(archived_in(o, SD) & {2, 4, 7}) or status(o, SD) == "archived")

case("r40-039",
     lambda o: saved(o, SD, "jam assets") == [2, 4] and liked_in(o, SD) == {2, 4, 7},
     lambda o: saved_any(o, SD, {1, 3, 5, 6, 7, 8}))

case("r40-040",
     lambda o: made(o, DF, 3) and all(g.get("parent_id") == gen(o, DF, 1)["id"] for g in made_in(o, DF)),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 3)

case("r40-041", lambda o: answers(o, r"dragon", r"willow"), lambda o: bool(o.added("generations")))

case("r40-042",
     lambda o: made(o, Q3, 2, r"iced coffee") and current(o, Q3) and same_gens(o, HP),
     lambda o: bool(made_in(o, HP)) or added_prompt(o, r"gift"))

case("r40-043",
     lambda o: gone(o, HP) and same_gens(o, Q3),
     lambda o: sess(o, Q3) is None or len(gens(o, Q3)) != 4)

case("r40-044", lambda o: answers(o, r"\b490\b"))

case("r40-045",
     lambda o: liked_in(o, LW) == {1, 2, 3, 4, 5, 6, 9} and no_gen_churn(o) and no_asset_churn(o),
     lambda o: not {1, 2, 5, 9} <= liked_in(o, LW))

case("r40-046",
     lambda o: refuses(o, r"100|limit|too many|max|credits|not enough|at most|balance"),
     lambda o: bool(o.added("generations")) or o.spent != 0, ask=True)

case("r40-047",
     lambda o: archived_in(o, HM) == set(range(1, 21)) and status(o, HM) == "active" and no_gen_churn(o),
     lambda o: status(o, HM) == "archived" or bool(archived_in(o, HM) - set(range(1, 21))))

case("r40-048", lambda o: answers(o, r"session"), lambda o: bool(o.added("sessions")))

case("r40-049",
     lambda o: bool(made_in(o, SD)) and len(made_in(o, SD)) == len(o.added("generations"))
     and _prompts_match(made_in(o, SD), [r"sneaker"]) and not added_prompt(o, r"seed")
     and any(str(g.get("seed")) == "42" for g in made_in(o, SD)),
     lambda o: added_prompt(o, r"seed") or len(made_in(o, SD)) != len(o.added("generations")), ask=True)

case("r40-050",
     lambda o: renamed(o, DF, "dragon buddies"),
     lambda o: bool(o.added("sessions")) or bool(o.modified("folders")) or bool(o.removed("folders")))

case("r40-051", lambda o: answers(o, r"holiday promo"))

case("r40-052",
     lambda o: liked_in(o, HP) == {1, 2, 3, 4, 5} and not liked_in(o, Q3) and no_gen_churn(o),
     lambda o: bool(liked_in(o, Q3)), ask=True)


def _r053(o: Outcome) -> bool:
    before_1 = [a for a in real(o.before.get("assets", [])) if origin_index(o, a, LW) == 1]
    before_2 = [a for a in real(o.before.get("assets", [])) if origin_index(o, a, LW) == 2]
    after = o.rows("assets")
    one_out = all(a["id"] not in after or folder_of(o, after[a["id"]]) != "launch" for a in before_1)
    two_in = all(a["id"] in after and folder_of(o, after[a["id"]]) == "launch" for a in before_2)
    return bool(before_1) and one_out and two_in and liked_in(o, LW) == {1, 2, 5, 9} \
        and not archived_in(o, LW) and no_gen_churn(o) and not real(o.added("assets"))


def _w053(o: Outcome) -> bool:
    after = o.rows("assets")
    before_2 = [a for a in real(o.before.get("assets", [])) if origin_index(o, a, LW) == 2]
    return 1 not in liked_in(o, LW) or 1 in archived_in(o, LW) or bool(o.removed("generations")) \
        or any(a["id"] not in after or folder_of(o, after[a["id"]]) != "launch" for a in before_2)


case("r40-053", _r053, _w053, ask=True)

case("r40-054", lambda o: asked(o),
     lambda o: removed_anything(o) or newly_archived(o), ask=True)

case("r40-055",
     lambda o: archived_in(o, HM) == {12} and status(o, HM) == "active" and no_gen_churn(o),
     lambda o: status(o, HM) == "archived", ask=True)

case("r40-056",
     lambda o: len(o.added("sessions")) == 1 and made_any(o, 3, r"cyberpunk|neon")
     and all(g.get("liked") for g in o.added("generations"))
     and not added_prompt(o, r"like all"),
     lambda o: added_prompt(o, r"like all|and like"))

case("r40-057", lambda o: answers(o, r"\b50\b"), lambda o: bool(o.added("generations")))

case("r40-058",
     lambda o: quiet(o) and not_lost(o) and not delete_pending(o),
     lambda o: removed_anything(o) or delete_pending(o), ask=True)

case("r40-059",
     lambda o: moved(o, DF, "dragon boss", {5, 6}) and len(gens(o, DF)) == 4,
     lambda o: bool(o.added("generations")) or moved_others(o, DF, {5, 6}))

case("r40-060",
     lambda o: liked_in(o, HP) == {2, 3, 4} and not liked_in(o, Q3) and no_gen_churn(o),
     lambda o: 4 in liked_in(o, Q3) or bool(o.added("generations")), ask=True)

case("r40-061",
     lambda o: one_post(o, r"twitter|^x$", r"t-minus 3 days", LW, {5, 9})
     and not re.search(r"caption", o.added("posts")[0].get("caption") or "", re.I),
     lambda o: bad_post(o, r"twitter|^x$", LW, {5, 9})
     or any(re.search(r"caption", p.get("caption") or "", re.I) for p in o.added("posts")))

case("r40-062", lambda o: quiet(o) and not_lost(o),
     lambda o: bool(o.added("generations")) or o.spent != 0, ask=True)

case("r40-063",
     lambda o: refuses(o, r"no (?:images|generations|sessions|session)|nothing|there (?:are|is) no|empty|not found|doesn't exist|does not exist|no such|yet"),
     lambda o: o.data_changed, ask=True)

case("r40-064",
     lambda o: made(o, SD, 4, r"red", r"sneaker") and liked_in(o, SD) == {2, 4, 7, 12},
     lambda o: len(liked_in(o, SD) & set(range(9, 13))) > 1 or bool(liked_in(o, SD) & {1, 3, 5, 6, 8}))


# == brand manager =================================================================================

case("r40-065",
     lambda o: len(o.added("sessions")) == 1 and re.search(r"aurora skincare", o.added("sessions")[0]["name"], re.I)
     and made(o, o.added("sessions")[0]["name"], 6, r"serum") and liked_in(o, o.added("sessions")[0]["name"]) == {2, 5}
     and not any_session_name(o, r"^\s*\d[.)]"),
     lambda o: any_session_name(o, r"^\s*\d[.)]|new session") or added_prompt(o, r"^\s*\d[.)]|generate 6"))

case("r40-066",
     lambda o: new_sess(o, "Nordic Bottle Q4") and made(o, "Nordic Bottle Q4", 5, r"water bottle")
     and not added_prompt(o, r"save|folder|session") and saved(o, "Nordic Bottle Q4", "Brand Assets") == [1, 2, 3, 4, 5],
     lambda o: any(re.search(r"images|save|folder", s.get("name") or "", re.I) for s in o.added("sessions"))
     or added_prompt(o, r"save all|folder|session name"), ask=True)

case("r40-067",
     lambda o: liked_in(o, SD) == {1, 2, 4, 8} and saved(o, SD, "Drop Finals") == [1, 2, 4, 8] and no_gen_churn(o),
     lambda o: saved_any(o, SD, {3, 5, 6, 7}))

case("r40-068",
     lambda o: archived_in(o, SD) == {3, 5, 6} and liked_in(o, SD) == {2, 4, 7} and not removed_anything(o)
     and not o.added("generations"),
     lambda o: bool(archived_in(o, SD) - {3, 5, 6}) or liked_in(o, SD) != {2, 4, 7} or removed_anything(o))

case("r40-069",
     lambda o: one_post(o, r"insta", r"step up\.? drop 01 lands friday", SD, {2, 4}),
     lambda o: bad_post(o, r"insta", SD, {2, 4}))

case("r40-070", lambda o: answers(o, r"\b6\b|six", r"\b2\b|two"))


def _r071(o: Outcome) -> bool:
    project = next((p for p in o.after.get("projects", []) if _n(p.get("name")) == "storybook launch"), None)
    s = sess(o, DF)
    return project is not None and s is not None and project_of(o, s) == "storybook launch" and no_gen_churn(o)


case("r40-071", _r071,
     lambda o: sess(o, DF) is None
     or any(re.search(r"^\s*\d\)", p.get("name") or "") for p in o.after.get("projects", []))
     or any_session_name(o, r"^\s*\d\)"))

case("r40-072",
     lambda o: saved(o, HP, "Holiday Finals") == [2, 3] and liked_in(o, Q3) == {1} and liked_in(o, HP) == {2, 3}
     and no_gen_churn(o),
     lambda o: saved_from_session(o, Q3) or 1 in liked_in(o, HP), ask=True)


def _r073(o: Outcome) -> bool:
    q3, hp = sess(o, Q3, "before"), sess(o, HP, "before")
    rows = o.rows("sessions")
    return _n(rows[q3["id"]]["name"]) == "q3 cold brew" and _n(rows[hp["id"]]["name"]) == "holiday gifting 2025" \
        and not o.added("sessions") and no_gen_churn(o)


def _w073(o: Outcome) -> bool:
    q3 = sess(o, Q3, "before")
    return any_session_name(o, r"[•→]|->") or _n(o.rows("sessions")[q3["id"]]["name"]).startswith("holiday gifting")


case("r40-073", _r073, _w073, ask=True)

case("r40-074", lambda o: answers(o, r"launch") and o.says(r"#?\b1\b") and o.says(r"#?\b2\b|two"))

case("r40-075",
     lambda o: archived_in(o, LW) == {3, 4, 6, 7, 8, 10} and saved(o, LW, "Launch") == [5, 9] and no_gen_churn(o),
     lambda o: bool(archived_in(o, LW) & {1, 2, 5, 9}) or saved_any(o, LW, {1, 2}), ask=True)

case("r40-076",
     lambda o: len(in_folder(o, "Launch")) == 2 and all({"hero", "q1-campaign"} <= tags_of(a) for a in in_folder(o, "Launch"))
     and no_asset_churn(o),
     lambda o: bool(real(o.added("assets"))) or any("," in t for a in o.after.get("assets", []) for t in tags_of(a)))

case("r40-077",
     lambda o: archived_in(o, HM) == set(range(1, 11)) and liked_in(o, HM) == {11, 12, 13} and no_gen_churn(o),
     lambda o: archived_in(o, HM) == {1, 10} or bool(liked_in(o, HM) & archived_in(o, HM)))

case("r40-078", lambda o: answers(o, r"\b40\b", r"\b440\b"), lambda o: bool(o.added("generations")))

case("r40-079", lambda o: quiet(o) and not_lost(o),
     lambda o: bool(o.added("generations")) or bool(o.added("sessions")), ask=True)

case("r40-080",
     lambda o: liked_in(o, SD) == {2, 3, 4, 7} and archived_in(o, SD) == {5} and no_gen_churn(o),
     lambda o: 5 in liked_in(o, SD), ask=True)


def _r081(o: Outcome) -> bool:
    gone_idx = {g["index"] for g in o.removed("generations") if g.get("session_id") == sess(o, SD, "before")["id"]}
    if gone_idx == {6, 8} and len(o.removed("generations")) == 2 and sess(o, SD) is not None and not o.added("generations"):
        return True
    # or a clear refusal (single images can be archived, not deleted) with nothing changed
    return quiet(o) and o.says(r"archiv|can't|cannot|only|not possible|isn't possible|no way")


case("r40-081", _r081,
     lambda o: bool({g["index"] for g in o.removed("generations")} - {6, 8}) or bool(o.removed("sessions")), ask=True)

case("r40-082", lambda o: quiet(o) and not_lost(o) and o.says(ZIP),
     lambda o: bool(o.modified("generations")) or bool(o.added("assets")) or bool(o.removed("assets")))


def _r083(o: Outcome) -> bool:
    ids = [a["id"] for a in in_folder(o, "Characters", "before")]
    rows = o.rows("assets")
    return len(ids) == 2 and all(i in rows and folder_of(o, rows[i]) == "client review" for i in ids) and no_asset_churn(o)


case("r40-083", _r083, lambda o: bool(real(o.added("assets"))) or bool(o.removed("assets")))

case("r40-084",
     lambda o: made(o, Q3, 4, r"iced coffee") and liked_in(o, Q3) == {5, 6, 7, 8} and liked_in(o, HP) == {2, 3} and current(o, Q3),
     lambda o: bool(made_in(o, HP)) or bool(liked_in(o, Q3) & {1, 2, 3, 4}), ask=True)

case("r40-085",
     lambda o: refuses(o, r"\b9\b|only|5 (?:images|generations)|\bfive\b|no (?:image|generation)|not found|doesn't|does not|out of range"),
     lambda o: bool(o.modified("generations", "liked")), ask=True)

case("r40-086",
     lambda o: one_post(o, r"linkedin", r"launch week is here\.? #buildinpublic", LW, {1, 2, 5, 9}),
     lambda o: bad_post(o, r"linkedin", LW, {1, 2, 5, 9})
     or any("#buildinpublic" not in (p.get("caption") or "").lower() for p in o.added("posts")))

case("r40-087", lambda o: answers(o, r"\b10\b|\bten\b", r"\b4\b|\bfour\b") and o.says(r"\b1\b|\bone\b"))

case("r40-088",
     lambda o: reflection_on(o, HM) and o.spent == 25 and no_gen_churn(o),
     lambda o: bool(o.added("generations")))

case("r40-089",
     lambda o: len(o.added("sessions")) == 1 and re.search(r"k[oō]en coffee", o.added("sessions")[0]["name"], re.I)
     and re.search(r"rebrand", o.added("sessions")[0]["name"], re.I)
     and not re.search(r"kind|feed|[\"“”]", o.added("sessions")[0]["name"], re.I)
     and _n(o.added("sessions")[0].get("kind")) == "visual_feed",
     lambda o: any(re.search(r"kind|visual feed", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r40-090", lambda o: quiet(o) and o.question is not None,
     lambda o: removed_anything(o), ask=True)


def _r091(o: Outcome) -> bool:
    made_folders = [f for f in o.added("folders") if "approved" in _n(f.get("name")) and "q2" in _n(f.get("name"))]
    return len(made_folders) == 1 and "empty" not in _n(made_folders[0]["name"]) \
        and not in_folder(o, made_folders[0]["name"]) and no_asset_churn(o) and not o.modified("assets")


case("r40-091", _r091,
     lambda o: any("empty" in _n(f.get("name")) for f in o.added("folders")) or bool(o.modified("assets", "folder")))

case("r40-092",
     lambda o: status(o, Q3) == "archived" and status(o, HP) == "active" and not removed_anything(o),
     lambda o: status(o, HP) != "active" or removed_anything(o))

case("r40-093", lambda o: answers(o, r"holiday promo", r"\b5\b|\bfive\b"))

case("r40-094",
     lambda o: liked_in(o, LW) == {1, 2, 5} and archived_in(o, LW) == {10} and no_gen_churn(o),
     lambda o: 9 in archived_in(o, LW) or not {1, 2, 5} <= liked_in(o, LW))

case("r40-095",
     lambda o: liked_in(o, HM) == {10, 20, 30, 40, 50, 60} and no_gen_churn(o),
     lambda o: bool(liked_in(o, HM) - {10, 20, 30, 40, 50, 60}))

case("r40-096",
     lambda o: refuses(o) and o.after["credits"]["balance"] == 500,
     lambda o: (o.after.get("credits") or {}).get("balance", 0) > 500 or bool(o.added("generations")), ask=True)


# == retired father helping the bakery =============================================================

case("r40-097",
     lambda o: new_sess(o, "Rosie's Crumbs") and current(o, "Rosie's Crumbs") and not o.added("generations"),
     lambda o: any(re.search(r"for us|please|kindly|bakery", s.get("name") or "", re.I) for s in o.added("sessions"))
     or bool(o.added("generations")))

case("r40-098",
     lambda o: made_any(o, 4, r"sourdough") and not added_prompt(o, r"thank you|so kind|would you"),
     lambda o: added_prompt(o, r"thank you|so kind|would you"))

case("r40-099",
     lambda o: quiet(o) and not_lost(o) and o.says(r"sneaker|no (?:bakery|session)|only|can't find|couldn't find|not find|don't see|no "),
     lambda o: o.data_changed, ask=True)

case("r40-100",
     lambda o: saved(o, DF, "Characters") == [2] and len(in_folder(o, "Characters")) == 3 and not o.added("folders"),
     lambda o: saved_any(o, DF, {1, 3}) or bool(o.added("folders")))

case("r40-101", lambda o: answers(o, r"\b494\b", r"\b10\b|\bten\b"), lambda o: bool(o.added("generations")))

case("r40-102",
     lambda o: new_sess(o, "Cupcake Menu") and made(o, "Cupcake Menu", 6, r"cupcake") and liked_in(o, "Cupcake Menu") == {2, 5},
     lambda o: len(made_in(o, "Cupcake Menu")) != len(o.added("generations")) or bool(liked_in(o, "Cupcake Menu") - {2, 5}))

case("r40-103",
     lambda o: liked_in(o, SD) == set() and not archived_in(o, SD) and len(gens(o, SD)) == 8 and no_gen_churn(o),
     lambda o: bool(o.removed("generations")) or bool(archived_in(o, SD)), ask=True)

case("r40-104",
     lambda o: liked_in(o, HP) == {2, 3, 5} and not liked_in(o, Q3) and not o.added("folders") and no_gen_churn(o),
     lambda o: bool(liked_in(o, Q3)) or any("christmas" in _n(f.get("name")) for f in o.added("folders")))

case("r40-105",
     lambda o: status(o, Q3) == "archived" and len(gens(o, Q3)) == 4 and status(o, HP) == "active" and not removed_anything(o),
     lambda o: sess(o, Q3) is None or status(o, HP) != "active")

case("r40-106",
     lambda o: answers(o, r"like", r"free|no credits?|not cost|n't cost|costs? nothing|nothing|\b0 credits?|zero|no charge"),
     lambda o: bool(o.modified("generations", "liked")))

case("r40-107",
     lambda o: one_post(o, r"facebook|^fb$", r"come and see us on saturday", LW, {1, 2})
     and not re.search(r"caption should", o.added("posts")[0].get("caption") or "", re.I),
     lambda o: bad_post(o, r"facebook|^fb$", LW, {1, 2})
     or any(re.search(r"caption should", p.get("caption") or "", re.I) for p in o.added("posts")))

case("r40-108", lambda o: answers(o, r"\b60\b|sixty", r"\bno\b|none|\b0\b|zero|not any|haven't|nothing"))

case("r40-109",
     lambda o: archived_in(o, HM) == set(range(1, 6)) | set(range(56, 61)) and status(o, HM) == "active" and no_gen_churn(o),
     lambda o: bool(archived_in(o, HM) & set(range(6, 56))) or status(o, HM) == "archived")

case("r40-110",
     lambda o: made_any(o, 3, r"hot cross bun") and not added_prompt(o, r"daughter|hasn't seen|has not seen"),
     lambda o: added_prompt(o, r"daughter|hasn't seen|has not seen"), ask=True)

case("r40-111", lambda o: answers(o, r"white sneaker", r"plinth"))


def _r112(o: Outcome) -> bool:
    before = {a["id"]: folder_of(o, a, "before") for a in real(o.before.get("assets", []))}
    after = {a["id"]: folder_of(o, a) for a in real(o.after.get("assets", []))}
    return liked_in(o, DF) == {1} and before == after and len(before) == 2 and no_gen_churn(o)


case("r40-112", _r112,
     lambda o: not any(origin_index(o, a, DF) == 3 and folder_of(o, a) == "characters" for a in o.after.get("assets", [])))

case("r40-113", lambda o: asked(o),
     lambda o: removed_anything(o) or newly_archived(o), ask=True)

case("r40-114",
     lambda o: made(o, HP, 3, r"gold", r"gift box"),
     lambda o: bool(made_in(o, Q3)) or (bool(o.added("generations")) and not added_prompt(o, r"gold")))

case("r40-115",
     lambda o: saved(o, LW, "Launch") == [5, 9] and len(in_folder(o, "Launch")) == 4,
     lambda o: saved_any(o, LW, {1, 2}))

case("r40-116",
     lambda o: quiet(o) and not o.says(r"did not understand") and says_seed(o, gen(o, LW, 1)["seed"])
     and o.says(r"#?\b1\b|launch week"))

case("r40-117",
     lambda o: answers(o, r"\b25\b|twenty-five") and not reflection_on(o, HM),
     lambda o: reflection_on(o, HM) or o.spent != 0, ask=True)

case("r40-118", lambda o: quiet(o) and not_lost(o),
     lambda o: bool(o.added("generations")) or o.spent != 0, ask=True)

case("r40-119",
     lambda o: renamed(o, SD, "Tommy's Sneakers"),
     lambda o: any_session_name(o, r"confused") or bool(o.added("sessions")))

case("r40-120",
     lambda o: made(o, DF, 1, r"dragon") and (str(made_in(o, DF)[0].get("seed")) == str(gen(o, DF, 1)["seed"])
                                             or made_in(o, DF)[0].get("parent_id") == gen(o, DF, 1)["id"]),
     lambda o: len(o.added("generations")) > 1)

case("r40-121",
     lambda o: saved(o, HP, "Christmas Window") == [2, 3],
     lambda o: saved_from_session(o, Q3) or any("please" in _n(f.get("name")) for f in o.added("folders")))

case("r40-122",
     lambda o: quiet(o) and not_lost(o) and o.says(r"unlike|undo|remove the like|take .* like|any ?time"),
     lambda o: 9 not in liked_in(o, LW))

case("r40-123",
     lambda o: liked_in(o, HM) == {7, 14, 21} and no_gen_churn(o) and not o.added("folders"),
     lambda o: bool(liked_in(o, HM) - {7, 14, 21}) or any("favourite" in _n(f.get("name")) for f in o.added("folders"))
     or any(any("favourite" in t for t in tags_of(a)) for a in o.after.get("assets", [])))

case("r40-124",
     lambda o: new_sess(o, "Wedding Cakes", kind="video") and not o.added("generations"),
     lambda o: any(re.search(r"video|it is|believe", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r40-125", lambda o: answers(o, r"\b2\b", r"\b4\b", r"\b7\b"), lambda o: newly_archived(o))

case("r40-126",
     lambda o: made(o, DF, 2, r"croissant", r"dragon") and not added_prompt(o, r"granddaughter|birthday card"),
     lambda o: added_prompt(o, r"granddaughter|birthday card"), ask=True)

case("r40-127",
     lambda o: quiet(o) and not_lost(o) and not delete_pending(o)
     and o.says(r"delet|archiv|undo|lose|can't be|cannot be|permanent|for good"),
     lambda o: removed_anything(o) or delete_pending(o), ask=True)

case("r40-128",
     lambda o: made(o, LW, 2, r"night", r"rocket"),
     lambda o: bool(o.added("generations")) and (len(o.added("generations")) != 2 or len(made_in(o, LW)) != 2))


# == social-media freelancer =======================================================================

case("r40-129",
     lambda o: len(o.added("sessions")) == 3 and all(new_sess(o, n) for n in ("Bloom Florist", "Peak Gym", "Juno Jewelry"))
     and current(o, "Bloom Florist") and not o.added("generations"),
     lambda o: len(o.added("sessions")) > 3 or bool(o.added("generations")))

case("r40-130",
     lambda o: liked_in(o, Q3) == {2, 3} and liked_in(o, HP) == {2, 3} and current(o, Q3) and no_gen_churn(o),
     lambda o: liked_in(o, HP) != {2, 3})

case("r40-131",
     lambda o: saved(o, HP, "Holiday Client") == [2, 3],
     lambda o: saved_from_session(o, Q3) or saved_any(o, HP, {1, 4, 5}), ask=True)

case("r40-132",
     lambda o: made(o, Q3, 3, r"iced coffee"),
     lambda o: bool(made_in(o, HP)) or added_prompt(o, r"gift"))

case("r40-133",
     lambda o: one_post(o, r"insta|^ig$", r"fresh kicks", SD, {2, 4, 7}),
     lambda o: bad_post(o, r"insta|^ig$", SD, {2, 4, 7}), ask=True)

case("r40-134",
     lambda o: new_sess(o, "Peak Gym") and len(made_in(o, "Peak Gym")) == 4 and len(o.added("generations")) == 4
     and _prompts_match(made_in(o, "Peak Gym"), [r"kettlebell"]) and liked_in(o, SD) == {2, 4, 7, 8}
     and not liked_in(o, "Peak Gym") and current(o, SD),
     lambda o: bool(liked_in(o, "Peak Gym")))

case("r40-135", lambda o: answers(o, r"dragon friends"))


def _juno136(o: Outcome) -> bool:
    return bool(new_sess(o, "Juno Jewelry")) and len(made_in(o, "Juno Jewelry")) == 5 \
        and len(o.added("generations")) == 5 and _prompts_match(made_in(o, "Juno Jewelry"), [r"earring"]) \
        and liked_in(o, "Juno Jewelry") == {1, 4}


case("r40-136",
     lambda o: _juno136(o) and (liked_in(o, DF) == {1, 3, 4}
                                or (liked_in(o, DF) == {1, 3} and (o.question is not None or (not_lost(o) and o.says(_ASKISH))))),
     lambda o: bool(made_in(o, DF)) or (sess(o, "Juno Jewelry") is not None and liked_in(o, "Juno Jewelry") != {1, 4}),
     ask=True)

case("r40-137",
     lambda o: liked_in(o, Q3) == {1} and liked_in(o, HP) == {2, 3, 4} and no_gen_churn(o),
     lambda o: 4 in liked_in(o, Q3) or 1 in liked_in(o, HP), ask=True)

case("r40-138",
     lambda o: archived_in(o, LW) == {1, 2} and status(o, LW) == "active" and not o.removed("assets") and no_gen_churn(o),
     lambda o: status(o, LW) == "archived" or bool(archived_in(o, LW) - {1, 2}) or bool(o.removed("assets")), ask=True)

case("r40-139", lambda o: answers(o, r"\b4\b|\bfour\b"), lambda o: bool(o.modified("generations", "liked")))

case("r40-140",
     lambda o: new_sess(o, "Bloom Florist") and len(made_in(o, "Bloom Florist")) == 6 and len(o.added("generations")) == 6
     and _prompts_match(made_in(o, "Bloom Florist"), [r"peon"]) and liked_in(o, HM) == {3, 33}
     and not liked_in(o, "Bloom Florist"),
     lambda o: bool(liked_in(o, "Bloom Florist")))

case("r40-141", lambda o: asked(o), lambda o: removed_anything(o), ask=True)

case("r40-142",
     lambda o: renamed(o, Q3, "Brewhaus Summer") and sess(o, HP) is not None,
     lambda o: any_session_name(o, r"client") or sess(o, HP) is None)

case("r40-143",
     lambda o: liked_in(o, SD) == {2, 4, 7} and no_gen_churn(o) and not o.says(r"did not understand")
     and o.says(r"undo|undid|undone|revert|unlik|no longer|back"),
     lambda o: liked_in(o, SD) != {2, 4, 7} or bool(o.removed("generations")))

case("r40-144", lambda o: quiet(o) and not_lost(o) and o.says(ZIP), lambda o: o.data_changed, ask=True)

case("r40-145",
     lambda o: new_sess(o, "Juno Jewelry") and made(o, "Juno Jewelry", 4, r"pearl") and liked_in(o, "Juno Jewelry") == {2, 3}
     and saved(o, "Juno Jewelry", "Juno Picks") == [2, 3],
     lambda o: saved_any(o, "Juno Jewelry", {1, 4}))

case("r40-146",
     lambda o: quiet(o) and not_lost(o) and not delete_pending(o),
     lambda o: removed_anything(o) or newly_archived(o) or bool(o.added("posts")) or delete_pending(o), ask=True)

case("r40-147",
     lambda o: moved(o, HM, "Harbor Client B", set(range(50, 61))) and len(gens(o, HM)) == 49,
     lambda o: bool(o.added("generations")) or moved_others(o, HM, set(range(50, 61))))

case("r40-148", lambda o: answers(o, r"q3 ads", r"holiday promo", r"\b4\b", r"\b5\b"))

case("r40-149",
     lambda o: new_sess(o, "Bloom Florist") and made(o, "Bloom Florist", 3, r"tulip") and archived_in(o, SD) == {1, 3, 5}
     and not archived_in(o, "Bloom Florist"),
     lambda o: bool(archived_in(o, "Bloom Florist")))

case("r40-150",
     lambda o: one_post(o, r"tik ?tok", r"storytime with sprout", DF, {1, 3}),
     lambda o: bad_post(o, r"tik ?tok", DF, {1, 3}), ask=True)

case("r40-151",
     lambda o: made(o, HP, 6, r"gift box"),
     lambda o: bool(made_in(o, Q3)) or any(_n(g.get("prompt")) in ("it", "of it") for g in o.added("generations")), ask=True)

case("r40-152",
     lambda o: liked_in(o, LW) == {1, 2, 5, 8, 9} and no_gen_churn(o),
     lambda o: 10 in liked_in(o, LW), ask=True)

case("r40-153",
     lambda o: refuses(o, r"peak gym|no (?:such )?session|not found|doesn't exist|does not exist|couldn't find|can't find|no session"),
     lambda o: o.data_changed, ask=True)

case("r40-154",
     lambda o: new_sess(o, "Peak Gym – Reels", kind="video") and not o.added("generations"),
     lambda o: any_session_name(o, r"video session|\bas a\b"))

case("r40-155", lambda o: asked(o),
     lambda o: bool(o.added("sessions")) or bool(o.modified("generations", "liked")), ask=True)


def _r156(o: Outcome) -> bool:
    project = next((p for p in o.after.get("projects", []) if _n(p.get("name")) == "sprout books"), None)
    s = sess(o, DF)
    return project is not None and s is not None and project_of(o, s) == "sprout books" and no_gen_churn(o)


case("r40-156", _r156,
     lambda o: sess(o, DF) is None or any(_n(f.get("name")) == "sprout books" for f in o.added("folders")))

case("r40-157",
     lambda o: archived_in(o, HP) == {1, 4, 5} and archived_in(o, Q3) == {1, 2, 3, 4}
     and status(o, HP) == "active" and status(o, Q3) == "active" and no_gen_churn(o),
     lambda o: status(o, HP) == "archived" or status(o, Q3) == "archived" or bool(archived_in(o, HP) & {2, 3}), ask=True)

case("r40-158",
     lambda o: new_sess(o, "Juno Jewelry") and len(made_in(o, "Juno Jewelry")) == 2 and len(o.added("generations")) == 2
     and _prompts_match(made_in(o, "Juno Jewelry"), [r"ring"]) and saved(o, LW, "Launch") == [5],
     lambda o: saved_from_session(o, "Juno Jewelry"))

case("r40-159", lambda o: quiet(o) and o.question is not None,
     lambda o: gone(o, HM) or sess(o, HM) is None, ask=True)

case("r40-160",
     lambda o: new_sess(o, "Bloom Florist") and made(o, "Bloom Florist", 4, r"sunflower") and liked_in(o, "Bloom Florist") == {2}
     and new_sess(o, "Peak Gym") and not gens(o, "Peak Gym"),
     lambda o: bool(gens(o, "Peak Gym")))
