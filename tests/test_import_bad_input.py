"""Bad input: every problem is reported with a reason, the import carries on, nothing is half-written."""

from __future__ import annotations

import io
import json
import os
import struct
import time
import zlib
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from tools.records import asset_path
from tools.importing import pipeline, reading
from tools.importing.pipeline import import_paths
from tools.importing.thumbnails import thumbnails_for_assets

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples" / "metadata"


def png_bytes(text: dict[str, str] | None = None, size=(16, 16), color=(1, 2, 3)) -> bytes:
    info = PngInfo()
    for key, value in (text or {}).items():
        info.add_text(key, value)
    buffer = io.BytesIO()
    Image.new("RGB", size, color).save(buffer, "PNG", pnginfo=info)
    return buffer.getvalue()


def chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))


def dated(name: str) -> str:
    return f"2024-05-01_10-00-{name}"


def assert_consistent(ctx) -> None:
    """No row points at nothing: assets, generations, files and import records agree."""
    store = ctx.store
    assert store.scalar("""SELECT count(*) FROM generations g LEFT JOIN assets a ON a.id = g.saved_asset_id
                           WHERE g.saved_asset_id IS NOT NULL AND a.id IS NULL""") == 0
    assert store.scalar("""SELECT count(*) FROM assets a LEFT JOIN generations g ON g.id = a.origin_generation_id
                           WHERE a.origin_generation_id IS NOT NULL AND g.id IS NULL""") == 0
    assert store.scalar("""SELECT count(*) FROM generations WHERE auto_cluster = 1 AND saved_asset_id IS NULL""") == 0
    assert store.scalar("""SELECT count(*) FROM import_files f LEFT JOIN assets a ON a.id = f.asset_id
                           WHERE f.status != 'skipped' AND a.id IS NULL""") == 0
    for row in store.query("SELECT * FROM assets"):
        assert row["content_hash"]
        assert os.path.exists(asset_path(ctx, row)) or row["missing"]


def reasons(summary) -> dict[str, str]:
    return {Path(p).name: r for p, r in summary.skip_examples}


