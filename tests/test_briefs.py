"""A session's brief and its reference files, through an agent turn (Assistant.send, offline planner)."""

from __future__ import annotations

import pytest
from PIL import Image

from agent.assistant import Assistant
from agent.events import Reply, ToolStarted
from memory.migrations import apply_migrations, m010_brief_references
from tools.context import Context
from tools.workspaces import add_workspace, slack_user_id
from tests.helpers import read_state


def talk(home, *lines: str, **who) -> list:
    events = []
    with Assistant(home=home, model="offline") as assistant:
        for line in lines:
            events += list(assistant.send("t", line, **who))
            while assistant.pending_confirmation("t"):
                events += list(assistant.resume("t", "yes"))
    return events


def said(events) -> str:
    return "\n".join(e.text for e in events if isinstance(e, Reply))


def calls(events) -> list[tuple[str, dict]]:
    return [(e.name, e.args) for e in events if isinstance(e, ToolStarted)]


def session(home, name: str) -> dict:
    return next(s for s in read_state(home)["sessions"] if s["name"] == name)


@pytest.fixture
def coats(atelier_home):
    talk(atelier_home, "start a session called Coats")
    return atelier_home


@pytest.fixture
def ref_png(tmp_path):
    path = tmp_path / "refs" / "ref.png"
    path.parent.mkdir()
    Image.new("RGB", (8, 8), (20, 40, 200)).save(path)
    return path


def test_attach_list_and_remove_a_reference_file(coats, ref_png):
    events = talk(coats, f"attach {ref_png} to this session as a reference")
    assert [(name, args["path"]) for name, args in calls(events)] == [("attach_reference", str(ref_png))]
    assert "Attached 'ref.png'" in said(events)
    assert session(coats, "Coats")["references"] == [
        {"path": str(ref_png.resolve()), "asset_id": None, "media_type": "image"}]

    listed = said(talk(coats, "what are the references of this session?"))
    assert "1. 'ref.png' (image)" in listed

    out_of_range = said(talk(coats, "remove reference 3"))
    assert "has no reference 3 (it has 1); nothing was removed" in out_of_range
    assert len(session(coats, "Coats")["references"]) == 1
    assert "already a reference" in said(talk(coats, f"add {ref_png} as a reference"))
    assert len(session(coats, "Coats")["references"]) == 1

    removed = talk(coats, "remove reference 1")
    assert [(name, args["reference"]) for name, args in calls(removed)] == [("remove_reference", "1")]
    assert session(coats, "Coats")["references"] == []
    assert ref_png.exists()  # the file itself is kept
    assert "No references yet." in said(talk(coats, "show the references"))


def test_a_library_asset_is_a_reference_by_title(coats, ref_png):
    ctx = Context.open(coats)
    try:
        from tools.registry import get_registry

        asset_id = get_registry()["upload_asset"](ctx, path=str(ref_png), title="Blue Coat").data["asset_id"]
    finally:
        ctx.close()
    talk(coats, "use the asset Blue Coat as a reference")
    assert session(coats, "Coats")["references"] == [{"path": None, "asset_id": asset_id, "media_type": "image"}]
    assert "asset 'Blue Coat'" in said(talk(coats, "show the references"))
    talk(coats, "remove reference Blue Coat")
    assert session(coats, "Coats")["references"] == []
    assert [a["title"] for a in read_state(coats)["assets"]] == ["Blue Coat"]


@pytest.mark.parametrize("make, expected", [
    (lambda d: d / "missing.png", "does not exist"),
    (lambda d: d, "is not a file"),
    (lambda d: (d / "notes.txt", (d / "notes.txt").write_text("a plain note"))[0], "not an image or video"),
    (lambda d: (d / "fake.png", (d / "fake.png").write_bytes(b"\x89PNG\r\n\x1a\nnothing else"))[0], "image"),
])
def test_a_bad_reference_file_is_a_clear_error_and_writes_nothing(coats, tmp_path, make, expected):
    target = make(tmp_path)
    before = read_state(coats)
    events = talk(coats, f"add {target} as a reference")
    assert calls(events) and calls(events)[0][0] == "attach_reference"
    message = said(events)
    assert expected in message and "nothing was attached" in message and "Traceback" not in message
    assert read_state(coats) == before


def test_set_the_brief_and_see_it_in_state_and_the_listing(coats):
    talk(coats, "set the brief to: warm wool coats, autumn light")
    assert session(coats, "Coats")["brief"] == "warm wool coats, autumn light"
    talk(coats, "the brief is moody rain shots")
    assert session(coats, "Coats")["brief"] == "moody rain shots"
    assert "Brief: moody rain shots" in said(talk(coats, "show the brief"))


def test_a_chat_workspace_cannot_attach_a_server_file(atelier_home, ref_png):
    ctx = Context.open(atelier_home)
    try:
        team, _ = add_workspace(ctx.store, "Team A", slack_team="TAAA", admins=("UADMINA",))
    finally:
        ctx.close()
    who = {"workspace_id": team["id"], "user_id": slack_user_id("TAAA", "UADMINA")}
    talk(atelier_home, "start a session called Probe", **who)
    events = talk(atelier_home, f"add {ref_png} as a reference", **who)
    assert "chat workspace cannot" in said(events)
    ctx = Context.open(atelier_home)
    try:
        assert ctx.store.scalar("SELECT count(*) FROM session_references") == 0
    finally:
        ctx.close()


def test_the_migration_carries_over_reference_paths_kept_on_sessions(tmp_path):
    from sqlite_utils import Database

    db = Database(tmp_path / "old.db")
    with db.conn:
        names = apply_migrations(db)
    assert "m010_brief_references" in names
    db.execute("DROP TABLE session_references")
    db.execute("INSERT INTO workspaces (id, name, credit_balance, created_at) VALUES ('ws', 'W', 0, 'now')")
    db.execute("INSERT INTO sessions (id, workspace_id, name, kind, reference_files, created_at, last_used_at) "
               "VALUES ('ses', 'ws', 'Old', 'visual', '[\"/a/b.png\"]', 'then', 'then')")
    m010_brief_references(db)
    assert [(r["session_id"], r["path"]) for r in db.query("SELECT * FROM session_references")] == [("ses", "/a/b.png")]
