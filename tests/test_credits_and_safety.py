"""Credits never go negative (also across processes); files before rows; holds released on failure."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

import pytest

from tools import credits
from tools.errors import InsufficientCredits
from tools.generators.base import GenerationCancelled, GeneratorError
from tools.generators.procedural import ProceduralGenerator
from tools.state import export_state

SPENDER = textwrap.dedent("""
    import sys
    from tools.context import Context
    from tools.errors import InsufficientCredits
    from tools.registry import get_registry
    ctx = Context.open(sys.argv[1])
    generate = get_registry()["generate"]
    made = 0
    while True:
        try:
            generate(ctx, prompt="race " + sys.argv[2], count=3, size="256x256")
            made += 3
        except InsufficientCredits:
            break
    print(made)
""")


def test_two_processes_spending_never_overdraw(ctx, atelier_home):
    credits.hold(ctx, 400, "leave 100 to race for")
    runners = [subprocess.Popen([sys.executable, "-c", SPENDER, str(atelier_home), name],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
               for name in ("a", "b")]
    outputs = [runner.communicate(timeout=120) for runner in runners]
    assert all(r.returncode == 0 for r in runners), [o[1] for o in outputs]
    made = sum(int(out) for out, _ in outputs)
    state = export_state(ctx)
    assert made == 99 == len(state["generations"])
    assert state["credits"]["balance"] == 1
    assert ctx.store.scalar("SELECT sum(delta) FROM credit_ledger") == 1  # the ledger adds up
    assert min(r["balance_after"] for r in ctx.store.query("SELECT balance_after FROM credit_ledger")) >= 0


def test_balance_column_refuses_to_go_negative(ctx):
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        ctx.store.execute("UPDATE workspaces SET credit_balance = -1")


class FlakyGenerator:
    """Makes `good` images, then fails the way a backend does."""

    name = "procedural"

    def __init__(self, good: int, failure: Exception):
        self.good, self.failure, self.inner = good, failure, ProceduralGenerator()

    def generate(self, requests, *, on_progress=None, cancel=None):
        for done, image in enumerate(self.inner.generate(requests), start=1):
            if done > self.good:
                raise self.failure
            yield image


@pytest.mark.parametrize("failure,words", [
    (GeneratorError("backend unreachable"), "the generator failed: backend unreachable"),
    (GenerationCancelled(), "cancelled"),
])
def test_failed_generation_keeps_what_was_made_and_releases_the_rest(ctx, tools, failure, words):
    ctx.generator_override = FlakyGenerator(good=2, failure=failure)
    result = tools.generate(ctx, prompt="flaky", count=5, size="256x256")
    assert words in result.message and "Stopped after 2 of 5" in result.message
    state = export_state(ctx)
    assert len(state["generations"]) == 2 and state["credits"]["balance"] == 498
    entries = ctx.store.query("SELECT kind, delta, amount FROM credit_ledger ORDER BY id")
    assert [(e["kind"], e["delta"], e["amount"]) for e in entries] == [
        ("grant", 500, 500), ("hold", -5, 5), ("capture", 0, 2), ("release", 3, 3)]


def test_cancel_between_images(ctx, tools):
    cancel_after = 2

    def progress(label, done, total):
        if done == cancel_after:
            ctx.cancel.set()

    ctx.on_progress = progress
    result = tools.generate(ctx, prompt="stop me", count=6, size="256x256")
    assert "cancelled" in result.message
    assert len(export_state(ctx)["generations"]) == cancel_after
    assert export_state(ctx)["credits"]["balance"] == 500 - cancel_after


def test_crash_between_file_write_and_commit_leaves_no_dangling_row(ctx, tools, monkeypatch):
    real_insert = ctx.store.insert

    def crash_on_generation_rows(table, row):
        if table == "generations":
            raise OSError("simulated power cut")
        return real_insert(table, row)

    monkeypatch.setattr(ctx.store, "insert", crash_on_generation_rows)
    with pytest.raises(OSError, match="power cut"):
        tools.generate(ctx, prompt="doomed", count=3, size="256x256")
    monkeypatch.undo()

    written = [p for p in ctx.settings.blobs_dir.rglob("*.png")]
    assert len(written) == 3  # files landed first …
    state = export_state(ctx)
    assert state["generations"] == []  # … but no row names them
    assert state["credits"]["balance"] == 500  # and the hold was given back
    tools.sweep(ctx)  # young files are spared: another process may be about to commit them
    assert all(p.exists() for p in written)
    orphans = ctx.blobs.sweep(set(), min_age_seconds=0)
    assert sorted(orphans) == sorted(written)


def test_every_row_names_an_existing_file(ctx, tools):
    tools.generate(ctx, prompt="check", count=4, size="256x256")
    for row in ctx.store.query("SELECT blob_sha256, file_ext FROM generations"):
        assert ctx.blobs.path_for(row["blob_sha256"], row["file_ext"]).exists()


def test_threads_sharing_one_context_do_not_overdraw(ctx, tools):
    ctx.store.execute("UPDATE workspaces SET credit_balance = 10")
    refused = []

    def spend():
        try:
            tools.generate(ctx, prompt="thread", count=3, size="256x256")
        except InsufficientCredits:
            refused.append(1)

    threads = [threading.Thread(target=spend) for _ in range(5)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert export_state(ctx)["credits"]["balance"] == 1 and len(refused) == 2
