"""Front doors that talk to the Assistant: a script runner and a line-by-line chat.

Each channel is a few functions over ``Assistant.send``; they share how events are shown.
"""

from __future__ import annotations

import json
from collections.abc import Callable

from agent.events import (
    ConfirmationRequested,
    Event,
    Progress,
    Reply,
    ToolFinished,
    ToolStarted,
)

PROGRESS_LINES = 10  # at most about this many progress lines per step in a transcript


def short_args(args: dict, limit: int = 120) -> str:
    text = json.dumps(args, ensure_ascii=False, separators=(", ", "="))[1:-1].replace('"', "")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def format_event(event: Event) -> str | None:
    """One line (or a few) for a person reading a transcript; None for events not shown."""
    if isinstance(event, ToolStarted):
        return f"  · {event.name}({short_args(event.args)})"
    if isinstance(event, ToolFinished):
        mark = "✗" if event.error else "→"
        return "\n".join(f"    {mark} {line}" if i == 0 else f"      {line}"
                         for i, line in enumerate(event.message.splitlines() or [""]))
    if isinstance(event, Progress):
        return f"    … {event.label} {event.done}/{event.total}"
    if isinstance(event, ConfirmationRequested):
        return f"atelier? {event.question} (yes/no)"
    if isinstance(event, Reply):
        return f"atelier> {event.text}"
    return None


class Transcript:
    """Prints events as they come: progress thinned out, and a reply that only repeats the
    tool results (the offline planner's way of answering) shown once, not twice."""

    def __init__(self, write: Callable[[str], None]):
        self.write = write
        self.results: list[str] = []

    def __call__(self, event: Event) -> None:
        if isinstance(event, Progress):
            step = max(1, event.total // PROGRESS_LINES)
            if event.done != event.total and event.done % step:
                return
        if isinstance(event, ToolFinished):
            self.results.append(event.message)
        if isinstance(event, Reply):
            repeated = self.results and event.text.strip() in ("\n".join(self.results).strip(),
                                                                self.results[-1].strip())
            self.results = []
            if repeated:
                return
        if isinstance(event, ConfirmationRequested):
            self.results = []
        line = format_event(event)
        if line is not None:
            self.write(line)
