"""How fast the Slack bot acknowledges, against Slack's 3-second limit, while turns are running.

Run as ``python -m bench.bench_slack``. The bot serves its real HTTP endpoint against the loopback
fake of the Web API used by the tests; N signed app_mention events (each "generate 4 images …" in
its own thread) are sent back to back. Printed: the acknowledgement time (p50, p95, max) and its
ratio to the 3 s Slack allows, and the time until every turn has replied.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))  # the fake lives with the tests

from slack_fake import BOT_TOKEN, SIGNING_SECRET, FakeSlack, mention, sign  # noqa: E402

from agent.assistant import Assistant  # noqa: E402
from channels.slack.bot import SlackBot  # noqa: E402
from channels.slack.run import http_server  # noqa: E402

SLACK_ACK_LIMIT = 3.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=20)
    args = parser.parse_args()
    fake = FakeSlack()
    with tempfile.TemporaryDirectory() as home, Assistant(home=home, model="offline") as assistant:
        bot = SlackBot(assistant, bot_token=BOT_TOKEN, signing_secret=SIGNING_SECRET, api_url=fake.url)
        server = http_server(bot, "127.0.0.1", 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_port}/slack/events"
        acks = []
        started = time.perf_counter()
        with httpx.Client() as client:
            for n in range(args.events):
                raw = json.dumps(mention(f"start a session called Bench {n} and generate 4 images of a kite",
                                         channel=f"C{n}"))
                sent = time.perf_counter()
                response = client.post(url, content=raw, headers={"Content-Type": "application/json", **sign(raw)})
                acks.append(time.perf_counter() - sent)
                assert response.status_code == 200
        bot.wait_idle(600)
        total = time.perf_counter() - started
        server.shutdown()
    fake.close()
    acks.sort()
    p95 = acks[max(0, int(len(acks) * 0.95) - 1)]
    print(f"events: {args.events}, each 'generate 4' in its own thread")
    print(f"ack p50 {statistics.median(acks) * 1000:.1f} ms, p95 {p95 * 1000:.1f} ms, max {acks[-1] * 1000:.1f} ms; "
          f"max/limit {acks[-1] / SLACK_ACK_LIMIT:.3f} of Slack's {SLACK_ACK_LIMIT:.0f} s")
    print(f"all {args.events} turns replied after {total:.1f} s ({total / args.events * 1000:.0f} ms per turn)")


if __name__ == "__main__":
    main()
