"""Many conversations in one process: each has its own turn lock, cancel and current session."""

from __future__ import annotations

import threading

import pytest

from agent.assistant import Assistant
from agent.events import Progress, Reply, ToolFinished
from agent.models import OFFLINE
from agent.testing import tool
from helpers import read_state
from tools.generators.base import GeneratorError
from tools.generators.procedural import ProceduralGenerator

WAIT = 20  # seconds a lockstep partner is waited for before the test fails (never reached when it works)


class Lockstep(ProceduralGenerator):
    """Makes each conversation's n-th image wait until the other has made its (n-1)-th.

    Two turns that ran one after the other would wait forever (and fail here); only turns that
    really run at the same time get through. No clock is read."""

    def __init__(self, prompts: list[str]):
        super().__init__()
        self.made = {prompt: 0 for prompt in prompts}
        self.finished: set[str] = set()
        self.changed = threading.Condition()

    def generate(self, requests, *, on_progress=None, cancel=None):
        mine = requests[0].prompt
        try:
            for image in super().generate(requests, on_progress=on_progress, cancel=cancel):
                with self.changed:
                    self.made[mine] += 1
                    self.changed.notify_all()
                    partners_ready = self.changed.wait_for(
                        lambda: all(count >= self.made[mine] - 1 or other in self.finished
                                    for other, count in self.made.items() if other != mine), WAIT)
                if not partners_ready:
                    raise GeneratorError("the other conversation never ran alongside this one")
                yield image
        finally:
            with self.changed:
                self.finished.add(mine)
                self.changed.notify_all()


def _run(assistant: Assistant, thread_id: str, text: str, events: list, after_image=None) -> threading.Thread:
    def work():
        for event in assistant.send(thread_id, text):
            events.append(event)
            if after_image and isinstance(event, Progress):
                after_image(event)

    worker = threading.Thread(target=work, name=f"conversation-{thread_id}")
    worker.start()
    return worker


def test_two_conversations_generate_at_the_same_time_each_in_its_own_session(atelier_home):
    with Assistant(model=OFFLINE) as assistant:
        generator = Lockstep(["cats", "dogs"])
        assistant.ctx.generator_override = generator
        cats, dogs = [], []
        workers = [_run(assistant, "a", "start a session called Cats and generate 6 images of cats", cats),
                   _run(assistant, "b", "start a session called Dogs and generate 6 images of dogs", dogs)]
        for worker in workers:
            worker.join(60)
        assert generator.made == {"cats": 6, "dogs": 6}
        for events in (cats, dogs):
            assert not [e for e in events if isinstance(e, (Reply, ToolFinished)) and e.error], events
        state = read_state(atelier_home)
        by_name = {s["name"]: s for s in state["sessions"]}
        assert by_name["Cats"]["generation_count"] == 6 and by_name["Dogs"]["generation_count"] == 6
        # Each conversation's current session is its own.
        assert assistant.current_session_id("a") == by_name["Cats"]["id"]
        assert assistant.current_session_id("b") == by_name["Dogs"]["id"]
        prompts = {g["session_id"]: set() for g in state["generations"]}
        for g in state["generations"]:
            prompts[g["session_id"]].add(g["prompt"])
        assert prompts == {by_name["Cats"]["id"]: {"cats"}, by_name["Dogs"]["id"]: {"dogs"}}
        assert state["credits"]["balance"] == 500 - 12


def test_cancelling_one_conversation_never_stops_the_other(atelier_home):
    with Assistant(model=OFFLINE) as assistant:
        generator = Lockstep(["cats", "dogs"])
        assistant.ctx.generator_override = generator
        cats, dogs = [], []

        def cancel_cats_after_two(event: Progress) -> None:
            if event.done == 2:
                assert assistant.cancel("a") is True

        workers = [_run(assistant, "a", "start a session called Cats and generate 8 images of cats", cats,
                        after_image=cancel_cats_after_two),
                   _run(assistant, "b", "start a session called Dogs and generate 8 images of dogs", dogs)]
        for worker in workers:
            worker.join(60)
        assert generator.made["dogs"] == 8
        assert 2 <= generator.made["cats"] < 8
        stopped = [e for e in cats if isinstance(e, ToolFinished) and e.name == "generate"][0]
        assert "Stopped after" in stopped.message
        state = read_state(atelier_home)
        counts = {s["name"]: s["generation_count"] for s in state["sessions"]}
        assert counts == {"Cats": generator.made["cats"], "Dogs": 8}
        # Only what was kept was paid for: the cancelled rest went back.
        assert state["credits"]["balance"] == 500 - generator.made["cats"] - 8
        # Neither lane is left cancelled: both conversations go on normally.
        assert not assistant.busy("a") and not assistant.cancel_requested("a")
        events = list(assistant.send("a", "generate 1 image of cats"))
        assert [e for e in events if isinstance(e, ToolFinished)][0].error is False


