"""The slack-bolt app: a gate (known team, first delivery only), then lazy listeners that work.

Slack wants an answer within 3 seconds, so every listener acknowledges at once and does its work
in a lazy listener (bolt runs it on its thread pool). Many threads run at once; each conversation's
turns run in order (the Assistant's lane).
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import timedelta

from slack_bolt import App, BoltResponse
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from channels.base import Message, answer, handle
from channels.slack.channel import SlackChannel
from channels.slack.text import (
    CONFIRM_NO,
    CONFIRM_YES,
    parse_button_value,
    parse_thread_id,
    question_key,
    strip_mentions,
    thread_id,
)
from memory.clock import to_iso, utc_now
from tools.errors import AtelierError, Conflict
from tools.workspaces import add_workspace, ensure_user, slack_user_id, workspace_for_team

log = logging.getLogger("atelier.slack")

RATE_LIMIT_RETRIES = 3
# The requests that run a turn, and the listener of each (registered from these; the gate counts them).
TURN_EVENTS = {"app_mention": "_on_mention", "message": "_on_message"}
TURN_ACTIONS = (CONFIRM_YES, CONFIRM_NO)
# Messages that are not a person asking something: edits, deletions, the bot's own posts, joins …
SKIPPED_SUBTYPES = {"message_changed", "message_deleted", "bot_message", "message_replied", "channel_join",
                    "channel_leave", "thread_broadcast", "file_share"}


@dataclass(frozen=True)
class BotIdentity:
    """Who the bot is, from auth.test."""

    team_id: str
    team_name: str
    user_id: str
    bot_id: str | None


def web_client(token: str, api_url: str | None) -> WebClient:
    """A Web API client; ``api_url`` (ATELIER_SLACK_API_URL) points it elsewhere, e.g. at a fake."""
    kwargs = {"base_url": api_url.rstrip("/") + "/"} if api_url else {}
    client = WebClient(token=token, **kwargs)
    # `ratelimited` comes with Retry-After: slack-sdk waits that long and tries again.
    client.retry_handlers.append(RateLimitErrorRetryHandler(max_retry_count=RATE_LIMIT_RETRIES))
    return client


# Slack retries an event three times within minutes; a day later its id is never seen again.
EVENT_MEMORY = timedelta(days=1)


def claim_event(store, key: str, channel: str = "slack") -> bool:
    """True the first time ``key`` is seen by any process on this home (Slack retries an event it
    thinks was not acknowledged, possibly to another process): the primary key decides. Ids older
    than ``EVENT_MEMORY`` are forgotten on the way, so the table stays a day long."""
    now = utc_now()
    with store.transaction():
        store.execute("DELETE FROM chat_events WHERE received_at < ?", [to_iso(now - EVENT_MEMORY)])
        cursor = store.execute("INSERT OR IGNORE INTO chat_events (event_id, channel, received_at) VALUES (?, ?, ?)",
                               [key, channel, to_iso(now)])
        return cursor.rowcount == 1


class SlackBot:
    """The bot over one Assistant (one home). ``app`` is the bolt App to serve."""

    def __init__(self, assistant, *, bot_token: str, signing_secret: str | None = None,
                 api_url: str | None = None, verify_requests: bool = True):
        self.assistant = assistant
        self.store = assistant.ctx.store
        self.client = web_client(bot_token, api_url)
        auth = self.client.auth_test()
        self.identity = BotIdentity(auth["team_id"], auth.get("team") or auth["team_id"], auth["user_id"],
                                    auth.get("bot_id"))
        self.workspace_id = self._own_workspace()
        self.channel = SlackChannel(self.client)
        self._busy = 0
        self._idle = threading.Condition()
        self.app = App(client=self.client, signing_secret=signing_secret or "", token_verification_enabled=False,
                       request_verification_enabled=verify_requests, process_before_response=False)
        self.app.middleware(self._gate)
        for event, work in TURN_EVENTS.items():
            self.app.event(event)(ack=self._accept, lazy=[self._counted(getattr(self, work))])
        for action in TURN_ACTIONS:
            self.app.action(action)(ack=self._accept, lazy=[self._counted(self._on_click)])
        self.app.error(self._on_error)

    def _own_workspace(self) -> str:
        """The bot token's own team is served without registration (registered on first start)."""
        row = workspace_for_team(self.store, self.identity.team_id)
        if row:
            return row["id"]
        name = self.identity.team_name
        if self.store.one("SELECT 1 FROM workspaces WHERE name = ? COLLATE NOCASE", [name]):
            name = f"{name} ({self.identity.team_id})"
        try:
            row, _ = add_workspace(self.store, name, slack_team=self.identity.team_id,
                                   starting_credits=self.assistant.ctx.settings.starting_credits)
        except Conflict:  # another bot process on this home registered it a moment ago
            row = workspace_for_team(self.store, self.identity.team_id)
            if row is None:
                raise
        return row["id"]

    # -- the gate: every request, before any listener -------------------------------------------

    def _gate(self, body: dict, context, next):
        team = _team_of(body) or context.team_id
        workspace = workspace_for_team(self.store, team) if isinstance(team, str) else None
        if workspace is None:
            log.info("ignored a request from team %r, which is not a registered workspace", team)
            return BoltResponse(status=200, body="")
        event_id = body.get("event_id")
        if isinstance(event_id, str) and not claim_event(self.store, f"{team}:{event_id}"):
            log.info("ignored a retry of event %s (retry %s)", event_id, context.get("retry_num"))
            return BoltResponse(status=200, body="")
        # Counted here, before bolt answers: with process_before_response=False bolt runs the ack and
        # the lazy listener on its thread pool and answers Slack after the ack — or after 3 s without
        # it, when the pool is busy — so a count taken in the ack could come after wait_idle looked.
        if _runs_a_turn(body):
            with self._idle:
                self._busy += 1
        next()

    # -- listeners ------------------------------------------------------------------------------

    def _accept(self, ack):
        """Acknowledge at once; the lazy listener that follows does the work (counted by the gate)."""
        ack()

    def _counted(self, work):
        def lazy(body):  # bolt passes arguments by name: this one takes the request body
            try:
                work(body)
            except Exception:
                log.exception("Slack listener failed")
            finally:
                with self._idle:
                    self._busy -= 1
                    self._idle.notify_all()

        return lazy

    def _on_mention(self, body: dict):
        self._start_turn(body, body.get("event") or {})

    def _on_message(self, body: dict):
        event = body.get("event") or {}
        # Channel messages that mention the bot arrive as app_mention too: here only direct messages.
        if event.get("channel_type") != "im":
            return
        self._start_turn(body, event)

    def _start_turn(self, body: dict, event: dict) -> None:
        if (event.get("subtype") in SKIPPED_SUBTYPES or event.get("bot_id") or event.get("edited")
                or event.get("user") in (None, self.identity.user_id)):
            return
        team, user, channel = _team_of(body), event.get("user"), event.get("channel")
        ts = event.get("thread_ts") or event.get("ts")
        if not all(isinstance(v, str) and v for v in (team, user, channel, ts)):
            log.info("ignored an event without team, user, channel or ts")
            return
        workspace = workspace_for_team(self.store, team)
        if workspace is None:
            return
        member = self._member(workspace["id"], team, user)
        message = Message(strip_mentions(str(event.get("text") or "")), thread_id(team, channel, ts),
                          workspace["id"], member)
        self.channel.start(message)
        try:
            handle(self.assistant, self.channel, message)
        except AtelierError as error:
            self.channel.reply(message, error.message, error=True)
        except Exception:
            log.exception("turn failed")
            self.channel.reply(message, "Something went wrong; nothing more was done.", error=True)
        finally:
            self.channel.finish(message)

    def _on_click(self, body: dict):
        team, user = _team_of(body), (body.get("user") or {}).get("id")
        actions = body.get("actions") or [{}]
        action = actions[0] if isinstance(actions[0], dict) else {}
        channel = (body.get("channel") or {}).get("id") or (body.get("container") or {}).get("channel_id")
        question_ts = (body.get("container") or {}).get("message_ts")
        value = parse_button_value(action.get("value"))
        if not (isinstance(team, str) and isinstance(user, str) and isinstance(channel, str)) or value is None:
            log.info("ignored a malformed button payload")
            return
        where = parse_thread_id(value["thread"])
        thread_ts = where[2] if where else None

        def refuse(text: str) -> None:
            self.channel.tell_privately(channel, user, thread_ts, text)

        workspace = workspace_for_team(self.store, team)
        # A payload naming another team's (or channel's) conversation is forged: refused, nothing read.
        if where is None or workspace is None or where[0] != team or where[1] != channel:
            refuse("That button does not belong to this conversation; nothing was changed.")
            return
        member = self._member(workspace["id"], team, user)
        if value["asker"] and value["asker"] != member:
            refuse("Only the person who asked can answer this question; nothing was changed.")
            return
        pending = self.assistant.pending_confirmation(value["thread"])
        if pending is None or question_key(pending) != value["q"] or (
                isinstance(question_ts, str) and not claim_event(self.store, f"click:{team}:{question_ts}")):
            refuse("That question is no longer open (already answered, or the conversation is gone); "
                   "nothing was changed.")
            return
        said = "yes" if action.get("action_id") == CONFIRM_YES else "no"
        if isinstance(question_ts, str):  # the buttons go: a question is answered once
            self.channel.close_question(channel, question_ts, f"{said.capitalize()}: answered by <@{user}>.")
        message = Message(said, value["thread"], workspace["id"], member)
        self.channel.start(message)
        try:
            answer(self.assistant, self.channel, message)
        finally:
            self.channel.finish(message)

    def _on_error(self, error, body):
        """A request bolt could not handle (malformed): 400, nothing done, the bot goes on."""
        log.warning("Slack request not handled: %s", error)
        return BoltResponse(status=400, body="malformed request")

    # -- helpers --------------------------------------------------------------------------------

    def _member(self, workspace_id: str, team: str, user: str) -> str:
        member = slack_user_id(team, user)
        ensure_user(self.store, workspace_id, member, user)
        return member

    def wait_idle(self, timeout: float = 60) -> bool:
        """Wait until no turn is running (tests and a clean shutdown)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._busy == 0, timeout)


def _runs_a_turn(body: dict) -> bool:
    """Will one of the counted listeners (a mention, a message, a Yes/No button) take this request?"""
    if body.get("type") == "event_callback":
        return (body.get("event") or {}).get("type") in TURN_EVENTS
    if body.get("type") == "block_actions":
        actions = body.get("actions") or []
        return bool(actions) and isinstance(actions[0], dict) and actions[0].get("action_id") in TURN_ACTIONS
    return False


def _team_of(body: dict) -> str | None:
    """The team a request comes from: events carry ``team_id``, interactions ``team.id``."""
    if not isinstance(body, dict):
        return None
    team = body.get("team_id")
    if not isinstance(team, str):
        team = body["team"].get("id") if isinstance(body.get("team"), dict) else None
    return team if isinstance(team, str) and team else None
