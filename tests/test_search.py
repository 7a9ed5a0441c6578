"""Semantic search: the embedder, the Chroma index following the store, the tool and the CLI."""

from __future__ import annotations

import json
import shutil
import time

import numpy as np
import pytest
from search_data import add_session

from agent.events import ToolFinished
from agent.testing import tool
from channels.cli import main
from memory import embedder as embedder_module
from memory.embedder import EmbedderError, MiniLMEmbedder, get_embedder
from memory.index import open_index
from tools.context import Context

KNOWN = "a red vintage bicycle leaning against a bakery wall"


def cli_json(capsys, *argv) -> dict:
    assert main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def filler(count: int) -> list[str]:
    """Many prompts, few of them distinct (as in real sessions), none about bicycles or bread."""
    subjects = ["mountain lake", "desert canyon", "snowy village", "ocean cliffs", "lavender field",
                "glass skyscraper", "koi pond", "volcano eruption", "autumn vineyard", "arctic fox"]
    styles = ["watercolor", "oil painting", "35mm photo", "isometric render", "charcoal sketch",
              "low poly", "tilt-shift photo", "ukiyo-e print", "pastel illustration", "long exposure"]
    return [f"{styles[(n // 10) % 10]} of a {subjects[n % 10]}" for n in range(count)]


def test_embeddings_are_unit_vectors_that_follow_meaning():
    embedder = get_embedder()
    vectors = embedder.embed(["a cat sleeping on a sofa", "a kitten napping on a couch", "a stock market chart"])
    assert vectors.shape == (3, 384) and np.allclose(np.linalg.norm(vectors, axis=1), 1, atol=1e-4)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.3
    # The same text in a batch of different lengths gets the same vector (padding is masked out).
    alone = MiniLMEmbedder().embed(["a cat sleeping on a sofa"])[0]
    assert np.allclose(alone, vectors[0], atol=1e-4)


def test_prompts_longer_than_the_window_and_non_english_prompts_embed():
    embedder = get_embedder()
    long_prompt = "a lighthouse on a cliff, " * 400
    vectors = embedder.embed([long_prompt, "一只在雪地里的狐狸", "un renard dans la neige", ""])
    assert vectors.shape == (4, 384) and np.isfinite(vectors).all()


def test_an_embedder_file_failing_its_checksum_is_a_clear_error_and_nothing_is_indexed(
        ctx, tmp_path, monkeypatch, capsys):
    add_session(ctx, "Bikes", [KNOWN, "a blue bicycle"], with_images=False)
    broken = tmp_path / "model.onnx"
    broken.write_bytes(b"not the model")
    monkeypatch.setitem(embedder_module._shared, "minilm", MiniLMEmbedder(model_path=broken))
    with pytest.raises(EmbedderError, match="does not match its pinned checksum"):
        get_embedder().embed(["anything"])

    assert main(["search", "bicycle"]) == 1
    assert "does not match its pinned checksum" in capsys.readouterr().err
    # Every item is still waiting to be indexed, and nothing reached Chroma.
    assert ctx.store.scalar("SELECT count(*) FROM index_pending") == 2
    assert open_index(ctx.store, ctx.settings).collection(ctx.workspace_id).count() == 0


def test_search_finds_a_known_item_among_5000_by_paraphrase(ctx, capsys):
    prompts = filler(4999)
    prompts.insert(2500, KNOWN)
    add_session(ctx, "Big", prompts, with_images=False)
    found = cli_json(capsys, "search", "old bike parked outside a bread shop", "--json", "--limit", "3")
    assert found["results"][0]["prompt"] == KNOWN
    first = found["results"][0]
    assert set(first) == {"id", "kind", "session_id", "prompt", "score"} and first["kind"] == "generation"

    # Rebuilding after the Chroma folder is deleted gives the same results.
    shutil.rmtree(ctx.settings.home / "chroma")
    assert main(["reindex"]) == 0
    assert "Indexed 5000 items." in capsys.readouterr().out
    again = cli_json(capsys, "search", "old bike parked outside a bread shop", "--json", "--limit", "3")
    assert [r["id"] for r in again["results"]] == [r["id"] for r in found["results"]]


def test_filters_narrow_by_liked_session_and_time_and_nothing_matching_is_empty(ctx, tools):
    first = add_session(ctx, "Forest", ["misty forest at dawn", "foggy woods", "a pine forest in rain"],
                        with_images=False)
    add_session(ctx, "City", ["neon city at night", "misty harbour at dawn"], with_images=False, start_minute=3000)
    tools.like(ctx, session="Forest", items=[2])
    liked = tools.search(ctx, query="misty trees", liked=True).data["results"]
    assert [r["prompt"] for r in liked] == ["foggy woods"]
    in_city = tools.search(ctx, query="misty dawn", session="City").data["results"]
    assert {r["session_id"] for r in in_city} != {first} and in_city[0]["prompt"] == "misty harbour at dawn"
    late = tools.search(ctx, query="misty dawn", since="2026-05-03").data["results"]
    assert [r["prompt"] for r in late][0] == "misty harbour at dawn" and all(r["session_id"] != first for r in late)
    nothing = tools.search(ctx, query="misty dawn", model="no-such-model")
    assert nothing.data == {"results": [], "indexes": []} and "Nothing matches" in nothing.message


