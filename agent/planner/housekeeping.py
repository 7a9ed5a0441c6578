"""Housekeeping: the retention sweep, importing a folder, a curator's reflection on a session, and
undoing the conversation's last change(s).
"""

from __future__ import annotations

import re

from agent.planner import catalog, replies
from agent.planner.common import _PATH, I, Q, Clause, session_arg
from agent.planner.numbers import NUMBER, word_to_int
from agent.planner.plan import PlanState, Reply, Step
from agent.planner.references import clean_name


# What the retention sweep deletes, named: "old generations", "expired images", "unsaved generations".
_SWEEP_OBJECT = (r"(?:(?:the|my|all(?:\s+the)?)\s+)?(?:(?:old|expired|stale|unsaved|archived)\s+)+"
                 r"(?:unsaved\s+)?(?:generations|images|gens)")
_SWEEP_DAYS = r"(?:(?:older\s+than|over|past|after|keeping|with(?:\s+(?:a\s+)?retention(?:\s+of)?)?)\s+)?\d+(?:\.\d+)?\s*days?(?:\s+old)?"
# Only explicit wording runs the sweep (it deletes data): "sweep", "run retention", "expire old generations",
# "clean up expired generations". "clean up", "tidy up my sessions", "purge", "prune old stuff" get a reply.
_EXPLICIT_SWEEP = {
    "sweep": re.compile(rf"^(?:(?:the\s+)?(?:retention\s+)?|{_SWEEP_OBJECT}\s*|up\s+)?(?:now\s*)?(?:,?\s*{_SWEEP_DAYS})?$", I),
    "run": re.compile(rf"^(?:the\s+|a\s+)?(?:(?:retention(?:\s+(?:sweep|policy|job))?|sweep|retention\s+cleanup)(?:\s+now)?)"
                      rf"(?:,?\s*{_SWEEP_DAYS})?$", I),
    "expire": re.compile(rf"^(?:{_SWEEP_OBJECT})?(?:,?\s*{_SWEEP_DAYS})?$", I),
    "clean": re.compile(rf"^(?:up|out)\s+{_SWEEP_OBJECT}(?:,?\s*{_SWEEP_DAYS})?$", I),
}


