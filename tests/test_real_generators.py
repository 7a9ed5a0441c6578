"""A1111/Forge, ComfyUI and OpenAI images against loopback fakes that speak their protocols."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from fake_servers import FakeA1111, FakeComfyUI, FakeOpenAIImages
from helpers import read_state

from agent.assistant import Assistant
from agent.events import ToolFinished
from tools.context import Context
from tools.errors import InvalidInput
from tools.generations import GenerationFailed
from tools.generators import GeneratorRegistry, build_generator
from tools.metadata import read_metadata
from tools.state import export_state


def open_ctx(home, monkeypatch, **env) -> Context:
    for key, value in env.items():
        monkeypatch.setenv(key, str(value))
    return Context.open(home)


def spent(ctx) -> int:
    return 500 - export_state(ctx)["credits"]["balance"]


def file_of(ctx, generation_id) -> bytes:
    row = ctx.store.one("SELECT blob_sha256, file_ext FROM generations WHERE id = ?", [generation_id])
    return ctx.blobs.path_for(row["blob_sha256"], row["file_ext"]).read_bytes()


def provenance(ctx, generation_id) -> dict:
    return json.loads(ctx.store.scalar("SELECT provenance FROM generations WHERE id = ?", [generation_id]))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def openai_rate(width: int, height: int) -> int:
    """The rate card's price of one image by the default OpenAI image model (always more than 0)."""
    from tools import credits

    return credits.image_rate("openai", "gpt-image-2", width, height)


def cancel_once_started(server, ctx) -> threading.Thread:
    """Press cancel as soon as the fake server is working on an image."""
    def press():
        server.started.wait(30)
        ctx.cancel.set()

    thread = threading.Thread(target=press)
    thread.start()
    return thread


def assert_round_trip(ctx, generation: dict, provider: str) -> None:
    """The file Atelier wrote reads back, through the importer's reader, as what was recorded."""
    record = read_metadata(file_of(ctx, generation["id"]))
    assert record.generator == "Atelier"
    assert record.prompt == generation["prompt"]
    assert record.seed == generation["seed"]
    assert record.model == generation["model"]
    assert record.parameters["provider"] == provider
    assert record.parameters["generation_id"] == generation["id"]


@pytest.fixture
def a1111(atelier_home, monkeypatch):
    with FakeA1111() as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="a1111", A1111_URL=server.base_url)
        yield server, ctx
        ctx.close()


@pytest.fixture
def comfy(atelier_home, monkeypatch):
    with FakeComfyUI() as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="comfyui", COMFYUI_URL=server.base_url)
        yield server, ctx
        ctx.close()


@pytest.fixture
def openai_server(atelier_home, monkeypatch):
    with FakeOpenAIImages() as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="openai", OPENAI_API_KEY="sk-test",
                       OPENAI_BASE_URL=server.base_url + "/v1")
        yield server, ctx
        ctx.close()


# --- the registry ---------------------------------------------------------------------------------

def test_unknown_generator_is_one_sentence_naming_the_known_ones(atelier_home, monkeypatch, tools):
    ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="dreambox")
    with pytest.raises(InvalidInput) as raised:
        tools.generate(ctx, prompt="x")
    assert "dreambox" in raised.value.message
    for name in ("a1111", "comfyui", "openai", "procedural"):
        assert name in raised.value.message
    assert spent(ctx) == 0 and not export_state(ctx)["sessions"]
    ctx.close()


def test_a_plugin_registers_like_the_built_ins():
    registry = GeneratorRegistry()
    from tools.generators import procedural

    procedural.register_generators(registry.register)
    registry.register("mine", lambda settings: procedural.ProceduralGenerator(), description="test")
    assert {"procedural", "mine"} == {p.name for p in registry}
    with pytest.raises(ValueError, match="twice"):
        registry.register("mine", lambda settings: None)


