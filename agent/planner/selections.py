"""Selections of generations: like, unlike, select, deselect, download, and archive / unarchive
(generations, or a whole session).
"""

from __future__ import annotations

import re

from agent.planner.common import (
    _IT_SESSION,
    _PATH,
    I,
    Q,
    Clause,
    folder_scope,
    image_meant_by_it,
    session_arg,
    with_session_suffix,
)
from agent.planner.plan import PlanState, Reply, Step
from agent.planner.references import CURRENT, clean_name, parse_selection, parse_session


def remarked_before(state: PlanState) -> bool:
    """Images named in this message by a remark, before any step ("2 and 5 are the best, archive …")."""
    return state.last_step is None and isinstance(state.mentioned, list) and bool(state.mentioned)


def handle_archive(clause: Clause, state: PlanState) -> list[Step] | None:
    """archive / unarchive: a session ("archive it") or generations ("archive 1 and 2")."""
    undo = clause.verb == "unarchive"
    rest = re.sub(r"\s+(?:again|too|as\s+well|please|pls)$", "", clause.rest.strip(" ,.;:!"), flags=I)  # "unarchive 2 again"
    # "archive them for now": how long is no part of what is archived (never a session called "them")
    # (a trailing "now" is gone by here: "for" is what is left of "for now")
    # ("archive session Ready For" keeps its name: only after images said by number or pronoun)
    rest = re.sub(r"\b(it|em|them|those|these|both|ones|\d{1,5})\s*,?\s+(?:for(?:\s+(?:now|the\s+(?:moment|time\s+being)|a\s+(?:bit|while)))?"
                  r"|temporarily)$", r"\1", rest, flags=I)
    if undo:
        rest = re.sub(r"^back\s+", "", rest, flags=I)
        rest = re.sub(r"\s+back$", "", rest, flags=I)
        # "archive old covers", then "bring it back"; "Is Old Tests archived?", then "unarchive it"
        archived = state.memory.archived_session or state.memory.named_session
        if archived and re.fullmatch(r"(?:it|that|this|that\s+one|the\s+session)?", rest, I):
            return [Step("unarchive_session", {"session": archived})]
        if re.fullmatch(r"(?:everything|all(?:\s+(?:of\s+)?the)?(?:\s+(?:ones|images|generations|pictures))?|the\s+ones)"
                        r"\s+(?:(?:that\s+)?(?:i|we)\s+(?:have\s+|'ve\s+)?archived|(?:that\s+)?(?:are|were)\s+archived)"
                        r"|(?:all\s+(?:of\s+)?)?the\s+archived(?:\s+(?:ones|images|generations|pictures))?", rest, I):
            return [Step("unarchive_generations", {"which": "archived"})]  # every archived one of this session
        if state.memory.last_items and re.fullmatch(r"(?:it|them|those|these|that\s+one|both(?:\s+of\s+them)?)", rest, I):
            # "which images are archived here?", then "unarchive it": the images just named or listed
            target = with_session_suffix(rest, state, clause.masked)
            if target:
                return [Step("unarchive_generations", {**target[0].args(), **target[1]})]
    elif (state.memory.items_were_named and state.memory.last_items or remarked_before(state)) and \
            re.fullmatch(r"all\s+(?:of\s+)?(?:them|em|'em|those|these)|(?:them|those|these)\s+all", rest, I):
        # "like 2, 4 and 7", then "none of these are it, archive all of em"; "2 and 5 are the best, archive all of
        # them": the ones named, or the whole session?
        numbers = [str(n) for n in (state.mentioned if remarked_before(state) else state.memory.last_items)]
        named = numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " and " + numbers[-1]
        raise Reply(f"All of which — {named}, or every image in this session? Say \"archive {named}\" or \"archive all "
                    "the images in this session\". Nothing was archived.")
    elif state.memory.named_session and re.fullmatch(r"(?:it|that(?:\s+one|\s+session)?|the\s+session)", rest, I):
        # "rename Q3 Ads to Q3 Final", then "and archive it": the session just named, not the one I am in
        return [Step("archive_session", {"session": state.memory.named_session})]
    # "generations four and five of this session": numbers of a session, not the session itself
    rest = re.sub(r"\s+inclusive$", "", rest, flags=I)  # "2 through 4 inclusive"
    items = re.sub(r"^(?:the\s+)?(?:generations?|images?|pictures?|iterations?|thumbnails?|shots?|renders?|versions?|pics?)\s+(?=\D)",
                   "", rest, flags=I)
    image = None if undo else image_meant_by_it(rest, state, "archive")
    if image is not None:  # "I don't care for number 2. Please take it away."
        return [Step("archive_generations", {"items": [image]})]
    if not rest and not undo:
        if remarked_before(state) and all(type(i) is int for i in state.mentioned):
            # "the dragon of the 5 is with the wings strange, can you archive …": the image the remark named
            return [Step("archive_generations", {"items": list(state.mentioned)})]
        raise Reply("Archive what — this whole session, or some images? Say \"archive this session\" or \"archive 3 and 5\". "
                    "Nothing was changed.")
    if not rest or _IT_SESSION.match(rest) or re.search(r"\b(?:session|sesh)\b", rest, I) and \
            parse_selection(re.sub(r"\s+(?:in|from|of)\s+.*$", "", items), state) is None:
        return [Step("unarchive_session" if undo else "archive_session", session_arg(rest, clause.masked, state))]
    try:
        target = with_session_suffix(items, state, clause.masked)
    except Reply:
        if items == rest:
            raise
        target = None
    if not target and items != rest:  # "the images I have not liked" reads whole, not without its noun
        target = with_session_suffix(rest, state, clause.masked)
    if target:
        selection, where = target
        return [Step("unarchive_generations" if undo else "archive_generations", {**selection.args(), **where})]
    if re.match(r"^(?:#|\d|(?:the\s+)?(?:number|no\.?)\s)", rest, I) or \
            re.search(r"\b(?:ones?|images?|pictures?|pics?|generations?|iterations?|thumbnails?|shots?|renders?|liked|selected)\b",
                      rest, I):
        return None  # images the selection above could not read, never a session of that name
    ref = parse_session(rest, clause.masked, state)
    if ref is None:
        return None
    return [Step("unarchive_session" if undo else "archive_session", {} if ref is CURRENT else {"session": ref})]


