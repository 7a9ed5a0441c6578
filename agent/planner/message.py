"""Readings of a whole message that no single step can make: a limit said at the end ("…, but don't
archive anything"), a swap of the last change ("swap those for 2 and 4"), a session wanted back, news
told before a request, and the checks and merges run on a plan once its steps are known.
"""

from __future__ import annotations

import re

from agent.planner.numbers import parse_number_list
from agent.planner.plan import Plan, PlanState, Reply, Step

# Steps that undo each other: both in one message is a contradiction to ask about, never to run.
OPPOSITES = {"like": "unlike", "select": "deselect", "archive_generations": "unarchive_generations",
              "archive_session": "unarchive_session"}
OPPOSITES.update({b: a for a, b in list(OPPOSITES.items())})


# "…, but don't archive anything": a limit said at the end of a request (kept, or asked about)
DONT_TAIL = re.compile(
    r"(?:\s*[,;]?\s*(?:but|and)(?:\s+also)?|\s*[.!;?])\s+(?:please\s+)?(?:don'?t|dont|do\s+not)\s+(?P<verb>archive|delete|remove|unlike|like|generate|make|"
    r"save|move|spend)\s+(?:anything(?:\s+else)?|any(?:thing)?(?:\s+(?:credits|images))?|any\s+of\s+(?:them|the\s+others)|"
    r"the\s+(?:others|rest)|them|it)(?:\s+(?:yet|now|just\s+yet))?[\s.!]*$", re.IGNORECASE)
_LIMITED_TOOLS = {"archive": ("archive_generations", "archive_session"), "delete": ("delete_session", "delete_assets"),
                  "remove": ("delete_session", "delete_assets", "remove_reference"), "unlike": ("unlike",),
                  "like": ("like",), "generate": ("generate", "remix"), "make": ("generate", "remix", "create_session"),
                  "save": ("save_to_library",), "move": ("move_assets", "reassign"), "spend": ("generate", "remix", "reflect")}

# Tools whose arguments hold the person's own words: a limit's words may belong to them instead
FREE_TEXT_TOOLS = frozenset({"generate", "remix", "create_post", "set_brief", "create_session", "rename_session",
                             "rename_asset", "search"})


def breaks_limit(steps: list[Step], forbidden: re.Match | None) -> str | None:
    """"unlike them all, but don't archive anything": fine; "archive 3, but don't archive anything": ask."""
    if forbidden is None:
        return None
    verb = forbidden.group("verb").lower()
    if any(step.name in _LIMITED_TOOLS[verb] for step in steps):
        return f"You asked me not to {verb} anything, but the request would. Which one do you mean? Nothing was changed."
    return None


# "I need the Loan Requests session again — could you bring it back from the archive?"
WANTED_BACK = re.compile(
    r"^(?:[\w',]+\s+){0,4}?(?:i|we)\s+(?:really\s+)?(?:need|want)\s+(?:the\s+)?(?P<name>[^,;.!?—–\ue000]{1,60}?|\ue000\d+\ue001)"
    r"(?:\s+(?:session|sesh))?\s+(?:again|back)\b[^a-z]*(?:(?:so\s+)?(?:could|can|would|will)\s+(?:you|u)\s+(?:please\s+)?)?"
    r"(?:(?:bring|get)\s+(?:it|that)\s+back(?:\s+from\s+(?:the\s+)?archive)?|unarchive\s+it|restore\s+it)[\s?.!]*$", re.IGNORECASE)
# A first clause that tells something and asks nothing: a subject, then a past-tense verb, naming no
# place the work could go ("the party finally killed the owlbear", "we wrapped the shoot yesterday").
ASIDE = re.compile(r"^(?:(?:the|my|our|we|i|they|he|she|it|everyone|everybody)\b(?:\s+[a-z']+){0,3}?\s+(?:finally\s+|just\s+|already\s+)?"
                   r"[a-z]+ed"
                   # "I'm planning a wedding for the Silva family", "I am new to this": about the person
                   r"|(?:i'?m|(?:i\s+)?am|we'?re|we\s+are)\s+(?:[a-z]+ing|new|a|an|just|still|so|really|back|here|the)"
                   r")\b(?![^,;]*\b(?:session|sesh|folder|project|campaign|library|credits?|\d))[^,;\ue000]*$",
                   re.IGNORECASE)
