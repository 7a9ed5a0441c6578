"""Sentences that only say what must stay as it is, set aside and checked against the plan.

"Please like 1 and 3. For the avoidance of doubt, do not alter the status of any other image.",
"… archive 2 and 4. The session 'Holiday Promo' must remain unchanged in all respects.",
"… archive 51 through 60. Do not archive image 50.": the request is planned without the guard, then
the plan is checked against it. A plan that would change what a guard protects is asked about; a
guard whose object is not read (no numbers, names or "any other …") stays in the message, which is
then not understood — never dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.planner.numbers import parse_number_list
from agent.planner.plan import Step
from agent.planner.text import Masked
from tools.registry import get_registry

_CHANGE_VERBS = {"alter", "change", "modify", "touch", "edit", "affect", "update"}
_VERB_TOOLS = {"archive": ("archive_generations", "archive_session"), "unarchive": ("unarchive_generations", "unarchive_session"),
               "delete": ("delete_session", "delete_assets", "delete_generations"), "remove": ("delete_session", "delete_assets"),
               "like": ("like",), "unlike": ("unlike",), "save": ("save_to_library",), "move": ("move_assets", "reassign"),
               "rename": ("rename_session", "rename_asset")}
_MAKE_VERBS = {"create", "make", "generate", "produce", "render", "spend"}

# One sentence of a guard: no sentence boundary inside it.
_SAY = r"[^.;!?]"
_NOT = r"(?:do\s+not|don'?t|dont|never|please\s+do\s+not|please\s+don'?t)"
_GUARD_FORMS = (
    # "For the avoidance of doubt, do not alter the status of any other image", "Do not archive image 50"
    rf"(?:(?:for\s+the\s+avoidance\s+of\s+doubt|to\s+be\s+clear|just\s+to\s+be\s+clear),?\s+)?(?:please\s+|kindly\s+)?{_NOT}\s+"
    rf"(?P<verb>[a-z]+)\b(?P<object>{_SAY}*)",
    # "The session 'Holiday Promo' must remain unchanged in all respects", "Image 1 shall retain its 'like'"
    rf"(?P<subject>{_SAY}{{1,80}}?)\s+(?:must|shall|should|is\s+to|are\s+to|needs?\s+to)\s+(?:remain|stay|be\s+left|retain|keep)\b"
    rf"(?P<how>{_SAY}*)",
    # "No other property of the session is to be modified"
    rf"no\s+other\s+(?P<other>{_SAY}{{1,60}}?)\s+(?:is|are|should|must|shall)\s+(?:to\s+)?be\s+"
    rf"(?:modified|changed|altered|touched|affected|updated){_SAY}*",
    # "Image 1 and image 2 have already been saved there" (a fact the next guard's "them" points back to)
    rf"(?P<known>(?:images?|numbers?|#){_SAY}{{0,40}}?)\s+(?:has|have)\s+already\s+been\s+(?:saved|liked|archived|moved)\b{_SAY}*",
)
_GUARD = re.compile(r"(?:(?<=[.;!])|[,;]\s*however,?|;)\s*(?:" + "|".join(f"(?:{form})" for form in _GUARD_FORMS)
                    + r")[\s.!]*$", re.IGNORECASE)
# "(and only that session)": a restatement of the place already named
_ONLY_THAT = re.compile(r"\s*\(\s*(?:and\s+)?only\s+(?:that|this)\s+(?:session|folder|one)\s*\)", re.IGNORECASE)
_OTHERS = re.compile(r"\b(?:other|others|else)\b", re.IGNORECASE)
_NEW_IMAGES = re.compile(r"^\s*(?:any\s+)?(?:new\s+)?(?:images?|pictures?|generations?|credits?)\b", re.IGNORECASE)


@dataclass
class Guard:
    said: str
    numbers: list[int] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    tools: tuple[str, ...] | None = None  # None: any change
    no_new_images: bool = False
    points_back: bool = False  # "do not save them again": the images of the fact said before it


def set_aside(masked: Masked) -> list[Guard]:
    """Take the guards off the end of ``masked.text`` (in place) and return them; none when one is not read."""
    text = _ONLY_THAT.sub("", masked.text)
    guards: list[Guard] = []
    pending_numbers: list[int] = []  # "Image 1 and 2 have already been saved there; do not save them again"
    while True:
        match = _GUARD.search(text)
        if not match or not text[:match.start()].strip(" ,;."):
            break
        guard = _read(match, masked)
        if guard is None:
            return []
        guards.append(guard)
        text = text[:match.start()].rstrip()
    for guard in reversed(guards):  # in the order said
        if guard.said == "known":
            pending_numbers = guard.numbers
        elif not guard.numbers and not guard.names and not guard.no_new_images and pending_numbers:
            guard.numbers = pending_numbers
    guards = [guard for guard in guards if guard.said != "known"]
    if any(guard.points_back and not guard.numbers for guard in guards):
        return []  # "Don't archive them." with nothing said before that "them" could be: not read
    if guards:
        masked.text = text.rstrip(" ,;")
    return guards


def _read(match: re.Match, masked: Masked) -> Guard | None:
    guard = _read_masked(match, masked)
    if guard is not None:
        guard.said = guard.said if guard.said == "known" else masked.restore(guard.said, keep_marks=True)
    return guard


# A guard holds no condition ("… if they are liked", "unless it's empty") and no second request ("Don't
# archive it, save it to Keep", "…, but unlike 6"): such a sentence is not read as a guard.
_MORE_THAN_A_GUARD = re.compile(r"\b(?:if|unless|when|whether|until|but|just|instead|then|and\s+(?:then\s+)?(?:like|save|archive|"
                                r"move|unlike|delete|tag|rename))\b|[,;]\s*(?:please\s+)?(?:like|unlike|save|archive|move|delete|tag|"
                                r"rename|generate|make|download|select)\b", re.IGNORECASE)


def _read_masked(match: re.Match, masked: Masked) -> Guard | None:
    if _MORE_THAN_A_GUARD.search(match.group(0)):
        return None
    if match.group("known"):
        numbers = _numbers(match.group("known"))
        return Guard("known", numbers) if numbers else None
    if match.group("other") is not None:  # "no other property … is to be modified": true of any plan
        return Guard(match.group(0))
    if match.group("subject") is not None:
        said = match.group("subject")
    else:
        verb = match.group("verb").lower()
        said = match.group("object")
        if verb in _MAKE_VERBS:
            if not _NEW_IMAGES.match(said) and said.strip():
                return None
            return Guard(match.group(0), no_new_images=True)
        if verb not in _CHANGE_VERBS and verb not in _VERB_TOOLS:
            return None  # "do not copy the file": a limit no tool's arguments say; not read
    tools = _VERB_TOOLS.get(match.group("verb").lower()) if match.group("verb") else None
    numbers, names = _numbers(said), [masked.restore(m.group(0)) for m in re.finditer(r"\ue000\d+\ue001", said)]
    if numbers or names:
        return Guard(match.group(0), numbers, names, tools)
    if re.search(r"\b(?:them|it|they)\b", said, re.IGNORECASE):  # points back to a fact said just before (else not read)
        return Guard(match.group(0), tools=tools, points_back=True)
    if _OTHERS.search(said):  # "any other image": the plan changes only what the request names
        return Guard(match.group(0))
    return None


def _numbers(said: str) -> list[int]:
    found = re.search(r"(?:images?|numbers?|#)\s*(#?\d{1,5}(?:\s*(?:,|and|&|-|to|through)\s*(?:images?\s+|#)?\d{1,5})*)", said, re.IGNORECASE)
    if not found:
        return []
    numbers = parse_number_list(re.sub(r"\bimages?\b|#", " ", found.group(1), flags=re.IGNORECASE).strip(" ,"))
    return [n for n in numbers or [] if isinstance(n, int)]


def broken_guard(steps: list[Step], guards: list[Guard]) -> str | None:
    """What a plan would change that a guard protects, as a question; None when every guard holds."""
    registry = get_registry()
    for guard in guards:
        for step in steps:
            facts = registry.facts(step.name)
            if guard.no_new_images and (facts.produces_items or step.name == "reflect"):
                return _clash(guard)
            if not facts.changes_data or (guard.tools is not None and step.name not in guard.tools):
                continue
            items = step.args.get("items")
            touched = set(items) if isinstance(items, list) else set()
            if isinstance(step.args.get("item"), int):
                touched.add(step.args["item"])
            if guard.numbers and (touched & set(guard.numbers) or isinstance(items, str) or step.args.get("which")
                                  or step.name in ("delete_session", "archive_session")):
                return _clash(guard)  # ("Delete this session. Do not delete image 5.": #5 goes with it)
            named = {str(v).casefold() for v in step.args.values() if isinstance(v, str)}
            if guard.names and (not step.args.get("session") or any(name.casefold() in named for name in guard.names)):
                return _clash(guard)  # (a step in the current session may be in the one the guard names)
    return None


def _clash(guard: Guard) -> str:
    return (f"You said \"{guard.said.strip(' .;')}\", but the request would change that. Say it again without one "
            "of the two. Nothing was changed.")