def test_broken_files_are_reported_and_the_rest_imported(ctx, tmp_path):
    good = png_bytes({"parameters": "a lighthouse\nSteps: 20, Seed: 1, Size: 16x16"})
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path / "header-only.png").write_bytes(good[:5])
    (tmp_path / "cut.png").write_bytes(good[: len(good) // 2 + 40])
    jpeg = io.BytesIO()
    Image.new("RGB", (32, 32), (9, 9, 9)).save(jpeg, "JPEG")
    (tmp_path / "cut.jpg").write_bytes(jpeg.getvalue()[:-300])
    (tmp_path / "notes.png").write_text("this is text pretending to be a PNG")
    (tmp_path / f"{dated('01')}.jpg").write_bytes(good)  # a PNG with the wrong extension
    (tmp_path / f"{dated('02')}.png").write_bytes(good.replace(b"lighthouse", b"lightship!"))
    summary = import_paths(ctx, [tmp_path])
    why = reasons(summary)
    assert why["empty.png"] == "empty file"
    assert why["header-only.png"].startswith("truncated image header")
    assert why["cut.png"].startswith("truncated image")
    assert why["cut.jpg"].startswith("truncated image")
    assert why["notes.png"].startswith("not an image")
    assert summary.imported == 2 and summary.skipped == 5 and summary.accounted == summary.seen == 7
    wrong = ctx.store.one("SELECT * FROM assets WHERE title = ?", [dated("01")])
    assert wrong["file_ext"] == ".png" and wrong["mime"] == "image/png"
    assert any("does not match" in w for w in json.loads(wrong["metadata"])["warnings"])
    assert_consistent(ctx)
    # Permanent problems are remembered: a second run does not read those files again.
    again = import_paths(ctx, [tmp_path])
    assert (again.skipped, again.unchanged, again.imported) == (5, 2, 0)


def test_decompression_bomb_is_never_decoded(ctx, tmp_path):
    # A 60000 x 60000 PNG header over a tiny IDAT: decoding it would need ~10 GB.
    ihdr = chunk(b"IHDR", struct.pack(">IIBBBBB", 60000, 60000, 8, 2, 0, 0, 0))
    idat = chunk(b"IDAT", zlib.compress(b"\x00" * 1024))
    bomb = b"\x89PNG\r\n\x1a\n" + ihdr + chunk(b"tEXt", b"parameters\x00boom\nSteps: 1, Seed: 1") + idat + chunk(b"IEND", b"")
    (tmp_path / f"{dated('03')}.png").write_bytes(bomb)
    started = time.perf_counter()
    summary = import_paths(ctx, [tmp_path])
    assert time.perf_counter() - started < 5
    assert summary.imported == 1
    asset = ctx.store.one("SELECT * FROM assets")
    assert (asset["width"], asset["height"]) == (60000, 60000)
    report = thumbnails_for_assets(ctx, workers=1)
    assert report.made == 0 and "DecompressionBomb" in report.failed[0][1]


def test_huge_text_chunk_and_malformed_json_are_survived(ctx, tmp_path):
    huge = "x" * (20 << 20)
    (tmp_path / f"{dated('04')}.png").write_bytes(png_bytes({"parameters": "big one\nSteps: 1, Seed: 3", "comment": huge}))
    (tmp_path / f"{dated('05')}.png").write_bytes(png_bytes({"prompt": '{"3": {"class_type": "KSampler", "inputs": {'}))
    (tmp_path / f"{dated('06')}.png").write_bytes(png_bytes({"workflow": "[not json"}, color=(5, 5, 5)))
    summary = import_paths(ctx, [tmp_path])
    assert summary.imported == 3 and summary.skipped == 0
    for row in ctx.store.query("SELECT metadata FROM assets"):
        assert len(row["metadata"]) < 1 << 20  # raw text capped on the row
    warnings = [w for row in ctx.store.query("SELECT metadata FROM assets")
                for w in json.loads(row["metadata"]).get("warnings", [])]
    assert any("json" in w.lower() or "graph" in w.lower() for w in warnings)
    assert_consistent(ctx)


def test_non_utf8_file_names(ctx, tmp_path):
    folder = os.fsencode(tmp_path / "odd")
    os.mkdir(folder)
    name = os.path.join(folder, b"2024-05-01_10-00-07_caf\xe9.png")
    with open(name, "wb") as handle:
        handle.write(png_bytes({"parameters": "cafe\nSteps: 1, Seed: 9"}))
    summary = import_paths(ctx, [tmp_path / "odd"])
    assert summary.imported == 1 and summary.generations == 1
    asset = ctx.store.one("SELECT * FROM assets")
    assert asset["source_path"].endswith("caf\\xe9.png")
    assert bytes(ctx.store.scalar("SELECT path FROM import_files")) == name
    assert import_paths(ctx, [tmp_path / "odd"]).unchanged == 1


def test_symlink_loops_end(ctx, tmp_path):
    folder = tmp_path / "pics"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / f"{dated('08')}.png").write_bytes(png_bytes({"parameters": "loop\nSteps: 1, Seed: 1"}))
    os.symlink(folder, folder / "inner" / "back-to-top")
    os.symlink(folder / "self-a", folder / "self-b")
    os.symlink(folder / "self-b", folder / "self-a")
    summary = import_paths(ctx, [folder])
    assert summary.imported == 1
    why = reasons(summary)
    assert why["back-to-top"].startswith("symlink loop")
    assert why["self-a"] == "symlink loop" and why["self-b"] == "symlink loop"


def test_unreadable_file_is_skipped_then_imported_when_readable(ctx, tmp_path, monkeypatch):
    # Tests run as root, so chmod 000 would not stop a read: simulate the refusal instead.
    locked = tmp_path / f"{dated('09')}.png"
    locked.write_bytes(png_bytes({"parameters": "locked\nSteps: 1, Seed: 1"}))
    (tmp_path / f"{dated('10')}.png").write_bytes(png_bytes({"parameters": "open\nSteps: 1, Seed: 2"}))
    real_open = open

    def refusing_open(path, *args, **kwargs):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(reading, "open", refusing_open, raising=False)
    summary = import_paths(ctx, [tmp_path])
    assert summary.imported == 1 and reasons(summary)[locked.name] == "permission denied"
    monkeypatch.undo()
    again = import_paths(ctx, [tmp_path])
    assert again.imported == 1 and again.unchanged == 1


def test_file_vanishing_mid_scan(ctx, tmp_path, monkeypatch):
    keep = tmp_path / f"{dated('11')}.png"
    keep.write_bytes(png_bytes({"parameters": "stays\nSteps: 1, Seed: 1"}))
    gone = tmp_path / f"{dated('12')}.png"
    gone.write_bytes(png_bytes({"parameters": "goes\nSteps: 1, Seed: 2"}))
    real_scan = pipeline.scan

    def scan_then_delete(root, **kwargs):
        found = list(real_scan(root, **kwargs))
        gone.unlink()
        yield from found

    monkeypatch.setattr(pipeline, "scan", scan_then_delete)
    summary = import_paths(ctx, [tmp_path])
    assert summary.imported == 1 and reasons(summary)[gone.name].startswith("vanished")
    assert_consistent(ctx)


def _many_text_files(folder: Path, count: int) -> None:
    for number in range(count):
        sub = folder / f"{number // 1000:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"note-{number}.txt").write_bytes(b"just some text %d\n" % number)


def _folder_of_non_images(ctx, tmp_path, count: int, seconds: float) -> None:
    _many_text_files(tmp_path / "docs", count)
    started = time.perf_counter()
    summary = import_paths(ctx, [tmp_path / "docs"])
    assert time.perf_counter() - started < seconds
    assert summary.skipped == count and summary.imported == 0
    assert summary.skip_reasons == {"not an image, video or audio file": count}
    started = time.perf_counter()
    again = import_paths(ctx, [tmp_path / "docs"])
    assert again.skipped == count
    assert time.perf_counter() - started < seconds


def test_folder_of_2000_non_image_files(ctx, tmp_path):
    _folder_of_non_images(ctx, tmp_path, 2_000, seconds=20)


@pytest.mark.slow
def test_folder_of_100000_non_image_files(ctx, tmp_path):
    _folder_of_non_images(ctx, tmp_path, 100_000, seconds=300)


def test_interrupt_mid_import_then_rerun_finishes(ctx, tmp_path):
    for number in range(23):
        (tmp_path / f"2024-05-01_10-{number:02d}-00_{number}.png").write_bytes(
            png_bytes({"parameters": f"frame {number}\nSteps: 1, Seed: {number}"}, color=(number, 0, 0)))
    seen = []

    def interrupt_after_ten(done, total):
        seen.append(done)
        if done == 10:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        import_paths(ctx, [tmp_path], on_progress=interrupt_after_ten, batch_files=4)
    assert_consistent(ctx)
    recorded = ctx.store.scalar("SELECT count(*) FROM assets")
    assert 0 < recorded <= 10
    assert ctx.store.scalar("SELECT count(*) FROM import_files") == recorded
    summary = import_paths(ctx, [tmp_path])
    assert summary.unchanged == recorded and summary.imported == 23 - recorded
    assert ctx.store.scalar("SELECT count(*) FROM assets") == 23
    assert ctx.store.scalar("SELECT count(*) FROM generations WHERE session_id IS NOT NULL") == 23
    assert_consistent(ctx)


def test_interrupt_inside_a_commit_leaves_no_half_written_file(ctx, tmp_path, monkeypatch):
    for number in range(6):
        (tmp_path / f"2024-05-01_10-{number:02d}-00_{number}.png").write_bytes(
            png_bytes({"parameters": f"frame {number}\nSteps: 1, Seed: {number}"}, color=(0, number, 0)))
    real_commit = pipeline._commit
    calls = []

    def commit_then_break(ctx_, batch, *args):
        calls.append(len(batch))
        if len(calls) >= 2:  # the pipeline's retry on the way out is interrupted too
            with ctx_.store.transaction():
                real_commit(ctx_, batch, *args)
                raise KeyboardInterrupt  # after the rows are written, before COMMIT
        return real_commit(ctx_, batch, *args)

    monkeypatch.setattr(pipeline, "_commit", commit_then_break)
    with pytest.raises(KeyboardInterrupt):
        import_paths(ctx, [tmp_path], batch_files=3)
    assert ctx.store.scalar("SELECT count(*) FROM assets") == 3
    assert_consistent(ctx)
    monkeypatch.undo()
    assert import_paths(ctx, [tmp_path]).imported == 3
    assert_consistent(ctx)


def test_conformance_samples_import_without_crashing(ctx):
    if not SAMPLES.is_dir():
        pytest.skip("shared samples are not present")
    files = [Path(d, f) for d, _, names in os.walk(SAMPLES) for f in names]
    summary = import_paths(ctx, [SAMPLES])
    assert summary.seen == len(files)
    assert summary.accounted == summary.seen
    images = [f for f in files if f.suffix.lower() in (".png", ".jpg", ".jpeg", ".webp")]
    assert summary.imported + summary.duplicates >= len(images) * 0.9
    assert_consistent(ctx)
