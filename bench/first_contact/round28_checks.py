"""Checks for round 28 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only, by an
outside tester who never saw the planner, its tests or earlier corpora).

The 160 cases live in ``round28.yaml`` outside the project; only their ids are here. Every case runs in a
fresh home (500 credits, offline procedural generator at 1 credit per image) after one of six setups,
run with every confirmation answered yes:

- **S0 empty**: no setup at all. Nothing exists; balance 500.
- **S1 Latte Art** (coffee chain): ``new session Latte Art`` / ``generate 8 images of a latte with heart
  foam art on a wooden table`` / ``like 2, 5 and 7``. One session (current), #1–#8, liked {2, 5, 7},
  no assets, balance 492.
- **S2 Dragon Hoard + Elf Archers** (illustrator): ``new session Dragon Hoard`` / ``generate 6 images of
  a red dragon sleeping on gold coins`` / ``like 1 and 4`` / ``new session Elf Archers`` / ``generate 4
  images of elven archers in a misty forest`` / ``like 3``. Dragon Hoard #1–#6 liked {1, 4}; Elf Archers
  #1–#4 liked {3} and current (and most recent); balance 490.
- **S3 ci-smoke** (CI developer): ``new session ci-smoke`` / ``generate 1 image of a test pattern with
  seed 1234`` / ``generate 2 images of a gradient background``. #1 seed 1234, #2–#3 gradient; nothing
  liked; balance 497.
- **S4 Mug Designs (archived) + Tote Prints** (print-on-demand shop): ``new session Mug Designs`` /
  ``generate 2 images of a mountain outline`` / ``archive session Mug Designs`` / ``new session Tote
  Prints`` / ``generate 5 images of a minimalist cat line drawing`` / ``generate 3 images of a retro
  sunset with palm trees`` / ``like 2, 6 and 8`` / ``save 6 and 8 to folder Shop``. Tote Prints current,
  #1–#5 cats, #6–#8 sunsets, liked {2, 6, 8}; assets of #6 and #8 in folder Shop; balance 490.
- **S5 Bean Shots** (coffee chain, big batch): ``new session Bean Shots`` / ``generate 50 images of coffee
  beans in a burlap sack, studio light``. 50 items (enough for a reflection); balance 450.

Reading rules: session, folder, tag and project names are compared without regard to case. Where the
state export cannot show an effect (a brief, a reference), the check reads the arguments of calls that
ran, by loose pattern, never by one exact tool name. For ``ok_to_ask`` cases, ``asked`` (nothing changed,
and a question waits or a specific refusal/question was replied) is accepted too. Undo cases are judged
on the final state. Every check is wrapped so that it returns False rather than raising.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}
RAW: dict[str, tuple] = {}   # the unwrapped lambdas, for testing the checks themselves


def _safe(fn):
    if fn is None:
        return None

    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:  # a check must never raise
            return False
    return run


def case(case_id: str, meant, wrong=None) -> None:
    RAW[case_id] = (meant, wrong)
    CHECKS[case_id] = Check(_safe(meant), _safe(wrong))


# -- names and patterns ----------------------------------------------------------------------------

LATTE, DRAGON, ELF, CI, TOTE, MUG, BEAN = (
    "latte art", "dragon hoard", "elf archers", "ci-smoke", "tote prints", "mug designs", "bean shots")
NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|haven't|empty|nothing|not yet"
MISSING = (r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find"
           r"|could not find|no file")
CANT_UNDO = r"can(?:no|')t be undone|cannot undo|can't undo|not be undone|no undo|unable|undo"
OUT_OF_RANGE = r"only|not exist|no generation|doesn't|does not|no such|out of range|not found|there (is|are) no"


# -- small readings --------------------------------------------------------------------------------

def _low(name) -> str:
    return str(name or "").strip().lower()


def _state(o: Outcome, when: str = "after") -> dict:
    return (o.after if when == "after" else o.before) or {}


def _rows(o: Outcome, table: str, when: str = "after") -> list[dict]:
    return _state(o, when).get(table) or []


def sids(o: Outcome, name: str, when: str = "after") -> set:
    return {s.get("id") for s in _rows(o, "sessions", when) if _low(s.get("name")) == _low(name)}


def sess(o: Outcome, name: str) -> dict:
    return next((s for s in _rows(o, "sessions") if _low(s.get("name")) == _low(name)), {})


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = sids(o, name, when)
    return [g for g in _rows(o, "generations", when) if g.get("session_id") in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict:
    return next((g for g in gens(o, name, when) if g.get("index") == index), {})


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g.get("index") for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g.get("index") for g in gens(o, name) if g.get("archived")}


def indexes(rows) -> set[int]:
    return {g.get("index") for g in rows or []}


def index_of(o: Outcome) -> dict:
    """generation id -> (lower-cased session name, index) after the say lines."""
    names = {s.get("id"): _low(s.get("name")) for s in _rows(o, "sessions")}
    return {g.get("id"): (names.get(g.get("session_id")), g.get("index")) for g in _rows(o, "generations")}


def added_gens(o: Outcome) -> list[dict]:
    return o.added("generations")


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (prompts matching ``prompt``)."""
    ids = sids(o, name)
    new = added_gens(o)
    mine = [g for g in new if g.get("session_id") in ids]
    if len(mine) != count or len(new) != count:
        return []
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.I | re.S) for g in mine):
        return []
    return mine


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g.get("prompt") or "", re.I) for g in added_gens(o))


def remixed(o: Outcome, parent: int, count: int, name: str, words: str = r".") -> list[dict]:
    """Exactly ``count`` new generations, each a child of ``name`` #``parent``, prompts matching ``words``."""
    where = index_of(o)
    new = added_gens(o)
    good = [g for g in new if where.get(g.get("parent_id")) == (_low(name), parent)
            and re.search(words, g.get("prompt") or "", re.I)]
    return good if len(new) == count and len(good) == count else []


