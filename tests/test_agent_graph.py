"""The agent graph through the Assistant facade, driven by a scripted chat model."""

from __future__ import annotations

import json

import pytest
from helpers import read_state as state
from langchain_core.messages import AIMessage, SystemMessage, ToolMessage

from agent.assistant import Assistant
from agent.events import (
    ConfirmationRequested,
    Progress,
    Reply,
    ToolFinished,
    ToolStarted,
)
from agent.graph import classify_answer
from agent.testing import tool
from tools.context import Context


def events_of(iterable, kind):
    return [e for e in iterable if isinstance(e, kind)]


def test_tool_calls_run_and_results_go_back_to_the_model(assistant, model, atelier_home):
    model.enqueue(tool("create_session", name="Summer Launch"),
                  tool("generate", prompt="a beach at dawn", count=3),
                  "Started Summer Launch and made 3.")
    events = list(assistant.send("t1", "start summer launch and generate 3"))

    assert [e.name for e in events_of(events, ToolStarted)] == ["create_session", "generate"]
    finished = events_of(events, ToolFinished)
    assert [f.error for f in finished] == [False, False]
    assert "Generated 3 images in 'Summer Launch'" in finished[1].message
    assert events[-1] == Reply("Started Summer Launch and made 3.", "llm")
    # The model saw the system prompt, then each tool result as the JSON of the ToolResult,
    # marked as data.
    last_seen = model.seen[-1]
    assert isinstance(last_seen[0], SystemMessage) and "curator" in last_seen[0].content
    assert "Current session: 'Summer Launch'" in last_seen[0].content
    results = [m for m in last_seen if isinstance(m, ToolMessage)]
    preamble, payload = results[-1].content.split("\n", 1)
    assert "data only" in preamble
    assert json.loads(payload)["data"]["indexes"] == [1, 2, 3]

    after = state(atelier_home)
    assert [s["name"] for s in after["sessions"]] == ["Summer Launch"]
    assert len(after["generations"]) == 3
    assert assistant.current_session_id("t1") == after["sessions"][0]["id"]


def test_progress_events_stream_out_of_a_generation(assistant, model):
    model.enqueue(tool("generate", prompt="foxes", count=4), "done")
    progress = events_of(assistant.send("t1", "generate 4 foxes"), Progress)
    assert [(p.label, p.done, p.total) for p in progress] == [("generating", i, 4) for i in range(1, 5)]


def test_unknown_tool_and_bad_arguments_become_tool_errors(assistant, model, atelier_home):
    model.enqueue(tool("launch_rocket", to="moon"), tool("generate", prompt="x", count="lots"),
                  tool("like", items=[1]), "Sorry.")
    finished = events_of(assistant.send("t1", "do odd things"), ToolFinished)
    assert [f.error for f in finished] == [True, True, True]
    assert "no tool called 'launch_rocket'" in finished[0].message
    assert finished[1].message.startswith("generate: count")
    # like with no session anywhere: the tool's own user-facing error, passed through as data.
    assert "session" in finished[2].message.lower()
    results = [json.loads(m.content.split("\n", 1)[1]) for m in model.seen[-1] if isinstance(m, ToolMessage)]
    assert all(set(r) == {"error"} for r in results)
    assert state(atelier_home)["generations"] == []


def test_unexpected_exception_is_logged_not_shown(assistant, model, atelier_home, monkeypatch):
    import dataclasses

    from tools.registry import get_registry

    registry = get_registry()

    def explode(ctx, args):
        raise RuntimeError("secret internals at line 42")

    monkeypatch.setitem(registry.tools, "list_sessions",
                        dataclasses.replace(registry["list_sessions"], func=explode))
    model.enqueue(tool("list_sessions"), "Something broke.")
    finished = events_of(assistant.send("t1", "list sessions"), ToolFinished)
    assert finished[0].error
    assert "secret internals" not in finished[0].message
    assert "went wrong inside list_sessions" in finished[0].message
    log = (atelier_home / "logs" / "agent.log").read_text()
    assert "secret internals at line 42" in log and "Traceback" in log


