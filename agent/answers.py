"""Yes and no: the one list of answers to a confirmation, shared by the graph and the planner.

``classify_answer`` decides what a reply to "Delete session 'x'?" means; the offline planner uses
``is_answer`` to recognise a bare yes/no said when nothing is waiting for one.
"""

from __future__ import annotations

import re
from typing import Any

YES = frozenset({
    "yes", "y", "yeah", "yep", "yup", "sure", "ok", "okay", "confirm", "confirmed", "approve",
    "approved", "absolutely", "of course", "certainly", "go", "go ahead", "proceed", "do it",
    "yes do it", "ok do it", "okay do it", "yes go ahead", "sure go ahead", "yes delete it",
    "yes remove it", "yes proceed", "go for it", "i confirm", "righto", "too right", "you bet", "sure thing",
    "haan", "haan ji", "ji haan",  # Hinglish, which the planner reads too
})
NO = frozenset({
    "no", "n", "nope", "nah", "cancel", "stop", "deny", "abort", "don't", "dont", "do not",
    "don't do it", "keep it", "no keep it", "no thanks", "not now", "no not now", "never mind",
    "nevermind", "no way", "yeah nah",
    "nahi", "nahin", "mat karo", "rehne do",
})
# "no, keep the session", "don't delete it", "stop that": a refusal however it goes on.
_NO_PREFIX = re.compile(r"^(?:no|nope|nah|cancel|stop|don't|dont|do not|abort)\b")
# Politeness around an answer does not change it: "yes please", "no, thank you", "ok thanks!".
# "yes I am sure", "Yes, that's right, thank you.", "yes go": assurance after the answer is the same answer.
_POLITE = re.compile(r"^(?:please )?(.*?)(?: (?:please|thanks|thank you|do it|i confirm|confirmed|go ahead|go|proceed|i'm sure|i am sure|"
                     r"that's right|that is right|that's correct|that is correct|absolutely|definitely))*$")


def normalise(text: str) -> str:
    """Lower case, one space, no commas or closing punctuation, no "please"/"thanks" around it."""
    text = str(text).strip().lower().replace("\u2019", "'")
    text = re.sub(r"[\s,;:]+", " ", text)
    text = re.sub(r" po\b", "", text)  # "Yes po, please proceed": the Filipino particle of respect
    text = re.sub(r"[\s.!]+$", "", text).strip()
    text = _POLITE.match(text)[1].strip()
    # "yep, go for it", "yeah do it": a yes said twice is one yes ("yeah nah" stays a no)
    twice = re.match(r"(?:yes|yeah|yep|yup|sure|ok|okay)\s+(.+)$", text)
    return "yes" if twice and twice[1] in YES else text


def classify_answer(answer: Any) -> bool | None:
    """True for a yes, False for a no, None when unclear (which is asked again, never taken as yes)."""
    if isinstance(answer, bool):
        return answer
    if not isinstance(answer, str):
        return None
    text = normalise(answer)
    if text in YES:
        return True
    if text in NO or _NO_PREFIX.match(text):
        return False
    return None


def is_answer(text: str) -> bool:
    """Is this message just a yes or a no (as said to a confirmation), and nothing else?"""
    text = normalise(text)
    return text in YES or text in NO
