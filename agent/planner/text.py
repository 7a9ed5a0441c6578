"""Normalising what people type: quotes protected, politeness dropped, typos in verbs fixed.

Quoted text is data. It is swapped for a sentinel before any matching, so no rule can see inside
it, and put back only when it becomes an argument value.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import lru_cache

MAX_FUZZY_WORD = 20  # longer "words" are never typos of a command

_QUOTE = re.compile(
    r'"([^"\n]*)"'            # "double"
    r"|“([^”\n]*)”"           # “curly double”
    r"|‘([^’\n]*)’"           # ‘curly single’
    r"|«\s?([^»\n]*?)\s?»"    # « guillemets »
    r"|(?<!\w)'([^'\n]+)'(?!\w)"  # 'single', but not the apostrophe in what's
)
_SENTINEL = re.compile("\ue000(\\d+)\ue001")
_SPACES = re.compile(r"\s+")
_DASH_BETWEEN_NUMBERS = re.compile(r"(?<=\d)\s*(?:[–—]|\.{2,3})\s*(?=#?\d)")  # "1–3", "1..3", "#1–#10"
# "post them w/ caption …": the shorthand before an option word (a prompt or caption keeps its own "w/").
_WITH_SHORT = re.compile(r"(?<![\w/.~])w/(?=\s+(?:(?:(?:a|the)\s+)?(?:caption|captions|seed|tags?|size)\b|(?:the|my|these|those|them|it)\b))",
                         re.IGNORECASE)

# "ugh wrong client, undo that": what was picked wrongly, said before the request that mends it
WRONG_PICK = r"wrong\s+(?:client|session|one|ones|folder|images?|project|account|thing)"
_LEADING_FILLER = re.compile(
    r"^(?:(?:(?:hey|hi|hello)\s+there|oh\s+no|oh\s+dear|oops|whoops|ugh+|argh+|dang|damn|shoot|yikes|omg|lol|"
    r"ngl|tbh|honestly|lowkey|fr|excuse\s+me|pardon\s+me|pleese|plese|pleease|pleas(?=\s)|hola|bonjour|salut|hallo|ciao|scusa|scusi|scusate|entschuldigung|n(?=\s+[a-z]{3,})|" + WRONG_PICK + r"(?=\s*[,.!—–-])|(?:next|first(?:\s+of\s+all)?|also|then|after\s+that)(?=\s*(?:,|$))|ol[aá]|my\s+bad|my\s+mistake|sorry(?:\s+to\s+(?:bother|trouble)\s+you(?:\s*[—–-])?)?|(?:(?:a|my)\s+)?typo|nvm|never\s*mind|yo+|o+h+|wow|whoa|aw+|oh|hey|hi|hello|ok|okay|so|now|also|and|then|please|pls|plz|kindly|"
    r"actually,?\s+no|no,?\s+actually|actually|hm+|um+|"
    # "Thanks. Please unlike 5 then.", "Good. Generate two …": an acknowledgement before the request
    r"(?:thanks|thank\s+you|thx|ty|cheers)(?:\s+(?:so|very)\s+much)?(?=\s*[.!,])|(?:good|got\s+it|sounds\s+good|noted|understood|lovely|brilliant|awesome|excellent|amazing|sweet|neat|super)"
    r"(?=\s*[.!,—–-])|"
    r"well|alright|great|cool|nice|perfect|fine|yeah|yep|yup|right|@?atelier|"
    # Scots ("aye like 8 as well", "haud on, whit's in Q3 Ads", "cannae mind, how many …", "wee question - …")
    r"aye|(?:hold|hang)\s+on|can'?t\s+mind(?=\s*(?:[,.!—–-]|$))|"
    r"no,?\s+wait|wait|not\s+quite(?=\s*(?:[,.!—–-]|$))|nah|naw|nope|"
    # "wait no bring it back": the "no" of someone taking the last change back, before saying how
    r"no(?=[\s,!.—–-]+(?:bring|put|give|unarchive|restore|undo|take)\b)|"
    # "quick - save liked to …", "for the avoidance of doubt: like 3 only": a preamble set off by a mark
    # ("quick question: delete this session, does that …?" keeps its question: only before a question word)
    r"(?:quick|wee)\s+(?:question|q)(?=\s*[-—–:,]\s*(?:what|whit|which|how|where|who|is|are|can|do|does|will)\b)|"
    r"quick(?:ly)?(?:\s+(?:one|thing))?(?=\s*[-—–:])|for\s+the\s+avoidance\s+of\s+doubt(?=\s*[:,])|to\s+be\s+clear(?=\s*[:,])|"
    # "Before I commit: what would 10 images cost?": a preamble, not part of the request
    r"before\s+(?:i|we)\s+(?:commit|start|go\s+ahead|spend\s+anything|decide|begin)(?=\s*[:,]|\s*$)|"
    r"before\s+(?:committing|starting|spending|deciding|going\s+ahead)(?=\s*[:,])|(?:you|u)\s+can(?=\s+(?:undo|like|save|archive|"
    r"show|tell|make|generate|open|download|start)\b)|(?:would|could) you be so kind(?: as)? to|"
    r"if you (?:could|would|can)|"
    # polite and roundabout openings: "I wonder if you might be so kind as to", "would it be possible to"
    r"good\s+(?:morning|afternoon|evening|day)|(?:morning|mornin|evening|salve|buongiorno|buonasera|hoi|goedemorgen|moin|servus)(?=\s*[!,.])|hello\s+again|greetings|dear\s+atelier|hiya|heya|howdy|"
    r"(?:action\s+items?|to-?dos?|next\s+steps?|tasks?|follow-?up)(?=\s*:)|"
    r"i\s+(?:was\s+)?wonder(?:ing)?\s+(?:if|whether)\s+(?:you|u)\s+(?:could|might|would|can)(?:\s+(?:possibly|please))?(?:\s+be\s+so\s+kind\s+as\s+to)?|"
    r"on\s+(?:reflection|second\s+thoughts?)|(?:can|could|shall)\s+we|let\s+us|i\s+should\s+like\s+to|"
    r"do(?=\s+(?:name|call|rename|make|create|start|generate|save|like|archive|keep|put|add|tell|show|remix|download)\b)|"
    r"i\s+was\s+hoping\s+(?:you|u)\s+(?:could|might|would|can)|"
    # "please help me generate 4 …": help is the request itself
    r"help\s+(?:me|us)(?:\s+to)?(?=\s+(?:generate|gen|make|create|put|save|like|unlike|archive|unarchive|rename|open|start|delete|"
    r"download|remix|find|search|show|count|move|add|switch)\b)|"
    # Australian openings: "G'day!", "Righto,", "Give it a burl - 3 more like …"
    r"g'?day(?:\s+mate)?|righto|strewth|crikey|oi(?=\s*(?:[,!]|$)|\s+(?:make|create|start|generate|like|can|could|please|pls))|give\s+it\s+a\s+(?:burl|go|crack)(?=\s*[-—–:,])|"
    # Indonesian and Swedish courtesies: "hello kak", "tolong archive …", "Hej!", "Tack!"
    r"(?:(?:hello|hi|halo)\s+)?(?:kak|mas|mbak|bang|pak|bu)(?=[\s,!.]|$)|(?:chale|charley|ei|eii|herh|hmm+)(?=[\s,!.]|$)|tolong|hej(?:san)?(?=\s*(?:[!,.]|$))|tack(?:\s+så\s+mycket)?(?=\s*(?:[!,.]|$))|"
    r"i(?:'d|\s+would|\s+should)\s+be\s+(?:very\s+|most\s+|much\s+)?(?:grateful|obliged)\s+if\s+(?:you|u)\s+(?:could|would|might)|"
    r"(?:would|could)\s+(?:you|u)\s+be\s+(?:good|kind)\s+enough\s+to|might\s+(?:you|u)|pray|"
    r"(?:would|could)\s+(?:you|u)\s+(?:please\s+)?be\s+so\s+(?:good|kind)\s+as\s+to|"
    # "eventually can you archive …", "It is possible to delete …?": a French speaker's "if possible"
    r"eventually(?=\s+(?:can|could|would)\b)|it\s+is\s+possible\s+to|"
    # "… a snowy branch. After that, would you mark the first one …": the order, already given by the order said
    r"(?:and\s+)?(?:after\s+(?:that|this)|afterwards|once\s+(?:that'?s|that\s+is|it'?s|it\s+is)\s+done)(?=\s*[,:]|\s+\w)|"
    r"(?:would|will)\s+it\s+be\s+possible\s+to|is\s+(?:it\s+)?possible\s+(?:for\s+(?:you|u)\s+)?to|(?:could|may|can|might)\s+i\s+(?:trouble|ask|bother)\s+(?:you|u)\s+(?:to|for)|"
    r"if\s+(?:it'?s|it\s+is|that'?s|that\s+is)\s+not\s+too\s+much\s+(?:bother|trouble)(?:\s+for\s+(?:you|u))?(?=\s*,)|"
    r"if\s+(?:(?:you|u)\s+)?(?:don'?t|do\s+not)\s+mind(?=\s*,)|if\s+possible(?=\s*,)|"
    r"any\s+chance\s+(?:you|u)\s+could|i\s+(?:want|need|would\s+like)\s+that\s+(?:you|u)|i\s+would\s+love\s+(?:it\s+)?if\s+(?:you|u)\s+(?:could|would)|"
    r"i'?d\s+love\s+(?:(?:you|u)\s+)?to|please\s+could\s+(?:you|u)|"
    r"(?:could|can|would|will|cud|cn|wud) (?:you|u|ya)(?: (?:please|pls|plz|possibly|perhaps|maybe|kindly))?|i(?:'d| would) like (?:(?:you|u) )?to|"
    r"i want (?:(?:you|u) )?to|i want(?= (?:make|create|start|generate|save|like|archive)\b)|go ahead(?: and)?|let's|lets|just|"
    # "i like 2" is a like; "i build model trains" tells about the person, it asks for nothing
    r"i(?= (?!(?:make|create|build|design|generate|gen|draw|render|paint|produce|imagine|illustrate|sketch|start|begin)\b)))"
    r"\b[\s,!:.]*)+",
    re.IGNORECASE,
)
# Sign-offs, also after a sentence end: "… on a beach? thanks so much!".
_TRAILING_FILLER = re.compile(
    r"(?:[\s,.!?]*\b(?:and\s+)?(?:please|pls|plz|(?:thanks|thank you|thank u|thnx|thanx|tnx|tysm)(?: (?:so|very|ever so) much| a lot| a bunch| in advance)?"
    # "now" only in lower case: "rename it to Apocalypse Now" keeps its name.
    r"|thx|cheers|much appreciated|for me|idk|anyways?|exactly|(?-i:then)|i\s+(?:have\s+|'ve\s+)?changed\s+my\s+mind|right\s+now|(?-i:now)"
    r"|(?-i:rn)|kthx|ty(?:sm)?|tks|tnx|thks|obg|no\s+cap|fr\s+fr|ong|on\s+god|deadass|sharp\s+sharp"
    # "…? Just tell me; do not alter anything.": what is asked is all that is done anyway
    r"|(?:just|only)\s+tell\s+me|(?:do\s+not|don'?t)\s+(?:alter|change|touch)\s+anything(?:\s+else)?|no\s+change\s+nothing"
    r"|thank\s+you\s+kindly|if\s+you\s+(?:don'?t|do\s+not)\s+mind(?:\s+my\s+asking)?"
    r"|(?<=[\d\s,])ạ"  # Vietnamese politeness at the end of a request

    r"|if\s+possible|if\s+(?:that|it)(?:'s|\s+is)\s+possible|when(?:ever)?\s+you\s+(?:get|have)\s+a\s+(?:chance|moment|minute)|por\s+favou?r|gracias|bitte|merci|grazie(?:\s+mille)?|danke(?:\s+sch[oö]n)?|bedankt|dank\s+je(?:\s+wel)?|arigato(?:u)?|obrigad[oa]"
    r"|if\s+(?:you|u)\s+(?:would|could|can|please)|fr|frfr|ngl|tbh|lmao|lol|asap"
    # "…? Just the numbers.": how to answer, not what to do
    r"|(?:just|only)\s+(?:the\s+)?(?:numbers|names|count|list)"
    r"|god\s+bless|bless\s+you|have\s+a\s+(?:nice|good|great)\s+day"
    r"|if\s+(?:that|it)(?:'s|\s+is)\s+not\s+too\s+much\s+(?:bother|trouble)|if\s+(?:that'?s|that\s+is|it'?s|it\s+is)\s+(?:ok(?:ay)?|alright|all\s+right|agreeable|acceptable|fine))\b)*[\s,.!?]*$",
    re.IGNORECASE
)


@dataclass
class Masked:
    """Text with quoted spans replaced by sentinels; ``quotes[n]`` holds span n's inner text."""

    text: str
    quotes: list[str] = field(default_factory=list)

    raw: list[str] = field(default_factory=list)

    def restore(self, value: str, *, keep_marks: bool = False) -> str:
        """Put quoted text back, without its quote marks unless ``keep_marks``."""
        source = self.raw if keep_marks else self.quotes
        return _SENTINEL.sub(lambda m: source[int(m.group(1))], value)

    def only_quote(self, value: str) -> str | None:
        """The inner text when ``value`` is nothing but one quoted span."""
        match = _SENTINEL.fullmatch(value.strip())
        return self.quotes[int(match.group(1))] if match else None


