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
    assert finished[0].message == "Cancelled: delete session did not run and nothing changed."
    # A "no" ends the turn without asking the model again, saying the same once more (a front
    # end shows a reply that repeats a result only once).
    assert events[-1] == Reply(finished[0].message, "llm")
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
                    assistant.cancel("t")  # as Ctrl+C would, from outside the tool
                yield image

    assistant.ctx.generator_override = SlowCancelling()
    model.enqueue(tool("generate", prompt="waves", count=10), "Still here.")
    events = list(assistant.send("t", "generate 10"))
    finished = events_of(events, ToolFinished)
    assert "Stopped after" in finished[0].message and "cancelled" in finished[0].message
    # After the cancel nothing else runs, and the model is not asked again.
    assert [f.name for f in finished] == ["generate"]
    assert len(model.seen) == 1 and model.pending == 1
    assert events[-1].text == finished[0].message  # said once, not "Stopped. Stopped after …"
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
    ("yup", True), ("absolutely", True), ("of course", True), ("approve", True), ("Yes, delete it.", True),
    ("yes please", True), ("nah", False), ("not now", False), ("No, keep it", False), ("no, thank you", False),
])
def test_classify_answer(answer, verdict):
    assert classify_answer(answer) is verdict


def test_the_planner_and_the_graph_share_one_list_of_answers():
    """Every word the graph takes as an answer is one the planner does not try to plan."""
    from agent.answers import NO, YES
    from agent.planner import plan_utterance, replies

    for word in sorted(YES | NO):
        assert classify_answer(word) is (word in YES), word
        assert plan_utterance(word).reply == replies.NOTHING_TO_CONFIRM, word


class _ProcessDied(BaseException):
    """Stands for the process stopping (a kill, a power cut): nothing after it runs."""


def test_a_run_cut_off_after_a_tool_keeps_its_result_and_the_history_well_formed(model, atelier_home,
                                                                                 monkeypatch):
    """The process stops after a tool finished but before LangGraph checkpointed the step: the
    result exists only as a pending write. The next message must keep it (not run the tool
    again), answer the unfinished call, and show the model each result right after its call."""
    import dataclasses

    from tools.registry import get_registry

    registry = get_registry()
    original = registry["create_session"]
    finished = []

    def create_then_note(ctx, args):
        result = original.func(ctx, args)
        finished.append(args)
        return result

    monkeypatch.setitem(registry.tools, "create_session", dataclasses.replace(original, func=create_then_note))
    # Steps are checkpointed synchronously, so the crash comes right after create_session and
    # the model is never asked again in this run.
    model.enqueue([tool("create_session", name="Half Way"), tool("list_sessions")])
    with Assistant(home=atelier_home, model=model) as first:
        real_put = first.checkpointer.put

        def put(*args, **kwargs):
            if finished:  # the step's checkpoint is never written: the process is gone
                raise _ProcessDied()
            return real_put(*args, **kwargs)

        monkeypatch.setattr(first.checkpointer, "put", put)
        with pytest.raises(_ProcessDied):
            list(first.send("t", "start half way and list sessions"))
    monkeypatch.setitem(registry.tools, "create_session", original)

    model.enqueue("You are in Half Way.", "Still Half Way.")
    with Assistant(home=atelier_home, model=model) as second:
        assert second.pending_confirmation("t") is None
        assert list(second.send("t", "where am I?"))[-1] == Reply("You are in Half Way.", "llm")
        assert second.current_session_id("t") is not None  # the finished step's write was kept
        list(second.send("t", "and now?"))
    assert len(finished) == 1 and [s["name"] for s in state(atelier_home)["sessions"]] == ["Half Way"]
    for seen in model.seen[-2:]:
        calls = next(m for m in seen if isinstance(m, AIMessage) and m.tool_calls)
        after = seen[seen.index(calls) + 1:seen.index(calls) + 3]
        assert [m.tool_call_id for m in after if isinstance(m, ToolMessage)] == [c["id"] for c in calls.tool_calls]
        first_result, second_result = (json.loads(m.content.split("\n", 1)[1]) for m in after)
        assert "Half Way" in first_result["message"]
        assert "may not have finished" in second_result["error"]
        assert sum(isinstance(m, ToolMessage) for m in seen) == 2  # nothing appended later, out of order