def test_missing_or_bad_urls_are_named(atelier_home, monkeypatch):
    from memory.settings import Settings

    with pytest.raises(InvalidInput, match="A1111_URL"):
        build_generator(Settings(generator="a1111"))
    with pytest.raises(InvalidInput, match="not an http"):
        build_generator(Settings(generator="comfyui", comfyui_url="ftp://x"))
    with pytest.raises(InvalidInput, match="OPENAI_API_KEY"):
        build_generator(Settings(generator="openai"))


# --- A1111 / Forge ----------------------------------------------------------------------------------

def test_a1111_generates_with_the_servers_seeds_model_and_infotext(a1111, tools):
    server, ctx = a1111
    result = tools.generate(ctx, prompt="a red lighthouse", count=4, negative_prompt="fog")
    generations = export_state(ctx)["generations"]
    assert [g["seed"] for g in generations] == [1_234_567 + i for i in range(4)]
    assert {(g["provider"], g["model"]) for g in generations} == {("a1111", "sd_xl_base_1.0")}
    sent = [body for method, path, body in server.requests if path == "/sdapi/v1/txt2img"]
    assert len(sent) == 1 and sent[0]["n_iter"] == 4 and sent[0]["seed"] == -1
    assert (sent[0]["sampler_name"], sent[0]["scheduler"]) == ("DPM++ 2M", "Karras")
    kept = provenance(ctx, generations[0]["id"])
    assert kept["request"]["prompt"] == "a red lighthouse" and "Seed: 1234567" in kept["response"]["infotext"]
    for generation in generations:
        assert_round_trip(ctx, generation, "a1111")
    assert spent(ctx) == 4 and "Generated 4 images" in result.message


def test_a1111_fixed_seed_counts_up_and_forge_is_recognised(atelier_home, monkeypatch, tools):
    with FakeA1111(forge=True) as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="a1111", A1111_URL=server.base_url)
        tools.generate(ctx, prompt="boats", count=2, seed=77)
        generations = export_state(ctx)["generations"]
        assert [g["seed"] for g in generations] == [77, 78]
        assert provenance(ctx, generations[0]["id"])["server"] == "Forge"
        ctx.close()


def test_a1111_out_of_memory_stores_nothing_spends_nothing_and_says_why(a1111, tools):
    server, ctx = a1111
    server.fail("oom")
    with pytest.raises(GenerationFailed) as raised:
        tools.generate(ctx, prompt="too big", count=3)
    assert "the A1111 server ran out of memory" in raised.value.message
    state = export_state(ctx)
    assert not state["generations"] and not state["sessions"] and state["credits"]["balance"] == 500


def test_a1111_combined_sampler_name_gets_the_servers_404(a1111, tools):
    server, ctx = a1111
    with pytest.raises(GenerationFailed, match="does not know that sampler"):
        tools.generate(ctx, prompt="x", count=1, settings={"sampler_name": "DPM++ 2M Karras"})
    assert spent(ctx) == 0


@pytest.mark.parametrize("behaviour,words", [("missing_info", "no images or no info"),
                                             ("not_image", "broken image")])
def test_a1111_bad_answers_are_refused_and_cost_nothing(a1111, tools, behaviour, words):
    server, ctx = a1111
    server.fail(behaviour)
    with pytest.raises(GenerationFailed, match=words):
        tools.generate(ctx, prompt="x", count=2)
    assert spent(ctx) == 0 and not export_state(ctx)["generations"]


def test_a1111_reports_progress_while_a_call_runs_each_count_once(atelier_home, monkeypatch, tools):
    with FakeA1111(seconds_per_image=0.3) as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="a1111", A1111_URL=server.base_url)
        seen = []
        ctx.on_progress = lambda label, done, total: seen.append((done, total, server.running))
        tools.generate(ctx, prompt="slow", count=4)
        assert [done for done, _, _ in seen] == [1, 2, 3, 4]
        assert seen[0][2] == 1  # the first count came from /progress while txt2img was still running
        ctx.close()


