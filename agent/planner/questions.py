"""Questions people ask about what is in the studio, answered by read-only tools.

A question only reads, so it may be answered on its best reading (the reply says what it read);
nothing here ever plans a step that changes data.
"""

from __future__ import annotations

import re

from agent.planner.numbers import NUMBER, word_to_int
from agent.planner.plan import PlanState, Reply, Step
from agent.planner.references import CURRENT, clean_name, listed, parse_selection, parse_session
from agent.planner.text import Masked

_FLAGS = re.IGNORECASE
_SESSION = r"(?:ses+h?ion|sesh|sessoin)"
_CURRENT = re.compile(
    rf"\b(?:which|what|wat|wot)\s+{_SESSION}\s+(?:am\s+i|are\s+we|is\s+(?:this|open|current|active)|i\s+am|we\s+are|i'?m|im|we'?re)\b"
    rf"|\bwhat(?:'s|\s+is|\s+was)?\s+(?:this|the\s+current|my\s+current|the)\s+{_SESSION}\s+(?:called|named|name)\b"
    rf"|\bwhat\s+{_SESSION}\s+(?:is\s+this|am\s+i\s+in|are\s+we\s+in)\b"
    rf"|\b(?:current|this)\s+{_SESSION}'?s?\s+name\b|^(?:current|which)\s+{_SESSION}\s*\??$"
    # "which client am i in rn": a freelancer's session is the client's job
    r"|\b(?:which|what|wat)\s+(?:client|brief|job|shoot)\s+(?:am\s+i|are\s+we|i'?m|im|we'?re)\s+(?:in|on|working\s+on|doing)\b"
    # "what's the session I'm in now, just to be sure?"
    rf"|^(?:what|which)(?:'s|\s+is)\s+the\s+{_SESSION}\s+(?:i'?m|i\s+am|we'?re|we\s+are)\s+in\b", _FLAGS)
# "which session did those go into?", "Which session did you put it in?": where what was just made went
_WHERE_THEY_WENT = re.compile(
    rf"^(?:in\s+)?(?:which|what)\s+{_SESSION}\s+(?:did|do|are|were|is|was)\s+(?:those|they|these|it|that(?:\s+one)?|"
    r"the\s+(?:new\s+)?(?:ones|images|pictures|pics)|you)\s+(?:(?:put|place)\s+(?:it|them|those|that(?:\s+one)?)\s+in(?:to)?|"
    r"go\s+(?:in|into|to)|end\s+up\s+in|land\s+in|(?:get\s+)?(?:saved|made|put|generated|imported)\s+in(?:to)?|in)\b", _FLAGS)
# "in what project is this session?", "which campaign does this session belong to?", "is it in a folder?":
# the current session's answer names its project, folder and campaign
_BELONGS = r"(?:projects?|folders?|campaigns?)"
_CURRENT_HOME = re.compile(
    rf"^(?:in\s+)?(?:what|which)\s+{_BELONGS}\s+(?:is|does|am|are)\s+(?:this|the|my|the\s+current|i|we)\s*(?:{_SESSION}\s*)?"
    r"(?:in|part\s+of|belong\s+to|under|linked\s+to|filed\s+(?:in|under))?\s*\??$"
    rf"|^(?:is|does)\s+(?:this|the|my|the\s+current)\s+{_SESSION}\s+(?:in|belong\s+to|part\s+of|linked\s+to)\s+"
    rf"(?:a|an|any)\s+{_BELONGS}(?:\s+(?:or\s+(?:a\s+|an\s+|any\s+)?{_BELONGS}))*\s*\??$", _FLAGS)
# "Is Old Tests archived?", "what project does Product Shots belong to?": a named session's facts
_SESSION_FACTS = re.compile(
    rf"^(?:tell\s+me\s+)?(?:is\s+(?:the\s+)?(?:{_SESSION}\s+)?(?P<s1>.+?)(?:\s+{_SESSION})?\s+(?:still\s+)?(?:archived|active|"
    rf"in\s+(?:a|an|any)\s+{_BELONGS})"
    rf"|(?:in\s+)?(?:what|which)\s+{_BELONGS}\s+(?:is|does)\s+(?:the\s+)?(?:{_SESSION}\s+)?(?P<s2>.+?)(?:\s+{_SESSION})?\s+"
    r"(?:in|belongs?\s+to|(?:a\s+)?part\s+of|under|linked\s+to)"
    rf"|(?:what|which)\s+{_BELONGS}\s+(?:the\s+)?(?:{_SESSION}\s+)?(?P<s3>.+?)(?:\s+{_SESSION})?\s+"
    r"(?:is\s+in|belongs\s+to|is\s+(?:a\s+)?part\s+of|is\s+under))(?:,?\s+if\s+any(?:thing)?)?\s*\??$", _FLAGS)
_RECENT = re.compile(rf"\b(?:most\s+recent|latest|last|newest)\s+{_SESSION}\b(?!s)"
                     rf"|\b{_SESSION}\s+did\s+(?:i|we)\s+(?:start|make|create|open|use|generate\s+in|work\s+(?:in|on))\s+"
                     r"(?:most\s+recently|last)\b"
                     rf"|\b{_SESSION}\s+(?:did|was)\s+(?:i|we)\s+(?:last|most\s+recently)\s+(?:in|(?:generat|work|us|mak)(?:e|ed|ing)\b)"
                     rf"|\b{_SESSION}\s+(?:more|most)\s+recent\b"
                     rf"|\b{_SESSION}\s+(?:was|were)\s+(?:i|we)\s+(?:in|working\s+(?:in|on))\s+(?:last|most\s+recently|before)\b"
                     rf"|\b{_SESSION}\s+(?:was|has\s+been)\s+(?:used|touched|worked\s+on|open(?:ed)?)\s+(?:most\s+recently|last)\b",
                     _FLAGS)
_MAKES = re.compile(r"(?:make|generate|gen|create|render|draw|remix|paint)\s+(?:me\s+)?(?:\d|a\b|an\b|one|two|three|four|five|more|new|"
                    r"some|another)", _FLAGS)
_ASKING = re.compile(r"^(?:what|whats|which|show|tell|list|where|who|give|get)\b", _FLAGS)
_HOW_MANY = re.compile(r"^how\s+many\b(?!\s+(?:credits?|creds?)\b)", _FLAGS)
_ACROSS = re.compile(r"\b(?:total|in\s+total|overall|altogether|across|everywhere|every\s+session|all\s+(?:my\s+|of\s+my\s+)?"
                     r"sessions|in\s+all)\b", _FLAGS)
_DETAIL_WORDS = (r"(?:prompt|negative\s+prompt|seed|model|generator|settings|size|dimensions|resolution|provenance|details|description|"
                 r"creation\s+(?:time|date)|created\s+(?:time|date|at)|timestamp|"
                 r"info|metadata|specs|specifications)")
_ITEM = rf"(?:#\s*|(?:number|no\.?|image|generation|picture|pic)\s+#?\s*)?({NUMBER})"
_DETAILS_OF_THEM = re.compile(rf"^(?:what|which|show|tell\s+me)\b.*\b{_DETAIL_WORDS}\b.*\b(?:for|of|on|in|about)\s+"
                              r"(?:that|this|the|those|these|them|it)(?:\s+(?:one|ones|image|images|file|files|picture|pictures))?"
                              r"(?:\s+you\s+(?:just\s+)?imported)?\s*\??$", _FLAGS)
_DETAILS = re.compile(
    rf"\b{_DETAIL_WORDS}\b.*?\b(?:of|on|for|in|from|used\s+(?:for|on))\s+(?:the\s+)?{_ITEM}\s*\??$"
    rf"|^(?:the\s+)?(?:image|generation|picture|number|#)\s*#?\s*({NUMBER})\b.*\b{_DETAIL_WORDS}\b"
    rf"|^what(?:'s|\s+is)\s+(?:the\s+)?(?:image|generation|picture|number|#)\s*#?\s*({NUMBER})(?:'s)?\s+(?:{_DETAIL_WORDS}|parent|origin)\b"
    rf"|^did\s+(?:i|we)\s+(?:like|save|archive|select)\s+(?:the\s+)?(?:image|generation|picture|number|#)\s*#?\s*({NUMBER})\s*\??$"
    rf"|^(?:is\s+)?(?:the\s+)?(?:image|generation|picture|number|#)\s*#?\s*({NUMBER})\s+(?:is\s+)?(?:liked|saved|archived|selected)"
    r"(?:\s+or\s+not)?\s*\??$"
    rf"|\b(?:was|is|did)\s+(?:the\s+)?{_ITEM}\s+(?:remixed|made|derived|generated|created)\s+from\b", _FLAGS)
_NAMES = re.compile(r"^(?:(?:list|show|what|which|what\s+are|tell\s+me)\s+)?(?:me\s+)?(?:all\s+)?(?:the\s+|my\s+|of\s+my\s+)?"
                    r"(projects|folders|tags|campaigns)(?:\s+(?:do|have|did)\s+(?:i|we)\s+(?:have|got|made|used|make|use)"
                    r"(?:\s+so\s+far|\s+yet)?|\s+are\s+there"
                    r"|\s+i\s+have|\s+(?:are\s+)?in\s+use|\s+exist)?(?:\s+in\s+(?:the|my)\s+library)?"
                    r"(?:\s+(?:at\s+present|at\s+the\s+moment|currently|right\s+now|so\s+far|now))?"
                    # "…, and how many things are in each?": the list says what each holds
                    r"(?:\s*,?\s*and\s+(?:how\s+many|what)\s+(?:things|items|assets|images|files)?\s*(?:are\s+)?"
                    r"(?:is\s+)?(?:in\s+)?(?:each|them)(?:\s+(?:one|of\s+them))?)?\s*\??$", _FLAGS)
