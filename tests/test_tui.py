"""The TUI driven as a person would: keys and typed messages through Textual's pilot."""

from __future__ import annotations

import json

import pytest

from helpers import read_state
from tui.app import create_app
from tools.context import Context
from tools.registry import get_registry
from tui.screens import ChoiceScreen, ConfirmScreen, HelpScreen, LightboxScreen, PromptScreen
from tui_support import SlowGenerator, fixed_clock, make_studio, say, screen_text, send_until, settle

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def app_for(home, **options):
    return create_app(home=home, clock=fixed_clock, image_mode="halfcell", **options)


def session_named(state, name):
    return next((s for s in state["sessions"] if s["name"] == name), None)


async def test_starts_with_chat_focused_and_ctrl_q_quits_with_status_0(atelier_home):
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        assert app.focused is app.chat.input
        text = screen_text(app)
        assert "offline planner" in text and "500 credits" in text
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


async def test_typing_a_request_makes_the_session_appear(atelier_home):
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await say(pilot, "start a session called Pilot Test and generate 3 images of a lighthouse")
        state = read_state(atelier_home)
        session = session_named(state, "Pilot Test")
        assert session and session["generation_count"] == 3
        assert app.view("sessions").keys == [session["id"]]
        text = screen_text(app)
        assert "Pilot Test" in text and "3 items" in text
        assert "Generated 3 images" in text  # the chat shows the result
        assert "session: Pilot Test" in text and "497 credits" in text  # the header follows


async def test_confirm_a_deletion_in_the_modal(atelier_home):
    ids = make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("escape")  # from the chat to the view
        view = app.view("sessions")
        assert view.current_key == ids["launch"]
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Summer Launch" in app.screen.question
        await pilot.press("y")
        await settle(pilot)
        assert view.keys == [ids["harbour"]]
    state = read_state(atelier_home)
    assert session_named(state, "Summer Launch") is None
    assert session_named(state, "Harbour Study")


async def test_decline_a_deletion_changes_nothing(atelier_home):
    make_studio(atelier_home)
    before = read_state(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "x")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert "Not done" in screen_text(app)
    assert read_state(atelier_home) == before


async def test_a_deletion_asked_in_chat_is_confirmed_in_the_modal_and_resumes_the_graph(atelier_home):
    make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await say(pilot, "delete the session Harbour Study")
        assert isinstance(app.screen, ConfirmScreen)
        assert session_named(read_state(atelier_home), "Harbour Study")  # nothing before the answer
        await pilot.click("#yes")
        await settle(pilot)
        assert session_named(read_state(atelier_home), "Harbour Study") is None
        assert len(app.view("sessions").keys) == 1


async def test_like_from_the_lightbox(atelier_home):
    ids = make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        grid = app.view("iterations")
        target = grid.current_key
        assert not grid.current_detail()["liked"]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LightboxScreen)
        assert "Lineage" in screen_text(app)
        await pilot.press("l")
        await settle(pilot)
        assert "♥ yes" in screen_text(app)
        await pilot.press("left")  # pages through its session (the newest is shown first)
        await pilot.pause()
        assert app.screen.generation_id != target
        await pilot.press("escape")
        await settle(pilot)
    liked = {g["id"] for g in read_state(atelier_home)["generations"] if g["liked"]}
    assert target in liked and len(liked) == 3
    assert ids


async def test_bulk_save_from_liked(atelier_home):
    make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        assert len(app.view("liked").keys) == 2
        await pilot.press("s")
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        assert len(app.view("library").keys) == 3
    state = read_state(atelier_home)
    liked = [g for g in state["generations"] if g["liked"]]
    assert all(g["saved_asset_id"] for g in liked)
    assert len(state["assets"]) == 3


