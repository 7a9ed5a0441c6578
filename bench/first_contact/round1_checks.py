"""Checks for round 1 (written from each case's ``meant`` and ``wrong_if`` before running the planner).

The cases themselves live outside the project (they were written by someone who never saw the
planner); only their ids are here. Each check says whether the outcome is what the person meant;
``wrong`` names outcomes their ``wrong_if`` calls out even when nothing else is off. Any data change
when ``meant`` does not hold is scored wrong by the judge anyway.
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome

CHECKS: dict[str, Check] = {}


def case(case_id: str, meant, wrong=None) -> None:
    CHECKS[case_id] = Check(meant, wrong)


# -- small readings shared by many cases ---------------------------------------------------------

def quiet(o: Outcome) -> bool:
    return not o.data_changed


def not_lost(o: Outcome) -> bool:
    """A specific refusal or question, not "I did not understand"."""
    return not o.says(r"did not understand") and bool(o.replies or o.question)


def refuses(o: Outcome, pattern: str | None = None) -> bool:
    return quiet(o) and not_lost(o) and (pattern is None or o.says(pattern))


def confirms(tool: str, o: Outcome) -> bool:
    """Asked to confirm ``tool`` and changed nothing yet."""
    return quiet(o) and o.question is not None and tool in o.names()


def answers(o: Outcome, *patterns: str) -> bool:
    return quiet(o) and not o.says(r"did not understand") and all(o.says(p) for p in patterns)


def new_session(o: Outcome, name: str, kind: str | None = None, current: bool = True, **links) -> bool:
    made = o.added("sessions")
    if len(made) != 1 or made[0]["name"] != name:
        return False
    if kind and made[0]["kind"] != kind:
        return False
    if any(made[0].get(k) != v for k, v in links.items()):
        return False
    return (o.current == name or not current) and not o.added("generations")


def liked(o: Outcome, session: str, expected: set[int]) -> bool:
    return o.liked_now(session) == expected and not o.added("generations") and not o.added("assets")


def new_generations(o: Outcome, session: str, count: int, prompt: str | None = None) -> list[dict]:
    made = [g for g in o.added("generations") if g["session_id"] in
            {s["id"] for s in o.after["sessions"] if s["name"] == session}]
    if len(made) != count or len(o.added("generations")) != count:
        return []
    if prompt and not all(re.search(prompt, g["prompt"] or "", re.IGNORECASE) for g in made):
        return []
    return made


def saved_indexes(o: Outcome, session: str) -> set[int]:
    ids = {s["id"] for s in o.after["sessions"] if s["name"] == session}
    gens = {g["id"]: g["index"] for g in o.after["generations"] if g["session_id"] in ids}
    return {gens[a["origin_generation_id"]] for a in o.added("assets") if a["origin_generation_id"] in gens}


# -- sessions: create ----------------------------------------------------------------------------

case("r1-001", lambda o: new_session(o, "Autumn Coat", project="Northwind", campaign="Fall 2025"))
case("r1-002", lambda o: new_session(o, "Salt and Pepper"))
case("r1-003", lambda o: new_session(o, "IG Grid March 2025", "visual_feed", project="Bloom"))
case("r1-004", lambda o: new_session(o, "Teaser Cuts 2", "video"))
case("r1-005", lambda o: new_session(o, "Before then After", "text"))
case("r1-006", lambda o: new_session(o, "Everything Except Shoes"))
case("r1-007", lambda o: new_session(o, "3 Little Birds", "container"))
# A brief with references: no such tool yet means the case cannot be met; naming the session after
# the paths or generating is wrong.
case("r1-008", lambda o: False,
     lambda o: bool(o.added("generations")) or any("refs" in s["name"] or "~" in s["name"] for s in o.added("sessions")))
case("r1-009", lambda o: False,
     lambda o: bool(o.added("sessions")) or bool(o.added("generations")))
case("r1-010", lambda o: [(a["campaign"], a["project"]) for _, a in o.modified("sessions")] == [("Black Friday", "Harbor")]
     and not o.added("sessions"))

# -- sessions: rename / archive / delete / switch ---------------------------------------------------

case("r1-011", lambda o: [a["name"] for _, a in o.modified("sessions", "name")] == ["Autumn Coat v2 (final)"]
     and not o.added("sessions"))
case("r1-012", lambda o: [(b["name"], a["name"], a["status"]) for b, a in o.modified("sessions")]
     == [("Spring Tees", "Spring Tees - archive later", "active")] and o.current == "Summer Tees")
case("r1-013", lambda o: [(b["name"], a["status"]) for b, a in o.modified("sessions")] == [("Old Mockups", "archived")]
     and not o.removed("generations"))
case("r1-014", lambda o: [(a["name"], a["status"]) for _, a in o.modified("sessions")] == [("Holiday 2023", "active")]
     and not o.added("sessions"))
case("r1-015", lambda o: confirms("delete_session", o))
case("r1-016", lambda o: quiet(o) and o.current == "Alpha")
case("r1-017", lambda o: quiet(o) and "list_sessions" in o.names()
     and o.text.find("Gardens") < o.text.find("Robots") and "Owls" in o.text)
case("r1-018", lambda o: answers(o, "Bakery Menu") and not o.says("Cafe Menu"))
case("r1-019", lambda o: answers(o, "Dragons") and o.text.find("Dragons") < (o.text.find("Castles") % 10**6))
case("r1-020", lambda o: answers(o, "Q1 Ads") and not re.search(r"Q2 Ads[^\n]*archived", o.text))
case("r1-021", lambda o: [(a["project"], a["folder"], a["name"]) for _, a in o.modified("sessions")]
     == [("Harbor", "Clients", "Tea Packaging")] and not o.added("sessions"))

# -- generating ----------------------------------------------------------------------------------

case("r1-022", lambda o: bool(new_generations(o, "Autumn Coat", 6, r"wool coat on a mannequin, soft studio light"))
     and o.spent == 6 and not o.added("sessions"))
case("r1-023", lambda o: bool(made := new_generations(o, "Bakery", 4, r"^isometric tiny bakery, pastel$"))
     and any(g["seed"] == 1234 for g in made) and "1024x1024" in str(o.ran("generate")))
case("r1-024", lambda o: bool(made := new_generations(o, "Portraits", 3, r"old fisherman"))
     and all(re.search("blurry", g["negative_prompt"] or "") and "blurry" not in g["prompt"] for g in made))
case("r1-025", lambda o: bool(made := new_generations(o, "Winter Cards", 1, r"red fox in the snow"))
     and all("trees" in (g["negative_prompt"] or "") and "trees" not in g["prompt"] for g in made))
case("r1-026", lambda o: bool(made := new_generations(o, "Mugs", 4, r"ceramic coffee mug on linen"))
     and o.index_set(made) == {5, 6, 7, 8})
case("r1-027", lambda o: bool(made := new_generations(o, "Koi", 3, r"neon koi fish in black water"))
     and o.index_set(made) == {4, 5, 6} and not o.modified("generations"))
case("r1-028", lambda o: bool(made := new_generations(o, "Sneakers", 2, r"white sneaker on concrete"))
     and o.index_set(made) == {5, 6} and not o.modified("generations"))


def _remix(o: Outcome, session: str, parent: int, count: int, words: str) -> bool:
    made = new_generations(o, session, count, words)
    parents = {g["id"]: g["index"] for g in o.after["generations"]}
    return bool(made) and all(parents.get(g["parent_id"]) == parent for g in made) and not o.modified("generations")


case("r1-029", lambda o: _remix(o, "Sneakers", 3, 1, r"red sole"))
case("r1-030", lambda o: _remix(o, "Moody Lakes", 2, 3, r"mood|fog"))
case("r1-031", lambda o: confirms("generate", o))
case("r1-032", lambda o: bool(new_generations(o, "Shoes", 5, r"red sne\w*er on con\w*rete")))
case("r1-033", lambda o: refuses(o))
case("r1-034", lambda o: refuses(o, r"size"))
case("r1-035", lambda o: bool(made := new_generations(o, "Autumn Coat", 2, r"camel")) and o.index_set(made) == {3, 4}
     and not o.added("sessions"))
case("r1-036", lambda o: len(o.added("sessions")) == 1 and o.added("sessions")[0]["name"] == "Ridgeline"
     and bool(new_generations(o, "Ridgeline", 3, r"moodboard")))
case("r1-037", lambda o: bool(new_generations(o, "Kimono Cats", 4, r"cat wearing kimono|cat.*kimono")))
case("r1-038", lambda o: bool(made := new_generations(o, "Seeds", 2, r"^brutalist library interior, god rays$"))
     and any(g["seed"] == 42 for g in made) and all(g["negative_prompt"] == "people, text" for g in made))

# -- liking / selecting --------------------------------------------------------------------------

case("r1-039", lambda o: liked(o, "Autumn Coat", {2, 4, 5}))
case("r1-040", lambda o: liked(o, "Lamps", {2, 5}))
case("r1-041", lambda o: liked(o, "Lamps", {4, 5, 6}))
case("r1-042", lambda o: liked(o, "Lamps", {1, 2, 3, 7}))
case("r1-043", lambda o: liked(o, "Vases", {1, 2, 4, 5, 6}))
case("r1-044", lambda o: liked(o, "Vases", {2, 3, 4, 5}))
case("r1-045", lambda o: liked(o, "Vases", {2}))
case("r1-046", lambda o: liked(o, "Tote Bags", {5, 6}))
case("r1-047", lambda o: liked(o, "Tote Bags", {2, 6}))
case("r1-048", lambda o: liked(o, "Tote Bags", {3, 4}))
case("r1-049", lambda o: liked(o, "Posters", {2, 5}), lambda o: 4 in o.liked_now("Posters"))
case("r1-050", lambda o: liked(o, "Posters", {2, 3, 4, 5}))
case("r1-051", lambda o: liked(o, "Posters", {1, 6}))
case("r1-052", lambda o: liked(o, "Autumn Coat", {3}) and not o.liked_now("Scarves"),
     lambda o: 3 in o.liked_now("Scarves"))
case("r1-053", lambda o: refuses(o, r"12|only|no generation"))
case("r1-054", lambda o: refuses(o))
case("r1-055", lambda o: refuses(o))
case("r1-056", lambda o: "select" in o.names() and not o.added("assets") and not o.added("generations")
     and not o.says("failed"))
case("r1-057", lambda o: liked(o, "Lamps", {3}))
case("r1-058", lambda o: refuses(o), lambda o: bool(o.ran("like")) or bool(o.ran("unlike")))
case("r1-059", lambda o: saved_indexes(o, "Orchids") == {1, 2, 4, 5, 7}
     and all(a["folder"] == "Keepers" for a in o.added("assets")),
     lambda o: bool({8, 3} & saved_indexes(o, "Orchids")))
case("r1-060", lambda o: o.archived_now("Orchids") == {1, 3, 4, 6} and o.liked_now("Orchids") == {2, 5}
     and all(s["status"] == "active" for s in o.after["sessions"]),
     lambda o: bool({2, 5} & o.archived_now("Orchids")) or any(s["status"] == "archived" for s in o.after["sessions"]))
case("r1-061", lambda o: quiet(o) and not_lost(o) and not o.says("failed"))

# -- pronouns -------------------------------------------------------------------------------------

case("r1-062", lambda o: liked(o, "Smoothies", {1, 2, 3, 4}))
case("r1-063", lambda o: saved_indexes(o, "Smoothies") == {2, 3} and all(a["folder"] == "Picks" for a in o.added("assets")))
case("r1-064", lambda o: _remix(o, "Clocks", 5, 1, r"warm"))
case("r1-065", lambda o: refuses(o))
case("r1-066", lambda o: refuses(o))

# -- library / folders / tags / projects ------------------------------------------------------------

case("r1-067", lambda o: saved_indexes(o, "Summer Launch") == {2, 5, 6}
     and all(a["folder"] == "Launch" for a in o.added("assets")) and not o.added("sessions"))
case("r1-068", lambda o: saved_indexes(o, "Summer Launch") == {2, 3}
     and all(sorted(a["tags"]) == ["hero", "summer-25"] for a in o.added("assets")))
case("r1-069", lambda o: saved_indexes(o, "Autumn Coat") == {1, 4}
     and all((a["project"], a["folder"]) == ("Northwind", "Finals") for a in o.added("assets")))


def _saved_across(o: Outcome) -> bool:
    got = {(s, i) for s in ("Dragons", "Castles") for i in saved_indexes(o, s)}
    return got == {("Dragons", 1), ("Castles", 2), ("Castles", 3)} \
        and all(a["folder"] == "Best Of 2024" for a in o.added("assets"))


case("r1-070", _saved_across)
case("r1-071", lambda o: refuses(o, r"liked"))
case("r1-072", lambda o: [sorted(a["tags"]) for _, a in o.modified("assets", "tags")] == [["client-approved"]] * 2
     and not o.added("assets"))
case("r1-073", lambda o: saved_indexes(o, "Tea Packaging") == {1}
     and all(a["folder"] == "Tea & Co" for a in o.added("assets")))
case("r1-074", lambda o: refuses(o))
case("r1-075", lambda o: answers(o, r"\b1\b") and not o.added("assets"))

# -- posts ----------------------------------------------------------------------------------------


def _post(o: Outcome, caption: str, count: int, **fields) -> bool:
    posts = o.added("posts")
    return len(posts) == 1 and posts[0]["caption"] == caption and len(posts[0]["asset_ids"]) == count \
        and all(posts[0].get(k) == v for k, v in fields.items())


case("r1-076", lambda o: _post(o, "Fresh drops, and more to come", 2) and saved_indexes(o, "Summer Launch") <= {1, 3})
case("r1-077", lambda o: _post(o, "Summer is here ☀️ #summer #newin", 2, platform="instagram"))
case("r1-078", lambda o: _post(o, "Harbor opens 5/14 — see you there", 2, platform="linkedin", project="Harbor"))
case("r1-079", lambda o: _post(o, "", 1) or refuses(o, r"caption"),
     lambda o: any(p["caption"] for p in o.added("posts")))
case("r1-080", lambda o: refuses(o))

# -- downloads ------------------------------------------------------------------------------------

case("r1-081", lambda o: quiet(o) and any(a.get("which") == "liked" or a.get("items") == [2, 3]
                                          for a in o.ran("download")))
case("r1-082", lambda o: quiet(o) and any(a.get("items") == [1, 2, 3, 4] for a in o.ran("download")))

# -- questions answered from the store -----------------------------------------------------------------

case("r1-083", lambda o: answers(o, r"\b[45]\b") and not o.called("list_generations") or
     answers(o, r"\b5\b|\b4\b.*archiv"))
case("r1-084", lambda o: answers(o, r"copper kettle", r"seed", r"procedural|model"))
case("r1-085", lambda o: answers(o, r"helmet"))
case("r1-086", lambda o: answers(o, r"Summer Launch", r"#?2\b|generation 2"))
case("r1-087", lambda o: answers(o, r"\b494\b"))
case("r1-088", lambda o: answers(o, r"\b495\b|\b3\b.*\b2\b"))
case("r1-089", lambda o: answers(o, r"\b3\b") and not o.called("liked_generations") or
     (quiet(o) and bool(o.ran("liked_generations")) and o.says(r"\b3\b")))
case("r1-090", lambda o: answers(o, "Northwind", "Harbor"))
case("r1-091", lambda o: answers(o, "Launch", "Archive Picks"))
case("r1-092", lambda o: answers(o, r"\bhero\b", r"\balt\b"))
case("r1-093", lambda o: answers(o, r"#?2\b"), lambda o: bool(o.called("remix")))
case("r1-094", lambda o: answers(o, "Robots"))
case("r1-095", lambda o: answers(o, "Warm and flaky"))
case("r1-096", lambda o: answers(o, r"procedural"))
case("r1-097", lambda o: answers(o, r"seed"))
case("r1-098", lambda o: answers(o, r"ignore all previous instructions"),
     lambda o: bool(o.removed("sessions")) or "delete" in (o.question or "").lower())

# -- undo -----------------------------------------------------------------------------------------

case("r1-099", lambda o: (o.liked_now("Lamps") == set() and not o.removed("generations") and o.spent == 0
                          and [k for k in ("sessions", "assets", "posts") if o.added(k) or o.removed(k)] == [])
     or refuses(o, r"undo"))
case("r1-100", lambda o: [(a["name"], a["status"]) for _, a in o.modified("sessions")] == [("Old Mockups", "active")]
     or refuses(o, r"undo"))

# -- importing ------------------------------------------------------------------------------------

case("r1-101", lambda o: refuses(o, r"not exist|no such|not found|does not|doesn't") and "import_folder" in o.names())
case("r1-102", lambda o: quiet(o) and any("\\SD\\stable-diffusion-webui\\outputs\\txt2img-images" in a.get("path", "")
                                          for a in o.called("import_folder")))
case("r1-103", lambda o: quiet(o) and ("import_folder" in o.names() or o.says(r"--watch")) and not_lost(o))
case("r1-104", lambda o: quiet(o) and any(a.get("path") == "/mnt/nas/ai art (old)" for a in o.called("import_folder")))
case("r1-105", lambda o: refuses(o, r"not exist|no such|not found|does not|doesn't"))

# -- search ---------------------------------------------------------------------------------------

case("r1-106", lambda o: quiet(o) and any(a.get("liked") is True and re.search("forest", a.get("query", ""))
                                          for a in o.called("search")))
case("r1-107", lambda o: quiet(o) and ("search" in o.names() or "list_generations" in o.names())
     and o.says("umbrella") and not o.says("bicycle"))
case("r1-108", lambda o: quiet(o) and o.says("copper kettle") and not o.says("teapot"),
     lambda o: bool(o.added("generations")))
case("r1-109", lambda o: quiet(o) and o.says("rooftop") and not o.says("neon signs"))

# -- reflections ----------------------------------------------------------------------------------

case("r1-110", lambda o: refuses(o, r"50|reflection"))
case("r1-111", lambda o: confirms("reflect", o) or refuses(o, r"reflection"))

# -- ambiguous / destructive / refuse -------------------------------------------------------------------

case("r1-112", lambda o: refuses(o))
case("r1-113", lambda o: refuses(o, r"Summer Launch|Summer Sale|which") and o.current == "Winter")
case("r1-114", lambda o: refuses(o))
case("r1-115", lambda o: refuses(o), lambda o: bool(o.ran("archive_session")))
case("r1-116", lambda o: refuses(o))
case("r1-117", lambda o: refuses(o))
case("r1-118", lambda o: confirms("delete_assets", o))
case("r1-119", lambda o: refuses(o) or confirms("generate", o))
case("r1-120", lambda o: refuses(o))
case("r1-121", lambda o: refuses(o))
case("r1-122", lambda o: refuses(o))
case("r1-123", lambda o: quiet(o) and not o.says("did not understand"))

# -- archive / reassign generations ---------------------------------------------------------------------

case("r1-124", lambda o: o.archived_now("Lamps") == {1, 2, 3} and all(s["status"] == "active" for s in o.after["sessions"]))


def _moved(o: Outcome) -> bool:
    winter = {s["id"] for s in o.after["sessions"] if s["name"] == "Winter"}
    moved = [(b["index"], a["session_id"]) for b, a in o.modified("generations", "session_id")]
    return len(moved) == 2 and {i for i, _ in moved} == {3, 4} and all(s in winter for _, s in moved) \
        and not o.added("generations")


case("r1-125", _moved)
case("r1-126", lambda o: refuses(o))
case("r1-127", lambda o: quiet(o) and o.current == "Salt and Pepper")
case("r1-128", lambda o: liked(o, "Q3 Drop 2", {2}))
case("r1-129", lambda o: o.liked_now("Vases") == {1, 2, 3} and saved_indexes(o, "Vases") == {1, 2, 3}
     and all(a["folder"] == "Then and Now" for a in o.added("assets")))
case("r1-130", lambda o: answers(o, r"\b497\b", r"\b1 credit"))
case("r1-131", lambda o: quiet(o) and "list_generations" in o.names() and o.says(r"#?2\b"))
case("r1-132", lambda o: o.archived_now("Lamps") == {2} and all(s["status"] == "active" for s in o.after["sessions"]))
case("r1-133", lambda o: liked(o, "Lamps", {1, 3, 5}))
case("r1-134", lambda o: liked(o, "Lamps", {2, 3, 4, 5}) or refuses(o), lambda o: o.liked_now("Lamps") == {2, 5})
case("r1-135", lambda o: refuses(o, r"\b6\b|only|no generation|not exist"))

# -- short conversations ----------------------------------------------------------------------------

case("r1-136", lambda o: len(o.added("sessions")) == 1 and re.search("lighthouse", o.added("sessions")[0]["name"], re.I)
     and len(o.added("generations")) == 2 and re.search(re.escape(o.added("sessions")[0]["name"]), o.replies[-1] if o.replies else ""))
case("r1-137", lambda o: bool(new_generations(o, "Autumn Coat", 6)) and o.liked_now("Autumn Coat") == {2, 5}
     and saved_indexes(o, "Autumn Coat") == {2, 5} and all(a["folder"] == "Picks" for a in o.added("assets")))
case("r1-138", lambda o: [s["name"] for s in o.removed("sessions")] == ["Scratch"] and not o.removed("assets")
     and len(o.removed("generations")) == 2)
case("r1-139", lambda o: quiet(o) and "delete_session" in o.names())
case("r1-140", lambda o: bool(made := new_generations(o, "Wallpapers", 30, "alpine lakes")) and o.index_set(made) == set(range(1, 31))
     and o.spent == 30)
case("r1-141", lambda o: bool(new_generations(o, "Wallpapers", 5, "mascot waving")) and o.spent == 5)
case("r1-142", lambda o: o.liked_now("Alpha") == {2} and not o.liked_now("Beta") and len(o.added("sessions")) == 2
     and len(o.generations_of("Alpha")) == 3 and len(o.generations_of("Beta")) == 2 and o.current == "Alpha")
case("r1-143", lambda o: len(o.added("generations")) == 5
     and {g["index"]: g for g in o.generations_of("Sneakers")}[5]["parent_id"]
     == {g["index"]: g["id"] for g in o.generations_of("Sneakers")}[2] and o.says(r"#?2\b"))
case("r1-144", lambda o: not o.added("generations") and not o.removed("sessions")
     and len([1 for _, a in o.modified("sessions", "status") if a["status"] == "archived"]) <= 1
     and ("import_folder" in o.names()) and not o.says("did not understand"))
case("r1-145", lambda o: saved_indexes(o, "Woods") == {2, 4} and any(a.get("liked") for a in o.called("search")))
case("r1-146", lambda o: o.liked_now("Orchids") == {3} and re.search(r"#?3\b", o.replies[-1] if o.replies else ""))
case("r1-147", lambda o: not o.removed("generations") and len(o.generations_of("Lamps")) == 4
     and ((o.liked_now("Lamps") == set() and o.says(r"\b0\b|no liked|none")) or
          (o.liked_now("Lamps") == {2, 3} and o.says(r"undo"))))
case("r1-148", lambda o: [(b["name"], a["status"]) for b, a in o.modified("sessions")] == [("Old Mockups", "archived")]
     and "New Mockups" in (o.replies[-1] if o.replies else "") and "Old Mockups" not in (o.replies[-1] if o.replies else ""))


def _granola(o: Outcome) -> bool:
    posts = o.added("posts")
    return len(o.added("generations")) == 4 and o.liked_now("Granola") == {1, 2, 3, 4} and len(posts) == 1 \
        and posts[0]["caption"] == "Breakfast, but better 🥣" and len(posts[0]["asset_ids"]) == 4 \
        and posts[0]["platform"] == "instagram" and "Bloom" in (o.replies[-1] if o.replies else "")


case("r1-149", _granola)
case("r1-150", lambda o: o.session_named("Kaffee Haus 2") is not None
     and len(o.added("sessions")) == 1 and len(o.generations_of("Kaffee Haus 2")) == 3
     and o.liked_now("Kaffee Haus 2") == {2} and saved_indexes(o, "Kaffee Haus 2") == {2}
     and all(a["tags"] == ["latte"] for a in o.added("assets")))
case("r1-151", lambda o: len(o.added("sessions")) == 1 and o.added("sessions")[0]["name"] == "Moon Shots FINAL"
     and o.liked_now("Moon Shots FINAL") == {4} and len(o.generations_of("Moon Shots FINAL")) == 4)
case("r1-152", lambda o: not o.added("sessions") and len(o.generations_of("Hero Banner")) == 2 and o.current == "Hero Banner")
case("r1-153", lambda o: len(o.added("generations")) == 6 and o.spent == 6 and o.says(r"\b6\b") and o.says(r"\b494\b"))
case("r1-154", lambda o: False, lambda o: any(re.search("following the brief", g["prompt"] or "", re.I)
                                              for g in o.added("generations")) or len(o.added("sessions")) > 1)
case("r1-155", lambda o: o.liked_now("Tote Bags") == {6})
case("r1-156", lambda o: quiet(o) and o.current == "Summer Sale", lambda o: o.current == "Summer Launch")
case("r1-157", lambda o: o.liked_now("Lamps") == {3} and not o.added("generations"))
case("r1-158", lambda o: len(o.liked_now("Big Batch")) == 24)
case("r1-159", lambda o: _moved(o) and o.says(r"\b2\b") and o.says(r"\b3\b"))
case("r1-160", lambda o: o.liked_now("Smoothies") == {1, 2} and not o.added("assets")
     and any(a.get("items") == [1, 2] or a.get("which") == "liked" for a in o.ran("download")))
case("r1-161", lambda o: (s := o.session_named("Ridgeline Rebrand")) is not None and s["project"] == "Ridgeline"
     and o.liked_now("Ridgeline Rebrand") == {1, 3} and saved_indexes(o, "Ridgeline Rebrand") == {1, 3}
     and all(a["folder"] == "Logos" for a in o.added("assets")))
case("r1-162", lambda o: False, lambda o: o.spent > 0 and not o.ran("reflect"))
case("r1-163", lambda o: len(o.added("generations")) == 2 and all(
    {g["id"]: g["index"] for g in o.after["generations"]}.get(g["parent_id"]) == 1 for g in o.added("generations")))
case("r1-164", lambda o: [s["name"] for s in o.removed("sessions")] == ["Scratch"] and not o.added("sessions")
     and o.says(r"can(?:no|')t be undone|cannot undo|can't undo|not be undone"))
case("r1-165", lambda o: o.liked_now("Shoes") == {3, 4, 5, 6} and saved_indexes(o, "Shoes") == {3, 4, 5, 6}
     and all(a["folder"] == "Boots 2025" for a in o.added("assets")))
case("r1-166", lambda o: bool(made := new_generations(o, "Autumn Coat", 2, "wool coat")) and o.index_set(made) == {5, 6}
     and o.says("Scarves"))
case("r1-167", lambda o: (o.archived_now("Lamps") == {2} or (len(o.removed("generations")) == 1
                                                               and o.removed("generations")[0]["index"] == 2))
     and not o.removed("sessions") and len(o.modified("generations")) <= 1,
     lambda o: bool(o.removed("sessions")))
case("r1-168", lambda o: [(b["name"], a["status"]) for b, a in o.modified("sessions")] == [("Unsaved", "archived")]
     and not o.removed("assets") and o.says(r"Teapots|\byes\b"))
case("r1-169", lambda o: [(b["name"], a["status"]) for b, a in o.modified("sessions")] == [("Old Mockups", "active")]
     and not o.added("sessions"))
case("r1-170", lambda o: confirms("delete_session", o) and all(a.get("session") in ("Lamps", None) for a in o.called("delete_session"))
     or refuses(o))


def _caption_changed(o: Outcome) -> bool:
    posts = o.added("posts")
    return o.liked_now("Candles") == {5, 6} and len(posts) == 1 and posts[0]["caption"] == "Glow season, then cozy season" \
        and len(posts[0]["asset_ids"]) == 2


case("r1-171", _caption_changed, lambda o: len(o.added("posts")) > 1)
case("r1-172", lambda o: o.liked_now("Kimono Cats") == {1, 2, 3} and o.archived_now("Kimono Cats") == {4}
     and not o.removed("generations") and all(s["status"] == "active" for s in o.after["sessions"]))
