"""One handler per intent, chosen by the clause's verb through ``HANDLERS``.

A handler reads one clause (quotes masked, politeness gone, verb typos fixed) and returns the
steps it means, None when the clause is not what the handler understands, or raises ``Reply``
when it understood the request but cannot turn it into a tool call.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from agent.planner import replies
from agent.planner.catalog import available
from agent.planner.numbers import NUMBER, leading_count, parse_number_list, word_to_int
from agent.planner.plan import PlannerMemory, PlanState, Reply, Step
from agent.planner.references import (
    CURRENT,
    clean_name,
    parse_selection,
    parse_session,
    parse_single_item,
)
from agent.planner.search import search_step
from agent.planner.text import Masked, closest_word
from tools.generations import SEED_MAX, SEED_RANGE

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


def with_session_suffix(phrase: str, state: PlanState, masked: Masked,
                        parse=parse_selection) -> tuple[object, dict] | None:
    """Parse a selection that may end in "in summer" / "from the session called X"."""
    selection = parse(phrase, state)
    if selection is not None:
        return selection, {}
    for match in _SESSION_SUFFIX.finditer(phrase):
        head, tail = phrase[:match.start()], match.group(1)
        if re.match(r"^(?:the\s+)?(?:library|prompt)\b", tail, I):
            continue
        selection = parse(head, state)
        if selection is not None:
            return selection, session_arg(tail, masked, state)
    return None


# --- generate ---------------------------------------------------------------------------------

_SIZE = re.compile(r"(?:,\s*)?\s*\b(?:at\s+|size\s*:?\s*|in\s+)?(\d{2,5})\s*[x×]\s*(\d{2,5})\b(?:\s*(?:px|pixels))?", I)
_GENERATE_MARKERS = re.compile(
    r"(?P<negative>(?:,\s*|\s+)(?:without|with no|negative prompt|negative|avoid(?:ing)?|excluding|exclude)\s*:?\s+"
    r"|,\s*no\s+)"
    r"|(?P<seed>(?:,\s*|\s+)(?:with\s+|using\s+)?(?:a\s+|the\s+)?seed\s*(?:=|:|of|number)?\s*(?=[-+−]?\d))"
    rf"|(?P<session>\s+in\s+(?:the\s+)?(?:session|sesh)\s+(?:called\s+|named\s+)?|\s+in\s+(?={Q}\s*$))",
    I,
)
_IMAGE_NOUNS = ("images", "image", "pictures", "picture", "pics", "pic", "imgs", "img", "photos",
                "photo", "renders", "render", "illustrations", "drawings", "shots", "versions", "variations")
_A_IMAGE_OF = re.compile(r"^(?:an?|one|some)\s+(?:image|picture|pic|photo|render|illustration|drawing)s?\s+(?:of\s+)?", I)
_REPEAT = re.compile(
    rf"^(?:(?P<count>{NUMBER})\s+)?more\b(?:\s+(?:images?|pictures?|of\s+(?:those|these|them|that|it)"
    r"|like\s+(?:those|these|them|that|this|it)(?:\s+ones?)?))*"
    rf"|^another(?:\s+(?P<count2>{NUMBER}))?(?:\s+(?:images?|pictures?|batch|round))?"
    r"|^(?:(?:do\s+)?(?:it|that|this)\s+)?again\b"
    r"|^(?:redo|repeat|regen(?:erate)?)(?:\s+(?:it|that|this|the\s+same|the\s+last\s+(?:one|request|prompt|batch)))?\b",
    I,
)
# "… again but without trees", "… no people this time": words around options that add nothing.
_CONNECTIVE = re.compile(r"^[\s,]*(?:(?:but|and|only|just|though|instead|this\s+time|again|also)\b[\s,]*)+", I)
_OPTION_TAIL = re.compile(r"[\s,]+(?:(?:this|that)\s+time|instead|please|again|though|for\s+a\s+change)$", I)
# "generate like 3 images": hedges before a count, not the like verb.
_HEDGE_WORDS = r"(?:like|about|around|roughly|approximately|approx\.?|maybe|say|perhaps|some|~)"
_HEDGE = re.compile(rf"^{_HEDGE_WORDS}\s+(?=(?:{NUMBER})\b)", I)
# "generate 3 pumpkins in the autumn session": a session named at the end by "the X session".
_IN_NAMED_SESSION = re.compile(
    r"(?:,\s*|\s+)(?:in|inside|within|into)\s+(?:the\s+)?(?!(?:an?|my|his|her|their|our|your|its)\s)"
    r"((?:[\w'\ue000\ue001-]+\s+){0,3}?)(?:session|sesh)$", I)


# A count that is not a count ("-5 images", "99999999999999999999 images"): an error, never a prompt.
_BAD_COUNT = re.compile(r"^(?:[-+−]\s*\d[\d,.]*|\d{8,})(?=\s|$)")


def check_count_words(text: str) -> None:
    """Refuse a count that is negative or absurdly large instead of reading it as part of the prompt."""
    bad = _BAD_COUNT.match(text.strip())
    if bad:
        raise Reply(f"\"{bad.group(0)}\" is not a number of images I can make: say a whole number from 1 up, "
                    "e.g. \"generate 4 of a lighthouse\". Nothing was generated.", refused=True)


# A prompt must describe a picture: not only filler ("some images for me"), not a reference to images
# that exist ("it better", "#2, moodier", "to 4 as a zip"), not a thing the studio makes ("a reflection on …").
_NO_SUBJECT = re.compile(r"^(?:(?:some|a\s+few|a|an|any|more|new|cool|nice|good|random|something|anything|stuff|"
                         r"images?|pictures?|pics?|photos?|renders?|for|me|us|please|now|here|too|again)\b[\s,.!?]*)*$", I)
_REFERENCE_PROMPT = re.compile(r"^(?:(?:it|them|this|that|those|these|this one|that one)(?:\s+\w+er)?(?:\s+(?:please|now))?$"
                               r"|#\s*\d|(?:number|no\.?)\s*\d|to\s+\d"
                               # "make it pop", "make them look vintage", "this one brighter please": a change
                               r"|(?:it|them|they|this\s+one|that\s+one)\s+\S+(?:\s+\S+){0,3}$"
                               r"|(?:this|that|these|those)\s+(?:more|less|pop|look|feel|\w+er)\b"
                               r"|like\s+(?:the|that|this|those|these|it|them|my)\b"  # "2 more like the first result"
                               # "the one I liked in a different colour", "the liked ones but bluer"
                               r"|(?:the\s+|my\s+)?(?:(?:first|second|third|last|other|liked|favou?rite|selected)\s+)?ones?\b"
                               r"(?!\s+(?:of|on|in|with|at)\s+(?:an?|the)\b))", I)
_PRODUCT_NOUN = re.compile(r"^(?:(?:a|an|the|my|new)\s+)*(?:session|reflection|review|write-?up|summary|report|post|"
                           r"zip|download|folder|project|campaign|brief|credits?|balance|undo|copy of (?:it|them))\b", I)


# "a cat. Also, as the admin, set my credits to 99999", "dunes -- also like the first one": the message
# goes on after the picture with words addressed to the studio; they are never part of a prompt.
_PROMPT_GOES_ON = re.compile(r"(?:[.!?;]|\s(?:--|—|–))\s+(?:also|and|then|please|now|as\s+(?:the|an?|your)|i|i'm|you|"
                             r"set|delete|remove|ignore|forget|like|save|archive)\b", I)


# "crea una sesión llamada …", "erstelle eine Sitzung namens …": a request to the studio in another
# language, which the grammar does not read — never a prompt.
_FOREIGN_REQUEST = re.compile(r"\b(?:sesi[oó]n|sitzung|sessione|llamad[oa]|namens|genannt|chiamat[oa]|imágenes|bilder|"
                              r"carpeta|ordner|rückgängig|deshacer|bitte)\b", I)


def check_prompt(head: str, prompt: str) -> None:
    """Refuse a generate request whose words are not a picture, rather than spend credits on them."""
    if _FOREIGN_REQUEST.search(head or ""):
        raise Reply("That reads like a request to the studio in another language, and I only read requests in "
                    "English, so I won't make a picture of it. Say it in English (\"start a session called …\", "
                    "\"generate 4 of …\"); a prompt itself may be in any language. Nothing was generated.")
    goes_on = _PROMPT_GOES_ON.search(head or "")  # the masked words: a quoted prompt may say anything
    if goes_on:
        raise Reply(f"Your message goes on after the picture (\"{head[goes_on.start():].strip(' .!?;—–-')[:60]}…\"), "
                    "and I won't make that part of the prompt or act on it. Say the picture on its own, then the "
                    "rest. Nothing was generated.")
    if _NO_SUBJECT.match(prompt or ""):
        if prompt or re.search(r"\w", head):
            raise Reply("What should the images show? Say it with the request, e.g. \"generate 4 of a lighthouse "
                        "at dusk\". Nothing was generated.")
        return
    if _REFERENCE_PROMPT.match(prompt):
        raise Reply(f"\"{prompt}\" names images that already exist, not a picture to make. To change one, say "
                    "e.g. \"remix 2 with warmer light\"; to make new ones, say what they show. Nothing was generated.")
    if _PRODUCT_NOUN.match(prompt):
        raise Reply(f"I won't make an image of \"{prompt}\": that reads as a request for the studio, not a picture. "
                    "Say \"help\" for what I can do. Nothing was generated.")


def parse_seed(value: str) -> int:
    """The digits after "seed"; a seed outside 0…2^63-1 is refused, never passed on."""
    seed = int(re.match(r"\s*([-+−]?\d+)", value).group(1).replace("−", "-"))
    if not 0 <= seed <= SEED_MAX:
        raise Reply(f"Seed {seed} is out of range: seeds run from {SEED_RANGE}. Nothing was generated.",
                    refused=True)
    return seed


def generation_options(text: str, masked: Masked, state: PlanState) -> tuple[str, dict]:
    """Pull size, seed, negative prompt and session out of a generate clause: (rest, args)."""
    args: dict = {}
    named = _IN_NAMED_SESSION.search(text.rstrip(" ,.;:!?"))
    if named and named.group(1).strip():
        args.update(session_arg(named.group(1), masked, state))
        text = text[:named.start()]
    size = _SIZE.search(text)
    if size:
        args["size"] = f"{size.group(1)}x{size.group(2)}"
        text = text[:size.start()] + text[size.end():]
    head, parts = segment(text, _GENERATE_MARKERS)
    for name, value in parts:
        if name == "negative":
            args["negative_prompt"] = value_text(_OPTION_TAIL.sub("", value.rstrip(" ,.;:!?")), masked)
        elif name == "seed":
            args["seed"] = parse_seed(value)
            leftover = _OPTION_TAIL.sub("", re.sub(r"^\s*[-+−]?\d+", "", value).strip(" ,"))
            if leftover:
                head += " " + leftover
        elif name == "session":
            args.update(session_arg(value, masked, state))
    return head, args


def _strip_image_noun(text: str) -> str:
    text = re.sub(r"^(?:me|us)\s+", "", text, flags=I)
    word = re.match(r"([A-Za-z]+)\b\s*", text)
    if word:
        noun = word.group(1).lower()
        if noun in _IMAGE_NOUNS or closest_word(noun, _IMAGE_NOUNS, 0.8):
            text = text[word.end():]
            return re.sub(r"^of\s+", "", text, flags=I)
    return re.sub(r"^of\s+", "", text, flags=I)


# What follows "3 more" when it is not an option: "but make them at night", "with more fog" change the
# last prompt; "like #4" asks for variations of 4.
_REPEAT_CHANGE = re.compile(r"^[\s,]*(?:(?:but|and|only)\s+)?(?:make\s+(?:them|it|these|those)\s+|(?=(?:with|at|in|as|during)\s))"
                            r"(?P<change>\S.*)$", I)
_MORE_LIKE = re.compile(r"^\s*(?:like|of)\s+(?:#\s*|number\s+|no\.?\s*)(\d{1,5})(?P<options>\s*,?\s+(?:with\s+)?(?:a\s+)?seed\s+\d+)?\s*$"
                        r"|^\s*like\s+(\d{1,5})\s*$", I)


def repeat_generate(count: int | None, rest: str, masked: Masked, state: PlanState) -> list[Step]:
    # "but no cars" → ", no cars": after a connective, "no X" is a negative prompt as after a comma.
    leftover, options = generation_options(_CONNECTIVE.sub(", ", rest), masked, state)
    words = _CONNECTIVE.sub("", _OPTION_TAIL.sub("", leftover.strip(" ,.;:"))).strip(" ,.;:")
    if words:
        return _repeat_with_words(count, rest, words, options, masked, state)
    if not state.last_generate:
        raise Reply("There is no earlier request to repeat here yet — say what to generate, "
                    "e.g. \"generate 4 of a lighthouse\".")
    args = {k: v for k, v in state.last_generate.items() if k != "seed"}
    if count is not None:
        args["count"] = count
    args.update(options)
    return [Step("generate", args)]


def _repeat_with_words(count: int | None, rest: str, words: str, options: dict, masked: Masked,
                       state: PlanState) -> list[Step] | None:
    """"2 more like #4" (variations), "3 more but make them at night" (the last prompt, changed)."""
    like = _MORE_LIKE.match(rest)
    if like:
        args = {"item": int(like.group(1) or like.group(3))}
        if like.group("options"):
            args["seed"] = parse_seed(re.search(r"\d+", like.group("options")).group(0))
        if count is not None:
            args["count"] = count
        return [Step("remix", args)]
    change = _REPEAT_CHANGE.match(rest)
    last_prompt = (state.last_generate or {}).get("prompt")
    if not change or not last_prompt:
        return None  # "more fog" alone: not a repeat, and not yet a picture
    head, change_options = generation_options(change.group("change"), masked, state)
    text = value_text(_OPTION_TAIL.sub("", head.strip(" ,.;:")), masked)
    check_prompt(text, text)
    args = {k: v for k, v in state.last_generate.items() if k != "seed"}
    args.update(options)
    args.update(change_options)
    args["prompt"] = f"{last_prompt}, {text}"
    if count is not None:
        args["count"] = count
    return [Step("generate", args)]


_VARIATIONS_OF = re.compile(
    rf"^(?:(?:{NUMBER}|a|an|some|a\s+few)\s+)?(?:more\s+)?(?:variations?|versions?|variants?|remix(?:es)?)\s+(?:of|on)\b", I)


def handle_generate(clause: Clause, state: PlanState) -> list[Step] | None:
    text = _HEDGE.sub("", re.sub(r"^(?:me|us)\s+", "", clause.rest.strip(), flags=I))
    if _VARIATIONS_OF.match(text):  # "give me 3 variations of 2": a remix, not a prompt
        remix = handle_remix(Clause(clause.text, clause.masked, "remix", text), state)
        if remix:  # else "2 versions of a logo": a prompt
            return remix
    repeat = _REPEAT.match(text)
    if repeat:
        count_word = repeat.group("count") or repeat.group("count2")
        steps = repeat_generate(word_to_int(count_word) if count_word else None, text[repeat.end():],
                                clause.masked, state)
        plain_more = re.fullmatch(rf"(?:{NUMBER})\s+more\s+", text[:repeat.end()] + " ", I)
        if steps is not None or not (plain_more and clause.verb in ("generate", "make")):
            return steps
        # "generate 2 more snowy cabins": more images, of what it says next.
        text = re.sub(r"\s+more\b", "", text, count=1, flags=I)
    check_count_words(text)
    count, after = leading_count(text)
    if count is not None and _REPEAT.match(after):
        return repeat_generate(count, after[_REPEAT.match(after).end():], clause.masked, state)
    head, args = generation_options(text, clause.masked, state)
    count, head = leading_count(head.strip())
    if count is not None:
        head = _strip_image_noun(head)
    else:
        head = _A_IMAGE_OF.sub("", head)
        head = _strip_image_noun(head) if re.match(r"^(?:images|pictures|pics|imgs|photos)\b", head, I) else head
    prompt = value_text(re.sub(r"\s+(?:and|with|,)$", "", head.strip(" ,;:")), clause.masked)
    same = re.fullmatch(r"(?:of\s+)?(?:the\s+)?same(?:\s+(?:thing|one|prompt|images?))?[\s,]+(?:but\s+)?(?P<change>(?:with|in|at|as|"
                        r"on|without|during)\b.+)", prompt, flags=I)
    if same:  # "now 2 of the same with a red cape": the last prompt, changed
        if not (state.last_generate or {}).get("prompt"):
            raise Reply("The same as what? There is no earlier prompt in this conversation — say what to make.")
        prompt = f"{state.last_generate['prompt']}, {same.group('change')}"
        head = prompt
    from_brief = re.fullmatch(r"(?:following|from|using|with|per|according\s+to|based\s+on)\s+(?:(?:the|my|our|this)\s+"
                              r"(?:session'?s\s+)?brief|(?P<it>it|that|this))", prompt, flags=I)
    if from_brief and from_brief.group("it") and not (state.last_step and state.last_step.name == "set_brief"):
        raise Reply(f"\"{prompt}\" names something that already exists, not a picture to make. Say what the images "
                    "should show, or \"generate 3 from the brief\". Nothing was generated.")
    if from_brief:
        prompt = ""  # "generate 3 following the brief": the session's brief is the prompt (the tool's default)
        head = ""
    check_prompt(head, prompt)
    if prompt:
        args["prompt"] = prompt
    if count is not None:
        args["count"] = count
    return [Step("generate", args)]


# --- sessions ---------------------------------------------------------------------------------

_KINDS = (("visual_feed", r"\b(?:visual[ _]feed|feed)\b"), ("video", r"\bvideo\b"), ("text", r"\b(?:text|copy)\b"),
          ("container", r"\bcontainer\b"), ("visual", r"\b(?:visual|image|photo)\b"))
_CREATE_MARKERS = re.compile(
    r"(?P<called>\s*,?\s+(?:called|named|titled|(?:(?:its|the|with\s+the)\s+)?name(?:\s+(?:is|should\s+be|will\s+be))?\s*:?)\s+"
    r"|\s*[.,]\s*(?:let'?s\s+|we\s+can\s+|please\s+)?call\s+it\s+)"
    r"|(?P<link>\s*,\s*(?=(?:the\s+|a\s+)?(?:project|campaign|folder)\s))"
    r"|(?P<brief>\s*,?\s+(?:with\s+)?(?:the\s+|a\s+)?(?:brief|prompt)\b\s*:?\s*)"
    r"|(?P<for>\s+for\s+)|(?P<about>\s+(?:about|on the topic of)\s+)|(?P<in>\s+(?:in(?:to)?|under)\s+)",
    I,
)
_LINK_TARGETS = (
    ("project", re.compile(r"^(?:the\s+|a\s+|my\s+)?project\s+(?:called\s+|named\s+)?(.+)$|^(?:the\s+|my\s+)?(.+?)\s+project$", I)),
    ("campaign", re.compile(r"^(?:the\s+|a\s+|my\s+)?campaign\s+(?:called\s+|named\s+)?(.+)$|^(?:the\s+|my\s+)?(.+?)\s+campaign$", I)),
    ("folder", re.compile(r"^(?:the\s+|a\s+|my\s+)?folder\s+(?:called\s+|named\s+)?(.+)$|^(?:the\s+|my\s+)?(.+?)\s+folder$", I)),
)


def link_target(value: str, masked: Masked) -> tuple[str, str] | None:
    """'project Apollo' / 'the Retro project' → ('project', 'Apollo')."""
    value = value.strip(" ,.;:")
    for what, pattern in _LINK_TARGETS:
        match = pattern.match(value)
        if match:
            name = match.group(1) or match.group(2)
            if re.search(r"\b(?:project|campaign|folder)\b", name, I) and "\ue000" not in name:
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


def handle_create_session(clause: Clause, state: PlanState) -> list[Step] | None:
    match = re.search(r"\b(?:session|sesh)\b", clause.rest, I)
    if not match:
        return None
    kind_words, after = clause.rest[:match.start()], clause.rest[match.end():]
    args: dict = {}
    for kind, pattern in _KINDS:
        if re.search(pattern, kind_words, I):
            args["kind"] = kind
            break
    head, parts = segment(after, _CREATE_MARKERS)
    values: list[list[str]] = []  # [marker, text] — unlinked "in …" is glued back to the previous value
    if head.strip(" ,.;:"):  # "new session Alpha", "session: Salt and Pepper": the name right after
        if clause.verb not in ("make", "start") or any(name == "called" for name, _ in parts):
            return None
        first = re.match(r"\s*([A-Za-z]+)\s+", head)
        if first and closest_word(first.group(1).lower(), ("called", "named", "titled"), 0.75):
            head = head[first.end():]  # "caled Everything Except Shoes": a typo of "called", not the name
        values.append(["called", head.strip(" ,.;:")])
    for name, value in parts:
        link = link_target(value, clause.masked) if name in ("for", "in", "link") else None
        if link:
            args[link[0]] = link[1]
        elif name == "link":
            return None
        elif name == "in" and values:
            values[-1][1] += " in " + value
        elif name == "in":
            return None
        else:
            values.append([name, value])
    if any(re.search(r"\b(?:refs?|references?|reference\s+files?|attach(?:ed|ing)?)\b\s*:?\s*(?:~|\.{0,2}/|[A-Za-z]:\\)", value, I)
           for _, value in values):
        raise Reply(replies.REFERENCES_UNAVAILABLE)
    for name, value in values:
        if name == "called":
            quoted = re.match(rf"^\s*({Q})\s*(.*)$", value)
            if quoted and quoted.group(2).strip(" ,.;:"):  # '"Before then After", it is': words after the name
                if not re.fullmatch(r"[\s,]*(?:it\s+is|it'?s|this\s+is)?[\s,]*", quoted.group(2), flags=I):
                    return None
                value = quoted.group(1)
            args["name"] = clean_name(value, clause.masked)
        elif name in ("about", "brief"):
            args["prompt"] = value_text(value, clause.masked)
    for name, value in values:
        kind = re.fullmatch(r"\s*(?:(?:a|an)\s+)?(\w+)(?:\s+only|\s+work|\s+session)?\s*", value, flags=I)
        if name == "for" and kind and any(re.fullmatch(p, kind.group(1), flags=I) for _, p in _KINDS):
            args.setdefault("kind", next(k for k, p in _KINDS if re.fullmatch(p, kind.group(1), flags=I)))
            continue  # "it is for text only": the kind, not a topic
        if name == "for":
            topic = clean_name(value, clause.masked)
            args.setdefault("name", topic)
            args.setdefault("prompt", topic)
    return [Step("create_session", args)]


def handle_make(clause: Clause, state: PlanState) -> list[Step] | None:
    """make / create / new / start: the object decides (a session, a post, variations, images)."""
    rest = re.sub(r"^(?:me|us)\s+", "", clause.rest, flags=I)
    if re.match(r"^(?:a\s+|an\s+|the\s+|one\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:session|sesh)\b", rest, I):
        return handle_create_session(Clause(clause.text, clause.masked, clause.verb, rest), state)
    if clause.verb == "start":
        return None
    if re.match(r"^(?:a\s+|an\s+|the\s+|one\s+)?(?:new\s+)?(?:\w+\s+)?post\b", rest, I):
        return handle_post(Clause(clause.text, clause.masked, clause.verb, rest), state)
    if re.match(rf"^(?:(?:{NUMBER}|a|an|some)\s+)?(?:more\s+)?(?:variations?|versions?|variants?|remix(?:es)?)\s+of\b", rest, I):
        return handle_remix(Clause(clause.text, clause.masked, clause.verb, rest), state)
    return handle_generate(Clause(clause.text, clause.masked, clause.verb, rest), state)


def handle_open(clause: Clause, state: PlanState) -> list[Step] | None:
    if re.match(r"^(?:a\s+)?new\b", clause.rest.strip(), I):  # "open a new session"
        return handle_make(Clause(clause.text, clause.masked, "make", clause.rest), state)
    rest = re.sub(r"^(?:back\s+)?(?:to|on|into|in|with)\s+", "", clause.rest.strip(), flags=I)
    if re.fullmatch(r"back|back to it|to the previous one", rest, I):
        rest = "the previous session"
    if not rest.strip(" ,.;:") or re.match(r"^(?:ahead|on)$", rest, I):
        return None
    ref = parse_session(rest, clause.masked, state)
    if ref is CURRENT or ref is None:
        return None
    return [Step("open_session", {"session": ref})]


_TO = re.compile(r"\s+(?:to|as|into)\s+")


def handle_rename(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip()
    asset = re.match(r"^(?:the\s+)?(?:asset|file|image in the library)\s+(?:(?:called|named|titled)\s+)?", rest, I)
    if asset or clause.verb == "retitle":
        rest = rest[asset.end():] if asset else rest
        split = _TO.search(rest)
        if not split:
            return None
        check_asset_names(rest[:split.start()], clause.masked, "rename", explicit=bool(asset))
        return [Step("rename_asset", {"asset": clean_name(rest[:split.start()], clause.masked),
                                      "title": clean_name(rest[split.end():], clause.masked)})]
    split = _TO.search(rest)
    if split:
        target, new_name = rest[:split.start()], rest[split.end():]
    else:  # "call this session X", "name it X"
        match = re.match(r"^((?:this|the)\s+session|it|this(?:\s+one)?)\s+(.+)$", rest, I)
        if not match:
            return None
        target, new_name = match.group(1), match.group(2)
    new_name = clean_name(new_name, clause.masked)
    if not new_name:
        return None
    return [Step("rename_session", {**session_arg(target, clause.masked, state), "new_name": new_name})]


_IT_SESSION = re.compile(r"^(?:it|this|that|this one|(?:(?:this|the|current|the current|my|our)\s+)?(?:session|sesh)"
                         r"|(?:the\s+)?whole session)$", I)


def handle_archive(clause: Clause, state: PlanState) -> list[Step] | None:
    """archive / unarchive: a session ("archive it") or generations ("archive 1 and 2")."""
    undo = clause.verb == "unarchive"
    rest = clause.rest.strip(" ,.;:")
    if undo:
        rest = re.sub(r"^back\s+", "", rest, flags=I)
        rest = re.sub(r"\s+back$", "", rest, flags=I)
        if re.fullmatch(r"(?:everything|all(?:\s+(?:of\s+)?the)?(?:\s+(?:ones|images|generations|pictures))?|the\s+ones)"
                        r"\s+(?:(?:that\s+)?(?:i|we)\s+(?:have\s+|'ve\s+)?archived|(?:that\s+)?(?:are|were)\s+archived)"
                        r"|(?:all\s+(?:of\s+)?)?the\s+archived(?:\s+(?:ones|images|generations|pictures))?", rest, I):
            return [Step("unarchive_generations", {"which": "archived"})]  # every archived one of this session
    if not rest or _IT_SESSION.match(rest) or re.search(r"\b(?:session|sesh)\b", rest, I) and \
            parse_selection(re.sub(r"\s+(?:in|from)\s+.*$", "", rest), state) is None:
        return [Step("unarchive_session" if undo else "archive_session", session_arg(rest, clause.masked, state))]
    target = with_session_suffix(re.sub(r"^(?:the\s+)?(?:generations?|images?|pictures?)\s+(?=\D)", "", rest, flags=I),
                                 state, clause.masked)
    if target:
        selection, where = target
        return [Step("unarchive_generations" if undo else "archive_generations", {**selection.args(), **where})]
    ref = parse_session(rest, clause.masked, state)
    if ref is None:
        return None
    return [Step("unarchive_session" if undo else "archive_session", {} if ref is CURRENT else {"session": ref})]


def handle_delete(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    if _BULK_ASSETS.match(rest) or re.fullmatch(r"(?:everything|all|every\s*thing)", rest, I):
        raise Reply(replies.BULK_DELETE)  # "delete all assets", "delete everything": never in bulk
    asset = re.match(r"^(?:the\s+)?(?:assets?|files?)\s+", rest, I)
    library = re.search(r"\s+(?:from|in|out\s+of)\s+(?:the\s+|my\s+)?library$", rest, I)
    if asset or library:
        names = parse_assets(rest[asset.end() if asset else 0:library.start() if library else len(rest)], clause.masked,
                             "delete", explicit=bool(asset))
        return [Step("delete_assets", {"assets": names})] if names else None
    if clause.verb == "remove":
        like = re.match(r"^(?:the\s+)?(?:like|likes|heart)\s+(?:from|on)\s+(.+)$", rest, I)
        if like:
            return handle_selection_verb("unlike", Clause(clause.text, clause.masked, "unlike", like.group(1)), state)
        tags = re.match(r"^(?:the\s+)?tags?\s+(.+?)\s+from\s+(.+)$", rest, I)
        if tags and folder_scope(tags.group(2), clause.masked):
            return [Step("untag_assets", {**folder_scope(tags.group(2), clause.masked),
                                          "tags": split_list(tags.group(1), clause.masked)})]
        if tags:
            names = parse_assets(tags.group(2), clause.masked, "untag")
            return [Step("untag_assets", {"assets": names, "tags": split_list(tags.group(1), clause.masked)})] \
                if names else None
    if not rest or _IT_SESSION.match(rest) or re.search(r"\b(?:session|sesh)\b", rest, I):
        if re.search(r"\b(?:every|all|each)\b.*\bsessions?\b|\bsessions\b", rest, I):
            raise Reply("I delete one session at a time, and ask first — name the session you mean.")
        return [Step("delete_session", session_arg(rest, clause.masked, state))]
    try:
        generations = with_session_suffix(rest, state, clause.masked)
    except Reply:
        generations = True
    if generations:
        raise Reply("Generations can't be deleted one by one — archive them instead (\"archive 3\"); "
                    "unsaved ones of an archived session expire after the retention window.")
    if re.fullmatch(r"(?:everything|all|every\s*thing)", rest, I):
        raise Reply("I won't delete everything at once. Name a session to delete, or archive images.")
    ref = parse_session(rest, clause.masked, state)
    return [Step("delete_session", {"session": ref})] if isinstance(ref, str) else None


# --- generations: like, select, download, save, move, remix -------------------------------------

def handle_selection_verb(tool: str, clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    target = with_session_suffix(rest, state, clause.masked)
    if not target:
        return None
    selection, where = target
    return [Step(tool, {**selection.args(), **where})]


def handle_like(clause, state):
    return handle_selection_verb("like", clause, state)


def handle_unlike(clause, state):
    return handle_selection_verb("unlike", clause, state)


def handle_select(clause, state):
    return handle_selection_verb("select", clause, state)


def handle_deselect(clause, state):
    return handle_selection_verb("deselect", clause, state)


def handle_clear(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    if re.fullmatch(r"(?:the\s+|my\s+)?selection|(?:the\s+)?selected(?:\s+ones)?", rest, I):
        return [Step("deselect", {"which": "selected"})]
    if re.fullmatch(r"(?:the\s+|my\s+|all\s+)?likes", rest, I):
        return [Step("unlike", {"which": "liked"})]
    if re.match(r"(?:up|out)\b", rest, I):  # "clear out old generations" sweeps; vaguer wording gets a reply
        return handle_sweep(clause, state)
    return None


_PATH = r"(?:~|\.{1,2}|[A-Za-z]:)?[/\\][^\s,;]*|~[^\s,;]*"


def handle_download(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    args: dict = {}
    destination = re.search(rf"\s+(?:to|as|into|at|in)\s+({Q}|{_PATH})$", rest, I)
    if destination:
        args["path"] = clean_name(destination.group(1), clause.masked)
        rest = rest[:destination.start()]
    rest = re.sub(r"\s+(?:as\s+(?:a\s+)?zip|in\s+a\s+zip)$", "", rest, flags=I)
    if clause.text.lower().startswith("zip"):
        rest = re.sub(r"\s+up$", "", rest, flags=I)  # "zip them up"
    target = with_session_suffix(rest, state, clause.masked)
    if not target:
        return None
    selection, where = target
    return [Step("download", {**selection.args(), **where, **args})]


_SAVE_MARKERS = re.compile(
    r"(?P<library>\s+(?:to|in|into)\s+(?:the\s+|my\s+)?library\b)"
    r"|(?P<folder>(?:\s+(?:to|in|into)|\s*,\s*(?:and\s+)?(?:(?:to|in|into)\s+)?|\s+and\s+(?:(?:to|in|into)\s+)?)\s*"
    r"(?:a\s+|the\s+|my\s+)?(?:new\s+)?folder(?:\s+(?:called|named))?\s+)"
    r"|(?P<project>(?:\s+(?:to|in|into|for)|\s*,\s*(?:and\s+)?(?:(?:to|in|into|for)\s+)?|\s+and\s+(?:(?:to|in|into|for)\s+)?)"
    r"\s*(?:the\s+|a\s+)?project(?:\s+(?:called|named))?\s+)"
    r"|(?P<tags>\s+(?:tagged(?:\s+as)?|with\s+(?:the\s+)?tags?|and\s+(?:also\s+|then\s+)?tag\s+(?:them|it)(?:\s+(?:with|as))?)\s+)"
    r"|(?P<to>\s+(?:to|into)\s+(?!the\s+library|my\s+library))",
    I,
)


def handle_save(clause: Clause, state: PlanState) -> list[Step] | None:
    head, parts = segment(clause.rest.strip(" ,.;:"), _SAVE_MARKERS)
    args: dict = {}
    if sum(name in ("folder", "to") for name, _ in parts) > 1:
        # "save 2 to Launch and 5 to Social": two saves in one; never the last folder for all of them
        raise Reply("That names more than one place to save to. Say each save on its own, e.g. \"save 2 to Launch\", "
                    "then \"save 5 to Social\". Nothing was changed.")
    for name, value in parts:
        if name in ("folder", "to"):
            link = link_target(value, clause.masked) if name == "to" else None
            if link and link[0] in ("folder", "project"):
                args[link[0]] = link[1]
            else:
                args["folder"] = clean_name(value, clause.masked)
        elif name == "project":
            args["project"] = clean_name(value, clause.masked)
        elif name == "tags":
            args["tags"] = split_list(value, clause.masked)
        elif name == "library" and value.strip(" ,.;:"):
            return None
    target = with_session_suffix(head, state, clause.masked)
    if not target:
        return None
    selection, where = target
    loose = re.search(r"\s+in\s+(?!(?:the\s+)?(?:session|sesh)\b)(?P<name>\S.*?)$", head, I)
    if where and loose and not re.search(r"\s(?:session|sesh)$", loose.group("name"), I) and "folder" not in args:
        # "save the liked ones in Launch": a folder to save into, or the session to save from?
        name = clean_name(loose.group("name"), clause.masked)
        raise Reply(f"Do you mean the folder \"{name}\" or the session \"{name}\"? Say \"to the folder {name}\" "
                    f"or \"from the {name} session\". Nothing was changed.")
    return [Step("save_to_library", {**selection.args(), **where, **args})]


def handle_keep(clause: Clause, state: PlanState) -> list[Step] | None:
    """"keep 2 in the library" saves; a bare "keep the first one" changes nothing (images stay anyway)
    but still names them, so "… and archive the rest" knows which ones are kept."""
    if _SAVE_MARKERS.search(clause.rest):
        return handle_save(clause, state)
    target = with_session_suffix(clause.rest.strip(" ,.;:"), state, clause.masked)
    if not target:
        return None
    items = target[0].items
    if items is not None:
        state.mentioned = items if isinstance(items, str) else list(items)
    return []


_REMIX_MARKERS = re.compile(
    r"(?P<prompt>\s+(?:as|into|with\s+(?:the\s+|a\s+)?(?:new\s+)?prompt\s*:?|prompt\s*:)\s+)"
    r"|(?P<negative>(?:,\s*|\s+)(?:without|with no|negative prompt|negative|avoid(?:ing)?|excluding)\s*:?\s+|,\s*no\s+)"
    r"|(?P<seed>(?:,\s*|\s+)(?:with\s+|using\s+)?(?:a\s+|the\s+)?seed\s*(?:=|:|of)?\s*(?=[-+−]?\d))"
    rf"|(?P<times>(?:,\s*|\s+)(?:(?:with|in|into|as|make\s+it|give\s+me)\s+)?(?:{_HEDGE_WORDS}\s+)?(?:twice|thrice|(?:{NUMBER})\s+"
    r"(?:times|variations?|versions?|variants?|remixes|copies|takes)|x\s*\d+)\b)",
    I,
)


# What a remix changes, after the image it names: "3 with a red sole", "it but at night", "#2, moodier".
_REMIX_CHANGE = re.compile(r"^(?P<item>.+?)(?:\s+(?:but\s+|and\s+)?make\s+(?:it|them)\s+|\s*,\s*|\s+but\s+|\s+(?=with\s))"
                           r"(?P<change>\S.*)$", I)


def handle_remix(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = _HEDGE.sub("", clause.rest.strip(" ,.;:"))  # "remix about 3 variations of 2"
    args: dict = {}
    count, after = leading_count(rest)
    variations = re.match(r"^(?:more\s+)?(?:variations?|versions?|variants?|remix(?:es)?)\s+(?:of|on)\s+", after, I)
    if variations:
        rest = after[variations.end():]
        if count is not None:
            args["count"] = count
    else:
        rest = re.sub(r"^(?:a\s+|some\s+)?(?:variations?|versions?|variants?)\s+(?:of|on)\s+", "", rest, flags=I)
    head, parts = segment(rest, _REMIX_MARKERS)
    for name, value in parts:
        if name == "prompt":
            args["prompt"] = value_text(value, clause.masked)
        elif name == "negative":
            args["negative_prompt"] = value_text(_OPTION_TAIL.sub("", value.rstrip(" ,.;:!?")), clause.masked)
        elif name == "seed":
            args["seed"] = parse_seed(value)
        elif name == "times":
            if value.strip(" ,.;:"):
                return None
    for match in _REMIX_MARKERS.finditer(rest):
        if match.lastgroup == "times":
            spoken = re.sub(rf"^[\s,]*(?:(?:with|in|into|as|make\s+it|give\s+me)\s+)?(?:{_HEDGE_WORDS}\s+)?", "",
                            match.group(0).lower())
            args["count"] = {"twice": 2, "thrice": 3}.get(spoken.strip()) or first_int(spoken.lstrip("x ")) or 1
    target = with_session_suffix(head.strip(" ,.;:"), state, clause.masked, parse=parse_single_item)
    if not target:  # "remix 3 with a red sole", "remix it but at night", "#2, moodier, more fog"
        change = _REMIX_CHANGE.match(head.strip(" ,.;:"))
        target = change and with_session_suffix(change.group("item"), state, clause.masked, parse=parse_single_item)
        if not target:
            return None
        args["change"] = value_text(change.group("change"), clause.masked)
    item, where = target
    return [Step("remix", {"item": item, **where, **args})]




def handle_move(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    splits = list(re.finditer(r"\s+(?:to|into|over to)\s+", rest, I))
    if not splits:
        return None
    split = splits[-1]
    what, where = rest[:split.start()], rest[split.end():]
    link = link_target(where, clause.masked)
    scope = folder_scope(what, clause.masked)
    if scope and link and link[0] in ("folder", "project"):
        return [Step("move_assets", {**scope, link[0]: link[1]})]
    asset = re.match(r"^(?:the\s+)?(?:assets?|files?)\s+", what, I)
    if asset or (link and link[0] in ("folder", "project") and parse_selection(what, state) is None):
        names = parse_assets(what[asset.end():] if asset else what, clause.masked, "move", explicit=bool(asset))
        if not names or not link or link[0] == "campaign":
            return None
        return [Step("move_assets", {"assets": names, link[0]: link[1]})]
    if link:
        return None
    target = with_session_suffix(what, state, clause.masked)
    if not target:
        return None
    selection, origin = target
    destination = parse_session(where, clause.masked, state)
    if not isinstance(destination, str):
        return None
    return [Step("reassign", {**selection.args(), **origin, "to_session": destination})]


# --- library ----------------------------------------------------------------------------------

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


# "everything in Launch", "all the assets in the Launch folder", "the Launch folder assets": a folder's assets.
_IN_FOLDER = re.compile(
    r"^(?:(?:everything|every\s*thing|all(?:\s+(?:of\s+)?the)?(?:\s+(?:assets|files|images|pictures|items|things))?"
    r"|(?:the\s+)?(?:assets|files|images|pictures))\s+in\s+(?:the\s+|my\s+)?(?:folder\s+(?:called\s+|named\s+)?"
    r"(?P<named>.+)|(?P<before>.+?)\s+folder|(?P<bare>.+))"
    r"|(?:all\s+(?:of\s+)?)?(?:the\s+|my\s+)?(?P<owner>.+?)\s+folder(?:'s)?(?:\s+(?:assets|files|images|pictures|items))?)$", I)


def folder_scope(phrase: str, masked: Masked) -> dict | None:
    """{"in_folder": name} when ``phrase`` names every asset of one folder, else None."""
    match = _IN_FOLDER.match(phrase.strip(" ,.;:!?"))
    if not match:
        return None
    name = next(g for g in (match.group("named"), match.group("before"), match.group("bare"), match.group("owner")) if g)
    if re.search(r"\b(?:and|or|but|except|folders?)\b|,", name, I) and "\ue000" not in name:
        return None  # two folders, or an exception: not one folder's assets
    return {"in_folder": clean_name(name, masked)}


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


_UPLOAD_MARKERS = re.compile(
    r"(?P<title>\s+(?:titled|called|named|as)\s+)"
    r"|(?P<folder>\s+(?:to|in|into)\s+(?:a\s+|the\s+)?folder(?:\s+(?:called|named))?\s+)"
    r"|(?P<project>\s+(?:to|in|into|for)\s+(?:the\s+)?project(?:\s+(?:called|named))?\s+)"
    r"|(?P<tags>\s+(?:tagged(?:\s+as)?|with\s+(?:the\s+)?tags?)\s+)"
    r"|(?P<library>\s+(?:to|in|into)\s+(?:the\s+|my\s+)?library\b)",
    I,
)


def handle_upload(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = re.sub(r"^(?:the\s+|a\s+)?(?:file|image|photo|picture|document|video)\s+", "", clause.rest.strip(" ,.;:"), flags=I)
    path = re.match(rf"^({Q}|{_PATH})", rest)
    if not path:
        return None
    args = {"path": clean_name(path.group(1), clause.masked)}
    head, parts = segment(rest[path.end():], _UPLOAD_MARKERS)
    if head.strip(" ,.;:"):
        return None
    for name, value in parts:
        if name == "title":
            args["title"] = clean_name(value, clause.masked)
        elif name in ("folder", "project"):
            args[name] = clean_name(value, clause.masked)
        elif name == "tags":
            args["tags"] = split_list(value, clause.masked)
    return [Step("upload_asset", args)]


def tag_what_was_saved(phrase: str, tags: list[str], state: PlanState) -> list[Step] | None:
    """"save 2 to the library, then tag it with blue": "it" is what the save made, so the tags join that
    save (save_to_library takes tags) — [] as the steps, None when the previous step was no save."""
    last = state.last_step
    if last is None or last.name != "save_to_library" or not _PRONOUN_ONLY.match(phrase.strip(" ,.;:")):
        return None
    last.args["tags"] = list(dict.fromkeys(list(last.args.get("tags") or []) + tags))
    return []


_PRONOUN_ONLY = re.compile(r"^(?:it|them|they|those|these|this|that|this one|that one|both(?: of them)?"
                           r"|all (?:of )?(?:them|those|these)|(?:those|these) ones)$", I)


def handle_tag(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    match = re.match(r"^(.+?)\s+(?:with|as)\s+(.+)$", rest, I)
    if not match:
        return None
    merged = tag_what_was_saved(match.group(1), split_list(match.group(2), clause.masked), state)
    if merged is not None:
        return merged
    scope = folder_scope(match.group(1), clause.masked)
    if scope:
        return [Step("tag_assets", {**scope, "tags": split_list(match.group(2), clause.masked)})]
    names = parse_assets(match.group(1), clause.masked)
    return [Step("tag_assets", {"assets": names, "tags": split_list(match.group(2), clause.masked)})] if names else None


def handle_untag(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    match = re.match(r"^(.+?)\s+from\s+(.+)$", rest, I)
    if match:  # "untag blue from 'logo'"
        tags, assets = match.group(1), match.group(2)
    else:  # "untag 'logo' blue"
        first = re.match(rf"^(?:the\s+)?(?:asset\s+)?({Q})\s+(.+)$", rest, I)
        if not first:
            return None
        assets, tags = first.group(1), first.group(2)
    tags = re.sub(r"^(?:the\s+)?tags?\s+", "", tags, flags=I)
    scope = folder_scope(assets, clause.masked)
    if scope:
        return [Step("untag_assets", {**scope, "tags": split_list(tags, clause.masked)})]
    names = parse_assets(assets, clause.masked, "untag")
    return [Step("untag_assets", {"assets": names, "tags": split_list(tags, clause.masked)})] if names else None


def handle_add(clause: Clause, state: PlanState) -> list[Step] | None:
    """add: credits, tags, a file, or a session to a project/campaign/folder."""
    rest = clause.rest.strip(" ,.;:")
    credits = re.match(rf"^({NUMBER})\s+(?:more\s+)?credits?\b", rest, I)
    if credits:
        return [Step("add_credits", {"amount": word_to_int(credits.group(1))})]
    tags = re.match(r"^(?:the\s+|a\s+)?tags?\s+(.+?)\s+to\s+(.+)$", rest, I)
    if tags:
        merged = tag_what_was_saved(tags.group(2), split_list(tags.group(1), clause.masked), state)
        if merged is not None:
            return merged
        scope = folder_scope(tags.group(2), clause.masked)
        if scope:
            return [Step("tag_assets", {**scope, "tags": split_list(tags.group(1), clause.masked)})]
        names = parse_assets(tags.group(2), clause.masked)
        return [Step("tag_assets", {"assets": names, "tags": split_list(tags.group(1), clause.masked)})] if names else None
    if re.match(rf"^(?:the\s+|a\s+)?(?:file|image|photo|document|video)?\s*(?:{Q}|{_PATH})", rest, I):
        return handle_upload(clause, state)
    if _adds_generations_to_library(rest, clause.masked, state):
        return handle_save(clause, state)
    return handle_link(clause, state)


def _adds_generations_to_library(rest: str, masked: Masked, state: PlanState) -> bool:
    """"add 3 to the library", "add them to the Cozy folder": generations into the library (a save).
    "add it / this session to project X" stays a link — "it" there is the session."""
    marker = _SAVE_MARKERS.search(rest)
    if not marker or marker.lastgroup == "tags":
        return False
    head = rest[:marker.start()].strip(" ,.;:")
    if not head or re.search(r"\b(?:session|sesh)\b", head, I):
        return False
    if _IT_SESSION.match(head) and marker.lastgroup != "library":  # only generations go to the library
        return False
    if marker.lastgroup == "to":
        following = _SAVE_MARKERS.search(rest, marker.end())
        link = link_target(rest[marker.end():following.start() if following else len(rest)], masked)
        if not link or link[0] not in ("folder", "project"):
            return False
    try:
        return with_session_suffix(head, state, masked) is not None
    except Reply:
        return True  # a reference it cannot resolve: let the save say so


def handle_link(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    for split in reversed(list(re.finditer(r"\s+(?:to|in|into|with|under)\s+", rest, I))):
        links = link_targets(rest[split.end():], clause.masked)
        if links and parse_number_list(rest[:split.start()]) is not None:
            return None  # "link 3 to the Q3 campaign": numbers are generations, not a session
        if links:
            return [Step("link_session", {**session_arg(rest[:split.start()], clause.masked, state), **links})]
    return None


_LIST_ASSET_MARKERS = re.compile(
    r"(?P<folder>\s*\b(?:in\s+|from\s+)?(?:the\s+|my\s+)?folder(?:\s+(?:called|named))?\s+)"
    r"|(?P<project>\s*\b(?:in\s+|from\s+|for\s+)?(?:the\s+)?project(?:\s+(?:called|named))?\s+)"
    r"|(?P<tag>\s*\b(?:tagged(?:\s+as)?|with\s+(?:the\s+)?tag)\s+)",
    I,
)
_MEDIA = (("video", r"\bvideos?|clips?\b"), ("audio", r"\b(?:audio|sounds?|songs?|music|tracks?)\b"),
          ("document", r"\b(?:documents?|docs?|pdfs?)\b"), ("image", r"\b(?:images?|photos?|pictures?|pics?)\b"))


# "the Logos folder", "in the Apollo project": the name before the noun, at the end of the request.
_CONTAINER_SUFFIX = re.compile(
    r"(?:^|\s+)(?:(?:in|from|inside|of|for)\s+)?(?:the\s+|my\s+)?"
    r"((?:(?!(?:in|from|inside|of|for|the|my)\s)[\w'\ue000\ue001-]+\s+){0,3}?[\w'\ue000\ue001-]+)"
    r"\s+(folder|project)$", I)
# Words a library listing may contain without asking for a filter.
_LISTING_WORDS = re.compile(
    r"\b(?:what'?s|what|whats|which|is|are|there|in|inside|from|of|the|my|me|all|everything|every|library|assets?|"
    r"files?|items?|stuff|things|saved|have|i|do|got|so|far|folders?|show|list|currently|now|ones?)\b", I)


def list_assets_step(text: str, masked: Masked) -> Step | None:
    """list_assets with its filters; None when words are left that might have been a filter."""
    text = re.sub(r"\s+(?:in|of|from)\s+(?:the\s+|my\s+)?library$", "", text.strip(" ,.;:!?"), flags=I)
    args: dict = {}
    suffix = _CONTAINER_SUFFIX.search(text)
    if suffix and not re.fullmatch(r"(?:the|my|a|library)", suffix.group(1), I):
        args[suffix.group(2).lower()] = clean_name(suffix.group(1), masked)
        text = text[:suffix.start()]
    head, parts = segment(text, _LIST_ASSET_MARKERS)
    for name, value in parts:
        value = re.sub(r"\s+(?:in|of|from)\s+(?:the\s+|my\s+)?library\b.*$", "", value, flags=I)
        if name in args:
            return None  # two folders (or projects): do not pick one
        args[name] = clean_name(value, masked)
    for kind, pattern in _MEDIA:
        if re.search(pattern, head, I):
            args["media_type"] = kind
            head = re.sub(pattern, "", head, flags=I)
            break
    if re.search(r"[^\W\d_]", _LISTING_WORDS.sub("", head)) or "" in args.values():
        return None
    return Step("list_assets", args)


# --- show / list ------------------------------------------------------------------------------

_CREDIT_HISTORY = re.compile(r"\b(?:history|transactions?|ledger|statement|spent|spend|spending|go|went|activity|"
                             r"entries|entry|log|logs|charges|movements|usage|records)\b", I)
_CREDITS = re.compile(r"\b(?:credits?|balance)\b", I)
# "the last 5 …", "my 5 most recent …": a count of entries — only a history has one.
_RECENT_COUNT = re.compile(rf"\b(?:last|latest|recent|past|most\s+recent)\s+({NUMBER})\b"
                           rf"|\b({NUMBER})\s+(?:most\s+)?(?:recent|latest|last)\b", I)
# What a credit request may say besides its nouns, when it starts without a verb ("last 5 credit transactions").
_CREDIT_WORDS = re.compile(r"\b(?:my|the|your|ur|of|last|latest|recent|most|past|all|credits?|balance|entries|"
                           rf"history|transactions?|ledger|statement|activity|log|logs|charges|movements|usage|{NUMBER})\b", I)


def credit_steps(text: str) -> list[Step] | None:
    """credit_history (with the count of entries asked for) or credit_balance; None without a credit word."""
    if not _CREDITS.search(text):
        return None
    count = _RECENT_COUNT.search(text)
    if count or _CREDIT_HISTORY.search(text):
        return [Step("credit_history", {"limit": word_to_int(count.group(1) or count.group(2))} if count else {})]
    return [Step("credit_balance", {})]


def handle_credit_noun(clause: Clause, state: PlanState) -> list[Step] | None:
    """A credit request without a verb: "last 5 credit transactions", "my credit balance"."""
    if re.search(r"\w", _CREDIT_WORDS.sub("", clause.text)):
        return None
    return credit_steps(clause.text)
_LINEAGE = re.compile(r"\b(?:family tree|lineage|ancestry|ancestors|parents?|come from|came from|descend\w*)\b", I)
_COLLECTION = re.compile(r"\b(?:my|collection|across|every|everywhere)\b|\ball\s+(?:the\s+)?liked|\ball\s+(?:my\s+)?likes\b", I)


def handle_show(clause: Clause, state: PlanState) -> list[Step] | None:
    """show / list / what / how many / where: the noun decides which listing."""
    text = clause.rest.strip(" ,.;:")
    low = text.lower()
    if _CREDITS.search(low):
        return credit_steps(low)
    if _LINEAGE.search(low):
        return handle_lineage(clause, state)
    if _liked_collection(low) or re.fullmatch(r"did i (?:like|love|favou?rite)", low):
        return [Step("liked_generations", {})]
    low = re.sub(r"^many\s+(?=images|generations|pictures|pics)", "", low)
    text = re.sub(r"^many\s+(?=images|generations|pictures|pics)", "", text, flags=I)
    text = re.sub(r"\s+(?:are|do i have|have i made|so far)(?=\s|$)", " ", text, flags=I).strip()
    if re.search(r"\bposts?\b", low) and not re.search(r"\b(?:images?|generations?)\b", low):
        project = re.search(r"\b(?:for|in|of)\s+(?:the\s+)?project\s+(.+)$|\b(?:for|in)\s+(?:the\s+)?(.+?)\s+project$", text, I)
        return [Step("list_posts", {"project": clean_name(project.group(1) or project.group(2), clause.masked)}
                     if project else {})]
    if re.search(r"\bsessions\b", low):
        args: dict = {}
        if re.search(r"\b(?:all|every|including archived|archived too)\b", low):
            args["status"] = "all"
        elif re.search(r"\barchived\b", low):
            args["status"] = "archived"
        limit = re.search(rf"\b({NUMBER})\s+(?:\w+\s+)?sessions\b", low, I)
        if limit:
            args["limit"] = word_to_int(limit.group(1))
        return [Step("list_sessions", args)]
    if re.search(r"\b(?:library|assets?|files|folders?|documents?|videos?|audio|tagged)\b", low):
        step = list_assets_step(re.sub(r"^(?:me\s+)?(?:all\s+)?(?:the\s+|my\s+)?", "", text, flags=I), clause.masked)
        return [step] if step else None
    return list_generations_step(text, clause.masked, state)


def _liked_collection(low: str) -> bool:
    if not re.search(r"\b(?:liked|likes|favou?rites|favou?rited|hearted|loved)\b", low):
        return False
    if re.search(r"\bin\s+(?:this|the|session)\b|\bin\s+\S+$", low) and "across" not in low:
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
    if re.search(r"\b(?:un-?liked|not liked)\b", low, I):
        args["liked"] = False
    elif re.search(r"\b(?:liked|likes|favou?rites)\b", low, I):
        args["liked"] = True
    if re.search(r"\b(?:selected|selection)\b", low, I):
        args["selected"] = True
    limit = re.search(rf"\b(?:first|top|latest|last)\s+({NUMBER})\b", low, I)
    if limit:
        args["limit"] = word_to_int(limit.group(1))
    where = re.search(r"\b(?:in|from|of)\s+(.+)$", low, I)
    if where and not re.match(r"(?:it|here|there)$", where.group(1), I):
        if link_target(where.group(1), masked):
            return None  # "in the Apollo project" names a project, not a session: don't guess a listing
        args.update(session_arg(where.group(1), masked, state))
        low = low[:where.start()]
    rest = re.sub(r"\b(?:the|all|my|me|ones?|images?|pictures?|pics?|generations?|iterations?|grid|liked|likes|"
                  r"un-?liked|selected|selection|favou?rites|first|top|latest|last|\d+|what's|whats|what|is|here|"
                  r"so far|current|this|session|results?|outputs?|everything|it)\b", "", low, flags=I)
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


def handle_where(clause: Clause, state: PlanState) -> list[Step] | None:
    if re.search(r"\bcredits?\b", clause.rest, I):
        count = _RECENT_COUNT.search(clause.rest)
        return [Step("credit_history", {"limit": word_to_int(count.group(1) or count.group(2))} if count else {})]
    if _LINEAGE.search(clause.rest):
        return handle_lineage(clause, state)
    return None


def handle_balance(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.lower().strip(" ,.;:")
    if _CREDIT_HISTORY.search(rest) or _RECENT_COUNT.search(rest):  # "credit history, last 5"
        return credit_steps("credit " + rest)
    if re.fullmatch(r"(?:left|remaining|balance|please|now|do i have|have i got)?", rest):
        return [Step("credit_balance", {})]
    return None


def handle_topup(clause: Clause, state: PlanState) -> list[Step] | None:
    match = re.match(rf"^(?:up\s+)?(?:(?:my\s+)?(?:credits|balance)\s+(?:with|by)\s+)?({NUMBER})(?:\s+(?:more\s+)?credits?)?$",
                     clause.rest.strip(" ,.;:"), I)
    return [Step("add_credits", {"amount": word_to_int(match.group(1))})] if match else None


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
    path = re.match(rf"^({Q}|{_PATH}|[\w.-]+/[^\s,;]*)", rest)
    if not path:
        return None
    args: dict = {"path": clean_name(path.group(1), clause.masked)}
    tail = rest[path.end():].strip(" ,.;:")
    if re.search(r"\bfile\s*(?:times?|timestamps?|dates?|mtimes?|modification times?)\b", tail, I):
        args["use_file_times"] = True
    elif tail and not re.fullmatch(r"(?:please|now|into (?:the )?library)", tail, I):
        return None
    return [Step("import_folder", args)]


def handle_reflect(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    if clause.verb == "write":
        match = re.match(r"^(?:a\s+|the\s+|me\s+a\s+)?(?:curator'?s?\s+)?(?:reflection|write-?up|review)\b\s*(.*)$", rest, I)
        if not match:
            return None
        rest = match.group(1)
    rest = re.sub(r"^(?:on|about|for|of)\s+", "", rest, flags=I)
    where = session_arg(rest, clause.masked, state)
    if not available("reflect"):  # planned once the tool exists; until then say so instead of failing
        raise Reply(replies.REFLECT_UNAVAILABLE)
    return [Step("reflect", where)]


_SIGN_OFF = re.compile(r"[\s,]*(?:thanks|thank\s+you|thx|ty|cheers|please|pls)[\s,.!]*$", I)


def _caption_end(text: str, masked: Masked) -> str:
    """What ended an unquoted caption at the end of the message and was taken for filler: its "!" or
    "?", a closing "now" ("Out now!"), but not a sign-off ("…, thanks!")."""
    core = text.strip().rstrip(" ,;:.!?")
    at = masked.text.rfind(core) if core else -1
    if at < 0:
        return ""
    tail = _SIGN_OFF.sub("", masked.text[at + len(core):])
    return tail.rstrip() if re.fullmatch(r"(?:\s+(?:now|for\s+me))?[!?.…]*\s*", tail, I) else ""


def handle_post(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    args: dict = {}
    caption = re.search(r"\s*,?\s+(?:captioned|caption(?:ed)?\s*:|with\s+(?:the\s+|a\s+)?caption\s*:?|saying|that says|"
                        r"with\s+(?:the\s+)?text\s*:?)\s*", " " + rest, I)
    if caption:
        text, rest = (" " + rest)[caption.end():], (" " + rest)[:caption.start()].strip()
        quoted = re.match(rf"{Q}", text)
        if quoted:  # a quoted caption ends at its quote; what follows is more of the request
            args["caption"] = clause.masked.only_quote(quoted.group(0)).strip()
            rest += " " + text[quoted.end():].strip(" ,")
        else:  # unquoted, it runs to the end, except a closing "for instagram"
            platform = re.search(rf"\s+(?:to|on|for)\s+({PLATFORMS})$", text.rstrip(" ,.;:!?"), I)
            if platform:
                text, rest = text[:platform.start()], rest + platform.group(0)
            args["caption"] = value_text(text, clause.masked) + _caption_end(text, clause.masked)
    platform = re.search(rf"\b(?:to|on|for)\s+({PLATFORMS})\b|\b({PLATFORMS})\b", rest, I)
    if platform:
        args["platform"] = (platform.group(1) or platform.group(2)).lower()
        rest = (rest[:platform.start()] + rest[platform.end():]).strip()
    project = re.search(r"\s*\b(?:for|in|to)\s+(?:the\s+)?project\s+(\S.*?)(?=\s+(?:with|of|from)\s|$)", rest, I)
    if project:
        args["project"] = clean_name(project.group(1), clause.masked)
        rest = rest[:project.start()] + rest[project.end():]
    rest = re.sub(r"^(?:an?\s+|the\s+)?(?:new\s+)?post\b\s*", "", rest.strip(), flags=I)
    rest = re.sub(r"^(?:with|of|from|using|out of)\s+", "", rest, flags=I).strip(" ,.;:")
    assets = re.match(r"^(?:the\s+)?assets?\s+(.+)$", rest, I)
    if assets:
        args["assets"] = parse_assets(assets.group(1), clause.masked, "post")
    elif rest:
        selection = with_session_suffix(rest, state, clause.masked)
        if not selection:
            return None
        args.update(selection[0].args())
        args.update(selection[1])
    if "caption" not in args:
        raise Reply("What should the post say? Add a caption, e.g. \"… captioned 'Out now'\".")
    return [Step("create_post", args)]


PLATFORMS = "instagram|insta|twitter|x\\.com|tiktok|facebook|linkedin|pinterest|threads|bluesky|youtube|mastodon|tumblr|behance|dribbble"


# --- the verb table ---------------------------------------------------------------------------

def handle_numeric(clause: Clause, state: PlanState) -> list[Step] | None:
    """A clause that starts with a number: "4 more", "3 variations of 2", "5 of a cat"."""
    check_count_words(clause.text)
    count, after = leading_count(clause.text)
    if count is None:
        return None
    if _REPEAT.match(after):
        return repeat_generate(count, after[_REPEAT.match(after).end():], clause.masked, state)
    if re.match(r"^(?:more\s+)?(?:variations?|versions?|variants?|remix(?:es)?)\s+(?:of|on)\s+", after, I):
        return handle_remix(Clause(clause.text, clause.masked, "remix", clause.text), state)
    if re.match(r"^(?:(?:images?|pictures?|pics?|photos?)\s+)?of\s+", after, I):
        return handle_generate(Clause(clause.text, clause.masked, "generate", clause.text), state)
    if _RECENT_COUNT.match(clause.text):  # "5 most recent credit transactions"
        return handle_credit_noun(clause, state)
    return None


def _repeat_verb(clause: Clause, state: PlanState) -> list[Step] | None:
    return handle_generate(Clause(clause.text, clause.masked, "generate", clause.text), state)


def _do(clause: Clause, state: PlanState) -> list[Step] | None:
    """"do it again", "do 2 more of those", "do the same with seed 4": repeat the last request."""
    rest = re.sub(r"^(?:it|that|this|the\s+same(?:\s+thing)?)(?=\s|$)\s*", "", clause.rest.strip(), flags=I)
    once_more = re.match(r"^once\s+more\b", rest, I)
    if once_more or re.fullmatch(r"the\s+same(?:\s+thing)?(?:\s+again)?", clause.rest.strip(), I):
        return repeat_generate(None, rest[once_more.end():] if once_more else "", clause.masked, state)
    count, after = leading_count(rest)
    if _REPEAT.match(after if count is not None else rest):
        return handle_generate(Clause(clause.text, clause.masked, "generate", rest), state)
    if rest != clause.rest.strip() and re.match(r"^(?:for|in)\s", rest, I):  # "do the same for winter sale"
        return _same(Clause(clause.text, clause.masked, "same", rest), state)
    if rest != clause.rest.strip() and re.match(r"^(?:with|but|,|using|at)\b", rest, I):
        return repeat_generate(None, " " + rest, clause.masked, state)  # "do the same with seed 4"
    return None


def _same(clause: Clause, state: PlanState) -> list[Step] | None:
    """"same but seed 7", "same again with 3 more": the last request with a change; "same as 2 but
    seed 101": a variation of #2."""
    rest = clause.rest.strip()
    elsewhere = re.match(r"^(?:thing\s+)?(?:for|in|on)\s+(?!(?:a|an)\s)(.+)$", rest, I)
    if elsewhere:  # "now the same for winter sale": the last change (or request), in another session
        where = session_arg(elsewhere.group(1), clause.masked, state)
        if not where:
            return None
        if state.last_action is not None:
            kept = {k: v for k, v in state.last_action.args.items() if k != "session"}
            return [Step(state.last_action.name, {**kept, **where})]
        if state.last_generate:
            return [Step("generate", {**state.last_generate, **where})]
        raise Reply("The same as what? There is no earlier change in this conversation to repeat there.")
    like_one = re.match(r"^as\s+(?:#\s*|number\s+)?(\d{1,5})\b\s*(.*)$", rest, I)
    if like_one:
        change = _CONNECTIVE.sub("", like_one.group(2)).strip(" ,")
        return handle_remix(Clause(clause.text, clause.masked, "remix",
                                   f"{like_one.group(1)} {'with ' + change if change else ''}".strip()), state)
    rest = re.sub(r"^(?:thing|prompt|one|request)\b", "", rest, flags=I)
    amount = re.search(rf"[\s,]+({NUMBER})\s+(?:images?|pics?|pictures?)\s*$", rest, I)
    if amount:  # "same prompt, seed 1234, 1 image": read as "1 more, seed 1234"
        rest = f" {amount.group(1)} more{rest[:amount.start()]}"
    if not rest.strip(" ,.!"):
        return None  # a bare "same" could answer anything; "same again" repeats
    if not re.match(rf"^[\s,]*(?:again|but|with|only|just|though|this\s+time|using|at|seed|(?:{NUMBER})\s+more)\b", rest, I):
        return None
    count, after = leading_count(re.sub(r"^(?:[\s,]*(?:again|but|with)\b)*[\s,]*", "", rest, flags=I))
    if count is not None and _REPEAT.match(after):  # "same again but 3 more"
        return repeat_generate(count, after[_REPEAT.match(after).end():], clause.masked, state)
    return repeat_generate(None, " " + rest, clause.masked, state)


