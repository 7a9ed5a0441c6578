"""plan_utterance: one user message → an ordered plan of tool calls, or a reply."""

from __future__ import annotations

import re

from agent.answers import is_answer
from agent.planner import replies
from agent.planner.catalog import takes_session
from agent.planner.housekeeping import CURATORS_WORDS
from agent.planner.briefs import brief_steps
from agent.planner.intents import (
    COMMAND_NOUNS,
    FUZZY_VERBS,
    NOT_TYPOS,
    VERBS,
    Clause,
    handle_numeric,
    session_arg,
)
from agent.planner.message import (
    ASIDE,
    CORRECTION,
    DONT_TAIL,
    PROMPT_CORRECTION,
    FREE_TEXT_TOOLS,
    OPPOSITES,
    SWAP,
    WANTED_BACK,
    breaks_limit,
    corrected,
    folders_named_before,
    kept_and_removed,
    name_at_creation,
    prompt_corrected,
    COUNT_CORRECTION,
    RENAME_CORRECTION,
    recounted,
    renamed_again,
    self_corrected,
    swapped,
)
from agent.planner.numbers import NUMBER, parse_number_list, word_to_int
from agent.planner.posts import edit_post_steps
from agent.planner.questions import question_steps
from agent.planner.references import clean_name, parse_selection
from agent.planner.guards import broken_guard, set_aside
from agent.planner.hinglish import hinglish_to_english
from agent.planner.scenarios import ticket_as_request
from agent.planner.remarks import goes_off, is_remark, items_remarked_on, takes_no_free_text, verb_first, without_remarks
from agent.planner.rewrites import MESSAGE_REWRITES
from agent.planner.plan import Confidence, Plan, PlannerMemory, PlanState, Reply, Step
from agent.planner.sessions import session_form
from agent.planner.splitter import numbered_items, split_steps
from agent.planner.text import (
    WRONG_PICK,
    Masked,
    closest_word,
    direct_question,
    drop_closing_emoji,
    expand_shorthand,
    mask_quotes,
    normalise_spacing,
    options_as_words,
    strip_filler,
    without_hesitations,
)
from tools.registry import get_registry

MAX_STEPS = 20
# Typo correction while looking for step boundaries is capped so a huge message stays fast.
MAX_FUZZY_BOUNDARIES = 40

_HELP = re.compile(
    r"^(?:help(?: me)?|\?+|commands|menu|usage|what can (?:you|i) do(?: here| with you)?|what do you do|"
    r"what are (?:your|the) commands|how does (?:this|it) work|how do i (?:use (?:this|you|it)|start)|"
    r"what (?:can|should) i (?:say|ask)|who are you|what are you|hi|hello|hey)[\s?!.]*$",
    re.IGNORECASE,
)
# "undo", "undo that", "take that back": reverse the conversation's last change (tools/undo.py).
_UNDO = re.compile(
    r"^(?:(?:no|nope|wait|oops|ops|whoops|welp|gg|oh|hmm|ugh+|argh+|" + WRONG_PICK + r"|scratch\s+that|"
    r"never\s*mind(?:\s+that)?)(?:[,!.\s]|\s*[—–-]+\s*)+)*(?:please\s+)?(?:undo(?:\s+(?:that|dat|it|this|dis|the\s+last\s+(?:change|action|one)"
    r"|(?:my|the|that)\s+(?:most\s+recent|last|latest)\s+(?:change|action|step|thing|move)"
    r"|(?:the\s+last\s+thing|what)\s+i\s+(?:just\s+)?did|(?:that|the)\s+last\s+(?:step|thing|move)))?"
    r"|take\s+(?:that|it)\s+back|revert\s+(?:that|it|the\s+last\s+change)|put\s+(?:it|that|them)\s+back"
    r"|(?:change|set|switch)\s+(?:it|that)\s+back|r[üu]ckg[äa]ngig(?:\s+machen)?(?:\s+bitte)?|deshacer|deshaz(?:lo)?"
    r"|annule[rz]?(?:\s+(?:ça|ca))?|cancel\s+(?:that|it|this)(?:\s+(?:last\s+)?(?:one|change|step))?"
    r"|make\s+(?:that|it|this)\s+undone|reverse\s+(?:that|it|this)|ongedaan\s+maken)"
    r"(?:,?\s+(?:please|pls))?(?:[,.!]?\s*(?:wrong\s+(?:ones?|images?|folder|session)|my\s+bad|my\s+mistake|oops|sorry"
    r"|put\s+(?:it|them|that)\s+back|bring\s+(?:it|them)\s+back"
    # "undo that please, I liked the wrong ones": why, with no number or request of its own
    r"|[,;]?\s*i\s+(?:liked|unliked|archived|saved|save|like|picked|chose|clicked|tapped|hit|pressed|did|moved|deleted)\s+"
    r"(?:the\s+)?wrong\s+(?:ones?|images?|pictures?|pics|folder|session|thing|one)))?[\s.!]*$",
    re.IGNORECASE,
)
# "… but ask me first", "please confirm with me first": a yes before the change, whatever its size
# (after a pause or "but"/"and": "save 3 to folder Confirm First" is a name)
_ASK_FIRST = re.compile(r"(?:\s*[,;.—–-]\s*(?:but\s+|and\s+)?|\s+(?:but|and)\s+)(?:please\s+)?(?:(?:ask|check\s+with)\s+me|confirm\s+with\s+me|(?:let\s+me\s+)?confirm)\s+"
                        r"(?:first|beforehand|before(?:\s+(?:you\s+)?(?:do(?:ing)?|run(?:ning)?|go(?:ing)?\s+ahead(?:\s+with)?)\s+(?:it|that|anything))?)"
                        r"(?:,?\s+please)?[\s.!]*$", re.IGNORECASE)
# "undo that last generation": images made stay made (the undo log's last change may be something else)
_UNDO_GENERATING = re.compile(r"^(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?:undo|reverse|take\s+back|cancel)\s+(?:that|the|my)\s+"
                              r"(?:last\s+|latest\s+|most\s+recent\s+)?(?:generation|generate|batch|render|images?)"
                              r"(?:,?\s+please)?[\s.!]*$", re.IGNORECASE)
# "I'd like 6 images of …", "give me 3 more": a wish for images is a generate request.
_WISH = re.compile(
    rf"^(?:i'?d like|i would like|i should like|i want|i need|we need|we want|we'?d like|give me|gimme|i'?ll take|let me have|"
    rf"(?:could|can)\s+(?:i|we)\s+(?:get|have)|we'?ll\s+take)\s+(?:(?:please|pls|like|about|around|maybe)\s+)?"
    # ("I'd like 7 a lot less now": a feeling about #7, never a count of images)
    rf"(?!(?:{NUMBER})\s+(?:a\s+(?:lot|bit|little)\s+|much\s+|way\s+|even\s+)?(?:less|better|least|best|anymore|any\s+more)\b)"
    rf"(?=(?:{NUMBER}|a|an|some|more|another|zip|variations?|versions?|variants?|remix(?:es)?)\b)",
    re.IGNORECASE,
)
# "in the autumn session generate 3 …", "in session autumn, like 2": the session named before the verb.
_SESSION_FIRST = re.compile(
    r"^(?:(?:over|back)\s+)?(?:in|inside|within|for)\s+(?:the\s+)?"
    r"(?:(?P<before>(?:[\w'\ue000\ue001-]+\s+){1,4}?)(?:session|sesh)\b"
    r"|(?:session|sesh)\s+(?:called\s+|named\s+)?(?P<after>(?:[\w'\ue000\ue001-]+\s*?){1,4}?)(?=\s*,|\s+(?-i:[a-z])|\s*$)"
    # "in Q3 Ads, like 1 and 4", "in q3 ads, heart #1": a capitalised name, or one with a figure, closed by a comma
    # ("For Mother's Day, …", "in the morning, …", "in addition, …" are none)
    r"|(?:(?<=in\s)|(?<=inside\s)|(?<=within\s))(?P<bare>(?=(?-i:[A-Z])|\w*\d)(?!(?:the|a|an|my|our|this|that|your|his|her|their|general|short|total|fact|case|addition|particular)\b)[A-Za-z][\w'&-]*(?:\s+[\w'&-]+){0,3}?)(?=\s*,|\s*$))"
    r"\s*,?\s*",
    re.IGNORECASE,
)

# "archive the session? no", "delete Winter. wait, no": a request taken back in its last sentence.
_DONT_AFTER_DONE = re.compile(r"^(?:(?:wait|no|nope|oh|oops|actually|hmm)[\s,!.]+)*(?:please\s+)?(?:don'?t|do\s+not)\s+"
                              r"(?P<verb>archive|like|save|select|unlike|unarchive)\b", re.IGNORECASE)
_DONT_TOOLS = {"archive": "archive_generations", "like": "like", "save": "save_to_library", "select": "select",
               "unlike": "unlike", "unarchive": "unarchive_generations"}
_RETRACTED = re.compile(
    r"\S[\s]*[.?!,;]\s*(?:(?:no|nope|nah|wait|actually|hmm|oh)[\s,.!]+)*"
    r"(?:(?:nvm|never\s*mind)(?:[\s,]+(?:don'?t|dont)(?:\s+do\s+(?:it|that))?)?|"
    r"no|nope|nah|no wait|wait|never\s*mind|cancel(?:\s+that)?|scratch\s+that|forget\s+(?:it|that)|"
    r"don'?t(?:\s+do\s+(?:it|that))?|dont(?:\s+do\s+(?:it|that))?|don'?t\s+bother|stop)[\s.!]*$",
    re.IGNORECASE,
)


# "3 cats, no wait, dogs", "like 2, I mean 3": the person changed their mind mid-message. Which half
# they meant is a guess, so ask (", no text" is a negative prompt, so "no" alone is not a correction).
_CHANGED_MIND = re.compile(
    # After a pause (a comma, a dash, a full stop) these words correct what came before …
    r"(?:[,;.!?—–-])\s*(?:(?:no|nah|oh|um+|er+m?)[,\s]+)?(?:wait|i\s+mean|i\s+meant|sorry(?!\s+(?:to|for)\b)|make\s+(?:it|that)|"
    r"correction|scratch\s+that|or\s+rather|rather|actually,?\s+no|actually\s+make|forget\s+(?:it|that)|never\s*mind|cancel\s+that|don'?t\s+bother)"
    r"\b[,:\s]+(?=\S)"
    # "a red buoy, no, a yellow buoy": "no" set off on both sides (", no text" is a negative prompt)
    r"|[,;—–-]\s*(?:no|nope|nah)\s*[,;—–-]\s*(?=\S)"
    # "to Docks, hmm, actually Harbour Docks" (after a full stop, "Actually, …" starts a new request)
    r"|[,;—–-]\s*actually\b[,:\s]+(?=\S)"
    # … and these do anywhere: "a cat in a teacup no wait make it a fox".
    r"|\s(?:no\s+wait|wait\s+no|i\s+mean|i\s+meant|scratch\s+that|or\s+rather|no\s+sorry)\b[,:\s]+(?=\S)"
    # "Dragons ugh no, Dragon Pals" ("a caveman going ugh no more" is a picture)
    r"|\s(?:ugh+|argh+|oops|um+|er+m?)\s+no\s*[,;—–-]\s*(?=\S)"
    # "like 9 sorry 8", "seed 12 no 21": a number taken back for the next one
    r"|(?<=\d)\s+(?:no|nope|nah|sorry)[,\s]+(?=#?\d)",
    re.IGNORECASE,
)


