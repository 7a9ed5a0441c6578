"""Search and reflections on OpenAI embeddings (ATELIER_EMBEDDER=openai), against a loopback fake
of the embeddings API: one collection per embedder, never mixed; failures are clear and index nothing."""

from __future__ import annotations

import json

import pytest
from fake_servers import FakeOpenAIEmbeddings
from search_data import add_session, three_theme_prompts

from channels.cli import main
from memory.index import open_index
from tools.context import Context

PROMPTS = ["a lighthouse in a winter storm", "a red bicycle by a bakery", "a koi pond in spring rain",
           "a red bicycle by a bakery"]


@pytest.fixture
def server():
    with FakeOpenAIEmbeddings() as fake:
        yield fake


@pytest.fixture
def use_openai(monkeypatch, server):
    def switch(on: bool = True, key: str = "sk-test") -> None:
        if on:
            monkeypatch.setenv("ATELIER_EMBEDDER", "openai")
            monkeypatch.setenv("OPENAI_BASE_URL", f"{server.base_url}/v1")
            monkeypatch.setenv("OPENAI_API_KEY", key)
        else:
            monkeypatch.delenv("ATELIER_EMBEDDER", raising=False)
    return switch


def search(capsys, query: str) -> tuple[int, list[dict], str]:
    code = main(["search", query, "--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out)["results"] if code == 0 else []), err


def collections(home) -> dict[str, tuple[str, int]]:
    """Atelier's Chroma collections: name -> (the embedder its metadata records, vectors held)."""
    ctx = Context.open(home)
    try:
        client = open_index(ctx.store, ctx.settings).client()
        found = {}
        for entry in client.list_collections():
            collection = client.get_collection(entry if isinstance(entry, str) else entry.name, embedding_function=None)
            found[collection.name] = ((collection.metadata or {}).get("embedder"), collection.count())
        return found
    finally:
        ctx.close()


def test_search_runs_on_openai_embeddings_and_each_distinct_prompt_is_sent_once(
        atelier_home, server, use_openai, capsys):
    use_openai()
    ctx = Context.open(atelier_home)
    add_session(ctx, "Mixed", PROMPTS, with_images=False)
    ctx.close()

    code, results, _ = search(capsys, "storm lighthouse")
    assert code == 0 and results[0]["prompt"] == "a lighthouse in a winter storm"
    assert sorted(server.texts) == sorted(set(PROMPTS) | {"storm lighthouse"})
    assert server.texts.count("a red bicycle by a bakery") == 1 and "storm lighthouse" in server.texts
    # The collection records its embedder; no MiniLM collection was made.
    held = collections(atelier_home)
    assert list(held.values()) == [("openai-text-embedding-3-small", 3)]
    assert all(name.endswith("-openai-text-embedding-3-small") for name in held)


def test_switching_embedders_never_mixes_vectors(atelier_home, server, use_openai, capsys):
    ctx = Context.open(atelier_home)
    add_session(ctx, "Mixed", PROMPTS, with_images=False)
    ctx.close()
    code, offline, _ = search(capsys, "bike outside a bread shop")
    assert code == 0 and offline[0]["prompt"] == "a red bicycle by a bakery" and server.texts == []

    use_openai()
    code, online, _ = search(capsys, "red bicycle")
    assert code == 0 and online[0]["prompt"] == "a red bicycle by a bakery"
    assert set(PROMPTS) <= set(server.texts)  # indexed again, into a collection of its own
    held = collections(atelier_home)
    assert sorted(held.values()) == [("all-MiniLM-L6-v2-int8", 3), ("openai-text-embedding-3-small", 3)]

    use_openai(False)
    sent = len(server.texts)
    code, again, _ = search(capsys, "bike outside a bread shop")
    assert code == 0 and again == offline and len(server.texts) == sent


def test_a_rejected_key_is_a_clear_error_and_nothing_is_indexed(atelier_home, server, use_openai, capsys):
    use_openai(key="sk-wrong")
    ctx = Context.open(atelier_home)
    add_session(ctx, "Mixed", PROMPTS, with_images=False)
    ctx.close()
    code, _, err = search(capsys, "storm")
    assert code == 1 and "OpenAI rejected the API key" in err and "Traceback" not in err
    ctx = Context.open(atelier_home)
    try:
        assert ctx.store.scalar("SELECT count(*) FROM index_pending") == len(PROMPTS)
    finally:
        ctx.close()

    use_openai()  # with the right key the marks left behind are indexed
    code, results, _ = search(capsys, "storm lighthouse")
    assert code == 0 and results[0]["prompt"] == "a lighthouse in a winter storm"


@pytest.mark.parametrize("behaviour, message", [("500", "OpenAI answered 500"),
                                                 ("429", "rate limit")])
def test_a_failing_server_is_a_clear_error(atelier_home, server, use_openai, capsys, monkeypatch, behaviour, message):
    use_openai()
    ctx = Context.open(atelier_home)
    add_session(ctx, "Mixed", PROMPTS, with_images=False)
    ctx.close()
    server.fail(*[behaviour] * 8)  # the SDK retries: fail every attempt
    code, _, err = search(capsys, "storm")
    assert code == 1 and message in err


def test_openai_chosen_without_a_key_or_server_says_what_is_missing(atelier_home, monkeypatch, capsys):
    monkeypatch.setenv("ATELIER_EMBEDDER", "openai")
    code, _, err = search(capsys, "storm")
    assert code == 1 and "ATELIER_EMBEDDER=openai needs OPENAI_API_KEY" in err


def test_a_reflection_on_openai_embeddings_finds_the_themes(atelier_home, server, use_openai, tools):
    use_openai()
    ctx = Context.open(atelier_home)
    try:
        add_session(ctx, "Studies", three_theme_prompts(60))
        reflection = tools.reflect(ctx, session="Studies").data["reflection"]
        themes = reflection["evidence"]["themes"]
        assert len(themes) == 3 and {"forest", "city", "portrait"} <= {t for theme in themes for t in theme["terms"]}
        assert server.texts  # the vectors came from the embeddings API
    finally:
        ctx.close()
