"""The chat pane: the conversation log, what the agent is doing right now, and the input line."""

from __future__ import annotations

import json

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, RichLog, Static

from agent.events import ConfirmationRequested, Event, Progress, Reply, ReplyChunk, ToolFinished, ToolStarted
from tui.text import clean, one_line, safe


class AgentEvent(Message):
    """An event of a running turn, posted from its worker thread."""

    def __init__(self, event: Event) -> None:
        super().__init__()
        self.event = event


class TurnFinished(Message):
    """The worker running a turn has left the graph (nothing is half-done)."""


class ActionDone(Message):
    """A direct action (a key in a view) finished: its tool's sentence, or the error."""

    def __init__(self, tool: str, message: str, error: bool = False) -> None:
        super().__init__()
        self.tool = tool
        self.message = message
        self.error = error


def short_args(args: dict, limit: int = 80) -> str:
    text = json.dumps(args, ensure_ascii=False, separators=(", ", "="))[1:-1].replace('"', "")
    return one_line(text, limit)


class ChatPane(Vertical):
    DEFAULT_CSS = """
    ChatPane #log { height: 1fr; padding: 0 1; background: $surface; scrollbar-size-vertical: 1; }
    ChatPane #activity { height: 1; padding: 0 1; color: $warning; }
    ChatPane #partial { height: auto; max-height: 50%; padding: 0 1; background: $surface; display: none; }
    ChatPane #prompt { border: tall $accent; }
    ChatPane #prompt:focus { border: tall $warning; }
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._results: list[str] = []
        self._partial = ""  # the reply so far while the model streams it

    def compose(self) -> ComposeResult:
        yield RichLog(id="log", wrap=True, markup=False, highlight=False, auto_scroll=True, min_width=20)
        yield Static("", id="partial")
        yield Static("", id="activity")
        yield Input(placeholder="Say what you want to make … (Enter sends, F1 help)", id="prompt",
                    max_length=8000)

    @property
    def log_widget(self) -> RichLog:
        return self.query_one("#log", RichLog)

    @property
    def input(self) -> Input:
        return self.query_one("#prompt", Input)

    def write(self, text: Text) -> None:
        self.log_widget.write(text)

    def user(self, text: str) -> None:
        self._results = []
        self.write(Text.assemble(("you› ", "bold cyan"), safe(text)))

    def activity(self, text: str) -> None:
        self.query_one("#activity", Static).update(safe(text))

    def _stream(self, piece: str | None) -> None:
        """Grow the reply being written (None: it is done, the log gets the whole reply)."""
        partial = self.query_one("#partial", Static)
        self._partial = self._partial + piece if piece is not None else ""
        partial.display = bool(self._partial)
        partial.update(Text.assemble(("atelier› ", "bold magenta"), safe(self._partial)) if self._partial else "")

    @property
    def partial_text(self) -> str:
        return self._partial

    def show(self, event: Event) -> None:
        """One event as it happens; a reply that only repeats the tool results is not shown twice."""
        if isinstance(event, ReplyChunk):
            self._stream(event.text)
            return
        if not isinstance(event, Progress):
            self._stream(None)
        if isinstance(event, ToolStarted):
            self.activity(f"… {event.name}({short_args(event.args, 60)})")
            self.write(Text.assemble(("  · ", "dim"), (clean(event.name), "dim bold"),
                                     (f"({clean(short_args(event.args))})", "dim")))
        elif isinstance(event, Progress):
            self.activity(f"… {event.label} {event.done}/{event.total}")
        elif isinstance(event, ToolFinished):
            self._results.append(event.message.strip())
            mark, style = ("✗ ", "bold red") if event.error else ("→ ", "green")
            self.write(Text.assemble(("    " + mark, style), safe(event.message)))
        elif isinstance(event, ConfirmationRequested):
            self._results = []
            self.write(Text.assemble(("atelier? ", "bold yellow"), safe(event.question)))
        elif isinstance(event, Reply):
            repeated = self._results and event.text.strip() in (self._results + ["\n".join(self._results)])
            self._results = []
            if not repeated:
                style = "bold red" if event.error else "bold magenta"
                self.write(Text.assemble(("atelier› ", style), safe(event.text)))

    def action_result(self, tool: str, message: str, error: bool) -> None:
        mark, style = ("✗ ", "bold red") if error else ("→ ", "green")
        self.write(Text.assemble(("  ◆ ", "dim"), (clean(tool), "dim bold"), ("  " + mark, style), safe(message)))
