"""Loopback fakes of A1111/Forge, ComfyUI (HTTP + websocket) and the OpenAI images and embeddings APIs.

Each speaks the real protocol as far as Atelier uses it (endpoints, JSON shapes, status codes,
websocket messages, the known quirks) and can be told to misbehave: ``fail(...)`` queues one
behaviour per call (out of memory, hang, not an image, missing fields, a dropped socket, …).
Never the internet: every server binds 127.0.0.1 on a free port.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import math
import re
import socket
import struct
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from PIL import Image, PngImagePlugin
from websockets.exceptions import InvalidState
from websockets.frames import Opcode
from websockets.server import ServerProtocol


def png_bytes(width: int, height: int, colour: tuple[int, int, int], text: dict | None = None) -> bytes:
    info = PngImagePlugin.PngInfo()
    for key, value in (text or {}).items():
        info.add_text(key, value)
    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG", pnginfo=info, compress_level=1)
    return out.getvalue()


def colour_for(seed: int) -> tuple[int, int, int]:
    return (64 + seed * 37 % 192, 64 + seed * 91 % 192, 64 + seed * 53 % 192)  # never black


class LoopbackServer:
    """A threaded HTTP server on 127.0.0.1; subclasses implement ``handle(handler, method)``."""

    def __init__(self) -> None:
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # no 40 ms delayed-ACK stalls between header and body writes

            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                owner._dispatch(self, "GET")

            def do_POST(self):
                owner._dispatch(self, "POST")

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.lock = threading.Lock()
        self.behaviours: list[str] = []
        self.requests: list[tuple[str, str, object]] = []
        self.released = threading.Event()  # set at shutdown: hanging handlers give up
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.released.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def fail(self, *behaviours: str) -> None:
        """Queue behaviours, one per generation call, in order ("ok" for a normal one)."""
        with self.lock:
            self.behaviours.extend(behaviours)

    def next_behaviour(self) -> str:
        with self.lock:
            return self.behaviours.pop(0) if self.behaviours else "ok"

    def _dispatch(self, handler, method: str) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        raw = handler.rfile.read(length) if length else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw
        parts = urlsplit(handler.path)
        with self.lock:
            self.requests.append((method, parts.path, body))
        self.handle(handler, method, parts.path, parse_qs(parts.query), body)

    @staticmethod
    def reply(handler, status: int, body, *, content_type: str = "application/json",
              headers: dict | None = None) -> None:
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        handler.send_response(status)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            handler.send_header(key, value)
        handler.end_headers()
        handler.wfile.write(data)

    def hang(self) -> None:
        self.released.wait(60)

    def handle(self, handler, method, path, query, body):  # pragma: no cover - overridden
        raise NotImplementedError


# --- A1111 / Forge ----------------------------------------------------------------------------------

class FakeA1111(LoopbackServer):
    """``/sdapi/v1/{options,txt2img,progress,interrupt}`` as A1111 1.10 (or Forge) answers them."""

    def __init__(self, *, forge: bool = False, seconds_per_image: float = 0.0) -> None:
        super().__init__()
        self.forge = forge
        self.seconds_per_image = seconds_per_image
        self.checkpoint = "sd_xl_base_1.0.safetensors [31e35c80fc]"
        self.next_seed = 1_234_567
        self.progress = 0.0
        self.interrupted = threading.Event()
        self.running = 0
        self.most_at_once = 0
        self.started = threading.Event()  # a txt2img call is under way

    def handle(self, handler, method, path, query, body):
        if path == "/sdapi/v1/options" and method == "GET":
            return self.reply(handler, 200, {"sd_model_checkpoint": self.checkpoint, "samples_format": "png"})
        if path == "/sdapi/v1/options" and method == "POST":
            self.checkpoint = body.get("sd_model_checkpoint", self.checkpoint)
            return self.reply(handler, 200, None)
        if path == "/sdapi/v1/progress":
            return self.reply(handler, 200, {"progress": 0.01 if self.forge else self.progress,
                                             "eta_relative": 1.0, "state": {"job_count": 1},
                                             "current_image": None, "textinfo": None})
        if path == "/sdapi/v1/interrupt" and method == "POST":
            self.interrupted.set()
            return self.reply(handler, 200, {})
        if path == "/sdapi/v1/txt2img" and method == "POST":
            with self.lock:
                self.running += 1
                self.most_at_once = max(self.most_at_once, self.running)
            try:
                return self.txt2img(handler, body)
            finally:
                with self.lock:
                    self.running -= 1
        return self.reply(handler, 404, {"detail": "Not Found"})

    def txt2img(self, handler, payload: dict):
        behaviour = self.next_behaviour()
        if " Karras" in payload.get("sampler_name", ""):  # >= 1.9: the scheduler is separate
            return self.reply(handler, 404, {"detail": "Sampler not found"})
        if behaviour == "oom":
            return self.reply(handler, 500, {
                "error": "OutOfMemoryError", "detail": "", "body": "",
                "errors": "CUDA out of memory. Tried to allocate 2.00 GiB (GPU 0; 8.00 GiB total capacity)"})
        if behaviour == "hang":
            return self.hang()
        count = payload["n_iter"] * payload["batch_size"]
        first = payload["seed"] if payload["seed"] != -1 else self.next_seed
        if payload["seed"] == -1:
            self.next_seed += 1000
        seeds = [first + i for i in range(count)]
        self.interrupted.clear()
        self.started.set()
        images, texts = [], []
        for i, seed in enumerate(seeds):
            if self.interrupted.is_set():
                break
            self.progress = i / count
            time.sleep(self.seconds_per_image)
            version = "f2.0.1v1.10.1-previous-313-g8a042934" if self.forge else "v1.10.1"
            text = (f"{payload['prompt']}\nNegative prompt: {payload['negative_prompt']}\n"
                    f"Steps: {payload['steps']}, Sampler: {payload['sampler_name']}, Schedule type: "
                    f"{payload['scheduler']}, CFG scale: {payload['cfg_scale']}, Seed: {seed}, "
                    f"Size: {payload['width']}x{payload['height']}, Model hash: 31e35c80fc, "
                    f"Model: sd_xl_base_1.0, Version: {version}")
            texts.append(text)
            colour = (0, 0, 0) if behaviour == "black" else colour_for(seed)
            data = png_bytes(payload["width"], payload["height"], colour, {"parameters": text})
            images.append(base64.b64encode(data).decode() if behaviour != "not_image"
                          else base64.b64encode(b"<html>oops</html>").decode())
        self.progress = 0.0
        if len(images) > 1:  # "return grid" defaults on: the grid comes first
            images.insert(0, base64.b64encode(png_bytes(64, 64, (0, 0, 0))).decode())
        info = {"prompt": payload["prompt"], "all_prompts": [payload["prompt"]] * len(seeds),
                "seed": first, "all_seeds": seeds, "subseed": 1, "all_subseeds": [1] * len(seeds),
                "sd_model_name": "sd_xl_base_1.0", "sd_model_hash": "31e35c80fc",
                "sampler_name": payload["sampler_name"], "steps": payload["steps"],
                "width": payload["width"], "height": payload["height"], "infotexts": texts,
                "version": "f2.0.1" if self.forge else "v1.10.1"}
        answer = {"images": images, "parameters": payload, "info": json.dumps(info)}
        if behaviour == "missing_info":
            del answer["info"]
        return self.reply(handler, 200, answer)


# --- ComfyUI ----------------------------------------------------------------------------------------

COMFY_NODES = {"KSampler", "KSamplerAdvanced", "CheckpointLoaderSimple", "EmptyLatentImage",
               "CLIPTextEncode", "VAEDecode", "SaveImage", "PreviewImage"}
OUTPUT_NODES = {"SaveImage", "PreviewImage"}


class _Socket:
    """One accepted websocket, framed by the websockets Sans-I/O protocol."""

    def __init__(self, connection: socket.socket, protocol: ServerProtocol) -> None:
        self.connection = connection
        self.protocol = protocol
        self.lock = threading.Lock()

    def send(self, message: dict) -> None:
        with self.lock:
            try:
                self.protocol.send_text(json.dumps(message).encode())
                self.connection.sendall(b"".join(self.protocol.data_to_send()))
            except (OSError, InvalidState):
                pass  # the client went away: like ComfyUI, keep executing

    def drop(self) -> None:
        try:
            self.connection.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass


class FakeComfyUI(LoopbackServer):
    """``/prompt``, ``/history/{id}``, ``/view``, ``/interrupt``, ``/system_stats``, ``/ws``."""

    def __init__(self, *, checkpoints=("sd_xl_base_1.0.safetensors",), steps_delay: float = 0.0) -> None:
        super().__init__()
        self.checkpoints = list(checkpoints)
        self.steps_delay = steps_delay
        self.sockets: dict[str, list[_Socket]] = {}
        self.history: dict[str, dict] = {}
        self.files: dict[str, bytes] = {}
        self.queue: list[tuple[str, str, dict, str]] = []
        self.queued = threading.Condition(self.lock)
        self.interrupt = threading.Event()
        self.graphs: list[dict] = []
        self.number = 0
        self.started = threading.Event()  # a prompt is executing
        threading.Thread(target=self._worker, daemon=True).start()

    def handle(self, handler, method, path, query, body):
        if path == "/ws":
            return self._websocket(handler, query.get("clientId", [uuid.uuid4().hex])[0])
        if path == "/system_stats":
            return self.reply(handler, 200, {"system": {"os": "posix", "comfyui_version": "0.3.40",
                                                        "python_version": "3.12"}, "devices": []})
        if path == "/object_info/CheckpointLoaderSimple":
            return self.reply(handler, 200, {"CheckpointLoaderSimple": {"input": {"required": {
                "ckpt_name": [self.checkpoints, {}]}}}})
        if path == "/prompt" and method == "POST":
            return self._queue(handler, body)
        if path.startswith("/history/"):
            prompt_id = path.rsplit("/", 1)[1]
            entry = self.history.get(prompt_id)
            return self.reply(handler, 200, {prompt_id: entry} if entry else {})
        if path == "/view":
            data = self.files.get(query.get("filename", [""])[0])
            if data is None or query.get("type", ["output"])[0] != "output":
                return self.reply(handler, 404, b"", content_type="text/plain")
            return self.reply(handler, 200, data, content_type="image/png")
        if path == "/interrupt" and method == "POST":
            self.interrupt.set()
            return self.reply(handler, 200, b"", content_type="text/plain")
        return self.reply(handler, 404, b"404: Not Found", content_type="text/plain")

    # the websocket: upgrade on this same HTTP connection, then keep it until the client goes
    def _websocket(self, handler, client_id: str) -> None:
        protocol = ServerProtocol()
        # http.server already read the request; hand the same bytes to the websockets protocol.
        head = handler.requestline + "\r\n" + "".join(f"{k}: {v}\r\n" for k, v in handler.headers.items())
        protocol.receive_data((head + "\r\n").encode("latin-1"))
        (request,) = protocol.events_received()
        protocol.send_response(protocol.accept(request))
        handler.wfile.write(b"".join(protocol.data_to_send()))
        handler.wfile.flush()
        handler.close_connection = True
        ws = _Socket(handler.connection, protocol)
        with self.lock:
            self.sockets.setdefault(client_id, []).append(ws)
        ws.send({"type": "status", "data": {"status": {"exec_info": {"queue_remaining": len(self.queue)}},
                                            "sid": client_id}})
        try:
            while not self.released.is_set():
                data = handler.connection.recv(65536)
                if not data:
                    break
                protocol.receive_data(data)
                for frame in protocol.events_received():
                    if frame.opcode is Opcode.CLOSE:
                        with ws.lock:
                            handler.connection.sendall(b"".join(protocol.data_to_send()))
                        ws.drop()  # the server closes TCP after the close handshake
                        return
        except OSError:
            pass
        finally:
            with self.lock:
                self.sockets.get(client_id, []).remove(ws) if ws in self.sockets.get(client_id, []) else None

    def _send(self, client_id: str | None, message: dict) -> None:
        with self.lock:
            targets = [s for cid, socks in self.sockets.items() for s in socks
                       if client_id is None or cid == client_id]
        for target in targets:
            target.send(message)

    def _queue(self, handler, body) -> None:
        graph = body.get("prompt") if isinstance(body, dict) else None
        if not isinstance(graph, dict) or not graph:
            return self.reply(handler, 400, {"error": {"type": "invalid_prompt", "message": "Cannot execute because a node is missing the class_type property.", "details": "", "extra_info": {}}, "node_errors": {}})
        node_errors = {}
        for node_id, node in graph.items():
            kind = node.get("class_type") if isinstance(node, dict) else None
            if kind not in COMFY_NODES:
                return self.reply(handler, 400, {"error": {"type": "invalid_prompt", "message": f"Cannot execute because node {kind} does not exist.", "details": f"Node ID '#{node_id}'", "extra_info": {}}, "node_errors": {}})
            if kind == "CheckpointLoaderSimple" and node["inputs"].get("ckpt_name") not in self.checkpoints:
                node_errors[node_id] = {"errors": [{"type": "value_not_in_list", "message": "Value not in list",
                                                    "details": f"ckpt_name: '{node['inputs'].get('ckpt_name')}' not in {self.checkpoints}",
                                                    "extra_info": {"input_name": "ckpt_name"}}],
                                        "dependent_outputs": [], "class_type": kind}
        if not any(node.get("class_type") in OUTPUT_NODES for node in graph.values()):
            return self.reply(handler, 400, {"error": {"type": "prompt_no_outputs", "message": "Prompt has no outputs", "details": "", "extra_info": {}}, "node_errors": []})
        if node_errors:
            return self.reply(handler, 400, {"error": {"type": "prompt_outputs_failed_validation", "message": "Prompt outputs failed validation", "details": "", "extra_info": {}}, "node_errors": node_errors})
        prompt_id = str(uuid.uuid4())
        behaviour = self.next_behaviour()
        with self.queued:
            self.number += 1
            self.graphs.append(graph)
            self.queue.append((prompt_id, body.get("client_id"), graph, behaviour))
            self.queued.notify()
        return self.reply(handler, 200, {"prompt_id": prompt_id, "number": self.number, "node_errors": {}})

    def _worker(self) -> None:
        while True:
            with self.queued:
                while not self.queue:
                    self.queued.wait()
                prompt_id, client_id, graph, behaviour = self.queue.pop(0)
            self._execute(prompt_id, client_id, graph, behaviour)

    def _execute(self, prompt_id, client_id, graph, behaviour) -> None:
        self.interrupt.clear()
        self.started.set()
        send = lambda kind, data: self._send(client_id, {"type": kind, "data": {**data, "prompt_id": prompt_id}})  # noqa: E731
        messages = [["execution_start", {"prompt_id": prompt_id, "timestamp": 0}]]
        send("execution_start", {"timestamp": int(time.time() * 1000)})
        send("execution_cached", {"nodes": []})
        if behaviour == "silent":  # the socket stays up but hears nothing of this prompt
            client_id = "nobody"
        if behaviour == "drop_ws":
            with self.lock:
                for ws in self.sockets.get(client_id, []):
                    ws.drop()
        if behaviour == "hang":
            self.released.wait(60)
            return
        sampler_id = next(i for i, n in graph.items() if n["class_type"] in ("KSampler", "KSamplerAdvanced"))
        sampler = graph[sampler_id]
        outputs = {}
        for node_id, node in graph.items():
            send("executing", {"node": node_id, "display_node": node_id})
            if node_id == sampler_id:
                if behaviour == "error":
                    error = {"node_id": node_id, "node_type": node["class_type"], "executed": [],
                             "exception_message": "Allocation on device 0 would exceed allowed memory. (out of memory)",
                             "exception_type": "torch.OutOfMemoryError", "traceback": ["..."],
                             "current_inputs": {}, "current_outputs": []}
                    send("execution_error", error)
                    self.history[prompt_id] = self._entry(graph, {}, "error", messages + [["execution_error", error]])
                    return
                steps = int(sampler["inputs"].get("steps", 20))
                for step in range(1, steps + 1):
                    if self.interrupt.is_set() or behaviour == "interrupt":
                        data = {"prompt_id": prompt_id, "node_id": node_id, "node_type": node["class_type"], "executed": []}
                        self._send(None, {"type": "execution_interrupted", "data": data})  # broadcast
                        self.history[prompt_id] = self._entry(graph, {}, "error", messages + [["execution_interrupted", data]])
                        return
                    time.sleep(self.steps_delay)
                    send("progress", {"value": step, "max": steps, "node": node_id})
            if node["class_type"] in OUTPUT_NODES:
                kind = "output" if node["class_type"] == "SaveImage" else "temp"
                name = f"{node['inputs'].get('filename_prefix', 'ComfyUI')}_{len(self.files) + 1:05}_.png"
                latent = next(n for n in graph.values() if n["class_type"] == "EmptyLatentImage")["inputs"]
                seed = int(sampler["inputs"].get("seed", sampler["inputs"].get("noise_seed", 0)))
                data = (png_bytes(latent["width"], latent["height"], colour_for(seed),
                                  {"prompt": json.dumps(graph)}) if behaviour != "not_image" else b"GIF89a-not-really")
                self.files[name] = data
                output = {"images": [{"filename": name, "subfolder": "", "type": kind}]}
                outputs[node_id] = output
                send("executed", {"node": node_id, "display_node": node_id, "output": output})
        if behaviour == "no_outputs":  # a response missing fields: success, but nothing saved
            outputs = {}
        self.history[prompt_id] = self._entry(graph, outputs, "success", messages)
        send("executing", {"node": None})
        send("execution_success", {"timestamp": int(time.time() * 1000)})

    def _entry(self, graph, outputs, status, messages) -> dict:
        return {"prompt": [self.number, "id", graph, {}, list(outputs)], "outputs": outputs,
                "status": {"status_str": status, "completed": status == "success", "messages": messages},
                "meta": {}}


# --- OpenAI images ----------------------------------------------------------------------------------

class FakeOpenAIImages(LoopbackServer):
    """``POST /v1/images/generations`` with the OpenAI error envelope and ``x-request-id``."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def handle(self, handler, method, path, query, body):
        if path != "/v1/images/generations" or method != "POST":
            return self.reply(handler, 404, {"error": {"message": "Not found", "type": "invalid_request_error",
                                                       "param": None, "code": None}})
        self.calls += 1
        request_id = f"req_{self.calls:04d}"
        headers = {"x-request-id": request_id}
        behaviour = self.next_behaviour()
        if handler.headers.get("Authorization") != "Bearer sk-test":
            return self.reply(handler, 401, {"error": {"message": "Incorrect API key provided.", "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}}, headers=headers)
        if behaviour == "429":
            return self.reply(handler, 429, {"error": {"message": "Rate limit reached for images per minute.", "type": "requests", "param": None, "code": "rate_limit_exceeded"}},
                              headers={**headers, "retry-after-ms": "5"})
        if behaviour == "moderation" or "forbidden" in body.get("prompt", ""):
            return self.reply(handler, 400, {"error": {"message": "Your request was rejected by the safety system.", "type": "image_generation_user_error", "param": None, "code": "moderation_blocked"}}, headers=headers)
        if behaviour == "500":
            return self.reply(handler, 500, {"error": {"message": "The server had an error.", "type": "server_error", "param": None, "code": None}},
                              headers={**headers, "x-should-retry": "false"})
        if behaviour == "hang":
            return self.hang()
        width, height = (int(x) for x in body["size"].split("x"))
        n = int(body.get("n", 1))
        if n > 10:
            return self.reply(handler, 400, {"error": {"message": "n must be at most 10", "type": "invalid_request_error", "param": "n", "code": None}}, headers=headers)
        items = [{"b64_json": base64.b64encode(png_bytes(width, height, colour_for(self.calls * 10 + i))
                                              if behaviour != "not_image" else b"not an image at all").decode()}
                 for i in range(n - (1 if behaviour == "missing" else 0))]
        return self.reply(handler, 200, {
            "created": int(time.time()), "data": items, "background": "opaque", "output_format": "png",
            "quality": body.get("quality", "medium"), "size": body["size"],
            "usage": {"input_tokens": 12, "input_tokens_details": {"image_tokens": 0, "text_tokens": 12},
                      "output_tokens": 1056 * n, "total_tokens": 12 + 1056 * n}}, headers=headers)


class FakeOpenAIEmbeddings(LoopbackServer):
    """``POST /v1/embeddings`` as OpenAI answers it: ``data[].embedding`` as floats, or as base64
    little-endian float32 when ``encoding_format`` is "base64" (the Python SDK asks for that).
    Vectors are hashed bags of words, so texts sharing words are near each other."""

    SIZES = {"text-embedding-3-small": 1536, "text-embedding-3-large": 3072}

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []

    @staticmethod
    def vector(text: str, size: int) -> list[float]:
        counts = [0.0] * size
        for word in re.findall(r"[a-z]+", text.lower()):
            counts[int(hashlib.sha1(word.encode()).hexdigest(), 16) % size] += 1.0
        norm = math.sqrt(sum(c * c for c in counts)) or 1.0
        return [c / norm for c in counts]

    def handle(self, handler, method, path, query, body):
        error = {"message": "", "type": "invalid_request_error", "param": None, "code": None}
        if path != "/v1/embeddings" or method != "POST":
            return self.reply(handler, 404, {"error": {**error, "message": "Not found"}})
        if handler.headers.get("Authorization") != "Bearer sk-test":
            return self.reply(handler, 401, {"error": {**error, "message": "Incorrect API key provided.",
                                                       "code": "invalid_api_key"}})
        behaviour = self.next_behaviour()
        if behaviour == "429":
            return self.reply(handler, 429, {"error": {**error, "message": "Rate limit reached", "type": "requests"}},
                              headers={"retry-after-ms": "5"})
        if behaviour == "500":
            return self.reply(handler, 500, {"error": {**error, "message": "The server had an error.",
                                                       "type": "server_error"}}, headers={"x-should-retry": "false"})
        size = self.SIZES.get(body.get("model"))
        if size is None:
            return self.reply(handler, 404, {"error": {**error, "message": f"The model `{body.get('model')}` "
                                                       "does not exist", "code": "model_not_found"}})
        inputs = body["input"] if isinstance(body["input"], list) else [body["input"]]
        if not inputs or any(not isinstance(t, str) or not t for t in inputs) or len(inputs) > 2048:
            return self.reply(handler, 400, {"error": {**error, "message": "'$.input' is invalid.", "param": "input"}})
        with self.lock:
            self.texts.extend(inputs)
        rows = []
        for index, text in enumerate(inputs):
            vector = self.vector(text, size)
            if body.get("encoding_format") == "base64":
                vector = base64.b64encode(struct.pack(f"<{size}f", *vector)).decode()
            rows.append({"object": "embedding", "index": index, "embedding": vector})
        tokens = sum(len(t.split()) for t in inputs)
        return self.reply(handler, 200, {"object": "list", "data": rows, "model": body["model"],
                                         "usage": {"prompt_tokens": tokens, "total_tokens": tokens}})