# "— nah forget it, just stay here": the whole request taken back, nothing to correct
_RETRACTING = re.compile(r"^(?:(?:no|nah|oh)[,\s]+)?(?:forget\s+(?:it|that)|never\s*mind|cancel\s+that|don'?t\s+bother|scratch\s+that)$",
                         re.IGNORECASE)


# "Ah bugger, undo that", "sorry I make mistake, undo please", "ugh not that, undo": an exclamation or an
# apology before an undo. Only such words: "the first two, put them back" names what to undo, and
# "the session name, change it back" may not be the last change (both asked).
_BEFORE_UNDO = re.compile(
    r"(?:(?:ah+|oh+|ugh+|argh+|aw+|bugger|damn|dang|darn|shoot|crap|blast|bother|oops|whoops|yikes|sorry|my\s+bad|no+|nope|nah|"
    r"hmm+|wait|oh\s+no|not\s+that(?:\s+one)?|wrong(?:\s+one)?|(?:i\s+)?(?:make|made)\s+(?:a\s+)?mistake|that'?s\s+wrong|"
    r"that\s+was\s+wrong|mistake)[\s,!.]*)+", re.IGNORECASE)


def _undo_after_a_remark(text: str) -> bool:
    for pause in re.finditer(r"[,.!;:—–-]+\s*", text):
        if _UNDO.match(text[pause.end():]):
            return bool(_BEFORE_UNDO.fullmatch(text[:pause.end()].strip()))
    return False


def _starts_with_verb(text: str) -> bool:
    first = re.match(r"([A-Za-z][\w'-]*)", text)
    return bool(first) and first.group(1).lower() in VERBS


def plan_utterance(text: str, memory: PlannerMemory | dict | None = None) -> Plan:
    """Plan one user message against the conversation memory (pure; no tools are called)."""
    if not isinstance(memory, PlannerMemory):
        memory = PlannerMemory.from_dict(memory)
    plan = _plan_message(text, memory)
    if plan.unread:  # "remix 3 🎭", "star number four ⭐": an emoji closing a clause is tone
        toned_down = drop_closing_emoji(text or "")
        if toned_down != (text or "").strip() and toned_down:
            retried = _plan_message(toned_down, memory)
            if not retried.unread:
                return retried
    return plan


def _plan_message(text: str, memory: PlannerMemory, *, limits: bool = True) -> Plan:
    # "@atelier" anywhere names the studio itself ("… but on a blue plinth? @atelier"), never part of a request
    raw = normalise_spacing(re.sub(r"(?<![\w@])@atelier\b[\s,:]*", " ", text or "", flags=re.IGNORECASE))
    raw = _LABEL.sub("", raw)  # "ART-412: 1) new session …", "ticket ART-500 - archive 21-60": the ticket, not the request
    if not raw:
        return Plan(reply=replies.EMPTY, confidence="full")
    if not any(ch.isalnum() for ch in raw):
        return Plan(reply=replies.EMPTY, confidence="none")
    masked = mask_quotes(raw)
    masked.text = ticket_as_request(masked.text)  # "Given Launch Week, when I delete it, then …": delete it
    masked.text = masked.text if is_answer(masked.text) else hinglish_to_english(masked.text)
    masked.text = without_remarks(verb_first(expand_shorthand(direct_question(without_hesitations(options_as_words(masked.text))))))
    for pattern, plainer in MESSAGE_REWRITES:
        masked.text = pattern.sub(plainer, masked.text)
    if is_answer(masked.text):  # the one yes/no list, shared with the graph
        return Plan(reply=replies.NOTHING_TO_CONFIRM, confidence="full")
    if _HELP.match(masked.text):
        return Plan(reply=replies.capabilities(), confidence="full")
    if _UNDO.match(masked.text) or _undo_after_a_remark(masked.text):
        return Plan(steps=[Step("undo")], confidence="full")
    if _UNDO_GENERATING.match(masked.text):  # never "undo" whatever the last change happened to be
        return Plan(reply=replies.CANNOT_UNDO_GENERATING, confidence="full")
    dont = _DONT_AFTER_DONE.match(masked.text.strip())
    if dont and memory.last_action is not None and memory.last_action.name == _DONT_TOOLS.get(dont.group("verb").lower()):
        # "archive 2", then "wait no, don't archive anything": it already ran; undoing it is a request of its own
        return Plan(reply=replies.ALREADY_DONE.format(verb=dont.group("verb").lower()), confidence="full")
    if _NOTE_TO_SELF.match(masked.text):
        return Plan(reply=replies.NOTE_TO_SELF, confidence="full")
    if _CONDITION.search(masked.text):
        return Plan(reply=replies.CONDITIONAL, confidence="full")
    if _SELECTS.search(masked.text):  # a photographer's "selects": the liked ones, or the ones marked selected?
        return Plan(reply=replies.WHICH_SELECTS, confidence="full")
    if _RETRACTED.search(masked.text):  # "archive the session? no": the user took it back
        return Plan(reply=replies.RETRACTED, confidence="full")
    correction = CORRECTION.match(masked.text.strip())
    if correction:  # "like 2 and 6", then "no sorry, not 6, I meant 5"
        try:
            plan = corrected(correction, PlanState.start(memory))
        except Reply as reply:
            return Plan(reply=reply.text, confidence="full")
        if plan is not None:
            return plan
    recount = COUNT_CORRECTION.match(masked.text.strip())
    if recount:  # "generate 3 of sailboats", then "actually make that 5": 2 more of the same
        plan = recounted(recount, PlanState.start(memory))
        if plan is not None:
            return plan
    rename = RENAME_CORRECTION.match(masked.text.strip())
    if rename:  # "rename this session to Cover Art v1", then "sorry make that Cover Art v2"
        plan = renamed_again(PlanState.start(memory), clean_name(rename.group("name") or rename.group("bare"), masked))
        if plan is not None:
            return plan
    wrong_word = PROMPT_CORRECTION.match(masked.text.strip())
    if wrong_word and "\ue000" not in masked.text:  # "gen 3 … coffee …", then "no - tea, not coffee. redo them"
        plan = prompt_corrected(wrong_word, PlanState.start(memory))
        if plan is not None:
            return plan
    markers = [(m.start(), m.end()) for m in _CHANGED_MIND.finditer(masked.text)]
    # ", sorry, I mean 2": markers one after another are one correction
    while len(markers) > 1 and not masked.text[markers[0][1]:markers[1][0]].strip(" ,;.—–-"):
        markers[:2] = [(markers[0][0], markers[1][1])]
    if markers:
        said = masked.text[markers[0][0]:markers[0][1]]
        if len(markers) == 1 and not _RETRACTING.match(said.strip(" ,;.—–-")):
            after = masked.text[markers[0][1]:]
            if re.search(r"\bmake\s+(?:it|that)\W*$", said, re.IGNORECASE):  # "… actually make it 2"
                after = "make it " + after
            elif re.search(r"\bmake\W*$", said, re.IGNORECASE):
                after = "make " + after
            meant = self_corrected(masked.text[:markers[0][0]], after, _starts_with_verb)
            if meant:
                plan = _plan_message(masked.restore(meant, keep_marks=True), memory, limits=limits)
                if plan.steps and not plan.unread:
                    return plan
        return Plan(reply=replies.CHANGED_MIND.format(words=masked.restore(said).strip(" ,;.")), confidence="full")

    # "My granddaughter put some pictures in /data/x, could you bring them in for me?": an import of that folder
    # ("download 2 to ~/x and add them in folder Picks" is a request of its own, no import)
    bring_in = _BRING_THEM_IN.search(masked.text)
    if bring_in and not re.match(r"(?:download|export|save|copy|move|put|send|add|like|archive|tag|post|generate|make|delete)\b",
                                 strip_filler(masked.text), re.IGNORECASE):
        masked.text = "import " + bring_in.group("path")
    # "the session Launch Week, connect it with the project Cohetes 2025": that session, linked (read whole:
    # split at the comma, "connect it" would be this session)
    masked.text = re.sub(r"^(?:the\s+)?(?:session|sesh)\s+([^,]+?)\s*,\s*(?:connect|link|attach|put|add)\s+it\s+(?:with|to|in|into)\s+",
                         r"link session \1 to ", masked.text, flags=re.IGNORECASE)
    masked.text = _FOLDER_THEN_THERE.sub(r"\g<save> to folder \g<name>\g<end>", masked.text)
    masked.text = _PROJECT_THEN_SESSION.sub(_session_into_new_place, masked.text)
    masked.text = _SAVE_WITHOUT_OBJECT.sub(r"\g<1>\g<2> them ", masked.text)
    masked.text = _AND_PUT_TAG.sub(", then tag them ", _NEW_FOLDER_NAMED_AFTER.sub(" to folder ", session_form(masked.text)))
    ask_first = _ASK_FIRST.search(masked.text)  # "archive 1 to 40 but ask me first": the change waits for a yes
    if ask_first:
        masked.text = masked.text[:ask_first.start()]
    forbidden = DONT_TAIL.search(masked.text) if limits else None  # "…, but don't archive anything": a limit
    if forbidden:
        masked.text = masked.text[:forbidden.start()]
    guards = set_aside(masked) if limits else []  # "… Do not archive image 50.": checked once planned
    # (after a quoted name or caption a limit cannot belong to it)
    limit_after_quote = masked.text.rstrip(" .;!,)").endswith("\ue001")
    state = PlanState.start(memory)
    fuzzy_budget = [MAX_FUZZY_BOUNDARIES]

    def starts_step(segment: str, kind: str) -> bool:
        if kind == "strong" and _ALSO_NUMBERS.match(segment):
            return True  # "Like 2 and 5. Also 6.": the change just planned, to 6 (known once it is planned)
        # After "and" or a dash ("Q3 Roadmap — visuals") only a verb spelled right starts a step.
        fuzzy = kind not in ("bare", "dash") and fuzzy_budget[0] > 0
        fuzzy_budget[0] -= fuzzy
        try:
            return plan_clause(segment, masked, state.copy(), fuzzy=fuzzy) is not None
        except Reply:
            return True

    items = numbered_items(masked.text)
    if items is None:
        wanted = WANTED_BACK.search(masked.text)
        if wanted:  # "I need the Loan Requests session again — could you bring it back from the archive?"
            name = clean_name(wanted.group("name"), masked)
            if name and not re.search(r"\b(?:it|that|this|them|one|those)\b", name, re.IGNORECASE):
                return _held_for_yes(Plan(steps=[Step("unarchive_session", {"session": name})], confidence="full"), ask_first)
        swap = SWAP.match(strip_filler(masked.text))
        if swap:  # "like 1 and 3", then "actually swap those for 2 and 4"
            return _held_for_yes(swapped(swap, state), ask_first)
        # A question is read whole: "show me the seed and prompt of 1 and 2" is one question, not two clauses.
        try:  # (two questions, "…? And how many in Q3 Ads?", are read one by one below)
            whole = None if _SECOND_QUESTION.search(masked.text) or _THEN_A_STEP.search(masked.text) else \
                question_steps(strip_filler(masked.text), masked, state.copy())
        except Reply as reply:  # "what was the prompt of 9?" right after a list of 2 results
            return Plan(reply=reply.text, confidence="none" if reply.refused else "full")
        if whole:
            return Plan(steps=whole, confidence="full")
        clauses = _join_session_prefixes(split_steps(masked.text, starts_step))
    else:  # a numbered list: every item is at least one step
        clauses = [clause for item in items for clause in _join_session_prefixes(split_steps(item, starts_step))]
    if len(clauses) > MAX_STEPS:
        return Plan(reply=replies.TOO_MANY_STEPS.format(limit=MAX_STEPS), confidence="full")
    steps: list[Step] = []
    understood = False  # a clause that was understood but needs no tool ("keep the first one")
    for position, clause in enumerate(clauses):
        try:
            planned = plan_clause(clause, masked, state)
            if planned is None:  # "unheart 3, client passed on it. like 4": the remark of one step
                plainer = without_remarks(clause)  # ("the rest are trash" names what comes next: kept)
                if plainer.strip() and plainer != clause and not _NAMES_OTHERS.search(clause[len(plainer):]):
                    planned = plan_clause(plainer, masked, state)
        except Reply as reply:
            rest = " ".join(clauses[position + 1:]).strip()
            if rest and not reply.refused:  # "is it safe to archive 3? archive it": answered, and the rest said to be not done
                return Plan(reply=f"{reply.text} I did not act on the rest (\"{masked.restore(rest).strip()}\"): say it on its own "
                                  "if you still want it.", confidence="full")
            return Plan(reply=reply.text, confidence="none" if reply.refused else "full")
        if position and planned and _INTENT.match(clause) and any(
                get_registry().facts(step.name).produces_items for step in planned):
            # "set up a video session … ? I'd like to make short clips for Instagram": a plan for
            # later, said after the request, is asked about before anything is made
            return Plan(reply=f"You said \"{masked.restore(clause).strip(' .!?')}\": should I make that now? Say it "
                              "as a request with a count, e.g. \"generate 2 …\". Nothing was done.", confidence="full")
        if planned is None:
            if not strip_filler(clause):
                continue
            points_back = re.search(r"\b(?:it|them|that|this|those|these|em)\b", clauses[position + 1] if position < len(clauses) - 1 else "",
                                    re.IGNORECASE)
            if position < len(clauses) - 1 and (_aside(clause) or is_remark(clause)) and not (steps and _NAMES_OTHERS.search(clause)) \
                    and (points_back or not goes_off(clause)):  # ("i don't want 3, archive 5": 3 too? asked)
                # "the party finally killed the owlbear, archive this session": news, then the request;
                # "the sneaker in 6 looks off, can u archive it": "it" is the image the remark named
                # ("unheart 3, client passed on it. leave the copy …": news between two requests)
                remarked = not steps and (items_remarked_on(masked.restore(clause)) or _ordinal_remarked(clause, state))
                if remarked:
                    state.pool, state.mentioned = list(remarked), list(remarked)
                points_on = re.search(r"\b(?:it|that\s+session|this\s+session)\b", clauses[position + 1], re.IGNORECASE)
                if points_on and re.search(r"\b(?:session|sesh)\b", clause, re.IGNORECASE) \
                        and not re.search(r"\b(?:this|the\s+current|my\s+current|current)\s+(?:session|sesh)\b", clause, re.IGNORECASE):
                    # "I no longer need the Q3 Ads session — could you archive it": "it" is that session, never the current
                    # one; a session only praised or described ("the Q3 Ads session had a better fox. Delete it") is asked
                    said = re.search(r"\bthe\s+((?-i:[A-Z0-9\ue000])[^,;.!?—–]*?)\s+(?:session|sesh)\b", clause) or re.search(
                        r"\bthe\s+(?:session|sesh)\s+((?-i:[A-Z0-9\ue000])[^,;.!?—–]*?)(?=\s+(?:is|was|are|has|had|got)\b|\s*[,;.!?—–]|$)", clause)
                    done_with = re.search(r"\b(?:no\s+longer|don'?t|do\s+not|not)\s+(?:need|needed|using|use|want)\b|\b(?:is|was|are)\s+"
                                          r"(?:finished|done|over|wrapped|closed|complete|obsolete|old)\b|\bfinished\b|\bwrapped\b", clause,
                                          re.IGNORECASE)
                    if not said or not done_with:
                        return Plan(reply=replies.not_understood(masked.restore(clause)), confidence="none", unread=True)
                    state.named_session = clean_name(said.group(1), masked)
                continue
            return Plan(reply=replies.not_understood(masked.restore(clause)), confidence="none", unread=True)
        understood = True
        for step in planned:
            if steps and step == steps[-1] and step.name != "undo" and not get_registry().facts(step.name).produces_items:
                continue  # "bring it back, unarchive it": one request said twice is done once (not "undo" twice)
            steps.append(step)
            state.after(step)
    if not steps:
        return Plan(reply=replies.KEPT, confidence="full") if understood else Plan(reply=replies.EMPTY, confidence="none")
    heading = _heading_before_a_dash(clauses, steps, masked)
    if heading:
        return Plan(reply=heading, confidence="full")
    # "generate 5 of a cat but don't generate anything", "like 5. Do not like image 5.": asked
    broken = breaks_limit(steps, forbidden) or broken_guard(steps, guards)
    limits_may_be_free_text = (forbidden or guards) and not limit_after_quote
    if limits_may_be_free_text and not broken and any(step.name in FREE_TEXT_TOOLS for step in steps):
        return _plan_message(text, memory, limits=False)  # the words may belong to a prompt or a caption
    clash = _contradiction(steps) or kept_and_removed(steps, state.kept) or broken
    if clash:
        return Plan(reply=clash, confidence="full")
    steps = name_at_creation(steps)
    held = _held_for_yes(Plan(steps=steps), ask_first)
    if held.reply:
        return held
    steps = held.steps
    try:
        steps = folders_named_before(steps, memory.last_action)
    except Reply as reply:
        return Plan(reply=reply.text, confidence="full")
    confidence: Confidence = "partial" if state.fuzzy_fixes else "full"
    return Plan(steps=steps, confidence=confidence)



