"""AUTOMATIC1111 / Forge / SD.Next through their web API (``A1111_URL``).

``POST /sdapi/v1/txt2img`` makes a batch (``n_iter`` images of ``batch_size`` 1); the real seeds
come from ``json.loads(info)["all_seeds"]`` (``parameters`` still says -1) and the model from
``info["sd_model_name"]`` or ``/sdapi/v1/options``. Progress is polled from ``/sdapi/v1/progress``
while a call runs; a cancel posts ``/sdapi/v1/interrupt``. The server hangs when two txt2img calls
overlap, so one job runs per server at a time (``max_concurrent_jobs = 1``).
"""

from __future__ import annotations

import io
import json
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor

import httpx

from tools.generators.base import (
    FailedImage,
    GeneratedImage,
    GenerationCancelled,
    GeneratorError,
    ImageRequest,
    ProgressCallback,
    check_side_range,
    checked_requests,
    group_requests,
)
from tools.generators.http import call, decode_base64_image, json_answer, server_url
from tools.generators.png import NotAnImage, finish_image

LABEL = "A1111"
MAX_PER_CALL = 8  # images per txt2img call: progress and partial failure at this grain
POLL_SECONDS = 0.25
# A1111 >= 1.9 takes the scheduler separately: "DPM++ 2M Karras" is a 404 "Sampler not found".
DEFAULTS = {"steps": 20, "cfg_scale": 7.0, "sampler_name": "DPM++ 2M", "scheduler": "Karras"}
PASSED_SETTINGS = ("steps", "cfg_scale", "sampler_name", "scheduler", "denoising_strength",
                   "enable_hr", "hr_scale", "hr_upscaler", "clip_skip", "restore_faces", "tiling")