# "remix 2 w a vhs grain look": "w" alone before an article or a comparative means "with".
_W_ALONE = re.compile(r"(?<![\w/'])w(?=\s+(?:(?:a|an|the|more|less|some|no)\s|(?:caption|captions|seed|tags?)\b|\ue000))",
                      re.IGNORECASE)


# "sav 4 to foldr Picks": "folder" misspelt where only a folder can stand (a prompt's "holders" is left alone)
_FOLDER_AFTER_NAME_TYPO = re.compile(r"(\b(?:to|in|into)\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,2}\s+)"
                                     r"(?:fodder|foldr|fodler|floder|folde|foler|fldr|folfer|folser)\b", re.IGNORECASE)
_FOLDER_TYPO = re.compile(r"(\b(?:to|in|into)\s+(?:a\s+|the\s+|my\s+)?)(?:foldr|fodler|floder|folde|foler|fldr|folfer|folser)\b",
                          re.IGNORECASE)


# "which generator r we using", "r u sure": texting's "r" and "u" before the words they always precede
# (lower case only: "U Can Do It" is a name)
_R_ALONE = re.compile(r"(?<![\w/'])(?-i:r)(?=\s+(?-i:we|u|you|they)\s+(?-i:\w+ing|sure|in|on|at|done|ready)\b)", re.IGNORECASE)
_U_ALONE = re.compile(r"(?<![\w/'])(?-i:u)(?=\s+(?-i:using|have|got|make|made|do|did|can|could|sure|there)\b)|(?<=\bare\s)(?-i:u)\b",
                      re.IGNORECASE)


