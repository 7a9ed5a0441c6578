"""Checks for round 22 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only,
before anything was run and without reading the planner).

Session and folder names are compared without regard to case. Timestamps on session rows
(``updated``, ``current``, ``last_used_at`` …) may change when a session is used; ``calm`` ignores
them, so a question or a switch that only touches them still counts as changing nothing. Saves are
judged on the assets the say lines added; "all but"/"except" requests on the resulting state.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses  # noqa: F401

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings shared by many cases ---------------------------------------------------------

TABLES = ("sessions", "generations", "assets", "posts", "projects", "folders")
SOFT = {"updated", "updated_at", "current", "last_used_at", "last_opened_at", "used_at", "opened_at"}
NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|empty|nothing|not yet|haven't"
MISSING = r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find|could not find|no session"
HARBOUR, RINGS, ART, CLUB, LOOK, LIST = "harbour", "rings", "art class", "club day", "lookbook", "listings"


def _low(name) -> str:
    return (name or "").strip().lower()


def calm(o: Outcome) -> bool:
    """Nothing added, removed or spent; modified rows differ only in soft timestamp fields."""
    if o.spent != 0:
        return False
    for table in TABLES:
        if o.added(table) or o.removed(table):
            return False
        for before, after in o.modified(table):
            diff = {k for k in set(before) | set(after) if before.get(k) != after.get(k)}
            if diff - SOFT:
                return False
    return True


def lost(o: Outcome) -> bool:
    return o.says(r"did not understand|didn't understand")


def tells(o: Outcome, *patterns: str) -> bool:
    """A question answered without changing anything, the answer holding every pattern."""
    return calm(o) and not lost(o) and bool(o.replies or o.results) and all(o.says(p) for p in patterns)


def declines(o: Outcome, pattern: str | None = None) -> bool:
    """Refused or asked back: nothing changed, a specific reply (not "did not understand")."""
    return calm(o) and not_lost(o) and (pattern is None or o.says(pattern))


def asks(o: Outcome, tool: str = r".") -> bool:
    """A confirmation waits, nothing changed yet, and it is about a call of ``tool``."""
    return calm(o) and o.question is not None and any(re.search(tool, n) for n in o.names())


def sids(o: Outcome, name: str, when: str = "after") -> set[str]:
    state = o.after if when == "after" else o.before
    return {s["id"] for s in state["sessions"] if _low(s["name"]) == _low(name)}


def sess(o: Outcome, name: str) -> dict | None:
    return next((s for s in o.after["sessions"] if _low(s["name"]) == _low(name)), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    state = o.after if when == "after" else o.before
    ids = sids(o, name, when)
    return [g for g in state["generations"] if g["session_id"] in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict:
    return next((g for g in gens(o, name, when) if g["index"] == index), {})


def seed_of(o: Outcome, name: str, index: int) -> str:
    seed = gen(o, name, index, "before").get("seed")
    return rf"\b{seed}\b" if seed is not None else r"\u0000never"


def prompt_of(o: Outcome, name: str, index: int) -> str:
    return re.escape(gen(o, name, index, "before").get("prompt") or "\u0000never")


def model_of(o: Outcome, name: str, index: int) -> str:
    return re.escape(str(gen(o, name, index, "before").get("model") or "\u0000never"))


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def indexes(rows: list[dict]) -> set[int]:
    return {g["index"] for g in rows}


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def newly_liked(o: Outcome) -> set[int]:
    return {g["index"] for g in o.newly("liked", True)}


def touched(o: Outcome, key: str) -> set[int]:
    """Indexes (as before) of generations whose ``key`` changed."""
    return {b["index"] for b, _ in o.modified("generations", key)}


def index_of(o: Outcome) -> dict[str, tuple[str, int]]:
    names = {s["id"]: _low(s["name"]) for s in o.after["sessions"]}
    return {g["id"]: (names.get(g["session_id"]), g["index"]) for g in o.after["generations"]}


def made(o: Outcome, name: str, count: int, prompt: str | None = None) -> list[dict]:
    """Exactly ``count`` new generations, all in session ``name`` (prompts matching ``prompt``)."""
    ids = sids(o, name)
    new = o.added("generations")
    mine = [g for g in new if g["session_id"] in ids]
    if len(mine) != count or len(new) != count:
        return []
    if prompt and not all(re.search(prompt, g["prompt"] or "", re.IGNORECASE) for g in mine):
        return []
    return mine


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g["prompt"] or "", re.IGNORECASE) for g in o.added("generations"))


def remixed(o: Outcome, name: str, parent: int, count: int, words: str = r".") -> list[dict]:
    where = index_of(o)
    new = o.added("generations")
    good = [g for g in new if where.get(g["parent_id"]) == (_low(name), parent)
            and re.search(words, g["prompt"] or "", re.IGNORECASE)]
    return good if len(new) == count and len(good) == count else []


def saved_from(o: Outcome, name: str) -> set[int]:
    where = index_of(o)
    return {where[a["origin_generation_id"]][1] for a in o.added("assets")
            if a["origin_generation_id"] in where and where[a["origin_generation_id"]][0] == _low(name)}


def saved(o: Outcome, name: str, expected: set[int], folder: str | None = None) -> bool:
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(_low(a["folder"]) == _low(folder) for a in new)) and nothing_removed(o)


def liked_only(o: Outcome, name: str, expected: set[int]) -> bool:
    return liked_in(o, name) == expected and not gens_added(o) and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def archived_only(o: Outcome, name: str, expected: set[int]) -> bool:
    return archived_in(o, name) == expected and not gens_added(o) and nothing_removed(o) and sessions_active(o) \
        and not o.modified("generations", "liked")


def new_sess(o: Outcome, *names: str, kind: str | None = None) -> bool:
    new = o.added("sessions")
    wanted = {_low(n) for n in names}
    return len(new) == 1 and _low(new[0]["name"]) in wanted and _low(o.current) in wanted \
        and (kind is None or new[0]["kind"] == kind) and not gens_added(o) and nothing_removed(o)


def one_new_session(o: Outcome) -> dict | None:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else None


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["name"]) for b, a in o.modified("sessions", "name")]


def status_changes(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["status"]) for b, a in o.modified("sessions", "status")]


def ran_tool(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n) for n in _ran_names(o))


def _ran_names(o: Outcome) -> list[str]:
    out, position = [], 0
    for called, _ in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2]:
                out.append(called)
            position += 1
    return out


def ran_with(o: Outcome, *texts: str) -> bool:
    return any(all(t.lower() in str(a).lower() for t in texts) for a in o.ran())


def called_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n) for n in o.names())


def undone(o: Outcome, tool: str) -> bool:
    """The first line's tool ran, and at the end nothing is different from before the say lines."""
    return ran_tool(o, tool) and calm(o)


