"""Credits: the balance, the credit history (with a count of entries), and topping up."""

from __future__ import annotations

import re

from agent.planner.common import I, Clause
from agent.planner.numbers import NUMBER, word_to_int
from agent.planner.plan import PlanState, Step


_CREDIT_HISTORY = re.compile(r"\b(?:history|transactions?|ledger|statement|spent|spend|spending|go|went|activity|"
                             r"entries|entry|log|logs|charges|movements|usage|records)\b", I)
_CREDITS = re.compile(r"\b(?:credits?|creds?|balance)\b", I)
# "the last 5 …", "my 5 most recent …": a count of entries — only a history has one.
_RECENT_COUNT = re.compile(rf"\b(?:last|latest|recent|past|most\s+recent)\s+({NUMBER})\b"
                           rf"|\b({NUMBER})\s+(?:most\s+)?(?:recent|latest|last)\b", I)
# What a credit request may say besides its nouns, when it starts without a verb ("last 5 credit transactions").
_CREDIT_WORDS = re.compile(r"\b(?:my|the|your|ur|of|last|latest|recent|most|past|all|credits?|creds?|balance|entries|"
                           rf"history|transactions?|ledger|statement|activity|log|logs|charges|movements|usage|{NUMBER})\b", I)


def credit_steps(text: str) -> list[Step] | None:
    """credit_history (with the count of entries asked for) or credit_balance; None without a credit word."""
    if not _CREDITS.search(text):
        return None
    count = _RECENT_COUNT.search(text)
    # "how many credits I have to spend", "credits left to spend": the balance, not the history
    text = re.sub(r"\b(?:left\s+)?to\s+spend\b|\bspend(?:able|ing\s+money)\b", "", text, flags=I)
    if count or _CREDIT_HISTORY.search(text):
        return [Step("credit_history", {"limit": word_to_int(count.group(1) or count.group(2))} if count else {})]
    return [Step("credit_balance", {})]


def handle_credit_noun(clause: Clause, state: PlanState) -> list[Step] | None:
    """A credit request without a verb: "last 5 credit transactions", "my credit balance"."""
    if re.search(r"\w", _CREDIT_WORDS.sub("", clause.text)):
        return None
    return credit_steps(clause.text)


def handle_balance(clause: Clause, state: PlanState) -> list[Step] | None:
    rest = clause.rest.lower().strip(" ,.;:")
    if _CREDIT_HISTORY.search(rest) or _RECENT_COUNT.search(rest):  # "credit history, last 5"
        return credit_steps("credit " + rest)
    if re.fullmatch(r"(?:left|remaining|balance|please|now|do i have|have i got)?", rest):
        return [Step("credit_balance", {})]
    return None


def handle_topup(clause: Clause, state: PlanState) -> list[Step] | None:
    match = re.match(rf"^(?:up\s+)?(?:(?:my\s+)?(?:credits|balance)\s+(?:with|by)\s+)?({NUMBER})(?:\s+(?:more\s+)?credits?)?$",
                     clause.rest.strip(" ,.;:"), I)
    return [Step("add_credits", {"amount": word_to_int(match.group(1))})] if match else None
