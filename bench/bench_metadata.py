"""Metadata-reading throughput: raw byte reads vs tools.metadata vs the sd-parsers package.

    python -m bench.bench_metadata [--files N] [--repeat R] [--keep DIR]

Synthesises N realistic generator outputs (A1111 PNG, ComfyUI PNG with a large workflow, JPEG with
an EXIF UserComment, WebP with EXIF) into a temporary folder, then times, in the same run, on the
same files, with a warm page cache and best of R passes each: (a) reading every file's bytes,
(b) read_metadata, (c) sd_parsers.  Targets: ours within 3x of the raw read, and at least 10x
faster than sd-parsers.

Sizes are those of real outputs: SD1.5/SDXL resolutions (512x512 to 832x1216), PNGs of 0.4-2 MB
(default compression of photo-like pixels), JPEG/WebP of 100-400 KB.  Pixel payloads are encoded
once per kind and resolution and reused; metadata differs per file.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import shutil
import struct
import tempfile
import time
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

MIX = (("a1111_png", 0.35), ("comfyui_png", 0.30), ("jpeg_exif", 0.20), ("webp_exif", 0.15))
# (width, height) per kind, cycled: SD1.5 and SDXL sizes as UIs offer them
RESOLUTIONS = {
    "a1111_png": [(512, 512), (512, 768), (1024, 1024), (832, 1216)],
    "comfyui_png": [(1024, 1024), (832, 1216), (768, 1344), (512, 512)],
    "jpeg_exif": [(1024, 1024), (832, 1216), (512, 768)],
    "webp_exif": [(1024, 1024), (832, 1216), (512, 768)],
}
FORMATS = {"a1111_png": "png", "comfyui_png": "png", "jpeg_exif": "jpeg", "webp_exif": "webp"}
SAVE_OPTIONS = {"png": {}, "jpeg": {"quality": 92}, "webp": {"quality": 90}}  # PNG: Pillow's default, as UIs save
# noise on a smooth field, tuned so encoded sizes match real outputs (see the module docstring)
GRAIN = {"png": 4.0, "jpeg": 7.0, "webp": 8.0}
SUBJECTS = ["a lighthouse at dusk", "portrait of an old fisherman", "neon city street in rain",
            "a fox in fresh snow", "isometric tiny house", "still life with lemons"]


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _picture(width: int, height: int, seed: int, grain: float) -> Image.Image:
    """Photo-like pixels: pure noise would not compress at all, flat colour far too well."""
    rng = np.random.default_rng(seed)
    low = rng.integers(0, 256, (height // 32, width // 32, 3), dtype=np.uint8)
    smooth = np.asarray(Image.fromarray(low, "RGB").resize((width, height), Image.BICUBIC), dtype=np.int16)
    pixels = smooth + rng.normal(0, grain, (height, width, 3)).astype(np.int16)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), "RGB")


def _infotext(rng: random.Random, width: int = 512, height: int = 512) -> tuple[str, int]:
    seed = rng.randrange(2**32)
    text = (f"{rng.choice(SUBJECTS)}, masterpiece, best quality, <lora:detail:{rng.choice([0.4, 0.6, 0.8])}>\n"
            "Negative prompt: lowres, blurry, watermark\n"
            f"Steps: {rng.choice([20, 25, 30])}, Sampler: DPM++ 2M, Schedule type: Karras, "
            f"CFG scale: {rng.choice([5, 6.5, 7])}, Seed: {seed}, Size: {width}x{height}, Model hash: 45a21ea00a, "
            "Model: waiIllustriousSDXL_v160, Clip skip: 2, Version: v1.10.1")
    return text, seed


def _comfy(rng: random.Random, width: int = 1024, height: int = 1024) -> tuple[str, str]:
    seed = rng.randrange(2**48)
    prompt = {
        "3": {"class_type": "KSampler", "inputs": {"seed": seed, "steps": 25, "cfg": 6.0, "sampler_name": "euler",
                                                    "scheduler": "karras", "denoise": 1.0, "model": ["4", 0],
                                                    "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["5", 0]}},
        "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "sdxl_base.safetensors"}},
        "5": {"class_type": "EmptyLatentImage", "inputs": {"width": width, "height": height, "batch_size": 1}},
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": rng.choice(SUBJECTS), "clip": ["4", 1]}},
        "7": {"class_type": "CLIPTextEncode", "inputs": {"text": "lowres, blurry", "clip": ["4", 1]}},
        "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
        "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "ComfyUI", "images": ["8", 0]}},
    }
    # Real workflows carry positions, sizes, groups and many extra nodes: ~40 KB of UI JSON.
    nodes = [{"id": i, "type": f"Node{i % 17}", "pos": [rng.random() * 2000, rng.random() * 1500],
              "size": {"0": 315, "1": 262}, "flags": {}, "order": i, "mode": 0,
              "inputs": [{"name": "model", "type": "MODEL", "link": i}],
              "outputs": [{"name": "LATENT", "type": "LATENT", "links": [i + 1], "slot_index": 0}],
              "properties": {"Node name for S&R": f"Node{i % 17}"}, "widgets_values": [seed, "fixed", 25, 6.0]}
             for i in range(120)]
    workflow = {"last_node_id": 120, "last_link_id": 121, "nodes": nodes,
                "links": [[i, i, 0, i + 1, 0, "LATENT"] for i in range(120)], "groups": [], "version": 0.4}
    return json.dumps(prompt), json.dumps(workflow)


def _png_with_texts(base: bytes, texts: dict[str, str]) -> bytes:
    insert_at = 8 + 25  # after the signature and IHDR, where writers put text chunks
    extra = b"".join(_chunk(b"tEXt", key.encode("latin-1") + b"\x00" + value.encode("latin-1", "replace"))
                     for key, value in texts.items())
    return base[:insert_at] + extra + base[insert_at:]


def _exif_user_comment(text: str) -> bytes:
    """A TIFF stream (no 'Exif\\0\\0' header) whose Exif IFD holds a UNICODE UserComment."""
    exif = Image.Exif()
    exif.get_ifd(0x8769)[0x9286] = b"UNICODE\x00" + text.encode("utf-16-be")
    tiff = exif.tobytes()
    return tiff[6:] if tiff.startswith(b"Exif\x00\x00") else tiff  # Pillow prepends the APP1 header


def _jpeg_with_exif(base: bytes, tiff: bytes) -> bytes:
    segment = b"Exif\x00\x00" + tiff
    return base[:2] + b"\xff\xe1" + struct.pack(">H", len(segment) + 2) + segment + base[2:]


def _webp_with_exif(vp8_chunk: bytes, width: int, height: int, tiff: bytes) -> bytes:
    vp8x = b"VP8X" + struct.pack("<I", 10) + bytes([0x08, 0, 0, 0]) + \
        (width - 1).to_bytes(3, "little") + (height - 1).to_bytes(3, "little")
    exif = b"EXIF" + struct.pack("<I", len(tiff)) + tiff + (b"\x00" if len(tiff) % 2 else b"")
    body = b"WEBP" + vp8x + vp8_chunk + exif
    return b"RIFF" + struct.pack("<I", len(body)) + body


def _bases() -> dict[tuple[str, int, int], bytes]:
    """Encoded pixels per container and resolution, made once: the costly part of the corpus."""
    bases = {}
    for kind, sizes in RESOLUTIONS.items():
        fmt = FORMATS[kind]
        for width, height in sizes:
            if (fmt, width, height) in bases:
                continue
            picture = _picture(width, height, seed=width * 7 + height, grain=GRAIN[fmt])
            out = io.BytesIO()
            picture.save(out, fmt.upper(), **SAVE_OPTIONS[fmt])
            data = out.getvalue()
            bases[(fmt, width, height)] = data[12:] if fmt == "webp" else data  # WebP: its one 'VP8 ' chunk
    return bases


def build_corpus(folder: Path, count: int, seed: int = 7) -> list[Path]:
    rng = random.Random(seed)
    bases = _bases()
    kinds = [kind for kind, share in MIX for _ in range(round(share * 100))]
    turns = dict.fromkeys(RESOLUTIONS, 0)
    paths = []
    for index in range(count):
        kind = kinds[index % len(kinds)]
        width, height = RESOLUTIONS[kind][turns[kind] % len(RESOLUTIONS[kind])]
        turns[kind] += 1
        if kind == "a1111_png":
            text, file_seed = _infotext(rng, width, height)
            data = _png_with_texts(bases[("png", width, height)], {"parameters": text})
            name = f"{index:05d}-{file_seed}.png"
        elif kind == "comfyui_png":
            prompt, workflow = _comfy(rng, width, height)
            data = _png_with_texts(bases[("png", width, height)], {"prompt": prompt, "workflow": workflow})
            name = f"ComfyUI_{index:05d}_.png"
        elif kind == "jpeg_exif":
            text, file_seed = _infotext(rng, width, height)
            data, name = _jpeg_with_exif(bases[("jpeg", width, height)], _exif_user_comment(text)), f"{index:05d}-{file_seed}.jpg"
        else:
            text, file_seed = _infotext(rng, width, height)
            data = _webp_with_exif(bases[("webp", width, height)], width, height, _exif_user_comment(text))
            name = f"{index:05d}-{file_seed}.webp"
        path = folder / name
        path.write_bytes(data)
        paths.append(path)
    return paths


def _time(label: str, paths: list[Path], action, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        for path in paths:
            action(path)
        best = min(best, time.perf_counter() - started)
    rate = len(paths) / best
    print(f"  {label:<14} {rate:>10,.0f} files/s   ({best * 1000:,.0f} ms for {len(paths)} files)")
    return rate


def _one_per_kind(paths: list[Path]) -> list[Path]:
    firsts: dict[str, Path] = {}
    for path in paths:
        firsts.setdefault("comfyui" if path.name.startswith("ComfyUI_") else path.suffix, path)
    return list(firsts.values())


def raw_read(path: Path) -> None:
    with open(path, "rb") as handle:
        handle.read()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="corpus size (the issue's full figure: 10000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes per reader; the best is reported")
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it")
    parser.add_argument("--skip-sd-parsers", action="store_true")
    args = parser.parse_args(argv)

    from tools.metadata import read_metadata

    folder = args.keep or Path(tempfile.mkdtemp(prefix="atelier-bench-metadata-"))
    folder.mkdir(parents=True, exist_ok=True)
    try:
        started = time.perf_counter()
        paths = build_corpus(folder, args.files)
        total = sum(p.stat().st_size for p in paths)
        print(f"corpus: {len(paths)} files, {total / 2**20:,.0f} MiB, built in {time.perf_counter() - started:.1f}s "
              f"in {folder}")
        for path in paths:  # warm the page cache
            raw_read(path)
        for path in _one_per_kind(paths):  # every kind must carry readable metadata, or we time nothing
            assert read_metadata(path).seed is not None, f"no metadata read from {path.name}"
        print("throughput (warm cache, best of", args.repeat, "passes):")
        raw = _time("raw read", paths, raw_read, args.repeat)
        ours = _time("read_metadata", paths, read_metadata, args.repeat)
        slower = raw / ours
        print(f"  ours vs raw read: {slower:.2f}x the raw read's time (target: within 3x) -> "
              f"{'OK' if slower <= 3 else 'MISSED'}")
        if not args.skip_sd_parsers:
            from sd_parsers import ParserManager

            manager = ParserManager()
            for path in _one_per_kind(paths):  # a fair race: the package must read the same files
                assert manager.parse(path) is not None, f"sd-parsers read nothing from {path.name}"
            theirs = _time("sd-parsers", paths, manager.parse, args.repeat)
            print(f"  ours vs sd-parsers: {ours / theirs:.1f}x faster (target: >= 10x) -> "
                  f"{'OK' if ours / theirs >= 10 else 'MISSED'}")
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
