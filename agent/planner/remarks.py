"""What is said beside a request: remarks ("…, they're off-model", "for the exhibition, …"), and
requests that do not start with their verb ("the 3rd one 😭 like it", "would you mind making 5 of …",
"put the 2 in favorites"). Read on the whole message before it is split into steps."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planner.intents import VERBS
from agent.planner.splitter import numbered_items
from agent.planner.text import strip_filler

# "the 3rd one 😭 like it", "#4 is great, save it", "the last 2 are fire, like those": the images
# first, then what to do with them (a whole message; read before it is split at its comma).
_IMAGES_FIRST = re.compile(
    r"^(?P<ref>(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|"
    r"ninth|tenth|last)\s+one|(?:the\s+)?(?:first|last)\s+(?:\d{1,2}|two|three|four|five)"
    r"|#\s*\d{1,5}|(?:number|no\.?)\s*\d{1,5}|\d{1,3}(?=\s+(?:is|are|looks?)\b))[^\w#]*"
    r"(?:(?:is|are|look|looks)\s+(?:\w+\s+){0,2}\w+[^\w#]*)?"
    r"(?P<verb>like|unlike|love|fav|favou?rite|heart|star|save|archive|unarchive|select|deselect|remix|download)\s+"
    r"(?:it|that|this|those|these|them|both)"
    # "…, save it to Flash and like it": where to, and more of the request
    r"(?:\s+ones?)?(?P<more>\s*,\s*(?:and|then)\s+\S.*?|\s+(?:to|into|in)\s+\S.*?)?[\s.!]*$", re.IGNORECASE)

# "archive 1 and 6, they're off-model", "we're done here, archive this session": a remark beside a
# request. It is left out only beside a verb that takes no free text (never beside a prompt, a
# caption or a name, which it may belong to), and only when it names nothing the studio does.
_REMARK = (r"(?:(?:and|but|because|since|cause|cuz|coz)\s+)?(?:we'?re|we\s+are|they'?re|they\s+are|it'?s|it\s+is|"
           r"(?:they|it|those|these|this|that)\s+(?:look|looks|seem|seems|feel|feels|pertains?|relates?|belongs?|refers?|was\s+for|were\s+for)|"
           r"he'?s|she'?s|that'?s|this\s+is|those\s+are|these\s+are|her|his|their|lol|haha|"
           r"i\s+(?:don'?t|dont|do\s+not|no\s+longer|never|can'?t|cannot)\s+(?:want|need|like|use|care)|"
           r"i\s+(?:hate|love|like|need|want)\s+(?:them|those|these|it|that|this)\b|"
           r"i\s+(?:have\s+no|no\s+longer|may|might|will\s+not|won'?t|am\s+done|'m\s+done|am\s+finished))\b[^,;.!?]*")
# "…, the agency needs them asap": a clause of its own (a subject and its verb) about someone else.
_CLAUSE_REMARK = (r"(?:the|my|our|their|his|her)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:needs?|wants?|asked(?:\s+for)?|said|says|"
                  r"loves?|hates?|is|are|was|were)\b[^,;.!?]*")
_TRAILING_REMARK = re.compile(rf"(?:\s*;\s*(?:{_REMARK})[^;.!?]*"  # "; I have no further use for it, though I may return"
                              rf"|\s*(?:[,;]|\s[—–-]+)\s*(?:{_REMARK}|{_CLAUSE_REMARK})"
                              rf"|(?<=\d)\s+(?:{_REMARK})"  # "unlike 5 and 8 they're too dark": right after the numbers
                              r"|\s+(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:done|finished)\b[^,;.!?]*"
                              # "unlike all of them, I'm starting fresh"
                              r"|[,;]\s*(?:i'?m|im|i\s+am|we'?re|we\s+are)\s+(?:starting|going)\s+(?:fresh|over|again|from\s+scratch)\b[^,;.!?]*)[\s.!]*$",
                              re.IGNORECASE)
# '… caption "…" - it's what the robot says in chapter 5 lol': set off by a dash after a closing
# quote, a remark belongs to nothing the quote holds, whatever the request is.
_REMARK_AFTER_QUOTE = re.compile(rf"(?<=\ue001)\s+(?:-|--|—|–)\s*(?:{_REMARK}|{_CLAUSE_REMARK})[\s.!]*$", re.IGNORECASE)
_LEADING_REMARK = re.compile(rf"^{_REMARK}\s*[,;.!]\s*(?=[a-z])", re.IGNORECASE)
_NO_FREE_TEXT = frozenset({"like", "unlike", "select", "deselect", "clear", "archive", "unarchive", "delete", "remove",
                           "download", "save", "keep", "open", "undo", "bring", "import"})


# Verbs that ask for a change: a remark holding one may be a request after all, so it is kept (and
# the message is then asked about). Question words ("what", "see") do not count.
_ACTING = frozenset({"generate", "make", "start", "like", "unlike", "select", "deselect", "clear", "archive", "unarchive",
                     "bring", "rename", "delete", "remove", "link", "put", "add", "remix", "move", "download", "save",
                     "keep", "upload", "tag", "untag", "post", "topup", "sweep", "run", "import", "reflect", "write",
                     "undo", "more", "same", "do"})


# "In Holiday Promo, please archive …": the session a request is for, said first
_SCOPE_FIRST = re.compile(r"^(?:in|inside|over\s+in)\s+[^,;:.!?\ue000]{1,40},\s*", re.IGNORECASE)


def takes_no_free_text(text: str) -> bool:
    """Does the request start with a verb whose words are all references (like, archive, save …)?"""
    request = strip_filler(text)
    scope = _SCOPE_FIRST.match(request)
    first = re.match(r"([A-Za-z][\w'-]*)", strip_filler(request[scope.end():]) if scope else request)
    return bool(first) and VERBS.get(first.group(1).lower(), ("",))[0] in _NO_FREE_TEXT


def _plain(remark: str) -> bool:
    words = re.findall(r"[A-Za-z][\w'-]*", remark)
    # "they look like chickens": a comparison, not a like; "these would make killer flash": a guess, not a request
    return not any(VERBS[w.lower()][0] in _ACTING for position, w in enumerate(words) if position and w.lower() in VERBS
                   and not (w.lower() == "like" and re.fullmatch(r"(?:look|seem|feel|sound)s?|just|more", words[position - 1], re.I))
                   and not (re.fullmatch(r"would|will|might|could|should|shall|may|must|'d", words[position - 1], re.I)
                            and position > 1
                            and not re.fullmatch(r"you|u", words[position - 2], re.I))
                   # "theyre trash", "it's so fire", "a clean slate": a word after "is" or "a" describes, it asks for nothing
                   and not re.fullmatch(r"is|are|was|were|theyre|they're|it's|its|thats|that's|so|too|kinda|pretty|looks?|a|an|the|"
                                        r"my|our|your|his|her|their",  # "those are my favourite moods"
                                        words[position - 1], re.I)
                   # "a logo we do not have rights to", "it contains what looks like …": said of someone, or relative
                   and not re.fullmatch(r"we|they|he|she|who", words[position - 1], re.I)
                   and w.lower() not in ("what", "which", "how", "again")  # "we may need it again in January"
                   # "I want to choose again from the start": picking anew, no request of its own
                   and not (w.lower() in ("choose", "pick", "select") and any(
                       x.lower() in ("again", "afresh", "anew", "over", "scratch", "start") for x in words[position + 1:position + 5]))
                   # "I should like to write it down", "… write it in my note": on paper, not a reflection
                   and not (w.lower() == "write" and any(x.lower() in ("down", "note", "notes", "notebook", "diary", "journal")
                                                         for x in words[position + 1:position + 5]))
                   and not w[0].isupper()  # "before I confirm with Sir Mark": a name, not a verb
                   # "I did not want to save them in Characters": what was not meant, no request
                   and not (words[position - 1].lower() == "to" and any(
                       x.lower() in ("not", "didn't", "didnt", "never", "wasn't", "weren't") for x in words[max(0, position - 4):position - 1])))


# "These dragons are lovely!", "the sneaker in 6 looks off", "Goodness, that's a lot!": a clause that tells
# how something is (a verb of being or seeming, or a word of praise), before the request in the same message
_TELLS = re.compile(r"\b(?:is|are|was|were|has|have|had|would|requires?|looks?|looking|seems?|feels?|isn'?t|aren'?t|wasn'?t|'s|'re|adores?|loves|"
                    r"passed\s+on|rejected|approved|vetoed|nixed|signed\s+off|thats|theyre|"
                    r"enjoys|go\s+hard|goes\s+hard|slaps|bangs|fire|mid|trash|lovely|beautiful|"
                    r"gorgeous|cute|amazing|perfect|obsessed|stunning|great|awful|ugly|off)\b", re.IGNORECASE)
_ASKS_OR_PLACES = re.compile(r"\b(?:called|named|folder|project|campaign|into|don'?t|do\s+not|never|stop|cancel|undo)\b|\?\s*$",
                             re.IGNORECASE)


# "i dont like the 4 anymore, please remove the like from it": a feeling about an image, before the request
_GONE_OFF = re.compile(r"(?:i\s+)?(?:don'?t|dont|do\s+not|no\s+longer)\s+(?:really\s+)?(?:like|love|want|need)\s+(?:the\s+)?(?:#|number\s+|no\.?\s*)?"
                       r"\d{1,4}(?:\s+(?:one|image|pic|picture))?(?:\s+(?:anymore|any\s+more|now))?"
                       # "Number 2 I don't like anymore": the image first
                       r"|(?:the\s+)?(?:#|number\s+|no\.?\s*)\d{1,4}\s*,?\s+(?:i|we)\s+(?:don'?t|dont|do\s+not|no\s+longer)\s+(?:really\s+)?"
                       r"(?:like|love|want|need)(?:\s+(?:it|that|this))?(?:\s+(?:anymore|any\s+more|now))?", re.IGNORECASE)


def goes_off(clause: str) -> bool:
    """"i dont like the 4 anymore": a feeling about one image, which the next step must point back to."""
    return bool(_GONE_OFF.fullmatch(strip_filler(clause).strip(" ,.!")))


def is_remark(clause: str) -> bool:
    """A clause that only tells how things are and names no step: skipped before the request it comes with."""
    text = strip_filler(clause).strip(" ,.!")
    if goes_off(text):
        return True
    first = re.match(r"[A-Za-z][\w'-]*", text)
    if first and VERBS.get(first.group(0).lower(), ("",))[0] in _ACTING and re.search(r"\d", text):
        return False  # "unheart 3, client passed on it": a request that was not read, never a remark
    return 0 < len(text) <= 160 and bool(_TELLS.search(text)) and not _ASKS_OR_PLACES.search(text) and _plain(text)


# "for the exhibition, i need 4 images of …": what it is for, said first (never a session, project,
# campaign or folder, which would be where the work goes)
_LEADING_PURPOSE = re.compile(r"^for\s+(?:the|my|our|a|an|this|that|his|her|their)\s+"
                              r"(?![^,;:]*\b(?:session|sesh|project|campaign|folder|library)\b)[^,;:\ue000]{1,40}[,:]\s*(?=[a-z])",
                              re.IGNORECASE)


# A first sentence about the person, before the request: "Hi there! So I've been meaning to get organised
# for ages 😅 could you make me a new session …"
_LEADING_STORY = re.compile(r"^(?:(?:hi|hey|hello)(?:\s+there)?[!,.]*\s+)?(?:(?:so|ok(?:ay)?\s+so|well)\s+)?"
                            # ("I have how many session now?" asks: a question word keeps it)
                            r"(?:i'?ve|i\s+have|i\s+had|i\s+was|i'?m|i\s+am)\s+(?![^.!?—–]*\b(?:how\s+(?:many|much)|which|what)\b)[^.!?—–\ue000]{3,120}?"
                            r"(?:[.!?]+|\s+[—–-]+|\s*[\U0001F300-\U0001FAFF\u2600-\u27BF]+)\s+(?=\S)", re.IGNORECASE)
# A last sentence about the person, after a request that takes no free text: "… I think I archived it
# by accident.", "… I'm in Coffee Ads, I know."
_TRAILING_SENTENCE = re.compile(r"(?<=[.!?])\s+(?:i\s+(?:think|guess|believe|suppose|must\s+have|probably|accidentally|"
                                r"mistakenly|know)|i'?m\s+in\s+[^,.;!?\ue000]+,\s+i\s+know)\b[^\ue000.!?]*[.!?]*$", re.IGNORECASE)


# A last sentence about the person or the work, after a request that takes no free text or a question
# (not one that says the session's kind, "It is for video, I believe"):
# "… ? I have changed my mind about it, I'm afraid.", "… ? I am getting rather muddled."
_ABOUT_ME_AFTER = re.compile(r"(?<=[.!?])\s+(?![^.!?]*\bfor\s+(?:a\s+)?(?:video|text|visual|feed|container)\b)(?:i|i'?m|i\s+am|i'?ve|i\s+have|i'?d|it\s+is|it'?s|we|we'?re|we\s+are|my|our|they|those|these|"
                             r"they'?re|that'?s|this\s+is|wanna|gonna|want\s+to|need\s+to|need\s+(?:it|them|this|these)|it|"
                             r"just\s+curious|curious|just\s+(?:asking|checking|wondering)|"
                             r"(?:and\s+)?(?:tomorrow|later|tonight|next\s+week|on\s+monday)\s*,?\s+(?:i|we)|(?:a|an|the|some)\s+[^.!?\ue000]*\bwould\s+be\s+(?:nice|great|good|lovely|helpful|"
                             r"perfect|fine|wonderful))\b[^\ue000.!?]*[.!?]*$", re.IGNORECASE)
# "Those should be archived.": a request said in the passive is no remark
_DONE_TO_THEM = re.compile(r"\b(?:archived|unarchived|deleted|liked|unliked|saved|moved|tagged|renamed|removed|posted|downloaded|"
                           r"generated|selected|linked|remixed|gone|binned|trashed)\b", re.IGNORECASE)
_QUESTION_FIRST = re.compile(r"(?:show|list|what|whats|wats|which|how|where|who|tell|is|are|do|does|did|can|could)\b", re.IGNORECASE)


_ASIDE_TO_SOMEONE = re.compile(r"\s*(?:[—–;]|\s-{1,2})\s*@(?!atelier\b)[\w.-]+\b.*$", re.IGNORECASE)
# After a request that takes no free text, a clause that says why or how it is, or what it is for
_WHY_AFTER = re.compile(r"(?:,\s+|(?<=\d)\s+(?=(?:the|theyre|thats|its)\s))(?P<why>(?:(?:they|they're|theyre|they'd|they'll|it|it's|"
                        r"it'd|it'll|its|thats|the|this|that|"
                        r"these|those|he|she|we|we'd|i|i'm|i'd|my|our)\s+"
                        r"|[a-z]+\s+(?=(?:says|said|wants|thinks|needs|asked|prefers|loves|hates|likes|liked|loved|looks?|seems?|"
                        r"came|come|is|are|was|were|changed|chose|picked|decided|passed|rejected|approved|vetoed|nixed|"
                        r"disliked|signed)\b))"
                        r"(?:[^,.!?\d\ue000]|\.(?!\s))(?:[^,.!?\d\ue000]|\.(?!\s)){2,79})[\s.!]*$", re.IGNORECASE)
_SAYS_HOW = re.compile(r"\b(?:is|are|was|were|theyre|thats|looks?|seems?|feels?|'s|'re|'d|\w+n't|has|have|had|shows?|needs?|works?|working|says|"
                       r"became|become|got|turned|went|"
                       r"want|wanna|passed|"
                       r"said|wants|thinks|loves|loved|likes|hates|prefers|asked|came|would|will|changed|chose|picked|decided)\b",
                       re.IGNORECASE)
# Words that narrow or extend a request: a clause holding one is never dropped as a remark
_LIMITS = re.compile(r"\b(?:except|excluding|exclude|apart|minus|besides|skip|save|saving|other\s+than|without|barring|bar|not|but|only|keep|"
                     r"kept|rest|others?|liked|and|or|also|too|then|all|everything)\b", re.IGNORECASE)
# "…, we re-exported them": someone did something (a past tense after its subject), a reason and no request
_DID = re.compile(r"(?:we|i|they|he|she)\s+(?:already\s+|just\s+)?(?!wanted|needed|wished|preferred|asked)[\w-]{3,}ed\b", re.IGNORECASE)
_ORDINAL = re.compile(r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|\d+(?:st|nd|rd|th))\b",
                      re.IGNORECASE)
_FOR_PURPOSE_AFTER = re.compile(r"\s+for\s+(?:the|my|our|a|an|this|that|his|her|their|some)\s+"
                                r"(?![^,]*\b(?:session|sesh|project|campaign|folder|library)\b)[^,;:\d\ue000]{1,40}[\s.!]*$", re.IGNORECASE)
_REFLECTION_THEN_QUESTION = re.compile(r"\breflection(?:\s+(?:on|of|for)\s+[^?\ue000]{1,60})?\?\s*"
                                       r"(?P<question>(?:what|which|how|am|do|does|is|are)\b[^?\ue000]*\??)$", re.IGNORECASE)


def _with_items_of(remark: str, request: str) -> str:
    """The request after a remark that named images, with its "it" or "them" said as their numbers:
    "I don't care for number 2. Please take it away." → "Please take 2 away."."""
    items = items_remarked_on(remark)
    if not items or not (takes_no_free_text(request) or re.match(r"(?:take|get|put)\b", strip_filler(request), re.IGNORECASE)):
        # ("… Generate a dog with both ears up" keeps its "both")
        return request
    numbers = " and ".join(map(str, items)) if len(items) < 3 else ", ".join(map(str, items[:-1])) + f" and {items[-1]}"
    return re.sub(r"\b(?:it|them|those|these|both|that\s+one|this\s+one)\b", numbers, request, count=1, flags=re.IGNORECASE)


def without_remarks(text: str) -> str:
    """The message without the remarks beside its request (the rules above)."""
    purpose = _LEADING_PURPOSE.match(text)
    if purpose:
        text = text[purpose.end():]
    story = _LEADING_STORY.match(text)
    if story and _plain(story.group(0)):  # "So I've been meaning to get organised for ages — could you …"
        text = _with_items_of(story.group(0), text[story.end():])
    leading = _LEADING_REMARK.match(text)
    if leading and _plain(leading.group(0)):
        text = _with_items_of(leading.group(0), text[leading.end():])
    after_quote = _REMARK_AFTER_QUOTE.search(text)
    if after_quote and _plain(after_quote.group(0)):
        return text[:after_quote.start()]
    trailing = _TRAILING_REMARK.search(text)
    if trailing and takes_no_free_text(text) and _plain(trailing.group(0)):
        text = text[:trailing.start()]
    told = _TRAILING_SENTENCE.search(text)
    if told and takes_no_free_text(text[:told.start()]):
        text = text[:told.start()]  # "Could you unarchive it? I think I archived it by accident."
    someone = _ASIDE_TO_SOMEONE.search(text)
    if someone:  # "like 3 — @jonas this is the one for the bus shelter": said to a colleague, not to the studio
        text = text[:someone.start()]
    if takes_no_free_text(text):
        bracketed = re.search(r"\s*\((?P<why>[^()\d\ue000]{1,40})\)[\s.!]*$", text)
        if bracketed and _plain(bracketed.group("why")) and not _LIMITS.search(bracketed.group("why")):
            # "archive #1–#10 (off-brand)": why, in brackets ("(except the liked ones)" is part of the request)
            text = text[:bracketed.start()]
        dashed = re.search(r"\s+[—–-]+\s+(?P<why>[^\d\ue000—–]{3,80})$", text)
        # ("— soft focus, unusable": a verdict without a verb, a few words that narrow nothing)
        if dashed and _plain(dashed.group("why")) and (_SAYS_HOW.search(dashed.group("why")) or len(dashed.group("why").split()) <= 5
                                                       and not _LIMITS.search(dashed.group("why"))):
            text = text[:dashed.start()]  # "like 10, 20 and 30 - each student chose one"
        said_why = _WHY_AFTER.search(text)
        if said_why and _plain(said_why.group("why")) and (_SAYS_HOW.search(said_why.group("why")) or _DID.match(said_why.group("why"))
                                                                      and not _LIMITS.search(said_why.group("why"))) \
                and not _ORDINAL.search(said_why.group("why")):  # "archive 3, 4 and 10, they don't show the skyline well"
            text = text[:said_why.start()]
        because = re.search(r",?\s+(?:because|cause|'cause|coz)\s+(?:the|my|our|they|it|its|it's|we|i|he|she|this|that|these|those)\b"
                            r"[^,\d\ue000]{3,80}$", text, re.IGNORECASE)
        if because:  # "remove the like from 1 and 2 because the client don't like them": why, not what
            text = text[:because.start()]
        doing = re.search(r",\s+(?:keeping|making|so\s+(?:that\s+)?(?:we|i|it|they)|to\s+(?:keep|make|tidy|clean))\b[^\d\ue000]{3,80}$", text,
                          re.IGNORECASE)
        if doing:  # "archive everything except the liked ones, keeping the board tidy for the exec review"
            text = text[:doing.start()]
        purpose = _FOR_PURPOSE_AFTER.search(text)
        if purpose:  # "like 10, 20 and 30 for the contact sheet", "download the liked ones for my moodboard"
            text = text[:purpose.start()]
    themes = _REFLECTION_THEN_QUESTION.search(text)
    if themes:  # "do a reflection on this session? what themes am i repeating": what a reflection answers
        text = text[:themes.start("question")]
    not_yet = re.search(r"(?<=\?)\s+(?:but\s+)?(?:please\s+)?(?:don'?t|do\s+not)\s+(?:generate|make|run|do|start|spend)(?:\s+(?:it|them|anything))?"
                        r"\s+(?:yet|now|just\s+yet)[.!]*$", text, re.IGNORECASE)
    if not_yet:  # "How much would 12 images cost? Don't generate yet.": a question changes nothing anyway
        text = text[:not_yet.start()]
    about_me = _ABOUT_ME_AFTER.search(text)
    if about_me and _plain(about_me.group(0)) and not _DONE_TO_THEM.search(about_me.group(0)) and (takes_no_free_text(text[:about_me.start()]) or _QUESTION_FIRST.match(
            strip_filler(text[:about_me.start()]))):
        text = text[:about_me.start()]  # "… show me which folders I have? I am getting rather muddled."
    return text


# "The last two I like.", "number 3 we love": the images, then the person's verb
_OBJECT_FIRST = re.compile(
    r"^(?P<ref>(?:the\s+)?(?:(?:first|last)\s+(?:\d{1,2}|one|two|three|four|five)|(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|"
    r"fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+one)|(?:the\s+)?(?:#\s*|(?:numbers?|no\.?)\s*)\d{1,5}(?:\s*(?:,|and)\s*#?\d{1,5})*)"
    r"\s+(?:i|we)\s+(?:really\s+)?(?P<verb>like|love)(?:\s+(?:it|them|that|those))?(?:\s+(?:best|most|a\s+lot|very\s+much))?[\s.!]*$",
    re.IGNORECASE)
# "put the 2 in favorites", "add 2 and 4 to my favs": a like
_TO_FAVOURITES = re.compile(r"^(?:put|add|throw|move)\s+(?P<ref>.+?)\s+(?:in|into|to|on)\s+(?:my\s+|the\s+)?"
                            r"(?:favou?rites|favs|faves|likes|liked(?:\s+(?:ones|images|collection))?)[\s.!]*$", re.IGNORECASE)
# "take away all my likes", "clear the likes in this session": unlike the liked ones
_CLEAR_LIKES = re.compile(r"^(?:take\s+away|remove|clear|drop|reset|wipe)\s+(?:all\s+(?:of\s+)?)?(?:my|the|our)\s+likes\b(?P<rest>.*)$",
                          re.IGNORECASE)


_TAKE_AND_VARY = re.compile(r"^take\s+(?P<ref>.+?)\s+and\s+(?:make|do|create|give\s+me)\s+(?:a|an|another|one)\s+(?:new\s+)?"
                            r"(?:version|variation|variant|remix|take)\s+(?P<change>(?:where|with|in|at|but|that)\b.+)$", re.IGNORECASE)
# "would you mind making 5 of a dog", "do you mind liking 3": the verb, asked politely
_MIND_GERUND = re.compile(r"^(?:(?:would|do)\s+(?:you|u)\s+)?mind\s+(?P<verb>[a-z]+ing)\b(?P<rest>.*)$", re.IGNORECASE)


def _base_verb(gerund: str) -> str | None:
    """"making" → "make", "liking" → "like", "tagging" → "tag": a verb the planner knows, else None."""
    stem = gerund.lower()[:-3]
    for candidate in (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else None):
        if candidate and candidate in VERBS:
            return candidate
    return None


# "the 3 of this session is wrong, move it to the session Paella", "Numbers 3 and 4 belong in Catalogue;
# would you move them there?": the images and what is said of them, then the request about them
_SAID_OF_IMAGES = re.compile(
    r"^(?P<ref>(?:the\s+)?(?:(?:numbers?|no\.?|#)\s*)?\d{1,5}(?:\s*(?:,|and)\s*(?:the\s+)?#?\d{1,5})*)"
    r"(?:\s+(?:of|in|from)\s+this\s+session)?\s+(?:is|are|belongs?|looks?|should\s+be)\b(?P<said>[^,;]*?)\s*[,;]\s*"
    r"(?:(?:so\s+)?(?:could|would|can|will)\s+(?:you|u)\s+(?:please\s+)?)?(?P<verb>move|put|save|archive|like|remix|download)"
    r"\s+(?:it|them|those|these|both)\s*(?P<rest>.*?)[\s?.!]*$", re.IGNORECASE)


# "Vantage Bank goes under project Vantage, campaign Open Doors": a link
_GOES_UNDER = re.compile(r"^(?P<session>[^,;.?!]+?)\s+(?:goes|belongs|should\s+go|needs\s+to\s+go)\s+(?:under|in|into|to|with)\s+"
                         r"(?P<rest>(?:the\s+)?(?:project|campaign)\b.+)$", re.IGNORECASE)
# "get rid of 6": archived, which can be undone (a deletion is said as "delete")
_GET_RID_OF = re.compile(r"^get\s+rid\s+of\s+(?P<rest>\S.*)$", re.IGNORECASE)
# "I like very much the number 3 and the 6"
_LIKE_VERY_MUCH = re.compile(r"^(?:i\s+)?(?:like|love)\s+(?:very\s+much|a\s+lot|so\s+much)\s+(?P<ref>.+)$", re.IGNORECASE)


def _said_of_images(match: re.Match) -> str | None:
    rest = match.group("rest")
    if re.fullmatch(r"there", rest, re.IGNORECASE):  # "… belong in Catalogue; move them there"
        place = re.search(r"\bin\s+(?:the\s+)?(?P<place>.+?)$", match.group("said"), re.IGNORECASE)
        if not place:
            return None
        rest = f"to {place.group('place')}"
    return f"{match.group('verb')} {match.group('ref')} {rest}".strip()


def _polite_gerund(match: re.Match) -> str | None:
    verb = _base_verb(match.group("verb"))
    return f"{verb}{match.group('rest')}" if verb else None


# "I put like on the number 3 and the number 6", "give a like to 4"
_PUT_LIKE = re.compile(r"^(?:i\s+)?(?:put|give|leave|add)\s+(?:a\s+)?(?:like|heart)s?\s+(?:on|to)\s+(?P<ref>.+)$", re.IGNORECASE)
# "take the draft tag off everything in Drafts": an untag
_TAG_OFF = re.compile(r"^(?:take|get)\s+(?:the\s+)?(?:tag\s+(?P<tag>\S+)|(?P<tag2>\S+)\s+tag)\s+off\s+(?:of\s+)?(?P<what>.+)$", re.IGNORECASE)
# "Can you put this session in the archive?", "send 3 and 4 to the archive": archiving
_TO_ARCHIVE = re.compile(r"^(?:put|move|send|throw)\s+(?P<what>.+?)\s+(?:away\s+)?(?:in|into|to)\s+(?:the\s+)?archive(?P<rest>.*)$",
                         re.IGNORECASE)
# "Pray mark the fourth, the sixth and the seventh as favourites."
_MARK_AS_LIKED = re.compile(r"^(?:mark|set|flag|tag)\s+(?P<ref>.+?)\s+as\s+(?:a\s+|my\s+)?(?:favou?rites?|faves?|liked|loved)[\s.!]*$",
                            re.IGNORECASE)
# "Change the name of the Praia session for Praia Dourada": a rename
_CHANGE_NAME = re.compile(r"^change\s+(?:the\s+)?name\s+of\s+(?P<what>.+?)\s+(?:to|for|into|as)\s+(?P<new>\S.*)$", re.IGNORECASE)
# "set the seed to 7 and generate 2", "Set the negative prompt to 'people' and generate 2 more": the
# setting belongs to the generate request that follows
_SET_THEN_GENERATE = re.compile(r"^(?:set|use|make)\s+(?:the\s+)?(?P<field>seed|negative(?:\s+prompt)?)\s+(?:to|=|:)?\s*(?P<value>\S.*?)"
                                r"\s*,?\s+(?:and|then)\s+(?:then\s+)?(?P<verb>generate|make|create|render|gen)\s+(?P<rest>\S.*?)[\s.!]*$",
                                re.IGNORECASE)


def _set_then_generate(match: re.Match) -> str:
    field = "seed" if match.group("field").lower() == "seed" else "negative prompt:"
    return f"{match.group('verb')} {match.group('rest')}, {field} {match.group('value')}"


# "Use the same seed as picture 2 and make one of the bear fishing": the seed belongs to that request
_SEED_FIRST = re.compile(r"^(?:use|keep|take)\s+(?:the\s+)?same\s+seed\s+as\s+(?P<item>(?:(?:picture|image|number|pic|no\.?)\s*)?#?\s*\d{1,5})"
                         r"\s*,?\s+(?:and|then)\s+(?:then\s+)?(?P<verb>generate|make|create|render|gen|do)\s+(?P<rest>\S.*?)[\s.!]*$",
                         re.IGNORECASE)
# "Set the status of generation number 6 to archived": the change that status is
_SET_STATUS = re.compile(r"^(?:set|change|mark)\s+(?:the\s+)?(?:status|state)\s+of\s+(?P<ref>.+?)\s+(?:to|as)\s+"
                         r"(?P<status>archived|unarchived|liked|unliked|selected|deselected)[\s.!]*$", re.IGNORECASE)
_STATUS_VERB = {"archived": "archive", "unarchived": "unarchive", "liked": "like", "unliked": "unlike", "selected": "select",
                "deselected": "deselect"}
# "Remove the like from generation number 2", "take the like off 4": an unlike
_REMOVE_LIKE = re.compile(r"^(?:remove|take|drop|cancel|undo)\s+(?:the|my)\s+(?:like|heart|favou?rite)s?\s*(?:from|on|off|of|for)?\s+"
                          r"(?P<ref>(?:the\s+)?(?:(?:generation|image|picture|number|no\.?|#)\s*)?#?\s*\d.*?)[\s.!]*$", re.IGNORECASE)
# "the client hated 2, 3, 5 and 8 - archive them", "we picked 1 and 4, save them to Final": the images
# named in what is told, then the request about them
_TOLD_OF_IMAGES = re.compile(
    r"^(?:(?:the|my|our)\s+\w+|i|we|they|he|she|[a-z]+s)\s+(?:really\s+)?(?:hated|loved|disliked|liked|picked|chose|rejected|approved|"
    r"wants?|wanted|prefers?|preferred)\s+(?P<ref>(?:(?:numbers?\s+)?#?\d{1,5})(?:\s*(?:,|and|&)\s*#?\d{1,5})*)\s*(?:[-—–,;:.!]+\s*|\s+so\s+)"
    r"(?:(?:please|pls|can\s+you|could\s+you)\s+)?(?P<verb>archive|like|save|select|unlike|download|remix)\s+"
    r"(?:them|those|these|it|both)(?P<rest>\s+\S.*?)?[\s.!?]*$", re.IGNORECASE)
# "liked image, please save to folder Omise": the images, then what to do with them
_KIND_THEN_VERB = re.compile(r"^(?P<ref>(?:the\s+)?(?:liked|selected|favou?rite)\s+(?:ones?|images?|pictures?|pics?))\s*[,:;—–-]+\s*"
                             r"(?:please\s+|pls\s+)?(?P<verb>save|archive|download|post|tag)\s+(?:(?:it|them)\s+)?(?P<rest>\S.*)$",
                             re.IGNORECASE)
# "the others can be archived", "the rest should be liked": the change, said of the images
_OTHERS_CAN_BE = re.compile(r"^(?:and\s+)?(?:the\s+)?(?P<ref>others|rest|remaining\s+ones|other\s+ones)\s+(?:can|should|could|may|must)\s+"
                            r"(?:be|go|get)\s+(?P<done>archived|liked|unliked|selected|hidden)[\s.!]*$", re.IGNORECASE)
_DONE_VERB = {"archived": "archive", "hidden": "archive", "liked": "like", "unliked": "unlike", "selected": "select"}
# "Number 9 I like but please also save to Launch folder": the image, the verb, then more of the request
_OBJECT_FIRST_THEN = re.compile(r"^(?P<ref>(?:the\s+)?(?:number|no\.?|#|image|picture|photo)\s*\d{1,4})\s+(?:i|we)\s+(?:really\s+)?"
                                r"(?P<verb>like|love)\s*,?\s+(?:but|and)\s+(?P<rest>\S.*)$", re.IGNORECASE)
# Each way of saying a request that does not start with its verb, and the request said verb first.
_REORDERINGS: tuple[tuple[re.Pattern, Callable[[re.Match], str | None]], ...] = (
    (_IMAGES_FIRST, lambda m: f"{m.group('verb')} {m.group('ref')}{m.group('more') or ''}"),
    (_OBJECT_FIRST, lambda m: f"{m.group('verb')} {m.group('ref')}"),
    (_OBJECT_FIRST_THEN, lambda m: f"{m.group('verb')} {m.group('ref')}, and {m.group('rest')}"),
    (_SAID_OF_IMAGES, _said_of_images),
    (_GOES_UNDER, lambda m: f"link {m.group('session')} to {m.group('rest')}"),
    (_GET_RID_OF, lambda m: "archive " + m.group("rest")),
    (_TAKE_AND_VARY, lambda m: f"remix {m.group('ref')} {m.group('change')}"),
    (_LIKE_VERY_MUCH, lambda m: "like " + m.group("ref")),
    (_TO_FAVOURITES, lambda m: "like " + re.sub(r"^the\s+(?=#?\d)", "", m.group("ref"), flags=re.IGNORECASE)),
    (_MIND_GERUND, _polite_gerund),
    (_CLEAR_LIKES, lambda m: "unlike the liked ones" + m.group("rest")),
    (_PUT_LIKE, lambda m: "like " + m.group("ref")),
    (_TO_ARCHIVE, lambda m: f"archive {m.group('what')}{m.group('rest')}"),
    (_MARK_AS_LIKED, lambda m: "like " + m.group("ref")),
    (_CHANGE_NAME, lambda m: f"rename {m.group('what')} to {m.group('new')}"),
    (_SET_THEN_GENERATE, _set_then_generate),
    (_OTHERS_CAN_BE, lambda m: f"{_DONE_VERB[m.group('done').lower()]} the {m.group('ref')}"),
    (_SEED_FIRST, lambda m: f"{m.group('verb')} {m.group('rest')} with the same seed as {m.group('item')}"),
    (_SET_STATUS, lambda m: f"{_STATUS_VERB[m.group('status').lower()]} {m.group('ref')}"),
    (_REMOVE_LIKE, lambda m: f"unlike {m.group('ref')}"),
    (_TOLD_OF_IMAGES, lambda m: f"{m.group('verb')} {m.group('ref')}{m.group('rest') or ''}"),
    (_KIND_THEN_VERB, lambda m: f"{m.group('verb')} {m.group('ref')} {m.group('rest')}"),
    (_TAG_OFF, lambda m: f"remove the tag {m.group('tag') or m.group('tag2')} from {m.group('what')}"),
)


def verb_first(text: str) -> str:
    """A whole message said verb first, before it is split: "the 3rd one 😭 like it" → "like the 3rd
    one", "would you mind making 5 of a dog" → "make 5 of a dog"; anything else as it was."""
    # "… a fresh session? I should like it to be called Morning Koi."
    text = re.sub(r"\b(?:i'?d|i\s+would|i\s+should|we'?d)\s+like\s+it\s+to\s+be\s+(?:called|named)\s+", "name it ", text,
                  flags=re.IGNORECASE)
    # "❤️ the last two", "👍 3 and 5": a heart before the images is a like
    text = re.sub(r"^\s*(?:❤️?|♥️?|💖|💕|😍|👍|⭐|🌟)\s*(?=(?:the|#|\d|numbers?|these|those|them|it|all|both)\b|#)", "like ", text,
                  flags=re.IGNORECASE)
    # "save ❤️ ones to Faves": a heart before "ones" says which ones
    text = re.sub(r"(?:❤️?|♥️?|💖|💕|😍)\s*(?=(?:ones?|images?|pics?|pictures?)\b)", "liked ", text)
    # "like 2 4 6 save em to Client Review": a second verb straight after the numbers starts a second step
    text = re.sub(r"^((?:like|unlike|select|archive|heart|fav)\s+#?\d{1,4}(?:\s*(?:,|and|&)?\s*#?\d{1,4})*)\s+"
                  r"(?=(?:save|archive|download|tag|post|remix)\s)", r"\1, then ", text, flags=re.IGNORECASE)
    # "like 1 & 4, then save to Menu": the images just named are what is saved
    text = re.sub(r"(,\s*then\s+(?:save|download|tag|post))\s+(?=(?:to|into|in|as|with)\s)", r"\1 them ", text, flags=re.IGNORECASE)
    # "start a session called Tide Pools and one called Kelp Forest": two sessions
    text = re.sub(r"^((?:start|create|make|open)\s+(?:a\s+)?(?:new\s+)?(?:session|sesh)\s+(?:called|named)\s+\S.*?)\s+and\s+"
                  r"(?:another(?:\s+one)?|one)\s+(?:called|named)\s+", r"\1, then start a session called ", text, flags=re.IGNORECASE)
    # "start session Wedding Cakes gen 4 three tier cakes": a generate request straight after the name
    text = re.sub(r"^((?:start|create|make|open)\s+(?:a\s+)?(?:new\s+)?(?:session|sesh)\s+(?:called\s+|named\s+)?[^,;.]*?\w)"
                  r"(?<!\band)(?<!\bthen)(?<!\balso)\s+"
                  r"(?=(?:gen|generate|make|create|render)\s+(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)\b)",
                  r"\1, then ", text, flags=re.IGNORECASE)
    plain = strip_filler(text)
    for pattern, said in _REORDERINGS:
        match = pattern.match(plain)
        if match:
            return said(match) or text
    return text


