"""`atelier run SCRIPT`: one user message per line; a confirmation takes the next line as its answer.

Each turn runs in a worker thread: Ctrl+C stops it between steps and ends the script (a second
Ctrl+C leaves at once). The exit code is 1 when a line failed (a tool error, a model error, a line
the offline planner did not understand) or the script ended on an unanswered question.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field

from agent.assistant import Assistant
from channels import Terminated, Transcript, echo, run_in_worker
from tools.display import one_line, to_json
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
    failed: bool = False  # a step failed, or the line was not understood (not in the JSON)
    interrupted: bool = False  # stopped with Ctrl+C, SIGTERM or SIGHUP (not in the JSON)
    terminated: bool = False  # stopped by SIGTERM or SIGHUP: the command ends (not in the JSON)

    def as_json(self) -> str:
        shown = {k: v for k, v in asdict(self).items() if k not in ("failed", "interrupted", "terminated")}
        return to_json(shown)


class AutoAnswer(Reply):
    """The "yes" that ``--yes`` gives a confirmation (shown in the transcript, not a reply)."""


def script_lines(text: str) -> list[str]:
    """The messages of a script: blank lines and ``#`` comments skipped."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def _turn_events(assistant: Assistant, thread_id: str, text: str, yes: bool) -> Iterator[Event]:
    """The events of one line; with ``yes`` every confirmation it raises is approved in turn."""
    events = assistant.send(thread_id, text)
    for _ in range(MAX_AUTO_APPROVALS + 1):
        asked = False
        for event in events:
            yield event
            asked = isinstance(event, ConfirmationRequested)
        if not (yes and asked) or assistant.cancel_requested(thread_id):
            return
        yield AutoAnswer("yes (--yes)", "planner")
        events = assistant.resume(thread_id, "yes")


def run_turn(assistant: Assistant, thread_id: str, text: str, *, yes: bool = False,
             on_event: Callable[[Event], None] | None = None) -> Turn:
    """Send one line (in a worker thread, so Ctrl+C stops it); with ``yes`` every confirmation
    it raises is approved in the same turn."""
    turn = Turn(input=text)

    def record(event: Event) -> None:
        if on_event:
            on_event(event)
        if isinstance(event, AutoAnswer):
            return
        if isinstance(event, ToolStarted):
            turn.tool_calls.append({"name": event.name, "args": event.args})
        elif isinstance(event, ToolFinished):
            turn.results.append({"name": event.name, "message": event.message, "error": event.error,
                                 "data": event.data})
            # A step skipped because the person said no (or stopped) is not a failure.
            turn.failed |= event.error and not event.data.get("cancelled")
        elif isinstance(event, ConfirmationRequested):
            turn.confirmation = turn.reply = event.question
        elif isinstance(event, Reply):
            turn.reply, turn.answered_by, turn.confirmation = event.text, event.answered_by, None
            turn.failed |= event.error

    try:
        turn.interrupted = run_in_worker(assistant, thread_id, lambda: _turn_events(assistant, thread_id, text, yes),
                                         record)
    except Terminated:
        turn.interrupted = turn.terminated = True
    return turn


def run_script(assistant: Assistant, lines: Iterable[str], thread_id: str, *, yes: bool = False,
               on_turn: Callable[[Turn], None] | None = None,
               on_event: Callable[[Event], None] | None = None,
               before_turn: Callable[[str], None] | None = None) -> list[Turn]:
    """Run the lines in order; a line stopped with Ctrl+C ends the script there."""
    turns = []
    for line in lines:
        if before_turn:
            before_turn(line)
        turn = run_turn(assistant, thread_id, line, yes=yes, on_event=on_event)
        turns.append(turn)
        if on_turn:
            on_turn(turn)
        if turn.interrupted:
            break
    return turns


def print_transcript(out) -> tuple[Callable[[Turn], None], Callable[[Event], None]]:
    """Callbacks that print a readable transcript as it happens."""
    on_event = Transcript(lambda line: print(line, file=out, flush=True))

    def on_turn(turn: Turn) -> None:
        print(file=out, flush=True)

    return on_turn, on_event


def main(assistant: Assistant, text: str, thread_id: str, *, yes: bool, as_json: bool, out,
         err) -> int:
    """Run a whole script; returns the exit code (0 only when every line did what it asked)."""
    lines = script_lines(text)
    if as_json:
        turns = run_script(assistant, lines, thread_id, yes=yes,
                           on_turn=lambda t: print(t.as_json(), file=out, flush=True))
    else:
        on_turn, on_event = print_transcript(out)
        turns = run_script(assistant, lines, thread_id, yes=yes, on_turn=on_turn, on_event=on_event,
                           before_turn=lambda line: print(echo("you> ", line), file=out, flush=True))
    if turns and turns[-1].interrupted:
        print(f"atelier: interrupted; stopped after the line '{one_line(turns[-1].input)}'\n"
              f"  continue with: atelier run --thread {thread_id} FILE", file=err)
        return 130
    failed = [turn for turn in turns if turn.failed]
    for turn in failed:
        print(f"atelier: failed: '{one_line(turn.input)}': {one_line(turn.reply)}", file=err)
    pending = assistant.pending_confirmation(thread_id)
    if pending:
        print(f"atelier: the script ended while waiting for an answer to: {one_line(pending)}\n"
              f"  continue with: atelier run --thread {thread_id} FILE (its first line is the answer)",
              file=err)
    return 1 if failed or pending else 0
