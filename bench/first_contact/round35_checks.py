"""Checks for first-contact round 35, written only from each case's ``meant`` / ``wrong_if`` / ``ok_to_ask``.

Voices (32 cases each): 001-032 a small-town bakery owner, 033-064 a UX designer who scripts Atelier
in CI, 065-096 a Spanish speaker writing imperfect English, 097-128 a teenage anime fan (slang, emoji),
129-160 a museum archivist who imports old folders and asks careful questions.

Setups (run first in the same conversation, every confirmation answered yes; credits start at 500,
one credit per default image):

- A: empty home.
- B: session "Sneaker Drop", 8 images of a white sneaker, liked {2,4,7}; 492 credits.
- C: session "Dragon Friends", 6 images of a green dragon, liked {1,3}, the liked ones saved as two
  assets in folder "Characters"; 494 credits.
- D: session "Q3 Ads" (4 iced-coffee images, none liked), then session "Holiday Promo" (5 gift-box
  images, liked {2,3}), which is current; 491 credits.
- E: session "Launch Week", 10 rocket images, liked {1,2,5,9}, #1 and #2 saved to folder "Launch";
  490 credits.
- F: session "Harbor Moods", 60 foggy-harbor images; 440 credits.

Conventions:

- Everything is judged from the state before/after the say-lines (``atelier state --json`` shape) and
  from loose, case-insensitive patterns in the reply text, never from tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case; a
  folder/project value on a row may be a name or an id (ids are looked up in ``folders`` /
  ``projects``).
- ``case(id, meant, wrong, ask)``: every function is wrapped so that it never raises (an exception
  reads as False). With ``ask=True`` (the case's ok_to_ask), ``meant`` also holds when nothing changed
  and a confirmation is waiting or a specific refusal / question was replied.
- Where the say-lines both generate and then like/save, checks never demand that no generations were
  added.
- Sizes are checked only when the state shows a size for a generation (the contract does not promise
  one); credit spend is checked exactly only for default-size images.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}

SP = "sd-parsers"
SM = "sd-metadata"


# -- plumbing -------------------------------------------------------------------------------------

def _safe(fn):
    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


_ASK_WORDS = (r"\?|can't|cannot|could not|couldn't|can not|\bnot\b|\bno\b|only|nothing|sorry|unable|won't|"
              r"isn't|doesn't|don't|invalid|must|need|between|too (many|large|big)|exceed|at most|maximum|"
              r"limit|which|refus|confirm|sure|unclear|ambiguous")


def asked(o: Outcome) -> bool:
    """Nothing changed, and a confirmation waits or a specific refusal / question was replied."""
    return quiet(o) and (o.question is not None or (not_lost(o) and o.says(_ASK_WORDS)))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    if ask:
        inner = m
        m = _safe(lambda o: inner(o) or asked(o))
    CHECKS[case_id] = Check(m, _safe(wrong) if wrong is not None else None)


# -- readings -------------------------------------------------------------------------------------

def low(x) -> str:
    return str(x if x is not None else "").strip().casefold()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    return next((s for s in _state(o, when)["sessions"] if low(s["name"]) == low(name)), None)


def sess_starting(o: Outcome, prefix: str, when: str = "after") -> list[dict]:
    return [s for s in _state(o, when)["sessions"] if low(s["name"]).startswith(low(prefix))]


def sess_by_id(o: Outcome, sid, when: str = "after") -> dict | None:
    return next((s for s in _state(o, when)["sessions"] if s["id"] == sid), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in _state(o, when)["sessions"] if low(s["name"]) == low(name)}
    return [g for g in _state(o, when)["generations"] if g["session_id"] in ids]


def gen_at(o: Outcome, name: str, index: int, when: str = "after") -> dict | None:
    return next((g for g in gens(o, name, when) if g["index"] == index), None)


def liked_set(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("liked")}


def archived_set(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("archived")}


def added_gens(o: Outcome, name: str | None = None) -> list[dict]:
    rows = o.added("generations")
    if name is None:
        return rows
    ids = {s["id"] for s in o.after["sessions"] if low(s["name"]) == low(name)}
    return [g for g in rows if g["session_id"] in ids]


def made(o: Outcome, name: str | None, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (any session when None)."""
    rows = added_gens(o, name)
    if len(rows) != count or len(o.added("generations")) != count:
        return []
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.I) for g in rows):
        return []
    return rows


def prompts_have(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g.get("prompt") or "", re.I) for g in o.added("generations"))


def seeds(rows: list[dict]) -> set:
    out = set()
    for g in rows:
        try:
            out.add(int(g.get("seed")))
        except (TypeError, ValueError):
            pass
    return out


def _size_of(g: dict):
    size = g.get("size")
    if isinstance(size, str):
        m = re.search(r"(\d+)\s*[x×]\s*(\d+)", size)
        if m:
            return int(m.group(1)), int(m.group(2))
    if isinstance(size, (list, tuple)) and len(size) == 2:
        return int(size[0]), int(size[1])
    if isinstance(size, dict) and size.get("width"):
        return int(size["width"]), int(size["height"])
    if g.get("width") and g.get("height"):
        return int(g["width"]), int(g["height"])
    settings = g.get("settings") or {}
    if isinstance(settings, dict) and settings.get("width") and settings.get("height"):
        return int(settings["width"]), int(settings["height"])
    return None


def size_is(g: dict, w: int, h: int) -> bool:
    """True when the state shows this size, or shows no size at all (the contract does not promise one)."""
    got = _size_of(g)
    return got is None or got == (w, h)