# "actually swap those for 2 and 4", "make that 5 instead"
SWAP = re.compile(r"^(?:(?:swap|switch|change|replace)\s+(?:those|them|that|it|these|this)(?:\s+(?:ones?|two|three))?\s+(?:for|with|to)\s+"
                  r"(?P<new>.+?)|(?:make\s+(?:that|it|those|them)\s+)?(?P<new2>(?:#?\d{1,5}(?:\s*(?:,|and|&)\s*)?)+)\s+instead)"
                  r"[\s.!]*$", re.IGNORECASE)


def swapped(swap: re.Match, state: PlanState) -> Plan:
    """The last change moved from the images it named to the ones said now: its opposite on the old
    ones, then the change on the new. Only for changes that have an opposite (like, select, archive)."""
    new = parse_number_list(swap.group("new") or swap.group("new2"))
    last = state.last_action
    old = last.args.get("items") if last else None
    if not new or last is None or last.name not in OPPOSITES or not isinstance(old, list) or not old:
        return Plan(reply="Swap what for what? Say the change again with the new numbers, e.g. \"like 2 and 4\". "
                          "Nothing was changed.", confidence="full")
    where = {"session": last.args["session"]} if "session" in last.args else {}
    steps = [Step(OPPOSITES[last.name], {"items": [i for i in old if i not in new], **where}),
             Step(last.name, {"items": [i for i in new if i not in old], **where})]
    return Plan(steps=[step for step in steps if step.args["items"]], confidence="full")


def kept_and_removed(steps: list[Step], kept: list[int]) -> str | None:
    """"archive 3 and keep 3": both cannot be meant."""
    for step in steps:
        items = step.args.get("items")
        if step.name in ("archive_generations", "delete_assets") and isinstance(items, list) and set(items) & set(kept):
            both = ", ".join(f"#{i}" for i in sorted(set(items) & set(kept)))
            return f"That asks to keep {both} and to {step.name.split('_')[0]} it too. Which one do you mean? Nothing was changed."
        if step.name == "archive_generations" and step.args.get("which") and kept:
            # "archive all and keep only 6": all may hold 6 (an exclusion says it: "archive all except 6")
            spared = step.args.get("exclude")
            left = sorted(set(kept) - set(spared if isinstance(spared, list) else []))
            if left:
                said = ", ".join(f"#{i}" for i in left)
                which = "everything" if step.args["which"] == "all" else f"the {step.args['which']} ones"
                return (f"That asks to keep {said} and to archive {which}, which may hold {said}. Say \"archive {which} except "
                        f"{' and '.join(map(str, left))}\" if that is what you mean. Nothing was changed.")
    return None


_FOLDER_PRONOUN = re.compile(r"^(?:it|that|this|there|them|same|(?:that|this|the|same|the\s+same|my\s+new|the\s+new)\s+(?:one|folder))$",
                             re.IGNORECASE)


def folders_named_before(steps: list[Step], earlier: Step | None = None) -> list[Step]:
    """"create a folder called Best and save 2 to it": "it" is the folder just named, never a folder
    called "it"; "save 6 to the same folder" after "save 2 to Picks" (``earlier``, the last change)
    is Picks; with no folder named before, ask."""
    out: list[Step] = []
    said = earlier.args.get("folder") if earlier is not None else None
    last_folder = said if isinstance(said, str) else None
    for step in steps:
        folder = step.args.get("folder")
        if isinstance(folder, str) and _FOLDER_PRONOUN.match(folder.strip()):
            if last_folder is None:
                raise Reply(f"Which folder is \"{folder}\"? Say its name. Nothing was changed.")
            step = Step(step.name, {**step.args, "folder": last_folder})
        if step.name == "create_folder":
            last_folder = step.args.get("name")
        elif isinstance(step.args.get("folder"), str):
            last_folder = step.args["folder"]
        out.append(step)
    return out