def seeds(rows) -> set:
    out = set()
    for g in rows or []:
        try:
            out.add(int(g.get("seed")))
        except (TypeError, ValueError):
            pass
    return out


def sized(o: Outcome, size: str) -> bool:
    width, height = size.split("x")
    for _, args in o.calls:
        text = str(args)
        if size in text or (str(args.get("width")) == width and str(args.get("height")) == height):
            return True
    return False


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(s.get("status") == "active" for s in _rows(o, "sessions") if _low(s.get("name")) != MUG)


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b.get("name")), a.get("name")) for b, a in o.modified("sessions", "name")]


def status_changes(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b.get("name")), a.get("status")) for b, a in o.modified("sessions", "status")]


def one_new_session(o: Outcome) -> dict:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else {}


def new_sess(o: Outcome, *names: str) -> bool:
    """Exactly one new session, named one of ``names`` (any case), current, with no generations."""
    s = one_new_session(o)
    wanted = {_low(n) for n in names}
    return bool(s) and _low(s.get("name")) in wanted and _low(o.current) in wanted and not gens_added(o) \
        and not o.modified("sessions") and nothing_removed(o)


def newly_liked(o: Outcome) -> set[int]:
    return {g.get("index") for g in o.newly("liked", True)}


def liked_only(o: Outcome, expected: set[int], name: str) -> bool:
    return liked_in(o, name) == expected and not gens_added(o) and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def tags_of(asset: dict) -> set[str]:
    return {_low(t) for t in (asset.get("tags") or [])}


def saved_from(o: Outcome, name: str) -> set[int]:
    where = index_of(o)
    return {where[a.get("origin_generation_id")][1] for a in o.added("assets")
            if a.get("origin_generation_id") in where and where[a.get("origin_generation_id")][0] == _low(name)}


def saved_all(o: Outcome) -> set:
    where = index_of(o)
    return {where.get(a.get("origin_generation_id")) for a in o.added("assets")}


def folder_of(asset: dict) -> str:
    folder = asset.get("folder")
    if isinstance(folder, dict):
        folder = folder.get("name")
    return _low(folder)


def saved(o: Outcome, expected: set[int], folder: str | None, name: str) -> bool:
    """The new assets are exactly ``expected`` of session ``name`` (in ``folder``), one each."""
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(folder_of(a) == _low(folder) for a in new)) and not o.removed("generations")


def new_folders(o: Outcome) -> set[str]:
    return {folder_of(a) for a in o.added("assets")}


def assets_now(o: Outcome, folder: str) -> list[dict]:
    return [a for a in _rows(o, "assets") if folder_of(a) == _low(folder)]


def asset_of(o: Outcome, name: str, index: int) -> dict:
    gid = gen(o, name, index).get("id")
    return next((a for a in _rows(o, "assets") if gid and a.get("origin_generation_id") == gid), {})


def post_items(o: Outcome, post: dict) -> set:
    where = index_of(o)
    assets = {a.get("id"): a for a in _rows(o, "assets")}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post.get("asset_ids") or []}


def _cap(text) -> str:
    return " ".join(str(text or "").split())


def post_ok(o: Outcome, post: dict, caption: str, items: set[int], name: str, platform: str | None = None) -> bool:
    return _cap(post.get("caption")) == _cap(caption) \
        and post_items(o, post) == {(_low(name), i) for i in items} \
        and (platform is None or _low(post.get("platform")) == _low(platform))


def one_post(o: Outcome, caption: str, items: set[int], name: str, platform: str | None = None) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and post_ok(o, posts[0], caption, items, name, platform)


def balance(o: Outcome, when: str = "after") -> int:
    return (_state(o, when).get("credits") or {}).get("balance", 0)


def last_reply(o: Outcome) -> str:
    return o.replies[-1] if o.replies else ""


def last_says(o: Outcome, pattern: str) -> bool:
    return re.search(pattern, last_reply(o), re.I) is not None


def ran_with(o: Outcome, *texts: str) -> bool:
    """One call that ran without error carries every text in its arguments."""
    return any(all(t.lower() in str(a).lower() for t in texts) for a in o.ran())


def ran_args(o: Outcome, pattern: str) -> list[dict]:
    """Args of calls that ran without error whose tool name matches ``pattern`` (loosely)."""
    out, position = [], 0
    for called, args in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2] and re.search(pattern, called):
                out.append(args)
            position += 1
    return out


def asks(o: Outcome, about: str = r".") -> bool:
    """A confirmation waits, nothing changed yet, and it is about ``about`` (question text or calls)."""
    return quiet(o) and o.question is not None and (
        re.search(about, o.question or "", re.I) is not None or re.search(about, str(o.calls), re.I) is not None)


def asked(o: Outcome) -> bool:
    """ok_to_ask: nothing changed, and a question waits or a specific reply (not 'did not understand')."""
    return quiet(o) and (o.question is not None or not_lost(o))


def gen_in(o: Outcome, name: str) -> bool:
    ids = sids(o, name)
    return any(g.get("session_id") in ids for g in added_gens(o))


# -- sessions --------------------------------------------------------------------------------------

case("r28-001", lambda o: _low(one_new_session(o).get("name")) == "pumpkin spice launch"
     and bool(made(o, "pumpkin spice launch", 3, r"pumpkin spice")) and _low(o.current) == "pumpkin spice launch",
     lambda o: any(re.search(r"\bpls\b|called", _low(s.get("name"))) for s in o.added("sessions"))
     or len(added_gens(o)) > 3)
case("r28-002", lambda o: new_sess(o, "Moonlit Wyverns"),
     lambda o: gens_added(o) or any(re.search(r"patreon|series|nothing|it's", _low(s.get("name")))
                                    for s in o.added("sessions")))