def _named(o: Outcome, table: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        return low(value.get("name"))
    for row in list(o.after.get(table, [])) + list(o.before.get(table, [])):
        if str(row.get("id")) == str(value):
            return low(row.get("name"))
    return low(value)


def folder_of(o: Outcome, row: dict) -> str:
    return _named(o, "folders", row.get("folder"))


def project_of(o: Outcome, row: dict) -> str:
    return _named(o, "projects", row.get("project"))


def tags_of(row: dict) -> set[str]:
    tags = row.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,;]", tags)
    return {low(t.get("name") if isinstance(t, dict) else t) for t in tags}


def origins(o: Outcome, name: str, assets: list[dict] | None = None) -> set[int]:
    """Indexes (in session ``name``) of the generations the given (default: added) assets came from."""
    by_id = {g["id"]: g["index"] for g in gens(o, name, "before") + gens(o, name)}
    rows = o.added("assets") if assets is None else assets
    return {by_id[a["origin_generation_id"]] for a in rows if a.get("origin_generation_id") in by_id}


def image_assets(rows: list[dict]) -> list[dict]:
    return [a for a in rows if low(a.get("media_type")) in ("", "image", "video")]


def in_folder(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in _state(o, when)["assets"] if folder_of(o, a) == low(folder)]


def balance(o: Outcome, when: str = "after") -> int:
    return (_state(o, when).get("credits") or {}).get("balance")


def no_new(o: Outcome, *tables: str) -> bool:
    return not any(o.added(t) for t in tables)


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def likes_changed(o: Outcome) -> bool:
    return bool(o.modified("generations", "liked"))


def archives_changed(o: Outcome) -> bool:
    return bool(o.modified("generations", "archived"))


def num(o: Outcome, n) -> bool:
    return o.says(rf"(?<![\d.]){re.escape(str(n))}(?![\d])")


def seed_said(o: Outcome, name: str, index: int) -> bool:
    g = gen_at(o, name, index)
    return g is not None and g.get("seed") is not None and num(o, g["seed"])


def one_post(o: Outcome, platform: str, caption: str, n_assets: int | None = None) -> bool:
    posts = o.added("posts")
    if len(posts) != 1:
        return False
    p = posts[0]
    if platform not in low(p.get("platform")):
        return False
    if not re.search(caption, p.get("caption") or "", re.I):
        return False
    return n_assets is None or len(p.get("asset_ids") or []) == n_assets


def became_current(o: Outcome, name: str) -> bool:
    return low(o.current) == low(name)


def new_session_named(o: Outcome, name: str, generations: bool = False) -> dict | None:
    rows = [s for s in o.added("sessions") if low(s["name"]) == low(name)]
    if len(rows) != 1 or len(o.added("sessions")) != 1:
        return None
    if not generations and o.added("generations"):
        return None
    return rows[0]


def renamed(o: Outcome, old: str, new: str, prefix: bool = False) -> bool:
    before = sess(o, old, "before")
    if before is None:
        return False
    now = sess_by_id(o, before["id"])
    if now is None:
        return False
    ok = low(now["name"]).startswith(low(new)) if prefix else low(now["name"]) == low(new)
    return ok and sess(o, old) is None and len(gens(o, now["name"])) == len(gens(o, old, "before")) \
        and nothing_removed(o)


def status(o: Outcome, name: str) -> str:
    s = sess(o, name)
    return low(s["status"]) if s else ""


def imported(o: Outcome, folder: str, at_least: int) -> list[dict]:
    """New assets from the sample folder ``folder`` (every one that shows a path lies in it)."""
    rows = o.added("assets")
    if len(rows) < at_least:
        return []
    for a in rows:
        path = a.get("path")
        if path and folder not in str(path):
            return []
    return rows


def spent_nothing(o: Outcome) -> bool:
    return o.spent == 0


RANGE = lambda a, b: set(range(a, b + 1))  # noqa: E731


# ====================================================================================================
# bakery owner (001-032)
# ====================================================================================================

case("r35-001",
     lambda o: new_session_named(o, "Fall Menu") is not None and became_current(o, "Fall Menu")
     and spent_nothing(o),
     lambda o: any(re.search(r"bakery|for me", s["name"], re.I) for s in o.added("sessions"))
     or bool(o.added("generations")))

case("r35-002",
     lambda o: sess(o, "Fall Menu") is not None and made(o, "Fall Menu", 4, r"pumpkin pie") and o.spent == 4,
     lambda o: any(re.search(r"please", s["name"], re.I) for s in o.added("sessions")))

case("r35-003",
     lambda o: made(o, None, 6, r"cinnamon roll") and o.spent == 6
     and not prompts_have(o, r"thank you|could you"),
     lambda o: prompts_have(o, r"thank you|could you"))

case("r35-004",
     lambda o: liked_set(o, "Holiday Promo") == {2, 3, 4} and liked_set(o, "Q3 Ads") == set()
     and no_new(o, "generations", "assets") and nothing_removed(o),
     lambda o: bool(liked_set(o, "Q3 Ads")) or bool(o.added("generations")))

case("r35-005",
     lambda o: len(o.added("assets")) == 2 and all(folder_of(o, a) == "christmas window" for a in o.added("assets"))
     and origins(o, "Holiday Promo") == {2, 3},
     lambda o: bool(origins(o, "Q3 Ads")))

case("r35-006",
     lambda o: one_post(o, "facebook", r"holiday boxes are here.*dec 15", 2)
     and not re.search(r"make a facebook post", o.added("posts")[0]["caption"], re.I),
     lambda o: len(o.added("posts")) > 1
     or any(re.search(r"make a facebook post", p.get("caption") or "", re.I) for p in o.added("posts")))

case("r35-007",
     lambda o: made(o, "Q3 Ads", 3, r"iced coffee") and became_current(o, "Q3 Ads")
     and len(gens(o, "Q3 Ads")) == 7 and len(gens(o, "Holiday Promo")) == 5,
     lambda o: bool(added_gens(o, "Holiday Promo")))

case("r35-008", lambda o: answers(o, r"(?<!\d)491(?!\d)"))

