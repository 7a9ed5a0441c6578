"""Checks for round 27 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only,
before anything was run and without reading the planner).

The 160 cases live in /work/fresh27/round27.yaml (written by an outside tester); only their ids are
here. ``meant`` says whether the outcome is what the person meant; ``wrong`` names outcomes the case's
``wrong_if`` calls out. The judge scores any data change without ``meant`` as wrong anyway.

Setups used by the cases (every confirmation answered yes):
- Pet Portraits: 6 images of a corgi in a flower field, 2 and 5 liked (balance 494); sometimes the
  liked ones saved to folder Picks.
- Museum Kids: 4 images of a dinosaur skeleton (balance 496, or 490 after Pet Portraits too).
- Comic Panels: 8 robot detective images, 1, 3 and 8 liked (balance 492).
- Stream Emotes: 8 pixel art frog emotes (492). Print Shop: 5 Istanbul travel posters (495).
Session and folder names are compared without regard to case; sessions' timestamps are ignored.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings shared by many cases ---------------------------------------------------------

PET, MUSK, PANELS, EMOTE, SHOP = "pet portraits", "museum kids", "comic panels", "stream emotes", "print shop"
NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|empty|nothing|not any|haven't"
MISSING = r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find|couldn't find|could not find"
REF = r"ref|brief"


def _low(name) -> str:
    return (name or "").strip().lower() if isinstance(name, str) or name is None else str(name).lower()


def sids(o: Outcome, name: str, when: str = "after") -> set[str]:
    state = o.after if when == "after" else o.before
    return {s["id"] for s in state["sessions"] if _low(s["name"]) == _low(name)}


def sess(o: Outcome, name: str) -> dict | None:
    return next((s for s in o.after["sessions"] if _low(s["name"]) == _low(name)), None)


def sess_of(o: Outcome, old_name: str) -> dict | None:
    """The session (after) that was called ``old_name`` before the say lines."""
    ids = sids(o, old_name, "before")
    return next((s for s in o.after["sessions"] if s["id"] in ids), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    state = o.after if when == "after" else o.before
    ids = sids(o, name, when)
    return [g for g in state["generations"] if g["session_id"] in ids]


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict:
    return next((g for g in gens(o, name, when) if g["index"] == index), {})


def liked_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["liked"]}


def archived_in(o: Outcome, name: str) -> set[int]:
    return {g["index"] for g in gens(o, name) if g["archived"]}


def index_of(o: Outcome) -> dict[str, tuple[str, int]]:
    """generation id -> (lower-cased session name, index) after the say lines."""
    names = {s["id"]: _low(s["name"]) for s in o.after["sessions"]}
    return {g["id"]: (names.get(g["session_id"]), g["index"]) for g in o.after["generations"]}


def gens_added(o: Outcome) -> bool:
    return bool(o.added("generations"))


def prompt_has(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, g["prompt"] or "", re.IGNORECASE) for g in o.added("generations"))


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


def indexes(rows: list[dict]) -> set[int]:
    return {g["index"] for g in rows}


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def saved_from(o: Outcome, name: str) -> set[int]:
    where = index_of(o)
    return {where[a["origin_generation_id"]][1] for a in o.added("assets")
            if a["origin_generation_id"] in where and where[a["origin_generation_id"]][0] == _low(name)}


def saved(o: Outcome, expected: set[int], folder: str | None, name: str) -> bool:
    """The assets the say lines added are exactly ``expected`` of ``name`` (in ``folder``), one each."""
    new = o.added("assets")
    return saved_from(o, name) == expected and len(new) == len(expected) \
        and (folder is None or all(_low(a["folder"]) == _low(folder) for a in new)) and not o.removed("generations")


def assets_in(o: Outcome, folder: str) -> list[dict]:
    return [a for a in o.after["assets"] if _low(a["folder"]) == _low(folder)]


def liked_only(o: Outcome, expected: set[int], name: str) -> bool:
    return liked_in(o, name) == expected and not o.added("generations") and not o.added("assets") \
        and not o.modified("generations", "archived") and nothing_removed(o)


def newly_liked(o: Outcome) -> set[int]:
    return {g["index"] for g in o.newly("liked", True)}


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(_low(b["name"]), a["name"]) for b, a in o.modified("sessions", "name")]


def one_new_session(o: Outcome) -> dict | None:
    new = o.added("sessions")
    return new[0] if len(new) == 1 else None


def new_sess(o: Outcome, *names: str) -> bool:
    """Exactly one new session, named one of ``names`` (any case), current, with no generations."""
    new = o.added("sessions")
    wanted = {_low(n) for n in names}
    return len(new) == 1 and _low(new[0]["name"]) in wanted and _low(o.current) in wanted \
        and not o.added("generations") and nothing_removed(o)


def ran_tool(o: Outcome, pattern: str) -> bool:
    return bool(ran_args(o, pattern))


def ran_args(o: Outcome, pattern: str) -> list[dict]:
    """Args of calls that ran without error whose tool name matches ``pattern``."""
    out, position = [], 0
    for called, args in o.calls:
        if position < len(o.results) and o.results[position][0] == called:
            if not o.results[position][2] and re.search(pattern, called):
                out.append(args)
            position += 1
    return out


def ran_with(o: Outcome, *texts: str) -> bool:
    """One call that ran without error carries every text in its arguments."""
    return any(all(t.lower() in str(a).lower() for t in texts) for a in o.ran())


def called_like(o: Outcome, pattern: str) -> bool:
    return any(re.search(pattern, n) for n in o.names())


def asks(o: Outcome, tool: str = r".") -> bool:
    """A confirmation is waiting, nothing changed yet, and a call of ``tool`` is what it is about."""
    return quiet(o) and o.question is not None and called_like(o, tool)


def asks_or_refuses(o: Outcome, tool: str = r".") -> bool:
    return asks(o, tool) or refuses(o)


def sized(o: Outcome, size: str) -> bool:
    width, height = size.split("x")
    return any(size in str(a) or (str(a.get("width")) == width and str(a.get("height")) == height)
               for a in o.called("generate"))


def remixed(o: Outcome, parent: int, count: int, name: str) -> list[dict]:
    """Exactly ``count`` new generations, each a child of ``parent`` in ``name``."""
    where = index_of(o)
    new = o.added("generations")
    good = [g for g in new if where.get(g["parent_id"]) == (_low(name), parent)]
    return good if len(new) == count and len(good) == count else []


def post_items(o: Outcome, post: dict) -> set[tuple[str, int]]:
    where = index_of(o)
    assets = {a["id"]: a for a in o.after["assets"]}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post["asset_ids"]}


def one_post(o: Outcome, caption: str, items: set[int], name: str, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and (posts[0]["caption"] or "").strip() == caption \
        and post_items(o, posts[0]) == {(_low(name), i) for i in items} \
        and all(_low(posts[0].get(k)) == _low(v) for k, v in fields.items())


def says_first(o: Outcome, first: str, second: str) -> bool:
    """``first`` appears in the text, and before ``second`` when both do."""
    text = o.text.lower()
    a, b = text.find(first.lower()), text.find(second.lower())
    return a >= 0 and (b < 0 or a < b)


def moved(o: Outcome, source: str, index: int, target: str) -> bool:
    """Only generation ``index`` of ``source`` changed session, into ``target``; nothing was made."""
    pairs = [(b["index"], b["session_id"], a["session_id"]) for b, a in o.modified("generations", "session_id")]
    return len(pairs) == 1 and pairs[0][0] == index and pairs[0][1] in sids(o, source, "before") \
        and pairs[0][2] in sids(o, target) and not o.added("generations")


def _item_set(value) -> set[int]:
    out: set[int] = set()
    for low, high, one in re.findall(r"(\d+)\s*-\s*(\d+)|(\d+)", str(value)):
        if one:
            out.add(int(one))
        else:
            out.update(range(int(low), int(high) + 1))
    return out


def downloaded(o: Outcome, items: set[int], path: str | None = None) -> bool:
    """A download of ``items`` (or of "the liked ones", when those are the liked ones) was asked for;
    it ran, or (when a path is named) it waits on a question."""
    calls = o.called("download") if path else o.ran("download")
    for args in calls:
        if path is not None and path not in str(args):
            continue
        if args.get("which") == "liked" and path is None:
            return True
        if args.get("items") is not None and _item_set(args.get("items")) == items:
            return True
    return False


def top_seed(o: Outcome, name: str) -> str:
    rows = [g for g in gens(o, name) if g.get("seed") is not None]
    if not rows:
        return r"\u0000"
    best = max(rows, key=lambda g: g["seed"])
    return rf"#{best['index']}\b|generation {best['index']}\b|\b{best['seed']}\b"


# r27-001 [change] generate 4 more of the corgi but on a beach at sunset
case("r27-001", lambda o: indexes(made(o, PET, 4, r"beach")) == {7, 8, 9, 10} and not o.modified("generations"),
     lambda o: bool(o.added("sessions")) or (gens_added(o) and len(o.added("generations")) != 4))
# r27-002 [change] like 1 and 6 too
case("r27-002", lambda o: liked_only(o, {1, 2, 5, 6}, PET),
     lambda o: not {2, 5} <= liked_in(o, PET) or bool(liked_in(o, PET) - {1, 2, 5, 6}))
# r27-003 [change] actually unlike 5, the ears are cut off
case("r27-003", lambda o: liked_only(o, {2}, PET),
     lambda o: 2 not in liked_in(o, PET) or gens_added(o))
# r27-004 [change] save my two favourites into a folder named Client Gallery
case("r27-004", lambda o: saved(o, {2, 5}, "Client Gallery", PET),
     lambda o: bool(saved_from(o, PET) - {2, 5}))
# r27-005 [question] how many pictures are in this session?
case("r27-005", lambda o: answers(o, r"\b6\b|\bsix\b"))
# r27-006 [question] what seed did number 3 use
case("r27-006", lambda o: answers(o, rf"\b{gen(o, PET, 3).get('seed')}\b"))
# r27-007 [change] make 3 variations of number 2
case("r27-007", lambda o: indexes(remixed(o, 2, 3, PET)) == {7, 8, 9} and not o.modified("generations"),
     lambda o: gens_added(o) and len(o.added("generations")) != 3)
# r27-008 [change] start a new session called Cat Cafe
case("r27-008", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "cat cafe" and bool(made(o, "cat cafe", 5, r"cat")) and liked_in(o, "cat cafe") == {4, 5},
     lambda o: len(o.added("sessions")) > 1 or bool(liked_in(o, "cat cafe") - {4, 5}))
# r27-009 [change] archive all of them except the liked ones
case("r27-009", lambda o: archived_in(o, PET) == {1, 3, 4, 6} and liked_in(o, PET) == {2, 5} and sessions_active(o) and nothing_removed(o),
     lambda o: bool(archived_in(o, PET) & {2, 5}) or not sessions_active(o) or not nothing_removed(o))
# r27-010 [question] which ones did I like?
case("r27-010", lambda o: answers(o, r"#?2\b", r"#?5\b"))
# r27-011 [change] download the liked ones
case("r27-011", lambda o: quiet(o) and downloaded(o, {2, 5}),
     lambda o: o.data_changed)
# r27-012 [change] tag the pictures in the Picks folder with client-smith
case("r27-012", lambda o: len(assets_in(o, "Picks")) == 2 and all("client-smith" in (a["tags"] or []) for a in assets_in(o, "Picks")) and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or not nothing_removed(o))
# r27-013 [change] like 3 and 4
case("r27-013", lambda o: liked_in(o, PET) == {2, 5} and not gens_added(o) and nothing_removed(o) and not o.modified("generations", "archived"),
     lambda o: not {2, 5} <= liked_in(o, PET) or gens_added(o))
# r27-014 [question] which of my dog photos are already in the library?
case("r27-014", lambda o: answers(o, r"#?2\b|Picks", r"#?5\b|Picks"))
# r27-015 [change] i need a post for instagram with the liked ones, caption: Sunday zoomies
case("r27-015", lambda o: one_post(o, "Sunday zoomies", {2, 5}, PET, platform="instagram"),
     lambda o: len(o.added("posts")) > 1 or any(post_items(o, p) - {(PET, 2), (PET, 5)} for p in o.added("posts")))
# r27-016 [should ask/refuse] save the best ones
case("r27-016", lambda o: saved(o, {2, 5}, None, PET) or refuses(o),
     lambda o: bool(saved_from(o, PET) - {2, 5}))
# r27-017 [change] find the corgi pics I liked
case("r27-017", lambda o: quiet(o) and not_lost(o) and (any(re.search(r"corgi", str(a), re.I) for a in o.ran("search")) or o.says(r"corgi")),
     lambda o: o.data_changed)
# r27-018 [change] Please can you make 3 picture of Galata tower in the night
case("r27-018", lambda o: bool(made(o, "harbour", 3, r"galata")) and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or (gens_added(o) and len(o.added("generations")) != 3))
# r27-019 [change] I want to create new session, name is Istanbul Nights
case("r27-019", lambda o: new_sess(o, "Istanbul Nights"),
     lambda o: gens_added(o) or len(o.added("sessions")) > 1)
# r27-020 [question] how many credit I have now?
case("r27-020", lambda o: answers(o, r"\b494\b"))
# r27-021 [change] the number 4 I am liking it, please add to liked
case("r27-021", lambda o: liked_only(o, {2, 4, 5}, PET),
     lambda o: bool(liked_in(o, PET) - {2, 4, 5}) or not {2, 5} <= liked_in(o, PET))
# r27-022 [change] change the session name to Kedi Portreleri
case("r27-022", lambda o: renamed(o) == [(PET, "Kedi Portreleri")] and not o.added("sessions") and not gens_added(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))
# r27-023 [question] which session I am in now?
case("r27-023", lambda o: answers(o, r"museum kids"))
# r27-024 [should ask/refuse] number 7 please like
case("r27-024", lambda o: refuses(o),
     lambda o: bool(newly_liked(o)) or gens_added(o))
# r27-025 [question] give me prompt of number 1 and which model is make it
case("r27-025", lambda o: answers(o, r"corgi", re.escape(str(gen(o, PET, 1).get("model")))))
# r27-026 [change] go back to Pet Portraits session
case("r27-026", lambda o: indexes(made(o, PET, 2, r"corgi")) == {7, 8} and _low(o.current) == PET,
     lambda o: any(g["session_id"] in sids(o, MUSK) for g in o.added("generations")))
# r27-027 [change] archive this session please, I am finish with it
case("r27-027", lambda o: [(_low(b["name"]), a["status"]) for b, a in o.modified("sessions", "status")] == [(PET, "archived")] and nothing_removed(o),
     lambda o: not nothing_removed(o))
# r27-028 [question] in which folder I saved the photos?
case("r27-028", lambda o: answers(o, r"picks"))
# r27-029 [change] i don't like number 2 anymore, remove the like please
case("r27-029", lambda o: liked_only(o, {5}, PET),
     lambda o: 5 not in liked_in(o, PET) or not nothing_removed(o))
# r27-030 [change] make new session Kapadokya
case("r27-030", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "kapadokya" and bool(made(o, "kapadokya", 4, r"balloon")),
     lambda o: any(g["session_id"] in sids(o, PET) for g in o.added("generations")))
# r27-031 [change] Start a session called Fossils for Kids and generate 4 images of a trilobite fos
case("r27-031", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "fossils for kids" and bool(made(o, "fossils for kids", 4, r"trilobite")),
     lambda o: any(re.search(r"generate|trilobite", s["name"], re.I) for s in o.added("sessions")))
# r27-032 [change] For the school visit, please save numbers 1 and 3 to a folder called Classroom H
case("r27-032", lambda o: saved(o, {1, 3}, "Classroom Handouts", MUSK),
     lambda o: bool(saved_from(o, MUSK) - {1, 3}))
# r27-033 [question] Could you tell me what prompt I used for the second image?
case("r27-033", lambda o: answers(o, r"dinosaur skeleton"))
# r27-034 [change] Create a project called Spring Exhibition
case("r27-034", lambda o: [_low(p["name"]) for p in o.added("projects")] == ["spring exhibition"] and not gens_added(o) and not o.added("sessions"),
     lambda o: any(_low(s["name"]) == "spring exhibition" for s in o.added("sessions")) or gens_added(o))
# r27-035 [change] Please link this session to the project Spring Exhibition
case("r27-035", lambda o: [(_low(b["name"]), _low(a["project"])) for b, a in o.modified("sessions", "project")] == [(MUSK, "spring exhibition")] and not renamed(o) and not o.added("sessions"),
     lambda o: bool(renamed(o)) or bool(o.added("sessions")) or gens_added(o))
# r27-036 [change] Set the brief for this session: friendly dinosaur skeletons, bright colours, no 
case("r27-036", lambda o: ran_with(o, "friendly dinosaur skeletons") and not gens_added(o) and not renamed(o),
     lambda o: gens_added(o) or bool(renamed(o)))
# r27-037 [question] What folders do I have at the moment?
case("r27-037", lambda o: answers(o, r"picks"))
# r27-038 [question] How many images have I saved to the library altogether?
case("r27-038", lambda o: answers(o, r"\b2\b|\btwo\b"))
# r27-039 [change] generate 2 images of a mammoth in an ice cave
case("r27-039", lambda o: len([g for g in o.added("generations") if re.search(r"mammoth", g["prompt"] or "", re.I) and g["session_id"] in sids(o, MUSK)]) == 3 and len(o.added("generations")) == 3,
     lambda o: len(o.added("generations")) >= 5)
# r27-040 [question] Which session has more images, Pet Portraits or Museum Kids?
case("r27-040", lambda o: answers(o, r"pet portraits") and (o.says(r"\b6\b") or says_first(o, "pet portraits", "museum kids")))
# r27-041 [change] Add the reference file ~/refs/skeleton-diagram.jpg to this session's brief
case("r27-041", lambda o: not gens_added(o) and not o.added("sessions") and (any("skeleton-diagram.jpg" in str(a) for a in ran_args(o, REF)) or refuses(o, MISSING)),
     lambda o: gens_added(o) or bool(o.added("sessions")))
# r27-042 [question] What is the brief of this session? I don't remember setting one.
case("r27-042", lambda o: answers(o, NONE + r"|not set|no brief"))
# r27-043 [change] Would you kindly hide the fourth picture from the children's set? Please don't d
case("r27-043", lambda o: archived_in(o, MUSK) == {4} and nothing_removed(o) and sessions_active(o),
     lambda o: not nothing_removed(o) or bool(archived_in(o, MUSK) - {4}))
# r27-044 [question] When did I create the first image in this session?
case("r27-044", lambda o: answers(o, r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|just now"))
# r27-045 [change] Move image 3 of Museum Kids into Pet Portraits, it belongs there
case("r27-045", lambda o: moved(o, MUSK, 3, PET),
     lambda o: gens_added(o) or len(o.modified("generations", "session_id")) > 1)
# r27-046 [question] Could you list all my sessions, please?
case("r27-046", lambda o: answers(o, r"pet portraits", r"museum kids"))
# r27-047 [change] gen 10 cyberpunk cat pics
case("r27-047", lambda o: bool(made(o, "harbour", 10, r"cyberpunk")) and o.spent == 10,
     lambda o: gens_added(o) and len(o.added("generations")) != 10)
# r27-048 [change] like 1-4
case("r27-048", lambda o: liked_only(o, {1, 2, 3, 4}, EMOTE),
     lambda o: bool(liked_in(o, EMOTE) - {1, 2, 3, 4}))
# r27-049 [change] lik 3 n 7
case("r27-049", lambda o: liked_only(o, {3, 7}, EMOTE),
     lambda o: bool(liked_in(o, EMOTE) - {3, 7}))
# r27-050 [change] like 2 and 6
case("r27-050", lambda o: liked_in(o, EMOTE) == {2, 6} and saved(o, {2, 6}, "emotes", EMOTE),
     lambda o: bool(saved_from(o, EMOTE) - {2, 6}))
# r27-051 [question] how many credits left
case("r27-051", lambda o: answers(o, r"\b492\b"))
# r27-052 [change] archive everything but 8
case("r27-052", lambda o: archived_in(o, EMOTE) == {1, 2, 3, 4, 5, 6, 7} and sessions_active(o) and nothing_removed(o),
     lambda o: 8 in archived_in(o, EMOTE) or not sessions_active(o) or not nothing_removed(o))
# r27-053 [change] new session clip thumbs then gen 3 neon gaming thumbnails
case("r27-053", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "clip thumbs" and bool(made(o, "clip thumbs", 3, r"neon")),
     lambda o: any(g["session_id"] in sids(o, EMOTE) for g in o.added("generations")))
# r27-054 [question] wait what session am i in lol
case("r27-054", lambda o: answers(o, r"stream emotes"))
# r27-055 [change] remix 5
case("r27-055", lambda o: bool(o.added("generations")) and all(index_of(o).get(g["parent_id"]) == (EMOTE, 5) for g in o.added("generations")) and not o.modified("generations"),
     lambda o: gens_added(o) and not any(index_of(o).get(g["parent_id"]) == (EMOTE, 5) for g in o.added("generations")))
# r27-056 [change] unlike all
case("r27-056", lambda o: liked_only(o, set(), PET),
     lambda o: not nothing_removed(o) or bool(o.modified("generations", "archived")))
# r27-057 [change] dl the liked ones as a zip
case("r27-057", lambda o: quiet(o) and downloaded(o, {2, 5}),
     lambda o: o.data_changed)
# r27-058 [question] seed of 8?
case("r27-058", lambda o: answers(o, rf"\b{gen(o, EMOTE, 8).get('seed')}\b"))
# r27-059 [change] select 2 4 and 6
case("r27-059", lambda o: ran_tool(o, r"select") and not o.modified("generations", "liked") and not o.modified("generations", "archived") and not gens_added(o),
     lambda o: bool(o.modified("generations", "archived")) or not nothing_removed(o))
# r27-060 [change] like 1 2 3
case("r27-060", lambda o: liked_only(o, {1, 3}, EMOTE),
     lambda o: 2 in liked_in(o, EMOTE))
# r27-061 [should ask/refuse] gen 500 frogs
case("r27-061", lambda o: refuses(o, r"100|at most|maximum|too many|limit|between"),
     lambda o: gens_added(o) or o.spent != 0)
# r27-062 [question] how many did i like so far
case("r27-062", lambda o: answers(o, NONE))
# r27-063 [question] Hi, sorry, I've never used this before. How do I start?
case("r27-063", lambda o: quiet(o) and not_lost(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))
# r27-064 [change] Um, could I maybe start a session for my sister's wedding invitations? Called We
case("r27-064", lambda o: new_sess(o, "Wedding Invites"),
     lambda o: gens_added(o) or any(re.search(r"\bum\b|could", s["name"], re.I) for s in o.added("sessions")))
# r27-065 [change] is it ok if I generate 2 images of a watercolor rose? I don't want to spend too 
case("r27-065", lambda o: bool(made(o, "wedding invites", 2, r"rose")) and o.spent == 2,
     lambda o: len(o.added("generations")) > 2)
# r27-066 [question] Did that cost anything? How many credits do I have left?
case("r27-066", lambda o: answers(o, r"\b498\b"))
# r27-067 [change] I think I pressed something wrong, can you undo the last thing?
case("r27-067", lambda o: liked_only(o, set(), PET) or refuses(o),
     lambda o: not nothing_removed(o) or gens_added(o))
# r27-068 [change] please don't delete anything, but can you hide number 3? it's ugly
case("r27-068", lambda o: archived_in(o, PET) == {3} and nothing_removed(o) and sessions_active(o),
     lambda o: not nothing_removed(o))
# r27-069 [question] What does liking an image actually do? I don't want to break anything.
case("r27-069", lambda o: quiet(o) and not_lost(o),
     lambda o: o.data_changed)
# r27-070 [should ask/refuse] delete everything
case("r27-070", lambda o: asks_or_refuses(o),
     lambda o: not nothing_removed(o))
# r27-071 [question] Is my work saved somewhere? Where are my pictures?
case("r27-071", lambda o: quiet(o) and not_lost(o),
     lambda o: o.data_changed)
# r27-072 [change] Sorry if this is a silly question, but could you please save number 5 for me?
case("r27-072", lambda o: saved(o, {5}, None, PET),
     lambda o: bool(saved_from(o, PET) - {5}))
# r27-073 [should ask/refuse] can I delete this session? actually no, wait, don't
case("r27-073", lambda o: quiet(o),
     lambda o: not nothing_removed(o))
# r27-074 [should ask/refuse] like number 2
case("r27-074", lambda o: refuses(o),
     lambda o: bool(o.added("sessions")) or gens_added(o))
# r27-075 [question] how many credits do I start with?
case("r27-075", lambda o: answers(o, r"\b500\b"))
# r27-076 [change] Could you please, if it's not too much trouble, make 1 image of a lace pattern w
case("r27-076", lambda o: bool(made(o, "wedding invites", 1, r"lace")),
     lambda o: prompt_has(o, r"trouble|could you") or len(o.added("generations")) > 1)
# r27-077 [change] Start a session called Autumn Launch Hero for the Fall 26 campaign under project
case("r27-077", lambda o: new_sess(o, "Autumn Launch Hero") and _low(one_new_session(o)["campaign"]) == "fall 26" and _low(one_new_session(o)["project"]) == "northwind",
     lambda o: gens_added(o) or any(re.search(r"campaign|northwind", s["name"], re.I) for s in o.added("sessions")))
# r27-078 [change] generate 6 images of a wool scarf on a model in an autumn park
case("r27-078", lambda o: bool(made(o, "autumn launch hero", 6, r"scarf")) and o.spent == 6,
     lambda o: gens_added(o) and len(o.added("generations")) != 6)
# r27-079 [question] what projects do we have?
case("r27-079", lambda o: answers(o, r"northwind"))
# r27-080 [change] Set the brief: warm autumn tones, brand colour #C8102E, no text on images
case("r27-080", lambda o: ran_with(o, "warm autumn tones") and ran_with(o, "#C8102E") and not gens_added(o),
     lambda o: gens_added(o))
# r27-081 [question] how many posts have we made so far?
case("r27-081", lambda o: answers(o, NONE))
# r27-082 [change] Save 2 and 5 to the folder Fall Assets and tag them hero and autumn
case("r27-082", lambda o: saved(o, {2, 5}, "Fall Assets", PET) and all({"hero", "autumn"} <= {t.lower() for t in a["tags"] or []} for a in o.added("assets")),
     lambda o: any("hero and autumn" in (a["tags"] or []) for a in o.after["assets"]) or bool(saved_from(o, PET) - {2, 5}))
# r27-083 [should ask/refuse] Generate 30 banner variations of a pumpkin latte cup
case("r27-083", lambda o: asks(o, r"generate") and "30" in str(o.called("generate")),
     lambda o: gens_added(o))
# r27-084 [question] what did we spend on this session in credits?
case("r27-084", lambda o: answers(o, r"\b6\b"))
# r27-085 [change] save the liked ones to a folder called Campaign Picks
case("r27-085", lambda o: saved(o, {2, 5}, "Campaign Picks", PET) and one_post(o, "Autumn is here", {2, 5}, PET, platform="linkedin"),
     lambda o: len(o.added("posts")) > 1)
# r27-086 [change] put this session in the campaign Fall 26
case("r27-086", lambda o: [_low(a["campaign"]) for _, a in o.modified("sessions", "campaign")] == ["fall 26"] and o.says(r"fall 26"),
     lambda o: bool(renamed(o)) or bool(o.added("sessions")))
# r27-087 [question] Give me a quick status: sessions, images, liked, saved.
case("r27-087", lambda o: answers(o, r"\b6\b", r"\b2\b"))
# r27-088 [should ask/refuse] post the campaign images
case("r27-088", lambda o: refuses(o) or (len(o.added("posts")) == 1 and post_items(o, o.added("posts")[0]) == {(PET, 2), (PET, 5)}),
     lambda o: any(post_items(o, p) - {(PET, 2), (PET, 5)} for p in o.added("posts")))
# r27-089 [change] Move everything in the Picks folder to the project Fall Campaign
case("r27-089", lambda o: len(assets_in(o, "Picks")) == 2 and all(_low(a["project"]) == "fall campaign" for a in assets_in(o, "Picks")) and not o.added("assets"),
     lambda o: bool(o.added("assets")) or not nothing_removed(o))
# r27-090 [change] ok so I want to start a new session and call it River Study and then generate fo
case("r27-090", lambda o: (s := one_new_session(o)) is not None and _low(s["name"]) == "river study" and bool(made(o, "river study", 4, r"river")) and liked_in(o, "river study") == {1, 3},
     lambda o: any(re.search(r"generate|and then", s["name"], re.I) for s in o.added("sessions")) or bool(liked_in(o, "river study") - {1, 3}))
# r27-091 [change] so basically I looked at all of them and I like number two and number four and a
case("r27-091", lambda o: liked_only(o, {2, 4, 6}, PET),
     lambda o: bool(liked_in(o, PET) - {2, 4, 6}))
# r27-092 [question] can you tell me how many images I've made in total across all my sessions and ho
case("r27-092", lambda o: answers(o, r"\b10\b"))
# r27-093 [change] right so the session name is wrong it should be called Harbour Lights not whatev
case("r27-093", lambda o: renamed(o) == [("harbour", "Harbour Lights")] and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or gens_added(o))
# r27-094 [change] and then what I'd like is for you to take the second one and the fifth one and p
case("r27-094", lambda o: saved(o, {2, 5}, "Keepers", PET) and bool(o.ran("download")),
     lambda o: bool(saved_from(o, PET) - {2, 5}))
# r27-095 [change] I need you to archive the first three images because they are not very good and 
case("r27-095", lambda o: archived_in(o, PET) == {1, 2, 3} and indexes(made(o, PET, 3, r"corgi")) == {7, 8, 9} and sessions_active(o),
     lambda o: bool(archived_in(o, PET) - {1, 2, 3}) or not sessions_active(o) or not nothing_removed(o))
# r27-096 [question] tell me the prompt and the seed of the last image in this session please thank y
case("r27-096", lambda o: answers(o, r"corgi", rf"\b{gen(o, PET, 6).get('seed')}\b"))
# r27-097 [question] so um how many of these have I liked and how many are not liked yet
case("r27-097", lambda o: answers(o, r"\b2\b", r"\b4\b"))
# r27-098 [change] okay and the one I liked last the number five one I actually want to unlike it a
case("r27-098", lambda o: liked_only(o, {1, 2}, PET),
     lambda o: 5 in liked_in(o, PET) or 2 not in liked_in(o, PET))
# r27-099 [change] and now switch me over to the pet portraits session because I want to keep worki
case("r27-099", lambda o: quiet(o) and _low(o.current) == PET,
     lambda o: o.data_changed)
# r27-100 [should ask/refuse] save them all to the folder and then maybe delete them or no keep them I don't k
case("r27-100", lambda o: refuses(o) or (len(o.added("assets")) == 6 and nothing_removed(o)),
     lambda o: not nothing_removed(o))
# r27-101 [question] what was the last thing I did in here can you remind me
case("r27-101", lambda o: quiet(o) and not_lost(o),
     lambda o: o.data_changed)
# r27-102 [change] I need 4 images of a vintage travel poster for Izmir, size 1024x1536
case("r27-102", lambda o: bool(made(o, "print shop", 4, r"izmir")) and sized(o, "1024x1536"),
     lambda o: gens_added(o) and len(o.added("generations")) != 4)
# r27-103 [change] Download 1, 2 and 3 to ./print-orders/batch1.zip
case("r27-103", lambda o: quiet(o) and downloaded(o, {1, 2, 3}, "batch1.zip"),
     lambda o: o.data_changed)
# r27-104 [question] Which of the posters have I already saved to the library?
case("r27-104", lambda o: answers(o, r"#?2\b|orders"))
# r27-105 [question] what size are these posters?
case("r27-105", lambda o: answers(o, r"\d{2,4}\s*(x|×|by)\s*\d{2,4}"))
# r27-106 [should ask/refuse] Generate 150 posters
case("r27-106", lambda o: refuses(o, r"100|at most|maximum|too many|limit|between"),
     lambda o: gens_added(o) or o.spent != 0)
# r27-107 [should ask/refuse] generate 0 images of a poster
case("r27-107", lambda o: refuses(o),
     lambda o: gens_added(o) or o.spent != 0)
# r27-108 [change] Save all five to a folder called Print Ready and tag them a3
case("r27-108", lambda o: saved(o, {1, 2, 3, 4, 5}, "Print Ready", SHOP) and all("a3" in [t.lower() for t in a["tags"] or []] for a in o.added("assets")),
     lambda o: gens_added(o))
# r27-109 [question] How much would 12 more posters cost me?
case("r27-109", lambda o: answers(o, r"\b12\b"),
     lambda o: gens_added(o))
# r27-110 [change] make 2 prints with seed 2024 of a lighthouse poster
case("r27-110", lambda o: bool(m := made(o, SHOP, 2, r"lighthouse")) and any(g["seed"] == 2024 for g in m),
     lambda o: prompt_has(o, r"seed|2024"))
# r27-111 [change] move poster 4 from Print Shop into Rejected
case("r27-111", lambda o: moved(o, SHOP, 4, "rejected"),
     lambda o: gens_added(o) or len(o.modified("generations", "session_id")) > 1)
# r27-112 [should ask/refuse] print number 9
case("r27-112", lambda o: refuses(o),
     lambda o: o.data_changed)
# r27-113 [change] customer wants the 3rd one again but in a different colour, make one variation o
case("r27-113", lambda o: indexes(remixed(o, 3, 1, SHOP)) == {6},
     lambda o: len(o.added("generations")) > 1)
# r27-114 [question] list the seeds of all five posters
case("r27-114", lambda o: answers(o, *[rf"\b{g['seed']}\b" for g in gens(o, SHOP)]))
# r27-115 [change] bring back number 4, customer changed their mind
case("r27-115", lambda o: archived_in(o, SHOP) == {2} and nothing_removed(o),
     lambda o: 2 not in archived_in(o, SHOP))
# r27-116 [question] what model made these?
case("r27-116", lambda o: answers(o, re.escape(str(gen(o, SHOP, 1).get("model")))))
# r27-117 [change] like 4
case("r27-117", lambda o: liked_only(o, {1, 3, 5, 8}, PANELS),
     lambda o: 4 in liked_in(o, PANELS) or not {1, 3, 8} <= liked_in(o, PANELS))
# r27-118 [change] save panel 3 to Issue One - sorry, the folder is called Issue 1
case("r27-118", lambda o: saved(o, {3}, "Issue 1", PANELS),
     lambda o: any(_low(a["folder"]) == "issue one" for a in o.added("assets")))
# r27-119 [change] generate 3 images of a robot detective on a rooftop, no actually make it 2
case("r27-119", lambda o: indexes(made(o, PANELS, 2, r"rooftop")) == {9, 10} and not prompt_has(o, r"actually"),
     lambda o: len(o.added("generations")) == 3 or prompt_has(o, r"no actually|make it"))
# r27-120 [change] rename this session to Chapter 2
case("r27-120", lambda o: _low((sess_of(o, PANELS) or {}).get("name")) == "chapter two" and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or gens_added(o))
# r27-121 [change] archive 2, 4 and 6 - wait, leave 4 alone
case("r27-121", lambda o: archived_in(o, PANELS) == {2, 6} and nothing_removed(o),
     lambda o: 4 in archived_in(o, PANELS) or not nothing_removed(o))
# r27-122 [change] make variations of panel 8, like three of them
case("r27-122", lambda o: indexes(remixed(o, 8, 3, PANELS)) == {9, 10, 11},
     lambda o: gens_added(o) and len(o.added("generations")) != 3)
# r27-123 [question] what's the lineage of 9?
case("r27-123", lambda o: answers(o, r"#?3\b"))
# r27-124 [change] unlike everything except 8
case("r27-124", lambda o: liked_only(o, {8}, PANELS),
     lambda o: 8 not in liked_in(o, PANELS))
# r27-125 [question] which panels did I like? just the numbers
case("r27-125", lambda o: answers(o, r"\b1\b", r"\b3\b", r"\b8\b"))
# r27-126 [change] start a session called Inking
case("r27-126", lambda o: len(o.added("sessions")) == 1 and _low(o.added("sessions")[0]["name"]) == "inks" and not gens_added(o),
     lambda o: len(o.added("sessions")) > 1)
# r27-127 [change] like 2 and 7. hm, scratch 7, like 6
case("r27-127", lambda o: liked_only(o, {1, 2, 3, 6, 8}, PANELS),
     lambda o: 7 in liked_in(o, PANELS))
# r27-128 [change] generate 4 panels of a femme fatale android in a jazz bar, noir ink style
case("r27-128", lambda o: indexes(made(o, PANELS, 4, r"jazz bar")) == {9, 10, 11, 12},
     lambda o: bool(o.added("sessions")))
# r27-129 [change] save the liked panels to a folder called Issue 1
case("r27-129", lambda o: saved(o, {1, 3, 8}, "Issue 1", PANELS) and all("inks" in [t.lower() for t in a["tags"] or []] for a in assets_in(o, "Issue 1")),
     lambda o: bool(saved_from(o, PANELS) - {1, 3, 8}))
# r27-130 [should ask/refuse] like 3 and unlike 3
case("r27-130", lambda o: refuses(o),
     lambda o: 3 not in liked_in(o, PANELS))
# r27-131 [change] archive panel 5. no, 6. sorry, 6
case("r27-131", lambda o: archived_in(o, PANELS) == {6} and nothing_removed(o),
     lambda o: 5 in archived_in(o, PANELS))
# r27-132 [question] whats the prompt on 4 again
case("r27-132", lambda o: answers(o, r"robot detective"))
# r27-133 [question] How many generations do I have in total, across every session?
case("r27-133", lambda o: answers(o, r"\b10\b|\bten\b"))
# r27-134 [question] What's my credit balance, and how many credits have I spent so far?
case("r27-134", lambda o: answers(o, r"\b490\b", r"\b10\b"))
# r27-135 [question] How many liked generations are there overall?
case("r27-135", lambda o: answers(o, r"\b2\b|\btwo\b"))
# r27-136 [question] what's the average credit cost per image so far?
case("r27-136", lambda o: answers(o, r"\b1(\.0+)?\b"))
# r27-137 [question] How many sessions do I have, and how many of them are archived?
case("r27-137", lambda o: answers(o, r"\b2\b|\btwo\b", r"\b1\b|\bone\b"))
# r27-138 [question] Which session did I use most recently?
case("r27-138", lambda o: answers(o, r"museum kids"))
# r27-139 [question] show me the credit history
case("r27-139", lambda o: answers(o, r"\b6\b"))
# r27-140 [question] How many images are archived in Pet Portraits?
case("r27-140", lambda o: answers(o, r"\b2\b|\btwo\b"))
# r27-141 [question] What share of my images have I liked?
case("r27-141", lambda o: answers(o, r"33|1/3|one.third|\b2\b"))
# r27-142 [question] how many images per session? give me a breakdown
case("r27-142", lambda o: answers(o, r"pet portraits", r"museum kids", r"\b6\b", r"\b4\b"))
# r27-143 [question] how many assets are in the library and how many are tagged?
case("r27-143", lambda o: answers(o, r"\b2\b"))
# r27-144 [question] If I generate 25 more images, what will my balance be?
case("r27-144", lambda o: answers(o, r"\b465\b|\b25\b"),
     lambda o: gens_added(o))
# r27-145 [question] which generation has the highest seed?
case("r27-145", lambda o: answers(o, top_seed(o, PET)))
# r27-146 [should ask/refuse] delete the Museum Kids session
case("r27-146", lambda o: asks(o, r"delete") and "museum" in str(o.called("delete_session") or o.calls).lower(),
     lambda o: not nothing_removed(o))
# r27-147 [change] oh no, I need Pet Portraits back, can you unarchive it
case("r27-147", lambda o: [(_low(b["name"]), a["status"]) for b, a in o.modified("sessions", "status")] == [(PET, "active")] and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or not nothing_removed(o))
# r27-148 [should ask/refuse] switch to the Ocean session
case("r27-148", lambda o: refuses(o, MISSING + r"|no session|ocean"),
     lambda o: bool(o.added("sessions")))
# r27-149 [should ask/refuse] generate -3 images of a dog
case("r27-149", lambda o: refuses(o),
     lambda o: gens_added(o) or o.spent != 0)
# r27-150 [should ask/refuse] generate 1 image of a dalmatian with seed 99999999999999999999
case("r27-150", lambda o: refuses(o, r"seed|range|too (large|big)|between|9223372036854775807"),
     lambda o: gens_added(o) or o.spent != 0)
# r27-151 [should ask/refuse] rename it
case("r27-151", lambda o: refuses(o),
     lambda o: bool(renamed(o)))
# r27-152 [should ask/refuse] reflect on this session
case("r27-152", lambda o: refuses(o, r"50|enough|at least|too few"),
     lambda o: o.spent != 0 or gens_added(o))
# r27-153 [should ask/refuse] archive 9
case("r27-153", lambda o: refuses(o),
     lambda o: bool(archived_in(o, PET)) or not sessions_active(o))
# r27-154 [question] what tags do I have?
case("r27-154", lambda o: answers(o, NONE))
# r27-155 [change] make a new project called Paws & Co and put this session in it
case("r27-155", lambda o: _low((sess(o, PET) or {}).get("project")) == "paws & co" and not o.added("sessions"),
     lambda o: bool(o.added("sessions")) or gens_added(o))
# r27-156 [change] set the brief to: soft pastel dog portraits, studio light
case("r27-156", lambda o: ran_with(o, "soft pastel dog portraits") and o.says(r"soft pastel") and not gens_added(o),
     lambda o: gens_added(o))
# r27-157 [change] take 2 out of the Picks folder, keep 5 in it
case("r27-157", lambda o: len(assets_in(o, "Picks")) == 1 and index_of(o).get(assets_in(o, "Picks")[0]["origin_generation_id"]) == (PET, 5) and not o.removed("generations"),
     lambda o: not any(index_of(o).get(a["origin_generation_id"]) == (PET, 5) for a in assets_in(o, "Picks")))
# r27-158 [change] rename the folder Picks to Final Picks
case("r27-158", lambda o: len(assets_in(o, "Final Picks")) == 2 and not assets_in(o, "Picks") and not o.added("assets") and nothing_removed(o),
     lambda o: bool(o.added("assets")) or not nothing_removed(o))
# r27-159 [change] save the liked ones from both sessions into Best Of
case("r27-159", lambda o: saved(o, {2, 5}, "Best Of", PET),
     lambda o: bool(saved_from(o, PET) - {2, 5}) or bool(saved_from(o, MUSK)))
# r27-160 [question] did I like anything in Museum Kids?
case("r27-160", lambda o: answers(o, NONE))