async def test_library_shows_one_folder_project_or_tag_and_then_all_again(atelier_home):
    make_studio(atelier_home)
    ctx = Context.open(atelier_home)
    try:  # four assets: two in folder "Picks [b]" (one tagged blue), two in folder Other
        tools = get_registry()
        tools["save_to_library"](ctx, {"items": [2, 3], "session": "Summer Launch", "folder": "Picks [b]"})
        tools["save_to_library"](ctx, {"items": [4], "session": "Summer Launch"})
        picked = [r["id"] for r in ctx.store.query(
            "SELECT a.id FROM assets a JOIN folders f ON f.id = a.folder_id WHERE f.name = 'Picks [b]'")]
        others = [r["id"] for r in ctx.store.query("SELECT id FROM assets WHERE folder_id IS NULL")]
        tools["move_assets"](ctx, {"assets": others, "folder": "Other"})
        tools["tag_assets"](ctx, {"assets": [picked[0]], "tags": ["blue"]})
    finally:
        ctx.close()
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f6")
        await settle(pilot)
        library = app.view("library")
        assert len(library.keys) == 4
        library.focus()
        await pilot.press("f")
        await pilot.pause()
        assert isinstance(app.screen, ChoiceScreen)
        labels = [label for label, _ in app.screen.choices]
        assert "Folder: Picks [b] (2)" in labels and "Tag: blue (1)" in labels
        await pick(pilot, app.screen, ("folder", "Picks [b]"))
        assert sorted(library.keys) == sorted(picked)
        assert "in folder Picks [b]" in screen_text(app)  # markup in a name shows as text
        await pilot.press("f")
        await pilot.pause()
        await pick(pilot, app.screen, ("tag", "blue"))
        assert library.keys == [picked[0]]
        await pilot.press("f")
        await pilot.pause()
        await pilot.press("escape")  # cancelling keeps the scope
        await settle(pilot)
        assert library.keys == [picked[0]]
        await pilot.press("f")
        await pilot.pause()
        await pick(pilot, app.screen, "all")
        assert len(library.keys) == 4


async def pick(pilot, screen, value) -> None:
    """Move the option list's highlight to ``value`` with the arrow keys and press Enter."""
    position = [v for _, v in screen.choices].index(value)
    await pilot.press(*["down"] * position, "enter")
    await settle(pilot)


async def test_marked_liked_items_download_and_post(atelier_home):
    make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f5")
        await settle(pilot)
        liked = app.view("liked")
        marked = liked.current_key
        await pilot.press("space", "d")
        await settle(pilot)
        assert "Wrote 1 image " in screen_text(app)
        await pilot.press("p")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        await pilot.press(*"Dawn teaser", "enter")
        await settle(pilot)
    state = read_state(atelier_home)
    assert [p["caption"] for p in state["posts"]] == ["Dawn teaser"]
    saved = {g["saved_asset_id"] for g in state["generations"] if g["id"] == marked}
    assert state["posts"][0]["asset_ids"] == list(saved)


async def test_a_change_made_in_chat_shows_in_the_open_grid(atelier_home):
    make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        grid = app.view("iterations")
        assert len(grid.keys) == 7
        await say(pilot, "generate 2 images of a lighthouse in session Harbour Study")
        assert len(grid.keys) == 9
        assert app.query_one("#views").border_title.startswith("Iterations (F4) · 9")


async def test_each_view_renders_with_its_facts(atelier_home):
    make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(140, 44)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "Today" in text and "This week" in text  # grouped by the fixed clock
        assert "Summer Launch" in text and "project Launch" in text and "4 items" in text
        await pilot.press("f3")
        await settle(pilot)
        assert "Harbour Study  3 items" in screen_text(app)
        await pilot.press("f4")
        await settle(pilot)
        assert "#4 Summer" in screen_text(app)
        await pilot.press("t")  # Timeline: one row per generation under day headers
        await settle(pilot)
        text = screen_text(app)
        assert "Saturday 14 March 2026" in text and "Timeline" in text
        await pilot.press("f")  # media filter: images only
        await settle(pilot)
        assert len(app.view("iterations").keys) == 7
        await pilot.press("f")  # video: none here
        await settle(pilot)
        assert app.view("iterations").keys == []
        await pilot.press("f6")
        await settle(pilot)
        text = screen_text(app)
        assert "Folders:" in text and "red boats in a harbour" in text and "procedural" in text


