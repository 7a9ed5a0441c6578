"""The TUI's listing queries walk an index in their own order (no temp B-tree sort of 100k rows)."""

from __future__ import annotations

import pytest

from tui import data


@pytest.fixture
def planned(ctx, monkeypatch):
    """Every query the TUI's data layer runs, answered by SQLite's plan for it instead."""
    plans: list[str] = []
    run = ctx.store.query

    def explain(sql, params=()):
        plans.extend(row["detail"] for row in run("EXPLAIN QUERY PLAN " + sql, params))
        return []

    monkeypatch.setattr(ctx.store, "query", explain)
    return plans


@pytest.mark.parametrize("listing", [
    lambda ctx: data.generation_index(ctx),
    lambda ctx: data.generation_index(ctx, media="image"),
    lambda ctx: data.generation_index(ctx, liked=True),
    lambda ctx: data.session_index(ctx),
    lambda ctx: data.session_index(ctx, archived=True),
    lambda ctx: data.asset_index(ctx),
], ids=["iterations", "iterations-images", "liked", "sessions", "sessions-archived", "library"])
def test_listings_read_an_index_in_order(ctx, planned, listing):
    listing(ctx)
    assert planned and not any("TEMP B-TREE" in step for step in planned), planned
    assert not any(step.startswith("SCAN g") or step == "SCAN generations" for step in planned), planned
