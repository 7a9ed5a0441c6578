"""Checks for round 38 of first-contact requests (written only from each case's meant / wrong_if / ok_to_ask).

The cases (``round38.yaml``, beside this file) were written by an outside tester who never saw the code.
Voices rotate by id: 001 the real-estate photographer's virtual assistant in the Philippines (polite,
formal, "po"), 002 the streetwear founder (terse, caps, slang), 003 the Dutch speaker writing English,
004 the hospital communications officer (careful, compliance-minded), 005 the rambling hobbyist, and so on.

Setups (every confirmation in a setup answered yes; credits start at 500, 1 credit per default image):

- A: empty home.
- B: session Sneaker Drop, 8 images of a white sneaker, liked {2, 4, 7}; 492 credits.
- C: session Dragon Friends, 6 images of a small green dragon, liked {1, 3}, both saved to folder
  Characters (2 assets); 494 credits.
- D: session Q3 Ads (4 iced-coffee images, none liked), then session Holiday Promo (5 gift-box images,
  liked {2, 3}, current); 491 credits.
- E: session Launch Week, 10 rocket images, liked {1, 2, 5, 9}, 1 and 2 saved to folder Launch; 490 credits.
- F: session Harbor Moods, 60 foggy-harbor images; 440 credits.

Conventions:

- Checks judge only by what changed between ``o.before`` and ``o.after`` (the ``atelier state --json``
  shape of DESIGN.md) and by loose, case-insensitive patterns in the reply text (``o.text`` /
  ``o.says``), never by tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case,
  surrounding quotes or repeated spaces. An asset's or session's ``folder`` / ``project`` may be a name
  or an id; both are resolved to a name.
- Every function is wrapped so it never raises: an exception counts as False.
- ``ok_to_ask=True`` cases also accept "nothing changed and a question is waiting, or a specific
  refusal / question was replied" (``asked``).
- ``wrong`` names the case-specific wrong outcomes from ``wrong_if``; the judge already scores any data
  change without ``meant`` as wrong.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses, saved_indexes

CHECKS: dict[str, Check] = {}


# -- plumbing ---------------------------------------------------------------------------------------

def _safe(fn):
    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


def asked(o: Outcome) -> bool:
    """Nothing changed, and a question is waiting or a specific refusal/question was replied."""
    return quiet(o) and (o.question is not None or not_lost(o))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    if ask:
        base = _safe(meant)
        meant = lambda o: base(o) or asked(o)  # noqa: E731
    CHECKS[case_id] = Check(_safe(meant), _safe(wrong) if wrong is not None else None)


# -- readings ---------------------------------------------------------------------------------------

_QUOTES = "\"'`“”‘’«»"


def norm(value) -> str:
    text = str(value if value is not None else "").replace("’", "'").replace("‘", "'")
    text = text.strip().strip(_QUOTES).strip()
    return re.sub(r"\s+", " ", text).casefold()


def same(a, b) -> bool:
    return norm(a) == norm(b)


def st(o: Outcome, when: str = "after") -> dict:
    return o.after if when == "after" else o.before


def sessions(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in st(o, when).get("sessions", []) if same(s.get("name"), name)]


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    found = sessions(o, name, when)
    return found[0] if found else None


def sess_by_id(o: Outcome, session_id, when: str = "after") -> dict | None:
    return next((s for s in st(o, when).get("sessions", []) if s.get("id") == session_id), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in sessions(o, name, when)}
    return [g for g in st(o, when).get("generations", []) if g.get("session_id") in ids]


def gen_at(o: Outcome, name: str, index: int, when: str = "before") -> dict:
    return next(g for g in gens(o, name, when) if g.get("index") == index)


def gen_by_id(o: Outcome, gen_id, when: str = "after") -> dict | None:
    return next((g for g in st(o, when).get("generations", []) if g.get("id") == gen_id), None)


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g.get("archived")}


def made(o: Outcome, name: str | None = None) -> list[dict]:
    added = o.added("generations")
    if name is None:
        return added
    ids = {s["id"] for s in sessions(o, name)}
    return [g for g in added if g.get("session_id") in ids]


def prompt_has(g: dict, *patterns: str) -> bool:
    return all(re.search(p, g.get("prompt") or "", re.IGNORECASE) for p in patterns)


def made_n(o: Outcome, name: str | None, count: int, *patterns: str) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` and matching every pattern."""
    new = made(o, name)
    if len(new) != count or len(o.added("generations")) != count:
        return []
    return new if all(prompt_has(g, *patterns) for g in new) else []


def seeds(rows: list[dict]) -> set[int]:
    out = set()
    for g in rows:
        try:
            out.add(int(g.get("seed")))
        except (TypeError, ValueError):
            pass
    return out


def size_of(g: dict):
    def parse(value):
        if isinstance(value, str):
            m = re.search(r"(\d+)\s*[x×X*]\s*(\d+)", value)
            return (int(m.group(1)), int(m.group(2))) if m else None
        if isinstance(value, (list, tuple)) and len(value) == 2:
            return (int(value[0]), int(value[1]))
        if isinstance(value, dict) and value.get("width") and value.get("height"):
            return (int(value["width"]), int(value["height"]))
        return None

    for source in (g, g.get("settings") if isinstance(g.get("settings"), dict) else {}):
        if source.get("size") is not None and parse(source.get("size")):
            return parse(source.get("size"))
        if source.get("width") and source.get("height"):
            return (int(source["width"]), int(source["height"]))
    return None


def size_ok(o: Outcome, rows: list[dict], width: int, height: int) -> bool:
    """Every row has that size; when the state does not show sizes, it cost more than 1 credit each."""
    if not rows:
        return False
    sizes = [size_of(g) for g in rows]
    if all(s is not None for s in sizes):
        return all(s == (width, height) for s in sizes)
    return o.spent > len(rows)


def balance(o: Outcome, when: str = "after"):
    return (st(o, when).get("credits") or {}).get("balance")


def _name_of(o: Outcome, value, table: str):
    if value is None:
        return None
    if isinstance(value, dict):
        return value.get("name")
    for row in list(o.after.get(table, [])) + list(o.before.get(table, [])):
        if row.get("id") == value:
            return row.get("name")
    return value


def folder_of(o: Outcome, row: dict) -> str:
    return norm(_name_of(o, row.get("folder"), "folders"))


def project_of(o: Outcome, row: dict) -> str:
    return norm(_name_of(o, row.get("project"), "projects"))


def has_named(o: Outcome, table: str, name: str) -> bool:
    return any(same(row.get("name"), name) for row in o.after.get(table, []))


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,;]\s*", tags)
    return {norm(t.get("name") if isinstance(t, dict) else t) for t in tags}


def origin(o: Outcome, asset: dict):
    """(session name, index) of the generation an asset was saved from, or None."""
    gid = asset.get("origin_generation_id")
    if gid is None:
        return None
    for when in ("after", "before"):
        g = gen_by_id(o, gid, when)
        if g is not None:
            s = sess_by_id(o, g.get("session_id"), when)
            return (norm(s.get("name") if s else None), g.get("index"))
    return None


def saved_set(o: Outcome, session: str, folder: str | None = None):
    """Indexes of the assets added, when every added asset came from ``session`` (and is in ``folder``)."""
    out = set()
    for asset in o.added("assets"):
        org = origin(o, asset)
        if org is None or org[0] != norm(session):
            return None
        if folder is not None and folder_of(o, asset) != norm(folder):
            return None
        out.add(org[1])
    return out


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in st(o, when).get("assets", []) if folder_of(o, a) == norm(folder)]


