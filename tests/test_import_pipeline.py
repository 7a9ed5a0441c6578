"""Import: round trip of Atelier's own images, idempotency, moves, incremental reads, auto sessions."""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import time
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from tools.generators.base import ImageRequest
from tools.generators.procedural import ProceduralGenerator
from tools.importing import ImportFolderArgs, import_folder, reading
from tools.importing.pipeline import import_paths
from tools.importing.thumbnails import thumbnail_path, thumbnails_for_assets
from tools.generations import GenerateArgs, ReassignArgs, generate, like, reassign
from tools.library import TagAssetsArgs, tag_assets
from tools.selection import SelectionArgs
from tools.sessions import RenameSessionArgs, rename_session
from tools.state import export_state

DAY = datetime(2024, 5, 1, tzinfo=timezone.utc)


def at(hour: int, minute: int = 0, second: int = 0) -> datetime:
    return DAY + timedelta(hours=hour, minutes=minute, seconds=second)


def write_atelier_pngs(folder: Path, times: list[datetime], prompt: str = "neon city at night",
                       first_seed: int = 1, name: str = "render") -> list[Path]:
    """Atelier's own renders, named without dates and given fresh file times (as after a copy)."""
    folder.mkdir(parents=True, exist_ok=True)
    requests = [ImageRequest(prompt, first_seed + i, 64, 64, embed={"created_at": t.isoformat()})
                for i, t in enumerate(times)]
    paths = []
    for i, image in enumerate(ProceduralGenerator().generate(requests)):
        path = folder / f"{name}_{first_seed + i}.png"
        path.write_bytes(image.data)
        paths.append(path)
    stamp = time.time()
    for path in paths:
        os.utime(path, (stamp, stamp))
    return paths


def plain_png(path: Path, text: dict[str, str] | None = None, color=(10, 20, 30), png_time: datetime | None = None) -> Path:
    info = PngInfo()
    for key, value in (text or {}).items():
        info.add_text(key, value)
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), color).save(buffer, "PNG", pnginfo=info)
    data = buffer.getvalue()
    if png_time is not None:
        body = struct.pack(">HBBBBB", png_time.year, png_time.month, png_time.day, png_time.hour,
                           png_time.minute, png_time.second)
        chunk = struct.pack(">I", 7) + b"tIME" + body + struct.pack(">I", zlib.crc32(b"tIME" + body))
        data = data[:33] + chunk + data[33:]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def counts(ctx) -> tuple[int, int, int]:
    return (ctx.store.scalar("SELECT count(*) FROM assets"), ctx.store.scalar("SELECT count(*) FROM generations"),
            ctx.store.scalar("SELECT count(*) FROM sessions"))


def auto_sessions(ctx) -> list[dict]:
    return ctx.store.query("SELECT * FROM sessions WHERE origin = 'auto' ORDER BY started_at")


def two_bursts() -> list[datetime]:
    return [at(10, m) for m in range(0, 10, 2)] + [at(16, m) for m in range(0, 6, 2)]


def test_round_trip_of_atelier_renders_lands_at_true_generation_times(ctx, tmp_path):
    times = two_bursts()
    write_atelier_pngs(tmp_path / "copied", times)
    summary = import_paths(ctx, [tmp_path / "copied"])
    assert (summary.imported, summary.generations, summary.skipped) == (8, 8, 0)

    state = export_state(ctx)
    sessions = sorted((s for s in state["sessions"] if s["origin"] == "auto"), key=lambda s: s["started_at"])
    assert [s["generation_count"] for s in sessions] == [5, 3]
    assert sessions[0]["started_at"].startswith("2024-05-01T10:00:00")
    assert sessions[0]["ended_at"].startswith("2024-05-01T10:08:00")
    assert sessions[1]["last_generated_at"].startswith("2024-05-01T16:04:00")
    assert sessions[0]["name"] == "Neon city · 2024-05-01"
    generations = sorted(state["generations"], key=lambda g: g["created_at"])
    assert [g["created_at"][:19] for g in generations] == [t.strftime("%Y-%m-%dT%H:%M:%S") for t in times]
    assert [g["index"] for g in generations] == [1, 2, 3, 4, 5, 1, 2, 3]
    assert {g["provider"] for g in generations} == {"procedural"}
    assert [g["seed"] for g in generations] == list(range(1, 9))
    assets = {a["id"]: a for a in state["assets"]}
    for generation in generations:
        asset = assets[generation["saved_asset_id"]]
        assert asset["origin_generation_id"] == generation["id"]
        assert asset["session_id"] == generation["session_id"]
    row = ctx.store.one("SELECT metadata, source_path, sha256, stored FROM assets LIMIT 1")
    assert json.loads(row["metadata"])["generator"] == "Atelier"
    # Referenced in place: nothing copied into the home.
    assert row["stored"] == "in_place" and row["sha256"] is None
    assert row["source_path"].startswith(str(tmp_path / "copied"))
    assert not ctx.settings.blobs_dir.exists() or not any(ctx.settings.blobs_dir.rglob("*.png"))


