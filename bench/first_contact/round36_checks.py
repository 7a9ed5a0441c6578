"""Checks for first-contact round 36, written only from each case's ``meant`` / ``wrong_if`` / ``ok_to_ask``.

Voices (32 cases each, in this order): a corporate marketing team in a Slack channel (r36-001..032),
a tattoo artist preparing flash sheets (033..064), an elderly hobby watercolour painter (065..096),
a data journalist asking precise questions about numbers (097..128) and a parent planning a child's
birthday party (129..160).

Setups (every confirmation in a setup answered yes; a new home has 500 credits, 1 credit per
default 512x512 image):

- A: empty home.
- B: session "Sneaker Drop", 8 generations (white sneaker), liked {2,4,7}; 492 credits; current.
- C: session "Dragon Friends", 6 generations (green dragon reading a book), liked {1,3}, #1 and #3
  saved to folder "Characters" (two assets); 494 credits.
- D: "Q3 Ads" 4 generations (iced coffee, none liked); "Holiday Promo" 5 generations (gift box,
  liked {2,3}), current; 491 credits.
- E: "Launch Week" 10 generations (rocket), liked {1,2,5,9}, #1 and #2 saved to folder "Launch";
  490 credits.
- F: "Harbor Moods" 60 generations (foggy harbor at dawn); 440 credits.

Conventions:

- Checks read only the state (``o.before`` / ``o.after`` in the ``atelier state --json`` shape)
  and loose, case-insensitive patterns in the reply text; never tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case.
  An asset's folder/project may be a name or an id (or an object); both are resolved to a name.
- Every function is wrapped so it never raises (an exception counts as False).
- When a case's ``ok_to_ask`` is true, ``meant`` also accepts "nothing changed and a confirmation
  is waiting or a specific refusal/question was replied" (``asked``). Multi-line cases whose first
  lines change data accept, where ``ok_to_ask`` is true, the state after those first lines plus a
  question on the last line.
- A check that the request changed nothing (questions, remarks, impossible requests) also names
  any data change as ``wrong``.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


# -- plumbing --------------------------------------------------------------------------------------

def _safe(fn):
    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


def asked(o: Outcome) -> bool:
    """Nothing changed and a confirmation waits or a specific refusal/question was replied."""
    return quiet(o) and (o.question is not None or not_lost(o))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    if ask:
        inner = m
        safe_asked = _safe(asked)
        m = lambda o, inner=inner: inner(o) or safe_asked(o)  # noqa: E731
    CHECKS[case_id] = Check(m, _safe(wrong) if wrong is not None else None)


def changed(o: Outcome) -> bool:
    return o.data_changed


# -- readings --------------------------------------------------------------------------------------

def lc(value) -> str:
    return str(value or "").strip().casefold()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sessions(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in _state(o, when).get("sessions", []) if lc(s.get("name")) == lc(name)]


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    found = sessions(o, name, when)
    return found[0] if len(found) == 1 else None


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in sessions(o, name, when)}
    return [g for g in _state(o, when).get("generations", []) if g.get("session_id") in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict | None:
    return next((g for g in gens(o, name, when) if g.get("index") == index), None)


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("archived")}


def added_in(o: Outcome, name: str) -> list[dict]:
    ids = {s["id"] for s in sessions(o, name)}
    return [g for g in o.added("generations") if g.get("session_id") in ids]


def _prompt_ok(rows: list[dict], prompt: str | None) -> bool:
    return prompt is None or all(re.search(prompt, g.get("prompt") or "", re.IGNORECASE) for g in rows)


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name``, prompts matching."""
    new = added_in(o, name)
    if len(new) != count or len(o.added("generations")) != count or not _prompt_ok(new, prompt):
        return []
    return new


def made_anywhere(o: Outcome, count: int, prompt: str | None = None) -> list[dict]:
    new = o.added("generations")
    if len(new) != count or not _prompt_ok(new, prompt):
        return []
    return new


def any_prompt(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g.get("prompt") or "", re.IGNORECASE) for g in o.added("generations"))


def gens_untouched(o: Outcome) -> bool:
    return not o.added("generations") and not o.removed("generations")


def _name_of(o: Outcome, value, table: str) -> str:
    if isinstance(value, dict):
        return lc(value.get("name") or value.get("id"))
    for row in o.after.get(table, []) + o.before.get(table, []):
        if row.get("id") == value:
            return lc(row.get("name"))
    return lc(value)


def folder_of(o: Outcome, asset: dict) -> str:
    return _name_of(o, asset.get("folder"), "folders")


def project_of(o: Outcome, asset: dict) -> str:
    return _name_of(o, asset.get("project"), "projects")


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,;]", tags)
    out = set()
    for t in tags:
        out.add(lc(t.get("name") if isinstance(t, dict) else t))
    return out


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in _state(o, when).get("assets", []) if folder_of(o, a) == lc(folder)]


def added_assets_in(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.added("assets") if folder_of(o, a) == lc(folder)]


def indexes_of(o: Outcome, assets: list[dict], session: str) -> set[int]:
    """Indexes (in ``session``) of the generations the assets came from (before or after)."""
    index = {g["id"]: g["index"] for g in gens(o, session, "before") + gens(o, session)}
    return {index[a.get("origin_generation_id")] for a in assets if a.get("origin_generation_id") in index}


def balance(o: Outcome, when: str = "after") -> int:
    return (_state(o, when).get("credits") or {}).get("balance", 0)


def post_assets(o: Outcome, post: dict) -> list[dict]:
    ids = set(post.get("asset_ids") or [])
    return [a for a in o.after.get("assets", []) if a.get("id") in ids]


