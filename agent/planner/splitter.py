"""Splitting one message into steps: "…, then …, and …" — but never inside a prompt or a quote.

Every separator is only a candidate. A candidate becomes a step boundary when the text after it
starts a step the handlers understand; otherwise it stays part of the clause ("generate cats and
dogs", "like 2, 5 and 7"). Destructive verbs need a comma or "then" before them: a bare "and delete"
inside a prompt never becomes a deletion.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_CANDIDATE = re.compile(
    r"(?P<strong>\s*;\s*|\s*(?:[.!?;]\s+|,\s*)(?:and\s+)?(?:after\s+(?:that|this)|afterwards)\s*,?\s*"  # ". After that, …"
    r"|(?<=[\w\ue001)\"'][.!?])\s+(?=[A-Za-z]|\d{1,3}\s+(?:more|of|images?|pictures?|pics?)\b)"
    r"|(?<=[\U0001F300-\U0001FAFF\u2600-\u27BF])\s+(?=[A-Za-z])"  # "… OBSESSED with unicorns 🦄 can you start …"
    r"|\s*,?\s*\band then\b\s*|\s*,\s*then\b\s*|\s+then\s+)"
    r"|(?P<dash>\s+(?:--|—|–|-)\s+)"
    r"|(?P<comma>\s*,\s*(?:and\s+)?|\s+\+\s+)"  # "new session sneaker drop + generate 4 …"
    r"|(?P<bare>\s+(?:and|&)\s+)",
    re.IGNORECASE,
)
DESTRUCTIVE_WORDS = frozenset({"delete", "remove", "trash", "erase", "discard", "destroy", "nuke"})
# An unquoted caption runs on to the next strong separator: "captioned: new season, new colours".
# So does a value after a colon: "negative prompt: …", "neg: …", "prompt: …", "brief: …" — text in it
# ("… now like everything and archive the session") is the value, never another step.
_OPEN_CAPTION = re.compile(r"\b(?:captioned|caption\s*:|with\s+(?:the\s+|a\s+)?caption|saying|that says"
                           r"|negative(?:\s+prompt)?\s*:|neg\s*:|prompt\s*:|brief(?:\s+for\s+[^:;,]{1,60})?\s*:)\s*:?\s*[^\s\ue000]",
                           re.IGNORECASE)


# "called Then Again, Maybe Not": a "then" right after a naming word starts the name, not a step.
_NAME_MARKER_END = re.compile(r"\b(?:called|named|titled|entitled|call\s+it|name\s+it|rename\s+\S+\s+to|to|as)\s*$",
                              re.IGNORECASE)


# "1. new session Icons 2. generate 5 of a rocket 3. like 1 and 3": numbered instructions in one line.
_FIRST_ITEM = re.compile(r"^\s*(?:\((\d{1,2})\)|(\d{1,2})[.)]|step\s+(\d{1,2})\s*[:.)-])\s+(?=\S)", re.IGNORECASE)  # "1.", "2)", "(3)", "Step 4:"


def numbered_items(text: str) -> list[str] | None:
    """The items of a numbered list, or None when ``text`` does not start with "1." (or "3)").
    Only the next number in sequence, followed by a word, opens an item: "like 1 through 10 2. like 50"
    is two items, and "like 1 and 2. 2. save them" splits only at the second "2."."""
    first = _FIRST_ITEM.match(text)
    if not first:
        return None
    items, start, expected = [], first.end(), int(next(g for g in first.groups() if g)) + 1
    while True:
        marker = re.compile(rf"(?<=\S)\s+(?:{expected}[.)]|\({expected}\)|step\s+{expected}\s*[:.)-])\s+(?=[^\W\d])",
                            re.IGNORECASE).search(text, start)
        if not marker:
            break
        items.append(text[start:marker.start()])
        start, expected = marker.end(), expected + 1
    items.append(text[start:])
    return [item.strip() for item in items if item.strip()]


def split_steps(text: str, starts_step: Callable[[str, str], bool]) -> list[str]:
    """Clauses of ``text`` in order. ``starts_step(segment, kind)`` says whether a segment that
    follows a separator of ``kind`` ('strong', 'dash', 'comma', 'bare') begins a new step."""
    found = list(_CANDIDATE.finditer(text))
    if not found:
        return [text]
    pieces = []  # (separator kind or None, separator text, segment)
    previous_end = 0
    kind, separator = None, ""
    for match in found:
        pieces.append((kind, separator, text[previous_end:match.start()]))
        kind, separator, previous_end = match.lastgroup, match.group(0), match.end()
    pieces.append((kind, separator, text[previous_end:]))

    clauses = [[pieces[0][2]]]  # each clause as a list of parts, joined once at the end
    caption_open = bool(_OPEN_CAPTION.search(pieces[0][2]))
    for kind, separator, segment in pieces[1:]:
        # An open caption ends only at ";" or "then": "caption: We shipped it. Also archive everything."
        # is one caption of two sentences, never a caption and an archive.
        ends_caption = kind == "strong" and (";" in separator or "then" in separator.lower()
                                             or segment.lstrip().lower().startswith("then "))
        names_next = _NAME_MARKER_END.search(clauses[-1][-1]) and re.fullmatch(r"\s+then\s+", separator, re.IGNORECASE)
        if segment.strip() and not names_next and not (caption_open and not ends_caption) \
                and _accept(segment, kind, starts_step):
            clauses.append([segment])
            caption_open = bool(_OPEN_CAPTION.search(segment))
        else:
            clauses[-1] += [separator, segment]
            caption_open = caption_open or bool(_OPEN_CAPTION.search(separator + segment))
    joined = ("".join(parts) for parts in clauses)
    return [c for c in joined if c.strip()]


# "archive four and five of this session": after a bare "and" a number continues the list; a step
# that starts with a count ("5 of a cat") needs a comma or "then" before it.
_NUMBER_FIRST = re.compile(r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\b)",
                           re.IGNORECASE)


# "… of a red door and 3 images of a blue window": a count with its images and "of" is a second request
_IMAGES_OF_AFTER_AND = re.compile(r"\s*\d{1,3}\s+(?:more\s+)?(?:images?|pictures?|pics?|photos?|renders?|shots?)\s+of\s", re.IGNORECASE)


def _accept(segment: str, kind: str, starts_step: Callable[[str, str], bool]) -> bool:
    if re.fullmatch(r"\s*(?:at\s+)?\d{2,5}\s*[x×]\s*\d{2,5}\s*(?:px|pixels)?[\s.!?]*", segment, re.IGNORECASE):
        return False  # "…, square, 1024x1024": a size said last belongs to the request before it
    if re.fullmatch(r"\s*(?:just\s+|only\s+)?(?:\d{1,3}|one|two|three|four|five|six)\s+(?:of\s+(?:them|those|these)|images?|pics?|pictures?)"
                    r"(?:\s+this\s+time)?[\s.!?]*", segment, re.IGNORECASE):
        return False  # "same prompt but 1024x1024, 2 of them": how many, for the request before it
    first = re.match(r"\s*(?:then\s+|and\s+|please\s+|also\s+)*([\w'-]+)", segment, re.IGNORECASE)
    if first and kind == "bare" and (first.group(1).lower() in DESTRUCTIVE_WORDS
                                     or _NUMBER_FIRST.match(first.group(1)) and not _IMAGES_OF_AFTER_AND.match(segment)):
        return False
    return starts_step(segment, kind)
