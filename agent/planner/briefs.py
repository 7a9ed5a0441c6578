"""A session's brief and reference files: "set the brief to: …", "add ~/x.png as a reference",
"use the asset Blue Coat as a reference", "show the references", "remove reference 2"."""

from __future__ import annotations

import re

from agent.planner.plan import Reply, Step
from agent.planner.text import Masked

_FLAGS = re.IGNORECASE


def _session_words(group: str) -> str:
    """Which session: this one (the default) or one named in ``group``."""
    return (rf"(?:(?:this|the\s+current|the|my|current|our)\s+(?:session|brief)|(?:this|the|my|our)\s+session(?:'?s)?\s+brief"
            rf"|session\s+(?P<{group}>.+?))")


def _on(group: str) -> str:
    return rf"(?:\s+(?:to|for|of|in|on|from)\s+{_session_words(group)})?"


_BRIEF = r"(?:the\s+|my\s+|its\s+|our\s+|this\s+session'?s\s+)?brief"
_REFERENCE = r"(?:a\s+|the\s+|another\s+|an?\s+extra\s+)?(?:reference|ref)s?(?:\s+(?:files?|images?|pictures?|videos?))?"
_ATTACH = re.compile(
    rf"^(?:attach|add|use)\s+(?P<what>.+?)(?:\s+to\s+{_session_words('session')}|\s+to\s+{_BRIEF})?\s+(?:as|like)\s+{_REFERENCE}"
    rf"(?:\s+(?:to|for|of|in)\s+{_session_words('session2')})?$"
    # "add the reference file /tmp/venue.jpg to the brief"
    r"|^(?:attach|add)\s+(?:the\s+|a\s+)?(?:reference|ref)(?:\s+(?:file|image|picture|photo))?\s+(?P<what2>\S.*?)\s+(?:to|for)\s+"
    r"(?:the\s+|my\s+|this\s+session'?s\s+)?brief$"
    # "add /tmp/moodboard_v3.png to the brief": a file (one word, or quoted) given to the brief
    rf"|^(?:attach|add)\s+(?P<what3>[^\s\ue000]*[/\\.~][^\s\ue000]*|\ue000\d+\ue001)\s+to\s+{_BRIEF}$",
    _FLAGS)
_ASSET = re.compile(r"^(?:the\s+)?(?:library\s+)?asset\s+(?:called\s+|named\s+)?(?P<name>.+)$", _FLAGS)
_LOOKS_LIKE_PATH = re.compile(r"[/\\~]|\.[A-Za-z0-9]{2,5}$")
_SET = re.compile(
    rf"^(?:set|change|update|make)\s+(?:the\s+|my\s+|this\s+session'?s\s+)?brief{_on('session')}\s*(?:(?:to|as)\s*:?|:)\s*(?P<text>\S.*)$"
    rf"|^(?:the\s+|my\s+|this\s+session'?s\s+)?brief{_on('session2')}\s+(?:is|should\s+be)\s*:?\s*(?P<text2>\S.*)$"
    r"|^(?:(?:set|change|update)\s+(?:the\s+|my\s+)?)?brief\s*:\s*(?P<text3>\S.*)$"
    r"|^(?:set|change|update|write)\s+(?:the\s+|a\s+)?brief\s+(?:for|of)\s+(?P<session4>[^:\ue000]{1,60}?)\s*:\s*(?P<text4>\S.*)$"
    # "add the brief 'a shy bear who reads by moonlight' to this session": a quoted brief, then where
    rf"|^(?:add|give|attach|use)\s+(?:the\s+|a\s+)?brief\s*:?\s*(?P<text5>\ue000\d+\ue001){_on('session5')}$",
    _FLAGS | re.DOTALL)
