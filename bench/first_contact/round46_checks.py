"""Checks for round 46 of first-contact requests (written from each case's meant / wrong_if / ok_to_ask only).

The cases live in ``round46.yaml`` beside this module; they were written by an outside tester who never
saw the planner. Five voices take turns, so ``r46-001, -006, -011 …`` are one voice:
a Vietnamese speaker writing English (ids 1, 6, 11 …), a wedding photographer culling a shoot (2, 7, …),
a teacher writing long polite paragraphs (3, 8, …), a developer typing lowercase key=value / flags /
arrows (4, 9, …) and an impatient executive with one-line abbreviated orders (5, 10, …).

Setups (every confirmation in a setup answered yes; credits start at 500, one credit per default image):

- A: empty home.
- B: session "Sneaker Drop", 8 images of a white sneaker, liked {2, 4, 7}; 492 credits; current.
- C: session "Dragon Friends", 6 images of a small green dragon, liked {1, 3}, both saved to folder
  "Characters"; 494 credits.
- D: session "Q3 Ads" (4 iced coffee images, none liked), then session "Holiday Promo" (5 gift box
  images, liked {2, 3}), which is current; 491 credits.
- E: session "Launch Week", 10 rocket images, liked {1, 2, 5, 9}, 1 and 2 saved to folder "Launch";
  490 credits.
- F: session "Harbor Moods", 60 foggy harbor images, none liked; 440 credits.

Conventions:

- Everything is judged from the state (``o.before`` / ``o.after``, the ``atelier state --json`` shape)
  and loose case-insensitive patterns in the reply text, never from tool names.
- Names of sessions, folders, projects, tags and platforms are compared without regard to case
  (and surrounding blanks). A folder or project on an asset may be given as a name or as an id; both
  are read as the name.
- Images are named by their number inside their session (``index``); a moved image is followed by its id.
- ``case(id, meant, wrong, ask=...)``: every function is wrapped so that it never raises (an exception
  reads as False). With ``ask=True`` (the case's ok_to_ask), ``meant`` also holds when nothing changed
  and a confirmation is waiting or the reply is a specific question or refusal.
- A prompt made from a chatty message must not carry the chatter ("please", "thank you", "pls" …).
"""

from __future__ import annotations

import re

from bench.first_contact.judge import Check, Outcome
from bench.first_contact.round1_checks import answers, not_lost, quiet, refuses

CHECKS: dict[str, Check] = {}

# a reply that asks back or refuses with a reason
ASK_OR_REFUSE = (r"\?|which|can.?t|cannot|could not|couldn.?t|won.?t|unable|not sure|did you mean|do you mean|"
                 r"no such|doesn.?t exist|does not exist|not found|there is no|there.?s no|isn.?t|only has|"
                 r"only \d+|out of range|not allowed|refus|confirm|unclear|ambiguous|need|must|limit|"
                 r"no (image|generation|session|folder)s?|nothing")
# a reply that says there is nothing (no results, none liked, …)
NONE_SAID = (r"\bno\b|none|\b0\b|zero|haven.?t|have not|nothing|not liked|no results|no matches|"
             r"didn.?t find|did not find|couldn.?t find|empty")
# chatter that must not end up inside a prompt
CHATTER = r"\b(please|pls|plz|thank|thanks|kindly|could you|would you|can you|cảm ơn|in advance)\b"


def _safe(fn):
    def run(o: Outcome) -> bool:
        try:
            return bool(fn(o))
        except Exception:
            return False
    return run


def asked(o: Outcome) -> bool:
    """Nothing changed, and a confirmation is waiting or the reply asks back / refuses with a reason."""
    return quiet(o) and (o.question is not None or (not_lost(o) and o.says(ASK_OR_REFUSE)))


def case(case_id: str, meant, wrong=None, ask: bool = False) -> None:
    check = _safe(meant)
    if ask:
        base = check
        check = _safe(lambda o: base(o) or asked(o))
    CHECKS[case_id] = Check(meant=check, wrong=_safe(wrong) if wrong is not None else None)


# -- readings of the state ------------------------------------------------------------------------

def low(value) -> str:
    return str(value or "").strip().lower()


def _state(o: Outcome, when: str) -> dict:
    return o.after if when == "after" else o.before


def sess(o: Outcome, name: str, when: str = "after") -> dict | None:
    return next((s for s in _state(o, when)["sessions"] if low(s["name"]) == low(name)), None)


def gens(o: Outcome, name: str, when: str = "after") -> list[dict]:
    state = _state(o, when)
    ids = {s["id"] for s in state["sessions"] if low(s["name"]) == low(name)}
    return sorted((g for g in state["generations"] if g["session_id"] in ids), key=lambda g: g["index"])


def gen(o: Outcome, name: str, index: int, when: str = "after") -> dict:
    for g in gens(o, name, when):
        if g["index"] == index:
            return g
    raise KeyError(f"{name} #{index}")


def liked_in(o: Outcome, name: str, when: str = "after") -> set[int]:
    return {g["index"] for g in gens(o, name, when) if g["liked"]}


def archived_in(o: Outcome, name: str, when: str = "after") -> set[int]:
    return {g["index"] for g in gens(o, name, when) if g["archived"]}


def seeds(rows: list[dict]) -> set[int]:
    return {int(g["seed"]) for g in rows if g.get("seed") is not None}


def clean(rows: list[dict], extra: str | None = None) -> bool:
    """No chatter (and nothing matching ``extra``) in the prompts of ``rows``."""
    for g in rows:
        prompt = g.get("prompt") or ""
        if re.search(CHATTER, prompt, re.IGNORECASE) or (extra and re.search(extra, prompt, re.IGNORECASE)):
            return False
    return bool(rows)


def prompts_match(o: Outcome, pattern: str) -> bool:
    """Some prompt made in this turn matches ``pattern`` (for wrong_if readings)."""
    return any(re.search(pattern, g.get("prompt") or "", re.IGNORECASE) for g in o.added("generations"))


def made(o: Outcome, session: str | None, count: int, *patterns: str) -> list[dict]:
    """The ``count`` images made in this turn, all in ``session`` (or all in one session when None),
    each prompt matching every pattern; [] otherwise."""
    new = o.added("generations")
    if len(new) != count or count == 0:
        return []
    if session is not None:
        ids = {s["id"] for s in o.after["sessions"] if low(s["name"]) == low(session)}
        if not all(g["session_id"] in ids for g in new):
            return []
    elif len({g["session_id"] for g in new}) != 1:
        return []
    for g in new:
        if not all(re.search(p, g.get("prompt") or "", re.IGNORECASE) for p in patterns):
            return []
    return sorted(new, key=lambda g: g["index"])


def remixed_from(o: Outcome, session: str, index: int, count: int) -> bool:
    """``count`` new images in ``session``, each a remix of #index (parent_id)."""
    source = gen(o, session, index, "before")["id"]
    new = made(o, session, count)
    return bool(new) and all(g.get("parent_id") == source for g in new)


def untouched_generations(o: Outcome) -> bool:
    return not o.added("generations") and not o.removed("generations")


def liked_only(o: Outcome, session: str, expected: set[int]) -> bool:
    """Likes in ``session`` are exactly ``expected`` and nothing else moved (no images, assets, archiving)."""
    return (liked_in(o, session) == expected and untouched_generations(o) and not o.added("assets")
            and not o.removed("assets") and not o.modified("generations", "archived"))


def archived_only(o: Outcome, session: str, expected: set[int]) -> bool:
    return (archived_in(o, session) == expected and untouched_generations(o) and not o.removed("assets")
            and not o.modified("generations", "liked"))


