"""Checks for round 39 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

Voices rotate through the ids r39-001 … r39-160 in this order: a podcast producer making episode art,
an architecture student (precise numbers and ranges), an Italian speaker writing English, a non-profit
volunteer coordinator in a shared Slack channel, and a power user chaining steps with ';' and undo.

Setups (every confirmation in a setup is answered yes; credits start at 500, 1 credit per image):

- A  empty home.
- B  Sneaker Drop: 8 generations, liked {2,4,7}, 492 credits, current.
- C  Dragon Friends: 6 generations, liked {1,3}, assets of 1 and 3 in folder Characters, 494 credits.
- D  Q3 Ads: 4 generations, none liked; Holiday Promo: 5 generations, liked {2,3}, current; 491 credits.
- E  Launch Week: 10 generations, liked {1,2,5,9}, assets of 1 and 2 in folder Launch, 490 credits.
- F  Harbor Moods: 60 generations, 440 credits.

Conventions:

- Everything is judged from ``o.before`` / ``o.after`` (the ``atelier state --json`` shape) and from
  loose, case-insensitive patterns in the reply text; never from tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case (and
  with dashes and runs of blanks normalised). An asset's folder / project may be a name or an id.
- A generation's size is checked only when the state reports one (``size`` / ``width``+``height`` /
  ``settings``); the count, prompt, seed and session are always checked.
- Every function is wrapped so that it never raises (an exception means False).
- When a case has ok_to_ask: true, ``meant`` also accepts "nothing changed and a question is waiting
  or a specific (not 'did not understand') reply was given".
- ``wrong`` names case-specific bad outcomes; the judge already scores any data change without
  ``meant`` as wrong.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


# -- plumbing --------------------------------------------------------------------------------------

def _safe(fn):
    if fn is None:
        return None

    def inner(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:  # noqa: BLE001 - a check never raises
            return False

    return inner


def asked(o: Outcome) -> bool:
    """Nothing changed, and a question is waiting or a specific refusal/question was replied."""
    return quiet(o) and (o.question is not None or not_lost(o))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    meant_fn = _safe(meant)
    if ask:
        base = meant_fn
        ask_fn = _safe(asked)

        def meant_fn(o: Outcome, _base=base, _ask=ask_fn) -> bool:  # noqa: F811
            return _base(o) or _ask(o)
    CHECKS[case_id] = Check(meant_fn, _safe(wrong))


# -- readings of the state -------------------------------------------------------------------------

def _norm(value) -> str:
    text = str(value).replace("\u2014", "-").replace("\u2013", "-")
    text = re.sub(r"\s*-\s*", " - ", text)
    return re.sub(r"\s+", " ", text).strip().strip("'\"\u201c\u201d\u2018\u2019").strip().casefold()


def same(a, b) -> bool:
    return a is not None and b is not None and _norm(a) == _norm(b)


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sess_rows(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in _state(o, when).get("sessions", []) or [] if same(s.get("name"), name)]


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    rows = sess_rows(o, name, when)
    return rows[0] if rows else None


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in sess_rows(o, name, when)}
    return [g for g in _state(o, when).get("generations", []) or [] if g.get("session_id") in ids]


def gen(o: Outcome, name: str, index: int, when: str = "before") -> dict | None:
    return next((g for g in gens(o, name, when) if g.get("index") == index), None)


def gid(o: Outcome, name: str, index: int) -> str | None:
    g = gen(o, name, index)
    return g["id"] if g else None


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("archived")}


def made(o: Outcome, name: str | None = None) -> list[dict]:
    new = o.added("generations")
    if name is None:
        return new
    ids = {s["id"] for s in sess_rows(o, name)}
    return [g for g in new if g.get("session_id") in ids]


def _has(pattern: str, text) -> bool:
    return re.search(pattern, text or "", re.IGNORECASE) is not None


def made_n(o: Outcome, name: str | None, count: int, prompt: str | None = None) -> list[dict]:
    """The new generations of ``name`` when exactly ``count`` were made (all there), else []."""
    mine = made(o, name)
    if len(o.added("generations")) != count or len(mine) != count:
        return []
    if prompt and not all(_has(prompt, g.get("prompt")) for g in mine):
        return []
    return mine


def seeds(rows: list[dict]) -> set[int]:
    out = set()
    for g in rows:
        if g.get("seed") is not None:
            out.add(int(g["seed"]))
    return out


def _size(g: dict):
    value = g.get("size")
    if value is None and g.get("width") and g.get("height"):
        value = (g["width"], g["height"])
    if value is None and isinstance(g.get("settings"), dict):
        st = g["settings"]
        if st.get("size") is not None:
            value = st["size"]
        elif st.get("width") and st.get("height"):
            value = (st["width"], st["height"])
    if value is None:
        return None
    if isinstance(value, str):
        nums = re.findall(r"\d+", value)
        return (int(nums[0]), int(nums[1])) if len(nums) >= 2 else ()
    if isinstance(value, dict):
        return (int(value.get("width")), int(value.get("height")))
    if isinstance(value, (list, tuple)):
        return (int(value[0]), int(value[1]))
    return ()


def size_ok(rows: list[dict], w: int, h: int) -> bool:
    """True when no size is reported; otherwise every row must be w x h."""
    for g in rows:
        s = _size(g)
        if s is not None and s != (w, h):
            return False
    return bool(rows)


def _name(o: Outcome, table: str, value):
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get("name")
    for state in (o.after, o.before):
        for row in state.get(table, []) or []:
            if str(row.get("id")) == str(value):
                return row.get("name")
    return value


def folder_is(o: Outcome, asset: dict, name: str) -> bool:
    return same(_name(o, "folders", asset.get("folder")), name)


def project_is(o: Outcome, row: dict, name: str) -> bool:
    return same(_name(o, "projects", row.get("project")), name)


def tags_of(asset: dict) -> list[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = [t for t in re.split(r"[,\s]+", tags) if t]
    return [_norm(t.get("name") if isinstance(t, dict) else t) for t in tags]


def has_tag(asset: dict, tag: str) -> bool:
    return _norm(tag) in tags_of(asset)


def _gen_place(o: Outcome, generation_id) -> tuple[str, int] | None:
    for state in (o.after, o.before):
        for g in state.get("generations", []) or []:
            if g.get("id") == generation_id:
                name = next((s["name"] for s in state.get("sessions", []) if s["id"] == g["session_id"]), None)
                return (_norm(name), g["index"])
    return None


def origin(o: Outcome, asset_or_id) -> tuple[str, int] | None:
    """(session name, index) a library asset came from; an id may also name a generation."""
    if isinstance(asset_or_id, dict):
        return _gen_place(o, asset_or_id.get("origin_generation_id"))
    for state in (o.after, o.before):
        for a in state.get("assets", []) or []:
            if a.get("id") == asset_or_id:
                return _gen_place(o, a.get("origin_generation_id"))
    return _gen_place(o, asset_or_id)


def places(session: str, *indexes: int) -> set[tuple[str, int]]:
    return {(_norm(session), i) for i in indexes}


def saved(o: Outcome, session: str, folder: str | None = None) -> set[int]:
    """Indexes of ``session`` whose new assets are (in ``folder``)."""
    out = set()
    for a in o.added("assets"):
        place = origin(o, a)
        if place and place[0] == _norm(session) and (folder is None or folder_is(o, a, folder)):
            out.add(place[1])
    return out


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in _state(o, when).get("assets", []) or [] if folder_is(o, a, folder)]


def one_post(o: Outcome, platform: str | None = None, caption: str | None = None,
             count: int | None = None) -> dict | None:
    posts = o.added("posts")
    if len(posts) != 1:
        return None
    post = posts[0]
    if platform and not same(post.get("platform"), platform):
        return None
    if caption and not _has(caption, post.get("caption")):
        return None
    if count is not None and len(post.get("asset_ids") or []) != count:
        return None
    return post


def post_from(o: Outcome, post: dict | None, expected: set[tuple[str, int]]) -> bool:
    return post is not None and {origin(o, a) for a in post.get("asset_ids") or []} == expected


def renamed(o: Outcome, old: str, new: str) -> bool:
    before = sess(o, old, "before")
    after = sess(o, new)
    return (before is not None and after is not None and before["id"] == after["id"]
            and sess(o, old) is None and not o.added("sessions"))


def balance(o: Outcome, when: str = "after") -> int:
    return (_state(o, when).get("credits") or {}).get("balance", 0)


def ack(o: Outcome) -> bool:
    """Nothing changed, nothing waiting, and a reply that is not 'did not understand'."""
    return quiet(o) and o.question is None and not_lost(o)


UNDO = r"undo|undid|undone|revers|revert|restor|rolled back|put back"
CANNOT = r"can.?not|can't|cannot|not possible|isn't possible|not undoable|can't be undone|no undo"


def removed_any(o: Outcome) -> bool:
    return bool(o.removed("sessions") or o.removed("generations") or o.removed("assets"))


# -- the cases -------------------------------------------------------------------------------------

# 001 P: new session with a dash in its name, 4 images
case("r39-001",
     lambda o: len(o.added("sessions")) == 1 and same(o.current, "Ep 41 - The Night Shift")
     and bool(made_n(o, "Ep 41 - The Night Shift", 4, r"microphone")),
     lambda o: any(_has(r"microphone|diner", s.get("name")) for s in o.added("sessions")))

# 002 A: 6 images at 1024x768
case("r39-002",
     lambda o: size_ok(made_n(o, "Studio 3 Facade", 6, r"facade"), 1024, 768),
     lambda o: 0 < len(o.added("generations")) != 6)

# 003 I: like 5 too
case("r39-003",
     lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 5, 7} and not o.added("generations")
     and not archived_in(o, "Sneaker Drop"))

# 004 S: 3 more with a vest in this session
case("r39-004",
     lambda o: not o.added("sessions") and len(made_n(o, "Dragon Friends", 3, r"vest")) == 3
     and all(_has(r"dragon", g.get("prompt")) for g in made(o)),
     lambda o: bool(o.added("sessions")) or any(_has(r"marco", g.get("prompt")) for g in made(o)))

# 005 U: like/unlike/archive then undo
case("r39-005",
     lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 3, 7} and not archived_in(o, "Sneaker Drop")
     and not o.added("generations"),
     lambda o: 8 in archived_in(o, "Sneaker Drop"))

# 006 P: seed of 4
case("r39-006",
     lambda o: answers(o, r"\b%d\b" % int(gen(o, "Sneaker Drop", 4)["seed"])))

# 007 A: archive 3..6 inclusive
case("r39-007",
     lambda o: archived_in(o, "Launch Week") == {3, 4, 5, 6} and liked_in(o, "Launch Week") == {1, 2, 5, 9},
     lambda o: bool(archived_in(o, "Launch Week") & {2, 7}))

# 008 I: session name with a trailing remark
case("r39-008",
     lambda o: len(o.added("sessions")) == 1 and sess(o, "Trattoria Da Gino") is not None
     and bool(made_n(o, "Trattoria Da Gino", 5, r"spaghetti")),
     lambda o: any(_has(r"menu|restaurant", s.get("name")) for s in o.added("sessions")))

# 009 S: forwarded delete request, told to wait
case("r39-009",
     ack,
     lambda o: sess(o, "Q3 Ads") is None or (sess(o, "Q3 Ads") or {}).get("status") == "archived")

# 010 U: two batches with seeds, then likes


def _c010(o):
    rows = made_n(o, "Grid Tests", 6)
    red = [g for g in rows if _has(r"red", g.get("prompt"))]
    blue = [g for g in rows if _has(r"blue", g.get("prompt"))]
    return (len(red) == 3 and len(blue) == 3 and 100 in seeds(red) and 200 in seeds(blue)
            and liked_in(o, "Grid Tests") == {1, 4})


case("r39-010", _c010, lambda o: any(_has(r"seed", g.get("prompt")) for g in made(o)))

# 011 P: spotify post with the two saved characters
case("r39-011",
     lambda o: post_from(o, one_post(o, "spotify", r"Dragons Read Too", 2), places("Dragon Friends", 1, 3)),
     lambda o: any(not post_from(o, p, places("Dragon Friends", 1, 3)) for p in o.added("posts")))

# 012 A: two ranges
case("r39-012",
     lambda o: liked_in(o, "Harbor Moods") == {10, 11, 12, 13, 14, 15, 40, 41, 42}
     and not archived_in(o, "Harbor Moods"),
     lambda o: bool(liked_in(o, "Harbor Moods") & {16, 43}))

# 013 I: archive 3 and 6
case("r39-013",
     lambda o: archived_in(o, "Sneaker Drop") == {3, 6} and liked_in(o, "Sneaker Drop") == {2, 4, 7})

# 014 S: credits question
case("r39-014", lambda o: answers(o, r"\b490\b"))

# 015 U: like then two undos
case("r39-015",
     lambda o: liked_in(o, "Sneaker Drop") == set() and not archived_in(o, "Sneaker Drop")
     and not o.added("generations") and len(gens(o, "Sneaker Drop")) == 8)

# 016 P: 3000x3000 impossible
case("r39-016",
     lambda o: refuses(o, r"2048|too (big|large)|max|largest|size|3000"),
     lambda o: bool(o.added("generations")), ask=True)

# 017 A: like 2,3,4 in Q3 Ads with a correction
case("r39-017",
     lambda o: liked_in(o, "Q3 Ads") == {2, 3, 4} and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: liked_in(o, "Holiday Promo") != {2, 3})

# 018 I: rename
case("r39-018",
     lambda o: renamed(o, "Dragon Friends", "Draghetti Amici"),
     lambda o: bool(o.added("sessions")))

# 019 S: which are liked
case("r39-019", lambda o: answers(o, r"(?s)\b2\b.*\b4\b.*\b7\b"))

# 020 U: save 5, 9 to Launch, archive the unliked
case("r39-020",
     lambda o: saved(o, "Launch Week", "Launch") == {5, 9} and len(o.added("assets")) == 2
     and archived_in(o, "Launch Week") == {3, 4, 6, 7, 8, 10},
     lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}))

# 021 P: switch and generate 2 with a mic
case("r39-021",
     lambda o: same(o.current, "Q3 Ads") and all(_has(r"coffee", g.get("prompt")) for g in made(o))
     and len(made_n(o, "Q3 Ads", 2, r"\bmic")) == 2,
     lambda o: bool(made(o, "Holiday Promo")))

# 022 A: size and seed of 1 and 8
case("r39-022",
     lambda o: answers(o, r"\b%d\b" % int(gen(o, "Sneaker Drop", 1)["seed"]),
                       r"\b%d\b" % int(gen(o, "Sneaker Drop", 8)["seed"])))

# 023 I: "cancel the session" is unclear
case("r39-023",
     asked,
     lambda o: sess(o, "Launch Week") is None or (sess(o, "Launch Week") or {}).get("status")
     != (sess(o, "Launch Week", "before") or {}).get("status"),
     ask=True)

# 024 S: session name without 'please'
case("r39-024",
     lambda o: len(o.added("sessions")) == 1
     and bool(made_n(o, "Food Drive Flyers", 6, r"canned|volunteer")),
     lambda o: any(_has(r"please|morning", s.get("name")) for s in o.added("sessions")))

# 025 U: undo the like after an archive
case("r39-025",
     lambda o: liked_in(o, "Q3 Ads") == set() and archived_in(o, "Holiday Promo") == {1}
     and liked_in(o, "Holiday Promo") == {2, 3} and not archived_in(o, "Q3 Ads"),
     lambda o: archived_in(o, "Holiday Promo") == set() and liked_in(o, "Q3 Ads") == {1, 2, 3, 4})

# 026 P: instagram post with 2 and 7
case("r39-026",
     lambda o: post_from(o, one_post(o, "instagram", r"brought to you by Stride", 2), places("Sneaker Drop", 2, 7)),
     lambda o: any(_has(r"sponsor read", p.get("caption")) for p in o.added("posts")))

# 027 A: archive 1..25 after a yes
case("r39-027",
     lambda o: archived_in(o, "Harbor Moods") == set(range(1, 26)),
     lambda o: 26 in archived_in(o, "Harbor Moods"))

# 028 I: archive vs delete
case("r39-028", lambda o: answers(o, r"archiv", r"delet"))

# 029 S: put the Characters assets in a project


def _c029(o):
    mine = [a for a in assets_in(o, "Characters") if origin(o, a) in places("Dragon Friends", 1, 3)]
    return (len(mine) == 2 and all(project_is(o, a, "Spring Gala 2025") for a in mine)
            and not o.added("assets") and not o.removed("assets"))


case("r39-029", _c029, lambda o: bool(o.removed("assets") or o.added("assets")), ask=True)

# 030 U: sessions A and B renamed Chairs and Tables


def _c030(o):
    chairs, tables = gens(o, "Chairs"), gens(o, "Tables")
    return (len(chairs) == 2 and all(_has(r"chair", g.get("prompt")) for g in chairs)
            and len(tables) == 2 and all(_has(r"table", g.get("prompt")) for g in tables)
            and sess(o, "A") is None and sess(o, "B") is None and len(o.added("generations")) == 4)


def _w030(o):
    for s in o.after.get("sessions", []):
        prompts = " ".join(g.get("prompt") or "" for g in o.after["generations"] if g["session_id"] == s["id"])
        if _has(r"chair", prompts) and _has(r"table", prompts):
            return True
    return False


case("r39-030", _c030, _w030)

# 031 P: prompt of 9 (typo 'promt')
case("r39-031", lambda o: answers(o, r"rocket"))

# 032 A: 4 at 768x1152 with seeds 1000..1003
case("r39-032",
     lambda o: size_ok(made_n(o, "Dragon Friends", 4, r"dragon"), 768, 1152)
     and seeds(made(o)) == {1000, 1001, 1002, 1003},
     ask=True)

# 033 I: 3 Vespa images, then "I like very much the second"


def _c033(o):
    new = o.added("generations")
    if len(new) != 3 or not all(_has(r"vespa", g.get("prompt")) for g in new):
        return False
    liked = {g["index"] for g in new if g.get("liked")}
    low = min(g["index"] for g in new)
    if liked == {low + 1}:
        return True
    return not liked and not o.removed("generations") and bool(o.replies) and (
        o.question is not None or "?" in o.replies[-1])


case("r39-033", _c033,
     lambda o: len({g["index"] for g in o.added("generations") if g.get("liked")}) > 1)

# 034 S: archive the whole session
case("r39-034",
     lambda o: (sess(o, "Launch Week") or {}).get("status") == "archived" and not o.removed("assets")
     and not o.removed("sessions"),
     lambda o: bool(o.removed("sessions") or o.removed("assets")))

# 035 U: archive, unarchive 5, like the unarchived
case("r39-035",
     lambda o: archived_in(o, "Sneaker Drop") == {1, 3, 6, 8} and liked_in(o, "Sneaker Drop") == {2, 4, 5, 7},
     lambda o: 5 in archived_in(o, "Sneaker Drop"), ask=True)

# 036 P: video session with 2 clips
case("r39-036",
     lambda o: (sess(o, "Ep 42 audiogram loop") or {}).get("kind") == "video"
     and len(made_n(o, "Ep 42 audiogram loop", 2)) == 2,
     lambda o: any(s.get("kind") != "video" for s in o.added("sessions")))

# 037 A: first three and last two
case("r39-037", lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 3, 4, 7, 8},
     lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop"))

# 038 I: move the like from 4 to 6
case("r39-038", lambda o: liked_in(o, "Sneaker Drop") == {2, 6, 7},
     lambda o: {4, 6} <= liked_in(o, "Sneaker Drop") or not {2, 7} <= liked_in(o, "Sneaker Drop"),
     ask=True)

# 039 S: zip of the liked gift boxes
case("r39-039", lambda o: quiet(o) and o.says(r"zip") and not o.says(r"did not understand"), ask=True)

# 040 U: unlike 9, like 10, save 10, undo the last two
case("r39-040",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 5} and not o.added("assets"),
     lambda o: any(origin(o, a) == (_norm("Launch Week"), 10) for a in o.after.get("assets", []))
     or 9 in liked_in(o, "Launch Week"))

# 041 P: reflection after a yes
case("r39-041",
     lambda o: (sess(o, "Harbor Moods") or {}).get("reflection") is not None and o.spent == 25,
     lambda o: o.spent > 0 and (sess(o, "Harbor Moods") or {}).get("reflection") is None)

# 042 A: save 3-5 to Massing Studies
case("r39-042",
     lambda o: saved(o, "Launch Week", "Massing Studies") == {3, 4, 5} and len(o.added("assets")) == 3)

# 043 I: 'Salve' is hello; save 2 to Characters
case("r39-043",
     lambda o: saved(o, "Dragon Friends", "Characters") == {2} and len(o.added("assets")) == 1,
     lambda o: any(same(f.get("name"), "Salve") for f in o.after.get("folders", []))
     or len(o.added("assets")) > 1)

# 044 S: liked sneakers into Merch 5K
case("r39-044",
     lambda o: saved(o, "Sneaker Drop", "Merch 5K") == {2, 4, 7} and len(o.added("assets")) == 3,
     lambda o: any(_has(r"kim", f.get("name")) for f in o.added("folders")))

# 045 U: 3 remixes of #1, like then undo


def _c045(o):
    rows = made_n(o, "Dragon Friends", 3)
    parent = gid(o, "Dragon Friends", 1)
    return (len(rows) == 3 and all(g.get("parent_id") == parent for g in rows)
            and liked_in(o, "Dragon Friends") == {1, 3})


case("r39-045", _c045, lambda o: any(g.get("liked") for g in o.added("generations")))

# 046 P: current session and its count
case("r39-046", lambda o: answers(o, r"holiday promo", r"\b5\b"))

# 047 A: 12 at 512x512, like every third


def _c047(o):
    new = o.added("generations")
    if len(new) != 12 or not all(_has(r"pavilion", g.get("prompt")) for g in new):
        return False
    low = min(g["index"] for g in new) - 1
    return {g["index"] - low for g in new if g.get("liked")} == {3, 6, 9, 12} and size_ok(new, 512, 512)


case("r39-047", _c047)

# 048 I: unlike 1 and 2, assets stay
case("r39-048",
     lambda o: liked_in(o, "Launch Week") == {5, 9} and not o.removed("assets"),
     lambda o: bool(o.removed("assets")))

# 049 S: set credits to 5000
case("r39-049", lambda o: refuses(o, r"credit"), lambda o: balance(o) > balance(o, "before"), ask=True)

# 050 U: like, archive, undo, undo
case("r39-050",
     lambda o: liked_in(o, "Harbor Moods") == set() and archived_in(o, "Harbor Moods") == set()
     and len(o.ran()) >= 2 and o.says(UNDO) and not o.added("generations"),
     lambda o: bool(liked_in(o, "Harbor Moods") or archived_in(o, "Harbor Moods")))

# 051 P: 4 rocket-on-the-pad images
case("r39-051",
     lambda o: len(o.added("generations")) == 4
     and all(_has(r"rocket", g.get("prompt")) and _has(r"pad|night", g.get("prompt")) for g in o.added("generations"))
     and not o.removed("sessions"),
     lambda o: 0 < len(o.added("generations")) != 4)

# 052 A: compare counts
case("r39-052", lambda o: answers(o, r"\b4\b", r"\b5\b", r"\b2\b"))

# 053 I: 2 red versions of 4


def _c053(o):
    rows = made_n(o, "Sneaker Drop", 2, r"red")
    parent = gid(o, "Sneaker Drop", 4)
    return len(rows) == 2 and all(g.get("parent_id") == parent or _has(r"sneaker|shoe", g.get("prompt"))
                                  for g in rows)


case("r39-053", _c053,
     lambda o: any(old.get("index") == 4 for old, _ in o.modified("generations", "prompt")))

# 054 S: hold on, don't do anything
case("r39-054", ack)

# 055 U: likes in two sessions, save all liked to Picks


def _c055(o):
    got = {origin(o, a) for a in o.added("assets") if folder_is(o, a, "Picks")}
    return (liked_in(o, "Q3 Ads") == {1, 2} and liked_in(o, "Holiday Promo") == {2}
            and got == places("Q3 Ads", 1, 2) | places("Holiday Promo", 2) and len(o.added("assets")) == 3)


case("r39-055", _c055,
     lambda o: any(origin(o, a) == (_norm("Holiday Promo"), 3) for a in o.added("assets")), ask=True)

# 056 P: cost of 1 and of 10
case("r39-056", lambda o: answers(o, r"\b1\b", r"\b10\b", r"credit"))

# 057 A: unlike 2, 4; archive 1, 3
case("r39-057",
     lambda o: liked_in(o, "Sneaker Drop") == {7} and archived_in(o, "Sneaker Drop") == {1, 3},
     lambda o: 7 not in liked_in(o, "Sneaker Drop"))

# 058 I: delete Q3 Ads after a yes
case("r39-058",
     lambda o: sess(o, "Q3 Ads") is None and len(gens(o, "Holiday Promo")) == 5 and len(o.removed("sessions")) == 1,
     lambda o: sess(o, "Holiday Promo") is None)

# 059 S: linkedin post with the Launch folder
case("r39-059",
     lambda o: post_from(o, one_post(o, "linkedin", r"120 volunteers", 2), places("Launch Week", 1, 2)),
     lambda o: any(not post_from(o, p, places("Launch Week", 1, 2)) for p in o.added("posts")))

# 060 U: generate 4 more; undo (cannot undo generating)
case("r39-060",
     lambda o: len(made_n(o, "Sneaker Drop", 4, r"sneaker")) == 4 and liked_in(o, "Sneaker Drop") == {2, 4, 7}
     and o.says(CANNOT),
     lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7})

# 061 P: rename and 2 with a microphone
case("r39-061",
     lambda o: renamed(o, "Dragon Friends", "Ep 15 - Dragon Storytime")
     and len(made_n(o, "Ep 15 - Dragon Storytime", 2, r"microphone")) == 2,
     lambda o: bool(o.added("sessions")))

# 062 A: 61 does not exist
case("r39-062",
     lambda o: liked_in(o, "Harbor Moods") == {58, 59, 60} and o.says(r"\b61\b"),
     lambda o: bool(liked_in(o, "Harbor Moods") - {58, 59, 60}), ask=True)

# 063 I: what is a session
case("r39-063", lambda o: answers(o, r"session"))

# 064 S: session + 6, and a ping it cannot do
case("r39-064",
     lambda o: len(o.added("sessions")) == 1
     and len(made_n(o, "Volunteer Thank You Cards", 6, r"sunflower")) == 6,
     lambda o: any(_has(r"maria|\bping\b", g.get("prompt")) for g in o.added("generations")), ask=True)

# 065 U: archive in three steps, undo the last two
case("r39-065", lambda o: archived_in(o, "Launch Week") == {3, 4},
     lambda o: not {3, 4} <= archived_in(o, "Launch Week") and o.data_changed)

# 066 P: delete everything
case("r39-066", asked, removed_any, ask=True)

# 067 A: 1000x750 not a valid size
case("r39-067", lambda o: refuses(o, r"750|size|multiple|8"), lambda o: bool(o.added("generations")), ask=True)

# 068 I: folder Per la Nonna with 1 and 3


def _c068(o):
    inside = {origin(o, a) for a in assets_in(o, "Per la Nonna")}
    return inside == places("Dragon Friends", 1, 3) and not o.added("generations")


case("r39-068", _c068,
     lambda o: bool({origin(o, a) for a in assets_in(o, "Per la Nonna")} - places("Dragon Friends", 1, 3)),
     ask=True)

# 069 S: 40 more asks first
case("r39-069", lambda o: quiet(o) and o.question is not None, lambda o: bool(o.added("generations")))

# 070 U: two batches, like, save, undo, undo


def _c070(o):
    rows = gens(o, "Palette Lab")
    teal = [g for g in rows if _has(r"teal", g.get("prompt"))]
    amber = [g for g in rows if _has(r"amber", g.get("prompt"))]
    return (len(rows) == 4 and len(teal) == 2 and len(amber) == 2 and liked_in(o, "Palette Lab") == set()
            and not o.added("assets"))


case("r39-070", _c070, lambda o: bool(assets_in(o, "Swatches")))

# 071 P: the coffee session, like 1 and 4
case("r39-071",
     lambda o: liked_in(o, "Q3 Ads") == {1, 4} and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: liked_in(o, "Holiday Promo") != {2, 3}, ask=True)

# 072 A: 3..8 except 5
case("r39-072", lambda o: liked_in(o, "Launch Week") == set(range(1, 10)),
     lambda o: 5 not in liked_in(o, "Launch Week"))

# 073 I: please undo
case("r39-073",
     lambda o: liked_in(o, "Sneaker Drop") == set() and len(gens(o, "Sneaker Drop")) == 8
     and not archived_in(o, "Sneaker Drop"),
     lambda o: bool(o.removed("generations")))

# 074 S: a joke forwarded; how many liked
case("r39-074", lambda o: answers(o, r"\b3\b"), lambda o: bool(archived_in(o, "Sneaker Drop")))

# 075 U: undo the like
case("r39-075", lambda o: liked_in(o, "Dragon Friends") == {2, 3} and not o.removed("assets"),
     lambda o: bool(o.removed("assets")))

# 076 P: zip with a name
case("r39-076",
     lambda o: quiet(o) and o.says(r"ep9_art|\.zip") and not o.says(r"did not understand"), ask=True)

# 077 A: 101 over the limit
case("r39-077", lambda o: refuses(o, r"\b100\b"), lambda o: bool(o.added("generations")), ask=True)

# 078 I: 5 and 9 into Launch
case("r39-078",
     lambda o: saved(o, "Launch Week", "Launch") == {5, 9} and len(o.added("assets")) == 2,
     lambda o: any(_has(r"grazie", f.get("name")) for f in o.added("folders")))

# 079 S: which folder
case("r39-079", lambda o: answers(o, r"characters"))

# 080 U: make Scratch, generate, delete it (yes)
case("r39-080",
     lambda o: sess(o, "Scratch") is None and len(gens(o, "Q3 Ads")) == 4 and len(gens(o, "Holiday Promo")) == 5
     and o.spent >= 1 and not o.removed("sessions"),
     lambda o: sess(o, "Q3 Ads") is None or sess(o, "Holiday Promo") is None)

# 081 P: session, 4 radios, like and save 1 and 3
case("r39-081",
     lambda o: len(made_n(o, "Season 3 Key Art", 4, r"radio")) == 4 and liked_in(o, "Season 3 Key Art") == {1, 3}
     and saved(o, "Season 3 Key Art", "Key Art") == {1, 3} and len(o.added("assets")) == 2)

# 082 A: odd numbers
case("r39-082", lambda o: archived_in(o, "Holiday Promo") == {1, 3, 5},
     lambda o: bool(archived_in(o, "Holiday Promo") & {2, 4}), ask=True)

# 083 I: counts and credits
case("r39-083", lambda o: answers(o, r"\b60\b", r"\b440\b"))

# 084 S: posters plus an admin request
case("r39-084",
     lambda o: len(o.added("generations")) == 4
     and all(_has(r"beach|clean", g.get("prompt")) for g in o.added("generations")) and o.says(r"admin"),
     lambda o: any(_has(r"kevin|admin", g.get("prompt")) for g in o.added("generations")), ask=True)

# 085 U: rename, new session, generate, go back and like


def _c085(o):
    before = sess(o, "Sneaker Drop", "before")
    v2 = sess(o, "Sneaker Drop v2")
    return (before is not None and v2 is not None and v2["id"] == before["id"]
            and liked_in(o, "Sneaker Drop v2") == {2, 4, 7, 8}
            and len(made_n(o, "Sneaker Drop v3", 2, r"black")) == 2 and liked_in(o, "Sneaker Drop v3") == set()
            and same(o.current, "Sneaker Drop v2"))


case("r39-085", _c085, lambda o: bool(liked_in(o, "Sneaker Drop v3")))

# 086 P: is there a way to get image 2 at 1024?


def _c086(o):
    if answers(o, r"seed|1024"):
        return True
    new = made_n(o, "Sneaker Drop", 1)
    return len(new) == 1 and int(new[0]["seed"]) == int(gen(o, "Sneaker Drop", 2)["seed"]) and size_ok(new, 1024, 1024)


case("r39-086", _c086, lambda o: len(o.added("generations")) > 1, ask=True)

# 087 A: two saves to two folders
case("r39-087",
     lambda o: saved(o, "Dragon Friends", "Characters") == {4} and saved(o, "Dragon Friends", "Environments") == {6}
     and len(o.added("assets")) == 2,
     lambda o: len(o.added("assets")) == 1, ask=True)

# 088 I: 3 snowy versions of gift box #2


def _c088(o):
    rows = made_n(o, "Holiday Promo", 3, r"snow")
    parent = gid(o, "Holiday Promo", 2)
    return len(rows) == 3 and all(g.get("parent_id") == parent or _has(r"gift", g.get("prompt")) for g in rows)


case("r39-088", _c088, lambda o: bool(made(o, "Q3 Ads")))

# 089 S: facebook post of the liked, no caption


def _c089(o):
    post = one_post(o, "facebook", None, 4)
    return post_from(o, post, places("Launch Week", 1, 2, 5, 9)) and not _has(r"lena|caption|write", post.get("caption"))


case("r39-089", _c089, lambda o: any(_has(r"lena", p.get("caption")) for p in o.added("posts")), ask=True)

# 090 U: three likes, undo the last 3
case("r39-090",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 5, 9} and len(o.ran()) >= 2 and o.says(UNDO)
     and not o.says(r"did not understand"),
     lambda o: bool(liked_in(o, "Launch Week") & {3, 4, 6}))

# 091 P: like four, a remark about the episode
case("r39-091",
     lambda o: liked_in(o, "Harbor Moods") == {7, 19, 33, 48} and not o.added("sessions") and not o.added("folders"),
     lambda o: any(_has(r"fog signals", r.get("name")) for r in o.added("sessions") + o.added("folders")))

# 092 A: seed above the maximum
case("r39-092", lambda o: refuses(o, r"seed"), lambda o: bool(o.added("generations")), ask=True)

# 093 I: cappuccino in session Colazione
case("r39-093",
     lambda o: len(made_n(o, "Colazione", 4, r"cappuccino")) == 4,
     lambda o: any(_has(r"please", s.get("name")) for s in o.after.get("sessions", [])))

# 094 S: doing this for Jo
case("r39-094",
     lambda o: len(made_n(o, "Gala Invites", 4, r"invitation")) == 4 and liked_in(o, "Gala Invites") == {1},
     lambda o: any(_has(r"\bjo\b", s.get("name")) for s in o.added("sessions")))

# 095 U: archive, unarchive, rename, undo


def _c095(o):
    before, after = sess(o, "Dragon Friends", "before"), sess(o, "Dragon Friends")
    return (before is not None and after is not None and after["id"] == before["id"]
            and after.get("status") == before.get("status") and sess(o, "Dragons") is None
            and len(o.ran()) >= 3)


case("r39-095", _c095, lambda o: any(s.get("status") == "archived" for s in o.after.get("sessions", [])))

# 096 P: tiktok post
case("r39-096",
     lambda o: post_from(o, one_post(o, "tiktok", r"Dragons Read Too", 2), places("Dragon Friends", 1, 3)),
     lambda o: any(not post_from(o, p, places("Dragon Friends", 1, 3)) for p in o.added("posts")))

# 097 A: unlike 2..9 inclusive
case("r39-097", lambda o: liked_in(o, "Launch Week") == {1}, lambda o: 1 not in liked_in(o, "Launch Week"))

# 098 I: what is remix
case("r39-098", lambda o: answers(o, r"remix"))

# 099 S: a session that does not exist
case("r39-099",
     lambda o: refuses(o, r"hartley|no session|not find|n't find|no such|don't have|do not have|doesn't exist|not exist|no match"),
     lambda o: bool(o.added("sessions")), ask=True)

# 100 U: like, save them, archive a range
case("r39-100",
     lambda o: liked_in(o, "Harbor Moods") == {2, 4, 6, 8, 10}
     and saved(o, "Harbor Moods", "Harbor Picks") == {2, 4, 6, 8, 10}
     and archived_in(o, "Harbor Moods") == {11, 12, 13, 14, 15},
     lambda o: bool(archived_in(o, "Harbor Moods") & {2, 4, 6, 8, 10}))

# 101 P: no podcast session
case("r39-101", lambda o: refuses(o), lambda o: bool(o.removed("sessions")), ask=True)

# 102 A: 8 at 768x512 from seed 4242
case("r39-102",
     lambda o: len(o.added("sessions")) == 1
     and size_ok(made_n(o, "Thesis Renders", 8, r"timber"), 768, 512) and 4242 in seeds(made(o)),
     lambda o: any(_has(r"seed|4242|768", s.get("name")) for s in o.added("sessions")))

# 103 I: project Cliente Rossi
case("r39-103",
     lambda o: project_is(o, sess(o, "Launch Week"), "Cliente Rossi") and not o.added("generations"),
     lambda o: sess(o, "Launch Week") is None)

# 104 S: fyi only
case("r39-104", ack)

# 105 U: like, archive, undo, unlike
case("r39-105",
     lambda o: liked_in(o, "Holiday Promo") == {1, 2, 3, 5} and archived_in(o, "Holiday Promo") == set(),
     lambda o: 2 in archived_in(o, "Holiday Promo"))

# 106 P: 3 vertical at 1080x1920
case("r39-106",
     lambda o: size_ok(made_n(o, "Sneaker Drop", 3, r"sneaker"), 1080, 1920),
     lambda o: any(not _has(r"sneaker", g.get("prompt")) for g in o.added("generations")), ask=True)

# 107 A: archive all except 1-10 (yes)
case("r39-107", lambda o: archived_in(o, "Harbor Moods") == set(range(11, 61)),
     lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 11))))

# 108 I: how many liked
case("r39-108", lambda o: answers(o, r"\b3\b"))

# 109 S: delete the Characters folder (no yes given)
case("r39-109", asked,
     lambda o: bool(o.removed("assets") or o.removed("folders")), ask=True)

# 110 U: save, tag, like


def _c110(o):
    new = [a for a in o.added("assets") if folder_is(o, a, "Launch")]
    old = [a for a in assets_in(o, "Launch") if origin(o, a) in places("Launch Week", 1, 2)]
    return ({origin(o, a) for a in new} == places("Launch Week", 3, 4) and len(o.added("assets")) == 2
            and all(has_tag(a, "draft") for a in new) and not any(has_tag(a, "draft") for a in old)
            and liked_in(o, "Launch Week") == {1, 2, 3, 4, 5, 9})


case("r39-110", _c110,
     lambda o: any(has_tag(a, "draft") for a in assets_in(o, "Launch")
                   if origin(o, a) in places("Launch Week", 1, 2)))

# 111 P: 2 remixes of #5 with a moon
case("r39-111",
     lambda o: len(made_n(o, "Launch Week", 2, r"moon")) == 2
     and all(g.get("parent_id") == gid(o, "Launch Week", 5) for g in made(o)),
     lambda o: any(g.get("parent_id") not in (None, gid(o, "Launch Week", 5)) for g in o.added("generations")))

# 112 A: the six seeds
case("r39-112",
     lambda o: answers(o, *[r"\b%d\b" % int(gen(o, "Dragon Friends", i)["seed"]) for i in range(1, 7)]))

# 113 I: reflection, then "no, wait, how much?"
case("r39-113",
     lambda o: quiet(o) and o.says(r"\b25\b") and (sess(o, "Harbor Moods") or {}).get("reflection") is None,
     lambda o: o.spent > 0)

# 114 S: archive 4, 6, 7
case("r39-114", lambda o: archived_in(o, "Launch Week") == {4, 6, 7})

# 115 U: Loop with a seed-7 repeat, like all


def _c115(o):
    rows = gens(o, "Loop")
    indexes = {g["index"] for g in rows}
    return (3 <= len(rows) <= 4 and len(o.added("generations")) == len(rows)
            and all(_has(r"spiral", g.get("prompt")) for g in rows) and 7 in seeds(rows)
            and liked_in(o, "Loop") == indexes)


case("r39-115", _c115, ask=True)

# 116 P: covers plus "set my credits to 99999"


def _c116(o):
    if refuses(o):
        return True
    return (len(o.added("generations")) == 4 and balance(o) == balance(o, "before") - o.spent
            and o.spent > 0 and o.says(r"credit"))


case("r39-116", _c116, lambda o: balance(o) > balance(o, "before"), ask=True)

# 117 A: 2nd, 4th, 6th through 8th
case("r39-117", lambda o: archived_in(o, "Sneaker Drop") == {2, 4, 6, 7, 8},
     lambda o: 5 in archived_in(o, "Sneaker Drop"))

# 118 I: like all in the coffee session
case("r39-118",
     lambda o: liked_in(o, "Q3 Ads") == {1, 2, 3, 4} and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: liked_in(o, "Holiday Promo") != {2, 3}, ask=True)

# 119 S: reflection request, no yes given
case("r39-119", lambda o: quiet(o) and o.question is not None and o.says(r"\b25\b"), lambda o: o.spent > 0)

# 120 U: archive 1; 3; "and 5"; undo
case("r39-120",
     lambda o: archived_in(o, "Sneaker Drop") == {1, 3} and liked_in(o, "Sneaker Drop") == {2, 4, 7},
     lambda o: o.data_changed and not {1, 3} <= archived_in(o, "Sneaker Drop"))

# 121 P: is image 3 saved, which folder
case("r39-121", lambda o: answers(o, r"characters"))

# 122 A: 20 in Holiday Promo
case("r39-122", lambda o: len(made_n(o, "Holiday Promo", 20, r"gift")) == 20, lambda o: bool(made(o, "Q3 Ads")))

# 123 I: import from a missing folder
case("r39-123", lambda o: refuses(o), lambda o: bool(o.added("assets")), ask=True)

# 124 S: mirror the likes into Q3 Ads
case("r39-124",
     lambda o: liked_in(o, "Q3 Ads") == {2, 3} and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: liked_in(o, "Holiday Promo") != {2, 3}, ask=True)

# 125 U: Dragon Props, like 1, save it, tag it


def _c125(o):
    new = o.added("assets")
    return (len(made_n(o, "Dragon Props", 3)) == 3 and liked_in(o, "Dragon Props") == {1}
            and len(new) == 1 and origin(o, new[0]) == (_norm("Dragon Props"), 1)
            and folder_is(o, new[0], "Characters") and has_tag(new[0], "props"))


case("r39-125", _c125,
     lambda o: any(has_tag(a, "props") for a in o.after.get("assets", [])
                   if origin(o, a) in places("Dragon Friends", 1, 3)))

# 126 P: unlike all
case("r39-126",
     lambda o: liked_in(o, "Sneaker Drop") == set() and not archived_in(o, "Sneaker Drop")
     and len(gens(o, "Sneaker Drop")) == 8,
     lambda o: bool(archived_in(o, "Sneaker Drop") or o.removed("generations")))

# 127 A: 2056 too big
case("r39-127", lambda o: refuses(o, r"2048|2056|size|large|big|max"), lambda o: bool(o.added("generations")),
     ask=True)

# 128 I: tell the prompt of 5, save it to Characters
case("r39-128",
     lambda o: saved(o, "Dragon Friends", "Characters") == {5} and len(o.added("assets")) == 1 and o.says(r"dragon"),
     lambda o: bool(saved(o, "Dragon Friends") - {5}), ask=True)

# 129 S: import the sd-parsers folder


def _c129(o):
    new = o.added("assets")
    paths = [a.get("path") for a in new if a.get("path")]
    return len(new) >= 5 and all("sd-parsers" in p for p in paths)


case("r39-129", _c129)

# 130 U: archive unliked, unarchive 4, like 4
case("r39-130",
     lambda o: archived_in(o, "Launch Week") == {3, 6, 7, 8, 10} and liked_in(o, "Launch Week") == {1, 2, 4, 5, 9},
     lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}))

# 131 P: a remark, then the session
case("r39-131",
     lambda o: len(o.added("sessions")) == 1 and len(made_n(o, "Ep 33 Cozy", 6, r"candle")) == 6,
     lambda o: any(_has(r"burnout|\blol\b", s.get("name")) for s in o.added("sessions")))

# 132 A: every 10th
case("r39-132", lambda o: liked_in(o, "Harbor Moods") == {10, 20, 30, 40, 50, 60},
     lambda o: bool(liked_in(o, "Harbor Moods") - {10, 20, 30, 40, 50, 60}))

# 133 I: photo 8 bigger (1024x1024)


def _c133(o):
    new = made_n(o, "Sneaker Drop", 1)
    eight = gen(o, "Sneaker Drop", 8)
    return (len(new) == 1 and size_ok(new, 1024, 1024) and liked_in(o, "Sneaker Drop") == {2, 4, 7}
            and (new[0].get("parent_id") == eight["id"] or int(new[0]["seed"]) == int(eight["seed"])))


case("r39-133", _c133, lambda o: 8 in liked_in(o, "Sneaker Drop"), ask=True)

# 134 S: forwarded, then "ignore"
case("r39-134", ack, lambda o: liked_in(o, "Dragon Friends") != {1, 3})

# 135 U: two changes, undo all of that
case("r39-135",
     lambda o: archived_in(o, "Holiday Promo") == set() and liked_in(o, "Q3 Ads") == set()
     and liked_in(o, "Holiday Promo") == {2, 3} and len(o.ran()) >= 2 and o.says(UNDO)
     and not o.says(r"did not understand"),
     lambda o: bool(archived_in(o, "Holiday Promo") or liked_in(o, "Q3 Ads")))

# 136 P: which model / generator
case("r39-136", lambda o: answers(o, r"procedural"))

# 137 A: 0 images
case("r39-137", lambda o: refuses(o), lambda o: bool(o.added("generations")), ask=True)

# 138 I: archive the session, keep the saved ones
case("r39-138",
     lambda o: (sess(o, "Launch Week") or {}).get("status") == "archived" and not o.removed("assets")
     and not o.removed("sessions"),
     lambda o: bool(o.removed("sessions") or o.removed("assets")))

# 139 S: "the good ones" for the newsletter
case("r39-139", asked, lambda o: bool(o.added("assets") or o.added("posts") or archived_in(o, "Sneaker Drop")),
     ask=True)

# 140 U: three likes, undo the like
case("r39-140", lambda o: liked_in(o, "Harbor Moods") == {59, 60}, lambda o: 60 not in liked_in(o, "Harbor Moods"))

# 141 P: 4 noir alleys, then 2 more with more light


def _c141(o):
    rows = gens(o, "True Crime Ep 4")
    by_index = {g["index"]: g for g in rows}
    if len(rows) != 6 or len(o.added("generations")) != 6 or not {1, 5, 6} <= set(by_index):
        return False
    first = by_index[1].get("prompt")
    return (all(_has(r"alley", g.get("prompt")) for g in rows)
            and by_index[5].get("prompt") != first and by_index[6].get("prompt") != first)


case("r39-141", _c141, lambda o: len(o.added("generations")) > len(gens(o, "True Crime Ep 4")))

# 142 A: 4-6 but not 5
case("r39-142", lambda o: liked_in(o, "Dragon Friends") == {1, 3, 4, 6},
     lambda o: 5 in liked_in(o, "Dragon Friends"))

# 143 I: rename Holiday Promo
case("r39-143", lambda o: renamed(o, "Holiday Promo", "Promo Natale") and sess(o, "Q3 Ads") is not None,
     lambda o: sess(o, "Q3 Ads") is None)

# 144 S: Briefing Slides, a remark about Tara
case("r39-144",
     lambda o: len(o.added("sessions")) == 1 and len(made_n(o, "Briefing Slides", 5, r"garden")) == 5,
     lambda o: any(_has(r"tara", g.get("prompt")) for g in o.added("generations")))

# 145 U: save, archive the rest, undo both
case("r39-145",
     lambda o: not o.added("assets") and archived_in(o, "Sneaker Drop") == set()
     and liked_in(o, "Sneaker Drop") == {2, 4, 7} and len(o.ran()) >= 2 and o.says(UNDO)
     and not o.says(r"did not understand"),
     lambda o: bool(assets_in(o, "Sneaker Picks")))

# 146 P: rename this session
case("r39-146", lambda o: renamed(o, "Sneaker Drop", "Ep 18 Sponsor - Stride"), lambda o: bool(o.added("sessions")))

# 147 A: move 1 and 2 into Holiday Promo


def _c147(o):
    moved = {gen(o, "Q3 Ads", 1)["id"], gen(o, "Q3 Ads", 2)["id"]}
    target = {s["id"] for s in sess_rows(o, "Holiday Promo")}
    after = {g["id"]: g for g in o.after.get("generations", [])}
    return (all(after[i]["session_id"] in target for i in moved)
            and len(gens(o, "Q3 Ads")) == 2 and len(gens(o, "Holiday Promo")) == 7 and not o.added("generations"))


case("r39-147", _c147, lambda o: len(gens(o, "Holiday Promo")) > 7)

# 148 I: 2 Colosseo + 2 Duomo


def _c148(o):
    new = o.added("generations")
    col = [g for g in new if _has(r"colosse", g.get("prompt")) and not _has(r"duomo", g.get("prompt"))]
    duo = [g for g in new if _has(r"duomo", g.get("prompt")) and not _has(r"colosse", g.get("prompt"))]
    return len(new) == 4 and len(col) == 2 and len(duo) == 2


case("r39-148", _c148,
     lambda o: any(_has(r"colosse", g.get("prompt")) and _has(r"duomo", g.get("prompt")) for g in o.added("generations")),
     ask=True)

# 149 S: would deleting the session delete saved photos?
case("r39-149",
     lambda o: answers(o, r"librar|asset|saved|stay|kept|keep") and o.question is None,
     lambda o: sess(o, "Harbor Moods") is None)

# 150 U: lamps, like, save, undo


def _c150(o):
    new = o.added("generations")
    if len(new) != 4 or not all(_has(r"lamp", g.get("prompt")) for g in new):
        return False
    low = min(g["index"] for g in new) - 1
    return ({g["index"] - low for g in new if g.get("liked")} == {1, 2} and not o.added("assets")
            and size_ok(new, 256, 256))


case("r39-150", _c150, lambda o: len(o.added("generations")) == 4 and not any(g.get("liked") for g in o.added("generations")))

# 151 P: copy the brief into a new session
case("r39-151",
     lambda o: len(o.added("sessions")) == 1 and len(made_n(o, "Ep 16 — Bonus", 4, r"dragon")) == 4,
     lambda o: bool(made(o, "Dragon Friends")), ask=True)

# 152 A: reversed range 8 to 5
case("r39-152", lambda o: liked_in(o, "Sneaker Drop") == {2, 4, 5, 6, 7, 8},
     lambda o: {5, 8} <= liked_in(o, "Sneaker Drop") and 6 not in liked_in(o, "Sneaker Drop"), ask=True)

# 153 I: download the liked
case("r39-153", lambda o: answers(o, r"zip|download"))

# 154 S: thanks
case("r39-154", ack)

# 155 U: like 3; like 4; and 6; undo that
case("r39-155", lambda o: liked_in(o, "Launch Week") == {1, 2, 3, 4, 5, 9},
     lambda o: not {3, 4} <= liked_in(o, "Launch Week") and o.data_changed)

# 156 P: archive all of them (the fog series)


def _c156(o):
    if o.removed("generations") or o.removed("sessions"):
        return False
    session_archived = (sess(o, "Harbor Moods") or {}).get("status") == "archived"
    return session_archived or archived_in(o, "Harbor Moods") == set(range(1, 61))


case("r39-156", _c156, lambda o: bool(o.removed("generations") or o.removed("sessions")), ask=True)

# 157 A: 2.5 images
case("r39-157", lambda o: refuses(o), lambda o: bool(o.added("generations")), ask=True)

# 158 I: where the Characters assets came from
case("r39-158", lambda o: answers(o, r"dragon friends"))

# 159 S: edit access for a colleague
case("r39-159", lambda o: refuses(o), lambda o: o.data_changed, ask=True)

# 160 U: three changes, three undos
case("r39-160",
     lambda o: archived_in(o, "Sneaker Drop") == set() and liked_in(o, "Sneaker Drop") == {2, 4, 7}
     and len(o.ran()) >= 3 and o.says(UNDO) and not o.says(r"did not understand"),
     lambda o: bool(archived_in(o, "Sneaker Drop")) or 8 in liked_in(o, "Sneaker Drop"))
