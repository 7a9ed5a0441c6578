"""The asset library: save (and keep) generations into it, move generations or assets, tag and
untag assets, upload a file, the assets of one folder (``folder_scope``), and list assets with
their filters.
"""

from __future__ import annotations

import re

from agent.planner.common import (
    _IT_SESSION,
    _PATH,
    _PRONOUN_ONLY,
    I,
    Q,
    Clause,
    folder_scope,
    link_target,
    parse_assets,
    segment,
    session_arg,
    split_list,
    with_session_suffix,
)
from agent.planner.plan import PlanState, Reply, Step
from agent.planner.references import clean_name, parse_selection, parse_session
from agent.planner.text import Masked, strip_filler


_SAVE_MARKERS = re.compile(
    r"(?P<library>\s+(?:to|in|into)\s+(?:the\s+|my\s+)?library\b)"
    r"|(?P<folder>(?:\s+(?:to|in|into)|\s*[,:]\s*(?:and\s+)?(?:(?:to|in|into)\s+)?|\s+and\s+(?:(?:to|in|into)\s+)?)\s*"
    r"(?:a\s+|the\s+|my\s+)?(?:new\s+)?folder(?:\s+(?:called|named))?\s+)"
    r"|(?P<project>(?:\s+(?:to|in|into|for|under)|\s*[,:]\s*(?:and\s+)?(?:(?:to|in|into|for|under)\s+)?|\s+and\s+(?:(?:to|in|into|for|under)\s+)?)"
    r"\s*(?:the\s+|a\s+)?project(?:\s+(?:called|named))?\s+)"
    r"|(?P<tags>(?:\s+(?:tagged(?:\s+as)?|with\s+(?:the\s+)?tags?)|(?:\s+and|\s*,)\s+(?:(?:also|then|and)\s+)*"
    r"tag\s+(?:them|it|those|these|both)(?:\s+(?:with|as))?|\s*[,:]\s*(?:and\s+)?tags?(?!\s+(?:them|it|those|these)\b))\s+)"
    r"|(?P<to>\s+(?:to|into)\s+(?!the\s+library|my\s+library))",
    I,
)


def handle_save(clause: Clause, state: PlanState) -> list[Step] | None:
    # "save 1 to 8 to a folder named 14 Lake Rd": the first "to" is a range
    # ("save images 1 to 5 of Harbor Moods to …" too)
    rest = re.sub(r"^((?:the\s+)?(?:(?:images?|pictures?|pics?|photos?|numbers?)\s+)?)(\d{1,5})\s+(?:to|through|thru|till|until)\s+(\d{1,5})"
                  r"(?=(?:\s+of\s+.+?)?\s+(?:to|into|in)\s)",
                  r"\1\2-\3", clause.rest.strip(" ,.;:"), flags=I)
    head, parts = segment(rest, _SAVE_MARKERS)
    args: dict = {}
    if sum(name in ("folder", "to") for name, _ in parts) > 1:
        # "save 2 to Launch and 5 to Social": two saves in one; never the last folder for all of them
        raise Reply("That names more than one place to save to. Say each save on its own, e.g. \"save 2 to Launch\", "
                    "then \"save 5 to Social\". Nothing was changed.")
    for name, value in parts:
        place = re.fullmatch(r"\s*(?:(?:a|the|my|new)\s+)*(folder|project)s?[\s.!?]*", value, I)
        if name in ("folder", "to", "project") and place:  # "save 2 to the folder": which one?
            raise Reply(f"Which {place.group(1).lower()}? Say its name, e.g. \"save 2 to folder Launch\". "
                        "Nothing was changed.")
        if name in ("folder", "to"):
            # "save liked to folder Etsy Listings except 9": the exclusion is the selection's, not the name's
            excluded = re.search(r"\s+((?:except(?:\s+for)?|but\s+not|apart\s+from|other\s+than|excluding)\s+\S.*)$", value, I)
            if excluded and "\ue000" not in value:
                head, value = f"{head} {excluded.group(1)}", value[:excluded.start()]
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


_COPY_KEPT = re.compile(r"^(?:the\s+)?(?:copy|copies|asset|assets|saved\s+(?:one|ones|copy)|one|ones|it|them)\s+(?:in|inside)\s+(?:the\s+)?"
                        r"(?:folder\s+)?[^,;]+?(?:\s+folder)?(?:\s+(?:though|tho|please|pls))?$", I)
_SESSION_KEPT = re.compile(r"^(?:the\s+)?(?:session\s+)?(?P<name>\S.*?)(?:\s+session)?\s+(?:active|open|as\s+(?:it\s+is|is)|unarchived|"
                           r"untouched|alone|going|running)$", I)