def test_a_broad_filter_checked_hit_by_hit_finds_what_the_whole_selection_finds(ctx, tools, monkeypatch):
    from tools import search as search_module

    prompts = filler(300)
    prompts[::37] = [KNOWN, "a blue bicycle by a bread shop", "a bakery at dawn", "an old bicycle in the rain",
                     "a lighthouse at night", "bread on a wooden table", "a bicycle race", "a red door",
                     "a cat on a bicycle"]
    add_session(ctx, "Many", prompts, with_images=False)
    tools.like(ctx, session="Many", items=list(range(1, 301, 2)))  # half of them
    queries = [dict(query="old bike parked outside a bread shop", liked=True),
               dict(query="bicycle", liked=False, limit=3), dict(query="misty lake", session="Many", limit=20),
               dict(query="bread", model="sdxl"), dict(query="bread", model="flux")]
    whole = [tools.search(ctx, **q).data["results"] for q in queries]
    monkeypatch.setattr(search_module, "BROAD_SELECTION", 5)  # every filter above is "broad" now
    checked = [tools.search(ctx, **q).data["results"] for q in queries]
    assert checked == whole
    assert whole[0] and all(r["prompt"] != KNOWN for r in whole[1]) and whole[4] == []


@pytest.mark.parametrize("args, message", [
    ({"query": "   "}, "the search query is empty"),
    ({"query": "x", "since": "last tuesday"}, "is not an ISO-8601 date"),
    ({"query": "x", "since": "2026-05-02", "until": "2026-05-01"}, "'since' is after 'until'"),
    ({"query": "x", "folder": "Nowhere"}, "no folder named 'Nowhere'"),
    ({"query": "x", "limit": 0}, "limit"),
])
def test_bad_searches_are_refused_clearly(ctx, tools, args, message):
    from tools.errors import AtelierError

    with pytest.raises(AtelierError, match=message):
        tools.search(ctx, args)


def test_the_cli_says_so_for_an_empty_query(capsys):
    assert main(["search", ""]) == 1
    assert "the search query is empty" in capsys.readouterr().err


def wait_until_indexed(index) -> None:
    for _ in range(600):
        if not index.pending():
            break
        time.sleep(0.05)
    assert index.sync() == 0  # nothing left for this sync: it only waits for the follower to finish


def test_the_index_follows_creates_and_deletes_through_the_commit_hook(ctx, tools):
    add_session(ctx, "Forest", ["misty forest at dawn", "foggy woods", "foggy woods"], with_images=False)
    tools.search(ctx, query="woods")  # opens the index, which then follows every commit
    index = open_index(ctx.store, ctx.settings)
    texts = index.collection(ctx.workspace_id)
    assert texts.count() == 2  # one vector per distinct prompt
    tools.generate(ctx, prompt="a lighthouse in a storm", count=2)
    wait_until_indexed(index)  # the background follower, not a search, did this
    assert index.pending() == 0 and texts.count() == 3
    tools.delete_session(ctx, session="Forest")
    wait_until_indexed(index)
    assert index.pending() == 0 and texts.count() == 0
    assert ctx.store.scalar("SELECT count(*) FROM index_items") == 0


def test_a_corrupted_or_deleted_chroma_folder_is_rebuilt(atelier_home, tools):
    from chromadb.api.shared_system_client import SharedSystemClient

    ctx = Context.open(atelier_home)
    add_session(ctx, "Forest", ["misty forest at dawn", "a red bicycle"], with_images=False)
    assert tools.search(ctx, query="bike").data["results"][0]["prompt"] == "a red bicycle"
    ctx.close()
    SharedSystemClient.clear_system_cache()  # as if this were the next run
    chroma = atelier_home / "chroma"
    corrupted = list(chroma.rglob("*.sqlite3"))
    assert corrupted
    for sqlite_file in corrupted:
        sqlite_file.write_bytes(b"this is not a database" * 100)

    ctx = Context.open(atelier_home)
    try:
        assert tools.search(ctx, query="bike").data["results"][0]["prompt"] == "a red bicycle"
        shutil.rmtree(chroma)  # while running
        assert tools.search(ctx, query="bike").data["results"][0]["prompt"] == "a red bicycle"
    finally:
        ctx.close()


