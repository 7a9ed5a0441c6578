"""Benchmark of the procedural generator: images per second at 512x512 on one core.

Run as ``python -m bench.bench_generator``. The whole run is pinned to one CPU and numpy's thread
pools are capped at one thread, so the figure is per core. Every image is rendered twice and the
two PNGs must be byte-identical. The peer, measured in the same run, is Pillow merely encoding a
random RGB image of the same size at the same zlib level: what writing any PNG of that size costs
when the pixels do not compress (random pixels are the worst case, so the ratio can exceed 1).
"""

from __future__ import annotations

import os

# Must be set before numpy loads its thread pools.
for _variable in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS",
                  "NUMEXPR_NUM_THREADS"):
    os.environ.setdefault(_variable, "1")

import argparse  # noqa: E402
import io  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from tools.generators.base import ImageRequest  # noqa: E402
from tools.generators.png import PNG_COMPRESS_LEVEL  # noqa: E402
from tools.generators.procedural import ProceduralGenerator  # noqa: E402

TARGET_IMAGES_PER_SECOND = 30.0
SUBJECTS = ("a red fox in the snow", "teal and gold silk ribbons", "sunset over mountains",
            "cyberpunk city at night", "planets in deep space", "a quiet pond at dawn",
            "bauhaus geometric poster", "portrait of an old sailor", "猫が窓辺で眠る",
            "forest river in autumn")


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to CPU {core}"
    return "not pinned (no sched_setaffinity on this platform)"


def make_requests(count: int, size: int) -> list[ImageRequest]:
    embed = {"session_id": "bench", "created_at": "2024-05-01T10:00:00+00:00"}
    return [
        ImageRequest(SUBJECTS[index % len(SUBJECTS)], seed=index, width=size, height=size,
                     negative_prompt="blurry" if index % 2 else "",
                     embed={**embed, "generation_id": f"gen-{index}"})
        for index in range(count)
    ]


def render_all(requests: list[ImageRequest]) -> tuple[float, list[bytes]]:
    start = time.perf_counter()
    images = [image.data for image in ProceduralGenerator().generate(requests)]
    return time.perf_counter() - start, images


def pillow_encode_seconds(pixels: np.ndarray, repeats: int) -> float:
    """Best-of-`repeats` time for Pillow to save these pixels as PNG at our zlib level."""
    image = Image.fromarray(pixels, "RGB")
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        image.save(io.BytesIO(), "PNG", compress_level=PNG_COMPRESS_LEVEL)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=200, help="images per run")
    parser.add_argument("--size", type=int, default=512, help="square side in pixels")
    args = parser.parse_args(argv)

    print(pin_to_one_core())
    requests = make_requests(args.count, args.size)
    render_all(requests[:5])  # warm-up: imports, allocator, caches

    first_seconds, first = render_all(requests)
    second_seconds, second = render_all(requests)
    identical = first == second
    seconds = min(first_seconds, second_seconds)
    per_image = seconds / args.count
    rate = 1.0 / per_image
    megabytes = sum(len(data) for data in first) / 1e6

    random_pixels = np.random.default_rng(0).integers(0, 256, (args.size, args.size, 3),
                                                      dtype=np.uint8)
    floor = pillow_encode_seconds(random_pixels, repeats=15)
    own_pixels = np.asarray(Image.open(io.BytesIO(first[0])).convert("RGB"))
    pillow_on_ours = pillow_encode_seconds(own_pixels, repeats=15)

    print(f"procedural renderer, {args.count} images at {args.size}x{args.size}, "
          f"zlib level {PNG_COMPRESS_LEVEL}, best of 2 runs:")
    print(f"  {rate:.1f} images/s, {per_image * 1000:.2f} ms per image "
          f"({first_seconds:.2f} s and {second_seconds:.2f} s), "
          f"{megabytes / args.count * 1000:.0f} kB per PNG")
    print(f"  repeat run byte-identical: {'yes' if identical else 'NO'}")
    print(f"  ratio to the {TARGET_IMAGES_PER_SECOND:.0f} images/s target: "
          f"{rate / TARGET_IMAGES_PER_SECOND:.2f}x")
    print(f"peer: Pillow encoding a random {args.size}x{args.size} RGB PNG at level "
          f"{PNG_COMPRESS_LEVEL}: {floor * 1000:.2f} ms ({1 / floor:.1f} /s)")
    print(f"  procedural image (render + metadata + encode) vs that encode alone: "
          f"{floor / per_image:.2f}x its speed")
    print(f"  for scale: Pillow encoding one of our images at the same level takes "
          f"{pillow_on_ours * 1000:.2f} ms")

    speed_ok = rate >= TARGET_IMAGES_PER_SECOND
    print(f">= {TARGET_IMAGES_PER_SECOND:.0f} images/s: {'PASS' if speed_ok else 'FAIL'}")
    print(f"byte-identical repeats: {'PASS' if identical else 'FAIL'}")
    return 0 if speed_ok and identical else 1


if __name__ == "__main__":
    sys.exit(main())