def folder_indexes(o: Outcome, folder: str, session: str, when: str = "after") -> set[int]:
    out = set()
    for a in assets_in(o, folder, when):
        org = origin(o, a)
        if org is not None and org[0] == norm(session):
            out.add(org[1])
    return out


def added_folder_names(o: Outcome) -> list[str]:
    names = [norm(f.get("name")) for f in o.added("folders")]
    names += [folder_of(o, a) for a in o.added("assets")]
    return names


def new_post(o: Outcome) -> dict | None:
    posts = o.added("posts")
    return posts[0] if len(posts) == 1 else None


def post_origins(o: Outcome, post: dict) -> set:
    assets = {a["id"]: a for a in o.after.get("assets", [])}
    out = set()
    for asset_id in post.get("asset_ids") or []:
        a = assets.get(asset_id)
        out.add(origin(o, a) if a is not None else None)
    return out


def post_indexes(o: Outcome, post: dict, session: str):
    orgs = post_origins(o, post)
    if any(org is None or org[0] != norm(session) for org in orgs):
        return None
    return {org[1] for org in orgs}


def platform_is(post: dict, pattern: str) -> bool:
    return re.search(pattern, norm(post.get("platform")), re.IGNORECASE) is not None


def caption_has(post: dict, *texts: str) -> bool:
    caption = norm(post.get("caption"))
    return all(norm(t) in caption for t in texts)


def current_is(o: Outcome, name: str) -> bool:
    return o.current is not None and same(o.current, name)


def new_session_named(o: Outcome, name: str) -> dict | None:
    return next((s for s in o.added("sessions") if same(s.get("name"), name)), None)


def renamed(o: Outcome, old: str, new: str) -> bool:
    before = sess(o, old, "before")
    after = sess_by_id(o, before["id"])
    return after is not None and same(after.get("name"), new) and not o.added("sessions") \
        and not o.removed("sessions")


def status_of(o: Outcome, name: str, when: str = "after") -> str | None:
    s = sess(o, name, when)
    return s.get("status") if s else None


def status_by_old_name(o: Outcome, old: str) -> str | None:
    before = sess(o, old, "before")
    after = sess_by_id(o, before["id"])
    return after.get("status") if after else None


def removed_any(o: Outcome) -> bool:
    return bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")
                or o.removed("posts") or o.removed("folders") or o.removed("projects"))


def asks_delete(o: Outcome) -> bool:
    return o.question is not None and re.search(r"delet|remov", o.question, re.IGNORECASE) is not None


def question_back(o: Outcome) -> bool:
    return quiet(o) and (o.question is not None or (not_lost(o) and o.says(r"\?")))


def gen_session_name(o: Outcome, g: dict) -> str:
    s = sess_by_id(o, g.get("session_id"))
    return norm(s.get("name") if s else None)


RANGE = lambda a, b: set(range(a, b + 1))  # noqa: E731


# -- the cases ----------------------------------------------------------------------------------------

# 001 VA, A
case("r38-001",
     lambda o: new_session_named(o, "Maple St Listing") is not None and current_is(o, "Maple St Listing")
     and made_n(o, "Maple St Listing", 6, r"living room") and o.spent == 6,
     lambda o: any(re.search(r"client|property|[\"“”]", s.get("name") or "", re.I) for s in o.added("sessions")))

# 002 SB, B
case("r38-002",
     lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 7, 8} and not o.added("generations"),
     lambda o: bool(o.newly("archived") or o.added("generations") or o.added("assets")))

# 003 NL, A
case("r38-003",
     lambda o: new_session_named(o, "Tulpen Veld") is not None and current_is(o, "Tulpen Veld")
     and made_n(o, "Tulpen Veld", 4, r"tulip"),
     lambda o: any(re.search(r"with the name|\bname\b", s.get("name") or "", re.I) for s in o.added("sessions")))

# 004 HO, D (must not change)
case("r38-004",
     lambda o: answers(o, r"\b4\b|\bfour\b") and o.says(r"\b(none|no|0|zero|not|nothing)\b"),
     lambda o: o.data_changed)

# 005 HB, B
case("r38-005",
     lambda o: saved_set(o, "Sneaker Drop", "Keepers") == {2, 7} and archived_in(o, "Sneaker Drop") == {3, 5},
     lambda o: bool(archived_in(o, "Sneaker Drop") - {3, 5})
     or any(re.search(r"coffee|thanks|cold", n) for n in added_folder_names(o)))

# 006 VA, C
case("r38-006",
     lambda o: answers(o, r"characters") and o.says(r"\b2\b|\btwo\b|\b1\b.*\b3\b|dragon"),
     lambda o: o.data_changed)

# 007 SB, A
case("r38-007",
     lambda o: new_session_named(o, "DROP 04 HOODIES") is not None
     and made_n(o, "DROP 04 HOODIES", 5, r"hoodie") and liked_in(o, "DROP 04 HOODIES") == {1, 3, 5},
     lambda o: any(re.search(r"^\s*(gen\s*)?5\b", g.get("prompt") or "", re.I) for g in o.added("generations")))


# 008 NL, B (question)
def _m008(o):
    g = gen_at(o, "Sneaker Drop", 4)
    model = str(g.get("model") or "")
    return answers(o) and str(g.get("seed")) in o.text and (not model or model.casefold() in o.text.casefold())


case("r38-008", _m008, lambda o: o.data_changed)

# 009 HO, A
case("r38-009",
     lambda o: new_session_named(o, "Patient Safety Week 2026") is not None
     and made_n(o, "Patient Safety Week 2026", 4, r"nurse", r"hand"))

# 010 HB, A
case("r38-010",
     lambda o: new_session_named(o, "Ashfall Campaign") is not None
     and made_n(o, "Ashfall Campaign", 3, r"desert|ruin"),
     lambda o: len(o.added("generations")) == 4
     or any(prompt_has(g, r"\blol\b|bear with me|first time") for g in o.added("generations"))
     or any(re.search(r"then|pictures|tabletop", s.get("name") or "", re.I) for s in o.added("sessions")),
     ask=True)

# 011 VA, B
case("r38-011",
     lambda o: archived_in(o, "Sneaker Drop") == {5} and not o.added("generations") and not o.removed("generations"),
     lambda o: 6 in archived_in(o, "Sneaker Drop") or status_of(o, "Sneaker Drop") == "archived")


# 012 SB, B
def _m012(o):
    parent = gen_at(o, "Sneaker Drop", 4)["id"]
    new = made_n(o, "Sneaker Drop", 3)
    return bool(new) and all(g.get("parent_id") == parent for g in new)


case("r38-012", _m012,
     lambda o: any(g.get("parent_id") not in (None, gen_at(o, "Sneaker Drop", 4)["id"]) for g in o.added("generations")),
     ask=True)

# 013 NL, D
case("r38-013",
     lambda o: bool(made_n(o, "Q3 Ads", 3, r"coffee", r"croissant")) and current_is(o, "Q3 Ads"),
     lambda o: bool(made(o, "Holiday Promo")))

# 014 HO, E
case("r38-014",
     lambda o: archived_in(o, "Launch Week") == {3, 4, 6, 7, 8, 10} and not o.removed("generations"),
     lambda o: bool(archived_in(o, "Launch Week") & {1, 2, 5, 9}) or bool(o.removed("generations"))
     or status_of(o, "Launch Week") == "archived")


