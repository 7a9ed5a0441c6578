"""The planner's router: one handler per intent, chosen by the clause's verb through ``VERBS``.

A handler reads one clause (quotes masked, politeness gone, verb typos fixed) and returns the
steps it means, None when the clause is not what the handler understands, or raises ``Reply``
when it understood the request but cannot turn it into a tool call.

The handlers live in one module per domain (``sessions``, ``generating``, ``selections``,
``library``, ``posts``, ``credits``, ``listing``, ``housekeeping``), which share ``common`` and never
import each other. The handlers that hand a clause on to another domain's handler (make, open,
delete, clear, add, show, where, a leading number, bring, put, a bare "liked") live here, and so
does the verb table.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planner import replies
from agent.planner.catalog import available  # noqa: F401  (re-exported: tests patch intents.available)
from agent.planner.common import (  # noqa: F401  (Clause, Q, session_arg, … are re-exported from here)
    folder_scope,
    _BULK_ASSETS,
    _IT_SESSION,
    _PATH,
    I,
    Q,
    Clause,
    image_meant_by_it,
    parse_assets,
    session_arg,
    with_session_suffix,
)
from agent.planner.credits import (
    _CREDITS,
    _RECENT_COUNT,
    credit_steps,
    handle_balance,
    handle_credit_noun,
    handle_topup,
)
from agent.planner.generating import (
    _IMAGES_OF,
    _PROMPT_OF,
    _REPEAT,
    _VARIATIONS_OF,
    _do,
    _repeat_verb,
    _same,
    check_count_words,
    handle_generate,
    handle_remix,
    repeat_generate,
)
from agent.planner.housekeeping import _undo, handle_import, handle_reflect, handle_sweep
from agent.planner.library import (
    _adds_generations_to_library,
    handle_keep,
    handle_move,
    handle_save,
    handle_tag,
    handle_untag,
    handle_upload,
    tag_step,
    list_assets_step,
)
from agent.planner.listing import (
    _LINEAGE,
    _liked_collection,
    _search,
    handle_lineage,
    list_generations_step,
)
from agent.planner.numbers import NUMBER, SMALL_COUNT, leading_count, parse_number_list, word_to_int
from agent.planner.plan import PlanState, Reply, Step
from agent.planner.posts import handle_post
from agent.planner.references import CURRENT, clean_name, parse_session
from agent.planner.text import strip_filler
from agent.planner.selections import (
    handle_archive,
    handle_deselect,
    handle_download,
    handle_like,
    handle_select,
    handle_selection_verb,
    handle_unlike,
)
from agent.planner.sessions import handle_create_session, handle_link, handle_rename


_NEW_CONTAINER = re.compile(r"^(?:a\s+|an\s+|the\s+)?(?:new\s+)?(?:empty\s+)?(?:library\s+)?(?P<what>folder|project)\s*"
                            r"(?:(?:called|named|titled)\s+|:\s*)(?P<name>\S.*)$", I)


def handle_make(clause: Clause, state: PlanState) -> list[Step] | None:
    """make / create / new / start: the object decides (a session, a post, variations, images)."""
    if re.match(r"^sure\b", clause.rest.strip(), I):
        return None  # "make sure there are no houses": a condition on the request, never a prompt
    rest = re.sub(r"^(?:(?:for\s+)?(?:me|us)\s+(?:(?:please|pls|plz)\s+)?|(?:please|pls|plz)\s+(?:(?:for\s+)?me\s+)?)", "",
                  clause.rest, flags=I)
    rest = re.sub(r"^((?:a\s+|an\s+)?)fresh\s+", r"\1new ", rest, flags=I)  # "begin a fresh session"
    part_of = re.match(r"^(?!an?\s)(?P<what>(?:.+?\s+)?(?:session|sesh|it|this|that))\s+(?:(?:a\s+)?part\s+of|belong\s+to|go\s+(?:in|into|under))\s+"
                       r"(?P<target>(?:a|an|the|my)\s+(?:new\s+)?(?:project|campaign|folder)\s+\S.*)$", rest.strip(" .!"), I)
    session_name = re.match(r"^(?:the\s+|this\s+)?(?:session(?:'s)?\s+name|name\s+of\s+(?:the|this)\s+session)\s+(?:to\s+|be\s+|into\s+|as\s+)?"
                            r"(?P<name>\S.*)$", rest.strip(" .!"), I)
    if session_name:  # "Make the session name to Hafen am Morgen": a rename
        name = clean_name(session_name.group("name"), clause.masked)
        return [Step("rename_session", {"new_name": name})] if name else None
    for_session = re.match(r"^(?:a\s+|the\s+)?(?:new\s+)?(?P<what>campaign|project|folder)\s+(?:called|named)\s+(?P<name>.+?)\s+(?:for|with)\s+"
                           r"(?P<session>this\s+session|the\s+current\s+session|(?:the\s+)?\S.*?\s+session)$", rest.strip(" .!"), I)
    if for_session:  # "create a campaign called Graduation Show for this session": the session linked to it
        return handle_link(Clause(clause.text, clause.masked, "link", f"{for_session.group('session')} to "
                                  f"{for_session.group('what')} {for_session.group('name')}"), state)
    if part_of:  # "make the peonies session part of a project called Mothers Day": a link
        return handle_link(Clause(clause.text, clause.masked, "link",
                                  f"{part_of.group('what')} to {part_of.group('target')}"), state)
    if re.match(r"^(?:a\s+|an\s+|the\s+|one\s+)?(?:brand\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}?(?:session|sesh)\b", rest, I):
        return handle_create_session(Clause(clause.text, clause.masked, clause.verb, rest), state)
    if re.search(r"\b(?:session|sesh)\s+(?:called|named|titled|for)\b", rest, I):
        return None  # a session asked for in words not read above is never an image's prompt
    swap = re.match(r"^(?:those|them|these|it|that)\s+(?P<change>\S.*?\binstead\s+of\b.+)$", rest.strip(" .!"), I)
    if swap:  # "make those blue instead of orange": the last request again, with the swap
        return repeat_generate(None, f" with {swap.group('change')}", clause.masked, state)
    container = _NEW_CONTAINER.match(rest.strip(" .!"))
    if container:  # "create a folder named exports-2026-q2", "make a project called Q3 Retail"
        name = clean_name(container.group("name"), clause.masked)
        return [Step(f"create_{container.group('what').lower()}", {"name": name})] if name else None
    if clause.verb == "start":
        return None
    if re.match(r"^(?:a\s+|an\s+|the\s+|one\s+)?(?:new\s+)?(?:\w+\s+)?post\b", rest, I):
        return handle_post(Clause(clause.text, clause.masked, clause.verb, rest), state)
    if _VARIATIONS_OF.match(rest):
        remix = handle_remix(Clause(clause.text, clause.masked, clause.verb, rest), state)
        if remix:  # else "a small version of a logo": a prompt
            return remix
    return handle_generate(Clause(clause.text, clause.masked, clause.verb, rest), state)


def handle_open(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = re.sub(r"^(?:me\s+|us\s+)?(?:over\s+|back\s+)?(?:to|on|into|in|with)\s+", "", clause.rest.strip(), flags=I)
    if re.match(r"^(?:a\s+)?(?:brand\s+)?(?:new|fresh)\b", rest, I):  # "open a new session", "switch to a new session called X"
        return handle_make(Clause(clause.text, clause.masked, "make", rest), state)
    if re.fullmatch(r"back|back to it|to the previous one", rest, I):
        rest = "the previous session"
    if not rest.strip(" ,.;:") or re.match(r"^(?:ahead|on)$", rest, I):
        return None
    if state.memory.named_session and re.fullmatch(r"(?:it|that(?:\s+one|\s+session)?|there)[\s.!]*", rest, I):
        return [Step("open_session", {"session": state.memory.named_session})]  # "unarchive X", then "switch to it"
    ref = parse_session(rest, clause.masked, state)
    if ref is CURRENT or ref is None:
        return None
    return [Step("open_session", {"session": ref})]


def handle_delete(clause: Clause, state: PlanState) -> list[Step] | None:
    # ", permanently": a deletion is permanent anyway (and asks first)
    rest = re.sub(r"[\s,]+(?:permanently|for\s+good|forever|completely)$", "", clause.rest.strip(" ,.;:"), flags=I)
    if _BULK_ASSETS.match(rest) or re.fullmatch(r"(?:everything|all|every\s*thing)", rest, I):
        raise Reply(replies.BULK_DELETE)  # "delete all assets", "delete everything": never in bulk
    # "delete the assets in Launch": that folder's assets (the tool asks first). Only a phrase that
    # starts with assets or files: "the images in Launch" may be a session's images, and "the tag
    # beach from the Launch folder" is no asset at all.
    in_library = re.search(r"\s+(?:from|in|out\s+of)\s+(?:the\s+|my\s+)?library$", rest, I)
    kinds = r"assets?|files?" + (r"|images?|pictures?|pics|photos?" if in_library else "")  # "… from the library": assets
    named_assets = re.match(rf"^(?:all\s+(?:of\s+)?)?(?:the\s+|my\s+)?(?:(?:{SMALL_COUNT}|both)\s+)?(?:{kinds})\s+in\b",
                            rest, I)
    scope = folder_scope(rest[:in_library.start()] if in_library else rest, clause.masked) if named_assets else None
    if scope:
        return [Step("delete_assets", scope)]
    asset = re.match(r"^(?:the\s+)?(?:assets?|files?)\s+", rest, I)
    library = re.search(r"\s+(?:from|in|out\s+of)\s+(?:the\s+|my\s+)?library$", rest, I)
    if asset or library:
        names = parse_assets(rest[asset.end() if asset else 0:library.start() if library else len(rest)], clause.masked,
                             "delete", explicit=bool(asset))
        return [Step("delete_assets", {"assets": names})] if names else None
    if clause.verb == "remove":
        # "remove the 'like' designation from image 3": the word quoted is still the like
        worded = re.sub(r"\ue000(\d+)\ue001", lambda m: clause.masked.quotes[int(m.group(1))]
                        if re.fullmatch(r"(?i)likes?|hearts?", clause.masked.quotes[int(m.group(1))].strip()) else m.group(0), rest)
        like = re.match(r"^(?:the\s+|my\s+)?(?:like|likes|heart|hearts)(?:\s+(?:designation|status|mark|flag|label))?\s+"
                        r"(?:from|on|of)\s+(.+)$", worded, I)
        if like:
            return handle_selection_verb("unlike", Clause(clause.text, clause.masked, "unlike", like.group(1)), state)
        tags = re.match(r"^(?:the\s+)?tags?\s+(.+?)\s+from\s+(.+)$", rest, I)
        if tags:
            return tag_step(tags.group(2), tags.group(1), clause.masked, state, "untag_assets")
    from_session = re.match(r"^(.+?)\s+(?:from|out\s+of|in)\s+(?:the|this|my)\s+(?:session|sesh)$", rest, I)
    if from_session and parse_number_list(from_session.group(1)) is not None:
        rest = from_session.group(1)  # "remove 3 from the session": generations, not the session
    elif not rest or _IT_SESSION.match(rest) or re.search(r"\b(?:session|sesh)\b", rest, I):
        image_meant_by_it(rest, state, "delete")
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
    if re.search(r"\b(?:from|of|on)\s+(?:images?|pictures?|pics?|numbers?|#)\s*\d", rest, I):
        return None  # "remove the watermark from image 3": something in a picture, never a session's name
    ref = parse_session(rest, clause.masked, state)
    return [Step("delete_session", {"session": ref})] if isinstance(ref, str) else None


def handle_clear(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.strip(" ,.;:")
    if re.fullmatch(r"(?:the\s+|my\s+)?selection|(?:the\s+)?selected(?:\s+ones)?", rest, I):
        return [Step("deselect", {"which": "selected"})]
    if re.fullmatch(r"(?:the\s+|my\s+|all\s+)?likes", rest, I):
        return [Step("unlike", {"which": "liked"})]
    if re.match(r"(?:up|out)\b", rest, I):  # "clear out old generations" sweeps; vaguer wording gets a reply
        return handle_sweep(clause, state)
    return None


def handle_add(clause: Clause, state: PlanState) -> list[Step] | None:
    """add: credits, tags, a file, or a session to a project/campaign/folder."""
    rest = clause.rest.strip(" ,.;:")
    credits = re.match(rf"^({NUMBER})\s+(?:more\s+)?credits?\b", rest, I)
    if credits:
        return [Step("add_credits", {"amount": word_to_int(credits.group(1))})]
    tags = re.match(r"^(?:the\s+|a\s+)?tags?\s+(.+?)\s+to\s+(.+)$", rest, I)
    if tags:
        return tag_step(tags.group(2), tags.group(1), clause.masked, state)
    if re.match(rf"^(?:the\s+|a\s+)?(?:file|image|photo|document|video)?\s*(?:{Q}|{_PATH})", rest, I):
        return handle_upload(clause, state)
    if _adds_generations_to_library(rest, clause.masked, state):
        return handle_save(clause, state)
    return handle_link(clause, state)


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
    if re.search(r"\bsessions\b|\b(?:every|each)\s+(?:single\s+)?(?:session|sesh)\b", low):  # "every session I have"
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


def handle_where(clause: Clause, state: PlanState) -> list[Step] | None:
    if re.search(r"\bcredits?\b", clause.rest, I):
        count = _RECENT_COUNT.search(clause.rest)
        return [Step("credit_history", {"limit": word_to_int(count.group(1) or count.group(2))} if count else {})]
    if _LINEAGE.search(clause.rest):
        return handle_lineage(clause, state)
    return None


def handle_numeric(clause: Clause, state: PlanState) -> list[Step] | None:
    """A clause that starts with a number: "4 more", "3 variations of 2", "5 of a cat"."""
    check_count_words(clause.text)
    count, after = leading_count(clause.text)
    if count is None:
        return None
    first = strip_filler(clause.masked.text).startswith(strip_filler(clause.text))  # never after a comma or "and"
    if _REPEAT.match(after):
        # ("2 more same prompt as #1": the prompt of #1, never the last request "as #1")
        said = re.sub(r"^more\s+", "", after, flags=I) if _PROMPT_OF.match(after) else after[_REPEAT.match(after).end():]
        steps = repeat_generate(count, said, clause.masked, state)
        more_of = re.match(r"^more\s+(of\s+(?!(?:those|these|them|that|it|the\s+same)\b)\S.*)$", after, I)
        if steps is None and more_of:  # "4 more of sourdough loaves": more images, of what it says
            return handle_generate(Clause(clause.text, clause.masked, "generate", f"{count} {more_of.group(1)}"), state)
        if steps is None and first and re.match(r"^more\s+[a-z]", after, I):
            # "6 more iced coffee ones in Q3 Ads", "3 more gift boxes": read as "generate 6 more …", the verb left out
            return handle_generate(Clause(clause.text, clause.masked, "generate", clause.text), state)
        return steps
    if _VARIATIONS_OF.match(after):
        return handle_remix(Clause(clause.text, clause.masked, "remix", clause.text), state)
    if re.match(r"^(?:(?:images?|pictures?|pics?|photos?)\s+)?of\s+", after, I) or _IMAGES_OF.match(after):  # "4 shots of …"
        return handle_generate(Clause(clause.text, clause.masked, "generate", clause.text), state)
    images = re.match(r"^(?:images?|pictures?|pics?|photos?|renders?)(?P<options>(?:\s*,\s*[^,:]+?)*)\s*:\s*(?=\S)", after, I)
    if images:  # "5 images: isometric skyline, seed 100", "one image, 1024x768, seed 2024: a printing press"
        return handle_generate(Clause(clause.text, clause.masked, "generate",
                                      f"{count} of {after[images.end():]}{images.group('options')}"), state)
    if _RECENT_COUNT.match(clause.text):  # "5 most recent credit transactions"
        return handle_credit_noun(clause, state)
    if first and re.match(r"^[a-z][a-z'-]+\s+\S", after, I) and not _NOT_A_SUBJECT.match(after):
        # "2 gelatinous cubes in a dungeon corridor, seed 666": a count and a picture, the verb left out
        return handle_generate(Clause(clause.text, clause.masked, "generate", clause.text), state)
    return None


# After a count, words that make it something other than a number of images to make.
_NOT_A_SUBJECT = re.compile(
    r"^(?:is|are|was|were|and|or|to|in|into|from|of|on|at|looks?|seems?|please|pls|more|times|x|the|it|them|ones?|has|have|"
    r"should|would|could|can|will|credits?|sessions?|folders?|assets?|posts?|most|last|latest|recent|liked|selected|"
    r"archived|left|days?|hours?|minutes?|weeks?|through|thru|until|till|but|except|too|also|as|for|with|by|per|each|"
    r"percent|%|out|first|best|top|favou?rites?|variations?|versions?|remix(?:es)?|copies|results?|matches|hits)\b", I)


def _change(clause: Clause, state: PlanState) -> list[Step] | None:
    """"change to the session Narnia", "change over to Harbour": go to that session."""
    if re.match(r"^(?:over\s+)?to\s+\S", clause.rest.strip(), I):
        return handle_open(clause, state)
    return None


def _bring(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = re.sub(r"\s+(?:out\s+of|from)\s+(?:the\s+)?archive$", "", clause.rest.strip(), flags=I)
    if re.match(r"^back\b|.*\bback$", rest, I):
        return handle_archive(Clause(clause.text, clause.masked, "unarchive", rest), state)
    return None


def _put(clause: Clause, state: PlanState) -> list[Step] | None:
    whole_folder = re.match(r"^(?:(?:everything|all(?:\s+of\s+the\s+assets)?)\s+in\s+)?(?:the\s+|my\s+)?(?P<folder>.+?)\s+folder\s+"
                            r"(?:in|into|under|to)\s+(?:the\s+|a\s+(?:new\s+)?)?project\s+(?:called\s+|named\s+)?(?P<project>.+)$",
                            clause.rest.strip(" ,.;:"), I)
    if whole_folder:  # "put the Client Proofs folder into the project Rossi-Bianchi": its assets
        return [Step("move_assets", {"in_folder": clean_name(whole_folder.group("folder"), clause.masked),
                                     "project": clean_name(whole_folder.group("project"), clause.masked)})]
    just_saved = re.match(r"^(?:them|those|these|it|all\s+of\s+them|them\s+all|both)\s+(?:in|into|to)\s+(?:a\s+|the\s+)?(?:new\s+)?"
                          r"folder\s+(?:called\s+|named\s+)?(?P<folder>\S.*)$", clause.rest.strip(" ,.;:"), I)
    if just_saved and state.last_step is None and state.memory.last_saved and not state.memory.last_items \
            and not re.search(r"\b(?:too|as\s+well|also)\s*$", just_saved.group("folder"), I):
        # "import …", then "put them all in a folder called Accession 2024-117": the assets just made
        return [Step("move_assets", {"assets": list(state.memory.last_saved),
                                     "folder": clean_name(just_saved.group("folder"), clause.masked)})]
    if _adds_generations_to_library(clause.rest.strip(" ,.;:"), clause.masked, state):
        return handle_save(clause, state)  # "put them in the library" saves, like "add … to the library"
    images_in_folder = re.match(r"^(?P<what>(?!(?:it|this|that|the\s+session|this\s+session)\b).+?)\s+(?:in|into|to)\s+(?:the\s+|my\s+)?"
                                r"(?P<folder>[^,;:]+?)\s+folder\b(?P<rest>.*)$", clause.rest.strip(" ,.;:"), I)
    if images_in_folder and not re.search(r"\b(?:session|sesh|project)\b", images_in_folder.group("what"), I) \
            and not re.fullmatch(r"(?:(?:a|an|the|my)\s+)?(?:new|fresh|other|another|different)?", images_in_folder.group("folder"), I):
        # "put them in the Characters folder": images into that folder of the library, as "… in folder Characters"
        rest = f"{images_in_folder.group('what')} in folder {images_in_folder.group('folder')}{images_in_folder.group('rest')}"
        if _adds_generations_to_library(rest, clause.masked, state):
            return handle_save(Clause(clause.text, clause.masked, clause.verb, rest), state)
    it_into = re.match(r"^(?P<it>it|this|that|this\s+one|that\s+one)\s+(?P<into>(?:in|into|to)\s+.*\bfolder\b.*)$", clause.rest.strip(" ,.;:"), I)
    generic = it_into and re.match(r"(?:in|into|to)\s+(?:a|an|the)?\s*(?:new|other|another|different)?\s*folder\b", it_into.group("into"), I)
    image = it_into and not generic and image_meant_by_it(it_into.group("it"), state, "save")
    if image is not None:  # "like 5 and put it in the Characters folder": the image just named (a session asks)
        into = re.sub(r"^(?:in|into|to)\s+(?:the\s+|my\s+)?(?P<folder>[^,;:]+?)\s+folder\b", r"in folder \g<folder>", it_into.group("into"),
                      flags=I)
        return handle_save(Clause(clause.text, clause.masked, "save", f"{image} {into}"), state)
    return handle_link(clause, state)


def _liked_noun(clause: Clause, state: PlanState) -> list[Step] | None:
    return handle_show(Clause(clause.text, clause.masked, "show", clause.text), state)


# --- the verb table ---------------------------------------------------------------------------

Handler = Callable[[Clause, PlanState], "list[Step] | None"]

# verb word → (canonical key, handler). The order is the tie-break order for typo correction.
VERBS: dict[str, tuple[str, Handler]] = {}


def _verbs(key: str, handler: Handler, *words: str) -> None:
    for word in words:
        VERBS[word] = (key, handler)


_verbs("generate", handle_generate, "generate", "gen", "draw", "render", "paint", "produce", "imagine", "batch",
       "illustrate", "sketch", "visualize", "visualise")
_verbs("make", handle_make, "make", "create", "build", "design", "prepare", "establish", "produce")
_verbs("start", handle_make, "start", "begin", "new")
_verbs("like", handle_like, "like", "love", "luv", "heart", "favorite", "favourite", "fav", "star")
_verbs("unlike", handle_unlike, "unlike", "un-like", "unheart", "unfavorite", "unfavourite", "unstar", "dislike")
_verbs("select", handle_select, "select", "pick", "choose", "mark")
_verbs("deselect", handle_deselect, "deselect", "unselect", "de-select", "un-select", "unpick", "unmark")
_verbs("clear", handle_clear, "clear")
_verbs("archive", handle_archive, "archive", "hide", "shelve", "scrap", "bin", "ditch", "toss", "kill", "archiving")
_verbs("unarchive", handle_archive, "unarchive", "un-archive", "restore", "unhide", "unshelve", "reopen")
_verbs("bring", _bring, "bring")
_verbs("change", _change, "change")
_verbs("open", handle_open, "open", "switch", "go", "continue", "resume", "back", "work", "enter", "load", "return", "hop", "jump")
_verbs("rename", handle_rename, "rename", "call", "name", "retitle")
_verbs("delete", handle_delete, "delete", "del", "trash", "erase", "discard", "destroy", "nuke")  # ("del holiday promo": asked first)
_verbs("remove", handle_delete, "remove")
_verbs("show", handle_show, "show", "list", "display", "view", "see", "check", "give", "tell", "get", "what", "enumerate",
       "what's", "whats", "which", "how", "browse")
_verbs("where", handle_where, "where")
_verbs("link", handle_link, "link", "attach", "assign", "connect")
_verbs("put", _put, "put", "place", "pop", "stick")
_verbs("add", handle_add, "add")
_verbs("remix", handle_remix, "remix", "vary", "variations", "variation", "iterate", "riff", "rework")
_verbs("move", handle_move, "move", "reassign", "transfer", "relocate")
_verbs("download", handle_download, "download", "dl", "export", "zip")
_verbs("save", handle_save, "save", "store", "bookmark", "saving")
_verbs("keep", handle_keep, "keep", "leave")
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
# Verbs read only as written, never as the correction of a typo: near everyday words ("beach" is not
# "batch", "strap" not "scrap", "chance" not "change", "plate" not "place").
_NEVER_FUZZY = frozenset({"what's", "whats", "name", "call", "same", "batch", "scrap", "ditch", "toss", "kill", "change",
                          "place", "prepare", "return", "hop", "jump", "pop", "stick"})
FUZZY_VERBS = tuple(w for w in VERBS if len(w) >= 4 and " " not in w and w not in _NEVER_FUZZY
                    and VERBS[w][0] != "recent")
# Everyday words that sit close to a verb but are never a typo of one ("with" ~ switch, "here" ~ where,
# "print these on canvas" is not "paint these"). Found by running common words through the typo
# correction; a word listed here is read as itself, so a sentence with it is not understood and asked.
NOT_TYPOS = frozenset({
    "with", "here", "there", "other", "others", "either", "neither", "whether",
    "print", "point", "faint", "pain", "tender", "reader", "general", "generator", "crate", "cremate", "curate",
    "rate", "late", "guild", "resign", "remit", "research", "finder", "achieve", "pen", "port", "cleat", "seep",
    "weep", "smart", "stark", "stare", "tar", "shade", "shake", "shame", "shape", "spare", "scare", "score",
    "snore", "shore", "stone", "slave", "shave",
    # one key off a verb (text.is_neighbour_key_slip), listed by running an English vocabulary through it
    "being", "lost", "live", "wrote", "fine", "male", "safe", "snow", "fund", "poet", "poets", "luke", "mode",
    "begun", "shoe", "sage", "hire", "lust", "fond", "lime", "starr", "worm", "invest", "mari", "rift", "nike",
    "fins", "keel", "lobe", "puck", "loaf", "stat",
})
COMMAND_NOUNS = ("session", "sessions", "images", "pictures", "generations", "variations", "library", "credits",
                 "credit")