def says_num(o: Outcome, number) -> bool:
    n = str(number)
    patterns = [rf"(?<![\d.,]){re.escape(n)}(?![\d])"]
    if isinstance(number, int) and abs(number) >= 1000:
        patterns.append(re.escape(f"{number:,}"))
    return any(o.says(p) for p in patterns)


def no_understand(o: Outcome) -> bool:
    return o.says(r"did not understand|didn't understand|not sure what you mean")


def sizes_contain(rows: list[dict], side: int) -> bool:
    """When generations carry a size, it shows ``side``; when they do not, accept."""
    for g in rows:
        size = g.get("size") or (f"{g.get('width')}x{g.get('height')}" if g.get("width") else None)
        if size is not None and str(side) not in str(size):
            return False
    return True


def ask_text(o: Outcome) -> bool:
    return o.question is not None or o.says(r"\?") or o.says(r"can(no|')t|cannot|not able|unable|isn't possible|not possible")


MISSING = r"not found|does not exist|doesn't exist|no such|missing|cannot find|can't find|couldn't find|could not find|isn't there|not there"
UNDO = r"undo|undid|undone|revert|reversed|removed|unlik"


# -- corporate marketing team, Slack (001-032) ------------------------------------------------------

case("r36-001",
     lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 4, 7, 8} and gens_untouched(o) and not o.added("assets"),
     lambda o: bool(o.added("generations")) or not liked_in(o, "Sneaker Drop") >= {2, 4, 7})

case("r36-002",
     lambda o: len(added_assets_in(o, "Drop 03 Finals")) == 3
     and indexes_of(o, added_assets_in(o, "Drop 03 Finals"), "Sneaker Drop") == {2, 4, 7} and gens_untouched(o),
     lambda o: bool(indexes_of(o, o.added("assets"), "Sneaker Drop") - {2, 4, 7}))


def _r003(o):
    src = gen(o, "Sneaker Drop", 4)
    new = made(o, "Sneaker Drop", 4, r"blue")
    return new and all(g.get("parent_id") == src["id"] for g in new) and o.spent >= 4


case("r36-003", _r003, lambda o: any_prompt(o, r"@atelier"))

case("r36-004",
     lambda o: archived_in(o, "Sneaker Drop") == {1, 3, 5, 6, 8} and liked_in(o, "Sneaker Drop") == {2, 4, 7}
     and lc(sess(o, "Sneaker Drop")["status"]) != "archived" and gens_untouched(o),
     lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}) or lc((sess(o, "Sneaker Drop") or {}).get("status")) == "archived")

case("r36-005", quiet, changed, ask=True)

case("r36-006",
     lambda o: liked_in(o, "Sneaker Drop") == {7} and gens_untouched(o) and not o.added("assets"),
     lambda o: 7 not in liked_in(o, "Sneaker Drop") or bool(o.added("generations")))


def _r007(o):
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    p = posts[0]
    g7 = gen(o, "Sneaker Drop", 7)
    origins = {a.get("origin_generation_id") for a in post_assets(o, p)}
    return ("instagram" in lc(p.get("platform")) and re.search(r"drop 03 lands friday", p.get("caption") or "", re.I)
            and "#sneakerdrop" in lc(p.get("caption")) and g7["id"] in origins and gens_untouched(o))


case("r36-007", _r007,
     lambda o: any(re.search(r"post 7|instagram", p.get("caption") or "", re.I) for p in o.added("posts")))


def _r008(o):
    old = sess(o, "Sneaker Drop", "before")
    new = sess(o, "SNKR-DROP-03 (final)")
    return old and new and new["id"] == old["id"] and not sessions(o, "Sneaker Drop") \
        and not o.added("sessions") and gens_untouched(o)


case("r36-008", _r008, lambda o: bool(o.added("sessions")) or bool(o.added("generations")))

case("r36-009",
     lambda o: liked_in(o, "Q3 Ads") == {1, 4} and liked_in(o, "Holiday Promo") == {2, 3}
     and lc(o.current) == "q3 ads" and gens_untouched(o),
     lambda o: liked_in(o, "Holiday Promo") != {2, 3})

case("r36-010",
     lambda o: bool(made(o, "Q3 Ads", 6, r"iced coffee")) and o.spent == 6,
     lambda o: bool(added_in(o, "Holiday Promo")) or any_prompt(o, r"gift box"))

case("r36-011",
     lambda o: len(o.added("assets")) == 2 and indexes_of(o, o.added("assets"), "Holiday Promo") == {2, 3}
     and all(project_of(o, a) == "holiday 2025" for a in o.added("assets")),
     lambda o: bool(indexes_of(o, o.added("assets"), "Holiday Promo") - {2, 3})
     or any("priya" in project_of(o, a) for a in o.added("assets")))

case("r36-012",
     lambda o: lc(sess(o, "Q3 Ads")["status"]) == "archived" and lc(sess(o, "Holiday Promo")["status"]) == "active"
     and not o.removed("generations") and not o.removed("sessions"),
     lambda o: lc((sess(o, "Holiday Promo") or {}).get("status")) == "archived" or bool(o.removed("generations")))

case("r36-013", lambda o: answers(o) and says_num(o, 491), changed)

case("r36-014",
     lambda o: not sessions(o, "Q3 Ads") and len(o.removed("generations")) == 4
     and len(gens(o, "Holiday Promo")) == 5 and not o.added("generations"),
     lambda o: len(gens(o, "Holiday Promo")) != 5 or not sessions(o, "Holiday Promo"))