case("r35-009",
     lambda o: answers(o, r"(?<!\d)10(?!\d)") and o.says(r"(?<![\d.])9(?![\d])|(?<!\d)491(?!\d)"),
     lambda o: bool(o.added("generations")))

case("r35-010",
     lambda o: sess(o, "Q3 Ads") is None and len(o.removed("generations")) == 4
     and len(gens(o, "Holiday Promo")) == 5 and liked_set(o, "Holiday Promo") == {2, 3},
     lambda o: sess(o, "Holiday Promo") is None
     or any(g["session_id"] == (sess(o, "Holiday Promo", "before") or {}).get("id") for g in o.removed("generations")))

case("r35-011",
     lambda o: quiet(o) and o.question is not None,
     lambda o: bool(o.removed("sessions") or o.removed("generations")),
     ask=True)

case("r35-012",
     lambda o: sess(o, "Wedding Cakes") is not None and len(added_gens(o, "Wedding Cakes")) == 5
     and len(o.added("generations")) == 5
     and all(re.search(r"wedding cake", g["prompt"] or "", re.I) for g in added_gens(o, "Wedding Cakes"))
     and liked_set(o, "Wedding Cakes") == {1, 5},
     lambda o: bool(liked_set(o, "Wedding Cakes") - {1, 5}))


def _r013(o):
    rows = sorted(o.added("generations"), key=lambda g: g["index"])
    if len(rows) != 6 or len({g["session_id"] for g in rows}) != 1:
        return False
    if not all(re.search(r"sourdough", g["prompt"] or "", re.I) for g in rows):
        return False
    return all(size_is(g, 1024, 1024) for g in rows[3:]) and not prompts_have(o, r"1024")


case("r35-013", _r013, lambda o: prompts_have(o, r"1024"))

case("r35-014",
     lambda o: renamed(o, "Holiday Promo", "Christmas 2025") and liked_set(o, "Christmas 2025") == {2, 3},
     lambda o: sess(o, "Q3 Ads") is None or bool(o.removed("generations")))

case("r35-015",
     lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active" and nothing_removed(o),
     lambda o: status(o, "Holiday Promo") == "archived" or not nothing_removed(o))

case("r35-016",
     lambda o: status(o, "Q3 Ads") == "active" and len(gens(o, "Q3 Ads")) == 4 and nothing_removed(o)
     and o.says(r"archiv"),
     lambda o: sess(o, "Q3 Ads") is None or status(o, "Holiday Promo") == "archived")


def _r017(o):
    rows = o.added("generations")
    if len(rows) != 4 or not all(re.search(r"chalkboard", g["prompt"] or "", re.I) for g in rows):
        return False
    sid = rows[0]["session_id"]
    liked = {g["index"] for g in o.after["generations"] if g["session_id"] == sid and g.get("liked")}
    session = sess_by_id(o, sid)
    assets = o.added("assets")
    return liked == {2, 4} and len(assets) == 2 and all(folder_of(o, a) == "signs" for a in assets) \
        and origins(o, session["name"]) == {2, 4}


def _r017_wrong(o):
    rows = o.added("generations")
    if not rows:
        return False
    sid = rows[0]["session_id"]
    liked = {g["index"] for g in o.after["generations"] if g["session_id"] == sid and g.get("liked")}
    return bool(liked - {2, 4}) or len(o.added("assets")) > 2 or prompts_have(o, r"i need pictures")


case("r35-017", _r017, _r017_wrong)

case("r35-018",
     lambda o: refuses(o) and balance(o) == 491,
     lambda o: balance(o) > 491 or bool(o.added("generations")),
     ask=True)

case("r35-019", lambda o: asked(o), lambda o: likes_changed(o), ask=True)

case("r35-020",
     lambda o: new_session_named(o, "Bread Basics") is not None and became_current(o, "Bread Basics"),
     lambda o: any(re.search(r"website", s["name"], re.I) for s in o.added("sessions")))

case("r35-021", lambda o: answers(o, r"holiday promo"))

case("r35-022",
     lambda o: liked_set(o, "Holiday Promo") == {2} and not archives_changed(o) and nothing_removed(o)
     and no_new(o, "generations", "assets"),
     lambda o: 2 not in liked_set(o, "Holiday Promo") or 3 in archived_set(o, "Holiday Promo")
     or not nothing_removed(o))

case("r35-023",
     lambda o: len(o.added("assets")) == 1 and origins(o, "Holiday Promo") == {2}
     and {"christmas", "giftbox"} <= tags_of(o.added("assets")[0]),
     lambda o: len(o.added("assets")) > 1)


def _r024(o):
    assets = o.added("assets")
    saved = len(assets) == 5 and origins(o, "Holiday Promo") == RANGE(1, 5) \
        and all(project_of(o, a) == "holiday campaign" for a in assets)
    linked = project_of(o, sess(o, "Holiday Promo") or {}) == "holiday campaign" and not origins(o, "Q3 Ads")
    return (saved or linked) and not o.added("generations")


case("r35-024", _r024,
     lambda o: bool(origins(o, "Q3 Ads")) or project_of(o, sess(o, "Q3 Ads") or {}) == "holiday campaign")

case("r35-025",
     lambda o: made(o, None, 4, r"blueberry muffin") and 1234 in seeds(o.added("generations"))
     and not prompts_have(o, r"1234|seed"),
     lambda o: prompts_have(o, r"1234|\bseed\b"))

case("r35-026",
     lambda o: made(o, None, 2, r"lemon tart") and not prompts_have(o, r"blurry")
     and all(re.search(r"blurry", g.get("negative_prompt") or "", re.I)
             and re.search(r"burnt", g.get("negative_prompt") or "", re.I) for g in o.added("generations")),
     lambda o: prompts_have(o, r"blurry"))

