"""Hinglish requests said in English word order: "2 aur 7 ko archive kar do" → "archive 2 and 7".

Hindi puts the verb last ("<what> ko <verb> karo"); this module moves it first and reads the few
postpositions and function words a request needs. It only rewrites a message that is plainly
Hinglish (a Hindi verb phrase or question word), and never touches quoted text (masked by then).
No library reads code-mixed Hindi, so these rules are written here; whatever they leave unread is
refused by the grammar as before.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

# The verb phrase that ends a Hindi clause, with the English verb it stands for.
_VERB_PHRASE = re.compile(
    r"(?:\bko\s+)?(?:\b(?P<english>like|unlike|archive|unarchive|save|remix|delete|move|rename|generate|undo|tag|post|download|select|"
    r"open|zip|reflect)\s+)?\b(?P<hindi>(?-i:karo|kar\s+do|kardo|kar\s+dijiye|kijiye|karna|karke|bana\s+do|banao|bana\s+dijiye|"
    r"daal\s+do|daalo|dal\s+do|hata\s+do|hatao|likh\s+do|likho|laga\s+do|lagao|de\s+do|dedo))\b", _I)
_HINDI_VERB = {"bana": "make", "daal": "put", "dal": "put", "hata": "remove", "likh": "write", "laga": "add", "de": "give"}
# "like hata do": the like taken off
_TAKEN_OFF = {"like": "unlike", "archive": "unarchive", "select": "deselect", "tag": "untag"}
_QUESTION = re.compile(r"\b(?:kya|kitne|kitna|kaunsa|kaun\s+sa|kis|kahan|batao|bata\s+do|chahiye)\b", _I)

# Whole phrases first: questions, "never mind", "don't do anything yet", counts and "with" phrases.
_PHRASES = [
    (r"(\d+)\s+(?:number\s+)?wal[aei](?:\s+(?:image|pic|photo|picture))?\b", r"\1"),
    # remarks beside the request: "no longer needed", "by mistake", "nothing useful", "the rest is fine"
    (r"[,.]?\s*(?:ab\s+)?(?:uski|iski|unki)\s+zaroorat\s+nahi(?:\s+hai)?|[,.]?\s*galti\s+se\s+(?:ho\s+gaya|kiya\s+tha|hua)"
     r"|[,.]?\s*kuch\s+kaam\s+ka\s+nahi(?:\s+hai)?", ""),
    (r"\bsab\s+alag\s+alag\s+angles\s+se\b", "from different angles"),
    (r"\b(?:is|iss|ye|yeh)\s+session\s+ka\s+reflection\b", "a reflection on this session"),
    (r"^(?:ek\s+kaam\s+karo|suno|dekho)\s*[,:]?\s*", ""), (r"[,.]?\s*baaki\s+sab\s+(?:theek|thik|sahi)\s+hai\b", ""),
    (r"\b(?:bas\s+)?(?:batao|bata\s+do)\b", "just tell me"),
    (r"(?:\b(?:ye|yeh|is)\s+)?(?P<x>\S[^,?]*?)\s+ko\s+rename\s+kar(?:ke|\s+ke)\s+(?P<new>\ue000\d+\ue001|\S+)\s+kar\s+do\b(?:\s+aur\b)?",
     r"rename \g<x> to \g<new>, then"),
    (r"\b(?:mujhe|hume|humein)\s+(?:ek\s+)?post\s+chahiye\s+(?P<x>.+?)\s+ke\s+saath\b", r"make a post with \g<x>"),
    (r"(?P<f>(?:\ue000\d+\ue001|(?-i:[A-Z])[\w'-]*)\s+folder)\s+(?:ki|ke)\s+dono\s+(?:images|pics|photos)\b", r"both assets in the \g<f>"),
    (r"(\d+)\s+kis\s+folder\s+(?:mein|me)\s+hai\s*\?", r"which folder is image \1 in?"),
    (r"(\d+)\s+(images?|pics?|photos?|pictures?)\s+do\s+(?=of\b)", r"generate \1 \2 "),
    (r"(?P<t>\ue000\d+\ue001|\w+)\s+tag\s+(?:bhi\s+)?(?:laga\s+do|lagao|laga\s+dijiye)", r"and tag them with \g<t>"),
    (r"\bjo\s+liked\s+ha(?:i|in)\s+(?:unko|unhe)\b", "the liked ones"),
    (r"(?P<x>\S.*?)\s+ka\s+(?P<what>prompt|seed|model|size)\s+kya\s+(?:hai|tha|thi)\s*\??", r"what is the \g<what> of \g<x>?"),
    (r"(?P<x>\S.*?)\s+(?:mein|me)\s+kya(?:\s+kya)?\s+(?:hai|hain)\s*\??", r"what is in \g<x>?"),
    (r"\bkaunsa\s+(?P<x>generator|model)\s+use\s+ho\s+raha\s+hai\s*\??", r"which \g<x> is in use?"),
    (r"\bkitne\s+credits\s+(?:lagenge|lagega|lagte\s+hain|lagta\s+hai)\s*\??", "how much will it cost?"),
    (r"\bkitne\s+credits\s+(?:bache\s+hain|hain|baaki\s+hain)\s*\??", "how many credits do I have?"),
    (r"\bkuch\s+(?:bhi\s+)?mat\s+karo\b", "don't change anything"), (r"\babhi\s+mat\s+karna\b", "don't do it yet"),
    (r"(?:[,.]\s*|\s+)(?:pata\s+nahi\s*,?\s*)?(?:rehne\s+do|chhod\s+do|chhodo|jaane\s+do|jane\s+do)[.!]*$", ". never mind, don't"),
    (r"\bsab\s+(\d+)\s+ke\s+\1\b", r"all \1"),
    (r"(\d+)\s+aur\s+(?=(?:bana|banao|generate|chahiye|images?|pics?)\b)", r"\1 more "),
    (r"\b(?:usi|wahi|same)\s+(seed|prompt)\s+se\b", r"with the same \1"), (r"\bseed\s+(\d+)\s+se\b", r"with seed \1"),
    (r"\b(\d+)\s+baar\b", r"\1 times"), (r"\bzip\s+(?:mein|me)\s+(?:de\s+do|dedo|bana\s+do)\b", "download as a zip"),
    (r"(?:\ue000\d+\ue001|\b(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*)\s+naam\s+(?:ka|ki|ke|wala)\s+session\b",
     lambda m: "a session called " + m.group(0).split(" naam")[0]),
    (r"(?P<name>\ue000\d+\ue001|(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*)*)\s+naam\s+(?:se|ka|ki|ke|wala)\b", r"called \g<name>"),
    (r"(?P<name>(?-i:[A-Z0-9])[\w' -]*?)\s+wal[aei]\s+session\b", r"the \g<name> session"),
    (r"(?:\bek\s+)?\bpost\s+(?:chahiye|banao|bana\s+do)\s+(?P<x>[\w ]+?)\s+ke\s+liye\b", r"make a post for \g<x>"),
]
# Words a request needs, read in place ("aur" and, "bhi" too, "dono" both …); courtesy and chatter go.
_WORDS = [
    (r"\bsabse\s+pehle\s+wal[aei]\s+", "the first "), (r"\bpehle\s+wal[aei]\s+(?=\d)", "the first "), (r"\bsirf\b", "only"), (r"\blast\s+wal[aei]\b", "the last one"),
    (r"\bjo\s+liked\s+ha(?:i|in)\b", "the liked ones"), (r"\b(?:unka|unki|unke)\b", "of them"), (r"\b(?:unko|unhe)\b", "them"),
    (r"\b(?:usme|us\s+mein|isme|is\s+mein)\b", ""), (r"\bdono\b", "both"), (r"\baur\b", "and"), (r"\bbhi\b", "too"),
    (r"\bphir\b", "then"), (r"\bek\s+naya\b", "a new"), (r"\bnaya\b", "new"), (r"\bek\b", "a"), (r"\bke\s+liye\b", "for"),
    (r"\b(?:yaar|bhai|bas|zara|jaldi|abhi|ji)\b", ""),
]
# "Holiday Promo wale 2 aur 3": those numbers in the session named so (a lower-case subject, "gift box wale 4", is no name)
_OF_SESSION = re.compile(r"^(?P<session>(?-i:[A-Z0-9])[\w' -]*?)\s+wal[aei]\s+(?P<numbers>#?\d[\d,\s#]*(?:\s*(?:and|aur|&)\s*#?\d+)*)")
# "folder 'Xmas Picks' mein", "Launch mein": the place, then "in"
_PLACE_IN = re.compile(r"(?<!\S)(?P<place>(?:(?:the\s+)?(?:folder|project|session)\s+)?(?:\ue000\d+\ue001|(?-i:[A-Z0-9])[\w'-]*"
                       r"(?:\s+(?-i:[A-Z0-9])[\w'-]*)*)(?:\s+(?:folder|project|session))?)\s+(?:mein|me|main)\b", _I)


_UNREAD = re.compile(r"\b(?:ka|ki|ke|hai|hain|tha|thi|nahi|nahin|mein|wala|wale|wali|kya|ho|se|tak|kal|aaj|toh|koi|kuch|sab|yeh|ye|"
                     r"woh|jo|unme|raha|rahe|rahi|hoon|hun|doon|karna|karke|chahiye|pe|mujhe|hume|apna|apni|kar|do\s+na|saath|mat|pehle|"
                     r"mein|aur)\b", _I)


def is_hinglish(text: str) -> bool:
    return bool(_VERB_PHRASE.search(text) or re.search(r"\bchahiye\b|\bwal[aei]\s+ko\s+bhi\b", text, _I)
                or _QUESTION.search(text) and re.search(r"\b(?:hai|hain|tha|thi|ho)\b", text, _I))


def hinglish_to_english(text: str) -> str:
    """The request in English word order, sentence by sentence and clause by clause; other messages unchanged."""
    if not is_hinglish(text):
        return text
    english = " ".join(_sentence(s) for s in re.split(r"(?<=\?)\s+", text.strip()))
    # Hindi words these rules did not read would end up in a name, a prompt or a change: the message is
    # left as said, and the grammar refuses it as a request in another language
    return text if _UNREAD.search(english) else english


def _sentence(text: str) -> str:
    for pattern, english in _PHRASES:
        text = re.sub(pattern, english, text, flags=_I)
    return ", then ".join(filter(None, (_part(p.strip(" ,")) for p in re.split(r"\s*,\s*then\s+|\s+phir\s+", text, flags=_I))))


def _part(text: str) -> str:
    verbs = list(_VERB_PHRASE.finditer(text))
    clauses, start = [], 0
    for position, verb in enumerate(verbs):  # a clause ends with its verb phrase; "aur", "phir" or a comma join the next
        clauses.append(_clause(text[start:verb.start()], verb))
        start = verb.end()
        if position + 1 < len(verbs):
            start += re.match(r"\s*(?:,\s*)?(?:(?:aur|phir|and|then)\b\s*)*", text[start:], _I).end()
    rest = _read_words(text[start:])  # what follows the last verb: ", they look too plain", ", caption …"
    if not clauses:
        return rest
    if rest:
        clauses[-1] += rest if rest[:1] in ",.?!" else " " + rest
    return ", then ".join(c for c in clauses if c)


def _clause(what: str, verb: re.Match) -> str:
    said = re.match("|".join(_HINDI_VERB), verb.group("hindi"), _I)  # a Hindi verb of its own ("karo" only does)
    hindi = said.group(0).lower() if said else None
    english = (verb.group("english") or "").lower()
    what = what.strip(" ,")
    if hindi == "hata" and english in _TAKEN_OFF:  # "9 wala like hata do": the like taken off
        english = _TAKEN_OFF[english]
    elif hindi and english in ("post", "zip"):  # "ek insta post bana do": a post made, the noun before the verb
        english, what = _HINDI_VERB[hindi], f"{what} {english}"
    elif hindi and not english:
        english = _HINDI_VERB[hindi]
    of_session = _OF_SESSION.match(what)
    if of_session:  # "Holiday Promo wale 2 aur 3 ko …": those images of that session
        what = f"{of_session.group('numbers')} in {of_session.group('session')}{what[of_session.end():]}"
    place = _PLACE_IN.search(what)
    if place:  # "… 'Xmas Picks' mein save kar do": saved to that place; "Q3 Ads ko … project mein daal do": put in it
        into = "to" if english in ("save", "move", "add") else "in"
        what = f"{what[:place.start()].strip()} {into} {place.group('place')}{what[place.end():]}"
    what = re.sub(r"\s+(?:bhi|too)$", "", _read_words(what), flags=_I)  # "reflection bhi likh do": also, after another step
    return re.sub(r"\s+", " ", f"{english} {what}").strip(" ,")


def _read_words(text: str) -> str:
    for pattern, english in _WORDS:
        text = re.sub(pattern, english, text, flags=_I)
    return re.sub(r"\s+", " ", re.sub(r"\bko\b", "", text, flags=_I)).strip(" ")