async def test_sessions_view_keys_rename_archive_and_show_archived(atelier_home):
    ids = make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "r")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one("#answer").value = "Autumn Launch"
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("a")  # archive it: it leaves the list
        await settle(pilot)
        view = app.view("sessions")
        assert view.keys == [ids["harbour"]]
        await pilot.press("h")  # archived ones on a toggle
        await settle(pilot)
        assert ids["launch"] in view.keys
        assert "ARCHIVED" in screen_text(app)
    state = read_state(atelier_home)
    assert session_named(state, "Autumn Launch")["status"] == "archived"


async def test_enter_on_a_session_opens_its_iterations_and_escape_shows_all(atelier_home):
    ids = make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("escape", "down", "enter")
        await settle(pilot)
        grid = app.view("iterations")
        assert grid.session_id == ids["harbour"] and len(grid.keys) == 3
        await pilot.press("escape")
        await settle(pilot)
        assert len(grid.keys) == 7


async def test_help_screen_and_command_palette_switch_views(atelier_home):
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"View: Library")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(pilot)
        assert app.query_one("#views").current == "library"


async def test_mouse_click_selects_and_a_second_click_opens(atelier_home):
    make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        grid = app.view("iterations")
        await pilot.click(grid, offset=(20, 2))  # the second tile of the first row
        assert grid.cursor == 1
        await pilot.click(grid, offset=(20, 2))
        await settle(pilot)
        assert isinstance(app.screen, LightboxScreen)


# -- bad input --------------------------------------------------------------------------------------

async def test_a_60_by_20_terminal_stays_usable(atelier_home):
    make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        assert app.focused is app.chat.input
        views, chat = app.query_one("#views"), app.query_one("#chat")
        assert views.region.height >= 6 and chat.region.height >= 6
        assert views.region.width == chat.region.width == 60  # stacked, not squeezed
        assert app.chat.input.region.height >= 1
        await say(pilot, "list my sessions")
        assert "Summer Launch" in screen_text(app)
        await pilot.press("f4")
        await settle(pilot)
        assert app.view("iterations").columns >= 1 and "#4" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LightboxScreen) and "Prompt" in screen_text(app)


async def test_missing_image_files_show_a_placeholder(atelier_home):
    make_studio(atelier_home)
    import shutil

    shutil.rmtree(atelier_home / "blobs")
    shutil.rmtree(atelier_home / "thumbs", ignore_errors=True)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f4")
        await settle(pilot)
        assert "missing" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert "The image file is missing" in screen_text(app)
        await pilot.press("escape", "f6")
        await settle(pilot)
        assert "MISSING FILE" in screen_text(app)


async def test_escape_codes_and_markup_in_prompts_show_as_text(atelier_home, ctx, tools):
    hostile = "\x1b[31mred\x1b[0m [bold]loud[/bold] [link=http://x]y[/link] \x07bell"
    session = tools.create_session(ctx, name="[b]Odd[/b]").data["session_id"]
    tools.generate(ctx, prompt=hostile, count=1, session=session)
    app = app_for(atelier_home)
    async with app.run_test(size=(140, 40)) as pilot:
        await settle(pilot)
        text = screen_text(app)
        assert "[b]Odd[/b]" in text and "\x1b" not in text
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        shown = app.screen.query_one("#meta").content.plain  # the lightbox's metadata, as drawn
        # Whole escape sequences go (no "[31m" left behind); markup stays the text it is.
        assert "Prompt: red [bold]loud[/bold] [link=http://x]y[/link] bell" in shown
        text = screen_text(app)
        assert "[bold]loud[/bold]" in text and "\x1b" not in text and "\x07" not in text
        await pilot.press("escape")
        await say(pilot, "rename this session to [red]x[/red]")
        assert "[red]x[/red]" in screen_text(app)


async def test_quitting_mid_generation_keeps_finished_images_and_releases_the_rest(atelier_home):
    app = app_for(atelier_home)
    slow = SlowGenerator(pause=0.15)
    app.assistant.ctx.generator_override = slow
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await send_until(pilot, "start a session called Interrupted and generate 12 images of rain",
                         lambda app: "generating 2/12" in screen_text(app) or "generating 3/12" in screen_text(app))
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0
    state = read_state(atelier_home)
    session = session_named(state, "Interrupted")
    made = session["generation_count"]
    assert 2 <= made < 12
    assert state["credits"]["balance"] == 500 - made  # the hold for the rest was released