def handle_sweep(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:!?")
    word = clause.text.split(None, 1)[0].lower()
    if clause.verb == "run" and not re.search(r"\b(?:sweep|retention|clean\s*up|cleanup|purge|prune)\b", rest, I):
        return None
    kind = {"sweep": "sweep", "run": "run", "expire": "expire", "clear": "clean", "clean": "clean",
            "cleanup": "clean"}.get(clause.verb if clause.verb in ("run", "clear") else word)
    if word in ("clean", "tidy") and not re.match(r"(?:up|out|the|my|our|old|archived|everything|all)\b", clause.rest.strip(), I):
        return None  # "a poster, friendly and clean": a word of the picture, no request
    if word == "cleanup":
        rest = "up " + rest
    if kind is None or not _EXPLICIT_SWEEP[kind].match(rest):
        raise Reply(replies.SWEEP_VAGUE)
    days = re.search(r"(\d+(?:\.\d+)?)\s*days?\b", rest)
    return [Step("sweep", {"retention_days": float(days.group(1)) if "." in days.group(1) else int(days.group(1))}
                 if days else {})]


def handle_import(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = re.sub(r"^(?:the\s+|a\s+|my\s+)?(?:folder|directory|dir|images?\s+(?:in|from)|files?\s+(?:in|from)|from)\s+",
                  "", clause.rest.strip(" ,.;:"), flags=I)
    rest = re.sub(r"^(?:the\s+)?(?:folder|directory|dir)\s+", "", rest, flags=I)
    # "import my old images from /renders", "import everything in ~/ai"
    rest = re.sub(r"^(?:all\s+(?:of\s+)?|everything\s+)?(?:my\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:(?:images?|pictures?|pics|"
                  r"files?|renders?|outputs?|stuff|generations?|folder)\s+)?(?:(?:located|stored|kept|that\s+are)\s+)?(?:in|from|at)\s+"
                  r"(?:the\s+)?(?:(?:folder|directory|dir)\s+)?",
                  "", rest, count=1, flags=I)
    rest = re.sub(r"[\s,]+(?:pls|please|plz|thanks|for\s+me)$", "", rest, flags=I)
    # "import the file /x/a.png into the library": one file is imported as a folder's files are
    rest = re.sub(r"^(?:the\s+|this\s+|a\s+)?(?:file|image|picture|photo)\s+(?=\S)", "", rest, flags=I)
    rest = re.sub(r"\s+(?:in|into|to)\s+(?:the\s+|my\s+)?(?:library|atelier|studio)$", "", rest, flags=I)
    # "… and tell me how many files came in": the import says how many it brought in
    rest = re.sub(r"[\s,]+(?:and\s+)?(?:tell|show)\s+me\s+how\s+many\s+(?:files|images|pictures|things|items)?\s*"
                  r"(?:came\s+in|were\s+(?:imported|added|found|brought\s+in)|it\s+(?:found|imported|added|brought\s+in))[\s?.!]*$",
                  "", rest, flags=I)
    whole = re.fullmatch(r"((?:~|[A-Za-z]:)?[/\\][^,;]*?)[\s?.!]*", rest)
    if whole and not re.search(r"\s(?:and|then|to|into|with|as|using|by|from|file)\s", whole.group(1), I):
        # "/Volumes/Archive/SD outputs": a path with spaces, unquoted, at the end of the request
        return [Step("import_folder", {"path": whole.group(1).strip()})]
    path = re.match(rf"^({Q}|{_PATH}|[\w.-]+/[^\s,;]*)", rest)
    if not path:
        return None
    args: dict = {"path": clean_name(path.group(1), clause.masked)}
    tail = rest[path.end():].strip(" ,.;:")
    copies = re.search(r"(?:^|\s)(?:and\s+)?(?:copy|copying|keep\s+copies\s+of|make\s+copies\s+of)\s+(?:the\s+|my\s+)?(?:files|images|them)"
                       r"(?:\s+(?:in|over|(?:in|into)\s+(?:atelier|the\s+store)))?$",
                       tail, I)
    if copies:  # "… and copy the files in": into Atelier's store, not referenced where they are
        args["copy_files"] = True
        tail = tail[:copies.start()].strip(" ,")
    if re.search(r"\bfile\s*(?:times?|timestamps?|dates?|mtimes?|modification times?)\b", tail, I):
        args["use_file_times"] = True
    elif tail and not re.fullmatch(r"(?:please|now|(?:in)?to (?:the |my )?library)", tail, I):
        return None
    return [Step("import_folder", args)]


# "a reflection", "a curator's read on it", "the curator take": what a reflection is called
CURATORS_WORDS = (r"(?:(?:curator'?s?\s+)?(?:reflection|write-?up|review|critique)"
                  r"|curator'?s?\s+(?:read|take|view|opinion|thoughts|perspective|eye))\b")


def handle_reflect(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    if clause.verb == "write":
        match = re.match(rf"^(?:a\s+|the\s+|me\s+a\s+)?{CURATORS_WORDS}\s*(.*)$", rest, I)
        if not match:
            return None
        rest = match.group(1)
    rest = re.sub(r"^(?:on|upon|about|for|of|over)\s+", "", rest, flags=I)
    rest = re.sub(r"\s+for\s+(?:my|our|the)\s+(?!session)[^,]{1,30}$|\s+for\s+(?:me|us|myself)$", "", rest, flags=I)  # "… for my students"
    where = session_arg(rest, clause.masked, state)
    if not catalog.available("reflect"):  # planned once the tool exists; until then say so instead of failing
        raise Reply(replies.REFLECT_UNAVAILABLE)
    return [Step("reflect", where)]


_UNDO_LAST = re.compile(rf"the\s+last\s+(?P<count>{NUMBER})(?:\s+(?:changes|things|steps|ones|actions))?", I)
MAX_UNDO_STEPS = 10


def _undo(clause: Clause, state: PlanState) -> list[Step] | None:
    """"undo", "undo that", "undo the last two": the conversation's last change(s), newest first."""
    rest = re.sub(r"\?$", "", clause.rest.strip(" ,.;:!"))
    if re.fullmatch(r"(?:it|that|this|the\s+last\s+(?:one|thing|step|change|action)(?:\s+(?:i|we)\s+did)?|(?:my\s+)?last\s+change"
                    r"|what\s+(?:i|we)\s+(?:just\s+)?did)?", rest, I):
        return [Step("undo")]
    kind = re.fullmatch(r"(?:the|that|my)\s+(?:last\s+)?(rename|like|unlike|archive|unarchive|save|tag|untag|move|link|select)",
                        rest, I)
    if kind:  # "undo the rename": only if the last change was one
        return [Step("undo", {"expect": kind.group(1).lower()})]
    several = _UNDO_LAST.fullmatch(rest)
    count = word_to_int(several.group("count")) if several else None
    if count is None:
        return None
    if not 1 <= count <= MAX_UNDO_STEPS:
        raise Reply(f"I undo up to {MAX_UNDO_STEPS} changes at a time, newest first. Nothing was changed.")
    return [Step("undo") for _ in range(count)]
