"""ComfyUI over HTTP and its websocket (``COMFYUI_URL``).

Each image is its own queued graph (``POST /prompt`` with our ``client_id``), with the prompt,
negative, size, steps and seed written into the nodes found by ``class_type`` (never by id), so
each image is reproducible on its own and an identical re-queue is never served from the cache.
Progress comes from the websocket: only the socket whose ``clientId`` matches gets ``executing``,
``executed``, ``execution_error`` and ``execution_success`` (``execution_interrupted`` is
broadcast); a prompt is done when ``executing`` carries a null node. When the socket drops we poll
``/history/{id}`` (``{}`` while queued or running; never the whole ``/history``). Results are read
from the save node's ``output`` images via ``/view``; a cancel posts ``/interrupt``.
"""

from __future__ import annotations

import contextlib
import copy
import json
import secrets
import threading
import time
import uuid
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import httpx
from websockets.exceptions import WebSocketException
from websockets.sync.client import ClientConnection, connect

from tools.generators.base import (
    FailedImage,
    GeneratedImage,
    GenerationCancelled,
    GeneratorError,
    ImageRequest,
    ProgressCallback,
    check_side_range,
    checked_requests,
)
from tools.generators.http import call, json_answer, server_url
from tools.metadata.comfyui import is_link, looks_like_api_graph, looks_like_ui_workflow
from tools.generators.png import NotAnImage, finish_image

LABEL = "ComfyUI"
SAMPLERS = ("KSampler", "KSamplerAdvanced")
SEED_INPUTS = ("seed", "noise_seed")
SAVE_NODES = ("SaveImage",)  # PreviewImage writes to type=temp, purged on restart
LATENTS = ("EmptyLatentImage", "EmptySD3LatentImage", "EmptyHunyuanLatentVideo")
CHECKPOINT_LOADERS = ("CheckpointLoaderSimple", "CheckpointLoader", "UNETLoader")
TICK = 0.1  # seconds between looks at the cancel event while waiting
# Even with a live socket, look at /history/{id} this often: messages can be lost (a socket that
# reconnected under another sid, a proxy) and the history entry is the record.
HISTORY_EVERY = 2.0
COMFY_SEED_LIMIT = 2**64  # ComfyUI seeds are 0..0xffffffffffffffff; ours stay below 2^63


class Graph:
    """An API-format graph and the nodes Atelier writes into, found by class_type."""

    def __init__(self, graph: object, source: str) -> None:
        if looks_like_ui_workflow(graph) and not looks_like_api_graph(graph):
            raise GeneratorError(f"{source} is a ComfyUI UI workflow, not the API format: export it "
                                 "with 'Export (API)' (or 'Save (API Format)') and use that file")
        if not looks_like_api_graph(graph):
            raise GeneratorError(f"{source} is not a ComfyUI API-format graph (no nodes with a class_type)")
        self.graph: dict = graph
        self.source = source
        samplers = self._ids(SAMPLERS)
        if not samplers:
            raise GeneratorError(f"{source} has no sampler node ({' or '.join(SAMPLERS)}) to set the seed on")
        saves = self._ids(SAVE_NODES)
        if not saves:
            hint = " (PreviewImage results are temporary)" if self._ids(("PreviewImage",)) else ""
            raise GeneratorError(f"{source} has no SaveImage node{hint}: results must come from a save node")
        self.sampler, self.save = samplers[0], saves[0]
        inputs = self.graph[self.sampler].get("inputs") or {}
        self.positive = self._text_node(inputs.get("positive"))
        self.negative = self._text_node(inputs.get("negative"))
        latents = self._ids(LATENTS)
        self.latent = latents[0] if latents else None
        loaders = self._ids(CHECKPOINT_LOADERS)
        self.loader = loaders[0] if loaders else None

    def _ids(self, classes: tuple[str, ...]) -> list[str]:
        return sorted((node_id for node_id, node in self.graph.items()
                       if isinstance(node, dict) and node.get("class_type") in classes), key=str)

    def _text_node(self, link) -> str | None:
        """Follow a sampler's conditioning link to the CLIPTextEncode that holds the text."""
        seen = set()
        while is_link(link) and str(link[0]) in self.graph and str(link[0]) not in seen:
            node_id = str(link[0])
            seen.add(node_id)
            node = self.graph[node_id]
            inputs = node.get("inputs") or {}
            if isinstance(inputs.get("text"), str):
                return node_id
            link = next((v for v in inputs.values() if is_link(v)), None)
        return None

    @property
    def checkpoint(self) -> str | None:
        if self.loader is None:
            return None
        inputs = self.graph[self.loader].get("inputs") or {}
        value = inputs.get("ckpt_name") or inputs.get("unet_name")
        return value if isinstance(value, str) and value else None

    def for_request(self, request: ImageRequest, seed: int, checkpoint: str | None) -> dict:
        graph = copy.deepcopy(self.graph)
        sampler = graph[self.sampler]["inputs"]
        seed_input = next((name for name in SEED_INPUTS if name in sampler), "seed")
        sampler[seed_input] = seed
        for key in ("steps", "cfg", "sampler_name", "scheduler", "denoise"):
            if key in request.settings:
                sampler[key] = request.settings[key]
        if self.positive:
            graph[self.positive]["inputs"]["text"] = request.prompt
        if self.negative:
            graph[self.negative]["inputs"]["text"] = request.negative_prompt
        if self.latent:
            latent = graph[self.latent]["inputs"]
            latent.update({"width": request.width, "height": request.height, "batch_size": 1})
        if checkpoint and self.loader and graph[self.loader]["class_type"] != "UNETLoader":
            graph[self.loader]["inputs"]["ckpt_name"] = checkpoint
        return graph


