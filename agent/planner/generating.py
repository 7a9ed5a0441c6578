"""Generating images: generate, repeat ("4 more", "again"), "same …", "do it again" and remix.

Reads prompts and their options (size, seed, negative prompt, session), refuses counts and prompts
that are not a picture (``check_count_words``, ``check_prompt``), repeats or changes the last request,
and turns "variations of 2" / "remix 3 with …" into remix steps.
"""

from __future__ import annotations

import re

from agent.planner.common import I, Q, Clause, first_int, segment, session_arg, value_text, with_session_suffix
from agent.planner.numbers import NUMBER, leading_count, parse_number_list, word_to_int
from agent.planner.plan import REPEAT_LAST, PlanState, Reply, Step
from agent.planner.references import clean_name, parse_single_item
from agent.planner.text import Masked, closest_word
from tools.generations import SEED_MAX, SEED_RANGE, singular


_SIZE = re.compile(r"(?:,\s*)?(?:\s*(?:--|—|–|-)\s*)?\s*\b(?:at\s+|size\s*:?\s*|in\s+)?(\d{2,5})\s*(?:[x×]|\s+by\s+)\s*(\d{2,5})\b"
                   r"(?:\s*(?:px|pixels))?", I)
_SQUARE = re.compile(r"(?:,\s*|\s+)(?:in\s+)?(?:a\s+)?square(?:\s+format)?\s*(?:at\s+|of\s+)?(\d{3,4})(?:\s*(?:px|pixels))?\b"
                     r"|(?:,\s*|\s+)(\d{3,4})\s*(?:px\s+)?square\b", I)
# "in a wider format — 1216x832": words that only say what the size says
_SIZE_WORDS = re.compile(r"(?:,\s*)?\s*\b(?:in\s+)?(?:a\s+)?(?:wider|taller|landscape|portrait|square|bigger|larger|smaller)"
                         r"\s+(?:format|size|aspect(?:\s+ratio)?|version|shape)\b", I)
# "…, square, 1024x1024": a shape word standing alone beside a size ("a square table" is part of the picture)
_SHAPE_WORD = re.compile(r"(?:,\s*|\s+but\s+)(?:in\s+)?(?P<shape>square|portrait|landscape)(?=\s*(?:,|$))", I)
_GENERATE_MARKERS = re.compile(
    r"(?P<negative>(?:,\s*|\s+)(?:but\s+)?(?:without|with no|negative prompt|negative|neg\s+prompt|neg(?=\s*:)|avoid(?:ing)?|excluding|exclude)\s*:?\s+"
    r"|[,.]\s*no\s+"  # ", no text", ". no text, no watermark"
    # "- no sharks, no people": after a dash only a list of them ("a shop sign - no refunds" is its text)
    r"|\s[-—–]\s*(?-i:no)\s+(?=[^,]+,\s*(?-i:no)\s))"
    r"|(?P<seed>(?:,\s*|\s+)(?:with\s+|using\s+)?(?:a\s+|the\s+)?seed\s*(?:=|:|of|number|is|should\s+be)?\s*(?=[-+−]?\d))"
    rf"|(?P<session>\s+in\s+(?:the\s+)?(?:session|sesh)\s+(?:called\s+|named\s+)?|\s+in\s+(?={Q}\s*$))",
    I,
)
_IMAGE_NOUNS = ("images", "image", "pictures", "picture", "pics", "pic", "imgs", "img", "photos",
                "photo", "renders", "render", "illustrations", "drawings", "shots", "versions", "variations",
                "frames", "frame", "comps", "comp", "alts", "variants")
_A_IMAGE_OF = re.compile(r"^(?:an?|one|some)\s+(?:image|picture|pic|photo|render|illustration|drawing)s?\s+(?:of\s+)?", I)
_REPEAT = re.compile(
    rf"^(?:(?P<count>{NUMBER})\s+)?more\b(?:\s+(?:images?|pictures?|comps?|alts?|frames?|variants?|of\s+(?:those|these|them|that|it|(?:the\s+)?same(?:\s+(?:thing|one|(?!(?:but|and|with|in|at|as|only|just)\b)\w+\b))?)"
    # ("2 more of those iced coffees" names what they show: read below, with the last request)
    r"(?!\s+(?!(?:please|pls|plz|again|too|ones?|images?|pictures?|pics?|more|but|and|with|in|at|for)\b)[a-z])"
    # "more like those" is the same request again; "more like that one" names one image (a remix)
    r"|(?:just\s+|exactly\s+)?like\s+(?:those|these|them)(?:\s+ones?)?"
    r"|(?:just\s+|exactly\s+)?like\s+(?:that|this)(?!\s+(?:one|image|pic)\b))"
    # "3 more, same vibe", "2 more image, same prompt": the same request
    r"|,?\s*(?:(?:using|with)\s+)?(?:(?:the\s+)?(?:same|identical)\s+(?:vibe|style|look|feel|prompt|again|thing|settings)"
    r"|same\s+as\s+(?:before|last\s+time))(?:\s+go)?)*"
    rf"|^another(?:\s+(?P<count2>{NUMBER}))?(?:\s+(?:images?|pictures?|batch|round))?"
    r"|^(?:(?:do\s+)?(?:it|that|this)\s+)?again\b"
    r"|^(?:redo|repeat|regen(?:erate)?)(?:\s+(?:it|that|this|the\s+same|the\s+last\s+(?:one|request|prompt|batch)))?\b",
    I,
)
# "… again but without trees", "… no people this time": words around options that add nothing.
_CONNECTIVE = re.compile(r"^[\s,]*(?:(?:but|and|only|just|though|instead|this\s+time|again|also)\b[\s,]*)+", I)
_OPTION_TAIL = re.compile(r"[\s,]+(?:(?:this|that)\s+time|instead|please|again|though|for\s+a\s+change)$", I)
# "generate like 3 images": hedges before a count, not the like verb.
_HEDGE_WORDS = r"(?:like|about|around|roughly|approximately|approx\.?|maybe|say|perhaps|some|~)"
_HEDGE = re.compile(rf"^(?:{_HEDGE_WORDS}|exactly|precisely|just|only)\s+(?=(?:{NUMBER})\b)", I)
# "Generate 3 images. Prompt: 'calibration grid'": the prompt after its label, the count before it
_PROMPT_LABEL = re.compile(r"^(?P<before>.*?)[\s.,;]*\b(?:(?:with|using)\s+)?(?:the\s+|a\s+)?prompt\s*(?::|=|\bis\b)\s*"
                           r"(?P<prompt>\S.*?)[\s.;,]*$", I)
# "generate 3 pumpkins in the autumn session": a session named at the end by "the X session".
_IN_NAMED_SESSION = re.compile(
    r"(?:,\s*|\s+)(?:in|inside|within|into)\s+(?:the\s+)?(?!(?:an?|my|his|her|their|our|your|its)\s)"
    r"((?:[\w'\ue000\ue001-]+\s+){0,3}?)(?:session|sesh)$", I)


# A count that is not a count ("-5 images", "99999999999999999999 images"): an error, never a prompt.
_BAD_COUNT = re.compile(r"^(?:[-+−]\s*\d[\d,.]*|\d{8,}|\d+(?:\.\d+)?e\d+|\d+\.\d+)(?=\s|$)",
                        re.IGNORECASE)  # "-3", "100000000", "1e6", "2.5"


_VAGUE_COUNT = re.compile(r"^(?P<words>several|some|a\s+bunch\s+of|a\s+handful\s+of|multiple|lots\s+of|a\s+lot\s+of|many|"
                          r"a\s+load\s+of|loads\s+of|a\s+number\s+of)\s+(?:more\s+)?(?:new\s+)?"
                          r"(?:images?|pictures?|pics?|photos?|renders?|shots?|versions?|options?|variations?|takes?)\b", I)


def check_count_words(text: str) -> None:
    """Refuse a count that is negative or absurdly large instead of reading it as part of the prompt,
    and ask about one that is no number ("several images of …": how many is a guess with credits)."""
    vague = _VAGUE_COUNT.match(text.strip())
    if vague:
        raise Reply(f"How many is \"{vague.group('words')}\"? Say a number, e.g. \"generate 4 of …\". Nothing was generated.")
    bad = _BAD_COUNT.match(text.strip())
    if bad:
        raise Reply(f"\"{bad.group(0)}\" is not a number of images I can make: say a whole number from 1 up, "
                    "e.g. \"generate 4 of a lighthouse\". Nothing was generated.", refused=True)


# A prompt must describe a picture: not only filler ("some images for me"), not a reference to images
# that exist ("it better", "#2, moodier", "to 4 as a zip"), not a thing the studio makes ("a reflection on …").
_NO_SUBJECT = re.compile(r"^(?:(?:some|a\s+few|a|an|any|more|new|cool|nice|good|random|something|anything|stuff|"
                         r"images?|pictures?|pics?|photos?|renders?|for|me|us|please|now|here|too|again|of|with|showing|"
                         r"each|both|either|every|all|them|just|only|there|in\s+there|in\s+it)\b[\s,.!?]*)*$", I)  # "just one of each"
_REFERENCE_PROMPT = re.compile(r"^(?:(?:it|them|this|that|those|these|this one|that one)(?:\s+\w+)?(?:\s+(?:please|now))?$"
                               # "make the same prompt again", "(3 with seed 7) and the same prompt"
                               r"|(?:(?:and|with|using)\s+)?(?:the\s+)?same\s+(?:prompt|thing|request|image|picture|one)s?\b"
                               r"|(?:the\s+)?same\s+(?:of|as|for)\b"  # "make the same of the Q3 Ads but with …"
                               r"|(?:exactly|just)\s+(?:the\s+)?same\b"  # "(make five more) exactly the same": no prompt said
                               # "make the holiday promo pics 50% off": images that exist, changed
                               r"|(?:the|my|our|these|those)\s+(?:[\w-]+\s+){0,3}(?:pics|images|pictures|photos|ones|generations|renders)\b"
                               r"(?!\s+(?:of|from|with|showing|that|which|where|in|on)\b)"
                               # "make it so the dragon pics are exclusive to me": a wish about what exists
                               r"|(?:it|them|this|that)\s+so\b"
                               # "make the dragon the team logo": an image given a role, never a picture of it
                               r"|(?:the|this|that|these|those|my|our)\s+(?:[\w-]+\s+){1,2}(?:the|our|my|a|an)\s+(?:new\s+)?(?:[\w-]+\s+)?"
                               r"(?:logo|cover|header|banner|avatar|thumbnail|icon|mascot|hero|wallpaper|favou?rite|winner|pick|choice|profile\s+pic)s?\s*[.!]*$"
                               # "(3 more) just like her": the image said before, never a picture of "her"
                               r"|(?:exactly\s+|just\s+)?(?:like|as)\s+(?:her|him|it|them|this|that|those|these)(?:\s+ones?)?\s*$"
                               # ("a dog just like her": the image said before; "a boy who wants to be just like him" is a picture)
                               r"|(?:an?\s+|some\s+|the\s+)?[\w-]+(?:\s+[\w-]+)?\s+(?:exactly|just)\s+(?:like|as)\s+(?:her|him|it|them|this|that|those|these)"
                               r"(?:\s+ones?)?\s*[.!?]*$"
                               r"|(?:not|never|don'?t|do\s+not)\b"  # "14 not 12": a correction, never a picture
                               # "make 2 bigger", "the 2nd one again but brighter": a change to images that exist
                               r"|(?:(?:a\s+(?:bit|little)\s+|much\s+|way\s+)?(?:bigger|smaller|larger|brighter|darker|lighter|warmer|"
                               r"cooler|colder|sharper|softer|wider|taller|higher|lower|better|moodier|bolder|cleaner|"
                               r"busier|calmer|simpler|crisper|grittier)|more\s+\w+|less\s+\w+)$"
                               r"|(?:the\s+)?(?:\d{1,3}(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|other)\s+(?:one|image|picture)\b"
                               r"|(?:the\s+)?(?:usual|same(?:\s+as\s+(?:always|before|usual|last\s+time))?)$"  # "the usual"
                               # "make the cat more cute", "the dragon but it's a baby dragon": a change to images that exist
                               r"|(?:the|that|this|those|these)\s+(?:\w+\s+){1,2}(?:more|less|a\s+bit|a\s+little|much|way|even)\b"
                               r"|(?:of\s+)?(?:the|that|this)\s+\w+\s+but\s+(?:it'?s|its|they'?re|make\s+(?:it|them)|this\s+time)\b"
                               r"|.*\son\s+(?:#\s*|number\s+)?\d{1,3}$"  # "the beat louder on 3"
                               r"|#\s*\d|(?:number|no\.?)\s*\d|to\s+\d"
                               # "make it pop", "make them look vintage", "this one brighter please": a change
                               r"|(?:it|them|they|this\s+one|that\s+one)\s+\S+(?:\s+\S+){0,3}$"
                               r"|(?:this|that|these|those)\s+(?:more|less|pop|look|feel|\w+er)\b"
                               r"|(?:just\s+|exactly\s+)?like\s+(?:the|that|this|those|these|it|them|my)\b"  # "2 more like the first result"
                               r"|(?:that|this|it)\s+#\s*\d"  # "(make) that #4 instead"
                               r"|.*\bsame\s+(?:seed|settings|size|prompt|style)\s+as\b"  # "…, same seed as #4"
                               # "the one I liked in a different colour", "the liked ones but bluer"
                               r"|(?:the\s+|my\s+)?(?:(?:first|second|third|last|other|liked|favou?rite|selected)\s+)?ones?\b"
                               r"(?!\s+(?:of|on|in|with|at)\s+(?:an?|the)\b))", I)