def test_forge_black_images_are_failures_not_generations(atelier_home, monkeypatch, tools):
    with FakeA1111(forge=True) as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="a1111", A1111_URL=server.base_url)
        server.fail("black")
        with pytest.raises(GenerationFailed, match="Forge server returned a black image"):
            tools.generate(ctx, prompt="flux portrait", count=2)
        assert spent(ctx) == 0
        ctx.close()


def test_a1111_server_that_hangs_times_out(atelier_home, monkeypatch, tools):
    with FakeA1111() as server:
        server.fail("hang")
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="a1111", A1111_URL=server.base_url,
                       ATELIER_GENERATOR_TIMEOUT="0.5")
        with pytest.raises(GenerationFailed, match="did not answer within 0.5 s"):
            tools.generate(ctx, prompt="x", count=1)
        assert spent(ctx) == 0
        ctx.close()


def test_a1111_unreachable_and_wrong_servers(atelier_home, monkeypatch, tools):
    ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="a1111",
                   A1111_URL=f"http://127.0.0.1:{closed_port()}")
    with pytest.raises(GenerationFailed, match="could not reach the A1111 server"):
        tools.generate(ctx, prompt="x", count=1)
    ctx.close()
    with FakeOpenAIImages() as other:
        ctx = open_ctx(atelier_home, monkeypatch, A1111_URL=other.base_url)
        with pytest.raises(GenerationFailed, match="is not an A1111"):
            tools.generate(ctx, prompt="x", count=1)
        assert spent(ctx) == 0
        ctx.close()


def test_a1111_cancel_interrupts_the_server_and_charges_nothing_unfinished(atelier_home, monkeypatch, tools):
    with FakeA1111(seconds_per_image=0.3) as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="a1111", A1111_URL=server.base_url)
        canceller = cancel_once_started(server, ctx)
        result = tools.generate(ctx, prompt="slow", count=6)
        canceller.join()
        assert "cancelled" in result.message
        assert any(path == "/sdapi/v1/interrupt" for _, path, _ in server.requests)
        assert spent(ctx) == len(export_state(ctx)["generations"]) == 0
        ctx.close()


def test_a1111_jobs_are_serialised_per_server(atelier_home, monkeypatch, tools):
    with FakeA1111(seconds_per_image=0.05) as server:
        open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="a1111", A1111_URL=server.base_url).close()
        errors = []

        def job():
            ctx = Context.open(atelier_home)
            try:
                tools.generate(ctx, prompt="parallel", count=3)
            except Exception as error:  # noqa: BLE001
                errors.append(error)
            finally:
                ctx.close()

        threads = [threading.Thread(target=job) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors and server.most_at_once == 1
        assert len(read_state(atelier_home)["generations"]) == 9


# --- ComfyUI ----------------------------------------------------------------------------------------

def test_comfyui_generates_one_graph_per_image_with_its_own_seed(comfy, tools):
    server, ctx = comfy
    tools.generate(ctx, prompt="a teal whale", count=4, negative_prompt="text", size="640x384")
    generations = export_state(ctx)["generations"]
    assert {(g["provider"], g["model"]) for g in generations} == {("comfyui", "sd_xl_base_1.0")}
    seeds = [g["seed"] for g in generations]
    assert len(set(seeds)) == 4 and all(isinstance(s, int) for s in seeds)
    graph_seeds = [next(n for n in graph.values() if n["class_type"] == "KSampler")["inputs"]["seed"]
                   for graph in server.graphs]
    assert graph_seeds == seeds
    texts = {n["inputs"]["text"] for n in server.graphs[0].values() if n["class_type"] == "CLIPTextEncode"}
    assert texts == {"a teal whale", "text"}
    latent = next(n for n in server.graphs[0].values() if n["class_type"] == "EmptyLatentImage")["inputs"]
    assert (latent["width"], latent["height"], latent["batch_size"]) == (640, 384, 1)
    assert not any(path == "/history" for _, path, _ in server.requests)  # never the whole history
    assert provenance(ctx, generations[0]["id"])["request"]["prompt"] == server.graphs[0]
    for generation in generations:
        assert_round_trip(ctx, generation, "comfyui")


def test_comfyui_three_of_ten_failing_keeps_seven_and_refunds_three(comfy, tools):
    server, ctx = comfy
    server.fail("ok", "error", "ok", "ok", "error", "ok", "ok", "ok", "error", "ok")
    result = tools.generate(ctx, prompt="whales", count=10)
    assert len(export_state(ctx)["generations"]) == 7 and spent(ctx) == 7
    assert "3 of 10 failed and were not charged" in result.message
    assert "ran out of memory in KSampler (node 3)" in result.message


def test_comfyui_node_errors_are_named(atelier_home, monkeypatch, tools):
    with FakeComfyUI() as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="comfyui", COMFYUI_URL=server.base_url,
                       ATELIER_COMFYUI_CHECKPOINT="missing.safetensors")
        with pytest.raises(GenerationFailed) as raised:
            tools.generate(ctx, prompt="x", count=2)
        assert "Value not in list" in raised.value.message and "CheckpointLoaderSimple (node 4)" in raised.value.message
        assert spent(ctx) == 0 and not export_state(ctx)["sessions"]
        ctx.close()