def bundled_graph() -> dict:
    return json.loads(files("tools.generators").joinpath("comfyui_txt2img.json").read_text("utf-8"))


def load_workflow(path: Path | None) -> Graph:
    if path is None:
        return Graph(bundled_graph(), "the bundled txt2img graph")
    source = f"the ComfyUI workflow {path}"
    try:
        data = json.loads(Path(path).expanduser().read_text("utf-8"))
    except OSError as error:
        raise GeneratorError(f"could not read {source} ({error.strerror or error})") from None
    except ValueError:
        raise GeneratorError(f"{source} is not JSON") from None
    return Graph(data, source)


class ComfyUIGenerator:
    name = "comfyui"
    supports_video = False

    def __init__(self, url: str, *, graph: Graph, checkpoint: str | None = None,
                 timeout: float = 600.0, max_jobs: int = 2) -> None:
        self.url = url
        self.graph = graph
        self.checkpoint = checkpoint
        self.timeout = timeout
        self.max_concurrent_jobs = max_jobs

    @property
    def job_key(self) -> str:
        return f"comfyui {self.url}"

    @property
    def model_name(self) -> str:
        return _stem(self.checkpoint or self.graph.checkpoint) or "comfyui"

    def check_size(self, width: int, height: int) -> None:
        check_side_range(width, height, step=8, low=64, high=8192, who="ComfyUI")

    def _call(self, client: httpx.Client, method: str, path: str, **kwargs) -> httpx.Response:
        return call(client, method, path, label=LABEL, url=self.url, timeout=self.timeout, **kwargs)

    def generate(self, requests: list[ImageRequest], *, on_progress: ProgressCallback | None = None,
                 cancel: threading.Event | None = None) -> Iterator[GeneratedImage | FailedImage]:
        return self._run(checked_requests(self, requests), on_progress, cancel)

    def _prepare(self, client: httpx.Client) -> str | None:
        """Check the server is ComfyUI and settle the checkpoint the graph will load."""
        response = self._call(client, "GET", "/system_stats")
        stats = json_answer(response, LABEL, "/system_stats") if response.status_code == 200 else None
        if not isinstance(stats, dict) or "system" not in stats:
            raise GeneratorError(f"the server at {self.url} is not ComfyUI "
                                 f"(GET /system_stats answered {response.status_code})")
        chosen = self.checkpoint or self.graph.checkpoint
        if chosen or self.graph.loader is None or self.graph.graph[self.graph.loader]["class_type"] == "UNETLoader":
            return chosen
        info = self._call(client, "GET", "/object_info/CheckpointLoaderSimple")
        try:
            names = info.json()["CheckpointLoaderSimple"]["input"]["required"]["ckpt_name"][0]
        except (ValueError, KeyError, IndexError, TypeError):
            names = []
        if not names:
            raise GeneratorError("the ComfyUI server has no checkpoints to load (models/checkpoints is "
                                 "empty): add one, or set ATELIER_COMFYUI_CHECKPOINT")
        return names[0]

    def _run(self, requests, on_progress, cancel) -> Iterator[GeneratedImage | FailedImage]:
        total, done = len(requests), 0
        client_id = uuid.uuid4().hex
        with httpx.Client(base_url=self.url, timeout=httpx.Timeout(min(self.timeout, 60), connect=10.0)) as client:
            checkpoint = self._prepare(client)
            self.checkpoint = self.checkpoint or checkpoint
            with contextlib.ExitStack() as stack:
                socket = self._connect(client_id, stack)
                for request in requests:
                    if cancel is not None and cancel.is_set():
                        raise GenerationCancelled(f"cancelled after {done} of {total} images")
                    seed = request.seed if request.seed is not None else secrets.randbelow(2**32)
                    graph = self.graph.for_request(request, seed, checkpoint)
                    prompt_id = self._queue(client, graph, client_id)
                    outcome, socket = self._await(client, socket, prompt_id, cancel, done, total)
                    result = (FailedImage(request, outcome) if isinstance(outcome, str)
                              else self._fetch(client, request, graph, prompt_id, seed, checkpoint, outcome))
                    done += 1
                    if on_progress is not None:
                        on_progress(done, total)
                    yield result

    def _connect(self, client_id: str, stack: contextlib.ExitStack) -> ClientConnection | None:
        parts = urlsplit(self.url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        address = urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + "/ws", f"clientId={client_id}", ""))
        try:
            return stack.enter_context(connect(address, open_timeout=10, max_size=64 * 2**20))
        except (OSError, WebSocketException, TimeoutError):
            return None  # progress falls back to polling /history/{id}

    def _queue(self, client: httpx.Client, graph: dict, client_id: str) -> str:
        response = self._call(client, "POST", "/prompt", json={"prompt": graph, "client_id": client_id})
        body = json_answer(response, LABEL, "POST /prompt")
        if response.status_code != 200 or not isinstance(body, dict) or not body.get("prompt_id"):
            raise GeneratorError(refusal(body, response.status_code, self.graph.source))
        return str(body["prompt_id"])

    def _await(self, client, socket, prompt_id: str, cancel, done: int, total: int):
        """Wait until the prompt finishes: (outputs dict, socket) or (failure sentence, socket)."""
        deadline = time.monotonic() + self.timeout
        next_look = time.monotonic() + HISTORY_EVERY
        while True:
            if cancel is not None and cancel.is_set():
                self._interrupt(client)
                raise GenerationCancelled(f"cancelled after {done} of {total} images")
            if time.monotonic() > deadline:
                self._interrupt(client)
                raise GeneratorError(f"the ComfyUI server did not finish an image within {self.timeout:g} s")
            if socket is not None and time.monotonic() > next_look:
                next_look = time.monotonic() + HISTORY_EVERY
                entry = self._history(client, prompt_id, wait=False)
                if entry is not None:
                    return entry, socket
            if socket is not None:
                try:
                    message = socket.recv(timeout=TICK)
                except TimeoutError:
                    continue
                except (WebSocketException, OSError):
                    socket = None  # dropped: poll the history from here on
                    continue
                if isinstance(message, bytes):
                    continue  # binary preview frames
                event = _event(message)
                if event is None or event[1].get("prompt_id") not in (prompt_id, None):
                    continue
                kind, data = event
                if kind == "execution_error":
                    return execution_failure(data), socket
                if kind == "execution_interrupted":
                    return "the ComfyUI server interrupted it", socket
                if kind == "execution_success" or (kind == "executing" and data.get("node") is None
                                                   and data.get("prompt_id") == prompt_id):
                    return self._history(client, prompt_id, wait=True), socket
            else:
                entry = self._history(client, prompt_id, wait=False)
                if entry is not None:
                    return entry, socket
                time.sleep(TICK * 3)

    def _history(self, client: httpx.Client, prompt_id: str, *, wait: bool):
        """The finished entry's outputs, a failure sentence, or None while queued/running."""
        for _ in range(50 if wait else 1):
            response = self._call(client, "GET", f"/history/{prompt_id}")
            body = json_answer(response, LABEL, "/history")
            entry = body.get(prompt_id) if isinstance(body, dict) else None
            if isinstance(entry, dict):
                status = entry.get("status") or {}
                if status.get("status_str") == "error":
                    for name, data in status.get("messages") or []:
                        if name == "execution_error" and isinstance(data, dict):
                            return execution_failure(data)
                        if name == "execution_interrupted":
                            return "the ComfyUI server interrupted it"
                    return "the ComfyUI server reported an error"
                if status.get("completed", True):
                    return entry.get("outputs") or {}
            if wait:
                time.sleep(TICK / 2)
        return "the ComfyUI server finished but kept no history for it" if wait else None

    def _fetch(self, client, request, graph, prompt_id, seed, checkpoint, outputs: dict):
        images = ((outputs.get(self.graph.save) or {}).get("images")) if isinstance(outputs, dict) else None
        saved = [i for i in images or [] if isinstance(i, dict) and i.get("type", "output") == "output"]
        if not saved:
            return FailedImage(request, "the ComfyUI server finished without a saved image")
        first = saved[0]
        params = {"filename": first.get("filename", ""), "subfolder": first.get("subfolder", ""),
                  "type": "output"}
        response = self._call(client, "GET", "/view", params=params)
        if response.status_code != 200:
            return FailedImage(request, f"the ComfyUI server could not send the image ({response.status_code})")
        model = _stem(checkpoint) or self.model_name
        provenance = {"provider": self.name, "model": model, "server_url": self.url,
                      "request": {"prompt": graph}, "response": {"prompt_id": prompt_id, "image": params,
                                                                 "seed": seed}}
        try:
            return finish_image(request, response.content, provider=self.name, model=model, seed=seed,
                                provenance=provenance, texts=[("prompt", json.dumps(graph))])
        except NotAnImage as error:
            return FailedImage(request, f"the ComfyUI server sent a broken image ({error})")

    def _interrupt(self, client: httpx.Client) -> None:
        try:
            client.post("/interrupt", timeout=5.0)
        except httpx.HTTPError:
            pass


