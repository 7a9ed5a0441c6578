from __future__ import annotations

import zipfile

import pytest

from tools.errors import InvalidInput
from tools.state import export_state


@pytest.fixture
def session(ctx, tools):
    tools.create_session(ctx, name="Grid", prompt="glass jellyfish")
    tools.generate(ctx, count=6, size="256x256", seed=100)
    return ctx


def flags(ctx, column):
    return [r["idx"] for r in ctx.store.query(f"SELECT idx FROM generations WHERE {column} = 1 ORDER BY idx")]


def test_numbers_seeds_and_provenance(session, tools):
    generations = export_state(session)["generations"]
    assert [g["index"] for g in generations] == [1, 2, 3, 4, 5, 6]
    assert [g["seed"] for g in generations] == [100, 101, 102, 103, 104, 105]
    assert {(g["model"], g["provider"], g["media_type"]) for g in generations} == {
        ("procedural", "procedural", "image")}
    assert export_state(session)["credits"]["balance"] == 494


def test_like_unlike_select_archive(session, tools):
    tools.like(session, items=[2, 5, "4"])
    tools.unlike(session, items=[5])
    tools.select(session, items=[1, 2])
    tools.deselect(session, items=[1])
    tools.archive_generations(session, items=[6])
    assert flags(session, "liked") == [2, 4]
    assert flags(session, "selected") == [2]
    assert flags(session, "archived") == [6]
    listed = tools.list_generations(session).data["generations"]
    assert [g["index"] for g in listed] == [1, 2, 3, 4, 5]
    tools.unarchive_generations(session, items=[6])
    assert flags(session, "archived") == []


def test_which_selectors(session, tools):
    tools.like(session, items=[1, 3])
    tools.save_to_library(session, which="liked", folder="Keepers")
    assert len(export_state(session)["assets"]) == 2
    tools.archive_generations(session, which="unliked")
    assert flags(session, "archived") == [2, 4, 5, 6]


def test_liked_collection_spans_sessions(session, tools):
    tools.like(session, items=[1])
    tools.create_session(session, name="Other", prompt="paper boats")
    tools.generate(session, count=2, size="256x256")
    tools.like(session, items=[2])
    liked = tools.liked_generations(session).data["generations"]
    assert [g["prompt"] for g in liked] == ["paper boats", "glass jellyfish"]
    saved = tools.save_to_library(session, which="liked", all_sessions=True, folder="Best")
    assert len(saved.data["asset_ids"]) == 2


def test_remix_records_lineage_and_keeps_size(session, tools):
    result = tools.remix(session, item=3, prompt="glass jellyfish, neon")
    [child] = [g for g in export_state(session)["generations"] if g["id"] in result.data["generation_ids"]]
    parent = session.store.one("SELECT id FROM generations WHERE idx = 3")
    assert child["parent_id"] == parent["id"] and child["index"] == 7
    assert child["prompt"] == "glass jellyfish, neon"
    assert session.store.scalar("SELECT width FROM generations WHERE id = ?", [child["id"]]) == 256


def test_remix_from_the_same_seed_and_its_bad_input(session, tools):
    result = tools.remix(session, item=3, same_seed=True)
    [child] = [g for g in export_state(session)["generations"] if g["id"] in result.data["generation_ids"]]
    assert child["seed"] == session.store.scalar("SELECT seed FROM generations WHERE idx = 3")
    before = export_state(session)
    with pytest.raises(InvalidInput, match="both a seed"):
        tools.remix(session, item=3, same_seed=True, seed=7)
    assert export_state(session) == before


def test_reassign_moves_and_renumbers(session, tools):
    tools.create_session(session, name="Elsewhere", prompt="x")
    tools.generate(session, count=1, size="256x256")
    tools.open_session(session, session="Grid")
    tools.save_to_library(session, items=[2])
    result = tools.reassign(session, items=[2, 3], to_session="elsewhere")
    assert result.data["indexes"] == [2, 3]
    counts = {s["name"]: s["generation_count"] for s in export_state(session)["sessions"]}
    assert counts == {"Grid": 4, "Elsewhere": 3}
    asset = export_state(session)["assets"][0]
    assert asset["session_id"] == result.data["session_id"]


def test_download_zip(session, tools, tmp_path):
    tools.like(session, items=[1, 4])
    result = tools.download(session, which="liked", path=str(tmp_path / "picks.zip"))
    with zipfile.ZipFile(result.data["path"]) as archive:
        names = sorted(archive.namelist())
        assert names == ["Grid/Grid-1.png", "Grid/Grid-4.png"]
        assert archive.read(names[0]).startswith(b"\x89PNG")


def test_same_request_same_pixels(ctx, tools):
    tools.create_session(ctx, name="Repeat", prompt="red dunes")
    first = tools.generate(ctx, count=1, size="256x256", seed=7).data["generation_ids"][0]
    second = tools.generate(ctx, count=1, size="256x256", seed=7).data["generation_ids"][0]
    from PIL import Image

    paths = [ctx.blobs.path_for(*ctx.store.one(
        "SELECT blob_sha256, file_ext FROM generations WHERE id = ?", [g]).values()) for g in (first, second)]
    with Image.open(paths[0]) as a, Image.open(paths[1]) as b:
        assert a.tobytes() == b.tobytes()