# "May I ask which folders we currently have and what is inside each one?", "yo which folders do i even have":
# the list, asked in words that only ask for it (any other word, and this is not the question)
_NAMES_ASKED = re.compile(r"^(?:(?:may|can|could)\s+i\s+(?:ask|see|know)\s+|(?:please\s+|pls\s+)?(?:list|show|tell|give)\s+(?:me\s+)?)?"
                          r"(?:(?:which|what|all|the|my|our|of|me)\s+)*(projects|folders|tags|campaigns)\b(?P<tail>[^?]*)\??$", _FLAGS)
_NAMES_TAIL_WORDS = frozenset(
    "do did have has i we you even currently got made use used in the my our library and what is are inside each one of them "
    "hold holds contains contain at present moment right now so far exist there how many things items assets images files "
    "pictures which ones they called named what's whats list show tell me with their contents".split())
# "wait which folder did i save the dragons to": every folder, with what it holds, answers it
_WHICH_FOLDER_SAVED = re.compile(r"^(?:in\s+)?(?:which|what)\s+folders?\s+(?:(?:(?:did|do|have|had)\s+)?(?:i|we|you)\s+(?:did\s+|have\s+|had\s+)?"
                                 r"(?:save|put|store|add|file|move)(?:d)?\b"
                                 r"[^?]*|(?:is|are)\s+(?!(?:image|picture|pic|photo|number|no\.?|#)\s*\d)[^?\d]*\b(?:in|saved|kept|stored))\??$", _FLAGS)
# "how many folders do I have, and what are they called?": the list says how many
_HOW_MANY_NAMES = re.compile(r"^how\s+many\s+(projects|folders|tags|campaigns)(?:\s+(?:do|have|did)\s+(?:i|we)\s+(?:have|got|made|make))?"
                             r"(?:\s+(?:so\s+far|now|yet))?(?:\s+(?:are\s+there|exist))?"
                             r"(?:\s*,?\s*and\s+(?:what\s+are\s+they|what(?:'s|\s+are)\s+their\s+names|which\s+(?:ones|are\s+they))"
                             r"(?:\s+(?:called|named))?)?\s*\??$", _FLAGS)
# "how many items are in the Falcon Assets folder?": that folder's assets (the list says how many)
_FOLDER_COUNT = re.compile(r"^how\s+many\s+[a-z]+\s+(?:are\s+|do\s+i\s+have\s+)?(?:there\s+)?"
                           r"(?:in|inside)\s+(?:the\s+|my\s+)?(?:folder\s+(?P<named>.+?)|(?P<before>.+?)\s+folder)"
                           r"(?:\s+(?:now|so\s+far))?\s*\??$", _FLAGS)
# "what model are u even using", "which generator is this": the generator and its model
_GENERATOR = re.compile(r"^(?:is\s+(?:this|it)\s+(?:a\s+)?real\s+ai(?:\s+(?:making|doing|drawing)\s+(?:these|them|this|the\s+images))?"
                        r"|(?:what|who)\s+(?:makes|made|draws|drew|paints|creates)\s+(?:these|them|the\s+images|my\s+images)"
                        r"|what\s+size\s+(?:are|is)\s+(?:the|my|these|those)\s+(?:images|pictures|generations)(?:\s+here)?"
                        r"|(?:which|what)\s+(?:provider|generator|model|engine)\s+(?:made|makes|created|generated|did)\s+"
                        r"(?:these|those|them|the\s+images|my\s+images|this\s+session'?s?\s+images)"
                        # "what's the most frames I can fire in one request?", "how many images can I generate at once?"
                        r"|(?:what'?s|what\s+is)\s+the\s+(?:most|max(?:imum)?(?:\s+(?:number\s+of|count\s+of))?)\s+(?:images|frames|pics|pictures|shots)"
                        r"\s+(?:i|we)\s+can\s+(?:generate|make|fire|shoot|do|get|render|ask\s+for)(?:\s+(?:at\s+once|in\s+one\s+(?:request|go|batch|shot)))?"
                        r"|how\s+many\s+(?:images|frames|pics|pictures|shots)\s+can\s+(?:i|we)\s+(?:generate|make|fire|shoot|do|get|render|ask\s+for)"
                        r"\s+(?:at\s+once|in\s+one\s+(?:request|go|batch|shot)|per\s+request|at\s+a\s+time)"
                        # "What sizes can the default generator make?"
                        r"|what\s+sizes?\s+(?:can|does|do|will)\s+(?:the\s+|this\s+|your\s+)?(?:default\s+|current\s+)?"
                        r"(?:generator|model|engine|ai|it|you)\s+(?:make|do|support|handle|render|output))\s*\??$"
                        r"|^(?:what|which)(?:'s|\s+is)?\s+(?:the\s+)?(?:image\s+)?(?:model|generator|engine|ai|backend|checkpoint)"
                        r"(?:\s+(?:are|is|do|does)\s+(?:u|you|we|it|this)(?:\s+(?:even|actually))?\s*(?:using|use|running|on)?"
                        r"|\s+(?:is\s+)?(?:this|in\s+use|being\s+used)(?:\s+(?:at\s+the\s+moment|now|right\s+now|currently))?"
                        # "…, and is it an AI model?": what the answer says anyway
                        r"(?:\s*,?\s*and\s+is\s+it\s+(?:an?\s+)?(?:real\s+)?(?:ai|artificial\s+intelligence)(?:\s+model)?)?)?\s*\??$", _FLAGS)


# "what seed did #3 use", "what model made these", "show me the seed and prompt of 1 and 2",
# "is #5 saved?", "what is #11 a remix of?": the details of the generations named.
_DETAIL_OF = re.compile(
    rf"^(?:what(?:'?s)?|which|show|tell|give|list|get|pull(?:\s+up)?)\b(?:\s+me)?.*?\b{_DETAIL_WORDS}s?\b.*?\b(?:of|on|for|in|did|does|do|made|"
    rf"created|generated|used\s+(?:for|on|by)|about|behind)\s+(?:the\s+)?(?P<items>.+?)(?:\s+(?:use|have|get|got|"
    rf"made\s+with))?\s*\??$"
    rf"|^(?:what|which)\s+{_DETAIL_WORDS}s?\s+(?:is|are|was|were)\s+(?P<these>.+?)(?:\s+(?:images|pictures|ones))?\s*\??$"
    rf"|^{_DETAIL_WORDS}s?\s+(?:of|for|on)\s+(?P<short_items>.+?)\s*\??$"
    rf"|^(?:when|what\s+time|what\s+day)\s+(?:did|was|were)\s+(?:i|we\s+)?\s*(?:make|made|generate|generated|create|created)\s+"
    rf"(?P<when_items>.+?)\s*\??$"
    rf"|^when\s+(?:was|were)\s+(?P<when_made>.+?)\s+(?:generated|made|created|rendered)\s*\??$"
    rf"|^(?:is|was|are|were)\s+(?P<state_items>.+?)\s+(?:ever\s+|already\s+)?(?:saved|liked|archived|in\s+the\s+library|a\s+remix)\b.*\??$"
    rf"|^(?:what|which)\s+{_DETAIL_WORDS}s?(?:\s*(?:,|and)\s*{_DETAIL_WORDS}s?)*\s+(?:produced|made|created|generated)\s+"
    rf"(?P<made_items>.+?)\s*\??$"
    rf"|^what\s+(?:is|was)\s+(?P<remix_items>.+?)\s+(?:a\s+)?(?:remix|variation|version|child)\s+of\s*\??$"
    rf"|^(?:what|which\s+one)\s+(?:is|was)\s+(?P<from_items>.+?)\s+(?:remixed|made|derived|generated|created)\s+from\s*\??$",
    _FLAGS)
_LIKED_SO_FAR = re.compile(r"^(?:what\s+did\s+(?:i|we)\s+just\s+"
                           r"|(?:which|what)\s+(?:ones?|images?|generations?|pictures?|pics?)\s+(?:(?:have|did|do)\s+(?:i|we)|"
                           r"(?:i|we)(?:\s+have|'ve)?)\s+(?:just\s+)?"
                           r"|(?:show|list|tell)\s+(?:me\s+)?(?:what|everything|all\s+(?:that\s+)?|the\s+ones\s+)\s*(?:i|we)\s+"
                           r"(?:have\s+|'ve\s+)?)"
                           r"(?:liked?|loved|favou?rited|heart(?:ed)?|starred)(?:\s+(?:so\s+far|yet|here|in\s+this\s+session))?\s*\??$", _FLAGS)
_LIKED_IN = re.compile(
    r"^(?:which|what)\s+(?:(?:ones|images|generations|pictures|pics)\s+)?(?:of|in|from)\s+(?:the\s+)?(?P<s>.+?)\s+"
    r"(?:did\s+(?:i|we)\s+like|have\s+(?:i|we)\s+liked|(?:i|we)\s+liked|(?:are|were|got)\s+liked)"
    r"(?:\s*[?.!]?\s*(?:just|only)\s+(?:the\s+)?numbers(?:\s+please)?)?\s*[?.!]?$", _FLAGS)