def test_current_session_survives_a_restart(model, atelier_home):
    model.enqueue(tool("create_session", name="Alpha"), "ok", tool("create_session", name="Beta"), "ok")
    with Assistant(home=atelier_home, model=model) as first:
        list(first.send("conv", "make Alpha"))
        list(first.send("other", "make Beta"))
        alpha = first.current_session_id("conv")
    model.enqueue(tool("generate", prompt="a red kite", count=2), "made two")
    with Assistant(home=atelier_home, model=model) as second:
        assert second.current_session_id("conv") == alpha
        list(second.send("conv", "generate 2"))
        assert [h[0] for h in second.history("conv")] == ["user", "assistant", "user", "assistant"]
    generations = state(atelier_home)["generations"]
    assert {g["session_id"] for g in generations} == {alpha}


def _seed_session(model, assistant, count=3):
    model.enqueue(tool("create_session", name="Keep Me"), tool("generate", prompt="a lamp", count=count), "ok")
    list(assistant.send("t", "start"))


def test_delete_asks_first_and_no_changes_nothing(assistant, model, atelier_home):
    _seed_session(model, assistant)
    before = state(atelier_home)
    model.enqueue(tool("delete_session"))
    events = list(assistant.send("t", "delete this session"))
    assert isinstance(events[-1], ConfirmationRequested)
    assert "Delete session 'Keep Me'" in events[-1].question
    assert assistant.pending_confirmation("t") == events[-1].question
    assert state(atelier_home) == before  # nothing happened before the answer

    calls_so_far = len(model.seen)
    events = list(assistant.send("t", "no, keep it"))
    finished = events_of(events, ToolFinished)
    assert "nothing changed" in finished[0].message
    # A "no" ends the turn without asking the model again.
    assert events[-1] == Reply("Cancelled: delete session did not run, and nothing was changed.", "llm")
    assert len(model.seen) == calls_so_far
    assert assistant.pending_confirmation("t") is None
    assert state(atelier_home) == before


@pytest.mark.parametrize("unclear", ["maybe", "what?", "yes but no", "👍", "sí"])
def test_unclear_answer_is_asked_again_never_taken_as_yes(assistant, model, atelier_home, unclear):
    _seed_session(model, assistant)
    before = state(atelier_home)
    model.enqueue(tool("delete_session"), "Deleted.")
    list(assistant.send("t", "delete it"))
    events = list(assistant.send("t", unclear))
    assert len(events) == 1 and isinstance(events[0], ConfirmationRequested)
    assert events[0].question.startswith("Please answer yes or no.")
    assert state(atelier_home) == before
    events = list(assistant.resume("t", "yes"))
    assert "Deleted 'Keep Me'" in events_of(events, ToolFinished)[0].message
    assert state(atelier_home)["sessions"] == []
    assert assistant.current_session_id("t") is None


def test_many_unclear_answers_end_in_no(assistant, model, atelier_home):
    _seed_session(model, assistant)
    before = state(atelier_home)
    model.enqueue(tool("delete_session"), "Left it alone.")
    list(assistant.send("t", "delete it"))
    for _ in range(4):
        assert isinstance(list(assistant.send("t", "hmm"))[-1], ConfirmationRequested)
    events = list(assistant.send("t", "hmm"))
    assert "nothing changed" in events_of(events, ToolFinished)[0].message
    assert state(atelier_home) == before


def test_confirmation_survives_a_restart(model, atelier_home):
    with Assistant(home=atelier_home, model=model) as first:
        _seed_session(model, first)
        model.enqueue(tool("delete_session"), "Deleted.")
        list(first.send("t", "delete it"))
        question = first.pending_confirmation("t")
    assert question
    with Assistant(home=atelier_home, model=model) as second:
        assert second.pending_confirmation("t") == question
        assert len(state(atelier_home)["sessions"]) == 1
        events = list(second.send("t", "go ahead"))
        assert events[-1] == Reply("Deleted.", "llm")
    assert state(atelier_home)["sessions"] == []


def test_only_the_paused_call_reruns_after_a_confirmation(assistant, model, atelier_home):
    """Two calls in one model message: the first runs once, even though the second paused."""
    _seed_session(model, assistant)
    model.enqueue([tool("like", items=[1]), tool("delete_session")], "done")
    list(assistant.send("t", "like 1 then delete"))
    assert assistant.pending_confirmation("t")
    events = list(assistant.send("t", "no"))
    # The like ran before the pause and is not repeated on resume.
    assert [e.name for e in events_of(events, ToolFinished)] == ["delete_session"]
    liked = [g for g in state(atelier_home)["generations"] if g["liked"]]
    assert [g["index"] for g in liked] == [1]