def test_a_copied_library_survives_the_folder_moving_away(ctx, tmp_path):
    folder = tmp_path / "incoming"
    write_atelier_pngs(folder, [at(9)])
    import_paths(ctx, [folder], copy=True)
    shutil.rmtree(folder)
    import_paths(ctx, [folder])
    row = ctx.store.one("SELECT sha256, file_ext, stored, missing FROM assets")
    blob = ctx.blobs.path_for(row["sha256"], row["file_ext"])
    assert (row["stored"], row["missing"]) == ("blob", 0)
    assert blob.exists() and Image.open(blob).size == (64, 64)


def test_second_import_adds_nothing(ctx, tmp_path):
    write_atelier_pngs(tmp_path / "a", two_bursts())
    import_paths(ctx, [tmp_path / "a"])
    before = counts(ctx)
    again = import_paths(ctx, [tmp_path / "a"])
    assert (again.imported, again.unchanged) == (0, 8)
    shutil.copytree(tmp_path / "a", tmp_path / "copy")
    copy = import_paths(ctx, [tmp_path / "copy"])
    assert (copy.imported, copy.duplicates) == (0, 8)
    assert counts(ctx) == before


def test_moved_and_renamed_file_keeps_likes_tags_and_session(ctx, tmp_path):
    paths = write_atelier_pngs(tmp_path / "shoot", [at(10, 0), at(10, 1), at(10, 2)])
    import_paths(ctx, [tmp_path])
    session = auto_sessions(ctx)[0]
    like(ctx, SelectionArgs(items=[2], session=session["id"]))
    generation = ctx.store.one("SELECT * FROM generations WHERE session_id = ? AND idx = 2", [session["id"]])
    tag_assets(ctx, TagAssetsArgs(assets=[generation["saved_asset_id"]], tags=["keeper"]))

    moved = tmp_path / "elsewhere" / "renamed.png"
    moved.parent.mkdir()
    paths[1].rename(moved)
    summary = import_paths(ctx, [tmp_path])
    assert (summary.imported, summary.duplicates, summary.relocated) == (0, 1, 1)
    after = ctx.store.one("SELECT * FROM generations WHERE id = ?", [generation["id"]])
    assert after["liked"] == 1 and after["session_id"] == session["id"] and after["idx"] == 2
    asset = ctx.store.one("SELECT * FROM assets WHERE id = ?", [generation["saved_asset_id"]])
    assert asset["source_path"] == str(moved)
    tags = ctx.store.query("SELECT t.name FROM asset_tags a JOIN tags t ON t.id = a.tag_id WHERE a.asset_id = ?",
                           [asset["id"]])
    assert [t["name"] for t in tags] == ["keeper"]
    assert counts(ctx)[0] == 3
    # The old path's row is gone (the folder was fully scanned); the new path is known.
    known = {bytes(r["path"]) for r in ctx.store.query("SELECT path FROM import_files")}
    assert os.fsencode(str(moved)) in known and os.fsencode(str(paths[1])) not in known


def test_unchanged_files_are_not_read_again(ctx, tmp_path, monkeypatch):
    paths = write_atelier_pngs(tmp_path / "a", two_bursts())
    calls = []
    original = reading.read_file

    def counting(candidate, *args, **kwargs):
        calls.append(candidate.path)
        return original(candidate, *args, **kwargs)

    monkeypatch.setattr(reading, "read_file", counting)
    import_paths(ctx, [tmp_path / "a"])
    assert len(calls) == 8
    calls.clear()
    import_paths(ctx, [tmp_path / "a"])
    assert calls == []
    os.utime(paths[0], (time.time() + 5, time.time() + 5))
    summary = import_paths(ctx, [tmp_path / "a"])
    assert calls == [str(paths[0])]
    assert (summary.duplicates, summary.unchanged, summary.imported) == (1, 7, 0)