def post_items(o: Outcome, post: dict) -> set[tuple[str, int]]:
    where = index_of(o)
    assets = {a["id"]: a for a in o.after["assets"]}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post["asset_ids"]}


def one_post(o: Outcome, caption: str, items: set[int], name: str, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and (posts[0]["caption"] or "").strip() == caption \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def assets_in(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.after["assets"] if _low(a["folder"]) == _low(folder)]


def tagged(o: Outcome, folder: str, tag: str, count: int) -> bool:
    here = assets_in(o, folder)
    return len(here) == count and all(tag in [_low(t) for t in (a["tags"] or [])] for a in here) \
        and not o.added("assets") and nothing_removed(o)


def moved_out(o: Outcome) -> list[tuple[int, str, str]]:
    return [(b["index"], b["session_id"], a["session_id"]) for b, a in o.modified("generations", "session_id")]


DOWNLOAD = r"download|zip|export"


def downloaded(o: Outcome, items: set[int] | None = None, liked_ok: bool = False) -> bool:
    """A download (zip) call was made for ``items`` (or for "the liked ones" when ``liked_ok``)."""
    for name, args in o.calls:
        if not re.search(DOWNLOAD, name):
            continue
        text = str(args).lower()
        if liked_ok and "liked" in text:
            return True
        if items is None:
            return True
        got = args.get("items")
        if isinstance(got, list) and {int(i) for i in got if str(i).isdigit()} == items:
            return True
        if isinstance(got, str):
            numbers = {int(n) for n in re.findall(r"\d+", got)}
            ranged = re.fullmatch(rf"\s*{min(items)}\s*(-|to|\.\.|–)\s*{max(items)}\s*", got)
            if numbers == items or (ranged and items == set(range(min(items), max(items) + 1))):
                return True
    return False


def spent(o: Outcome, amount: int) -> bool:
    return o.spent == amount


# -- the cases -----------------------------------------------------------------------------------

# r22-001: like 1, 3 and 6 please
case("r22-001", lambda o: liked_only(o, RINGS, {1, 3, 6}),
     lambda o: bool(liked_in(o, RINGS) - {1, 3, 6}) or gens_added(o))
# r22-002: the third one is my favourite, heart it
case("r22-002", lambda o: liked_only(o, RINGS, {3}),
     lambda o: bool(liked_in(o, RINGS) - {3}) or gens_added(o))
# r22-003: save my liked rings to a folder called Etsy Shop
case("r22-003", lambda o: saved(o, RINGS, {2, 5}, 'Etsy Shop'),
     lambda o: bool(saved_from(o, RINGS) - {2, 5}))
# r22-004: make 3 more but gold instead of silver
case("r22-004", lambda o: indexes(made(o, RINGS, 3, r'gold')) == {7, 8, 9} and not prompt_has(o, r'instead') and spent(o, 3),
     lambda o: bool(o.added('sessions')) or (gens_added(o) and len(o.added('generations')) != 3))
# r22-005: what seed did number 4 use?
case("r22-005", lambda o: tells(o, seed_of(o, RINGS, 4)),
     lambda o: gens_added(o))
# r22-006: how many ring pictures have I made so far
case("r22-006", lambda o: tells(o, r'\b6\b|\bsix\b'),
     lambda o: gens_added(o))
# r22-007: do a variation of 5
case("r22-007", lambda o: indexes(remixed(o, RINGS, 5, 1)) == {7},
     lambda o: len(o.added('generations')) > 1)
# r22-008: tag the ones in Shop as bestseller
case("r22-008", lambda o: tagged(o, 'Shop', 'bestseller', 2),
     lambda o: bool(o.added('assets')) or not nothing_removed(o))
# r22-009: archive 4 and 6, they look cheap
case("r22-009", lambda o: archived_only(o, RINGS, {4, 6}),
     lambda o: bool(archived_in(o, RINGS) - {4, 6}) or not sessions_active(o) or not nothing_removed(o))
# r22-010: rename this session to Rings Spring Collection
case("r22-010", lambda o: renamed(o) == [(RINGS, 'Rings Spring Collection')] and not o.added('sessions') and not gens_added(o),
     lambda o: bool(o.added('sessions')) or gens_added(o))
# r22-011: what was the prompt for number 2
case("r22-011", lambda o: tells(o, r'silver rings on slate'),
     lambda o: gens_added(o))
# r22-012: download the liked ones
case("r22-012", lambda o: calm(o) and downloaded(o, {1, 2}, liked_ok=True),
     lambda o: gens_added(o) or bool(o.modified('generations', 'liked')))
# r22-013: like 9
case("r22-013", lambda o: declines(o, r'\b9\b|only|\b6\b|not exist|no generation|doesn.t|no such|out of range'),
     lambda o: bool(newly_liked(o)) or gens_added(o))
# r22-014: create a project called Bridal Line
case("r22-014", lambda o: [_low(p['name']) for p in o.added('projects')] == ['bridal line'] and not o.added('sessions') and not gens_added(o),
     lambda o: bool(o.added('sessions')) or gens_added(o))
# r22-015: make an instagram post with the saved ring, caption: New in the shop
case("r22-015", lambda o: one_post(o, 'New in the shop', {3}, RINGS, platform='instagram'),
     lambda o: len(o.added('posts')) > 1 or any(post_items(o, p) - {(RINGS, 3)} for p in o.added('posts')))
# r22-016: Could you please tell me how many images are in Art Class and how many credits each one cost?
case("r22-016", lambda o: tells(o, r'\b5\b|\bfive\b', r'\b1\b|\bone\b'),
     lambda o: gens_added(o))
# r22-017: I'd like to start a new session for my Year 10 class called Portrait Unit
case("r22-017", lambda o: new_sess(o, 'Portrait Unit'),
     lambda o: gens_added(o) or any('year 10' in _low(s['name']) for s in o.added('sessions')))
# r22-018: please generate 4 pictures of a charcoal self portrait for the students
case("r22-018", lambda o: indexes(made(o, ART, 4, r'charcoal.*portrait|portrait.*charcoal')) == {6, 7, 8, 9},
     lambda o: bool(o.added('sessions')) or (gens_added(o) and len(o.added('generations')) != 4))
# r22-019: how many credits do I have left?
case("r22-019", lambda o: tells(o, r'\b495\b'),
     lambda o: gens_added(o))
# r22-020: which session am I working in right now?
case("r22-020", lambda o: tells(o, r'art class'),
     lambda o: bool(o.added('sessions')))
# r22-021: save numbers 1 through 3 to a folder named Lesson Examples
case("r22-021", lambda o: saved(o, ART, {1, 2, 3}, 'Lesson Examples'),
     lambda o: bool(saved_from(o, ART) & {4, 5}))
# r22-022: what folders do I have
case("r22-022", lambda o: tells(o, r'lesson examples'),
     lambda o: bool(o.added('folders')) or gens_added(o))
# r22-023: generate 30 examples of cubist guitars
case("r22-023", lambda o: asks(o, r'generat') and '30' in str(o.calls),
     lambda o: gens_added(o))
# r22-024: delete this session
case("r22-024", lambda o: asks(o, r'delete'),
     lambda o: not nothing_removed(o))
# r22-025: archive the whole session, the term is over
case("r22-025", lambda o: status_changes(o) == [(ART, 'archived')] and nothing_removed(o) and not gens_added(o),
     lambda o: not nothing_removed(o))
# r22-026: like 4 / oops, undo that
case("r22-026", lambda o: undone(o, r'like'),
     lambda o: gens_added(o) or bool(liked_in(o, ART) - {4}))
# r22-027: what model made picture 1?
case("r22-027", lambda o: tells(o, model_of(o, ART, 1)),
     lambda o: gens_added(o))
# r22-028: how many did I like?
case("r22-028", lambda o: tells(o, r'\b2\b|\btwo\b'),
     lambda o: bool(o.modified('generations', 'liked')))
# r22-029: please make 2 more image, same prompt
case("r22-029", lambda o: indexes(made(o, HARBOUR, 2, r'fishing boats')) == {7, 8},
     lambda o: prompt_has(o, r'same prompt') or bool(o.added('sessions')))
# r22-030: Which image did I like? I forget.
case("r22-030", lambda o: tells(o, r'#?2\b', r'#?4\b'),
     lambda o: bool(o.modified('generations', 'liked')))
# r22-031: new session please, name is Sakura Cafe
case("r22-031", lambda o: new_sess(o, 'Sakura Cafe'),
     lambda o: gens_added(o) or any(re.search(r'please|name is', _low(s['name'])) for s in o.added('sessions')))
# r22-032: How many image is in this session?
case("r22-032", lambda o: tells(o, r'\b6\b|\bsix\b'),
     lambda o: gens_added(o))
# r22-033: number 5 image, what is the seed?
case("r22-033", lambda o: tells(o, seed_of(o, HARBOUR, 5)),
     lambda o: gens_added(o))
# r22-034: liked image, please save to folder Omise
case("r22-034", lambda o: saved(o, HARBOUR, {2, 4}, 'Omise'),
     lambda o: bool(saved_from(o, HARBOUR) - {2, 4}))
# r22-035: What is this session's name, please?
case("r22-035", lambda o: tells(o, r'harbour'),
     lambda o: bool(o.added('sessions')))
# r22-036: Sorry, the number 2 I liked by mistake. Please cancel the like.
case("r22-036", lambda o: liked_only(o, HARBOUR, {4}),
     lambda o: 4 not in liked_in(o, HARBOUR) or gens_added(o))
# r22-037: I want to see which sessions I have
case("r22-037", lambda o: tells(o, r'harbour', r'sakura cafe'),
     lambda o: bool(o.added('sessions')))
# r22-038: please remix number 1 two times
case("r22-038", lambda o: indexes(remixed(o, HARBOUR, 1, 2)) == {7, 8},
     lambda o: len(o.added('generations')) not in (0, 2))
# r22-039: how many pics in club day rn
case("r22-039", lambda o: tells(o, r'\b4\b|\bfour\b'),
     lambda o: gens_added(o))
# r22-040: like all except 2
case("r22-040", lambda o: liked_only(o, CLUB, {1, 3, 4}),
     lambda o: 2 in liked_in(o, CLUB))
# r22-041: like all of them
case("r22-041", lambda o: liked_only(o, CLUB, {1, 2, 3, 4}),
     lambda o: gens_added(o))
# r22-042: make a facebook post with the liked ones saying Match day this Saturday!
case("r22-042", lambda o: one_post(o, 'Match day this Saturday!', {1, 3}, CLUB, platform='facebook'),
     lambda o: len(o.added('posts')) > 1 or any(post_items(o, p) - {(CLUB, 1), (CLUB, 3)} for p in o.added('posts')))
# r22-043: start a session called Fundraiser Raffle and make 3 images of a raffle ticket poster
case("r22-043", lambda o: (s := one_new_session(o)) is not None and _low(s['name']) == 'fundraiser raffle' and bool(made(o, 'Fundraiser Raffle', 3, r'raffle')),
     lambda o: any(g['session_id'] in sids(o, CLUB) for g in o.added('generations')) or len(o.added('sessions')) > 1)
# r22-044: whats the balance
case("r22-044", lambda o: tells(o, r'\b496\b'),
     lambda o: gens_added(o))
# r22-045: put 2 and 3 in a folder called Newsletter
case("r22-045", lambda o: saved(o, CLUB, {2, 3}, 'Newsletter'),
     lambda o: bool(saved_from(o, CLUB) - {2, 3}))
# r22-046: move number 4 from Club Day into Awards
case("r22-046", lambda o: [(i, f in sids(o, CLUB, 'before'), t in sids(o, 'Awards')) for i, f, t in moved_out(o)] == [(4, True, True)] and not gens_added(o),
     lambda o: len(moved_out(o)) > 1 or gens_added(o) or any(i != 4 for i, _, _ in moved_out(o)))
# r22-047: which session has the most images?
case("r22-047", lambda o: tells(o, r'club day'),
     lambda o: gens_added(o))
# r22-048: archive Club Day
case("r22-048", lambda o: status_changes(o) == [(CLUB, 'archived')] and nothing_removed(o),
     lambda o: (sess(o, 'Awards') or {}).get('status') == 'archived' or not nothing_removed(o))
# r22-049: 6 more. now.
case("r22-049", lambda o: indexes(made(o, HARBOUR, 6, r'fishing boats')) == set(range(7, 13)),
     lambda o: prompt_has(o, r'^\s*now|more') or (gens_added(o) and len(o.added('generations')) != 6))
# r22-050: kill 1 3 5
case("r22-050", lambda o: archived_only(o, HARBOUR, {1, 3, 5}) or asks(o) or declines(o) or (indexes(o.removed('generations')) == {1, 3, 5} and not o.removed('sessions')),
     lambda o: bool(archived_in(o, HARBOUR) - {1, 3, 5}) or bool(indexes(o.removed('generations')) - {1, 3, 5}) or bool(o.removed('sessions')))
# r22-051: like 2 4 6 save em to Client Review
case("r22-051", lambda o: liked_in(o, HARBOUR) == {2, 4, 6} and saved(o, HARBOUR, {2, 4, 6}, 'Client Review'),
     lambda o: bool(saved_from(o, HARBOUR) - {2, 4, 6}) or bool(liked_in(o, HARBOUR) - {2, 4, 6}))
# r22-052: no. not 4. unlike it
case("r22-052", lambda o: liked_only(o, HARBOUR, {2}),
     lambda o: 2 not in liked_in(o, HARBOUR))
# r22-053: rename to HARBOUR_FINAL_v3
case("r22-053", lambda o: renamed(o) == [(HARBOUR, 'HARBOUR_FINAL_v3')] and not o.added('sessions') and not gens_added(o),
     lambda o: bool(o.added('sessions')) or gens_added(o))
# r22-054: whats left in credits, quick
case("r22-054", lambda o: tells(o, r'\b494\b'),
     lambda o: gens_added(o))
# r22-055: remix 6, moodier, 3 versions
case("r22-055", lambda o: indexes(remixed(o, HARBOUR, 6, 3, r'mood')) == {7, 8, 9},
     lambda o: len(o.added('generations')) not in (0, 3))
# r22-056: seed + prompt for 2. go
case("r22-056", lambda o: tells(o, seed_of(o, HARBOUR, 2), r'fishing boats'),
     lambda o: gens_added(o))
# r22-057: dump everything except the liked ones
case("r22-057", lambda o: (archived_in(o, HARBOUR) == {1, 3, 5, 6} and liked_in(o, HARBOUR) == {2, 4} and nothing_removed(o)) or asks(o) or declines(o) or (indexes(o.removed('generations')) == {1, 3, 5, 6} and not o.removed('sessions')),
     lambda o: bool(archived_in(o, HARBOUR) & {2, 4}) or bool(indexes(o.removed('generations')) & {2, 4}) or bool(o.removed('sessions')))
# r22-058: generate 500 boats
case("r22-058", lambda o: declines(o, r'100|at most|maximum|too many|limit|between'),
     lambda o: gens_added(o))
# r22-059: new session Nike Pitch, 4 shots of running shoes on wet asphalt
case("r22-059", lambda o: (s := one_new_session(o)) is not None and _low(s['name']) == 'nike pitch' and bool(made(o, 'Nike Pitch', 4, r'running shoes')),
     lambda o: any(g['session_id'] in sids(o, HARBOUR) for g in o.added('generations')) or len(o.added('sessions')) > 1)
# r22-060: how many liked total across everything
case("r22-060", lambda o: tells(o, r'\b3\b|\bthree\b'),
     lambda o: gens_added(o))
# r22-061: what's the difference between 1 and 2? like the seeds
case("r22-061", lambda o: tells(o, seed_of(o, LOOK, 1), seed_of(o, LOOK, 2)),
     lambda o: gens_added(o))
# r22-062: i love 4 and 6!! saving them to Portfolio pls
case("r22-062", lambda o: saved(o, LOOK, {4, 6}, 'Portfolio') and liked_in(o, LOOK) <= {4, 6},
     lambda o: bool(saved_from(o, LOOK) - {4, 6}) or any('pls' in _low(a['folder']) for a in o.added('assets')))
# r22-063: make 2 with seed 77 of a pleated skirt runway shot
case("r22-063", lambda o: bool(m := made(o, LOOK, 2, r'pleated skirt')) and any(g['seed'] == 77 for g in m),
     lambda o: gens_added(o) and len(o.added('generations')) != 2)
# r22-064: add the tag fw26 to everything in Portfolio
case("r22-064", lambda o: tagged(o, 'Portfolio', 'fw26', 2),
     lambda o: bool(o.added('assets')) or not nothing_removed(o))
# r22-065: what's the negative prompt on 3?
case("r22-065", lambda o: tells(o, r'negative|none|\bno\b|empty'),
     lambda o: gens_added(o))
# r22-066: generate 4 of a trench coat, negative: blurry, extra fingers
case("r22-066", lambda o: bool(m := made(o, LOOK, 4, r'trench coat')) and all('blurry' in (g['negative_prompt'] or '') and 'blurry' not in (g['prompt'] or '') for g in m),
     lambda o: prompt_has(o, r'blurry|negative'))
# r22-067: create a campaign called Graduation Show for this session
case("r22-067", lambda o: [(_low(b['name']), _low(a['campaign'])) for b, a in o.modified('sessions', 'campaign')] == [(LOOK, 'graduation show')] and not o.added('sessions'),
     lambda o: bool(o.added('sessions')) or gens_added(o))
# r22-068: which ones did i archive?
case("r22-068", lambda o: tells(o, r'#?2\b', r'#?5\b'),
     lambda o: bool(o.modified('generations', 'archived')))
# r22-069: start a video session called Runway Clips
case("r22-069", lambda o: new_sess(o, 'Runway Clips', kind='video'),
     lambda o: gens_added(o))
# r22-070: like the last two
case("r22-070", lambda o: liked_only(o, LOOK, {5, 6}),
     lambda o: bool(liked_in(o, LOOK) - {5, 6}))
# r22-071: like the first three / actually also 6
case("r22-071", lambda o: liked_only(o, LOOK, {1, 2, 3, 6}),
     lambda o: bool(liked_in(o, LOOK) & {4, 5}))
# r22-072: List the sessions that exist.
case("r22-072", lambda o: tells(o, r'harbour'),
     lambda o: bool(o.added('sessions')))
# r22-073: Read me the prompt of generation number 1 in the current session.
case("r22-073", lambda o: tells(o, r'fishing boats'),
     lambda o: gens_added(o))
# r22-074: State the seed and model of generation number 2.
case("r22-074", lambda o: tells(o, seed_of(o, HARBOUR, 2), model_of(o, HARBOUR, 2)),
     lambda o: gens_added(o))
# r22-075: Set the status of generation number 6 to archived.
case("r22-075", lambda o: archived_only(o, HARBOUR, {6}),
     lambda o: bool(archived_in(o, HARBOUR) - {6}) or not sessions_active(o))
# r22-076: Tell me how many generations are in the session named Harbour.
case("r22-076", lambda o: tells(o, r'\b6\b|\bsix\b'),
     lambda o: gens_added(o))
# r22-077: Create a folder named Accessible Picks and save generation 2 into it.
case("r22-077", lambda o: saved(o, HARBOUR, {2}, 'Accessible Picks'),
     lambda o: bool(saved_from(o, HARBOUR) - {2}))
# r22-078: Tell me the name of the current session and the number of liked generations in it.
case("r22-078", lambda o: tells(o, r'harbour', r'\b2\b|\btwo\b'),
     lambda o: bool(o.modified('generations', 'liked')))
# r22-079: Remove the like from generation number 2. Do not change anything else.
case("r22-079", lambda o: liked_only(o, HARBOUR, {4}),
     lambda o: 4 not in liked_in(o, HARBOUR) or gens_added(o) or bool(o.added('assets')))
# r22-080: Switch to the session named Rings.
case("r22-080", lambda o: calm(o) and _low(o.current) == RINGS,
     lambda o: bool(o.added('sessions')) or gens_added(o))
# r22-081: Tell me whether generation 4 has been saved to the library.
case("r22-081", lambda o: tells(o, r'\byes\b|saved|picks') and not o.says(r'not (been )?saved|isn.t saved|is not saved'),
     lambda o: bool(o.added('assets')))
# r22-082: what prompts have I used in Listings?
case("r22-082", lambda o: tells(o, r'modern kitchen'),
     lambda o: gens_added(o))
# r22-083: like 1, 4 and 7 and save them to 12 Elm Street
case("r22-083", lambda o: liked_in(o, LIST) == {1, 4, 7} and saved(o, LIST, {1, 4, 7}, '12 Elm Street'),
     lambda o: bool(saved_from(o, LIST) - {1, 4, 7}) or any(_low(a['folder']) in ('12', 'elm street') for a in o.added('assets')))
# r22-084: make a linkedin post with 1 and 4, caption Just listed: 12 Elm Street
case("r22-084", lambda o: one_post(o, 'Just listed: 12 Elm Street', {1, 4}, LIST, platform='linkedin'),
     lambda o: len(o.added('posts')) > 1 or any(post_items(o, p) - {(LIST, 1), (LIST, 4)} for p in o.added('posts')))
# r22-085: put everything in the Elm folder into project Elm Street Sale
case("r22-085", lambda o: len(assets_in(o, 'Elm')) == 2 and all(_low(a['project']) == 'elm street sale' for a in assets_in(o, 'Elm')) and not o.added('assets'),
     lambda o: bool(o.added('assets')) or bool(o.modified('assets', 'folder')))
# r22-086: start a session for the Oak Avenue listing
case("r22-086", lambda o: new_sess(o, 'Oak Avenue listing', 'Oak Avenue', 'the Oak Avenue listing', 'Oak Avenue Listing'),
     lambda o: gens_added(o) or any(_low(s['name']).startswith('for ') for s in o.added('sessions')))
# r22-087: what was the most recent session?
case("r22-087", lambda o: tells(o, r'oak avenue'),
     lambda o: bool(o.added('sessions')))
# r22-088: the client hated 2, 3, 5 and 8 - archive them
case("r22-088", lambda o: archived_only(o, LIST, {2, 3, 5, 8}),
     lambda o: bool(archived_in(o, LIST) - {2, 3, 5, 8}) or not sessions_active(o))
# r22-089: set the brief for this session: bright airy interiors, no people, wide angle
case("r22-089", lambda o: ran_with(o, 'bright airy interiors') and not gens_added(o) and not renamed(o) and nothing_removed(o),
     lambda o: gens_added(o) or bool(renamed(o)))
# r22-090: generate 4 from the brief
case("r22-090", lambda o: bool(made(o, LIST, 4, r'airy|interior')),
     lambda o: prompt_has(o, r'from the brief') or (gens_added(o) and len(o.added('generations')) != 4))
# r22-091: how many credits will 10 more kitchen shots cost?
case("r22-091", lambda o: tells(o, r'\b10\b|\bten\b'),
     lambda o: gens_added(o))
# r22-092: download 1 to 4 as a zip
case("r22-092", lambda o: calm(o) and downloaded(o, {1, 2, 3, 4}),
     lambda o: o.data_changed and not calm(o))
# r22-093: search for kitchen
case("r22-093", lambda o: calm(o) and not lost(o) and (ran_tool(o, r'search|list') ) and o.says(r'kitchen'),
     lambda o: gens_added(o))
# r22-094: which of these r liked? 👀
case("r22-094", lambda o: tells(o, r'#?2\b', r'#?4\b'),
     lambda o: bool(o.modified('generations', 'liked')))
# r22-095: gen 3 more pls 🙏 same vibe
case("r22-095", lambda o: indexes(made(o, HARBOUR, 3, r'fishing boats')) == {7, 8, 9},
     lambda o: prompt_has(o, r'vibe|🙏') or (gens_added(o) and len(o.added('generations')) != 3))
# r22-096: ngl 2 is mid, archive it 🗑️
case("r22-096", lambda o: archived_only(o, HARBOUR, {2}),
     lambda o: not nothing_removed(o) or bool(archived_in(o, HARBOUR) - {2}))
# r22-097: save ❤️ ones to Faves ✨
case("r22-097", lambda o: saved_from(o, HARBOUR) == {2, 4} and len(o.added('assets')) == 2 and all(re.sub(r'[^a-z]', '', _low(a['folder'])) == 'faves' for a in o.added('assets')),
     lambda o: bool(saved_from(o, HARBOUR) - {2, 4}))
# r22-098: how many creds left?? 💸
case("r22-098", lambda o: tells(o, r'\b494\b'),
     lambda o: gens_added(o))
# r22-099: wat sesh am i in rn
case("r22-099", lambda o: tells(o, r'harbour'),
     lambda o: bool(o.added('sessions')))
# r22-100: new sesh 'Beach Day 🏖️'
case("r22-100", lambda o: (s := one_new_session(o)) is not None and re.sub(r'[^a-z ]', '', _low(s['name'])).strip() == 'beach day' and not gens_added(o),
     lambda o: gens_added(o) or len(o.added('sessions')) > 1)
# r22-101: remix #3 x2 w/ pink sky 🌸
case("r22-101", lambda o: indexes(remixed(o, HARBOUR, 3, 2, r'pink')) == {7, 8},
     lambda o: len(o.added('generations')) not in (0, 2))
# r22-102: idk maybe like some of them?
case("r22-102", lambda o: declines(o),
     lambda o: bool(newly_liked(o)))
# r22-103: brb / ok like 6 tysm
case("r22-103", lambda o: liked_only(o, HARBOUR, {6}),
     lambda o: bool(liked_in(o, HARBOUR) - {6}) or gens_added(o))
# r22-104: Before you do anything: if I archive number 2, can I get it back later?
case("r22-104", lambda o: calm(o) and not_lost(o) and o.says(r'unarchive|restor|get it back|\byes\b|undo|revers|back'),
     lambda o: bool(archived_in(o, HARBOUR)))
# r22-105: Is it safe to delete the session Harbour? Don't delete it yet.
case("r22-105", lambda o: calm(o) and not_lost(o),
     lambda o: not nothing_removed(o) or not sessions_active(o))
# r22-106: How much would it cost to generate 5 more images? Please don't generate them yet.
case("r22-106", lambda o: tells(o, r'\b5\b|\bfive\b'),
     lambda o: gens_added(o))
# r22-107: please delete the Harbour session / no
case("r22-107", lambda o: calm(o) and called_like(o, r'delete') and sess(o, HARBOUR) is not None,
     lambda o: not nothing_removed(o))
# r22-108: delete the Harbour session / yes
case("r22-108", lambda o: [_low(s['name']) for s in o.removed('sessions')] == [HARBOUR] and len(o.removed('generations')) == 6 and len(gens(o, RINGS)) == 4,
     lambda o: any(_low(s['name']) == RINGS for s in o.removed('sessions')))
# r22-109: I'd like to like number 1, but only that one, nothing else please
case("r22-109", lambda o: liked_only(o, HARBOUR, {1}),
     lambda o: bool(liked_in(o, HARBOUR) - {1}))
# r22-110: Can you confirm which images I have liked before I save anything?
case("r22-110", lambda o: tells(o, r'#?2\b', r'#?4\b'),
     lambda o: bool(o.added('assets')))
# r22-111: Please save number 3 to a folder called Maybe. Nothing else.
case("r22-111", lambda o: saved(o, HARBOUR, {3}, 'Maybe') and not o.modified('generations', 'liked'),
     lambda o: bool(saved_from(o, HARBOUR) - {3}))
# r22-112: generate 25 images of lighthouse at night / no
case("r22-112", lambda o: calm(o) and called_like(o, r'generat'),
     lambda o: gens_added(o))
# r22-113: generate 25 images of lighthouse at night / yes
case("r22-113", lambda o: indexes(made(o, HARBOUR, 25, r'lighthouse')) == set(range(7, 32)) and spent(o, 25),
     lambda o: gens_added(o) and len(o.added('generations')) != 25)
# r22-114: what is 7 a remix of?
case("r22-114", lambda o: tells(o, r'#?2\b'),
     lambda o: gens_added(o))
# r22-115: show me my projects
case("r22-115", lambda o: tells(o, NONE + r'|project'),
     lambda o: bool(o.added('projects')))
# r22-116: have I made any posts?
case("r22-116", lambda o: tells(o, NONE),
     lambda o: bool(o.added('posts')))
# r22-117: what's in the Picks folder?
case("r22-117", lambda o: tells(o, r'\b2\b|fishing|#4'),
     lambda o: bool(o.added('assets')))
# r22-118: when did I make number 1?
case("r22-118", lambda o: tells(o, r'\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|just now'),
     lambda o: gens_added(o))
# r22-119: which tags do I have?
case("r22-119", lambda o: tells(o, r'\bdawn\b'),
     lambda o: bool(o.modified('assets')))
# r22-120: find my boat pictures
case("r22-120", lambda o: calm(o) and not lost(o) and o.says(r'fishing|boat'),
     lambda o: gens_added(o))
# r22-121: credit history
case("r22-121", lambda o: tells(o, r'\b6\b', r'hold|held|captur|spent|generat|job'),
     lambda o: gens_added(o))
# r22-122: which generations are liked in Harbour?
case("r22-122", lambda o: tells(o, r'#?2\b', r'#?4\b'),
     lambda o: bool(o.modified('generations', 'liked')))
# r22-123: how many sessions do I have?
case("r22-123", lambda o: tells(o, r'\b2\b|\btwo\b'),
     lambda o: bool(o.added('sessions')))
# r22-124: what size are the images?
case("r22-124", lambda o: tells(o, r'512'),
     lambda o: gens_added(o))
# r22-125: which provider made these?
case("r22-125", lambda o: tells(o, r'procedural'),
     lambda o: gens_added(o))
# r22-126: like 2 and unlike 2
case("r22-126", lambda o: declines(o),
     lambda o: bool(o.modified('generations', 'liked')))
# r22-127: archive the good ones
case("r22-127", lambda o: declines(o),
     lambda o: bool(archived_in(o, HARBOUR)) or not sessions_active(o))
# r22-128: save them
case("r22-128", lambda o: saved(o, HARBOUR, {1, 2, 3, 4, 5, 6}) or declines(o),
     lambda o: bool(o.added('assets')) and saved_from(o, HARBOUR) != {1, 2, 3, 4, 5, 6})
# r22-129: generate -3 images of boats
case("r22-129", lambda o: declines(o, r'-3|negative|at least|positive|between|whole number|\b1\b'),
     lambda o: gens_added(o) or o.spent != 0)
# r22-130: use seed 99999999999999999999 for 2 images of boats
case("r22-130", lambda o: declines(o, r'seed|range|too (large|big)|between|9223372036854775807'),
     lambda o: gens_added(o) or o.spent != 0)
# r22-131: delete it
case("r22-131", lambda o: asks(o) or declines(o),
     lambda o: not nothing_removed(o))
# r22-132: like number 0
case("r22-132", lambda o: declines(o),
     lambda o: bool(newly_liked(o)))
# r22-133: switch to the Rings session
case("r22-133", lambda o: declines(o, MISSING + r'|rings') and _low(o.current) == HARBOUR,
     lambda o: bool(o.added('sessions')) or gens_added(o))
# r22-134: make it better
case("r22-134", lambda o: declines(o),
     lambda o: len(o.added('generations')) > 1)
# r22-135: save 2 to Picks and also don't save anything
case("r22-135", lambda o: declines(o),
     lambda o: bool(o.added('assets')))
# r22-136: archive 1 and 2 / undo
case("r22-136", lambda o: undone(o, r'archive'),
     lambda o: not nothing_removed(o) or bool(o.modified('generations', 'liked')))
# r22-137: rename the session to Boats / wait no, undo that
case("r22-137", lambda o: undone(o, r'rename'),
     lambda o: bool(o.added('sessions')) or gens_added(o))
# r22-138: unlike everything
case("r22-138", lambda o: liked_only(o, HARBOUR, set()),
     lambda o: not nothing_removed(o) or bool(o.modified('generations', 'archived')))
# r22-139: generate 4 images of copper earrings / like the first two / save them to a folder called Earrings
case("r22-139", lambda o: indexes(o.added('generations')) == {7, 8, 9, 10} and prompt_has(o, r'copper earrings') and liked_in(o, RINGS) == {7, 8} and saved(o, RINGS, {7, 8}, 'Earrings'),
     lambda o: bool(liked_in(o, RINGS) & {1, 2}) or bool(saved_from(o, RINGS) & {1, 2}))
# r22-140: start a session called Team Kit / make 3 images of a blue and white football kit / like that last one
case("r22-140", lambda o: (s := one_new_session(o)) is not None and _low(s['name']) == 'team kit' and len(made(o, 'Team Kit', 3, r'football kit')) == 3 and liked_in(o, 'Team Kit') == {3},
     lambda o: bool(liked_in(o, 'Team Kit') - {3}))
# r22-141: like 2, 3 and 5 / archive the rest
case("r22-141", lambda o: liked_in(o, HARBOUR) == {2, 3, 5} and archived_in(o, HARBOUR) == {1, 4, 6} and nothing_removed(o) and sessions_active(o),
     lambda o: bool(archived_in(o, HARBOUR) & {2, 3, 5}) or not sessions_active(o) or not nothing_removed(o))
# r22-142: remix 4 / like that one
case("r22-142", lambda o: indexes(remixed(o, HARBOUR, 4, 1)) == {7} and liked_in(o, HARBOUR) == {7},
     lambda o: len(o.added('generations')) > 1 or bool(liked_in(o, HARBOUR) - {7, 4}))
# r22-143: save 1 to Picks / oh and 5 too
case("r22-143", lambda o: saved(o, HARBOUR, {1, 5}, 'Picks'),
     lambda o: bool(saved_from(o, HARBOUR) - {1, 5}))
# r22-144: like 1 and 6 / which ones did I just like?
case("r22-144", lambda o: liked_only(o, HARBOUR, {1, 6}) and o.says(r'#?1\b') and o.says(r'#?6\b'),
     lambda o: bool(liked_in(o, HARBOUR) - {1, 6}))
# r22-145: switch to Rings / generate 2 more
case("r22-145", lambda o: indexes(made(o, RINGS, 2, r'silver rings')) == {5, 6},
     lambda o: any(g['session_id'] in sids(o, 'Posters') for g in o.added('generations')))
# r22-146: how many credits do I have / ok make 5 of a sunset over the harbour
case("r22-146", lambda o: o.says(r'\b494\b') and indexes(made(o, HARBOUR, 5, r'sunset')) == set(range(7, 12)),
     lambda o: bool(o.added('sessions')) or (gens_added(o) and len(o.added('generations')) != 5))
# r22-147: like 3 / no sorry I meant 5
case("r22-147", lambda o: liked_only(o, HARBOUR, {5}),
     lambda o: 3 in liked_in(o, HARBOUR))
# r22-148: make a post with 2 and 4 caption Dawn patrol / make it instagram
case("r22-148", lambda o: one_post(o, 'Dawn patrol', {2, 4}, HARBOUR) and _low(o.added('posts')[0].get('platform')) == 'instagram',
     lambda o: len(o.added('posts')) > 1)
# r22-149: start a session called market day then generate four images of a farmers market stall with flowers
case("r22-149", lambda o: (s := one_new_session(o)) is not None and _low(s['name']) == 'market day' and bool(made(o, 'market day', 4, r'farmers market')),
     lambda o: any('generate' in _low(s['name']) for s in o.added('sessions')))
# r22-150: like two and five then save them to a folder called keepers
case("r22-150", lambda o: liked_in(o, HARBOUR) == {2, 5} and saved(o, HARBOUR, {2, 5}, 'keepers'),
     lambda o: bool(saved_from(o, HARBOUR) - {2, 5}))
# r22-151: how many pictures are in this session right now
case("r22-151", lambda o: tells(o, r'\b6\b|\bsix\b'),
     lambda o: gens_added(o))
# r22-152: what is the seed of number six
case("r22-152", lambda o: tells(o, seed_of(o, HARBOUR, 6)),
     lambda o: gens_added(o))
# r22-153: genrate 3 imgaes of a ligthhouse
case("r22-153", lambda o: indexes(made(o, HARBOUR, 3, r'ligt?h?thouse|lighthouse')) == {7, 8, 9},
     lambda o: gens_added(o) and len(o.added('generations')) != 3)
# r22-154: lik 2 adn 3
case("r22-154", lambda o: liked_only(o, HARBOUR, {2, 3}) or declines(o),
     lambda o: bool(liked_in(o, HARBOUR) - {2, 3}))
# r22-155: hwo many credts do i hav
case("r22-155", lambda o: tells(o, r'\b494\b') or declines(o),
     lambda o: gens_added(o))
# r22-156: sav 4 to foldr Picks
case("r22-156", lambda o: saved(o, HARBOUR, {4}, 'Picks') or declines(o),
     lambda o: bool(saved_from(o, HARBOUR) - {4}))
# r22-157: which session was I in before this one?
case("r22-157", lambda o: tells(o, r'rings'),
     lambda o: bool(o.added('sessions')))
# r22-158: did I save number 2 anywhere?
case("r22-158", lambda o: tells(o, r'\bno\b|not|none|hasn|isn'),
     lambda o: bool(o.added('assets')))
# r22-159: what did I ask for in the Rings session?
case("r22-159", lambda o: tells(o, r'silver rings'),
     lambda o: gens_added(o))
# r22-160: how many images are archived?
case("r22-160", lambda o: tells(o, r'\b2\b|\btwo\b'),
     lambda o: bool(o.modified('generations', 'archived')))