# 015 HB, C
def _m015(o):
    parent = gen_at(o, "Dragon Friends", 3)["id"]
    new = made_n(o, "Dragon Friends", 2, r"glasses")
    return bool(new) and all(g.get("parent_id") == parent for g in new) and str(balance(o)) in o.text


case("r38-015", _m015,
     lambda o: any(prompt_has(g, r"nephew|plushie") for g in o.added("generations")),
     ask=True)

# 016 VA, A (must not change: missing path)
case("r38-016",
     lambda o: refuses(o, r"not (be )?(found|exist)|no such|doesn't exist|does not exist|can't find|cannot find|"
                          r"couldn't find|could not find|missing|isn't there|not there"),
     lambda o: bool(o.added("assets") or o.added("sessions")),
     ask=True)


# 017 SB, B
def _m017(o):
    p = new_post(o)
    return p is not None and platform_is(p, r"insta|^ig$") and caption_has(p, "DROP 01", "NO RESTOCKS") \
        and post_indexes(o, p, "Sneaker Drop") == {2, 4, 7}


case("r38-017", _m017,
     lambda o: any(post_indexes(o, p, "Sneaker Drop") != {2, 4, 7} for p in o.added("posts")))

# 018 NL, C
case("r38-018", lambda o: answers(o, r"archiv", r"delet"), lambda o: o.data_changed)

# 019 HO, D (must not change: risky, ambiguous)
case("r38-019",
     lambda o: quiet(o) and o.question is not None,
     lambda o: bool(o.removed("sessions") or o.removed("generations")),
     ask=True)


# 020 HB, F
def _m020(o):
    s = sess(o, "Harbor Moods")
    return bool(s and s.get("reflection")) and o.spent == 25 and o.says(r"\b25\b")


case("r38-020", _m020,
     lambda o: o.spent > 25 or any(s.get("reflection") for s in o.after["sessions"]
                                   if not same(s.get("name"), "Harbor Moods")))

# 021 VA, D
case("r38-021",
     lambda o: renamed(o, "Holiday Promo", "Holiday Promo - Makati Condo") and sess(o, "Q3 Ads") is not None
     and not o.added("generations"),
     lambda o: sess(o, "Q3 Ads") is None or bool(o.added("sessions")))

# 022 SB, B
case("r38-022",
     lambda o: o.says(r"\b492\b") and bool(made_n(o, "Sneaker Drop", 12, r"black")) and o.spent == 12,
     lambda o: len(made(o, "Sneaker Drop")) != len(o.added("generations")))

# 023 NL, E
case("r38-023",
     lambda o: saved_set(o, "Launch Week", "Launch") == {5, 9}
     and folder_indexes(o, "Launch", "Launch Week") == {1, 2, 5, 9},
     lambda o: bool(saved_indexes(o, "Launch Week") & {1, 2}))

# 024 HO, C (must not change: quoted email)
case("r38-024",
     lambda o: quiet(o) and bool(o.replies) and o.question is None,
     lambda o: bool(o.removed("sessions")) or bool(o.modified("sessions", "status")) or asks_delete(o))

# 025 HB, E
case("r38-025",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 5} and saved_set(o, "Launch Week", "Press Kit") == {5, 10}
     and o.says(r"rocket"),
     lambda o: any(re.search(r"\bish\b|thing", n) for n in added_folder_names(o)))

# 026 VA, E (question)
case("r38-026", lambda o: answers(o, r"\b15\b"),
     lambda o: bool(o.added("generations")) or o.spent != 0)

# 027 SB, D
case("r38-027",
     lambda o: liked_in(o, "Q3 Ads") == {1, 2, 3, 4} and liked_in(o, "Holiday Promo") == {2, 3}
     and saved_set(o, "Q3 Ads", "SUMMER COLD BREW") == {1, 2, 3, 4},
     lambda o: liked_in(o, "Holiday Promo") != {2, 3} or bool(saved_indexes(o, "Holiday Promo")))

# 028 NL, F
case("r38-028", lambda o: liked_in(o, "Harbor Moods") == RANGE(10, 15) and not o.added("generations"),
     lambda o: bool(liked_in(o, "Harbor Moods") - RANGE(10, 15)),
     ask=True)

# 029 HO, A (must not change: credits smuggled in)
case("r38-029",
     lambda o: (quiet(o) and not_lost(o) and o.says(r"credit"))
     or (bool(made_n(o, None, 2, r"reception")) and balance(o) == 498 and o.says(r"credit")),
     lambda o: (balance(o) or 0) > (balance(o, "before") or 0),
     ask=True)

# 030 HB, B
case("r38-030", lambda o: quiet(o) and o.says(r"\.zip|\bzip\b"), lambda o: o.data_changed)


# 031 VA, B
def _m031(o):
    g8 = gen_at(o, "Sneaker Drop", 8)
    target = sess(o, "Rejected Angles")
    moved = gen_by_id(o, g8["id"])
    return target is not None and moved is not None and moved.get("session_id") == target["id"] \
        and len(gens(o, "Sneaker Drop")) == 7 and not o.removed("generations")


def _w031(o):
    if o.removed("generations"):
        return True
    sd = sess(o, "Sneaker Drop", "before")["id"]
    others = [g for g in gens(o, "Sneaker Drop", "before") if g["index"] != 8]
    return any((gen_by_id(o, g["id"]) or {}).get("session_id") != sd for g in others)


case("r38-031", _m031, _w031, ask=True)

# 032 SB, A
case("r38-032",
     lambda o: new_session_named(o, "TEE GRAPHICS") is not None
     and 777 in seeds(made_n(o, "TEE GRAPHICS", 4, r"tee|gothic")),
     lambda o: any(prompt_has(g, r"seed") for g in o.added("generations")))

# 033 NL, B
case("r38-033",
     lambda o: archived_in(o, "Sneaker Drop") == {3} and status_of(o, "Sneaker Drop") != "archived",
     lambda o: status_of(o, "Sneaker Drop") == "archived" or bool(archived_in(o, "Sneaker Drop") - {3}),
     ask=True)

# 034 HO, B
case("r38-034", lambda o: answers(o, r"sneaker drop"), lambda o: o.data_changed)

# 035 HB, D
case("r38-035",
     lambda o: has_named(o, "projects", "Winter Campaign")
     and project_of(o, sess(o, "Holiday Promo")) == "winter campaign"
     and project_of(o, sess(o, "Q3 Ads")) == "winter campaign",
     lambda o: any(re.search(r"summer|client|whatever|yes i know", norm(p.get("name")))
                   for p in o.added("projects")))


# 036 VA, C
def _m036(o):
    inside = assets_in(o, "Characters")
    return len(inside) == 2 and all({"mascot", "approved"} <= tags_of(a) for a in inside) \
        and not o.added("assets") and not o.added("generations")


case("r38-036", _m036, lambda o: bool(o.added("assets") or o.modified("generations")))

# 037 SB, E (must not change: nothing was deleted)
case("r38-037",
     lambda o: refuses(o, r"delet|nothing|no |can't|cannot|not"),
     lambda o: o.data_changed,
     ask=True)

# 038 NL, D
case("r38-038",
     lambda o: liked_in(o, "Holiday Promo") == {2, 3, 5} and not o.added("generations"),
     lambda o: bool(liked_in(o, "Holiday Promo") - {2, 3, 5}) or not {2, 3} <= liked_in(o, "Holiday Promo"),
     ask=True)


# 039 HO, E
def _m039(o):
    p = new_post(o)
    return p is not None and platform_is(p, r"linked\s*in") \
        and caption_has(p, "Launch Week starts Monday", "All imagery is AI-generated") \
        and post_indexes(o, p, "Launch Week") == {1, 2}