_LIBRARY_SIZE = re.compile(r"^how\s+many\s+(?:assets|files|images|things|items)\s+(?:are\s+)?(?:there\s+)?(?:in|do\s+i\s+have\s+in)"
                           r"\s+(?:my|the)\s+library\b.*$", _FLAGS)
_ANY_NAMES = re.compile(r"^(?:(?:do|have)\s+(?:i|we)\s+(?:have|got|made)\s+)?any\s+(projects|folders|tags|campaigns)(?:\s+yet)?\s*\??$",
                        _FLAGS)
_REFLECTION = re.compile(
    r"^(?:what\s+(?:did|does)\s+(?:the|its|this\s+session'?s?)\s+reflection(?:\s+(?:on|of|for)\s+(?:this|the\s+current)\s+session)?\s+say"
    r"|(?:show|read|give|tell)\s+(?:me\s+)?(?:the|its|this\s+session'?s?)\s+reflection"
    r"|(?:how\s+much|what)\s+(?:would|does|will|do|is|costs?)\s+(?:a|the)\s+(?:curator'?s?\s+)?reflection"
    r"(?:\s+(?:on|of)\s+(?:this|it|this\s+session|a\s+session))?"
    r"\s+cost(?:\s+me)?(?:\??\s*(?:(?:but\s+)?(?:don'?t|do\s+not)\s+(?:run|write|do|make|start)\s+it(?:\s+yet)?|not\s+yet))?"
    r"|(?:is\s+there|do\s+(?:i|we)\s+have)\s+(?:a|any)\s+reflection(?:\s+(?:yet|here))?"
    # "How much it cost for make a reflexion of this session?"
    r"|how\s+much\s+(?:does\s+|would\s+|will\s+)?it\s+costs?\s+(?:for|to)\s+(?:make|do|get|write|have)\s+(?:a|the)\s+reflection"
    r"(?:\s+(?:on|of|for)\s+(?:this|it|this\s+session|a\s+session))?"
    # "how much is a reflection?", "what's the price of a reflection for this session?"
    r"|(?:how\s+much\s+(?:is|are)|what(?:'s|\s+is)\s+the\s+(?:price|cost)\s+of)\s+(?:a|the)\s+(?:curator'?s?\s+)?reflections?"
    r"(?:\s+(?:on|of|for)\s+(?:this|it|this\s+session|a\s+session))?)\s*\??$", _FLAGS)
# "how much does one image cost?", "what would 10 images cost", "how many credits is an image": a price
_PRICE = re.compile(
    rf"^(?:how\s+much|how\s+many\s+credits|what(?:'s)?)\s+(?:(?:does|do|would|will|is|are|to|costs?)\s+)?"
    rf"(?:it\s+(?:cost|take)\s+(?:(?:me\s+)?to\s+)?|(?:the\s+)?(?:price|cost)\s+(?:of|for)\s+|generate\s+|make\s+|render\s+)*"
    rf"(?:(?P<n>{NUMBER})|a|an|one|each|per|single)?\s*(?:more\s+|single\s+|new\s+)?"
    rf"(?:images?|pictures?|pics?|generations?|renders?|(?<=more\s))(?:\s*\b(?:cost|costs|take|use|be|is))?(?:\s+me)?"
    rf"(?:\s+(?:us))?(?:\s+(?:here|now))?(?:,?\s+(?:roughly|approximately|about))?\s*\??$", _FLAGS)
# Every session, each with its count: "how many images per session?", "an overview of my sessions"
_EACH_SESSION = re.compile(r"\bsessions\b.*\b(?:in|for)\s+each(?:\s+(?:one|of\s+them))?\b|\bper\s+session\b|\b(?:in|for)\s+each\s+session\b"
                           r"|\boverview\s+of\s+(?:all\s+)?(?:(?:of\s+)?my\s+|the\s+)?sessions\b", _FLAGS)
# Any other question of what a number of images would cost: "what would another 40 cost me?", "What costs it to
# make 10 images in the size 1024 by 1024?" (one count, at most one size; what was spent is asked elsewhere)
_LOOSE_PRICE = re.compile(r"^(?:how\s+much|what|whats|what's)\b(?=.*\b(?:cost|costs|price|credits?)\b)[^?]*\??$"
                          # "how many credits does a single image consume?"
                          r"|^how\s+many\s+credits\b(?=.*\b(?:cost|costs|price|consumes?|takes?|needs?|uses?|eats?|burns?)\b)[^?]*\??$",
                          _FLAGS)
_PRICE_PAST = re.compile(r"\b(?:did|spent|spend|used|eat|ate|so\s+far|was|were|cheaper|or)\b", _FLAGS)
_SIZE_SAID = (r"(?:(?:at|in)\s+(?:the\s+)?(?:size\s+)?)?(?P<w>\d{2,5})\s*(?:[x×*]|\s+by\s+)\s*(?P<h>\d{2,5})(?:\s*(?:px|pixels))?"
              r"|(?P<w2>\d{3,5})\s+square")
# "tell me how many credits a batch of 10 images would cost", "How much credits cost one picture?"
_PRICE_TOLD = re.compile(
    r"^(?:(?:before\s+you\s+do\s+anything(?:\s+else)?|first(?:\s+of\s+all)?)\s*,?\s*)?"
    # ("how many images" alone counts them: "many" asks a price only with "credits")
    r"(?:(?:tell|show)\s+me\s+|(?:can|could)\s+(?:you|u)\s+tell\s+me\s+)?how\s+(?:much(?:\s+credits?)?|many\s+credits?)\s+"
    r"(?:(?:would|will|does|do|costs?|is)\s+)?(?:it\s+(?:cost|be)\s+(?:to\s+(?:generate|make)\s+)?)?(?:a\s+(?:batch|set|run)\s+of\s+)?"
    rf"(?P<n>{NUMBER}|a|an|each|per)?\s*(?:more\s+)?(?:[a-z]+\s+){{0,2}}?(?:images?|pictures?|pics?|generations?|shots?|renders?|photos?)"
    r"(?:\s+(?:would|will))?"
    r"(?:\s+(?:cost|costs|take|be))?(?:\s+me)?\s*[?.]?$", _FLAGS)
# "does 1 have any remixes?", "what variations does #2 have", "show the remixes of 3": its lineage
_OFFSPRING = r"(?:remix(?:es)?|variations?|children|child|versions?|descendants?|kids|iterations?)"
_CHILDREN = re.compile(
    rf"^(?:(?:does|do|has|have|did)\s+{_ITEM}\s+(?:have|got|get|had)\s+(?:any\s+)?{_OFFSPRING}(?:\s+yet)?"
    rf"|(?:what|which|how\s+many)\s+{_OFFSPRING}\s+(?:does|do|did|has)\s+{_ITEM}\s+(?:have|got|had)"
    rf"|(?:show|list|what\s+are)\s+(?:me\s+)?(?:the\s+)?{_OFFSPRING}\s+(?:of|from)\s+{_ITEM}"
    rf"|(?:are\s+there|were\s+there)\s+(?:any\s+)?{_OFFSPRING}\s+(?:of|from)\s+{_ITEM}"
    rf"|(?:which|what)\s+(?:pictures|images|ones|pics)\s+(?:were|are|have\s+been)\s+(?:made|remixed|derived|generated)\s+from\s+{_ITEM}"
    rf"|(?:what|which|how\s+many)\s+{_OFFSPRING}\s+(?:have|did)\s+(?:i|we)\s+(?:made|make|done|generated|created)\s+"
    rf"(?:from|of|off|based\s+on)\s+{_ITEM})\s*\??$", _FLAGS)
_WHERE_PUT = re.compile(r"^where\s+(?:did|have|has|do)\s+(?:you|u|we|i|it)\s+(?:put|save|saved|store|stored|file|filed|go|gone|end\s+up)"
                        r"\s+(?P<items>.+?)\s*\??$|^where\s+(?:is|are|did)\s+(?P<items2>.+?)\s+(?:saved|stored|filed|now|go|end\s+up)\s*\??$"
                        r"|^(?:which|what)\s+folders?\s+(?:is|are|was|were|did)\s+(?P<items3>.+?)\s+(?:saved|stored|filed|put|go|end\s+up)"
                        r"(?:\s+(?:in|to|into|under))?\s*\??$",
                        _FLAGS)
# "list the prompts of the two images I liked", "the seeds of all six images": one listing shows each
# image's prompt and seed
_PROMPTS_OF_KIND = re.compile(rf"^(?:list|show|give|tell|get)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?(?:prompts|seeds)"
                              rf"(?:\s+(?:and|&)\s+(?:the\s+)?(?:prompts|seeds))?\s+(?:of|for|used\s+(?:for|in|on))\s+"
                              rf"(?:all\s+)?(?:the\s+|my\s+)?(?:{NUMBER}\s+)?(?P<what>.+?)\s*[?.!]?$", _FLAGS)
# "the poster in my Lobby folder, which session did it come from?", "for the asset I saved in Hall, which
# generator made it?", "where did the picture in Album Picks come from?": the provenance of library assets
_SAVED_THING = (r"(?:the|my|that|this)\s+(?:\w+\s+)?(?:picture|image|pic|photo|asset|poster|cover|one|file|render|thing|shot)s?"
                r"\s+(?:(?:i|we)\s+(?:saved|put|stored|have|kept)\s+)?(?:in|from)\s+(?:my\s+|the\s+)?(?:folder\s+)?")
