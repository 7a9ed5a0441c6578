"""A small studio with fixed times (for pilot and snapshot tests) and pilot helpers."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timezone

from tools.context import Context
from tools.generators.base import GenerationCancelled
from tools.generators.procedural import ProceduralGenerator
from tools.registry import get_registry

FIXED_NOW = datetime(2026, 3, 14, 18, 0, tzinfo=timezone.utc)


def fixed_clock() -> datetime:
    return FIXED_NOW


def make_studio(home) -> dict:
    """Two sessions (one used today, one last week) with images, two liked, one saved; fixed times."""
    tools = get_registry()
    ctx = Context.open(home)
    try:
        launch = tools["create_session"](ctx, {"name": "Summer Launch", "project": "Launch"}).data["session"]["id"]
        tools["generate"](ctx, {"prompt": "a teal beach at dawn", "count": 4, "session": launch, "seed": 11})
        harbour = tools["create_session"](ctx, {"name": "Harbour Study"}).data["session"]["id"]
        tools["generate"](ctx, {"prompt": "red boats in a harbour", "count": 3, "session": harbour, "seed": 5})
        tools["like"](ctx, {"items": [2, 3], "session": launch})
        tools["save_to_library"](ctx, {"items": [1], "session": harbour})
        times = {launch: "2026-03-14T09:00:00.000000Z", harbour: "2026-03-10T15:30:00.000000Z"}
        with ctx.store.transaction():
            for session_id, moment in times.items():
                ctx.store.execute(
                    "UPDATE sessions SET created_at = ?, last_used_at = ?, started_at = ?, ended_at = ?, "
                    "last_generated_at = ? WHERE id = ?", [moment] * 5 + [session_id])
                ctx.store.execute(
                    "UPDATE generations SET created_at = substr(?, 1, 14) || printf('%02d', 10 + idx) || substr(?, 17), "
                    "liked_at = NULL WHERE session_id = ?", [moment, moment, session_id])
                # Distinct like times: the Liked order (newest like first) must not fall back to random ids.
                ctx.store.execute("UPDATE generations SET liked_at = created_at WHERE session_id = ? AND liked = 1",
                                  [session_id])
            ctx.store.execute("UPDATE assets SET created_at = ?", ["2026-03-12T12:00:00.000000Z"])
        return {"launch": launch, "harbour": harbour}
    finally:
        ctx.close()


class SlowGenerator(ProceduralGenerator):
    """The procedural renderer, a fixed pause per image, honouring cancel between images."""

    def __init__(self, pause: float = 0.15):
        super().__init__()
        self.pause = pause
        self.started = threading.Event()

    def generate(self, requests, *, on_progress=None, cancel=None):
        for done, request in enumerate(requests, start=1):
            self.started.set()
            time.sleep(self.pause)
            if cancel is not None and cancel.is_set():
                raise GenerationCancelled()
            yield from super().generate([request])
            if on_progress:
                on_progress(done, len(requests))


async def settle(pilot, rounds: int = 400) -> None:
    """Wait until turns, actions and thumbnail loads are done and the screen has caught up."""
    app = pilot.app
    last, stable = None, 0
    for _ in range(rounds):
        await app.workers.wait_for_complete()
        await pilot.pause()
        # Quiet twice in a row: no worker, no thumbnail loading, none handed out as "loading".
        now = (app.thumbs.pending, app.thumbs.misses, app.turn_running, len(app.workers))
        quiet = not app.thumbs.pending and not app.turn_running and not len(app.workers)
        stable = stable + 1 if quiet and now == last else 0
        if stable >= 2:
            break
        last = now
        await pilot.pause(0.03)
    await pilot.pause()


async def say(pilot, text: str) -> None:
    """Type a message into the chat and send it, then wait for the turn."""
    app = pilot.app
    app.chat.input.focus()
    app.chat.input.value = text
    await pilot.press("enter")
    await settle(pilot)


async def send_until(pilot, text: str, seen) -> None:
    """Send a chat message and wait (at most ~8 s) until ``seen(app)`` holds while the turn runs."""
    app = pilot.app
    app.chat.input.value = text
    await pilot.press("enter")
    for _ in range(400):
        await pilot.pause(0.02)
        if seen(app):
            return


def screen_text(app) -> str:
    """What the terminal shows, as plain text."""
    # Textual has no public plain-text export (export_screenshot is SVG); the compositor's strips are it.
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())