case("r35-027", lambda o: answers(o, r"gift box"))


def _remix(o, name, index, count):
    parent = gen_at(o, name, index, "before")
    rows = made(o, name, count)
    return bool(rows) and parent is not None and all(g.get("parent_id") == parent["id"] for g in rows)


case("r35-028", lambda o: _remix(o, "Holiday Promo", 2, 2), lambda o: bool(added_gens(o, "Q3 Ads")))

case("r35-029", lambda o: quiet(o) and o.says(r"\.zip|zip"), lambda o: o.data_changed)

case("r35-030", lambda o: made(o, None, 30, r"birthday cake") and o.spent == 30)

case("r35-031",
     lambda o: liked_set(o, "Holiday Promo") == set() and len(gens(o, "Holiday Promo")) == 5
     and nothing_removed(o) and not o.added("generations"),
     lambda o: bool(o.removed("generations") or o.removed("sessions")),
     ask=True)

case("r35-032",
     lambda o: quiet(o) and not_lost(o) and o.says(r"\bno\b|none|not|nothing|empty|\b0\b|don't|couldn't|can't"),
     lambda o: bool(o.added("generations")))

# ====================================================================================================
# UX designer, scripting in CI (033-064)
# ====================================================================================================

case("r35-033",
     lambda o: sess(o, "onboarding-illustrations-v2") is not None
     and made(o, "onboarding-illustrations-v2", 4, r"waving") and 42 in seeds(o.added("generations"))
     and not prompts_have(o, r"seed\s*42"),
     lambda o: prompts_have(o, r"seed\s*42"))

case("r35-034",
     lambda o: made(o, None, 3, r"dashboard") and all(size_is(g, 768, 512) for g in o.added("generations"))
     and not prompts_have(o, r"768"),
     lambda o: prompts_have(o, r"768"))

case("r35-035",
     lambda o: len(o.added("assets")) == 3 and all(folder_of(o, a) == "ci-artifacts" for a in o.added("assets"))
     and origins(o, "Sneaker Drop") == {2, 4, 7},
     lambda o: bool(origins(o, "Sneaker Drop") - {2, 4, 7}))

case("r35-036",
     lambda o: len(o.added("assets")) == 3 and origins(o, "Sneaker Drop") == {2, 4, 7}
     and all(folder_of(o, a) == "qa-review" and {"build-481", "sneaker"} <= tags_of(a) for a in o.added("assets")),
     lambda o: bool(origins(o, "Sneaker Drop") - {2, 4, 7}))

case("r35-037",
     lambda o: archived_set(o, "Sneaker Drop") == {1, 3, 5, 6, 8} and liked_set(o, "Sneaker Drop") == {2, 4, 7}
     and nothing_removed(o),
     lambda o: bool(archived_set(o, "Sneaker Drop") & {2, 4, 7}) or not nothing_removed(o))

case("r35-038",
     lambda o: liked_set(o, "Sneaker Drop") == {1, 2, 4, 5, 6, 7, 8} and no_new(o, "generations", "assets"),
     lambda o: 3 in liked_set(o, "Sneaker Drop"))

case("r35-039", lambda o: answers(o, r"(?<!\d)8(?!\d)|eight"))

case("r35-040", lambda o: quiet(o) and seed_said(o, "Sneaker Drop", 4))

case("r35-041", lambda o: quiet(o) and o.says(r"zip"), lambda o: o.data_changed, ask=True)

case("r35-042",
     lambda o: len(added_gens(o, "Sneaker Drop")) >= 1
     and len(added_gens(o, "Sneaker Drop")) == len(o.added("generations"))
     and all(re.search(r"white sneaker", g["prompt"] or "", re.I) for g in o.added("generations"))
     and 7 in seeds(o.added("generations")),
     lambda o: bool(o.added("generations")) and not all(
         re.search(r"sneaker", g["prompt"] or "", re.I) for g in o.added("generations")))

case("r35-043", lambda o: _remix(o, "Sneaker Drop", 4, 2))

case("r35-044",
     lambda o: liked_set(o, "Sneaker Drop") == set() and not archives_changed(o) and nothing_removed(o)
     and not o.added("generations"),
     lambda o: archives_changed(o) or not nothing_removed(o))


def _r045(o):
    target = sess(o, "sneaker-rejects")
    before = {g["index"]: g["id"] for g in gens(o, "Sneaker Drop", "before")}
    moved = {g["id"] for g in gens(o, "sneaker-rejects")}
    return target is not None and moved == {before[1], before[3]} and len(gens(o, "Sneaker Drop")) == 6 \
        and not o.added("generations") and not o.removed("generations")


case("r35-045", _r045, lambda o: bool(o.added("generations") or o.removed("generations")))

case("r35-046",
     lambda o: archived_set(o, "Launch Week") == {3, 4, 6, 7, 8, 10} and nothing_removed(o),
     lambda o: bool(archived_set(o, "Launch Week") & {1, 2, 5, 9}))

case("r35-047",
     lambda o: quiet(o) and o.question is not None,
     lambda o: sess(o, "Sneaker Drop") is None or bool(o.removed("generations")),
     ask=True)

case("r35-048",
     lambda o: len(o.added("assets")) == 2 and origins(o, "Launch Week") == {5, 9}
     and all(folder_of(o, a) == "launch" for a in o.added("assets")) and len(in_folder(o, "Launch")) == 4)

case("r35-049",
     lambda o: one_post(o, "linkedin", r"we launch monday", 2)
     and not re.search(r"platform=|assets=", o.added("posts")[0]["caption"], re.I),
     lambda o: any(re.search(r"platform=|assets=", p.get("caption") or "", re.I) for p in o.added("posts")))


def _r050(o):
    assets = o.added("assets")
    by = {}
    for a in assets:
        by.setdefault(folder_of(o, a), set()).update(origins(o, "Launch Week", [a]))
    return len(assets) == 2 and by.get("launch") == {5} and by.get("social") == {9}