class A1111Generator:
    name = "a1111"
    max_concurrent_jobs = 1
    supports_video = False

    def __init__(self, url: str, *, checkpoint: str | None = None, timeout: float = 600.0,
                 poll_seconds: float = POLL_SECONDS) -> None:
        self.url = url
        self.checkpoint = checkpoint
        self.timeout = timeout
        self.poll_seconds = poll_seconds
        self._model: str | None = None

    @property
    def job_key(self) -> str:
        return f"a1111 {self.url}"

    @property
    def model_name(self) -> str:
        return self._model or self.checkpoint or "a1111"

    def check_size(self, width: int, height: int) -> None:
        check_side_range(width, height, step=8, low=64, high=4096, who="A1111")

    def _client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=httpx.Timeout(self.timeout, connect=10.0))

    def _call(self, client: httpx.Client, method: str, path: str, **kwargs) -> httpx.Response:
        return call(client, method, path, label=LABEL, url=self.url, timeout=self.timeout, **kwargs)

    # --- the server -------------------------------------------------------------------------

    def _prepare(self, client: httpx.Client) -> None:
        """Say plainly when the URL is not an A1111 server; switch the checkpoint if one is configured."""
        response = self._call(client, "GET", "/sdapi/v1/options")
        options = json_answer(response, LABEL, "/sdapi/v1/options") if response.status_code == 200 else None
        if not isinstance(options, dict) or "sd_model_checkpoint" not in options:
            raise GeneratorError(f"the server at {self.url} is not an A1111/Forge/SD.Next API "
                                 f"(GET /sdapi/v1/options answered {response.status_code}); "
                                 "is it started with --api?")
        current = options.get("sd_model_checkpoint")
        if self.checkpoint and current != self.checkpoint:
            # Forge ignored override_settings for the checkpoint in some versions: set the option.
            answer = self._call(client, "POST", "/sdapi/v1/options",
                                json={"sd_model_checkpoint": self.checkpoint})
            if answer.status_code != 200:
                raise GeneratorError(f"the A1111 server could not load the checkpoint "
                                     f"'{self.checkpoint}' ({_reason(answer)})")
            current = self.checkpoint
        self._model = _model_stem(current)

    def generate(self, requests: list[ImageRequest], *, on_progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None) -> Iterator[GeneratedImage | FailedImage]:
        return self._run(checked_requests(self, requests), on_progress, cancel)

    def _run(self, requests, on_progress, cancel) -> Iterator[GeneratedImage | FailedImage]:
        total, done, shown = len(requests), 0, 0

        def report(reached: int) -> None:  # each count once: mid-call polls, then finished images
            nonlocal shown
            if on_progress is not None and reached > shown:
                shown = reached
                on_progress(reached, total)

        with self._client() as client, ThreadPoolExecutor(1, thread_name_prefix="a1111") as pool:
            self._prepare(client)
            for batch in group_requests(requests, MAX_PER_CALL, consecutive_seeds=True):
                if cancel is not None and cancel.is_set():
                    raise GenerationCancelled(f"cancelled after {done} of {total} images")
                payload = txt2img_payload(batch)
                future = pool.submit(self._call, client, "POST", "/sdapi/v1/txt2img", json=payload)
                response = self._wait(client, future, cancel, done, total, len(batch), report)
                for result in self._results(batch, payload, response):
                    done += 1
                    report(done)
                    yield result

    def _wait(self, client, future: Future, cancel, done, total, size, report) -> httpx.Response:
        """Wait for the txt2img call, polling progress; on cancel interrupt the server."""
        while True:
            try:
                return future.result(timeout=self.poll_seconds)
            except TimeoutError:
                pass
            except GeneratorError:
                self._interrupt(client)  # we gave up on it (timeout): the server should too
                raise
            if cancel is not None and cancel.is_set():
                self._interrupt(client)
                try:
                    future.result(timeout=min(self.timeout, 30))
                except Exception:  # noqa: BLE001 - the call's own outcome no longer matters
                    pass
                raise GenerationCancelled(f"cancelled after {done} of {total} images")
            report(done + self._images_finished(client, size))

    def _images_finished(self, client: httpx.Client, size: int) -> int:
        """Whole images finished in the running call (Forge's progress may stick at 0.01: a hint)."""
        try:
            state = client.get("/sdapi/v1/progress", params={"skip_current_image": "true"},
                               timeout=5.0).json()
            fraction = float(state.get("progress") or 0)
        except (httpx.HTTPError, ValueError, AttributeError, TypeError):
            return 0
        return max(0, min(size - 1, int(fraction * size)))

    def _interrupt(self, client: httpx.Client) -> None:
        try:
            client.post("/sdapi/v1/interrupt", timeout=5.0)
        except httpx.HTTPError:
            pass  # the server is gone or busy; the cancel still stands on our side

    def _results(self, batch: list[ImageRequest], payload: dict,
                 response: httpx.Response) -> list[GeneratedImage | FailedImage]:
        if response.status_code != 200:
            reason = _reason(response)
            if response.status_code >= 500:  # this batch failed; the next one may not
                return [FailedImage(r, reason) for r in batch]
            raise GeneratorError(reason)
        body = json_answer(response, LABEL, "txt2img")
        images = body.get("images") if isinstance(body, dict) else None
        info = _info(body.get("info")) if isinstance(body, dict) else None
        if not isinstance(images, list) or info is None:
            raise GeneratorError("the A1111 server's txt2img answer has no images or no info: "
                                 "is it really an A1111/Forge server?")
        if len(images) == len(batch) + 1 and len(batch) > 1:
            images = images[1:]  # "return grid" is on: the grid comes first
        seeds = info.get("all_seeds") if isinstance(info.get("all_seeds"), list) else []
        texts = info.get("infotexts") if isinstance(info.get("infotexts"), list) else []
        model = _model_stem(info.get("sd_model_name")) or self.model_name
        server = "Forge" if any(isinstance(t, str) and "Version: f" in t for t in texts) else LABEL
        results: list[GeneratedImage | FailedImage] = []
        for i, request in enumerate(batch):
            data = decode_base64_image(images[i]) if i < len(images) else None
            if data is None:
                results.append(FailedImage(request, "the A1111 server sent no image data for it"))
                continue
            seed = _int(seeds[i]) if i < len(seeds) else None
            infotext = texts[i] if i < len(texts) and isinstance(texts[i], str) else None
            provenance = {
                "provider": self.name, "model": model, "server": server, "server_url": self.url,
                "request": payload,
                "response": {"seed": seed, "infotext": infotext,
                             "sd_model_name": info.get("sd_model_name"),
                             "sd_model_hash": info.get("sd_model_hash"),
                             "sampler_name": info.get("sampler_name"), "steps": info.get("steps"),
                             "version": info.get("version")},
            }
            try:
                image = finish_image(request, data, provider=self.name, model=model, seed=seed,
                                     provenance=provenance, texts=[("parameters", infotext)] if infotext else [])
            except NotAnImage as error:
                results.append(FailedImage(request, f"the A1111 server sent a broken image ({error})"))
                continue
            if is_all_black(image.data):
                results.append(FailedImage(request, f"the {server} server returned a black image (Flux on "
                                                    "Forge needs its VAE and text encoder modules)"))
                continue
            results.append(image)
        return results


