"""Checks for round 42 of the first-contact requests (written from each case's meant / wrong_if /
ok_to_ask only, without reading the product's code or running it).

Setups (every confirmation answered yes; credits start at 500, 1 credit per default image):

- A: empty home.
- B: session "Sneaker Drop", 8 generations, liked {2, 4, 7}; 492 credits; current Sneaker Drop.
- C: session "Dragon Friends", 6 generations, liked {1, 3}; both saved to folder "Characters"
  (two assets); 494 credits.
- D: "Q3 Ads" 4 generations (none liked); "Holiday Promo" 5 generations, liked {2, 3}, current;
  491 credits.
- E: "Launch Week", 10 generations, liked {1, 2, 5, 9}; 1 and 2 saved to folder "Launch"; 490 credits.
- F: "Harbor Moods", 60 generations; 440 credits.

Conventions:

- Everything is judged from the state before/after the say lines (the ``atelier state --json``
  shape) and from loose, case-insensitive patterns in the reply text; never from tool names.
- Names of sessions, folders, projects, tags and platforms compare case-insensitively, with
  surrounding quotes/spaces/trailing punctuation dropped and dashes unified.
- A folder or project on a row may be given by name or by id; both resolve to the name.
- Image sizes are read from ``size`` ("WxH", a pair or a dict), ``width``/``height`` or
  ``settings``; when the state shows no size at all, a non-default size is judged by its cost
  (more than 1 credit per image).
- "Generations of X #n before" are found by (session name, index) in ``o.before``, then followed by
  id into ``o.after`` (for moves between sessions).
- When a case's ok_to_ask is true, meant also accepts: nothing changed and a confirmation is
  waiting or a specific question/refusal was replied (``asked``).
- Every function is wrapped so it never raises (an exception reads as False).
"""

from __future__ import annotations

import re
import unicodedata

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def _safe(fn):
    if fn is None:
        return None

    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


_ASK = (r"\?|which|did you mean|do you mean|can(?:no|')t|won'?t|unable|not able|refus|not allowed|"
        r"no such|couldn'?t|isn'?t|aren'?t|doesn'?t|does not|there (?:is|are) no|only|not (?:a |an )?valid|"
        r"not possible|not sure|unclear|confirm|sure\b")


def asked(o: Outcome) -> bool:
    """Nothing changed, and a confirmation waits or a question / specific refusal was replied."""
    return quiet(o) and (o.question is not None or (not_lost(o) and o.says(_ASK)))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    m = _safe(meant)
    if ask:
        base = m
        m = _safe(lambda o: base(o) or asked(o))
    CHECKS[case_id] = Check(m, _safe(wrong))


# -- readings -------------------------------------------------------------------------------------

