"""Every test runs against its own ATELIER_HOME, never the user's real one."""

from __future__ import annotations

import pytest

from tools.context import Context
from tools.registry import get_registry


@pytest.fixture(autouse=True)
def atelier_home(tmp_path, monkeypatch):
    home = tmp_path / "atelier-home"
    monkeypatch.setenv("ATELIER_HOME", str(home))
    # Nothing of the developer's own configuration leaks into a test.
    import os

    for name in list(os.environ):
        if name.startswith(("ATELIER_", "OPENAI_", "SLACK_", "A1111_", "COMFYUI_")) and name != "ATELIER_HOME":
            monkeypatch.delenv(name, raising=False)
    # Background thumbnail processes are switched on only by the tests about them (speed).
    monkeypatch.setenv("ATELIER_THUMBNAIL_WORKERS", "0")
    return home


@pytest.fixture
def ctx(atelier_home):
    context = Context.open(atelier_home)
    yield context
    context.close()


@pytest.fixture
def tools():
    """Call a tool by name: ``tools.generate(ctx, prompt=..., count=...)``."""

    class Tools:
        def __getattr__(self, name):
            return get_registry()[name]

    return Tools()


@pytest.fixture
def model(monkeypatch):
    """A scripted chat model standing in for an LLM (the planner shortcut is switched off)."""
    from agent.testing import ScriptedChatModel

    monkeypatch.setenv("ATELIER_PLANNER_SHORTCUT", "0")
    return ScriptedChatModel()


@pytest.fixture
def assistant(model, atelier_home):
    from agent.assistant import Assistant

    with Assistant(home=atelier_home, model=model) as assistant:
        yield assistant
