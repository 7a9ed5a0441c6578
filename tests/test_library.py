from __future__ import annotations


import pytest
from PIL import Image

from tools.state import export_state


@pytest.fixture
def png(tmp_path):
    path = tmp_path / "moodboard.png"
    Image.new("RGB", (32, 24), "orange").save(path)
    return path


def test_upload_detects_type_from_bytes(ctx, tools, tmp_path, png):
    disguised = tmp_path / "looks-like-text.txt"
    disguised.write_bytes(png.read_bytes())
    result = tools.upload_asset(ctx, path=str(disguised), folder="Refs", tags=["mood"])
    assert result.data["media_type"] == "image"
    pdf = tmp_path / "brief.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    notes = tmp_path / "notes.md"
    notes.write_text("# Brief\nWarm colours.", encoding="utf-8")
    wav = tmp_path / "jingle.wav"
    wav.write_bytes(b"RIFF$\x00\x00\x00WAVEfmt \x10\x00\x00\x00\x01\x00\x01\x00D\xac\x00\x00\x88X\x01\x00\x02\x00\x10\x00data\x00\x00\x00\x00")
    kinds = [tools.upload_asset(ctx, path=str(p)).data["media_type"] for p in (pdf, notes, wav)]
    assert kinds == ["document", "document", "audio"]
    [asset] = [a for a in export_state(ctx)["assets"] if a["media_type"] == "image"]
    assert (asset["title"], asset["folder"], asset["tags"]) == ("looks-like-text", "Refs", ["mood"])


def test_uploading_the_same_bytes_twice_is_one_asset(ctx, tools, png, tmp_path):
    first = tools.upload_asset(ctx, path=str(png))
    copy = tmp_path / "copy.png"
    copy.write_bytes(png.read_bytes())
    second = tools.upload_asset(ctx, path=str(copy))
    assert second.data == {"asset_id": first.data["asset_id"], "duplicate": True}
    assert len(export_state(ctx)["assets"]) == 1


def test_organise_move_tag_untag_rename_delete(ctx, tools, png):
    asset_id = tools.upload_asset(ctx, path=str(png)).data["asset_id"]
    tools.move_assets(ctx, assets=["moodboard"], folder="Autumn", project="Fall Campaign")
    tools.tag_assets(ctx, assets=[asset_id], tags=["warm", "Orange"])
    tools.untag_assets(ctx, assets=[asset_id], tags=["warm"])
    tools.rename_asset(ctx, asset="MOODBOARD", title="Autumn mood")
    [asset] = export_state(ctx)["assets"]
    assert (asset["title"], asset["folder"], asset["project"], asset["tags"]) == (
        "Autumn mood", "Autumn", "Fall Campaign", ["Orange"])
    assert [a["title"] for a in tools.list_assets(ctx, folder="autumn").data["assets"]] == ["Autumn mood"]
    assert tools.list_assets(ctx, tag="orange").data["assets"][0]["id"] == asset_id
    assert tools.list_assets(ctx, media_type="video").data["assets"] == []
    question = tools.delete_assets.confirmation_question(ctx, tools.delete_assets.parse_args({"assets": [asset_id]}))
    assert "cannot be undone" in question
    tools.delete_assets(ctx, assets=[asset_id])
    assert export_state(ctx)["assets"] == []
    assert list(ctx.settings.blobs_dir.rglob("*.png")) == []


def test_saved_asset_and_generation_are_independent(ctx, tools):
    tools.create_session(ctx, name="Pair", prompt="kites")
    tools.generate(ctx, count=2, size="256x256")
    tools.save_to_library(ctx, items=[1, 2], folder="Kites")
    state = export_state(ctx)
    first, second = state["generations"]
    assert first["saved_asset_id"] and state["assets"][0]["origin_generation_id"] == first["id"]
    # Deleting the asset keeps the generation (and its file).
    tools.delete_assets(ctx, assets=[first["saved_asset_id"]])
    state = export_state(ctx)
    assert len(state["generations"]) == 2 and state["generations"][0]["saved_asset_id"] is None
    row = ctx.store.one("SELECT blob_sha256, file_ext FROM generations WHERE id = ?", [first["id"]])
    assert ctx.blobs.path_for(*row.values()).exists()
    # Saving again is idempotent and reports it.
    again = tools.save_to_library(ctx, items=[2])
    assert "#2 was already in the library" in again.message and len(export_state(ctx)["assets"]) == 1


def test_posts_link_assets_sessions_and_project(ctx, tools, png):
    upload = tools.upload_asset(ctx, path=str(png)).data["asset_id"]
    tools.create_session(ctx, name="Beach", prompt="waves", project="Summer")
    tools.generate(ctx, count=2, size="256x256")
    post = tools.create_post(ctx, caption="Summer is here", platform="instagram", items=[1, 2],
                             assets=[upload], project="Summer")
    [stored] = export_state(ctx)["posts"]
    assert stored["asset_ids"][0] == upload and len(stored["asset_ids"]) == 3
    assert stored["session_ids"] == [ctx.current_session_id] and stored["project"] == "Summer"
    assert post.data["post_id"] == stored["id"]


def test_retention_sweep(ctx, tools):
    tools.create_session(ctx, name="Old", prompt="fog")
    tools.generate(ctx, count=4, size="256x256")
    tools.like(ctx, items=[1])
    tools.save_to_library(ctx, items=[2])
    tools.archive_session(ctx)
    tools.create_session(ctx, name="Fresh", prompt="sun")
    tools.generate(ctx, count=1, size="256x256")
    assert tools.sweep(ctx).data["expired"] == 0  # inside the 30-day window
    swept = tools.sweep(ctx, retention_days=0)
    assert swept.data["expired"] == 2
    state = export_state(ctx)
    session_names = {s["id"]: s["name"] for s in state["sessions"]}
    left = sorted((session_names[g["session_id"]], g["index"]) for g in state["generations"])
    assert left == [("Fresh", 1), ("Old", 1), ("Old", 2)]  # liked and saved ones are kept
    assert len(list(ctx.settings.blobs_dir.rglob("*.png"))) == 3
    assert len(export_state(ctx)["assets"]) == 1