def name_at_creation(steps: list[Step]) -> list[Step]:
    """"new video session pls, call it Teaser": the name said after creating is the session's name
    from the start (one change to undo, never an "Untitled session" in between)."""
    out: list[Step] = []
    for step in steps:
        made = out[-1] if out and out[-1].name == "create_session" else None
        # a name taken from "for the wall labels" gives way to the name said next
        unnamed = made is not None and ("name" not in made.args or made.args.get("name") == made.args.get("prompt"))
        if step.name == "rename_session" and "session" not in step.args and unnamed:
            out[-1] = Step("create_session", {**out[-1].args, "name": step.args["new_name"],
                                              **({"kind": step.args["kind"]} if "kind" in step.args else {})})
            continue
        out.append(step)
    return out


# Words before a correction of the last change ("oh, sorry - please make that 3", "nvm not 2")
_TAKING_BACK = r"(?:no|nope|nah|yeah\s+nah|oh\s+dear|oh|oops|ops|wait|(?:hang|hold)\s+on|sorry|hmm|actually|my\s+bad|argh|jk|lol|nvm|ugh|please|pls)"
# A message that only corrects the change just made: "no sorry, not 6, I meant 5", "I wanted the
# number 4, not the 5", "wait, not 3 — just 2", "oh wait, keep 7" (after archiving it).
_LIST = r"(?:the\s+)?(?:(?:numbers?|no\.?|#)\s*)?\d{1,5}(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:(?:number|no\.?|#)\s*)?\d{1,5})*"
CORRECTION = re.compile(
    rf"^(?:{_TAKING_BACK}[,!.\s—–-]+)*(?:"
    rf"not\s+(?P<old>{_LIST})\s*[,;:—–-]*\s*(?:i\s+meant|i\s+mean|i\s+wanted|but|just|only|is|it'?s|it\s+is|was)\s+(?P<new>{_LIST})"
    rf"|(?:(?:i\s+meant|i\s+mean|i\s+wanted|it\s+should\s+be|make\s+it)\s+)?(?P<new2>{_LIST})\s*[,;:—–-]*\s*(?:and\s+)?not\s+"
    rf"(?P<old2>{_LIST})"  # "sorry, 14 not 12"
    # "leave 3 alone, just 1" after archiving 1 and 3: 3 comes back
    rf"|(?:keep|leave)\s+(?P<kept>{_LIST})(?:\s+(?:too|as\s+well|also|alone|be))?(?:\s*[,;:—–-]\s*(?:just|only)\s+(?P<kept_rest>{_LIST}))?"
    # "I want to like the number 5, not the number 4" right after liking 4: the same change, moved
    rf"|(?:(?:i\s+(?:want(?:ed)?|meant|mean)|i'?d\s+like)\s+to\s+)?(?P<verb>like|select|archive|save)\s+(?P<new3>{_LIST})"
    rf"\s*[,;:—–-]*\s*(?:and\s+|but\s+)?not\s+(?P<old3>{_LIST})"
    # "Sorry, I wrote wrong before. Like 3 instead of 2": the like of 2 moved to 3
    rf"|(?P<verb4>like|select|archive|save)\s+(?P<new4>{_LIST})\s+instead\s+of\s+(?P<old4>{_LIST})"
    # "jk not that one, 3": the one image changed, moved
    rf"|not\s+(?:that|this)(?:\s+one)?\s*[,;:—–-]*\s*(?:but\s+|i\s+meant\s+)?(?P<instead_of_it>{_LIST})"
    # "like 1 and 3", then "hmm no, just 3": the others taken back
    rf"|(?:just|only)\s+(?P<only_kept>{_LIST})"
    rf"|not\s+(?P<only_old>{_LIST})(?:\s*[.,;]\s*(?:unlike|deselect|unselect|unarchive|remove|undo)\s+(?:it|that|them|those))?"
    # "like 3", then "no sorry I meant 5": the one image changed, moved
    rf"|(?:i\s+meant|i\s+mean|i\s+wanted|it\s+should\s+(?:be|have\s+been)|should\s+(?:be|have\s+been)|make\s+(?:that|it)|"
    rf"change\s+(?:that|it)\s+to)\s+(?P<only_new>{_LIST})(?:\s+instead)?"
    # "archive 5", then "wait no, 4": a number alone after "no" moves the change
    rf"|(?<=[,!.\s])(?P<bare_new>{_LIST}))[\s.!]*$",
    re.IGNORECASE)


