"""References people make: "them", "the first three", "the rest", "this session", "summer"."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from agent.planner.numbers import (
    NUMBER,
    ORDINALS,
    ordinal_to_int,
    parse_number_list,
    word_to_int,
)
from agent.planner.plan import PlanState, Reply
from agent.planner.text import Masked, drop_closing_emoji

WHICH_ONE = "Which generations do you mean? Say numbers like 1, 2 and 5, or 'the liked ones'."

_FLAGS = re.IGNORECASE
_ACROSS = re.compile(r"\b(?:across|every session|all (?:my )?sessions|all of my sessions|everywhere|collection)\b", _FLAGS)
_UNLIKED = re.compile(r"\b(?:un-?liked|not liked|ones? i didn'?t like)\b", _FLAGS)
_LIKED = re.compile(r"\b(?:liked?|likes|favou?rites?|favou?rited|faves|favs|faved|hearted|loved)\b", _FLAGS)
_NOT_LIKED_YET = re.compile(r"^(?:all\s+)?(?:everything|all|the\s+ones|ones|what|the\s+images|the\s+others|those|the\s+rest)\s+"
                            r"(?:that\s+)?(?:i|we)\s+(?:didn'?t|did\s+not|haven'?t|have\s+not|don'?t|do\s+not)\s+"
                            r"(?:like|liked|love|loved|(?:mark|marked)\s+as\s+(?:a\s+)?favou?rites?)(?:\s+yet)?$", _FLAGS)
_SELECTED = re.compile(r"\b(?:selected|selection|picked)\b", _FLAGS)
_REST = re.compile(r"^(?:the )?(?:rest(?: of them)?|others|other ones|remaining(?: ones)?|remainder)$"
                   r"|^(?:everything|all|every\s*(?:thing|one))\s+else$|^all\s+the\s+others$", _FLAGS)  # "keep 2 4 7, archive everything else"
_PRONOUN = re.compile(
    r"^(?:all (?:of )?(?:them|those|these|em|'em)|(?:them|those|these) (?:all|both)|both(?: of (?:them|those|these))?|them|those|these"
    r"|em|'em"
    r"|they|it|that|this|this one|that one|(?:those|these) ones|(?:the )?same ones|(?:those|these) (?:images|pictures|generations))$",
    _FLAGS,
)
_JUST_MADE = re.compile(r"^(?:the\s+|(?P<both>both\s+(?:of\s+)?(?:the\s+)?)|all\s+(?:of\s+)?(?:the\s+)?)?(?:new|newest|latest|fresh)"
                        r"(?:\s+(?:ones?|images?|pictures?|variations?))?$"
                        r"|^(?:the\s+)?ones?\s+(?:you\s+)?just\s+(?:made|generated)$", _FLAGS)
_ALL = re.compile(
    r"^(?:all|everything|every one|every image|all (?:the |of the )?(?:images|generations|pictures|pics|ones)"
    r"|all of it|the whole lot)$", _FLAGS)
_ODD_EVEN = re.compile(r"^(?:all\s+(?:of\s+)?)?(?:the\s+|every\s+)?(odd|even)(?:[- ]numbered)?(?:\s+(?:ones?|images?|numbers?|pictures?|pics?|generations?))?$",
                       _FLAGS)
_ALL_COUNTED = re.compile(rf"^(?:all|each of|every one of)\s+(?:the\s+)?({NUMBER})\s+(?:of\s+)?(?:these|those|them|"
                          r"(?:the\s+)?(?:images|pictures|pics|ones|generations)(?:\s+(?:above|just\s+made))?)$", _FLAGS)
_ORDINAL_WORD = "|".join(ORDINALS) + r"|\d{1,3}(?:st|nd|rd|th)"
_FIRST_LAST = re.compile(r"^(?:the |that |this )?(first|last|final|top)(?: (\w+(?:-\w+)?))?(?: ones?| images?| generations?| pictures?)?$", _FLAGS)
_ORDINALS = re.compile(
    rf"^(?:the )?((?:{_ORDINAL_WORD})(?:(?:,|,? and| &) (?:the )?(?:{_ORDINAL_WORD}))*)(?: ones?| images?| generations?| pictures?)?$",
    _FLAGS)
_FIRST_AND_LAST = re.compile(r"^(?:the )?first(?: one)? and (?:the )?last(?: one)?(?: ones?| images?)?$", _FLAGS)
_ONE_BEFORE = re.compile(r"^(?:the )?(?:one|image|generation) (?P<side>before|after)(?: (?:it|that|this)(?: one)?| #?(?P<n>\d{1,5}))?$",
                         _FLAGS)
_IT = re.compile(r"^(?:it|this|that|this one|that one)$", _FLAGS)


@dataclass
class Selection:
    """Arguments of a SelectionArgs tool: explicit numbers / a placeholder, and/or a kind."""

    items: list[int] | str | None = None
    which: str | None = None
    all_sessions: bool = False
    exclude: list[int] | None = None
    exclude_first: int = 0  # "all but the first two"
    exclude_last: int = 0   # "all but the last one"
    only_first: int = 0     # "the first five liked"
    only_last: int = 0      # "the last two selected"
    count_said: int | None = None  # "the three liked images": the tool checks there are three
    every: int = 0  # "every third one": #3, #6, #9 …
    session: str | None = None  # "my liked peonies": the liked ones of the session named so

    def args(self) -> dict:
        out: dict = {}
        if self.items is not None:
            out["items"] = self.items
        if self.which:
            out["which"] = self.which
        if self.all_sessions:
            out["all_sessions"] = True
        if self.exclude:
            out["exclude"] = self.exclude
        if self.exclude_first:
            out["exclude_first"] = self.exclude_first
        if self.exclude_last:
            out["exclude_last"] = self.exclude_last
        if self.only_first:
            out["only_first"] = self.only_first
        if self.every:
            out["every"] = self.every
        if self.only_last:
            out["only_last"] = self.only_last
        if self.session:
            out["session"] = self.session
        if self.count_said:
            out["count_said"] = self.count_said
        return out


def listed(numbers: list[int], state: PlanState) -> list[int]:
    """Numbers said right after a numbered list of results ("save 1 and 3" after a search) name its
    lines; anywhere else they are generation numbers."""
    results = state.memory.last_results
    if results is None:
        return numbers
    if any(not 1 <= n <= len(results) for n in numbers):
        raise Reply(f"The list above has {len(results)} result(s): say which by their numbers in it, or open a "
                    "session and name its images there. Nothing was changed.")
    if any(results[n - 1] is None for n in numbers):
        raise Reply("Some of those results are not images of this session (a library asset, or another session's "
                    "image): open their session first, or name assets by title. Nothing was changed.")
    return [results[n - 1] for n in numbers]


def _them(state: PlanState) -> list[int] | str:
    if state.mentioned:
        return state.mentioned if isinstance(state.mentioned, str) else list(state.mentioned)
    if state.pool:
        return state.pool
    raise Reply(WHICH_ONE)


_COMPLEMENTS = ((re.compile(r"^\$items\[:(\d+)\]$"), "$items[{}:]"), (re.compile(r"^\$items\[-(\d+):\]$"), "$items[:-{}]"),
                (re.compile(r"^\$items\[(0)\]$"), "$items[1:]"), (re.compile(r"^\$items\[-(1)\]$"), "$items[:-{}]"))


def _complement(placeholder: str) -> str:
    """"The rest" after a slice of a step's result: $items[:2] → $items[2:]."""
    for pattern, template in _COMPLEMENTS:
        match = pattern.match(placeholder)
        if match:
            return template.format(match.group(1))
    raise Reply("Say which ones by number, e.g. 'archive 3 and 4'.")