def _name_of(o: Outcome, table: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get("name") or value.get("id")
    for row in list(o.after.get(table, [])) + list(o.before.get(table, [])):
        if row.get("id") == value:
            return low(row.get("name"))
    return low(value)


def folder_of(o: Outcome, asset: dict) -> str:
    return _name_of(o, "folders", asset.get("folder"))


def project_of(o: Outcome, asset: dict) -> str:
    return _name_of(o, "projects", asset.get("project"))


def tags_of(asset: dict) -> set[str]:
    tags = asset.get("tags") or []
    if isinstance(tags, str):
        tags = re.split(r"[,\s]+", tags)
    return {low(t.get("name") if isinstance(t, dict) else t) for t in tags if t}


def folder_names(o: Outcome) -> set[str]:
    return {low(f["name"]) for f in o.after.get("folders", [])}


def project_names(o: Outcome) -> set[str]:
    return {low(p["name"]) for p in o.after.get("projects", [])}


def _indexes_where(o: Outcome, session: str, test) -> set[int]:
    """Indexes (in ``session``) of images with an asset (now) that passes ``test``."""
    by_id = {g["id"]: g for g in gens(o, session)}
    out = set()
    for a in o.after["assets"]:
        g = by_id.get(a.get("origin_generation_id"))
        if g is None:
            g = next((x for x in by_id.values() if x.get("saved_asset_id") == a["id"]), None)
        if g is not None and test(a):
            out.add(g["index"])
    return out


def folder_holds(o: Outcome, folder: str, session: str) -> set[int]:
    return _indexes_where(o, session, lambda a: folder_of(o, a) == low(folder))


def folder_count(o: Outcome, folder: str, when: str = "after") -> int:
    return sum(1 for a in _state(o, when)["assets"] if folder_of(o, a) == low(folder))


def tagged(o: Outcome, session: str, tag: str) -> set[int]:
    return _indexes_where(o, session, lambda a: low(tag) in tags_of(a))


def in_project(o: Outcome, session: str, project: str) -> set[int]:
    return _indexes_where(o, session, lambda a: project_of(o, a) == low(project))


def one_post(o: Outcome) -> dict | None:
    posts = o.added("posts")
    return posts[0] if len(posts) == 1 else None


def post_indexes(o: Outcome, post: dict, session: str) -> set[int]:
    by_id = {g["id"]: g["index"] for g in gens(o, session)}
    assets = o.rows("assets")
    out = set()
    for asset_id in post.get("asset_ids") or []:
        a = assets.get(asset_id)
        if a and a.get("origin_generation_id") in by_id:
            out.add(by_id[a["origin_generation_id"]])
    return out


def new_session(o: Outcome, name: str, kind: str | None = None) -> dict | None:
    added = o.added("sessions")
    if len(added) != 1 or low(added[0]["name"]) != low(name):
        return None
    if kind is not None and low(added[0].get("kind")) != kind:
        return None
    return added[0]


def renamed(o: Outcome, old: str, new: str) -> bool:
    """The session once called ``old`` is now called ``new``; no other session renamed, added or removed."""
    before = sess(o, old, "before")
    after = o.rows("sessions").get(before["id"])
    others = [a for a, _ in o.modified("sessions", "name") if a["id"] != before["id"]]
    return (after is not None and low(after["name"]) == low(new) and not others
            and not o.added("sessions") and not o.removed("sessions"))


def deleted_session(o: Outcome, name: str) -> bool:
    before = sess(o, name, "before")
    gone = {g["id"] for g in gens(o, name, "before")}
    return (before is not None and before["id"] not in o.rows("sessions")
            and not (gone & set(o.rows("generations"))))


def archived_session(o: Outcome, name: str) -> bool:
    s = sess(o, name)
    return s is not None and low(s.get("status")) == "archived" and not o.removed("generations")


def moved_to(o: Outcome, source: str, indexes: set[int], target: str) -> bool:
    ids = [gen(o, source, i, "before")["id"] for i in indexes]
    target_id = sess(o, target)["id"]
    rows = o.rows("generations")
    return all(rows[i]["session_id"] == target_id for i in ids)


def reflected(o: Outcome, name: str) -> bool:
    return (bool(sess(o, name).get("reflection")) and not sess(o, name, "before").get("reflection")
            and o.spent == 25 and not o.added("generations"))


def seed_said(o: Outcome, session: str, index: int) -> bool:
    return o.says(r"\b" + re.escape(str(gen(o, session, index, "before")["seed"])) + r"\b")


def zip_said(o: Outcome) -> bool:
    return quiet(o) and o.says(r"zip") and not o.says(r"did not understand")


def is_current(o: Outcome, name: str) -> bool:
    return low(o.current) == low(name)


# -- the cases --------------------------------------------------------------------------------------

# r46-001 (Vietnamese speaker, setup A): Generates 4 images of a girl in an ao dai walking in the
#   rain in Hoi An (in a new session); 4 credits spent.
#   wrong if: the prompt keeps 'pls' / 'make for me', or a count other than 4 is made
case("r46-001",
     lambda o: (gs := made(o, None, 4, r"ao dai", r"rain")) and clean(gs, r"make for me") and o.spent == 4,
     lambda o: prompts_match(o, r"\bpls\b|make for me"),
     ask=False)

# r46-002 (wedding photographer, setup F): Likes images 3, 7, 19, 22 and 41 of Harbor Moods.
#   wrong if: other images are liked or archived
case("r46-002",
     lambda o: liked_only(o, "Harbor Moods", {3, 7, 19, 22, 41}),
     lambda o: bool(liked_in(o, "Harbor Moods") - {3, 7, 19, 22, 41}) or bool(o.newly("archived")),
     ask=False)

# r46-003 (teacher, setup A): Generates 5 images of the planets orbiting the sun in a friendly
#   cartoon style (new session); 5 credits. The politeness and the remark about third graders stay
#   out of the prompt (asking about the remark is fine).
#   wrong if: the prompt contains 'thank', 'in advance' or 'I was wondering'
case("r46-003",
     lambda o: (gs := made(o, None, 5, r"planet", r"\bsun\b")) and clean(gs, r"wondering|good afternoon") and o.spent == 5,
     lambda o: prompts_match(o, r"thank|in advance|wondering"),
     ask=True)

# r46-004 (developer, setup A): Generates 4 images of 'isometric server room, neon' starting at seed
#   42 (new session); 4 credits.
#   wrong if: the prompt carries 'n=', 'prompt=' or 'seed='
case("r46-004",
     lambda o: (gs := made(o, None, 4, r"isometric server room")) and 42 in seeds(gs) and clean(gs, r"n=|prompt=|seed=") and o.spent == 4,
     lambda o: prompts_match(o, r"\bn=|prompt=|seed="),
     ask=False)

# r46-005 (executive, setup A): Creates session 'Board Deck Q4' and makes 6 executive portraits on a
#   navy background there; 6 credits.
#   wrong if: the session name carries 'gen 6' or the quotes
case("r46-005",
     lambda o: new_session(o, "Board Deck Q4") and made(o, "Board Deck Q4", 6, r"portrait", r"navy") and o.spent == 6,
     lambda o: any(re.search(r"gen 6|['\"]", s["name"], re.I) for s in o.added("sessions")),
     ask=False)

# r46-006 (Vietnamese speaker, setup B): Likes 5 and 8 in Sneaker Drop as well, so the liked ones
#   are 2, 4, 5, 7 and 8.
#   wrong if: 2, 4 or 7 lose their like, or anything is archived
case("r46-006",
     lambda o: liked_only(o, "Sneaker Drop", {2, 4, 5, 7, 8}),
     lambda o: not {2, 4, 7} <= liked_in(o, "Sneaker Drop") or bool(o.newly("archived")),
     ask=False)

# r46-007 (wedding photographer, setup B): Archives 1, 3, 5, 6 and 8 of Sneaker Drop; the keepers 2,
#   4, 7 stay visible and liked.
#   wrong if: a keeper is archived, or images are deleted
case("r46-007",
     lambda o: archived_only(o, "Sneaker Drop", {1, 3, 5, 6, 8}) and liked_in(o, "Sneaker Drop") == {2, 4, 7},
     lambda o: bool({2, 4, 7} & archived_in(o, "Sneaker Drop")) or bool(o.removed("generations")),
     ask=False)

# r46-008 (teacher, setup C): Puts images 1 and 3 into a new folder 'Reading Corner' as well;
#   Characters still holds its two.
#   wrong if: Characters loses its assets, or the folder name carries 'as well' / 'many thanks'
case("r46-008",
     lambda o: folder_holds(o, "Reading Corner", "Dragon Friends") == {1, 3} and folder_count(o, "Characters") == 2 and untouched_generations(o),
     lambda o: folder_count(o, "Characters") < 2 or any(re.search(r"as well|thanks", f["name"], re.I) for f in o.after["folders"]),
     ask=True)

# r46-009 (developer, setup B): Likes 1 and 3 (liked: 1, 2, 3, 4, 7), then saves all five liked into
#   folder 'refs'.
#   wrong if: the folder name carries '=' or '->', or unliked images are saved
case("r46-009",
     lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 3, 4, 7} and folder_holds(o, "refs", "Sneaker Drop") == {1, 2, 3, 4, 7} and untouched_generations(o),
     lambda o: any(re.search(r"=|->|folder", f["name"], re.I) for f in o.after["folders"]) or bool(folder_holds(o, "refs", "Sneaker Drop") - {1, 2, 3, 4, 7}),
     ask=False)

# r46-010 (executive, setup B): Likes 1 and 8 (liked: 1, 2, 4, 7, 8) and hides the rest (archives 3,
#   5, 6); asking whether 'drop' means archive or delete is fine.
#   wrong if: images are deleted without a yes, or a liked image is archived
case("r46-010",
     lambda o: liked_in(o, "Sneaker Drop") == {1, 2, 4, 7, 8} and archived_in(o, "Sneaker Drop") == {3, 5, 6} and untouched_generations(o),
     lambda o: bool(o.removed("generations")) or bool({1, 2, 4, 7, 8} & archived_in(o, "Sneaker Drop")),
     ask=True)

# r46-011 (Vietnamese speaker, setup C): Answers the balance, 494 credits; nothing changes.
case("r46-011",
     lambda o: answers(o, r"\b494\b"),
     None,
     ask=False)

# r46-012 (wedding photographer, setup A): Imports the images in that folder into the library (about
#   18 files, some without metadata); no credits spent.
#   wrong if: credits are spent
case("r46-012",
     lambda o: len(o.added("assets")) >= 8 and o.spent == 0,
     lambda o: o.spent != 0,
     ask=False)

# r46-013 (teacher, setup B): The studio cannot judge which pictures are unsuitable (they are all
#   sneakers): explain or ask which ones; nothing is archived or deleted.
#   wrong if: any image is archived or deleted
case("r46-013",
     lambda o: refuses(o),
     lambda o: bool(o.newly("archived") or o.removed("generations") or o.removed("sessions")),
     ask=True)

# r46-014 (developer, setup C): Lists the sessions: Dragon Friends; nothing changes.
case("r46-014",
     lambda o: answers(o, r"dragon friends"),
     None,
     ask=False)

# r46-015 (executive, setup C): Answers the balance, 494 credits; nothing changes.
case("r46-015",
     lambda o: answers(o, r"\b494\b"),
     None,
     ask=False)

# r46-016 (Vietnamese speaker, setup D): Renames the session Holiday Promo to 'Tet Promo'; Q3 Ads
#   keeps its name.
#   wrong if: the new name contains 'become' or 'pls', or Q3 Ads is renamed
case("r46-016",
     lambda o: renamed(o, "Holiday Promo", "Tet Promo"),
     lambda o: any(re.search(r"become|pls", s["name"], re.I) for s in o.after["sessions"]) or sess(o, "Q3 Ads") is None,
     ask=False)

# r46-017 (wedding photographer, setup E): Saves images 1, 2, 5 and 9 of Launch Week into a folder
#   named 'Client Picks' (without quotes).
#   wrong if: the folder name keeps the quotes or the word 'client folder', or other images go in
case("r46-017",
     lambda o: folder_holds(o, "Client Picks", "Launch Week") == {1, 2, 5, 9} and untouched_generations(o),
     lambda o: any(re.search(r"['\"]|client folder", f["name"], re.I) for f in o.after["folders"]) or bool(folder_holds(o, "Client Picks", "Launch Week") - {1, 2, 5, 9}),
     ask=False)