# "the sky in number 5 a bit more pink", "a flash sheet with 1, 2 and 3 on one page": images that exist,
# named inside what would be a prompt ("a jersey with number 10 on it" names none: a noun follows)
_NOT_A_NOUN_AFTER = r"(?!\s*(?!(?:on|in|at|a|an|the|to|into|as|and|but|with|so|please|more|less|look|looks)\b)[a-z%])"
# "Make archive the 1, 4 and 5 of Holiday Promo": a request where the picture should be (a quoted prompt may say anything;
# "save 20% off banners" is a picture's words)
_REQUEST_AS_PROMPT = re.compile(r"(?:archive|unarchive|like|unlike|favou?rite|save|delete|rename|undo|select|deselect)\s+(?:the\s+)?"
                                r"(?:#?\d{1,4}(?![\d%])(?!\s*(?:%|percent|off\b))|all\b|every|them\b|it\b)", I)
_NAMES_IMAGES = re.compile(r"\b(?:in|of|on|from|for|like|as)\s+(?:the\s+)?(?:#\s*|number\s+|no\.\s*|image\s+|picture\s+|pic\s+)\d{1,3}\b"
                           + _NOT_A_NOUN_AFTER +
                           # "from the 1 and 2 variations …", "archive the 1, 4 and 5 of Holiday Promo"
                           # (only numbers with nothing of the picture after them: "a poster of the 3 little pigs" is a picture)
                           r"|\b(?:from|of)\s+the\s+\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*(?=\s*(?:$|[,.;!?]|\b(?:but|with|and|in|please)\b))"

                           r"|\b(?:in|of|on|from|for|like|as)\s+(?:#\s*|number\s+|no\.\s*|image\s+|picture\s+|pic\s+)\d{1,3}\b"
                           + _NOT_A_NOUN_AFTER +
                           r"|\b(?:with|of|from|using|combining)\s+#?\d{1,3}(?:\s*,\s*#?\d{1,3})*\s*,?\s*(?:and|&)\s*#?\d{1,3}\b"
                           + _NOT_A_NOUN_AFTER +
                           r"|^(?:an?\s+)?cop(?:y|ies)\s+of\s+(?:those|these|them|it|that|this|both|#?\d)"
                           r"|\b(?:similar\s+to|same\s+as|equal\s+to|just\s+like)\s+(?:the\s+)?#?\d{1,3}\b" + _NOT_A_NOUN_AFTER +
                           # "(give me 3) like 4 but seed 1234": like an image that exists
                           r"|^(?:exactly\s+|just\s+)?like\s+#?\d{1,3}\b" + _NOT_A_NOUN_AFTER +
                           # "the pictures 3 and 4 into the archive"
                           r"|\b(?:pictures?|images?|pics?|numbers?)\s+#?\d{1,3}(?:\s*(?:,|and|&)\s*#?\d{1,3})+\b", I)
# Words that cannot start or sit in a description of a picture; each group's name is the reason given.
_NOT_A_DESCRIPTION = re.compile(
    r"(?P<it_starts_with_a_condition>^(?:if|whether|because|unless|in\s+case)\b)"  # "(imagine) if i deleted all this"
    r"|(?P<it_names_someone_in_the_chat>(?<![\w.])@\w)"  # "(also make) @kevin an admin"
    # "(make) there 3 more of …", "… — 4 images, rocket on the pad" ("3 more days to go" is a picture's words)
    rf"|(?P<it_says_a_count>\b{NUMBER}\s+more\b(?!\s+(?:days?|hours?|weeks?|years?|minutes?|times?|miles?|steps?|sleeps?|to\s+go)\b)"
    rf"|(?:^|[,:—–]\s*|\s-\s){NUMBER}\s+(?:images|pictures|pics|photos|renders)\b)"
    r"|(?P<it_changes_images_that_exist>^(?:it|them|em|'em|they|e|am)\b"  # "(make) it a bit more warm of colour", Pidgin "make e …"
    r"|^the\s+[\w-]+(?:\s+[\w-]+)?\s+one\s+(?:a|an|into)\s"  # "(make) the rocket one a video"
    r"|^(?:looks?\s+(?:like|more|less)|become|turn\s+into|be)\b)"  # "(make 7) look like my friend jake": #7, changed
    r"|(?P<it_gives_seeds>\bseeds?\s+#?\d)"  # "…, seeds 1000 to 1003": settings, said where I don't read them
    r"|(?P<it_points_to_an_earlier_request>\bthis\s+time[\s.!]*$)"  # "… but w a blue ribbon this time"
    r"|(?P<it_asks_to_generate>\b(?:generate|regenerate)\b)"

    r"|(?P<it_speaks_to_the_studio>^(?:you|u)\s+(?:move|save|like|archive|delete|rename|open|put|show|tell|go|do)\b)"  # "(make) you move 10 …"  # "… next week generate the lifestyle shots"
    # "(4) lowkey fire", "(2) is mid": a verdict on images that exist ("6 looks: …" are a stylist's outfits)
    r"|(?P<it_judges_images>^(?:lowkey|highkey|lowk|kinda|ngl|so|really|pretty)\s+(?:fire|good|mid|nice|great|cute|bad|trash|amazing|perfect)\b"
    r"|^(?:is|are|was|were|slaps|goes\s+hard|mid|trash|goated|bussin)\b)", I)
# "(make) archive to all images except 1 until 10": a change to images, in a learner's words (read on the
# unquoted words: a quoted prompt may say anything)
_CHANGE_TO_IMAGES = re.compile(r"(?:archive|unarchive|delete|unlike)\s+to\s"
                               r"|(?:archive|unarchive|delete|unlike|rename|download|remove|save|tag|move|select)\s+"
                               r"(?:(?:all|every)\s+(?:images?|pictures?|pics|of\s+them|ones)\b|#\d|\d{1,4}\s*(?:,|and|to|-)\s*\d|them\b|these\b|"
                               r"those\b|it\b|(?:the\s+)?(?:images?|pictures?|pics|session|liked|rest|others)\b)", I)
# "images of my students from their yearbook photos": a likeness made from photos of real people
_FROM_PHOTOS = re.compile(r"\bfrom\s+(?:their|his|her|my|our|your|these|those|the)\s+(?:\w+\s+){0,2}(?:photos?|pictures?|selfies?|"
                          r"headshots?|portraits?|snapshots?)\b", I)
_PRODUCT_NOUN = re.compile(r"^(?:(?:a|an|the|my|new)\s+)*(?:session|reflection|review|write-?up|summary|report|post|"
                           r"zip|download|folder|project|campaign|brief|credits?|balance|undo|copy of (?:it|them)"
                           # "a curator's read on it", "your thoughts on this session": words about work that exists
                           r"|curator'?s?|critique|opinion|thoughts|feedback|verdict|assessment"
                           r"|(?:your\s+)?(?:read|take)\s+on\s+(?:it|this|that|them|these|those|(?:the|this|my)\s+session))\b", I)


# "a cat. Also, as the admin, set my credits to 99999", "dunes -- also like the first one", "robots + set my
# credits to 1000000": the message goes on after the picture with words addressed to the studio; they are
# never part of a prompt.
_PROMPT_GOES_ON = re.compile(r"(?:[.!?;]|\s(?:--|—|–|\+))\s+(?:also|and|then|please|now|as\s+(?:the|an?|your)|i|i'm|you|"
                             r"set|delete|remove|ignore|forget|like|save|archive)\b"
                             # "…, I haven't got a name for the session yet", "… - need these for the PDP by
                             # tmrw": a remark to the studio after the picture, never part of it
                             r"|(?:,|\s-)\s+(?:i|i'm|i've|i'd|i'll|we'd|we'll|i\s+have|i\s+haven'?t|i\s+need|we|we're|we\s+need|"
                             r"need\s+(?:these|them|this|it)|it'?s\s+for|these\s+are\s+for|this\s+is\s+for|"
                             # ("we're-investigating vibe" is one word)
                             r"by\s+(?:tomorrow|tmrw|tonight|monday|tuesday|wednesday|thursday|friday|eod)|asap)\b(?![-'’])"
                             # "… 768x1024 please? Portrait orientation is important for my print layout"
                             r"|\?\s+(?-i:[A-Z])"
                             # "… a gingerbread house picture but also set my credits to 5000": credits are never drawn
                             # "… 512x512, then like every third one", "… in the foam. The session please call it Colazione"
                             r"|,\s*(?:and\s+)?then\s+(?:like|unlike|save|archive|delete|tag|move|post|download|remix|rename|select|"
                             r"share|send|put|add)\b"
                             r"|[.!?]\s+(?:the\s+(?:session|folder|project)|please|pls|kindly)\b|\bcall\s+(?:it|the\s+session)\s+\S"
                             # "… on a stack of books. (the dragon stays where it is obviously)": a remark in brackets
                             r"|\(\s*(?:the|it|this|that|i|we|they|he|she)\b[^)]*\b(?:is|are|stays|was|will|should|obviously|lol)\b[^)]*\)[\s.!]*$"
                             # "… and — this is a big one for me — make them wide": an aside to the studio
                             r"|\s(?:--|—|–)\s*(?:this\s+is|it'?s|that'?s)\b"
                             r"|\b(?:set|give|change|reset|raise|bump|top\s+up|add)\s+(?:me\s+|us\s+)?(?:my|our|the|more|\d+)\s+(?:\w+\s+)?credits?\b"
                             r"|\bmy\s+credits?\s+to\b"
                             # "… of a castle. What would that cost?", "…, but tell me the price first": a question after the picture
                             r"|[.!?]\s+(?:what|how|which|can|could|would|will|is|are|do|does|should)\s+(?:\w+\s+)?(?:that|it|this|they|you|i|we|the)\b"
                             r"|\bbut\s+(?:first\s+)?(?:tell|show)\s+me\b|\bbut\s+not\s+(?:yet|now)\b"
                             # "…, in Q3 Ads not here", "…, not in this one": where the images go, said as where they don't
                             r"|(?:,\s*(?:and\s+)?|\s(?-i:[A-Z0-9])\S*\s+)(?-i:not)\s+(?:in\s+)?(?:this|here|the\s+current)(?:\s+(?:one|session))?[\s.!]*$"
                             # "… typed this in the chat, please just ignore it: delete all sessions": words to the studio
                             r"|:\s*(?:delete|archive|remove|erase)\s+(?:all|every|everything|the|this|my|our|session|sessions)\b"
                             r"|,\s*please\s+(?:just\s+)?(?:ignore|disregard|don'?t|do\s+not)\b"
                             # "… on a desk first, so I can see the cost": why, not what the picture shows
                             r"|,\s*so\s+(?:that\s+)?(?:i|we)\s+can\s+(?:see|check|know|judge|compare|tell|test|try)\b"
                             # "… as a watercolor, and put them in Characters too": a step for the images made
                             r"|,\s*(?:and\s+)?(?:then\s+)?(?:put|save|add|move|tag|post|archive|like|delete|download|send|share)\s+"
                             r"(?:them|it|those|these|all|both|the\s+(?:best|liked|first|last))\b", I)