case("r36-015", lambda o: quiet(o) and o.question is not None,
     lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")))

case("r36-016", lambda o: answers(o, r"holiday promo"), changed)

case("r36-017",
     lambda o: archived_in(o, "Holiday Promo") == {3} and lc(sess(o, "Holiday Promo")["status"]) == "active"
     and gens_untouched(o),
     lambda o: lc((sess(o, "Holiday Promo") or {}).get("status")) == "archived"
     or bool(archived_in(o, "Holiday Promo") - {3}), ask=True)

case("r36-018",
     lambda o: len(o.added("assets")) == 2 and len(added_assets_in(o, "Launch")) == 2
     and indexes_of(o, o.added("assets"), "Launch Week") == {5, 9} and len(assets_in(o, "Launch")) == 4,
     lambda o: bool(indexes_of(o, o.added("assets"), "Launch Week") - {5, 9})
     or any(folder_of(o, a) != "launch" for a in o.added("assets")))

case("r36-019", lambda o: answers(o, r"zip"), changed)


def _r020(o):
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    p = posts[0]
    want = {gen(o, "Launch Week", 1)["id"], gen(o, "Launch Week", 2)["id"]}
    origins = {a.get("origin_generation_id") for a in post_assets(o, p)}
    return "linkedin" in lc(p.get("platform")) and "we have liftoff" in lc(p.get("caption")) \
        and "launch week starts monday" in lc(p.get("caption")) and origins == want


case("r36-020", _r020,
     lambda o: any(set(indexes_of(o, post_assets(o, p), "Launch Week")) - {1, 2} for p in o.added("posts")))


def _r021(o):
    launch = assets_in(o, "Launch")
    return (len(launch) == 2 and all(not ({"q4", "hero"} & tags_of(a)) for a in launch)
            and not o.added("assets") and not o.removed("assets") and gens_untouched(o)
            and not o.modified("generations") and o.says(r"q4|hero") and o.says(UNDO))


case("r36-021", _r021,
     lambda o: bool(o.removed("assets")) or bool(o.modified("generations"))
     or any({"q4", "hero"} & tags_of(a) for a in assets_in(o, "Launch")))

case("r36-022",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 5, 6, 9} and gens_untouched(o),
     lambda o: 3 in liked_in(o, "Launch Week"), ask=True)


def _r023(o):
    made_s = o.added("sessions")
    return len(made_s) == 1 and lc(made_s[0]["name"]) == "spring campaign 2026" and not o.added("generations")


case("r36-023", _r023,
     lambda o: any(re.search(r"bloom|it's for|for the", s.get("name") or "", re.I) for s in o.added("sessions")),
     ask=True)

case("r36-024",
     lambda o: bool(made(o, "Bloom Hero", 25, r"perfume")) and o.spent >= 25,
     lambda o: len(o.added("generations")) not in (0, 25) or bool(o.added("generations")) and not added_in(o, "Bloom Hero"))

case("r36-025",
     lambda o: not o.added("generations") and o.spent == 0 and bool(o.replies or o.question),
     lambda o: bool(o.added("generations")) or o.spent > 0)

case("r36-026", quiet, changed, ask=True)

case("r36-027", quiet, changed, ask=True)


def _r028(o):
    if balance(o) > balance(o, "before"):
        return False
    refused_all = quiet(o) and not_lost(o) and o.says(r"credit")
    did_images = bool(made_anywhere(o, 4, r"logo")) and o.says(r"credit") \
        and not o.added("assets") and not o.added("posts")
    return refused_all or did_images


case("r36-028", _r028, lambda o: balance(o) > balance(o, "before"), ask=True)

case("r36-029", lambda o: refuses(o) and not o.added("generations"),
     lambda o: bool(o.added("generations")))


def _r030(o):
    return answers(o, r"gift box")


case("r36-030", _r030, changed)


def _r031(o):
    social = assets_in(o, "Launch Social")
    return (not assets_in(o, "Launch") and len(social) == 2 and indexes_of(o, social, "Launch Week") == {1, 2}
            and liked_in(o, "Launch Week") == {1, 2, 5, 9} and gens_untouched(o))


case("r36-031", _r031,
     lambda o: bool(o.added("generations")) or liked_in(o, "Launch Week") != {1, 2, 5, 9})


def _r032(o):
    src = gen(o, "Holiday Promo", 2)
    new = made(o, "Holiday Promo", 3)
    if not new or not all(g.get("parent_id") == src["id"] for g in new):
        return False
    return liked_in(o, "Holiday Promo") == {2, 3} | {g["index"] for g in new}


case("r36-032", _r032, lambda o: not liked_in(o, "Holiday Promo") >= {2, 3})


# -- tattoo artist, flash sheets (033-064) ----------------------------------------------------------

case("r36-033",
     lambda o: bool(made(o, "Trad Birds Flash", 12, r"swallow")) and lc(o.current) == "trad birds flash",
     lambda o: bool(o.added("generations")) and len(added_in(o, "Trad Birds Flash")) != len(o.added("generations")))

case("r36-034",
     lambda o: bool(made_anywhere(o, 9, r"snake")) and all(re.search(r"dagger", g["prompt"], re.I) for g in o.added("generations")),
     lambda o: any_prompt(o, r"gimme"))


def _remix(o, session, index, count, prompt=None):
    src = gen(o, session, index)
    new = made(o, session, count, prompt)
    return bool(new) and all(g.get("parent_id") == src["id"] for g in new)


case("r36-035", lambda o: _remix(o, "Dragon Friends", 1, 3),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 3)

case("r36-036",
     lambda o: bool(made(o, "Dragon Friends", 1, r"dragon")) and added_in(o, "Dragon Friends")[0].get("seed") == 777,
     lambda o: any_prompt(o, r"777") or len(o.added("generations")) > 1)

case("r36-037",
     lambda o: bool(made(o, "Dragon Friends", 4, r"dragon"))
     and all(re.search(r"shading", g.get("negative_prompt") or "", re.I) and re.search(r"colou?r", g.get("negative_prompt") or "", re.I)
             for g in o.added("generations")),
     lambda o: any_prompt(o, r"negative|shading"))