def test_the_model_sees_each_result_right_after_its_call_even_in_a_damaged_history(assistant, model):
    """A thread saved by an older version, with a result placed after a later message."""
    config = assistant._config("t")
    call = {"name": "list_sessions", "args": {}, "id": "c1"}
    assistant.graph.update_state(config, {"messages": [AIMessage(content="", tool_calls=[call])]}, as_node="agent")
    assistant.graph.update_state(config, {"messages": [AIMessage(content="Hm."),
                                                       ToolMessage(content='{"error": "not run: this step did not run"}',
                                                                   name="list_sessions", tool_call_id="c1",
                                                                   status="error"),
                                                       ToolMessage(content="{}", name="like", tool_call_id="stray")]},
                                 as_node="tools")
    model.enqueue("Fine.")
    list(assistant.send("t", "hello"))
    seen = model.seen[-1]
    position = next(i for i, m in enumerate(seen) if isinstance(m, AIMessage) and m.tool_calls)
    assert isinstance(seen[position + 1], ToolMessage) and seen[position + 1].tool_call_id == "c1"
    assert [m.tool_call_id for m in seen if isinstance(m, ToolMessage)] == ["c1"]  # the stray one is gone


def test_yes_counts_only_for_the_question_that_was_shown(assistant, model, atelier_home):
    """Another conversation spends credits between the question and the answer: the "yes" was
    for the old numbers, so the person is asked again with the new ones before anything runs."""
    model.enqueue(tool("generate", prompt="tiles", count=30))
    asked = list(assistant.send("a", "generate 30 tiles"))[-1]
    assert "balance 500" in asked.question
    model.enqueue(tool("generate", prompt="dots", count=4), "Made 4.")
    list(assistant.send("b", "generate 4 dots"))
    model.enqueue("Made 30.")

    events = list(assistant.send("a", "yes"))
    assert isinstance(events[-1], ConfirmationRequested) and not events_of(events, ToolFinished)
    assert "changed" in events[-1].question and "balance 496" in events[-1].question
    assert assistant.pending_confirmation("a") == events[-1].question
    assert len(state(atelier_home)["generations"]) == 4

    list(assistant.send("a", "yes"))
    assert len(state(atelier_home)["generations"]) == 34


def test_a_model_error_after_steps_ran_says_not_to_send_it_again(assistant, model, atelier_home):
    model.enqueue(tool("create_session", name="Once"), RuntimeError("the server fell over"))
    reply = list(assistant.send("t", "start a session called Once and tell me about it"))[-1]
    assert "send it again" not in reply.text and "Don't send the message again" in reply.text
    assert "create_session" in reply.text and "already ran" in reply.text and reply.error
    # Nothing ran before the failure: then sending it again is the right advice.
    model.enqueue(RuntimeError("still down"))
    reply = list(assistant.send("t", "hello?"))[-1]
    assert "send it again" in reply.text and "already ran" not in reply.text


def test_a_cancel_before_the_turn_reaches_the_graph_still_stops_it(assistant, model, atelier_home):
    """Ctrl+C right after the turn started, before its worker got to the graph."""
    model.enqueue(tool("generate", prompt="foxes", count=4), "Made 4.")
    assistant.begin_turn("t")  # what a front end does before it starts the worker
    assistant.cancel("t")
    events = list(assistant.send("t", "generate 4 foxes"))
    assistant.end_turn("t")
    assert not events_of(events, ToolFinished) and events[-1].text.startswith("Stopped")
    assert state(atelier_home)["generations"] == []
    assert model.pending == 2  # the model was not even asked
    model._queue.clear()
    # A cancel outside any turn does not stop the next one.
    assistant.cancel("t")
    model.enqueue(tool("generate", prompt="foxes", count=2), "Made 2.")
    assert list(assistant.send("t", "generate 2 foxes"))[-1] == Reply("Made 2.", "llm")