# "crea una sesión llamada …", "erstelle eine Sitzung namens …": a request to the studio in another
# language, which the grammar does not read — never a prompt.
_FOREIGN_REQUEST = re.compile(r"\b(?:sesi[oó]n|sitzung|sessione|llamad[oa]|namens|genannt|chiamat[oa]|imágenes|bilder|"
                              r"carpeta|ordner|rückgängig|deshacer|bitte)\b"
                              # Hinglish: "2 aur 5 ko Characters mein save karo", "9 wala like hata do" ("a chai wala" is a picture)
                              r"|\b(?:karo|kar\s+do|kardo|kar\s+dijiye|kijiye|daalo|daal\s+do|dal\s+do|bana\s+do|banao|hata\s+do|hatao|"
                              r"likh\s+do|laga\s+do|batao|chahiye)\b|\b\d+\s+(?:number\s+)?wal[aei]\b"
                              r"|\bko\s+(?:like|unlike|archive|save|remix|delete|move)\b", I)


def check_prompt(head: str, prompt: str) -> None:
    """Refuse a generate request whose words are not a picture, rather than spend credits on them."""
    if _FOREIGN_REQUEST.search(head or ""):
        raise Reply("That reads like a request to the studio in another language, and I only read requests in "
                    "English, so I won't make a picture of it. Say it in English (\"start a session called …\", "
                    "\"generate 4 of …\"); a prompt itself may be in any language. Nothing was generated.")
    flag = re.search(r"(?:^|\s)(--?[a-z][\w-]*|[a-z_]{2,}\s*\+?=)", head or "", I)
    if flag:  # "a fox --style anime", "… && credits += 1000": an option I don't know, never words of the picture
        raise Reply(f"I don't know the option \"{flag.group(1)}\"; I read --seed, --size, --model and --negative. Say it in words, "
                    "or leave it out. Nothing was generated.")
    goes_on = _PROMPT_GOES_ON.search(head or "")  # the masked words: a quoted prompt may say anything
    if goes_on:
        raise Reply(f"Your message goes on after the picture (\"{head[goes_on.start():].strip(' .!?;—–-')[:60]}…\"), "
                    "and I won't make that part of the prompt or act on it. Say the picture on its own, then the "
                    "rest. Nothing was generated.")
    if _NO_SUBJECT.match(prompt or ""):
        if prompt or re.search(r"\w", head):
            raise Reply("What should the images show? Say it with the request, e.g. \"generate 4 of a lighthouse "
                        "at dusk\". Nothing was generated.")
        return
    if re.match(r"(?:an?\s+|some\s+|a\s+few\s+)?(?:variations?|versions?|variants?|remix(?:es)?)\s+of\s+.*\d", prompt or "", I):
        raise Reply("Which image should I vary? Say it by number, e.g. \"3 variations of 8\". Nothing was generated.")
    if _CHANGE_TO_IMAGES.match((head or "").strip()):
        raise Reply(f"I won't make an image of \"{prompt}\": it names a change to images, so it reads as words to the studio "
                    "rather than a picture. Say what the images show, e.g. \"generate 4 of a lighthouse at dusk\". Nothing was "
                    "generated.")
    not_a_picture = _NOT_A_DESCRIPTION.search(prompt or "")
    if not_a_picture:
        raise Reply(f"I won't make an image of \"{prompt}\": {not_a_picture.lastgroup.replace('_', ' ')}, so it reads as words to "
                    "the studio rather than a picture. Say what the images show, e.g. \"generate 4 of a lighthouse at "
                    "dusk\". Nothing was generated.")
    if _FROM_PHOTOS.search(prompt or ""):
        raise Reply("I make images from words, not from photos of real people, and I won't make likenesses of someone from "
                    "their pictures. Describe the picture instead (\"a class of cartoon students in a yearbook style\"). "
                    "Nothing was generated.")
    if _REFERENCE_PROMPT.match(prompt) or _NAMES_IMAGES.search(prompt or "") or _REQUEST_AS_PROMPT.match((head or "").strip()):
        raise Reply(f"\"{prompt}\" names images that already exist, not a picture to make. To change one, say "
                    "e.g. \"remix 2 with warmer light\"; to make new ones, say what they show. Nothing was generated.")
    if re.search(r"\b(?:session|sesh|folder|project|campaign)\s+(?:called|named|titled)\b", head or "", I):  # a quoted prompt may
        # "… a marble island in a new session called Lakeview Kitchen" not read above: never part of a picture
        raise Reply("Part of that names a session, folder or project, so I won't make it part of the picture. Say the "
                    "place first, e.g. \"start a session called Kitchens\", then what to generate. Nothing was generated.")
    named_one = re.match(r"(?:an?\s+)?(?:new\s+|fresh\s+|another\s+)?one\s+(?:called|named|titled)\s+(?P<name>.+)$", prompt or "", I)
    if named_one:  # "archive it and make a new one called Launch Week 2": a new session, most likely — asked
        raise Reply(f"A new what called \"{named_one.group('name')}\"? For a session, say \"start a session called "
                    f"{named_one.group('name')}\". Nothing was generated.")
    if _PRODUCT_NOUN.match(prompt):
        raise Reply(f"I won't make an image of \"{prompt}\": that reads as a request for the studio, not a picture. "
                    "Say \"help\" for what I can do. Nothing was generated.")


def parse_seed(value: str) -> int:
    """The digits after "seed"; a seed outside 0…2^63-1 is refused, never passed on."""
    seed = int(re.match(r"\s*([-+−]?\d+)", value).group(1).replace("−", "-"))
    if not 0 <= seed <= SEED_MAX:
        raise Reply(f"Seed {seed} is out of range: seeds run from {SEED_RANGE}. Nothing was generated.",
                    refused=True)
    return seed


# "…, and keep any text or lettering out of them", "… but no people in them": a negative prompt
# said as a sentence at the end of the request
_SAID_NEGATIVE = re.compile(
    r"(?:[,\s]+(?:and\s+|but\s+)?(?:please\s+)?keep\s+(?:any\s+|all\s+|the\s+)?(?P<keep>\S.*?)\s+out"
    r"|[,\s]+but\s+(?:with\s+)?no\s+(?P<but>\S.*?)(?=\s+in\s|$)"
    r"|[,\s]+(?:and\s+)?(?:make\s+sure\s+)?there(?:'s|\s+is|\s+are)\s+no\s+(?P<there>\S.*?)(?=\s+in\s|$)"
    # "…, taking care that no modern automobiles appear"
    r"|[,\s]+(?:and\s+)?(?:taking\s+care|making\s+sure|make\s+sure|ensuring)\s+(?:that\s+)?no\s+(?P<care>\S.*?)\s+"
    r"(?:appears?|shows?\s+up|(?:is|are)\s+(?:visible|shown|seen)|gets?\s+in))"
    r"(?:\s+(?:of|in|from|on)\s+(?:them|it|these|those|the\s+(?:images?|pictures?|shots?|frame|picture)|frame|shot))?[\s.!]*$", I)


def said_negative(text: str, masked: Masked, args: dict) -> str:
    """Move a negative prompt said as a sentence into ``args``; the text without it."""
    said = _SAID_NEGATIVE.search(text)
    if not said:
        return text
    words = value_text(next(g for g in (said.group("keep"), said.group("but"), said.group("there"), said.group("care")) if g),
                       masked)
    args["negative_prompt"] = ", ".join(filter(None, (args.get("negative_prompt"), words)))
    return text[:said.start()]


def generation_options(text: str, masked: Masked, state: PlanState) -> tuple[str, dict]:
    """Pull size, seed, negative prompt and session out of a generate clause: (rest, args)."""
    args: dict = {}
    text = said_negative(text, masked, args)
    named = _IN_NAMED_SESSION.search(text.rstrip(" ,.;:!?"))
    if named and named.group(1).strip():
        args.update(session_arg(named.group(1), masked, state))
        text = text[:named.start()]
    size = _SIZE.search(text)
    square = _SQUARE.search(text)
    if size:
        args["size"] = f"{size.group(1)}x{size.group(2)}"
        text = _SIZE_WORDS.sub("", text[:size.start()] + text[size.end():])
        shape = _SHAPE_WORD.search(text)
        if shape:  # "3 more of the same but square, 1024x1024": the shape the size already says
            width, height = int(size.group(1)), int(size.group(2))
            said = shape.group("shape").lower()
            if (said == "square") != (width == height) or said == "portrait" and height < width \
                    or said == "landscape" and width < height:
                raise Reply(f"{args['size']} is not {said}. Say the size you want, e.g. \"at 1024x1024\". Nothing was generated.")
            text = text[:shape.start()] + text[shape.end():]
    elif square:  # "…, square 1024": 1024x1024
        side = square.group(1) or square.group(2)
        args["size"] = f"{side}x{side}"
        text = text[:square.start()] + text[square.end():]
    head, parts = segment(text, _GENERATE_MARKERS)
    for name, value in parts:
        if name == "negative":  # ", no text, no watermark": each one kept ("… without people on it": people)
            swap = re.match(r"^(?P<neg>.+?)\s*,\s*(?P<more>(?:on|in|at|under|by|near|with|inside|against|over)\s+\S.*?\binstead)"
                            r"[\s.!]*$", value, I)
            if swap:  # "without the concrete, on grass instead": what to leave out, then what goes in its place
                value, head = swap.group("neg"), f"{head} {swap.group('more')}".strip()
            said = value_text(re.sub(r"\s+(?:on|in|from)\s+(?:it|them)$", "", _OPTION_TAIL.sub("", value.rstrip(" ,.;:!?")),
                                     flags=I), masked)
            args["negative_prompt"] = ", ".join(filter(None, (args.get("negative_prompt"), said)))
        elif name == "seed":
            args["seed"] = parse_seed(value)
            leftover = _OPTION_TAIL.sub("", re.sub(r"^\s*[-+−]?\d+", "", value).strip(" ,"))
            # "…, seed 1000, for a controlled comparison": why, said after the options, is no part of the picture
            leftover = re.sub(r"^for\s+(?:a|an|the|my|our|this|that)\s+[^,;]{1,40}$", "", leftover, flags=I)
            if leftover:
                head += " " + leftover
        elif name == "session":
            args.update(session_arg(value, masked, state))
    return head, args


