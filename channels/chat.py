"""`atelier chat`: a line-by-line conversation on stdin/stdout.

Ctrl+C during a turn stops it cleanly (a generation stops between images: the made ones are
kept, the credits of the rest are given back) and the conversation goes on; a second Ctrl+C
leaves at once (a slow model call is not waited for). Ctrl+C or EOF at the prompt ends the chat.
The conversation's id is shown at the start and the end, to continue it with ``--thread``.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from agent.assistant import Assistant
from channels import Terminated, Transcript, echo, format_event, run_in_worker
from agent.events import ConfirmationRequested, Event, Progress, Reply

BANNER = ("Atelier chat — say what you want to make (\"start a session for summer launch, "
          "generate 4\"). Ctrl+C stops a turn; Ctrl+D or Ctrl+C at the prompt quits.")


def run_turn(assistant: Assistant, thread_id: str, text: str, show: Callable[[Event], None],
             on_cancel: Callable[[], None] | None = None) -> bool:
    """Run one turn in a worker thread so Ctrl+C can cancel it; True if it was cancelled."""
    return run_in_worker(assistant, thread_id, lambda: assistant.send(thread_id, text), show, on_cancel)


def chat(assistant: Assistant, thread_id: str, *, stdin=None, stdout=None) -> int:
    stdin = stdin or sys.stdin
    stdout = stdout or sys.stdout
    interactive = stdin.isatty() and stdout.isatty()

    def say(text: str, end: str = "\n") -> None:
        stdout.write(text + end)
        stdout.flush()

    transcript = Transcript(say)
    continue_with = f"continue with: atelier chat --thread {thread_id}"
    replied = False

    def show(event: Event) -> None:
        nonlocal replied
        replied = replied or isinstance(event, (Reply, ConfirmationRequested))
        if isinstance(event, Progress) and interactive:
            line = format_event(event).strip()
            say("\r" + line, end="" if event.done < event.total else "\n")
        else:
            transcript(event)

    say(BANNER)
    say(f"(conversation {thread_id}; {continue_with})")
    pending = assistant.pending_confirmation(thread_id)
    if pending:
        say(format_event(ConfirmationRequested(pending)))
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
            say(f"\nbye. ({continue_with})")
            return 0
        if not interactive:
            say(echo("", line))
        if line.strip().lower() in ("quit", "exit", "/quit", "/exit"):
            say(f"bye. ({continue_with})")
            return 0
        replied = False
        try:
            cancelled = run_turn(assistant, thread_id, line, show,
                                 on_cancel=lambda: say("\n  stopping after the current step … "
                                                       "(Ctrl+C again to leave now)"))
        except Terminated:
            say(f"\nstopped by a signal; what was finished is kept. ({continue_with})")
            return 130
        except KeyboardInterrupt:
            say(f"\nleaving without waiting for the current step. ({continue_with})")
            return 130
        if cancelled and not replied:
            say("atelier> Stopped. What was finished is kept; nothing was left half-done.")