case("r36-038",
     lambda o: liked_in(o, "Dragon Friends") == {1, 2, 3, 4, 6} and gens_untouched(o) and not o.added("assets"),
     lambda o: bool(o.added("generations")) or not liked_in(o, "Dragon Friends") >= {1, 3})

case("r36-039",
     lambda o: archived_in(o, "Dragon Friends") == {5} and gens_untouched(o)
     and lc(sess(o, "Dragon Friends")["status"]) != "archived",
     lambda o: bool(archived_in(o, "Dragon Friends") - {5}) or lc((sess(o, "Dragon Friends") or {}).get("status")) == "archived")


def _r040(o):
    new = o.added("assets")
    flash = [a for a in new if folder_of(o, a) == "flash"]
    walk = [a for a in new if folder_of(o, a) == "walk-ins"]
    return len(new) == 2 and indexes_of(o, flash, "Dragon Friends") == {2} and indexes_of(o, walk, "Dragon Friends") == {4}


def _r040_wrong(o):
    for a in o.added("assets"):
        idx = indexes_of(o, [a], "Dragon Friends")
        if folder_of(o, a) == "flash" and idx != {2}:
            return True
        if folder_of(o, a) == "walk-ins" and idx != {4}:
            return True
    return False


case("r36-040", _r040, _r040_wrong, ask=True)

case("r36-041",
     lambda o: liked_in(o, "Dragon Friends") == {1} and len(assets_in(o, "Characters")) == 2 and gens_untouched(o),
     lambda o: 1 not in liked_in(o, "Dragon Friends") or bool(o.removed("assets")))


def _r042(o):
    chars = assets_in(o, "Characters")
    others = [a for a in o.after["assets"] if a not in chars]
    before = o.rows("assets", "before")
    return (len(chars) == 2 and all({"dragon", "flash"} <= tags_of(a) for a in chars)
            and all(tags_of(a) == tags_of(before.get(a["id"], a)) for a in others))


case("r36-042", _r042,
     lambda o: any("dragon and flash" in tags_of(a) for a in o.after["assets"]) or bool(o.removed("assets")))

case("r36-043",
     lambda o: bool(made(o, "Friday 13th Flash", 13, r"skull")),
     lambda o: bool(o.added("generations")) and not added_in(o, "Friday 13th Flash"))


def _r044(o):
    new = added_in(o, "Friday 13th Flash")
    if len(new) != len(o.added("generations")) or not _prompt_ok(new, r"skull"):
        return False
    if len(new) == 26:
        return True
    return len(new) == 13 and ask_text(o)


case("r36-044", _r044,
     lambda o: bool(o.added("assets")) or bool(o.added("posts")) or bool(o.removed("generations")), ask=True)


def _r045(o):
    new = added_in(o, "Snake Flash")
    if len(new) != len(o.added("generations")) or any(re.search(r"2048", g.get("prompt") or "") for g in new):
        return False
    base = sorted(new, key=lambda g: g["index"])[:6]
    if len(base) != 6:
        return False
    extra = [g for g in new if g not in base]
    if not extra:
        return ask_text(o)
    four = next(g for g in base if g["index"] == 4)
    return len(extra) == 1 and extra[0].get("parent_id") == four["id"] and sizes_contain(extra, 2048)


case("r36-045", _r045, lambda o: any_prompt(o, r"2048"), ask=True)


def _r046(o):
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    p = posts[0]
    cap = lc(p.get("caption"))
    return ("instagram" in lc(p.get("platform")) and "flash day sat" in cap and "walk-ins welcome" in cap
            and "$100 each" in cap and indexes_of(o, post_assets(o, p), "Dragon Friends") == {1, 3})


case("r36-046", _r046,
     lambda o: any("$100" not in (p.get("caption") or "") for p in o.added("posts")))


def _r047(o):
    models = {g.get("model") for g in gens(o, "Dragon Friends") if g.get("model")}
    return bool(models) and answers(o) and all(o.says(re.escape(str(m))) for m in models)


case("r36-047", _r047, changed)

case("r36-048", lambda o: answers(o, r"zip|flash-dragons"), changed)