def is_all_black(png: bytes) -> bool:
    """A black frame: what Forge returns for Flux when its extra modules are missing."""
    from PIL import Image

    with Image.open(io.BytesIO(png)) as image:
        image.draft("L", (64, 64))
        return image.convert("L").getextrema() == (0, 0)


def txt2img_payload(batch: list[ImageRequest]) -> dict:
    first = batch[0]
    chosen = {key: first.settings[key] for key in PASSED_SETTINGS if key in first.settings}
    return {
        **DEFAULTS, **chosen,
        "prompt": first.prompt, "negative_prompt": first.negative_prompt,
        # -1: the server picks; a fixed seed counts up by one per image of the batch.
        "seed": first.seed if first.seed is not None else -1,
        "width": first.width, "height": first.height,
        "batch_size": 1, "n_iter": len(batch),
        "send_images": True, "save_images": False,
    }


def _info(value) -> dict | None:
    if isinstance(value, dict):
        return value
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return None
        return parsed if isinstance(parsed, dict) else None
    return None


def _reason(response: httpx.Response) -> str:
    """The server's own reason, as a sentence: OOM, a missing sampler, a validation error …"""
    try:
        body = response.json()
    except ValueError:
        body = {}
    body = body if isinstance(body, dict) else {}
    detail = " ".join(str(body.get(k) or "") for k in ("error", "detail", "errors")).strip()
    if "out of memory" in detail.lower() or "OutOfMemory" in detail:
        return "the A1111 server ran out of memory"
    if response.status_code == 404 and "sampler" in detail.lower():
        return f"the A1111 server does not know that sampler ({detail})"
    if response.status_code == 404:
        return f"the server at {response.request.url} has no such API (404): is it A1111 started with --api?"
    if response.status_code == 422:
        return f"the A1111 server rejected the request ({detail[:300] or 'validation error'})"
    return f"the A1111 server failed ({response.status_code}: {detail[:300] or 'no reason given'})"


def _model_stem(value) -> str | None:
    """'sd_xl_base_1.0.safetensors [31e35c80fc]' -> 'sd_xl_base_1.0'."""
    if not isinstance(value, str) or not value.strip():
        return None
    name = value.split(" [", 1)[0].strip()
    for suffix in (".safetensors", ".ckpt"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
    return name.replace("\\", "/").rsplit("/", 1)[-1] or None


def _int(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def register_generators(register):
    register("a1111", lambda settings: A1111Generator(
        server_url(settings.a1111_url, variable="A1111_URL", label="a1111", example="http://127.0.0.1:7860"),
        checkpoint=settings.a1111_checkpoint, timeout=settings.generator_timeout),
        description="AUTOMATIC1111 / Forge / SD.Next web API at A1111_URL")
