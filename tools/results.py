"""How a tool's result travels as text (a ToolMessage's content), in one place.

A success is ``{"message": …, "data": {…}}``; a failure is ``{"error": …, "data": {…}}``. A step
that did not run (declined, cancelled, cut off) carries ``data["cancelled"] = true``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from tools.registry import ToolResult


@dataclass(frozen=True)
class DecodedResult:
    message: str = ""
    data: dict[str, Any] = field(default_factory=dict)
    error: str | None = None

    @property
    def failed(self) -> bool:
        return self.error is not None

    @property
    def cancelled(self) -> bool:
        return bool(self.data.get("cancelled"))

    @property
    def text(self) -> str:
        """What a person is told: the error when it failed, else the message."""
        return self.error if self.error is not None else self.message


def encode(result: ToolResult) -> str:
    return _dump({"message": result.message, "data": result.model_dump(mode="json")["data"]})


def encode_error(error: str, data: dict | None = None) -> str:
    return _dump({"error": error, "data": data} if data else {"error": error})


def encode_not_run(message: str, *, error: bool = False) -> str:
    """A step that did nothing (declined, cancelled, not reached): said as a message or an error."""
    return _dump({"error" if error else "message": message, "data": {"cancelled": True}})


def decode(content: Any, *, status: str | None = None) -> DecodedResult:
    """Read a result back; text that is not ours is a message (or the error, when ``status`` says so)."""
    if not isinstance(content, str):
        content = json.dumps(content, ensure_ascii=False, default=str)
    try:
        body = json.loads(content)
    except (TypeError, ValueError):
        body = None
    if not isinstance(body, dict):
        return DecodedResult(error=content) if status == "error" else DecodedResult(message=content)
    data = body.get("data") if isinstance(body.get("data"), dict) else {}
    if body.get("error") is not None:
        return DecodedResult(str(body.get("message") or ""), data, str(body["error"]))
    if status == "error":
        return DecodedResult("", data, str(body.get("message") or content))
    return DecodedResult(str(body.get("message") or ""), data)


def _dump(body: dict) -> str:
    return json.dumps(body, ensure_ascii=False, default=str)
