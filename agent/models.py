"""Which language model answers: the offline planner, or OpenAI / any OpenAI-compatible server.

``ATELIER_MODEL`` picks it. With neither ``OPENAI_API_KEY`` nor ``OPENAI_BASE_URL`` set the default
is ``offline``; otherwise ``gpt-4o-mini`` through ``langchain-openai``'s ``ChatOpenAI``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from memory.settings import OFFLINE, Settings

MAX_RETRIES = 2
PROMPTS_FILE = Path(__file__).with_name("prompts.md")


# -- prompts -------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def load_prompts() -> dict[str, str]:
    """The ``## name`` sections of ``agent/prompts.md``, by name."""
    sections: dict[str, list[str]] = {}
    current = None
    for line in PROMPTS_FILE.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"^##\s+(\S.*?)\s*$", line)
        if heading:
            current = heading[1].strip().lower()
            sections[current] = []
        elif current is not None:
            sections[current].append(line)
    return {name: "\n".join(lines).strip() for name, lines in sections.items()}


def prompt(name: str) -> str:
    try:
        return load_prompts()[name]
    except KeyError:
        raise KeyError(f"agent/prompts.md has no '## {name}' section") from None


def system_prompt(current_session: str | None = None) -> str:
    """The persona and rules, with the conversation's current session filled in."""
    return prompt("system").format(persona=prompt("persona"),
                                   current_session=current_session or "none yet")


# -- tool schemas --------------------------------------------------------------------------------

def openai_tool_schema(tool) -> dict:
    """One registered Tool as an OpenAI function-calling tool definition."""
    from langchain_core.utils.function_calling import convert_to_openai_tool

    schema = convert_to_openai_tool(tool.args_model)
    schema["function"]["name"] = tool.name
    schema["function"]["description"] = tool.description
    return schema


def tool_schemas(registry=None) -> list[dict]:
    from tools.registry import get_registry

    return [openai_tool_schema(t) for t in (registry or get_registry())]


# -- choosing the model --------------------------------------------------------------------------

def model_name(settings: Settings | None = None) -> str:
    """The model ``settings`` choose: ``ATELIER_MODEL``, else OpenAI's default with a key or URL."""
    return (settings or Settings()).chosen_model


class ModelConfigError(Exception):
    """The configured model cannot be used (said plainly, no traceback)."""


def build_model(name: str | None = None, *, settings: Settings | None = None, timeout: float | None = None,
                streaming: bool | None = None, max_retries: int = MAX_RETRIES):
    """The chat model for ``name`` (the settings' choice when None)."""
    settings = settings or Settings()
    name = name or settings.chosen_model
    if name == OFFLINE:
        return offline_planner()
    api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else None
    base_url = settings.openai_base_url or None
    if not api_key and not base_url:
        raise ModelConfigError(
            f"ATELIER_MODEL is '{name}' but neither OPENAI_API_KEY nor OPENAI_BASE_URL is set; "
            "set one of them, or use ATELIER_MODEL=offline")
    from langchain_openai import ChatOpenAI

    # A local OpenAI-compatible server (Ollama, vLLM, llama.cpp) usually ignores the key.
    # Unset, the model streams whenever someone listens for tokens (a turn's "messages" stream).
    streaming = settings.llm_stream if streaming is None else streaming
    chosen = {} if streaming is None else {"streaming": streaming}
    return ChatOpenAI(model=name, base_url=base_url, api_key=api_key or "not-needed",
                      timeout=settings.llm_timeout if timeout is None else timeout, max_retries=max_retries,
                      temperature=0, **chosen)


def offline_planner():
    from agent.planner import OfflinePlanner

    return OfflinePlanner()


def is_offline(model: Any) -> bool:
    try:
        from agent.planner import OfflinePlanner
    except ImportError:
        return False
    return isinstance(model, OfflinePlanner)


def already_ran_sentence(steps: list[str]) -> str:
    return (f"These steps already ran: {', '.join(steps)}. Don't send the message again (that would "
            "do them twice); say what should happen next.")


def describe_model_error(error: BaseException, already_ran: list[str] | None = None,
                         where: str | None = None) -> str:
    """A clear sentence for a failed model call; the conversation itself is kept.

    ``already_ran`` names the tools that did their work in this turn before the model failed:
    sending the message again would do them twice, so the person is told so instead.
    """
    try:
        import openai
    except ImportError:  # pragma: no cover - langchain-openai depends on it
        openai = None
    kept = " Your message is kept; send it again or say something new."
    if already_ran:
        kept = " " + already_ran_sentence(already_ran)
    if openai is not None:
        if isinstance(error, openai.AuthenticationError):
            return ("The language model refused the API key (401). Check OPENAI_API_KEY, or unset it "
                    "to work offline." + kept)
        if isinstance(error, openai.PermissionDeniedError):
            return "The language model server denied access (403). Check the key's permissions." + kept
        if isinstance(error, openai.RateLimitError):
            return ("The language model is rate limited (429) and still was after retrying. "
                    "Wait a moment and try again." + kept)
        if isinstance(error, openai.APITimeoutError):
            return "The language model did not answer in time (timeout)." + kept
        if isinstance(error, openai.APIConnectionError):
            where = where or "the OpenAI API"
            return f"Cannot reach the language model at {where}: is the server running?" + kept
        if isinstance(error, openai.NotFoundError):
            return ("The language model server does not know that model (404). "
                    "Check ATELIER_MODEL." + kept)
        if isinstance(error, openai.APIStatusError):
            return f"The language model server answered with an error ({error.status_code})." + kept
    if isinstance(error, TimeoutError):
        return "The language model did not answer in time (timeout)." + kept
    if isinstance(error, ConnectionError):
        return "Cannot reach the language model: is the server running?" + kept
    return "The language model failed unexpectedly; details are in the log." + kept