def _held_for_yes(plan: Plan, ask_first: re.Match | None) -> Plan:
    """The plan with its change marked to wait for a yes ("… but ask me first"); asked when that can't be
    promised: a change whose tool does not ask, or several changes (a yes to the first would run it alone)."""
    if not ask_first or not plan.steps:
        return plan
    registry = get_registry()
    changing = [step for step in plan.steps if registry.facts(step.name).changes_data]
    if len(changing) > 1 or any(not registry.facts(step.name).asks_first for step in changing):
        return Plan(reply=replies.CANNOT_ASK_FIRST, confidence="full")
    return Plan(steps=[Step(s.name, {**s.args, "ask_first": True}) if s in changing else s for s in plan.steps],
                confidence=plan.confidence)


def _heading_before_a_dash(clauses: list[str], steps: list[Step], masked: Masked) -> str | None:
    """"Let's make page sizes - 6 pictures of a dragon": a few words before a dash, then a request with its
    count, read as a picture of their own would spend credits on a heading; asked."""
    if len(clauses) < 2 or len(steps) < 2 or [s.name for s in steps[:2]] != ["generate", "generate"]:
        return None
    first, second = steps[0].args, steps[1].args
    if "count" in first or "count" not in second or len(str(first.get("prompt", "")).split()) > 4:
        return None
    start = masked.text.find(clauses[0]) + len(clauses[0])
    between = masked.text[start:masked.text.find(clauses[1], start)]
    if not re.search(r"[-—–:]", between) or re.match(r"\s*(?:also|and|plus|then)\b", clauses[1], re.IGNORECASE):
        return None
    return (f"I read \"{masked.restore(clauses[0]).strip()}\" before the dash as a picture of its own, and then "
            f"{second['count']} of \"{masked.restore(str(second.get('prompt', ''))).strip()}\". If the first part is only a heading, "
            "say the request alone; if it is a picture, ask for it on its own. Nothing was generated.")


def _ordinal_remarked(clause: str, state: PlanState) -> list[int] | None:
    """"the first one is great - like it": the image a remark names by its place."""
    said = re.match(r"(?:the\s+)?(?:first|second|third|fourth|fifth|last|\d{1,3}(?:st|nd|rd|th))\s+(?:one|image|picture|pic)\b", strip_filler(clause),
                    re.IGNORECASE)
    try:
        selection = parse_selection(said.group(0), state) if said else None
    except Reply:
        return None
    items = selection.items if selection else None
    return list(items) if isinstance(items, list) and items else None


def _aside(clause: str) -> bool:
    """News before the request ("the party finally killed the owlbear", "Oh dear, I think I liked the wrong
    ones"), read with its interjections gone but its "I" kept."""
    told = re.sub(r"^(?:(?:oh\s+dear|oh\s+no|oh|oops|whoops|hmm+|well|so|ok(?:ay)?|sorry|ugh|wait|no|nope|actually)[\s,!.]+)+", "",
                  clause.strip(), flags=re.IGNORECASE)
    return bool(ASIDE.match(strip_filler(clause)) or ASIDE.match(told)
                or re.fullmatch(r"i\s+(?:still\s+|really\s+)?(?:need|want)\s+(?:it|them|that|those|this|these)(?:\s+(?:after\s+all|"
                                r"still|now|back))?[\s.!]*", told, re.IGNORECASE)  # "no wait, I need it, return it"
                # "Hi! I run a little bakery in town.": who is asking, before what they ask
                or re.match(r"i\s+(?:didn'?t|did\s+not)\s+mean\s+to\b", told, re.IGNORECASE)  # "Oops, I didn't mean to save those"
                or re.fullmatch(r"(?:hi|hello|hey)?[\s!,.]*(?:i|we)\s+(?:run|own|manage|teach|coach|work\s+(?:at|in|for|as)|volunteer|"
                                r"organi[sz]e|sell|make\s+a\s+living)\b[^\d,;\ue000]{0,80}", told, re.IGNORECASE))