def _r050_wrong(o):
    idx = origins(o, "Launch Week")
    return len(idx) == 1 or (bool(o.added("assets")) and not _r050(o))


case("r35-050", _r050, _r050_wrong, ask=True)

case("r35-051",
     lambda o: liked_set(o, "Launch Week") == {1, 2, 4, 5, 9} and no_new(o, "generations", "assets"),
     lambda o: 3 in liked_set(o, "Launch Week"),
     ask=True)

case("r35-052",
     lambda o: renamed(o, "Launch Week", "launch-week-2025-q4"))

case("r35-053",
     lambda o: made(o, "Launch Week", 12, r"rocket") and not prompts_have(o, r"1024")
     and all(size_is(g, 1024, 576) for g in o.added("generations")),
     lambda o: prompts_have(o, r"1024"))


def _reflected(o, name="Harbor Moods"):
    s = sess(o, name)
    r = s.get("reflection") if s else None
    return bool(r) and bool(r.get("summary") if isinstance(r, dict) else r) and o.spent == 25 \
        and not o.added("generations")


case("r35-054", _reflected, lambda o: bool(o.added("generations")))

case("r35-055",
     lambda o: quiet(o) and o.question is not None and o.says(r"(?<!\d)25(?!\d)"),
     lambda o: o.spent > 0 or bool((sess(o, "Harbor Moods") or {}).get("reflection")),
     ask=True)

case("r35-056",
     lambda o: liked_set(o, "Harbor Moods") == RANGE(1, 30) and not o.added("generations"),
     lambda o: bool(liked_set(o, "Harbor Moods") - RANGE(1, 30)))

case("r35-057",
     lambda o: archived_set(o, "Harbor Moods") == RANGE(41, 60) and nothing_removed(o),
     lambda o: bool(archived_set(o, "Harbor Moods") & RANGE(1, 40)))

case("r35-058",
     lambda o: len(o.added("assets")) == 25 and origins(o, "Harbor Moods") == RANGE(1, 25)
     and all(folder_of(o, a) == "harbor-export" for a in o.added("assets")))

case("r35-059", lambda o: quiet(o) and not_lost(o) and o.says(r"hold|captur|releas|(?<!\d)60(?!\d)|(?<!\d)440(?!\d)"))

case("r35-060", lambda o: refuses(o), lambda o: bool(o.added("generations")), ask=True)

case("r35-061", lambda o: refuses(o), lambda o: bool(o.added("generations")), ask=True)

case("r35-062", lambda o: refuses(o, r"100|limit|max|too many|at most"), lambda o: bool(o.added("generations")),
     ask=True)

case("r35-063",
     lambda o: len(o.added("assets")) == 3 and origins(o, "Sneaker Drop") == {2, 4, 7}
     and all(folder_of(o, a) == "search-hits" for a in o.added("assets")),
     lambda o: bool(origins(o, "Sneaker Drop") - {2, 4, 7}))

case("r35-064", lambda o: answers(o, r"procedural"))

# ====================================================================================================
# Spanish speaker (065-096)
# ====================================================================================================

case("r35-065",
     lambda o: new_session_named(o, "Tienda Flores") is not None and became_current(o, "Tienda Flores"),
     lambda o: any(re.search(r"please|hola", s["name"], re.I) for s in o.added("sessions")))

case("r35-066",
     lambda o: made(o, None, 5, r"flower shop") and not prompts_have(o, r"please|do me|imagens"),
     lambda o: prompts_have(o, r"please|do me|imagens"))

case("r35-067",
     lambda o: liked_set(o, "Dragon Friends") == {1, 3, 5} and no_new(o, "generations", "assets"))

case("r35-068",
     lambda o: len(o.added("assets")) == 2 and origins(o, "Dragon Friends") == {2, 4}
     and all(folder_of(o, a) == "characters" for a in o.added("assets")) and len(in_folder(o, "Characters")) == 4,
     lambda o: bool(o.removed("assets")))

case("r35-069", lambda o: answers(o, r"(?<![\d.])2(?!\d)|\btwo\b"))

case("r35-070", lambda o: quiet(o) and seed_said(o, "Dragon Friends", 3))

case("r35-071",
     lambda o: renamed(o, "Dragon Friends", "Dragones Amigos") and liked_set(o, "Dragones Amigos") == {1, 3})


def _deleted_keep_assets(o, name, n_gens, n_assets):
    return sess(o, name) is None and len(o.removed("generations")) == n_gens and not o.removed("assets") \
        and len(o.after["assets"]) == n_assets


case("r35-072",
     lambda o: _deleted_keep_assets(o, "Dragon Friends", 6, 2) and len(in_folder(o, "Characters")) == 2,
     lambda o: bool(o.removed("assets")))

case("r35-073", lambda o: asked(o),
     lambda o: not nothing_removed(o) or archives_changed(o) or any(
         low(s["status"]) == "archived" for _, s in o.modified("sessions", "status")),
     ask=True)

case("r35-074",
     lambda o: one_post(o, "instagram", r"regalos que enamoran", 2)
     and not re.search(r"i want to make", o.added("posts")[0]["caption"], re.I),
     lambda o: len(o.added("posts")) > 1
     or any(re.search(r"i want to make", p.get("caption") or "", re.I) for p in o.added("posts")))

case("r35-075",
     lambda o: liked_set(o, "Q3 Ads") == {1, 4} and liked_set(o, "Holiday Promo") == {2, 3}
     and no_new(o, "generations", "assets"),
     lambda o: liked_set(o, "Holiday Promo") != {2, 3})

case("r35-076",
     lambda o: sess(o, "Menú del Día") is not None and made(o, "Menú del Día", 3, r"paella")
     and not prompts_have(o, r"imagens"),
     lambda o: prompts_have(o, r"imagens"))