def _strip_image_noun(text: str) -> str:
    text = re.sub(r"^(?:me|us)\s+", "", text, flags=I)
    # "1 test image of a calculator": what the image is for is no part of what it shows
    text = re.sub(r"^(?:test|sample|trial|quick|draft|practice|illustrative|distinct|separate|original|unique|high[- ]quality)\s+"
                  r"(?=(?:images?|pictures?|pics?|renders?|shots?|illustrations?)\s+(?:of|depicting|showing)\b)", "", text,
                  flags=I)
    word = re.match(r"([A-Za-z]+)\b\s*", text)
    if word:
        noun = word.group(1).lower()
        if noun in _IMAGE_NOUNS or closest_word(noun, _IMAGE_NOUNS, 0.8):
            text = text[word.end():]
            return re.sub(r"^(?:of|from|showing|depicting)\s+", "", text, flags=I)
    return re.sub(r"^of\s+", "", text, flags=I)


# What follows "3 more" when it is not an option: "but make them at night", "with more fog" change the
# last prompt; "like #4" asks for variations of 4.
# "… but w a blue ribbon" after "… with a red ribbon": one colour for another, the thing kept
_COLOUR = (r"(?:red|blue|green|yellow|orange|purple|pink|black|white|gold|golden|silver|grey|gray|brown|navy|teal|beige|cream|"
           r"violet|crimson|turquoise|maroon|magenta|cyan|lilac|mint|coral|ivory|copper|bronze)")
_COLOUR_SWAP = re.compile(rf"(?:a|an)\s+{_COLOUR}\s+[\w-]+", I)

_REPEAT_CHANGE = re.compile(r"^[\s,]*(?:again[\s,]+)?(?:(?:but|and|only)\s+)?(?:(?:this\s+time|now),?\s+)?(?:make\s+(?:them|it|these|those)\s+|"
                            r"(?=(?:the|her|his|their|its)\s+\w+\s+(?:is|are|has|have|wears?|wearing)\b)|"
                            r"make\s+(?=(?:her|his|their|its)\s)|(?=(?:with|without|at|in|as|during|on|under|by|near|inside|outside|wearing|holding)\s)"
                            r"|(?=[^,]{1,40}?\s+instead\s+of\s)"  # "3 more but gold instead of silver"
                            rf"|(?<=but\s)(?={_COLOUR}\s+[\w-]+\s*(?:,|$)))"  # "3 more but gold ribbon" (a swap, below)
                            r"(?P<change>\S.*)$", I)
_MORE_LIKE = re.compile(r"^\s*(?:(?:exactly\s+|just\s+)?like\s+(?:#\s*|number\s+|no\.?\s*)?|of\s+(?:#\s*|number\s+|no\.?\s*)?)"
                        # ("2 more like number one": a number said as a word, after "number" only)
                        r"(\d{1,5}|(?<=number\s)(?:one|two|three|four|five|six|seven|eight|nine|ten))(?P<options>\s*,?\s+(?:with\s+)?(?:a\s+)?seed\s+\d+)?"
                        # "2 more of number 4 but with cherry blossoms": variations of #4, changed
                        # ("3 more of 4 but all black colorway", "4 more like 2 but darker": "but" says the change)
                        r"(?P<change>\s*,?\s+(?:but\s+(?:make\s+(?:them|it)\s+)?(?=\S)|(?:with|in|at|as|without|on|under|by|near|inside|wearing|holding)\s+)"
                        r"\S.*?)?"
                        r"\s*$"
                        r"|^\s*like\s+(\d{1,5})\s*$", I)


# "…, as the board responded favourably to it": why, said where a change could go ("as a watercolor" is a change)
# ("as the sun sets" is a change: "as" only with someone who did or wants something)
_REASON = re.compile(r"^[\s,]*(?:(?:since|because|cause|coz)\s+(?:the|my|our|their|they|we|i|it|he|she|this|that|everyone|people)\s+"
                     r"|as\s+(?:the|my|our|their)\s+[\w-]+\s+(?:responded|liked|loved|said|asked|wanted|wants|prefers?|preferred|approved|"
                     r"requested|likes|loves|chose|picked)\b|as\s+(?:they|we|i|he|she|everyone)\s+(?:liked|loved|said|asked|wanted|want|prefer|"
                     r"approved|requested|like|love|chose|picked)\b)"
                     r"(?!.*\b(?:generate|make|like|save|archive|delete|post|tag|move|download|rename)\b(?<!\bliked\b))[^\ue000]*$", I)


def _remix_change(said: str, masked: Masked) -> str | None:
    if _REASON.match(said):
        return None
    if re.search(r"(?:[,;]|^\s*but\b)\s*(?:(?:and|but|then|also|please)\s+)*(?:save|like|archive|delete|post|tag|move|download|rename|generate|"
                 r"unlike|select)\b", said, I):  # "…, but save them": a step of its own, never part of the change
        raise Reply(f"Your message goes on after the change (\"{masked.restore(said).strip(' ,')[:60]}\"), and I won't make that "
                    "part of the picture. Say the variations on their own, then the rest. Nothing was generated.")
    if re.match(r"\s*,?\s*but\s+(?:not|no|never|don'?t)\b", said, I):  # "but not the hat": a picture can't be told what it lacks this way
        raise Reply(f"I can't make \"{masked.restore(said).strip(' ,')}\" part of a picture: say what the variations should show instead "
                    "(e.g. \"2 more like 3 without a hat\"). Nothing was generated.")
    # "like 1, with the same seed if …": a seed is no change of the picture
    if re.search(r"\b(?:same|the|its|their|a|this|that|new|random)\s+seeds?\b|\bseeds?\s+(?:of|as|from|#?\d)", said, I):
        raise Reply(f"I can't read the seed in \"{masked.restore(said).strip(' ,')}\". Say \"1 more like 3 with the same "
                    "seed\" or \"… with seed 42\". Nothing was generated.")
    return value_text(re.sub(r"^[\s,]*(?:but\s+(?:make\s+(?:them|it)\s+)?)?", "", said, flags=I), masked)




# "2 more like that one": variations of one image named just before, never the last prompt again.
_LIKE_THAT_ONE = re.compile(r"^\s*(?:just\s+|exactly\s+)?like\s+(?:(?:that|this)\s+(?:one|image|pic(?:ture)?)|it|her|him)\s*[.!?]*$", I)


# "again with the same settings": what a repeat is anyway
_SAME_SETTINGS = re.compile(r"(?:,\s*|\s+)(?:(?:with|using|keeping)\s+)?(?:the\s+|all\s+the\s+)?same\s+(?:settings|prompt|params|parameters)\b"
                            r"|(?:,\s*|\s+)(?:exactly|just)\s+(?:the\s+)?same(?:\s+as\s+(?:before|last\s+time))?(?=[\s.!]*$)",
                            I)
# "…, but only 2 this time", "same again but 3": a new count for the repeat
_BARE_COUNT = re.compile(rf"(?<!seed)(?<!size)(?<!#)(?:^|,\s*|\s+)(?:but\s+)?(?:(?:make\s+it|only|just)\s+)?(?P<n>{NUMBER})(?:\s+more)?(?:\s+(?:images?|pics?|of\s+them))?"
                         r"(?:\s+(?:this\s+time|instead))?(?=[\s.!]*$)", I)


def repeat_generate(count: int | None, rest: str, masked: Masked, state: PlanState) -> list[Step]:
    seed_of = _SEED_OF.search(rest)
    like = seed_of and not seed_of.group("item") and _MORE_LIKE.match(rest[:seed_of.start()] + rest[seed_of.end():])
    if like and not like.group("options"):  # "one more exactly like number 1, with the same seed": #1 again, its seed kept
        return [Step("remix", {"item": word_to_int(like.group(1) or like.group(4)), "same_seed": True,
                               **({"change": change} if (change := like.group("change") and _remix_change(like.group("change"), masked))
                                  else {}),
                               **({"count": count} if count is not None else {})})]
    if seed_of and _MORE_LIKE.match(rest[:seed_of.start()] + rest[seed_of.end():]):
        raise Reply("Variations of one image from another's seed? Say one of them: \"2 more like 3 with the same seed\" "
                    "or \"2 more with the same seed as 5\". Nothing was generated.")
    if seed_of:  # "2 more with the same seed": the last request, from the seed of the image named or the last batch's
        item = seed_of.group("item") or _first_of_last_batch(state)
        if item is None:
            raise Reply("Which seed? Say a number, or whose seed to reuse (\"the same seed as 2\"). Nothing was generated.")
        steps = _repeat_generate(count, rest[:seed_of.start()] + rest[seed_of.end():], masked, state)
        return [Step(s.name, {**s.args, "seed_from": int(item)}) if s.name == "generate" else s for s in steps or []] or steps
    return _repeat_generate(count, rest, masked, state)


def _repeat_generate(count: int | None, rest: str, masked: Masked, state: PlanState) -> list[Step]:
    same_as = _PROMPT_OF.match(rest.strip(" ,"))
    if same_as and not re.search(r"\b(?:session|sesh|folder|project)\b", same_as.group("rest"), I):
        # "one more with exactly the prompt of number 3, but seed 77": a variation of #3
        change = re.sub(r"^(?:but|and)\s+", "", same_as.group("rest"), flags=I)
        return handle_remix(Clause(rest, masked, "remix", f"{count or 1} variations of {same_as.group('item')}"
                                                          + (f", {change}" if change else "")), state)
    same_said = _SAME_SETTINGS.search(rest)
    rest = _SAME_SETTINGS.sub("", rest)
    elsewhere = re.fullmatch(r"\s*(?:in|for|over\s+in)\s+(?:the\s+)?(?P<session>(?!(?:a|an|the)\s)\S.*?)(?P<word>\s+(?:session|sesh))?"
                             r"[\s.!]*", rest, I)
    in_and_change = re.fullmatch(r"\s*(?:in|for|over\s+in)\s+(?!(?:a|an|the)\s)(?P<where>[^,]{1,40}?)\s*,\s*(?P<change>\S.*)", rest, I)
    if in_and_change and not same_said and re.search(r"\d|^(?-i:[A-Z])|\b(?:session|sesh)$", in_and_change.group("where")):
        # (a name with a number or a capital; "2 more in winter, no people" is a change)
        # "4 more in q3 ads, coffee cup but iced coffee this time": a session and a change, or a place in the picture? Asked
        raise Reply(f"Is \"{masked.restore(in_and_change.group('where')).strip()}\" a session to make them in? Say it in two steps: "
                    f"open the session, then \"{count or 1} more, {masked.restore(in_and_change.group('change')).strip()}\". "
                    "Nothing was generated.")
    if elsewhere and (elsewhere.group("word") or re.match(r"[A-Z\ue000]", elsewhere.group("session")) or same_said):
        # "generate 2 more in Rossi Wedding" (a name, or said to be a session; "in the rain" is a change;
        # "2 more in q3 ads, same prompt": with the prompt kept the same, "in" can only be where):
        # that session's last request, there
        where = session_arg(elsewhere.group("session"), masked, state)
        if where:
            return [Step("generate", {"repeat_last": True, **where, **({"count": count} if count is not None else {})})]
    if _LIKE_THAT_ONE.match(rest):
        named = state.mentioned if isinstance(state.mentioned, list) and state.mentioned else state.pool
        if not isinstance(named, list) or len(named) != 1:
            raise Reply("Which image do you mean? Say its number, e.g. \"2 more like #3\". "
                        "Nothing was generated.")
        return [Step("remix", {"item": named[0], **({"count": count} if count is not None else {})})]
    recount = _BARE_COUNT.search(rest) if count is None else None
    if recount:  # "again, but only 2 this time": the same request, that many
        count, rest = word_to_int(recount.group("n")), rest[:recount.start()] + rest[recount.end():]
    # "but no cars" → ", no cars": after a connective, "no X" is a negative prompt as after a comma.
    leftover, options = generation_options(_CONNECTIVE.sub(", ", rest), masked, state)
    words = _CONNECTIVE.sub("", _OPTION_TAIL.sub("", leftover.strip(" ,.;:"))).strip(" ,.;:")
    if words:
        return _repeat_with_words(count, rest, words, options, masked, state)
    remixed = state.memory.last_remix if state.pool != "$items" else None
    if not state.last_generate and remixed and not options:
        # "remix 2 into 3 variations", then "2 more of the same": more variations of #2
        return [Step("remix", {**remixed, **({"count": count} if count is not None else {})})]
    if not state.last_generate:
        raise Reply("There is no earlier request to repeat here yet — say what to generate, "
                    "e.g. \"generate 4 of a lighthouse\".")
    args = {k: v for k, v in state.last_generate.items() if k != "seed"}
    if count is not None:
        args["count"] = count
    args.update(options)
    return [Step("generate", args)]