def _contradiction(steps: list[Step]) -> str | None:
    """"like 2 and unlike 2", "archive and unarchive alpha": say so instead of doing both."""
    for position, step in enumerate(steps):
        for later in steps[position + 1:]:
            if OPPOSITES.get(step.name) != later.name:
                continue
            whole_sessions = step.name.endswith("_session")  # "archive and unarchive alpha": one object for both
            if not whole_sessions and step.args.get("session") != later.args.get("session"):
                continue
            mine, theirs = step.args.get("items"), later.args.get("items")
            if isinstance(mine, list) and isinstance(theirs, list) and not set(mine) & set(theirs):
                continue
            if step.args.get("which") == "all" and isinstance(theirs, list) and not later.args.get("which"):
                continue  # "unlike everything, like 6": clear, then the one meant
            return (f"That asks for both {step.name.replace('_', ' ')} and {later.name.replace('_', ' ')} of the same "
                    "thing, which cancel out. Which one do you mean? Nothing was changed.")
    return None


def _wish(text: str) -> str:
    """"I need a session for …" starts one, "can I get 1 to 4 as a zip" downloads, other wishes generate."""
    if re.search(r"\b(?:not|no)\s+(?:more|longer|any\s*more)\s+liked\b", text, re.IGNORECASE):
        return text  # "I want to have the picture 4 not more liked": a like taken back (below), no picture
    wish = _WISH.match(text)
    if not wish:
        return text
    rest = text[wish.end():]
    # "I need a session for …", "i need one of those feed style sessions to plan my grid"
    if re.match(r"(?:a\s+|an\s+|one\s+(?:of\s+(?:those|these|the|your)\s+)?)?(?:new\s+)?(?:[\w-]+\s+){0,3}?(?:session|sesh)s?\b",
                rest, re.IGNORECASE):
        return "start " + rest
    if re.search(r"\s(?:as|in)\s+(?:a\s+)?zip(?:\s*file)?\b|\szipped\b", rest, re.IGNORECASE):  # "… as a zip file please"
        return "download " + rest
    zipped = re.match(r"(?:a\s+)?zip(?:\s*file)?\s+(?:of|with)\s+(?P<what>.+?)(?:\s+(?:to|so\s+i\s+can)\s+(?:send|share|email|give)\b.*)?$",
                      rest, re.IGNORECASE)
    if zipped:  # "can I get a zip of the liked ones to send to the client?"
        return "download " + zipped.group("what")
    summary = re.match(r"(?:a|an)\s+(?:little\s+|short\s+|quick\s+|brief\s+)?(?:summary|overview|recap|rundown)\s+(?:of|for|on)\s+"
                       r"(?P<what>.+?)[\s.!?]*$", rest, re.IGNORECASE)
    if summary:  # "give me an overview of Q3 Ads": its counts, likes, saves and spend
        return "how many images are in " + summary.group("what")
    copy = re.match(r"(?:a\s+)?cop(?:y|ies)\s+of\s+(?P<what>.+?)(?:\s+(?:on|to|for)\s+my\s+(?:computer|laptop|desktop|machine|"
                    r"phone|drive|disk|pc|mac))?[\s.!?]*$", rest, re.IGNORECASE)
    if copy:  # "Could I have a copy of those two on my computer?"
        return "download " + copy.group("what")
    if re.match(rf"(?:a\s+|the\s+)?{CURATORS_WORDS}", rest, re.IGNORECASE):
        return "write " + rest  # "give me a curator reflection on bakery posts"
    return "generate " + rest


def _join_session_prefixes(clauses: list[str]) -> list[str]:
    """"in session autumn, like 2": a clause that only names the session belongs to the next one."""
    joined: list[str] = []
    carry = ""
    for clause in clauses:
        clause = carry + clause
        match = _SESSION_FIRST.match(strip_filler(clause))
        carry = clause + ", " if match and match.end() == len(strip_filler(clause)) else ""
        if not carry:
            joined.append(clause)
    return joined + ([carry] if carry else [])


def parse_confidence(text: str, memory: PlannerMemory | dict | None = None) -> Confidence:
    """full: trust the plan as is; partial: typos were corrected; none: not understood."""
    return plan_utterance(text, memory).confidence


# A request whose words may be a prompt, a caption or a name: rewrites meant for references leave them as typed
_KEEPS_ITS_WORDS = re.compile(r"^\s*(?:generate|gen|make|create|draw|render|paint|imagine|illustrate|sketch)\b"
                              r"|\b(?:caption|captioned|called|named|titled|to\s+folder|folder\s+called)\b", re.IGNORECASE)
_ORDINAL_WORDS = {"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
                  "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth"}
# Ways a clause starts that mean a plainer request, rewritten in this order before any handler reads it.
# "Provided that my balance is at least 100 credits, generate …", "In the event that image 4 is liked, …": a condition
_CONDITION = re.compile(r"^(?:provided(?:\s+that)?|providing(?:\s+that)?|in\s+the\s+event(?:\s+that)?|on\s+condition\s+that|"
                        r"assuming(?:\s+that)?|only\s+if|if|unless|should)\s+"
                        # (courtesy is no condition: "If it's not too much trouble, …", "if that's ok, …")
                        r"(?!(?:it|that)(?:'s|\s+is)\s+(?:not\s+too\s+much|ok|okay|alright|all\s+right|possible|fine|convenient)\b)"
                        r"(?:my|the|image|number|#|it|there|i|we|any|all|no)\b[^,.;?]{0,80},"
                        r"(?![^?]*\?)"  # ("If I delete Q3 Ads, what happens to …?" is a question, answered)
                        # "Only if Q3 Ads has no liked images, archive it": these words always set a condition
                        r"|^(?:only\s+if|unless|provided(?:\s+that)?|on\s+condition\s+that|in\s+the\s+event(?:\s+that)?)\s+[^,.;?]{1,80},(?![^?]*\?)"
                        r"|[.!?;]\s+(?:if|unless|otherwise|should)\b[^.]*\b(?:do\s+nothing|don'?t|do\s+not|stop|cancel|skip)\b", re.IGNORECASE)


# "send the selects to …", "archive everything that isn't a select": a noun with two meanings here
_SELECTS = re.compile(r"\b(?:the|my|our|all|those|these|a|any)\s+selects?\b(?!\s+(?:the|all|\d|#|them|it|every|one|two|three|few|group|number|ones?)\b)",
                      re.IGNORECASE)




