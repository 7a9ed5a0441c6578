"""One small interface for every chat platform, and an in-process test channel (Errbot / Bot Framework style).

A channel receives a ``Message`` (who said what, in which conversation) and shows what the turn
produced: a reply, images, a question to confirm, progress. ``handle`` drives one turn through
the Assistant and hands each event to the channel; ``answer`` does the same for a button click.
The script runner, the chat and Slack are channels; ``TestChannel`` lets one conversation test
run on each of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from agent.events import ConfirmationRequested, Event, Progress, Reply, ToolFinished, ToolStarted

if TYPE_CHECKING:  # channels/__init__ imports this module: `atelier --help` stays light
    from tools.context import Context


@dataclass(frozen=True)
class Message:
    """What a person said, and where: the conversation, their workspace and who they are."""

    text: str
    thread_id: str
    workspace_id: str | None = None
    user_id: str | None = None


@dataclass(frozen=True)
class Image:
    """A generated image to show: its file and a short title (the generation number and prompt)."""

    path: Path
    title: str
    generation_id: str


class Channel:
    """Where a conversation's events are shown. Override what the platform can show."""

    def reply(self, message: Message, text: str, *, error: bool = False) -> None:
        raise NotImplementedError

    def ask_confirmation(self, message: Message, question: str) -> None:
        raise NotImplementedError

    def show_progress(self, message: Message, label: str, done: int, total: int) -> None:
        """Long work moving on; by default not shown."""

    def send_images(self, message: Message, images: list[Image]) -> None:
        """Images a step made; by default not shown (the step's sentence says what was made)."""

    def tool_started(self, message: Message, name: str, args: dict) -> None:
        """A step about to run; by default not shown."""

    def tool_finished(self, message: Message, event: ToolFinished) -> None:
        """A step's result; by default not shown (the reply sums the turn up)."""

    # -- dispatch ---------------------------------------------------------------------------------

    def deliver(self, message: Message, event: Event, *, ctx: Context | None = None) -> None:
        """Show one event; with ``ctx`` the images a step made are looked up and sent too."""
        if isinstance(event, ToolStarted):
            self.tool_started(message, event.name, event.args)
        elif isinstance(event, ToolFinished):
            self.tool_finished(message, event)
            if ctx is not None and not event.error:
                images = images_made(ctx, event)
                if images:
                    self.send_images(message, images)
        elif isinstance(event, Progress):
            self.show_progress(message, event.label, event.done, event.total)
        elif isinstance(event, ConfirmationRequested):
            self.ask_confirmation(message, event.question)
        elif isinstance(event, Reply):
            self.reply(message, event.text, error=event.error)


def images_made(ctx: Context, event: ToolFinished) -> list[Image]:
    """The image files of the generations a step made, looked up in the caller's workspace only."""
    from tools.registry import get_registry

    if not get_registry().facts(event.name).produces_items:
        return []
    ids = [i for i in event.data.get("generation_ids") or [] if isinstance(i, str)]
    if not ids:
        return []
    rows = ctx.store.query_in(
        "SELECT id, idx, prompt, blob_sha256, file_ext FROM generations WHERE workspace_id = ? AND id IN ({marks}) "
        "ORDER BY idx, id", ids, [ctx.workspace_id])
    return [Image(ctx.blobs.path_for(r["blob_sha256"], r["file_ext"] or ""),
                  f"#{r['idx']} {r['prompt'][:80]}" if r["idx"] else r["prompt"][:80], r["id"])
            for r in rows if r["blob_sha256"]]


def handle(assistant, channel: Channel, message: Message) -> None:
    """One turn: send the message and show every event it produces on the channel."""
    ctx = assistant.context(message.workspace_id, message.user_id)
    _show(channel, message, assistant.send(message.thread_id, message.text, workspace_id=message.workspace_id,
                                           user_id=message.user_id), ctx)


def answer(assistant, channel: Channel, message: Message) -> None:
    """A button's answer to the pending question (only its asker's counts, the Assistant checks)."""
    ctx = assistant.context(message.workspace_id, message.user_id)
    _show(channel, message, assistant.resume(message.thread_id, message.text, user_id=message.user_id), ctx)


def _show(channel: Channel, message: Message, events: Iterable[Event], ctx: Context) -> None:
    for event in events:
        channel.deliver(message, event, ctx=ctx)


@dataclass
class Shown:
    """One thing a channel showed: ``kind`` is reply, error, confirm, progress, images or tool."""

    kind: str
    thread_id: str
    text: str
    images: list[Image] = field(default_factory=list)


class TestChannel(Channel):
    """An in-process channel that records what it shows, for conversation tests.

        channel = TestChannel(assistant)
        channel.say("start a session called Beach and generate 2")
        channel.last("reply").text
    """

    __test__ = False  # not a pytest class

    def __init__(self, assistant, *, workspace_id: str | None = None, user_id: str | None = None,
                 thread_id: str = "test-thread"):
        self.assistant = assistant
        self.workspace_id, self.user_id, self.thread_id = workspace_id, user_id, thread_id
        self.shown: list[Shown] = []

    def say(self, text: str, *, thread_id: str | None = None, user_id: str | None = None) -> list[Shown]:
        """Send one message; returns what this turn showed."""
        return self._turn(handle, text, thread_id, user_id)

    def click(self, answer_text: str, *, thread_id: str | None = None, user_id: str | None = None) -> list[Shown]:
        """Answer the pending question as a button would."""
        return self._turn(answer, answer_text, thread_id, user_id)

    def last(self, kind: str) -> Shown | None:
        return next((s for s in reversed(self.shown) if s.kind == kind), None)

    def _turn(self, run, text, thread_id, user_id) -> list[Shown]:
        start = len(self.shown)
        run(self.assistant, self, Message(text, thread_id or self.thread_id, self.workspace_id,
                                          user_id or self.user_id))
        return self.shown[start:]

    def reply(self, message, text, *, error=False):
        self.shown.append(Shown("error" if error else "reply", message.thread_id, text))

    def ask_confirmation(self, message, question):
        self.shown.append(Shown("confirm", message.thread_id, question))

    def show_progress(self, message, label, done, total):
        self.shown.append(Shown("progress", message.thread_id, f"{label} {done}/{total}"))

    def send_images(self, message, images):
        self.shown.append(Shown("images", message.thread_id, ", ".join(i.title for i in images), list(images)))

    def tool_finished(self, message, event):
        self.shown.append(Shown("tool", message.thread_id, event.message))
