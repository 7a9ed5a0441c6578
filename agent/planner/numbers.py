"""Numbers as people write them: digits, words, ordinals, lists and ranges."""

from __future__ import annotations

import re

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}
# Phrases that stand for a count ("a dozen images", "a couple of cats").
COUNT_PHRASES = {"a dozen": 12, "dozen": 12, "a couple of": 2, "a couple": 2, "a pair of": 2, "a few": 3, "a single": 1,
                 "a hundred": 100, "one hundred": 100, "hundred": 100, "twice": 2, "thrice": 3}

_SMALL = (r"(?:(?:" + "|".join(TENS) + r")(?:[- ](?:" + "|".join(k for k in UNITS if UNITS[k] < 10)
          + r"))?|" + "|".join(sorted(UNITS, key=len, reverse=True)) + r")")
# Compounds people write for credits and counts: "two hundred", "one thousand five hundred and ten".
_HUNDREDS = rf"(?:(?:{_SMALL}|a)[- ]hundred(?:(?:\s+and)?\s+{_SMALL}(?!\s+hundred))?)"
_WORD_NUMBER = (rf"(?:(?:{_HUNDREDS}|{_SMALL}|a)[- ]thousand(?:(?:\s+and)?\s+(?:{_HUNDREDS}|{_SMALL}))?"
                rf"|{_HUNDREDS}|{_SMALL})")
NUMBER = rf"(?:\d{{1,7}}|{_WORD_NUMBER})"
# A count said of a handful of things ("the two in Launch", "the 3 assets in …")
SMALL_COUNT = r"(?:\d{1,4}|two|three|four|five|six|seven|eight|nine|ten)"
_NUMBER_AT_START = re.compile(
    r"^(?:(" + "|".join(sorted(COUNT_PHRASES, key=len, reverse=True)) + r")|(" + NUMBER + r"))\b\s*",
    re.IGNORECASE,
)
_ORDINAL_SUFFIX = re.compile(r"^(\d{1,4})(?:st|nd|rd|th)$", re.IGNORECASE)


def word_to_int(word: str) -> int | None:
    """'7' → 7, 'seven' → 7, 'twenty-five' → 25, 'a dozen' → 12; anything else → None."""
    word = word.strip().lower()
    if word.isdigit():
        return int(word)
    if word in COUNT_PHRASES:
        return COUNT_PHRASES[word]
    if word in UNITS:
        return UNITS[word]
    return _compound(re.split(r"[- ]+", word))


def _compound(parts: list[str]) -> int | None:
    """['two', 'hundred', 'and', 'five'] → 205; None unless the words form one number."""
    total, current, previous = 0, 0, None
    for part in parts:
        if part == "and" and previous in ("hundred", "thousand"):
            continue
        if part in ("hundred", "thousand"):
            multiplier = 100 if part == "hundred" else 1000
            if previous in (None, "and") or (part == "hundred" and current >= 100):
                return None
            current = (current or 1) * multiplier if part == "hundred" else current
            if part == "thousand":
                total, current = total + (current or 1) * 1000, 0
        elif part == "a" and previous is None:
            current = 1
        elif part in UNITS or part in TENS:
            value = UNITS.get(part, TENS.get(part))
            if previous in UNITS or (previous in TENS and value >= 10) or (previous in TENS and part in TENS):
                return None
            current += value
        else:
            return None
        previous = part
    return total + current if previous not in (None, "and") else None


def ordinal_to_int(word: str) -> int | None:
    """'third' → 3, '3rd' → 3."""
    word = word.strip().lower()
    if word in ORDINALS:
        return ORDINALS[word]
    match = _ORDINAL_SUFFIX.match(word)
    return int(match.group(1)) if match else None


def leading_count(text: str) -> tuple[int | None, str]:
    """A count at the start of ``text`` and what follows: '3 cats' → (3, 'cats')."""
    match = _NUMBER_AT_START.match(text)
    if not match:
        return None, text
    value = word_to_int(match.group(1) or match.group(2))
    return value, text[match.end():]


# A list of generation numbers: "2, 5 and 7", "1-4", "#1 and #4", "numbers 2 to 5", "one, two and five".
_LIST_NOUNS = r"(?:the\s+)?(?:images?|pictures?|pics?|photos?|fotos?|renders?|generations?|iterations?|thumbnails?|numbers?|no\.|nos\.|items?|ones?|#)|the(?=\s+#?\d)"
_LIST_TOKEN = re.compile(
    r"\s*(?:(?P<dash>-)|(?P<punct>[,&+])"
    rf"|(?:(?P<num>#?\d{{1,7}}|{_WORD_NUMBER})|(?P<range>to|through|thru|until)|(?P<sep>and|or|adn|nad|an|n|also|plus)"
    rf"|(?P<noun>{_LIST_NOUNS})|(?P<from>from))(?=\s|$|[-,#&+]))",
    re.IGNORECASE,
)


def parse_number_list(text: str) -> list[int] | None:
    """All of ``text`` as a list of numbers and ranges, in order, repeats dropped; else None."""
    text = text.strip()
    if not text:
        return None
    numbers: list[int] = []
    pending_range: str | bool = False
    position = 0
    while position < len(text):
        match = _LIST_TOKEN.match(text, position)
        if not match or match.end() == position:
            return None
        position = match.end()
        if match.group("num"):
            value = word_to_int(match.group("num").lstrip("#"))
            if value is None:
                return None
            if pending_range:
                if not numbers or abs(value - numbers[-1]) > 10_000 or value < numbers[-1] and pending_range == "dash":
                    return None
                # "8 to 5": the same images as "5 to 8" (a dash backwards, "10-5", is no range)
                step = 1 if value >= numbers[-1] else -1
                numbers.extend(range(numbers[-1] + step, value + step, step))
                pending_range = False
            else:
                numbers.append(value)
        elif match.group("range") or match.group("dash"):
            if not numbers or pending_range:
                return None
            pending_range = "dash" if match.group("dash") else "words"
    if pending_range or not numbers:
        return None
    return list(dict.fromkeys(numbers))
