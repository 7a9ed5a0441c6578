"""Credit jobs: hold, capture, release — idempotent, never negative, and settled after a crash.

The crash tests drive `atelier run` in a subprocess and kill it mid-generation (kill -9, SIGTERM,
SIGHUP); the next `atelier` command must leave `balance == grant − cost of the images kept`.
"""

from __future__ import annotations

import io
import json
import os
import queue
import re
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from channels import cli
from helpers import read_state
from test_agent_cli import atelier_command, subprocess_env
from tools import credits
from tools.context import Context
from tools.errors import InsufficientCredits
from tools.files import referenced_shas
from tools.state import export_state

BIG = (1024, 1024)  # slow enough (about 0.5 s an image) that a signal lands mid-run
POSIX_ONLY = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")


def ledger(home) -> dict:
    """The raw bookkeeping, read without opening a Context (which would settle open jobs)."""
    with sqlite3.connect(home / "atelier.db") as db:
        db.row_factory = sqlite3.Row
        return {
            "balance": db.execute("SELECT credit_balance FROM workspaces").fetchone()[0],
            "open_jobs": [dict(r) for r in db.execute("SELECT * FROM credit_jobs WHERE status = 'held'")],
            "jobs": [dict(r) for r in db.execute("SELECT * FROM credit_jobs")],
            "entries": [dict(r) for r in db.execute("SELECT * FROM credit_ledger ORDER BY id")],
            "generations": db.execute("SELECT count(*) FROM generations").fetchone()[0],
        }


def _lines(stream, into: queue.Queue) -> None:
    for line in iter(stream.readline, ""):
        into.put(line)
    into.put(None)