# r46-018 (teacher, setup D): Creates session 'Water Cycle' and makes 6 images of evaporation,
#   condensation and rain over a mountain lake in it; 6 credits.
#   wrong if: the session name contains 'Year 5', 'class' or 'and then'
case("r46-018",
     lambda o: new_session(o, "Water Cycle") and (gs := made(o, "Water Cycle", 6, r"evaporation|condensation|rain")) and clean(gs, r"too much to ask|year 5") and o.spent == 6,
     lambda o: any(re.search(r"year 5|class|and then", s["name"], re.I) for s in o.added("sessions")),
     ask=True)

# r46-019 (developer, setup D): Switches to Q3 Ads and likes its images 2, 3 and 4; Holiday Promo
#   keeps likes 2 and 3.
#   wrong if: Holiday Promo's likes change
case("r46-019",
     lambda o: liked_in(o, "Q3 Ads") == {2, 3, 4} and liked_in(o, "Holiday Promo") == {2, 3} and is_current(o, "Q3 Ads") and untouched_generations(o),
     lambda o: liked_in(o, "Holiday Promo") != {2, 3},
     ask=False)

# r46-020 (executive, setup D): Removes Q3 Ads: deletes it after the y (archiving it instead, or
#   asking which, is acceptable); Holiday Promo untouched.
#   wrong if: Holiday Promo or its images change
case("r46-020",
     lambda o: (deleted_session(o, "Q3 Ads") or archived_session(o, "Q3 Ads")) and len(gens(o, "Holiday Promo")) == 5 and liked_in(o, "Holiday Promo") == {2, 3},
     lambda o: sess(o, "Holiday Promo") is None or len(gens(o, "Holiday Promo")) < 5 or low(sess(o, "Holiday Promo")["status"]) == "archived",
     ask=True)

# r46-021 (Vietnamese speaker, setup E): Saves images 5 and 9 into the existing Launch folder, which
#   then holds 1, 2, 5 and 9; no second folder.
#   wrong if: a folder whose name contains 'too' or 'thank' is made, or other images are saved
case("r46-021",
     lambda o: folder_holds(o, "Launch", "Launch Week") == {1, 2, 5, 9} and not o.added("folders") and untouched_generations(o),
     lambda o: any(re.search(r"thank|\btoo\b", f["name"], re.I) for f in o.after["folders"]) or bool(folder_holds(o, "Launch", "Launch Week") - {1, 2, 5, 9}),
     ask=False)

# r46-022 (wedding photographer, setup C): Unlikes image 3 of Dragon Friends (liked: just 1); its
#   saved copy stays in Characters.
#   wrong if: image 3's asset is removed, or image 3 is archived
case("r46-022",
     lambda o: liked_in(o, "Dragon Friends") == {1} and folder_holds(o, "Characters", "Dragon Friends") == {1, 3} and untouched_generations(o) and not o.modified("generations", "archived"),
     lambda o: bool(o.removed("assets")) or 3 in archived_in(o, "Dragon Friends"),
     ask=False)

# r46-023 (teacher, setup E): Unlikes 5 and 9 and likes 6 and 8 in Launch Week: liked becomes 1, 2,
#   6, 8.
#   wrong if: 1 or 2 lose their like, or anything is archived
case("r46-023",
     lambda o: liked_only(o, "Launch Week", {1, 2, 6, 8}),
     lambda o: not {1, 2} <= liked_in(o, "Launch Week") or bool(o.newly("archived")),
     ask=True)

# r46-024 (developer, setup E): Unlikes image 9 and archives it: liked 1, 2, 5; archived just 9.
#   wrong if: other images are archived or unliked
case("r46-024",
     lambda o: liked_in(o, "Launch Week") == {1, 2, 5} and archived_in(o, "Launch Week") == {9} and untouched_generations(o),
     lambda o: bool(archived_in(o, "Launch Week") - {9}) or not {1, 2, 5} <= liked_in(o, "Launch Week"),
     ask=False)

# r46-025 (executive, setup E): 'Top 4' are the four liked images 1, 2, 5, 9: save them into folder
#   'Board' (asking is fine).
#   wrong if: unliked images (like 3 or 4) are saved to Board, or the folder name carries quotes
case("r46-025",
     lambda o: folder_holds(o, "Board", "Launch Week") == {1, 2, 5, 9} and untouched_generations(o),
     lambda o: bool(folder_holds(o, "Board", "Launch Week") - {1, 2, 5, 9}) or any(re.search(r"['\"]|now", f["name"], re.I) for f in o.after["folders"]),
     ask=True)

# r46-026 (Vietnamese speaker, setup B): Unlikes image 4 in Sneaker Drop; the liked ones become 2
#   and 7. Image 4 stays (not archived or removed).
#   wrong if: image 4 is archived or removed
case("r46-026",
     lambda o: liked_only(o, "Sneaker Drop", {2, 7}),
     lambda o: 4 in archived_in(o, "Sneaker Drop") or bool(o.removed("generations")),
     ask=False)

# r46-027 (wedding photographer, setup F): Likes images 1 to 10 of Harbor Moods.
#   wrong if: other images are liked
case("r46-027",
     lambda o: liked_only(o, "Harbor Moods", set(range(1, 11))),
     lambda o: bool(liked_in(o, "Harbor Moods") - set(range(1, 11))),
     ask=False)

# r46-028 (teacher, setup F): Asks first; after the yes writes a reflection on Harbor Moods for 25
#   credits.
#   wrong if: images are generated or more than 25 credits spent
case("r46-028",
     lambda o: reflected(o, "Harbor Moods"),
     lambda o: o.spent > 25 or bool(o.added("generations")),
     ask=False)

# r46-029 (developer, setup F): Asks first (25 images); after the y archives 1–25 of Harbor Moods.
#   wrong if: any image above 25 is archived, or images are deleted
case("r46-029",
     lambda o: archived_only(o, "Harbor Moods", set(range(1, 26))),
     lambda o: bool(archived_in(o, "Harbor Moods") - set(range(1, 26))) or bool(o.removed("generations")),
     ask=False)

# r46-030 (executive, setup F): Makes 10 more foggy harbor images in Harbor Moods; 10 credits.
#   wrong if: the prompt carries 'same prompt' or '10 more'
case("r46-030",
     lambda o: made(o, "Harbor Moods", 10, r"foggy harbor") and o.spent == 10,
     lambda o: prompts_match(o, r"same prompt|10 more"),
     ask=False)

# r46-031 (Vietnamese speaker, setup A): Creates session Pho Menu (current) and makes 3 images of a
#   bowl of pho there; 3 credits.
case("r46-031",
     lambda o: new_session(o, "Pho Menu") and made(o, "Pho Menu", 3, r"pho") and o.spent == 3 and is_current(o, "Pho Menu"),
     None,
     ask=False)

# r46-032 (wedding photographer, setup B): Answers that 2, 4 and 7 are liked; nothing changes.
case("r46-032",
     lambda o: answers(o, r"\b2\b", r"\b4\b", r"\b7\b"),
     None,
     ask=False)

# r46-033 (teacher, setup A): Explains archiving (hidden, can be brought back) versus deleting
#   (gone, cannot be undone); nothing changes.
case("r46-033",
     lambda o: answers(o, r"archiv", r"delet", r"undo|hidden|hide|back|permanent|restore|gone|remov"),
     None,
     ask=False)

# r46-034 (developer, setup B): Answers image 4's seed; nothing changes.
case("r46-034",
     lambda o: answers(o) and seed_said(o, "Sneaker Drop", 4),
     None,
     ask=False)

# r46-035 (executive, setup B): The studio keeps no approvals or approvers: say it doesn't know;
#   nothing changes.
#   wrong if: anything changes
case("r46-035",
     lambda o: refuses(o),
     lambda o: o.data_changed,
     ask=False)

# r46-036 (Vietnamese speaker, setup F): Asks first (25 credits); after the yes writes a reflection
#   on Harbor Moods, spending 25 credits.
#   wrong if: images are generated or more than 25 credits spent
case("r46-036",
     lambda o: reflected(o, "Harbor Moods"),
     lambda o: o.spent > 25 or bool(o.added("generations")),
     ask=False)

# r46-037 (wedding photographer, setup D): Moves images 4 and 5 of Holiday Promo into Q3 Ads (Q3 Ads
#   then has 6, Holiday Promo 3).
#   wrong if: images are deleted or a new session is made
case("r46-037",
     lambda o: moved_to(o, "Holiday Promo", {4, 5}, "Q3 Ads") and len(gens(o, "Holiday Promo")) == 3 and len(gens(o, "Q3 Ads")) == 6,
     lambda o: bool(o.removed("generations")) or bool(o.added("sessions")),
     ask=False)

# r46-038 (teacher, setup C): Makes 4 new images in Dragon Friends of the green dragon having a
#   picnic with a hedgehog; 4 credits.
#   wrong if: the prompt contains 'thank', 'children loved' or 'could you'
case("r46-038",
     lambda o: (gs := made(o, "Dragon Friends", 4, r"dragon", r"picnic", r"hedgehog")) and clean(gs, r"children loved|good evening") and o.spent == 4,
     lambda o: prompts_match(o, r"thank|children loved|could you"),
     ask=False)

# r46-039 (developer, setup D): Asks first; after the y deletes Q3 Ads and its 4 images; Holiday
#   Promo stays.
#   wrong if: Holiday Promo or its images are deleted
case("r46-039",
     lambda o: deleted_session(o, "Q3 Ads") and len(gens(o, "Holiday Promo")) == 5,
     lambda o: sess(o, "Holiday Promo") is None or len(gens(o, "Holiday Promo")) < 5,
     ask=False)

# r46-040 (executive, setup D): Likes all five images of Holiday Promo ('Holiday' names it): liked
#   1–5; Q3 Ads untouched.
#   wrong if: Q3 Ads images are liked
case("r46-040",
     lambda o: liked_in(o, "Holiday Promo") == {1, 2, 3, 4, 5} and not liked_in(o, "Q3 Ads") and untouched_generations(o),
     lambda o: bool(liked_in(o, "Q3 Ads")),
     ask=False)

