"""Sessions: create a session (kind, name, brief, linked project/campaign/folder), rename a session
or an asset, and link a session to a project, campaign or folder.
"""

from __future__ import annotations

import re

from agent.planner import replies
from agent.planner.common import (
    I,
    Q,
    Clause,
    check_asset_names,
    link_targets,
    link_target,
    segment,
    session_arg,
    value_text,
)
from agent.planner.numbers import parse_number_list
from agent.planner.plan import PlanState, Reply, Step
from agent.planner.references import clean_name
from agent.planner.text import closest_word, drop_closing_emoji


_KINDS = (("visual_feed", r"\b(?:visual[ _]feed|feed)\b"), ("video", r"\bvideo\b"), ("text", r"\b(?:text|copy)\b"),
          ("container", r"\bcontainer\b"), ("visual", r"\b(?:visual|image|photo)\b"))
_CREATE_MARKERS = re.compile(
    r"(?P<called>\s*,?\s+(?:(?:to\s+be\s+)?(?:called|named|titled|entitled)|(?:that|which)\s+(?:is|will\s+be)\s+call(?:ed)?|"
    r"(?:(?:its|the|with\s+the|with)\s+)?name(?:\s+(?:is|should\s+be|will\s+be))?\s*:?)\s+"
    r"|\s*[.,]\s*(?:let'?s\s+|we\s+can\s+|please\s+)?call\s+it\s+)"
    r"|(?P<link>\s*(?:,|\s(?:—|–|--|-)"
    # "… for the church flyers? It belongs to the project St. Brigid's.", "… and place it within the project X"
    r"|[.?!]\s+(?:it|this\s+session)\s+(?:belongs|goes|should\s+go|is\s+part\s+of)(?:\s+(?:to|under|in|into|with))?"
    r"|\s+and\s+(?:place|put|file)\s+it\s+(?:in|into|within|under))"
    r"\s*(?:(?:part\s+of|in|under|within|belonging\s+to)\s+)?(?=(?:the\s+|a\s+)?(?:project|campaign|folder)[\s:]))"
    r"|(?P<brief>\s*,?\s+(?:with\s+)?(?:the\s+|a\s+)?(?:brief|prompt)\b(?!\s+(?:from|of)\b)\s*:?\s*)"
    r"|(?P<for>\s+for\s+)|(?P<about>\s+(?:about|on the topic of)\s+)|(?P<in>\s+(?:in(?:to)?|under)\s+)"
    # "Tokyo trip, it is for video", "… wedding please? it's for table ideas": an aside about the
    # session ends its name.
    r"|(?P<aside>(?:\s*(?:[,;]|[?!.](?=\s)|\s(?:—|–|--|-)(?=\s))|(?<=\ue001))\s*(?:it'?s|it\s+is|this\s+is|that'?s|which\s+is|its|it'?ll|it\s+will|"
    r"(?<=,\s)is(?=\s+for\b)|(?<=,)is(?=\s+for\b)|"
    r"(?:we|i)'?(?:ll|m)|we\s+will|i\s+will|gonna|going\s+to)\s+"
    r"(?:(?:a|an|the|my|our|just|mostly|mainly|all|be|gonna\s+be|going\s+to\s+be)\s+)*)",
    I,
)


_KIND_OPTION = re.compile(r"(?:\s*,\s*|\s+(?:and|with)\s+|\s+(?=(?:kind|type)\s*[=:])|^\s*)(?:(?:the|a|of)\s+)?(?:kind|type)\s*(?::|=|\bis\b|\bof\b)?\s*"
                          r"(visual[_ ]feed|feed|video|text|container|visual)\b(?:\s+session)?(?=\s*(?:[,.;]|$|\s+and\b))", I)


