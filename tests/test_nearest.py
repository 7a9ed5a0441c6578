"""The semantic fallback: a message the grammar did not cover gets the nearest capability as a
question, or a plain "I can't do that here" — and nothing ever runs from it."""

from __future__ import annotations

import pytest

from agent import nearest
from agent.planner.planner import plan_utterance
from memory.embedder import EmbedderError
from tests.helpers import read_state
from tests.test_planner_trust import calls, talk

MEMORY = {"session": "ses_A", "last_items": [1, 2, 3], "last_generate": {"prompt": "a cat", "count": 2}}


@pytest.mark.parametrize("example", [example for example, _, _ in nearest.CAPABILITIES])
def test_every_offered_example_is_understood_as_it_is(example):
    plan = plan_utterance(example, MEMORY)
    assert not plan.unread, f"the planner does not read its own suggestion {example!r}"


@pytest.fixture
def crane(atelier_home):
    talk(atelier_home, "start a session called Crane", "generate 3 images of a paper crane")
    return atelier_home


@pytest.mark.parametrize("text, offered", [
    ("throw away the third one", "hide images from the session"),
    ("lose the third one", "hide images from the session"),
    ("pop these into a zip for me", "download images as a zip"),
])
def test_an_unread_request_is_offered_its_nearest_capability_and_nothing_runs(crane, text, offered):
    before = read_state(crane)
    events = talk(crane, text)
    said = "\n".join(e.text for e in events if hasattr(e, "text"))
    assert calls(events) == [] and read_state(crane) == before
    assert f"Did you mean to {offered}?" in said and "Nothing was changed." in said


def test_a_request_far_from_everything_is_declined_plainly(crane):
    before = read_state(crane)
    events = talk(crane, "what's the weather in Lisbon tomorrow?")
    said = "\n".join(e.text for e in events if hasattr(e, "text"))
    assert calls(events) == [] and read_state(crane) == before
    assert "I don't know how to do \"what's the weather in Lisbon tomorrow?\" here" in said


def test_without_an_embedder_the_grammar_reply_stands(crane, monkeypatch):
    def broken():
        raise EmbedderError("model file missing")

    monkeypatch.setattr("memory.embedder.get_embedder", broken)
    monkeypatch.setattr(nearest, "_phrasings", None)
    events = talk(crane, "throw away the third one")
    said = "\n".join(e.text for e in events if hasattr(e, "text"))
    assert "I did not understand that" in said and "Did you mean" not in said