_ASSET_ORIGIN = re.compile(
    rf"^(?:for\s+|about\s+)?{_SAVED_THING}(?P<folder>[^,—–:?]+?)(?:\s+folder)?\s*(?:[—–:,?]+\s*|\s+-\s+|\s+(?=which|what|where))"
    r"(?:(?:could|can|would)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show)\s+me\s+)?(?:which|what|where|who|when|how)\b.*$"
    rf"|^(?:which|what|where|who|when|how)\b.*?\b{_SAVED_THING}(?P<folder2>.+?)(?:\s+folder)?\s+"
    r"(?:come|came|made|make|use|used|generated|from|have|had)\b.*$", _FLAGS)
_GO_AHEAD = re.compile(rf"^(?:(?:ok(?:ay)?|yes|yeah|fine|great|good|perfect|alright)[\s,!.]+)*(?:go\s+ahead\s+(?:and\s+)?|please\s+)?"
                       rf"(?:generate|make|do|render|create)\s+(?:those|them|these|it)(?:\s+(?P<n>{NUMBER}))?(?:\s+(?:images?|pictures?))?"
                       r"(?:\s+(?:then|now|please))?[\s.!]*$", _FLAGS)
_PRICE_OF_PICTURE = re.compile(
    rf"^(?:how\s+much|how\s+many\s+credits|what)\s+(?:would|will|does|do|is|are)\s+(?:it\s+cost\s+(?:to\s+(?:make|generate)\s+)?)?"
    rf"(?P<n>{NUMBER})\s+(?:images?|pictures?|pics?|renders?)\s+of\s+(?P<prompt>[^?\ue000]{{3,200}}?)"
    r"(?:\s+(?:at|in)\s+(?P<w>\d{2,5})\s*[x×]\s*(?P<h>\d{2,5}))?\s+(?:cost|be|take)(?:\s+(?:me|us))?\s*\??$", _FLAGS)
_PRICE_IF = re.compile(
    rf"^if\s+(?:i|we)\s+(?:generate|make|render|do|create)\s+(?P<n>{NUMBER})(?:\s+more)?(?:\s+(?:more\s+)?(?:images?|pictures?|pics?|renders?))?"
    r"(?:\s+(?:at|in|of)\s+(?P<w>\d{2,5})\s*[x×*]\s*(?P<h>\d{2,5}))?\s*,?\s*(?:how\s+many\s+credits|how\s+much|what)\s+"
    r"(?:(?:is|would|will|does)\s+(?:that|it)(?:\s+(?:be|cost|take))?(?:\s+me)?|(?:will|would|do)\s+(?:i|we)\s+have\s+left)\s*\??$", _FLAGS)
# "got any pics of dolphins?", "do I have anything with candles": a search
_ANY_OF = re.compile(r"^(?:(?:have|do)\s+(?:i|we|you)\s+(?:got\s+|have\s+)?|got\s+|are\s+there\s+|is\s+there\s+)"
                     r"(?:any|anything|something)\s+(?:(?:pics?|pictures?|images?|photos?|shots?|generations?|renders?)\s+)?"
                     r"(?:of|with|showing|featuring|like)\s+(?P<query>.+?)\s*\??$", _FLAGS)
# "show me number 4", "let me see #2": one image, its details
_SHOW_ONE = re.compile(rf"^(?:show|view|display|open|let\s+me\s+see|can\s+i\s+see)\s+(?:me\s+)?(?:the\s+)?"
                       rf"(?:(?:image|picture|pic|generation)\s+(?:number\s+|no\.?\s*|#\s*)?|number\s+|no\.?\s*|#\s*)?({NUMBER})"  # ("show me 12")
                       rf"(?:\s+(?:again|please|pls))?\s*\??$", _FLAGS)
# "what have we spent so far?": the history of spending, said without the word "credits"
_SPENT = re.compile(r"^(?:what|how\s+much)\s+(?:have|did)\s+(?:we|i)\s+(?:spent|spend|used|use)(?:\s+(?:so\s+far|in\s+total|overall|"
                    r"altogether|today|this\s+week))?(?:\s*,?\s*(?:all\s+\w+\s+together|in\s+total|overall|altogether))?\s*\??$",
                    _FLAGS)
# "how much did that last batch cost me?": the newest ledger entries say
_LAST_BATCH_COST = re.compile(r"^(?:how\s+much|how\s+many\s+credits|what)\s+did\s+(?:that|the|my)\s+(?:last\s+)?(?:batch|generation|"
                              r"request|run|one|remix)\s+cost(?:\s+me)?\s*\??$"
                              r"|^(?:how\s+much|how\s+many\s+credits|what)\s+did\s+(?:that|those|these|it|they)(?:\s+(?:\d{1,3}|two|three|"
                              r"four|five|six|seven|eight|nine|ten))?\s+(?:cost|use|take)(?:\s+me)?(?:,?\s+exactly)?\s*\??$", _FLAGS)
# "how many credits did this session use?", "what has Maple cost me?", "how much have I spent in Harbour?":
# the session's count, which says the credits its generations cost
_SESSION_SPENT = re.compile(
    r"^(?:how\s+many\s+credits|how\s+much|what)\s+(?:did|has|have)\s+(?!i\b|we\b|you\b|u\b|been\b)(?P<s>.+?)\s+"
    r"(?:use|used|spend|spent|cost|costed|take|taken|burn(?:ed|t)?)(?:\s+(?:me|us|so\s+far|in\s+total|altogether|in\s+credits))*\s*\??$"
    r"|^(?:how\s+many\s+credits|how\s+much)\s+(?:did|have|has)\s+(?:i|we|you|u)\s+(?:use|used|spend|spent|burn(?:ed|t)?)"
    r"(?:\s+so\s+far)?\s+(?:in|on|for)\s+(?P<s2>.+?)(?:\s+(?:so\s+far|in\s+total|altogether))?\s*\??$", _FLAGS)
_NOT_A_SESSION = re.compile(r"^(?:it|that|this|these|those|they|them|(?:these|those)\s+\w+|(?:that|this|the)\s+(?:last\s+)?(?:one|batch|image|picture|run|"
                            r"request|remix|generation)s?|(?:the\s+)?(?:last|latest)\s+\w+|#?\s*\d+)$", _FLAGS)
MAX_DETAILS = 10


def _details(phrase: str, state: PlanState) -> list[Step] | None:
    """One details step per generation named: numbers, or "these" when they are known numbers."""
    phrase = re.sub(r"^(?:#\s*|(?:numbers?|no\.?|images?|generations?|iterations?|pictures?|pics?)\s+#?\s*)", "",
                    phrase.strip(" ?.!"), flags=_FLAGS)
    phrase = re.sub(r"\s+(?:in\s+(?:this|the\s+current)\s+(?:session|sesh)|here)$", "", phrase, flags=_FLAGS)
    # "number 1 in Q3 Ads", "#1 in the Q3 Ads session": that session's image, said the other way round
    phrase = re.sub(r"^(?:(?:number|no\.?)\s*|#)?(\d{1,5})\s+(?:in|from|of)\s+(?:the\s+)?(?=(?-i:[A-Z0-9]))(.+?)(?:\s+(?:session|sesh))?$",
                    r"\2 number \1", phrase, flags=_FLAGS)
    in_session = re.fullmatch(r"(?:the\s+)?(?P<s>[A-Za-z][\w' -]*?)(?:\s+(?:session|sesh))?(?:'s)?\s+(?:(?:number|no\.?|#)\s*|#)?(?P<n>\d{1,5})",
                              phrase, _FLAGS)
    if in_session and not re.search(r"\b(?:the|and|of|in|on|for|with|i|we|you|use|used|did|do|numbers?|images?|pictures?|pics?|"
                                    r"generations?|iterations?|items?|ones?|this|that)\b", in_session.group("s").strip(), _FLAGS):
        # "the prompt in chapel number 1", "the seed and model of chapel 3": that session's image
        return [Step("generation_details", {"item": int(in_session.group("n")), "session": in_session.group("s").strip()})]
    try:
        selection = parse_selection(phrase, state)
    except Reply:
        return None
    if selection is None or selection.which or not isinstance(selection.items, list) or not selection.items:
        return None
    if len(selection.items) > MAX_DETAILS:
        raise Reply(f"I show the details of up to {MAX_DETAILS} images at a time — name fewer.")
    return [Step("generation_details", {"item": item}) for item in selection.items]


# "read me the prompt of 1", "state the seed of 2", "can you confirm which images I have liked": asked
_ASKED_AS_TOLD = re.compile(r"^(?:read\s+(?:me|out)|state|(?:can|could)\s+(?:you|u)\s+confirm|(?:please\s+)?confirm"
                            r"(?:\s*,?\s*without\s+changing\s+anything\s*,?)?)\s+(?=the\b|which\b|what\b|how\b|whether\b)", _FLAGS)
# "… I forget.", "… before I save anything": said beside the question, asking nothing more
_ASIDE_TAIL = re.compile(r"(?:\s*[.?!,]?\s*(?:i\s+forg[eo]t|i\s+can'?t\s+remember|i\s+don'?t\s+remember|i\s+lost\s+track)"
                         r"|\s+before\s+(?:i|we)\s+(?:save|archive|delete|do|change|post)\s+anything(?:\s+else)?)[.!?]*$", _FLAGS)