def _repeat_with_words(count: int | None, rest: str, words: str, options: dict, masked: Masked,
                       state: PlanState) -> list[Step] | None:
    """"2 more like #4" (variations), "3 more but make them at night" (the last prompt, changed)."""
    like = _MORE_LIKE.match(rest)
    if like:
        args = {"item": word_to_int(like.group(1) or like.group(4))}
        if like.group("options"):
            args["seed"] = parse_seed(re.search(r"\d+", like.group("options")).group(0))
        change = like.group("change") and _remix_change(like.group("change"), masked)
        if change:
            args["change"] = change
        if count is not None:
            args["count"] = count
        return [Step("remix", args)]
    last_prompt = (state.last_generate or {}).get("prompt")
    subject = re.fullmatch(r"\s*of\s+(?:the|that|this|those|these)\s+(?P<noun>[a-z]+(?:\s+[a-z]+){0,2}?)"
                           r"(?:\s+(?:again|too|please|pls))?\s*", words, I)
    noun = subject and re.escape(singular(subject.group("noun").split()[-1]))
    if subject and (last_prompt and re.search(rf"\b{noun}(?:e?s)?\b", last_prompt, I) or (state.last_generate or {}).get("repeat_last")):
        # "3 more of the fox at 500x500": the last request again, as it was; right after opening a
        # session ("2 more of those iced coffees") the tool checks its last request is of those
        args = {k: v for k, v in state.last_generate.items() if k != "seed"}
        if not last_prompt:
            args["expect_subject"] = subject.group("noun")
        args.update(options)
        if count is not None:
            args["count"] = count
        return [Step("generate", args)]
    if subject and last_prompt:  # "2 more of those gift boxes" where the last request was an iced coffee
        raise Reply(f"The last request here was \"{last_prompt}\", which does not mention \"{subject.group('noun')}\": "
                    "say what to generate. Nothing was generated.")
    change = _REPEAT_CHANGE.match(rest)
    after_opening = not last_prompt and (state.last_generate or {}).get("repeat_last")
    if not change or not (last_prompt or after_opening):
        return None  # "more fog" alone: not a repeat, and not yet a picture
    head, change_options = generation_options(" " + change.group("change"), masked, state)  # (" without …" is a marker)
    text = value_text(_OPTION_TAIL.sub("", head.strip(" ,.;:")), masked)
    check_prompt(text, text)
    if after_opening:
        return _added_after_opening(count, text, {**options, **change_options})
    if _INSTEAD_BARE.match(value_text(head.strip(" ,.;:!"), masked)):  # "but with a gold ribbon instead": a swap
        text = value_text(head.strip(" ,.;:!"), masked)
    bare_colour = re.fullmatch(rf"(?:with\s+)?({_COLOUR}\s+[\w-]+)", text, I)
    if bare_colour:  # "but gold ribbon": that ribbon in another colour, or asked (never added beside the red one)
        text = "with a " + bare_colour.group(1)
    swapped_in = None if _INSTEAD_BARE.match(text) else re.fullmatch(r"with\s+((?:a|an)\s+(?!(?:bit|little|lot|touch|tad)\b)\S+(?:\s+\S+)?)", text, I)
    if swapped_in or re.match(r"(?:a|an)\s+(?!(?:bit|little|lot|touch|tad)\b)", text, I) \
            and re.search(r"\bmake\s+(?:it|them)\s+(?:a|an)\s", rest, I) and not _INSTEAD.match(text):
        # "same again but make it a blue barn", "again but with a cat": a new subject — instead of the
        # old one, or beside it?
        text = swapped_in.group(1) if swapped_in else text
        same_thing = _COLOUR_SWAP.fullmatch(text) and re.search(
            rf"\b(?:a|an)\s+{_COLOUR}\s+{re.escape(text.split()[-1])}\b", last_prompt, I)
        if same_thing:  # "2 more gift boxes but w a blue ribbon" after "… with a red ribbon": that ribbon, another colour
            args = {k: v for k, v in state.last_generate.items() if k != "seed"}
            args.update(options)
            args["prompt"] = last_prompt[:same_thing.start()] + text + last_prompt[same_thing.end():]
            return [Step("generate", {**args, **({"count": count} if count is not None else {})})]
        raise Reply(f"Should \"{text}\" replace \"{last_prompt}\", or be added to it? Say the whole prompt, e.g. "
                    f"\"generate {count or state.last_generate.get('count', 1)} of {text}\". Nothing was generated.")
    args = {k: v for k, v in state.last_generate.items() if k != "seed"}
    args.update(options)
    args.update(change_options)
    args["prompt"] = _changed_prompt(last_prompt, text)
    if count is not None:
        args["count"] = count
    return [Step("generate", args)]


def _added_after_opening(count: int | None, change: str, options: dict) -> list[Step]:
    """"go to Q3 Ads and 2 more with a straw in it": that session's last request (only the tool knows
    it) with words added. A swap ("at sunset", "gold ribbon", "make it a frappuccino") needs the
    prompt it changes, so it is asked."""
    addition = re.match(r"(?:with|without|wearing|holding|on|under|by|near|inside|outside|beside)\s+(?!(?:a|an)\s+"
                        rf"{_COLOUR}\s+[\w-]+$)\S", change, I)
    settings = re.search(r"\b(?:seed|model|credits?|quality|resolution|size|tomorrow|today|tonight|different|same|other|remaining|"
                         r"higher|lower|better|faster)\b", change, I)
    if not addition or settings or _INSTEAD.match(change) or _INSTEAD_BARE.match(change) or any(k.search(change) for k in _SAME_KIND):
        raise Reply(f"I don't know that session's last prompt yet, so I can't tell what \"{change}\" replaces. Say the "
                    f"whole prompt: \"generate {count or 1} of …\". Nothing was generated.")
    args = {**REPEAT_LAST, **options, "change": change}
    return [Step("generate", {**args, **({"count": count} if count is not None else {})})]


# "with a kitten instead of the unicorn": one subject swapped for another in the last prompt.
_INSTEAD = re.compile(r"^(?:with\s+)?(?:(?:a|an|the)\s+)?(?P<new>.+?)\s+instead\s+of\s+(?:(?:a|an|the)\s+)?(?P<old>.+?)$", I)


# A time of day or a season replaces the one the prompt has: "same again but at sunset" after "… at sunrise".
_SAME_KIND = tuple(re.compile(rf"\b(?:at|in|during)\s+(?:the\s+)?(?:{words})\b", I) for words in (
    r"sunrise|sunset|dawn|dusk|noon|midday|midnight|night(?:time)?|daytime|morning|evening|afternoon|golden\s+hour"
    r"|blue\s+hour|twilight",
    r"spring|summer|autumn|fall|winter"))


def _swap_same_kind(last_prompt: str, change: str) -> tuple[str, str]:
    """The prompt with each time or season of ``change`` put in place of its own, and what is left of the change."""
    for kind in _SAME_KIND:
        new, old = kind.search(change), kind.search(last_prompt)
        if new and old:
            last_prompt = last_prompt[:old.start()] + new.group(0) + last_prompt[old.end():]
            change = (change[:new.start()] + change[new.end():]).strip()
            change = re.sub(r"^(?:and|,)\s*|\s*(?:and|,)$", "", change, flags=I).strip()
    return last_prompt, change


# "with a gold ribbon instead" after "… with a red ribbon": the phrase ending in the same noun, swapped
_INSTEAD_BARE = re.compile(r"^(?:with\s+)?(?P<new>(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){0,2}(?P<noun>[\w-]+))\s+instead$", I)


def _changed_prompt(last_prompt: str, change: str) -> str:
    """The last prompt with ``change``: a swap when it says "X instead of Y" and Y is in the prompt,
    else the change added at the end; a swap of something the prompt does not have is asked about."""
    swap = _INSTEAD.match(change)
    bare = None if swap else _INSTEAD_BARE.match(change)
    place = bare and re.match(r"(?P<prep>on|in|at|under|by|near|inside|against|over|beside)\s+\S", bare.group("new"), I)
    old_place = place and re.search(rf"\b{place.group('prep')}\s+[^,;]+", last_prompt, I)
    if old_place:  # "on grass instead" after "… on a concrete plinth, studio light": the place swapped
        return last_prompt[:old_place.start()] + bare.group("new") + last_prompt[old_place.end():]
    if bare:
        old = re.search(rf"\b(?:(?:a|an|the|some)\s+)?(?:[\w-]+\s+){{0,2}}?{re.escape(singular(bare.group('noun')))}(?:e?s)?\b",
                        last_prompt, I)
        kind = None if old or " " in bare.group("new").strip() else next(
            (m for m in re.finditer(r"\b[\w-]{4,}s\b", last_prompt) if bare.group("new").lower().endswith(m.group(0).lower())
             and len(bare.group("new")) - len(m.group(0)) >= 3 and bare.group("new").lower().endswith("s")), None)
        if kind:  # "with strawberries instead" after "… and berries": the kind named, in its place
            return last_prompt[:kind.start()] + bare.group("new") + last_prompt[kind.end():]
        if not old:
            raise Reply(f"\"{bare.group('new')}\" instead of what? The last prompt (\"{last_prompt}\") has no "
                        f"{bare.group('noun')}. Say the new prompt in full. Nothing was generated.")
        return last_prompt[:old.start()] + bare.group("new") + last_prompt[old.end():]
    if not swap:
        last_prompt, change = _swap_same_kind(last_prompt, change)
        if not change or re.search(rf"(?:^|,\s*){re.escape(change)}(?:,|$)", last_prompt, I):
            return last_prompt  # "2 more, but now with a croissant" once more: the prompt has it already
        return f"{last_prompt}, {change}"
    new, old = swap.group("new"), swap.group("old")
    found = re.search(rf"\b{re.escape(old)}\b", last_prompt, I)
    if not found and old.lower().endswith("s"):  # "roses instead of swallows" in "swallow tattoo flash"
        found = re.search(rf"\b{re.escape(old[:-1])}\b", last_prompt, I)
        new = new[:-1] if found and new.lower().endswith("s") and not new.lower().endswith("ss") else new
    if not found:
        raise Reply(f"The last prompt (\"{last_prompt}\") has no \"{old}\" to swap for \"{new}\". Say the new "
                    "prompt in full. Nothing was generated.")
    return last_prompt[:found.start()] + new + last_prompt[found.end():]


