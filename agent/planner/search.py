"""Finding things by what they show: "find the misty forest shots from last week that I liked" → search."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

from agent.planner.catalog import available
from agent.planner.numbers import NUMBER, word_to_int
from agent.planner.plan import Reply, Step
from agent.planner.references import clean_name
from agent.planner.text import Masked

_FLAGS = re.IGNORECASE
_UNAVAILABLE = ("Search isn't available in this Atelier yet. Meanwhile \"show the ones with 'fox' in the prompt\" "
                "lists images of the current session whose prompt has a word.")
# Filters people say around what they look for; each is taken out of the query once read.
_LIKED = re.compile(r"\s*\b(?:(?:that|which)\s+)?(?:i|we)\s+(?:have\s+|'ve\s+)?(?:liked|loved|hearted|favou?rited)\b"
                    r"|\s*\b(?:liked|favou?rite|favou?rited|hearted)\b", _FLAGS)
_SAVED = re.compile(r"\s*\b(?:(?:that|which)\s+(?:i|we)\s+)?saved(?:\s+to\s+the\s+library)?\b|\s*\bin\s+(?:the|my)\s+library\b",
                    _FLAGS)
_PERIODS = {"today": 0, "yesterday": 1, "this week": 7, "last week": 7, "past week": 7, "this month": 31,
            "last month": 31, "past month": 31, "this year": 366, "last year": 366}
_WHEN = re.compile(r"\s*\b(?:from|in|during|since)?\s*(?:the\s+)?(today|yesterday|(?:this|last|past)\s+(?:week|month|year))\b"
                   rf"|\s*\b(?:from|in|during)\s+the\s+(?:last|past)\s+({NUMBER})\s+days?\b", _FLAGS)
_IN_SESSION = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?(?:session\s+(?:called\s+|named\s+)?(.+)|(.+?)\s+session)$", _FLAGS)
_IN_FOLDER = re.compile(r"\s+(?:in|from)\s+(?:the\s+)?(?:folder\s+(?:called\s+|named\s+)?(.+)|(.+?)\s+folder)$", _FLAGS)
_LIMIT = re.compile(rf"[\s,]*\b(?:({NUMBER})\s+results?(?:\s+(?:max(?:imum)?|at\s+most|tops))?"
                    rf"|(?:max(?:imum)?|at\s+most|up\s+to|only|top|first)\s+({NUMBER})(?:\s+results?)?(?=\s*(?:,|$)))", _FLAGS)
# Words that narrow a search in ways the search tool cannot: never dropped silently.
_UNREAD = re.compile(r"\b(?:but\s+not|except|without|excluding|apart\s+from|other\s+than|not\s+the)\b", _FLAGS)
_NOISE = re.compile(r"\b(?:me|all|any|anything|everything|stuff|things|ones?|shots?|images?|pictures?|pics?|photos?|"
                    r"generations?|renders?|the|my|some|with|of|for|that|which|containing|featuring|showing)\b", _FLAGS)


def search_step(text: str, masked: Masked, *, now: datetime | None = None) -> list[Step] | None:
    """The search a "find …" / "search for …" clause asks for; every filter word read or the request refused."""
    rest = re.sub(r"^(?:for\s+|me\s+)+", "", text.strip(" ,.;:!?"), flags=_FLAGS)
    if not rest:
        return None
    if _UNREAD.search(rest):
        raise Reply(f"I can't search for \"{masked.restore(rest)}\" exactly: search has no way to leave things out. "
                    "Search for what to find, then name the ones you want. Nothing was changed.")
    args: dict = {}
    limit = _LIMIT.search(rest)
    if limit:  # "search sunset, 3 results max", "top 5 forest shots"
        args["limit"] = word_to_int(limit.group(1) or limit.group(2))
        rest = rest[:limit.start()] + rest[limit.end():]
    for pattern, key in ((_IN_SESSION, "session"), (_IN_FOLDER, "folder")):
        where = pattern.search(rest)
        if where:
            args[key] = clean_name(where.group(1) or where.group(2), masked)
            rest = rest[:where.start()]
    if _LIKED.search(rest):
        args["liked"] = True
        rest = _LIKED.sub(" ", rest)
    if _SAVED.search(rest):
        args["saved"] = True
        rest = _SAVED.sub(" ", rest)
    when = _WHEN.search(rest)
    if when:
        days = _PERIODS[re.sub(r"\s+", " ", when.group(1).lower())] if when.group(1) else word_to_int(when.group(2))
        start = (now or datetime.now(UTC)) - timedelta(days=days)
        args["since"] = start.replace(hour=0, minute=0, second=0, microsecond=0).isoformat()
        rest = rest[:when.start()] + rest[when.end():]
    query = re.sub(r"\s+", " ", _NOISE.sub(" ", masked.restore(rest))).strip(" ,.;:!?")
    if not query:
        return None
    if not available("search"):
        raise Reply(_UNAVAILABLE)
    return [Step("search", {"query": query, **args})]