def test_no_also_stops_the_later_calls_of_the_same_message(assistant, model, atelier_home):
    _seed_session(model, assistant)
    before = state(atelier_home)
    model.enqueue([tool("delete_session"), tool("generate", prompt="more lamps", count=2)])
    list(assistant.send("t", "delete it and then generate 2"))
    events = list(assistant.send("t", "n"))
    finished = events_of(events, ToolFinished)
    assert [(f.name, f.error) for f in finished] == [("delete_session", False), ("generate", True)]
    assert "not run" in finished[1].message
    assert state(atelier_home) == before
    # The next turn starts clean: the model answers again.
    model.enqueue("Hello again.")
    assert list(assistant.send("t", "hi"))[-1] == Reply("Hello again.", "llm")


def test_big_generation_asks_and_shows_cost(assistant, model, atelier_home):
    model.enqueue(tool("generate", prompt="tiles", count=30), "Made 30.")
    events = list(assistant.send("t", "generate 30 tiles"))
    assert events[-1].question == "Generate 30 images for 30 credits (balance 500)?"
    assert state(atelier_home)["generations"] == []
    assert state(atelier_home)["credits"]["balance"] == 500
    list(assistant.send("t", "y"))
    after = state(atelier_home)
    assert len(after["generations"]) == 30 and after["credits"]["balance"] == 470


def test_cancel_stops_a_generation_between_images_and_refunds(assistant, model, atelier_home):
    from tools.generators.procedural import ProceduralGenerator

    class SlowCancelling(ProceduralGenerator):
        def generate(self, requests, *, on_progress=None, cancel=None):
            for done, image in enumerate(super().generate(requests, on_progress=on_progress, cancel=cancel), 1):
                if done == 3:
                    assistant.cancel()  # as Ctrl+C would, from outside the tool
                yield image

    assistant.ctx.generator_override = SlowCancelling()
    model.enqueue(tool("generate", prompt="waves", count=10), "Still here.")
    events = list(assistant.send("t", "generate 10"))
    finished = events_of(events, ToolFinished)
    assert "Stopped after" in finished[0].message and "cancelled" in finished[0].message
    # After the cancel nothing else runs, and the model is not asked again.
    assert [f.name for f in finished] == ["generate"]
    assert len(model.seen) == 1 and model.pending == 1
    assert events[-1].text.startswith("Stopped.")
    after = state(atelier_home)
    made = len(after["generations"])
    assert 3 <= made < 10
    assert after["credits"]["balance"] == 500 - made
    ctx = Context.open(atelier_home)
    try:
        for row in ctx.store.query("SELECT blob_sha256, file_ext FROM generations"):
            assert ctx.blobs.path_for(row["blob_sha256"], row["file_ext"]).exists()
    finally:
        ctx.close()
    # The conversation continues normally afterwards.
    assert list(assistant.send("t", "hello?"))[-1] == Reply("Still here.", "llm")


def test_dangling_tool_calls_are_answered_before_the_next_turn(assistant, model):
    # A crashed run can leave a model message whose calls never ran; the next turn repairs it.
    assistant.graph.update_state(assistant._config("t"), {
        "messages": [AIMessage(content="", tool_calls=[{"name": "list_sessions", "args": {}, "id": "c1"}])]},
        as_node="tools")
    model.enqueue("Fine.")
    list(assistant.send("t", "hello"))
    seen = model.seen[-1]
    repaired = [m for m in seen if isinstance(m, ToolMessage)]
    assert repaired and repaired[0].tool_call_id == "c1"


@pytest.mark.parametrize("answer,verdict", [
    ("yes", True), ("Y", True), ("go ahead", True), ("Sure!", True), ("ok", True), ("do it", True),
    ("confirm", True), ("no", False), ("n", False), ("cancel", False), ("stop", False),
    ("no, keep it", False), ("don't", False), ("Don’t", False), ("no way", False),
    ("maybe", None), ("yes but no", None), ("", None), ("yesterday", None), ("nothing", None),
])
def test_classify_answer(answer, verdict):
    assert classify_answer(answer) is verdict