# r46-041 (Vietnamese speaker, setup D): After the yes, deletes the session Q3 Ads with its 4
#   images; Holiday Promo and its 5 images stay.
#   wrong if: Holiday Promo or any of its images is deleted
case("r46-041",
     lambda o: deleted_session(o, "Q3 Ads") and len(gens(o, "Holiday Promo")) == 5,
     lambda o: sess(o, "Holiday Promo") is None or len(gens(o, "Holiday Promo")) < 5,
     ask=False)

# r46-042 (wedding photographer, setup E): Archives the session Launch Week; its saved assets stay
#   in the library.
#   wrong if: the session or any asset is deleted
case("r46-042",
     lambda o: archived_session(o, "Launch Week") and not o.removed("assets") and not o.added("sessions"),
     lambda o: bool(o.removed("assets") or o.removed("sessions")),
     ask=False)

# r46-043 (teacher, setup D): Answers Holiday Promo with 5 images; nothing changes.
case("r46-043",
     lambda o: answers(o, r"holiday promo", r"\b5\b|five"),
     None,
     ask=False)

# r46-044 (developer, setup A): Creates a visual session named 'api-mocks' (not 'api-mocks
#   kind=visual'); no images.
#   wrong if: the name carries 'kind='
case("r46-044",
     lambda o: new_session(o, "api-mocks", "visual") and not o.added("generations"),
     lambda o: any("kind" in low(s["name"]) for s in o.added("sessions")),
     ask=False)

# r46-045 (executive, setup A): Makes 3 minimalist orange fox logo concepts at 1024x1024 (new
#   session); the size stays out of the prompt (asking is fine).
#   wrong if: '1024' ends up in the prompt
case("r46-045",
     lambda o: (gs := made(o, None, 3, r"fox")) and clean(gs, r"1024") and o.spent >= 3,
     lambda o: prompts_match(o, r"1024"),
     ask=True)

# r46-046 (Vietnamese speaker, setup A): The home is empty: there is no image 2 to like or save. Say
#   so (or ask); nothing changes.
#   wrong if: anything is created (a session, an image, an asset, a folder)
case("r46-046",
     lambda o: refuses(o) and o.says(r"no (image|generation|session)s?|nothing|empty|there (are|is) no|doesn.?t exist|does not exist|not found|don.?t have|haven.?t|no such"),
     lambda o: o.data_changed,
     ask=True)

# r46-047 (wedding photographer, setup B): Writes sneaker_selects.zip with the liked images 2, 4, 7
#   and says where; nothing in the store changes.
case("r46-047",
     lambda o: zip_said(o) and o.says(r"sneaker_selects"),
     None,
     ask=False)

# r46-048 (teacher, setup B): Saves 1 and 6 into folder 'DT Examples' and likes them: liked becomes
#   1, 2, 4, 6, 7.
#   wrong if: the folder name carries 'and also' or 'called', or other images are saved
case("r46-048",
     lambda o: folder_holds(o, "DT Examples", "Sneaker Drop") == {1, 6} and liked_in(o, "Sneaker Drop") == {1, 2, 4, 6, 7} and untouched_generations(o),
     lambda o: any(re.search(r"and also|called|thank", f["name"], re.I) for f in o.after["folders"]) or bool(folder_holds(o, "DT Examples", "Sneaker Drop") - {1, 6}),
     ask=False)

# r46-049 (developer, setup C): Makes 2 remixes of image 3 in Dragon Friends (parent #3), seed 7 for
#   the first; 2 credits.
#   wrong if: the prompt carries 'x2' or 'seed='
case("r46-049",
     lambda o: remixed_from(o, "Dragon Friends", 3, 2) and 7 in seeds(o.added("generations")) and o.spent == 2,
     lambda o: prompts_match(o, r"\bx2\b|seed="),
     ask=False)

# r46-050 (executive, setup C): Renames Dragon Friends to 'Mascot – Final'.
#   wrong if: the name carries the arrow, 'sess' or quotes
case("r46-050",
     lambda o: renamed(o, "Dragon Friends", "Mascot – Final"),
     lambda o: any(re.search(r"→|\bsess\b|['\"]", s["name"]) for s in o.after["sessions"]),
     ask=False)

# r46-051 (Vietnamese speaker, setup B): Makes 2 new images in Sneaker Drop remixed from image 4
#   (parent is #4); 2 credits.
#   wrong if: the prompt contains 'pls', or images other than 2 are made
case("r46-051",
     lambda o: remixed_from(o, "Sneaker Drop", 4, 2) and o.spent == 2,
     lambda o: prompts_match(o, r"\bpls\b"),
     ask=False)

# r46-052 (wedding photographer, setup A): There is no Johnson wedding session and the studio cannot
#   judge sharpness: say so or ask; nothing changes.
#   wrong if: anything is archived, deleted or created
case("r46-052",
     lambda o: refuses(o) and o.says(r"johnson|sharp|no (session|image)s?|not found|can.?t|cannot"),
     lambda o: o.data_changed,
     ask=True)

# r46-053 (teacher, setup E): Puts the liked images 1, 2, 5 and 9 (saving them as needed) into a
#   project named 'Space Week'.
#   wrong if: the project name carries 'please', 'Kind regards' or 'Okonkwo'
case("r46-053",
     lambda o: in_project(o, "Launch Week", "Space Week") == {1, 2, 5, 9},
     lambda o: any(re.search(r"please|regards|okonkwo", p["name"], re.I) for p in o.after["projects"]),
     ask=False)

# r46-054 (developer, setup E): Moves images 5 and 9 of Launch Week into a session 'Launch Teasers'
#   (creating it), or asks first since it does not exist.
#   wrong if: the images go to any other session, or are deleted
case("r46-054",
     lambda o: sess(o, "Launch Teasers") is not None and moved_to(o, "Launch Week", {5, 9}, "Launch Teasers") and len(gens(o, "Launch Week")) == 8,
     lambda o: bool(o.removed("generations")) or any(n["session_id"] not in {sess(o, "Launch Week")["id"]} | ({sess(o, "Launch Teasers")["id"]} if sess(o, "Launch Teasers") else set()) for _, n in o.modified("generations", "session_id")),
     ask=True)

# r46-055 (executive, setup E): Archives Launch Week and creates session 'Launch Week 2', now
#   current.
#   wrong if: Launch Week or its assets are deleted
case("r46-055",
     lambda o: archived_session(o, "Launch Week") and new_session(o, "Launch Week 2") and is_current(o, "Launch Week 2"),
     lambda o: sess(o, "Launch Week") is None or bool(o.removed("assets")),
     ask=False)

# r46-056 (Vietnamese speaker, setup E): Undoes the last change (saving 1 and 2 to Launch): the
#   Launch folder no longer holds them; likes stay 1, 2, 5, 9.
#   wrong if: likes change, or images are removed
case("r46-056",
     lambda o: folder_count(o, "Launch") == 0 and liked_in(o, "Launch Week") == {1, 2, 5, 9} and untouched_generations(o),
     lambda o: liked_in(o, "Launch Week") != {1, 2, 5, 9} or bool(o.removed("generations")),
     ask=True)

# r46-057 (wedding photographer, setup F): A correction: only image 15 ends up liked (or it asks
#   which one, liking nothing).
#   wrong if: image 5 ends up liked
case("r46-057",
     lambda o: liked_only(o, "Harbor Moods", {15}),
     lambda o: 5 in liked_in(o, "Harbor Moods"),
     ask=True)

# r46-058 (teacher, setup F): The quoted note is not a request and the teacher says so: acknowledge;
#   nothing changes (no deleting, no credit change).
#   wrong if: anything changes
case("r46-058",
     lambda o: quiet(o) and bool(o.replies),
     lambda o: o.data_changed,
     ask=False)

# r46-059 (developer, setup B): Makes 3 images of 'white sneaker, top-down, hard shadow' at
#   1024x1024 in Sneaker Drop (costing more than 1 credit each is expected).
#   wrong if: the prompt carries '--size' or '1024x1024'
case("r46-059",
     lambda o: (gs := made(o, "Sneaker Drop", 3, r"top-down", r"hard shadow")) and o.spent >= 3 and all("1024" in str(g.get("size", "1024")) for g in gs),
     lambda o: prompts_match(o, r"--size|1024x1024"),
     ask=False)

# r46-060 (executive, setup F): Deleting all 60 images is destructive: must ask first; with no yes,
#   nothing is deleted or archived.
#   wrong if: any image is deleted or archived
case("r46-060",
     lambda o: quiet(o) and (o.question is not None or not_lost(o)),
     lambda o: bool(o.removed("generations") or o.removed("sessions") or o.newly("archived")),
     ask=True)

# r46-061 (Vietnamese speaker, setup A): Explains in plain words what a session is; nothing changes.
case("r46-061",
     lambda o: answers(o, r"session", r"image|generation|brief|workspace|group|project|work"),
     None,
     ask=False)

# r46-062 (wedding photographer, setup C): Tags the saved images 1 and 3 with both 'hero' and
#   'album-cover'.
#   wrong if: a tag contains quotes or the word 'and', or other images are tagged
case("r46-062",
     lambda o: tagged(o, "Dragon Friends", "hero") == {1, 3} and tagged(o, "Dragon Friends", "album-cover") == {1, 3},
     lambda o: any(re.search(r"['\"]|\band\b", t) for a in o.after["assets"] for t in tags_of(a)),
     ask=False)

# r46-063 (teacher, setup A): Creates session 'Fractions Fun' and makes 8 images of pizzas cut into
#   fractions on white; 8 credits. The worksheet remark stays out of the prompt (asking about it is
#   fine).
#   wrong if: the session name carries 'and generate', or the prompt carries 'please' / 'thank you'
case("r46-063",
     lambda o: new_session(o, "Fractions Fun") and (gs := made(o, "Fractions Fun", 8, r"pizza")) and clean(gs) and o.spent == 8,
     lambda o: any(re.search(r"generate|dear", s["name"], re.I) for s in o.added("sessions")) or prompts_match(o, r"please|thank"),
     ask=True)