def test_comfyui_dropped_websocket_falls_back_to_history(comfy, tools):
    server, ctx = comfy
    server.fail("drop_ws")
    tools.generate(ctx, prompt="x", count=3)
    assert len(export_state(ctx)["generations"]) == 3
    assert any(path.startswith("/history/") for _, path, _ in server.requests)


def test_comfyui_silent_websocket_still_finishes_from_the_history(comfy, tools):
    server, ctx = comfy
    server.fail("silent")
    tools.generate(ctx, prompt="x", count=1)
    assert len(export_state(ctx)["generations"]) == 1


def test_comfyui_user_graph_nodes_are_found_by_class_type(atelier_home, monkeypatch, tools, tmp_path):
    from tools.generators.comfyui import bundled_graph

    renumber = {old: str(int(old) * 10 + 7) for old in bundled_graph()}
    text = json.dumps(bundled_graph())
    for old, new in renumber.items():
        text = text.replace(f'"{old}"', f'"{new}"')
    graph = json.loads(text)
    sampler = graph[renumber["3"]]
    sampler["class_type"] = "KSamplerAdvanced"
    sampler["inputs"]["noise_seed"] = sampler["inputs"].pop("seed")
    graph[renumber["4"]]["inputs"]["ckpt_name"] = "sd_xl_base_1.0.safetensors"
    path = tmp_path / "my-workflow-api.json"
    path.write_text(json.dumps(graph))
    with FakeComfyUI() as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="comfyui", COMFYUI_URL=server.base_url,
                       ATELIER_COMFYUI_WORKFLOW=path)
        tools.generate(ctx, prompt="a red kite", count=2, seed=40)
        sent = [g[renumber["3"]]["inputs"]["noise_seed"] for g in server.graphs]
        assert sent == [40, 41] == [g["seed"] for g in export_state(ctx)["generations"]]
        assert server.graphs[0][renumber["6"]]["inputs"]["text"] == "a red kite"
        ctx.close()


def test_comfyui_interrupt_on_the_server_and_cancel_from_us(atelier_home, monkeypatch, tools):
    with FakeComfyUI(steps_delay=0.05) as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="comfyui", COMFYUI_URL=server.base_url)
        server.fail("ok", "interrupt")
        result = tools.generate(ctx, prompt="x", count=2, settings={"steps": 2})
        assert "interrupted" in result.message and spent(ctx) == 1
        server.started.clear()
        canceller = cancel_once_started(server, ctx)
        result = tools.generate(ctx, prompt="y", count=5)
        canceller.join()
        assert "cancelled" in result.message
        assert any(path == "/interrupt" for _, path, _ in server.requests)
        assert spent(ctx) == len(export_state(ctx)["generations"])
        ctx.close()


