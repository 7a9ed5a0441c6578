"""The Slack bot end to end: signed events into its real HTTP endpoint, a loopback fake of the Web API."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest

from channels.slack.bot import SlackBot
from channels.slack.run import http_server
from channels.slack.text import question_key, slack_escape, thread_id
from slack_fake import (
    BOT_ID,
    BOT_TOKEN,
    BOT_USER,
    SIGNING_SECRET,
    TEAM,
    FakeSlack,
    click,
    direct_message,
    mention,
    sign,
)
from tools.context import Context
from tools.state import export_state
from tools.workspaces import add_workspace, find_workspace


class Slack:
    """The bot behind its HTTP endpoint, the fake Web API, and helpers to talk to both."""

    def __init__(self, home):
        from agent.assistant import Assistant

        self.fake = FakeSlack()
        self.assistant = Assistant(home=home, model="offline")
        self.bot = SlackBot(self.assistant, bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET,
                            api_url=self.fake.url)
        self.server = http_server(self.bot, "127.0.0.1", 0)
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        self.url = f"http://127.0.0.1:{self.server.server_port}/slack/events"

    def post(self, body: dict | str, *, headers: dict | None = None, signed: bool = True,
             kind: str = "application/json") -> httpx.Response:
        raw = body if isinstance(body, str) else json.dumps(body)
        sent = {"Content-Type": kind, **(sign(raw) if signed else {}), **(headers or {})}
        return httpx.post(self.url, content=raw.encode(), headers=sent, timeout=10)

    def event(self, body: dict, **kwargs) -> httpx.Response:
        response = self.post(body, **kwargs)
        assert response.status_code == 200, response.text
        assert self.bot.wait_idle(60)
        return response

    def click(self, value: str, **kwargs) -> httpx.Response:
        response = self.post(click(value, **kwargs), kind="application/x-www-form-urlencoded")
        assert response.status_code == 200, response.text
        assert self.bot.wait_idle(60)
        return response

    def buttons(self) -> list[str]:
        """The value of the Yes button of every question posted so far."""
        values = []
        for params in self.fake.called("chat.postMessage"):
            if params.get("blocks"):
                blocks = params["blocks"] if isinstance(params["blocks"], list) else json.loads(params["blocks"])
                values.append(blocks[1]["elements"][0]["value"])
        return values

    def state(self, team: str = TEAM) -> dict:
        ctx = Context.open(self.assistant.home)
        try:
            ctx.workspace_id = find_workspace(ctx.store, team)["id"]
            return export_state(ctx)
        finally:
            ctx.close()

    def close(self):
        self.server.shutdown()
        self.server.server_close()
        self.assistant.close()
        self.fake.close()


@pytest.fixture
def slack(atelier_home, monkeypatch):
    monkeypatch.setattr("channels.slack.channel.SHARE_CHECK_PAUSE", 0.01)
    bot = Slack(atelier_home)
    yield bot
    bot.close()


def test_a_threaded_conversation_creates_a_session_generates_and_uploads(slack):
    first = mention("start a session called Beach Day and generate 3 images of a beach at dawn")
    slack.event(first)
    fake = slack.fake
    root = first["event"]["ts"]
    # A "working…" message in the thread, edited for progress, then replaced by the reply.
    posts = fake.called("chat.postMessage")
    assert posts[0]["text"] == "working…" and posts[0]["thread_ts"] == root
    assert all(p["thread_ts"] == root for p in posts)
    edits = [u["text"] for u in fake.called("chat.update")]
    assert "Beach Day" in edits[-1]
    # Uploaded into the thread, checked, then named in a message.
    [completed] = fake.called("files.completeUploadExternal")  # one call for the batch
    assert completed["thread_ts"] == root and len(json.loads(completed["files"])) == 3
    assert len(fake.called("upload")) == 3
    assert any(t.startswith("Uploaded 3 images: <https:") for t in fake.texts())
    state = slack.state()
    assert [s["name"] for s in state["sessions"]] == ["Beach Day"]
    assert len(state["generations"]) == 3 and state["credits"]["balance"] == 497
    # The local workspace saw none of it: the team has its own.
    assert Context.open(slack.assistant.home).store.scalar(
        "SELECT count(*) FROM sessions WHERE workspace_id = 'ws_local'") == 0
    # The same thread goes on in the same conversation (its current session).
    slack.event(mention("generate 1 more", thread_ts=root))
    assert len(slack.state()["generations"]) == 4


def test_a_direct_message_is_a_conversation_too(slack):
    slack.event(direct_message("list my sessions"))
    assert any("session" in t.lower() for t in slack.fake.texts("DALICE"))


def test_confirmation_approved_by_the_requester_refused_to_anyone_else(slack):
    first = mention("start a session called Old Stuff")
    slack.event(first)
    root = first["event"]["ts"]
    slack.event(mention("delete the session Old Stuff", thread_ts=root))
    [value] = slack.buttons()
    assert json.loads(value)["thread"] == thread_id(TEAM, "CGENERAL", root)
    # Someone else clicks: refused privately, nothing changes.
    slack.click(value, user="UMALLORY")
    refusal = slack.fake.called("chat.postEphemeral")[-1]
    assert refusal["user"] == "UMALLORY" and "Only the person who asked" in refusal["text"]
    assert [s["name"] for s in slack.state()["sessions"]] == ["Old Stuff"]
    # The requester approves: the session goes, and the reply names it.
    slack.click(value, user="UALICE")
    assert slack.state()["sessions"] == []
    assert any("Deleted 'Old Stuff'" in t for t in slack.fake.texts())
    # A second click (or a click after the conversation moved on) changes nothing.
    before = len(slack.fake.calls)
    slack.click(value, user="UALICE")
    assert "no longer open" in slack.fake.called("chat.postEphemeral")[-1]["text"]
    assert not any(m == "chat.update" and "Deleted" in p.get("text", "") for m, p in slack.fake.calls[before:])


def test_a_no_click_changes_nothing(slack):
    first = mention("start a session called Keep Me")
    slack.event(first)
    slack.event(mention("delete the session Keep Me", thread_ts=first["event"]["ts"]))
    slack.click(slack.buttons()[0], answer="no")
    assert [s["name"] for s in slack.state()["sessions"]] == ["Keep Me"]


def test_a_button_for_a_conversation_that_does_not_exist_changes_nothing(slack):
    value = json.dumps({"thread": thread_id(TEAM, "CGENERAL", "1.1"), "q": question_key("Delete?"), "asker": ""})
    slack.click(value)
    assert "no longer open" in slack.fake.called("chat.postEphemeral")[-1]["text"]
    assert slack.state()["sessions"] == []


def test_a_retried_event_runs_once(slack):
    body = mention("start a session called Once and generate 2 images of a lighthouse")
    slack.event(body)
    for retry in ("1", "2"):
        slack.event(body, headers={"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"})
    state = slack.state()
    assert [s["name"] for s in state["sessions"]] == ["Once"] and len(state["generations"]) == 2
    assert sum(1 for t in slack.fake.texts() if t == "working…") == 1


def test_two_threads_at_once_each_in_its_own_session(slack):
    bodies = [mention("start a session called Foxes and generate 4 images of a fox"),
              mention("start a session called Owls and generate 4 images of an owl", channel="CDESIGN")]
    responses = [slack.post(b) for b in bodies]  # both acknowledged before either has finished
    assert all(r.status_code == 200 for r in responses)
    assert slack.bot.wait_idle(60)
    state = slack.state()
    counts = {s["name"]: s["generation_count"] for s in state["sessions"]}
    assert counts == {"Foxes": 4, "Owls": 4}
    assert state["credits"]["balance"] == 492


def test_store_text_is_escaped_for_slack(slack):
    slack.event(mention("start a session called <!channel> &amp; <@U999> <https://evil.example|click>"))
    texts = " ".join(slack.fake.texts())
    assert "<!channel>" not in texts and "<@U999>" not in texts and "<https://evil" not in texts
    assert "&lt;!channel&gt;" in texts
    assert slack_escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"


# -- bad input ----------------------------------------------------------------------------------


def test_events_from_an_unknown_team_get_no_action(slack):
    response = slack.post(mention("start a session called Intruder", team="TSTRANGER"))
    assert response.status_code == 200
    assert slack.bot.wait_idle(10)
    assert slack.fake.texts() == []
    ctx = Context.open(slack.assistant.home)
    assert ctx.store.scalar("SELECT count(*) FROM sessions") == 0
    ctx.close()


@pytest.mark.parametrize("extra", [
    {"user": BOT_USER}, {"bot_id": BOT_ID}, {"subtype": "bot_message"},
    {"subtype": "message_changed"}, {"subtype": "message_deleted"},
])
def test_own_edited_and_deleted_messages_are_skipped(slack, extra):
    slack.event(direct_message("start a session called Loop", **extra))
    assert [t for t in slack.fake.texts() if t] == []
    assert slack.state()["sessions"] == []


def test_a_huge_message_is_refused_and_changes_nothing(slack):
    slack.event(mention("start a session called Big " + "x" * 40_000))
    assert "I read at most" in slack.fake.texts()[-1]
    assert slack.state()["sessions"] == []


@pytest.mark.parametrize("body, kind", [
    ("{not json", "application/json"),
    (json.dumps({"type": "event_callback", "team_id": TEAM, "event": "nope"}), "application/json"),
    (json.dumps({"type": "event_callback", "team_id": TEAM, "event_id": "Ev1", "event": {"type": "app_mention"}}),
     "application/json"),
    ("payload=%7Bbroken", "application/x-www-form-urlencoded"),
    (click("not json"), "application/x-www-form-urlencoded"),
    (click(json.dumps({"thread": 5})), "application/x-www-form-urlencoded"),
])
def test_malformed_payloads_change_nothing(slack, body, kind):
    response = slack.post(body, kind=kind)
    assert response.status_code < 500
    assert slack.bot.wait_idle(10)
    assert [t for t in slack.fake.texts() if "working" in t] == []
    assert slack.state()["sessions"] == []
    slack.event(mention("list my sessions"))  # and the bot still works
    assert slack.fake.texts()


@pytest.mark.parametrize("tamper", ["signature", "stale", "unsigned"])
def test_bad_signatures_and_stale_timestamps_get_401(slack, tamper):
    body = json.dumps(mention("start a session called Forged"))
    headers = {"signature": sign(body, secret="wrong"), "stale": sign(body, timestamp=int(time.time()) - 600),
               "unsigned": {}}[tamper]
    response = slack.post(body, headers=headers, signed=False)
    assert response.status_code == 401
    assert slack.fake.texts() == [] and slack.state()["sessions"] == []


def test_rate_limits_are_waited_out_and_retried(slack):
    slack.fake.fail("chat.postMessage", "ratelimited", times=2, retry_after=0)
    slack.event(mention("start a session called Patient"))
    assert len([p for p in slack.fake.called("chat.postMessage")]) >= 3  # two 429s, then through
    assert any("Patient" in t for t in slack.fake.texts())


def test_an_upload_that_fails_or_never_lands_is_said_in_the_thread(slack, monkeypatch):
    monkeypatch.setattr("channels.slack.channel.SHARE_CHECK_PAUSE", 0.0)
    slack.fake.fail("files.completeUploadExternal", "channel_not_found")
    slack.fake.never_share = False
    slack.event(mention("start a session called Uploads and generate 1 image of a kite"))
    assert any("could not upload #1" in t and "channel_not_found" in t for t in slack.fake.texts()), slack.fake.texts()
    slack.fake.never_share = True
    slack.event(mention("generate 1 more", thread_ts=slack.fake.called("chat.postMessage")[0]["thread_ts"]))
    assert any("could not upload #2" in t and "never shared" in t for t in slack.fake.texts())


def test_slack_api_errors_on_the_reply_do_not_break_the_bot(slack):
    slack.fake.fail("chat.update", "msg_too_long", times=5)
    slack.event(mention("start a session called Stubborn"))
    # The edit failed, so the reply was posted as a new message instead.
    assert any("Stubborn" in p["text"] for p in slack.fake.called("chat.postMessage"))


# -- teams kept apart ---------------------------------------------------------------------------


def test_cross_team_attempts_are_refused(slack):
    ctx = Context.open(slack.assistant.home)
    add_workspace(ctx.store, "Team B", slack_team="TTEAMB")
    ctx.close()
    first = mention("start a session called Secret Plans and generate 2 images of a prototype")
    slack.event(first)
    a_thread = first["event"]["ts"]
    secret = slack.state()["sessions"][0]["id"]
    generation = slack.state()["generations"][0]["id"]
    before = slack.state()
    seen = len(slack.fake.calls)
    for text in ("open session Secret Plans", f"delete session {secret}", f"rename session {secret} to Mine",
                 "list my sessions", f"like {generation}", "show the liked ones", "generate 1"):
        slack.event(mention(text, team="TTEAMB", user="UBOB", channel="CBETA"))
    # Team B posting into team A's thread id (same channel and ts) is another conversation.
    slack.event(mention("delete the session", team="TTEAMB", user="UBOB", thread_ts=a_thread))
    said_to_b = " ".join(p.get("text", "") for m, p in slack.fake.calls[seen:])
    assert "prototype" not in said_to_b and "Secret Plans" not in said_to_b.replace("no session named 'Secret Plans'", "")
    # A forged button: team B clicks with team A's conversation in the payload.
    slack.event(mention("delete the session Secret Plans", thread_ts=a_thread))
    [value] = slack.buttons()
    slack.click(value, team="TTEAMB", user="UALICE")
    assert "does not belong" in slack.fake.called("chat.postEphemeral")[-1]["text"]
    after = slack.state()
    assert after["sessions"] == before["sessions"] and after["generations"] == before["generations"]
    b_state = slack.state("TTEAMB")
    assert b_state["sessions"] == [] or all(s["name"] != "Secret Plans" for s in b_state["sessions"])


# -- one conversation, every channel ----------------------------------------------------------

CONVERSATION = [
    "start a session called Harbour",
    "generate 2 images of a harbour at night",
    "like 2",
    "generate 25 images of fishing boats",  # above the confirmation threshold: asks first
    "yes",
]


def _check_conversation(state: dict) -> None:
    [session] = state["sessions"]
    assert session["name"] == "Harbour" and session["generation_count"] == 27
    assert [g["index"] for g in state["generations"] if g["liked"]] == [2]
    assert state["credits"]["balance"] == 500 - 27


def test_one_conversation_on_the_test_channel(atelier_home):
    from agent.assistant import Assistant
    from channels.base import TestChannel

    with Assistant(home=atelier_home, model="offline") as assistant:
        channel = TestChannel(assistant)
        for line in CONVERSATION:
            channel.say(line)
        assert channel.last("confirm").text.startswith("Generate 25")
        assert len(channel.last("images").images) == 25
        _check_conversation(export_state(assistant.context()))


def test_one_conversation_on_the_script_runner(atelier_home, tmp_path, capsys):
    from channels.cli import main as cli

    script = tmp_path / "conversation.txt"
    script.write_text("\n".join(CONVERSATION) + "\n", encoding="utf-8")
    assert cli(["run", str(script)]) == 0
    assert "atelier? Generate 25" in capsys.readouterr().out
    ctx = Context.open(atelier_home)
    try:
        _check_conversation(export_state(ctx))
    finally:
        ctx.close()


def test_one_conversation_on_slack(slack):
    first = mention(CONVERSATION[0])
    slack.event(first)
    for line in CONVERSATION[1:]:
        slack.event(mention(line, thread_ts=first["event"]["ts"]))
    assert any(t.startswith("Generate 25") for t in slack.fake.texts())
    assert len(slack.fake.called("upload")) == 27 and len(slack.fake.called("files.completeUploadExternal")) == 4
    _check_conversation(slack.state())


# -- Socket Mode ----------------------------------------------------------------------------


def test_socket_mode_against_a_loopback_websocket(atelier_home):
    """apps.connections.open gives the socket URL; an events_api envelope is acknowledged by its
    envelope_id, then worked on like an HTTP event."""
    import queue

    from slack_bolt.adapter.socket_mode import SocketModeHandler
    from websockets.sync.server import serve

    from agent.assistant import Assistant

    body = mention("start a session called Over The Socket")
    acks: queue.Queue = queue.Queue()
    done = threading.Event()

    def socket(connection):
        connection.send(json.dumps({"type": "hello", "num_connections": 1, "debug_info": {},
                                    "connection_info": {"app_id": "AAPP"}}))
        connection.send(json.dumps({"envelope_id": "env-1", "type": "events_api", "payload": body,
                                    "accepts_response_payload": False, "retry_attempt": 0, "retry_reason": ""}))
        acks.put(json.loads(connection.recv(timeout=30)))
        done.wait(30)

    fake = FakeSlack()
    with serve(socket, "127.0.0.1", 0) as server:
        threading.Thread(target=server.serve_forever, daemon=True).start()
        fake.socket_url = f"ws://127.0.0.1:{server.socket.getsockname()[1]}/link"
        with Assistant(home=atelier_home, model="offline") as assistant:
            bot = SlackBot(assistant, bot_token=BOT_TOKEN, api_url=fake.url, verify_requests=False)
            handler = SocketModeHandler(bot.app, "xapp-test-token")
            handler.connect()
            try:
                assert acks.get(timeout=30)["envelope_id"] == "env-1"
                fake.wait_for(lambda: any("Over The Socket" in t for t in fake.texts()))
                assert bot.wait_idle(30)
            finally:
                done.set()
                handler.close()
                server.shutdown()
    fake.close()
    assert fake.called("apps.connections.open")


@pytest.mark.parametrize("argv, env, message", [
    (["slack"], {}, "SLACK_BOT_TOKEN is not set"),
    (["slack"], {"SLACK_BOT_TOKEN": BOT_TOKEN}, "SLACK_APP_TOKEN is not set"),
    (["slack", "--http"], {"SLACK_BOT_TOKEN": BOT_TOKEN}, "SLACK_SIGNING_SECRET is not set"),
])
def test_atelier_slack_says_what_is_missing(argv, env, message, monkeypatch, capsys):
    from channels.cli import main as cli

    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert cli(argv) == 1
    assert message in capsys.readouterr().err


def test_atelier_slack_with_a_wrong_token_says_so(monkeypatch, capsys):
    from channels.cli import main as cli

    fake = FakeSlack()
    monkeypatch.setenv("SLACK_BOT_TOKEN", "xoxb-wrong")
    monkeypatch.setenv("SLACK_SIGNING_SECRET", SIGNING_SECRET)
    monkeypatch.setenv("ATELIER_SLACK_API_URL", fake.url)
    try:
        assert cli(["slack", "--http", "--port", "0"]) == 1
    finally:
        fake.close()
    assert "cannot reach Slack with the bot token" in capsys.readouterr().err


def test_event_ids_are_remembered_for_a_day_then_forgotten(tmp_path):
    from channels.slack.bot import claim_event
    from tools.context import Context

    ctx = Context.open(tmp_path / "home")
    try:
        ctx.store.execute("INSERT INTO chat_events (event_id, channel, received_at) VALUES "
                          "('Ev-old', 'slack', '2020-01-01T00:00:00.000000Z')")
        assert claim_event(ctx.store, "Ev-new") and not claim_event(ctx.store, "Ev-new")  # a retry: refused
        ids = [r["event_id"] for r in ctx.store.query("SELECT event_id FROM chat_events")]
        assert ids == ["Ev-new"]
    finally:
        ctx.close()