# "what was the seed on 1 lol i need it for my pfp": a laugh ends a sentence as a full stop does
_LAUGH_THEN = re.compile(r"\s+(?-i:lol|lmao|haha+|hehe)\s+(?=(?-i:i|i'm|im|it's|its|need|wanna|gonna|cuz|bc|because)\b)", re.IGNORECASE)


# Voice dictation: spoken punctuation, and numbers heard as words that sound the same ("generate ate more",
# "unlike number for") — only where a number must stand, never inside what a picture shows.
_SPOKEN_STOP = re.compile(r"\s+(?:period|full\s+stop)(?=\s*$)|\s+(?:period|full\s+stop)(?=\s+(?:and|then|also|please|now|like|save|archive|"
                          r"generate|make|new|delete|show|what|how|unlike|rename|open|go)\b)", re.IGNORECASE)
_SPOKEN_QUESTION = re.compile(r"\s+question\s+mark\s*$", re.IGNORECASE)
_SOUNDS_LIKE = {"won": "1", "to": "2", "too": "2", "for": "4", "fore": "4", "ate": "8"}
_HEARD_COUNT = re.compile(r"\b(?P<verb>generate|gen|make|create|give\s+me|do)\s+(?P<word>won|to|too|for|fore|ate)\b"
                          r"(?=\s+(?:more|images?|pics?|pictures?|photos?)\b)", re.IGNORECASE)
