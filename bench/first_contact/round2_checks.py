"""Checks for round 2 (written from each case's ``meant``, ``wrong_if`` and ``ok_to_ask`` only,
before the planner was run on the set and without reading the planner).

The 180 cases live outside the project (written by someone who never saw the code); only their ids
are here. ``meant`` says whether the outcome is what the person meant; ``wrong`` names outcomes the
case's ``wrong_if`` calls out. The judge scores any data change without ``meant`` as wrong anyway.

Where a case asks about something a fresh home does not hold (a project, folder or post that was
never made), a clear "there is none" is what was meant. Where the state export cannot show an effect
(a session brief, references, selection, a zip), the check reads the tool calls that ran instead.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import (answers, confirms, liked, new_generations, new_session,
                                                not_lost, quiet, refuses, saved_indexes)

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings shared by many cases ---------------------------------------------------------

NONE = r"\bno\b|none|\b0\b|zero|not found|no such|doesn't exist|does not exist|don't have|empty|nothing"
MISSING = r"not exist|no such|not found|does not|doesn't|missing|cannot find|can't find"


def asks(o: Outcome) -> bool:
    """A confirmation is waiting and nothing changed yet."""
    return quiet(o) and o.question is not None


def renamed(o: Outcome) -> list[tuple[str, str]]:
    return [(b["name"], a["name"]) for b, a in o.modified("sessions", "name")]


def statuses(o: Outcome) -> list[tuple[str, str]]:
    return [(b["name"], a["status"]) for b, a in o.modified("sessions", "status")]


def sessions_active(o: Outcome) -> bool:
    return all(s["status"] == "active" for s in o.after["sessions"])


def nothing_removed(o: Outcome) -> bool:
    return not any(o.removed(t) for t in ("sessions", "generations", "assets", "posts"))


def index_of(o: Outcome) -> dict[str, tuple[str, int]]:
    """generation id -> (session name, index) after the say lines."""
    names = {s["id"]: s["name"] for s in o.after["sessions"]}
    return {g["id"]: (names.get(g["session_id"]), g["index"]) for g in o.after["generations"]}


def gen(o: Outcome, session: str, index: int) -> dict:
    return next((g for g in o.generations_of(session) if g["index"] == index), {})


def remixes(o: Outcome, session: str, parent: int, words: str, count: int | None = 1) -> list[dict]:
    """New generations in ``session`` whose parent is ``parent`` and whose prompt has ``words``."""
    where = index_of(o)
    made = [g for g in o.added("generations")]
    good = [g for g in made if where.get(g["parent_id"]) == (session, parent)
            and re.search(words, g["prompt"] or "", re.IGNORECASE)]
    if not made or len(good) != len(made) or (count is not None and len(made) != count):
        return []
    return good


def unchanged_generations(o: Outcome) -> bool:
    return not o.modified("generations")


def ran_with(o: Outcome, *texts: str, tool: str | None = None) -> bool:
    """One call that ran without error carries every text in its arguments."""
    return any(all(t.lower() in str(a).lower() for t in texts) for a in o.ran(tool))


def called_with(o: Outcome, tool: str, *texts: str) -> bool:
    return any(all(t.lower() in str(a).lower() for t in texts) for a in o.called(tool))


def square(o: Outcome) -> bool:
    for args in o.ran("generate"):
        sizes = re.findall(r"(\d{3,4})\s*[x×]\s*(\d{3,4})", str(args))
        if any(w != h for w, h in sizes):
            return False
        width, height = args.get("width"), args.get("height")
        if width is not None and height is not None and width != height:
            return False
    return True


def sized(o: Outcome, size: str) -> bool:
    width, height = size.split("x")
    return any(size in str(a) or (str(a.get("width")) == width and str(a.get("height")) == height)
               for a in o.called("generate"))


def post_items(o: Outcome, post: dict) -> set[tuple[str, int]]:
    where = index_of(o)
    assets = {a["id"]: a for a in o.after["assets"]}
    return {where.get((assets.get(i) or {}).get("origin_generation_id")) for i in post["asset_ids"]}


def one_post(o: Outcome, caption: str, items: set[tuple[str, int]], **fields) -> bool:
    posts = [p for p in o.added("posts") if p["caption"] == caption]
    return len(posts) == 1 and post_items(o, posts[0]) == items and all(posts[0].get(k) == v for k, v in fields.items())


def assets_all(o: Outcome, **fields) -> bool:
    return bool(o.added("assets")) and all(all(a.get(k) == v for k, v in fields.items()) for a in o.added("assets"))


def moved(o: Outcome, indexes: set[int], to: str) -> bool:
    target = {s["id"] for s in o.after["sessions"] if s["name"] == to}
    pairs = [(b["index"], a["session_id"]) for b, a in o.modified("generations", "session_id")]
    return {i for i, _ in pairs} == indexes and len(pairs) == len(indexes) and all(s in target for _, s in pairs) \
        and not o.added("generations") and not o.added("sessions")


def newly_liked(o: Outcome) -> bool:
    return bool(o.newly("liked", True))


def likes_changed(o: Outcome, session: str) -> bool:
    before = {g["index"] for g in o.generations_of(session, "before") if g["liked"]}
    return before != o.liked_now(session)


def last_reply(o: Outcome) -> str:
    return o.replies[-1] if o.replies else ""


# -- sessions: create ----------------------------------------------------------------------------

case("r2-001", lambda o: new_session(o, "Autumn Coat 2025", project="Northwind", campaign="FW25 Lookbook") and o.spent == 0)
case("r2-002", lambda o: new_session(o, "Salt and Pepper"))
case("r2-003", lambda o: new_session(o, "Bread then Butter", project="Bakery"))
case("r2-004", lambda o: new_session(o, "Weekly IG Drop #14", "visual_feed", campaign="Spring Socials"))
case("r2-005", lambda o: new_session(o, "Teaser 30s", "video") and ran_with(o, "rain-soaked neon street", "no people"),
     lambda o: bool(o.added("generations")) or any("dolly" in (s["name"] or "") for s in o.added("sessions")))
case("r2-006", lambda o: new_session(o, "Taglines", "text", campaign="Spring Socials"))
case("r2-007", lambda o: new_session(o, "Everything Except Blue", "container", folder="Moodboards"))
case("r2-008", lambda o: new_session(o, "Café Lumière 2", project="Paris Bistro"))
case("r2-009", lambda o: len(o.added("sessions")) == 1 and not o.modified("sessions") and not o.added("generations"),
     lambda o: bool(o.modified("sessions", "name")) or bool(o.added("generations")))
case("r2-010", lambda o: new_session(o, "SDXL vs Flux 1.1 — hands", "visual", project="Model Tests"))

# -- sessions: rename / archive / switch / questions ----------------------------------------------------

case("r2-011", lambda o: renamed(o) == [("Autumn Coat 2025", "All but One")] and unchanged_generations(o)
     and not o.added("sessions"))
case("r2-012", lambda o: [n for _, n in renamed(o)] == ["Lighthouse Studys"] and not o.added("sessions")
     and not o.added("generations"))
case("r2-013", lambda o: renamed(o) == [("Salt and Pepper", "Salt, Pepper and Thyme")] and not o.added("sessions")
     and o.current == "Bakery Windows")
case("r2-014", lambda o: statuses(o) == [("Autumn Coat 2025", "archived")] and nothing_removed(o) and not o.modified("assets"))
case("r2-015", lambda o: statuses(o) == [("Lighthouse Studies", "active")] and nothing_removed(o) and not o.added("generations"))
case("r2-016", lambda o: quiet(o) and not_lost(o) and ("list_sessions" in o.names() or o.says(r"session")))
case("r2-017", lambda o: answers(o, "Spring Knit") and o.current == "Spring Knit")
case("r2-018", lambda o: answers(o, "Autumn Coat 2025") and o.current == "Autumn Coat 2025"
     and o.text.find("Autumn Coat 2025") < (o.text.find("Spring Knit") % 10**6),
     lambda o: o.current != "Autumn Coat 2025")
case("r2-019", lambda o: quiet(o) and o.current == "Salt and Pepper")
# A fresh home has no sessions: saying so is what was meant.
case("r2-020", lambda o: quiet(o) and not_lost(o) and o.says(NONE + r"|session"), lambda o: bool(o.added("sessions")))
case("r2-021", lambda o: answers(o, "Lighthouse Studies"))
case("r2-022", lambda o: answers(o, NONE) and o.says("Northwind|session"))
case("r2-023", lambda o: answers(o, NONE) and o.says("Spring Socials|session"))
case("r2-024", lambda o: refuses(o, r"winter|no session|couldn't find|could not find|no match|not found")
     and o.current == "Spring Knit",
     lambda o: bool(o.added("sessions")) or o.current != "Spring Knit")
case("r2-025", lambda o: answers(o, r"\b3\b", r"\d{4}-\d\d-\d\d|\d{1,2}:\d\d|ago|today|started"))

# -- generating ----------------------------------------------------------------------------------

case("r2-026", lambda o: bool(made := new_generations(o, "Autumn Coat 2025", 6, r"wool coat on a mannequin, soft window light"))
     and o.index_set(made) == set(range(1, 7)) and o.spent == 6 and not o.added("assets")
     and not o.liked_now("Autumn Coat 2025"))
case("r2-027", lambda o: bool(made := new_generations(o, "Lighthouse Studies", 4, r"lighthouse at dusk"))
     and any(g["seed"] == 1234 for g in made) and sized(o, "768x512"))
case("r2-028", lambda o: bool(made := new_generations(o, "Harbour Faces", 3, r"old fisherman"))
     and all(all(w in (g["negative_prompt"] or "") for w in ("blurry", "extra fingers", "text"))
             and "blurry" not in g["prompt"] for g in made),
     lambda o: any("blurry" in (g["prompt"] or "") for g in o.added("generations")))
case("r2-029", lambda o: bool(new_generations(o, "Lighthouse Studies", 5, r"storm")) and not o.added("sessions"),
     lambda o: bool(o.added("sessions")))
case("r2-030", lambda o: bool(new_generations(o, "Cats", 4, r"cat.*hat")) and square(o))
case("r2-031", lambda o: bool(made := new_generations(o, "Lighthouse Studies", 4, r"lighthouse at dusk"))
     and o.index_set(made) == {5, 6, 7, 8} and unchanged_generations(o) and not o.added("sessions"))
case("r2-032", lambda o: bool(made := new_generations(o, "Lighthouse Studies", 3, r"lighthouse at dusk"))
     and o.index_set(made) == {5, 6, 7})
case("r2-033", lambda o: bool(remixes(o, "Lighthouse Studies", 3, r".", count=None)) and unchanged_generations(o),
     lambda o: len(o.added("generations")) == 3 and not any(g["parent_id"] for g in o.added("generations")))
case("r2-034", lambda o: bool(made := remixes(o, "Autumn Coat 2025", 2, r"red scarf")) and o.index_set(made) == {7}
     and unchanged_generations(o))
case("r2-035", lambda o: bool(remixes(o, "Lighthouse Studies", 4, r"night")) and o.liked_now("Lighthouse Studies") == {4})
case("r2-036", lambda o: bool(made := new_generations(o, "Teapots", 4, r"cast iron teapot"))
     and any(g["seed"] == 99 for g in made) and o.index_set(made) == {5, 6, 7, 8} and unchanged_generations(o))
case("r2-037", lambda o: bool(new_generations(o, "Pulp Covers", 10, r"paperback cover")) and o.liked_now("Pulp Covers") == {1, 2, 3},
     lambda o: any(re.search(r"then like", g["prompt"] or "", re.I) for g in o.added("generations")))
case("r2-038", lambda o: bool(new_generations(o, "Kitchen Fun", 2, r"salt and pepper shakers shaped like robots")),
     lambda o: o.current == "Salt and Pepper")
case("r2-039", lambda o: bool(new_generations(o, "Noir Parfum", 8, r"perfume bottle.*black|black.*perfume bottle"))
     and unchanged_generations(o))
case("r2-040", lambda o: confirms("generate", o), lambda o: bool(o.added("generations")) or o.spent != 0)
case("r2-041", lambda o: confirms("generate", o) and called_with(o, "generate", "1024"),
     lambda o: bool(o.added("generations")) or o.spent != 0)
case("r2-042", lambda o: bool(new_generations(o, "Salt and Pepper", 4, r"salt and pepper shakers")),
     lambda o: bool(o.added("generations")) and bool(new_generations(o, "Bakery Windows", len(o.added("generations")))))
case("r2-043", lambda o: bool(made := new_generations(o, "Ramen Nite", 5, r"ramen"))
     and all("chopsticks" in (g["negative_prompt"] or "") or re.search(r"(no|without) chopsticks", g["prompt"], re.I)
             for g in made),
     lambda o: any(re.search(r"chopsticks", g["prompt"] or "") and not re.search(r"(no|without) chopsticks", g["prompt"], re.I)
                   for g in o.added("generations")))
case("r2-044", lambda o: refuses(o, r"\b0\b|zero|at least|how many|positive|between|1"),
     lambda o: bool(o.added("generations")) or o.spent != 0)
case("r2-045", lambda o: refuses(o, r"-3|negative|at least|how many|positive|between|1"),
     lambda o: bool(o.added("generations")) or o.spent != 0)
case("r2-046", lambda o: bool(new_generations(o, "Weekly IG Drop #14", 4, r"iced latte")) and square(o)
     and o.current == "Weekly IG Drop #14",
     lambda o: len(o.added("generations")) == 14 or bool(o.added("sessions")))
case("r2-047", lambda o: bool(made := new_generations(o, "Neon Alley", 6, r"cyberpunk alley"))
     and all("people" in (g["negative_prompt"] or "") and "cars" in (g["negative_prompt"] or "")
             and "people" not in g["prompt"] for g in made))

# -- liking / archiving / moving ------------------------------------------------------------------

case("r2-048", lambda o: liked(o, "Autumn Coat", {2, 4, 5}) and not o.archived_now("Autumn Coat"))
case("r2-049", lambda o: liked(o, "Autumn Coat", {1, 2, 3, 6}), lambda o: bool({4, 5} & o.liked_now("Autumn Coat")))
case("r2-050", lambda o: liked(o, "Autumn Coat", {1, 2, 4, 5, 6}), lambda o: 3 in o.liked_now("Autumn Coat"))
case("r2-051", lambda o: liked(o, "Pulp Covers", {1, 2, 3}), lambda o: o.liked_now("Pulp Covers") == {3})
case("r2-052", lambda o: liked(o, "Pulp Covers", set(range(1, 9))), lambda o: bool(o.removed("generations")))
case("r2-053", lambda o: liked(o, "Autumn Coat", set(range(1, 7))))
case("r2-054", lambda o: liked(o, "Pulp Covers", set(range(1, 10))), lambda o: 10 in o.liked_now("Pulp Covers"))
case("r2-055", lambda o: refuses(o, r"\b9\b|only|not exist|no generation|doesn't|\b6\b"),
     lambda o: newly_liked(o) or bool(o.added("generations")))
case("r2-056", lambda o: refuses(o), lambda o: bool(o.modified("generations", "liked")))
case("r2-057", lambda o: o.archived_now("Pulp Covers") == {7, 8, 9, 10} and sessions_active(o) and nothing_removed(o),
     lambda o: not sessions_active(o) or bool(o.archived_now("Pulp Covers") & set(range(1, 7))) or not nothing_removed(o))
case("r2-058", lambda o: quiet(o) and bool(o.ran("select")) and not o.says("failed"))
case("r2-059", lambda o: moved(o, {4, 5}, "Salt and Pepper"),
     lambda o: bool(o.added("generations")) or any(s["name"] == "Pepper" for s in o.added("sessions")))
case("r2-060", lambda o: liked(o, "Autumn Coat", {2, 5}))
case("r2-061", lambda o: liked(o, "Autumn Coat", {1, 3, 4}))
case("r2-062", lambda o: liked(o, "Autumn Coat", {2, 6}))
case("r2-063", lambda o: o.liked_now("Autumn Coat") == {3} and bool(made := remixes(o, "Autumn Coat", 3, r"warm"))
     and o.index_set(made) == {7})
case("r2-064", lambda o: o.liked_now("Autumn Coat") == set() and o.liked_now("Spring Knit") == {1} and nothing_removed(o),
     lambda o: likes_changed(o, "Spring Knit"))
case("r2-065", lambda o: refuses(o), lambda o: newly_liked(o))
case("r2-066", lambda o: o.archived_now("Autumn Coat") == {2, 4} and sessions_active(o) and not o.modified("generations", "liked"),
     lambda o: not sessions_active(o))
case("r2-067", lambda o: liked(o, "Pulp Covers", {7, 9, 10}), lambda o: 8 in o.liked_now("Pulp Covers"))
case("r2-068", lambda o: quiet(o) and not_lost(o) and o.says(r"Autumn Coat|wool coat") and o.says(r"Spring Knit|knit sweater"))
case("r2-069", lambda o: answers(o, r"\b3\b|three"))

# -- library: save / tag / folders --------------------------------------------------------------------


def _saved_everywhere(o: Outcome) -> set[tuple[str, int]]:
    where = index_of(o)
    return {where.get(a["origin_generation_id"]) for a in o.added("assets")}


case("r2-070", lambda o: _saved_everywhere(o) == {("Autumn Coat", 2), ("Autumn Coat", 4), ("Spring Knit", 1)}
     and assets_all(o, folder="Best Of 2025") and not o.removed("generations"))
case("r2-071", lambda o: _saved_everywhere(o) == {("Summer Launch", 2), ("Summer Launch", 5)} and assets_all(o, folder="Launch"),
     lambda o: bool(saved_indexes(o, "Other")))
case("r2-072", lambda o: o.liked_now("Salt and Pepper") == set() and o.liked_now("Bakery Windows") == {1} and nothing_removed(o),
     lambda o: likes_changed(o, "Bakery Windows"))
case("r2-073", lambda o: saved_indexes(o, "Autumn Coat") == {2, 5} and len(o.added("assets")) == 2
     and assets_all(o, folder="Lookbook", project="Northwind")
     and all(sorted(a["tags"]) == ["beige", "wool"] for a in o.added("assets")),
     lambda o: any("wool and beige" in a["tags"] for a in o.after["assets"]))
case("r2-074", lambda o: [sorted(a["tags"]) for _, a in o.modified("assets", "tags")] == [["hero", "wool"]]
     and not o.added("assets"))
case("r2-075", lambda o: answers(o, r"folder"))
case("r2-076", lambda o: answers(o, r"project"))
case("r2-077", lambda o: answers(o, r"Lookbook|" + NONE))
case("r2-078", lambda o: answers(o, r"hero|" + NONE))
case("r2-079", lambda o: saved_indexes(o, "Autumn Coat") == {3} and len(o.added("assets")) == 1
     and assets_all(o, title="Coat — front, then back"))
case("r2-080", lambda o: answers(o, r"Lookbook|tag|" + NONE))
case("r2-081", lambda o: asks(o), lambda o: bool(o.added("assets")))
case("r2-082", lambda o: asks(o) and any("delete" in n for n in o.names()),
     lambda o: bool(o.removed("generations")) or bool(o.removed("assets")))
case("r2-083", lambda o: saved_indexes(o, "Autumn Coat") == {1, 3} and assets_all(o, project="Nightfall") and nothing_removed(o),
     lambda o: any(a["project"] == "Nightfall" for _, a in o.modified("sessions", "project"))
     or not nothing_removed(o) or bool(saved_indexes(o, "Autumn Coat") - {1, 3}))

# -- posts ----------------------------------------------------------------------------------------

case("r2-084", lambda o: one_post(o, "Fresh drops — like, save and share!", {("Weekly IG Drop #14", 2), ("Weekly IG Drop #14", 5)},
                                  platform="instagram") and not o.liked_now("Weekly IG Drop #14"),
     lambda o: newly_liked(o) or len(o.added("assets")) > 2)
case("r2-085", lambda o: one_post(o, "Spring is here 🌸", {("Spring Socials", 1), ("Spring Socials", 3)}, platform="linkedin"),
     lambda o: bool(o.modified("generations", "liked")) or any(("Other", 2) in post_items(o, p) for p in o.added("posts")))
case("r2-086", lambda o: answers(o, r"post|" + NONE))
case("r2-087", lambda o: one_post(o, "Weekend mood", {("Autumn Coat", 1), ("Autumn Coat", 2), ("Autumn Coat", 4)}))
case("r2-088", lambda o: refuses(o), lambda o: bool(o.added("posts")))

# -- downloads ------------------------------------------------------------------------------------


def _download(o: Outcome, items: list[int] | None, liked_ok: bool = False) -> bool:
    for args in o.ran("download"):
        if liked_ok and args.get("which") == "liked":
            return True
        if items is not None and (args.get("items") == items or args.get("items") == f"{items[0]}-{items[-1]}"):
            return True
    return False


case("r2-089", lambda o: quiet(o) and _download(o, [1, 2, 3, 4]) and o.says(r"\.zip"))
case("r2-090", lambda o: quiet(o) and _download(o, [2, 3], liked_ok=True) and o.says(r"\.zip"))
case("r2-091", lambda o: quiet(o) and not_lost(o) and (bool(o.ran("download")) and o.says(r"\.zip") or o.says(r"Lookbook|" + NONE)))

# -- questions answered from the store -----------------------------------------------------------------

case("r2-092", lambda o: answers(o, r"\b500\b"))
case("r2-093", lambda o: answers(o, r"\b6\b", r"hold|held|captur"))
case("r2-094", lambda o: answers(o, r"\b10\b", r"credit"))
case("r2-095", lambda o: answers(o, re.escape(gen(o, "Autumn Coat", 4).get("prompt") or "wool coat on a mannequin")))
case("r2-096", lambda o: answers(o, r"seed", rf"\b{gen(o, 'Autumn Coat', 3).get('seed')}\b"))
case("r2-097", lambda o: answers(o, re.escape(str(gen(o, "Autumn Coat", 2).get("model"))),
                                 re.escape(str(gen(o, "Autumn Coat", 2).get("provider")))))
case("r2-098", lambda o: answers(o, re.escape(gen(o, "Harbour Faces", 5).get("negative_prompt") or "blurry, text")))
case("r2-099", lambda o: answers(o, r"Autumn Coat", r"#3|generation 3|\b3\b", r"wool coat"))
case("r2-100", lambda o: answers(o, r"#2\b|generation 2\b|number 2\b|of 2\b"), lambda o: bool(o.added("generations")))
case("r2-101", lambda o: answers(o, r"#?7\b", r"#?8\b"), lambda o: bool(o.added("generations")))
case("r2-102", lambda o: answers(o, r"\b6\b"))
case("r2-103", lambda o: answers(o, r"\b1\b|\bone\b"))
case("r2-104", lambda o: answers(o, r"#?3\b", r"#?4\b"))
case("r2-105", lambda o: answers(o, r"768\s*[x×]\s*512"))
case("r2-106", lambda o: answers(o, r"Teaser 30s|\b0\b|" + NONE))
case("r2-107", lambda o: answers(o, r"slow dolly"), lambda o: bool(o.modified("sessions")))
case("r2-108", lambda o: answers(o, NONE))
case("r2-109", lambda o: answers(o, NONE + r"|session"))
case("r2-110", lambda o: answers(o, NONE + r"|post"))
case("r2-111", lambda o: answers(o, r"wool coat", *(rf"\b{gen(o, 'Autumn Coat', i).get('seed')}\b" for i in (1, 2, 3))))

# -- briefs and references ------------------------------------------------------------------------------

case("r2-112", lambda o: ran_with(o, "coat-moodboard.jpg") and ran_with(o, "palette.png")
     and not any("coat-moodboard.jpg and" in str(a) for a in o.calls) and not o.added("generations"),
     lambda o: bool(o.added("generations")))
case("r2-113", lambda o: ran_with(o, "/Users/mina/Downloads/brief v2 final.pdf") and not o.added("generations"),
     lambda o: bool(o.added("generations")) or bool(o.added("assets")))
case("r2-114", lambda o: ran_with(o, "hero shot of a ceramic mug, morning light, Nordic kitchen — and no steam")
     and not o.added("generations"),
     lambda o: bool(o.added("generations")))
case("r2-115", lambda o: answers(o, r"reference|refs|" + NONE))

# -- undo -----------------------------------------------------------------------------------------

case("r2-116", lambda o: o.liked_now("Autumn Coat") == {1} and nothing_removed(o),
     lambda o: not nothing_removed(o) or (1 in {g["index"] for g in o.generations_of("Autumn Coat", "before") if g["liked"]}
                                        and 1 not in o.liked_now("Autumn Coat")))
case("r2-117", lambda o: statuses(o) == [("Autumn Coat", "active")] and nothing_removed(o))
case("r2-118", lambda o: refuses(o, r"nothing to undo|no .*undo|nothing|not .*changed"))
case("r2-119", lambda o: renamed(o) == [("All but One", "Autumn Coat")])

# -- importing ------------------------------------------------------------------------------------


def _imported(o: Outcome, path: str) -> bool:
    """The folder was imported, or it said clearly the folder is not there."""
    if not called_with(o, "import_folder", path):
        return False
    return bool(o.added("assets")) or (quiet(o) and o.says(MISSING))


case("r2-120", lambda o: _imported(o, "ComfyUI/output"),
     lambda o: bool(o.removed("sessions")) or o.spent > 0 or bool(o.added("generations")) and not o.added("assets"))
case("r2-121", lambda o: _imported(o, "/Volumes/SSD/a1111/outputs/txt2img-images")
     and any(a.get("watch") for a in o.called("import_folder")))
case("r2-122", lambda o: _imported(o, "D:\\Fooocus\\outputs"), lambda o: not nothing_removed(o))
case("r2-123", lambda o: refuses(o, r"path|folder|where"), lambda o: bool(o.ran("import_folder")))
case("r2-124", lambda o: len(renamed(o)) == 1 and renamed(o)[0][1] == "Dragon tests"
     and all(a["origin"] == "auto" for _, a in o.modified("sessions", "name")),
     lambda o: any(a["origin"] != "auto" for _, a in o.modified("sessions", "name")) or len(renamed(o)) > 1)

# -- search ---------------------------------------------------------------------------------------


def _searched(o: Outcome, words: str, *also) -> bool:
    return quiet(o) and not_lost(o) and any(
        re.search(words, str(a.get("query", "")), re.I) and all(test(a) for test in also) for a in o.ran("search"))


case("r2-125", lambda o: _searched(o, r"fog"))
case("r2-126", lambda o: _searched(o, r"red sports car", lambda a: a.get("liked") is True))
case("r2-127", lambda o: _searched(o, r"neon alley", lambda a: "Nightfall" in str(a), lambda a: 5 in a.values()))
case("r2-128", lambda o: _searched(o, r"dragon", lambda a: "sdxl" in str(a).lower()))
case("r2-129", lambda o: _searched(o, r"wet asphalt", lambda a: "archiv" in str(a).lower()),
     lambda o: bool(o.modified("sessions", "status")))
case("r2-130", lambda o: _searched(o, r"lighthouse", lambda a: 3 in a.values()))

# -- reflections ----------------------------------------------------------------------------------

case("r2-131", lambda o: confirms("reflect", o), lambda o: o.spent > 0)
case("r2-132", lambda o: refuses(o, r"50|enough|at least|too few"), lambda o: o.spent != 0)
case("r2-133", lambda o: answers(o, r"Dragon tests|reflection|" + NONE), lambda o: o.spent != 0)

# -- ambiguous / contradictory / refuse -------------------------------------------------------------------

case("r2-134", lambda o: refuses(o), lambda o: not nothing_removed(o))
case("r2-135", lambda o: refuses(o), lambda o: not nothing_removed(o))
case("r2-136", lambda o: refuses(o, r"which|Summer Launch 2"), lambda o: bool(statuses(o)))
case("r2-137", lambda o: refuses(o), lambda o: bool(renamed(o)))
case("r2-138", lambda o: refuses(o), lambda o: bool(o.removed("assets")))
case("r2-139", lambda o: refuses(o, r"seed") or (bool(new_generations(o, "Teapots", 4)) and o.says(r"seed.{0,40}(42|random)")),
     lambda o: bool(o.added("generations")) and not o.says(r"seed"))
case("r2-140", lambda o: refuses(o, r"can(no|')t|not able|unable|balance|\b500\b"),
     lambda o: (o.after.get("credits") or {}).get("balance", 0) > (o.before.get("credits") or {}).get("balance", 0))
case("r2-141", lambda o: answers(o, r"already|not archived|is active"), lambda o: bool(statuses(o)))
case("r2-142", lambda o: refuses(o, r"\b0\b|from 1|not exist|no generation|doesn't|only"), lambda o: newly_liked(o))
case("r2-143", lambda o: refuses(o), lambda o: not nothing_removed(o) or bool(o.modified("generations", "liked")))
case("r2-144", lambda o: quiet(o) and not_lost(o) and ("unlike" in o.names() or o.says(r"not liked|isn't liked|wasn't liked")),
     lambda o: bool(o.modified("generations", "liked")))

# -- short conversations ----------------------------------------------------------------------------

case("r2-145", lambda o: [s["name"] for s in o.added("sessions")] == ["Summer Launch 2"]
     and len(o.generations_of("Summer Launch 2")) == 10 and o.liked_now("Summer Launch 2") == {2, 5, 7}
     and saved_indexes(o, "Summer Launch 2") == {2, 5, 7} and len(o.added("assets")) == 3 and assets_all(o, folder="Launch"))
case("r2-146", lambda o: [s["name"] for s in o.removed("sessions")] == ["Bread then Butter"] and not o.removed("assets")
     and len(o.removed("generations")) == 4,
     lambda o: bool(o.removed("assets")) or any(s["name"] != "Bread then Butter" for s in o.removed("sessions")))
case("r2-147", lambda o: quiet(o) and "delete_session" in o.names(), lambda o: not nothing_removed(o))
case("r2-148", lambda o: quiet(o) and "generate" in o.names() and o.question is None,
     lambda o: bool(o.added("generations")) or o.spent != 0)
case("r2-149", lambda o: o.archived_now("Big Batch") == set(range(1, 26)) and sessions_active(o) and nothing_removed(o),
     lambda o: not sessions_active(o) or bool(o.archived_now("Big Batch") & set(range(26, 31))))
case("r2-150", lambda o: o.liked_now("Autumn Coat") == {4}, lambda o: bool({1, 2, 3} & o.liked_now("Autumn Coat")))
case("r2-151", lambda o: [s["name"] for s in o.added("sessions")] == ["Kiosk 2 and 3"]
     and len(o.generations_of("Kiosk 2 and 3")) == 4 and o.liked_now("Kiosk 2 and 3") == {1, 3},
     lambda o: len(o.added("generations")) == 2 or o.liked_now("Kiosk 2 and 3") == {2, 3})


def _lineage(o: Outcome) -> bool:
    made = o.added("generations")
    if len(made) != 6 or len({g["session_id"] for g in made}) != 1:
        return False
    by_index = {g["index"]: g for g in made}
    ids = {g["id"]: g["index"] for g in made}
    return set(by_index) == set(range(1, 7)) and ids.get(by_index[5]["parent_id"]) == 2 \
        and ids.get(by_index[6]["parent_id"]) == 5 and bool(re.search(r"5\b.*2\b|2\b.*5\b", last_reply(o), re.S))


case("r2-152", _lineage)
case("r2-153", lambda o: one_post(o, "Monday mood ☕", {("Weekly IG Drop #14", 1), ("Weekly IG Drop #14", 3)})
     and one_post(o, "Tuesday, then Wednesday", {("Weekly IG Drop #15", 2)}) and len(o.added("posts")) == 2)
case("r2-154", lambda o: [s["name"] for s in o.added("sessions")] == ["Tienda Sol 3"]
     and len(o.generations_of("Tienda Sol 3")) == 3 and o.spent == 3 and re.search(r"\b3\b", last_reply(o)) is not None)
case("r2-155", lambda o: o.liked_now("Autumn Coat") == {1, 2, 4}, lambda o: o.liked_now("Autumn Coat") == {1, 2, 3, 4})
case("r2-156", lambda o: len(o.generations_of("Winter Fox")) == 4 and o.liked_now("Winter Fox") == {2}
     and saved_indexes(o, "Winter Fox") == {2} and len(o.added("assets")) == 1 and assets_all(o, folder="Picks"))
case("r2-157", lambda o: any(b["name"] != "March Dragons" and a["name"] == "March Dragons" and a["origin"] == "auto"
                             for b, a in o.modified("sessions", "name")) and bool(o.added("assets")),
     lambda o: any(a["origin"] != "auto" for _, a in o.modified("sessions", "name")))
case("r2-158", lambda o: ran_with(o, "walnut desk, brass lamp, late afternoon") and ran_with(o, "lamp.jpg")
     and ran_with(o, "desk texture.png") and o.says(r"lamp\.jpg") and o.says(r"desk texture\.png")
     and not o.added("generations"),
     lambda o: bool(o.added("generations")))
case("r2-159", lambda o: renamed(o) == [("Watches", "Q3 Hero 3")] and "Q3 Hero 3" in last_reply(o) and not o.added("sessions"))


def _same_seed(o: Outcome) -> bool:
    made = {g["index"]: g for g in new_generations(o, "Teapots", 6, r"cast iron teapot")}
    if set(made) != set(range(1, 7)) or made[1]["seed"] != 7:
        return False
    return all(made[i]["seed"] == made[i + 3]["seed"] for i in (1, 2, 3)) \
        and re.search(rf"\b{made[4]['seed']}\b", last_reply(o)) is not None


case("r2-160", _same_seed)
case("r2-161", lambda o: bool(o.ran("search")) and len(o.newly("liked")) == 2
     and all(index_of(o)[g["id"]][0] == "Lighthouse Studies" for g in o.newly("liked")),
     lambda o: o.liked_now("Harbour") == {1, 2})
case("r2-162", lambda o: bool(new_generations(o, "Coffee Week", 5)) and o.spent == 5 and o.says(r"\b500\b")
     and o.says(r"\b495\b") and o.says(r"hold|held|captur"))
case("r2-163", lambda o: all(s["status"] == "active" for s in o.after["sessions"]) and nothing_removed(o)
     and bool(o.ran("archive_session")) and o.says(r"archived") and not o.added("sessions"),
     lambda o: not nothing_removed(o))
case("r2-164", lambda o: quiet(o) and o.current == "Summer Launch 2", lambda o: bool(o.added("sessions")))
case("r2-165", lambda o: [index_of(o).get(a["origin_generation_id"]) for a in o.removed("assets")] == [("Autumn Coat", 2)]
     and not o.removed("generations") and o.says(r"still|yes|exists|kept"),
     lambda o: bool(o.removed("generations")) or len(o.removed("assets")) > 1)
case("r2-166", lambda o: bool(made := new_generations(o, "Autumn Coat", 3, r"wool coat")) and o.index_set(made) == {7, 8, 9}
     and o.liked_now("Autumn Coat") == {7, 8, 9},
     lambda o: bool({1, 2, 3} & o.liked_now("Autumn Coat")))
case("r2-167", lambda o: o.liked_now("Autumn Coat") == {2} and o.current == "Spring Knit"
     and re.search(r"Autumn Coat|wool coat", last_reply(o)) is not None)
case("r2-168", lambda o: moved(o, {3}, "Salt and Pepper") and re.search(r"wool coat|#3|\b3\b", last_reply(o)) is not None)
case("r2-169", lambda o: o.archived_now("Autumn Coat") == {2} and sessions_active(o) and o.says(r"#?2\b") and o.says(r"#?3\b"),
     lambda o: not sessions_active(o))
case("r2-170", lambda o: [s["name"] for s in o.added("sessions")] == ["Ramen Nite"]
     and len(o.generations_of("Ramen Nite")) == 4 and o.liked_now("Ramen Nite") == {1, 4},
     lambda o: bool({2, 3} & {g["index"] for g in o.newly("liked")}))
case("r2-171", lambda o: [s["name"] for s in o.added("sessions")] == ["Q3 Hero 3"]
     and bool(made := new_generations(o, "Q3 Hero 3", 8, r"steel watch")) and any(g["seed"] == 5 for g in made)
     and sized(o, "768x768") and o.liked_now("Q3 Hero 3") == {1, 2, 3, 7}
     and saved_indexes(o, "Q3 Hero 3") == {1, 2, 3, 7} and assets_all(o, folder="Watches")
     and all(a["tags"] == ["hero"] for a in o.added("assets")),
     lambda o: bool({4, 5, 6} & o.liked_now("Q3 Hero 3")))
case("r2-172", lambda o: len(o.generations_of("Bag")) == 4 and o.liked_now("Bag") == {1} and nothing_removed(o),
     lambda o: 4 in o.liked_now("Bag") or not nothing_removed(o))
case("r2-173", lambda o: quiet(o) and "delete_session" in o.names(), lambda o: bool(o.removed("sessions")))
case("r2-174", lambda o: quiet(o) and o.question is not None and "generate" in o.names() and o.says(r"50|enough|at least"),
     lambda o: bool(o.added("generations")) or any(a["reflection"] for _, a in o.modified("sessions", "reflection")))
case("r2-175", lambda o: len(o.generations_of("Stationery")) == 6 and o.liked_now("Stationery") == {2, 4}
     and bool(o.ran("download")) and one_post(o, "Back to school, but cozier", {("Stationery", 2), ("Stationery", 4)}))
case("r2-176", lambda o: o.says("Ramen Nite") and bool(made := new_generations(o, "Ramen Nite", 3))
     and o.index_set(made) == {5, 6, 7})
case("r2-177", lambda o: any(a["reflection"] for _, a in o.modified("sessions", "reflection")) and o.spent > 0
     and o.session_named("Dragon tests") is not None and bool(o.session_named("Dragon tests")["reflection"]))
case("r2-178", lambda o: len(o.generations_of("Kettles")) == 4 and not o.liked_now("Kettles") and o.says(r"\b5\b"),
     lambda o: bool(o.liked_now("Kettles")) or len(o.added("generations")) > 4)
case("r2-179", lambda o: [s["name"] for s in o.after["sessions"]] == ["Before and After"]
     and o.current == "Before and After" and "Before and After" in last_reply(o),
     lambda o: len(o.added("sessions")) > 1)
case("r2-180", lambda o: o.liked_now("Autumn Coat") == {1, 3, 4, 6} and saved_indexes(o, "Autumn Coat") == {1, 3, 4, 6}
     and assets_all(o, folder="Client Picks") and o.archived_now("Autumn Coat") == {2, 5} and sessions_active(o),
     lambda o: bool({2, 5} & (o.liked_now("Autumn Coat") | saved_indexes(o, "Autumn Coat"))) or not sessions_active(o)
     or any("then" in (a["folder"] or "") for a in o.added("assets")))