def test_one_conversations_turns_stay_in_order(assistant, model, atelier_home):
    """Two messages sent to the same conversation at once run one after the other, never interleaved."""
    entered, release = threading.Event(), threading.Event()

    class Gate(ProceduralGenerator):
        def generate(self, requests, *, on_progress=None, cancel=None):
            entered.set()
            release.wait(WAIT)
            yield from super().generate(requests, on_progress=on_progress, cancel=cancel)

    assistant.ctx.generator_override = Gate()
    model.enqueue(tool("generate", prompt="first", count=1), "first done",
                  tool("generate", prompt="second", count=1), "second done")
    first, second = [], []
    one = _run(assistant, "t", "generate one", first)
    assert entered.wait(WAIT)
    two = _run(assistant, "t", "generate another", second)
    two.join(0.5)
    assert two.is_alive() and second == []  # waiting for the first turn, not running beside it
    release.set()
    one.join(WAIT)
    two.join(WAIT)
    prompts = [g["prompt"] for g in read_state(atelier_home)["generations"]]
    assert prompts == ["first", "second"]
    assert first[-1].text == "first done" and second[-1].text == "second done"


def test_cancelling_an_idle_or_unknown_conversation_does_nothing(assistant, model, atelier_home):
    assert assistant.cancel("never-used") is False
    model.enqueue(tool("generate", prompt="fox", count=1), "Made one.")
    assert list(assistant.send("never-used", "generate a fox"))[-1].text == "Made one."
    assert len(read_state(atelier_home)["generations"]) == 1


def test_a_conversation_that_does_not_exist_has_no_state(assistant):
    assert assistant.pending_confirmation("no-such-thread") is None
    assert assistant.current_session_id("no-such-thread") is None
    assert assistant.history("no-such-thread") == []
    reply = list(assistant.resume("no-such-thread", "yes"))
    assert reply == [Reply("There is nothing waiting for confirmation.", "llm")]


@pytest.mark.parametrize("thread_id", ["", "   ", "x" * 201, None, 7])
def test_a_malformed_conversation_id_is_a_clear_error(assistant, thread_id):
    from tools.errors import InvalidInput

    with pytest.raises(InvalidInput, match="conversation id"):
        list(assistant.send(thread_id, "hello"))


def test_only_the_person_who_asked_can_answer_a_confirmation(assistant, model, atelier_home):
    model.enqueue(tool("create_session", name="Keep"), "Created.")
    list(assistant.send("t", "make Keep", user_id="usr_local"))
    model.enqueue(tool("delete_session", session="Keep"), "Deleted.")
    events = list(assistant.send("t", "delete Keep", user_id="usr_local"))
    assert "Delete" in assistant.pending_confirmation("t")
    refused = list(assistant.resume("t", "yes", user_id="usr_someone_else"))
    assert refused[-1].error and "Only the person who asked" in refused[-1].text
    assert [s["name"] for s in read_state(atelier_home)["sessions"]] == ["Keep"]
    assert assistant.pending_confirmation("t")  # still waiting for the right person
    list(assistant.resume("t", "yes", user_id="usr_local"))
    assert read_state(atelier_home)["sessions"] == []
    assert events


def test_a_conversation_stays_in_the_workspace_it_started_in(assistant, model, atelier_home):
    model.enqueue(tool("create_session", name="Local work"), "Created.")
    list(assistant.send("t", "make a session", workspace_id="ws_local"))
    refused = list(assistant.send("t", "list my sessions", workspace_id="ws_other"))
    assert refused[-1].error and "another workspace" in refused[-1].text
    assert model.pending == 0  # the model was never asked


def test_a_seed_beyond_64_bits_is_refused_and_the_conversation_goes_on(assistant, model, atelier_home):
    """A model asking for an integer the checkpoint cannot store gets a tool error, not a crash."""
    model.enqueue(tool("generate", prompt="fox", count=1, seed=18446744073709551616), "That failed.")
    events = list(assistant.send("t", "generate a fox with seed 18446744073709551616"))
    finished = [e for e in events if isinstance(e, ToolFinished)]
    assert finished and finished[0].error and "seed" in finished[0].message
    assert events[-1].text == "That failed."
    model.enqueue(tool("generate", prompt="fox", count=1), "Made one.")
    assert list(assistant.send("t", "generate a fox"))[-1].text == "Made one."
    assert len(read_state(atelier_home)["generations"]) == 1