def _numbered(state: PlanState) -> list[int] | str | None:
    """What ordinals count through: the numbers just named, else "them"."""
    return state.mentioned if isinstance(state.mentioned, list) and state.mentioned else state.pool


def _slice(pool: list[int] | str, start: int | None, stop: int | None) -> list[int] | str:
    if isinstance(pool, str):
        return f"{pool}[{'' if start is None else start}:{'' if stop is None else stop}]"
    return pool[start:stop]


def _pick(pool: list[int] | str, positions: list[int]) -> list[int] | str:
    """Ordinal positions (1-based) within "them"; one position is still a slice ($items[1:2])."""
    if isinstance(pool, str):
        if positions != list(range(positions[0], positions[-1] + 1)):
            raise Reply("Say those by their numbers once the images exist, e.g. 'like 2 and 4'.")
        return _slice(pool, positions[0] - 1 or None, positions[-1])
    if any(p > len(pool) for p in positions):
        raise Reply(f"There are only {len(pool)} of them.")
    return [pool[p - 1] for p in positions]


def _numbers_within(numbers: list[int], pool: list[int] | str | None) -> list[int] | str:
    """"like 1 and 3 of the new ones": places within them (#9 and #11 after #9–#12), or their own numbers
    ("9 and 11 of the new ones"); when both readings fit and differ, or "2 of them" may be a count, asked."""
    members = isinstance(pool, list) and all(n in pool for n in numbers)
    places = (isinstance(pool, str) or isinstance(pool, list) and all(1 <= n <= len(pool) for n in numbers)) \
        and not (len(numbers) == 1 and not members)
    if members and places and _pick(pool, numbers) != numbers:
        places = False
        members = False
    if members:
        return list(numbers)
    if places:
        return _pick(pool, numbers)
    raise Reply(f"Do you mean #{' and #'.join(map(str, numbers))} of this session, or counted within the ones just named? "
                "Say their numbers in the session, e.g. \"like 9 and 11\". Nothing was changed.")


_COUNTED_KIND = re.compile(rf"(?:the\s+|all\s+(?:the\s+)?|my\s+)?(?P<n>{NUMBER}|both)\s+(?:of\s+the\s+)?(?P<kind>liked|un-?liked|selected|archived)"
                           r"(?:\s+(?:ones|images|pictures|pics|photos|generations|frames|shots))?", _FLAGS)