@pytest.mark.slow
@pytest.mark.parametrize("sessions,generations", [(1500, 15000)])
async def test_a_big_home_reads_only_what_is_on_screen(atelier_home, sessions, generations):
    from bench.bench_store import populate
    from tools.context import Context

    ctx = Context.open(atelier_home)
    populate(ctx, sessions, generations)
    ctx.close()
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        view = app.view("sessions")
        assert len(view.keys) == sessions - sessions // 10  # archived hidden
        assert len(view._details) <= 200
        await pilot.press("escape", *["pagedown"] * 10)
        await pilot.pause()
        assert view.cursor > 30 and len(view._details) <= 400
        await pilot.press("f4", "end")
        await pilot.pause()
        grid = app.view("iterations")
        assert grid.cursor == len(grid.keys) - 1 and len(grid._details) <= 300


def test_tui_is_a_front_door_that_never_imports_channels():
    import subprocess
    import sys

    probe = ("import sys, pkgutil, importlib, tui\n"
             "for info in pkgutil.walk_packages(tui.__path__, 'tui.'): importlib.import_module(info.name)\n"
             "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] == 'channels')))\n")
    completed = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.strip() == ""


async def test_ctrl_x_stops_a_running_turn_and_the_chat_goes_on(atelier_home):
    app = app_for(atelier_home)
    app.assistant.ctx.generator_override = SlowGenerator(pause=0.15)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await send_until(pilot, "start a session called Stopped and generate 12 images of snow",
                         lambda app: "generating 2/12" in screen_text(app) or "generating 3/12" in screen_text(app))
        assert app.turn_running and "working" in screen_text(app)
        await pilot.press("ctrl+x")
        await settle(pilot)
        assert not app.turn_running
        made = session_named(read_state(atelier_home), "Stopped")["generation_count"]
        assert 2 <= made < 12
        await say(pilot, "list my sessions")  # the conversation goes on
        assert "Stopped" in screen_text(app)
    assert read_state(atelier_home)["credits"]["balance"] == 500 - made


def test_the_grid_uses_the_thumbnail_the_background_workers_made(ctx, tools, atelier_home):
    """Thumbnails are named by content hash; the TUI finds that one instead of making a second."""
    from tools.importing.thumbnails import render_thumbnail, thumbnail_path
    from tui.images import Thumbnails

    tools.create_session(ctx, name="Thumbs")
    tools.generate(ctx, prompt="kites", count=1)
    row = ctx.store.one("SELECT * FROM generations")
    assert row["content_hash"]
    made = thumbnail_path(atelier_home, row["content_hash"])
    render_thumbnail((str(ctx.blobs.path_for(row["blob_sha256"], row["file_ext"])), str(made)))
    thumbs = Thumbnails(atelier_home, ctx.blobs)
    try:
        assert thumbs.source(row["blob_sha256"], row["file_ext"], row["content_hash"]) == made
        assert not thumbnail_path(atelier_home, row["blob_sha256"]).exists()  # no second copy
    finally:
        thumbs.close()


async def test_a_streamed_reply_grows_in_the_chat_before_it_is_final(atelier_home, monkeypatch):
    import threading

    from agent.testing import LoopbackOpenAI

    with LoopbackOpenAI() as server:
        monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)
        monkeypatch.setenv("OPENAI_API_KEY", "sk-test-not-real")
        monkeypatch.setenv("ATELIER_PLANNER_SHORTCUT", "0")
        server.hold = threading.Event()
        server.enqueue(server.text("Beams [b]glow[/b] at dusk."))
        app = app_for(atelier_home)
        async with app.run_test(size=(120, 36)) as pilot:
            await settle(pilot)
            await send_until(pilot, "tell me about lighthouses", lambda app: app.chat.partial_text)
            # The first word is on screen while the model is still writing the rest.
            assert app.chat.partial_text == "Beams "
            assert "atelier› Beams" in screen_text(app) and "dusk" not in screen_text(app)
            server.hold.set()
            await settle(pilot)
            assert app.chat.partial_text == ""
            text = screen_text(app)
            assert "atelier› Beams [b]glow[/b] at dusk." in text  # markup stays text
            assert text.count("Beams") == 1  # the whole reply once, not the pieces too
        assert server.requests[0]["stream"] is True


