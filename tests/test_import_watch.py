"""Watch mode: files dropped into a watched folder arrive, in sessions, once they stop growing."""

from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta, timezone

from tools.generators.base import ImageRequest
from tools.generators.procedural import ProceduralGenerator
from tools.importing.watch import watch_folder

START = datetime(2024, 6, 1, 20, 0, tzinfo=timezone.utc)
DEADLINE_SECONDS = 20


def renders(count: int, first_seed: int) -> list[bytes]:
    requests = [ImageRequest("aurora over a frozen lake", first_seed + i, 64, 64,
                             embed={"created_at": (START + timedelta(minutes=first_seed + i)).isoformat()})
                for i in range(count)]
    return [image.data for image in ProceduralGenerator().generate(requests)]


def wait_for(condition, seconds: float = DEADLINE_SECONDS) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_watch_imports_new_files_as_they_appear(ctx, tmp_path):
    folder = tmp_path / "outputs"
    folder.mkdir()
    stop = threading.Event()
    summaries = []
    watcher = threading.Thread(target=watch_folder, args=(ctx, str(folder)),
                               kwargs={"stop": stop, "debounce": 0.3, "on_import": summaries.append}, daemon=True)
    watcher.start()
    try:
        assert wait_for(lambda: summaries), "the initial import never finished"
        for number, data in enumerate(renders(3, first_seed=0)):
            (folder / f"render-{number}.png").write_bytes(data)
        # One file written slowly, in two parts: it must arrive whole, not as a truncated image.
        slow = renders(1, first_seed=3)[0]
        with open(folder / "slow.png", "wb") as handle:
            handle.write(slow[: len(slow) // 2])
            handle.flush()
            time.sleep(0.8)
            handle.write(slow[len(slow) // 2:])
        (folder / "sub").mkdir()
        (folder / "sub" / "nested.png").write_bytes(renders(1, first_seed=4)[0])

        def arrived() -> bool:
            return ctx.store.scalar("SELECT count(*) FROM generations WHERE session_id IS NOT NULL") == 5

        assert wait_for(arrived), f"only {ctx.store.scalar('SELECT count(*) FROM assets')} of 5 files arrived"
    finally:
        stop.set()
        watcher.join(timeout=10)
    assert not watcher.is_alive()
    sessions = ctx.store.query("SELECT * FROM sessions WHERE origin = 'auto'")
    assert len(sessions) == 1
    seeds = [r["seed"] for r in ctx.store.query(
        "SELECT seed FROM generations WHERE session_id = ? ORDER BY idx", [sessions[0]["id"]])]
    assert seeds == [0, 1, 2, 3, 4]
    assert ctx.store.scalar("SELECT count(*) FROM assets") == 5


def test_watch_follows_moves_marks_deleted_files_missing_and_uses_arrival_time(ctx, tools, tmp_path):
    folder = tmp_path / "outputs"
    (folder / "a").mkdir(parents=True)
    # No time inside (as most ComfyUI and Draw Things files): only its arrival can place it.
    from PIL import Image

    Image.new("RGB", (16, 16), (5, 6, 7)).save(folder / "a" / "timeless.png")
    stop = threading.Event()
    summaries = []
    watcher = threading.Thread(target=watch_folder, args=(ctx, str(folder)),
                               kwargs={"stop": stop, "debounce": 0.3, "on_import": summaries.append}, daemon=True)
    watcher.start()
    try:
        assert wait_for(lambda: summaries), "the initial import never finished"
        tools.tag_assets(ctx, assets=["timeless"], tags=["keep"])
        [asset_id] = [r["id"] for r in ctx.store.query("SELECT id FROM assets")]
        (folder / "b").mkdir()
        (folder / "a" / "timeless.png").rename(folder / "b" / "renamed.png")

        def moved() -> bool:
            row = ctx.store.one("SELECT source_path, missing FROM assets WHERE id = ?", [asset_id])
            paths = [r["path"] for r in ctx.store.query("SELECT path FROM import_files")]
            return row["source_path"] == str(folder / "b" / "renamed.png") and len(paths) == 1 and not row["missing"]

        assert wait_for(moved), "the rename was not followed"
        (folder / "b" / "renamed.png").unlink()
        assert wait_for(lambda: ctx.store.scalar("SELECT missing FROM assets WHERE id = ?", [asset_id]) == 1)
        # A new file without a time of its own arrives while watched: it joins a session at its arrival.
        before = time.time()
        Image.new("RGB", (16, 16), (9, 9, 9)).save(folder / "fresh.png")
        assert wait_for(lambda: ctx.store.scalar("SELECT count(*) FROM generations WHERE session_id IS NOT NULL") == 1)
    finally:
        stop.set()
        watcher.join(timeout=10)
    assets = ctx.store.query("SELECT * FROM assets ORDER BY created_at")
    assert len(assets) == 2 and assets[0]["id"] == asset_id and assets[0]["missing"] == 1
    assert ctx.store.scalar("SELECT count(*) FROM asset_tags WHERE asset_id = ?", [asset_id]) == 1
    fresh = assets[1]
    assert fresh["generated_at_source"] == "arrival in a watched folder" and fresh["generated_at_trust"] == "strong"
    arrived = datetime.fromisoformat(fresh["generated_at"].replace("Z", "+00:00")).timestamp()
    assert before - 1 <= arrived <= time.time()