case("r28-003", lambda o: (s := one_new_session(o)).get("kind") == "video" and _low(s.get("name")) == "nightly-teaser"
     and bool(m := made(o, "nightly-teaser", 2, r"wave")) and all(g.get("media_type") == "video" for g in m),
     lambda o: any(s.get("kind") != "video" for s in o.added("sessions") if _low(s.get("name")) == "nightly-teaser")
     or len(added_gens(o)) not in (0, 2))
case("r28-004", lambda o: _low((s := one_new_session(o)).get("name")) == "cat & dog stickers"
     and _low(s.get("project")) == "etsy shop" and not gens_added(o),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1
     or any("project" in _low(s.get("name")) for s in o.added("sessions")))
case("r28-005", lambda o: _low((s := one_new_session(o)).get("name")) == "holiday cups 2025"
     and _low(s.get("project")) == "winter menu" and not gens_added(o) and ran_with(o, "snowflakes"),
     lambda o: gens_added(o) or any(re.search(r"\bfor\b|project|brief", _low(s.get("name"))) for s in o.added("sessions")))
case("r28-006", lambda o: _low(one_new_session(o).get("name")) == "salt, sugar and foam"
     and bool(made(o, "salt, sugar and foam", 2, r"sugar cube")),
     lambda o: len(o.added("sessions")) > 1
     or any(_low(s.get("name")) in ("salt", "salt,", "salt, sugar") or '"' in str(s.get("name"))
            for s in o.added("sessions")))
case("r28-007", lambda o: _low(o.current) == DRAGON
     and indexes(made(o, DRAGON, 2, re.escape(gen(o, DRAGON, 1).get("prompt") or "red dragon"))) == {7, 8},
     lambda o: gen_in(o, ELF) or bool(o.added("sessions")) or prompt_has(o, r"same prompt"))
case("r28-008", lambda o: renamed(o) == [(ELF, "Elf Archers (v2 - final)")] and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or gens_added(o) or any(re.search(r"thanks|\?", n or "", re.I) for _, n in renamed(o)))
case("r28-009", lambda o: status_changes(o) == [(DRAGON, "archived")] and nothing_removed(o) and last_says(o, ELF),
     lambda o: not nothing_removed(o) or sess(o, ELF).get("status") == "archived")
case("r28-010", lambda o: status_changes(o) == [(MUG, "active")] and not o.added("sessions") and nothing_removed(o)
     and last_says(o, r"\b2\b|\btwo\b"),
     lambda o: bool(o.added("sessions")) or not nothing_removed(o))
case("r28-011", lambda o: answers(o, DRAGON, ELF))
case("r28-012", lambda o: asked(o),
     lambda o: any(folder_of(a) in ("folder", "to folder", "") for a in o.added("assets")))
case("r28-013", lambda o: answers(o, TOTE, MUG), lambda o: o.data_changed)
case("r28-014", lambda o: asked(o), lambda o: bool(o.added("sessions")))
case("r28-015", lambda o: asked(o), lambda o: bool(renamed(o)))
case("r28-016", lambda o: len(o.added("sessions")) == 1 and bool(made(o, "iced drinks summer", 4, r"iced caramel latte"))
     and liked_in(o, "iced drinks summer") == {1, 3} and liked_in(o, LATTE) == {2, 5, 7} and len(gens(o, LATTE)) == 8,
     lambda o: gen_in(o, LATTE) or liked_in(o, LATTE) != {2, 5, 7})
case("r28-017", lambda o: renamed(o) == [(ELF, "Elven Rangers")] and sess(o, DRAGON).get("status") == "archived"
     and sess(o, "elven rangers").get("status") == "active" and nothing_removed(o),
     lambda o: any(b == DRAGON for b, _ in renamed(o)) or sess(o, "elven rangers").get("status") == "archived")
case("r28-018", lambda o: _low((s := one_new_session(o)).get("name")) == "qa/run-77" and _low(s.get("project")) == "ci"
     and 5 in seeds(m := made(o, "qa/run-77", 2, r"^\W*white noise\W*$")) and bool(m),
     lambda o: any("project" in _low(s.get("name")) for s in o.added("sessions")) or prompt_has(o, r"seed"))
case("r28-019", lambda o: indexes(made(o, DRAGON, 1, r"egg")) == {7} and last_says(o, DRAGON),
     lambda o: gen_in(o, ELF))
case("r28-020", lambda o: sess(o, MUG).get("status") == "active" and _low(o.current) == MUG
     and indexes(made(o, MUG, 2, r"(?=.*mountain)(?=.*\bsun)")) == {3, 4},
     lambda o: gen_in(o, TOTE) or bool(o.added("sessions")))
case("r28-021", lambda o: {_low(s.get("name")) for s in o.added("sessions")} == {"foam tests", "cup sleeves"}
     and len(o.added("sessions")) == 2 and _low(o.current) == "foam tests" and not gens_added(o),
     lambda o: len(o.added("sessions")) > 2 or gens_added(o))