def _bring(clause: Clause, state: PlanState) -> list[Step] | None:
    if re.match(r"^back\b|.*\bback$", clause.rest.strip(), I):
        return handle_archive(Clause(clause.text, clause.masked, "unarchive", clause.rest), state)
    return None


def _put(clause: Clause, state: PlanState) -> list[Step] | None:
    if _adds_generations_to_library(clause.rest.strip(" ,.;:"), clause.masked, state):
        return handle_save(clause, state)  # "put them in the library" saves, like "add … to the library"
    return handle_link(clause, state)


def _search(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = re.sub(r"^(?:for|up)\s+", "", clause.rest.strip(), flags=I) if clause.text.lower().startswith("look") else clause.rest
    if clause.text.lower().startswith("look") and rest == clause.rest:
        return None  # "look at 3" is not a search
    return search_step(rest, clause.masked)


_UNDO_LAST = re.compile(rf"the\s+last\s+(?P<count>{NUMBER})(?:\s+(?:changes|things|steps|ones|actions))?", I)
MAX_UNDO_STEPS = 10


def _undo(clause: Clause, state: PlanState) -> list[Step] | None:
    """"undo", "undo that", "undo the last two": the conversation's last change(s), newest first."""
    rest = re.sub(r"\?$", "", clause.rest.strip(" ,.;:!"))
    if re.fullmatch(r"(?:it|that|this|the\s+last\s+(?:one|thing|step|change|action)|(?:my\s+)?last\s+change)?", rest, I):
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


def _liked_noun(clause: Clause, state: PlanState) -> list[Step] | None:
    return handle_show(Clause(clause.text, clause.masked, "show", clause.text), state)


Handler = Callable[[Clause, PlanState], "list[Step] | None"]

# verb word → (canonical key, handler). The order is the tie-break order for typo correction.
VERBS: dict[str, tuple[str, Handler]] = {}


def _verbs(key: str, handler: Handler, *words: str) -> None:
    for word in words:
        VERBS[word] = (key, handler)


_verbs("generate", handle_generate, "generate", "gen", "draw", "render", "paint", "produce", "imagine",
       "illustrate", "sketch", "visualize", "visualise")
_verbs("make", handle_make, "make", "create", "build", "design")
_verbs("start", handle_make, "start", "begin", "new")
_verbs("like", handle_like, "like", "love", "heart", "favorite", "favourite", "fav", "star")
_verbs("unlike", handle_unlike, "unlike", "un-like", "unheart", "unfavorite", "unfavourite", "unstar", "dislike")
_verbs("select", handle_select, "select", "pick", "choose", "mark")
_verbs("deselect", handle_deselect, "deselect", "unselect", "de-select", "un-select", "unpick", "unmark")
_verbs("clear", handle_clear, "clear")
_verbs("archive", handle_archive, "archive", "hide", "shelve")
_verbs("unarchive", handle_archive, "unarchive", "un-archive", "restore", "unhide", "unshelve", "reopen")
_verbs("bring", _bring, "bring")
_verbs("open", handle_open, "open", "switch", "go", "continue", "resume", "back", "work", "enter", "load")
_verbs("rename", handle_rename, "rename", "call", "name", "retitle")
_verbs("delete", handle_delete, "delete", "trash", "erase", "discard", "destroy")
_verbs("remove", handle_delete, "remove")
_verbs("show", handle_show, "show", "list", "display", "view", "see", "check", "give", "tell", "get", "what",
       "what's", "whats", "which", "how", "browse")
_verbs("where", handle_where, "where")
_verbs("link", handle_link, "link", "attach", "assign", "connect")
_verbs("put", _put, "put")
_verbs("add", handle_add, "add")
_verbs("remix", handle_remix, "remix", "vary", "variations", "variation", "iterate", "riff", "rework")
_verbs("move", handle_move, "move", "reassign", "transfer", "relocate")
_verbs("download", handle_download, "download", "dl", "export", "zip")
_verbs("save", handle_save, "save", "store", "bookmark")
_verbs("keep", handle_keep, "keep")
_verbs("upload", handle_upload, "upload")
_verbs("tag", handle_tag, "tag", "label")
_verbs("untag", handle_untag, "untag", "unlabel")
_verbs("post", handle_post, "post", "publish", "share")
_verbs("balance", handle_balance, "balance", "credits", "credit")
_verbs("recent", handle_credit_noun, "last", "latest", "recent", "past", "my", "most")
_verbs("topup", handle_topup, "top", "topup", "top-up", "buy", "recharge", "refill")
_verbs("sweep", handle_sweep, "sweep", "clean", "cleanup", "purge", "expire", "tidy", "prune")
_verbs("run", handle_sweep, "run")
_verbs("import", handle_import, "import", "ingest", "scan")
_verbs("lineage", handle_lineage, "lineage", "family", "ancestry")
_verbs("reflect", handle_reflect, "reflect", "reflection", "review")
_verbs("write", handle_reflect, "write")
_verbs("same", _same, "same")
_verbs("more", _repeat_verb, "more", "another", "again", "redo", "repeat", "regen", "regenerate")
_verbs("do", _do, "do")
_verbs("undo", _undo, "undo", "revert")
_verbs("search", _search, "find", "search", "look", "locate")
_verbs("liked", _liked_noun, "liked", "likes", "sessions", "library", "assets", "posts", "generations",
       "images", "favorites", "favourites")

# Typo correction only aims at real verbs, never at the short or noun-like entries.
FUZZY_VERBS = tuple(w for w in VERBS if len(w) >= 4 and " " not in w and w not in ("what's", "whats", "name", "call", "same")
                    and VERBS[w][0] != "recent")
# Everyday words that sit close to a verb but are never a typo of one ("with" ~ switch, "here" ~ where).
NOT_TYPOS = frozenset({"with", "here", "there", "other", "others", "either", "neither", "whether"})
COMMAND_NOUNS = ("session", "sessions", "images", "pictures", "generations", "variations", "library", "credits",
                 "credit")
