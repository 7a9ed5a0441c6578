"""Shared patterns and helpers for the planner's intent handlers.

``Clause`` (what a handler reads), the quote mark ``Q``, argument values and lists, the session a
clause names (``session_arg``, ``with_session_suffix``), link targets (project, campaign, folder),
paths, and the checks on asset titles that several domains share (``parse_assets``,
``check_asset_names``). Every domain module imports from here; this module imports no domain.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agent.planner import replies
from agent.planner.numbers import NUMBER, SMALL_COUNT, word_to_int
from agent.planner.plan import PlannerMemory, PlanState, Reply
from agent.planner.references import CURRENT, clean_name, parse_selection, parse_session
from agent.planner.text import Masked


I = re.IGNORECASE
Q = "\ue000\\d+\ue001"  # a masked quote


@dataclass
class Clause:
    text: str      # the whole clause, quotes masked
    masked: Masked  # to restore quoted text into argument values
    verb: str      # canonical verb key (see VERBS)
    rest: str      # what follows the verb word


# --- small helpers ----------------------------------------------------------------------------

def segment(text: str, markers: re.Pattern) -> tuple[str, list[tuple[str, str]]]:
    """Split ``text`` at marker phrases: (head, [(marker name, value up to the next marker)])."""
    found = list(markers.finditer(text))
    if not found:
        return text, []
    parts = []
    for position, match in enumerate(found):
        end = found[position + 1].start() if position + 1 < len(found) else len(text)
        parts.append((match.lastgroup, text[match.end():end]))
    return text[:found[0].start()], parts


def value_text(value: str, masked: Masked) -> str:
    """An argument value as written: a lone quote gives its inner text, other quotes keep their marks."""
    value = value.strip(" ,;:")
    quoted = masked.only_quote(value)
    if quoted is not None:
        return quoted.strip()
    return masked.restore(value, keep_marks=True).strip(" ,;:.!?")


def split_list(value: str, masked: Masked) -> list[str]:
    """'brand, blue and final' → ['brand', 'blue', 'final']."""
    parts = re.split(r"\s*(?:,|\band\b|&|\+)\s*", value.strip(" ,.;:"), flags=I)
    return [clean_name(p, masked) for p in parts if p.strip(" ,.;:")]


def session_arg(phrase: str | None, masked: Masked, state: PlanState) -> dict:
    """{} for the current session, {"session": name} for a named one."""
    if phrase is None:
        return {}
    ref = parse_session(phrase, masked, state)
    return {} if ref is CURRENT or ref is None else {"session": ref}


def first_int(value: str) -> int | None:
    match = re.match(rf"\s*({NUMBER})\b", value, I)
    return word_to_int(match.group(1)) if match else None


_SESSION_SUFFIX = re.compile(r"\s+(?:in|from|of)\s+(?!every\b|all\b|those\b|these\b|them\b|it\b)"
                             r"((?:the\s+)?(?:session\b|sesh\b).*|\S.*)$", I)


_SESSION_THEN_NUMBERS = re.compile(
    r"^(?:the\s+)?(?P<session>\ue000\d+\ue001|(?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z0-9])[\w'&-]*)*?)(?:\s+(?:session|sesh))?(?:'s)?\s+"
    r"(?P<items>(?:(?:numbers?|no\.?|images?|#)\s*)?#?\d{1,5}(?:\s*(?:,|and|&)\s*#?\d{1,5})*)$", I)


def with_session_suffix(phrase: str, state: PlanState, masked: Masked,
                        parse=parse_selection) -> tuple[object, dict] | None:
    """Parse a selection that may end in "in summer" / "from the session called X"."""
    refused = None
    try:
        selection = parse(phrase, state)
    except Reply as reply:  # "liked from Cat Mugs except 9": read again with the session taken out
        selection, refused = None, reply
    if selection is not None:
        return selection, {}
    for match in _SESSION_SUFFIX.finditer(phrase):
        head, tail = phrase[:match.start()], match.group(1)
        if re.match(r"^(?:the\s+)?(?:library|prompt|new|newest|latest|fresh)\b|^(?:em|'em|them|those|these|it|us|me)$", tail, I):
            continue  # ("both of the new ones" is no session called "new ones", "all of em" none called "em")
        # "everything in Spring Promo except 8": the exclusion belongs to the selection, not the name
        but = re.search(r"\s*,?\s+(?:except(?:\s+for)?|but\s+not|apart\s+from|other\s+than|excluding|minus)\s+(?P<rest>.+)$", tail, I)
        if but:
            selection = parse(f"{head} except {but.group('rest')}", state)
            if selection is not None:
                return selection, session_arg(tail[:but.start()], masked, state)
            continue
        selection = parse(head, state)
        if selection is not None:
            return selection, session_arg(tail, masked, state)
    named = _SESSION_THEN_NUMBERS.match(phrase.strip())
    if named:  # "Save Coffee Ads 2 to …", "Sneaker Drop 1 and 3": numbers of the session named just before them
        selection = parse(named.group("items"), state)
        if selection is not None:
            return selection, session_arg(named.group("session"), masked, state)
    if refused is not None:
        raise refused
    return None


# The words people write for each ("proyect", "projet": how Spanish and French speakers spell it)
_LINK_WORDS = {"project": r"(?:project|proyect|projet|projekt|proyecto)", "campaign": r"(?:campaign|campaing|campagne|campaña)",
               "folder": r"(?:folder|carpeta|dossier)"}
_LINK_TARGETS = tuple(
    # ("the same Characters folder": the one said before, by its name)
    # ("a new folder named Permanent Collection": made by the move if it is new anyway)
    (what, re.compile(rf"^(?:the\s+|a\s+|my\s+)?(?:(?-i:same)\s+|(?:brand\s+)?new\s+)?{word}\s*(?::\s*|\s(?:called\s+|named\s+|titled\s+)?)(.+)$"  # "campaign: Autumn Issue"
                      rf"|^(?:the\s+|my\s+)?(?:(?-i:same)\s+)?(.+?)\s+{word}$", I))
    for what, word in _LINK_WORDS.items()
)


def link_target(value: str, masked: Masked) -> tuple[str, str] | None:
    """'project Apollo' / 'the Retro project' → ('project', 'Apollo')."""
    # ("… into the Characters folder? Many thanks.": a polite request's question mark ends the place, as in clean_name)
    value = re.split(r"(?<=[?!])\s+(?=[A-Z])", value, maxsplit=1)[0].strip(" ,.;:!?")
    for what, pattern in _LINK_TARGETS:
        match = pattern.match(value)
        if match:
            name = match.group(1) or match.group(2)
            if re.search(r"\b(?:project|campaign|folder)\b", name, I) and re.search(r",|\band\b", name, I) and "\ue000" not in name:
                return None  # "the Black Friday campaign and the Harbor project": two targets, not one name
            return what, clean_name(name, masked)
    return None


def link_targets(value: str, masked: Masked) -> dict | None:
    """'the Black Friday campaign and the Harbor project' → {campaign: Black Friday, project: Harbor}."""
    single = link_target(value, masked)
    if single:
        return {single[0]: single[1]}
    parts = re.split(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+(?:(?:to|in|into)\s+)?)", value.strip(" ,.;:"), flags=I)
    found = [link_target(part, masked) for part in parts]
    if len(parts) < 2 or not all(found) or len({what for what, _ in found}) != len(found):
        return None
    return dict(found)


_IT_SESSION = re.compile(r"^(?:it|this|that|this one|(?:(?:this|the|current|the current|my|our)\s+)?(?:session|sesh)"
                         r"|(?:the\s+)?whole session)$", I)


def image_meant_by_it(rest: str, state: PlanState, verb: str) -> int | None:
    """"archive it" right after one image was named: in the same message ("I don't care for number 2. Please
    take it away.") that image; in the message before ("show me 6", then "archive it") the image or the
    session? Asked, never guessed — either reading changes data the other did not mean."""
    if not re.fullmatch(r"it|this|that|this\s+one|that\s+one", rest.strip(), I):
        return None
    if isinstance(state.mentioned, list) and len(state.mentioned) == 1 and type(state.mentioned[0]) is int \
            and verb != "delete":
        return state.mentioned[0]
    named = state.mentioned if isinstance(state.mentioned, list) and state.mentioned else \
        (state.memory.last_items if state.memory.items_were_named else [])
    if len(named) == 1 and type(named[0]) is int and verb == "delete":  # images are archived, never deleted
        raise Reply(f"The whole session? \"It\" came right after #{named[0]}, and images are archived rather than deleted: "
                    f"say \"archive {named[0]}\" or \"delete this session\". Nothing was changed.")
    if len(named) == 1 and type(named[0]) is int:
        raise Reply(f"{verb.capitalize()} #{named[0]}, or this whole session? Say \"{verb} {named[0]}\" or \"{verb} this "
                    "session\". Nothing was changed.")
    return None


_PATH = r"(?:~|\.{1,2}|[A-Za-z]:)?[/\\][^\s,;]*|~[^\s,;]*"


def parse_assets(phrase: str, masked: Masked, action: str = "tag", *, explicit: bool = False) -> list[str] | None:
    """Asset titles: quoted ('a', 'b' and 'c') or plain ("logo"). ``explicit``: the caller already saw
    "the asset(s)" — then only pronouns and bulk words are refused ("the asset final 2" is a title)."""
    explicit = explicit or bool(re.match(r"^(?:the\s+)?(?:assets?\b|files?\b|(?:ones?\s+)?(?:called|named|titled)\b)",
                                         phrase.strip(" ,.;:"), I))
    phrase = re.sub(r"^(?:the\s+)?(?:(?:assets?|files?)\s+)?(?:ones?\s+(?=called|named|titled))?"
                    r"(?:(?:called|named|titled)\s+)?", "", phrase.strip(" ,.;:"), flags=I)
    if not phrase:
        return None
    quoted = re.findall(Q, phrase)
    if quoted and not re.sub(rf"{Q}|,|\band\b|&|\s", "", phrase, flags=I):
        return [masked.only_quote(q) for q in quoted]
    names = split_list(phrase, masked) if not quoted else [clean_name(phrase, masked)]
    check_asset_names(phrase, masked, action, explicit=explicit)
    return names


# "all assets", "every file in the library", "everything except 'logo'": a bulk request, never a title.
_BULK_ASSETS = re.compile(
    r"^(?:all|every|each|everything|every\s*thing|the\s+whole|the\s+entire|whole|entire)"
    r"(?:\s+(?:of\s+)?(?:the|my|our|them|those|these|it))?"
    r"(?:\s+(?:assets?|files?|items?|things|stuff|library|images?|pictures?|photos?|ones))?"
    r"(?:\s+(?:in|from|of)\s+(?:the\s+|my\s+)?library)?"
    r"(?:\s+(?:but|except(?:\s+for)?|apart\s+from|other\s+than|besides)\b.*)?$", I)
# A pool big enough that any ordinal, "the rest" or "the one before" resolves: only the phrase's shape counts.
_ANY_POOL = PlanState(PlannerMemory(), pool=list(range(1, 1000)), mentioned=[500])
_KIND_WORDS = re.compile(r"\b(?:un-?liked|liked?|likes|favou?rites?|favou?rited|hearted|loved|selected|selection|picked)\b", I)
_KIND_SELECTION = re.compile(
    r"^(?:all )?(?:(?:of )?(?:the|my) )?(?:un-?liked|not liked|liked|likes|selected|selection|favou?rited|favou?rites"
    r"|hearted|loved|picked)"
    r"(?: ones?| images?| generations?| pictures?| pics?)?$", I)


def _is_reference(name: str) -> bool:
    """A pronoun or selection ("them", "it", "the liked ones", "3", "the rest"), not a title such as
    "first draft" or "favourite logo"."""
    name = re.sub(r"\s+", " ", name.strip())
    if _KIND_WORDS.search(name):
        return bool(_KIND_SELECTION.match(name))
    try:
        return parse_selection(name, _ANY_POOL.copy()) is not None
    except Reply:
        return False


def check_asset_names(phrase: str, masked: Masked, action: str, *, explicit: bool = False) -> None:
    """Asset titles are data: a pronoun, a selection or a bulk word in their place is refused with a reply
    (with partial title matching, "them" could match an asset called "anthem"). Quoted titles pass."""
    phrase = phrase.strip(" ,.;:!?")
    parts = [p.strip() for p in re.split(r"\s*(?:,|\band\b|&|\+)\s*", phrase, flags=I)]
    unquoted = [p for p in parts if p and "\ue000" not in p]
    bulk = "\ue000" not in phrase and bool(_BULK_ASSETS.match(phrase))
    looks_like = (lambda p: bool(_PRONOUN_ONLY.match(p))) if explicit else _is_reference
    if not bulk and not any(_BULK_ASSETS.match(p) or looks_like(p) for p in unquoted):
        return
    shown = masked.restore(phrase, keep_marks=True)
    if action == "delete":
        raise Reply(replies.BULK_DELETE if bulk or all(_BULK_ASSETS.match(p) for p in unquoted)
                    else replies.UNSAVE.format(phrase=shown))
    raise Reply(replies.ASSET_REFERENCE.format(phrase=shown, example=replies.ASSET_EXAMPLES.get(action, "")))


_PRONOUN_ONLY = re.compile(r"^(?:it|them|they|those|these|this|that|this one|that one|both(?: of them)?"
                           r"|all (?:of )?(?:them|those|these)|(?:those|these) ones)$", I)


# "everything in Launch", "the assets in the Hero Shots folder", "the two pics from the Launch folder":
# every asset of one folder (a count said is checked against the folder by the tool)
_IN_FOLDER = re.compile(
    r"^(?:(?:everything|every\s*thing|every\s+(?:asset|file|image)|(?:the\s+|all\s+(?:the\s+)?)?(?:stuff|things|items)|all(?:\s+(?:of\s+)?the)?"
    r"(?:\s+(?:assets|files|images|pictures|pics|photos|items|things))?"
    # ("the two", "2 images", "both": a count said as one; a bare "tag 3 in Launch" names no count)
    rf"|(?:the|all)\s+(?P<count>{SMALL_COUNT})(?:\s+(?:assets|files|images|pictures|pics|photos|items|ones))?"
    rf"|(?P<count2>{SMALL_COUNT})\s+(?:assets|files|images|pictures|pics|photos|items|ones)"
    r"|(?P<both>both)(?:\s+(?:of\s+)?(?:the\s+)?(?:assets|files|images|pictures|pics|photos|items|ones))?"
    r"|(?:the\s+)?(?:assets?|files?|images?|pictures?|pics|photos?|ones))\s+(?:(?:presently|currently|now)\s+)?"
    r"(?:in|from(?=\s+(?:the\s+|my\s+)?folder\b|.*\sfolder$))\s+"
    r"(?:the\s+|my\s+)?(?:folder\s+(?:called\s+|named\s+)?"
    r"(?P<named>.+)|(?P<before>.+?)\s+folder|(?P<bare>.+))"
    r"|(?:all\s+(?:of\s+)?)?(?:the\s+|my\s+)?(?P<owner>.+?)\s+folder(?:'s)?(?:\s+(?:assets|files|images|pictures|items|stuff|things"
    r"|contents))?)$", I)


def folder_scope(phrase: str, masked: Masked) -> dict | None:
    """{"in_folder": name} when ``phrase`` names every asset of one folder, else None."""
    match = _IN_FOLDER.match(phrase.strip(" ,.;:!?"))
    if not match:
        return None
    name = next(g for g in (match.group("named"), match.group("before"), match.group("bare"), match.group("owner")) if g)
    if re.search(r"\b(?:and|or|but|except|folders?)\b|,", name, I) and "\ue000" not in name:
        return None  # two folders, or an exception: not one folder's assets
    scope = {"in_folder": clean_name(name, masked)}
    said = (match.group("count") or match.group("count2") or "").lower()
    if said or match.group("both"):
        scope["folder_count"] = 2 if match.group("both") else int(said) if said.isdigit() else word_to_int(said)
    return scope