_REWRITES = (
    # "make a session Vakantie and generate there 3 images of …": "there" is the session just named
    (re.compile(r"^((?:generate|gen|make|create|render|draw|do)\s+)there\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)",
                re.IGNORECASE), r"\1"),
    # "archive the 2nd, 4th and 6th through 8th": ordinals in figures, in a list, are the image numbers
    # ("the 1st and 2nd place winners" in a prompt keeps its words: only a list that ends the phrase)
    (re.compile(r"\bthe\s+((?:\d{1,3}(?:st|nd|rd|th)\s*(?:,\s*(?:and\s+)?|\s+(?:and|&|through|thru|to)\s+|-)\s*)+\d{1,3}(?:st|nd|rd|th))\b"
                r"(?=\s*(?:[,.;!?(]|$|(?:ones?|images?|pictures?|pics?|photos?)\b|(?:to|in|into|from)\s))", re.IGNORECASE), lambda m: re.sub(r"(?<=\d)(?:st|nd|rd|th)\b", "", m.group(1), flags=re.IGNORECASE)),
    # "The photos 5 and 9 I want in the folder Launch like the others": the images first, then where they go
    (re.compile(r"^(?:the\s+)?(?:photos?|pictures?|images?|pics?|numbers?)\s+(#?\d{1,4}(?:\s*(?:,|and|&)\s*#?\d{1,4})*)\s+(?:i|we)\s+"
                r"(?:want|would\s+like|'d\s+like)\s+(?:to\s+(?:have|save|put)\s+)?(?:in|into|to)\s+(?:the\s+)?(folder\s+.+?)"
                r"(?:\s+(?:like\s+the\s+others|as\s+well|too))?$", re.IGNORECASE), r"save \1 to \2"),
    # "the session Holiday Promo I want rename in Promo Natale": the session first, then its new name
    (re.compile(r"^(?:the\s+)?session\s+(.+?)\s+(?:i|we)\s+(?:want|would\s+like|'d\s+like)\s+(?:to\s+)?rename\s+(?:in|to|as|into)\s+(?=\S)",
                re.IGNORECASE), r"rename the session \1 to "),
    # "2 4 7 → folder FINALS", "holiday promo -> rename to HOLIDAY 25 DROP": an arrow says where, or what becomes of it
    (re.compile(r"^(#?\d{1,4}(?:\s*(?:,|and|&)?\s*#?\d{1,4})*)\s*(?:→|->|=>)\s*(?:(?:the\s+)?folder\s+)(?=\S)", re.IGNORECASE),
     r"save \1 to folder "),
    (re.compile(r"^(?:the\s+)?(?:session\s+)?(.+?)\s*(?:→|->|=>)\s*rename(?:\s+it)?\s+(?:to|as)\s+(?=\S)", re.IGNORECASE),
     r"rename the session \1 to "),
    # "n make a zip", "make a zip of the liked ones": a download
    (re.compile(r"^(?!.*\bdownload)(?:make|create|build|do)\s+(?:me\s+)?(?:a\s+)?zip(?:\s*file)?(?:\s+(?:of|with)\s+(?=\S)|(?=[\s.!]*$))", re.IGNORECASE),
     lambda m: "download " if m.group(0).rstrip().lower().endswith(("of", "with")) else "download them"),
    # "every image in Launch Week that is not liked": the ones not liked (in that session)
    (re.compile(r"\b(?:every\s+(?:image|picture|one|generation)|all\s+(?:of\s+)?(?:the\s+)?(?:images|pictures|ones|generations)|"
                r"the\s+(?:images|pictures|ones|generations)|everything)(\s+in\s+.+?)?\s+(?:that|which)\s+(?:is|are)\s*(?:not|n't)\s+"
                r"(?:yet\s+)?liked\b", re.IGNORECASE),
     lambda m: "everything I didn't like" + (m.group(1) or "")),
    # 'give tag "kawaii" to the saved ones', "add the tags a, b to them": a tag
    (re.compile(r"^(?:give|add|put|apply|attach|assign)\s+(?:the\s+|a\s+)?tags?\s+(.+?)\s+(?:to|on|onto|for(?=\s+(?:them|it|those|these|both|all)\b)|"
                r"in(?=\s+(?:all|every|the|both)\b))\s+(\S.*)$",
                re.IGNORECASE), r"tag \2 with \1"),
    (re.compile(r"^(tag\s+(?:all|every)\s+(?:the\s+)?(?:assets|files|images))\s+of\s+(?=the\s+folder\b)", re.IGNORECASE), r"\1 in "),
    # "make 5 images same prompt but size 1024x1024": the last request again, changed
    (re.compile(rf"^(?:make|generate|gen|create|do|render)\s+({NUMBER})\s+(?:more\s+)?(?:images?|pictures?|pics?)\s+(?:with\s+)?(?:the\s+)?"
                r"same\s+prompt\b(.*)$", re.IGNORECASE), r"same prompt\2, \1 images"),
    # "put the like also on the photo number 5", "give a heart to 3": a like
    (re.compile(r"^(?:put|give|add|leave|set)\s+(?:a|the|my|an?\s+other)\s+(?:like|heart)\s+(?:also\s+)?(?:on|to)\s+(?:also\s+)?(?=\S)",
                re.IGNORECASE), "like "),
    # "2 to 9 inclusive", "1 up to and including 30": a range says its ends anyway
    (re.compile(r"\b(\d{1,5})\s+up\s+to\s+and\s+including\s+(?=\d)", re.IGNORECASE), r"\1 to "),
    (re.compile(r"(?<=\d)\s*,?\s*\(?(?:inclusive|inclusively|included|both\s+included|both\s+inclusive)\)?(?=[\s,.;!?]|$)", re.IGNORECASE), ""),
    # "the Launch Week pictures I liked": the liked ones of that session (a name said with capitals)
    (re.compile(r"^((?:put|save|post|download|archive|tag|share|send|show|move|zip)\b.*?)\bthe\s+((?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z0-9])[\w'&-]*){0,4})"
                r"\s+(pictures|images|pics|photos|ones)\s+(?:i|we)\s+(?:liked|loved|hearted)\b", re.IGNORECASE), r"\1the liked \3 in \2"),
    # "generate 3 … in Q3 Ads session, not in this one": the session said, and the one it is not
    (re.compile(r"(\bin\s+(?:the\s+)?\S[^,;]*?\s+(?:session|sesh)),?\s+(?:and\s+)?not\s+(?:in\s+)?(?:this|the\s+current|here)"
                r"(?:\s+(?:one|session))?(?=[\s.!]*$)", re.IGNORECASE), r"\1"),
    # "put it in same folder like before": the folder said last
    (re.compile(r"\b(?:in|into|to)\s+(?:the\s+)?same\s+folder(?:\s+(?:like|as)\s+(?:before|last\s+time|earlier|the\s+others?|the\s+last\s+ones?))?\b",
                re.IGNORECASE), lambda m: m.group(0).split()[0] + " the same folder"),
    # "what's sitting in the Launch folder right now?": what is in it
    (re.compile(r"^what(?:'s|\s+is|\s+are)\s+(?:sitting|living|saved|stored|left|kept|parked)\s+in\s+(?=\S)", re.IGNORECASE), "what is in "),
    # "show me only the ones I've liked", "archive the images we have not liked": the liked ones (or not)
    (re.compile(r"\b(?:only\s+)?the\s+(ones?|images|pictures|pics|photos)\s+(?:that\s+)?(?:i|we)(?:'ve|\s+have|\s+had)?\s+(?:already\s+)?"
                r"(?:liked|loved|hearted|favou?rited)\b(?=[\s.!?]*$|\s+(?:to|into|in|on|as|with)\s)", re.IGNORECASE), r"the liked \1"),
    # "switch to Q3 Ads and like 2 and 3 there too": "there" is the session just opened
    (re.compile(r"^((?:like|unlike|archive|unarchive|select|deselect|save|download)\s+.*?\d)\s+there(?:\s+(?:too|as\s+well))?(?=[\s.!]*$)",
                re.IGNORECASE), r"\1"),
    # "start 'Peak Gym – Reels' as a video session": the name first, then what it is
    (re.compile(r"^(?:start|create|make|open|set\s+up)\s+(\ue000\d+\ue001)\s+as\s+(?:a|an)\s+(?:new\s+)?(?:(\w+)\s+)?(?:session|sesh)(?=[\s.!]*$)",
                re.IGNORECASE), lambda m: f"start a {m.group(2) + ' ' if m.group(2) else ''}session called {m.group(1)}"),
    # "put the pictures I liked into a post for Instagram": a post made of them
    (re.compile(r"^(?:put|turn)\s+(.+?)\s+into\s+(?:a|an|one)\s+(?:new\s+)?post\b(?!\s+(?:that|which|with)\b)", re.IGNORECASE),
     r"make a post with \1"),
    # "From the new ones I like the second": the request, about one of what was just made
    (re.compile(r"^(?:from|of|among)\s+the\s+(new|newest|latest|fresh)\s+(ones|images|pictures)\s*,?\s*(?:i\s+(?:would\s+)?)?"
                r"(like|love|want\s+to\s+save|save|archive|select)\s+(the\s+\w+(?:\s+one)?)[\s.!]*$", re.IGNORECASE),
     lambda m: f"{'save' if m.group(3).lower().startswith('want') else m.group(3)} {m.group(4)} of the {m.group(1)} {m.group(2)}"),
    # "Then please tell me how many liked images it has": a question after a step, asked on its own
    (re.compile(r"^(?:and\s+)?then\s*,?\s+(?=(?:please\s+|kindly\s+)?(?:tell|show|what|how|which|list|give\s+me)\b)", re.IGNORECASE), ""),
    (re.compile(r"^(?:please\s+|kindly\s+)?tell\s+me\s+(?=how\s+(?:many|much)\b(?!\s+(?:were|was|got|have\s+been)\b))", re.IGNORECASE), ""),
    (re.compile(r"^the\s+same\b", re.IGNORECASE), "same"),  # "(now) the same for winter sale"
    # "❤️ 1, 4, 6", "+1 on 2 and 4" (a vote, as in Slack)
    (re.compile(r"^(?:❤️|❤|♥️|♥|👍|⭐|🌟|:\+1:|:thumbsup:|:heart:|\+1(?=\s))\s*(?:(?:on|to|for)\s+)?(?=\d|#)"), "like "),
    (re.compile(r"^(zip|pack|bundle)\s+up\b", re.IGNORECASE), r"\1"),  # "zip up 1 to 4"
    # "make please 6 images of …": a courtesy after the verb is not part of what follows it.
    (re.compile(r"^([A-Za-z]+)\s+(?:please|pls|plz|kindly)\b[\s,]*", re.IGNORECASE), r"\1 "),
    # "session: Salt and Pepper", "new brief: autumn coat campaign": a session named after the colon.
    (re.compile(r"^(?:new\s+)?(?:session|sesh)(?:\s+(?:pls|please|plz))?\s*:\s*(?=\S)", re.IGNORECASE),
     "start a session called "),
    (re.compile(r"^new\s+brief\s*:\s*(?=\S)", re.IGNORECASE), "start a session called "),
    # "open a session named Facade Studies": a new session, as "start a session named …"
    (re.compile(r"^open\s+(?:a|an)\s+(?:new\s+)?(?=(?:(?:visual|video|text|container)\s+)?(?:session|sesh)\s+"
                r"(?:called|named|titled|entitled)\b)", re.IGNORECASE), "start a "),
    # "heart everything from 2 to 6": a range
    (re.compile(r"\b(?:everything|all(?:\s+of\s+them)?|(?:the\s+)?(?:ones|images|pictures|pics))\s+from\s+(\d{1,5})\s+"
                r"(?:to|through|thru|till|until)\s+(\d{1,5})\b", re.IGNORECASE), r"\1-\2"),
    # "add 1,000 credits": a thousands separator, not a list
    (re.compile(r"\b(\d{1,3}),(\d{3})(?=\s+credits?\b)", re.IGNORECASE), r"\1\2"),
    # "like the 1st 3": the first three
    (re.compile(r"\bthe\s+1st\s+(?=\d)", re.IGNORECASE), "the first "),
    # "I like the 1st and the last one": ordinals in figures, as words
    (re.compile(r"\bthe\s+(1st|2nd|3rd|[4-9]th|10th)\b(?=\s+(?:one|ones|image|images|picture|pictures|pic|photo|and|or|&)\b|\s*(?:,|$))",
                re.IGNORECASE),
     lambda m: m.group(0) if _KEEPS_ITS_WORDS.search(m.string) else "the " + _ORDINAL_WORDS[m.group(1).lower()]),
    # "do 3 variations of 2", "do a remix of 4": a remix
    (re.compile(r"^do\s+(?=(?:\S+\s+)?(?:more\s+)?(?:variations?|versions?|variants?|remix(?:es)?)\s+(?:of|on)\b)",
                re.IGNORECASE), "remix "),
    # "generate 2 more in the Cover Ideas session: a burning library": the session first, then the request
    (re.compile(r"^((?:generate|gen|make|create|render|draw)\s+(?:\S+\s+)?(?:more\s+)?)in\s+(?:the\s+)?(.+?)\s+"
                r"(?:session|sesh)\s*:\s*", re.IGNORECASE), r"in the \2 session, \1"),
    # "and one more post with number 6, caption …", "another post with 2": a post
    (re.compile(r"^(?:one\s+more|another|a\s+second|a\s+new)\s+post\s+(?=with\b|of\b|from\b|for\b)", re.IGNORECASE), "post "),
    # "make 3 images more", "Could you make 2 new ones with a seed of 777": more of the last request
    (re.compile(rf"\b({NUMBER})\s+(images?|pictures?|pics?)\s+more\b", re.IGNORECASE), r"\1 more \2"),
    (re.compile(rf"^(make|generate|gen|do|render|create)\s+({NUMBER})\s+new\s+ones\b", re.IGNORECASE), r"\1 \2 more"),
    # "what is the model you use for generate?": which generator runs
    (re.compile(r"^what(?:'s|\s+is)\s+the\s+(?:model|generator|engine)\s+(?:you|u|we|atelier)\s+(?:use|uses|are\s+using|is\s+using)"
                r"(?:\s+(?:for|to)\s+(?:generate|generating|make|making|images?|pictures?))*\s*\??$", re.IGNORECASE),
     "which generator are we using"),
    # "write me one of those reflections on the harbour session", "do a reflection on this session": a reflection
    (re.compile(r"^(?:write(?:\s+up)?|do|give|make|run|get|produce)\s+(?:me\s+|us\s+)?(?:one\s+of\s+(?:those|these|your)\s+|an?\s+|the\s+)?"
                r"(?:curator'?s?\s+)?reflections?\b", re.IGNORECASE), "write a reflection"),
    # "… After that, would you mark the first one as a favourite?": a like, in any clause
    (re.compile(r"^(?:(?:can|could|may)\s+(?:i|we)\s+)?(?:mark|flag)\s+(.+?)\s+as\s+(?:a\s+|my\s+|one\s+of\s+my\s+)?(?:favou?rites?|faves?|liked|loved)\b[\s.!?]*$",
                re.IGNORECASE), r"like \1"),
    # "could you make a zip file of them for me to download": a download
    (re.compile(r"^(?:make|create|give\s+me|prepare)\s+(?:me\s+)?(?:a\s+)?zip(?:\s*file)?\s+(?:of|with)\s+(.+?)"
                r"(?:\s+(?:for\s+(?:me|us)\s+)?to\s+download)?[\s.!?]*$", re.IGNORECASE), r"download \1"),
    # "the 2, I don't like it anymore": a like taken back
    (re.compile(r"^((?:the\s+)?(?:#\s*|number\s+)?\d{1,4}(?:\s*(?:,|and)\s*(?:the\s+)?(?:#\s*|number\s+)?\d{1,4})*)\s*,?\s*"
                r"i\s+(?:don'?t|do\s+not)\s+(?:like|love)\s+(?:it|them|that|those)\s+(?:any\s*more|now)\b[\s.!]*$", re.IGNORECASE),
     r"unlike \1"),
    # "Please take it away", "get rid of 3": out of sight (archived; never deleted)
    (re.compile(r"^(?:take|put)\s+(.+?)\s+away\b[\s.!]*$|^(?:get\s+rid\s+of|hide)\s+(.+?)[\s.!]*$", re.IGNORECASE),
     lambda m: "archive " + (m.group(1) or m.group(2))),
    # "no wait, I need it, return it please": bring it back
    (re.compile(r"^(?:return|restore|recover)\s+(it|them|that|those|this\s+session|the\s+session)\b(?:\s+(?:back|please|pls))*[\s.!]*$",
                re.IGNORECASE), r"bring \1 back"),
    # "Could you write me a little summary of this session?", "What have I been doing in this session?": its facts
    (re.compile(r"^(?:write|give|show|make)\s+(?:me\s+)?(?:a|an)\s+(?:little\s+|short\s+|quick\s+|brief\s+)?(?:summary|overview|recap)\s+"
                r"(?:of|for|on)\s+(.+?)[\s.!?]*$", re.IGNORECASE), r"how many images are in \1"),
    (re.compile(r"^what\s+have\s+(?:i|we)\s+(?:been\s+doing|done|made)\s+in\s+(this\s+session|.+?\s+session)[\s.!?]*$", re.IGNORECASE),
     r"how many images are in \1"),
    # "show me the numbers of the ones I have liked": those ones
    (re.compile(r"^(show|list|tell)\s+(?:me\s+)?the\s+numbers\s+of\s+(?=the\s+(?:liked\s+)?(?:ones|images|pictures|pics))", re.IGNORECASE),
     r"\1 "),
    # "I want to have the picture 4 not more liked": a like taken back
    (re.compile(r"^(?:i\s+(?:want|would\s+like)\s+(?:to\s+)?)?(?:have\s+)?(?:the\s+)?(?:picture|image|number|pic)?\s*#?(\d{1,4})\s+"
                r"(?:not\s+more|no\s+more|no\s+longer|not\s+any\s*more)\s+liked[\s.!]*$", re.IGNORECASE), r"unlike \1"),
    # "like every image except 3": everything but 3
    (re.compile(r"\bevery\s+(?:single\s+)?(?:image|one|picture|pic|photo|generation)\s+"
                r"(?=(?:except|but|apart\s+from|other\s+than|excluding|save\s+for|bar)\b)", re.IGNORECASE),
     lambda m: m.group(0) if _KEEPS_ITS_WORDS.search(m.string) else "everything "),
    # "what would it cost to remix image 3?": one image's price
    (re.compile(r"^(?:what|how\s+much)\s+would\s+it\s+cost\s+to\s+(?:remix|vary|redo|rerun)\s+(?:image\s+|number\s+|#)?\d{1,4}\s*\??$",
                re.IGNORECASE), "how much would 1 image cost"),
    # "what model + seed are 1 and 2?": their details
    (re.compile(r"^what\s+(?:\w+\s*(?:\+|and|,)\s*)*(?:model|seed|prompt|size)\s+(?:are|is|do|does|have|has)\s+(.+?)\s*\??$",
                re.IGNORECASE), r"show the prompt, seed and model of \1"),
    # "Please set a new session Weihnachtsmarkt": start one
    (re.compile(r"^set\s+(?:a\s+)?new\s+(?=(?:\w+\s+)?(?:session|sesh)\b)", re.IGNORECASE), "start a new "),
    # "What did I spend in total so far?": the spending
    (re.compile(r"^what\s+(?:did|have)\s+(?:i|we)\s+(?:spend|spent)(?:\s+(?:in\s+total|so\s+far|altogether|overall))*\s*\??$",
                re.IGNORECASE), "how many credits have I spent so far"),
    # "actually I am in which session?": the question, in the usual order
    (re.compile(r"^(?:(?:i\s+)?am|i'?m|we\s+are|we'?re)\s+in\s+(?:which|what)\s+(session|sesh)\b", re.IGNORECASE), r"which \1 am i in"),
    # "the dragon of number 3, which seed it have?": the question about that image
    (re.compile(r"^(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:of|in)\s+(?:#|number\s+|no\.?\s*)(\d{1,4})\s*,\s*(?:which|what)\s+"
                r"(seed|prompt|model|size)\b.*$", re.IGNORECASE), r"what is the \2 of \1"),
    # "how much costs 20 imagens more?": a price
    (re.compile(rf"^how\s+much\s+(?:costs?|is|are)\s+({NUMBER})\s+(?:more\s+)?(?:images?|imagens|imgs?|pictures?|pics?)(?:\s+more)?\s*\??$",
                re.IGNORECASE), r"how much would \1 images cost"),
    # "Is there any image in this session I have not yet liked?": the ones not liked
    (re.compile(r"^(?:is|are)\s+there\s+any\s+(?:images?|pictures?|ones?)\s+(?:in\s+this\s+session\s+)?(?:that\s+)?(?:i|we)\s+"
                r"(?:have\s+|'ve\s+)?(?:not|n't)\s+(?:yet\s+)?liked(?:\s+yet)?\s*\??$", re.IGNORECASE), "show the images I have not liked"),
    # "that cost how much?": the question, in the usual order
    (re.compile(r"^(that|those|these|it|they)\s+cost\s+(?:me\s+)?how\s+much\s*\??$", re.IGNORECASE), r"how much did \1 cost"),
    # "…, and how many remain?": what remains is credits (images stay until archived)
    (re.compile(r"^how\s+many\s+(?:remain(?:ing)?|(?:are\s+)?left|do\s+(?:i|we)\s+have\s+left|(?:do\s+)?(?:i|we)\s+have\s+left)\s*\??$",
                re.IGNORECASE), "how many credits are left"),
    # "please do me 5 imagens of a flower shop": a generate
    (re.compile(rf"^do\s+(?:me|us)\s+(?=(?:{NUMBER}|an?|some)\s)", re.IGNORECASE), "generate "),
    # "Make please the pictures 3 and 4 into the archive": images named by number (a monk walking into the archive
    # is a picture)
    (re.compile(r"^(?:make|get)\s+((?:the\s+)?(?:pictures?|images?|pics?|numbers?|#)\s*\d{1,4}(?:\s*(?:,|and|&)\s*#?\d{1,4})*|them|those|these"
                r"|(?:the\s+)?(?:session|sesh)\s+\S.*?|this\s+(?:session|sesh))"
                r"\s+(?:in|into|to)\s+(?:the\s+)?archive\b[\s.!]*$", re.IGNORECASE), r"archive \1"),
    # "yeet 4 and 6 into the archive", "put 3 in the archive": archived
    (re.compile(r"^(?:yeet|throw|toss|put|send|move|chuck)\s+(.+?)\s+(?:in|into|to)\s+(?:the\s+)?archive\b[\s.!]*$",
                re.IGNORECASE),
     r"archive \1"),
    # "Please record that I also like image 6": a like
    (re.compile(r"^(?:record|note|mark\s+down)\s+that\s+(?:i|we)\s+(?:also\s+)?(like|love|unlike)\s+(?:also\s+)?", re.IGNORECASE),
     lambda m: ("unlike " if m.group(1).lower() == "unlike" else "like ")),
    # "generate 4 further images …, identical prompt": more of the same
    (re.compile(rf"\b({NUMBER})\s+(?:further|additional|extra)\s+(?=(?:images?|pictures?|pics?|ones)\b)", re.IGNORECASE), r"\1 more "),
    (re.compile(r"\b(?:identical|the\s+identical|exactly\s+the\s+same)\s+prompt\b", re.IGNORECASE), "same prompt"),
    # "pull the liked ones into a folder called Selects": a save
    (re.compile(r"^pull\s+(?=.+?\s+(?:into|in\s+to|to)\s+(?:a\s+|the\s+|my\s+)?(?:new\s+)?folder\b)", re.IGNORECASE), "save "),
    # "open up Q3 Ads", "I want to return in the session Q3 Ads": go there
    (re.compile(r"^(?:open\s+up|return\s+(?:in|to)|go\s+back\s+(?:in|to)|come\s+back\s+to)\s+(?=\S)", re.IGNORECASE), "open "),
    # "save liked -> folder ci-artifacts"
    (re.compile(r"\s*(?:->|=>|→)\s*(?=(?:the\s+)?(?:folder|project|campaign)\b)", re.IGNORECASE), " to "),
    # "remove the like of all the images", "take the likes off 2 and 3": an unlike
    (re.compile(r"^(?:remove|take\s+(?:away|off))\s+(?:the\s+|my\s+)?(?:likes?|hearts?)\s+(?:of|from|on|off)\s+(?=\S)", re.IGNORECASE),
     "unlike "),
    # "give the Dragon Friends session a new name: Pip's Reading Adventures": a rename
    (re.compile(r"^give\s+((?:the\s+|this\s+)?(?:[\w'&-]+\s+){0,4}?(?:session|sesh))\s+(?:a|the)\s+(?:new\s+|different\s+)?(?:name|title)"
                r"\s*(?::|,|of|to)?\s+(?=\S)", re.IGNORECASE),
     r"rename \1 to "),
    # "unlike the third gift box picture": which one is said by its place; the words between describe it
    (re.compile(r"\bthe\s+(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d{1,2}(?:st|nd|rd|th))\s+"
                r"(?:(?!(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|\d+|few|couple|liked|selected|saved|archived|"
                r"new|old|other|more|and|or|the|then|to|but|except|first|second|third|fourth|fifth|last)\b)[a-z-]+\s+){1,3}?"
                r"(pictures?|images?|pics?|photos?|renders?|ones?)\b", re.IGNORECASE),
     lambda m: m.group(0) if _KEEPS_ITS_WORDS.search(m.string) else f"the {m.group(1)} {m.group(2)}"),
    # "show me which folders I have made so far": the list of them
    (re.compile(r"^(show|list|tell)\s+(?:me\s+)?(?:which|what)\s+(folders|projects|sessions|campaigns)\s+(?:i|we)\s+"
                r"(?:have\s+|'ve\s+)?(?:made|created|got|have|set\s+up)(?:\s+so\s+far|\s+yet)?\b", re.IGNORECASE), r"\1 my \2"),
    # "give it a like", "gimme 2 and 4 a heart": a like
    (re.compile(r"^(?:give|gimme)\s+(.+?)\s+a\s+(?:like|heart|thumbs[\s-]?up)\b[\s!.]*", re.IGNORECASE), r"like \1"),
    # "make the same prompt but at night", "run the same thing again": the last request again
    (re.compile(r"^(?:make|generate|gen|do|run|use|render)\s+(?:the\s+)?same\s+(?=(?:prompt|thing|request)\b)", re.IGNORECASE), "same "),
    # "count generations", "count the liked ones in Q3 Ads": how many
    (re.compile(r"^count\s+(?:up\s+)?(?:the\s+|all\s+(?:the\s+|my\s+)?|my\s+)?(?=(?:images?|generations?|gens|pictures?|pics?|"
                r"liked|sessions|assets|posts|folders)\b)", re.IGNORECASE), "how many "),
    # "pull up all my sessions", "bring up the liked ones": show them
    (re.compile(r"^(?:pull|bring)\s+up\s+(?=\S)", re.IGNORECASE), "show "),
    # "one more time but 3", "hit it again", "same again but 3": the last request again
    (re.compile(r"^(?:(?:do\s+(?:it|that|this)\s+)?one\s+more\s+time|(?:hit|run|fire|spin|do)\s+(?:it|that|this)\s+again"
                r"|same\s+again)\b", re.IGNORECASE), "again"),
    # "campaign is Back to School", "set the project to Harbor": this session's link
    (re.compile(r"^(?:(?:the\s+)?(project|campaign)\s+(?:is|=|:|should\s+be)"
                r"|set\s+(?:the\s+)?(?:session'?s?\s+)?(project|campaign)\s+(?:to|as))\s+(?=\S)", re.IGNORECASE),
     r"put this session in \1\2 "),
    # "spin up a session …", "set up a container session called …"
    (re.compile(r"^(?:spin|set|fire|whip)\s+up\s+(?=(?:(?:a|an|the|new|my)\s+)*(?:[\w-]+\s+)?(?:session|sesh)\b)",
                re.IGNORECASE), "start "),
    # "3x throne room interior, torchlight": a count and a picture, as a request to generate.
    (re.compile(r"^(\d{1,3})\s*[x×]\s+(?=[a-z])", re.IGNORECASE), r"generate \1 "),
    # "rerun #1 with seed 1235": that image again, changed (a remix).
    (re.compile(r"^(?:re-?run|re-?do|re-?roll)\s+(?=(?:#|number\s+|no\.?\s*)?\d)", re.IGNORECASE), "remix "),
    # "top us up with 1000 credits"
    (re.compile(r"^top\s+(?:us|me|it)\s+up\s+(?:with\s+|by\s+)?(?=\d)", re.IGNORECASE), "add "),
    # "can I download the ones I liked?": asking permission is asking for it.
    (re.compile(r"^(?:can|could|may)\s+(?:i|we)\s+(?=(?:download|export|zip|save|like|unlike|archive|see|get|mark|keep|tag|"
                r"remix|open|switch)\b)",
                re.IGNORECASE), ""),
)
# "please put the 5 and the 9 in a new folder, name it Favoris": the folder's name, said after it (read on the
# whole message: split at the comma, "name it Favoris" would read as a rename)
_NEW_FOLDER_NAMED_AFTER = re.compile(r"\s+(?:in|into|to)\s+a\s+new\s+folder\s*[,;]?\s+(?:and\s+)?(?:name|call|title)\s+it\s+(?=\S)",
                                     re.IGNORECASE)