def test_comfyui_answer_without_a_saved_image_fails_that_image(comfy, tools):
    server, ctx = comfy
    server.fail("ok", "no_outputs")
    progress = []
    ctx.on_progress = lambda label, done, total: progress.append((label, done, total))
    result = tools.generate(ctx, prompt="x", count=2)
    assert "1 of 2 failed" in result.message and "without a saved image" in result.message
    assert progress == [("generating", 1, 2), ("generating", 2, 2)] and spent(ctx) == 1


def test_comfyui_hang_times_out_and_not_an_image_fails(atelier_home, monkeypatch, tools):
    with FakeComfyUI() as server:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="comfyui", COMFYUI_URL=server.base_url,
                       ATELIER_GENERATOR_TIMEOUT="0.5")
        server.fail("not_image")
        with pytest.raises(GenerationFailed, match="broken image|not an image"):
            tools.generate(ctx, prompt="x", count=1)
        server.fail("hang")
        with pytest.raises(GenerationFailed, match="did not finish an image within 0.5 s"):
            tools.generate(ctx, prompt="x", count=1)
        assert spent(ctx) == 0
        ctx.close()


@pytest.mark.parametrize("graph,words", [
    ({"nodes": [], "links": []}, "UI workflow"),
    ({"1": {"class_type": "SaveImage", "inputs": {}}}, "no sampler"),
    ({"1": {"class_type": "KSampler", "inputs": {}}, "2": {"class_type": "PreviewImage", "inputs": {}}},
     r"no SaveImage node \(PreviewImage"),
    ([1, 2], "not a ComfyUI API-format graph"),
])
def test_comfyui_user_graphs_are_checked(atelier_home, monkeypatch, tools, tmp_path, graph, words):
    path = tmp_path / "workflow.json"
    path.write_text(json.dumps(graph))
    ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="comfyui", COMFYUI_URL="http://127.0.0.1:9",
                   ATELIER_COMFYUI_WORKFLOW=path)
    with pytest.raises(InvalidInput, match=words):
        tools.generate(ctx, prompt="x")
    assert spent(ctx) == 0
    ctx.close()


def test_comfyui_wrong_server(atelier_home, monkeypatch, tools):
    with FakeA1111() as other:
        ctx = open_ctx(atelier_home, monkeypatch, ATELIER_GENERATOR="comfyui", COMFYUI_URL=other.base_url)
        with pytest.raises(GenerationFailed, match="is not ComfyUI"):
            tools.generate(ctx, prompt="x")
        ctx.close()


@pytest.mark.parametrize("size", ["0x512", "512x7", "99999x99999", "100000x100000"])
def test_absurd_sizes_are_refused_before_any_call(a1111, tools, size):
    server, ctx = a1111
    with pytest.raises(InvalidInput, match=size):
        tools.generate(ctx, prompt="x", size=size)
    assert spent(ctx) == 0 and not server.requests


# --- OpenAI images ----------------------------------------------------------------------------------

def test_openai_generates_and_keeps_the_request_id(openai_server, tools):
    server, ctx = openai_server
    tools.generate(ctx, prompt="a paper crane", count=4)
    generations = export_state(ctx)["generations"]
    assert {(g["provider"], g["model"], g["seed"]) for g in generations} == {("openai", "gpt-image-2", None)}
    kept = provenance(ctx, generations[0]["id"])
    assert kept["response"]["request_id"] == "req_0001" and kept["request"]["n"] == 4
    assert kept["request"]["size"] == "1024x1024"
    for generation in generations:
        record = read_metadata(file_of(ctx, generation["id"]))
        assert record.parameters["provider"] == "openai" and record.model == "gpt-image-2"
        assert record.prompt == "a paper crane"


