"""Front doors that talk to the Assistant: a script runner and a line-by-line chat.

Each channel is a few functions over ``Assistant.send``; they share how events are shown.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable, Iterable

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
            said = [r.strip() for r in self.results]
            repeated = said and event.text.strip() in (said + ["\n".join(said)])
            self.results = []
            if repeated:
                return
        if isinstance(event, ConfirmationRequested):
            self.results = []
        line = format_event(event)
        if line is not None:
            self.write(line)


_DONE = object()


def run_in_worker(assistant, thread_id: str, produce: Callable[[], Iterable[Event]],
                  show: Callable[[Event], None], on_cancel: Callable[[], None] | None = None) -> bool:
    """Run one turn in a worker thread so Ctrl+C can stop it; True if it was cancelled.

    ``produce`` iterates the turn's events (``assistant.send(...)`` and any resumes); ``show`` gets
    each one in this thread. The first Ctrl+C cancels the turn, which stops between steps (a
    generation between images) and is waited for; a second one stops waiting and is raised, so
    the caller can leave even while a slow model call is still out.
    """
    events: queue.Queue = queue.Queue()

    def work() -> None:
        try:
            for event in produce():
                events.put(event)
        except BaseException as error:  # reported in the main thread
            events.put(error)
        finally:
            events.put(_DONE)

    worker = threading.Thread(target=work, name="atelier-turn", daemon=True)
    interrupts = 0

    def interrupted() -> None:
        nonlocal interrupts
        interrupts += 1
        if interrupts > 1:
            raise KeyboardInterrupt
        assistant.cancel(thread_id)
        if on_cancel:
            on_cancel()

    # The turn is open before the worker exists: a Ctrl+C from here on cancels it.
    assistant.begin_turn(thread_id)
    try:
        try:
            worker.start()
        except KeyboardInterrupt:
            if worker.ident is None:
                worker.start()
            interrupted()
        failure = None
        while True:
            try:
                item = events.get(timeout=0.1)
            except queue.Empty:
                continue
            except KeyboardInterrupt:
                interrupted()
                continue
            if item is _DONE:
                break
            if isinstance(item, BaseException):
                failure = item
                continue
            try:
                show(item)
            except KeyboardInterrupt:
                interrupted()
        # The worker has left the graph: nothing is half-done.
        while worker.is_alive():
            try:
                worker.join(0.1)
            except KeyboardInterrupt:
                interrupted()
        if failure is not None:
            raise failure
    finally:
        if not worker.is_alive():
            assistant.end_turn(thread_id)
    return interrupts > 0
