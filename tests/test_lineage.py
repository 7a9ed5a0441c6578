"""Lineage: siblings of one brief, img2img sources, ComfyUI graph variants, and Atelier remixes."""

from __future__ import annotations

import io
import json

from PIL import Image
from PIL.PngImagePlugin import PngInfo

from tools.generations import GenerateArgs, RemixArgs, generate, remix
from tools.importing.pipeline import import_paths
from tools.lineage import LineageArgs, family_key, lineage
from tools.registry import ToolRegistry


def png(path, text: dict[str, str], color=(0, 0, 0)):
    info = PngInfo()
    for key, value in text.items():
        info.add_text(key, value)
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), color).save(buffer, "PNG", pnginfo=info)
    path.write_bytes(buffer.getvalue())


def infotext(prompt: str, seed: int) -> str:
    return f"{prompt}\nNegative prompt: blurry\nSteps: 20, Sampler: Euler a, CFG scale: 7, Seed: {seed}, Size: 16x16, Model: dream"


def comfy_graph(seed: int, steps: int, text: str, source: str | None = None) -> str:
    graph = {
        "3": {"class_type": "KSampler", "inputs": {"seed": seed, "steps": steps, "cfg": 7.0, "sampler_name": "euler",
              "scheduler": "normal", "denoise": 0.6 if source else 1.0, "model": ["4", 0], "positive": ["6", 0],
              "negative": ["7", 0], "latent_image": ["5", 0]}},
        "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "sdxl.safetensors"}},
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": text, "clip": ["4", 1]}},
        "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "blurry", "clip": ["4", 1]}},
        "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
        "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "ComfyUI", "images": ["8", 0]}},
    }
    if source:
        graph["10"] = {"class_type": "LoadImage", "inputs": {"image": source, "upload": "image"}}
        graph["5"] = {"class_type": "VAEEncode", "inputs": {"pixels": ["10", 0], "vae": ["4", 2]}}
    else:
        graph["5"] = {"class_type": "EmptyLatentImage", "inputs": {"width": 16, "height": 16, "batch_size": 1}}
    return json.dumps(graph)


def generation_by_seed(ctx, seed: int) -> dict:
    return ctx.store.one("SELECT * FROM generations WHERE seed = ?", [seed])


def test_same_prompt_other_seeds_are_siblings(ctx, tmp_path):
    for seed in (1, 2, 3):
        png(tmp_path / f"2024-05-01_10-00-0{seed}_x.png", {"parameters": infotext("red fox in snow", seed)}, (seed, 0, 0))
    png(tmp_path / "2024-05-01_10-00-09_y.png", {"parameters": infotext("blue whale", 9)}, (9, 9, 9))
    import_paths(ctx, [tmp_path])
    fox = [generation_by_seed(ctx, s) for s in (1, 2, 3)]
    assert len({g["family"] for g in fox}) == 1 and fox[0]["family"] == family_key("red fox in snow", "blurry", "dream")
    assert generation_by_seed(ctx, 9)["family"] != fox[0]["family"]
    links = ctx.store.query("SELECT child_id, parent_id FROM lineage_links WHERE kind = 'sibling' ORDER BY child_id")
    assert sorted((l["child_id"], l["parent_id"]) for l in links) == sorted(
        [(fox[1]["id"], fox[0]["id"]), (fox[2]["id"], fox[0]["id"])])
    result = lineage(ctx, LineageArgs(item=fox[1]["id"]))
    assert [s["seed"] for s in result.data["siblings"]] == [1, 3]
    assert "Siblings (same prompt, other seeds): #1 (seed 1), #3 (seed 3)" in result.message


def test_img2img_source_named_in_metadata_becomes_the_parent(ctx, tmp_path):
    png(tmp_path / "2024-05-01_10-00-00_base.png", {"prompt": comfy_graph(11, 20, "a castle")}, (1, 1, 1))
    png(tmp_path / "2024-05-01_10-01-00_refined.png",
        {"prompt": comfy_graph(12, 20, "a castle at dusk", source="2024-05-01_10-00-00_base.png")}, (2, 2, 2))
    import_paths(ctx, [tmp_path])
    base, refined = generation_by_seed(ctx, 11), generation_by_seed(ctx, 12)
    assert refined["parent_id"] == base["id"]
    assert ctx.store.scalar("SELECT kind FROM lineage_links WHERE child_id = ? AND parent_id = ?",
                            [refined["id"], base["id"]]) == "img2img"
    result = lineage(ctx, LineageArgs(item=base["idx"], session=base["session_id"]))
    assert [(n["id"], n["kind"], n["depth"]) for n in result.data["nodes"]] == [
        (base["id"], None, 0), (refined["id"], "img2img", 1)]
    assert "└─ img2img #2" in result.message