_HEARD_NUMBER = re.compile(r"\b(?P<before>(?:number|no\.)\s+)(?P<word>won|to|too|for|fore|ate)\b"
                           r"(?=\s*(?:$|[,.!?]|\s+and\b|\s+(?:too|as\s+well|please)\b))", re.IGNORECASE)
# Where a picture or a caption is said, its words are its own ("a castle from the Edo period", "number for")
_PICTURE_WORDS = re.compile(r"\b(?:images?|pics?|pictures?|photos?|renders?|shots?|frames?|poster|sign|jersey)\s+(?:of|with|saying|that)\b"
                            r"|\b(?:generate|gen|draw|render|paint|imagine)\s+(?:an?|the|some|me)\b|\bcaption(?:ed)?\b|\bsay(?:s|ing)\b", re.IGNORECASE)


# A sentence to the studio inside free text ('caption: Last call!! DM us. Also set my credits to 5000'): never
# part of a caption, so the request is asked about instead
TO_THE_STUDIO = re.compile(r"[.!?]\s+(?:(?:also|and|then|please|pls|now|oh|btw)\s+)+(?:(?:set|reset|delete|remove|rename|ignore|top\s+up)\b"
                           # ("… Also like our page" is a call to action: a step names images or a session)
                           r"|(?:archive|like|unlike|save|generate|make|tag|move|download|post)\s+(?:#?\d|them\b|it\b|all\b|this\s+session|"
                           r"the\s+(?:liked|first|last|new|session)))"
                           r"|\b(?:set|give|raise|reset|change)\s+(?:me\s+)?(?:my|the|our)\s+(?:credits?|balance)\b", re.IGNORECASE)


def spoken_to_written(text: str) -> str:
    text = _HEARD_COUNT.sub(lambda m: f"{m.group('verb')} {_SOUNDS_LIKE[m.group('word').lower()]}", text)  # "generate ate more"
    if _PICTURE_WORDS.search(text):
        return text
    text = _SPOKEN_QUESTION.sub("?", _SPOKEN_STOP.sub(".", text))
    return _HEARD_NUMBER.sub(lambda m: m.group("before") + _SOUNDS_LIKE[m.group("word").lower()], text)


# Slips of the keyboard and of autocorrect in the little words a request is built from ("like 7 amd 9", "save thr
# liked ones", "4 nore", "new dession"); content words are left to the fuzzy verb match.
_SLIPS = {"amd": "and", "abd": "and", "snd": "and", "anf": "and", "thr": "the", "teh": "the", "tge": "the", "rhe": "the",
          "thst": "that", "tjat": "that", "rhat": "that", "nore": "more", "mroe": "more", "moer": "more", "dession": "session",
          "sesion": "session", "sessiom": "session", "seesion": "session", "henerate": "generate", "genrate": "generate",
          "generste": "generate", "imaged": "images", "picturs": "pictures", "pictires": "pictures"}
_SLIP = re.compile(r"\b(?-i:" + "|".join(_SLIPS) + r")\b")
# Nigerian Pidgin a request is said in: "Abeg open new session, call am Jollof Party", "save 7 for folder X"
_PIDGIN = [(r"^(?:abeg|oya|biko)\b[,\s]*", ""), (r"\b(call|make|name|like|save|archive)\s+am\b", r"\1 it"),
           (r"\bwetin\s+be\b", "what is"), (r"^make\s+you\s+(?=(?:move|save|like|archive|delete|rename|open|generate|show|tell)\b)", ""),
           (r"\b(save|put|move)\b([^;]*?)\s+for\s+(?=(?:a\s+)?(?:new\s+)?folder\b)", r"\1\2 to "),
           (r"\bgo\s+(?=new\s+session\b)", "to a "), (r"\bwey\s+i\s+go\s+call\b", "called"),
           (r"\bcarry\s+(?:me|us)\s+go\b", "switch to")]


# Scots as people type it: "gie us 2 mair o' the dragon", "save 1, 2 an' 3 tae a new folder", "whit's in Q3 Ads?"
# (only words English does not use otherwise; "fur", "ma" and "wee" only where they cannot be fur, a mother or small)
_SCOTS = {"an'": "and", "o'": "of", "tae": "to", "wi": "with", "fae": "from", "mair": "more", "gie": "give", "gies": "give me",
          "yins": "ones", "whit": "what", "whit's": "what's", "hae": "have", "ye": "you", "dae": "do",
          "naw": "no", "cawed": "called", "oan": "on", "usin": "using", "cannae": "can't", "dinnae": "don't",
          "didnae": "didn't", "isnae": "isn't", "wouldnae": "wouldn't", "awright": "alright", "awrite": "alright", "haud": "hold", "ma": "my"}
_SCOT = re.compile(r"(?<![\w'])(?:an'(?=\s)|o'(?=\s)|whit's|(?-i:tae(?!\s+kwon)|wi(?!-)|fae|mair|gie|gies|yins|whit|hae|ye|dae|naw|cawed|oan|usin|cannae|"
                   r"dinnae|didnae|isnae|wouldnae|awright|awrite|haud)(?![\w'])|ma(?=\s+(?:pal|folder|session|images?|pics?|pictures?|"
                   r"credits?|wee)\b))", re.IGNORECASE)