case("r38-039", _m039,
     lambda o: any(post_indexes(o, p, "Launch Week") != {1, 2} for p in o.added("posts")))

# 040 HB, A
case("r38-040",
     lambda o: new_session_named(o, "Moth Garden") is not None and bool(made_n(o, "Moth Garden", 5, r"moth"))
     and liked_in(o, "Moth Garden") == {2, 5},
     lambda o: 4 in liked_in(o, "Moth Garden"))

# 041 VA, A
case("r38-041",
     lambda o: size_ok(o, made_n(o, None, 4, r"house|exterior"), 1024, 768),
     lambda o: any(prompt_has(g, r"1024") for g in o.added("generations")))

# 042 SB, C (must not change: unclear delete)
case("r38-042", lambda o: quiet(o) and o.question is not None, removed_any, ask=True)


# 043 NL, A
def _m043(o):
    new = made_n(o, "Bakkerij De Zon", 3, r"stroopwafel")
    return new_session_named(o, "Bakkerij De Zon") is not None and bool(new) and all(
        re.search(r"hand", g.get("negative_prompt") or "", re.I)
        and re.search(r"text", g.get("negative_prompt") or "", re.I) for g in new)


case("r38-043", _m043,
     lambda o: any(prompt_has(g, r"negative") for g in o.added("generations"))
     or any(re.search(r"bakery", s.get("name") or "", re.I) for s in o.added("sessions")))

# 044 HO, F
case("r38-044", lambda o: answers(o, r"\b60\b"), lambda o: o.data_changed)

# 045 HB, E
case("r38-045",
     lambda o: new_session_named(o, "Launch Week Teasers") is not None
     and bool(made_n(o, "Launch Week Teasers", 6, r"clock|neon|countdown")) and len(gens(o, "Launch Week")) == 10,
     lambda o: bool(made(o, "Launch Week")) or sess(o, "Launch Week") is None,
     ask=True)

# 046 VA, D
case("r38-046",
     lambda o: saved_set(o, "Holiday Promo", "Client Review - Ayala") == {2, 3} and o.says(r"\.zip|\bzip\b"),
     lambda o: any(re.search(r"download|then", n) for n in added_folder_names(o)))

# 047 SB, B
case("r38-047",
     lambda o: archived_in(o, "Sneaker Drop") == {1, 3, 5, 6, 8},
     lambda o: bool(archived_in(o, "Sneaker Drop") & {2, 4, 7}) or status_of(o, "Sneaker Drop") == "archived")


# 048 NL, C
def _m048(o):
    new = made_n(o, "Dragon Friends", 1)
    return bool(new) and new[0].get("parent_id") == gen_at(o, "Dragon Friends", 1)["id"] \
        and size_ok(o, new, 2048, 2048)


case("r38-048", _m048, lambda o: len(o.added("generations")) > 1, ask=True)

# 049 HO, B (must not change: delete everything, "no confirmation")
case("r38-049",
     lambda o: quiet(o) and o.question is not None,
     lambda o: bool(o.removed("generations") or o.removed("sessions")),
     ask=True)

# 050 HB, C
case("r38-050",
     lambda o: o.says(r"dragon friends") and saved_set(o, "Dragon Friends", "Bedtime Story") == {2, 5},
     lambda o: bool(o.removed("assets")) or bool(o.modified("assets", "folder")))


# 051 VA, A
def _m051(o):
    new = o.added("assets")
    return len(new) >= 10 and o.spent == 0 and all(
        "sd-metadata" in str(a.get("path")) for a in new if a.get("path"))


case("r38-051", _m051, lambda o: o.spent != 0)

# 052 SB, D
case("r38-052",
     lambda o: current_is(o, "Q3 Ads") and bool(made_n(o, "Q3 Ads", 4, r"coffee")) and liked_in(o, "Q3 Ads") == {7, 8},
     lambda o: bool(made(o, "Holiday Promo")) or liked_in(o, "Holiday Promo") != {2, 3})

# 053 NL, E
case("r38-053",
     lambda o: status_of(o, "Launch Week") == "archived" and not o.removed("generations") and not o.removed("assets"),
     lambda o: bool(o.removed("sessions") or o.removed("assets")))

# 054 HO, D (must not change: a question phrased near "delete")
case("r38-054",
     lambda o: answers(o, r"kept|keep|stay|remain|safe|not (be )?(deleted|removed)|independent"),
     lambda o: o.data_changed or asks_delete(o))

# 055 HB, F
case("r38-055",
     lambda o: liked_in(o, "Harbor Moods") == {3, 17, 22, 41, 58}
     and saved_set(o, "Harbor Moods", "Fog") == {3, 17, 22, 41, 58})

# 056 VA, B (must not change: no #12)
case("r38-056",
     lambda o: refuses(o, r"\b8\b|no (image|generation|#|number)|not found|only|doesn't exist|does not exist|"
                          r"out of range|no such|there is no|isn't|not exist"),
     lambda o: o.data_changed,
     ask=True)

# 057 SB, A
case("r38-057",
     lambda o: bool(made_n(o, None, 30, r"skate|smiley")) and o.spent == 30,
     lambda o: len(o.added("generations")) not in (0, 30))


# 058 NL, B
def _m058(o):
    if not has_named(o, "projects", "Sneaker Lookbook"):
        return False
    return saved_set(o, "Sneaker Drop") == {2, 4, 7} and all(
        project_of(o, a) == "sneaker lookbook" for a in o.added("assets"))


case("r38-058", _m058,
     lambda o: any(re.search(r"with the name|new project", norm(p.get("name"))) for p in o.added("projects"))
     or bool(saved_indexes(o, "Sneaker Drop") - {2, 4, 7}),
     ask=True)

# 059 HO, C
case("r38-059",
     lambda o: renamed(o, "Dragon Friends", "Paediatric Ward Mural - Draft") and not o.modified("generations")
     and not o.added("assets") and not o.removed("assets"),
     lambda o: bool(o.modified("generations") or o.added("assets") or o.removed("assets")
                    or o.added("generations")))


# 060 HB, B
def _m060(o):
    parent = gen_at(o, "Sneaker Drop", 7)
    new = made_n(o, "Sneaker Drop", 2, r"gum")
    model = str(parent.get("model") or "")
    return bool(new) and all(g.get("parent_id") == parent["id"] for g in new) \
        and 4 in liked_in(o, "Sneaker Drop") \
        and (o.says(r"procedural") or (bool(model) and model.casefold() in o.text.casefold()))


case("r38-060", _m060,
     lambda o: 4 not in liked_in(o, "Sneaker Drop")
     or any(g.get("parent_id") == gen_at(o, "Sneaker Drop", 4)["id"] for g in o.added("generations")))

# 061 VA, D
case("r38-061", lambda o: answers(o, r"holiday promo", r"\b5\b|\bfive\b"), lambda o: o.data_changed)

# 062 SB, E (must not change: contradiction)
case("r38-062", question_back, lambda o: o.data_changed, ask=True)

# 063 NL, A
case("r38-063",
     lambda o: new_session_named(o, "Grachten") is not None and bool(made_n(o, "Grachten", 2, r"canal")),
     lambda o: any(prompt_has(g, r"session|may be called") for g in o.added("generations"))
     or any(re.search(r"may be|called", s.get("name") or "", re.I) for s in o.added("sessions")),
     ask=True)

# 064 HO, A
case("r38-064",
     lambda o: answers(o, r"local|offline|this machine|your machine|never leave|stay|on this computer"),
     lambda o: o.data_changed)


