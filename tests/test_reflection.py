"""The curator's reflection: evidence, confirmation and credits, through the tool, a conversation and the CLI."""

from __future__ import annotations

import pytest
from helpers import read_state as state
from search_data import COOL, WARM, add_session, three_theme_prompts

from agent.events import ConfirmationRequested, ToolFinished
from agent.testing import tool
from channels.cli import main
from tools.credits import REFLECTION_COST, balance
from tools.errors import AtelierError


def finished(events) -> list[ToolFinished]:
    return [e for e in events if isinstance(e, ToolFinished)]


def three_themes_with_a_palette_shift(ctx, count: int = 60) -> str:
    colours = [WARM] * (count // 2) + [COOL] * (count - count // 2)
    return add_session(ctx, "Studies", three_theme_prompts(count), colours=colours,
                       settings=lambda n: {"sampler": "euler" if n <= count // 2 else "dpm++ 2m", "steps": 30, "cfg": 7})


def test_reflection_names_the_themes_and_the_palette_shift(ctx, tools):
    session_id = three_themes_with_a_palette_shift(ctx)
    before = balance(ctx)
    result = tools.reflect(ctx, session="Studies")
    assert balance(ctx) == before - REFLECTION_COST
    reflection = next(s for s in state(ctx.settings.home)["sessions"] if s["id"] == session_id)["reflection"]
    assert reflection == result.data["reflection"] and reflection["written_by"] == "offline"
    summary = reflection["summary"]
    themes = reflection["evidence"]["themes"]
    assert len(themes) == 3 and sorted(t["size"] for t in themes) == [20, 20, 20]
    named = {term for theme in themes for term in theme["terms"]}
    assert {"forest", "city", "portrait"} <= named
    for word in ("forest", "city", "portrait"):
        assert word in summary
    assert reflection["evidence"]["style"]["palettes"]["shift"] is True
    assert "shifts halfway, from orange" in summary and "to blue" in summary
    changes = reflection["evidence"]["evolution"]["parameter_changes"]
    assert {"parameter": "sampler", "from": "euler", "to": "dpm++ 2m"} in [
        {k: c[k] for k in ("parameter", "from", "to")} for c in changes]
    assert "'cinematic lighting'" in summary


def test_in_a_conversation_it_asks_with_the_cost_and_the_model_writes_from_the_evidence(
        assistant, model, atelier_home):
    ctx = assistant.ctx
    session_id = three_themes_with_a_palette_shift(ctx)
    before = balance(ctx)
    model.enqueue(tool("reflect", session="Studies"))
    events = list(assistant.send("t", "reflect on Studies"))
    assert isinstance(events[-1], ConfirmationRequested)
    assert f"costs {REFLECTION_COST} credits" in events[-1].question and "60 items" in events[-1].question
    assert state(atelier_home)["credits"]["balance"] == before  # nothing spent before the answer

    model.enqueue("Three bodies of work: forests in fog, neon cities, portraits.", "Written.")
    result = finished(assistant.resume("t", "yes"))[0]
    assert not result.error
    after = state(atelier_home)
    assert after["credits"]["balance"] == before - REFLECTION_COST
    reflection = next(s for s in after["sessions"] if s["id"] == session_id)["reflection"]
    assert reflection["summary"] == "Three bodies of work: forests in fog, neon cities, portraits."
    assert reflection["written_by"] == "model"
    # The curator persona was given the evidence, marked as data.
    system, evidence = model.seen[-2][0].content, model.seen[-2][1].content
    assert "curator's reflection on the session 'Studies'" in system
    assert evidence.startswith("Evidence (data only)") and '"themes"' in evidence


def test_declining_spends_nothing_and_writes_nothing(assistant, model, atelier_home):
    ctx = assistant.ctx
    three_themes_with_a_palette_shift(ctx)
    before = state(atelier_home)
    model.enqueue(tool("reflect", session="Studies"))
    assert isinstance(list(assistant.send("t", "reflect"))[-1], ConfirmationRequested)
    list(assistant.resume("t", "no"))
    assert state(atelier_home) == before


def test_a_small_session_is_refused_before_asking_and_nothing_is_spent(ctx, tools):
    add_session(ctx, "Small", three_theme_prompts(12))
    before = balance(ctx)
    with pytest.raises(AtelierError, match="session 'Small' has 12 items; reflections need 50"):
        tools.reflect.confirmation_question(ctx, tools.reflect.parse_args({}))
    with pytest.raises(AtelierError, match="has 12 items"):
        tools.reflect(ctx)
    assert balance(ctx) == before


def test_an_empty_session_is_refused(ctx, tools):
    tools.create_session(ctx, name="Empty")
    with pytest.raises(AtelierError, match="has 0 items"):
        tools.reflect(ctx, session="Empty")


def test_short_credits_are_refused_and_nothing_is_spent(ctx, tools):
    three_themes_with_a_palette_shift(ctx)
    ctx.store.execute("UPDATE workspaces SET credit_balance = 3")
    with pytest.raises(AtelierError, match=f"needs {REFLECTION_COST} credits and the balance is 3"):
        tools.reflect(ctx)
    assert balance(ctx) == 3


def test_identical_non_english_and_overlong_prompts_and_missing_files(ctx, tools):
    add_session(ctx, "Same", ["un renard roux dans la neige"] * 30 + ["雪の中の赤い狐"] * 10
                + ["a lighthouse on a cliff, " * 200] * 10, with_images=False)
    result = tools.reflect(ctx, session="Same")
    evidence = result.data["reflection"]["evidence"]
    assert len(evidence["themes"]) <= 3
    palettes = evidence["style"]["palettes"]
    assert palettes["first_half"]["images_read"] == 0 and palettes["shift"] is False
    assert "could not be read" in result.message
    assert state(ctx.settings.home)["sessions"][0]["reflection"]["summary"] == result.message


def test_all_prompts_identical_is_one_theme(ctx, tools):
    add_session(ctx, "Same", ["a cat on a windowsill"] * 50)
    evidence = tools.reflect(ctx).data["reflection"]["evidence"]
    assert len(evidence["themes"]) == 1 and evidence["themes"][0]["size"] == 50
    assert evidence["evolution"]["centroid_shift"] == pytest.approx(0, abs=1e-4)


def test_a_failure_while_writing_refunds_the_credits(ctx, tools, monkeypatch):
    three_themes_with_a_palette_shift(ctx)
    before = balance(ctx)

    def broken_writer(persona, evidence):
        raise RuntimeError("the model went away")

    ctx.writer = broken_writer
    with pytest.raises(RuntimeError):
        tools.reflect(ctx)
    assert balance(ctx) == before
    assert state(ctx.settings.home)["sessions"][0]["reflection"] is None


def test_reflect_on_this_session_through_the_planner_and_the_cli(ctx, tmp_path, capsys):
    three_themes_with_a_palette_shift(ctx)
    script = tmp_path / "script.txt"
    script.write_text("open Studies\nreflect on this session\n", encoding="utf-8")
    assert main(["run", str(script), "--yes", "--json"]) == 0
    turns = [__import__("json").loads(line) for line in capsys.readouterr().out.splitlines() if line.startswith("{")]
    assert turns[-1]["tool_calls"] == [{"name": "reflect", "args": {"session": None}}] or \
        turns[-1]["tool_calls"][0]["name"] == "reflect"
    reflection = state(ctx.settings.home)["sessions"][0]["reflection"]
    assert reflection and "forest" in reflection["summary"]


def test_a_merged_away_auto_sessions_reflection_is_carried_over(ctx, tmp_path):
    import json
    from datetime import timedelta

    from test_import_pipeline import at, write_atelier_pngs

    from tools.importing.pipeline import import_paths

    write_atelier_pngs(tmp_path / "a", [at(10, 0), at(10, 2), at(10, 4), at(10, 6)], first_seed=1)
    write_atelier_pngs(tmp_path / "b", [at(12, 0), at(12, 2)], first_seed=10)
    import_paths(ctx, [tmp_path])
    smaller = ctx.store.one("SELECT s.id, s.name FROM sessions s WHERE s.origin = 'auto' ORDER BY "
                            "(SELECT count(*) FROM generations g WHERE g.session_id = s.id) LIMIT 1")
    written = {"summary": "Two neon studies at noon.", "evidence": {"themes": []}}
    ctx.store.execute("UPDATE sessions SET reflection = ? WHERE id = ?", [json.dumps(written), smaller["id"]])
    write_atelier_pngs(tmp_path / "c", [at(10, 6) + timedelta(minutes=5 * k) for k in range(1, 23)], first_seed=100)
    import_paths(ctx, [tmp_path])
    (merged,) = [s for s in state(ctx.settings.home)["sessions"] if s["origin"] == "auto"]
    assert merged["id"] != smaller["id"]
    assert merged["reflection"]["summary"] == "Two neon studies at noon."
    assert merged["reflection"]["carried_from"] == {"session_id": smaller["id"], "name": smaller["name"]}


def test_prompts_already_indexed_are_read_back_not_embedded_again(ctx, tools, monkeypatch):
    from memory.index import open_index

    prompts = [f"{subject} study number {n % 5}" for n, subject in
               enumerate(["forest in fog"] * 20 + ["neon city street"] * 20 + ["portrait of a dancer"] * 20)]
    add_session(ctx, "Indexed", prompts)
    index = open_index(ctx.store, ctx.settings)
    index.sync()
    embedded: list[str] = []
    real = index.embedder.embed
    monkeypatch.setattr(index.embedder, "embed", lambda texts: embedded.extend(texts) or real(texts))
    result = tools.reflect(ctx, session="Indexed")
    assert embedded == []  # every prompt's vector came from the index
    assert len(result.data["reflection"]["evidence"]["themes"]) >= 2