# "which ones did I archive?", "show archived generations": the archived ones of the session
_ARCHIVED_LIST = re.compile(r"^(?:which\s+(?:ones\s+)?(?:are|were)\s+archived"
                            r"|(?:which|what)\s+(?:ones|images|generations|pictures|pics)\s+(?:did|have)\s+(?:i|we)\s+archived?"
                            r"|(?:show|list|see|view)\s+(?:me\s+)?(?:all\s+)?(?:the\s+|my\s+)?archived(?:\s+"
                            r"(?:ones|images|generations|pictures|pics))?|(?:which|what)\s+(?:ones|images|generations|pictures)\s+"
                            r"(?:are|were)\s+archived)(?:\s+(?:here|so\s+far|in\s+this\s+session))?\s*\??$", _FLAGS)
# "what prompts have I used in Listings?", "what did I ask for in the Rings session?": its generations
_PROMPTS_IN = re.compile(r"^(?:what|which)\s+(?:prompts\s+(?:have|did)\s+(?:i|we)\s+(?:used?|written|typed|tried)"
                         r"|did\s+(?:i|we)\s+(?:ask\s+for|make|generate|prompt))\s+(?:in|for)\s+(?P<s>.+?)\s*\??$", _FLAGS)
# "tell me whether generation 4 has been saved", "did I save number 2 anywhere?": its details say
_SAVED_YET = re.compile(r"^(?:(?:tell\s+me\s+)?whether|did\s+(?:i|we)\s+save|have\s+(?:i|we)\s+saved|was|is|has)\s+"
                        r"(?P<items>(?:the\s+)?(?:(?:generation|image|picture|number|no\.?|#)\s*)?#?\s*\w+?)"
                        r"(?:\s+(?:has\s+been|been|was|is))?\s*(?:saved|stored)?(?:\s+(?:to|in)\s+(?:the|my)\s+library|\s+anywhere)?\s*\??$",
                        _FLAGS)


# "and at 1024x1024?", "what about 20?" right after a price: the same price, changed
_PRICE_AGAIN = re.compile(rf"^(?:(?:and|what\s+about|how\s+about)\s+)?(?:for\s+)?(?:(?P<n>{NUMBER})(?:\s+(?:images?|pics?|pictures?|of\s+them))?)?"
                          r"\s*(?:(?:at|in)\s+)?(?:(?P<w>\d{2,5})\s*[x×]\s*(?P<h>\d{2,5}))?(?:\s*px)?\s*\??$", _FLAGS)
# "which image is that new one derived from?", "what was 7 remixed from?"
_DERIVED_FROM = re.compile(r"^(?:which|what)\s+(?:image|picture|one|generation)?\s*(?:is|was)\s+(?P<ref>.+?)\s+"
                           r"(?:derived|remixed|made|generated|created|based|taken)\s+(?:from|on|off)\s*\??$", _FLAGS)
# "what did 7 cost", "how many credits did #3 use": that image's details say its cost
_ITEM_COST = re.compile(r"^(?:what|how\s+much|how\s+many\s+credits)\s+did\s+(?P<items>(?:(?:the\s+)?(?:picture|image|number|pic|no\.?)\s*)?"
                        r"#?\s*\d{1,5})\s+(?:cost|use|take)(?:\s+me)?\s*\??$", _FLAGS)
# "what fraction of the peonies are liked?": the session's count says liked and not
_SHARE_LIKED = re.compile(r"^(?:what|which)\s+(?:fraction|percentage|share|proportion|part|ratio)\s+of\s+(?:the\s+)?(?P<s>.+?)"
                          r"\s+(?:(?:are|is|were|got|have\s+been)\s+(?:liked|selected|archived|saved)|(?:did|have)\s+(?:i|we)\s+"
                          r"(?:like|liked|select|selected|archive|archived|save|saved))\s*\??$"
                          # "peonies count?", "Harbour session have how many picture?": that session's count
                          rf"|^(?P<s2>[A-Za-z][\w' -]*?)(?:\s+{_SESSION})?\s+(?:count|(?:have|has)\s+how\s+many(?:\s+\w+)?)\s*\??$", _FLAGS)
# "which session did I make first?", "my oldest session": sessions, the first made first
_FIRST_SESSION = re.compile(rf"^(?:which|what)(?:\s+was)?\s+(?:the\s+)?(?:first|oldest|earliest)\s+{_SESSION}(?:\s+(?:i|we)\s+(?:made|started|created))?"
                            rf"\s*\??$|^(?:which|what)\s+{_SESSION}\s+did\s+(?:i|we)\s+(?:make|start|create|open)\s+first\s*\??$"
                            rf"|^(?:show\s+(?:me\s+)?)?(?:my|the)\s+(?:first|oldest|earliest)\s+{_SESSION}\s*\??$", _FLAGS)
_ANY_ARCHIVED_SESSIONS = re.compile(rf"^(?:are|were)\s+(?:any|there\s+any)\s+(?:of\s+my\s+)?{_SESSION}s\s+archived\s*\??$"
                                    rf"|^(?:do|have)\s+(?:i|we)\s+(?:have|got)\s+any\s+archived\s+{_SESSION}s\s*\??$"
                                    rf"|^(?:which|what)\s+{_SESSION}s\s+(?:are|were|have\s+been)\s+archived\s*\??$", _FLAGS)
# "do I have any posts yet?"
_ANY_POSTS = re.compile(r"^(?:(?:do|have)\s+(?:i|we)\s+(?:have|got|made)\s+|(?:are\s+there|is\s+there)\s+)?any\s+posts?"
                        r"(?:\s+(?:yet|so\s+far))?\s*\??$", _FLAGS)
_ANY_SESSIONS = re.compile(rf"^(?:do|have)\s+(?:i|we)\s+(?:have|got|made)\s+any\s+{_SESSION}s(?:\s+yet)?\s*\??$"
                           rf"|^(?:are\s+there|is\s+there)\s+any\s+{_SESSION}s?(?:\s+yet)?\s*\??$", _FLAGS)
# "what was the prompt for this session": the prompts its images were made from
_SESSION_PROMPTS = re.compile(rf"^(?:what|which)\s+(?:was|were|is|are)\s+(?:the\s+)?(?:first\s+|last\s+)?prompts?\s+(?:for|of|in|on|used\s+in)\s+"
                              rf"(?:(?:this|the\s+current|my)\s+{_SESSION}|(?:the\s+)?(?P<s>[\w' -]+?)\s+{_SESSION})\s*\??$", _FLAGS)
# "which session was I in before this one?": the conversation's previous session
_PREVIOUS = re.compile(rf"^(?:which|what)\s+{_SESSION}\s+(?:was|were)\s+(?:i|we)\s+(?:in|on|using|working\s+(?:in|on))\s+"
                       r"(?:before|earlier|previously)(?:\s+(?:this(?:\s+one)?|that|now))?\s*\??$"
                       rf"|^(?:which|what)(?:\s+was|'s)?\s+(?:the|my)\s+(?:previous|last|other)\s+{_SESSION}\s*\??$", _FLAGS)


# "is it safe to", "what would happen if I", "does … cost anything": a question before a change, never the change
_BEFORE_ACTING = (r"(?:(?:before\s+i\s+start|just\s+checking|quick\s+question)\s*[,:—–-]?\s*)?(?:is\s+it\s+(?:safe|ok(?:ay)?|free)\s+to|what\s+(?:would|will)\s+happen\s+if\s+(?:i|we)"
                  r"|what\s+happens\s+(?:if|when)\s+(?:i|we)|does|do\s+(?:i|we)\s+pay\s+(?:for|to)|can\s+(?:i|we)\s+safely|"
                  r"will\s+it\s+cost\s+(?:anything|credits)\s+to)\s+")
# The rest of such a question, up to its end: one question, with no second step in it ("… and delete it")
_QUESTION_ONLY = (r"(?![^?]*\b(?:and|then)\s+(?:then\s+)?(?:delet|generat|post|archiv|lik|sav|renam|remov|sweep|mov)\w*)"
                  r"(?![^?]*\b(?:projects?|folders?|posts?|assets?)\b)[^?,;]{0,40}\?*(?:\s+(?:i\s+(?:want|need|would\s+like)\s+to\s+keep)\b[^?.!]*[.!]?)?$")