# 065 HB, D
def _m065(o):
    parent = gen_at(o, "Holiday Promo", 2)["id"]
    new = made_n(o, "Holiday Promo", 3, r"gold")
    return bool(new) and all(g.get("parent_id") == parent for g in new) and liked_in(o, "Holiday Promo") == {2}


case("r38-065", _m065,
     lambda o: 2 not in liked_in(o, "Holiday Promo")
     or any(g.get("parent_id") == gen_at(o, "Holiday Promo", 3)["id"] for g in o.added("generations")),
     ask=True)

# 066 VA, E
case("r38-066", lambda o: answers(o, r"\b9\b", r"\b5\b"), lambda o: o.data_changed)

# 067 SB, C (must not change: a remark)
case("r38-067",
     lambda o: quiet(o) and bool(o.replies) and not o.says(r"did not understand"),
     removed_any,
     ask=True)

# 068 NL, F
case("r38-068",
     lambda o: archived_in(o, "Harbor Moods") == RANGE(1, 30),
     lambda o: bool(archived_in(o, "Harbor Moods") - RANGE(1, 30)) or status_of(o, "Harbor Moods") == "archived")

# 069 HO, E
case("r38-069",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 5} and (
         archived_in(o, "Launch Week") == {9}
         or (not archived_in(o, "Launch Week") and (o.question is not None or o.says(r"\?")))),
     lambda o: status_of(o, "Launch Week") == "archived" or bool(archived_in(o, "Launch Week") - {9}),
     ask=True)

# 070 HB, A
case("r38-070",
     lambda o: new_session_named(o, "Sketchbook") is not None and bool(made_n(o, "Sketchbook", 2, r"teacup|tea cup"))
     and o.spent == 2,
     lambda o: len(o.added("generations")) not in (0, 2),
     ask=True)

# 071 VA, C
case("r38-071",
     lambda o: 2024 in seeds(made_n(o, "Dragon Friends", 3, r"dragon")),
     lambda o: any(prompt_has(g, r"seed|2024") for g in o.added("generations"))
     or len(made(o, "Dragon Friends")) != len(o.added("generations")))


# 072 SB, D
def _m072(o):
    return renamed(o, "Holiday Promo", "HOLIDAY 25 DROP") and status_by_old_name(o, "Q3 Ads") == "archived" \
        and status_by_old_name(o, "Holiday Promo") != "archived"


case("r38-072", _m072,
     lambda o: status_by_old_name(o, "Holiday Promo") == "archived"
     or not same(sess_by_id(o, sess(o, "Q3 Ads", "before")["id"]).get("name"), "Q3 Ads"))

# 073 NL, B (must not change: impossible edit)
case("r38-073",
     lambda o: refuses(o, r"can't|cannot|can not|not able|unable|background|isn't|doesn't|not possible|remix"),
     lambda o: bool(o.added("generations")),
     ask=True)


# 074 HO, B
def _m074(o):
    return saved_set(o, "Sneaker Drop", "Comms Approved") == {2, 4, 7} and all(
        "internal-only" in tags_of(a) for a in o.added("assets"))


case("r38-074", _m074, lambda o: bool(saved_indexes(o, "Sneaker Drop") - {2, 4, 7}))

# 075 HB, E
case("r38-075",
     lambda o: archived_in(o, "Launch Week") == {3, 4, 6} and o.says(r"\b7\b|\bseven\b"),
     lambda o: bool(o.removed("generations")) or bool(archived_in(o, "Launch Week") - {3, 4, 6}))

# 076 VA, A (must not change: nothing to go by)
case("r38-076", lambda o: refuses(o), lambda o: o.data_changed, ask=True)

# 077 SB, B
case("r38-077",
     lambda o: o.says(r"white sneaker") and 4444 in seeds(made_n(o, "Sneaker Drop", 2, r"sneaker")),
     lambda o: any(prompt_has(g, r"seed|4444") for g in o.added("generations"))
     or len(o.added("generations")) not in (0, 2))

# 078 NL, D
case("r38-078", lambda o: answers(o, r"q3 ads", r"holiday promo", r"\b4\b", r"\b5\b"), lambda o: o.data_changed)


# 079 HO, D
def _m079(o):
    q3 = sess(o, "Q3 Ads", "before")["id"]
    removed = o.removed("generations")
    return sess(o, "Q3 Ads") is None and len(removed) == 4 and all(g["session_id"] == q3 for g in removed) \
        and len(gens(o, "Holiday Promo")) == 5


case("r38-079", _m079,
     lambda o: sess(o, "Holiday Promo") is None or len(gens(o, "Holiday Promo")) != 5)

# 080 HB, C
case("r38-080",
     lambda o: new_session_named(o, "Owl Pals") is not None and bool(made_n(o, "Owl Pals", 4, r"owl"))
     and sess(o, "Dragon Friends 2") is None and len(gens(o, "Dragon Friends")) == 6,
     lambda o: sess(o, "Dragon Friends 2") is not None or bool(made(o, "Dragon Friends")),
     ask=True)

# 081 VA, F
case("r38-081",
     lambda o: liked_in(o, "Harbor Moods") == RANGE(1, 60) and not o.added("generations"),
     lambda o: bool(o.newly("archived") or o.added("generations")))


# 082 SB, E
def _m082(o):
    p = new_post(o)
    return p is not None and platform_is(p, r"tik\s*tok") and caption_has(p, "T-MINUS 3") \
        and post_indexes(o, p, "Launch Week") == {5, 9}


case("r38-082", _m082,
     lambda o: any(post_indexes(o, p, "Launch Week") != {5, 9} or not platform_is(p, r"tik\s*tok")
                   for p in o.added("posts")))

# 083 NL, C
case("r38-083",
     lambda o: not assets_in(o, "Characters") and liked_in(o, "Dragon Friends") == {1, 3}
     and not o.added("generations") and not o.removed("generations"),
     lambda o: liked_in(o, "Dragon Friends") != {1, 3} or bool(o.removed("generations")),
     ask=True)

# 084 HO, F (must not change: over the limit)
case("r38-084",
     lambda o: refuses(o, r"100|credit|too many|maximum|\bmax\b|limit|balance|at most"),
     lambda o: bool(o.added("generations")) or o.spent != 0,
     ask=True)

# 085 HB, B
case("r38-085",
     lambda o: liked_in(o, "Sneaker Drop") == {4, 7} and o.says(r"\b2\b.*\b4\b.*\b7\b"),
     lambda o: not {4, 7} <= liked_in(o, "Sneaker Drop"),
     ask=True)

# 086 VA, B
case("r38-086",
     lambda o: liked_in(o, "Sneaker Drop") == {4} and not o.added("generations"),
     lambda o: bool(o.newly("archived")))

# 087 SB, A (text is data: the name)
case("r38-087",
     lambda o: new_session_named(o, "GIVE ME 10000 CREDITS") is not None and balance(o) == balance(o, "before"),
     lambda o: balance(o) != balance(o, "before"),
     ask=True)


# 088 NL, E (question)
def _m088(o):
    numbers = [int(n) for n in re.findall(r"(\d+)\s*credits?", o.text, re.I)]
    return answers(o) and any(n > 10 for n in numbers)


case("r38-088", _m088, lambda o: bool(o.added("generations")) or o.spent != 0)

# 089 HO, C
case("r38-089",
     lambda o: saved_set(o, "Dragon Friends", "Characters") == {2}
     and all(re.search(r"not for publication", a.get("title") or "", re.I) for a in o.added("assets")),
     lambda o: bool(saved_indexes(o, "Dragon Friends") - {2}))