_CAPTION_STARTS = re.compile(r"\bcaption(?:ed)?\b\s*[:=-]?|\bsaying\b\s*:?|\bwith\s+the\s+text\b|\bpost\b[^:]{0,60}:", re.IGNORECASE)
_SCOTS_FOR = re.compile(r"\bfur(?=\s+(?:a\s+)?(?:video|me|us|number)\b)")
# Words only Scots uses: a message is read as Scots only when it has one ("Rock an' Roll", "a fae warrior",
# "ye olde inn" and "O'Brien" alone are English, and names)
_SCOTS_ONLY = re.compile(r"\b(?-i:gie|gies|mair|yins|whit|whit's|cannae|dinnae|didnae|isnae|wouldnae|awright|awrite|haud|naw|oan|"
                         r"cawed|tae|hae|dae|aye|braw|mingin|och|lassie|laddie)\b")


def expand_shorthand(text: str) -> str:
    text = _SLIP.sub(lambda m: _SLIPS[m.group(0)], text)
    caption = _CAPTION_STARTS.search(text)  # a caption is the person's own words, kept as typed
    cut = caption.end() if caption else len(text)
    if _SCOTS_ONLY.search(text[:cut]):
        text = _SCOT.sub(lambda m: _scots_word(m.group(0)), text[:cut]) + text[cut:]
    text = _SCOTS_FOR.sub("for", text)
    # "show us the liked ones" (only the request's own first words: "Tell Us More" may be a name)
    text = re.sub(r"^((?:(?:can|could|would)\s+(?:you|ye)\s+|please\s+|pls\s+)?(?-i:show|give|tell|gie))\s+us\b", r"\1 me", text,
                  flags=re.IGNORECASE)
    text = re.sub(r"^shoe(?=\s+me\b)", "show", text, flags=re.IGNORECASE)  # a shoe is never asked to "me"
    text = re.sub(r"(?<=\d)(\s+(?:hero\s+|key\s+)?)imgs?\b", r"\1images", text, flags=re.IGNORECASE)  # "5 imgs of a glowing trophy"
    # "1024 sq", "1024 square", "1024²": a square size
    if re.match(r"\s*(?:gen|generate|make|create|render|draw|\d)", text, re.IGNORECASE):  # (only in a request to generate, at its end)
        text = re.sub(r"(?<=[,.])\s*(\d{3,4})\s*(?:sq|square|²)[\s.!]*$", r" at \1x\1", text, flags=re.IGNORECASE)
    # "20 hero imgs, luxury watch on black velvet": the count's own words, then the picture
    text = re.sub(r"^(?:(?:gen|generate|make)\s+)?(\d{1,4})\s+(?:(?:hero|key)\s+)?(?:images|pictures|pics|photos|renders)"
                  r"\s*[,:]\s+(?!(?:then|and|also|please|move|like|unlike|save|archive|delete|tag|rename|download|remix|open|switch|"
                  r"post|select|show|list|undo|make|generate|gen|create|start|put|add|but|same|at|each|with|in|as|for|on|of|by|remove|"
                  r"trash|it|they|these|those|this|that|all|seed|size|more|again)\b)(?=\S)", r"generate \1 images of ", text,
                  flags=re.IGNORECASE)
    # "swap to q3 ads and gen 2 more": a move to another session ("swap 2 for 5" is no move)
    text = re.sub(r"(?:^|(?<=,\s)|(?<=\band\s)|(?<=\bthen\s))(?-i:swap)\s+(?=(?:over\s+|back\s+)?to\s)", "switch ", text)
    for pattern, english in _PIDGIN:
        text = re.sub(pattern, english, text, flags=re.IGNORECASE)
    text = spoken_to_written(text)
    text = _LAUGH_THEN.sub(". ", text)
    text = re.sub(r"(?<![\w/])w/\s*(?=\w)", "with ", text, flags=re.IGNORECASE)  # "remix 3 w/ pink sky"
    text = _U_ALONE.sub("you", _R_ALONE.sub("are", text))
    text = re.sub(r"\b(?:insted|instaed|isntead|intead|instad|insteed)\b", "instead", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?:thoes|thsoe|tohse|thos)\b", "those", text, flags=re.IGNORECASE)
    text = re.sub(r"\b(?-i:reflexion)(s?)\b", r"reflection\1", text)  # ("Reflexion Archive" is a name)
    text = re.sub(r"\b(?:evrything|everthing|evertyhing|eveything|everyting)\b", "everything", text, flags=re.IGNORECASE)
    # "save 5 n 9", "like 7 12 n 33": texting's "n" between numbers
    text = re.sub(r"(?<=\d)\s+n\s+(?=#?\d)", " and ", text)
    # "switch to q3 ads n like 2 and 3": texting's "n" between two requests
    text = re.sub(r"(?<=\w)\s+n\s+(?=(?-i:like|save|archive|generate|gen|make|download|unlike|tag|post|open|switch)\b)", " and ",
                  text)
    if re.match(r"\s*(?:save|move|put|add|sabe|sace|copy)\b", text, re.IGNORECASE):
        text = _FOLDER_AFTER_NAME_TYPO.sub(r"\1folder", text)  # "save 2 to the Characters fodder"
    return _FOLDER_TYPO.sub(r"\1folder", _W_ALONE.sub("with", _WITH_SHORT.sub("with", text)))


def _scots_word(word: str) -> str:
    english = _SCOTS[word.lower()]
    return english[0].upper() + english[1:] if word[0].isupper() else english


def mask_quotes(text: str) -> Masked:
    quotes: list[str] = []
    raw: list[str] = []

    def swap(match: re.Match) -> str:
        quotes.append(next(g for g in match.groups() if g is not None))
        raw.append(match.group(0))
        return f"\ue000{len(quotes) - 1}\ue001"

    return Masked(_QUOTE.sub(swap, text), quotes, raw)


