"""The library at real scale: provenance on every asset, files referenced in place, moves and
missing files, --copy, and the bad inputs of the library issue — driven through `atelier import`
and `atelier state --json`."""

from __future__ import annotations

import io
import json
import os
import shutil
from pathlib import Path

import pytest
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from channels.cli import main as atelier
from tools.importing.pipeline import import_paths

SAMPLES = Path(__file__).resolve().parents[2] / "shared" / "samples" / "metadata"

A1111 = ("a lighthouse in a storm, oil painting\nNegative prompt: blurry\n"
         "Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 1234, Size: 16x16, Model hash: abcd1234, Model: dreamy")


def png(path: Path, *, text: dict | None = None, itxt: dict | None = None, color=(10, 20, 30)) -> Path:
    info = PngInfo()
    for key, value in (text or {}).items():
        info.add_text(key, value)
    for key, value in (itxt or {}).items():
        info.add_itxt(key, value, zip=True)
    path.parent.mkdir(parents=True, exist_ok=True)
    out = io.BytesIO()
    Image.new("RGB", (16, 16), color).save(out, "PNG", pnginfo=info)
    path.write_bytes(out.getvalue())
    return path


def draw_things_png(path: Path) -> Path:
    comment = json.dumps({"c": "a tiny robot watering plants", "uc": "blur", "seed": 11, "steps": 8, "scale": 4.5,
                          "sampler": "DPM++ 2M", "model": "flux_1_schnell", "size": "768x512"})
    xmp = ('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmp:CreatorTool="Draw Things">'
           f'<exif:UserComment><rdf:Alt><rdf:li xml:lang="x-default">{comment}</rdf:li>'
           '</rdf:Alt></exif:UserComment></rdf:Description></rdf:RDF></x:xmpmeta>')
    return png(path, itxt={"XML:com.adobe.xmp": xmp}, color=(1, 2, 3))