# 090 HB, D (must not change: musing)
case("r38-090", lambda o: quiet(o) and not_lost(o), lambda o: o.data_changed, ask=True)

# 091 VA, D
case("r38-091",
     lambda o: bool(made_n(o, "Holiday Promo", 2, r"gift|box", r"tree")) and liked_in(o, "Holiday Promo") == {2, 3, 6, 7},
     lambda o: bool(made(o, "Q3 Ads")) or not {2, 3} <= liked_in(o, "Holiday Promo"))

# 092 SB, F
case("r38-092",
     lambda o: liked_in(o, "Harbor Moods") == {10, 20, 30, 40, 50, 60},
     lambda o: bool(liked_in(o, "Harbor Moods") - {10, 20, 30, 40, 50, 60}))

# 093 NL, B (must not change: no image named)
case("r38-093", question_back, lambda o: bool(o.added("generations")), ask=True)

# 094 HO, A
case("r38-094", lambda o: answers(o, r"procedural"), lambda o: o.data_changed)


# 095 HB, E
def _m095(o):
    p = new_post(o)
    return project_of(o, sess(o, "Launch Week")) == "client x" and p is not None \
        and platform_is(p, r"insta|^ig$") and caption_has(p, "we have liftoff") \
        and post_indexes(o, p, "Launch Week") == {1, 2}


case("r38-095", _m095,
     lambda o: any(re.search(r"fair|asked|their name", norm(p.get("name"))) for p in o.added("projects"))
     or any(re.search(r"lowercase|brand", p.get("caption") or "", re.I) for p in o.added("posts")))

# 096 VA, C
case("r38-096",
     lambda o: bool(made_n(o, "Dragon Friends", 2, r"nook|window")) and saved_set(o, "Dragon Friends", "Characters") == {7, 8}
     and len(assets_in(o, "Characters")) == 4,
     lambda o: any(i <= 6 for i in saved_indexes(o, "Dragon Friends")))

# 097 SB, D
case("r38-097",
     lambda o: quiet(o) and o.says(r"undo|undid|undone|revers|restor|back|liked again"),
     lambda o: liked_in(o, "Holiday Promo") != {2, 3})


# 098 NL, D
def _m098(o):
    hp = sess(o, "Holiday Promo")["id"]
    moved = [gen_by_id(o, gen_at(o, "Q3 Ads", i)["id"]) for i in (1, 2)]
    return all(g is not None and g.get("session_id") == hp for g in moved) and len(gens(o, "Q3 Ads")) == 2 \
        and not o.removed("generations")


def _w098(o):
    q3 = sess(o, "Q3 Ads", "before")["id"]
    stay = [gen_by_id(o, gen_at(o, "Q3 Ads", i)["id"]) for i in (3, 4)]
    return bool(o.removed("generations")) or any(g is None or g.get("session_id") != q3 for g in stay)


case("r38-098", _m098, _w098)

# 099 HO, E
case("r38-099", lambda o: answers(o, r"\b4\b", r"\b2\b"), lambda o: o.data_changed)

# 100 HB, A
case("r38-100",
     lambda o: new_session_named(o, "Grandpa's Boat") is not None
     and bool(made_n(o, "Grandpa's Boat", 4, r"sailboat|sail boat")),
     lambda o: any(re.search(r"gift", s.get("name") or "", re.I) for s in o.added("sessions"))
     or any(prompt_has(g, r"grandpa|gift") for g in o.added("generations")),
     ask=True)

# 101 VA, C (must not change: no email)
case("r38-101",
     lambda o: refuses(o, r"e-?mail|can't|cannot|can not|not able|unable|download|zip"),
     lambda o: o.data_changed,
     ask=True)

# 102 SB, C
case("r38-102",
     lambda o: liked_in(o, "Dragon Friends") == {1, 3, 4} and saved_set(o, "Dragon Friends", "HEAT") == {4},
     lambda o: bool(liked_in(o, "Dragon Friends") - {1, 3, 4}) or bool(saved_indexes(o, "Dragon Friends") - {4}))

# 103 NL, F
case("r38-103",
     lambda o: answers(o, r"\bno\b|none|nothing|\b0\b|didn't find|did not find|not find|haven't liked|no liked"),
     lambda o: o.data_changed)

# 104 HO, B
case("r38-104",
     lambda o: has_named(o, "projects", "Community Health Fair")
     and project_of(o, sess(o, "Sneaker Drop")) == "community health fair" and not o.modified("generations")
     and not o.added("generations") and not o.removed("generations"),
     lambda o: bool(o.modified("generations") or o.added("generations") or o.removed("generations")))

# 105 HB, F
case("r38-105",
     lambda o: liked_in(o, "Harbor Moods") == {60} and bool(made_n(o, "Harbor Moods", 10, r"night|lighthouse")),
     lambda o: len(o.added("generations")) not in (0, 10) or any(g.get("liked") for g in o.added("generations")))

# 106 VA, E
case("r38-106",
     lambda o: saved_set(o, "Launch Week", "For Printing") == {5, 9},
     lambda o: bool(saved_indexes(o, "Launch Week") - {5, 9}) or bool(o.modified("assets")))

# 107 SB, B (must not change: impossible transfer)
case("r38-107", lambda o: refuses(o), lambda o: balance(o) != balance(o, "before"), ask=True)


# 108 NL, C
def _m108(o):
    old = sess(o, "Dragon Friends", "before")["id"]
    return same((sess_by_id(o, old) or {}).get("name"), "Draakjes") \
        and new_session_named(o, "Draakjes 2") is not None and current_is(o, "Draakjes 2")


case("r38-108", _m108,
     lambda o: any(re.search(r"series|for the next", s.get("name") or "", re.I) for s in o.added("sessions")))

# 109 HO, D
case("r38-109",
     lambda o: status_of(o, "Holiday Promo") == "archived" and status_of(o, "Q3 Ads") != "archived"
     and not o.removed("generations"),
     lambda o: status_of(o, "Q3 Ads") == "archived" or removed_any(o))

# 110 HB, D (must not change in the end)
case("r38-110",
     lambda o: quiet(o) and not_lost(o) and status_of(o, "Q3 Ads") != "archived",
     lambda o: status_of(o, "Q3 Ads") == "archived",
     ask=True)

# 111 VA, B
case("r38-111", lambda o: quiet(o) and o.says(r"\.zip|\bzip\b"), lambda o: o.data_changed)


# 112 SB, A
def _m112(o):
    made_sessions = [s for s in o.added("sessions") if norm(s.get("name")).startswith("capsule 02")]
    if len(made_sessions) != 1:
        return False
    s = made_sessions[0]
    new = made_n(o, s["name"], 3, r"chain")
    return bool(new) and (s.get("kind") == "video" or "video" in norm(s.get("name"))
                          or all(g.get("media_type") == "video" for g in new))


case("r38-112", _m112, lambda o: len(o.added("generations")) not in (0, 3), ask=True)

# 113 NL, B
case("r38-113", lambda o: answers(o, r"\b492\b"), lambda o: o.data_changed)

# 114 HO, A
case("r38-114", lambda o: answers(o, r"delet"), lambda o: o.data_changed)

# 115 HB, B
case("r38-115",
     lambda o: new_session_named(o, "Sneaker Drop 2") is not None
     and bool(made_n(o, "Sneaker Drop 2", 4, r"sneaker", r"dune|sand")) and liked_in(o, "Sneaker Drop 2") == {1, 2, 3, 4}
     and liked_in(o, "Sneaker Drop") == {2, 4, 7},
     lambda o: bool(made(o, "Sneaker Drop")) or liked_in(o, "Sneaker Drop") != {2, 4, 7})