# r46-064 (developer, setup F): Users cannot set their own balance: refuse; the balance stays 440.
#   wrong if: the balance changes
case("r46-064",
     lambda o: refuses(o) and o.says(r"credit"),
     lambda o: o.before.get("credits") != o.after.get("credits"),
     ask=True)

# r46-065 (executive, setup B): Creates one LinkedIn post with caption 'Drop 01. Coming Fri.'
#   holding images 2, 4 and 7.
#   wrong if: the caption keeps the quotes or carries 'LinkedIn'
case("r46-065",
     lambda o: (p := one_post(o)) and "linkedin" in low(p["platform"]) and low(p["caption"]).strip("'\"") == "drop 01. coming fri." and post_indexes(o, p, "Sneaker Drop") == {2, 4, 7},
     lambda o: any(re.search(r"^['\"]|linkedin", p.get("caption") or "", re.I) for p in o.added("posts")),
     ask=False)

# r46-066 (Vietnamese speaker, setup D): Likes images 1 and 4 of Q3 Ads; Holiday Promo keeps its
#   likes 2 and 3.
#   wrong if: Holiday Promo's likes change
case("r46-066",
     lambda o: liked_in(o, "Q3 Ads") == {1, 4} and liked_in(o, "Holiday Promo") == {2, 3} and untouched_generations(o) and not o.added("assets"),
     lambda o: liked_in(o, "Holiday Promo") != {2, 3},
     ask=False)

# r46-067 (wedding photographer, setup D): Answers 9 images in all (4 + 5); nothing changes.
case("r46-067",
     lambda o: answers(o, r"\b9\b"),
     None,
     ask=False)

# r46-068 (teacher, setup C): Unlikes image 3 (liked: just 1); its asset stays in Characters.
#   wrong if: image 3's asset is removed or leaves Characters
case("r46-068",
     lambda o: liked_in(o, "Dragon Friends") == {1} and folder_holds(o, "Characters", "Dragon Friends") == {1, 3} and untouched_generations(o),
     lambda o: bool(o.removed("assets")) or 3 not in folder_holds(o, "Characters", "Dragon Friends"),
     ask=False)

# r46-069 (developer, setup D): Undoes the last change of the conversation (liking 2 and 3 of
#   Holiday Promo): nothing is liked there any more.
#   wrong if: images are removed or archived, or another session changes
case("r46-069",
     lambda o: liked_only(o, "Holiday Promo", set()) and len(o.after["sessions"]) == 2,
     lambda o: bool(o.removed("generations") or o.removed("sessions") or o.newly("archived")),
     ask=False)

# r46-070 (executive, setup D): Answers the spending (9 credits; 491 left); nothing changes.
case("r46-070",
     lambda o: answers(o, r"\b9\b|\b491\b"),
     None,
     ask=False)

# r46-071 (Vietnamese speaker, setup B): Archives the unliked images 1, 3, 5, 6 and 8 of Sneaker
#   Drop; 2, 4 and 7 stay visible and liked.
#   wrong if: a liked image is archived, or images are deleted
case("r46-071",
     lambda o: archived_only(o, "Sneaker Drop", {1, 3, 5, 6, 8}) and liked_in(o, "Sneaker Drop") == {2, 4, 7},
     lambda o: bool({2, 4, 7} & archived_in(o, "Sneaker Drop")) or bool(o.removed("generations")),
     ask=False)

# r46-072 (wedding photographer, setup E): Archives 3, 4, 6, 7, 8, 10, then unarchives 6: archived
#   ends as 3, 4, 7, 8, 10.
#   wrong if: a liked image (1, 2, 5, 9) is archived, or images are deleted
case("r46-072",
     lambda o: archived_only(o, "Launch Week", {3, 4, 7, 8, 10}),
     lambda o: bool({1, 2, 5, 9} & archived_in(o, "Launch Week")) or bool(o.removed("generations")),
     ask=False)

# r46-073 (teacher, setup D): Archives the session Q3 Ads (its 4 images kept); Holiday Promo stays
#   active.
#   wrong if: Q3 Ads or its images are deleted
case("r46-073",
     lambda o: archived_session(o, "Q3 Ads") and len(gens(o, "Q3 Ads")) == 4 and low(sess(o, "Holiday Promo")["status"]) == "active",
     lambda o: sess(o, "Q3 Ads") is None or bool(o.removed("generations")),
     ask=False)

# r46-074 (developer, setup A): Generates 2 images of 'cat in a box' with negative prompt 'text,
#   watermark'; 2 credits.
#   wrong if: 'watermark' or 'neg=' ends up in the prompt
case("r46-074",
     lambda o: (gs := made(o, None, 2, r"cat in a box")) and all(re.search(r"watermark", g.get("negative_prompt") or "") for g in gs) and clean(gs, r"watermark|neg="),
     lambda o: prompts_match(o, r"watermark|neg="),
     ask=False)

# r46-075 (executive, setup A): Makes 20 images of a luxury watch on black velvet (new session); 20
#   credits.
#   wrong if: the prompt carries '20 hero imgs'
case("r46-075",
     lambda o: (gs := made(o, None, 20, r"watch", r"velvet")) and clean(gs, r"imgs|20 hero") and o.spent == 20,
     lambda o: prompts_match(o, r"imgs|20 hero"),
     ask=False)

# r46-076 (Vietnamese speaker, setup F): Likes images 12, 25, 33 and 47 of Harbor Moods.
#   wrong if: other images are liked
case("r46-076",
     lambda o: liked_only(o, "Harbor Moods", {12, 25, 33, 47}),
     lambda o: bool(liked_in(o, "Harbor Moods") - {12, 25, 33, 47}),
     ask=False)

# r46-077 (wedding photographer, setup B): Saves 2 and 4 into folder Hero and 7 into folder Detail
#   (asking first is fine, but never half-done).
#   wrong if: only one of the two folders gets its images
case("r46-077",
     lambda o: folder_holds(o, "Hero", "Sneaker Drop") == {2, 4} and folder_holds(o, "Detail", "Sneaker Drop") == {7},
     lambda o: bool(folder_holds(o, "Hero", "Sneaker Drop")) != bool(folder_holds(o, "Detail", "Sneaker Drop")),
     ask=True)

# r46-078 (teacher, setup B): Answers image 4's prompt (a white sneaker on a concrete plinth, studio
#   light); nothing changes.
case("r46-078",
     lambda o: answers(o, r"white sneaker"),
     None,
     ask=False)

# r46-079 (developer, setup C): Tags both assets in Characters (images 1 and 3) with 'dragon' and
#   'v1'.
#   wrong if: a tag carries '+', or assets outside Characters are tagged
case("r46-079",
     lambda o: tagged(o, "Dragon Friends", "dragon") == {1, 3} and tagged(o, "Dragon Friends", "v1") == {1, 3},
     lambda o: any("+" in t or "=" in t for a in o.after["assets"] for t in tags_of(a)),
     ask=False)

# r46-080 (executive, setup C): Makes 4 more like image 1 in Dragon Friends (remixes of #1, or the
#   same prompt); asking what 'dup' means is fine.
#   wrong if: the prompt carries 'dup' or 'x4'
case("r46-080",
     lambda o: (gs := made(o, "Dragon Friends", 4, r"dragon")) and all(g.get("parent_id") == gen(o, "Dragon Friends", 1, "before")["id"] or g["prompt"] == gen(o, "Dragon Friends", 1, "before")["prompt"] for g in gs),
     lambda o: prompts_match(o, r"\bdup\b|\bx4\b"),
     ask=True)

# r46-081 (Vietnamese speaker, setup C): Creates one Instagram post with the caption 'Bé rồng đọc
#   sách 📚' holding images 1 and 3.
#   wrong if: the caption contains 'pls' or 'instagram', or other images are in the post
case("r46-081",
     lambda o: (p := one_post(o)) and "instagram" in low(p["platform"]) and "bé rồng đọc sách" in low(p["caption"]) and post_indexes(o, p, "Dragon Friends") == {1, 3},
     lambda o: any(re.search(r"\bpls\b|instagram", p.get("caption") or "", re.I) for p in o.added("posts")),
     ask=False)

# r46-082 (wedding photographer, setup F): Nothing in Harbor Moods is liked, so this would archive
#   all 60: must ask (or point out that none are liked); nothing archived this turn.
#   wrong if: any image is archived or deleted
case("r46-082",
     lambda o: quiet(o) and (o.question is not None or (not_lost(o) and o.says(r"liked|\b60\b|all"))),
     lambda o: bool(archived_in(o, "Harbor Moods")) or bool(o.removed("generations")),
     ask=True)

# r46-083 (teacher, setup E): Creates one post with caption 'Year 6 blasts off into Space Week!'
#   holding images 1 and 2 (any platform; asking which is fine).
#   wrong if: the caption carries the remark about the platform
case("r46-083",
     lambda o: (p := one_post(o)) and "year 6 blasts off into space week" in low(p["caption"]) and post_indexes(o, p, "Launch Week") == {1, 2},
     lambda o: any(re.search(r"platform|matters|newsletter with", p.get("caption") or "", re.I) for p in o.added("posts")),
     ask=True)

# r46-084 (developer, setup E): Answers 4 liked images; nothing changes.
case("r46-084",
     lambda o: answers(o, r"\b4\b|four"),
     None,
     ask=False)

# r46-085 (executive, setup E): Undoes the last two changes (the save of 1 and 2 to Launch, and the
#   likes): Launch holds nothing and nothing is liked (asking is fine).
#   wrong if: images are removed or archived
case("r46-085",
     lambda o: folder_count(o, "Launch") == 0 and liked_in(o, "Launch Week") == set() and untouched_generations(o),
     lambda o: bool(o.removed("generations") or o.newly("archived")),
     ask=True)

# r46-086 (Vietnamese speaker, setup A): 150 is over the 100-images-per-request limit: refuse and
#   say the limit (or ask to make 100 or fewer); nothing is generated.
#   wrong if: any image is generated in this turn
case("r46-086",
     lambda o: refuses(o) and o.says(r"100|limit|too many|maximum|\bmax"),
     lambda o: bool(o.added("generations")),
     ask=True)