def norm(value) -> str:
    text = unicodedata.normalize("NFC", str(value or ""))
    text = re.sub(r"[\u2010-\u2015]", "-", text)
    text = re.sub(r"\s+", " ", text).strip().strip("'\"‘’“”").strip()
    text = text.rstrip(".!?,;:").strip()
    return text.casefold()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sessions(o: Outcome, name: str, when: str = "after") -> list[dict]:
    return [s for s in _state(o, when).get("sessions", []) if norm(s.get("name")) == norm(name)]


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    found = sessions(o, name, when)
    return found[0] if found else None


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = {s["id"] for s in sessions(o, name, when)}
    return [g for g in _state(o, when).get("generations", []) if g.get("session_id") in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict | None:
    return next((g for g in gens(o, name, when) if g.get("index") == index), None)


def liked_in(o: Outcome, name: str, when: str = "after") -> set[int]:
    return {g["index"] for g in gens(o, name, when) if g.get("liked")}


def archived_in(o: Outcome, name: str, when: str = "after") -> set[int]:
    return {g["index"] for g in gens(o, name, when) if g.get("archived")}


def status(o: Outcome, name: str) -> str:
    s = sess(o, name)
    return norm(s.get("status")) if s else ""


def balance(o: Outcome, when: str = "after") -> int | None:
    return (_state(o, when).get("credits") or {}).get("balance")


def current_is(o: Outcome, name: str) -> bool:
    return o.current is not None and norm(o.current) == norm(name)


def made(o: Outcome) -> list[dict]:
    return o.added("generations")


def made_only(o: Outcome, name: str, count: int, *patterns: str) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name``, each prompt matching the patterns."""
    new = made(o)
    ids = {s["id"] for s in sessions(o, name)}
    if len(new) != count or not ids or any(g.get("session_id") not in ids for g in new):
        return []
    for g in new:
        if not all(re.search(p, g.get("prompt") or "", re.IGNORECASE) for p in patterns):
            return []
    return new


def remixes(o: Outcome, name: str, index: int, count: int | None, when: str = "before") -> list[dict]:
    """New generations (``count`` of them, or at least one) whose parent is image ``index`` of ``name``."""
    parent = gen(o, name, index, when)
    if parent is None:
        return []
    kids = [g for g in made(o) if g.get("parent_id") == parent["id"]]
    if not kids or any(g.get("session_id") != parent.get("session_id") for g in kids):
        return []
    if count is not None and (len(kids) != count or len(made(o)) != count):
        return []
    return kids


def seeds(rows: list[dict]) -> set:
    out = set()
    for g in rows:
        try:
            out.add(int(g.get("seed")))
        except (TypeError, ValueError):
            pass
    return out


def size_of(g: dict):
    def pair(v):
        if isinstance(v, str):
            m = re.search(r"(\d+)\s*[x×*,]\s*(\d+)", v)
            return (int(m.group(1)), int(m.group(2))) if m else None
        if isinstance(v, (list, tuple)) and len(v) == 2:
            return (int(v[0]), int(v[1]))
        if isinstance(v, dict) and v.get("width") and v.get("height"):
            return (int(v["width"]), int(v["height"]))
        return None
    for value in (g.get("size"), g if g.get("width") else None, g.get("settings") or {}):
        if value is None:
            continue
        got = pair(value)
        if got:
            return got
        if isinstance(value, dict) and value.get("size"):
            got = pair(value["size"])
            if got:
                return got
    return None


def size_ok(o: Outcome, rows: list[dict], w: int, h: int) -> bool:
    if not rows:
        return False
    known = [size_of(g) for g in rows]
    if any(k is not None for k in known):
        return all(k == (w, h) for k in known)
    return o.spent > len(rows)


def _names(o: Outcome, table: str, value) -> set[str]:
    values = value if isinstance(value, (list, tuple)) else [value]
    out = set()
    rows = (o.after.get(table) or []) + (o.before.get(table) or [])
    for v in values:
        if v is None or v == "":
            continue
        if isinstance(v, dict):
            v = v.get("name") or v.get("id")
        row = next((r for r in rows if r.get("id") == v), None)
        out.add(norm(row.get("name")) if row else norm(v))
    return out


def in_folder(o: Outcome, asset: dict, folder: str) -> bool:
    return norm(folder) in _names(o, "folders", asset.get("folder"))


def in_project(o: Outcome, row: dict, project: str) -> bool:
    return norm(project) in _names(o, "projects", row.get("project"))


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = [t for t in re.split(r",", tags) if t.strip()]
    return {norm(t.get("name") if isinstance(t, dict) else t) for t in tags}


def _gen_by_id(o: Outcome) -> dict[str, dict]:
    out = {g["id"]: g for g in o.before.get("generations", [])}
    out.update({g["id"]: g for g in o.after.get("generations", [])})
    return out


def _session_ids(o: Outcome, name: str) -> set:
    return {s["id"] for s in sessions(o, name, "before")} | {s["id"] for s in sessions(o, name)}


def saved_from(o: Outcome, name: str, folder: str | None = None) -> set[int]:
    """Indexes (in session ``name``) of images newly saved as assets (in ``folder`` when given)."""
    by_id, ids = _gen_by_id(o), _session_ids(o, name)
    out = set()
    for a in o.added("assets"):
        g = by_id.get(a.get("origin_generation_id"))
        if g and g.get("session_id") in ids and (folder is None or in_folder(o, a, folder)):
            out.add(g["index"])
    return out


def assets_in(o: Outcome, folder: str, when: str = "after") -> list[dict]:
    return [a for a in _state(o, when).get("assets", []) if in_folder(o, a, folder)]


def new_posts(o: Outcome) -> list[dict]:
    return o.added("posts")


def post_indexes(o: Outcome, post: dict, name: str) -> set[int]:
    assets = {a["id"]: a for a in o.before.get("assets", []) + o.after.get("assets", [])}
    by_id, ids = _gen_by_id(o), _session_ids(o, name)
    out = set()
    for aid in post.get("asset_ids") or []:
        g = by_id.get((assets.get(aid) or {}).get("origin_generation_id"))
        if g and g.get("session_id") in ids:
            out.add(g["index"])
    return out


def one_post(o: Outcome, name: str, indexes: set[int], platform: str | None = None,
             caption: str | None = None, empty_caption: bool = False) -> bool:
    posts = new_posts(o)
    if len(posts) != 1:
        return False
    p = posts[0]
    if post_indexes(o, p, name) != indexes or len(p.get("asset_ids") or []) != len(indexes):
        return False
    if platform and not re.fullmatch(platform, norm(p.get("platform")), re.IGNORECASE):
        return False
    if caption and not re.search(caption, p.get("caption") or "", re.IGNORECASE):
        return False
    if empty_caption and (p.get("caption") or "").strip():
        return False
    return True


def moved(o: Outcome, src: str, index: int, dst: str) -> bool:
    """Image ``index`` of ``src`` (before) now belongs to session ``dst``."""
    g = gen(o, src, index, "before")
    target = sess(o, dst)
    now = o.rows("generations").get(g["id"]) if g else None
    return bool(now and target and now.get("session_id") == target["id"])


def renamed(o: Outcome, old: str, new: str) -> bool:
    before = sess(o, old, "before")
    after = sess(o, new)
    return bool(before and after and before["id"] == after["id"]) and not sessions(o, old) \
        and not o.added("sessions") and not o.removed("sessions")


def removed_any(o: Outcome) -> bool:
    return bool(o.removed("sessions") or o.removed("generations") or o.removed("assets"))


def archived_any(o: Outcome) -> bool:
    return bool(o.newly("archived", True)) or any(
        norm(new.get("status")) == "archived" for _, new in o.modified("sessions", "status"))


def no_new_items(o: Outcome) -> bool:
    return not made(o) and not o.added("assets") and not o.added("posts") and not removed_any(o)


def calm(o: Outcome) -> bool:
    """Nothing changed and something was said."""
    return quiet(o) and bool(o.replies or o.question)


def new_session_only(o: Outcome, name: str) -> bool:
    added = o.added("sessions")
    return len(added) == 1 and norm(added[0].get("name")) == norm(name)


def setup_sessions_intact(o: Outcome, *names: str) -> bool:
    return all(sess(o, n) is not None and len(gens(o, n)) == len(gens(o, n, "before")) for n in names)


def seed_of(o: Outcome, name: str, index: int):
    return gen(o, name, index, "before")["seed"]


def any_session_name(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, s.get("name") or "", re.IGNORECASE) for s in o.added("sessions"))


def any_prompt(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g.get("prompt") or "", re.IGNORECASE) for g in made(o))


def any_folder(o: Outcome, pattern: str) -> bool:
    names = {f.get("name") or "" for f in o.added("folders")}
    names |= {n for a in o.added("assets") for n in _names(o, "folders", a.get("folder"))}
    return any(re.search(pattern, n, re.IGNORECASE) for n in names)


SD, DF, Q3, HP, LW, HM = "Sneaker Drop", "Dragon Friends", "Q3 Ads", "Holiday Promo", "Launch Week", "Harbor Moods"


# -- 001-010 --------------------------------------------------------------------------------------
case("r42-001",
     lambda o: made_only(o, "Festa Junina", 6, r"flag") and o.spent == 6 and current_is(o, "Festa Junina"),
     lambda o: any(g.get("session_id") not in {s["id"] for s in sessions(o, "Festa Junina")} for g in made(o)))
case("r42-002",
     lambda o: made_only(o, "Pip the Hedgehog", 4, r"hedgehog") and new_session_only(o, "Pip the Hedgehog"),
     lambda o: any_prompt(o, r"lovely"))
case("r42-003",
     lambda o: made_only(o, "brunch menu", 5, r"eggs benedict") and liked_in(o, "brunch menu") == {1, 4},
     lambda o: bool(liked_in(o, "brunch menu") - {1, 4}))
case("r42-004",
     lambda o: made_only(o, "Diwali Sale", 6, r"diya") and new_session_only(o, "Diwali Sale"),
     lambda o: any_session_name(o, r"naam|bana do"))
case("r42-005",
     lambda o: made_only(o, "lighthouse study", 4, r"lighthouse") and not any_prompt(o, r"new session"),
     lambda o: any_session_name(o, r"then|generate") or any_prompt(o, r"new session"))
case("r42-006",
     lambda o: liked_in(o, SD) == {2, 7} and no_new_items(o) and not archived_any(o),
     lambda o: removed_any(o) or archived_any(o))
case("r42-007", lambda o: remixes(o, DF, 1, 3) and o.spent == 3)
case("r42-008",
     lambda o: liked_in(o, Q3) == {1, 3} and saved_from(o, Q3, "Summer Menu") == {1, 3}
     and not saved_from(o, HP) and liked_in(o, HP) == {2, 3} and current_is(o, Q3),
     lambda o: liked_in(o, HP) != {2, 3} or bool(saved_from(o, HP)))
case("r42-009",
     lambda o: archived_in(o, SD) == {2, 7} and no_new_items(o),
     lambda o: bool(archived_in(o, SD) - {2, 7}) or removed_any(o))
case("r42-010",
     lambda o: saved_from(o, LW, "Launch") == {5, 9} and len(o.added("assets")) == 2,
     lambda o: any_folder(o, r"period"), ask=True)

# -- 011-020 --------------------------------------------------------------------------------------
case("r42-011", lambda o: quiet(o) and o.question is not None, lambda o: removed_any(o), ask=True)
case("r42-012",
     lambda o: made_only(o, "Moon Bunny", 2, r"bunny") and norm(sess(o, "Moon Bunny").get("kind")) == "video",
     lambda o: any_session_name(o, r"kind|please"))
case("r42-013",
     lambda o: archived_in(o, SD) == {1, 3, 5, 6, 8} and liked_in(o, SD) == {2, 4, 7} and no_new_items(o),
     lambda o: bool(archived_in(o, SD) & {2, 4, 7}) or removed_any(o))
case("r42-014",
     lambda o: saved_from(o, HP, "Xmas Picks") == {2, 3} and len(o.added("assets")) == 2,
     lambda o: any_folder(o, r"\bmein\b|\bsave\b"))
case("r42-015",
     lambda o: liked_in(o, SD) == {2, 7} and no_new_items(o),
     lambda o: not {2, 7} <= liked_in(o, SD), ask=True)
case("r42-016",
     lambda o: one_post(o, LW, {1, 2}, r"instagram", r"contagem regressiva"),
     lambda o: any(re.search(r"pretend|instagram", p.get("caption") or "", re.I) for p in new_posts(o)), ask=True)
case("r42-017", lambda o: answers(o, r"\b%s\b" % re.escape(str(seed_of(o, DF, 3)))))
case("r42-018",
     lambda o: size_ok(o, made_only(o, "Taco Tuesday", 3, r"taco"), 1024, 1024),
     lambda o: bool(made(o)) and len(made(o)) != 3)
case("r42-019",
     lambda o: quiet(o) and o.says(r"\b25\b"),
     lambda o: o.spent != 0 or bool((sess(o, HM) or {}).get("reflection")), ask=True)
case("r42-020", lambda o: made_only(o, DF, 2, r"crown"), ask=True)

# -- 021-030 --------------------------------------------------------------------------------------
def _only_three_gone(o: Outcome) -> bool:
    three = gen(o, SD, 3, "before")
    now = o.rows("generations").get(three["id"])
    gone_or_archived = now is None or bool(now.get("archived"))
    others_removed = [g for g in o.removed("generations") if g["id"] != three["id"]]
    others_archived = [g for g in o.newly("archived", True) if g["id"] != three["id"]]
    return gone_or_archived and not others_removed and not others_archived and not o.removed("sessions") \
        and not made(o)


case("r42-021", _only_three_gone,
     lambda o: bool(o.removed("sessions")) or any(g["index"] != 3 for g in o.removed("generations"))
     or any(g["index"] != 3 for g in o.newly("archived", True)), ask=True)
case("r42-022", lambda o: size_ok(o, made_only(o, "Spread 12 - The Storm", 4, r"raincoat"), 1024, 576))
case("r42-023",
     lambda o: one_post(o, HP, {2, 3}, r"facebook", r"gift cards available"),
     lambda o: any(re.search(r"post it|facebook", p.get("caption") or "", re.I) for p in new_posts(o)), ask=True)
case("r42-024",
     lambda o: saved_from(o, LW, "Launch") == {5, 9} and len(o.added("assets")) == 2,
     lambda o: bool(saved_from(o, LW) & {1, 2}), ask=True)
case("r42-025", lambda o: answers(o, r"\b60\b"))
case("r42-026",
     lambda o: refuses(o, r"credit") and balance(o) == 500,
     lambda o: balance(o) != balance(o, "before"), ask=True)
case("r42-027",
     lambda o: renamed(o, DF, "Dragon Friends – Book 2"),
     lambda o: any(re.search(r"please|['\"‘’“”]", s.get("name") or "", re.I)
                   for _, s in o.modified("sessions", "name")))
case("r42-028",
     lambda o: made_only(o, "Weekend Specials", 8, r"pancake")
     and sum(1 for g in made(o) if re.search(r"strawberr", g.get("prompt") or "", re.I)) >= 4)
case("r42-029",
     lambda o: status(o, Q3) == "archived" and status(o, HP) == "active" and not removed_any(o),
     lambda o: status(o, HP) == "archived" or removed_any(o))
case("r42-030", lambda o: answers(o, r"sneaker", r"\b%s\b" % re.escape(str(seed_of(o, SD, 6)))))

# -- 031-040 --------------------------------------------------------------------------------------
case("r42-031", lambda o: quiet(o) and o.says(r"\bzip\b|\.zip"))
case("r42-032",
     lambda o: all(re.search(r"scary", g.get("negative_prompt") or "", re.I)
                   and re.search(r"sharp teeth", g.get("negative_prompt") or "", re.I)
                   and not re.search(r"scary", g.get("prompt") or "", re.I)
                   for g in made_only(o, "Owl Bedtime", 3, r"owl")) and len(made(o)) == 3,
     lambda o: any_prompt(o, r"scary"))
case("r42-033", lambda o: answers(o, r"\b10\b"), lambda o: bool(made(o)) or o.spent != 0)
case("r42-034", lambda o: answers(o, r"dragon|\b2\b|\btwo\b"))
case("r42-035", lambda o: liked_in(o, LW) == {1, 2, 3, 4, 5} and no_new_items(o))
case("r42-036", lambda o: bool((sess(o, HM) or {}).get("reflection")) and o.spent == 25)
case("r42-037", lambda o: liked_in(o, DF) == {2, 3, 4, 6} and no_new_items(o),
     lambda o: bool(o.removed("assets")))
case("r42-038",
     lambda o: made_only(o, "Drinks", 8, r"cold brew") and o.says(r"\b500\b") and not any_prompt(o, r"new session"),
     lambda o: any_prompt(o, r"new session"), ask=True)
case("r42-039",
     lambda o: no_new_items(o) and (liked_in(o, SD) == {1, 2, 3, 4, 7, 8}
                                    or (liked_in(o, SD) == {1, 2, 3, 4, 7} and (o.question is not None or o.says(r"\?")))),
     lambda o: bool(liked_in(o, SD) - {1, 2, 3, 4, 7, 8}) or not {4, 7} <= liked_in(o, SD), ask=True)
case("r42-040",
     lambda o: moved(o, Q3, 1, HP) and len(gens(o, Q3)) == 3 and len(gens(o, HP)) == 6 and no_new_items(o),
     lambda o: removed_any(o) or bool(made(o)))

# -- 041-050 --------------------------------------------------------------------------------------
case("r42-041", lambda o: remixes(o, LW, 10, 2), ask=True)
case("r42-042", lambda o: answers(o, r"archiv", r"delet"))
case("r42-043",
     lambda o: refuses(o, r"credit"),
     lambda o: balance(o) != balance(o, "before")
     or any(re.search(r"credit", p.get("caption") or "", re.I) for p in new_posts(o)), ask=True)
case("r42-044", lambda o: archived_in(o, HM) == set(range(51, 61)) and no_new_items(o),
     lambda o: bool(archived_in(o, HM) & set(range(1, 51))))
case("r42-045", lambda o: saved_from(o, DF, "Characters") == {2} and len(o.added("assets")) == 1, ask=True)
case("r42-046",
     lambda o: made_only(o, "Praia", 5, r"copacabana") and liked_in(o, "Praia") == {1, 3, 5}
     and saved_from(o, "Praia") == {1, 3, 5}
     and all(in_project(o, a, "Verão 2026") for a in o.added("assets")) and len(o.added("assets")) == 3,
     lambda o: bool(saved_from(o, "Praia") & {2, 4}))
case("r42-047",
     lambda o: len(assets_in(o, "Characters")) == 2 and not o.added("assets")
     and all({"main cast", "book 2"} <= tags_of(a) for a in assets_in(o, "Characters")),
     lambda o: bool(o.added("assets")) or any(any("please" in t for t in tags_of(a)) for a in o.after.get("assets", [])))
case("r42-048",
     lambda o: made_only(o, "Lunch Specials", 6, r"poke") and liked_in(o, "Lunch Specials") == {2, 5, 6}
     and saved_from(o, "Lunch Specials", "Menu") == {2, 5, 6} and len(o.added("assets")) == 3
     and all("lunch" in tags_of(a) for a in o.added("assets")),
     lambda o: bool(saved_from(o, "Lunch Specials") - {2, 5, 6}))
case("r42-049",
     lambda o: (kids := remixes(o, HP, 4, None)) and len(kids) == len(made(o))
     and all(re.search(r"gold", g.get("prompt") or "", re.I) for g in kids))
case("r42-050", calm, lambda o: o.data_changed, ask=True)

# -- 051-060 --------------------------------------------------------------------------------------
case("r42-051", lambda o: liked_in(o, SD) == set() and no_new_items(o) and not archived_any(o),
     lambda o: removed_any(o) or archived_any(o), ask=True)
case("r42-052",
     lambda o: new_session_only(o, "Keeper & Whiskers") and current_is(o, "Keeper & Whiskers") and not made(o),
     lambda o: bool(made(o)) or any_session_name(o, r"picture book"), ask=True)
case("r42-053", lambda o: liked_in(o, Q3) == {1, 3, 4} and liked_in(o, HP) == {2, 3} and no_new_items(o),
     lambda o: liked_in(o, HP) != {2, 3})
case("r42-054", lambda o: answers(o, r"delet") and o.question is None,
     lambda o: removed_any(o) or archived_any(o))
case("r42-055", lambda o: made_only(o, SD, 8, r"beach"), ask=True)
case("r42-056",
     lambda o: archived_in(o, DF) == {5} and remixes(o, DF, 1, 2),
     lambda o: 1 in archived_in(o, DF), ask=True)
case("r42-057", lambda o: 42 in seeds(made_only(o, "Forest Friends", 4, r"fox")))
case("r42-058",
     lambda o: archived_in(o, HP) == {1, 5} and liked_in(o, Q3) == {4} and liked_in(o, HP) == {2, 3}
     and no_new_items(o),
     lambda o: bool(archived_in(o, HP) & {2, 3, 4}))
case("r42-059", lambda o: refuses(o) and o.says(r"100|limit|max|too many"), lambda o: bool(made(o)), ask=True)
case("r42-060", calm, lambda o: bool(made(o)) or o.data_changed, ask=True)

# -- 061-070 --------------------------------------------------------------------------------------
case("r42-061", lambda o: moved(o, HP, 3, Q3) and no_new_items(o), lambda o: removed_any(o), ask=True)
case("r42-062",
     lambda o: made_only(o, DF, 2, r"umbrella") and not o.modified("generations"),
     lambda o: any(old["index"] == 4 for old, _ in o.modified("generations")))
case("r42-063", lambda o: size_ok(o, made_only(o, "IG Stories", 3, r"neon"), 768, 1344))
case("r42-064",
     lambda o: saved_from(o, SD, "Drop Teasers") == {2, 4}
     and one_post(o, SD, {2, 4}, r"instagram", r"dropping friday"))
case("r42-065",
     lambda o: sess(o, LW) is None and len(o.removed("generations")) == 10 and not o.removed("assets")
     and len(assets_in(o, "Launch")) == 2,
     lambda o: bool(o.removed("assets")))
case("r42-066", lambda o: refuses(o) and balance(o) == 490,
     lambda o: balance(o) != balance(o, "before"), ask=True)
case("r42-067", lambda o: archived_in(o, HM) == set(range(21, 61)) and no_new_items(o),
     lambda o: bool(archived_in(o, HM) & set(range(1, 21))))
case("r42-068", lambda o: o.says(r"holiday promo") and made_only(o, HP, 3, r"gift"), ask=True)
case("r42-069", lambda o: made_only(o, DF, 3, r"dragon", r"night"))
case("r42-070", lambda o: made_only(o, "coffee shop", 12, r"latte"),
     lambda o: any_session_name(o, r"\bmake\b"))

# -- 071-080 --------------------------------------------------------------------------------------
case("r42-071", lambda o: liked_in(o, DF) == {1} and no_new_items(o) and len(assets_in(o, "Characters")) == 2,
     lambda o: bool(o.removed("assets")) or 3 in archived_in(o, DF) or bool(o.removed("generations")))
case("r42-072", lambda o: refuses(o, r"exist|no such|not found|find|missing|import"),
     lambda o: bool(o.added("assets")) or bool(o.added("sessions")), ask=True)
case("r42-073", lambda o: answers(o, r"not archived|isn'?t archived|already|active|not .{0,20}archived"), ask=True)
case("r42-074", lambda o: saved_from(o, LW, "Launch") == {9} and len(o.added("assets")) == 1,
     lambda o: bool(saved_from(o, LW) - {9}))
case("r42-075", lambda o: renamed(o, HP, "winter gifts") and liked_in(o, "winter gifts") == {2, 3, 5},
     lambda o: any(re.search(r"then|\blike\b", s.get("name") or "", re.I) for _, s in o.modified("sessions", "name"))
     or any_session_name(o, r"then|\blike\b"))
case("r42-076",
     lambda o: len(made(o)) == 10 and all(re.search(r"p[ãa]o de queijo", g.get("prompt") or "", re.I)
                                          for g in made(o)) and o.spent == 10,
     lambda o: bool(new_posts(o)) or any_prompt(o, r"good morning"))
case("r42-077",
     lambda o: len(made(o)) >= 1 and 777 in seeds(made(o)) and all(
         re.search(r"dragon", g.get("prompt") or "", re.I) for g in made(o))
     and {g.get("session_id") for g in made(o)} <= {s["id"] for s in sessions(o, DF)})
case("r42-078", lambda o: one_post(o, HP, {2, 3}, empty_caption=True),
     lambda o: any(re.search(r"service|no caption", p.get("caption") or "", re.I) for p in new_posts(o)), ask=True)
case("r42-079", lambda o: answers(o, r"procedural"))
case("r42-080", lambda o: archived_in(o, HM) == set(range(10, 21)) and no_new_items(o))

# -- 081-090 --------------------------------------------------------------------------------------
case("r42-081", lambda o: liked_in(o, SD) == {2, 3, 4, 5, 6, 7} and no_new_items(o),
     lambda o: bool(liked_in(o, SD) & {1, 8}))
case("r42-082",
     lambda o: made_only(o, "Grandma's Garden", 6, r"tulip") and saved_from(o, "Grandma's Garden", "Book Dummy") == {2, 5}
     and len(o.added("assets")) == 2 and liked_in(o, "Grandma's Garden") <= {2, 5},
     lambda o: bool(saved_from(o, "Grandma's Garden") - {2, 5}))
case("r42-083", lambda o: one_post(o, LW, {1, 2, 5}, r"twitter|x|x ?\(twitter\)|twitter ?/ ?x", r"open late"))
case("r42-084",
     lambda o: liked_in(o, HP) == set() and status(o, HP) == "archived" and status(o, Q3) == "active"
     and not removed_any(o),
     lambda o: status(o, Q3) == "archived" or removed_any(o))
case("r42-085", lambda o: answers(o, r"\b494\b", r"\b25\b"))
case("r42-086", lambda o: made_only(o, Q3, 4, r"matcha"), ask=True)
case("r42-087", lambda o: answers(o, r"archiv"), lambda o: o.data_changed)
case("r42-088", lambda o: quiet(o) and o.question is not None,
     lambda o: removed_any(o) or archived_any(o), ask=True)
case("r42-089",
     lambda o: liked_in(o, HM) == {1, 2, 3, 4, 5} and saved_from(o, HM, "Harbor Picks") == {1, 2, 3, 4, 5}
     and one_post(o, HM, {1, 2, 3, 4, 5}, r"instagram", empty_caption=True),
     lambda o: any(re.search(r"without|caption", p.get("caption") or "", re.I) for p in new_posts(o)), ask=True)
case("r42-090", lambda o: answers(o, r"sneaker|#?\b2\b"), ask=True)

# -- 091-100 --------------------------------------------------------------------------------------
case("r42-091",
     lambda o: new_session_only(o, "Lançamento Cortes") and moved(o, LW, 3, "Lançamento Cortes")
     and moved(o, LW, 4, "Lançamento Cortes") and len(gens(o, "Lançamento Cortes")) == 2 and not made(o),
     lambda o: removed_any(o), ask=True)
case("r42-092", lambda o: archived_in(o, DF) == {4, 6} and no_new_items(o),
     lambda o: 5 in archived_in(o, DF) or any(old["index"] == 5 for old, _ in o.modified("generations")))
case("r42-093",
     lambda o: len(made_only(o, "Friday Fish Fry", 6)) == 6
     and len([g for g in made(o) if g.get("parent_id") == (gen(o, "Friday Fish Fry", 3) or {}).get("id")]) == 2)
case("r42-094",
     lambda o: in_project(o, sess(o, Q3), "Summer Campaign") and no_new_items(o),
     lambda o: in_project(o, sess(o, HP), "Summer Campaign"))
case("r42-095", lambda o: quiet(o) and o.says(r"\bzip\b|\.zip"))
case("r42-096", lambda o: answers(o, r"remix", r"new|based|parent|lineage|variation|from"))
case("r42-097", lambda o: refuses(o, r"\b7\b|only|no (?:image|generation)|not found|doesn'?t|does not|there (?:is|are)"),
     lambda o: bool(o.modified("generations", "session_id")), ask=True)
case("r42-098",
     lambda o: liked_in(o, HM) == {12, 18, 33} and saved_from(o, HM, "Seafood Night") == {12, 18, 33}
     and len(o.added("assets")) == 3)
case("r42-099", lambda o: liked_in(o, SD) == set() and no_new_items(o), ask=True)
case("r42-100",
     lambda o: archived_in(o, HP) == {1, 2} and {3, 4, 5} <= liked_in(o, HP)
     and liked_in(o, HP) - {2} == {3, 4, 5} and no_new_items(o))

# -- 101-110 --------------------------------------------------------------------------------------
case("r42-101", lambda o: archived_in(o, HM) == set(range(31, 61)) and no_new_items(o),
     lambda o: bool(archived_in(o, HM) & set(range(1, 31))))
case("r42-102", lambda o: answers(o, r"archiv"), lambda o: archived_any(o))
case("r42-103", lambda o: liked_in(o, HP) == {2, 3, 4} and no_new_items(o),
     lambda o: 1 in liked_in(o, HP), ask=True)
case("r42-104", lambda o: one_post(o, DF, {1, 3}, r"instagram", r"meet mossy"))
case("r42-105", lambda o: bool((sess(o, HM) or {}).get("reflection")) and o.spent == 25)
case("r42-106",
     lambda o: sess(o, Q3) is None and len(o.removed("generations")) == 4 and setup_sessions_intact(o, HP),
     lambda o: sess(o, HP) is None or len(gens(o, HP)) != 5)
case("r42-107",
     lambda o: saved_from(o, DF, "Rejected but Cute") == {2, 4, 6} and len(o.added("assets")) == 3,
     lambda o: any(norm(f.get("name")) in ("rejected", "cute") for f in o.added("folders")), ask=True)
case("r42-108", lambda o: answers(o, r"\b30\b"))
case("r42-109",
     lambda o: seed_of(o, LW, 5) in seeds(made_only(o, LW, 2, r"sunset"))
     and o.says(r"\b%s\b" % re.escape(str(seed_of(o, LW, 5)))))
case("r42-110", lambda o: liked_in(o, SD) == {1, 2, 3, 4, 7, 8} and no_new_items(o))

# -- 111-120 --------------------------------------------------------------------------------------
case("r42-111",
     lambda o: len(assets_in(o, "Characters")) == 2 and all("personagem" in tags_of(a) for a in assets_in(o, "Characters"))
     and not o.added("assets"),
     lambda o: bool(o.added("assets")))
case("r42-112",
     lambda o: len(made_only(o, "Little Cloud", 5, r"cloud")) == 5 and len(gens(o, "Little Cloud")) == 5
     and o.says(r"can(?:no|')t be undone|cannot undo|can'?t undo|not be undone|no undo|isn'?t undoable|irreversible|can't reverse|cannot be reversed"),
     lambda o: len(made(o)) != 5 or bool(o.removed("generations")))
case("r42-113", lambda o: answers(o, r"launch"))
case("r42-114", lambda o: made_only(o, HP, 3, r"blue", r"box"))
case("r42-115",
     lambda o: len(made(o)) == 5 and all(re.search(r"retriever", g.get("prompt") or "", re.I)
                                         and re.search(r"blurry", g.get("negative_prompt") or "", re.I)
                                         and not re.search(r"blurry", g.get("prompt") or "", re.I) for g in made(o)),
     lambda o: any_prompt(o, r"blurry"), ask=True)
case("r42-116", lambda o: renamed(o, SD, "Tênis Branco Drop") and no_new_items(o))
case("r42-117", lambda o: answers(o, r"characters", r"dragon friends"))
case("r42-118", lambda o: made_only(o, "Valentines Dinner", 8, r"candlelit"),
     lambda o: len(made(o)) == 2)
case("r42-119", lambda o: quiet(o) and o.question is not None,
     lambda o: removed_any(o) or archived_any(o), ask=True)
case("r42-120", lambda o: answers(o, r"archiv"), ask=True)

# -- 121-130 --------------------------------------------------------------------------------------
case("r42-121",
     lambda o: refuses(o, r"feijoada|no session|no sessions|couldn'?t find|can'?t find|don'?t have|doesn'?t exist|not found"),
     lambda o: bool(o.added("sessions")), ask=True)
case("r42-122",
     lambda o: new_session_only(o, "Dragon Friends Sketches") and moved(o, DF, 2, "Dragon Friends Sketches")
     and current_is(o, "Dragon Friends Sketches") and not made(o),
     lambda o: bool(o.removed("generations")) or bool(made(o)))
case("r42-123", lambda o: answers(o, r"iced coffee", r"marble"))
case("r42-124", lambda o: 100 in seeds(remixes(o, SD, 4, 3)), ask=True)
case("r42-125", lambda o: made_only(o, Q3, 6, r"whipped") and current_is(o, Q3),
     lambda o: any(g.get("session_id") in {s["id"] for s in sessions(o, HP)} for g in made(o)))
case("r42-126", lambda o: status(o, LW) == "archived" and not removed_any(o), lambda o: removed_any(o))
case("r42-127",
     lambda o: {12, 13} <= seeds(made_only(o, "Sea Turtles", 8, r"turtle")))
case("r42-128", lambda o: refuses(o), lambda o: bool(made(o)) or o.data_changed, ask=True)
case("r42-129",
     lambda o: saved_from(o, DF, "Characters") == {2, 5} and len(o.added("assets")) == 2
     and all("draft" in tags_of(a) for a in o.added("assets")))
case("r42-130", lambda o: liked_in(o, HM) == {42} and no_new_items(o),
     lambda o: bool(liked_in(o, HM) & {2, 40}))

# -- 131-140 --------------------------------------------------------------------------------------
case("r42-131",
     lambda o: saved_from(o, HP, "Promoções") == {2} and saved_from(o, Q3, "Promoções") == {1}
     and len(o.added("assets")) == 2, ask=True)
case("r42-132", lambda o: refuses(o), lambda o: bool(o.added("assets")), ask=True)
case("r42-133",
     lambda o: made_only(o, "Happy Hour", 6, r"margarita") and liked_in(o, "Happy Hour") == {3, 4}
     and one_post(o, "Happy Hour", {3, 4}, r"instagram", r"happy hour 4-7"),
     lambda o: len(made(o)) == 2 or bool(liked_in(o, "Happy Hour") - {3, 4}))
case("r42-134", calm, lambda o: 2 not in liked_in(o, SD), ask=True)
case("r42-135", lambda o: archived_in(o, DF) == {6} and remixes(o, DF, 1, 2), ask=True)
case("r42-136", lambda o: refuses(o), lambda o: archived_any(o), ask=True)
case("r42-137", lambda o: made_only(o, "Counting Sheep", 10, r"sheep"),
     lambda o: (bool(made(o)) and len(made(o)) != 10) or any(g.get("liked") or g.get("archived") for g in made(o)))
case("r42-138",
     lambda o: saved_from(o, LW, "Promo Night") == {9} and saved_from(o, LW, "Social") == {5}
     and len(o.added("assets")) == 2,
     lambda o: bool(o.added("assets")) and not (saved_from(o, LW, "Promo Night") == {9}
                                                and saved_from(o, LW, "Social") == {5}), ask=True)
case("r42-139",
     lambda o: all(moved(o, SD, i, "Q4") for i in (3, 5, 6)) and len(gens(o, "Q4")) == 3 and not made(o),
     lambda o: removed_any(o) or any(not moved(o, SD, i, "Q4") and moved(o, SD, i, s["name"])
                                     for i in (3, 5, 6) for s in o.after["sessions"] if norm(s["name"]) != norm(SD)),
     ask=True)
case("r42-140", lambda o: refuses(o), lambda o: bool(o.newly("liked", True)), ask=True)

# -- 141-150 --------------------------------------------------------------------------------------
case("r42-141", lambda o: archived_in(o, LW) == {3, 4, 6, 7, 8, 10} and no_new_items(o),
     lambda o: bool(archived_in(o, LW) & {1, 2, 5, 9}))
case("r42-142",
     lambda o: one_post(o, DF, {1, 3}, caption=r"delete your doubts") and not removed_any(o),
     lambda o: removed_any(o))
case("r42-143", lambda o: quiet(o) and o.question is not None,
     lambda o: bool(o.removed("sessions")) or bool(o.modified("sessions")) and sess(o, HP) != sess(o, HP, "before"),
     ask=True)
case("r42-144", lambda o: made_only(o, "Monsoon Menu", 4, r"pakora"), lambda o: any_session_name(o, r"naam"))
case("r42-145", calm, lambda o: removed_any(o) or archived_any(o), ask=True)
case("r42-146", lambda o: made_only(o, DF, 4, r"carnava"))
case("r42-147",
     lambda o: new_session_only(o, "Sketchbook") and current_is(o, "Sketchbook") and not made(o)
     and not o.modified("sessions") and not o.modified("generations"),
     lambda o: sess(o, SD) is None or status(o, SD) == "archived" or bool(o.removed("generations")), ask=True)
case("r42-148", lambda o: liked_in(o, HM) == {5, 10, 15, 20, 25, 30} and no_new_items(o) and o.says(r"\bzip\b|\.zip"))
case("r42-149", lambda o: liked_in(o, LW) == {1, 2, 5} and no_new_items(o))
case("r42-150",
     lambda o: any(norm(p.get("name")) == "winter campaign" for p in o.after.get("projects", []))
     and in_project(o, sess(o, HP), "winter campaign") and no_new_items(o),
     lambda o: in_project(o, sess(o, Q3), "winter campaign"))

# -- 151-160 --------------------------------------------------------------------------------------
case("r42-151", lambda o: made_only(o, HP, 5, r"gift box", r"red ribbon"))
case("r42-152", lambda o: answers(o, r"rocket", r"skyline"))
case("r42-153", lambda o: refuses(o), lambda o: bool(made(o)) or o.data_changed, ask=True)
case("r42-154",
     lambda o: renamed(o, HM, "Kochi Harbour") and (
         (bool((sess(o, "Kochi Harbour") or {}).get("reflection")) and o.spent == 25)
         or (o.spent == 0 and o.question is not None)),
     lambda o: o.spent != 0 and not (sess(o, "Kochi Harbour") or sess(o, HM) or {}).get("reflection"), ask=True)
case("r42-155",
     lambda o: len(made(o)) == 3 and 5 in seeds(made(o))
     and all(re.search(r"cabin", g.get("prompt") or "", re.I) for g in made(o)))
case("r42-156", lambda o: liked_in(o, SD) == {2, 4, 5, 7} and saved_from(o, SD, "Favoritos") == {5}
     and len(o.added("assets")) == 1)
case("r42-157",
     lambda o: not any(norm(f.get("name")) == "characters" for f in o.after.get("folders", []))
     and len(o.after.get("assets", [])) == len(o.before.get("assets", [])) and not o.removed("generations"),
     lambda o: bool(o.removed("assets")) or bool(o.removed("generations")), ask=True)
case("r42-158",
     lambda o: len(made_only(o, "Pizza Night", 7, r"pizza")) == 7
     and (kids := [g for g in made(o) if g.get("parent_id") == (gen(o, "Pizza Night", 2) or {}).get("id")])
     and len(kids) == 3 and liked_in(o, "Pizza Night") == {g["index"] for g in kids},
     lambda o: bool(liked_in(o, "Pizza Night") & {1, 2, 3, 4}))
case("r42-159", lambda o: quiet(o) and o.says(r"\bzip\b|\.zip"))
case("r42-160",
     lambda o: made_only(o, LW, 5, r"rocket") and o.spent == 5 and o.says(r"\b1 credit|\b10 credits?|one credit"))