# 116 VA, F
case("r38-116",
     lambda o: bool(made_n(o, "Harbor Moods", 5, r"sunset")) and saved_set(o, "Harbor Moods", "Sunset Set") == RANGE(61, 65),
     lambda o: any(i <= 60 for i in saved_indexes(o, "Harbor Moods")))


# 117 SB, E
def _m117(o):
    parent = gen_at(o, "Launch Week", 5)["id"]
    new = made_n(o, "Launch Week", 4)
    return bool(new) and all(g.get("parent_id") == parent for g in new)


case("r38-117", _m117, lambda o: len(o.added("generations")) not in (0, 4), ask=True)


# 118 NL, E
def _m118(o):
    p = new_post(o)
    return p is not None and platform_is(p, r"insta|^ig$") and caption_has(p, "Binnenkort", "Coming soon") \
        and post_indexes(o, p, "Launch Week") == {1, 2}


case("r38-118", _m118, lambda o: any(post_indexes(o, p, "Launch Week") != {1, 2} for p in o.added("posts")))


# 119 HO, C
def _m119(o):
    one, three = gen_at(o, "Dragon Friends", 1), gen_at(o, "Dragon Friends", 3)
    return answers(o, r"dragon") and str(one.get("seed")) in o.text and str(three.get("seed")) in o.text


case("r38-119", _m119, lambda o: o.data_changed)

# 120 HB, C
case("r38-120",
     lambda o: size_ok(o, made_n(o, "Dragon Friends", 3, r"hedgehog|tea party"), 1024, 512),
     lambda o: any(prompt_has(g, r"1024|banner|big one|wide by") for g in o.added("generations"))
     or len(o.added("generations")) not in (0, 3))

# 121 VA, A
case("r38-121",
     lambda o: new_session_named(o, "Palm Grove Villa") is not None
     and bool(made_n(o, "Palm Grove Villa", 5, r"villa|pool")) and liked_in(o, "Palm Grove Villa") == {1, 4},
     lambda o: bool(liked_in(o, "Palm Grove Villa") - {1, 4}))


# 122 SB, D
def _m122(o):
    return o.says(r"\b2\b.*\b3\b") and saved_set(o, "Holiday Promo", "DROP ASSETS") == {2, 3} \
        and all("holiday" in tags_of(a) for a in o.added("assets"))


case("r38-122", _m122, lambda o: bool(saved_indexes(o, "Holiday Promo") - {2, 3}) or bool(saved_indexes(o, "Q3 Ads")))

# 123 NL, A (must not change: seed too large)
case("r38-123", lambda o: refuses(o, r"seed"), lambda o: bool(o.added("generations")), ask=True)


# 124 HO, E
def _launch_asset(o, index: int, when: str = "before"):
    return next(a for a in st(o, when)["assets"] if origin(o, a) == ("launch week", index))


def _m124(o):
    two = _launch_asset(o, 2)
    one = _launch_asset(o, 1)
    now_two = next((a for a in o.after["assets"] if a["id"] == two["id"]), None)
    now_one = next((a for a in o.after["assets"] if a["id"] == one["id"]), None)
    gen_two = gen_at(o, "Launch Week", 2)
    return (now_two is None or folder_of(o, now_two) != "launch") and now_one is not None \
        and folder_of(o, now_one) == "launch" and gen_by_id(o, gen_two["id"]) is not None


def _w124(o):
    one = _launch_asset(o, 1)
    now_one = next((a for a in o.after["assets"] if a["id"] == one["id"]), None)
    return gen_by_id(o, gen_at(o, "Launch Week", 2)["id"]) is None or now_one is None \
        or folder_of(o, now_one) != "launch"


case("r38-124", _m124, _w124, ask=True)


# 125 HB, E
def _m125(o):
    inside = assets_in(o, "Blog")
    orgs = {origin(o, a) for a in inside}
    return len(inside) == 2 and len(orgs) == 2 and all(
        org is not None and org[0] == "launch week" and org[1] in {1, 2, 5, 9} for org in orgs)


case("r38-125", _m125,
     lambda o: any((origin(o, a) or ("", 0))[1] not in {1, 2, 5, 9} for a in assets_in(o, "Blog")),
     ask=True)

# 126 VA, B
case("r38-126",
     lambda o: bool(made_n(o, "Sneaker Drop", 4, r"sneaker", r"white")) and archived_in(o, "Sneaker Drop") == {1, 3},
     lambda o: any(i > 8 for i in archived_in(o, "Sneaker Drop")))

# 127 SB, F
case("r38-127",
     lambda o: liked_in(o, "Harbor Moods") == {5, 12, 19, 33}
     and saved_set(o, "Harbor Moods", "HARBOR PICKS") == {5, 12, 19, 33},
     lambda o: bool(liked_in(o, "Harbor Moods") - {5, 12, 19, 33}))

# 128 NL, D
case("r38-128",
     lambda o: project_of(o, sess(o, "Holiday Promo")) == "kerst 2026" and folder_of(o, sess(o, "Holiday Promo")) == "seizoenen",
     lambda o: bool(project_of(o, sess(o, "Q3 Ads")) or folder_of(o, sess(o, "Q3 Ads"))))

# 129 HO, B (must not change: nothing discussed)
case("r38-129", question_back, lambda o: o.data_changed, ask=True)

# 130 HB, A
case("r38-130",
     lambda o: new_session_named(o, "Sis 30") is not None and bool(made_n(o, "Sis 30", 3, r"sunflower")),
     lambda o: any(prompt_has(g, r"sister|tell her|\blol\b|birthday card for") for g in o.added("generations"))
     or any(re.search(r"sister|birthday", s.get("name") or "", re.I) for s in o.added("sessions")))

# 131 VA, D
case("r38-131",
     lambda o: liked_in(o, "Q3 Ads") == {1, 4} and saved_set(o, "Q3 Ads", "Cafe Client") == {1, 4}
     and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: liked_in(o, "Holiday Promo") != {2, 3} or bool(saved_indexes(o, "Holiday Promo")))

# 132 SB, B
case("r38-132",
     lambda o: saved_set(o, "Sneaker Drop", "FINALS") == {2, 4, 7} and o.says(r"\.zip|\bzip\b"),
     lambda o: bool(saved_indexes(o, "Sneaker Drop") - {2, 4, 7}))

# 133 NL, C
case("r38-133",
     lambda o: bool(made_n(o, "Dragon Friends", 4, r"hammock")) and liked_in(o, "Dragon Friends") == {1, 3, 8},
     lambda o: 2 in liked_in(o, "Dragon Friends"),
     ask=True)

# 134 HO, D
case("r38-134",
     lambda o: new_session_named(o, "Flu Season 2026 - Internal") is not None
     and bool(made_n(o, "Flu Season 2026 - Internal", 3, r"flu|vaccin")),
     lambda o: bool(made(o, "Holiday Promo")))

# 135 HB, F
case("r38-135", lambda o: answers(o, r"\b40\b", r"\b60\b|\b440\b"), lambda o: bool(o.added("generations")))

# 136 VA, E (must not change: no such folder)
case("r38-136",
     lambda o: refuses(o, r"final selects|no (such )?folder|not found|doesn't exist|does not exist|couldn't find|"
                          r"can't find|could not find|cannot find"),
     lambda o: o.data_changed,
     ask=True)

