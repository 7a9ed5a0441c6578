"""The practical example from the product documentation, end to end through the tool functions."""

from __future__ import annotations

import json
from pathlib import Path
import subprocess
import sys

from channels.cli import main as atelier


def state_via_cli(capsys) -> dict:
    capsys.readouterr()
    assert atelier(["state", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_product_launch_visuals(ctx, tools, capsys):
    tools.create_session(ctx, name="Product Launch Visuals")
    tools.link_session(ctx, project="Product Launch")
    generated = tools.generate(ctx, prompt="studio shot of a teal perfume bottle", count=20, size="256x256")
    assert generated.data["indexes"] == list(range(1, 21))
    tools.like(ctx, items=[1, 3, 4, 7, 9, 12, 15, 18])
    tools.save_to_library(ctx, items=[1, 3, 4, 7, 9], folder="Product Launch")
    post = tools.create_post(ctx, caption="Launch day is here", platform="instagram", which="selected",
                             items=[1, 3, 4, 7, 9])
    tools.archive_session(ctx)

    before = state_via_cli(capsys)
    [session] = before["sessions"]
    assert session["status"] == "archived" and session["project"] == "Product Launch"
    assert session["generation_count"] == 20
    assert sum(g["liked"] for g in before["generations"]) == 8
    files = {g["id"]: ctx.blobs.path_for(*ctx.store.one(
        "SELECT blob_sha256, file_ext FROM generations WHERE id = ?", [g["id"]]).values())
        for g in before["generations"]}
    assert all(path.exists() for path in files.values())

    tools.delete_session(ctx, session="product launch visuals")

    after = state_via_cli(capsys)
    assert after["sessions"] == []
    assert len(after["assets"]) == 5
    assert {a["folder"] for a in after["assets"]} == {"Product Launch"}
    assert {a["project"] for a in after["assets"]} == {"Product Launch"}
    saved_generations = {g["saved_asset_id"]: g for g in before["generations"] if g["saved_asset_id"]}
    # Sessions own their generations: all 20 are gone, no orphans. The 5 saved ones live on as
    # complete assets carrying their own provenance, and only their files remain.
    assert after["generations"] == []
    for asset in after["assets"]:
        origin = saved_generations[asset["id"]]
        assert asset["origin_generation_id"] is None
        assert (asset["prompt"], asset["seed"], asset["model"], asset["generated_at"]) == (
            origin["prompt"], origin["seed"], origin["model"], origin["created_at"])
        assert asset["generator"] == "procedural" and asset["content_hash"].startswith("xxh3_128:")
        assert Path(asset["path"]).exists() and not asset["missing"]
    kept_ids = {g["id"] for g in saved_generations.values()}
    for generation_id, path in files.items():
        assert path.exists() == (generation_id in kept_ids)
    [kept_post] = after["posts"]
    assert kept_post["id"] == post.data["post_id"]
    assert kept_post["asset_ids"] == [a["id"] for a in sorted(
        after["assets"], key=lambda a: kept_post["asset_ids"].index(a["id"]))]
    assert kept_post["project"] == "Product Launch" and kept_post["platform"] == "instagram"
    assert after["credits"] == {"balance": 480}
    assert after["projects"][0]["name"] == "Product Launch"
    assert after["folders"][0]["name"] == "Product Launch"


def test_state_json_contract_keys(ctx, tools, capsys):
    tools.create_session(ctx, name="Keys")
    tools.generate(ctx, prompt="a lighthouse", count=1, size="256x256")
    tools.save_to_library(ctx, items=[1], tags=["sea"])
    tools.create_post(ctx, caption="Hello", items=[1])
    state = state_via_cli(capsys)
    assert set(state) == {"sessions", "generations", "assets", "posts", "projects", "folders", "credits"}
    assert set(state["sessions"][0]) == {
        "id", "name", "kind", "status", "origin", "project", "folder", "campaign", "generation_count",
        "started_at", "ended_at", "last_generated_at", "reflection", "brief", "references"}
    assert set(state["generations"][0]) == {
        "id", "session_id", "index", "prompt", "negative_prompt", "seed", "model", "provider",
        "media_type", "liked", "archived", "saved_asset_id", "parent_id", "created_at"}
    assert set(state["assets"][0]) == {
        "id", "media_type", "title", "folder", "project", "tags", "origin_generation_id", "session_id",
        "sha256", "created_at", "path", "missing", "content_hash", "prompt", "negative_prompt", "seed",
        "model", "generator", "generated_at"}
    assert state["assets"][0]["tags"] == ["sea"]
    assert set(state["posts"][0]) == {"id", "caption", "platform", "asset_ids", "session_ids", "project"}
    assert state["generations"][0]["created_at"].endswith("Z")


def test_state_json_in_a_real_process(ctx, tools, atelier_home):
    tools.create_session(ctx, name="Über café ☕")
    completed = subprocess.run([sys.executable, "-m", "channels.cli", "state", "--json"],
                               capture_output=True, text=True, timeout=60)
    assert completed.returncode == 0, completed.stderr
    assert json.loads(completed.stdout)["sessions"][0]["name"] == "Über café ☕"
