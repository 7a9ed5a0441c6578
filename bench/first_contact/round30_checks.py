"""Checks for round 30 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only, by an
outside tester who never read the planner, the tools or the earlier corpora).

The 160 cases live in ``round30.yaml`` next to this file, outside the project; only their ids are
here. Every case runs in a fresh home (500 credits, the offline generator at 1 credit per image)
after one of six setups, each line run with every confirmation answered yes:

- EMPTY (no setup): nothing at all; 500 credits.
- COFFEE: ``new session Fall Menu`` / ``generate 8 images of a pumpkin spice latte on a wooden table``
  / ``like 2, 5 and 7``. Fall Menu #1-#8, liked {2, 5, 7}, nothing archived, no assets, folders or
  posts; 492 credits; current session Fall Menu.
- FANTASY: ``new session Dragon Hoard`` / ``generate 6 images of a red dragon sleeping on gold coins``
  / ``generate 4 images of an elven archer in a misty forest`` / ``like 1, 3 and 8`` / ``save the liked
  ones to folder Keepers``. Dragon Hoard #1-#6 dragons, #7-#10 archers, liked {1, 3, 8}, three assets
  (from #1, #3, #8) in folder Keepers; 490 credits; current Dragon Hoard.
- CI: ``new session ci-smoke`` / ``generate 3 images of a test pattern grid`` / ``new session
  ci-nightly`` / ``generate 2 images of a gradient sphere``. ci-smoke #1-#3, ci-nightly #1-#2; nothing
  liked; 495 credits; current (and most recent) ci-nightly.
- SHOP: ``new session Cat Mugs`` / ``generate 10 images of a cute cartoon cat for a mug print`` /
  ``like 1, 2, 3, 4 and 9`` / ``archive generations 6 and 10`` / ``new session Tote Bags`` /
  ``generate 4 images of minimalist mountain line art``. Cat Mugs #1-#10 (liked {1, 2, 3, 4, 9},
  archived {6, 10}), Tote Bags #1-#4; 486 credits; current Tote Bags.
- BIG: ``new session Latte Study`` / ``generate 50 images of latte art in a ceramic cup``. Latte Study
  #1-#50; 450 credits; current Latte Study.

How the checks read an outcome:

- Session, folder, project and tag names are compared without regard to case (and a folder or
  project given as an id is looked up in ``folders`` / ``projects``).
- "Saved to folder X" is judged on what the folder holds afterwards (by the generation each asset
  came from), with no asset removed, so saving again or moving both count.
- Where ``meant`` is "asks first" (delete, big batches, 50 likes, reflections) and no answer follows,
  a waiting confirmation with nothing changed is what was meant.
- For a request that must change nothing, meant is ``quiet`` plus a specific refusal (``not_lost``);
  when ``ok_to_ask`` is true, a waiting question with nothing changed is accepted explicitly.
- Where the state export cannot show an effect (a brief, a reference), the check reads the calls that
  ran, without requiring a particular tool name beyond "ref" or "brief" in it.
- Undo cases are judged on the final state: the first line ran, and nothing is different at the end.

Every check is total: helpers use ``.get()`` with defaults, and ``case`` wraps each lambda so that
an unexpected shape of the state counts as "does not hold" instead of raising.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def _total(fn):
    if fn is None:
        return None

    def safe(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:  # a check must never raise: an unexpected state is "does not hold"
            return False

    return safe


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(_total(meant), _total(wrong))


# -- names of the setups' sessions ---------------------------------------------------------------

FALL, DRAGON, SMOKE, NIGHTLY, CATS, TOTES, LATTE = (
    "fall menu", "dragon hoard", "ci-smoke", "ci-nightly", "cat mugs", "tote bags", "latte study")

NONE = (r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|do not have"
        r"|empty|nothing|not yet|haven't|have not")
MISSING = (r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find"
           r"|could not find|unable to (find|read|open)")
CANT_UNDO = r"can(?:no|')t be undone|cannot undo|can't undo|not be undone|cannot be restored|can't restore|no undo|unable"
FEW = r"50|enough|at least|too few|minimum|only \d+"


# -- small readings --------------------------------------------------------------------------------

def _low(value) -> str:
    return str(value if value is not None else "").strip().lower()


def _state(o: Outcome, when: str = "after") -> dict:
    return (o.after if when == "after" else o.before) or {}


def _table(o: Outcome, table: str, when: str = "after") -> list[dict]:
    return [r for r in (_state(o, when).get(table) or []) if isinstance(r, dict)]


def _named(o: Outcome, table: str, value, when: str = "after") -> str:
    """A folder/project value as a lower-cased name (ids are looked up)."""
    for row in _table(o, table, when):
        if value is not None and str(row.get("id")) == str(value):
            return _low(row.get("name"))
    return _low(value)


def sids(o: Outcome, name: str, when: str = "after") -> set:
    return {s.get("id") for s in _table(o, "sessions", when) if _low(s.get("name")) == _low(name)}


def sess(o: Outcome, name: str) -> dict:
    return next((s for s in _table(o, "sessions") if _low(s.get("name")) == _low(name)), {})


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    ids = sids(o, name, when)
    return [g for g in _table(o, "generations", when) if g.get("session_id") in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict:
    return next((g for g in gens(o, name, when) if g.get("index") == index), {})


def liked_in(o: Outcome, name: str) -> set:
    return {g.get("index") for g in gens(o, name) if g.get("liked")}


def archived_in(o: Outcome, name: str) -> set:
    return {g.get("index") for g in gens(o, name) if g.get("archived")}


def indexes(rows: list[dict]) -> set:
    return {g.get("index") for g in rows}


def added(o: Outcome, table: str) -> list[dict]:
    return o.added(table)


def gens_added(o: Outcome) -> bool:
    return bool(added(o, "generations"))


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(_low(s.get("status") or "active") == "active" for s in _table(o, "sessions"))


def status(o: Outcome, name: str) -> str:
    return _low(sess(o, name).get("status"))


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b.get("name")), _low(a.get("name"))) for b, a in o.modified("sessions", "name")]


def new_names(o: Outcome) -> list[str]:
    return [_low(s.get("name")) for s in added(o, "sessions")]


def one_new(o: Outcome) -> dict:
    new = added(o, "sessions")
    return new[0] if len(new) == 1 else {}


def new_sess(o: Outcome, *names: str) -> bool:
    """Exactly one new session, named one of ``names`` (any case), current, nothing generated."""
    wanted = {_low(n) for n in names}
    names_now = new_names(o)
    return len(names_now) == 1 and names_now[0] in wanted and _low(o.current) in wanted and not gens_added(o) \
        and not o.modified("sessions") and nothing_removed(o)


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (prompts matching ``prompt``)."""
    ids = sids(o, name)
    new = added(o, "generations")
    mine = [g for g in new if g.get("session_id") in ids]
    if len(mine) != count or len(new) != count:
        return []
    if prompt and not all(re.search(prompt, g.get("prompt") or "", re.IGNORECASE) for g in mine):
        return []
    return mine


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g.get("prompt") or "", re.IGNORECASE) for g in added(o, "generations"))


