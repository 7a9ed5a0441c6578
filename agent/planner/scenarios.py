"""A request written as a ticket: "Given Launch Week, when I delete it, then the 2 Launch assets remain".

A product manager writes what to do as acceptance criteria. The "when" part is the request; "given"
names the session (or the images "them" means) it is about; "then", "Expected:" and a scenario's
title say what should come of it, which is never a request of its own and is left out. "Out of scope:
generating anything" is a limit ("don't generate anything"), checked like any other. "As a designer I
want to X" is X. Anything else in such a message stays as said, so what is not read is still asked.
"""

from __future__ import annotations

import re

_TITLE = re.compile(r"^(?:scenario|feature|story|user\s+story|task|ac|acceptance\s+criteria|definition\s+of\s+done|dod|"
                    r"requirement|req)\s*[:-]\s*(?:[^.:,\ue000]{1,40}\.\s+(?=(?:given|when)\b))?", re.IGNORECASE)
_STORY = re.compile(r"^as\s+an?\s+[\w\s-]{1,40}?,?\s+i\s+(?:want|would\s+like|need)\s+to\s+(?P<want>[^?]+?)[.!]*$", re.IGNORECASE)
_GIVEN_WHEN_THEN = re.compile(r"^(?:given\s+(?P<given>.+?),?\s+)?when\s+(?:i|we|the\s+user|a\s+user|the\s+designer)\s+"
                              # ("…, then like 3" is a second request: an expectation never starts with a verb)
                              r"(?P<action>.+?)(?:,\s*|\s+)then\s+(?!(?:like|unlike|save|archive|delete|generate|make|tag|move|"
                              r"rename|download|remix|open|switch|post|create|start|show|list|please|do)\b)(?P<then>.+?)[.!]*$", re.IGNORECASE)
_EXPECTED = re.compile(r"(?:[.;]\s*|\s+)(?:expected(?:\s+result)?|then|result|outcome)\s*:(?!\s*(?:please\s+)?(?:like|unlike|save|"
                       r"archive|delete|generate|make|tag|move|rename|download|remix|open|switch|post|create|start)\b)[^:]*$", re.IGNORECASE)
_OUT_OF_SCOPE = re.compile(r"[.;]\s*out\s+of\s+scope\s*:\s*(?P<what>generating|creating|archiving|deleting|liking|saving|moving)"
                           r"\s+anything[.!]*$", re.IGNORECASE)
_BARE = {"generating": "generate", "creating": "make", "archiving": "archive", "deleting": "delete", "liking": "like",
         "saving": "save", "moving": "move"}
_SESSION = re.compile(r"(?:the\s+|a\s+)?(?:session\s+(?:called\s+|named\s+)?)?(?P<name>(?-i:[A-Z0-9\ue000])[^,]*?)(?:\s+session)?", re.IGNORECASE)
# "Given I liked 1 and 3", "Given image 11": what "them" or "it" means in the request
_NUMBERS_GIVEN = re.compile(r"(?:i\s+(?:liked|selected|saved)|images?|#)\s*(?P<numbers>#?\d{1,4}(?:\s*(?:,|and|&)\s*#?\d{1,4})*)", re.IGNORECASE)
# "Given the two assets in Characters": the things "them" means
_THINGS_GIVEN = re.compile(r"(?:the\s+|all\s+|both\s+)?(?:\w+\s+)?(?:assets?|images?|pictures?|liked\s+ones)\b.*", re.IGNORECASE)
_POINTER = re.compile(r"\b(?:them|those|these|it)\b", re.IGNORECASE)
_ASKS = re.compile(r"(?:does|do|did|is|are|was|were|will|would|can|could|should|what|which|how|why|where|right)\b", re.IGNORECASE)
_INLINE_BULLETS = re.compile(r"(?<=\S)\s+-\s+(?=(?:new|start|create|generate|make|like|unlike|save|archive|tag|move|rename|"
                             r"delete|download|remix|open|switch|post)\b)", re.IGNORECASE)


def ticket_as_request(text: str) -> str:
    """The request a ticket-style message makes, or ``text`` as it was."""
    titled = _TITLE.match(text)
    said = text[titled.end():].strip() if titled else text
    if titled and said.startswith("- "):  # "AC: - new session 'Pricing Page' - generate 3 … - like #2"
        return _INLINE_BULLETS.sub(", then ", said[2:])
    story = _STORY.match(said)
    if story:
        return story.group("want")
    limit = _OUT_OF_SCOPE.search(said)
    if limit:
        said = f"{said[:limit.start()]}, but don't {_BARE[limit.group('what').lower()]} anything"
    scenario = _GIVEN_WHEN_THEN.match(said)
    if scenario and (said.rstrip().endswith("?") or _ASKS.match(scenario.group("then"))):
        scenario = None  # "When I unlike 3, then does it leave the folder?": a question about what would happen
    if scenario:
        action = scenario.group("action").strip()
        place = re.search(r"\s+in\s+(?P<name>(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z0-9])[\w'&-]*){0,3})$", action)
        if place and re.match(rf"{re.escape(place.group('name'))}\s+(?:has|contains|holds|shows)\b", scenario.group("then"), re.IGNORECASE):
            # "when I generate 2 of a gift box in Holiday Promo, then Holiday Promo has 7 images": that session
            action = f"in session {place.group('name')}, {action[:place.start()]}"
        meant = _with_given(action, scenario.group("given"))
        return meant if meant is not None else text  # (a "them" or "it" the given does not name: read as said)
    expected = _EXPECTED.search(said) if titled else None
    if expected and expected.start() > 0:  # "Task: delete both assets in folder Characters. Expected: …"
        return said[:expected.start()]
    return said if titled or limit else text


def _with_given(action: str, given: str | None) -> str | None:
    """"when I delete it", given "Launch Week": delete that session; given "I liked 1 and 3", "them" are those.
    None when the action points back ("it", "them") at something the given does not name."""
    action = re.sub(r"^ask\s+(?:for|about)\s+", "show ", action, flags=re.IGNORECASE)  # "when I ask for the current session"
    if not given or re.match(r"undo\b", action, re.IGNORECASE):
        return action
    given = given.strip()
    numbers = _NUMBERS_GIVEN.fullmatch(given)
    if numbers:  # (a function as the replacement: the user's text is never read as a pattern)
        return _POINTER.sub(lambda _: numbers.group("numbers"), action, count=1)
    if _THINGS_GIVEN.fullmatch(given) and _POINTER.search(action):
        return _POINTER.sub(lambda _: given, action, count=1)
    session = _SESSION.fullmatch(given)
    named = session and not re.search(r"\b(?:images?|assets?|sessions?\s+exist|workspace|has|have|is|are|was|were)\b", given, re.IGNORECASE)
    points_back = re.search(r"\b(?:it|them|that\s+session|this\s+session|that\s+one)\b", action, re.IGNORECASE)
    if not named:  # "Given 60 images", "Given the campaign has ended": how things are, nothing to name
        return None if points_back else action
    name = session.group("name").strip()
    if points_back:
        return action[:points_back.start()] + f"session {name}" + action[points_back.end():]
    return f"in session {name}, {action}"
