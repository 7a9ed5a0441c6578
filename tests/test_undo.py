"""Undo through a conversation: "undo" reverses that conversation's last change, and only that."""

from __future__ import annotations

import pytest

from agent.assistant import Assistant
from agent.events import Reply, ToolStarted
from tests.helpers import read_state
from tools.context import Context
from tools.registry import get_registry


def talk(home, *lines: str, thread: str = "t") -> list:
    """Send lines in one conversation (offline), answering every confirmation yes; all events.
    Each call opens a new Assistant on the home: a restart between calls."""
    events = []
    with Assistant(home=home, model="offline") as assistant:
        for line in lines:
            events += list(assistant.send(thread, line))
            while assistant.pending_confirmation(thread):
                events += list(assistant.resume(thread, "yes"))
    return events


def last_reply(events) -> str:
    return [e.text for e in events if isinstance(e, Reply)][-1]


def calls(events) -> list[str]:
    return [e.name for e in events if isinstance(e, ToolStarted)]


def summer(home) -> dict[int, dict]:
    state = read_state(home)
    ids = {s["id"] for s in state["sessions"] if s["name"] == "Summer"}
    return {g["index"]: g for g in state["generations"] if g["session_id"] in ids}


def liked(home) -> set[int]:
    return {i for i, g in summer(home).items() if g["liked"]}


@pytest.fixture
def beach(atelier_home):
    talk(atelier_home, "start a session called Summer", "generate 6 images of a beach")
    return atelier_home


def test_undo_unlikes_what_was_liked_and_says_so(beach):
    talk(beach, "like 2 and 5")
    assert liked(beach) == {2, 5}
    events = talk(beach, "undo")
    assert calls(events) == ["undo"]
    assert liked(beach) == set()
    assert last_reply(events) == "Undid: liked #2 and #5 in 'Summer' — #2 and #5 in 'Summer' are unliked again."


@pytest.mark.parametrize("words", ["undo that", "undo the last change", "undo it", "take that back",
                                   "revert that", "Undo!"])
def test_the_ways_of_saying_undo(beach, words):
    talk(beach, "like 3")
    talk(beach, words)
    assert liked(beach) == set()


def test_rename_then_undo(beach):
    talk(beach, "rename this session to Winter")
    assert {s["name"] for s in read_state(beach)["sessions"]} == {"Winter"}
    events = talk(beach, "undo that")
    assert {s["name"] for s in read_state(beach)["sessions"]} == {"Summer"}
    assert "called 'Summer' again" in last_reply(events)


def test_tag_then_undo_and_untag_then_undo(beach):
    talk(beach, "save 1 to the library")
    [asset] = read_state(beach)["assets"]
    title = asset["title"]
    talk(beach, f"tag the asset '{title}' with brand and blue")
    assert sorted(read_state(beach)["assets"][0]["tags"]) == ["blue", "brand"]
    talk(beach, "undo")
    assert read_state(beach)["assets"][0]["tags"] == []

    talk(beach, f"tag the asset '{title}' with brand", f"remove the tag brand from '{title}'")
    assert read_state(beach)["assets"][0]["tags"] == []
    talk(beach, "undo")
    assert read_state(beach)["assets"][0]["tags"] == ["brand"]


def test_two_undos_go_two_back_then_stop_at_what_cannot_be_undone(beach):
    talk(beach, "like 2", "archive 4")
    talk(beach, "undo")
    assert not summer(beach)[4]["archived"] and liked(beach) == {2}
    talk(beach, "undo")
    assert liked(beach) == set()
    before = read_state(beach)
    events = talk(beach, "undo")
    assert "cannot be undone" in last_reply(events) and "generating images" in last_reply(events)
    assert read_state(beach) == before


def test_undo_of_a_save_takes_the_assets_out_again(beach):
    talk(beach, "save 1 and 3 to the library")
    assert len(read_state(beach)["assets"]) == 2
    talk(beach, "undo")
    state = read_state(beach)
    assert state["assets"] == []
    assert all(g["saved_asset_id"] is None for g in summer(beach).values())


def test_undo_of_a_save_into_a_new_folder_and_project_removes_them_unless_used_since(beach):
    talk(beach, "save 2 to folder Travel")
    talk(beach, "save 3 to folder Travel")
    events = talk(beach, "undo")  # the second save: Travel existed before it, so Travel stays
    assert [f["name"] for f in read_state(beach)["folders"]] == ["Travel"]
    events = talk(beach, "undo")
    state = read_state(beach)
    assert state["assets"] == [] and state["folders"] == []
    assert "the new folder 'Travel' is gone again" in last_reply(events)

    # Used by work the undo does not touch (another conversation's save): the folder stays.
    talk(beach, "switch to Summer", "save 2 to folder Travel", thread="a")
    talk(beach, "switch to Summer", "save 5 to folder Travel", thread="b")
    events = talk(beach, "undo", thread="a")
    state = read_state(beach)
    assert [f["name"] for f in state["folders"]] == ["Travel"] and len(state["assets"]) == 1
    assert "gone again" not in last_reply(events)