def new_in(o: Outcome, name: str) -> list[dict]:
    ids = sids(o, name)
    return [g for g in added(o, "generations") if g.get("session_id") in ids]


def index_of(o: Outcome) -> dict:
    """generation id -> (lower-cased session name, index) after the say lines."""
    names = {s.get("id"): _low(s.get("name")) for s in _table(o, "sessions")}
    return {g.get("id"): (names.get(g.get("session_id")), g.get("index")) for g in _table(o, "generations")}


def parents(o: Outcome) -> list:
    """(session, index) of the parent of each new generation (None when it has none)."""
    where = index_of(o)
    return [where.get(g.get("parent_id")) if g.get("parent_id") else None for g in added(o, "generations")]


def remixed(o: Outcome, parent: int, count: int, name: str, words: str = r".") -> list[dict]:
    where = index_of(o)
    new = added(o, "generations")
    good = [g for g in new if where.get(g.get("parent_id")) == (_low(name), parent)
            and re.search(words, g.get("prompt") or "", re.IGNORECASE)]
    return good if len(new) == count and len(good) == count else []


def folder_of(o: Outcome, asset: dict) -> str:
    return _named(o, "folders", asset.get("folder"))


def in_folder(o: Outcome, folder: str) -> list[dict]:
    return [a for a in _table(o, "assets") if folder_of(o, a) == _low(folder)]


def origins(o: Outcome, assets: list[dict]) -> set:
    where = index_of(o)
    return {where.get(a.get("origin_generation_id")) for a in assets}


def folder_holds(o: Outcome, folder: str, name: str) -> set:
    """Indexes (in session ``name``) of the generations the assets now in ``folder`` came from."""
    return {x[1] for x in origins(o, in_folder(o, folder)) if x and x[0] == _low(name)}


def saved(o: Outcome, expected: set, folder: str, name: str) -> bool:
    """Folder ``folder`` now holds exactly ``expected`` of session ``name`` (and nothing else), nothing lost."""
    held = in_folder(o, folder)
    return bool(held) and origins(o, held) == {(_low(name), i) for i in expected} \
        and nothing_removed(o) and not gens_added(o)


def tags_of(asset: dict) -> set:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"\s*,\s*", tags)
    return {_low(t) for t in tags if _low(t)}


def all_tagged(assets: list[dict], *tags: str) -> bool:
    return bool(assets) and all({_low(t) for t in tags} <= tags_of(a) for a in assets)


def keepers(o: Outcome) -> list[dict]:
    return in_folder(o, "Keepers")


def newly_liked(o: Outcome) -> set:
    return {g.get("index") for g in o.newly("liked", True)}


def likes_changed(o: Outcome) -> bool:
    return bool(o.modified("generations", "liked"))


def liked_only(o: Outcome, name: str, expected: set) -> bool:
    return liked_in(o, name) == expected and not gens_added(o) and not added(o, "assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def _ran(o: Outcome, pattern: str) -> list[dict]:
    """Args of calls that ran without error whose tool name matches ``pattern``."""
    out, position = [], 0
    for called, args in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2] and re.search(pattern, called or ""):
                out.append(args)
            position += 1
    return out


def ran_tool(o: Outcome, pattern: str) -> bool:
    return bool(_ran(o, pattern))


def ran_with(o: Outcome, *texts: str, tool: str = r".") -> bool:
    return any(all(t.lower() in str(a).lower() for t in texts) for a in _ran(o, tool))


def called_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n or "") for n in o.names())


def asks(o: Outcome, tool: str = r".") -> bool:
    """A confirmation is waiting about a call of ``tool`` and nothing changed yet."""
    return quiet(o) and o.question is not None and called_like(o, tool)


def asked_or_refused(o: Outcome) -> bool:
    """ok_to_ask: a waiting question, or a specific refusal, and nothing changed."""
    return quiet(o) and (o.question is not None or not_lost(o))


def answers(o: Outcome, *patterns: str) -> bool:
    return quiet(o) and not o.says(r"did not understand|didn't understand") and all(o.says(p) for p in patterns)


def last_reply(o: Outcome) -> str:
    return (o.replies or [""])[-1] or ""


def last_says(o: Outcome, pattern: str) -> bool:
    return re.search(pattern, last_reply(o) + "\n" + (o.question or ""), re.IGNORECASE) is not None


def says_first(o: Outcome, first: str, second: str) -> bool:
    text = o.text.lower()
    a, b = text.find(first.lower()), text.find(second.lower())
    return a >= 0 and (b < 0 or a < b)


def sized(o: Outcome, width: int, height: int) -> bool:
    for _, args in o.calls:
        text = str(args)
        if re.search(rf"{width}\s*[x×,]\s*{height}", text):
            return True
        if str(args.get("width")) == str(width) and str(args.get("height")) == str(height):
            return True
        size = args.get("size")
        if isinstance(size, (list, tuple)) and [str(v) for v in size[:2]] == [str(width), str(height)]:
            return True
    return False


def undone(o: Outcome, tool: str) -> bool:
    """The first line's tool ran, and at the end nothing is different from before the say lines."""
    return ran_tool(o, tool) and not o.data_changed


def post_items(o: Outcome, post: dict) -> set:
    assets = {a.get("id"): a for a in _table(o, "assets")}
    return origins(o, [assets.get(i) or {} for i in (post.get("asset_ids") or [])])


def one_post(o: Outcome, caption: str, items: set, name: str, **fields) -> bool:
    posts = added(o, "posts")
    return len(posts) == 1 and (posts[0].get("caption") or "").strip() == caption \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def seed_text(o: Outcome, name: str, index: int) -> str:
    seed = gen(o, name, index).get("seed")
    return rf"\b{seed}\b" if seed is not None else r"\u0000never"