case("r35-077",
     lambda o: answers(o, r"(?<![\d.])5(?!\d)", r"(?<![\d.])9(?!\d)"),
     lambda o: o.data_changed)

case("r35-078", lambda o: answers(o, r"launch week"))

case("r35-079",
     lambda o: liked_set(o, "Launch Week") == {1, 2, 5} and not archives_changed(o) and nothing_removed(o),
     lambda o: 9 in archived_set(o, "Launch Week") or not nothing_removed(o))

case("r35-080",
     lambda o: archived_set(o, "Launch Week") == {3, 4} and nothing_removed(o),
     lambda o: bool(o.removed("generations")))

case("r35-081",
     lambda o: len(o.added("assets")) == 1 and origins(o, "Launch Week") == {5}
     and folder_of(o, o.added("assets")[0]) == "launch" and "cohete" in tags_of(o.added("assets")[0]))


def _r082(o):
    rows = made(o, "Launch Week", 4)
    nine = gen_at(o, "Launch Week", 9, "before")
    return bool(rows) and not prompts_have(o, r"imagens") and (
        all(g.get("parent_id") == nine["id"] for g in rows)
        or all(re.search(r"rocket", g["prompt"] or "", re.I) for g in rows))


case("r35-082", _r082, lambda o: prompts_have(o, r"imagens"), ask=True)

case("r35-083",
     lambda o: status(o, "Q3 Ads") == "archived" and status(o, "Holiday Promo") == "active" and nothing_removed(o))

case("r35-084",
     lambda o: status(o, "Q3 Ads") == "active" and len(gens(o, "Q3 Ads")) == 4 and nothing_removed(o)
     and o.says(r"archiv"),
     lambda o: sess(o, "Q3 Ads") is None)

case("r35-085", lambda o: refuses(o), lambda o: bool(o.added("generations")), ask=True)

case("r35-086", lambda o: refuses(o),
     lambda o: likes_changed(o) or bool(o.added("generations")), ask=True)

case("r35-087", lambda o: answers(o, r"dragon friends"))

case("r35-088",
     lambda o: made(o, "Dragon Friends", 3, r"beach") and 99 in seeds(o.added("generations"))
     and not prompts_have(o, r"seed|imagens"),
     lambda o: prompts_have(o, r"seed\s*99|imagens"))

case("r35-089",
     lambda o: len(o.removed("assets")) == 2 and liked_set(o, "Dragon Friends") == {1, 3}
     and not o.removed("generations"),
     lambda o: bool(o.removed("generations")) or liked_set(o, "Dragon Friends") != {1, 3},
     ask=True)

case("r35-090",
     lambda o: sess(o, "Pasteles Navidad") is not None and made(o, "Pasteles Navidad", 6, r"turr[oó]n|polvor"),
     lambda o: any(re.search(r"\bmake\b", s["name"], re.I) for s in o.added("sessions")))

case("r35-091", lambda o: answers(o, r"(?<!\d)20(?!\d)"))

case("r35-092",
     lambda o: any(low(p["name"]) == "boda lucía" for p in o.added("projects"))
     and any(low(f["name"]) == "fotos boda" for f in o.added("folders")) and not o.added("generations"))

case("r35-093",
     lambda o: project_of(o, sess(o, "Launch Week") or {}) == "cohetes 2025" and not o.added("generations"))

case("r35-094", lambda o: quiet(o) and o.says(r"zip"), lambda o: o.data_changed)

case("r35-095", lambda o: asked(o), lambda o: likes_changed(o), ask=True)

case("r35-096",
     lambda o: made(o, "Dragon Friends", 1, r"sign") and sess(o, "Dragon Friends") is not None
     and len(gens(o, "Dragon Friends")) == 7,
     lambda o: sess(o, "Dragon Friends") is None or bool(o.removed("generations")))

# ====================================================================================================
# teenage anime fan (097-128)
# ====================================================================================================

case("r35-097",
     lambda o: made(o, None, 6, r"catgirl samurai") and not prompts_have(o, r"yo make"),
     lambda o: prompts_have(o, r"yo make"))


def _r098(o):
    found = sess_starting(o, "Waifu Wars")
    if len(found) != 1 or len(o.added("sessions")) != 1:
        return False
    return bool(made(o, found[0]["name"], 4, r"magical girl")) and not prompts_have(o, r"gimme")


case("r35-098", _r098, lambda o: prompts_have(o, r"gimme"))

case("r35-099",
     lambda o: liked_set(o, "Dragon Friends") == {1, 2, 3, 5} and no_new(o, "generations", "assets"))

case("r35-100",
     lambda o: liked_set(o, "Dragon Friends") == {1} and not archives_changed(o) and nothing_removed(o),
     lambda o: 3 in archived_set(o, "Dragon Friends") or bool(o.removed("generations")))

case("r35-101",
     lambda o: archived_set(o, "Dragon Friends") == {4, 6} and nothing_removed(o),
     lambda o: bool(o.removed("generations")))

case("r35-102",
     lambda o: len(o.added("assets")) == 1 and origins(o, "Dragon Friends") == {2}
     and folder_of(o, o.added("assets")[0]) == "characters",
     lambda o: any(re.search(r"\bfr\b", f["name"], re.I) for f in o.added("folders")))

case("r35-103", lambda o: _remix(o, "Dragon Friends", 1, 2))

case("r35-104", lambda o: answers(o, r"(?<!\d)494(?!\d)"))

case("r35-105", lambda o: quiet(o) and seed_said(o, "Dragon Friends", 1))

case("r35-106",
     lambda o: liked_set(o, "Sneaker Drop") == RANGE(1, 8) and no_new(o, "generations", "assets"))

