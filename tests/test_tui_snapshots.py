"""Screens as pictures (pytest-textual-snapshot): a fixed clock, fixed data, half-cell images.

Update after an intended change with: pytest tests/test_tui_snapshots.py --snapshot-update
"""

from __future__ import annotations

from tui.app import create_app
from tui_support import fixed_clock, make_studio, settle


def studio_app(home):
    make_studio(home)
    return create_app(home=home, clock=fixed_clock, image_mode="halfcell", thread_id="snapshot")


def keys_then_settle(*keys):
    async def run_before(pilot):
        pilot.app.chat.input.cursor_blink = False  # a blinking cursor is half the time not there
        await settle(pilot)
        if keys:
            await pilot.press(*keys)
            await settle(pilot)
    return run_before


def test_sessions_view(snap_compare, atelier_home):
    assert snap_compare(studio_app(atelier_home), terminal_size=(110, 32), run_before=keys_then_settle())


def test_iterations_grid(snap_compare, atelier_home):
    assert snap_compare(studio_app(atelier_home), terminal_size=(110, 32), run_before=keys_then_settle("f4"))


def test_liked_view(snap_compare, atelier_home):
    assert snap_compare(studio_app(atelier_home), terminal_size=(110, 32),
                        run_before=keys_then_settle("f5", "space"))


def test_lightbox(snap_compare, atelier_home):
    assert snap_compare(studio_app(atelier_home), terminal_size=(110, 32),
                        run_before=keys_then_settle("f4", "enter"))


def test_small_terminal(snap_compare, atelier_home):
    assert snap_compare(studio_app(atelier_home), terminal_size=(60, 20), run_before=keys_then_settle())