def reflected(o: Outcome, name: str) -> bool:
    reflection = sess(o, name).get("reflection")
    return isinstance(reflection, dict) and bool(reflection.get("summary"))


def reflection_written(o: Outcome) -> bool:
    return any(a.get("reflection") for _, a in o.modified("sessions", "reflection"))


# -- sessions ------------------------------------------------------------------------------------

case("r30-001", lambda o: _low(one_new(o).get("name")) in ("pumpkin spice launch", "the pumpkin spice launch")
     and bool(made(o, one_new(o).get("name") or "", 4, r"pumpkin spice latte")) and prompt_has(o, r"whipped")
     and o.spent == 4,
     lambda o: len(added(o, "sessions")) > 1 or any(re.search(r"pls|☕", n) for n in new_names(o))
     or (gens_added(o) and len(added(o, "generations")) != 4))
case("r30-002", lambda o: new_sess(o, "Wyrmwood Chronicles"),
     lambda o: gens_added(o) or len(added(o, "sessions")) > 1
     or any(re.search(r"for me|it's|thanks|comic", n) for n in new_names(o)))
case("r30-003", lambda o: new_sess(o, "nightly-build-2025-06-01"),
     lambda o: gens_added(o) or any(n != "nightly-build-2025-06-01" for n in new_names(o)))
case("r30-004", lambda o: new_sess(o, "Mugs and Shirts"),
     lambda o: len(added(o, "sessions")) > 1 or any(n in ("mugs", "shirts") for n in new_names(o)) or gens_added(o))
case("r30-005", lambda o: new_sess(o, "Holiday Cups 2025") and _low(one_new(o).get("kind")) == "visual_feed"
     and _named(o, "projects", one_new(o).get("project")) == "winter campaign",
     lambda o: gens_added(o) or any(re.search(r"project|kind", n) for n in new_names(o)))
case("r30-006", lambda o: new_sess(o, "Dragon Flight Teaser") and _low(one_new(o).get("kind")) == "video",
     lambda o: gens_added(o) or any(re.search(r"wyvern|loops|cliffs", n) for n in new_names(o)))
case("r30-007", lambda o: new_sess(o, "ci-artifacts") and _low(one_new(o).get("kind")) == "container",
     lambda o: gens_added(o) or any("kind" in n for n in new_names(o)))
case("r30-008", lambda o: new_sess(o, "Everything Except Dogs"),
     lambda o: len(added(o, "sessions")) > 1 or any(n in ("everything", "dogs") or "pls" in n for n in new_names(o))
     or gens_added(o))
case("r30-009", lambda o: indexes(made(o, SMOKE, 2, r"test pattern")) == {4, 5} and _low(o.current) == SMOKE
     and not added(o, "sessions"),
     lambda o: bool(new_in(o, NIGHTLY)) or bool(added(o, "sessions")) or prompt_has(o, r"more of the same|^\s*2 more"))
case("r30-010", lambda o: quiet(o) and _low(o.current) == CATS,
     lambda o: bool(added(o, "sessions")) or gens_added(o))
case("r30-011", lambda o: renamed(o) == [(FALL, "fall menu final v2")] and o.says(r"Fall Menu FINAL v2")
     and not added(o, "sessions") and not gens_added(o) and not o.modified("generations"),
     lambda o: bool(added(o, "sessions")) or gens_added(o) or bool(o.modified("generations")))
case("r30-012", lambda o: renamed(o) == [(DRAGON, "hoard & hunters")] and not added(o, "sessions") and not gens_added(o),
     lambda o: bool(added(o, "sessions")) or gens_added(o)
     or any(re.search(r"\bta\b|\?", new) for _, new in renamed(o)))
case("r30-013", lambda o: status(o, SMOKE) == "archived" and status(o, NIGHTLY) == "active" and nothing_removed(o)
     and not gens_added(o),
     lambda o: status(o, NIGHTLY) == "archived" or not nothing_removed(o))
case("r30-014", lambda o: ran_tool(o, r"archive") and sessions_active(o) and nothing_removed(o) and not gens_added(o)
     and not added(o, "sessions"),
     lambda o: not nothing_removed(o) or status(o, TOTES) == "archived" or status(o, CATS) != "active")
case("r30-015", lambda o: answers(o, r"tote bags"), lambda o: o.data_changed)
case("r30-016", lambda o: answers(o, r"ci-nightly") and says_first(o, "ci-nightly", "ci-smoke"),
     lambda o: o.data_changed or (quiet(o) and o.says(r"ci-smoke") and not o.says(r"ci-nightly")))
case("r30-017", lambda o: new_names(o) == ["matcha menu"] and bool(made(o, "Matcha Menu", 3, r"matcha"))
     and _low(o.current) == FALL and len(gens(o, FALL)) == 8,
     lambda o: bool(new_in(o, FALL)) or len(added(o, "sessions")) > 1)
case("r30-018", lambda o: new_names(o) == ["sunken temple"]
     and _named(o, "projects", one_new(o).get("project")) == "tidebound"
     and bool(made(o, "Sunken Temple", 4, r"ruin|jellyfish")),
     lambda o: len(added(o, "sessions")) > 1 or prompt_has(o, r"from that brief|lovely")
     or (gens_added(o) and len(added(o, "generations")) != 4))
case("r30-019", lambda o: new_names(o) == ["build #42"] and bool(made(o, "build #42", 2, r"badge")),
     lambda o: any(n == "build" for n in new_names(o)) or len(added(o, "sessions")) > 1
     or bool(o.modified("generations")))
case("r30-020", lambda o: asks(o, r"delete"), lambda o: not nothing_removed(o))
case("r30-021", lambda o: [_low(s.get("name")) for s in o.removed("sessions")] == [SMOKE]
     and len(o.removed("generations")) == 3 and len(gens(o, NIGHTLY)) == 2 and not o.removed("assets"),
     lambda o: not sess(o, NIGHTLY) or len(gens(o, NIGHTLY)) != 2)
case("r30-022", lambda o: asked_or_refused(o) and not added(o, "sessions"),
     lambda o: bool(added(o, "sessions")))