def handle_selection_verb(tool: str, clause: Clause, state: PlanState) -> list[Step] | None:
    # "I like 2, 5 and 8 very much": how much is not which
    # "unlike it again": once more, not which
    rest = re.sub(r"\s+(?:(?:very|so|so\s+very)\s+much|a\s+lot|the\s+most|best|again)$", "", clause.rest.strip(" ,.;:!"), flags=I)
    fraction = re.search(r"(?<![\w.,])\d+(?:\.\d+|,\d{3})(?![\w.,])", rest)
    if fraction:  # "like 2.5", "like 1,000": no image has that number ("like 1,4,5" is a list)
        raise Reply(f"\"{fraction.group(0)}\" is not an image number: images are numbered 1, 2, 3 … Nothing was changed.",
                    refused=True)
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


def handle_download(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    args: dict = {}
    destination = re.search(rf"\s+(?:to|as|into|at|in|(?:as\s+)?(?:a\s+)?zip\s+(?:called|named))\s+({Q}|{_PATH}|[\w.-]+\.zip)$", rest, I)  # "… as boats.zip"
    if destination:
        args["path"] = clean_name(destination.group(1), clause.masked)
        rest = rest[:destination.start()]
    rest = re.sub(r"\s+(?:(?:as|in)\s+(?:a\s+)?zip(?:\s*file)?|zipped(?:\s+up)?)(?:\s+(?:please|pls))?$", "", rest, flags=I)
    if clause.text.lower().startswith("zip"):
        rest = re.sub(r"\s+up$", "", rest, flags=I)  # "zip them up"
    rest = re.sub(r"^up\s+", "", rest, flags=I)  # "zip up everything in …"
    rest = re.sub(r"\s+for\s+me$", "", rest, flags=I)
    # "zip the liked ones for the client": who it is for, not which images
    rest = re.sub(r"\s+(?:for|to\s+(?:send|give|show|share)(?:\s+(?:to|with))?)\s+(?:the|my|our|a)\s+(?:client|boss|team|customer|"
                  r"printer|agency|editor|designer|manager|partner|family|bride|couple)s?$", "", rest, flags=I)
    scope = folder_scope(rest, clause.masked) if re.search(r"\bfolder\b", rest, I) else None
    if scope:  # "zip up everything in the Roses Sheet 1 folder": the images saved there
        return [Step("download", {**scope, **args})]
    target = with_session_suffix(rest, state, clause.masked)
    if not target:
        return None
    selection, where = target
    return [Step("download", {**selection.args(), **where, **args})]