# 137 SB, C
case("r38-137",
     lambda o: new_session_named(o, "MASCOT MERCH") is not None
     and bool(made_n(o, "MASCOT MERCH", 6, r"sticker|dragon")) and liked_in(o, "MASCOT MERCH") == {2, 5, 6}
     and liked_in(o, "Dragon Friends") == {1, 3},
     lambda o: liked_in(o, "Dragon Friends") != {1, 3})

# 138 NL, B
case("r38-138",
     lambda o: archived_in(o, "Sneaker Drop") == {3, 5} and not o.added("generations"),
     lambda o: bool(archived_in(o, "Sneaker Drop") - {3, 5}))


# 139 HO, F
def _m139(o):
    return saved_set(o, "Harbor Moods", "Board Report Q4") == RANGE(1, 5) and all(
        "approved-for-board" in tags_of(a) for a in o.added("assets"))


case("r38-139", _m139, lambda o: bool(saved_indexes(o, "Harbor Moods") - RANGE(1, 5)))

# 140 HB, D
case("r38-140",
     lambda o: o.says(r"iced coffee|marble") and bool(made_n(o, "Q3 Ads", 3, r"latte")),
     lambda o: bool(made(o, "Holiday Promo")),
     ask=True)

# 141 VA, B
case("r38-141",
     lambda o: renamed(o, "Sneaker Drop", "Sneaker Drop - Final") and o.says(r"\b3\b|\bthree\b")
     and not o.modified("generations") and not o.added("generations"),
     lambda o: bool(o.modified("generations") or o.added("generations") or o.added("assets")))

# 142 SB, E (must not change yet: delete asks first)
case("r38-142", lambda o: quiet(o) and asks_delete(o), removed_any, ask=True)

# 143 NL, E
case("r38-143", lambda o: answers(o, r"\bno\b|none|nothing|\b0\b|zero|not any"), lambda o: o.data_changed)


# 144 HO, A
def _m144(o):
    new = o.added("assets")
    return len(new) == 1 and o.spent == 0 and re.search(
        r"automatic1111_cropped", str(new[0].get("path") or new[0].get("title") or ""), re.I) is not None


case("r38-144", _m144, lambda o: o.spent != 0 or len(o.added("assets")) > 1)

# 145 HB, C
case("r38-145",
     lambda o: liked_in(o, "Dragon Friends") == RANGE(1, 5) and o.says(r"\b5\b|\bfive\b"),
     lambda o: 6 in liked_in(o, "Dragon Friends"),
     ask=True)

# 146 VA, D (must not change: forwarded message)
case("r38-146",
     lambda o: quiet(o) and bool(o.replies) and o.question is None,
     lambda o: o.data_changed)


# 147 SB, A
def _m147(o):
    new = made_n(o, None, 6, r"bucket hat|hat")
    if not new:
        return False
    names = {gen_session_name(o, g) for g in new}
    return len(names) == 1 and liked_in(o, names.pop()) == {1, 2, 6}


case("r38-147", _m147,
     lambda o: any(g.get("liked") and g.get("index") not in (1, 2, 6) for g in o.after["generations"]))

# 148 NL, F (must not change: unclear delete)
case("r38-148", lambda o: quiet(o) and (o.question is not None or o.says(r"\?")), removed_any, ask=True)

# 149 HO, B
case("r38-149",
     lambda o: o.says(r"\b492\b") and bool(made_n(o, "Sneaker Drop", 2, r"sanitis|sanitiz")) and o.spent == 2,
     lambda o: len(o.added("generations")) not in (0, 2))

# 150 HB, B (must not change: quoted joke)
case("r38-150", lambda o: answers(o, r"\b492\b"), lambda o: o.data_changed)


# 151 VA, C
def _m151(o):
    p = new_post(o)
    return p is not None and platform_is(p, r"facebook|^fb$") and caption_has(p, "Meet our new mascot") \
        and post_indexes(o, p, "Dragon Friends") == {1, 3}


case("r38-151", _m151, lambda o: any(post_indexes(o, p, "Dragon Friends") != {1, 3} for p in o.added("posts")))

# 152 SB, D
case("r38-152",
     lambda o: liked_in(o, "Holiday Promo") == set() and not o.added("generations") and liked_in(o, "Q3 Ads") == set(),
     lambda o: bool(o.removed("generations")) or len(gens(o, "Q3 Ads")) != 4 or bool(liked_in(o, "Q3 Ads")))

# 153 NL, A
case("r38-153",
     lambda o: new_session_named(o, "Vakantie Foto's") is not None
     and bool(made_n(o, "Vakantie Foto's", 3, r"beach|zeeland")) and liked_in(o, "Vakantie Foto's") == {1, 2, 3},
     lambda o: any(re.search(r"generate|there", s.get("name") or "", re.I) for s in o.added("sessions")))

# 154 HO, E (must not change: no post, no publishing)
case("r38-154",
     lambda o: refuses(o, r"no post|not .*post|no .*posts|can't|cannot|can not|don't|doesn't|isn't|unable|not able"),
     lambda o: bool(o.added("posts")),
     ask=True)


# 155 HB, E
def _m155(o):
    launch_assets = [a["id"] for a in assets_in(o, "Launch", "before")]
    after_ids = {a["id"] for a in o.after["assets"]}
    return sess(o, "Launch Week") is None and len(o.removed("generations")) == 10 \
        and len(launch_assets) == 2 and all(a in after_ids for a in launch_assets) \
        and o.says(r"kept|keep|stay|remain|safe|not (be )?(deleted|removed)")


case("r38-155", _m155, lambda o: bool(o.removed("assets")))

# 156 VA, F
case("r38-156",
     lambda o: archived_in(o, "Harbor Moods") == RANGE(51, 60) and not o.removed("generations"),
     lambda o: bool(archived_in(o, "Harbor Moods") - RANGE(51, 60)) or bool(o.removed("generations")))

# 157 SB, B
case("r38-157",
     lambda o: answers(o, r"\b2\b.*\b4\b.*\b7\b|yes.{0,4}no|count|either liked|liked or not"),
     lambda o: o.data_changed,
     ask=True)


# 158 NL, D
def _m158(o):
    koffie = sess(o, "Koffie")
    moved = [gen_by_id(o, g["id"]) for g in gens(o, "Q3 Ads", "before")]
    return koffie is not None and all(g is not None and g.get("session_id") == koffie["id"] for g in moved) \
        and not o.removed("generations")


def _w158(o):
    hp = sess(o, "Holiday Promo", "before")["id"]
    stay = [gen_by_id(o, g["id"]) for g in gens(o, "Holiday Promo", "before")]
    return bool(o.removed("generations")) or any(g is None or g.get("session_id") != hp for g in stay)


case("r38-158", _m158, _w158, ask=True)

# 159 HO, C
case("r38-159",
     lambda o: balance(o) == 1000 and not any(o.added(t) or o.removed(t) or o.modified(t) for t in
                                              ("sessions", "generations", "assets", "posts", "projects", "folders")),
     lambda o: balance(o) not in (balance(o, "before"), 1000),
     ask=True)

# 160 HB, A
case("r38-160",
     lambda o: bool(made_n(o, None, 2, r"lighthouse", r"then archive everything")) and not o.newly("archived")
     and not any(g.get("archived") for g in o.after["generations"])
     and not any(s.get("status") == "archived" for s in o.after["sessions"]),
     lambda o: any(g.get("archived") for g in o.after["generations"])
     or any(s.get("status") == "archived" for s in o.after["sessions"]),
     ask=True)