_QUESTION_WORDS = re.compile(r"^(?:what|which|who|how|where|why)\b", _FLAGS)
_LIST = re.compile(
    r"^(?:show|list|see|view|what\s+are|what're|which\s+are|tell\s+me|give\s+me|get)\s+(?:me\s+)?"
    rf"(?:all\s+)?(?:of\s+)?(?:the\s+|my\s+|this\s+session'?s\s+)?(?:brief'?s?\s+)?(?:references|refs|reference\s+files)"
    rf"{_on('session')}$"
    rf"|^(?:show|what\s+is|what's|whats|tell\s+me|give\s+me|see)\s+(?:me\s+)?(?:the\s+|my\s+|this\s+session'?s\s+)?brief{_on('session2')}$"
    rf"|^what\s+(?:does|did)\s+(?:the\s+|my\s+|this\s+session'?s\s+)?brief{_on('session3')}\s+say$"
    # "whats the brief for product shots": a session named without the word "session"
    r"|^(?:show|what\s+is|what's|whats|tell\s+me|give\s+me|see)\s+(?:me\s+)?(?:the\s+)?brief\s+(?:for|of|in|on)\s+(?:the\s+)?"
    r"(?P<session4>(?!(?:this|the|my|current|our)\b)[^\ue000]+?)(?:\s+session)?$",
    _FLAGS)
_REMOVE = re.compile(
    r"^(?:remove|delete|drop|detach)\s+(?:the\s+)?(?:reference|ref)\s+(?:#\s*|number\s+|no\.?\s*)?(?P<ref>.+?)"
    rf"(?:\s+from\s+{_session_words('session')})?$"
    rf"|^(?:remove|detach|drop)\s+(?P<ref2>.+?)\s+from\s+(?:the\s+)?(?:references|refs)(?:\s+of\s+{_session_words('session2')})?$", _FLAGS)


def _session(match: re.Match, masked: Masked) -> dict:
    named = next((v for k, v in match.groupdict().items() if k.startswith("session") and v), None)
    if named and re.fullmatch(r"(?:this|the\s+current|current|my|our)\s+(?:session|sesh)|this|here", named.strip(), _FLAGS):
        named = None  # "set the brief for this session: …"
    return {"session": masked.restore(named).strip()} if named else {}


def _first(match: re.Match, *names: str) -> str:
    return next(match.group(n) for n in names if match.group(n) is not None)


def brief_steps(text: str, masked: Masked) -> list[Step] | None:
    """The step a brief or reference request asks for, or None when ``text`` is not one."""
    clean = text.strip().rstrip(" .!?")
    if (set_brief := _SET.match(clean)) and not _QUESTION_WORDS.match(clean):
        brief = masked.restore(_first(set_brief, "text", "text2", "text3", "text4", "text5")).strip()
        return [Step("set_brief", {"text": brief, **_session(set_brief, masked)})]
    # "whats the brief for this session again?": the question without its last word of talk
    if listing := _LIST.match(re.sub(r"\s+(?:again|now|rn|right\s+now|please|pls|here|in\s+here)$", "", clean, flags=_FLAGS)):
        return [Step("list_references", _session(listing, masked))]
    if remove := _REMOVE.match(clean):
        return [Step("remove_reference", {"reference": masked.restore(_first(remove, "ref", "ref2")).strip(),
                                          **_session(remove, masked)})]
    if attach := _ATTACH.match(clean):
        what = masked.restore(attach.group("what") or attach.group("what2") or attach.group("what3")).strip()
        if attach.group("what3") and not _LOOKS_LIKE_PATH.search(what):
            return None  # "add 'soft greens' to the brief": words for the brief, not a file
        paths = re.split(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)\s*", what)
        if len(paths) > 1 and all(_LOOKS_LIKE_PATH.search(p) and " " not in p for p in paths):
            return [Step("attach_reference", {"path": p, **_session(attach, masked)}) for p in paths]  # "add a.png and b.png"
        if re.fullmatch(r"(?:(?:images?|pictures?|generations?)\s+)?(?:numbers?\s+|no\.?\s*|#\s*)?\d{1,5}"
                        r"(?:\s*(?:,|and|&|\+)\s*(?:and\s+)?#?\s*\d{1,5})*|(?:the\s+)?(?:liked|selected)(?:\s+ones)?|them|those|these|it",
                        what, _FLAGS):
            raise Reply(f"A reference is a file or a library asset, not a generation: save {what} to the library first, "
                        "then say \"use the asset … as a reference\". Nothing was attached.")
        asset = _ASSET.match(what)
        if asset:
            target = {"asset": asset.group("name").strip()}
        elif _LOOKS_LIKE_PATH.search(what):
            target = {"path": what}
        else:
            target = {"asset": what}
        return [Step("attach_reference", {**target, **_session(attach, masked)})]
    return None
