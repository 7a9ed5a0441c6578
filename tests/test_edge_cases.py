"""Edge cases found in review: each would have lost data, credits or shown a traceback."""

from __future__ import annotations

import zipfile

import pytest

from tools.errors import AtelierError, Conflict, InvalidInput, NotFound
from tools.generators.procedural import ProceduralGenerator
from tools.state import export_state


class DyingGenerator:
    """Makes two images, then fails the way a bug or a dropped connection does."""

    name = "procedural"

    def __init__(self, before_dying=None):
        self.before_dying = before_dying

    def generate(self, requests, *, on_progress=None, cancel=None):
        for done, image in enumerate(ProceduralGenerator().generate(requests), start=1):
            if done == 3:
                if self.before_dying:
                    self.before_dying()
                raise ConnectionError("backend went away")
            yield image


def test_an_unexpected_generator_error_keeps_made_images_and_releases_the_rest(ctx, tools):
    ctx.generator_override = DyingGenerator()
    with pytest.raises(ConnectionError):
        tools.generate(ctx, prompt="fragile", count=5, size="256x256")
    state = export_state(ctx)
    assert len(state["generations"]) == 2 and state["credits"]["balance"] == 498


def test_session_deleted_while_generating(ctx, tools):
    tools.create_session(ctx, name="Vanishing", prompt="smoke")
    session_id = ctx.current_session_id
    ctx.generator_override = DyingGenerator(
        before_dying=lambda: ctx.store.execute("DELETE FROM sessions WHERE id = ?", [session_id]))
    with pytest.raises(Conflict, match="deleted while generating"):
        tools.generate(ctx, count=5, size="256x256")
    assert export_state(ctx)["credits"]["balance"] == 500


def test_remix_of_an_image_with_an_unsupported_size_uses_the_default(ctx, tools):
    tools.create_session(ctx, name="Odd", prompt="kite")
    tools.generate(ctx, count=1, size="256x256")
    ctx.store.execute("UPDATE generations SET width = 1023, height = 4096")  # as an import may have
    result = tools.remix(ctx, item=1)
    row = ctx.store.one("SELECT width, height FROM generations WHERE id = ?", [result.data["generation_ids"][0]])
    assert (row["width"], row["height"]) == (512, 512)


def test_remix_asks_before_a_big_request_and_refuses_an_impossible_one(ctx, tools):
    tools.create_session(ctx, name="Big", prompt="hills")
    tools.generate(ctx, count=1, size="256x256")
    question = tools.remix.confirmation_question(ctx, tools.remix.parse_args({"item": 1, "count": 30}))
    assert question == "Generate 30 images for 30 credits (balance 499)?"
    with pytest.raises(InvalidInput, match="at most 100"):
        tools.generate.confirmation_question(ctx, tools.generate.parse_args({"prompt": "x", "count": 200}))


def test_deleting_a_session_then_its_saved_asset_leaves_nothing_behind(ctx, tools):
    tools.create_session(ctx, name="Gone", prompt="sand")
    tools.generate(ctx, count=1, size="256x256")
    asset = tools.save_to_library(ctx, items=[1]).data["asset_ids"][0]
    tools.delete_session(ctx, session="Gone")
    assert export_state(ctx)["generations"] == []  # no orphan generation
    tools.delete_assets(ctx, assets=[asset])
    assert export_state(ctx)["assets"] == []
    assert not any(ctx.blobs.root.rglob("*.png"))
    assert tools.sweep.confirmation_question(ctx, tools.sweep.parse_args({})) is None


def test_download_never_drops_files_of_sessions_with_the_same_name(ctx, tools, tmp_path):
    for name in ("Launch", "Launch two"):
        tools.create_session(ctx, name=name, prompt="rocket")
        tools.generate(ctx, count=1, size="256x256")
        tools.like(ctx, items=[1])
    # New names are refused when taken, but a home from before that rule can hold two.
    ctx.store.update("sessions", ctx.current_session_id, {"name": "Launch"})
    result = tools.download(ctx, which="liked", all_sessions=True, path=str(tmp_path / "both.zip"))
    with zipfile.ZipFile(result.data["path"]) as archive:
        assert len(set(archive.namelist())) == 2


