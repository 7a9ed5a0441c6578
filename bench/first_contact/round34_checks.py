"""Checks for round 34 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

Voices (32 cases each, in this order): a fashion stylist building lookbooks (001-032), an indie
musician making album covers (033-064), a French speaker writing imperfect English (065-096), a
Slack channel of a small design agency with @mentions and emoji (097-128), and a children's
librarian preparing story-time posters (129-160).

Setups (every confirmation in a setup answered yes; credits start at 500, 1 credit per default image):

- A  empty home.
- B  session Sneaker Drop: 8 generations, liked {2, 4, 7}, 492 credits, current.
- C  session Dragon Friends: 6 generations, liked {1, 3}, both saved to folder Characters, 494 credits.
- D  Q3 Ads (4 generations, none liked) and Holiday Promo (5, liked {2, 3}, current), 491 credits.
- E  session Launch Week: 10 generations, liked {1, 2, 5, 9}, 1 and 2 saved to folder Launch, 490 credits.
- F  session Harbor Moods: 60 generations, 440 credits.

Conventions:

- Judged only from the state (``o.before`` / ``o.after`` in the ``atelier state --json`` shape) and
  loose, case-insensitive patterns in the reply text; never from tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case,
  spacing, emoji or punctuation (``loose``). A folder or project held as an id is resolved to its name.
- Every check function is wrapped so it never raises (an exception reads as False).
- When a case is ``ok_to_ask``, ``meant`` also accepts: nothing changed and either a confirmation is
  waiting or a specific refusal / question was replied (``asked``).
- ``wrong`` names the case's ``wrong_if`` outcome; the judge already scores any data change without
  ``meant`` as wrong.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


# -- plumbing ------------------------------------------------------------------------------------

def _safe(fn):
    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


_ASKY = (r"\?|can't|cannot|can not|could not|couldn't|unable|won't|not (?:allowed|possible|able|found|exist|permitted)"
         r"|doesn't|does not|don't|isn't|is not|there (?:is|are) no|only \d+|which|sure|confirm|invalid|must|between"
         r"|no (?:such|image|generation|session|folder|file)|sorry|refus|out of range|too (?:many|large|big)|limit|maximum"
         r"|at most|up to|not a|instead")


def asked(o: Outcome) -> bool:
    """Nothing changed, and a confirmation is waiting or a specific refusal/question was replied."""
    return quiet(o) and (o.question is not None or (not_lost(o) and o.says(_ASKY)))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    base = _safe(meant)
    if ask:
        safe_asked = _safe(asked)
        check_meant = _safe(lambda o: base(o) or safe_asked(o))
    else:
        check_meant = base
    CHECKS[case_id] = Check(check_meant, _safe(wrong) if wrong is not None else None)


# -- readings ------------------------------------------------------------------------------------

def loose(text) -> str:
    text = re.sub(r"[^\w\s&'\-]", " ", str(text or ""))
    text = re.sub(r"\s+-\s+|\s+-$|^-\s+", " ", text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def state(o: Outcome, when: str = "after") -> dict:
    return o.after if when == "after" else o.before


def _named(o: Outcome, table: str, value, when: str = "after"):
    """A folder / project value (a name, an id, or an object) as a name."""
    if isinstance(value, dict):
        return value.get("name")
    for row in state(o, when).get(table, []) or []:
        if value is not None and row.get("id") == value:
            return row.get("name")
    return value


def folder_of(o: Outcome, asset: dict, when: str = "after") -> str:
    return loose(_named(o, "folders", asset.get("folder"), when))


def project_of(o: Outcome, row: dict, when: str = "after") -> str:
    return loose(_named(o, "projects", row.get("project"), when))


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,;]", tags)
    return {loose(t.get("name") if isinstance(t, dict) else t) for t in tags}


def sessions(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in state(o, when)["sessions"] if loose(s.get("name")) == loose(name)]


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    found = sessions(o, name, when)
    return found[0] if found else None


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in sessions(o, name, when)}
    return [g for g in state(o, when)["generations"] if g["session_id"] in ids]


def gen(o: Outcome, name: str, index: int, when: str = "before") -> dict:
    return next(g for g in gens(o, name, when) if g["index"] == index)


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("archived")}


def made(o: Outcome, name: str | None = None) -> list[dict]:
    added = o.added("generations")
    if name is None:
        return added
    ids = {s["id"] for s in sessions(o, name)}
    return [g for g in added if g["session_id"] in ids]


def prompt_has(rows: list[dict], pattern: str) -> bool:
    return bool(rows) and all(re.search(pattern, g.get("prompt") or "", re.IGNORECASE) for g in rows)


def made_n(o: Outcome, name: str, count: int, pattern: str | None = None) -> bool:
    inside = made(o, name)
    return len(o.added("generations")) == count and len(inside) == count and \
        (pattern is None or prompt_has(inside, pattern))


def no_new_rows(o: Outcome) -> bool:
    return not o.added("generations") and not o.added("assets") and not o.removed("generations")


def origin_index(o: Outcome, asset: dict, name: str) -> int | None:
    for when in ("after", "before"):
        for g in gens(o, name, when):
            if g["id"] == asset.get("origin_generation_id"):
                return g["index"]
    return None


def saved_now(o: Outcome, name: str, folder: str | None = None) -> set[int] | None:
    """Indexes (in ``name``) of the assets added; None when any added asset is elsewhere or in another folder."""
    out = set()
    for asset in o.added("assets"):
        index = origin_index(o, asset, name)
        if index is None:
            return None
        if folder is not None and folder_of(o, asset) != loose(folder):
            return None
        out.add(index)
    return out


def assets_in_folder(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in state(o, when).get("assets", []) if folder_of(o, a, when) == loose(folder)]


def one_post(o: Outcome, platform: str, caption: str, session: str, indexes: set[int]) -> bool:
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    post = posts[0]
    if loose(post.get("platform")) != loose(platform):
        return False
    if not re.search(caption, post.get("caption") or "", re.IGNORECASE):
        return False
    assets = {a["id"]: a for a in o.after.get("assets", [])}
    ids = post.get("asset_ids") or []
    got = {origin_index(o, assets[i], session) for i in ids if i in assets}
    return len(ids) == len(indexes) and got == indexes


def balance(o: Outcome, when: str = "after") -> int:
    return (state(o, when).get("credits") or {}).get("balance", 0)


def credits_up(o: Outcome) -> bool:
    return balance(o, "after") > balance(o, "before")


def new_sess(o: Outcome, name: str, kind: str | None = None, project: str | None = None) -> dict | None:
    added = [s for s in o.added("sessions") if loose(s.get("name")) == loose(name)]
    if len(added) != 1 or len(o.added("sessions")) != 1:
        return None
    s = added[0]
    if kind and (s.get("kind") or "").casefold() != kind:
        return None
    if project and project_of(o, s) != loose(project):
        return None
    return s


def is_current(o: Outcome, name: str) -> bool:
    return loose(o.current) == loose(name)


def renamed(o: Outcome, old: str, new: str) -> bool:
    if o.added("sessions") or o.removed("sessions"):
        return False
    changed = o.modified("sessions", "name")
    return len(changed) == 1 and loose(changed[0][0]["name"]) == loose(old) \
        and loose(changed[0][1]["name"]) == loose(new)


def status(o: Outcome, name: str) -> str:
    return (sess(o, name) or {}).get("status") or ""


def seeds(rows: list[dict]) -> set:
    return {str(g.get("seed")) for g in rows}


def mentions_seed(o: Outcome, g: dict) -> bool:
    return g.get("seed") is not None and o.says(r"\b" + re.escape(str(g["seed"])) + r"\b")


def no_size_in_prompt(rows: list[dict], w: int, h: int) -> bool:
    return not any(re.search(rf"{w}\s*[x×]\s*{h}", g.get("prompt") or "", re.IGNORECASE) for g in rows)


def size_in_prompt(o: Outcome, w: int, h: int) -> bool:
    return not no_size_in_prompt(o.added("generations"), w, h)


def archived_changed(o: Outcome) -> bool:
    return bool(o.modified("generations", "archived"))


def likes_changed(o: Outcome) -> bool:
    return bool(o.modified("generations", "liked"))


def chatty(o: Outcome) -> bool:
    """Nothing changed and something was replied."""
    return quiet(o) and bool(o.replies or o.question)


ALL8 = set(range(1, 9))
ALL60 = set(range(1, 61))

# =============================================================================================
# fashion stylist (001-032)
# =============================================================================================

case("r34-001",
     lambda o: made_n(o, "SS26 Lookbook", 6, r"trench") and new_sess(o, "SS26 Lookbook") is not None
     and is_current(o, "SS26 Lookbook") and o.spent == 6,
     wrong=lambda o: bool(o.added("generations")) and len(made(o, "SS26 Lookbook")) != 6)

case("r34-002",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 3, 4, 7, 8} and no_new_rows(o),
     wrong=lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop"))

case("r34-003",
     lambda o: saved_now(o, "Sneaker Drop", "Selects") == {2, 4, 7} and len(o.added("assets")) == 3,
     wrong=lambda o: any(origin_index(o, a, "Sneaker Drop") not in {2, 4, 7} for a in o.added("assets"))
     or any(folder_of(o, a) != "selects" for a in o.added("assets")))

case("r34-004",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 7} and no_new_rows(o),
     wrong=lambda o: not {2, 7} <= liked_in(o, "Sneaker Drop"))

case("r34-005",
     lambda o: archived_in(o, "Sneaker Drop") == {1, 3, 5, 6, 8} and liked_in(o, "Sneaker Drop") == {2, 4, 7}
     and no_new_rows(o),
     wrong=lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}))

case("r34-006",
     lambda o: renamed(o, "Sneaker Drop", "Sneaker Drop FW26") and no_new_rows(o),
     wrong=lambda o: bool(o.added("sessions")))

case("r34-007",
     lambda o: made_n(o, "Resort 27 Capsule", 4, r"linen") and no_size_in_prompt(made(o), 768, 1024),
     wrong=lambda o: size_in_prompt(o, 768, 1024)
     or (bool(o.added("generations")) and len(made(o, "Resort 27 Capsule")) != 4))

case("r34-008",
     lambda o: liked_in(o, "Q3 Ads") == {1, 4} and liked_in(o, "Holiday Promo") == {2, 3} and no_new_rows(o),
     wrong=lambda o: liked_in(o, "Holiday Promo") != {2, 3})

case("r34-009",
     lambda o: one_post(o, "instagram", r"lift-?off", "Launch Week", {1, 2}),
     wrong=lambda o: bool(o.added("posts")) and not one_post(o, "instagram", r".", "Launch Week", {1, 2}))

case("r34-010",
     lambda o: answers(o) and mentions_seed(o, gen(o, "Sneaker Drop", 4)),
     wrong=lambda o: o.data_changed)

case("r34-011",
     lambda o: refuses(o) and not likes_changed(o),
     wrong=lambda o: likes_changed(o), ask=True)

case("r34-012",
     lambda o: made_n(o, "Sneaker Drop", 2, r"black leather")
     and all(g.get("parent_id") == gen(o, "Sneaker Drop", 4)["id"] for g in made(o)),
     wrong=lambda o: bool(o.added("generations")) and (len(o.added("generations")) != 2 or any(
         g.get("parent_id") != gen(o, "Sneaker Drop", 4)["id"] for g in o.added("generations"))))

case("r34-013",
     lambda o: len(assets_in_folder(o, "Characters")) == 2 and not o.added("assets")
     and all({"hero", "mascot"} <= tags_of(a) for a in assets_in_folder(o, "Characters")),
     wrong=lambda o: bool(o.added("assets")))

case("r34-014",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 5, 7} and no_new_rows(o),
     wrong=lambda o: 1 in liked_in(o, "Sneaker Drop"), ask=True)

case("r34-015",
     lambda o: archived_in(o, "Sneaker Drop") == set() and liked_in(o, "Sneaker Drop") == {2, 4, 7}
     and no_new_rows(o) and len(gens(o, "Sneaker Drop")) == 8 and bool(o.replies),
     wrong=lambda o: 1 in archived_in(o, "Sneaker Drop") or liked_in(o, "Sneaker Drop") != {2, 4, 7})

case("r34-016",
     lambda o: archived_in(o, "Harbor Moods") == set(range(1, 31)) and no_new_rows(o),
     wrong=lambda o: bool(archived_in(o, "Harbor Moods") - set(range(1, 31))))

case("r34-017",
     lambda o: new_sess(o, "Margaux AW26 Fittings", project="Margaux Chen") is not None,
     wrong=lambda o: any(re.search(r"margaux chen|project", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r34-018",
     lambda o: len(gens(o, "Rocket Prints")) == 1
     and gens(o, "Rocket Prints")[0]["id"] == gen(o, "Launch Week", 9)["id"]
     and len(gens(o, "Launch Week")) == 9 and not o.added("generations"),
     wrong=lambda o: bool(o.added("generations"))
     or any(g["id"] != gen(o, "Launch Week", 9)["id"] for g in gens(o, "Rocket Prints")))

case("r34-019",
     lambda o: quiet(o) and o.says(r"zip") and not o.says(r"did not understand"),
     wrong=lambda o: o.data_changed)

case("r34-020",
     lambda o: refuses(o) and balance(o) == balance(o, "before"),
     wrong=lambda o: balance(o) != balance(o, "before"), ask=True)

case("r34-021",
     lambda o: answers(o, r"coffee|\b4\b|four"),
     wrong=lambda o: o.data_changed)

case("r34-022",
     lambda o: len(o.added("assets")) == 2 and saved_now(o, "Sneaker Drop") == {2, 7}
     and {(origin_index(o, a, "Sneaker Drop"), folder_of(o, a)) for a in o.added("assets")}
     == {(2, "selects"), (7, "archive looks")},
     wrong=lambda o: len(o.added("assets")) == 1, ask=True)

case("r34-023",
     lambda o: made_n(o, "Sneaker Drop", 1, r"sneaker") and seeds(made(o)) == {"42"}
     and not prompt_has(made(o), r"seed"),
     wrong=lambda o: len(o.added("generations")) > 1
     or any(re.search(r"seed\s*42", g.get("prompt") or "", re.I) for g in o.added("generations")))

case("r34-024",
     lambda o: new_sess(o, "Denim Stories") is not None and made_n(o, "Denim Stories", 3, r"denim")
     and liked_in(o, "Denim Stories") == {1, 2, 3} and saved_now(o, "Denim Stories", "Lookbook Denim") == {1, 2, 3})

case("r34-025",
     lambda o: archived_in(o, "Sneaker Drop") == {6} and liked_in(o, "Sneaker Drop") == {2, 4, 7} and no_new_rows(o),
     wrong=lambda o: bool(archived_in(o, "Sneaker Drop") - {6}))

case("r34-026",
     lambda o: refuses(o),
     wrong=lambda o: o.data_changed, ask=True)

case("r34-027",
     lambda o: quiet(o) and sess(o, "Launch Week") is not None and len(gens(o, "Launch Week")) == 10
     and (o.question is not None or o.says(r"sure|confirm|delete")),
     wrong=lambda o: sess(o, "Launch Week") is None or bool(o.removed("generations")), ask=True)

case("r34-028",
     lambda o: made_n(o, "Sneaker Drop", 4, r"platform"),
     wrong=lambda o: bool(o.added("generations")) and len(made(o, "Sneaker Drop")) != len(o.added("generations")))

case("r34-029",
     lambda o: made_n(o, "Q3 Ads", 2, r"coffee") and o.says(r"holiday promo") and len(gens(o, "Holiday Promo")) == 5
     and is_current(o, "Q3 Ads"),
     wrong=lambda o: len(gens(o, "Holiday Promo")) != 5)

case("r34-030",
     lambda o: one_post(o, "pinterest", r"white on white", "Sneaker Drop", {2, 4, 7}),
     wrong=lambda o: any(origin_index(o, a, "Sneaker Drop") not in {2, 4, 7} for a in o.added("assets")))

case("r34-031",
     lambda o: new_sess(o, "Delete Later") is not None and not o.removed("sessions")
     and not o.removed("generations") and not archived_changed(o),
     wrong=lambda o: bool(o.removed("sessions") or o.removed("generations") or archived_changed(o)), ask=True)

case("r34-032",
     lambda o: (sess(o, "Harbor Moods") or {}).get("reflection") is not None and o.spent == 25
     and not o.added("generations"),
     wrong=lambda o: bool(o.added("generations")) or o.spent > 25)

# =============================================================================================
# indie musician (033-064)
# =============================================================================================

case("r34-033",
     lambda o: new_sess(o, "Basement Tapes EP") is not None and made_n(o, "Basement Tapes EP", 4, r"drum")
     and is_current(o, "Basement Tapes EP"),
     wrong=lambda o: bool(o.added("generations")) and len(made(o, "Basement Tapes EP")) != 4)

case("r34-034",
     lambda o: archived_in(o, "Sneaker Drop") == ALL8 and len(gens(o, "Sneaker Drop")) == 8 and not o.added("generations"),
     wrong=lambda o: sess(o, "Sneaker Drop") is None or bool(o.removed("generations")))

case("r34-035",
     lambda o: len(o.added("generations")) == 1 and prompt_has(o.added("generations"), r"hearse") and o.spent == 1,
     wrong=lambda o: len(o.added("generations")) > 1)

case("r34-036",
     lambda o: answers(o, r"\b494\b"),
     wrong=lambda o: o.data_changed)

case("r34-037",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 3, 4, 5, 6, 9} and no_new_rows(o),
     wrong=lambda o: not {1, 2, 5, 9} <= liked_in(o, "Launch Week"))

case("r34-038",
     lambda o: liked_in(o, "Launch Week") == set() and not o.removed("assets") and no_new_rows(o),
     wrong=lambda o: bool(o.removed("assets")))

case("r34-039",
     lambda o: made_n(o, "Sneaker Drop", 3)
     and all(g.get("parent_id") == gen(o, "Sneaker Drop", 7)["id"] for g in made(o)),
     wrong=lambda o: bool(o.added("generations")) and len(o.added("generations")) != 3)

case("r34-040",
     lambda o: answers(o, r"white sneaker"),
     wrong=lambda o: o.data_changed)

case("r34-041",
     lambda o: refuses(o),
     wrong=lambda o: bool(o.added("generations")) or o.spent != 0, ask=True)

case("r34-042",
     lambda o: new_sess(o, "Loud Quiet Loud") is not None and made_n(o, "Loud Quiet Loud", 24, r"cassette")
     and o.spent == 24,
     wrong=lambda o: bool(o.added("generations")) and len(o.added("generations")) != 24)

case("r34-043",
     lambda o: renamed(o, "Dragon Friends", "Kids Record Cover") and no_new_rows(o),
     wrong=lambda o: bool(o.added("sessions")))

case("r34-044",
     lambda o: status(o, "Holiday Promo") == "archived" and status(o, "Q3 Ads") == "active"
     and len(gens(o, "Holiday Promo")) == 5 and no_new_rows(o),
     wrong=lambda o: sess(o, "Holiday Promo") is None or status(o, "Q3 Ads") != "active")

case("r34-045",
     lambda o: status(o, "Holiday Promo") == "active" and status(o, "Q3 Ads") == "active"
     and len(gens(o, "Holiday Promo")) == 5 and no_new_rows(o) and bool(o.replies),
     wrong=lambda o: status(o, "Holiday Promo") != "active")

case("r34-046",
     lambda o: liked_in(o, "Harbor Moods") == {5, 12, 33, 60} and no_new_rows(o))

case("r34-047",
     lambda o: liked_in(o, "Harbor Moods") == {56, 57, 58, 59, 60} and no_new_rows(o),
     wrong=lambda o: liked_in(o, "Harbor Moods") == {5})

case("r34-048",
     lambda o: refuses(o),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case("r34-049",
     lambda o: new_sess(o, "Tour Visualizer", kind="video") is not None,
     wrong=lambda o: any(re.search(r"\bvideo\b", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r34-050",
     lambda o: saved_now(o, "Launch Week", "Merch") == {5, 9} and len(o.added("assets")) == 2
     and all("merch" in tags_of(a) and any(re.fullmatch(r"t-?shirts?", t) for t in tags_of(a))
             for a in o.added("assets")),
     wrong=lambda o: any(tags_of(new) != tags_of(old) for old, new in o.modified("assets", "tags")))

case("r34-051",
     lambda o: len(o.added("generations")) == 1 and prompt_has(o.added("generations"), r"1000 credits|ignore all")
     and o.spent == 1,
     wrong=lambda o: credits_up(o), ask=True)

case("r34-052",
     lambda o: answers(o, r"holiday promo"),
     wrong=lambda o: o.data_changed)

case("r34-053",
     lambda o: quiet(o) and liked_in(o, "Sneaker Drop") == {2, 4, 7} and not_lost(o),
     wrong=lambda o: 2 not in liked_in(o, "Sneaker Drop"))

case("r34-054",
     lambda o: refuses(o, r"not|exist|find|no such|missing"),
     wrong=lambda o: o.data_changed, ask=True)

case("r34-055",
     lambda o: len(o.added("assets")) >= 5 and not o.added("posts"))

case("r34-056",
     lambda o: one_post(o, "bandcamp", r"liftoff", "Launch Week", {1, 2}),
     wrong=lambda o: bool(o.added("posts")) and not one_post(o, "bandcamp", r".", "Launch Week", {1, 2}), ask=True)

case("r34-057",
     lambda o: quiet(o) and o.says(r"zip") and not o.says(r"did not understand"),
     wrong=lambda o: o.data_changed)

case("r34-058",
     lambda o: quiet(o) and (o.question is not None or o.says(r"which")),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case("r34-059",
     lambda o: made_n(o, "Sneaker Drop", 1, r"sneaker") and no_size_in_prompt(made(o), 1024, 1024),
     wrong=lambda o: size_in_prompt(o, 1024, 1024))

case("r34-060",
     lambda o: sess(o, "Q3 Ads") is None and len(o.removed("generations")) == 4
     and len(gens(o, "Holiday Promo")) == 5 and liked_in(o, "Holiday Promo") == {2, 3},
     wrong=lambda o: len(gens(o, "Holiday Promo")) != 5 or sess(o, "Holiday Promo") is None)

case("r34-061",
     lambda o: answers(o, r"\b10\s*credits?"),
     wrong=lambda o: o.data_changed)

case("r34-062",
     lambda o: answers(o, r"harbor"),
     wrong=lambda o: o.data_changed)

case("r34-063",
     lambda o: liked_in(o, "Sneaker Drop") == set() and no_new_rows(o) and len(gens(o, "Sneaker Drop")) == 8,
     wrong=lambda o: bool(o.removed("generations")))

case("r34-064",
     lambda o: quiet(o) and not_lost(o),
     wrong=lambda o: bool(o.removed("sessions")), ask=True)

# =============================================================================================
# French speaker (065-096)
# =============================================================================================

case("r34-065",
     lambda o: new_sess(o, "Affiche Jazz") is not None and is_current(o, "Affiche Jazz") and not o.added("generations"),
     wrong=lambda o: any(re.search(r"bonjour|named", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r34-066",
     lambda o: new_sess(o, "Affiche Jazz") is not None and made_n(o, "Affiche Jazz", 5, r"saxophone"),
     wrong=lambda o: bool(o.added("generations")) and len(o.added("generations")) != 5)

case("r34-067",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 5, 6, 7} and no_new_rows(o))

case("r34-068",
     lambda o: liked_in(o, "Sneaker Drop") == {4, 7} and no_new_rows(o) and not archived_changed(o),
     wrong=lambda o: 2 in archived_in(o, "Sneaker Drop") or bool(o.removed("generations")))

case("r34-069",
     lambda o: answers(o, r"\b2\b|\btwo\b"),
     wrong=lambda o: o.data_changed)

case("r34-070",
     lambda o: saved_now(o, "Sneaker Drop", "Inspiration") == {2, 4, 7} and len(o.added("assets")) == 3)

case("r34-071",
     lambda o: made_n(o, "Q3 Ads", 3, r"coffee") and is_current(o, "Q3 Ads"),
     wrong=lambda o: len(gens(o, "Holiday Promo")) != 5)

case("r34-072",
     lambda o: archived_in(o, "Launch Week") == {3, 4} and no_new_rows(o),
     wrong=lambda o: bool(archived_in(o, "Launch Week") - {3, 4}), ask=True)

case("r34-073",
     lambda o: answers(o, r"sneaker drop"),
     wrong=lambda o: o.data_changed)

case("r34-074",
     lambda o: renamed(o, "Dragon Friends", "Dragons Amis") and no_new_rows(o),
     wrong=lambda o: bool(o.added("sessions")))

case("r34-075",
     lambda o: answers(o, r"rocket") and mentions_seed(o, gen(o, "Launch Week", 9)),
     wrong=lambda o: o.data_changed)

case("r34-076",
     lambda o: len(o.added("generations")) == 8 and prompt_has(o.added("generations"), r"croissant")
     and "1234" in seeds(o.added("generations")) and len({g["session_id"] for g in o.added("generations")}) == 1
     and not prompt_has(o.added("generations")[:1], r"seed"),
     wrong=lambda o: any(re.search(r"seed|1234", g.get("prompt") or "", re.I) for g in o.added("generations")))

case("r34-077",
     lambda o: 1 <= len(made(o, "Sneaker Drop")) <= 8 and len(made(o)) == len(made(o, "Sneaker Drop"))
     and prompt_has(made(o, "Sneaker Drop"), r"grass") and prompt_has(made(o, "Sneaker Drop"), r"sneaker"))

case("r34-078",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 7, 8} and no_new_rows(o),
     wrong=lambda o: 3 in liked_in(o, "Sneaker Drop"), ask=True)

case("r34-079",
     lambda o: quiet(o) and sess(o, "Holiday Promo") is not None and (o.question is not None or not_lost(o)),
     wrong=lambda o: sess(o, "Holiday Promo") is None, ask=True)

case("r34-080",
     lambda o: sess(o, "Holiday Promo") is None and len(o.removed("generations")) == 5 and len(gens(o, "Q3 Ads")) == 4,
     wrong=lambda o: sess(o, "Q3 Ads") is None or len(gens(o, "Q3 Ads")) != 4)

case("r34-081",
     lambda o: answers(o, r"\b25\b"),
     wrong=lambda o: o.data_changed)

case("r34-082",
     lambda o: saved_now(o, "Launch Week", "Favoris") == {5, 9} and len(o.added("assets")) == 2,
     wrong=lambda o: any(folder_of(o, a) == "launch" for a in o.added("assets")))

case("r34-083",
     lambda o: quiet(o) and bool(o.replies) and not o.says(r"did not understand"),
     wrong=lambda o: o.data_changed, ask=True)

case("r34-084",
     lambda o: made_n(o, "Sneaker Drop", 4, r"\bred\b"))

case("r34-085",
     lambda o: archived_in(o, "Sneaker Drop") == {1, 3, 5} and no_new_rows(o))

case("r34-086",
     lambda o: one_post(o, "instagram", r"amis les dragons", "Dragon Friends", {1, 3}))

case("r34-087",
     lambda o: len(o.added("generations")) == 3 and prompt_has(o.added("generations"), r"chat|cat"),
     wrong=lambda o: bool(o.added("generations")) and len(o.added("generations")) != 3, ask=True)

case("r34-088",
     lambda o: answers(o, r"\b3\b|\bthree\b"),
     wrong=lambda o: archived_changed(o))

case("r34-089",
     lambda o: (refuses(o, r"\b5\b|only 4|four")) or
     (liked_in(o, "Q3 Ads") == {2} and liked_in(o, "Holiday Promo") == {2, 3} and o.says(r"\b5\b|only 4|four")
      and no_new_rows(o)),
     wrong=lambda o: liked_in(o, "Holiday Promo") != {2, 3}, ask=True)

case("r34-090",
     lambda o: status(o, "Launch Week") == "archived" and new_sess(o, "Launch Week 2") is not None
     and is_current(o, "Launch Week 2") and len(gens(o, "Launch Week")) == 10,
     wrong=lambda o: sess(o, "Launch Week") is None)

case("r34-091",
     lambda o: answers(o, r"harbor"),
     wrong=lambda o: o.data_changed)

case("r34-092",
     lambda o: refuses(o),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case("r34-093",
     lambda o: liked_in(o, "Sneaker Drop") == set() and no_new_rows(o) and not archived_changed(o),
     wrong=lambda o: archived_changed(o) or bool(o.removed("generations")))

case("r34-094",
     lambda o: answers(o, r"procedural|renderer|not an ai"),
     wrong=lambda o: o.data_changed)

case("r34-095",
     lambda o: new_sess(o, "Marché de Noël") is not None and made_n(o, "Marché de Noël", 4, r"christmas|market")
     and liked_in(o, "Marché de Noël") == {1, 4} and saved_now(o, "Marché de Noël", "Noël") == {1, 4})

case("r34-096",
     lambda o: liked_in(o, "Launch Week") == set() and not assets_in_folder(o, "Launch")
     and len(gens(o, "Launch Week")) == 10 and not o.added("generations"),
     wrong=lambda o: bool(o.removed("generations")))

# =============================================================================================
# Slack channel of a small design agency (097-128)
# =============================================================================================

case("r34-097",
     lambda o: new_sess(o, "Kombucha Labels") is not None and made_n(o, "Kombucha Labels", 6, r"kombucha"),
     wrong=lambda o: bool(o.added("generations")) and len(o.added("generations")) != 6)

case("r34-098",
     lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 4, 6, 7} and no_new_rows(o))

case("r34-099",
     lambda o: archived_in(o, "Sneaker Drop") == {3, 5, 8} and no_new_rows(o))

case("r34-100",
     lambda o: liked_in(o, "Q3 Ads") == {3} and liked_in(o, "Holiday Promo") == {2, 3} and is_current(o, "Q3 Ads")
     and no_new_rows(o),
     wrong=lambda o: liked_in(o, "Holiday Promo") != {2, 3})

case("r34-101",
     lambda o: quiet(o),
     wrong=lambda o: archived_changed(o), ask=True)

case("r34-102",
     lambda o: saved_now(o, "Launch Week", "Launch") == {5, 9} and len(o.added("assets")) == 2,
     wrong=lambda o: any(origin_index(o, a, "Launch Week") in {1, 2} for a in o.added("assets")))

case("r34-103",
     lambda o: one_post(o, "linkedin", r"step up", "Sneaker Drop", {2, 4, 7}))

case("r34-104",
     lambda o: answers(o, r"characters"),
     wrong=lambda o: o.data_changed)

case("r34-105",
     lambda o: new_sess(o, "Oat Milk Billboard", project="Fjord Dairy") is not None
     and made_n(o, "Oat Milk Billboard", 4, r"oat milk") and no_size_in_prompt(made(o), 1536, 640),
     wrong=lambda o: size_in_prompt(o, 1536, 640))

case("r34-106",
     lambda o: answers(o, r"\b491\b"),
     wrong=lambda o: o.data_changed)

case("r34-107",
     lambda o: liked_in(o, "Harbor Moods") == {10, 20, 30, 40, 50, 60} and no_new_rows(o))

case("r34-108",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 7} and archived_in(o, "Sneaker Drop") == {1} and no_new_rows(o),
     wrong=lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop") or 1 not in archived_in(o, "Sneaker Drop"))

case("r34-109",
     lambda o: not o.added("sessions") and not o.removed("sessions") and len(o.modified("sessions", "name")) == 1
     and re.fullmatch(r"launch week final final", loose(o.modified("sessions", "name")[0][1]["name"])) is not None,
     wrong=lambda o: bool(o.added("sessions")))

case("r34-110",
     lambda o: len(gens(o, "Q3 Ads")) == 5 and len(gens(o, "Holiday Promo")) == 4 and not o.added("generations")
     and any(g["id"] == gen(o, "Holiday Promo", 5)["id"] for g in gens(o, "Q3 Ads")),
     wrong=lambda o: bool(o.added("generations")))

case("r34-111",
     lambda o: chatty(o),
     wrong=lambda o: o.data_changed, ask=True)

case("r34-112",
     lambda o: new_sess(o, "Kettle and Crumb") is not None and made_n(o, "Kettle and Crumb", 3, r"chalkboard"),
     wrong=lambda o: any(re.search(r"bakery|menu board", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r34-113",
     lambda o: len(o.removed("assets")) == 2 and all(folder_of(o, a, "before") == "launch" for a in o.removed("assets"))
     and len(gens(o, "Launch Week")) == 10 and not o.added("assets"),
     wrong=lambda o: bool(o.removed("generations")))

case("r34-114",
     lambda o: (quiet(o) and o.says(r"credit")) or
     (len(o.added("generations")) == 2 and o.spent == 2 and o.says(r"credit")),
     wrong=lambda o: credits_up(o), ask=True)

case("r34-115",
     lambda o: answers(o, r"dragon") and mentions_seed(o, gen(o, "Dragon Friends", 3)),
     wrong=lambda o: o.data_changed)

case("r34-116",
     lambda o: made_n(o, "Holiday Promo", 10, r"gold"),
     wrong=lambda o: bool(made(o, "Q3 Ads")))

case("r34-117",
     lambda o: made_n(o, "Launch Week", 4) and sorted(
         (g.get("parent_id") == gen(o, "Launch Week", 5)["id"], g.get("parent_id") == gen(o, "Launch Week", 9)["id"])
         for g in made(o)) == [(False, True), (False, True), (True, False), (True, False)])

case("r34-118",
     lambda o: saved_now(o, "Sneaker Drop", "Client Review") == {2, 4, 7} and len(o.added("assets")) == 3)

case("r34-119",
     lambda o: quiet(o) and o.question is None and sess(o, "Harbor Moods") is not None
     and len(gens(o, "Harbor Moods")) == 60,
     wrong=lambda o: sess(o, "Harbor Moods") is None or bool(o.removed("generations")))

case("r34-120",
     lambda o: answers(o, r"\b40\s*credits?"),
     wrong=lambda o: o.data_changed)

case("r34-121",
     lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active"
     and o.says(r"holiday promo") and no_new_rows(o),
     wrong=lambda o: status(o, "Holiday Promo") != "active")

case("r34-122",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 3, 4, 7} and no_new_rows(o))

case("r34-123",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 3, 5, 9} and no_new_rows(o),
     wrong=lambda o: 9 not in liked_in(o, "Launch Week"))

case("r34-124",
     lambda o: made_n(o, "Dragon Friends", 4, r"watercolou?r") and len(o.added("assets")) == 4
     and saved_now(o, "Dragon Friends", "Characters") == {g["index"] for g in made(o)})

case("r34-125",
     lambda o: refuses(o),
     wrong=lambda o: archived_changed(o), ask=True)

case("r34-126",
     lambda o: new_sess(o, "Tagline Brainstorm", kind="text") is not None)

case("r34-127",
     lambda o: quiet(o) and o.says(r"zip") and not o.says(r"did not understand"),
     wrong=lambda o: o.data_changed)

case("r34-128",
     lambda o: quiet(o) and (o.question is not None or not_lost(o)),
     wrong=lambda o: bool(o.removed("generations")) or any(
         g.get("liked") or g.get("saved_asset_id") for g in o.removed("generations")), ask=True)

# =============================================================================================
# children's librarian (129-160)
# =============================================================================================

case("r34-129",
     lambda o: new_sess(o, "Story Time Spring") is not None and made_n(o, "Story Time Spring", 4, r"hedgehog"))

case("r34-130",
     lambda o: liked_in(o, "Dragon Friends") == {1, 3, 5} and no_new_rows(o))

case("r34-131",
     lambda o: saved_now(o, "Dragon Friends", "Characters") == {5} and len(o.added("assets")) == 1)

case("r34-132",
     lambda o: made_n(o, "Dragon Friends", 3, r"bunn"))

case("r34-133",
     lambda o: new_sess(o, "Tuesday Toddler Time") is not None and made_n(o, "Tuesday Toddler Time", 6, r"bear"))

case("r34-134",
     lambda o: one_post(o, "facebook", r"dragon tales", "Dragon Friends", {1}))

case("r34-135",
     lambda o: liked_in(o, "Holiday Promo") == {4} and liked_in(o, "Q3 Ads") == set() and no_new_rows(o),
     wrong=lambda o: liked_in(o, "Q3 Ads") != set())

case("r34-136",
     lambda o: answers(o, r"\b500\b"),
     wrong=lambda o: o.data_changed)

case("r34-137",
     lambda o: len(made(o, "Dragon Friends")) >= 1 and len(made(o)) == len(made(o, "Dragon Friends"))
     and prompt_has(made(o), r"dragon") and not o.removed("generations") and not archived_changed(o),
     wrong=lambda o: bool(o.removed("generations")) or archived_changed(o), ask=True)

case("r34-138",
     lambda o: renamed(o, "Dragon Friends", "Dragon Friends - October Story Time") and no_new_rows(o))

case("r34-139",
     lambda o: answers(o, r"\b1\b", r"\b2\b", r"\b5\b", r"\b9\b"),
     wrong=lambda o: o.data_changed)

case("r34-140",
     lambda o: chatty(o) and not o.says(r"did not understand"),
     wrong=lambda o: o.data_changed, ask=True)

case("r34-141",
     lambda o: len(o.added("generations")) == 1 and prompt_has(o.added("generations"), r"story time"))

case("r34-142",
     lambda o: not o.added("assets") and len(assets_in_folder(o, "Characters")) == 2
     and all(project_of(o, a) == "autumn reading challenge" for a in assets_in_folder(o, "Characters")),
     wrong=lambda o: bool(o.added("assets")))

case("r34-143",
     lambda o: sess(o, "Q3 Ads") is None and len(gens(o, "Holiday Promo")) == 5 and len(o.removed("generations")) == 4,
     wrong=lambda o: sess(o, "Holiday Promo") is None, ask=True)

case("r34-144",
     lambda o: archived_in(o, "Launch Week") == {6, 7, 8} and no_new_rows(o),
     wrong=lambda o: bool(o.removed("generations")), ask=True)

case("r34-145",
     lambda o: quiet(o) and (o.question is not None or not_lost(o)),
     wrong=lambda o: bool(o.removed("generations")) or archived_changed(o), ask=True)

case("r34-146",
     lambda o: len(o.added("generations")) == 3 and prompt_has(o.added("generations"), r"caterpillar"))

case("r34-147",
     lambda o: answers(o, r"dragon"),
     wrong=lambda o: o.data_changed)

case("r34-148",
     lambda o: new_sess(o, "Summer Reading Kickoff") is not None and made_n(o, "Summer Reading Kickoff", 5, r"read")
     and liked_in(o, "Summer Reading Kickoff") == {2, 5}
     and saved_now(o, "Summer Reading Kickoff", "Summer Reading") == {2, 5})

case("r34-149",
     lambda o: answers(o, r"hid|unarchiv|restor|bring .*back|not delet|kept|keep|reversible|undo"),
     wrong=lambda o: archived_changed(o) or o.data_changed)

case("r34-150",
     lambda o: refuses(o),
     wrong=lambda o: bool(o.added("generations")), ask=True)

case("r34-151",
     lambda o: archived_in(o, "Harbor Moods") == ALL60 - {3, 17, 42} and no_new_rows(o),
     wrong=lambda o: bool(archived_in(o, "Harbor Moods") & {3, 17, 42}))

case("r34-152",
     lambda o: made_n(o, "Sneaker Drop", 2, r"sneaker") and "777" in seeds(made(o)),
     wrong=lambda o: any(re.search(r"seed|777", g.get("prompt") or "", re.I) for g in o.added("generations")))

case("r34-153",
     lambda o: answers(o, r"holiday promo"),
     wrong=lambda o: o.data_changed)

case("r34-154",
     lambda o: chatty(o),
     wrong=lambda o: bool(o.removed("sessions")), ask=True)

case("r34-155",
     lambda o: made_n(o, "Dragon Friends", 4) and all(g.get("liked") for g in made(o))
     and all(g.get("parent_id") == gen(o, "Dragon Friends", 3)["id"] for g in made(o)))

case("r34-156",
     lambda o: not assets_in_folder(o, "Launch") and liked_in(o, "Launch Week") == {1, 2, 5, 9}
     and len(gens(o, "Launch Week")) == 10 and not o.added("generations"),
     wrong=lambda o: liked_in(o, "Launch Week") != {1, 2, 5, 9})

case("r34-157",
     lambda o: answers(o, r"import"),
     wrong=lambda o: o.data_changed)

case("r34-158",
     lambda o: made_n(o, "Sneaker Drop", 12, r"rainbow"))

case("r34-159",
     lambda o: answers(o, r"\b440\b", r"\b0\b|\bno\b|none|zero|not liked|haven't liked"),
     wrong=lambda o: o.data_changed)

case("r34-160",
     lambda o: answers(o, r"size|\d+\s*[x×]\s*\d+|2048|pixel|resolution"),
     wrong=lambda o: bool(o.added("generations")))