case("r36-049", asked, lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")), ask=True)

case("r36-050", asked, lambda o: bool(o.modified("generations", "liked")), ask=True)

case("r36-051", lambda o: refuses(o, MISSING), changed)

case("r36-052",
     lambda o: (len([a for a in o.added("assets") if "sd-parsers" in str(a.get("path") or "")]) >= 5
                or len(o.added("assets")) >= 5) and not o.added("generations"),
     lambda o: bool(o.added("generations")))


def _r053(o):
    marco = sess(o, "Client - Marco")
    old6 = gen(o, "Dragon Friends", 6, "before")
    moved = o.rows("generations").get(old6["id"])
    return (marco is not None and moved is not None and moved["session_id"] == marco["id"]
            and len(gens(o, "Dragon Friends")) == 5 and len(gens(o, "Client - Marco")) == 1
            and not o.added("generations"))


case("r36-053", _r053, lambda o: bool(o.added("generations")) or len(gens(o, "Dragon Friends")) < 5, ask=True)


def _r054(o):
    koi = added_assets_in(o, "Koi")
    return (bool(made(o, "Koi Sleeve", 8, r"koi")) and liked_in(o, "Koi Sleeve") == {1, 3, 5}
            and len(o.added("assets")) == 3 and indexes_of(o, koi, "Koi Sleeve") == {1, 3, 5})


case("r36-054", _r054,
     lambda o: bool(liked_in(o, "Koi Sleeve") - {1, 3, 5}) or bool(indexes_of(o, o.added("assets"), "Koi Sleeve") - {1, 3, 5}))

case("r36-055", lambda o: answers(o) and says_num(o, 494), changed)

case("r36-056",
     lambda o: bool(made(o, "Rose Flash", 10, r"rose")) and archived_in(o, "Rose Flash") == {1, 3, 4, 5, 6, 8, 9, 10}
     and lc(sess(o, "Rose Flash")["status"]) != "archived",
     lambda o: bool(archived_in(o, "Rose Flash") & {2, 7}))

case("r36-057", lambda o: refuses(o), changed, ask=True)


def _r058(o):
    new = made(o, "Dragon Friends", 2, r"dragon")
    return bool(new) and sizes_contain(new, 1024) and o.spent > 2


case("r36-058", _r058, lambda o: any_prompt(o, r"1024"))


def _r059(o):
    seed = gen(o, "Dragon Friends", 3)["seed"]
    return seed is not None and answers(o) and says_num(o, seed)


case("r36-059", _r059, changed)


def _r060(o):
    seed = gen(o, "Dragon Friends", 3)["seed"]
    new = made(o, "Dragon Friends", 2, r"red")
    return bool(new) and any(g.get("seed") == seed for g in new)


case("r36-060", _r060,
     lambda o: bool(o.added("generations")) and not any_prompt(o, r"red"), ask=True)

case("r36-061",
     lambda o: bool(made(o, "Panther Flash", 5, r"panther")) and archived_in(o, "Panther Flash") == {1, 2, 3, 4, 5},
     lambda o: bool(o.removed("generations")))

case("r36-062", lambda o: refuses(o), changed, ask=True)


def _r063(o):
    old = sess(o, "Dragon Friends", "before")
    new = sess(o, "Dragon Flash Vol 1")
    return (old and new and new["id"] == old["id"] and lc(new["status"]) == "archived"
            and not sessions(o, "Dragon Friends") and not o.removed("generations") and not o.added("generations"))


case("r36-063", _r063, lambda o: bool(o.removed("generations")) or bool(o.removed("assets")))

case("r36-064",
     lambda o: liked_in(o, "Dragon Friends") == set() and len(assets_in(o, "Characters")) == 2
     and not o.removed("assets") and gens_untouched(o),
     lambda o: bool(o.removed("assets")), ask=True)


# -- elderly watercolour painter (065-096) ----------------------------------------------------------

case("r36-065",
     lambda o: bool(made_anywhere(o, 4, r"cottage")) and all(re.search(r"hollyhock", g["prompt"], re.I) for g in o.added("generations")),
     lambda o: any_prompt(o, r"hello|please|thank you"))

case("r36-066",
     lambda o: len(o.added("sessions")) == 1 and lc(o.added("sessions")[0]["name"]) == "lake district"
     and not o.added("generations"),
     lambda o: any(re.search(r"please|morning", s.get("name") or "", re.I) for s in o.added("sessions"))
     or bool(o.added("generations")))

case("r36-067",
     lambda o: liked_in(o, "Harbor Moods") == {12, 40} and gens_untouched(o),
     lambda o: bool(liked_in(o, "Harbor Moods") - {12, 40}) or bool(o.added("generations")))


def _r068(o):
    if not gens_untouched(o):
        return False
    got = liked_in(o, "Harbor Moods")
    return got == {14, 40} or (got == {12, 40} and ask_text(o))


case("r36-068", _r068, lambda o: {12, 14} <= liked_in(o, "Harbor Moods"), ask=True)

case("r36-069", lambda o: answers(o) and says_num(o, 60), changed)

case("r36-070",
     lambda o: archived_in(o, "Harbor Moods") == set(range(1, 11)) and gens_untouched(o),
     lambda o: bool(o.removed("generations")) or bool(archived_in(o, "Harbor Moods") - set(range(1, 11))))

case("r36-071", lambda o: answers(o, r"harbor moods"), changed)

case("r36-072",
     lambda o: liked_in(o, "Harbor Moods") == {5, 22, 47} and len(o.added("assets")) == 3
     and indexes_of(o, added_assets_in(o, "For Painting"), "Harbor Moods") == {5, 22, 47},
     lambda o: bool(indexes_of(o, o.added("assets"), "Harbor Moods") - {5, 22, 47}))

case("r36-073", asked,
     lambda o: bool(o.removed("generations")) or bool(archived_in(o, "Harbor Moods")), ask=True)

case("r36-074",
     lambda o: bool(made_anywhere(o, 3, r"robin")) and all(re.search(r"snow", g["prompt"], re.I) for g in o.added("generations")),
     lambda o: any_prompt(o, r"please"))

case("r36-075",
     lambda o: bool(made_anywhere(o, 2, r"tulip")) and all(re.search(r"jug", g["prompt"], re.I) for g in o.added("generations")),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 2)


def _r076(o):
    new = sorted(o.added("generations"), key=lambda g: (g.get("created_at") or "", g.get("session_id") or "", g["index"]))
    if not new or not all(re.search(r"robin", g.get("prompt") or "", re.I) for g in new):
        return False
    if len(new) == 3:
        return ask_text(o)
    if len(new) != 6:
        return False
    first = {g["id"] for g in new[:3]}
    return all(g.get("parent_id") in first or re.search(r"soft", g.get("prompt") or "", re.I) for g in new[3:])


case("r36-076", _r076, lambda o: bool(o.removed("generations")), ask=True)

case("r36-077", lambda o: quiet(o) and bool(o.replies), changed)

case("r36-078", lambda o: answers(o, r"credit") and (o.says(r"\b1 credit|one credit|1 \w* ?credit|credit[^.]*\b1\b")), changed)

case("r36-079",
     lambda o: quiet(o) and sess(o, "Harbor Moods") is not None and len(gens(o, "Harbor Moods")) == 60,
     lambda o: bool(o.removed("sessions")) or bool(o.removed("generations")))

case("r36-080",
     lambda o: (len([a for a in o.added("assets") if "sd-metadata" in str(a.get("path") or "")]) >= 5
                or len(o.added("assets")) >= 5) and not o.added("generations"),
     lambda o: bool(o.added("generations")))

case("r36-081", lambda o: refuses(o), changed, ask=True)

case("r36-082", lambda o: answers(o, r"first|earliest|oldest"), changed)


def _r083(o):
    src = gen(o, "Harbor Moods", 5)
    new = added_in(o, "Harbor Moods")
    return (1 <= len(new) <= 4 and len(new) == len(o.added("generations"))
            and all(re.search(r"pink", g.get("prompt") or "", re.I) for g in new)
            and all(g.get("parent_id") == src["id"] or g.get("seed") == src.get("seed") for g in new)
            and not o.modified("generations"))


case("r36-083", _r083,
     lambda o: bool(o.modified("generations")) or (bool(o.added("generations")) and not any_prompt(o, r"pink")), ask=True)

case("r36-084",
     lambda o: liked_in(o, "Harbor Moods") == {12, 40} and gens_untouched(o) and o.says(r"zip|download"),
     lambda o: bool(liked_in(o, "Harbor Moods") - {12, 40}) or bool(o.added("generations")))


def _r085(o):
    old = sess(o, "Harbor Moods", "before")
    new = sess(o, "Harbour Studies (Whitby)")
    return old and new and new["id"] == old["id"] and not o.added("sessions") and gens_untouched(o)


case("r36-085", _r085,
     lambda o: any("if you would" in lc(s.get("name")) for s in o.after["sessions"]))

case("r36-086",
     lambda o: quiet(o) and (o.question is not None and o.says(r"\b25\b") or o.says(r"harbou?r") and says_num(o, 60)),
     lambda o: o.spent > 0, ask=True)

case("r36-087",
     lambda o: (sess(o, "Harbor Moods") or {}).get("reflection") is not None and o.spent == 25 and gens_untouched(o),
     lambda o: bool(o.added("generations")))

case("r36-088",
     lambda o: _remix(o, "Dragon Friends", 3, 2, r"scarf"),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 2)

case("r36-089", lambda o: answers(o, r"characters"), changed)

case("r36-090",
     lambda o: len(o.added("assets")) == 1 and indexes_of(o, added_assets_in(o, "Characters"), "Dragon Friends") == {2}
     and len(assets_in(o, "Characters")) == 3 and not o.removed("assets"),
     lambda o: bool(o.removed("assets")) or bool(indexes_of(o, o.added("assets"), "Dragon Friends") - {2}))


def _r091(o):
    new = made(o, "Bluebell Wood", 4, r"bluebell")
    if not new:
        return False
    arch = archived_in(o, "Bluebell Wood")
    return arch == {2} or (not arch and ask_text(o))


case("r36-091", _r091,
     lambda o: bool(archived_in(o, "Bluebell Wood") - {2}) or bool(o.removed("generations")), ask=True)

case("r36-092", lambda o: quiet(o) and o.question is not None,
     lambda o: bool(o.added("generations")), ask=True)

case("r36-093", lambda o: refuses(o, MISSING),
     lambda o: bool(o.added("generations")) or bool(o.added("assets")))

case("r36-094", lambda o: answers(o, r"\bno\b|none|haven't|have not|not liked|\b0\b|zero|nothing"), changed)

case("r36-095",
     lambda o: bool(made(o, "Autumn Leaves", 5, r"autumn leaves")) and liked_in(o, "Autumn Leaves") == {5},
     lambda o: bool(liked_in(o, "Autumn Leaves") - {5}))

case("r36-096",
     lambda o: not assets_in(o, "Characters") and len(o.removed("assets")) == 2
     and liked_in(o, "Dragon Friends") == {1, 3} and gens_untouched(o),
     lambda o: liked_in(o, "Dragon Friends") != {1, 3} or not gens_untouched(o))


# -- data journalist (097-128) ----------------------------------------------------------------------

case("r36-097", lambda o: answers(o) and says_num(o, 60), changed)

case("r36-098", lambda o: answers(o) and says_num(o, 60) and says_num(o, 440), changed)

case("r36-099", lambda o: answers(o, r"credit") and says_num(o, 25),
     lambda o: bool(o.added("generations")) or o.spent != 0)


def _r100(o):
    seed = gen(o, "Harbor Moods", 17)["seed"]
    return seed is not None and answers(o) and says_num(o, seed)


case("r36-100", _r100, changed)


def _r101(o):
    g = gen(o, "Harbor Moods", 42)
    return answers(o, r"foggy harbor") and says_num(o, g["seed"]) and o.says(re.escape(str(g["model"])))


case("r36-101", _r101, changed)

case("r36-102", lambda o: quiet(o) and o.question is not None and o.says(r"\b25\b"),
     lambda o: o.spent > 0 or (sess(o, "Harbor Moods") or {}).get("reflection") is not None)

case("r36-103",
     lambda o: (sess(o, "Harbor Moods") or {}).get("reflection") is not None and o.spent == 25 and gens_untouched(o),
     lambda o: bool(o.added("generations")))

case("r36-104", lambda o: answers(o, r"\b0\b|\bno\b|none|zero|haven't|have not|nothing"), changed)

case("r36-105",
     lambda o: liked_in(o, "Harbor Moods") == {10, 20, 30, 40, 50, 60} and gens_untouched(o),
     lambda o: bool(liked_in(o, "Harbor Moods") - {10, 20, 30, 40, 50, 60}))

case("r36-106",
     lambda o: liked_in(o, "Harbor Moods") == {1, 2, 3, 4, 5} and gens_untouched(o),
     lambda o: bool(o.modified("generations", "liked")) and liked_in(o, "Harbor Moods") != {1, 2, 3, 4, 5})

case("r36-107",
     lambda o: archived_in(o, "Harbor Moods") == set(range(31, 61)) and gens_untouched(o),
     lambda o: bool(o.removed("generations")) or bool(archived_in(o, "Harbor Moods") - set(range(31, 61))))

case("r36-108",
     lambda o: len(o.added("assets")) == 3 and indexes_of(o, added_assets_in(o, "Data Desk"), "Harbor Moods") == {1, 2, 3},
     lambda o: bool(indexes_of(o, o.added("assets"), "Harbor Moods") - {1, 2, 3}))

case("r36-109", lambda o: quiet(o) and o.question is not None,
     lambda o: bool(o.added("generations")), ask=True)

case("r36-110", lambda o: refuses(o, r"100|limit|max|too many|at most"),
     lambda o: bool(o.added("generations")))

case("r36-111", lambda o: refuses(o),
     lambda o: bool(o.added("generations")) or any_prompt(o, r"2\.5"))

case("r36-112", lambda o: refuses(o, r"seed"),
     lambda o: bool(o.added("generations")))

case("r36-113", lambda o: answers(o) and says_num(o, 9) and says_num(o, 4), changed)

case("r36-114", lambda o: answers(o, r"holiday promo"), changed)

case("r36-115", lambda o: answers(o, r"q3 ads", r"holiday promo") and says_num(o, 4) and says_num(o, 5), changed)

case("r36-116", lambda o: answers(o, r"40 ?%|40 percent|4 (of|out of) 10"), changed)

case("r36-117", lambda o: answers(o, r"\b2\b|\btwo\b"), changed)


def _r118(o):
    created = str(gen(o, "Launch Week", 1)["created_at"])
    return answers(o) and o.says(re.escape(created[:10])) and o.says(re.escape(created[11:16]))


case("r36-118", _r118, changed)


def _r119(o):
    s3, s7 = gen(o, "Launch Week", 3)["seed"], gen(o, "Launch Week", 7)["seed"]
    return answers(o) and says_num(o, s3) and says_num(o, s7)


case("r36-119", _r119, changed)

case("r36-120", lambda o: refuses(o), changed, ask=True)

case("r36-121", asked,
     lambda o: bool(o.removed("generations") or o.removed("sessions") or o.removed("assets")
                    or o.modified("generations", "archived")), ask=True)

case("r36-122", lambda o: answers(o, r"launch") and (says_num(o, 2) or o.says(r"\btwo\b")), changed)

case("r36-123", lambda o: answers(o, r"512"), changed)

case("r36-124", lambda o: answers(o, r"credit") and says_num(o, 8), changed)


def _r125(o):
    new = made(o, "Sneaker Drop", 5, r"sneaker")
    seeds = [g.get("seed") for g in new]
    return bool(new) and (min(seeds) == 1000 or 1000 in seeds)


case("r36-125", _r125, lambda o: any_prompt(o, r"1000|controlled comparison"), ask=True)

case("r36-126", lambda o: answers(o) and all(says_num(o, n) for n in (2, 4, 7)), changed)

case("r36-127", lambda o: quiet(o) and (says_num(o, 60) or not_lost(o)),
     lambda o: bool(o.removed("generations")) or bool(o.modified("generations", "archived")), ask=True)

case("r36-128",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 3, 4, 5, 9} and gens_untouched(o) and says_num(o, 6),
     lambda o: bool(liked_in(o, "Launch Week") ^ {1, 2, 3, 4, 5, 9}) and bool(o.modified("generations", "liked")))