def handle_create_session(clause: Clause, state: PlanState) -> list[Step] | None:
    match = re.search(r"\b(?:session|sesh)\b", clause.rest, I)
    if not match:
        return None
    kind_words, after = clause.rest[:match.start()], clause.rest[match.end():]
    if clause.verb == "make" and re.search(r"\b(?:the|this|that|my)\s*$", kind_words, I):
        return None  # "make the session Launch Week in the archive": a session that exists, changed
    args: dict = {}
    said_kind = _KIND_OPTION.search(after)  # "…, kind container", "… and the kind video", "with kind visual_feed"
    if said_kind:
        kind_words, after = said_kind.group(1), after[:said_kind.start()] + after[said_kind.end():]
    for kind, pattern in _KINDS:
        if re.search(pattern, kind_words, I):
            args["kind"] = kind
            break
    head, parts = segment(after, _CREATE_MARKERS)
    # the words that opened each part, as written ("Mia's 5th - Under the Sea" keeps its "Under")
    opened = [m.group(0) for m in _CREATE_MARKERS.finditer(after)]
    if re.fullmatch(r"[\s,.;:—–-]*(?:(?:pls|please|plz|now|real\s+quick|quickly)\b[\s,.;:—–-]*)*", head, I):
        head = ""  # "new video session pls, call it …": courtesy before the name marker
    values: list[list[str]] = []  # [marker, text] — unlinked "in …" is glued back to the previous value
    if head.strip(" ,.;:"):  # "new session Alpha", "session: Salt and Pepper": the name right after
        if clause.verb not in ("make", "start") or any(name == "called" for name, _ in parts):
            return None
        first = re.match(r"\s*([A-Za-z]+)\s+", head)
        if first and closest_word(first.group(1).lower(), ("called", "named", "titled"), 0.75):
            head = head[first.end():]  # "caled Everything Except Shoes": a typo of "called", not the name
        # "new session pls — ep 47 cover art": a courtesy and a dash before the name are not part of it
        name_said = re.sub(r"^\s*(?:(?:pls|please|plz)\b)?\s*(?:[—–:]|--?\s)?\s*", "", head).strip(" ,.;:")
        # "new session Wedding Arch quick": how soon, said after the name in lower case, is not part of it
        name_said = re.sub(r"(?<=\S)[\s,]+(?-i:quick(?:ly)?|asap|real\s+quick|rn|now|pls|please)$", "", name_said)
        # "new session qa/run-77 project ci", "… ci-nightly campaign=q3": a link said like a command-line option
        option = re.search(r"(?<=\S)\s+(?P<what>project|campaign|folder)(?:\s*[=:]\s*|\s+)(?P<value>[\w./-]+)$", name_said, I)
        if option and (re.search(r"[=:]", option.group(0)) or re.search(r"[\d_/-]", name_said[:option.start()])):
            args[option.group("what").lower()] = option.group("value")
            name_said = name_said[:option.start()]
        values.append(["called", name_said])
    after_aside = False
    for (name, value), opener in zip(parts, opened):
        if after_aside and name == "in":
            continue  # "…, I'll put the animated bits in there": the rest of the remark
        after_aside = after_aside or name == "aside"
        if name == "aside":  # "it's for X": its brief; "it'll hold the lookbook": a remark, never its name
            said_kind = re.fullmatch(r"\s*(?:(?:a|an)\s+)?(\w+(?:\s+feed)?)(?:\s+session)?[\s.!]*", drop_closing_emoji(value), I)
            if said_kind and any(re.fullmatch(p, said_kind.group(1), flags=I) for _, p in _KINDS):
                # "its gonna be a feed": the kind
                args.setdefault("kind", next(k for k, p in _KINDS if re.fullmatch(p, said_kind.group(1), flags=I)))
                continue
            if not re.match(r"for\s", value, I):
                continue
            name, value = "aside_for", value[4:]
        link = link_target(value, clause.masked) if name in ("for", "in", "link") else None
        if name == "for" and not link and values and values[-1][0] == "called" and _title_case(value):
            # "called Fossils for Kids", "Seasons for the Children": capitals after "for" go on with the name
            values[-1][1] += " for " + value
            continue
        if link:
            args[link[0]] = link[1]
        elif name == "link":
            return None
        elif name == "in" and values:
            values[-1][1] += opener + value
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
                # "'Q3 Launch' to group the launch work": what it is for, after the quoted name
                if not re.fullmatch(r"[\s,]*(?:it\s+is|it'?s|this\s+is)?[\s,]*", quoted.group(2), flags=I) \
                        and not re.match(r"[\s,]*(?:to|so\s+(?:i|we)\s+can)\s+(?-i:[a-z]+)\s+\S", quoted.group(2), flags=I):
                    return None
                value = quoted.group(1)
            args["name"] = clean_name(value, clause.masked)
        elif name in ("about", "brief"):
            args["prompt"] = value_text(value, clause.masked)
    for name, value in values:
        # ("it is for video, I believe, since she wants little moving clips": the kind, then why)
        kind = re.fullmatch(r"\s*(?:(?:a|an)\s+)?(\w+)(?:\s+only|\s+work|\s+session)?\s*(?:[,;.]\s.*)?", value, flags=I)
        if name in ("for", "aside_for") and kind and any(re.fullmatch(p, kind.group(1), flags=I) for _, p in _KINDS):
            args.setdefault("kind", next(k for k, p in _KINDS if re.fullmatch(p, kind.group(1), flags=I)))
            continue  # "it is for text only": the kind, not a topic
        if name == "aside_for":  # "…, it's for table ideas": the brief, whatever named the session
            link = link_target(value, clause.masked)  # "… it's for the Static & Signal project"
            if link:
                args[link[0]] = link[1]
            else:
                args["prompt"] = value_text(value, clause.masked)
        elif name == "for" and re.fullmatch(r"\s*(?:me|us|myself|ourselves|you|now|today|later)[\s,.!?]*", value, I):
            continue  # "set up a session called Sunken Temple for me": who it is for, not what
        elif name == "for":
            kind_said = re.search(r"[\s,]+(?:it'?s|its|it\s+is)\s+(?:a|an|gonna\s+be\s+a)\s+(?P<kind>\w+)(?:\s+(?:thing|one|session))?"
                                  r"[\s.!]*$", value, I)
            kind = kind_said and next((k for k, p in _KINDS if re.fullmatch(p, kind_said.group("kind"), flags=I)), None)
            if kind:  # "new session for my amv its a video thing": the kind, said after what it is for
                args.setdefault("kind", kind)
                value = value[:kind_said.start()]
            topic = clean_name(value, clause.masked)
            args.setdefault("name", topic)
            args.setdefault("prompt", topic)
    more = None if "\ue000" in clause.rest else _REQUEST_IN_NAME.search(args.get("name") or "")
    if more:  # "new session Dragon Friends 2 and copy the liked one to there": a request I did not read, never the name
        raise Reply(f"I read the session's name as \"{clause.masked.restore(args['name'][:more.start()]).strip()}\", and the rest "
                    f"(\"{clause.masked.restore(args['name'][more.start():]).strip(' ,')}\") as a request I can't read. Start the "
                    "session first, then say the rest on its own. Nothing was changed.")
    return [Step("create_session", args)]


