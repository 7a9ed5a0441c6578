"""Whole-message rewrites, before a message is split into steps: ways people say a request, said the way
the planner reads it ("bal?" → the balance question, "rm session X" → delete it, "keepers are 2 4 7 …").

Each entry is (pattern, replacement) and runs in order on the masked message (quoted text is already a
placeholder, so a quoted name, caption or prompt is never rewritten). Order matters: a later entry sees what
an earlier one wrote. Add a new reading with a comment that quotes the message it is for, and a test in
tests/test_planner_trust.py; keep it off names, captions and prompts (anchor it to the request's own words).
"""

from __future__ import annotations

import re

from agent.planner.numbers import NUMBER

# A message that asks to generate: words in it may be the picture's, never a request's rewording
_ASKS_TO_GENERATE = re.compile(r"\s*(?:please\s+)?(?:gen|generate|make|create|render|draw)\b", re.IGNORECASE)
_DIGITS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")


def _request_words(plainer):
    """A replacement applied only to a request's own words: never in a message that asks to generate, nor after
    a caption or prompt has started ("caption remove the like", "a sign saying i don't like it again")."""
    def replace(match: re.Match) -> str:
        said_before = match.string[:match.start()]
        if _ASKS_TO_GENERATE.match(match.string) or re.search(r"\b(?:caption(?:ed)?|saying|says|prompt|titled)\b", said_before, re.IGNORECASE):
            return match.group(0)
        return match.expand(plainer)
    return replace


# "session count / gen count / balance": each shorthand as the question it stands for
_COUNTED = {"session": "how many sessions do I have?", "sesh": "how many sessions do I have?",
            "gen": "how many images are in this session?", "generation": "how many images are in this session?",
            "image": "how many images are in this session?", "pic": "how many images are in this session?",
            "like": "how many have I liked?", "liked": "how many have I liked?", "folder": "how many folders do I have?",
            "asset": "how many assets are in the library?", "credit": "what is my balance?",
            "balance": "what is my balance?", "credits": "what is my balance?"}
# "rows 1,3,5 ->", "#2, #4 ->": numbered images said before an arrow (an operations manager's shorthand)
_ROWS_ARROW = (r"(?:^|(?<=[:;]\s))(?:(?:rows?|items?|nos?\.?|numbers?|images?|pics?)\s+)?(?P<list>#?\d{1,4}(?:\s*(?:,|-|–|to|and|&)\s*#?\d{1,4})*)"
               r"\s*(?:->|→|=>)\s*")
_COUNT_PART = rf"(?:(?:{'|'.join(k for k in _COUNTED if k not in ('balance', 'credits'))})\s+count|balance|credits)"