def corrected(match: re.Match, state: PlanState) -> Plan | None:
    """The last change moved off the images said to be wrong, onto the ones meant (None: not a
    correction of the last change, read the message as usual)."""
    last = state.last_action
    done = last.args.get("items") if last else None
    where = {"session": last.args["session"]} if last and "session" in last.args else {}
    if match.group("kept") and last is not None and last.name == "archive_generations" and last.args.get("which"):
        # "archive everything except the liked ones", then "wait, keep 6 too": 6 comes back (if it went)
        return Plan(steps=[Step("unarchive_generations", {"items": parse_number_list(match.group("kept")) or [], **where})],
                    confidence="full")
    instead = match.group("verb4")
    if instead and (last is None or not isinstance(done, list) or not last.name.startswith(instead.lower())
                    or not set(parse_number_list(match.group("old4")) or []) <= set(done)):
        # "Like 3 instead of 2" when liking 2 was not the last change here: which like is meant is not known
        raise Reply(f"{match.group('old4')} is not what the last change here {instead.lower()}d, so I changed nothing. Say "
                    f"\"un{instead.lower()} {match.group('old4')}\" and \"{instead.lower()} {match.group('new4')}\" if that is what "
                    "you mean." if instead.lower() in ("like", "select", "archive") else
                    f"{match.group('old4')} is not what the last change here saved, so I changed nothing. Nothing was changed.")
    if last is None or not isinstance(done, list) or not done:
        return None
    if match.group("kept"):  # "archive 6, 7 and 8", then "oh wait, keep 7"
        kept = parse_number_list(match.group("kept")) or []
        if last.name != "archive_generations" or not set(kept) <= set(done):
            return None
        rest = parse_number_list(match.group("kept_rest") or "") or []
        if match.group("kept_rest") and (set(kept) & set(rest) or set(kept) | set(rest) != set(done)):
            return None  # "keep 3, just 1" must say all of what was archived, each once
        return Plan(steps=[Step("unarchive_generations", {"items": kept, **where})], confidence="full")
    if match.group("only_old"):  # "like 2 and 3", then "no wait, not 3": the opposite on 3
        dropped = parse_number_list(match.group("only_old")) or []
        if last.name not in OPPOSITES or not set(dropped) <= set(done):
            return None
        return Plan(steps=[Step(OPPOSITES[last.name], {"items": dropped, **where})], confidence="full")
    if match.group("verb") and not last.name.startswith(match.group("verb").lower()):
        return None  # "like 5, not 4" after archiving: a new request, read as usual
    if match.group("only_kept"):  # "like 1 and 3", then "no, just 3": the opposite on the others
        kept = parse_number_list(match.group("only_kept")) or []
        dropped = [i for i in done if i not in kept]
        if last.name not in OPPOSITES or not set(kept) <= set(done) or not dropped:
            return None
        return Plan(steps=[Step(OPPOSITES[last.name], {"items": dropped, **where})], confidence="full")
    new_one = match.group("instead_of_it") or match.group("bare_new")
    if new_one:  # "not that one, 3", "wait no, 4": the one image changed, moved
        if match.group("bare_new") and not re.match(r"\s*(?:no|nope|nah|wait|sorry|oops|actually|jk)\b", match.string, re.IGNORECASE):
            return None  # a number alone, without a word taking the last change back
        return corrected(CORRECTION.match(f"I meant {new_one}"), state)
    if match.group("only_new"):  # one image was changed: the correction moves it; of several, which one is not said
        if len(done) != 1:
            return Plan(reply=f"Which of {', '.join(f'#{i}' for i in done)} should that be instead? Say it like "
                              f"\"not {done[-1]}, {match.group('only_new')}\". Nothing was changed.", confidence="full")
    old = done if match.group("only_new") else \
        parse_number_list(match.group("old") or match.group("old2") or match.group("old3") or match.group("old4")) or []
    new = parse_number_list(match.group("only_new") or match.group("new") or match.group("new2") or match.group("new3")
                            or match.group("new4")) or []
    if not old or not new or not set(old) <= set(done):
        return None
    if last.name in OPPOSITES:
        steps = [Step(OPPOSITES[last.name], {"items": [i for i in old if i not in new], **where}),
                 Step(last.name, {"items": [i for i in new if i not in done], **where})]
        return Plan(steps=[step for step in steps if step.args["items"]], confidence="full")
    # A change without an opposite (a save): undo it, then make it again on the images meant
    meant = [i for i in done if i not in old] + [i for i in new if i not in done]
    return Plan(steps=[Step("undo", {"expect": last.name.split("_")[0]}),
                       Step(last.name, {**last.args, "items": meant})], confidence="full")


