from __future__ import annotations

from tools.state import export_state


def names(ctx, tools, status="active"):
    return [s["name"] for s in tools.list_sessions(ctx, status=status).data["sessions"]]


def test_sessions_are_ordered_by_last_generation(ctx, tools):
    for name in ("Alpha", "Beta", "Gamma"):
        tools.create_session(ctx, name=name, prompt=f"{name} brief")
    assert names(ctx, tools) == ["Gamma", "Beta", "Alpha"]
    tools.generate(ctx, session="alpha", count=1, size="256x256")
    assert names(ctx, tools) == ["Alpha", "Gamma", "Beta"]
    tools.generate(ctx, session="Beta", count=1, size="256x256")
    assert names(ctx, tools) == ["Beta", "Alpha", "Gamma"]


def test_auto_name_from_first_prompt(ctx, tools):
    result = tools.generate(ctx, prompt="a quiet harbour at dawn, oil painting, soft light", count=1,
                            size="256x256")
    session = export_state(ctx)["sessions"][0]
    assert session["name"] == "A quiet harbour at dawn oil"
    assert result.data["session_id"] == session["id"] == ctx.current_session_id
    # A second auto-named session with the same words gets a distinct name.
    ctx.current_session_id = None
    tools.generate(ctx, prompt="a quiet harbour at dawn, oil painting", count=1, size="256x256")
    assert sorted(s["name"] for s in export_state(ctx)["sessions"]) == [
        "A quiet harbour at dawn oil", "A quiet harbour at dawn oil (2)"]


def test_session_without_name_or_prompt_is_named_at_first_generation(ctx, tools):
    tools.create_session(ctx)
    assert export_state(ctx)["sessions"][0]["name"] == "Untitled session"
    tools.generate(ctx, prompt="neon koi pond", count=1, size="256x256")
    assert export_state(ctx)["sessions"][0]["name"] == "Neon koi pond"


def test_rename_archive_unarchive(ctx, tools):
    tools.create_session(ctx, name="draft", kind="video", prompt="x")
    tools.rename_session(ctx, new_name="Final Cut")
    tools.archive_session(ctx, session="final cut")
    assert names(ctx, tools) == [] and names(ctx, tools, "archived") == ["Final Cut"]
    tools.unarchive_session(ctx, session="Final")
    [session] = export_state(ctx)["sessions"]
    assert (session["name"], session["kind"], session["status"]) == ("Final Cut", "video", "active")


def test_archived_session_hides_its_generations_from_liked(ctx, tools):
    tools.create_session(ctx, name="Hidden", prompt="moon")
    tools.generate(ctx, count=2, size="256x256")
    tools.like(ctx, which="all")
    assert len(tools.liked_generations(ctx).data["generations"]) == 2
    tools.archive_session(ctx)
    assert tools.liked_generations(ctx).data["generations"] == []
    assert len(tools.liked_generations(ctx, include_archived=True).data["generations"]) == 2


def test_links_create_on_first_use_and_match_case_insensitively(ctx, tools):
    tools.create_session(ctx, name="One", project="Spring", folder="Drafts", campaign="Q2")
    tools.create_session(ctx, name="Two")
    tools.link_session(ctx, project="spring", campaign="q2")
    state = export_state(ctx)
    assert [p["name"] for p in state["projects"]] == ["Spring"]
    by_name = {s["name"]: s for s in state["sessions"]}
    assert by_name["Two"]["project"] == "Spring" and by_name["Two"]["campaign"] == "Q2"
    assert by_name["One"]["folder"] == "Drafts"


def test_open_switches_the_current_session(ctx, tools):
    tools.create_session(ctx, name="First", prompt="a")
    tools.create_session(ctx, name="Second", prompt="b")
    tools.open_session(ctx, session="first")
    tools.generate(ctx, count=1, size="256x256")
    counts = {s["name"]: s["generation_count"] for s in export_state(ctx)["sessions"]}
    assert counts == {"First": 1, "Second": 0}


def test_delete_asks_first_and_keeps_assets(ctx, tools):
    tools.create_session(ctx, name="Doomed", prompt="storm")
    tools.generate(ctx, count=3, size="256x256")
    tools.save_to_library(ctx, items=[2])
    question = tools.delete_session.confirmation_question(ctx, tools.delete_session.parse_args({"session": "doomed"}))
    assert "Doomed" in question and "all 3" in question and "1 saved" in question and "cannot be undone" in question
    tools.delete_session(ctx, session="doomed")
    state = export_state(ctx)
    assert state["sessions"] == [] and len(state["assets"]) == 1
    assert state["generations"] == []  # no orphans: sessions own their generations
    assert state["assets"][0]["prompt"] == "storm" and state["assets"][0]["seed"] is not None
    assert ctx.current_session_id is None


def test_part_of_a_session_name_counts_in_whole_words_only(ctx, tools):
    import pytest

    from tools.errors import NotFound

    tools.create_session(ctx, name="Hartley wedding")
    tools.create_session(ctx, name="Summer Launch")
    tools.archive_session(ctx, session="launch")  # a whole word of one name: that session
    statuses = {s["name"]: s["status"] for s in export_state(ctx)["sessions"]}
    assert statuses == {"Hartley wedding": "active", "Summer Launch": "archived"}
    with pytest.raises(NotFound, match="no session named 'art'"):
        tools.archive_session(ctx, session="art")  # inside a word of "Hartley": never that session
    assert {s["name"]: s["status"] for s in export_state(ctx)["sessions"]} == statuses