# A name that goes on with a request: "… and copy the liked one to there", "…, then put 3 in it"
# ("Cut and Paste the Look", "Drag and Drop the Beat" are names: only the studio's own objects count)
_REQUEST_IN_NAME = re.compile(r"(?:\s+(?:and|then|&)|,)\s+(?:then\s+)?(?:copy|duplicate|clone|move|put|add|send|bring|transfer)\s+"
                              r"(?:the\s+(?:liked|selected|best|first|last|new|old|other)\b|my\s+(?:liked|favou?rite)|them\b|it\b|those\b|these\b|"
                              r"all\b|#?\d)", I)


def _title_case(words: str) -> bool:
    """"Kids", "the Children": every word but the small ones starts with a capital ("the Hartley wedding" does not)."""
    content = [w for w in re.findall(r"[\w'-]+", words)
               if w.lower() not in ("the", "a", "an", "of", "and", "my", "our", "in", "on", "to")]
    return bool(content) and all(w[0].isupper() or w[0].isdigit() for w in content)


_TO = re.compile(r"\s+(?:to|as|into)\s+")


def handle_rename(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip()
    folder = re.match(r"^(?:the\s+|my\s+)?(?:folder\s+(?:called\s+|named\s+)?(?P<a>.+?)|(?P<b>.+?)\s+folder)\s+(?:to|as|into)\s+(?P<new>\S.*)$",
                      rest, I)
    if folder:  # "rename the folder Book Dummy to Final Spreads"
        return [Step("rename_folder", {"folder": clean_name(folder.group("a") or folder.group("b"), clause.masked),
                                       "new_name": clean_name(folder.group("new"), clause.masked)})]
    asset = re.match(r"^(?:the\s+)?(?:asset|file|image in the library)\s+(?:(?:called|named|titled)\s+)?", rest, I)
    if asset or clause.verb == "retitle":
        rest = rest[asset.end():] if asset else rest
        split = _TO.search(rest)
        if not split:
            return None
        check_asset_names(rest[:split.start()], clause.masked, "rename", explicit=bool(asset))
        return [Step("rename_asset", {"asset": clean_name(rest[:split.start()], clause.masked),
                                      "title": clean_name(rest[split.end():], clause.masked)})]
    bare = re.match(r"^(?:to|as)\s+(?=\S)", rest, I)
    split = _TO.search(rest)
    if bare:  # "rename to denim moodboard v2": this session
        target, new_name = "this session", rest[bare.end():]
    elif split:
        target, new_name = rest[:split.start()], rest[split.end():]
    elif named_in := re.match(r"^(?:the\s+)?(?:session|sesh)\s+(?P<old>.+?)\s+(?:in|into)\s+(?P<new>\S.*)$", rest, I):
        # "rename the session Q3 Ads in Q3 Werbung": a German speaker's "in" is "to" — or is "Life in Color" the name?
        old, new = (clean_name(named_in.group(g), clause.masked) for g in ("old", "new"))
        raise Reply(f"Rename '{old}' to '{new}', or this session to '{old} in {new}'? Say \"rename {old} to {new}\" or "
                    f"\"rename this session to {old} in {new}\". Nothing was changed.")
    else:  # "call this session X", "name it X"
        match = re.match(r"^((?:this|the)\s+session|it|this(?:\s+one)?)\s+(.+)$", rest, I)
        if not match:
            return None
        target, new_name = match.group(1), match.group(2)
        if re.fullmatch(r"it|this(?:\s+one)?", target, I) and state.last_step is not None \
                and state.last_step.name not in ("create_session", "open_session", "rename_session", "archive_session",
                                                 "unarchive_session"):
            # "like 3, call it Hero", "save 2 to folder A, name it B": "it" there is no session
            raise Reply(f"What should be called \"{clause.masked.restore(new_name).strip(' .!')}\"? Say \"rename this session "
                        "to …\" for the session, or name the folder in the save (\"save 2 to folder …\"). Nothing was changed.")
    quoted = clause.masked.only_quote(new_name.strip(" .!"))
    if quoted is not None and not quoted.strip():  # 'rename this session to ""'
        raise Reply("A session's name can't be empty: say the new name, e.g. \"rename this session to Beach Day\". "
                    "Nothing was changed.", refused=True)
    if re.fullmatch(r"\s*(?:to|as|into)?[\s.!?]*", new_name, I):  # "rename this session to"
        raise Reply("Rename it to what? Say the new name, e.g. \"rename this session to Beach Day\". Nothing was changed.",
                    refused=True)
    kind_said = _KIND_AFTER_NAME.search(new_name)
    kind = None
    if kind_said and not _ASKS_MORE.search(kind_said.group("rest")):
        made = state.last_step if state.last_step and state.last_step.name == "create_session" else None
        if made is None or re.fullmatch(r"(?:the|this)\s+session", target, I) \
                or made.args.get("name") not in (None, made.args.get("prompt")):
            raise Reply("A session's kind is chosen when it is started (\"start a video session called …\"); "
                        "this one keeps its kind. Nothing was changed.")
        kind = next(k for k, p in _KINDS if re.fullmatch(p, kind_said.group("kind"), flags=I))
        new_name = new_name[:kind_said.start()]
    new_name = clean_name(new_name, clause.masked)
    if not new_name:
        return None
    # (a kind said here goes with the name onto the session just started: agent/planner/message.name_at_creation)
    return [Step("rename_session", {**session_arg(target, clause.masked, state), "new_name": new_name,
                                    **({"kind": kind} if kind else {})})]


# "… and call it Wedding Cakes? It is for video, I believe, since …": the kind of the session just started
_KIND_AFTER_NAME = re.compile(r"(?<=[?.!])\s+(?:it\s+is|it'?s|its|this\s+is)\s+(?:for\s+)?(?:(?:a|an)\s+)?"
                              r"(?P<kind>visual[_ ]feed|feed|video|text|container|visual)\b(?:\s+(?:session|one|thing))?(?P<rest>.*)$",
                              I)
# …followed by a remark only, never by more of the request
_ASKS_MORE = re.compile(r"\b(?:please|pls|can\s+you|could\s+you|also|then|generate|make|like|save|archive|delete|rename|"
                        r"move|tag|post|download|open|start)\b", I)


def handle_link(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    for split in reversed(list(re.finditer(r"\s+(?:to|in|into|with|under)\s+", rest, I))):
        links = link_targets(rest[split.end():], clause.masked)
        if links and parse_number_list(rest[:split.start()]) is not None:
            return None  # "link 3 to the Q3 campaign": numbers are generations, not a session
        if links:
            return [Step("link_session", {**session_arg(rest[:split.start()], clause.masked, state), **links})]
    return None


# "new session - name: Onboarding Hero; type: visual feed; project: Falcon": a form, one request
_SESSION_FORM = re.compile(
    r"^(?P<head>(?:(?:please\s+)?(?:new|create|start|make|open)\s+(?:a\s+)?(?:new\s+)?(?:[\w-]+\s+)?(?:session|sesh))\s*[-–—:.]?\s*)"
    r"(?P<fields>(?:[a-z]+\s*:\s*[^;:.]+[;.]\s*)+[a-z]+\s*:\s*[^;:]+?)[;.\s]*$", I)


def session_form(text: str) -> str:
    """The fields of a session form joined by commas, so that they read as one creation."""
    form = _SESSION_FORM.match(text)
    return form.group("head").rstrip(" .") + " " + re.sub(r"[;.]\s*", ", ", form.group("fields")) if form else text