MESSAGE_REWRITES = (
    # A Brazilian speaker's "Give more 3 like the number 1": the count first (before the readings of "3 more like …")
    # ("make more 3 bedroom houses" is a picture: only before "like", "of", "with", "but" or the end)
    (re.compile(r"^((?:please\s+)?(?:give|generate|gen|make|do)\s+)?more\s+(\d{1,3})(?=\s+(?:like|of|with|but)\b|[\s.!]*$)", re.IGNORECASE),
     lambda m: f"{m.group(1) or ''}{m.group(2)} more"),
    # "call it Little Lotus, it's for video": the kind, said after the name
    (re.compile(r"^((?:please\s+)?(?:new|start|create|make)\s+(?:a\s+)?)(session\b.*?),\s*(?:it'?s|it\s+is)\s+(?:for\s+|a\s+)?"
                r"(video|audio)(?:\s+session)?[\s.!]*$", re.IGNORECASE), r"\1\3 \2"),
    # Jamaican Patois in the little words: "save 5 an 9 to folder Launch tuh"
    (re.compile(r"(?<=\d)\s+an\s+(?=#?\d)"), " and "),
    (re.compile(r"\s+tuh(?=[\s.!]*$)"), " too"),
    # "…, and please use seed 2024 so I can recreate them with another class later": the seed; why is no picture
    (re.compile(r"(?:,\s*|\s+and\s+|\s+please\s+)(?:and\s+)?(?:please\s+)?(?-i:use|using)\s+(?:a\s+|the\s+)?seed\s+(?:of\s+)?(?=\d)",
                re.IGNORECASE), ", seed "),
    (re.compile(r",?\s+so\s+(?:that\s+)?(?:i|we)\s+can\s+(?:recreate|reuse|use|show|print|compare|share|teach|present|reproduce)\b"
                r"(?:(?!\b(?:and|then)\s+(?:like|save|archive|delete|tag|move|unlike|select|download|rename)\b)[^.!?,])*(?=[.!?]|$)",
                re.IGNORECASE), ""),
    # "Could you please make three more like number 1? It's the children's favourite.": a polite request's
    # question mark, then a sentence of its own
    (re.compile(r"^((?:(?:hi|hello|good\s+\w+)[!.,]?\s+)?(?:could|would|can|will)\s+you\b[^?]*)\?\s+(?=(?-i:[A-Z]))"), r"\1. "),
    # "archive it rather than delete it": the other verb said only to be clear
    (re.compile(r"(\barchive\s+(?:it|them))\s*,?\s+(?:rather\s+than|instead\s+of)\s+(?:delete|deleting|remove|removing|trash|trashing)\s+"
                r"(?:it|them)\b", re.IGNORECASE), _request_words(r"\1")),
    # an executive's and a developer's shorthand: "bal?", "rm session 'Q3 Ads'", "like * except 3", "liked --count"
    (re.compile(r"^bal(?:ance)?\s*\?*$", re.IGNORECASE), "what is my balance?"),
    (re.compile(r"^rm\s+(?=(?:session|sesh)\b)", re.IGNORECASE), "delete "),
    (re.compile(r"^(like|unlike|archive|unarchive|save|select|download)\s+\*(?=\s+(?:except|but)\b|\s*$)", re.IGNORECASE), r"\1 all"),
    (re.compile(r"^liked\s+--count$", re.IGNORECASE), "how many have I liked?"),
    (re.compile(r"^how\s+much(?:\s+have\s+i|\s+i)?\s+spent(?:\s+so\s+far)?\s*\??$", re.IGNORECASE), "what is my balance?"),
    (re.compile(r"^(?:(?:what'?s|what\s+is)\s+(?:the\s+)?)?diff\s+(?=between\b)", re.IGNORECASE), "difference "),
    # a photographer's frames: "star every 10th frame"
    (re.compile(r"^((?:like|star|heart|fav|archive|select|save|unlike|delete)\s+every\s+(?:\d{1,3}(?:st|nd|rd|th)|other|third|fourth|fifth))"
                r"\s+frames?\b", re.IGNORECASE), r"\1 one"),
    # "send 1, 2, 5 and 9 to the client folder 'Client Picks'": saved there
    (re.compile(r"^(?:please\s+)?send\s+(?=(?:#|number\s+)?\d[\d,\sand&#]*\s+to\s+(?:the\s+)?(?:\w+\s+)?folder\b)", re.IGNORECASE), "save "),
    (re.compile(r"\bto\s+the\s+\w+\s+folder\s+(?=\ue000)", re.IGNORECASE), "to folder "),
    # a learner's "change name session Holiday Promo become Tet Promo"
    # (a name with "to" in it would be split at "to" by the rename: left as said, and asked)
    (re.compile(r"^(?:(?:pls|please)\s+)?change\s+(?:the\s+)?name\s+(?:of\s+)?(?:the\s+)?session\s+((?:(?!\bto\b).)+?)\s+(?:become|becomes)\s+",
                re.IGNORECASE), r"rename session \1 to "),
    # A developer's shell: "like 1,3 && save liked -> folder=refs", "gen 3 'x' -> session=Q3 Ads", "switch session=Q3 Ads"
    (re.compile(r"\s+&&\s+"), ", then "),
    (re.compile(r"\s*(?:->|→|=>)?\s*(?<![\w-])folder\s*=\s*(?=\S)", re.IGNORECASE), " to folder "),
    (re.compile(r"^(?P<request>.+?)\s*(?:->|→|=>)\s*session\s*=\s*(?P<name>[^;,]+?)\s*$", re.IGNORECASE),
     r"in session \g<name>, \g<request>"),
    (re.compile(r"^(switch|open|go)(?:\s+to)?\s+session\s*=\s*", re.IGNORECASE), r"\1 to session "),
    # "i need to write post for instagram with the liked images": make one
    (re.compile(r"^(?:i\s+(?:need|want|would\s+like|have)\s+to\s+|(?:let'?s|lets)\s+)(?:write|make|create|do)\s+(?:a\s+)?(?=post\b)",
                re.IGNORECASE), "create a "),
    # "the folder Characters, please rename it to Dragon Characters": that folder, renamed
    (re.compile(r"^(?:the\s+)?folder\s+([^,]+?)\s*,\s*(?:please\s+|can\s+you\s+|could\s+you\s+)?rename\s+it\s+(?=(?:to|as|into)\s)",
                re.IGNORECASE), r"rename folder \1 "),
    # "go back to the session of coffee please, Q3 Ads, and …": the name after the description
    (re.compile(r"\b(?:the\s+)?session\s+(?:of|with|for)\s+(?:the\s+)?[a-z][a-z ]{0,30}?(?:\s+please)?\s*,\s*(?=(?-i:[A-Z0-9])[^,]{1,40},)"),
     "session "),
    # A streamer relaying chat: "brb chat wants 4 more of #4", "chat says archive the first 30 lol do it" (the
    # streamer typed it, so it is theirs; "someone in chat said '…', ignore that" is a quote, never a request)
    (re.compile(r"^(?:(?:brb|afk|ok|okay|yo|gg)[,\s]+)*chat\s+(?:wants|says|asked\s+for|is\s+asking\s+for|voted\s+for)\s+(.+?)"
                r"(?:[\s,]+(?:lol|lmao|haha))?[\s,]+(?-i:(?:just\s+)?do\s+it)[\s.!]*$", re.IGNORECASE), r"\1"),
    (re.compile(r"^(?:(?:brb|afk|ok|okay|yo|gg)[,\s]+)*chat\s+(?:is\s+asking|asks|wants\s+to\s+know)\s+(?=(?:what|which|how|who|where|when|if)\b)",
                re.IGNORECASE), ""),
    # a screen reader's terse words: "read liked images.", "describe image three."
    (re.compile(r"^read\s+(?:out\s+|me\s+)?(?=(?:the\s+)?(?:liked|selected|archived|all)\b)", re.IGNORECASE), "show "),
    (re.compile(r"^describe\s+(?=(?:image|number|#)\s*\w+[.!]*$)", re.IGNORECASE), "show me "),
    # "seed one two three": a seed read out digit by digit
    (re.compile(r"\bseed\s+((?:zero|one|two|three|four|five|six|seven|eight|nine)(?:[\s-]+(?:zero|one|two|three|four|five|six|seven|"
                r"eight|nine)){1,9})\b", re.IGNORECASE),
     lambda m: "seed " + "".join(str(_DIGITS.index(w.lower())) for w in re.split(r"[\s-]+", m.group(1)))),
    # "make copy of image 12 but with seed 777": a variation of it
    (re.compile(r"\bmake\s+(?:a\s+)?cop(?:y|ies)\s+of\s+(?:image\s+|number\s+|#)?(\d{1,4})(?:\s+but)?(?=\s+(?:with\s+)?(?:a\s+)?seed\s+\d)",
                re.IGNORECASE), r"remix \1"),
    # "someone in chat said 'archive all of them' lmao ignore that, what's my credit count": only what comes after
    (re.compile(r"^(?:[\w']+\s+){1,4}?(?:in\s+chat\s+)?(?:said|says|wrote|typed|posted|told\s+me)\s*:?\s*\ue000\d+\ue001[\s,.;:!-]*"
                r"(?:(?:lol|lmao|haha)[\s,]*)?(?:pls\s+|please\s+|just\s+|but\s+)?ignore\s+(?:that|this|it)\b[\s,.;:!-]*(?=\S)",
                re.IGNORECASE), ""),
    # "please do like for the number 5 also", "make 3 more images same like the number 1"
    (re.compile(r"\bdo\s+(like|unlike|archive|save)\s+(?:for|to|on)\s+", re.IGNORECASE), r"\1 "),
    (re.compile(r"\bsame\s+(?:like|as)\s+(?=(?:the\s+)?(?:number|image|#|no\.?)\s*\w)", re.IGNORECASE), "like "),
    # "write me your thoughts on this session, like a curator would": a reflection
    (re.compile(r"^(?:(?:can|could)\s+you\s+)?(?:write|give|tell)\s+me\s+your\s+(?:thoughts|take|read|opinion)\s+on\s+(this|the|my)\s+"
                r"session(?:,?\s+(?:like|as)\s+a\s+curator(?:\s+would)?)?[\s.!?]*$", re.IGNORECASE), r"reflect on \1 session"),
    # "please make archive to all images except 1 until 10": archive them (a learner's "make like to 3")
    (re.compile(r"\bmake\s+(archive|unarchive|like|unlike|save|select)\s+(?:to|of|for|on)\s+(?=all\b|every\b|the\b|#?\d|images?\b|them\b)",
                re.IGNORECASE), r"\1 "),
    (re.compile(r"\b((?:except|images?|from|archive|like|save|unlike|select|numbers?)\s+\d{1,4})\s+until\s+(?=\d)", re.IGNORECASE),
     r"\1 to "),  # "except 1 until 10": a range
    # "the two Characters assets": the assets of that folder (the tool checks the count)
    (re.compile(r"\b((?i:move|tag|untag))\s+the\s+((?:two|three|four|five|six|both|\d{1,3})\s+)?((?-i:[A-Z])[\w'&-]*(?:\s+(?-i:[A-Z])[\w'&-]*){0,3})"
                r"\s+assets\b"), r"\1 the \2assets in folder \3"),
    # "a new session, 'Bestiary Plates', linked to the project Medieval Bestiary": in that project
    (re.compile(r"(\bsession\b[^.;]*?),?\s+(?:linked|attached|connected|belonging)\s+(?:to|with)\s+(?:the\s+)?(?=(?:project|campaign|folder)\s)",
                re.IGNORECASE), r"\1 in "),
    # "go back to Q3 Ads and like there the 1 and 4": there is where the message just went
    (re.compile(r"\b(like|unlike|archive|save|select)\s+there\s+(?=(?:the\s+)?(?:#|number\s+)?\d)", re.IGNORECASE), r"\1 "),
    # a curator's "plates 3, 4 and 6", "plate 2": the images by their numbers
    (re.compile(r"(^|\b(?:the|like|archive|save|unlike|select|delete|remove|from|mark|of|and)\s+)(?-i:plates?)\s+"
                r"(?=(?:#|no\.?\s*|number\s+)?\d)", re.IGNORECASE), r"\1images "),
    # "make 2 more like the 1st one", "… like the number 4 but with red laces", "two more like image nine": variations of it
    (re.compile(r"\b(more(?:\s+(?:images|pictures|pics|ones))?\s+like\s+)(?:the\s+(?:number\s+|image\s+|#|no\.?\s*)?|(?:image|picture|number)\s+)(\d{1,4})(?:st|nd|rd|th)?"
                r"(?:\s+(?:one|image|picture|pic|photo))?\b", re.IGNORECASE), r"\1#\2"),
    (re.compile(r"\b(more\s+like\s+)(?:the\s+)?(?:image|picture|number)\s+(one|two|three|four|five|six|seven|eight|nine|ten)\b", re.IGNORECASE),
     lambda m: f"{m.group(1)}#{_DIGITS.index(m.group(2).lower()) if m.group(2).lower() != 'ten' else 10}"),
    # "make 5 more but sunset not dawn": one word for another
    (re.compile(r"^((?:(?:please\s+)?(?:make|generate|gen|do|create|render)\s+)?\w+\s+more\b[^,]*?\bbut\s+)(?:at\s+|in\s+)?([a-z]+(?:\s+[a-z]+)?)"
                r"\s+not\s+(?:at\s+|in\s+)?([a-z]+(?:\s+[a-z]+)?)\s*[.!]*$", re.IGNORECASE), r"\1\2 instead of \3"),
    # "can you like also the number 5": also like it
    (re.compile(r"\b(like|unlike|save|archive|select)\s+also\s+(?=(?:the\s+)?(?:#|no\.?\s*|number\s+)?\d)", re.IGNORECASE), r"also \1 "),
    # "save 1, 2 and 3 to a new folder, Fog": the folder's name after the comma
    (re.compile(r"\b(?:a\s+)?new\s+folder\s*[,:]\s*(?=\ue000|(?-i:[A-Z])(?!(?:then|and|also|after|but)\b)(?i:[a-z])"
                r"(?![^,.;]*\b(?:will|would|is|are|can|should|may|might|'ll|has|have)\b))", re.IGNORECASE), "folder "),
    # "what's the prompt for number 1?": of it
    (re.compile(r"\b(prompt|seed|model|size|provenance)\s+for\s+(?=(?:number\s+|#|image\s+|no\.?\s*)\d)", re.IGNORECASE), r"\1 of "),
    # "what's in Q3 Ads again?": asked again, the same question
    (re.compile(r"^((?:[\w']+(?:\s+on)?\s*,\s*)?(?:what'?s|what\s+is|what\s+was|which|how\s+many)\b[^?.!,]*?)\s+again(?=\s*\?*\s*$)",
                re.IGNORECASE), r"\1"),
    # "With respect to the session named 'Q3 Ads', please archive 2": in that session
    (re.compile(r"^(?:with\s+(?:respect|regard)\s+to|regarding|concerning|as\s+(?:for|regards))\s+(?=(?:the\s+)?(?:session|sesh)\b)",
                re.IGNORECASE), "in "),
    # "the session currently titled 'Holiday Promo'": its name now, which is its name
    (re.compile(r"\b((?:session|folder|project)\s+)(?:currently|presently|now)\s+(?=(?:titled|named|called)\b)", re.IGNORECASE), r"\1"),
    # "Please like that image.", "like the second of those two images": the image(s) just named or made
    (re.compile(r"^((?:please\s+)?(?:then\s+)?(?:like|unlike|archive|unarchive|save|select|deselect|download|remix)\s+(?:that|this))\s+"
                r"(?:image|picture|pic|photo|render)\b", re.IGNORECASE), r"\1 one"),
    (re.compile(r"\bof\s+(?:those|these)\s+(?:two|three|four|five|\d{1,2})\s+(?:new\s+)?(?:images|pictures|pics|ones|photos)\b", re.IGNORECASE),
     "of them"),
    # "make 2 more like fourth": like #4
    (re.compile(r"(\bmore\s+(?:(?:images?|pics?|pictures?|ones?)\s+)?like\s+)(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)"
                r"(?:\s+(?:one|image|picture|pic))?\b", re.IGNORECASE),
     lambda m: m.group(1) + "#" + str(("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                                        "tenth").index(m.group(2).lower()) + 1)),
    # a paralegal's "five (5) additional images … therein, at a size of 1024x1024": one number, in the current session
    (re.compile(r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred)"
                r"\s+\((\d{1,4})\)", re.IGNORECASE), r"\1"),
    (re.compile(r"\b(\d{1,4})\s+(?:additional|further|extra)\s+(?=(?:images?|pictures?|pics?|photos?|renders?)\b)", re.IGNORECASE), r"\1 more "),
    (re.compile(r"^((?:please\s+)?(?:generate|make|create|produce|render)\b[^.]*?)\s+(?:therein|in\s+the\s+current\s+session|in\s+this\s+session)"
                r"(?=\s*(?:[,.!]|using\b|with\b|$))", re.IGNORECASE), r"\1"),
    (re.compile(r"\b(?:using|with)\s+the\s+(?:identical|exact\s+same|very\s+same)\s+prompt\b", re.IGNORECASE), "same prompt"),
    (re.compile(r"\b(?:at\s+)?(?:a\s+)?size\s+of\s+(?=\d{2,5}\s*[x×]\s*\d{2,5})", re.IGNORECASE), "at "),
    # "…, and please note that the images are not to be used commercially.": a note, no request
    (re.compile(r",?\s+(?:and\s+)?(?:please\s+)?(?:note|be\s+advised)\s+that\s+(?![^.]*\b(?:generate|make|like|save|archive|delete|post|tag|move|"
                r"download|rename)\b)[^.\ue000]*[.!]?\s*$", re.IGNORECASE), ""),
    # what a formal request says before it: "In accordance with our guidelines, …", "Upon reflection, …"
    (re.compile(r"^(?:in\s+accordance\s+with|as\s+per|per|following|in\s+line\s+with)\s+(?:our|the|my|their)\s+[^,\d\ue000]{3,60},\s*(?=[a-z])",
                re.IGNORECASE), ""),
    (re.compile(r"^(?:(?:thank\s+you|thanks)[^.!]{0,40}[.!]\s+)?(?:upon|on)\s+(?:further\s+)?reflection\s*,\s*", re.IGNORECASE), ""),
    (re.compile(r"^before\s+(?:i|we)\s+(?:commit|spend|start|proceed|go\s+ahead|begin|decide)\b[^,.:;?\d\ue000]{0,50},\s*(?=\S)", re.IGNORECASE), ""),
    # 'With respect to the "Q3 Ads" session, which I understand to be …, I would be obliged if you would …': in that session
    (re.compile(r"^(?:with\s+(?:respect|regard)\s+to|regarding|concerning|as\s+for|as\s+regards)\s+(?:the\s+)?"
                r"(?P<s>\ue000\d+\ue001(?:\s+session)?|[^,\ue000]{1,40}?\s+session)\s*,\s*(?:which|that)\s+[^,\ue000]{3,80},\s*", re.IGNORECASE),
     r"in \g<s>, "),
    (re.compile(r"^(?:with\s+(?:respect|regard)\s+to|regarding|concerning|as\s+for|as\s+regards)\s+(?:the\s+)?"
                r"(?P<s>\ue000\d+\ue001(?:\s+session)?|[^,\ue000]{1,40}?\s+session)\s*,\s*", re.IGNORECASE), r"in \g<s>, "),
    # "the prompt, seed and model that produced image number 2": of that image
    (re.compile(r"\b(?:that|which)\s+(?:produced|made|generated|created|yielded)\s+(?=(?:the\s+)?(?:image|picture|pic|number|frame|#)\s*#?\s*"
                r"(?:number\s+)?\d)", re.IGNORECASE), "of "),
    # "prepare a LinkedIn post featuring the three favoured images, with the caption: …": a post with the liked ones
    (re.compile(rf"\bthe\s+((?:{NUMBER}\s+)?)(?:favou?red|favou?rite)\s+(images|ones|pictures|pics|photos)\b(?!\s+of\b)", re.IGNORECASE),
     r"the \1liked \2"),
    (re.compile(r"^(?:i\s+(?:would|'d)\s+like\s+to\s+)?(?:prepare|draft|put\s+together|compose)\s+(?=(?:a|an)\s+(?:\w+\s+){0,2}post\b)",
                re.IGNORECASE), "make "),
    (re.compile(r"(\bpost\b[^\ue000]*?)\s+(?:featuring|showing|showcasing|using|containing)\s+(?=the\b|\d|#)", re.IGNORECASE), r"\1 with "),
    # "…, and thereafter create a post … using those same images": then, with them
    (re.compile(r"\s*,?\s*(?:and\s+)?(?:thereafter|subsequently|afterwards|following\s+that)\b\s*,?\s*"
                r"(?=(?:create|make|generate|save|like|archive|post|download|tag|move|rename|delete|add|put|share)\b)", re.IGNORECASE), ", then "),
    (re.compile(r"\b(?:using|with|featuring)\s+(?:those|these|the)\s+same\s+(?:images|pictures|ones|photos)\b", re.IGNORECASE), "with them"),
    # "archive the Q3 Ads session in its entirety": the whole session
    (re.compile(r"\b((?:session|sesh|folder|project))\s+(?:in\s+its\s+entirety|as\s+a\s+whole|wholesale)\b", re.IGNORECASE), r"\1"),
    # "archive every image in this session apart from numbers 1 to 10": this session is the current one anyway
    (re.compile(r"\b(every\s+(?:single\s+)?(?:image|picture|pic|one|generation)|everything|all\s+(?:the\s+)?(?:images|pictures|generations))\s+"
                r"in\s+(?:this|the\s+current|the\s+present)\s+session\b", re.IGNORECASE), r"\1"),
    # "export images 1, 2, 5 and 9 as a zip archive named launch_selects.zip in /tmp": a download there
    (re.compile(r"^(?:export|zip\s+up)\s+(?=.*\bzip\b)", re.IGNORECASE), "download "),
    (re.compile(r"\s+as\s+a\s+zip(?:\s+(?:archive|file))?\s+(?:named|called)\s+([\w.-]+\.zip)\s+(?:in|into|under)\s+((?:~|\.{1,2})?/[^\s,;]*?)"
                r"(?=[.!]?\s*$)", re.IGNORECASE), lambda m: f" to {m.group(2).rstrip('/')}/{m.group(1)}"),
    # "Prior to our site visit, I should like a considered written reflection on this session. Please proceed if …"
    (re.compile(r"^(?:prior\s+to|ahead\s+of|before)\s+(?:our|my|the|their)\s+[^,.:;?\d\ue000]{1,40},\s*(?=i\b|please\b|could\b|can\b|would\b)",
                re.IGNORECASE), ""),
    (re.compile(r"^i\s+(?:should|would|'d)\s+like\s+(?=(?:a|an)\s+(?:[\w-]+\s+){0,3}(?:reflection|critique|write-?up)\b)", re.IGNORECASE),
     "write "),
    (re.compile(r"\b(an?)\s+(?:(?:considered|written|short|brief|thoughtful|detailed|quick|full|proper|careful|formal|little|honest)\s+)+"
                r"(reflection|critique)\b", re.IGNORECASE), r"\1 \2"),
    (re.compile(r"(?<=[.!?])\s+(?:please\s+)?(?:proceed|go\s+ahead)\s+if\s+(?:the\s+)?(?:cost|price)\s+is\s+(?:reasonable|fine|ok(?:ay)?|"
                r"acceptable|low)[.!]*$", re.IGNORECASE), ""),
    # "make 3 more of the dragon but its flying": the last request, changed
    (re.compile(r"(\bmore(?:\s+of\s+(?:the|that|this|those|these)\s+\w+(?:\s+\w+)?)?)\s+but\s+(?:it'?s|its|they'?re|theyre|it\s+is|they\s+are)\s+"
                r"(?=\w)", re.IGNORECASE), r"\1 but make them "),
    # "what's my credit count": the balance, never a session named "credit"
    (re.compile(r"^(?:(?:what'?s|what\s+is|how\s+is)\s+)?(?:my|the)?\s*credits?\s+(?:count|total|situation|status)\s*\??$", re.IGNORECASE),
     "what is my balance?"),
    # "session count / gen count / balance": three questions
    (re.compile(rf"^{_COUNT_PART}(?:\s*[/|]\s*{_COUNT_PART})+[\s?]*$", re.IGNORECASE),
     lambda m: " ".join(_COUNTED[part.split()[0].lower()] for part in re.split(r"[/|]", m.group(0).strip(" ?")))),
    # a Slack ops lead's shorthand: ":rocket: new session …", "+4 more", "ls sessions", "mv 4,5 from A → B"
    (re.compile(r"^(?::[a-z0-9_+-]{2,30}:\s*)+(?=[a-z])(?!like\b)", re.IGNORECASE), ""),
    (re.compile(r"^\+\s*(\d{1,3})\s+more\b", re.IGNORECASE), r"\1 more"),
    (re.compile(r"^ls\s+(?=(?:sessions|folders|projects|tags|posts|assets|campaigns|liked)\b)", re.IGNORECASE), "list "),
    (re.compile(r"^mv\s+(.+?)\s*(?:→|->|=>)\s*(?=\S)", re.IGNORECASE), r"move \1 to "),
    (re.compile(r"^mv\s+", re.IGNORECASE), "move "),
    # "tag Characters assets: approved ✅": the assets in that folder, with that tag
    (re.compile(r"^tag\s+(?:the\s+)?(?!(?:the|all|every|new|my|our|both|saved|liked|these|those|old|latest)\b)((?-i:[A-Z0-9\ue000])\S*(?:\s+\S+){0,3}?)"
                r"\s+(?:assets|files)\s*:\s*(?=\S)", re.IGNORECASE), r"tag everything in folder \1 with "),
    # 'liked → new post, platform X, caption "…"': a post of the liked ones
    (re.compile(r"^(?:the\s+)?liked(?:\s+ones)?\s*(?:→|->|=>)\s*(?:a\s+)?(?:new\s+)?post\s*,\s*(?:platform\s*:?\s*)?(\S+?)\s*,\s*"
                r"(?=caption\b)", re.IGNORECASE), r"post the liked ones to \1 with "),
    # "pulling more selects: heart 1 and 8 …", "moving on: archive 3": what the person is doing, then the request
    (re.compile(r"^[a-z]+ing\b[^:\d\ue000]{0,40}:\s+(?=(?:like|heart|love|fav|unlike|unheart|archive|kill|save|select|deselect|tag|"
                r"download|remix|generate|gen|make|post)\b)", re.IGNORECASE), ""),
    # "Within that session, please produce …": the session just made
    (re.compile(r"^(?:in|within|inside)\s+(?:this|the\s+same|the\s+new)\s+(?:session|sesh)\s*,\s*", re.IGNORECASE), ""),
    # "how many credits a single image consumes, and how many I presently have": the credits, both times
    (re.compile(r"(\bcredits?\b[^?]*?,?\s+and\s+how\s+many)\s+(?=(?:do\s+|have\s+)?(?:i|we)\b)", re.IGNORECASE), r"\1 credits "),
    # "like 1 in q3 ads and 4 in holiday promo": one change in each of two sessions (two steps)
    (re.compile(r"^(?P<lead>(?:(?:please|pls|ok|okay|and|now)\b[\s,]*)*)(?P<verb>like|unlike|archive|unarchive|select|deselect)\s+"
                r"(?P<a>#?\d{1,4}(?:\s*(?:,|and|&)\s*#?\d{1,4})*)\s+in\s+(?P<first>(?:(?!\band\b)[^,;\ue000])+?)\s+"
                r"and\s+(?P<b>#?\d{1,4}(?:\s*(?:,|&)\s*#?\d{1,4})*)\s+in\s+(?P<second>\S.*)$", re.IGNORECASE),
     r"\g<lead>\g<verb> \g<a> in \g<first>, then \g<verb> \g<b> in \g<second>"),
    # "two further images in the same manner as image number 1", "similar like number 4": like #1
    (re.compile(r"\b(?:(?:in\s+)?the\s+same\s+(?:manner|style|way|vein|look|spirit|setup|mood)\s+(?:as|of)|following\s+the\s+(?:style|look|setup)\s+of|"
                r"in\s+the\s+style\s+of|(?:which|that)\s+(?:is|are)\s+similar\s+(?:to|like)|similar\s+(?:to|like)|just\s+like|same\s+setup\s+as|"
                r"equal(?:\s+to)?|identical\s+to)\s+"
                # (an image, said as one: "the 1", "image 4", "number 5", "#2" — "equal to 3 humans", "the style of 1920" are a picture's)
                r"(?:the\s+(?:(?:image|picture|pic|frame|photo)\s+)?(?:number\s+|no\.?\s*|#\s*)?|(?:image|picture|pic|frame|photo)\s+(?:number\s+|no\.?\s*|#\s*)?"
                r"|number\s+|no\.?\s*|#\s*)(\d{1,4})\b(?!\.\d|[\w%]|\s+(?:humans?|people|years?|times))", re.IGNORECASE), r"like #\1"),
    # 'into folder, the folder name is "Shoes Final"': the folder's name, said after it
    (re.compile(r"\b(in|into|to)\s+(?:a\s+|the\s+|new\s+)*folder\s*,?\s*(?:and\s+)?(?:the\s+|its\s+)?(?:folder(?:'s)?\s+)?name\s+"
                r"(?:is|should\s+be|will\s+be|=|:)\s*:?\s*(?=\S)", re.IGNORECASE), r"\1 folder "),
    # "Please change this session name to …", "change the name of this session to …": a rename
    (re.compile(r"^((?:please\s+|pls\s+|kindly\s+)*)(?:change|update|set|modify)\s+(?:the\s+name\s+of\s+(?:this|the\s+current|my|the)\s+session|"
                r"(?:this|the\s+current|my|the)\s+session(?:'s)?\s+name)\s+(?:to|as|into|:)\s*(?=\S)", re.IGNORECASE),
     r"\1rename this session to "),
    # "Sorry, I want to change my like. Please unlike 4 …": what the next sentence does, announced
    (re.compile(r"^(?:(?:sorry|oops|hmm|ok(?:ay)?|so)[,!.\s]+)*i\s+(?:want|need|would\s+like|'d\s+like|wanna)\s+to\s+(?:change|fix|correct|update|redo)"
                r"\s+(?:my|the|a|some)\s+(?:likes?|picks?|selection|choices?|mind)\s*[.!]\s+(?=\S)", re.IGNORECASE), ""),
    # "wrap Q3 Ads — archive the whole session, it's done": the session named, then what becomes of it
    (re.compile(r"^wrap(?:\s+up)?\s+(?P<name>(?-i:[A-Z0-9\ue000])[^—–:,]*?)\s*(?:—|–|:|\s-)\s*archive\s+(?:the\s+(?:whole\s+)?session|it)\b",
                re.IGNORECASE),
     r"archive the session \g<name>"),
    # "reshoot 2 with the dragon facing camera, 2 variations": variations of 2, that many
    (re.compile(rf"^(?:reshoot|re-shoot|reshot)\s+(#?\d{{1,4}})\s+(with\s+[^,]+?)\s*,\s*({NUMBER})\s+(?:variations|versions|takes|frames|more)[\s.!]*$",
                re.IGNORECASE), r"\3 variations of \1 \2"),
    (re.compile(r"^(?:reshoot|re-shoot)\s+(?=#?\d)", re.IGNORECASE), "remix "),
    # "which model did frame 3 come off?", "heart every 10th frame — 10, 20, 30": a photographer's frames are images
    (re.compile(r"(?<!\bin\s)(?<!\bof\s)(?<!\bon\s)\b(?-i:frame)(s?)\s+(?=#?\d{1,4}\b(?!\s*(?:mm|px|fps|times|x\b|seconds?|secs?|s\b|%)))", re.IGNORECASE), r"image\1 "),
    (re.compile(r"\bevery\s+\d{1,2}(?:st|nd|rd|th)\s+(?:frame|image|one|pic|picture|shot)\s*(?:—|–|:|\s-)\s*(?=#?\d{1,4}\s*,)", re.IGNORECASE), ""),
    # "file this session under project Atlas Rocket Co": linked there
    (re.compile(r"^file\s+(this\s+session|the\s+session\s+\S.*?|it)\s+(?:under|in|into|with)\s+(?=(?:the\s+|a\s+)?(?:project|campaign|folder)\b)",
                re.IGNORECASE), r"put \1 in "),
    # "pull 5 and 9 into the Launch folder with the other two": saved there (the others are there already)
    (re.compile(r"^pull\s+(#?\d[\d,&\s#and]*?)\s+(?:into|to|in)\s+((?:the\s+)?\S.*?\s+folder|folder\s+\S.*?)"
                r"(?:\s+with\s+the\s+other(?:s|\s+(?:ones|two|three|\d+)))?[\s.!]*$", re.IGNORECASE), r"save \1 to \2"),
    # "build an IG carousel from 2 and 3, caption: …": a post of those images
    (re.compile(r"^(?:build|make|create|do|put\s+together|prep)\s+(?:an?\s+|the\s+)?(ig|insta(?:gram)?|linkedin|facebook|fb|tiktok|pinterest|threads)"
                r"\s+(?:carousel|post|story|slideshow)\s+(?:from|with|of|using)\s+", re.IGNORECASE), r"make a \1 post with "),
    # a formal register: "kindly advise how many …", "I would request three images of …", "Upon reflection, …"
    (re.compile(r"\b(?:kindly\s+)?advise(?:\s+(?:me|us))?\s+(?=(?:how|what|which|whether|if)\b)", re.IGNORECASE), "tell me "),
    (re.compile(r"^(?:(?:i|we)\s+(?:would|should|'d)\s+(?:like\s+to\s+)?(?:request|commission|order)|(?:i|we)\s+(?:request|require))\s+"
                rf"(?=(?:{NUMBER}|an?|one|some)\s+(?:new\s+)?(?:images?|pictures?|illustrations?|photos?|renders?)\b)", re.IGNORECASE), "generate "),
    # "retain numbers 2 and 7 as favourites but withdraw my preference for number 4": unlike 4 (2 and 7 stay liked)
    (re.compile(r"^(?:i\s+(?:should|would)\s+like\s+to\s+|please\s+)?(?:retain|keep)\s+(?:numbers?\s+|#)?(\d[\d,\sand#]*?)\s+as\s+(?:my\s+)?"
                r"(?:favou?rites?|liked)\s+(?:but|and)\s+(?:withdraw|remove|take\s+back|drop)\s+(?:my\s+)?(?:preference|like|favou?rite)\s+"
                r"(?:for|from|on)\s+", re.IGNORECASE), r"keep \1, unlike "),
    (re.compile(r"^(?:withdraw|remove|take\s+back)\s+(?:my\s+)?(?:preference|like|favou?rite)\s+(?:for|from|on)\s+(?=(?:numbers?\s+|#)?\d)",
                re.IGNORECASE), "unlike "),
    # 'rename the current session from "Sneaker Drop" to "Youth Athletics Program"': that session, renamed
    (re.compile(r"\brename\s+(?:the\s+current|this|my|the)\s+session\s+from\s+(?=\S)", re.IGNORECASE), "rename the session "),
    # 'a project named X and, once it exists, a session called "Y" within that project': the project just made
    (re.compile(r"\band\s*,?\s+(?:(?:once\s+it\s+exists|then|after\s+that)\s*,?\s*)?(?=a\s+(?:new\s+)?session\s+(?:called|named|titled)\b)",
                re.IGNORECASE), "and then create "),
    (re.compile(r"^(?P<head>.*?\bproject\s+(?:named\s+|called\s+)?(?P<name>\ue000\d+\ue001|(?-i:[A-Z0-9])[\w'&-]*(?:\s+(?-i:[A-Z0-9])[\w'&-]*)*)"
                r"(?P<between>.*?\bsession\s+.*?))\s+(?:in|within|under|inside|into)\s+(?:that|this|the\s+same|the\s+new)\s+project\b",
                re.IGNORECASE), r"\g<head> in the project \g<name>"),
    # 'a folder entitled "Appendix C"': as "called"
    (re.compile(r"\b(folder|project|campaign)\s+(?:entitled|titled|labell?ed)\s+(?=\S)", re.IGNORECASE), r"\1 called "),
    # "make 8 pics of a cold brew …, new session Drinks": the session first, then the pictures in it
    (re.compile(rf"^(?P<req>(?:(?:ok|okay|so|now|please|pls)\s+)*(?:make|generate|gen|create|render)\s+(?:me\s+)?(?:{NUMBER})\s+\S.*?)"
                r",\s*(?:and\s+)?(?:in\s+)?(?:a\s+)?new\s+(?:session|sesh)(?:\s+(?:called\s+|named\s+)?"
                r"(?P<name>\ue000\d+\ue001|(?-i:[A-Z0-9])[^,.;!?\ue000]{0,40}?))?(?:\s+(?:please|pls))?[\s.!]*$", re.IGNORECASE),
     lambda m: f"new session{' ' + m.group('name') if m.group('name') else ''}, then {m.group('req')}"),
    # "new session Lunch Specials, need 6 pics of a poke bowl …": the pictures wanted, a request of its own
    (re.compile(rf"^((?:please\s+)?(?:new|start|create)\b[^,\ue000]*?(?:session|sesh)\b[^,]*),\s+(?:(?:i|we)\s+)?(?:need|want)\s+"
                rf"(?=(?:{NUMBER})\s+(?:pics|images|pictures|photos|shots|frames|renders)\s+of\b)", re.IGNORECASE), r"\1, generate "),
    # "make 2 pics of the water cycle and 2 of a volcano erupting": two requests, each with its count
    (re.compile(rf"^((?:please\s+)?(?:make|generate|gen|create|render|draw)\s+(?:me\s+)?(?:{NUMBER})\s+(?:images?|pics?|pictures?|photos?|renders?|shots?|frames?)"
                rf"\s+of\s+[^,;\ue000]+?)\s+and\s+((?:{NUMBER})\s+(?:more\s+)?(?:(?:images?|pics?|pictures?|photos?|renders?|shots?|frames?)\s+)?of\s+"
                r"(?:a|an|some)\s)", re.IGNORECASE), r"\1, then generate \2"),
    # a Portuguese speaker's English: "eliminate the like of the 4", "I don't like more the 3", "pass the 3 of X to Y",
    # "give a like in all", "faz a reflection", "pode generate 5 images more?", "uau the 5 is perfect!!"
    (re.compile(r"^(?:(?:pode|podes|você\s+pode|voce\s+pode)\s+|(?:uau|nossa|eita|ops)\b[!,.\s]*)", re.IGNORECASE), ""),
    (re.compile(r"^(?:faz|fazer|faça)\s+(?=(?:a|an|the|me)\b)", re.IGNORECASE), "make "),
    (re.compile(r"\?\s+(?=same\s+prompt\b)", re.IGNORECASE), ", "),
    (re.compile(r"\bshow\s+me\s+what\s+(?:stay|stays|remains?|is\s+left|'s\s+left)\b", re.IGNORECASE), "show the images"),
    (re.compile(r"\b(?:eliminate|remove|take\s+(?:off|out|away))\s+(?:the\s+|my\s+)?like\s+(?:of|from|on|in)\s+(?:the\s+)?(?=#?\d)", re.IGNORECASE),
     "unlike "),
    (re.compile(r"^i\s+(?:don'?t|do\s+not)\s+like\s+(?:more|anymore|any\s+more)\s+(?:the\s+)?(\d{1,4})(?:\s*,\s*(?:remove|take\s+off)\s+the\s+like)?",
                re.IGNORECASE), r"unlike \1"),
    (re.compile(r"^pass\s+(?:the\s+)?(#?\d[\d,\sand#]*?)\s+(?:of|from)\s+(.+?)\s+to\s+(?:the\s+session\s+)?(?=\S)", re.IGNORECASE), r"move \1 from \2 to "),
    (re.compile(r"^give\s+(?:a\s+)?like\s+(?:in|to|on)\s+(?=all\b|every)", re.IGNORECASE), "like "),
    (re.compile(r"\b(\d{1,3})\s+(images|pics|pictures|photos)\s+more\b", re.IGNORECASE), r"\1 more \2"),
    (re.compile(r"(?:^|(?<=[.,]\s))can\s+(?=(?:archive|delete|eliminate|remove|like|save|unlike)\b)", re.IGNORECASE), ""),
    # "archive the ones after the 30": all but the first 30
    (re.compile(r"^((?:[\w'\s,]*?[,.!]\s*)?(?:please\s+)?(?:archive|unarchive|like|unlike|select|deselect|save|download|hide)\s+)"
                r"(?:everything|all|the\s+ones|the\s+(?:images|pictures|pics))\s+after\s+(?:the\s+)?(?:#|number\s+)?(\d{1,4})\b"
                r"(?!\s*(?:am|pm|days?))", re.IGNORECASE), r"\1all but the first \2"),
    # "…, and after show me what stay": then
    (re.compile(r",?\s+and\s+after\s+(?=(?:show|tell|list|like|save|archive|make|generate|download|post)\b)", re.IGNORECASE), ", then "),
    # "save 9 to folder Promo Night and 5 to Social": one save to each folder
    (re.compile(r"^(?P<lead>(?:please\s+)?)save\s+(?P<a>#?\d{1,4}(?:\s*(?:,|and|&)\s*#?\d{1,4})*)\s+to\s+(?P<first>(?:(?:the\s+)?folder\s+)?"
                r"(?:(?!\band\b)[^,;\ue000])+?|\ue000\d+\ue001)\s+and\s+(?P<b>#?\d{1,4}(?:\s*(?:,|&)\s*#?\d{1,4})*)\s+to\s+"
                r"(?P<second>\ue000\d+\ue001|(?:(?!\bthen\b)[^,;\ue000])+)$",
                re.IGNORECASE), r"\g<lead>save \g<a> to \g<first>, then save \g<b> to \g<second>"),
    # "For consistency, same as 1 but seed 777", "Let's make page 4: generate …": why, or a label, before the request
    (re.compile(r"^(?:for\s+(?:consistency|reference|the\s+record|safety)|just\s+in\s+case|to\s+be\s+safe)\s*,\s*", re.IGNORECASE), ""),
    (re.compile(r"^let'?s\s+(?:make|do)\s+(?:page|spread|slide|scene|panel)\s+\d{1,3}\s*:\s*(?=\S)", re.IGNORECASE), ""),
    # "… 3 more like it so the dragon stays the same": why, after what to make
    (re.compile(r"(\blike\s+(?:it|that\s+one|this\s+one|#?\d{1,4}))\s+so\s+(?:that\s+)?(?:the|it|they|we|i|my|our)\b[^,;.!?\d\ue000]*(?=[.!?]*\s*$)",
                re.IGNORECASE), r"\1"),
    # "… and put a like also": and like it
    (re.compile(r"\b(?:put|give)\s+(?:it\s+)?a\s+like(?:\s+(?:also|too|as\s+well))?(?=[\s.!]*$)", re.IGNORECASE), "like it too"),
    # "archive everything except the liked ones pls, need to clean up …": courtesy mid-request, then why
    (re.compile(r"(?<=\S)\s+(?:pls|please|plz)\s*,\s+(?=need\b|gotta\b|have\s+to\b)", re.IGNORECASE), ", "),
    (re.compile(r",\s+(?:i\s+)?(?:need|gotta|have)\s+to\s+(?:clean|tidy|clear|sort|free)\s+up\b[^,.\d\ue000]*$", re.IGNORECASE), ""),
    # "archive and unarchive Orchids", "like and save 3": two verbs, one object
    (re.compile(r"^((?:please\s+)?(?:archive|unarchive|like|unlike|select|deselect|save|download))\s+and\s+"
                r"(archive|unarchive|like|unlike|select|deselect|save|download)\s+(\S(?:(?!\bthen\b)[^,;])*)$", re.IGNORECASE), r"\1 \3 and \2 \3"),
    # "first setup: 6 frames, …", "quick test roll — 2 frames of …": a photographer's label before the count
    (re.compile(rf"^(?:(?:first|second|third|next|last|another|new|quick|final)\s+)*(?:setup|roll|test\s+roll|look|set)(?:\s+\d{{1,2}})?"
                rf"\s*(?::|\s[—–-])\s*(?=(?:{NUMBER})\s+(?:frames?|images?|pics?|shots?|photos?|renders?)\b)", re.IGNORECASE), ""),
    # "6 frames, full-length model in a camel trench coat": the count, then what they show
    (re.compile(rf"^((?:generate\s+|gen\s+|shoot\s+|make\s+)?(?:{NUMBER})\s+(?:frames?|images?|pics?|shots?|photos?|renders?))\s*[,:—–]\s*"
                r"(?!(?:of|with|in|at|and|then|please|pls|same|but|move|like|unlike|archive|save|rename|remove|delete|tag|post|download|"
                r"select|open|start|first|after|before)\b)(?=[a-z])", re.IGNORECASE), r"\1 of "),
    # An operations manager's arrows and abbreviations: "rows 1,3,5 -> archive", "#2, #4 -> folder PDP-Hero",
    # "rename session -> SNKR-01", "liked cnt? + cr bal?", "export liked -> zip, name launch.zip"
    (re.compile(rf"{_ROWS_ARROW}(?P<verb>archive|unarchive|like|unlike|select|deselect|delete|download|remix)\b", re.IGNORECASE),
     r"\g<verb> \g<list>"),
    (re.compile(rf"{_ROWS_ARROW}(?:(?:the\s+)?folder|dir)\s+(?=\S)", re.IGNORECASE), r"save \g<list> to folder "),
    (re.compile(r"^(?P<name>(?-i:[A-Z\ue000])[^:;>]{0,40}?)\s+folder\s*(?:->|→|=>|:)\s*add\s+(?P<list>#?\d{1,4}(?:\s*(?:,|-|–|and|&)\s*#?\d{1,4})*)",
                re.IGNORECASE), r"save \g<list> to folder \g<name>"),
    (re.compile(r"^(rename\s+(?:(?!->|→|=>).){1,60}?)\s*(?:->|→|=>)\s*(?=\S)", re.IGNORECASE), r"\1 to "),
    (re.compile(r"^(?:export|dl|download)\s+(?P<which>liked|selected|all)\s*(?:->|→|=>)\s*(?:a\s+)?zip"
                r"(?:\s*[,;]?\s*(?:name(?:d)?|as|file(?:name)?)\s*:?\s*(?P<file>[\w.-]+\.zip))?[\s.!]*$", re.IGNORECASE),
     lambda m: f"download the {'liked ones' if m['which'].lower() == 'liked' else m['which'].lower() + ' ones' if m['which'].lower() == 'selected' else 'images'}"
               + (f" as {m['file']}" if m["file"] else "")),
    (re.compile(r"\bcnt\b(?=\s*(?:\?|\+|$|,))", re.IGNORECASE), "count"),
    # "… pls (for the spreadsheet)": what the answer is for, in brackets (a prompt keeps its own words)
    (re.compile(r"\s*\(for\s+(?:the|my|our|a|an)\s+[^()\d\ue000]{1,30}\)(?=[\s.!?]*$)", re.IGNORECASE),
     lambda m: "" if re.match(r"\s*(?:what|which|how|show|tell|list|seed|prompt|give\s+me|where)\b", m.string, re.IGNORECASE)
     else m.group(0)),
    (re.compile(r"^(seed|prompt)\s*(?:\+|&|and|/)\s*(seed|prompt)\s+(?:for|of)\s+(?=#?\d)", re.IGNORECASE), r"what are the \1 and \2 of "),
    # "gen x6 / prompt: … / neg: … / seed 1001", "gen x2 same prompt as #1, seed 555": the count, then fields
    (re.compile(r"(?:^|(?<=[+,;]\s)|(?<=\band\s)|(?<=\bthen\s))((?:gen|generate|render)\s+)(?:[x×]\s*(\d{1,3})|(\d{1,3})\s*[x×])(?=\s|$)", re.IGNORECASE), r"\1\2\3"),
    (re.compile(r"^(?:gen|generate|make|render)\s+(\d{1,3})\s+(?=(?:with\s+|using\s+)?(?:the\s+)?same\s+prompt\s+(?:as|of)\b)", re.IGNORECASE),
     r"\1 more "),
    (re.compile(r"\s+/\s+(?=(?:prompt|neg|negative(?:\s+prompt)?|caption|model)\s*:|(?:seed|size)\s*:?\s*\d)", re.IGNORECASE),
     lambda m: ", " if re.match(r"\s*(?:gen|generate|make|render)\b", m.string, re.IGNORECASE) else m.group(0)),
    (re.compile(r"^post\s*:\s*(?P<platform>[\w-]+)\s*/\s*(?:assets|images|items|pics)\s*:\s*(?P<items>#?\d{1,4}(?:\s*(?:,|&|and)\s*#?\d{1,4})*)"
                r"\s*/\s*caption\s*:\s*(?=\ue000)", re.IGNORECASE), r"post \g<items> to \g<platform> with caption "),
    (re.compile(r"^(?:cr(?:edits?)?\.?\s+bal|credit\s+bal)\b\.?", re.IGNORECASE), "balance"),
    (re.compile(r"(?<=[?+]\s)(?:cr(?:edits?)?\.?\s+bal|credit\s+bal)\b\.?", re.IGNORECASE), "balance"),
    (re.compile(r"^(liked|like|gen|session|folder|asset)\s+count\s*\?\s*\+\s*(balance)\s*\?*\s*$", re.IGNORECASE),
     lambda m: f"{_COUNTED[m[1].lower()]} {_COUNTED['balance']}"),
    (re.compile(r"^balance\s*\?\s*(?:\+\s*|also\s+)?(?=\S)", re.IGNORECASE), "what is my balance? "),
    # "Q3 Ads: like 1-4", "Holiday Promo: 1,4,5 -> archive": a session named first, then what to do in it
    # (a name of two to four capitalised words or numbers, never a greeting or a label: "Client: like 2" is asked)
    (re.compile(r"^(?!(?:hi|hey|hello|dear|ok|okay|note|update|quick|re|fyi|todo|reminder|request)\b)"
                r"(?P<s>(?-i:[A-Z0-9\ue000])[\w'&\ue000\ue001-]*(?:\s+(?-i:[A-Z0-9\ue000(])[\w'&()\ue000\ue001-]*){1,3})\s*:\s+"
                r"(?=(?:like|unlike|archive|unarchive|select|deselect|save|remix|download|show|list|count)\b)", re.IGNORECASE),
     r"in \g<s>, "),
    (re.compile(r"^bulk\s*:\s*", re.IGNORECASE), ""),
    # An Indonesian speaker's "rename this session become Sepatu Putih"
    (re.compile(r"^((?:please\s+)?rename\s+(?:this\s+|the\s+)?(?:session|sesh|folder)(?:\s+(?!to\b|be\b)\S+){0,4}?)\s+(?:become|becomes)\s+(?=\S)",
                re.IGNORECASE), r"\1 to "),
    # "archive the session Sneaker Drop and create a new one with the name Sneaker Drop 2": a new session
    (re.compile(r"^((?:please\s+)?(?:archive|close|finish|delete|rename)\s+(?:the\s+|this\s+)?(?:session|sesh)\b[^,;]*?\s+(?:and|then|,)\s+(?:then\s+)?)"
                r"(?:create|make|start|open)\s+(?:a\s+)?new\s+one\s+(?:with\s+the\s+name|named|called|titled)\s+",
                re.IGNORECASE), r"\1create a new session called "),
    # An Indonesian speaker: "… number 5 and 6 ya, not so bagus", "new session name Batik Pattern", "wah so many.",
    # "the number 4 I like before by mistake, please unlike", "all the one I like", "from number 1 until 30"
    (re.compile(r"(\d|\bit|\bthem|\bplease)\s+ya\b(?=\s*(?:[,.!]|$))", re.IGNORECASE), r"\1"),
    (re.compile(r"(\d|\bit|\bthem)\s*,\s*(?:not\s+(?:so\s+|too\s+|very\s+)?|kurang\s+)(?:bagus|jelek|cantik|keren)\s*[.!]*$", re.IGNORECASE), r"\1"),
    (re.compile(r"\b((?:make|create|start)\s+(?:a\s+)?new\s+(?:session|sesh))\s+name\s+(?=(?-i:[A-Z\ue000]))", re.IGNORECASE),
     r"\1 named "),
    (re.compile(r"^(?:wah|wow|waduh|aduh|astaga)\b[^.!?\d]{0,30}[.!?]+\s*(?=\S)", re.IGNORECASE), ""),
    (re.compile(r"^(?:sorry,?\s+)?(?:the\s+)?(?:number|#|no\.?)\s*(\d{1,4})\s+(?:i|we)\s+(?:like|liked)\s+(?:it\s+)?(?:before\s+)?by\s+mistake\s*[,.]?\s*"
                r"(?:please\s+)?unlike(?:\s+it)?[\s.!]*$", re.IGNORECASE), r"unlike \1"),
    (re.compile(r"^((?:please\s+)?(?:download|save|archive|unlike|select|export|show|list)\s+)(?:all\s+the\s+ones?|the\s+ones)\s+(?:that\s+)?(?:i|we)\s+"
                r"(?:like|liked|love|loved)\b(?!\s+(?:more|better|best|less|most))", re.IGNORECASE), r"\1the liked ones"),
    (re.compile(r",\s*(?:i|we)\s+(?:want|wanna|need)\s+(?:to\s+)?start\s+(?:again|over|fresh|from\s+zero)\b[^\d\ue000]*$", re.IGNORECASE), ""),
    # A Swedish speaker: "I would like to have the picture number 4 in the folder Fika Ads"
    (re.compile(r"^(?:i\s+would\s+like\s+to|i'?d\s+like\s+to|i\s+want\s+to)\s+have\s+(?:the\s+)?(?:pictures?|images?|pics?)\s+(?:numbers?\s+)?"
                r"(#?\d{1,4}(?:\s*(?:,|and|&)\s*#?\d{1,4})*)\s+in\s+(?:the\s+)?folder\s+"
                r"(?=(?-i:[A-Z0-9\ue000])[\w'&\ue000\ue001-]*(?:\s+(?-i:[A-Z0-9])[\w'&-]*){0,3}[\s.!]*$)", re.IGNORECASE), r"save \1 to folder "),
    (re.compile(r"^(?:sorry,?\s+)?i\s+(?:wrote|typed|said)\s+(?:it\s+)?(?:wrong|wrongly|the\s+wrong\s+(?:one|number))(?:\s+before)?\s*[.!,]\s*", re.IGNORECASE), ""),
    # A careful person's framing: "Before you archive anything — which of these are not liked?", "… — only the one session"
    (re.compile(r"^before\s+(?:you|i|we)\s+(?:archive|delete|change|do|touch)\s+anything\s*[—–,:-]+\s*", re.IGNORECASE), ""),
    (re.compile(r"\s*[—–-]+\s*only\s+(?:the\s+)?one\s+(?:session|folder|post),?(?:\s+please)?[.!]*$", re.IGNORECASE), ""),
    (re.compile(r"^((?:please\s+)?(?:unlike|archive)\s+#?\d[^,;]*?)\s+but\s+keep\s+(?:them|it)\s+in\s+(?:the\s+)?(?:[\w'-]+\s+){0,3}folder[.!]*$"
                r"|^((?:please\s+)?(?:unlike|archive)\s+#?\d[^,;]*?)\s+but\s+keep\s+(?:them|it)\s+in\s+(?:the\s+)?folder\s+\S+[.!]*$", re.IGNORECASE),
     lambda m: m.group(1) or m.group(2)),
    (re.compile(r"^(how\s+many\s+(?:pics|pictures|images|generations)\s+(?:are\s+)?in\s+(?:this|the)\s+(?:session|sesh))\s*,?\s+and\s+how\s+many\s+"
                r"(?:are\s+|were\s+|(?:i|we)\s+(?:have\s+)?)(?:liked|like)\s*\??$", re.IGNORECASE), r"\1?"),
    # ("Not really my project, but can you …": about the person only; "Not this session, but can you archive it" is asked)
    (re.compile(r"^not\s+(?:really\s+)?my\s+(?:project|job|call|area|thing|department|decision|field)\s*,\s*but\s+(?=(?:can|could|would|will)\s+(?:you|u)\b)",
                re.IGNORECASE), ""),
    # "what would happen if I generate 150 images?", "does generating 4 images at 2048x2048 cost anything?": the price
    # tool's answer (its rate card, size and limit), never a guess
    (re.compile(r"^(?:(?:before\s+i\s+start|just\s+checking|quick\s+question)\s*[,:—–-]?\s*)?(?:what\s+(?:would|will)\s+happen\s+if\s+(?:i|we)|"
                r"is\s+it\s+(?:safe|ok(?:ay)?)\s+to|does|do\s+(?:i|we)\s+pay\s+(?:for|to))\s+(?:generat\w*|mak\w*|render\w*)\s+"
                r"(?P<what>\d{1,6}\s+(?:images?|pictures?|pics?|photos?)\b(?:(?!\b(?:and|then)\b)[^?,;])*?)(?:\s+cost\s+anything)?\s*\?*$", re.IGNORECASE),
     r"how much would \g<what> cost?"),
    # A Ghanaian speaker: "Chale the 4th one, I don't like it again, remove the like please", "Ei, undo that last thing you did"
    (re.compile(r"\bi\s+(?:don'?t|do\s+not)\s+like\s+(it|them)\s+again\b", re.IGNORECASE), _request_words(r"I don't like \1 anymore")),
    (re.compile(r"\bremove\s+the\s+(?:like|heart)(?=\s*(?:please|pls)?[\s.!]*$)", re.IGNORECASE), _request_words("unlike it")),
    (re.compile(r"\bundo\s+(?:that|the)\s+last\s+thing\s+you\s+(?:just\s+)?did\b", re.IGNORECASE), "undo that"),
    (re.compile(r"^((?:please\s+|kindly\s+)?(?:make|create)\s+a\s+post\s+with\s+)the\s+(two|three|four|five|\d{1,2})\s+(?:ones\s+)?(?:i|we)\s+"
                r"(?:liked|loved|hearted)\b", re.IGNORECASE), r"\1the \2 liked ones"),
    # A pet-salon owner texting between clients: "omg sorry wrong account lol.", "unlike 7 pls, client didnt like it",
    # "do i have any credits left b4 i do more", "swap the like from 3 to 4", "save the liked ones to a folder, call it X"
    (re.compile(r"^(?:omg\s+|oops\s+|ugh\s+)?(?:sorry\s+)?wrong\s+(?:account|tab|chat|window|thread)(?:\s+lol)?\s*[.!]+\s*(?=\S)", re.IGNORECASE), ""),
    # (only after taking something away: "like 4, the boss didn't like it" contradicts itself and is asked)
    (re.compile(r"^((?:please\s+)?(?:unlike|archive|remove|hide)\b[^,]*?),\s*(?:the\s+)?(?:client|customer|owner|boss)\s+(?:didnt|didn'?t|doesnt|doesn'?t|does\s+not|did\s+not)\s+"
                r"(?:like|want|love)\s+(?:it|them|that|those)\s*[.!]*$", re.IGNORECASE), r"\1"),
    (re.compile(r"\s+(?:b4|before)\s+(?:i|we)\s+(?:do|make|generate|gen)\s+(?:more|any\s+more|anything|some\s+more)\s*\??$", re.IGNORECASE),
     lambda m: "?" if re.match(r"\s*(?:hey\s+)?(?:do|how|what|whats|what's|wats)\b", m.string, re.IGNORECASE) else m.group(0)),
    (re.compile(r"^(?:swap|move|switch|shift)\s+(?:the|my)\s+(?:like|heart)\s+from\s+(#?\d{1,4})\s+to\s+(#?\d{1,4})[\s.!]*$", re.IGNORECASE),
     r"unlike \1 and like \2"),
    (re.compile(r"\bto\s+a\s+(?:new\s+)?folder\s*,\s*(?:call|name)\s+it\s+(?=(?-i:[A-Z0-9\ue000]))", re.IGNORECASE), "to a new folder called "),
    (re.compile(r"^(?:please\s+)?(?:generate|gen|make)\s+(\d{1,3})\s+(?:more\s+)?with\s+(?:a\s+|the\s+)?seed\s+(\d{1,20})\s+and\s+(?:the\s+)?same\s+prompt"
                r"[\s.!]*$", re.IGNORECASE), r"\1 more with the same prompt, seed \2"),
    # A retired engineer's formal register: "three (3) further images", "report the number of assets currently held in
    # the folder named Characters", "remove the 'liked' designation from images 2 and 7"
    (re.compile(r"^((?:please\s+)?(?:generate|make|create|render)\s+)(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\s*\((\d{1,3})\)"
                r"(?=\s+(?:further\s+|more\s+|new\s+|additional\s+)?(?:images?|pictures?|generations?|renders?)\b)", re.IGNORECASE), r"\1\2"),
    (re.compile(r"(?<=\d\s)further\s+(?=(?:images?|pictures?|generations?|renders?)\b)", re.IGNORECASE), "more "),
    (re.compile(r"^(?:please\s+)?(?:report|state|provide)\s+the\s+(?:total\s+)?number\s+of\s+", re.IGNORECASE), "how many "),
    (re.compile(r"\s+(?:currently\s+)?(?:held|stored|contained|kept)\s+(?=in\s+(?:the\s+)?folder\b)", re.IGNORECASE),
     lambda m: " are " if re.match(r"\s*how\s+many\b", m.string, re.IGNORECASE) else m.group(0)),
    (re.compile(r"\bfolder\s+(?:named|called|titled)\s+(?=\S)", re.IGNORECASE),
     lambda m: "folder " if re.match(r"\s*(?:how\s+many|what|which|show|list|count)\b", m.string, re.IGNORECASE) else m.group(0)),
    (re.compile(r"\bremove\s+the\s+(?:like|liked|favou?rite)\s+(?:designation|status|mark|flag)\s+from\s+", re.IGNORECASE), "unlike "),
    (re.compile(r"(\bof\s+that\s+session)\s+only\b", re.IGNORECASE), _request_words(r"\1")),
    # A Brazilian speaker: "Give more 3 like the number 1", "put like on it", "legenda:", "and to archive the 2",
    # "put in archive the 10", "Make the same of the number 2 but with seed 77"
    (re.compile(r"\b(?:put|give)\s+(?:a\s+)?like\s+(?:on|to|in)\s+(it|them|#?\d{1,4})\b", re.IGNORECASE), r"like \1"),
    (re.compile(r"\blegenda\s*:", re.IGNORECASE), "caption:"),
    # (only after numbers said to a request: "a hacker trying to hide and to delete the files" is a picture)
    (re.compile(r"(?<=\d),?\s+and\s+to\s+(?=(?:archive|like|unlike|save|select)\b)", re.IGNORECASE), _request_words(", and ")),
    (re.compile(r"\bput\s+in(?:to)?\s+(?:the\s+)?archive\s+(?=(?:the\s+)?#?\d)", re.IGNORECASE), "archive "),
    (re.compile(r"^make\s+the\s+same\s+(?:of|as)\s+(?:the\s+)?(?:(?:number\s+|#|image\s+)(\d{1,4})\b|(\d{1,4})(?=\s*(?:,|but\b|with\b|$)))", re.IGNORECASE),
     lambda m: f"1 more with the same prompt as #{m.group(1) or m.group(2)}"),
    (re.compile(r"\bwhat\s+(?:have|has|is|are)\s+inside\s+(?:the\s+)?folder\s+", re.IGNORECASE), "what is in folder "),
    (re.compile(r"^(?:can|could)\s+you\s+to\s+(?=tell|show|make|like|archive|save|give)", re.IGNORECASE), "can you "),
    (re.compile(r"^((?:please\s+|kindly\s+)?(?:make|create|write)\s+a\s+post\s+)for\s+the\s+(instagram|facebook|tiktok|linkedin|pinterest|twitter|threads)\b",
                re.IGNORECASE), r"\1for \2"),
    (re.compile(r"^give\s+(?:me\s+|us\s+)?(?=\d{1,3}\s+more\b)", re.IGNORECASE), ""),
    (re.compile(r",\s*i\s+(?:don'?t|do\s+not)\s+(?:really\s+)?(?:like|love|want)\s+(?:it|that\s+one|this\s+one)\s+(?:anymore|any\s+more|no\s+more)\s*,\s*"
                r"(?=(?:please\s+)?(?:unlike|archive|remove|delete)\b)", re.IGNORECASE), ", "),
    (re.compile(r"^(?:hey\s+)?(?:do|have)\s+(?:i|we)\s+(?:have|got)\s+(?:any\s+)?credits?\s+left\s*\??$", re.IGNORECASE), "what is my balance?"),
    # A Kenyan speaker's Swahili, in a request's own words only: "like 1 na 3 pia" (and, too), "save 5 kwa folder
    # Characters" (to), "hii session" (this), "inaitwa" (called), "folder mpya" (a new folder), "tafadhali" (please)
    (re.compile(r"^(?:niaje|manze|eish|sasa|mambo)\s*[,!.]+\s*", re.IGNORECASE), ""),
    (re.compile(r"(?<=\d)\s+na\s+(?=#?\d)", re.IGNORECASE),
     lambda m: " and " if re.match(r"\s*(?:like|unlike|archive|unarchive|save|select|deselect|download)\b", m.string, re.IGNORECASE) else m.group(0)),
    # (only after the numbers of a change: "new session Pia", "… to folder Characters pia" keep it, the latter asked below)
    (re.compile(r"(?<=\d)\s+pia(?=[\s.!]*$)", re.IGNORECASE), " too"),
    (re.compile(r"^((?:please\s+)?save\s+#?\d[\d,\s&#]*(?:and\s+#?\d{1,4})?)\s+kwa\s+(?!.*\bpia[\s.!]*$)", re.IGNORECASE), r"\1 to "),
    (re.compile(r"\b(?:a\s+)?folder\s+mpya\s+(?:inaitwa\s+)?", re.IGNORECASE), _request_words("a new folder called ")),
    (re.compile(r"\bhii\s+(session|sesh)\b", re.IGNORECASE), _request_words(r"this \1")),
    (re.compile(r"\b(session|sesh)\s+ya\s+(?=(?-i:[A-Z]))", re.IGNORECASE), _request_words(r"\1 ")),
    (re.compile(r"^(rename\s+this\s+(?:session|sesh))\s+(?:iwe|kuwa)\s+(?=\S)", re.IGNORECASE), r"\1 to "),
    (re.compile(r"\b(session|sesh)\s+inaitwa\s+", re.IGNORECASE), _request_words(r"\1 called ")),
    (re.compile(r"\s*,?\s+tafadhali(?=[\s.!?]*$)", re.IGNORECASE), _request_words("")),
    (re.compile(r"(?<=\d)\s+bana(?=\s*,)", re.IGNORECASE), ""),
    # A Kenyan speaker's Swahili: "picha 4 za …" (4 pictures of), "3 more lakini seed 42" (but)
    (re.compile(r"\bpicha\s+(\d{1,3})\s+za\s+", re.IGNORECASE), r"\1 pictures of "),
    (re.compile(r"\s+lakini\s+(?=seed\b|with\b|without\b|make\b|more\b|in\b|at\b)", re.IGNORECASE), " but "),
    # A Greek speaker: "Make archive the 1, 4 and 5", "3 more from the number 2", "variations from the 1", ";" as "?"
    (re.compile(r"^(?:please\s+)?make\s+(archive|unarchive|like|unlike)\s+(?=(?:the\s+)?#?\d)", re.IGNORECASE), r"\1 "),
    (re.compile(r"\b(\d{1,3}\s+more)\s+from\s+(?:the\s+)?(?:number\s+|#|image\s+)?(\d{1,4})\b", re.IGNORECASE), r"\1 like #\2"),
    (re.compile(r"\b(variations?|versions?|variants?|remixes)\s+from\s+(?:the\s+)?(?:number\s+|#|image\s+)?(\d{1,4})\b", re.IGNORECASE), r"\1 of #\2"),
    (re.compile(r"(?<=\w)\s*;\s*$"), "?"),
    # 'rename this session to "Meeples then Dice" (it's the game's working title)': why, after the quoted name
    (re.compile(r"(\ue000\d+\ue001)\s*\((?:it'?s|it\s+is|this\s+is|that'?s|for)\b[^()\ue000]*\)\s*[.!]*$", re.IGNORECASE), r"\1"),
    # Lowercase shorthand: "lk 1 n 8", "wats my credits"
    (re.compile(r"^lk\s+(?=#?\d)", re.IGNORECASE), "like "),
    (re.compile(r"(?<=\d)\s+n\s+(?=#?\d)"), " and "),
    (re.compile(r"^wats\b", re.IGNORECASE), "what's"),
    # A Mandarin speaker's word order: the topic first ("Number 70 please like", "the 3, 5, 6 put archive"),
    # "I am now in which session?", "Launch folder inside have how many picture", "make 3 and 5 also become liked"
    (re.compile(r"^(?:the\s+)?(?:(?:number|no\.?|#)\s*)?(?P<list>\d{1,4}(?:\s*(?:,|and|&)\s*(?:(?:number|no\.?|#)\s*)?\d{1,4})*)\s*,?\s+"
                r"(?:please\s+|pls\s+)?(?:put\s+|do\s+|give\s+)?(?P<verb>like|unlike|archive|unarchive|select)(?:\s+(?:it|them))?(?=[\s.!]*(?:$|thank|thanks))",
                re.IGNORECASE), r"\g<verb> \g<list>"),
    (re.compile(r"^(?:i\s+want\s+(?:to\s+)?)?(?:make|let|set)\s+(?P<items>(?:(?:the\s+)?(?:number|no\.?|#)\s*)?\d{1,4}(?:\s*(?:,|and|&)\s*"
                r"(?:(?:the\s+)?(?:number|no\.?|#)\s*)?\d{1,4})*)\s+(?:also\s+|too\s+)?(?:become|becomes|be|get|to\s+be)\s+(?P<state>liked|archived|selected)"
                r"(?:\s+(?:also|too))?(?=[\s.!]*$)", re.IGNORECASE),
     lambda m: f"{m['state'][:-1] if m['state'].lower() != 'liked' else 'like'} {m['items']}"),
    (re.compile(r"^(?:i|we)\s+(?:am|are)\s+(?:now\s+)?in\s+which\s+(?:session|sesh)(?:\s+now)?\s*\?*$", re.IGNORECASE), "which session am I in?"),
    (re.compile(r"^(?:i|we)\s+(?:now\s+)?have\s+how\s+many\s+(?P<what>sessions?|credits?|images?|pictures?|folders?)(?:\s+now)?\s*\?", re.IGNORECASE),
     lambda m: "what is my balance?" if m["what"].lower().startswith("credit") else f"how many {m['what'].rstrip('s')}s do I have?"),
    (re.compile(r"^(?P<where>(?-i:[A-Z\ue000])[^?]{0,40}?\s+folder)\s+(?:inside\s+|in\s+it\s+)?(?:have|has)\s+how\s+many\s+"
                r"(?:pictures?|images?|pics?|photos?|things?|items?)\s*\??$", re.IGNORECASE), r"how many images are in the \g<where>?"),
    (re.compile(r"\b(?:i|we)\s+not\s+(like|liked|want|wanted)\b", re.IGNORECASE), r"I didn't \1"),
    (re.compile(r"(?<=\?)\s*and\s+(?:the\s+|my\s+)?credits?\s*\?+$", re.IGNORECASE), " And what is my balance?"),
    (re.compile(r"\bcancel\s+(?:the|my)\s+(?:like|heart)\b", re.IGNORECASE), "unlike it"),
    (re.compile(r"\bput\s+(?:in(?:to)?\s+)?(?:the\s+)?archive\b(?=[\s.!]*(?:$|thank))", re.IGNORECASE), "archive"),
    # Australian verbs: "chuck a like on em", "chuck us a new session", "whip up 5 pics", "flick the Q3 Ads sesh
    # into the archive", "jump over to Q3 Ads", "chuck 4 more … in there", "unlike it mate", "… golden hour? Ta"
    (re.compile(r"^(?:flick|chuck|shove|bung)\s+(?P<what>.+?)\s+(?:in(?:to)?\s+the\s+archive|in\s+the\s+bin)\b", re.IGNORECASE),
     r"archive \g<what>"),
    (re.compile(r"\b(?:chuck|throw|slap|whack)\s+a\s+(?:like|heart)\s+on\s+(?=em\b|them\b|it\b|those\b|these\b|#?\d|number\b)",
                re.IGNORECASE), "like "),
    (re.compile(r"(?:^|(?<=[.!]\s))(?:chuck|whip|knock)\s+(?:us|me)\s+(?:up\s+)?(?=(?:a|an|some|\d{1,3}|one|two|three|four|five|six|"
                r"seven|eight|nine|ten)\b)", re.IGNORECASE), "make me "),
    (re.compile(r"(?:^|(?<=[.!]\s))(?:chuck|whip|knock)\s+(?:together|up)\s+(?=(?:a|an|some|\d{1,3}|one|two|three|four|five|six|"
                r"seven|eight|nine|ten)\b)", re.IGNORECASE), "make "),
    (re.compile(r"(?:^|(?<=[,.!]\s)|(?<=\band\s)|(?<=\bya\s)|(?<=\byou\s))(?:chuck|whip\s+up|knock\s+out|bang\s+out)\s+"
                r"(?!.*\b(?:archive|bin)\b)(?=\d{1,3}\s+(?:more\b|pics?\b|pictures?\b|images?\b|photos?\b|shots?\b|renders?\b|of\b))", re.IGNORECASE), "generate "),
    (re.compile(r"^give\s+it\s+a\s+(?:burl|go|crack)\s*[-—–:,!]+\s*", re.IGNORECASE), ""),
    # "a post for Insta with 1, 2 and 5 - caption 'Arvo sorted'": the caption after a dash
    (re.compile(r"\s+[-—–]+\s+(?=caption(?:ed)?\s*:?\s*\ue000)", re.IGNORECASE), ", "),
    (re.compile(r"^(?:heaps|lots|loads|plenty|tons)\s+of\s+(?:good|great|nice|decent|solid|ripper)\s+(?:ones|images|pics|shots)"
                r"(?:\s+(?:in\s+)?here)?\s*[.!]+\s*(?=\S)", re.IGNORECASE), ""),
    # A picture-book author's words: "tuck them away (archive)", "un-heart number 7", "write a little post",
    # "I'd love a fresh session for the second book - call it 'Moth & Moon, Book 2'"
    (re.compile(r"(?:^|(?<=[.!?]\s)|(?<=please\s))(?:tuck|put|tidy)\s+(them|it|those|these|both)\s+away\b(?:\s*\((?:archive|archived|hide)\))?",
                re.IGNORECASE), _request_words(r"archive \1")),
    (re.compile(r"\b(them|it|those|these|both|away)\s*\((?:archive|like|unlike|delete|save)\)(?=[\s.,!]|$)", re.IGNORECASE), r"\1"),
    (re.compile(r"\bun-(heart|like|favou?rite|star)\b", re.IGNORECASE), r"un\1"),
    (re.compile(r"^(?:i'?d\s+like\s+to\s+|i\s+want\s+to\s+|let'?s\s+)?(?:write|put\s+together|do)\s+(?:a\s+)?(?:little\s+|quick\s+|short\s+)?post\b",
                re.IGNORECASE), "make a post"),
    (re.compile(r"^(?:i'?d\s+love|i\s+would\s+love|i'?d\s+like|i\s+want|i\s+need)\s+(?:a\s+)?(?:fresh|new|brand\s+new)\s+(?:session|sesh)\b"
                r"[^\ue000\d]{0,60}?\s*[-—–,:;]\s*(?:please\s+)?(?:call|name)\s+it\s+(?=\S)", re.IGNORECASE), "new session called "),
    # "What's the prompt on number 5? Want to nick it for another job": why the question is asked
    (re.compile(r"(?<=\?)\s+(?:i\s+)?(?:want|need|wanna|gonna|going)\s+to\s+(?:nick|steal|reuse|use|borrow|match|copy|grab|recreate)\b"
                r"[^.?!\ue000\d]*[.!]*$", re.IGNORECASE), ""),
    (re.compile(r"^((?:please\s+)?(?:tell|show|give)\s+me\s+the\s+(?:seed|prompt|settings|model|size)\b[^,;\ue000]*),\s+(?:i|we)\s+(?:need|want|have)\s+"
                r"to\s+(?:match|reuse|use|copy|recreate|reproduce)\b[^?!.\ue000\d]*[.!]*$", re.IGNORECASE), r"\1"),
    (re.compile(r"(?:^|(?<=[,.!]\s))(?:jump|hop|nip|duck|pop)\s+(?:over\s+|back\s+)?(?=to\s)", re.IGNORECASE), "switch "),
    (re.compile(r"\b(it|em|them|that|this|please|thanks|cheers|\d{1,4})\s*,?\s+mate\b|,\s*mate\b(?=\s*[,.!?]|$)", re.IGNORECASE),
     lambda m: m.group(1) or ""),
    (re.compile(r"(?<=[.!?])\s*ta[.!]*$", re.IGNORECASE), ""),
    (re.compile(r"^give\s+(?:us|me)\s+(?:one\s+of\s+(?:them|those)\s+|a\s+)reflection(?:\s+things?)?\s+(?=on\b|for\b|about\b)", re.IGNORECASE),
     "reflect "),
)