# "- new session: Q3\n- generate 4 …", "1. start …\n2. like 2": one step per bulleted line
_BULLET = re.compile(r"^\s*(?:[-*•·▪]|\d{1,2}[.)])\s+(?=\S)")
_DASH_BULLET = re.compile(r"^\s*[-*•·▪]\s+(?=\S)")  # one line: only a dash bullet ("2. …" alone may be a number)


_QUOTE_OR_MARKS = re.compile(rf"{_QUOTE.pattern}|(?<=\w)(?P<mark>[!?])[!?]+(?=\s+[A-Za-z])")  # a quote is left as typed


# A heading before bullets that asks for nothing and names no place ("Two asks:", "Status check before my 3pm:");
# one that names a session ("Few things on Sneaker Drop:") or starts with a request stays, and is read (or asked)
# (a heading that could change what the bullets mean — "Undo these:", "in sneaker drop:", "For the beach one:" — stays)
_LABEL_ONLY = re.compile(r"(?![^:]*\b(?:like|unlike|archive|unarchive|save|delete|generate|gen|make|rename|select|download|post|remix|tag|move|"
                         r"open|switch|create|start|new|undo|cancel|reverse|revert|opposite|not|don'?t|except|session|sesh|one|ones|in|on|at|"
                         r"for|from|back|over|folder|project|instead|again)\b)(?:\S+\s*){1,6}:", re.IGNORECASE)


def normalise_spacing(text: str) -> str:
    if "‘" not in text:  # a lone curly apostrophe (what’s) is not a quote
        text = text.replace("’", "'")
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) == 1 and _DASH_BULLET.match(lines[0]):
        text = _DASH_BULLET.sub("", lines[0])  # "- 5 images: …": one bulleted line
    elif len(lines) > 1 and sum(bool(_BULLET.match(line)) for line in lines) >= len(lines) - 1:
        # every line a bullet (a heading line before them is allowed): the lines are steps
        if not _BULLET.match(lines[0]) and _LABEL_ONLY.fullmatch(lines[0].strip()):
            lines = lines[1:]  # "Hi team — quick one for the spring campaign:", "Cleanup:": a label, no request
        text = "; ".join(_BULLET.sub("", line).strip().rstrip(";") for line in lines)
    text = _DASH_BETWEEN_NUMBERS.sub("-", text)
    # "love 4 and 6!! save them": between two requests one mark says as much (a caption's end keeps its own)
    text = _QUOTE_OR_MARKS.sub(lambda m: m.group("mark") or m.group(0), text)
    text = re.sub(r"(?<=\d)\s*[,;]{2,}\s*(?=\d)", ", ", text)  # "like 2,,5;;7": a slip of the keys
    return _SPACES.sub(" ", text).strip()


# Spoken hesitations ("um", "uh", "erm") say nothing; dictated requests are full of them.
_HESITATION = re.compile(r"(?<![\w'\ue000-\ue001])(?:u+m+|u+h+m*|e+r+m+|hmm+)(?![\w'])[,.…]*\s*", re.IGNORECASE)
# "can you like generate three …": "like" before a verb is a filler, never a like
_FILLER_LIKE = re.compile(r"\b(?:like|y'?know|you\s+know)\s*,?\s+(?=(?:generate|make|create|start|save|archive|download|remix|delete|"
                          r"open|switch|show|post|import|search|find|tag|rename|move|undo|give|do|add|put)\b)", re.IGNORECASE)


# "quick - save liked to …", "ok — like 3": a word set off by a dash before the request
_DASHED_OPENER = re.compile(r"^(?:quick(?:ly)?(?:\s+(?:one|question|q|thing))?|ok(?:ay)?|so|right|alright|also|btw|fyi|lovely|great|perfect|cool|nice|brilliant|awesome|thanks|good)\s*[-—–]+\s+(?=\S)"
                            r"|^quick(?:ly)?\s*[!:]+\s*(?=\S)|^quick(?:ly)?\s+(?=\d)", re.IGNORECASE)
# "remix the 2nd one but like, neon": "like," before a change is a filler, never a like
_LIKE_COMMA = re.compile(r"\b(?<=but\s)like\s*,\s*", re.IGNORECASE)


# "make variations of panel 8, like three of them": "like" before a count is "about", never a like
_LIKE_A_COUNT = re.compile(r",\s*like\s+(?=(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:of\s+(?:them|those)|times|or\s+so)\b)",
                           re.IGNORECASE)


# "Good day po!", "like numbers 1 and 4 po.": the Filipino particle of respect, a courtesy like "please"
# (lower case, and only where the particle goes: "a panda named Po", "winnie the po" keep theirs)
_PO = re.compile(r"(?P<before>\b(?:day|morning|afternoon|evening|hello|hi|yes|ok|okay|please|thanks|you|sorry|images|pictures|photos|ones|"
                 r"sessions|now|folder|library|session|it|them|there|here|too|also|\w+s)|[\d\"”’\ue001]|\b(?-i:[A-Z][a-z]+))\s+(?-i:po)(?=\s*(?:[.,!?;]|$))", re.IGNORECASE)


# Slips of "prompt" common enough to name ("whats the promt on 9"): fixed before anything reads the words
_PROMPT_SLIP = re.compile(r"\b(?:promt|propmt|promtp|prompet|promp)(s?)\b", re.IGNORECASE)


# "i want remove the like from 1 and 2": the "to" a learner leaves out
_WANT_WITHOUT_TO = re.compile(r"^(\s*i\s+(?:want|would\s+like|'d\s+like|wish))\s+(?=(?:remove|unlike|save|archive|delete|generate|"
                              r"make|download|rename|move|tag|put)\b)", re.IGNORECASE)