def test_nothing_to_undo_changes_nothing(atelier_home):
    talk(atelier_home, "credits")  # a home with its store, and no change in this conversation
    before = read_state(atelier_home)
    events = talk(atelier_home, "undo")
    assert last_reply(events) == "There is nothing to undo in this conversation."
    assert read_state(atelier_home) == before


def test_undo_after_a_restart(beach):
    with Assistant(home=beach, model="offline") as assistant:
        list(assistant.send("t", "like 1 and 6"))
    assert liked(beach) == {1, 6}
    with Assistant(home=beach, model="offline") as assistant:  # a new process on the same home
        list(assistant.send("t", "undo"))
    assert liked(beach) == set()


def test_undo_refuses_to_pass_a_delete(beach):
    talk(beach, "start a session called Scratch", "rename this session to Scrap", "delete this session")
    assert {s["name"] for s in read_state(beach)["sessions"]} == {"Summer"}
    before = read_state(beach)
    events = talk(beach, "undo")
    assert "deleting a session" in last_reply(events) and "cannot be undone" in last_reply(events)
    assert read_state(beach) == before


def test_conversations_keep_their_own_undo_logs(beach):
    talk(beach, "like 2", thread="t")
    talk(beach, "open Summer", "like 3", thread="other")
    assert liked(beach) == {2, 3}
    talk(beach, "undo", thread="t")
    assert liked(beach) == {3}
    talk(beach, "undo", thread="other")
    assert liked(beach) == set()


def test_a_row_changed_since_is_not_overwritten(beach):
    talk(beach, "like 2 and 4", thread="t")
    talk(beach, "open Summer", "unlike 4", thread="other")
    events = talk(beach, "undo", thread="t")
    assert "could not undo" in last_reply(events) and "#4 in 'Summer'" in last_reply(events)
    assert liked(beach) == {2}  # nothing restored: #2 stays liked too


def test_the_log_keeps_the_last_200_changes_of_a_conversation(beach):
    ctx = Context.open(beach, conversation_id="t")
    try:
        session = ctx.store.scalar("SELECT id FROM sessions WHERE name = 'Summer'")
        registry = get_registry()
        for n in range(205):
            registry["like" if n % 2 == 0 else "unlike"](ctx, items=[1], session=session)
        assert ctx.store.scalar("SELECT count(*) FROM operations WHERE conversation_id = 't'") == 200
    finally:
        ctx.close()


def test_a_brief_and_its_references_are_undone_too(beach, tmp_path):
    from PIL import Image

    reference = tmp_path / "mood.png"
    Image.new("RGB", (8, 8), "teal").save(reference)
    talk(beach, "set the brief to: teal beaches at dawn")
    talk(beach, f"attach {reference} to this session as a reference")

    def session():
        return next(s for s in read_state(beach)["sessions"] if s["name"] == "Summer")

    assert session()["brief"] == "teal beaches at dawn" and len(session()["references"]) == 1
    events = talk(beach, "undo")
    assert calls(events) == ["undo"] and session()["references"] == []
    assert session()["brief"] == "teal beaches at dawn"  # one step back only
    talk(beach, "undo")
    assert not session()["brief"]
    assert reference.exists()  # the file itself is never touched


def test_undo_of_a_move_into_a_new_folder_moves_back_and_removes_the_folder(beach):
    talk(beach, "save 1 and 2 to folder Keep")
    talk(beach, "move the assets in Keep to folder Fresh")
    assert {a["folder"] for a in read_state(beach)["assets"]} == {"Fresh"}
    events = talk(beach, "undo")
    state = read_state(beach)
    assert {a["folder"] for a in state["assets"]} == {"Keep"} and [f["name"] for f in state["folders"]] == ["Keep"]
    assert "the new folder 'Fresh' is gone again" in last_reply(events)


def test_undo_of_a_new_session_that_another_conversation_filled_changes_nothing(atelier_home):
    talk(atelier_home, "new session Shared")
    talk(atelier_home, "open Shared", "generate 2 images of a boat", thread="other")
    before = read_state(atelier_home)
    events = talk(atelier_home, "undo")
    assert "holds images or references now" in last_reply(events)
    assert read_state(atelier_home) == before