# "no - tea, not coffee. redo them" right after generating: the last prompt with one word swapped
PROMPT_CORRECTION = re.compile(
    r"^(?:(?:no|nope|oops|wait|sorry|actually|hmm)[\s,.!—–-]+)+(?P<new>[^,.;!?]{1,40}?)\s*,?\s+not\s+(?P<old>[^,.;!?]{1,40}?)"
    r"[\s.!,;—–-]*(?:(?:redo|regenerate|remake|make)\s+(?:them|it|those)(?:\s+again)?|again|do\s+(?:them|it)\s+again)?[\s.!]*$",
    re.IGNORECASE)


def prompt_corrected(match: re.Match, state: PlanState) -> Plan | None:
    """The last request again with the word said to be wrong swapped (None: the last prompt does not
    have it, read the message as usual)."""
    last = state.last_generate or {}
    prompt, old, new = last.get("prompt") or "", match.group("old").strip(), match.group("new").strip()
    if not prompt or not re.search(rf"\b{re.escape(old)}\b", prompt, re.IGNORECASE):
        return None
    swapped = re.sub(rf"\b{re.escape(old)}\b", new, prompt, count=1, flags=re.IGNORECASE)
    return Plan(steps=[Step("generate", {**{k: v for k, v in last.items() if k != "seed"}, "prompt": swapped})],
                confidence="full")


# "like 3, no wait, like 5 instead", "4 images of lobster traps... actually make it 2", "save 2 to
# Picks, hmm no, to a folder called Maybe", "a red buoy, no, a yellow buoy": the person corrected
# themselves inside one message. The request as meant is the first half with the correction put in,
# or None when the correction does not fit one place in it (then the message is asked about).
_INSTEAD = re.compile(r"\s*,?\s*(?:instead|rather)\s*[.!]*$", re.IGNORECASE)
_TAKEN_BACK = re.compile(r"^(?:keep\s+(?:it|that|them|those)|leave\s+(?:it|that|them)|not\s+that(?:\s+one)?)\s*[,;]?\s*", re.IGNORECASE)
_COUNT_FIX = re.compile(r"^(?:make\s+(?:it|that|them)\s+|just\s+|only\s+)?(?P<n>\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)"
                        r"(?:\s+(?:images?|pictures?|instead))?\s*[.!]*$", re.IGNORECASE)