# Numbers in a remark that are images, not counts, seeds or sizes: "ngl 4 is kinda fire",
# "Pulling 1, 3 and 4 — they're off-brief", "Client passed on 2".
_NUMBER_RUN = re.compile(r"(?<![\w#.$€£+])(?:(?:numbers?|no\.?|#)\s*)?\d{1,4}(?:(?:\s*(?:,|and|&|n)\s*|\s+)(?:(?:numbers?|no\.?)\s*)?#?\d{1,4}\b)*(?!\w|\.\d)",
                         re.IGNORECASE)
# After an image's number comes the end of a phrase or what is said of it ("4 is fire"); any other
# word ("4 cats", "30 more", "3+4") makes it a count or a sum.
_SAID_OF_IT = re.compile(r"\s*(?:$|[.,!?;:)—–-]|(?:is|are|r|'s|was|were|looks?|seems?|go|goes|hits?|slaps?|rocks?|"
                         r"feels?|works?|pops?|too|as\s+well|anymore|any\s+more)\b)", re.IGNORECASE)
# "seed 42", "not 1", "except 3": a setting or a correction, not images spoken of
_SETTING_BEFORE = re.compile(r"\b(?:seed|size|steps?|cfg|at|by|x|over|under|about|around|maybe|not|no|except|but|without|only|just)"
                             r"\s*[:=]?\s*$", re.IGNORECASE)


_ASKS_FOR_SOMETHING = re.compile(r"\b(?:posts?|captions?|folders?|sessions?|save|archive|like|unlike|tag|remix|generate|make|"
                                 r"delete|download|select|move|rename|variations?|versions?|credits?|prompt|seed|search|find|show|top)\b", re.IGNORECASE)


def items_remarked_on(text: str) -> list[int] | None:
    """The image numbers a message that did nothing spoke of, so that "like it" next means them; None
    when it names no images, or when any number in it may be a count, a seed or a size."""
    if goes_off(text):  # "i dont like the 4 anymore": a feeling about #4, no request
        return [int(re.search(r"\d+", text).group(0))]
    if _ASKS_FOR_SOMETHING.search(text) or numbered_items(text) is not None:
        return None  # "and one more post with number 6, caption …", "1. search for fog 2. …": a request not read
    found: list[int] = []
    for run in _NUMBER_RUN.finditer(text):
        if not _SAID_OF_IT.match(text[run.end():]) or _SETTING_BEFORE.search(text[:run.start()]):
            return None
        found += [int(n) for n in re.findall(r"\d+", run.group(0)) if int(n) not in found]
    return found or None