# Questions about what a change would do, answered before anything is done ("if I archive number 2,
# can I get it back later?", "is it safe to delete the session Harbour? don't delete it yet")
_WHAT_IF = (
    # "if I import a folder, will Atelier copy my original files or leave them where they are?"
    (re.compile(r"^(?=.*\?|(?:if|will|would|does|do|is|can|when)\b)(?:.*\bimport\w*\b.*\b(?:cop(?:y|ies)|move|leave|keep|touch|change|"
                r"delete)\b.*\b(?:originals?|files?|pictures?|images?)\b|.*\b(?:cop(?:y|ies)|move|touch)\b.*\boriginal\s+files?\b.*\bimport)",
                _FLAGS),
     "Importing reads your files where they are and never moves, changes or deletes them: the library remembers each "
     "file's path. To have Atelier keep copies of its own, say \"import FOLDER and keep copies of the files in atelier\" "
     "(atelier import FOLDER --copy). Nothing was changed."),
    # "What is the difference between archiving a session and deleting it?"
    (re.compile(r"\bdifference\b.*\b(?:archiv\w*\b.*\bdelet|delet\w*\b.*\barchiv)", _FLAGS),
     "Archiving hides a session or images and can always be undone (\"unarchive …\"); deleting a session removes its "
     "generations and their files for good, and I ask before doing it. Images saved to the library stay either way. "
     "Nothing was changed."),
    (re.compile(r"\bif\s+(?:i|we)\s+archive\b.*\b(?:get|bring)\s+(?:it|them|that|those)\s+back\b"
                r"|\bcan\s+(?:i|we|you)\s+(?:un-?archive|restore|bring\s+back)\b.*\barchiv", _FLAGS),
     "Yes. Archiving only hides images or a session; \"unarchive 2\" (or \"undo\" right after) brings them back. "
     "Nothing was changed."),
    (re.compile(r"\b(?:is\s+it\s+safe|what\s+(?:happens|would\s+happen|will\s+happen)\s+if\s+(?:i|we)|can\s+(?:i|we)\s+undo)\b.*\bdelet", _FLAGS),
     "Deleting a session removes its generations and their files for good, and it cannot be undone; images saved to the "
     "library stay. I always ask before deleting. Archiving is the way that can be undone. Nothing was changed."),
    # A careful person's questions before acting, answered only when the question is all the message holds ("is it
    # safe to archive 3? archive it" is read as a request): "is it safe to archive this session?", "does creating a
    # session cost anything?" (the cost of generating is the price tool's answer, see rewrites.py)
    (re.compile(rf"^{_BEFORE_ACTING}(?:archiv\w*|hid(?:e|ing))\s+(?:(?:this|the|my|that)\s+(?:session|sesh)|(?:this|that|my|the)\s+one)"
                rf"{_QUESTION_ONLY}", _FLAGS),
     "Archiving a session hides it from the usual views; \"unarchive …\" (or \"undo\" right after) brings it back. Its liked "
     "images and library assets always stay, but once it has been archived longer than the retention window (30 days "
     "by default), a sweep removes its images that are neither liked nor saved — save or like the ones you want to keep. "
     "Nothing was changed."),
    (re.compile(rf"^{_BEFORE_ACTING}(?:archiv\w*|hid(?:e|ing))\s+(?:#?\d[\d,\s&and#]*|images?\b[^?]*|pictures?\b[^?]*|them|these|those)"
                rf"{_QUESTION_ONLY}", _FLAGS),
     "Archiving images only hides them from the usual views: nothing is deleted, and \"unarchive …\" (or \"undo\" right "
     "after) brings them back. Nothing was changed."),
    (re.compile(rf"^{_BEFORE_ACTING}(?:un-?lik\w*|lik\w*|heart\w*)\s+(?:#?\d[\d,\s&and#]*|it|them|these|those|images?|pictures?)\b"
                rf"{_QUESTION_ONLY}|^if\s+(?:i|we)\s+un-?like\s+#?\d{{1,4}}\s*,?\s+will\s+it\s+be\s+deleted\s*\?*$", _FLAGS),
     "Liking and unliking only mark images: nothing is deleted or moved, library assets stay, and \"undo\" takes it back. "
     "Nothing was changed."),
    (re.compile(rf"^{_BEFORE_ACTING}(?:creat\w*|start\w*|mak\w*)\s+(?:a\s+|an?\s+new\s+)?(?:new\s+)?(?:session|sesh)\s*\?*"
                r"(?:\s*(?:does|will|would)\s+(?:it|that)\s+cost\s+(?:anything|credits?|money)\s*\?*)?$", _FLAGS),
     "Starting a session is free: it becomes your current session and nothing else changes; credits are spent only "
     "when images are generated or a reflection is written. Nothing was changed."),
)


# "Sorry, what does 'archive' do?", "I don't quite understand what a 'session' is": the words of the studio,
# explained — a new user's question, answered without touching anything
_GLOSSARY = {
    "archive": "Archiving hides images (or a whole session) from the usual views without deleting anything; \"unarchive 2\" "
               "or \"show archived\" brings them back. Nothing was changed.",
    "session": "A session is one piece of work: the images you generate for one idea or job live in it, numbered #1, #2 …, "
               "with their likes and its brief. \"start a session called Summer Launch\" makes one; \"list my sessions\" "
               "shows them. Nothing was changed.",
    "library": "The library holds the images you keep, as assets in folders (and projects): \"save 2 and 5 to folder "
               "Launch\" puts them there; they stay even if their session is deleted. Nothing was changed.",
    "like": "Liking marks the images you want to come back to (\"like 2 and 5\"); \"show the liked ones\" lists them "
            "and \"save the liked ones to folder …\" keeps them. Nothing was changed.",
    "reflection": "A reflection is a short curator's read of a session — its themes, what repeats, what stands out — "
                  "written from the images' embeddings; it costs credits and asks first. Nothing was changed.",
    "brief": "A session's brief is what the work is for, in words (and reference files); a generate request without a "
             "prompt uses it. \"set the brief to: …\" writes it. Nothing was changed.",
    "remix": "A remix makes new images from one you have (\"remix 3 with warmer light\"): they are added to the session "
             "as new numbers and remember where they came from; the original stays as it was. Nothing was changed.",
    "credit": "Credits pay for generating: one per default image, more for bigger sizes; \"credits\" shows your balance "
              "and \"what would 10 images cost?\" a price. Nothing was changed.",
    "folder": "A folder groups the assets you keep in the library (\"save 2 to folder Launch\"); a session can be put in "
              "one too. Nothing was changed.",
    "project": "A project gathers the sessions, assets and posts of one piece of work (\"put this session in project "
               "Spring\"). Nothing was changed.",
    "asset": "An asset is an image (or file) kept in the library, saved from a generation or uploaded; it stays when its "
             "session is deleted. Nothing was changed.",
    "post": "A post is a caption with assets for a platform (\"create a post with 2 and 5 captioned 'Out now'\"). "
            "Nothing was changed.",
    "tag": "A tag is a word on an asset to find it by later (\"tag 2 with hero\"). Nothing was changed.",
    "select": "Selecting marks images for the next bulk action (\"select 2 and 4\"); it is separate from liking. "
              "Nothing was changed.",
    "delete": "Deleting removes a session or an asset for good: I ask first, and it cannot be undone; deleting a session "
              "never deletes its library assets. Nothing was changed.",
    "campaign": "A campaign is a name sessions can be linked to, to group the work of one launch (\"link this session "
                "to campaign Spring\"). Nothing was changed.",
}
_ING = {"archiving": "archive", "liking": "like", "deleting": "delete", "selecting": "select", "remixing": "remix",
        "tagging": "tag", "posting": "post"}
# "what's the difference between a folder and a project?": both words, from the glossary
_DIFFERENCE = re.compile(r"\bdifference\s+between\s+(?:an?\s+|the\s+)?['\"‘“]?(?P<a>[a-z]+)['\"’”]?\s+and\s+(?:an?\s+|the\s+)?"
                         r"['\"‘“]?(?P<b>[a-z]+)\b", _FLAGS)


def _glossary_key(term: str) -> str | None:
    term = _ING.get(term.lower(), term.lower())
    return term if term in _GLOSSARY else term[:-1] if term.endswith("s") and term[:-1] in _GLOSSARY else None


def _difference(text: str) -> str | None:
    asked = _DIFFERENCE.search(text)
    keys = asked and [_glossary_key(asked.group("a")), _glossary_key(asked.group("b"))]
    if not keys or None in keys or keys[0] == keys[1]:
        return None
    return " ".join(_GLOSSARY[key].removesuffix(" Nothing was changed.") for key in keys) + " Nothing was changed."
# ("what's the brief", "what does the reflection say" ask about this session's: only "a", or none, asks for the word)
_EXPLAIN = re.compile(r"\b(?:what(?:'?s|\s+is|\s+are|\s+does|\s+do|\s+even\s+is|\s+exactly\s+is|\s+is\s+even)\s+(?:an?\s+)?|explain\s+(?:to\s+me\s+)?(?:what\s+)?"
                      r"(?:an?\s+)?(?:is\s+)?|(?:don'?t|do\s+not)\s+(?:quite\s+|really\s+)?(?:understand|get|know)\s+what\s+"
                      r"(?:an?\s+)?|what\s+means\s+)['\"‘“]?(?P<term>archiv(?:e|ing)|sessions?|library|lik(?:e|ing)|reflections?|briefs?|"
                      r"credits?|remix(?:es|ing)?|folders?|projects?|assets?|posts?|tags?|select(?:ing)?|delet(?:e|ing)|campaigns?)['\"’”]?(?:\s+(?:is|are|does|do|means?|for))*\s*\??(?:\s|$)", _FLAGS)


def _explained(text: str) -> str | None:
    asked = _EXPLAIN.search(text)
    if not asked or re.search(r"\b(?:my|this|current|last|latest)\s+" + re.escape(asked.group("term")), text, _FLAGS):
        return None  # "what's my session", "what does the reflection say": a question about the work, not the word
    if re.search(r"\b(?:save|saved|like|archive|rename|create|new|start|move|tag|folder|session|project|called|named|titled|to|post|"
                 r"caption|captioned|select|with|generate|make)\b",
                 text[:asked.start()], _FLAGS):
        return None  # "save 3 to folder Whats a Post", "new session What is a folder": a name, never a question
    term = asked.group("term").lower()
    key = next((k for k in _GLOSSARY if term.startswith(k[:3])), None)  # "liking" → like, "sessions" → session
    return _GLOSSARY[key] if key else None


