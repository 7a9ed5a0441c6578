"""Posts: create a post from generations or assets, with its caption, platform and project."""

from __future__ import annotations

import re

from agent.planner.common import I, Q, Clause, folder_scope, parse_assets, value_text, with_session_suffix
from agent.planner.plan import PlanState, Reply, Step
from agent.planner.references import clean_name
from agent.planner.text import TO_THE_STUDIO, Masked


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
    if re.search(r"\s(?:with\s+no|without\s+(?:a|any)?)\s*caption$", rest, I):
        raise Reply("A post here always has a caption: say what it should say, e.g. \"post 2 captioned 'Out now'\". "
                    "Nothing was done.")
    args: dict = {}
    # "post the liked ones on linkedin: Just listed, 14 Lake Rd": after the platform and a colon, the caption
    rest = re.sub(rf"\b(on|to|for)\s+({PLATFORMS})\s*:\s*(?=\S)", r"\1 \2 caption: ", rest, flags=I)
    caption = re.search(r"\s*,?\s+(?:and\s+(?:the\s+|a\s+)?(?=caption))?(?:captioned|caption(?:ed)?\s*:|(?<=\s)caption\s+(?=\S)|with\s+(?:the\s+|a\s+)?caption\s*:?|saying|that says|"
                        r"(?:the\s+)?(?:caption|text)\s+(?:is|should\s+(?:be|say|read)|will\s+be|must\s+(?:be|say|read)|has\s+to\s+be|ought\s+to\s+(?:be|say|read)|reads|says)\s*:?|"
                        r"with\s+(?:the\s+)?text\s*:?|caption(?=\s*\ue000))\s*", " " + rest, I)  # ', caption "…"'
    if caption:
        text, rest = (" " + rest)[caption.end():], (" " + rest)[:caption.start()].strip()
        quoted = re.match(rf"{Q}", text)
        if quoted:  # a quoted caption ends at its quote; what follows is more of the request
            args["caption"] = clause.masked.only_quote(quoted.group(0)).strip()
            rest += " " + text[quoted.end():].strip(" ,")
        else:  # unquoted, it runs to the end, except a closing "for instagram"
            studio = TO_THE_STUDIO.search(text)
            if studio:
                raise Reply(f"The caption goes on with words to me (\"{clause.masked.restore(text[studio.start():]).strip(' .!?')[:60]}\"), "
                            "and I won't put them in a post or act on them. Put the caption in quotes and say the rest "
                            "separately. Nothing was changed.")
            platform = re.search(rf"\s*,?\s+(?:to|on|for|(?:on\s+|for\s+)?(?:the\s+)?platform:?)\s+({PLATFORMS})$", text.rstrip(" ,.;:!?"), I)
            if platform:
                text, rest = text[:platform.start()], f"{rest} on {platform.group(1)}"
            args["caption"] = value_text(text, clause.masked) + _caption_end(text, clause.masked)
    venue = _VENUE.search(rest)
    if venue:  # "for our library's Facebook page", "for the family group chat": where it goes, in the user's words
        known = re.search(rf"\b({PLATFORMS})\b", venue.group("name"), I)
        rest = (rest[:venue.start()] + " " + (known.group(1) if known else "") + rest[venue.end():]).strip()
        if not known:
            args["platform"] = re.sub(r"\s+", " ", venue.group(0)).strip()
            args["platform"] = re.sub(r"^(?:for|on|in|to)\s+(?:the|our|my|a)?\s*", "", args["platform"], flags=I)
    platform = re.search(rf"\b(?:to|on|for)\s+({PLATFORMS})\b|\b({PLATFORMS})\b", rest, I)
    if platform:
        said = (platform.group(1) or platform.group(2)).lower()
        args["platform"] = _PLATFORM_NAMES.get(said, said)
        rest = (rest[:platform.start()] + rest[platform.end():]).strip()
    project = re.search(r"\s*\b(?:for|in|to)\s+(?:the\s+)?project\s+(\S.*?)(?=\s+(?:with|of|from)\s|$)", rest, I)
    if project:
        args["project"] = clean_name(project.group(1), clause.masked)
        rest = rest[:project.start()] + rest[project.end():]
    rest = re.sub(r"^(?:an?\s+|the\s+)?(?:new\s+)?post\b\s*", "", rest.strip(), flags=I)
    rest = re.sub(r"^(?:with|w/?|of|from|using|out of)\s+", "", rest, flags=I).strip(" ,.;:")
    assets = re.match(r"^(?:the\s+)?assets?\s+(.+)$", rest, I)
    folder = folder_scope(rest, clause.masked) if rest else None
    if folder:  # "make a post out of the Hero Shots folder with caption …"
        args.update(folder)
    elif assets:
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


