"""A scripted chat model for tests, in the spirit of ``llm``'s mock model with ``enqueue()``.

    model = ScriptedChatModel()
    model.enqueue(tool("generate", prompt="a fox", count=2))
    model.enqueue("Made two foxes.")
    assistant = Assistant(model=model)

Each call to the model pops the next queued reply; the messages each call saw are kept in
``model.seen`` so a test can check what the model was shown.
"""

from __future__ import annotations

import itertools
import re
import threading
from collections import deque
from typing import Any

from langchain_core.language_models.chat_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatResult
from pydantic import PrivateAttr

_ids = itertools.count(1)


def tool(tool_name: str, /, **args: Any) -> dict:
    """One tool call for ``enqueue``: ``tool("like", items=[1, 2])``."""
    return {"name": tool_name, "args": args, "id": f"call_{next(_ids)}", "type": "tool_call"}


class ScriptedChatModel(BaseChatModel):
    """Replies with whatever was enqueued, in order; raises when the queue runs dry."""

    _queue: deque = PrivateAttr(default_factory=deque)
    _seen: list = PrivateAttr(default_factory=list)
    _bound: list = PrivateAttr(default_factory=list)
    _lock: Any = PrivateAttr(default_factory=threading.Lock)

    def enqueue(self, *replies: str | dict | list | AIMessage | Exception) -> ScriptedChatModel:
        """Queue replies: text, a tool call (``tool(...)``), a list of tool calls, a message or an error."""
        for reply in replies:
            self._queue.append(reply)
        return self

    @property
    def seen(self) -> list[list[BaseMessage]]:
        return self._seen

    @property
    def bound_tools(self) -> list:
        return self._bound

    @property
    def pending(self) -> int:
        return len(self._queue)

    def bind_tools(self, tools, **kwargs):
        self._bound = list(tools)
        return self

    def _generate(self, messages: list[BaseMessage], stop=None, run_manager=None, **kwargs) -> ChatResult:
        with self._lock:
            self._seen.append(list(messages))
            if not self._queue:
                raise RuntimeError("ScriptedChatModel: no reply enqueued for this call")
            reply = self._queue.popleft()
        if isinstance(reply, Exception):
            raise reply
        if isinstance(reply, AIMessage):
            message = reply
        elif isinstance(reply, str):
            message = AIMessage(content=reply)
        else:
            calls = [reply] if isinstance(reply, dict) else list(reply)
            message = AIMessage(content="", tool_calls=[{**c, "id": c.get("id") or f"call_{next(_ids)}"}
                                                      for c in calls])
        return ChatResult(generations=[ChatGeneration(message=message)])

    @property
    def _llm_type(self) -> str:
        return "atelier-scripted"


# -- a loopback OpenAI-compatible server ----------------------------------------------------------

class LoopbackOpenAI:
    """A chat-completions server on 127.0.0.1 (random port) that replies from a script.

        with LoopbackOpenAI() as server:
            server.enqueue(server.tool_call("list_sessions"), server.text("Here they are."))
            monkeypatch.setenv("OPENAI_BASE_URL", server.base_url)

    Each queued reply is one of: ``text(...)``, ``tool_call(...)`` (a completion), ``status(code)``
    (an error response) or ``hang(seconds)``. Replies go out as JSON, or as server-sent events when
    the request asks for ``stream``. ``requests`` keeps every request body received.
    """

    def __init__(self) -> None:
        import http.server
        import json as _json

        self._json = _json
        self.replies: deque = deque()
        self.requests: list[dict] = []
        self._stop = threading.Event()
        self.hold: threading.Event | None = None  # set: a streamed text reply waits on it after its first word
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output clean
                pass

            def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
                length = int(self.headers.get("content-length") or 0)
                body = _json.loads(self.rfile.read(length) or b"{}")
                server.requests.append(body)
                reply = server.replies.popleft() if server.replies else {"kind": "status", "code": 500}
                try:
                    server._answer(self, body, reply)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"

    def __enter__(self) -> LoopbackOpenAI:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def enqueue(self, *replies: dict) -> LoopbackOpenAI:
        self.replies.extend(replies)
        return self

    # -- replies ------------------------------------------------------------------------------

    @staticmethod
    def text(content: str) -> dict:
        return {"kind": "message", "content": content, "tool_calls": []}

    @staticmethod
    def tool_call(name: str, /, **args: Any) -> dict:
        return {"kind": "message", "content": None,
                "tool_calls": [{"id": f"call_{next(_ids)}", "name": name, "args": args}]}

    @staticmethod
    def status(code: int, message: str = "error") -> dict:
        return {"kind": "status", "code": code, "message": message}

    @staticmethod
    def hang(seconds: float) -> dict:
        return {"kind": "hang", "seconds": seconds}

    def _answer(self, handler, body: dict, reply: dict) -> None:
        if reply["kind"] == "hang":
            self._stop.wait(reply["seconds"])
            return
        if reply["kind"] == "status":
            payload = self._json.dumps({"error": {"message": reply.get("message", "error"),
                                                  "type": "test", "code": reply["code"]}}).encode()
            handler.send_response(reply["code"])
            handler.send_header("content-type", "application/json")
            handler.send_header("retry-after-ms", "5")
            handler.send_header("content-length", str(len(payload)))
            handler.end_headers()
            handler.wfile.write(payload)
            return
        calls = [{"id": c["id"], "type": "function",
                  "function": {"name": c["name"], "arguments": self._json.dumps(c["args"])}}
                 for c in reply["tool_calls"]]
        model = body.get("model", "test-model")
        finish = "tool_calls" if calls else "stop"
        if body.get("stream"):
            chunks = [{"role": "assistant", "content": ""}]
            # Word by word, like a real model; ``hold`` (when set up) pauses after the first word.
            words = re.findall(r"\S+\s*", reply["content"] or "")
            chunks.extend({"content": word} for word in words)
            for index, call in enumerate(calls):
                chunks.append({"tool_calls": [{"index": index, **call}]})
            handler.send_response(200)
            handler.send_header("content-type", "text/event-stream")
            handler.send_header("connection", "close")
            handler.end_headers()
            for position, delta in enumerate(chunks):
                last = position == len(chunks) - 1
                event = {"id": "chatcmpl-test", "object": "chat.completion.chunk", "created": 0,
                         "model": model, "choices": [{"index": 0, "delta": delta,
                                                      "finish_reason": finish if last else None}]}
                handler.wfile.write(f"data: {self._json.dumps(event)}\n\n".encode())
                handler.wfile.flush()
                if position == 1 and words and self.hold is not None:
                    self.hold.wait(10)
            handler.wfile.write(b"data: [DONE]\n\n")
            handler.wfile.flush()
            handler.close_connection = True
            return
        message = {"role": "assistant", "content": reply["content"]}
        if calls:
            message["tool_calls"] = calls
        payload = self._json.dumps({
            "id": "chatcmpl-test", "object": "chat.completion", "created": 0, "model": model,
            "choices": [{"index": 0, "message": message, "finish_reason": finish}],
            "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        }).encode()
        handler.send_response(200)
        handler.send_header("content-type", "application/json")
        handler.send_header("content-length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)