def test_search_through_a_conversation_numbers_its_results(assistant, model, atelier_home):
    ctx = assistant.ctx
    add_session(ctx, "Forest", ["misty forest at dawn", "a red bicycle", "neon city"], with_images=False)
    model.enqueue(tool("search", query="a bike", limit=2), "Here they are.")
    finished = [e for e in assistant.send("t", "find the bike shots") if isinstance(e, ToolFinished)]
    assert not finished[0].error
    # Numbered for the next message ("save 1"), each with its own number in its session.
    assert finished[0].message.splitlines() == [
        f"1. #2 in 'Forest': a red bicycle (score {finished[0].data['results'][0]['score']:.2f})",
        "(1 weaker match left out.)"]  # the other hit is far less like "a bike"


def test_an_import_is_indexed_after_it_commits_and_found_by_meaning(atelier_home, tmp_path, capsys):
    from test_import_pipeline import at, write_atelier_pngs

    write_atelier_pngs(tmp_path / "shots", [at(9, 0), at(9, 1)], prompt="a lighthouse in a winter storm")
    write_atelier_pngs(tmp_path / "shots", [at(9, 2)], prompt="un marché aux fleurs au printemps", first_seed=50)
    assert main(["import", str(tmp_path / "shots")]) == 0
    capsys.readouterr()
    ctx = Context.open(atelier_home)
    try:
        assert ctx.store.scalar("SELECT count(*) FROM index_pending") == 0  # indexed by the import command
    finally:
        ctx.close()
    # The model is English-trained: a non-English prompt is found by words in its own language.
    found = cli_json(capsys, "search", "les fleurs du marché", "--json", "--limit", "1")
    assert found["results"][0]["prompt"] == "un marché aux fleurs au printemps"
    lighthouse = cli_json(capsys, "search", "beacon on the coast in bad weather", "--json")
    assert {r["prompt"] for r in lighthouse["results"][:2]} == {"a lighthouse in a winter storm"}


SUBJECTS = ["a lighthouse in a winter storm", "a koi pond in spring rain", "a red bicycle by a bakery",
            "a fox in deep snow", "a desert canyon at noon", "a neon alley at night"]


def six_prompt_folder(root):
    from test_import_pipeline import at, write_atelier_pngs

    for n, subject in enumerate(SUBJECTS):
        write_atelier_pngs(root, [at(9, n)], prompt=subject, first_seed=10 + n, name=f"shot{n}")
    return root


def test_an_import_commits_before_it_indexes_and_shows_the_indexing_progress(
        atelier_home, tmp_path, capsys, monkeypatch):
    import sqlite3

    from memory import index as index_module
    from tools.context import Context as ContextClass

    six_prompt_folder(tmp_path / "shots")
    monkeypatch.setattr(index_module, "SYNC_BATCH", 2)
    seen: list[tuple[int, int, int]] = []  # (done, total, assets committed when it was reported)
    original = ContextClass.progress

    def progress(self, label, done, total):
        if label == "indexing":
            with sqlite3.connect(atelier_home / "atelier.db") as db:
                seen.append((done, total, db.execute("SELECT count(*) FROM assets").fetchone()[0]))
        original(self, label, done, total)

    monkeypatch.setattr(ContextClass, "progress", progress)
    assert main(["import", str(tmp_path / "shots")]) == 0
    # Every asset was committed before indexing began; progress went up to the whole import (each
    # file is an asset and, in its auto session, a generation: 12 items).
    assert seen and all(committed == 6 for *_, committed in seen)
    assert [done for done, *_ in seen] == [2, 4, 6, 8, 10, 12] and seen[-1][1] == 12


def test_ctrl_c_while_indexing_keeps_the_import_and_the_rest_is_indexed_later(
        atelier_home, tmp_path, capsys, monkeypatch):
    import os
    import signal
    import threading

    from memory import index as index_module
    from tools.context import Context as ContextClass

    six_prompt_folder(tmp_path / "shots")
    monkeypatch.setattr(index_module, "SYNC_BATCH", 1)
    original = ContextClass.progress

    def progress(self, label, done, total):
        original(self, label, done, total)
        if label == "indexing" and done == 1:
            os.kill(os.getpid(), signal.SIGINT)  # a real Ctrl+C, delivered to the main thread
            if threading.current_thread() is not threading.main_thread():
                time.sleep(0.5)  # the background indexer: let the main thread stop it first

    monkeypatch.setattr(ContextClass, "progress", progress)
    assert main(["import", str(tmp_path / "shots")]) == 0
    err = capsys.readouterr().err
    assert "Search indexing stopped at 1 of 12 items" in err and "Traceback" not in err
    monkeypatch.setattr(ContextClass, "progress", original)
    ctx = Context.open(atelier_home)
    try:
        assert ctx.store.scalar("SELECT count(*) FROM assets") == 6
        # The background indexer may finish the batch it holds before it sees the command closing.
        assert 9 <= ctx.store.scalar("SELECT count(*) FROM index_pending") <= 11
    finally:
        ctx.close()
    # The next search indexes the rest first and finds an item that was left over.
    found = cli_json(capsys, "search", "a neon alley at night", "--json", "--limit", "1")
    assert found["results"][0]["prompt"] == "a neon alley at night"