def _first_of_last_batch(state: PlanState) -> int | None:
    """"2 more with the same seed": the seed the last batch started from, its first image's."""
    pool = state.memory.last_items
    return pool[0] if pool and not state.memory.items_were_named and state.last_generate else None


_SO_I_CAN_SEE = re.compile(r"(?:\s+first)?\s*,\s*(?:just\s+)?so\s+(?:that\s+)?(?:i|we)\s+can\s+(?:see|check|know|judge|compare|tell|"
                           r"test|try)\b[^,;\ue000]*$", I)
_COUNT_SAID_LAST = re.compile(rf",\s*(?:just\s+|only\s+)?(?P<n>{NUMBER})\s+(?:images?|pics?|pictures?|of\s+them)(?:\s+please)?[\s.!]*$", I)
_IN_NEW_SESSION = re.compile(r"\s*,?\s+(?:in|into|for|as)\s+(?:a\s+)?(?:new|fresh|separate)\s+(?:session|sesh)\s+(?:called|named|titled)\s+"
                             r"(?P<name>\S.*?)[\s.!]*$", I)
_SEED_OF = re.compile(r"\s*,?\s*(?:with|using|on|keeping)\s+(?:the\s+)?same\s+seed(?:\s+(?:as|of)\s+(?:the\s+)?(?:(?:picture|image|number|pic|no\.?)\s*)?"
                      r"#?\s*(?P<item>\d{1,5})\b|(?=\s*$))", I)
_FROM_BRIEF = re.compile(rf"^(?:(?P<count>{NUMBER}|an?|one)\s+)?(?:more\s+)?(?:(?:new\s+)?(?:images?|pictures?|pics?|renders?)\s+)?"
                         r"(?:from|using|off|based\s+on|following|for)\s+(?:the\s+|my\s+|that\s+|this\s+|this\s+session'?s\s+|our\s+)?brief"
                         r"(?:\s+(?:of|for|in)\s+(?:this|the)\s+session)?[\s.!]*$", I)
# "a gentle variation of 1", "two bold remixes of 3": how far the variation goes, kept as its change
_MANNER = r"(?:gentle|subtle|slight|small|minor|quick|close|light|loose|wild|bold|soft|dramatic|drastic|radical|tiny|fresh)"
_VARIATIONS_OF = re.compile(
    rf"^(?:(?:{NUMBER}|a|an|some|a\s+few)\s+)?(?:more\s+)?(?:{_MANNER}\s+)?(?:variations?|versions?|variants?|remix(?:es)?)"
    r"\s+(?:of|on)\b", I)


# "like 5 or 6 skulls": two counts, and which one is meant is not said.
_TWO_COUNTS = re.compile(rf"^(?:{_HEDGE_WORDS}\s+)?({NUMBER})\s*(?:or|to|-)\s*({NUMBER})\s+(?!of\b)", I)


_FIELD_COUNT = re.compile(rf"^(?:(?:qty|quantity|count|n|num(?:ber)?|images?|amount)\s*[:=]?\s*|x\s*)(?P<n>{NUMBER})$"
                          rf"|^(?P<n2>{NUMBER})\s*(?:x|images?|pics?|pictures?)$", I)


def _fields(rest: str) -> str:
    """"friendly robot, flat | qty 6 | 1024x1024": fields split by "|" as one request — the count
    first, then the prompt, then the options."""
    count, others = None, []
    for field in (f.strip(" ,;") for f in rest.split("|")):
        counted = _FIELD_COUNT.match(field)
        if counted and count is None:
            count = counted.group("n") or counted.group("n2")
        elif field:
            others.append(field)
    return " ".join(filter(None, [f"{count} of" if count else "", ", ".join(others)]))


_PROMPT_OF = re.compile(rf"^(?P<count>(?:{NUMBER})\s+)?(?:more\s+)?(?:images?\s+)?(?:(?:with|using)\s+(?:exactly\s+)?the\s+(?:same\s+|exact\s+)?|(?:the\s+)?same\s+)"
                        r"prompt\s+(?:of|as|from)\s+(?:#\s*|number\s+|no\.?\s*|image\s+)?(?P<item>\d{1,5})\b[\s,]*(?P<rest>.*)$", I)


# "… on the procedural model", "using the default generator": which generator, said beside the prompt
_MODEL_NAMED = re.compile(r"(?:,\s*|\s+)(?:(?:on|with|using|via|through)\s+(?:the\s+)?(?P<model>[\w.-]+)\s+"
                          r"(?:model|generator|provider|engine|checkpoint)\b"
                          r"|(?:on|with|using|via)\s+(?:the\s+)?(?:model|generator|checkpoint)\s*[=:]?\s*(?P<model2>[\w.-]+))", I)
_DEFAULT_MODEL = re.compile(r"^(?:procedural|default|offline|usual|standard|normal|same|current)$", I)


def _without_model(text: str) -> str:
    """The request without the generator it names: the one set up runs every request (ATELIER_GENERATOR),
    so naming it changes nothing and naming another is refused rather than silently ignored."""
    named = _MODEL_NAMED.search(text)
    if not named:
        return text
    model = named.group("model") or named.group("model2")
    if not _DEFAULT_MODEL.match(model):
        raise Reply(f"I can't pick the generator per request: every image is made by the one set up with "
                    f"ATELIER_GENERATOR, not \"{model}\". Ask without naming a model, or change that "
                    "setting. Nothing was generated.", refused=True)
    return text[:named.start()] + text[named.end():]


