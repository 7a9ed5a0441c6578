"""`atelier run SCRIPT`: one user message per line; a confirmation takes the next line as its answer."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field

from agent.assistant import Assistant
from agent.channels import Transcript
from agent.events import ConfirmationRequested, Event, Reply, ToolFinished, ToolStarted

MAX_AUTO_APPROVALS = 20


@dataclass
class Turn:
    """One line of the script and what it led to."""

    input: str
    tool_calls: list[dict] = field(default_factory=list)
    reply: str = ""
    confirmation: str | None = None
    results: list[dict] = field(default_factory=list)
    answered_by: str | None = None

    def as_json(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def script_lines(text: str) -> list[str]:
    """The messages of a script: blank lines and ``#`` comments skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def run_turn(assistant: Assistant, thread_id: str, text: str, *, yes: bool = False,
             on_event: Callable[[Event], None] | None = None) -> Turn:
    """Send one line; with ``yes`` every confirmation it raises is approved in the same turn."""
    turn = Turn(input=text)
    events = assistant.send(thread_id, text)
    for _ in range(MAX_AUTO_APPROVALS + 1):
        asked = None
        for event in events:
            if on_event:
                on_event(event)
            if isinstance(event, ToolStarted):
                turn.tool_calls.append({"name": event.name, "args": event.args})
            elif isinstance(event, ToolFinished):
                turn.results.append({"name": event.name, "message": event.message, "error": event.error,
                                     "data": event.data})
            elif isinstance(event, ConfirmationRequested):
                asked = turn.confirmation = turn.reply = event.question
            elif isinstance(event, Reply):
                turn.reply, turn.answered_by, turn.confirmation = event.text, event.answered_by, None
        if not (yes and asked):
            break
        if on_event:
            on_event(Reply("yes (--yes)", "planner"))
        events = assistant.resume(thread_id, "yes")
    return turn


def run_script(assistant: Assistant, lines: Iterable[str], thread_id: str, *, yes: bool = False,
               on_turn: Callable[[Turn], None] | None = None,
               on_event: Callable[[Event], None] | None = None) -> list[Turn]:
    turns = []
    for line in lines:
        turn = run_turn(assistant, thread_id, line, yes=yes, on_event=on_event)
        turns.append(turn)
        if on_turn:
            on_turn(turn)
    return turns


def print_transcript(out) -> tuple[Callable[[Turn], None], Callable[[Event], None]]:
    """Callbacks that print a readable transcript as it happens."""
    on_event = Transcript(lambda line: print(line, file=out, flush=True))

    def on_turn(turn: Turn) -> None:
        print(file=out, flush=True)

    return on_turn, on_event


def main(assistant: Assistant, text: str, thread_id: str, *, yes: bool, as_json: bool, out,
         err) -> int:
    """Run a whole script; returns the exit code."""
    lines = script_lines(text)
    if as_json:
        run_script(assistant, lines, thread_id, yes=yes,
                   on_turn=lambda t: print(t.as_json(), file=out, flush=True))
    else:
        on_turn, on_event = print_transcript(out)
        for line in lines:
            print(f"you> {line}", file=out, flush=True)
            on_turn(run_turn(assistant, thread_id, line, yes=yes, on_event=on_event))
    pending = assistant.pending_confirmation(thread_id)
    if pending:
        print(f"atelier: the script ended while waiting for an answer to: {pending}\n"
              f"  continue with: atelier run --thread {thread_id} FILE (its first line is the answer)",
              file=err)
    return 0