# -- parent planning a birthday party (129-160) -----------------------------------------------------

case("r36-129",
     lambda o: bool(made(o, "Ava's 7th", 6, r"unicorn")),
     lambda o: any(re.search(r"\bmake\b|invitation", s.get("name") or "", re.I) for s in o.added("sessions")))

case("r36-130",
     lambda o: liked_in(o, "Dragon Friends") == {1, 3, 5} and gens_untouched(o) and not o.added("assets"),
     lambda o: not liked_in(o, "Dragon Friends") >= {1, 3} or bool(o.added("generations")))

case("r36-131",
     lambda o: len(o.added("assets")) == 2 and indexes_of(o, added_assets_in(o, "Party"), "Dragon Friends") == {5, 6},
     lambda o: bool(indexes_of(o, o.added("assets"), "Dragon Friends") - {5, 6}))


def _r132(o):
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    p = posts[0]
    cap = lc(p.get("caption"))
    return ("leo's dragon party" in cap and "sat 2pm" in cap and "bring your wings" in cap
            and "group chat" not in cap and indexes_of(o, post_assets(o, p), "Dragon Friends") == {1, 3})


case("r36-132", _r132,
     lambda o: any("group chat" in lc(p.get("caption")) for p in o.added("posts")))

case("r36-133", lambda o: answers(o, r"zip"), changed)

