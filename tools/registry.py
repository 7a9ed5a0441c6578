"""The tool registry. Built-in tools register through the same entry-point hook as plugins.

A plugin module exposes ``register_tools(register)`` and is listed under the ``atelier.tools``
entry-point group; ``register(fn, confirm=..., **facts)`` adds one tool. The facts (``ToolFacts``)
tell the agent what a tool does to the conversation, so no other module keeps lists of tool names.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from typing import Any

from pydantic import BaseModel, ValidationError

from tools.context import Context
from tools.errors import InvalidInput

ENTRY_POINT_GROUP = "atelier.tools"


class NoArgs(BaseModel):
    """The arguments of a tool that takes none."""


class ToolResult(BaseModel):
    """What every tool returns: a sentence for people and data for the next step."""

    message: str
    data: dict[str, Any] = {}


ConfirmCheck = Callable[[Context, BaseModel], str | None]
"""Returns the question to ask before the tool runs, or None when no confirmation is needed."""


@dataclass(frozen=True)
class ToolFacts:
    """What a tool does to the conversation, declared where it is registered.

    The defaults are the cautious ones: a tool nobody described is taken to change data.
    """

    # It writes to the store (an action "accounts for every word" before it runs; undo may apply).
    changes_data: bool = True
    # Its result's ``data["session_id"]`` becomes the conversation's current session.
    moves_session: bool = False
    # It makes new items: "them" afterwards means what it made, never its source.
    produces_items: bool = False
    # Its result's ``data["indexes"]`` are what "them" means next ("like 2 and 3, then save them").
    reports_items: bool = False
    # "again", "one more", "N more" repeat its last call.
    repeatable: bool = False
    # The tables its changes live in: "undo" can reverse it exactly (tools/undo.py). A tool that
    # changes data without naming them is logged as a change that cannot be undone.
    undo_tables: tuple[str, ...] = ()
    # Its changes go into the conversation's undo log at all (not for undo itself, nor a download).
    undo_log: bool = True
    # Its confirmation honours ``ask_first`` ("archive 1 to 40 but ask me first"): it asks whatever the count.
    asks_first: bool = False


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    args_model: type[BaseModel]
    func: Callable[[Context, Any], ToolResult]
    confirm: ConfirmCheck | None = None
    facts: ToolFacts = ToolFacts()

    def parse_args(self, raw: dict | BaseModel | None = None) -> BaseModel:
        if isinstance(raw, self.args_model):
            return raw
        try:
            return self.args_model.model_validate(raw or {})
        except ValidationError as error:
            raise InvalidInput(f"{self.name}: {describe_validation_error(error)}") from None

    def confirmation_question(self, ctx: Context, args: BaseModel) -> str | None:
        return self.confirm(ctx, args) if self.confirm else None

    def __call__(self, ctx: Context, args: dict | BaseModel | None = None, /, **kwargs) -> ToolResult:
        return self.func(ctx, self.parse_args(args if args is not None else kwargs))


def describe_validation_error(error: ValidationError) -> str:
    parts = []
    for problem in error.errors():
        where = ".".join(str(p) for p in problem["loc"]) or "arguments"
        parts.append(f"{where}: {problem['msg']}")
    return "; ".join(parts)


class ToolRegistry:
    def __init__(self) -> None:
        self.tools: dict[str, Tool] = {}

    def register(self, func: Callable, *, name: str | None = None,
                 confirm: ConfirmCheck | None = None, **facts: bool | tuple[str, ...]) -> Tool:
        """Add a tool: a function ``(ctx, args: SomeArgsModel) -> ToolResult`` with a docstring,
        its confirmation rule and its facts (``changes_data=False``, ``moves_session=True`` …)."""
        hints = typing.get_type_hints(func)
        params = list(inspect.signature(func).parameters)
        args_model = hints[params[1]]
        description = (inspect.getdoc(func) or "").split("\n", 1)[0]
        name = name or func.__name__
        tool_facts = ToolFacts(**facts)
        if tool_facts.changes_data and tool_facts.undo_log:
            from tools.undo import recorded  # deferred: tools.undo's own tool is registered here

            func = recorded(name, func, tool_facts.undo_tables)
        tool = Tool(name, description, args_model, func, confirm, tool_facts)
        if tool.name in self.tools:
            raise ValueError(f"tool {tool.name!r} is registered twice")
        self.tools[tool.name] = tool
        return tool

    def __getitem__(self, name: str) -> Tool:
        return self.tools[name]

    def __contains__(self, name: str) -> bool:
        return name in self.tools

    def __iter__(self):
        return iter(self.tools.values())

    def facts(self, name: str) -> ToolFacts:
        """The facts of ``name``; the cautious defaults for a tool that is not registered."""
        tool = self.tools.get(name)
        return tool.facts if tool else ToolFacts()


_registry: ToolRegistry | None = None


def load_plugins(group: str, hook: str, register: Callable) -> None:
    """Call ``hook(register)`` of every module listed under the entry-point ``group`` (built-ins
    included), in name order, so tools and generators are found the same way."""
    for entry_point in sorted(entry_points(group=group), key=lambda e: e.name):
        getattr(entry_point.load(), hook)(register)


def get_registry() -> ToolRegistry:
    """Every tool from the ``atelier.tools`` entry points, loaded once per process."""
    global _registry
    if _registry is None:
        registry = ToolRegistry()
        load_plugins(ENTRY_POINT_GROUP, "register_tools", registry.register)
        _registry = registry
    return _registry
