"""Workspaces keep teams apart: registration, scoping of every lookup, who may delete and top up."""

from __future__ import annotations

import json

import pytest

from channels.cli import main as cli
from tools.context import Context
from tools.errors import AtelierError, NotFound
from tools.state import export_state
from tools.registry import get_registry
from tools.workspaces import add_workspace, slack_user_id


@pytest.fixture
def teams(atelier_home):
    """Two registered teams, each with an admin (UADMINA / UADMINB) and a member (UMEMBERA / UMEMBERB)."""
    base = Context.open(atelier_home)
    a, _ = add_workspace(base.store, "Team A", slack_team="TAAA", admins=("UADMINA",))
    b, _ = add_workspace(base.store, "Team B", slack_team="TBBB", admins=("UADMINB",))

    def member(ws: dict, team: str, user: str) -> Context:
        from tools.workspaces import ensure_user

        uid = slack_user_id(team, user)
        ensure_user(base.store, ws["id"], uid, user)
        return Context(store=base.store, settings=base.settings, workspace_id=ws["id"], user_id=uid)

    yield {"a": member(a, "TAAA", "UMEMBERA"), "a_admin": member(a, "TAAA", "UADMINA"),
           "a2": member(a, "TAAA", "UOTHERA"), "b": member(b, "TBBB", "UMEMBERB"),
           "b_admin": member(b, "TBBB", "UADMINB"), "ids": (a["id"], b["id"])}
    base.close()


def test_workspace_add_and_state_by_team_or_name(capsys):
    assert cli(["workspace", "add", "Design", "--slack-team", "T0DESIGN", "--admin", "U0BOSS"]) == 0
    assert "Registered workspace 'Design'" in capsys.readouterr().out
    for ref in ("T0DESIGN", "design"):
        assert cli(["state", "--json", "--workspace", ref]) == 0
        state = json.loads(capsys.readouterr().out)
        assert state["sessions"] == [] and state["credits"] == {"balance": 500}
    # Adding it again with another admin updates it; another name for the same team is refused.
    assert cli(["workspace", "add", "Design", "--slack-team", "T0DESIGN", "--admin", "U0TWO"]) == 0
    assert "Updated" in capsys.readouterr().out
    assert cli(["workspace", "add", "Other", "--slack-team", "T0DESIGN"]) == 1
    assert "already registered as workspace 'Design'" in capsys.readouterr().err


@pytest.mark.parametrize("argv, message", [
    (["workspace", "add", "X", "--slack-team", "not a team"], "is not a Slack team id"),
    (["workspace", "add", "X", "--slack-team", "T1", "--admin", "<!channel>"], "is not a Slack user id"),
    (["workspace", "add", "", "--slack-team", "T1"], "cannot be empty"),
    (["workspace", "add", "Local", "--slack-team", "T1"], "already exists"),
    (["state", "--json", "--workspace", "nope"], "no workspace 'nope'"),
])
def test_workspace_bad_input(argv, message, capsys, ctx):
    before = ctx.store.query("SELECT id, name FROM workspaces")
    assert cli(argv) == 1
    assert message in capsys.readouterr().err
    assert ctx.store.query("SELECT id, name FROM workspaces") == before


def test_credits_are_per_workspace(teams, tools):
    tools.generate(teams["a"], prompt="a fox", count=3)
    assert export_state(teams["a"])["credits"]["balance"] == 497
    assert export_state(teams["b"])["credits"]["balance"] == 500


def test_top_ups_only_by_admins(teams, tools):
    with pytest.raises(AtelierError, match="only an admin"):
        tools.add_credits(teams["a"], amount=100)
    assert tools.credit_balance(teams["a"]).data["balance"] == 500
    assert tools.add_credits(teams["a_admin"], amount=100).data["balance"] == 600


def test_delete_is_for_the_creator_and_admins(teams, tools):
    made = tools.create_session(teams["a"], name="Mine").data["session_id"]
    with pytest.raises(AtelierError, match="only the person who made session 'Mine'"):
        tools.delete_session(teams["a2"], session=made)
    assert teams["a"].store.one("SELECT id FROM sessions WHERE id = ?", [made])
    tools.delete_session(teams["a"], session=made)
    other = tools.create_session(teams["a"], name="Theirs").data["session_id"]
    tools.delete_session(teams["a_admin"], session=other)
    assert not teams["a"].store.one("SELECT id FROM sessions WHERE id IN (?, ?)", [made, other])
    # Assets: the saver may delete, another member may not.
    ctx = teams["a"]
    ctx.current_session_id = tools.create_session(ctx, name="Keep").data["session_id"]
    tools.generate(ctx, prompt="a heron", count=1)
    asset = tools.save_to_library(ctx, items=[1]).data["asset_ids"][0]
    with pytest.raises(AtelierError, match="only the person who made asset"):
        tools.delete_assets(teams["a2"], assets=[asset])
    tools.delete_assets(ctx, assets=[asset])