case("r30-023", lambda o: asked_or_refused(o), lambda o: bool(renamed(o)))
case("r30-024", lambda o: renamed(o) == [(NIGHTLY, "ci-nightly-2")]
     and indexes(made(o, "ci-nightly-2", 1, r"gradient sphere")) == {3} and not added(o, "sessions"),
     lambda o: bool(added(o, "sessions")) or bool(new_in(o, SMOKE)))
case("r30-025", lambda o: answers(o, r"dragon hoard"), lambda o: o.data_changed)
case("r30-026", lambda o: [(_low(b.get("name")), _named(o, "projects", a.get("project")))
                           for b, a in o.modified("sessions", "project")] == [(LATTE, "latte art program")]
     and not renamed(o) and not gens_added(o),
     lambda o: bool(renamed(o)) or gens_added(o))
case("r30-027", lambda o: sorted(new_names(o)) == ["cold brew summer", "iced tea promo"]
     and _low(o.current) == "iced tea promo" and o.says(r"cold brew summer") and o.says(r"iced tea promo")
     and not gens_added(o),
     lambda o: gens_added(o) or len(added(o, "sessions")) > 2)
case("r30-028", lambda o: new_names(o) == ["perf-regress"] and _low(o.current) == SMOKE
     and last_says(o, r"ci-smoke") and not gens_added(o),
     lambda o: gens_added(o) or len(added(o, "sessions")) > 1)
case("r30-029", lambda o: status(o, CATS) == "archived" and status(o, TOTES) == "active" and nothing_removed(o)
     and o.says(r"tote bags"),
     lambda o: not nothing_removed(o) or status(o, TOTES) == "archived")
case("r30-030", lambda o: new_sess(o, "Moonlit Familiars", "Moonlit Familiars 🌙") and last_says(o, r"moonlit familiars"),
     lambda o: gens_added(o) or len(added(o, "sessions")) > 1)
case("r30-031", lambda o: new_sess(o, "Q4 Pastry Push") and _low(one_new(o).get("kind")) == "visual_feed"
     and _low(one_new(o).get("campaign")) == "holiday 2025",
     lambda o: gens_added(o) or any(re.search(r"kind|campaign", n) for n in new_names(o)))
case("r30-032", lambda o: asked_or_refused(o) and _low(o.current) == DRAGON,
     lambda o: bool(added(o, "sessions")) or o.data_changed)
case("r30-033", lambda o: asked_or_refused(o),
     lambda o: len([s for s in _table(o, "sessions") if _low(s.get("name")) == NIGHTLY]) > 1)

# -- generating ----------------------------------------------------------------------------------

case("r30-034", lambda o: indexes(made(o, FALL, 4, r"macc?hiato")) == {9, 10, 11, 12}
     and liked_in(o, FALL) == {2, 5, 7, 9, 11} and not added(o, "sessions"),
     lambda o: bool({10, 12} & liked_in(o, FALL)) or bool(added(o, "sessions")))
case("r30-035", lambda o: indexes(made(o, FALL, 4, r"pumpkin spice")) == {9, 10, 11, 12} and not added(o, "sessions"),
     lambda o: prompt_has(o, r"\bmore\b|\bpls\b") or (gens_added(o) and len(added(o, "generations")) != 4)
     or bool(added(o, "sessions")))
case("r30-036", lambda o: indexes(made(o, NIGHTLY, 2, r"gradient sphere")) == {3, 4},
     lambda o: prompt_has(o, r"^\s*again\s*$") or bool(new_in(o, SMOKE)))
case("r30-037", lambda o: bool(m := made(o, NIGHTLY, 5, r"checkerboard")) and any(str(g.get("seed")) == "1234" for g in m)
     and sized(o, 512, 768),
     lambda o: prompt_has(o, r"seed|512x768|\bsize\b") or (gens_added(o) and len(added(o, "generations")) != 5))
case("r30-038", lambda o: bool(m := made(o, NIGHTLY, 3, r"wireframe cube")) and any(str(g.get("seed")) == "99" for g in m)
     and not prompt_has(o, r"--seed|\b99\b"),
     lambda o: prompt_has(o, r"--seed|'"))


def _cafe(o: Outcome) -> bool:
    new = added(o, "generations")
    if len(new) != 6 or len({g.get("session_id") for g in new}) != 1 or len(added(o, "sessions")) > 1:
        return False
    if not all(re.search(r"cafe window", g.get("prompt") or "", re.I) for g in new):
        return False
    return {g.get("index") for g in new if g.get("liked")} == {1, 4} and o.spent == 6


case("r30-039", _cafe, lambda o: prompt_has(o, r"^\s*make\b|\bpics\b") or len(added(o, "sessions")) > 1)
case("r30-040", lambda o: indexes(remixed(o, 3, 3, DRAGON, r"moon")) == {11, 12, 13} and not likes_changed(o),
     lambda o: (gens_added(o) and len(added(o, "generations")) != 3)
     or any(p != (DRAGON, 3) for p in parents(o)) or prompt_has(o, r"no rush|chef"))
case("r30-041", lambda o: indexes(remixed(o, 5, 1, FALL, r"cinnamon")) == {9} and liked_in(o, FALL) == {2, 5, 7, 9},
     lambda o: len(added(o, "generations")) > 1 or bool(liked_in(o, FALL) - {2, 5, 7, 9})
     or not {2, 5, 7} <= liked_in(o, FALL))
case("r30-042", lambda o: bool(remixed(o, 9, 2, CATS)),
     lambda o: (gens_added(o) and len(added(o, "generations")) != 2) or any(p != (CATS, 9) for p in parents(o)))
case("r30-043", lambda o: bool(m := made(o, NIGHTLY, 2, r"low poly fox"))
     and all(re.search(r"procedural", str(g.get("model") or g.get("provider") or ""), re.I) for g in m),
     lambda o: prompt_has(o, r"--model|procedural"))