def test_a_parent_imported_after_its_child_still_links(ctx, tmp_path):
    (tmp_path / "later").mkdir()
    png(tmp_path / "2024-05-01_10-01-00_child.png",
        {"prompt": comfy_graph(22, 20, "a tower", source="origin.png")}, (3, 3, 3))
    import_paths(ctx, [tmp_path / "2024-05-01_10-01-00_child.png"])
    assert generation_by_seed(ctx, 22)["parent_id"] is None
    png(tmp_path / "later" / "origin.png", {"prompt": comfy_graph(21, 20, "a tower")}, (4, 4, 4))
    (tmp_path / "later" / "origin.png").rename(tmp_path / "later" / "origin.png")
    import_paths(ctx, [tmp_path / "later"])  # no time in its name: library only, so no generation to link
    assert generation_by_seed(ctx, 22)["parent_id"] is None
    import_folder_with_times = import_paths(ctx, [tmp_path / "later"], use_file_times=True)
    assert import_folder_with_times.duplicates == 1
    assert generation_by_seed(ctx, 22)["parent_id"] == generation_by_seed(ctx, 21)["id"]


def test_graphs_differing_by_a_few_inputs_are_graph_variants(ctx, tmp_path):
    png(tmp_path / "2024-05-01_10-00-00_a.png", {"prompt": comfy_graph(31, 20, "a harbour")}, (5, 0, 0))
    png(tmp_path / "2024-05-01_10-01-00_b.png", {"prompt": comfy_graph(32, 30, "a harbour")}, (6, 0, 0))
    png(tmp_path / "2024-05-01_10-02-00_c.png", {"prompt": comfy_graph(33, 30, "a harbour")}, (7, 0, 0))
    import_paths(ctx, [tmp_path])
    a, b, c = (generation_by_seed(ctx, s) for s in (31, 32, 33))
    link = ctx.store.one("SELECT * FROM lineage_links WHERE kind = 'graph-variant'")
    assert (link["child_id"], link["parent_id"]) == (b["id"], a["id"])
    assert "3.steps: 20 → 30" in link["detail"]
    # c differs from b only by its seed: a sibling, not a graph variant.
    assert ctx.store.scalar("SELECT count(*) FROM lineage_links WHERE kind = 'graph-variant'") == 1
    assert c["family"] == b["family"] == a["family"]
    tree = lineage(ctx, LineageArgs(item=b["id"]))
    assert tree.data["root_id"] == a["id"] and "graph-variant" in tree.message and "steps" in tree.message


def test_generated_remixes_appear_in_the_tree(ctx):
    made = generate(ctx, GenerateArgs(prompt="paper lanterns", count=1, seed=5, size="256x256"))
    session = made.data["session_id"]
    remix(ctx, RemixArgs(item=1, session=session, seed=6))
    remix(ctx, RemixArgs(item=2, session=session, prompt="paper lanterns in rain", seed=7))
    result = lineage(ctx, LineageArgs(item=3, session=session))
    assert [(n["index"], n["kind"], n["depth"]) for n in result.data["nodes"]] == [(1, None, 0), (2, "remix", 1),
                                                                                   (3, "remix", 2)]
    assert result.message.splitlines()[-1].endswith("← this one")
    lone = lineage(ctx, LineageArgs(item=1, session=session))
    assert len(lone.data["nodes"]) == 3


def test_lineage_registers_as_a_tool(ctx):
    from tools import lineage as module
    from tools import importing

    registry = ToolRegistry()
    module.register_tools(registry.register)
    importing.register_tools(registry.register)
    assert "lineage" in registry and "import_folder" in registry
    generate(ctx, GenerateArgs(prompt="one", count=1, size="256x256"))
    assert "No known parents" in registry["lineage"](ctx, {"item": 1}).message


def test_img2img_source_named_by_hash_links_to_a_file_referenced_in_place(ctx, tmp_path):
    import hashlib

    base_path = tmp_path / "2024-05-01_10-00-00_base.png"
    png(base_path, {"prompt": comfy_graph(41, 20, "a lighthouse")}, (7, 7, 7))
    source = hashlib.sha256(base_path.read_bytes()).hexdigest()[:10]  # upload folders name files by hash
    png(tmp_path / "2024-05-01_10-01-00_refined.png",
        {"prompt": comfy_graph(42, 20, "a lighthouse in fog", source=source)}, (8, 8, 8))
    import_paths(ctx, [tmp_path])  # referenced in place: identified by XXH3, no SHA-256 at import
    base, refined = generation_by_seed(ctx, 41), generation_by_seed(ctx, 42)
    assert ctx.store.scalar("SELECT stored FROM assets WHERE origin_generation_id = ?", [base["id"]]) == "in_place"
    assert refined["parent_id"] == base["id"]
    assert ctx.store.scalar("SELECT kind FROM lineage_links WHERE child_id = ? AND parent_id = ?",
                            [refined["id"], base["id"]]) == "img2img"