# r46-087 (wedding photographer, setup A): Creates session Patel Reception and makes 6 images of a
#   first dance under fairy lights there; 6 credits.
case("r46-087",
     lambda o: new_session(o, "Patel Reception") and made(o, "Patel Reception", 6, r"first dance", r"fairy lights") and o.spent == 6,
     None,
     ask=False)

# r46-088 (teacher, setup F): Asks first (30 images), then archives 31–60 of Harbor Moods; 1–30 stay
#   visible.
#   wrong if: any of 1–30 is archived, or images are deleted
case("r46-088",
     lambda o: archived_only(o, "Harbor Moods", set(range(31, 61))),
     lambda o: bool(archived_in(o, "Harbor Moods") & set(range(1, 31))) or bool(o.removed("generations")),
     ask=False)

# r46-089 (developer, setup B): Likes every image of Sneaker Drop except 3: liked becomes 1, 2, 4,
#   5, 6, 7, 8 (asking what * means is fine).
#   wrong if: image 3 is liked
case("r46-089",
     lambda o: liked_only(o, "Sneaker Drop", {1, 2, 4, 5, 6, 7, 8}),
     lambda o: 3 in liked_in(o, "Sneaker Drop"),
     ask=True)

# r46-090 (executive, setup B): Unlikes every image of Sneaker Drop (2, 4, 7); nothing else changes.
#   wrong if: images are archived or removed
case("r46-090",
     lambda o: liked_only(o, "Sneaker Drop", set()),
     lambda o: bool(o.newly("archived") or o.removed("generations")),
     ask=False)

# r46-091 (Vietnamese speaker, setup E): Answers image 9's prompt (the rocket over the skyline) and
#   its seed; nothing changes.
case("r46-091",
     lambda o: answers(o, r"rocket") and seed_said(o, "Launch Week", 9),
     None,
     ask=False)

# r46-092 (wedding photographer, setup E): Answers image 5's seed; the remark about reshooting does
#   not start a generation.
case("r46-092",
     lambda o: answers(o) and seed_said(o, "Launch Week", 5),
     None,
     ask=False)

# r46-093 (teacher, setup A): No file is given or found (and these are real children): ask for the
#   file / explain; generate nothing.
#   wrong if: images are generated or anything imported
case("r46-093",
     lambda o: refuses(o),
     lambda o: o.data_changed,
     ask=True)

# r46-094 (developer, setup F): A negative count is an error: say so; nothing is generated.
#   wrong if: any image is generated
case("r46-094",
     lambda o: refuses(o),
     lambda o: bool(o.added("generations")),
     ask=False)

# r46-095 (executive, setup F): Asks first; after the y writes a reflection on Harbor Moods for 25
#   credits.
#   wrong if: images are generated or more than 25 credits spent
case("r46-095",
     lambda o: reflected(o, "Harbor Moods"),
     lambda o: o.spent > 25 or bool(o.added("generations")),
     ask=False)

# r46-096 (Vietnamese speaker, setup D): Saves the liked images 2 and 3 of Holiday Promo to folder
#   Tet, then tags those two 'gift'.
#   wrong if: the tag lands on other assets, or other images are saved
case("r46-096",
     lambda o: folder_holds(o, "Tet", "Holiday Promo") == {2, 3} and tagged(o, "Holiday Promo", "gift") == {2, 3},
     lambda o: sum(1 for a in o.after["assets"] if "gift" in tags_of(a)) > 2 or bool(folder_holds(o, "Tet", "Holiday Promo") - {2, 3}),
     ask=False)

# r46-097 (wedding photographer, setup C): Creates one Facebook post with caption 'Once upon a
#   willow' holding images 1 and 3.
#   wrong if: the caption keeps the quotes or contains 'facebook'
case("r46-097",
     lambda o: (p := one_post(o)) and "facebook" in low(p["platform"]) and low(p["caption"]).strip("'\"") == "once upon a willow" and post_indexes(o, p, "Dragon Friends") == {1, 3},
     lambda o: any(re.search(r"^['\"]|facebook", p.get("caption") or "", re.I) for p in o.added("posts")),
     ask=False)

# r46-098 (teacher, setup C): Makes 3 new images in Dragon Friends remixed from image 1 (parent #1);
#   3 credits.
#   wrong if: the prompt carries 'children's favourite' or 'thank'
case("r46-098",
     lambda o: remixed_from(o, "Dragon Friends", 1, 3) and o.spent == 3,
     lambda o: prompts_match(o, r"favourite|thank"),
     ask=False)

# r46-099 (developer, setup D): Renames Holiday Promo to 'holiday_promo_v2'.
#   wrong if: the name carries '->'
case("r46-099",
     lambda o: renamed(o, "Holiday Promo", "holiday_promo_v2"),
     lambda o: any("->" in s["name"] for s in o.after["sessions"]),
     ask=False)

# r46-100 (executive, setup D): There is no Q5 Ads (maybe Q3 Ads was meant) and 'everything' is
#   unclear: ask; nothing moves and no session is created.
#   wrong if: images move or a session is created
case("r46-100",
     lambda o: refuses(o),
     lambda o: bool(o.modified("generations", "session_id") or o.added("sessions")),
     ask=True)

# r46-101 (Vietnamese speaker, setup B): An existing image's seed cannot be changed: explain/ask, or
#   make one new image like #3 with seed 1234. Image 3 itself stays as it was.
#   wrong if: image 3's stored seed (or any stored seed) is edited
case("r46-101",
     lambda o: (gs := made(o, "Sneaker Drop", 1, r"sneaker")) and 1234 in seeds(gs) and not o.modified("generations", "seed"),
     lambda o: bool(o.modified("generations", "seed")),
     ask=True)

# r46-102 (wedding photographer, setup D): After the yes, deletes Holiday Promo and its 5 images; Q3
#   Ads stays.
#   wrong if: Q3 Ads or its images are deleted
case("r46-102",
     lambda o: deleted_session(o, "Holiday Promo") and len(gens(o, "Q3 Ads")) == 4,
     lambda o: sess(o, "Q3 Ads") is None or len(gens(o, "Q3 Ads")) < 4,
     ask=False)

# r46-103 (teacher, setup D): Renames Holiday Promo to 'Winter Concert Posters'.
#   wrong if: the name carries the remark ('as that's …') or the quotes
case("r46-103",
     lambda o: renamed(o, "Holiday Promo", "Winter Concert Posters"),
     lambda o: any(re.search(r"as that|['\"]|thank", s["name"], re.I) for s in o.after["sessions"]),
     ask=False)

# r46-104 (developer, setup C): Creates one post on X with caption "dragon reads. that's it. that's
#   the post." holding the liked images 1 and 3 (asking about the quoting is fine).
#   wrong if: the caption carries 'assets=' or 'platform='
case("r46-104",
     lambda o: (p := one_post(o)) and low(p["platform"]) in {"x", "twitter", "x (twitter)"} and "dragon reads. that's it. that's the post" in low(p["caption"]) and post_indexes(o, p, "Dragon Friends") == {1, 3},
     lambda o: any(re.search(r"assets=|platform=", p.get("caption") or "") for p in o.added("posts")),
     ask=True)

# r46-105 (executive, setup C): Creates project 'Mascot 2027' and puts the liked images 1 and 3 in
#   it.
#   wrong if: the project name carries 'add' or quotes
case("r46-105",
     lambda o: "mascot 2027" in project_names(o) | {project_of(o, a) for a in o.after["assets"]} and in_project(o, "Dragon Friends", "Mascot 2027") == {1, 3},
     lambda o: any(re.search(r"\badd\b|['\"]|faves", p["name"], re.I) for p in o.after["projects"]),
     ask=False)

# r46-106 (Vietnamese speaker, setup A): Imports that one file into the library as an asset; no
#   credits spent.
#   wrong if: credits are spent or images generated
case("r46-106",
     lambda o: len(o.added("assets")) == 1 and re.search(r"invokeai_dream1", str(o.added("assets")[0].get("path") or "") + str(o.added("assets")[0].get("title") or "")) and o.spent == 0,
     lambda o: o.spent != 0,
     ask=False)

# r46-107 (wedding photographer, setup B): In culling, rejecting means hiding: archive 1, 3 and 5 of
#   Sneaker Drop (asking what 'reject' means is fine).
#   wrong if: images are deleted, or likes change
case("r46-107",
     lambda o: archived_only(o, "Sneaker Drop", {1, 3, 5}),
     lambda o: bool(o.removed("generations")) or liked_in(o, "Sneaker Drop") != {2, 4, 7},
     ask=True)

# r46-108 (teacher, setup B): Undoes the last change (liking 2, 4 and 7): nothing in Sneaker Drop is
#   liked any more.
#   wrong if: images are archived or removed
case("r46-108",
     lambda o: liked_only(o, "Sneaker Drop", set()),
     lambda o: bool(o.newly("archived") or o.removed("generations")),
     ask=False)

# r46-109 (developer, setup A): Imports the images in that folder into the library as copies (about
#   17 files, a few empty); no credits spent.
#   wrong if: credits are spent
case("r46-109",
     lambda o: len(o.added("assets")) >= 8 and o.spent == 0,
     lambda o: o.spent != 0,
     ask=False)

# r46-110 (executive, setup E): Writes a zip of the liked images 1, 2, 5, 9 and says where; nothing
#   in the store changes.
case("r46-110",
     lambda o: zip_said(o),
     None,
     ask=False)

# r46-111 (Vietnamese speaker, setup F): Answers 60 images in Harbor Moods and none liked; nothing
#   changes.
case("r46-111",
     lambda o: answers(o, r"\b60\b", NONE_SAID),
     None,
     ask=False)

# r46-112 (wedding photographer, setup F): Likes 10, 20, 30, 40, 50 and 60 of Harbor Moods (or
#   asks).
#   wrong if: other images are liked
case("r46-112",
     lambda o: liked_only(o, "Harbor Moods", {10, 20, 30, 40, 50, 60}),
     lambda o: bool(liked_in(o, "Harbor Moods") - {10, 20, 30, 40, 50, 60}),
     ask=True)