def _event(message: str) -> tuple[str, dict] | None:
    try:
        parsed = json.loads(message)
    except ValueError:
        return None
    if not isinstance(parsed, dict) or not isinstance(parsed.get("data"), dict):
        return None
    return str(parsed.get("type")), parsed["data"]


def execution_failure(data: dict) -> str:
    node = data.get("node_type") or "a node"
    where = f"{node} (node {data['node_id']})" if data.get("node_id") is not None else node
    text = str(data.get("exception_message") or data.get("exception_type") or "no reason given").strip()
    if "out of memory" in text.lower():
        return f"the ComfyUI server ran out of memory in {where}"
    return f"the ComfyUI server failed in {where}: {text[:300]}"


def refusal(body, status: int, source: str) -> str:
    """POST /prompt was refused: the error and each node's errors, in one sentence."""
    if not isinstance(body, dict):
        return f"the ComfyUI server refused the graph ({status})"
    error = body.get("error")
    message = error.get("message") if isinstance(error, dict) else str(error or "")
    parts = []
    for node_id, node in (body.get("node_errors") or {}).items():
        if not isinstance(node, dict):
            continue
        for problem in node.get("errors") or []:
            if isinstance(problem, dict):
                detail = problem.get("details") or ""
                parts.append(f"{node.get('class_type', 'node')} (node {node_id}): "
                             f"{problem.get('message', 'error')}{': ' + detail if detail else ''}")
    found = "; ".join(parts[:5])
    return f"the ComfyUI server refused {source}: {message or 'invalid prompt'}{' — ' + found if found else ''}"


def _stem(value: str | None) -> str | None:
    if not value:
        return None
    name = value.replace("\\", "/").rsplit("/", 1)[-1]
    for suffix in (".safetensors", ".ckpt", ".gguf"):
        if name.endswith(suffix):
            return name[: -len(suffix)]
    return name


def register_generators(register):
    register("comfyui", lambda settings: ComfyUIGenerator(
        server_url(settings.comfyui_url, variable="COMFYUI_URL", label="comfyui", example="http://127.0.0.1:8188"),
        graph=load_workflow(settings.comfyui_workflow), checkpoint=settings.comfyui_checkpoint,
        timeout=settings.generator_timeout, max_jobs=settings.comfyui_max_jobs),
        description="ComfyUI at COMFYUI_URL (HTTP + websocket), the bundled or your own API graph")