def test_no_lookup_crosses_workspaces(teams, tools):
    """Team B cannot read, find, change or delete team A's things by name or by id."""
    a, b = teams["a"], teams["b"]
    a.current_session_id = session = tools.create_session(a, name="Secret Launch").data["session_id"]
    generation = tools.generate(a, prompt="a secret prototype", count=2).data["generation_ids"][0]
    asset = tools.save_to_library(a, items=[1], folder="Vault").data["asset_ids"][0]
    before = export_state(a)
    attempts = [
        ("open_session", {"session": "Secret Launch"}), ("open_session", {"session": session}),
        ("rename_session", {"session": session, "name": "mine"}),
        ("archive_session", {"session": "secret"}),
        ("delete_session", {"session": session}),
        ("list_generations", {"session": session}),
        ("like", {"items": [generation]}),
        ("remix", {"item": generation}),
        ("save_to_library", {"items": [generation]}),
        ("rename_asset", {"asset": asset, "title": "stolen"}),
        ("delete_assets", {"assets": [asset]}),
        ("tag_assets", {"assets": [asset], "tags": ["x"]}),
        ("create_post", {"caption": "hi", "assets": [asset]}),
        ("lineage", {"item": generation}),
    ]
    for name, args in attempts:
        with pytest.raises(AtelierError) as caught:
            tools.__getattr__(name)(b, args)
        leaked = [w for w in ("Secret", "prototype", "Vault") if w.casefold() not in str(args).casefold()]
        assert not [w for w in leaked if w in caught.value.message], (name, caught.value.message)
    b.current_session_id = session  # even a forged current session points nowhere
    with pytest.raises(AtelierError):
        tools.generate(b, prompt="x", count=1)
    assert export_state(a) == before
    seen_by_b = export_state(b)
    assert seen_by_b["sessions"] == [] and seen_by_b["assets"] == [] and seen_by_b["folders"] == []
    assert "Secret" not in tools.list_sessions(b, status="all").message
    assert tools.list_assets(b).data.get("assets", []) == []
    with pytest.raises(NotFound):
        tools.open_session(b, session="Secret Launch")


def test_a_chat_workspace_cannot_touch_the_servers_files(teams, tools, tmp_path):
    (tmp_path / "secret.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    ctx = teams["a_admin"]
    ctx.current_session_id = tools.create_session(ctx, name="S").data["session_id"]
    tools.generate(ctx, prompt="a kite", count=1)
    before = export_state(ctx)
    for name, args in [("import_folder", {"path": str(tmp_path)}), ("upload_asset", {"path": str(tmp_path / "secret.png")}),
                       ("download", {"items": [1], "path": str(tmp_path / "out.zip")})]:
        with pytest.raises(AtelierError, match="files on the server"):
            tools.__getattr__(name)(ctx, args)
    assert export_state(ctx) == before and not (tmp_path / "out.zip").exists()
    assert tools.download(ctx, items=[1]).data["path"]  # into the home's exports folder: fine


def _generations_of(ctx: Context, session_name: str) -> int:
    return ctx.store.scalar("SELECT count(*) FROM generations g JOIN sessions s ON s.id = g.session_id "
                            "WHERE s.name = ? AND s.workspace_id = ?", [session_name, ctx.workspace_id])


def test_a_member_cannot_expire_someone_elses_work_with_archive_and_sweep(teams, tools):
    alice, mallory = teams["a"], teams["a2"]
    tools.create_session(alice, name="Alice work")
    tools.generate(alice, prompt="a fern", count=3)
    tools.archive_session(mallory, session="Alice work")
    with pytest.raises(AtelierError, match="only an admin"):
        tools.sweep(mallory, retention_days=0)
    assert _generations_of(alice, "Alice work") == 3


def test_a_member_cannot_move_someone_elses_generations_away_to_delete_them(teams, tools):
    alice, mallory = teams["a"], teams["a2"]
    tools.create_session(alice, name="Alice two")
    tools.generate(alice, prompt="a fern", count=2)
    tools.create_session(mallory, name="Trash")
    with pytest.raises(AtelierError, match="nothing was deleted"):
        tools.reassign(mallory, session="Alice two", which="all", to_session="Trash")
    assert _generations_of(alice, "Alice two") == 2 and _generations_of(alice, "Trash") == 0


def test_a_chat_member_cannot_probe_the_servers_files(teams, tools, tmp_path):
    member = teams["a"]
    with pytest.raises(AtelierError, match="server"):
        tools.create_session(member, name="Probe", reference_files=["/etc/passwd"])
    tools.create_session(member, name="Zips")
    tools.generate(member, prompt="a fern", count=1)
    existing = tmp_path / "there.zip"
    existing.write_bytes(b"not mine")
    with pytest.raises(AtelierError, match="server"):
        get_registry()["download"].confirmation_question(member, get_registry()["download"].parse_args(
            {"which": "all", "path": str(existing)}))
    assert existing.read_bytes() == b"not mine"