case("r28-022", lambda o: _low((s := one_new_session(o)).get("name")) == "ci-nightly" and _low(s.get("project")) == "ci"
     and not gens_added(o) and last_says(o, CI) and last_says(o, "ci-nightly"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)

# -- generating ------------------------------------------------------------------------------------

case("r28-023", lambda o: indexes(made(o, LATTE, 4, r"oat milk")) == {9, 10, 11, 12} and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or prompt_has(o, r"^\W*(4\s+)?more\b"))
case("r28-024", lambda o: bool(new := added_gens(o)) and all(g.get("session_id") in sids(o, LATTE) for g in new)
     and all(re.search(r"latte", g.get("prompt") or "", re.I) for g in new) and min(indexes(new)) == 9
     and not o.added("sessions"),
     lambda o: prompt_has(o, r"^\W*more\W*$") or bool(o.added("sessions")))
case("r28-025", lambda o: indexes(made(o, LATTE, 4, r"flat white")) == {9, 10, 11, 12},
     lambda o: prompt_has(o, r"again|\bpls\b") or len(added_gens(o)) > 4)
case("r28-026", lambda o: 42 in seeds(made(o, CI, 2, r"checkerboard")) and sized(o, "512x768"),
     lambda o: prompt_has(o, r"seed|512x768") or (gens_added(o) and len(added_gens(o)) != 2))
case("r28-027", lambda o: 9001 in seeds(made(o, CI, 3, r"^\W*solid red square\W*$")),
     lambda o: prompt_has(o, r"seed|9001"))
case("r28-028", lambda o: bool(s := one_new_session(o)) and bool(made(o, s.get("name"), 3, r"(?=.*lighthouse)(?=.*sea witch)")),
     lambda o: len(added_gens(o)) > 3 or len(o.added("sessions")) > 1
     or prompt_has(o, r"could you|however you like|don't have a session"))
case("r28-029", lambda o: bool(remixed(o, 4, 2, DRAGON, r"blue")),
     lambda o: bool(o.modified("generations")) or len(added_gens(o)) > 2)
case("r28-030", lambda o: bool(r := remixed(o, 3, 1, TOTE, r"glasses")) and bool(r[0].get("liked"))
     and len(o.added("assets")) == 1 and o.added("assets")[0].get("origin_generation_id") == r[0].get("id")
     and folder_of(o.added("assets")[0]) == "shop",
     lambda o: bool(saved_from(o, TOTE) - {9}) or bool(liked_in(o, TOTE) - {2, 6, 8, 9}))
case("r28-031", lambda o: asked(o), lambda o: prompt_has(o, r"midjourney|\bmodel\b"))
case("r28-032", lambda o: refuses(o, r"size|2048|4096|too (big|large)|support"),
     lambda o: gens_added(o) or o.spent != 0)
case("r28-033", lambda o: refuses(o, r"\b0\b|zero|at least|positive|between|\b1\b|how many"),
     lambda o: gens_added(o) or o.spent != 0)
case("r28-034", lambda o: refuses(o, r"100|at most|maximum|too many|limit|between"),
     lambda o: gens_added(o) or o.spent != 0)
case("r28-035", lambda o: refuses(o, r"seed|range|too (large|big)|between|9223372036854775807"),
     lambda o: gens_added(o) or o.spent != 0)
case("r28-036", lambda o: asks(o) and "25" in str(o.calls), lambda o: gens_added(o))
case("r28-037", lambda o: indexes(made(o, LATTE, 25, r"pumpkin spice")) == set(range(9, 34)) and o.spent == 25,
     lambda o: gens_added(o) and len(added_gens(o)) != 25)
case("r28-038", lambda o: quiet(o) and o.question is None and bool(o.replies) and not o.says(r"did not understand"),
     lambda o: gens_added(o))
case("r28-039", lambda o: indexes(made(o, TOTE, 4, r"sunflower")) == {9, 10, 11, 12} and sized(o, "1024x1024")
     and liked_in(o, TOTE) == {2, 6, 8, 10, 11},
     lambda o: 3 in liked_in(o, TOTE) or prompt_has(o, r"\bi need\b|please"))
case("r28-040", lambda o: indexes(made(o, ELF, 3, r"(?=.*(archer|forest))(?=.*firefl)")) == {5, 6, 7},
     lambda o: bool(o.added("sessions")) or prompt_has(o, r"could you|maybe"))
case("r28-041", lambda o: bool(s := one_new_session(o)) and bool(made(o, s.get("name"), 2, r"blue circle")),
     lambda o: len(o.added("sessions")) > 1 or (gens_added(o) and len(added_gens(o)) != 2))
case("r28-042", lambda o: bool(m := made(o, CI, 2, r"skyline"))
     and all("people" in _low(g.get("negative_prompt")) and "people" not in _low(g.get("prompt")) for g in m),
     lambda o: prompt_has(o, r"people|negative"))
case("r28-043", lambda o: bool(m := made(o, LATTE, 3)) and bool(g5 := gen(o, LATTE, 5))
     and all(g.get("parent_id") == g5.get("id") or g.get("prompt") == g5.get("prompt") for g in m)
     and not o.modified("generations", "liked"),
     lambda o: prompt_has(o, r"like #?5|more like") or bool(o.modified("generations", "liked")))
case("r28-044", lambda o: 500 in seeds(made(o, TOTE, 2, r"sunset")),
     lambda o: prompt_has(o, r"pieces|seed|again|\bcat\b"))
case("r28-045", lambda o: indexes(made(o, DRAGON, 2, r"baby dragon")) == {7, 8},
     lambda o: len(gens(o, ELF)) != 4 or prompt_has(o, r"more of|but it's"))
case("r28-046", lambda o: bool(m := made(o, CI, 1)) and bool(g1 := gen(o, CI, 1))
     and m[0].get("seed") == g1.get("seed") and m[0].get("prompt") == g1.get("prompt"),
     lambda o: len(added_gens(o)) > 1 or prompt_has(o, r"regenerate|same seed"))


def _frogs(o: Outcome) -> bool:
    new = added_gens(o)
    frogs = [g for g in new if g.get("session_id") in sids(o, TOTE) and g.get("index") in (9, 10, 11)
             and re.search(r"frog", g.get("prompt") or "", re.I)]
    tenth = gen(o, TOTE, 10).get("id")
    kids = [g for g in new if tenth and g.get("parent_id") == tenth]
    if len(frogs) == 3 and len(kids) == 2 and len(new) == 5:
        return True
    # ok_to_ask: the frogs were made and the second line asked which one
    return len(new) == 3 and len(frogs) == 3 and not o.says(r"did not understand") and bool(o.replies)


case("r28-047", _frogs,
     lambda o: bool(cat := gen(o, TOTE, 2).get("id")) and any(g.get("parent_id") == cat for g in added_gens(o)))


def _griffins(o: Outcome) -> bool:
    new = {g.get("index"): g for g in made(o, ELF, 8, r"griffin")}
    if set(new) != set(range(5, 13)):
        return False
    first = all(re.search(r"sunrise", new[i].get("prompt") or "", re.I) for i in range(5, 9))
    second = all(re.search(r"(?=.*sunset)(?=.*cloud)", new[i].get("prompt") or "", re.I | re.S)
                 and not re.search(r"sunrise", new[i].get("prompt") or "", re.I) for i in range(9, 13))
    return first and second


case("r28-048", _griffins,
     lambda o: prompt_has(o, r"not quite|same again|\bhmm\b") or (gens_added(o) and len(added_gens(o)) != 8))


def _seeds_7_8(o: Outcome) -> bool:
    new = {g.get("index"): g for g in made(o, CI, 4, r"test pattern")}
    return set(new) == {4, 5, 6, 7} and 7 in seeds([new[4], new[5]]) and 8 in seeds([new[6], new[7]])


case("r28-049", _seeds_7_8, lambda o: prompt_has(o, r"seed|same again"))

# -- likes -----------------------------------------------------------------------------------------

case("r28-050", lambda o: liked_only(o, {1, 2, 3, 5, 7, 8}, LATTE) and last_says(o, r"\b6\b|\bsix\b"),
     lambda o: bool(liked_in(o, LATTE) - {1, 2, 3, 5, 7, 8}))
case("r28-051", lambda o: liked_only(o, {2, 7}, LATTE), lambda o: 5 in liked_in(o, LATTE) or bool(liked_in(o, LATTE) - {2, 7}))
case("r28-052", lambda o: liked_only(o, {1, 2, 3, 5, 6, 7, 8}, LATTE), lambda o: 4 in liked_in(o, LATTE))
case("r28-053", lambda o: liked_only(o, {1, 2, 4, 5, 7}, LATTE), lambda o: 3 in liked_in(o, LATTE))
case("r28-054", lambda o: liked_only(o, {2, 5, 7, 8}, LATTE), lambda o: bool(liked_in(o, LATTE) - {2, 5, 7, 8}))
case("r28-055", lambda o: liked_only(o, set(), LATTE),
     lambda o: bool(o.modified("generations", "archived")) or not nothing_removed(o))
case("r28-056", lambda o: refuses(o, r"12|\b8\b|" + OUT_OF_RANGE), lambda o: bool(newly_liked(o)) or gens_added(o))
case("r28-057", lambda o: asked(o), lambda o: bool(o.modified("generations", "liked")))
case("r28-058", lambda o: liked_in(o, DRAGON) == {1, 2, 4} and liked_in(o, ELF) == {3} and not gens_added(o),
     lambda o: 2 in liked_in(o, ELF))
case("r28-059", lambda o: liked_only(o, {1, 2, 4, 5, 6, 8}, TOTE), lambda o: 3 in liked_in(o, TOTE))
case("r28-060", lambda o: liked_in(o, LATTE) == {2, 5, 7} and quiet(o) and not_lost(o), lambda o: 4 in liked_in(o, LATTE))
case("r28-061", lambda o: liked_only(o, {1, 2, 3}, CI) and last_says(o, r"#?1\b") and last_says(o, r"#?3\b"),
     lambda o: bool(liked_in(o, CI) - {1, 2, 3}))
case("r28-062", lambda o: refuses(o, r"\b4\b|7|" + OUT_OF_RANGE), lambda o: bool(newly_liked(o)))
case("r28-063", lambda o: (liked_in(o, DRAGON) == {1, 2, 4, 6} and liked_in(o, ELF) == {3} and not gens_added(o))
     or asked(o),
     lambda o: liked_in(o, ELF) != {3} or bool({3, 5} & liked_in(o, DRAGON)))
case("r28-064", lambda o: liked_only(o, {2, 4, 5, 6, 8}, TOTE), lambda o: 3 in liked_in(o, TOTE))
case("r28-065", lambda o: indexes(made(o, LATTE, 4, r"cappuccino")) == {9, 10, 11, 12}
     and liked_in(o, LATTE) == {2, 5, 7, 9, 12},
     lambda o: bool({1, 8} & newly_liked(o)))
case("r28-066", lambda o: liked_in(o, DRAGON) == {1, 2, 3, 4, 5, 6} and liked_in(o, ELF) == {3} and not gens_added(o),
     lambda o: liked_in(o, ELF) != {3})

# -- selections / archive --------------------------------------------------------------------------

case("r28-067", lambda o: saved(o, {2, 5}, "Hero Shots", LATTE) or asked(o),
     lambda o: 7 in saved_from(o, LATTE) or bool(new_folders(o) - {"hero shots"}))
case("r28-068", lambda o: saved(o, {2, 5, 7}, "Menu Board", LATTE) and all("menu" in tags_of(a) for a in o.added("assets")),
     lambda o: bool(saved_from(o, LATTE) - {2, 5, 7}))
case("r28-069", lambda o: archived_in(o, LATTE) == {1, 3, 4, 6, 8} and liked_in(o, LATTE) == {2, 5, 7}
     and sessions_active(o) and nothing_removed(o),
     lambda o: bool({2, 5, 7} & archived_in(o, LATTE)) or not sessions_active(o) or not nothing_removed(o))
case("r28-070", lambda o: archived_in(o, LATTE) == {3} and nothing_removed(o) and sessions_active(o),
     lambda o: 4 in archived_in(o, LATTE) or bool(archived_in(o, LATTE) - {3, 4}))
case("r28-071", lambda o: saved(o, {1, 2, 3, 4, 5, 6}, "Drafts", LATTE), lambda o: bool({7, 8} & saved_from(o, LATTE)))
case("r28-072", lambda o: refuses(o, r"\b9\b|\b10\b|\b8\b|" + OUT_OF_RANGE), lambda o: bool(o.added("assets")))
case("r28-073", lambda o: archived_in(o, TOTE) == {1, 3, 4, 5} and nothing_removed(o) and sessions_active(o),
     lambda o: bool({2, 6, 7, 8} & archived_in(o, TOTE)))
case("r28-074", lambda o: archived_in(o, TOTE) == {4} and last_says(o, r"#?4\b") and nothing_removed(o),
     lambda o: bool(archived_in(o, TOTE) - {4}))
case("r28-075", lambda o: saved(o, {1, 3}, "Drafts", LATTE), lambda o: 2 in saved_from(o, LATTE))
case("r28-076", lambda o: archived_in(o, ELF) == {1, 2, 4} and not archived_in(o, DRAGON) and sessions_active(o)
     and nothing_removed(o),
     lambda o: 3 in archived_in(o, ELF) or bool(archived_in(o, DRAGON)) or not sessions_active(o))
case("r28-077", lambda o: archived_in(o, LATTE) == {1, 3, 4, 8} and liked_in(o, LATTE) == {2, 5, 7} and nothing_removed(o),
     lambda o: bool({2, 5, 7} & archived_in(o, LATTE)))
case("r28-078", lambda o: indexes(made(o, LATTE, 4, r"barista")) == {9, 10, 11, 12}
     and saved(o, {9, 10, 11}, "Behind the Bar", LATTE),
     lambda o: bool(saved_from(o, LATTE) & {1, 2, 3, 12}))
case("r28-079", lambda o: archived_in(o, DRAGON) == {2, 3, 5, 6} and not archived_in(o, ELF) and sessions_active(o)
     and nothing_removed(o),
     lambda o: bool({1, 4} & archived_in(o, DRAGON)) or bool(archived_in(o, ELF)))
case("r28-080", lambda o: not archived_in(o, LATTE) and liked_in(o, LATTE) == {2, 5, 7} and nothing_removed(o)
     and not gens_added(o) and not o.added("assets") and sessions_active(o),
     lambda o: 2 in archived_in(o, LATTE))

# -- library: folders, tags, projects --------------------------------------------------------------

case("r28-081", lambda o: saved(o, {2}, "Shop", TOTE) and {"cats", "lineart"} <= tags_of(o.added("assets")[0]),
     lambda o: any(" and " in t for a in _rows(o, "assets") for t in tags_of(a)) or bool(saved_from(o, TOTE) - {2}))
case("r28-082", lambda o: len(shop := assets_now(o, "Shop")) == 2 and all("summer" in tags_of(a) for a in shop)
     and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or bool(o.modified("assets", "folder")))
case("r28-083", lambda o: answers(o, r"sunset|#?6\b|\b2\b"))
case("r28-084", lambda o: answers(o, r"shop"))
case("r28-085", lambda o: saved(o, {2}, "Summer and Winter Specials", LATTE),
     lambda o: bool(new_folders(o) & {"summer", "winter specials", "winter"}))
case("r28-086", lambda o: saved(o, {5}, "Top 10 Lattes", LATTE),
     lambda o: bool(saved_from(o, LATTE) - {5}) or bool(new_folders(o) & {"top", '"top 10 lattes"'}))
case("r28-087", lambda o: saved(o, {7}, "Everything Except Decaf", LATTE), lambda o: bool(saved_from(o, LATTE) - {7}))
case("r28-088", lambda o: asked(o), lambda o: bool(renamed(o)))
case("r28-089", lambda o: saved(o, {2, 5}, "Stickers", TOTE) and all({"cat", "minimal"} <= tags_of(a) for a in o.added("assets")),
     lambda o: bool(saved_from(o, TOTE) - {2, 5}) or any("," in t for a in _rows(o, "assets") for t in tags_of(a)))
case("r28-090", lambda o: saved(o, {1, 4}, "Hoard Faves", DRAGON), lambda o: bool(saved_from(o, ELF)))
case("r28-091", lambda o: saved_all(o) == {(DRAGON, 1), (DRAGON, 4), (ELF, 3)} and len(o.added("assets")) == 3
     and new_folders(o) == {"portfolio 2025"},
     lambda o: bool(saved_all(o) - {(DRAGON, 1), (DRAGON, 4), (ELF, 3)}))
case("r28-092", lambda o: len(shop := assets_now(o, "Shop")) == 2 and all(_low(a.get("project")) == "etsy autumn" for a in shop)
     and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.modified("assets", "folder")) or bool(o.added("assets")))