def test_openai_splits_n_across_calls_and_retries_a_429(openai_server, tools):
    server, ctx = openai_server
    server.fail("429")
    tools.generate(ctx, prompt="cranes", count=12)
    calls = [body["n"] for _, path, body in server.requests if path == "/v1/images/generations"]
    assert calls == [10, 10, 2]  # the first 10 was refused once (429), then retried by the SDK
    assert len(export_state(ctx)["generations"]) == 12 and spent(ctx) == 12 * openai_rate(1024, 1024)


def test_openai_moderation_block_is_said_plainly_and_costs_nothing(openai_server, tools):
    server, ctx = openai_server
    with pytest.raises(GenerationFailed, match=r"OpenAI blocked this prompt \(moderation\)"):
        tools.generate(ctx, prompt="something forbidden", count=2)
    assert spent(ctx) == 0 and not export_state(ctx)["generations"]


def test_openai_bad_answers_and_sizes(openai_server, tools):
    server, ctx = openai_server
    server.fail("missing")
    result = tools.generate(ctx, prompt="x", count=3)
    assert "1 of 3 failed" in result.message and "fewer images" in result.message
    server.fail("not_image")
    with pytest.raises(GenerationFailed, match="broken image"):
        tools.generate(ctx, prompt="x", count=1)
    for size in ("100x100", "4096x4096", "1000x1000", "3000x256"):
        with pytest.raises(InvalidInput, match=size):
            tools.generate(ctx, prompt="x", size=size)
    assert spent(ctx) == 2 * openai_rate(1024, 1024)


# --- video sessions --------------------------------------------------------------------------------

def test_video_session_needs_a_generator_that_makes_video(a1111, tools):
    server, ctx = a1111
    tools.create_session(ctx, name="Trailer", kind="video")
    with pytest.raises(InvalidInput, match="cannot make video"):
        tools.generate(ctx, prompt="a car chase", count=2)
    assert spent(ctx) == 0 and not any(p == "/sdapi/v1/txt2img" for _, p, _ in server.requests)


def test_procedural_makes_animated_webp_clips_for_video_sessions(ctx, tools):
    from PIL import Image

    tools.create_session(ctx, name="Trailer", kind="video")
    tools.generate(ctx, prompt="neon city at night", count=1, size="256x128")
    (generation,) = export_state(ctx)["generations"]
    assert generation["media_type"] == "video"
    data = file_of(ctx, generation["id"])
    import io

    with Image.open(io.BytesIO(data)) as clip:
        assert clip.format == "WEBP" and clip.n_frames > 1 and clip.size == (256, 128)
    assert_round_trip(ctx, generation, "procedural")


# --- through the agent --------------------------------------------------------------------------------

def converse(home, text: str) -> list[str]:
    # The model comes from the settings: ATELIER_MODEL=offline keeps the planner even when
    # OpenAI is configured for images.
    with Assistant(home=home) as assistant:
        events = list(assistant.send("t", text))
        if assistant.pending_confirmation("t"):  # a dear provider asks before spending
            events += list(assistant.resume("t", "yes"))
        return [event.message for event in events if isinstance(event, ToolFinished)]