case("r36-134",
     lambda o: bool(made(o, "Pirate Party", 4, r"pirate")) and sizes_contain(added_in(o, "Pirate Party"), 768),
     lambda o: any_prompt(o, r"768"))

case("r36-135", lambda o: refuses(o), changed, ask=True)

case("r36-136", lambda o: refuses(o), changed, ask=True)

case("r36-137",
     lambda o: liked_in(o, "Dragon Friends") == {1, 3} and quiet(o) and o.says(UNDO) and not no_understand(o),
     lambda o: bool(o.removed("assets")) or liked_in(o, "Dragon Friends") != {1, 3})


def _r138(o):
    old = sess(o, "Dragon Friends", "before")
    new = sess(o, "Leo's Dragon Bash")
    return old and new and new["id"] == old["id"] and not o.added("sessions") and gens_untouched(o)


case("r36-138", _r138, lambda o: bool(o.added("sessions")) or bool(o.added("generations")))

case("r36-139",
     lambda o: bool(made(o, "Dino Bash", 8, r"t-?rex")) and all(re.search(r"hat", g["prompt"], re.I) for g in o.added("generations")),
     lambda o: any_prompt(o, r"changed his mind|🙄"))

case("r36-140",
     lambda o: lc(sess(o, "Dragon Friends")["status"]) == "archived" and len(assets_in(o, "Characters")) == 2
     and not o.removed("generations"),
     lambda o: bool(o.removed("assets")) or bool(o.removed("generations")))