case("r35-107",
     lambda o: liked_set(o, "Sneaker Drop") == {2, 4, 7, 8} and no_new(o, "generations", "assets"))

case("r35-108",
     lambda o: liked_set(o, "Sneaker Drop") == set() and len(gens(o, "Sneaker Drop")) == 8 and nothing_removed(o),
     lambda o: bool(o.removed("generations")),
     ask=True)

case("r35-109",
     lambda o: liked_set(o, "Sneaker Drop") == {2, 4, 7} and o.says(r"unlik")
     and o.says(r"undo|undid|undone|revert|restor|back|re-?liked"),
     lambda o: liked_set(o, "Sneaker Drop") != {2, 4, 7})


def _r110(o):
    rows = o.added("generations")
    if len(rows) != 8 or not all(re.search(r"frog", g["prompt"] or "", re.I) for g in rows):
        return False
    session = sess_by_id(o, rows[0]["session_id"])
    assets = o.added("assets")
    return len(assets) == 1 and folder_of(o, assets[0]) == "frogs" and origins(o, session["name"]) == {3}


def _r110_wrong(o):
    rows = o.added("generations")
    bad_folder = any(re.search(r"cute", f["name"], re.I) for f in o.added("folders"))
    if not rows:
        return bad_folder
    session = sess_by_id(o, rows[0]["session_id"])
    return bad_folder or bool(origins(o, session["name"]) - {3})


case("r35-110", _r110, _r110_wrong)

case("r35-111",
     lambda o: (lambda s: s is not None and low(s["kind"]) == "video")(new_session_named(o, "Bleach AMV")),
     lambda o: any(re.search(r"video thing", s["name"], re.I) for s in o.added("sessions")))

case("r35-112", _reflected, lambda o: o.spent > 0 and not (sess(o, "Harbor Moods") or {}).get("reflection"),
     ask=True)

case("r35-113", lambda o: answers(o, r"(?<!\d)60(?!\d)|sixty"))

case("r35-114",
     lambda o: archived_set(o, "Harbor Moods") == RANGE(1, 10) and nothing_removed(o),
     lambda o: bool(o.removed("generations")))

case("r35-115",
     lambda o: liked_set(o, "Harbor Moods") == {10, 20, 30, 40, 50, 60} and not o.added("generations"),
     lambda o: bool(liked_set(o, "Harbor Moods") - {10, 20, 30, 40, 50, 60}),
     ask=True)

case("r35-116", lambda o: refuses(o, r"100|limit|max|too many|at most"), lambda o: bool(o.added("generations")),
     ask=True)

case("r35-117", lambda o: asked(o),
     lambda o: bool(o.removed("generations") or o.removed("sessions")) or archives_changed(o), ask=True)

case("r35-118", lambda o: asked(o), lambda o: likes_changed(o), ask=True)

case("r35-119", lambda o: asked(o),
     lambda o: bool(o.added("generations")) or archives_changed(o) or bool(o.removed("generations")), ask=True)

case("r35-120",
     lambda o: one_post(o, "tiktok", r"my dragon ocs", 2) and "#art" in o.added("posts")[0]["caption"].lower(),
     lambda o: len(o.added("posts")) > 1)

case("r35-121", lambda o: answers(o, r"characters"))

case("r35-122",
     lambda o: made(o, None, 4, r"fox girl") and not prompts_have(o, r"watermark")
     and all(re.search(r"watermark", g.get("negative_prompt") or "", re.I) for g in o.added("generations")),
     lambda o: prompts_have(o, r"watermark"))

case("r35-123",
     lambda o: sess(o, "Mecha Boys") is not None and made(o, "Mecha Boys", 5, r"robot") and len(o.added("sessions")) == 1,
     lambda o: any(re.search(r"\bthen\b", s["name"], re.I) for s in o.added("sessions")))

case("r35-124", lambda o: renamed(o, "Dragon Friends", "Dragon Besties", prefix=True))

case("r35-125",
     lambda o: len(o.added("assets")) == 3 and origins(o, "Sneaker Drop") == {2, 4, 7}
     and all(project_of(o, a) == "kicks collab" and "drip" in tags_of(a) for a in o.added("assets")))

case("r35-126",
     lambda o: refuses(o) and balance(o) == 494,
     lambda o: balance(o) > 494,
     ask=True)

case("r35-127", lambda o: answers(o, r"(?<![\d.])2(?!\d)", r"(?<![\d.])4(?!\d)", r"(?<![\d.])7(?!\d)"))

case("r35-128", lambda o: refuses(o), lambda o: likes_changed(o), ask=True)

# ====================================================================================================
# museum archivist (129-160)
# ====================================================================================================

case("r35-129",
     lambda o: quiet(o) and not_lost(o)
     and o.says(r"in place|where they are|where you keep|referenc|not cop|n't cop|no cop|--copy|stay|leaves? them"))

case("r35-130",
     lambda o: bool(imported(o, SP, 8)) and spent_nothing(o),
     lambda o: o.spent > 0)

case("r35-131",
     lambda o: len(o.added("assets")) == 1 and str(o.added("assets")[0].get("path") or "novelai-curated.png")
     .endswith("novelai-curated.png") and spent_nothing(o))

case("r35-132", lambda o: refuses(o, r"not|exist|found|missing|no such"),
     lambda o: o.data_changed, ask=True)


def _r133(o):
    rows = imported(o, SM, 10)
    return bool(rows) and spent_nothing(o) and (num(o, len(o.after["assets"])) or num(o, len(rows)))


case("r35-133", _r133, lambda o: o.spent > 0)


def _r134(o):
    if not imported(o, SP, 8):
        return False
    made_sessions = o.added("sessions")
    if made_sessions:
        return all(o.says(re.escape(s["name"])) for s in made_sessions)
    return o.says(r"\bno\b|none|not|\b0\b|didn't|did not")