def handle_keep(clause: Clause, state: PlanState) -> list[Step] | None:
    """"keep 2 in the library" saves; a bare "keep the first one" changes nothing (images stay anyway)
    but still names them, so "… and archive the rest" knows which ones are kept."""
    if _SAVE_MARKERS.search(clause.rest):
        return handle_save(clause, state)
    if _COPY_KEPT.match(clause.rest.strip(" ,.;:!")):  # "leave the copy in Characters though": it stays where it is
        return []
    if re.match(r"leave\b", strip_filler(clause.text), I) and re.fullmatch(
            r"(?:it|that|this|them|everything|all)(?:\s+(?:as\s+(?:it\s+)?is|be|alone|then))?", clause.rest.strip(" ,.;:!"), I):
        return []  # "leave it", "rehne do": nothing to change
    as_it_is = _SESSION_KEPT.match(clause.rest.strip(" ,.;:!"))
    if as_it_is and (re.fullmatch(r"(?:the\s+)?(?:(?:numbers?|images?)\s+)?#?\d+(?:\s*(?:,|and|&)\s*#?\d+)*", as_it_is.group("name"), I)
                     or re.match(r"(?:the\s+)?(?:first|last|liked|selected|image|images|one|ones|number|numbers)\b", as_it_is.group("name"), I)):
        as_it_is = None  # "archive all, leave 2 and 5 alone": images kept (checked against what the message archives)
        clause = Clause(clause.text, clause.masked, clause.verb, re.sub(r"\s+(?:active|open|alone|untouched|as\s+(?:it\s+)?is)$", "",
                                                                         clause.rest.strip(" ,.;:!"), flags=I))
    if as_it_is:  # "archive session Q3 Ads; keep Holiday Promo active": a session left as it is
        kept = clean_name(as_it_is.group("name"), clause.masked)
        changed = state.last_step.args.get("session") if state.last_step else None
        if isinstance(changed, str) and changed.lower() == kept.lower():
            raise Reply(f"That both changes and keeps '{kept}'. Say which you mean. Nothing was changed.")
        return []
    target = with_session_suffix(clause.rest.strip(" ,.;:"), state, clause.masked)
    if not target:
        return None
    items = target[0].items
    if items is not None:
        state.mentioned = items if isinstance(items, str) else list(items)
        state.kept += [i for i in items if isinstance(i, int)] if isinstance(items, list) else []
    return []


def handle_move(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    new = re.match(r"^(?P<what>.+?)\s+(?:to|into)\s+(?:a\s+)?(?:brand\s+)?new\s+(?:(?P<kind>\w+)\s+)?(?:session|sesh)\s+"
                   r"(?:(?P<called>called|named|titled)\s+)?(?P<name>\S.*)$", rest, I)
    if new and not new.group("called") and not re.match(r"[\ue000A-Z0-9]", new.group("name")):
        new = None  # "move 3 to a new session for the client", "… too": no name said
    if new:  # "move 5 and 6 into a new session called cropped fits": make it, then move them there
        target = with_session_suffix(new.group("what"), state, clause.masked)
        source = (target[1] if target else {}) or ({"session": state.memory.session} if state.memory.session else {})
        name = clean_name(new.group("name"), clause.masked)
        if not target or not source or not name:
            raise Reply("Move which images, from which session? Say e.g. \"move 5 and 6 from Harbour into a new session "
                        "called Boats\". Nothing was changed.")
        return [Step("create_session", {"name": name}),
                Step("reassign", {**target[0].args(), **source, "to_session": name})]
    splits = list(re.finditer(r"\s+(?:to|into|over to)\s+", rest, I))
    if not splits:
        return None
    split = splits[-1]
    what, where = rest[:split.start()], rest[split.end():]
    link = link_target(where, clause.masked)
    if link and re.search(r"\b(?:session|sesh)\b", what, I) and not re.search(r"\b(?:assets?|files?|images?|pictures?)\b|\d", what, I):
        # "move the sneaker drop session into project spring shop": the session is linked there
        return [Step("link_session", {**session_arg(what, clause.masked, state), link[0]: link[1]})]
    scope = folder_scope(what, clause.masked)
    if scope and link and link[0] in ("folder", "project"):
        return [Step("move_assets", {**scope, link[0]: link[1]})]
    if scope and not link and re.search(r"\bfolder\b", what, I) and not re.match(r"(?:the\s+|a\s+)?(?:project|campaign)\b", where, I):
        # "move everything in the Drafts folder to Final"
        return [Step("move_assets", {**scope, "folder": clean_name(where, clause.masked)})]
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


def tag_step(target: str, tags: str, masked: Masked, state: PlanState, tool: str = "tag_assets") -> list[Step] | None:
    """Tags for ``target``: what was just saved ("… then tag it blue"), a folder's assets, or assets by title."""
    # "with the word approved", "with the tags warm and cosy": the tags, not the words that name them
    # '"internal-only" to them': the tag, then what it goes on (already said before it)
    tags = re.sub(r"\s+(?:to|on|onto)\s+(?:them|it|those|these|both|all\s+of\s+them)[\s.!]*$", "", tags, flags=I)
    names_of_tags = split_list(re.sub(r"^\s*(?:the\s+)?(?:words?|tags?|labels?)\s+(?=\S)", "", tags, flags=I), masked)
    # "tag dragon and tag kids book": the word "tag" said again before each one
    names_of_tags = [re.sub(r"^(?:the\s+)?tag\s+(?=\S)", "", name, flags=I) for name in names_of_tags]
    if tool == "tag_assets":
        merged = tag_what_was_saved(target, names_of_tags, state)
        if merged is not None:
            return merged
    if state.last_step is None and state.memory.last_saved and _PRONOUN_ONLY.match(target.strip(" ,.;:")):
        # "save the liked ones to Bouquets", then "and tag them pink": the assets that save made
        return [Step(tool, {"assets": list(state.memory.last_saved), "tags": names_of_tags})]
    scope = folder_scope(target, masked)
    if scope:
        return [Step(tool, {**scope, "tags": names_of_tags})]
    names = parse_assets(target, masked, "tag" if tool == "tag_assets" else "untag")  # the example its reply gives
    return [Step(tool, {"assets": names, "tags": names_of_tags})] if names else None


def handle_tag(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    # "tag them with castle"; "tag them castle" (a pronoun, then the tags)
    match = (re.match(r"^(.+?)\s+(?:with|as)\s+(.+)$", rest, I)
             or re.match(r"^(them|it|those|these|both)\s+(?!with\b|as\b)(.+)$", rest, I))
    if not match:
        return None
    return tag_step(match.group(1), match.group(2), clause.masked, state)


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
    return tag_step(assets, tags, clause.masked, state, "untag_assets")


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
