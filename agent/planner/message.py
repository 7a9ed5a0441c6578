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
    r"(?:\s*[,;]?\s*(?:but|and)|\s*[.!;])\s+(?:please\s+)?(?:don'?t|dont|do\s+not)\s+(?P<verb>archive|delete|remove|unlike|like|generate|make|"
    r"save|move|spend)\s+(?:anything(?:\s+else)?|any(?:thing)?(?:\s+(?:credits|images))?|any\s+of\s+(?:them|the\s+others)|"
    r"the\s+(?:others|rest)|them|it)[\s.!]*$", re.IGNORECASE)
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
ASIDE = re.compile(r"^(?:the|my|our|we|i|they|he|she|it|everyone|everybody)\b(?:\s+[a-z']+){0,3}?\s+(?:finally\s+|just\s+|already\s+)?"
                   r"[a-z]+ed\b(?![^,;]*\b(?:session|sesh|folder|project|campaign|library|credits?|\d))[^,;\ue000]*$",
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
    return None


_FOLDER_PRONOUN = re.compile(r"^(?:it|that|this|there|them|same|(?:that|this|the|same|the\s+same|my\s+new|the\s+new)\s+(?:one|folder))$",
                             re.IGNORECASE)


def folders_named_before(steps: list[Step]) -> list[Step]:
    """"create a folder called Best and save 2 to it": "it" is the folder just named, never a folder
    called "it"; with no folder named before, ask."""
    out: list[Step] = []
    last_folder = None
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
            out[-1] = Step("create_session", {**out[-1].args, "name": step.args["new_name"]})
            continue
        out.append(step)
    return out


# A message that only corrects the change just made: "no sorry, not 6, I meant 5", "I wanted the
# number 4, not the 5", "wait, not 3 — just 2", "oh wait, keep 7" (after archiving it).
_LIST = r"(?:the\s+)?(?:(?:numbers?|no\.?|#)\s*)?\d{1,5}(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:(?:number|no\.?|#)\s*)?\d{1,5})*"
CORRECTION = re.compile(
    r"^(?:(?:no|nope|oh|oops|wait|sorry|hmm|actually|my\s+bad|argh)[,!.\s]+)*(?:"
    rf"not\s+(?P<old>{_LIST})\s*[,;:—–-]*\s*(?:i\s+meant|i\s+mean|i\s+wanted|but|just|only)\s+(?P<new>{_LIST})"
    rf"|(?:i\s+meant|i\s+mean|i\s+wanted|it\s+should\s+be|make\s+it)\s+(?P<new2>{_LIST})\s*[,;:—–-]*\s*not\s+(?P<old2>{_LIST})"
    rf"|keep\s+(?P<kept>{_LIST})"
    rf"|not\s+(?P<only_old>{_LIST}))[\s.!]*$", re.IGNORECASE)


def corrected(match: re.Match, state: PlanState) -> Plan | None:
    """The last change moved off the images said to be wrong, onto the ones meant (None: not a
    correction of the last change, read the message as usual)."""
    last = state.last_action
    done = last.args.get("items") if last else None
    if last is None or not isinstance(done, list) or not done:
        return None
    where = {"session": last.args["session"]} if "session" in last.args else {}
    if match.group("kept"):  # "archive 6, 7 and 8", then "oh wait, keep 7"
        kept = parse_number_list(match.group("kept")) or []
        if last.name != "archive_generations" or not set(kept) <= set(done):
            return None
        return Plan(steps=[Step("unarchive_generations", {"items": kept, **where})], confidence="full")
    if match.group("only_old"):  # "like 2 and 3", then "no wait, not 3": the opposite on 3
        dropped = parse_number_list(match.group("only_old")) or []
        if last.name not in OPPOSITES or not set(dropped) <= set(done):
            return None
        return Plan(steps=[Step(OPPOSITES[last.name], {"items": dropped, **where})], confidence="full")
    old = parse_number_list(match.group("old") or match.group("old2")) or []
    new = parse_number_list(match.group("new") or match.group("new2")) or []
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