def comfyui_png(path: Path) -> Path:
    """As the current ComfyUI frontend saves: an API `prompt` graph and a UI `workflow`, no time."""
    graph = {
        "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "sdxl_base.safetensors"}},
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": "a glass whale in the sky", "clip": ["4", 1]}},
        "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "lowres", "clip": ["4", 1]}},
        "5": {"class_type": "EmptyLatentImage", "inputs": {"width": 1024, "height": 1024, "batch_size": 1}},
        "3": {"class_type": "KSampler", "inputs": {
            "seed": 99, "steps": 25, "cfg": 6.5, "sampler_name": "euler", "scheduler": "normal", "denoise": 1.0,
            "model": ["4", 0], "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["5", 0]}},
    }
    workflow = {"last_node_id": 9, "nodes": [{"id": 3, "type": "KSampler"}], "links": [], "version": 0.4,
                "extra": {"frontendVersion": "1.18.0"}}
    return png(path, text={"prompt": json.dumps(graph), "workflow": json.dumps(workflow)}, color=(4, 5, 6))


def itxt_a1111_png(path: Path) -> Path:
    return png(path, itxt={"parameters": A1111}, color=(7, 8, 9))


def state(capsys) -> dict:
    capsys.readouterr()
    assert atelier(["state", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def cli_import(*args: str) -> int:
    return atelier(["import", *map(str, args)])


def by_title(state_: dict) -> dict:
    return {a["title"]: a for a in state_["assets"]}


def test_third_party_files_show_their_prompt_and_provenance_in_state(tmp_path, capsys):
    folder = tmp_path / "outputs"
    draw_things_png(folder / "robot.png")
    comfyui_png(folder / "ComfyUI_00001_.png")
    itxt_a1111_png(folder / "lighthouse.png")
    assert cli_import(folder) == 0
    assets = by_title(state(capsys))
    robot, whale, lighthouse = assets["robot"], assets["ComfyUI_00001_"], assets["lighthouse"]
    assert (robot["prompt"], robot["negative_prompt"], robot["seed"], robot["model"], robot["generator"]) == (
        "a tiny robot watering plants", "blur", 11, "flux_1_schnell", "Draw Things")
    assert (whale["prompt"], whale["negative_prompt"], whale["seed"], whale["model"], whale["generator"]) == (
        "a glass whale in the sky", "lowres", 99, "sdxl_base.safetensors", "ComfyUI")
    assert (lighthouse["prompt"], lighthouse["seed"], lighthouse["model"]) == (
        "a lighthouse in a storm, oil painting", 1234, "dreamy")
    for asset in assets.values():
        # None of these carries a time: library only, but still complete.
        assert asset["session_id"] is None and asset["generated_at"] is None
        assert asset["path"] == str(folder / f"{asset['title']}.png") and asset["missing"] is False
        assert asset["content_hash"].startswith("xxh3_128:") and asset["sha256"] is None


def test_show_the_library_names_prompt_and_model(ctx, tools, tmp_path):
    itxt_a1111_png(tmp_path / "in" / "lighthouse.png")
    import_paths(ctx, [tmp_path / "in"])
    listing = tools.list_assets(ctx).message
    assert "lighthouse" in listing and "prompt: a lighthouse in a storm" in listing and "model: dreamy" in listing


@pytest.mark.skipif(not SAMPLES.is_dir(), reason="shared samples not present")
def test_real_samples_show_their_prompt(tmp_path, capsys):
    picked = [SAMPLES / "sd-metadata" / name for name in ("sd-webui.jpg", "comfyui-save-image-extended.jpeg")]
    picked = [p for p in picked if p.exists()]
    if not picked:
        pytest.skip("samples not present")
    for sample in picked:
        shutil.copy(sample, tmp_path / sample.name)
    assert cli_import(tmp_path) == 0
    for asset in state(capsys)["assets"]:
        assert asset["prompt"] and "hatsune miku" in asset["prompt"].lower()


def test_saved_generation_carries_its_provenance(ctx, tools, capsys):
    tools.create_session(ctx, name="Sea", prompt="teal waves at dawn")
    tools.generate(ctx, count=2, size="256x256", seed=42)
    tools.save_to_library(ctx, items=[1])
    [asset] = state(capsys)["assets"]
    assert (asset["prompt"], asset["seed"], asset["generator"]) == ("teal waves at dawn", 42, "procedural")
    assert asset["model"] and asset["generated_at"] and Path(asset["path"]).exists()
    assert asset["content_hash"].startswith("xxh3_128:")


def test_files_are_referenced_in_place_and_copy_brings_them_in(tmp_path, capsys, atelier_home):
    itxt_a1111_png(tmp_path / "a" / "one.png")
    assert cli_import(tmp_path / "a") == 0
    [asset] = state(capsys)["assets"]
    assert asset["path"] == str(tmp_path / "a" / "one.png")
    assert not (atelier_home / "blobs").exists() or not any((atelier_home / "blobs").rglob("*.png"))

    draw_things_png(tmp_path / "b" / "two.png")
    assert cli_import(tmp_path / "b", "--copy") == 0
    copied = by_title(state(capsys))["two"]
    assert copied["path"].startswith(str(atelier_home)) and copied["sha256"]
    shutil.rmtree(tmp_path / "b")
    assert cli_import(tmp_path / "b") == 0  # a known root, now gone
    copied = by_title(state(capsys))["two"]
    assert copied["missing"] is False and Path(copied["path"]).exists()


def test_moves_and_renames_between_imports_keep_likes_tags_and_sessions(ctx, tools, tmp_path, capsys):
    root = tmp_path / "root"
    itxt_a1111_png(root / "x" / "lighthouse.png")
    draw_things_png(root / "robot.png")
    assert cli_import(root) == 0
    tools.tag_assets(ctx, assets=["lighthouse"], tags=["keep"])
    before = by_title(state(capsys))
    (root / "y").mkdir()
    os.rename(root / "x" / "lighthouse.png", root / "y" / "renamed.png")
    os.rename(root / "robot.png", root / "x" / "robot-moved.png")
    assert cli_import(root) == 0
    after = state(capsys)
    assert len(after["assets"]) == 2
    moved = {a["id"]: a for a in after["assets"]}
    lighthouse = moved[before["lighthouse"]["id"]]
    assert lighthouse["path"] == str(root / "y" / "renamed.png") and lighthouse["tags"] == ["keep"]
    assert moved[before["robot"]["id"]]["path"] == str(root / "x" / "robot-moved.png")
    assert not any(a["missing"] for a in after["assets"])
    # The moved files were recognised by inode, size and time: not read again.
    rows = ctx.store.query("SELECT path, status FROM import_files ORDER BY path")
    assert [(os.fsdecode(r["path"]), r["status"]) for r in rows] == [
        (str(root / "x" / "robot-moved.png"), "imported"), (str(root / "y" / "renamed.png"), "imported")]


def test_a_deleted_file_is_marked_missing_then_found_again(ctx, tools, tmp_path, capsys):
    root = tmp_path / "root"
    path = itxt_a1111_png(root / "lighthouse.png")
    keep = tmp_path / "elsewhere.png"
    assert cli_import(root) == 0
    tools.tag_assets(ctx, assets=["lighthouse"], tags=["keep"])
    tools.create_post(ctx, caption="storm", assets=["lighthouse"])
    shutil.move(path, keep)
    assert cli_import(root) == 0
    [asset] = state(capsys)["assets"]
    assert asset["missing"] is True and asset["tags"] == ["keep"] and asset["prompt"]
    assert state(capsys)["posts"][0]["asset_ids"] == [asset["id"]]
    # Back, under another name: the same asset is found again.
    shutil.move(keep, root / "back.png")
    assert cli_import(root) == 0
    [again] = state(capsys)["assets"]
    assert again["id"] == asset["id"] and again["missing"] is False and again["path"] == str(root / "back.png")


def test_an_unmounted_root_marks_its_assets_missing_and_deletes_nothing(ctx, tmp_path, capsys):
    root = tmp_path / "mnt" / "drive"
    itxt_a1111_png(root / "lighthouse.png")
    draw_things_png(root / "sub" / "robot.png")
    assert cli_import(root) == 0
    shutil.rmtree(tmp_path / "mnt")  # the drive is gone, mount point and all
    assert cli_import(root) == 0
    assets = state(capsys)["assets"]
    assert len(assets) == 2 and all(a["missing"] for a in assets)
    assert cli_import(tmp_path / "never-there") == 1  # an unknown path is still an error


def test_two_identical_files_are_one_asset_with_both_paths_known(ctx, tmp_path, capsys):
    first = itxt_a1111_png(tmp_path / "r" / "a.png")
    second = tmp_path / "r" / "copy" / "a-again.png"
    second.parent.mkdir()
    shutil.copy(first, second)
    assert cli_import(tmp_path / "r") == 0
    [asset] = state(capsys)["assets"]
    paths = {os.fsdecode(r["path"]): r["asset_id"] for r in ctx.store.query("SELECT path, asset_id FROM import_files")}
    assert paths == {str(first): asset["id"], str(second): asset["id"]}
    first.unlink()  # one copy gone: the asset moves to the other, not missing
    assert cli_import(tmp_path / "r") == 0
    [asset] = state(capsys)["assets"]
    assert asset["missing"] is False and asset["path"] == str(second)


def test_a_file_replaced_by_other_content_under_the_same_name(ctx, tools, tmp_path, capsys):
    path = itxt_a1111_png(tmp_path / "r" / "same-name.png")
    assert cli_import(tmp_path / "r") == 0
    tools.tag_assets(ctx, assets=["same-name"], tags=["old"])
    [old] = state(capsys)["assets"]
    draw_things_png(path)
    os.utime(path, ns=(os.stat(path).st_atime_ns, os.stat(path).st_mtime_ns + 10**9))
    assert cli_import(tmp_path / "r") == 0
    assets = {a["id"]: a for a in state(capsys)["assets"]}
    assert len(assets) == 2
    assert assets[old["id"]]["missing"] is True and assets[old["id"]]["tags"] == ["old"]
    [new] = [a for a in assets.values() if a["id"] != old["id"]]
    assert new["prompt"] == "a tiny robot watering plants" and new["path"] == str(path)


def test_hard_links_and_symlinks_into_a_root(ctx, tmp_path, capsys):
    outside = itxt_a1111_png(tmp_path / "outside" / "lighthouse.png")
    root = tmp_path / "root"
    root.mkdir()
    os.link(outside, root / "hard.png")
    os.symlink(outside, root / "soft.png")
    os.symlink(root, root / "loop")
    assert cli_import(root) == 0
    assert len(state(capsys)["assets"]) == 1
    assert ctx.store.scalar("SELECT count(*) FROM import_files WHERE status != 'skipped'") == 2
    assert cli_import(root) == 0  # and again: nothing new, nothing re-read
    assert len(state(capsys)["assets"]) == 1


def test_a_read_only_folder_is_imported_without_writing_to_it(tmp_path, capsys):
    folder = tmp_path / "ro"
    itxt_a1111_png(folder / "lighthouse.png")
    before = sorted(os.listdir(folder))
    os.chmod(folder / "lighthouse.png", 0o444)
    os.chmod(folder, 0o555)
    try:
        assert cli_import(folder) == 0
        assert sorted(os.listdir(folder)) == before
    finally:
        os.chmod(folder, 0o755)
    assert state(capsys)["assets"][0]["prompt"].startswith("a lighthouse")


def test_a_file_changed_while_being_hashed_is_retried_not_recorded(ctx, tmp_path, monkeypatch):
    from tools.importing import reading

    path = itxt_a1111_png(tmp_path / "r" / "growing.png")
    real_hash = reading.content_hash

    def hash_then_append(data):
        with open(path, "ab") as out:  # the generator is still writing
            out.write(b"more")
        return real_hash(data)

    monkeypatch.setattr(reading, "content_hash", hash_then_append)
    summary = import_paths(ctx, [tmp_path / "r"])
    assert summary.imported == 0 and "changed while reading" in summary.skip_examples[0][1]
    assert ctx.store.scalar("SELECT count(*) FROM import_files") == 0  # tried again next time
    monkeypatch.setattr(reading, "content_hash", real_hash)
    assert import_paths(ctx, [tmp_path / "r"]).imported == 1


def test_sweep_never_touches_files_it_does_not_own(ctx, tools, tmp_path):
    path = itxt_a1111_png(tmp_path / "r" / "lighthouse.png")
    import_paths(ctx, [tmp_path / "r"])
    os.utime(path, (0, 0))  # old enough for any grace period
    ctx.store.execute("UPDATE import_files SET mtime_ns = 0")
    tools.sweep(ctx, retention_days=0)
    assert path.exists()


def test_migration_gives_old_assets_their_provenance_and_drops_orphans(atelier_home, monkeypatch):
    """A home made before m004: an imported asset (metadata JSON), a saved generation whose session
    was deleted the old way (an orphan), and a generation still in its session."""
    from memory import migrations
    from memory.store import Store

    before = [m for m in migrations.MIGRATIONS if m.__name__ != "m004_library_in_place"]
    monkeypatch.setattr(migrations, "MIGRATIONS", before)
    store = Store(atelier_home / "atelier.db")
    workspace = store.scalar("SELECT id FROM workspaces")
    with store.transaction():
        store.execute("INSERT INTO sessions (id, workspace_id, name, kind, created_at, last_used_at) "
                      "VALUES ('ses_1', ?, 'Live', 'visual', 't', 't')", [workspace])
        for gen, session in (("gen_orphan", None), ("gen_live", "ses_1")):
            store.execute("INSERT INTO generations (id, workspace_id, session_id, prompt, seed, model, provider, "
                          "created_at) VALUES (?, ?, ?, 'old sea', 5, 'm1', 'procedural', '2024-01-01T00:00:00.000000Z')",
                          [gen, workspace, session])
        store.execute("INSERT INTO assets (id, workspace_id, media_type, title, origin_generation_id, created_at) "
                      "VALUES ('ast_saved', ?, 'image', 'saved', 'gen_orphan', 't')", [workspace])
        store.execute("UPDATE generations SET saved_asset_id = 'ast_saved' WHERE id = 'gen_orphan'")
        store.execute("INSERT INTO assets (id, workspace_id, media_type, title, metadata, created_at) "
                      "VALUES ('ast_imported', ?, 'image', 'imported', ?, 't')",
                      [workspace, json.dumps({"prompt": "a fox", "seed": 9, "model": "m2", "generator": "ComfyUI"})])
    store.close()
    monkeypatch.undo()
    store = Store(atelier_home / "atelier.db")
    rows = {r["id"]: r for r in store.query("SELECT * FROM assets")}
    assert (rows["ast_saved"]["prompt"], rows["ast_saved"]["seed"], rows["ast_saved"]["generator"]) == (
        "old sea", 5, "procedural")
    assert rows["ast_saved"]["generated_at"] == "2024-01-01T00:00:00.000000Z"
    assert (rows["ast_imported"]["prompt"], rows["ast_imported"]["model"]) == ("a fox", "m2")
    assert [r["id"] for r in store.query("SELECT id FROM generations")] == ["gen_live"]
    store.close()


def _bookkeeping(home: Path) -> tuple[list, int, int]:
    from memory.store import Store

    store = Store(home / "atelier.db")
    try:
        files = sorted((os.fsdecode(r["path"]), r["status"], r["content_hash"]) for r in store.query(
            "SELECT path, status, content_hash FROM import_files"))
        return files, store.scalar("SELECT count(*) FROM assets"), store.scalar("SELECT count(*) FROM generations")
    finally:
        store.close()


def test_two_concurrent_imports_leave_the_same_bookkeeping_as_one(tmp_path):
    import subprocess
    import sys

    folder = tmp_path / "many"
    for number in range(300):
        text = {"parameters": f"a fox number {number}\nSteps: 20, Seed: {number}, Size: 16x16"} if number % 2 else None
        png(folder / f"d{number % 7}" / f"fox-{number}.png", text=text, color=(number % 256, number // 256, 1))
    shutil.copy(folder / "d1" / "fox-1.png", folder / "d2" / "same-fox.png")  # one duplicate on purpose
    env = {**os.environ}

    def run_imports(home: Path, processes: int) -> list:
        env["ATELIER_HOME"] = str(home)
        command = [sys.executable, "-c", "from channels.cli import main; raise SystemExit(main())", "import", str(folder)]
        running = [subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True) for _ in range(processes)]
        for process in running:
            assert process.wait(timeout=120) == 0, process.stderr.read()
        return [process.stderr.read() for process in running]

    run_imports(tmp_path / "one", 1)
    run_imports(tmp_path / "two", 2)
    single, double = _bookkeeping(tmp_path / "one"), _bookkeeping(tmp_path / "two")
    assert [(p, s) for p, s, _ in double[0]] == [(p, s) for p, s, _ in single[0]]
    assert double[1:] == single[1:] == (300, 0)
    assert sum(1 for _, status, _ in double[0] if status == "duplicate") == 1
    [report] = run_imports(tmp_path / "two", 1)
    assert "301 unchanged" in " ".join(report.split())  # nothing read again


def test_thumbnails_are_made_in_the_background_at_import_and_generation(tmp_path, monkeypatch, atelier_home):
    import time
    from concurrent.futures import wait

    from tools.context import Context
    from tools.generations import GenerateArgs, generate
    from tools.importing.thumbnails import thumbnail_path

    monkeypatch.setenv("ATELIER_THUMBNAIL_WORKERS", "1")
    ctx = Context.open(atelier_home)
    try:
        itxt_a1111_png(tmp_path / "in" / "lighthouse.png")
        summary = import_paths(ctx, [tmp_path / "in"])
        assert len(summary.thumbnails) == 1
        wait(summary.thumbnails, timeout=60)
        key = ctx.store.scalar("SELECT content_hash FROM assets")
        with Image.open(thumbnail_path(atelier_home, key)) as thumb:
            assert thumb.format == "WEBP"
        generate(ctx, GenerateArgs(prompt="teal waves", count=2, size="256x256"))
        keys = [r["content_hash"] for r in ctx.store.query("SELECT content_hash FROM generations")]
        deadline = time.monotonic() + 60
        while not all(thumbnail_path(atelier_home, k).exists() for k in keys):
            assert time.monotonic() < deadline, "generation thumbnails never appeared"
            time.sleep(0.1)
    finally:
        ctx.close()


def _cbor_text(text: str) -> bytes:
    data = text.encode()
    return (bytes([0x60 | len(data)]) if len(data) < 24 else bytes([0x78, len(data)])) + data


def test_c2pa_creation_time_is_strong_evidence(ctx, tmp_path, capsys):
    import struct
    import zlib

    manifest = (b"jumb\x00\x00c2pa" + _cbor_text("claim_generator") + _cbor_text("ChatGPT") + _cbor_text("actions")
                + _cbor_text("action") + _cbor_text("c2pa.created") + _cbor_text("when")
                + _cbor_text("2025-03-04T05:06:07Z"))
    chunk = struct.pack(">I", len(manifest)) + b"caBX" + manifest + struct.pack(">I", zlib.crc32(b"caBX" + manifest))
    plain = png(tmp_path / "tmp.png")
    data = plain.read_bytes()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "chatgpt.png").write_bytes(data[:33] + chunk + data[33:])
    plain.unlink()
    assert cli_import(tmp_path / "in") == 0
    result = state(capsys)
    [asset] = result["assets"]
    assert asset["generated_at"].startswith("2025-03-04T05:06:07")
    assert ctx.store.scalar("SELECT generated_at_source FROM assets") == "C2PA c2pa.created action"
    assert len(result["sessions"]) == 1  # a strong time: it joins an auto session


@pytest.mark.parametrize("kind", ["AVIF", "HEIF"])
def test_avif_and_heic_metadata_is_read(tmp_path, capsys, kind):
    from PIL import features

    if kind == "AVIF" and not features.check("avif"):
        pytest.skip("this Pillow has no AVIF support")
    if kind == "HEIF":
        pillow_heif = pytest.importorskip("pillow_heif")
        pillow_heif.register_heif_opener()
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9286] = b"UNICODE\x00" + A1111.encode("utf-16-be")
    exif.get_ifd(0x8769)[0x9003] = "2024:05:01 10:00:00"
    (tmp_path / "in").mkdir()
    target = tmp_path / "in" / f"storm.{kind.lower()}"
    Image.new("RGB", (32, 32), (9, 9, 9)).save(target, kind, exif=exif.tobytes())
    assert cli_import(tmp_path / "in") == 0
    [asset] = state(capsys)["assets"]
    assert (asset["prompt"], asset["seed"], asset["model"]) == ("a lighthouse in a storm, oil painting", 1234, "dreamy")
    assert asset["generated_at"].startswith("2024-05-01T10:00:00")


def test_jpeg_extended_xmp_is_put_back_together(tmp_path, capsys):
    import hashlib
    import struct

    comment = json.dumps({"c": "a very long prompt " + "with many words " * 400, "seed": 5,
                          "model": "flux_dev", "sampler": "Euler A"})
    extended = (f'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description>'
                f'<exif:UserComment><rdf:Alt><rdf:li xml:lang="x-default">{comment}</rdf:li></rdf:Alt>'
                '</exif:UserComment></rdf:Description></rdf:RDF></x:xmpmeta>').encode()
    guid = hashlib.md5(extended).hexdigest().upper().encode()
    main = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description xmp:CreatorTool="Draw Things" '
            b'xmpNote:HasExtendedXMP="' + guid + b'"/></rdf:RDF></x:xmpmeta>')

    def app1(body: bytes) -> bytes:
        return b"\xff\xe1" + struct.pack(">H", len(body) + 2) + body

    segments = app1(b"http://ns.adobe.com/xap/1.0/\x00" + main)
    half = len(extended) // 2
    for offset, part in ((half, extended[half:]), (0, extended[:half])):  # out of order on purpose
        segments += app1(b"http://ns.adobe.com/xmp/extension/\x00" + guid + struct.pack(">II", len(extended), offset)
                         + part)
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (3, 3, 3)).save(out, "JPEG")
    data = out.getvalue()
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "long.jpg").write_bytes(data[:2] + segments + data[2:])
    assert cli_import(tmp_path / "in") == 0
    [asset] = state(capsys)["assets"]
    assert asset["generator"] == "Draw Things" and asset["prompt"].startswith("a very long prompt with many words")
    assert (asset["seed"], asset["model"]) == (5, "flux_dev")
