"""A loopback fake of the Slack Web API and of Socket Mode, plus signed-request helpers.

It speaks what slack-sdk sends (form or JSON bodies to /api/<method>, a bearer token) and answers
the way Slack does for the methods the bot uses, including ``files_upload_v2``'s three steps and
``ratelimited`` with Retry-After. Every call is recorded for the test to inspect.
"""

from __future__ import annotations

import hashlib
import hmac
import itertools
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlparse

BOT_TOKEN = "xoxb-test-token"
SIGNING_SECRET = "test-signing-secret"
TEAM = "TTEAMA"
BOT_USER = "UBOT"
BOT_ID = "BBOT"


class FakeSlack:
    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        self.failures: dict[str, list[dict]] = {}
        self.never_share = False
        self.lock = threading.Lock()
        self._ts = itertools.count(1)
        self._files = itertools.count(1)
        self.files: dict[str, dict] = {}
        self.socket_url: str | None = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                path = urlparse(self.path).path
                if path.startswith("/upload/"):
                    fake.record("upload", {"file_id": path.rsplit("/", 1)[1], "bytes": len(raw)})
                    self._send(200, b"OK", "text/plain")
                    return
                method = path.removeprefix("/api/")
                status, body, headers = fake.answer(method, _params(self.headers, raw),
                                                    self.headers.get("Authorization", ""))
                self._send(status, json.dumps(body).encode(), "application/json", headers)

            do_GET = do_POST

            def _send(self, status, payload, kind, headers=None):
                self.send_response(status)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(payload)))
                for key, value in (headers or {}).items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(payload)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_port}/api/"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()

    # -- what the test sets up and reads -----------------------------------------------------------

    def fail(self, method: str, error: str, *, times: int = 1, retry_after: int = 0):
        """The next ``times`` calls of ``method`` fail with ``error`` (``ratelimited`` → HTTP 429)."""
        self.failures.setdefault(method, []).extend([{"error": error, "retry_after": retry_after}] * times)

    def record(self, method, params):
        with self.lock:
            self.calls.append((method, params))

    def called(self, method: str) -> list[dict]:
        with self.lock:
            return [p for m, p in self.calls if m == method]

    def texts(self, channel: str | None = None) -> list[str]:
        """Every text the bot posted or edited, in order."""
        with self.lock:
            return [p.get("text", "") for m, p in self.calls
                    if m in ("chat.postMessage", "chat.update", "chat.postEphemeral")
                    and (channel is None or p.get("channel") == channel)]

    def wait_for(self, predicate, timeout: float = 60.0):
        """Poll until ``predicate()`` is truthy (the bot works after it acknowledges)."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(0.05)
        raise AssertionError(f"timed out; calls so far: {[m for m, _ in self.calls]}")

    # -- the Web API ---------------------------------------------------------------------------------

    def answer(self, method: str, params: dict, authorization: str) -> tuple[int, dict, dict]:
        self.record(method, params)
        if method == "apps.connections.open":
            return 200, {"ok": True, "url": self.socket_url}, {}
        if authorization != f"Bearer {BOT_TOKEN}":
            return 200, {"ok": False, "error": "invalid_auth"}, {}
        queued = self.failures.get(method)
        if queued:
            failure = queued.pop(0)
            if failure["error"] == "ratelimited":
                return 429, {"ok": False, "error": "ratelimited"}, {"Retry-After": str(failure["retry_after"])}
            return 200, {"ok": False, "error": failure["error"]}, {}
        handler = getattr(self, "api_" + method.replace(".", "_"), None)
        if handler is None:
            return 200, {"ok": False, "error": "unknown_method"}, {}
        return 200, {"ok": True, **handler(params)}, {}

    def _next_ts(self) -> str:
        return f"{1700000000 + next(self._ts)}.000100"

    def api_auth_test(self, params):
        return {"team_id": TEAM, "team": "Team A", "user_id": BOT_USER, "bot_id": BOT_ID, "user": "atelier"}

    def api_chat_postMessage(self, params):
        return {"channel": params.get("channel"), "ts": self._next_ts(), "message": {"text": params.get("text")}}

    def api_chat_update(self, params):
        return {"channel": params.get("channel"), "ts": params.get("ts"), "text": params.get("text")}

    def api_chat_postEphemeral(self, params):
        return {"message_ts": self._next_ts()}

    def api_files_getUploadURLExternal(self, params):
        file_id = f"F{next(self._files):04d}"
        self.files[file_id] = {"id": file_id, "name": params.get("filename"), "shares": {}}
        base = self.url.removesuffix("/api/")
        return {"upload_url": f"{base}/upload/{file_id}", "file_id": file_id}

    def api_files_completeUploadExternal(self, params):
        files = params.get("files")
        files = json.loads(files) if isinstance(files, str) else files
        done = []
        for item in files:
            record = self.files[item["id"]]
            record.update(title=item.get("title"), channel=params.get("channel_id"), checks=0)
            done.append({"id": item["id"], "title": item.get("title")})
        return {"files": done}

    def api_files_info(self, params):
        record = self.files[params["file"]]
        record["checks"] += 1
        # Like Slack: not shared on the first look, shared a moment later (or never).
        if record["checks"] > 1 and not self.never_share:
            record["shares"] = {"public": {record["channel"]: [{"ts": self._next_ts()}]}}
        return {"file": {"id": record["id"], "shares": record["shares"],
                         "permalink": f"https://example.slack.com/files/{record['id']}"}}


def _params(headers, raw: bytes) -> dict:
    kind = headers.get("Content-Type", "")
    if "json" in kind:
        return json.loads(raw or b"{}")
    if "multipart" in kind:
        return {}
    return {k: v[0] for k, v in parse_qs(raw.decode("utf-8")).items()}


# -- signed requests, as Slack sends them ----------------------------------------------------------

def sign(body: str, *, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict:
    """The headers Slack puts on a request: v0 HMAC-SHA256 over "v0:timestamp:body"."""
    stamp = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{stamp}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": stamp, "X-Slack-Signature": f"v0={digest}"}


_event_ids = itertools.count(1)
_message_ts = itertools.count(1)


def mention(text: str, *, team: str = TEAM, user: str = "UALICE", channel: str = "CGENERAL",
            thread_ts: str | None = None, event_id: str | None = None, **extra) -> dict:
    """An app_mention event_callback body."""
    ts = f"1800000000.{next(_message_ts):06d}"
    event = {"type": "app_mention", "user": user, "text": f"<@{BOT_USER}> {text}", "ts": ts,
             "channel": channel, "event_ts": ts, **extra}
    if thread_ts:
        event["thread_ts"] = thread_ts
    return {"token": "legacy", "team_id": team, "api_app_id": "AAPP", "type": "event_callback",
            "event_id": event_id or f"Ev{next(_event_ids):06d}", "event_time": int(time.time()), "event": event}


def direct_message(text: str, *, team: str = TEAM, user: str = "UALICE", channel: str = "DALICE", **extra) -> dict:
    body = mention(text, team=team, user=user, channel=channel)
    body["event"].update(type="message", channel_type="im", text=text, **extra)
    return body


def click(value: str, *, answer: str = "yes", team: str = TEAM, user: str = "UALICE", channel: str = "CGENERAL",
          message_ts: str = "1700000000.000100") -> str:
    """The form body of a block_actions interaction (``payload=<json>``)."""
    from urllib.parse import urlencode

    payload = {"type": "block_actions", "team": {"id": team, "domain": "x"}, "user": {"id": user},
               "api_app_id": "AAPP", "token": "legacy", "trigger_id": "1.2.3",
               "container": {"type": "message", "message_ts": message_ts, "channel_id": channel},
               "channel": {"id": channel}, "message": {"ts": message_ts},
               "actions": [{"action_id": f"atelier_confirm_{answer}", "block_id": "atelier_confirm",
                            "value": value, "type": "button", "action_ts": "1"}]}
    return urlencode({"payload": json.dumps(payload)})
