"""`atelier slack`: Socket Mode with SLACK_APP_TOKEN, or `--http` serving /slack/events."""

from __future__ import annotations

import logging
import sys
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler

from agent.assistant import Assistant
from channels.slack.bot import SlackBot
from tools.errors import AtelierError

EVENTS_PATH = "/slack/events"


class ThreadingWSGIServer(ThreadingMixIn, WSGIServer):
    """wsgiref serves one request at a time; Slack's 3-second acks need more than one at once."""

    daemon_threads = True


class EventsEndpoint(SlackRequestHandler):
    """bolt's WSGI handler; a body it cannot even parse gets 400 instead of a server error."""

    def dispatch(self, request):
        try:
            return super().dispatch(request)
        except Exception as error:
            logging.getLogger("atelier.slack").warning("malformed Slack request: %s", error)
            return BoltResponse(status=400, body="malformed request")


class QuietHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # one line per request would drown the log
        logging.getLogger("atelier.slack").debug(format, *args)


def http_server(bot: SlackBot, host: str, port: int):
    """The Events API and interactivity at /slack/events, signatures checked by bolt."""
    return make_server(host, port, EventsEndpoint(bot.app, path=EVENTS_PATH),
                       server_class=ThreadingWSGIServer, handler_class=QuietHandler)


def build_bot(assistant: Assistant, *, http: bool) -> SlackBot:
    settings = assistant.ctx.settings
    if not settings.slack_bot_token:
        raise AtelierError("SLACK_BOT_TOKEN is not set (the bot's xoxb- token)")
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else None
    if http and not secret:
        raise AtelierError("SLACK_SIGNING_SECRET is not set; --http needs it to check each request")
    if not http and not settings.slack_app_token:
        raise AtelierError("SLACK_APP_TOKEN is not set (the xapp- token for Socket Mode); or use --http")
    return SlackBot(assistant, bot_token=settings.slack_bot_token.get_secret_value(), signing_secret=secret,
                    api_url=settings.slack_api_url, verify_requests=http)


def serve(*, http: bool, port: int, host: str, out=None) -> int:
    out = out or sys.stdout
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    assistant = Assistant()
    try:
        try:
            bot = build_bot(assistant, http=http)
        except AtelierError:
            raise
        except Exception as error:  # auth.test failed: a wrong token or no network
            raise AtelierError(f"cannot reach Slack with the bot token: {error}") from None
        team = f"{bot.identity.team_name} ({bot.identity.team_id})"
        if http:
            server = http_server(bot, host, port)
            print(f"atelier slack: serving {team} at http://{host}:{server.server_port}{EVENTS_PATH}",
                  file=out, flush=True)
            try:
                server.serve_forever()
            finally:
                server.server_close()
        else:
            from slack_bolt.adapter.socket_mode import SocketModeHandler

            handler = SocketModeHandler(bot.app, assistant.ctx.settings.slack_app_token.get_secret_value())
            print(f"atelier slack: serving {team} over Socket Mode", file=out, flush=True)
            handler.start()
        return 0
    finally:
        assistant.close()