_COUNT_IN = re.compile(r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)(?=\s+(?:more\s+)?(?:images?|pictures?|pics?|"
                       r"photos?|renders?|variations?|versions?|of)\b)", re.IGNORECASE)
# "archive 3 4 6": a change to numbered images and nothing else, which "wait, also 7" can add to
_ITEMS_CHANGED = re.compile(r"(?:please\s+)?(?:like|unlike|archive|unarchive|select|deselect|save|download|delete|star|heart|hide)\s+"
                            r"(?:#?\d{1,5}(?:\s*(?:,|and|&)\s*|\s+))*#?\d{1,5}", re.IGNORECASE)
_PLACE_FIX = re.compile(r"^(?P<prep>to|into|in)\s+\S", re.IGNORECASE)


def self_corrected(before: str, after: str, starts_with_verb) -> str | None:
    before, after = before.strip(" ,;.…—–-"), _INSTEAD.sub("", after.strip(" ,;.…—–-"))
    after = re.sub(r"^(?:i\s+mean(?:t)?|rather)[,:\s]+|^make\s+(?:it|that)[,:\s]+(?=\d)", "", after, flags=re.IGNORECASE)
    after = _TAKEN_BACK.sub("", after)
    if not before or not after or re.search(r"[?]|\b(?:no|wait|actually|sorry|i\s+mean)\b", after, re.IGNORECASE):
        return None  # corrected twice, or asking: read it back to the person
    also = re.fullmatch(r"(?:also|plus|and(?:\s+also)?)\s+(?P<more>#?\d{1,5}(?:\s*(?:,|and|&)\s*#?\d{1,5})*)(?:\s+(?:too|as\s+well))?",
                        after, re.IGNORECASE)
    if also:  # "archive 3 4 6, wait also 7": one more, none taken back (a name or prompt ending in a number: asked)
        return f"{before} and {also.group('more')}" if _ITEMS_CHANGED.fullmatch(before) else None
    count = _COUNT_FIX.match(after)
    if count and len(_COUNT_IN.findall(before)) == 1:  # "4 images of lobster traps… actually make it 2": the count
        # ("… of a Boeing 747, actually make it 2", "… seed 12, actually 2": the count, or the number said last? Asked)
        return None if re.search(r"\d\s*$", before) else _COUNT_IN.sub(count.group("n"), before, count=1)
    call_it = re.match(r"(?:call|name)\s+(?:it|that|the\s+session)\s+(?P<name>.+?)(?P<rest>\s+(?:—|–|--|-)\s+.*|,\s.*)?$",
                       after, re.IGNORECASE)
    if call_it:  # "a new session called Dragon Friends 2 — no wait, call it Owl Pals — and do 4 …": the name only
        named = re.search(r"\s(?:called|named|titled)\s+(?P<old>\S.*)$", before, re.IGNORECASE)
        if not named or re.search(r"\s(?:and|then|,)\s|,", named.group("old"), re.IGNORECASE):
            return None  # "called Pets and generate 4 of a cat, no wait, call it Felix": the cat, or the session? Asked
        return before[:named.start("old")] + call_it.group("name") + (call_it.group("rest") or "")
    if starts_with_verb(after):  # "like 3, no wait, like 5 instead": the second request replaces the first
        return after
    place = _PLACE_FIX.match(after)
    if place:  # "save 2 to Picks, no, to a folder called Maybe": where it goes
        said = list(re.finditer(rf"\s{place.group('prep')}\s", before, re.IGNORECASE))
        return before[:said[-1].start()] + " " + after if len(said) == 1 else None
    numbers = parse_number_list(after)
    ending = re.search(r"(?:#?\d{1,5}(?:\s*(?:,|and|&)\s*)?)+$", before)
    if numbers and ending and len(numbers) == 1 and len(parse_number_list(ending.group(0)) or []) > 1:
        return None  # "like 1, 2, 3 no 4": 4 instead of all three, or instead of 3? Asked
    if numbers and ending:  # "like 2 and 5, sorry, 2 and 6": the numbers
        return before[:ending.start()] + after
    inside = list(re.finditer(r"(?<![\w#])#?\d{1,5}(?:\s*(?:,|and|&)\s*#?\d{1,5})*(?!\w)", before))
    if numbers and len(inside) == 1:  # "save 3 to Picks, no, I meant 5": the one number said
        return before[:inside[0].start()] + after + before[inside[0].end():]
    phrase = _phrase_ending_in(before, after)
    if phrase is not None:  # "a red buoy, no, a yellow buoy", "to Docks, actually Harbour Docks"
        return before[:phrase] + after
    name = re.search(r"\s(?:to|called|named|as)\s+(?P<old>[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,4})$", before)
    if name and re.fullmatch(r"[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,4}", after):
        # "start a session called Harbor Nite - no wait, Harbour Night": the name
        return before[:name.start("old")] + after
    return None


_NOT_IN_A_PHRASE = frozenset({"to", "of", "in", "on", "at", "with", "for", "from", "called", "named", "as", "into", "and", "or",
                              "images", "image", "pictures", "picture", "pics", "photos", "renders", "generate", "make",
                              "rename", "create", "save", "move", "session", "folder", "project", "it", "them"})


def _phrase_ending_in(before: str, after: str) -> int | None:
    """Where the phrase that ``after`` replaces starts in ``before``: ``after`` is a short phrase whose
    last word ends ``before`` too ("a red buoy" … "a yellow buoy"); None otherwise."""
    words = after.split()
    if not 1 <= len(words) <= 5 or not all(re.fullmatch(r"[A-Za-z][\w'&-]*", w) for w in words):
        return None
    tokens = list(re.finditer(r"\S+", before))
    if not tokens or tokens[-1].group(0).lower() != words[-1].lower():
        return None
    start = len(tokens) - 1
    while start > 0 and len(tokens) - start < 4 and tokens[start - 1].group(0).lower() not in _NOT_IN_A_PHRASE \
            and not re.search(r"\d|[,;:]$", tokens[start - 1].group(0)):
        start -= 1
        if tokens[start].group(0).lower() in ("a", "an", "the", "some"):
            break
    return tokens[start].start()


# "rename this session to Cover Art v1", then "sorry make that Cover Art v2": the rename, again
RENAME_CORRECTION = re.compile(rf"^(?:{_TAKING_BACK}[,!.\s—–-]+)*"
                               r"(?:make\s+(?:that|it)|i\s+meant|i\s+mean|change\s+(?:that|it)\s+to|call\s+it|name\s+it)\s+(?P<name>\S.*?)[\s.!]*$"
                               # "sorry, Harbour Dawn": a name alone, after a word that takes the last one back
                               rf"|^(?:{_TAKING_BACK}[,!.\s—–-]+)+(?P<bare>(?-i:[A-Z])[\w'&-]*(?:\s+[\w'&-]+){{0,4}})[\s.!]*$",
                               re.IGNORECASE)


def renamed_again(state: PlanState, name: str) -> Plan | None:
    """The last rename made again with the name meant (None: no rename was just made, or a number
    was said, which corrects other changes)."""
    last = state.memory.last_rename
    if last is None or not name or parse_number_list(name) is not None:
        return None
    return Plan(steps=[Step(last.name, {**last.args, "new_name": name})], confidence="full")


# "generate 3 images of sailboats", then "actually make that 5": the request had the wrong count
COUNT_CORRECTION = re.compile(rf"^(?:{_TAKING_BACK}[,!.\s—–-]+)*"
                              r"(?:make\s+(?:that|it)|i\s+meant|i\s+wanted|change\s+(?:that|it)\s+to)\s+(?P<n>\d{1,3})"
                              r"(?:\s+(?:images?|pictures?|pics?|of\s+them))?(?:\s+instead)?[\s.!]*$", re.IGNORECASE)


def recounted(match: re.Match, state: PlanState) -> Plan | None:
    """More of the last request up to the count meant; fewer is asked (which to archive is a choice).
    None when the last change was no batch just made."""
    made, last = state.memory.last_items, state.memory.last_generate
    if not made or state.memory.items_were_named or not last:
        return None
    meant = int(match.group("n"))
    if meant > len(made):
        return Plan(steps=[Step("generate", {**last, "count": meant - len(made)})], confidence="full")
    if meant < len(made):
        return Plan(reply=f"{len(made)} are made already ({', '.join(f'#{i}' for i in made)}). Say which to archive, "
                          "e.g. \"archive the last one\". Nothing was changed.", confidence="full")
    return Plan(reply=f"That request made {meant} already. Nothing was changed.", confidence="full")