def without_hesitations(text: str) -> str:
    text = _WANT_WITHOUT_TO.sub(r"\1 to ", _PROMPT_SLIP.sub(r"prompt\1", text))
    text = _LIKE_A_COUNT.sub(", about ", _DASHED_OPENER.sub("", _LIKE_COMMA.sub("", _PO.sub(r"\g<before>", text.strip()))))
    return _FILLER_LIKE.sub("", _HESITATION.sub("", text)).strip()


# Emoji and pictographs (with their joiners, variation selectors and skin tones) that close a
# sentence or a clause: tone, never part of a name or a command ("remix 3 🎭", "call it Teaser ✨").
_CLOSING_EMOJI = re.compile(r"\s*[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f\u200d]+(?=\s*(?:[,.;:!?]|$))")


def drop_closing_emoji(text: str) -> str:
    return _CLOSING_EMOJI.sub("", text).strip()


# "remind me what the brief is", "can you tell me which session I'm in": asked as a plain question
_INDIRECT_QUESTION = re.compile(
    r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:remind|tell)\s+me\s+(?:again\s+)?"
    r"(?P<wh>what|which|where|how\s+many|how\s+much|when|who)\s+(?P<subject>.+?)\s+(?P<verb>is|are|was|were)"
    r"(?:\s+again)?\s*[?.!]*$", re.IGNORECASE)


_INDIRECT_SAYS = re.compile(r"^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+|kindly\s+)*(?:remind|tell)\s+me\s+(?:again\s+)?"
                            r"(?P<wh>what|which|where|how\s+many|how\s+much|when|who)\s+(?P<rest>.+?)[?.!]*$", re.IGNORECASE)


def direct_question(text: str) -> str:
    match = _INDIRECT_QUESTION.match(text)
    if match:
        return f"{match['wh']} {match['verb']} {match['subject']}?"
    says = _INDIRECT_SAYS.match(text)  # "remind me what the brief says", "tell me which sessions I have"
    if says:
        said = re.fullmatch(r"(?P<subject>.+?)\s+(?:says|said)", says["rest"], re.IGNORECASE)
        if said:
            return f"{says['wh']} does {said['subject']} say?"
        return f"{says['wh']} {says['rest']}?"
    return text


# "session create --name 'Bench Run 7' --kind visual_feed", "generate n=3 prompt='rack' seed=42": a
# request written as command-line options, said the way the planner reads requests.
_OPTION = re.compile(r"(?:^|\s)(?:--(?P<long>[a-z][a-z_-]*)(?:\s*=\s*|\s+)|(?P<short>[a-z][a-z_-]*)=)"
                     r"(?P<value>\ue000\d+\ue001|[^\s\ue000]+)", re.IGNORECASE)
_COMMAND = re.compile(r"^(?P<verb>(?:session\s+(?:create|new)|(?:create|new|start)\s+(?:a\s+)?session|generate|gen|render|make))\b",
                      re.IGNORECASE)


_OPTION_WORDS = {"seed": ", seed {}", "size": ", size {}", "model": ", using the {} model", "neg": ", negative prompt: {}",
                 "negative": ", negative prompt: {}", "negative_prompt": ", negative prompt: {}"}


def _trailing_options(text: str, command: re.Match, found: list[re.Match]) -> str:
    """"generate 3 'wireframe cube' --seed 99": options after the words, as words; an option this
    does not know leaves the text as it was (it then asks rather than run with a flag in the prompt)."""
    if "session" in command.group("verb").lower() or any(m.group("short") for m in found):
        return text
    keys = [m.group("long").lower().replace("-", "_") for m in found]
    if any(key not in _OPTION_WORDS for key in keys) or _OPTION.sub("", text[found[0].start():]).strip():
        return text
    return text[:found[0].start()] + "".join(_OPTION_WORDS[key].format(m.group("value")) for key, m in zip(keys, found))


def options_as_words(text: str) -> str:
    """Options ("--name X", "n=3") as words; a message without them comes back as it was."""
    command = _COMMAND.match(text.strip())
    found = list(_OPTION.finditer(text))
    if not command or not found:
        return text
    between = text[command.end():found[0].start()].strip()
    if between and not re.fullmatch(r"\d{1,4}", between):  # ("gen 2 prompt=… neg=…": the count before the options)
        return _trailing_options(text, command, found)
    options = {(m.group("long") or m.group("short")).lower().replace("-", "_"): m.group("value") for m in found}
    if between and not {"n", "count"} & set(options):
        options["n"] = between
    if _OPTION.sub("", text[found[0].start():]).strip():
        return text  # words between the options: not only options, read as said
    if "session" in command.group("verb").lower():
        words = [f"create a {options.pop('kind', None) or options.pop('type', '')} session".replace("  ", " ")]
        if "name" in options:
            words.append(f"called {options.pop('name')}")
        words += [f", {key} {options.pop(key)}" for key in ("project", "campaign", "folder") if key in options]
        if "brief" in options:
            words.append(f", brief: {options.pop('brief')}")
    else:
        count = options.pop("n", None) or options.pop("count", None)
        prompt = options.pop("prompt", None) or options.pop("p", None)
        if prompt is None:
            return text
        words = [f"generate {count + ' of ' if count else ''}{prompt}"]
        words += [f", seed {options.pop('seed')}"] if "seed" in options else []
        words += [f", size {options.pop('size')}"] if "size" in options else []
        negative = options.pop("negative", None) or options.pop("neg", None) or options.pop("negative_prompt", None)
        words += [f", negative prompt: {negative}"] if negative else []
    return text if options else " ".join(words).replace(" ,", ",")


