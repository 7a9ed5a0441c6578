"""`atelier chat`: a line-by-line conversation on stdin/stdout.

Ctrl+C during a turn stops it cleanly (a generation stops between images: the made ones are
kept, the credits of the rest are given back) and the conversation goes on; Ctrl+C or EOF at the
prompt ends the chat.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable

from agent.assistant import Assistant
from agent.channels import Transcript, format_event
from agent.events import Event, Progress

_DONE = object()
BANNER = ("Atelier chat — say what you want to make (\"start a session for summer launch, "
          "generate 4\"). Ctrl+C stops a turn; Ctrl+D or Ctrl+C at the prompt quits.")


def run_turn(assistant: Assistant, thread_id: str, text: str, show: Callable[[Event], None],
             on_cancel: Callable[[], None] | None = None) -> bool:
    """Run one turn in a worker thread so Ctrl+C can cancel it; True if it was cancelled."""
    events: queue.Queue = queue.Queue()

    def work() -> None:
        try:
            for event in assistant.send(thread_id, text):
                events.put(event)
        except BaseException as error:  # reported in the main thread
            events.put(error)
        finally:
            events.put(_DONE)

    worker = threading.Thread(target=work, name="atelier-turn", daemon=True)
    worker.start()
    cancelled = False
    while True:
        try:
            try:
                item = events.get(timeout=0.1)
            except queue.Empty:
                continue
            if item is _DONE:
                break
            if isinstance(item, BaseException):
                raise item
            show(item)
        except KeyboardInterrupt:
            if not cancelled:
                cancelled = True
                assistant.cancel()
                if on_cancel:
                    on_cancel()
    # Wait for the worker to leave the graph: nothing may be left half-done.
    while worker.is_alive():
        try:
            worker.join(0.1)
        except KeyboardInterrupt:
            continue
    return cancelled


def chat(assistant: Assistant, thread_id: str, *, stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty() and stdout.isatty()

    def say(text: str, end: str = "\n") -> None:
        stdout.write(text + end)
        stdout.flush()

    transcript = Transcript(say)

    def show(event: Event) -> None:
        if isinstance(event, Progress) and interactive:
            line = format_event(event).strip()
            say("\r" + line, end="" if event.done < event.total else "\n")
        else:
            transcript(event)

    say(BANNER)
    pending = assistant.pending_confirmation(thread_id)
    if pending:
        say(f"atelier? {pending} (yes/no)")
    while True:
        try:
            if interactive:
                line = input("you> ")
            else:
                say("you> ", end="")
                line = stdin.readline()
                if not line:
                    raise EOFError
        except (EOFError, KeyboardInterrupt):
            say("\nbye.")
            return 0
        if not interactive:
            say(line.rstrip("\n"))
        if line.strip().lower() in ("quit", "exit", "/quit", "/exit"):
            say("bye.")
            return 0
        cancelled = run_turn(assistant, thread_id, line, show,
                             on_cancel=lambda: say("\n  stopping after the current step …"))
        if cancelled:
            say("atelier> Stopped. What was finished is kept; nothing was left half-done.")