@pytest.mark.parametrize("provider", ["a1111", "comfyui", "openai"])
def test_generate_four_through_the_agent_for_each_provider(atelier_home, monkeypatch, provider):
    fake = {"a1111": FakeA1111, "comfyui": FakeComfyUI, "openai": FakeOpenAIImages}[provider]()
    with fake as server:
        env = {"a1111": {"A1111_URL": server.base_url},
               "comfyui": {"COMFYUI_URL": server.base_url},
               "openai": {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": server.base_url + "/v1",
                          "ATELIER_MODEL": "offline"}}[provider]
        for key, value in {"ATELIER_GENERATOR": provider, **env}.items():
            monkeypatch.setenv(key, value)
        messages = converse(atelier_home, "generate 4 images of a lighthouse at dusk")
        assert any("Generated 4 images" in m for m in messages), messages
    state = read_state(atelier_home)
    generations = state["generations"]
    assert len(generations) == 4 and state["credits"]["balance"] == 500 - 4 * (
        openai_rate(1024, 1024) if provider == "openai" else 1)
    assert {g["provider"] for g in generations} == {provider}
    assert {g["model"] for g in generations} == {"gpt-image-2" if provider == "openai" else "sd_xl_base_1.0"}
    if provider == "a1111":
        assert [g["seed"] for g in generations] == [1_234_567 + i for i in range(4)]
    elif provider == "comfyui":
        assert [g["seed"] for g in generations] == [
            next(n for n in graph.values() if n["class_type"] == "KSampler")["inputs"]["seed"] for graph in server.graphs]
    else:
        assert {g["seed"] for g in generations} == {None}


@pytest.mark.parametrize("provider", ["procedural", "a1111", "comfyui", "openai"])
def test_files_import_back_into_another_home_with_their_provenance(tmp_path, monkeypatch, provider):
    """The importer (tools/importing) reads each provider's file back as the generation it was."""
    fake = {"a1111": FakeA1111, "comfyui": FakeComfyUI, "openai": FakeOpenAIImages}.get(provider)
    server = fake().__enter__() if fake else None
    try:
        env = {"procedural": {}, "a1111": {"A1111_URL": getattr(server, "base_url", "")},
               "comfyui": {"COMFYUI_URL": getattr(server, "base_url", "")},
               "openai": {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": getattr(server, "base_url", "") + "/v1"}}
        studio = open_ctx(tmp_path / "studio", monkeypatch, ATELIER_GENERATOR=provider, **env[provider])
        from tools.registry import get_registry

        get_registry()["generate"](studio, prompt="a harbour at dawn", count=2, seed=5 if provider != "openai" else None)
        made = export_state(studio)["generations"]
        folder = tmp_path / "files"
        folder.mkdir()
        for generation in made:
            (folder / f"{generation['id']}.png").write_bytes(file_of(studio, generation["id"]))
        studio.close()
    finally:
        if server is not None:
            server.__exit__(None, None, None)
    other = Context.open(tmp_path / "other")
    get_registry()["import_folder"](other, path=str(folder))
    imported = sorted(export_state(other)["generations"], key=lambda g: g["seed"] or 0)
    other.close()
    assert [(g["prompt"], g["seed"], g["model"], g["provider"]) for g in imported] == \
        [(g["prompt"], g["seed"], g["model"], provider) for g in sorted(made, key=lambda g: g["seed"] or 0)]


@pytest.mark.slow  # two cold `atelier` processes; Assistant.send covers the same path in the default run
def test_atelier_run_generates_through_a1111_in_a_subprocess(tmp_path):
    script = tmp_path / "script.txt"
    script.write_text("generate 4 images of a lighthouse at dusk\n")
    home = tmp_path / "home"
    atelier = Path(sys.executable).with_name("atelier")
    command = [str(atelier)] if atelier.exists() else [sys.executable, "-m", "channels.cli"]
    with FakeA1111() as server:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "ATELIER_", "A1111_"))}
        env.update(ATELIER_HOME=str(home), ATELIER_GENERATOR="a1111", A1111_URL=server.base_url)
        done = subprocess.run(command + ["run", str(script)], env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Generated 4 images" in done.stdout
        shown = subprocess.run(command + ["state", "--json"], env=env, capture_output=True, text=True, timeout=60)
    state = json.loads(shown.stdout)
    assert [(g["provider"], g["model"], g["seed"]) for g in state["generations"]] == \
        [("a1111", "sd_xl_base_1.0", 1_234_567 + i) for i in range(4)]
