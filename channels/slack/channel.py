"""A conversation turn shown in a Slack thread: one "working…" message edited as work goes, the
reply in its place, images uploaded into the thread, questions as Yes/No buttons."""

from __future__ import annotations

import logging
import threading
import time

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from channels.base import Channel, Image, Message
from channels.slack.text import confirmation_blocks, parse_thread_id, shorten, slack_escape

log = logging.getLogger("atelier.slack")

WORKING = "working…"
PROGRESS_EVERY_SECONDS = 1.0  # Slack allows about one message (or edit) a second per channel
SHARE_CHECKS = 5  # files.info calls before an upload that never appears counts as failed
SHARE_CHECK_PAUSE = 0.5
UPLOAD_BATCH = 10  # files per files_upload_v2 call


def _where(message: Message) -> tuple[str, str]:
    parsed = parse_thread_id(message.thread_id)
    if parsed is None:
        raise ValueError(f"not a Slack conversation: {message.thread_id!r}")
    return parsed[1], parsed[2]


class SlackChannel(Channel):
    """Shows events through the Web API. Rate limits are retried by slack-sdk's handler (it waits
    for Retry-After); a call that still fails is logged and, where possible, told in the thread."""

    def __init__(self, client: WebClient):
        self.client = client
        self._working: dict[str, str] = {}  # thread id -> ts of its "working…" message
        self._last_progress: dict[str, float] = {}
        self._lock = threading.Lock()

    # -- the turn's frame ---------------------------------------------------------------------

    def start(self, message: Message) -> None:
        """Post the "working…" message the turn edits as it goes."""
        channel, thread_ts = _where(message)
        posted = self._call("chat_postMessage", channel=channel, thread_ts=thread_ts, text=WORKING)
        if posted is not None:
            with self._lock:
                self._working[message.thread_id] = posted["ts"]

    def finish(self, message: Message) -> None:
        with self._lock:
            self._working.pop(message.thread_id, None)
            self._last_progress.pop(message.thread_id, None)

    def say(self, message: Message, text: str) -> None:
        """A new message in the thread (text already made safe for Slack)."""
        channel, thread_ts = _where(message)
        self._call("chat_postMessage", channel=channel, thread_ts=thread_ts, text=shorten(text),
                   unfurl_links=False, unfurl_media=False)

    def tell_privately(self, channel: str, user: str, thread_ts: str | None, text: str) -> None:
        """An ephemeral note only ``user`` sees (a refused click)."""
        self._call("chat_postEphemeral", channel=channel, user=user, thread_ts=thread_ts, text=text)

    def close_question(self, channel: str, ts: str, text: str) -> None:
        """Replace an answered question's buttons with who answered."""
        self._call("chat_update", channel=channel, ts=ts, text=text, blocks=[])

    # -- Channel ------------------------------------------------------------------------------

    def reply(self, message: Message, text: str, *, error: bool = False) -> None:
        shown = shorten(slack_escape(text))
        if not self._edit_working(message, shown, finished=True):
            self.say(message, shown)

    def ask_confirmation(self, message: Message, question: str) -> None:
        channel, thread_ts = _where(message)
        self._edit_working(message, "waiting for your answer …", finished=True)
        self._call("chat_postMessage", channel=channel, thread_ts=thread_ts,
                   text=shorten(slack_escape(question)),
                   blocks=confirmation_blocks(message.thread_id, question, message.user_id))

    def show_progress(self, message: Message, label: str, done: int, total: int) -> None:
        now = time.monotonic()
        with self._lock:
            last = self._last_progress.get(message.thread_id, 0.0)
            if done < total and now - last < PROGRESS_EVERY_SECONDS:
                return
            self._last_progress[message.thread_id] = now
        self._edit_working(message, f"{WORKING} {slack_escape(label)} {done}/{total}")

    def send_images(self, message: Message, images: list[Image]) -> None:
        """Upload, check each file landed in the channel, then post the message naming them.
        Every image that did not make it is named in the thread: none is dropped silently."""
        channel, thread_ts = _where(message)
        landed, failed = [], []
        for start in range(0, len(images), UPLOAD_BATCH):
            for image, problem, permalink in self._upload(channel, thread_ts, images[start:start + UPLOAD_BATCH]):
                if problem:
                    failed.append((image, problem))
                else:
                    landed.append(f"<{permalink}|{slack_escape(image.title)}>" if permalink
                                  else slack_escape(image.title))
        if landed:
            links = ", ".join(landed)
            self.say(message, f"Uploaded {len(landed)} image{'s' if len(landed) != 1 else ''}: {links}")
        for image, problem in failed:
            self.say(message, f"I could not upload {slack_escape(image.title)} ({slack_escape(problem)}); "
                              "it is kept in the session.")

    # -- internals ----------------------------------------------------------------------------

    def _upload(self, channel: str, thread_ts: str, images: list[Image]):
        """(image, problem, permalink) for each: problem None when the file is shared in the channel.

        One files_upload_v2 call per batch (the upload methods are rate limited per call)."""
        present = [i for i in images if i.path.is_file()]
        outcome = {i.generation_id: (i, "its file is missing", None) for i in images if i not in present}
        try:
            if present:
                response = self.client.files_upload_v2(
                    channel=channel, thread_ts=thread_ts,
                    file_uploads=[{"file": str(i.path), "filename": i.path.name, "title": i.title[:200]}
                                  for i in present])
                ids = [f.get("id") for f in response.get("files") or []]
                for image, file_id in zip(present, ids + [None] * (len(present) - len(ids))):
                    outcome[image.generation_id] = (image, *self._landed(channel, file_id))
        except SlackApiError as error:
            log.warning("upload failed: %s", error.response.get("error"))
            reason = f"Slack said: {error.response.get('error') or 'error'}"
            outcome.update({i.generation_id: (i, reason, None) for i in present if i.generation_id not in outcome})
        except OSError as error:
            log.warning("upload failed: %s", error)
            outcome.update({i.generation_id: (i, "the upload did not go through", None)
                            for i in present if i.generation_id not in outcome})
        return [outcome[i.generation_id] for i in images]

    def _landed(self, channel: str, file_id: str | None) -> tuple[str | None, str | None]:
        """files_upload_v2 returns before the file is shared (and sometimes never shares it): look."""
        if not file_id:
            return "Slack returned no file", None
        for attempt in range(SHARE_CHECKS):
            info = self.client.files_info(file=file_id)["file"]
            if _shared_in(info, channel):
                return None, info.get("permalink")
            time.sleep(SHARE_CHECK_PAUSE * (attempt + 1))
        return "Slack accepted it but never shared it in this channel", None

    def _edit_working(self, message: Message, text: str, *, finished: bool = False) -> bool:
        with self._lock:
            ts = self._working.get(message.thread_id)
            if finished:
                self._working.pop(message.thread_id, None)
        if ts is None:
            return False
        channel, _ = _where(message)
        return self._call("chat_update", channel=channel, ts=ts, text=text) is not None

    def _call(self, method: str, **kwargs):
        """One Web API call; None when it failed after slack-sdk's retries (the reason is logged)."""
        try:
            return getattr(self.client, method)(**kwargs)
        except SlackApiError as error:
            log.warning("%s failed: %s", method, error.response.get("error"))
        except OSError as error:
            log.warning("%s failed: %s", method, error)
        return None


def _shared_in(info: dict, channel: str) -> bool:
    shares = info.get("shares") or {}
    return any(channel in (shares.get(kind) or {}) for kind in ("public", "private")) or channel in (info.get("channels") or [])