case("r28-093", lambda o: saved(o, {2, 5}, "Socials", LATTE) and last_says(o, r"#?2\b|#?5\b|\btwo\b"),
     lambda o: bool(saved_from(o, LATTE) - {2, 5}))
case("r28-094", lambda o: folder_of(asset_of(o, TOTE, 6)) == "best sellers" and folder_of(asset_of(o, TOTE, 8)) == "shop"
     and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")))
case("r28-095", lambda o: saved(o, {4}, "Wyrms", DRAGON) and {"red", "hoard"} <= tags_of(o.added("assets")[0]),
     lambda o: bool(saved_from(o, DRAGON) - {4}) or bool(saved_from(o, ELF)))
case("r28-096", lambda o: saved(o, {1, 3}, "Stickers", TOTE) and last_says(o, r"\b2\b|\btwo\b"),
     lambda o: bool(saved_from(o, TOTE) - {1, 3}))
case("r28-097", lambda o: saved(o, {2, 5, 7}, "Socials", LATTE)
     and all({"latte-art", "fall-menu"} <= tags_of(a) for a in o.added("assets")),
     lambda o: any(" and " in t for a in _rows(o, "assets") for t in tags_of(a)))

# -- posts -----------------------------------------------------------------------------------------

case("r28-098", lambda o: one_post(o, "Monday needs a latte ☕", {2, 5}, LATTE, "instagram"),
     lambda o: len(o.added("posts")) > 1 or any("caption" in _low(p.get("caption")) for p in o.added("posts")))
case("r28-099", lambda o: one_post(o, "Heart on a cup. Come say hi!", {2, 5, 7}, LATTE),
     lambda o: len(o.added("posts")) > 1 or any(_cap(p.get("caption")) in ("Heart on a cup.", "Heart on a cup")
                                                 for p in o.added("posts")))
case("r28-100", lambda o: liked_in(o, LATTE) == {2, 5, 7, 8}
     and one_post(o, "Weekend foam game 💪", {2, 5, 7, 8}, LATTE, "instagram"),
     lambda o: len(o.added("posts")) > 1)
case("r28-101", lambda o: one_post(o, "Retro sunset tote - new in shop", {6, 8}, TOTE),
     lambda o: len(o.added("posts")) > 1 or any("text is" in _low(p.get("caption")) for p in o.added("posts")))
case("r28-102", lambda o: refuses(o, r"liked|none|\bno\b|nothing|\b0\b"), lambda o: bool(o.added("posts")))
case("r28-103", lambda o: answers(o, NONE + r"|post"), lambda o: bool(o.added("posts")))
case("r28-104", lambda o: one_post(o, "Fresh beans, fresh start", {2}, LATTE) and last_says(o, r"fresh beans"),
     lambda o: len(o.added("posts")) > 1)


def _two_posts(o: Outcome) -> bool:
    posts = o.added("posts")
    if len(posts) != 2:
        return False
    by_caption = {_cap(p.get("caption")): p for p in posts}
    a, b = by_caption.get(_cap("Sunset vibes only 🌴")), by_caption.get("Palm tree love")
    return bool(a and b) and post_items(o, a) == {(TOTE, 8)} and post_items(o, b) == {(TOTE, 6)}


case("r28-105", _two_posts, lambda o: len(o.added("posts")) > 2)
case("r28-106", lambda o: one_post(o, "My hoard is growing 🐉 #fantasyart", {1, 4}, DRAGON, "instagram")
     and last_says(o, r"\b1\b|\bone\b"),
     lambda o: len(o.added("posts")) > 1)

# -- credits ---------------------------------------------------------------------------------------

case("r28-107", lambda o: answers(o, r"\b492\b"))
case("r28-108", lambda o: answers(o, r"\b497\b"))
case("r28-109", lambda o: bool(made(o, LATTE, 30, r"caramel macchiato")) and o.spent == 30 and o.says(r"\b30\b"),
     lambda o: gens_added(o) and len(added_gens(o)) != 30)
case("r28-110", lambda o: answers(o, r"\b25\b"), lambda o: o.spent != 0)
case("r28-111", lambda o: answers(o, r"\b10\b"))
case("r28-112", lambda o: answers(o, r"captur|hold|spent|job|generat|credit"))
case("r28-113", lambda o: asked(o), lambda o: gens_added(o))
case("r28-114", lambda o: bool(made(o, LATTE, 5, r"mocha")) and last_says(o, r"\b487\b"),
     lambda o: gens_added(o) and len(added_gens(o)) != 5)
case("r28-115", lambda o: bool(made(o, CI, 10, r"noise")) and o.spent == 10 and last_says(o, r"\b487\b"),
     lambda o: gens_added(o) and len(added_gens(o)) != 10)
case("r28-116", lambda o: bool(made(o, TOTE, 2, r"lemon")) and sized(o, "1024x1024"),
     lambda o: len(added_gens(o)) >= 10 or prompt_has(o, r"ok then|like that"))

# -- questions about stored facts ------------------------------------------------------------------

case("r28-117", lambda o: answers(o, re.escape(gen(o, CI, 1).get("prompt") or "test pattern")), lambda o: gens_added(o))
case("r28-118", lambda o: answers(o, rf"\b{gen(o, CI, 1).get('seed', 1234)}\b"), lambda o: gens_added(o))
case("r28-119", lambda o: answers(o, re.escape(str(gen(o, CI, 2).get("model") or "procedural"))), lambda o: gens_added(o))
case("r28-120", lambda o: answers(o, re.escape(gen(o, CI, 3).get("prompt") or "gradient"),
                                  rf"\b{gen(o, CI, 3).get('seed')}\b",
                                  re.escape(str(gen(o, CI, 3).get("model") or "procedural"))),
     lambda o: gens_added(o))
case("r28-121", lambda o: bool(made(o, LATTE, 2, r"chai")) and last_says(o, r"\b10\b|\bten\b"),
     lambda o: gens_added(o) and len(added_gens(o)) != 2)
case("r28-122", lambda o: liked_in(o, ELF) == {2, 3} and liked_in(o, DRAGON) == {1, 4} and not gens_added(o)
     and last_says(o, r"\b4\b|\bfour\b"),
     lambda o: 2 in liked_in(o, DRAGON))
case("r28-123", lambda o: answers(o, TOTE))
case("r28-124", lambda o: answers(o, r"#?1\b", r"#?4\b"))
case("r28-125", lambda o: refuses(o, r"\b8\b|\b9\b|" + OUT_OF_RANGE))
case("r28-126", lambda o: answers(o, NONE + r"|project"), lambda o: bool(o.added("projects")))
case("r28-127", lambda o: answers(o, r"\b2\b|\btwo\b"))
case("r28-128", lambda o: answers(o, r"\b50\b|fifty"))
case("r28-129", lambda o: answers(o, r"yes|saved|shop") and last_says(o, r"\bno\b|not saved|isn't|is not|not in|unsaved|never"),
     lambda o: o.data_changed)
case("r28-130", lambda o: answers(o, r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|just now"))
case("r28-131", lambda o: answers(o, re.escape(gen(o, DRAGON, 1).get("prompt") or "red dragon sleeping on gold coins")))
case("r28-132", lambda o: indexes(remixed(o, 3, 1, ELF, r"autumn")) == {5} and last_says(o, r"#?3\b")
     and last_says(o, r"remix|variation|parent|from|based"),
     lambda o: len(added_gens(o)) > 1)
case("r28-133", lambda o: seeds(m := made(o, CI, 1, r"gradient")) == {99} and bool(m) and last_says(o, r"\b99\b"),
     lambda o: prompt_has(o, r"seed"))

# -- briefs and references -------------------------------------------------------------------------

case("r28-134", lambda o: asked(o) and o.says(MISSING + r"|fall1|refs"),
     lambda o: gens_added(o) or any(re.search(r"refs|jpg|brief|reference", _low(s.get("name"))) for s in o.added("sessions")))
case("r28-135", lambda o: ran_with(o, "cozy cafe mood") and not gens_added(o) and not renamed(o) and nothing_removed(o),
     lambda o: gens_added(o) or bool(renamed(o)))
case("r28-136", lambda o: answers(o, NONE + r"|brief"), lambda o: gens_added(o))
case("r28-137", lambda o: indexes(made(o, LATTE, 3, r"maple")) == {9, 10, 11},
     lambda o: prompt_has(o, r"from the brief|now generate"))
case("r28-138", lambda o: refuses(o), lambda o: bool(o.added("sessions")) or gens_added(o) or o.data_changed)
case("r28-139", lambda o: not gens_added(o) and nothing_removed(o)
     and (any(re.search(r"\b6\b", str(a)) for a in ran_args(o, r"ref|brief"))
          or (quiet(o) and o.says(r"referenc") and o.says(r"#?6\b"))),
     lambda o: gens_added(o))
case("r28-140", lambda o: _low((s := one_new_session(o)).get("name")) == "sea serpents" and _low(s.get("project")) == "bestiary"
     and bool(made(o, "sea serpents", 2, r"serpent")),
     lambda o: prompt_has(o, r"from the brief") or gen_in(o, ELF) or gen_in(o, DRAGON))
case("r28-141", lambda o: asked(o), lambda o: prompt_has(o, r"following the brief|the brief"))
case("r28-142", lambda o: ran_with(o, "teal background") and not gens_added(o) and last_says(o, r"teal"),
     lambda o: gens_added(o))

# -- undo ------------------------------------------------------------------------------------------

case("r28-143", lambda o: refuses(o, r"nothing|no .*undo|not .*changed|can't|cannot|yet"),
     lambda o: any(o.added(t) for t in ("sessions", "generations", "assets", "posts", "projects", "folders")))
case("r28-144", lambda o: not o.data_changed and bool(o.ran()) and not archived_in(o, LATTE) and not_lost(o),
     lambda o: not nothing_removed(o) or bool(o.modified("generations", "liked")))
case("r28-145", lambda o: not o.data_changed and bool(o.ran()) and liked_in(o, LATTE) == {2, 5, 7} and not_lost(o),
     lambda o: gens_added(o) or not nothing_removed(o))
case("r28-146", lambda o: not o.data_changed and bool(o.ran()) and bool(sess(o, DRAGON)) and not_lost(o),
     lambda o: not nothing_removed(o))
case("r28-147", lambda o: not o.added("assets") and not gen(o, TOTE, 2).get("saved_asset_id") and bool(o.ran())
     and nothing_removed(o) and len(assets_now(o, "Shop")) == 2,
     lambda o: bool(o.removed("assets")) or bool(o.removed("generations")))
case("r28-148", lambda o: (not gens_added(o) and bool(o.ran()) and nothing_removed(o))
     or (bool(made(o, LATTE, 2, r"matcha")) and o.says(CANT_UNDO)),
     lambda o: bool(o.removed("generations")) or bool(o.removed("sessions")) or len(added_gens(o)) > 2)

# -- search ----------------------------------------------------------------------------------------

case("r28-149", lambda o: answers(o, r"forest|archer") and not o.says(r"gold coins"), lambda o: gens_added(o))
case("r28-150", lambda o: answers(o, r"sunset"))
case("r28-151", lambda o: quiet(o) and not_lost(o), lambda o: gens_added(o))


def _palms(o: Outcome) -> bool:
    where = index_of(o)
    palms = [where.get(a.get("origin_generation_id")) for a in assets_now(o, "Palms")]
    return bool(palms) and all(p is not None and p[0] == TOTE and p[1] in (6, 7, 8) for p in palms) \
        and nothing_removed(o) and not gens_added(o)


case("r28-152", _palms,
     lambda o: any(where is None or where[0] != TOTE or where[1] not in (6, 7, 8)
                   for where in (index_of(o).get(a.get("origin_generation_id")) for a in assets_now(o, "Palms"))))

# -- reflection ------------------------------------------------------------------------------------

case("r28-153", lambda o: asks(o, r"reflect|25"), lambda o: o.spent != 0)
case("r28-154", lambda o: bool(sess(o, BEAN).get("reflection")) and o.spent == 25, lambda o: gens_added(o))
case("r28-155", lambda o: refuses(o, r"50|enough|at least|too few|only"),
     lambda o: o.spent != 0 or any(a.get("reflection") for _, a in o.modified("sessions", "reflection")))
case("r28-156", lambda o: quiet(o) and o.question is None and bool(o.replies) and not o.says(r"did not understand"),
     lambda o: o.spent != 0)

# -- delete, no session, odd names -----------------------------------------------------------------

case("r28-157", lambda o: asks(o, r"delet|dragon"), lambda o: not nothing_removed(o))
case("r28-158", lambda o: [_low(s.get("name")) for s in o.removed("sessions")] == [DRAGON]
     and len(o.removed("generations")) == 6 and len(gens(o, ELF)) == 4,
     lambda o: not sess(o, ELF) or len(gens(o, ELF)) != 4 or bool(o.removed("assets")))
case("r28-159", lambda o: refuses(o), lambda o: o.data_changed)
case("r28-160", lambda o: asked(o), lambda o: bool(o.added("sessions")))

assert len(CHECKS) == 160, len(CHECKS)