_ORDINAL_WORDS = ("third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


def parse_selection(phrase: str, state: PlanState) -> Selection | None:
    """A generation selection from a noun phrase, or None when the phrase is not one."""
    phrase = re.sub(r"\s+", " ", phrase.strip(" ,.;:!?")).strip()
    phrase = re.sub(r"^(?:just|only)\s+(?=the\s+|my\s+|#?\d)", "", phrase, flags=_FLAGS)  # "just the one I liked"
    phrase = re.sub(r"(?<=\d)\s+(?:only|alone)$", "", phrase, flags=_FLAGS)  # "unlike image 3 only"
    phrase = re.sub(r"^(?:my|the|all the)\s+(?=(?:un-?)?liked|selected)", "", phrase, flags=_FLAGS)
    phrase = re.sub(r"(?<![\w'])(?:tehm|thme|thm|'em|em)(?=\s|$)", "them", phrase, flags=_FLAGS)  # common slips of "them"
    phrase = re.sub(r"\b(?:very|most)\s+(?=(?:first|last)\b)", "", phrase, flags=_FLAGS)  # "the very first poster"
    phrase = re.sub(r"^(?:every\s*one|each(?:\s+one)?|every\s+single\s+one)\s+of\s+(them|these|those)$", r"\1", phrase,
                    flags=_FLAGS)  # "like every one of them"
    # "the 2 first", "the 3 last": the count before the end, as French and Spanish put it
    phrase = re.sub(rf"^(the\s+)({NUMBER})\s+(first|last)(?=\s|$)", r"\1\3 \2", phrase, flags=_FLAGS)
    ends_and = re.fullmatch(r"(?P<a>(?:the\s+)?(?:first|last)\b.*?)\s+(?:and|&|plus)\s+(?P<b>(?:the\s+)?(?:first|last|#?\d)\b.*)"
                            r"|(?P<a2>(?:the\s+)?#?\d{1,5})\s+(?:and|&|plus)\s+(?P<b2>(?:the\s+)?(?:first|last)\b.*)", phrase, _FLAGS)
    if ends_and and not _FIRST_AND_LAST.match(phrase):  # "the first three and the last one"
        parts = [parse_selection(ends_and.group("a") or ends_and.group("a2"), state),
                 parse_selection(ends_and.group("b") or ends_and.group("b2"), state)]
        if all(p is not None and isinstance(p.items, list) and not p.which for p in parts):
            return Selection(items=list(dict.fromkeys(parts[0].items + parts[1].items)))
    # "the first one of those", "two of them": counted within "them"
    within = re.fullmatch(r"(.*\S)\s+of\s+(?:those|these|them|the\s+(?:new|newest|latest|fresh))(?:\s+(?:ones|images|pictures))?",
                          phrase, _FLAGS)
    numbers = parse_number_list(within.group(1)) if within else None
    if numbers and all(isinstance(n, int) for n in numbers):
        return Selection(items=_numbers_within(numbers, _numbered(state)))
    if not re.match(r"^(?:all|both|each|every|any|none)\b", phrase, _FLAGS):
        # ("the second of the new ones": counted within what was just made, which "them" names too)
        phrase = re.sub(r"^(.*\S)\s+of\s+(?:those|these|them|the\s+(?:new|newest|latest|fresh))(?:\s+(?:ones|images|pictures))?$", r"\1",
                        phrase, flags=_FLAGS)
    ends = _FIRST_AND_LAST.match(phrase)
    if ends:  # "the first and the last": both ends of "them"
        pool = _numbered(state)
        if not isinstance(pool, list) or len(pool) < 2:
            raise Reply(WHICH_ONE)
        return Selection(items=list(dict.fromkeys([pool[0], pool[-1]])))
    if not phrase:
        return None
    numbers = parse_number_list(phrase)
    if numbers is not None:
        return Selection(items=listed(numbers, state))
    counted = _COUNTED_KIND.fullmatch(phrase)
    if counted:  # "the three liked images", "both liked ones": those, and there must be that many
        said = counted.group("n").lower()
        return Selection(which=counted.group("kind").lower().replace("-", ""), count_said=2 if said == "both" else word_to_int(said))
    minus = _LIST_EXCEPT.match(phrase)
    if minus and parse_number_list(minus.group(1)) and parse_number_list(minus.group(2)):
        # "2-5 except 4": the numbers named, less the ones after "except"
        kept = [n for n in parse_number_list(minus.group(1)) if n not in parse_number_list(minus.group(2))]
        if not kept:
            raise Reply("That leaves none of them. Nothing was changed.")
        return Selection(items=listed(kept, state))
    but = _ALL_BUT.match(phrase)
    if but:
        return _all_but(but, state)
    if _NOT_LIKED_YET.match(phrase):  # "everything I didn't like", "the ones I haven't liked yet"
        return Selection(which="unliked")
    if _UNLIKED.search(phrase) or _LIKED.search(phrase) or _SELECTED.search(phrase):
        return _kind(phrase)
    if _REST.match(phrase):
        pool = state.pool
        # ("… switch to Q3 Ads and archive the rest": the numbers said before were another session's)
        earlier = state.memory.last_action.args.get("items") if state.memory.last_action and not state.moved else None
        if not state.mentioned and isinstance(earlier, list) and earlier and all(isinstance(i, int) for i in earlier):
            # "like 1 and 2", then "archive the rest": every other one of the session
            return Selection(which="all", exclude=list(earlier))
        if not state.mentioned:  # "the rest" of nothing would silently mean all of them
            raise Reply("The rest of which? Name some first, e.g. 'like 1 and 2, archive the rest'.")
        if isinstance(state.mentioned, str):
            return Selection(items=_complement(state.mentioned))
        if pool is None:  # "keep 1 and 2, archive the rest" in a session opened earlier: its other images
            return Selection(which="all", exclude=list(state.mentioned))
        if isinstance(pool, str):
            return Selection(items=f"{pool}-[{','.join(map(str, state.mentioned))}]")
        others = [i for i in pool if i not in state.mentioned]
        if not others:  # "like 2, 4, 7", then "save 2, 4, 7 …, then archive the rest": the session's others
            return Selection(which="all", exclude=list(state.mentioned))
        return Selection(items=others)
    just_made = _JUST_MADE.match(phrase)
    if just_made:  # "like the new ones": what the last step made
        them = _them(state)
        made = len(them) if isinstance(them, list) else (state.last_step.args.get("count", 1) if state.last_step else None)
        if just_made.group("both") and made != 2:
            raise Reply("Both of which? The last step made more or fewer than two. Say their numbers. Nothing was changed.")
        return Selection(items=them)
    if _PRONOUN.match(phrase) and not state.mentioned and state.mentioned_kind and not _IT.match(phrase):
        kind = state.mentioned_kind  # "save the liked ones to A, then download them": the liked ones again
        return Selection(which=kind["which"], exclude=kind.get("exclude"), all_sessions=bool(kind.get("all_sessions")),
                         session=kind.get("session"))
    if _PRONOUN.match(phrase):
        them = _them(state)
        if _IT.match(phrase) and isinstance(them, list) and len(them) > 1 and not state.mentioned:
            raise Reply(f"Which one? The last ones were {', '.join(map(str, them))} — say its number.")
        return Selection(items=them)
    if _ALL.match(phrase):
        return Selection(which="all")
    other = re.fullmatch(r"(?:every\s+other\s+(?:one|image|picture)|every\s+second\s+(?:one|image))(?:\s*,?\s*(?:starting|beginning)\s+"
                         r"(?:at|from|with)\s+(?:#|number\s+)?(?P<start>[12]|one|two))?", phrase, _FLAGS)
    if other:  # "like every other one starting at 1": the odd ones (from 2: the even ones)
        return Selection(which="even" if (other.group("start") or "1").lower() in ("2", "two") else "odd")
    stride = re.fullmatch(r"every\s+(?P<n>\d{1,3})(?:st|nd|rd|th)|every\s+(?P<word>third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)",
                          re.sub(r"\s+(?:one|image|picture|pic|generation)s?$", "", phrase), _FLAGS)
    if stride:  # "like every 10th one": #10, #20, #30 … of the session
        n = int(stride.group("n")) if stride.group("n") else _ORDINAL_WORDS.index(stride.group("word").lower()) + 3
        return Selection(which="all", every=n) if n > 1 else Selection(which="all")
    parity = _ODD_EVEN.match(phrase)
    if parity:  # "like every even-numbered one"
        return Selection(which=parity.group(1).lower())
    all_n = re.fullmatch(rf"(?:all|every\s+one\s+of)\s+(?:the\s+)?({NUMBER})|(?:those|these)\s+({NUMBER})"
                         r"(?:\s+(?:ones|images|pictures|pics|generations))?", phrase, _FLAGS)
    if all_n:  # "save all five to Flash": the five just made or named, when there are five
        them = _them(state)  # ("those two": the two just named, when there are two)
        said = word_to_int(all_n.group(1) or all_n.group(2))
        if isinstance(them, list) and len(them) == said:
            return Selection(items=them)
        if isinstance(them, str) and state.last_step is not None and state.last_step.args.get("count") == said:
            return Selection(items=them)  # "3 more like #1; like all three": the three that step makes
        raise Reply(f"All {said} of which? Say their numbers, e.g. \"1 to {said}\". Nothing was changed.")
    counted = _ALL_COUNTED.match(phrase)
    if counted:  # "all 8 of these": every one of "them", and the count said must be right
        them = _them(state)
        said = word_to_int(counted.group(1))
        if isinstance(them, list) and len(them) != said:
            raise Reply(f"You said all {said}, but there are {len(them)} ({', '.join(map(str, them))}). "
                        "Say which ones by number. Nothing was changed.")
        return Selection(items=them)
    match = _FIRST_LAST.match(phrase)
    if match:
        if state.memory.items_were_named and not state.mentioned and isinstance(state.pool, list) \
                and state.pool == state.memory.last_items:
            # "like 2 and 4", then "like the last two": the session's last two, not the two just named
            end, said = match.group(1).lower(), match.group(2)
            count = 1 if said in (None, "one") else word_to_int(said)
            if count:
                first = end in ("first", "top")
                return Selection(which="all", only_first=count if first else 0, only_last=0 if first else count)
        return Selection(items=_first_last(match.group(1).lower(), match.group(2), state))
    match = _ORDINALS.match(phrase)
    if match:
        positions = [ordinal_to_int(w) for w in re.findall(_ORDINAL_WORD, match.group(1), _FLAGS)]
        pool = _numbered(state)
        if pool is state.pool and state.memory.items_were_named and isinstance(pool, list) and \
                any(p > len(pool) for p in positions):
            return Selection(items=positions)  # "like 2 and 4", then "3 variations of the fourth one": #4 of the session
        if pool is state.pool and state.memory.items_were_named and isinstance(pool, list) and \
                any(p <= len(pool) and pool[p - 1] != p for p in positions):
            # "like 2 and 4", then "remix the 2nd one": #2 of the session, or the second of those?
            said = " and ".join(f"#{pool[p - 1]}" for p in positions if p <= len(pool))
            raise Reply(f"Do you mean image #{positions[0]} of the session, or {said} (counting through "
                        f"{', '.join(f'#{i}' for i in pool)})? Say its number. Nothing was changed.")
        return Selection(items=_pick(pool, positions) if pool else positions)
    beside = _ONE_BEFORE.match(phrase)
    if beside:  # "the one before it", "the one after 4": its neighbour in the session
        them = [int(beside.group("n"))] if beside.group("n") else _them(state)
        if beside.group("side").lower() == "after":
            if isinstance(them, str) or not them:
                raise Reply("Which one do you mean? Say its number. Nothing was changed.")
            return Selection(items=[max(them) + 1])
        if isinstance(them, str) or not them or min(them) <= 1:
            raise Reply("There is no generation before that one.")
        return Selection(items=[min(them) - 1])
    return None


_LIST_EXCEPT = re.compile(r"^(.+?),?\s+(?:except(?:\s+for)?|but\s+not|apart\s+from|other\s+than|minus|without|not)\s+(.+)$",
                          _FLAGS)
_ALL_BUT = re.compile(
    r"^(?P<whole>all|everything|every one|all (?:the )?(?:images|generations|pictures|pics|ones)"
    r"|(?P<them>all (?:of )?(?:them|those|these)|(?:them|those|these) all|(?:those|these)(?: ones)?|them))"
    r",? (?:but|except(?: for)?|apart from|other than|besides|save for|minus|not) (?P<rest>.+)$", _FLAGS)


# A kind of generation, every word of it accounted for: "the liked ones", "my favourites across sessions",
# "the ones I liked", "all my liked generations from every session".
_KIND_NOUNS = r"(?:ones?|images?|generations?|pictures?|pics?|shots?|iterations?|results?|renders?)"
_KIND_WORD = (r"(?P<kind>un-?liked|not\s+liked|liked|likes|favou?rites?|favou?rited|faves|favs|hearted|loved|selected|selection|picked"
              r"|starred)")
_KIND_PHRASE = re.compile(
    # "the liked cover", "my favourite posters": a kind, and what the images show
    rf"^(?:all\s+)?(?:of\s+)?(?:the\s+|my\s+|our\s+)?(?:{_KIND_WORD}(?:\s+(?:{_KIND_NOUNS}|(?!(?:across|in|from|of|everywhere|"
    rf"sessions?|but|except|and|or)\b)(?P<other>[a-z]+s?)))?"
    rf"|(?:{_KIND_NOUNS}|everything|all|what|these|those)\s+(?:that\s+|which\s+)?(?:i|we)(?:\s+have|'ve)?\s+(?P<not>not\s+|n't\s+)?"
    rf"(?:yet\s+)?(?P<verb>liked|loved|hearted|"
    rf"favou?rited|picked|selected|starred))"
    r"(?P<across>\s+(?:across|in|from|of)\s+(?:all\s+(?:of\s+)?(?:my\s+|the\s+)?sessions|every\s+session|each\s+session"
    r"|everywhere|the\s+collection|my\s+collection)|\s+everywhere|\s+(?:across\s+)?(?:all\s+)?(?:my\s+)?sessions)?$", _FLAGS)
# Words that narrow or invert a selection: understood above, or the action does not run.
_NARROWING = re.compile(r"\b(?:except|but|not|only|first|last|top|bottom|best|worst|latest|newest|oldest|earliest|"
                        r"apart\s+from|other\s+than|besides|without|minus|save\s+for|\d+|one|two|three|four|five|six|"
                        r"seven|eight|nine|ten|dozen|few|couple|some|half|most)\b", _FLAGS)


_END_OF_KIND = re.compile(rf"^(?:the\s+)?(?P<end>first|last|final|top)(?:\s+(?P<count>{NUMBER}))?\s+(?:of\s+)?(?P<kind>.+)$",
                          _FLAGS)


# "the ones that aren't liked", "the tulips I didn't like": the images not liked (of the session named)
_NOT_KIND = re.compile(
    rf"^(?:all\s+)?(?:of\s+)?(?:the\s+|my\s+)?(?:{_KIND_NOUNS}|everything|all|what|(?P<other>[a-z]+s))\s+(?:that\s+|which\s+)?"
    r"(?:(?:i|we)\s+(?:didn'?t|did\s+not|haven'?t|have\s+not|havent|didnt|don'?t|dont)\s+(?P<verb>like|love|heart|favou?rite|"
    r"pick|select|star)(?:d|ed)?|(?:are|were|is|was)(?:n'?t|\s+not)\s+(?P<adj>liked|loved|hearted|favou?rited|picked|selected|starred)"
    r"|not\s+(?P<adj2>liked|loved|selected|picked))$", _FLAGS)


_KIND_EXCEPT = re.compile(r"^(?P<kind>.+?),?\s+(?:except(?:\s+for)?|but\s+not|apart\s+from|other\s+than|minus|excluding|besides)"
                          r"\s+(?P<excluded>#?\d.*)$", _FLAGS)


def _kind(phrase: str) -> Selection | None:
    """"the liked ones" → which=liked, "the first five liked" → the first five of them; a kind with
    other words that narrow it ("the best liked") asks."""
    less = _KIND_EXCEPT.match(phrase)
    if less:  # "the liked ones except 9": that kind, less the numbers named
        kind, excluded = _kind(less.group("kind")), parse_number_list(less.group("excluded"))
        if kind is not None and excluded and not kind.all_sessions and not kind.exclude:
            return replace(kind, exclude=excluded)
    negated = _NOT_KIND.match(phrase)
    if negated:
        word = (negated.group("verb") or negated.group("adj") or negated.group("adj2")).lower()
        if word.startswith(("pick", "select")):  # no kind holds the images not selected
            raise Reply(f"I can't choose \"{phrase}\" yet: say their numbers, or \"show the selected ones\" first. "
                        "Nothing was changed.")
        return Selection(which="unliked", session=negated.group("other"))
    end = _END_OF_KIND.match(phrase)
    if end:
        kind = _kind(end.group("kind"))
        if kind is not None and kind.which in ("liked", "selected", "unliked") and not kind.all_sessions:
            said = end.group("count")
            count = 1 if not said or said.lower() == "one" else word_to_int(said)
            # "the last liked" alone may mean the one liked most recently: that one asks
            if count and (said or end.group("end").lower() in ("first", "top")):
                first = end.group("end").lower() in ("first", "top")
                return replace(kind, only_first=count if first else 0, only_last=0 if first else count)
    match = _KIND_PHRASE.match(phrase)
    if match:
        word = (match.group("kind") or match.group("verb")).lower()
        if match.group("not"):  # "the images I have not liked"
            word = "not " + word
        which = ("unliked" if re.match(r"un|not", word) else
                 "selected" if word in ("selected", "selection", "picked") else "liked")
        across = bool(match.group("across")) and which == "liked"
        # "all my liked images": the Liked collection, every session's (the README's words for it)
        everyone = which == "liked" and re.match(r"^all\s+(?:of\s+)?my\s+", phrase, _FLAGS) is not None
        # "my liked peonies", "the liked cover": the word may name a session or say what the images show.
        # Read as the session's name: a session of that name is what was meant, and without one the
        # tool says so and changes nothing — never the current session's liked ones instead.
        other = match.group("other")
        if other and not across:
            return Selection(which=which, session=other)
        return Selection(which=which,
                         all_sessions=everyone or (across and bool(_ACROSS.search(phrase) or "sessions" in phrase.lower())))
    if _NARROWING.search(phrase):
        raise Reply(f"I can't yet act on \"{phrase}\" exactly, and I won't act on part of it. Say the numbers "
                    "(e.g. \"1, 2 and 4\"), or \"show the liked ones\" first and pick from the list. Nothing was changed.")
    return None


def _ends(phrase: str) -> tuple[int, int] | None:
    """(first, last) counts for "the last one", "the first two", "the first and the last"; else None."""
    first = last = 0
    for part in re.split(r"\s+(?:and|&|plus)\s+|\s*,\s*", phrase):
        end = _END_PHRASE.fullmatch(part)
        if not end:
            return None
        said = end.group("count")
        count = 1 if not said or said.lower() == "one" else word_to_int(said)
        if not count:
            return None
        if end.group("end").lower() in ("first", "top"):
            first += count
        else:
            last += count
    return first, last


_END_PHRASE = re.compile(rf"(?:the\s+)?(?P<end>first|last|final|top)(?:\s+(?P<count>{NUMBER}))?"
                         r"(?:\s+(?:ones?|images?|pictures?|pics?|generations?))?", _FLAGS)


def _all_but(match: re.Match, state: PlanState) -> Selection:
    """"all of them except 3" → "them" minus 3. A bare "all but 3" would need every number in the
    session, which only the tools know — ask instead of guessing."""
    rest = match.group("rest")
    kind = _KIND_PHRASE.match(rest.strip())
    if kind and not kind.group("across"):  # "everything except the liked ones" = the unliked ones, and back
        inverse = {"liked": "unliked", "unliked": "liked"}.get(_kind(rest.strip()).which)
        if inverse is None:
            raise Reply(_all_but_question(rest))
        return Selection(which=inverse)
    ends = _ends(rest.strip())
    if ends and not match.group("them"):  # "all but the last one", "everything except the first and the last"
        return Selection(which="all", exclude_first=ends[0], exclude_last=ends[1])
    ordinal = re.fullmatch(rf"(?:the\s+)?({_ORDINAL_WORD})(?:\s+one)?", rest.strip(), _FLAGS)
    if ordinal and not match.group("them"):  # "like all but the 3rd": #3 of the session
        return Selection(which="all", exclude=[ordinal_to_int(ordinal.group(1))])
    if not match.group("them"):  # "all but 3": every generation of the session, less the ones named
        excluded = parse_number_list(rest)
        if excluded is None:
            raise Reply(_all_but_question(rest))
        return Selection(which="all", exclude=excluded)
    them = _them(state)
    excluded = parse_number_list(rest)
    if excluded is None:
        inner = PlanState(state.memory, them, [], state.last_generate)
        picked = parse_selection(rest, inner)
        if picked is None or picked.which or not isinstance(picked.items, list):
            raise Reply(_all_but_question(rest))
        excluded = picked.items
    if isinstance(them, str):
        if them != "$items":
            raise Reply(_all_but_question(rest))
        return Selection(items=f"$items-[{','.join(map(str, excluded))}]")
    left = [i for i in them if i not in excluded]
    if not left or len(left) == len(them):
        raise Reply(_all_but_question(rest))
    return Selection(items=left)


def _all_but_question(rest: str) -> str:
    from agent.planner.replies import ALL_BUT

    return ALL_BUT.format(rest=rest.strip())


def _first_last(end: str, amount: str | None, state: PlanState) -> list[int] | str:
    if amount and word_to_int(amount) is None and amount.isalpha() and amount.lower() not in _NOT_NOUNS:
        amount = None  # "the first cover", "the last poster": one image, called by what it shows
    count = 1 if amount in (None, "one") else word_to_int(amount)
    if count is None or count < 1:
        raise Reply(WHICH_ONE)
    pool = _numbered(state)
    if isinstance(pool, list) and count > len(pool):
        # "like the first three" after "like 4 and 1": three of two is not what was meant.
        raise Reply(f"The {end} {count} of which? The last ones named were {', '.join(map(str, pool))} — "
                    "say the numbers, e.g. \"like 1, 2 and 3\". Nothing was changed.")
    if end in ("first", "top"):
        return _slice(pool, None, count) if pool else list(range(1, count + 1))
    if not pool:
        raise Reply(f"The last {count} of which? Say the numbers, e.g. 7 and 8.")
    return _slice(pool, -count, None)


_NOT_NOUNS = frozenset({"few", "couple", "several", "some", "many", "half", "batch", "session", "sessions", "time", "step"})


def _as_index(placeholder: str) -> str | None:
    """A one-element slice as the index an ``item`` arg takes: $items[:1] → $items[0]; else None."""
    match = re.fullmatch(r"\$items\[(-?\d*):(-?\d*)\]", placeholder)
    if re.fullmatch(r"\$items\[-?\d+\]", placeholder):
        return placeholder
    if not match:
        return None
    start = int(match.group(1) or 0)
    stop = int(match.group(2)) if match.group(2) else None
    if (stop is None and start == -1) or (stop is not None and stop == start + 1 and start != -1):
        return f"$items[{start}]"
    return None


def parse_single_item(phrase: str, state: PlanState) -> int | str | None:
    """One generation (remix, lineage): a number, "it", "the first one", a placeholder."""
    selection = parse_selection(phrase, state)
    if selection is not None and selection.which == "all" and (selection.only_first or selection.only_last):
        # one image by its place in the session: its number is not known here
        raise Reply("Which one: say its number (\"list the images\" shows them). Nothing was changed.")
    if selection is None or selection.which:
        return None
    items = selection.items
    if isinstance(items, str):
        if items == "$items":
            return "$items[-1]" if _IT.match(phrase.strip()) else None
        return _as_index(items)
    if len(items) != 1:
        if _IT.match(phrase.strip()):
            raise Reply("Which one? Say its number, e.g. 'remix 3'.")
        return None
    return items[0]


# --- sessions ---------------------------------------------------------------------------------

CURRENT = object()  # "this session", "it": the tool's default, the current session
_CURRENT_SESSION = re.compile(
    r"^(?:it|this|this one|(?:(?:this|the|current|the current|my current|this current|my|our)(?: whole| entire)? )?(?:session|sesh)"
    r"|the current one|here)?$",
    _FLAGS)
# Bulk words are never a session name: "all assets", "every session", "all but 3", "everything except Winter".
_BULK_NAME = re.compile(
    r"^(?:all|every|each|everything|every\s*thing|any)(?:\s+(?:of\s+)?(?:the|my|our|these|those|them))?"
    r"(?:\s+(?:sessions?|seshs?|assets?|files?|images?|pictures?|generations?|items?|ones|things|stuff))?"
    r"(?:\s+(?:but|except|apart\s+from|other\s+than|besides|save\s+for)\b.*)?$",
    _FLAGS)
_PREVIOUS_SESSION = re.compile(
    r"^(?:the )?(?:one before|previous(?: one| session)?|last session|session before|old session)$",
    _FLAGS)
_SESSION_WORDS = re.compile(r"^(?:the )?(?:session|sesh)\s+(?:called |named |titled )?(.+)$", _FLAGS)
_SESSION_SUFFIX = re.compile(r"^(?:the )?(.+?)\s+(?:session|sesh)$", _FLAGS)
_NAMED = re.compile(r"^(?:the )?(?:one )?(?:called|named|titled)\s+(.+)$", _FLAGS)


# A sentence's closing punctuation after a name ("… called Winter."), but never the dots of a name
# such as "..", "../../etc/passwd" or "v2.": names are data, never rewritten into paths.
_CLOSING = re.compile(r"(?<=[^\W_])[.!?]+$|\s+[-—–]+$")


# "to Launch, but not 7", "to Winter Sale 2026 but stay in this one": the rest of the request
# after a name, never part of it (a quoted name may hold anything).
_NAME_TAIL = re.compile(r"\s*;\s*\S"  # "Archive and Delete Tests; nothing is to be archived": a second sentence
                        # "save them to the folder and then maybe delete them or no …": no name at all
                        r"|(?-i:^(?:and|or|then|but|so)\b)|\bi\s+don'?t\s+know\b|(?-i:\bor\s+no\b)"
                        # "in the folder Characters, with the title …": more of the request after the name
                        r"|,\s*(?:and\s+)?(?:with|titled|named|called|captioned)\s+(?:the\s+|a\s+)?(?:title|name|caption|tags?|label)\b"
                        # "to Characters, the others are blurry": a remark of its own after the name
                        r"|,\s*(?:the|they|it|these|those|this|that)\b(?:\s+\w+)?\s+(?:are|is|were|was|look|looks|seem|seems)\b"
                        r"|,\s*(?:it'?s|that'?s)\s+(?:for|a|an|about)\b"  # "call it Little Lotus, it's for the retreat"
                        # "a session called Y within that project": where it goes, said of a place named before
                        r"|\s+(?:in|within|under|inside|into)\s+(?:that|this|the\s+same|the\s+new)\s+(?:project|folder|campaign)\b"
                        # "a new project called Paws & Co and put this session in it": the rest of the request
                        r"|\s+and\s+(?:then\s+|also\s+)?(?:put|add|link|move|attach)\s+(?:there\s+|here\s+)?(?:this|that|it|them|the|my|all|\d)\b"
                        r"|\s+and\s+(?:then\s+|also\s+)?(?:put|add|give)\s+(?:a\s+|the\s+)?tags?\b"  # "… and also put tag cohete"
                        r"|(?:,\s*|\s+)but\s+(?:not|stay|keep|don'?t|do\s+not|leave|only|just|skip|without|no)\b"
                        r"|,\s*(?:except|apart\s+from|other\s+than|without|excluding)\b"
                        r"|,\s*(?:copy|duplicate|clone|reuse|use|take)\s+(?:the|its|that|this)\b"  # "Ep 16, copy the brief from …"
                        r"|,\s*(?:and\s+)?(?:then|only|just)\b"  # "… Launch as well, then tell me …", "…, and only image 3"
                        r"|\s+and\s+(?:then\s+|also\s+)?(?:give|add)\s+(?:it|them)\s+(?:the\s+|a\s+)?tags?\b"  # "… and give it tag rod"
                        r"|\s+and\s+(?:then\s+|also\s+)?(?:generate|make|like|save|archive|create|start|delete|remix|tag|post|"
                        r"download|rename|move|open|show|unlike)\s+(?:\d|a\b|an\b|the\b|it\b|them\b|some\b|more\b|"
                        r"(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|a\s+few|a\s+couple)\b)"
                        r"|(?-i:\s+and\s+then\s+[a-z])"  # "facade studies and then …": more of the request
                        r"|\s+then\s+(?:generate|make|like|save|archive|create|start|delete|remix|tag|post|download|rename|"
                        r"move|open|show|unlike)\b"
                        r"|\s+(?:--|—|–)\s+(?:and\s+|also\s+|then\s+|now\s+)*(?:generate|make|like|save|archive|create|"
                        r"start|delete|remix|tag|post|download|rename|move|open|show|unlike)\b", _FLAGS)


# "called Program Notes, i need to draft blurbs", "called Fall 2026 to keep all the show material
# together": what the name is for, said after it, ends the name (lower case, as remarks are typed;
# "Hello, I Must Be Going" and "Born to Run" keep their words).
_NAME_PURPOSE = re.compile(
    r"(?-i:,\s*(?:i|we|i'?m|im|we'?re|i'?ll|we'?ll|i'?ve|we'?ve|i'?d|we'?d|gotta|need|because|cause|since|so|no|not|nothing|"
    r"without|just|only)\s+[a-z]"
    # "Brewhaus Summer, the client changed their name": why, said after the name
    r"|,\s*(?:the\s+(?:client|team|boss|customer|brand|company)|they|he|she|(?:my|our)\s+[a-z]+)\s+(?:[a-z]+\s+)?"
    r"(?:changed|wants?|wanted|asked|said|says|decided|prefers?|renamed|needs?)\b"
    r"|\s+(?:(?:because|since|cuz|coz)\s+(?:i|we|it|they|this)\b|so\s+(?:that\s+)?(?:i|we|they|nobody|no\s+one)\s+(?:can|can't|don't|won't|do\s+not|will\s+not)\b"

    r"|to\s+(?:keep|hold|store|collect|gather|organi[sz]e|track|draft|plan|put|share|show|test|try|use|save|group|sort)"
    r"\s+(?:(?:\w+\s+)?(?:all|the|my|our|these|those|some|everything|every)\b)))",
)


# A new sentence after a name: 'Final. Keep …', '"Final". Thanks' ("St. Mary's" and "Mr. Li" go on: no
# lower-case word ends before their dot).
_NEXT_SENTENCE = re.compile(r"(?:(?<=[a-z0-9]{2})|(?<=\ue001))\.\s+(?=[A-Z])")
# …which, to be left out, must say how things are or thank — never ask for something more.
_SAYS_HOW_IT_IS = re.compile(r"(?:keep|leave)\s+(?:everything|all|the\s+rest)\b.*(?:as\s+(?:it|they)\s+(?:is|are)|alone|unchanged)"
                             r"|(?:please\s+)?(?:do\s+not|don'?t)\s+(?:move|change|touch|alter|modify|delete)\b"  # a limit kept anyway
                             r"|(?:thanks|thank\s+you|cheers|ty|thx)\b|(?:it'?s|it|this\s+is|this|that'?s|that|we'?re|we|i'?m|i|they|"
                             r"he|she|my|our|the\s+(?:client|team|boss))\b(?!.*\b(?:please|pls|can\s+you|could\s+you|would\s+you|"
                             r"want\s+you|need\s+you|also|then|should\s+be|archived?|liked?|deleted?|saved?|moved?|tagged?|renamed?)\b)",
                             re.IGNORECASE)


# Words that ask the studio for something more: after a name, never dropped as a remark
_ASKS_FOR_MORE = re.compile(r"\b(?:please\s+(?!$)|can\s+you|could\s+you|also|then|and\s+(?:then\s+)?(?:generate|make|like|save|archive|delete|"
                            r"rename|move|tag|post|download)|generate|archive|delete|save|like|move|tag|post|download|rename)\b", re.IGNORECASE)


_EMOJI_FIRST = re.compile(r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")


def clean_name(value: str, masked: Masked) -> str:
    """A name as written: quotes removed, a leading 'the' and a sentence's closing punctuation dropped."""
    value = value.strip(" ,;:")
    if not (_EMOJI_FIRST.match(value) and re.search(r"\w", value)):  # "call it Teaser ✨": tone ("🐉 Emoji Test 🐉" is framed)
        value = drop_closing_emoji(value)
    value = _CLOSING.sub("", re.split(r"(?<=[?!])\s+(?=[A-Z])", value, maxsplit=1)[0])  # "Flipbooks? My students …"
    sentence = _NEXT_SENTENCE.search(value)
    if sentence:  # 'to "Final". Keep everything else as it is.': the name ends with its sentence
        after = masked.restore(value[sentence.end():]).strip()
        value = _CLOSING.sub("", value[:sentence.start()])
        if not _SAYS_HOW_IT_IS.match(after):
            raise Reply(f"I would read the name as \"{masked.restore(value).strip()}\", but I don't know what to do with "
                        f"\"{after[:60]}\" after it. Say the name and the rest separately. Nothing was changed.")
    # ('"Holiday Promo" — British spelling', "'Winter Concert Posters', as that's what we use it for now")
    aside = re.match(r"^\s*(\ue000\d+\ue001)(?:\s+(?:[—–]|--?)\s+|\s*,\s*(?=(?:as|because|since|so|which|that'?s|it'?s|we'?re|for)\b))"
                     r"(?P<aside>\S.*)$", value, _FLAGS)
    if aside:  # '"Harbour Resilience Study" — British spelling, if you please': the quote is the name
        if _ASKS_FOR_MORE.search(aside.group("aside")):
            raise Reply(f"I would read the name as {masked.restore(aside.group(1), keep_marks=True)}, but I don't know what to do with "
                        f"\"{masked.restore(aside.group('aside')).strip()[:60]}\" after it. Say the name and the rest separately. "
                        "Nothing was changed.")
        value = aside.group(1)
    purpose = _NAME_PURPOSE.search(value)
    if purpose and purpose.start() > 0:
        value = _CLOSING.sub("", value[:purpose.start()].strip(" ,;:"))
    value = re.sub(r"\s+instead$", "", value, flags=_FLAGS)  # "call it 'Lemon Drop' instead"
    # "'Tommy's Sneakers'": single quotes around a name that holds an apostrophe (no quote was read there)
    value = re.sub(r"^'(?=\S)(.*\S)'$", r"\1", value) if value.count("'") == 3 else value
    quoted = masked.only_quote(re.sub(r"[\s,]+(?:please|pls|thanks|thank\s+you|now|for\s+now)$", "", value, flags=_FLAGS))
    if quoted is not None:
        return quoted.strip()
    if len(re.findall(r"\ue000\d+\ue001", value)) > 1:  # 'rename it to "Dragons" and "Hoard"': which one?
        raise Reply(f"That gives {masked.restore(value, keep_marks=True).strip()} — more than one name in quotes. Say the one name you "
                    "mean (in quotes if it holds \"and\"). Nothing was changed.")
    # "for the Hartley wedding please": courtesy closes the request, it is not part of the name
    # ("Apocalypse Now" keeps its last word: only ", now" is dropped when unquoted).
    value = re.sub(r"(?:[\s,]+(?:please|pls|plz|thanks|thank\s+you))+$|,\s*(?:for\s+)?now$", "", value, flags=_FLAGS)
    # "in the folder Characters too": a lower-case "too" says "as before", it is not part of the name
    value = re.sub(r"(?<=\S)[\s,]+(?-i:too|as\s+well|also|with\s+the\s+(?:others|rest|other\s+ones))$", "", value)
    # "Holiday 2025 — Priya needs them for the deck": a remark set off by a dash ("Mia's 5th - Under the Sea" is a name)
    value = re.sub(r"\s+[—–]\s+(?=[^\ue000]*\b(?:them|it|they|we|i|you|he|she|those|these|needs?|wants?|says?|said)\b).*$", "",
                   value, flags=_FLAGS)
    # "Grand Opening - we're using these for the shop reopening": after a plain dash, only a remark that
    # opens with "we're", "it's" … in lower case ("Q3 - We Build" is a name)
    value = re.sub(r"\s+--?\s+(?-i:(?:we're|we\s+are|i'm|i\s+am|it's|they're|these\s+are|this\s+is)\b)"
                   r"[^\ue000]*$", "", value)
    if _NAME_TAIL.search(value):
        raise Reply(f"I would read the name as \"{masked.restore(value).strip()}\", which looks like it holds more "
                    "of the request. If that is the name, put it in quotes; otherwise say the name and the rest "
                    "separately. Nothing was changed.")
    # "in the project The Ember Trilogy": a capital "The" after the keyword belongs to the name
    value = re.sub(r"^the\s+", "", value)
    return _CLOSING.sub("", masked.restore(value).strip(" ,;:"))


def parse_session(phrase: str, masked: Masked, state: PlanState):
    """CURRENT, a session name or id (str), or None when the phrase is empty of meaning."""
    phrase = re.sub(r"\s+", " ", phrase.strip(" ,.;:!?")).strip()
    phrase = re.sub(r"^(the\s+.+?)\s+one$", r"\1", phrase, flags=_FLAGS)  # "back to the barns one"
    phrase = re.sub(r"^(?-i:my|our)\s+(.+?)\s+one$", r"\1", phrase, flags=_FLAGS)  # "open my Q3 Ads one"
    phrase = re.sub(r"^(?-i:my|our)\s+(?=\S.*\s(?:session|sesh)$)", "", phrase, flags=_FLAGS)  # "my Holiday Promo session"
    # "the dragon hoard session please, I want to keep going on those": the name ends with "session"
    phrase = re.sub(r"^(.+?\b(?:session|sesh))(?:\s+(?:please|pls|plz))?\s*[,;.!—–-]\s+\S.*$", r"\1", phrase, flags=_FLAGS)
    phrase = re.sub(r"\b(session|sesh)\s*,?\s*(?:again|already)$", r"\1", phrase, flags=_FLAGS)  # "that session again"
    # "archive Q3 Ads, client paused it": a name ends at a comma that opens a clause of its own
    phrase = re.sub(r"^([^,\ue000]+?),\s+(?:\S+\s+){1,}\S+$", r"\1", phrase)
    # how long is no part of a name: "could we hop back to Q3 Ads for a moment?", "the fossil hall session for a bit"
    # ("for now" has lost its "now" to the courtesy words by here)
    phrase = re.sub(r"(?<=\w)\s*,?\s+(?:for\s+(?:a\s+(?:bit|sec|second|moment|minute|while)|now|me|us)|(?-i:for)|real\s+quick|(?-i:quick(?:ly)?))$", "",
                    phrase, flags=_FLAGS)
    phrase = re.sub(r"(?<=\w)\s+(?-i:alone|only|by\s+itself|on\s+its\s+own)$", "", phrase)  # "how many in Q3 Ads alone?"
    # "archive session Launch Week - sprint's done": a remark after a dash
    phrase = re.sub(r"\s+[-—–]+\s+(?=[^-—–]*(?:\b(?:done|finished|over|wrapped|is|are|was|were)\b|'s\b)).*$", "", phrase)
    if ";" in phrase:  # "this session; to be clear, …": more of the request than a session's name
        raise Reply(f"I would read the session as \"{masked.restore(phrase)}\", which looks like it holds more of "
                    "the request. Say the session and the rest separately. Nothing was changed.")
    if state.named_session and re.fullmatch(r"it|that(?:\s+(?:session|sesh))?", phrase, _FLAGS):
        return state.named_session  # "rename Q3 Ads to Q3 Advertising and then archive it": that session
    if _CURRENT_SESSION.match(phrase):
        return CURRENT
    if re.match(r"^(?:the |that )?other (?:session|sesh|one)$", phrase, _FLAGS):
        raise Reply("Which session do you mean? \"The other one\" could be any of them — name it "
                    "(\"list my sessions\" shows the names). Nothing was changed.")
    if re.fullmatch(r"that(?:\s+(?:session|sesh|one))?", phrase, _FLAGS):
        # "In that session, archive 3" after "how many are in Q3 Ads?": the session just talked about; right after
        # starting one ("Within that session, please produce …"): that one; anywhere else it is asked
        if state.memory.named_session:
            return state.memory.named_session
        if state.memory.session and not state.memory.last_generate and not state.memory.last_items:
            return CURRENT
        raise Reply("Which session is \"that session\"? Say its name. Nothing was changed.")
    if _PREVIOUS_SESSION.match(phrase):
        if not state.memory.previous_session:
            raise Reply("There is no earlier session in this conversation; name the one you mean.")
        return state.memory.previous_session
    for pattern in (_SESSION_WORDS, _NAMED, _SESSION_SUFFIX):
        match = pattern.match(phrase)
        if match:
            phrase = match.group(1)
            break
    if masked.only_quote(phrase.strip()) is None:
        if _BULK_NAME.match(phrase):
            raise Reply("I change one session at a time — name the session you mean.")
        if re.search(r"[?!]", phrase):  # "the harbour session? I am curious …": a second sentence is not part of a name
            before = re.split(r"\s*[?!]", phrase, maxsplit=1)[0].strip()
            return parse_session(before, masked, state) if before else None
    name = clean_name(phrase, masked)
    return name or None