def handle_generate(clause: Clause, state: PlanState) -> list[Step] | None:
    if "|" in clause.rest:
        clause = Clause(clause.text, clause.masked, clause.verb, _fields(clause.rest.lstrip(" :")))
    same = re.match(r"^(?:the\s+)?same\s+(?=(?:prompt|thing|one)?\s*as\s+(?:#|number|no\.?)?\s*\d)", clause.rest.strip(), I)
    if same:  # "generate the same prompt as number 1 again, but with seed 31337": a variation of #1
        return _same(Clause(clause.text, clause.masked, "same", clause.rest.strip()[same.end():]), state)
    two = _TWO_COUNTS.match(re.sub(r"^(?:me|us)\s+", "", clause.rest.strip(), flags=I))
    if two:
        raise Reply(f"Should I make {two.group(1)} or {two.group(2)}? Say one number. Nothing was generated.")
    text = _HEDGE.sub("", re.sub(r"^(?:(?:for\s+)?(?:me|us)\s+)+", "", clause.rest.strip(), flags=I))
    text = _without_model(text)
    if state.last_step is not None and state.last_step.name in ("create_session", "open_session"):
        # "make a session called Coastline and generate 2 of a lighthouse in it": the session just named
        text = re.sub(r"\s+(?:in\s+(?:it|there|that(?:\s+one|\s+session)?|this(?:\s+one|\s+session)?)|there)[\s.!]*$", "", text, flags=I)
    # "two further images in the same vein": more of the same
    text = re.sub(rf"^((?:{NUMBER})\s+)(?:further|additional|extra)\b", r"\1more", text, flags=I)
    text = re.sub(r"^((?:\S+\s+)?more(?:\s+(?:images?|pictures?|pics?))?)\s+(?:in\s+the\s+same\s+(?:vein|style|way|spirit|mood)"
                  r"|along\s+the\s+same\s+lines|like\s+before)\s*$", r"\1", text, flags=I)
    from_brief = _FROM_BRIEF.match(text)
    if from_brief:  # "generate 2 images from the brief": the generate tool's prompt is the brief when none is given
        said = from_brief.group("count")
        return [Step("generate", {"count": word_to_int(said)} if said and word_to_int(said) else {})]
    same_as = _PROMPT_OF.match(text)
    if same_as:  # "one more with exactly the prompt of number 3, but seed 77": a variation of #3
        count = leading_count(same_as.group("count"))[0] if same_as.group("count") else None
        return repeat_generate(count, text[same_as.end("count"):] if same_as.group("count") else text, clause.masked, state)
    variations = _VARIATIONS_OF.match(text)
    if variations:  # "give me 3 variations of 2": a remix, not a prompt
        remix = handle_remix(Clause(clause.text, clause.masked, "remix", text), state)
        if remix:  # else "2 versions of a logo": a prompt
            return remix
        if re.search(r"(?:^|\s)#?\d{1,4}\b", text[variations.end():]):
            # "1 variation of elf 3 with autumn leaves": an image by a name and a number, never a prompt
            raise Reply("Which image should I make variations of? Say its number in this session, e.g. \"remix 3 with "
                        "autumn leaves\" (or open its session first). Nothing was generated.")
    repeat = _REPEAT.match(text)
    if repeat:
        count_word = repeat.group("count") or repeat.group("count2")
        # "3 more pls 🙏 same vibe": courtesy and emoji between the words say nothing about the images
        said = re.sub(r"\b(?:pls|plz|please)\b|[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f\u200d]", " ", text[repeat.end():], flags=I)
        said = re.sub(r"^\s*,?\s*(?=(?:the\s+)?same\s+(?:vibe|style|look|feel|prompt|again|thing|settings)\s*$)", "", said, flags=I)
        if re.fullmatch(r"\s*(?:the\s+)?same\s+(?:vibe|style|look|feel|prompt|again|thing|settings)\s*", said, I):
            said = ""
        there = re.match(r"^\s*(?:of\s+)?(?:the\s+|those\s+|these\s+)?(?!(?:a|an|some)\s)(?P<subject>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                         r"\s+ones\s+in\s+(?:the\s+)?(?P<session>(?-i:[A-Z0-9])[\w'&-]*(?:\s+[\w'&-]+){0,3}?)(?:\s+(?:session|sesh))?"
                         r"[\s.!]*$", said, I)
        if there:  # "6 more iced coffee ones in Q3 Ads": that session's last request, if it was of those
            # ("… fishing boat pictures in Harbour" may be a place in the picture: asked below)
            where = session_arg(there.group("session"), clause.masked, state)
            if where:
                args = {"repeat_last": True, **where, "expect_subject": there.group("subject")}
                return [Step("generate", {**args, **({"count": word_to_int(count_word)} if count_word else {})})]
        last_prompt = (state.last_generate or {}).get("prompt") or ""
        named = re.match(r"^\s*(?:of\s+)?(?:the\s+)?(?P<subject>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)\s*,?\s+but\s+(?P<change>\S.*)$",
                         said, I)
        # ("four more rocket pictures, but this time at night": the rocket, the pictures of it)
        subject_word = named and re.sub(r"\s+(?:pictures?|images?|pics?|photos?|renders?|shots?|ones?)$", "", named.group("subject"), flags=I)
        if named and last_prompt and re.search(rf"\b{re.escape(singular(subject_word.split()[-1]))}", last_prompt, I):
            # "3 more gift boxes but with a gold ribbon instead": the last request, changed
            return repeat_generate(word_to_int(count_word) if count_word else None, " but " + named.group("change"),
                                   clause.masked, state)
        if named and not last_prompt and (state.last_generate or {}).get("repeat_last"):
            # "go to Holiday Promo, then 4 more of the gift box but with a bow": the tool checks its last request is of those
            steps = repeat_generate(word_to_int(count_word) if count_word else None, " but " + named.group("change"),
                                    clause.masked, state)
            return [Step(step.name, {**step.args, "expect_subject": named.group("subject")}) for step in steps or []] or None
        same_subject = re.match(r"^\s*(?:of\s+)?(?:the\s+)?(?!(?:a|an|some)\s)(?P<subject>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2}?)"
                                r"(?=\s*(?:,|(?:with|using|at)\b|--|$))", said, I)
        if same_subject and last_prompt and all(re.search(rf"\b{re.escape(singular(word))}", last_prompt, I)
                                                 for word in same_subject.group("subject").split()):
            # (every word of it: "2 more red sneakers" after white ones is a new picture)
            # "make 5 more sneakers with seed 1000" after "… a white sneaker …": the last request, with its options
            return repeat_generate(word_to_int(count_word) if count_word else None, said[same_subject.end():],
                                   clause.masked, state)
        steps = repeat_generate(word_to_int(count_word) if count_word else None, said, clause.masked, state)
        plain_more = re.fullmatch(rf"(?:{NUMBER})\s+more\s+", text[:repeat.end()] + " ", I)
        if steps is not None or not (plain_more and clause.verb in ("generate", "make")):
            return steps
        if re.match(r"^[\s,]*(?:but|and|only|with|same|like|in\s+the\s+same|pls|please|again)\b|^[\s,]*[^\w\s]", text[repeat.end():], I):
            # "make 3 more but in gold" with no earlier request here: a change to nothing, never a prompt
            raise Reply(("I could not read that change to the last request" if state.last_generate else
                         "There is no earlier request here to change") + " — say the whole prompt, e.g. "
                        "\"generate 3 of a gold ring\". Nothing was generated.")
        # "generate 2 more snowy cabins": more images, of what it says next.
        place = re.search(r"\s+in\s+(?:the\s+)?(?P<name>(?-i:[A-Z])[\w'-]*(?:\s+(?-i:[A-Z])[\w'-]*){0,3})(?:\s+(?:session|sesh))?[\s.!]*$",
                          text[repeat.end():])
        if place:  # "make 2 more fishing boat pictures in Harbour": a session, or part of the picture?
            raise Reply(f"Is \"{place.group('name')}\" a session to make them in, or part of the picture? Say \"in the "
                        f"{place.group('name')} session, generate …\" or put the whole prompt in quotes. Nothing was generated.")
        text = re.sub(r"\s+more\b", "", text, count=1, flags=I)
    check_count_words(text)
    slug = re.search(r"\s+in\s+(?P<name>[a-z0-9]+(?:[-_][a-z0-9]+)+)[\s.!]*$", text, I)
    if slug:  # "… a gradient sphere in ci-smoke": a session's name, or part of the picture?
        raise Reply(f"Is \"{slug.group('name')}\" a session to make them in, or part of the picture? Say \"in the "
                    f"{slug.group('name')} session, generate …\" or put the whole prompt in quotes. Nothing was generated.")
    count, after = leading_count(text)
    if count is not None and _REPEAT.match(after):
        return repeat_generate(count, after[_REPEAT.match(after).end():], clause.masked, state)
    said_last = _COUNT_SAID_LAST.search(text)
    if said_last and count is not None:
        raise Reply(f"That says {count} and then {said_last.group('n')} images. How many should I make? Nothing was generated.")
    if said_last:  # "generate a cat, 3 images": how many, said after the picture
        text = f"{said_last.group('n')} of {text[:said_last.start()]}"
    elsewhere = _IN_NEW_SESSION.search(text)
    if elsewhere:  # "generate 4 of a kitchen in a new session called Lakeview Kitchen": that session first
        name = clean_name(elsewhere.group("name"), clause.masked)
        steps = handle_generate(Clause(clause.text, clause.masked, clause.verb, text[:elsewhere.start()]), state) if name else None
        return [Step("create_session", {"name": name}), *steps] if steps else None
    seed_of = _SEED_OF.search(text)
    if seed_of:  # "make one of a bear fishing, with the same seed as picture 2": that image's seed
        text = text[:seed_of.start()] + text[seed_of.end():]
    # "1 test image of a calculator on a desk first, so I can see the cost": why, never part of the picture
    text = _SO_I_CAN_SEE.sub("", text)
    head, args = generation_options(text, clause.masked, state)
    if seed_of:
        item = seed_of.group("item") or _first_of_last_batch(state)
        if "seed" in args or item is None:
            raise Reply("Which seed? Say a number, or whose seed to reuse (\"the same seed as 2\"). Nothing was generated.")
        args["seed_from"] = int(item)
    odd_seed = re.search(r"\b(?:with\s+|using\s+)?(?:a\s+|the\s+)?seed\s*(?:=|:|of|number|is|should\s+be)?\s+(?P<value>[^\s,.;]+)", head, I)
    if odd_seed and not re.fullmatch(r"[-+−]?\d+", odd_seed.group("value")):
        raise Reply(f"\"{odd_seed.group('value')}\" is not a seed: a seed is a whole number from {SEED_RANGE}. "
                    "Nothing was generated.", refused=True)
    labelled = _PROMPT_LABEL.match(head.strip())
    if labelled:
        before_count, before = leading_count(labelled.group("before").strip())
        if _strip_image_noun(before).strip(" .,;:"):
            return None  # words before the label that are not a count: not read, so not run
        head = (f"{before_count} " if before_count is not None else "") + labelled.group("prompt")
    count, head = leading_count(head.strip())
    if count is not None:
        head = _strip_image_noun(head)
    else:
        head = _A_IMAGE_OF.sub("", head)
        head = _strip_image_noun(head) if re.match(r"^(?:images|pictures|pics|imgs|photos)\b", head, I) else head
    prompt = value_text(re.sub(r"\s+(?:and|with|,)$", "", head.strip(" ,;:")), clause.masked)
    same = re.fullmatch(r"(?:of\s+)?(?:the\s+)?same(?:\s+(?:thing|one|prompt|images?))?[\s,]+(?:but\s+)?(?P<change>(?:with|in|at|as|"
                        r"on|without|during)\b.+)", prompt, flags=I)
    if same:  # "now 2 of the same with a red cape": the last prompt, changed
        if not (state.last_generate or {}).get("prompt"):
            raise Reply("The same as what? There is no earlier prompt in this conversation — say what to make.")
        prompt = f"{state.last_generate['prompt']}, {same.group('change')}"
        head = prompt
    from_brief = re.fullmatch(r"(?:following|from|using|with|per|according\s+to|based\s+on)\s+(?:(?:the|my|our|this)\s+"
                              r"(?:session'?s\s+)?brief|(?P<it>it|that|this))", prompt, flags=I)
    if from_brief and from_brief.group("it") and not (state.last_step and state.last_step.name == "set_brief"):
        raise Reply(f"\"{prompt}\" names something that already exists, not a picture to make. Say what the images "
                    "should show, or \"generate 3 from the brief\". Nothing was generated.")
    if from_brief:
        prompt = ""  # "generate 3 following the brief": the session's brief is the prompt (the tool's default)
        head = ""
    check_prompt(head, prompt)
    if prompt:
        args["prompt"] = prompt
    if count is not None:
        args["count"] = count
    return [Step("generate", args)]


_REMIX_MARKERS = re.compile(
    # ("remix 4 into 2 variants with …", "remix 12 and 13 into 3 each": a count, when nothing of the picture follows it)
    r"(?P<prompt>\s+(?:as|into(?!\s+\d{1,3}\s+(?:variants?|variations?|versions?|each)(?=\s*(?:$|,|with\b|but\b)))"
    r"|with\s+(?:the\s+|a\s+)?(?:new\s+)?prompt\s*:?|prompt\s*:)\s+)"
    r"|(?P<negative>(?:,\s*|\s+)(?:without|with no|negative prompt|negative|avoid(?:ing)?|excluding)\s*:?\s+|,\s*no\s+)"
    r"|(?P<seed>(?:,\s*|\s+)(?:with\s+|using\s+)?(?:a\s+|the\s+)?seed\s*(?:=|:|of|is)?\s*(?=[-+−]?\d))"
    rf"|(?P<times>(?:,\s*|\s+)(?:(?:with|in|into|as|make\s+it|give\s+me)\s+)?(?:{_HEDGE_WORDS}\s+)?(?:twice|thrice|(?:{NUMBER})\s+"
    r"(?:times|variations?|versions?|variants?|remixes|copies|takes|each)|x\s*\d+)\b)",
    I,
)


# What a remix changes, after the image it names: "3 with a red sole", "it but at night", "#2, moodier".
_REMIX_CHANGE = re.compile(r"^(?P<item>.+?)(?:\s+(?:but\s+|and\s+)?make\s+(?:it|them)\s+|\s*,\s*|\s+but\s+|\s+(?=with\s)"
                           r"|\s+(?:where|so\s+that)\s+(?:it'?s|its|it\s+is|they'?re|they\s+are)\s+"  # "… where its foggy"
                           r"|\s+(?=(?:in|at|during|as)\s))"  # "it in winter", "3 at night"
                           r"(?P<change>\S.*)$", I)