# "create a new folder named "For Printing" and save images 5 and 9 there": saved into that folder (which a
# save makes when it is new)
_FOLDER_THEN_THERE = re.compile(r"(?:^|(?<=[.!?,]\s))(?:(?:please|kindly|pls)\s+)?(?:create|make|add)\s+(?:a\s+)?(?:new\s+)?folder\s+(?:named\s+|called\s+)?(?P<name>\ue000\d+\ue001|\S+)"
                                r"\s*,?\s+(?:and\s+)?(?:then\s+)?(?P<save>(?:save|put|add|move)\s+.+?)\s+(?:there|in\s+it|into\s+it)(?P<end>[\s.!]*)$",
                                re.IGNORECASE)
# "create a project called Riverside Lofts and put the Launch Week session in it": that session linked to it
# (a link makes the project when it is new)
_PROJECT_THEN_SESSION = re.compile(
    r"(?:^|(?<=[.!?,]\s))(?:(?:please|kindly|pls|can\s+you|could\s+you)\s+)?(?:create|make|start|set\s+up|add)\s+(?:a\s+)?(?:new\s+)?"
    r"(?P<kind>project|campaign|folder)\s+(?:called\s+|named\s+)?(?P<name>\ue000\d+\ue001|[^,;.!?]+?)\s*,?\s+and\s+(?:then\s+)?"
    r"(?:put|link|add|move|attach|connect)\s+(?:the\s+)?(?:session\s+(?P<s1>[^,;.!?]+?)|(?P<s2>[^,;.!?]+?)\s+session)\s+"
    r"(?:in|into|to|under|with)\s+(?:it|that|there)\b", re.IGNORECASE)