@pytest.mark.parametrize("path", ["/dev/null/x.zip", "bad\0name.zip"])
def test_download_to_an_impossible_path_is_a_clear_error(ctx, tools, path):
    tools.create_session(ctx, name="Z", prompt="z")
    tools.generate(ctx, count=1, size="256x256")
    with pytest.raises(AtelierError, match="could not write the zip"):
        tools.download(ctx, items=[1], path=path)


def test_untitled_sessions_take_their_first_prompt_uniquely(ctx, tools):
    tools.create_session(ctx)
    tools.generate(ctx, prompt="neon city", count=1, size="256x256")
    tools.create_session(ctx)
    tools.generate(ctx, prompt="neon city", count=1, size="256x256")
    assert sorted(s["name"] for s in export_state(ctx)["sessions"]) == ["Neon city", "Neon city (2)"]


def test_all_and_liked_skip_archived_generations(ctx, tools):
    tools.create_session(ctx, name="Hide", prompt="fern")
    tools.generate(ctx, count=3, size="256x256")
    tools.archive_generations(ctx, items=[2])
    assert tools.like(ctx, which="all").data["indexes"] == [1, 3]


@pytest.mark.parametrize("ref", ["99999999999999999999", 10**20, "²", "٣"])
def test_odd_numbers_are_not_found_not_a_crash(ctx, tools, ref):
    tools.create_session(ctx, name="Nums", prompt="x")
    tools.generate(ctx, count=1, size="256x256")
    with pytest.raises(NotFound):
        tools.like(ctx, items=[ref])


def test_seed_range_covers_every_image(ctx, tools):
    with pytest.raises(InvalidInput, match="seed"):
        tools.generate(ctx, prompt="x", count=2, seed=2**63 - 1, size="256x256")
    assert export_state(ctx)["generations"] == []


def test_upload_with_a_bad_folder_name_copies_nothing(ctx, tools, tmp_path):
    from PIL import Image

    path = tmp_path / "ok.png"
    Image.new("RGB", (8, 8)).save(path)
    with pytest.raises(InvalidInput, match="folder"):
        tools.upload_asset(ctx, path=str(path), folder="   ")
    assert not ctx.settings.blobs_dir.exists() or not any(ctx.settings.blobs_dir.rglob("*.png"))


def test_assets_are_never_matched_by_part_of_a_title(ctx, tools, tmp_path):
    from PIL import Image

    path = tmp_path / "national anthem choir.png"
    Image.new("RGB", (8, 8)).save(path)
    tools.upload_asset(ctx, path=str(path))
    with pytest.raises(NotFound):
        tools.delete_assets(ctx, assets=["them"])
    question = tools.delete_assets.confirmation_question(
        ctx, tools.delete_assets.parse_args({"assets": ["National Anthem Choir"]}))
    assert "'national anthem choir'" in question


def test_adding_credits_always_asks(ctx, tools):
    question = tools.add_credits.confirmation_question(ctx, tools.add_credits.parse_args({"amount": 50}))
    assert question == "Add 50 credits to the balance (500 now)?"


def test_a_session_name_in_use_is_refused_and_nothing_changes(ctx, tools):
    tools.create_session(ctx, name="Summer Launch")
    tools.create_session(ctx, name="Winter")
    before = export_state(ctx)
    with pytest.raises(AtelierError, match="already exists — say \"open Summer Launch\""):
        tools.create_session(ctx, name="summer launch")
    with pytest.raises(AtelierError, match="already exists"):
        tools.rename_session(ctx, session="Winter", new_name="SUMMER LAUNCH")
    assert export_state(ctx) == before
    tools.rename_session(ctx, session="Winter", new_name="winter")  # its own name, in other letters
