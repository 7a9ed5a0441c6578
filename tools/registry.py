"""The tool registry. Built-in tools register through the same entry-point hook as plugins.

A plugin module exposes ``register_tools(register)`` and is listed under the ``atelier.tools``
entry-point group; ``register(fn, confirm=...)`` adds one tool.
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


class ToolResult(BaseModel):
    """What every tool returns: a sentence for people and data for the next step."""

    message: str
    data: dict[str, Any] = {}


ConfirmCheck = Callable[[Context, BaseModel], str | None]
"""Returns the question to ask before the tool runs, or None when no confirmation is needed."""


@dataclass(frozen=True)
class Tool:
    name: str
    description: str
    args_model: type[BaseModel]
    func: Callable[[Context, Any], ToolResult]
    confirm: ConfirmCheck | None = None

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
                 confirm: ConfirmCheck | None = None) -> Tool:
        """Add a tool: a function ``(ctx, args: SomeArgsModel) -> ToolResult`` with a docstring."""
        hints = typing.get_type_hints(func)
        params = list(inspect.signature(func).parameters)
        args_model = hints[params[1]]
        description = (inspect.getdoc(func) or "").split("\n", 1)[0]
        tool = Tool(name or func.__name__, description, args_model, func, confirm)
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


_registry: ToolRegistry | None = None


def get_registry() -> ToolRegistry:
    """Every tool from the ``atelier.tools`` entry points, loaded once per process."""
    global _registry
    if _registry is None:
        registry = ToolRegistry()
        for entry_point in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            entry_point.load().register_tools(registry.register)
        _registry = registry
    return _registry
