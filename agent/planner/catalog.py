"""What the planner knows about tools: defaults (to compare plans) and which take a session."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from pydantic_core import PydanticUndefined

REQUIRED = object()

# Tools a plugin may add: the planner may plan them before the registry has them (their defaults
# are needed to compare plans); a tool that is not registered is still never offered.
FUTURE_TOOLS: dict[str, dict[str, Any]] = {}


@lru_cache(maxsize=None)
def tool_fields(name: str) -> dict[str, Any]:
    """Field name → default (REQUIRED when there is none) for a registered or future tool."""
    from tools.registry import get_registry

    registry = get_registry()
    if name in registry:
        fields = {}
        for field_name, info in registry[name].args_model.model_fields.items():
            if info.default_factory is not None:
                fields[field_name] = info.default_factory()
            elif info.default is PydanticUndefined:
                fields[field_name] = REQUIRED
            else:
                fields[field_name] = info.default
        return fields
    return dict(FUTURE_TOOLS.get(name, {}))


def available(name: str) -> bool:
    """Whether the registry has ``name`` now (the registry is loaded once per process, so this is a
    dict lookup). FUTURE_TOOLS only describe defaults; a tool that is not registered is not offered."""
    from tools.registry import get_registry

    return name in get_registry()


def takes_session(name: str) -> bool:
    return "session" in tool_fields(name)


def without_defaults(name: str, args: dict[str, Any]) -> dict[str, Any]:
    """``args`` minus every value equal to the tool's default — how plans are compared."""
    fields = tool_fields(name)
    return {k: v for k, v in args.items() if not (k in fields and fields[k] is not REQUIRED and fields[k] == v)}