def test_new_files_extend_and_renumber_an_auto_session_keeping_its_id(ctx, tmp_path):
    write_atelier_pngs(tmp_path / "a", [at(10, 10), at(10, 12), at(10, 14)], first_seed=10)
    import_paths(ctx, [tmp_path])
    (session,) = auto_sessions(ctx)
    # One earlier and one later image of the same burst arrive.
    write_atelier_pngs(tmp_path / "b", [at(10, 8), at(10, 16)], first_seed=20)
    summary = import_paths(ctx, [tmp_path])
    assert (summary.sessions.created, summary.sessions.updated) == (0, 1)
    (after,) = auto_sessions(ctx)
    assert after["id"] == session["id"]
    rows = ctx.store.query("SELECT seed, idx FROM generations WHERE session_id = ? ORDER BY idx", [session["id"]])
    assert [(r["seed"], r["idx"]) for r in rows] == [(20, 1), (10, 2), (11, 3), (12, 4), (21, 5)]
    assert after["started_at"].startswith("2024-05-01T10:08") and after["ended_at"].startswith("2024-05-01T10:16")


def test_bridging_files_merge_two_auto_sessions(ctx, tmp_path):
    write_atelier_pngs(tmp_path / "a", [at(10, 0), at(10, 2), at(10, 4), at(10, 6)], first_seed=1)
    write_atelier_pngs(tmp_path / "b", [at(12, 0), at(12, 2)], first_seed=10)
    import_paths(ctx, [tmp_path])
    first, second = auto_sessions(ctx)
    bridge = [at(10, 6) + timedelta(minutes=5 * k) for k in range(1, 23)]
    write_atelier_pngs(tmp_path / "c", bridge, first_seed=100)
    summary = import_paths(ctx, [tmp_path])
    (merged,) = auto_sessions(ctx)
    assert merged["id"] in (first["id"], second["id"])
    assert summary.sessions.removed == 1
    assert ctx.store.scalar("SELECT count(*) FROM generations WHERE session_id = ?", [merged["id"]]) == 28


def test_manual_sessions_and_user_moves_are_never_touched(ctx, tmp_path):
    generate(ctx, GenerateArgs(prompt="my own manual work", count=2, size="256x256"))
    manual = ctx.store.one("SELECT * FROM sessions WHERE origin = 'manual'")
    manual_generations = ctx.store.query("SELECT id, idx, session_id FROM generations ORDER BY idx")
    write_atelier_pngs(tmp_path / "a", [at(10, 0), at(10, 1), at(10, 2)])
    import_paths(ctx, [tmp_path])
    (auto,) = auto_sessions(ctx)
    reassign(ctx, ReassignArgs(items=[3], session=auto["id"], to_session=manual["id"]))
    write_atelier_pngs(tmp_path / "b", [at(10, 3), at(10, 4)], first_seed=50)
    import_paths(ctx, [tmp_path])
    assert ctx.store.one("SELECT * FROM sessions WHERE id = ?", [manual["id"]]) == manual | {
        "last_used_at": ctx.store.scalar("SELECT last_used_at FROM sessions WHERE id = ?", [manual["id"]])}
    rows = ctx.store.query("SELECT id, idx, session_id FROM generations WHERE session_id = ? ORDER BY idx", [manual["id"]])
    assert rows[:2] == manual_generations and len(rows) == 3  # the moved import stayed where the user put it
    assert ctx.store.scalar("SELECT count(*) FROM generations WHERE session_id = ?", [auto["id"]]) == 4


def test_renamed_auto_session_keeps_its_name(ctx, tmp_path):
    write_atelier_pngs(tmp_path / "a", [at(10, 0), at(10, 1)])
    import_paths(ctx, [tmp_path])
    (session,) = auto_sessions(ctx)
    rename_session(ctx, RenameSessionArgs(session=session["id"], new_name="Launch moodboard"))
    write_atelier_pngs(tmp_path / "b", [at(10, 2), at(10, 3)], prompt="completely different words", first_seed=9)
    import_paths(ctx, [tmp_path])
    (after,) = auto_sessions(ctx)
    assert (after["id"], after["name"], after["name_is_auto"]) == (session["id"], "Launch moodboard", 0)
    assert ctx.store.scalar("SELECT count(*) FROM generations WHERE session_id = ?", [session["id"]]) == 4


