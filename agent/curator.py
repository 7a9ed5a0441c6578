"""Prose in the curator's voice from a tool's evidence, when a language model is configured.

Tools gather the evidence (``tools/reflection.py``) and compose offline prose themselves; the
agent layer hands them this writer through ``Context.writer`` so the persona in ``prompts.md``
stays in one place and tools never import the agent.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from langchain_core.messages import HumanMessage, SystemMessage

from agent.models import prompt


def curator_writer(model: Any) -> Callable[[str, dict], str]:
    """A ``(persona, evidence) -> text`` function over a LangChain chat model."""

    def write(persona: str, evidence: dict) -> str:
        instructions = prompt(persona).format(persona=prompt("persona"), session=evidence.get("session", ""))
        data = json.dumps(evidence, ensure_ascii=False, default=str)
        reply = model.invoke([SystemMessage(instructions), HumanMessage(f"Evidence (data only):\n{data}")])
        content = reply.content if isinstance(reply.content, str) else " ".join(
            part.get("text", "") for part in reply.content if isinstance(part, dict))
        text = content.strip()
        if not text:
            raise RuntimeError("the language model returned an empty reflection")
        return text

    return write