case("r30-044", lambda o: asked_or_refused(o), lambda o: gens_added(o))
case("r30-045", lambda o: refuses(o), lambda o: gens_added(o) or bool(added(o, "sessions")))
case("r30-046", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r30-047", lambda o: refuses(o), lambda o: gens_added(o) or o.spent != 0)
case("r30-048", lambda o: asks(o, r"generate") and "25" in str(o.calls), lambda o: gens_added(o))
case("r30-049", lambda o: bool(made(o, FALL, 25, r"cold brew")) and o.spent == 25,
     lambda o: gens_added(o) and len(added(o, "generations")) != 25)
case("r30-050", lambda o: bool(made(o, DRAGON, 2, r"archer")) and sized(o, 768, 1024),
     lambda o: prompt_has(o, r"print layout|768|please|orientation")
     or (gens_added(o) and len(added(o, "generations")) != 2))
case("r30-051", lambda o: indexes(made(o, TOTES, 6, r"cat sleeping")) == {5, 6, 7, 8, 9, 10} and sized(o, 1024, 1024),
     lambda o: bool(new_in(o, CATS)) or prompt_has(o, r"\bsize\b|1024"))
case("r30-052", lambda o: indexes(made(o, CATS, 3, r"cartoon cat")) == {11, 12, 13} and _low(o.current) == CATS,
     lambda o: bool(new_in(o, TOTES)) or prompt_has(o, r"more of same"))
case("r30-053", lambda o: new_names(o) == ["barista stories"] and bool(m := made(o, "Barista Stories", 1, r"barista"))
     and all(re.search(r"blurry", g.get("negative_prompt") or "", re.I)
             and re.search(r"text", g.get("negative_prompt") or "", re.I) for g in m),
     lambda o: prompt_has(o, r"blurry|negative"))
case("r30-054", lambda o: bool(m := made(o, NIGHTLY, 1, r"sphere")) and str(m[0].get("seed")) == "9223372036854775807",
     lambda o: prompt_has(o, r"\d{10,}")
     or any(str(g.get("seed")) != "9223372036854775807" for g in added(o, "generations")))
case("r30-055", lambda o: refuses(o), lambda o: gens_added(o))


def _golems(o: Outcome) -> bool:
    m = made(o, DRAGON, 5, r"golem")
    return indexes(m) == {11, 12, 13, 14, 15} and all(re.search(r"dusk", gen(o, DRAGON, i).get("prompt") or "", re.I)
                                                      for i in (14, 15))


case("r30-056", _golems, lambda o: (gens_added(o) and len(added(o, "generations")) != 5)
     or prompt_has(o, r"\bhmm\b|more of those"))


def _gingerbread(o: Outcome) -> bool:
    m = made(o, FALL, 6, r"gingerbread")
    return indexes(m) == set(range(9, 15)) and all(re.search(r"snow", gen(o, FALL, i).get("prompt") or "", re.I)
                                                   for i in (12, 13, 14))


case("r30-057", _gingerbread,
     lambda o: prompt_has(o, r"\bagain\b") or (gens_added(o) and len(added(o, "generations")) != 6))
case("r30-058", lambda o: len(added(o, "generations")) == 2 and sorted(parents(o), key=str) == [(CATS, 2), (CATS, 4)],
     lambda o: (gens_added(o) and len(added(o, "generations")) != 2)
     or any(p not in ((CATS, 2), (CATS, 4)) for p in parents(o)))
case("r30-059", lambda o: new_names(o) == ["t-shirt designs"] and bool(made(o, "T-Shirt Designs", 4, r"sun and moon"))
     and sized(o, 1024, 1024),
     lambda o: (gens_added(o) and not prompt_has(o, r"moon")) or len(added(o, "sessions")) > 1
     or (gens_added(o) and len(added(o, "generations")) != 4))
case("r30-060", lambda o: bool(m := made(o, DRAGON, 1, r"elven archer")) and str(m[0].get("seed")) == "2024",
     lambda o: len(added(o, "generations")) > 1 or any(str(g.get("seed")) != "2024" for g in added(o, "generations")))
case("r30-061", lambda o: len(added(o, "generations")) == 3 and len(new_in(o, FALL)) == 3
     and sorted(parents(o), key=str) == [(FALL, 2), (FALL, 5), (FALL, 7)],
     lambda o: (gens_added(o) and len(added(o, "generations")) != 3)
     or any(p not in ((FALL, 2), (FALL, 5), (FALL, 7)) for p in parents(o)))
case("r30-062", lambda o: indexes(made(o, SMOKE, 3, r"gradient sphere")) == {4, 5, 6},
     lambda o: bool(new_in(o, NIGHTLY)) or prompt_has(o, r"ci-smoke"))
case("r30-063", lambda o: indexes(made(o, NIGHTLY, 4, r"noise texture")) == {3, 4, 5, 6},
     lambda o: (gens_added(o) and len(added(o, "generations")) != 4) or prompt_has(o, r"\bmore\b|\bseed\b"))
case("r30-064", lambda o: new_names(o) == ["bestiary sketches"] and bool(made(o, "Bestiary Sketches", 5, r"mushroom"))
     and liked_in(o, "Bestiary Sketches") == {2, 4},
     lambda o: len(added(o, "sessions")) > 1 or bool(liked_in(o, "Bestiary Sketches") - {2, 4}))
case("r30-065", lambda o: indexes(made(o, TOTES, 8, r"wave")) == set(range(5, 13)),
     lambda o: prompt_has(o, r"one more time") or bool(new_in(o, CATS))
     or (gens_added(o) and len(added(o, "generations")) != 8))

# -- likes ---------------------------------------------------------------------------------------

case("r30-066", lambda o: liked_only(o, FALL, {1, 2, 5, 7, 8}) and o.says(r"\b5\b|\bfive\b"),
     lambda o: bool(liked_in(o, FALL) - {1, 2, 5, 7, 8}) or not {2, 5, 7} <= liked_in(o, FALL))
case("r30-067", lambda o: liked_in(o, DRAGON) == {1, 3, 9, 10} and not gens_added(o) and nothing_removed(o),
     lambda o: bool(liked_in(o, DRAGON) - {1, 3, 8, 9, 10}) or not {1, 3} <= liked_in(o, DRAGON)
     or bool(o.removed("assets")))
case("r30-068", lambda o: liked_in(o, CATS) in ({1, 2, 3, 4, 6, 8, 9, 10}, {1, 2, 3, 4, 8, 9}) and not liked_in(o, TOTES)
     and not gens_added(o) and nothing_removed(o),
     lambda o: bool({5, 7} & liked_in(o, CATS)) or bool(liked_in(o, TOTES)))
case("r30-069", lambda o: liked_only(o, SMOKE, {1, 2, 3}) and not liked_in(o, NIGHTLY),
     lambda o: bool(liked_in(o, NIGHTLY)))
case("r30-070", lambda o: liked_only(o, FALL, {2, 3, 4, 5, 6, 7, 8}), lambda o: 1 in liked_in(o, FALL))
case("r30-071", lambda o: liked_only(o, DRAGON, {1, 3, 8, 9, 10}),
     lambda o: bool(liked_in(o, DRAGON) - {1, 3, 8, 9, 10}) or not {1, 3, 8} <= liked_in(o, DRAGON))
case("r30-072", lambda o: liked_in(o, CATS) == {2} and not liked_in(o, TOTES) and not gens_added(o) and nothing_removed(o),
     lambda o: bool(liked_in(o, TOTES)))
case("r30-073", lambda o: refuses(o), lambda o: bool(newly_liked(o)))
case("r30-074", lambda o: asked_or_refused(o), lambda o: likes_changed(o))
case("r30-075", lambda o: asked_or_refused(o), lambda o: likes_changed(o))
case("r30-076", lambda o: liked_in(o, NIGHTLY) == {2} and liked_in(o, SMOKE) == {3} and not gens_added(o),
     lambda o: 3 in liked_in(o, NIGHTLY) or 2 in liked_in(o, SMOKE))
case("r30-077", lambda o: liked_only(o, CATS, {1, 2, 3, 4, 5, 7, 8, 9}) and _low(o.current) == CATS
     and not liked_in(o, TOTES),
     lambda o: bool(liked_in(o, TOTES)))
case("r30-078", lambda o: liked_only(o, FALL, {2, 4, 5, 7}), lambda o: 3 in liked_in(o, FALL))
case("r30-079", lambda o: liked_only(o, LATTE, set(range(10, 21))),
     lambda o: bool(liked_in(o, LATTE) - set(range(10, 21))))
case("r30-080", lambda o: asks(o, r"like"), lambda o: likes_changed(o))
case("r30-081", lambda o: liked_only(o, LATTE, set(range(1, 51))),
     lambda o: gens_added(o) or bool(o.modified("generations", "archived")))
case("r30-082", lambda o: refuses(o), lambda o: bool(added(o, "sessions")) or gens_added(o))

# -- selections ----------------------------------------------------------------------------------

case("r30-083", lambda o: saved(o, {2, 5}, "Insta Drafts", FALL) or asked_or_refused(o),
     lambda o: bool(folder_holds(o, "Insta Drafts", FALL) - {2, 5}) or len(added(o, "assets")) > 2)
case("r30-084", lambda o: archived_in(o, DRAGON) == {2, 4, 5, 6} and sessions_active(o) and nothing_removed(o),
     lambda o: bool({1, 3} & archived_in(o, DRAGON)) or not sessions_active(o))
case("r30-085", lambda o: saved(o, {1, 2, 3, 4}, "Etsy Listings", CATS) and o.says(r"\b4\b|\bfour\b|cat"),
     lambda o: 9 in folder_holds(o, "Etsy Listings", CATS)
     or any("except" in folder_of(o, a) for a in _table(o, "assets")))
case("r30-086", lambda o: archived_in(o, SMOKE) == {1, 2} and not archived_in(o, NIGHTLY) and sessions_active(o)
     and nothing_removed(o),
     lambda o: 3 in archived_in(o, SMOKE) or bool(archived_in(o, NIGHTLY)) or not sessions_active(o))
case("r30-087", lambda o: saved(o, {7, 8}, "Stories", FALL) and all_tagged(in_folder(o, "Stories"), "story", "fall"),
     lambda o: bool(folder_holds(o, "Stories", FALL) - {7, 8})
     or any("story, fall" in tags_of(a) or "story fall" in tags_of(a) for a in _table(o, "assets")))
case("r30-088", lambda o: saved(o, {7, 8, 9}, "Rangers", DRAGON) or asked_or_refused(o),
     lambda o: bool(folder_holds(o, "Rangers", DRAGON) - {7, 8, 9}))
case("r30-089", lambda o: saved(o, set(range(1, 6)) | set(range(45, 51)), "Latte Art Picks", LATTE),
     lambda o: bool(folder_holds(o, "Latte Art Picks", LATTE) - (set(range(1, 6)) | set(range(45, 51)))))
case("r30-090", lambda o: refuses(o), lambda o: bool(added(o, "assets")) or bool(added(o, "folders")))
case("r30-091", lambda o: archived_in(o, CATS) == {5, 6, 7, 8, 10} and liked_in(o, CATS) == {1, 2, 3, 4, 9}
     and not archived_in(o, TOTES) and sessions_active(o) and nothing_removed(o),
     lambda o: bool({1, 2, 3, 4, 9} & archived_in(o, CATS)) or bool(archived_in(o, TOTES)) or not sessions_active(o))
case("r30-092", lambda o: liked_only(o, SMOKE, {1, 3}) and not liked_in(o, NIGHTLY),
     lambda o: 2 in liked_in(o, SMOKE) or bool(liked_in(o, NIGHTLY)))
case("r30-093", lambda o: liked_in(o, DRAGON) == {1, 3, 4, 5, 6, 8} and archived_in(o, DRAGON) == {2, 7, 9, 10}
     and sessions_active(o) and nothing_removed(o) and not gens_added(o),
     lambda o: bool(liked_in(o, DRAGON) & archived_in(o, DRAGON)) or not sessions_active(o))
case("r30-094", lambda o: len(made(o, FALL, 4, r"peppermint mocha")) == 4 and liked_in(o, FALL) == {2, 5, 7, 11, 12}
     and origins(o, in_folder(o, "Holiday")) == {(FALL, 11), (FALL, 12)} and nothing_removed(o),
     lambda o: bool({2, 5, 7} & folder_holds(o, "Holiday", FALL)))
case("r30-095", lambda o: liked_in(o, LATTE) == {1, 2, 3, 4, 5} and not gens_added(o)
     and (origins(o, in_folder(o, "Best Three")) == {(LATTE, 1), (LATTE, 2), (LATTE, 3)}
          or (not added(o, "assets") and (o.question is not None or not_lost(o)))),
     lambda o: bool({4, 5} & folder_holds(o, "Best Three", LATTE)))

# -- archive / unarchive -------------------------------------------------------------------------

case("r30-096", lambda o: not archived_in(o, CATS) and not likes_changed(o) and nothing_removed(o) and not gens_added(o),
     lambda o: likes_changed(o) or any(g.get("session_id") in sids(o, TOTES) for _, g in o.modified("generations")))
case("r30-097", lambda o: archived_in(o, FALL) == {1, 3, 4} and sessions_active(o) and nothing_removed(o)
     and o.says(r"\b3\b|\bthree\b"),
     lambda o: bool({2, 5, 7} & archived_in(o, FALL)) or not sessions_active(o))
case("r30-098", lambda o: undone(o, r"archive"), lambda o: not nothing_removed(o) or likes_changed(o))
case("r30-099", lambda o: quiet(o) and not_lost(o), lambda o: o.data_changed)
case("r30-100", lambda o: answers(o, r"#?6\b", r"#?10\b") and _low(o.current) == CATS, lambda o: o.data_changed)

# -- library -------------------------------------------------------------------------------------

case("r30-101", lambda o: saved(o, {2, 5, 7}, "Instagram - Fall", FALL) and o.says(r"Instagram - Fall"),
     lambda o: any(folder_of(o, a) in ("instagram", "fall") for a in _table(o, "assets")))
case("r30-102", lambda o: answers(o, r"\b3\b|\bthree\b|dragon|archer"), lambda o: o.data_changed)
case("r30-103", lambda o: len(keepers(o)) == 3 and all_tagged(keepers(o), "print-ready", "a4")
     and not added(o, "assets") and nothing_removed(o),
     lambda o: any("print-ready and a4" in tags_of(a) for a in _table(o, "assets")) or bool(added(o, "assets"))
     or not nothing_removed(o))
case("r30-104", lambda o: saved(o, {1, 2, 3}, "Etsy", CATS) and all_tagged(in_folder(o, "Etsy"), "cat", "mug"),
     lambda o: any(x and x[0] == TOTES for x in origins(o, added(o, "assets")))
     or any("cat, mug" in tags_of(a) or "cat mug" in tags_of(a) for a in _table(o, "assets")))
case("r30-105", lambda o: saved(o, {2}, "Black and White", FALL),
     lambda o: any(folder_of(o, a) in ("black", "white") for a in _table(o, "assets")))
case("r30-106", lambda o: answers(o, NONE), lambda o: o.data_changed)
case("r30-107", lambda o: len(in_folder(o, "Print Queue")) == 3 and not keepers(o) and not added(o, "assets")
     and nothing_removed(o),
     lambda o: bool(added(o, "assets")) or bool(o.removed("assets")))
case("r30-108", lambda o: saved(o, {1, 2}, "release-2.3.1", NIGHTLY)
     and all_tagged(in_folder(o, "release-2.3.1"), "ci", "nightly"),
     lambda o: any(re.fullmatch(r"release-2(\.3)?", folder_of(o, a)) for a in _table(o, "assets"))
     or any(x and x[0] == SMOKE for x in origins(o, added(o, "assets"))))
case("r30-109", lambda o: len(keepers(o)) == 3
     and all(_named(o, "projects", a.get("project")) == "wyrmwood" for a in keepers(o))
     and not added(o, "assets") and nothing_removed(o),
     lambda o: bool(o.modified("assets", "folder")) or bool(added(o, "assets")) or bool(o.removed("assets")))
case("r30-110", lambda o: refuses(o), lambda o: bool(added(o, "assets")) or bool(added(o, "folders")))
case("r30-111", lambda o: len(keepers(o)) == 3 and all_tagged(keepers(o), "dragon-print") and not added(o, "assets")
     and last_says(o, r"dragon-print"),
     lambda o: bool(added(o, "assets")) or bool(o.removed("assets")))
case("r30-112", lambda o: saved(o, {1, 2, 3, 4, 9}, "Shop", CATS) and last_says(o, r"\b5\b|\bfive\b"),
     lambda o: bool(folder_holds(o, "Shop", CATS) - {1, 2, 3, 4, 9}) or bool(folder_holds(o, "Shop", TOTES)))
case("r30-113", lambda o: saved(o, {1}, "nightly", NIGHTLY) and last_says(o, r"ci-nightly"),
     lambda o: bool(folder_holds(o, "nightly", SMOKE)))
case("r30-114", lambda o: asked_or_refused(o), lambda o: not nothing_removed(o))

# -- posts ---------------------------------------------------------------------------------------

case("r30-115", lambda o: one_post(o, "Fall is brewing 🍂 #pumpkinspice", {2, 5, 7}, FALL, platform="instagram")
     and last_says(o, r"\b1\b|\bone\b"),
     lambda o: len(added(o, "posts")) > 1 or any("caption" in _low(p.get("caption")) for p in added(o, "posts")))
case("r30-116", lambda o: one_post(o, "Cozy season, and it's here", {2, 7}, FALL, platform="instagram"),
     lambda o: any(_low(p.get("caption")) in ("cozy season,", "cozy season") or '"' in (p.get("caption") or "")
                   for p in added(o, "posts"))
     or any((FALL, 5) in post_items(o, p) for p in added(o, "posts")))
case("r30-117", lambda o: one_post(o, "New pages from the hoard — prints soon!", {1, 3, 8}, DRAGON, platform="instagram"),
     lambda o: len(added(o, "posts")) > 1
     or any(re.search(r"mark it|please|instagram", p.get("caption") or "", re.I) for p in added(o, "posts")))
case("r30-118", lambda o: one_post(o, "Cute cat mug, perfect gift for cat lover", {1, 2}, CATS),
     lambda o: len(added(o, "posts")) > 1
     or any(any(x and x[0] == TOTES for x in post_items(o, p)) for p in added(o, "posts")))
case("r30-119", lambda o: refuses(o), lambda o: bool(added(o, "posts")))
case("r30-120", lambda o: one_post(o, "Last call for PSL, see you tomorrow", {5}, FALL)
     or (one_post(o, "Last call for PSL 🎃", {5}, FALL) and not_lost(o)),
     lambda o: len(added(o, "posts")) > 1)

# -- credits -------------------------------------------------------------------------------------

case("r30-121", lambda o: answers(o, r"\b492\b"), lambda o: o.data_changed)
case("r30-122", lambda o: answers(o, r"\b495\b"), lambda o: o.data_changed)
case("r30-123", lambda o: answers(o, r"\b30\b"), lambda o: gens_added(o) or o.spent != 0)
case("r30-124", lambda o: answers(o, r"\b25\b"), lambda o: o.spent != 0 or reflection_written(o))
case("r30-125", lambda o: answers(o, r"\b3\b|\b2\b|\b5\b"), lambda o: o.data_changed)
case("r30-126", lambda o: answers(o, r"\b10\b|\bten\b"), lambda o: o.data_changed)
case("r30-127", lambda o: bool(made(o, TOTES, 5, r"bicycle")) and last_says(o, r"\b481\b"),
     lambda o: bool(new_in(o, CATS)) or (gens_added(o) and len(added(o, "generations")) != 5))
case("r30-128", lambda o: len(added(o, "generations")) == 10 and o.spent == 10 and prompt_has(o, r"latte cup mockup")
     and last_says(o, r"\b10\b|\bten\b"),
     lambda o: gens_added(o) and len(added(o, "generations")) != 10)

# -- questions about stored facts ------------------------------------------------------------------

case("r30-129", lambda o: answers(o, r"elven archer", seed_text(o, DRAGON, 8)), lambda o: o.data_changed)
case("r30-130", lambda o: answers(o, seed_text(o, SMOKE, 2)), lambda o: o.data_changed)
case("r30-131", lambda o: answers(o, re.escape(str(gen(o, FALL, 5).get("model") or "\u0000never"))),
     lambda o: o.data_changed)
case("r30-132", lambda o: answers(o, r"\b10\b|\bten\b|\b8\b"), lambda o: o.data_changed)
case("r30-133", lambda o: answers(o, r"dragon hoard"), lambda o: o.data_changed)
case("r30-134", lambda o: answers(o, r"gradient sphere", seed_text(o, NIGHTLY, 1),
                                  re.escape(str(gen(o, NIGHTLY, 1).get("model") or "\u0000never"))),
     lambda o: o.data_changed)
case("r30-135", lambda o: answers(o, r"\b5\b|\bfive\b"), lambda o: o.data_changed)
case("r30-136", lambda o: answers(o, NONE), lambda o: o.data_changed)
case("r30-137", lambda o: answers(o, r"\b50\b"), lambda o: o.data_changed)
case("r30-138", lambda o: indexes(remixed(o, 3, 1, DRAGON, r"sapphire")) == {11} and last_says(o, r"#?3\b"),
     lambda o: len(added(o, "generations")) > 1)
case("r30-139", lambda o: answers(o, r"cartoon cat") or (quiet(o) and o.question is not None),
     lambda o: o.data_changed or (o.says(r"mountain") and not o.says(r"cartoon cat")))
case("r30-140", lambda o: indexes(made(o, FALL, 2, r"chai latte")) == {9, 10} and last_says(o, seed_text(o, FALL, 10)),
     lambda o: gens_added(o) and len(added(o, "generations")) != 2)

# -- briefs and references -------------------------------------------------------------------------

REF = r"ref|brief"
case("r30-141", lambda o: refuses(o, MISSING), lambda o: gens_added(o) or bool(added(o, "sessions")))
case("r30-142", lambda o: not gens_added(o) and not added(o, "assets") and nothing_removed(o) and not likes_changed(o)
     and any(re.search(r"\b3\b", str(a)) for a in _ran(o, REF)),
     lambda o: gens_added(o) or bool(added(o, "assets")))
case("r30-143", lambda o: ran_with(o, "flat vector icons") and bool(made(o, NIGHTLY, 3, r"flat vector icons")),
     lambda o: prompt_has(o, r"from the brief") or (gens_added(o) and len(added(o, "generations")) != 3))
case("r30-144", lambda o: refuses(o, MISSING), lambda o: gens_added(o) or bool(added(o, "sessions")))
case("r30-145", lambda o: ran_with(o, "moody dragon lairs") and bool(made(o, DRAGON, 2, r"lair|candle|oil painting")),
     lambda o: prompt_has(o, r"from the brief") or (gens_added(o) and len(added(o, "generations")) != 2))
case("r30-146", lambda o: answers(o, NONE), lambda o: o.data_changed)

# -- undo ----------------------------------------------------------------------------------------

case("r30-147", lambda o: refuses(o), lambda o: o.data_changed)
case("r30-148", lambda o: undone(o, r"like"), lambda o: gens_added(o) or not nothing_removed(o))
case("r30-149", lambda o: undone(o, r"tag"), lambda o: not nothing_removed(o) or likes_changed(o))
case("r30-150", lambda o: undone(o, r"rename") and _low(sess(o, TOTES).get("name")) == TOTES,
     lambda o: not nothing_removed(o) or bool(o.modified("generations")))
case("r30-151", lambda o: (not gens_added(o) and called_like(o, r"generate") and nothing_removed(o))
     or (bool(made(o, NIGHTLY, 2, r"noise texture")) and o.says(CANT_UNDO + r"|undo")),
     lambda o: len(added(o, "generations")) > 2 or bool(o.removed("sessions")))

# -- search --------------------------------------------------------------------------------------

case("r30-152", lambda o: ran_tool(o, r"search|find") and saved(o, {8}, "Forest Finds", DRAGON),
     lambda o: bool(folder_holds(o, "Forest Finds", DRAGON) & {1, 2, 3, 4, 5, 6}))
case("r30-153", lambda o: saved(o, {1, 2, 3, 4, 9}, "Best Cats", CATS),
     lambda o: bool(folder_holds(o, "Best Cats", CATS) - {1, 2, 3, 4, 9}) or bool(folder_holds(o, "Best Cats", TOTES)))
case("r30-154", lambda o: answers(o, r"sphere") and not_lost(o), lambda o: o.data_changed)

# -- reflection ----------------------------------------------------------------------------------

case("r30-155", lambda o: asks(o, r"reflect"), lambda o: o.spent != 0 or gens_added(o))
case("r30-156", lambda o: reflected(o, LATTE) and o.spent == 25 and not gens_added(o), lambda o: gens_added(o))
case("r30-157", lambda o: refuses(o, FEW), lambda o: o.spent != 0 or reflection_written(o))
case("r30-158", lambda o: refuses(o, FEW), lambda o: o.spent != 0 or reflection_written(o))

# -- misc must-not-change ------------------------------------------------------------------------

case("r30-159", lambda o: asked_or_refused(o), lambda o: not nothing_removed(o))
case("r30-160", lambda o: refuses(o), lambda o: bool(newly_liked(o)))
