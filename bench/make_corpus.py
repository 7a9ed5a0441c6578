"""A benchmark corpus of realistic AI images: sizes, metadata and generation times like real outputs.

PNGs (512², 768², 1024²) carry A1111 ``parameters`` or ComfyUI ``prompt``/``workflow`` text chunks,
JPEGs and WebPs carry EXIF (UserComment infotext, DateTimeOriginal). Times come in bursts of work
separated by breaks, written into file names the way Fooocus/ComfyUI date patterns do, into EXIF,
and into file mtimes. Pixel payloads are encoded once per size and reused (each file still has
unique bytes through its metadata), so 10,000 files build in well under a minute.

    python -m bench.make_corpus --files 10000        # prints the cached corpus folder
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import shutil
import struct
import tempfile
import zlib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import numpy as np
from PIL import Image

CORPUS_VERSION = 2
START = datetime(2024, 3, 1, 9, 0, tzinfo=timezone.utc)
SUBJECTS = ["neon city at night", "misty pine forest", "portrait of an old sailor", "cyberpunk street market",
            "ancient temple ruins", "underwater coral reef", "desert caravan at dusk", "snowy mountain cabin",
            "steampunk airship", "koi pond in autumn", "astronaut on a red planet", "art deco hotel lobby"]
STYLES = ["cinematic lighting", "oil painting", "watercolor", "35mm film photo", "isometric 3d render",
          "studio ghibli style", "ukiyo-e woodblock print", "low poly"]
MODELS = ["sd_xl_base_1.0", "juggernautXL_v9", "dreamshaper_8", "realisticVision_v51", "ponyDiffusionV6XL"]
SAMPLERS = ["DPM++ 2M Karras", "Euler a", "DPM++ SDE Karras", "UniPC"]
NEGATIVE = "lowres, bad anatomy, bad hands, text, error, missing fingers, cropped, worst quality, jpeg artifacts"
# (kind, side, share of the corpus)
MIX = [("png", 512, 0.24), ("png", 768, 0.18), ("png", 1024, 0.18), ("jpeg", 1024, 0.15),
       ("jpeg", 768, 0.10), ("webp", 1024, 0.10), ("webp", 512, 0.05)]


def corpus_dir(files: int, seed: int) -> Path:
    return Path(tempfile.gettempdir()) / f"atelier-bench-corpus-v{CORPUS_VERSION}-{files}-{seed}"


def _pixels(side: int, rng: np.random.Generator) -> np.ndarray:
    """A smooth picture plus film-grain noise: compresses like a real diffusion output (~1.5 B/px PNG)."""
    y, x = np.mgrid[0:side, 0:side].astype(np.float32) / side
    base = np.stack([np.sin(6 * x + 2 * y) * 70 + 128, np.cos(5 * y - 3 * x) * 70 + 120,
                     np.sin(4 * (x + y)) * 60 + 110], axis=-1)
    grain = rng.normal(0, 5.5, size=(side, side, 3))
    return np.clip(base + grain, 0, 255).astype(np.uint8)


def _png_parts(pixels: np.ndarray) -> tuple[bytes, bytes]:
    """(IHDR chunk, IDAT chunks) of a PNG encoded once, to be reused with different text chunks."""
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "PNG", compress_level=4)
    data = buffer.getvalue()
    position, ihdr, idat = 8, b"", []
    while position < len(data):
        (length,) = struct.unpack(">I", data[position:position + 4])
        kind = data[position + 4:position + 8]
        chunk = data[position:position + 12 + length]
        if kind == b"IHDR":
            ihdr = chunk
        elif kind == b"IDAT":
            idat.append(chunk)
        position += 12 + length
    return ihdr, b"".join(idat)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _text(key: str, value: str) -> bytes:
    return _chunk(b"tEXt", key.encode("latin-1") + b"\x00" + value.encode("latin-1", "replace"))


def _itxt(key: str, value: str) -> bytes:
    return _chunk(b"iTXt", key.encode("latin-1") + b"\x00\x00\x00\x00\x00" + value.encode("utf-8"))


def _exif_tiff(user_comment: str, taken: datetime) -> bytes:
    """A minimal big-endian TIFF: IFD0 -> Exif IFD with DateTimeOriginal and a UNICODE UserComment."""
    stamp = taken.strftime("%Y:%m:%d %H:%M:%S").encode() + b"\x00"
    comment = b"UNICODE\x00" + user_comment.encode("utf-16-be")
    ifd0_offset = 8
    exif_offset = ifd0_offset + 2 + 12 + 4
    data_offset = exif_offset + 2 + 2 * 12 + 4
    ifd0 = struct.pack(">H", 1) + struct.pack(">HHII", 0x8769, 4, 1, exif_offset) + struct.pack(">I", 0)
    exif = (struct.pack(">H", 2)
            + struct.pack(">HHII", 0x9003, 2, len(stamp), data_offset)
            + struct.pack(">HHII", 0x9286, 7, len(comment), data_offset + len(stamp))
            + struct.pack(">I", 0))
    return b"MM\x00\x2a" + struct.pack(">I", ifd0_offset) + ifd0 + exif + stamp + comment


def _jpeg_base(pixels: np.ndarray) -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "JPEG", quality=92)
    return buffer.getvalue()


def _webp_bitstream(pixels: np.ndarray) -> tuple[bytes, int, int]:
    """The VP8 chunk of a simple lossy WebP, to be rewrapped with a VP8X header and an EXIF chunk."""
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, "WEBP", quality=90, exif=b"")
    data = buffer.getvalue()
    position = 12
    while position < len(data):
        fourcc = data[position:position + 4]
        (length,) = struct.unpack("<I", data[position + 4:position + 8])
        if fourcc in (b"VP8 ", b"VP8L"):
            return data[position:position + 8 + length + (length & 1)], pixels.shape[1], pixels.shape[0]
        position += 8 + length + (length & 1)
    raise RuntimeError("Pillow wrote a WebP without a VP8 chunk")


def _riff_chunk(fourcc: bytes, body: bytes) -> bytes:
    return fourcc + struct.pack("<I", len(body)) + body + (b"\x00" if len(body) & 1 else b"")


def _infotext(prompt: str, seed: int, side: int, model: str, sampler: str, steps: int, cfg: float) -> str:
    return (f"{prompt}\nNegative prompt: {NEGATIVE}\nSteps: {steps}, Sampler: {sampler}, CFG scale: {cfg}, "
            f"Seed: {seed}, Size: {side}x{side}, Model hash: {zlib.crc32(model.encode()):010x}, Model: {model}, "
            f"Version: v1.9.4")


def _comfy_graph(prompt: str, seed: int, side: int, model: str, steps: int, cfg: float) -> dict:
    return {
        "3": {"class_type": "KSampler", "inputs": {"seed": seed, "steps": steps, "cfg": cfg,
              "sampler_name": "dpmpp_2m", "scheduler": "karras", "denoise": 1.0, "model": ["4", 0],
              "positive": ["6", 0], "negative": ["7", 0], "latent_image": ["5", 0]}},
        "4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": f"{model}.safetensors"}},
        "5": {"class_type": "EmptyLatentImage", "inputs": {"width": side, "height": side, "batch_size": 1}},
        "6": {"class_type": "CLIPTextEncode", "inputs": {"text": prompt, "clip": ["4", 1]}},
        "7": {"class_type": "CLIPTextEncode", "inputs": {"text": NEGATIVE, "clip": ["4", 1]}},
        "8": {"class_type": "VAEDecode", "inputs": {"samples": ["3", 0], "vae": ["4", 2]}},
        "9": {"class_type": "SaveImage", "inputs": {"filename_prefix": "ComfyUI", "images": ["8", 0]}},
    }


def _comfy_workflow(graph: dict) -> dict:
    """A UI workflow of realistic size (positions, widgets, links), as ComfyUI saves next to the graph."""
    nodes = []
    for number, (node_id, node) in enumerate(graph.items()):
        nodes.append({"id": int(node_id), "type": node["class_type"], "pos": [100 + 300 * number, 200],
                      "size": {"0": 315, "1": 262}, "flags": {}, "order": number, "mode": 0,
                      "inputs": [{"name": k, "type": "*", "link": number} for k, v in node["inputs"].items()
                                 if isinstance(v, list)],
                      "outputs": [{"name": "OUT", "type": "*", "links": [number + 1], "slot_index": 0}],
                      "properties": {"Node name for S&R": node["class_type"]},
                      "widgets_values": [v for v in node["inputs"].values() if not isinstance(v, list)]})
    return {"last_node_id": 9, "last_link_id": 9, "nodes": nodes,
            "links": [[i, i, 0, i + 1, 0, "*"] for i in range(9)], "groups": [], "config": {},
            "extra": {"ds": {"scale": 1.0, "offset": [0, 0]}}, "version": 0.4}


def _bursts(count: int, rng: random.Random) -> list[datetime]:
    """Generation times: sessions of 10-80 images, 15-120 s apart, separated by 1-40 hour breaks."""
    times, moment = [], START
    while len(times) < count:
        for _ in range(rng.randint(10, 80)):
            times.append(moment)
            moment += timedelta(seconds=rng.randint(15, 120))
        moment += timedelta(hours=rng.uniform(1, 40))
    return times[:count]


def make_corpus(files: int = 10_000, seed: int = 0, *, refresh: bool = False) -> Path:
    """Build (or reuse) the corpus and return its folder."""
    root = corpus_dir(files, seed)
    marker = root / ".complete"
    if marker.exists() and not refresh:
        return root
    if root.exists():
        shutil.rmtree(root)
    rng = random.Random(seed)
    pixel_rng = np.random.default_rng(seed)
    sides = sorted({side for _, side, _ in MIX})
    pixels = {side: _pixels(side, pixel_rng) for side in sides}
    png_parts = {side: _png_parts(pixels[side]) for side in sides}
    jpeg_bases = {side: _jpeg_base(pixels[side]) for side in sides}
    webp_parts = {side: _webp_bitstream(pixels[side]) for side in sides}
    kinds = [(kind, side) for kind, side, share in MIX for _ in range(round(share * 1000))]
    times = _bursts(files, rng)
    written = 0
    prompt = ""
    for number, moment in enumerate(times):
        if number == 0 or rng.random() < 0.08:  # a new brief every dozen images or so
            prompt = f"{rng.choice(SUBJECTS)}, {rng.choice(STYLES)}, highly detailed"
            model, sampler = rng.choice(MODELS), rng.choice(SAMPLERS)
            steps, cfg = rng.choice([20, 25, 30, 40]), rng.choice([5.0, 6.5, 7.0, 8.0])
        kind, side = rng.choice(kinds)
        image_seed = rng.randrange(2**32)
        day = root / moment.strftime("%Y-%m-%d")
        day.mkdir(parents=True, exist_ok=True)
        stem = f"{moment.strftime('%Y-%m-%d_%H-%M-%S')}_{number:05d}"
        if kind == "png":
            ihdr, idat = png_parts[side]
            if rng.random() < 0.5:
                texts = _text("parameters", _infotext(prompt, image_seed, side, model, sampler, steps, cfg))
            else:
                graph = _comfy_graph(prompt, image_seed, side, model, steps, cfg)
                texts = _text("prompt", json.dumps(graph)) + _text("workflow", json.dumps(_comfy_workflow(graph)))
            data = b"\x89PNG\r\n\x1a\n" + ihdr + texts + idat + _chunk(b"IEND", b"")
            path = day / f"{stem}.png"
        elif kind == "jpeg":
            tiff = _exif_tiff(_infotext(prompt, image_seed, side, model, sampler, steps, cfg), moment)
            app1 = b"Exif\x00\x00" + tiff
            base = jpeg_bases[side]
            data = base[:2] + b"\xff\xe1" + struct.pack(">H", len(app1) + 2) + app1 + base[2:]
            path = day / f"{stem}.jpg"
        else:
            bitstream, width, height = webp_parts[side]
            tiff = _exif_tiff(_infotext(prompt, image_seed, side, model, sampler, steps, cfg), moment)
            vp8x = _riff_chunk(b"VP8X", bytes([0x08, 0, 0, 0]) + (width - 1).to_bytes(3, "little")
                               + (height - 1).to_bytes(3, "little"))
            body = b"WEBP" + vp8x + bitstream + _riff_chunk(b"EXIF", tiff)
            data = b"RIFF" + struct.pack("<I", len(body)) + body
            path = day / f"{stem}.webp"
        path.write_bytes(data)
        stamp = moment.timestamp()
        os.utime(path, (stamp, stamp))
        written += len(data)
    marker.write_text(json.dumps({"files": files, "seed": seed, "bytes": written}))
    return root


def corpus_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file() and not p.name.startswith("."))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--refresh", action="store_true", help="rebuild even when cached")
    args = parser.parse_args()
    root = make_corpus(args.files, args.seed, refresh=args.refresh)
    print(root)


if __name__ == "__main__":
    main()
