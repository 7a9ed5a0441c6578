"""Atelier's generator clients against a bare HTTP loop, through the same loopback fakes.

Run as ``python -m bench.bench_generators [--images N] [--size 512]``. For each provider
(A1111, ComfyUI, OpenAI images) it times N images made by Atelier's generator (metadata written
into every PNG, progress, websocket waits for ComfyUI) and N images fetched by the least a client
must do against the same fake (the HTTP calls and base64 decoding, no metadata, no websocket:
ComfyUI is polled on /history/{id}). The ratio is the client's overhead; the fakes' own cost is
in both numbers. Atelier sends A1111 batches (``n_iter`` up to 8) where the bare loop sends one
image per call, so there the ratio also shows what batching saves. On a shared machine the
ratios move by ±30% between runs: read them as "no measurable client overhead" or not.
"""

from __future__ import annotations

import argparse
import base64
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from fake_servers import FakeA1111, FakeComfyUI, FakeOpenAIImages  # noqa: E402

from tools.generators.a1111 import A1111Generator  # noqa: E402
from tools.generators.base import ImageRequest  # noqa: E402
from tools.generators.comfyui import ComfyUIGenerator, bundled_graph, load_workflow  # noqa: E402
from tools.generators.openai_images import OpenAIImagesGenerator  # noqa: E402


def requests(count: int, size: int) -> list[ImageRequest]:
    return [ImageRequest("a lighthouse at dusk", 1000 + i, size, size,
                         embed={"session_id": "s", "generation_id": f"g{i}", "created_at": "2026-01-01T00:00:00Z"})
            for i in range(count)]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def atelier_run(generator, count: int, size: int) -> None:
    made = list(generator.generate(requests(count, size)))
    failed = [m.reason for m in made if not hasattr(m, "data")]
    assert len(made) == count and not failed, (len(made), failed[:2])


def bare_a1111(url: str, count: int, size: int) -> None:
    with httpx.Client(base_url=url, timeout=60) as client:
        for i in range(count):
            body = client.post("/sdapi/v1/txt2img", json={
                "prompt": "a lighthouse at dusk", "negative_prompt": "", "seed": 1000 + i, "width": size,
                "height": size, "steps": 20, "cfg_scale": 7, "sampler_name": "DPM++ 2M", "scheduler": "Karras",
                "n_iter": 1, "batch_size": 1}).json()
            base64.b64decode(body["images"][0])


def bare_comfyui(url: str, count: int, size: int) -> None:
    graph = bundled_graph()
    graph["4"]["inputs"]["ckpt_name"] = "sd_xl_base_1.0.safetensors"
    graph["5"]["inputs"].update(width=size, height=size)
    with httpx.Client(base_url=url, timeout=60) as client:
        for i in range(count):
            graph["3"]["inputs"]["seed"] = 1000 + i
            prompt_id = client.post("/prompt", json={"prompt": graph, "client_id": "bench"}).json()["prompt_id"]
            while not (entry := client.get(f"/history/{prompt_id}").json()):
                time.sleep(0.002)
            image = entry[prompt_id]["outputs"]["9"]["images"][0]
            client.get("/view", params={**image, "type": "output"}).raise_for_status()


def bare_openai(url: str, count: int, size: int) -> None:
    with httpx.Client(base_url=url, timeout=60, headers={"Authorization": "Bearer sk-test"}) as client:
        left = count
        while left:
            n = min(left, 10)
            body = client.post("/v1/images/generations", json={
                "model": "gpt-image-2", "prompt": "a lighthouse at dusk", "n": n, "size": f"{size}x{size}"}).json()
            for item in body["data"]:
                base64.b64decode(item["b64_json"])
            left -= n


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--images", type=int, default=40)
    parser.add_argument("--size", type=int, default=512)
    args = parser.parse_args()
    n, size = args.images, args.size
    print(f"{n} images of {size}x{size} per run through loopback fakes (best of 2):")
    cases = [
        ("A1111", FakeA1111, lambda url: A1111Generator(url), bare_a1111),
        ("ComfyUI", FakeComfyUI, lambda url: ComfyUIGenerator(url, graph=load_workflow(None)), bare_comfyui),
        ("OpenAI", FakeOpenAIImages, lambda url: OpenAIImagesGenerator(
            api_key="sk-test", base_url=url + "/v1", model="gpt-image-2", max_retries=0), bare_openai),
    ]
    for label, fake, build, bare in cases:
        with fake() as server:
            generator = build(server.base_url)
            ours = min(timed(lambda: atelier_run(generator, n, size)) for _ in range(2))
            floor = min(timed(lambda: bare(server.base_url, n, size)) for _ in range(2))
        print(f"  {label:8s} Atelier {n / ours:7.1f} images/s   bare HTTP loop {n / floor:7.1f} images/s   "
              f"ratio {floor / ours:.2f} (1.00 = no client overhead)")


if __name__ == "__main__":
    main()