def _session_into_new_place(match: re.Match) -> str:
    said = match.group("s1") or match.group("s2")
    session = "this session" if re.fullmatch(r"this|that|the\s+current|current|my|our", said.strip(), re.IGNORECASE) else f"session {said}"
    return f"link {session} to {match.group('kind')} {match.group('name')}"


# "like 3 and save to HEAT", "like it n save to HEAT": a second verb without its object acts on the same images
# (only after a verb that picks images: "generate a dog and put in a basket" is all picture)
_SAVE_WITHOUT_OBJECT = re.compile(r"((?:^|(?<=[.!?;]\s))(?:(?:please|pls|kindly)\s+)?(?:like|love|heart|fave|favou?rite|star|select|pick|choose)\s+"
                                  r"[^.;!?\ue000]{1,40}?(?:\s+(?:and|&)\s+(?:then\s+)?|\s*,\s*(?:and\s+)?(?:then\s+)?|\s+then\s+)(?:please\s+)?(?:also\s+)?)(save|add|copy|move)\s+"
                                  r"(?=(?:to|in|into)\s+\S)", re.IGNORECASE)
# "… some pictures in /work/scans, could you bring them in for me?": an import of that folder
_BRING_THEM_IN = re.compile(r"(?:^|\s)(?P<path>(?:~|\.{0,2}/)[^\s,;]+?)[.,;]?\s+(?:.{0,80}?\s)?(?:bring|get|pull|import|load|add)\s+"
                            r"(?:them|it|those|these|all\s+of\s+them|them\s+all)\s+(?:in|into\s+(?:atelier|the\s+studio|the\s+library))\b"
                            r"[^/]*$", re.IGNORECASE)
# A label before the request: a ticket number, a priority, "status check:", "pls action:", "Before anything else:"
# "Reminder for myself: next week generate …", "note to self: …": written down for later, not asked of the studio
_NOTE_TO_SELF = re.compile(r"^(?:(?:a\s+)?reminder(?:\s+(?:for|to)\s+(?:myself|me|self))?|note\s+to\s+(?:self|myself)|(?:my\s+)?to-?do|"
                           r"memo(?:\s+to\s+self)?)\s*[:\-—–]", re.IGNORECASE)
_LABEL = re.compile(r"^(?:(?:per\s+)?(?:ticket|issue|task|jira)\s+[\w-]+|(?-i:[A-Z][A-Z0-9]{1,9}-\d{1,6}|P[0-4])(?:\s+(?:blocker|bug|task|prio))?|"
                    r"(?:pls|please)\s+action|action\s+items?|clean-?\s?up|next\s+steps?|bulk\s+action|summary\s+request|"
                    r"(?:quick\s+)?status\s+check|before\s+anything\s+else|quick\s+check|sanity\s+check|"
                    r"i\s+(?:would|'d)\s+like\s+to\s+(?:double-?check|check|confirm)"
                    r"|step\s+\d{1,2}(?=\s*:)"  # "Step 1: archive 3"
                    r"|before\s+(?:i|we)\s+(?:do|decide|commit\s+to|start|change|touch)\s+anything(?:\s+else)?(?=\s*,)|before\s+(?:i|we)\s+(?:commit|decide|publish)(?=\s*,)"
                    # "doing this for @jo:", "before tomorrow's volunteer briefing:": who or when it is for
                    r"|(?:doing\s+(?:this|it)\s+)?for\s+@[\w.-]+|before\s+(?:tomorrow'?s|today'?s|the|our|my|this|next)\s+[^:;@\ue000]{1,40}?(?=\s*:)"
                    # "@jules already liked some of these I think — which ones are liked?": said to a colleague first
                    r"|@(?!atelier\b)[\w.-]+\s[^—–:;\ue000]{1,80}?(?=\s[—–]))\s*(?::|,|\s[-—–]+)\s*(?=\S)", re.IGNORECASE)
_SECOND_QUESTION = re.compile(r"(?:\?\s+(?:and\s+|also\s+|plus\s+)?(?:how|what|which|where|when|who|is|are|does|do|did|can)\b"
                              # ("…, and what's my balance?"; not "…, and how many are in each?", which asks about the first)
                              r"|,\s+(?:and|also|plus)\s+(?:how|what|what'?s|which)\b(?![^?]*\b(?:each|it|its|they|them|those|these|one)\b))"
                              r"[^?]*\?\s*$", re.IGNORECASE)