def test_weak_times_stay_in_the_library_unless_file_times_are_allowed(ctx, tmp_path):
    plain_png(tmp_path / "a" / "edited.png", {"parameters": "a red fox\nSteps: 20, Seed: 7, Size: 16x16"},
              png_time=at(9))
    bare = plain_png(tmp_path / "a" / "bare.png", color=(200, 0, 0))
    os.utime(bare, (at(9, 5).timestamp(), at(9, 5).timestamp()))
    summary = import_paths(ctx, [tmp_path / "a"])
    assert (summary.imported, summary.generations, summary.library_only) == (2, 0, 2)
    assert counts(ctx) == (2, 0, 0)
    # Allowed now: the unchanged files are read again and join a session.
    summary = import_folder(ctx, ImportFolderArgs(path=str(tmp_path / "a"), use_file_times=True))
    assert summary.data["duplicates"] == 2
    assert counts(ctx) == (2, 2, 1)
    fox = ctx.store.one("SELECT * FROM generations WHERE prompt = 'a red fox'")
    assert fox["created_at"].startswith("2024-05-01T09:00:00")
    assert json.loads(fox["settings"])["time_trust"] == "weak"
    asset = ctx.store.one("SELECT * FROM assets WHERE id = ?", [fox["saved_asset_id"]])
    assert asset["origin_generation_id"] == fox["id"]


def test_video_and_audio_become_assets_without_generations(ctx, tmp_path):
    folder = tmp_path / "media"
    folder.mkdir()
    # Minimal MP4 (ftyp isom) and WAV headers are enough for content sniffing.
    (folder / "clip.bin").write_bytes(b"\x00\x00\x00\x18ftypisom\x00\x00\x02\x00isomiso2" + b"\x00" * 64)
    (folder / "take.dat").write_bytes(b"RIFF\x24\x00\x00\x00WAVEfmt " + b"\x10\x00\x00\x00\x01\x00\x01\x00"
                                      + b"\x44\xac\x00\x00\x88X\x01\x00\x02\x00\x10\x00data\x00\x00\x00\x00")
    summary = import_paths(ctx, [folder])
    assert summary.imported == 2
    kinds = {r["media_type"]: r for r in ctx.store.query("SELECT * FROM assets")}
    assert set(kinds) == {"video", "audio"}
    assert kinds["video"]["file_ext"] == ".mp4" and kinds["audio"]["file_ext"] == ".wav"
    assert ctx.store.scalar("SELECT count(*) FROM generations") == 0


def test_a_generation_of_this_home_is_saved_not_duplicated(ctx, tmp_path):
    result = generate(ctx, GenerateArgs(prompt="teal waves", count=1, size="256x256"))
    row = ctx.store.one("SELECT * FROM generations WHERE id = ?", [result.data["generation_ids"][0]])
    exported = tmp_path / "export" / "teal.png"
    exported.parent.mkdir()
    shutil.copy(ctx.blobs.path_for(row["blob_sha256"], row["file_ext"]), exported)
    summary = import_paths(ctx, [exported.parent])
    assert (summary.imported, summary.generations) == (1, 0)
    assert ctx.store.scalar("SELECT count(*) FROM generations") == 1
    saved = ctx.store.one("SELECT saved_asset_id FROM generations WHERE id = ?", [row["id"]])["saved_asset_id"]
    assert ctx.store.scalar("SELECT origin_generation_id FROM assets WHERE id = ?", [saved]) == row["id"]


def test_thumbnails_are_made_for_imported_images(ctx, tmp_path):
    write_atelier_pngs(tmp_path / "a", [at(10, 0), at(10, 1)])
    summary = import_paths(ctx, [tmp_path / "a"])
    report = thumbnails_for_assets(ctx, summary.new_asset_ids, workers=2)
    assert report.made == 2 and not report.failed
    for row in ctx.store.query("SELECT content_hash FROM assets"):
        with Image.open(thumbnail_path(ctx.settings.home, row["content_hash"])) as thumb:
            assert thumb.format == "WEBP" and max(thumb.size) <= 256
    assert thumbnails_for_assets(ctx, summary.new_asset_ids).existing == 2


def test_import_folder_tool_reports_a_summary(ctx, tmp_path):
    write_atelier_pngs(tmp_path / "a", [at(10, 0)])
    (tmp_path / "a" / "readme.txt").write_text("not an image")
    result = import_folder(ctx, ImportFolderArgs(path=str(tmp_path / "a")))
    assert result.data["imported"] == 1 and result.data["skipped"] == 1
    assert "1 new file" in result.message and "not an image" in result.message
    with pytest.raises(Exception, match="does not exist"):
        import_folder(ctx, ImportFolderArgs(path=str(tmp_path / "missing")))
