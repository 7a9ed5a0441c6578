"""Tool facts are declared where a tool is registered, and a plugin declares them the same way."""

from __future__ import annotations

import pytest
from langchain_core.messages import AIMessage, ToolMessage
from pydantic import BaseModel

from tools import results
from tools.registry import ToolFacts, ToolRegistry, ToolResult, get_registry


class OpenBoardArgs(BaseModel):
    board: str


def open_board(ctx, args: OpenBoardArgs) -> ToolResult:
    """Open a mood board (a plugin's own kind of session)."""
    return ToolResult(message=f"Opened {args.board}.", data={"session_id": "ses_board", "indexes": [4, 5]})


@pytest.fixture
def plugin_registry(monkeypatch):
    """The built-in tools plus one plugin tool, registered through the same hook."""
    registry = ToolRegistry()
    for tool in get_registry():
        registry.tools[tool.name] = tool

    def register_tools(register):
        register(open_board, moves_session=True, reports_items=True, changes_data=False)

    register_tools(registry.register)
    monkeypatch.setattr("tools.registry._registry", registry)
    return registry


def test_built_in_tools_declare_their_facts():
    registry = get_registry()
    assert registry.facts("generate") == ToolFacts(moves_session=True, produces_items=True, reports_items=True,
                                                   repeatable=True)
    assert registry.facts("remix").produces_items and not registry.facts("remix").repeatable
    assert registry.facts("open_session").moves_session and not registry.facts("open_session").changes_data
    assert registry.facts("like").reports_items and registry.facts("like").changes_data
    assert not registry.facts("list_sessions").changes_data
    # A tool nobody described is taken to change data, and to do nothing else to the conversation.
    assert registry.facts("no_such_tool") == ToolFacts()


def test_a_plugin_tool_moves_the_session_and_reports_items_like_a_built_in(plugin_registry):
    from agent.planner import memory_from_messages

    call = {"name": "open_board", "args": {"board": "Autumn"}, "id": "call_1"}
    result = open_board(None, OpenBoardArgs(board="Autumn"))
    messages = [AIMessage(content="", tool_calls=[call]),
                ToolMessage(content=results.encode(result), tool_call_id="call_1", name="open_board")]
    memory = memory_from_messages(messages)
    assert memory.session == "ses_board"
    assert memory.last_items == [4, 5]


def test_unknown_facts_are_a_registration_error():
    registry = ToolRegistry()
    with pytest.raises(TypeError):
        registry.register(open_board, teleports=True)


@pytest.mark.parametrize("content,status,expected", [
    (results.encode(ToolResult(message="Liked 2.", data={"indexes": [2]})), None,
     results.DecodedResult("Liked 2.", {"indexes": [2]})),
    (results.encode_error("no such session"), "error", results.DecodedResult("", {}, "no such session")),
    (results.encode_not_run("Cancelled."), None, results.DecodedResult("Cancelled.", {"cancelled": True})),
    ("plain text from somewhere else", None, results.DecodedResult("plain text from somewhere else")),
    ("a server crashed", "error", results.DecodedResult(error="a server crashed")),
    ('{"message": "ok", "data": "not a dict"}', None, results.DecodedResult("ok")),
])
def test_one_codec_reads_back_what_it_wrote(content, status, expected):
    assert results.decode(content, status=status) == expected
