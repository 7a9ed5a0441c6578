"""Looking at generations: list them with filters (prompt, liked, selected, archived, session),
the collection of liked ones, an image's lineage, and search.
"""

from __future__ import annotations

import re

from agent.planner.common import I, Q, Clause, link_target, session_arg, with_session_suffix
from agent.planner.numbers import NUMBER, word_to_int
from agent.planner.plan import PlanState, Step
from agent.planner.references import clean_name, parse_single_item
from agent.planner.search import search_step
from agent.planner.text import Masked


_LINEAGE = re.compile(r"\b(?:family tree|lineage|ancestry|ancestors|parents?|come from|came from|descend\w*)\b", I)
_COLLECTION = re.compile(r"\b(?:my|collection|across|every|everywhere)\b|\ball\s+(?:(?:of\s+)?my\s+|the\s+)?sessions\b|\ball\s+(?:the\s+)?liked|\ball\s+(?:my\s+)?likes\b", I)


def _liked_collection(low: str) -> bool:
    if not re.search(r"\b(?:liked|likes|favou?rites|favou?rited|hearted|loved)\b", low):
        return False
    if re.search(r"\bin\s+(?:this|the|session)\b|\bin\s+\S+$", low) and not re.search(r"\bacross\b|\b(?:from|in)\s+all\s+(?:(?:of\s+)?my\s+|the\s+)?sessions\b", low):
        return False
    return bool(_COLLECTION.search(low)) or bool(re.fullmatch(r"(?:the\s+)?liked\s+(?:generations|images)", low))


_PROMPT_FILTER = re.compile(
    rf"\s*\b(?:with|containing|that contain|mentioning|about)\s+({Q}|\S+)(?:\s+in\s+(?:the|their)\s+prompts?)?"
    rf"|\s*\bwhose\s+prompts?\s+(?:contains?|mentions?|has|have)\s+({Q}|\S+)"
    rf"|\s*\bprompts?\s+(?:contains?|containing|with)\s+({Q}|\S+)",
    I,
)


def list_generations_step(text: str, masked: Masked, state: PlanState) -> list[Step] | None:
    args: dict = {}
    low = re.sub(r"^(?:me\s+)?", "", text, flags=I)
    prompt = _PROMPT_FILTER.search(low)
    if prompt:
        args["prompt_contains"] = clean_name(next(g for g in prompt.groups() if g), masked)
        low = low[:prompt.start()] + low[prompt.end():]
    if re.search(r"\b(?:including|incl\.?|with|and|plus)\s+(?:the\s+)?archived(?:\s+ones)?\b|\barchived\s+(?:ones\s+)?too\b", low, I):
        args["include_archived"] = True
        low = re.sub(r"\s*\b(?:including|incl\.?|with|and|plus)\s+(?:the\s+)?archived(?:\s+ones)?\b|\s*\barchived\s+(?:ones\s+)?too\b", "", low, flags=I)
    if re.search(r"\b(?:un-?liked|not\s+liked|(?:are|were|is|was)n'?t\s+liked|(?:i|we)\s+(?:didn'?t|did\s+not|haven'?t)\s+liked?)\b",
                 low, I):
        args["liked"] = False
    elif re.search(r"\b(?:liked|likes|favou?rites)\b", low, I):
        args["liked"] = True
    if re.search(r"\b(?:selected|selection)\b", low, I):
        args["selected"] = True
    # "which images I liked but not saved yet?", "the liked ones that are not saved": saved to the library, or not
    unsaved = re.search(r"\s*(?:,?\s*(?:but|and|that\s+(?:are|were))\s+)?(?:(?:are|were)n'?t|not|never|un-?)\s*(?:been\s+|yet\s+)?saved"
                        r"(?:\s+(?:yet|to\s+the\s+library))*", low, I)
    saved = None if unsaved else re.search(r"\s*(?:,?\s*(?:and|that\s+(?:are|were))\s+)?(?:(?:have|has)\s+been\s+|(?:are|were)\s+)?"
                                           r"(?:already\s+)?saved(?:\s+to\s+the\s+library)?\b", low, I)
    if unsaved or saved:
        args["saved"] = not unsaved
        low = low[:(unsaved or saved).start()] + low[(unsaved or saved).end():]
    limit = re.search(rf"\b(?:first|top|latest|last)\s+({NUMBER})\b", low, I)
    if limit:
        args["limit"] = word_to_int(limit.group(1))
    # "which generations in Peonies are selected": the session's name ends before what is asked of it
    low = re.sub(r"\s+(?:that\s+)?(?:are|were|is|was)(?:n'?t|\s+not)?\s+(?=(?:un-?)?(?:liked|selected|favou?rites)\s*$)", " ", low,
                 flags=I)
    where = re.search(r"\b(?:in|from|of)\s+(.+?)(?:\s+(?:un-?liked|not\s+liked|liked|selected|favou?rites))?$", low, I)
    if where and re.fullmatch(r"(?:these|those|them)(?:\s+(?:ones|images|pictures))?", where.group(1), I):
        return None  # "which of these are not liked?": the images just shown, or this session's? Asked
    if where and not re.match(r"(?:it|here|there)$", where.group(1), I):
        if link_target(where.group(1), masked):
            return None  # "in the Apollo project" names a project, not a session: don't guess a listing
        args.update(session_arg(where.group(1), masked, state))
        low = low[:where.start()]
    rest = re.sub(r"\b(?:the|all|my|me|ones?|images?|pictures?|pics?|generations?|iterations?|grid|liked|likes|"
                  r"un-?liked|selected|selection|favou?rites|first|top|latest|last|\d+|what's|whats|what|is|here|"
                  r"so far|current|this|session|results?|outputs?|everything|it|that|which|are|were|not|aren't|weren't|"
                  r"i|we|didn't|did|haven't|have|like|made|make|generated|created|done|up\s+to\s+now)\b", "", low, flags=I)
    if re.search(r"\w", rest):
        return None
    return [Step("list_generations", args)]


def handle_lineage(clause: Clause, state: PlanState) -> list[Step] | None:
    text = clause.rest.strip(" ,.;:?")
    match = (re.search(r"\bdid\s+(.+?)\s+(?:come|came)\s+from\b(.*)$", text, I)
             or re.search(r"\b(?:of|for)\s+(.+)$", text, I)
             or re.match(r"^(?:the\s+)?(.+)$", text, I))
    if not match:
        return None
    phrase = match.group(1) + (match.group(2) if match.lastindex and match.lastindex > 1 else "")
    target = with_session_suffix(phrase.strip(), state, clause.masked, parse=parse_single_item)
    if not target:
        return None
    item, where = target
    return [Step("lineage", {"item": item, **where})]


def _search(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = re.sub(r"^(?:for|up)\s+", "", clause.rest.strip(), flags=I) if clause.text.lower().startswith("look") else clause.rest
    if clause.text.lower().startswith("look") and rest == clause.rest:
        return None  # "look at 3" is not a search
    return search_step(rest, clause.masked)