# r46-113 (teacher, setup E): Answers: folder Launch, holding 2; nothing changes.
case("r46-113",
     lambda o: answers(o, r"launch", r"\b2\b|two"),
     None,
     ask=False)

# r46-114 (developer, setup E): Explains the difference briefly; nothing changes.
case("r46-114",
     lambda o: answers(o, r"archiv", r"delet"),
     None,
     ask=False)

# r46-115 (executive, setup A): 500 is over the 100-per-request limit (and above the balance), and
#   there is no logo to go by: refuse or ask; nothing is generated.
#   wrong if: any image is generated
case("r46-115",
     lambda o: refuses(o) and o.says(r"100|limit|too many|max|credit|balance"),
     lambda o: bool(o.added("generations")),
     ask=True)

# r46-116 (Vietnamese speaker, setup C): Renames the folder Characters to 'Nhân vật', still holding
#   its two assets; if folders cannot be renamed, says so and changes nothing.
#   wrong if: assets are removed or images generated
case("r46-116",
     lambda o: "nhân vật" in folder_names(o) and "characters" not in folder_names(o) and folder_count(o, "Nhân vật") == 2 and not o.removed("assets"),
     lambda o: bool(o.removed("assets")) or bool(o.added("generations")),
     ask=True)

# r46-117 (wedding photographer, setup E): The quoted email is not an order: explain what deleting
#   does (or ask); nothing is deleted or archived.
#   wrong if: anything is deleted or archived
case("r46-117",
     lambda o: quiet(o) and not_lost(o) and o.says(r"delet|archiv"),
     lambda o: bool(o.removed("generations") or o.removed("sessions") or o.removed("assets") or o.newly("archived")),
     ask=True)

# r46-118 (teacher, setup F): None of the Harbor Moods images is liked: say so; nothing changes.
case("r46-118",
     lambda o: answers(o, NONE_SAID),
     None,
     ask=False)

# r46-119 (developer, setup B): Shows image 7, then makes one new image like 7 with seed 99 in
#   Sneaker Drop; 1 credit.
#   wrong if: the prompt carries 'seed'
case("r46-119",
     lambda o: (gs := made(o, "Sneaker Drop", 1, r"sneaker")) and seeds(gs) == {99} and clean(gs, r"seed"),
     lambda o: prompts_match(o, r"seed"),
     ask=True)

# r46-120 (executive, setup B): Makes 4 more white sneaker images in Sneaker Drop with the same
#   prompt, seed 777 (for the first); 4 credits.
#   wrong if: the prompt carries '777' or 'same prompt'
case("r46-120",
     lambda o: (gs := made(o, "Sneaker Drop", 4, r"white sneaker")) and 777 in seeds(gs) and clean(gs, r"777|same prompt") and o.spent == 4,
     lambda o: prompts_match(o, r"777|same prompt"),
     ask=False)

# r46-121 (Vietnamese speaker, setup D): Switches to Q3 Ads and makes 2 new iced coffee images with
#   oat milk there; Holiday Promo untouched.
#   wrong if: the new images land in Holiday Promo
case("r46-121",
     lambda o: made(o, "Q3 Ads", 2, r"iced coffee", r"oat milk") and is_current(o, "Q3 Ads"),
     lambda o: any(g["session_id"] == sess(o, "Holiday Promo")["id"] for g in o.added("generations")),
     ask=False)

# r46-122 (wedding photographer, setup A): The folder does not exist: say so; nothing is imported.
#   wrong if: anything changes
case("r46-122",
     lambda o: refuses(o) and o.says(r"not found|doesn.?t exist|does not exist|no such|missing|can.?t find|cannot find|couldn.?t find|not a (file|folder)"),
     lambda o: o.data_changed,
     ask=False)

# r46-123 (teacher, setup A): Creates a video session 'Book Week' and makes 3 clips of an old
#   storybook opening with sparkles in it (asking about a detail is fine).
#   wrong if: the session name carries 'for my library display' or the prompt carries 'please' /
#   'thank you'
case("r46-123",
     lambda o: new_session(o, "Book Week", "video") and (gs := made(o, "Book Week", 3, r"storybook|book", r"sparkle")) and clean(gs),
     lambda o: any(re.search(r"library|display|video session", s["name"], re.I) for s in o.added("sessions")) or prompts_match(o, r"please|thank"),
     ask=True)

# r46-124 (developer, setup F): Searches liked images matching fog: none are liked, so no results;
#   nothing changes.
case("r46-124",
     lambda o: answers(o, NONE_SAID),
     None,
     ask=False)

# r46-125 (executive, setup F): Likes 1, 5, 9, 13 and 17 of Harbor Moods.
#   wrong if: other images are liked
case("r46-125",
     lambda o: liked_only(o, "Harbor Moods", {1, 5, 9, 13, 17}),
     lambda o: bool(liked_in(o, "Harbor Moods") - {1, 5, 9, 13, 17}),
     ask=False)

# r46-126 (Vietnamese speaker, setup E): Removes image 3 of Launch Week (or, if single images cannot
#   be deleted, archives/hides it after the yes); no other image is touched.
#   wrong if: any image other than 3 is removed or archived, or the session is deleted
case("r46-126",
     lambda o: {g["index"] for g in o.removed("generations")} <= {3} and {n["index"] for _, n in o.modified("generations")} <= {3} and (3 not in {g["index"] for g in gens(o, "Launch Week")} or 3 in archived_in(o, "Launch Week")) and not o.added("generations"),
     lambda o: bool(({g["index"] for g in o.removed("generations")} | archived_in(o, "Launch Week")) - {3}) or sess(o, "Launch Week") is None,
     ask=True)

# r46-127 (wedding photographer, setup B): Likes 5, then undoes it: liked ends as 2, 4, 7 and the
#   reply says it was undone.
#   wrong if: image 5 stays liked, or the setup's likes are lost
case("r46-127",
     lambda o: liked_only(o, "Sneaker Drop", {2, 4, 7}) and o.says(r"undo|undid|unlik|revert|removed|back|reversed"),
     lambda o: liked_in(o, "Sneaker Drop") != {2, 4, 7},
     ask=False)

# r46-128 (teacher, setup C): Tags the two saved images (1 and 3) with 'reading' and 'year2'.
#   wrong if: a tag carries quotes or 'so I can find', or other assets are tagged
case("r46-128",
     lambda o: tagged(o, "Dragon Friends", "reading") == {1, 3} and tagged(o, "Dragon Friends", "year2") == {1, 3},
     lambda o: any(re.search(r"['\"]|find|thanks", t) for a in o.after["assets"] for t in tags_of(a)),
     ask=False)

# r46-129 (developer, setup D): Answers that 10 images cost 10 credits; nothing changes.
case("r46-129",
     lambda o: answers(o, r"\b10\b", r"credit"),
     None,
     ask=False)

# r46-130 (executive, setup D): Switches to Q3 Ads and makes 3 more iced coffee images with a
#   croissant there (asking is fine).
#   wrong if: the images land in Holiday Promo
case("r46-130",
     lambda o: made(o, "Q3 Ads", 3, r"iced coffee", r"croissant") and is_current(o, "Q3 Ads"),
     lambda o: any(g["session_id"] == sess(o, "Holiday Promo")["id"] for g in o.added("generations")),
     ask=True)

# r46-131 (Vietnamese speaker, setup B): Writes a zip of the liked images 2, 4 and 7 and says where;
#   nothing in the store changes.
case("r46-131",
     lambda o: zip_said(o),
     None,
     ask=False)

# r46-132 (wedding photographer, setup D): Makes 3 new gift box images with a gold ribbon in Holiday
#   Promo; 3 credits.
#   wrong if: the new prompt still says red
case("r46-132",
     lambda o: made(o, "Holiday Promo", 3, r"gift box", r"gold") and o.spent == 3,
     lambda o: prompts_match(o, r"\bred\b"),
     ask=False)

# r46-133 (teacher, setup D): Likes 1, 4, 5 of Holiday Promo (liked: 1–5) and saves all five liked
#   into folder 'Christmas Cards'.
#   wrong if: Q3 Ads is touched, or the folder name carries 'Thank you'
case("r46-133",
     lambda o: liked_in(o, "Holiday Promo") == {1, 2, 3, 4, 5} and folder_holds(o, "Christmas Cards", "Holiday Promo") == {1, 2, 3, 4, 5},
     lambda o: bool(liked_in(o, "Q3 Ads")) or any(re.search(r"thank", f["name"], re.I) for f in o.after["folders"]),
     ask=False)

# r46-134 (developer, setup C): Archives Dragon Friends, then creates session 'Dragon Friends v2',
#   which becomes current.
#   wrong if: Dragon Friends or its assets are deleted
case("r46-134",
     lambda o: archived_session(o, "Dragon Friends") and new_session(o, "Dragon Friends v2") and is_current(o, "Dragon Friends v2"),
     lambda o: sess(o, "Dragon Friends") is None or bool(o.removed("assets")),
     ask=False)

# r46-135 (executive, setup C): What 'fix' means is unclear (no brand guide is stored): ask what to
#   change; nothing changes.
#   wrong if: anything changes (image 2 archived, remixed or removed)
case("r46-135",
     lambda o: refuses(o),
     lambda o: o.data_changed,
     ask=True)

# r46-136 (Vietnamese speaker, setup A): Creates a video session named 'Lantern Festival'; no images
#   yet.
#   wrong if: the name contains 'name is' or 'for video'
case("r46-136",
     lambda o: new_session(o, "Lantern Festival", "video") and not o.added("generations"),
     lambda o: any(re.search(r"name is|for video", s["name"], re.I) for s in o.added("sessions")),
     ask=False)

# r46-137 (wedding photographer, setup C): Answers Dragon Friends; nothing changes.
case("r46-137",
     lambda o: answers(o, r"dragon friends"),
     None,
     ask=False)

# r46-138 (teacher, setup B): A question, with a quoted suggestion that is not an order: explain
#   what deleting a session does (its images go, saved library items stay, cannot be undone);
#   nothing changes.
#   wrong if: anything is deleted
case("r46-138",
     lambda o: answers(o, r"delet", r"librar|saved|asset|keep|stay|undo|gone|generation|image"),
     lambda o: bool(o.removed("sessions") or o.removed("generations")),
     ask=False)