# "like 4, the rest are trash, archive them": a remark after a step that names other images is what "them" means
_NAMES_OTHERS = re.compile(r"\b(?:rest|others?|other\s+ones|remaining|those|these|them|ones)\b|\d", re.IGNORECASE)
# "… what the rocket pictures cost and then make five more": a question, then a step of its own
_THEN_A_STEP = re.compile(r"\b(?:and\s+)?then\s+(?:please\s+)?(?:make|generate|gen|like|unlike|save|archive|delete|post|download|create|remix|"
                          r"tag|move|rename|start|open)\b", re.IGNORECASE)
_ONLY_TELL = re.compile(r"(?:(?:just|only)\s+)?tell\s+me|(?:do\s+not|don'?t)\s+(?:alter|change|touch)\s+anything(?:\s+else)?[\s.!]*",
                        re.IGNORECASE)
# "save the 5 in the folder Launch and also put tag cohete": a tag for what was just saved
_AND_PUT_TAG = re.compile(r"\s+and\s+(?:also\s+|then\s+)?(?:put|add|give)\s+(?:(?:them|it)\s+)?(?:the\s+)?tags?\s+(?:of\s+)?(?!on\b|to\b)(?=\S)",
                          re.IGNORECASE)
_INTENT = re.compile(r"^\s*(?:i'?d\s+like\s+to|i\s+would\s+like\s+to|i\s+want\s+to|i'?m\s+going\s+to|i'?m\s+gonna|"
                     r"i\s+plan\s+to|i'?m\s+planning\s+to|i'?ll|we'?ll|we\s+want\s+to)\s+(?:make|create|do|generate|render)\b"
                     r"(?!\s+(?:\d|a\s+few|some|one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.IGNORECASE)
_ALSO_NUMBERS = re.compile(r"^\s*(?:and\s+)?(?:also|plus)\s+#?\d{1,5}(?:\s*(?:,|and)\s*#?\d{1,5})*(?:\s+too)?[\s.!]*$",
                           re.IGNORECASE)
# "like 8 to 10 as well": the rest of a request said again, not the "and 6 too" continuation.
_ALSO_TAIL = re.compile(r"[\s,]+(?:too|as\s+well|also|instead(?:\s+of\s+(?:it|that|this|them|those)(?:\s+one)?)?)[\s.!]*$", re.IGNORECASE)
# "save number 2 as well, into the Characters folder": "as well" before where to
_ALSO_BEFORE_PLACE = re.compile(r"(?<=\S)[\s,]+(?:too|as\s+well|also)\s*,?\s+(?=(?:to|into|in)\s)", re.IGNORECASE)


def plan_clause(text: str, masked: Masked, state: PlanState, *, fuzzy: bool = True) -> list[Step] | None:
    """One clause → its steps, None when no handler understands it (Reply propagates)."""
    # A Slack mention of the bot ("<@U07ATELIER> generate …") and "please to …" before the request ("@atelier" is
    # gone from the whole message by now).
    text = re.sub(r"^(?:<@[A-Z0-9]+>[\s,:]*)+|^please\s+to\s+", "", text.strip(), flags=re.IGNORECASE)
    also = re.match(r"^(?:(?:actually|oh|wait|ok|okay|oops)[,\s]+)*(?:and\s+(?:also\s+|plus\s+)?|also\s+|plus\s+|as\s+well\s+as\s+)(?=\S)",
                    text.strip(), re.IGNORECASE)
    if state.last_step is not None and _WISH.match(strip_filler(text.strip()) or text.strip()) \
            and not re.search(rf"\b(?:{NUMBER})\b|\b(?:images?|pictures?|pics?|photos?|renders?|session|sesh|zip|reflection)\b",
                              text, re.IGNORECASE):
        return None  # "Unlike 2 and 3. I want a clean slate.": a wish after a request is no picture to make
    text = _wish(strip_filler(_wish(text.strip())))
    if not text:
        return None
    if _ONLY_TELL.fullmatch(text):  # "…? Just tell me; do not alter anything.": how to answer, no step of its own
        return []
    if takes_no_free_text(text):  # "like 3 🔥, save it to Picks": an emoji closing a step on images is tone
        text = drop_closing_emoji(text) or text
    if also and parse_number_list(_SAME_PLACE.sub("", text)) is not None:  # "…, and also 9": the change just made, to 9
        text = _SAME_PLACE.sub("", text) + " too"
    for pattern, plainer in _REWRITES:
        text = pattern.sub(plainer, text)
    more = _continuation(text, state)
    if more is not None:
        return more
    # "save 1 and 2 to folder Launch", then "save 5 and 9 too": to the same folder
    saved_before = state.last_action.args.get("folder") if state.last_action is not None \
        and state.last_action.name == "save_to_library" else None
    same_folder = saved_before if isinstance(saved_before, str) and _ALSO_TAIL.search(text) \
        and re.match(r"(?:save|keep|add)\b", text, re.IGNORECASE) \
        and not re.search(r"\b(?:to|in|into|folder|library)\b", text, re.IGNORECASE) else None
    if takes_no_free_text(text):  # "like 8 to 10 as well"; a prompt keeps its own "too"
        text = _ALSO_BEFORE_PLACE.sub(" ", _ALSO_TAIL.sub("", text))
    asked = brief_steps(text, masked) or edit_post_steps(text, masked, state) or question_steps(text, masked, state)
    if asked is not None:
        return asked
    session_first = _SESSION_FIRST.match(text)
    if session_first:
        return _in_session(session_first, text, masked, state, fuzzy)
    first = re.match(r"([A-Za-z][\w'-]*)", text)
    if first is None:
        if re.match(r"\d", text):
            return handle_numeric(Clause(text, masked, "number", text), state)
        return None
    word = first.group(1).lower()
    if word in VERBS or _number_word(word):
        pass
    elif fuzzy and (len(word) > 3 or _ON_IMAGES.match(text, first.end())) and word not in NOT_TYPOS \
            and (fixed := closest_word(word, FUZZY_VERBS)) and not _inflected(word, fixed) and fixed[0] == word[0]:
        # a slip keeps the first letter ("enumerate" is no "generate"); a word of three letters is a slip only
        # before the images it acts on ("lik 3", "sav them"): "red, yellow, green only" is no "redo"
        state.fuzzy_fixes += 1
        word = fixed
    else:
        return None
    text = _fix_command_nouns(text, first.end(), state)
    rest = text[first.end():].strip()
    if word not in VERBS:
        return handle_numeric(Clause(text, masked, "number", text), state)
    key, handler = VERBS[word]
    steps = handler(Clause(text, masked, key, rest), state)
    if same_folder and steps and [step.name for step in steps] == ["save_to_library"] and "folder" not in steps[0].args:
        steps = [Step("save_to_library", {**steps[0].args, "folder": same_folder})]
    return steps


_ON_IMAGES = re.compile(r"\s+(?:#?\d|the\b|them\b|it\b|those\b|these\b|all\b|liked\b|everything\b)", re.IGNORECASE)


def _inflected(word: str, verb: str) -> bool:
    """"painted" is paint's past, not a typo of it: "…, painted book cover" describes the picture and
    never starts a step of its own (nor does "saved", "drawn", "rendering")."""
    return len(word) > len(verb) and word.startswith(verb[:max(3, len(verb) - 1)]) \
        and word.endswith(("ed", "d", "ing", "s", "n"))


# "and number 3 to the same folder": where the last change went is what "same" says
_SAME_PLACE = re.compile(r"\s+(?:to|in|into)\s+(?:the\s+)?same\s+(?:folder|place|one|session|project)[\s.!]*$", re.IGNORECASE)
_TOO = re.compile(r"^(?P<items>.+?)[\s,]+(?:too|as\s+well|also)$"
                  # "save 2 to Picks", then "same for 4", "ditto 5 and 6"
                  r"|^(?:(?:and\s+)?(?:(?:do\s+)?the\s+)?same\s+(?:for|with|to)|ditto(?:\s+(?:for|with))?|and)\s+(?P<items2>(?:#|\d|numbers?\s).*)$",
                  re.IGNORECASE)


def _continuation(text: str, state: PlanState) -> list[Step] | None:
    """"and 6 too", "4 and 5 as well": the last change to named items, done to these numbers.
    Only numbers: "the last one too" would count through whatever was named last, so it is asked."""
    match = _TOO.match(text.strip(" .!?"))
    if not match or state.last_action is None:
        return None
    said = _SAME_PLACE.sub("", match.group("items") or match.group("items2"))
    numbers = parse_number_list(said)
    if numbers is None and re.match(r"(?:the\s+)?(?:one|image|generation)\s+(?:before|after)\b", said, re.IGNORECASE):
        beside = parse_selection(said, state)  # "like 4", then "and the one after it too": #5
        numbers = beside.items if beside is not None and isinstance(beside.items, list) else None
    if numbers is None:
        return None
    keep = {k: v for k, v in state.last_action.args.items() if k not in ("items", "item", "which", "exclude", "all_sessions")}
    if state.last_action.name == "generation_details":  # "what's the prompt of 6?", then "and 7?"
        return [Step("generation_details", {**keep, "item": number}) for number in numbers]
    return [Step(state.last_action.name, {**keep, "items": numbers})]


def _in_session(match: re.Match, text: str, masked: Masked, state: PlanState, fuzzy: bool) -> list[Step] | None:
    """Plan what follows a leading "in the X session" and aim its steps at that session."""
    rest = text[match.end():]
    if not re.match(r"[A-Za-z]", rest):
        return None
    steps = plan_clause(rest, masked, state, fuzzy=fuzzy)
    where = session_arg(match.group("before") or match.group("after") or match.group("bare"), masked, state)
    if not steps:
        return steps
    for step in steps:
        if not takes_session(step.name) or step.args.get("session", where.get("session")) != where.get("session"):
            return None  # a session that the step cannot use, or a second one: do not guess
        step.args.update(where)
    return steps


def _number_word(word: str) -> bool:
    return word_to_int(word) is not None


def _fix_command_nouns(text: str, start: int, state: PlanState) -> str:
    """Typos in the few words after the verb ("a sesion called …", "4 imgaes of …")."""
    out, position = [], 0
    # Part of a longer token ("main-image", "v2_render") is a name as typed, never a slip.
    for count, match in enumerate(re.finditer(r"(?<![\w-])[A-Za-z]+(?![\w-])", text[start:])):
        if count >= 4:
            break
        word = match.group(0)
        lower = word.lower()
        if lower in COMMAND_NOUNS or f"{lower}s" in COMMAND_NOUNS or len(lower) < 5:
            continue
        fixed = closest_word(lower, COMMAND_NOUNS, 0.85)
        if fixed:
            state.fuzzy_fixes += 1
            out.append(text[position:start + match.start()] + fixed)
            position = start + match.end()
    out.append(text[position:])
    return "".join(out)