# Short names people use, stored as the platform's own name ("insta" is Instagram).
_PLATFORM_NAMES = {"insta": "instagram", "ig": "instagram", "x.com": "x", "X": "x", "fb": "facebook", "yt": "youtube"}
PLATFORMS = "instagram|insta|\\big|fb|yt|twitter|x\\.com|(?-i:X)(?![\\w.])|tiktok|facebook|linkedin|pinterest|threads|bluesky|youtube|mastodon|tumblr|behance|dribbble|discord|etsy|whatsapp|reddit|telegram|snapchat|substack|flickr|shopify"
# "for the school newsletter", "on our church group's page": a place named by what it is; a platform
# named inside it ("our library's Facebook page") is that platform.
_VENUE = re.compile(r"\s*\b(?:for|on|in|to)\s+(?:the\s+|our\s+|my\s+|a\s+)?(?P<name>(?:[\w'’-]+\s+){0,3}?)"
                    r"(?:page|group\s+chat|chat|group|newsletter|channel|blog|website|site|feed|account|story|stories)\b"
                    r"(?!\s+(?:session|sesh|folder|project))", I)


# After a post was made here: "make it instagram", "post it on linkedin instead", "change the caption
# to 'Out now'", "the caption should be …": that post changed (a post elsewhere is never guessed).
_EDIT_PLATFORM = re.compile(rf"^(?:make\s+(?:it|that|the\s+post)\s+(?:for\s+|an?\s+)?|(?:post|put|move)\s+(?:it|that)\s+(?:on|to)\s+|"
                            rf"(?:change|set|switch)\s+(?:the\s+|its\s+)?platform\s+to\s+)(?P<platform>{PLATFORMS})"
                            r"(?:\s+(?:post|instead|then))?$", I)
_EDIT_CAPTION = re.compile(r"^(?:(?:change|set|update|edit|make)\s+(?:the\s+|its\s+|that\s+)?caption\s+(?:to|into|:)\s*"
                           r"|(?:the\s+)?caption\s+(?:should\s+(?:be|say|read)|is)\s*:?\s*|caption\s+it\s+)(?P<caption>\S.*?)(?:\s+instead)?$", I)


def edit_post_steps(text: str, masked: Masked, state: PlanState) -> list[Step] | None:
    """The change to the post made last in this conversation, or None when ``text`` is no such change."""
    clean = text.strip().rstrip(" .!")
    platform, caption = _EDIT_PLATFORM.match(clean), _EDIT_CAPTION.match(clean)
    if not platform and not caption or (state.last_step is not None and state.last_step.name == "create_post"):
        return None  # "make a post for linkedin with 2, the caption is …": the post being made
    post = state.memory.last_post
    if post is None and caption and not re.match(r"(?:change|set|update|edit|make)\b", clean, I):
        return None
    if post is None:
        raise Reply("Which post? I change only a post made in this conversation — make one first, e.g. "
                    "\"post 2 captioned 'Out now'\". Nothing was changed.")
    if platform:
        said = platform.group("platform").lower()
        return [Step("edit_post", {"post": post, "platform": _PLATFORM_NAMES.get(said, said)})]
    quoted = masked.only_quote(caption.group("caption"))
    return [Step("edit_post", {"post": post, "caption": quoted if quoted is not None else value_text(caption.group("caption"), masked)})]