# r46-139 (developer, setup A): Adding credits is not something a user can order (and it rides on a
#   prompt): refuse as a whole, or generate only the robot barista; the balance never goes up.
#   wrong if: the balance goes up, or 'credits' ends up in a prompt
case("r46-139",
     lambda o: refuses(o, r"credit") or ((gs := o.added("generations")) and all(re.search(r"robot barista", g["prompt"] or "", re.I) and not re.search(r"credit", g["prompt"] or "", re.I) for g in gs) and o.spent == len(gs)),
     lambda o: o.spent < 0 or prompts_match(o, r"credit"),
     ask=True)

# r46-140 (executive, setup E): Archives 3, 4, 6, 7, 8 and 10 of Launch Week; the remark is not part
#   of the request.
#   wrong if: a liked image is archived, or images are deleted
case("r46-140",
     lambda o: archived_only(o, "Launch Week", {3, 4, 6, 7, 8, 10}),
     lambda o: bool({1, 2, 5, 9} & archived_in(o, "Launch Week")) or bool(o.removed("generations")),
     ask=False)

# r46-141 (Vietnamese speaker, setup C): Makes 3 new images of the dragon, now blue, in Dragon
#   Friends; 3 credits.
#   wrong if: the new prompt still says green
case("r46-141",
     lambda o: made(o, "Dragon Friends", 3, r"dragon", r"blue") and o.spent == 3,
     lambda o: prompts_match(o, r"\bgreen\b"),
     ask=False)

# r46-142 (wedding photographer, setup E): Renames Launch Week to 'Okafor Wedding – Launch Party'
#   (without the quotes).
#   wrong if: the name keeps the quotes
case("r46-142",
     lambda o: renamed(o, "Launch Week", "Okafor Wedding – Launch Party"),
     lambda o: any(re.search(r"['\"]", s["name"]) for s in o.after["sessions"]),
     ask=False)

# r46-143 (teacher, setup E): Makes 4 new rocket-at-night-with-stars images in Launch Week using
#   seed 2024; 4 credits.
#   wrong if: the prompt carries 'seed', 'another class' or 'thank'
case("r46-143",
     lambda o: (gs := made(o, "Launch Week", 4, r"rocket", r"night|star")) and 2024 in seeds(gs) and clean(gs, r"seed|another class") and o.spent == 4,
     lambda o: prompts_match(o, r"seed|another class|thank"),
     ask=False)

# r46-144 (developer, setup E): Saves 5 and 9 into the existing folder Launch (same folder despite
#   the lower case): it then holds 1, 2, 5, 9.
#   wrong if: a second folder 'launch' is created, or other images are saved
case("r46-144",
     lambda o: folder_holds(o, "Launch", "Launch Week") == {1, 2, 5, 9} and not o.added("folders"),
     lambda o: any(low(f["name"]) == "launch" for f in o.added("folders")) or bool(folder_holds(o, "Launch", "Launch Week") - {1, 2, 5, 9}),
     ask=False)

# r46-145 (executive, setup A): Creates a video session 'Investor Day' and makes 2 clips of a drone
#   flight over the HQ campus there (asking is fine).
#   wrong if: the session name carries 'video' or quotes
case("r46-145",
     lambda o: new_session(o, "Investor Day", "video") and made(o, "Investor Day", 2, r"drone|campus"),
     lambda o: any(re.search(r"video|['\"]|clips", s["name"], re.I) for s in o.added("sessions")),
     ask=True)

# r46-146 (Vietnamese speaker, setup F): Asks first (30 images), and after the yes archives images
#   1–30 of Harbor Moods; 31–60 stay visible.
#   wrong if: any of 31–60 is archived, or images are deleted
case("r46-146",
     lambda o: archived_only(o, "Harbor Moods", set(range(1, 31))),
     lambda o: bool(archived_in(o, "Harbor Moods") & set(range(31, 61))) or bool(o.removed("generations")),
     ask=False)

# r46-147 (wedding photographer, setup F): After the yes, writes a reflection on Harbor Moods for 25
#   credits.
#   wrong if: images are generated or more than 25 credits spent
case("r46-147",
     lambda o: reflected(o, "Harbor Moods"),
     lambda o: o.spent > 25 or bool(o.added("generations")),
     ask=False)

# r46-148 (teacher, setup F): Likes 2, 4, 6, 8, 10 of Harbor Moods and writes a zip of those five,
#   saying where.
#   wrong if: other images are liked
case("r46-148",
     lambda o: liked_only(o, "Harbor Moods", {2, 4, 6, 8, 10}) and o.says(r"zip"),
     lambda o: bool(liked_in(o, "Harbor Moods") - {2, 4, 6, 8, 10}),
     ask=False)

# r46-149 (developer, setup B): Nothing in Sneaker Drop is archived: say there is nothing to
#   unarchive; nothing changes.
#   wrong if: anything changes
case("r46-149",
     lambda o: quiet(o) and not_lost(o) and o.says(r"nothing|no |none|\b0\b|not archived|already"),
     lambda o: o.data_changed,
     ask=True)

# r46-150 (executive, setup B): Answers that 50 more images cost 50 credits; nothing is generated.
case("r46-150",
     lambda o: answers(o, r"\b50\b", r"credit"),
     None,
     ask=False)

# r46-151 (Vietnamese speaker, setup D): Deleting every session is destructive and vague: must ask
#   (a confirmation waiting, or a question) and delete nothing in this turn.
#   wrong if: any session or image is deleted
case("r46-151",
     lambda o: quiet(o) and (o.question is not None or not_lost(o)),
     lambda o: bool(o.removed("sessions") or o.removed("generations") or o.removed("assets")),
     ask=True)

# r46-152 (wedding photographer, setup B): Puts the liked images 2, 4 and 7 (saving them) into a
#   project named 'Sneaker Lookbook'.
#   wrong if: the project name contains 'called', or other images are put in
case("r46-152",
     lambda o: in_project(o, "Sneaker Drop", "Sneaker Lookbook") == {2, 4, 7},
     lambda o: any("called" in low(p["name"]) for p in o.after["projects"]) or bool(in_project(o, "Sneaker Drop", "Sneaker Lookbook") - {2, 4, 7}),
     ask=False)

# r46-153 (teacher, setup A): Explicitly not a generation request yet: answer with ideas or ask;
#   nothing is generated.
#   wrong if: any image is generated or session created
case("r46-153",
     lambda o: quiet(o) and bool(o.replies) and o.says(r"rainforest|idea|jaguar|canopy|toucan|frog|tree"),
     lambda o: bool(o.added("generations") or o.added("sessions")),
     ask=True)

# r46-154 (developer, setup D): Makes 3 images of 'gift box, blue ribbon' in Q3 Ads (not in Holiday
#   Promo).
#   wrong if: the images land in Holiday Promo, or the prompt carries 'session=' / '->'
case("r46-154",
     lambda o: made(o, "Q3 Ads", 3, r"gift box", r"blue ribbon") and o.spent == 3,
     lambda o: any(g["session_id"] == sess(o, "Holiday Promo")["id"] for g in o.added("generations")) or prompts_match(o, r"session=|->"),
     ask=False)

# r46-155 (executive, setup D): Renames Q3 Ads to 'Q4 Ads' and likes its image 1; Holiday Promo
#   untouched.
#   wrong if: Holiday Promo is renamed or its likes change
case("r46-155",
     lambda o: sess(o, "Q4 Ads") is not None and sess(o, "Q3 Ads") is None and liked_in(o, "Q4 Ads") == {1} and liked_in(o, "Holiday Promo") == {2, 3} and sess(o, "Holiday Promo") is not None,
     lambda o: sess(o, "Holiday Promo") is None or liked_in(o, "Holiday Promo") != {2, 3},
     ask=False)

# r46-156 (Vietnamese speaker, setup E): Only thanks: reply politely and change nothing.
#   wrong if: anything changes
case("r46-156",
     lambda o: quiet(o) and bool(o.replies),
     lambda o: o.data_changed,
     ask=False)

# r46-157 (wedding photographer, setup D): Holiday Promo has only 5 images: there is no 9 or 10, so
#   say so; nothing is archived.
#   wrong if: any image is archived
case("r46-157",
     lambda o: refuses(o) and o.says(r"\b5\b|only|no (image|generation)|doesn.?t|does not|not found|exist|out of range"),
     lambda o: bool(o.newly("archived")),
     ask=False)

# r46-158 (teacher, setup D): Switches to Q3 Ads and makes 2 new iced coffee images with a paper
#   straw there; the lesson remark stays out of the prompt (asking is fine).
#   wrong if: the images land in Holiday Promo, or the prompt carries 'lesson' / 'please'
case("r46-158",
     lambda o: (gs := made(o, "Q3 Ads", 2, r"iced coffee", r"paper straw")) and clean(gs, r"lesson|sustainab") and is_current(o, "Q3 Ads"),
     lambda o: any(g["session_id"] == sess(o, "Holiday Promo")["id"] for g in o.added("generations")) or prompts_match(o, r"lesson|please"),
     ask=True)

# r46-159 (developer, setup F): Likes 60 and says there is no 61 (Harbor Moods has 60), or asks
#   first and likes nothing.
#   wrong if: any image other than 60 is liked
case("r46-159",
     lambda o: liked_only(o, "Harbor Moods", {60}) and o.says(r"61"),
     lambda o: bool(liked_in(o, "Harbor Moods") - {60}),
     ask=True)

# r46-160 (executive, setup F): Saves images 1, 2, 3 of Harbor Moods into folder 'Exec Review' and
#   tags them 'q3'.
#   wrong if: the folder name carries 'tag' or quotes
case("r46-160",
     lambda o: folder_holds(o, "Exec Review", "Harbor Moods") == {1, 2, 3} and tagged(o, "Harbor Moods", "q3") == {1, 2, 3},
     lambda o: any(re.search(r"\btag\b|['\"]", f["name"], re.I) for f in o.after["folders"]),
     ask=False)