def test_files_carry_metadata_a_reimport_can_read(session):
    from PIL import Image

    row = session.store.one("SELECT * FROM generations WHERE idx = 1")
    with Image.open(session.blobs.path_for(row["blob_sha256"], row["file_ext"])) as image:
        assert "glass jellyfish" in image.text["parameters"]
        assert row["id"] in image.text["atelier"] and row["session_id"] in image.text["atelier"]


def test_progress_is_reported(ctx, tools):
    seen = []
    ctx.on_progress = lambda label, done, total: seen.append((label, done, total))
    tools.generate(ctx, prompt="dots", count=3, size="256x256")
    assert seen == [("generating", 1, 3), ("generating", 2, 3), ("generating", 3, 3)]


@pytest.mark.parametrize("excluded", [[3], ["3"], [" 3"], ["#3"]])
def test_all_but_one_leaves_exactly_that_one_however_it_is_written(ctx, tools, excluded):
    tools.create_session(ctx, name="Exclusions")
    tools.generate(ctx, prompt="pebbles", count=4)
    tools.archive_generations(ctx, which="all", exclude=excluded)
    archived = {r["idx"]: r["archived"] for r in ctx.store.query("SELECT idx, archived FROM generations")}
    assert archived == {1: 1, 2: 1, 3: 0, 4: 1}


def test_an_exclusion_that_names_nothing_changes_nothing(ctx, tools):
    from tools.errors import NotFound

    tools.create_session(ctx, name="Exclusions")
    tools.generate(ctx, prompt="pebbles", count=2)
    with pytest.raises(NotFound):
        tools.archive_generations(ctx, which="all", exclude=[9])
    assert ctx.store.scalar("SELECT sum(archived) FROM generations") == 0


def test_leaving_one_out_of_the_whole_liked_collection(ctx, tools):
    from tools.errors import InvalidInput

    tools.create_session(ctx, name="Likes")
    made = tools.generate(ctx, prompt="shells", count=3).data
    tools.like(ctx, which="all")
    with pytest.raises(InvalidInput, match="numbers belong to one session"):
        tools.unlike(ctx, which="liked", all_sessions=True, exclude=[3])
    keep = ctx.store.scalar("SELECT id FROM generations WHERE idx = 3")
    tools.unlike(ctx, which="liked", all_sessions=True, exclude=[keep])
    assert [r["idx"] for r in ctx.store.query("SELECT idx FROM generations WHERE liked = 1")] == [3]
    assert made


def test_liking_again_keeps_the_place_in_the_liked_collection(ctx, tools):
    tools.create_session(ctx, name="Order")
    tools.generate(ctx, prompt="kites", count=2)
    tools.like(ctx, items=[1])
    first = ctx.store.scalar("SELECT liked_at FROM generations WHERE idx = 1")
    tools.like(ctx, items=[2])
    tools.like(ctx, items=[1])
    assert ctx.store.scalar("SELECT liked_at FROM generations WHERE idx = 1") == first


def test_a_cancel_before_the_first_image_leaves_no_empty_session(ctx, tools):
    ctx.cancel.set()
    result = tools.generate(ctx, prompt="a whale", count=3)  # no session yet: this one would start one
    assert ctx.store.scalar("SELECT count(*) FROM sessions") == 0, result.message
    assert ctx.store.scalar("SELECT credit_balance FROM workspaces") == 500


def test_saving_rows_someone_else_saved_meanwhile_keeps_one_asset(ctx, tools):
    from tools.library import save_generation_rows

    tools.create_session(ctx, name="Race")
    tools.generate(ctx, prompt="kites", count=1)
    stale = ctx.store.query("SELECT * FROM generations")
    tools.save_to_library(ctx, items=[1])  # another conversation, after our rows were read
    with ctx.store.transaction():
        save_generation_rows(ctx, stale)
    assert ctx.store.scalar("SELECT count(*) FROM assets") == 1


def test_a_broken_thumbnail_pool_never_fails_work_already_done(ctx, tools, monkeypatch):
    from concurrent.futures.process import BrokenProcessPool

    from tools.importing import thumbnails

    class Broken:
        def submit(self, *args, **kwargs):
            raise BrokenProcessPool("a worker died")

        def shutdown(self, **kwargs):
            pass

    monkeypatch.setattr(ctx.settings, "thumbnail_workers", 1)
    monkeypatch.setattr(thumbnails, "_background_pool", lambda workers: Broken())
    tools.create_session(ctx, name="Thumbs")
    result = tools.generate(ctx, prompt="kites", count=2)
    assert "2" in result.message and ctx.store.scalar("SELECT count(*) FROM generations") == 2