async def test_the_lightbox_shows_its_sessions_reflection_summary_as_text(atelier_home, ctx):
    ids = make_studio(atelier_home)
    summary = "Teal \x1b[31mworked[/red] best; [bold]warm[/bold] skies next"
    with ctx.store.transaction():
        ctx.store.execute("UPDATE sessions SET reflection = ? WHERE id = ?",
                          [json.dumps({"summary": summary}), ids["launch"]])
    app = app_for(atelier_home)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        assert "✦ Teal worked[/red] best; [bold]warm[/bold] skies next" in screen_text(app)  # the card
        await pilot.press("f4")
        await settle(pilot)
        assert app.view("iterations").current_detail()["session_id"] == ids["launch"]  # newest first
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LightboxScreen)
        facts = str(app.screen.query_one("#meta").content)
        assert "Session reflection: Teal worked[/red] best; [bold]warm[/bold] skies next" in facts
        assert "\x1b" not in facts


@pytest.mark.parametrize("detected", ["TGPImage", "SixelImage"])
async def test_the_lightbox_uses_the_detected_protocol_and_grids_stay_half_cell(atelier_home, monkeypatch, detected):
    """What textual-image detected at import (Kitty's TGP or Sixel) draws the one large picture only."""
    import textual_image.widget as image_widgets

    import tui.app

    make_studio(atelier_home)
    monkeypatch.setattr(tui.app.image_widgets, "Image", getattr(image_widgets, detected))
    app = create_app(home=atelier_home, clock=fixed_clock, image_mode="auto")
    async with app.run_test(size=(120, 36)) as pilot:
        await pilot.press("f4")
        await settle(pilot)
        assert not app.query(image_widgets.BaseImage)  # the grid draws half-cell strips itself
        await pilot.press("enter")
        await settle(pilot)
        pictures = list(app.screen.query(image_widgets.BaseImage))
        assert [type(p) for p in pictures] == [getattr(image_widgets, detected)]


async def test_ctrl_x_stops_a_remix_started_from_a_key_and_spends_nothing(atelier_home):
    import asyncio

    make_studio(atelier_home)
    app = app_for(atelier_home)
    slow = SlowGenerator(pause=1.0)
    app.ctx.generator_override = slow
    before = read_state(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await pilot.press("f4")
        await settle(pilot)
        await pilot.press("m")  # remix the selected image, from the grid
        for _ in range(200):
            if slow.started.is_set():
                break
            await asyncio.sleep(0.01)
        assert app.actions_running == 1 and "working (Ctrl+X stops)" in screen_text(app)
        await pilot.press("ctrl+x")
        await settle(pilot)
        assert app.actions_running == 0 and "working" not in screen_text(app)
        assert "cancel" in screen_text(app).lower()
    after = read_state(atelier_home)
    assert len(after["generations"]) == len(before["generations"])
    assert after["credits"]["balance"] == before["credits"]["balance"]  # the hold was released


async def test_undo_typed_after_a_key_undoes_that_key_not_an_older_chat_change(atelier_home):
    make_studio(atelier_home)
    app = app_for(atelier_home)
    async with app.run_test(size=(120, 36)) as pilot:
        await settle(pilot)
        await say(pilot, "open Summer Launch")
        await say(pilot, "like 4")  # a change made in chat
        await pilot.press("escape", "f4")
        await settle(pilot)
        grid = app.view("iterations")
        target = grid.current_key
        assert not grid.current_detail()["archived"]
        await pilot.press("a")  # archive from the grid: the newest change
        await settle(pilot)
        await say(pilot, "undo")
        assert "Undid: archived" in screen_text(app)
    state = read_state(atelier_home)
    launch = session_named(state, "Summer Launch")["id"]
    liked_in_chat = next(g for g in state["generations"] if g["session_id"] == launch and g["index"] == 4)
    assert not next(g for g in state["generations"] if g["id"] == target)["archived"]
    assert liked_in_chat["liked"]  # the older change, made in chat, stays
