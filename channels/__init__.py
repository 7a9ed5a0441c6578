"""Front doors that talk to the Assistant: a script runner and a line-by-line chat.

Each channel is a few functions over ``Assistant.send``; they share how events are shown.
"""

from __future__ import annotations

import json
import queue
import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

from agent.events import (
    ConfirmationRequested,
    Event,
    Progress,
    Reply,
    ToolFinished,
    ToolStarted,
)
from tools.display import indented, one_line

PROGRESS_LINES = 10  # at most about this many progress lines per step in a transcript


def short_args(args: dict, limit: int = 120) -> str:
    text = json.dumps(args, ensure_ascii=False, default=str, separators=(", ", "="))[1:-1].replace('"', "")
    return one_line(text, limit)


# Text from tools and the model carries prompts and names from files and other people: it is
# cleaned of terminal escapes, and its later lines are indented so none can pass for a line of
# the transcript ("you> …").
def format_event(event: Event) -> str | None:
    """One line (or a few) for a person reading a transcript; None for events not shown."""
    if isinstance(event, ToolStarted):
        return f"  · {one_line(event.name)}({short_args(event.args)})"
    if isinstance(event, ToolFinished):
        mark = "✗" if event.error else "→"
        return indented(event.message, f"    {mark} ", "      ")
    if isinstance(event, Progress):
        return f"    … {one_line(event.label)} {event.done}/{event.total}"
    if isinstance(event, ConfirmationRequested):
        return indented(event.question, "atelier? ", "         ") + " (yes/no)"
    if isinstance(event, Reply):
        return indented(event.text, "atelier> ", "         ")
    return None


def echo(prefix: str, text: str) -> str:
    """A line the person wrote (a script line, a chat line), shown after ``prefix`` on one line."""
    return prefix + one_line(text)



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
TERMINATING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised in the main thread: a running turn is cancelled as Ctrl+C
    cancels it (what was made is kept, the rest of the credits released), then the command ends."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum

    @property
    def exit_code(self) -> int:
        return 128 + self.signum


@contextmanager
def signals_as_interrupts() -> Iterator[list[int]]:
    """While the block runs, SIGTERM and SIGHUP raise ``Terminated`` in the main thread (by default
    they kill the process on the spot, leaving a generation's held credits to the next start).
    Yields the signals received; the old handlers come back afterwards."""
    received: list[int] = []

    def terminate(signum, frame) -> None:
        received.append(signum)
        raise Terminated(signum)

    try:
        previous = {signum: signal.signal(signum, terminate) for signum in TERMINATING_SIGNALS}
    except ValueError:  # not the main thread (a test calling main() from a worker): leave them be
        previous = {}
    try:
        yield received
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def run_in_worker(assistant, thread_id: str, produce: Callable[[], Iterable[Event]],
                  show: Callable[[Event], None], on_cancel: Callable[[], None] | None = None) -> bool:
    """Run one turn in a worker thread so Ctrl+C can stop it; True if it was cancelled.

    ``produce`` iterates the turn's events (``assistant.send(...)`` and any resumes); ``show`` gets
    each one in this thread. The first Ctrl+C cancels the turn, which stops between steps (a
    generation between images) and is waited for; a second one stops waiting and is raised, so
    the caller can leave even while a slow model call is still out. SIGTERM and SIGHUP (as
    ``Terminated``) cancel the turn the same way; once it has stopped, ``Terminated`` is raised.
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
    terminated: Terminated | None = None

    def interrupted(error: KeyboardInterrupt) -> None:
        nonlocal interrupts, terminated
        if isinstance(error, Terminated):
            terminated = terminated or error
        interrupts += 1
        if interrupts > 1:
            raise error
        assistant.cancel(thread_id)
        if on_cancel:
            on_cancel()

    # The turn is open before the worker exists: a Ctrl+C from here on cancels it.
    assistant.begin_turn(thread_id)
    try:
        try:
            worker.start()
        except KeyboardInterrupt as error:
            if worker.ident is None:
                worker.start()
            interrupted(error)
        failure = None
        while True:
            try:
                item = events.get(timeout=0.1)
            except queue.Empty:
                continue
            except KeyboardInterrupt as error:
                interrupted(error)
                continue
            if item is _DONE:
                break
            if isinstance(item, BaseException):
                failure = item
                continue
            try:
                show(item)
            except KeyboardInterrupt as error:
                interrupted(error)
        # The worker has left the graph: nothing is half-done.
        while worker.is_alive():
            try:
                worker.join(0.1)
            except KeyboardInterrupt as error:
                interrupted(error)
        if failure is not None:
            raise failure
        if terminated is not None:
            raise terminated
    finally:
        if not worker.is_alive():
            assistant.end_turn(thread_id)
    return interrupts > 0