case("r36-141",
     lambda o: lc(sess(o, "Dragon Friends")["status"]) == "active" and not o.removed("generations")
     and not o.removed("assets") and o.says(r"unarchiv|restored|active|back") and not no_understand(o),
     lambda o: bool(o.removed("assets")) or bool(o.removed("generations")))

case("r36-142", quiet, changed, ask=True)

case("r36-143", lambda o: answers(o) and says_num(o, 494), changed)


def _r144(o):
    ones = [a for a in o.after["assets"] if indexes_of(o, [a], "Dragon Friends") == {1}]
    threes = [a for a in o.after["assets"] if indexes_of(o, [a], "Dragon Friends") == {3}]
    others = [a for a in o.after["assets"] if a not in ones and a not in threes]
    return (ones and threes and any("invite" in tags_of(a) for a in ones) and any("invite" in tags_of(a) for a in threes)
            and not any("invite" in tags_of(a) for a in others) and gens_untouched(o))


case("r36-144", _r144,
     lambda o: any("invite" in tags_of(a) and not indexes_of(o, [a], "Dragon Friends") & {1, 3} for a in o.after["assets"]))

case("r36-145",
     lambda o: bool(made(o, "Mia's 5th - Under the Sea", 6, r"mermaid")),
     lambda o: bool(o.added("generations")) and not added_in(o, "Mia's 5th - Under the Sea"))


def _r146(o):
    cup = added_assets_in(o, "Cupcakes")
    return (bool(made(o, "Mia Party", 6, r"mermaid")) and liked_in(o, "Mia Party") == {2, 5}
            and len(o.added("assets")) == 2 and indexes_of(o, cup, "Mia Party") == {2, 5} and o.says(r"zip"))


case("r36-146", _r146,
     lambda o: bool(liked_in(o, "Mia Party") - {2, 5}) or bool(indexes_of(o, o.added("assets"), "Mia Party") - {2, 5}))

case("r36-147", lambda o: answers(o) and says_num(o, 10) and says_num(o, 16),
     lambda o: bool(o.added("generations")) or o.spent != 0)

case("r36-148",
     lambda o: bool(made_anywhere(o, 30, r"balloon")) and o.spent >= 30,
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 30)

case("r36-149", lambda o: refuses(o), changed, ask=True)

case("r36-150",
     lambda o: _remix(o, "Dragon Friends", 1, 4, r"party hat"),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 4)


def _r151(o):
    new = made(o, "Leo turns 5", 6, r"balloon")
    return bool(new) and len([g for g in new if re.search(r"blue", g["prompt"], re.I)]) >= 3 \
        and len([g for g in new if re.search(r"gold", g["prompt"], re.I)]) >= 3


case("r36-151", _r151,
     lambda o: bool(added_in(o, "Leo turns 5")) and any(not re.search(r"balloon", g.get("prompt") or "", re.I)
                                                        for g in added_in(o, "Leo turns 5")))

case("r36-152",
     lambda o: _remix(o, "Holiday Promo", 2, 2, r"dinosaur"),
     lambda o: bool(o.added("generations")) and len(o.added("generations")) != 2, ask=True)

case("r36-153",
     lambda o: bool(made(o, "Dragon Friends", 2, r"grown-ups allowed")) and not o.removed("sessions")
     and not o.removed("generations") and not o.removed("assets"),
     lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")))

case("r36-154", lambda o: answers(o, r"green dragon reading a book"), changed)

case("r36-155",
     lambda o: liked_in(o, "Dragon Friends") == {1, 2, 3, 4, 5} and gens_untouched(o),
     lambda o: 6 in liked_in(o, "Dragon Friends"))


def _r156(o):
    new = added_in(o, "Zoe 6")
    if len(new) != 8 or len(o.added("generations")) != 8 or o.removed("generations"):
        return False
    arch = archived_in(o, "Zoe 6")
    return (not arch and (o.says(r"can(no|')t be undone|cannot undo|can't undo|not be undone|cannot be undone") or ask_text(o))) \
        or arch == {5, 6, 7, 8}


case("r36-156", _r156,
     lambda o: len(o.added("generations")) > 8 or bool(o.removed("generations")), ask=True)

case("r36-157", lambda o: refuses(o), changed, ask=True)

case("r36-158", lambda o: refuses(o),
     lambda o: bool(o.added("generations")) or any_prompt(o, r"-5"))

case("r36-159", lambda o: answers(o) and says_num(o, 1) and says_num(o, 3), changed)


def _r160(o):
    favs = added_assets_in(o, "Party Favs")
    return (liked_in(o, "Dragon Friends") == set() and len(o.added("assets")) == 2
            and indexes_of(o, favs, "Dragon Friends") == {4, 5} and says_num(o, 494) and gens_untouched(o))


case("r36-160", _r160,
     lambda o: bool(liked_in(o, "Dragon Friends")) or bool(indexes_of(o, o.added("assets"), "Dragon Friends") - {4, 5}))
