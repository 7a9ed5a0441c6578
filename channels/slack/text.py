"""Text for Slack: store text escaped, conversation ids, and the confirmation buttons."""

from __future__ import annotations

import hashlib
import json
import re

from tools.display import for_slack as slack_escape  # the one escaping of store text for Slack

# Slack's own limits: a section block's text and a message's text are cut beyond these.
MAX_SECTION_CHARS = 3000
MAX_TEXT_CHARS = 3900
MENTION = re.compile(r"<@[A-Z0-9]+>")
CONFIRM_YES = "atelier_confirm_yes"
CONFIRM_NO = "atelier_confirm_no"


def shorten(text: str, limit: int = MAX_TEXT_CHARS) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def strip_mentions(text: str) -> str:
    """What a person asked, without the ``<@BOT>`` that addressed it."""
    return MENTION.sub(" ", text or "").strip()


def thread_id(team: str, channel: str, thread_ts: str) -> str:
    """One Slack thread is one conversation; the team is part of its id (checked on every click)."""
    return f"slack:{team}:{channel}:{thread_ts}"


def parse_thread_id(value: str) -> tuple[str, str, str] | None:
    parts = value.split(":") if isinstance(value, str) else []
    if len(parts) != 4 or parts[0] != "slack" or not all(parts[1:]):
        return None
    return parts[1], parts[2], parts[3]


def question_key(question: str) -> str:
    return hashlib.sha256(question.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def confirmation_blocks(thread: str, question: str, asker: str | None) -> list[dict]:
    """The question and two buttons; each button carries what it answers (thread, question, asker)."""
    value = json.dumps({"thread": thread, "q": question_key(question), "asker": asker or ""})
    return [
        {"type": "section", "text": {"type": "mrkdwn", "text": shorten(slack_escape(question), MAX_SECTION_CHARS)}},
        {"type": "actions", "block_id": "atelier_confirm", "elements": [
            {"type": "button", "action_id": CONFIRM_YES, "style": "primary", "value": value,
             "text": {"type": "plain_text", "text": "Yes"}},
            {"type": "button", "action_id": CONFIRM_NO, "value": value,
             "text": {"type": "plain_text", "text": "No"}},
        ]},
    ]


def parse_button_value(value: str) -> dict | None:
    """The button's payload, or None when it is not one of ours (malformed or forged)."""
    try:
        data = json.loads(value)
    except (TypeError, ValueError):
        return None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("thread", "q", "asker")):
        return None
    return data
