"""What a conversation turn tells its front end: small typed events, in the order they happen."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

AnsweredBy = Literal["planner", "llm"]


@dataclass(frozen=True)
class ToolStarted:
    """The agent asked for a tool call (it may still need a confirmation before it runs)."""

    name: str
    args: dict


@dataclass(frozen=True)
class ToolFinished:
    """A tool call ended: ``message`` is the tool's sentence, or the error when ``error`` is set."""

    name: str
    message: str
    error: bool = False
    data: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Progress:
    """Long work moving on, e.g. ("generating", 4, 10)."""

    label: str
    done: int
    total: int


@dataclass(frozen=True)
class ConfirmationRequested:
    """The turn is paused before a costly or destructive step; answer with yes or no."""

    question: str
    tool: str = ""


@dataclass(frozen=True)
class ReplyChunk:
    """A piece of the reply as the model writes it; the ``Reply`` that follows holds the whole text."""

    text: str


@dataclass(frozen=True)
class Reply:
    """What the assistant says at the end of a turn, and which path produced it.

    ``error`` is set when the turn could not do what was asked: the model failed, the message
    was too long, or the offline planner did not understand it."""

    text: str
    answered_by: AnsweredBy = "planner"
    error: bool = False


Event = ToolStarted | ToolFinished | Progress | ConfirmationRequested | ReplyChunk | Reply
