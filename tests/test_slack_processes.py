"""Two `atelier slack --http` processes on one home: a retried event runs once, credits never overdraw."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading

import httpx
import pytest

from slack_fake import BOT_TOKEN, SIGNING_SECRET, TEAM, FakeSlack, mention, sign
from tools.context import Context
from tools.state import export_state
from tools.workspaces import find_workspace


def _launch(home, fake) -> subprocess.Popen:
    env = {**os.environ, "ATELIER_HOME": str(home), "SLACK_BOT_TOKEN": BOT_TOKEN,
           "SLACK_SIGNING_SECRET": SIGNING_SECRET, "ATELIER_SLACK_API_URL": fake.url}
    return subprocess.Popen([sys.executable, "-m", "channels.cli", "slack", "--http", "--port", "0",
                             "--host", "127.0.0.1"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


def _address(process: subprocess.Popen) -> str:
    line = process.stdout.readline()
    assert "serving Team A (TTEAMA) at " in line, line + process.stderr.read()
    return line.rsplit(" at ", 1)[1].strip()


@pytest.fixture
def two_bots(atelier_home):
    fake = FakeSlack()
    processes = [_launch(atelier_home, fake) for _ in range(2)]  # both start at once, on one home
    yield fake, [_address(p) for p in processes]
    for process in processes:
        process.terminate()
        process.wait(30)
    fake.close()


def _post(url: str, body: dict, retry: str | None = None) -> int:
    raw = json.dumps(body)
    headers = {"Content-Type": "application/json", **sign(raw)}
    if retry:
        headers["X-Slack-Retry-Num"] = retry
    return httpx.post(url, content=raw.encode(), headers=headers, timeout=30).status_code


def _replies(fake) -> list[str]:
    return [p["text"] for p in fake.called("chat.update") if not p["text"].startswith(("working", "waiting"))]


@pytest.mark.slow  # two interpreters importing langgraph: run by CI with the slow tests
def test_two_processes_share_one_home_safely(two_bots, atelier_home):
    fake, urls = two_bots
    # The same event reaches both processes (Slack retried it): it runs once.
    same = mention("start a session called Shared and generate 3 images of a lantern")
    results = []
    threads = [threading.Thread(target=lambda u=u, r=r: results.append(_post(u, same, r)))
               for u, r in zip(urls, (None, "1"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert results == [200, 200]
    fake.wait_for(lambda: len(_replies(fake)) >= 1)
    # Two different requests at once, one per process, both spending from one ledger.
    bodies = [mention(f"start a session called Side {n} and generate 4 images of a kite", channel=f"C{n}")
              for n in (1, 2)]
    threads = [threading.Thread(target=_post, args=(u, b)) for u, b in zip(urls, bodies)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    fake.wait_for(lambda: len(_replies(fake)) >= 3)
    assert sum(1 for p in fake.called("chat.postMessage") if p["text"] == "working…") == 3
    ctx = Context.open(atelier_home)
    try:
        ctx.workspace_id = find_workspace(ctx.store, TEAM)["id"]
        state = export_state(ctx)
        ledger = ctx.store.query("SELECT delta FROM credit_ledger WHERE workspace_id = ?", [ctx.workspace_id])
    finally:
        ctx.close()
    assert sorted(s["name"] for s in state["sessions"]) == ["Shared", "Side 1", "Side 2"]
    assert len(state["generations"]) == 11
    assert state["credits"]["balance"] == 500 - 11 == sum(r["delta"] for r in ledger)
