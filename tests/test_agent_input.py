"""Bad input at the Assistant's door: nothing odd reaches the model, nothing odd changes state."""

from __future__ import annotations

import subprocess
import sys

import pytest
from langchain_core.messages import HumanMessage

from channels import cli
from agent.assistant import EMPTY_REPLY, MAX_MESSAGE_CHARS, NOTHING_PENDING
from agent.events import ConfirmationRequested, Reply
from agent.testing import tool


@pytest.mark.parametrize("text", ["", "   ", "\n\t  \n", "\x00\x07"])
def test_empty_or_whitespace_asks_what_to_do_without_running(assistant, model, text):
    events = list(assistant.send("t", text))
    assert events == [Reply(EMPTY_REPLY, "llm")]
    assert model.seen == [] and assistant.history("t") == []


def test_ten_thousand_characters_are_refused_politely(assistant, model):
    events = list(assistant.send("t", ("generate a cat " * 700)[:10_000]))
    assert len(events) == 1 and "10,000 characters" in events[0].text and "4,000" in events[0].text
    assert "nothing was done" in events[0].text
    assert model.seen == [] and assistant.history("t") == []


def test_the_cap_itself_is_allowed(assistant, model):
    model.enqueue("That is long.")
    text = "x" * MAX_MESSAGE_CHARS
    assert list(assistant.send("t", text))[-1].text == "That is long."
    assert model.seen[0][-1].content == text


@pytest.mark.parametrize("text", ["🎨✨🖼️", "生成四张海滩的图片", "Сгенерируй 4 картинки моря",
                                  "ولّد صورتين لقطة", "café crème — naïve façade"])
def test_emoji_and_non_latin_text_reach_the_model_intact(assistant, model, text):
    model.enqueue("Understood.")
    events = list(assistant.send("t", text))
    assert events[-1] == Reply("Understood.", "llm")
    assert isinstance(model.seen[0][-1], HumanMessage) and model.seen[0][-1].content == text


def test_control_characters_are_dropped(assistant, model):
    model.enqueue("ok")
    list(assistant.send("t", "gen\x00er\x1bate 2\r"))
    assert model.seen[0][-1].content == "generate 2"


@pytest.mark.parametrize("answer", ["yes", "no", "go ahead", "cancel"])
def test_confirmation_answer_when_none_is_pending(assistant, model, answer):
    assert list(assistant.send("t", answer)) == [Reply(NOTHING_PENDING, "llm")]
    assert list(assistant.resume("t", answer)) == [Reply(NOTHING_PENDING, "llm")]
    assert model.seen == [] and assistant.pending_confirmation("t") is None


def test_yes_to_the_models_own_question_goes_to_the_model(assistant, model):
    model.enqueue("Shall I make 4 more like those?", tool("credit_balance"), "You have 500 credits.")
    list(assistant.send("t", "hmm, what next"))
    events = list(assistant.send("t", "yes"))
    assert events[-1].text == "You have 500 credits."


def test_blank_message_while_a_confirmation_waits_repeats_the_question(assistant, model):
    model.enqueue(tool("create_session", name="S"), "ok", tool("delete_session"), "Deleted.")
    list(assistant.send("t", "make S"))
    question = list(assistant.send("t", "delete it"))[-1].question
    assert list(assistant.send("t", "   ")) == [ConfirmationRequested(question)]
    assert assistant.pending_confirmation("t") == question


def test_a_long_message_while_a_confirmation_waits_changes_nothing(assistant, model):
    model.enqueue(tool("create_session", name="S"), "ok", tool("delete_session"), "Deleted.")
    list(assistant.send("t", "make S"))
    list(assistant.send("t", "delete it"))
    assert "characters long" in list(assistant.send("t", "y" * 10_000))[0].text
    assert assistant.pending_confirmation("t")  # still waiting; "y" × 10,000 was not a yes


def test_unknown_cli_command_is_a_usage_error(capsys):
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["frobnicate"])
    assert exit_info.value.code == 2
    assert "invalid choice: 'frobnicate'" in capsys.readouterr().err


def test_help_lists_the_front_doors_and_stays_light():
    code = ("import sys, channels.cli as c\n"
            "try:\n    c.main(['--help'])\nexcept SystemExit:\n    pass\n"
            "heavy = [m for m in ('langgraph', 'langchain_core', 'langchain_openai', 'openai', 'tools.registry')"
            " if m in sys.modules]\nprint('HEAVY', heavy)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert "HEAVY []" in done.stdout
    for command in ("run", "chat", "demo", "state"):
        assert command in done.stdout