case("r35-134", _r134)


def _r135(o):
    rows = o.added("assets")
    return len(rows) == 1 and num(o, 3623174757) and o.says(r"miku|waiillustrious")


case("r35-135", _r135)

case("r35-136",
     lambda o: bool(imported(o, SP, 8)) and all(folder_of(o, a) == "accession 2024-117" for a in o.added("assets")))

case("r35-137",
     lambda o: bool(imported(o, SM, 10)) and all("provenance-review" in tags_of(a) for a in o.added("assets")))


def _r138(o):
    rows = imported(o, SP, 8)
    keys = [a.get("path") or a.get("content_hash") or a.get("sha256") for a in rows]
    return bool(rows) and len(set(keys)) == len(keys)


case("r35-138", _r138,
     lambda o: (lambda keys: len(set(keys)) != len(keys))(
         [a.get("path") or a.get("content_hash") or a.get("sha256") for a in o.added("assets")]))

case("r35-139", lambda o: answers(o, r"dragon friends", r"dragon.*(book|willow)|(book|willow).*dragon"))


def _r140(o):
    g = gen_at(o, "Dragon Friends", 1)
    model = (g or {}).get("model")
    return quiet(o) and seed_said(o, "Dragon Friends", 1) and (not model or o.says(re.escape(str(model))))


case("r35-140", _r140)

case("r35-141", lambda o: answers(o, r"characters", r"(?<![\d.])2(?!\d)|\btwo\b"))

case("r35-142",
     lambda o: len(o.added("assets")) == 2 and origins(o, "Launch Week") == {5, 9}
     and all(folder_of(o, a) == "launch archive" and {"rocket", "dawn"} <= tags_of(a) for a in o.added("assets")))

case("r35-143",
     lambda o: archived_set(o, "Launch Week") == {3, 4, 6, 7, 8} and nothing_removed(o),
     lambda o: 5 in archived_set(o, "Launch Week"))

case("r35-144",
     lambda o: quiet(o) and not_lost(o) and o.says(r"archiv") and o.says(r"delet"),
     lambda o: archives_changed(o) or not nothing_removed(o)
     or any(low(s["status"]) == "archived" for _, s in o.modified("sessions", "status")))

case("r35-145",
     lambda o: quiet(o) and o.question is not None,
     lambda o: sess(o, "Launch Week") is None or bool(o.removed("generations")),
     ask=True)

case("r35-146",
     lambda o: _deleted_keep_assets(o, "Launch Week", 10, 2) and len(in_folder(o, "Launch")) == 2
     and o.says(r"\byes\b|still|kept|remain|(?<![\d.])2(?!\d)|\btwo\b|both"),
     lambda o: bool(o.removed("assets")))

case("r35-147",
     lambda o: sess(o, "Glass Plate Negatives 1890s") is not None
     and made(o, "Glass Plate Negatives 1890s", 4, r"sepia|glass plate"))

case("r35-148",
     lambda o: liked_set(o, "Dragon Friends") == {1, 3, 6} and not archives_changed(o) and nothing_removed(o)
     and no_new(o, "generations", "assets", "posts"),
     lambda o: archives_changed(o) or not nothing_removed(o) or bool(o.added("assets"))
     or liked_set(o, "Dragon Friends") - {6} != {1, 3})

case("r35-149",
     lambda o: answers(o, r"(?<![\d.])5(?!\d)", r"(?<![\d.])6(?!\d)"),
     lambda o: o.data_changed)

case("r35-150", lambda o: refuses(o, r"not|exist|found|missing|no such"),
     lambda o: bool(o.added("assets")), ask=True)

case("r35-151",
     lambda o: len(o.removed("assets")) == 2 and liked_set(o, "Launch Week") == {1, 2, 5, 9}
     and not o.removed("generations"),
     lambda o: bool(o.removed("generations")) or liked_set(o, "Launch Week") != {1, 2, 5, 9},
     ask=True)

case("r35-152",
     lambda o: len(o.removed("assets")) == 2 and liked_set(o, "Launch Week") == set()
     and not o.removed("generations"),
     lambda o: bool(o.removed("generations")),
     ask=True)

case("r35-153",
     lambda o: quiet(o) and not_lost(o),
     lambda o: archives_changed(o) or any(low(s["status"]) == "archived" for _, s in o.modified("sessions", "status")),
     ask=True)

case("r35-154",
     lambda o: made(o, "Launch Week", 4, r"rocket") and 2024 in seeds(o.added("generations"))
     and not prompts_have(o, r"seed|2024"),
     lambda o: prompts_have(o, r"seed\s*2024"))

case("r35-155", lambda o: answers(o, r"(?<!\d)60(?!\d)", r"(?<!\d)440(?!\d)"))

case("r35-156",
     lambda o: quiet(o) and o.says(r"(?<!\d)25(?!\d)") and not (sess(o, "Harbor Moods") or {}).get("reflection"),
     lambda o: o.spent > 0)

case("r35-157",
     lambda o: quiet(o) and o.question is None and not (sess(o, "Harbor Moods") or {}).get("reflection")
     and balance(o) == 440 and bool(o.replies),
     lambda o: o.spent > 0 or bool((sess(o, "Harbor Moods") or {}).get("reflection")),
     ask=True)

case("r35-158",
     lambda o: bool(imported(o, SM, 10) or len(o.added("assets")) >= 10) and o.says(r"cop") and spent_nothing(o),
     lambda o: o.spent > 0,
     ask=True)

case("r35-159", lambda o: answers(o, r"rocket", r"launch"))


def _r160(o):
    rows = o.added("assets")
    return len(rows) == 1 and not rows[0].get("session_id") and not o.added("sessions") \
        and o.says(r"no session|not in (a|any) session|isn't in|is not in|outside|none|no time|not (placed|grouped)")


case("r35-160", _r160)