# "save 3 to a folder called Maybe. Nothing else.": a sentence saying the request is all there is
_NOTHING_ELSE = re.compile(
    r"(?<=[.!])\s*(?:go|go\s+go|thx|ty)[.!]*$|(?<=[.!;,])\s*(?:(?:and|but)\s+)?(?:(?:only\s+(?:that|this)(?:\s+one)?|just\s+(?:that|this)(?:\s+one)?)\s*,?\s*)?"
    r"(?:nothing\s+else|that'?s\s+(?:all|it)|that\s+is\s+all|only\s+(?:that|this)(?:\s+one)?|just\s+(?:that|this)(?:\s+one)?"
    r"|(?:do\s+not|don'?t)\s+(?:change|touch)\s+anything\s+else"
    r"|leave\s+(?:everything(?:\s+else)?|every\s+other\s+\w+|the\s+rest|all\s+the\s+others?)(?:\s+exactly)?\s+as\s+(?:it\s+is|they\s+are))"
    r"(?:\s*,?\s*(?:please|pls|thanks|thank\s+you))?[\s.!]*$", re.IGNORECASE)


# After a comma (or right after the numbers): thanks in Arabic, and why ("like 3 and 17 please, shukran",
# "archive 1 3 5 dont need em", "like also the 5, i forget it") — never a caption's or a name's last words
_THANKS_AND_WHY = re.compile(r"(?:,\s*|(?<=\d)\s+)(?:shukran(?:\s+(?:jazeelan|kteer))?|jazak(?:\s*allah)?(?:\s+khair)?|insh?a'?\s*allah"
                             r"|(?:i\s+)?(?:don'?t|dont|do\s+not)\s+need\s+(?:em|'em|them|those|these|it)(?:\s+any\s*more)?"
                             r"|i\s+forg[oe]t(?:\s+(?:it|that|them|before))?)[\s.!]*$", re.IGNORECASE)


def strip_filler(clause: str) -> str:
    """Drop politeness and connectives around a clause: 'could you please like 2, thanks' → 'like 2'."""
    clause = _NOTHING_ELSE.sub("", _LEADING_FILLER.sub("", clause.strip()))
    return _TRAILING_FILLER.sub("", _THANKS_AND_WHY.sub("", clause)).strip(" ,;:")


def is_transposition(word: str, target: str) -> bool:
    """One swap of neighbouring letters: 'liek' → 'like', 'donwload' → 'download'."""
    if len(word) != len(target) or word == target:
        return False
    diffs = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and word[diffs[0]] == target[diffs[1]] \
        and word[diffs[1]] == target[diffs[0]]


_KEYBOARD_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbour_keys() -> dict[str, frozenset[str]]:
    """Letters that touch on a QWERTY keyboard (a row's key i touches keys i-1 and i of the row below)."""
    touching: dict[str, set[str]] = {ch: set() for row in _KEYBOARD_ROWS for ch in row}
    for r, row in enumerate(_KEYBOARD_ROWS):
        for i, ch in enumerate(row):
            near = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            if r + 1 < len(_KEYBOARD_ROWS):
                below = _KEYBOARD_ROWS[r + 1]
                near += [below[j] for j in (i - 1, i) if 0 <= j < len(below)]
            for other in near:
                touching[ch].add(other)
                touching[other].add(ch)
    return {ch: frozenset(near) for ch, near in touching.items()}


_NEIGHBOUR_KEYS = _neighbour_keys()


# The verbs a one-key slip is read as: short everyday commands only ("mote" is never "more", "redi" never "redo",
# "loom" never "look": a slip of those would put the typo into a prompt).
_SLIP_TARGETS = frozenset({"save", "make", "show", "like", "open", "list", "find", "post", "move", "share"})


def is_neighbour_key_slip(word: str, target: str) -> bool:
    """One letter (never the first) struck on a key next to the right one: 'sace' → 'save', 'mske' → 'make'.

    difflib scores a four-letter word with one wrong letter below any safe cutoff, so this is checked
    on its own; a key that does not touch the right one ('same' for 'save') is no slip.
    """
    if len(word) != len(target) or word == target or target not in _SLIP_TARGETS:
        return False
    diffs = [i for i, (a, b) in enumerate(zip(word, target)) if a != b]
    return len(diffs) == 1 and diffs[0] > 0 and word[diffs[0]] in _NEIGHBOUR_KEYS.get(target[diffs[0]], ())


@lru_cache(maxsize=4096)
def closest_word(word: str, vocabulary: tuple[str, ...], cutoff: float = 0.8) -> str | None:
    """The vocabulary word a typo most likely meant, or None (difflib ratio, one transposition, or one
    letter struck on a neighbouring key).

    ``vocabulary`` is ordered by preference: on a tie the earlier word wins ('lik' → like, not link).
    """
    if len(word) < 3 or len(word) > MAX_FUZZY_WORD or not word.isalpha():
        return None
    for target in vocabulary:
        if is_transposition(word, target) or is_neighbour_key_slip(word, target):
            return target
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    best, best_score = None, cutoff
    for target in vocabulary:
        matcher.set_seq1(target)
        if matcher.real_quick_ratio() < best_score or matcher.quick_ratio() < best_score:
            continue
        score = matcher.ratio()
        if score > best_score or (score == best_score and best is None):
            best, best_score = target, score
    return best