def run_until_generating(home, tmp_path, count: int = 60) -> tuple[subprocess.Popen, int, queue.Queue]:
    """Start `atelier run` on a script asking for ``count`` big images; return once its output
    shows ``generating N/count`` (N < count), with N and the queue of its further lines."""
    script = tmp_path / "many.txt"
    script.write_text(f"start a session called Crash Test\ngenerate {count} images of stripes at "
                      f"{BIG[0]}x{BIG[1]}\n")
    child = subprocess.Popen(atelier_command() + ["run", str(script), "--yes"], env=subprocess_env(home),
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    lines: queue.Queue = queue.Queue()
    threading.Thread(target=_lines, args=(child.stdout, lines), daemon=True).start()
    seen: list[str] = []
    try:
        while True:
            line = lines.get(timeout=120)
            assert line is not None, "".join(seen) + child.stderr.read()
            seen.append(line)
            progress = re.search(rf"generating (\d+)/{count}\b", line)
            if progress and int(progress[1]) < count:
                return child, int(progress[1]), lines
    except BaseException:
        child.kill()
        child.wait()
        raise


def atelier_state(home) -> dict:
    done = subprocess.run(atelier_command() + ["state", "--json"], env=subprocess_env(home),
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return json.loads(done.stdout)


def assert_settled(home, state: dict, at_least: int) -> int:
    rate = credits.image_rate("procedural", None, *BIG)
    kept = len(state["generations"])
    assert at_least <= kept < 60
    assert [g["index"] for g in state["generations"]] == list(range(1, kept + 1))
    assert state["credits"]["balance"] == 500 - rate * kept
    after = ledger(home)
    assert after["open_jobs"] == []
    assert sum(e["delta"] for e in after["entries"]) == after["balance"]  # the ledger adds up
    [job] = after["jobs"]
    assert (job["held"], job["captured"], job["released"]) == (60 * rate, kept * rate, (60 - kept) * rate)
    kinds = [e["kind"] for e in after["entries"] if e["job_id"] == job["id"]]
    assert kinds == ["hold", "capture", "release"]
    return kept


@POSIX_ONLY
def test_kill_9_mid_generation_is_settled_by_the_next_command(atelier_home, tmp_path, capsys):
    child, shown, _ = run_until_generating(atelier_home, tmp_path)
    child.kill()
    child.wait(timeout=30)
    before = ledger(atelier_home)
    # The process died holding the whole estimate: nothing recorded, nothing given back yet.
    assert len(before["open_jobs"]) == 1 and before["generations"] == 0
    state = atelier_state(atelier_home)
    # The images written before the kill are kept (the one shown may still have been in flight).
    assert_settled(atelier_home, state, at_least=shown - 1)
    script = tmp_path / "history.txt"
    script.write_text("credit history\n")
    assert cli.main(["run", str(script)]) == 0
    history = capsys.readouterr().out
    assert all(word in history for word in ("hold 240", "capture", "release"))


@POSIX_ONLY
@pytest.mark.parametrize("signum,code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_sigterm_and_sighup_stop_like_ctrl_c(atelier_home, tmp_path, signum, code):
    child, shown, lines = run_until_generating(atelier_home, tmp_path)
    child.send_signal(signum)
    child.wait(timeout=60)
    err = child.stderr.read()
    assert child.returncode == code, err
    assert "Traceback" not in err and "interrupted" in err
    rest = "".join(iter(lambda: lines.get(timeout=30), None))
    assert "Stopped after" in rest and "cancelled" in rest
    # The process settled its own job on the way out: no later command was needed.
    settled = ledger(atelier_home)
    assert settled["open_jobs"] == [] and settled["generations"] >= shown - 1
    assert_settled(atelier_home, atelier_state(atelier_home), at_least=shown - 1)


DIES_MIDWAY = textwrap.dedent("""
    import os, sys
    from tools.context import Context
    from tools.generators.procedural import ProceduralGenerator
    from tools.registry import get_registry

    class DiesAfterTwo(ProceduralGenerator):
        def generate(self, requests, *, on_progress=None, cancel=None):
            for done, image in enumerate(super().generate(requests), start=1):
                if done == 3:
                    os._exit(9)  # the process dies: no except, no finally, no release
                yield image

    ctx = Context.open(sys.argv[1])
    ctx.generator_override = DiesAfterTwo()
    get_registry()["generate"](ctx, prompt="doomed", count=5, session=sys.argv[2], size="256x256")
""")


def die_midway(home, session: str) -> None:
    done = subprocess.run([sys.executable, "-c", DIES_MIDWAY, str(home), session], capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 9, done.stderr
    assert len(ledger(home)["open_jobs"]) == 1


def test_a_dead_job_keeps_its_images_numbered_after_the_session(ctx, tools, capsys, atelier_home):
    tools.create_session(ctx, name="Kept", prompt="hills")
    tools.generate(ctx, count=1, size="256x256")
    die_midway(atelier_home, "Kept")
    assert cli.main(["state", "--json"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert [g["index"] for g in state["generations"]] == [1, 2, 3]
    assert state["credits"]["balance"] == 500 - 3
    assert ledger(atelier_home)["open_jobs"] == []


def test_a_dead_job_whose_session_was_deleted_gives_everything_back(ctx, tools, capsys, atelier_home):
    tools.create_session(ctx, name="Gone", prompt="smoke")
    die_midway(atelier_home, "Gone")
    ctx.store.execute("DELETE FROM sessions WHERE name = 'Gone'")
    assert cli.main(["state", "--json"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert state["generations"] == [] and state["credits"]["balance"] == 500
    after = ledger(atelier_home)
    assert after["open_jobs"] == []
    assert after["entries"][-1]["kind"] == "release" and "session was deleted" in after["entries"][-1]["reason"]


def test_a_job_of_a_live_process_is_left_alone_and_a_reused_pid_is_not_mistaken_for_it(ctx, atelier_home):
    job_id = credits.hold(ctx, 10, "still working", kind="images")
    other = Context.open(atelier_home)  # same live process: nothing to settle
    try:
        assert credits.job(other, job_id)["status"] == "held" and credits.balance(other) == 490
        # The same pid, but another process start: the owner is gone, the pid merely reused.
        other.store.execute("UPDATE credit_jobs SET owner_started = 'an earlier process' WHERE id = ?", [job_id])
        assert other.settle_abandoned_jobs() == 1
        assert credits.job(other, job_id)["status"] == "settled" and credits.balance(other) == 500
        assert other.settle_abandoned_jobs() == 0  # settling twice gives nothing twice
    finally:
        other.close()


def test_capture_and_release_are_idempotent(ctx):
    job_id = credits.hold(ctx, 10, "ten")
    assert credits.capture(ctx, job_id, 4, "four used") == 4
    assert credits.capture(ctx, job_id, 4, "four used") == 4  # a retry changes nothing
    assert credits.balance(ctx) == 490
    assert credits.release(ctx, job_id, "rest") == 496
    assert credits.release(ctx, job_id, "rest") == 496  # nor does a second release
    assert credits.capture(ctx, job_id, 6, "too late") == 4  # a closed job takes no more
    entries = ctx.store.query("SELECT kind, amount FROM credit_ledger WHERE job_id = ? ORDER BY id", [job_id])
    assert [(e["kind"], e["amount"]) for e in entries] == [("hold", 10), ("capture", 4), ("release", 6)]
    assert credits.job(ctx, job_id)["captured"] == 4


def test_a_hold_beyond_the_balance_takes_nothing(ctx):
    with pytest.raises(InsufficientCredits, match="needs 501 credits and the balance is 500"):
        credits.hold(ctx, 501, "too much")
    assert credits.balance(ctx) == 500
    assert ctx.store.scalar("SELECT count(*) FROM credit_jobs") == 0


JOB_RACER = textwrap.dedent("""
    import sys
    from tools import credits
    from tools.context import Context
    from tools.errors import InsufficientCredits
    ctx = Context.open(sys.argv[1])
    spent = 0
    while True:
        try:
            job = credits.hold(ctx, 7, "race")
        except InsufficientCredits:
            break
        credits.settle(ctx, job, 3, "used 3", "4 unused")
        spent += 3
    print(spent)
""")


def test_concurrent_jobs_from_two_processes_never_overdraw(ctx, atelier_home):
    ctx.store.execute("UPDATE workspaces SET credit_balance = 100")
    racers = [subprocess.Popen([sys.executable, "-c", JOB_RACER, str(atelier_home)], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [racer.communicate(timeout=120) for racer in racers]
    assert all(r.returncode == 0 for r in racers), [o[1] for o in outputs]
    spent = sum(int(out) for out, _ in outputs)
    balance = credits.balance(ctx)
    # Each job captures 3 of its 7; the racers stop once fewer than 7 are left.
    assert balance == 100 - spent and 0 <= balance < 7
    assert ctx.store.scalar("SELECT count(*) FROM credit_jobs WHERE status = 'held'") == 0
    assert ctx.store.scalar("SELECT min(balance_after) FROM credit_ledger") >= 0


def test_an_open_jobs_files_survive_a_sweep(ctx, tools, atelier_home):
    tools.create_session(ctx, name="Swept", prompt="dunes")
    die_midway(atelier_home, "Swept")
    written = list(ctx.settings.blobs_dir.rglob("*.png"))
    assert len(written) == 2
    old = time.time() - 3600  # old enough for the sweep's grace period to have passed
    for path in written:
        os.utime(path, (old, old))
    ctx.blobs.sweep(referenced_shas(ctx))
    assert all(p.exists() for p in written)


def test_rate_card():
    rate = credits.image_rate
    assert rate("procedural", None, 512, 512) == 1  # DESIGN: 1 credit at its default size
    assert rate("procedural", "procedural", 256, 256) == 1
    assert rate("procedural", None, 1024, 1024) == 4 and rate("procedural", None, 768, 1024) == 3
    assert rate("openai", "gpt-image-1", 1024, 1024, "high") > rate("openai", "gpt-image-1", 1024, 1024) \
        > rate("openai", "gpt-image-1", 1024, 1024, "low") > 0
    assert rate("openai", "gpt-image-1", 1536, 1024) > rate("openai", "gpt-image-1", 1024, 1024)
    for provider in ("a1111", "comfyui", "openai"):
        assert rate(provider, "any-model", 64, 64) > 0
    # Unknown: never cheaper than what is known.
    known = max(rate(p, m, 1024, 1024, q) for (p, m) in credits.RATE_CARD for q in (None, "high", "hd"))
    assert rate("somewhere-new", None, 1024, 1024) >= known
    assert rate("openai", "a-future-model", 1024, 1024) >= rate("openai", "gpt-image-1", 1024, 1024, "high")


def test_a_bigger_size_costs_more_and_the_question_says_so(ctx, tools):
    tools.create_session(ctx, name="Large", prompt="waves")
    question = tools.generate.confirmation_question(ctx, tools.generate.parse_args({"count": 30, "size": "1024x1024"}))
    assert question == "Generate 30 images for 120 credits (balance 500)?"
    tools.generate(ctx, count=2, size="1024x1024")
    assert export_state(ctx)["credits"]["balance"] == 492


def test_a_dead_job_that_cannot_be_kept_is_released_and_never_stops_a_command(ctx, tools, capsys,
                                                                              atelier_home):
    tools.create_session(ctx, name="Garbled", prompt="orbs")
    die_midway(atelier_home, "Garbled")
    ctx.store.execute("UPDATE credit_job_items SET record = '{\"prompt\": 1}'")  # a damaged note
    assert cli.main(["state", "--json"]) == 0
    state = json.loads(capsys.readouterr().out)
    assert state["generations"] == [] and state["credits"]["balance"] == 500
    assert ledger(atelier_home)["open_jobs"] == []


@POSIX_ONLY
@pytest.mark.parametrize("signum,code", [(signal.SIGTERM, 143), (signal.SIGHUP, 129)])
def test_a_signal_during_a_chat_turn_stops_it_keeps_what_was_made_and_ends_the_chat(
        monkeypatch, capsys, atelier_home, signum, code):
    from tools.generators.procedural import ProceduralGenerator

    class SignalledAtThree(ProceduralGenerator):
        def generate(self, requests, *, on_progress=None, cancel=None):
            for done, image in enumerate(super().generate(requests, on_progress=on_progress, cancel=cancel), 1):
                if done == 3:
                    os.kill(os.getpid(), signum)  # as `kill` or a closing terminal would
                    time.sleep(0.3)  # the main thread reacts while this image is still in flight
                yield image

    monkeypatch.setattr("tools.generations.build_generator", lambda name: SignalledAtThree())
    monkeypatch.setattr("sys.stdin", io.StringIO("generate 12 images of waves\nare you there?\n"))
    previous = signal.getsignal(signum)
    assert cli.main(["chat"]) == code
    assert signal.getsignal(signum) is previous  # the command's handlers are gone again
    out = capsys.readouterr().out
    assert "Stopped after" in out and "stopped by a signal" in out and "you> are you there?" not in out
    state = read_state(atelier_home)
    made = len(state["generations"])
    assert 3 <= made < 12 and state["credits"]["balance"] == 500 - made
    assert ledger(atelier_home)["open_jobs"] == []


def test_the_ledger_rebuild_keeps_every_row_and_accepts_captures(tmp_path):
    from sqlite_utils import Database

    from memory import migrations

    db = Database(tmp_path / "old.db")
    for step in migrations.MIGRATIONS[:2]:  # a home as it was before credit jobs
        step(db)
        db.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)")
        db.execute("INSERT INTO _migrations VALUES (?, 'then')", [step.__name__])
    db.execute("INSERT INTO workspaces VALUES ('ws_local', 'Local', 470, 'then')")
    old = [(500, "grant", "starting grant", 500), (-40, "hold", "40 image(s)", 460), (10, "release", "10 not made", 470)]
    for delta, kind, reason, after in old:
        db.execute("INSERT INTO credit_ledger (workspace_id, delta, kind, reason, ref, balance_after, created_at) "
                   "VALUES ('ws_local', ?, ?, ?, NULL, ?, 'then')", [delta, kind, reason, after])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute("INSERT INTO credit_ledger (workspace_id, delta, kind, reason, balance_after, created_at) "
                   "VALUES ('ws_local', 0, 'capture', 'x', 470, 'then')")
    assert "m003_credit_jobs" in migrations.apply_migrations(db)
    rows = list(db.query("SELECT id, delta, kind, reason, balance_after, amount FROM credit_ledger ORDER BY id"))
    assert [(r["delta"], r["kind"], r["reason"], r["balance_after"]) for r in rows] == old
    assert [r["amount"] for r in rows] == [500, 40, 10] and [r["id"] for r in rows] == [1, 2, 3]
    db.execute("INSERT INTO credit_ledger (workspace_id, delta, kind, reason, balance_after, created_at) "
               "VALUES ('ws_local', 0, 'capture', 'x', 470, 'now')")
    assert db.execute("SELECT max(id) FROM credit_ledger").fetchone()[0] == 4  # ids keep counting up


def test_the_default_openai_image_model_is_on_the_rate_card():
    """The model Atelier asks OpenAI for by default has its own price, not the unknown-model one."""
    from memory.settings import Settings
    from tools import credits

    model = Settings().openai_image_model
    assert credits.image_rate("openai", model, 1024, 1024) == 8
    assert credits.image_rate("openai", model, 1024, 1024, "high") == 32