def question_steps(text: str, masked: Masked, state: PlanState) -> list[Step] | None:
    """The read-only step a question asks for, or None when ``text`` is not one of these questions."""
    if _MAKES.match(text.strip()):
        return None  # "make 2 more with a seed of 777": a request with a seed, not a question about #777
    text = re.sub(r",?\s+in\s+(?:utc|gmt|local\s+time)\b(?:\s+please)?", "", text, flags=_FLAGS)  # "… of generation 1, in UTC"
    # "…? Please don't change anything yet.": a question changes nothing anyway
    text = re.sub(r"(?<=[?.!])\s+(?:please\s+)?(?:don'?t|do\s+not)\s+(?:change|alter|touch|modify)\s+anything(?:\s+(?:yet|else|now))?[.!]*$",
                  "", text, flags=_FLAGS)
    # (a word explained only as the message's own question: "like 3, whats a project" must not drop the like)
    meaning = _explained(masked.restore(text)) if state.last_step is None else None
    if meaning:
        raise Reply(meaning)
    for pattern, answer in _WHAT_IF:
        asked = pattern.search(text)
        if asked:
            raise Reply(answer(asked) if callable(answer) else answer)
    meaning = _difference(masked.restore(text, keep_marks=True)) if state.last_step is None else None
    if meaning:
        raise Reply(meaning)
    text = _ASIDE_TAIL.sub("", _ASKED_AS_TOLD.sub(lambda m: "tell me " if text.strip()[m.end():].lower().startswith("the")
                                                  else "", text.strip()))
    text = re.sub(r"\s+(?:currently|at\s+the\s+moment|at\s+present)(?=\s+(?:liked|selected|archived|saved)\b)", "", text, flags=_FLAGS)
    clean = re.sub(r"[\s,]+(?:rn|right\s+now|now|again|by\s+the\s+way|please|pls|still|verbatim|exactly|in\s+full)\s*\??$",
                   "", text.strip(" .!"), flags=_FLAGS)
    # "how many images are in Q3 Ads and whether any of them are liked?": the count says how many are liked
    clean = re.sub(r"\s*,?\s*and\s+(?:whether|if)\s+any\s+(?:of\s+them\s+)?(?:are|is|were|have\s+been)\s+(?:liked|selected|archived|saved)\s*\??$",
                   "", clean, flags=_FLAGS) if re.search(r"\bhow\s+many\b", clean, _FLAGS) else clean
    # "how many have I liked in this session, and how many not?": one count answers both
    clean = re.sub(r"\s*,?\s*and\s+how\s+many\s+(?:not|haven'?t|didn'?t|aren'?t|are\s+not)\b[^?]*\??$", "", clean, flags=_FLAGS)
    clean = re.sub(r"\b(?:the\s+)?(?:full|exact|whole|complete)\s+(?=prompt\b)", "the ", clean, flags=_FLAGS)
    clean = re.sub(r"^(?:wait|hmm|so|ok|okay|and|oh|sorry)[,\s]+", "", clean, flags=_FLAGS)
    clean = re.sub(r"\b(ones|they|these|those|which|what|who)\s+r\b", r"\1 are", clean, flags=_FLAGS)  # "which ones r archived"
    priced_before = state.last_action.args if state.last_action and state.last_action.name == "price_images" else None
    go = _GO_AHEAD.match(clean) if priced_before and priced_before.get("prompt") else None
    if go:  # "how much would 4 images of a bar chart cost?", then "ok, go ahead and generate those 4"
        count = word_to_int(go.group("n")) if go.group("n") else priced_before.get("count", 1)
        return [Step("generate", {"prompt": priced_before["prompt"], "count": count,
                                  **({"size": priced_before["size"]} if priced_before.get("size") else {})})]
    again = _PRICE_AGAIN.match(clean) if state.last_action and state.last_action.name == "price_images" else None
    if again and (again.group("n") or again.group("w")):  # "what does one cost at 512x512?", then "and at 1024x1024?"
        args = dict(state.last_action.args)
        if again.group("n"):
            args["count"] = word_to_int(again.group("n"))
        if again.group("w"):
            args["size"] = f"{again.group('w')}x{again.group('h')}"
        return [Step("price_images", args)]
    derived = _DERIVED_FROM.match(clean)
    if derived:  # "which image is that new one derived from?": its details name its parent
        steps = _details(re.sub(r"^(?:that|the|this)\s+(?:new|newest|latest)\s+one$", "the last one", derived.group("ref"), flags=_FLAGS),
                         state)
        if steps:
            return steps
    # "what prompt was used for the fourth image, and with which seed?": one details answer has both
    clean = re.sub(rf"\s*,?\s*and\s+(?:with\s+)?(?:which|what)\s+{_DETAIL_WORDS}s?\s*\??$", "", clean, flags=_FLAGS)
    clean = re.sub(r"\s+at\s+the\s+default\s+size(?=\s*\??$)", "", clean, flags=_FLAGS)  # "what does one image cost at …"
    if _EACH_SESSION.search(clean):  # "an overview of all my sessions with how many pictures are in each": the list says
        return [Step("list_sessions", {"status": "all"})]
    which_detail = re.match(rf"^(?:which|what)\s+({_DETAIL_WORDS})\s+(?:has|had|does|did)\s+(?P<item>.+?)"
                            r"(?:\s+(?:have|use|get|come\s+(?:off|from|out\s+of)))?\s*\??$",
                            clean, _FLAGS)
    if which_detail:  # "Which seed has number 2?"
        steps = _details(which_detail.group("item"), state)
        if steps:
            return steps
    if _CURRENT.search(clean) or _CURRENT_HOME.match(clean):
        return [Step("current_session", {})]
    facts = _SESSION_FACTS.match(clean)
    named = (facts.group("s1") or facts.group("s2") or facts.group("s3")).strip() if facts else ""
    if re.fullmatch(r"(?:(?:the\s+)?(?:image|pic|picture|generation|number|no\.?)\s*|#\s*)?\d{1,5}", named, _FLAGS):
        return _details(named, state)  # "is image 3 archived?": that image's details say
    if named and not re.search(r"#\s*\d|\b(?:image|pic|picture|generation|number|no\.?)\s*#?\d|^\d", named, _FLAGS):
        ref = parse_session(named, masked, state)  # not "which folder is image 4 saved in?"
        if ref is CURRENT:
            return [Step("current_session", {})]
        if ref is not None:
            return [Step("session_details", {"session": ref})]
    # "which session was I working on last, and how many images does it have?": its answer says how many
    recent = re.sub(r"\s*,?\s*and\s+how\s+many\s+(?:images|pictures|pics|generations)\s+(?:does|did)\s+it\s+(?:have|hold|contain)\s*\??$",
                    "", clean, flags=_FLAGS)
    if (_ASKING.match(recent) or re.fullmatch(rf"(?:the\s+)?(?:latest|newest|most\s+recent|last)\s+{_SESSION}\s*\??", recent, _FLAGS)) \
            and _RECENT.search(recent):
        return [Step("most_recent_session", {})]
    names = _NAMES.match(clean) or _HOW_MANY_NAMES.match(clean)
    if names:
        return [Step("list_names", {"what": names.group(1).lower()})]
    asked_names = _NAMES_ASKED.match(clean)
    if asked_names and set(re.findall(r"[a-z']+", asked_names.group("tail").lower())) <= _NAMES_TAIL_WORDS:
        return [Step("list_names", {"what": asked_names.group(1).lower()})]
    if _WHICH_FOLDER_SAVED.match(clean):
        return [Step("list_names", {"what": "folders"})]
    details = _DETAILS.search(clean)
    if details:
        number = next(g for g in details.groups() if g)
        # Right after a search, "the prompt of 2" is its second result, as "save 2" would be.
        return [Step("generation_details", {"item": listed([word_to_int(number)], state)[0]})]
    asked = _DETAIL_OF.match(clean)
    if asked:
        steps = _details(next(g for g in asked.groups() if g), state)
        if steps:
            return steps
    folder_count = _FOLDER_COUNT.match(clean)
    if folder_count:
        name = masked.restore(folder_count.group("named") or folder_count.group("before")).strip(" '\"")
        return [Step("list_assets", {"folder": name})]
    if _GENERATOR.match(clean):
        return [Step("generator_info", {})]
    if re.match(rf"^(?:which|what)\s+(?:of\s+my\s+)?{_SESSION}s?\s+(?:has|have|holds?)\s+(?:the\s+)?(?:most|more|fewest|fewer|least|less|biggest|most\s+\w+)"
                r"(?:\s+(?:generations|images|pictures|pics))?(?:\s+in\s+it)?\s*\??$", clean, _FLAGS):
        return [Step("list_sessions", {"status": "all", "order": "largest"})]
    if _SPENT.match(clean):
        return [Step("credit_history", {})]
    if _LAST_BATCH_COST.match(clean):
        return [Step("credit_history", {"limit": 5})]
    session_spent = _SESSION_SPENT.match(clean)
    if session_spent:
        phrase = session_spent.group("s") or session_spent.group("s2")
        # "did it use", "did that one cost": an image or a batch, not a session
        ref = None if _NOT_A_SESSION.match(phrase) else parse_session(phrase, masked, state)
        if ref is not None:
            return [Step("count_generations", {} if ref is CURRENT else {"session": ref})]
    children = _CHILDREN.match(clean)
    if children:
        number = next(g for g in children.groups() if g)
        return [Step("lineage", {"item": listed([word_to_int(number)], state)[0]})]
    priced = _PRICE_OF_PICTURE.match(clean)
    if priced:  # "how much would 4 images of a clean bar chart on navy background cost?": a price, and what for
        args = {"count": word_to_int(priced.group("n")), "prompt": masked.restore(priced.group("prompt")).strip(" ,")}
        if priced.group("w"):
            args["size"] = f"{priced.group('w')}x{priced.group('h')}"
        return [Step("price_images", args)]
    price_if = _PRICE_IF.match(clean)
    if price_if:
        args = {"count": word_to_int(price_if.group("n"))}
        if price_if.group("w"):
            args["size"] = f"{price_if.group('w')}x{price_if.group('h')}"
        return [Step("price_images", args)]
    any_of = _ANY_OF.match(clean)
    if any_of:
        return [Step("search", {"query": masked.restore(any_of.group("query")).strip(" '\"")})]
    # "at 1024x1024", "a single 1024x1024 image"
    sized = re.search(r"\s+(?:(?:at|in|of)\s+)?(\d{2,5})\s*[x×*]\s*(\d{2,5})(?:\s*(?:px|pixels))?(?!\S)", clean, _FLAGS)
    unsized = clean[:sized.start()] + clean[sized.end():] if sized else clean
    price = _PRICE.match(unsized) or _PRICE_TOLD.match(unsized)
    if price:
        size = {"size": f"{sized.group(1)}x{sized.group(2)}"} if sized else {}
        # ("0 images" is priced as said, and refused by the tool: never read as one)
        return [Step("price_images", {"count": word_to_int(price.group("n")) if price.group("n") else 1, **size})]
    loose = _LOOSE_PRICE.match(clean)
    if loose and not _PRICE_PAST.search(clean):  # "What costs it to make 10 images in the size 1024 by 1024?": read-only,
        # so the best reading is answered (the reply says the count and size it priced)
        said = re.sub(r"\b(?:image|picture|pic|photo|number|no\.?)\s*#?\d+|#\s*\d+", " ", re.sub(_SIZE_SAID, " ", clean, flags=_FLAGS),
                      flags=_FLAGS)  # (the image numbers of "what would it cost to remix image 3?" count nothing)
        counts = [word_to_int(n) for n in re.findall(rf"\b{NUMBER}\b", said, _FLAGS)]
        if not counts and re.search(r"\b(?:a\s+single|single|an?|each|per|every)\s+(?:image|picture|pic|photo|render|frame)\b", said, _FLAGS):
            counts = [1]  # "how many credits does a single image consume?"
        size = re.search(_SIZE_SAID, clean, _FLAGS)
        if len(counts) == 1 and counts[0]:
            side = size and (size.group("w") or size.group("w2"))
            return [Step("price_images", {"count": counts[0], **({"size": f"{side}x{size.group('h') or side}"} if size else {})})]
    one = _SHOW_ONE.match(clean)
    if one:
        return [Step("generation_details", {"item": listed([word_to_int(one.group(1))], state)[0]})]
    if _WHERE_THEY_WENT.match(clean):
        if state.memory.last_saved and not state.memory.last_items:  # just imported: the files' own record says
            return [Step("asset_details", {"assets": list(state.memory.last_saved)})]
        return [Step("current_session", {})]  # just generated: they went into the current one
    of_imported = _DETAILS_OF_THEM.match(clean)
    if of_imported and state.memory.last_saved and not state.memory.last_items:
        # "import …/sd-webui.jpg", then "What prompt, seed and model are recorded for that image?": those assets
        return [Step("asset_details", {"assets": list(state.memory.last_saved)})]
    origin = _ASSET_ORIGIN.match(clean)
    if origin:
        folder = masked.restore(origin.group("folder") or origin.group("folder2")).strip(" '\"")
        return [Step("asset_details", {"folder": folder})]
    put = _WHERE_PUT.match(clean)
    if put:  # "save 4 to Keepers", then "where did you put it?": its details say where it was saved
        steps = _details(put.group("items") or put.group("items2") or put.group("items3"), state)
        if steps:
            return steps
    kinds = _PROMPTS_OF_KIND.match(clean)
    if kinds:
        what = kinds.group("what").lower()
        listing = {"liked": True} if re.fullmatch(r"(?:images?|pictures?|ones|generations)\s+(?:that\s+)?(?:i|we)\s+"
                                                  r"(?:have\s+)?liked|liked\s+(?:ones|images|pictures|generations)", what) \
            else {} if re.fullmatch(r"(?:images|pictures|ones|generations)(?:\s+(?:here|in\s+this\s+session))?", what) else None
        if listing is not None:
            return [Step("list_generations", listing)]
    if _REFLECTION.match(clean):
        return [Step("session_reflection", {})]
    cost = _ITEM_COST.match(clean)
    if cost:
        steps = _details(cost.group("items"), state)
        if steps:
            return steps
    share = _SHARE_LIKED.match(clean)
    if share:
        ref = parse_session(share.group("s") or share.group("s2"), masked, state)
        if ref is not None:
            return [Step("count_generations", {} if ref is CURRENT else {"session": ref})]
    if _ANY_POSTS.match(clean):
        return [Step("list_posts", {})]
    if _ANY_ARCHIVED_SESSIONS.match(clean):
        return [Step("list_sessions", {"status": "archived"})]
    if _ANY_SESSIONS.match(clean):
        return [Step("list_sessions", {})]
    prompts_of = _SESSION_PROMPTS.match(clean)
    if prompts_of:
        ref = parse_session(prompts_of.group("s"), masked, state) if prompts_of.group("s") else CURRENT
        if ref is not None:
            return [Step("list_generations", {} if ref is CURRENT else {"session": ref})]
    if _FIRST_SESSION.match(clean):
        return [Step("list_sessions", {"status": "all", "order": "oldest"})]
    if _PREVIOUS.match(clean):
        if not state.memory.previous_session:
            raise Reply("This conversation has been in one session only so far. Nothing was changed.")
        return [Step("count_generations", {"session": state.memory.previous_session})]
    if _ARCHIVED_LIST.match(clean):
        return [Step("list_generations", {"archived_only": True})]
    prompts_in = _PROMPTS_IN.match(clean)
    if prompts_in:
        ref = parse_session(prompts_in.group("s"), masked, state)
        if ref is not None:
            return [Step("list_generations", {} if ref is CURRENT else {"session": ref})]
    saved_yet = _SAVED_YET.match(clean)
    if saved_yet and re.search(r"\bsaved?\b|\bstored\b", clean, _FLAGS):
        steps = _details(saved_yet.group("items"), state)
        if steps:
            return steps
    if _LIKED_SO_FAR.match(clean):
        return [Step("list_generations", {"liked": True})]
    liked_in = _LIKED_IN.match(clean)
    if liked_in:  # "which of the tulips did I like?", "which generations in Peonies are liked?"
        ref = parse_session(liked_in.group("s"), masked, state)
        if ref is not None:
            return [Step("list_generations", {"liked": True, **({} if ref is CURRENT else {"session": ref})})]
    if _LIBRARY_SIZE.match(clean):
        return [Step("list_assets", {})]
    names = _ANY_NAMES.match(clean)
    if names:
        return [Step("list_names", {"what": names.group(1).lower()})]
    if _HOW_MANY.match(clean) and re.match(r"^how\s+many\s+(?:generations|images|pictures|pics)\b", clean, _FLAGS) \
            and _ACROSS.search(clean):  # "how many generations do I have across all my sessions?"
        return [Step("count_generations", {"all_sessions": True})]
    if _HOW_MANY.match(clean) and not re.search(r"\bsessions\b|\bposts?\b|\bassets?\b|\bcredits?\b", clean, _FLAGS):
        if _ACROSS.search(clean):
            return [Step("count_generations", {"all_sessions": True})]
        # "how many images in Tulips are not liked?": the session, without what is counted in it
        counted = re.sub(r"\s+(?:that\s+)?(?:are|is|were|was|have\s+been)(?:n'?t|\s+not)?\s+(?:liked|selected|archived|saved)\s*(?=\??$)",
                         "", clean, flags=_FLAGS)
        where = re.search(r"\bin\s+(.+?)\s*(?:now|so\s+far)?\s*\??$", counted, _FLAGS) \
            or re.search(r"\b(?:does|do|did|has)\s+(?!(?:i|we|you|u)\s)(?:the\s+)?(?:session\s+)?(.+?)\s+(?:have|hold|contain|got)(?:\s+(?:now|so\s+far|in\s+it))?"
                         r"\s*\??$", clean, _FLAGS)
        args: dict = {}
        folder = where and re.match(r"(?:the\s+)?folder\s+(?:called\s+|named\s+)?(?P<f>.+)$|(?:the\s+)?(?P<f2>.+?)\s+folder$",
                                    where.group(1), _FLAGS)
        if folder:  # "how many image there is in the folder Characters?": the folder's assets
            return [Step("list_assets", {"folder": clean_name(folder.group("f") or folder.group("f2"), masked)})]
        if where and not re.match(r"(?:here|it|there)$", where.group(1), _FLAGS):
            ref = parse_session(where.group(1), masked, state)
            if ref is not None and ref is not CURRENT:
                args["session"] = ref
        return [Step("count_generations", args)]
    return None