def handle_remix(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = _HEDGE.sub("", clause.rest.strip(" ,.;:"))  # "remix about 3 variations of 2"
    # "at 768 x 768", "at 64 x 64": a size said with spaces, never "64 times"
    rest = re.sub(r"\b(at|in|size)\s+(\d{2,5})\s*[x×]\s*(\d{2,5})\b", r"\1 \2x\3", rest, flags=I)
    rest = re.sub(r"\s+(?:too|as\s+well|also)$", "", rest, flags=I)  # "now remix that one too"
    rest = re.sub(r"^(?:of|on)\s+(?=#|\d|(?:the\s+)?(?:picture|image|number|pic)\b)", "", rest, flags=I)  # "variations of 1"
    # "variation of picture 1 and of picture 3": the numbers
    rest = re.sub(r"\s*(?:,|\band)\s+of\s+(?=(?:the\s+)?(?:#|\d|picture|image|number|pic)\b)", " and ", rest, flags=I)
    rest = re.sub(r"\b(?:the\s+)?(?:pictures?|images?|numbers?|pics?|panels?|frames?|shots?|thumbnails?|cards?|pages?|designs?|"
                  r"options?|iterations?)\s+(?=#?\d)", "", rest, flags=I)
    about = re.search(rf"[,\s]+(?:like|about|around|say|maybe)\s+(?P<n>{NUMBER})(?:\s+of\s+(?:them|those)|\s+times)?$", rest, I)
    if about and word_to_int(about.group("n")):  # "variations of panel 8, like three of them": how many
        rest = rest[:about.start()] + f", {word_to_int(about.group('n'))} variations"
    manner = re.search(rf"\b({_MANNER})\s+(?=(?:variations?|versions?|variants?|remix(?:es)?)\s+(?:of|on)\s)", rest, I)
    if manner:
        rest = rest[:manner.start()] + rest[manner.end():]
    steps = _remix_steps(clause, rest, state)
    if manner and steps and manner.group(1).lower() not in ("quick", "fresh"):  # how fast is no change to the image
        for step in steps:
            said = step.args.get("change")
            step.args["change"] = manner.group(1).lower() + (f", {said}" if said else "")
    return steps


def _remix_steps(clause: Clause, rest: str, state: PlanState) -> list[Step] | None:
    args: dict = {}
    count, after = leading_count(rest)
    variations = re.match(r"^(?:more\s+)?(?:variations?|versions?|variants?|remix(?:es)?)\s+(?:of|on)\s+", after, I)
    if variations:
        rest = after[variations.end():]
        if count is not None:
            args["count"] = count
    else:
        rest = re.sub(r"^(?:a\s+|an\s+|some\s+|a\s+few\s+)?(?:more\s+)?(?:variations?|versions?|variants?|remix(?:es)?)\s+(?:of|on)\s+",
                      "", rest, flags=I)
    rest = said_negative(rest, clause.masked, args)
    head, parts = segment(rest, _REMIX_MARKERS)
    for name, value in parts:
        if name == "prompt":
            args["prompt"] = value_text(value, clause.masked)
        elif name == "negative":
            args["negative_prompt"] = ", ".join(filter(None, (
                value_text(_OPTION_TAIL.sub("", value.rstrip(" ,.;:!?")), clause.masked), args.get("negative_prompt"))))
        elif name == "seed":
            args["seed"] = parse_seed(value)
        elif name == "times" and value.strip(" ,.;:"):  # "remix 2 twice with heavier rain"
            # "remix 2 twice with heavier rain"; "remix 8 x3 warmer light": a bare change of plain words
            if not re.match(r"^\s*,?\s*(?:with|but|and\s+make\s+(?:it|them))\s+\S", value, I) and \
                    not re.fullmatch(r"\s*,?\s*[a-z][a-z\s,'-]*", value, I):
                return None
            args["change"] = value_text(re.sub(r"^\s*,?\s*(?:but\s+(?:make\s+(?:it|them)\s+)?|and\s+make\s+(?:it|them)\s+)",
                                               "", value, flags=I),
                                        clause.masked)
    for match in _REMIX_MARKERS.finditer(rest):
        if match.lastgroup == "times":
            spoken = re.sub(rf"^[\s,]*(?:(?:with|in|into|as|make\s+it|give\s+me)\s+)?(?:{_HEDGE_WORDS}\s+)?", "",
                            match.group(0).lower())
            args["count"] = {"twice": 2, "thrice": 3}.get(spoken.strip()) or first_int(spoken.lstrip("x ")) or 1
    several = _several_remixes(head.strip(" ,.;:"), args, clause.masked)
    if several:
        return several
    target = with_session_suffix(head.strip(" ,.;:"), state, clause.masked, parse=parse_single_item)
    # "in" before a lower-case word is a change ("in winter", "in the style of monet"); before a name
    # ("in Harbour") or with "session" it names the session
    bare_in = re.search(r"\s+in\s+(?!(?:the\s+)?(?:session|sesh)\b)(?!.*\b(?:session|sesh)$)(?:the\s+)?(?-i:[a-z])", head, I)
    if target and target[1] and bare_in and _REMIX_CHANGE.match(head.strip(" ,.;:")):
        target = None  # "remix 4 in the style of monet", "a version of 3 in winter": a change, not a session
    if not target:  # "remix 3 with a red sole", "remix it but at night", "#2, moodier, more fog"
        change = _REMIX_CHANGE.match(head.strip(" ,.;:"))
        target = change and with_session_suffix(change.group("item"), state, clause.masked, parse=parse_single_item)
        if not target:
            return None
        args["change"] = value_text(change.group("change"), clause.masked)
    item, where = target
    if re.search(r"\b\d{2,5}\s*[x×*]\s*\d{2,5}\b|\b(?:portrait|landscape|square)\b(?!\s+(?:of|photo|painting))", args.get("change") or "", I):
        # "same as 4 but 1024x1024": a size is no words for the prompt, and a variation keeps its image's size
        raise Reply(f"A variation of #{item} keeps its size, and I won't write a size into the prompt. To make it at another "
                    f"size, generate it anew with that size, e.g. \"generate 1 of … at 1024x1024\" (\"what's the prompt of "
                    f"{item}?\" shows its prompt). Nothing was generated.")
    if re.search(r"\binstead\b(?!\s+of\b)", args.get("change") or "", I):
        # "… but with a blue dragon instead": a change is added to the prompt; this replaces part of it
        raise Reply(f"\"{args['change']}\" replaces part of #{item}'s prompt, and a remix only adds to it. Say the new "
                    f"prompt whole, e.g. \"remix {item} with the prompt: a blue dragon …\". Nothing was generated.")
    return [Step("remix", {"item": item, **where, **args})]


# "remix 2, 3 and 5 with a vhs grain look": numbers, then (maybe) the change for each of them.
_SEVERAL = re.compile(r"^(?P<items>(?:#\s*)?\d{1,5}(?:\s*(?:,|and|&)\s*(?:#\s*)?\d{1,5})+)"
                      r"(?:(?:\s+(?:but\s+)?make\s+(?:it|them)\s+|\s+but\s+|\s+(?=with\s)|\s*,\s*)(?P<change>\S.*))?$", I)


def _several_remixes(head: str, args: dict, masked: Masked) -> list[Step] | None:
    """One remix per numbered image (the remix tool takes one image); None when ``head`` names one."""
    match = _SEVERAL.match(head)
    items = parse_number_list(match.group("items")) if match else None
    if not items or len(items) < 2:
        return None
    said = match.group("change") or ""
    each = re.fullmatch(rf"\s*({NUMBER})\s+(?:each|apiece|of\s+each)\s*", said, I)  # "variations of 1 and 2, two each"
    if each:
        return [Step("remix", {"item": item, **args, "count": word_to_int(each.group(1))}) for item in items]
    change = {"change": value_text(said, masked)} if said else {}
    return [Step("remix", {"item": item, **args, **change}) for item in items]


def _repeat_verb(clause: Clause, state: PlanState) -> list[Step] | None:
    return handle_generate(Clause(clause.text, clause.masked, "generate", clause.text), state)


_IMAGES_OF = re.compile(r"^(?:[a-z-]+\s+){0,2}?(?:images?|pictures?|pics?|sketch(?:es)?|renders?|drafts?|shots?|photos?|"
                        r"illustrations?|concepts?|mock-?ups?|options?|versions?|takes?|portraits?|posters?|designs?)"
                        r"\s+(?:of|for|with)\s", I)


def _do(clause: Clause, state: PlanState) -> list[Step] | None:
    """"do it again", "do 2 more of those", "do the same with seed 4": repeat the last request."""
    rest = re.sub(r"^(?:it|that|this|the\s+same(?:\s+thing)?)(?=\s|$)\s*", "", clause.rest.strip(), flags=I)
    once_more = re.match(r"^once\s+more\b", rest, I)
    if once_more or re.fullmatch(r"the\s+same(?:\s+thing)?(?:\s+again)?", clause.rest.strip(), I):
        return repeat_generate(None, rest[once_more.end():] if once_more else "", clause.masked, state)
    count, after = leading_count(rest)
    if _REPEAT.match(after if count is not None else rest):
        return handle_generate(Clause(clause.text, clause.masked, "generate", rest), state)
    if count is not None and (_IMAGES_OF.match(after) or re.match(r"^of\s+(?:a|an|the|some)\s", after, I)):
        # "do six quick sketches of a storefront", "do 5 of a beholder"
        return handle_generate(Clause(clause.text, clause.masked, "generate", rest), state)
    if re.match(r"^(?:a|an|another|one|(?:\d{1,2}|two|three|four)\s+(?:more\s+)?)\s*(?:versions?|variations?|variants?|remix(?:es)?)\s+"
                r"(?:of|on)\s", rest, I):  # "do a version of it in winter"
        return handle_remix(Clause(clause.text, clause.masked, "remix", re.sub(r"^(?:a|an|another|one)\s+", "", rest, flags=I)),
                            state)
    if rest != clause.rest.strip() and re.match(r"^(?:for|in)\s", rest, I):  # "do the same for winter sale"
        return _same(Clause(clause.text, clause.masked, "same", rest), state)
    if rest != clause.rest.strip() and re.match(r"^(?:with|but|,|using|at)\b", rest, I):
        return repeat_generate(None, " " + rest, clause.masked, state)  # "do the same with seed 4"
    return None


def _same(clause: Clause, state: PlanState) -> list[Step] | None:
    """"same but seed 7", "same again with 3 more": the last request with a change; "same as 2 but
    seed 101": a variation of #2."""
    rest = clause.rest.strip()
    elsewhere = re.match(r"^(?:thing\s+)?(?:for|in|on)\s+(?!(?:a|an)\s)(.+)$", rest, I)
    if elsewhere:  # "now the same for winter sale": the last change (or request), in another session
        where = session_arg(elsewhere.group(1), clause.masked, state)
        if not where:
            return None
        if state.last_action is not None:
            kept = {k: v for k, v in state.last_action.args.items() if k != "session"}
            return [Step(state.last_action.name, {**kept, **where})]
        if state.memory.last_did_nothing:  # "in q3 ads, heart #1" not understood, then "the same for holiday promo"
            raise Reply("The same as what? Your last message changed nothing, so I won't repeat an older request in its "
                        "place — say what to do there. Nothing was changed.")
        if state.last_generate and not state.last_generate.get("repeat_last"):
            return [Step("generate", {**state.last_generate, **where})]
        raise Reply("The same as what? There is no earlier change in this conversation to repeat there.")
    like_one = re.match(r"^(?:prompt\s+|thing\s+|one\s+)?as\s+(?:#\s*|number\s+|no\.?\s*)?(\d{1,5})\b\s*(.*)$", rest, I)
    if like_one:
        change = _CONNECTIVE.sub("", like_one.group(2)).strip(" ,")
        if change and not re.match(r"with\b", change, I):
            change = "with " + change
        return handle_remix(Clause(clause.text, clause.masked, "remix", f"{like_one.group(1)} {change}".strip()), state)
    looked_at = state.memory.last_action
    if looked_at is not None and looked_at.name == "generation_details" and type(looked_at.args.get("item")) is int \
            and re.match(r"^(?:but|with|,)\s*", rest, I) and state.last_step is None:
        # "show 7", then "same but seed=99": that image, varied (never the session's last batch again)
        change = _CONNECTIVE.sub("", rest).strip(" ,")
        change = change if not change or re.match(r"with\b|seed\b", change, I) else "with " + change
        return handle_remix(Clause(clause.text, clause.masked, "remix", f"{looked_at.args['item']} {change}".strip()), state)
    rest = re.sub(r"^(?:thing|prompt|one|request)\b", "", rest, flags=I)
    amount = re.search(rf"[\s,]+(?:only\s+|just\s+)?({NUMBER})\s+(?:images?|pics?|pictures?)(?:\s+this\s+time)?(?=[\s,]|$)",
                       rest, I)
    if amount:  # "same prompt, seed 1234, 1 image", "same prompt again, only one image this time, seed 12"
        rest = f" {amount.group(1)} more{rest[:amount.start()]}{rest[amount.end():]}"
    if not rest.strip(" ,.!"):
        return None  # a bare "same" could answer anything; "same again" repeats
    if not re.match(rf"^[\s,]*(?:again|but|with|only|just|though|this\s+time|using|at|seed|(?:{NUMBER})\s+more)\b", rest, I):
        return None
    count, after = leading_count(re.sub(r"^(?:[\s,]*(?:again|but|with)\b)*[\s,]*", "", rest, flags=I))
    if count is not None and _REPEAT.match(after):  # "same again but 3 more"
        return repeat_generate(count, after[_REPEAT.match(after).end():], clause.masked, state)
    return repeat_generate(None, " " + rest, clause.masked, state)
